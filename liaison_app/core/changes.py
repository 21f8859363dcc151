"""What changed on the shared database since this desk last looked (live updates).

Triggers (migration 0014) write one `change_log` row per changed question, FAQ entry,
message, bulletin or query, whoever changed it and however (window, command line, raw
SQL), and on PostgreSQL also send `NOTIFY liaison_changes`. Desks learn of changes two
ways, both through a `ChangeFeed`:

- **Poll** (`changed`): "anything after the last id seen?", an index range scan over a
  few rows, every few seconds, each time on a connection taken from the pool and given
  back. Agents' desks do only this, so hundreds of them hold no idle connection; SQLite
  (several processes on one file) does only this too.
- **Listen** (`wait`): one connection kept open that LISTENs, for the few manager and
  department desks; notices arrive at commit, so the window follows within a second.
  LISTEN needs a session of its own: through PgBouncer it needs session pooling or a
  direct connection (README).

PostgreSQL hands out ids at insert but rows become visible at commit, so a slower
transaction can commit an id below one already seen. The poll therefore looks back
`LOOKBACK` ids and remembers which of those it has seen.
"""

from __future__ import annotations

import contextlib
import json
import time
from collections.abc import Iterable
from datetime import timedelta

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from liaison_app.core.models import ChangeLog
from liaison_app.core.timeutil import utcnow

CHANNEL = "liaison_changes"
# How many ids below the newest seen are looked at again (commits out of id order).
LOOKBACK = 50
# Most rows read in one poll; an import of thousands is reported as "everything changed".
BATCH = 2000
WATCHED = frozenset({"questions", "faq_entries", "messages", "bulletins", "queries"})
# Seconds between polls: a desk on a local SQLite file can look often (a file read); a
# desk polling a server keeps to a few seconds, so hundreds of them stay light.
POLL_SECONDS_SQLITE = 1.0
POLL_SECONDS_SERVER = 3.0


def newest_change_id(session: Session) -> int:
    return session.scalar(select(func.max(ChangeLog.id))) or 0


def prune(session: Session, keep_hours: float = 24.0) -> int:
    """Forget changes older than `keep_hours` (run by the mail sender now and then)."""
    cutoff = utcnow() - timedelta(hours=keep_hours)
    done = session.execute(delete(ChangeLog).where(ChangeLog.at < cutoff))
    return done.rowcount or 0


class ChangeFeed:
    """One desk's view of the change log: which watched tables changed since it last looked.

    Qt-free: the window runs `changed` through its gateway on a timer, or `wait` on a
    listener thread, and reloads what is shown.
    """

    def __init__(self, database, *, listen: bool | None = None) -> None:
        self.database = database
        server = database.engine.dialect.name == "postgresql"
        self.listens = server if listen is None else (listen and server)
        self.poll_seconds = POLL_SECONDS_SERVER if server else POLL_SECONDS_SQLITE
        self._newest: int | None = None
        self._seen: set[int] = set()
        self._listener = None

    # --- poll ----------------------------------------------------------------------
    def changed(self, session: Session) -> set[str]:
        """The watched tables changed since the previous call (none on the first call,
        which only marks where this desk starts)."""
        start = self._newest is None
        if start:
            self._newest = newest_change_id(session)
        floor = max(self._newest - LOOKBACK, 0)
        if start:
            self._seen = set(session.scalars(select(ChangeLog.id).where(ChangeLog.id > floor)))
            return set()
        rows = session.execute(
            select(ChangeLog.id, ChangeLog.table_name).where(ChangeLog.id > floor)
            .order_by(ChangeLog.id).limit(BATCH)).all()
        fresh = [(i, t) for i, t in rows if i not in self._seen]
        if len(rows) == BATCH:  # a flood (an import): reload everything, start again above it
            self._newest = newest_change_id(session)
            self._seen.clear()
            return set(WATCHED)
        self._seen.update(i for i, _t in fresh)
        if rows:
            self._newest = max(self._newest, rows[-1][0])
        low = self._newest - LOOKBACK
        self._seen = {i for i in self._seen if i > low}
        return {t for _i, t in fresh}

    # --- listen --------------------------------------------------------------------
    def _connect_listener(self):
        import psycopg  # the PostgreSQL driver; only desks that listen load it here

        engine = self.database.engine
        args, params = engine.dialect.create_connect_args(engine.url)
        conn = psycopg.connect(*args, **params, autocommit=True)
        conn.execute(f"LISTEN {CHANNEL}")
        return conn

    def wait(self, timeout: float) -> set[str]:
        """Block up to `timeout` seconds for notices; the tables they name. Without
        LISTEN (SQLite, agents' desks) this is a poll after sleeping `timeout`."""
        if not self.listens:
            time.sleep(timeout)
            with self.database.sessions() as s:
                return self.changed(s)
        try:
            if self._listener is None or self._listener.closed:
                self._listener = self._connect_listener()
                with self.database.sessions() as s:
                    # Whatever happened while not listening (first start, a dropped link).
                    first = self._newest is None
                    tables = self.changed(s)
                    if not first:
                        return tables | set(WATCHED)
            tables: set[str] = set()
            for notice in self._listener.notifies(timeout=timeout, stop_after=1):
                tables |= set(_tables_in(notice.payload))
            if tables:
                # Let the rest of a burst arrive, then take them all at once.
                for notice in self._listener.notifies(timeout=0.05):
                    tables |= set(_tables_in(notice.payload))
            return tables
        except Exception:  # noqa: BLE001 - the server went away: try again later
            self.close()
            time.sleep(timeout)
            return set()

    def close(self) -> None:
        listener, self._listener = self._listener, None
        if listener is not None:
            with contextlib.suppress(Exception):  # already broken: nothing to close
                listener.close()


def _tables_in(payload: str) -> Iterable[str]:
    try:
        table = json.loads(payload).get("table")
    except (ValueError, AttributeError):
        return WATCHED  # not ours to read: reload everything rather than miss a change
    return [table] if table in WATCHED else []
