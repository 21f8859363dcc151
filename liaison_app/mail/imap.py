"""The IMAP transport (IMAPClient): connect with TLS checks, list and fetch raw mail by UID.

Knows folders, UIDs and bytes, nothing of the database: which UIDs are new and where a
fetched mail is stored is decided in `core.correspondence.fetching`.
"""

from __future__ import annotations

import socket
import ssl
from datetime import date

from imapclient import IMAPClient
from imapclient.exceptions import IMAPClientError, LoginError

from liaison_app.mail.servers import MailServer, MailServerError, server_words

__all__ = ["FOLDER_ERRORS", "Connection", "MailServerError", "check_connection", "close", "connect",
           "connection_lost", "describe", "fetch_raw", "mark_seen", "select_folder",
           "uids_after", "uids_since"]

SEEN = b"\\Seen"
# A logged-in connection, as `connect` returns it (named so callers need not know IMAPClient).
Connection = IMAPClient
# What reading one folder may raise: the server refusing a command, or the socket failing.
FOLDER_ERRORS: tuple[type[BaseException], ...] = (IMAPClientError, OSError, socket.timeout)


def describe(exc: BaseException, server: MailServer) -> str:
    """What went wrong, in one sentence naming the server."""
    return classify(exc, server)[0]


def classify(exc: BaseException, server: MailServer) -> tuple[str, str, str]:
    """(sentence, kind, the server's own words) for MailServerError."""
    where = f"{server.host}:{server.port}"
    if isinstance(exc, LoginError):
        words = server_words(exc)
        return f"login refused by {where}: {words}", "login_refused", words
    if isinstance(exc, ssl.SSLCertVerificationError):
        return (f"the certificate of {where} is not trusted: {exc.verify_message}",
                "untrusted_certificate", str(exc.verify_message))
    if isinstance(exc, ssl.SSLError):
        return f"TLS with {where} failed: {exc.reason or exc}", "tls_failed", str(exc.reason or exc)
    if isinstance(exc, (socket.timeout, TimeoutError)):
        return f"{where} did not answer in time", "timeout", ""
    if isinstance(exc, ConnectionRefusedError):
        return (f"{where} refused the connection (is the server running, and the port right?)",
                "connection_refused", "")
    if isinstance(exc, socket.gaierror):
        return f"cannot find the host {server.host}: {exc.strerror}", "unknown_host", str(exc.strerror)
    words = server_words(exc) if exc.args else type(exc).__name__
    return f"{where}: {words}", "other", words


def connection_lost(exc: BaseException) -> bool:
    """Whether a folder error means the connection is gone (so other folders must wait)."""
    return isinstance(exc, (OSError, socket.timeout)) or "closed" in str(exc).lower()


def connect(server: MailServer, password: str | None) -> IMAPClient:
    """A logged-in IMAP connection, or MailServerError saying what failed."""
    if not server.host:
        raise MailServerError("no IMAP server is configured (mail settings, [imap] host)", False,
                              kind="not_configured")
    if server.username and not password:
        raise MailServerError(f"no IMAP password for {server.username}: use 'liaison password "
                              "set imap' or the mail settings", False, kind="no_password",
                              detail=server.username)
    client = None
    try:
        context = ssl.create_default_context()
        client = IMAPClient(server.host, port=server.port, ssl=server.security == "ssl",
                            ssl_context=context, timeout=server.timeout_seconds)
        if server.security == "starttls":
            client.starttls(context)
        client.login(server.username, password or "")
        return client
    except Exception as exc:
        if client is not None:
            close(client)
        text, kind, words = classify(exc, server)
        raise MailServerError(text, kind=kind,
                              where=f"{server.host}:{server.port}", detail=words) from exc


def close(client: IMAPClient) -> None:
    """Log out if the server still listens; drop the socket either way."""
    try:
        client.logout()
    except Exception:  # noqa: BLE001
        try:
            client.shutdown()
        except Exception:  # noqa: BLE001, S110 - the connection is going away anyway
            pass


def select_folder(client: IMAPClient, folder: str) -> int:
    """Open `folder`; its UIDVALIDITY (UIDs are only comparable while it stays the same)."""
    info = client.select_folder(folder)
    return int(info[b"UIDVALIDITY"])


def uids_since(client: IMAPClient, day: date) -> list[int]:
    """UIDs of the mail received on or after `day`, oldest first."""
    return sorted(client.search(["SINCE", day]))


def uids_after(client: IMAPClient, last_uid: int) -> list[int]:
    """UIDs above `last_uid`, oldest first (`N:*` also answers the highest UID: left out)."""
    return sorted(u for u in client.search(["UID", f"{last_uid + 1}:*"]) if u > last_uid)


def fetch_raw(client: IMAPClient, uids: list[int]) -> dict[int, bytes | None]:
    """The raw bytes of each mail, without flagging it \\Seen; None if expunged meanwhile."""
    data = client.fetch(uids, ["BODY.PEEK[]"])
    out: dict[int, bytes | None] = {}
    for uid in uids:
        raw = (data.get(uid) or {}).get(b"BODY[]")
        out[uid] = None if raw is None else bytes(raw)
    return out


def mark_seen(client: IMAPClient, uids: list[int]) -> None:
    """Flag mail as handled on the server (only once it is stored)."""
    client.add_flags(uids, [SEEN])


def check_connection(server: MailServer, password: str | None) -> str:
    """Connect, log in and find every watched folder; "ok" text, or MailServerError."""
    client = connect(server, password)
    try:
        folders = [f[2] for f in client.list_folders()]
        missing = [f for f in server.folders if f not in folders]
        if missing:
            raise MailServerError(f"folders not found on {server.host}: {', '.join(missing)}", False,
                                  kind="folders_missing", where=server.host, detail=", ".join(missing))
    finally:
        close(client)
    return f"connected to {server.host}:{server.port} ({server.security})"
