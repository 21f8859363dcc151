"""Named values stored as short strings: question states, message kinds, FAQ states.

`StrEnum` keeps the database readable (`awaiting_department`, not 3) and the JSON contract
stable: the value is the name the contract uses.
"""

from __future__ import annotations

from enum import StrEnum


class QuestionStatus(StrEnum):
    NEW = "new"
    ANSWERED_FROM_FAQ = "answered_from_faq"
    AWAITING_DEPARTMENT = "awaiting_department"
    ANSWER_RECEIVED = "answer_received"
    ANSWERED = "answered"
    CLOSED = "closed"
    DUPLICATE = "duplicate"
    REJECTED = "rejected"


OPEN_STATUSES = (
    QuestionStatus.NEW,
    QuestionStatus.ANSWERED_FROM_FAQ,
    QuestionStatus.AWAITING_DEPARTMENT,
    QuestionStatus.ANSWER_RECEIVED,
)


# Overdue means a department is late: its answer was due and has not come. Questions
# whose answer is in (received, or found in the FAQ) wait on the manager, not on the
# department's deadline.
OVERDUE_STATUSES = (QuestionStatus.AWAITING_DEPARTMENT,)


class Resolution(StrEnum):
    FAQ = "faq"
    DEPARTMENT = "department"
    IN_CENTER = "in_center"


class Direction(StrEnum):
    IN = "in"
    OUT = "out"


class MessageKind(StrEnum):
    EMAIL = "email"
    CALL = "call"
    NOTE = "note"


class MessageState(StrEnum):
    DRAFT = "draft"
    QUEUED = "queued"
    SENDING = "sending"
    SENT = "sent"
    FAILED = "failed"
    # Stored raw from IMAP, not parsed yet (a crash between the two loses nothing).
    FETCHED = "fetched"
    RECEIVED = "received"
    QUARANTINED = "quarantined"
    LOGGED = "logged"
    # Taken out of the unmatched tray by the manager (not a reply, or spam); kept raw,
    # never deleted, and can be put back.
    DISMISSED = "dismissed"


class QueryStatus(StrEnum):
    OPEN = "open"
    ANSWERED = "answered"
    CANCELLED = "cancelled"


class FaqStatus(StrEnum):
    DRAFT = "draft"
    IN_REVIEW = "in_review"
    PUBLISHED = "published"
    RETIRED = "retired"


class ApprovalSide(StrEnum):
    CENTER = "center"
    DEPARTMENT = "department"


class HitKind(StrEnum):
    TRIAGE = "triage"
    COPY = "copy"
    USED = "used"
    # On an agent's desk during a call: the answer opened, the answer copied.
    OPEN = "open"
    AGENT_COPY = "agent_copy"
