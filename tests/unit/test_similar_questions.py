"""Similar questions (相似問): capture in the workflow, masking, folding, ranking, files."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import func, select

from liaison_app.core.faq.export import export_faq
from liaison_app.core.faq.file_import import import_faq
from liaison_app.core.faq.similar_questions import (
    add_similar,
    count_new,
    drop,
    generalise,
    keep,
    list_similar,
    phrasing_key,
)
from liaison_app.core.models import FaqEntry, FaqSimilar
from liaison_app.core.questions.triage import answer_from_faq, merge
from liaison_app.core.questions.workflow import DomainError
from liaison_app.core.search.faq_index import rebuild_index
from liaison_app.core.search.faq_search import search_faq
from tests import factories as make

ME = "王經理"


@pytest.fixture
def base(db):
    with db.session() as s, s.begin():
        make.agents(s)
        entries = make.faq_entries(s, [
            {"question": "如何更換信用卡的自動還款綁定卡？", "answer": "登錄手機銀行，在信用卡還款設置中更換。"},
            {"question": "信用卡還款日是哪一天？", "answer": "每月賬單日後第20天。"},
            {"question": "借記卡丟失後如何掛失？", "answer": "撥打95599。"},
        ])
        return {"rebind": entries[0].id, "due": entries[1].id, "loss": entries[2].id}


def forward(db, agent, text) -> int:
    return make.forward(db, agent, text).question_id


def search(db, text):
    with db.session() as s:
        return search_faq(s, text, 3)


def test_customer_details_and_agent_framing_are_removed():
    assert generalise("客戶來電諮詢：客戶張先生卡號6222 0212 3456 7890 123的信用卡2026-11-20被盜刷5,000元，"
                      "能退款嗎？客戶較著急，請儘快答覆。") == "信用卡被盜刷，能退款嗎？"
    assert generalise("客户身份证号11010119900307123X，手机13812345678，社保卡丢了怎么补") == \
        "社保卡丢了怎么补"
    assert "6222" not in generalise("卡號 6222-0212-3456-7890 凍結了")


def test_near_identical_phrasings_fold_to_one_key():
    assert phrasing_key("信用卡  掛失，後能退款嗎？") == phrasing_key("信用卡挂失后能退款吗")
    assert phrasing_key("ＡＴＭ吞卡") == phrasing_key("atm 吞卡")
    assert phrasing_key("信用卡掛失") != phrasing_key("借記卡掛失")


def test_answering_from_faq_captures_the_wording_and_the_next_paraphrase_finds_it(db, base):
    wording = "每月自己扣錢的那張卡想改一下"
    # Keyword search alone finds the entry for the customers' words weakly if at all
    # (a shared character or two).
    before = {h.id: h.score for h in search(db, "扣钱的那张卡怎么改")}
    qid = forward(db, "A1001", f"客戶來電諮詢：{wording}？客戶較著急，請儘快答覆。")
    with db.session() as s, s.begin():
        answer_from_faq(s, qid, base["rebind"], ME)
    with db.session() as s:
        phrasings = list_similar(s, base["rebind"])
        assert [(p.text, p.source, p.question_ref, p.status) for p in phrasings] == \
            [("每月自己扣錢的那張卡想改一下？", "question", f"LQ-{qid:06d}", "new")]
    hits = search(db, "扣钱的那张卡怎么改")  # the next customer, other words and script
    assert hits[0].id == base["rebind"] and hits[0].phrasing == "每月自己扣錢的那張卡想改一下？"
    assert hits[0].score > 2 * before.get(base["rebind"], 0)


def test_dont_add_leaves_the_entry_alone(db, base):
    qid = forward(db, "A1001", "還款的卡怎麼換")
    with db.session() as s, s.begin():
        answer_from_faq(s, qid, base["rebind"], ME, capture=False)
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(FaqSimilar)) == 0


def test_merged_duplicates_wordings_are_captured_too(db, base):
    first = forward(db, "A1001", "綁定還款的卡能換嗎")
    second = forward(db, "A1002", "自動還款扣款卡想改成另一張")
    with db.session() as s, s.begin():
        merge(s, second, first, ME)
        answer_from_faq(s, first, base["rebind"], ME)
    with db.session() as s:
        got = {(p.text, p.source) for p in list_similar(s, base["rebind"])}
        assert got == {("綁定還款的卡能換嗎", "question"), ("自動還款扣款卡想改成另一張", "merged")}


def test_same_wording_twice_is_stored_once_and_review_list(db, base):
    with db.session() as s, s.begin():
        a = add_similar(s, base["due"], "信用卡幾號還款？", "typed", ME)
        assert add_similar(s, base["due"], "信用卡几号还款", "typed", ME) is None
        assert add_similar(s, base["due"], "信用卡還款日是哪一天", "typed", ME) is None  # the standard question
        b = add_similar(s, base["due"], "每個月哪天要還信用卡", "typed", ME)
        a_id, b_id = a.id, b.id
    with db.session() as s, s.begin():
        assert count_new(s) == 2
        keep(s, a_id, text="信用卡每月幾號還款？")
        drop(s, b_id)
    with db.session() as s:
        assert [(p.text, p.status) for p in list_similar(s, base["due"])] == [("信用卡每月幾號還款？", "kept")]
        with pytest.raises(DomainError):
            keep(s, 999, None)
    # The dropped one no longer matches.
    assert all(h.phrasing != "每個月哪天要還信用卡" for h in search(db, "每個月哪天要還信用卡"))


def test_many_phrasings_do_not_crowd_out_a_better_single_match(db, base):
    with db.session() as s, s.begin():
        for text in ("信用卡怎麼還款", "信用卡還款方式有哪些", "信用卡可以用支付寶還款嗎", "信用卡還款到賬要多久"):
            add_similar(s, base["due"], text, "typed", ME)
    hits = search(db, "借記卡丟失掛失")
    assert hits[0].id == base["loss"]
    # An entry with many loosely related phrasings ranks by its best one, not their sum.
    hits = search(db, "如何更換自動還款綁定卡")
    assert hits[0].id == base["rebind"]


def test_rebuild_keeps_phrasings_searchable(db, base):
    with db.session() as s, s.begin():
        add_similar(s, base["rebind"], "還款的卡怎麼換", "typed", ME)
    with db.session() as s, s.begin():
        rebuild_index(s)
    assert search(db, "還款的卡怎麼換")[0].phrasing == "還款的卡怎麼換"


def test_import_and_export_carry_similar_questions(db, tmp_path):
    src = tmp_path / "faq.jsonl"
    src.write_text(json.dumps({"question": "U盾過期怎麼辦？", "answer": "到網點更換。",
                               "similar": ["U盾過期了", "u盾过期了", "U盾證書到期怎麼換"]},
                              ensure_ascii=False) + "\n", encoding="utf-8")
    with db.session() as s, s.begin():
        result = import_faq(s, src, actor=ME)
        assert result.imported == 1
    with db.session() as s:
        assert sorted(p.text for p in list_similar(s)) == ["U盾證書到期怎麼換", "U盾過期了"]
    assert search(db, "U盾證書到期怎麼換")[0].phrasing == "U盾證書到期怎麼換"
    with db.session() as s:
        export_faq(s, tmp_path / "out.jsonl", "jsonl")
        export_faq(s, tmp_path / "out.csv", "csv")
    record = json.loads((tmp_path / "out.jsonl").read_text(encoding="utf-8").splitlines()[0])
    assert record["similar"] == ["U盾過期了", "U盾證書到期怎麼換"]
    # The CSV's similar column (one per line) imports back as the same phrasings.
    with db.session() as s, s.begin():
        s.execute(FaqEntry.__table__.delete())
    with db.session() as s, s.begin():
        import_faq(s, tmp_path / "out.csv", actor=ME)
    with db.session() as s:
        assert sorted(p.text for p in list_similar(s)) == ["U盾證書到期怎麼換", "U盾過期了"]


def test_creating_an_entry_from_a_question_links_it_and_keeps_the_wording(db, base):
    from liaison_app.core.faq.drafts import create_entry, draft_from_question
    from liaison_app.core.models import Question, QuestionFaqLink

    qid = forward(db, "A1001", "客戶來電諮詢：客戶王先生卡號6222021234567890123的U盾證書過期了，網銀登不上怎麼辦？")
    with db.session() as s, s.begin():
        with pytest.raises(DomainError, match="no answer yet"):
            draft_from_question(s, qid)
        q = s.get(Question, qid)
        q.status, q.answer = "answered", "到網點更新U盾證書。\n• 帶身份證\n• 帶U盾"
    with db.session() as s:
        draft = draft_from_question(s, qid)
    assert draft.question == "U盾證書過期了，網銀登不上怎麼辦？"
    assert (draft.answer, draft.key_points) == ("到網點更新U盾證書。", ["帶身份證", "帶U盾"])
    draft.question = "U盾證書過期後如何更新？"
    with db.session() as s, s.begin():
        entry_id = create_entry(s, draft, ME).id
    with db.session() as s:
        entry = s.get(FaqEntry, entry_id)
        assert (entry.status, entry.revision, entry.key_points) == ("draft", 1, ["帶身份證", "帶U盾"])
        assert s.get(QuestionFaqLink, (qid, entry_id)).relation == "created"
        assert [(p.text, p.source) for p in list_similar(s, entry_id)] == \
            [("U盾證書過期了，網銀登不上怎麼辦？", "created")]
        assert search_faq(s, "u盾证书过期了网银登不上", published_only=False)[0].id == entry_id
