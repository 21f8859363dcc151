"""Times on screen in the display locale's own format (QLocale), one place for the window.

Stored times are UTC (core.timeutil); the window shows them in local time the way the
chosen language writes them. The command line and exports keep ISO 8601. Nothing here
imports SQLAlchemy or the models: the early Inbox window (ui/first_rows.py) uses it too.
"""

from __future__ import annotations

from datetime import date, datetime

from PySide6.QtCore import QDate, QLocale, QTime

from liaison_app.core.timeutil import to_local


def _full_year(pattern: str) -> str:
    """A QLocale date pattern with the year in full: `12/3/26` is ambiguous in a bank's
    records that span decades, and 2026 costs two characters."""
    return pattern if "yyyy" in pattern else pattern.replace("yy", "yyyy")


def _time_pattern(locale: QLocale, with_seconds: bool) -> str:
    pattern = locale.timeFormat(QLocale.FormatType.ShortFormat)
    if with_seconds and "ss" not in pattern:
        pattern = pattern.replace("mm", "mm:ss", 1)
    return pattern


def local_datetime_text(value: datetime | None, with_seconds: bool = False) -> str:
    """A stored (UTC) time as local time in the display locale's short date-time format:
    `2026/12/3 上午6:37` in 正體中文, `2026/12/3 06:37` in 简体中文, `12/3/2026 6:37 AM`
    in US English; "" for None. Detail panes, histories and tooltips use it, where the
    date must always be there. The CLI and exports keep ISO 8601 (core.timeutil)."""
    local = to_local(value)
    if local is None:
        return ""
    locale = QLocale()
    day = locale.toString(QDate(local.year, local.month, local.day),
                          _full_year(locale.dateFormat(QLocale.FormatType.ShortFormat)))
    clock = locale.toString(QTime(local.hour, local.minute, local.second),
                            _time_pattern(locale, with_seconds))
    return f"{day} {clock}"


def local_when_text(value: datetime | None, today: date | None = None) -> str:
    """A stored (UTC) time for a table cell, as Thunderbird's message list shows it: the
    time alone when it falls on today (`下午2:05`), the short date and time otherwise;
    "" for None. Tables sort on the datetime itself (a sort role), never on this text."""
    local = to_local(value)
    if local is None:
        return ""
    if local.date() == (today or datetime.now().astimezone().date()):
        return local_time_text(value)
    return local_datetime_text(value)


def local_time_text(value: datetime | None, with_seconds: bool = False) -> str:
    """The clock time alone of a stored (UTC) time, in the display locale's short time
    format (`上午6:37`, `06:37`, `6:37 AM`); "" for None."""
    local = to_local(value)
    if local is None:
        return ""
    locale = QLocale()
    return locale.toString(QTime(local.hour, local.minute, local.second),
                           _time_pattern(locale, with_seconds))
