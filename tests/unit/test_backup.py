"""Backups: a copy taken while another connection writes is a consistent snapshot, and
restoring it as the README says gives a database with identical rows; the daily copy
keeps the last N; PostgreSQL goes through pg_dump or says what to run."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import threading
from datetime import date, timedelta

import pytest
from sqlalchemy import select

from liaison_app.cli import main
from liaison_app.core.backup import (
    BackupError,
    backup_database,
    backup_policy,
    daily_backup,
    daily_backups,
)
from liaison_app.core.database import open_database
from liaison_app.core.models import Base, Bulletin
from liaison_app.demo.builder import make_demo


def _rows(database, table):
    order = [c for c in table.primary_key.columns]
    with database.engine.connect() as conn:
        return [tuple(r) for r in conn.execute(select(table).order_by(*order))]


def _restore_as_documented(backup_file, database_file):
    """README › Backups › Restore: quit Liaison, put the copy in place of liaison.db and
    remove the old liaison.db-wal and liaison.db-shm files."""
    for extra in ("-wal", "-shm"):
        database_file.with_name(database_file.name + extra).unlink(missing_ok=True)
    shutil.copyfile(backup_file, database_file)


@pytest.fixture
def demo_file(tmp_path, copy_demo):
    path = tmp_path / "liaison.db"
    return copy_demo(path), path


def test_a_backup_while_another_connection_writes_restores_identical_rows(demo_file, tmp_path, capsys):
    database, _path = demo_file
    committed: list[int] = []
    stop = threading.Event()

    def writer():
        n = 0
        while not stop.is_set():
            n += 1
            with database.session() as s, s.begin():
                bulletin = Bulletin(title=f"notice {n}", body="寫入中 " * 50, author="writer")
                s.add(bulletin)
                s.flush()
                new_id = bulletin.id
            committed.append(new_id)

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        while len(committed) < 20:
            stop.wait(0.01)
        before = len(committed)
        assert main(["backup", str(tmp_path / "copy.db"), "--db", database.url]) == 0
        after = len(committed)
        while len(committed) < after + 20:  # the writer kept going during and after
            stop.wait(0.01)
    finally:
        stop.set()
        thread.join()
    assert "Backed up" in capsys.readouterr().out

    restored_file = tmp_path / "restored" / "liaison.db"
    restored_file.parent.mkdir()
    _restore_as_documented(tmp_path / "copy.db", restored_file)
    restored = open_database(f"sqlite:///{restored_file}")
    try:
        for table in Base.metadata.sorted_tables:
            source_rows, copy_rows = _rows(database, table), _rows(restored, table)
            if table.name == "bulletins":
                # A snapshot: every bulletin committed before the backup started, none
                # half-written, and each one identical to the source's.
                assert len(source_rows) > len(copy_rows)
                assert copy_rows == source_rows[: len(copy_rows)]
                demo_bulletins = len(source_rows) - len(committed)
                assert demo_bulletins + before <= len(copy_rows) <= demo_bulletins + after
            elif table.name == "change_log":  # one row per bulletin written: the same cut
                assert len(source_rows) > len(copy_rows)
                assert copy_rows == source_rows[: len(copy_rows)]
            else:
                assert copy_rows == source_rows, table.name
        with restored.engine.connect() as conn:
            assert conn.exec_driver_sql("PRAGMA integrity_check").scalar() == "ok"
    finally:
        restored.close()


def test_a_restored_backup_holds_exactly_the_same_data(demo_file, tmp_path):
    database, path = demo_file
    result = backup_database(database.url, tmp_path)  # a folder: time-stamped name inside
    assert result.path.parent == tmp_path and result.path.name.startswith("liaison-")
    keep = {t.name: _rows(database, t) for t in Base.metadata.sorted_tables}
    with database.session() as s, s.begin():  # a change after the backup is undone by restoring
        s.add(Bulletin(title="after the backup", author="x"))
    database.close()
    _restore_as_documented(result.path, path)
    reopened = open_database(f"sqlite:///{path}")
    try:
        assert {t.name: _rows(reopened, t) for t in Base.metadata.sorted_tables} == keep
    finally:
        reopened.close()


def test_backup_refuses_to_overwrite_the_database_or_copy_a_missing_file(demo_file, tmp_path):
    database, path = demo_file
    with pytest.raises(BackupError, match="cannot overwrite"):
        backup_database(database.url, path)
    assert main(["backup", str(tmp_path / "x.db"), "--db", f"sqlite:///{tmp_path / 'none.db'}"]) == 1


def test_the_daily_backup_is_made_once_a_day_and_keeps_the_last_n(demo_file, tmp_path):
    _database, path = demo_file
    folder = tmp_path / "backups"
    first = date(2026, 11, 1)
    for offset in range(5):
        made = daily_backup(path, folder, keep=3, today=first + timedelta(days=offset))
        assert made is not None and made.path.exists()
    assert daily_backup(path, folder, keep=3, today=first + timedelta(days=4)) is None
    assert [p.name for p in daily_backups(folder)] == [
        "liaison-daily-2026-11-03.db", "liaison-daily-2026-11-04.db", "liaison-daily-2026-11-05.db"]


def test_the_backup_policy_comes_from_the_settings_file():
    assert backup_policy({}).keep == 7 and backup_policy({}).daily
    policy = backup_policy({"backup": {"keep": 14, "daily": False, "folder": "/srv/copies"}})
    assert (policy.keep, policy.daily, str(policy.folder)) == (14, False, "/srv/copies")
    assert backup_policy({"backup": {"keep": "many"}}).keep == 7


def test_postgresql_backup_runs_pg_dump_or_explains(db, backend, tmp_path, monkeypatch):
    if backend != "postgresql":
        pytest.skip("PostgreSQL only")
    make_demo(db)
    if shutil.which("pg_dump"):
        result = backup_database(db.url, tmp_path / "team.dump")
        assert result.method == "pg_dump"
        assert result.path.read_bytes()[:5] == b"PGDMP"
        listing = subprocess.run(["pg_restore", "--list", str(result.path)],
                                 capture_output=True, text=True, check=True).stdout
        assert "TABLE DATA public questions" in listing
    monkeypatch.setenv("PATH", str(tmp_path))  # no pg_dump here
    with pytest.raises(BackupError, match="pg_dump"):
        backup_database(db.url, tmp_path / "other.dump")


def test_backup_keeps_an_existing_file_unless_forced_and_makes_up_no_folder(
        demo_file, tmp_path, capsys):
    database, _path = demo_file
    url = database.url
    existing = tmp_path / "keep-me.db"
    existing.write_bytes(b"last month's only copy")
    assert main(["backup", str(existing), "--db", url]) == 1
    err = capsys.readouterr().err.strip()
    assert "already exists" in err and "--force" in err and len(err.splitlines()) == 1
    assert existing.read_bytes() == b"last month's only copy"

    missing = tmp_path / "no-such-folder" / "sub" / "x.db"
    assert main(["backup", str(missing), "--db", url]) == 1
    err = capsys.readouterr().err.strip()
    assert "no such folder" in err and len(err.splitlines()) == 1
    assert not missing.parent.exists() and not (tmp_path / "no-such-folder").exists()

    assert main(["backup", str(existing), "--db", url, "--force"]) == 0
    assert sqlite3.connect(existing).execute("PRAGMA integrity_check").fetchone()[0] == "ok"
