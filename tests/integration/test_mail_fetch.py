"""Replies fetched from a real IMAP server (pymap on 127.0.0.1) find their question."""

from __future__ import annotations

from datetime import UTC

import pytest
from sqlalchemy import func, select

from liaison_app.core import secrets
from liaison_app.core.correspondence import fetching, inbound
from liaison_app.core.correspondence.mail_sync import run_cycle
from liaison_app.core.correspondence.queries import (
    accept_reply,
    ask,
    find_department,
    reply_answer_text,
)
from liaison_app.core.models import Message, Question
from liaison_app.core.questions.json_view import question_detail
from tests.integration.mail_peers import CuttingProxy, free_port
from tests.mail_data import (
    AGENT_EMAIL,
    CONTACT,
    DEPUTY,
    IDENTITY,
    authenticated_by_bank,
    seed,
    write_settings,
)
from tests.replies import reply, with_attachment

ANSWER = "您好，該客戶符合首年免年費條件，可直接減免。"


@pytest.fixture
def sent_query(db, smtp_peer, imap_peer):
    """A question asked of the card department, its mail delivered; (seeded, mail, settings)."""
    seeded = seed(db)
    settings = write_settings(smtp_port=smtp_peer.port, imap_port=imap_peer.port)
    secrets.set_password("imap", imap_peer.password)
    with db.session() as s, s.begin():
        ask(s, seeded.question_id, find_department(s, "信用卡部"), IDENTITY, "manager")
    assert run_cycle(db, settings, fetch=False).sent == 1
    return seeded, smtp_peer.received[0].message, settings


def _body(msg) -> str:
    return msg.get_body(("plain",)).get_content()


def _inbound(db) -> list[Message]:
    with db.session() as s:
        return list(s.scalars(select(Message).where(Message.direction == "in").order_by(Message.id)))


@pytest.mark.parametrize("style,charset,declared", [
    ("outlook_en", "utf-8", None),
    ("outlook_zh", "big5hkscs", "big5"),
    ("qq", "gb18030", "gb2312"),  # declared GB2312, really GBK/GB18030 bytes
    ("foxmail", "gbk", None),  # no charset parameter at all is tested in the corpus
    ("gmail_zh", "utf-8", None),
    ("gmail_en", "utf-8", None),
])
def test_reply_by_headers_is_matched_and_accepted(db, sent_query, imap_peer, style, charset,
                                                  declared):
    seeded, query_mail, settings = sent_query
    answer = ANSWER + "（堃鎔）" if charset != "big5hkscs" else ANSWER
    imap_peer.deliver(reply(answer=answer, original_subject=query_mail["Subject"],
                            original_body=_body(query_mail), from_addr=CONTACT,
                            in_reply_to=query_mail["Message-ID"],
                            references=query_mail["Message-ID"], charset=charset,
                            declared=declared, style=style))
    report = run_cycle(db, settings)
    assert (report.fetched, report.matched, report.unmatched) == (1, 1, 0), report.errors
    (got,) = _inbound(db)
    assert got.question_id == seeded.question_id and got.match_method == "headers"
    assert reply_answer_text(got) == answer
    with db.session() as s, s.begin():
        accept_reply(s, got.id, "manager")
    with db.session() as s:
        q = s.get(Question, seeded.question_id)
        assert q.status == "answer_received" and q.answer == answer
        detail = question_detail(s, seeded.question_id)
    kinds = [(m["direction"], m["state"]) for m in detail["messages"]]
    assert kinds == [("out", "sent"), ("in", "received")]
    assert detail["messages"][1]["message_id"] == got.message_id
    # Handled on the server only after it was committed; never fetched twice.
    assert all(b"\\Seen" in flags for flags in imap_peer.flags().values())
    assert run_cycle(db, settings).fetched == 0


