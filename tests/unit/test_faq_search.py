"""FAQ keyword search: two-character Chinese words, both scripts, codes and digits,
ranking by where the words are found, synonyms, eligibility, and an index that follows
every change."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import delete, select

from liaison_app.core.models import FaqEntry, FaqIndexedDoc, FaqPosting, Synonym
from liaison_app.core.search.faq_index import index_entries, rebuild_index
from liaison_app.core.search.faq_search import search_faq
from liaison_app.core.search.folding import fold, query_terms, units
from liaison_app.core.timeutil import utcnow
from tests import factories as make

ENTRIES = {
    "loss": ("信用卡遺失如何掛失？", "請立即撥打95599辦理掛失，或在手機銀行「卡片管理」中臨時掛失。",
             ["掛失", "遺失"], ["確認身分", "凍結卡片", "補辦新卡"]),
    "ushield": ("U盾證書過期怎麼辦？", "攜帶身分證與U盾到任一網點櫃檯更新證書。", ["U盾", "證書"], []),
    "atm": ("ATM取款時吞卡怎麼處理？", "聯絡吞卡的銀行，三個工作日內持身分證到網點領回。", ["ATM", "吞卡"], []),
    "rate": ("定期存款提前支取怎麼計息？", "提前支取的部分按支取日活期利率0.05%計息。", ["定期", "提前支取"], []),
    "transfer": ("手機銀行轉賬限額怎麼調整？", "登錄手機銀行，在安全設定中調整轉賬限額；卡片遺失時請先掛失。",
                 ["轉賬", "限額"], []),
    "annual_fee": ("信用卡年費如何減免？", "金卡當年刷卡滿六次可免次年年費。", ["年費"], []),
}


@pytest.fixture
def faq(db):
    with db.sessions.begin() as session:
        entries = make.faq_entries(session, [
            {"question": question, "answer": answer, "keywords": keywords, "key_points": points}
            for question, answer, keywords, points in ENTRIES.values()])
    return dict(zip(ENTRIES, (e.id for e in entries)))


def _search(db, query, **kw):
    with db.session() as session:
        return search_faq(session, query, **kw)


def test_folding_makes_scripts_widths_and_case_equal():
    assert fold("掛失") == fold("挂失")
    assert fold("ＡＴＭ") == fold("atm")
    assert units("利率0.05%，撥打95599") == [["利", "率", "0.05%"], ["拨", "打", "95599"]]
    assert query_terms("掛失") == ("挂失",)


@pytest.mark.parametrize("query", ["掛失", "挂失"])
def test_two_character_query_in_either_script_finds_the_card_loss_entry_first(db, faq, query):
    hits = _search(db, query)
    assert hits[0].id == faq["loss"]
    # The transfer entry mentions 掛失 only in passing, so it ranks below.
    assert [h.id for h in hits].index(faq["transfer"]) > 0


@pytest.mark.parametrize("query,key", [("U盾", "ushield"), ("atm", "atm"), ("ＡＴＭ", "atm"),
                                       ("0.05%", "rate"), ("95599", "loss"), ("轉帳限額", None)])
def test_codes_digits_and_latin_words(db, faq, query, key):
    hits = _search(db, query)
    if key is None:
        # 轉帳 differs from 轉賬 in one character: only 限額 matches, still the right entry.
        assert hits and hits[0].id == faq["transfer"]
    else:
        assert hits and hits[0].id == faq[key]


def test_title_and_keyword_matches_beat_an_incidental_word_in_the_answer(db, faq):
    hits = _search(db, "遺失")
    ids = [h.id for h in hits]
    assert ids[0] == faq["loss"] and faq["transfer"] in ids[1:]


def test_synonyms_widen_the_query(db, faq):
    assert all(h.id != faq["transfer"] for h in _search(db, "匯款"))
    with db.sessions.begin() as session:
        session.add_all([Synonym(group_id=1, term="轉賬"), Synonym(group_id=1, term="匯款")])
    hits = _search(db, "匯款")
    assert hits and hits[0].id == faq["transfer"]


def test_agents_see_only_published_unexpired_entries(db, faq):
    with db.sessions.begin() as session:
        session.get(FaqEntry, faq["ushield"]).status = "draft"
        session.get(FaqEntry, faq["atm"]).valid_until = utcnow() - timedelta(days=1)
    assert _search(db, "U盾") == []
    assert _search(db, "吞卡") == []
    assert _search(db, "U盾", published_only=False)[0].id == faq["ushield"]
    assert _search(db, "吞卡", published_only=False)[0].id == faq["atm"]


def test_index_follows_edits_and_deletes(db, faq):
    with db.sessions.begin() as session:
        entry = session.get(FaqEntry, faq["annual_fee"])
        entry.question = "信用卡年費與分期手續費如何減免？"
        index_entries(session, [entry.id])
    assert _search(db, "手續費")[0].id == faq["annual_fee"]
    with db.sessions.begin() as session:
        session.execute(delete(FaqEntry).where(FaqEntry.id == faq["annual_fee"]))
        index_entries(session, [faq["annual_fee"]])  # the deleting service's duty
    assert _search(db, "年費") == []
    with db.session() as session:
        assert session.get(FaqIndexedDoc, faq["annual_fee"]) is None
        assert session.get(FaqPosting, "年费") is None  # no other entry has it
        assert session.get(FaqPosting, "信用") is not None


def test_rebuild_gives_the_same_results(db, faq):
    before = [h.id for h in _search(db, "信用卡掛失")]
    with db.sessions.begin() as session:
        assert rebuild_index(session) == len(ENTRIES)
    # The rebuild measures the base's average length (before it, a typical one is
    # assumed): scores move, the order does not.
    rebuilt = [(h.id, round(h.score, 6)) for h in _search(db, "信用卡掛失")]
    assert [i for i, _s in rebuilt] == before and before
    # Entries indexed one by one after a rebuild are weighted with its measured average:
    # re-indexing them all changes nothing.
    with db.sessions.begin() as session:
        index_entries(session, list(faq.values()))
    assert [(h.id, round(h.score, 6)) for h in _search(db, "信用卡掛失")] == rebuilt


def test_empty_and_unknown_queries(db, faq):
    assert _search(db, "") == []
    assert _search(db, "，。！") == []
    assert _search(db, "量子計算") == []


def test_limit(db, faq):
    assert len(_search(db, "卡", limit=2)) == 2


def test_two_writers_adding_the_same_new_term_both_succeed(db, faq):
    """On a shared PostgreSQL database two managers may index the same brand-new word at
    once; the second waits for the first instead of failing on the term's row."""
    import threading

    if db.engine.dialect.name != "postgresql":
        pytest.skip("SQLite has one writer at a time by design")
    barrier = threading.Barrier(2)
    errors: list[Exception] = []

    def write(question: str) -> None:
        try:
            with db.sessions.begin() as session:
                entry = FaqEntry(question=question, answer="新詞測試", status="published")
                barrier.wait(timeout=10)
                session.add(entry)
                session.flush()  # the database's flush hook indexes the entry
        except Exception as exc:  # noqa: BLE001
            errors.append(exc)

    threads = [threading.Thread(target=write, args=(q,)) for q in ("鑫鑫卡如何開通", "鑫鑫卡如何註銷")]
    for t in threads:
        t.start()
    for t in threads:
        t.join(30)
    assert errors == []
    assert len(_search(db, "鑫鑫")) == 2


