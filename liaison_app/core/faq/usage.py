"""Counts of FAQ use per period, from the hit events (not the running total).

The running `hit_count` says how much an entry was ever used; the manager's periodic
analysis needs how much it was used *lately*, which only the dated hit events can tell.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import ColumnElement, func, select, true
from sqlalchemy.orm import Session

from liaison_app.core.models import FaqHit
from liaison_app.core.timeutil import utcnow

# Periods the views offer, in days.
PERIOD_DAYS = (7, 30, 90, 365)
MAX_DAYS = 36_500  # a century of use: more than any FAQ base has


@dataclass(frozen=True)
class Period:
    """A half-open span of time [start, end), aware UTC."""

    start: datetime
    end: datetime

    @classmethod
    def last_days(cls, days: int, now: datetime | None = None) -> Period:
        """The last `days` days; ValueError for a span no calendar holds."""
        if not 1 <= days <= MAX_DAYS:
            raise ValueError(f"the period must be 1 to {MAX_DAYS} days, not {days}")
        end = now or utcnow()
        return cls(end - timedelta(days=days), end)


# Uses recorded on agents' desks (core/agent_desk): an answer opened or copied during a
# call. Once agents use their desks, the counts and tiers come from these alone: the
# manager's own look-ups while triaging measure the manager, not the customers.
AGENT_KINDS = ("open", "agent_copy")


def counted_hits(session: Session) -> ColumnElement[bool]:
    """The hits the counts are made of: agents' uses when there are any, else every hit
    (a one-person desk, or a team before its agents' desks)."""
    agents_use = session.scalar(select(FaqHit.id).where(FaqHit.kind.in_(AGENT_KINDS)).limit(1))
    return FaqHit.kind.in_(AGENT_KINDS) if agents_use is not None else true()


def hits_per_entry(session: Session, period: Period,
                   entry_ids: Iterable[int] | None = None) -> dict[int, int]:
    """Hits of each entry used in the period (entries without hits are absent)."""
    stmt = (select(FaqHit.entry_id, func.count())
            .where(FaqHit.at >= period.start, FaqHit.at < period.end, counted_hits(session))
            .group_by(FaqHit.entry_id))
    if entry_ids is not None:
        ids = list(entry_ids)
        if not ids:
            return {}
        stmt = stmt.where(FaqHit.entry_id.in_(ids))
    return {entry_id: count for entry_id, count in session.execute(stmt)}


def entry_hits(session: Session, entry_id: int, period: Period) -> int:
    return hits_per_entry(session, period, [entry_id]).get(entry_id, 0)
