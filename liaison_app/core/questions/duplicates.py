"""Finding the open question a new forward repeats (probable duplicates).

Two agents rarely forward a question in the same words: one writes Traditional, one
Simplified; one adds the customer's card number, one leaves it out. So both sides are
folded (script, width, case), customer details are dropped (long digit runs: card, ID
and phone numbers, amounts, dates), and what remains is compared as sets of character
pairs and words weighted by rarity (IDF among the open questions): the polite filler
every question shares (請問, 客戶, 怎麼辦) weighs next to nothing because it is common,
found from document frequency rather than a list that fits one center's phrasing.
A small classifier (`same_meaning`, fitted on labelled pairs) turns their IDF cosine and the search
re-ranker's coverage and order features, both ways, into P(same meaning); at
`THRESHOLD` or more it flags a probable duplicate, unless the two name different
amounts or products (`core.search.facets`: 白金卡 vs 普卡, 5万 vs 50万), which makes them
different questions however alike the rest is: such a match is kept as similar, never
probable.

Only questions that can still take a duplicate (`MERGEABLE_STATUSES`) are indexed, in
`question_terms`, kept up to date by `keep_terms_current` whenever a question is created,
changes state or is reworded (the database registers it on its sessions when it opens).
"""

from __future__ import annotations

import math
import re
import sys
from array import array
from bisect import bisect_left
from collections import Counter, defaultdict, deque
from collections.abc import Iterable
from dataclasses import dataclass
from itertools import repeat

from sqlalchemy import bindparam, delete, func, insert, inspect, select, update
from sqlalchemy import text as sql_text
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from liaison_app.core.models import (
    Question,
    QuestionPosting,
    QuestionStatus,
    QuestionTermCount,
    QuestionTermSet,
)
from liaison_app.core.search.facets import Facets
from liaison_app.core.search.folding import fold, index_terms
from liaison_app.core.search.rerank import Units, features, logistic

S = QuestionStatus
# A new question may repeat any question whose answer has not gone back to the agents
# yet: its agents then get that answer with the others. (Once it was fed back, a repeat
# is answered on its own, from the FAQ entry the answer became or by the manager.)
MERGEABLE_STATUSES = (S.NEW, S.ANSWERED_FROM_FAQ, S.AWAITING_DEPARTMENT, S.ANSWER_RECEIVED)
# P(same meaning) (`same_meaning`) from which a match is shown as a probable duplicate:
# the lowest whose false-flag rate is at most 12% (a margin under the 15% goal) on the
# tuning part of the labelled pairs, with the amount/product rule (bench/search_quality.py).
# On the part not tuned on it flags 0.410 of same-meaning and 0.111 of different-meaning
# pairs (the IDF cosine alone, at its own 12% point: 0.354 / 0.127).
THRESHOLD = 0.491
# Candidates taken from the postings (most shared terms first) for exact scoring.
CANDIDATES = 40
# Terms in more than this share of indexed questions are ignored when picking candidates,
# and candidates are gathered from at most this many postings (rarest terms first).
COMMON_SHARE = 0.2
POSTINGS_BUDGET = 6000
# A match naming another amount or product keeps this share of its score: still listed as
# a similar open question when the caller asks for those, never above THRESHOLD.
CLASH_FACTOR = 0.5

# Digit runs of five or more (card, ID, phone numbers, amounts, dates) say nothing about
# what was asked. (The phrases agents wrap every question in, 請問 or 怎麼辦, need no list:
# they are in many questions, so their IDF leaves them almost no weight.)
_DETAILS = re.compile(r"[0-9][0-9 ,.\-/:xX*]{3,}[0-9xX*]|[0-9]+(?:[.,][0-9]+)?\s*(?:元|块|萬|万|%)")


def cleaned(text: str) -> str:
    """A question folded, with customer details taken out."""
    return _DETAILS.sub(" ", fold(text))


def dup_terms(text: str) -> set[str]:
    """The comparison terms of a question: folded pairs and words, details removed."""
    found, _length = index_terms(cleaned(text), with_chars=True)
    return {t for t in found if len(t) <= 64}


