"""The agent desk: the FAQ at the agent's fingertips during a call.

A compact window (it can stay on top; Ctrl+L or F3 focuses the search box from anywhere in
the app): results appear as the agent types, in either script, with the matching words in
bold; Enter opens the answer and its key points, Ctrl+Shift+C copies it. Every use is
counted as the agent by the server (core/agent_desk). Hard questions are forwarded from
here, *My questions* follows them, and the bulletins come first when there are new ones.

The window only schedules the desk's calls (`core.agent_desk.desk.AgentDesk`) through the
gateway and shows their results: searches on the pool (only the newest result is shown),
everything that writes or refreshes in order on the serial executor.
"""

from __future__ import annotations

from datetime import UTC, datetime
from html import escape

from PySide6.QtCore import QByteArray, QItemSelectionModel, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QMainWindow,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from liaison_app.core.agent_desk.desk import (
    POLL_SECONDS,
    AgentDesk,
    DeskUpdate,
    Notice,
    SearchResult,
)
from liaison_app.core.agent_desk.offline import EntryView
from liaison_app.core.config import Settings
from liaison_app.core.models import FlagKind
from liaison_app.ui.dialogs.agent_forward import AgentForwardDialog
from liaison_app.ui.errors import domain_error_text
from liaison_app.ui.gateway import Latest, gateway_for
from liaison_app.ui.labels.faq import flag_kind_label
from liaison_app.ui.labels.times import local_datetime_text
from liaison_app.ui.models.agent_desk import BoardModel, IdRole, MyQuestionsModel, ResultsModel
from liaison_app.ui.widgets.highlight_delegate import HighlightDelegate

AREAS = ("search", "questions", "bulletins")
TYPE_DELAY_MS = 120  # results follow typing, one search per pause, not per key
SETTLE_MS = 2500  # a query left alone this long is a search the customer asked
PRODUCTS = ["信用卡", "借記卡", "網上銀行", "手機銀行", "個人貸款", "存款", "外匯", "理財"]