def test_every_posting_counts_not_only_the_first_thousand(db):
    """Two common words, each in 1,200 equally weighted entries, and one entry with both,
    written last: it must come first (a cut at 1,000 postings per term never saw it)."""
    with db.sessions.begin() as session:
        make.faq_entries(session, [{"question": f"信用卡年費說明{i}", "answer": "見附件"} for i in range(1200)]
                         + [{"question": f"貸款還款方式{i}", "answer": "見附件"} for i in range(1200)]
                         + [{"question": f"網銀登錄問題{i}", "answer": "見附件"} for i in range(1200)]
                         + [{"question": "信用卡還款辦理須知事項", "answer": "見附件"}], index=False)
        rebuild_index(session)
        both = session.scalar(select(FaqEntry.id).where(FaqEntry.question == "信用卡還款辦理須知事項"))
    hits = _search(db, "信用卡 還款", limit=5)
    assert hits[0].id == both
    assert set(hits[0].matched) >= {"信用", "还款"}


def test_pruned_scoring_equals_scoring_everything():
    """MaxScore keeps exactly the best documents scoring every posting would give."""
    import random
    from array import array

    from liaison_app.core.search.faq_search import score_postings

    rnd = random.Random(5)
    for trial in range(30):
        lists, factor = {}, {}
        for t in range(rnd.randint(1, 8)):
            ids = sorted(rnd.sample(range(1, 3000), rnd.randint(1, 2500)))
            lists[f"t{t}"] = (array("i", ids), array("f", [rnd.uniform(0.2, 2.2) for _ in ids]))
            factor[f"t{t}"] = rnd.uniform(0.5, 9.0)
        full: dict[int, float] = {}
        for term, (ids, ws) in lists.items():
            for doc, w in zip(ids, ws):
                full[doc] = full.get(doc, 0.0) + factor[term] * w
        keep = rnd.choice([5, 50, 200])
        pruned = score_postings(lists, factor, keep)
        best = sorted(full, key=lambda d: (-full[d], d))[:keep]
        assert sorted(pruned, key=lambda d: (-pruned[d], d))[:keep] == best, trial
        assert all(abs(pruned[d] - full[d]) < 1e-9 for d in best)


