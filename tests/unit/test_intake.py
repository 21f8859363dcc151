"""The intake service, duplicate detection, department suggestion and triage actions."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import func, select

from liaison_app.core.correspondence.business_hours import BusinessCalendar, save_calendar
from liaison_app.core.models import (
    Agent,
    FaqEntry,
    FaqHit,
    FaqStatus,
    Question,
    QuestionFaqLink,
    QuestionStatus,
    QuestionTermSet,
)
from liaison_app.core.questions.duplicates import find_duplicates
from liaison_app.core.questions.intake import (
    ForwardRequest,
    IntakeError,
    forward_question,
    result_json,
)
from liaison_app.core.questions.routing import suggest_departments
from liaison_app.core.questions.triage import (
    answer_from_faq,
    apply_to_many,
    dismiss_duplicate,
    merge,
    reject,
    route,
    set_priority,
)
from liaison_app.core.questions.workflow import DomainError, IllegalTransition
from tests import factories as make

S = QuestionStatus
ME = "王經理"


@pytest.fixture
def center(db):
    """Two departments, three agents and two published FAQ entries."""
    with db.session() as s, s.begin():
        card = make.department(s, "銀行卡部", "負責借記卡、信用卡的掛失、補卡、年費和額度調整",
                               sla_hours=8, keywords=["掛失", "補卡", "年費"])
        ebank = make.department(s, "電子銀行部", "負責網上銀行、手機銀行、U盾和轉賬限額",
                                sla_hours=4, keywords=["網銀", "手機銀行", "U盾"])
        make.contact(s, card, "張主任", email="zhang@bank.example")
        make.agents(s, ("A1001", "李娜"), ("A1002", "陳明"), ("A1003", "王芳"))
        e1, e2 = make.faq_entries(s, [
            {"question": "借記卡丟失後如何辦理掛失和補卡？", "answer": "撥打95599掛失，持身份證到網點補卡。",
             "key_points": ["先口頭掛失", "七日內書面掛失"], "keywords": ["掛失", "補卡"],
             "department_id": card.id},
            {"question": "手機銀行轉賬限額如何調整？", "answer": "登錄手機銀行，在安全中心調整限額。",
             "keywords": ["轉賬", "限額"], "department_id": ebank.id}])
        return {"card": card.id, "ebank": ebank.id, "e1": e1.id, "e2": e2.id}


def forward(db, agent, text, **kw):
    return make.forward(db, agent, text, ME, **kw)


def test_forward_records_question_agent_and_event(db, center):
    r = forward(db, "A1001", "客戶的借記卡丟了，怎麼掛失補卡？", context="卡號 6222 0212 3456 7890 123",
                product="借記卡", urgent=True)
    with db.session() as s:
        q = s.get(Question, r.question_id)
        assert (q.status, q.product, q.urgent, q.source) == (S.NEW, "借記卡", True, "cli")
        assert [f.agent.code for f in q.forwards] == ["A1001"]
        assert [(e.action, e.to_status) for e in q.events] == [("forward", S.NEW)]
    assert r.ref == f"LQ-{r.question_id:06d}"
    assert r.suggestions and r.suggestions[0].id == center["e1"]
    assert result_json(r)["suggestions"][0]["id"] == center["e1"]


def test_bad_input_is_refused_naming_the_field(db, center):
    with pytest.raises(IntakeError, match="unknown agent 'A9999'") as info:
        forward(db, "A9999", "信用卡年費怎麼收")
    assert info.value.field == "agent"
    with pytest.raises(IntakeError, match="text is empty"):
        forward(db, "A1001", "   ")
    with pytest.raises(IntakeError, match="at most 2000"):
        forward(db, "A1001", "長" * 2001)
    with pytest.raises(IntakeError, match="future"):
        forward(db, "A1001", "信用卡年費", forwarded_at=datetime.now(UTC) + timedelta(days=1))
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Question)) == 0


def test_unknown_agent_created_when_asked(db, center):
    with db.session() as s, s.begin():
        r = forward_question(s, ForwardRequest(agent="B2001", text="信用卡年費怎麼收", agent_name="趙強"),
                             ME, create_agent=True)
    assert r.agent_created
    with db.session() as s:
        assert s.scalar(select(Agent.name).where(Agent.code == "B2001")) == "趙強"


def test_paraphrase_in_other_script_with_customer_details_is_a_probable_duplicate(db, center):
    first = forward(db, "A1001", "客戶信用卡境外被盜刷了，掛失以後能不能退款？")
    forward(db, "A1002", "手機銀行轉賬限額怎麼提高")
    again = forward(db, "A1003", "请问客户卡号6222021234567890123的信用卡在境外被盗刷，挂失后能退款吗")
    assert again.duplicate_of == first.question_id
    assert again.duplicate_score >= 0.5
    with db.session() as s:
        assert s.get(Question, again.question_id).probable_duplicate_id == first.question_id
    unrelated = forward(db, "A1002", "房貸提前還款要收違約金嗎")
    assert unrelated.duplicate_of is None


def test_closed_rejected_and_merged_questions_are_not_duplicate_targets(db, center):
    first = forward(db, "A1001", "信用卡年費可以減免嗎")
    with db.session() as s, s.begin():
        reject(s, first.question_id, "已在FAQ中", ME)
        assert s.scalar(select(func.count()).select_from(QuestionTermSet)
                        .where(QuestionTermSet.question_id == first.question_id)) == 0
    assert forward(db, "A1002", "信用卡年費可以減免嗎").duplicate_of is None


def test_merge_moves_agents_and_keeps_history(db, center):
    first = forward(db, "A1001", "信用卡境外被盜刷，掛失後能否退款")
    second = forward(db, "A1002", "信用卡在境外被盜刷了掛失後能不能退款")
    third = forward(db, "A1001", "境外盜刷的信用卡掛失後可以退款嗎")
    with db.session() as s, s.begin():
        target = merge(s, second.question_id, first.question_id, ME)
        assert target.id == first.question_id
        merge(s, third.question_id, second.question_id, ME)  # follows the chain
    with db.session() as s:
        q = s.get(Question, first.question_id)
        agents = {(f.agent.code, f.via_question_id) for f in q.forwards}
        assert agents == {("A1001", None), ("A1002", second.question_id)}
        assert s.get(Question, second.question_id).status == S.DUPLICATE
        assert s.get(Question, third.question_id).duplicate_of_id == first.question_id
        assert [e.action for e in q.events] == ["forward", "absorb", "absorb"]
    with db.session() as s, s.begin(), pytest.raises(IllegalTransition):
        merge(s, second.question_id, first.question_id, ME)


def test_answer_from_faq_records_answer_link_and_hit(db, center):
    r = forward(db, "A1001", "借記卡丟了怎麼補")
    with db.session() as s, s.begin():
        answer_from_faq(s, r.question_id, center["e1"], ME)
    with db.session() as s:
        q = s.get(Question, r.question_id)
        assert q.status == S.ANSWERED_FROM_FAQ and q.resolution == "faq"
        assert "95599" in q.answer and "• 先口頭掛失" in q.answer
        assert s.get(QuestionFaqLink, (q.id, center["e1"])) is not None
        assert s.get(FaqEntry, center["e1"]).hit_count == 1
        hit = s.scalars(select(FaqHit)).one()
        assert (hit.kind, hit.question_id, hit.actor) == ("triage", q.id, ME)


def test_route_sets_due_from_business_hours_shorter_when_urgent(db, center):
    sh = ZoneInfo("Asia/Shanghai")
    with db.session() as s, s.begin():
        save_calendar(s, BusinessCalendar(timezone_name="Asia/Shanghai"))
    normal = forward(db, "A1001", "信用卡年費怎麼收")
    urgent = forward(db, "A1002", "補卡要多久", urgent=True)
    friday = datetime(2026, 11, 27, 15, 0, tzinfo=sh)
    with db.session() as s, s.begin():
        q1 = route(s, normal.question_id, center["card"], ME, now=friday)
        q2 = route(s, urgent.question_id, center["card"], ME, now=friday)
        assert q1.due_at.astimezone(sh) == datetime(2026, 11, 30, 14, 30, tzinfo=sh)  # 8 h
        assert q2.due_at.astimezone(sh) == datetime(2026, 11, 30, 10, 30, tzinfo=sh)  # 4 h
    with db.session() as s:
        q = s.get(Question, normal.question_id)
        assert (q.status, q.department.name) == (S.AWAITING_DEPARTMENT, "銀行卡部")
        assert q.events[-1].detail.startswith("to 銀行卡部, due ")


def test_department_suggestion_uses_keywords_duties_faq_and_history(db, center):
    with db.session() as s:
        best = suggest_departments(s, "客戶想提高網銀的轉賬限額")
        assert best[0].name == "電子銀行部"
        assert ("keywords", "網銀") in best[0].reasons
        assert suggest_departments(s, "xyz") == []
    # A question like one the card department already has, with no keyword of its own.
    earlier = forward(db, "A1001", "境外消費被盜刷的退款流程")
    with db.session() as s, s.begin():
        route(s, earlier.question_id, center["card"], ME)
    with db.session() as s:
        best = suggest_departments(s, "境外消費被盜刷了退款流程是什麼")
        assert best[0].name == "銀行卡部"
        assert ("similar", earlier.ref) in best[0].reasons


def test_reject_needs_a_reason_priority_and_dismiss(db, center):
    a = forward(db, "A1001", "信用卡境外被盜刷，掛失後能否退款")
    b = forward(db, "A1002", "信用卡境外被盜刷掛失後能否退款呢")
    assert b.duplicate_of == a.question_id
    with db.session() as s, s.begin():
        with pytest.raises(DomainError, match="reason"):
            reject(s, a.question_id, " ", ME)
        set_priority(s, a.question_id, 3, ME)
        with pytest.raises(DomainError, match="Priority"):
            set_priority(s, a.question_id, 9, ME)
        dismiss_duplicate(s, b.question_id, ME)
    with db.session() as s:
        assert s.get(Question, a.question_id).priority == 3
        assert s.get(Question, b.question_id).probable_duplicate_id is None
        assert [e.action for e in s.get(Question, b.question_id).events] == ["forward", "not_duplicate"]


def test_bulk_action_reports_refusals_and_keeps_the_rest(db, center):
    ids = [forward(db, "A1001", f"問題{i}：信用卡分期手續費").question_id for i in range(3)]
    with db.session() as s, s.begin():
        reject(s, ids[1], "重複", ME)
    outcome = apply_to_many(db.session, ids, lambda s, q: route(s, q, center["card"], ME))
    assert outcome.done == [ids[0], ids[2]]
    assert "it is 'rejected'" in outcome.failed[ids[1]]
    with db.session() as s:
        assert [s.get(Question, q).status for q in ids] == [S.AWAITING_DEPARTMENT, S.REJECTED,
                                                            S.AWAITING_DEPARTMENT]


def test_find_duplicates_skips_excluded(db, center):
    a = forward(db, "A1001", "信用卡境外被盜刷，掛失後能否退款")
    with db.session() as s:
        assert [m.question_id for m in find_duplicates(s, "信用卡境外被盜刷掛失後能否退款")] == [a.question_id]
        assert find_duplicates(s, "信用卡境外被盜刷掛失後能否退款", exclude=[a.question_id]) == []


def test_answers_come_only_from_published_valid_entries(db, center):
    r = forward(db, "A1001", "借記卡丟了怎麼補")
    with db.session() as s, s.begin():
        s.get(FaqEntry, center["e1"]).status = FaqStatus.DRAFT
    with db.session() as s, s.begin(), pytest.raises(DomainError, match="not published and valid"):
        answer_from_faq(s, r.question_id, center["e1"], ME)


def test_a_question_already_fed_back_takes_no_duplicates(db, center):
    from liaison_app.core.correspondence.feedback import feed_back

    first = forward(db, "A1001", "借記卡丟失後怎麼掛失補卡")
    with db.session() as s, s.begin():
        answer_from_faq(s, first.question_id, center["e1"], ME)
        feed_back(s, first.question_id, ME, None, close=False)
    again = forward(db, "A1002", "借記卡丟失後怎麼掛失補卡呢")
    assert again.duplicate_of is None  # its agent would never hear the answer
    with db.session() as s, s.begin(), pytest.raises(DomainError, match="must still be open"):
        merge(s, again.question_id, first.question_id, ME)


@pytest.mark.parametrize("first, second", [
    ("白金卡的年費是多少，能不能減免", "普卡的年費是多少，能不能減免"),
    ("手機銀行單筆轉賬5萬要不要手續費", "手機銀行單筆轉賬50萬要不要手續費"),
])
def test_questions_differing_in_amount_or_card_type_are_not_flagged(db, center, first, second):
    """The second forward asks about another card or amount: it is a question of its own."""
    a = forward(db, "A1001", first)
    b = forward(db, "A1002", second)
    assert b.duplicate_of is None
    with db.session() as s:
        assert s.get(Question, b.question_id).probable_duplicate_id is None
        # Still offered as a similar open question to the manager, with the reason.
        similar = find_duplicates(s, second, exclude=[b.question_id], threshold=0.0)
        assert [(m.question_id, m.probable) for m in similar] == [(a.question_id, False)]
        assert similar[0].clash in ("amount", "product")


def test_the_same_question_with_the_amount_written_otherwise_is_flagged(db, center):
    """5萬 and 50000元 are one amount; a card number is ignored as always."""
    a = forward(db, "A1001", "手機銀行單筆轉賬5萬要不要手續費，卡號6222020200112233445")
    b = forward(db, "A1002", "手机银行单笔转账50000元要不要手续费")
    assert b.duplicate_of == a.question_id
