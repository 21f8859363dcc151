"""Fetching the watched IMAP folders (IMAPClient), each mail processed exactly once.

Per folder the last UID handled is kept with the folder's UIDVALIDITY in the shared
`settings` table; when UIDVALIDITY changes the folder is read again and mails already
stored are recognised by Message-ID. A mail's raw bytes and the new last UID are
committed together, the parse follows, and only then is the mail flagged \\Seen on the
server: a connection cut at any point loses nothing and stores nothing twice.
"""

from __future__ import annotations

import socket
import ssl
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import timedelta

from imapclient import IMAPClient
from imapclient.exceptions import IMAPClientError, LoginError

from liaison_app.core.config import MailServer
from liaison_app.core.correspondence import inbound
from liaison_app.core.models import Message, MessageState
from liaison_app.core.models.app_settings import Setting
from liaison_app.core.timeutil import utcnow
from liaison_app.mail.smtp_sender import MailServerError

STATE_KEY = "imap_sync"
BATCH = 10
# On the first sync of a folder, mail received in the last this many days is fetched.
FIRST_SYNC_DAYS = 14
SEEN = b"\\Seen"


@dataclass
class FetchReport:
    fetched: int = 0
    matched: int = 0
    unmatched: int = 0
    pending: int = 0
    quarantined: int = 0
    new_questions: int = 0
    automatic: int = 0
    duplicates: int = 0
    errors: list[str] = field(default_factory=list)
    unreachable: bool = False

    def count(self, outcome: inbound.Outcome) -> None:
        if outcome.state == "quarantined":
            self.quarantined += 1
        elif outcome.state == "duplicate":
            self.duplicates += 1
        elif outcome.new_question:
            self.new_questions += 1
        elif outcome.method == "pending":
            self.pending += 1
        elif outcome.question_id is not None:
            self.matched += 1
        else:
            self.unmatched += 1
        if outcome.auto_kind:
            self.automatic += 1


def _describe(exc: BaseException, server: MailServer) -> str:
    where = f"{server.host}:{server.port}"
    if isinstance(exc, LoginError):
        return f"login refused by {where}: {exc}"
    if isinstance(exc, ssl.SSLCertVerificationError):
        return f"the certificate of {where} is not trusted: {exc.verify_message}"
    if isinstance(exc, ssl.SSLError):
        return f"TLS with {where} failed: {exc.reason or exc}"
    if isinstance(exc, (socket.timeout, TimeoutError)):
        return f"{where} did not answer in time"
    if isinstance(exc, ConnectionRefusedError):
        return f"{where} refused the connection (is the server running, and the port right?)"
    if isinstance(exc, socket.gaierror):
        return f"cannot find the host {server.host}: {exc.strerror}"
    return f"{where}: {exc or type(exc).__name__}"


def connect(server: MailServer, password: str | None) -> IMAPClient:
    if not server.host:
        raise MailServerError("no IMAP server is configured (mail settings, [imap] host)", False)
    if server.username and not password:
        raise MailServerError(f"no IMAP password for {server.username}: use 'liaison password "
                              "set imap' or the mail settings", False)
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
            _close(client)
        raise MailServerError(_describe(exc, server)) from exc


def _close(client: IMAPClient) -> None:
    try:
        client.logout()
    except Exception:  # noqa: BLE001
        try:
            client.shutdown()
        except Exception:  # noqa: BLE001, S110
            pass


def _state_key(server: MailServer, folder: str) -> str:
    return f"{server.username}@{server.host}:{server.port}/{folder}"


def _load_state(session, key: str) -> tuple[int | None, int]:
    row = session.get(Setting, STATE_KEY)
    entry = (row.value or {}).get(key) if row is not None and isinstance(row.value, dict) else None
    if not entry:
        return None, 0
    return entry.get("uidvalidity"), int(entry.get("last_uid", 0))


def _save_state(session, key: str, uidvalidity: int, last_uid: int) -> None:
    row = session.get(Setting, STATE_KEY)
    value = dict(row.value or {}) if row is not None and isinstance(row.value, dict) else {}
    value[key] = {"uidvalidity": uidvalidity, "last_uid": last_uid}
    if row is None:
        session.add(Setting(key=STATE_KEY, value=value))
    else:
        row.value = value  # a new dict: the JSON column sees the change


