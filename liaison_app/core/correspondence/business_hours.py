"""Business hours: when a department's SLA clock runs.

A department promising an answer "within 8 hours" means 8 working hours: a question
routed on Friday at 16:00 is due on Monday afternoon, not on Saturday at midnight. The
calendar (working days, opening hours, holidays, and the swapped working weekends of the
mainland calendar, 調休) is shared by everyone on one database, so it lives in the
`settings` table rather than in one user's TOML file.

All inputs and outputs are aware datetimes; the calendar converts to its own time zone
(the machine's local zone unless one is named) to decide what counts as working time.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from sqlalchemy.orm import Session

from liaison_app.core.models.app_settings import Setting

SETTING_KEY = "business_hours"
# An urgent question gets this share of the department's SLA.
URGENT_SHARE = 0.5
# A department without SLA hours of its own gets this many working hours.
DEFAULT_SLA_HOURS = 8


class CalendarError(ValueError):
    """A business-hours setting is malformed; the message names the field.

    `field` (workdays, hours, holidays, extra_workdays, timezone) lets the settings
    dialog show it beside that field; `code` and `arguments` let it say it in the user's
    language, like DomainError."""

    def __init__(self, message: str, *, field: str = "", code: str = "", **arguments: Any) -> None:
        super().__init__(message)
        self.field = field
        self.code = code
        self.arguments = arguments


@dataclass(frozen=True)
class BusinessCalendar:
    workdays: frozenset[int] = frozenset({0, 1, 2, 3, 4})  # Monday = 0
    opens: time = time(9, 0)
    closes: time = time(17, 30)
    holidays: frozenset[date] = frozenset()
    # Weekend days worked in exchange for a longer holiday (調休).
    extra_workdays: frozenset[date] = frozenset()
    timezone_name: str = ""  # empty: the machine's local zone
    default_sla_hours: int = DEFAULT_SLA_HOURS
    _zone: tzinfo | None = field(default=None, compare=False, repr=False)

    def __post_init__(self) -> None:
        if self.closes <= self.opens:
            raise CalendarError(
                f"business hours: closing time {self.closes:%H:%M} must be after "
                f"opening time {self.opens:%H:%M}", field="hours", code="closes_before_opens",
                opens=f"{self.opens:%H:%M}", closes=f"{self.closes:%H:%M}",
            )
        if not self.workdays and not self.extra_workdays:
            raise CalendarError("business hours: at least one working day is needed",
                                field="workdays", code="no_workday")
        if any(d not in range(7) for d in self.workdays):
            raise CalendarError("business hours: working days are 0 (Monday) to 6 (Sunday)")
        if self.timezone_name:
            try:
                object.__setattr__(self, "_zone", ZoneInfo(self.timezone_name))
            except (ZoneInfoNotFoundError, ValueError) as exc:
                raise CalendarError(
                    f"business hours: unknown time zone {self.timezone_name!r}",
                    field="timezone", code="unknown_timezone", zone=self.timezone_name,
                ) from exc

    # --- questions about days -----------------------------------------------------------
    def zone(self) -> tzinfo:
        return self._zone or datetime.now().astimezone().tzinfo or UTC

    def is_working_day(self, day: date) -> bool:
        if day in self.extra_workdays:
            return True
        return day.weekday() in self.workdays and day not in self.holidays

    def _local(self, moment: datetime) -> datetime:
        if moment.tzinfo is None:
            raise ValueError("business hours need aware datetimes")
        return moment.astimezone(self.zone())

    def _window(self, day: date) -> tuple[datetime, datetime]:
        zone = self.zone()
        return (datetime.combine(day, self.opens, zone), datetime.combine(day, self.closes, zone))

    # --- arithmetic ---------------------------------------------------------------------
    def add_hours(self, start: datetime, hours: float) -> datetime:
        """The moment `hours` working hours after `start` (UTC)."""
        if hours < 0:
            raise ValueError("hours must not be negative")
        remaining = timedelta(hours=hours)
        local = self._local(start)
        day = local.date()
        for _ in range(3700):  # ten years of days: a calendar with no working day ends here
            if self.is_working_day(day):
                opens, closes = self._window(day)
                begin = max(local, opens)
                if begin < closes:
                    available = closes - begin
                    if remaining <= available:
                        return (begin + remaining).astimezone(UTC)
                    remaining -= available
            day += timedelta(days=1)
            local = datetime.combine(day, time(0, 0), self.zone())
        raise CalendarError("business hours: no working day found within ten years")

    def hours_between(self, start: datetime, end: datetime) -> float:
        """Working hours elapsed from `start` to `end` (0 when end is before start)."""
        a, b = self._local(start), self._local(end)
        if b <= a:
            return 0.0
        total = timedelta()
        day = a.date()
        while day <= b.date():
            if self.is_working_day(day):
                opens, closes = self._window(day)
                lo, hi = max(a, opens), min(b, closes)
                if hi > lo:
                    total += hi - lo
            day += timedelta(days=1)
        return total.total_seconds() / 3600

    def due_at(self, start: datetime, sla_hours: float | None, urgent: bool = False) -> datetime:
        """When a department's answer is due: its SLA in working hours, halved when urgent."""
        return self.add_hours(start, self.due_hours(sla_hours, urgent))

    def due_hours(self, sla_hours: float | None, urgent: bool = False) -> float:
        """The working hours a department has to answer: its SLA (or the default one),
        times URGENT_SHARE when the customer is waiting."""
        hours = float(sla_hours if sla_hours and sla_hours > 0 else self.default_sla_hours)
        if urgent:
            hours *= URGENT_SHARE
        return hours

    # --- storage ------------------------------------------------------------------------
    def to_json(self) -> dict[str, Any]:
        return {
            "workdays": sorted(self.workdays),
            "opens": self.opens.strftime("%H:%M"),
            "closes": self.closes.strftime("%H:%M"),
            "holidays": sorted(d.isoformat() for d in self.holidays),
            "extra_workdays": sorted(d.isoformat() for d in self.extra_workdays),
            "timezone": self.timezone_name,
            "default_sla_hours": self.default_sla_hours,
        }

    @classmethod
    def from_json(cls, raw: dict[str, Any]) -> BusinessCalendar:
        def clock(name: str, default: time) -> time:
            value = raw.get(name)
            if value in (None, ""):
                return default
            try:
                return time.fromisoformat(str(value))
            except ValueError as exc:
                raise CalendarError(f"business hours: {name} {value!r} is not a time like 09:00") from exc

        def days(name: str) -> frozenset[date]:
            out = set()
            for value in raw.get(name) or ():
                try:
                    out.add(date.fromisoformat(str(value)))
                except ValueError as exc:
                    raise CalendarError(
                        f"business hours: {name} entry {value!r} is not a date like 2026-10-01"
                    ) from exc
            return frozenset(out)

        try:
            workdays = frozenset(int(d) for d in raw.get("workdays", (0, 1, 2, 3, 4)))
            sla = int(raw.get("default_sla_hours", DEFAULT_SLA_HOURS))
        except (TypeError, ValueError) as exc:
            raise CalendarError(f"business hours: {exc}") from exc
        if sla <= 0:
            raise CalendarError("business hours: default_sla_hours must be positive")
        return cls(
            workdays=workdays,
            opens=clock("opens", time(9, 0)),
            closes=clock("closes", time(17, 30)),
            holidays=days("holidays"),
            extra_workdays=days("extra_workdays"),
            timezone_name=str(raw.get("timezone") or ""),
            default_sla_hours=sla,
        )


def load_calendar(session: Session) -> BusinessCalendar:
    """The database's calendar, or the default (Mon-Fri 09:00-17:30, local zone)."""
    row = session.get(Setting, SETTING_KEY)
    if row is None or not isinstance(row.value, dict):
        return BusinessCalendar()
    return BusinessCalendar.from_json(row.value)


def save_calendar(session: Session, calendar: BusinessCalendar) -> None:
    row = session.get(Setting, SETTING_KEY)
    if row is None:
        session.add(Setting(key=SETTING_KEY, value=calendar.to_json()))
    else:
        row.value = calendar.to_json()
