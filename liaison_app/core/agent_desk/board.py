"""The bulletin board on the agent's desk, and who has read what on the manager's.

An agent acknowledges a bulletin once (one row per bulletin and login, written as
themselves); the manager sees, per bulletin shown now, who has and has not read it among
the active agents, and can remind those who have not: a reminder row their desk hears of
through the change log and shows the bulletin again.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from liaison_app.core.agent_desk.usage import insert_once
from liaison_app.core.models import Bulletin, BulletinRead, BulletinReminder, PersonRow
from liaison_app.core.questions.workflow import DomainError
from liaison_app.core.timeutil import utcnow


@dataclass(frozen=True)
class BoardItem:
    id: int
    title: str
    body: str
    valid_from: datetime
    pinned: bool
    read: bool
    reminded: bool

    @property
    def needs_reading(self) -> bool:
        return not self.read


def board(session: Session, login: str) -> list[BoardItem]:
    """The bulletins shown now: unread first (reminded ones at the very top), then pinned,
    then newest."""
    now = utcnow()
    read = set(session.scalars(select(BulletinRead.bulletin_id).where(BulletinRead.login == login)))
    reminded = set(session.scalars(
        select(BulletinReminder.bulletin_id).where(BulletinReminder.login == login)))
    items = [BoardItem(b.id, b.title, b.body, b.valid_from, b.pinned, b.id in read,
                       b.id in reminded and b.id not in read)
             for b in session.scalars(select(Bulletin).where(Bulletin.is_shown_at(now)))]
    items.sort(key=lambda i: (i.read, not i.reminded, not i.pinned, -i.valid_from.timestamp(),
                              -i.id))
    return items


def acknowledge(session: Session, bulletin_id: int, login: str,
                at: datetime | None = None) -> bool:
    """The agent has read the bulletin (idempotent); False when it was acknowledged before."""
    if session.get(Bulletin, bulletin_id) is None:
        raise DomainError(f"No bulletin {bulletin_id}", code="no_bulletin", bulletin=bulletin_id)
    return insert_once(session, BulletinRead, {"bulletin_id": bulletin_id, "login": login,
                                               "read_at": at or utcnow()})


@dataclass(frozen=True)
class Reader:
    login: str
    name: str
    read_at: datetime | None
    reminded_at: datetime | None


def agents(session: Session) -> list[PersonRow]:
    """The active people with the agent role (the mirror of their roles: the list of
    who should read bulletins, not a permission)."""
    return [p for p in session.scalars(select(PersonRow).where(PersonRow.active)
                                       .order_by(PersonRow.login)) if "agent" in (p.roles or [])]


def readers(session: Session, bulletin_id: int) -> list[Reader]:
    """Every active agent with when they read the bulletin (None: not yet)."""
    read = dict(session.execute(select(BulletinRead.login, BulletinRead.read_at)
                                .where(BulletinRead.bulletin_id == bulletin_id)).all())
    reminded = dict(session.execute(select(BulletinReminder.login, BulletinReminder.reminded_at)
                                    .where(BulletinReminder.bulletin_id == bulletin_id)).all())
    return [Reader(p.login, p.name, read.get(p.login), reminded.get(p.login))
            for p in agents(session)]


def remind(session: Session, bulletin_id: int, actor: str) -> int:
    """Remind every agent who has not read the bulletin; returns how many."""
    if session.get(Bulletin, bulletin_id) is None:
        raise DomainError(f"No bulletin {bulletin_id}", code="no_bulletin", bulletin=bulletin_id)
    now = utcnow()
    count = 0
    for reader in readers(session, bulletin_id):
        if reader.read_at is not None:
            continue
        row = session.scalar(select(BulletinReminder).where(
            BulletinReminder.bulletin_id == bulletin_id, BulletinReminder.login == reader.login))
        if row is None:
            session.add(BulletinReminder(bulletin_id=bulletin_id, login=reader.login,
                                         reminded_at=now, reminded_by=actor))
        else:
            row.reminded_at, row.reminded_by = now, actor
        count += 1
    session.flush()
    return count
