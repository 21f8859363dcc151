"""SMTP doubles (issue 20, item 10), against a real aiosmtpd server that stores the mail
and then stalls before it answers, and a sending process killed with SIGKILL after the
server accepted the mail.

Before: a server that stored and stalled past the client timeout got one mail 4 times;
kill -9 after the server accepted gave 5 doubles in 7 kills; a mail left `sending` by a
dead process waited 10 minutes. Now the end-of-DATA reply is awaited as RFC 5321 advises,
an unconfirmed send is uncertain and goes again only under the same Message-ID, and a
dead sender's lease runs out in a minute.
"""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from datetime import timedelta

import pytest
from sqlalchemy import select

from liaison_app.core.config import load_settings
from liaison_app.core.correspondence import outbox
from liaison_app.core.correspondence.mail_lease import MailLease
from liaison_app.core.correspondence.mail_sync import run_cycle
from liaison_app.core.correspondence.queries import ask, find_department
from liaison_app.core.models import Message
from liaison_app.core.timeutil import utcnow
from tests.faults.table import record
from tests.integration.mail_peers import Received, SmtpPeer, free_port
from tests.mail_data import IDENTITY, seed, write_settings

pytestmark = [pytest.mark.fault, pytest.mark.slow]


@dataclass
class StallingPeer(SmtpPeer):
    """Stores the mail, then waits `stall` seconds before it says 250."""

    stall: float = 0.0

    async def handle_DATA(self, server, session, envelope):
        self.received.append(Received(envelope.mail_from, list(envelope.rcpt_tos),
                                      envelope.original_content or envelope.content))
        await asyncio.sleep(self.stall)
        return "250 OK queued"


@pytest.fixture
def stalling_peer():
    peer = StallingPeer(port=free_port())
    peer.start()
    yield peer
    peer.stop()


def _settings(port: int, *, timeout: float, data_timeout: float):
    settings = write_settings(smtp_port=port)
    settings.data["smtp"].update(timeout_seconds=timeout, data_timeout_seconds=data_timeout)
    settings.save()
    return load_settings()


def _queue(db, seeded=None) -> int:
    seeded = seeded or seed(db)
    with db.session() as s, s.begin():
        _query, message = ask(s, seeded.question_id, find_department(s, "信用卡部"), IDENTITY,
                              "manager")
        return message.id


def _state(db, mid: int) -> Message:
    with db.session() as s:
        return s.get(Message, mid)


def test_a_server_slow_to_confirm_gets_the_mail_once(db, stalling_peer):
    stalling_peer.stall = 2.5  # longer than the command timeout, shorter than DATA's
    settings = _settings(stalling_peer.port, timeout=1, data_timeout=10)
    mid = _queue(db)
    report = run_cycle(db, settings, fetch=False)
    for later in (1, 2, 3):  # further cycles change nothing
        run_cycle(db, settings, fetch=False, now=utcnow() + timedelta(hours=later))
    copies = len(stalling_peer.received)
    record("smtp: server stores then stalls past the command timeout: one copy", 1,
           int(copies == 1))
    assert report.sent == 1 and copies == 1 and _state(db, mid).state == "sent"


def test_an_unconfirmed_send_is_uncertain_and_resent_under_the_same_id(db, stalling_peer):
    stalling_peer.stall = 3  # past even the DATA timeout (made short for the test)
    settings = _settings(stalling_peer.port, timeout=1, data_timeout=1)
    mid = _queue(db)
    report = run_cycle(db, settings, fetch=False)
    stored = _state(db, mid)
    assert report.uncertain == 1 and report.sent == 0
    assert stored.state == "queued" and stored.error.startswith("uncertain")
    stalling_peer.stall = 0
    assert run_cycle(db, settings, fetch=False, now=utcnow() + timedelta(hours=2)).sent == 1
    ids = {r.message["Message-ID"] for r in stalling_peer.received}
    record("smtp: an unconfirmed send goes again under the same Message-ID", 1,
           int(ids == {stored.message_id}))
    assert ids == {stored.message_id} and len(stalling_peer.received) == 2
    assert _state(db, mid).state == "sent"


SENDER_SCRIPT = (
    "import sys; from liaison_app.cli.main import main; "
    "sys.exit(main(['mail', 'sync', '--db', sys.argv[1]]))"
)
KILLS = 3


