"""Time `make_demo(size="large")` (200,000 questions, 50,000 FAQ entries): target < 60 s.

Runs on a fresh temporary SQLite file, and on PostgreSQL too when `--db URL` or
LIAISON_TEST_PG_URL is set (its `public` schema is dropped and recreated first, as the
test suite does). Prints the seconds, the peak memory of the process and the rows written
per table. On PostgreSQL, as a superuser, it also prints the server's time inside the
audit and change-log trigger functions (`track_functions`), the part of the run that is
neither the client nor the bulk path itself.

    python bench/bench_demo_large.py [--keep PATH] [--no-sqlite] [--db postgresql+psycopg://...]
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import create_engine, text

from liaison_app.core.database import open_database
from liaison_app.demo.builder import make_demo

TARGET_SECONDS = 60


def _reset_pg(url: str) -> None:
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA IF EXISTS public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()


TRIGGER_FUNCTIONS = ("liaison_audit", "liaison_audit_rows", "liaison_log_change",
                     "liaison_log_changes")


def _track_functions(url: str, on: bool) -> bool:
    """Count calls and time of PL/pgSQL functions in this database (superuser only)."""
    engine = create_engine(url)
    try:
        with engine.begin() as conn:
            if not conn.execute(text("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")).scalar():
                return False
            db = conn.execute(text("SELECT current_database()")).scalar()
            conn.execute(text(f'ALTER DATABASE "{db}" ' + ("SET track_functions = 'pl'" if on
                                                          else "RESET track_functions")))
            if on:
                conn.execute(text("SELECT pg_stat_reset()"))
        return True
    finally:
        engine.dispose()


def _trigger_report(url: str) -> None:
    time.sleep(1.0)  # a closed backend's counters reach the shared statistics at exit
    engine = create_engine(url)
    with engine.connect() as conn:
        rows = conn.execute(text(
            "SELECT funcname, calls, total_time FROM pg_stat_user_functions "
            "WHERE funcname = ANY(:names) ORDER BY total_time DESC"),
            {"names": list(TRIGGER_FUNCTIONS)}).all()
    engine.dispose()
    total = sum(r.total_time for r in rows) / 1000
    print(f"  server time in audit and change-log triggers: {total:.1f} s "
          + ", ".join(f"{r.funcname} {r.calls:,} calls {r.total_time / 1000:.1f} s" for r in rows),
          flush=True)


def run(label: str, url: str) -> float:
    db = open_database(url)  # migrations are not part of the timing
    start = time.perf_counter()
    last = [start]

    steps: dict[str, float] = {}

    def progress(step: str) -> None:
        # Each step's time is printed on the line of the step that follows it.
        now = time.perf_counter()
        if step.startswith("Writing questions ") and not step.startswith("Writing questions 200"):
            return  # the running count of the question step
        if steps:
            steps[list(steps)[-1]] = now - last[0]
        print(f"  {now - start:6.1f} s  (+{now - last[0]:5.1f})  {step}", flush=True)
        steps[step] = 0.0
        last[0] = now

    print(f"{label}: {db.display_url}", flush=True)
    counts = make_demo(db, size="large", progress=progress)
    seconds = time.perf_counter() - start
    db.close()
    if steps:
        steps[list(steps)[-1]] = time.perf_counter() - last[0]
    index = sum(t for step, t in steps.items() if step.startswith("Indexing"))
    rows = ", ".join(f"{n:,} {name}" for name, n in counts.items())
    print(f"  {label}: {seconds:.1f} s (target < {TARGET_SECONDS} s), of which the FAQ search "
          f"index (search module) {index:.1f} s  -- {rows}", flush=True)
    return seconds


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keep", type=Path, help="write the SQLite database here and keep it")
    parser.add_argument("--no-sqlite", action="store_true", help="only PostgreSQL")
    parser.add_argument("--db", help="a PostgreSQL URL (default: LIAISON_TEST_PG_URL); "
                        "its public schema is dropped first")
    args = parser.parse_args()
    results = {}
    if not args.no_sqlite:
        with tempfile.TemporaryDirectory() as tmp:
            path = args.keep or Path(tmp) / "demo-large.db"
            if path.exists():
                raise SystemExit(f"{path} exists; the demo goes into an empty database")
            results["sqlite"] = run("SQLite", f"sqlite:///{path}")
            size = sum(p.stat().st_size for p in path.parent.glob(path.name + "*"))
            print(f"  database file: {size / 2**20:,.0f} MiB", flush=True)
    pg_url = args.db or os.environ.get("LIAISON_TEST_PG_URL")
    if pg_url:
        _reset_pg(pg_url)
        tracked = _track_functions(pg_url, True)
        try:
            results["postgresql"] = run("PostgreSQL", pg_url)
            if tracked:
                _trigger_report(pg_url)
        finally:
            if tracked:
                _track_functions(pg_url, False)
    else:
        print("PostgreSQL: skipped (LIAISON_TEST_PG_URL not set)")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory: {peak:,.0f} MiB; cpus: {os.cpu_count()}; python {sys.version.split()[0]}")
    return 0 if all(s < TARGET_SECONDS for s in results.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
