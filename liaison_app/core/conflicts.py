"""Two people saving the same question, FAQ entry, department or bulletin: the second
save is refused, never applied over the first (optimistic locking).

Each recorded change of a question (a workflow step) or an FAQ entry (a step of its
life) sets the row's next `version`. Two guards stop a lost update:
- the window names the version it showed (`expected`): a save that started from an
  older version is refused before anything is written;
- SQLAlchemy's version column adds `WHERE version = <read>` to the UPDATE, so two
  sessions racing between read and write cannot both succeed: the later flush matches
  no row and is refused the same way.
The refusal says who made the change in between and when: from the row's own events
(questions, FAQ entries), or from the audit trail on a team database (departments and
bulletins, which keep no events; on SQLite, one person's file, it says "someone else").
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import inspect, select, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from liaison_app.core.errors import DomainError
from liaison_app.core.models import (
    Bulletin,
    Department,
    Event,
    FaqEntry,
    FaqEvent,
    Question,
    question_ref,
)
from liaison_app.core.timeutil import format_local


class EditConflict(DomainError):
    """Someone else saved this row after the editor read it; reload and decide again."""

    def __init__(self, kind: str, row_id: int, by: str, at: datetime | None, version: int | None,
                 ref: str | None = None):
        ref = ref or (question_ref(row_id) if kind == "question" else f"FAQ #{row_id}")
        when = format_local(at) if at is not None else "?"
        super().__init__(
            f"{ref} was changed by {by or 'someone else'} at {when} after you opened it; "
            f"it has been reloaded: check it and try again",
            code="edit_conflict", kind=kind, ref=ref, id=row_id, by=by, at=at, version=version,
        )


# The rows that carry a version: their kind's name, table, and how people name one.
VERSIONED = {Question: "question", FaqEntry: "faq_entry", Department: "department",
             Bulletin: "bulletin"}
_TABLES = {"department": Department, "bulletin": Bulletin}


def _ref(session: Session, kind: str, row_id: int) -> str | None:
    if kind == "department":
        name = session.scalar(select(Department.name).where(Department.id == row_id))
        return name or f"#{row_id}"
    if kind == "bulletin":
        title = session.scalar(select(Bulletin.title).where(Bulletin.id == row_id))
        return f"「{title}」" if title else f"#{row_id}"
    return None


def _audited(session: Session, table: str, row_id: int) -> tuple[str, datetime | None]:
    """The latest audited change of a row (team database), or nothing to say."""
    if session.get_bind().dialect.name != "postgresql":
        return "", None
    try:
        with session.begin_nested():  # a login that may not read the audit: say nothing
            row = session.execute(text(
                "SELECT coalesce(person, login), at FROM audit_log WHERE target = :t "
                "ORDER BY id DESC LIMIT 1"), {"t": f"{table}:{row_id}"}).first()
    except DBAPIError:
        return "", None
    return (row[0], row[1]) if row else ("", None)


def last_change(session: Session, kind: str, row_id: int) -> tuple[str, datetime | None, int | None]:
    """Who made the row's latest recorded change, when, and its version now."""
    if kind in _TABLES:
        model = _TABLES[kind]
        by, at = _audited(session, model.__tablename__, row_id)
        return by, at, session.scalar(select(model.version).where(model.id == row_id))
    if kind == "question":
        row = session.execute(select(Event.actor, Event.at).where(Event.question_id == row_id)
                              .order_by(Event.id.desc()).limit(1)).first()
        version = session.scalar(select(Question.version).where(Question.id == row_id))
    else:
        row = session.execute(select(FaqEvent.actor, FaqEvent.at).where(FaqEvent.entry_id == row_id)
                              .order_by(FaqEvent.id.desc()).limit(1)).first()
        version = session.scalar(select(FaqEntry.version).where(FaqEntry.id == row_id))
    return (row[0] if row else ""), (row[1] if row else None), version


def _kind(row) -> str:
    return VERSIONED[type(row)]


def conflict(session: Session, kind: str, row_id: int) -> EditConflict:
    """The refusal for `row_id`, saying who changed it last and when."""
    by, at, version = last_change(session, kind, row_id)
    return EditConflict(kind, row_id, by, at, version, ref=_ref(session, kind, row_id))


def _conflict_after_failed_flush(bind, kind: str, row_id: int) -> EditConflict:
    """The refusal, read in a fresh session: the caller's was rolled back by the flush."""
    with Session(bind=bind) as fresh:
        return conflict(fresh, kind, row_id)


def flush_or_conflict(session: Session, row) -> None:
    """Write a versioned row's changes now; a racing session's save (the UPDATE matched
    no row at the version read) is refused as a conflict, not a bare database error."""
    kind, row_id, bind = _kind(row), row.id, session.get_bind()
    try:
        session.flush()
    except StaleDataError as exc:
        raise _conflict_after_failed_flush(bind, kind, row_id) from exc


def current_versions(session: Session, question_ids: list[int]) -> dict[int, int]:
    """The versions of the questions on screen, for the window to send back with a save."""
    if not question_ids:
        return {}
    rows = session.execute(select(Question.id, Question.version)
                           .where(Question.id.in_(question_ids)))
    return {question_id: version for question_id, version in rows}


def check_version(session: Session, row, expected: int | None) -> None:
    """Refuse the save when the editor started from another version than the stored one."""
    if expected is not None and (row.version or 1) != expected:
        raise conflict(session, _kind(row), row.id)


def next_version(session: Session, row: Question | FaqEntry) -> None:
    """Record a change: the next version, written now, so a racing session is caught here
    (its UPDATE matches no row) rather than overwriting."""
    row.version = (row.version or 1) + 1
    if not inspect(row).persistent:
        return  # a row not yet in the database has nobody to race with
    kind, row_id, bind = _kind(row), row.id, session.get_bind()
    try:
        session.flush()
    except StaleDataError as exc:
        raise _conflict_after_failed_flush(bind, kind, row_id) from exc
