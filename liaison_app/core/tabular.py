"""One reader and one report for every tabular import (questions, FAQ, directory).

Files reach the manager from Excel on Chinese Windows (GB18030/GBK, UTF-8 with a BOM, or
UTF-16 "Unicode text" with tabs), from newer Excel as .xlsx, and from other systems as
JSON lines. Each import used to read them its own way, so the same file could be read by
one and refused by another. Here there is one decoder (one charset detection path), one
way to split CSV and XLSX into rows and JSON lines into records, each with the line
number the manager sees in an editor or in Excel, one `Problem` (file, line, field,
message) and one `ImportReport` whose `problem_lines` are what both the command line and
the window show. What the rows mean (headers, aliases, validation) stays with each import.
"""

from __future__ import annotations

import codecs
import csv
import hashlib
import io
import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, ClassVar

from sqlalchemy import select
from sqlalchemy.orm import Session

from liaison_app.core.export_cells import restore_cell
from liaison_app.core.models.app_settings import Setting
from liaison_app.core.timeutil import iso_utc, utcnow
from liaison_app.mail.charsets import score

# Excel cells hold at most 32,767 characters; a bigger field is still read so its row
# can be reported (and the file not refused as a whole). The limit is process-wide.
csv.field_size_limit(64 * 1024 * 1024)

# File name endings and the kind of file each one is read as.
SUFFIXES = {".csv": "csv", ".tsv": "csv", ".txt": "csv", ".jsonl": "jsonl", ".ndjson": "jsonl",
            ".json": "jsonl", ".xlsx": "xlsx", ".xlsm": "xlsx"}

# How a problem reads on one line. Questions and the directory have always said
# "FILE, line N, field 'F': message"; the FAQ import, whose files are often thousands of
# rows, says "FILE:N: F: message" like a compiler, which editors can jump to. Scripts and
# tests rely on both, so each report names its style and `problem_lines` uses it.
LINE_AND_FIELD = "{file}, line {line}, field '{field}': {message}"
COMPILER = "{file}:{line}: {field}: {message}"


class ImportFileError(Exception):
    """The file as a whole cannot be imported (unreadable, undecodable, missing columns).

    The message names the file and reads as one line. Not a ValueError: the command line
    shows this as the user's error, while a ValueError from a bug still shows as a bug.
    """


@dataclass(frozen=True)
class Problem:
    """One finding about an import file, located by line (sheet row for XLSX) and field."""

    file: str
    line: int
    field: str
    message: str

    def render(self, style: str = LINE_AND_FIELD) -> str:
        return style.format(file=self.file, line=self.line, field=self.field,
                            message=self.message)

    def describe(self, path: str | None = None) -> str:
        """The problem as questions and the directory print it (optionally for another path)."""
        return LINE_AND_FIELD.format(file=self.file if path is None else path, line=self.line,
                                     field=self.field, message=self.message)

    def as_json(self) -> dict:
        return {"file": self.file, "line": self.line, "field": self.field, "message": self.message}


@dataclass
class ImportReport:
    """What an import did: counts, the problems that stop rows, and mere warnings.

    `skipped` counts the rows not imported because of problems; each import defines it
    (a bad row, a department with a bad row, or every row when the header is bad).
    """

    file: str
    encoding: str = ""
    rows: int = 0
    imported: int = 0
    skipped: int = 0
    problems: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
    problem_style: ClassVar[str] = LINE_AND_FIELD

    @property
    def path(self) -> str:
        """The file as given (the name questions and the directory have always used)."""
        return self.file

    def problem(self, line: int, field_name: str, message: str) -> Problem:
        """Record a problem of this file and return it."""
        found = Problem(self.file, line, field_name, message)
        self.problems.append(found)
        return found

    def problem_lines(self) -> list[str]:
        """Problems then warnings, one line each: what the command line and the window show."""
        return ([p.render(self.problem_style) for p in self.problems]
                + [f"{p.render(self.problem_style)} (warning)" for p in self.warnings])


# --- reading ----------------------------------------------------------------------------

