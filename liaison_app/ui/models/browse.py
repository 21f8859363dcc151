"""Read-only table models for the FAQ base, the bulletin board and the departments."""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QBrush, QColor
from sqlalchemy.orm import Session

from liaison_app.core.faq import listing as lists
from liaison_app.core.search.faq_search import search_faq
from liaison_app.core.timeutil import utcnow
from liaison_app.ui.labels.common import faq_status_label
from liaison_app.ui.labels.times import local_when_text
from liaison_app.ui.models.paged import PagedSqlModel

_MUTED = QColor("#888888")


translate = QCoreApplication.translate


class FaqModel(PagedSqlModel):
    COL_ID, COL_QUESTION, COL_CATEGORY, COL_DEPARTMENT, COL_STATUS, COL_HITS, COL_VALID_UNTIL = range(7)
    _SORT: ClassVar[dict[int, str]] = {COL_ID: "id", COL_QUESTION: "question", COL_STATUS: "status", COL_HITS: "hits",
             COL_VALID_UNTIL: "valid_until"}

    def __init__(self, gateway, parent=None) -> None:
        super().__init__(gateway, parent)
        self.sort_column = self.COL_HITS
        self.text = ""
        self.hit_ids: list[int] | None = None
        self._now = utcnow()

    def headers(self) -> list[str]:
        return [translate("FaqModel", "No."), translate("FaqModel", "Question"), translate("FaqModel", "Category"), translate("FaqModel", "Owner"),
                translate("FaqModel", "Status"), translate("FaqModel", "Hits"), translate("FaqModel", "Valid until")]

    def sortable_columns(self) -> set[int]:
        return set(self._SORT)

    SEARCH_LIMIT = 300

    def query(self) -> tuple[str, str, bool, list[int] | None]:
        """(search text, sort key, descending, ranked hit ids once searched)."""
        return (self.text, self._SORT.get(self.sort_column, "hits"),
                self.sort_order == Qt.SortOrder.DescendingOrder, None)

    def prepare(self, session: Session, query):
        """With search text: the ranked hits (manager's view: every status); else all entries."""
        text, sort, descending, _ = query
        if text.strip():
            hits = search_faq(session, text, self.SEARCH_LIMIT, published_only=False)
            return (text, sort, descending, [h.id for h in hits])
        return query

    def loaded(self, query) -> None:
        self._now = utcnow()
        self.hit_ids = query[3]

    def count_rows(self, session: Session, query) -> int:
        hit_ids = query[3]
        return len(hit_ids) if hit_ids is not None else lists.count_faq(session)

    def fetch_rows(self, session: Session, query, offset: int, limit: int):
        _, sort, descending, hit_ids = query
        if hit_ids is not None:
            return lists.fetch_faq_by_ids(session, hit_ids[offset:offset + limit])
        return lists.fetch_faq(session, offset, limit, sort, descending)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if self.text.strip():
            return  # search results keep their ranking
        super().sort(column, order)

    def display(self, row: lists.FaqRow, column: int):
        values = {
            self.COL_ID: str(row.id),
            self.COL_QUESTION: row.question,
            self.COL_CATEGORY: row.category,
            self.COL_DEPARTMENT: row.department or "",
            self.COL_STATUS: faq_status_label(row.status),
            self.COL_HITS: str(row.hit_count),
            self.COL_VALID_UNTIL: local_when_text(row.valid_until),
        }
        return values.get(column)

    def style(self, row: lists.FaqRow, column: int, role: int):
        expired = row.expired
        if role == Qt.ItemDataRole.ForegroundRole and (expired or row.status == "retired"):
            return QBrush(_MUTED)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.COL_ID, self.COL_HITS):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class BulletinModel(PagedSqlModel):
    COL_TITLE, COL_FROM, COL_UNTIL, COL_PINNED, COL_AUTHOR = range(5)
    _SORT: ClassVar[dict[int, str]] = {COL_TITLE: "title", COL_FROM: "valid_from", COL_UNTIL: "valid_until", COL_PINNED: "pinned"}

    def __init__(self, gateway, parent=None) -> None:
        super().__init__(gateway, parent)
        self.sort_column = self.COL_FROM
        self._now = utcnow()

    def headers(self) -> list[str]:
        return [translate("BulletinModel", "Title"), translate("BulletinModel", "Valid from"), translate("BulletinModel", "Valid until"), translate("BulletinModel", "Pinned"),
                translate("BulletinModel", "Author")]

    def sortable_columns(self) -> set[int]:
        return set(self._SORT)

    def query(self) -> tuple[str, bool]:
        return (self._SORT.get(self.sort_column, "valid_from"),
                self.sort_order == Qt.SortOrder.DescendingOrder)

    def loaded(self, query) -> None:
        self._now = utcnow()

    def count_rows(self, session: Session, query) -> int:
        return lists.count_bulletins(session)

    def fetch_rows(self, session: Session, query, offset: int, limit: int):
        return lists.fetch_bulletins(session, offset, limit, *query)

    def display(self, row: lists.BulletinRow, column: int):
        values = {
            self.COL_TITLE: (translate("BulletinModel", "[Proposed] ") + row.title
                             if row.status == "proposed" else row.title),
            self.COL_FROM: local_when_text(row.valid_from),
            self.COL_UNTIL: local_when_text(row.valid_until),
            self.COL_PINNED: translate("BulletinModel", "Pinned") if row.pinned else "",
            self.COL_AUTHOR: row.author,
        }
        return values.get(column)

    def style(self, row: lists.BulletinRow, column: int, role: int):
        expired = row.expired
        if role == Qt.ItemDataRole.ForegroundRole and expired:
            return QBrush(_MUTED)
        if role == Qt.ItemDataRole.ToolTipRole and expired:
            return translate("BulletinModel", "Expired: no longer shown to agents")
        return None


