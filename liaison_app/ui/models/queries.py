"""Item models of the Queries page: open queries and the unmatched mail tray."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor

from liaison_app.core.correspondence.listing import QueryRow, TrayRow
from liaison_app.core.timeutil import utcnow
from liaison_app.ui.labels.times import local_when_text
from liaison_app.ui.models.rows import RowsModel

translate = QCoreApplication.translate
SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2
OVERDUE_BRUSH = QBrush(QColor("#fde2e1"))


def _age(hours: float) -> str:
    if hours < 1:
        return translate("QueriesModel", "%1 min").replace("%1", str(int(hours * 60)))
    if hours < 48:
        return translate("QueriesModel", "%1 h").replace("%1", str(int(hours)))
    return translate("QueriesModel", "%1 days").replace("%1", str(int(hours // 24)))


class QueriesModel(RowsModel):
    COL_DEPARTMENT, COL_REF, COL_TEXT, COL_AGE, COL_DUE, COL_STATE, COL_CHASES, COL_ESCALATED = range(8)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.now = utcnow()

    def set_rows(self, rows: list[QueryRow]) -> None:
        self.now = utcnow()  # ages and due states are as of loading
        super().set_rows(rows)

    def headers(self) -> list[str]:
        return [translate("QueriesModel", "Department"), translate("QueriesModel", "Question"),
                translate("QueriesModel", "Text"), translate("QueriesModel", "Age"),
                translate("QueriesModel", "Due"), translate("QueriesModel", "State"),
                translate("QueriesModel", "Chases"), translate("QueriesModel", "Escalated")]

    def state_of(self, row: QueryRow) -> str:
        if row.paused:
            return translate("QueriesModel", "asked you back: answer it")
        if row.overdue:
            return translate("QueriesModel", "overdue")
        if row.due_soon:
            return translate("QueriesModel", "due soon")
        if row.last_reply_at:
            return translate("QueriesModel", "reply in")
        return translate("QueriesModel", "waiting")

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        col = index.column()
        if role == ID_ROLE:
            return row.query_id
        if role == Qt.ItemDataRole.BackgroundRole and row.overdue:
            return OVERDUE_BRUSH
        if role == SORT_ROLE:
            return (row.department, row.ref, row.text, row.age_hours(self.now),
                    row.due_at.timestamp() if row.due_at else 0, row.overdue, row.chase_count,
                    row.escalated_at.timestamp() if row.escalated_at else 0)[col]
        if role == Qt.ItemDataRole.ToolTipRole and col == self.COL_TEXT:
            return row.text
        if role == Qt.ItemDataRole.ToolTipRole and col == self.COL_DEPARTMENT and row.holder:
            return translate("QueriesModel", "Handed over on the department desk to %1").replace(
                "%1", row.holder)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if col == self.COL_DEPARTMENT:
            if row.holder:
                # handed over on the department desk: who holds the query now
                return translate("QueriesModel", "%1 · with %2").replace(
                    "%1", row.department).replace("%2", row.holder)
            return row.department
        if col == self.COL_REF:
            return row.ref
        if col == self.COL_TEXT:
            return row.text[:80]
        if col == self.COL_AGE:
            return _age(row.age_hours(self.now))
        if col == self.COL_DUE:
            return local_when_text(row.due_at)
        if col == self.COL_STATE:
            return self.state_of(row)
        if col == self.COL_CHASES:
            return str(row.chase_count)
        return local_when_text(row.escalated_at)


class TrayModel(RowsModel):
    COL_RECEIVED, COL_FROM, COL_SUBJECT, COL_STATE = range(4)

    def headers(self) -> list[str]:
        return [translate("QueriesModel", "Received"), translate("QueriesModel", "From"),
                translate("QueriesModel", "Subject"), translate("QueriesModel", "State")]

    def state_of(self, row: TrayRow) -> str:
        if row.state == "quarantined":
            return translate("QueriesModel", "quarantined: %1").replace("%1", row.error or "")
        if row.candidate_question_id:
            return translate("QueriesModel", "confirm: LQ-%1").replace(
                "%1", f"{row.candidate_question_id:06d}")
        if row.auto_kind == "bounce":
            return translate("QueriesModel", "bounce")
        if row.auto_kind:
            return translate("QueriesModel", "auto-reply")
        return translate("QueriesModel", "unmatched")

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row = self.rows[index.row()]
        col = index.column()
        if role == ID_ROLE:
            return row.message_id
        if role == SORT_ROLE:
            return (row.received_at.timestamp() if row.received_at else 0, row.from_addr,
                    row.subject, row.state)[col]
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        return (local_when_text(row.received_at), row.from_addr, row.subject,
                self.state_of(row))[col]
