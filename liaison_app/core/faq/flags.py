"""Flag it or fix it: anyone using an entry may flag it; its owner department resolves it."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from liaison_app.core.models import Department, FaqEntry, FaqFlag, FlagKind
from liaison_app.core.questions.workflow import DomainError
from liaison_app.core.timeutil import utcnow


def flag_entry(session: Session, entry_id: int, kind: str, comment: str, who: str) -> int:
    if kind not in {k.value for k in FlagKind}:
        raise DomainError(f"unknown kind of flag '{kind}' (wrong, unclear, outdated or missing)",
                          code="unknown_kind", kind=kind)
    if session.get(FaqEntry, entry_id) is None:
        raise DomainError(f"No FAQ entry {entry_id}", code="no_faq_entry", entry=entry_id)
    comment = (comment or "").strip()
    if not comment:
        raise DomainError("say what is wrong with the entry", code="flag_comment_required")
    flag = FaqFlag(entry_id=entry_id, kind=kind, comment=comment, flagged_by=who,
                   flagged_at=utcnow(), resolution="")
    session.add(flag)
    session.flush()
    return flag.id


@dataclass
class FlagRow:
    id: int
    entry_id: int
    question: str
    department: str | None
    department_id: int | None
    kind: str
    comment: str
    flagged_by: str
    flagged_at: datetime
    resolved_at: datetime | None = None
    resolved_by: str | None = None
    resolution: str = ""


def list_flags(session: Session, department_id: int | None = None, *,
               open_only: bool = True, unowned: bool = False) -> list[FlagRow]:
    """Flags, oldest first; `department_id` narrows to one owner (`unowned`: entries without)."""
    stmt = (select(FaqFlag.id, FaqFlag.entry_id, FaqEntry.question, Department.name,
                   FaqEntry.department_id, FaqFlag.kind, FaqFlag.comment, FaqFlag.flagged_by,
                   FaqFlag.flagged_at, FaqFlag.resolved_at, FaqFlag.resolved_by,
                   FaqFlag.resolution)
            .join(FaqEntry, FaqEntry.id == FaqFlag.entry_id)
            .outerjoin(Department, Department.id == FaqEntry.department_id)
            .order_by(FaqFlag.flagged_at, FaqFlag.id))
    if open_only:
        stmt = stmt.where(FaqFlag.resolved_at.is_(None))
    if unowned:
        stmt = stmt.where(FaqEntry.department_id.is_(None))
    elif department_id is not None:
        stmt = stmt.where(FaqEntry.department_id == department_id)
    return [FlagRow(*row) for row in session.execute(stmt)]


def open_flag_count(session: Session, entry_id: int | None = None) -> int:
    stmt = select(func.count()).select_from(FaqFlag).where(FaqFlag.resolved_at.is_(None))
    if entry_id is not None:
        stmt = stmt.where(FaqFlag.entry_id == entry_id)
    return session.scalar(stmt) or 0


def resolve_flag(session: Session, flag_id: int, who: str, note: str = "") -> None:
    flag = session.get(FaqFlag, flag_id)
    if flag is None:
        raise DomainError(f"No flag {flag_id}", code="no_flag", flag=flag_id)
    if flag.resolved_at is not None:
        raise DomainError(f"flag {flag_id} was already resolved by {flag.resolved_by}",
                          code="flag_resolved", flag=flag_id, by=flag.resolved_by)
    flag.resolved_at = utcnow()
    flag.resolved_by = who
    flag.resolution = (note or "").strip()
