"""Rows for tests, written one way: the directory, agents, FAQ entries and forwarded
questions that many tests need before they can say anything.

Each factory takes an open session (inside the caller's transaction), adds its rows,
flushes so ids are known, and returns them; FAQ entries are indexed for search the way
the services that write entries index them. Tests state only what matters to them and
pass the rest as keyword arguments.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from sqlalchemy.orm import Session

from liaison_app.core.models import Agent, Contact, Department, FaqEntry, FaqRevision, FaqStatus
from liaison_app.core.questions.intake import ForwardRequest, ForwardResult, forward_question
from liaison_app.core.search.faq_index import index_entries


def department(s: Session, name: str, duties: str = "", *, sla_hours: int = 8,
               keywords: Iterable[str] = (), **fields: Any) -> Department:
    """A department with its routing keywords."""
    dept = Department(name=name, duties=duties, sla_hours=sla_hours,
                      routing_keywords=list(keywords), **fields)
    s.add(dept)
    s.flush()
    return dept


def contact(s: Session, dept: Department | int, name: str, **fields: Any) -> Contact:
    """A contact person of `dept` (a department or its id)."""
    dept_id = dept if isinstance(dept, int) else dept.id
    person = Contact(department_id=dept_id, name=name, **fields)
    s.add(person)
    s.flush()
    return person


def agent(s: Session, code: str, name: str, **fields: Any) -> Agent:
    """A call center agent who forwards questions."""
    row = Agent(code=code, name=name, **fields)
    s.add(row)
    s.flush()
    return row


def agents(s: Session, *people: tuple[str, str]) -> list[Agent]:
    """Several agents from (code, name) pairs; by default the two most tests use."""
    return [agent(s, code, name) for code, name in (people or DEFAULT_AGENTS)]


DEFAULT_AGENTS = (("A1001", "李娜"), ("A1002", "陳明"))


def faq_entry(s: Session, question: str, answer: str, *, status: str = FaqStatus.PUBLISHED,
              revision: str | None = None, index: bool = True, **fields: Any) -> FaqEntry:
    """One FAQ entry (published unless said otherwise), indexed for search.

    `revision` names the author of a first revision, for tests of the review and upkeep
    that need the entry's history as the editor writes it.
    """
    return faq_entries(s, [{"question": question, "answer": answer, "status": status, **fields}],
                       revision=revision, index=index)[0]


def faq_entries(s: Session, entries: Iterable[dict[str, Any]], *,
                revision: str | None = None, index: bool = True) -> list[FaqEntry]:
    """FAQ entries from dicts of their fields (published unless a dict says otherwise)."""
    rows = [FaqEntry(**({"status": FaqStatus.PUBLISHED} | fields)) for fields in entries]
    s.add_all(rows)
    s.flush()
    if revision is not None:
        for e in rows:
            s.add(FaqRevision(entry_id=e.id, number=1, question=e.question, answer=e.answer,
                              key_points=list(e.key_points or []), keywords=list(e.keywords or []),
                              author=revision))
    if index:
        index_entries(s, [e.id for e in rows])
    return rows


def forward(db, agent: str, text: str, actor: str = "test", **request: Any) -> ForwardResult:
    """An agent forwards a question through intake, in its own transaction."""
    with db.session() as s, s.begin():
        return forward_question(s, ForwardRequest(agent=agent, text=text, **request), actor)
