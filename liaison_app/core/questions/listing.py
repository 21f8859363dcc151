"""Listing questions with filtering, sorting and paging done in SQL.

The Inbox model and `liaison questions` share this module, so the window and the
command line always agree on what a filter means.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

import opencc
from sqlalchemy import Boolean, Select, exists, func, or_, select, text
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session
from sqlalchemy.sql.functions import FunctionElement

from liaison_app.core.errors import DomainError
from liaison_app.core.models import (
    Agent,
    Department,
    Question,
    QuestionAgent,
    QuestionStatus,
)
from liaison_app.core.models.states import OVERDUE_STATUSES
from liaison_app.core.questions.text_index import contains_clause
from liaison_app.core.timeutil import utcnow

# The longest text the filter box takes: longer than any question reference, phrase or
# card number anyone types, far below SQLite's limit on LIKE patterns (50,000 bytes).
MAX_FILTER_CHARS = 200
# Question ids are PostgreSQL `integer`s: a longer number typed in the filter (a phone,
# card or ID number) is text to look for, never an id (it would overflow the parameter).
MAX_QUESTION_ID = 2**31 - 1


@dataclass(frozen=True)
class QuestionFilter:
    statuses: tuple[str, ...] = ()
    department_id: int | None = None
    agent_id: int | None = None
    product: str | None = None
    overdue: bool = False
    created_from: datetime | None = None
    created_to: datetime | None = None
    text: str = ""

    def where(self, now: datetime | None = None) -> list:
        clauses: list = []
        if self.statuses:
            clauses.append(Question.status.in_(self.statuses))
        if self.department_id is not None:
            clauses.append(Question.department_id == self.department_id)
        if self.agent_id is not None:
            clauses.append(
                exists().where(
                    QuestionAgent.question_id == Question.id,
                    QuestionAgent.agent_id == self.agent_id,
                )
            )
        if self.product:
            clauses.append(Question.product == self.product)
        if self.overdue:
            clauses.append(Question.is_overdue_at(now or utcnow()))
        if self.created_from is not None:
            clauses.append(Question.created_at >= self.created_from)
        if self.created_to is not None:
            clauses.append(Question.created_at < self.created_to)
        text = self.text.strip()
        if len(text) > MAX_FILTER_CHARS:
            raise DomainError(
                f"the filter text is {len(text):,} characters long; at most {MAX_FILTER_CHARS} are searched",
                code="filter_too_long", limit=MAX_FILTER_CHARS)
        if text:
            ref_id = _ref_to_id(text)
            # Each script of the words typed is looked for, so 挂失 finds questions
            # written 掛失 (as FAQ search folds them).
            variants = script_variants(text)
            text_match = text_contains(Question.id, typed=text, variants=tuple(variants))
            clauses.append(or_(text_match, Question.id == ref_id) if ref_id else text_match)
        return clauses


class case_blind_like(FunctionElement):
    """`column LIKE pattern` ignoring ASCII letter case, `\\` escaping: PostgreSQL's ILIKE,
    SQLite's own LIKE (already blind to ASCII case). SQLAlchemy's ilike() would wrap both
    sides in lower() on SQLite, three times slower over 200,000 questions (5.0 s against
    1.7 s on a loaded 2-core machine)."""

    type = Boolean()
    inherit_cache = True
    name = "case_blind_like"


def plain_text_match(variants: list[str] | tuple[str, ...]):
    """Text or context contains any variant: the scan, where no index answers."""
    return or_(*(
        case_blind_like(column, f"%{escape_like(variant)}%")
        for variant in variants
        for column in (Question.text, Question.customer_context)
    ))


class text_contains(FunctionElement):
    """"Text or context contains what was typed", answered by the text index of each
    database (`text_index`): an FTS5 table on SQLite, a pg_trgm index on PostgreSQL, the
    plain scan elsewhere and for a single character. Compiled per dialect, so the window
    and `liaison questions` share one filter whatever database they open."""

    type = Boolean()
    name = "text_contains"
    # The typed text is part of the SQL (the FTS phrase): never served from the cache.
    inherit_cache = False

    def __init__(self, anchor, typed: str, variants: tuple[str, ...]) -> None:
        super().__init__(anchor)
        self.typed = typed
        self.variants = variants


def _compile_contains(element: text_contains, compiler, **kw) -> str:
    clause = contains_clause(compiler.dialect.name, Question, element.typed,
                             list(element.variants), plain_text_match(element.variants))
    return compiler.process(clause, **kw)


compiles(text_contains)(_compile_contains)


@compiles(case_blind_like)
def _ilike(element: case_blind_like, compiler, **kw) -> str:
    column, pattern = (compiler.process(c, **kw) for c in element.clauses)
    return f"({column} ILIKE {pattern} ESCAPE '\\')"


@compiles(case_blind_like, "sqlite")
def _sqlite_like(element: case_blind_like, compiler, **kw) -> str:
    column, pattern = (compiler.process(c, **kw) for c in element.clauses)
    return f"({column} LIKE {pattern} ESCAPE '\\')"


_TO_SIMPLIFIED = opencc.OpenCC("t2s")
_TO_TRADITIONAL = opencc.OpenCC("s2t")


def script_variants(text: str) -> list[str]:
    """The text as typed, in Simplified and in Traditional characters (each once)."""
    variants = [text]
    for converted in (_TO_SIMPLIFIED.convert(text), _TO_TRADITIONAL.convert(text)):
        if converted not in variants:
            variants.append(converted)
    return variants


def escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _ref_to_id(text: str) -> int | None:
    """`LQ-000123`, `lq123` or `123` typed in the filter box finds question 123."""
    cleaned = text.upper().removeprefix("LQ").lstrip("-").strip()
    if not (cleaned.isascii() and cleaned.isdigit()) or len(cleaned) > 10:
        return None
    return int(cleaned) if 1 <= int(cleaned) <= MAX_QUESTION_ID else None


# The instance side of Question.is_unread, taken once: reading the hybrid through the class
# builds its SQL expression on every call (0.35 ms a cell, the Inbox's longest stall).
_is_unread = Question.__dict__["is_unread"].fget


@dataclass
class QuestionRow:
    """One Inbox line: just what the table shows, loaded a page at a time."""

    id: int
    status: str
    text: str
    product: str
    urgent: bool
    priority: int
    department: str | None
    created_at: datetime
    due_at: datetime | None
    read_at: datetime | None
    first_agent: str | None
    agent_count: int
    extra: dict = field(default_factory=dict)
    # A department's answer is late (Question.is_overdue_at, as of loading).
    overdue: bool = False
    # Every open query waits for the manager's answer to a clarification request
    # (Question.is_paused): "waiting for you", not late.
    paused: bool = False

    @property
    def unread(self) -> bool:
        """New and not opened yet: Question.is_unread's own rule, applied to this row (so a
        row the window marks read stops being unread at once)."""
        return _is_unread(self)


# Sort keys the Inbox offers; each maps to one SQL expression (ties broken by id).
SORT_KEYS = {
    "id": Question.id,
    "status": Question.status,
    "text": Question.text,
    "product": Question.product,
    "urgent": Question.urgent,
    "department": Department.name,
    "created_at": Question.created_at,
    "due_at": Question.due_at,
}


def _agents_subqueries():
    first_agent = (
        select(func.min(Agent.name))
        .join(QuestionAgent, QuestionAgent.agent_id == Agent.id)
        .where(QuestionAgent.question_id == Question.id)
        .correlate(Question)
        .scalar_subquery()
    )
    agent_count = (
        select(func.count())
        .select_from(QuestionAgent)
        .where(QuestionAgent.question_id == Question.id)
        .correlate(Question)
        .scalar_subquery()
    )
    return first_agent, agent_count


def count_questions(session: Session, filt: QuestionFilter) -> int:
    stmt = select(func.count()).select_from(Question).where(*filt.where())
    return session.scalar(stmt) or 0


def _order(sort: str, descending: bool) -> list:
    key = SORT_KEYS.get(sort, Question.created_at)
    return [key.desc(), Question.id.desc()] if descending else [key.asc(), Question.id.asc()]


def ids_statement(filt: QuestionFilter, sort: str = "created_at", descending: bool = True) -> Select:
    """Every matching id in the list's order, on the narrow table (no joins for rows)."""
    ids = select(Question.id).where(*filt.where())
    if sort == "department":
        ids = ids.outerjoin(Department, Department.id == Question.department_id)
    return ids.order_by(*_order(sort, descending))


