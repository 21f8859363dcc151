"""What a FAQ export holds: the entries agents may rely on, in reading order.

Every text that leaves in an export (question, answer, key points, similar questions) is
masked by the one rule of `mail.masking`: entries are drafted from customers' questions
and answers, and an export lands on shared drives. One place, so that the HTML, Markdown,
JSONL and CSV files agree.

Shared by every format's writer (`export` for CSV, Markdown and JSONL, `export_html` for
the browsable page), so that the writers depend on this and not on each other.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from liaison_app.core.faq.file_format import CATEGORY_SEP
from liaison_app.core.models import Category, Department, FaqEntry, FaqSimilar
from liaison_app.core.timeutil import iso_utc, utcnow
from liaison_app.mail.masking import mask_identifiers


@dataclass
class ExportEntry:
    id: int
    question: str
    answer: str
    key_points: list[str]
    keywords: list[str]
    category: list[str]
    department: str | None
    valid_from: datetime | None
    valid_until: datetime | None
    status: str
    position: int = 0
    hit_count: int = 0
    category_id: int | None = None
    similar: list[str] = field(default_factory=list)

    @property
    def category_text(self) -> str | None:
        return CATEGORY_SEP.join(self.category) if self.category else None

    def record(self) -> dict:
        """The entry in the exchange format (the fields `faq import` reads)."""
        return {"question": self.question, "answer": self.answer,
                "key_points": list(self.key_points), "keywords": list(self.keywords),
                "category": self.category_text, "department": self.department,
                "valid_from": iso_utc(self.valid_from), "valid_until": iso_utc(self.valid_until),
                "status": self.status, "similar": list(self.similar)}


def category_paths(session: Session) -> tuple[dict[int, list[str]], dict[int, int]]:
    """Each category's path of names, and its rank in tree order (by position, then name)."""
    rows = session.execute(select(Category.id, Category.parent_id, Category.name,
                                  Category.position)).all()
    children: dict[int | None, list] = {}
    for row in rows:
        children.setdefault(row.parent_id, []).append(row)
    paths: dict[int, list[str]] = {}
    order: dict[int, int] = {}

    def walk(parent: int | None, prefix: list[str]) -> None:
        for row in sorted(children.get(parent, []), key=lambda r: (r.position or 0, r.name, r.id)):
            paths[row.id] = prefix + [row.name]
            order[row.id] = len(order)
            walk(row.id, paths[row.id])

    walk(None, [])
    return paths, order


def select_entries(session: Session, *, include_all: bool = False,
                   now: datetime | None = None) -> list[ExportEntry]:
    """Entries in reading order: category tree order, then position, then most used."""
    now = now or utcnow()
    paths, order = category_paths(session)
    stmt = (select(FaqEntry.id, FaqEntry.question, FaqEntry.answer, FaqEntry.key_points,
                   FaqEntry.keywords, FaqEntry.category_id, Department.name,
                   FaqEntry.valid_from, FaqEntry.valid_until, FaqEntry.status,
                   FaqEntry.position, FaqEntry.hit_count)
            .outerjoin(Department, Department.id == FaqEntry.department_id))
    if not include_all:
        stmt = stmt.where(FaqEntry.is_live_at(now))
    entries = []
    for row in session.execute(stmt):
        entries.append(ExportEntry(
            id=row.id, question=mask_identifiers(row.question),
            answer=mask_identifiers(row.answer),
            key_points=[mask_identifiers(p) for p in row.key_points or []],
            keywords=list(row.keywords or []),
            category=paths.get(row.category_id, []) if row.category_id else [],
            department=row.name, valid_from=row.valid_from, valid_until=row.valid_until,
            status=row.status, position=row.position or 0, hit_count=row.hit_count or 0,
            category_id=row.category_id if row.category_id in paths else None))
    similar: dict[int, list[str]] = {}
    for entry_id, text in session.execute(
        select(FaqSimilar.entry_id, FaqSimilar.text).order_by(FaqSimilar.entry_id, FaqSimilar.id)
    ):
        similar.setdefault(entry_id, []).append(mask_identifiers(text))
    for entry in entries:
        entry.similar = similar.get(entry.id, [])
    last = len(order)
    entries.sort(key=lambda e: (order.get(e.category_id, last), e.position,
                                -e.hit_count, e.id))
    return entries