PAIR_FEATURES = ("cosine", "pairs_a", "pairs_b", "chars_a", "chars_b", "length_ratio",
                 "in_order_a", "in_order_b")
# Intercept, then PAIR_FEATURES: a logistic regression fitted on the tune part's labelled
# pairs (bench/search_quality.py --fit), P(the two ask the same thing).
PAIR_WEIGHTS = (-4.326, 2.184, -0.416, -0.015, 1.38, 1.664, 1.255, 1.059, 0.685)


def pair_vector(a: str, b: str, terms_a: set[str], terms_b: set[str],
                idf: dict[str, float], default_idf: float) -> list[float]:
    """The duplicate classifier's features of two questions: their IDF cosine, and the
    re-ranker's coverage and order features (`core.search.rerank`) in both directions."""
    units_a, units_b = Units.of(cleaned(a)), Units.of(cleaned(b))

    def weight(term: str) -> float:
        return idf.get(term, default_idf)

    ab = features(units_a, units_b, weight)
    ba = features(units_b, units_a, weight)
    return [similarity(terms_a, terms_b, idf, default_idf), ab[0], ba[0], ab[2], ba[2], ab[4],
            ab[5], ba[5]]


def same_meaning(vector: list[float]) -> float:
    """P(same meaning) of a pair's `pair_vector`."""
    return logistic(PAIR_WEIGHTS, vector)


@dataclass
class DuplicateMatch:
    question_id: int
    ref: str
    text: str
    status: str
    score: float
    shared: list[str]
    # "amount" or "product" when the two name different ones (see `Facets.clash`).
    clash: str | None = None

    @property
    def probable(self) -> bool:
        """Shown as a probable duplicate (not merely a similar open question)."""
        return self.score >= THRESHOLD and self.clash is None


# --- the index ----------------------------------------------------------------------
# The index is three tables (core.models.search_index), kept exactly in step:
#   question_term_sets   one row per indexed question: its terms, packed;
#   question_term_counts how many indexed questions hold each term (for IDF);
#   question_postings    per term, blocks of question ids (16-bit offsets from the block's
#                        first id, all within SPAN ids of it).
# A row per (term, question), as before, was 4.4 million rows per 100,000 questions: the
# bulk of every import. The candidates and scores found are the same as with it.
SPAN = 4096


def pack_terms(terms: Iterable[str]) -> str:
    """A term set as stored (terms never hold whitespace)."""
    return " ".join(sorted(terms))


def unpack_terms(packed: str) -> set[str]:
    return set(packed.split())


def _pack_offsets(offsets: list[int]) -> bytes:
    packed = array("H", offsets)
    if sys.byteorder == "big":
        packed.byteswap()
    return packed.tobytes()


def block_ids(first_id: int, offsets: bytes) -> list[int]:
    """The question ids of one postings block."""
    unpacked = array("H")
    unpacked.frombytes(offsets)
    if sys.byteorder == "big":
        unpacked.byteswap()
    return [first_id + o for o in unpacked]


def posting_blocks(items: Iterable[tuple[int, Iterable[str]]]) -> list[dict]:
    """Postings blocks for many questions at once, `items` as (id, terms) in ascending
    id order (the ids may also be positions in a staged import, translated on publishing
    by adding the first id: offsets are relative, so they carry over)."""
    by_term: dict[str, list[int]] = defaultdict(list)
    for question_id, terms in items:
        # millions of appends: one C-level pass per question, no Python loop per term
        deque(map(list.append, map(by_term.__getitem__, terms), repeat(question_id)), maxlen=0)
    blocks = []
    for term in sorted(by_term):
        ids = by_term[term]
        start, end = 0, len(ids)
        while start < end:
            first = ids[start]
            stop = end if ids[-1] - first < SPAN else bisect_left(ids, first + SPAN, start)
            offsets = array("H", map(first.__rsub__, ids[start:stop]))
            if sys.byteorder == "big":
                offsets.byteswap()
            blocks.append({"term": term, "first_id": first, "offsets": offsets.tobytes()})
            start = stop
    return blocks


