"""An index for the Inbox's text filter, so typing in the filter box does not read every
question (200,000 of them took 0.2–4 s a keystroke with `LIKE '%…%'`).

The filter finds questions whose text or customer context *contains* what was typed
(any length, in either Chinese script, blind to ASCII case). Chinese words are mostly two
characters (挂失, 密码), which SQLite 3.40's trigram tokenizer cannot match.

- **SQLite**: a contentless FTS5 table, `question_text_index`, rowid = question id, body =
  the folded text (Simplified, lower case, half-width, as FAQ search folds it) with
  **every character a token of its own** (`unicode61` over the characters separated by
  spaces; a character that tokenizer would drop, punctuation, spaces, symbols, becomes a
  private-use character of its own first, which it keeps). What was typed, tokenised the
  same way, is a phrase query: consecutive tokens are consecutive characters, so it
  matches exactly where the folded text contains it, for one character as for ten. This
  replaced a trigram table over each character doubled (信信用用卡卡), which took four
  times as long to build (a third of `demo --size large`) for the same answers.
  It is written by `sync_question_index` after the fact (the demo, the Inbox in the
  background), never by the write paths themselves: questions are only added, never
  re-worded, so the index covers every id up to its newest row, and the filter scans the
  few rows above that (the "tail") with LIKE, so a question written by any path is found
  at once.
- **PostgreSQL**: GIN `pg_trgm` expression indexes over the lower-cased text (three
  characters and more) and over its doubled form (信用 → 信信用用: a two-character query
  becomes the three characters 信用用, which only occur across its own pair), always
  current (no table to keep, nothing row-level security must hide). Where `pg_trgm`
  cannot be installed, the same expression is scanned: slower, equally right. One
  character scans (it matches a large share of the base anyway).
"""

from __future__ import annotations

import unicodedata

from sqlalchemy import Connection, Text, and_, func, literal_column, or_, select, text
from sqlalchemy.orm import Session
from sqlalchemy.sql import ColumnElement

from liaison_app.core.search.folding import fold

FTS_TABLE = "question_text_index"
PG_INDEX = "ix_questions_text_doubled"  # two-character queries
PG_PLAIN_INDEX = "ix_questions_text_trgm"  # three characters and more
# Questions folded and written per transaction while catching up (about a second each on
# a loaded 2-core machine: the Inbox's own writes wait at most that long).
SYNC_BATCH = 5000
# Text and customer context are indexed as one body; a newline never comes from the
# one-line filter box, so no match spans the two.
_JOIN = "\n"


def unmapped(name: str | None) -> bool:
    """Whether a schema object is this index's own (no mapped model describes it)."""
    return bool(name) and (name in (PG_INDEX, PG_PLAIN_INDEX) or name.startswith(FTS_TABLE))


class _Tokens(dict):
    """`str.translate` table that makes every character a `unicode61` token: letters and
    digits stay; any other character becomes a private-use character (plane 15) of its
    own, which the tokenizer keeps where it would drop the original. Filled on first
    sight of each character, so a body is translated in C."""

    def __missing__(self, code: int) -> int:
        value = code if unicodedata.category(chr(code))[0] in "LN" else 0xF0000 + (code & 0xFFFF)
        self[code] = value
        return value


_TOKENS = _Tokens()


def tokens(folded: str) -> str:
    """The indexed form of folded text: each character a token (separated by spaces)."""
    return " ".join(folded.translate(_TOKENS))


def doubled(text: str) -> str:
    """Each character twice: the indexed form."""
    return "".join(ch + ch for ch in text)


def query_form(folded: str) -> str:
    """What an indexed body contains exactly where the text contains `folded` (n ≥ 2
    characters): its doubled form without the first character, 2n−1 ≥ 3 characters."""
    return doubled(folded)[1:]


def sqlite_body(question_text: str, context: str | None) -> str:
    return tokens(fold(question_text + _JOIN + (context or "")))


def _fts_phrase(folded: str) -> str:
    # Every character of `tokens()` is a letter, a digit, a private-use character or the
    # separating space: nothing to escape inside the quotes.
    return '"' + tokens(folded) + '"'


def _escape_like(value: str) -> str:
    return value.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _pg_doubled_expression(question):
    """The indexed expression, word for word as in the migration's index (PostgreSQL uses
    the index only for the identical expression)."""
    table = question.__table__.name
    return literal_column(
        f"regexp_replace(lower({table}.text || E'\\n' || {table}.customer_context), "
        "'(.)', '\\1\\1', 'g')", Text())


def _pg_plain_expression(question):
    table = question.__table__.name
    return literal_column(f"lower({table}.text || E'\\n' || {table}.customer_context)", Text())


