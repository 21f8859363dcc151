"""One full mail cycle: send the outbox, then fetch and match the watched folders.

Used by `liaison mail sync` and by the window's background worker alike.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from liaison_app.core import changes, secrets
from liaison_app.core.config import Settings
from liaison_app.core.correspondence import fetching, sending
from liaison_app.core.correspondence.mail_lease import MailLease
from liaison_app.mail.servers import MailServerError


@dataclass
class SyncReport:
    sent: int = 0
    failed: int = 0
    fetched: int = 0
    matched: int = 0
    unmatched: int = 0
    quarantined: int = 0
    new_questions: int = 0
    pending: int = 0
    automatic: int = 0
    uncertain: int = 0  # sent but unconfirmed: queued again with the same Message-ID
    errors: list[str] = field(default_factory=list)
    # The servers that could not be used at all, for the window to say in the user's
    # language (`errors` holds the same in English, for the command line and JSON).
    server_errors: list[MailServerError] = field(default_factory=list)
    smtp_unreachable: bool = False
    imap_unreachable: bool = False
    # Another desk holds the mail lease and runs the cycle: this one did nothing.
    sender_elsewhere: str | None = None

    @property
    def unreachable(self) -> bool:
        return self.smtp_unreachable or self.imap_unreachable

    def as_json(self) -> dict[str, Any]:
        return {
            "sent": self.sent, "failed": self.failed, "fetched": self.fetched,
            "matched": self.matched, "unmatched": self.unmatched,
            "quarantined": self.quarantined, "new_questions": self.new_questions,
            "awaiting_confirmation": self.pending, "automatic": self.automatic,
            "uncertain": self.uncertain,
            "errors": self.errors, "smtp_reached": not self.smtp_unreachable,
            "imap_reached": not self.imap_unreachable,
            "sender_elsewhere": self.sender_elsewhere,
        }


def run_cycle(
    database,
    settings: Settings,
    *,
    now: datetime | None = None,
    progress: Callable[[str], None] | None = None,
    send: bool = True,
    fetch: bool = True,
    lease: MailLease | None = None,
) -> SyncReport:
    """With `lease`, the cycle runs only on the desk holding the mail lease, renewing it
    before each mail and batch (several manager desks on one database: one sender)."""
    report = SyncReport()
    keep_going = None
    if lease is not None:
        if not lease.acquire():
            report.sender_elsewhere = lease.current().holder or "?"
            return report
        keep_going = lease.still_held
        # The team's one sender also keeps the change log short.
        with database.sessions.begin() as session:
            changes.prune_now_and_then(session)
    smtp = settings.mail_server("smtp")
    imap = settings.mail_server("imap")
    if send:
        if progress:
            progress("send")
        sent = sending.send_outbox(
            database, smtp, secrets.get_password("smtp"), now=now,
            progress=(lambda i, n: progress(f"send {i + 1}/{n}")) if progress else None,
            lease=lease)
        report.sent, report.failed, report.uncertain = sent.sent, sent.failed, sent.uncertain
        report.errors += [f"smtp: {e}" for e in sent.errors]
        report.smtp_unreachable = sent.unreachable
        report.server_errors += [sent.server_error] if sent.server_error else []
    if fetch and imap.configured:
        if progress:
            progress("fetch")
        got = fetching.fetch(
            database, imap, secrets.get_password("imap"), settings.actor,
            progress=(lambda f, i, n: progress(f"fetch {f} {i}/{n}")) if progress else None,
            keep_going=keep_going)
        for name in ("fetched", "matched", "unmatched", "quarantined", "new_questions",
                     "pending", "automatic"):
            setattr(report, name, getattr(got, name))
        report.errors += [f"imap: {e}" for e in got.errors]
        report.imap_unreachable = got.unreachable
        report.server_errors += [got.server_error] if got.server_error else []
    return report
