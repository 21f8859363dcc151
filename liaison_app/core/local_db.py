"""A local SQLite database opened for reading with the standard library alone.

The database layer (`core.database`) loads SQLAlchemy, its ORM, every model and, for an
outdated file, Alembic: about 2 s of a 2.5 s `liaison faq search` on a loaded 2-core
machine, for a command that only reads. A command that only reads a local SQLite file
can open it here instead, read-only through `sqlite3`, when the checks that matter for a
read pass: the file exists and is not empty, it is an SQLite database, and its schema is
the revision this code expects. Anything else (no file yet, another URL, a foreign file,
an older or newer schema, a lock) is left to `core.database.open_database`, which
creates, upgrades or refuses it with its own messages: this module never decides an
error, so those messages stay what they are.

Imports nothing beyond the standard library, `core.paths` (platformdirs) and this
module's constant: a test runs the search command and checks SQLAlchemy never loads.
"""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

from liaison_app.core import paths

# The newest migration revision. `core.database` opens a database at this revision
# without loading Alembic, and `open_read_only` reads only a database at it; a test
# checks that this constant equals Alembic's head, so a new migration cannot be
# forgotten here. (Here, not in `core.database`, so that reading needs no SQLAlchemy.)
SCHEMA_HEAD = "0026"

# How long a read waits for a writer's lock, as the database layer's SQLite connections.
BUSY_SECONDS = 10.0


def resolve_url(cli_url: str | None = None) -> str:
    """`--db`, else `LIAISON_DB_URL`, else the SQLite file in the user data directory."""
    if cli_url:
        return cli_url
    env = os.environ.get("LIAISON_DB_URL")
    if env:
        return env
    return f"sqlite:///{paths.default_db_path()}"


def plain_sqlite_file(url: str) -> Path | None:
    """The file of a plain `sqlite:///PATH` URL, read as SQLAlchemy reads it; None for
    anything this module does not parse exactly the same way (another driver, query
    options, escapes, `~`, in-memory): those take the database layer's path."""
    prefix = "sqlite:///"
    if not url.startswith(prefix):
        return None
    path = url[len(prefix):]
    if not path or path == ":memory:" or path.startswith(("file:", "~")) or any(c in path for c in "?#%"):
        return None
    return Path(path)


def open_read_only(url: str) -> sqlite3.Connection | None:
    """A read-only connection to the Liaison database at `url`, or None when the database
    layer must open it (see the module's docstring)."""
    path = plain_sqlite_file(url)
    if path is None:
        return None
    try:
        if not path.is_file() or path.stat().st_size == 0:
            return None  # no database yet (or all of it still in the write-ahead log)
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True,
                               timeout=BUSY_SECONDS)
    except (OSError, sqlite3.Error):
        return None
    try:
        row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.Error:
        row = None  # not an SQLite file, not Liaison's, or locked: the database layer says
    if row is None or row[0] != SCHEMA_HEAD:
        conn.close()
        return None
    return conn
