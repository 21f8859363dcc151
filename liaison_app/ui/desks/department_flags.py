"""The department desk's Flags tab: flags agents raised on the department's entries, and
the department's fix proposed as a new revision (agents keep the published one until the
fix passes two-party review). Thin over `core.faq.co_review`."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from liaison_app.core.errors import DomainError
from liaison_app.core.faq import co_review
from liaison_app.ui.errors import domain_error_text
from liaison_app.ui.gateway import Latest
from liaison_app.ui.labels.faq import flag_kind_label
from liaison_app.ui.labels.times import local_when_text
from liaison_app.ui.models.rows import RowsModel
from liaison_app.ui.widgets.row_table import row_table

translate = QCoreApplication.translate
ID_ROLE = Qt.ItemDataRole.UserRole + 2


class FlagsModel(RowsModel):
    def headers(self) -> list[str]:
        return [translate("DeskFlagsModel", "Entry"), translate("DeskFlagsModel", "Question"),
                translate("DeskFlagsModel", "Flag"), translate("DeskFlagsModel", "Comment"),
                translate("DeskFlagsModel", "Flagged"), translate("DeskFlagsModel", "Fix")]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row: co_review.DeskFlag = self.rows[index.row()]
        if role == ID_ROLE:
            return row.entry_id
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        fix = (translate("DeskFlagsModel", "revision %1 in review").replace("%1", str(row.fix_revision))
               if row.fix_revision else "")
        return (f"#{row.entry_id}", row.question[:60], flag_kind_label(row.kind), row.comment,
                f"{local_when_text(row.flagged_at)} {row.flagged_by}", fix)[index.column()]

    def row_of_entry(self, entry_id: int) -> int:
        return next((i for i, r in enumerate(self.rows) if r.entry_id == entry_id), -1)


class FlagsTab(QWidget):
    changed = Signal()

    def __init__(self, gateway, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.gateway = gateway
        person = gateway.access.person
        self.name = person.name if person else ""
        self.departments = person.departments if person else None
        self.entry_id: int | None = None
        self.start: dict | None = None
        self._load = Latest()
        self._text = Latest()
        self.model = FlagsModel(self)
        self.view = row_table(self.model, stretch=(1, 3))  # the question and the comment
        self.view.selectionModel().currentRowChanged.connect(self._row_chosen)
        self.question = QLineEdit()
        self.answer = QPlainTextEdit()
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("What changed, for the reviewers"))
        self.propose_button = QPushButton(self.tr("Propose the fix for review"))
        self.propose_button.clicked.connect(self.propose)
        self.status = QLabel()
        self.status.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Question"), self.question)
        form.addRow(self.tr("Answer"), self.answer)
        form.addRow(self.tr("Note"), self.note)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(QLabel(self.tr("Agents keep the published text until your fix "
                                              "passes review.")))
        right_layout.addLayout(form)
        right_layout.addWidget(self.propose_button)
        right_layout.addWidget(self.status)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.view)
        self.splitter.addWidget(right)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)
        self._enable(False)

    def reload(self) -> None:
        departments = self.departments
        self.gateway.read(lambda s: co_review.department_flags(s, departments),
                          self._load.wrap(self._show), owner=self)

    def _show(self, rows: list[co_review.DeskFlag]) -> None:
        self.model.set_rows(rows)
        if self.entry_id is not None and self.model.row_of_entry(self.entry_id) >= 0:
            self.view.selectRow(self.model.row_of_entry(self.entry_id))
        self.changed.emit()

    def select_entry(self, entry_id: int) -> bool:
        row = self.model.row_of_entry(entry_id)
        if row >= 0:
            self.view.selectRow(row)
        return row >= 0

    def _row_chosen(self, current, _previous) -> None:
        if not current.isValid():
            return
        chosen = self.model.data(self.model.index(current.row(), 0), ID_ROLE)
        if chosen == self.entry_id and self.start is not None:
            return  # a reload: keep what is being typed
        self.entry_id = chosen
        self.status.clear()
        self._enable(False)
        self.gateway.read(lambda s: co_review.text_to_fix(s, chosen),
                          self._text.wrap(self._show_text), owner=self)

    def _show_text(self, start: dict) -> None:
        self.start = start
        self.question.setText(start["question"])
        self.answer.setPlainText(start["answer"])
        self.note.clear()
        self._enable(True)

    def _enable(self, on: bool) -> None:
        for widget in (self.question, self.answer, self.note, self.propose_button):
            widget.setEnabled(on)

    def _failed(self, exc: Exception) -> None:
        if isinstance(exc, DomainError):
            self.status.setText(domain_error_text(exc))
        else:
            self.status.setText(self.tr("The server refused the change: %1")
                                .replace("%1", str(getattr(exc, "orig", exc)).splitlines()[0]))

    def propose(self) -> None:
        if self.entry_id is None or self.start is None:
            return
        entry_id, start, name = self.entry_id, self.start, self.name
        question, answer, note = self.question.text(), self.answer.toPlainText(), self.note.text()

        def done(number: int) -> None:
            self.status.setText(self.tr("Revision %1 proposed: it goes live once the call "
                                        "center and your department approve it.")
                                .replace("%1", str(number)))
            self.reload()
            self.changed.emit()

        self.gateway.write_own(
            lambda s: co_review.propose_revision(s, entry_id, question, answer,
                                                 start["key_points"], start["keywords"], name,
                                                 note),
            done, self._failed, owner=self)
