"""Ranked FAQ search: BM25F over the packed postings of the query's terms, with synonyms.

A query reads the head of one row per term: only the best-weighted postings of each term
are scored (the postings are stored best first), which bounds the work per query
whatever the size of the base. Terms found in most entries say almost nothing and are
skipped when rarer ones exist.
"""

from __future__ import annotations

import heapq
import math
import time
from array import array
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import bindparam, func, select, text
from sqlalchemy.orm import Session

from liaison_app.core.models import ChangeLog, FaqEntry, FaqPosting, FaqSimilar, FaqStatus, Synonym
from liaison_app.core.search.folding import fold, folded_units, query_terms
from liaison_app.core.search.learning import AssociationModel, associations
from liaison_app.core.timeutil import utcnow

# Terms in more than this share of entries are skipped when rarer ones exist.
COMMON_SHARE = 0.5
# Postings scored per term (the best-weighted ones).
MAX_POSTINGS = 1000
# Single characters of a longer query count too (entries index them from the question and
# keywords only): customers' wordings and typos often share characters with the entry where
# they share no word. Weight chosen on search_eval.py (ATEC, learn-half): 0.3 → r@5 0.216,
# 1.0 → r@1 0.086, r@5 0.221, MRR 0.145 (bigrams alone: 0.080 / 0.203 / 0.133).
CHAR_WEIGHT = 1.0
CHARS_FROM = 5
# A term learned to stand for a query term (core.search.learning) counts this share of
# t(target | source); below the query's own terms, so an exact match still wins.
EXPAND_WEIGHT = 0.5
# At most this many learned terms per query, the strongest: each costs a postings read,
# and an unbounded expansion tripled the time of a search at 50,000 entries.
EXPAND_TERMS = 3


@dataclass
class FaqHit:
    id: int
    question: str
    score: float
    status: str = FaqStatus.PUBLISHED
    matched: list[str] = field(default_factory=list)
    # The similar question (相似問) that matched best, when it beat the entry itself.
    phrasing: str | None = None
    # Learned associations that matched: the term found -> the query term it stands for.
    learned: dict[str, str] = field(default_factory=dict)
    # With `explain`: each matched term's share of the score (query weight × IDF × BM25F).
    contributions: dict[str, float] = field(default_factory=dict)

    def as_json(self) -> dict:
        return {"id": self.id, "question": self.question, "score": round(self.score, 4),
                "status": self.status, "matched": self.matched, "phrasing": self.phrasing,
                "learned": self.learned}


def synonym_groups(session: Session) -> list[list[str]]:
    """The groups, folded. The rows are read on each search (a small table, one indexed
    read) but folded only when they differ from the last read: folding runs OpenCC on
    every term. Exact whatever changed the table."""
    rows = tuple(tuple(row) for row in session.execute(_SYNONYM_ROWS))
    cached = _synonym_cache.get("groups")
    if cached is not None and cached[0] == rows:
        return cached[1]
    groups: dict[int, list[str]] = defaultdict(list)
    for group_id, term in rows:
        groups[group_id].append(fold(term))
    result = [g for g in groups.values() if len(g) > 1]
    _synonym_cache["groups"] = (rows, result)
    return result


_SYNONYM_ROWS = select(Synonym.group_id, Synonym.term).order_by(Synonym.id)
_synonym_cache: dict[str, tuple[tuple, list[list[str]]]] = {}
# Statements built once with expanding parameters: an `in_()` over a Python list coerced
# each of up to 200 ids on every search (a third of a search's time on 50,000 entries).
_POSTINGS = (select(FaqPosting.term, func.length(FaqPosting.entry_ids),
                    func.substr(FaqPosting.entry_ids, 1, bindparam("head")),
                    func.substr(FaqPosting.weights, 1, bindparam("head")))
             .where(FaqPosting.term.in_(bindparam("terms", expanding=True))))
_DOCUMENTS = select(
    select(func.count()).select_from(FaqEntry).scalar_subquery()
    + select(func.count()).select_from(FaqSimilar).scalar_subquery())
# What moves when the document count may have: the change log (every FAQ entry written,
# by any desk or path) and the similar questions (added and deleted by the app).
_DOCUMENTS_VERSION = select(select(func.max(ChangeLog.id)).scalar_subquery(),
                            select(func.max(FaqSimilar.id)).scalar_subquery(),
                            select(func.count()).select_from(FaqSimilar).scalar_subquery())
_documents_cache: dict[object, tuple[tuple, int]] = {}


