"""The demo data set: a bank call center's departments, agents, FAQ base, bulletins and
hard questions in every state of their life, with the department correspondence.

The demo is how a new user, a screenshot and every benchmark see Liaison, so it has to
look like a real center's desk: the same content every run (a fixed random seed; only
the times move, anchored to the start of the current UTC day so due times are really
upcoming or overdue), event histories that the workflow of `workflow.ACTIONS` could
have produced, and mail threads that the reply matcher will recognise.

`size="large"` (200,000 questions, 50,000 FAQ entries) feeds the start-up, Inbox and
search benchmarks, so it must build quickly (target: under a minute). Rows therefore get
their ids here and go through the driver's bulk path (`executemany` on SQLite, `COPY` on
PostgreSQL): Core `insert()` spends most of its time converting values one at a time
(25 s for the questions and events alone on SQLite, 43 s on PostgreSQL). `_BulkWriter`
converts values exactly as the column types do, and uses Core inserts on other drivers.
"""

from __future__ import annotations

import bisect
import itertools
import json
import operator
import random
from collections import Counter, defaultdict, deque
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from email.charset import BASE64, Charset
from email.header import Header
from email.message import EmailMessage
from email.policy import compat32
from email.utils import format_datetime, formataddr
from typing import TYPE_CHECKING, Any

from sqlalchemy import JSON, Dialect, Table, bindparam, func, insert, select, text, update
from sqlalchemy.orm import Session

from liaison_app.demo import vocabulary as V
from liaison_app.core.models import (
    Agent,
    Bulletin,
    Category,
    Contact,
    Department,
    Event,
    FaqApproval,
    FaqEntry,
    FaqSimilar,
    FaqHit,
    FaqRevision,
    Message,
    Query,
    Question,
    QuestionAgent,
    QuestionFaqLink,
    question_ref,
)
from liaison_app.core.models.base import UTCDateTime
from liaison_app.core.bulk import paused_gc
from liaison_app.core.questions.duplicates import rebuild as rebuild_duplicates
from liaison_app.core.search.faq_index import index_entries
from liaison_app.core.timeutil import utcnow
from liaison_app.core.questions.workflow import ACTIONS, DomainError

if TYPE_CHECKING:
    from liaison_app.core.database import Database

SEED = 20261129
M, H, D = 60, 3600, 86400
LIMIT = -10 * M  # nothing happens later than ten minutes before the anchor
CST = timezone(timedelta(hours=8))  # how the center writes times in mail text

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
# Time-limited promotions: FAQ validity in days from the anchor (some expired, some soon).
PROMO_WINDOWS = {
    "overseas_cashback": (-40, 35), "installment_promo": (-100, -30), "cd_promo": (-20, 6),
    "fx_cash_spring": (-160, -130), "fee_adjust": (-60, None),
}
SOURCES = ("dialog", "email", "import", "cli")
SOURCE_WEIGHTS = (50, 80, 95, 100)  # running totals: 50 %, 30 %, 15 %, 5 %
HIT_KINDS = ("triage", "copy", "used")
HIT_WEIGHTS = (40, 85, 100)


@dataclass(frozen=True)
class SizeSpec:
    mix: tuple[tuple[str, str, int], ...]
    faq_entries: int | None  # None: one entry per (issue, product) of the vocabulary
    rich_tail: int | None  # correspondence for the newest N questions only (None: all)
    hit_scale: float
    hit_exponent: float
    text_pool: int | None  # draw question wordings from a pool of N per (issue, product)


SIZES = {
    "standard": SizeSpec(STANDARD_MIX, None, None, 400, 1.1, None),
    "large": SizeSpec(tuple((s, v, n * 200) for s, v, n in LARGE_MIX_PER_MILLE),
                      50_000, 3_000, 1_800, 0.8, 32),
}


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
    now = utcnow() if now is None else now.astimezone(timezone.utc)
    anchor = now.replace(hour=0, minute=0, second=0, microsecond=0)
    with paused_gc(), db.sessions.begin() as session:
        _refuse_filled(session, db.display_url)
        builder = _DemoBuilder(session, spec, anchor, progress or (lambda _step: None))
        builder.run()
    return builder.counts()


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