_COUNT_SQL = sql_text(
    "INSERT INTO question_term_counts (term, questions) VALUES (:term, :n) "
    "ON CONFLICT (term) DO UPDATE SET questions = question_term_counts.questions + excluded.questions"
)


def _count(bind: Session | Connection, counts: dict[str, int]) -> None:
    """Add to the term counts, in term order (two writers never wait on each other in
    opposite orders on PostgreSQL)."""
    if counts:
        bind.execute(_COUNT_SQL, [{"term": t, "n": counts[t]} for t in sorted(counts) if counts[t]])


def add_many(bind: Session | Connection, items: list[tuple[int, set[str]]]) -> None:
    """Index many questions not indexed yet (ascending ids): the bulk path of imports,
    demo data and `rebuild`."""
    if not items:
        return
    bind.execute(insert(QuestionTermSet),
                 [{"question_id": qid, "terms": pack_terms(terms)} for qid, terms in items])
    bind.execute(insert(QuestionPosting), posting_blocks(items))
    _count(bind, Counter(t for _qid, terms in items for t in terms))


_POSTINGS = QuestionPosting.__table__
# One statement for many blocks (executemany): a forward touches some forty terms.
_SET_OFFSETS = _POSTINGS.update().where(
    _POSTINGS.c.term == bindparam("b_term"), _POSTINGS.c.first_id == bindparam("b_first")
).values(offsets=bindparam("b_offsets"))
_DROP_BLOCK = _POSTINGS.delete().where(
    _POSTINGS.c.term == bindparam("b_term"), _POSTINGS.c.first_id == bindparam("b_first"))


def _blocks_near(session: Session, question_id: int, terms: set[str]) -> list[tuple[str, int, list[int]]]:
    """(term, first id, ids) of the blocks of `terms` that may hold `question_id` (or take
    it: first id within SPAN below it), in term and id order, locked for the writer on
    PostgreSQL."""
    rows = session.execute(
        select(_POSTINGS.c.term, _POSTINGS.c.first_id, _POSTINGS.c.offsets).where(
            _POSTINGS.c.term.in_(sorted(terms)),
            _POSTINGS.c.first_id > question_id - SPAN,
            _POSTINGS.c.first_id <= question_id)
        .order_by(_POSTINGS.c.term, _POSTINGS.c.first_id)
        .with_for_update())
    return [(term, first_id, block_ids(first_id, offsets)) for term, first_id, offsets in rows]


def _post(session: Session, question_id: int, terms: set[str]) -> None:
    """Add one question to the postings of `terms`: into the term's latest block within
    reach, else a new block (so a term has few blocks per stretch of ids)."""
    if not terms:
        return
    latest: dict[str, tuple[int, list[int]]] = {}
    held: set[str] = set()
    for term, first_id, ids in _blocks_near(session, question_id, terms):
        if question_id in ids:
            held.add(term)
        latest[term] = (first_id, ids)
    new_rows, changed = [], []
    for term in sorted(terms - held):
        if term not in latest:
            new_rows.append({"term": term, "first_id": question_id, "offsets": _pack_offsets([0])})
            continue
        first_id, ids = latest[term]
        ids = sorted([*ids, question_id])
        changed.append({"b_term": term, "b_first": first_id,
                        "b_offsets": _pack_offsets([i - first_id for i in ids])})
    if changed:
        session.execute(_SET_OFFSETS, changed)
    if new_rows:
        session.execute(insert(QuestionPosting), new_rows)


def _unpost(session: Session, question_id: int, terms: set[str]) -> None:
    """Take one question out of the postings of `terms`."""
    if not terms:
        return
    changed, emptied = [], []
    for term, first_id, ids in _blocks_near(session, question_id, terms):
        if question_id not in ids:
            continue
        ids.remove(question_id)
        if ids:
            changed.append({"b_term": term, "b_first": first_id,
                            "b_offsets": _pack_offsets([i - first_id for i in ids])})
        else:
            emptied.append({"b_term": term, "b_first": first_id})
    if changed:
        session.execute(_SET_OFFSETS, changed)
    if emptied:
        session.execute(_DROP_BLOCK, emptied)


