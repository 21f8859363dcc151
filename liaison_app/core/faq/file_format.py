"""The FAQ exchange file format: field names, column headers, and reading raw rows.

A center's existing FAQ base comes as an Excel sheet, a CSV that Excel saved (GBK on a
Chinese Windows, UTF-8 with a BOM on a newer one) or JSON lines, read by `core.tabular`
like every import. This module turns the rows into `RawRow`s (the physical line or sheet
row, and the values by field name) and says which columns it did not understand; judging
the values is `faq.file_import`'s job. Export writes the same field names, so an
exported file reads back unchanged.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from liaison_app.core import tabular
from liaison_app.core.search.folding import fold
from liaison_app.core.tabular import ImportFileError, Problem

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


# The FAQ import's name for a file that cannot be read as a whole: the one file error of
# every tabular import, and no longer a ValueError (which the command line took for bad
# input even when it came from a bug).
FaqFileError = ImportFileError


@dataclass
class RawRow:
    line: int
    values: dict[str, Any]


@dataclass
class RawFile:
    """What was read: rows, whether their values are JSON-typed, and findings so far."""

    name: str
    encoding: str = ""  # as decoded; empty for XLSX
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
    if not path.is_file():
        raise FaqFileError(f"{path}: no such file")
    kind = tabular.kind_of(path, ("csv", "xlsx", "jsonl"), "use .csv, .xlsx or .jsonl")
    if kind == "jsonl":
        return _read_jsonl(path, mapping)
    if kind == "csv":
        text, encoding = tabular.read_text(path)
        raw = _read_table(str(path), tabular.csv_rows(text, str(path)), mapping)
        raw.encoding = encoding
        return raw
    return _read_table(str(path), tabular.xlsx_rows(path), mapping)


# --- JSON lines ------------------------------------------------------------------------

def _read_jsonl(path: Path, mapping: dict[str, str]) -> RawFile:
    text, encoding = tabular.read_text(path)
    raw = RawFile(str(path), encoding=encoding, from_json=True)
    unknown: dict[str, int] = {}
    names: dict[str, str | None] = {}
    for number, data in tabular.jsonl_records(text):
        if isinstance(data, tabular.BadJson):
            raw.errors.append(Problem(raw.name, number, "json",
                                      f"bad JSON: {data.reason} at column {data.column}"))
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

def _read_table(name: str, rows: Iterator[tuple[int, list[Any]]], mapping: dict[str, str]) -> RawFile:
    raw = RawFile(name)
    columns: list[str | None] = []
    for number, cells in rows:
        if tabular.is_blank(cells):
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
            elif not tabular.is_blank([cell]):
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
