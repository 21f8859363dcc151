"""faq keyword index and synonyms

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-29

The FAQ keyword index (postings of character bigrams and words per field) and the
manager's synonym groups. Existing entries are indexed during the upgrade.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op


revision = '0003'
down_revision = '0002'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('synonyms',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('group_id', sa.Integer(), nullable=False),
    sa.Column('term', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_synonyms'))
    )
    with op.batch_alter_table('synonyms', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_synonyms_group_id'), ['group_id'], unique=False)

    op.create_table('faq_terms',
    sa.Column('term', sa.String(length=64), nullable=False),
    sa.Column('entry_id', sa.Integer(), nullable=False),
    sa.Column('field', sa.SmallInteger(), nullable=False),
    sa.Column('tf', sa.SmallInteger(), nullable=False),
    sa.Column('field_len', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['entry_id'], ['faq_entries.id'], name=op.f('fk_faq_terms_entry_id_faq_entries'), ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('term', 'entry_id', 'field', name=op.f('pk_faq_terms')),
    sqlite_with_rowid=False
    )
    with op.batch_alter_table('faq_terms', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_faq_terms_entry_id'), ['entry_id'], unique=False)

    from liaison_app.core.search.faq_index import rebuild_index

    rebuild_index(op.get_bind())


def downgrade() -> None:
    with op.batch_alter_table('faq_terms', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_faq_terms_entry_id'))

    op.drop_table('faq_terms')
    with op.batch_alter_table('synonyms', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_synonyms_group_id'))

    op.drop_table('synonyms')
