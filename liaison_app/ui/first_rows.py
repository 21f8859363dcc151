"""The Inbox's first rows on screen before the rest of the app has loaded.

Most of the start-up is importing SQLAlchemy, its ORM and every model (about 0.6–1 s on
a 2-core machine, five times a bare Qt window). A manager opening the app wants to see
the newest open questions first; those are one read of an SQLite file with the
standard library's `sqlite3`, which is already loaded. So, for a local SQLite database,
the launcher shows this window at once: the Inbox's default view (open questions,
newest forwarded first, one screenful), read-only, in the window's saved place and size.
The real main window takes its place as soon as it is built, with the same rows.

Nothing here imports SQLAlchemy or the models: the few facts it needs (the open states,
the reference format, the state names) are repeated here and a test holds them equal to
the originals. Any problem (no file, an old schema, a locked or damaged file) just means
no early rows: the normal start follows, with its own error handling.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from PySide6 import QtCore
from PySide6.QtCore import QByteArray, QCoreApplication, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMainWindow, QTableView

# core.models.OPEN_STATUSES, in the Inbox's default view (test_first_rows holds them equal).
OPEN_STATUSES = ("new", "answered_from_faq", "awaiting_department", "answer_received")
ROWS = 60  # more than a maximised window shows

_SQL = f"""
SELECT q.id, q.status, q.text, q.urgent, d.name, q.product, q.created_at, q.due_at,
       (SELECT min(a.name) FROM agents a JOIN question_agents qa ON qa.agent_id = a.id
         WHERE qa.question_id = q.id),
       (SELECT count(*) FROM question_agents qa WHERE qa.question_id = q.id)
FROM (SELECT id FROM questions WHERE status IN ({", ".join("?" * len(OPEN_STATUSES))})
      ORDER BY created_at DESC, id DESC LIMIT ?) page
JOIN questions q ON q.id = page.id
LEFT JOIN departments d ON d.id = q.department_id
ORDER BY q.created_at DESC, q.id DESC
"""

translate = QCoreApplication.translate


def sqlite_path(url: str | None, default: Path) -> Path | None:
    """The file of an SQLite URL (None for any other database, or an in-memory one)."""
    if url is None:
        return default
    if not url.startswith("sqlite:///") or "?" in url:
        return None
    path = url[len("sqlite:///"):]
    return Path(path) if path and path != ":memory:" else None


def read_first_rows(path: Path, limit: int = ROWS) -> list[tuple] | None:
    """The Inbox's first rows from the file, read-only; None when they cannot be read."""
    if not path.is_file():
        return None
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, timeout=0.2)
    except sqlite3.Error:
        return None
    try:
        return conn.execute(_SQL, (*OPEN_STATUSES, limit)).fetchall()
    except sqlite3.Error:
        return None  # an older schema, a lock, a damaged file: the normal start decides
    finally:
        conn.close()


def question_ref(question_id: int) -> str:
    """core.models.question_ref, repeated (see the module's docstring)."""
    return f"LQ-{question_id:06d}"


def _status_label(status: str) -> str:
    """ui.labels.common.status_label for the open states, repeated."""
    return {
        "new": translate("Labels", "New"),
        "answered_from_faq": translate("Labels", "Answered from FAQ"),
        "awaiting_department": translate("Labels", "Awaiting department"),
        "answer_received": translate("Labels", "Answer received"),
    }.get(status, status)


def _local(value) -> str:
    """labels.common.local_when_text for a stored SQLite text value, as the Inbox shows it."""
    if not value:
        return ""
    from liaison_app.ui.labels.times import local_when_text

    try:
        moment = datetime.fromisoformat(str(value))
    except ValueError:
        return ""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return local_when_text(moment)


def cells(row: tuple) -> list[str]:
    """One row's texts, column by column as the Inbox shows them."""
    qid, status, text, urgent, department, product, created, due, first_agent, agents = row
    first = text.strip().splitlines()[0] if text and text.strip() else ""
    if urgent:
        first = translate("InboxModel", "[Urgent] ") + first
    agent = first_agent or ""
    if first_agent and agents > 1:
        agent = translate("InboxModel", "%1 +%2").replace("%1", first_agent).replace(
            "%2", str(agents - 1))
    return [question_ref(qid), _status_label(status), first, agent, department or "",
            product or "", _local(created), _local(due)]