def _indexed_terms(session: Session, question_id: int) -> set[str] | None:
    packed = session.scalar(
        select(QuestionTermSet.terms).where(QuestionTermSet.question_id == question_id))
    return None if packed is None else unpack_terms(packed)


def index_question(session: Session, question_id: int, text: str) -> None:
    """(Re-)index one question: its term set, counts and postings follow its text."""
    terms = dup_terms(text)
    old = _indexed_terms(session, question_id)
    if old == terms:
        return
    old = old or set()
    if old:
        session.execute(update(QuestionTermSet).where(QuestionTermSet.question_id == question_id)
                        .values(terms=pack_terms(terms)))
    else:
        session.execute(insert(QuestionTermSet), [{"question_id": question_id, "terms": pack_terms(terms)}])
    changes = dict.fromkeys(terms - old, 1) | dict.fromkeys(old - terms, -1)
    _count(session, changes)
    _unpost(session, question_id, old - terms)
    _post(session, question_id, terms - old)


def unindex_question(session: Session, question_id: int) -> None:
    old = _indexed_terms(session, question_id)
    if old is None:
        return
    session.execute(delete(QuestionTermSet).where(QuestionTermSet.question_id == question_id))
    _count(session, dict.fromkeys(old, -1))
    _unpost(session, question_id, old)


def keep_terms_current(session: Session, _context) -> None:
    """Keep the index in step with every question written through the ORM.

    An `after_flush` hook, registered by `core.database.open_database` on every session of
    the database (no import side effect: a session is maintained however it was made
    there). Runs after each flush, while the objects still know what changed: a new question,
    a change of state into or out of `MERGEABLE_STATUSES`, or edited text. (Bulk writers
    that bypass the ORM, like the demo data, call `rebuild`; imports call `add_many`.)
    """
    for obj in list(session.new) + list(session.dirty):
        if not isinstance(obj, Question) or obj.id is None:
            continue
        state = inspect(obj)
        status_history = state.attrs.status.history
        if obj in session.new:
            was = False
        elif status_history.deleted:
            was = status_history.deleted[0] in MERGEABLE_STATUSES
        else:
            was = obj.status in MERGEABLE_STATUSES
        now = obj.status in MERGEABLE_STATUSES
        if obj in session.new and obj.duplicate_checked is False:
            # Forwarded from an agent's desk: the agent may not write the shared counts
            # and postings (they tell which words other agents' questions hold), so the
            # manager's desk indexes it with the duplicate check it owes
            # (core/agent_desk/forwards.check_pending_duplicates).
            continue
        if now and (not was or state.attrs.text.history.has_changes()):
            index_question(session, obj.id, obj.text)
        elif was and not now:
            unindex_question(session, obj.id)


def clear(bind: Session | Connection) -> None:
    for table in (QuestionPosting, QuestionTermCount, QuestionTermSet):
        bind.execute(delete(table))


def rebuild(bind: Session | Connection, batch: int = 20000) -> int:
    """Re-index every mergeable question (migration, demo data, repair); returns the count."""
    clear(bind)
    rows = bind.execute(
        select(Question.id, Question.text).where(Question.status.in_(list(MERGEABLE_STATUSES)))
        .order_by(Question.id)
    ).all()
    for start in range(0, len(rows), batch):
        add_many(bind, [(qid, dup_terms(text)) for qid, text in rows[start:start + batch]])
    return len(rows)


# --- matching -----------------------------------------------------------------------
def _idf(total: int, df: int) -> float:
    return math.log(1 + total / (df + 1))


