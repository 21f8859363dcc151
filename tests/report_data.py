"""A small fixed data set for the report tests, with every figure worked out by hand.

Times are Beijing local times (UTC+8) in March 2026; the report period under test is
the week Monday 2 March to Sunday 8 March in that zone. The data holds the edge cases
of the issue: a question forwarded at 00:30 local (still 1 March in UTC), a question
answered across the period's end, a department without queries, a reopened question,
an answer received but not yet fed back (resolution known only from its event).
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

from liaison_app.core.models import (
    Category,
    Department,
    Event,
    FaqEntry,
    FaqHit,
    Query,
    Question,
    QuestionFaqLink,
)
from liaison_app.core.reports.period import custom_period, period_of

BEIJING = timezone(timedelta(hours=8))


def L(day: int, hour: int, minute: int = 0, month: int = 3) -> datetime:
    """A Beijing local time in 2026."""
    return datetime(2026, month, day, hour, minute, tzinfo=BEIJING)


WEEK = period_of("week", date(2026, 3, 4), BEIJING)  # 2026-03-02 .. 2026-03-08
NEXT_WEEK = WEEK.shifted(1)
EMPTY = custom_period(date(2025, 1, 1), date(2025, 1, 31), BEIJING)


def build(session) -> dict[str, int]:
    """Write the data set; returns ids by name."""
    card = Department(name="信用卡部", sla_hours=8)
    deposits = Department(name="個人金融部", sla_hours=24)
    loans = Department(name="貸款部", sla_hours=24)  # receives no query at all
    parent = Category(name="銀行卡")
    child = Category(name="掛失", parent=parent)
    session.add_all([card, deposits, loans, parent, child])
    session.flush()

    def question(created, status, **kw) -> Question:
        q = Question(text=kw.pop("text", "客戶詢問"), created_at=created, updated_at=created,
                     status=status, **kw)
        session.add(q)
        session.flush()
        return q

    def events(q: Question, *steps: tuple[str, datetime, str | None, str]) -> None:
        for action, at, before, after in steps:
            session.add(Event(question_id=q.id, at=at, actor="經理", action=action,
                              from_status=before, to_status=after))

    def query(q: Question, dept: Department, opened, due, answered=None, **kw) -> None:
        session.add(Query(question_id=q.id, department_id=dept.id, opened_at=opened,
                          due_at=due, answered_at=answered,
                          status=kw.pop("status", "answered" if answered else "open"), **kw))

    # Q1: forwarded 00:30 local on 2 March (16:30 UTC on 1 March); card answered late: 23 h.
    q1 = question(L(2, 0, 30), "closed", resolution="department", answered_at=L(3, 10),
                  department_id=card.id, product="白金信用卡", category_id=child.id, urgent=True)
    query(q1, card, L(2, 11), L(2, 19), L(3, 10), chase_count=1)
    # Q2: answered from the FAQ (entry E1).
    q2 = question(L(3, 9), "closed", resolution="faq", answered_at=L(3, 9, 30),
                  product="白金信用卡", category_id=child.id)
    # Q3: answered by the manager; it later became FAQ entry E4.
    q3 = question(L(4, 9), "answered", resolution="in_center", answered_at=L(4, 12),
                  product="借記卡")
    # Q4: deposits' answer received (3 h), not yet fed back: no resolution column yet.
    q4 = question(L(5, 9), "answer_received", answered_at=L(5, 13), department_id=deposits.id,
                  product="借記卡")
    events(q4, ("forward", L(5, 9), None, "new"),
           ("route", L(5, 10), "new", "awaiting_department"),
           ("receive_answer", L(5, 13), "awaiting_department", "answer_received"))
    query(q4, deposits, L(5, 10), L(6, 10), L(5, 13))
    # Q5: forwarded on the period's last evening, answered by card the next week (13 h, late).
    q5 = question(L(8, 20), "answered", resolution="department", answered_at=L(9, 10),
                  department_id=card.id)
    query(q5, card, L(8, 21), L(9, 5), L(9, 10))
    # Q6: answered in the center, closed, then reopened: back to new, not resolved.
    q6 = question(L(3, 14), "new", answered_at=L(3, 16))
    events(q6, ("forward", L(3, 14), None, "new"),
           ("answer_in_center", L(3, 16), "new", "answer_received"),
           ("feed_back", L(3, 17), "answer_received", "answered"),
           ("close", L(4, 9), "answered", "closed"),
           ("reopen", L(5, 9), "closed", "new"))
    # Q7: forwarded before the period (1 March), answered by card in it: 22 h.
    q7 = question(L(1, 10), "closed", resolution="department", answered_at=L(2, 9),
                  department_id=card.id)
    query(q7, card, L(1, 11), L(1, 19), L(2, 9))
    # Q8 merged as a duplicate, Q9 rejected.
    question(L(6, 9), "duplicate", duplicate_of_id=q1.id)
    question(L(7, 9), "rejected", reject_reason="非本中心業務")
    # Q10: deposits has not answered, due on 7 March: overdue, chased twice, escalated.
    q10 = question(L(6, 10), "awaiting_department", department_id=deposits.id,
                   due_at=L(7, 11))
    query(q10, deposits, L(6, 11), L(7, 11), chase_count=2, escalated_at=L(8, 11))
    # Q11: February, outside every period under test.
    question(L(10, 9, month=2), "closed", resolution="faq", answered_at=L(10, 10, month=2))
    # Q12: answered in the center, not yet fed back: known only from its event.
    q12 = question(L(4, 15), "answer_received", answered_at=L(4, 16))
    events(q12, ("forward", L(4, 15), None, "new"),
           ("answer_in_center", L(4, 16), "new", "answer_received"))

    # FAQ: E1 used 3 times in the week (once by Q2), E2 once (and once in February),
    # E3 never, E4 created from Q3 and published 2 days after Q3's answer, E5 retired.
    e1 = FaqEntry(question="信用卡掛失怎麼辦？", answer="致電客服", status="published",
                  created_at=L(10, 9, month=1), published_at=L(11, 9, month=1))
    e2 = FaqEntry(question="借記卡年費？", answer="免年費", status="published",
                  created_at=L(10, 9, month=1), published_at=L(11, 9, month=1))
    e3 = FaqEntry(question="外幣匯款手續費？", answer="按牌價", status="published",
                  created_at=L(10, 9, month=1), published_at=L(11, 9, month=1))
    e4 = FaqEntry(question="借記卡換卡流程？", answer="攜帶證件", status="published",
                  created_at=L(4, 13), published_at=L(6, 12))
    e5 = FaqEntry(question="舊活動？", answer="已結束", status="retired",
                  created_at=L(10, 9, month=1), published_at=L(11, 9, month=1))
    session.add_all([e1, e2, e3, e4, e5])
    session.flush()
    for at, qid in ((L(3, 9, 30), q2.id), (L(5, 11), None), (L(8, 23), None)):
        session.add(FaqHit(entry_id=e1.id, at=at, kind="used" if qid else "copy",
                           question_id=qid))
    session.add(FaqHit(entry_id=e2.id, at=L(6, 15), kind="copy"))
    session.add(FaqHit(entry_id=e2.id, at=L(20, 15, month=2), kind="copy"))
    session.add(QuestionFaqLink(question_id=q2.id, entry_id=e1.id, relation="used",
                                at=L(3, 9, 30)))
    session.add(QuestionFaqLink(question_id=q3.id, entry_id=e4.id, relation="created",
                                at=L(4, 13)))
    session.flush()
    return {"q1": q1.id, "q5": q5.id, "q6": q6.id, "e1": e1.id, "e2": e2.id, "e4": e4.id,
            "card": card.id, "deposits": deposits.id, "loans": loans.id}
