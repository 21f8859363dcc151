"""Masking customer card numbers, national ID numbers and passwords in free text.

Used on every log record (`core.app_logging`) and available to anything that shows or
sends text outside the center (mail). Masking keeps the last four characters so a
colleague can still tell two cards apart; every other digit becomes `*`, separators stay.
"""

from __future__ import annotations

import re
import threading

# An 18-character mainland resident ID: 17 digits and a check character (digit or X).
_ID_RE = re.compile(r"(?<![0-9A-Za-z])\d{17}[\dXx](?![0-9A-Za-z])")
# A bank card number: 13 to 19 digits, optionally grouped by single spaces or dashes.
_CARD_RE = re.compile(r"(?<![0-9A-Za-z])\d(?:[ -]?\d){12,18}(?![0-9A-Za-z])")
# key=value / key: value / "key": "value" for password-like keys.
_PASSWORD_KV_RE = re.compile(
    r"""(?ix)
    (?P<key>["']?(?:password|passwd|pwd|passphrase|secret|token|密碼|密码)["']?\s*[:=]\s*)
    (?:"[^"]*"|'[^']*'|[^\s"',;}&]+)
    """
)
# The password part of a URL: scheme://user:password@host
_URL_PASSWORD_RE = re.compile(r"(?P<head>\b[a-z][a-z0-9+.-]*://[^:/@\s]*:)(?P<value>[^@\s/]+)(?=@)", re.IGNORECASE)

MASK = "*"
HIDDEN = "***"

_known_secrets: set[str] = set()
_lock = threading.Lock()


def _mask_keep_last4(match: re.Match[str]) -> str:
    text = match.group(0)
    digits_seen = sum(ch.isalnum() for ch in text)
    keep_from = digits_seen - 4
    out = []
    index = 0
    for ch in text:
        if ch.isalnum():
            out.append(ch if index >= keep_from else MASK)
            index += 1
        else:
            out.append(ch)
    return "".join(out)


def mask_card_and_id(text: str) -> str:
    """`text` with every card number (13-19 digits) and 18-character ID number masked.

    >>> mask_card_and_id("卡號 6222 0212 3456 7890 123")
    '卡號 **** **** **** ***0 123'
    """
    if not text:
        return text
    text = _ID_RE.sub(_mask_keep_last4, text)
    return _CARD_RE.sub(_mask_keep_last4, text)


def register_secret(value: str | None) -> None:
    """Remember a password seen in this run so that `redact` hides it wherever it appears."""
    if value and len(value) >= 3:
        with _lock:
            _known_secrets.add(value)


def mask_passwords(text: str) -> str:
    """`text` with passwords hidden: known ones, `password=...` pairs and URL passwords."""
    if not text:
        return text
    with _lock:
        secrets = sorted(_known_secrets, key=len, reverse=True)
    for secret in secrets:
        if secret in text:
            text = text.replace(secret, HIDDEN)
    text = _URL_PASSWORD_RE.sub(lambda m: m.group("head") + HIDDEN, text)
    return _PASSWORD_KV_RE.sub(lambda m: m.group("key") + HIDDEN, text)


def redact(text: str) -> str:
    """Everything a log or a diagnostics report must never show: passwords, cards, IDs."""
    return mask_card_and_id(mask_passwords(text))
