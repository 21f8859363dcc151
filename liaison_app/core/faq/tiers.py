"""Use tiers: the periodic very high / high / low / very low analysis of the FAQ base.

By default the tiers are the quartiles of the period's hits, with equal counts kept in
one tier (an entry's tier follows the share of entries used less than it), so every
entry with no use at all is "very low". The manager may fix thresholds instead; the
choice is kept in the shared `settings` table so a team sees the same tiers.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import asdict, dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, aliased

from liaison_app.core.faq.usage import Period, hits_per_entry
from liaison_app.core.models import Category, Department, FaqEntry, FaqStatus, Setting
from liaison_app.core.questions.workflow import DomainError

SETTING_KEY = "use_tiers"
VERY_HIGH, HIGH, LOW, VERY_LOW = "very_high", "high", "low", "very_low"
TIERS = (VERY_HIGH, HIGH, LOW, VERY_LOW)
QUARTILES, THRESHOLDS = "quartiles", "thresholds"


@dataclass
class TierRules:
    """How entries are sorted into tiers; thresholds are minimum hits in the period."""

    mode: str = QUARTILES
    very_high_min: int = 20
    high_min: int = 5
    low_min: int = 1

    def check(self) -> None:
        if self.mode not in (QUARTILES, THRESHOLDS):
            raise DomainError(f"unknown tier mode '{self.mode}'", code="unknown_kind", kind=self.mode)
        if not (self.very_high_min > self.high_min > self.low_min >= 0):
            raise DomainError("tier thresholds must fall: very high > high > low >= 0 hits",
                              code="tier_order")

    def to_json(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_json(cls, raw: dict[str, Any]) -> TierRules:
        rules = cls()
        for name in ("very_high_min", "high_min", "low_min"):
            if isinstance(raw.get(name), int):
                setattr(rules, name, raw[name])
        if raw.get("mode") in (QUARTILES, THRESHOLDS):
            rules.mode = raw["mode"]
        try:
            rules.check()
        except DomainError:
            return cls(mode=rules.mode)
        return rules


def load_tier_rules(session: Session) -> TierRules:
    row = session.get(Setting, SETTING_KEY)
    if row is None or not isinstance(row.value, dict):
        return TierRules()
    return TierRules.from_json(row.value)


def save_tier_rules(session: Session, rules: TierRules) -> None:
    rules.check()
    row = session.get(Setting, SETTING_KEY)
    if row is None:
        session.add(Setting(key=SETTING_KEY, value=rules.to_json()))
    else:
        row.value = rules.to_json()


def tier_of(hits: int, rules: TierRules, sorted_hits: list[int]) -> str:
    """The tier of an entry used `hits` times, among entries whose hits are `sorted_hits`."""
    if rules.mode == THRESHOLDS:
        if hits >= rules.very_high_min:
            return VERY_HIGH
        if hits >= rules.high_min:
            return HIGH
        return LOW if hits >= rules.low_min else VERY_LOW
    if not sorted_hits:
        return VERY_LOW
    share_below = bisect_left(sorted_hits, hits) / len(sorted_hits)
    return TIERS[3 - min(3, int(share_below * 4))]


@dataclass
class TierEntry:
    id: int
    question: str
    category: str
    category_id: int | None
    department: str | None
    department_id: int | None
    pinned: bool
    hits: int          # in the period
    total_hits: int    # ever
    tier: str = ""


@dataclass
class TierReport:
    period: Period
    rules: TierRules
    tiers: dict[str, list[TierEntry]] = field(default_factory=dict)

    def counts(self) -> dict[str, int]:
        return {tier: len(self.tiers.get(tier, [])) for tier in TIERS}


def use_tiers(session: Session, period: Period, rules: TierRules | None = None) -> TierReport:
    """Published entries in tiers for the period, each tier most used first."""
    rules = rules or load_tier_rules(session)
    parent = aliased(Category)
    rows = session.execute(
        select(FaqEntry.id, FaqEntry.question, parent.name, Category.name, FaqEntry.category_id,
               Department.name, FaqEntry.department_id, FaqEntry.pinned, FaqEntry.hit_count)
        .outerjoin(Category, Category.id == FaqEntry.category_id)
        .outerjoin(parent, parent.id == Category.parent_id)
        .outerjoin(Department, Department.id == FaqEntry.department_id)
        .where(FaqEntry.status == FaqStatus.PUBLISHED)
    ).all()
    counts = hits_per_entry(session, period)
    entries = [
        TierEntry(id_, question, " › ".join(n for n in (pname, cname) if n), cat_id, dept,
                  dept_id, bool(pinned), counts.get(id_, 0), total or 0)
        for id_, question, pname, cname, cat_id, dept, dept_id, pinned, total in rows
    ]
    sorted_hits = sorted(e.hits for e in entries)
    report = TierReport(period, rules, {tier: [] for tier in TIERS})
    for entry in entries:
        entry.tier = tier_of(entry.hits, rules, sorted_hits)
        report.tiers[entry.tier].append(entry)
    for tier in TIERS:
        report.tiers[tier].sort(key=lambda e: (-e.hits, -e.total_hits, e.id))
    return report
