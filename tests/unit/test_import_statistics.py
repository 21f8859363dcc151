"""A large question import leaves the planner statistics of what it filled.

On PostgreSQL the import analyses only the tables it wrote (a whole-database ANALYZE
took 11.5 s of a 100,000-row import on the large demo set); the planner must still know
how many rows each of them holds, or the Inbox and the duplicate check plan for empty
tables. SQLite analyses everything (a sample per index).
"""

from __future__ import annotations

import csv

import pytest
from sqlalchemy import text

from liaison_app.core.bulk import ANALYZE_AFTER
from liaison_app.core.questions.file_import import PUBLISHED_TABLES, import_questions_chunked
from tests import factories

pytestmark = pytest.mark.db

ROWS = ANALYZE_AFTER + 200


def _forwarded(path, agents: list[str]) -> None:
    with path.open("w", encoding="utf-8", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["agent", "text", "context", "product", "urgent", "forwarded_at"])
        for i in range(ROWS):
            w.writerow([agents[i % len(agents)], f"客戶第{i}號問題：信用卡掛失後多久能補卡", "",
                        "信用卡", "", f"2026-11-{1 + i % 28:02d} 09:{i % 60:02d}"])


def test_a_large_import_leaves_statistics_of_the_tables_it_filled(db, tmp_path):
    with db.sessions.begin() as s:
        factories.agents(s, ("A3001", "李小明"), ("A3002", "陳大文"))
    path = tmp_path / "forwarded.csv"
    _forwarded(path, ["A3001", "A3002"])
    report = import_questions_chunked(db, path, "test")
    assert report.imported == ROWS
    with db.engine.connect() as conn:
        if db.backend == "postgresql":
            known = dict(conn.execute(text(
                "SELECT relname, reltuples FROM pg_class WHERE relname = ANY(:t) "
                "AND relkind = 'r'"), {"t": list(PUBLISHED_TABLES)}).all())
            assert known["questions"] == ROWS
            assert known["question_agents"] == ROWS
            assert known["events"] == ROWS
        else:
            stat = conn.execute(text(
                "SELECT stat FROM sqlite_stat1 WHERE tbl = 'questions' LIMIT 1")).scalar()
            # analysis_limit samples: an estimate of the size, not a census
            assert int(stat.split()[0]) >= ROWS // 2
