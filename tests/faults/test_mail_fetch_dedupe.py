"""A fetched mail is let go only when it is the same mail (issue 20, item 9).

34 of 489 real mails were deleted because their Message-ID had been seen, though each
had different content, and all were marked read on the server. Here a real IMAP server
holds mails that reuse Message-IDs with other content, and true copies of earlier mails:
every different mail must be stored, each true copy stored once, and no mail marked
\\Seen on the server that is not in the database.
"""

from __future__ import annotations

from email.message import EmailMessage
from email.utils import format_datetime

import pytest
from sqlalchemy import select

from liaison_app.core import secrets
from liaison_app.core.correspondence.mail_sync import run_cycle
from liaison_app.core.models import Message
from liaison_app.core.timeutil import utcnow
from liaison_app.mail.mime_parse import content_digest
from tests.faults.table import record
from tests.mail_data import write_settings

pytestmark = [pytest.mark.fault, pytest.mark.slow]


def _mail(n: int, message_id: str, body: str) -> bytes:
    msg = EmailMessage()
    msg["From"] = f"customer{n}@example.net"
    msg["To"] = "hardq@bank.example"
    msg["Subject"] = f"詢問 {n}"
    msg["Date"] = format_datetime(utcnow())
    msg["Message-ID"] = message_id
    msg.set_content(body)
    return msg.as_bytes()


def test_only_the_same_mail_is_skipped_and_nothing_unstored_is_marked_read(db, imap_peer):
    settings = write_settings(imap_port=imap_peer.port)
    secrets.set_password("imap", imap_peer.password)
    distinct = []
    for n in range(10):
        mid = f"<reused-{n}@gateway.example>"  # a gateway reusing one id for two mails
        distinct.append(_mail(n, mid, f"第一封信 {n}：請問信用卡年費。"))
        distinct.append(_mail(100 + n, mid, f"另一封信 {n}：請問網銀轉帳限額。"))
    copies = distinct[:5]  # the same mail delivered again (a second folder, a resend)
    for raw in distinct + copies:
        imap_peer.deliver(raw)

    report = run_cycle(db, settings, send=False)
    assert report.errors == []
    with db.session() as s:
        stored = list(s.scalars(select(Message.raw).where(Message.direction == "in")))
    stored_digests = [content_digest(raw) for raw in stored]
    kept = sum(content_digest(raw) in stored_digests for raw in distinct)
    doubled = len(stored_digests) - len(set(stored_digests))
    seen = sum(b"\\Seen" in flags for flags in imap_peer.flags().values())
    record("imap: a different mail under a seen Message-ID is kept", 10,
           sum(content_digest(distinct[2 * n + 1]) in stored_digests for n in range(10)))
    record("imap: a true copy is stored once", len(copies), len(copies) - doubled)
    assert kept == len(distinct) and doubled == 0 and len(stored) == len(distinct)
    # Marked read only once stored: every mail on the server is read, and all are stored.
    assert seen == len(distinct) + len(copies)


def test_the_content_digest_ignores_delivery_headers_only():
    raw = _mail(1, "<a@x>", "內容")
    relayed = b"Received: from relay by mx; Thu, 3 Dec 2026 09:00:00 +0000\r\nX-Spam: no\r\n" + raw
    assert content_digest(relayed) == content_digest(raw)
    assert content_digest(raw.replace("內容".encode(), "別的".encode())) != content_digest(raw)
