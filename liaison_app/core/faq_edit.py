"""Changing an entry's text: every change is a new revision with its author and time.

The review workflow (draft → in review → published with two approvals) will route this
same function; today a fix is saved directly.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy.orm import Session

from liaison_app.core.models import FaqEntry, FaqRevision
from liaison_app.core.search.faq_index import index_entries
from liaison_app.core.timeutil import utcnow
from liaison_app.core.workflow import DomainError


def _clean_list(values: Iterable[str]) -> list[str]:
    return [v.strip() for v in values if v and v.strip()]


def add_revision(session: Session, entry: FaqEntry, author: str, note: str) -> int:
    """Record the entry's current text as its next revision; returns the number."""
    number = (entry.revision or 0) + 1
    session.add(FaqRevision(entry_id=entry.id, number=number, question=entry.question,
                            answer=entry.answer, key_points=list(entry.key_points or []),
                            keywords=list(entry.keywords or []), author=author, note=note,
                            created_at=utcnow()))
    entry.revision = number
    entry.updated_at = utcnow()
    return number


def revise_entry(session: Session, entry_id: int, question: str, answer: str,
                 key_points: Iterable[str], keywords: Iterable[str], author: str,
                 note: str = "", expected_revision: int | None = None) -> int:
    """Save new text for an entry as a new revision and re-index it; returns its number.

    With `expected_revision` (the revision the editor started from), a change saved by
    someone else meanwhile is refused instead of silently overwritten.
    """
    entry = session.get(FaqEntry, entry_id, with_for_update=True)
    if entry is None:
        raise DomainError(f"No FAQ entry {entry_id}")
    if expected_revision is not None and entry.revision != expected_revision:
        raise DomainError(f"entry {entry_id} was changed meanwhile (now revision {entry.revision}); "
                          f"reopen it to edit the current text")
    question, answer = (question or "").strip(), (answer or "").strip()
    if not question:
        raise DomainError("the question cannot be empty")
    if not answer:
        raise DomainError("the answer cannot be empty")
    entry.question = question
    entry.answer = answer
    entry.key_points = _clean_list(key_points)
    entry.keywords = list(dict.fromkeys(_clean_list(keywords)))
    number = add_revision(session, entry, author, note)
    session.flush()
    index_entries(session, [entry_id])
    return number
