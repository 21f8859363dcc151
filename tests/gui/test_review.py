"""Reviewing a draft FAQ entry through the window: submit, two approvals (one on the
department's behalf with evidence), publish, then post the bulletin it proposed."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from liaison_app.core.faq.export import current_bulletins
from liaison_app.core.models import FaqApproval, FaqEntry, FaqStatus, Message, Query
from liaison_app.core.search.faq_search import search_faq
from tests import factories as make
from tests.gui.typing import type_text


@pytest.fixture
def draft(db):
    with db.session() as s, s.begin():
        dept = make.department(s, "信用卡部", "信用卡年費")
        return make.faq_entry(s, "信用卡年費可以用積分抵扣嗎？", "可以，每年一萬積分抵扣一次。",
                              status=FaqStatus.DRAFT, revision="王經理", department_id=dept.id).id


@pytest.fixture
def reply_mail(db, draft):
    """The department's reply agreeing to the entry: the evidence of its approval."""
    with db.session() as s, s.begin():
        make.agents(s)
    qid = make.forward(db, "A1001", "信用卡年費能用積分抵扣嗎").question_id
    with db.session() as s, s.begin():
        entry = s.get(FaqEntry, draft)
        query = Query(question_id=qid, department_id=entry.department_id, channel="email")
        s.add(query)
        s.flush()
        mail = Message(question_id=qid, query_id=query.id, direction="in", kind="email",
                       state="received", subject="Re: 積分抵扣年費條目 同意發布",
                       from_addr="wang.li@cards.bank.example")
        s.add(mail)
        s.flush()
        return mail.id


@pytest.fixture
def window(open_window, db, draft):
    return open_window(db)


def status(db, entry_id) -> str:
    with db.session() as s:
        return s.get(FaqEntry, entry_id).status


def click(qtbot, button) -> None:
    qtbot.waitUntil(button.isEnabled)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def test_review_publish_and_post_the_bulletin(window, db, draft, reply_mail, qtbot):
    window.go_to("faq")
    page = window.pages["faq"]
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    page.table.selectRow(0)
    click(qtbot, page.review_button)
    dialog = page.review_dialog
    qtbot.waitUntil(lambda: dialog._state is not None)
    assert "Revision 1" in dialog.revisions.item(0).text()
    assert not dialog.publish_button.isEnabled()

    click(qtbot, dialog.submit_button)
    qtbot.waitUntil(lambda: status(db, draft) == "in_review")
    click(qtbot, dialog.approve_button)  # the call center's side, as the manager
    qtbot.waitUntil(lambda: "Approval recorded" in dialog.message.text())

    # Issue 14 item 5: the same person cannot approve for both sides.
    dialog.side.setCurrentIndex(dialog.side.findData("department"))
    click(qtbot, dialog.approve_button)
    qtbot.waitUntil(lambda: "two different people" in dialog.message.text())
    assert not dialog.publish_button.isEnabled()
    # On the department's behalf: in its contact's name, with its reply mail linked.
    dialog.approver.setText("王麗")
    qtbot.mouseClick(dialog.on_behalf, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.evidence.findData(reply_mail) >= 0)
    assert "同意發布" in dialog.evidence.currentText()
    type_text(qtbot, dialog.comment, "信用卡部回覆郵件同意")
    click(qtbot, dialog.approve_button)
    qtbot.waitUntil(lambda: dialog._state is not None and dialog._state.can_publish)
    with db.session() as s:
        behalf = s.scalars(select(FaqApproval).where(FaqApproval.side == "department")).one()
        assert behalf.evidence_message_id == reply_mail and behalf.comment.startswith("[on behalf")
    click(qtbot, dialog.publish_button)
    qtbot.waitUntil(lambda: status(db, draft) == "published")
    with db.session() as s:
        assert search_faq(s, "年費積分抵扣")[0].id == draft
        assert current_bulletins(s) == []  # proposed, not yet posted
    dialog.accept()

    window.go_to("bulletins")
    board = window.pages["bulletins"]
    board.refresh()
    qtbot.waitUntil(lambda: board.model.rowCount() == 1)
    assert board.model.data(board.model.index(0, 0)).startswith("[Proposed] 新增常見問題：")
    board.table.selectRow(0)
    click(qtbot, board.post_button)

    def posted() -> list[int]:
        with db.session() as s:
            return [b.faq_entry_id for b in current_bulletins(s)]

    qtbot.waitUntil(lambda: posted() == [draft])  # written through the gateway


