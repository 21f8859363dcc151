"""Ranked FAQ search: BM25F over the packed postings of the query's terms, with synonyms.

A query reads one row per term and scores every posting that can matter (`score_postings`,
MaxScore over postings stored best weight first): a cut at the first 1,000 postings per
term, the former bound on the work, lost the right entry among equally weighted ones and
was the measured cause of the gap to plain BM25. Terms found in most entries say almost
nothing and are skipped when rarer ones exist.
"""

from __future__ import annotations

import heapq
import math
import time
from array import array
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from operator import itemgetter
from typing import TYPE_CHECKING

from liaison_app.core.search import reads as q
from liaison_app.core.search import rerank
from liaison_app.core.search.folding import fold, folded_units, query_terms
from liaison_app.core.search.learning import AssociationModel, associations
from liaison_app.core.search.reads import Reads
from liaison_app.core.timeutil import utcnow

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

# FaqStatus.PUBLISHED (core.models: not imported, see core.search.reads); a test holds
# them equal.
PUBLISHED = "published"

# Terms in more than this share of entries are skipped when rarer ones exist.
COMMON_SHARE = 0.5
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
# Documents kept from the first stage: `limit` and half as many again, at least KEEP_MIN,
# to fill `limit` entries after eligibility and similar questions are accounted for
# (`_eligible` pages through them); when they do not, four times as many are scored. A
# fixed 20 per hit (6,000 documents at the FAQ page's 300) left MaxScore nothing to prune.
KEEP_MIN = 200
POSTINGS_BUDGET = 20_000
CAPPED_CANDIDATES = 2
# Re-rank the best documents with `core.search.rerank` (recall@5 held-apart .232 → .254).
RERANK = True


def as_reads(session: Session | Reads) -> Reads:
    """A `Reads` for what search was given: a reader as is, an SQLAlchemy Session wrapped
    (the SQLAlchemy side is loaded only then, so the command line can do without it)."""
    if isinstance(session, Reads):
        return session
    from liaison_app.core.search.session_reads import SessionReads

    return SessionReads(session)


@dataclass
class FaqHit:
    id: int
    question: str
    score: float
    status: str = PUBLISHED
    matched: list[str] = field(default_factory=list)
    # The similar question (相似問) that matched best, when it beat the entry itself.
    phrasing: str | None = None
    # Learned associations that matched: the term found -> the query term it stands for.
    learned: dict[str, str] = field(default_factory=dict)
    # With `explain`: each matched term's share of the score (query weight × IDF × BM25F).
    contributions: dict[str, float] = field(default_factory=dict)
    # The re-ranker's P(same meaning) for the matched text; None when it did not look
    # (beyond its candidates, or re-ranking off). `score` stays the keyword score.
    confidence: float | None = None
    # With `explain`: the re-ranker's features of the pair (`rerank.SEARCH_FEATURES`).
    features: dict[str, float] = field(default_factory=dict)

    def as_json(self) -> dict:
        return {"id": self.id, "question": self.question, "score": round(self.score, 4),
                "status": self.status, "matched": self.matched, "phrasing": self.phrasing,
                "learned": self.learned,
                "confidence": None if self.confidence is None else round(self.confidence, 4)}


def synonym_groups(session: Session | Reads) -> list[list[str]]:
    """The groups, folded. The rows are read on each search (a small table, one indexed
    read) but folded only when they differ from the last read: folding runs OpenCC on
    every term. Exact whatever changed the table."""
    rows = tuple(tuple(row) for row in as_reads(session).rows(q.SYNONYM_ROWS))
    cached = _synonym_cache.get("groups")
    if cached is not None and cached[0] == rows:
        return cached[1]
    groups: dict[int, list[str]] = defaultdict(list)
    for group_id, term in rows:
        groups[group_id].append(fold(term))
    result = [g for g in groups.values() if len(g) > 1]
    _synonym_cache["groups"] = (rows, result)
    return result


_synonym_cache: dict[str, tuple[tuple, list[list[str]]]] = {}
# The statements (core.search.reads) are built once, lists as expanding parameters: an
# `in_()` over a Python list coerced each of up to 200 ids on every search (a third of a
# search's time on 50,000 entries).
_documents_cache: dict[object, tuple[tuple, int]] = {}


def document_count(session: Session | Reads) -> int:
    """Entries plus similar questions (the index's documents), for the IDF. Counting
    50,000 entries was half of a search's time on PostgreSQL (17 ms); the count is kept
    per database and counted again only when the change log or the similar questions
    moved. FAQ entries are retired, never deleted, by the app (the change log records no
    deletes): an entry deleted by hand is counted once anything else changes."""
    reads = as_reads(session)
    version = tuple(reads.one(q.DOCUMENTS_VERSION))
    key = reads.key
    cached = _documents_cache.get(key)
    if cached is not None and cached[0] == version:
        return cached[1]
    total = reads.scalar(q.DOCUMENTS) or 0
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


