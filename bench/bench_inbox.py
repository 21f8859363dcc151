"""The Inbox's SQL on a large database (200,000 questions): time and plan of each hot query.

For each view the Inbox offers (default, sorted by each column, filtered, a deep page) it
times, off any window, what the model runs in the background: the count and one page of
200 rows, medians over several rounds. With --plans it prints each query's plan
(`EXPLAIN QUERY PLAN` on SQLite, `EXPLAIN` on PostgreSQL), the report issue 15 asks to
keep. The GUI-thread stall is measured by bench_inbox_stall.py.

    python bench/bench_inbox.py [--db URL] [--rounds 5] [--plans]
"""

from __future__ import annotations

import argparse
import statistics
import time

from large_db import large_db_url
from sqlalchemy.orm import Session

from liaison_app.core.database import open_database
from liaison_app.core.models import OPEN_STATUSES
from liaison_app.core.questions.listing import (
    QuestionFilter,
    count_questions,
    fetch_by_ids,
    fetch_ids,
    fetch_page,
    page_statement,
)

PAGE = 200


def plan(session: Session, stmt) -> list[str]:
    conn = session.connection()
    compiled = stmt.compile(conn, compile_kwargs={"literal_binds": True})
    if conn.dialect.name == "sqlite":
        return [row[-1] for row in conn.exec_driver_sql(f"EXPLAIN QUERY PLAN {compiled}")]
    return [row[0] for row in conn.exec_driver_sql(f"EXPLAIN {compiled}")]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", default=None)
    parser.add_argument("--rounds", type=int, default=5)
    parser.add_argument("--plans", action="store_true")
    args = parser.parse_args()
    db = open_database(large_db_url(args.db))
    open_view = QuestionFilter(statuses=tuple(OPEN_STATUSES))
    cases = [
        ("open (default view), newest first", open_view, "created_at", True, 0),
        ("all, newest first", QuestionFilter(), "created_at", True, 0),
        ("all, by due time", QuestionFilter(), "due_at", False, 0),
        ("all, by department", QuestionFilter(), "department", False, 0),
        ("all, by question text", QuestionFilter(), "text", False, 0),
        ("all, page at row 100,000", QuestionFilter(), "created_at", True, 100_000),
        ("overdue only", QuestionFilter(overdue=True), "created_at", True, 0),
        ("text filter 信用卡", QuestionFilter(text="信用卡"), "created_at", True, 0),
        ("text filter 挂失", QuestionFilter(text="挂失"), "created_at", True, 0),
        ("one status (closed)", QuestionFilter(statuses=("closed",)), "created_at", True, 0),
    ]
    print(f"database: {db.display_url}  (count + one page of {PAGE} rows, median of {args.rounds})")
    for name, filt, sort, descending, offset in cases:
        with db.session() as session:
            def run(session=session, filt=filt, sort=sort, descending=descending, offset=offset):
                count_questions(session, filt)
                fetch_page(session, filt, offset, PAGE, sort=sort, descending=descending)
            run()  # warm
            times = []
            for _ in range(args.rounds):
                t = time.perf_counter()
                run()
                times.append((time.perf_counter() - t) * 1000)
            rows = count_questions(session, filt)
            print(f"{name:<36} rows {rows:>7}  median {statistics.median(times):7.1f} ms  "
                  f"max {max(times):7.1f} ms")
            if args.plans:
                for line in plan(session, page_statement(filt, sort, descending, offset, PAGE)):
                    print(f"      {line}")
            # What the Inbox does for pages after the first since issue 15: the ordered id
            # list once per reload, then each page by id (no OFFSET).
            if offset or name.startswith("text filter"):
                with db.session() as session:
                    fetch_ids(session, filt, sort, descending)
                    times, pages = [], []
                    for _ in range(args.rounds):
                        t = time.perf_counter()
                        ids = fetch_ids(session, filt, sort, descending)
                        times.append((time.perf_counter() - t) * 1000)
                        t = time.perf_counter()
                        fetch_by_ids(session, ids[offset:offset + PAGE])
                        pages.append((time.perf_counter() - t) * 1000)
                    print(f"{'  ... id list, then a page by id':<36} ids  {len(ids):>7}  median "
                          f"{statistics.median(times):7.1f} ms  (page by id {statistics.median(pages):.1f} ms)")
    db.close()


if __name__ == "__main__":
    main()
