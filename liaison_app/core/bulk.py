"""Helpers for writing large amounts of rows in one go (demo data, imports, indexing)."""

from __future__ import annotations

import gc
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager

from sqlalchemy import Connection, Float, Integer, LargeBinary, String, Table


@contextmanager
def paused_gc() -> Iterator[None]:
    """Pause the cyclic garbage collector while many small, acyclic objects are built.

    Bulk work creates millions of tuples, dicts and lists that are never cyclic; the
    collector would scan them again and again as they accumulate (measured on the FAQ
    index: 14.8 s instead of 6.8 s for 20,000 entries). Reference counting still frees
    everything as usual.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


# Rows ANALYZE samples per index on SQLite: the planner needs the shape of the data, not
# an exact census (the whole large demo database is analysed in about 35 ms).
ANALYSIS_LIMIT = 1000

# Imports at least this large refresh the statistics (a few rows do not change a plan).
ANALYZE_AFTER = 1000


def analyze(conn: Connection, tables: Sequence[str] = ()) -> None:
    """Refresh the planner's statistics after many rows were written, in the caller's
    transaction.

    Without statistics both databases pick weak indexes on the large demo set: SQLite took
    the status index for a mail's "seen before" check (a scan of every received mail)
    instead of the Message-ID index, and PostgreSQL's autovacuum analyses a bulk load
    only some time after it commits.

    `tables`: on PostgreSQL only these (the ones the bulk write filled): a whole-database
    ANALYZE samples every table and took 11.5 s after an import of 100,000 questions on
    the large demo set (load 8-10), most of it on tables the import never touched.
    SQLite analyses everything (a sample of each index, tens of milliseconds).
    """
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql(f"PRAGMA analysis_limit={ANALYSIS_LIMIT}")
        conn.exec_driver_sql("ANALYZE")
        return
    names = ", ".join(f'"{t}"' for t in tables)
    conn.exec_driver_sql(f"ANALYZE {names}" if names else "ANALYZE")


def analyze_if_stale(conn: Connection) -> bool:
    """On opening an SQLite database: analyse it when it never was, or when the questions
    have grown well past what the statistics describe (writers that are not bulk paths,
    such as a year of forwards one by one). PostgreSQL's autovacuum keeps its own
    statistics current. True when statistics were refreshed."""
    if conn.dialect.name != "sqlite" or not _has_table(conn, "questions"):
        return False
    if _has_table(conn, "sqlite_stat1"):
        stat = conn.exec_driver_sql(
            "SELECT stat FROM sqlite_stat1 WHERE tbl = 'questions' LIMIT 1").scalar()
        # No row for questions: it was empty (or nearly) when last analysed.
        described = int(str(stat).split()[0]) if stat else 0
        present = conn.exec_driver_sql("SELECT max(id) FROM questions").scalar() or 0
        if present <= 2 * described + 1000:
            return False
    analyze(conn)
    return True


def _has_table(conn: Connection, name: str) -> bool:
    return conn.exec_driver_sql(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?", (name,)
    ).first() is not None


_NATIVE = (String, Integer, LargeBinary, Float)


def _converted(row: tuple, converters: list[tuple[int, Callable]]) -> tuple:
    out = list(row)
    for index, convert in converters:
        if out[index] is not None:
            out[index] = convert(out[index])
    return tuple(out)


def _row_security_applies(conn: Connection, table: str) -> bool:
    """Row-level security is on for the table and the caller is bound by it (not its
    owner, not a superuser, no BYPASSRLS)."""
    return bool(conn.exec_driver_sql(
        "SELECT c.relrowsecurity AND NOT pg_has_role(c.relowner, 'USAGE') "
        "AND NOT (SELECT r.rolsuper OR r.rolbypassrls FROM pg_roles r "
        "WHERE r.rolname = current_user) FROM pg_class c WHERE c.oid = to_regclass(%s)",
        (table,)).scalar())


def copy_rows(conn: Connection, table: Table, rows: list[tuple]) -> None:
    """Append rows (tuples in the table's column order) in the caller's transaction, at
    the driver's speed: PostgreSQL's COPY, SQLite's executemany, with no per-row SQL.

    Values go through each column type's own conversion first, so what is stored reads
    back exactly as if the ORM had written it (UTC datetimes on SQLite, for one).
    """
    if not rows:
        return
    columns = list(table.columns)
    names = ", ".join(c.name for c in columns)
    # Strings, numbers and bytes go to both drivers as they are; other types (UTC times,
    # booleans on SQLite) through their converters.
    converted = [(i, p) for i, p in enumerate(c.type.bind_processor(conn.dialect)
                                              if not isinstance(c.type, _NATIVE) else None
                                              for c in columns) if p is not None]
    if converted:
        rows = [_converted(row, converted) for row in rows]
    if conn.dialect.name == "postgresql" and _row_security_applies(conn, table.name):
        # PostgreSQL refuses COPY FROM into a table whose row-level security applies to
        # the caller (a manager signed in as themselves on a team database): the same
        # rows as one executemany INSERT, checked by the policies.
        marks = ", ".join("%s" for _ in columns)
        conn.exec_driver_sql(f"INSERT INTO {table.name} ({names}) VALUES ({marks})", rows)
        return
    if conn.dialect.name == "postgresql":
        cursor = conn.connection.driver_connection.cursor()
        with cursor.copy(f"COPY {table.name} ({names}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)
        return
    marks = ", ".join("?" for _ in columns)
    conn.exec_driver_sql(f"INSERT INTO {table.name} ({names}) VALUES ({marks})", rows)