def test_first_import_measures_the_base_and_matches_a_rebuild(db, tmp_path):
    import json

    from liaison_app.core.faq.file_import import import_faq
    from liaison_app.core.search.faq_index import length_measured

    src = tmp_path / "faq.jsonl"
    src.write_text("".join(json.dumps({"question": q, "answer": a, "category": "卡"}, ensure_ascii=False) + "\n"
                           for q, a, _k, _p in ENTRIES.values()), encoding="utf-8")
    with db.sessions.begin() as session:
        import_faq(session, src, actor="test")
    with db.session() as session:
        assert length_measured(session)
    imported = [(h.id, round(h.score, 6)) for h in _search(db, "信用卡掛失")]
    with db.sessions.begin() as session:
        rebuild_index(session)
    assert imported and [(h.id, round(h.score, 6)) for h in _search(db, "信用卡掛失")] == imported


def test_cached_synonyms_follow_a_term_renamed_in_place(db, faq):
    """The folded groups are kept between searches; a term changed by any path (here raw
    SQL, no flush hook) is seen by the next search."""
    from sqlalchemy import update

    with db.sessions.begin() as session:
        session.add_all([Synonym(group_id=1, term="轉賬"), Synonym(group_id=1, term="匯款")])
    assert _search(db, "匯款")[0].id == faq["transfer"]
    with db.engine.begin() as conn:
        conn.execute(update(Synonym).where(Synonym.term == "匯款").values(term="撥款"))
    assert all(h.id != faq["transfer"] for h in _search(db, "匯款"))
    assert _search(db, "撥款")[0].id == faq["transfer"]


def test_cached_document_count_follows_entries_and_similar_questions(db, faq):
    """The count is kept between searches and follows every change the app makes:
    entries added (by any desk: the change log) and similar questions added and deleted."""
    from sqlalchemy import func, select

    from liaison_app.core.faq.similar_questions import SOURCES, add_similar, drop
    from liaison_app.core.models import FaqSimilar
    from liaison_app.core.search.faq_search import document_count

    def actual(session) -> int:
        return (session.scalar(select(func.count()).select_from(FaqEntry))
                + session.scalar(select(func.count()).select_from(FaqSimilar)))

    with db.session() as session:
        assert document_count(session) == actual(session) == len(ENTRIES)
    with db.sessions.begin() as session:
        make.faq_entries(session, [{"question": "外幣匯款手續費？", "answer": "按金額收取。"}])
    with db.session() as session:
        assert document_count(session) == actual(session) == len(ENTRIES) + 1
    with db.sessions.begin() as session:
        source = min(SOURCES)
        older = add_similar(session, faq["loss"], "卡丟了怎麼辦", source, "test")
        newest = add_similar(session, faq["loss"], "卡片不見了要補辦", source, "test")
        assert older is not None and newest is not None
        older_id = older.id
    with db.session() as session:
        assert document_count(session) == actual(session) == len(ENTRIES) + 3
    with db.sessions.begin() as session:
        drop(session, older_id)  # not the newest: only the count of them moves
    with db.session() as session:
        assert document_count(session) == actual(session) == len(ENTRIES) + 2
