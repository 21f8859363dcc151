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
from liaison_app.core.correspondence.mail_sync import identity_from_settings, run_cycle
from liaison_app.core.faq.edit import revise_entry
from liaison_app.core.faq.flags import flag_entry
from liaison_app.core.faq.review import approve, publish, review_state, submit
from liaison_app.core.faq.review_mail import entry_ref, queue_digests
from liaison_app.core.models import FaqApproval, FaqEntry, Message
from liaison_app.core.models.people import PersonDepartment, PersonRow
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


def _digests(smtp_peer) -> list:
    return [m.message for m in smtp_peer.received if "維護提醒" in m.message["Subject"]]


def _on_the_desk(db, department_id: int) -> None:
    """A department whose contact works on the desk: no flag notices by mail, so its
    flags reach its mailbox through the digest only."""
    with db.sessions.begin() as s:
        s.add(PersonRow(login="digest_lin", name="林聯絡人", roles=["department"], active=True))
        s.flush()
        s.add(PersonDepartment(login="digest_lin", department_id=department_id))


def test_the_upkeep_digest_goes_by_default_only_with_something_new(db, smtp_peer, imap_peer):
    seeded = seed(db)
    _on_the_desk(db, seeded.department_id)
    settings = write_settings(smtp_port=smtp_peer.port, imap_port=imap_peer.port)
    assert "department_digest" not in settings.data.get("mail", {})  # on by default
    now = utcnow()
    with db.sessions.begin() as s:
        soon = factories.faq_entry(s, "信用卡活動截止日？", "本月底截止。",
                                   department_id=seeded.department_id,
                                   valid_until=now + timedelta(days=3))
        # live for half a year and never used: very low use
        factories.faq_entry(s, "舊卡換新卡流程？", "臨櫃辦理。", department_id=seeded.department_id,
                            published_at=now - timedelta(days=180))
        # published last week: too new to judge its use
        factories.faq_entry(s, "新卡權益？", "詳見官網。", department_id=seeded.department_id,
                            published_at=now - timedelta(days=7))
    # two cycles on the same day: one digest
    assert run_cycle(db, settings, fetch=False).sent == 1
    assert run_cycle(db, settings, fetch=False).sent == 0
    [first] = _digests(smtp_peer)
    body = first.get_body(("plain",)).get_content()
    assert "信用卡部" in first["Subject"] and CONTACT in first["To"]
    assert "信用卡活動截止日？" in body and "舊卡換新卡流程？" in body
    assert "新卡權益？" not in body
    # the next day with nothing new: no digest (the same items are not mailed again)
    assert run_cycle(db, settings, fetch=False, now=utcnow() + timedelta(days=1)).sent == 0
    # two days on, a new flag: one digest listing it first, the rest counted
    with db.sessions.begin() as s:
        flag_entry(s, soon.id, "wrong", "活動已延長到下月", "A1001")
    assert run_cycle(db, settings, fetch=False, now=utcnow() + timedelta(days=2)).sent == 1
    assert run_cycle(db, settings, fetch=False, now=utcnow() + timedelta(days=2)).sent == 0
    second = _digests(smtp_peer)[1].get_body(("plain",)).get_content()
    new_part, rest = second.split("先前提醒仍未處理")
    assert "活動已延長到下月" in new_part and "信用卡活動截止日？: wrong" in new_part
    assert "舊卡換新卡流程？" not in second  # told already: only counted
    assert "14 天內到期 1 則" in rest and "極少使用（近 90 天）1 則" in rest
    assert "旗標 0 則" in rest
    assert len(_digests(smtp_peer)) == 2


def test_a_restart_neither_resends_nor_loses_the_digest(db, smtp_peer, imap_peer):
    seeded = seed(db)
    settings = write_settings(smtp_port=smtp_peer.port, imap_port=imap_peer.port)
    with db.sessions.begin() as s:
        factories.faq_entry(s, "信用卡活動截止日？", "本月底截止。",
                            department_id=seeded.department_id,
                            valid_until=utcnow() + timedelta(days=3))
    # the cycle queued the digest, and the desk closed before it was sent
    with db.sessions.begin() as s:
        assert queue_digests(s, identity_from_settings(settings), settings.actor) == 1
    assert not smtp_peer.received
    # restarted: the digest queued then is sent once, no second one is made
    assert run_cycle(db, settings, fetch=False).sent == 1
    assert run_cycle(db, settings, fetch=False, now=utcnow() + timedelta(days=1)).sent == 0
    assert len(_digests(smtp_peer)) == 1


def test_a_flag_already_mailed_as_a_notice_sends_no_digest(db, smtp_peer, imap_peer):
    seeded = seed(db)  # a department without desk users: its flags go as notices
    settings = write_settings(smtp_port=smtp_peer.port, imap_port=imap_peer.port)
    with db.sessions.begin() as s:
        entry = factories.faq_entry(s, "信用卡年費標準？", "年費一百元。",
                                    department_id=seeded.department_id)
        flag_entry(s, entry.id, "outdated", "年費已調整", "A1001")
    assert run_cycle(db, settings, fetch=False).sent == 1
    assert not _digests(smtp_peer)


def test_the_digest_can_be_turned_off(db, smtp_peer, imap_peer):
    seeded = seed(db)
    settings = write_settings(smtp_port=smtp_peer.port, imap_port=imap_peer.port)
    settings.data.setdefault("mail", {})["department_digest"] = False
    with db.sessions.begin() as s:
        factories.faq_entry(s, "信用卡活動截止日？", "本月底截止。",
                            department_id=seeded.department_id,
                            valid_until=utcnow() + timedelta(days=3))
    assert run_cycle(db, settings, fetch=False).sent == 0


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


def test_the_digest_check_runs_at_most_every_half_hour(db, smtp_peer, imap_peer):
    """Looking for news counts 90 days of hits: not on every mail cycle."""
    seeded = seed(db)
    _on_the_desk(db, seeded.department_id)
    settings = write_settings(smtp_port=smtp_peer.port, imap_port=imap_peer.port)
    identity = identity_from_settings(settings)
    with db.sessions.begin() as s:
        entry = factories.faq_entry(s, "信用卡年費標準？", "年費一百元。",
                                    department_id=seeded.department_id)
    start = utcnow().replace(hour=8, minute=0) + timedelta(days=1)
    with db.sessions.begin() as s:
        assert queue_digests(s, identity, settings.actor, start) == 0  # nothing to tell
    with db.sessions.begin() as s:
        flag_entry(s, entry.id, "missing", "沒寫附卡", "A1001")
    with db.sessions.begin() as s:  # ten minutes on: not looked at again yet
        assert queue_digests(s, identity, settings.actor, start + timedelta(minutes=10)) == 0
    with db.sessions.begin() as s:  # half an hour on: the new flag goes
        assert queue_digests(s, identity, settings.actor, start + timedelta(minutes=31)) == 1


def test_a_long_digest_lists_thirty_of_a_kind_and_counts_the_rest(db, smtp_peer, imap_peer):
    seeded = seed(db)
    settings = write_settings(smtp_port=smtp_peer.port, imap_port=imap_peer.port)
    with db.sessions.begin() as s:
        for n in range(35):
            factories.faq_entry(s, f"舊條目{n:02d}？", "答。", department_id=seeded.department_id,
                                published_at=utcnow() - timedelta(days=200))
    assert run_cycle(db, settings, fetch=False).sent == 1
    body = _digests(smtp_peer)[0].get_body(("plain",)).get_content()
    assert body.count("- 舊條目") == 30 and "(+5)" in body
