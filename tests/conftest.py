"""Shared fixtures: a fresh database per test (SQLite, and PostgreSQL when configured),
an in-memory keyring, and an isolated settings file.

Every test touching the database takes the `db` fixture; it runs once on a temporary
SQLite file and once more on the PostgreSQL server at LIAISON_TEST_PG_URL when that is
set (CI sets it). Tests using it are marked `db` so CI can run them again on PostgreSQL.
"""

from __future__ import annotations

import os
import sqlite3
from contextlib import closing
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

PG_URL = os.environ.get("LIAISON_TEST_PG_URL")


class MemoryKeyring(KeyringBackend):
    """A real keyring backend that keeps passwords in a dict, for headless tests."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.passwords.get((service, username))

    def set_password(self, service, username, password):
        self.passwords[(service, username)] = password

    def delete_password(self, service, username):
        from keyring.errors import PasswordDeleteError

        if (service, username) not in self.passwords:
            raise PasswordDeleteError(username)
        del self.passwords[(service, username)]


@pytest.fixture(autouse=True)
def memory_keyring():
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    yield backend
    keyring.set_keyring(previous)


@pytest.fixture(autouse=True)
def isolated_user_dirs(tmp_path, monkeypatch):
    """Settings and the default database go to the test's own folder, never the user's."""
    monkeypatch.setenv("LIAISON_CONFIG", str(tmp_path / "settings.toml"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "xdg-config"))
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "xdg-state"))  # the log file
    monkeypatch.setenv("LIAISON_LOG_DIR", str(tmp_path / "logs"))
    monkeypatch.delenv("LIAISON_DB_URL", raising=False)


def _reset_pg(url: str) -> None:
    from sqlalchemy import create_engine, text

    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA IF EXISTS public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()


def drop_pg_roles(prefix: str) -> None:
    """Drop the login roles a test run made (roles are cluster-wide: each test file keeps
    to its own name prefix), with whatever they own."""
    from sqlalchemy import create_engine, text

    engine = create_engine(PG_URL)
    with engine.begin() as conn:
        for (name,) in conn.execute(text("SELECT rolname FROM pg_roles WHERE rolname LIKE :p"),
                                    {"p": prefix + "%"}):
            conn.execute(text(f'DROP OWNED BY "{name}"'))
            conn.execute(text(f'DROP ROLE IF EXISTS "{name}"'))
    engine.dispose()


def _truncate_pg(url: str) -> None:
    """Empty every table of an already migrated schema (much faster than migrating again)."""
    from sqlalchemy import create_engine, text

    from liaison_app.core.models import Base

    engine = create_engine(url)
    tables = ", ".join(f'"{t.name}"' for t in Base.metadata.sorted_tables)
    with engine.begin() as conn:
        conn.execute(text(f"TRUNCATE {tables} RESTART IDENTITY CASCADE"))
    engine.dispose()


# Whether the PostgreSQL schema is migrated and may be reused by truncation.
_pg_migrated = {"value": False}


def _backends():
    params = [pytest.param("sqlite", id="sqlite")]
    params.append(
        pytest.param(
            "postgresql",
            id="postgresql",
            marks=pytest.mark.skipif(not PG_URL, reason="LIAISON_TEST_PG_URL not set"),
        )
    )
    return params


@pytest.fixture(params=_backends())
def backend(request) -> str:
    return request.param


@pytest.fixture
def db_url(backend, tmp_path) -> str:
    """A URL of an empty database (no tables) on each backend."""
    if backend == "postgresql":
        _reset_pg(PG_URL)
        _pg_migrated["value"] = False
        return PG_URL
    return f"sqlite:///{tmp_path / 'liaison-test.db'}"


def _open_test_db(backend: str, tmp_path):
    """An open, migrated, empty database on `backend` (the body of the `db` fixture)."""
    from liaison_app.core.database import open_database

    if backend == "postgresql":
        if _pg_migrated["value"]:
            _truncate_pg(PG_URL)
        else:
            _reset_pg(PG_URL)
        database = open_database(PG_URL)
        _pg_migrated["value"] = True
        return database
    return open_database(f"sqlite:///{tmp_path / 'liaison-test.db'}")


@pytest.fixture
def db(backend, tmp_path):
    """An open, migrated, empty database."""
    database = _open_test_db(backend, tmp_path)
    yield database
    database.close()


@dataclass(frozen=True)
class DemoTemplate:
    """The standard demo set in an SQLite file, with what `make_demo` returned."""

    path: Path
    counts: dict[str, int]
    anchor: datetime  # the start of the UTC day the demo's times are placed around


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory) -> DemoTemplate:
    """The demo set built once per test module (it takes seconds); tests get copies."""
    from liaison_app.core.database import open_database
    from liaison_app.core.timeutil import utcnow
    from liaison_app.demo.builder import make_demo

    folder = tmp_path_factory.mktemp("demo-template")
    with pytest.MonkeyPatch.context() as mp:  # as `isolated_user_dirs`, for this build
        mp.setenv("LIAISON_CONFIG", str(folder / "settings.toml"))
        for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_STATE_HOME", "LIAISON_LOG_DIR"):
            mp.setenv(name, str(folder / name.lower()))
        mp.delenv("LIAISON_DB_URL", raising=False)
        now = utcnow()
        database = open_database(f"sqlite:///{folder / 'demo.db'}")
        try:
            counts = make_demo(database, now=now)
        finally:
            database.close()
    return DemoTemplate(folder / "demo.db", counts,
                        now.replace(hour=0, minute=0, second=0, microsecond=0))


@pytest.fixture
def copy_demo(demo_template):
    """`copy_demo(path)`: the module's demo database copied to `path` and opened; each
    copy is the test's own to write to. It carries `demo_counts` and `demo_anchor`."""
    from liaison_app.core.database import open_database

    opened = []

    def copy(path: Path):
        # SQLite's backup API, not a file copy: the template runs in WAL mode.
        with closing(sqlite3.connect(demo_template.path)) as source, \
                closing(sqlite3.connect(path)) as target:
            source.backup(target)
        database = open_database(f"sqlite:///{path}")
        database.demo_counts = dict(demo_template.counts)
        database.demo_anchor = demo_template.anchor
        opened.append(database)
        return database

    yield copy
    for database in opened:
        database.close()


