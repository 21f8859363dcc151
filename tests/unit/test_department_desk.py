"""The department desk's core on both databases (as the schema owner; the same rules as
a department role are tried in tests/integration/test_department_desk_roles.py).

A desk answer must arrive exactly like a matched reply mail (the manager accepts it the
same way); a clarification request must stop the clock until the manager answers, and
then move the due time by the business hours the department waited."""

from __future__ import annotations

from datetime import timedelta

import pytest

from liaison_app.core.correspondence.listing import open_queries
from liaison_app.core.correspondence.queries import accept_reply, ask
from liaison_app.core.errors import DomainError
from liaison_app.core.models import Department, Message, Query, Question
from liaison_app.core.models.correspondence import Attachment
from liaison_app.core.reports.period import Period
from liaison_app.core.reports.scorecard import scorecard_report
from liaison_app.core.team import department_desk as desk
from liaison_app.core.timeutil import utcnow
from tests.mail_data import IDENTITY, seed


def _asked(db):
    seeded = seed(db)
    with db.session() as s, s.begin():
        query, _mail = ask(s, seeded.question_id, s.get(Department, seeded.department_id),
                           IDENTITY, "manager")
        return seeded, query.id


def test_the_queue_shows_the_question_masked_new_and_sorted_by_due(db):
    seeded, query_id = _asked(db)
    with db.session() as s:
        queue = desk.my_queue(s, (seeded.department_id,))
        other = desk.my_queue(s, (seeded.department_id + 999,))
    assert [q.query_id for q in queue] == [query_id] and other == []
    row = queue[0]
    assert row.new and not row.answer_sent and row.due_state == desk.DueState.ON_TIME
    assert desk.badge_counts(queue) == (1, 0)
    with db.session() as s:
        details = desk.question_details(s, query_id)
        items = desk.thread(s, query_id)
    assert "3456" not in details["context"] and "7890" in details["context"]
    assert items and items[0].direction == "out" and "3456-7890" not in items[0].text


def test_an_answer_in_the_app_is_accepted_like_a_reply_mail(db):
    seeded, query_id = _asked(db)
    with db.session() as s, s.begin():
        message_id = desk.answer(s, query_id, "年費可於次月減免。", "card_contact",
                                 [desk.NewAttachment("規則.pdf", b"%PDF-1.4 rules", "application/pdf")])
    with db.session() as s:
        row = desk.my_queue(s, (seeded.department_id,))[0]
        assert not row.new and row.answer_sent
        # the manager's Queries page sees a reply, as for a mail
        assert open_queries(s)[0].last_reply_at is not None
        assert s.query(Attachment).filter_by(message_id=message_id).one().filename == "規則.pdf"
    with db.session() as s, s.begin():
        q = accept_reply(s, message_id, "manager", text="年費可於次月減免（已核）。")
    with db.session() as s:
        q = s.get(Question, seeded.question_id)
        assert q.status == "answer_received" and q.answer == "年費可於次月減免（已核）。"
        assert s.get(Query, query_id).status == "answered"
        assert desk.my_queue(s, (seeded.department_id,)) == []


def test_a_clarification_pauses_the_due_time_until_the_manager_answers(db):
    seeded, query_id = _asked(db)
    with db.session() as s:
        due_before = s.get(Query, query_id).due_at
    with db.session() as s, s.begin():
        desk.ask_clarification(s, query_id, "請提供卡別與開卡日期", "card_contact")
    with db.session() as s:
        query = s.get(Query, query_id)
        assert query.paused_at is not None and query.clarifications == 1
        # a paused query is never overdue, however late it gets
        assert not query.is_overdue_at(utcnow() + timedelta(days=30))
        assert desk.my_queue(s, (seeded.department_id,))[0].due_state == desk.DueState.PAUSED
        assert [w.text for w in desk.waiting_clarifications(s)] == ["請提供卡別與開卡日期"]
        # the department waited: put the pause three days back
        query.paused_at = utcnow() - timedelta(days=3)
        s.commit()
    with db.session() as s, s.begin():
        desk.answer_clarification(s, query_id, "白金卡，2026年1月開卡", "manager")
    with db.session() as s:
        query = s.get(Query, query_id)
        assert query.paused_at is None and query.paused_hours > 0
        assert query.due_at > due_before
        assert s.get(Question, seeded.question_id).due_at == query.due_at
        purposes = [i.purpose for i in desk.thread(s, query_id) if i.kind == "note"]
        assert purposes == [desk.CLARIFY, desk.CLARIFIED]
    with db.session() as s, s.begin(), pytest.raises(DomainError):
        desk.answer_clarification(s, query_id, "again", "manager")
    # the scorecard says the department asked back and how long its clock stood still
    today = utcnow().date()
    with db.session() as s:
        card = scorecard_report(s, Period("custom", today - timedelta(days=1), today))
        row = next(r for r in card.table("departments").records()
                   if r["department"] == "信用卡部")
    assert row["clarifications"] == 1 and row["paused_hours"] > 0


def test_empty_answers_and_closed_queries_are_refused(db):
    _seeded, query_id = _asked(db)
    with db.session() as s, s.begin(), pytest.raises(DomainError, match="empty"):
        desk.answer(s, query_id, "   ", "card_contact")
    with db.session() as s, s.begin():
        s.get(Query, query_id).status = "cancelled"
    with db.session() as s, s.begin(), pytest.raises(DomainError, match="only open"):
        desk.answer(s, query_id, "答", "card_contact")
    with db.session() as s:
        assert s.query(Message).filter_by(kind="note").count() == 0


def test_very_low_use_follows_the_centers_tier_thresholds(db):
    """The digest's "very low use": below the center's "low" minimum when it set
    thresholds, no use at all with quartiles; judged only for entries live 90 days."""
    from liaison_app.core.faq.tiers import THRESHOLDS, TierRules, save_tier_rules
    from liaison_app.core.models import FaqHit
    from liaison_app.core.team.department_upkeep import digest
    from tests import factories

    seeded = seed(db)
    now = utcnow()
    old = now - timedelta(days=120)
    with db.sessions.begin() as s:
        made = {name: factories.faq_entry(s, f"{name}？", "答。", department_id=seeded.department_id,
                                          published_at=published).id
                for name, published in (("unused", old), ("twice", old), ("often", old),
                                        ("new", now - timedelta(days=3)))}
        for name, hits in (("twice", 2), ("often", 6)):
            s.add_all(FaqHit(entry_id=made[name], kind="used", actor="A1001",
                             at=now - timedelta(days=1)) for _ in range(hits))
    with db.session() as s:
        low = {e[0] for e in digest(s, (seeded.department_id,), now).very_low_use}
    assert low == {made["unused"]}  # quartiles (the default): no use at all
    with db.sessions.begin() as s:
        save_tier_rules(s, TierRules(mode=THRESHOLDS, very_high_min=20, high_min=5, low_min=3))
    with db.session() as s:
        low = {e[0] for e in digest(s, (seeded.department_id,), now).very_low_use}
    assert low == {made["unused"], made["twice"]}  # fewer than 3 uses; "new" too new to judge
