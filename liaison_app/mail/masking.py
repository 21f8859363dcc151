"""Masking customer identifiers: the one definition used by mail, subjects, logs and exports.

DESIGN.md section 5 (Mail) and section 6 (Nothing leaks). Agents type numbers every way a
keyboard allows: grouped by one or two spaces, a no-break space (pasted from a web page),
an ideographic space or full-width digits (Chinese input in full-width mode), a tab or a
line break (pasted from a table), a hyphen or an en dash, glued to a label (`卡號-6222…`).
So a number is found as a run of digits with up to three separator characters between
any two of them, and what the run is, is decided by its digits, not by how it is written:

- 13 digits or more: a bank card (13-19), a mainland ID (15, or 18 with a final X), or
  several numbers run together; all masked.
- a mainland mobile (11 digits, 1[3-9]…), a number with an area or country code (10-12
  digits starting with 0, 852, 853 or 886), a Taiwan mobile (09…, 10 digits) and an
  8-digit Hong Kong / Taiwan local number (not a compact date such as 20240501).
- Taiwan national IDs (A123456789) and Hong Kong IDs (A123456(7)) by their letter shape.

Only the last four characters stay visible, so a colleague can still tell two cards
apart; separators stay where they were. The manager may unmask one mail (compose dialog);
logs and exports are always masked. Masking more than needed is the safe side.
"""

from __future__ import annotations

import re

MASK = "*"
KEEP = 4

_DIGIT = "0-9\uff10-\uff19"  # ASCII and full-width digits
_D = f"[{_DIGIT}]"
# Spaces of every width, tab, line breaks, hyphens and dashes (ASCII, Unicode, full-width).
_SEP = "[ \t\r\n\u00a0\u1680\u2000-\u200b\u202f\u205f\u3000\ufeff\\-\u2010-\u2015\u2212\ufe63\uff0d]"
_S = f"{_SEP}{{0,3}}"
_LETTER = "A-Za-z\uff21-\uff3a\uff41-\uff5a"

# A run of digits, optionally ending in the X of an ID number.
_RUN_RE = re.compile(rf"{_D}(?:{_S}{_D})*(?:{_S}[Xx\uff38\uff58](?![{_LETTER}{_DIGIT}]))?")
# Taiwan: a letter, then 9 digits (first 1/2, or 8/9 for residents). Hong Kong: one or two
# letters, six digits and a check character, often in brackets.
_TW_ID_RE = re.compile(rf"(?<![{_LETTER}{_DIGIT}])[{_LETTER}]{_S}{_D}(?:{_S}{_D}){{8}}(?![{_DIGIT}])")
_HK_ID_RE = re.compile(
    rf"(?<![{_LETTER}{_DIGIT}])[{_LETTER}]{{1,2}}{_S}{_D}(?:{_S}{_D}){{5}}"
    rf"{_S}[(\uff08]?{_S}[{_DIGIT}Aa\uff21]{_S}[)\uff09]?(?![{_LETTER}{_DIGIT}])")
_COMPACT_DATE_RE = re.compile(r"(?:19|20)\d\d(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])")

_FULL_WIDTH_DIGITS = str.maketrans("\uff10\uff11\uff12\uff13\uff14\uff15\uff16\uff17\uff18\uff19",
                                   "0123456789")


def _significant(ch: str) -> bool:
    return ch.isalnum()


def _mask_keep_last(text: str, keep: int = KEEP) -> str:
    significant = [i for i, ch in enumerate(text) if _significant(ch)]
    hide = set(significant[:-keep]) if len(significant) > keep else set()
    return "".join(MASK if i in hide else ch for i, ch in enumerate(text))


def _is_identifier(digits: str) -> bool:
    """Whether a run of `digits` (ASCII, an ID's X kept) is a customer number."""
    n = len(digits)
    if n >= 13:
        return True
    if digits[-1] in "Xx":
        return n == 15 or n == 18
    if n == 11 and re.match(r"1[3-9]", digits):  # mainland mobile
        return True
    if 10 <= n <= 12 and digits[0] == "0":  # area code + local, Taiwan mobile 09…
        return True
    if 10 <= n <= 12 and digits[:3] in ("852", "853", "886"):  # country code + local
        return True
    return n == 8 and digits[0] in "23456789" and not _COMPACT_DATE_RE.fullmatch(digits)


def _mask_run(match: re.Match[str]) -> str:
    found = match.group(0)
    digits = "".join(ch for ch in found.translate(_FULL_WIDTH_DIGITS) if ch.isalnum())
    return _mask_keep_last(found) if _is_identifier(digits) else found


def mask_identifiers(text: str) -> str:
    """`text` with card, ID and phone numbers masked (`6222 0212 3456 7890` -> `**** **** **** 7890`)."""
    if not text:
        return text
    text = _TW_ID_RE.sub(lambda m: _mask_keep_last(m.group(0)), text)
    text = _HK_ID_RE.sub(lambda m: _mask_keep_last(m.group(0)), text)
    return _RUN_RE.sub(_mask_run, text)


def has_identifiers(text: str) -> bool:
    """Whether masking would change `text` (the compose dialog shows its unmask toggle then)."""
    return mask_identifiers(text) != text
