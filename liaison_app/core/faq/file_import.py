"""Importing an existing FAQ base (`liaison faq import`, and the FAQ view's menu action).

A center's first FAQ base is years of Excel work; a bad row must be reported by line and
field, never half-written. So the whole file is read and judged first, every problem
collected as (file, line, field, message); then, when it is clean (or `skip_invalid`
asks to leave the bad rows out), every entry, its first revision, any new categories and
the keyword index are written in the caller's one transaction.

The `similar` field holds similar questions (相似問): a JSON list, or in CSV and XLSX one
phrasing per line of the cell. They are stored with the entry (near-identical ones once)
and searched beside its standard question.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from liaison_app.core import tabular
from liaison_app.core.bulk import ANALYZE_AFTER, analyze
from liaison_app.core.faq.file_format import (
    FaqFileError,
    Problem,
    RawFile,
    RawRow,
    parse_mapping,
    read_file,
)
from liaison_app.core.models import (
    Category,
    Department,
    FaqEntry,
    FaqRevision,
    FaqSimilar,
    FaqStatus,
)
from liaison_app.core.search.faq_index import (
    index_entries,
    index_similar,
    length_measured,
    rebuild_index,
)
from liaison_app.core.search.folding import fold
from liaison_app.core.timeutil import checked_utc, utcnow

__all__ = ["FaqFileError", "FaqImportReport", "ParsedEntry", "Problem", "import_faq",
           "parse_mapping", "read_entries"]

MAX_QUESTION = 500
MAX_ANSWER = 20_000
MAX_NAME = 100  # category names and keywords fit the columns they go to
_BATCH = 5000

_STATUS_WORDS = {
    "草稿": FaqStatus.DRAFT, "審核中": FaqStatus.IN_REVIEW, "待審核": FaqStatus.IN_REVIEW,
    "已發布": FaqStatus.PUBLISHED, "發布": FaqStatus.PUBLISHED, "已發佈": FaqStatus.PUBLISHED,
    "已停用": FaqStatus.RETIRED, "停用": FaqStatus.RETIRED, "已下線": FaqStatus.RETIRED,
}
_STATUS_BY_KEY = {fold(k): v for k, v in _STATUS_WORDS.items()}
_STATUS_BY_KEY.update({s.value: s for s in FaqStatus})
_CATEGORY_SPLIT = re.compile(r"[›>/＞／»]")
# Keywords are separated by line breaks, 、, ；/; and commas (not the comma in 1,000).
_KEYWORD_SPLIT = re.compile(r"[\n、；;，]|(?<!\d),|,(?!\d)")
_NUMBERED = re.compile(r"^\s*(\d{1,2})\s*[.、．)）]\s*(?!\d)")


@dataclass
class ParsedEntry:
    """One good row, ready to write."""

    line: int
    question: str
    answer: str
    key_points: list[str]
    keywords: list[str]
    category: list[str]
    department_id: int | None
    valid_from: datetime | None
    valid_until: datetime | None
    status: str
    similar: list[str] = field(default_factory=list)


@dataclass
class FaqImportReport(tabular.ImportReport):
    """The shared import report; the FAQ's problems print as FILE:LINE: FIELD: message."""

    entry_ids: list[int] = field(default_factory=list)
    categories_created: int = 0
    problem_style = tabular.COMPILER

    @property
    def errors(self) -> list[Problem]:
        """The problems that stop rows: the FAQ import has always called them errors."""
        return self.problems

    def as_json(self) -> dict:
        return {"imported": self.imported, "skipped": self.skipped,
                "errors": [p.as_json() for p in self.errors],
                "warnings": [p.as_json() for p in self.warnings]}


# --- judging values --------------------------------------------------------------------

class _Bad(Exception):
    """A value's problem, raised by a converter and recorded against its row and field."""


def _text(value: Any, from_json: bool) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        if "\x00" in value:  # PostgreSQL refuses NUL in text; SQLite would keep it silently
            raise _Bad("contains a NUL character (a damaged file?)")
        return value.replace("\r\n", "\n").replace("\r", "\n").strip()
    if from_json or isinstance(value, bool):
        raise _Bad(f"must be text, not {type(value).__name__}")
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


def _required_text(value: Any, from_json: bool, limit: int) -> str:
    text = _text(value, from_json)
    if not text:
        raise _Bad("is empty")
    if len(text) > limit:
        raise _Bad(f"is too long ({len(text):,} characters; at most {limit:,})")
    return text


def _text_list(value: Any, from_json: bool, split: Callable[[str], list[str]]) -> list[str]:
    if value is None:
        return []
    if from_json:
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise _Bad("must be a list of strings")
        items = [v.strip() for v in value]
    else:
        items = [v.strip() for v in split(_text(value, False))]
    return list(dict.fromkeys(v for v in items if v))


