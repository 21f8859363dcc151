"""Filtering, sorting and paging the question list in SQL (the Inbox and `liaison questions`)."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

import pytest
from sqlalchemy import text

from liaison_app.core.models import (
    Agent,
    Department,
    Question,
    QuestionAgent,
    QuestionStatus,
    question_ref,
)
from liaison_app.core.questions.listing import (
    SORT_KEYS,
    QuestionFilter,
    count_questions,
    fetch_page,
    overdue_count,
    status_counts,
)

S = QuestionStatus
BEIJING = timezone(timedelta(hours=8))
T0 = datetime(2026, 2, 1, 0, 0, tzinfo=UTC)


@pytest.fixture
def listed(db):
    """Nine questions with known departments, agents, products, due times and texts."""
    now = datetime.now(UTC)
    past, future = now - timedelta(days=1), now + timedelta(days=1)
    with db.session() as session:
        card, deposit = Department(name="信用卡中心"), Department(name="個人存款部")
        li, chen, zhang = (Agent(code=c, name=n) for c, n in
                           (("A1", "李小明"), ("A2", "陳美玲"), ("A3", "張偉")))
        session.add_all([card, deposit, li, chen, zhang])
        specs = [
            # key: (text, context, product, status, department, due)
            ("annual", "信用卡年費能否減免？", "客戶 VIP，來電兩次", "信用卡", S.NEW, card, past),
            ("percent", "網銀轉賬提示 100% 失敗", "", "網銀", S.AWAITING_DEPARTMENT, deposit, past),
            ("atm", "ATM 吞卡如何取回", "", "借記卡", S.ANSWER_RECEIVED, card, future),
            ("underscore", "字段 a_b 顯示錯誤", "", "網銀", S.CLOSED, None, past),
            ("axb", "字段 axb 顯示錯誤", "", "網銀", S.ANSWERED, None, past),
            ("faq", "存款證明如何開立", "", "存款", S.ANSWERED_FROM_FAQ, deposit, past),
            ("nodue", "外幣匯款到賬時間", "", "外匯", S.NEW, None, None),
            ("backslash", "匯出路徑 C:\\銀行\\報表 無法打開", "", "網銀", S.REJECTED, None, None),
            ("dup", "信用卡年費可以免嗎", "", "信用卡", S.DUPLICATE, card, past),
        ]
        questions = {}
        for i, (key, body, context, product, status, dept, due) in enumerate(specs):
            q = Question(text=body, customer_context=context, product=product, status=status,
                         department=dept, due_at=due, created_at=T0 + timedelta(hours=i))
            session.add(q)
            session.flush()
            questions[key] = q
        session.add_all([
            QuestionAgent(question=questions["annual"], agent=li),
            QuestionAgent(question=questions["percent"], agent=chen),
            QuestionAgent(question=questions["atm"], agent=li),
            QuestionAgent(question=questions["dup"], agent=zhang),
            # Zhang's duplicate was merged: Zhang now waits for the main question too.
            QuestionAgent(question=questions["annual"], agent=zhang,
                          via_question_id=questions["dup"].id),
        ])
        session.commit()
        ids = {key: q.id for key, q in questions.items()}
        refs = {"card": card.id, "deposit": deposit.id, "li": li.id, "chen": chen.id,
                "zhang": zhang.id}
    return db, ids, refs


def _ids(db, filt: QuestionFilter) -> list[int]:
    with db.session() as session:
        rows = fetch_page(session, filt, 0, 1000, sort="id", descending=False)
        assert count_questions(session, filt) == len(rows)
        return [r.id for r in rows]


def _keys(ids: dict[str, int], *keys: str) -> list[int]:
    return sorted(ids[k] for k in keys)


def test_no_filter_lists_everything(listed):
    db, ids, _ = listed
    assert _ids(db, QuestionFilter()) == sorted(ids.values())


def test_filter_by_status(listed):
    db, ids, _ = listed
    assert _ids(db, QuestionFilter(statuses=(S.NEW,))) == _keys(ids, "annual", "nodue")
    assert _ids(db, QuestionFilter(statuses=(S.CLOSED, S.REJECTED))) == _keys(
        ids, "underscore", "backslash")


def test_filter_by_department(listed):
    db, ids, refs = listed
    assert _ids(db, QuestionFilter(department_id=refs["deposit"])) == _keys(
        ids, "percent", "faq")


def test_filter_by_agent_includes_merged_duplicates(listed):
    db, ids, refs = listed
    assert _ids(db, QuestionFilter(agent_id=refs["li"])) == _keys(ids, "annual", "atm")
    assert _ids(db, QuestionFilter(agent_id=refs["zhang"])) == _keys(ids, "annual", "dup")


def test_filter_by_product_is_exact(listed):
    db, ids, _ = listed
    assert _ids(db, QuestionFilter(product="信用卡")) == _keys(ids, "annual", "dup")
    assert _ids(db, QuestionFilter(product="信用")) == []


def test_overdue_means_a_department_answer_is_late(listed):
    db, ids, _ = listed
    # Only questions still awaiting a department count; answered, found in the FAQ,
    # closed, rejected and duplicate questions are past due but no longer wait on it.
    expected = _keys(ids, "percent")
    assert _ids(db, QuestionFilter(overdue=True)) == expected
    with db.session() as session:
        assert overdue_count(session) == len(expected)


def test_created_range_is_from_inclusive_to_exclusive_in_any_time_zone(listed):
    db, ids, _ = listed
    # T0+1h .. T0+3h expressed in Beijing time: the same instants.
    filt = QuestionFilter(created_from=(T0 + timedelta(hours=1)).astimezone(BEIJING),
                          created_to=(T0 + timedelta(hours=3)).astimezone(BEIJING))
    assert _ids(db, filt) == _keys(ids, "percent", "atm")
    assert _ids(db, QuestionFilter(created_from=T0 + timedelta(hours=7))) == _keys(
        ids, "backslash", "dup")
    assert _ids(db, QuestionFilter(created_to=T0 + timedelta(minutes=1))) == _keys(ids, "annual")


def test_text_matches_question_text_or_customer_context(listed):
    db, ids, _ = listed
    assert _ids(db, QuestionFilter(text="年費")) == _keys(ids, "annual", "dup")
    assert _ids(db, QuestionFilter(text="VIP")) == _keys(ids, "annual")
    assert _ids(db, QuestionFilter(text="  吞卡  ")) == _keys(ids, "atm")
    assert _ids(db, QuestionFilter(text="不存在的詞")) == []


def test_text_ignores_letter_case_on_every_backend(listed):
    db, ids, _ = listed
    assert _ids(db, QuestionFilter(text="atm")) == _keys(ids, "atm")
    assert _ids(db, QuestionFilter(text="vip")) == _keys(ids, "annual")


@pytest.mark.parametrize("typed", ["ref", "lower", "bare"])
def test_text_finds_a_question_by_its_reference(listed, typed):
    db, ids, _ = listed
    qid = ids["atm"]
    query = {"ref": question_ref(qid), "lower": question_ref(qid).lower(),
             "bare": f"LQ{qid}"}[typed]
    assert _ids(db, QuestionFilter(text=query)) == [qid]


def test_reference_lq_000003_finds_question_3(listed):
    db, ids, _ = listed
    assert ids["atm"] == 3  # a fresh database numbers from 1
    assert _ids(db, QuestionFilter(text="LQ-000003")) == [3]


def test_percent_underscore_and_backslash_are_literal(listed):
    db, ids, _ = listed
    assert _ids(db, QuestionFilter(text="100%")) == _keys(ids, "percent")
    assert _ids(db, QuestionFilter(text="%")) == _keys(ids, "percent")
    assert _ids(db, QuestionFilter(text="a_b")) == _keys(ids, "underscore")
    assert _ids(db, QuestionFilter(text="_")) == _keys(ids, "underscore")
    assert _ids(db, QuestionFilter(text="C:\\銀行")) == _keys(ids, "backslash")
    assert _ids(db, QuestionFilter(text="\\")) == _keys(ids, "backslash")


def test_filters_combine(listed):
    db, ids, refs = listed
    filt = QuestionFilter(statuses=(S.NEW, S.DUPLICATE), department_id=refs["card"],
                          text="年費", agent_id=refs["zhang"])
    assert _ids(db, filt) == _keys(ids, "annual", "dup")
    assert _ids(db, QuestionFilter(overdue=True, product="網銀")) == _keys(ids, "percent")


def test_rows_carry_what_the_inbox_shows(listed):
    db, ids, _ = listed
    with db.session() as session:
        rows = {r.id: r for r in fetch_page(session, QuestionFilter(), 0, 100)}
    annual = rows[ids["annual"]]
    assert annual.department == "信用卡中心"
    assert annual.agent_count == 2
    assert annual.first_agent in ("李小明", "張偉")
    assert annual.created_at == T0
    assert annual.read_at is None
    nodue = rows[ids["nodue"]]
    assert (nodue.department, nodue.due_at, nodue.agent_count, nodue.first_agent) == (
        None, None, 0, None)


def test_default_order_is_newest_first(listed):
    db, ids, _ = listed
    with db.session() as session:
        rows = fetch_page(session, QuestionFilter(), 0, 3)
    assert [r.id for r in rows] == [ids["dup"], ids["backslash"], ids["nodue"]]


def test_status_counts_has_every_state(listed):
    db, _, _ = listed
    with db.session() as session:
        counts = status_counts(session)
    assert counts == {
        "new": 2, "answered_from_faq": 1, "awaiting_department": 1, "answer_received": 1,
        "answered": 1, "closed": 1, "duplicate": 1, "rejected": 1,
    }


def test_status_counts_of_an_empty_database_are_zero(db):
    with db.session() as session:
        assert status_counts(session) == {s.value: 0 for s in QuestionStatus}


# --- sorting and paging -----------------------------------------------------------------

ROW_VALUE = {
    "id": lambda r: r.id,
    "status": lambda r: r.status,
    "text": lambda r: r.text,
    "product": lambda r: r.product,
    "urgent": lambda r: r.urgent,
    "department": lambda r: r.department,
    "created_at": lambda r: r.created_at,
    "due_at": lambda r: r.due_at,
}
STRING_KEYS = {"status", "text", "product", "department"}


@pytest.fixture
def many(db):
    """23 questions with many ties and empty values in every sortable column."""
    with db.session() as session:
        depts = [Department(name=n) for n in ("信用卡中心", "個人存款部", "Loans")]
        session.add_all(depts)
        statuses = [S.NEW, S.AWAITING_DEPARTMENT, S.CLOSED]
        for i in range(23):
            session.add(Question(
                text=f"問題 {i % 5}",
                product=["card", "loan", "", "信用卡"][i % 4],
                status=statuses[i % 3],
                urgent=i % 4 == 0,
                department=[*depts, None][i % 4],
                created_at=T0 + timedelta(hours=i // 3),
                due_at=None if i % 3 == 0 else T0 + timedelta(days=i % 5),
            ))
        session.commit()
    return db


def _bytewise_collation(session) -> bool:
    return session.execute(text("SELECT 'B' < 'a'")).scalar() in (True, 1)


def _assert_ordered(rows, key: str, descending: bool) -> None:
    values = [ROW_VALUE[key](r) for r in rows]
    nulls = [i for i, v in enumerate(values) if v is None]
    # Rows without a value stay together, at one end.
    if nulls:
        assert nulls == list(range(len(nulls))) or nulls == list(
            range(len(values) - len(nulls), len(values)))
    present = [(v, r.id) for v, r in zip(values, rows) if v is not None]
    assert present == sorted(present, reverse=descending)


@pytest.mark.parametrize("key", sorted(SORT_KEYS))
def test_sorting_and_paging(many, key):
    with many.session() as session:
        total = count_questions(session, QuestionFilter())
        assert total == 23
        orders = {}
        for descending in (False, True):
            full = fetch_page(session, QuestionFilter(), 0, 1000, sort=key, descending=descending)
            paged = []
            for offset in range(0, total + 4, 4):
                paged.extend(fetch_page(session, QuestionFilter(), offset, 4, sort=key,
                                        descending=descending))
            ids = [r.id for r in paged]
            assert ids == [r.id for r in full]
            assert len(ids) == len(set(ids)) == total
            if key not in STRING_KEYS or _bytewise_collation(session):
                _assert_ordered(full, key, descending)
            orders[descending] = ids
        # Ties are broken by id the same way, so one direction is the other reversed.
        assert orders[True] == list(reversed(orders[False]))


def test_sorting_with_a_filter_pages_only_the_matching_rows(many):
    filt = QuestionFilter(statuses=(S.NEW,))
    with many.session() as session:
        total = count_questions(session, filt)
        assert total == 8
        paged = []
        for offset in range(0, total, 3):
            paged.extend(fetch_page(session, filt, offset, 3, sort="due_at", descending=False))
        assert len({r.id for r in paged}) == total
        assert all(r.status == S.NEW for r in paged)



def test_text_finds_either_chinese_script(listed):
    db, ids, _ = listed
    # Stored in Traditional characters; typed in Simplified, or mixed.
    assert _ids(db, QuestionFilter(text="年费")) == _keys(ids, "annual", "dup")
    assert _ids(db, QuestionFilter(text="吞卡如何取回")) == _keys(ids, "atm")
    assert _ids(db, QuestionFilter(text="汇款到账")) == _keys(ids, "nodue")


def test_long_numbers_in_the_filter_are_text_and_a_huge_filter_is_refused(db):
    # PostgreSQL failed with "integer out of range" for any number >= 2^31 (every phone,
    # card and ID number), SQLite from 20 digits; 100,000 characters were "too complex".
    from liaison_app.core.errors import DomainError

    with db.session() as session:
        card = Question(text="客戶卡號 6222021234567890123 被盜刷")
        phone = Question(text="回電 13800138000 或 99999999999999999999")
        session.add_all([card, phone])
        session.commit()
        card_id, phone_id = card.id, phone.id
    assert _ids(db, QuestionFilter(text="6222021234567890123")) == [card_id]
    assert _ids(db, QuestionFilter(text="2147483648")) == []
    assert _ids(db, QuestionFilter(text="13800138000")) == [phone_id]
    assert _ids(db, QuestionFilter(text="99999999999999999999")) == [phone_id]
    assert _ids(db, QuestionFilter(text="9223372036854775808")) == []
    assert _ids(db, QuestionFilter(text=f"LQ-{card_id:06d}")) == [card_id]
    with pytest.raises(DomainError, match="at most 200") as refused:
        _ids(db, QuestionFilter(text="盜" * 100_000))
    assert refused.value.code == "filter_too_long"
