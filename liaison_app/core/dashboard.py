"""Live counts for the navigation badges and the status bar, in one small query set."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from liaison_app.core.models import (
    OPEN_STATUSES,
    Bulletin,
    FaqEntry,
    FaqStatus,
    Query,
    QueryStatus,
    Question,
)
from liaison_app.core.questions.listing import overdue_count, status_counts
from liaison_app.core.timeutil import utcnow


@dataclass
class Counts:
    by_status: dict[str, int]
    overdue: int
    unread: int
    open_queries: int
    faq_published: int
    bulletins_current: int
    # Published entries whose validity ends within the reminder window (core.faq_review).
    faq_expiring: int = 0

    @property
    def total(self) -> int:
        return sum(self.by_status.values())

    @property
    def open(self) -> int:
        return sum(self.by_status[s] for s in OPEN_STATUSES)


@dataclass(frozen=True)
class TimedCounts:
    """The counts that change with the clock alone (nothing written): what the window
    refreshes on its timer. Each is read through an index over a small part of a table."""

    overdue: int
    bulletins_current: int
    faq_expiring: int


def timed_counts(session: Session) -> TimedCounts:
    now = utcnow()
    return TimedCounts(overdue=overdue_count(session),
                       bulletins_current=_bulletins_current(session, now),
                       faq_expiring=_faq_expiring(session, now))


def with_timed(counts: Counts, timed: TimedCounts) -> Counts:
    """`counts` with its clock-driven figures replaced."""
    return replace(counts, overdue=timed.overdue, bulletins_current=timed.bulletins_current,
                   faq_expiring=timed.faq_expiring)


def _bulletins_current(session: Session, now) -> int:
    return session.scalar(
        select(func.count()).select_from(Bulletin).where(Bulletin.is_shown_at(now))
    ) or 0


def _faq_expiring(session: Session, now) -> int:
    from liaison_app.core.faq.review import REMIND_DAYS

    return session.scalar(select(func.count()).select_from(FaqEntry).where(
        FaqEntry.status == FaqStatus.PUBLISHED, FaqEntry.valid_until.is_not(None),
        FaqEntry.valid_until > now, FaqEntry.valid_until <= now + timedelta(days=REMIND_DAYS))
    ) or 0


def live_counts(session: Session) -> Counts:
    """Every count, each table scanned once: read when something was written (the window
    keeps the result and refreshes it from the change feed, not on a timer)."""
    now = utcnow()
    unread = session.scalar(
        select(func.count()).select_from(Question).where(Question.is_unread)
    ) or 0
    open_queries = session.scalar(
        select(func.count()).select_from(Query).where(Query.status == QueryStatus.OPEN)
    ) or 0
    published = session.scalar(
        select(func.count()).select_from(FaqEntry).where(FaqEntry.status == FaqStatus.PUBLISHED)
    ) or 0
    bulletins = _bulletins_current(session, now)
    expiring = _faq_expiring(session, now)
    return Counts(
        faq_expiring=expiring,
        by_status=status_counts(session),
        overdue=overdue_count(session),
        unread=unread,
        open_queries=open_queries,
        faq_published=published,
        bulletins_current=bulletins,
    )


def holds_data(session: Session) -> bool:
    """True when the database has any question or FAQ entry (demo data goes only into empty ones)."""
    return (
        session.scalar(select(Question.id).limit(1)) is not None
        or session.scalar(select(FaqEntry.id).limit(1)) is not None
    )
