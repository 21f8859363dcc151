"""A read-only table model over SQL that loads rows a page at a time.

Subclasses say how to count and how to fetch one page (filtering and sorting happen in
SQL); this class keeps a small cache of pages, so a list of 200,000 rows costs only the
pages the user actually scrolls through.
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from sqlalchemy.orm import Session

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2


class PagedSqlModel(QAbstractTableModel):
    PAGE_SIZE = 200
    MAX_PAGES = 40

    def __init__(self, session_factory: Callable[[], Session], parent=None) -> None:
        super().__init__(parent)
        self._sessions = session_factory
        self._count = 0
        self._pages: OrderedDict[int, list[Any]] = OrderedDict()
        self.sort_column = -1
        self.sort_order = Qt.SortOrder.DescendingOrder

    # --- to implement ---------------------------------------------------------------
    def headers(self) -> list[str]:
        raise NotImplementedError

    def count_rows(self, session: Session) -> int:
        raise NotImplementedError

    def fetch_rows(self, session: Session, offset: int, limit: int) -> list[Any]:
        raise NotImplementedError

    def display(self, row: Any, column: int) -> Any:
        raise NotImplementedError

    def sort_value(self, row: Any, column: int) -> Any:
        return self.display(row, column)

    def row_id(self, row: Any) -> int:
        return row.id

    def style(self, row: Any, column: int, role: int) -> Any:
        """Fonts, colours and icons; None by default."""
        return None

    def sortable_columns(self) -> set[int]:
        return set()

    # --- model ----------------------------------------------------------------------
    def reload(self) -> None:
        """Recount and drop cached pages (after a filter, sort or data change)."""
        self.beginResetModel()
        self._pages.clear()
        with self._sessions() as session:
            self._count = self.count_rows(session)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else self._count

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.headers())

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            headers = self.headers()
            if 0 <= section < len(headers):
                return headers[section]
        return None

    def row_at(self, row: int) -> Any | None:
        if row < 0 or row >= self._count:
            return None
        page_no, offset = divmod(row, self.PAGE_SIZE)
        page = self._pages.get(page_no)
        if page is None:
            with self._sessions() as session:
                page = self.fetch_rows(session, page_no * self.PAGE_SIZE, self.PAGE_SIZE)
            self._pages[page_no] = page
            while len(self._pages) > self.MAX_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page_no)
        return page[offset] if offset < len(page) else None

    def id_at(self, row: int) -> int | None:
        item = self.row_at(row)
        return None if item is None else self.row_id(item)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        item = self.row_at(index.row())
        if item is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display(item, index.column())
        if role == SORT_ROLE:
            return self.sort_value(item, index.column())
        if role == ID_ROLE:
            return self.row_id(item)
        if role == Qt.ItemDataRole.ToolTipRole:
            styled = self.style(item, index.column(), role)
            if styled is not None:
                return styled
            value = self.display(item, index.column())
            return value if isinstance(value, str) and len(value) > 12 else None
        return self.style(item, index.column(), role)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if column not in self.sortable_columns():
            return
        self.sort_column = column
        self.sort_order = order
        # A reset, not a layout change: rows are re-fetched in the new order from SQL.
        self.beginResetModel()
        self._pages.clear()
        self.endResetModel()

    def row_of_id(self, item_id: int) -> int | None:
        """The row of an id among the cached pages (None when not loaded).

        Right after a reload nothing is cached yet; the first page is loaded then, since
        that is where a just-arrived question is in the default order.
        """
        if not self._pages and self._count:
            self.row_at(0)
        for page_no, page in self._pages.items():
            for offset, item in enumerate(page):
                if self.row_id(item) == item_id:
                    return page_no * self.PAGE_SIZE + offset
        return None
