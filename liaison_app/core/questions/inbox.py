"""Small Inbox actions that are not state changes (reading marks)."""

from __future__ import annotations

from sqlalchemy import update
from sqlalchemy.orm import Session

from liaison_app.core.models import Question
from liaison_app.core.timeutil import utcnow


def mark_read(session: Session, question_id: int) -> bool:
    """Mark a question read; True when it was unread (the Inbox then un-bolds it)."""
    result = session.execute(
        update(Question)
        .where(Question.id == question_id, Question.read_at.is_(None))
        .values(read_at=utcnow())
    )
    return result.rowcount > 0
