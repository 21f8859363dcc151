"""Alembic environment: runs on the connection Liaison hands over (or a URL for developers).

`render_as_batch` lets migrations alter SQLite tables by copy-and-move; PostgreSQL runs
the same migrations as plain ALTERs.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from liaison_app.core.database import resolve_url
from liaison_app.core.models import Base

config = context.config
target_metadata = Base.metadata


def _configure(connection) -> None:
    context.configure(
        connection=connection,
        target_metadata=target_metadata,
        render_as_batch=True,
        compare_type=True,
    )


def run_migrations_online() -> None:
    connection = config.attributes.get("connection")
    if connection is not None:
        _configure(connection)
        with context.begin_transaction():
            context.run_migrations()
        return
    engine = create_engine(resolve_url(config.get_main_option("sqlalchemy.url")),
                           hide_parameters=True)
    with engine.begin() as conn:
        _configure(conn)
        with context.begin_transaction():
            context.run_migrations()


if context.is_offline_mode():
    raise SystemExit("Liaison migrations run online only")
run_migrations_online()
