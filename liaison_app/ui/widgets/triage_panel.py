"""The triage panel beside the Inbox: the manager's decision on new questions in seconds.

For the selected question it shows the open question it probably repeats, the FAQ
entries that may answer it (matching words highlighted) and the department that should
answer it with the due time routing would set; each decision is one click or one
shortcut, and applies to every selected question. Loading and writing run off the GUI
thread (core.triage does the work); the panel only shows and asks.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from liaison_app.core.conflicts import current_versions
from liaison_app.core.correspondence.feedback import reject_and_tell
from liaison_app.core.correspondence.queries import ask
from liaison_app.core.models import Department, question_ref
from liaison_app.core.questions.triage import (
    answer_from_faq,
    apply_to_many,
    dismiss_duplicate,
    merge,
    merge_into_oldest,
    reopen,
    set_priority,
    triage_info,
)
from liaison_app.ui.dialogs.answer_preview import AnswerPreviewDialog
from liaison_app.ui.errors import domain_error_text, outcome_text
from liaison_app.ui.gateway import DatabaseGateway
from liaison_app.ui.labels.common import status_label
from liaison_app.ui.labels.times import local_datetime_text
from liaison_app.ui.widgets.highlight_delegate import HighlightDelegate

translate = QCoreApplication.translate
ID_ROLE = Qt.ItemDataRole.UserRole + 1


def reason_text(kind: str, detail: str) -> str:
    words = {
        "keywords": translate("TriagePanel", "routing keywords: %1"),
        "duties": translate("TriagePanel", "duties mention: %1"),
        "faq": translate("TriagePanel", "owns FAQ entry %1"),
        "similar": translate("TriagePanel", "has the similar question %1"),
    }
    return words.get(kind, "%1").replace("%1", detail)


def priority_names() -> list[str]:
    return [translate("TriagePanel", "Normal"), translate("TriagePanel", "High"),
            translate("TriagePanel", "Higher"), translate("TriagePanel", "Top")]


class TriagePanel(QWidget):
    # Emitted with the ids whose questions changed, after an action committed.
    changed = Signal(list)

    # Emitted after answers were queued for agents by mail (the mail worker can send now).
    mail_queued = Signal()

    def __init__(self, gateway: DatabaseGateway, actor: str, parent=None, identity=None) -> None:
        super().__init__(parent)
        self._gateway = gateway
        self._actor = actor
        # Returns the MailIdentity of the settings (or None): who feedback mail is from.
        self._identity = identity or (lambda: None)
        # Replaceable in tests: ask for the manager's own answer, then call back with it.
        self.ask_answer: Callable[[Callable[[str], None]], None] = self._ask_answer_dialog
        # Routing one question opens the query mail to the chosen department (the window
        # sets this to its compose dialog): routing alone would set a due time that no
        # department knows about. Called with (question id, department id).
        self.ask_department: Callable[[int, int], None] | None = None
        self._ids: list[int] = []
        self._info = None
        self._generation = 0
        # Replaceable in tests: ask for a rejection reason, then call back with it (or not).
        self.ask_reason: Callable[[Callable[[str], None]], None] = self._ask_reason_dialog

        self.title = QLabel()
        self.title.setObjectName("triageTitle")
        self.title.setWordWrap(True)
        self.message = QLabel()
        self.message.setObjectName("triageMessage")
        self.message.setWordWrap(True)

        # Probable duplicates.
        self.dup_box = QGroupBox(self.tr("Probable duplicate"))
        self.dup_model = QStandardItemModel(self)
        self.dup_view = self._list(self.dup_model, "triageDuplicates", rows=2)
        self.merge_button = QPushButton(self.tr("Merge into it"))
        self.merge_button.setObjectName("triageMerge")
        self.merge_button.setToolTip(self.tr("Ctrl+Shift+M"))
        self.not_dup_button = QPushButton(self.tr("Not a duplicate"))
        self.not_dup_button.setObjectName("triageNotDuplicate")
        dup_buttons = QHBoxLayout()
        dup_buttons.addWidget(self.merge_button)
        dup_buttons.addWidget(self.not_dup_button)
        dup_buttons.addStretch(1)
        box = QVBoxLayout(self.dup_box)
        box.addWidget(self.dup_view)
        box.addLayout(dup_buttons)

        # FAQ suggestions.
        self.faq_box = QGroupBox(self.tr("FAQ suggestions"))
        self.faq_model = QStandardItemModel(self)
        self.faq_view = self._list(self.faq_model, "triageSuggestions", rows=5)
        self.faq_view.setItemDelegate(HighlightDelegate(lambda: self._info.text if self._info else "", self))
        self.answer_button = QPushButton(self.tr("Answer from FAQ"))
        self.answer_button.setObjectName("triageAnswer")
        self.answer_button.setToolTip(self.tr("Ctrl+Shift+A, or Enter in the list"))
        self.capture_check = QCheckBox(self.tr("Keep the wording as a similar question"))
        self.capture_check.setObjectName("triageCapture")
        self.capture_check.setToolTip(self.tr("The customer's words, details removed, help the "
                                              "next differently-worded question find this entry"))
        self.capture_check.setChecked(True)
        box = QVBoxLayout(self.faq_box)
        box.addWidget(self.faq_view)
        # The check box on its own line: beside the button its long label set the panel's
        # minimum width, and at 1280×800 squeezed the Inbox's Question column to nothing.
        row = QHBoxLayout()
        row.addWidget(self.answer_button)
        row.addStretch(1)
        box.addLayout(row)
        box.addWidget(self.capture_check)

        # Routing.
        self.route_box = QGroupBox(self.tr("Route to department"))
        self.dept_combo = QComboBox()
        self.dept_combo.setObjectName("triageDepartment")
        self.reasons_label = QLabel()
        self.reasons_label.setObjectName("triageReasons")
        self.reasons_label.setWordWrap(True)
        self.due_label = QLabel()
        self.due_label.setObjectName("triageDue")
        self.route_button = QPushButton(self.tr("Route and ask…"))
        self.route_button.setObjectName("triageRoute")
        self.route_button.setToolTip(self.tr(
            "Ctrl+Shift+R: opens the query mail to this department; the question is routed "
            "when the mail is queued. Several selected: the standard query mail is queued "
            "for each."))
        row = QHBoxLayout()
        row.addWidget(self.dept_combo, 1)
        row.addWidget(self.route_button)
        box = QVBoxLayout(self.route_box)
        box.addLayout(row)
        box.addWidget(self.reasons_label)
        box.addWidget(self.due_label)

        # Priority and rejection.
        self.priority_combo = QComboBox()
        self.priority_combo.setObjectName("triagePriority")
        self.priority_combo.addItems(priority_names())
        self.reject_button = QPushButton(self.tr("Reject…"))
        self.reject_button.setObjectName("triageReject")
        self.reject_button.setToolTip(self.tr("Ctrl+Shift+X"))
        self.create_entry_button = QPushButton(self.tr("Create FAQ entry…"))
        self.create_entry_button.setObjectName("triageCreateEntry")
        self.create_entry_button.setToolTip(
            self.tr("Turn this answered question into a draft FAQ entry"))
        self.create_entry_button.clicked.connect(lambda: self.create_entry())
        self.update_entry_button = QPushButton(self.tr("Update FAQ entry…"))
        self.update_entry_button.setObjectName("triageUpdateEntry")
        self.update_entry_button.setToolTip(
            self.tr("The answer changes the FAQ entry selected in the suggestions: edit it as a "
                    "new revision (it goes back to review)"))
        self.update_entry_button.clicked.connect(self.update_entry)
        self.send_button = QPushButton(self.tr("Send to agents"))
        self.send_button.setObjectName("triageSendToAgents")
        self.send_button.setToolTip(self.tr("Mail the answer to every agent who forwarded the question "
                                            "(and note it in the record), then close it"))
        self.send_button.clicked.connect(self.send_to_agents)
        self.own_answer_button = QPushButton(self.tr("Answer it myself…"))
        self.own_answer_button.setObjectName("triageOwnAnswer")
        self.own_answer_button.setToolTip(self.tr("Record your own answer (resolved in the center)"))
        self.own_answer_button.clicked.connect(self.answer_myself)
        # Offered at the moment of answering: the answered question closes and leaves the
        # Open list with its selection, so the button stays with the outcome message
        # (like Zendesk's "create article" beside the solved ticket) until the next action.
        self.offer_entry_button = QPushButton()
        self.offer_entry_button.setObjectName("triageOfferEntry")
        self.offer_entry_button.setToolTip(
            self.tr("Turn the answer just given into a draft FAQ entry"))
        self.offer_entry_button.setVisible(False)
        self.offer_entry_button.clicked.connect(self._create_offered_entry)
        self._offer_id: int | None = None
        self.reopen_button = QPushButton(self.tr("Reopen"))
        self.reopen_button.setObjectName("triageReopen")
        self.reopen_button.setToolTip(self.tr("Take this closed or rejected question up again: "
                                              "it goes back to New for triage"))
        self.reopen_button.clicked.connect(self.reopen_selected)
        bottom = QHBoxLayout()
        bottom.addWidget(QLabel(self.tr("Priority:")))
        bottom.addWidget(self.priority_combo)
        bottom.addStretch(1)
        bottom.addWidget(self.reject_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.title)
        layout.addWidget(self.dup_box)
        layout.addWidget(self.faq_box)
        layout.addWidget(self.route_box)
        layout.addLayout(bottom)
        loop = QHBoxLayout()
        for button in (self.own_answer_button, self.send_button, self.create_entry_button,
                       self.update_entry_button, self.reopen_button):
            loop.addWidget(button)
        loop.addStretch(1)
        layout.addLayout(loop)
        layout.addWidget(self.message)
        offer = QHBoxLayout()
        offer.addWidget(self.offer_entry_button)
        offer.addStretch(1)
        layout.addLayout(offer)
        layout.addStretch(1)
        self._action_widgets = [self.dup_box, self.faq_box, self.route_box, self.priority_combo,
                                self.reject_button]

        self.merge_button.clicked.connect(self.merge_selected)
        self.not_dup_button.clicked.connect(self.dismiss_duplicate)
        self.answer_button.clicked.connect(self.answer_selected)
        self.faq_view.activated.connect(lambda _index: self.answer_selected())
        self.route_button.clicked.connect(self.route_selected)
        self.reject_button.clicked.connect(self.reject_selected)
        self.dept_combo.currentIndexChanged.connect(self._show_due)
        self.priority_combo.activated.connect(self._priority_chosen)
        self.set_questions([])

    def _list(self, model: QStandardItemModel, name: str, rows: int) -> QListView:
        view = QListView()
        view.setObjectName(name)
        view.setModel(model)
        view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        view.setUniformItemSizes(True)
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        view.setTextElideMode(Qt.TextElideMode.ElideRight)
        view.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        view.setFixedHeight(view.fontMetrics().height() * rows + 14 + rows * 6)
        return view

    # --- loading ----------------------------------------------------------------------
    @property
    def question_ids(self) -> list[int]:
        return list(self._ids)

    def set_questions(self, ids: list[int], keep_message: bool = False) -> None:
        """Show triage for these questions (the first one's suggestions apply to all)."""
        self._ids = list(ids)
        self._generation += 1
        self._info = None
        if not keep_message and ids:
            # An empty selection keeps the last outcome on show: the question an action
            # moved out of the filtered list takes its selection with it, and the manager
            # must still read what was done.
            self.message.clear()
            self._offer_entry(None)
            self.capture_check.setChecked(True)  # "don't add" is chosen per question
        for button in (self.create_entry_button, self.send_button, self.own_answer_button,
                       self.update_entry_button, self.reopen_button):
            button.setVisible(False)
        if not ids:
            self.title.setText(self.tr("Select a question to triage it."))
            self._enable(False)
            return
        self.title.setText(self.tr("Loading…"))
        generation = self._generation
        first = ids[0]
        shown = list(ids)
        self._gateway.read(lambda session: (triage_info(session, first),
                                            current_versions(session, shown)),
                           lambda loaded: self._show(*loaded, generation),
                           lambda exc: self._failed(exc, generation), owner=self)

    def reload(self) -> None:
        """Load again after an action, keeping the action's outcome on show."""
        self.set_questions(self._ids, keep_message=True)

    def _failed(self, exc: Exception, generation: int) -> None:
        if generation == self._generation:
            self.title.setText(domain_error_text(exc))
            self._enable(False)

    def _show(self, info, versions: dict[int, int], generation: int) -> None:
        if generation != self._generation:
            return  # the selection moved on while this loaded
        self._info = info
        self._versions = versions  # sent back with a save: another desk's change is caught
        many = len(self._ids) > 1
        if many:
            self.title.setText(self.tr("%n question(s) selected: actions apply to all; "
                                       "suggestions are for %1.", "", len(self._ids))
                               .replace("%1", info.ref))
        else:
            self.title.setText(f"<b>{info.ref}</b> · {status_label(info.status)}")
        # What may be done comes from the state machine (info.actions), not from here.
        new = info.triageable
        # ...and from the signed-in person's desk (a supervisor reads, never triages).
        self._enable((new or many) and self._gateway.can_write)
        writes = self._gateway.can_write
        self.create_entry_button.setVisible(writes and not many and info.has_answer)
        self.update_entry_button.setVisible(writes and not many and info.has_answer
                                            and bool(info.suggestions))
        self.send_button.setVisible(writes and not many and "feed_back" in info.actions)
        self.own_answer_button.setVisible(writes and not many and "answer_in_center" in info.actions)
        self.reopen_button.setVisible(writes and not many and "reopen" in info.actions)
        if not new and not many and not self.message.text():
            self.message.setText(self.tr("Only new questions are triaged; this one is %1.")
                                 .replace("%1", status_label(info.status)))
        self.dup_model.clear()
        for match in info.duplicates:
            label = f"{match.ref} · {round(match.score * 100)}% · {status_label(match.status)} · {match.text}"
            item = QStandardItem(label.replace("\n", " "))
            item.setData(match.question_id, ID_ROLE)
            item.setToolTip(match.text)
            self.dup_model.appendRow(item)
        if many:
            self.dup_box.setTitle(self.tr("Merge the selection"))
            self.merge_button.setText(self.tr("Merge into the oldest selected"))
        else:
            strong = info.has_probable_duplicate
            self.dup_box.setTitle(self.tr("Probable duplicate") if strong else self.tr("Similar open questions"))
            self.merge_button.setText(self.tr("Merge into it"))
        self.dup_box.setVisible(many or (new and bool(info.duplicates)))
        self.route_box.setVisible(new or many)
        self.not_dup_button.setVisible(not many and info.probable_duplicate_id is not None)
        if info.duplicates:
            self.dup_view.setCurrentIndex(self.dup_model.index(0, 0))
        self.faq_model.clear()
        for hit in info.suggestions:
            label = f"#{hit.id}  {hit.question}"
            if hit.phrasing:  # matched through a similar question: say which
                label += f"  ≈ {hit.phrasing}"
            item = QStandardItem(label)
            item.setData(hit.id, ID_ROLE)
            item.setToolTip(hit.question + (f"\n≈ {hit.phrasing}" if hit.phrasing else ""))
            self.faq_model.appendRow(item)
        if info.suggestions:
            self.faq_view.setCurrentIndex(self.faq_model.index(0, 0))
        self.answer_button.setEnabled(bool(info.suggestions))
        if not new and not many and info.has_answer:
            # The suggestions stay selectable to pick the entry to update; answering is over.
            self.faq_box.setEnabled(True)
            self.answer_button.setEnabled(False)
            self.capture_check.setVisible(False)
        else:
            self.capture_check.setVisible(True)
        self.dept_combo.blockSignals(True)
        self.dept_combo.clear()
        suggested = [s.department_id for s in info.departments]
        ordered = sorted(info.all_departments,
                         key=lambda d: (suggested.index(d[0]) if d[0] in suggested else 99, d[1]))
        for dep_id, name, sla in ordered:
            label = name if dep_id not in suggested else f"★ {name}"
            self.dept_combo.addItem(label, dep_id)
        self.dept_combo.blockSignals(False)
        self.dept_combo.setCurrentIndex(0)
        self._show_due()
        self.priority_combo.setCurrentIndex(min(info.priority, 3))

    def _enable(self, on: bool) -> None:
        for widget in self._action_widgets:
            widget.setEnabled(on)
        if not on:
            self.dup_model.clear()
            self.faq_model.clear()
            self.dept_combo.clear()
            self.reasons_label.clear()
            self.due_label.clear()

    def _show_due(self) -> None:
        info = self._info
        dep_id = self.dept_combo.currentData()
        if info is None or dep_id is None:
            self.reasons_label.clear()
            self.due_label.clear()
            return
        reasons = next((s.reasons for s in info.departments if s.department_id == dep_id), [])
        if reasons:
            self.reasons_label.setText(self.tr("Suggested: %1").replace(
                "%1", "; ".join(reason_text(k, d) for k, d in reasons[:4])))
        else:
            self.reasons_label.setText(self.tr("No evidence for this department; chosen by hand."))
        due = info.due_previews.get(dep_id)
        hours = info.due_hours.get(dep_id, 0)
        text = self.tr("Due %1 (%2 working hours)").replace("%1", local_datetime_text(due)).replace(
            "%2", f"{hours:g}")
        if info.urgent:
            text += " · " + self.tr("urgent: half the SLA")
        self.due_label.setText(text)

    # --- actions ------------------------------------------------------------------------
    def _run(self, action: Callable, done_text: str | Callable[[], str], after: Callable[[], None] | None = None) -> None:
        """Apply `action(session, question_id)` to every selected question, off the GUI thread."""
        ids = list(self._ids)
        if not ids:
            return
        expected = dict(getattr(self, "_versions", {}))

        def work(sessions):
            return apply_to_many(sessions, ids, action, expected)

        def done(outcome) -> None:
            if outcome.failed:
                self.message.setText(self.tr("Not done for %n question(s):", "", len(outcome.failed))
                                     + "\n" + outcome_text(outcome.errors))
            else:
                self.message.setText(done_text() if callable(done_text) else done_text)
            # Refused because another desk changed them: reloaded, to show what it did.
            stale = [q for q, exc in outcome.errors.items() if getattr(exc, "code", "") == "edit_conflict"]
            if outcome.done or stale:
                self.changed.emit(outcome.done + stale)
                if outcome.done and after is not None:
                    after()

        # Each question in its own transaction (one failing does not undo the others), in
        # the order of every other write.
        self._gateway.write_each(work, done, lambda exc: self.message.setText(domain_error_text(exc)), owner=self)

    def answer_selected(self) -> None:
        index = self.faq_view.currentIndex()
        if not self.faq_box.isEnabled() or not index.isValid():
            return
        entry_id = index.data(ID_ROLE)
        actor = self._actor
        capture = self.capture_check.isChecked()

        def answer(entry_id: int) -> None:
            self._run(lambda s, q: answer_from_faq(s, q, entry_id, actor, capture=capture),
                      self.tr("Answered from FAQ entry #%1.").replace("%1", str(entry_id)))

        # The answer is read before it is given: nothing is recorded at the click.
        refs = [question_ref(q) for q in self._ids]
        dialog = AnswerPreviewDialog(self._gateway, entry_id, refs, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.confirmed.connect(answer)
        dialog.open()
        self.answer_dialog = dialog

    def route_selected(self) -> None:
        dep_id = self.dept_combo.currentData()
        if not self.route_box.isEnabled() or dep_id is None:
            return
        actor = self._actor
        name = self.dept_combo.currentText().lstrip("★ ")
        if len(self._ids) == 1 and self.ask_department is not None:
            # Like a ticket desk's "assign and reply": the mail is written before the
            # question counts as with the department.
            self.ask_department(self._ids[0], dep_id)
            return
        identity = self._identity()
        if identity is None or not identity.address:
            self.message.setText(self.tr("No sender address: set it in File → Mail settings. "
                                         "The department must be told before a question is "
                                         "routed to it."))
            return

        def route_and_ask(s, q) -> None:
            ask(s, q, s.get(Department, dep_id), identity, actor)

        self._run(route_and_ask, self.tr("Routed to %1; the query mail is queued.").replace("%1", name),
                  after=self.mail_queued.emit)

    def merge_selected(self) -> None:
        if not self.dup_box.isEnabled() or self._info is None:
            return
        actor = self._actor
        if len(self._ids) > 1:
            ids = list(self._ids)

            def work(sessions):
                return merge_into_oldest(sessions, ids, actor)

            def done(result) -> None:
                target, outcome = result
                self.message.setText(outcome_text(outcome.errors) or self.tr("Merged."))
                if outcome.done:
                    self.changed.emit(outcome.done + [target])

            self._gateway.write_each(work, done, lambda exc: self.message.setText(domain_error_text(exc)), owner=self)
            return
        index = self.dup_view.currentIndex()
        if not index.isValid():
            return
        target = index.data(ID_ROLE)
        self._run(lambda s, q: merge(s, q, target, actor), self.tr("Merged."))

    def dismiss_duplicate(self) -> None:
        actor = self._actor
        self._run(lambda s, q: dismiss_duplicate(s, q, actor), self.tr("Marked as not a duplicate."))

    def reject_selected(self) -> None:
        if not self.reject_button.isEnabled() or not self._ids:
            return
        actor, identity = self._actor, self._identity()

        def with_reason(reason: str) -> None:
            told: list[str] = []

            def reject_one(s, q) -> None:
                result = reject_and_tell(s, q, reason, actor, identity)
                told.extend(result.mailed + result.noted)

            def said() -> str:
                return self.tr("Rejected; the reason went to %1.").replace(
                    "%1", ", ".join(dict.fromkeys(told)) or self.tr("no agent"))

            self._run(reject_one, said, after=self.mail_queued.emit)

        self.ask_reason(with_reason)

    def reopen_selected(self) -> None:
        if self._info is None or "reopen" not in self._info.actions:
            return
        actor = self._actor
        self._run(lambda s, q: reopen(s, q, actor),
                  self.tr("Reopened: the question is New again, waiting for triage."))

    def _priority_chosen(self, index: int) -> None:
        actor = self._actor
        self._run(lambda s, q: set_priority(s, q, index, actor), self.tr("Priority set."))

    def send_to_agents(self) -> None:
        """Feed the answer back to every forwarding agent, then close the question."""
        from liaison_app.core.correspondence.feedback import feed_back

        if self._info is None:
            return
        question_id, actor, identity = self._info.question_id, self._actor, self._identity()
        ref = self._info.ref

        def work(session):
            return feed_back(session, question_id, actor, identity)

        def done(result) -> None:
            text = self.tr("Answer sent: by mail to %1; noted for %2.") \
                .replace("%1", ", ".join(result.mailed) or "—").replace("%2", ", ".join(result.noted) or "—")
            self.message.setText(text)
            self._offer_entry(question_id, ref)
            if result.mailed:
                self.mail_queued.emit()
            self.changed.emit([question_id])

        self._gateway.write(work, done, lambda exc: self.message.setText(domain_error_text(exc)), owner=self)

    def answer_myself(self) -> None:
        from liaison_app.core.correspondence.feedback import answer_in_center

        if self._info is None:
            return
        actor = self._actor

        def with_text(text: str) -> None:
            self._run(lambda s, q: answer_in_center(s, q, text, actor),
                      self.tr("Your answer is recorded; send it to the agents next."))

        self.ask_answer(with_text)

    def _ask_answer_dialog(self, callback: Callable[[str], None]) -> None:
        dialog = QInputDialog(self)
        dialog.setWindowTitle(self.tr("Answer it myself"))
        dialog.setLabelText(self.tr("The answer for the agent(s):"))
        dialog.setOption(QInputDialog.InputDialogOption.UsePlainTextEditForTextInput)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.textValueSelected.connect(lambda text: text.strip() and callback(text.strip()))
        dialog.open()

    def update_entry(self):
        """Edit the selected suggested entry as a new revision, noting the question."""
        from liaison_app.ui.dialogs.faq_entry_editor import EntryEditor

        index = self.faq_view.currentIndex()
        if self._info is None or not index.isValid():
            self.message.setText(self.tr("Select the entry to update among the FAQ suggestions."))
            return None
        entry_id, question_id, ref = index.data(ID_ROLE), self._info.question_id, self._info.ref
        editor = EntryEditor(self._gateway, entry_id, self._actor,
                             self.tr("updated from %1").replace("%1", ref), self,
                             question_id=question_id)
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def saved(entry_id: int, number: int) -> None:
            self.message.setText(self.tr("FAQ entry #%1 is now revision %2, waiting for review.")
                                 .replace("%1", str(entry_id)).replace("%2", str(number)))

        editor.saved.connect(saved)
        editor.open()
        self.entry_editor = editor
        return editor

    def _offer_entry(self, question_id: int | None, ref: str = "") -> None:
        self._offer_id = question_id
        self.offer_entry_button.setVisible(question_id is not None and self._gateway.can_write)
        if question_id is not None:
            self.offer_entry_button.setText(self.tr("Create FAQ entry from %1…").replace("%1", ref))

    def _create_offered_entry(self):
        if self._offer_id is not None:
            return self.create_entry(self._offer_id)
        return None

    def create_entry(self, question_id: int | None = None):
        """Open the FAQ entry editor prefilled from the (answered) question."""
        from liaison_app.ui.dialogs.faq_entry import FaqEntryDialog

        if question_id is None or question_id is False:  # clicked(bool) passes False
            if self._info is None:
                return None
            question_id = self._info.question_id
        dialog = FaqEntryDialog(self._gateway, self._actor, question_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        def created(entry_id: int) -> None:
            self.message.setText(self.tr("Draft FAQ entry #%1 created.").replace("%1", str(entry_id)))
            if self._offer_id == question_id:
                self._offer_entry(None)

        dialog.created.connect(created)
        dialog.open()
        self.entry_dialog = dialog
        return dialog

    def _ask_reason_dialog(self, callback: Callable[[str], None]) -> None:
        dialog = RejectDialog(len(self._ids), self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.reason_given.connect(callback)
        dialog.open()
        self.reject_dialog = dialog


class RejectDialog(QDialog):
    """The rejection reason, required: it is mailed to the forwarding agent(s). Reject is
    not the default button, and stays disabled while the reason is empty."""

    reason_given = Signal(str)

    def __init__(self, count: int, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Reject %n question(s)", "", count))
        label = QLabel(self.tr("Why is it rejected? The reason is mailed to the agent(s) who "
                               "forwarded it (a note in the record for agents without an address)."))
        label.setWordWrap(True)
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("rejectReason")
        self.hint = QLabel(self.tr("A reason is needed to reject a question."))
        self.hint.setObjectName("rejectHint")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.reject_button = self.buttons.addButton(self.tr("Reject and tell the agent(s)"),
                                                    QDialogButtonBox.ButtonRole.DestructiveRole)
        self.reject_button.setObjectName("rejectConfirm")
        self.reject_button.setAutoDefault(False)
        self.reject_button.setEnabled(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setDefault(True)
        self.reject_button.clicked.connect(self._confirm)
        self.buttons.rejected.connect(self.reject)
        self.reason.textChanged.connect(self._changed)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.reason, 1)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        self.resize(480, 260)

    def _changed(self) -> None:
        empty = not self.reason.toPlainText().strip()
        self.reject_button.setEnabled(not empty)
        self.hint.setVisible(empty)

    def _confirm(self) -> None:
        text = self.reason.toPlainText().strip()
        if not text:
            return
        self.reason_given.emit(text)
        self.accept()
