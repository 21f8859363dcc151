"""The question state machine of DESIGN.md section 3, enforced in this one place.

Every service that changes a question's status goes through `transition`, which refuses
an illegal move with `IllegalTransition` (naming the state and the action) and records
an `Event` for every legal one, so the history is complete by construction.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from liaison_app.core.conflicts import check_version, next_version
from liaison_app.core.errors import DomainError
from liaison_app.core.models import Event, Question, QuestionStatus, question_ref
from liaison_app.core.timeutil import utcnow

S = QuestionStatus


class IllegalTransition(DomainError):
    """The action is not allowed from the question's state (code `illegal_transition`)."""

    def __init__(self, question_id: int | None, state: str, action: str) -> None:
        self.question_id = question_id
        self.state = state
        self.action = action
        allowed = sorted(ACTIONS[action].sources) if action in ACTIONS else []
        who = question_ref(question_id) if question_id is not None else "this question"
        super().__init__(
            f"Cannot {action.replace('_', ' ')} {who}: it is '{state}' "
            f"(allowed from: {', '.join(allowed) or 'none'})",
            code="illegal_transition", ref=who if question_id is not None else None,
            state=state, action=action, allowed=allowed,
        )


@dataclass(frozen=True)
class Action:
    """A named move: the states it may start from and the state it leads to.

    `target=None` means the state does not change (a follow-up stays awaiting).
    """

    name: str
    sources: frozenset[str]
    target: str | None


def _action(name: str, sources: tuple[str, ...], target: str | None) -> Action:
    return Action(name, frozenset(sources), target)


ACTIONS: dict[str, Action] = {
    a.name: a
    for a in (
        _action("answer_from_faq", (S.NEW,), S.ANSWERED_FROM_FAQ),
        _action("route", (S.NEW,), S.AWAITING_DEPARTMENT),
        _action("merge", (S.NEW,), S.DUPLICATE),
        _action("reject", (S.NEW,), S.REJECTED),
        # Chase, escalate or ask again: the query goes on, the question stays awaiting.
        _action("follow_up", (S.AWAITING_DEPARTMENT, S.ANSWER_RECEIVED), S.AWAITING_DEPARTMENT),
        _action("receive_answer", (S.AWAITING_DEPARTMENT,), S.ANSWER_RECEIVED),
        # The manager answers from own knowledge (resolved in-center).
        _action("answer_in_center", (S.NEW, S.AWAITING_DEPARTMENT), S.ANSWER_RECEIVED),
        _action("feed_back", (S.ANSWERED_FROM_FAQ, S.ANSWER_RECEIVED), S.ANSWERED),
        _action("close", (S.ANSWERED,), S.CLOSED),
        _action("reopen", (S.CLOSED, S.REJECTED), S.NEW),
    )
}


# The decisions on a new question that the triage panel offers (its boxes and buttons).
TRIAGE_ACTIONS = ("answer_from_faq", "route", "merge", "reject")

# Asking a department (by mail or a logged call) routes a new question, or follows up on
# one already with a department.
CONTACT_ACTIONS = ("route", "follow_up")


def allowed_actions(state: str) -> list[str]:
    """Actions legal from `state`: read models carry them so the window enables its buttons
    from the state machine instead of restating it."""
    return [name for name, action in ACTIONS.items() if state in action.sources]


def can_triage(actions: list[str] | tuple[str, ...]) -> bool:
    """Whether any triage decision is among `actions` (the question is waiting for triage)."""
    return any(action in actions for action in TRIAGE_ACTIONS)


def can_contact_department(actions: list[str] | tuple[str, ...]) -> bool:
    """Whether a department may be asked (mail or call) about a question with `actions`."""
    return any(action in actions for action in CONTACT_ACTIONS)


def check(question: Question, action: str) -> Action:
    """The action if `question` may take it now; raises IllegalTransition otherwise."""
    spec = ACTIONS.get(action)
    if spec is None:
        raise DomainError(f"Unknown action '{action}'", code="unknown_action", action=action)
    if question.status not in spec.sources:
        raise IllegalTransition(question.id, question.status, action)
    return spec


def transition(
    session: Session, question: Question, action: str, actor: str, detail: str = "",
    *, expected_version: int | None = None,
) -> Event:
    """Apply `action` to `question`, record the event, and return it (not yet committed).

    The question's next version is written at once: a save that started from another
    version (`expected_version`, what the window showed), or that races another
    session's change, is refused with who changed it and when (core/conflicts.py).
    """
    check_version(session, question, expected_version)
    spec = check(question, action)
    before = question.status
    after = spec.target or before
    now = utcnow()
    question.status = after
    question.updated_at = now
    if after == S.CLOSED:
        question.closed_at = now
    elif action == "reopen":
        question.closed_at = None
    event = Event(
        question=question,
        at=now,
        actor=actor,
        action=action,
        from_status=before,
        to_status=after,
        detail=detail,
    )
    session.add(event)
    next_version(session, question)
    return event


def record_creation(session: Session, question: Question, actor: str, detail: str = "") -> Event:
    """The first event of a question's life: it arrived (from no state to `new`)."""
    event = Event(
        question=question,
        at=question.created_at or utcnow(),
        actor=actor,
        action="forward",
        from_status=None,
        to_status=question.status,
        detail=detail,
    )
    session.add(event)
    return event
