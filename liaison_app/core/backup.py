"""Consistent copies of the database, by hand (`liaison backup PATH`, File › Back up) and
once a day at start-up.

SQLite: the online backup API copies pages under SQLite's own locking, so the copy is
one consistent snapshot even while the app (or another process) writes; in WAL mode the
writers are not even blocked. PostgreSQL: `pg_dump` (custom format) when it is installed,
with the keyring password passed through the environment, never the command line;
otherwise a message saying what to run.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from sqlalchemy.engine import URL, make_url

from liaison_app.core import paths
from liaison_app.core.timeutil import utcnow

DAILY_PREFIX = "liaison-daily-"
DEFAULT_KEEP = 7


class BackupError(Exception):
    """The backup could not be made; the message says why and what to do."""


@dataclass(frozen=True)
class BackupResult:
    path: Path
    size: int
    method: str  # "sqlite-online-backup" | "pg_dump"

    def as_json(self) -> dict[str, object]:
        return {"path": str(self.path), "size": self.size, "method": self.method}


def sqlite_file(url: str | URL) -> Path | None:
    """The database file of an SQLite URL (None for other databases and in-memory ones)."""
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        return None
    database = parsed.database
    if not database or database == ":memory:" or database.startswith("file:"):
        return None
    return Path(database).expanduser()


def _target(dest: Path, suffix: str, overwrite: bool = False) -> Path:
    """A directory gets a time-stamped file name inside it. An existing file is kept unless
    `overwrite` says so, and a missing folder is not made up: a typo in the path would
    otherwise put the copy where nobody looks for it."""
    if dest.is_dir():
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        dest = dest / f"liaison-{stamp}{suffix}"
    if not dest.parent.is_dir():
        raise BackupError(f"{dest.parent}: no such folder; create it first or choose another")
    if dest.exists() and not overwrite:
        raise BackupError(f"{dest}: the file already exists; use --force to overwrite it")
    return dest


def backup_sqlite(source: Path, dest: Path, overwrite: bool = False) -> BackupResult:
    if not source.exists():
        raise BackupError(f"{source}: no such database file")
    if dest.exists() and dest.resolve() == source.resolve():
        raise BackupError(f"{dest}: the backup cannot overwrite the database itself")
    target = _target(dest, ".db", overwrite)
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    paths.create_private(partial)
    try:
        src = sqlite3.connect(source.resolve().as_uri() + "?mode=ro", uri=True, timeout=30)
        try:
            dst = sqlite3.connect(partial)
            try:
                src.backup(dst, pages=1024)  # in steps: writers get the lock in between
                dst.execute("PRAGMA journal_mode=DELETE")  # one self-contained file
                ok = dst.execute("PRAGMA quick_check").fetchone()[0]
            finally:
                dst.close()
        finally:
            src.close()
    except sqlite3.Error as exc:
        partial.unlink(missing_ok=True)
        raise BackupError(f"cannot back up {source}: {exc}") from exc
    if ok != "ok":
        partial.unlink(missing_ok=True)
        raise BackupError(f"the copy of {source} failed its integrity check: {ok}")
    os.replace(partial, target)
    return BackupResult(target, target.stat().st_size, "sqlite-online-backup")


def pg_dump_guidance(url: str) -> str:
    parsed = make_url(url)
    return (
        "PostgreSQL databases are backed up with PostgreSQL's own pg_dump, which was not found "
        "on this computer. Install the PostgreSQL client tools (the same major version as the "
        "server or newer) and run: "
        f"pg_dump --format=custom --file=liaison.dump {_libpq_url(parsed)}  "
        "(restore with pg_restore --clean --dbname=... liaison.dump), or ask your database "
        "administrator: the server's own backups cover Liaison's data too."
    )


def _libpq_url(parsed: URL) -> str:
    """The URL as pg_dump understands it: no SQLAlchemy driver suffix, no password."""
    plain = parsed._replace(drivername="postgresql", password=None)
    return plain.render_as_string(hide_password=False)


def backup_postgresql(url: str, dest: Path, overwrite: bool = False) -> BackupResult:
    tool = shutil.which("pg_dump")
    if tool is None:
        raise BackupError(pg_dump_guidance(url))
    parsed = make_url(url)
    env = dict(os.environ)
    password = parsed.password
    if password is None and parsed.username:
        from liaison_app.core import secrets

        password = secrets.get_password("db")
    if password:
        env["PGPASSWORD"] = str(password)
    target = _target(dest, ".dump", overwrite)
    partial = target.with_name(target.name + ".partial")
    paths.create_private(partial)
    done = subprocess.run(
        [tool, "--format=custom", f"--file={partial}", "--no-password", _libpq_url(parsed)],
        env=env, capture_output=True, text=True, timeout=3600, check=False,
    )
    if done.returncode != 0:
        partial.unlink(missing_ok=True)
        reason = " ".join(done.stderr.split()) or f"exit status {done.returncode}"
        raise BackupError(f"pg_dump failed: {reason}")
    os.replace(partial, target)
    return BackupResult(target, target.stat().st_size, "pg_dump")


def backup_database(url: str, dest: str | Path, overwrite: bool = False) -> BackupResult:
    """A consistent copy of the database at `url` in `dest` (a file, or an existing folder);
    an existing file is replaced only with `overwrite`."""
    dest = Path(dest).expanduser()
    backend = make_url(url).get_backend_name()
    if backend == "sqlite":
        source = sqlite_file(url)
        if source is None:
            raise BackupError("an in-memory SQLite database has nothing to back up")
        return backup_sqlite(source, dest, overwrite)
    if backend == "postgresql":
        return backup_postgresql(url, dest, overwrite)
    raise BackupError(f"backups of {backend} databases are not supported")


# --- the automatic daily copy -------------------------------------------------------------
def daily_backups(folder: Path) -> list[Path]:
    """The daily copies in `folder`, oldest first (the date is in the name)."""
    return sorted(folder.glob(f"{DAILY_PREFIX}????-??-??.db"))


def daily_backup(source: Path, folder: Path, keep: int = DEFAULT_KEEP,
                 today: date | None = None) -> BackupResult | None:
    """Today's copy of the SQLite file, unless one exists; keeps the newest `keep` copies.

    Returns the new copy, or None when there was nothing to do.
    """
    if keep < 1 or not source.exists():
        return None
    day = today or utcnow().astimezone().date()
    target = folder / f"{DAILY_PREFIX}{day.isoformat()}.db"
    result = None
    if not target.exists():
        paths.private_dir(folder)
        result = backup_sqlite(source, target)
    for old in daily_backups(folder)[:-keep]:
        old.unlink(missing_ok=True)
    return result


@dataclass(frozen=True)
class BackupPolicy:
    """`[backup]` of settings.toml: `daily = true`, `keep = 7`, `folder = "..."`."""

    daily: bool = True
    keep: int = DEFAULT_KEEP
    folder: Path | None = None  # None: `backups` beside the database file

    def folder_for(self, database_file: Path) -> Path:
        return self.folder or database_file.parent / "backups"


def backup_policy(data: dict) -> BackupPolicy:
    """The policy from a settings dict (`Settings.data`); bad values fall back to defaults."""
    raw = data.get("backup", {}) if isinstance(data.get("backup", {}), dict) else {}
    try:
        keep = max(1, int(raw.get("keep", DEFAULT_KEEP)))
    except (TypeError, ValueError):
        keep = DEFAULT_KEEP
    folder = raw.get("folder")
    return BackupPolicy(daily=bool(raw.get("daily", True)), keep=keep,
                        folder=Path(folder).expanduser() if folder else None)
