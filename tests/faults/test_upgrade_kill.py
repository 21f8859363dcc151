"""Schema upgrades cut short by kill -9, and two processes opening one database at once.

A real `liaison`-style process opens the SQLite file (which upgrades or creates it) and is
killed at points spread over the whole run; afterwards the file must open (upgraded or
not) with every row intact. The second half starts two processes on the same new or
outdated database at the same moment: both must open it.
"""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import text

from liaison_app.core.database import (
    SCHEMA_HEAD,
    create_db_engine,
    open_database,
    upgrade,
)
from tests.faults.table import record

ROWS = 5_000
ROOT = Path(__file__).resolve().parents[2]

OPEN_SCRIPT = """
import sys
from liaison_app.core.database import open_database
if sys.argv[2] == "wait":  # loaded: say so, then open when told (both at the same moment)
    print("ready", flush=True)
    sys.stdin.readline()
open_database(sys.argv[1]).close()
print("opened")
"""


def _opener(url: str, wait: bool = False) -> subprocess.Popen:
    return subprocess.Popen(
        [sys.executable, "-c", OPEN_SCRIPT, url, "wait" if wait else "go"],
        cwd=ROOT, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        text=True,
    )


def _fill_0001(path: Path, rows: int = ROWS) -> None:
    engine = create_db_engine(f"sqlite:///{path}")
    upgrade(engine, "0001")
    stamp = "2026-03-02 09:00:00.000000"
    with engine.begin() as conn:
        conn.execute(
            text("INSERT INTO questions (id, text, customer_context, product, urgent, priority,"
                 " status, source, created_at, updated_at) VALUES (:id, :text, '', '卡', 0, 0,"
                 " 'new', 'agent', :at, :at)"),
            [{"id": i, "text": f"客戶第{i}號問題：信用卡掛失後能否退年費", "at": stamp}
             for i in range(1, rows + 1)],
        )
        conn.execute(
            text("INSERT INTO events (question_id, at, actor, action, to_status, detail)"
                 " VALUES (:id, :at, 'A001', 'forward', 'new', '')"),
            [{"id": i, "at": stamp} for i in range(1, rows + 1)],
        )
    engine.dispose()
    # One self-contained file, so a copy of it is the whole database.
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA journal_mode=DELETE")
    conn.close()


def _revision(path: Path) -> str | None:
    conn = sqlite3.connect(path)
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        return conn.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    finally:
        conn.close()