def _split_points(cell: str) -> list[str]:
    """One key point per line; "1. …", "2、…" numbering is dropped when every line has it."""
    lines = [line.strip() for line in cell.split("\n") if line.strip()]
    numbers = [_NUMBERED.match(line) for line in lines]
    if lines and all(m and int(m.group(1)) == i for i, m in enumerate(numbers, start=1)):
        return [line[m.end():] for line, m in zip(lines, numbers)]
    return lines


def _split_lines(cell: str) -> list[str]:
    return [line.strip() for line in cell.splitlines() if line.strip()]


def _split_keywords(cell: str) -> list[str]:
    return _KEYWORD_SPLIT.split(cell)


def _keywords(value: Any, from_json: bool) -> list[str]:
    words = _text_list(value, from_json, _split_keywords)
    for word in words:
        if len(word) > MAX_NAME:
            raise _Bad(f"keyword '{word[:20]}…' is too long (at most {MAX_NAME} characters)")
    return words


def _category(value: Any, from_json: bool) -> list[str]:
    if from_json and isinstance(value, list):
        parts = [_text(v, True) for v in value]
    else:
        parts = _CATEGORY_SPLIT.split(_text(value, from_json))
    parts = [" ".join(p.split()) for p in parts]
    parts = [p for p in parts if p]
    for part in parts:
        if len(part) > MAX_NAME:
            raise _Bad(f"category name '{part[:20]}…' is too long (at most {MAX_NAME} characters)")
    return parts


def _moment(value: Any, from_json: bool) -> datetime | None:
    """ISO date (local midnight) or date and time (local unless it names its zone), as UTC."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, datetime):  # an Excel date cell: local wall time
        parsed = value
    elif isinstance(value, date):
        parsed = datetime.combine(value, time())
    elif isinstance(value, str):
        text = value.strip()
        text = re.sub(r"^(\d{4})[/.](\d{1,2})[/.](\d{1,2})",
                      lambda m: f"{m[1]}-{int(m[2]):02d}-{int(m[3]):02d}", text)
        try:
            parsed = datetime.fromisoformat(text)
        except ValueError:
            raise _Bad(f"'{value.strip()}' is not a date (use 2025-01-31 or 2025-01-31T09:00)") from None
    else:
        raise _Bad(f"must be a date, not {type(value).__name__}")
    try:
        return checked_utc(parsed)  # without a zone: the machine's local time zone
    except ValueError as exc:
        raise _Bad(str(exc)) from None


def _status(value: Any, from_json: bool) -> str:
    text = _text(value, from_json)
    if not text:
        return FaqStatus.PUBLISHED
    status = _STATUS_BY_KEY.get(fold(text).replace(" ", "_"))
    if status is None:
        raise _Bad(f"unknown status '{text}' (expected one of "
                   f"{', '.join(s.value for s in FaqStatus)})")
    return status.value


class _Departments:
    """Department names as written, or in the other script, to ids."""

    def __init__(self, session: Session) -> None:
        rows = session.execute(select(Department.id, Department.name)).all()
        self.exact = {name: id_ for id_, name in rows}
        folded: dict[str, list[int]] = {}
        for id_, name in rows:
            folded.setdefault(fold(name.strip()), []).append(id_)
        self.folded = {k: v[0] for k, v in folded.items() if len(v) == 1}

    def __call__(self, value: Any, from_json: bool) -> int | None:
        name = _text(value, from_json)
        if not name:
            return None
        found = self.exact.get(name) or self.folded.get(fold(name))
        if found is None:
            raise _Bad(f"unknown department '{name}'")
        return found


def read_entries(session: Session, path: Path, mapping: dict[str, str] | None = None
                 ) -> tuple[list[ParsedEntry], RawFile]:
    """Every good row of the file; every bad one recorded in the returned file's errors."""
    raw = read_file(path, mapping)
    departments = _Departments(session)
    good: list[ParsedEntry] = []
    seen: dict[str, tuple[int, str]] = {}
    for row in raw.rows:
        entry = _judge(raw, row, departments)
        if entry is None:
            continue
        key = " ".join(fold(entry.question).split())
        if key in seen:
            line, question = seen[key]
            if question == entry.question:
                raw.errors.append(Problem(raw.name, row.line, "question",
                                          f"duplicate of the question on line {line}"))
                continue
            # Equal only once folded (借呗 / 借唄, full-width letters): real bases hold such
            # pairs, and refusing the whole file for them would block the import of an
            # otherwise good base. Both are imported, and the pair is pointed out to merge.
            raw.warnings.append(Problem(raw.name, row.line, "question",
                                        f"the same question as on line {line} in another "
                                        "script or width; imported, consider merging"))
        else:
            seen[key] = (row.line, entry.question)
        good.append(entry)
    raw.errors.sort(key=lambda p: p.line)
    return good, raw


