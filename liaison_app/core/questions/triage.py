"""Triage: the manager's decisions on a new question, and what each one writes.

Each function takes one question and leaves the session flushed, not committed, so a
multi-selection runs them one after another in one transaction per question
(`apply_to_many`), and one refused question does not undo the others.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from liaison_app.core.conflicts import check_version
from liaison_app.core.correspondence.business_hours import load_calendar
from liaison_app.core.faq.hits import record_hit
from liaison_app.core.models import (
    Department,
    Event,
    FaqEntry,
    HitKind,
    Question,
    QuestionAgent,
    QuestionFaqLink,
    Resolution,
    question_ref,
)
from liaison_app.core.questions.duplicates import MERGEABLE_STATUSES
from liaison_app.core.questions.workflow import DomainError, allowed_actions, can_triage, transition
from liaison_app.core.timeutil import format_local, utcnow

MAX_PRIORITY = 3
MAX_REASON_CHARS = 1000


def get_question(session: Session, question_id: int) -> Question:
    question = session.get(Question, question_id)
    if question is None:
        raise DomainError(f"No question {question_ref(question_id)}", code="no_question",
                          ref=question_ref(question_id))
    return question


def answer_text(entry: FaqEntry) -> str:
    """What the agent is told: the entry's answer, then its key points as a list."""
    points = [p for p in (entry.key_points or []) if p]
    if not points:
        return entry.answer
    return entry.answer + "\n" + "\n".join(f"• {p}" for p in points)


@dataclass(frozen=True)
class AnswerPreview:
    """What *Answer from FAQ* would give the agent, shown before anything is recorded."""

    entry_id: int
    question: str
    answer: str  # exactly the text the question would receive (`answer_text`)
    live: bool


def preview_faq_answer(session: Session, entry_id: int) -> AnswerPreview:
    entry = session.get(FaqEntry, entry_id)
    if entry is None:
        raise DomainError(f"No FAQ entry {entry_id}", code="no_faq_entry", entry=entry_id)
    return AnswerPreview(entry.id, entry.question, answer_text(entry), entry.is_live_at(utcnow()))


def answer_from_faq(
    session: Session, question_id: int, entry_id: int, actor: str, *, capture: bool = True,
) -> Question:
    """The FAQ already answers it: record the answer, the link and a hit on the entry.

    With `capture` (the default) the question's wording, and that of any duplicate merged
    into it, becomes a similar question of the entry, customer details removed.
    """
    question = get_question(session, question_id)
    entry = session.get(FaqEntry, entry_id)
    if entry is None:
        raise DomainError(f"No FAQ entry {entry_id}", code="no_faq_entry", entry=entry_id)
    now = utcnow()
    if not entry.is_live_at(now):
        raise DomainError(f"FAQ entry #{entry.id} is not published and valid now: "
                          "agents cannot be given its answer", code="faq_not_live", entry=entry.id)
    transition(session, question, "answer_from_faq", actor, detail=f"FAQ #{entry.id}: {entry.question}")
    question.answer = answer_text(entry)
    question.answered_at = now
    question.resolution = Resolution.FAQ
    question.probable_duplicate_id = None
    if session.get(QuestionFaqLink, (question.id, entry.id)) is None:
        session.add(QuestionFaqLink(question_id=question.id, entry_id=entry.id, relation="used", at=now))
    record_hit(session, entry.id, actor, HitKind.TRIAGE, question_id=question.id)
    session.flush()
    if capture:
        from liaison_app.core.faq.similar_questions import capture_from_question

        capture_from_question(session, entry.id, question.id, actor)
    return question


def route(
    session: Session, question_id: int, department_id: int, actor: str,
    *, due_at: datetime | None = None, now: datetime | None = None,
) -> Question:
    """Send it to a department: due in the department's SLA working hours (half if urgent)."""
    question = get_question(session, question_id)
    department = session.get(Department, department_id)
    if department is None or not department.active:
        raise DomainError(f"No active department {department_id}", code="no_department",
                          department=department_id)
    start = now or utcnow()
    due = due_at or load_calendar(session).due_at(start, department.sla_hours, question.urgent)
    if due <= start:
        raise DomainError("the due time must be in the future", code="due_in_past")
    transition(session, question, "route", actor,
               detail=f"to {department.name}, due {format_local(due)}")
    question.department_id = department.id
    question.due_at = due
    question.probable_duplicate_id = None
    session.flush()
    return question


