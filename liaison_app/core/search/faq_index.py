"""Keeping the FAQ keyword index in step with the entries.

Entries and similar questions written through the ORM are re-indexed by
`keep_index_current`, a flush hook the database registers on its sessions when it opens,
in the same transaction: the index never lags behind the text, for this user or any
other on a shared database. Writers that bypass the ORM (bulk imports, the demo data,
deletes by statement, migrations) call `index_entries`/`index_similar` themselves; both
work on a Connection or a Session alike.

Each term's postings hold, per entry, one precomputed score contribution: BM25F's
field-weighted, length-normalised and saturated term frequency. A query then only adds
`idf × weight` per posting, and needs no statistics beyond the number of entries.

Length is normalised against the base's own average document length (BM25 proper),
measured at each full rebuild and kept in the index under a reserved term; entries indexed
between rebuilds use the stored average, so a weight never changes when another entry
does. (A fixed typical length of 120 units, right for long answers, treated the short
questions of a paraphrase base as all equally short: recall@5 held-apart .216 → .230.)

Similar questions (相似問) are indexed as documents of their own, under the negative of
their id, weighted like an entry's standard question; search maps them back to their
entry and keeps each entry's best-matching phrasing.
"""

from __future__ import annotations

from array import array
from collections import defaultdict, deque
from collections.abc import Iterable, Iterator
from functools import partial
from operator import itemgetter
from typing import Any

from sqlalchemy import delete, inspect, select, text
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session, UOWTransaction

from liaison_app.core.bulk import copy_rows, paused_gc
from liaison_app.core.models import FaqEntry, FaqIndexedDoc, FaqPosting, FaqSimilar
from liaison_app.core.search.folding import TermCounter, fold

# How much a match counts: the standard question and the keywords describe the entry;
# key points and the answer only mention. A group's terms are counted that many times
# (BM25 with field boosts by repetition, which keeps indexing to a few C-level list and
# Counter operations per entry).
GROUP_REPEAT = (4, 1)
# Entry length in units assumed until the index has measured its own (`_AVG_TERM`).
AVG_LEN = 120.0
# BM25's usual constants; B = 0.75 over 0.5 chosen on the tune part (search_quality.py).
K1 = 1.2
B = 0.75
# The reserved postings row holding the average document length of the last rebuild
# (its weights blob is one float). No query term can be it: terms are folded text units,
# and "#" only ever separates them.
_AVG_TERM = "#avg_len"
MAX_TERM_LEN = 64
_CHUNK = 2000
_SEP = "\x1f"


def _as_text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, list | tuple):
        return "\n".join(str(v) for v in value)
    return str(value)


def entry_weights(question: str, keywords: Any, key_points: Any, answer: str,
                  avg_len: float = AVG_LEN, counter: TermCounter | None = None) -> dict[str, float]:
    """Each term of an entry with its saturated, field-boosted, length-normalised frequency.

    Single Chinese characters are indexed only from the question and keywords: they
    serve one-character queries (卡), which should find entries about it, not every
    answer that happens to use the character; this also halves the index.
    """
    counts, length = _term_counts(question, keywords, key_points, answer, counter)
    return {t: saturate(tf, length, avg_len) for t, tf in counts.items()}


def saturate(tf: int, length: int, avg_len: float) -> float:
    """BM25's saturated, length-normalised term frequency."""
    return tf * (K1 + 1) / (tf + K1 * (1 - B + B * length / avg_len))


def _term_counts(question: str, keywords: Any, key_points: Any, answer: str,
                 counter: TermCounter | None = None) -> tuple[dict[str, int], int]:
    """The entry's field-boosted term counts and its length in units.

    A bulk build passes one `counter` for all its entries (its cache of terms is what
    makes it fast); alone, an entry gets a counter of its own.
    """
    # Two groups, each tokenised in one pass: what the entry is about (question and
    # keywords) and what it says (key points and answer). A line break between fields
    # keeps pairs from spanning two of them.
    groups = [
        f"{question or ''}\n{_as_text(keywords)}",
        f"{_as_text(key_points)}\n{answer or ''}",
    ]
    folded = fold(_SEP.join(g.replace(_SEP, " ") for g in groups)).split(_SEP)
    if len(folded) != len(groups):  # folding never drops the separator; be safe anyway
        folded = [fold(g) for g in groups]
    # Single characters from the first group only (see entry_weights).
    return (counter or TermCounter(MAX_TERM_LEN)).count(folded, GROUP_REPEAT, chars_of=1)


