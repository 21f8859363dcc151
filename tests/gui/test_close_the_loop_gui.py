"""The whole loop in the window, against real local mail servers: two agents forward the
same question, the manager merges them, asks the department by mail, accepts the reply,
sends the answer to both agents, turns it into an FAQ entry, records the two approvals,
publishes it, finds it in the FAQ search and posts the bulletin it proposed."""

from __future__ import annotations

import re

from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import select

from liaison_app.core.faq.export import current_bulletins
from liaison_app.core.models import Agent, FaqEntry, Message, Question
from liaison_app.core.questions.intake import ForwardRequest, forward_question
from tests.gui.conftest import loaded
from tests.gui.test_mail_gui import mail_window  # noqa: F401
from tests.gui.typing import type_text
from tests.integration.conftest import imap_peer, imap_server, smtp_peer  # noqa: F401
from tests.mail_data import AGENT_EMAIL, CONTACT
from tests.replies import reply

SECOND = "agent012@callcenter.bank.example"
ANSWER = "符合首年免年費條件，可在信用卡App申請減免。"


def status(db, qid) -> str:
    with db.session() as s:
        return s.get(Question, qid).status


def click(qtbot, button) -> None:
    qtbot.waitUntil(lambda: button.isVisible() and button.isEnabled())
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_the_whole_loop_through_the_window(mail_window, db, qtbot, smtp_peer, imap_peer):  # noqa: F811
    window, seeded = mail_window
    qid = seeded.question_id
    with db.session() as s, s.begin():
        s.add(Agent(code="A012", name="周明", email=SECOND))
        s.flush()
        repeat = forward_question(s, ForwardRequest(agent="A012", text="客户的信用卡年费可以减免吗"),
                                  "test").question_id
    inbox, panel = window.inbox, window.inbox.triage

    # Merge the repeat from the triage panel.
    inbox.refresh()
    qtbot.waitUntil(lambda: inbox.select_question(repeat))
    qtbot.waitUntil(lambda: panel._info is not None and panel._info.question_id == repeat)
    assert panel.dup_model.item(0).text().startswith(f"LQ-{qid:06d}")
    click(qtbot, panel.merge_button)
    qtbot.waitUntil(lambda: status(db, repeat) == "duplicate")

    # Ask the department by mail, fetch the reply, accept it.
    qtbot.waitUntil(lambda: inbox.select_question(qid))
    inbox.detail.anchorClicked.emit(QUrl(f"ask:{qid}"))
    qtbot.waitUntil(lambda: window.mail_actions.dialog.loaded)
    qtbot.mouseClick(window.mail_actions.dialog.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: len(smtp_peer.received) == 1, timeout=15000)
    sent = smtp_peer.received[0].message
    imap_peer.deliver(reply(answer=ANSWER, original_subject=sent["Subject"],
                            original_body=sent.get_body(("plain",)).get_content(),
                            from_addr=CONTACT, in_reply_to=sent["Message-ID"]))

    def reply_stored() -> bool:
        with db.session() as s:
            return s.scalar(select(Message.id).where(Message.direction == "in",
                                                     Message.question_id == qid)) is not None

    def fetch() -> bool:  # the cycle that sent may already have fetched it
        if not reply_stored() and not window.mail_worker.busy:
            window.mail_worker.run_now()
        return reply_stored()

    qtbot.waitUntil(fetch, timeout=15000)
    with qtbot.waitSignal(inbox.detail.shown):  # loaded in the background
        inbox.detail.reload()
    accept = re.search(r"accept:(\d+)", inbox.detail.toHtml())
    inbox.detail.anchorClicked.emit(QUrl(accept.group(0)))
    qtbot.waitUntil(lambda: status(db, qid) == "answer_received")

    # Send the answer to both agents: two mails reach the SMTP server; the question closes.
    inbox.status_filter.setCurrentIndex(inbox.status_filter.findData(""))
    loaded(qtbot, inbox.model)  # the rows of the new filter, not the ones still shown
    qtbot.waitUntil(lambda: inbox.select_question(qid))
    qtbot.waitUntil(lambda: panel._info is not None and panel._info.status == "answer_received")
    click(qtbot, panel.send_button)
    qtbot.waitUntil(lambda: status(db, qid) == "closed")
    qtbot.waitUntil(lambda: len(smtp_peer.received) == 3, timeout=15000)
    told = {r.message["To"]: r.message.get_body(("plain",)).get_content() for r in smtp_peer.received[1:]}
    assert set(told) == {AGENT_EMAIL, SECOND} and all(ANSWER in body for body in told.values())

    # Turn it into an FAQ entry.
    qtbot.waitUntil(lambda: panel._info is not None and panel._info.status == "closed")
    click(qtbot, panel.create_entry_button)
    editor = panel.entry_dialog
    qtbot.waitUntil(lambda: editor.buttons.isEnabled())
    editor.question.selectAll()
    type_text(qtbot, editor.question, "信用卡年費可以減免嗎？")
    qtbot.mouseClick(editor.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Draft FAQ entry" in panel.message.text())
    with db.session() as s:
        entry_id = s.scalar(select(FaqEntry.id))

    # Review and publish it from the FAQ page.
    window.go_to("faq")
    page = window.pages["faq"]
    page.refresh()
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    page.table.selectRow(0)
    click(qtbot, page.review_button)
    review = page.review_dialog
    qtbot.waitUntil(lambda: review._state is not None)
    click(qtbot, review.submit_button)
    qtbot.waitUntil(lambda: review._state is not None and review._state.status == "in_review")
    click(qtbot, review.approve_button)
    qtbot.waitUntil(lambda: "Approval recorded" in review.message.text())
    review.side.setCurrentIndex(review.side.findData("department"))
    qtbot.mouseClick(review.on_behalf, Qt.MouseButton.LeftButton)
    type_text(qtbot, review.approver, "王麗")
    qtbot.waitUntil(lambda: review.evidence.currentData() is not None)  # the reply mail
    type_text(qtbot, review.comment, "王麗的回覆郵件")
    click(qtbot, review.approve_button)
    qtbot.waitUntil(lambda: review._state is not None and review._state.can_publish)
    click(qtbot, review.publish_button)
    qtbot.waitUntil(lambda: review._state is not None and review._state.status == "published")
    review.accept()

    # Agents find it, and the board announces it once posted.
    type_text(qtbot, page.filter, "年费减免")
    qtbot.waitUntil(lambda: page.model.rowCount() >= 1 and page.model.id_at(0) == entry_id)
    window.go_to("bulletins")
    board = window.pages["bulletins"]
    board.refresh()
    qtbot.waitUntil(lambda: board.model.rowCount() == 1)
    board.table.selectRow(0)
    click(qtbot, board.post_button)

    def posted() -> list[int]:
        with db.session() as s:
            return [b.faq_entry_id for b in current_bulletins(s)]

    qtbot.waitUntil(lambda: posted() == [entry_id])  # written through the gateway