def merge(session: Session, question_id: int, into_id: int, actor: str) -> Question:
    """Merge a repeat into the question it repeats; its agents will get that answer too.

    Returns the question merged into. Merging into a question that was itself merged
    follows the chain to the surviving question.
    """
    question = get_question(session, question_id)
    target = get_question(session, into_id)
    seen = {target.id}
    while target.duplicate_of_id is not None:
        target = get_question(session, target.duplicate_of_id)
        if target.id in seen:
            break
        seen.add(target.id)
    if target.id == question.id:
        raise DomainError(f"Cannot merge {question.ref} into itself", code="merge_into_itself",
                          ref=question.ref)
    if target.status not in MERGEABLE_STATUSES:
        raise DomainError(
            f"Cannot merge into {target.ref}: it is '{target.status}' (it must still be open)",
            code="merge_target_closed", ref=target.ref, state=target.status,
        )
    transition(session, question, "merge", actor, detail=f"into {target.ref}")
    question.duplicate_of_id = target.id
    question.probable_duplicate_id = None
    present = set(session.scalars(
        select(QuestionAgent.agent_id).where(QuestionAgent.question_id == target.id)
    ))
    for forward in list(question.forwards):
        if forward.agent_id not in present:
            session.add(QuestionAgent(question_id=target.id, agent_id=forward.agent_id,
                                      forwarded_at=forward.forwarded_at, via_question_id=question.id))
            present.add(forward.agent_id)
    session.add(Event(question_id=target.id, at=utcnow(), actor=actor, action="absorb",
                      from_status=target.status, to_status=target.status,
                      detail=f"merged {question.ref}"))
    session.flush()
    session.expire(target, ["forwards"])
    return target


def reject(session: Session, question_id: int, reason: str, actor: str) -> Question:
    reason = (reason or "").strip()
    if not reason:
        raise DomainError("A reason is needed to reject a question", code="reason_required")
    if len(reason) > MAX_REASON_CHARS:
        raise DomainError(f"The reason is longer than {MAX_REASON_CHARS} characters",
                          code="reason_too_long", limit=MAX_REASON_CHARS)
    question = get_question(session, question_id)
    transition(session, question, "reject", actor, detail=reason)
    question.reject_reason = reason
    question.probable_duplicate_id = None
    session.flush()
    return question


def reopen(session: Session, question_id: int, actor: str, reason: str = "") -> Question:
    """A closed or rejected question is taken up again: back to new, for triage."""
    question = get_question(session, question_id)
    transition(session, question, "reopen", actor, detail=(reason or "").strip())
    question.reject_reason = None
    session.flush()
    return question


def set_priority(session: Session, question_id: int, priority: int, actor: str) -> Question:
    if not 0 <= priority <= MAX_PRIORITY:
        raise DomainError(f"Priority must be 0 to {MAX_PRIORITY}", code="priority_range",
                          limit=MAX_PRIORITY)
    question = get_question(session, question_id)
    if question.priority != priority:
        session.add(Event(question_id=question.id, at=utcnow(), actor=actor, action="priority",
                          from_status=question.status, to_status=question.status,
                          detail=f"{question.priority} -> {priority}"))
        question.priority = priority
        session.flush()
    return question


def dismiss_duplicate(session: Session, question_id: int, actor: str) -> Question:
    """The manager says the probable duplicate is not one."""
    question = get_question(session, question_id)
    if question.probable_duplicate_id is not None:
        session.add(Event(question_id=question.id, at=utcnow(), actor=actor, action="not_duplicate",
                          from_status=question.status, to_status=question.status,
                          detail=f"not a repeat of {question_ref(question.probable_duplicate_id)}"))
        question.probable_duplicate_id = None
        question.probable_duplicate_score = None
        session.flush()
    return question


@dataclass
class BulkOutcome:
    done: list[int] = field(default_factory=list)
    failed: dict[int, str] = field(default_factory=dict)
    # The refusals themselves, so the window can say them in the user's language.
    errors: dict[int, DomainError] = field(default_factory=dict)

    def summary(self) -> str:
        lines = [f"{question_ref(q)}: {why}" for q, why in self.failed.items()]
        return "\n".join(lines)


