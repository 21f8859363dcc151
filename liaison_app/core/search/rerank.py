"""A second look at the best candidates: does this text ask what the query asks?

Keyword ranking (BM25 over character pairs and single characters) is the first stage: it
finds, among tens of thousands of entries, the few dozen that share the query's rarer
words. A paraphrase is told from a near miss by things BM25 cannot weigh: how much of
*each* side the other covers (a short entry inside a long question, or the reverse), the
shared characters in the same order (还款 日期 / 还款的日期), lengths that agree, and the
gap words the center's own pairs taught (`core.search.learning`: 还钱 for 还款). This
module turns a (query, candidate) pair into a few such features and scores it with a
logistic regression; search re-ranks its best `CANDIDATES` documents by that score, and
the duplicate check uses the same features, without the first-stage score, for pairs of
forwarded questions.

The coefficients below were fitted on the *tune* part of the labelled pairs only
(`bench/search_quality.py --fit` prints them again) and kept because the part never tuned
on improved; `fit` is the same Newton-Raphson (IRLS) fit, in plain Python (eight
features, so a fit over tens of thousands of examples takes seconds).
"""

from __future__ import annotations

import itertools
import math
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache

from liaison_app.core.search.folding import fold, folded_units

# Documents re-scored per search (the first stage's best).
CANDIDATES = 50
# Units of a candidate compared in order (longest common subsequence); a long answer's
# tail says nothing about the question.
LCS_UNITS = 48

SEARCH_FEATURES = ("pairs_of_query", "pairs_of_candidate", "chars_of_query", "chars_of_candidate",
                   "length_ratio", "in_order", "learned", "first_stage")
PAIR_FEATURES = SEARCH_FEATURES[:-1]
# Intercept first, then SEARCH_FEATURES in order: fitted on the tune part's queries over
# their first-stage top CANDIDATES (label: the candidate is the query's entry).
SEARCH_WEIGHTS = (-9.875, -2.394, -0.023, 1.25, 2.452, 0.808, 1.075, 0.0, 4.117)


@dataclass(frozen=True)
class Units:
    """A text as the re-ranker compares it: its units in order, pairs and single units."""

    seq: tuple[str, ...]
    pairs: frozenset[str]
    chars: frozenset[str]

    @classmethod
    def of(cls, text: str) -> Units:
        return _units_of(text)


@lru_cache(maxsize=8192)
def _units_of(text: str) -> Units:
    """Cached: the same entries come back as candidates search after search."""
    runs = folded_units(fold(text))
    seq = tuple(u for run in runs for u in run)
    pairs = frozenset(a + b for run in runs for a, b in itertools.pairwise(run))
    return Units(seq, pairs, frozenset(seq))


def _lcs(a: Sequence[str], b: Sequence[str]) -> int:
    """Length of the longest common subsequence (units in the same order).

    Bit-parallel (Hyyrö 2004): one row of the dynamic programme is one integer, so the
    cost is a few integer operations per unit of `a`, not len(a) × len(b) steps.
    """
    if not a or not b:
        return 0
    masks: dict[str, int] = {}
    for i, unit in enumerate(b):
        masks[unit] = masks.get(unit, 0) | (1 << i)
    full = (1 << len(b)) - 1
    v = full
    for unit in a:
        u = v & masks.get(unit, 0)
        v = ((v + u) | (v - u)) & full
    return len(b) - v.bit_count()


def features(query: Units, candidate: Units, idf: Callable[[str], float],
             learned: dict[str, tuple[str, float]] | None = None) -> list[float]:
    """The pair features (PAIR_FEATURES), each in [0, 1].

    Query-side coverage is weighted by rarity (a shared 挂失 says more than a shared 请问),
    candidate-side coverage is a plain share (its rarity is already in the first stage);
    `learned` is the query's learned expansions (target -> (source, weight)): the share of
    the query's missing pairs a learned word in the candidate stands in for.
    """
    q_pairs, c_pairs = query.pairs, candidate.pairs
    shared_pairs = q_pairs & c_pairs
    q_weight = sum(idf(t) for t in q_pairs) or 1.0
    shared_chars = query.chars & candidate.chars
    q_char_weight = sum(idf(t) for t in query.chars) or 1.0
    n_q, n_c = len(query.seq), len(candidate.seq)
    explained = 0.0
    if learned and q_pairs:
        missing = q_pairs - c_pairs
        best: dict[str, float] = {}
        for target, (source, weight) in learned.items():
            if source in missing and target in c_pairs:
                best[source] = max(best.get(source, 0.0), weight)
        explained = sum(best.values()) / len(q_pairs)
    return [
        sum(idf(t) for t in shared_pairs) / q_weight if q_pairs else 0.0,
        len(shared_pairs) / len(c_pairs) if c_pairs else 0.0,
        sum(idf(t) for t in shared_chars) / q_char_weight if query.chars else 0.0,
        len(shared_chars) / len(candidate.chars) if candidate.chars else 0.0,
        min(n_q, n_c) / max(n_q, n_c, 1),
        _lcs(query.seq[:LCS_UNITS], candidate.seq[:LCS_UNITS]) / max(min(n_q, LCS_UNITS), 1),
        min(explained, 1.0),
    ]


def logistic(weights: Sequence[float], x: Sequence[float]) -> float:
    """P(same meaning) of features `x`; weights[0] is the intercept."""
    z = weights[0] + sum(w * v for w, v in zip(weights[1:], x))
    return 1 / (1 + math.exp(-max(min(z, 35.0), -35.0)))


def fit(xs: list[list[float]], ys: list[bool], l2: float = 1.0, steps: int = 25) -> list[float]:
    """Logistic regression by Newton-Raphson with a small L2 penalty (not on the intercept)."""
    k = len(xs[0]) + 1
    w = [0.0] * k
    rows = [[1.0, *x] for x in xs]
    for _ in range(steps):
        grad = [0.0] * k
        hess = [[0.0] * k for _ in range(k)]
        for x, y in zip(rows, ys):
            p = 1 / (1 + math.exp(-max(min(sum(a * b for a, b in zip(w, x)), 35.0), -35.0)))
            r = p - (1.0 if y else 0.0)
            s = p * (1 - p)
            for i in range(k):
                grad[i] += r * x[i]
                xi = s * x[i]
                row = hess[i]
                for j in range(i, k):
                    row[j] += xi * x[j]
        for i in range(k):
            for j in range(i):
                hess[i][j] = hess[j][i]
            if i:
                grad[i] += l2 * w[i]
                hess[i][i] += l2
        step = _solve(hess, grad)
        w = [a - b for a, b in zip(w, step)]
        if max(abs(s) for s in step) < 1e-7:
            break
    return w


def _solve(a: list[list[float]], b: list[float]) -> list[float]:
    """Solve a·x = b (Gaussian elimination with partial pivoting; a is small)."""
    n = len(b)
    m = [row[:] + [b[i]] for i, row in enumerate(a)]
    for col in range(n):
        pivot = max(range(col, n), key=lambda r: abs(m[r][col]))
        m[col], m[pivot] = m[pivot], m[col]
        if abs(m[col][col]) < 1e-12:
            continue
        for r in range(col + 1, n):
            f = m[r][col] / m[col][col]
            for c in range(col, n + 1):
                m[r][c] -= f * m[col][c]
    x = [0.0] * n
    for r in range(n - 1, -1, -1):
        if abs(m[r][r]) < 1e-12:
            continue
        x[r] = (m[r][n] - sum(m[r][c] * x[c] for c in range(r + 1, n))) / m[r][r]
    return x
