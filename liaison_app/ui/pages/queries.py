"""The Queries page: open queries by department (chase, escalate, log a call) and the
Unmatched mail tray (attach, confirm, make a question, reprocess), with the mail cycle's
progress on top."""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import QSortFilterProxyModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QTableView,
    QTabWidget,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from liaison_app.core.correspondence import inbound
from liaison_app.core.correspondence import queries as core_queries
from liaison_app.core.correspondence.listing import open_queries, unmatched_mail
from liaison_app.core.models import Message, question_ref
from liaison_app.ui.actions.mail_worker import MailWorker
from liaison_app.ui.dialogs.question_picker import QuestionPicker
from liaison_app.ui.errors import domain_error_text
from liaison_app.ui.gateway import DatabaseGateway, Latest
from liaison_app.ui.models.queries import ID_ROLE, SORT_ROLE, QueriesModel, TrayModel


def _table(model) -> tuple[QTableView, QSortFilterProxyModel]:
    proxy = QSortFilterProxyModel()
    proxy.setSourceModel(model)
    proxy.setSortRole(SORT_ROLE)
    view = QTableView()
    view.setModel(proxy)
    view.setSortingEnabled(True)
    # Department A→Z; within one, the SQL order (soonest due first) is kept.
    view.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    view.horizontalHeader().setStretchLastSection(True)
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    return view, proxy


