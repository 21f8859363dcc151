"""The agent desk without the server: a local copy of the published FAQ and a queue of
what the desk still owes the server.

**The copy** is a Liaison SQLite database in the user data directory holding only the live
entries, their similar questions and the synonyms, indexed by the same code: offline, the
desk runs the same search (`search_faq`) on it. It is rebuilt aside and swapped in whole,
so a refresh cut short leaves the last good copy.

**The queue** is a small SQLite file of writes (searches, uses, verdicts, forwards,
acknowledgements), each under an idempotency key the server keeps unique. Every write is
queued first and sent in order; an item is marked sent only after the server committed
it, and one sent twice (committed, then the desk died before marking it) is recognised
by its key: none lost, none twice.
"""

from __future__ import annotations

import json
import os
import sqlite3
import threading
import time
import uuid
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from liaison_app.core import paths
from liaison_app.core.database import Database, open_database
from liaison_app.core.models import FaqEntry, FaqSimilar, FaqStatus, Synonym
from liaison_app.core.search.faq_index import rebuild_index
from liaison_app.core.timeutil import utcnow


def new_key() -> str:
    return uuid.uuid4().hex


def desk_dir(login: str, base: Path | None = None) -> Path:
    """The folder of one person's desk files (owner-only)."""
    safe = "".join(c if c.isalnum() or c in "-_." else "_" for c in login) or "desk"
    return paths.private_dir((base or paths.data_dir()) / "agent-desk" / safe)


# --- the local copy -------------------------------------------------------------------
@dataclass(frozen=True)
class EntryView:
    """What the desk shows of an entry: the answer and its key points (操作要點)."""

    id: int
    question: str
    answer: str
    key_points: tuple[str, ...]
    keywords: tuple[str, ...]


def entry_view(session: Session, entry_id: int) -> EntryView | None:
    row = session.get(FaqEntry, entry_id)
    if row is None or not row.is_live_at(utcnow()):
        return None
    return EntryView(row.id, row.question, row.answer, tuple(row.key_points or ()),
                     tuple(row.keywords or ()))


class LocalCopy:
    """The last synced copy of the published FAQ (see the module docstring)."""

    FILE = "faq-copy.sqlite"

    def __init__(self, folder: Path) -> None:
        self.path = folder / self.FILE
        self._db: Database | None = None
        self._lock = threading.Lock()

    @property
    def exists(self) -> bool:
        return self.path.exists()

    @property
    def synced_at(self) -> float | None:
        """When the copy was last refreshed (seconds since the epoch), or None."""
        return self.path.stat().st_mtime if self.path.exists() else None

    def database(self) -> Database | None:
        with self._lock:
            if self._db is None and self.path.exists():
                self._db = open_database(f"sqlite:///{self.path}", migrate=False)
            return self._db

    def refresh(self, server: Database) -> int:
        """Copy the live base from the server (as the agent: the policies give only the
        live entries) and swap it in; returns the entries copied."""
        with server.sessions() as s:
            now = utcnow()
            entries = [
                {"id": e.id, "question": e.question, "answer": e.answer,
                 "key_points": e.key_points or [], "keywords": e.keywords or [],
                 "status": FaqStatus.PUBLISHED, "valid_from": e.valid_from,
                 "valid_until": e.valid_until, "position": e.position, "pinned": e.pinned,
                 "hit_count": e.hit_count, "created_at": e.created_at,
                 "updated_at": e.updated_at, "published_at": e.published_at}
                for e in s.scalars(select(FaqEntry).where(FaqEntry.is_live_at(now)))]
            live = {e["id"] for e in entries}
            similar = [{"id": r.id, "entry_id": r.entry_id, "text": r.text, "key": r.key,
                        "source": r.source, "status": r.status, "created_at": r.created_at,
                        "created_by": ""}
                       for r in s.scalars(select(FaqSimilar)) if r.entry_id in live]
            synonyms = [{"id": r.id, "group_id": r.group_id, "term": r.term}
                        for r in s.scalars(select(Synonym))]
        aside = self.path.with_suffix(f".{os.getpid()}.new")
        for leftover in (aside, Path(f"{aside}-wal"), Path(f"{aside}-shm")):
            leftover.unlink(missing_ok=True)
        built = open_database(f"sqlite:///{aside}")
        try:
            with built.sessions.begin() as s:
                if entries:
                    s.execute(insert(FaqEntry), entries)
                if similar:
                    s.execute(insert(FaqSimilar), similar)
                if synonyms:
                    s.execute(insert(Synonym), synonyms)
                rebuild_index(s)
            with built.engine.connect() as conn:
                conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
        finally:
            built.close()
        with self._lock:
            if self._db is not None:
                self._db.close()
                self._db = None
            os.replace(aside, self.path)
            for leftover in (Path(f"{aside}-wal"), Path(f"{aside}-shm")):
                leftover.unlink(missing_ok=True)
        return len(entries)

    def close(self) -> None:
        with self._lock:
            if self._db is not None:
                self._db.close()
                self._db = None