def test_entries_about_to_expire_are_announced_to_the_manager(window, db, draft, qtbot):
    from datetime import timedelta

    from liaison_app.core.timeutil import utcnow

    with db.session() as s, s.begin():
        entry = s.get(FaqEntry, draft)
        entry.status, entry.valid_until = "published", utcnow() + timedelta(days=3)
    window.refresh_counts()
    qtbot.waitUntil(lambda: "FAQ entries expiring within a week: 1" in window.counts_label.text())


def open_review(qtbot, window, row: int = 0):
    window.go_to("faq")
    page = window.pages["faq"]
    qtbot.waitUntil(lambda: page.model.rowCount() >= 1)
    page.table.selectRow(row)
    click(qtbot, page.review_button)
    dialog = page.review_dialog
    qtbot.waitUntil(lambda: dialog._state is not None)
    return dialog


def test_enter_after_submit_retires_nothing_and_retire_asks_then_restores(window, db, draft, qtbot):
    """Issue 14 item 3: *Submit for review*, then Enter, retired the entry."""
    dialog = open_review(qtbot, window)
    click(qtbot, dialog.submit_button)
    qtbot.waitUntil(lambda: "Submitted" in dialog.message.text())
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    qtbot.keyClick(dialog.focusWidget() or dialog, Qt.Key.Key_Return)
    qtbot.wait(200)  # any step Enter would take runs through the gateway meanwhile
    window.gateway.wait()
    assert status(db, draft) == "in_review"

    dialog.show()
    asked = []
    dialog.confirm = lambda title, text, then: asked.append((text, then))
    click(qtbot, dialog.retire_button)
    assert asked and "no longer find it" in asked[0][0]
    assert status(db, draft) == "in_review"  # nothing until confirmed
    asked[0][1]()
    qtbot.waitUntil(lambda: status(db, draft) == "retired")
    qtbot.waitUntil(lambda: "Restore undoes this" in dialog.message.text())
    qtbot.waitUntil(dialog.restore_button.isVisible)
    click(qtbot, dialog.restore_button)
    qtbot.waitUntil(lambda: status(db, draft) == "in_review")


def test_the_confirmation_is_not_confirmed_by_enter(window, db, draft, qtbot):
    dialog = open_review(qtbot, window)
    click(qtbot, dialog.retire_button)
    box = dialog.confirm_box
    qtbot.waitUntil(box.isVisible)
    qtbot.keyClick(box, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not box.isVisible())
    window.gateway.wait()
    assert status(db, draft) == "draft"


def test_review_history_reads_in_simplified_chinese(window, db, draft, qtbot):
    """Issue 14 item 11: the FAQ audit trail read "center, revision 1" in 简体中文."""
    from liaison_app.ui.i18n import install_translators

    install_translators("zh_CN")
    try:
        window.go_to("faq")
        page = window.pages["faq"]
        qtbot.waitUntil(lambda: page.model.rowCount() == 1)
        page.table.selectRow(0)
        click(qtbot, page.review_button)
        dialog = page.review_dialog
        qtbot.waitUntil(lambda: dialog._state is not None)
        click(qtbot, dialog.submit_button)
        qtbot.waitUntil(lambda: status(db, draft) == "in_review")
        click(qtbot, dialog.approve_button)
        qtbot.waitUntil(lambda: "客服中心" in dialog.approvals.toPlainText())
        text = dialog.approvals.toPlainText()
        assert "第 1 版" in text and "客服中心，第 1 版" in text
        assert "revision" not in text and "center" not in text
        dialog.accept()
    finally:
        install_translators("en")