def test_a_sender_killed_after_the_server_accepted_never_doubles_under_a_new_id(
        db, stalling_peer):
    stalling_peer.stall = 60  # accepted and stored; the reply would come much later
    settings = _settings(stalling_peer.port, timeout=5, data_timeout=120)
    held = 0
    seeded = seed(db)
    for _kill in range(KILLS):
        stalling_peer.received.clear()
        mid = _queue(db, seeded)  # asked again: a follow-up mail of the same question
        child = subprocess.Popen([sys.executable, "-c", SENDER_SCRIPT, db.url],
                                 env=dict(os.environ), stdout=subprocess.DEVNULL,
                                 stderr=subprocess.DEVNULL)
        try:
            deadline = time.monotonic() + 60
            while not stalling_peer.received and time.monotonic() < deadline:
                time.sleep(0.05)
            assert stalling_peer.received, "the sender never reached DATA"
        finally:
            os.kill(child.pid, signal.SIGKILL)
            child.wait()
        assert _state(db, mid).state == "sending"  # what a dead process leaves
        # One lease later (not 10 minutes), the next cycle takes it up again.
        stalling_peer.stall = 0
        later = utcnow() + outbox.LEASE + timedelta(seconds=1)
        report = run_cycle(db, settings, fetch=False, now=later)
        stored = _state(db, mid)
        ids = {r.message["Message-ID"] for r in stalling_peer.received}
        ok = report.sent >= 1 and stored.state == "sent" and ids == {stored.message_id}
        held += int(ok)
        stalling_peer.stall = 60
        with db.session() as s, s.begin():  # the next round starts from an empty outbox
            s.execute(Message.__table__.delete().where(Message.id == mid))
    record("smtp: kill -9 after the server accepted: resent only under the same Message-ID, "
           "within one lease", KILLS, held)
    assert held == KILLS


def test_a_desk_killed_mid_send_is_replaced_at_once_by_the_next_mail_sync(db, stalling_peer):
    """The whole layering as desks live it, with no clock faked: `liaison mail sync`
    holds the desk lease and has one mail in flight when it is killed; the next desk on
    this machine sees the holder's process gone, takes the lease at once (not after the
    minute) and queues the dead desk's mail again, which goes out under its own
    Message-ID. Nothing waits for a lease to run out."""
    stalling_peer.stall = 60
    settings = _settings(stalling_peer.port, timeout=5, data_timeout=120)
    held = 0
    seeded = seed(db)
    for _kill in range(KILLS):
        stalling_peer.received.clear()
        mid = _queue(db, seeded)
        child = subprocess.Popen([sys.executable, "-c", SENDER_SCRIPT, db.url],
                                 env=dict(os.environ), stdout=subprocess.DEVNULL,
                                 stderr=subprocess.DEVNULL)
        try:
            deadline = time.monotonic() + 60
            while not stalling_peer.received and time.monotonic() < deadline:
                time.sleep(0.05)
            assert stalling_peer.received, "the sender never reached DATA"
        finally:
            os.kill(child.pid, signal.SIGKILL)
            child.wait()
        assert _state(db, mid).state == "sending"
        stalling_peer.stall = 0
        desk = MailLease(db, seconds=settings.mail_lease_seconds)
        started = time.monotonic()
        report = run_cycle(db, settings, fetch=False, lease=desk)
        took = time.monotonic() - started
        desk.release()
        stored = _state(db, mid)
        ids = [r.message["Message-ID"] for r in stalling_peer.received]
        ok = (report.sender_elsewhere is None and report.sent == 1 and stored.state == "sent"
              and len(ids) == 2 and set(ids) == {stored.message_id} and took < 10)
        held += int(ok)
        stalling_peer.stall = 60
    with db.session() as s:
        states = [m.state for m in s.scalars(select(Message).where(Message.direction == "out"))]
    record("smtp: desk killed mid-send: the next desk takes lease and mail at once, same "
           "Message-ID", KILLS, held)
    assert held == KILLS and states == ["sent"] * KILLS


def test_a_dead_senders_mail_is_not_taken_while_its_lease_runs(db):
    mid = _queue(db)
    now = utcnow()
    with db.session() as s, s.begin():
        assert outbox.claim(s, mid, now)
    with db.session() as s, s.begin():
        assert outbox.requeue_stale(s, now + outbox.LEASE / 2) == 0  # alive: left alone
    with db.session() as s, s.begin():
        assert outbox.renew_lease(s, mid, now + outbox.LEASE / 2)
        assert outbox.requeue_stale(s, now + outbox.LEASE) == 0  # renewed by the heartbeat
    with db.session() as s, s.begin():
        assert outbox.requeue_stale(s, now + 2 * outbox.LEASE) == 1
    with db.session() as s:
        row = s.scalar(select(Message).where(Message.id == mid))
        assert row.state == "queued" and row.error.startswith("uncertain")
