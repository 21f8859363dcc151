"""The SMTP transport: SSL or STARTTLS with certificate checks, plain only on request.

Connects, logs in, hands finished MIME bytes to the server and puts every failure into
one sentence in the server's own words, with whether trying later may help. What is
sent and what becomes of each outbox row is decided in `core.correspondence.sending`.
"""

from __future__ import annotations

import smtplib
import socket
import ssl

from liaison_app.mail.servers import MailServer, MailServerError

__all__ = ["MailServerError", "UncertainSend", "alive", "check_connection", "close", "connect",
           "describe", "send_bytes"]


class UncertainSend(Exception):
    """The whole mail went to the server, but its reply never came: it may have it.

    Sending it again may double it; not sending it may lose it. The caller keeps it
    queued with the same bytes and Message-ID (mail clients and our own sync then see
    one mail) and says so, instead of counting a plain failure.
    """

    def __init__(self, cause: BaseException) -> None:
        super().__init__(str(cause) or type(cause).__name__)
        self.cause = cause


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
        raise MailServerError("no SMTP server is configured (mail settings, [smtp] host)", False,
                              kind="not_configured")
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
                    "or the mail settings", False, kind="no_password", detail=server.username)
            smtp.login(server.username, password)
        return smtp
    except MailServerError:
        close(smtp)
        raise
    except Exception as exc:
        close(smtp)
        text, temporary = describe(exc, server)
        raise MailServerError(text, temporary, kind=_kind(exc), where=f"{server.host}:{server.port}",
                              detail=_words(exc) if isinstance(exc, smtplib.SMTPResponseException)
                              else "") from exc


def _kind(exc: BaseException) -> str:
    """The failure's name for the window (see MailServerError)."""
    for types, kind in ((smtplib.SMTPAuthenticationError, "login_refused"),
                        (ssl.SSLCertVerificationError, "untrusted_certificate"),
                        (ssl.SSLError, "tls_failed"),
                        ((socket.timeout, TimeoutError), "timeout"),
                        (ConnectionRefusedError, "connection_refused"),
                        (socket.gaierror, "unknown_host")):
        if isinstance(exc, types):
            return kind
    return "other"


def send_bytes(smtp: smtplib.SMTP, sender: str, recipients: list[str], raw: bytes,
               data_timeout: float = 600.0) -> dict[str, tuple[int, bytes]]:
    """Hand one finished mail to the server; the recipients it refused (the rest got it).

    The steps of `smtplib.SMTP.sendmail`, so that what happened is known: a failure
    before the final "." cannot have delivered the mail (raised as smtplib raises it);
    after it, the reply is awaited `data_timeout` seconds, and its absence raises
    `UncertainSend`. Other failures: the caller records them with `describe`.
    """
    smtp.ehlo_or_helo_if_needed()
    code, resp = smtp.mail(sender)
    if code != 250:
        if code == 421:
            smtp.close()
        else:
            smtp.rset()
        raise smtplib.SMTPSenderRefused(code, resp, sender)
    refused: dict[str, tuple[int, bytes]] = {}
    for rcpt in recipients:
        code, resp = smtp.rcpt(rcpt)
        if code not in (250, 251):
            refused[rcpt] = (code, resp)
        if code == 421:
            smtp.close()
            raise smtplib.SMTPRecipientsRefused(refused)
    if len(refused) == len(recipients):
        smtp.rset()
        raise smtplib.SMTPRecipientsRefused(refused)
    code, resp = smtp.docmd("DATA")
    if code != 354:
        raise smtplib.SMTPDataError(code, resp)
    payload = smtplib._quote_periods(raw)  # as smtplib.SMTP.data does with bytes
    if payload[-2:] != b"\r\n":
        payload += b"\r\n"
    smtp.send(payload + b".\r\n")  # a failure here: the server has no complete mail
    sock = smtp.sock
    previous = sock.gettimeout() if sock is not None else None
    try:
        if sock is not None:
            sock.settimeout(data_timeout)
        code, resp = smtp.getreply()
    except (OSError, smtplib.SMTPServerDisconnected) as exc:
        raise UncertainSend(exc) from exc
    finally:
        if smtp.sock is not None:
            smtp.sock.settimeout(previous)
    if code != 250:
        raise smtplib.SMTPDataError(code, resp)
    return refused


def close(smtp: smtplib.SMTP | None) -> None:
    """Say goodbye if the server still listens; drop the socket either way."""
    if smtp is None:
        return
    try:
        smtp.quit()
    except Exception:  # noqa: BLE001 - the connection is going away anyway
        try:
            smtp.close()
        except Exception:  # noqa: BLE001, S110 - the connection is going away anyway
            pass


def alive(smtp: smtplib.SMTP) -> bool:
    """Whether the connection still answers (after a failed send, say)."""
    try:
        return smtp.noop()[0] == 250
    except Exception:  # noqa: BLE001
        return False


def check_connection(server: MailServer, password: str | None) -> str:
    """Connect and log in; "ok" text, or MailServerError saying what failed."""
    smtp = connect(server, password)
    close(smtp)
    return f"connected to {server.host}:{server.port} ({server.security})"
