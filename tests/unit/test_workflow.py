"""The question state machine of DESIGN.md section 3.

The table below is written out from the design (not derived from `workflow.ACTIONS`), so
a rule changed in the code without the design shows up here as a failure.
"""

from __future__ import annotations

import itertools
from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from liaison_app.core.models import Event, Question, QuestionStatus
from liaison_app.core.questions import workflow
from liaison_app.core.questions.workflow import DomainError, IllegalTransition, transition

S = QuestionStatus

# (source state, action) -> target state, as drawn in DESIGN.md section 3.
LEGAL: dict[tuple[str, str], str] = {
    (S.NEW, "answer_from_faq"): S.ANSWERED_FROM_FAQ,
    (S.NEW, "route"): S.AWAITING_DEPARTMENT,
    (S.NEW, "merge"): S.DUPLICATE,
    (S.NEW, "reject"): S.REJECTED,
    (S.NEW, "answer_in_center"): S.ANSWER_RECEIVED,
    (S.AWAITING_DEPARTMENT, "follow_up"): S.AWAITING_DEPARTMENT,
    (S.AWAITING_DEPARTMENT, "receive_answer"): S.ANSWER_RECEIVED,
    (S.AWAITING_DEPARTMENT, "answer_in_center"): S.ANSWER_RECEIVED,
    (S.ANSWER_RECEIVED, "follow_up"): S.AWAITING_DEPARTMENT,
    (S.ANSWERED_FROM_FAQ, "feed_back"): S.ANSWERED,
    (S.ANSWER_RECEIVED, "feed_back"): S.ANSWERED,
    (S.ANSWERED, "close"): S.CLOSED,
    (S.CLOSED, "reopen"): S.NEW,
    (S.REJECTED, "reopen"): S.NEW,
}
ACTION_NAMES = sorted({action for _, action in LEGAL})
ILLEGAL = [
    (state.value, action)
    for state in QuestionStatus
    for action in ACTION_NAMES
    if (state, action) not in LEGAL
]
ACTOR = "王經理"


def _question(status: str, question_id: int = 7) -> Question:
    return Question(id=question_id, text="信用卡境外消費被拒", status=status)


def test_every_action_of_the_design_exists_and_no_other():
    assert set(workflow.ACTIONS) == set(ACTION_NAMES)


@pytest.mark.parametrize("state", list(QuestionStatus))
def test_allowed_actions_are_those_of_the_design(state):
    expected = sorted(action for (source, action) in LEGAL if source == state)
    assert sorted(workflow.allowed_actions(state)) == expected


@pytest.mark.parametrize(("source", "action"), list(LEGAL), ids=lambda v: str(v))
def test_legal_action_reaches_target_and_records_event(source, action):
    session = Session()
    question = _question(source)
    before = datetime.now(UTC)

    event = transition(session, question, action, ACTOR, detail="電話確認")

    after = datetime.now(UTC)
    assert question.status == LEGAL[(source, action)]
    assert question.events == [event]
    assert event in session.new
    assert (event.actor, event.action, event.detail) == (ACTOR, action, "電話確認")
    assert (event.from_status, event.to_status) == (source, LEGAL[(source, action)])
    assert event.at.tzinfo is not None and before <= event.at <= after
    assert question.updated_at == event.at


@pytest.mark.parametrize(("state", "action"), ILLEGAL, ids=lambda v: str(v))
def test_illegal_action_is_refused_and_changes_nothing(state, action):
    session = Session()
    question = _question(state, question_id=42)

    with pytest.raises(IllegalTransition) as info:
        transition(session, question, action, ACTOR)

    message = str(info.value)
    assert f"'{state}'" in message
    assert action.replace("_", " ") in message
    assert "LQ-000042" in message
    assert (info.value.state, info.value.action) == (state, action)
    assert question.status == state
    assert question.events == []
    assert not session.new