def similarity(a: set[str], b: set[str], idf: dict[str, float], default_idf: float) -> float:
    """Cosine of two term sets weighted by IDF (1.0 for identical questions); terms
    without a known IDF weigh `default_idf`."""
    if not a or not b:
        return 0.0
    def w(t: str) -> float:
        return idf.get(t, default_idf) ** 2
    shared = sum(w(t) for t in a & b)
    return shared / math.sqrt(sum(w(t) for t in a) * sum(w(t) for t in b))


def find_duplicates(
    session: Session,
    text: str,
    *,
    exclude: Iterable[int] = (),
    limit: int = 3,
    threshold: float = THRESHOLD,
) -> list[DuplicateMatch]:
    """Open questions that probably ask what `text` asks, best first; `score` is the pair
    classifier's P(same meaning), and `threshold` the least of it to list."""
    terms = dup_terms(text)
    if not terms:
        return []
    excluded = set(exclude)
    total = session.scalar(
        select(func.count()).select_from(Question)
        .where(Question.status.in_(list(MERGEABLE_STATUSES)))
    ) or 0
    if total == 0:
        return []
    df = dict(session.execute(
        select(QuestionTermCount.term, QuestionTermCount.questions)
        .where(QuestionTermCount.term.in_(terms), QuestionTermCount.questions > 0)
    ).all())
    if not df:
        return []
    idf = {t: _idf(total, n) for t, n in df.items()}
    default_idf = _idf(total, 0)
    # Candidates come from the rarest terms only, within a budget of postings: a real
    # repeat shares several rare words, and common ones would make the grouping slow.
    rare: list[str] = []
    read = 0
    for term in sorted(df, key=lambda t: (df[t], t)):
        if rare and (read + df[term] > POSTINGS_BUDGET or df[term] > max(COMMON_SHARE * total, 2)):
            break
        rare.append(term)
        read += df[term]
    holders: dict[str, set[int]] = defaultdict(set)
    for term, first_id, offsets in session.execute(
        select(QuestionPosting.term, QuestionPosting.first_id, QuestionPosting.offsets)
        .where(QuestionPosting.term.in_(rare))
    ):
        holders[term].update(block_ids(first_id, offsets))
    shared_rare: Counter[int] = Counter()
    for ids in holders.values():
        shared_rare.update(ids)
    # Most shared rare terms first, the newest question first among equals.
    ranked = sorted((qid for qid in shared_rare if qid not in excluded),
                    key=lambda qid: (-shared_rare[qid], -qid))[:CANDIDATES]
    their_terms = {qid: unpack_terms(packed) for qid, packed in session.execute(
        select(QuestionTermSet.question_id, QuestionTermSet.terms)
        .where(QuestionTermSet.question_id.in_(ranked)))}
    candidates = [qid for qid in ranked if qid in their_terms]
    if not candidates:
        return []
    # Terms of a candidate that the new question lacks only enlarge the candidate's norm;
    # counting their postings would cost more than the rest of the search, so they are
    # weighted with the mean IDF of the new question's terms.
    typical = sum(idf.get(t, default_idf) for t in terms) / len(terms)
    rows = {r.id: r for r in session.execute(
        select(Question.id, Question.text, Question.status).where(
            Question.id.in_(candidates),
            Question.status.in_(list(MERGEABLE_STATUSES)))  # an index older than a rule change
    )}
    mine = Facets.of(text)
    scored = []
    for qid in candidates:
        row = rows.get(qid)
        if row is None:
            continue
        score = same_meaning(pair_vector(text, row.text, terms, their_terms[qid], idf, typical))
        clash = mine.clash(Facets.of(row.text))
        if clash:
            score = min(score * CLASH_FACTOR, THRESHOLD - 0.01)
        scored.append((score, qid, clash))
    scored.sort(key=lambda item: (-item[0], -item[1]))
    out = []
    for score, qid, clash in scored:
        if score < threshold or len(out) >= limit:
            break
        row = rows[qid]
        shared = sorted(terms & their_terms[qid], key=lambda t: -idf.get(t, default_idf))
        out.append(DuplicateMatch(qid, Question(id=qid).ref, row.text, row.status,
                                  round(score, 4), shared[:8], clash))
    return out
