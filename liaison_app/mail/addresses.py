"""Email addresses as typed by people: checked strictly before any mail is queued.

`ask --to $'a@x\\r\\nBcc: e@evil'` used to add a recipient (the line break became a new
header), and malformed addresses were queued and failed at the server hours later. One
rule for every address field (ask, compose To/Cc, the directory, agents, settings):
no control characters at all, `email.utils` must read exactly the addresses that were
typed, and each must be a plain `local@host.domain` that mail servers accept.
"""

from __future__ import annotations

import re
from email.utils import getaddresses, parseaddr

# RFC 5322 dot-atom local part and a dotted host name; what mail servers really accept.
_LOCAL = r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
_ADDRESS = re.compile(rf"{_LOCAL}@(?:{_LABEL}\.)+[A-Za-z]{{2,63}}")
# C0 and C1 controls, DEL, and the Unicode line and paragraph separators.
_CONTROL = re.compile(r"[\x00-\x1f\x7f-\x9f\u2028\u2029]")
# Between addresses: a comma, a semicolon (Outlook), or the full-width forms of both.
_LIST_SEPARATORS = re.compile(r"[,;，；、]")


class AddressError(ValueError):
    """An address field holds something that is not a list of plain email addresses.

    `str()` is the one-line English message; `args[1]` is the offending text, for a
    window that words the message in the user's language.
    """

    def __str__(self) -> str:
        return str(self.args[0]) if self.args else ""


def is_valid_address(address: str) -> bool:
    """Whether `address` is one plain `local@host.domain` (no name, no spaces, no controls)."""
    address = address or ""
    if len(address) > 254 or _CONTROL.search(address) or not _ADDRESS.fullmatch(address):
        return False
    return len(address.rsplit("@", 1)[0]) <= 64


def check_address(text: str) -> str:
    """The address in `text` (`name <a@b.example>` or `a@b.example`), or AddressError."""
    if _CONTROL.search(text or ""):
        raise AddressError(f"not an email address (it holds a line break or control "
                           f"character): {text!r}", text)
    stripped = (text or "").strip()
    _name, address = parseaddr(stripped)
    angled = stripped.count("<") == stripped.count(">") == 1 and stripped.endswith(">")
    if not is_valid_address(address) or (
            address != stripped and not (angled and stripped.endswith(f"<{address}>"))):
        raise AddressError(f"not an email address: {stripped!r} (expected name@bank.example)",
                           stripped)
    return address


def parse_address_list(text: str | list[str]) -> list[str]:
    """Every address of an address field, each checked; AddressError names the bad one.

    Commas and semicolons (ASCII or full-width) separate addresses; a display name may
    not hold one unquoted. An empty field gives an empty list.
    """
    items = text if isinstance(text, list) else [text]
    found: list[str] = []
    for item in items:
        if _CONTROL.search(item or ""):
            raise AddressError(f"not an email address (it holds a line break or control "
                               f"character): {item!r}", item)
        for part in _split(item or ""):
            found.append(check_address(part))
    return found


def _split(field: str) -> list[str]:
    """The parts of an address field, separators inside quotes or <> kept."""
    parts, current, quoted, angle = [], [], False, False
    for ch in field:
        if ch == '"':
            quoted = not quoted
        elif ch == "<" and not quoted:
            angle = True
        elif ch == ">" and not quoted:
            angle = False
        if _LIST_SEPARATORS.fullmatch(ch) and not quoted and not angle:
            parts.append("".join(current))
            current = []
        else:
            current.append(ch)
    parts.append("".join(current))
    parts = [p.strip() for p in parts if p.strip()]
    # email.utils must read the same number of addresses: nothing hidden in a name.
    if parts and len([a for _, a in getaddresses(parts) if a]) != len(parts):
        bad = next((p for p in parts if not parseaddr(p)[1]), parts[0])
        raise AddressError(f"not an email address: {bad!r} (expected name@bank.example)", bad)
    return parts