def test_token_from_contact_matches_when_headers_are_stripped(db, sent_query, imap_peer):
    seeded, query_mail, settings = sent_query
    imap_peer.deliver(reply(answer=ANSWER, original_subject=query_mail["Subject"],
                            original_body=_body(query_mail), from_addr=DEPUTY))
    report = run_cycle(db, settings)
    assert report.matched == 1
    (got,) = _inbound(db)
    assert (got.question_id, got.match_method) == (seeded.question_id, "token")


def test_token_from_a_stranger_waits_for_confirmation(db, sent_query, imap_peer):
    seeded, query_mail, settings = sent_query
    imap_peer.deliver(reply(answer=ANSWER, original_subject=query_mail["Subject"],
                            original_body=_body(query_mail), from_addr="someone@gmail.example"))
    report = run_cycle(db, settings)
    assert (report.matched, report.pending) == (0, 1)
    (got,) = _inbound(db)
    assert got.question_id is None and got.candidate_question_id == seeded.question_id
    with db.session() as s, s.begin():
        inbound.attach_to_question(s, got.id, seeded.question_id)
    with db.session() as s:
        assert s.get(Message, got.id).question_id == seeded.question_id


def test_reference_line_in_the_quoted_body(db, sent_query, imap_peer):
    seeded, query_mail, settings = sent_query
    imap_peer.deliver(reply(answer=ANSWER, original_subject="年費問題",
                            original_body=_body(query_mail), from_addr=CONTACT,
                            subject="回覆：年費問題", style="qq", charset="gb18030",
                            declared="gbk"))
    assert run_cycle(db, settings).matched == 1
    (got,) = _inbound(db)
    assert (got.question_id, got.match_method) == (seeded.question_id, "reference")


def test_agent_mail_becomes_a_question_and_strangers_go_to_the_tray(db, sent_query, imap_peer):
    _seeded, _mail, settings = sent_query
    imap_peer.deliver(authenticated_by_bank(reply(
        answer="客戶問：境外刷卡手續費怎麼算？", original_subject="x", original_body="",
        subject="FW: 境外刷卡手續費", from_addr=AGENT_EMAIL, style="plain_gt")))
    imap_peer.deliver(reply(answer="推銷郵件", original_subject="x", original_body="",
                            subject="限時優惠", from_addr="ads@shop.example", style="plain_gt"))
    report = run_cycle(db, settings)
    assert (report.fetched, report.new_questions, report.unmatched) == (2, 1, 1)
    agent_mail, ad = _inbound(db)
    with db.session() as s:
        q = s.get(Question, agent_mail.question_id)
        assert q.source == "email" and "境外刷卡手續費" in q.text and q.status == "new"
    assert ad.question_id is None and ad.match_method == "none"


def test_auto_reply_and_bounce_are_recognised_never_answers(db, sent_query, imap_peer):
    seeded, query_mail, settings = sent_query
    imap_peer.deliver(reply(answer="本人休假至12月5日。", original_subject=query_mail["Subject"],
                            original_body="", from_addr=CONTACT,
                            subject="自動回覆: " + query_mail["Subject"],
                            in_reply_to=query_mail["Message-ID"],
                            extra_headers={"Auto-Submitted": "auto-replied"}))
    report = run_cycle(db, settings)
    assert (report.matched, report.automatic) == (1, 1)
    (got,) = _inbound(db)
    assert got.auto_kind == "auto_reply" and got.question_id == seeded.question_id
    from liaison_app.core.questions.workflow import DomainError

    with db.session() as s, s.begin(), pytest.raises(DomainError):
        accept_reply(s, got.id, "manager")


def test_unreadable_mail_is_quarantined_and_can_be_reprocessed(db, sent_query, imap_peer):
    _seeded, _mail, settings = sent_query
    garbage = (b"From: x@y.example\r\nSubject: \r\nContent-Type: text/plain; charset=x-weird\r\n\r\n"
               + bytes(range(128, 256)) * 40)
    imap_peer.deliver(garbage)
    report = run_cycle(db, settings)
    assert report.quarantined == 1
    (got,) = _inbound(db)
    assert got.state == "quarantined" and got.raw and got.error
    with db.session() as s, s.begin():
        s.get(Message, got.id).raw = garbage.split(b"\r\n\r\n")[0] + b"\r\n\r\nreadable now"
        outcome = inbound.reprocess(s, got.id, "manager")
    assert outcome.state == "received"


