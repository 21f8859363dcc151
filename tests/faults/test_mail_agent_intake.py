"""Agent mail intake trusts only what the bank's server vouched for (issue 20, item 11).

Before: a forged agent `From` created a question; an out-of-office without markers
created a question; 30 identical mails created 30 questions. Each case goes through a
real IMAP server and the real sync.
"""

from __future__ import annotations

from email.message import EmailMessage
from email.utils import format_datetime, make_msgid

import pytest
from sqlalchemy import func, select

from liaison_app.core import secrets
from liaison_app.core.config import load_settings
from liaison_app.core.correspondence.mail_sync import run_cycle
from liaison_app.core.models import Message, Question
from liaison_app.core.timeutil import utcnow
from liaison_app.mail.authentication import SenderTrust, authenticated
from tests.faults.table import record
from tests.mail_data import AGENT_EMAIL, AUTHSERV_ID, authenticated_by_bank, seed, write_settings

pytestmark = [pytest.mark.fault, pytest.mark.slow]


def _agent_mail(text: str, subject: str = "FW: 客戶詢問境外刷卡手續費", *,
                headers: tuple[str, ...] = ()) -> bytes:
    msg = EmailMessage()
    msg["From"] = f"林小華 <{AGENT_EMAIL}>"
    msg["To"] = "hardq@bank.example"
    msg["Subject"] = subject
    msg["Date"] = format_datetime(utcnow())
    msg["Message-ID"] = make_msgid(domain="callcenter.bank.example")
    msg.set_content(text)
    head = "".join(f"{h}\r\n" for h in headers).encode()
    return head + msg.as_bytes(policy=msg.policy.clone(linesep="\r\n"))


def _questions(db) -> int:
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(Question).where(Question.source == "email"))


@pytest.fixture
def intake(db, imap_peer):
    seed(db)
    write_settings(imap_port=imap_peer.port)
    secrets.set_password("imap", imap_peer.password)
    return db, imap_peer


FORGED = {
    "no Authentication-Results": (),
    "another server's verdict": (
        "Authentication-Results: mx.evil.example; dkim=pass header.d=callcenter.bank.example",),
    "our id forged below our own fail": (
        f"Authentication-Results: {AUTHSERV_ID}; dkim=none; spf=fail smtp.mailfrom=x@evil.example",
        f"Authentication-Results: {AUTHSERV_ID}; dkim=pass header.d=callcenter.bank.example"),
    "a pass for another domain": (
        f"Authentication-Results: {AUTHSERV_ID}; dkim=pass header.d=evil.example",),
    "a relay name in a forged lower Received": (
        "Received: from mail.evil.example (mail.evil.example [203.0.113.9]) by mx.bank.example",
        "Received: from relay.bank.example (relay.bank.example [10.1.2.3]) by evil"),
}


def test_a_forged_agent_from_creates_no_question(intake):
    db, imap = intake
    settings = load_settings()
    settings.data["imap"]["trusted_relays"] = ["relay.bank.example", "10.1.2.3"]
    settings.save()
    for n, headers in enumerate(FORGED.values()):
        imap.deliver(_agent_mail(f"客戶問：境外刷卡手續費怎麼算？（{n}）", headers=headers))
    report = run_cycle(db, load_settings(), send=False)
    record("intake: forged agent From creates no question", len(FORGED),
           len(FORGED) - report.new_questions)
    assert report.new_questions == 0 and _questions(db) == 0
    with db.session() as s:
        errors = list(s.scalars(select(Message.error).where(Message.direction == "in")))
    assert len(errors) == len(FORGED)  # every one kept, in the tray, with the reason
    assert all(e.startswith("not taken as a question") for e in errors)


def test_authenticated_agent_mail_and_internal_relay_create_questions(intake):
    db, imap = intake
    settings = load_settings()
    settings.data["imap"]["trusted_relays"] = ["relay.bank.example"]
    settings.save()
    imap.deliver(authenticated_by_bank(_agent_mail("客戶問：境外刷卡手續費怎麼算？")))
    imap.deliver(_agent_mail("客戶問：網銀轉帳限額是多少？", subject="FW: 網銀限額", headers=(
        "Received: from relay.bank.example (relay.bank.example [10.1.2.3]) by mx.bank.example",)))
    report = run_cycle(db, load_settings(), send=False)
    record("intake: authenticated agent mail becomes a question", 2, report.new_questions)
    assert report.new_questions == 2


OUT_OF_OFFICE = [
    "您好，我目前休假中，將於12月10日返回，急事請聯繫王經理。",
    "您好，本人正在出差，期間郵件可能無法及時回覆。",
    "Thank you for your mail. I am currently out of the office and will be back on Monday.",
    "I'm on annual leave with limited access to email.",
]


def test_an_out_of_office_without_markers_creates_no_question(intake):
    db, imap = intake
    for n, text in enumerate(OUT_OF_OFFICE):
        imap.deliver(authenticated_by_bank(_agent_mail(text, subject=f"Re: 您的郵件 {n}")))
    report = run_cycle(db, load_settings(), send=False)
    record("intake: out-of-office without header markers creates no question",
           len(OUT_OF_OFFICE), len(OUT_OF_OFFICE) - report.new_questions)
    assert report.new_questions == 0 and report.automatic == len(OUT_OF_OFFICE)


def test_thirty_identical_mails_fold_into_one_question(intake):
    db, imap = intake
    for _ in range(30):
        imap.deliver(authenticated_by_bank(_agent_mail("客戶問：信用卡年費可以減免嗎？")))
    report = run_cycle(db, load_settings(), send=False)
    with db.session() as s:
        linked = set(s.scalars(select(Message.question_id).where(Message.direction == "in")))
    record("intake: 30 identical agent mails fold into one question", 1,
           int(_questions(db) == 1))
    assert report.fetched == 30 and report.new_questions == 1 and _questions(db) == 1
    assert len(linked) == 1 and None not in linked  # every copy kept, on that question


def test_trust_rules():
    trust = SenderTrust(authserv_ids=("mx.bank.example",))
    ok, why = authenticated(AGENT_EMAIL, ["mx.bank.example; dmarc=pass header.from=callcenter.bank.example"],
                            [], trust)
    assert ok and "dmarc" in why
    assert not authenticated(AGENT_EMAIL, ["mx.bank.example; dmarc=pass"], [], None)[0]
    assert not authenticated(AGENT_EMAIL, ["mx.bank.example; spf=softfail"], [], trust)[0]
