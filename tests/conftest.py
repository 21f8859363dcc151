"""Shared fixtures: a fresh database per test (SQLite, and PostgreSQL when configured),
an in-memory keyring, and an isolated settings file.

Every test touching the database takes the `db` fixture; it runs once on a temporary
SQLite file and once more on the PostgreSQL server at LIAISON_TEST_PG_URL when that is
set (CI sets it). Tests using it are marked `db` so CI can run them again on PostgreSQL.
"""

from __future__ import annotations

import os

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


@pytest.fixture
def db(backend, tmp_path):
    """An open, migrated, empty database."""
    from liaison_app.core.database import open_database

    if backend == "postgresql":
        if _pg_migrated["value"]:
            _truncate_pg(PG_URL)
        else:
            _reset_pg(PG_URL)
        database = open_database(PG_URL)
        _pg_migrated["value"] = True
    else:
        database = open_database(f"sqlite:///{tmp_path / 'liaison-test.db'}")
    yield database
    database.close()


def pytest_collection_modifyitems(items):
    for item in items:
        if "backend" in getattr(item, "fixturenames", ()):
            item.add_marker(pytest.mark.db)
