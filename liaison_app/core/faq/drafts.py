"""Turning an answered question into a draft FAQ entry ("Create FAQ entry").

The draft is prefilled from the question: its wording generalised (customer details and
the agent's framing removed), the answer it received, suggested keywords and the
department that answered; the entry links back to the question (`created`) and, unless
the manager says not to, keeps the customer's own wording as a similar question. The
draft then goes through review before agents see it.
"""

from __future__ import annotations

import re
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
from liaison_app.mail.quoting import split_reply

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


# A department's reply opens with a greeting to the center and ends with a sign-off and
# signature; neither belongs in an entry agents read to customers. The greeting is a short
# first line with a greeting word (「您好：」, 「客服中心各位同事，您好！」, 「王經理：」, "Hi all,").
_GREETING = re.compile(
    r"^(.{0,16}(您好|你好|大家好|各位好|各位同事|同事們|同事们|hi|hello|dear)[^\n]{0,12}"
    r"|.{0,10}(同事|經理|经理|老師|老师|先生|女士)[:：,，])\s*[!！。.:：,，]?\s*$", re.IGNORECASE)
# A sign-off line: what follows it is the signature (name, department, telephone).
_SIGN_OFF = re.compile(
    r"^(--\s*|—{2,}|謝謝[!！。]?|谢谢[!！。]?|多謝[!！。]?|此致|順頌.*|顺颂.*|順祝.*|顺祝.*|祝好[!！。]?|"
    r"敬禮|敬礼|如有疑問.*|如有疑问.*|(best )?regards,?|thanks,?|thank you,?)$", re.IGNORECASE)
# Lines that are steps or points: bullets the departments type (● • · ■ ◆ - *) and
# numbered steps (1. 1、 (1) ①).
_POINT = re.compile(r"^\s*([●•·■◆▪◦\-*]|\d{1,2}[.、)）]|[（(]\d{1,2}[)）]|[①-⑳])\s*")


def answer_for_entry(text: str) -> tuple[str, list[str]]:
    """(answer, key points) from a department's reply, fit for an FAQ entry.

    The quoted mail history, the greeting, and the sign-off with the signature below it
    are dropped; bullet and numbered lines become the key points (操作要點). The manager
    still reviews the result in the editor."""
    new, _quoted = split_reply(text or "")
    lines = [line.rstrip() for line in new.splitlines() if not line.lstrip().startswith(">")]
    while lines and not lines[0].strip():
        lines.pop(0)
    if lines and len(lines[0].strip()) <= 30 and _GREETING.match(lines[0].strip()):
        lines.pop(0)
    for index, line in enumerate(lines):
        if index > 0 and _SIGN_OFF.match(line.strip()):
            lines = lines[:index]
            break
    points: list[str] = []
    kept: list[str] = []
    for line in lines:
        match = _POINT.match(line)
        if match and line[match.end():].strip():
            points.append(line[match.end():].strip())
        else:
            kept.append(line)
    answer = "\n".join(kept).strip()
    return answer, points


def draft_from_question(session: Session, question_id: int) -> EntryDraft:
    question = session.get(Question, question_id)
    if question is None:
        raise DomainError(f"No question {question_ref(question_id)}", code="no_question",
                          ref=question_ref(question_id))
    if question.status not in ANSWERED or not (question.answer or "").strip():
        raise DomainError(f"{question.ref} has no answer yet: an FAQ entry needs one",
                          code="no_answer_yet", ref=question.ref)
    wording = generalise(question.text) or question.text
    answer, points = answer_for_entry(question.answer)
    return EntryDraft(
        question_id=question.id, question=wording, answer=answer or question.answer.strip(),
        key_points=points, keywords=suggest_keywords(session, question.text, question.department_id),
        department_id=question.department_id, category_id=question.category_id,
    )


def create_entry(session: Session, draft: EntryDraft, author: str, *, capture: bool = True) -> FaqEntry:
    """Save the draft as a new FAQ entry (status draft, revision 1), linked to its question."""
    question_text = (draft.question or "").strip()
    answer = (draft.answer or "").strip()
    if not question_text:
        raise DomainError("The entry needs a question", code="question_required")
    if not answer:
        raise DomainError("The entry needs an answer", code="answer_required")
    if len(question_text) > MAX_QUESTION:
        raise DomainError(f"The question is longer than {MAX_QUESTION} characters", code="title_too_long",
                          limit=MAX_QUESTION)
    if len(answer) > MAX_ANSWER:
        raise DomainError(f"The answer is longer than {MAX_ANSWER} characters", code="answer_too_long",
                          limit=MAX_ANSWER)
    if draft.valid_from and draft.valid_until and draft.valid_until <= draft.valid_from:
        raise DomainError("valid until must be after valid from", code="validity_order")
    source = session.get(Question, draft.question_id)
    if source is None:
        raise DomainError(f"No question {question_ref(draft.question_id)}", code="no_question",
                          ref=question_ref(draft.question_id))
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

