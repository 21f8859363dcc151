"""Screenshots of the screens issue 14 (item 12 and the rest) changed, in Traditional and
Simplified Chinese, for docs/screenshots/ and the user guide.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots_issue14.py [OUT_DIR]

Builds the demo data in a temporary SQLite file, opens the real window at 1280×800 and
grabs each screen as a manager reaches it.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from types import SimpleNamespace

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTime  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from liaison_app.core.config import load_settings  # noqa: E402
from liaison_app.core.database import open_database  # noqa: E402
from liaison_app.core.reports import Table  # noqa: E402
from liaison_app.core.reports.base import ChartSpec  # noqa: E402
from liaison_app.ui import tasks  # noqa: E402
from liaison_app.ui.dialogs.about import AboutDialog  # noqa: E402
from liaison_app.ui.dialogs.answer_preview import AnswerPreviewDialog  # noqa: E402
from liaison_app.ui.dialogs.question_picker import QuestionPicker  # noqa: E402
from liaison_app.ui.dialogs.settings import SettingsDialog  # noqa: E402
from liaison_app.ui.i18n import install_translators  # noqa: E402
from liaison_app.ui.main_window import MainWindow  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]


def settle(app: QApplication, until=lambda: True, seconds: float = 10) -> None:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        tasks.wait_for_tasks()
        app.processEvents()
        if until():
            return
        time.sleep(0.02)


def main() -> int:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(["liaison-screenshots"])
    tmp = Path(tempfile.mkdtemp(prefix="liaison-shots-"))
    demo_url = f"sqlite:///{tmp / 'demo.db'}"
    subprocess.run([str(Path(sys.executable).with_name("liaison")), "--db", demo_url, "demo"],
                   check=True, capture_output=True)
    demo = open_database(demo_url)
    empty = open_database(f"sqlite:///{tmp / 'empty.db'}")
    settings = load_settings(tmp / "settings.toml")
    for language in ("zh_TW", "zh_CN"):
        install_translators(language)

        def save(widget, name: str) -> None:
            path = out / f"{name}-{language}.png"
            if not widget.grab().save(str(path)):
                raise RuntimeError(f"cannot write {path}")
            print("saved", path)

        window = MainWindow(demo, settings)
        window.resize(1280, 800)
        window.show()
        window.start()
        inbox = window.inbox
        settle(app, lambda: not inbox.model.loading and inbox.model.rowCount() > 0)
        # A new question with FAQ suggestions: the Inbox at 1280×800, then Answer from FAQ.
        for row in range(inbox.model.rowCount()):
            inbox.select_question(inbox.model.id_at(row))
            settle(app, lambda: inbox.triage._info is not None, 3)
            info = inbox.triage._info
            if info is not None and info.triageable and info.suggestions:
                break
        settle(app, seconds=0.5)
        save(window, "inbox-1280-question-column")
        refs = [f"LQ-{info.question_id:06d}"]
        preview = AnswerPreviewDialog(window.gateway, info.suggestions[0].id, refs, window)
        preview.show()
        settle(app, lambda: preview.loaded)
        save(preview, "answer-from-faq-preview")
        preview.close()
        # The question picker of the unmatched tray.
        picker = QuestionPicker(window.gateway, lambda _q: None, window.tr("Attach to question"),
                                "", window)
        picker.show()
        settle(app, lambda: picker.loaded)
        picker.search.setText("掛失")
        settle(app, lambda: picker.loaded and picker.model.rowCount() > 0, 3)
        save(picker, "attach-question-picker")
        picker.close()
        # The category tree with its Uncategorised node.
        page = window.show_upkeep("categories").categories
        page.refresh()
        settle(app, lambda: page.tree_model.rowCount() > 1)
        page.tree.setCurrentIndex(page.tree_model.index(page.tree_model.rowCount() - 1, 0))
        settle(app, seconds=0.5)
        save(window, "faq-categories-uncategorised")
        # Settings: every bad field marked beside itself; holiday examples as examples.
        dialog = SettingsDialog(window.gateway, SimpleNamespace(settings=settings), window)
        dialog.show()
        settle(app, lambda: dialog.loaded)
        dialog.tabs.setCurrentIndex(1)
        dialog.holidays.setPlainText("")
        save(dialog, "settings-holiday-examples")
        dialog.holidays.setPlainText("2026-10-01..2026-10-07\n2026-13-01")
        dialog.closes.setTime(QTime(8, 0))
        dialog.zone.setText("Asia/Taipeh")
        dialog.apply(close=False)
        settle(app, seconds=0.3)
        save(dialog, "settings-field-errors")
        dialog.close()
        about = AboutDialog(demo, window)
        about.show()
        settle(app, seconds=0.3)
        save(about, "about")
        about.close()
        # The category pie with its Other slice.
        from liaison_app.ui.widgets.report_charts import build_chart
        from PySide6.QtCharts import QChartView

        rows = [["銀行卡 › 掛失", 40], ["信用卡 › 年費", 20], ["電子銀行 › U盾", 10], ["存款", 8],
                ["貸款", 6], ["結算", 5], ["外匯", 4], ["理財", 3], ["保險", 2], ["基金", 2]]
        chart = build_chart(Table("by_category", "", ["category", "questions"], ["", ""], rows,
                                  ChartSpec("pie", "category", ["questions"], limit=8)))
        view = QChartView(chart)
        view.resize(640, 380)
        view.show()
        settle(app, seconds=0.3)
        save(view, "reports-category-pie-other")
        view.close()
        window.close()
        # Start empty: the Inbox says how to begin.
        window = MainWindow(empty, settings)
        window.resize(1280, 800)
        window.show()
        window.start()
        settle(app, lambda: window.inbox.empty_guide.isVisible())
        save(window, "inbox-empty-guide")
        window.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
