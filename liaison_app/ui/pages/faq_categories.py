"""The category tree with counts, and the entries of the selected category in their order.

Entries are dragged from the list onto a category of the tree (or sent with "Move to
category…"); a category dragged onto another becomes its sub-category (dropped on the
empty area below the tree: a top-level one). Up/Down re-order a category's entries.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from liaison_app.core.faq import admin as faq_admin
from liaison_app.core.faq import categories as faq_categories
from liaison_app.ui.gateway import DatabaseGateway, Latest, refusal_shown_in
from liaison_app.ui.labels.common import faq_status_label
from liaison_app.ui.models.rows import RowsModel
from liaison_app.ui.widgets.faq_pickers import (
    ID_ROLE,
    CategoryPicker,
    ask_text,
    fill_category_items,
)

ENTRIES_MIME = "application/x-liaison-faq-entries"
# The node of entries filed under no category (ids start at 1): imported entries land
# there, and without it they could be found nowhere in the tree.
UNCATEGORISED = 0
CATEGORY_MIME = "application/x-liaison-category"


class CategoryTreeModel(QStandardItemModel):
    """The tree; drops are announced by signals and applied by the page through core."""

    entries_dropped = Signal(list, int)       # entry ids, category id
    category_dropped = Signal(int, object)    # category id, new parent id (None: top level)

    def load(self, nodes, uncategorised: int = 0) -> None:
        self.clear()
        fill_category_items(self.invisibleRootItem(), nodes)
        item = QStandardItem(self.tr("Uncategorised") + f"  ({uncategorised})")
        item.setData(UNCATEGORISED, ID_ROLE)
        item.setEditable(False)
        item.setToolTip(self.tr("Entries filed under no category; drag entries here to take "
                                "them out of their category"))
        self.invisibleRootItem().appendRow(item)

    def flags(self, index):
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsDropEnabled
        if index.isValid() and index.data(ID_ROLE) == UNCATEGORISED:
            return base
        if index.isValid():
            return base | Qt.ItemFlag.ItemIsDragEnabled
        return Qt.ItemFlag.ItemIsDropEnabled

    def supportedDropActions(self):
        return Qt.DropAction.MoveAction

    def supportedDragActions(self):
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [ENTRIES_MIME, CATEGORY_MIME]

    def mimeData(self, indexes) -> QMimeData:
        data = QMimeData()
        ids = [index.data(ID_ROLE) for index in indexes if index.isValid()]
        if ids:
            data.setData(CATEGORY_MIME, json.dumps(ids[0]).encode())
        return data

    def canDropMimeData(self, data, action, row, column, parent) -> bool:
        if data.hasFormat(ENTRIES_MIME):
            return parent.isValid()
        if parent.isValid() and parent.data(ID_ROLE) == UNCATEGORISED:
            return False
        return data.hasFormat(CATEGORY_MIME)

    def dropMimeData(self, data, action, row, column, parent) -> bool:
        target = parent.data(ID_ROLE) if parent.isValid() else None
        if data.hasFormat(ENTRIES_MIME):
            if target is None:
                return False
            self.entries_dropped.emit(json.loads(bytes(data.data(ENTRIES_MIME)).decode()), target)
        elif data.hasFormat(CATEGORY_MIME) and target != UNCATEGORISED:
            self.category_dropped.emit(json.loads(bytes(data.data(CATEGORY_MIME)).decode()), target)
        # The page reloads the tree from the database; the view must not move items itself.
        return False

    def index_of(self, category_id: int) -> QModelIndex:
        found = self.match(self.index(0, 0), ID_ROLE, category_id, 1,
                           Qt.MatchFlag.MatchExactly | Qt.MatchFlag.MatchRecursive)
        return found[0] if found else QModelIndex()


class CategoryEntriesModel(RowsModel):
    """A category's entries in their order; rows can be dragged onto the tree."""

    COL_ID, COL_QUESTION, COL_STATUS, COL_HITS = range(4)

    def headers(self) -> list[str]:
        return [self.tr("No."), self.tr("Question"), self.tr("Status"), self.tr("Hits")]

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        id_, question, status, hits = self.rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return (str(id_), question, faq_status_label(status), str(hits))[index.column()]
        if role == ID_ROLE:
            return id_
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in (self.COL_ID, self.COL_HITS):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == self.COL_QUESTION:
            return question
        return None

    def flags(self, index):
        flags = super().flags(index)
        return flags | Qt.ItemFlag.ItemIsDragEnabled if index.isValid() else flags

    def supportedDragActions(self):
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [ENTRIES_MIME]

    def mimeData(self, indexes) -> QMimeData:
        ids = list(dict.fromkeys(self.rows[i.row()][0] for i in indexes if i.isValid()))
        data = QMimeData()
        data.setData(ENTRIES_MIME, json.dumps(ids).encode())
        return data