def _judge(raw: RawFile, row: RawRow, departments: _Departments) -> ParsedEntry | None:
    values, ok = {}, True

    def take(name: str, convert: Callable[[Any, bool], Any]) -> None:
        nonlocal ok
        try:
            values[name] = convert(row.values.get(name), raw.from_json)
        except _Bad as bad:
            values[name] = None
            ok = False
            raw.errors.append(Problem(raw.name, row.line, name, str(bad)))

    for name, limit in (("question", MAX_QUESTION), ("answer", MAX_ANSWER)):
        if raw.from_json and name not in row.values:
            raw.errors.append(Problem(raw.name, row.line, name, "missing required field"))
            ok = False
        elif raw.from_json or name in raw.columns:
            take(name, lambda v, j, limit=limit: _required_text(v, j, limit))
        else:
            ok = False  # the header's missing column is already reported, once
    take("key_points", lambda v, j: _text_list(v, j, _split_points))
    take("keywords", _keywords)
    take("category", _category)
    take("department", departments)
    take("valid_from", _moment)
    take("valid_until", _moment)
    take("status", _status)
    take("similar", lambda v, j: _text_list(v, j, _split_lines))
    start, end = values["valid_from"], values["valid_until"]
    if start and end and end < start:
        raw.errors.append(Problem(raw.name, row.line, "valid_until",
                                  "is before valid_from"))
        ok = False
    if not ok:
        return None
    return ParsedEntry(row.line, values["question"], values["answer"], values["key_points"],
                       values["keywords"], values["category"], values["department"],
                       start, end, values["status"], values["similar"] or [])


# --- writing ---------------------------------------------------------------------------

def import_faq(
    session: Session,
    path: str | Path,
    *,
    actor: str,
    skip_invalid: bool = False,
    mapping: dict[str, str] | None = None,
    now: datetime | None = None,
) -> FaqImportReport:
    """Import the file into the session's transaction; the caller commits.

    With any bad row and not `skip_invalid`, nothing is written. File-level failures
    (unreadable, unknown encoding or type) raise FaqFileError.
    """
    path = Path(path)
    entries, raw = read_entries(session, path, mapping)
    if not raw.rows and not raw.errors:
        raise FaqFileError(f"{path}: no FAQ entries in the file")
    result = FaqImportReport(file=str(path), encoding=raw.encoding, rows=len(raw.rows),
                             problems=raw.errors, warnings=raw.warnings)
    if raw.header_line is not None and any(p.line == raw.header_line for p in raw.errors):
        result.skipped = len(raw.rows)  # no row can be read without its columns
        return result
    result.skipped = len({p.line for p in raw.errors})
    if raw.errors and not skip_invalid:
        return result
    if not entries:
        return result
    _warn_existing(session, raw, entries, result)
    now = now or utcnow()
    category_ids = _Categories(session, result)
    positions = _next_positions(session)
    ids: list[int] = []
    note = f"imported from {path.name}"
    # Core inserts on the session's connection: the same transaction, without the ORM's
    # per-row bookkeeping (which made RETURNING of 50,000 ids take minutes). Rows are
    # built a batch at a time, so memory holds one batch of them, not the whole file.
    conn = session.connection()
    entries_t, revisions_t = FaqEntry.__table__, FaqRevision.__table__
    # SQLite hands RETURNING ids back one row per statement; the ids are given here
    # instead (the next ones after the largest, in this writing transaction).
    next_id = (conn.execute(select(func.coalesce(func.max(entries_t.c.id), 0))).scalar() + 1
               if conn.dialect.name == "sqlite" else None)
    for start in range(0, len(entries), _BATCH):
        batch = []
        for entry in entries[start:start + _BATCH]:
            category_id = category_ids.path_id(entry.category)
            position = positions.get(category_id, 0)
            positions[category_id] = position + 1
            batch.append({
                "question": entry.question, "answer": entry.answer,
                "key_points": entry.key_points, "keywords": entry.keywords,
                "category_id": category_id, "department_id": entry.department_id,
                "status": entry.status, "valid_from": entry.valid_from,
                "valid_until": entry.valid_until, "position": position, "pinned": False,
                "hit_count": 0, "revision": 1, "created_at": now, "updated_at": now,
                "published_at": now if entry.status == FaqStatus.PUBLISHED else None,
            })
        if next_id is None:
            new_ids = list(conn.execute(
                insert(entries_t).returning(entries_t.c.id, sort_by_parameter_order=True),
                batch).scalars())
        else:
            new_ids = list(range(next_id, next_id + len(batch)))
            next_id += len(batch)
            for id_, row in zip(new_ids, batch):
                row["id"] = id_
            conn.execute(insert(entries_t), batch)
        conn.execute(insert(revisions_t), [
            {"entry_id": id_, "number": 1, "question": row["question"], "answer": row["answer"],
             "key_points": row["key_points"], "keywords": row["keywords"], "author": actor,
             "note": note, "created_at": now}
            for id_, row in zip(new_ids, batch)])
        ids.extend(new_ids)
    similar_rows = _similar_rows(entries, ids, actor, now)
    similar_ids: list[int] = []
    similar_t = FaqSimilar.__table__
    for start in range(0, len(similar_rows), _BATCH):
        similar_ids.extend(conn.execute(
            insert(similar_t).returning(similar_t.c.id, sort_by_parameter_order=True),
            similar_rows[start:start + _BATCH]).scalars())
    if ids and not length_measured(conn):
        # The first import into a base whose index never measured its average length: a
        # full build measures it, so the weights fit what this base's entries look like.
        rebuild_index(conn)
    else:
        index_entries(conn, ids)
        if similar_ids:
            index_similar(conn, similar_ids)
    if len(ids) >= ANALYZE_AFTER:
        analyze(conn)
    result.imported = len(ids)
    result.entry_ids = ids
    return result


