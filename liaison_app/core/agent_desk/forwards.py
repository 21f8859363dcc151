"""Forwarding from the agent's desk, the agent's own questions, and the duplicate check
a manager's desk completes.

An agent may not read the other agents' open questions, so the desk cannot run the
duplicate check itself: the question is stored with `duplicate_checked = false` and
unindexed (the duplicate index's counts and postings are shared by every question), and
the first manager's desk that hears of it (live updates) indexes and checks it before its
Inbox shows it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from liaison_app.core.models import Agent, Question, QuestionAgent, question_ref
from liaison_app.core.privacy import mask_card_and_id
from liaison_app.core.questions.duplicates import (
    MERGEABLE_STATUSES,
    find_duplicates,
    index_question,
)
from liaison_app.core.questions.intake import ForwardRequest, forward_question

# The question states as the agent sees them: what they can expect next.
ANSWERED = ("answered", "answered_from_faq", "closed")
REJECTED = ("rejected",)


@dataclass(frozen=True)
class MyQuestion:
    id: int
    ref: str
    text: str
    status: str
    answer: str | None
    reject_reason: str | None
    forwarded_at: datetime
    updated_at: datetime

    @property
    def outcome(self) -> str:
        """'answered', 'rejected' or 'open': what a notification tells the agent."""
        if self.status in REJECTED:
            return "rejected"
        if self.answer and self.status in ANSWERED:
            return "answered"
        return "open"


def masked_context(context: str, keep_numbers: bool) -> str:
    """The customer context as stored: card, ID and phone numbers masked unless the
    agent says the department needs them."""
    return context if keep_numbers else mask_card_and_id(context)


def forward_from_desk(session: Session, agent_code: str, actor: str, key: str, text: str,
                      context: str = "", product: str = "", urgent: bool = False,
                      at: datetime | None = None, *, check_duplicates: bool = False
                      ) -> tuple[int, str, bool]:
    """(question id, ref, whether new) for a forward carrying the idempotency `key`: sent
    again (a queue replayed after a lost reply) it is the same question."""
    existing = session.execute(select(Question.id).where(Question.client_key == key)).first()
    if existing is not None:
        return existing.id, question_ref(existing.id), False
    result = forward_question(
        session, ForwardRequest(agent=agent_code, text=text, context=context, product=product,
                                urgent=urgent, forwarded_at=at, source="desk"),
        actor, check_duplicates=check_duplicates, suggestions=0, client_key=key)
    return result.question_id, result.ref, True


def my_questions(session: Session, agent_code: str, limit: int = 200) -> list[MyQuestion]:
    """The questions this agent forwarded, newest first (on a team server the policies
    would show no others anyway)."""
    rows = session.execute(
        select(Question.id, Question.text, Question.status, Question.answer,
               Question.reject_reason, QuestionAgent.forwarded_at, Question.updated_at)
        .join(QuestionAgent, QuestionAgent.question_id == Question.id)
        .join(Agent, Agent.id == QuestionAgent.agent_id)
        .where(Agent.code == agent_code)
        .order_by(QuestionAgent.forwarded_at.desc(), Question.id.desc()).limit(limit))
    return [MyQuestion(r.id, question_ref(r.id), r.text, r.status, r.answer, r.reject_reason,
                       r.forwarded_at, r.updated_at) for r in rows]


def check_pending_duplicates(session: Session, limit: int = 200) -> int:
    """Run the duplicate check owed on questions forwarded from agents' desks (a
    manager's desk, which may read every open question); returns how many were checked."""
    pending = session.execute(
        select(Question.id, Question.text, Question.status)
        .where(Question.duplicate_checked.is_(False))
        .order_by(Question.id).limit(limit)).all()
    for qid, text, status in pending:
        matches = find_duplicates(session, text, exclude=[qid], limit=1)
        if status in MERGEABLE_STATUSES:
            index_question(session, qid, text)  # later forwards find it
        match = matches[0] if matches else None
        # a Core UPDATE: the check is no edit, and must not make a manager's save a conflict
        session.execute(update(Question).where(Question.id == qid).values(
            duplicate_checked=True,
            probable_duplicate_id=match.question_id if match else None,
            probable_duplicate_score=match.score if match else None))
    return len(pending)
