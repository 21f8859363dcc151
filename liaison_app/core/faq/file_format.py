"""The FAQ exchange file format: field names, column headers, and reading raw rows.

A center's existing FAQ base comes as an Excel sheet, a CSV that Excel saved (GBK on a
Chinese Windows, UTF-8 with a BOM on a newer one) or JSON lines. This module turns any of
them into `RawRow`s (the physical line or sheet row, and the values by field name) and
says which columns it did not understand; judging the values is `faq_import`'s job.
Export writes the same field names, so an exported file reads back unchanged.
"""

from __future__ import annotations

import codecs
import csv
import io
import json
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from liaison_app.core.search.folding import fold

FIELDS = ("question", "answer", "key_points", "keywords", "category", "department",
          "valid_from", "valid_until", "status", "similar")
REQUIRED = ("question", "answer")
# How a category path is written on export; import also accepts "/" and ">".
CATEGORY_SEP = " › "

# Headers people actually use, in either script (folding makes 問題 and 问题 one key).
_ALIASES = {
    "question": ("問題", "標準問", "標準問題", "問題標題"),
    "answer": ("答案", "答覆", "回答", "標準答案"),
    "key_points": ("操作要點", "要點", "key points", "keypoints"),
    "keywords": ("關鍵字", "關鍵詞", "keyword"),
    "category": ("分類", "類別", "分類路徑"),
    "department": ("部門", "負責部門", "業務部門", "所屬部門"),
    "valid_from": ("生效日", "生效日期", "生效時間", "valid from"),
    "valid_until": ("失效日", "失效日期", "有效期至", "失效時間", "valid until"),
    "status": ("狀態",),
    "similar": ("相似問", "相似問題", "similar questions", "similar_questions"),
}


class FaqFileError(ValueError):
    """The file as a whole cannot be read; the message names it (shown as one line)."""


@dataclass(frozen=True)
class Problem:
    """One finding about an import file, located by line (sheet row for XLSX) and field."""

    file: str
    line: int
    field: str
    message: str

    def as_json(self) -> dict:
        return {"file": self.file, "line": self.line, "field": self.field,
                "message": self.message}

    def __str__(self) -> str:
        return f"{self.file}:{self.line}: {self.field}: {self.message}"


@dataclass
class RawRow:
    line: int
    values: dict[str, Any]


@dataclass
class RawFile:
    """What was read: rows, whether their values are JSON-typed, and findings so far."""

    name: str
    rows: list[RawRow] = field(default_factory=list)
    from_json: bool = False
    # Fields the table has a column for (JSON rows say per line which fields they have).
    columns: set[str] = field(default_factory=set)
    header_line: int | None = None
    errors: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)


def _header_key(text: str) -> str:
    return re.sub(r"[\s_\-]+", "_", fold(str(text).strip().strip("*＊").strip())).strip("_")


_BY_HEADER: dict[str, str] = {}
for _name in FIELDS:
    _BY_HEADER[_header_key(_name)] = _name
    for _alias in _ALIASES.get(_name, ()):
        _BY_HEADER[_header_key(_alias)] = _name


def parse_mapping(spec: str | None) -> dict[str, str]:
    """`"問題=question,答案=answer"` as {header key: field}; a bad spec raises ValueError."""
    mapping: dict[str, str] = {}
    if not spec:
        return mapping
    for part in re.split(r"[,，;；]", spec):
        if not part.strip():
            continue
        header, sep, target = part.partition("=")
        target = target.strip()
        if not sep or not header.strip() or not target:
            raise ValueError(f"--map: '{part.strip()}' is not HEADER=FIELD")
        if target not in FIELDS:
            raise ValueError(f"--map: unknown field '{target}' (fields: {', '.join(FIELDS)})")
        mapping[_header_key(header)] = target
    return mapping


def field_for(header: Any, mapping: dict[str, str]) -> str | None:
    key = _header_key(header) if header is not None else ""
    return mapping.get(key) or _BY_HEADER.get(key)


def read_file(path: Path, mapping: dict[str, str] | None = None) -> RawFile:
    """Rows of a `.jsonl`, `.csv` or `.xlsx` file; unreadable files raise FaqFileError."""
    mapping = mapping or {}
    suffix = path.suffix.lower()
    if not path.is_file():
        raise FaqFileError(f"{path}: no such file")
    if suffix in (".jsonl", ".ndjson", ".json"):
        return _read_jsonl(path, mapping)
    if suffix in (".csv", ".tsv", ".txt"):
        return _read_table(str(path), _csv_rows(path), mapping)
    if suffix in (".xlsx", ".xlsm"):
        return _read_table(str(path), _xlsx_rows(path), mapping)
    raise FaqFileError(f"{path}: unsupported file type '{suffix}' (use .csv, .xlsx or .jsonl)")


# --- JSON lines ------------------------------------------------------------------------

