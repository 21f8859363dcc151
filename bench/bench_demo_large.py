"""Time `make_demo(size="large")` (200,000 questions, 50,000 FAQ entries): target < 60 s.

Runs on a fresh temporary SQLite file, and on PostgreSQL too when LIAISON_TEST_PG_URL is
set (its `public` schema is dropped and recreated first, as the test suite does). Prints
the seconds, the peak memory of the process and the rows written per table.

    python bench/bench_demo_large.py [--keep PATH] [--no-sqlite]
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
    pg_url = os.environ.get("LIAISON_TEST_PG_URL")
    if pg_url:
        _reset_pg(pg_url)
        results["postgresql"] = run("PostgreSQL", pg_url)
    else:
        print("PostgreSQL: skipped (LIAISON_TEST_PG_URL not set)")
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak memory: {peak:,.0f} MiB; cpus: {os.cpu_count()}; python {sys.version.split()[0]}")
    return 0 if all(s < TARGET_SECONDS for s in results.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
