"""A read-only table model over SQL that loads rows a page at a time, off the GUI thread.

Subclasses say how to count and how to fetch one page (filtering and sorting happen in
SQL); this class keeps a small cache of pages, so a list of 200,000 rows costs only the
pages the user actually scrolls through. Every query runs through the window's database
gateway: `data()` never runs SQL. A page that is not cached yet shows empty for a moment
and is asked for in the background (Anki's browser table does the same with its rows).

What a load asks for is captured on the GUI thread as a `query()` value, so a worker never
reads the model's changing state; `prepare()` may add to it off the GUI thread (the FAQ
search fixes its ranked hits there). Only the newest reload is shown.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from sqlalchemy.orm import Session

from liaison_app.ui.gateway import DatabaseGateway, Latest

SORT_ROLE = Qt.ItemDataRole.UserRole + 1
ID_ROLE = Qt.ItemDataRole.UserRole + 2


class PagedSqlModel(QAbstractTableModel):
    PAGE_SIZE = 200
    MAX_PAGES = 40

    # After a reload's count and first page are in (the place to restore a selection).
    reloaded = Signal()

    def __init__(self, gateway: DatabaseGateway, parent=None) -> None:
        super().__init__(parent)
        self._gateway = gateway
        self._count = 0
        self._pages: OrderedDict[int, list[Any]] = OrderedDict()
        self._pending: set[int] = set()
        self._query: Any = None
        self._latest = Latest()
        self.loading = False
        self._started = False  # sorting before the first load waits for that load
        self.sort_column = -1
        self.sort_order = Qt.SortOrder.DescendingOrder
        self._ids: list[int] | None = None
        self._ids_loading = False
        self._ids_supported = True

    # --- to implement ---------------------------------------------------------------
    def headers(self) -> list[str]:
        raise NotImplementedError

    def query(self) -> Any:
        """What to load (filter, sort), captured on the GUI thread; immutable."""
        return (self.sort_column, self.sort_order)

    def prepare(self, session: Session, query: Any) -> Any:
        """Off the GUI thread, once per reload: the query its pages are fetched with."""
        return query

    def count_rows(self, session: Session, query: Any) -> int:
        raise NotImplementedError

    def fetch_rows(self, session: Session, query: Any, offset: int, limit: int) -> list[Any]:
        raise NotImplementedError

    def fetch_ids(self, session: Session, query: Any) -> list[int] | None:
        """Every row's id in order, for lists that page by id (None: page by OFFSET)."""
        return None

    def fetch_rows_by_ids(self, session: Session, query: Any, ids: list[int]) -> list[Any]:
        raise NotImplementedError

    def loaded(self, query: Any) -> None:
        """On the GUI thread, when a reload is shown (e.g. to note the time it was made)."""

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

    # --- loading --------------------------------------------------------------------
    def reload(self) -> None:
        """Recount and drop cached pages (after a filter, sort or data change).

        The rows shown stay until the new count and first page arrive, so a refresh
        does not flicker; `reloaded` follows."""
        query = self.query()
        size = self.PAGE_SIZE

        def load(session: Session) -> tuple[Any, int, list[Any]]:
            prepared = self.prepare(session, query)
            count = self.count_rows(session, prepared)
            first = self.fetch_rows(session, prepared, 0, size) if count else []
            return prepared, count, first

        self.loading = self._started = True
        self._gateway.read(load, self._latest.wrap(self._show_reload),
                           self._latest.also(self._reload_failed), owner=self)

    def _show_reload(self, result: tuple[Any, int, list[Any]]) -> None:
        prepared, count, first = result
        self.beginResetModel()
        self._query = prepared
        self._count = count
        self._pages.clear()
        self._pending.clear()
        self._ids = None
        self._ids_loading = False
        if count:
            self._pages[0] = first
        self.loading = False
        self.loaded(prepared)
        self.endResetModel()
        self.reloaded.emit()

    def _reload_failed(self, _exc: Exception) -> None:
        self.loading = False  # the rows shown stay; the error is in the log

    def _request_page(self, page_no: int) -> None:
        if page_no in self._pending:
            return
        self._pending.add(page_no)
        query, size, generation = self._query, self.PAGE_SIZE, self._latest.generation
        ids = self._ids
        if page_no and ids is None and self._ids_supported:
            # Beyond the first page, rows are picked by id from the whole ordered id list,
            # loaded once (with this page) in the background: an OFFSET deep in 200,000
            # rows read every row before it on each scroll.
            if self._ids_loading:
                return  # asked for again once the list is in
            self._ids_loading = True

            def load_ids(session: Session) -> tuple[list[int] | None, list[Any]]:
                all_ids = self.fetch_ids(session, query)
                if all_ids is None:
                    return None, self.fetch_rows(session, query, page_no * size, size)
                return all_ids, self.fetch_rows_by_ids(
                    session, query, all_ids[page_no * size:(page_no + 1) * size])

            def show_with_ids(result: tuple[list[int] | None, list[Any]]) -> None:
                if generation != self._latest.generation:
                    return
                all_ids, page = result
                self._ids_loading = False
                if all_ids is None:
                    self._ids_supported = False
                self._ids = all_ids
                show(page)
                waiting = [p for p in self._pending if p != page_no]
                for p in waiting:  # pages asked for while the list loaded
                    self._pending.discard(p)
                    self._request_page(p)

            def ids_failed(_exc: Exception) -> None:
                if generation == self._latest.generation:
                    self._ids_loading = False
                    self._pending.clear()

            self._gateway.read(load_ids, show_with_ids, ids_failed, owner=self)

        def load(session: Session) -> list[Any]:
            if ids is not None:
                return self.fetch_rows_by_ids(session, query, ids[page_no * size:(page_no + 1) * size])
            return self.fetch_rows(session, query, page_no * size, size)

        def show(page: list[Any]) -> None:
            if generation != self._latest.generation:
                return  # a reload came in between: its own pages follow
            self._pending.discard(page_no)
            self._pages[page_no] = page
            while len(self._pages) > self.MAX_PAGES:
                self._pages.popitem(last=False)
            first = page_no * size
            last = min(first + size, self._count) - 1
            if last >= first:
                self.dataChanged.emit(self.index(first, 0), self.index(last, self.columnCount() - 1))

        def failed(_exc: Exception) -> None:
            if generation == self._latest.generation:
                self._pending.discard(page_no)

        if page_no and ids is None and self._ids_supported:
            return  # the id list's own job brings this page
        self._gateway.read(load, show, failed, owner=self)

    # --- model ----------------------------------------------------------------------
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
        """The row if its page is cached; otherwise None, and the page is asked for."""
        if row < 0 or row >= self._count:
            return None
        page_no, offset = divmod(row, self.PAGE_SIZE)
        page = self._pages.get(page_no)
        if page is None:
            self._request_page(page_no)
            return None
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
        # Rows are fetched again in the new order from SQL.
        if self._started:
            self.reload()

    def row_of_id(self, item_id: int) -> int | None:
        """The row of an id among the cached pages (None when not loaded); after a reload
        the first page is cached, which is where a just-arrived question is."""
        for page_no, page in self._pages.items():
            for offset, item in enumerate(page):
                if self.row_id(item) == item_id:
                    return page_no * self.PAGE_SIZE + offset
        return None
