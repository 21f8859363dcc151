"""Changing an entry's text: every change is a new revision with its author and time.

A retired entry cannot be changed. A published entry whose text changes goes back into
review: agents must not read words that neither side approved, so it reaches them again
once both sides approve the new revision (publishing then proposes an "updated" bulletin).
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from liaison_app.core.conflicts import EditConflict, last_change
from liaison_app.core.faq.history import add_revision, log_event
from liaison_app.core.faq.review import ensure_editable
from liaison_app.core.models import FaqEntry, FaqRevision, FaqStatus, Question, QuestionFaqLink
from liaison_app.core.questions.workflow import DomainError
from liaison_app.core.timeutil import utcnow


def _clean_list(values: Iterable[str]) -> list[str]:
    return [v.strip() for v in values if v and v.strip()]


def _keep_current_text(session: Session, entry: FaqEntry) -> None:
    """An entry written before revisions were kept gets its current text as a revision
    first, so the change about to be made has something to be compared with."""
    exists = session.scalar(select(FaqRevision.id).where(
        FaqRevision.entry_id == entry.id, FaqRevision.number == (entry.revision or 1)))
    if exists is None:
        session.add(FaqRevision(entry_id=entry.id, number=entry.revision or 1, question=entry.question,
                                answer=entry.answer, key_points=list(entry.key_points or []),
                                keywords=list(entry.keywords or []), author="", note="text kept before a change",
                                created_at=entry.updated_at or utcnow()))
        entry.revision = entry.revision or 1


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
        by, at, version = last_change(session, "faq_entry", entry_id)
        raise EditConflict("faq_entry", entry_id, by, at, version)
    ensure_editable(entry)
    _keep_current_text(session, entry)
    question, answer = (question or "").strip(), (answer or "").strip()
    if not question:
        raise DomainError("the question cannot be empty")
    if not answer:
        raise DomainError("the answer cannot be empty")
    points, words = _clean_list(key_points), list(dict.fromkeys(_clean_list(keywords)))
    if (question, answer, points, words) == (entry.question, entry.answer,
                                             list(entry.key_points or []), list(entry.keywords or [])):
        return entry.revision  # saved without a change: no revision, no new review
    entry.question = question
    entry.answer = answer
    entry.key_points = points
    entry.keywords = words
    number = add_revision(session, entry, author, note)
    log_event(session, entry.id, author, "revised", f"revision {number}" + (f": {note}" if note else ""))
    if entry.status == FaqStatus.PUBLISHED:
        entry.status = FaqStatus.IN_REVIEW
        log_event(session, entry.id, author, "back_in_review", "the published text changed")
    session.flush()  # the flush re-indexes the entry (core.search.faq_index)
    return number


def update_from_question(session: Session, question_id: int, entry_id: int, question: str,
                         answer: str, key_points: Iterable[str], keywords: Iterable[str],
                         author: str, note: str = "", expected_revision: int | None = None) -> int:
    """"Update FAQ entry" from an answered question: the new revision and the link from the
    question to the entry it updated, in the caller's one transaction."""
    if session.get(Question, question_id) is None:
        raise DomainError(f"No question {question_id}")
    number = revise_entry(session, entry_id, question, answer, key_points, keywords, author,
                          note, expected_revision)
    if session.get(QuestionFaqLink, (question_id, entry_id)) is None:
        session.add(QuestionFaqLink(question_id=question_id, entry_id=entry_id, relation="updated",
                                    at=utcnow()))
        session.flush()
    return number
