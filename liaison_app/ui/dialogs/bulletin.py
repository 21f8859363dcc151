""""New bulletin": a notice to agents with validity, pinned flag and an optional FAQ entry."""

from __future__ import annotations

from datetime import datetime, time

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
)

from liaison_app.core.faq import bulletins
from liaison_app.ui.errors import domain_error_text
from liaison_app.ui.gateway import DatabaseGateway


class BulletinDialog(QDialog):
    created = Signal(int)

    def __init__(self, gateway: DatabaseGateway, actor: str, parent=None) -> None:
        super().__init__(parent)
        self._gateway = gateway
        self._actor = actor
        self.setObjectName("bulletinDialog")
        self.setWindowTitle(self.tr("New bulletin"))
        self.setMinimumWidth(480)
        self.title = QLineEdit()
        self.title.setObjectName("bulletinTitle")
        self.body = QPlainTextEdit()
        self.body.setObjectName("bulletinBody")
        self.body.setTabChangesFocus(True)
        self.valid_from = QDateEdit(QDate.currentDate())
        self.valid_until = QDateEdit(QDate.currentDate().addDays(bulletins.DEFAULT_DAYS))
        for edit in (self.valid_from, self.valid_until):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.pinned = QCheckBox(self.tr("Pinned at the top"))
        self.pinned.setObjectName("bulletinPinned")
        self.entry = QSpinBox()
        self.entry.setObjectName("bulletinEntry")
        self.entry.setRange(0, 2_000_000_000)
        self.entry.setSpecialValueText(self.tr("none"))
        self.error = QLabel()
        self.error.setObjectName("bulletinError")
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Title:"), self.title)
        form.addRow(self.tr("Text:"), self.body)
        form.addRow(self.tr("Shown from:"), self.valid_from)
        form.addRow(self.tr("Until (the day before):"), self.valid_until)
        form.addRow("", self.pinned)
        form.addRow(self.tr("Related FAQ entry #:"), self.entry)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def save(self) -> None:
        def day(edit: QDateEdit) -> datetime:
            return datetime.combine(edit.date().toPython(), time(0, 0)).astimezone()

        title, body, actor = self.title.text(), self.body.toPlainText(), self._actor
        start, end, pinned = day(self.valid_from), day(self.valid_until), self.pinned.isChecked()
        entry = self.entry.value() or None

        def work(session) -> int:
            return bulletins.create(session, title, body, actor, valid_from=start, valid_until=end,
                                    pinned=pinned, faq_entry_id=entry).id

        def done(bulletin_id: int) -> None:
            self.created.emit(bulletin_id)
            self.accept()

        def failed(exc: Exception) -> None:
            self.error.setText(self.tr("Not saved: %1").replace("%1", domain_error_text(exc)))

        self._gateway.write(work, done, failed, owner=self)