def test_big_attachment_is_kept(db, sent_query, imap_peer):
    _seeded, _mail, settings = sent_query
    imap_peer.deliver(with_attachment("對帳單", CONTACT, 2 * 1024 * 1024))
    assert run_cycle(db, settings).fetched == 1
    with db.session() as s:
        got = s.scalars(select(Message).where(Message.direction == "in")).one()
        (att,) = got.attachments
        assert att.filename == "對帳單.pdf" and att.size == 2 * 1024 * 1024


def test_imap_dropped_mid_fetch_loses_and_duplicates_nothing(db, sent_query, imap_peer,
                                                             monkeypatch):
    _seeded, _mail, settings = sent_query
    monkeypatch.setattr(fetching, "BATCH", 1)
    for i in range(3):
        imap_peer.deliver(with_attachment(f"第{i}封", CONTACT, 60_000))
    proxy = CuttingProxy(imap_peer.port)
    try:
        settings = write_settings(imap_port=proxy.port)
        proxy.cut_after_down = 120_000  # inside the second message's bytes
        first = run_cycle(db, settings, send=False)
        assert proxy.cuts == 1 and first.errors
        assert first.fetched == 1
        second = run_cycle(db, settings, send=False)
        assert second.fetched == 2 and not second.errors
        assert run_cycle(db, settings, send=False).fetched == 0
    finally:
        proxy.close()
    with db.session() as s:
        subjects = sorted(s.scalars(select(Message.subject).where(Message.direction == "in")))
        assert subjects == ["第0封", "第1封", "第2封"]


def test_imap_unreachable_is_reported(db):
    seed(db)
    settings = write_settings(imap_port=free_port())
    secrets.set_password("imap", "x")
    report = run_cycle(db, settings)
    assert report.imap_unreachable and "refused" in report.errors[0]
    with db.session() as s:
        assert s.scalar(select(func.count(Message.id))) == 0


def test_bounce_marks_the_sent_mail_failed_with_the_reason(db, sent_query, imap_peer):
    seeded, query_mail, settings = sent_query
    original = query_mail["Message-ID"]
    bounce = (
        "From: MAILER-DAEMON@cards.bank.example\r\nTo: hardq@bank.example\r\n"
        "Subject: Undelivered Mail Returned to Sender\r\nMIME-Version: 1.0\r\n"
        'Content-Type: multipart/report; report-type=delivery-status; boundary="BB"\r\n\r\n'
        "--BB\r\nContent-Type: text/plain\r\n\r\n"
        "<wang.li@cards.bank.example>: 550 5.1.1 mailbox unavailable\r\n"
        "--BB\r\nContent-Type: message/delivery-status\r\n\r\nReporting-MTA: dns; x\r\n\r\n"
        "Final-Recipient: rfc822; wang.li@cards.bank.example\r\nAction: failed\r\n"
        "Status: 5.1.1\r\n"
        f"--BB\r\nContent-Type: text/rfc822-headers\r\n\r\nMessage-ID: {original}\r\n"
        "Subject: x\r\n--BB--\r\n").encode()
    imap_peer.deliver(bounce)
    report = run_cycle(db, settings)
    assert (report.matched, report.automatic) == (1, 1)
    with db.session() as s:
        got = s.scalars(select(Message).where(Message.direction == "in")).one()
        assert got.auto_kind == "bounce" and got.question_id == seeded.question_id
        sent = s.scalars(select(Message).where(Message.direction == "out")).one()
        assert sent.state == "failed" and "550 5.1.1 mailbox unavailable" in sent.error


