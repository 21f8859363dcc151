"""FAQ search's reads run two ways (core/search/reads.py): in the caller's SQLAlchemy
Session, or on a plain sqlite3 connection (the command line). Both must give the same
hits; the live rule written in SQL must be the models' `is_live_at`; and `liaison faq
search` on a local SQLite file must run without SQLAlchemy, Qt or the mail code, while
every database it cannot read that way keeps today's behaviour and messages."""

from __future__ import annotations

import importlib
import json
import os
import random
import sqlite3
import subprocess
import sys
from contextlib import closing
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import select

from liaison_app.core.database import create_db_engine, current_revision, upgrade
from liaison_app.core.faq.synonyms import add_group
from liaison_app.core.local_db import SCHEMA_HEAD, open_read_only
from liaison_app.core.models import FaqEntry, FaqSimilar, FaqStatus, Question
from liaison_app.core.search import faq_search
from liaison_app.core.search import reads as q
from liaison_app.core.search.faq_search import search_faq
from liaison_app.core.search.learning import relearn
from liaison_app.core.search.reads import SqliteReads
from liaison_app.core.search.session_reads import SessionReads

CODES = ["ATM", "atm", "U盾", "ＡＴＭ", "95599", "0.05%", "POS機", "Visa", "e", "卡", "a1",
         "", "？", "   ", "信用卡 ATM 年費", "掛失!!", "挂失", "轉帳", "转账限额多少"]


def varied_queries(session, n: int, seed: int = 15) -> list[str]:
    """Short words, slices, whole FAQ questions, similar questions, customers' questions
    with typos, codes, and queries that find nothing: drawn from the demo's own texts."""
    rnd = random.Random(seed)
    faq = session.scalars(select(FaqEntry.question).order_by(FaqEntry.id)).all()
    similar = session.scalars(select(FaqSimilar.text).order_by(FaqSimilar.id)).all()
    asked = session.scalars(select(Question.text).order_by(Question.id)).all()
    out = list(CODES)
    while len(out) < n:
        text = rnd.choice(rnd.choice([faq, similar, asked]))
        kind = rnd.randrange(5)
        if kind == 0 or len(text) < 4:
            out.append(text)
        elif kind in (1, 2):
            start = rnd.randrange(len(text) - 2)
            out.append(text[start:start + rnd.choice((2, 2, 3, 4))])
        elif kind == 3:  # a slip: a character dropped or two swapped
            chars = list(text)
            i = rnd.randrange(1, len(chars) - 1)
            chars[i], chars[i - 1] = chars[i - 1], chars[i]
            out.append("".join(chars[:-1]))
        else:
            out.append(text + " " + rnd.choice(CODES))
    return out


def same_hits(left, right) -> None:
    assert [h.id for h in left] == [h.id for h in right]
    for a, b in zip(left, right, strict=True):
        assert (a.question, a.status, a.matched, a.phrasing, a.learned) == \
            (b.question, b.status, b.matched, b.phrasing, b.learned)
        assert a.score == pytest.approx(b.score, abs=1e-9)
        assert (a.confidence is None) == (b.confidence is None)
        if a.confidence is not None:
            assert a.confidence == pytest.approx(b.confidence, abs=1e-9)
        assert a.contributions.keys() == b.contributions.keys()
        for term, value in a.contributions.items():
            assert value == pytest.approx(b.contributions[term], abs=1e-9)
        assert a.features == pytest.approx(b.features, abs=1e-9)


def test_sqlite3_reads_give_the_hits_of_the_session(copy_demo, tmp_path):
    """A few hundred varied queries, agents' and manager's views, with synonyms and
    learned associations in play: ids, order, scores, matched terms, phrasings and the
    re-ranker's confidence are the same from both readers."""
    database = copy_demo(tmp_path / "demo.db")
    with database.sessions.begin() as session:
        add_group(session, ["掛失", "挂失", "止付"])
        add_group(session, ["轉賬", "匯款"])
        assert relearn(session).associations > 0  # learned expansions take part
    with database.session() as session:
        queries = varied_queries(session, 320)
    assert len(set(queries)) > 250
    conn = open_read_only(database.url)
    assert conn is not None
    plain = SqliteReads(conn)
    now = datetime.now(UTC)
    found = 0
    try:
        with database.session() as session:
            for i, query in enumerate(queries):
                kwargs = {"limit": (10, 3, 25)[i % 3], "published_only": i % 4 != 1,
                          "explain": i % 5 == 0, "now": now}
                expected = search_faq(session, query, **kwargs)
                got = search_faq(plain, query, **kwargs)
                same_hits(expected, got)
                found += bool(got)
    finally:
        conn.close()
    assert found > 0.8 * len(queries)  # the comparison is over real result lists


