"""Address fields take plain email addresses only (issue 20, item 5).

`ask --to $'a@x\\r\\nBcc: e@evil'` used to add a recipient, and malformed addresses were
queued. Each bad field is refused with a one-line message and nothing reaches the outbox.
"""

from __future__ import annotations

import json

import pytest
from sqlalchemy import func, select

from liaison_app.cli import main
from liaison_app.core.correspondence.outbox import Sender, queue_mail
from liaison_app.core.errors import DomainError
from liaison_app.core.models import Message
from liaison_app.mail.addresses import AddressError, parse_address_list
from liaison_app.mail.compose import Draft
from tests.mail_data import seed, write_settings

BAD = [
    "a@x.example\r\nBcc: e@evil.example",
    "a@x.example\nBcc: e@evil.example",
    "a@x.example\rBcc: e@evil.example",
    "a@x.example\x00",
    "a@x.example\u2028Bcc: e@evil.example",
    "a@x.example\x85Bcc: e@evil.example",
    "not an address",
    "a@",
    "@x.example",
    "a@x",
    "a@@x.example",
    "a b@x.example",
    "a@x.example b@y.example",
    "<a@x.example",
    '"Bcc: e@evil.example" a@x.example',
    "a@-x.example",
    "a..b@x.example",
    "a@x.example>",
    "王麗@銀行",
]
GOOD = [
    ("wang.li@bank.example", ["wang.li@bank.example"]),
    ("王麗 <wang.li@bank.example>", ["wang.li@bank.example"]),
    ('"Wang, Li" <wang.li@bank.example>, chen@bank.example',
     ["wang.li@bank.example", "chen@bank.example"]),
    ("wang.li@bank.example；chen@bank.example", ["wang.li@bank.example", "chen@bank.example"]),
    ("  ", []),
]


@pytest.mark.parametrize("text", BAD)
def test_malformed_addresses_are_refused(text):
    with pytest.raises(AddressError) as caught:
        parse_address_list(text)
    assert "\n" not in str(caught.value) and "not an email address" in str(caught.value)


@pytest.mark.parametrize("text, addresses", GOOD)
def test_well_formed_lists_are_read(text, addresses):
    assert parse_address_list(text) == addresses


@pytest.mark.parametrize("text", BAD)
def test_ask_to_refuses_and_queues_nothing(db, capsys, text):
    seeded = seed(db)
    write_settings(smtp_port=25)
    code = main(["ask", str(seeded.question_id), "--department", "信用卡部", "--to", text,
                 "--db", db.url, "--json"])
    out, err = capsys.readouterr()
    assert code == 1 and out == ""
    assert "not an email address" in err and err.count("\n") == 1
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Message)) == 0


def test_ask_to_a_good_address_is_queued_to_it_alone(db, capsys):
    seeded = seed(db)
    write_settings(smtp_port=25)
    code = main(["ask", str(seeded.question_id), "--department", "信用卡部", "--to",
                 "王麗 <wang.li@bank.example>", "--db", db.url, "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert json.loads(out)["to"] == "wang.li@bank.example"
    with db.session() as s:
        raw = s.scalar(select(Message.raw))
    assert b"Bcc" not in raw


def test_the_outbox_refuses_a_malformed_recipient_from_any_door(db):
    with db.sessions.begin() as s:
        for to in (["a@x.example\r\nBcc: e@evil.example"], ["ok@bank.example", "bad"]):
            with pytest.raises(DomainError):
                queue_mail(s, Draft(subject="s", body="b", to=to),
                           Sender("hardq@bank.example", ""), question_id=None)
        with pytest.raises(DomainError):
            queue_mail(s, Draft(subject="s", body="b", to=["ok@bank.example"], cc=["x@y\n"]),
                       Sender("hardq@bank.example", ""), question_id=None)
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Message)) == 0
