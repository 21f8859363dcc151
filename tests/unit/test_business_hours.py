"""Due times count working hours: weekends, holidays, 調休 working weekends, urgency."""

from __future__ import annotations

from datetime import UTC, date, datetime, time
from zoneinfo import ZoneInfo

import pytest

from liaison_app.core.correspondence.business_hours import (
    BusinessCalendar,
    CalendarError,
    load_calendar,
    save_calendar,
)

SH = ZoneInfo("Asia/Shanghai")


def cal(**kw) -> BusinessCalendar:
    return BusinessCalendar(timezone_name="Asia/Shanghai", **kw)


def local(*args) -> datetime:
    return datetime(*args, tzinfo=SH)


def test_within_one_day():
    due = cal().add_hours(local(2026, 11, 26, 10, 0), 4)  # Thursday
    assert due.astimezone(SH) == local(2026, 11, 26, 14, 0)
    assert due.tzinfo == UTC


def test_friday_afternoon_runs_into_monday():
    due = cal().add_hours(local(2026, 11, 27, 16, 0), 8)  # Friday 16:00, 1.5 h left that day
    assert due.astimezone(SH) == local(2026, 11, 30, 15, 30)


def test_outside_hours_starts_at_next_opening():
    assert cal().add_hours(local(2026, 11, 28, 22, 0), 1).astimezone(SH) == local(2026, 11, 30, 10, 0)
    assert cal().add_hours(local(2026, 11, 30, 7, 0), 1).astimezone(SH) == local(2026, 11, 30, 10, 0)


def test_holidays_skipped_and_swapped_weekend_worked():
    c = cal(holidays=frozenset({date(2026, 10, 1), date(2026, 10, 2)}),
            extra_workdays=frozenset({date(2026, 10, 10)}))
    assert c.add_hours(local(2026, 9, 30, 17, 0), 1).astimezone(SH) == local(2026, 10, 5, 9, 30)
    assert c.add_hours(local(2026, 10, 9, 17, 0), 1).astimezone(SH) == local(2026, 10, 10, 9, 30)


def test_urgent_halves_and_default_sla_applies():
    c = cal(default_sla_hours=6)
    start = local(2026, 11, 26, 9, 0)
    assert c.due_at(start, 8, urgent=True).astimezone(SH) == local(2026, 11, 26, 13, 0)
    assert c.due_at(start, None).astimezone(SH) == local(2026, 11, 26, 15, 0)


def test_hours_between_counts_only_working_time():
    c = cal()
    assert c.hours_between(local(2026, 11, 27, 16, 0), local(2026, 11, 30, 10, 0)) == pytest.approx(2.5)
    assert c.hours_between(local(2026, 11, 30, 10, 0), local(2026, 11, 27, 16, 0)) == 0.0


def test_bad_settings_name_the_field():
    with pytest.raises(CalendarError, match="closing time"):
        BusinessCalendar(opens=time(18, 0), closes=time(9, 0))
    with pytest.raises(CalendarError, match="holidays entry '10/1'"):
        BusinessCalendar.from_json({"holidays": ["10/1"]})
    with pytest.raises(CalendarError, match="time zone"):
        BusinessCalendar(timezone_name="Mars/Olympus")


def test_calendar_round_trips_through_the_database(db):
    c = cal(holidays=frozenset({date(2027, 1, 1)}), opens=time(8, 30))
    with db.session() as s, s.begin():
        assert load_calendar(s) == BusinessCalendar()
        save_calendar(s, c)
    with db.session() as s:
        assert load_calendar(s) == c
