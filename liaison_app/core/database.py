"""Opening a database: URL resolution, SQLite pragmas, migrations, session factory.

One layer serves the embedded SQLite file and a shared PostgreSQL server. Opening always
runs the Alembic migrations first, so an older database is upgraded before any code
reads it.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import URL, make_url
from sqlalchemy.orm import Session, sessionmaker
from sqlalchemy.pool import NullPool

from liaison_app.core import paths
from liaison_app.core.bulk import analyze_if_stale
from liaison_app.core.local_db import SCHEMA_HEAD, resolve_url
from liaison_app.core.questions.duplicates import keep_terms_current
from liaison_app.core.search.faq_index import keep_index_current

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).parent / "migrations"

# SCHEMA_HEAD (kept in core.local_db, which reads without SQLAlchemy): opening a database
# already at this revision skips loading Alembic (a third of a second of imports at every
# start).


# The search indexes kept in step with the rows they index, in the writing transaction:
# `after_flush` hooks registered on every session factory `open_database` makes, so a
# session keeps them current whatever the caller imported (the FAQ keyword index, the
# duplicate terms of open questions).
INDEX_MAINTAINERS: tuple[Callable[[Session, Any], None], ...] = (
    keep_index_current,
    keep_terms_current,
)


# The PostgreSQL advisory lock held while migrating (the FAQ index rebuild uses another).
_PG_MIGRATION_LOCK = 0x4C49_4D47  # "LIMG"


class DatabaseError(Exception):
    """The database could not be opened; the message says which and why."""


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
            file = Path(database).expanduser()
            # A new file is built aside and renamed into place owner-only (_create_sqlite);
            # SQLite gives its journal and WAL files the main file's mode.
            paths.private_dir(file.parent)
        # hide_parameters: a failed statement's message (and so the log) never carries the
        # values, which are customer text, names, phone and card numbers.
        engine = create_engine(parsed, connect_args={"check_same_thread": False, "timeout": 10},
                               hide_parameters=True)
        event.listen(engine, "connect", _on_sqlite_connect)
        return engine
    if parsed.password is None and parsed.username:
        from liaison_app.core import secrets  # keyring loads its backends: only when needed

        stored = secrets.get_password("db")
        if stored:
            parsed = parsed.set(password=stored)
    if not keep_idle_connections:
        return create_engine(parsed, poolclass=NullPool, hide_parameters=True)
    return create_engine(parsed, pool_pre_ping=True, hide_parameters=True)


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


def _migration_engine(url: Any) -> Engine:
    """An engine for schema changes on an SQLite file, with transactional DDL.

    Python's sqlite3 driver commits before every DDL statement unless the transaction is
    begun by hand, so an upgrade killed half-way would leave half a schema (a copied table
    without its version bump: "duplicate column name" at the next start). SQLAlchemy's
    documented recipe: the driver in autocommit (isolation_level None) and an explicit
    BEGIN, here BEGIN IMMEDIATE so the write lock is taken before the first read.
    Foreign keys stay off on this engine: SQLite alters a table by copying it and dropping
    the old one, and with foreign keys on that drop would cascade-delete every row that
    refers to it (a question's events); the references are checked before the commit.
    """
    engine = create_engine(url, connect_args={"timeout": 60}, poolclass=NullPool)

    @event.listens_for(engine, "connect")
    def _connect(dbapi_conn, _record) -> None:
        dbapi_conn.isolation_level = None
        cursor = dbapi_conn.cursor()
        cursor.execute("PRAGMA foreign_keys=OFF")
        cursor.execute("PRAGMA busy_timeout=60000")
        cursor.close()

    @event.listens_for(engine, "begin")
    def _begin(conn) -> None:
        conn.exec_driver_sql("BEGIN IMMEDIATE")

    return engine


def _upgrade_in_one_transaction(engine: Engine, revision: str) -> None:
    from alembic import command

    cfg = alembic_config()
    with engine.begin() as conn:
        if engine.dialect.name == "postgresql":
            # Two clients opening an outdated team database at once: the second waits here,
            # then finds the schema current (Alembic reads the version after the lock).
            conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _PG_MIGRATION_LOCK})
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, revision)
        if engine.dialect.name == "sqlite":
            broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            if broken:
                raise DatabaseError(
                    f"upgrade refused: {len(broken)} broken references, first in table {broken[0][0]}"
                )


def upgrade(engine: Engine, revision: str = "head") -> None:
    """Bring the schema to `revision` (normally head) in one transaction: all or nothing."""
    if engine.dialect.name != "sqlite":
        _upgrade_in_one_transaction(engine, revision)
        return
    migration = _migration_engine(engine.url)
    try:
        _upgrade_in_one_transaction(migration, revision)
    finally:
        migration.dispose()
    engine.dispose()  # pooled connections may hold the schema as it was


def _sqlite_path(url: Any) -> Path | None:
    """The file of an SQLite URL (None for other databases and in-memory ones)."""
    from liaison_app.core.backup import sqlite_file

    return sqlite_file(url)


@contextmanager
def _file_lock(lock_path: Path, wait_seconds: float = 300.0) -> Iterator[None]:
    """An exclusive lock on `lock_path` between processes (the OS frees it if we die)."""
    lock_path.parent.mkdir(parents=True, exist_ok=True)
    handle = open(lock_path, "a+b")  # noqa: SIM115 - held for the lifetime of the lock
    deadline = time.monotonic() + wait_seconds
    try:
        while True:
            try:
                if os.name == "nt":
                    import msvcrt  # Windows only

                    handle.seek(0)
                    msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
                else:
                    import fcntl  # POSIX only

                    fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
                break
            except OSError:
                if time.monotonic() > deadline:
                    raise DatabaseError(
                        f"{lock_path}: another Liaison has been upgrading this database for "
                        f"{wait_seconds:.0f} s; try again later"
                    ) from None
                time.sleep(0.05)
        yield
    finally:
        handle.close()  # closing the handle releases the lock on every platform


def _copy_before_upgrade(path: Path, revision: str) -> Path:
    """A consistent copy of the database as it was, kept next to it, named with its revision."""
    copy = path.with_name(f"{path.name}.before-upgrade-from-{revision}")
    partial = copy.with_name(copy.name + ".partial")
    partial.unlink(missing_ok=True)
    src = sqlite3.connect(path, timeout=60)
    try:
        dst = sqlite3.connect(partial)
        try:
            src.backup(dst)
            dst.execute("PRAGMA journal_mode=DELETE")
        finally:
            dst.close()
    finally:
        src.close()
    _fsync(partial)
    os.replace(partial, copy)
    return copy


def _fsync(path: Path) -> None:
    with open(path, "rb") as handle:
        os.fsync(handle.fileno())


def _create_sqlite(path: Path) -> None:
    """A brand-new database is built in a temporary file and renamed into place, so a kill
    during creation leaves either no database or a complete one."""
    for stale in path.parent.glob(f".{path.name}.creating-*"):
        stale.unlink(missing_ok=True)  # left by a process killed while creating: we hold the lock
    temp = path.with_name(f".{path.name}.creating-{os.getpid()}")
    paths.create_private(temp)  # owner-only from the start (issue 20 item 4)
    engine = _migration_engine(URL.create("sqlite", database=str(temp)))
    try:
        _upgrade_in_one_transaction(engine, "head")  # rollback journal: one self-contained file
    finally:
        engine.dispose()
    _fsync(temp)
    os.replace(temp, path)


def _known_revision(revision: str | None) -> bool:
    from alembic.script import ScriptDirectory

    if revision is None:
        return False
    try:
        return ScriptDirectory.from_config(alembic_config()).get_revision(revision) is not None
    except Exception:  # noqa: BLE001 - a revision from a newer Liaison: Alembic refuses it later
        return False


def _is_new_file(path: Path) -> bool:
    """No database yet: no file, or an empty one whose write-ahead log holds nothing either
    (a WAL database can be an empty main file with all its pages still in the -wal file)."""
    if path.exists() and path.stat().st_size > 0:
        return False
    wal = path.with_name(path.name + "-wal")
    return not (wal.exists() and wal.stat().st_size > 0)


def _migrate_sqlite(engine: Engine, path: Path) -> None:
    """Upgrade or create the SQLite file under a lock file beside it: a second process
    opening the same new or outdated database waits, then finds it current."""
    if not _is_new_file(path) and _schema_is_current(engine):
        return
    with _file_lock(path.with_name(path.name + ".lock")):
        if _is_new_file(path):
            engine.dispose()
            _create_sqlite(path)
            return
        if _schema_is_current(engine):
            return
        revision = current_revision(engine)
        if _known_revision(revision):
            _copy_before_upgrade(path, revision)
        upgrade(engine)


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
    # Who signed in and which desk that opens (core.team.people.Access); None on SQLite
    # and when no one signed in: the manager's desk.
    access: Any = None

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


def _refresh_stale_statistics(engine: Engine) -> None:
    """SQLite plans with statistics only once ANALYZE ran (see `bulk.analyze`): a database
    never analysed, or grown far past its statistics, is analysed on opening (a sample of
    each index, tens of milliseconds on the large demo set). A database another program
    holds locked is left for the next opening."""
    try:
        with engine.begin() as conn:
            analyze_if_stale(conn)
    except Exception:
        logging.getLogger(__name__).warning("could not refresh the planner's statistics",
                                            exc_info=True)


def open_database(url: str | None = None, migrate: bool = True,
                  keep_idle_connections: bool = True) -> Database:
    """Open (and by default migrate) the database at `url` or the default location.

    Agents' desks pass `keep_idle_connections=False`: they hold no connection between
    their short units of work (README, "Many desks on one server")."""
    resolved = resolve_url(url)
    try:
        engine = create_db_engine(resolved, keep_idle_connections)
        path = _sqlite_path(resolved)
        if migrate and path is not None:
            _migrate_sqlite(engine, path)
        elif migrate and not _schema_is_current(engine):
            upgrade(engine)
        if migrate:
            _refresh_stale_statistics(engine)
    except Exception as exc:
        raise DatabaseError(
            f"cannot open database {display_url(resolved)}: {_one_line_reason(exc)}"
        ) from exc
    factory = sessionmaker(bind=engine, expire_on_commit=False)
    for maintainer in INDEX_MAINTAINERS:
        event.listen(factory, "after_flush", maintainer)
    return Database(url=resolved, engine=engine, sessions=factory)