def _similar_rows(entries: list[ParsedEntry], ids: list[int], actor: str, now: datetime) -> list[dict]:
    """Rows of the entries' similar questions: near-identical ones and the standard
    question itself left out (the same test as phrasings captured in the workflow)."""
    from liaison_app.core.faq.similar_questions import MAX_CHARS, phrasing_key

    rows = []
    for entry, entry_id in zip(entries, ids):
        if not entry.similar:  # most entries: no need to fold the question for a key
            continue
        seen = {phrasing_key(entry.question)}
        for text in entry.similar:
            key = phrasing_key(text)
            if key and key not in seen:
                seen.add(key)
                rows.append({"entry_id": entry_id, "text": text[:MAX_CHARS], "key": key,
                             "source": "import", "question_id": None, "status": "kept",
                             "created_at": now, "created_by": actor})
    return rows


def _warn_existing(session: Session, raw: RawFile, entries: list[ParsedEntry],
                   result: FaqImportReport) -> None:
    """Entries already in the base are imported again, but said so (a re-run shows up)."""
    if not session.scalar(select(func.count()).select_from(FaqEntry)):
        return
    existing = {" ".join(fold(q).split()): id_
                for id_, q in session.execute(select(FaqEntry.id, FaqEntry.question))}
    for entry in entries:
        found = existing.get(" ".join(fold(entry.question).split()))
        if found is not None:
            result.warnings.append(Problem(raw.name, entry.line, "question",
                                           f"the base already has this question (entry {found})"))


def _next_positions(session: Session) -> dict[int | None, int]:
    """New entries go after those already in their category, in file order."""
    rows = session.execute(
        select(FaqEntry.category_id, func.max(FaqEntry.position)).group_by(FaqEntry.category_id))
    return {category_id: (top or 0) + 1 for category_id, top in rows}


class _Categories:
    """Finds or creates category paths; names match in either script."""

    def __init__(self, session: Session, result: FaqImportReport) -> None:
        self.session = session
        self.result = result
        self.children: dict[tuple[int | None, str], int] = {}
        self.next_position: dict[int | None, int] = {}
        for id_, parent_id, name, position in session.execute(
                select(Category.id, Category.parent_id, Category.name, Category.position)
                .order_by(Category.id)):
            self.children.setdefault((parent_id, name), id_)
            self.children.setdefault((parent_id, fold(name)), id_)
            self.next_position[parent_id] = max(self.next_position.get(parent_id, 0),
                                                (position or 0) + 1)
        self.cache: dict[tuple[str, ...], int | None] = {(): None}

    def path_id(self, parts: list[str]) -> int | None:
        key = tuple(parts)
        if key in self.cache:
            return self.cache[key]
        parent = self.path_id(parts[:-1])
        name = parts[-1]
        found = self.children.get((parent, name)) or self.children.get((parent, fold(name)))
        if found is None:
            position = self.next_position.get(parent, 0)
            self.next_position[parent] = position + 1
            found = self.session.scalar(
                insert(Category).values(parent_id=parent, name=name, position=position)
                .returning(Category.id))
            self.children[(parent, name)] = found
            self.children[(parent, fold(name))] = found
            self.result.categories_created += 1
        self.cache[key] = found
        return found