def _rows_statement(id_source, now: datetime | None = None) -> Select:
    first_agent, agent_count = _agents_subqueries()
    return (
        select(
            Question.id,
            Question.status,
            Question.text,
            Question.product,
            Question.urgent,
            Question.priority,
            Department.name,
            Question.created_at,
            Question.due_at,
            Question.read_at,
            first_agent,
            agent_count,
            Question.is_overdue_at(now or utcnow()),
            Question.is_paused,
        )
        .join(id_source, id_source.c.id == Question.id)
        .outerjoin(Department, Department.id == Question.department_id)
    )


def page_statement(
    filt: QuestionFilter, sort: str = "created_at", descending: bool = True,
    offset: int = 0, limit: int | None = None, now: datetime | None = None,
) -> Select:
    """One page of rows, in two steps: the page's ids are picked (sorted, filtered,
    offset) on the narrow table first, and only those rows get their joins and agent
    subqueries; otherwise SQLite would compute them for every matching row before
    sorting (120 ms instead of a few on 200,000 questions)."""
    ids = ids_statement(filt, sort, descending).offset(offset)
    if limit is not None:
        ids = ids.limit(limit)
    return _rows_statement(ids.subquery(), now).order_by(*_order(sort, descending))


def fetch_page(
    session: Session,
    filt: QuestionFilter,
    offset: int,
    limit: int,
    sort: str = "created_at",
    descending: bool = True,
) -> list[QuestionRow]:
    stmt = page_statement(filt, sort, descending, offset, limit)
    return [QuestionRow(*row[:-2], overdue=bool(row[-2]), paused=bool(row[-1])) for row in session.execute(stmt)]


