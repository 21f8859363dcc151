"""Two people saving the same question or FAQ entry: the second save is refused, never
applied over the first (optimistic locking).

Each recorded change of a question (a workflow step) or an FAQ entry (a step of its
life) sets the row's next `version`. Two guards stop a lost update:
- the window names the version it showed (`expected`): a save that started from an
  older version is refused before anything is written;
- SQLAlchemy's version column adds `WHERE version = <read>` to the UPDATE, so two
  sessions racing between read and write cannot both succeed: the later flush matches
  no row and is refused the same way.
The refusal says who made the change in between and when, from the row's own events.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import inspect, select
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from liaison_app.core.errors import DomainError
from liaison_app.core.models import Event, FaqEntry, FaqEvent, Question, question_ref
from liaison_app.core.timeutil import format_local


class EditConflict(DomainError):
    """Someone else saved this row after the editor read it; reload and decide again."""

    def __init__(self, kind: str, row_id: int, by: str, at: datetime | None, version: int | None):
        ref = question_ref(row_id) if kind == "question" else f"FAQ #{row_id}"
        when = format_local(at) if at is not None else "?"
        super().__init__(
            f"{ref} was changed by {by or 'someone else'} at {when} after you opened it; "
            f"it has been reloaded: check it and try again",
            code="edit_conflict", kind=kind, ref=ref, id=row_id, by=by, at=at, version=version,
        )


def last_change(session: Session, kind: str, row_id: int) -> tuple[str, datetime | None, int | None]:
    """Who made the row's latest recorded change, when, and its version now."""
    if kind == "question":
        row = session.execute(select(Event.actor, Event.at).where(Event.question_id == row_id)
                              .order_by(Event.id.desc()).limit(1)).first()
        version = session.scalar(select(Question.version).where(Question.id == row_id))
    else:
        row = session.execute(select(FaqEvent.actor, FaqEvent.at).where(FaqEvent.entry_id == row_id)
                              .order_by(FaqEvent.id.desc()).limit(1)).first()
        version = session.scalar(select(FaqEntry.version).where(FaqEntry.id == row_id))
    return (row[0] if row else ""), (row[1] if row else None), version


def _kind(row: Question | FaqEntry) -> str:
    return "question" if isinstance(row, Question) else "faq_entry"


def _conflict_after_failed_flush(bind, kind: str, row_id: int) -> EditConflict:
    """The refusal, read in a fresh session: the caller's was rolled back by the flush."""
    with Session(bind=bind) as fresh:
        by, at, version = last_change(fresh, kind, row_id)
    return EditConflict(kind, row_id, by, at, version)


def current_versions(session: Session, question_ids: list[int]) -> dict[int, int]:
    """The versions of the questions on screen, for the window to send back with a save."""
    if not question_ids:
        return {}
    rows = session.execute(select(Question.id, Question.version)
                           .where(Question.id.in_(question_ids)))
    return {question_id: version for question_id, version in rows}


def check_version(session: Session, row: Question | FaqEntry, expected: int | None) -> None:
    """Refuse the save when the editor started from another version than the stored one."""
    if expected is not None and (row.version or 1) != expected:
        by, at, version = last_change(session, _kind(row), row.id)
        raise EditConflict(_kind(row), row.id, by, at, version)


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