# --- the queue ------------------------------------------------------------------------
@dataclass(frozen=True)
class Queued:
    seq: int
    key: str
    kind: str
    payload: dict
    error: str | None = None


class Outbox:
    """Writes the desk owes the server, in order (see the module docstring)."""

    FILE = "queue.sqlite"
    KINDS = ("search", "use", "settle", "forward", "ack")

    def __init__(self, folder: Path) -> None:
        self.path = folder / self.FILE
        paths.create_private(self.path)
        with self._connect() as conn:
            conn.execute("CREATE TABLE IF NOT EXISTS items (seq INTEGER PRIMARY KEY, "
                         "key TEXT NOT NULL UNIQUE, kind TEXT NOT NULL, payload TEXT NOT NULL, "
                         "queued_at REAL NOT NULL, sent_at REAL, error TEXT)")

    @contextmanager
    def _connect(self) -> Iterator[sqlite3.Connection]:
        with closing(sqlite3.connect(self.path, timeout=10)) as conn, conn:
            yield conn

    def put(self, kind: str, payload: dict, key: str | None = None) -> str:
        if kind not in self.KINDS:
            raise ValueError(kind)
        key = key or new_key()
        with self._connect() as conn:
            conn.execute("INSERT OR IGNORE INTO items (key, kind, payload, queued_at) "
                         "VALUES (?, ?, ?, ?)",
                         (key, kind, json.dumps(payload, ensure_ascii=False, default=str),
                          time.time()))
        return key

    def pending(self) -> list[Queued]:
        with self._connect() as conn:
            rows = conn.execute("SELECT seq, key, kind, payload FROM items "
                                "WHERE sent_at IS NULL AND error IS NULL ORDER BY seq").fetchall()
        return [Queued(seq, key, kind, json.loads(payload)) for seq, key, kind, payload in rows]

    def failed(self) -> list[Queued]:
        with self._connect() as conn:
            rows = conn.execute("SELECT seq, key, kind, payload, error FROM items "
                                "WHERE error IS NOT NULL ORDER BY seq").fetchall()
        return [Queued(seq, key, kind, json.loads(p), err) for seq, key, kind, p, err in rows]

    def mark_sent(self, key: str) -> None:
        with self._connect() as conn:
            conn.execute("UPDATE items SET sent_at = ? WHERE key = ?", (time.time(), key))

    def mark_failed(self, key: str, error: str) -> None:
        """The server refused it (not unreachable): kept with the reason, not retried."""
        with self._connect() as conn:
            conn.execute("UPDATE items SET error = ? WHERE key = ?", (error[:500], key))

    def count_pending(self) -> int:
        with self._connect() as conn:
            return conn.execute("SELECT count(*) FROM items WHERE sent_at IS NULL "
                                "AND error IS NULL").fetchone()[0]