def read_bytes(path: Path) -> bytes:
    try:
        return path.read_bytes()
    except OSError as exc:
        raise ImportFileError(f"{path}: cannot read the file: {exc.strerror or exc}") from exc


# Chinese files without a BOM: GB18030 (mainland Excel) or Big5 (Taiwanese Excel). Both
# read almost any double-byte text without an error, so the choice is made on a sample by
# charset-normalizer and confirmed by how much of each reading is made of common Chinese
# characters (a wrong reading is mostly rare ones); when the two disagree or neither
# reading is clearly Chinese, the file is refused rather than imported as garbage.
CHINESE_CODECS = ("gb18030", "big5hkscs")
SAMPLE_BYTES = 256 * 1024
CLEAR_LEAD = 0.15  # the winning reading's share of common characters must lead by this
PLAUSIBLE = 0.6  # and be at least this
DECISIVE_LEAD = 0.5  # a lead that outweighs the detector's disagreement


def _sample(body: bytes) -> bytes:
    """The first SAMPLE_BYTES cut at a line break (never inside a character in either codec)."""
    if len(body) <= SAMPLE_BYTES:
        return body
    cut = body.rfind(b"\n", 0, SAMPLE_BYTES)
    return body[: cut if cut > 0 else SAMPLE_BYTES]


def _chinese_codec(body: bytes, file: str) -> str:
    sample = _sample(body)
    readings: dict[str, str] = {}
    errors: list[UnicodeDecodeError] = []
    for codec in CHINESE_CODECS:
        try:
            readings[codec] = sample.decode(codec)
        except UnicodeDecodeError as exc:
            errors.append(exc)
    if not readings:
        offset = errors[0].start
        raise ImportFileError(
            f"{file}: cannot decode the file: it is neither UTF-8 nor GB18030/GBK nor Big5 "
            f"(byte 0x{body[offset]:02x} at offset {offset}); save it from Excel as 'CSV UTF-8'")
    if len(readings) == 1:
        return next(iter(readings))
    import charset_normalizer  # only files that are not UTF-8 pay for loading it

    scores = {codec: score(text) for codec, text in readings.items()}
    best, other = sorted(scores, key=scores.get, reverse=True)
    detected = charset_normalizer.from_bytes(sample, cp_isolation=["gb18030", "big5"]).best()
    detected_name = detected.encoding if detected else ""
    agrees = detected_name in ("", best, best.removesuffix("hkscs"))
    lead = scores[best] - scores[other]
    # The detector's word counts while the readings are close; a reading made only of
    # common characters against one half rare is clear whatever a short sample told it.
    if scores[best] < PLAUSIBLE or lead < CLEAR_LEAD or (not agrees and lead < DECISIVE_LEAD):
        raise ImportFileError(
            f"{file}: cannot tell whether the file is Big5 or GB18030 (the detector says "
            f"{detected_name or 'nothing'}); save it from Excel as 'CSV UTF-8' and import that")
    return best


def decode(data: bytes, file: str) -> tuple[str, str]:
    """The text of a file and the encoding it was in (the name reports show).

    A BOM decides; without one, UTF-8 is tried first (random bytes are almost never valid
    UTF-8), then GB18030 or Big5, whichever the file is clearly written in.
    """
    if data.startswith(codecs.BOM_UTF8):
        encoding, body = "utf-8-sig", data[len(codecs.BOM_UTF8):]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encoding, body = "utf-16", data  # Excel's "Unicode text"
    else:
        try:
            return data.decode("utf-8"), "utf-8"
        except UnicodeDecodeError:
            encoding, body = _chinese_codec(data, file), data
    try:
        return body.decode("utf-8" if encoding == "utf-8-sig" else encoding), encoding
    except UnicodeDecodeError as exc:
        offset = exc.start + (len(data) - len(body))
        raise ImportFileError(
            f"{file}: cannot decode the file as {encoding} (byte 0x{data[offset]:02x} at "
            f"offset {offset}); save it from Excel as 'CSV UTF-8'"
        ) from None


