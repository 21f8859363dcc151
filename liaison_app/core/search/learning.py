"""What customers say for the FAQ's words, learned from the center's own labelled pairs.

Every similar question and its entry, every merged duplicate and its survivor, every
question answered from an entry and that entry is a pair of texts that mean the same,
in the customers' own words on one side. The terms one side has and the other lacks (the
*gap*) are what customers say instead of the FAQ's words (还钱 for 还款, 限额 for 额度).

Model (issue 19, point 2): IBM model 1 over the gap terms of each pair, in both directions
since paraphrase is symmetric: a few EM steps share each gap term on one side among the
other side's gap terms in proportion to the current t(b | a), so a term that co-occurs
with everything (请问, 客户) spreads thin and the consistent partner (还钱→还款) takes the
mass. The expected counts c(a, b) of the last step then give

    weight(a → b) = (c(a, b) - D) / n(a)      absolute discounting over a's gap occurrences

kept only when c(a, b) ≥ MIN_COUNT and the lift c(a, b)·N / (n(a)·n(b)) ≥ MIN_LIFT. Why:
- a frequent word cannot swamp a rare one: EM gives it a thin share of each pair, the
  weight is normalised by the source term's own count, and the lift test drops targets
  that co-occur with everything only because they are everywhere;
- it is over terms, not entries: 还钱→还款 learned on one entry helps every entry;
- one-off pairs vanish (the discount and MIN_COUNT): one customer's odd wording teaches
  nothing;
- a rebuild from every pair the database holds takes about a second for 10,000 pairs;
  `relearn` runs in the background (`liaison faq relearn`, and the window after the
  manager keeps similar questions or merges) and bumps `LearningState.version`, which
  makes every search process reload its in-memory table.

The terms are the search index's own (`folding.query_terms`: character pairs and latin
words), so an association expands a query straight into index terms, and no word
segmenter (with its dictionary load at every start of `liaison faq search`) is needed.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING
from weakref import WeakKeyDictionary

from liaison_app.core.search import reads as q
from liaison_app.core.search.folding import query_terms
from liaison_app.core.search.reads import Reads, as_reads
from liaison_app.core.timeutil import utcnow

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

DISCOUNT = 0.5
MIN_COUNT = 1.0
MIN_LIFT = 1.5
TOP_TARGETS = 5
EM_STEPS = 8
# Pairs learned from at most (the latest recorded): EM over gap terms is pure Python and
# must stay a background job of seconds, not minutes, on a large base.
MAX_PAIRS = 5000
# Relearn once this many pairs were added (or removed) since the last time.
RELEARN_EVERY = 50
# Associations weaker than this are not stored (they would only add noise to a query).
MIN_WEIGHT = 0.05
_STATE_ID = 1


@dataclass
class AssociationModel:
    """The gap terms of labelled pairs and the table learned from them."""

    examples: list[tuple[frozenset[str], frozenset[str]]] = field(default_factory=list)
    pairs: int = 0
    table: dict[str, list[tuple[str, float]]] = field(default_factory=dict)

    def add_pair(self, left: str, right: str) -> None:
        """Record one same-meaning pair of texts (both directions)."""
        lt, rt = set(query_terms(left)), set(query_terms(right))
        gap_l, gap_r = frozenset(lt - rt), frozenset(rt - lt)
        if gap_l and gap_r:
            self.examples += [(gap_l, gap_r), (gap_r, gap_l)]
        self.pairs += 1

    def rebuild(self, *, min_count: float = MIN_COUNT, min_lift: float = MIN_LIFT,
                discount: float = DISCOUNT, top: int = TOP_TARGETS, steps: int = EM_STEPS) -> None:
        """Learn weight(a → b) from the recorded pairs."""
        n_src: Counter = Counter()
        n_tgt: Counter = Counter()
        for src, tgt in self.examples:
            n_src.update(src)
            n_tgt.update(tgt)
        t: dict[tuple[str, str], float] = {}
        counts: Counter = Counter()
        for _ in range(steps):
            counts = Counter()
            for src, tgt in self.examples:
                for b in tgt:
                    shares = [t.get((a, b), 1.0) for a in src]
                    z = sum(shares)
                    for a, share in zip(src, shares):
                        counts[a, b] += share / z
            per_source: Counter = Counter()
            for (a, _b), c in counts.items():
                per_source[a] += c
            t = {key: c / per_source[key[0]] for key, c in counts.items()}
        n = max(len(self.examples), 1)
        found: dict[str, list[tuple[str, float]]] = defaultdict(list)
        for (a, b), c in counts.items():
            if c < min_count or c * n / (n_src[a] * n_tgt[b]) < min_lift:
                continue
            weight = (c - discount) / n_src[a]
            if weight >= MIN_WEIGHT:
                found[a].append((b, weight))
        self.table = {a: sorted(v, key=lambda x: (-x[1], x[0]))[:top] for a, v in found.items()}

    def expand(self, terms: Iterable[str]) -> dict[str, tuple[str, float]]:
        """Associated terms of a query's terms: target -> (the source term, weight), the
        strongest source each; the query's own terms are left out."""
        own = set(terms)
        out: dict[str, tuple[str, float]] = {}
        for a in own:
            for b, w in self.table.get(a, ()):
                if b not in own and w > out.get(b, ("", 0.0))[1]:
                    out[b] = (a, w)
        return out


