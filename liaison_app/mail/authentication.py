"""Whether the bank's own mail server vouches for a mail's sender (issue 20, item 11).

Agents forward questions by mail, and a mail from an agent's address becomes a question.
The From header is whatever the sender typed, so it proves nothing: a forged agent
`From` created questions. Trusted instead is what the receiving server checked and wrote
(RFC 8601 `Authentication-Results`, identified by its authserv-id, which the manager sets:
`[imap] authserv_ids`), or the fact that the mail came in through an internal relay
(`[imap] trusted_relays`, host names or addresses, matched on the top `Received` header,
which our own server wrote). A header claiming our authserv-id below the top one may be
forged by the sender, so only the topmost with that id counts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

_METHOD_RE = re.compile(r"\b(dmarc|dkim|spf)\s*=\s*(\w+)([^;]*)", re.IGNORECASE)
_PROP_RE = re.compile(r"\b(header\.from|header\.d|header\.i|smtp\.mailfrom)\s*=\s*([^\s;()]+)",
                      re.IGNORECASE)
_RECEIVED_FROM_RE = re.compile(r"^\s*from\s+(\S+)(?:\s+\(([^)]*)\))?", re.IGNORECASE)


@dataclass(frozen=True)
class SenderTrust:
    """What the manager configured: the bank server's authserv-ids and internal relays."""

    authserv_ids: tuple[str, ...] = ()
    trusted_relays: tuple[str, ...] = ()

    @property
    def configured(self) -> bool:
        return bool(self.authserv_ids or self.trusted_relays)


def _domain(address: str) -> str:
    return address.rpartition("@")[2].strip().strip(">").lower().rstrip(".")


def _aligned(domain: str, from_domain: str) -> bool:
    return bool(domain) and (domain == from_domain or from_domain.endswith("." + domain))


def _results_verdict(header: str, from_domain: str) -> str | None:
    """Why `header` (one Authentication-Results) vouches for `from_domain`, or None."""
    for method, result, rest in _METHOD_RE.findall(header):
        if result.lower() != "pass":
            continue
        props = {k.lower(): v for k, v in _PROP_RE.findall(rest)}
        method = method.lower()
        if method == "dmarc" and _aligned(_domain(props.get("header.from", from_domain)),
                                          from_domain):
            return "dmarc=pass"
        if method == "dkim" and (_aligned(_domain(props.get("header.d", "")), from_domain)
                                 or _aligned(_domain(props.get("header.i", "")), from_domain)):
            return "dkim=pass"
        if method == "spf" and _aligned(_domain(props.get("smtp.mailfrom", "")), from_domain):
            return "spf=pass"
    return None


def authenticated(from_addr: str, auth_results: list[str], received: list[str],
                  trust: SenderTrust | None) -> tuple[bool, str]:
    """(whether the sender is vouched for, in words why or why not)."""
    if trust is None or not trust.configured:
        return False, ("no authenticating mail server is configured "
                       "([imap] authserv_ids or trusted_relays)")
    from_domain = _domain(from_addr)
    ids = {i.lower() for i in trust.authserv_ids}
    for header in auth_results:  # topmost first: added last, by our own server
        authserv_id = header.split(";", 1)[0].strip().split()[0].lower() if header.strip() else ""
        if authserv_id in ids:
            verdict = _results_verdict(header, from_domain)
            if verdict:
                return True, f"{verdict} by {authserv_id}"
            return False, f"{authserv_id} did not authenticate {from_domain or 'the sender'}"
    if received and trust.trusted_relays:
        found = _RECEIVED_FROM_RE.match(received[0])
        relays = {r.lower() for r in trust.trusted_relays}
        if found:
            words = re.findall(r"[\w.:-]+", " ".join(g or "" for g in found.groups()).lower())
            hit = next((w.strip("[]") for w in words if w.strip("[]") in relays), None)
            if hit:
                return True, f"received from the internal relay {hit}"
    return False, "the bank's mail server did not authenticate the sender"
