"""The department desk's Reviews tab: the department's half of two-party FAQ review.

Thin over `core.faq.co_review`: the entries waiting for the department, the change
against the published text, and Approve / Send back with a comment, given as the
signed-in contact (the server refuses a second side from the same login).
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from liaison_app.core.errors import DomainError
from liaison_app.core.faq import co_review
from liaison_app.ui.errors import domain_error_text
from liaison_app.ui.gateway import Latest
from liaison_app.ui.models.rows import RowsModel
from liaison_app.ui.widgets.row_table import row_table

translate = QCoreApplication.translate
ID_ROLE = Qt.ItemDataRole.UserRole + 2


class ReviewsModel(RowsModel):
    COL_ENTRY, COL_QUESTION, COL_KIND, COL_CENTER, COL_MINE = range(5)

    def headers(self) -> list[str]:
        return [translate("DeskReviewsModel", "Entry"), translate("DeskReviewsModel", "Question"),
                translate("DeskReviewsModel", "Change"),
                translate("DeskReviewsModel", "Call center"),
                translate("DeskReviewsModel", "Your department")]

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        row: co_review.ReviewItem = self.rows[index.row()]
        if role == ID_ROLE:
            return row.entry_id
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        kind = (translate("DeskReviewsModel", "new revision %1 (revision %2 stays live)")
                .replace("%1", str(row.revision)).replace("%2", str(row.live_revision))
                if row.live_revision is not None else
                translate("DeskReviewsModel", "new entry, revision %1").replace("%1", str(row.revision)))
        center = (translate("DeskReviewsModel", "approved") if row.center_approved
                  else translate("DeskReviewsModel", "waiting"))
        mine = {"approved": translate("DeskReviewsModel", "approved"),
                "sent_back": translate("DeskReviewsModel", "sent back")}.get(
            row.department_decision or "", translate("DeskReviewsModel", "to review"))
        return (f"#{row.entry_id}", row.question[:80], kind, center, mine)[index.column()]

    def row_of_entry(self, entry_id: int) -> int:
        return next((i for i, r in enumerate(self.rows) if r.entry_id == entry_id), -1)


class ReviewsTab(QWidget):
    changed = Signal()

    def __init__(self, gateway, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.gateway = gateway
        person = gateway.access.person
        self.login = person.login if person else ""
        self.name = person.name if person else ""
        self.departments = person.departments if person else None
        self.entry_id: int | None = None
        self._load = Latest()
        self._detail = Latest()
        self.model = ReviewsModel(self)
        self.view = row_table(self.model, stretch=(ReviewsModel.COL_QUESTION,))
        self.view.selectionModel().currentRowChanged.connect(self._row_chosen)
        self.diff = QTextBrowser()
        self.comment = QPlainTextEdit()
        self.comment.setPlaceholderText(self.tr("Comment (required to send back)"))
        self.approve_button = QPushButton(self.tr("Approve for the department"))
        self.send_back_button = QPushButton(self.tr("Send back with comment"))
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.approve_button.clicked.connect(self.approve)
        self.send_back_button.clicked.connect(self.send_back)
        buttons = QHBoxLayout()
        buttons.addWidget(self.approve_button)
        buttons.addWidget(self.send_back_button)
        buttons.addStretch(1)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.diff, 3)
        right_layout.addWidget(self.comment, 1)
        right_layout.addLayout(buttons)
        right_layout.addWidget(self.status)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.view)
        self.splitter.addWidget(right)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)
        self._enable(False)

    def reload(self) -> None:
        departments = self.departments
        self.gateway.read(lambda s: co_review.department_reviews(s, departments),
                          self._load.wrap(self._show), owner=self)

    def _show(self, rows: list[co_review.ReviewItem]) -> None:
        keep = self.entry_id
        self.model.set_rows(rows)
        row = self.model.row_of_entry(keep) if keep is not None else -1
        if row >= 0:
            self.view.selectRow(row)
            self._load_diff(keep)
        else:
            self.entry_id = None
            self.diff.clear()
            self._enable(False)
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
        if chosen != self.entry_id:
            self.status.clear()
        self.entry_id = chosen
        self._load_diff(chosen)

    def _load_diff(self, entry_id: int) -> None:
        self.gateway.read(lambda s: co_review.change_under_review(s, entry_id),
                          self._detail.wrap(self._show_diff), owner=self)

    def _show_diff(self, lines: list[str]) -> None:
        html = []
        for line in lines:
            color = ("#1b5e20" if line.startswith("+") and not line.startswith("+++")
                     else "#b71c1c" if line.startswith("-") and not line.startswith("---")
                     else "#555")
            html.append(f"<div style='color:{color};white-space:pre-wrap'>{escape(line)}</div>")
        self.diff.setHtml("".join(html))
        self._enable(True)

    def _enable(self, on: bool) -> None:
        for widget in (self.comment, self.approve_button, self.send_back_button):
            widget.setEnabled(on)

    def _failed(self, exc: Exception) -> None:
        if isinstance(exc, DomainError):
            self.status.setText(domain_error_text(exc))
        else:
            self.status.setText(self.tr("The server refused the change: %1")
                                .replace("%1", str(getattr(exc, "orig", exc)).splitlines()[0]))

    def _done(self, message: str):
        def done(_result) -> None:
            self.comment.clear()
            self.status.setText(message)
            self.reload()

        return done

    def approve(self) -> None:
        if self.entry_id is None:
            return
        entry_id, login, name, comment = (self.entry_id, self.login, self.name,
                                          self.comment.toPlainText())
        self.gateway.write_own(
            lambda s: co_review.approve_as_department(s, entry_id, login, name, comment).id,
            self._done(self.tr("Approved for the department.")), self._failed, owner=self)

    def send_back(self) -> None:
        if self.entry_id is None:
            return
        entry_id, login, name, comment = (self.entry_id, self.login, self.name,
                                          self.comment.toPlainText())
        self.gateway.write_own(
            lambda s: co_review.send_back_as_department(s, entry_id, login, name, comment).id,
            self._done(self.tr("Sent back to the information manager with your comment.")),
            self._failed, owner=self)
