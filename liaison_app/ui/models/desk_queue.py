"""The department desk's queue: its open queries, soonest due first (core orders them)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from liaison_app.core.team.department_desk import DeskQuery, DueState
from liaison_app.ui.labels.times import local_when_text
from liaison_app.ui.models.rows import RowsModel

translate = QCoreApplication.translate
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
OVERDUE_BRUSH = QBrush(QColor("#fde2e1"))
PAUSED_BRUSH = QBrush(QColor("#eef2f7"))


def due_state_label(state: DueState) -> str:
    return {
        DueState.ON_TIME: translate("DeskQueueModel", "on time"),
        DueState.DUE_SOON: translate("DeskQueueModel", "due soon"),
        DueState.OVERDUE: translate("DeskQueueModel", "overdue"),
        DueState.PAUSED: translate("DeskQueueModel", "paused: waiting for the manager"),
    }[state]


class DeskQueueModel(RowsModel):
    COL_REF, COL_QUESTION, COL_DEPARTMENT, COL_DUE, COL_STATE, COL_BADGES = range(6)

    def headers(self) -> list[str]:
        return [translate("DeskQueueModel", "Question"), translate("DeskQueueModel", "Text"),
                translate("DeskQueueModel", "Department"), translate("DeskQueueModel", "Due"),
                translate("DeskQueueModel", "State"), translate("DeskQueueModel", "Marks")]

    def badges_of(self, row: DeskQuery) -> str:
        marks = []
        if row.new:
            marks.append(translate("DeskQueueModel", "new"))
        if row.answer_sent:
            marks.append(translate("DeskQueueModel", "answer sent"))
        if row.chase_count:
            marks.append(translate("DeskQueueModel", "chased %1×").replace("%1", str(row.chase_count)))
        if row.escalated:
            marks.append(translate("DeskQueueModel", "escalated"))
        if row.assignee:
            marks.append(translate("DeskQueueModel", "with %1").replace("%1", row.assignee))
        return " · ".join(marks)

    def row_of_query(self, query_id: int) -> int:
        return next((i for i, r in enumerate(self.rows) if r.query_id == query_id), -1)

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row: DeskQuery = self.rows[index.row()]
        col = index.column()
        if role == ID_ROLE:
            return row.query_id
        if role == Qt.ItemDataRole.BackgroundRole:
            if row.due_state == DueState.OVERDUE:
                return OVERDUE_BRUSH
            return PAUSED_BRUSH if row.due_state == DueState.PAUSED else None
        if role == Qt.ItemDataRole.FontRole and row.new:
            font = QFont()
            font.setBold(True)
            return font
        if role == SORT_ROLE:
            return (row.ref, row.question, row.department,
                    row.due_at.timestamp() if row.due_at else 0, row.due_state.value,
                    int(row.new))[col]
        if role == Qt.ItemDataRole.ToolTipRole and col == self.COL_QUESTION:
            return row.question
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return (row.ref, row.question[:80], row.department, local_when_text(row.due_at),
                due_state_label(row.due_state), self.badges_of(row))[col]