@pytest.fixture
def demo_db(backend, tmp_path, request):
    """An open database holding the standard demo set, on each backend, with its
    `demo_counts` and `demo_anchor`. SQLite gets a copy of the module's template;
    PostgreSQL (CI) builds the set in the test's own schema."""
    if backend == "sqlite":
        yield request.getfixturevalue("copy_demo")(tmp_path / "liaison-test.db")
        return
    from liaison_app.core.timeutil import utcnow
    from liaison_app.demo.builder import make_demo

    database = _open_test_db(backend, tmp_path)
    now = utcnow()
    database.demo_counts = make_demo(database, now=now)
    database.demo_anchor = now.replace(hour=0, minute=0, second=0, microsecond=0)
    yield database
    database.close()


def pytest_addoption(parser):
    parser.addoption("--packaging", action="store_true",
                     help="also run the tests marked packaging (the PyInstaller build)")


def pytest_collection_modifyitems(config, items):
    kept, packaging = [], []
    for item in items:
        on_both = "backend" in getattr(item, "fixturenames", ())
        # What the PostgreSQL run needs: the postgresql variant of a test run on both
        # databases (the sqlite one already ran in the README's command), and the tests
        # that only make sense on PostgreSQL (marked `db` by hand, skipped without a server).
        callspec = getattr(item, "callspec", None)
        if (callspec is not None and callspec.params.get("backend") == "postgresql") or (
                not on_both and item.get_closest_marker("db")):
            item.add_marker(pytest.mark.postgresql)
        if on_both:
            item.add_marker(pytest.mark.db)
        (packaging if item.get_closest_marker("packaging") else kept).append(item)
    # The bundle build takes minutes: left out of the everyday run, whatever -m says.
    if packaging and not config.getoption("--packaging"):
        config.hook.pytest_deselected(items=packaging)
        items[:] = kept