def live_cases(session, now: datetime) -> None:
    """Entries of every status, and published ones whose validity starts or ends exactly
    now, a microsecond either side, long ago or far ahead."""
    edges = [None, now, now - timedelta(microseconds=1), now + timedelta(microseconds=1),
             now - timedelta(days=400), now + timedelta(days=400)]
    n = 0
    for status in FaqStatus:
        for valid_from in edges:
            for valid_until in edges:
                n += 1
                session.add(FaqEntry(question=f"條目 {n}", answer="答", status=status,
                                     valid_from=valid_from, valid_until=valid_until))


def test_the_live_rule_in_sql_is_the_models(db):
    now = datetime(2026, 12, 3, 15, 0, 0, 250000, tzinfo=UTC)
    with db.sessions.begin() as session:
        live_cases(session, now)
    with db.session() as session:
        ids = session.scalars(select(FaqEntry.id)).all()
        expected = set(session.scalars(select(FaqEntry.id).where(FaqEntry.is_live_at(now))))
        assert 0 < len(expected) < len(ids)
        assert {row[0] for row in SessionReads(session).rows(q.ENTRIES_LIVE, {"ids": ids, "now": now})} \
            == expected
        assert {row[0] for row in SessionReads(session).rows(q.ENTRIES, {"ids": ids})} == set(ids)
    if db.backend == "sqlite":
        with closing(open_read_only(db.url)) as conn:
            got = SqliteReads(conn).rows(q.ENTRIES_LIVE, {"ids": ids, "now": now.astimezone()})
        assert {row[0] for row in got} == expected


def test_repeated_facts_stay_equal():
    assert faq_search.PUBLISHED == FaqStatus.PUBLISHED


# --- the command as a whole process ----------------------------------------------------

def run_liaison(*argv: str, cwd: Path) -> subprocess.CompletedProcess:
    """`python -X importtime -m liaison_app ARGS`: stderr lists every module imported."""
    env = dict(os.environ, PYTHONIOENCODING="utf-8")
    return subprocess.run([sys.executable, "-X", "importtime", "-m", "liaison_app", *argv],
                          check=False, capture_output=True, text=True, encoding="utf-8",
                          env=env, cwd=cwd,
                          timeout=120)


def imported(stderr: str) -> set[str]:
    return {line.rsplit("|", 1)[1].strip() for line in stderr.splitlines()
            if line.startswith("import time:") and "|" in line}


def errors(stderr: str) -> list[str]:
    return [line for line in stderr.splitlines() if not line.startswith("import time:")]


def heavy(modules: set[str]) -> set[str]:
    """The database layer, the ORM and models, Alembic, Qt, the window, mail and reports."""
    return {m for m in modules if m.split(".")[0] in ("sqlalchemy", "PySide6", "alembic")
            or m.startswith(("liaison_app.mail", "liaison_app.core.models", "liaison_app.ui",
                             "liaison_app.core.reports", "liaison_app.core.database"))}


def test_the_search_command_imports_no_database_layer_qt_or_mail(copy_demo, tmp_path):
    database = copy_demo(tmp_path / "demo.db")
    url = database.url
    database.close()
    batch = tmp_path / "queries.txt"
    batch.write_text("挂失\n信用卡年費怎麼減免\nATM\n", encoding="utf-8")
    runs = [("faq", "search", "挂失", "--json"),
            ("faq", "search", "--batch", str(batch), "--json", "--explain", "--all", "--limit", "3"),
            ("faq", "search", "信用卡掛失", "--explain")]
    outputs = []
    for argv in runs:
        done = run_liaison("--db", url, *argv, cwd=tmp_path)
        assert done.returncode == 0, errors(done.stderr)
        modules = imported(done.stderr)
        assert "liaison_app.core.search.faq_search" in modules  # the search did run here
        assert heavy(modules) == set(), argv
        assert errors(done.stderr) == []
        outputs.append(done.stdout)
    assert json.loads(outputs[0])[0]["matched"] == ["挂失"]
    lines = [json.loads(line) for line in outputs[1].splitlines()]
    assert [line["query"] for line in lines] == ["挂失", "信用卡年費怎麼減免", "ATM"]
    assert all(line["hits"] and len(line["hits"]) <= 3 and line["took_ms"] >= 0 for line in lines)
    assert all("explain" in hit for line in lines for hit in line["hits"])
    assert "stage 1 (BM25F)" in outputs[2]


def test_the_import_check_sees_the_database_layer_when_it_loads(tmp_path):
    """The check above can fail: a database that does not exist yet is created by the
    database layer (as every command does), and then SQLAlchemy and the models load."""
    done = run_liaison("--db", f"sqlite:///{tmp_path / 'new.db'}", "faq", "search", "挂失", cwd=tmp_path)
    assert done.returncode == 0, errors(done.stderr)
    assert {"sqlalchemy", "liaison_app.core.models", "liaison_app.core.database"} <= heavy(imported(done.stderr))
    assert done.stdout.strip() == "no matching FAQ entry"