def apply_to_many(
    sessions: Callable[[], Session], question_ids: Iterable[int],
    action: Callable[[Session, int], object],
    expected: Mapping[int, int] | None = None,
) -> BulkOutcome:
    """Run `action` on each question in its own transaction; refusals are collected.

    `expected` holds the versions the window showed: a question another desk changed
    since is refused with who and when (core/conflicts.py), not acted on blindly."""
    outcome = BulkOutcome()
    for question_id in question_ids:
        try:
            with sessions() as session, session.begin():
                if expected and question_id in expected:
                    check_version(session, get_question(session, question_id),
                                  expected[question_id])
                action(session, question_id)
        except DomainError as exc:
            outcome.failed[question_id] = str(exc)
            outcome.errors[question_id] = exc
        else:
            outcome.done.append(question_id)
    return outcome


def merge_target(question_ids: Iterable[int]) -> int:
    """Where a selection of repeats is merged: into the oldest question (the lowest id),
    the one agents have waited on longest."""
    return min(question_ids)


def merge_into_oldest(
    sessions: Callable[[], Session], question_ids: Iterable[int], actor: str,
) -> tuple[int, BulkOutcome]:
    """Merge every selected question into the oldest of them; returns it and the outcome."""
    ids = list(question_ids)
    target = merge_target(ids)
    others = [q for q in ids if q != target]
    return target, apply_to_many(sessions, others, lambda s, q: merge(s, q, target, actor))


# --- what the triage panel shows --------------------------------------------------
@dataclass
class TriageInfo:
    """Everything the triage panel shows for one question, loaded in one go off the GUI thread."""

    question_id: int
    ref: str
    status: str
    text: str
    urgent: bool
    priority: int
    has_answer: bool = False
    duplicates: list = field(default_factory=list)        # DuplicateMatch, best first
    probable_duplicate_id: int | None = None
    suggestions: list = field(default_factory=list)       # FaqHit, best first
    departments: list = field(default_factory=list)       # DepartmentSuggestion, best first
    all_departments: list[tuple[int, str, int]] = field(default_factory=list)  # id, name, SLA
    due_previews: dict[int, datetime] = field(default_factory=dict)
    # Working hours each department would have (its SLA, halved when urgent).
    due_hours: dict[int, float] = field(default_factory=dict)
    # What the manager may do now (workflow.allowed_actions of the status).
    actions: list[str] = field(default_factory=list)

    @property
    def triageable(self) -> bool:
        """Waiting for a triage decision (answer from FAQ, route, merge, reject)."""
        return can_triage(self.actions)

    @property
    def has_probable_duplicate(self) -> bool:
        """A probable duplicate (not merely a similar question) is on show."""
        return self.probable_duplicate_id is not None or any(m.probable for m in self.duplicates)


SIMILAR_THRESHOLD = 0.3


def triage_info(session: Session, question_id: int, *, now: datetime | None = None) -> TriageInfo:
    from liaison_app.core.questions.duplicates import THRESHOLD, find_duplicates
    from liaison_app.core.questions.routing import suggest_departments
    from liaison_app.core.search.faq_search import search_faq

    question = get_question(session, question_id)
    info = TriageInfo(question.id, question.ref, question.status, question.text, question.urgent,
                      question.priority, has_answer=bool((question.answer or "").strip()),
                      probable_duplicate_id=question.probable_duplicate_id,
                      actions=allowed_actions(question.status))
    matches = find_duplicates(session, question.text, exclude=[question.id], limit=3,
                              threshold=SIMILAR_THRESHOLD)
    # The match recorded at intake comes first even if later questions score higher.
    if question.probable_duplicate_id is not None and all(
        m.question_id != question.probable_duplicate_id for m in matches
    ):
        target = session.get(Question, question.probable_duplicate_id)
        if target is not None:
            from liaison_app.core.questions.duplicates import DuplicateMatch

            matches.insert(0, DuplicateMatch(target.id, target.ref, target.text, target.status,
                                             question.probable_duplicate_score or THRESHOLD, []))
    info.duplicates = matches
    info.suggestions = search_faq(session, question.text, limit=5)
    info.departments = suggest_departments(session, question.text, faq_hits=info.suggestions,
                                           exclude_question=question.id)
    info.all_departments = [
        (d.id, d.name, d.sla_hours) for d in session.scalars(
            select(Department).where(Department.active.is_(True)).order_by(Department.name))
    ]
    calendar = load_calendar(session)
    start = now or utcnow()
    info.due_previews = {
        dep_id: calendar.due_at(start, sla, question.urgent) for dep_id, _name, sla in info.all_departments
    }
    info.due_hours = {
        dep_id: calendar.due_hours(sla, question.urgent) for dep_id, _name, sla in info.all_departments
    }
    return info
