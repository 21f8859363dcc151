"""The agent desk's small lists: search results, the agent's questions, the bulletins.

Each holds what one background call returned (at most a few hundred rows, already
shaped by core/agent_desk); none runs SQL.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from liaison_app.core.agent_desk.board import BoardItem
from liaison_app.core.agent_desk.forwards import MyQuestion
from liaison_app.core.search.faq_search import FaqHit
from liaison_app.ui.labels.common import status_label
from liaison_app.ui.labels.times import local_datetime_text, local_when_text

translate = QCoreApplication.translate
IdRole = Qt.ItemDataRole.UserRole + 1


class ResultsModel(QAbstractListModel):
    """The entries found for the text in the search box, best first."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.hits: list[FaqHit] = []

    def set_hits(self, hits: list[FaqHit]) -> None:
        self.beginResetModel()
        self.hits = list(hits)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.hits)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.hits):
            return None
        hit = self.hits[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return hit.question
        if role == Qt.ItemDataRole.ToolTipRole:
            return hit.phrasing or hit.question
        if role == IdRole:
            return hit.id
        return None


class MyQuestionsModel(QAbstractTableModel):
    COL_REF, COL_STATUS, COL_QUESTION, COL_REPLY = range(4)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[MyQuestion] = []
        self.queued: list[str] = []  # texts of forwards still waiting to be sent

    def set_rows(self, rows: list[MyQuestion], queued: list[str]) -> None:
        self.beginResetModel()
        self.rows, self.queued = list(rows), list(queued)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.queued) + len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (translate("MyQuestionsModel", "Ref"), translate("MyQuestionsModel", "State"),
                    translate("MyQuestionsModel", "Question"),
                    translate("MyQuestionsModel", "Answer or reason"))[section]
        return None

    def question_at(self, row: int) -> MyQuestion | None:
        row -= len(self.queued)
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        col = index.column()
        if index.row() < len(self.queued):
            if role != Qt.ItemDataRole.DisplayRole:
                return None
            return ("", translate("MyQuestionsModel", "Waiting to be sent"),
                    self.queued[index.row()], "")[col]
        q = self.question_at(index.row())
        if q is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            reply = q.answer if q.outcome == "answered" else (q.reject_reason or "")
            return (q.ref, status_label(q.status), q.text.replace("\n", " "),
                    (reply or "").replace("\n", " "))[col]
        if role == Qt.ItemDataRole.ToolTipRole:
            return translate("MyQuestionsModel", "Forwarded %1").replace(
                "%1", local_datetime_text(q.forwarded_at))
        if role == IdRole:
            return q.id
        return None


class BoardModel(QAbstractListModel):
    """The bulletins shown now; the unread ones in bold, first."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.items: list[BoardItem] = []

    def set_items(self, items: list[BoardItem]) -> None:
        self.beginResetModel()
        self.items = list(items)
        self.endResetModel()

    @property
    def unread(self) -> int:
        return sum(1 for i in self.items if not i.read)

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.items)

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.items):
            return None
        item = self.items[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            mark = translate("BoardModel", "(new) ") if not item.read else ""
            return f"{mark}{local_when_text(item.valid_from)}  {item.title}"
        if role == Qt.ItemDataRole.FontRole and not item.read:
            font = QFont()
            font.setBold(True)
            return font
        if role == IdRole:
            return item.id
        return None
