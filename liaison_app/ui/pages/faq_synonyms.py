"""The manager's synonym list: groups of words FAQ search treats as one (轉賬 = 轉帳 = 匯款)."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from liaison_app.core.faq import synonyms as faq_synonyms
from liaison_app.ui.gateway import DatabaseGateway, refusal_shown_in

GROUP_ROLE = Qt.ItemDataRole.UserRole + 1


class SynonymsPage(QWidget):
    changed = Signal()

    def __init__(self, gateway: DatabaseGateway, parent=None) -> None:
        super().__init__(parent)
        self._gateway = gateway
        self.model = QStandardItemModel(self)
        self.list = QListView()
        self.list.setObjectName("synonymGroups")
        self.list.setModel(self.model)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.words = QLineEdit()
        self.words.setObjectName("synonymWords")
        self.words.setPlaceholderText(self.tr("Words that mean the same, e.g. 轉賬 = 轉帳 = 匯款"))
        self.add_button = QPushButton(self.tr("Add group"))
        self.add_button.setObjectName("synonymAdd")
        self.save_button = QPushButton(self.tr("Save changes to group"))
        self.save_button.setObjectName("synonymSave")
        self.remove_button = QPushButton(self.tr("Remove group"))
        self.remove_button.setObjectName("synonymRemove")
        self.message = QLabel()
        self.message.setObjectName("synonymMessage")
        help_text = QLabel(self.tr("A search for any word of a group also finds entries with the "
                                   "other words. Select a group to edit it; separate words with "
                                   "=, commas or 、."))
        help_text.setWordWrap(True)
        edit = QHBoxLayout()
        edit.addWidget(self.words, 1)
        edit.addWidget(self.add_button)
        edit.addWidget(self.save_button)
        edit.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(help_text)
        layout.addWidget(self.list, 1)
        layout.addLayout(edit)
        layout.addWidget(self.message)
        self.add_button.clicked.connect(self._add)
        self.save_button.clicked.connect(self._save)
        self.remove_button.clicked.connect(self._remove)
        self.words.returnPressed.connect(self._add)
        self.list.selectionModel().currentChanged.connect(lambda *_: self._picked())
        self._enable()

    def refresh(self) -> None:
        self._gateway.read(faq_synonyms.synonym_list, self._show, owner=self)

    def _show(self, groups) -> None:
        self.model.clear()
        for group_id, words in groups:
            item = QStandardItem(" = ".join(words))
            item.setData(group_id, GROUP_ROLE)
            self.model.appendRow(item)
        self._enable()

    def current_group(self) -> int | None:
        index = self.list.currentIndex()
        return index.data(GROUP_ROLE) if index.isValid() else None

    def _picked(self) -> None:
        index = self.list.currentIndex()
        if index.isValid():
            self.words.setText(index.data())
        self._enable()

    def _enable(self) -> None:
        has = self.current_group() is not None
        self.save_button.setEnabled(has)
        self.remove_button.setEnabled(has)

    def _apply(self, work, done: str) -> None:
        def applied(_result) -> None:
            self.message.setText(done)
            self.words.clear()
            self.refresh()
            self.changed.emit()

        self._gateway.write(work, applied, refusal_shown_in(self.message), owner=self)

    def _add(self) -> None:
        words = faq_synonyms.parse_terms(self.words.text())
        self._apply(lambda s: faq_synonyms.add_group(s, words), self.tr("Synonym group added."))

    def _save(self) -> None:
        group_id = self.current_group()
        if group_id is None:
            return
        words = faq_synonyms.parse_terms(self.words.text())
        self._apply(lambda s: faq_synonyms.replace_group(s, group_id, words),
                    self.tr("Synonym group saved."))

    def _remove(self) -> None:
        group_id = self.current_group()
        if group_id is not None:
            self._apply(lambda s: faq_synonyms.remove_group(s, group_id),
                        self.tr("Synonym group removed."))
