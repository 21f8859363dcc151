"""The Inbox's longest GUI-thread stall while a user filters, sorts and scrolls it.

The real main window (AppController) is opened on the large database and shown. A
heartbeat timer fires every 2 ms on the GUI thread; the longest gap between two beats,
minus the interval, is the longest the window could not react. Each step is driven as a
user would (keys typed into the filter box, header clicks, a jump with the scroll bar) and
lasts until its rows are painted; the step's stall and how long the user waited for the
rows are printed beside the floor: the same heartbeat over an idle window in the same run.

    python bench/bench_inbox_stall.py [--db URL] [--rounds 2]

Target (DESIGN.md section 6): no stall above 50 ms.
"""

from __future__ import annotations

import argparse
import os
import statistics
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from large_db import large_db_url
from PySide6.QtCore import QElapsedTimer, Qt, QTimer
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from liaison_app.core.config import load_settings
from liaison_app.core.database import open_database
from liaison_app.ui.app import AppController
from liaison_app.ui.models import inbox as im

TARGET_MS = 50.0
BEAT_MS = 2


class Heartbeat:
    """The longest gap between beats of a 2 ms timer on the GUI thread."""

    def __init__(self) -> None:
        self.clock = QElapsedTimer()
        self.timer = QTimer()
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(BEAT_MS)
        self.timer.timeout.connect(self._beat)
        self.last = 0
        self.longest = 0.0

    def _beat(self) -> None:
        now = self.clock.nsecsElapsed()
        self.longest = max(self.longest, (now - self.last) / 1e6 - BEAT_MS)
        self.last = now

    def start(self) -> None:
        self.clock.start()
        self.last = self.clock.nsecsElapsed()
        self.longest = 0.0
        self.timer.start()

    def stop(self) -> float:
        self.timer.stop()
        return max(self.longest, 0.0)


def settle(app: QApplication, until, timeout_s: float = 30.0) -> float:
    """Run the event loop until `until()` holds and the view has painted; seconds waited."""
    started = time.perf_counter()
    while not until():
        app.processEvents()
        if time.perf_counter() - started > timeout_s:
            raise SystemExit("timed out waiting for the Inbox")
        time.sleep(0.001)
    for _ in range(3):
        app.processEvents()
    return time.perf_counter() - started


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", default=None)
    parser.add_argument("--rounds", type=int, default=2)
    args = parser.parse_args()
    app = QApplication([])
    url = large_db_url(args.db)
    db = open_database(url)
    settings = load_settings(Path(tempfile.mkdtemp()) / "settings.toml")
    controller = AppController(db, settings)
    controller.show()
    window = controller.window
    window.resize(1280, 800)
    page = window.inbox
    model, table = page.model, page.table
    settle(app, lambda: not model.loading and model.rowCount() > 0 and model.row_at(0) is not None)
    beat = Heartbeat()

    def rows_shown(row: int = 0):
        return lambda: not model.loading and (model.rowCount() == 0 or model.row_at(row) is not None)

    def step_idle():
        t = time.perf_counter()
        while time.perf_counter() - t < 1.0:
            app.processEvents()
            time.sleep(0.001)
        return lambda: True

    def typed(text: str):
        def run():
            page.text_filter.setFocus()
            page.text_filter.clear()
            for char in text:  # one key (or one IME commit) at a time
                page.text_filter.insert(char)
                QTest.qWait(60)
            QTest.qWait(300)  # the filter box's debounce (250 ms), as a typist would see
            return rows_shown()
        return run

    def cleared():
        page.text_filter.clear()
        QTest.qWait(300)
        return rows_shown()

    def status(index: int):
        def run():
            page.status_filter.setCurrentIndex(index)
            return rows_shown()
        return run

    def sort(column: int, order: Qt.SortOrder):
        def run():
            table.sortByColumn(column, order)
            return rows_shown()
        return run

    def scroll_to(fraction: float):
        def run():
            bar = table.verticalScrollBar()
            bar.setValue(int(bar.maximum() * fraction))
            row = table.rowAt(10) if table.rowAt(10) >= 0 else int(model.rowCount() * fraction)
            return rows_shown(max(row, 0))
        return run

    steps = [
        ("idle window (floor)", step_idle),
        ("type filter 信用卡", typed("信用卡")),
        ("type filter 挂失 (simplified)", typed("挂失")),
        ("type filter LQ-000123", typed("LQ-000123")),
        ("clear the filter", cleared),
        ("status: all questions", status(page.status_filter.findData(""))),
        ("sort by due time", sort(im.COL_DUE, Qt.SortOrder.AscendingOrder)),
        ("sort by department", sort(im.COL_DEPARTMENT, Qt.SortOrder.AscendingOrder)),
        ("sort by question text", sort(im.COL_TEXT, Qt.SortOrder.AscendingOrder)),
        ("sort by forwarded, newest", sort(im.COL_FORWARDED, Qt.SortOrder.DescendingOrder)),
        ("scroll to the middle", scroll_to(0.5)),
        ("scroll to the end", scroll_to(1.0)),
        ("scroll to the top", scroll_to(0.0)),
    ]
    results: dict[str, list[tuple[float, float]]] = {name: [] for name, _ in steps}
    for _ in range(args.rounds):
        for name, step in steps:
            beat.start()
            started = time.perf_counter()
            done = step()
            settle(app, done)
            waited = time.perf_counter() - started
            results[name].append((beat.stop(), waited))
    print(f"database: {db.display_url}, rows: {model.rowCount()}, rounds: {args.rounds}, "
          f"heartbeat {BEAT_MS} ms, platform {os.environ.get('QT_QPA_PLATFORM')}")
    worst = 0.0
    for name, values in results.items():
        stall = max(v[0] for v in values)
        if name != "idle window (floor)":
            worst = max(worst, stall)
        print(f"{name:<32} longest stall {stall:7.1f} ms   rows shown after "
              f"median {statistics.median(v[1] for v in values) * 1000:7.0f} ms")
    verdict = "meets" if worst <= TARGET_MS else "MISSES"
    print(f"longest stall of any step: {worst:.1f} ms  (target <= {TARGET_MS:.0f} ms: {verdict})")
    controller.window.close()
    db.close()


if __name__ == "__main__":
    main()
