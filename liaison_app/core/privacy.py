"""Masking customer card numbers, national ID numbers and passwords in free text.

Used on every log record (`core.app_logging`). Customer numbers are masked by the one
definition in `mail.masking` (the same rule as outbound mail and exports); this module
adds only what logs need besides: passwords.
"""

from __future__ import annotations

import re
import threading

from liaison_app.mail.masking import mask_identifiers

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


def mask_card_and_id(text: str) -> str:
    """`text` with every card, ID and phone number masked, by the one rule mail uses.

    >>> mask_card_and_id("卡號 6222 0212 3456 7890 123")
    '卡號 **** **** **** ***0 123'
    """
    return mask_identifiers(text)


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
