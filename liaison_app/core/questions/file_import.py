"""`liaison import FILE`: forwarded questions from a call-center system's CSV or JSONL.

CSV saved by Excel on a Chinese Windows arrives as GB18030/GBK, as UTF-8 with a BOM, or
as UTF-16 "Unicode text" with tabs; `core.tabular` detects the encoding and delimiter,
and refuses a file that is none of them with the offending byte's position. Every row is
checked before anything is written; a bad row is reported with file, line and field, and
by default nothing is imported while any row is bad (`skip_invalid` imports the good
ones). Valid rows go in with bulk inserts in one transaction, through the same
validation as `core.questions.intake`, so the Inbox never holds half a file.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from pathlib import Path

from sqlalchemy import delete, insert, select, update
from sqlalchemy import text as sql_text
from sqlalchemy.orm import Session

from liaison_app.core import bulk, tabular
from liaison_app.core.bulk import ANALYZE_AFTER, analyze, paused_gc
from liaison_app.core.models import (
    Agent,
    ImportRun,
    StagedPosting,
    StagedQuestion,
    StagedTermCount,
)
from liaison_app.core.questions.duplicates import dup_terms, pack_terms, posting_blocks
from liaison_app.core.questions.intake import ForwardRequest, IntakeError, clean_request
from liaison_app.core.tabular import ImportFileError
from liaison_app.core.timeutil import checked_utc, utcnow

__all__ = ["ImportFileError", "QuestionImportReport", "import_questions", "import_questions_chunked"]

FIELDS = ("agent", "text", "context", "product", "urgent", "forwarded_at")
REQUIRED = ("agent", "text")
# Column names call-center systems and managers use, mapped to ours.
ALIASES = {
    "agent_id": "agent", "agent_code": "agent", "座席": "agent", "座席代表": "agent",
    "工號": "agent", "工号": "agent", "question": "text", "問題": "text", "问题": "text",
    "內容": "text", "内容": "text", "customer_context": "context", "客戶情況": "context",
    "客户情况": "context", "背景": "context", "產品": "product", "产品": "product",
    "緊急": "urgent", "紧急": "urgent", "forwarded": "forwarded_at", "轉交時間": "forwarded_at",
    "转交时间": "forwarded_at", "時間": "forwarded_at", "时间": "forwarded_at",
}
DATE_FORMATS = ("%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M", "%Y/%m/%d %H:%M:%S", "%Y/%m/%d %H:%M",
                "%Y-%m-%d", "%Y/%m/%d")


@dataclass
class QuestionImportReport(tabular.ImportReport):
    agents_created: list[str] = field(default_factory=list)
    first_id: int | None = None
    last_id: int | None = None

    def as_json(self) -> dict:
        return {
            "file": self.file, "encoding": self.encoding, "rows": self.rows,
            "imported": self.imported, "skipped": self.skipped if self.imported else self.rows,
            "problems": [{"line": p.line, "field": p.field, "message": p.message} for p in self.problems],
            "agents_created": self.agents_created, "first_id": self.first_id, "last_id": self.last_id,
        }


# --- reading ------------------------------------------------------------------------
class DuplicateFileError(tabular.ImportFileError):
    """The very same file (same bytes) was imported before; `earlier` says when and as what."""

    def __init__(self, message: str, earlier: dict) -> None:
        super().__init__(message)
        self.earlier = earlier


def column_name(name: str) -> str:
    """Our field for a column header (aliases in either script), else the header itself."""
    key = (name or "").strip().lstrip("\ufeff").strip().lower()
    return ALIASES.get(key, key)


def read_rows(path: Path, text: str) -> Iterator[tuple[int, dict[str, str]]]:
    """(line number, raw fields) of each record; raises ImportFileError for the whole file.

    A line that cannot be a record carries its reason under "__error__".
    """
    if tabular.kind_of(path, ("csv", "jsonl"), "use .csv or .jsonl") == "jsonl":
        for number, record in tabular.jsonl_records(text):
            if isinstance(record, tabular.BadJson):
                yield number, {"__error__": f"not valid JSON: {record.reason}"}
            elif not isinstance(record, dict):
                yield number, {"__error__": "a line must hold one JSON object"}
            else:
                yield number, {column_name(k): "" if v is None else v for k, v in record.items()}
        return
    rows = tabular.csv_rows(text, str(path))
    try:
        _, header = next(rows)
    except StopIteration:
        raise ImportFileError(f"{path}: the file is empty") from None
    columns = [column_name(h) for h in header]
    missing = [c for c in REQUIRED if c not in columns]
    if missing:
        raise ImportFileError(
            f"{path}, line 1: missing column(s) {', '.join(repr(m) for m in missing)} "
            f"(found: {', '.join(repr(h) for h in header)})"
        )
    for line, values in rows:
        if not any(v.strip() for v in values):
            continue
        if len(values) > len(columns) and any(v.strip() for v in values[len(columns):]):
            yield line, {"__error__": f"{len(values)} values for {len(columns)} columns"}
            continue
        yield line, dict(zip(columns, values))


def _as_time(value) -> datetime | None:
    text = str(value).strip()
    if not text:
        return None
    try:
        parsed = datetime.fromisoformat(text.replace("Z", "+00:00"))  # noqa: FURB162
    except ValueError:
        for fmt in DATE_FORMATS:
            try:
                parsed = datetime.strptime(text, fmt)
                break
            except ValueError:
                continue
        else:
            raise ValueError(f"'{text[:40]}' is not a date and time like 2026-11-29 14:05") from None
    return checked_utc(parsed)  # a time written by a person without a zone is local time


# --- the import ---------------------------------------------------------------------
# Rows go to the staging tables in chunks of this many (each chunk its own transaction in
# `import_questions_chunked`); a stretch of this size fits SQLite's page cache.
CHUNK = 10_000
# A staging run untouched for this long belongs to a process that died: cleared.
STALE_RUN = timedelta(minutes=10)


class _Abandoned(Exception):
    """The rows were checked and some are bad: nothing is published (not an error)."""


def import_questions(
    session: Session,
    path: str | Path,
    actor: str,
    *,
    skip_invalid: bool = False,
    create_agents: bool = False,
    progress: Callable[[int, int], None] | None = None,
    again: bool = False,
) -> QuestionImportReport:
    """Check every row, then write the good ones (all or nothing unless `skip_invalid`),
    in the caller's transaction: for small files and callers that own the transaction.
    Large files go through `import_questions_chunked`, which leaves room for other writers.

    Nothing is written when the report has problems and `skip_invalid` is false.
    """
    def in_transaction(work: Callable[[Session], object]) -> object:
        return work(session)

    return _import(in_transaction, path, actor, skip_invalid=skip_invalid,
                   create_agents=create_agents, progress=progress, again=again)


def import_questions_chunked(
    database,
    path: str | Path,
    actor: str,
    *,
    skip_invalid: bool = False,
    create_agents: bool = False,
    progress: Callable[[int, int], None] | None = None,
    again: bool = False,
) -> QuestionImportReport:
    """The same import for a file of any size, each chunk of rows staged in its own short
    transaction and all of them published in one more (issue 20, item 19).

    Between chunks other writers (a forward, the mail fetch) get the database, so the desk
    is not held up for the length of the file; until the publishing transaction commits,
    nothing of the file is visible, and a run killed half way leaves only staging rows that
    the next import clears. `database` is a `core.database.Database`.
    """
    def own_transaction(work: Callable[[Session], object]) -> object:
        with database.sessions.begin() as session:
            return work(session)

    return _import(own_transaction, path, actor, skip_invalid=skip_invalid,
                   create_agents=create_agents, progress=progress, again=again)


def _import(transaction, path, actor, *, skip_invalid, create_agents, progress, again):
    path = Path(path)
    report = QuestionImportReport(file=str(path))
    data = tabular.read_bytes(path)
    digest = tabular.file_digest(data)

    def start(session: Session):
        earlier = None if again else tabular.earlier_import(session, "questions", digest)
        if earlier:
            raise DuplicateFileError(
                f"{path}: this file was already imported on {earlier['at']} as {earlier['file']} "
                f"({earlier['rows']} questions); nothing imported", earlier=earlier)
        _clear_stale_runs(session)
        now = utcnow()
        run = ImportRun(kind="questions", file=str(path), actor=actor, staged=0,
                        started_at=now, touched_at=now)
        session.add(run)
        session.flush()
        return run.id, dict(session.execute(select(Agent.code, Agent.id)).all())

    run_id, agents = transaction(start)
    try:
        text, report.encoding = tabular.decode(data, str(path))
        del data
        new_agents: set[str] = set()
        staged = _check_and_stage(transaction, run_id, path, text, agents, new_agents,
                                  create_agents, report, progress)
        del text
        report.skipped = len({p.line for p in report.problems})
        if (report.problems and not skip_invalid) or not staged:
            raise _Abandoned
        # PostgreSQL: the ids are taken from the sequence in a transaction of their own
        # (sequences are not transactional), so the publishing one holds no table lock.
        first_id = transaction(lambda s: _reserve_pg_ids(s, staged))
        transaction(lambda s: _publish(s, run_id, staged, first_id, digest, path, actor,
                                       sorted(new_agents), report, again))
        transaction(lambda s: _after_publish(s, run_id, staged))
        if progress:
            progress(staged, staged)
    except _Abandoned:
        transaction(lambda s: _drop_run(s, run_id))
    except BaseException:
        try:  # leave no staging rows behind (a killed process leaves them to the next run)
            transaction(lambda s: _drop_run(s, run_id))
        except Exception:  # noqa: BLE001, S110 - the first error is the one to report
            pass
        raise
    return report


def _check_and_stage(transaction, run_id, path, text, agents, new_agents, create_agents,
                     report: QuestionImportReport, progress) -> int:
    """Check each row as it is read and stage the good ones a chunk at a time (memory
    stays flat: no list of the whole file's rows); returns how many were staged."""
    seen: dict[tuple, int] = {}
    chunk: list[ForwardRequest] = []
    staged = 0
    now = utcnow()

    def flush() -> None:
        nonlocal staged, chunk
        rows, first = chunk, staged
        transaction(lambda s: _stage_chunk(s, run_id, first, rows, now))
        staged += len(rows)
        chunk = []

    for line, raw in read_rows(path, text):
        report.rows += 1
        request = _checked(line, raw, report)
        if request is None:
            continue
        if request.agent not in agents:
            if not create_agents:
                report.problem(line, "agent", f"unknown agent '{request.agent}'")
                continue
            new_agents.add(request.agent)
        key = (request.agent, request.text, request.context, request.forwarded_at)
        if key in seen:
            report.problem(line, "text", f"duplicate of line {seen[key]}")
            continue
        seen[key] = line
        chunk.append(request)
        if len(chunk) >= CHUNK:
            flush()
            if progress:
                progress(report.rows, 0)
    if chunk:
        flush()
    return staged


def _checked(line: int, raw: dict, report: QuestionImportReport) -> ForwardRequest | None:
    if "__error__" in raw:
        report.problem(line, "*", raw["__error__"])
        return None
    try:
        urgent = tabular.yes_no(raw.get("urgent", ""))
    except ValueError as exc:
        report.problem(line, "urgent", str(exc))
        return None
    try:
        at = _as_time(raw.get("forwarded_at", ""))
    except ValueError as exc:
        report.problem(line, "forwarded_at", str(exc))
        return None
    request = ForwardRequest(
        agent=str(raw.get("agent", "")), text=str(raw.get("text", "")),
        context=str(raw.get("context", "")), product=str(raw.get("product", "")),
        urgent=urgent, forwarded_at=at, source="import",
    )
    try:
        return clean_request(request)
    except IntakeError as exc:
        report.problem(line, exc.field, str(exc))
        return None


def _stage_chunk(session: Session, run_id: int, first: int, rows: list[ForwardRequest], now) -> None:
    """One chunk into the staging tables: the rows, their duplicate-index term sets,
    postings (in staging positions) and term counts."""
    with paused_gc():
        term_sets = [dup_terms(r.text) for r in rows]
        conn = session.connection()
        bulk.copy_rows(conn, StagedQuestion.__table__, [
            (run_id, first + i, r.agent, r.text, r.context, r.product, r.urgent,
             r.forwarded_at or now, pack_terms(terms))
            for i, (r, terms) in enumerate(zip(rows, term_sets))])
        bulk.copy_rows(conn, StagedPosting.__table__, [
            (run_id, b["term"], b["first_id"], b["offsets"])
            for b in posting_blocks(zip(range(first, first + len(rows)), term_sets))])
        counts = Counter(t for terms in term_sets for t in terms)
        bulk.copy_rows(conn, StagedTermCount.__table__, [
            (run_id, term, first // CHUNK, n) for term, n in counts.items()])
    session.execute(update(ImportRun).where(ImportRun.id == run_id)
                    .values(staged=first + len(rows), touched_at=utcnow()))


def _publish(session: Session, run_id: int, staged: int, first_id: int | None, digest: str,
             path: Path, actor: str, new_agents: list[str], report: QuestionImportReport,
             again: bool) -> None:
    """Move a staged run into the real tables, in the caller's (one, short) transaction:
    a handful of INSERT ... SELECT statements, whatever the size of the file."""
    conn = session.connection()
    # SQLite: a write first, so the write lock is taken (waiting out other writers) before
    # anything is read; the next ids are then this run's.
    session.execute(update(ImportRun).where(ImportRun.id == run_id).values(touched_at=utcnow()))
    earlier = None if again else tabular.earlier_import(session, "questions", digest)
    if earlier:  # by another process while this one was staging
        raise DuplicateFileError(
            f"{path}: this file was imported meanwhile, on {earlier['at']}; nothing imported",
            earlier=earlier)
    if first_id is None:
        first_id = int(conn.exec_driver_sql("SELECT coalesce(max(id), 0) + 1 FROM questions").scalar())
    if new_agents:
        session.execute(insert(Agent), [{"code": c, "name": c, "created_at": utcnow()} for c in new_agents])
        report.agents_created = list(new_agents)
    params = {"run": run_id, "base": first_id, "actor": actor}
    for statement in PUBLISH:
        conn.execute(sql_text(statement), params)
    tabular.remember_import(session, "questions", digest, str(path), staged)
    # The run is spent: cleared in the next transaction, or by the next import if this
    # process dies first (never published twice).
    session.execute(update(ImportRun).where(ImportRun.id == run_id).values(kind="published"))
    report.imported = staged
    report.first_id, report.last_id = first_id, first_id + staged - 1


def _after_publish(session: Session, run_id: int, staged: int) -> None:
    _drop_run(session, run_id)
    if staged >= ANALYZE_AFTER:
        analyze(session.connection(), PUBLISHED_TABLES)


# The tables the publishing statements below fill (their statistics are refreshed after).
PUBLISHED_TABLES = ("questions", "question_agents", "agents", "events", "question_term_sets",
                    "question_postings", "question_term_counts")

PUBLISH = (
    ("INSERT INTO questions (id, text, customer_context, product, urgent, priority, status, "
    "source, created_at, updated_at) "
    "SELECT :base + seq, text, customer_context, product, urgent, "
    "CASE WHEN urgent THEN 1 ELSE 0 END, 'new', 'import', created_at, created_at "
    "FROM staged_questions WHERE run_id = :run ORDER BY seq"),
    ("INSERT INTO question_agents (question_id, agent_id, forwarded_at) "
    "SELECT :base + s.seq, a.id, s.created_at FROM staged_questions s "
    "JOIN agents a ON a.code = s.agent_code WHERE s.run_id = :run ORDER BY s.seq"),
    ("INSERT INTO events (question_id, at, actor, action, to_status, detail) "
    "SELECT :base + seq, created_at, :actor, 'forward', 'new', "
    "'forwarded by ' || agent_code || ' (import)' "
    "FROM staged_questions WHERE run_id = :run ORDER BY seq"),
    ("INSERT INTO question_term_sets (question_id, terms) "
    "SELECT :base + seq, terms FROM staged_questions WHERE run_id = :run ORDER BY seq"),
    ("INSERT INTO question_postings (term, first_id, offsets) "
    "SELECT term, :base + first_seq, offsets FROM staged_postings WHERE run_id = :run"),
    ("INSERT INTO question_term_counts (term, questions) "
    "SELECT term, sum(questions) FROM staged_term_counts WHERE run_id = :run "
    "GROUP BY term ORDER BY term "
    "ON CONFLICT (term) DO UPDATE SET questions = question_term_counts.questions + excluded.questions"),
)


def _reserve_pg_ids(session: Session, count: int) -> int | None:
    """On PostgreSQL, the first of `count` consecutive question ids no one else will take
    (None on SQLite, where the publishing transaction's write lock does it)."""
    conn = session.connection()
    if conn.dialect.name != "postgresql":
        return None
    # Writers of questions wait on the lock for the instant between nextval and setval,
    # so no one else's id falls inside the stretch.
    conn.exec_driver_sql("LOCK TABLE questions IN SHARE ROW EXCLUSIVE MODE")
    first = conn.exec_driver_sql("SELECT nextval(pg_get_serial_sequence('questions', 'id'))").scalar()
    conn.exec_driver_sql(
        f"SELECT setval(pg_get_serial_sequence('questions', 'id'), {int(first) + count - 1})")
    return int(first)


def _drop_run(session: Session, run_id: int) -> None:
    for table in (StagedQuestion, StagedPosting, StagedTermCount):
        session.execute(delete(table).where(table.run_id == run_id))
    session.execute(delete(ImportRun).where(ImportRun.id == run_id))


def _clear_stale_runs(session: Session) -> None:
    """Clear what imports that died (killed, crashed) left in staging, and published runs
    whose clearing was cut short."""
    stale = session.scalars(select(ImportRun.id).where(
        (ImportRun.touched_at < utcnow() - STALE_RUN) | (ImportRun.kind == "published"))).all()
    for run_id in stale:
        _drop_run(session, run_id)