def reads_postings_directly(session: Session | Reads) -> bool:
    reads = as_reads(session)
    if reads.dialect != "postgresql":
        return True
    key = reads.key
    if key not in _direct_postings:
        _direct_postings[key] = bool(reads.scalar(q.CAN_READ_POSTINGS))
    return _direct_postings[key]


def read_postings(session: Session | Reads, terms: list[str]) -> Sequence:
    """(term, byte length of the list, ids, weights) per term found: every posting, in id
    order (an agent's login reads them through the owner-run function, which leaves out
    what is not live and keeps the order)."""
    reads = as_reads(session)
    if not reads_postings_directly(reads):
        return reads.rows(q.LIVE_POSTINGS, {"t": terms, "h": _ALL_POSTINGS})
    return reads.rows(q.POSTINGS, {"terms": terms})


# "Every posting" for the agents' function, which takes a count.
_ALL_POSTINGS = 2**31 - 1


def _documents(session: Reads) -> int:
    """Entries and similar questions: the documents of the index (as this login sees them)."""
    return session.scalar(q.DOCUMENTS) or 0


# Agents' desks (hundreds, each search on a fresh connection) hold the synonym groups and
# the document count for HELD_SECONDS instead of reading them with every search: three of
# the search's seven statements, about half its time on an idle server. A synonym added
# reaches agents within that time; the count only scales the IDF.
HELD_SECONDS = 60.0
_held_values: dict[tuple[object, str], tuple[float, object]] = {}


def _held(session: Reads, name: str, read):
    key = (session.key, name)
    now = time.monotonic()
    held = _held_values.get(key)
    if held is None or now - held[0] > HELD_SECONDS:
        held = (now, read(session))
        _held_values[key] = held
    return held[1]