def _intact(url: str, rows: int) -> bool:
    db = open_database(url)
    try:
        with db.engine.connect() as conn:
            questions = conn.execute(text("SELECT count(*) FROM questions")).scalar()
            events = conn.execute(text("SELECT count(*) FROM events")).scalar()
            sample = conn.execute(text("SELECT text FROM questions WHERE id = :id"),
                                  {"id": rows // 2}).scalar()
        return (questions, events, sample) == (rows, rows, f"客戶第{rows // 2}號問題：信用卡掛失後能否退年費")
    finally:
        db.close()


def _kill_after(proc: subprocess.Popen, delay: float) -> bool:
    """Kill -9 after `delay` seconds; True when the process was still running (a real cut)."""
    try:
        proc.wait(timeout=delay)
        return False
    except subprocess.TimeoutExpired:
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        return True


@pytest.fixture(scope="module")
def old_database(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("template") / "liaison-0001.db"
    _fill_0001(path)
    return path


def test_upgrade_killed_at_any_point_leaves_a_database_that_opens(old_database, tmp_path):
    # How long a whole run takes (interpreter start included), to spread the kills over it.
    timing = tmp_path / "timing.db"
    timing.write_bytes(old_database.read_bytes())
    started = time.monotonic()
    assert _opener(f"sqlite:///{timing}").wait(timeout=120) == 0
    whole = time.monotonic() - started
    assert (tmp_path / "timing.db.before-upgrade-from-0001").exists()

    tries, held, cut, rng = 10, 0, 0, random.Random(20)
    for attempt in range(tries):
        path = tmp_path / f"try{attempt}.db"
        path.write_bytes(old_database.read_bytes())
        url = f"sqlite:///{path}"
        cut += _kill_after(_opener(url), whole * (attempt + rng.random()) / tries)
        # The file as the kill left it: intact, and either not upgraded or fully upgraded.
        state_ok = _revision(path) in ("0001", SCHEMA_HEAD)
        held += state_ok and _intact(url, ROWS)
    record("sqlite upgrade from 0001 killed (kill -9)", tries, held)
    assert cut >= tries // 2, f"only {cut} kills landed before the upgrade finished"
    assert held == tries


def test_new_database_killed_during_creation_is_absent_or_complete(tmp_path):
    started = time.monotonic()
    assert _opener(f"sqlite:///{tmp_path / 'timing.db'}").wait(timeout=120) == 0
    whole = time.monotonic() - started

    tries, held, rng = 8, 0, random.Random(8)
    for attempt in range(tries):
        path = tmp_path / f"new{attempt}" / "liaison.db"
        url = f"sqlite:///{path}"
        _kill_after(_opener(url), whole * (attempt + rng.random()) / tries)
        left = not path.exists() or _revision(path) == SCHEMA_HEAD
        db = open_database(url)
        with db.engine.connect() as conn:
            opened = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
        db.close()
        held += left and opened == SCHEMA_HEAD
    record("sqlite new database killed during creation", tries, held)
    assert held == tries


def _open_together(url: str) -> bool:
    procs = [_opener(url, wait=True) for _ in range(2)]
    for proc in procs:
        assert proc.stdout.readline().strip() == "ready"
    for proc in procs:  # both interpreters loaded: both open at once
        proc.stdin.write("go\n")
        proc.stdin.flush()
    results = [(p.wait(timeout=180), p.communicate()) for p in procs]
    for code, (out, err) in results:
        if code != 0 or "opened" not in out:
            print(err)
    return all(code == 0 for code, _ in results)


def test_two_processes_open_a_new_or_outdated_sqlite_database_at_once(old_database, tmp_path):
    tries, held = 12, 0
    for attempt in range(tries):
        path = tmp_path / f"pair{attempt}.db"
        if attempt % 2:  # an outdated database with data; else a brand-new one
            path.write_bytes(old_database.read_bytes())
        ok = _open_together(f"sqlite:///{path}")
        held += ok and (_intact(f"sqlite:///{path}", ROWS) if attempt % 2 else True)
    record("sqlite opened by 2 processes at once (new/outdated)", tries, held)
    assert held == tries


@pytest.mark.skipif(not os.environ.get("LIAISON_TEST_PG_URL"), reason="needs LIAISON_TEST_PG_URL")
def test_two_processes_open_a_new_or_outdated_postgresql_database_at_once():
    from sqlalchemy import create_engine
    from sqlalchemy.engine import make_url

    base = make_url(os.environ["LIAISON_TEST_PG_URL"])
    admin = create_engine(base.set(database="postgres"), isolation_level="AUTOCOMMIT")
    tries, held = 2, 0
    name = f"{base.database}_faults_pair"
    try:
        for attempt in range(tries):
            with admin.connect() as conn:
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
                conn.execute(text(f'CREATE DATABASE "{name}"'))
            url = base.set(database=name).render_as_string(hide_password=False)
            if attempt % 2:
                engine = create_db_engine(url)
                upgrade(engine, "0001")
                engine.dispose()
            ok = _open_together(url)
            db = open_database(url)
            with db.engine.connect() as conn:
                ok = ok and conn.execute(text("SELECT version_num FROM alembic_version")).scalar() == SCHEMA_HEAD
            db.close()
            held += ok
    finally:
        with admin.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        admin.dispose()
    record("postgresql opened by 2 processes at once (new/outdated)", tries, held)
    assert held == tries
