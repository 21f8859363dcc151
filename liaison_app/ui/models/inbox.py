"""The Inbox table: forwarded questions, paged, filtered and sorted in SQL."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont
from sqlalchemy.orm import Session

from liaison_app.core.models import question_ref
from liaison_app.core.questions.listing import (
    QuestionFilter,
    QuestionRow,
    count_questions,
    fetch_by_ids,
    fetch_ids,
    fetch_page,
)
from liaison_app.core.timeutil import utcnow
from liaison_app.ui.labels.common import status_label
from liaison_app.ui.labels.times import local_datetime_text, local_when_text
from liaison_app.ui.models.paged import PagedSqlModel

COL_REF, COL_STATUS, COL_TEXT, COL_AGENTS, COL_DEPARTMENT, COL_PRODUCT, COL_FORWARDED, COL_DUE = range(8)

_SORT_KEYS = {
    COL_REF: "id",
    COL_STATUS: "status",
    COL_TEXT: "text",
    COL_DEPARTMENT: "department",
    COL_PRODUCT: "product",
    COL_FORWARDED: "created_at",
    COL_DUE: "due_at",
}

_OVERDUE = QColor("#c62828")
_URGENT = QColor("#e65100")


translate = QCoreApplication.translate


@cache
def _bold() -> QFont:
    """One bold font for every unread cell (made once the application exists)."""
    font = QFont()
    font.setBold(True)
    return font


class InboxModel(PagedSqlModel):
    def __init__(self, gateway, parent=None) -> None:
        super().__init__(gateway, parent)
        self.filter = QuestionFilter()
        self.sort_column = COL_FORWARDED
        self.sort_order = Qt.SortOrder.DescendingOrder
        self._now = utcnow()

    def headers(self) -> list[str]:
        return [
            translate("InboxModel", "Ref"), translate("InboxModel", "Status"), translate("InboxModel", "Question"), translate("InboxModel", "Agents"), translate("InboxModel", "Department"),
            translate("InboxModel", "Product"), translate("InboxModel", "Forwarded"), translate("InboxModel", "Due"),
        ]

    def sortable_columns(self) -> set[int]:
        return set(_SORT_KEYS)

    def set_filter(self, filt: QuestionFilter) -> None:
        self.filter = filt
        self.reload()

    def query(self) -> tuple[QuestionFilter, str, bool]:
        return (self.filter, _SORT_KEYS.get(self.sort_column, "created_at"),
                self.sort_order == Qt.SortOrder.DescendingOrder)

    def loaded(self, query) -> None:
        self._now = utcnow()

    def count_rows(self, session: Session, query) -> int:
        return count_questions(session, query[0])

    def fetch_rows(self, session: Session, query, offset: int, limit: int) -> list[QuestionRow]:
        filt, sort, descending = query
        return fetch_page(session, filt, offset, limit, sort=sort, descending=descending)

    def fetch_ids(self, session: Session, query) -> list[int]:
        filt, sort, descending = query
        return fetch_ids(session, filt, sort=sort, descending=descending)

    def fetch_rows_by_ids(self, session: Session, query, ids: list[int]) -> list[QuestionRow]:
        return fetch_by_ids(session, ids)

    def _is_overdue(self, row: QuestionRow) -> bool:
        return row.overdue

    def display(self, row: QuestionRow, column: int):
        if column == COL_REF:
            return question_ref(row.id)
        if column == COL_STATUS:
            if row.paused:
                # the department asked back: the question waits on the manager, not late
                return translate("InboxModel", "Waiting for you (paused)")
            return status_label(row.status)
        if column == COL_TEXT:
            first = row.text.strip().splitlines()[0] if row.text.strip() else ""
            return (translate("InboxModel", "[Urgent] ") + first) if row.urgent else first
        if column == COL_AGENTS:
            if not row.first_agent:
                return ""
            if row.agent_count > 1:
                return translate("InboxModel", "%1 +%2").replace("%1", row.first_agent).replace(
                    "%2", str(row.agent_count - 1)
                )
            return row.first_agent
        if column == COL_DEPARTMENT:
            return row.department or ""
        if column == COL_PRODUCT:
            return row.product
        if column == COL_FORWARDED:
            return local_when_text(row.created_at)
        if column == COL_DUE:
            return local_when_text(row.due_at)
        return None

    def sort_value(self, row: QuestionRow, column: int):
        if column == COL_REF:
            return row.id
        if column == COL_FORWARDED:
            return row.created_at
        if column == COL_DUE:
            return row.due_at
        return self.display(row, column)

    def style(self, row: QuestionRow, column: int, role: int):
        if role == Qt.ItemDataRole.FontRole and row.unread:
            return _bold()
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == COL_DUE and self._is_overdue(row):
                return QBrush(_OVERDUE)
            if column == COL_TEXT and row.urgent:
                return QBrush(_URGENT)
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_STATUS and row.paused:
            return translate("InboxModel", "The department asked you for details; its due "
                             "time is paused until you answer.")
        if role == Qt.ItemDataRole.ToolTipRole and column == COL_DUE and self._is_overdue(row):
            return translate("InboxModel", "Overdue") + " · " + local_datetime_text(row.due_at)
        if role == Qt.ItemDataRole.ToolTipRole and column in (COL_FORWARDED, COL_DUE):
            return local_datetime_text(row.created_at if column == COL_FORWARDED else row.due_at) or None
        return None
