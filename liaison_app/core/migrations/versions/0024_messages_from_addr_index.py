"""messages: an index on the sender's address

Revision ID: 0024
Revises: 0023
Create Date: 2026-12-03

Every mail from an agent's address is checked against the agent's earlier mails (the
same mail sent again folds into its question, `inbound._repeat_of`). Without an index on
`from_addr` that check read every stored mail on SQLite, and on PostgreSQL every matched
one: it grew with the mailbox (issue 15, part 6). No table is added, so no grants change.
"""

from __future__ import annotations

from alembic import op

revision = "0024"
down_revision = "0023"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_messages_from_addr", "messages", ["from_addr"], unique=False)


def downgrade() -> None:
    op.drop_index("ix_messages_from_addr", table_name="messages")
