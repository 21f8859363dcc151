"""FAQ search at the FAQ page's result limit: the first stage keeps `limit` and half as
many documents again (not 20 per hit), looks further when too few of them are eligible,
and past a postings budget lets the common terms only re-score the best so far. What a
user sees must not change: both scripts find the same entries, the entry a whole question
is about still comes first, and no eligible entry is lost behind ineligible ones."""

from __future__ import annotations

import pytest

from liaison_app.core.models import FaqStatus
from liaison_app.core.search import faq_search
from liaison_app.core.search.faq_index import rebuild_index
from liaison_app.core.search.faq_search import search_faq
from tests import factories as make

# The FAQ page's own limit (ui/models/browse.py FaqModel.SEARCH_LIMIT), kept here as a
# number so this test needs no Qt.
PAGE_LIMIT = 300

TARGET = "信用卡境外消費被盜刷如何申請拒付？"


@pytest.fixture
def base(db):
    """A few thousand entries sharing the common words of bank questions, and one entry
    the whole question below is about."""
    topics = ["信用卡還款", "借記卡掛失", "手機銀行轉賬", "網銀登錄", "定期存款", "外匯兌換"]
    rows = [{"question": f"{topic}問題第{i}號，客戶如何辦理？", "answer": "請客戶攜帶身分證到網點辦理。"}
            for i in range(500) for topic in topics]
    rows += [{"question": f"客戶的信用卡境外消費第{i}筆如何查詢？", "answer": "見附件。"} for i in range(300)]
    rows += [{"question": TARGET, "answer": "請立即致電凍結卡片，並在賬單日後提交拒付申請。"}]
    with db.sessions.begin() as session:
        make.faq_entries(session, rows, index=False)
        rebuild_index(session)
    with db.session() as session:
        target = next(h.id for h in search_faq(session, TARGET, 5, published_only=False)
                      if h.question == TARGET)
    return target


def _ids(db, query, limit=PAGE_LIMIT, **kw):
    with db.session() as session:
        return [h.id for h in search_faq(session, query, limit, **kw)]


def test_both_scripts_find_the_same_entries_at_the_page_limit(db, base):
    traditional = _ids(db, "掛失", published_only=False)
    assert len(traditional) == PAGE_LIMIT  # 500 entries mention it: the page fills
    assert _ids(db, "挂失", published_only=False) == traditional
    assert _ids(db, "信用卡還款", published_only=False) == _ids(db, "信用卡还款", published_only=False)


def test_a_whole_question_finds_its_entry_first_past_the_postings_budget(db, base, monkeypatch):
    question = "客戶反映信用卡在境外消費時被盜刷了，請問如何申請拒付？客戶較著急，請儘快答覆。"
    exact = _ids(db, question, published_only=False, limit=10)
    # A budget this small caps the candidates after the first, rarest terms.
    monkeypatch.setattr(faq_search, "POSTINGS_BUDGET", 50)
    capped = _ids(db, question, published_only=False, limit=10)
    assert exact[0] == base
    assert capped[0] == base
    monkeypatch.setattr(faq_search, "POSTINGS_BUDGET", None)
    assert _ids(db, question, published_only=False, limit=10) == exact


def test_short_queries_stay_exact_under_the_budget(db, base, monkeypatch):
    """A two- or three-term query never reaches the budget's cap: same ranking as scoring
    every posting with the cap off."""
    for query in ("境外消費", "信用卡還款", "拒付"):
        monkeypatch.setattr(faq_search, "POSTINGS_BUDGET", 20_000)
        budgeted = _ids(db, query, published_only=False)
        monkeypatch.setattr(faq_search, "POSTINGS_BUDGET", None)
        assert _ids(db, query, published_only=False) == budgeted, query


def test_eligible_entries_are_found_behind_many_better_drafts(db):
    """The first documents kept (200 for ten hits) are all drafts: search looks further
    instead of returning fewer hits than there are published entries."""
    drafts = [{"question": f"掛失補卡問題{i}", "answer": "草稿。", "keywords": ["掛失"],
               "status": FaqStatus.DRAFT} for i in range(400)]
    published = [{"question": f"其他業務{i}", "answer": f"辦理第{i}項業務前如遇卡片遺失請先掛失。"}
                 for i in range(15)]
    with db.sessions.begin() as session:
        make.faq_entries(session, drafts + published, index=False)
        rebuild_index(session)
    with db.session() as session:
        hits = search_faq(session, "掛失", 10)
        every = search_faq(session, "掛失", 10, published_only=False)
    assert len(hits) == 10
    assert all(h.question.startswith("其他業務") for h in hits)
    assert all(h.status == FaqStatus.DRAFT for h in every)  # the drafts do rank first
