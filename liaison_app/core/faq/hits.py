"""The FAQ counter: every use of an entry is a hit event with time and who.

The entry's `hit_count` is kept equal to its number of hit events in the same
transaction, so lists can sort by use without counting.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import update
from sqlalchemy.orm import Session

from liaison_app.core.models import FaqEntry, FaqHit, HitKind
from liaison_app.core.questions.workflow import DomainError
from liaison_app.core.timeutil import utcnow


def record_hit(
    session: Session, entry_id: int, actor: str, kind: str, question_id: int | None = None,
    *, at: datetime | None = None, client_key: str | None = None,
) -> int:
    """Record one use of an entry; returns the entry's new hit count."""
    if kind not in {k.value for k in HitKind}:
        raise DomainError(f"unknown kind of FAQ use '{kind}'", code="unknown_kind", kind=kind)
    done = session.execute(
        update(FaqEntry).where(FaqEntry.id == entry_id)
        .values(hit_count=FaqEntry.hit_count + 1)
        .returning(FaqEntry.hit_count)
    ).scalar()
    if done is None:
        raise DomainError(f"No FAQ entry {entry_id}", code="no_faq_entry", entry=entry_id)
    session.add(FaqHit(entry_id=entry_id, at=at or utcnow(), actor=actor, kind=kind,
                       question_id=question_id, client_key=client_key))
    return done