def build(pairs: Iterable[tuple[str, str]], **kw) -> AssociationModel:
    model = AssociationModel()
    for left, right in pairs:
        model.add_pair(left, right)
    model.rebuild(**kw)
    return model


# --- the pairs the workflow records -------------------------------------------------
# These read and write through the models, loaded when called: searching (the command
# line's `faq search` among others) needs only the model above and `associations`.
def center_pairs(session: Session) -> list[tuple[str, str]]:
    """Every same-meaning pair the database holds: (customer wording, FAQ or survivor text)."""
    from sqlalchemy import select
    from sqlalchemy.orm import aliased

    from liaison_app.core.models import (
        FaqEntry,
        FaqSimilar,
        Question,
        QuestionFaqLink,
        QuestionStatus,
    )

    pairs: list[tuple[str, str]] = list(session.execute(
        select(FaqSimilar.text, FaqEntry.question)
        .join(FaqEntry, FaqEntry.id == FaqSimilar.entry_id)
        .where(FaqSimilar.source != "entry")  # a merged FAQ entry: FAQ wording on both sides
    ).all())
    survivor = aliased(Question)
    pairs += session.execute(
        select(Question.text, survivor.text)
        .join(survivor, survivor.id == Question.duplicate_of_id)
        .where(Question.status == QuestionStatus.DUPLICATE)
    ).all()
    pairs += session.execute(
        select(Question.text, FaqEntry.question)
        .join(QuestionFaqLink, QuestionFaqLink.question_id == Question.id)
        .join(FaqEntry, FaqEntry.id == QuestionFaqLink.entry_id)
        .where(QuestionFaqLink.relation == "used")
    ).all()
    # One pair once, however many routes recorded it (a similar question of source
    # "question" is also that question's answered-from-FAQ link).
    return list(dict.fromkeys((a, b) for a, b in pairs if a and b and a != b))


@dataclass(frozen=True)
class Relearned:
    pairs: int
    associations: int
    version: int


def relearn(session: Session) -> Relearned:
    """Rebuild the association table from every pair the database holds (in the caller's
    transaction) and bump the version so searching processes reload it."""
    from sqlalchemy import delete, insert

    from liaison_app.core.models import LearningState, TermAssociation

    recorded = center_pairs(session)
    model = build(recorded[-MAX_PAIRS:])
    rows = [{"source": a, "target": b, "weight": t}
            for a, targets in model.table.items() for b, t in targets]
    session.execute(delete(TermAssociation))
    if rows:
        session.execute(insert(TermAssociation), rows)
    state = session.get(LearningState, _STATE_ID, with_for_update=True)
    if state is None:
        state = LearningState(id=_STATE_ID, version=0, pairs=0, associations=0)
        session.add(state)
    state.version = (state.version or 0) + 1
    state.pairs = len(recorded)  # what relearn_if_due compares with
    state.associations = len(rows)
    state.learned_at = utcnow()
    session.flush()
    return Relearned(model.pairs, len(rows), state.version)


def relearn_if_due(session: Session, every: int = RELEARN_EVERY) -> Relearned | None:
    """`relearn` when the pairs changed by `every` or more since the last rebuild (or were
    never learned): the background step run after imports and similar-question reviews."""
    from liaison_app.core.models import LearningState

    pairs = len(center_pairs(session))
    state = session.get(LearningState, _STATE_ID)
    learned = state.pairs if state is not None else None
    if learned is None and pairs == 0:
        return None
    if learned is not None and abs(pairs - learned) < every:
        return None
    return relearn(session)


# --- what search reads --------------------------------------------------------------
# Per engine (not per URL: two in-memory SQLite databases share one URL).
_loaded: WeakKeyDictionary = WeakKeyDictionary()


def associations(session: Session | Reads) -> AssociationModel:
    """The learned table, held in memory per database and reloaded when its version moves
    (one primary-key read per search when nothing changed)."""
    reads = as_reads(session)
    version = reads.scalar(q.LEARNING_VERSION, {"id": _STATE_ID})
    key = reads.key
    held = _loaded.get(key)
    if held is not None and held[0] == version:
        return held[1]
    model = AssociationModel()
    if version is not None:
        table: dict[str, list[tuple[str, float]]] = defaultdict(list)
        for a, b, t in reads.rows(q.ASSOCIATIONS):
            table[a].append((b, t))
        model.table = {a: sorted(v, key=lambda x: (-x[1], x[0])) for a, v in table.items()}
    _loaded[key] = (version, model)
    return model
