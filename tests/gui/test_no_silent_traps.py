"""Issue 14, walked through the window the way the traps were found: every action says
what it did, nothing goes to the wrong department, nothing is undone by one key."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from liaison_app.core.models import Department, Message, Query, QuestionStatus
from liaison_app.core.questions.triage import route
from tests import factories as make
from tests.gui.test_triage import question, select_in_inbox
from tests.gui.typing import type_text

S = QuestionStatus
SENDER = "hardq@bank.example"


@pytest.fixture
def center(db):
    with db.session() as s, s.begin():
        # 信用卡部 sorts first by name: a dialog that starts from the first department
        # would address it.
        credit = make.department(s, "信用卡部", "信用卡年費、額度", sla_hours=8, keywords=["年費"])
        make.contact(s, credit, "周敏", email="zhou.min@credit.bank.example")
        card = make.department(s, "銀行卡部", "借記卡的掛失、補卡", sla_hours=8,
                               keywords=["掛失", "補卡"])
        make.contact(s, card, "王麗", email="wang.li@cards.bank.example")
        ebank = make.department(s, "電子銀行部", "網上銀行、手機銀行和U盾", sla_hours=4,
                                keywords=["網銀", "U盾"])
        make.contact(s, ebank, "李強", email="li.qiang@ebank.bank.example")
        make.agents(s)
    return db


@pytest.fixture
def window(open_window, center, tmp_path):
    (tmp_path / "settings.toml").write_text(
        f'[smtp]\nfrom_address = "{SENDER}"\nfrom_name = "客服中心"\n', encoding="utf-8")
    return open_window(center)


def test_route_opens_the_query_mail_and_the_mail_routes_it(window, center, qtbot):
    """Item 1: *Route* used to set a due time and tell no department."""
    qid = make.forward(center, "A1002", "網銀登錄U盾提示證書過期").question_id
    select_in_inbox(qtbot, window, qid)
    panel = window.inbox.triage
    assert panel.dept_combo.currentText() == "★ 電子銀行部"
    qtbot.mouseClick(panel.route_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.mail_actions.dialog is not None
                    and window.mail_actions.dialog.isVisible())
    dialog = window.mail_actions.dialog
    qtbot.waitUntil(lambda: dialog.loaded)
    assert dialog.department.currentText() == "電子銀行部"
    assert dialog.to_edit.text() == "li.qiang@ebank.bank.example"
    assert question(center, qid).status == S.NEW  # nothing happens until the mail is queued
    with qtbot.waitSignal(dialog.queued):
        qtbot.mouseClick(dialog.send_button, Qt.MouseButton.LeftButton)
    q = question(center, qid)
    assert q.status == S.AWAITING_DEPARTMENT and q.department.name == "電子銀行部"
    with center.session() as s:
        assert s.scalars(select(Query.department_id).where(Query.question_id == qid)).one() == q.department_id
        assert s.scalar(select(Message.to_addrs).where(Message.question_id == qid)) \
            == "li.qiang@ebank.bank.example"


def test_ask_a_department_starts_from_the_routed_department(window, center, qtbot):
    """Item 2: routed to 銀行卡部, *Ask a department…* showed 信用卡部 and its contacts."""
    qid = make.forward(center, "A1001", "客戶借記卡丟失要掛失").question_id
    with center.session() as s, s.begin():
        card = s.scalars(select(Department.id).where(Department.name == "銀行卡部")).one()
        route(s, qid, card, "test")
    select_in_inbox(qtbot, window, qid)
    detail = window.inbox.detail
    qtbot.waitUntil(lambda: "ask:" in detail.toHtml() or detail.question_id == qid)
    window.mail_actions.handle(f"ask:{qid}", detail)
    dialog = window.mail_actions.dialog
    qtbot.waitUntil(lambda: dialog.loaded)
    assert dialog.department.currentText() == "銀行卡部"
    assert dialog.to_edit.text() == "wang.li@cards.bank.example"


def test_ask_for_a_new_question_starts_from_the_suggested_department(window, center, qtbot):
    qid = make.forward(center, "A1001", "網銀U盾證書更新失敗").question_id
    select_in_inbox(qtbot, window, qid)
    window.mail_actions.handle(f"ask:{qid}", window.inbox.detail)
    dialog = window.mail_actions.dialog
    qtbot.waitUntil(lambda: dialog.loaded)
    assert dialog.department.currentText() == "電子銀行部"


def test_reject_needs_a_reason_mails_it_to_the_agent_and_reopen_brings_it_back(window, center, qtbot):
    """Item 6: the reason reached no one, an empty reason did nothing, nothing reopened."""
    with center.session() as s, s.begin():
        make.agent(s, "A2001", "黃敏", email="huang.min@callcenter.bank.example")
    qid = make.forward(center, "A2001", "測試問題，請忽略").question_id
    select_in_inbox(qtbot, window, qid)
    panel = window.inbox.triage
    qtbot.mouseClick(panel.reject_button, Qt.MouseButton.LeftButton)
    dialog = panel.reject_dialog
    qtbot.waitUntil(dialog.isVisible)
    assert not dialog.reject_button.isEnabled() and dialog.hint.isVisible()
    qtbot.keyClick(dialog.reason, Qt.Key.Key_Space)
    assert not dialog.reject_button.isEnabled()  # blanks are no reason
    type_text(qtbot, dialog.reason, "測試資料，不是客戶問題")
    qtbot.mouseClick(dialog.reject_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: question(center, qid).status == S.REJECTED)
    with center.session() as s:
        mail = s.scalars(select(Message).where(Message.question_id == qid)).one()
        assert mail.to_addrs == "huang.min@callcenter.bank.example" and mail.state == "queued"
        assert "測試資料，不是客戶問題" in mail.body_text and f"[LQ-{qid:06d}]" in mail.subject
    qtbot.waitUntil(lambda: "A2001" in panel.message.text())

    inbox = window.inbox  # the rejected question is found under All questions
    inbox.status_filter.setCurrentIndex(inbox.status_filter.findData(""))
    select_in_inbox(qtbot, window, qid)
    qtbot.waitUntil(lambda: panel.reopen_button.isVisible())
    qtbot.mouseClick(panel.reopen_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: question(center, qid).status == S.NEW)
    assert question(center, qid).reject_reason is None


def test_reopen_on_the_command_line(center, capsys):
    from liaison_app.cli import main as cli_main

    qid = make.forward(center, "A1001", "信用卡年費可以減免嗎").question_id
    assert cli_main(["reopen", "--db", center.url, str(qid)]) == 1  # new: nothing to reopen
    assert "Cannot reopen" in capsys.readouterr().err
    with center.session() as s, s.begin():
        from liaison_app.core.questions.triage import reject

        reject(s, qid, "重複提問", "test")
    assert cli_main(["reopen", "--db", center.url, f"LQ-{qid:06d}", "--json"]) == 0
    assert '"status": "new"' in capsys.readouterr().out
    assert question(center, qid).status == S.NEW


def test_inbox_text_filter_finds_both_scripts(window, center, qtbot):
    """Item 8: 挂失 found 0 questions where 掛失 found 1."""
    qid = make.forward(center, "A1001", "客戶借記卡丟失要掛失").question_id
    inbox = window.inbox
    inbox.refresh()
    qtbot.waitUntil(lambda: inbox.model.row_of_id(qid) is not None)
    for typed in ("挂失", "掛失", "借记卡"):
        inbox.text_filter.clear()
        type_text(qtbot, inbox.text_filter, typed)
        qtbot.waitUntil(lambda: inbox.model.rowCount() == 1 and inbox.model.row_of_id(qid) == 0)


def test_faq_detail_and_buttons_follow_a_new_search_and_flags_are_fresh(window, center, qtbot):
    """Item 9: the detail pane kept the previous entry after a new search; the Flags tab
    stayed stale until F5; Copy answer was offered for entries agents cannot be given."""
    with center.session() as s, s.begin():
        make.faq_entry(s, "借記卡丟失後如何掛失？", "撥打95599掛失。", keywords=["掛失"])
        make.faq_entry(s, "網銀U盾證書怎麼更新？", "登錄網銀更新。", keywords=["U盾"])
        make.faq_entry(s, "U盾草稿條目", "未審核。", status="draft", keywords=["U盾"])
    window.show_upkeep("flags")  # visited once: loaded empty
    window.go_to("faq")
    page = window.pages["faq"]
    type_text(qtbot, page.filter, "掛失")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    page.table.selectRow(0)
    qtbot.waitUntil(lambda: "95599" in page.detail.toPlainText())
    assert page.copy_button.isEnabled()
    page.filter.clear()
    type_text(qtbot, page.filter, "U盾")
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    assert "95599" not in page.detail.toPlainText() and not page.copy_button.isEnabled()
    for row in range(2):
        page.table.selectRow(row)
        if page.model.row_at(row).status == "draft":
            assert not page.copy_button.isEnabled()

    page.table.selectRow(0)
    page.flag_current()
    dialog = page.flag_dialog
    type_text(qtbot, dialog.comment, "證書更新流程已改")
    with qtbot.waitSignal(dialog.flagged):
        dialog.accept()
    flags = window.show_upkeep("flags").flags
    qtbot.waitUntil(lambda: flags.model.rowCount() == 1)


def test_history_and_refusals_read_in_simplified_chinese(window, center, qtbot):
    """Item 11: in 简体中文 the history read "absorb", "merged LQ-…", "asked … by mail",
    "resolved: department"."""
    from liaison_app.core.questions.triage import merge
    from liaison_app.ui.i18n import install_translators
    from liaison_app.ui.labels.common import event_detail_text

    first = make.forward(center, "A1001", "信用卡境外被盜刷，掛失後能否退款").question_id
    again = make.forward(center, "A1002", "客户信用卡在境外被盗刷了，挂失后能不能退款").question_id
    with center.session() as s, s.begin():
        merge(s, again, first, "manager")
    install_translators("zh_CN")
    try:
        detail = window.inbox.detail
        # Selected in the Inbox, as a manager does (a live update reloads the Inbox, and the
        # detail follows the selection).
        window.inbox.refresh(select=first)
        qtbot.waitUntil(lambda: f"LQ-{again:06d}" in detail.toPlainText())
        text = detail.toPlainText()
        assert "absorb" not in text and "merged" not in text
        assert f"LQ-{again:06d} 已并入本问题" in text
        assert event_detail_text("route", "asked 銀行卡部 by mail") == "已以邮件咨询銀行卡部"
        assert event_detail_text("close", "resolved: department") == "解决方式：业务部门"
    finally:
        install_translators("en")
