"""team database: people, group roles, row-level security, audit

Revision ID: 0013
Revises: 0012
Create Date: 2026-12-03

The people of a team database (each a PostgreSQL login) and the departments they answer
for. On PostgreSQL also the `liaison_*` group roles, their grants, the row-level
security policies and the audit triggers (core/team/roles.py, idempotent); on SQLite only
the tables.
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

from liaison_app.core.team import roles

revision = "0013"
down_revision = "0012"
branch_labels = None
depends_on = None


def upgrade() -> None:
    bind = op.get_bind()
    existing = set(sa.inspect(bind).get_table_names())
    if "people" not in existing:
        op.create_table(
            "people",
            sa.Column("login", sa.String(length=63), nullable=False),
            sa.Column("name", sa.String(length=100), nullable=False),
            sa.Column("roles", sa.JSON(), nullable=False),
            sa.Column("agent_code", sa.String(length=40), nullable=True),
            sa.Column("active", sa.Boolean(), nullable=False),
            sa.Column("must_change_password", sa.Boolean(), nullable=False),
            sa.Column("created_at", sa.DateTime(timezone=True), nullable=False),
            sa.PrimaryKeyConstraint("login", name=op.f("pk_people")),
        )
    if "person_departments" not in existing:
        op.create_table(
            "person_departments",
            sa.Column("login", sa.String(length=63), nullable=False),
            sa.Column("department_id", sa.Integer(), nullable=False),
            sa.ForeignKeyConstraint(["login"], ["people.login"],
                                    name=op.f("fk_person_departments_login_people"),
                                    ondelete="CASCADE"),
            sa.ForeignKeyConstraint(["department_id"], ["departments.id"],
                                    name=op.f("fk_person_departments_department_id_departments"),
                                    ondelete="CASCADE"),
            sa.PrimaryKeyConstraint("login", "department_id", name=op.f("pk_person_departments")),
        )
        with op.batch_alter_table("person_departments", schema=None) as batch_op:
            batch_op.create_index(batch_op.f("ix_person_departments_department_id"),
                                  ["department_id"], unique=False)
    roles.apply(bind)


def downgrade() -> None:
    bind = op.get_bind()
    if bind.dialect.name == "postgresql":
        for table in roles.AUDITED_TABLES:
            op.execute(f"DROP TRIGGER IF EXISTS liaison_audit ON {table}")
        op.execute("DROP FUNCTION IF EXISTS liaison_audit()")
        op.execute(f"DROP TABLE IF EXISTS {roles.AUDIT_TABLE}")
    op.drop_table("person_departments")
    op.drop_table("people")
