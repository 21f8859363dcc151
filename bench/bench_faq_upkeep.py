"""FAQ upkeep speed on the large demo database: use tiers, counts per period, a merge,
the category tree. Run on a copy: the database is migrated and one merge is written.

    .venv/bin/python bench/bench_faq_upkeep.py [--db URL]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import func, select

from liaison_app.core.database import open_database
from liaison_app.core.faq import admin as faq_admin
from liaison_app.core.faq import categories as faq_categories
from liaison_app.core.faq.tiers import use_tiers
from liaison_app.core.faq.usage import Period, hits_per_entry
from liaison_app.core.models import FaqEntry, FaqHit, FaqStatus


def timed(fn, runs: int = 5) -> tuple[float, object]:
    times, result = [], None
    for _ in range(runs):
        started = time.perf_counter()
        result = fn()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times), result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", default="sqlite:////tmp/faq-bench-large.db",
                        help="a copy of the large demo database (not a shared one)")
    args = parser.parse_args()
    db = open_database(args.db)
    with db.session() as s:
        entries = s.scalar(select(func.count()).select_from(FaqEntry))
        hits = s.scalar(select(func.count()).select_from(FaqHit))
    print(f"{entries:,} FAQ entries, {hits:,} hit events")
    for days in (30, 365):
        with db.session() as s:
            ms, counts = timed(lambda days=days: hits_per_entry(s, Period.last_days(days)))
        print(f"hits per entry, last {days} days: {ms:.0f} ms median ({len(counts):,} entries used)")
        with db.session() as s:
            ms, report = timed(lambda days=days: use_tiers(s, Period.last_days(days)))
        print(f"use tiers, last {days} days: {ms:.0f} ms median; tiers {report.counts()}")
    with db.session() as s:
        ms, tree = timed(lambda: faq_categories.category_tree(s))
    print(f"category tree with counts: {ms:.1f} ms median ({len(tree)} roots)")
    with db.session() as s:
        keep, drop = s.scalars(select(FaqEntry.id).where(FaqEntry.status == FaqStatus.PUBLISHED)
                               .order_by(FaqEntry.hit_count.desc()).limit(2)).all()
    started = time.perf_counter()
    with db.sessions.begin() as s:
        result = faq_admin.merge_entries(s, keep, drop, "bench")
    print(f"merge of two most used entries ({result.hits_moved:,} hits moved): "
          f"{(time.perf_counter() - started) * 1000:.0f} ms")


if __name__ == "__main__":
    main()
