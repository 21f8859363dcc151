"""Rules defined once in core: each hybrid gives the same answer in Python and in SQL,
on both backends, and the read models carry what the window may do.

The cases are written out (not derived from the definitions), so a rule changed in one
place shows up here.
"""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select

from liaison_app.core.errors import DomainError
from liaison_app.core.models import Bulletin, FaqEntry, Query, Question, QuestionStatus
from liaison_app.core.questions import triage, workflow
from liaison_app.core.questions.duplicates import THRESHOLD, DuplicateMatch
from liaison_app.core.questions.workflow import IllegalTransition
from liaison_app.core.timeutil import utcnow

NOW = utcnow().replace(microsecond=0)
DAY = timedelta(days=1)

# (status, valid_from, valid_until) -> live now?
LIVE_CASES = [
    ("published", None, None, True),
    ("published", NOW - DAY, NOW + DAY, True),
    ("published", NOW, None, True),  # from is inclusive
    ("published", None, NOW, False),  # until is exclusive
    ("published", NOW + DAY, None, False),  # not yet
    ("published", None, NOW - DAY, False),  # expired
    ("draft", None, None, False),
    ("in_review", NOW - DAY, NOW + DAY, False),
    ("retired", None, None, False),
]


def test_faq_live_is_one_rule_for_python_and_sql(db):
    with db.session() as session, session.begin():
        for n, (status, start, end, _live) in enumerate(LIVE_CASES):
            session.add(FaqEntry(id=n + 1, question=f"q{n}", answer="a", status=status,
                                 valid_from=start, valid_until=end))
    with db.session() as session:
        in_sql = set(session.scalars(select(FaqEntry.id).where(FaqEntry.is_live_at(NOW))))
        entries = {e.id: e for e in session.scalars(select(FaqEntry))}
    expected = {n + 1 for n, case in enumerate(LIVE_CASES) if case[3]}
    assert in_sql == expected
    assert {i for i, e in entries.items() if e.is_live_at(NOW)} == expected
    expired = {n + 1 for n, case in enumerate(LIVE_CASES) if case[2] is not None and case[2] <= NOW}
    with db.session() as session:
        assert set(session.scalars(select(FaqEntry.id).where(FaqEntry.is_expired_at(NOW)))) == expired
    assert {i for i, e in entries.items() if e.is_expired_at(NOW)} == expired


def test_bulletin_shown_is_one_rule_for_python_and_sql(db):
    cases = [("posted", NOW - DAY, None, True), ("posted", NOW - DAY, NOW, False),
             ("posted", NOW + DAY, None, False), ("proposed", NOW - DAY, None, False)]
    with db.session() as session, session.begin():
        for n, (status, start, end, _shown) in enumerate(cases):
            session.add(Bulletin(id=n + 1, title=f"b{n}", status=status, valid_from=start,
                                 valid_until=end))
    with db.session() as session:
        in_sql = set(session.scalars(select(Bulletin.id).where(Bulletin.is_shown_at(NOW))))
        in_python = {b.id for b in session.scalars(select(Bulletin)) if b.is_shown_at(NOW)}
    assert in_sql == in_python == {1}


def test_overdue_is_one_rule_for_python_and_sql(db):
    S = QuestionStatus
    cases = [(S.AWAITING_DEPARTMENT, NOW - DAY, True), (S.AWAITING_DEPARTMENT, NOW + DAY, False),
             (S.AWAITING_DEPARTMENT, None, False), (S.ANSWER_RECEIVED, NOW - DAY, False),
             (S.NEW, NOW - DAY, False), (S.CLOSED, NOW - DAY, False)]
    with db.session() as session, session.begin():
        for n, (status, due, _late) in enumerate(cases):
            session.add(Question(id=n + 1, text=f"t{n}", status=status, due_at=due))
    with db.session() as session:
        in_sql = set(session.scalars(select(Question.id).where(Question.is_overdue_at(NOW))))
        in_python = {q.id for q in session.scalars(select(Question)) if q.is_overdue_at(NOW)}
        unread = set(session.scalars(select(Question.id).where(Question.is_unread)))
    assert in_sql == in_python == {1}
    assert unread == {5}


def test_query_overdue_needs_an_open_query_past_its_due_time():
    assert Query(status="open", due_at=NOW - DAY).is_overdue_at(NOW)
    assert not Query(status="open", due_at=NOW + DAY).is_overdue_at(NOW)
    assert not Query(status="open", due_at=None).is_overdue_at(NOW)
    assert not Query(status="answered", due_at=NOW - DAY).is_overdue_at(NOW)


def test_probable_duplicate_threshold_lives_in_core():
    def match(score: float) -> DuplicateMatch:
        return DuplicateMatch(1, "LQ-000001", "t", "new", score, [])

    assert match(THRESHOLD).probable and not match(THRESHOLD - 0.01).probable
    info = triage.TriageInfo(2, "LQ-000002", "new", "t", False, 0, duplicates=[match(0.3)])
    assert not info.has_probable_duplicate
    info.duplicates.append(match(0.9))
    assert info.has_probable_duplicate


def test_merge_joins_into_the_oldest():
    assert triage.merge_target([12, 7, 30]) == 7


@pytest.mark.parametrize("state", [s.value for s in QuestionStatus])
def test_triage_read_model_enables_from_the_state_machine(state):
    actions = workflow.allowed_actions(state)
    info = triage.TriageInfo(1, "LQ-000001", state, "t", False, 0, actions=actions)
    assert info.triageable == (state == "new")
    assert workflow.can_contact_department(actions) == (
        state in ("new", "awaiting_department", "answer_received"))


def test_domain_errors_carry_a_code_and_keep_their_english_message():
    error = IllegalTransition(12, "closed", "route")
    assert str(error) == "Cannot route LQ-000012: it is 'closed' (allowed from: new)"
    assert error.code == "illegal_transition"
    assert error.arguments == {"ref": "LQ-000012", "state": "closed", "action": "route",
                               "allowed": ["new"]}
    assert isinstance(error, DomainError) and workflow.DomainError is DomainError
    plain = DomainError("Some refusal")
    assert str(plain) == "Some refusal" and plain.code == "refused" and plain.arguments == {}


def test_urgent_due_hours_are_half_the_sla():
    from liaison_app.core.correspondence.business_hours import BusinessCalendar

    calendar = BusinessCalendar()
    assert calendar.due_hours(8) == 8.0 and calendar.due_hours(8, urgent=True) == 4.0
    assert calendar.due_hours(None) == float(calendar.default_sla_hours)
