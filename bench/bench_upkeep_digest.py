"""The upkeep digest's check in the mail cycle (issue 17 item 6, on by default) on the
large demo database, beside what it replaces and what the cycle does anyway:

- one digest of the whole base split by department (what `queue_digests` now makes)
  beside one digest per department (what it made before, one at a time);
- the first check of the day, which queues the digests (written, then rolled back),
  and a cycle within the half hour after a check (nothing is read but the settings);
- beside the cycle's own stored-mail scan (`pending_ids`).

Run on a copy of the large demo database (it is migrated). Medians of 3 runs.

    env -u PYTHONDONTWRITEBYTECODE .venv/bin/python bench/bench_upkeep_digest.py [--db URL]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from datetime import timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from sqlalchemy import select

from liaison_app.core.correspondence import inbound
from liaison_app.core.correspondence.queries import MailIdentity
from liaison_app.core.database import open_database
from liaison_app.core.faq import review_mail
from liaison_app.core.models import Department
from liaison_app.core.team import department_upkeep
from liaison_app.core.timeutil import utcnow


def timed(fn, runs: int = 3) -> tuple[float, object]:
    times, result = [], None
    for _ in range(runs):
        started = time.perf_counter()
        result = fn()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times), result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", default="sqlite:////tmp/digest-bench-large.db",
                        help="a copy of the large demo database (it is migrated)")
    args = parser.parse_args()
    db = open_database(args.db)
    now = utcnow()
    with db.session() as s:
        depts = tuple(s.scalars(select(Department.id).where(Department.active.is_(True))))
        floor, _ids = timed(lambda: inbound.pending_ids(s))
        each, _ = timed(lambda: [department_upkeep.digest(s, (d,), now) for d in depts])
        whole, today = timed(lambda: department_upkeep.digest(s, depts, now))
    print(f"{len(depts)} departments; stored-mail scan {floor:.1f} ms")
    print(f"one digest per department: {each:.0f} ms; one whole-base digest: {whole:.0f} ms "
          f"({len(today.expiring)} expiring, {len(today.very_low_use)} very low use, "
          f"{len(today.flags)} flags), {whole / each:.2f}× of before")
    identity = MailIdentity("bench@bank.example", "bench")
    times, throttled, queued = [], [], 0
    for _ in range(3):
        with db.sessions() as s:
            started = time.perf_counter()
            queued = review_mail.queue_digests(s, identity, "bench", now)
            times.append((time.perf_counter() - started) * 1000)
            started = time.perf_counter()
            review_mail.queue_digests(s, identity, "bench", now + timedelta(minutes=5))
            throttled.append((time.perf_counter() - started) * 1000)
            s.rollback()
    first, later = statistics.median(times), statistics.median(throttled)
    print(f"first check of the day (queues {queued} digests): {first:.0f} ms; "
          f"a cycle within the half hour: {later:.1f} ms ({later / floor:.1f}× the mail scan)")


if __name__ == "__main__":
    main()