# Characters of the id list split and converted at a time (about 10,000 ids, a few
# milliseconds).
_ID_CHUNK_CHARS = 64_000


def fetch_ids(session: Session, filt: QuestionFilter, sort: str = "created_at",
              descending: bool = True) -> list[int]:
    """The whole list as ids, in order: deep pages are then picked by id instead of an
    OFFSET that reads every row before them (a scroll to row 100,000)."""
    # One text value from the database, not a row per id: 200,000 result rows (tuples,
    # tracked by the garbage collector) made the worker hold the GIL through collections
    # and stalled the window by 66–290 ms; strings and ints are not tracked.
    ordered = ids_statement(filt, sort, descending).subquery()
    if session.get_bind().dialect.name == "postgresql":
        joined = select(func.array_to_string(
            func.array(select(ordered.c.id).scalar_subquery()), ","))
    else:  # SQLite keeps the subquery's order in group_concat
        joined = select(func.group_concat(ordered.c.id, ","))
    text = session.scalar(joined) or ""
    if not text:
        return []
    # Split and converted a slice at a time: one split of the whole text (a single C
    # call over 1.3 MB) held the GIL 20–60 ms on a loaded machine; between slices the
    # window's thread gets its turn.
    ids: list[int] = []
    start, end = 0, len(text)
    while start < end:
        stop = text.find(",", start + _ID_CHUNK_CHARS)
        stop = end if stop < 0 else stop
        ids.extend(map(int, text[start:stop].split(",")))
        start = stop + 1
    return ids


def fetch_by_ids(session: Session, ids: list[int]) -> list[QuestionRow]:
    """The rows of `ids`, in that order (ids gone since are left out)."""
    if not ids:
        return []
    id_source = select(Question.id).where(Question.id.in_(ids)).subquery()
    found = {row[0]: QuestionRow(*row[:-2], overdue=bool(row[-2]), paused=bool(row[-1]))
             for row in session.execute(_rows_statement(id_source))}
    return [found[i] for i in ids if i in found]


def status_counts(session: Session) -> dict[str, int]:
    """Questions per state, every state present (zero when none), for navigation badges."""
    counts = {status.value: 0 for status in QuestionStatus}
    for status, n in session.execute(
        select(Question.status, func.count()).group_by(Question.status)
    ):
        counts[status] = n
    return counts


def overdue_count(session: Session) -> int:
    """Questions overdue now. A paused question (the department waits for the manager)
    is not overdue; that rule reads the queries, which an agent's login on a team
    database may not: its count of its own forwarded questions leaves the pause out."""
    if (session.get_bind().dialect.name != "postgresql" or session.scalar(
            text("SELECT has_table_privilege('queries', 'SELECT')"))):
        return count_questions(session, QuestionFilter(overdue=True))
    now = utcnow()
    return session.scalar(select(func.count()).select_from(Question).where(
        Question.due_at.is_not(None), Question.due_at < now,
        Question.status.in_([s.value for s in OVERDUE_STATUSES]))) or 0


@dataclass
class FilterChoices:
    """What the Inbox's filter boxes offer."""

    departments: list[tuple[int, str]]
    agents: list[tuple[int, str]]
    products: list[str]


def filter_choices(session: Session) -> FilterChoices:
    departments = [(i, n) for i, n in session.execute(
        select(Department.id, Department.name).order_by(Department.name))]
    agents = [(i, f"{c} {n}") for i, c, n in session.execute(
        select(Agent.id, Agent.code, Agent.name).order_by(Agent.code))]
    products = [p for (p,) in session.execute(
        select(Question.product).where(Question.product != "").distinct().order_by(Question.product)
        .limit(500))]
    return FilterChoices(departments, agents, products)


def latest_question_id(session: Session) -> int:
    """The newest question's id: a cheap way to notice arrivals from other programs."""
    return session.scalar(select(func.max(Question.id))) or 0