def test_first_sync_skips_years_of_old_mail(db, sent_query, imap_peer):
    from datetime import datetime, timedelta

    _seeded, _mail, settings = sent_query
    c = imap_peer.client()
    old = datetime.now(UTC) - timedelta(days=400)
    c.append("INBOX", b"From: old@x.example\r\nSubject: 2025 mail\r\n\r\nold", msg_time=old)
    c.append("INBOX", b"From: new@x.example\r\nSubject: today\r\n\r\nnew")
    c.logout()
    report = run_cycle(db, settings)
    assert report.fetched == 1
    assert [m.subject for m in _inbound(db)] == ["today"]
    imap_peer.deliver(b"From: later@x.example\r\nSubject: later\r\n\r\nlater")
    assert run_cycle(db, settings).fetched == 1


def test_a_mail_with_nul_characters_is_stored_without_them_and_blocks_nothing(db, sent_query, imap_peer):
    """PostgreSQL refuses NUL in text columns: a mail carrying one must not block the sync."""
    _seeded, query_mail, settings = sent_query
    broken = reply(answer="答覆\x00內容", original_subject=query_mail["Subject"],
                   original_body=_body(query_mail), from_addr=CONTACT,
                   in_reply_to=query_mail["Message-ID"], references=query_mail["Message-ID"])
    imap_peer.deliver(broken)
    imap_peer.deliver(reply(answer=ANSWER, original_subject=query_mail["Subject"],
                            original_body=_body(query_mail), from_addr=CONTACT,
                            in_reply_to=query_mail["Message-ID"],
                            references=query_mail["Message-ID"]))
    report = run_cycle(db, settings)
    assert (report.fetched, report.matched) == (2, 2), report.errors
    texts = [m.body_text for m in _inbound(db)]
    assert any("答覆內容" in t for t in texts) and all("\x00" not in t for t in texts)


def test_a_cycle_of_many_replies_matches_each_and_asks_for_each_contact_once(db, sent_query,
                                                                            imap_peer):
    """Issue 15: one cycle keeps what it looked up (contacts, queries, threads), so a
    mailbox of replies costs a few queries per sender, and every reply is still matched
    as it would be alone: by headers, by token from the deputy, pending from a stranger."""
    from sqlalchemy import event

    seeded, query_mail, settings = sent_query
    # the upkeep digest (issue 17) reads its recipients in the same cycle: not matching
    settings.data.setdefault("mail", {})["department_digest"] = False
    for n in range(3):
        imap_peer.deliver(reply(answer=f"{ANSWER}{n}", original_subject=query_mail["Subject"],
                                original_body=_body(query_mail), from_addr=CONTACT,
                                in_reply_to=query_mail["Message-ID"],
                                references=query_mail["Message-ID"]))
        imap_peer.deliver(reply(answer=f"{ANSWER}{n}", original_subject=query_mail["Subject"],
                                original_body=_body(query_mail), from_addr=DEPUTY))
    imap_peer.deliver(reply(answer=ANSWER, original_subject=query_mail["Subject"],
                            original_body=_body(query_mail), from_addr="someone@gmail.example"))
    contact_reads: list[str] = []

    def count(conn, cursor, statement, parameters, context, executemany):
        if "FROM contacts" in statement:
            contact_reads.append(statement)

    event.listen(db.engine, "before_cursor_execute", count)
    try:
        report = run_cycle(db, settings)
    finally:
        event.remove(db.engine, "before_cursor_execute", count)
    assert (report.fetched, report.matched, report.pending, report.unmatched) == (7, 6, 1, 0)
    got = [(m.from_addr, m.match_method, m.question_id, m.candidate_question_id)
           for m in _inbound(db)]
    assert got == [(CONTACT.lower(), "headers", seeded.question_id, None),
                   (DEPUTY.lower(), "token", seeded.question_id, None)] * 3 + [
        ("someone@gmail.example", "pending", None, seeded.question_id)]
    # Per sender: who the contact is, and (for a token) whether it belongs to the
    # department; 7 replies from 3 addresses read contacts 5 times, not 11.
    assert len(contact_reads) <= 5, "\n\n".join(contact_reads)