def test_illegal_message_lists_the_states_the_action_is_allowed_from():
    with pytest.raises(IllegalTransition) as info:
        transition(Session(), _question(S.NEW), "feed_back", ACTOR)
    assert "answer_received" in str(info.value)
    assert "answered_from_faq" in str(info.value)


def test_unknown_action_is_a_domain_error_naming_it():
    question = _question(S.NEW)
    with pytest.raises(DomainError, match="teleport") as info:
        transition(Session(), question, "teleport", ACTOR)
    assert not isinstance(info.value, IllegalTransition)
    assert question.status == S.NEW
    assert question.events == []


def test_close_sets_closed_at_and_reopen_clears_it():
    session = Session()
    question = _question(S.ANSWERED)
    assert question.closed_at is None

    close = transition(session, question, "close", ACTOR)
    assert question.closed_at == close.at

    transition(session, question, "reopen", ACTOR)
    assert question.status == S.NEW
    assert question.closed_at is None


def test_reopen_of_a_rejected_question_leaves_closed_at_empty():
    question = _question(S.REJECTED)
    transition(Session(), question, "reopen", ACTOR)
    assert question.status == S.NEW
    assert question.closed_at is None


def test_transitions_other_than_close_keep_closed_at_unset():
    session = Session()
    question = _question(S.NEW)
    for action in ("route", "follow_up", "receive_answer", "feed_back"):
        transition(session, question, action, ACTOR)
        assert question.closed_at is None
    assert question.status == S.ANSWERED


# --- persistence, on every backend -----------------------------------------------------


def _new_question(session: Session, text: str = "網銀轉賬限額如何提高？") -> Question:
    question = Question(text=text, status=S.NEW)
    session.add(question)
    session.flush()
    workflow.record_creation(session, question, "agent:A1001")
    return question


def test_life_of_a_question_is_persisted_in_order(db):
    path = ["route", "follow_up", "receive_answer", "follow_up", "receive_answer",
            "feed_back", "close", "reopen", "answer_in_center", "feed_back", "close"]
    with db.session() as session:
        question = _new_question(session)
        for action in path:
            transition(session, question, action, ACTOR)
        session.commit()
        qid = question.id

    with db.session() as session:
        reloaded = session.get(Question, qid)
        assert reloaded.status == S.CLOSED
        assert reloaded.closed_at is not None
        assert reloaded.closed_at.utcoffset() == timedelta(0)
        events = reloaded.events
        assert [e.action for e in events] == ["forward", *path]
        assert events[0].from_status is None and events[0].to_status == S.NEW
        # Each event starts where the previous one ended: a complete history.
        for prev, nxt in itertools.pairwise(events):
            assert nxt.from_status == prev.to_status
        assert [e.actor for e in events[1:]] == [ACTOR] * len(path)
        times = [e.at for e in events]
        assert all(t.utcoffset() == timedelta(0) for t in times)
        assert times == sorted(times)
        assert reloaded.closed_at == events[-1].at


def test_every_legal_transition_is_stored(db):
    created: dict[tuple[str, str], int] = {}
    with db.session() as session:
        for (source, action) in LEGAL:
            question = Question(text=f"{source} {action}", status=source)
            session.add(question)
            session.flush()
            transition(session, question, action, ACTOR)
            created[(source, action)] = question.id
        session.commit()

    with db.session() as session:
        for (source, action), qid in created.items():
            question = session.get(Question, qid)
            assert question.status == LEGAL[(source, action)]
            [event] = question.events
            assert (event.from_status, event.to_status, event.action, event.actor) == (
                source, LEGAL[(source, action)], action, ACTOR)


def test_refused_transition_leaves_the_stored_question_untouched(db):
    with db.session() as session:
        question = _new_question(session)
        session.commit()
        qid = question.id

    with db.session() as session:
        question = session.get(Question, qid)
        with pytest.raises(IllegalTransition):
            transition(session, question, "close", ACTOR)
        session.commit()

    with db.session() as session:
        assert session.get(Question, qid).status == S.NEW
        assert session.scalar(
            select(func.count()).select_from(Event).where(Event.question_id == qid)) == 1
