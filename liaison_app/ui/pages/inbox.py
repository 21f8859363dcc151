"""The Inbox: filter bar, question table and the detail panel, side by side."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from PySide6.QtCore import QDate, QItemSelection, QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from liaison_app.core.models import OPEN_STATUSES, QuestionStatus, question_ref
from liaison_app.core.questions.inbox import mark_read
from liaison_app.core.questions.listing import (
    MAX_FILTER_CHARS,
    QuestionFilter,
    filter_choices,
)
from liaison_app.core.questions.text_index import sync_question_index
from liaison_app.core.timeutil import utcnow
from liaison_app.ui.gateway import DatabaseGateway
from liaison_app.ui.labels.common import status_label
from liaison_app.ui.models.inbox import (
    COL_AGENTS,
    COL_DEPARTMENT,
    COL_DUE,
    COL_FORWARDED,
    COL_PRODUCT,
    COL_REF,
    COL_STATUS,
    COL_TEXT,
    InboxModel,
)
from liaison_app.ui.widgets.question_detail import QuestionDetailView
from liaison_app.ui.widgets.triage_panel import TriagePanel

OPEN = "__open__"
ANY = None
PERIODS = ("any", "today", "7d", "30d", "custom")


class InboxPage(QWidget):
    counts_changed = Signal()
    # A new question was opened and marked read: the unread count drops by one.
    read_marked = Signal()

    def __init__(self, gateway: DatabaseGateway, actor: str = "", parent=None, identity=None) -> None:
        super().__init__(parent)
        self._gateway = gateway
        self._indexing = False
        # A refresh keeps the selection: the rows selected when its reload is shown
        # (captured just before the reset) are selected again, then `select` if given.
        self._refreshing = False
        self._select_after: int | None = None
        self._kept: tuple[list[int], int | None] = ([], None)
        self.model = InboxModel(gateway, self)

        self.status_filter = QComboBox()
        self.status_filter.setObjectName("inboxStatusFilter")
        self.status_filter.addItem(self.tr("Open questions"), OPEN)
        self.status_filter.addItem(self.tr("All questions"), "")
        for status in QuestionStatus:
            self.status_filter.addItem(status_label(status), status.value)
        self.text_filter = QLineEdit()
        self.text_filter.setObjectName("inboxTextFilter")
        self.text_filter.setPlaceholderText(self.tr("Filter by text or LQ number (Ctrl+F)"))
        self.text_filter.setClearButtonEnabled(True)
        # A pasted page of text is cut to what the filter searches (core refuses more).
        self.text_filter.setMaxLength(MAX_FILTER_CHARS)
        self.count_label = QLabel()
        self.count_label.setObjectName("inboxCount")

        self.department_filter = self._choice_box("inboxDepartmentFilter", self.tr("All departments"))
        self.agent_filter = self._choice_box("inboxAgentFilter", self.tr("All agents"))
        self.product_filter = self._choice_box("inboxProductFilter", self.tr("All products"))
        self.overdue_filter = QCheckBox(self.tr("Overdue only"))
        self.overdue_filter.setObjectName("inboxOverdueFilter")
        self.period_filter = QComboBox()
        self.period_filter.setObjectName("inboxPeriodFilter")
        for key, label in zip(PERIODS, (self.tr("Any time"), self.tr("Today"), self.tr("Last 7 days"),
                                        self.tr("Last 30 days"), self.tr("From – to…"))):
            self.period_filter.addItem(label, key)
        self.date_from = QDateEdit(QDate.currentDate().addDays(-7))
        self.date_to = QDateEdit(QDate.currentDate())
        for edit, name in ((self.date_from, "inboxDateFrom"), (self.date_to, "inboxDateTo")):
            edit.setObjectName(name)
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setVisible(False)

        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Show:")))
        bar.addWidget(self.status_filter)
        bar.addWidget(self.text_filter, 1)
        bar.addWidget(self.count_label)
        bar2 = QHBoxLayout()
        for widget in (self.department_filter, self.agent_filter, self.product_filter,
                       self.period_filter, self.date_from, self.date_to, self.overdue_filter):
            bar2.addWidget(widget)
        bar2.addStretch(1)

        self.table = QTableView()
        self.table.setObjectName("inboxTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(26)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_TEXT, QHeaderView.ResizeMode.Stretch)
        # The other columns sized to what they hold (in this font), not generously: the
        # Question column takes what is left, and at 1280×800 beside the triage panel
        # fixed widths left it 40 px.
        metrics = self.table.fontMetrics()
        pad = 14
        for column, sample in ((COL_REF, "LQ-000000"), (COL_STATUS, "Awaiting dept."),
                               (COL_AGENTS, "A0000 +0"), (COL_DEPARTMENT, "電子銀行部"),
                               (COL_PRODUCT, "借記卡"), (COL_FORWARDED, "00-00 00:00"),
                               (COL_DUE, "00-00 00:00")):
            self.table.setColumnWidth(column, metrics.horizontalAdvance(sample) + pad)
        header.setMinimumSectionSize(40)
        header.setSortIndicator(COL_FORWARDED, Qt.SortOrder.DescendingOrder)
        self.table.setSortingEnabled(True)  # after the indicator, or it sorts by column 0

        self.detail = QuestionDetailView(gateway)
        self.detail.setObjectName("questionDetail")
        self.triage = TriagePanel(gateway, actor, identity=identity)
        self.triage.setObjectName("triagePanel")
        self.triage.changed.connect(self.question_changed)

        self.side = QSplitter(Qt.Orientation.Vertical)
        self.side.setObjectName("inboxSideSplitter")
        self.side.addWidget(self.triage)
        self.side.addWidget(self.detail)
        self.side.setStretchFactor(0, 0)
        self.side.setStretchFactor(1, 1)

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("inboxSplitter")
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.side)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        self.splitter.setSizes([880, 320])  # 1280×800: the Question column stays readable

        # A question recorded here that the filter hides says so, with a way to it (like
        # Thunderbird's quick filter, which tells how many messages it hides).
        self.hidden_notice = QLabel()
        self.hidden_notice.setObjectName("inboxHiddenNotice")
        self.hidden_notice.setWordWrap(True)
        self.hidden_notice.setStyleSheet("background: #fff8e1; padding: 4px;")
        self.hidden_notice.setVisible(False)
        self.hidden_notice.linkActivated.connect(self._show_hidden)
        self._hidden_id: int | None = None

        # An empty database says how to begin (Thunderbird's empty account page, Anki's
        # empty collection): *Start empty* used to give a blank table and nothing more.
        # The links name window actions (`actionForward`, …): the window runs them.
        self.empty_guide = QLabel()
        self.empty_guide.setObjectName("inboxEmptyGuide")
        self.empty_guide.setWordWrap(True)
        self.empty_guide.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.empty_guide.setStyleSheet("padding: 12px;")
        self.empty_guide.setText(
            "<h3>" + self.tr("No questions yet") + "</h3><p>" + self.tr("To begin:") + "</p><ul>"
            + "<li>" + self.tr('<a href="actionImportQuestions">Import forwarded questions</a> '
                               "from a CSV or JSONL file (File › Import questions…)") + "</li>"
            + "<li>" + self.tr('<a href="actionForward">Record a question</a> an agent phoned '
                               "in (Ctrl+N)") + "</li>"
            + "<li>" + self.tr('<a href="actionImportFaq">Import your FAQ base</a> so new '
                               "questions find their answers") + "</li>"
            + "<li>" + self.tr('<a href="setupAssistantAction">Try it with demo data</a> '
                               "(Help › Setup assistant…)") + "</li>"
            + "<li>" + self.tr("Agents forward questions by mail once the mail account is set "
                               '(<a href="actionMailSettings">File › Mail settings…</a>): '
                               "they appear here by themselves.") + "</li></ul>")
        self.empty_guide.setVisible(False)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(bar)
        layout.addLayout(bar2)
        layout.addWidget(self.hidden_notice)
        layout.addWidget(self.empty_guide)
        layout.addWidget(self.splitter, 1)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(250)
        self._debounce.timeout.connect(self.apply_filter)
        self.text_filter.textChanged.connect(self._debounce.start)
        self.status_filter.currentIndexChanged.connect(self.apply_filter)
        for box in (self.department_filter, self.agent_filter, self.product_filter):
            box.currentIndexChanged.connect(self.apply_filter)
        self.overdue_filter.toggled.connect(self.apply_filter)
        self.period_filter.currentIndexChanged.connect(self._period_changed)
        self.date_from.dateChanged.connect(self.apply_filter)
        self.date_to.dateChanged.connect(self.apply_filter)
        self.table.selectionModel().selectionChanged.connect(self._on_selection)
        self.table.activated.connect(lambda _index: self.open_current())
        self.model.modelReset.connect(self._on_reset)
        self.model.modelAboutToBeReset.connect(self._keep_selection)
        self.model.reloaded.connect(self._after_reload)
        self.model.filter = self.current_filter()
        QShortcut(QKeySequence.StandardKey.Find, self, self.focus_filter)
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        for keys, slot in (("Ctrl+Shift+A", self.triage.answer_selected),
                           ("Ctrl+Shift+R", self.triage.route_selected),
                           ("Ctrl+Shift+M", self.triage.merge_selected),
                           ("Ctrl+Shift+X", self.triage.reject_selected)):
            QShortcut(QKeySequence(keys), self, slot, context=context)

    def _choice_box(self, name: str, everything: str) -> QComboBox:
        box = QComboBox()
        box.setObjectName(name)
        box.addItem(everything, ANY)
        box.setMinimumContentsLength(11)
        box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        return box

    def load_choices(self, with_lists: bool = True) -> None:
        """Refresh the per-status counts and, unless only counts changed, the department,
        agent and product boxes (a distinct scan of every question: not after each action)."""
        if not with_lists:
            return  # the counts come from the window's own (`show_status_counts`)

        def load(session):
            return filter_choices(session), None

        self._gateway.read(load, self._show_choices, owner=self)

    def _show_choices(self, loaded) -> None:
        choices, _ = loaded
        self._choices_loaded = True
        for box, items in ((self.department_filter, choices.departments),
                           (self.agent_filter, choices.agents),
                           (self.product_filter, [(p, p) for p in choices.products])):
            current = box.currentData()
            box.blockSignals(True)
            while box.count() > 1:
                box.removeItem(1)
            for value, label in items:
                box.addItem(label, value)
            found = box.findData(current)
            box.setCurrentIndex(max(found, 0))
            box.blockSignals(False)

    def show_status_counts(self, counts: dict[str, int]) -> None:
        """Counts per state in the status box: the Inbox's own navigation."""
        open_total = sum(counts.get(s, 0) for s in OPEN_STATUSES)
        self.empty_guide.setVisible(sum(counts.values()) == 0)
        for index in range(self.status_filter.count()):
            value = self.status_filter.itemData(index)
            if value == OPEN:
                label = self.tr("Open questions") + f" ({open_total})"
            elif value == "":
                label = self.tr("All questions") + f" ({sum(counts.values())})"
            else:
                label = f"{status_label(value)} ({counts.get(value, 0)})"
            self.status_filter.setItemText(index, label)

    def _period_changed(self) -> None:
        self._period_changed_quietly()
        self.apply_filter()

    def _period(self) -> tuple[datetime | None, datetime | None]:
        key = self.period_filter.currentData()
        today = datetime.combine(datetime.now().date(), time(0, 0)).astimezone()
        if key == "today":
            return today, None
        if key == "7d":
            return today - timedelta(days=6), None
        if key == "30d":
            return today - timedelta(days=29), None
        if key == "custom":
            start = datetime.combine(self.date_from.date().toPython(), time(0, 0)).astimezone()
            end = datetime.combine(self.date_to.date().toPython(), time(0, 0)).astimezone()
            return start, end + timedelta(days=1)
        return None, None

    def open_current(self) -> None:
        """Enter on a question: to its triage when new, else to its detail."""
        if self.triage.faq_box.isEnabled() and self.triage.faq_model.rowCount():
            self.triage.faq_view.setFocus()
        else:
            self.detail.setFocus()

    def question_changed(self, _ids: list[int] | None = None) -> None:
        """A question changed through the triage panel or its mail links: row, panel and
        detail follow."""
        self.refresh(new_arrivals=False)
        self.triage.reload()
        if self.detail.question_id is not None:
            self.detail.show_question(self.detail.question_id)
        self.counts_changed.emit()

    def focus_filter(self) -> None:
        self.text_filter.setFocus()
        self.text_filter.selectAll()

    def current_filter(self) -> QuestionFilter:
        value = self.status_filter.currentData()
        statuses = tuple(OPEN_STATUSES) if value == OPEN else ((value,) if value else ())
        start, end = self._period()
        return QuestionFilter(
            statuses=statuses, text=self.text_filter.text(),
            department_id=self.department_filter.currentData(),
            agent_id=self.agent_filter.currentData(),
            product=self.product_filter.currentData(),
            overdue=self.overdue_filter.isChecked(),
            created_from=start, created_to=end,
        )

    def apply_filter(self) -> None:
        self._refreshing = False  # another filter: the selection is not kept
        self._hide_notice()
        self.model.set_filter(self.current_filter())

    def refresh(self, new_arrivals: bool = True, select: int | None = None) -> None:
        """Reload from the database, keeping the selected questions selected.

        `new_arrivals=False` (after the manager's own action) refreshes the counts but not
        the filter lists, which only new questions can change. The rows arrive in the
        background; the selection is put back when they do (`_after_reload`), or question
        `select` is selected then."""
        if select is not None or not self._refreshing:
            # A reload started meanwhile (another desk's change) keeps a pending `select`.
            self._select_after = select
        self._refreshing = True
        self.model.reload()
        self.load_choices(with_lists=new_arrivals or not getattr(self, "_choices_loaded", False))

    def _keep_selection(self) -> None:
        selection = self.table.selectionModel()
        ids = [i for i in (self.model.id_at(r.row()) for r in selection.selectedRows()) if i is not None]
        current = self.model.id_at(self.table.currentIndex().row()) if self.table.currentIndex().isValid() else None
        self._kept = (ids, current)

    def _catch_up_text_index(self) -> None:
        """Index questions the text filter's index does not cover yet (SQLite: new ones,
        or all after the upgrade that added it), in the background and in the write
        order, a batch per transaction. Until then the filter scans those rows itself."""
        if self._indexing or self._gateway.database.backend != "sqlite":
            return
        self._indexing = True

        def done(_indexed: int) -> None:
            self._indexing = False

        def failed(_exc: Exception) -> None:
            self._indexing = False  # tried again after the next reload; the filter scans

        self._gateway.run(lambda database: sync_question_index(database.engine), done, failed,
                          owner=self)

    def _after_reload(self) -> None:
        """The reload cleared the selection and would clear the panels with it, every time
        a new question arrives; the same questions are selected again without that flicker."""
        self._catch_up_text_index()
        if not self._refreshing:
            return
        (ids, current), select = self._kept, self._select_after
        self._refreshing, self._select_after = False, None
        selection = self.table.selectionModel()
        selection.blockSignals(True)
        try:
            self.count_label.setText(self.tr("%n question(s)", "", self.model.rowCount()))
            for question_id in ids:
                row = self.model.row_of_id(question_id)
                if row is not None:
                    flags = QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows
                    selection.select(self.model.index(row, 0), flags)
            row = self.model.row_of_id(current) if current is not None else None
            if row is not None:
                selection.setCurrentIndex(self.model.index(row, COL_REF), QItemSelectionModel.SelectionFlag.NoUpdate)
        finally:
            selection.blockSignals(False)
        self.table.viewport().update()
        if select is not None and self.select_question(select):
            self._hide_notice()
            return  # the selection signal has shown it
        if select is not None:
            self._hidden_id = select
            self.hidden_notice.setText(
                self.tr("%1 is recorded, but the current filter hides it. <a href=\"show\">Show it</a>")
                .replace("%1", question_ref(select)))
            self.hidden_notice.setVisible(True)
        self._on_selection(QItemSelection(), QItemSelection())

    def _hide_notice(self) -> None:
        self._hidden_id = None
        self.hidden_notice.setVisible(False)

    def _show_hidden(self, _link: str = "") -> None:
        """Clear every filter and select the hidden question."""
        question_id = self._hidden_id
        if question_id is None:
            return
        widgets = (self.status_filter, self.text_filter, self.department_filter, self.agent_filter,
                   self.product_filter, self.overdue_filter, self.period_filter)
        for widget in widgets:
            widget.blockSignals(True)
        self.status_filter.setCurrentIndex(self.status_filter.findData(""))
        self.text_filter.clear()
        for box in (self.department_filter, self.agent_filter, self.product_filter, self.period_filter):
            box.setCurrentIndex(0)
        self.overdue_filter.setChecked(False)
        for widget in widgets:
            widget.blockSignals(False)
        self._period_changed_quietly()
        self.model.filter = self.current_filter()
        self.refresh(new_arrivals=False, select=question_id)

    def _period_changed_quietly(self) -> None:
        custom = self.period_filter.currentData() == "custom"
        self.date_from.setVisible(custom)
        self.date_to.setVisible(custom)

    def select_question(self, question_id: int) -> bool:
        row = self.model.row_of_id(question_id)
        if row is None:
            return False
        # Not selectRow: in extended selection mode it obeys whatever modifier keys are
        # down, and may add to the selection instead of replacing it.
        index = self.model.index(row, COL_REF)
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.table.selectionModel().setCurrentIndex(index, flags)
        self.table.scrollTo(index)
        return True

    def _on_reset(self) -> None:
        total = self.model.rowCount()
        self.count_label.setText(self.tr("%n question(s)", "", total))
        if self.detail.question_id is not None and self.model.row_of_id(self.detail.question_id) is None:
            self.detail.clear_question()

    def _on_selection(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = self.table.selectionModel().selectedRows()
        ids = [i for i in (self.model.id_at(r.row()) for r in sorted(rows)) if i is not None]
        current = self.model.id_at(self.table.currentIndex().row()) if self.table.currentIndex().isValid() else None
        if current in ids:  # the row the manager is on leads
            ids.remove(current)
            ids.insert(0, current)
        if ids != self.triage.question_ids:
            self.triage.set_questions(ids)
        if len(rows) != 1:
            if not rows:
                self.detail.clear_question()
            return
        row = rows[0].row()
        question_id = self.model.id_at(row)
        if question_id is None:
            return
        self.detail.show_question(question_id)
        item = self.model.row_at(row)
        if item is not None and item.read_at is None:
            # Shown as read at once; written off the GUI thread, since a long import may
            # hold the database's write lock for a while.
            item.read_at = utcnow()
            self.model.dataChanged.emit(self.model.index(row, COL_REF), self.model.index(row, COL_DUE))
            self._gateway.write(lambda session: mark_read(session, question_id),
                                lambda changed: changed and self.read_marked.emit(), owner=self)
