"""What every exported CSV/XLSX cell goes through: no live formula, no customer number.

Excel, LibreOffice and Numbers run a cell that starts with `=`, `+`, `-` or `@` as a
formula (`=HYPERLINK(…)` phones home, `=cmd|' /C calc'!A0` runs a program through DDE),
also after leading spaces, and a tab or carriage return first can start one too. OWASP's
advice: put an apostrophe in front, which spreadsheets show as text and hide. Imports
take the apostrophe off again (`restore_cell`), so an export reads back as it was.

Free text (questions, answers, report rows) is also masked by the one rule of
`mail.masking`; the directory's own contact phone numbers are not customer numbers and
its export keeps them (`mask=False`), so it can be edited and imported back.
"""

from __future__ import annotations

from typing import Any

from liaison_app.mail.masking import mask_identifiers

_FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "\n", "\uff1d", "\uff0b", "\uff0d", "\uff20")
ESCAPE = "'"


def is_formula_like(text: str) -> bool:
    """Whether a spreadsheet could read `text` as a formula (a lone `-` or `+` cannot)."""
    if not text:
        return False
    if text[0] in "\t\r\n":
        return True
    stripped = text.lstrip(" \u00a0\u3000")
    return len(stripped) > 1 and stripped.startswith(_FORMULA_START)


def safe_text(text: str, *, mask: bool = True) -> str:
    """`text` as an exported cell: masked (unless told not) and never a formula."""
    if mask:
        text = mask_identifiers(text)
    return ESCAPE + text if is_formula_like(text) else text


def safe_cell(value: Any, *, mask: bool = True) -> Any:
    """A cell value for CSV/XLSX: strings made safe, numbers and dates kept as they are."""
    if isinstance(value, str):
        return safe_text(value, mask=mask)
    return value


def safe_row(values: list[Any], *, mask: bool = True) -> list[Any]:
    return [safe_cell(v, mask=mask) for v in values]


def restore_cell(value: Any) -> Any:
    """The inverse of `safe_text`'s apostrophe, for cells read back by an import."""
    if isinstance(value, str) and value.startswith(ESCAPE) and is_formula_like(value[1:]):
        return value[1:]
    return value
