"""Ranked FAQ search: BM25 over per-field postings, with field weights and synonyms.

One query costs two indexed lookups: document frequencies of the query's terms, then the
postings of the informative ones (a term found in most entries says little, and its
postings would be the slowest part to load). Scoring runs in Python on those postings.
"""

from __future__ import annotations

import math
from collections import defaultdict
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from liaison_app.core.models import FaqEntry, FaqStatus, FaqTerm, Synonym
from liaison_app.core.search.faq_index import FIELD_WEIGHTS
from liaison_app.core.search.folding import fold, query_terms
from liaison_app.core.timeutil import utcnow

K1 = 1.2
B = 0.6
# Terms in more than this share of entries are skipped when rarer ones exist.
COMMON_SHARE = 0.15
# Typical field lengths in units, for length normalisation (tuned on the demo base).
AVG_LEN = {0: 14.0, 1: 6.0, 2: 30.0, 3: 70.0}


@dataclass
class FaqHit:
    id: int
    question: str
    score: float
    status: str = FaqStatus.PUBLISHED
    matched: list[str] = field(default_factory=list)

    def as_json(self) -> dict:
        return {"id": self.id, "question": self.question, "score": round(self.score, 4),
                "status": self.status, "matched": self.matched}


def synonym_groups(session: Session) -> list[list[str]]:
    groups: dict[int, list[str]] = defaultdict(list)
    for group_id, term in session.execute(select(Synonym.group_id, Synonym.term)):
        groups[group_id].append(fold(term))
    return [g for g in groups.values() if len(g) > 1]


def expand_query(query: str, groups: list[list[str]]) -> list[tuple[str, float]]:
    """Query terms with weights: the query's own at 1.0, synonyms' terms at 0.8."""
    weighted: dict[str, float] = {t: 1.0 for t in query_terms(query)}
    folded = fold(query)
    for group in groups:
        if any(word in folded for word in group):
            for word in group:
                for term in query_terms(word):
                    weighted.setdefault(term, 0.8)
    return list(weighted.items())


def _entry_count(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(FaqEntry)) or 0


def search_faq(
    session: Session,
    query: str,
    limit: int = 10,
    *,
    published_only: bool = True,
    now: datetime | None = None,
    groups: list[list[str]] | None = None,
) -> list[FaqHit]:
    """The best `limit` entries for `query`, best first.

    `published_only` (the agents' view) leaves out drafts, retired and expired entries;
    the manager's view passes False to see everything.
    """
    if groups is None:
        groups = synonym_groups(session)
    weighted = expand_query(query, groups)
    if not weighted:
        return []
    weights = dict(weighted)
    total = max(_entry_count(session), 1)
    df_rows = session.execute(
        select(FaqTerm.term, func.count(func.distinct(FaqTerm.entry_id)))
        .where(FaqTerm.term.in_(list(weights)))
        .group_by(FaqTerm.term)
    ).all()
    df = {term: n for term, n in df_rows}
    if not df:
        return []
    informative = [t for t, n in df.items() if n <= COMMON_SHARE * total]
    chosen = informative or sorted(df, key=df.get)[:2]
    postings = session.execute(
        select(FaqTerm.term, FaqTerm.entry_id, FaqTerm.field, FaqTerm.tf, FaqTerm.field_len)
        .where(FaqTerm.term.in_(chosen))
    ).all()

    # BM25F: per term, field-weighted and length-normalised frequency, then saturation.
    tf_by_doc: dict[int, dict[str, float]] = defaultdict(lambda: defaultdict(float))
    for term, entry_id, fld, tf, flen in postings:
        norm = 1 - B + B * (flen / AVG_LEN.get(fld, 30.0))
        tf_by_doc[entry_id][term] += FIELD_WEIGHTS.get(fld, 1.0) * tf / norm
    scores: dict[int, float] = {}
    idf = {t: math.log(1 + (total - df[t] + 0.5) / (df[t] + 0.5)) for t in chosen}
    for entry_id, per_term in tf_by_doc.items():
        score = 0.0
        for term, wtf in per_term.items():
            score += weights[term] * idf[term] * wtf * (K1 + 1) / (wtf + K1)
        scores[entry_id] = score
    ranked = sorted(scores.items(), key=lambda item: (-item[1], item[0]))
    return _eligible(session, ranked, tf_by_doc, limit, published_only, now or utcnow())


def _eligible(session, ranked, tf_by_doc, limit, published_only, now) -> list[FaqHit]:
    hits: list[FaqHit] = []
    window = max(limit * 4, 40)
    for start in range(0, len(ranked), window):
        page = ranked[start:start + window]
        ids = [entry_id for entry_id, _ in page]
        stmt = select(FaqEntry.id, FaqEntry.question, FaqEntry.status).where(FaqEntry.id.in_(ids))
        if published_only:
            stmt = stmt.where(
                FaqEntry.status == FaqStatus.PUBLISHED,
                or_(FaqEntry.valid_from.is_(None), FaqEntry.valid_from <= now),
                or_(FaqEntry.valid_until.is_(None), FaqEntry.valid_until > now),
            )
        found = {row.id: row for row in session.execute(stmt)}
        for entry_id, score in page:
            row = found.get(entry_id)
            if row is None:
                continue
            matched = sorted(tf_by_doc[entry_id], key=len, reverse=True)
            hits.append(FaqHit(entry_id, row.question, score, row.status, matched))
            if len(hits) >= limit:
                return hits
    return hits
