"""The FAQ upkeep in core: counts per period, use tiers, pin/announce/retire/merge,
re-ordering, categories, flags and fixes, synonyms — on SQLite and PostgreSQL."""

from __future__ import annotations

import json
from datetime import timedelta

import pytest
from sqlalchemy import func, select

from liaison_app.core.faq import admin as faq_admin
from liaison_app.core.faq import categories as faq_categories
from liaison_app.core.faq import flags as faq_flags
from liaison_app.core.faq import synonyms as faq_synonyms
from liaison_app.core.faq import tiers as faq_tiers
from liaison_app.core.faq.edit import revise_entry
from liaison_app.core.faq.usage import Period, hits_per_entry
from liaison_app.core.models import (
    Agent,
    Bulletin,
    Category,
    Department,
    FaqEntry,
    FaqHit,
    Question,
    QuestionFaqLink,
)
from liaison_app.core.questions.workflow import DomainError
from liaison_app.core.search.faq_search import search_faq
from liaison_app.core.timeutil import utcnow
from tests import factories as make

NOW = utcnow()


def _entries(db, n, **extra):
    with db.sessions.begin() as s:
        entries = make.faq_entries(s, [{"question": f"問題{i}：信用卡年費", "answer": f"答案{i}",
                                             "keywords": [f"詞{i}"], **extra} for i in range(n)],
                                   revision="導入")
        return [e.id for e in entries]


def _hits(db, entry_id, count, days_ago):
    with db.sessions.begin() as s:
        for _ in range(count):
            s.add(FaqHit(entry_id=entry_id, at=NOW - timedelta(days=days_ago), actor="A1", kind="used"))
        s.get(FaqEntry, entry_id).hit_count += count


def test_counts_per_period_come_from_the_hit_events(db):
    a, b = _entries(db, 2)
    _hits(db, a, 3, days_ago=2)
    _hits(db, a, 5, days_ago=40)
    _hits(db, b, 1, days_ago=20)
    with db.session() as s:
        assert hits_per_entry(s, Period.last_days(7, NOW + timedelta(seconds=1))) == {a: 3}
        assert hits_per_entry(s, Period.last_days(30, NOW + timedelta(seconds=1))) == {a: 3, b: 1}
        assert hits_per_entry(s, Period.last_days(90, NOW + timedelta(seconds=1))) == {a: 8, b: 1}


def test_tiers_are_quartiles_of_a_known_history_with_ties_kept_together(db):
    ids = _entries(db, 8)
    # hits in the last 30 days: 0, 0, 1, 2, 3, 5, 9, 20; one old use does not count.
    for entry_id, count in zip(ids, (0, 0, 1, 2, 3, 5, 9, 20)):
        if count:
            _hits(db, entry_id, count, days_ago=3)
    _hits(db, ids[0], 50, days_ago=100)
    period = Period.last_days(30, NOW + timedelta(seconds=1))
    with db.session() as s:
        report = faq_tiers.use_tiers(s, period)
    tiers = {tier: [e.id for e in entries] for tier, entries in report.tiers.items()}
    assert tiers == {"very_high": [ids[7], ids[6]], "high": [ids[5], ids[4]],
                     "low": [ids[3], ids[2]], "very_low": [ids[0], ids[1]]}
    assert report.counts() == {"very_high": 2, "high": 2, "low": 2, "very_low": 2}
    assert report.tiers["very_high"][0].hits == 20

    with db.sessions.begin() as s:
        faq_tiers.save_tier_rules(s, faq_tiers.TierRules(mode="thresholds", very_high_min=9,
                                                         high_min=3, low_min=1))
    with db.session() as s:
        rules = faq_tiers.load_tier_rules(s)
        assert rules.mode == "thresholds" and rules.very_high_min == 9
        report = faq_tiers.use_tiers(s, period)
    assert [e.id for e in report.tiers["very_high"]] == [ids[7], ids[6]]
    assert [e.id for e in report.tiers["high"]] == [ids[5], ids[4]]
    assert [e.id for e in report.tiers["low"]] == [ids[3], ids[2]]
    with pytest.raises(DomainError, match="must fall"):
        faq_tiers.TierRules(mode="thresholds", very_high_min=2, high_min=3, low_min=1).check()


def test_pin_announce_and_retire(db):
    a, b = _entries(db, 2)
    with db.sessions.begin() as s:
        assert faq_admin.set_pinned(s, [a]) == 1
        bulletin_id = faq_admin.announce_entry(s, a, "王經理")
        assert faq_admin.retire_entries(s, [b], "王經理", "很少使用") == 1
    with db.session() as s:
        assert s.get(FaqEntry, a).pinned
        bulletin = s.get(Bulletin, bulletin_id)
        assert bulletin.faq_entry_id == a and bulletin.title == "問題0：信用卡年費"
        assert bulletin.valid_until > utcnow() + timedelta(days=13)
        retired = s.get(FaqEntry, b)
        assert retired.status == "retired" and retired.revision == 2
        assert retired.revisions[-1].note == "很少使用"
        assert [h.id for h in search_faq(s, "詞1", 5)] == []


