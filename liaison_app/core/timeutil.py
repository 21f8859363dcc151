"""Time in one convention: stored and computed in UTC, shown in local time.

Keeping the conversion in one module means no widget or report has to guess whether a
datetime is naive local time or UTC.
"""

from __future__ import annotations

from datetime import UTC, datetime


def utcnow() -> datetime:
    """The current time as an aware UTC datetime."""
    return datetime.now(UTC)


def as_utc(value: datetime) -> datetime:
    """Treat a naive datetime as UTC (how the database returns it) and convert aware ones."""
    if value.tzinfo is None:
        return value.replace(tzinfo=UTC)
    return value.astimezone(UTC)


def to_local(value: datetime | None) -> datetime | None:
    """The same instant in the machine's local time zone, for display."""
    if value is None:
        return None
    return as_utc(value).astimezone()


def format_local(value: datetime | None, with_seconds: bool = False) -> str:
    """A compact local-time string (`2026-11-29 14:05`) or an empty string."""
    local = to_local(value)
    if local is None:
        return ""
    return local.strftime("%Y-%m-%d %H:%M:%S" if with_seconds else "%Y-%m-%d %H:%M")


def iso_utc(value: datetime | None) -> str | None:
    """ISO 8601 in UTC with a `Z`, the form of every time in the JSON contract."""
    if value is None:
        return None
    return as_utc(value).strftime("%Y-%m-%dT%H:%M:%SZ")


def format_local_compact(value: datetime | None) -> str:
    """`11-28 23:20` for this year's times, `2025-11-28` for older ones: fits narrow columns."""
    local = to_local(value)
    if local is None:
        return ""
    if local.year == datetime.now().astimezone().year:
        return local.strftime("%m-%d %H:%M")
    return local.strftime("%Y-%m-%d")


# The years a date typed into an imported file may name: far wider than any bank's
# records, narrow enough that converting between local time and UTC cannot run off the
# calendar (0001-01-01T00:00:00+08:00 is the year 0 in UTC, which no date can hold).
EARLIEST_YEAR = 1900
LATEST_YEAR = 2999


def checked_utc(value: datetime) -> datetime:
    """`value` as aware UTC (naive means local time); ValueError for a year out of range."""
    if not EARLIEST_YEAR <= value.year <= LATEST_YEAR:
        raise ValueError(f"'{value.isoformat()}' is outside the years {EARLIEST_YEAR} to "
                         f"{LATEST_YEAR}")
    if value.tzinfo is None:
        value = value.astimezone()
    return value.astimezone(UTC)
