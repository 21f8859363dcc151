"""The second stage: pair features, the logistic fit, and how search uses them."""

from __future__ import annotations

import math
import random

import pytest

from liaison_app.core.search import faq_search
from liaison_app.core.search.faq_search import search_faq
from liaison_app.core.search.rerank import Units, _lcs, features, fit, logistic
from tests import factories as make


def _dp_lcs(a, b):
    prev = [0] * (len(b) + 1)
    for x in a:
        cur = [0]
        for j, y in enumerate(b):
            cur.append(prev[j] + 1 if x == y else max(prev[j + 1], cur[j]))
        prev = cur
    return prev[-1]


def test_bit_parallel_lcs_equals_the_dynamic_programme():
    rnd = random.Random(2)
    for _ in range(500):
        a = [rnd.choice("还款花呗借额度") for _ in range(rnd.randint(0, 40))]
        b = [rnd.choice("还款花呗借额度") for _ in range(rnd.randint(0, 70))]
        assert _lcs(a, b) == _dp_lcs(a, b)


def test_features_see_coverage_order_and_learned_words():
    def idf(_term):
        return 1.0

    query = Units.of("花唄怎麼還錢")
    same = features(query, Units.of("花呗怎么还钱"), idf)
    assert same[0] == 1.0 and same[1] == 1.0 and same[4] == 1.0 and same[5] == 1.0
    other = features(query, Units.of("借唄額度怎麼提升"), idf)
    assert other[0] < same[0] and other[5] < same[5]
    # 还钱 is missing from the candidate, but learned to stand for 还款, which it has.
    entry = Units.of("花唄怎麼還款")
    plain = features(query, entry, idf)
    learned = features(query, entry, idf, {"还款": ("还钱", 0.8)})
    assert plain[6] == 0.0 and learned[6] > 0.0


def test_fit_recovers_a_known_rule():
    rnd = random.Random(4)
    xs, ys = [], []
    for _ in range(3000):
        x = [rnd.random(), rnd.random()]
        p = 1 / (1 + math.exp(-(-2.0 + 4.0 * x[0] - 1.0 * x[1])))
        xs.append(x)
        ys.append(rnd.random() < p)
    w = fit(xs, ys, l2=0.01)
    assert w[0] == pytest.approx(-2.0, abs=0.5)
    assert w[1] == pytest.approx(4.0, abs=0.6)
    assert w[2] == pytest.approx(-1.0, abs=0.5)
    assert logistic(w, [1.0, 0.0]) > 0.8
    assert logistic(w, [0.0, 1.0]) < 0.2


@pytest.fixture
def base(db):
    with db.sessions.begin() as session:
        make.faq_entries(session, [
            {"question": "花唄可以分期還款嗎", "answer": "可以。"},
            {"question": "花唄分期", "answer": "花唄分期說明。"},
            {"question": "信用卡可以分期嗎", "answer": "可以。"},
        ] + [{"question": f"網銀登錄問題{i}", "answer": "見說明"} for i in range(30)])


def test_search_re_ranks_its_candidates_and_says_how_sure_it_is(db, base, monkeypatch):
    with db.session() as session:
        hits = search_faq(session, "花唄能分期嗎", 3, explain=True)
    assert [h.question for h in hits][:2] == ["花唄分期", "花唄可以分期還款嗎"]
    assert all(h.confidence is not None for h in hits)
    assert hits[0].confidence > hits[1].confidence
    assert set(hits[0].features) >= {"in_order", "first_stage", "learned"}
    # Without the second stage the keyword score alone puts the longer question first:
    # the re-ranker changed the order, it did not merely relabel it.
    monkeypatch.setattr(faq_search, "RERANK", False)
    with db.session() as session:
        plain = search_faq(session, "花唄能分期嗎", 3)
    assert [h.question for h in plain][:2] == ["花唄可以分期還款嗎", "花唄分期"]
    assert plain[0].confidence is None
