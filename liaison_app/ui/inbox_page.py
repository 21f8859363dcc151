"""The Inbox: filter bar, question table and the detail panel, side by side."""

from __future__ import annotations

from PySide6.QtCore import QItemSelection, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from liaison_app.core.inbox import mark_read
from liaison_app.core.models import OPEN_STATUSES, QuestionStatus
from liaison_app.core.question_list import QuestionFilter
from liaison_app.core.timeutil import utcnow
from liaison_app.ui.inbox_model import (
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
from liaison_app.ui.labels import status_label
from liaison_app.ui.question_detail import QuestionDetailView

OPEN = "__open__"


class InboxPage(QWidget):
    counts_changed = Signal()

    def __init__(self, database, parent=None) -> None:
        super().__init__(parent)
        self._db = database
        self.model = InboxModel(database.session, self)

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
        self.count_label = QLabel()
        self.count_label.setObjectName("inboxCount")

        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Show:")))
        bar.addWidget(self.status_filter)
        bar.addWidget(self.text_filter, 1)
        bar.addWidget(self.count_label)

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
        for column, width in ((COL_REF, 92), (COL_STATUS, 112), (COL_AGENTS, 78),
                              (COL_DEPARTMENT, 84), (COL_PRODUCT, 90),
                              (COL_FORWARDED, 96), (COL_DUE, 96)):
            self.table.setColumnWidth(column, width)
        header.setMinimumSectionSize(40)
        header.setSortIndicator(COL_FORWARDED, Qt.SortOrder.DescendingOrder)
        self.table.setSortingEnabled(True)  # after the indicator, or it sorts by column 0

        self.detail = QuestionDetailView(database.session)
        self.detail.setObjectName("questionDetail")

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("inboxSplitter")
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([900, 380])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(bar)
        layout.addWidget(self.splitter, 1)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(250)
        self._debounce.timeout.connect(self.apply_filter)
        self.text_filter.textChanged.connect(self._debounce.start)
        self.status_filter.currentIndexChanged.connect(self.apply_filter)
        self.table.selectionModel().selectionChanged.connect(self._on_selection)
        self.model.modelReset.connect(self._on_reset)
        self.model.filter = self.current_filter()
        QShortcut(QKeySequence.StandardKey.Find, self, self.focus_filter)

    def focus_filter(self) -> None:
        self.text_filter.setFocus()
        self.text_filter.selectAll()

    def current_filter(self) -> QuestionFilter:
        value = self.status_filter.currentData()
        statuses = tuple(OPEN_STATUSES) if value == OPEN else ((value,) if value else ())
        return QuestionFilter(statuses=statuses, text=self.text_filter.text())

    def apply_filter(self) -> None:
        self.model.set_filter(self.current_filter())

    def refresh(self) -> None:
        """Reload from the database, keeping the selected question selected when loaded."""
        selected = self.detail.question_id
        self.model.reload()
        if selected is not None:
            self.select_question(selected)

    def select_question(self, question_id: int) -> bool:
        row = self.model.row_of_id(question_id)
        if row is None:
            return False
        self.table.selectRow(row)
        return True

    def _on_reset(self) -> None:
        total = self.model.rowCount()
        self.count_label.setText(self.tr("%n question(s)", "", total))
        if self.detail.question_id is not None and self.model.row_of_id(self.detail.question_id) is None:
            self.detail.clear_question()

    def _on_selection(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        rows = self.table.selectionModel().selectedRows()
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
            with self._db.sessions.begin() as session:
                changed = mark_read(session, question_id)
            if changed:
                item.read_at = utcnow()
                left = self.model.index(row, COL_REF)
                right = self.model.index(row, COL_DUE)
                self.model.dataChanged.emit(left, right)
                self.counts_changed.emit()
