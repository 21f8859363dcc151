"""The Inbox's first rows shown before the app has loaded (`ui/first_rows.py`): the same
rows and texts the Inbox then shows, the facts it repeats equal to their originals, and,
through the real launcher, shown first and gone once the main window is up."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

from liaison_app.core.models import OPEN_STATUSES, question_ref
from liaison_app.ui import first_rows
from liaison_app.ui.labels.common import status_label
from liaison_app.ui.models.inbox import InboxModel


def test_repeated_facts_equal_their_originals():
    assert first_rows.OPEN_STATUSES == tuple(str(s) for s in OPEN_STATUSES)
    for qid in (1, 123, 999_999, 1_234_567):
        assert first_rows.question_ref(qid) == question_ref(qid)
    for status in OPEN_STATUSES:
        assert first_rows._status_label(status) == status_label(status)


@pytest.mark.parametrize("backend", ["sqlite"], indirect=True)
def test_first_rows_are_what_the_inbox_shows(open_window, demo_db, qtbot):
    path = first_rows.sqlite_path(demo_db.url, None)
    rows = first_rows.read_first_rows(path)
    assert rows and len(rows) == first_rows.ROWS
    window = open_window(demo_db)
    model: InboxModel = window.inbox.model
    early = first_rows.FirstRowsWindow(rows)
    qtbot.addWidget(early)
    shown = early.centralWidget().model()
    for r in range(len(rows)):
        assert model.id_at(r) == rows[r][0]
        for c in range(model.columnCount()):
            assert shown.index(r, c).data() == (model.display(model.row_at(r), c) or ""), (r, c)


def test_not_for_other_databases_or_unreadable_files(tmp_path):
    assert first_rows.sqlite_path("postgresql+psycopg://u@h/db", tmp_path / "x.db") is None
    assert first_rows.sqlite_path("sqlite:///:memory:", tmp_path / "x.db") is None
    assert first_rows.read_first_rows(tmp_path / "missing.db") is None
    (tmp_path / "junk.db").write_bytes(b"not a database at all" * 100)
    assert first_rows.read_first_rows(tmp_path / "junk.db") is None


CHILD = r"""
import json, sys
from PySide6.QtCore import QEvent, QObject, QTimer, QThread
from PySide6.QtWidgets import QApplication
from liaison_app.ui import tasks
from liaison_app.ui.launch import make_application, run_app

app = make_application([])
order = []

class Watch(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Show and obj.isWidgetType() and obj.isWindow():
            order.append(obj.objectName())
        return False

watch = Watch()
app.installEventFilter(watch)
seen = {}

def look_and_quit():
    from liaison_app.ui.main_window import MainWindow
    windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
    if not windows or QThread.currentThread().loopLevel() == 0 or windows[0].inbox.model.loading:
        QTimer.singleShot(100, look_and_quit)
        return
    seen["order"] = [name for name in order if name in ("firstRowsWindow", "mainWindow")]
    seen["early_visible"] = [w.objectName() for w in QApplication.topLevelWidgets()
                             if w.objectName() == "firstRowsWindow" and w.isVisible()]
    seen["first_id"] = windows[0].inbox.model.id_at(0)
    for w in windows:
        w.close()
    tasks.wait_for_tasks()
    QApplication.quit()

QTimer.singleShot(300, look_and_quit)
seen["code"] = run_app(sys.argv[1], sys.argv[2])
print(json.dumps(seen))
"""


@pytest.mark.parametrize("backend", ["sqlite"], indirect=True)
def test_launch_shows_the_first_rows_then_the_main_window(demo_db, tmp_path):
    rows = first_rows.read_first_rows(first_rows.sqlite_path(demo_db.url, None))
    url = demo_db.url
    demo_db.close()
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", CHILD, url, str(tmp_path / "settings.toml")],
                          capture_output=True, text=True, timeout=120, env=env, check=False)
    assert done.returncode == 0, done.stderr
    seen = json.loads(done.stdout.strip().splitlines()[-1])
    assert seen["code"] == 0
    assert seen["order"][:2] == ["firstRowsWindow", "mainWindow"]
    assert seen["early_visible"] == []
    assert seen["first_id"] == rows[0][0]


def test_nothing_before_the_first_rows_loads_sqlalchemy():
    """The early rows are worth having only while SQLAlchemy and the models are still to
    load: what the launcher runs before them (settings, translations, the first-run and
    start-up URL checks, the early window) must not import them. A calendar import in
    app_setup once cost 0.37 s here unnoticed."""
    import subprocess
    import sys

    probe = (
        "import sys\n"
        "from liaison_app.core.config import load_settings\n"
        "from liaison_app.ui.i18n import install_translators, resolve_language\n"
        "from liaison_app.core.app_setup import is_first_run, startup_url\n"
        "from liaison_app.ui.first_rows import show_first_rows\n"
        "print(sorted({m.split('.')[0] for m in sys.modules if m.startswith('sqlalchemy')}))\n"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                            check=True)
    assert result.stdout.strip().splitlines()[-1] == "[]"
