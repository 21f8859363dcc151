"""First-run and database-choice rules, Qt-free (the welcome and settings dialogs use them).

The database a user picked (a team's PostgreSQL server) is kept in settings.toml as
`[database] url`, always without its password: the password goes to the keyring
(`core.secrets`, name "db") and `core.database` adds it back when connecting.
"""

from __future__ import annotations

import os
from datetime import date, time, timedelta

from liaison_app.core import paths
from liaison_app.core.config import Settings

SUPPORTED_BACKENDS = ("sqlite", "postgresql")


def check_database_url(text: str) -> str:
    """A usable SQLAlchemy URL from what the user typed, or ValueError saying what is wrong.

    `postgresql://` gets the psycopg driver Liaison ships.
    """
    from sqlalchemy.engine import make_url  # not on the start-up path (before first rows)
    from sqlalchemy.exc import ArgumentError

    text = text.strip()
    if not text:
        raise ValueError("Enter a database URL, e.g. postgresql://manager@dbhost/liaison")
    try:
        parsed = make_url(text)
    except ArgumentError as exc:
        raise ValueError(f"'{text}' is not a database URL (expected e.g. "
                         "postgresql://manager@dbhost/liaison)") from exc
    backend = parsed.get_backend_name()
    if backend not in SUPPORTED_BACKENDS:
        raise ValueError(f"{backend} databases are not supported; use PostgreSQL or SQLite")
    if backend == "postgresql":
        if not parsed.host:
            raise ValueError("the URL needs a server name, e.g. postgresql://manager@dbhost/liaison")
        if not parsed.database:
            raise ValueError("the URL needs a database name after the server, e.g. …@dbhost/liaison")
        if parsed.drivername == "postgresql":
            return "postgresql+psycopg" + text[len("postgresql"):]
    return text


def split_password(url: str) -> tuple[str, str | None]:
    """The URL without its password, and the password (None when it had none)."""
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    password = parsed.password
    if password is None:
        return url, None
    return parsed._replace(password=None).render_as_string(hide_password=False), (
        str(password) if password is not None else None)


def stored_database_url(settings: Settings) -> str | None:
    value = settings.data.get("database", {}).get("url")
    return str(value) if value else None


def remember_database(settings: Settings, url: str, password: str | None = None) -> str:
    """Keep `url` (password removed) as this user's database; the password, from the URL
    or given apart, goes to the keyring (memory for this run when there is none).

    Returns the URL as stored. Does not save the settings file: the caller does.
    """
    bare, in_url = split_password(check_database_url(url))
    secret = password or in_url
    if secret:
        # keyring loads its backends (a quarter of a second): only when a password is kept.
        from liaison_app.core import secrets

        try:
            secrets.set_password("db", secret)
        except secrets.KeyringUnavailable:
            secrets.remember_for_this_run("db", secret)
    settings.data.setdefault("database", {})["url"] = bare
    return bare


def forget_database(settings: Settings) -> None:
    """Back to the embedded SQLite file."""
    settings.data.get("database", {}).pop("url", None)


def startup_url(cli_url: str | None, settings: Settings) -> str | None:
    """`--db`, else (unless LIAISON_DB_URL is set) the stored choice, else None, which
    means `core.database.resolve_url`'s default: the SQLite file in the data directory."""
    if cli_url:
        return cli_url
    if os.environ.get("LIAISON_DB_URL"):
        return None
    return stored_database_url(settings)


def is_first_run(cli_url: str | None, settings: Settings) -> bool:
    """Nothing chosen anywhere and no database file yet: time for the welcome screen."""
    return (startup_url(cli_url, settings) is None and not os.environ.get("LIAISON_DB_URL")
            and not paths.default_db_path().exists())


def parse_day_list(text: str, field: str, key: str = "") -> list[str]:
    """Dates typed one per line (or separated by commas), with `a..b` for a run of days
    (國慶 2026-10-01..2026-10-07); ISO strings sorted, or CalendarError naming the entry
    (and the settings `key` of the field, for the dialog to show it beside it)."""
    # Loaded here, not at import: this module is on the start-up path, and the
    # calendar pulls in SQLAlchemy and the models (0.37 s before the first rows).
    from liaison_app.core.correspondence.business_hours import CalendarError

    days: set[date] = set()
    for raw in text.replace(",", "\n").replace("，", "\n").splitlines():
        entry = raw.split("#", 1)[0].strip()
        if not entry:
            continue
        try:
            if ".." in entry:
                first, last = (date.fromisoformat(p.strip()) for p in entry.split("..", 1))
                if last < first:
                    raise CalendarError(f"{field}: {entry!r} ends before it starts",
                                        field=key, code="ends_before_start", entry=entry)
                if (last - first).days > 366:
                    raise CalendarError(f"{field}: {entry!r} is longer than a year",
                                        field=key, code="longer_than_year", entry=entry)
                days.update(first + timedelta(n) for n in range((last - first).days + 1))
            else:
                days.add(date.fromisoformat(entry))
        except ValueError as exc:
            if isinstance(exc, CalendarError):
                raise
            raise CalendarError(f"{field}: {entry!r} is not a date like 2026-10-01 "
                                "(or a run like 2026-10-01..2026-10-07)",
                                field=key, code="not_a_date", entry=entry) from exc
    return sorted(d.isoformat() for d in days)


def calendar_problems(workdays: list[int], opens: str, closes: str, holidays: str,
                      extra_workdays: str, timezone: str) -> dict[str, Exception]:
    """Every bad business-hours field at once, by field (workdays, hours, holidays,
    extra_workdays, timezone): the settings dialog marks each beside its field instead
    of one at a time at the bottom. The checks are the calendar's own, field by field."""
    # Loaded here, not at import: this module is on the start-up path, and the
    # calendar pulls in SQLAlchemy and the models (0.37 s before the first rows).
    from liaison_app.core.correspondence.business_hours import BusinessCalendar, CalendarError

    problems: dict[str, Exception] = {}
    for key, text, label in (("holidays", holidays, "holidays"),
                             ("extra_workdays", extra_workdays, "working weekend days")):
        try:
            parse_day_list(text, label, key)
        except CalendarError as exc:
            problems[key] = exc
    extra = [] if "extra_workdays" in problems else parse_day_list(extra_workdays, "", "extra_workdays")
    for key, fields in (("workdays", {"workdays": frozenset(workdays),
                                      "extra_workdays": frozenset(date.fromisoformat(d) for d in extra)}),
                        ("hours", {"opens": time.fromisoformat(opens), "closes": time.fromisoformat(closes)}),
                        ("timezone", {"timezone_name": timezone.strip()})):
        try:
            BusinessCalendar(**fields)
        except CalendarError as exc:
            problems[key] = exc
    return problems
