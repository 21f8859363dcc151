"""Every report on the large demo database (200,000 questions, 50,000 FAQ entries).

Times `build_report` (all SQL plus the percentiles in Python) for each report and period
kind, as the Reports page's worker does; the target is 1 s each. Medians over rounds.

    python bench/bench_reports.py [--db URL] [--rounds 5]
"""

from __future__ import annotations

import argparse
import statistics
import time

from large_db import large_db_url

from liaison_app.core.database import open_database
from liaison_app.core.reports import NAMES, build_report
from liaison_app.core.reports.period import custom_period, period_of, today

TARGET_S = 1.0


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", default=None)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    db = open_database(large_db_url(args.db))
    day = today()
    periods = {
        "month": period_of("month", day),
        "quarter": period_of("quarter", day),
        "half-year": custom_period(day.replace(day=1).replace(month=max(1, day.month - 5)), day),
    }
    print(f"{'report':<14}{'period':<11}{'median s':>9}{'max s':>8}  target <= {TARGET_S:.0f} s")
    worst = 0.0
    for name in NAMES:
        for label, period in periods.items():
            options = [{}] + ([{"working_hours": True}] if name == "scorecard" else [])
            for extra in options:
                times = []
                for _ in range(args.rounds):
                    started = time.perf_counter()
                    with db.session() as session:
                        build_report(session, name, period, **extra)
                    times.append(time.perf_counter() - started)
                median = statistics.median(times)
                worst = max(worst, median)
                tag = name + ("+wh" if extra else "")
                flag = "" if median <= TARGET_S else "  SLOW"
                print(f"{tag:<14}{label:<11}{median:9.3f}{max(times):8.3f}{flag}", flush=True)
    print(f"slowest median: {worst:.3f} s")
    db.close()


if __name__ == "__main__":
    main()
