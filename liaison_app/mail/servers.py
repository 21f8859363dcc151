"""Where mail goes and comes from: the server settings and the one error a server raises.

Kept in `mail/` (not in the settings module) so that the SMTP and IMAP transports can be
given a server without importing anything of `core/`; `core.config` reads the TOML file
into these objects.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

SECURITIES = ("ssl", "starttls", "none")


@dataclass
class MailServer:
    host: str = ""
    port: int = 0
    security: str = "ssl"
    username: str = ""
    # [smtp] only
    from_address: str = ""
    from_name: str = ""
    # [imap] only
    folders: list[str] = field(default_factory=lambda: ["INBOX"])
    poll_seconds: int = 120
    # Who vouches for an agent's mail (mail.authentication): the authserv-id of the bank's
    # server in Authentication-Results, and internal relays by host name or address.
    authserv_ids: list[str] = field(default_factory=list)
    trusted_relays: list[str] = field(default_factory=list)
    timeout_seconds: float = 30.0
    # [smtp] only: how long to wait for the reply to the end of DATA. RFC 5321 4.5.3.2.6
    # advises 10 minutes: a server may store the mail and then take long to say so, and a
    # client that gives up earlier sends the mail again (issue 20: one mail got 4 times).
    data_timeout_seconds: float = 600.0

    @property
    def configured(self) -> bool:
        return bool(self.host)


class MailServerError(Exception):
    """The server could not be used at all (unreachable, TLS or login failure).

    `kind` names the failure for the window, which says it in the user's language
    (`login_refused`, `untrusted_certificate`, `tls_failed`, `timeout`,
    `connection_refused`, `unknown_host`, `not_configured`, `no_password`,
    `folders_missing`, or `other`); `where` is host:port and `detail` the server's own
    words, decoded (IMAP servers answer in bytes: `b'[AUTHENTICATIONFAILED] …'`)."""

    def __init__(self, message: str, temporary: bool = True, *, kind: str = "other",
                 where: str = "", detail: str = "") -> None:
        super().__init__(message)
        self.temporary = temporary
        self.kind = kind
        self.where = where
        self.detail = detail


def server_words(exc: BaseException) -> str:
    """A server's reply as text: bytes decoded, a `b'…'` repr unwrapped, spaces folded."""
    value: object = exc.args[0] if len(exc.args) == 1 else str(exc)
    if isinstance(value, bytes):
        value = value.decode("utf-8", "replace")
    text = str(value)
    match = re.fullmatch(r"""b(['"])(.*)\1""", text.strip(), re.DOTALL)
    if match:
        text = match.group(2)
    return " ".join(text.split())
