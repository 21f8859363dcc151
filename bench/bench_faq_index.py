"""Time a full rebuild of the FAQ keyword index, beside the floors it is made of.

On one database and in one run, alternating, `--rounds` times each:
- floor: reading every entry and similar question as the rebuild does (batches of 2,000
  by id), nothing else;
- fold: the same read, each entry's text folded (OpenCC Traditional→Simplified, width
  and case) as the tokeniser does it;
- tokenise: the same read, each entry's field-weighted term counts (`_term_counts`: fold,
  units, pairs and counting), no postings;
- rebuild: `rebuild_index` itself (tokenise, build the packed postings, write them and the
  per-entry term lists), in a transaction rolled back afterwards: the database is left
  as it was.

    python bench/bench_faq_index.py [--db URL] [--rounds 3]

Without --db it uses the large demo database of bench/large_db.py (50,000 entries).
Prints each step's median and best, the rebuild's ratio to the floor, and the process's
peak resident memory (the rebuild holds every raw posting until the average entry length
is known). Target (DESIGN.md §6): rebuild of 50,000 entries ≤ 5 s.
"""

from __future__ import annotations

import argparse
import gc
import os
import resource
import statistics
import time
from collections.abc import Callable

from large_db import large_db_url
from sqlalchemy import func, select

from liaison_app.core.database import open_database
from liaison_app.core.models import FaqEntry, FaqPosting, FaqSimilar
from liaison_app.core.search.faq_index import _term_counts, rebuild_index
from liaison_app.core.search.folding import fold

try:  # this branch's per-build term cache; `main` before it had none (before/after runs)
    from liaison_app.core.search.folding import TermCounter
    _COUNTER = TermCounter()
except ImportError:
    _COUNTER = None

BATCH = 2000


def _read(conn, each: Callable[[tuple], object]) -> int:
    """Every entry and similar question, read in id batches as the rebuild reads them."""
    done = 0
    for model, columns in ((FaqEntry, (FaqEntry.id, FaqEntry.question, FaqEntry.keywords,
                                       FaqEntry.key_points, FaqEntry.answer)),
                           (FaqSimilar, (FaqSimilar.id, FaqSimilar.text))):
        last_id = 0
        while True:
            batch = conn.execute(select(*columns).where(model.id > last_id)
                                 .order_by(model.id).limit(BATCH)).all()
            if not batch:
                break
            for row in batch:
                each(row)
            done += len(batch)
            last_id = batch[-1][0]
    return done


def _fold_row(row: tuple) -> None:
    for value in row[1:]:
        if isinstance(value, str):
            fold(value)
        elif value:
            fold("\n".join(value))


def _tokenise_row(row: tuple) -> None:
    fields = row[1:] if len(row) == 5 else (row[1], None, None, "")
    if _COUNTER is None:
        _term_counts(*fields)
    else:
        _term_counts(*fields, _COUNTER)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", default=None, help="database URL (default: the large demo SQLite file)")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--rebuild-only", action="store_true", help="time the rebuild alone")
    args = parser.parse_args()
    db = open_database(large_db_url(args.db))
    with db.session() as session:
        entries = session.scalar(select(func.count()).select_from(FaqEntry))
        similar = session.scalar(select(func.count()).select_from(FaqSimilar))
    print(f"database: {db.display_url}: {entries:,} entries, {similar:,} similar questions; "
          f"load average {os.getloadavg()[0]:.1f}", flush=True)
    times: dict[str, list[float]] = {"floor: read": [], "read + fold": [],
                                     "read + tokenise": [], "rebuild_index": []}
    cpu: dict[str, list[float]] = {name: [] for name in times}
    if args.rebuild_only:
        times = {"rebuild_index": []}
    terms = 0
    rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    for _ in range(args.rounds):
        for name, spent in times.items():
            gc.collect()
            with db.engine.connect() as conn:
                started, cpu_started = time.perf_counter(), time.process_time()
                if name == "floor: read":
                    _read(conn, lambda row: None)
                elif name == "read + fold":
                    _read(conn, _fold_row)
                elif name == "read + tokenise":
                    _read(conn, _tokenise_row)
                else:
                    with conn.begin() as transaction:
                        indexed = rebuild_index(conn)
                        elapsed = time.perf_counter() - started
                        cpu[name].append(time.process_time() - cpu_started)
                        terms = conn.scalar(select(func.count()).select_from(FaqPosting))
                        transaction.rollback()
                    assert indexed == entries, (indexed, entries)
                    spent.append(elapsed)
                    continue
                spent.append(time.perf_counter() - started)
                cpu[name].append(time.process_time() - cpu_started)
    rss_after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    db.close()
    floor = statistics.median(times.get("floor: read") or [float("nan")])
    for name, values in times.items():
        median = statistics.median(values)
        print(f"{name:16}: median {median:6.2f} s, best {min(values):6.2f} s, "
              f"CPU median {statistics.median(cpu[name]):6.2f} s "
              f"({median / floor:4.1f}x the read floor)")
    print(f"rebuild: {entries:,} entries + {similar:,} similar questions -> {terms:,} terms "
          f"(target <= 5 s for 50,000 entries); peak RSS {rss_after:,.0f} MB "
          f"(before the rounds {rss_before:,.0f} MB); load average {os.getloadavg()[0]:.1f}")


if __name__ == "__main__":
    main()
