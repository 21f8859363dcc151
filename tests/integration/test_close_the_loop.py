"""The whole loop through the services, against real mail servers on 127.0.0.1:
two agents forward the same question → it is merged → asked of the department by mail →
the reply is fetched and accepted → the answer is mailed to both agents (received by the
SMTP server) → a draft FAQ entry → two approvals → published → found by search → its
bulletin posted. Review rules broken along the way are refused with clear messages."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from liaison_app.core import secrets
from liaison_app.core.correspondence.feedback import answer_in_center, feed_back
from liaison_app.core.correspondence.mail_sync import run_cycle
from liaison_app.core.correspondence.queries import accept_reply, ask, find_department
from liaison_app.core.faq import bulletins
from liaison_app.core.faq.drafts import create_entry, draft_from_question
from liaison_app.core.faq.export import current_bulletins
from liaison_app.core.faq.review import (
    ReviewError,
    approve,
    ensure_editable,
    publish,
    retire,
    submit,
)
from liaison_app.core.models import Agent, Message, Question
from liaison_app.core.questions.intake import ForwardRequest, forward_question
from liaison_app.core.questions.json_view import question_detail
from liaison_app.core.questions.triage import merge
from liaison_app.core.questions.workflow import DomainError
from liaison_app.core.search.faq_search import search_faq
from tests.mail_data import AGENT_EMAIL, CONTACT, IDENTITY, seed, write_settings
from tests.replies import reply

ANSWER = "該客戶符合首年免年費條件，可在信用卡App申請減免，三個工作日內生效。"
SECOND_AGENT = "agent012@callcenter.bank.example"


def test_forward_ask_reply_feed_back_faq_review_publish_bulletin(db, smtp_peer, imap_peer):
    seeded = seed(db)
    settings = write_settings(smtp_port=smtp_peer.port, imap_port=imap_peer.port)
    secrets.set_password("imap", imap_peer.password)
    with db.session() as s, s.begin():
        s.add(Agent(code="A012", name="周明", email=SECOND_AGENT))
        s.add(Agent(code="A099", name="無郵箱座席"))
        s.flush()
        second = forward_question(s, ForwardRequest(agent="A012", text="客户信用卡年费能不能减免"), "test")
        third = forward_question(s, ForwardRequest(agent="A099", text="信用卡年費可以減免嗎"), "test")
        merge(s, second.question_id, seeded.question_id, "manager")
        merge(s, third.question_id, seeded.question_id, "manager")
        ask(s, seeded.question_id, find_department(s, "信用卡部"), IDENTITY, "manager")
    assert run_cycle(db, settings, fetch=False).sent == 1
    query_mail = smtp_peer.received[0].message
    imap_peer.deliver(reply(answer=ANSWER, original_subject=query_mail["Subject"],
                            original_body=query_mail.get_body(("plain",)).get_content(),
                            from_addr=CONTACT, in_reply_to=query_mail["Message-ID"],
                            references=query_mail["Message-ID"]))
    assert run_cycle(db, settings).matched == 1
    with db.session() as s, s.begin():
        reply_id = s.scalar(select(Message.id).where(Message.direction == "in"))
        accept_reply(s, reply_id, "manager")
        with pytest.raises(DomainError, match="no new answer"):
            feed_back(s, third.question_id, "manager", IDENTITY)
        result = feed_back(s, seeded.question_id, "manager", IDENTITY)
    assert (result.mailed, result.noted, result.closed) == (["A007", "A012"], ["A099"], True)

    report = run_cycle(db, settings, fetch=False)
    assert report.sent == 2
    feedback = {r.message["To"]: r.message for r in smtp_peer.received[1:]}
    assert set(feedback) == {AGENT_EMAIL, SECOND_AGENT}
    body = feedback[AGENT_EMAIL].get_body(("plain",)).get_content()
    assert ANSWER in body and f"[LQ-{seeded.question_id:06d}]" in feedback[AGENT_EMAIL]["Subject"]
    assert "6222 0212 3456 7890 123" not in body  # the card number stays masked
    with db.session() as s:
        detail = question_detail(s, seeded.question_id)
        assert detail["status"] == "closed" and detail["resolution"] == "department"
        notes = [m for m in detail["messages"] if m["kind"] == "note"]
        assert len(notes) == 1 and ANSWER in notes[0]["text"]  # the agent without mail
        assert [e["to"] for e in detail["events"]][-2:] == ["answered", "closed"]

    # The answer becomes a reviewed FAQ entry.
    with db.session() as s:
        draft = draft_from_question(s, seeded.question_id)
    draft.question = "信用卡年費可以減免嗎？"
    with db.session() as s, s.begin():
        entry_id = create_entry(s, draft, "manager").id
        with pytest.raises(ReviewError, match="only an entry in review can be published"):
            publish(s, entry_id, "manager")
        submit(s, entry_id, "manager")
        with pytest.raises(ReviewError, match="without the call center's and the department's approval"):
            publish(s, entry_id, "manager")
        approve(s, entry_id, "center", "客服專家 李")
        approve(s, entry_id, "department", "manager", on_behalf=True, evidence_message_id=reply_id)
        publish(s, entry_id, "manager")
    with db.session() as s:
        hits = search_faq(s, "年费减免")
        assert hits[0].id == entry_id
        proposal = bulletins.proposals(s)[0]
    with db.session() as s, s.begin():
        bulletins.post(s, proposal.id)
    with db.session() as s:
        assert [b.faq_entry_id for b in current_bulletins(s)] == [entry_id]
    with db.session() as s, s.begin():
        entry = retire(s, entry_id, "manager")
        with pytest.raises(ReviewError, match="retired: it cannot be edited"):
            ensure_editable(entry)
    with db.session() as s:
        assert search_faq(s, "年费减免") == []


def test_the_manager_answers_in_center_and_feeds_back_without_mail(db):
    seeded = seed(db)
    with db.session() as s, s.begin():
        answer_in_center(s, seeded.question_id, "可以減免，請客戶致電 95588 轉人工。", "manager")
        result = feed_back(s, seeded.question_id, "manager", None)
        assert (result.mailed, result.noted) == ([], ["A007"])
    with db.session() as s:
        q = s.get(Question, seeded.question_id)
        assert (q.status, q.resolution) == ("closed", "in_center")
