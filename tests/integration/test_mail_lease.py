"""Several manager desks on one database: exactly one sends the outbox and fetches the
mailbox, and another takes over when that desk dies (real SMTP/IMAP peers, both
databases, a real process killed)."""

from __future__ import annotations

import asyncio
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import func, select

from liaison_app.core import secrets
from liaison_app.core.correspondence.mail_lease import MailLease, desk_name, holder_is_dead
from liaison_app.core.correspondence.mail_sync import SyncReport, run_cycle
from liaison_app.core.correspondence.queries import ask, find_department
from liaison_app.core.database import open_database
from liaison_app.core.models import Message
from tests.integration.mail_peers import Received, SmtpPeer, free_port
from tests.mail_data import AGENT_EMAIL, IDENTITY, seed, write_settings

ROOT = Path(__file__).resolve().parents[2]
AGENT_MAIL = (f"From: {AGENT_EMAIL}\r\nTo: hardq@bank.example\r\nSubject: 客戶問題\r\n"
              "Message-ID: <agent-1@callcenter.bank.example>\r\n"
              "Content-Type: text/plain; charset=utf-8\r\n\r\n"
              "客戶問：外幣卡在境外被盜刷怎麼辦？\r\n").encode()


class _StallingPeer(SmtpPeer):
    """Stores the mail, then waits `stall` seconds before it says 250."""

    stall: float = 0.0

    async def handle_DATA(self, server, session, envelope):
        self.received.append(Received(envelope.mail_from, list(envelope.rcpt_tos),
                                      envelope.original_content or envelope.content))
        await asyncio.sleep(self.stall)
        return "250 OK queued"


@pytest.fixture
def stalling_smtp():
    peer = _StallingPeer(port=free_port())
    peer.start()
    yield peer
    peer.stop()


def _queue_query(db) -> int:
    seeded = seed(db)
    with db.session() as s, s.begin():
        _query, message = ask(s, seeded.question_id, find_department(s, "信用卡部"), IDENTITY,
                              "manager")
        return message.id


def _inbound_count(db) -> int:
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(Message).where(Message.direction == "in"))


def test_two_desks_cycling_at_once_send_one_mail_and_fetch_each_mail_once(db, smtp_peer,
                                                                          imap_peer):
    mid = _queue_query(db)
    settings = write_settings(smtp_port=smtp_peer.port, imap_port=imap_peer.port)
    secrets.set_password("imap", imap_peer.password)
    imap_peer.deliver(AGENT_MAIL)
    desks = [open_database(db.url) for _ in range(2)]  # two windows: two engines
    start = threading.Barrier(2)
    reports: list[SyncReport] = []

    def desk(database) -> None:
        lease = MailLease(database, seconds=30)
        start.wait()
        reports.append(run_cycle(database, settings, lease=lease))

    threads = [threading.Thread(target=desk, args=(d,)) for d in desks]
    try:
        for t in threads:
            t.start()
        for t in threads:
            t.join(60)
    finally:
        for d in desks:
            d.close()
    assert len(reports) == 2
    ran = [r for r in reports if r.sender_elsewhere is None]
    waited = [r for r in reports if r.sender_elsewhere is not None]
    assert len(ran) == 1 and len(waited) == 1, [r.as_json() for r in reports]
    assert ran[0].sent == 1 and ran[0].fetched == 1, ran[0].errors
    assert waited[0].sent == waited[0].fetched == 0
    assert len(smtp_peer.received) == 1  # the query went out once
    assert _inbound_count(db) == 1  # the agent's mail was stored once
    with db.session() as s:
        assert s.get(Message, mid).state == "sent"


HOLDER = """
import sys, time
from liaison_app.core.database import open_database
from liaison_app.core.correspondence.mail_lease import MailLease, desk_name, holder_is_dead
lease = MailLease(open_database(sys.argv[1]), seconds=float(sys.argv[2]), holder="dying desk")
assert lease.acquire()
print("held", flush=True)
time.sleep(600)
"""


