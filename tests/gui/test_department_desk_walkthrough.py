"""Issue 17's "Done when", tried as new users would on one team database (PostgreSQL,
each person signed in as themselves): a manager routes a question to 信用卡部; the
信用卡部 contact, on the department desk, sees it and nothing of 電子銀行部, asks back
once, gets the detail, answers; the manager accepts, feeds back and drafts an FAQ entry;
the contact approves it beside a call-center reviewer and it is published; an agent's flag
on it reaches the contact, whose fix goes live only after review, agents keeping the old
revision meanwhile. A department without desk users completes the same review by mail
(real SMTP and IMAP servers). The department's side is driven through its window."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import create_engine, text

from liaison_app.core import secrets
from liaison_app.core.correspondence.feedback import feed_back
from liaison_app.core.correspondence.mail_sync import run_cycle
from liaison_app.core.correspondence.queries import accept_reply, ask, find_department
from liaison_app.core.faq.drafts import create_entry, draft_from_question
from liaison_app.core.faq.flags import flag_entry
from liaison_app.core.faq.review import approve, publish, submit
from liaison_app.core.models import Agent, FaqEntry, Message
from liaison_app.core.questions.intake import ForwardRequest, forward_question
from liaison_app.core.team import admin
from liaison_app.core.team import department_desk as desk
from tests import factories
from tests.conftest import PG_URL
from tests.gui.test_department_desk import desk_window  # noqa: F401 - fixture
from tests.integration.conftest import imap_peer, imap_server, smtp_peer  # noqa: F401
from tests.integration.test_department_desk_roles import (  # noqa: F401 - fixtures
    PREFIX,
    signed_in,
    team,
    url_as,
)
from tests.mail_data import IDENTITY, authenticated_by_bank, write_settings
from tests.replies import reply

pytestmark = [pytest.mark.db,
              pytest.mark.skipif(not PG_URL, reason="LIAISON_TEST_PG_URL not set")]
LEFT = Qt.MouseButton.LeftButton
DEPT_MAIL = "loans.head@bank.example"


def agent_reads(entry_id: int) -> str | None:
    """What the agent's own login reads of the entry (the server's rows for them)."""
    engine = create_engine(url_as("agent"))
    try:
        with engine.connect() as conn:
            return conn.execute(text("SELECT answer FROM faq_entries WHERE id = :i"),
                                {"i": entry_id}).scalar()
    finally:
        engine.dispose()


def test_done_when(team, signed_in, desk_window, qtbot, smtp_peer, imap_peer):  # noqa: F811
    db, ids = team
    with db.sessions.begin() as s:  # the admin's set-up: directory and people
        factories.contact(s, ids["card"], "林聯絡人", email="lin@cards.bank.example")
        loans = factories.department(s, "個人貸款部")
        factories.contact(s, loans, "趙主任", email=DEPT_MAIL)
        s.add(Agent(code="A1001", name="李小明"))
        admin.add_person(s, PREFIX + "mgr", "王經理", ["manager"], password="F-1")
        admin.add_person(s, PREFIX + "rev", "客服專家李", ["manager"], password="F-1")
        admin.add_person(s, PREFIX + "agent", "李小明", ["agent"], agent_code="A1001",
                         password="F-1")
        loans_id = loans.id
    mgr = signed_in("mgr")
    settings = write_settings(smtp_port=smtp_peer.port, imap_port=imap_peer.port)
    secrets.set_password("imap", imap_peer.password)
    identity = IDENTITY

    # 1. the manager routes a question to 信用卡部
    with mgr.sessions.begin() as s:
        qid = forward_question(s, ForwardRequest(agent="A1001", text="白金卡年費可以減免嗎？",
                                                 context="客戶卡號 6222021234567890"),
                               "王經理").question_id
        query_id = ask(s, qid, find_department(s, "信用卡部"), identity, "王經理")[0].id

    # 2. the contact signs in on another desk: sees it, nothing of 電子銀行部
    win = desk_window("lin")
    queue = win.queue
    qtbot.waitUntil(lambda: queue.model.row_of_query(query_id) >= 0)
    assert queue.model.row_of_query(ids["ebank_query"]) < 0
    assert all(r.department == "信用卡部" for r in queue.model.rows)
    assert queue.select_query(query_id)
    qtbot.waitUntil(lambda: queue.answer_button.isEnabled())
    assert "6222021234567890" not in queue.detail.toPlainText()

    # 3. asks back once, gets the detail, answers
    queue.editor.setPlainText("請告知客戶的開卡日期")
    qtbot.mouseClick(queue.clarify_button, LEFT)
    qtbot.waitUntil(lambda: "paused" in queue.status.text())
    with mgr.sessions.begin() as s:
        desk.answer_clarification(s, query_id, "2026年1月開卡", "王經理")
    win.live.poll_now()
    qtbot.waitUntil(lambda: "2026年1月開卡" in queue.detail.toPlainText(), timeout=5000)
    queue.editor.setPlainText("白金卡首年免年費，次年刷卡六次免年費。")
    qtbot.mouseClick(queue.answer_button, LEFT)
    qtbot.waitUntil(lambda: "Answer sent" in queue.status.text())

    # 4. the manager accepts, feeds back, drafts an FAQ entry
    with mgr.sessions.begin() as s:
        answer_id = s.query(Message.id).filter_by(query_id=query_id,
                                                  match_method=desk.ANSWER).scalar()
        accept_reply(s, answer_id, "王經理")
        feed_back(s, qid, "王經理", identity)
        draft = draft_from_question(s, qid)
        draft.question = "白金卡年費可以減免嗎？"
        draft.department_id = ids["card"]
        entry_id = create_entry(s, draft, "王經理").id
        submit(s, entry_id, "王經理")

    # 5. the contact approves beside a call-center reviewer; it is published
    reviews = win.reviews
    reviews.reload()
    qtbot.waitUntil(lambda: reviews.select_entry(entry_id))
    qtbot.waitUntil(lambda: reviews.approve_button.isEnabled())
    qtbot.mouseClick(reviews.approve_button, LEFT)
    qtbot.waitUntil(lambda: "Approved" in reviews.status.text())
    rev = signed_in("rev")
    with rev.sessions.begin() as s:
        approve(s, entry_id, "center", "客服專家李")
    with mgr.sessions.begin() as s:
        publish(s, entry_id, "王經理")
    assert agent_reads(entry_id) == "白金卡首年免年費，次年刷卡六次免年費。"

    # 6. an agent's flag reaches the contact; the fix goes live only after review
    agent = signed_in("agent")
    with agent.sessions.begin() as s:
        flag_entry(s, entry_id, "outdated", "次年改為刷卡十次", "A1001")
    flags = win.flags
    flags.reload()
    qtbot.waitUntil(lambda: flags.select_entry(entry_id))
    qtbot.waitUntil(lambda: flags.propose_button.isEnabled())
    flags.answer.setPlainText("白金卡首年免年費，次年刷卡十次免年費。")
    qtbot.mouseClick(flags.propose_button, LEFT)
    qtbot.waitUntil(lambda: "proposed" in flags.status.text())
    assert agent_reads(entry_id) == "白金卡首年免年費，次年刷卡六次免年費。"  # the old one meanwhile
    qtbot.waitUntil(lambda: reviews.select_entry(entry_id))
    qtbot.waitUntil(lambda: reviews.approve_button.isEnabled()
                    and "十次" in reviews.diff.toPlainText())
    qtbot.mouseClick(reviews.approve_button, LEFT)
    qtbot.waitUntil(lambda: "Approved" in reviews.status.text())
    with rev.sessions.begin() as s:
        approve(s, entry_id, "center", "客服專家李")
    with mgr.sessions.begin() as s:
        publish(s, entry_id, "王經理")
    assert agent_reads(entry_id) == "白金卡首年免年費，次年刷卡十次免年費。"

    # 7. a department without desk users completes the same review by mail
    with mgr.sessions.begin() as s:
        loans_entry = factories.faq_entry(s, "個人貸款可以提前還款嗎？", "可以，免違約金。",
                                          status="draft", department_id=loans_id,
                                          revision="王經理")
        submit(s, loans_entry.id, "王經理")
        loans_entry_id = loans_entry.id
    with rev.sessions.begin() as s:
        approve(s, loans_entry_id, "center", "客服專家李")
    run_cycle(mgr, settings, fetch=False)
    request = next(r.message for r in smtp_peer.received if DEPT_MAIL in r.message["To"])
    imap_peer.deliver(authenticated_by_bank(
        reply(answer="同意", original_subject=request["Subject"],
              original_body=request.get_body(("plain",)).get_content(),
              from_addr=DEPT_MAIL, in_reply_to=request["Message-ID"]), "bank.example"))
    run_cycle(mgr, settings)
    with mgr.sessions.begin() as s:
        publish(s, loans_entry_id, "王經理")
    with db.session() as s:
        assert s.get(FaqEntry, loans_entry_id).status == "published"
