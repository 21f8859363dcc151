"""A department without the desk reviews by mail (issue 17 item 5), against real SMTP and
IMAP servers on 127.0.0.1: the review request goes out once with the entry's token, the
contact's reply "同意" is the department's approval (its reply is the evidence, counted
apart from the manager's on-behalf approvals), comments send the revision back, and a
flag on the department's entry is mailed to its contacts once."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from liaison_app.core import secrets
from liaison_app.core.correspondence.listing import unmatched_mail
from liaison_app.core.correspondence.mail_sync import run_cycle
from liaison_app.core.faq.edit import revise_entry
from liaison_app.core.faq.flags import flag_entry
from liaison_app.core.faq.review import approve, publish, review_state, submit
from liaison_app.core.faq.review_mail import entry_ref
from liaison_app.core.models import FaqApproval, FaqEntry, Message
from liaison_app.core.timeutil import utcnow
from tests import factories
from tests.mail_data import CONTACT, authenticated_by_bank, seed, write_settings
from tests.replies import reply


def _entry_in_review(db, department_id: int, question: str) -> int:
    with db.sessions.begin() as s:
        entry = factories.faq_entry(s, question, "刷卡六次免年費。", status="draft",
                                    department_id=department_id, revision="王經理")
        submit(s, entry.id, "王經理")
        approve(s, entry.id, "center", "客服專家 李")
        return entry.id


def _answer(imap_peer, sent, text: str, vouched: bool = True) -> None:
    raw = reply(answer=text, original_subject=sent["Subject"],
                original_body=sent.get_body(("plain",)).get_content(),
                from_addr=CONTACT, in_reply_to=sent["Message-ID"],
                references=sent["Message-ID"])
    imap_peer.deliver(authenticated_by_bank(raw, "cards.bank.example") if vouched else raw)


def test_a_mail_only_department_completes_the_review_by_replying(db, smtp_peer, imap_peer):
    seeded = seed(db)
    settings = write_settings(smtp_port=smtp_peer.port, imap_port=imap_peer.port)
    secrets.set_password("imap", imap_peer.password)
    entry_id = _entry_in_review(db, seeded.department_id, "信用卡年費怎麼減免？")

    assert run_cycle(db, settings, fetch=False).sent == 1
    request = smtp_peer.received[0].message
    assert f"[{entry_ref(entry_id)}]" in request["Subject"] and CONTACT in request["To"]
    assert "刷卡六次免年費" in request.get_body(("plain",)).get_content()
    assert run_cycle(db, settings, fetch=False).sent == 0  # asked once per revision

    _answer(imap_peer, request, "同意\n王麗")
    assert run_cycle(db, settings).matched == 1
    with db.session() as s:
        mine = s.scalars(select(FaqApproval).where(FaqApproval.entry_id == entry_id,
                                                   FaqApproval.side == "department")).one()
        assert (mine.approved, mine.via, mine.approver) == (True, "mail", "王麗")
        evidence = s.get(Message, mine.evidence_message_id)
        assert evidence.faq_entry_id == entry_id and evidence.direction == "in"
        assert review_state(s, entry_id).can_publish
        assert unmatched_mail(s) == []  # matched to its entry, not left in the tray
    with db.sessions.begin() as s:
        publish(s, entry_id, "王經理")
    with db.session() as s:
        assert s.get(FaqEntry, entry_id).status == "published"


def test_comments_by_mail_send_the_revision_back(db, smtp_peer, imap_peer):
    seeded = seed(db)
    settings = write_settings(smtp_port=smtp_peer.port, imap_port=imap_peer.port)
    secrets.set_password("imap", imap_peer.password)
    entry_id = _entry_in_review(db, seeded.department_id, "信用卡年費怎麼減免？")
    run_cycle(db, settings, fetch=False)
    _answer(imap_peer, smtp_peer.received[0].message, "第二段請改為：白金卡另有規定。")
    run_cycle(db, settings)
    with db.session() as s:
        mine = s.scalars(select(FaqApproval).where(FaqApproval.entry_id == entry_id,
                                                   FaqApproval.side == "department")).one()
        assert mine.approved is False and "白金卡另有規定" in mine.comment
        assert not review_state(s, entry_id).can_publish


def test_a_flag_on_a_mail_only_departments_entry_is_mailed_once(db, smtp_peer, imap_peer):
    seeded = seed(db)
    settings = write_settings(smtp_port=smtp_peer.port, imap_port=imap_peer.port)
    with db.sessions.begin() as s:
        entry = factories.faq_entry(s, "信用卡年費標準？", "年費一百元。",
                                    department_id=seeded.department_id)
        flag_entry(s, entry.id, "outdated", "年費已調整為兩百元", "A007")
    assert run_cycle(db, settings, fetch=False).sent == 1
    notice = smtp_peer.received[0].message
    assert f"[{entry_ref(entry.id)}]" in notice["Subject"]
    assert "年費已調整為兩百元" in notice.get_body(("plain",)).get_content()
    assert run_cycle(db, settings, fetch=False).sent == 0


def test_the_daily_upkeep_digest_is_mailed_once_a_day_when_turned_on(db, smtp_peer, imap_peer):
    seeded = seed(db)
    settings = write_settings(smtp_port=smtp_peer.port, imap_port=imap_peer.port)
    with db.sessions.begin() as s:
        factories.faq_entry(s, "信用卡活動截止日？", "本月底截止。",
                            department_id=seeded.department_id,
                            valid_until=utcnow() + timedelta(days=3))
    assert run_cycle(db, settings, fetch=False).sent == 0  # off unless turned on
    settings.data.setdefault("mail", {})["department_digest"] = True
    assert run_cycle(db, settings, fetch=False).sent == 1
    digest = smtp_peer.received[0].message
    body = digest.get_body(("plain",)).get_content()
    assert "信用卡部" in digest["Subject"] and "信用卡活動截止日？" in body
    assert CONTACT in digest["To"]
    assert run_cycle(db, settings, fetch=False).sent == 0  # one a day


def test_a_new_revision_of_a_published_entry_is_sent_for_review_once(db, smtp_peer, imap_peer):
    seeded = seed(db)
    settings = write_settings(smtp_port=smtp_peer.port, imap_port=imap_peer.port)
    with db.sessions.begin() as s:
        entry = factories.faq_entry(s, "信用卡年費標準？", "年費一百元。",
                                    department_id=seeded.department_id, revision="王經理")
        factories.faq_entry(s, "其他已發布條目？", "不需審核。",
                            department_id=seeded.department_id, revision="王經理")
    assert run_cycle(db, settings, fetch=False).sent == 0  # nothing waits for review
    with db.sessions.begin() as s:
        revise_entry(s, entry.id, "信用卡年費標準？", "年費兩百元。", [], [], "王經理")
    assert run_cycle(db, settings, fetch=False).sent == 1
    body = smtp_peer.received[0].message.get_body(("plain",)).get_content()
    assert "年費兩百元" in body and "年費一百元" in body  # the change against the live text


def test_an_unauthenticated_reply_is_attached_but_decides_nothing(db, smtp_peer, imap_peer):
    seeded = seed(db)
    settings = write_settings(smtp_port=smtp_peer.port, imap_port=imap_peer.port)
    secrets.set_password("imap", imap_peer.password)
    entry_id = _entry_in_review(db, seeded.department_id, "信用卡年費怎麼減免？")
    run_cycle(db, settings, fetch=False)
    _answer(imap_peer, smtp_peer.received[0].message, "同意", vouched=False)  # forgeable
    run_cycle(db, settings)
    with db.session() as s:
        assert s.query(FaqApproval).filter_by(entry_id=entry_id, side="department").count() == 0
        kept = s.query(Message).filter_by(direction="in", faq_entry_id=entry_id).one()
        assert kept.match_method == "faq_reply"  # the manager reads it, may use it as evidence
        assert not review_state(s, entry_id).can_publish