def phrasing_weights(text: str, avg_len: float = AVG_LEN,
                     counter: TermCounter | None = None) -> dict[str, float]:
    """A similar question's terms, weighted as if it were the entry's standard question."""
    return entry_weights(text, None, None, "", avg_len, counter)


def length_measured(conn) -> bool:
    """Whether a rebuild has measured the base's average document length."""
    return conn.execute(select(FaqPosting.term).where(FaqPosting.term == _AVG_TERM)).first() is not None


def stored_avg_len(conn) -> float:
    """The average document length measured by the last rebuild (AVG_LEN before any)."""
    blob = conn.execute(select(FaqPosting.weights).where(FaqPosting.term == _AVG_TERM)).scalar()
    if not blob:
        return AVG_LEN
    value = array("f")
    value.frombytes(bytes(blob))
    return float(value[0]) if value and value[0] > 0 else AVG_LEN


def pack(pairs: list[tuple[int, float]]) -> tuple[bytes, bytes]:
    """Postings as two byte strings in ascending id order.

    Id order lets a search look a document up in a long list by bisection (`score_postings`
    finishes its candidates' scores that way); a term's largest weight, its score bound,
    is one `max` over the weights.
    """
    if not pairs:
        return b"", b""
    ids, weights = zip(*sorted(pairs, key=itemgetter(0)))
    return array("i", ids).tobytes(), array("f", weights).tobytes()


def unpack(ids: bytes, weights: bytes) -> list[tuple[int, float]]:
    a, w = array("i"), array("f")
    a.frombytes(ids)
    w.frombytes(weights)
    return list(zip(a, w))


def _doc_weights(conn, doc_ids: list[int]):
    """(doc id, term weights) of entries (positive ids) and similar questions (negative)."""
    entry_ids = [i for i in doc_ids if i > 0]
    phrasing_ids = [-i for i in doc_ids if i < 0]
    avg_len = stored_avg_len(conn)
    counter = TermCounter(MAX_TERM_LEN)
    if entry_ids:
        stmt = select(FaqEntry.id, FaqEntry.question, FaqEntry.keywords, FaqEntry.key_points,
                      FaqEntry.answer).where(FaqEntry.id.in_(entry_ids)).order_by(FaqEntry.id)
        for entry_id, question, keywords, key_points, answer in conn.execute(stmt):
            yield entry_id, entry_weights(question, keywords, key_points, answer, avg_len, counter)
    if phrasing_ids:
        stmt = select(FaqSimilar.id, FaqSimilar.text).where(FaqSimilar.id.in_(phrasing_ids))
        for similar_id, text in conn.execute(stmt):
            yield -similar_id, phrasing_weights(text, avg_len, counter)


def _write_postings(conn, postings: dict[str, list[tuple[int, float]]]) -> None:
    rows = [(term, *pack(pairs)) for term, pairs in postings.items() if pairs]
    # Tens of thousands of rows: through the driver (COPY / executemany), past per-row
    # SQL parameter building.
    _copy(conn, FaqPosting, rows)


def _copy(conn, model, rows: list[tuple]) -> None:
    bind = conn.connection() if isinstance(conn, Session) else conn
    for start in range(0, len(rows), 20000):
        copy_rows(bind, model.__table__, rows[start:start + 20000])


def rebuild_index(conn: Connection | Session, with_similar: bool = True) -> int:
    """Index every entry (and similar question) from scratch; returns the entries indexed.

    `with_similar=False` serves migrations older than the similar-questions table.
    """
    with paused_gc():
        return _rebuild_index(conn, with_similar)


