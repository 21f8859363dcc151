"""The bulletin board (通告欄): dated notices to agents, some proposed by FAQ changes.

Publishing an entry, or publishing a new revision of one, proposes a bulletin about it;
a proposal reaches agents only when the manager posts it (possibly edited). Posted
bulletins show from `valid_from` until `valid_until`, pinned ones first, and drop off
by themselves when they expire.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from liaison_app.core.conflicts import check_version, flush_or_conflict
from liaison_app.core.models import Bulletin, FaqEntry
from liaison_app.core.questions.workflow import DomainError
from liaison_app.core.timeutil import utcnow

PROPOSED = "proposed"
POSTED = "posted"
DEFAULT_DAYS = 14
MAX_TITLE = 200


def propose_for_entry(session: Session, entry: FaqEntry, actor: str, *, updated: bool) -> Bulletin:
    """A proposed bulletin announcing a new or changed FAQ entry (not shown until posted)."""
    existing = session.scalar(select(Bulletin).where(
        Bulletin.faq_entry_id == entry.id, Bulletin.status == PROPOSED))
    title = ("常見問題更新：" if updated else "新增常見問題：") + entry.question
    if existing is not None:
        existing.title, existing.body = title[:MAX_TITLE], entry.answer
        return existing
    now = utcnow()
    bulletin = Bulletin(title=title[:MAX_TITLE], body=entry.answer, valid_from=now,
                        valid_until=now + timedelta(days=DEFAULT_DAYS), pinned=False,
                        faq_entry_id=entry.id, author=actor, status=PROPOSED, created_at=now)
    session.add(bulletin)
    session.flush()
    return bulletin


def create(session: Session, title: str, body: str, author: str, *, valid_from: datetime | None = None,
           valid_until: datetime | None = None, pinned: bool = False,
           faq_entry_id: int | None = None) -> Bulletin:
    title = (title or "").strip()
    if not title:
        raise DomainError("A bulletin needs a title", code="bulletin_title_required")
    if len(title) > MAX_TITLE:
        raise DomainError(f"The title is longer than {MAX_TITLE} characters", code="title_too_long",
                          limit=MAX_TITLE)
    start = valid_from or utcnow()
    if valid_until is not None and valid_until <= start:
        raise DomainError("valid until must be after valid from", code="validity_order")
    if faq_entry_id is not None and session.get(FaqEntry, faq_entry_id) is None:
        raise DomainError(f"No FAQ entry {faq_entry_id}", code="no_faq_entry", entry=faq_entry_id)
    bulletin = Bulletin(title=title, body=(body or "").strip(), valid_from=start, valid_until=valid_until,
                        pinned=pinned, faq_entry_id=faq_entry_id, author=author, status=POSTED,
                        created_at=utcnow())
    session.add(bulletin)
    session.flush()
    return bulletin


def post(session: Session, bulletin_id: int, *, title: str | None = None, body: str | None = None,
         pinned: bool | None = None, expected_version: int | None = None) -> Bulletin:
    """Post a proposed bulletin (optionally edited): agents see it from now on.

    `expected_version`: the version the window listed; a colleague who posted or edited
    it meanwhile gets this save refused (core/conflicts.py), not silently repeated."""
    bulletin = session.get(Bulletin, bulletin_id)
    if bulletin is None:
        raise DomainError(f"No bulletin {bulletin_id}", code="no_bulletin", bulletin=bulletin_id)
    check_version(session, bulletin, expected_version)
    if title is not None:
        if not title.strip():
            raise DomainError("A bulletin needs a title", code="bulletin_title_required")
        bulletin.title = title.strip()[:MAX_TITLE]
    if body is not None:
        bulletin.body = body.strip()
    if pinned is not None:
        bulletin.pinned = pinned
    if bulletin.status != POSTED:
        now = utcnow()
        length = (bulletin.valid_until - bulletin.valid_from) if bulletin.valid_until else None
        bulletin.valid_from = now
        bulletin.valid_until = now + length if length else None
        bulletin.status = POSTED
    flush_or_conflict(session, bulletin)
    return bulletin


def current_for_agents(session: Session, now: datetime | None = None) -> list[Bulletin]:
    now = now or utcnow()
    return list(session.scalars(
        select(Bulletin).where(Bulletin.is_shown_at(now))
        .order_by(Bulletin.pinned.desc(), Bulletin.valid_from.desc(), Bulletin.id.desc())
    ))


def proposals(session: Session) -> list[Bulletin]:
    return list(session.scalars(select(Bulletin).where(Bulletin.status == PROPOSED)
                                .order_by(Bulletin.created_at.desc())))
