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
import time
from dataclasses import dataclass, field
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
    """Forget changes older than `keep_hours`: a day is plenty, a desk away longer
    reloads everything when it comes back."""
    cutoff = utcnow() - timedelta(hours=keep_hours)
    done = session.execute(delete(ChangeLog).where(ChangeLog.at < cutoff))
    return done.rowcount or 0


# When this process last pruned (monotonic seconds): the scan runs once an hour at most.
_pruned_at: list[float] = []


def prune_now_and_then(session: Session, every_seconds: float = 3600.0) -> int:
    """`prune`, by the team's one mail sender, at most once every `every_seconds`."""
    now = time.monotonic()
    if _pruned_at and now - _pruned_at[-1] < every_seconds:
        return 0
    _pruned_at[:] = [now]
    return prune(session)


@dataclass
class Changes:
    """What other desks changed: row ids per watched table, or `flood` (too many to
    list: reload everything)."""

    rows: dict[str, set[int]] = field(default_factory=dict)
    flood: bool = False

    def __bool__(self) -> bool:
        return self.flood or any(self.rows.values())

    @property
    def tables(self) -> set[str]:
        return set(WATCHED) if self.flood else {t for t, ids in self.rows.items() if ids}

    def touches(self, table: str, row_id: int | None) -> bool:
        """Whether row `row_id` of `table` (a question on screen) may have changed."""
        return self.flood or (row_id is not None and row_id in self.rows.get(table, ()))


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
    def changed(self, session: Session) -> Changes:
        """The rows changed since the previous call (none on the first call, which only
        marks where this desk starts)."""
        start = self._newest is None
        if start:
            self._newest = newest_change_id(session)
        floor = max(self._newest - LOOKBACK, 0)
        if start:
            self._seen = set(session.scalars(select(ChangeLog.id).where(ChangeLog.id > floor)))
            return Changes()
        rows = session.execute(
            select(ChangeLog.id, ChangeLog.table_name, ChangeLog.row_id)
            .where(ChangeLog.id > floor).order_by(ChangeLog.id).limit(BATCH)).all()
        if len(rows) == BATCH:  # a flood (an import): reload everything, start again above it
            self._newest = newest_change_id(session)
            self._seen.clear()
            return Changes(flood=True)
        changes = Changes()
        for change_id, table, row_id in rows:
            if change_id not in self._seen:
                self._seen.add(change_id)
                changes.rows.setdefault(table, set()).add(row_id)
        if rows:
            self._newest = max(self._newest, rows[-1][0])
        low = self._newest - LOOKBACK
        self._seen = {i for i in self._seen if i > low}
        return changes

    # --- listen --------------------------------------------------------------------
    def _connect_listener(self):
        import psycopg  # the PostgreSQL driver; only desks that listen load it here

        engine = self.database.engine
        args, params = engine.dialect.create_connect_args(engine.url)
        conn = psycopg.connect(*args, **params, autocommit=True)
        conn.execute(f"LISTEN {CHANNEL}")
        return conn

    def wait(self, timeout: float) -> Changes:
        """Block up to `timeout` seconds for a notice, then read what changed. Without
        LISTEN (SQLite, agents' desks) this is a poll after sleeping `timeout`."""
        if not self.listens:
            time.sleep(timeout)
            return self.poll()
        try:
            if self._listener is None or self._listener.closed:
                # LISTEN first, then mark the start: nothing falls between the two.
                self._listener = self._connect_listener()
                return self.poll()
            heard = False
            for _notice in self._listener.notifies(timeout=timeout, stop_after=1):
                heard = True
            if not heard:
                return Changes()
            # Let the rest of a burst arrive, then read them all at once.
            for _notice in self._listener.notifies(timeout=0.05):
                pass
            return self.poll()
        except Exception:  # noqa: BLE001 - the server went away: try again later
            self.close()
            time.sleep(timeout)
            return Changes()

    def poll(self) -> Changes:
        """`changed` in a session of its own (a pooled connection, given back at once)."""
        with self.database.sessions() as s:
            return self.changed(s)

    def close(self) -> None:
        listener, self._listener = self._listener, None
        if listener is not None:
            with contextlib.suppress(Exception):  # already broken: nothing to close
                listener.close()

