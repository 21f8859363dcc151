"""Small non-blocking dialogs of the FAQ upkeep: a line of text, a category, a merge target.

Each opens with `open()` and calls back when accepted, so nothing blocks; pages keep them
behind attributes (`ask_text`, `choose_category`, `choose_entry`) that tests replace.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListView,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from liaison_app.core.faq.categories import CategoryNode, category_tree
from liaison_app.core.search.faq_search import search_faq
from liaison_app.ui.gateway import DatabaseGateway, Latest

ID_ROLE = Qt.ItemDataRole.UserRole + 10


def ask_text(parent: QWidget, title: str, label: str, callback: Callable[[str], None],
             text: str = "") -> QInputDialog:
    dialog = QInputDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(label)
    dialog.setTextValue(text)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.textValueSelected.connect(callback)
    dialog.open()
    return dialog


def fill_category_items(root: QStandardItem, nodes: list[CategoryNode]) -> None:
    for node in nodes:
        item = QStandardItem(f"{node.name}  ({node.total_count})")
        item.setData(node.id, ID_ROLE)
        item.setEditable(False)
        root.appendRow(item)
        fill_category_items(item, node.children)


class CategoryPicker(QDialog):
    """Pick a category of the tree (for "Move to category…")."""

    def __init__(self, gateway: DatabaseGateway, callback: Callable[[int], None], parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Move to category"))
        self.setObjectName("categoryPicker")
        self.model = QStandardItemModel(self)
        gateway.read(category_tree, self._fill, owner=self)  # the tree follows in a moment
        self.tree = QTreeView()
        self.tree.setHeaderHidden(True)
        self.tree.setModel(self.model)
        self.tree.expandAll()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Choose the category for the selected entries:")))
        layout.addWidget(self.tree)
        layout.addWidget(buttons)
        self.resize(380, 420)
        self._callback = callback
        self.tree.doubleClicked.connect(lambda _index: self.accept())

    def _fill(self, nodes: list[CategoryNode]) -> None:
        fill_category_items(self.model.invisibleRootItem(), nodes)
        self.tree.expandAll()

    def accept(self) -> None:
        index = self.tree.currentIndex()
        if not index.isValid():
            return
        super().accept()
        self._callback(index.data(ID_ROLE))


class EntryPicker(QDialog):
    """Find the entry to merge into, by searching as you type."""

    def __init__(self, gateway: DatabaseGateway, exclude: set[int], callback: Callable[[int], None],
                 parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Merge into…"))
        self.setObjectName("entryPicker")
        self._gateway, self._exclude, self._callback = gateway, exclude, callback
        self._latest = Latest()
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search the entry that stays"))
        self.model = QStandardItemModel(self)
        self.results = QListView()
        self.results.setModel(self.model)
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("The selected entries will be retired; their hits, questions "
                                        "and revisions go to the entry you choose.")))
        layout.addWidget(self.search)
        layout.addWidget(self.results)
        layout.addWidget(buttons)
        self.resize(520, 420)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(150)
        self._debounce.timeout.connect(self._find)
        self.search.textChanged.connect(self._debounce.start)
        self.results.doubleClicked.connect(lambda _index: self.accept())

    def _find(self) -> None:
        text = self.search.text()
        self._gateway.read(lambda session: search_faq(session, text, 30),
                           self._latest.wrap(self._show), owner=self)

    def _show(self, hits) -> None:
        self.model.clear()
        for hit in hits:
            if hit.id in self._exclude:
                continue
            item = QStandardItem(f"{hit.id} · {hit.question}")
            item.setData(hit.id, ID_ROLE)
            self.model.appendRow(item)
        if self.model.rowCount():
            self.results.setCurrentIndex(self.model.index(0, 0))

    def accept(self) -> None:
        index = self.results.currentIndex()
        if not index.isValid():
            return
        super().accept()
        self._callback(index.data(ID_ROLE))
