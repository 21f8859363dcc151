"""The JSON shapes of DESIGN.md section 5 for questions (`questions --json`, `show --json`).

The same dictionaries feed the detail panel, so what the window shows and what scripts
read never drift apart.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator, Sequence
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, defer

from liaison_app.core.models import (
    Agent,
    Department,
    Event,
    Message,
    Question,
    QuestionAgent,
    QuestionFaqLink,
    question_ref,
)
from liaison_app.core.models.people import PersonRow
from liaison_app.core.questions.workflow import DomainError
from liaison_app.core.timeutil import iso_utc


class NotFound(DomainError):
    pass


def _agents_by_question(session: Session, ids: Sequence[int]) -> dict[int, list[dict]]:
    out: dict[int, list[dict]] = defaultdict(list)
    stmt = (
        select(QuestionAgent.question_id, Agent.code, Agent.name, QuestionAgent.via_question_id,
               QuestionAgent.forwarded_at)
        .join(Agent, Agent.id == QuestionAgent.agent_id)
        .where(QuestionAgent.question_id.in_(ids))
        .order_by(QuestionAgent.question_id, QuestionAgent.forwarded_at, Agent.code)
    )
    for qid, code, name, via, at in session.execute(stmt):
        out[qid].append({"code": code, "name": name, "via": via, "forwarded_at": at})
    return out


def _faq_by_question(session: Session, ids: Sequence[int]) -> dict[int, list[int]]:
    out: dict[int, list[int]] = defaultdict(list)
    stmt = (
        select(QuestionFaqLink.question_id, QuestionFaqLink.entry_id)
        .where(QuestionFaqLink.question_id.in_(ids))
        .order_by(QuestionFaqLink.question_id, QuestionFaqLink.entry_id)
    )
    for qid, entry_id in session.execute(stmt):
        out[qid].append(entry_id)
    return out


def _question_dict(
    q: Question, department: str | None, agents: list[dict], faq_ids: list[int]
) -> dict[str, Any]:
    return {
        "id": q.id,
        "ref": question_ref(q.id),
        "status": q.status,
        "text": q.text,
        "context": q.customer_context,
        "product": q.product,
        "urgent": q.urgent,
        "priority": q.priority,
        "source": q.source,
        "agents": [a["code"] for a in agents],
        "agent_names": [a["name"] for a in agents],
        "department": department,
        "created_at": iso_utc(q.created_at),
        "due_at": iso_utc(q.due_at),
        "answer": q.answer,
        "answered_at": iso_utc(q.answered_at),
        "resolution": q.resolution,
        "reject_reason": q.reject_reason,
        "closed_at": iso_utc(q.closed_at),
        "duplicate_of": q.duplicate_of_id,
        "faq_ids": faq_ids,
    }


def iter_questions_json(
    session: Session, statuses: Sequence[str] = (), chunk: int = 2000
) -> Iterator[dict[str, Any]]:
    """Every question (optionally of some states) as contract dictionaries, oldest first.

    Loads `chunk` questions at a time with their agents and FAQ links in two queries, so
    200,000 questions stream out without holding them all.
    """
    last_id = 0
    while True:
        stmt = (
            select(Question, Department.name)
            .outerjoin(Department, Department.id == Question.department_id)
            .where(Question.id > last_id)
            .order_by(Question.id)
            .limit(chunk)
        )
        if statuses:
            stmt = stmt.where(Question.status.in_(statuses))
        rows = session.execute(stmt).all()
        if not rows:
            return
        ids = [q.id for q, _ in rows]
        agents = _agents_by_question(session, ids)
        faqs = _faq_by_question(session, ids)
        for q, dept in rows:
            yield _question_dict(q, dept, agents.get(q.id, []), faqs.get(q.id, []))
        last_id = ids[-1]
        session.expunge_all()


def question_detail(session: Session, question_id: int) -> dict[str, Any]:
    """One question with its agents (with names), events and messages: `show --json`."""
    q = session.get(Question, question_id)
    if q is None:
        raise NotFound(f"No question {question_ref(question_id)} (id {question_id})")
    dept = q.department.name if q.department else None
    agents = _agents_by_question(session, [q.id]).get(q.id, [])
    data = _question_dict(q, dept, agents, _faq_by_question(session, [q.id]).get(q.id, []))
    data["forwarded_by"] = [
        {"code": a["code"], "name": a["name"], "via": a["via"] and question_ref(a["via"]),
         "forwarded_at": iso_utc(a["forwarded_at"])}
        for a in agents
    ]
    events = session.scalars(
        select(Event).where(Event.question_id == q.id).order_by(Event.at, Event.id)
    )
    data["events"] = [
        {"at": iso_utc(e.at), "actor": e.actor, "action": e.action, "from": e.from_status,
         "to": e.to_status, "detail": e.detail}
        for e in events
    ]
    messages = session.scalars(
        select(Message).where(Message.question_id == q.id)
        .options(defer(Message.raw), defer(Message.body_html))
        .order_by(Message.created_at, Message.id)
    )
    data["messages"] = [
        {"id": m.id, "direction": m.direction, "kind": m.kind, "subject": m.subject,
         "text": m.body_text, "message_id": m.message_id, "state": m.state,
         "from": m.from_addr, "to": m.to_addrs, "cc": m.cc_addrs,
         "at": iso_utc(m.sent_at or m.received_at or m.call_at or m.created_at),
         "query_id": m.query_id, "in_reply_to": m.in_reply_to, "error": m.error,
         "auto": m.auto_kind, "match": m.match_method, "call_outcome": m.call_outcome,
         "actor": m.actor}
        for m in messages
    ]
    # A hand-over on the department desk names the colleague by login; the history says
    # their name where the reader may read it (people rows are private on a team
    # database: the login is shown otherwise).
    handed = {m["to"] for m in data["messages"] if m["match"] == "desk_handover" and m["to"]}
    if handed:
        names = {login: name for login, name in session.execute(
            select(PersonRow.login, PersonRow.name).where(PersonRow.login.in_(handed)))}
        for m in data["messages"]:
            if m["match"] == "desk_handover":
                m["to_name"] = names.get(m["to"])
    return data
