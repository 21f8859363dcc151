"""An FAQ entry's history: its numbered revisions and the audit trail of its life.

Every service that changes an entry (editing, review, retiring, merging, drafting)
records here, so this module depends on none of them.
"""

from __future__ import annotations

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from liaison_app.core.conflicts import next_version
from liaison_app.core.models import FaqEntry, FaqEvent, FaqRevision, FaqStatus
from liaison_app.core.timeutil import utcnow


def latest_revision_number(session: Session, entry: FaqEntry) -> int:
    """The highest revision kept: the entry's own, or a newer one waiting for review."""
    # No autoflush: a pending change of this entry is written by `next_version`, which
    # turns a colleague's racing save into a clear conflict instead of a bare stale error.
    with session.no_autoflush:
        kept = session.scalar(select(func.max(FaqRevision.number))
                              .where(FaqRevision.entry_id == entry.id)) if entry.id else None
    return max(entry.revision or 0, kept or 0)


def pending_revision(session: Session, entry: FaqEntry) -> FaqRevision | None:
    """A newer text of a published entry waiting for review (its `revision` is the text
    agents read; a revision above it is under review and reaches them when published)."""
    if entry.status != FaqStatus.PUBLISHED:
        return None
    with session.no_autoflush:
        return session.scalar(select(FaqRevision).where(
            FaqRevision.entry_id == entry.id, FaqRevision.number > (entry.revision or 0))
            .order_by(FaqRevision.number.desc()).limit(1))


def add_revision(session: Session, entry: FaqEntry, author: str, note: str) -> int:
    """Record the entry's current text as its next revision; returns the number."""
    number = latest_revision_number(session, entry) + 1
    session.add(FaqRevision(entry_id=entry.id, number=number, question=entry.question,
                            answer=entry.answer, key_points=list(entry.key_points or []),
                            keywords=list(entry.keywords or []), author=author, note=note,
                            created_at=utcnow()))
    entry.revision = number
    entry.updated_at = utcnow()
    return number


def log_event(session: Session, entry_id: int, actor: str, action: str, detail: str = "") -> None:
    """Record one step of an entry's life (who, when, what) in its audit trail, and the
    entry's next version: another desk's save started before this one is refused."""
    session.add(FaqEvent(entry_id=entry_id, at=utcnow(), actor=actor or "", action=action,
                         detail=detail))
    entry = session.get(FaqEntry, entry_id)
    if entry is not None:
        next_version(session, entry)
