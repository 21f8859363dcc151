"""What FAQ search reads from the database: each statement written once, run two ways.

A search reads a handful of things (the synonym rows, the postings of its terms, the
document count and what moves it, the learned associations, the candidates' texts, the
owners of matched similar questions, the entries the caller may see). Each is one SQL text
below, plain enough for SQLite and PostgreSQL alike, run by a `Reads`:

- `SessionReads` (`core.search.session_reads`) runs it in the caller's SQLAlchemy
  Session: the window, the agent desks (whose PostgreSQL login reads the postings through
  `liaison_live_postings`), PostgreSQL and every test of the search;
- `SqliteReads` runs it on a plain `sqlite3` connection: `liaison faq search` on a local
  SQLite file (`core.local_db.open_read_only`), which then never imports SQLAlchemy or
  the models (two seconds of a two-and-a-half-second command on a loaded machine).

Statements name their parameters (`:name`); a `Query` says which take a list (`IN
:ids`, SQLAlchemy's expanding parameters) and which a UTC time (bound as the models'
`UTCDateTime` stores it). This module imports the standard library only.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any


@dataclass(frozen=True)
class Query:
    """One statement: its SQL text, and the parameters that are lists or UTC times."""

    sql: str
    lists: tuple[str, ...] = ()
    times: tuple[str, ...] = ()


SYNONYM_ROWS = Query("SELECT group_id, term FROM synonyms ORDER BY id")
# (term, byte length of the id list, ids, weights) per term found.
POSTINGS = Query("SELECT term, length(entry_ids), entry_ids, weights FROM faq_postings "
                 "WHERE term IN :terms", lists=("terms",))
# The same for an agent's login, which may not read the postings table: the owner-run
# function leaves out what is not live and keeps the order (core/team/roles.py).
LIVE_POSTINGS = Query("SELECT term, size, entry_ids, weights FROM liaison_live_postings(:t, :h)")
CAN_READ_POSTINGS = Query("SELECT has_table_privilege(current_user, 'faq_postings', 'SELECT')")
POSTING_SIZES = Query("SELECT term, length(entry_ids) FROM faq_postings WHERE term IN :terms",
                      lists=("terms",))
# Entries and similar questions: the index's documents (as this login sees them).
DOCUMENTS = Query("SELECT (SELECT count(*) FROM faq_entries) + (SELECT count(*) FROM faq_similar)")
# What moves when the document count may have: the change log (every FAQ entry written,
# by any desk or path) and the similar questions (added and deleted by the app).
DOCUMENTS_VERSION = Query("SELECT (SELECT max(id) FROM change_log), (SELECT max(id) FROM faq_similar), "
                          "(SELECT count(*) FROM faq_similar)")
LEARNING_VERSION = Query("SELECT version FROM learning_state WHERE id = :id")
ASSOCIATIONS = Query("SELECT source, target, weight FROM term_associations")
ENTRY_TEXTS = Query("SELECT id, question FROM faq_entries WHERE id IN :ids", lists=("ids",))
SIMILAR_TEXTS = Query("SELECT id, text FROM faq_similar WHERE id IN :ids", lists=("ids",))
SIMILAR_OWNERS = Query("SELECT id, entry_id, text FROM faq_similar WHERE id IN :ids",
                       lists=("ids",))
ENTRIES = Query("SELECT id, question, status FROM faq_entries WHERE id IN :ids", lists=("ids",))
# `FaqEntry.is_live_at(:now)` (core/models/faq.py), the one rule of what agents may be
# given, in SQL: published, valid from (inclusive) and until (exclusive).
# test_search_reads holds the two equal on entries of every status and validity.
ENTRIES_LIVE = Query(
    "SELECT id, question, status FROM faq_entries WHERE id IN :ids AND status = 'published' "
    "AND (valid_from IS NULL OR valid_from <= :now) AND (valid_until IS NULL OR valid_until > :now)",
    lists=("ids",), times=("now",))


class Reads:
    """Runs the statements above against one database, in one unit of work."""

    # The backend's name as SQLAlchemy names it ("sqlite", "postgresql").
    dialect: str
    # What per-database caches (document count, learned table, held values) are keyed by:
    # the engine for a Session, the reader itself for a plain connection.
    key: Any

    def rows(self, query: Query, params: Mapping[str, Any] | None = None) -> Sequence[Sequence[Any]]:
        raise NotImplementedError

    def one(self, query: Query, params: Mapping[str, Any] | None = None) -> Sequence[Any]:
        rows = self.rows(query, params)
        if len(rows) != 1:
            raise LookupError(f"expected one row, got {len(rows)}")
        return rows[0]

    def scalar(self, query: Query, params: Mapping[str, Any] | None = None) -> Any:
        rows = self.rows(query, params)
        return rows[0][0] if rows else None


def sqlite_time(value: datetime) -> str:
    """A UTC time as the models' `UTCDateTime` stores it in SQLite (SQLAlchemy's format:
    naive UTC, always with microseconds), so that comparisons in SQL match the ORM's."""
    if value.tzinfo is None:
        raise ValueError("naive datetime given for a UTC column; use timeutil.utcnow()")
    return value.astimezone(UTC).replace(tzinfo=None).strftime("%Y-%m-%d %H:%M:%S.%f")


class SqliteReads(Reads):
    """The statements on a plain `sqlite3` connection (which the caller owns)."""

    dialect = "sqlite"

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.key = self

    def rows(self, query: Query, params: Mapping[str, Any] | None = None) -> list[tuple]:
        sql = query.sql
        bound = dict(params or {})
        for name in query.lists:
            values = list(bound.pop(name))
            names = [f"{name}_{i}" for i in range(len(values))]
            # An empty list matches nothing, as SQLAlchemy renders it.
            sql = re.sub(rf":{name}\b", "(" + (", ".join(f":{n}" for n in names) or "NULL") + ")", sql)
            bound.update(zip(names, values))
        for name in query.times:
            bound[name] = sqlite_time(bound[name])
        return self.conn.execute(sql, bound).fetchall()


def as_reads(session_or_reads: Any) -> Reads:
    """A `Reads` for what search was given: a reader as is, an SQLAlchemy Session wrapped
    (the SQLAlchemy side is loaded only then, so the command line can do without it)."""
    if isinstance(session_or_reads, Reads):
        return session_or_reads
    from liaison_app.core.search.session_reads import SessionReads

    return SessionReads(session_or_reads)
