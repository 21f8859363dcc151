"""The audit trail: who changed what and when, filtered by date, person and target.

The rows come from core.team.audit (on a team server the trigger-written `audit_log`, on
SQLite the question and FAQ events), loaded through the window's gateway; the dialog is
non-modal and holds no rules.
"""

from __future__ import annotations

import json
from datetime import UTC, datetime

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from liaison_app.core.team.audit import AuditRow, audit_trail
from liaison_app.ui.errors import domain_error_text
from liaison_app.ui.gateway import DatabaseGateway
from liaison_app.ui.labels.times import local_datetime_text
from liaison_app.ui.models.rows import RowsModel

SORT_ROLE = Qt.ItemDataRole.UserRole + 1


class AuditModel(RowsModel):
    COL_AT, COL_PERSON, COL_ACTION, COL_TARGET, COL_CHANGE = range(5)

    def headers(self) -> list[str]:
        return [self.tr("When"), self.tr("Person"), self.tr("Action"), self.tr("Target"),
                self.tr("Change")]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row: AuditRow = self.rows[index.row()]
        col = index.column()
        if role == SORT_ROLE:
            return row.at.isoformat() if col == self.COL_AT else self.data(index)
        if role == Qt.ItemDataRole.ToolTipRole and col == self.COL_CHANGE:
            return json.dumps({"before": row.before, "after": row.after}, ensure_ascii=False,
                              indent=1, default=str)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if col == self.COL_AT:
            return local_datetime_text(row.at, with_seconds=True)
        if col == self.COL_PERSON:
            return row.person if row.person == row.login else f"{row.person} ({row.login})"
        if col == self.COL_ACTION:
            return row.action
        if col == self.COL_TARGET:
            return row.target
        return _changed(row)


def _changed(row: AuditRow) -> str:
    """The fields a change touched, `name: before → after`, shortened for one line."""
    before, after = row.before or {}, row.after or {}
    keys = [k for k in sorted(set(before) | set(after)) if before.get(k) != after.get(k)]
    parts = [f"{k}: {str(before.get(k, ''))[:30]} → {str(after.get(k, ''))[:30]}"
             for k in keys if k not in ("updated_at",)]
    return "; ".join(parts)[:300]


class AuditDialog(QDialog):
    def __init__(self, gateway: DatabaseGateway, parent=None) -> None:
        super().__init__(parent)
        self.gateway = gateway
        self.setWindowTitle(self.tr("Audit trail"))
        self.resize(900, 500)
        self.since = QDateEdit(QDate.currentDate().addDays(-7))
        self.since.setCalendarPopup(True)
        self.person = QLineEdit()
        self.person.setPlaceholderText(self.tr("login or name"))
        self.target = QLineEdit()
        self.target.setPlaceholderText(self.tr("e.g. questions or questions:12"))
        self.show_button = QPushButton(self.tr("Show"))
        self.show_button.clicked.connect(self.load)
        filters = QHBoxLayout()
        for label, widget in ((self.tr("Since:"), self.since), (self.tr("Person:"), self.person),
                              (self.tr("Target:"), self.target)):
            filters.addWidget(QLabel(label))
            filters.addWidget(widget)
        filters.addWidget(self.show_button)
        self.model = AuditModel(self)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.horizontalHeader().setStretchLastSection(True)
        self.status = QLabel()
        layout = QVBoxLayout(self)
        layout.addLayout(filters)
        layout.addWidget(self.view)
        layout.addWidget(self.status)

    def load(self) -> None:
        day = self.since.date()
        since = datetime(day.year(), day.month(), day.day()).astimezone(UTC)  # local midnight
        person = self.person.text().strip() or None
        target = self.target.text().strip() or None
        self.status.setText(self.tr("Loading…"))
        self.gateway.read(lambda s: audit_trail(s, since, person=person, target=target),
                          self._loaded, self._failed, owner=self)

    def _loaded(self, rows: list[AuditRow]) -> None:
        self.model.set_rows(rows)
        self.view.resizeColumnsToContents()
        self.status.setText(self.tr("%n change(s)", "", len(rows)))

    def _failed(self, exc: Exception) -> None:
        self.status.setText(self.tr("The audit could not be read: %1").replace(
            "%1", domain_error_text(exc)))
