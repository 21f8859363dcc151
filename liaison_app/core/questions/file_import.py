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

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy import insert, select
from sqlalchemy.orm import Session

from liaison_app.core import tabular
from liaison_app.core.bulk import ANALYZE_AFTER, analyze, paused_gc
from liaison_app.core.models import (
    Agent,
    Event,
    Question,
    QuestionAgent,
    QuestionStatus,
)
from liaison_app.core.questions.duplicates import dup_terms
from liaison_app.core.questions.intake import ForwardRequest, IntakeError, clean_request
from liaison_app.core.tabular import ImportFileError
from liaison_app.core.timeutil import checked_utc, utcnow

__all__ = ["ImportFileError", "QuestionImportReport", "import_questions"]

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
BATCH = 5000


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
    """Check every row, then write the good ones (all or nothing unless `skip_invalid`).

    The caller owns the transaction; nothing is written when the report has problems and
    `skip_invalid` is false.
    """
    path = Path(path)
    report = QuestionImportReport(file=str(path))
    data = tabular.read_bytes(path)
    digest = tabular.file_digest(data)
    earlier = None if again else tabular.earlier_import(session, "questions", digest)
    if earlier:
        raise DuplicateFileError(
            f"{path}: this file was already imported on {earlier['at']} as {earlier['file']} "
            f"({earlier['rows']} questions); nothing imported", earlier=earlier)
    text, report.encoding = tabular.decode(data, str(path))
    del data
    agents = dict(session.execute(select(Agent.code, Agent.id)).all())
    new_agents: dict[str, str] = {}
    seen: dict[tuple, int] = {}
    good: list[tuple[int, ForwardRequest]] = []
    now = utcnow()
    for line, raw in read_rows(path, text):
        report.rows += 1
        if "__error__" in raw:
            report.problem(line, "*", raw["__error__"])
            continue
        try:
            urgent = tabular.yes_no(raw.get("urgent", ""))
        except ValueError as exc:
            report.problem(line, "urgent", str(exc))
            continue
        try:
            at = _as_time(raw.get("forwarded_at", ""))
        except ValueError as exc:
            report.problem(line, "forwarded_at", str(exc))
            continue
        request = ForwardRequest(
            agent=str(raw.get("agent", "")), text=str(raw.get("text", "")),
            context=str(raw.get("context", "")), product=str(raw.get("product", "")),
            urgent=urgent, forwarded_at=at, source="import",
        )
        try:
            request = clean_request(request)
        except IntakeError as exc:
            report.problem(line, exc.field, str(exc))
            continue
        if request.agent not in agents:
            if not create_agents:
                report.problem(line, "agent", f"unknown agent '{request.agent}'")
                continue
            new_agents.setdefault(request.agent, request.agent)
        key = (request.agent, request.text, request.context, request.forwarded_at)
        if key in seen:
            report.problem(line, "text", f"duplicate of line {seen[key]}")
            continue
        seen[key] = line
        good.append((line, request))
        if progress and report.rows % 10000 == 0:
            progress(report.rows, 0)
    del text, seen
    report.skipped = len({p.line for p in report.problems})
    if report.problems and not skip_invalid:
        return report
    if not good:
        return report
    tabular.remember_import(session, "questions", digest, str(path), len(good))
    with paused_gc():
        if new_agents:
            ids = session.execute(
                insert(Agent).returning(Agent.id, Agent.code, sort_by_parameter_order=True),
                [{"code": c, "name": c, "created_at": now} for c in sorted(new_agents)],
            ).all()
            agents.update({code: agent_id for agent_id, code in ids})
            report.agents_created = sorted(new_agents)
        total = len(good)
        for start in range(0, total, BATCH):
            _write_batch(session, good[start:start + BATCH], agents, actor, now, report)
            if progress:
                progress(min(start + BATCH, total), total)
        if total >= ANALYZE_AFTER:
            analyze(session.connection())
    return report


def _write_batch(session: Session, batch, agents, actor, now, report: QuestionImportReport) -> None:
    question_rows = []
    for _line, r in batch:
        at = r.forwarded_at or now
        question_rows.append({
            "text": r.text, "customer_context": r.context, "product": r.product,
            "urgent": r.urgent, "priority": 1 if r.urgent else 0, "status": QuestionStatus.NEW,
            "source": "import", "created_at": at, "updated_at": at,
        })
    ids = session.execute(
        insert(Question.__table__).returning(Question.__table__.c.id, sort_by_parameter_order=True),
        question_rows,
    ).scalars().all()
    forwards, events, terms = [], [], []
    for question_id, (_line, r), row in zip(ids, batch, question_rows):
        forwards.append({"question_id": question_id, "agent_id": agents[r.agent],
                         "forwarded_at": row["created_at"], "via_question_id": None})
        events.append({"question_id": question_id, "at": row["created_at"], "actor": actor,
                       "action": "forward", "from_status": None, "to_status": QuestionStatus.NEW,
                       "detail": f"forwarded by {r.agent} (import)"})
        terms.extend((t, question_id) for t in dup_terms(r.text))
    session.execute(insert(QuestionAgent.__table__), forwards)
    session.execute(insert(Event.__table__), events)
    if terms:
        # Millions of two-value rows: straight to the driver, past per-row SQL compilation.
        connection = session.connection()
        mark = "?" if connection.dialect.paramstyle == "qmark" else "%s"
        connection.exec_driver_sql(
            f"INSERT INTO question_terms (term, question_id) VALUES ({mark}, {mark})", terms
        )
    report.imported += len(ids)
    report.first_id = ids[0] if report.first_id is None else report.first_id
    report.last_id = ids[-1]