class AgentDeskWindow(QMainWindow):
    language_requested = Signal(str)
    notified = Signal(object)  # Notice: shown to the agent (tests listen too)
    refreshed = Signal(object)  # DeskUpdate
    searched = Signal(object)  # SearchResult shown

    def __init__(self, database, settings: Settings, parent=None,
                 controller: QObject | None = None, *, desk: AgentDesk | None = None) -> None:
        super().__init__(parent)
        self.gateway = gateway_for(database)
        self._settings = settings
        self._controller = controller
        person = self.gateway.access.person
        self.desk = desk or AgentDesk(database, person.login if person else "",
                                      (person.agent_code if person else "") or "")
        self._latest = Latest()
        self._result: SearchResult | None = None
        self._entry: EntryView | None = None
        self._first_refresh = True
        self._refreshing = False
        self.setWindowTitle(self.tr("Liaison agent desk"))
        self._build()
        self._restore_layout()

    # --- layout ---------------------------------------------------------------------
    def _build(self) -> None:
        self.search_box = QLineEdit()
        self.search_box.setPlaceholderText(self.tr("Search the FAQ (Ctrl+L)"))
        self.search_box.setClearButtonEnabled(True)
        self.search_box.textChanged.connect(self._typed)
        self.search_box.returnPressed.connect(self.open_selected)
        self.results_model = ResultsModel(self)
        self.results = QListView()
        self.results.setModel(self.results_model)
        self.results.setItemDelegate(HighlightDelegate(self.search_box.text, self.results))
        self.results.activated.connect(lambda _index: self.open_selected())
        self.answer = QTextBrowser()
        self.answer.setPlaceholderText(self.tr("Enter opens the selected answer."))
        self.copy_button = QPushButton(self.tr("Copy answer"))
        self.copy_button.clicked.connect(self.copy_answer)
        self.answered_button = QPushButton(self.tr("This answered it"))
        self.answered_button.clicked.connect(lambda: self.verdict("answered"))
        self.not_helped_button = QPushButton(self.tr("Didn't help"))
        self.not_helped_button.clicked.connect(lambda: self.verdict("not_helped"))
        self.forward_button = QPushButton(self.tr("Forward…"))
        self.forward_button.clicked.connect(self.forward)
        for button in (self.copy_button, self.answered_button, self.not_helped_button):
            button.setEnabled(False)
        buttons = QHBoxLayout()
        for button in (self.copy_button, self.answered_button, self.not_helped_button,
                       self.forward_button):
            buttons.addWidget(button)
        answer_box = QWidget()
        answer_layout = QVBoxLayout(answer_box)
        answer_layout.setContentsMargins(0, 0, 0, 0)
        answer_layout.addWidget(self.answer)
        answer_layout.addLayout(buttons)
        self.search_split = QSplitter(Qt.Orientation.Vertical)
        self.search_split.addWidget(self.results)
        self.search_split.addWidget(answer_box)
        search_page = QWidget()
        search_layout = QVBoxLayout(search_page)
        search_layout.addWidget(self.search_split)

        self.questions_model = MyQuestionsModel(self)
        self.questions = QTableView()
        self.questions.setModel(self.questions_model)
        self.questions.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.questions.horizontalHeader().setSectionResizeMode(
            MyQuestionsModel.COL_QUESTION, QHeaderView.ResizeMode.Stretch)
        self.questions.verticalHeader().hide()
        self.question_detail = QTextBrowser()
        self.questions.selectionModel().currentRowChanged.connect(self._show_question)
        questions_page = QSplitter(Qt.Orientation.Vertical)
        questions_page.addWidget(self.questions)
        questions_page.addWidget(self.question_detail)

        self.board_model = BoardModel(self)
        self.board = QListView()
        self.board.setModel(self.board_model)
        self.board.selectionModel().currentRowChanged.connect(self._show_bulletin)
        self.bulletin_text = QTextBrowser()
        self.read_button = QPushButton(self.tr("I have read it"))
        self.read_button.setEnabled(False)
        self.read_button.clicked.connect(self.acknowledge)
        board_page = QWidget()
        board_layout = QVBoxLayout(board_page)
        board_layout.addWidget(self.board, 1)
        board_layout.addWidget(self.bulletin_text, 2)
        board_layout.addWidget(self.read_button)

        self.tabs = QTabWidget()
        self.tabs.addTab(search_page, self.tr("Search"))
        self.tabs.addTab(questions_page, self.tr("My questions"))
        self.tabs.addTab(board_page, self.tr("Bulletins"))
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet("background:#fff3c4;color:#000;padding:4px")
        self.banner.hide()
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.search_box)
        layout.addWidget(self.banner)
        layout.addWidget(self.tabs)
        self.setCentralWidget(central)
        self.connection = QLabel()
        self.statusBar().addPermanentWidget(self.connection)

        tools = self.addToolBar(self.tr("Desk"))
        tools.setObjectName("agent_desk_tools")
        self.on_top = QAction(self.tr("Stay on top"), self)
        self.on_top.setCheckable(True)
        self.on_top.toggled.connect(self.set_stay_on_top)
        tools.addAction(self.on_top)
        refresh = QAction(self.tr("Refresh"), self)
        refresh.triggered.connect(self.refresh_now)
        tools.addAction(refresh)
        for keys in ("Ctrl+L", "F3"):
            shortcut = QShortcut(QKeySequence(keys), self)
            shortcut.setContext(Qt.ShortcutContext.ApplicationShortcut)
            shortcut.activated.connect(self.focus_search)
        QShortcut(QKeySequence("Ctrl+Shift+C"), self).activated.connect(self.copy_answer)
        QShortcut(QKeySequence("Ctrl+Shift+F"), self).activated.connect(self.forward)
        self.search_box.installEventFilter(self)

        self._type_timer = QTimer(self, singleShot=True, interval=TYPE_DELAY_MS)
        self._type_timer.timeout.connect(self.run_search)
        self._settle_timer = QTimer(self, singleShot=True, interval=SETTLE_MS)
        self._settle_timer.timeout.connect(self.settle_search)
        self._poll = QTimer(self, interval=int(POLL_SECONDS * 1000))
        self._poll.timeout.connect(self.refresh_now)
        self.resize(520, 640)

    def eventFilter(self, watched, event) -> bool:
        """Down in the search box moves into the results."""
        if watched is self.search_box and event.type() == event.Type.KeyPress \
                and event.key() == Qt.Key.Key_Down and self.results_model.rowCount():
            self.results.setFocus()
            return True
        return super().eventFilter(watched, event)

    # --- what the controller asks of a window --------------------------------------------
    def start(self) -> None:
        self.refresh_now()
        self._poll.start()
        self.focus_search()

    def current_area(self) -> str:
        return AREAS[self.tabs.currentIndex()]

    def go_to(self, area: str) -> None:
        if area in AREAS:
            self.tabs.setCurrentIndex(AREAS.index(area))

    def save_layout(self) -> None:
        state = self._settings.data.setdefault("agent_desk", {})
        state["geometry"] = bytes(self.saveGeometry().toBase64()).decode()
        state["stay_on_top"] = self.on_top.isChecked()
        try:
            self._settings.save()
        except OSError:
            pass  # the layout is a convenience: never stop a close for it

    def _restore_layout(self) -> None:
        state = self._settings.data.get("agent_desk", {})
        if state.get("geometry"):
            self.restoreGeometry(QByteArray.fromBase64(state["geometry"].encode()))
        if state.get("stay_on_top"):
            self.on_top.setChecked(True)

    def closeEvent(self, event: QCloseEvent) -> None:
        self._poll.stop()
        self._type_timer.stop()
        self._settle_timer.stop()
        self.save_layout()
        self.gateway.wait(5000)
        self.desk.close()
        super().closeEvent(event)

    def set_stay_on_top(self, on: bool) -> None:
        self.setWindowFlag(Qt.WindowType.WindowStaysOnTopHint, on)
        if self.isVisible() or on:
            self.show()

    def focus_search(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.activateWindow()
        self.search_box.setFocus()
        self.search_box.selectAll()

    # --- search -----------------------------------------------------------------------
    def _typed(self, _text: str) -> None:
        self._type_timer.start()
        self._settle_timer.start()
        self.tabs.setCurrentIndex(0)

    def run_search(self) -> None:
        query = self.search_box.text().strip()
        if not query:
            self._latest.cancel()
            self.results_model.set_hits([])
            self._result = None
            return
        desk = self.desk
        self.gateway.run(lambda _db: desk.search(query), self._latest.wrap(self._show_results),
                         self._latest.also(self._failed), owner=self, serial=False)

    def _show_results(self, result: SearchResult) -> None:
        self._result = result
        self.results_model.set_hits(result.hits)
        if result.hits:
            self.results.selectionModel().setCurrentIndex(
                self.results_model.index(0), QItemSelectionModel.SelectionFlag.ClearAndSelect)
        if result.no_copy:
            self.statusBar().showMessage(self.tr("Offline, and no copy of the FAQ on this "
                                                 "computer yet."), 10_000)
        elif not result.hits:
            self.statusBar().showMessage(self.tr("Nothing found. Forward the question?"), 5_000)
        self._show_connection(not result.offline)
        self.searched.emit(result)

    def settle_search(self) -> None:
        """The text stayed as it is: record it as one search (with what it found)."""
        result = self._result
        if result is None or result.query != self.search_box.text().strip():
            return
        desk = self.desk
        self.gateway.run(lambda _db: desk.record_search(result.query, result.hits), None,
                         self._failed, owner=self)

    def selected_id(self) -> int | None:
        index = self.results.currentIndex()
        return index.data(IdRole) if index.isValid() else None

    def open_selected(self) -> None:
        """Show the answer and its key points; the server counts one use."""
        entry_id = self.selected_id()
        if entry_id is None:
            return
        self._settle_timer.stop()
        result, desk = self._result, self.desk
        query, hits = (result.query, result.hits) if result else ("", [])

        def job(_db):
            view = desk.entry(entry_id)
            if view is not None:
                desk.use(entry_id, "open", query, hits)
            return view

        self.gateway.run(job, self._show_entry, self._failed, owner=self)

    def _show_entry(self, view: EntryView | None) -> None:
        self._entry = view
        for button in (self.copy_button, self.answered_button, self.not_helped_button):
            button.setEnabled(view is not None)
        if view is None:
            self.answer.setPlainText(self.tr("This entry is no longer published."))
            return
        points = "".join(f"<li>{_escape(p)}</li>" for p in view.key_points)
        html = f"<h3>{_escape(view.question)}</h3><p>{_escape(view.answer)}</p>"
        if points:
            label = self.tr("Key points")
            html += f"<p><b>{label}</b></p><ul>{points}</ul>"
        self.answer.setHtml(html)

    def answer_text(self) -> str:
        view = self._entry
        if view is None:
            return ""
        text = view.answer
        if view.key_points:
            text += "\n" + "\n".join(f"- {p}" for p in view.key_points)
        return text

    def copy_answer(self) -> None:
        view = self._entry
        if view is None:
            return
        QGuiApplication.clipboard().setText(self.answer_text())
        result, desk = self._result, self.desk
        query, hits = (result.query, result.hits) if result else ("", [])
        self.gateway.run(lambda _db: desk.use(view.id, "agent_copy", query, hits), None,
                         self._failed, owner=self)
        self.statusBar().showMessage(self.tr("Answer copied."), 3_000)

    def verdict(self, outcome: str) -> None:
        view, result, desk = self._entry, self._result, self.desk
        if view is None or result is None:
            return
        self.gateway.run(lambda _db: desk.verdict(result.query, outcome, view.id, result.hits),
                         None, self._failed, owner=self)
        if outcome == "answered":
            self.statusBar().showMessage(self.tr("Thank you: counted as answered."), 3_000)
            return
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Didn't help"),
                          self.tr("Flag the entry for its owners, or forward the question?"),
                          QMessageBox.StandardButton.Close, self)
        flag = box.addButton(self.tr("Flag the entry…"), QMessageBox.ButtonRole.ActionRole)
        forward = box.addButton(self.tr("Forward the question…"), QMessageBox.ButtonRole.ActionRole)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        flag.clicked.connect(lambda: self.flag_entry(view.id))
        forward.clicked.connect(self.forward)
        self.not_helped_box = box
        box.show()

    def flag_entry(self, entry_id: int) -> AgentFlagDialog:
        dialog = AgentFlagDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        desk = self.desk
        dialog.submitted.connect(lambda kind, text: self.gateway.run(
            lambda _db: desk.flag(entry_id, kind, text),
            lambda _id: self.statusBar().showMessage(self.tr("Flag sent."), 3_000),
            self._failed, owner=self))
        self.flag_dialog = dialog
        dialog.open()
        return dialog

    # --- forward ----------------------------------------------------------------------
    def forward(self) -> AgentForwardDialog:
        dialog = AgentForwardDialog(self.search_box.text().strip(), PRODUCTS, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.submitted.connect(self._send_forward)
        self.forward_dialog = dialog
        dialog.open()
        return dialog

    def _send_forward(self, fields: dict) -> None:
        desk = self.desk
        self.gateway.run(lambda _db: desk.forward(**fields), self._forwarded, self._failed,
                         owner=self)

    def _forwarded(self, outcome: tuple[str, bool]) -> None:
        _key, sent = outcome
        self.statusBar().showMessage(
            self.tr("Question forwarded.") if sent else
            self.tr("Saved: it will be sent when the server is back."), 8_000)
        self.refresh_now()

    # --- my questions and bulletins ---------------------------------------------------
    def _show_question(self, current, _previous=None) -> None:
        q = self.questions_model.question_at(current.row()) if current.isValid() else None
        if q is None:
            self.question_detail.clear()
            return
        html = f"<p><b>{q.ref}</b> {_escape(q.text)}</p>"
        if q.outcome == "answered":
            label = self.tr("Answer")
            html += f"<p><b>{label}</b></p><p>{_escape(q.answer or '')}</p>"
        elif q.outcome == "rejected":
            label = self.tr("Rejected")
            html += f"<p><b>{label}</b></p><p>{_escape(q.reject_reason or '')}</p>"
        self.question_detail.setHtml(html)

    def _show_bulletin(self, current, _previous=None) -> None:
        items = self.board_model.items
        item = items[current.row()] if current.isValid() and current.row() < len(items) else None
        self.read_button.setEnabled(item is not None and not item.read)
        if item is None:
            self.bulletin_text.clear()
            return
        self.bulletin_text.setHtml(f"<h3>{_escape(item.title)}</h3>"
                                   f"<p>{local_datetime_text(item.valid_from)}</p>"
                                   f"<p>{_escape(item.body)}</p>")

    def acknowledge(self) -> None:
        index = self.board.currentIndex()
        if not index.isValid():
            return
        bulletin_id, desk = index.data(IdRole), self.desk
        self.read_button.setEnabled(False)
        self.gateway.run(lambda _db: desk.acknowledge(bulletin_id), lambda _key: self.refresh_now(),
                         self._failed, owner=self)

    # --- keeping up -------------------------------------------------------------------
    def refresh_now(self) -> None:
        if self._refreshing:
            return
        self._refreshing = True
        desk = self.desk
        # The board and the agent's questions come first; the local copy of the FAQ (read
        # only when the server is away, and seconds to build) follows on its own.
        self.gateway.run(lambda _db: desk.refresh(refresh_copy=False), self._refreshed,
                         self._refresh_failed, owner=self)

    def _refresh_failed(self, exc: Exception) -> None:
        self._refreshing = False
        self._failed(exc)

    def _refreshed(self, update: DeskUpdate) -> None:
        self._refreshing = False
        self._show_connection(update.online, update)
        if update.questions is not None or update.queued != self.questions_model.queued:
            rows = self.questions_model.rows if update.questions is None else update.questions
            self.questions_model.set_rows(rows, update.queued)
        if update.board is not None:
            current = self.board.currentIndex().data(IdRole)
            self.board_model.set_items(update.board)
            unread = self.board_model.unread
            self.tabs.setTabText(2, self.tr("Bulletins (%n new)", "", unread) if unread
                                 else self.tr("Bulletins"))
            rows = [i.id for i in self.board_model.items]
            row = rows.index(current) if current in rows else 0
            if rows:
                self.board.setCurrentIndex(self.board_model.index(row))
            if self._first_refresh and unread:
                self.go_to("bulletins")  # new bulletins first on opening
        for failed in update.failed:
            self.statusBar().showMessage(self.tr("Not accepted by the server: %1")
                                         .replace("%1", failed.error or ""), 10_000)
        for notice in update.notices:
            self.notify(notice)
        self._first_refresh = False
        if update.online:
            desk = self.desk
            self.gateway.run(lambda _db: desk.update_copy(), None, self._failed, owner=self,
                             serial=False)
        self.refreshed.emit(update)

    def notify(self, notice: Notice) -> None:
        if notice.kind == "answered":
            text = self.tr("%1 was answered: %2")
        elif notice.kind == "rejected":
            text = self.tr("%1 was rejected: %2")
        elif notice.kind == "bulletin":
            text = self.tr("New bulletin: %1 %2")
        else:
            text = self.tr("Please read the bulletin: %1 %2")
        self.banner.setText(text.replace("%1", notice.title).replace("%2", notice.text[:200]))
        self.banner.show()
        if notice.kind in ("bulletin", "reminder") and not self.search_box.text():
            self.go_to("bulletins")
        QApplication.alert(self)
        self.notified.emit(notice)

    def _show_connection(self, online: bool, update: DeskUpdate | None = None) -> None:
        if online:
            text = self.tr("Online")
        else:
            synced = update.synced_at if update else self.desk.copy.synced_at
            text = self.tr("Offline: searching the copy of %1").replace(
                "%1", _format_epoch(synced)) if synced else self.tr("Offline")
        pending = update.pending if update else 0
        if pending:
            text += " · " + self.tr("%n waiting to be sent", "", pending)
        self.connection.setText(text)

    def _failed(self, exc: Exception) -> None:
        self.statusBar().showMessage(domain_error_text(exc), 10_000)


class AgentFlagDialog(QDialog):
    """What is the matter with the entry (wrong, unclear, out of date, or missing
    something the caller needed) and a comment: the owner department fixes it."""

    submitted = Signal(str, str)  # kind, comment

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Flag the entry"))
        self.kind = QComboBox()
        for kind in FlagKind:
            self.kind.addItem(flag_kind_label(kind), kind.value)
        self.comment = QPlainTextEdit()
        self.comment.setPlaceholderText(self.tr("What is wrong, unclear, out of date or missing?"))
        form = QFormLayout()
        form.addRow(self.tr("The entry is"), self.kind)
        form.addRow(self.tr("Comment"), self.comment)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def accept(self) -> None:
        self.submitted.emit(self.kind.currentData(), self.comment.toPlainText().strip())
        super().accept()


def _escape(text: str) -> str:
    return escape(text).replace("\n", "<br>")


def _format_epoch(seconds: float | None) -> str:
    return local_datetime_text(datetime.fromtimestamp(seconds, UTC)) if seconds else ""