def test_a_missing_file_is_created_as_before(tmp_path, capsys):
    from liaison_app.cli import main

    path = tmp_path / "sub" / "liaison.db"
    assert main(["--db", f"sqlite:///{path}", "faq", "search", "挂失", "--json"]) == 0
    assert capsys.readouterr().out.strip() == "[]"
    with closing(sqlite3.connect(path)) as conn:
        assert conn.execute("SELECT version_num FROM alembic_version").fetchone() == (SCHEMA_HEAD,)


@pytest.mark.parametrize("content", [b"not a database at all" * 100, b"SQLite format 3\x00" + b"\xff" * 200])
def test_a_file_that_is_not_a_database_is_refused_in_one_line(tmp_path, content, capsys):
    from liaison_app.cli import main

    path = tmp_path / "notes.db"
    path.write_bytes(content)
    assert main(["--db", f"sqlite:///{path}", "faq", "search", "挂失"]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert err.startswith(f"liaison: error: cannot open database sqlite:///{path}: ")
    assert "not a database" in err or "malformed" in err
    assert err.count("\n") == 1
    assert path.read_bytes() == content  # nothing written to someone else's file


def test_an_older_schema_is_upgraded_as_before(tmp_path, capsys):
    from liaison_app.cli import main

    path = tmp_path / "liaison.db"
    engine = create_db_engine(f"sqlite:///{path}")
    upgrade(engine, "0020")
    engine.dispose()
    assert open_read_only(f"sqlite:///{path}") is None  # not read as it is
    assert main(["--db", f"sqlite:///{path}", "faq", "search", "挂失"]) == 0
    assert capsys.readouterr().out.strip() == "no matching FAQ entry"
    check = create_db_engine(f"sqlite:///{path}")
    try:
        assert current_revision(check) == SCHEMA_HEAD
    finally:
        check.dispose()
    assert (tmp_path / "liaison.db.before-upgrade-from-0020").exists()


def test_a_newer_schema_is_refused_in_one_line(copy_demo, tmp_path, capsys):
    """A file written by a newer Liaison is not searched as if this code understood it."""
    from liaison_app.cli import main

    database = copy_demo(tmp_path / "demo.db")
    url = database.url
    database.close()
    with closing(sqlite3.connect(tmp_path / "demo.db")) as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999'")
        conn.commit()
    assert open_read_only(url) is None
    assert main(["--db", url, "faq", "search", "挂失"]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert err.startswith(f"liaison: error: cannot open database {url}: ") and "9999" in err
    assert err.count("\n") == 1


# --- the command line builds only the parser of the command it runs ------------------

def test_each_command_maps_to_the_group_that_registers_it():
    import argparse

    from liaison_app.cli.common import common_options

    cli_main = importlib.import_module("liaison_app.cli.main")  # `cli.main` is also the function

    for group in cli_main.GROUPS:
        parser = argparse.ArgumentParser()
        sub = parser.add_subparsers()
        group.register(sub, common_options())
        assert set(sub.choices) == {c for c, g in cli_main.COMMANDS.items() if g is group}, group
    whole = cli_main.build_parser()
    sub = next(a for a in whole._actions if isinstance(a, argparse._SubParsersAction))
    assert set(sub.choices) == set(cli_main.COMMANDS)


@pytest.mark.parametrize(("argv", "command"), [
    (["--db", "sqlite:///x.db", "faq", "search", "挂失"], "faq"),
    (["--db=sqlite:///x.db", "faq", "search", "--json", "挂失"], "faq"),
    (["faq", "--help"], "faq"),
    (["--db", "faq", "forward", "--agent", "A1"], "forward"),  # "faq" is --db's value
    (["--co", "settings.toml", "show", "1"], "show"),
    (["--help"], None),
    (["-h", "faq"], None),
    (["--version"], None),
    (["nonsense"], None),
    ([], None),
])
def test_the_command_named_on_the_line(argv, command):
    from liaison_app.cli.main import named_command

    assert named_command(argv) == command


def test_help_and_unknown_commands_still_list_every_command(capsys):
    cli_main = importlib.import_module("liaison_app.cli.main")

    with pytest.raises(SystemExit):
        cli_main.main(["--help"])
    listed = capsys.readouterr().out
    assert all(command in listed for command in cli_main.COMMANDS)
    with pytest.raises(SystemExit):
        cli_main.main(["frobnicate"])
    err = capsys.readouterr().err
    assert "invalid choice: 'frobnicate'" in err and "self-test" in err