class _BulkWriter:
    """Buffers rows per table and writes them through the driver's bulk path.

    Times in rows are whole seconds relative to the anchor (the demo thinks in offsets);
    they and JSON values are converted as the column types convert them (UTC text on
    SQLite, aware timestamps on PostgreSQL, JSON text), so rows read back through the ORM
    exactly like rows it wrote itself. Drivers without a fast path here (psycopg2,
    pg8000, ...) get plain Core `insert()` executemany: slower, same rows.
    """

    def __init__(self, session: Session, anchor: datetime) -> None:
        self.connection = session.connection()
        self.anchor = anchor
        self.epoch = int(anchor.timestamp())
        self.backend = self.connection.dialect.name
        self.mode = self.mode_for(self.connection.dialect)
        self.dbapi = self.connection.connection.driver_connection
        self.buffers: dict[str, list[dict[str, Any]]] = defaultdict(list)
        self.written: Counter[str] = Counter()
        self._plans: dict[str, tuple[str, Callable, list[tuple[int, Callable]]]] = {}

    def add(self, table: Table, row: dict[str, Any]) -> None:
        self.buffers[table.name].append(row)

    def rows(self, table: Table) -> list[dict[str, Any]]:
        """The buffer of `table` itself, for hot loops that append to it directly."""
        return self.buffers[table.name]

    def flush(self, *tables: Table) -> None:
        """Write the buffered rows of `tables`, in that order (parents before children)."""
        for table in tables:
            rows = self.buffers[table.name]
            if rows:
                self._write(table, rows)
                rows.clear()

    @staticmethod
    def mode_for(dialect: Dialect) -> str:
        return {("sqlite", "pysqlite"): "sqlite", ("postgresql", "psycopg"): "copy"}.get(
            (dialect.name, dialect.driver), "core")

    def _plan(self, table: Table) -> tuple[str, Callable, list[tuple[int, Callable]]]:
        plan = self._plans.get(table.name)
        if plan is None:
            names = [c.name for c in table.columns]
            quoted = ", ".join(f'"{n}"' for n in names)
            converters: list[tuple[int, Callable]] = []
            marks = []
            for i, column in enumerate(table.columns):
                mark = "?"
                if isinstance(column.type, JSON) and self.mode != "core":
                    converters.append((i, json.dumps))
                elif isinstance(column.type, UTCDateTime):
                    if self.mode == "sqlite":
                        # SQLite turns the offset into the text SQLAlchemy writes for a UTC
                        # time ('2026-11-29 08:30:00.000000'), four times faster than Python.
                        mark = f"datetime(? + {self.epoch}, 'unixepoch') || '.000000'"
                    else:
                        converters.append((i, self._aware_time))
                marks.append(mark)
            if self.mode == "copy":
                sql = f'COPY "{table.name}" ({quoted}) FROM STDIN'
            else:
                sql = f'INSERT INTO "{table.name}" ({quoted}) VALUES ({", ".join(marks)})'
            plan = self._plans[table.name] = (sql, operator.itemgetter(*names), converters)
        return plan

    @staticmethod
    def _complete(table: Table, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """Rows with every column: left-out ones get their scalar default or NULL, so a
        column added by a later migration needs no change here (unless it is required)."""
        width = len(table.columns)
        if all(len(row) == width for row in rows):
            return rows
        fill = {}
        for column in table.columns:
            default = column.default
            if default is not None and not default.is_scalar:
                continue  # a computed default (a time, a list): rows must give the value
            fill[column.name] = default.arg if default is not None else None
        return [fill | row for row in rows]

    def _write(self, table: Table, rows: list[dict[str, Any]]) -> None:
        sql, getter, converters = self._plan(table)
        rows = self._complete(table, rows)
        values: Iterable[Sequence[Any]] = map(getter, rows)
        if converters:
            values = [self._convert(list(record), converters) for record in values]
        if self.mode == "copy":
            with self.dbapi.cursor() as cursor, cursor.copy(sql) as copy:
                for record in values:
                    copy.write_row(record)
        elif self.mode == "sqlite":
            cursor = self.dbapi.cursor()
            cursor.executemany(sql, values)
            cursor.close()
        else:
            names = [c.name for c in table.columns]
            self.connection.execute(insert(table), [dict(zip(names, v)) for v in values])
        self.written[table.name] += len(rows)

    @staticmethod
    def _convert(record: list[Any], converters: list[tuple[int, Callable]]) -> list[Any]:
        for i, convert in converters:
            if record[i] is not None:
                record[i] = convert(record[i])
        return record

    def _aware_time(self, offset: int) -> datetime:
        return self.anchor + timedelta(seconds=offset)


@dataclass
class _Plan:
    """A question decided before ids are given out (ids follow arrival order)."""

    created: int  # seconds relative to the anchor (negative: in the past)
    status: str
    variant: str
    issue: int
    urgent: bool
    route: int | None = None  # fixed routing time of awaiting questions
    creates: int | None = None  # index of the FAQ entry this closed question gave rise to


@dataclass
class _FaqSpec:
    issue: int
    product: str
    qualifier: str
    status: str
    created: int
    published: int | None
    retired: int | None
    valid_from: int | None
    valid_until: int | None
    from_question: bool


@dataclass
class _Story:
    """A question's life: its events (action, time, actor, detail) and what they left."""

    events: list[tuple[str, int, str, str]] = field(default_factory=list)
    queries: list[dict[str, Any]] = field(default_factory=list)
    answer_at: int | None = None
    answered_by: str | None = None  # resolution
    closed_at: int | None = None


class _DemoBuilder:
    """Decides the demo and writes it: directory, FAQ base, questions in arrival order.

    Everything random comes from one seeded generator consumed in a fixed order, and every
    time is an offset in seconds from the anchor, which is what makes runs identical.
    """

    def __init__(self, session: Session, spec: SizeSpec, anchor: datetime,
                 progress: Callable[[str], None]) -> None:
        self.session = session
        self.spec = spec
        self.anchor = anchor
        self.progress = progress
        self.rng = random.Random(SEED)
        # Ids are given here (no RETURNING round trips), after whatever a table holds.
        self.first_id = {t.name: self._max_id(t) + 1 for t in (
            Department.__table__, Contact.__table__, Agent.__table__, Category.__table__,
            FaqEntry.__table__, FaqRevision.__table__, FaqApproval.__table__, FaqHit.__table__,
            Question.__table__, Event.__table__, Query.__table__, Message.__table__,
            Bulletin.__table__)}
        self.ids = {name: itertools.count(first) for name, first in self.first_id.items()}
        self.out = _BulkWriter(session, anchor)
        self.used_hits: Counter[int] = Counter()
        self.pools: dict[tuple[int, str], list[tuple[str, str]]] = {}
        self.dates: dict[int, str] = {}
        self.imap_uid = 0

    # -- helpers -----------------------------------------------------------------------

    def _max_id(self, table: Table) -> int:
        return self.session.scalar(select(func.max(table.c.id))) or 0

    def _id(self, table: Table) -> int:
        return next(self.ids[table.name])

    def at(self, offset: int | None) -> datetime | None:
        return None if offset is None else self.anchor + timedelta(seconds=offset)

    def local(self, offset: int) -> str:
        """`offset` as the center writes times in mail and notes (UTC+8, to the minute)."""
        day, seconds = divmod(offset + 8 * H, D)  # the anchor is a UTC midnight
        date = self.dates.get(day)
        if date is None:
            date = self.dates[day] = (self.anchor + timedelta(days=day)).strftime("%Y-%m-%d")
        return f"{date} {seconds // H:02d}:{seconds % H // M:02d}"

    def uniform(self, low: float, high: float) -> int:
        return int(self.rng.uniform(low, high))

    def counts(self) -> dict[str, int]:
        w = self.out.written
        return {"departments": w["departments"], "contacts": w["contacts"], "agents": w["agents"],
                "categories": w["categories"], "faq_entries": w["faq_entries"],
                "faq_hits": w["faq_hits"], "questions": w["questions"], "events": w["events"],
                "queries": w["queries"], "messages": w["messages"], "bulletins": w["bulletins"],
                "similar_questions": getattr(self, "similar_written", 0)}

    # -- the run ----------------------------------------------------------------------

    def run(self) -> None:
        self.progress("Writing departments, contacts and agents")
        self._directory()
        self._categories()
        faq = self._faq_specs()
        plans = self._plans(faq)
        creators = {p.creates: i for i, p in enumerate(plans) if p.creates is not None}
        self.first_question = self.first_id["questions"]
        self.progress(f"Writing {len(faq):,} FAQ entries with their reviews and use history")
        self._write_faq(faq, creators)
        # Like every service that writes entries, keep the search index in step, in the
        # same transaction (the index is the search module's business, so its API does it).
        self.progress(f"Indexing {len(faq):,} FAQ entries for search")
        index_entries(self.session, range(self.first_entry, self.first_entry + len(faq)))
        self._write_questions(plans)
        self.progress("Indexing open questions for duplicate detection")
        rebuild_duplicates(self.session)
        self.progress("Keeping customers' wordings as similar questions")
        self.similar_written = self._similar_questions()
        self.progress("Writing bulletins")
        self._bulletins()
        self._finish()

    # Enough captured wordings to show the feature (and its review list) without making
    # the large set's build noticeably slower.
    SIMILAR_LIMIT = 400

    def _similar_questions(self) -> int:
        """Wordings of questions answered from the FAQ, as the workflow captures them:
        customer details removed, near-identical ones once; the newest await review."""
        from liaison_app.core.search.faq_index import index_similar
        from liaison_app.core.faq.similar_questions import generalise, phrasing_key

        links, questions, entries = (QuestionFaqLink.__table__, Question.__table__,
                                     FaqEntry.__table__)
        rows = self.session.execute(
            select(links.c.entry_id, links.c.question_id, questions.c.text, entries.c.question,
                   questions.c.created_at)
            .join(questions, questions.c.id == links.c.question_id)
            .join(entries, entries.c.id == links.c.entry_id)
            .where(links.c.relation == "used")
            .order_by(questions.c.created_at.desc(), links.c.question_id)
            .limit(self.SIMILAR_LIMIT)
        ).all()
        seen: set[tuple[int, str]] = set()
        values = []
        for n, (entry_id, question_id, text, standard, at) in enumerate(rows):
            wording = generalise(text)
            key = phrasing_key(wording)
            if not key or key == phrasing_key(standard) or (entry_id, key) in seen:
                continue
            seen.add((entry_id, key))
            values.append({"entry_id": entry_id, "text": wording[:300], "key": key,
                           "source": "question", "question_id": question_id,
                           "status": "new" if n < 12 else "kept", "created_at": at,
                           "created_by": "demo"})
        if not values:
            return 0
        table = FaqSimilar.__table__
        ids = self.session.execute(
            insert(table).returning(table.c.id, sort_by_parameter_order=True), values).scalars().all()
        index_similar(self.session, ids)
        return len(ids)

    def _directory(self) -> None:
        rng, out = self.rng, self.out
        dept_t, contact_t = Department.__table__, Contact.__table__
        self.departments: dict[str, dict[str, Any]] = {}
        heads, deputies = [], []
        for d, spec in enumerate(V.DEPARTMENTS):
            dept_id = self._id(dept_t)
            contacts = []
            for j, (name, local, title) in enumerate(spec.contacts):
                cid = self._id(contact_t)
                contacts.append({"id": cid, "name": name, "title": title,
                                 "email": f"{local}@bank.example",
                                 "phone": f"010-6659 {3201 + 10 * d + j}"})
                out.add(contact_t, {"id": cid, "department_id": dept_id, "name": name,
                                    "title": title, "email": f"{local}@bank.example",
                                    "phone": f"010-6659 {3201 + 10 * d + j}",
                                    "deputy_id": None, "active": True})
            for j, c in enumerate(contacts):
                deputies.append({"b_id": c["id"],
                                 "b_ref": contacts[(j + 1) % len(contacts)]["id"]})
            heads.append({"b_id": dept_id, "b_ref": contacts[0]["id"]})
            self.departments[spec.name] = {"id": dept_id, "spec": spec, "contacts": contacts,
                                           "head": contacts[0]}
            out.add(dept_t, {"id": dept_id, "name": spec.name, "duties": spec.duties,
                             "sla_hours": spec.sla_hours, "routing_keywords": list(spec.keywords),
                             "email": f"{spec.mailbox}@bank.example", "phone": spec.phone,
                             "head_contact_id": None, "active": True,
                             "created_at": -720 * D})
        out.flush(dept_t, contact_t)
        # Heads and deputies point into the rows just written (a department/contact cycle).
        self.session.execute(update(dept_t).where(dept_t.c.id == bindparam("b_id"))
                             .values(head_contact_id=bindparam("b_ref")), heads)
        self.session.execute(update(contact_t).where(contact_t.c.id == bindparam("b_id"))
                             .values(deputy_id=bindparam("b_ref")), deputies)

        agent_t = Agent.__table__
        self.agents = []
        names = [s + g for g in V.AGENT_GIVEN for s in V.AGENT_SURNAMES]
        rng.shuffle(names)
        for n in range(36):
            aid = self._id(agent_t)
            code = f"A{1001 + n}"
            email = None if n % 12 == 11 else f"agent{n + 1:03d}@{V.CENTER_DOMAIN}"
            self.agents.append((aid, code, names[n]))
            out.add(agent_t, {"id": aid, "code": code, "name": names[n], "email": email,
                              "team": V.TEAMS[n % len(V.TEAMS)], "active": n != 35,
                              "created_at": -self.uniform(30 * D, 900 * D)})
        out.flush(agent_t)
        # Some agents forward far more than others, as on a real floor.
        self.agent_range = range(len(self.agents))
        self.agent_weights = list(itertools.accumulate(1 / (r + 3) for r in self.agent_range))

    def _categories(self) -> None:
        table = Category.__table__
        self.category_ids: dict[tuple[str, str], int] = {}
        for p, (parent, children) in enumerate(V.CATEGORY_TREE):
            pid = self._id(table)
            self.out.add(table, {"id": pid, "parent_id": None, "name": parent, "position": p})
            for c, child in enumerate(children):
                cid = self._id(table)
                self.category_ids[(parent, child)] = cid
                self.out.add(table, {"id": cid, "parent_id": pid, "name": child, "position": c})
        self.out.flush(table)

    # -- FAQ ----------------------------------------------------------------------------

    def _faq_specs(self) -> list[_FaqSpec]:
        """What each FAQ entry is and when it happened, decided before any row is written."""
        rng = self.rng
        base = []
        for i, issue in enumerate(V.ISSUES):
            products = issue.products[:3] if "{p}" in issue.faq else issue.products[:1]
            base.extend((i, p) for p in products)
        wanted = self.spec.faq_entries or len(base)
        qualifiers = [""] + [f"（{city}分行{'·' + seg if seg else ''}）"
                             for city in V.CITIES for seg in ("",) + V.SEGMENTS]
        specs = []
        for n in range(wanted):
            issue_i, product = base[n % len(base)]
            qualifier = qualifiers[(n // len(base)) % len(qualifiers)]
            issue = V.ISSUES[issue_i]
            window = PROMO_WINDOWS.get(issue.key)
            retired = None
            if window:
                valid_from = window[0] * D
                until = window[1] * D if window[1] is not None else None
                created = valid_from - self.uniform(5 * D, 12 * D)
                status, published, from_question = "published", valid_from - D, False
            else:
                valid_from = until = None
                from_question = rng.random() < 0.25
                if from_question:
                    created = -self.uniform(2 * D, 170 * D)
                    status = ("draft", "in_review")[n % 2] if created > -12 * D else "published"
                else:
                    created = -self.uniform(200 * D, 540 * D)
                    status = rng.choices(("published", "retired", "draft"), (90, 6, 4))[0]
                published = (min(created + self.uniform(D, 4 * D), -H)
                             if status in ("published", "retired") else None)
                if status == "retired":
                    retired = min(published + self.uniform(30 * D, 150 * D), -D)
            specs.append(_FaqSpec(issue_i, product, qualifier, status, created, published,
                                  retired, valid_from, until, from_question))
        return specs

    def _write_faq(self, specs: list[_FaqSpec], creators: dict[int, int]) -> None:
        rng, out = self.rng, self.out
        entry_t, rev_t, appr_t, hit_t = (FaqEntry.__table__, FaqRevision.__table__,
                                        FaqApproval.__table__, FaqHit.__table__)
        self.first_entry = self.first_id["faq_entries"]
        # Use follows a steep curve: a few entries answer most calls, many are rarely used.
        usable = [n for n, s in enumerate(specs) if s.published is not None]
        ranks = usable[:]
        rng.shuffle(ranks)
        popularity = {n: int(self.spec.hit_scale / (r + 1) ** self.spec.hit_exponent)
                      for r, n in enumerate(ranks)}
        positions: Counter[int] = Counter()
        pinned = set(rng.sample(usable, min(4, len(usable))))
        for n, s in enumerate(specs):
            issue = V.ISSUES[s.issue]
            dept = self.departments[issue.department]
            eid = self._id(entry_t)
            question = V.faq_question(issue, s.product) + s.qualifier
            answer = V.faq_answer(issue, s.product)
            if s.qualifier:
                answer += f"本條為{s.qualifier.strip('（）').split('·')[0]}轄內口徑。"
            keywords = list(issue.keywords) + ([s.product] if s.product not in issue.keywords
                                               else [])
            cat = self.category_ids[issue.category]
            hits = popularity.get(n, 0)
            hit_from = max(s.published or 0, s.valid_from or -10**9, -182 * D)
            hit_to = min(s.retired or LIMIT, s.valid_until or LIMIT, LIMIT)
            if hit_to <= hit_from:
                hits = 0
            updated = s.retired or s.published or s.created
            out.add(entry_t, {
                "id": eid, "question": question, "answer": answer,
                "key_points": list(issue.points), "keywords": keywords, "category_id": cat,
                "department_id": dept["id"], "status": s.status,
                "valid_from": s.valid_from, "valid_until": s.valid_until,
                "position": positions[cat], "pinned": n in pinned or (issue.promo and n % 3 == 0),
                "hit_count": hits, "revision": 1, "created_at": s.created,
                "updated_at": updated, "published_at": s.published})
            positions[cat] += 1
            manager = V.MANAGERS[n % 2]
            note = "初版"
            if n in creators:
                note = f"根據 {question_ref(self.first_question + creators[n])} 的部門答覆整理"
            out.add(rev_t, {"id": self._id(rev_t), "entry_id": eid, "number": 1,
                            "question": question, "answer": answer,
                            "key_points": list(issue.points), "keywords": keywords,
                            "author": manager, "note": note, "created_at": s.created})
            if s.status != "draft":
                reviewed = s.created + self.uniform(2 * H, D)
                out.add(appr_t, {"id": self._id(appr_t), "entry_id": eid, "revision": 1,
                                 "side": "center", "approver": V.CENTER_REVIEWERS[n % 2],
                                 "approved": True, "comment": "操作要點清楚，同意提交業務部門審核",
                                 "evidence_message_id": None, "at": min(reviewed, LIMIT)})
                if s.published is not None:
                    reviewer = dept["contacts"][n % len(dept["contacts"])]["name"]
                    out.add(appr_t, {"id": self._id(appr_t), "entry_id": eid, "revision": 1,
                                     "side": "department", "approver": reviewer,
                                     "approved": True, "comment": "已核對最新業務口徑，同意發佈",
                                     "evidence_message_id": None,
                                     "at": s.published - self.uniform(M, 2 * H)})
            for _ in range(hits):
                self._hit(eid, self.uniform(hit_from, hit_to), None)
            if n % 5000 == 4999:
                out.flush(entry_t, rev_t, appr_t, hit_t)
        out.flush(entry_t, rev_t, appr_t, hit_t)
        self.faq_specs = specs
        # Entries an answer could be taken from, by publication time.
        self.usable = sorted(usable, key=lambda n: specs[n].published)
        self.usable_times = [specs[n].published for n in self.usable]

    def _hit(self, entry_id: int, at: int, question_id: int | None, actor: str = "") -> None:
        rng = self.rng
        kind = HIT_KINDS[self._weighted(HIT_WEIGHTS)]
        if question_id is not None:
            kind = "used"
        if not actor:
            actor = (V.MANAGERS[at % 2] if kind == "triage"
                     else self.agents[rng.randrange(len(self.agents))][1])
        table = FaqHit.__table__
        self.out.add(table, {"id": self._id(table), "entry_id": entry_id, "at": at,
                             "actor": actor, "kind": kind, "question_id": question_id})

    def _pick_entry(self, t: int) -> int | None:
        """An FAQ entry published and valid at `t` (index into the specs)."""
        end = bisect.bisect_right(self.usable_times, t - H)
        for _ in range(30 if end else 0):
            n = self.usable[self.rng.randrange(end)]
            s = self.faq_specs[n]
            if ((s.retired is None or s.retired > t)
                    and (s.valid_until is None or s.valid_until > t)
                    and (s.valid_from is None or s.valid_from <= t)):
                return n
        return None

    # -- questions ----------------------------------------------------------------------

    def _plans(self, faq: list[_FaqSpec]) -> list[_Plan]:
        """Every question's state, variant and arrival, sorted by arrival (which gives ids)."""
        rng = self.rng
        n_issues = len(V.ISSUES)
        creators = [n for n, s in enumerate(faq) if s.from_question]
        self.long_sla_issues = [i for i in range(n_issues) if self._sla(i, False) >= 36 * H]
        plans = []
        for status, variant, count in self.spec.mix:
            for k in range(count):
                issue = rng.randrange(n_issues)
                urgent = rng.random() < 0.1
                plan = _Plan(0, status, variant, issue, urgent)
                if status == "awaiting_department":
                    if variant == "fresh" and k % 2 == 0:
                        # Due tomorrow, so "not yet due" holds whenever today it is opened.
                        plan.issue = issue = rng.choice(self.long_sla_issues)
                        plan.urgent = False
                    sla = self._sla(issue, plan.urgent)
                    if variant == "fresh" and k % 2 == 0:
                        plan.route = self.uniform(24.5 * H, sla - 0.5 * H) - sla
                    elif variant == "fresh":
                        plan.route = -self.uniform(0.5 * H, 0.6 * sla)
                    elif variant == "overdue":
                        plan.route = -self.uniform(1.2 * sla, sla + 7 * D)
                    else:
                        plan.route = -self.uniform(2 * D, 6 * D)
                    plan.created = plan.route - self.uniform(10 * M, 5 * H)
                elif status == "closed" and variant == "department" and k < len(creators):
                    plan.creates = creators[k]
                    plan.issue = faq[creators[k]].issue
                    plan.created = faq[creators[k]].created - self.uniform(3 * D, 8 * D)
                else:
                    low, high = {"new": (0.2 * H, 4 * D), "answered_from_faq": (0.5 * H, 3 * D),
                                 "answer_received": (D, 6 * D), "answered": (D, 21 * D),
                                 "closed": (3 * D, 182 * D), "duplicate": (D, 175 * D),
                                 "rejected": (D, 182 * D)}[status]
                    if variant == "reopened":
                        low, high = 6 * D, 40 * D
                    plan.created = -self.uniform(low, high)
                plans.append(plan)
        plans.sort(key=lambda p: p.created)
        return plans

    def _sla(self, issue: int, urgent: bool) -> int:
        hours = self.departments[V.ISSUES[issue].department]["spec"].sla_hours
        return hours * H // (2 if urgent else 1)

    def _write_questions(self, plans: list[_Plan]) -> None:
        out = self.out
        tables = (Question.__table__, QuestionAgent.__table__, Event.__table__, Query.__table__,
                  Message.__table__, QuestionFaqLink.__table__, FaqHit.__table__)
        total = len(plans)
        self.progress(f"Writing {total:,} questions with their histories and correspondence")
        rich_from = 0 if self.spec.rich_tail is None else total - self.spec.rich_tail
        self.masters: deque[list] = deque()
        self.event_rows = out.rows(Event.__table__)
        for i, plan in enumerate(plans):
            self._question(self.first_question + i, plan, i >= rich_from)
            if i % 5000 == 4999 or i == total - 1:
                out.flush(*tables)
                self.progress(f"Writing questions {i + 1:,}/{total:,}")

    def _question(self, qid: int, plan: _Plan, rich: bool) -> None:
        """One question with its forwards, events, FAQ links, queries and correspondence."""
        rng = self.rng
        status, variant = plan.status, plan.variant
        issue_i, product, entry, master = plan.issue, None, None, None
        if plan.creates is not None:
            product = self.faq_specs[plan.creates].product
        if variant == "faq":
            entry = self._pick_entry(plan.created + H)
            if entry is None:
                variant = "in_center"
            else:
                issue_i, product = self.faq_specs[entry].issue, self.faq_specs[entry].product
        if status == "duplicate":
            master = self._pick_master(plan.created)
            if master is None:  # nothing open to merge into (only at the very start)
                status, variant = "rejected", "reject"
            else:
                issue_i, product = master[3], master[4]
        issue = V.ISSUES[issue_i]
        agent = self._pick_agent()
        while master is not None and agent[0] in master[5]:
            agent = self._pick_agent()  # an agent forwards a question once
        ctx = _Ctx(qid, plan, issue_i, issue, product or rng.choice(issue.products),
                   self.departments[issue.department], agent, V.MANAGERS[rng.random() < 0.4],
                   entry, master)
        source = SOURCES[self._weighted(SOURCE_WEIGHTS)]
        story = self._story(ctx, status, variant, source)
        text_, context = self._wording(issue_i, ctx.product)
        self._question_row(ctx, story, status, variant, source, text_, context)
        self._forwards(ctx, story, status)
        add_event, event_ids = self.event_rows.append, self.ids["events"]
        previous = None
        for action, t, actor, detail in story.events:
            target = _TARGETS[action]
            add_event({"id": next(event_ids), "question_id": qid, "at": t, "actor": actor,
                       "action": action, "from_status": previous, "to_status": target,
                       "detail": detail})
            previous = target
        links = QuestionFaqLink.__table__
        if entry is not None and story.answered_by == "faq":
            eid = self.first_entry + entry
            self.out.add(links, {"question_id": qid, "entry_id": eid, "relation": "used",
                                 "at": story.answer_at})
            self._hit(eid, story.answer_at, qid, ctx.manager)
            self.used_hits[eid] += 1
        if plan.creates is not None and status == "closed":
            self.out.add(links, {"question_id": qid, "entry_id": self.first_entry + plan.creates,
                                 "relation": "created",
                                 "at": self.faq_specs[plan.creates].created})
        self._write_queries(ctx, story, text_, context, rich)

    def _question_row(self, ctx: _Ctx, story: _Story, status: str, variant: str, source: str,
                      text_: str, context: str) -> None:
        rng, plan, events = self.rng, ctx.plan, story.events
        read_at = None  # the newest arrivals are partly unread, as in a real inbox
        if status != "new" or plan.created < -36 * H or rng.random() < 0.3:
            first_action = events[1][1] if len(events) > 1 else LIMIT
            read_at = min(plan.created + self.uniform(M, 40 * M), first_action, LIMIT)
        if variant == "reopened":  # back in the inbox: read again or not yet
            read_at = min(events[-1][1] + self.uniform(M, 10 * M), LIMIT) \
                if rng.random() < 0.5 else None
        routed = bool(story.queries)
        self.out.add(Question.__table__, {
            "id": ctx.qid, "text": text_, "customer_context": context, "product": ctx.product,
            "urgent": plan.urgent, "priority": 2 if plan.urgent else int(rng.random() < 0.15),
            "status": status, "source": source,
            "department_id": ctx.dept["id"] if routed else None,
            "category_id": (self.category_ids[ctx.issue.category]
                            if status != "new" or variant == "reopened" else None),
            "created_at": plan.created, "updated_at": events[-1][1], "read_at": read_at,
            "due_at": story.queries[-1]["due"] if routed and variant != "reopened" else None,
            "answer": (V.faq_answer(ctx.issue, ctx.product)
                       if story.answer_at is not None else None),
            "answered_at": story.answer_at,
            "resolution": (story.answered_by
                           if status in ("answered", "closed", "answered_from_faq") else None),
            "reject_reason": events[-1][3] if status == "rejected" else None,
            "closed_at": story.closed_at if status == "closed" else None,
            "duplicate_of_id": ctx.master[0] if ctx.master else None})

    def _forwards(self, ctx: _Ctx, story: _Story, status: str) -> None:
        """Who forwarded it: one agent, sometimes a second one; a duplicate's agent is also
        recorded on the question it was merged into, so both get the answer."""
        rng, qid, created = self.rng, ctx.qid, ctx.plan.created
        table = QuestionAgent.__table__
        agents = [ctx.agent]
        if status != "duplicate" and rng.random() < 0.15:
            second = self.agents[rng.randrange(len(self.agents))]
            if second[0] != ctx.agent[0]:
                agents.append(second)
        for n, agent in enumerate(agents):
            self.out.add(table, {"question_id": qid, "agent_id": agent[0],
                                 "forwarded_at": created + n * self.uniform(5 * M, 3 * H),
                                 "via_question_id": None})
        if ctx.master is not None:
            self.out.add(table, {"question_id": ctx.master[0], "agent_id": ctx.agent[0],
                                 "forwarded_at": created, "via_question_id": qid})
            ctx.master[5].add(ctx.agent[0])
        elif status != "rejected":
            closed = story.closed_at if story.closed_at is not None else 10**9
            self.masters.append([qid, created, closed, ctx.issue_i, ctx.product,
                                 {a[0] for a in agents}])

    def _pick_agent(self) -> tuple[int, str, str]:
        return self.agents[self._weighted(self.agent_weights)]

    def _weighted(self, cumulative: Sequence[float]) -> int:
        """An index drawn with the weights whose running totals are `cumulative`."""
        return bisect.bisect(cumulative, self.rng.random() * cumulative[-1])

    def _wording(self, issue_i: int, product: str) -> tuple[str, str]:
        """A customer's question and detail; the large set draws them from a pool per
        (issue, product), which keeps 200,000 questions varied at a fraction of the cost."""
        rng, issue = self.rng, V.ISSUES[issue_i]
        if not self.spec.text_pool:
            context = V.customer_context(issue, product, rng) if rng.random() < 0.85 else ""
            return V.customer_question(issue, product, rng), context
        pool = self.pools.get((issue_i, product))
        if pool is None:
            pool = self.pools[issue_i, product] = [
                (V.customer_question(issue, product, rng),
                 V.customer_context(issue, product, rng) if rng.random() < 0.85 else "")
                for _ in range(self.spec.text_pool)]
        return pool[rng.randrange(len(pool))]

    def _pick_master(self, t: int) -> list | None:
        """An earlier question still open when `t`'s duplicate arrives (merged into it)."""
        masters = self.masters
        while masters and masters[0][1] < t - 7 * D:
            masters.popleft()
        recent = itertools.islice(reversed(masters), 60)
        eligible = [m for m in recent if m[1] < t - 5 * M and m[2] > t + 2 * H]
        return self.rng.choice(eligible) if eligible else None

    # -- stories ------------------------------------------------------------------------

    def _story(self, ctx: _Ctx, status: str, variant: str, source: str) -> _Story:
        rng, plan = self.rng, ctx.plan
        s = _Story()
        agent = ctx.agent
        s.events.append(("forward", plan.created, agent[1],
                         f"{agent[2]}（{agent[1]}）經{V.SOURCE_LABELS[source]}轉發"))
        t = plan.created
        if status == "new" and variant == "plain":
            return s
        if status == "duplicate":
            merged = min(t + self.uniform(10 * M, D), LIMIT)
            s.events.append(("merge", merged, ctx.manager,
                             f"與 {question_ref(ctx.master[0])} 重複，已合併，答覆將一併反饋座席"))
            return s
        if status == "rejected":
            s.events.append(("reject", min(t + self.uniform(10 * M, D), LIMIT), ctx.manager,
                             rng.choice(V.REJECT_REASONS)))
            return s
        if status == "awaiting_department":
            self._awaiting(ctx, s, variant)
            return s
        upto = {"answer_received": "answer", "answered_from_faq": "answer",
                "answered": "feed_back"}.get(status, "close")
        limit = LIMIT
        reopen_at = None
        if variant == "reopened":
            reopen_at = -self.uniform(H, 2 * D)
            limit, variant = reopen_at - H, "department"
        elif plan.creates is not None:
            limit = self.faq_specs[plan.creates].created - H
        self._resolve(ctx, s, variant, upto, limit)
        if reopen_at is not None:
            s.events.append(("reopen", reopen_at, ctx.manager, rng.choice(V.REOPEN_REASONS)))
            s.closed_at = None
        return s

    def _step(self, t: int, low: float, high: float, limit: int, share: float) -> int:
        """`t` plus a delay of low..high, squeezed so the story ends before `limit`."""
        delay = min(self.rng.uniform(low, high), (limit - t) * share)
        return t + max(int(delay), 1)

    def _resolve(self, ctx: _Ctx, s: _Story, variant: str, upto: str, limit: int) -> None:
        t = s.events[0][1]
        last = upto == "answer"
        if variant in ("department", "routed_in_center"):
            route = self._step(t, 10 * M, 6 * H, limit, 0.1)
            query = self._route(ctx, s, route)
            sla = query["due"] - route
            late = self.rng.random() < 0.22
            want = sla * (self.rng.uniform(1.2, 3.0) if late else self.rng.uniform(0.1, 0.95))
            answer = route + max(int(min(want, (limit - route) * (0.95 if last else 0.6))), 60)
            self._chases(ctx, s, query, answer)
            if variant == "routed_in_center":
                query["status"] = "cancelled"
                s.events.append(("answer_in_center", answer, ctx.manager,
                                 "部門逾期未覆，信息管理員依據最新業務口徑直接答覆，撤回諮詢"))
                s.answered_by = "in_center"
            else:
                query.update(status="answered", answered=answer)
                contact = query["contact"]
                how = "郵件" if query["channel"] == "email" else "電話"
                s.events.append(("receive_answer", answer, contact["name"],
                                 f"收到{ctx.dept['spec'].name}{contact['name']}{how}答覆"))
                s.answered_by = "department"
        elif variant == "faq":
            answer = self._step(t, 5 * M, 4 * H, limit, 0.3)
            s.events.append(("answer_from_faq", answer, ctx.manager,
                             f"按常見問題 #{self.first_entry + ctx.entry} 答覆"))
            s.answered_by = "faq"
        else:
            answer = self._step(t, 20 * M, 8 * H, limit, 0.4 if not last else 0.9)
            s.events.append(("answer_in_center", answer, ctx.manager,
                             "信息管理員依據業務規定直接答覆"))
            s.answered_by = "in_center"
        s.answer_at = answer
        if last:
            return
        fed = self._step(answer, 5 * M, 3 * H, limit, 0.3)
        s.events.append(("feed_back", fed, ctx.manager, f"答覆已反饋座席 {ctx.agent[1]}"))
        if upto == "close":
            closed = self._step(fed, H, 72 * H, limit, 0.8)
            detail = "已結案"
            if ctx.plan.creates is not None:
                detail = f"已結案，答覆整理為常見問題 #{self.first_entry + ctx.plan.creates}"
            s.events.append(("close", closed, ctx.manager, detail))
            s.closed_at = closed

    def _awaiting(self, ctx: _Ctx, s: _Story, variant: str) -> None:
        route = ctx.plan.route
        query = self._route(ctx, s, route)
        if variant == "asked_again":
            sla = query["due"] - route
            answer = route + int(sla * self.rng.uniform(0.2, 0.9))
            answer = min(answer, LIMIT - 3 * H)
            query.update(status="answered", answered=answer)
            contact = query["contact"]
            s.events.append(("receive_answer", answer, contact["name"],
                             f"收到{ctx.dept['spec'].name}{contact['name']}答覆"))
            again = self._step(answer, H, 10 * H, LIMIT, 0.5)
            s.events.append(("follow_up", again, ctx.manager,
                             f"答覆未涵蓋客戶情況，向{ctx.dept['spec'].name}追問"))
            self._chases(ctx, s, self._route(ctx, s, again, event=False), LIMIT)
        else:
            self._chases(ctx, s, query, LIMIT)

    def _route(self, ctx: _Ctx, s: _Story, t: int, event: bool = True) -> dict[str, Any]:
        contacts = ctx.dept["contacts"]
        contact = contacts[1 + ctx.qid % (len(contacts) - 1)] if len(contacts) > 1 else contacts[0]
        channel = "email" if self.rng.random() < 0.8 else "phone"
        query = {"id": self._id(Query.__table__), "contact": contact, "channel": channel,
                 "opened": t, "due": t + self._sla(ctx.issue_i, ctx.plan.urgent),
                 "answered": None, "chases": [], "escalated": None, "status": "open"}
        s.queries.append(query)
        if event:
            how = "郵件" if channel == "email" else "電話"
            s.events.append(("route", t, ctx.manager,
                             f"轉交{ctx.dept['spec'].name}，聯絡人{contact['name']}，{how}諮詢，"
                             f"答覆期限 {self.local(query['due'])}"))
        return query

    def _chases(self, ctx: _Ctx, s: _Story, query: dict[str, Any], until: int) -> None:
        """Chase an overdue query once, and escalate to the head a day later."""
        due = query["due"]
        if until <= due + H:
            return
        first = due + self.uniform(0.5 * H, min(4 * H, (until - due) / 2))
        query["chases"].append(first)
        s.events.append(("follow_up", first, ctx.manager,
                         f"第1次催辦{ctx.dept['spec'].name}（已逾期）"))
        if until > due + 26 * H:
            second = due + 24 * H + self.uniform(0, H)
            query["chases"].append(second)
            query["escalated"] = second
            s.events.append(("follow_up", second, ctx.manager,
                             f"逾期一天未覆，升級至部門負責人{ctx.dept['head']['name']}"))

    # -- correspondence -----------------------------------------------------------------

    def _write_queries(self, ctx: _Ctx, s: _Story, text_: str, context: str, rich: bool) -> None:
        table = Query.__table__
        for q in s.queries:
            self.out.add(table, {
                "id": q["id"], "question_id": ctx.qid, "department_id": ctx.dept["id"],
                "contact_id": q["contact"]["id"], "channel": q["channel"], "status": q["status"],
                "opened_at": q["opened"], "due_at": q["due"],
                "answered_at": q["answered"], "chase_count": len(q["chases"]),
                "escalated_at": q["escalated"]})
            if rich:
                self._correspondence(ctx, q, text_, context)

    def _correspondence(self, ctx: _Ctx, q: dict[str, Any], text_: str, context: str) -> None:
        """The mail thread or calls of one query, as the outbox and the fetcher keep them."""
        rng = self.rng
        ref = question_ref(ctx.qid)
        contact, head, dept = q["contact"], ctx.dept["head"], ctx.dept["spec"]
        answer = V.faq_answer(ctx.issue, ctx.product)
        short = V.subject_text(text_)
        # A second query on the same question (asked again) continues the same thread.
        subject = f"[{ref}] {'追問' if ctx.thread else '諮詢'}：{short}"
        if rng.random() < 0.25:  # the manager's own notes on the case
            note = V.case_note(rng, ctx.agent[1], dept.name, contact["name"], self.local(q["due"]))
            self._message(ctx, q, contact, direction="out", kind="note", state="logged",
                          subject=f"[{ref}] 備註", body_text=note, actor=ctx.manager,
                          created_at=min(q["opened"] + self.uniform(5 * M, 2 * H), LIMIT))
        if q["channel"] == "phone":
            for chase in q["chases"]:
                self._call(ctx, q, chase, contact, "電話催辦，對方表示今日內答覆。")
            if q["answered"] is not None:
                self._call(ctx, q, q["answered"], contact,
                           V.call_note(dept.name, contact["name"], answer))
            elif q["status"] == "open":
                self._call(ctx, q, q["opened"] + self.uniform(2 * M, 15 * M), contact,
                           V.call_note(dept.name, contact["name"], None))
            return
        thread = ctx.thread
        body = V.query_mail_body(contact["name"], text_, context, ctx.product,
                                 f"{ctx.agent[2]}（{ctx.agent[1]}）", self.local(q["due"]), ref,
                                 ctx.manager)
        sent = q["opened"] + self.uniform(M, 8 * M)
        self._mail_out(ctx, q, contact, f"{dept.mailbox}@bank.example", subject, body, sent,
                       thread)
        last_subject, last_body, last_to, last_sent = subject, body, contact, sent
        for chase in q["chases"]:
            escalated = chase == q["escalated"]
            to = head if escalated else contact
            chase_subject = f"[{ref}] 催辦：{short}"
            chase_body = V.chase_mail_body(to["name"], ref, (q["due"] - q["opened"]) // H,
                                           ctx.manager, escalated)
            self._mail_out(ctx, q, to, contact["email"] if escalated else "", chase_subject,
                           chase_body, chase, thread)
            last_subject, last_body, last_to, last_sent = chase_subject, chase_body, to, chase
        if q["answered"] is None:
            return
        reply = V.reply_mail_body(answer, ref, contact["name"], contact["title"], dept.name,
                                  contact["phone"])
        quoted = V.quoted_original(f"{V.MANAGER_DISPLAY} <{V.MANAGER_ADDRESS}>",
                                   self.local(last_sent),
                                   f"{last_to['name']} <{last_to['email']}>", last_subject,
                                   last_body)
        message_id = f"<{rng.getrandbits(48):012x}.{contact['email'].split('@')[0]}@bank.example>"
        at = q["answered"]
        reply_subject = f"回覆：{last_subject}"
        raw = self._raw(contact["name"], contact["email"], V.MANAGER_DISPLAY, V.MANAGER_ADDRESS,
                        "", reply_subject, reply + quoted, message_id, at, thread[-1],
                        " ".join(thread))
        self.imap_uid += 1
        self._message(ctx, q, contact, direction="in", kind="email", state="received",
                      subject=reply_subject, body_text=reply + quoted,
                      from_addr=contact["email"], to_addrs=V.MANAGER_ADDRESS,
                      message_id=message_id, in_reply_to=thread[-1],
                      references=" ".join(thread), raw=raw,
                      created_at=min(at + self.uniform(30, 3 * M), LIMIT),
                      received_at=at, match_method="header", imap_folder="INBOX",
                      imap_uidvalidity=1, imap_uid=self.imap_uid, actor=contact["name"])
        thread.append(message_id)

    def _mail_out(self, ctx: _Ctx, q: dict[str, Any], to: dict[str, Any], cc: str,
                  subject: str, body: str, sent: int, thread: list[str]) -> None:
        ctx.sent += 1
        message_id = f"<liaison.{ctx.qid}.{ctx.sent}@{V.CENTER_DOMAIN}>"
        parent = thread[-1] if thread else None
        references = " ".join(thread) if thread else None
        raw = self._raw(V.MANAGER_DISPLAY, V.MANAGER_ADDRESS, to["name"], to["email"], cc,
                        subject, body, message_id, sent, parent, references)
        self._message(ctx, q, to, direction="out", kind="email", state="sent", subject=subject,
                      body_text=body, from_addr=V.MANAGER_ADDRESS, to_addrs=to["email"],
                      cc_addrs=cc, message_id=message_id, in_reply_to=parent,
                      references=references, raw=raw,
                      created_at=sent - self.uniform(20, 90), sent_at=sent,
                      attempts=1, actor=ctx.manager)
        thread.append(message_id)

    def _call(self, ctx: _Ctx, q: dict[str, Any], at: int, contact: dict[str, Any],
              note: str) -> None:
        minutes = self.uniform(2, 15)
        self._message(ctx, q, contact, direction="out", kind="call", state="logged",
                      subject=f"[{question_ref(ctx.qid)}] 電話聯繫{contact['name']}", body_text=note,
                      to_addrs=contact["phone"], created_at=at,
                      call_at=at - minutes * M, call_minutes=minutes,
                      call_outcome="answered", actor=ctx.manager)

    def _message(self, ctx: _Ctx, q: dict[str, Any], contact: dict[str, Any],
                 **values: Any) -> None:
        table = Message.__table__
        self.out.add(table, {"id": self._id(table), "question_id": ctx.qid, "query_id": q["id"],
                             "contact_id": contact["id"], **values})

    def _raw(self, from_name: str, from_addr: str, to_name: str, to_addr: str, cc: str,
             subject: str, body: str, message_id: str, at: int, in_reply_to: str | None,
             references: str | None) -> bytes:
        """The message as it went over the wire: RFC 5322, CRLF lines, UTF-8 base64 body and
        RFC 2047 headers with the `[LQ-…]` token left readable, as mail clients write them.

        Built on the compat32 policy: the modern header folder takes ~3 ms a message, ten
        times longer, which the large set's thousands of threads cannot afford.
        """
        msg = EmailMessage(policy=compat32)
        msg["From"] = formataddr((from_name, from_addr), "utf-8")
        msg["To"] = formataddr((to_name, to_addr), "utf-8")
        if cc:
            msg["Cc"] = cc
        if subject.startswith("[LQ-"):  # our own mail: the token stays plain ASCII
            token, _, rest = subject.partition(" ")
            header = Header(token, "us-ascii")
            header.append(rest, "utf-8")
        else:
            header = Header(subject, "utf-8")
        msg["Subject"] = header
        msg["Date"] = format_datetime(self.at(at).astimezone(CST))
        msg["Message-ID"] = message_id
        if in_reply_to:
            msg["In-Reply-To"] = in_reply_to
            msg["References"] = references
        msg["MIME-Version"] = "1.0"
        msg.set_payload(body, _UTF8_BASE64)
        return msg.as_bytes(policy=_WIRE)

    # -- bulletins and the end ----------------------------------------------------------

    def _bulletins(self) -> None:
        table = Bulletin.__table__
        first_of = {}
        for n, s in enumerate(self.faq_specs):
            key = V.ISSUES[s.issue].key
            if key not in first_of and s.status == "published":
                first_of[key] = self.first_entry + n
        for n, (title, body, start, days, pinned, issue_key) in enumerate(V.BULLETINS):
            self.out.add(table, {
                "id": self._id(table), "title": title, "body": body,
                "valid_from": start * D,
                "valid_until": (start + days) * D if days is not None else None,
                "pinned": pinned, "faq_entry_id": first_of.get(issue_key) if issue_key else None,
                "author": V.MANAGERS[n % 2], "created_at": start * D - 2 * H})
        self.out.flush(table)

    def _finish(self) -> None:
        """Count the uses questions added, and move PostgreSQL's id sequences past our ids."""
        if self.used_hits:
            table = FaqEntry.__table__
            self.session.execute(
                update(table).where(table.c.id == bindparam("b_id"))
                .values(hit_count=table.c.hit_count + bindparam("b_n"),
                        updated_at=table.c.updated_at),
                [{"b_id": k, "b_n": v} for k, v in sorted(self.used_hits.items())])
        if self.out.backend == "postgresql":  # ids were given explicitly
            for name in self.first_id:
                self.session.execute(text(
                    f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), max(id)) FROM {name}"
                    " HAVING max(id) IS NOT NULL"))


@dataclass
class _Ctx:
    """What every step of one question's story needs to know."""

    qid: int
    plan: _Plan
    issue_i: int
    issue: V.Issue
    product: str
    dept: dict[str, Any]
    agent: tuple[int, str, str]
    manager: str
    entry: int | None
    master: list | None
    thread: list[str] = field(default_factory=list)  # Message-IDs of its mail, in order
    sent: int = 0  # mails sent so far; numbers the next Message-ID


# Where each action leads (a question arrives as "new"); stories only use actions whose
# target is a state, and the tests replay every history against `ACTIONS` itself.
_TARGETS = {name: str(action.target) for name, action in ACTIONS.items()} | {"forward": "new"}

_WIRE = compat32.clone(linesep="\r\n")
_UTF8_BASE64 = Charset("utf-8")
_UTF8_BASE64.body_encoding = BASE64