# --- the same file twice --------------------------------------------------------------
# Each import of a file records the SHA-256 of its bytes (a row of `settings`, key
# "imported:<kind>:<digest>"), so importing the very same file again is refused instead
# of doubling every question; a file with one byte changed is a new file.
def file_digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def _import_key(kind: str, digest: str) -> str:
    return f"imported:{kind}:{digest[:64]}"


def earlier_import(session: Session, kind: str, digest: str) -> dict | None:
    """What an earlier import of the same bytes recorded (`file`, `at`, `rows`), or None."""
    return session.scalar(select(Setting.value).where(Setting.key == _import_key(kind, digest)))


def remember_import(session: Session, kind: str, digest: str, file: str, rows: int) -> None:
    key = _import_key(kind, digest)
    record = {"file": file, "at": iso_utc(utcnow()), "rows": rows}
    existing = session.get(Setting, key)
    if existing is None:
        session.add(Setting(key=key, value=record))
    else:
        existing.value = record


def read_text(path: Path) -> tuple[str, str]:
    """The decoded text of a file and its encoding; ImportFileError when it cannot be had."""
    return decode(read_bytes(path), str(path))


def kind_of(path: Path, kinds: tuple[str, ...], hint: str) -> str:
    """'csv', 'xlsx' or 'jsonl' by the file name, if this import takes that kind."""
    suffix = path.suffix.lower()
    kind = SUFFIXES.get(suffix)
    if kind not in kinds:
        raise ImportFileError(f"{path}: unsupported file type '{suffix}' ({hint})")
    return kind


def delimiter_of(text: str) -> str:
    """Comma, tab (Excel's "Unicode text") or semicolon: whichever the first line has most."""
    first_line = text[:65536].split("\n", 1)[0]
    return max(",\t;", key=first_line.count) if first_line else ","


def csv_rows(text: str, file: str) -> Iterator[tuple[int, list[str]]]:
    """Every record (blank ones too) with the physical line it starts on.

    A quoted cell may hold line breaks (one key point per line), so a record's number is
    the line it starts on, not its position. A malformed file raises ImportFileError, and
    so does a quote left open: it would swallow the rows after it into one cell, so it is
    reported at the line it was opened on.
    """
    # newline="" keeps line breaks inside quoted cells intact.
    delimiter = delimiter_of(text)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter, strict=True)
    start = 1
    columns = 0
    try:
        for cells in reader:
            columns = columns or len(cells)
            _check_swallowed_rows(cells, start, reader.line_num, columns, delimiter, file)
            yield start, [restore_cell(cell) for cell in cells]
            start = reader.line_num + 1
    except csv.Error as exc:
        if "unexpected end of data" in str(exc):
            raise ImportFileError(
                f"{file}, line {start}: a quote opened on this line is never closed "
                f"(it runs to the end of the file, line {reader.line_num}); close it") from exc
        if reader.line_num > start:  # the record ran over several lines before it broke
            raise ImportFileError(
                f"{file}, line {start}: a quote opened on this line runs on to line "
                f"{reader.line_num}, where the file no longer makes sense ({exc}); close the quote"
            ) from exc
        raise ImportFileError(f"{file}, line {reader.line_num}: {exc}") from exc


def _check_swallowed_rows(cells: list[str], start: int, end: int, columns: int,
                          delimiter: str, file: str) -> None:
    """A cell over several lines whose later lines look like whole rows of the file (as
    many separators as the header) is a stray quote, not a multi-line cell."""
    if end == start or columns < 2:
        return
    for cell in cells:
        lines = cell.split("\n")[1:]
        row_like = [line for line in lines if line.count(delimiter) >= columns - 1]
        if len(row_like) >= 1 and len(row_like) * 2 >= len(lines):
            raise ImportFileError(
                f"{file}, line {start}: a quote opened on this line runs on to line {end}, "
                f"swallowing {len(row_like)} line(s) that look like rows; close the quote")


# An XLSX is a zip of XML parts. Sizes are checked in the zip directory before anything is
# unpacked (a 310 KB file used to take 680 MB); the FAQ bench's 50,000 entries unpack to
# about 40 MB. A part that declares a DTD is refused: Excel never writes one, and a DTD is
# how entity bombs and external entities get in (openpyxl also parses through defusedxml).
MAX_XLSX_UNPACKED = 400 * 1024 * 1024
MAX_XLSX_RATIO = 200  # bytes unpacked per byte stored, for parts above a megabyte (XML: 10-30)