class FirstRowsWindow(QMainWindow):
    """A read-only view of the Inbox's first rows, replaced by the main window.

    It stays live while the rest loads (`launch.load_behind`): it repaints, moves and
    scrolls; closing it means quitting (`closed_by_user`)."""

    closed_by_user = Signal()

    def __init__(self, rows: list[tuple], geometry: str | None = None) -> None:
        super().__init__()
        self._finishing = False
        self.user_closed = False
        self.setObjectName("firstRowsWindow")
        self.setWindowTitle("Liaison")
        model = QStandardItemModel(len(rows), 8, self)
        model.setHorizontalHeaderLabels([
            translate("InboxModel", "Ref"), translate("InboxModel", "Status"),
            translate("InboxModel", "Question"), translate("InboxModel", "Agents"),
            translate("InboxModel", "Department"), translate("InboxModel", "Product"),
            translate("InboxModel", "Forwarded"), translate("InboxModel", "Due")])
        for r, row in enumerate(rows):
            for c, value in enumerate(cells(row)):
                item = QStandardItem(value)
                item.setEditable(False)
                model.setItem(r, c, item)
        table = QTableView()
        table.setObjectName("inboxTable")  # what the start-up bench watches, as in the Inbox
        table.setModel(model)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # Drawn as the Inbox's table is (pages/inbox.py), so that the rows do not jump
        # when the main window takes over: one line per row, the same row height and
        # column widths, the sort indicator on Forwarded.
        table.setAlternatingRowColors(True)
        table.setWordWrap(False)
        table.verticalHeader().setVisible(False)
        table.verticalHeader().setDefaultSectionSize(26)
        header = table.horizontalHeader()
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        metrics = table.fontMetrics()
        for column, sample in ((0, "LQ-000000"), (1, "Awaiting dept."), (3, "A0000 +0"),
                               (4, "電子銀行部"), (5, "借記卡"), (6, "00-00 00:00"),
                               (7, "00-00 00:00")):
            table.setColumnWidth(column, metrics.horizontalAdvance(sample) + 14)
        # No use of PySide6's Qt namespace before the first paint (not even an enum a
        # Qt method returns): its first use builds all its enums, 0.1-0.2 s, which the
        # main window's modules pay on the loader thread anyway. The sort indicator and
        # the busy cursor come in `busy()`, once the rows are on screen.
        self.setCentralWidget(table)
        self.statusBar().showMessage(translate("Launch", "Opening the database…"))
        if geometry:
            self.restoreGeometry(QByteArray.fromBase64(geometry.encode()))
        else:
            self.resize(1280, 800)

    def busy(self) -> None:
        """The busy cursor over the rows and the Inbox's sort indicator (newest first,
        as read), set once the rows are on screen."""
        table = self.centralWidget()
        table.horizontalHeader().setSortIndicatorShown(True)
        table.horizontalHeader().setSortIndicator(6, QtCore.Qt.SortOrder.DescendingOrder)
        table.setCursor(QtCore.Qt.CursorShape.BusyCursor)

    def finish(self, _window) -> None:
        """The main window is up (in the same saved place): go."""
        self._finishing = True
        self.close()
        self.deleteLater()

    def closeEvent(self, event) -> None:
        if not self._finishing:
            self.user_closed = True
            self.closed_by_user.emit()
        super().closeEvent(event)


def show_first_rows(url: str | None, settings, default_db: Path) -> FirstRowsWindow | None:
    """The early window for a local SQLite database with open questions, shown and
    painted; None otherwise (the splash is shown instead)."""
    path = sqlite_path(url, default_db)
    if path is None:
        return None
    rows = read_first_rows(path)
    if not rows:
        return None
    window = FirstRowsWindow(rows, settings.data.get("window", {}).get("geometry"))
    window.show()
    return window
