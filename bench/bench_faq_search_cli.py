"""`liaison faq search` as a whole process, beside `python -c pass` in the same run.

What an agent or a script waits for: a fresh `python -m liaison_app --db URL faq search
QUERY --json` from spawn to exit (interpreter start, imports, opening the database, the
search, printing), for several different queries, against the floor of the same
interpreter doing nothing (`python -c pass`, the same virtual environment and site
packages). The two alternate, one floor run before each search run, so machine noise hits
both alike; medians (and p95 over all runs) and their ratio are printed. The package is
byte-compiled first and PYTHONDONTWRITEBYTECODE unset for the children, as an installed
copy runs. Beside each query, the search's own time inside the process (`took_ms` of a
one-line `--batch` run, median of 3): the rest is start-up, imports and opening. One more
run with `-X importtime` lists what the command loaded (SQLAlchemy, Qt, the models, mail:
each should say "no" on a local SQLite database).

    python bench/bench_faq_search_cli.py [--db URL] [--runs 7] [--source DIR]

`--source DIR` runs the package found in DIR instead (e.g. a checkout of `main`, for a
before/after pair on the same machine). Target (DESIGN.md section 6): ≤ 6× the floor.
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from large_db import large_db_url

QUERIES = ["挂失", "信用卡年費怎麼減免", "ATM", "U盾證書過期了怎麼辦", "轉賬限額",
           "我的借记卡在ATM被吞了，现在要怎么取回来"]
WATCH = {"sqlalchemy": "sqlalchemy", "PySide6": "PySide6", "alembic": "alembic",
         "models": "liaison_app.core.models", "mail": "liaison_app.mail",
         "reports": "liaison_app.core.reports"}


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def timed(argv: list[str], env: dict[str, str]) -> tuple[float, str]:
    started = time.perf_counter()
    done = subprocess.run(argv, capture_output=True, text=True, encoding="utf-8", env=env,
                          check=False)
    took = time.perf_counter() - started
    if done.returncode != 0:
        raise SystemExit(f"failed ({done.returncode}): {' '.join(argv)}\n{done.stderr[-2000:]}")
    return took, done.stdout


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", help="database URL (default: the large demo SQLite file)")
    parser.add_argument("--runs", type=int, default=7, help="timed runs per query (default 7)")
    parser.add_argument("--source", type=Path,
                        help="a folder holding the liaison_app package to run (default: this one)")
    parser.add_argument("--query", action="append", help="a query (repeatable; default: six mixed)")
    args = parser.parse_args()
    url = large_db_url(args.db)
    queries = args.query or QUERIES

    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    env["PYTHONIOENCODING"] = "utf-8"
    source = (args.source or Path(__file__).resolve().parents[1]).resolve()
    env["PYTHONPATH"] = str(source)
    compileall.compile_dir(str(source / "liaison_app"), quiet=1)
    floor = [sys.executable, "-c", "pass"]

    def search(query: str, *extra: str) -> list[str]:
        return [sys.executable, *extra, "-m", "liaison_app", "--db", url, "faq", "search", query, "--json"]

    where = subprocess.run([sys.executable, "-c", "import liaison_app; print(liaison_app.__file__)"],
                           capture_output=True, text=True, env=env, check=True).stdout.strip()
    print(f"database: {url}\npackage:  {where}")
    print(f"load average at start: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    for query in queries:  # warm the file cache and the byte code; not counted
        timed(search(query), env)
    timed(floor, env)

    floors: list[float] = []
    per_query: dict[str, list[float]] = {q: [] for q in queries}
    hits: dict[str, int] = {}
    for _ in range(args.runs):
        for query in queries:
            floors.append(timed(floor, env)[0])
            took, out = timed(search(query), env)
            per_query[query].append(took)
            hits[query] = len(json.loads(out))

    took: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as folder:
        for query in queries:
            one = Path(folder) / "query.txt"
            one.write_text(query + "\n", encoding="utf-8")
            took[query] = statistics.median(
                json.loads(timed([sys.executable, "-m", "liaison_app", "--db", url, "faq", "search",
                                  "--batch", str(one), "--json"], env)[1])["took_ms"]
                for _ in range(3))

    base = statistics.median(floors)
    print(f"\n{'median':>9} {'p95':>9} {'× floor':>8} {'search':>8} {'hits':>5}  what")
    for query, values in per_query.items():
        m = statistics.median(values)
        print(f"{m * 1000:>7.0f}ms {pct(values, 95) * 1000:>7.0f}ms {m / base:>7.2f}× "
              f"{took[query]:>6.0f}ms {hits[query]:>5}  faq search {query}")
    everything = [v for values in per_query.values() for v in values]
    m = statistics.median(everything)
    print(f"{m * 1000:>7.0f}ms {pct(everything, 95) * 1000:>7.0f}ms {m / base:>7.2f}× "
          f"{statistics.median(took.values()):>6.0f}ms {'':>5}  all queries")
    print(f"{base * 1000:>7.0f}ms {pct(floors, 95) * 1000:>7.0f}ms {1:>7.2f}× {'':>8} {'':>5}  "
          "floor: python -c pass")
    print(f"target: ≤ 6× the floor; runs: {args.runs} per query, {len(floors)} floor runs alternated")

    done = subprocess.run(search(queries[0], "-X", "importtime"), capture_output=True, text=True,
                          encoding="utf-8", env=env, check=True)
    modules = {line.rsplit("|", 1)[1].strip() for line in done.stderr.splitlines()
               if line.startswith("import time:")}
    loaded = {name: any(m == prefix or m.startswith(prefix + ".") for m in modules)
              for name, prefix in WATCH.items()}
    print("loaded by the command: " + ", ".join(f"{n} {'yes' if v else 'no'}" for n, v in loaded.items())
          + f" ({len(modules)} modules)")
    print(f"load average at end: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")


if __name__ == "__main__":
    main()