class CategoriesPage(QWidget):
    changed = Signal()

    def __init__(self, gateway: DatabaseGateway, parent=None) -> None:
        super().__init__(parent)
        self._gateway = gateway
        self._latest_tree, self._latest_entries = Latest(), Latest()
        self.tree_model = CategoryTreeModel(self)
        self.tree = QTreeView()
        self.tree.setObjectName("categoryTree")
        self.tree.setHeaderHidden(True)
        self.tree.setModel(self.tree_model)
        self.tree.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.tree.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.tree.setDropIndicatorShown(True)
        self.new_button = QPushButton(self.tr("New category…"))
        self.new_button.setObjectName("categoryNew")
        self.new_button.setToolTip(self.tr("A sub-category of the selected category, or a top-level one"))
        self.rename_button = QPushButton(self.tr("Rename…"))
        self.rename_button.setObjectName("categoryRename")
        self.entries_model = CategoryEntriesModel(self)
        self.entries = QTableView()
        self.entries.setObjectName("categoryEntries")
        self.entries.setModel(self.entries_model)
        self.entries.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.entries.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.entries.setDragEnabled(True)
        self.entries.setDragDropMode(QAbstractItemView.DragDropMode.DragOnly)
        self.entries.verticalHeader().hide()
        self.entries.verticalHeader().setDefaultSectionSize(26)
        self.entries.setWordWrap(False)
        self.entries.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for column, width in ((0, 60), (2, 80), (3, 70)):
            self.entries.setColumnWidth(column, width)
        self.up_button = QPushButton(self.tr("Move up"))
        self.up_button.setObjectName("entryUp")
        self.down_button = QPushButton(self.tr("Move down"))
        self.down_button.setObjectName("entryDown")
        self.move_button = QPushButton(self.tr("Move to category…"))
        self.move_button.setObjectName("entryMove")
        self.heading = QLabel()
        self.message = QLabel()
        self.message.setObjectName("categoryMessage")
        self.message.setWordWrap(True)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.tree, 1)
        tree_buttons = QHBoxLayout()
        tree_buttons.addWidget(self.new_button)
        tree_buttons.addWidget(self.rename_button)
        left_layout.addLayout(tree_buttons)
        hint = QLabel(self.tr("Drag entries onto a category to move them; drag a category onto "
                              "another to make it a sub-category."))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #666")
        left_layout.addWidget(hint)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.heading)
        right_layout.addWidget(self.entries, 1)
        entry_buttons = QHBoxLayout()
        for button in (self.up_button, self.down_button, self.move_button):
            entry_buttons.addWidget(button)
        entry_buttons.addStretch(1)
        right_layout.addLayout(entry_buttons)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(left)
        self.splitter.addWidget(right)
        self.splitter.setSizes([300, 700])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.splitter, 1)
        layout.addWidget(self.message)

        self.ask_text = lambda title, label, callback, text="": ask_text(self, title, label, callback, text)
        self.choose_category = lambda callback: CategoryPicker(self._gateway, callback, self).open()
        # Queued: the tree is reloaded after the view has finished handling the drop.
        self.tree_model.entries_dropped.connect(self.move_entries, Qt.ConnectionType.QueuedConnection)
        self.tree_model.category_dropped.connect(self.move_category, Qt.ConnectionType.QueuedConnection)
        self.tree.selectionModel().currentChanged.connect(lambda *_: self._show_entries())
        self.tree.selectionModel().currentChanged.connect(lambda *_: self.rename_button.setEnabled(
            self.current_category() not in (None, UNCATEGORISED)))
        self.new_button.clicked.connect(self._new)
        self.rename_button.clicked.connect(self._rename)
        self.up_button.clicked.connect(lambda: self._step(-1))
        self.down_button.clicked.connect(lambda: self._step(1))
        self.move_button.clicked.connect(self._move_dialog)

    # --- loading ------------------------------------------------------------------------
    def current_category(self) -> int | None:
        index = self.tree.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def refresh(self, select: int | None = None) -> None:
        """Reload the tree, then select `select` (or the category selected now)."""
        current = select if select is not None else self.current_category()
        def load(session):
            return (faq_categories.category_tree(session),
                    faq_categories.uncategorised_count(session))

        self._gateway.read(load, self._latest_tree.wrap(lambda loaded: self._show_tree(*loaded, current)),
                           owner=self)

    def _show_tree(self, nodes, uncategorised: int, current: int | None) -> None:
        self.tree_model.load(nodes, uncategorised)
        self.tree.expandAll()
        if current is not None:
            self.select_category(current)
        self._show_entries()

    def select_category(self, category_id: int) -> None:
        index = self.tree_model.index_of(category_id)
        if index.isValid():
            self.tree.setCurrentIndex(index)

    def _show_entries(self, keep: list[int] | None = None) -> None:
        category_id = self.current_category()
        if category_id is None:
            self._latest_entries.cancel()
            self.entries_model.set_rows([])
            self.heading.setText(self.tr("Select a category to see its entries."))
            return

        if category_id == UNCATEGORISED:
            path = self.tr("Uncategorised")

            def load(session):
                return faq_admin.category_entries(session, None), path
        else:
            def load(session):
                return (faq_admin.category_entries(session, category_id),
                        " › ".join(faq_categories.category_path(session, category_id)))

        self._gateway.read(load, self._latest_entries.wrap(lambda loaded: self._entries_loaded(*loaded, keep)),
                           owner=self)

    def _entries_loaded(self, rows, path: str, keep: list[int] | None) -> None:
        self.entries_model.set_rows(rows)
        if not rows and self.tree_model.itemFromIndex(self.tree.currentIndex()).rowCount():
            self.heading.setText(self.tr("%1: no entries of its own; its sub-categories hold them.")
                                 .replace("%1", path))
        else:
            self.heading.setText(self.tr("%1: %n entries", "", len(rows)).replace("%1", path))
        for row, item in enumerate(rows):
            if keep and item[0] in keep:
                self.entries.selectRow(row)

    def selected_entries(self) -> list[int]:
        rows = sorted({i.row() for i in self.entries.selectionModel().selectedRows()})
        return [self.entries_model.rows[r][0] for r in rows]

    # --- changes ------------------------------------------------------------------------
    def _apply(self, work, done: str, then: Callable[[Any], None]) -> None:
        """Write `work` in one transaction; report it and go on with `then(result)`, or show
        the refusal."""
        def applied(result) -> None:
            self.message.setText(done)
            self.changed.emit()
            then(result)

        self._gateway.write(work, applied, refusal_shown_in(self.message), owner=self)

    def move_entries(self, entry_ids: list[int], category_id: int) -> None:
        target = None if category_id == UNCATEGORISED else category_id
        self._apply(lambda s: faq_categories.move_entries(s, entry_ids, target),
                    self.tr("Moved %n entries.", "", len(entry_ids)), lambda _r: self.refresh())

    def move_category(self, category_id: int, parent_id: int | None) -> None:
        self._apply(lambda s: faq_categories.move_category(s, category_id, parent_id),
                    self.tr("Category moved."), lambda _r: self.refresh(select=category_id))

    def _move_dialog(self) -> None:
        ids = self.selected_entries()
        if ids:
            self.choose_category(lambda category_id: self.move_entries(ids, category_id))

    def _new(self) -> None:
        parent_id = self.current_category()
        if parent_id == UNCATEGORISED:
            parent_id = None  # a top-level category

        def create(name: str) -> None:
            self._apply(lambda s: faq_categories.create_category(s, name, parent_id),
                        self.tr("Category created."), lambda created: self.refresh(select=created))

        self.ask_text(self.tr("New category"), self.tr("Name of the new category:"), create)

    def _rename(self) -> None:
        category_id = self.current_category()
        if category_id is None or category_id == UNCATEGORISED:
            return

        def rename(name: str) -> None:
            self._apply(lambda s: faq_categories.rename_category(s, category_id, name),
                        self.tr("Category renamed."), lambda _r: self.refresh())

        # The name as stored (the tree shows it with its count) is asked for first.
        self._gateway.read(
            lambda session: faq_categories.category_path(session, category_id)[-1],
            lambda old: self.ask_text(self.tr("Rename category"), self.tr("New name:"), rename, old),
            owner=self)

    def _step(self, steps: int) -> None:
        ids = self.selected_entries()
        if len(ids) != 1:
            return
        self._apply(lambda s: faq_admin.move_in_category(s, ids[0], steps), "",
                    lambda _r: self._show_entries(keep=ids))
