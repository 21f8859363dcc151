"""The department desk: the window a department contact gets on a team database.

Thin over `core.team.department_desk`: the queue of their departments' open queries
(the server gives only those rows), the question masked with its thread, and the three
things a contact does on a query: answer (with files), ask the manager back, hand it to a
colleague. Every read and write goes through the gateway; writes are the person's own
(`write_own`), which the server's policies bound.
"""

from __future__ import annotations

import mimetypes
from html import escape
from pathlib import Path

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from liaison_app.core.errors import DomainError
from liaison_app.core.team import department_desk as desk
from liaison_app.ui.desks.department_flags import FlagsTab
from liaison_app.ui.desks.department_review import ReviewsTab
from liaison_app.ui.desks.department_upkeep import UpkeepTab
from liaison_app.ui.errors import domain_error_text
from liaison_app.ui.gateway import Latest, gateway_for
from liaison_app.ui.labels.times import local_datetime_text
from liaison_app.ui.live import LiveUpdates
from liaison_app.ui.models.desk_queue import ID_ROLE, DeskQueueModel, due_state_label
from liaison_app.ui.widgets.row_table import row_table


def _para(value: str) -> str:
    return escape(value or "").replace("\n", "<br>")


def read_attachments(paths: list[str]) -> list[desk.NewAttachment]:
    """The chosen files, read on the writer thread (never on the GUI thread)."""
    out = []
    for name in paths:
        path = Path(name)
        if path.stat().st_size > desk.MAX_ATTACHMENT_BYTES:
            raise DomainError(f"{path.name} is larger than 20 MB",
                              code="desk_attachment_too_large", file=path.name)
        kind = mimetypes.guess_type(path.name)[0] or "application/octet-stream"
        out.append(desk.NewAttachment(path.name, path.read_bytes(), kind))
    return out