def _read_jsonl(path: Path, mapping: dict[str, str]) -> RawFile:
    raw = RawFile(str(path), from_json=True)
    try:
        text = path.read_bytes().decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise FaqFileError(f"{path}: JSON lines must be UTF-8 ({exc.reason} at byte {exc.start})") from exc
    unknown: dict[str, int] = {}
    names: dict[str, str | None] = {}
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            data = json.loads(line)
        except json.JSONDecodeError as exc:
            raw.errors.append(Problem(raw.name, number, "json", f"bad JSON: {exc.msg} at column {exc.colno}"))
            continue
        if not isinstance(data, dict):
            raw.errors.append(Problem(raw.name, number, "json",
                                      f"expected an object, got {_json_type(data)}"))
            continue
        values: dict[str, Any] = {}
        for key, value in data.items():
            if key not in names:
                names[key] = field_for(key, mapping)
            name = names[key]
            if name is None:
                unknown.setdefault(str(key), number)
            elif name in values:
                raw.errors.append(Problem(raw.name, number, name, f"given twice (as '{key}')"))
            else:
                values[name] = value
        raw.rows.append(RawRow(number, values))
    for key, number in unknown.items():
        raw.warnings.append(Problem(raw.name, number, key, "unknown field, ignored"))
    return raw


def _json_type(value: Any) -> str:
    if value is None:
        return "null"
    return {bool: "true/false", int: "a number", float: "a number", str: "text",
            list: "a list", dict: "an object"}.get(type(value), type(value).__name__)


# --- tables: CSV and XLSX --------------------------------------------------------------

def _decode(path: Path) -> str:
    data = path.read_bytes()
    if data.startswith(codecs.BOM_UTF8):
        encodings = ("utf-8-sig",)
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encodings = ("utf-16",)  # Excel's "Unicode text"
    else:
        encodings = ("utf-8", "gb18030")  # GB18030 is a superset of GBK and GB2312
    for encoding in encodings:
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise FaqFileError(f"{path}: cannot read the text: it is neither UTF-8 nor GB18030/GBK "
                       "(save it from Excel as 'CSV UTF-8')")


def _csv_rows(path: Path) -> Iterator[tuple[int, list[Any]]]:
    text = _decode(path)
    first = text.split("\n", 1)[0]
    delimiter = "\t" if first.count("\t") > first.count(",") else ","
    # newline="" keeps line breaks inside quoted cells (one key point per line) intact.
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    try:
        while True:
            start = reader.line_num + 1
            try:
                cells = next(reader)
            except StopIteration:
                return
            yield start, cells
    except csv.Error as exc:
        raise FaqFileError(f"{path}:{reader.line_num}: not a readable CSV file: {exc}") from exc


def _xlsx_rows(path: Path) -> Iterator[tuple[int, list[Any]]]:
    """The first sheet, row by row (row numbers as Excel shows them)."""
    from zipfile import BadZipFile

    import openpyxl

    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except (BadZipFile, OSError, KeyError, ValueError) as exc:
        raise FaqFileError(f"{path}: not a readable Excel .xlsx file: {exc}") from exc
    try:
        sheet = book.worksheets[0]
        for number, cells in enumerate(sheet.iter_rows(values_only=True), start=1):
            yield number, list(cells)
    finally:
        book.close()


def _is_blank(cells: list[Any]) -> bool:
    return all(c is None or (isinstance(c, str) and not c.strip()) for c in cells)


def _read_table(name: str, rows: Iterator[tuple[int, list[Any]]], mapping: dict[str, str]) -> RawFile:
    raw = RawFile(name)
    columns: list[str | None] = []
    for number, cells in rows:
        if _is_blank(cells):
            continue
        if raw.header_line is None:
            raw.header_line = number
            columns = _map_header(raw, number, cells, mapping)
            continue
        values: dict[str, Any] = {}
        for index, cell in enumerate(cells):
            if index < len(columns):
                if columns[index] is not None:
                    values[columns[index]] = cell
            elif not _is_blank([cell]):
                raw.warnings.append(Problem(name, number, f"column {index + 1}",
                                            "a cell beyond the last header, ignored"))
        raw.rows.append(RawRow(number, values))
    if raw.header_line is None:
        raise FaqFileError(f"{name}: the file is empty (no header row)")
    return raw


def _map_header(raw: RawFile, number: int, cells: list[Any], mapping: dict[str, str]) -> list[str | None]:
    columns: list[str | None] = []
    seen: dict[str, str] = {}
    for index, cell in enumerate(cells):
        header = "" if cell is None else str(cell).strip()
        name = field_for(header, mapping) if header else None
        if name is None:
            if header:
                raw.warnings.append(Problem(raw.name, number, header, "unknown column, ignored"))
        elif name in seen:
            raw.errors.append(Problem(raw.name, number, name,
                                      f"columns '{seen[name]}' and '{header}' both mean {name}"))
            name = None
        else:
            seen[name] = header
        columns.append(name)
    raw.columns = set(seen)
    for required in REQUIRED:
        if required not in seen:
            raw.errors.append(Problem(raw.name, number, required,
                                      f"missing required column (no header means {required}; "
                                      "name one with --map HEADER=" + required + ")"))
    return columns
