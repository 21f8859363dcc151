"""Inbox opening, sorting and filtering on a large database (200,000 questions).

Times, in one process, what the Inbox model does on open and on each header click or
filter change: count in SQL and load the first page. Medians over several rounds.

    python bench/bench_inbox.py [--db URL] [--rounds 5]
"""

from __future__ import annotations

import argparse
import os
import statistics
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from large_db import large_db_url
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from liaison_app.core.database import open_database
from liaison_app.core.models import OPEN_STATUSES
from liaison_app.core.questions.listing import QuestionFilter
from liaison_app.ui.models import inbox as im


def timed(fn) -> float:
    t = time.perf_counter()
    fn()
    return (time.perf_counter() - t) * 1000


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", default=None)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    app = QApplication([])  # noqa: F841 - models need an application object
    db = open_database(large_db_url(args.db))
    model = im.InboxModel(db.session)

    def open_with(filt: QuestionFilter, column: int, order: Qt.SortOrder):
        def run():
            model.filter = filt
            model.sort_column, model.sort_order = column, order
            model.reload()
            model.row_at(0)
        return run

    cases = {
        "open (default view), newest first": open_with(QuestionFilter(statuses=tuple(OPEN_STATUSES)), im.COL_FORWARDED, Qt.SortOrder.DescendingOrder),
        "all, newest first": open_with(QuestionFilter(), im.COL_FORWARDED, Qt.SortOrder.DescendingOrder),
        "all, by due time": open_with(QuestionFilter(), im.COL_DUE, Qt.SortOrder.AscendingOrder),
        "all, by department": open_with(QuestionFilter(), im.COL_DEPARTMENT, Qt.SortOrder.AscendingOrder),
        "all, by question text": open_with(QuestionFilter(), im.COL_TEXT, Qt.SortOrder.AscendingOrder),
        "overdue only": open_with(QuestionFilter(overdue=True), im.COL_FORWARDED, Qt.SortOrder.DescendingOrder),
        "text filter 信用卡": open_with(QuestionFilter(text="信用卡"), im.COL_FORWARDED, Qt.SortOrder.DescendingOrder),
        "one status (closed)": open_with(QuestionFilter(statuses=("closed",)), im.COL_FORWARDED, Qt.SortOrder.DescendingOrder),
    }
    print(f"database: {db.display_url}")
    for name, run in cases.items():
        run()  # warm
        times = [timed(run) for _ in range(args.rounds)]
        print(f"{name:<36} rows {model.rowCount():>7}  median {statistics.median(times):7.1f} ms  max {max(times):7.1f} ms")
    deep = [timed(lambda: model.row_at(model.rowCount() // 2)) for _ in range(1)]
    print(f"{'jump to the middle (one page)':<36} {'':>12}  {deep[0]:7.1f} ms")


if __name__ == "__main__":
    main()
