"""Which question an inbound mail is about, by several signals, strongest first.

Gateways and other trackers strip headers, so one signal is not enough:
1. In-Reply-To / References naming a mail of a thread Liaison knows;
2. the `[LQ-000123]` token in the subject, then a reference line (`LQ-000123`) in the
   body, usually in the quoted query; a token match from a sender who is not a contact of
   that department only *suggests* the question until the manager confirms it;
3. a known agent's address: a newly forwarded question (the caller runs the intake);
4. nothing: the unmatched tray.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from liaison_app.core.models import Agent, Contact, Department, Message, Query, Question
from liaison_app.mail.mime_parse import ParsedMail

TOKEN_RE = re.compile(r"\bLQ-(\d{6,9})\b", re.IGNORECASE)


@dataclass
class Match:
    method: str  # headers | token | reference | pending | agent | none
    question_id: int | None = None
    query_id: int | None = None
    candidate_question_id: int | None = None
    contact_id: int | None = None
    agent_id: int | None = None
    agent_code: str | None = None


def tokens(text: str) -> list[int]:
    seen: list[int] = []
    for m in TOKEN_RE.finditer(text or ""):
        qid = int(m.group(1))
        if qid not in seen:
            seen.append(qid)
    return seen


def thread_query(ids: list[str], own_id: int | None) -> Select:
    """Known mails of a thread by Message-ID (served by `ix_messages_message_id`)."""
    stmt = select(Message.id, Message.message_id, Message.question_id, Message.query_id).where(
        Message.message_id.in_(ids), Message.question_id.is_not(None))
    if own_id is not None:
        stmt = stmt.where(Message.id != own_id)
    return stmt.order_by(Message.id)


class Lookups:
    """What one fetch cycle has already looked up, so each mail after the first costs
    dictionary reads instead of queries (issue 15: 1,000 replies in <= 5 s, flat).

    Kept for one cycle only (`fetching.fetch` makes one per pass): a contact, query or
    agent changed by the manager while a cycle runs is seen from the next cycle on, a
    few seconds later. Only what a mail cannot change is kept; a thread id that names
    no known mail is asked again (the outbox may send one meanwhile), and nothing here
    is an ORM object, so it outlives the per-mail sessions."""

    def __init__(self) -> None:
        self.contacts: dict[str, tuple[int, int | None] | None] = {}
        self.sender_departments: dict[str, frozenset[int]] = {}
        self.question_departments: dict[int, frozenset[int] | None] = {}
        self.queries: dict[tuple[int, int | None, bool], int | None] = {}
        self.agents: dict[str, tuple[int, str] | None] = {}
        self.threads: dict[str, tuple[int, int, int | None]] = {}  # id -> (row, question, query)

    def contact(self, session: Session, address: str) -> tuple[int, int | None] | None:
        """(id, department id) of the contact writing from `address`, active ones first."""
        if not address:
            return None
        key = address.lower()
        if key not in self.contacts:
            found = session.execute(
                select(Contact.id, Contact.department_id)
                .where(func.lower(Contact.email) == key)
                .order_by(Contact.active.desc(), Contact.id).limit(1)).first()
            self.contacts[key] = (found[0], found[1]) if found else None
        return self.contacts[key]

    def departments_of(self, session: Session, question_id: int) -> frozenset[int] | None:
        """The departments a question was sent to (and its own); None: no such question."""
        if question_id not in self.question_departments:
            question = session.execute(
                select(Question.department_id).where(Question.id == question_id)).first()
            if question is None:
                self.question_departments[question_id] = None
            else:
                ids = set(session.scalars(
                    select(Query.department_id).where(Query.question_id == question_id)))
                if question[0]:
                    ids.add(question[0])
                self.question_departments[question_id] = frozenset(ids)
        return self.question_departments[question_id]

    def sender_belongs(self, session: Session, address: str, dept_ids: frozenset[int]) -> bool:
        """Whether `address` is a contact's or the department's own address of one of them."""
        if not address or not dept_ids:
            return False
        key = address.lower()
        if key not in self.sender_departments:
            ids = set(session.scalars(select(Contact.department_id).where(
                func.lower(Contact.email) == key, Contact.department_id.is_not(None))))
            ids.update(session.scalars(select(Department.id).where(
                func.lower(Department.email) == key)))
            self.sender_departments[key] = frozenset(ids)
        return bool(self.sender_departments[key] & dept_ids)

    def query_for(self, session: Session, question_id: int,
                  contact: tuple[int, int | None] | None) -> int | None:
        """The question's query to the contact's department, the open and newest first."""
        dept = contact[1] if contact is not None else None
        key = (question_id, dept, contact is not None)
        if key not in self.queries:
            stmt = select(Query.id).where(Query.question_id == question_id)
            if contact is not None:
                stmt = stmt.where(Query.department_id == dept)
            stmt = stmt.order_by((Query.status == "open").desc(), Query.opened_at.desc()).limit(1)
            self.queries[key] = session.scalar(stmt)
        return self.queries[key]

    def by_headers(self, session: Session, ids: list[str],
                   own_id: int | None) -> tuple[int, int | None] | None:
        """(question id, query id) of the known mail the thread ids name, In-Reply-To first."""
        if not ids:
            return None
        hit = self.threads.get(ids[0])
        if hit is not None and hit[0] != own_id:
            return hit[1], hit[2]
        found: dict[str, tuple[int, int, int | None]] = {}
        for row_id, mid, question_id, query_id in session.execute(thread_query(ids, own_id)):
            found[mid] = (row_id, question_id, query_id)  # the newest of a repeated id
        self.threads.update(found)
        for mid in ids:  # In-Reply-To first, then the newest reference
            if mid in found:
                return found[mid][1], found[mid][2]
        return None

    def agent(self, session: Session, address: str) -> tuple[int, str] | None:
        """(id, code) of the active agent writing from `address`."""
        if not address:
            return None
        if address not in self.agents:
            found = session.execute(select(Agent.id, Agent.code).where(
                func.lower(Agent.email) == address, Agent.active.is_(True)).limit(1)).first()
            self.agents[address] = (found[0], found[1]) if found else None
        return self.agents[address]


def match(session: Session, mail: ParsedMail, own_id: int | None = None,
          lookups: Lookups | None = None) -> Match:
    """The strongest signal wins. Read-only: the caller's unflushed changes to its own row
    are not needed by any look-up here (each excludes `own_id`), so nothing is flushed."""
    lookups = lookups if lookups is not None else Lookups()
    with session.no_autoflush:
        return _match(session, mail, own_id, lookups)


def _match(session: Session, mail: ParsedMail, own_id: int | None, lookups: Lookups) -> Match:
    contact = lookups.contact(session, mail.from_addr)
    contact_id = contact[0] if contact else None
    thread = lookups.by_headers(session, mail.thread_ids, own_id)
    if thread is not None:
        question_id, query_id = thread
        return Match("headers", question_id=question_id,
                     query_id=query_id or lookups.query_for(session, question_id, contact),
                     contact_id=contact_id)
    body_tokens = tokens(mail.text)
    for method, candidates in (("token", tokens(mail.subject)), ("reference", body_tokens)):
        for qid in candidates:
            dept_ids = lookups.departments_of(session, qid)
            if dept_ids is None:
                continue
            if lookups.sender_belongs(session, mail.from_addr, dept_ids):
                return Match(method, question_id=qid,
                             query_id=lookups.query_for(session, qid, contact),
                             contact_id=contact_id)
            return Match("pending", candidate_question_id=qid, contact_id=contact_id)
    agent = lookups.agent(session, mail.from_addr)
    if agent is not None and not mail.auto_kind:
        return Match("agent", agent_id=agent[0], agent_code=agent[1], contact_id=contact_id)
    return Match("none", contact_id=contact_id)
