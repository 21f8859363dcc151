"""All mapped classes, importable from one place; importing this registers every table."""

from liaison_app.core.models.app_settings import Setting
from liaison_app.core.models.base import Base, UTCDateTime
from liaison_app.core.models.correspondence import Attachment, Message
from liaison_app.core.models.directory import Agent, Contact, Department
from liaison_app.core.models.faq import (
    Bulletin,
    BulletinRead,
    BulletinReminder,
    Category,
    FaqApproval,
    FaqEntry,
    FaqEvent,
    FaqHit,
    FaqRevision,
    FaqSearch,
    FaqSimilar,
    QuestionFaqLink,
)
from liaison_app.core.models.faq_flags import FaqFlag, FlagKind
from liaison_app.core.models.live import ChangeLog, Lease
from liaison_app.core.models.people import PersonDepartment, PersonRow
from liaison_app.core.models.questions import Event, Query, Question, QuestionAgent, question_ref
from liaison_app.core.models.search_index import (
    FaqIndexedDoc,
    FaqPosting,
    LearningState,
    QuestionTerm,
    Synonym,
    TermAssociation,
)
from liaison_app.core.models.states import (
    OPEN_STATUSES,
    OVERDUE_STATUSES,
    ApprovalSide,
    Direction,
    FaqStatus,
    HitKind,
    MessageKind,
    MessageState,
    QueryStatus,
    QuestionStatus,
    Resolution,
)

__all__ = [
    "OPEN_STATUSES",
    "OVERDUE_STATUSES",
    "Agent",
    "ApprovalSide",
    "Attachment",
    "Base",
    "Bulletin",
    "BulletinRead",
    "BulletinReminder",
    "Category",
    "ChangeLog",
    "Contact",
    "Department",
    "Direction",
    "Event",
    "FaqApproval",
    "FaqEntry",
    "FaqEvent",
    "FaqFlag",
    "FaqHit",
    "FaqIndexedDoc",
    "FaqPosting",
    "FaqRevision",
    "FaqSearch",
    "FaqSimilar",
    "FaqStatus",
    "FlagKind",
    "HitKind",
    "LearningState",
    "Lease",
    "Message",
    "MessageKind",
    "MessageState",
    "PersonDepartment",
    "PersonRow",
    "Query",
    "QueryStatus",
    "Question",
    "QuestionAgent",
    "QuestionFaqLink",
    "QuestionStatus",
    "QuestionTerm",
    "Resolution",
    "Setting",
    "Synonym",
    "TermAssociation",
    "UTCDateTime",
    "question_ref",
]