def contains_clause(dialect: str, question, typed: str, variants: list[str],
                    fallback: ColumnElement) -> ColumnElement:
    """The WHERE clause "text or context contains `typed`" for `dialect`.

    `variants` are the typed text in each script (PostgreSQL has no folding of its own,
    so each script is looked for there, as the plain filter does); `fallback` is the
    plain LIKE clause, used for one character and, on SQLite, for the unindexed tail."""
    folded = fold(typed)
    if not folded:
        return fallback
    if dialect == "sqlite":
        matched = question.id.in_(
            select(text("rowid")).select_from(text(FTS_TABLE)).where(
                text(f"{FTS_TABLE} MATCH :fts_phrase").bindparams(fts_phrase=_fts_phrase(folded))))
        newest = select(text("rowid")).select_from(text(FTS_TABLE)).order_by(
            text("rowid DESC")).limit(1).scalar_subquery()
        tail = and_(question.id > func.coalesce(newest, 0), fallback)
        return or_(matched, tail)
    if dialect == "postgresql" and len(folded) >= 2:
        if len(folded) >= 3:
            # Trigrams of the plain text: its recheck is a cheap LIKE (the doubled form's
            # recheck runs regexp_replace on every candidate, 12 µs each).
            body = _pg_plain_expression(question)
            forms = {v.lower() for v in variants}
        else:
            body = _pg_doubled_expression(question)
            forms = {query_form(v.lower()) for v in variants if len(v) >= 2}
        return or_(*(body.like(f"%{_escape_like(form)}%") for form in sorted(forms)))
    return fallback


# --- SQLite: keeping the FTS table current ---------------------------------------------

def has_fts(conn: Connection) -> bool:
    return conn.exec_driver_sql(
        "SELECT 1 FROM sqlite_master WHERE name = ?", (FTS_TABLE,)).first() is not None


FTS_DDL = (f"CREATE VIRTUAL TABLE IF NOT EXISTS {FTS_TABLE} "
           "USING fts5(body, content='', tokenize='unicode61 remove_diacritics 0')")


def create_fts(conn: Connection) -> None:
    conn.exec_driver_sql(FTS_DDL)


def indexed_up_to(conn: Connection) -> int:
    return conn.exec_driver_sql(
        f"SELECT rowid FROM {FTS_TABLE} ORDER BY rowid DESC LIMIT 1").scalar() or 0


def unindexed_count(conn: Connection) -> int:
    """Questions above the index's newest row (0 on PostgreSQL, whose index is always
    current)."""
    if conn.dialect.name != "sqlite" or not has_fts(conn):
        return 0
    return conn.exec_driver_sql(
        "SELECT count(*) FROM questions WHERE id > ?", (indexed_up_to(conn),)).scalar() or 0


def sync_batch(conn: Connection, limit: int = SYNC_BATCH) -> int:
    """Index up to `limit` questions above the newest indexed one, in the caller's
    transaction; the number indexed (0 when current, or not SQLite)."""
    if conn.dialect.name != "sqlite" or not has_fts(conn):
        return 0
    start = indexed_up_to(conn)
    rows = conn.exec_driver_sql(
        "SELECT id, text, customer_context FROM questions WHERE id > ? ORDER BY id LIMIT ?",
        (start, limit)).all()
    if rows:
        conn.exec_driver_sql(
            f"INSERT INTO {FTS_TABLE}(rowid, body) VALUES (?, ?)",
            [(qid, sqlite_body(body, context)) for qid, body, context in rows])
    return len(rows)


def sync_question_index(engine_or_conn, batch: int = SYNC_BATCH) -> int:
    """Catch the index up with every question, a batch per transaction; the number
    indexed. Takes an Engine (a transaction per batch) or a Connection (the caller's)."""
    total = 0
    if isinstance(engine_or_conn, Connection):
        while n := sync_batch(engine_or_conn, batch):
            total += n
        return total
    while True:
        with engine_or_conn.begin() as conn:
            n = sync_batch(conn, batch)
        total += n
        if n < batch:
            return total


def sync_session(session: Session) -> int:
    """`sync_question_index` within a session's transaction."""
    return sync_question_index(session.connection())


# --- PostgreSQL: the expression index --------------------------------------------------

def create_pg_index(conn: Connection) -> bool:
    """pg_trgm and the GIN index over the doubled text; False (and the filter scans)
    where the extension cannot be installed by this login."""
    try:
        with conn.begin_nested():
            conn.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    except Exception:  # noqa: BLE001 - not installed on the server, or not allowed: scan
        return False
    conn.exec_driver_sql(
        f"CREATE INDEX IF NOT EXISTS {PG_INDEX} ON questions USING gin "
        "((regexp_replace(lower(text || E'\\n' || customer_context), '(.)', '\\1\\1', 'g')) "
        "gin_trgm_ops)")
    conn.exec_driver_sql(
        f"CREATE INDEX IF NOT EXISTS {PG_PLAIN_INDEX} ON questions USING gin "
        "((lower(text || E'\\n' || customer_context)) gin_trgm_ops)")
    conn.exec_driver_sql("ANALYZE questions")
    return True


def pg_index_exists(conn: Connection) -> bool:
    return conn.exec_driver_sql(
        "SELECT 1 FROM pg_indexes WHERE indexname = %s", (PG_INDEX,)).first() is not None

