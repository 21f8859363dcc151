"""Sending the outbox over SMTP: SSL or STARTTLS with certificate checks, plain only on request.

Each mail is marked `sending` and committed before the socket write, then `sent` or
failed (with the server's own words) right after, so a crash at any point leaves the
outbox telling the truth; `outbox.requeue_stale` picks up the rest.
"""

from __future__ import annotations

import smtplib
import socket
import ssl
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

from liaison_app.core.config import MailServer
from liaison_app.core.correspondence import outbox
from liaison_app.core.models import Message
from liaison_app.core.timeutil import utcnow
from liaison_app.mail.compose import split_addresses


class MailServerError(Exception):
    """The server could not be used at all (unreachable, TLS or login failure)."""

    def __init__(self, message: str, temporary: bool = True) -> None:
        super().__init__(message)
        self.temporary = temporary


@dataclass
class SendReport:
    sent: int = 0
    failed: int = 0
    errors: list[str] = field(default_factory=list)
    unreachable: bool = False


def _words(exc: smtplib.SMTPResponseException) -> str:
    text = exc.smtp_error
    if isinstance(text, bytes):
        text = text.decode("utf-8", "replace")
    return f"{exc.smtp_code} {' '.join(str(text).split())}"


def describe(exc: BaseException, server: MailServer | None = None) -> tuple[str, bool]:
    """(what went wrong in the server's words, whether trying later may help)."""
    where = f"{server.host}:{server.port}" if server else "the mail server"
    if isinstance(exc, smtplib.SMTPAuthenticationError):
        return f"login refused by {where}: {_words(exc)}", False
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        parts, temporary = [], True
        for rcpt, (code, text) in exc.recipients.items():
            text = text.decode("utf-8", "replace") if isinstance(text, bytes) else str(text)
            parts.append(f"{rcpt}: {code} {' '.join(text.split())}")
            temporary = temporary and 400 <= code < 500
        return "recipients refused: " + "; ".join(parts), temporary
    if isinstance(exc, smtplib.SMTPResponseException):
        return _words(exc), 400 <= exc.smtp_code < 500
    if isinstance(exc, smtplib.SMTPServerDisconnected):
        return f"{where} closed the connection: {exc or 'no reason given'}", True
    if isinstance(exc, ssl.SSLCertVerificationError):
        return f"the certificate of {where} is not trusted: {exc.verify_message}", False
    if isinstance(exc, ssl.SSLError):
        return f"TLS with {where} failed: {exc.reason or exc}", False
    if isinstance(exc, (socket.timeout, TimeoutError)):
        return f"{where} did not answer in time", True
    if isinstance(exc, ConnectionRefusedError):
        return f"{where} refused the connection (is the server running, and the port right?)", True
    if isinstance(exc, socket.gaierror):
        return f"cannot find the host {server.host if server else ''}: {exc.strerror}", True
    if isinstance(exc, smtplib.SMTPNotSupportedError):
        return f"{where} does not support this: {exc}", False
    if isinstance(exc, (OSError, smtplib.SMTPException)):
        return f"{where}: {exc}", True
    return f"{type(exc).__name__}: {exc}", False


def connect(server: MailServer, password: str | None) -> smtplib.SMTP:
    """A logged-in SMTP connection, or MailServerError saying what failed."""
    if not server.host:
        raise MailServerError("no SMTP server is configured (mail settings, [smtp] host)", False)
    context = ssl.create_default_context()
    smtp: smtplib.SMTP | None = None
    try:
        if server.security == "ssl":
            smtp = smtplib.SMTP_SSL(server.host, server.port, timeout=server.timeout_seconds,
                                    context=context)
        else:
            smtp = smtplib.SMTP(server.host, server.port, timeout=server.timeout_seconds)
            smtp.ehlo()
            if server.security == "starttls":
                smtp.starttls(context=context)
                smtp.ehlo()
        if server.username:
            if not password:
                raise MailServerError(
                    f"no SMTP password for {server.username}: use 'liaison password set smtp' "
                    "or the mail settings", False)
            smtp.login(server.username, password)
        return smtp
    except MailServerError:
        _quit(smtp)
        raise
    except Exception as exc:
        _quit(smtp)
        text, temporary = describe(exc, server)
        raise MailServerError(text, temporary) from exc


def _quit(smtp: smtplib.SMTP | None) -> None:
    if smtp is None:
        return
    try:
        smtp.quit()
    except Exception:  # noqa: BLE001 - the connection is going away anyway
        try:
            smtp.close()
        except Exception:  # noqa: BLE001, S110
            pass


def send_outbox(
    database,
    server: MailServer,
    password: str | None,
    *,
    now: datetime | None = None,
    progress: Callable[[int, int], None] | None = None,
) -> SendReport:
    """Send every due mail of the outbox over one connection."""
    report = SendReport()
    now = now or utcnow()
    with database.session() as s, s.begin():
        outbox.requeue_stale(s, now)
        ids = outbox.due_ids(s, now)
    if not ids:
        return report
    try:
        smtp = connect(server, password)
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
            with database.session() as s, s.begin():
                if not outbox.claim(s, mid, utcnow()):
                    continue  # sent meanwhile, or taken by another sender
                message = s.get(Message, mid)
                raw, sender = message.raw, message.from_addr
                rcpts = split_addresses([message.to_addrs, message.cc_addrs])
            error: tuple[str, bool] | None = None
            try:
                refused = smtp.sendmail(sender, rcpts, raw)
            except Exception as exc:  # noqa: BLE001
                error = describe(exc, server)
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
            if error is not None and not _alive(smtp):
                # The connection is gone: the rest wait for the next cycle, untouched.
                break
    finally:
        _quit(smtp)
    return report


def _alive(smtp: smtplib.SMTP) -> bool:
    try:
        return smtp.noop()[0] == 250
    except Exception:  # noqa: BLE001
        return False


def check_connection(server: MailServer, password: str | None) -> str:
    """Connect and log in; "ok" text, or MailServerError saying what failed."""
    smtp = connect(server, password)
    _quit(smtp)
    return f"connected to {server.host}:{server.port} ({server.security})"
