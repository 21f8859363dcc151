"""Turning an answered question into a draft FAQ entry ("Create FAQ entry").

The draft is prefilled from the question: its wording generalised (customer details and
the agent's framing removed), the answer it received, suggested keywords and the
department that answered; the entry links back to the question (`created`) and, unless
the manager says not to, keeps the customer's own wording as a similar question. The
draft then goes through review before agents see it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from liaison_app.core.faq.history import log_event
from liaison_app.core.faq.similar_questions import capture_from_question, generalise
from liaison_app.core.models import (
    Department,
    FaqEntry,
    FaqRevision,
    FaqStatus,
    Question,
    QuestionFaqLink,
    Synonym,
    question_ref,
)
from liaison_app.core.questions.workflow import DomainError
from liaison_app.core.search.folding import fold
from liaison_app.core.timeutil import utcnow

MAX_QUESTION = 500
MAX_ANSWER = 20000
ANSWERED = ("answered_from_faq", "answer_received", "answered", "closed")


@dataclass
class EntryDraft:
    """What the editor opens with; every field may be changed before saving."""

    question_id: int
    question: str
    answer: str
    key_points: list[str] = field(default_factory=list)
    keywords: list[str] = field(default_factory=list)
    department_id: int | None = None
    category_id: int | None = None
    valid_from: datetime | None = None
    valid_until: datetime | None = None


def suggest_keywords(session: Session, text: str, department_id: int | None) -> list[str]:
    """Words worth indexing: the department's routing keywords and the manager's synonym
    words that occur in the question."""
    folded = fold(text)
    found: list[str] = []
    if department_id is not None:
        department = session.get(Department, department_id)
        if department is not None:
            found += [k for k in (department.routing_keywords or []) if k and fold(k) in folded]
    found += [t for (t,) in session.execute(select(Synonym.term)) if t and fold(t) in folded]
    return list(dict.fromkeys(found))[:8]


def draft_from_question(session: Session, question_id: int) -> EntryDraft:
    question = session.get(Question, question_id)
    if question is None:
        raise DomainError(f"No question {question_ref(question_id)}")
    if question.status not in ANSWERED or not (question.answer or "").strip():
        raise DomainError(f"{question.ref} has no answer yet: an FAQ entry needs one")
    wording = generalise(question.text) or question.text
    points = [line.lstrip("•-· ").strip() for line in question.answer.splitlines()
              if line.strip().startswith(("•", "-", "·"))]
    answer = "\n".join(line for line in question.answer.splitlines()
                       if not line.strip().startswith(("•", "-", "·"))).strip()
    return EntryDraft(
        question_id=question.id, question=wording, answer=answer or question.answer,
        key_points=points, keywords=suggest_keywords(session, question.text, question.department_id),
        department_id=question.department_id, category_id=question.category_id,
    )


def create_entry(session: Session, draft: EntryDraft, author: str, *, capture: bool = True) -> FaqEntry:
    """Save the draft as a new FAQ entry (status draft, revision 1), linked to its question."""
    question_text = (draft.question or "").strip()
    answer = (draft.answer or "").strip()
    if not question_text:
        raise DomainError("The entry needs a question")
    if not answer:
        raise DomainError("The entry needs an answer")
    if len(question_text) > MAX_QUESTION:
        raise DomainError(f"The question is longer than {MAX_QUESTION} characters")
    if len(answer) > MAX_ANSWER:
        raise DomainError(f"The answer is longer than {MAX_ANSWER} characters")
    if draft.valid_from and draft.valid_until and draft.valid_until <= draft.valid_from:
        raise DomainError("valid until must be after valid from")
    source = session.get(Question, draft.question_id)
    if source is None:
        raise DomainError(f"No question {question_ref(draft.question_id)}")
    now = utcnow()
    points = [p.strip() for p in draft.key_points if p.strip()]
    keywords = list(dict.fromkeys(k.strip() for k in draft.keywords if k.strip()))
    entry = FaqEntry(question=question_text, answer=answer, key_points=points, keywords=keywords,
                     category_id=draft.category_id, department_id=draft.department_id,
                     status=FaqStatus.DRAFT, valid_from=draft.valid_from,
                     valid_until=draft.valid_until, revision=1, created_at=now, updated_at=now)
    session.add(entry)
    session.flush()
    session.add(FaqRevision(entry_id=entry.id, number=1, question=question_text, answer=answer,
                            key_points=points, keywords=keywords, author=author,
                            note=f"created from {source.ref}", created_at=now))
    session.add(QuestionFaqLink(question_id=source.id, entry_id=entry.id, relation="created", at=now))
    log_event(session, entry.id, author, "created", f"from {source.ref}")
    session.flush()  # the flush indexes the new entry (core.search.faq_index)
    if capture:
        capture_from_question(session, entry.id, source.id, author, source="created")
    return entry

