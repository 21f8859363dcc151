"""Report periods: a week, month, quarter or custom span of local calendar days.

A manager thinks in local days ("November"), the database stores UTC; a period is a run
of whole local days and turns into the UTC half-open interval [start, end) that every
report query filters on, and into trend buckets (day, week or month) of the same days.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, tzinfo

KINDS = ("week", "month", "quarter", "custom")
# Trend granularity: days up to a month, weeks up to half a year, months beyond.
DAY_BUCKETS_UP_TO = 31
WEEK_BUCKETS_UP_TO = 26 * 7
# The days a report can span: far wider than any bank's records, narrow enough that a day
# before or after, and its local midnight in UTC, stay inside what dates can hold.
EARLIEST = date(1900, 1, 1)
LATEST = date(2999, 12, 31)


def local_zone() -> tzinfo:
    return datetime.now().astimezone().tzinfo or UTC


def today(zone: tzinfo | None = None) -> date:
    return datetime.now(zone or local_zone()).date()


@dataclass(frozen=True)
class Bucket:
    """One step of a trend: its label, first day and the UTC interval it covers."""

    label: str
    first: date
    start: datetime
    end: datetime


@dataclass(frozen=True)
class Period:
    kind: str
    first: date
    last: date  # inclusive
    zone: tzinfo = field(default_factory=local_zone, compare=False)

    def __post_init__(self) -> None:
        if self.kind not in KINDS:
            raise ValueError(f"unknown period '{self.kind}' (expected one of {', '.join(KINDS)})")
        if self.last < self.first:
            raise ValueError(f"the period ends ({self.last}) before it starts ({self.first})")
        for day in (self.first, self.last):
            if not EARLIEST <= day <= LATEST:
                raise ValueError(f"{day.isoformat()} is outside the dates reports cover "
                                 f"({EARLIEST.isoformat()} to {LATEST.isoformat()})")

    def _utc(self, day: date) -> datetime:
        return datetime.combine(day, time(0), self.zone).astimezone(UTC)

    @property
    def start(self) -> datetime:
        return self._utc(self.first)

    @property
    def end(self) -> datetime:
        """The first instant after the period (exclusive bound)."""
        return self._utc(self.last + timedelta(days=1))

    @property
    def days(self) -> int:
        return (self.last - self.first).days + 1

    @property
    def label(self) -> str:
        return f"{self.first.isoformat()} – {self.last.isoformat()}"

    @property
    def granularity(self) -> str:
        if self.days <= DAY_BUCKETS_UP_TO:
            return "day"
        return "week" if self.days <= WEEK_BUCKETS_UP_TO else "month"

    def buckets(self) -> list[Bucket]:
        """The trend steps covering the period, clipped to it (a week starts on Monday)."""
        steps: list[date] = []
        day = self.first
        unit = self.granularity
        while day <= self.last:
            steps.append(day)
            if unit == "day":
                day += timedelta(days=1)
            elif unit == "week":
                day += timedelta(days=7 - day.weekday())
            else:
                day = (day.replace(day=1) + timedelta(days=32)).replace(day=1)
        out = []
        for i, first in enumerate(steps):
            after = steps[i + 1] if i + 1 < len(steps) else self.last + timedelta(days=1)
            label = first.strftime("%Y-%m") if unit == "month" else first.isoformat()
            out.append(Bucket(label, first, self._utc(first), self._utc(after)))
        return out

    def shifted(self, steps: int) -> Period:
        """The period `steps` periods later (earlier when negative), of the same kind."""
        if self.kind == "week":
            return period_of("week", self.first + timedelta(weeks=steps), self.zone)
        if self.kind in ("month", "quarter"):
            months = steps * (1 if self.kind == "month" else 3)
            index = self.first.year * 12 + self.first.month - 1 + months
            return period_of(self.kind, date(index // 12, index % 12 + 1, 1), self.zone)
        span = timedelta(days=self.days * steps)
        return Period("custom", self.first + span, self.last + span, self.zone)

    def as_json(self) -> dict[str, str]:
        return {"kind": self.kind, "from": self.first.isoformat(), "to": self.last.isoformat()}


def period_of(kind: str, day: date, zone: tzinfo | None = None) -> Period:
    """The week (Monday to Sunday), month or quarter holding `day`."""
    zone = zone or local_zone()
    if kind == "week":
        first = day - timedelta(days=day.weekday())
        return Period(kind, first, first + timedelta(days=6), zone)
    if kind == "month":
        first = day.replace(day=1)
    elif kind == "quarter":
        first = date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)
    else:
        raise ValueError(f"period '{kind}' needs explicit dates")
    months = 1 if kind == "month" else 3
    index = first.year * 12 + first.month - 1 + months
    after = date(index // 12, index % 12 + 1, 1)
    return Period(kind, first, after - timedelta(days=1), zone)


DEFAULT_DAYS = 30


def default_period(zone: tzinfo | None = None) -> Period:
    """The last 30 days up to today: full of data whatever the day of the month (the
    command line's default, and the Reports page's first view)."""
    last = today(zone)
    return custom_period(last - timedelta(days=DEFAULT_DAYS - 1), last, zone)


def custom_period(first: date, last: date, zone: tzinfo | None = None) -> Period:
    return Period("custom", first, last, zone or local_zone())


def parse_date(text: str) -> date:
    """A typed date, refused when it is not one or lies outside the dates reports cover
    (checked here, before any arithmetic on it can overflow into a vaguer error)."""
    try:
        day = date.fromisoformat(text.strip())
    except ValueError as exc:
        raise ValueError(f"'{text}' is not a date (expected YYYY-MM-DD)") from exc
    if not EARLIEST <= day <= LATEST:
        raise ValueError(f"{day.isoformat()} is outside the dates reports cover "
                         f"({EARLIEST.isoformat()} to {LATEST.isoformat()})")
    return day