def test_merge_carries_hits_links_and_revisions_over(db):
    keep, drop = _entries(db, 2)
    _hits(db, keep, 2, 1)
    _hits(db, drop, 3, 1)
    with db.sessions.begin() as s:
        agent = Agent(code="A1", name="李")
        s.add(agent)
        q1, q2 = Question(text="年費怎麼收"), Question(text="年費減免")
        s.add_all([q1, q2])
        s.flush()
        s.add_all([QuestionFaqLink(question_id=q1.id, entry_id=drop),
                   QuestionFaqLink(question_id=q2.id, entry_id=drop),
                   QuestionFaqLink(question_id=q2.id, entry_id=keep)])
    with db.sessions.begin() as s:
        from liaison_app.core.faq.similar_questions import add_similar

        add_similar(s, drop, "信用卡的年費要怎麼交", "typed", "王經理")
        add_similar(s, keep, "信用卡年費怎麼交", "typed", "王經理")
        add_similar(s, drop, "信用卡年费怎么交", "typed", "王經理")  # same key as keep's: skipped here
    with db.sessions.begin() as s:
        result = faq_admin.merge_entries(s, keep, drop, "王經理")
    assert (result.hits_moved, result.links_moved, result.revisions_copied) == (3, 1, 1)
    with db.session() as s:
        from liaison_app.core.faq.similar_questions import list_similar

        wordings = sorted(p.text for p in list_similar(s, keep))
        # The retired entry's wordings and its standard question now find the survivor.
        assert wordings == sorted(["信用卡年費怎麼交", "信用卡的年費要怎麼交", "問題1：信用卡年費"])
        assert list_similar(s, drop) == []
        assert search_faq(s, "信用卡的年費要怎麼交", 1)[0].id == keep
    with db.session() as s:
        survivor, other = s.get(FaqEntry, keep), s.get(FaqEntry, drop)
        assert survivor.hit_count == 5 and other.hit_count == 0
        assert s.scalar(select(func.count()).select_from(FaqHit).where(FaqHit.entry_id == keep)) == 5
        assert s.scalar(select(func.count()).select_from(QuestionFaqLink)
                        .where(QuestionFaqLink.entry_id == keep)) == 2
        assert other.status == "retired" and other.revisions[-1].note == f"merged into entry {keep}"
        assert [r.number for r in survivor.revisions] == [1, 2, 3] and survivor.revision == 3
        assert survivor.revisions[1].question == "問題1：信用卡年費"
        assert "詞1" in survivor.keywords
        # The survivor is now found by the merged entry's keyword; the retired one is not.
        assert [h.id for h in search_faq(s, "詞1", 5)] == [keep]
    with db.sessions.begin() as s, pytest.raises(DomainError, match="retired"):
        faq_admin.merge_entries(s, drop, keep, "王經理")


def test_reorder_within_a_category_and_move_entries(db):
    with db.sessions.begin() as s:
        card = Category(name="銀行卡")
        s.add(card)
        s.flush()
        card_id = card.id
    ids = _entries(db, 3, category_id=card_id)
    with db.sessions.begin() as s:
        assert faq_admin.move_in_category(s, ids[2], -1) == 1
    with db.session() as s:
        assert [r[0] for r in faq_admin.category_entries(s, card_id)] == [ids[0], ids[2], ids[1]]
    with db.sessions.begin() as s:
        loss = faq_categories.create_category(s, "掛失", card_id)
        assert faq_categories.move_entries(s, [ids[1], ids[0]], loss) == 2
    with db.session() as s:
        assert [r[0] for r in faq_admin.category_entries(s, loss)] == [ids[1], ids[0]]
        (root,) = faq_categories.category_tree(s)
        assert (root.name, root.own_count, root.total_count) == ("銀行卡", 1, 3)
        assert [(c.name, c.total_count) for c in root.children] == [("掛失", 2)]


def test_category_tree_refuses_cycles_and_taken_names(db):
    with db.sessions.begin() as s:
        card = faq_categories.create_category(s, "銀行卡")
        loss = faq_categories.create_category(s, "掛失", card)
        deep = faq_categories.create_category(s, "口頭掛失", loss)
        ebank = faq_categories.create_category(s, "網銀")
    with db.sessions.begin() as s:
        with pytest.raises(faq_categories.CategoryError, match="into itself or one of its sub"):
            faq_categories.move_category(s, card, deep)
        with pytest.raises(faq_categories.CategoryError, match="already a category '網銀'"):
            faq_categories.rename_category(s, card, "網銀")
        faq_categories.move_category(s, loss, ebank)
        faq_categories.rename_category(s, ebank, "電子銀行")
    with db.session() as s:
        assert faq_categories.category_path(s, deep) == ["電子銀行", "掛失", "口頭掛失"]