class QueueTab(QWidget):
    """The department's queue on the left; the chosen query, its thread and the actions
    on the right."""

    changed = Signal()

    def __init__(self, gateway, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.gateway = gateway
        access = gateway.access
        self.login = access.person.login if access.person else ""
        self.departments = access.person.departments if access.person else None
        self.query_id: int | None = None
        self.attachments: list[str] = []
        # login -> name of the contact and colleagues: the thread names people, not logins
        self._names: dict[str, str] = (
            {access.person.login: access.person.name} if access.person else {})
        self._queue_load = Latest()
        self._detail_load = Latest()

        self.badges = QLabel()
        self.badges.setObjectName("deskBadges")
        self.model = DeskQueueModel(self)
        self.view = row_table(self.model, stretch=(DeskQueueModel.COL_QUESTION,))
        self.view.selectionModel().currentRowChanged.connect(self._row_chosen)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.badges)
        left_layout.addWidget(self.view)

        self.detail = QTextBrowser()
        self.detail.setOpenLinks(False)
        self.editor = QPlainTextEdit()
        self.editor.setPlaceholderText(self.tr("Your answer, or what you need to know from the "
                                               "information manager"))
        self.attach_button = QPushButton(self.tr("Attach files…"))
        self.attach_label = QLabel()
        self.answer_button = QPushButton(self.tr("Send the answer"))
        self.clarify_button = QPushButton(self.tr("Ask the manager for details"))
        self.colleague = QComboBox()
        self.colleague.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.handover_button = QPushButton(self.tr("Hand over"))
        self.status = QLabel()
        self.status.setObjectName("deskStatus")
        self.status.setWordWrap(True)
        self.attach_button.clicked.connect(self.choose_attachments)
        self.answer_button.clicked.connect(self.send_answer)
        self.clarify_button.clicked.connect(self.ask_clarification)
        self.handover_button.clicked.connect(self.hand_over)

        files = QHBoxLayout()
        files.addWidget(self.attach_button)
        files.addWidget(self.attach_label, 1)
        actions = QHBoxLayout()
        actions.addWidget(self.answer_button)
        actions.addWidget(self.clarify_button)
        actions.addStretch(1)
        actions.addWidget(QLabel(self.tr("Colleague:")))
        actions.addWidget(self.colleague)
        actions.addWidget(self.handover_button)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.detail, 3)
        right_layout.addWidget(self.editor, 1)
        right_layout.addLayout(files)
        right_layout.addLayout(actions)
        right_layout.addWidget(self.status)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setSizes([640, 640])
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)
        self._enable(False)

    # --- loading --------------------------------------------------------------------
    def reload(self) -> None:
        departments = self.departments
        self.gateway.read(lambda s: desk.my_queue(s, departments),
                          self._queue_load.wrap(self._show_queue), owner=self)
        self.gateway.read(desk.colleagues, self._show_colleagues, owner=self)

    def _show_queue(self, rows: list[desk.DeskQuery]) -> None:
        keep = self.query_id
        self.model.set_rows(rows)
        new, overdue = desk.badge_counts(rows)
        self.badges.setText(self.tr("%1 open · %2 new · %3 overdue")
                            .replace("%1", str(len(rows))).replace("%2", str(new))
                            .replace("%3", str(overdue)))
        row = self.model.row_of_query(keep) if keep is not None else -1
        if row >= 0:
            self.view.selectionModel().setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows)
            self._load_detail(keep)
        else:
            self.query_id = None
            self.detail.clear()
            self._enable(False)
        self.changed.emit()

    def _show_colleagues(self, people: list[desk.Colleague]) -> None:
        current = self.colleague.currentData()
        self.colleague.clear()
        seen = set()
        for person in people:
            self._names[person.login] = person.name
            if person.login != self.login and person.login not in seen:
                seen.add(person.login)
                self.colleague.addItem(f"{person.name} ({person.login})", person.login)
        if current is not None and self.colleague.findData(current) >= 0:
            self.colleague.setCurrentIndex(self.colleague.findData(current))

    def select_query(self, query_id: int) -> bool:
        row = self.model.row_of_query(query_id)
        if row < 0:
            return False
        self.view.selectRow(row)
        return True

    def _row_chosen(self, current, _previous) -> None:
        if not current.isValid():
            return
        chosen = self.model.data(self.model.index(current.row(), 0), ID_ROLE)
        if chosen != self.query_id:  # a reload re-selecting the same query keeps the message
            self.status.clear()
        self.query_id = chosen
        self._load_detail(chosen)

    def _load_detail(self, query_id: int) -> None:
        def load(s):
            return desk.question_details(s, query_id), desk.thread(s, query_id)

        self.gateway.read(load, self._detail_load.wrap(self._show_detail), owner=self)

    def _show_detail(self, loaded) -> None:
        details, items = loaded
        self.detail.setHtml(self.render(details, items))
        self._enable(True)

    def render(self, details: dict, items: list[desk.ThreadItem]) -> str:
        # translated outside the f-strings, so lupdate finds them
        urgent, context_title = escape(self.tr("Urgent")), escape(self.tr("Customer context"))
        due_title, thread_title = escape(self.tr("Due")), escape(self.tr("Thread so far"))
        files_title = escape(self.tr("Files:"))
        due = local_datetime_text(details["due_at"]) if details["due_at"] else "—"
        state = due_state_label(desk.DueState.PAUSED) if details["paused"] else ""
        parts = [f"<h2>{escape(details['ref'])}"
                 + (f" <span style='color:#e65100'>{urgent}</span>" if details["urgent"] else "")
                 + "</h2>",
                 f"<p style='background:#f4f6f8;padding:6px'>{_para(details['text'])}</p>"]
        if details["context"]:
            parts.append(f"<h3>{context_title}</h3><p>{_para(details['context'])}</p>")
        parts.append(f"<p><b>{due_title}:</b> {escape(due)} {escape(state)}</p>")
        parts.append(f"<h3>{thread_title}</h3>")
        for item in items:
            title = self._item_title(item)
            files = (f"<br><i>{files_title} {escape(', '.join(item.attachments))}</i>"
                     if item.attachments else "")
            when = local_datetime_text(item.at) if item.at else ""
            parts.append(f"<p><b>{escape(title)}</b> <span style='color:#666'>{escape(when)} "
                         f"{escape(self._names.get(item.who, item.who))}</span><br>"
                         f"{_para(item.text)}{files}</p>")
        return "".join(parts)

    def _item_title(self, item: desk.ThreadItem) -> str:
        titles = {
            desk.ANSWER: self.tr("Answer from the desk"),
            desk.CLARIFY: self.tr("Clarification requested"),
            desk.HANDOVER: self.tr("Handed over"),
            desk.CLARIFIED: self.tr("The manager's clarification"),
        }
        if item.purpose in titles:
            return titles[item.purpose]
        if item.kind == "call":
            return self.tr("Call")
        return self.tr("Mail from the call center") if item.direction == "out" \
            else self.tr("Reply mail")

    def _enable(self, on: bool) -> None:
        for widget in (self.editor, self.attach_button, self.answer_button,
                       self.clarify_button, self.handover_button, self.colleague):
            widget.setEnabled(on)

    # --- actions --------------------------------------------------------------------
    def choose_files(self) -> list[str]:
        """The file dialog (tests replace it)."""
        names, _ = QFileDialog.getOpenFileNames(self, self.tr("Attach files"))
        return names

    def choose_attachments(self) -> None:
        self.attachments = self.choose_files()
        self.attach_label.setText(", ".join(Path(n).name for n in self.attachments))

    def _failed(self, exc: Exception) -> None:
        if isinstance(exc, DomainError):
            self.status.setText(domain_error_text(exc))
        else:
            self.status.setText(self.tr("The server refused the change: %1")
                                .replace("%1", str(getattr(exc, "orig", exc)).splitlines()[0]))

    def _done(self, message: str) -> None:
        def done(_result) -> None:
            self.editor.clear()
            self.attachments = []
            self.attach_label.clear()
            self.status.setText(message)
            self.reload()

        return done

    def send_answer(self) -> None:
        if self.query_id is None:
            return
        query_id, body, login, paths = self.query_id, self.editor.toPlainText(), self.login, \
            list(self.attachments)
        self.gateway.write_own(
            lambda s: desk.answer(s, query_id, body, login, read_attachments(paths)),
            self._done(self.tr("Answer sent: the information manager will check it and "
                               "feed it back to the agent.")), self._failed, owner=self)

    def ask_clarification(self) -> None:
        if self.query_id is None:
            return
        query_id, body, login = self.query_id, self.editor.toPlainText(), self.login
        self.gateway.write_own(
            lambda s: desk.ask_clarification(s, query_id, body, login),
            self._done(self.tr("Asked the manager; the due time is paused until they answer.")),
            self._failed, owner=self)

    def hand_over(self) -> None:
        if self.query_id is None or self.colleague.currentData() is None:
            return
        query_id, to, body, login = (self.query_id, self.colleague.currentData(),
                                     self.editor.toPlainText(), self.login)
        self.gateway.write_own(lambda s: desk.hand_over(s, query_id, to, login, body),
                               self._done(self.tr("Handed over to %1.").replace("%1", to)),
                               self._failed, owner=self)


