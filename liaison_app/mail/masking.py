"""Masking customer identifiers in mail leaving the center (DESIGN.md section 5, Mail).

Bank card numbers (13-19 digits, written with spaces or dashes between groups) and
mainland resident ID numbers (18 characters, the last may be X) keep only their last four
characters; the manager may unmask them for one message.
"""

from __future__ import annotations

import re

MASK = "*"
KEEP = 4

# 17 digits and a digit or X, not part of a longer run of letters or digits.
_ID_RE = re.compile(r"(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])")
# Digits with single spaces or dashes between them; the digit count is checked after.
_CARD_RE = re.compile(r"(?<![\d-])\d(?:[ -]?\d){12,18}(?![\d])")


def _mask_keep_last(text: str, keep: int = KEEP) -> str:
    significant = [i for i, ch in enumerate(text) if ch.isalnum()]
    hide = set(significant[:-keep]) if len(significant) > keep else set()
    return "".join(MASK if i in hide else ch for i, ch in enumerate(text))


def _mask_card(match: re.Match[str]) -> str:
    found = match.group(0)
    digits = sum(ch.isdigit() for ch in found)
    if not 13 <= digits <= 19:
        return found
    return _mask_keep_last(found)


def mask_identifiers(text: str) -> str:
    """`text` with card and ID numbers masked (e.g. `6222 0212 3456 7890` -> `**** **** **** 7890`)."""
    if not text:
        return text
    text = _ID_RE.sub(lambda m: _mask_keep_last(m.group(0)), text)
    return _CARD_RE.sub(_mask_card, text)


def has_identifiers(text: str) -> bool:
    """Whether masking would change `text` (the compose dialog shows its unmask toggle then)."""
    return mask_identifiers(text) != text