def check_xlsx(path: Path) -> None:
    """ImportFileError unless `path` is a zip whose XML parts are safe to unpack and parse."""
    import zipfile

    import defusedxml.ElementTree as safe_xml  # only XLSX imports pay for loading it
    from defusedxml import DefusedXmlException

    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
            unpacked = sum(m.file_size for m in members)
            if unpacked > MAX_XLSX_UNPACKED:
                raise ImportFileError(
                    f"{path}: refused: the workbook unpacks to {unpacked / 2**20:,.0f} MB "
                    f"(at most {MAX_XLSX_UNPACKED / 2**20:,.0f} MB); a zip bomb or not an Excel file")
            for member in members:
                if member.file_size > 2**20 and member.file_size > MAX_XLSX_RATIO * max(
                        member.compress_size, 1):
                    raise ImportFileError(
                        f"{path}: refused: part {member.filename} unpacks {member.file_size:,} bytes "
                        f"from {member.compress_size:,}; a zip bomb, not an Excel file")
                if not member.filename.endswith((".xml", ".rels")):
                    continue
                with archive.open(member) as part:
                    head = part.read(4096)
                if b"<!DOCTYPE" in head.upper() or b"<\x00!\x00D\x00O\x00C" in head:
                    # Confirm with defusedxml what the DTD holds, for the message.
                    try:
                        safe_xml.fromstring(archive.read(member) if member.file_size < 2**20 else head)
                        reason = "a document type declaration"
                    except DefusedXmlException as exc:
                        reason = type(exc).__name__
                    except safe_xml.ParseError:
                        reason = "a document type declaration"
                    raise ImportFileError(
                        f"{path}: refused: part {member.filename} carries {reason} "
                        "(entity expansion or external entities); Excel never writes one")
    except zipfile.BadZipFile as exc:
        raise ImportFileError(f"{path}: not a readable Excel .xlsx file: {exc}") from exc
    except OSError as exc:
        raise ImportFileError(f"{path}: cannot read the file: {exc.strerror or exc}") from exc


def xlsx_rows(path: Path) -> Iterator[tuple[int, list[Any]]]:
    """The first sheet, row by row, numbered as Excel shows them (read-only, values only)."""
    from zipfile import BadZipFile

    import openpyxl  # only XLSX imports pay for loading it

    check_xlsx(path)
    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except (BadZipFile, OSError, KeyError, ValueError) as exc:
        raise ImportFileError(f"{path}: not a readable Excel .xlsx file: {exc}") from exc
    try:
        sheet = book.worksheets[0]
        for number, cells in enumerate(sheet.iter_rows(values_only=True), start=1):
            yield number, [restore_cell(cell) for cell in cells]
    finally:
        book.close()


@dataclass(frozen=True)
class BadJson:
    """A JSON line that does not parse: json's own reason and the column it stopped at."""

    reason: str
    column: int


def jsonl_records(text: str) -> Iterator[tuple[int, Any]]:
    """(line number, parsed value or BadJson) of each non-blank line; objects are the
    caller's to check, since what else a line may hold is worded by each import."""
    # Split on "\n" only: a JSON string may hold U+2028 and other characters that
    # str.splitlines() would treat as line breaks.
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        try:
            yield number, json.loads(line)
        except json.JSONDecodeError as exc:
            yield number, BadJson(exc.msg, exc.colno)


# --- cells ------------------------------------------------------------------------------

YES = {"1", "true", "yes", "y", "是", "緊急", "紧急", "x", "✓"}
NO = {"", "0", "false", "no", "n", "否"}


def yes_no(value: Any) -> bool:
    """A yes/no cell as people fill it in (是/否, x, ✓, 1/0); ValueError names the value."""
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in YES:
        return True
    if text in NO:
        return False
    raise ValueError(f"'{value}' is not yes/no")


def is_blank(cells: list[Any]) -> bool:
    return all(c is None or (isinstance(c, str) and not c.strip()) for c in cells)
