"""Sending the outbox: the database side of each send, around the SMTP transport.

Each mail is marked `sending` and committed before the socket write, then `sent` or
failed (with the server's own words) right after, so a crash at any point leaves the
outbox telling the truth; `outbox.requeue_stale` picks up the rest. The connection, TLS
and the server's words come from `mail.smtp`.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from email.utils import getaddresses
from typing import Self

from liaison_app.core.correspondence import outbox
from liaison_app.core.correspondence.mail_lease import MailLease
from liaison_app.core.models import Message
from liaison_app.core.timeutil import utcnow
from liaison_app.mail import smtp as transport
from liaison_app.mail.servers import MailServer, MailServerError

log = logging.getLogger(__name__)


@dataclass
class SendReport:
    sent: int = 0
    failed: int = 0
    errors: list[str] = field(default_factory=list)
    server_error: MailServerError | None = None  # the server could not be used at all
    unreachable: bool = False
    uncertain: int = 0  # sent, but the server's reply never came: queued again, same id


class _Heartbeat:
    """Renews the claim on the mail being sent, and the desk's mail lease with it, while
    the server is waited for (a DATA reply may take minutes).

    Its own thread and its own short transactions: a sender that dies stops renewing,
    and the next cycle (in any process) takes the mail up again within one lease. Both
    are renewed at a third of the shorter of the two, so a live sender never loses
    either in the middle of a mail.
    """

    def __init__(self, database, message_id: int, lease: MailLease | None = None) -> None:
        self.database, self.message_id, self.lease = database, message_id, lease
        self.stop = threading.Event()
        self.thread = threading.Thread(target=self._run, name="outbox-lease", daemon=True)

    def _run(self) -> None:
        seconds = outbox.LEASE.total_seconds()
        if self.lease is not None:
            seconds = min(seconds, self.lease.seconds)
        while not self.stop.wait(seconds / 3):
            try:
                with self.database.session() as s, s.begin():
                    outbox.renew_lease(s, self.message_id, utcnow())
                if self.lease is not None:
                    self.lease.acquire()
            except Exception:  # noqa: BLE001 - a busy database: the next beat tries again
                log.warning("could not renew the sending lease of message %s", self.message_id)

    def __enter__(self) -> Self:
        self.thread.start()
        return self

    def __exit__(self, *exc_info) -> None:
        self.stop.set()
        self.thread.join()


def send_outbox(
    database,
    server: MailServer,
    password: str | None,
    *,
    now: datetime | None = None,
    progress: Callable[[int, int], None] | None = None,
    lease: MailLease | None = None,
) -> SendReport:
    """Send every due mail of the outbox over one connection.

    With `lease` (the desk's mail lease), it is renewed before each mail and while each
    is in flight: once it is lost, this desk is no longer the sender and the rest wait
    for the one that is. A lease just taken over from a dead desk first queues that
    desk's mails in flight again (`MailLease.inherited`)."""
    report = SendReport()
    now = now or utcnow()
    with database.session() as s, s.begin():
        if lease is not None and lease.inherited:
            outbox.requeue_in_flight(s, now)
            lease.inherited = False
        outbox.requeue_stale(s, now)
        ids = outbox.due_ids(s, now)
    if not ids:
        return report
    try:
        smtp = transport.connect(server, password)
    except MailServerError as exc:
        report.unreachable = True
        report.errors.append(str(exc))
        report.server_error = exc
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
            if lease is not None and not lease.still_held():
                report.errors.append("another desk took over sending mail")
                break
            with database.session() as s, s.begin():
                if not outbox.claim(s, mid, utcnow()):
                    continue  # sent meanwhile, or taken by another sender
                message = s.get(Message, mid)
                raw, sender = message.raw, message.from_addr
                # Stored rows were checked when queued; read leniently what older ones hold.
                rcpts = [a for _, a in getaddresses([message.to_addrs or "", message.cc_addrs or ""])
                         if a]
            error: tuple[str, bool] | None = None
            uncertain: str | None = None
            try:
                with _Heartbeat(database, mid, lease):
                    refused = transport.send_bytes(smtp, sender, rcpts, raw,
                                                   server.data_timeout_seconds)
            except transport.UncertainSend as exc:
                uncertain = transport.describe(exc.cause, server)[0]
                refused = {}
            except Exception as exc:  # noqa: BLE001
                error = transport.describe(exc, server)
                refused = {}
            with database.session() as s, s.begin():
                message = s.get(Message, mid)
                if uncertain is not None:
                    outbox.mark_uncertain(message, uncertain, utcnow())
                    report.uncertain += 1
                    report.errors.append(message.error)
                elif error is None:
                    outbox.mark_sent(message, utcnow())
                    if refused:
                        message.error = "some recipients refused: " + "; ".join(
                            f"{r}: {c}" for r, (c, _t) in refused.items())
                    report.sent += 1
                else:
                    outbox.mark_failed(message, error[0], error[1], utcnow())
                    report.failed += 1
                    report.errors.append(error[0])
            if uncertain is not None:
                # A late reply may still come on this connection and answer the next
                # command: the rest wait for the next cycle, on a fresh connection.
                break
            if error is not None and not transport.alive(smtp):
                # The connection is gone: the rest wait for the next cycle, untouched.
                break
    finally:
        transport.close(smtp)
    return report
