"""The demo data set: a bank call center's departments, agents, FAQ base, bulletins and
hard questions in every state of their life, with the department correspondence.

The demo is how a new user, a screenshot and every benchmark see Liaison, so it has to
look like a real center's desk: the same content every run (a fixed random seed; only
the times move, anchored to the start of the current UTC day so due times are really
upcoming or overdue), event histories that the workflow of `workflow.ACTIONS` could
have produced, and mail threads that the reply matcher will recognise.

This module decides the size and runs the parts in their fixed order (the order in which
they draw from the one random generator): `directory`, `faq`, `questions` (which calls
`correspondence`), each writing through the one `writer.RowWriter`.
`size="large"` (200,000 questions, 50,000 FAQ entries) feeds the start-up, Inbox and
search benchmarks, so it must build quickly (target: under a minute).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import TYPE_CHECKING

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from liaison_app.core.bulk import analyze, paused_gc
from liaison_app.core.models import (
    Agent,
    Bulletin,
    Category,
    Contact,
    Department,
    Event,
    FaqApproval,
    FaqEntry,
    FaqHit,
    FaqRevision,
    FaqSimilar,
    Message,
    Query,
    Question,
)
from liaison_app.core.questions.duplicates import rebuild as rebuild_duplicates
from liaison_app.core.questions.text_index import sync_question_index
from liaison_app.core.questions.workflow import DomainError
from liaison_app.core.timeutil import utcnow
from liaison_app.demo.context import Demo, SizeSpec
from liaison_app.demo.correspondence import Correspondence
from liaison_app.demo.directory import Directory
from liaison_app.demo.faq import FaqBase
from liaison_app.demo.questions import Questions
from liaison_app.demo.writer import RowWriter

if TYPE_CHECKING:
    from liaison_app.core.database import Database

# (status, variant, count): the standard set, and the large one per mille.
STANDARD_MIX = (
    ("new", "plain", 27), ("new", "reopened", 3), ("answered_from_faq", "faq", 14),
    ("awaiting_department", "fresh", 16), ("awaiting_department", "overdue", 16),
    ("awaiting_department", "asked_again", 4), ("answer_received", "department", 12),
    ("answer_received", "in_center", 4), ("answer_received", "routed_in_center", 2),
    ("answered", "department", 12), ("answered", "faq", 6), ("answered", "in_center", 4),
    ("closed", "department", 88), ("closed", "faq", 46), ("closed", "in_center", 26),
    ("duplicate", "merge", 20), ("rejected", "reject", 20),
)
LARGE_MIX_PER_MILLE = (
    ("new", "plain", 27), ("new", "reopened", 3), ("answered_from_faq", "faq", 15),
    ("awaiting_department", "fresh", 18), ("awaiting_department", "overdue", 18),
    ("awaiting_department", "asked_again", 4), ("answer_received", "department", 11),
    ("answer_received", "in_center", 3), ("answer_received", "routed_in_center", 1),
    ("answered", "department", 22), ("answered", "faq", 12), ("answered", "in_center", 6),
    ("closed", "department", 400), ("closed", "faq", 210), ("closed", "in_center", 120),
    ("duplicate", "merge", 65), ("rejected", "reject", 65),
)

SIZES = {
    "standard": SizeSpec(STANDARD_MIX, None, None, 400, 1.1, None),
    "large": SizeSpec(tuple((s, v, n * 200) for s, v, n in LARGE_MIX_PER_MILLE),
                      50_000, 3_000, 1_800, 0.8, 32),
}

# Every table the demo gives ids in (PostgreSQL's sequences are moved past them).
_TABLES = tuple(model.__table__ for model in (
    Department, Contact, Agent, Category, FaqEntry, FaqRevision, FaqApproval, FaqHit,
    Question, Event, Query, Message, Bulletin, FaqSimilar))


def make_demo(
    db: Database, size: str = "standard", progress: Callable[[str], None] | None = None,
    *, now: datetime | None = None,
) -> dict[str, int]:
    """Fill an empty database with the demo set in one transaction; returns rows per table.

    Every time is placed relative to the start of the UTC day of `now` (default: the
    current time); apart from that anchor, every run writes the same rows.
    """
    spec = SIZES.get(size)
    if spec is None:
        raise DomainError(f"unknown demo size '{size}' (expected one of {', '.join(SIZES)})")
    now = utcnow() if now is None else now.astimezone(UTC)
    anchor = now.replace(hour=0, minute=0, second=0, microsecond=0)
    with paused_gc(), db.sessions.begin() as session:
        _refuse_filled(session, db.display_url)
        out = RowWriter(session, anchor, _TABLES)
        demo = Demo(session, spec, anchor, progress or (lambda _step: None), out)
        _build(demo)
        # The Inbox's text filter index (SQLite; PostgreSQL's index keeps itself).
        demo.progress("Indexing question texts for the Inbox filter")
        sync_question_index(session.connection())
        analyze(session.connection())  # plans for a database that just grew from nothing
    return _counts(out)


def _refuse_filled(session: Session, where: str) -> None:
    """Demo rows get explicit ids and fixed names, so they go only into an empty database."""
    held = []
    for model, label in ((Question, "questions"), (FaqEntry, "FAQ entries"),
                         (Department, "departments"), (Agent, "agents"),
                         (Category, "FAQ categories")):
        n = session.scalar(select(func.count()).select_from(model)) or 0
        if n:
            held.append(f"{n} {label}")
    if held:
        raise DomainError(f"database {where} already holds {', '.join(held)}; "
                          "demo data goes into an empty database")


def _build(demo: Demo) -> None:
    """The parts in the order they draw from the generator: directory, the FAQ base's
    plan, the questions' plan, then the rows (FAQ first: questions refer to entries)."""
    directory = Directory(demo)
    faq = FaqBase(demo, directory)
    questions = Questions(demo, directory, faq, Correspondence(demo, directory))
    demo.progress("Writing departments, contacts and agents")
    directory.write()
    faq.write_categories()
    specs = faq.decide()
    plans = questions.plan(specs)
    creators = {p.creates: i for i, p in enumerate(plans) if p.creates is not None}
    demo.progress(f"Writing {len(specs):,} FAQ entries with their reviews and use history")
    faq.write(creators, questions.first_question)
    demo.progress(f"Indexing {len(specs):,} FAQ entries for search")
    faq.index()
    questions.write(plans)
    demo.progress("Indexing open questions for duplicate detection")
    rebuild_duplicates(demo.session)
    demo.progress("Keeping customers' wordings as similar questions")
    faq.write_similar_questions()
    demo.progress("Writing bulletins")
    faq.write_bulletins()
    faq.count_uses()
    demo.out.restart_sequences()


def _counts(out: RowWriter) -> dict[str, int]:
    w = out.written
    return {"departments": w["departments"], "contacts": w["contacts"], "agents": w["agents"],
            "categories": w["categories"], "faq_entries": w["faq_entries"],
            "faq_hits": w["faq_hits"], "questions": w["questions"], "events": w["events"],
            "queries": w["queries"], "messages": w["messages"], "bulletins": w["bulletins"],
            "similar_questions": w["faq_similar"]}