class DepartmentModel(PagedSqlModel):
    COL_NAME, COL_SLA, COL_CONTACTS, COL_HEAD, COL_OPEN, COL_KEYWORDS = range(6)
    _SORT: ClassVar[dict[int, str]] = {COL_NAME: "name", COL_SLA: "sla_hours"}

    def __init__(self, gateway, parent=None) -> None:
        super().__init__(gateway, parent)
        self.sort_column = self.COL_NAME
        self.sort_order = Qt.SortOrder.AscendingOrder

    def headers(self) -> list[str]:
        return [translate("DepartmentModel", "Department"), translate("DepartmentModel", "SLA (hours)"), translate("DepartmentModel", "Contacts"), translate("DepartmentModel", "Head"),
                translate("DepartmentModel", "Open queries"), translate("DepartmentModel", "Routing keywords")]

    def sortable_columns(self) -> set[int]:
        return set(self._SORT)

    def query(self) -> tuple[str, bool]:
        return (self._SORT.get(self.sort_column, "name"),
                self.sort_order == Qt.SortOrder.DescendingOrder)

    def count_rows(self, session: Session, query) -> int:
        return lists.count_departments(session)

    def fetch_rows(self, session: Session, query, offset: int, limit: int):
        return lists.fetch_departments(session, offset, limit, *query)

    def display(self, row: lists.DepartmentRow, column: int):
        values = {
            self.COL_NAME: row.name,
            self.COL_SLA: str(row.sla_hours),
            self.COL_CONTACTS: str(row.contacts),
            self.COL_HEAD: row.head or "",
            self.COL_OPEN: str(row.open_queries),
            self.COL_KEYWORDS: "、".join(row.keywords or []),
        }
        return values.get(column)

    def style(self, row: lists.DepartmentRow, column: int, role: int):
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COL_NAME:
            if not row.active:
                return translate("DepartmentModel", "Inactive: not offered when asking") + "\n" + row.duties
            return row.duties
        if role == Qt.ItemDataRole.ForegroundRole and not row.active:
            return QBrush(_MUTED)
        return None
