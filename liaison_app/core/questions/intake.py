"""The one intake service: every forwarded question enters through `forward_question`.

The command line (`liaison forward`), file import, the "Forward a question" dialog and
agents' forwarding mail all call it, so validation, agent lookup, the creation event,
duplicate detection and FAQ suggestions are the same whichever door a question used.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from liaison_app.core.models import Agent, Question, QuestionAgent
from liaison_app.core.questions.duplicates import find_duplicates
from liaison_app.core.questions.workflow import DomainError, record_creation
from liaison_app.core.search.faq_search import FaqHit, search_faq
from liaison_app.core.timeutil import as_utc, utcnow

MAX_TEXT_CHARS = 2000
MAX_CONTEXT_CHARS = 10000
MAX_PRODUCT_CHARS = 100
# The agent code column's width: checked here so SQLite (which stores any length) and
# PostgreSQL (which refuses the whole import) both say which line and field.
MAX_AGENT_CODE_CHARS = 40
SUGGESTIONS = 5
SOURCES = ("cli", "import", "dialog", "email", "demo", "desk")


class IntakeError(DomainError):
    """A forwarded question was refused; `field` names the offending input."""

    def __init__(self, field_name: str, message: str) -> None:
        super().__init__(message)
        self.field = field_name


@dataclass
class ForwardRequest:
    agent: str  # the agent's code (employee number)
    text: str
    context: str = ""
    product: str = ""
    urgent: bool = False
    forwarded_at: datetime | None = None
    source: str = "cli"
    # Used only when the caller allows unknown agents to be created.
    agent_name: str = ""
    agent_email: str = ""


@dataclass
class ForwardResult:
    question_id: int
    ref: str
    duplicate_of: int | None = None
    duplicate_ref: str | None = None
    duplicate_text: str | None = None
    duplicate_score: float | None = None
    suggestions: list[FaqHit] = field(default_factory=list)
    agent_created: bool = False


def clean_request(request: ForwardRequest) -> ForwardRequest:
    """The request with whitespace trimmed, or IntakeError naming the bad field."""
    agent = (request.agent or "").strip()
    text = (request.text or "").strip()
    context = (request.context or "").strip()
    product = (request.product or "").strip()
    for name, value in (("agent", agent), ("text", text), ("context", context), ("product", product)):
        if "\x00" in value:
            raise IntakeError(name, f"{name} contains a NUL character (a damaged file?)")
    if not agent:
        raise IntakeError("agent", "agent is missing")
    if len(agent) > MAX_AGENT_CODE_CHARS:
        raise IntakeError("agent", f"agent code is {len(agent)} characters long "
                                   f"(at most {MAX_AGENT_CODE_CHARS})")
    if not text:
        raise IntakeError("text", "text is empty")
    if len(text) > MAX_TEXT_CHARS:
        raise IntakeError("text", f"text is {len(text)} characters long (at most {MAX_TEXT_CHARS})")
    if len(context) > MAX_CONTEXT_CHARS:
        raise IntakeError(
            "context", f"context is {len(context)} characters long (at most {MAX_CONTEXT_CHARS})"
        )
    if len(product) > MAX_PRODUCT_CHARS:
        raise IntakeError("product", f"product is longer than {MAX_PRODUCT_CHARS} characters")
    if request.source not in SOURCES:
        raise IntakeError("source", f"unknown source {request.source!r}")
    forwarded_at = request.forwarded_at
    if forwarded_at is not None:
        forwarded_at = as_utc(forwarded_at)
        if forwarded_at > utcnow():
            raise IntakeError("forwarded_at", "forwarded_at is in the future")
    return ForwardRequest(
        agent=agent, text=text, context=context, product=product, urgent=bool(request.urgent),
        forwarded_at=forwarded_at, source=request.source,
        agent_name=(request.agent_name or "").strip(), agent_email=(request.agent_email or "").strip(),
    )


def find_agent(session: Session, code: str) -> Agent | None:
    return session.scalar(select(Agent).where(Agent.code == code))


def resolve_agent(session: Session, request: ForwardRequest, create: bool) -> tuple[Agent, bool]:
    agent = find_agent(session, request.agent)
    if agent is not None:
        return agent, False
    if not create:
        raise IntakeError(
            "agent", f"unknown agent {request.agent!r} (add the agent first, or allow creating it)"
        )
    agent = Agent(code=request.agent, name=request.agent_name or request.agent,
                  email=request.agent_email or None)
    session.add(agent)
    session.flush()
    return agent, True


def forward_question(
    session: Session,
    request: ForwardRequest,
    actor: str,
    *,
    create_agent: bool = False,
    check_duplicates: bool = True,
    suggestions: int = SUGGESTIONS,
    client_key: str | None = None,
) -> ForwardResult:
    """Record one forwarded question (flushed, not committed: the caller owns the transaction).

    The probable duplicate is looked for among open questions before this one joins
    them, and kept on the question so the Inbox shows it; FAQ suggestions are returned
    for the caller to print or show.
    """
    request = clean_request(request)
    agent, created = resolve_agent(session, request, create_agent)
    matches = find_duplicates(session, request.text, limit=1) if check_duplicates else []
    match = matches[0] if matches else None
    at = request.forwarded_at or utcnow()
    question = Question(
        text=request.text, customer_context=request.context, product=request.product,
        urgent=request.urgent, priority=1 if request.urgent else 0, source=request.source,
        created_at=at, updated_at=at,
        probable_duplicate_id=match.question_id if match else None,
        probable_duplicate_score=match.score if match else None,
        duplicate_checked=check_duplicates, client_key=client_key,
    )
    if not check_duplicates and session.get_bind().dialect.name == "postgresql":
        # An agent may read a question only once it is theirs, so the row cannot be
        # returned by its own INSERT: the id is taken first, and the forward is claimed
        # before its creation event is written (each write is checked as the agent).
        question.id = session.scalar(text("SELECT nextval('questions_id_seq')"))
    session.add(question)
    session.flush()
    session.add(QuestionAgent(question_id=question.id, agent_id=agent.id, forwarded_at=at))
    session.flush()
    record_creation(session, question, actor, detail=f"forwarded by {agent.code} ({request.source})")
    session.flush()
    hits = search_faq(session, request.text, limit=suggestions) if suggestions else []
    return ForwardResult(
        question_id=question.id, ref=question.ref,
        duplicate_of=match.question_id if match else None,
        duplicate_ref=match.ref if match else None,
        duplicate_text=match.text if match else None,
        duplicate_score=match.score if match else None,
        suggestions=hits, agent_created=created,
    )


def result_json(result: ForwardResult) -> dict:
    """The `forward --json` shape of DESIGN.md section 5 (plus a few extra keys)."""
    return {
        "id": result.question_id,
        "ref": result.ref,
        "duplicate_of": result.duplicate_of,
        "duplicate": None if result.duplicate_of is None else {
            "id": result.duplicate_of, "ref": result.duplicate_ref,
            "text": result.duplicate_text, "score": result.duplicate_score,
        },
        "suggestions": [hit.as_json() for hit in result.suggestions],
        "agent_created": result.agent_created,
    }