def test_the_sending_desk_dies_and_another_takes_over_within_the_lease(db, smtp_peer):
    mid = _queue_query(db)
    settings = write_settings(smtp_port=smtp_peer.port)
    lease_seconds = 2.0
    holder = subprocess.Popen([sys.executable, "-c", HOLDER, db.url, str(lease_seconds)],
                              cwd=ROOT, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        mine = MailLease(db, seconds=lease_seconds)
        # While the other desk lives, this one does not send.
        report = run_cycle(db, settings, lease=mine)
        assert report.sender_elsewhere == "dying desk" and report.sent == 0
        assert smtp_peer.received == []
        holder.kill()  # the desk dies without giving the lease back
        holder.wait(10)
        died = time.monotonic()
        while not mine.acquire():
            assert time.monotonic() - died < lease_seconds + 2, "nobody took over"
            time.sleep(0.05)
        took_over = time.monotonic() - died
    finally:
        if holder.poll() is None:
            holder.kill()
            holder.wait(10)
    assert took_over <= lease_seconds + 0.5
    report = run_cycle(db, settings, lease=mine)
    assert report.sender_elsewhere is None and report.sent == 1
    assert len(smtp_peer.received) == 1
    with db.session() as s:
        assert s.get(Message, mid).state == "sent"


def test_a_desk_closing_gives_the_lease_back_at_once(db):
    first, second = MailLease(db, seconds=60), MailLease(db, seconds=60)
    assert first.acquire() and first.acquire()  # renewing keeps it
    assert not second.acquire()
    assert second.current().holder == first.holder and second.current().seconds_left > 50
    first.release()
    assert second.acquire() and not first.acquire()


def test_a_holder_is_known_dead_only_when_its_process_on_this_machine_is_gone():
    gone = subprocess.Popen([sys.executable, "-c", "pass"])
    gone.wait()
    host = socket.gethostname()
    assert holder_is_dead(f"clerk@{host}:{gone.pid}:abc123")
    alive = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(30)"])
    try:
        assert not holder_is_dead(f"clerk@{host}:{alive.pid}:abc123")
    finally:
        alive.kill()
        alive.wait()
    # Another machine, a name not made by a desk, this very process: the expiry decides.
    assert not holder_is_dead(f"clerk@elsewhere.bank.example:{gone.pid}:abc123")
    assert not holder_is_dead("dying desk")
    assert not holder_is_dead(desk_name())


def test_a_desk_whose_process_died_gives_way_at_once_but_a_live_one_does_not(db):
    gone = subprocess.Popen([sys.executable, "-c", "pass"])
    gone.wait()
    dead = MailLease(db, seconds=600, holder=f"clerk@{socket.gethostname()}:{gone.pid}:dead01")
    assert dead.acquire()
    mine = MailLease(db, seconds=600)
    assert mine.acquire() and mine.inherited  # not ten minutes later
    other = MailLease(db, seconds=600)
    assert not other.acquire() and not other.inherited  # this desk lives
    mine.release()
    assert other.acquire() and not other.inherited  # given back: nothing to inherit


def test_a_mail_in_flight_keeps_the_desk_lease_past_its_length(db, stalling_smtp):
    """A server that takes longer than the lease to confirm a mail: the sending desk's
    heartbeat keeps the lease, so no second desk starts sending meanwhile."""
    stalling_smtp.stall = 5.0  # more than twice the lease
    mid = _queue_query(db)
    settings = write_settings(smtp_port=stalling_smtp.port)
    settings.data["smtp"].update(timeout_seconds=1, data_timeout_seconds=15)
    sender = MailLease(db, seconds=2.0)
    rival = MailLease(db, seconds=2.0)
    result: list[SyncReport] = []
    worker = threading.Thread(target=lambda: result.append(
        run_cycle(db, settings, fetch=False, lease=sender)))
    worker.start()
    tries = taken = 0

    def in_flight() -> bool:
        with db.session() as s:
            return bool(stalling_smtp.received) and s.get(Message, mid).state == "sending"

    while worker.is_alive():
        if in_flight():  # the server has the mail and has not answered yet
            tries += 1
            taken += int(rival.acquire())
        time.sleep(0.1)
    worker.join()
    assert tries >= 10 and taken == 0, "another desk took the lease while a mail was in flight"
    assert result[0].sent == 1 and len(stalling_smtp.received) == 1
    with db.session() as s:
        assert s.get(Message, mid).state == "sent"
