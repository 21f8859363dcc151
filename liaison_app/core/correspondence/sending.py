"""Sending the outbox: the database side of each send, around the SMTP transport.

Each mail is marked `sending` and committed before the socket write, then `sent` or
failed (with the server's own words) right after, so a crash at any point leaves the
outbox telling the truth; `outbox.requeue_stale` picks up the rest. The connection, TLS
and the server's words come from `mail.smtp`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from liaison_app.core.correspondence import outbox
from liaison_app.core.models import Message
from liaison_app.core.timeutil import utcnow
from liaison_app.mail import smtp as transport
from liaison_app.mail.compose import split_addresses
from liaison_app.mail.servers import MailServer, MailServerError


@dataclass
class SendReport:
    sent: int = 0
    failed: int = 0
    errors: list[str] = field(default_factory=list)
    unreachable: bool = False


def send_outbox(
    database,
    server: MailServer,
    password: str | None,
    *,
    now: datetime | None = None,
    progress: Callable[[int, int], None] | None = None,
    keep_going: Callable[[], bool] | None = None,
) -> SendReport:
    """Send every due mail of the outbox over one connection.

    `keep_going` is asked before each mail (the mail lease's heartbeat): once it says
    no, this desk is no longer the sender and the rest wait for the one that is."""
    report = SendReport()
    now = now or utcnow()
    with database.session() as s, s.begin():
        outbox.requeue_stale(s, now)
        ids = outbox.due_ids(s, now)
    if not ids:
        return report
    try:
        smtp = transport.connect(server, password)
    except MailServerError as exc:
        report.unreachable = True
        report.errors.append(str(exc))
        with database.session() as s, s.begin():
            for mid in ids:
                message = s.get(Message, mid)
                message.attempts = (message.attempts or 0) + 1
                # Unreachable or refused login: the mail waits; the next cycle tries again.
                outbox.mark_failed(message, str(exc), True, now)
        report.failed += len(ids)
        return report
    try:
        for index, mid in enumerate(ids):
            if progress:
                progress(index, len(ids))
            if keep_going is not None and not keep_going():
                report.errors.append("another desk took over sending mail")
                break
            with database.session() as s, s.begin():
                if not outbox.claim(s, mid, utcnow()):
                    continue  # sent meanwhile, or taken by another sender
                message = s.get(Message, mid)
                raw, sender = message.raw, message.from_addr
                rcpts = split_addresses([message.to_addrs, message.cc_addrs])
            error: tuple[str, bool] | None = None
            try:
                refused = transport.send_bytes(smtp, sender, rcpts, raw)
            except Exception as exc:  # noqa: BLE001
                error = transport.describe(exc, server)
                refused = {}
            with database.session() as s, s.begin():
                message = s.get(Message, mid)
                if error is None:
                    outbox.mark_sent(message, utcnow())
                    if refused:
                        message.error = "some recipients refused: " + "; ".join(
                            f"{r}: {c}" for r, (c, _t) in refused.items())
                    report.sent += 1
                else:
                    outbox.mark_failed(message, error[0], error[1], utcnow())
                    report.failed += 1
                    report.errors.append(error[0])
            if error is not None and not transport.alive(smtp):
                # The connection is gone: the rest wait for the next cycle, untouched.
                break
    finally:
        transport.close(smtp)
    return report
