"""Live counts for the navigation badges and the status bar, in one small query set."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import timedelta

from sqlalchemy import func, select, text
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
    # None when this login may not read the queries (an agent): no badge, not an error.
    open_queries: int | None
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


def _may_read(session: Session, table: str) -> bool:
    """Whether this login may read `table` at all: on a team database an agent has no
    grant on the queries, and asking would only log "permission denied" every refresh.
    (What it may read is then cut down to its own rows by row-level security.)"""
    if session.get_bind().dialect.name != "postgresql":
        return True
    return bool(session.scalar(text("SELECT has_table_privilege(:t, 'SELECT')"), {"t": table}))


def _time_counts(session: Session, now) -> dict[str, int]:
    """The counts that change with the clock alone (a question falls overdue, an entry
    nears its end, a bulletin starts or ends): each bounded by a time column (questions
    by their indexed `due_at`, published entries by status), not a count of everything."""
    # Loaded with the first count, not while the window opens (review pulls in the FAQ
    # administration modules).
    from liaison_app.core.faq.review import REMIND_DAYS

    expiring = session.scalar(
        select(func.count()).select_from(FaqEntry).where(
            FaqEntry.status == FaqStatus.PUBLISHED, FaqEntry.valid_until.is_not(None),
            FaqEntry.valid_until > now, FaqEntry.valid_until <= now + timedelta(days=REMIND_DAYS))
    ) or 0
    bulletins = session.scalar(
        select(func.count()).select_from(Bulletin).where(Bulletin.is_shown_at(now))
    ) or 0
    return {"overdue": overdue_count(session), "faq_expiring": expiring,
            "bulletins_current": bulletins}


def live_counts(session: Session, previous: Counts | None = None) -> Counts:
    """The window's counts. With `previous` (a timer tick, when no desk changed anything
    since), only the clock-driven counts are read again and the whole-table ones
    (questions by state, unread, open queries, published entries) are kept: those change
    only with a change, and every change (this desk's or, through the live updates,
    another's) asks for a full count."""
    now = utcnow()
    if previous is not None:
        return replace(previous, **_time_counts(session, now))
    unread = session.scalar(
        select(func.count()).select_from(Question).where(Question.is_unread)
    ) or 0
    open_queries = session.scalar(
        select(func.count()).select_from(Query).where(Query.status == QueryStatus.OPEN)
    ) or 0 if _may_read(session, Query.__tablename__) else None
    published = session.scalar(
        select(func.count()).select_from(FaqEntry).where(FaqEntry.status == FaqStatus.PUBLISHED)
    ) or 0
    return Counts(
        by_status=status_counts(session),
        unread=unread,
        open_queries=open_queries,
        faq_published=published,
        **_time_counts(session, now),
    )


def holds_data(session: Session) -> bool:
    """True when the database has any question or FAQ entry (demo data goes only into empty ones)."""
    return (
        session.scalar(select(Question.id).limit(1)) is not None
        or session.scalar(select(FaqEntry.id).limit(1)) is not None
    )
