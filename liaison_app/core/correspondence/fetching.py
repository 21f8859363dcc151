"""Fetching the watched IMAP folders, each mail processed exactly once: the database side.

Per folder the last UID handled is kept with the folder's UIDVALIDITY in the shared
`settings` table; when UIDVALIDITY changes the folder is read again and mails already
stored are recognised by Message-ID. A mail's raw bytes and the new last UID are
committed together (one transaction per fetched batch of BATCH mails), the parse
follows, and only then is the mail flagged \\Seen on the server: a connection cut at
any point loses nothing and stores nothing twice. The connection itself (TLS, login,
UIDs, raw bytes) is `mail.imap`.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import timedelta

from liaison_app.core.correspondence import inbound, reply_matching
from liaison_app.core.models import Message, MessageState
from liaison_app.core.models.app_settings import Setting
from liaison_app.core.timeutil import utcnow
from liaison_app.mail import imap as transport
from liaison_app.mail.authentication import SenderTrust
from liaison_app.mail.servers import MailServer, MailServerError

STATE_KEY = "imap_sync"
BATCH = 10
# On the first sync of a folder, mail received in the last this many days is fetched.
FIRST_SYNC_DAYS = 14


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
    server_error: MailServerError | None = None  # the server could not be used at all
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
        elif outcome.question_id is not None or outcome.method == "faq_reply":
            self.matched += 1
        else:
            self.unmatched += 1
        if outcome.auto_kind:
            self.automatic += 1


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


def trust_of(server: MailServer) -> SenderTrust:
    return SenderTrust(tuple(server.authserv_ids), tuple(server.trusted_relays))


def process_pending(database, actor: str, report: FetchReport,
                    trust: SenderTrust | None = None,
                    lookups: reply_matching.Lookups | None = None) -> None:
    with database.session() as s:
        ids = inbound.pending_ids(s)
    for mid in ids:
        process_one(database, mid, actor, report, trust, lookups)


def store_fetched(database, mails: list[tuple[int, bytes]], folder: str, uidvalidity: int,
                  key: str) -> list[tuple[int, int | None]]:
    """Commit one fetched batch's raw bytes together with the folder's new last UID, in
    one transaction (one commit and one state write per batch, not per mail): a cut
    before the commit stores none of them and the next cycle fetches them again. Returns
    (uid, id of the stored row), the id None when that UID was stored before."""
    stored: list[tuple[int, int | None]] = []
    if not mails:
        return stored
    with database.session() as s, s.begin():
        for uid, raw in mails:
            if inbound.already_stored(s, folder, uidvalidity, uid):
                stored.append((uid, None))
            else:
                stored.append((uid, inbound.store_raw(s, raw, folder=folder,
                                                      uidvalidity=uidvalidity, uid=uid).id))
        _save_state(s, key, uidvalidity, mails[-1][0])
    return stored


def process_one(database, message_id: int, actor: str, report: FetchReport,
                trust: SenderTrust | None = None,
                lookups: reply_matching.Lookups | None = None) -> None:
    """Parse and match one stored mail; if writing the result fails (a driver refusing
    a value, say), the mail is quarantined with the reason instead of blocking the
    mails after it at every cycle. Its raw bytes are kept either way."""
    try:
        with database.session() as s, s.begin():
            report.count(inbound.process(s, message_id, actor, trust, lookups))
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
    client_factory: Callable[[MailServer, str | None], transport.Connection] = transport.connect,
    keep_going: Callable[[], bool] | None = None,
) -> FetchReport:
    """One pass over every watched folder; mail left unparsed by an earlier run comes first.

    `keep_going` is asked before each batch (the mail lease's heartbeat): once it says
    no, another desk fetches and this one stops where it is (its last UID is saved)."""
    report = FetchReport()
    lookups = reply_matching.Lookups()  # this cycle's contacts, queries and threads
    process_pending(database, actor, report, trust_of(server), lookups)
    try:
        client = client_factory(server, password)
    except MailServerError as exc:
        report.unreachable = True
        report.errors.append(str(exc))
        report.server_error = exc  # the window says it in the user's language
        return report
    try:
        for folder in server.folders:
            try:
                if not _fetch_folder(client, database, server, folder, actor, report, progress,
                                     keep_going, lookups):
                    report.errors.append("another desk took over fetching mail")
                    break
            except transport.FOLDER_ERRORS as exc:
                report.errors.append(f"{folder}: {transport.describe(exc, server)}")
                if transport.connection_lost(exc):
                    break  # the connection is gone; the next cycle goes on from here
    finally:
        transport.close(client)
    return report


def _fetch_folder(client: transport.Connection, database, server: MailServer, folder: str,
                  actor: str, report: FetchReport, progress,
                  keep_going: Callable[[], bool] | None = None,
                  lookups: reply_matching.Lookups | None = None) -> bool:
    """Fetch one folder; False when `keep_going` stopped it half-way."""
    uidvalidity = transport.select_folder(client, folder)
    trust = trust_of(server)
    key = _state_key(server, folder)
    with database.session() as s:
        known_validity, last_uid = _load_state(s, key)
    if known_validity != uidvalidity:
        # A folder seen for the first time (or renumbered): the recent mail only, not years
        # of an existing mailbox. Mail already stored is recognised by its Message-ID.
        since = (utcnow() - timedelta(days=FIRST_SYNC_DAYS)).date()
        uids = transport.uids_since(client, since)
    else:
        uids = transport.uids_after(client, last_uid)
    for start in range(0, len(uids), BATCH):
        batch = uids[start:start + BATCH]
        if progress:
            progress(folder, start, len(uids))
        if keep_going is not None and not keep_going():
            return False
        data = transport.fetch_raw(client, batch)
        mails = [(uid, data[uid]) for uid in batch if data.get(uid) is not None]  # expunged
        for uid, stored_id in store_fetched(database, mails, folder, uidvalidity, key):
            if stored_id is None:
                continue
            report.fetched += 1
            process_one(database, stored_id, actor, report, trust, lookups)
            transport.mark_seen(client, [uid])
    return True