class DepartmentWindow(QMainWindow):
    """The department contact's own window (the AppController opens it for that desk)."""

    language_requested = Signal(str)

    def __init__(self, database, settings, controller=None) -> None:
        super().__init__()
        self.database = database
        self._settings = settings
        self.gateway = gateway_for(database)
        who = self.gateway.access.who
        self.setWindowTitle(self.tr("Liaison — department desk") + (f" — {who}" if who else ""))
        self.tabs = QTabWidget()
        self.queue = QueueTab(self.gateway, self)
        self.tabs.addTab(self.queue, self.tr("My department's queries"))
        self.reviews = ReviewsTab(self.gateway, self)
        self.tabs.addTab(self.reviews, self.tr("FAQ reviews"))
        self.flags = FlagsTab(self.gateway, self)
        self.tabs.addTab(self.flags, self.tr("Flags on our entries"))
        self.flags.changed.connect(self.reviews.reload)  # a proposed fix waits for review
        self.upkeep = UpkeepTab(self.gateway, self)
        self.tabs.addTab(self.upkeep, self.tr("Upkeep and scorecard"))
        self.setCentralWidget(self.tabs)
        self.who_label = QLabel(who)
        self.statusBar().addPermanentWidget(self.who_label)
        self.live = LiveUpdates(self.gateway, self, listen=False)
        self.live.changed.connect(lambda _changes: self.reload())
        self.resize(1280, 800)

    def reload(self) -> None:
        self.queue.reload()
        self.reviews.reload()
        self.flags.reload()
        self.upkeep.reload()

    def start(self) -> None:
        self.reload()
        self.live.start()

    def current_area(self) -> str:
        return str(max(0, self.tabs.currentIndex()))

    def go_to(self, area: str) -> None:
        if area.isdigit() and int(area) < self.tabs.count():
            self.tabs.setCurrentIndex(int(area))

    def save_layout(self) -> None:
        """The department desk keeps no layout of its own yet."""

    def closeEvent(self, event: QCloseEvent) -> None:
        self.live.stop()
        super().closeEvent(event)