def _rebuild_index(conn: Connection | Session, with_similar: bool) -> int:
    conn.execute(delete(FaqPosting))
    conn.execute(delete(FaqIndexedDoc))
    # Raw postings first, weights once the average length is known. Documents are read
    # in ascending index id (similar questions, negative ids, from the largest id down;
    # then entries), so each term's postings come out already in the order `pack` gives.
    build = _RawPostings()
    counter = TermCounter(MAX_TERM_LEN)
    total = 0
    last_id = None
    while with_similar:
        stmt = select(FaqSimilar.id, FaqSimilar.text).order_by(FaqSimilar.id.desc()).limit(_CHUNK)
        if last_id is not None:
            stmt = stmt.where(FaqSimilar.id < last_id)
        batch = conn.execute(stmt).all()
        if not batch:
            break
        _copy(conn, FaqIndexedDoc, [build.add(-similar_id, *_term_counts(wording, None, None, "", counter))
                                    for similar_id, wording in batch])
        last_id = batch[-1][0]
    last_id = 0
    while True:
        batch = conn.execute(
            select(FaqEntry.id, FaqEntry.question, FaqEntry.keywords, FaqEntry.key_points,
                   FaqEntry.answer).where(FaqEntry.id > last_id).order_by(FaqEntry.id).limit(_CHUNK)
        ).all()
        if not batch:
            break
        _copy(conn, FaqIndexedDoc, [build.add(entry_id, *_term_counts(question, keywords, key_points, answer, counter))
                                    for entry_id, question, keywords, key_points, answer in batch])
        total += len(batch)
        last_id = batch[-1][0]
    avg_len = max(build.length_sum / build.docs, 1.0) if build.docs else AVG_LEN
    # Tens of thousands of rows: through the driver (COPY / executemany), past per-row
    # SQL parameter building; a slice of terms at a time, so the packed copies of the
    # postings never all exist at once beside the raw ones.
    rows = []
    for row in build.packed(avg_len):
        rows.append(row)
        if len(rows) == 20000:
            _copy(conn, FaqPosting, rows)
            rows = []
    _copy(conn, FaqPosting, rows)
    if build.docs:  # an empty base has nothing to measure: the first import will
        _copy(conn, FaqPosting, [(_AVG_TERM, b"", array("f", [avg_len]).tobytes())])
    return total


class _RawPostings:
    """A full build's postings before the average length is known.

    Each term's raw postings are one flat `array("i")` of (document id, key) pairs, where
    the key numbers a distinct (term frequency, document length): once the average is
    known, one weight per key (a few thousand) is computed, and each term's ids and
    weights come out of its array by slicing and one C-level `map`. Millions of postings
    as Python tuples in lists (the form this replaced) cost 60 bytes each and a cache miss
    per posting to read back; here they cost 8 bytes, read in order.
    """

    def __init__(self) -> None:
        self.raw: dict[str, array] = defaultdict(partial(array, "i"))
        self.keys: dict[tuple[int, int], int] = {}
        self.length_sum = 0
        self.docs = 0

    def add(self, doc_id: int, counts: dict[str, int], length: int) -> tuple[int, str]:
        """Take in one document's term counts; returns its `FaqIndexedDoc` row. Documents
        must come in ascending id order."""
        keys = self.keys
        pair_of = {tf: (doc_id, keys.setdefault((tf, length), len(keys))) for tf in set(counts.values())}
        deque(map(array.extend, map(self.raw.__getitem__, counts), map(pair_of.__getitem__, counts.values())),
              maxlen=0)
        self.length_sum += length
        self.docs += 1
        return doc_id, " ".join(counts)

    def packed(self, avg_len: float) -> Iterator[tuple[str, bytes, bytes]]:
        """(term, ids, weights) rows as `pack` makes them, emptying the raw postings."""
        weights = [0.0] * len(self.keys)
        for (tf, length), index in self.keys.items():
            weights[index] = saturate(tf, length, avg_len)
        weight_of = weights.__getitem__
        raw = self.raw
        while raw:
            term, pairs = raw.popitem()
            yield term, pairs[0::2].tobytes(), array("f", map(weight_of, pairs[1::2])).tobytes()


def index_entries(conn: Connection | Session, entry_ids: Iterable[int]) -> None:
    """Re-index these entries; ids of deleted entries are taken out of the index."""
    with paused_gc():
        _index_entries(conn, entry_ids)


def index_similar(conn: Connection | Session, similar_ids: Iterable[int]) -> None:
    """Re-index these similar questions; ids of deleted ones are taken out of the index."""
    with paused_gc():
        _index_entries(conn, [-i for i in similar_ids])


