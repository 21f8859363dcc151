"""Closing the loop with the agents: the answer reaches everyone who forwarded the question.

"Send to agents" works from an answer found in the FAQ, received from a department or
written by the manager (answer_in_center). Every forwarding agent, including those of
duplicates merged into the question, gets it: by mail through the outbox when the agent
has an address (masked like every mail leaving the center), and always as a note in the
question's record, so `liaison show` and the window show who was told what and when. The
question then moves to answered and, by default, is closed with its resolution.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from liaison_app.core.correspondence.outbox import queue_mail
from liaison_app.core.correspondence.queries import MailIdentity
from liaison_app.core.models import (
    Agent,
    Direction,
    Message,
    MessageKind,
    MessageState,
    Question,
    QuestionAgent,
    QuestionStatus,
    Resolution,
    question_ref,
)
from liaison_app.core.questions.triage import reject
from liaison_app.core.questions.workflow import DomainError, transition
from liaison_app.core.timeutil import utcnow
from liaison_app.mail import compose
from liaison_app.mail.compose import Draft

S = QuestionStatus
MAX_ANSWER = 20000


@dataclass
class FeedbackResult:
    question_id: int
    mailed: list[str] = field(default_factory=list)      # agent codes told by mail
    noted: list[str] = field(default_factory=list)       # agent codes without an address
    closed: bool = False


def answer_in_center(session: Session, question_id: int, text: str, actor: str) -> Question:
    """The manager answers from own knowledge: resolved in the center."""
    question = _question(session, question_id)
    text = (text or "").strip()
    if not text:
        raise DomainError("the answer is empty", code="answer_empty")
    if len(text) > MAX_ANSWER:
        raise DomainError(f"the answer is longer than {MAX_ANSWER} characters",
                          code="answer_too_long", limit=MAX_ANSWER)
    transition(session, question, "answer_in_center", actor, detail="answered by the manager")
    question.answer = text
    question.answered_at = utcnow()
    question.resolution = Resolution.IN_CENTER
    session.flush()
    return question


def agents_to_tell(session: Session, question_id: int) -> list[Agent]:
    """Every agent who forwarded the question or a duplicate merged into it, once each."""
    merged = select(Question.id).where(Question.duplicate_of_id == question_id)
    rows = session.scalars(
        select(Agent).join(QuestionAgent, QuestionAgent.agent_id == Agent.id)
        .where((QuestionAgent.question_id == question_id) | QuestionAgent.question_id.in_(merged))
        .order_by(QuestionAgent.forwarded_at, Agent.id)
    ).all()
    return list(dict.fromkeys(rows))


def feed_back(
    session: Session, question_id: int, actor: str, identity: MailIdentity | None, *,
    text: str | None = None, close: bool = True,
) -> FeedbackResult:
    """Send the answer to every forwarding agent; record it; answered (and closed)."""
    question = _question(session, question_id)
    if question.status not in (S.ANSWERED_FROM_FAQ, S.ANSWER_RECEIVED):
        raise DomainError(f"{question.ref} is '{question.status}': there is no new answer to send "
                          "(allowed from answered_from_faq, answer_received)",
                          code="nothing_to_send", ref=question.ref, state=question.status)
    answer = (text if text is not None else question.answer or "").strip()
    if not answer:
        raise DomainError(f"{question.ref} has no answer to send", code="no_answer_yet",
                          ref=question.ref)
    question.answer = answer
    result = _tell_agents(session, question, "feedback", {"answer": answer}, answer, actor, identity)
    if not result.mailed and not result.noted:
        raise DomainError(f"{question.ref} has no forwarding agent to send the answer to",
                          code="no_agent", ref=question.ref)
    told = ", ".join(result.mailed + result.noted)
    transition(session, question, "feed_back", actor, detail=f"answer sent to {told}")
    if question.resolution is None:
        question.resolution = (Resolution.FAQ if any(e.action == "answer_from_faq" for e in question.events)
                               else Resolution.DEPARTMENT)
    if close:
        transition(session, question, "close", actor, detail=f"resolved: {question.resolution}")
        result.closed = True
    session.flush()
    return result


def _tell_agents(session: Session, question: Question, kind: str, values: dict[str, str],
                 note: str, actor: str, identity: MailIdentity | None) -> FeedbackResult:
    """Mail template `kind` to every forwarding agent with an address (through the outbox,
    masked); a note in the record for the others."""
    result = FeedbackResult(question.id)
    now = utcnow()
    can_mail = identity is not None and bool(identity.address)
    for agent in agents_to_tell(session, question.id):
        if can_mail and agent.email:
            subject, body = compose.render(kind, identity.language, {
                "ref": question.ref, "summary": compose.summary_of(question.text),
                "question": question.text, "agent": agent.name or agent.code,
                "sender": identity.name or identity.address, **values})
            draft = Draft(subject=compose.ensure_token(subject, question.ref), body=body, to=[agent.email])
            message = queue_mail(session, compose.apply_masking(draft, False), identity.sender,
                                 question_id=question.id, actor=actor)
            message.agent_id = agent.id
            result.mailed.append(agent.code)
        else:
            session.add(Message(
                question_id=question.id, agent_id=agent.id, direction=Direction.OUT,
                kind=MessageKind.NOTE, state=MessageState.LOGGED,
                subject=f"[{question.ref}] → {agent.code} {agent.name}", body_text=note,
                created_at=now, sent_at=now, actor=actor))
            result.noted.append(agent.code)
    return result


def reject_and_tell(session: Session, question_id: int, reason: str, actor: str,
                    identity: MailIdentity | None) -> FeedbackResult:
    """Reject the question and tell every forwarding agent why (the reason by mail, or a
    note where an agent has no address): a rejection that reaches no one is a trap."""
    question = reject(session, question_id, reason, actor)
    return _tell_agents(session, question, "rejection", {"reason": question.reject_reason},
                        question.reject_reason, actor, identity)


def _question(session: Session, question_id: int) -> Question:
    question = session.get(Question, question_id)
    if question is None:
        raise DomainError(f"No question {question_ref(question_id)}", code="no_question",
                          ref=question_ref(question_id))
    return question
