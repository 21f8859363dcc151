"""Keeping the FAQ keyword index in step with the entries.

Every service that writes an entry calls `index_entries` in the same transaction, so the
index never lags behind the text, for this user or any other on a shared database.
Works on a Connection (migrations) or a Session alike.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from sqlalchemy import delete, insert, select
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from liaison_app.core.models import FaqEntry, FaqTerm
from liaison_app.core.search.folding import terms

# Field numbers stored in postings, and how much a match in each counts when ranking:
# the standard question and the keywords describe the entry; the answer only mentions.
FIELD_QUESTION, FIELD_KEYWORDS, FIELD_KEY_POINTS, FIELD_ANSWER = 0, 1, 2, 3
FIELD_WEIGHTS = {FIELD_QUESTION: 3.0, FIELD_KEYWORDS: 2.5, FIELD_KEY_POINTS: 1.2, FIELD_ANSWER: 1.0}

_CHUNK = 2000
_MAX_TF = 32767


def _as_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return "\n".join(str(v) for v in value)
    return str(value)


def postings(entry_id: int, question: str, keywords: Any, key_points: Any, answer: str) -> list[dict]:
    rows = []
    fields = (
        (FIELD_QUESTION, question),
        (FIELD_KEYWORDS, _as_text(keywords)),
        (FIELD_KEY_POINTS, _as_text(key_points)),
        (FIELD_ANSWER, answer),
    )
    for field, text in fields:
        counts = terms(text or "")
        if not counts:
            continue
        length = sum(c for t, c in counts.items() if len(t) <= 1 or t.isascii()) or 1
        for term, tf in counts.items():
            if len(term) > 64:
                continue
            rows.append({"term": term, "entry_id": entry_id, "field": field,
                         "tf": min(tf, _MAX_TF), "field_len": length})
    return rows


def _select_entries():
    return select(FaqEntry.id, FaqEntry.question, FaqEntry.keywords, FaqEntry.key_points,
                  FaqEntry.answer)


def _write(conn: Connection | Session, rows: list[dict]) -> None:
    for start in range(0, len(rows), 20000):
        conn.execute(insert(FaqTerm), rows[start:start + 20000])


def index_entries(conn: Connection | Session, entry_ids: Iterable[int]) -> None:
    """Re-index these entries (deleted ones simply lose their postings)."""
    ids = sorted(set(entry_ids))
    for start in range(0, len(ids), _CHUNK):
        chunk: Sequence[int] = ids[start:start + _CHUNK]
        conn.execute(delete(FaqTerm).where(FaqTerm.entry_id.in_(chunk)))
        rows: list[dict] = []
        for entry in conn.execute(_select_entries().where(FaqEntry.id.in_(chunk))):
            rows.extend(postings(*entry))
        _write(conn, rows)


def rebuild_index(conn: Connection | Session) -> int:
    """Index every entry from scratch; returns the number of entries indexed."""
    conn.execute(delete(FaqTerm))
    last_id, total = 0, 0
    while True:
        batch = conn.execute(
            _select_entries().where(FaqEntry.id > last_id).order_by(FaqEntry.id).limit(_CHUNK)
        ).all()
        if not batch:
            return total
        rows: list[dict] = []
        for entry in batch:
            rows.extend(postings(*entry))
        _write(conn, rows)
        total += len(batch)
        last_id = batch[-1][0]
