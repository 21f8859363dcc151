"""The department's upkeep digest and its own scorecard row (issue 17 items 6 and 7).

A department keeps its FAQ entries right: once a day it learns which of its live entries
expire within 14 days, which agents hardly use, and which carry open flags; on the desk
and by mail. It also sees its own scorecard row (answered, median and p90 response in
working hours, overdue, chased, escalated, clarifications) and how many of its entries
agents used. A department contact may not read other people's FAQ hits (row-level
security), so the use counts come from one owner-run function that counts hits of the
caller's own departments' entries only (`core.team.roles`).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from liaison_app.core.faq.co_review import DeskFlag, department_flags
from liaison_app.core.faq.review import signed_in_login
from liaison_app.core.faq.tiers import THRESHOLDS, load_tier_rules
from liaison_app.core.models import Department, FaqEntry, FaqHit, FaqStatus
from liaison_app.core.reports.period import Period
from liaison_app.core.reports.scorecard import scorecard_report
from liaison_app.core.timeutil import utcnow

EXPIRY_DAYS = 14
# "Very low use" is judged on the last USE_DAYS days, and only for entries published at
# least that long ago: an entry live since yesterday has had no chance to be used.
USE_DAYS = 90


@dataclass
class Digest:
    day: date
    expiring: list[tuple[int, str, datetime]] = field(default_factory=list)
    very_low_use: list[tuple[int, str, int]] = field(default_factory=list)
    flags: list[DeskFlag] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not (self.expiring or self.very_low_use or self.flags)

    def item_keys(self) -> dict[str, str]:
        """A stable key per item, for telling what is new since the last digest: an
        entry expiring (at that date: an extended entry that comes due again is new), an
        entry of very low use, an open flag."""
        keys = {f"x{entry_id}:{until.date().isoformat()}": "expiring"
                for entry_id, _q, until in self.expiring}
        keys |= {f"l{entry_id}": "low" for entry_id, _q, _h in self.very_low_use}
        keys |= {f"f{flag.flag_id}": "flag" for flag in self.flags}
        return keys


def low_use_below(session: Session) -> int:
    """Fewer uses than this in USE_DAYS is "very low use": the center's tier rules when it
    set thresholds (below the "low" minimum); with quartiles (which rank an entry against
    the whole base, other departments' use included, that a department may not read) the
    part of the very-low tier that does not depend on others: no use at all."""
    rules = load_tier_rules(session)
    return max(1, rules.low_min) if rules.mode == THRESHOLDS else 1


def entry_uses(session: Session, since: datetime, until: datetime,
               department_ids: tuple[int, ...] | None = None) -> dict[int, int]:
    """Agents' uses of the department's entries in [since, until): the owner-run count for
    a signed-in person on a team database, a plain count elsewhere (the manager)."""
    if (session.get_bind().dialect.name == "postgresql" and signed_in_login(session) is not None
            and not session.scalar(text("SELECT pg_has_role(current_user, 'liaison_manager', "
                                        "'MEMBER')"))):
        # a department contact: the owner-run count of its own entries' hits (a manager,
        # who reads every hit, counts them plainly, as the digest's mail cycle does)
        rows = session.execute(text(
            "SELECT entry_id, hits FROM liaison_department_entry_uses(:a, :b)"),
            {"a": since, "b": until})
        return {entry_id: int(hits) for entry_id, hits in rows}
    stmt = (select(FaqHit.entry_id, func.count())
            .join(FaqEntry, FaqEntry.id == FaqHit.entry_id)
            .where(FaqHit.at >= since, FaqHit.at < until)
            .group_by(FaqHit.entry_id))
    if department_ids is not None:
        stmt = stmt.where(FaqEntry.department_id.in_(department_ids))
    return {entry_id: int(n) for entry_id, n in session.execute(stmt)}


def _own_live_entries(session: Session, department_ids: tuple[int, ...] | None,
                      now: datetime) -> list[FaqEntry]:
    stmt = select(FaqEntry).where(FaqEntry.status == FaqStatus.PUBLISHED,
                                  FaqEntry.is_live_at(now)).order_by(FaqEntry.id)
    if department_ids is not None:
        stmt = stmt.where(FaqEntry.department_id.in_(department_ids))
    return list(session.scalars(stmt))


def digest(session: Session, department_ids: tuple[int, ...] | None,
           now: datetime | None = None) -> Digest:
    """Today's upkeep digest of the departments' own live entries."""
    now = now or utcnow()
    entries = _own_live_entries(session, department_ids, now)
    result = Digest(day=now.date())
    soon = now + timedelta(days=EXPIRY_DAYS)
    result.expiring = [(e.id, e.question, e.valid_until) for e in entries
                       if e.valid_until is not None and e.valid_until <= soon]
    since = now - timedelta(days=USE_DAYS)
    uses = entry_uses(session, since, now, department_ids)
    below = low_use_below(session)
    result.very_low_use = [(e.id, e.question, uses.get(e.id, 0)) for e in entries
                           if uses.get(e.id, 0) < below
                           and (e.published_at or e.created_at) <= since]
    result.flags = department_flags(session, department_ids)
    return result


@dataclass
class OwnScorecard:
    rows: list[dict]  # the department's scorecard rows (one per department of theirs)
    entries_used: int  # of its live entries, how many agents used in the period
    entries_live: int


def own_scorecard(session: Session, department_ids: tuple[int, ...], period: Period,
                  now: datetime | None = None) -> OwnScorecard:
    """The scorecard rows of the contact's departments (in working hours), and the use of
    their entries in the period. The server gives a contact only its own queries; the
    other departments' rows would be empty and are left out."""
    now = now or utcnow()
    names = set(session.scalars(select(Department.name).where(Department.id.in_(department_ids))))
    report = scorecard_report(session, period, working_hours=True)
    rows = [r for r in report.table("departments").records() if r["department"] in names]
    live = _own_live_entries(session, department_ids, now)
    uses = entry_uses(session, period.start, period.end, department_ids)
    return OwnScorecard(rows=rows, entries_used=sum(1 for e in live if uses.get(e.id)),
                        entries_live=len(live))
