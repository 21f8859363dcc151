"""Learning what customers say for the FAQ's words from the center's own pairs, using it in
search, and `liaison faq search --explain`."""

from __future__ import annotations

import json

from liaison_app.cli import main
from liaison_app.core.faq.similar_questions import add_similar
from liaison_app.core.search.faq_search import search_faq
from liaison_app.core.search.learning import build, center_pairs, relearn
from tests import factories as make

# Customers say 还钱 where the FAQ says 还款, 限额 where it says 额度; every customer
# wording starts with the same filler (请问).
PAIRS = [
    ("请问信用卡怎么还钱", "信用卡还款方式有哪些"),
    ("请问房贷每月几号还钱", "房贷还款日如何确定"),
    ("请问网上怎么还钱", "网上银行还款操作步骤"),
    ("请问提前还钱有没有违约金", "提前还款是否收取违约金"),
    ("请问转账限额是多少", "转账额度如何查询"),
    ("请问怎么提高限额", "如何申请提高额度"),
]


def test_a_customer_word_learns_the_faq_word_it_stands_for():
    model = build(PAIRS)
    assert model.pairs == len(PAIRS)
    learned = model.expand(["还钱"])
    assert max(learned, key=lambda t: learned[t][1]) == "还款"
    assert learned["还款"][0] == "还钱"
    assert "额度" in model.expand(["限额"])
    # One pair is no evidence: a word seen in a single pair learns nothing.
    assert model.expand(["房贷"]) == {} or all(t < 0.5 for _s, t in model.expand(["房贷"]).values())


def test_a_word_in_every_pair_does_not_swamp_the_rare_ones():
    model = build(PAIRS)
    # 请问 is in every customer wording: whatever it is tied to, it is tied more weakly
    # than 还钱 is to 还款, and it is never tied to every FAQ word.
    filler = model.expand(["请问"])
    assert filler.get("还款", ("", 0.0))[1] < model.expand(["还钱"])["还款"][1]
    assert not ({"还款", "额度"} <= set(filler))


def test_pairs_come_from_similar_questions_and_search_uses_them_for_every_entry(db):
    with db.sessions.begin() as s:
        entries = make.faq_entries(s, [{"question": b, "answer": "见操作要点。"} for _a, b in PAIRS]
                                   + [{"question": "汽车贷款还款计划", "answer": "按月等额还款。"},
                                      {"question": "汽车贷款利率", "answer": "按合同约定利率计息。"}])
        for (customer, _faq), entry in zip(PAIRS, entries):
            add_similar(s, entry.id, customer, "typed", "test", generalised=False)
    car_repayment = entries[-2].id
    with db.session() as s:
        before = {h.id: h for h in search_faq(s, "汽车贷款怎么还钱")}
    with db.sessions.begin() as s:
        assert len(center_pairs(s)) == len(PAIRS)
        done = relearn(s)
    assert done.pairs == len(PAIRS) and done.associations > 0
    with db.session() as s:
        after = search_faq(s, "汽车贷款怎么还钱")
    # Learned on other entries, 还钱→还款 puts the car-loan repayment entry first, which
    # no customer ever phrased that way; before, nothing told it from the interest rate.
    assert after[0].id == car_repayment
    assert after[0].learned == {"还款": "还钱"}
    assert after[0].score > before[car_repayment].score and not before[car_repayment].learned


def run(capsys, *argv: str) -> tuple[int, str]:
    code = main(list(argv))
    out, _err = capsys.readouterr()
    return code, out


def test_explain_shows_matched_words_learned_words_similar_question_and_scores(db, capsys):
    with db.sessions.begin() as s:
        entries = make.faq_entries(s, [{"question": b, "answer": "见操作要点。"} for _a, b in PAIRS]
                                   + [{"question": "汽车贷款还款计划", "answer": "按月等额还款。"}])
        for (customer, _faq), entry in zip(PAIRS, entries):
            add_similar(s, entry.id, customer, "typed", "test", generalised=False)
    code, out = run(capsys, "faq", "relearn", "--json", "--db", db.url)
    assert code == 0 and json.loads(out)["pairs"] == len(PAIRS)

    code, out = run(capsys, "faq", "search", "汽车贷款怎么还钱", "--explain", "--limit", "3", "--db", db.url)
    assert code == 0
    first = out.split("\n 2.")[0]
    assert "汽车贷款还款计划" in first
    assert "还款" in first and "(learned for 还钱)" in first
    assert "stage 1 (BM25F)" in first
    assert "stage 2 (re-ranker) P(same meaning)" in first and "re-ranker features: " in first

    code, out = run(capsys, "faq", "search", "请问网上怎么还钱", "--explain", "--json", "--db", db.url)
    hit = json.loads(out)[0]
    assert hit["question"] == "网上银行还款操作步骤"
    assert hit["explain"]["phrasing"] == "请问网上怎么还钱"
    terms = hit["explain"]["terms"]
    assert terms and abs(sum(terms.values()) - hit["explain"]["stages"]["bm25f"]) < 0.01
    assert 0 < hit["explain"]["stages"]["rerank"] <= 1 and hit["confidence"] == hit["explain"]["stages"]["rerank"]
    assert set(hit["explain"]["rerank_features"]) >= {"in_order", "learned", "first_stage"}


def test_relearning_runs_when_enough_new_pairs_accrued(db):
    from liaison_app.core.search.learning import relearn_if_due

    with db.sessions.begin() as s:
        entries = make.faq_entries(s, [{"question": b, "answer": "见操作要点。"} for _a, b in PAIRS])
        assert relearn_if_due(s) is None  # nothing to learn from yet
        for (customer, _faq), entry in zip(PAIRS[:3], entries):
            add_similar(s, entry.id, customer, "typed", "test", generalised=False)
        first = relearn_if_due(s, every=3)
        assert first is not None and first.pairs == 3
        assert relearn_if_due(s, every=3) is None  # nothing new
        for (customer, _faq), entry in zip(PAIRS[3:], entries[3:]):
            add_similar(s, entry.id, customer, "typed", "test", generalised=False)
        again = relearn_if_due(s, every=3)
        assert again is not None and again.pairs == len(PAIRS) and again.version == first.version + 1
