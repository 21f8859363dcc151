"""Paged, sorted listings of the FAQ base, bulletins and departments for read-only views.

Each listing is a (count, fetch) pair over SQL; the FAQ, bulletin and department issues
grow editors and search on top of them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from liaison_app.core.models import (
    Bulletin,
    Category,
    Contact,
    Department,
    FaqEntry,
    FaqSimilar,
    Query,
    QueryStatus,
)
from liaison_app.core.timeutil import utcnow


@dataclass
class FaqRow:
    id: int
    question: str
    category: str
    department: str | None
    status: str
    hit_count: int
    valid_until: datetime | None
    updated_at: datetime
    # Its validity has ended (FaqEntry.is_expired_at, as of loading): shown muted.
    expired: bool = False


FAQ_SORT = {
    "id": FaqEntry.id,
    "question": FaqEntry.question,
    "status": FaqEntry.status,
    "hits": FaqEntry.hit_count,
    "valid_until": FaqEntry.valid_until,
    "updated_at": FaqEntry.updated_at,
}


def count_faq(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(FaqEntry)) or 0


def _faq_select(now: datetime | None = None):
    parent = aliased(Category)
    return (
        select(FaqEntry.id, FaqEntry.question, parent.name, Category.name, Department.name,
               FaqEntry.status, FaqEntry.hit_count, FaqEntry.valid_until, FaqEntry.updated_at,
               FaqEntry.is_expired_at(now or utcnow()))
        .outerjoin(Category, Category.id == FaqEntry.category_id)
        .outerjoin(parent, parent.id == Category.parent_id)
        .outerjoin(Department, Department.id == FaqEntry.department_id)
    )


def _faq_row(row) -> FaqRow:
    id_, question, parent_name, cat_name, dept, status, hits, until, updated, expired = row
    category = " › ".join(n for n in (parent_name, cat_name) if n)
    return FaqRow(id_, question, category, dept, status, hits, until, updated, bool(expired))


def fetch_faq(
    session: Session, offset: int, limit: int, sort: str = "hits", descending: bool = True
) -> list[FaqRow]:
    key = FAQ_SORT.get(sort, FaqEntry.hit_count)
    order = [key.desc(), FaqEntry.id.desc()] if descending else [key.asc(), FaqEntry.id.asc()]
    stmt = _faq_select().order_by(*order).offset(offset).limit(limit)
    return [_faq_row(row) for row in session.execute(stmt)]


@dataclass
class BulletinRow:
    id: int
    title: str
    valid_from: datetime
    valid_until: datetime | None
    pinned: bool
    faq_entry_id: int | None
    author: str
    status: str = "posted"
    # Its dates have ended (Bulletin.is_expired_at, as of loading): agents no longer see it.
    expired: bool = False
    # As listed: posting sends it back, so a colleague's post meanwhile is a refusal.
    version: int = 1

    @property
    def can_post(self) -> bool:
        """A proposal (made by an FAQ change) waits for the manager to post it."""
        return self.status == "proposed"


BULLETIN_SORT = {
    "title": Bulletin.title,
    "valid_from": Bulletin.valid_from,
    "valid_until": Bulletin.valid_until,
    "pinned": Bulletin.pinned,
}


def count_bulletins(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(Bulletin)) or 0


def fetch_bulletins(
    session: Session, offset: int, limit: int, sort: str = "valid_from", descending: bool = True
) -> list[BulletinRow]:
    key = BULLETIN_SORT.get(sort, Bulletin.valid_from)
    order = [key.desc(), Bulletin.id.desc()] if descending else [key.asc(), Bulletin.id.asc()]
    stmt = (
        select(Bulletin.id, Bulletin.title, Bulletin.valid_from, Bulletin.valid_until,
               Bulletin.pinned, Bulletin.faq_entry_id, Bulletin.author, Bulletin.status,
               Bulletin.version, Bulletin.is_expired_at(utcnow()))
        # Proposals first (they wait for the manager), then pinned, then the sort.
        .order_by((Bulletin.status == "proposed").desc(), Bulletin.pinned.desc(), *order)
        .offset(offset)
        .limit(limit)
    )
    return [BulletinRow(*row[:-2], version=row[-2] or 1, expired=bool(row[-1]))
            for row in session.execute(stmt)]


@dataclass
class DepartmentRow:
    id: int
    name: str
    sla_hours: int
    contacts: int
    head: str | None
    open_queries: int
    keywords: list[str]
    duties: str
    active: bool = True


DEPARTMENT_SORT = {"name": Department.name, "sla_hours": Department.sla_hours}


def count_departments(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(Department)) or 0


def fetch_departments(
    session: Session, offset: int, limit: int, sort: str = "name", descending: bool = False
) -> list[DepartmentRow]:
    head = aliased(Contact)
    contacts = (
        select(func.count()).select_from(Contact)
        .where(Contact.department_id == Department.id, Contact.active.is_(True))
        .correlate(Department).scalar_subquery()
    )
    open_queries = (
        select(func.count()).select_from(Query)
        .where(Query.department_id == Department.id, Query.status == QueryStatus.OPEN)
        .correlate(Department).scalar_subquery()
    )
    key = DEPARTMENT_SORT.get(sort, Department.name)
    order = [key.desc(), Department.id.desc()] if descending else [key.asc(), Department.id.asc()]
    stmt = (
        select(Department.id, Department.name, Department.sla_hours, contacts, head.name,
               open_queries, Department.routing_keywords, Department.duties, Department.active)
        .outerjoin(head, head.id == Department.head_contact_id)
        .order_by(*order)
        .offset(offset)
        .limit(limit)
    )
    return [DepartmentRow(*row) for row in session.execute(stmt)]


def faq_detail(session: Session, entry_id: int) -> dict | None:
    entry = session.get(FaqEntry, entry_id)
    if entry is None:
        return None
    return {"id": entry.id, "question": entry.question, "answer": entry.answer,
            "key_points": list(entry.key_points or []), "keywords": list(entry.keywords or []),
            "status": entry.status, "hits": entry.hit_count, "revision": entry.revision,
            "valid_from": entry.valid_from, "valid_until": entry.valid_until,
            "similar": list(session.scalars(select(FaqSimilar.text).where(
                FaqSimilar.entry_id == entry.id).order_by(FaqSimilar.id)))}


def bulletin_detail(session: Session, bulletin_id: int) -> dict | None:
    bulletin = session.get(Bulletin, bulletin_id)
    if bulletin is None:
        return None
    return {"id": bulletin.id, "title": bulletin.title, "body": bulletin.body,
            "faq_entry_id": bulletin.faq_entry_id, "status": bulletin.status}


def department_detail(session: Session, department_id: int) -> dict | None:
    dept = session.get(Department, department_id)
    if dept is None:
        return None
    contacts = session.scalars(
        select(Contact).where(Contact.department_id == dept.id).order_by(Contact.id)
    ).all()
    return {"id": dept.id, "name": dept.name, "duties": dept.duties, "sla_hours": dept.sla_hours,
            "email": dept.email, "phone": dept.phone, "head_contact_id": dept.head_contact_id,
            "contacts": [{"id": c.id, "name": c.name, "title": c.title, "email": c.email,
                          "phone": c.phone} for c in contacts]}


def fetch_faq_by_ids(session: Session, ids: list[int]) -> list[FaqRow]:
    """Rows for these entries in the given order (search results keep their ranking)."""
    if not ids:
        return []
    by_id = {row[0]: _faq_row(row) for row in session.execute(_faq_select().where(FaqEntry.id.in_(ids)))}
    return [by_id[i] for i in ids if i in by_id]