class QueriesPage(QWidget):
    changed = Signal()

    def __init__(self, gateway: DatabaseGateway, settings, worker: MailWorker, parent=None) -> None:
        super().__init__(parent)
        self._gateway = gateway
        self._latest_mail = Latest()
        self._settings = settings
        self.worker = worker

        self.sync_button = QPushButton(self.tr("Send and fetch now"))
        self.sync_button.setObjectName("syncButton")
        self.sync_button.clicked.connect(self.sync_now)
        self.busy = QProgressBar()
        self.busy.setRange(0, 0)
        self.busy.setMaximumWidth(120)
        self.busy.hide()
        self.status = QLabel()
        self.status.setObjectName("mailStatus")
        self.status.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(self.sync_button)
        top.addWidget(self.busy)
        top.addWidget(self.status, 1)

        self.model = QueriesModel(self)
        self.view, self.proxy = _table(self.model)
        self.view.setObjectName("queriesTable")
        self.chase_button = QPushButton(self.tr("Chase"))
        self.escalate_button = QPushButton(self.tr("Escalate to head"))
        self.call_button = QPushButton(self.tr("Log a call…"))
        self.chase_button.clicked.connect(self.chase_selected)
        self.escalate_button.clicked.connect(self.escalate_selected)
        self.call_button.clicked.connect(self.log_call_selected)
        q_buttons = QHBoxLayout()
        for b in (self.chase_button, self.escalate_button, self.call_button):
            q_buttons.addWidget(b)
        q_buttons.addStretch(1)
        queries_tab = QWidget()
        q_layout = QVBoxLayout(queries_tab)
        q_layout.addWidget(self.view)
        q_layout.addLayout(q_buttons)

        self.tray = TrayModel(self)
        self.tray_view, self.tray_proxy = _table(self.tray)
        self.tray_view.setObjectName("trayTable")
        self.preview = QTextBrowser()
        self.preview.setOpenExternalLinks(False)
        self.preview.setOpenLinks(False)
        self.tray_view.selectionModel().currentRowChanged.connect(self._show_mail)
        self.attach_button = QPushButton(self.tr("Attach to question…"))
        self.confirm_button = QPushButton(self.tr("Confirm suggested question"))
        self.new_button = QPushButton(self.tr("Make a new question…"))
        self.reprocess_button = QPushButton(self.tr("Reprocess"))
        self.dismiss_button = QPushButton(self.tr("Dismiss"))
        self.dismiss_button.setToolTip(self.tr("Not a reply to any question: out of the tray "
                                               "(kept, and Undo puts it back)"))
        self.spam_button = QPushButton(self.tr("Mark as spam"))
        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.setVisible(False)
        self._undo_mail: list[int] = []
        self.dismiss_button.clicked.connect(lambda: self.dismiss_selected("dismissed"))
        self.spam_button.clicked.connect(lambda: self.dismiss_selected("spam"))
        self.undo_button.clicked.connect(self.undo_dismiss)
        self.attach_button.clicked.connect(self.attach_selected)
        self.confirm_button.clicked.connect(self.confirm_selected)
        self.new_button.clicked.connect(self.new_question_selected)
        self.reprocess_button.clicked.connect(self.reprocess_selected)
        t_buttons = QHBoxLayout()
        for b in (self.attach_button, self.confirm_button, self.new_button,
                  self.reprocess_button, self.dismiss_button, self.spam_button, self.undo_button):
            t_buttons.addWidget(b)
        t_buttons.addStretch(1)
        split = QSplitter(Qt.Orientation.Vertical)
        split.addWidget(self.tray_view)
        split.addWidget(self.preview)
        tray_tab = QWidget()
        t_layout = QVBoxLayout(tray_tab)
        t_layout.addWidget(split)
        t_layout.addLayout(t_buttons)

        # Buttons act on a selected row: disabled while nothing is selected (Escalate used
        # to do nothing, silently).
        for b in (self.chase_button, self.escalate_button, self.call_button, self.attach_button,
                  self.confirm_button, self.new_button, self.reprocess_button,
                  self.dismiss_button, self.spam_button):
            b.setEnabled(False)
        self.view.selectionModel().currentRowChanged.connect(self._query_buttons)
        self.tray_view.selectionModel().currentRowChanged.connect(self._tray_buttons)
        self.model.modelReset.connect(self._query_buttons)
        self.tray.modelReset.connect(self._tray_buttons)
        # Replaceable in tests: confirm a mail before it is queued, then call back.
        self.confirm: Callable[[str, str, Callable[[], None]], None] = self._confirm_dialog

        self.tabs = QTabWidget()
        self.tabs.addTab(queries_tab, self.tr("Open queries"))
        self.tabs.addTab(tray_tab, self.tr("Unmatched mail"))
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tabs, 1)

        worker.started.connect(self._cycle_started)
        worker.progress.connect(self._cycle_progress)
        worker.finished.connect(self._cycle_done)
        worker.failed.connect(self._cycle_failed)
        if not worker.configured():
            self.status.setText(self.tr("Mail is not configured yet: open File → Mail settings."))

    # --- data -------------------------------------------------------------------------
    def refresh(self) -> None:
        self._gateway.read(lambda s: (open_queries(s), unmatched_mail(s)), self._show, owner=self)

    def _show(self, rows) -> None:
        queries, tray = rows
        self.model.set_rows(queries)
        self.tray.set_rows(tray)
        self.view.resizeColumnsToContents()
        self.view.setColumnWidth(QueriesModel.COL_TEXT, 320)
        self.tray_view.resizeColumnsToContents()
        self.tabs.setTabText(1, self.tr("Unmatched mail (%1)").replace("%1", str(len(tray))))

    def selected_query(self) -> int | None:
        index = self.view.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def selected_mail(self) -> int | None:
        index = self.tray_view.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def select_query_row(self, row: int) -> None:
        self.view.selectRow(row)

    # --- mail cycle -------------------------------------------------------------------
    def sync_now(self) -> None:
        if not self.worker.run_now() and not self.worker.configured():
            self.status.setText(self.tr("Mail is not configured yet: open File → Mail settings."))

    def _cycle_started(self) -> None:
        self.busy.show()
        self.sync_button.setEnabled(False)
        self.status.setText(self.tr("Sending and fetching mail…"))

    def _cycle_progress(self, step: str) -> None:
        self.status.setText(self.tr("Working: %1").replace("%1", step))

    def _cycle_done(self, report) -> None:
        self.busy.hide()
        self.sync_button.setEnabled(True)
        text = (self.tr("Sent %1, failed %2, fetched %3, matched %4, unmatched %5, "
                        "quarantined %6, new questions %7.")
                .replace("%1", str(report.sent)).replace("%2", str(report.failed))
                .replace("%3", str(report.fetched)).replace("%4", str(report.matched))
                .replace("%5", str(report.unmatched + report.pending))
                .replace("%6", str(report.quarantined)).replace("%7", str(report.new_questions)))
        if report.errors:
            # A server that could not be used is said in the user's language; the rest
            # (a refused recipient, a folder) in the server's own words.
            problems = [domain_error_text(exc) for exc in report.server_errors]
            problems += [e for e in report.errors
                         if not any(str(exc) in e for exc in report.server_errors)]
            text += " " + self.tr("Problems: %1").replace("%1", "; ".join(problems))
        self.status.setText(text)
        self.refresh()
        self.changed.emit()

    def _cycle_failed(self, message: str) -> None:
        self.busy.hide()
        self.sync_button.setEnabled(True)
        self.status.setText(self.tr("The mail cycle failed: %1").replace("%1", message))

    # --- actions ----------------------------------------------------------------------
    def _act(self, fn, done_text: str, after: Callable[[], None] | None = None,
             sync: bool = True) -> None:
        def work(s) -> None:
            fn(s)

        def done(_result) -> None:
            self.status.setText(done_text)
            if after is not None:
                after()
            self.refresh()
            self.changed.emit()
            if sync:  # mail was queued: send it now
                self.worker.run_now()

        def failed(exc: Exception) -> None:
            self.status.setText(domain_error_text(exc))
            if getattr(exc, "code", None) == "edit_conflict":
                self.refresh()  # show the query as the colleague left it

        self._gateway.write(work, done, failed, owner=self)

    def _query_buttons(self, *_args) -> None:
        selected = self.view.currentIndex().isValid()
        for b in (self.chase_button, self.escalate_button, self.call_button):
            b.setEnabled(selected)

    def _tray_buttons(self, *_args) -> None:
        selected = self.tray_view.currentIndex().isValid()
        for b in (self.attach_button, self.confirm_button, self.new_button, self.reprocess_button,
                  self.dismiss_button, self.spam_button):
            b.setEnabled(selected)

    def _selected_row(self):
        index = self.view.currentIndex()
        if not index.isValid():
            self.status.setText(self.tr("Select a query first."))
            return None
        return self.model.rows[self.proxy.mapToSource(index).row()]

    def _confirm_dialog(self, title: str, text: str, then: Callable[[], None]) -> None:
        box = QMessageBox(QMessageBox.Icon.Question, title, text, QMessageBox.StandardButton.Cancel, self)
        go = box.addButton(self.tr("Queue the mail"), QMessageBox.ButtonRole.AcceptRole)
        box.setDefaultButton(QMessageBox.StandardButton.Cancel)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.buttonClicked.connect(lambda button: button is go and then())
        box.open()
        self.confirm_box = box

    def chase_selected(self) -> None:
        row = self._selected_row()
        if row is None:
            return
        query_id, version = row.query_id, row.question_version
        identity = core_queries.identity_from_settings(self._settings)
        actor = self._settings.actor
        text = (self.tr("Queue chase no. %1 to %2 about %3, in the same mail thread?")
                .replace("%1", str(row.chase_count + 1)).replace("%2", row.department)
                .replace("%3", row.ref) + "\n\n" + row.text)
        self.confirm(self.tr("Chase"), text, lambda: self._act(
            lambda s: core_queries.chase(s, query_id, identity, actor, expected_version=version),
            self.tr("Chase queued to %1 about %2.").replace("%1", row.department).replace("%2", row.ref)))

    def escalate_selected(self) -> None:
        row = self._selected_row()
        if row is None:
            return
        query_id, version = row.query_id, row.question_version
        identity = core_queries.identity_from_settings(self._settings)
        actor = self._settings.actor
        text = (self.tr("Queue an escalation to the head of %1 about %2 (the contact in Cc)?")
                .replace("%1", row.department).replace("%2", row.ref) + "\n\n" + row.text)
        self.confirm(self.tr("Escalate to head"), text, lambda: self._act(
            lambda s: core_queries.escalate(s, query_id, identity, actor,
                                            expected_version=version),
            self.tr("Escalation queued to the head of %1 about %2.").replace("%1", row.department)
            .replace("%2", row.ref)))

    def log_call_selected(self) -> None:
        index = self.view.currentIndex()
        if not index.isValid():
            return
        row = self.model.rows[self.proxy.mapToSource(index).row()]
        from liaison_app.ui.dialogs.call import LogCallDialog

        dialog = LogCallDialog(self._gateway, self._settings, row.question_id, self)
        dialog.finished.connect(lambda _r: self.refresh())
        dialog.show()
        self.call_dialog = dialog

    def ask_text(self, title: str, label: str) -> str | None:
        """One line from the user; tests replace this."""
        text, ok = QInputDialog.getText(self, title, label)
        return text.strip() if ok and text.strip() else None

    def dismiss_selected(self, reason: str) -> None:
        """Out of the tray, like archiving or marking spam in a mail client; Undo restores."""
        rows = self.tray_view.selectionModel().selectedRows()
        ids = [r.data(ID_ROLE) for r in rows if r.data(ID_ROLE) is not None]
        if not ids and self.selected_mail() is not None:
            ids = [self.selected_mail()]
        if not ids:
            return
        done = (self.tr("%n mail(s) marked as spam and taken out of the tray.", "", len(ids))
                if reason == "spam" else
                self.tr("%n mail(s) dismissed from the tray.", "", len(ids)))

        def after() -> None:
            self._undo_mail = ids
            self.undo_button.setVisible(True)

        self._act(lambda s: inbound.dismiss(s, ids, reason), done, after, sync=False)

    def undo_dismiss(self) -> None:
        ids, self._undo_mail = self._undo_mail, []
        self.undo_button.setVisible(False)
        self._act(lambda s: inbound.restore_to_tray(s, ids),
                  self.tr("%n mail(s) back in the tray.", "", len(ids)), sync=False)

    def attach_selected(self) -> None:
        mid = self.selected_mail()
        if mid is None:
            return
        row = next((r for r in self.tray.rows if r.message_id == mid), None)

        def attach(question_id: int) -> None:
            self._act(lambda s: inbound.attach_to_question(s, mid, question_id),
                      self.tr("Mail attached to %1.").replace("%1", question_ref(question_id)))

        # A search over the questions, not a bare number to look up elsewhere first.
        hint = self.tr("The mail “%1” from %2 goes to the question you pick.").replace(
            "%1", row.subject if row else "").replace("%2", row.from_addr if row else "")
        self.picker = QuestionPicker(self._gateway, attach, self.tr("Attach to question"), hint, self)
        self.picker.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.picker.open()

    def confirm_selected(self) -> None:
        mid = self.selected_mail()
        if mid is None:
            return
        row = next((r for r in self.tray.rows if r.message_id == mid), None)
        if row is None or not row.candidate_question_id:
            self.status.setText(self.tr("This mail suggests no question."))
            return
        qid = row.candidate_question_id
        self._act(lambda s: inbound.attach_to_question(s, mid, qid),
                  self.tr("Mail attached to the question."))

    def new_question_selected(self) -> None:
        mid = self.selected_mail()
        if mid is None:
            return
        code = self.ask_text(self.tr("Make a new question"), self.tr("Agent number:"))
        if not code:
            return
        actor = self._settings.actor
        self._act(lambda s: inbound.question_from_mail(s, mid, code, actor),
                  self.tr("New question made from the mail."))

    def reprocess_selected(self) -> None:
        mid = self.selected_mail()
        if mid is None:
            return
        actor = self._settings.actor
        self._act(lambda s: inbound.reprocess(s, mid, actor), self.tr("Mail reprocessed."))

    def _show_mail(self, current, _previous) -> None:
        if not current.isValid():
            self._latest_mail.cancel()
            self.preview.clear()
            return
        mid = current.data(ID_ROLE)

        def load(s):
            m = s.get(Message, mid)
            return (m.subject, m.from_addr, m.body_text, m.body_html, m.error) if m else None

        self._gateway.read(load, self._latest_mail.wrap(self._render_mail), owner=self)

    def _render_mail(self, data) -> None:
        if data is None:
            self.preview.clear()
            return
        subject, sender, text, html, error = data
        head = f"<p><b>{escape(subject or '')}</b><br>{escape(sender or '')}</p>"
        if error:
            head += f"<p style='color:#b00020'>{escape(error)}</p>"
        body = html if html else "<pre style='white-space:pre-wrap'>" + escape(text or "") + "</pre>"
        self.preview.setHtml(head + body)  # body_html was sanitised when the mail was parsed