def search_faq(
    session: Session | Reads,
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
    database's learned associations. `session` is the caller's Session, or a `Reads`
    (the command line's plain SQLite connection): the same statements either way.
    """
    session = as_reads(session)
    restricted = not reads_postings_directly(session)
    if groups is None:
        groups = _held(session, "synonyms", synonym_groups) if restricted \
            else synonym_groups(session)
    if learned is None:
        learned = associations(session)
    weights = dict(expand_query(query, groups, learned))
    if not weights:
        return []
    rows = read_postings(session, list(weights))
    if not rows:
        return []
    # Entries and similar questions are both documents of the index.
    total = max(_held(session, "documents", _documents) if restricted
                else document_count(session), 1)
    lists: dict[str, tuple[array, array]] = {}
    sizes: dict[str, int] = {}
    for term, size, ids_blob, weights_blob in rows:
        ids, ws = array("i"), array("f")
        ids.frombytes(bytes(ids_blob))
        ws.frombytes(bytes(weights_blob))
        if ids:
            lists[term] = (ids, ws)
            sizes[term] = size // 4
    df = sizes
    # Terms in most entries (分行, 客戶) say almost nothing; skip them unless nothing else
    # matched.
    informative = {t for t, n in df.items() if n <= COMMON_SHARE * total}
    chosen = informative or set(sorted(df, key=lambda t: (df[t], t))[:2])
    factor = {}
    for term in chosen:
        idf = math.log(1 + (total - df[term] + 0.5) / (df[term] + 0.5))
        factor[term] = weights[term] * idf
    keep = max(limit + limit // 2, KEEP_MIN)
    expansions = learned.expand(query_terms(query)) if learned.table else {}
    while True:
        scores = score_postings({t: lists[t] for t in chosen}, factor, keep, POSTINGS_BUDGET)
        # Enough of the best to fill `limit` after eligibility filtering, without sorting all.
        # (Ties keep id order, which is the same on every backend.)
        best = heapq.nlargest(keep, scores, key=scores.__getitem__)
        seen: dict[int, list[float]] = {}
        confidence = _rerank(session, query, best[:rerank.CANDIDATES], scores, df, total,
                             expansions, seen) if RERANK and best else {}
        # The re-scored documents first, by the re-ranker's confidence (in 2..3); the rest
        # after them by keyword score (in 0..1).
        top = scores[best[0]] if best else 1.0
        order = {doc: 2 + confidence[doc] if doc in confidence else scores[doc] / top for doc in best}
        ranked, best_doc, phrasings = _by_entry(session, best, order)
        hits = _eligible(session, ranked, {t: lists[t] for t in chosen}, limit, published_only,
                         now or utcnow(), best_doc)
        # The best `keep` documents are exact, so the first `limit` eligible entries among
        # them are the first of the whole ranking; too few (similar questions of one entry,
        # entries not live) and more documents could have scored: look at four times as many.
        if len(hits) >= limit or len(best) < keep:
            break
        keep *= 4
    stands_for = {b: a for b, (a, _t) in expansions.items() if b in weights}
    for hit in hits:
        doc = best_doc.get(hit.id, hit.id)
        hit.score = scores[doc]
        hit.confidence = confidence.get(doc)
        if doc < 0:
            hit.phrasing = phrasings.get(-doc)
        hit.learned = {t: stands_for[t] for t in hit.matched if t in stands_for}
        if explain:
            if doc in seen:
                hit.features = dict(zip(rerank.SEARCH_FEATURES, (round(v, 4) for v in seen[doc])))
            for term in hit.matched:
                ids, ws = lists[term]
                hit.contributions[term] = factor[term] * ws[bisect_left(ids, doc)]
    return hits


def _rerank(session: Reads, query: str, docs: list[int], scores: dict[int, float],
            df: dict[str, int], total: int, expansions: dict[str, tuple[str, float]],
            seen: dict[int, list[float]]) -> dict[int, float]:
    """The re-ranker's confidence (`core.search.rerank`) for each of `docs`: the entry's
    standard question, or the similar question, compared with the query. Each document's
    features are left in `seen` (for `explain`)."""
    texts: dict[int, str] = {}
    entry_ids = [d for d in docs if d > 0]
    similar_ids = [-d for d in docs if d < 0]
    if entry_ids:
        texts.update(session.rows(q.ENTRY_TEXTS, {"ids": entry_ids}))
    if similar_ids:
        texts.update((-i, t) for i, t in session.rows(q.SIMILAR_TEXTS, {"ids": similar_ids}))
    units = rerank.Units.of(query)
    # The query's other units' document frequency (an agent's login cannot read the
    # postings table: those count as rare).
    missing = [t for t in units.pairs | units.chars if t not in df]
    known = dict(df)
    if missing and reads_postings_directly(session):
        known.update((t, n // 4) for t, n in session.rows(q.POSTING_SIZES, {"terms": missing}))

    idf = {t: math.log(1 + (total - n + 0.5) / (n + 0.5))
           for t in units.pairs | units.chars for n in (known.get(t, 0),)}

    top = scores[docs[0]] or 1.0
    out = {}
    for doc in docs:
        text = texts.get(doc)
        if text is None:
            continue  # deleted since it was indexed
        x = rerank.features(units, rerank.Units.of(text), idf.__getitem__, expansions) + [scores[doc] / top]
        seen[doc] = x
        out[doc] = rerank.logistic(rerank.SEARCH_WEIGHTS, x)
    return out


def score_postings(lists: dict[str, tuple[array, array]], factor: dict[str, float],
                   keep: int, budget: int | None = None) -> dict[int, float]:
    """Exact scores of every document that can be among the best `keep`, over full postings.

    MaxScore (Turtle & Flood 1995): a term can add at most `factor × its largest weight`.
    Terms are taken from the largest bound down, every posting added; once the bounds of
    the terms left sum to less than the `keep`-th best score so far (a lower bound of the
    final one, since scores only grow), no document not yet seen can reach the best `keep`.
    The remaining lists, the long and common ones, then only complete the scores of the
    documents that still can. Every posting counts (no cut per term) at a fraction of the
    work of reading them all.

    The `keep`-th best score (theta) is measured only when it can have risen above what is
    left: it grows by at most the bounds added since it was last measured. Measuring it
    after every term (a pass over every score, then a heap of `keep`) was most of a whole
    question's time at the FAQ page's limit.
    """
    bound = {t: factor[t] * max(ws) for t, (_ids, ws) in lists.items()}
    order = sorted(lists, key=lambda t: (-bound[t], t))
    remaining = sum(bound.values())
    scores: dict[int, float] = {}
    theta = 0.0
    added = math.inf  # bounds added since theta was measured: theta grew by at most this
    position = 0
    read = 0
    for position, term in enumerate(order):
        over = budget and read >= budget
        if len(scores) >= keep and (over or remaining < theta + added):
            # (`max` runs in C: most checks end here, without a heap over every score.)
            best_so_far = max(scores.values())
            if over and remaining < best_so_far:
                break  # past the budget, and what is left cannot make a new best match
            if remaining < theta + added and remaining < best_so_far:
                theta = heapq.nlargest(keep, scores.values())[-1]
                added = 0.0
                if remaining < theta:
                    break
        ids, ws = lists[term]
        c = factor[term]
        if scores:
            get = scores.get
            for doc, w in zip(ids, ws):
                scores[doc] = get(doc, 0.0) + c * w
        else:
            scores = dict(zip(ids, map(c.__mul__, ws)))
        read += len(ids)
        remaining -= bound[term]
        added += bound[term]
    else:
        return scores
    # Only documents already scored can still make it; complete their scores.
    cap = CAPPED_CANDIDATES * keep
    capped = bool(budget) and read >= budget and len(scores) > cap
    if capped:
        # Past the budget, the common terms left only re-score the best so far (approximate: a document that only the common terms
        # could lift is not looked at). A sort of the values runs in C.
        theta = max(theta, sorted(scores.values(), reverse=True)[cap - 1])
    alive = sorted(doc for doc, sc in scores.items() if sc + remaining >= theta)
    if capped and len(alive) > cap:
        alive = sorted(heapq.nlargest(cap, alive, key=scores.__getitem__))
    for term in order[position:]:
        ids, ws = lists[term]
        _complete(alive, ids, ws, factor[term], scores)
        remaining -= bound[term]
        if len(alive) > keep:
            # The completed scores raise theta: fewer documents to complete for the next term.
            theta = max(theta, sorted(map(scores.__getitem__, alive), reverse=True)[keep - 1])
        # (A margin for the rounding of `remaining`: the `keep`-th document itself sets theta.)
        floor = theta - max(remaining, 0.0) - 1e-9
        alive = [doc for doc in alive if scores[doc] >= floor]
    return {doc: scores[doc] for doc in alive}


def _complete(alive: list[int], ids: array, ws: array, c: float, scores: dict[int, float]) -> None:
    """Add one term's share to the scores of `alive` (ascending ids)."""
    n = len(ids)
    if n > 8 * len(alive):
        lo = 0
        for doc in alive:  # ascending, like the postings: each search starts where the last ended
            i = bisect_left(ids, doc, lo)
            if i == n:
                break
            if ids[i] == doc:
                scores[doc] += c * ws[i]
            lo = i
    else:  # a list not much longer than the documents left: one lookup each
        weight_of = dict(zip(ids, ws)).get
        for doc in alive:
            w = weight_of(doc)
            if w is not None:
                scores[doc] += c * w


def _by_entry(session: Reads, docs: list[int], scores: dict[int, float]):
    """Entries ranked by their best document: the entry itself or one of its phrasings.

    The maximum, not the sum: an entry with many similar questions must not crowd out a
    better single match.
    """
    phrasing_ids = [-d for d in docs if d < 0]
    owner: dict[int, tuple[int, str]] = {}
    if phrasing_ids:
        owner = {sid: (entry_id, text) for sid, entry_id, text in
                 session.rows(q.SIMILAR_OWNERS, {"ids": phrasing_ids})}
    entry_score: dict[int, float] = {}
    best_doc: dict[int, int] = {}
    for doc in docs:
        entry_id = doc if doc > 0 else owner.get(-doc, (None, ""))[0]
        if entry_id is None:
            continue  # a phrasing deleted since it was indexed
        if scores[doc] > entry_score.get(entry_id, float("-inf")):
            entry_score[entry_id] = scores[doc]
            best_doc[entry_id] = doc
    ranked = sorted(entry_score.items(), key=itemgetter(1), reverse=True)
    return ranked, best_doc, {sid: text for sid, (_e, text) in owner.items()}


def _eligible(session, ranked, lists, limit, published_only, now, best_doc) -> list[FaqHit]:
    """The first `limit` of `ranked` the caller may see, with the query terms each matched
    (found by bisection in the id-ordered postings, for those `limit` only)."""
    hits: list[FaqHit] = []
    window = max(limit + limit // 4, 40) if not published_only else max(limit * 4, 40)
    for start in range(0, len(ranked), window):
        page = ranked[start:start + window]
        ids = [entry_id for entry_id, _ in page]
        if published_only:
            rows = session.rows(q.ENTRIES_LIVE, {"ids": ids, "now": now})
        else:
            rows = session.rows(q.ENTRIES, {"ids": ids})
        found = {row[0]: row for row in rows}
        for entry_id, score in page:
            row = found.get(entry_id)
            if row is not None:
                hits.append(FaqHit(entry_id, row[1], score, row[2]))
                if len(hits) >= limit:
                    break
        if len(hits) >= limit:
            break
    docs = sorted({best_doc.get(hit.id, hit.id) for hit in hits})
    matched: dict[int, list[str]] = {doc: [] for doc in docs}
    for term, (ids, _ws) in lists.items():
        if len(ids) <= 4 * len(docs):
            for doc in matched.keys() & set(ids):
                matched[doc].append(term)
            continue
        n, lo = len(ids), 0
        for doc in docs:  # ascending, like the postings
            lo = bisect_left(ids, doc, lo)
            if lo == n:
                break
            if ids[lo] == doc:
                matched[doc].append(term)
    for hit in hits:
        hit.matched = sorted(matched[best_doc.get(hit.id, hit.id)], key=lambda t: (-len(t), t))
    return hits
