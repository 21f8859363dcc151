"""Who changed what, when: the audit trail read back.

On PostgreSQL a trigger on every table people change writes `audit_log` in the changing
transaction, as `current_user` with the person's name, the row before and after (no
client can skip it). On SQLite (one person's desk) the question events and the FAQ
events are the trail.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from liaison_app.core.models.faq import FaqEvent
from liaison_app.core.models.questions import Event, question_ref
from liaison_app.core.timeutil import as_utc


@dataclass(frozen=True)
class AuditRow:
    at: datetime
    person: str
    login: str
    action: str
    target: str
    before: dict[str, Any] | None = None
    after: dict[str, Any] | None = None

    def as_json(self) -> dict[str, Any]:
        return {"at": self.at.isoformat(), "person": self.person, "login": self.login,
                "action": self.action, "target": self.target,
                "before": self.before, "after": self.after}


def audit_trail(session: Session, since: datetime, until: datetime | None = None,
                person: str | None = None, target: str | None = None,
                limit: int = 10_000) -> list[AuditRow]:
    """The changes at or after `since` (and before `until`), oldest first, filtered by the
    person's login or name and by target prefix (`questions`, `questions:12`)."""
    if session.get_bind().dialect.name == "postgresql":
        return _pg_trail(session, since, until, person, target, limit)
    rows = _sqlite_trail(session, since, until, person, limit)
    if target:
        rows = [r for r in rows if r.target == target or r.target.startswith(target + ":")]
    return rows


def _pg_trail(session: Session, since: datetime, until: datetime | None, person: str | None,
              target: str | None, limit: int) -> list[AuditRow]:
    sql = ("SELECT at, login, coalesce(person, login) AS person, action, target, before, after "
           "FROM audit_log WHERE at >= :since")
    if until:
        sql += " AND at < :until"
    if person:
        sql += " AND (login = :person OR person = :person)"
    if target:
        sql += " AND (target = :target OR target LIKE :prefix)"
    sql += " ORDER BY id LIMIT :limit"
    params = {"since": since, "until": until, "limit": limit, "person": person,
              "target": target, "prefix": f"{target}:%" if target else None}
    return [AuditRow(at=as_utc(r.at), person=r.person, login=r.login, action=r.action,
                     target=r.target, before=r.before, after=r.after)
            for r in session.execute(text(sql), params)]


def _sqlite_trail(session: Session, since: datetime, until: datetime | None,
                  person: str | None, limit: int) -> list[AuditRow]:
    events = select(Event).where(Event.at >= since).order_by(Event.at).limit(limit)
    faq = select(FaqEvent).where(FaqEvent.at >= since).order_by(FaqEvent.at).limit(limit)
    if person:
        events = events.where(Event.actor == person)
        faq = faq.where(FaqEvent.actor == person)
    if until:
        events = events.where(Event.at < until)
        faq = faq.where(FaqEvent.at < until)
    rows = [AuditRow(at=as_utc(e.at), person=e.actor, login=e.actor, action=e.action,
                     target=f"questions:{e.question_id}",
                     before={"status": e.from_status, "ref": question_ref(e.question_id)},
                     after={"status": e.to_status, "detail": e.detail})
            for e in session.scalars(events)]
    rows += [AuditRow(at=as_utc(e.at), person=e.actor, login=e.actor, action=e.action,
                      target=f"faq_entries:{e.entry_id}", after={"detail": e.detail})
             for e in session.scalars(faq)]
    rows.sort(key=lambda r: r.at)
    return rows[:limit]