def document_count(session: Session) -> int:
    """Entries plus similar questions (the index's documents), for the IDF. Counting
    50,000 entries was half of a search's time on PostgreSQL (17 ms); the count is kept
    per database and counted again only when the change log or the similar questions
    moved. FAQ entries are retired, never deleted, by the app (the change log records no
    deletes): an entry deleted by hand is counted once anything else changes."""
    version = tuple(session.execute(_DOCUMENTS_VERSION).one())
    key = session.get_bind().engine
    cached = _documents_cache.get(key)
    if cached is not None and cached[0] == version:
        return cached[1]
    total = session.scalar(_DOCUMENTS) or 0
    _documents_cache[key] = (version, total)
    return total


def expand_query(query: str, groups: list[list[str]],
                 learned: AssociationModel | None = None) -> list[tuple[str, float]]:
    """Query terms with weights: the query's own at 1.0, synonyms' terms at 0.8, terms
    learned from the center's pairs at EXPAND_WEIGHT × their strength."""
    own = query_terms(query)
    weighted: dict[str, float] = {t: 1.0 for t in own}
    folded = fold(query)
    chars = [u for run in folded_units(folded) for u in run if len(u) == 1 and not u.isascii()]
    # Only for sentences: a two- or three-character keyword (吞卡) must not turn into
    # everything that merely shares one character with it.
    if CHAR_WEIGHT and len(chars) >= CHARS_FROM:
        for unit in chars:
            weighted.setdefault(unit, CHAR_WEIGHT)
    for group in groups:
        if any(word in folded for word in group):
            for word in group:
                for term in query_terms(word):
                    weighted.setdefault(term, 0.8)
    if learned is not None and learned.table:
        found = learned.expand(own)
        for term in sorted(found, key=lambda b: (-found[b][1], b))[:EXPAND_TERMS]:
            weighted.setdefault(term, EXPAND_WEIGHT * found[term][1])
    return list(weighted.items())


# Per engine: whether its login reads the postings itself, or (an agent) through the
# owner-run function that leaves out everything not live (core/team/roles.py).
_direct_postings: dict[object, bool] = {}


def reads_postings_directly(session: Session) -> bool:
    bind = session.get_bind()
    if bind.dialect.name != "postgresql":
        return True
    key = bind.engine
    if key not in _direct_postings:
        _direct_postings[key] = bool(session.scalar(
            text("SELECT has_table_privilege(current_user, 'faq_postings', 'SELECT')")))
    return _direct_postings[key]


def read_postings(session: Session, terms: list[str]) -> list:
    """(term, byte length of the whole list, head of the ids, head of the weights) per
    term found: the head holds the MAX_POSTINGS best-weighted postings."""
    if not reads_postings_directly(session):
        return session.execute(
            text("SELECT term, size, entry_ids, weights FROM liaison_live_postings(:t, :h)"),
            {"t": terms, "h": MAX_POSTINGS}).all()
    return session.execute(_POSTINGS, {"head": MAX_POSTINGS * 4, "terms": terms}).all()


def _documents(session: Session) -> int:
    """Entries and similar questions: the documents of the index (as this login sees them)."""
    return ((session.scalar(select(func.count()).select_from(FaqEntry)) or 0)
            + (session.scalar(select(func.count()).select_from(FaqSimilar)) or 0))


# Agents' desks (hundreds, each search on a fresh connection) hold the synonym groups and
# the document count for HELD_SECONDS instead of reading them with every search: three of
# the search's seven statements, about half its time on an idle server. A synonym added
# reaches agents within that time; the count only scales the IDF.
HELD_SECONDS = 60.0
_held_values: dict[tuple[object, str], tuple[float, object]] = {}


def _held(session: Session, name: str, read):
    key = (session.get_bind().engine, name)
    now = time.monotonic()
    held = _held_values.get(key)
    if held is None or now - held[0] > HELD_SECONDS:
        held = (now, read(session))
        _held_values[key] = held
    return held[1]


