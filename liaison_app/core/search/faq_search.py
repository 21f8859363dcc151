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
from array import array
from bisect import bisect_left
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime
from operator import itemgetter

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from liaison_app.core.models import (
    FaqEntry,
    FaqIndexedDoc,
    FaqPosting,
    FaqSimilar,
    FaqStatus,
    Synonym,
)
from liaison_app.core.search import rerank
from liaison_app.core.search.folding import fold, folded_units, query_terms
from liaison_app.core.search.learning import AssociationModel, associations
from liaison_app.core.timeutil import utcnow

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
# Documents kept from the first stage: enough to fill `limit` entries after eligibility
# and similar questions are accounted for (`_eligible` pages through them).
KEEP_PER_HIT = 20
KEEP_MIN = 200
# Re-rank the best documents with `core.search.rerank` (recall@5 held-apart .232 → .254).
RERANK = True


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


def synonym_groups(session: Session) -> list[list[str]]:
    groups: dict[int, list[str]] = defaultdict(list)
    for group_id, term in session.execute(select(Synonym.group_id, Synonym.term)):
        groups[group_id].append(fold(term))
    return [g for g in groups.values() if len(g) > 1]


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
    if groups is None:
        groups = synonym_groups(session)
    if learned is None:
        learned = associations(session)
    weights = dict(expand_query(query, groups, learned))
    if not weights:
        return []
    rows = session.execute(
        select(FaqPosting.term, FaqPosting.entry_ids, FaqPosting.weights)
        .where(FaqPosting.term.in_(list(weights)))
    ).all()
    if not rows:
        return []
    # Entries and similar questions are both documents of the index.
    total = max((session.scalar(select(func.count()).select_from(FaqEntry)) or 0)
                + (session.scalar(select(func.count()).select_from(FaqSimilar)) or 0), 1)
    lists: dict[str, tuple[array, array]] = {}
    for term, ids_blob, weights_blob in rows:
        ids, ws = array("i"), array("f")
        ids.frombytes(bytes(ids_blob))
        ws.frombytes(bytes(weights_blob))
        if ids:
            lists[term] = (ids, ws)
    df = {term: len(ids) for term, (ids, _ws) in lists.items()}
    # Terms in most entries (分行, 客戶) say almost nothing; skip them unless nothing else
    # matched.
    informative = {t for t, n in df.items() if n <= COMMON_SHARE * total}
    chosen = informative or set(sorted(df, key=lambda t: (df[t], t))[:2])
    factor = {}
    for term in chosen:
        idf = math.log(1 + (total - df[term] + 0.5) / (df[term] + 0.5))
        factor[term] = weights[term] * idf
    keep = max(limit * KEEP_PER_HIT, KEEP_MIN)
    scores = score_postings({t: lists[t] for t in chosen}, factor, keep)
    # Enough of the best to fill `limit` after eligibility filtering, without sorting all.
    # (Ties keep id order, which is the same on every backend.)
    best = heapq.nlargest(keep, scores, key=scores.__getitem__)
    expansions = learned.expand(query_terms(query)) if learned.table else {}
    seen: dict[int, list[float]] = {}
    confidence = _rerank(session, query, best[:rerank.CANDIDATES], scores, df, total,
                         expansions, seen) if RERANK and best else {}
    # The re-scored documents first, by the re-ranker's confidence (in 2..3); the rest after
    # them by keyword score (in 0..1).
    top = scores[best[0]] if best else 1.0
    order = {doc: 2 + confidence[doc] if doc in confidence else scores[doc] / top for doc in best}
    ranked, best_doc, phrasings = _by_entry(session, best, order)
    hits = _eligible(session, ranked, set(chosen), limit, published_only, now or utcnow(), best_doc)
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


