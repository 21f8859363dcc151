"""The department desk's reads and the mail cycle's review scan on the large demo
database, each beside the manager's comparable read measured in the same run:

- a department's queue (`my_queue` for the department with the most open queries) beside
  the manager's Queries page read (`open_queries`, every department);
- the desk's upkeep digest of that department beside the manager's use tiers of the
  whole base (`use_tiers`, last 90 days);
- the review scan every mail cycle now runs (`queue_due_mail`): once when it queues what
  is due after the upgrade (written), then the steady state with nothing new to send,
  beside the cycle's own stored-mail scan (`pending_ids`).

Run on a copy: the database is migrated and the review requests are queued in it.
Medians of 5 runs.

    .venv/bin/python bench/bench_department_desk.py [--db URL]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import func, select

from liaison_app.core.correspondence import inbound
from liaison_app.core.correspondence.listing import open_queries
from liaison_app.core.correspondence.queries import MailIdentity
from liaison_app.core.database import open_database
from liaison_app.core.faq import review_mail
from liaison_app.core.faq.tiers import use_tiers
from liaison_app.core.faq.usage import Period
from liaison_app.core.models import Query, QueryStatus
from liaison_app.core.team import department_desk, department_upkeep


def timed(fn, runs: int = 5) -> tuple[float, object]:
    times, result = [], None
    for _ in range(runs):
        started = time.perf_counter()
        result = fn()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times), result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", default="sqlite:////tmp/dept-bench-large.db",
                        help="a copy of the large demo database (it is migrated)")
    args = parser.parse_args()
    db = open_database(args.db)
    with db.session() as s:
        dept, n_open = s.execute(
            select(Query.department_id, func.count()).where(Query.status == QueryStatus.OPEN)
            .group_by(Query.department_id).order_by(func.count().desc()).limit(1)).one()
    print(f"department {dept}: {n_open:,} open queries")
    with db.session() as s:
        floor, rows = timed(lambda: open_queries(s))
        ms, queue = timed(lambda: department_desk.my_queue(s, (dept,)))
    print(f"manager's Queries page read: {floor:.0f} ms ({len(rows):,} rows); "
          f"department queue: {ms:.0f} ms ({len(queue):,} rows), {ms / floor:.2f}×")
    with db.session() as s:
        floor, _tiers = timed(lambda: use_tiers(s, Period.last_days(90)), runs=3)
        ms, today = timed(lambda: department_upkeep.digest(s, (dept,)), runs=3)
    print(f"use tiers of the whole base: {floor:.0f} ms; department digest: {ms:.0f} ms "
          f"({len(today.expiring)} expiring, {len(today.very_low_use)} very low use, "
          f"{len(today.flags)} flags), {ms / floor:.2f}×")
    identity = MailIdentity("bench@bank.example", "bench")
    with db.session() as s:
        floor, _ids = timed(lambda: inbound.pending_ids(s))
    started = time.perf_counter()
    with db.sessions.begin() as s:  # the first cycle after the upgrade queues what is due
        queued = review_mail.queue_due_mail(s, identity, "bench")
    first = (time.perf_counter() - started) * 1000
    with db.session() as s:
        ms, again = timed(lambda: review_mail.queue_due_mail(s, identity, "bench"))
        s.rollback()
    print(f"mail cycle's stored-mail scan: {floor:.1f} ms; review scan, first cycle: "
          f"{first:.0f} ms ({queued} requests queued); every later cycle: {ms:.0f} ms "
          f"({again} queued), {ms / max(floor, 0.1):.0f}× the stored-mail scan")


if __name__ == "__main__":
    main()