def test_flags_queue_by_department_and_a_fix_is_a_new_revision(db):
    with db.sessions.begin() as s:
        card, loans = Department(name="銀行卡部"), Department(name="個貸部")
        s.add_all([card, loans])
        s.flush()
        card_id, loans_id = card.id, loans.id
    (a,) = _entries(db, 1, department_id=card_id)
    (b,) = _entries(db, 1, department_id=loans_id)
    with db.sessions.begin() as s:
        f1 = faq_flags.flag_entry(s, a, "outdated", "年費標準已調整", "A1001")
        faq_flags.flag_entry(s, b, "unclear", "看不懂", "A1002")
        with pytest.raises(DomainError, match="unknown kind"):
            faq_flags.flag_entry(s, a, "ugly", "x", "A1")
    with db.session() as s:
        assert [f.id for f in faq_flags.list_flags(s, card_id)] == [f1]
        assert len(faq_flags.list_flags(s)) == 2 == faq_flags.open_flag_count(s)
    with db.sessions.begin() as s:
        number = revise_entry(s, a, "信用卡年費怎麼收？", "首年免年費，刷卡6次免次年年費。",
                              ["首年免費", "6次"], ["年費", "免年費"], "王經理", "年費新標準")
        faq_flags.resolve_flag(s, f1, "王經理", "已更新")
    assert number == 2
    with db.sessions.begin() as s, pytest.raises(DomainError, match="was changed by"):
        revise_entry(s, a, "舊的", "舊的", [], [], "李", expected_revision=1)
    with db.session() as s:
        entry = s.get(FaqEntry, a)
        assert entry.revisions[-1].number == 2 and entry.revisions[-1].author == "王經理"
        assert entry.revisions[-1].answer.startswith("首年免年費")
        # Issue 14 item 4: the fix waits for review while agents keep the published text.
        assert entry.status == "published" and entry.revision == 1 and entry.is_live
        assert not entry.answer.startswith("首年免年費")
        assert faq_flags.list_flags(s, card_id) == []
        (done,) = faq_flags.list_flags(s, card_id, open_only=False)
        assert done.resolved_by == "王經理" and done.resolution == "已更新" and done.resolved_at
    with db.sessions.begin() as s, pytest.raises(DomainError, match="already resolved"):
        faq_flags.resolve_flag(s, f1, "李", "")


def test_synonym_groups_widen_search(db):
    (entry,) = _entries(db, 1, status="draft")
    with db.sessions.begin() as s:
        revise_entry(s, entry, "跨行轉賬手續費", "網銀轉賬免費。", [], ["轉賬"], "王經理")
    with db.session() as s:
        assert search_faq(s, "匯款", 5, published_only=False) == []
    with db.sessions.begin() as s:
        group = faq_synonyms.add_group(s, faq_synonyms.parse_terms("轉賬 = 轉帳、匯款"))
        with pytest.raises(DomainError, match="at least two"):
            faq_synonyms.add_group(s, ["匯款", "匯款"])
        with pytest.raises(DomainError, match="'汇款' is already in synonym group"):
            faq_synonyms.add_group(s, ["汇款", "電匯"])
    with db.session() as s:
        assert faq_synonyms.synonym_list(s) == [(group, ["轉賬", "轉帳", "匯款"])]
        assert [h.id for h in search_faq(s, "匯款", 5, published_only=False)] == [entry]
    with db.sessions.begin() as s:
        faq_synonyms.replace_group(s, group, ["轉賬", "轉帳"])
    with db.session() as s:
        assert search_faq(s, "匯款", 5, published_only=False) == []
    with db.sessions.begin() as s:
        faq_synonyms.remove_group(s, group)
    with db.session() as s:
        assert faq_synonyms.synonym_list(s) == []


def test_cli_lists_adds_and_removes_synonym_groups_and_prints_tiers(db, capsys):
    from liaison_app.cli import main

    assert main(["faq", "synonyms", "--db", db.url, "--add", "轉賬,轉帳,匯款", "--json"]) == 0
    groups = json.loads(capsys.readouterr().out)
    assert [g["words"] for g in groups] == [["轉賬", "轉帳", "匯款"]]
    assert main(["faq", "synonyms", "--db", db.url, "--add", "转账,網銀"]) == 1
    assert "already in synonym group" in capsys.readouterr().err
    assert main(["faq", "synonyms", "--db", db.url, "--remove", str(groups[0]["id"]), "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == []
    (a, b, c, d) = _entries(db, 4)
    for entry_id, count in ((a, 4), (c, 1), (d, 2)):
        _hits(db, entry_id, count, days_ago=1)
    assert main(["faq", "tiers", "--db", db.url, "--days", "7", "--json"]) == 0
    tiers = json.loads(capsys.readouterr().out)["tiers"]
    assert [e["id"] for e in tiers["very_high"]] == [a] and [e["id"] for e in tiers["very_low"]] == [b]