def _rerank(session: Session, query: str, docs: list[int], scores: dict[int, float],
            df: dict[str, int], total: int, expansions: dict[str, tuple[str, float]],
            seen: dict[int, list[float]]) -> dict[int, float]:
    """The re-ranker's confidence (`core.search.rerank`) for each of `docs`: the entry's
    standard question, or the similar question, compared with the query. Each document's
    features are left in `seen` (for `explain`)."""
    texts: dict[int, str] = {}
    entry_ids = [d for d in docs if d > 0]
    similar_ids = [-d for d in docs if d < 0]
    if entry_ids:
        texts.update(session.execute(select(FaqEntry.id, FaqEntry.question)
                                     .where(FaqEntry.id.in_(entry_ids))).all())
    if similar_ids:
        texts.update((-i, t) for i, t in session.execute(
            select(FaqSimilar.id, FaqSimilar.text).where(FaqSimilar.id.in_(similar_ids))))
    units = rerank.Units.of(query)
    missing = [t for t in units.pairs | units.chars if t not in df]
    known = dict(df)
    if missing:
        known.update((t, n // 4) for t, n in session.execute(
            select(FaqPosting.term, func.length(FaqPosting.entry_ids)).where(FaqPosting.term.in_(missing))))

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
                   keep: int) -> dict[int, float]:
    """Exact scores of every document that can be among the best `keep`, over full postings.

    MaxScore (Turtle & Flood 1995): a term can add at most `factor × its largest weight`.
    Terms are taken from the largest bound down, every posting added; once the bounds of
    the terms left sum to less than the `keep`-th best score so far (a lower bound of the
    final one, since scores only grow), no document not yet seen can reach the best `keep`.
    The remaining lists, the long and common ones, then only complete the scores of the
    documents that still can, each found by bisection in the id-ordered postings. Every
    posting counts (no cut per term) at a fraction of the work of reading them all.
    """
    bound = {t: factor[t] * max(ws) for t, (_ids, ws) in lists.items()}
    order = sorted(lists, key=lambda t: (-bound[t], t))
    remaining = sum(bound.values())
    scores: dict[int, float] = {}
    theta = 0.0
    position = 0
    for position, term in enumerate(order):
        if len(scores) >= keep and remaining < max(scores.values()):
            theta = heapq.nlargest(keep, scores.values())[-1]
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
        remaining -= bound[term]
    else:
        return scores
    # Only documents already scored can still make it; complete their scores.
    alive = sorted(doc for doc, sc in scores.items() if sc + remaining >= theta)
    for term in order[position:]:
        ids, ws = lists[term]
        c = factor[term]
        n = len(ids)
        lo = 0
        for doc in alive:  # ascending, like the postings: each search starts where the last ended
            i = bisect_left(ids, doc, lo)
            if i == n:
                break
            if ids[i] == doc:
                scores[doc] += c * ws[i]
            lo = i
        remaining -= bound[term]
        alive = [doc for doc in alive if scores[doc] + remaining >= theta]
    return {doc: scores[doc] for doc in alive}


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
    ranked = sorted(entry_score.items(), key=itemgetter(1), reverse=True)
    return ranked, best_doc, {sid: text for sid, (_e, text) in owner.items()}


def _eligible(session, ranked, query_terms_used, limit, published_only, now, best_doc) -> list[FaqHit]:
    """The first `limit` of `ranked` the caller may see, with the query terms each matched
    (from the index's record of the document's terms, read for those `limit` only)."""
    hits: list[FaqHit] = []
    window = max(limit * 4, 40)
    for start in range(0, len(ranked), window):
        page = ranked[start:start + window]
        ids = [entry_id for entry_id, _ in page]
        stmt = select(FaqEntry.id, FaqEntry.question, FaqEntry.status).where(FaqEntry.id.in_(ids))
        if published_only:
            stmt = stmt.where(FaqEntry.is_live_at(now))
        found = {row.id: row for row in session.execute(stmt)}
        for entry_id, score in page:
            row = found.get(entry_id)
            if row is not None:
                hits.append(FaqHit(entry_id, row.question, score, row.status))
                if len(hits) >= limit:
                    break
        if len(hits) >= limit:
            break
    docs = {hit.id: best_doc.get(hit.id, hit.id) for hit in hits}
    doc_terms = {doc: set(terms.split(" ")) if terms else set() for doc, terms in session.execute(
        select(FaqIndexedDoc.entry_id, FaqIndexedDoc.terms).where(FaqIndexedDoc.entry_id.in_(list(docs.values()))))}
    for hit in hits:
        hit.matched = sorted(query_terms_used & doc_terms.get(docs[hit.id], set()), key=lambda t: (-len(t), t))
    return hits
    return hits
