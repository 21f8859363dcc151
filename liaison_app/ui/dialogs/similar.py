"""Similar questions (相似問): one entry's phrasings, or the review list of new captures.

In review mode the manager goes through the wordings captured from answered questions
(newest first) and keeps, edits or drops each; in entry mode the same table shows one
entry's phrasings, and typed ones can be added. All writes go through
core.similar_questions, off the GUI thread.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from liaison_app.core.faq.similar_questions import Phrasing, add_similar, drop, keep, list_similar
from liaison_app.core.search.learning import relearn_if_due
from liaison_app.ui.gateway import DatabaseGateway
from liaison_app.ui.labels.times import local_when_text
from liaison_app.ui.models.rows import RowsModel

COL_TEXT, COL_ENTRY, COL_SOURCE, COL_WHEN = range(4)


class PhrasingModel(RowsModel):
    edited = Signal(int, str)  # similar id, new text

    def headers(self) -> list[str]:
        return [self.tr("Customer's wording"), self.tr("FAQ entry"), self.tr("From"),
                self.tr("Captured")]

    def source_text(self, row: Phrasing) -> str:
        names = {"question": self.tr("answered question"), "merged": self.tr("merged duplicate"),
                 "created": self.tr("entry created from it"), "import": self.tr("import"),
                 "typed": self.tr("typed"), "entry": self.tr("merged FAQ entry")}
        label = names.get(row.source, row.source)
        return f"{label} {row.question_ref}" if row.question_ref else label

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return (row.text, f"#{row.entry_id} {row.entry_question}", self.source_text(row),
                    local_when_text(row.created_at))[column]
        if role == Qt.ItemDataRole.FontRole and row.status == "new" and column == COL_TEXT:
            from PySide6.QtGui import QFont

            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ToolTipRole and column in (COL_TEXT, COL_ENTRY):
            return row.text if column == COL_TEXT else row.entry_question
        return None

    def flags(self, index):
        base = super().flags(index)
        if index.isValid() and index.column() == COL_TEXT:
            return base | Qt.ItemFlag.ItemIsEditable
        return base

    def setData(self, index, value, role=Qt.ItemDataRole.EditRole) -> bool:
        if role != Qt.ItemDataRole.EditRole or index.column() != COL_TEXT:
            return False
        text = str(value).strip()
        row = self.rows[index.row()]
        if not text or text == row.text:
            return False
        self.edited.emit(row.id, text)
        return True


class SimilarQuestionsDialog(QDialog):
    changed = Signal()

    def __init__(self, gateway: DatabaseGateway, actor: str, entry_id: int | None = None,
                 parent=None) -> None:
        super().__init__(parent)
        self._gateway = gateway
        self._actor = actor
        self._entry_id = entry_id
        self.setObjectName("similarDialog")
        self.setMinimumSize(760, 420)
        if entry_id is None:
            self.setWindowTitle(self.tr("Captured phrasings to review"))
            intro = self.tr("Customers' wordings captured when questions were answered from the FAQ. "
                            "They are searched already; keep the good ones (edit them if a detail "
                            "slipped through) and drop the rest. Double-click a wording to edit it.")
        else:
            self.setWindowTitle(self.tr("Similar questions of FAQ entry #%1").replace("%1", str(entry_id)))
            intro = self.tr("Other wordings of this entry's question, searched beside it. "
                            "Double-click a wording to edit it.")
        label = QLabel(intro)
        label.setWordWrap(True)
        self.model = PhrasingModel(self)
        self.model.edited.connect(self._edit)
        self.table = QTableView()
        self.table.setObjectName("similarTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(COL_TEXT, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_ENTRY, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(COL_SOURCE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_WHEN, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setWordWrap(False)
        self.table.setColumnHidden(COL_ENTRY, entry_id is not None)
        self.keep_button = QPushButton(self.tr("Keep"))
        self.keep_button.setObjectName("similarKeep")
        self.drop_button = QPushButton(self.tr("Drop"))
        self.drop_button.setObjectName("similarDrop")
        self.new_text = QLineEdit()
        self.new_text.setObjectName("similarNewText")
        self.new_text.setPlaceholderText(self.tr("Another way customers ask it"))
        self.add_button = QPushButton(self.tr("Add"))
        self.add_button.setObjectName("similarAdd")
        self.message = QLabel()
        self.message.setObjectName("similarMessage")
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        buttons = QHBoxLayout()
        buttons.addWidget(self.keep_button)
        buttons.addWidget(self.drop_button)
        if entry_id is not None:
            buttons.addWidget(self.new_text, 1)
            buttons.addWidget(self.add_button)
        else:
            buttons.addStretch(1)
        buttons.addWidget(close)
        self.new_text.setVisible(entry_id is not None)
        self.add_button.setVisible(entry_id is not None)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addLayout(buttons)
        self.keep_button.clicked.connect(self.keep_selected)
        self.drop_button.clicked.connect(self.drop_selected)
        self.add_button.clicked.connect(self.add_typed)
        self.new_text.returnPressed.connect(self.add_typed)
        self.reload()

    def reload(self) -> None:
        entry_id = self._entry_id

        def load(session):
            if entry_id is None:
                return list_similar(session, status="new")
            return list_similar(session, entry_id)

        self._gateway.read(load, self.model.set_rows, lambda exc: self.message.setText(str(exc)),
                           owner=self)

    def _selected_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedRows()})
        return [self.model.rows[r].id for r in rows]

    def _write(self, work, done_text: str) -> None:
        def done(_result) -> None:
            self.message.setText(done_text)
            self.changed.emit()
            self.reload()

        self._gateway.write(work, done, lambda exc: self.message.setText(str(exc)), owner=self)
        # Phrasings are the pairs search learns from: relearn in the background when due.
        self._gateway.write(relearn_if_due)

    def keep_selected(self) -> None:
        ids = self._selected_ids()
        if ids:
            self._write(lambda s: [keep(s, i) for i in ids], self.tr("Kept."))

    def drop_selected(self) -> None:
        ids = self._selected_ids()
        if ids:
            self._write(lambda s: [drop(s, i) for i in ids], self.tr("Dropped."))

    def _edit(self, similar_id: int, text: str) -> None:
        self._write(lambda s: keep(s, similar_id, text), self.tr("Saved."))

    def add_typed(self) -> None:
        text = self.new_text.text().strip()
        entry_id, actor = self._entry_id, self._actor
        if not text or entry_id is None:
            return

        def work(session):
            row = add_similar(session, entry_id, text, "typed", actor, reviewed=True, generalised=False)
            if row is None:
                raise ValueError(self.tr("The entry already has this wording."))
            return row.id

        self.new_text.clear()
        self._write(work, self.tr("Added."))
