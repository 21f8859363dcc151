"""Opening a database: URL resolution, SQLite pragmas, migrations, session factory.

One layer serves the embedded SQLite file and a shared PostgreSQL server. Opening always
runs the Alembic migrations first, so an older database is upgraded before any code
reads it.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import NullPool

from liaison_app.core import paths
from liaison_app.core.questions.duplicates import keep_terms_current
from liaison_app.core.search.faq_index import keep_index_current

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).parent / "migrations"

# The newest migration revision. Opening a database already at this revision skips
# loading Alembic (a third of a second of imports at every start); a test checks that
# this constant equals Alembic's head, so a new migration cannot be forgotten here.
SCHEMA_HEAD = "0014"


# The search indexes kept in step with the rows they index, in the writing transaction:
# `after_flush` hooks registered on every session factory `open_database` makes, so a
# session keeps them current whatever the caller imported (the FAQ keyword index, the
# duplicate terms of open questions).
INDEX_MAINTAINERS: tuple[Callable[[Session, Any], None], ...] = (
    keep_index_current,
    keep_terms_current,
)


class DatabaseError(Exception):
    """The database could not be opened; the message says which and why."""


def resolve_url(cli_url: str | None = None) -> str:
    """`--db`, else `LIAISON_DB_URL`, else the SQLite file in the user data directory."""
    if cli_url:
        return cli_url
    env = os.environ.get("LIAISON_DB_URL")
    if env:
        return env
    return f"sqlite:///{paths.default_db_path()}"


def display_url(url: str) -> str:
    """The URL with any password hidden, for the status bar and logs."""
    return make_url(url).render_as_string(hide_password=True)


def _on_sqlite_connect(dbapi_conn, _record) -> None:
    cursor = dbapi_conn.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def create_db_engine(url: str, keep_idle_connections: bool = True) -> Engine:
    """The engine for `url`. Without `keep_idle_connections` (agents' desks, hundreds of
    them behind PgBouncer) every unit of work opens a connection and closes it after."""
    parsed = make_url(url)
    if parsed.get_backend_name() == "sqlite":
        database = parsed.database
        if database and database != ":memory:" and not database.startswith("file:"):
            Path(database).expanduser().parent.mkdir(parents=True, exist_ok=True)
        engine = create_engine(parsed, connect_args={"check_same_thread": False, "timeout": 10})
        event.listen(engine, "connect", _on_sqlite_connect)
        return engine
    if parsed.password is None and parsed.username:
        from liaison_app.core import secrets  # keyring loads its backends: only when needed

        stored = secrets.get_password("db")
        if stored:
            parsed = parsed.set(password=stored)
    if not keep_idle_connections:
        return create_engine(parsed, poolclass=NullPool)
    return create_engine(parsed, pool_pre_ping=True)


def alembic_config() -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    return cfg


def head_revision() -> str:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config()).get_current_head()


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Bring the schema to `revision` (normally head), in a transaction."""
    from alembic import command

    cfg = alembic_config()
    if engine.dialect.name != "sqlite":
        with engine.begin() as conn:
            cfg.attributes["connection"] = conn
            command.upgrade(cfg, revision)
        return
    # SQLite alters a table by copying it and dropping the old one; with foreign keys on,
    # that drop would cascade-delete every row referring to it (a question's events).
    # The pragma only takes effect outside a transaction, so it is set around it, and
    # the references are checked before the upgrade commits.
    with engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
        conn.commit()
        try:
            with conn.begin():
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, revision)
                broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                if broken:
                    raise DatabaseError(
                        f"upgrade refused: {len(broken)} broken references, first in table {broken[0][0]}"
                    )
        finally:
            conn.exec_driver_sql("PRAGMA foreign_keys=ON")
            conn.commit()


def _schema_is_current(engine: Engine) -> bool:
    try:
        with engine.connect() as conn:
            return conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == SCHEMA_HEAD
    except Exception:  # noqa: BLE001 - no version table yet: a new or foreign database
        return False


@dataclass
class Database:
    """An open database: its URL, engine, and the factory of one-unit-of-work sessions."""

    url: str
    engine: Engine
    sessions: sessionmaker[Session]

    @property
    def display_url(self) -> str:
        return display_url(self.url)

    @property
    def backend(self) -> str:
        return self.engine.dialect.name

    def session(self) -> Session:
        return self.sessions()

    def close(self) -> None:
        self.engine.dispose()


def _one_line_reason(exc: Exception) -> str:
    """The driver's own words on one line, without SQLAlchemy's "Background on this error"."""
    reason = getattr(exc, "orig", None) or exc
    return " ".join(str(reason).split()) or type(reason).__name__


def open_database(url: str | None = None, migrate: bool = True,
                  keep_idle_connections: bool = True) -> Database:
    """Open (and by default migrate) the database at `url` or the default location.

    Agents' desks pass `keep_idle_connections=False`: they hold no connection between
    their short units of work (README, "Many desks on one server")."""
    resolved = resolve_url(url)
    try:
        engine = create_db_engine(resolved, keep_idle_connections)
        if migrate and not _schema_is_current(engine):
            upgrade(engine)
    except Exception as exc:
        raise DatabaseError(
            f"cannot open database {display_url(resolved)}: {_one_line_reason(exc)}"
        ) from exc
    factory = sessionmaker(bind=engine, expire_on_commit=False)
    for maintainer in INDEX_MAINTAINERS:
        event.listen(factory, "after_flush", maintainer)
    return Database(url=resolved, engine=engine, sessions=factory)
