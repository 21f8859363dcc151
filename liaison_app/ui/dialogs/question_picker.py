"""Pick the question a mail belongs to: search by LQ number or words, choose from a list.

*Attach to question…* in the unmatched tray used to ask for a bare number; the manager
had to look it up elsewhere first. Like Zendesk's "merge into ticket" or Thunderbird's
folder picker, the dialog searches as one types (the Inbox's own filter in core, both
Chinese scripts, LQ numbers) and lists open questions first; closed ones on request.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListView,
    QVBoxLayout,
)

from liaison_app.core.models import OPEN_STATUSES, question_ref
from liaison_app.core.questions.listing import MAX_FILTER_CHARS, QuestionFilter, fetch_page
from liaison_app.ui.gateway import DatabaseGateway, Latest
from liaison_app.ui.labels.common import status_label

ID_ROLE = Qt.ItemDataRole.UserRole + 1
SHOWN = 50  # a pick list, not a browser: the search narrows it


class QuestionPicker(QDialog):
    def __init__(self, gateway: DatabaseGateway, on_pick: Callable[[int], None], title: str,
                 hint: str = "", parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("questionPicker")
        self.setWindowTitle(title)
        self._gateway = gateway
        self._on_pick = on_pick
        self._latest = Latest()
        self.loaded = False
        self.search = QLineEdit()
        self.search.setObjectName("pickerSearch")
        self.search.setPlaceholderText(self.tr("LQ number or words of the question"))
        self.search.setClearButtonEnabled(True)
        self.search.setMaxLength(MAX_FILTER_CHARS)
        self.closed_too = QCheckBox(self.tr("Include answered and closed questions"))
        self.closed_too.setObjectName("pickerClosedToo")
        self.model = QStandardItemModel(self)
        self.view = QListView()
        self.view.setObjectName("pickerList")
        self.view.setModel(self.model)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setUniformItemSizes(True)
        self.count = QLabel()
        self.count.setObjectName("pickerCount")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.pick_button = self.buttons.addButton(self.tr("Attach"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.pick_button.setObjectName("pickerAttach")
        self.pick_button.setEnabled(False)
        self.pick_button.clicked.connect(self._pick)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if hint:
            note = QLabel(hint)
            note.setWordWrap(True)
            layout.addWidget(note)
        layout.addWidget(self.search)
        layout.addWidget(self.closed_too)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.count)
        layout.addWidget(self.buttons)
        self.resize(560, 420)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(200)
        self._debounce.timeout.connect(self.reload)
        self.search.textChanged.connect(self._debounce.start)
        self.closed_too.toggled.connect(self.reload)
        self.view.selectionModel().currentChanged.connect(
            lambda current, _prev: self.pick_button.setEnabled(current.isValid()))
        self.view.activated.connect(lambda _index: self._pick())
        self.reload()

    def reload(self) -> None:
        self.loaded = False
        filt = QuestionFilter(statuses=() if self.closed_too.isChecked() else tuple(OPEN_STATUSES),
                              text=self.search.text())
        self._gateway.read(lambda session: fetch_page(session, filt, 0, SHOWN),
                           self._latest.wrap(self._show), owner=self)

    def _show(self, rows) -> None:
        self.model.clear()
        for row in rows:
            first = row.text.strip().splitlines()[0] if row.text.strip() else ""
            label = f"{question_ref(row.id)} · {status_label(row.status)} · {first}"
            if row.department:
                label += f" · {row.department}"
            item = QStandardItem(label)
            item.setData(row.id, ID_ROLE)
            item.setToolTip(row.text)
            self.model.appendRow(item)
        if rows:
            self.view.setCurrentIndex(self.model.index(0, 0))
        self.pick_button.setEnabled(bool(rows))
        self.count.setText(self.tr("No question matches.") if not rows else
                           self.tr("%n question(s) shown", "", len(rows)))
        self.loaded = True

    def _pick(self) -> None:
        index = self.view.currentIndex()
        if not index.isValid():
            return
        self._on_pick(index.data(ID_ROLE))
        self.accept()