# What an entry's index document is made of (`_doc_weights`); a change elsewhere (status,
# counters, pinning) leaves the index as it is.
_ENTRY_FIELDS = ("question", "keywords", "key_points", "answer")


def keep_index_current(session: Session, _context: UOWTransaction | None = None) -> None:
    """Re-index the entries and similar questions this flush added, reworded or deleted.

    An `after_flush` hook (see `core.database.open_database`): the objects still show
    what changed, and the rows are already written, so the index is read from the
    database as `index_entries` always does.
    """
    entry_ids: set[int] = set()
    similar_ids: set[int] = set()
    for obj in session.new:
        if isinstance(obj, FaqEntry) and obj.id is not None:
            entry_ids.add(obj.id)
        elif isinstance(obj, FaqSimilar) and obj.id is not None:
            similar_ids.add(obj.id)
    for obj in session.dirty:
        if isinstance(obj, FaqEntry):
            attrs = inspect(obj).attrs
            if any(attrs[name].history.has_changes() for name in _ENTRY_FIELDS):
                entry_ids.add(obj.id)
        elif isinstance(obj, FaqSimilar) and inspect(obj).attrs.text.history.has_changes():
            similar_ids.add(obj.id)
    for obj in session.deleted:
        if isinstance(obj, FaqEntry):
            entry_ids.add(obj.id)
        elif isinstance(obj, FaqSimilar):
            similar_ids.add(obj.id)
    if entry_ids or similar_ids:
        with paused_gc():
            _index_entries(session, [*entry_ids, *(-i for i in similar_ids)])


# Any fixed number: the PostgreSQL advisory lock all index writers take (see below).
_INDEX_LOCK = 0x4C49_4958  # "LIIX"


def _index_entries(conn: Connection | Session, entry_ids: Iterable[int]) -> None:
    ids = sorted(set(entry_ids))
    if not ids:
        return
    bind = conn.get_bind() if isinstance(conn, Session) else conn
    if bind.dialect.name == "postgresql":
        # Two writers adding the same new term would both insert its row, and one would
        # fail on the primary key; row locks cannot cover a row that does not exist yet.
        # Index updates are short, so writers take turns (until their transactions end).
        conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": _INDEX_LOCK})
    id_set = set(ids)
    affected: set[str] = set()
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start:start + _CHUNK]
        for (terms,) in conn.execute(select(FaqIndexedDoc.terms).where(FaqIndexedDoc.entry_id.in_(chunk))):
            affected.update(terms.split(" ") if terms else ())
        conn.execute(delete(FaqIndexedDoc).where(FaqIndexedDoc.entry_id.in_(chunk)))
    new: dict[str, list[tuple[int, float]]] = defaultdict(list)
    for start in range(0, len(ids), _CHUNK):
        chunk = ids[start:start + _CHUNK]
        docs = []
        for entry_id, weights in _doc_weights(conn, chunk):
            # as in _add_postings: one shared (id, weight) pair per distinct weight
            pair_of = {w: (entry_id, w) for w in set(weights.values())}
            deque(map(list.append, map(new.__getitem__, weights),
                      map(pair_of.__getitem__, weights.values())), maxlen=0)
            docs.append((entry_id, " ".join(weights)))
        _copy(conn, FaqIndexedDoc, docs)
    affected.update(new)
    # Read-modify-write the affected terms, in a fixed order so that two writers on a
    # shared PostgreSQL database lock rows in the same order (no deadlock, no lost update).
    terms = sorted(affected)
    merged: dict[str, list[tuple[int, float]]] = {}
    for start in range(0, len(terms), 500):
        chunk = terms[start:start + 500]
        stmt = select(FaqPosting.term, FaqPosting.entry_ids, FaqPosting.weights).where(
            FaqPosting.term.in_(chunk)).order_by(FaqPosting.term).with_for_update()
        existing = {term: (i, w) for term, i, w in conn.execute(stmt)}
        for term in chunk:
            pairs = [p for p in unpack(*existing[term]) if p[0] not in id_set] if term in existing else []
            pairs.extend(new.get(term, ()))
            merged[term] = pairs
        conn.execute(delete(FaqPosting).where(FaqPosting.term.in_(chunk)))
    _write_postings(conn, merged)