def process_pending(database, actor: str, report: FetchReport) -> None:
    with database.session() as s:
        ids = inbound.pending_ids(s)
    for mid in ids:
        process_one(database, mid, actor, report)


def process_one(database, message_id: int, actor: str, report: FetchReport) -> None:
    """Parse and match one stored mail; if writing the result fails (a driver refusing
    a value, say), the mail is quarantined with the reason instead of blocking the
    mails after it at every cycle. Its raw bytes are kept either way."""
    try:
        with database.session() as s, s.begin():
            report.count(inbound.process(s, message_id, actor))
    except Exception as exc:  # noqa: BLE001 - one bad mail must not stop the rest
        reason = " ".join(str(getattr(exc, "orig", None) or exc).split())[:300]
        with database.session() as s, s.begin():
            row = s.get(Message, message_id)
            if row is not None:
                row.state = MessageState.QUARANTINED
                row.error = f"cannot be stored: {reason}"
        report.count(inbound.Outcome("quarantined"))


def fetch(
    database,
    server: MailServer,
    password: str | None,
    actor: str,
    *,
    progress: Callable[[str, int, int], None] | None = None,
    client_factory: Callable[[MailServer, str | None], IMAPClient] = connect,
) -> FetchReport:
    """One pass over every watched folder; mail left unparsed by an earlier run comes first."""
    report = FetchReport()
    process_pending(database, actor, report)
    try:
        client = client_factory(server, password)
    except MailServerError as exc:
        report.unreachable = True
        report.errors.append(str(exc))
        return report
    try:
        for folder in server.folders:
            try:
                _fetch_folder(client, database, server, folder, actor, report, progress)
            except (TimeoutError, IMAPClientError, OSError) as exc:
                report.errors.append(f"{folder}: {_describe(exc, server)}")
                if isinstance(exc, (OSError, socket.timeout)) or "closed" in str(exc).lower():
                    break  # the connection is gone; the next cycle goes on from here
    finally:
        _close(client)
    return report


def _fetch_folder(client: IMAPClient, database, server: MailServer, folder: str, actor: str,
                  report: FetchReport, progress) -> None:
    info = client.select_folder(folder)
    uidvalidity = int(info[b"UIDVALIDITY"])
    key = _state_key(server, folder)
    with database.session() as s:
        known_validity, last_uid = _load_state(s, key)
    if known_validity != uidvalidity:
        # A folder seen for the first time (or renumbered): the recent mail only, not years
        # of an existing mailbox. Mail already stored is recognised by its Message-ID.
        since = (utcnow() - timedelta(days=FIRST_SYNC_DAYS)).date()
        uids = sorted(client.search(["SINCE", since]))
    else:
        uids = sorted(u for u in client.search(["UID", f"{last_uid + 1}:*"]) if u > last_uid)
    for start in range(0, len(uids), BATCH):
        batch = uids[start:start + BATCH]
        if progress:
            progress(folder, start, len(uids))
        data = client.fetch(batch, ["BODY.PEEK[]"])
        for uid in batch:
            raw = (data.get(uid) or {}).get(b"BODY[]")
            if raw is None:
                continue  # expunged meanwhile
            with database.session() as s, s.begin():
                if inbound.already_stored(s, folder, uidvalidity, uid):
                    stored_id = None
                else:
                    stored_id = inbound.store_raw(s, bytes(raw), folder=folder,
                                                  uidvalidity=uidvalidity, uid=uid).id
                _save_state(s, key, uidvalidity, uid)
            if stored_id is None:
                continue
            report.fetched += 1
            process_one(database, stored_id, actor, report)
            client.add_flags([uid], [SEEN])


def check_connection(server: MailServer, password: str | None) -> str:
    client = connect(server, password)
    try:
        folders = [f[2] for f in client.list_folders()]
        missing = [f for f in server.folders if f not in folders]
        if missing:
            raise MailServerError(f"folders not found on {server.host}: {', '.join(missing)}", False)
    finally:
        _close(client)
    return f"connected to {server.host}:{server.port} ({server.security})"
