"""Changing an entry's text: every change is a new revision with its author and time.

A retired entry cannot be changed. A published entry whose text changes stays live with
its published text: the new text is kept as a revision waiting for review, and agents
read it only once both sides approve it and it is published (which proposes an "updated"
bulletin). Until then search and exports keep the approved words, as a help center keeps
a published article live while its new draft is reviewed.
"""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from liaison_app.core.conflicts import EditConflict, last_change
from liaison_app.core.faq import listing as faq_listing
from liaison_app.core.faq.history import (
    add_revision,
    latest_revision_number,
    log_event,
    pending_revision,
)
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
        raise DomainError(f"No FAQ entry {entry_id}", code="no_faq_entry", entry=entry_id)
    ensure_editable(entry)
    _keep_current_text(session, entry)
    latest = latest_revision_number(session, entry)
    if expected_revision is not None and latest != expected_revision:
        # Someone saved a newer text (published or waiting for review) since the editor read it.
        by, at, version = last_change(session, "faq_entry", entry_id)
        raise EditConflict("faq_entry", entry_id, by, at, version)
    question, answer = (question or "").strip(), (answer or "").strip()
    if not question:
        raise DomainError("the question cannot be empty", code="question_required")
    if not answer:
        raise DomainError("the answer cannot be empty", code="answer_required")
    points, words = _clean_list(key_points), list(dict.fromkeys(_clean_list(keywords)))
    pending = pending_revision(session, entry)
    current = pending or entry
    if (question, answer, points, words) == (current.question, current.answer,
                                             list(current.key_points or []), list(current.keywords or [])):
        return latest  # saved without a change: no revision, no new review
    if entry.status == FaqStatus.PUBLISHED:
        # The published text stays live; the new one waits for review as a revision.
        number = latest + 1
        session.add(FaqRevision(entry_id=entry.id, number=number, question=question, answer=answer,
                                key_points=points, keywords=words, author=author, note=note,
                                created_at=utcnow()))
        log_event(session, entry.id, author, "revised", f"revision {number}" + (f": {note}" if note else ""))
        log_event(session, entry.id, author, "back_in_review",
                  f"revision {number} waits for review; revision {entry.revision} stays live")
        session.flush()
        return number
    entry.question = question
    entry.answer = answer
    entry.key_points = points
    entry.keywords = words
    number = add_revision(session, entry, author, note)
    log_event(session, entry.id, author, "revised", f"revision {number}" + (f": {note}" if note else ""))
    session.flush()  # the flush re-indexes the entry (core.search.faq_index)
    return number


def editable_text(session: Session, entry_id: int) -> dict:
    """What the editor starts from: the entry, with the text waiting for review if a newer
    revision of a published entry is pending; `revision` is the one a save builds on."""
    detail = faq_listing.faq_detail(session, entry_id) or {}
    entry = session.get(FaqEntry, entry_id)
    if entry is None:
        return detail
    pending = pending_revision(session, entry)
    if pending is not None:
        detail = dict(detail, question=pending.question, answer=pending.answer,
                      key_points=list(pending.key_points or []), keywords=list(pending.keywords or []),
                      revision=pending.number, pending=True)
    return detail


def update_from_question(session: Session, question_id: int, entry_id: int, question: str,
                         answer: str, key_points: Iterable[str], keywords: Iterable[str],
                         author: str, note: str = "", expected_revision: int | None = None) -> int:
    """"Update FAQ entry" from an answered question: the new revision and the link from the
    question to the entry it updated, in the caller's one transaction."""
    if session.get(Question, question_id) is None:
        raise DomainError(f"No question {question_id}", code="no_question",
                          ref=f"LQ-{question_id:06d}")
    number = revise_entry(session, entry_id, question, answer, key_points, keywords, author,
                          note, expected_revision)
    if session.get(QuestionFaqLink, (question_id, entry_id)) is None:
        session.add(QuestionFaqLink(question_id=question_id, entry_id=entry_id, relation="updated",
                                    at=utcnow()))
        session.flush()
    return number