def search_faq(
    session: Session,
    query: str,
    limit: int = 10,
    *,
    published_only: bool = True,
    now: datetime | None = None,
    groups: list[list[str]] | None = None,
    learned: AssociationModel | None = None,
    explain: bool = False,
) -> list[FaqHit]:
    """The best `limit` entries for `query`, best first.

    `published_only` (the agents' view) leaves out drafts, retired and expired entries;
    the manager's view passes False to see everything. `learned` defaults to the
    database's learned associations.
    """
    restricted = not reads_postings_directly(session)
    if groups is None:
        groups = _held(session, "synonyms", synonym_groups) if restricted \
            else synonym_groups(session)
    if learned is None:
        learned = associations(session)
    weights = dict(expand_query(query, groups, learned))
    if not weights:
        return []
    # Only the head of each postings list is read (it is stored best first); its full
    # length gives the document frequency.
    rows = read_postings(session, list(weights))
    if not rows:
        return []
    # Entries and similar questions are both documents of the index.
    total = max(_held(session, "documents", _documents) if restricted
                else document_count(session), 1)
    df = {term: size // 4 for term, size, _, _ in rows}
    # Terms in most entries (分行, 客戶) say almost nothing; skip them unless nothing else
    # matched. Everything else counts, each bounded to its best postings.
    informative = {t for t, n in df.items() if n <= COMMON_SHARE * total}
    chosen = informative or set(sorted(df, key=lambda t: (df[t], t))[:2])
    scores: dict[int, float] = defaultdict(float)
    postings: dict[str, array] = {}
    factors: dict[str, tuple[array, float]] = {}
    for term, _size, ids_blob, weights_blob in rows:
        if term not in chosen:
            continue
        ids, ws = array("i"), array("f")
        ids.frombytes(bytes(ids_blob))
        ws.frombytes(bytes(weights_blob))
        idf = math.log(1 + (total - df[term] + 0.5) / (df[term] + 0.5))
        c = weights[term] * idf
        for entry_id, w in zip(ids, ws):
            scores[entry_id] += c * w
        postings[term] = ids
        factors[term] = (ws, c)
    # Enough of the best to fill `limit` after eligibility filtering, without sorting all.
    # (Ties keep posting order, which is the same on every backend.)
    best = heapq.nlargest(max(limit * 20, 200), scores, key=scores.__getitem__)
    ranked, best_doc, phrasings = _by_entry(session, best, scores)
    sets = {term: set(ids) for term, ids in postings.items()}
    hits = _eligible(session, ranked, sets, limit, published_only, now or utcnow(), best_doc)
    stands_for = {b: a for b, (a, _t) in learned.expand(query_terms(query)).items()
                  if b in weights} if learned.table else {}
    for hit in hits:
        doc = best_doc.get(hit.id, hit.id)
        if doc < 0:
            hit.phrasing = phrasings.get(-doc)
        hit.learned = {t: stands_for[t] for t in hit.matched if t in stands_for}
        if explain:
            for term in hit.matched:
                ws, c = factors[term]
                hit.contributions[term] = c * ws[postings[term].index(doc)]
    return hits


def _by_entry(session: Session, docs: list[int], scores: dict[int, float]):
    """Entries ranked by their best document: the entry itself or one of its phrasings.

    The maximum, not the sum: an entry with many similar questions must not crowd out a
    better single match.
    """
    phrasing_ids = [-d for d in docs if d < 0]
    owner: dict[int, tuple[int, str]] = {}
    if phrasing_ids:
        owner = {sid: (entry_id, text) for sid, entry_id, text in session.execute(
            select(FaqSimilar.id, FaqSimilar.entry_id, FaqSimilar.text)
            .where(FaqSimilar.id.in_(phrasing_ids)))}
    entry_score: dict[int, float] = {}
    best_doc: dict[int, int] = {}
    for doc in docs:
        entry_id = doc if doc > 0 else owner.get(-doc, (None, ""))[0]
        if entry_id is None:
            continue  # a phrasing deleted since it was indexed
        if scores[doc] > entry_score.get(entry_id, float("-inf")):
            entry_score[entry_id] = scores[doc]
            best_doc[entry_id] = doc
    ranked = sorted(entry_score.items(), key=lambda item: -item[1])
    return ranked, best_doc, {sid: text for sid, (_e, text) in owner.items()}


_ENTRIES = select(FaqEntry.id, FaqEntry.question, FaqEntry.status).where(
    FaqEntry.id.in_(bindparam("ids", expanding=True)))
_ENTRIES_LIVE = _ENTRIES.where(FaqEntry.is_live_at(bindparam("now")))


def _eligible(session, ranked, postings, limit, published_only, now, best_doc) -> list[FaqHit]:
    hits: list[FaqHit] = []
    window = max(limit * 4, 40)
    for start in range(0, len(ranked), window):
        page = ranked[start:start + window]
        ids = [entry_id for entry_id, _ in page]
        stmt = _ENTRIES_LIVE if published_only else _ENTRIES
        found = {row.id: row for row in session.execute(stmt, {"ids": ids, "now": now})}
        for entry_id, score in page:
            row = found.get(entry_id)
            if row is None:
                continue
            doc = best_doc.get(entry_id, entry_id)
            matched = sorted((t for t, ids in postings.items() if doc in ids), key=len, reverse=True)
            hits.append(FaqHit(entry_id, row.question, score, row.status, matched))
            if len(hits) >= limit:
                return hits
    return hits
