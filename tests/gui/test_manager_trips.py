"""Issue 14, item 12: the smaller things a manager trips on, walked through the window
the way they were found (1280×800, a real database, the real dialogs)."""

from __future__ import annotations

import logging
import re
from html import escape

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QDialogButtonBox, QFileDialog, QLabel
from sqlalchemy import select

from liaison_app import __version__
from liaison_app.core.config import load_settings
from liaison_app.core.correspondence.queries import CallLog, log_call
from liaison_app.core.models import Category, Department, FaqEntry, Question
from liaison_app.core.questions.triage import route
from liaison_app.ui.dialogs.call import LogCallDialog
from liaison_app.ui.dialogs.mail_settings import MailSettingsDialog
from liaison_app.ui.dialogs.question_picker import QuestionPicker
from liaison_app.ui.i18n import install_translators
from liaison_app.ui.models.inbox import COL_TEXT
from liaison_app.ui.widgets.triage_panel import RejectDialog
from tests import factories as make
from tests.gui.test_triage import select_in_inbox
from tests.gui.typing import type_text
from tests.integration.conftest import imap_peer, imap_server  # noqa: F401

SENDER = "hardq@bank.example"


@pytest.fixture
def center(db):
    with db.session() as s, s.begin():
        card = make.department(s, "銀行卡部", "借記卡的掛失、補卡", sla_hours=8,
                               keywords=["掛失", "補卡"])
        make.contact(s, card, "王麗", email="wang.li@cards.bank.example")
        make.agents(s)
    return db


@pytest.fixture
def window(open_window, center, tmp_path):
    (tmp_path / "settings.toml").write_text(
        f'[smtp]\nfrom_address = "{SENDER}"\nfrom_name = "客服中心"\n', encoding="utf-8")
    return open_window(center)


def test_question_column_is_readable_at_1280_by_800(window, center, qtbot):
    """The Question column was squeezed to 40 px at 1280×800 once a question was selected."""
    qid = make.forward(center, "A1001", "客戶借記卡丟失要掛失，請問補卡需要多久").question_id
    window.resize(1280, 800)
    select_in_inbox(qtbot, window, qid)
    qtbot.wait(50)
    table = window.inbox.table
    assert table.columnWidth(COL_TEXT) >= 220, table.columnWidth(COL_TEXT)  # was 40
    assert window.inbox.triage.width() >= window.inbox.triage.minimumSizeHint().width()
    assert window.inbox.triage.isVisible()



REPLY = """王經理您好：

借記卡掛失後補卡需要7個工作日。
● 客戶需攜帶身份證到開戶網點辦理
● 補卡手續費10元

謝謝！
銀行卡部 王麗
電話 021-5888 1234
"""


def answered_by_phone(db, agent: str, text: str, answer: str) -> int:
    qid = make.forward(db, agent, text).question_id
    with db.session() as s, s.begin():
        card = s.scalars(select(Department).where(Department.name == "銀行卡部")).one()
        route(s, qid, card.id, "test")
        log_call(s, CallLog(question_id=qid, department=card, outcome="answered",
                            summary="電話答覆", answer=answer), "test")
    return qid


def test_create_faq_entry_is_offered_when_the_answer_is_sent(window, center, qtbot):
    """Sending the answer closed the question and took it out of *Open*: *Create FAQ
    entry…* needed *Show › All*. The draft also kept 「您好：」, the signature, and the
    ● lines inside the answer."""
    qid = answered_by_phone(center, "A1001", "客戶借記卡丟失，補卡需要多久？", REPLY)
    select_in_inbox(qtbot, window, qid)
    panel = window.inbox.triage
    qtbot.waitUntil(panel.send_button.isVisible)
    qtbot.mouseClick(panel.send_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.inbox.model.row_of_id(qid) is None)  # gone from Open
    offer = panel.offer_entry_button
    qtbot.waitUntil(offer.isVisible)
    assert f"LQ-{qid:06d}" in offer.text()
    qtbot.mouseClick(offer, Qt.MouseButton.LeftButton)
    editor = panel.entry_dialog
    qtbot.waitUntil(lambda: editor.buttons.isEnabled())
    assert editor.answer.toPlainText() == "借記卡掛失後補卡需要7個工作日。"
    assert editor.key_points.toPlainText().splitlines() == ["客戶需攜帶身份證到開戶網點辦理", "補卡手續費10元"]
    qtbot.mouseClick(editor.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Draft FAQ entry" in panel.message.text())
    assert not offer.isVisible()
    with center.session() as s:
        entry = s.scalars(select(FaqEntry)).one()
        assert entry.answer == "借記卡掛失後補卡需要7個工作日。" and len(entry.key_points) == 2


def test_answer_from_faq_shows_the_answer_before_anything_is_recorded(window, center, qtbot):
    """*Answer from FAQ* committed at the click, with no look at the agent's answer."""
    with center.session() as s, s.begin():
        make.faq_entry(s, "借記卡丟失如何掛失", "致電95599或到網點辦理掛失。",
                       key_points=["掛失後舊卡立即失效"], keywords=["掛失"])
    qid = make.forward(center, "A1001", "借記卡丟了怎麼掛失").question_id
    select_in_inbox(qtbot, window, qid)
    panel = window.inbox.triage
    qtbot.mouseClick(panel.answer_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: getattr(panel, "answer_dialog", None) is not None
                    and panel.answer_dialog.loaded)
    preview = panel.answer_dialog
    assert preview.answer.toPlainText() == "致電95599或到網點辦理掛失。\n• 掛失後舊卡立即失效"
    assert f"LQ-{qid:06d}" in preview.note.text()
    cancel = preview.buttons.button(QDialogButtonBox.StandardButton.Cancel)
    assert cancel.isDefault() and not preview.use_button.isDefault()
    qtbot.keyClick(preview, Qt.Key.Key_Return)  # Enter cancels: nothing recorded
    qtbot.waitUntil(lambda: not preview.isVisible())
    assert question_status(center, qid) == "new"

    qtbot.mouseClick(panel.answer_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: panel.answer_dialog is not preview and panel.answer_dialog.loaded)
    qtbot.mouseClick(panel.answer_dialog.use_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: question_status(center, qid) == "answered_from_faq")
    qtbot.waitUntil(lambda: "Answered from FAQ entry" in panel.message.text())


def question_status(db, qid: int) -> str:
    with db.session() as s:
        return s.get(Question, qid).status


def test_a_question_recorded_behind_the_filter_says_so_and_can_be_shown(window, center, qtbot):
    """The new LQ number was not shown when the Inbox filter hid the new question."""
    inbox = window.inbox
    type_text(qtbot, inbox.text_filter, "信用卡")
    qtbot.waitUntil(lambda: inbox.current_filter().text == "信用卡" and inbox.model.filter.text == "信用卡")
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: getattr(window, "forward_dialog", None) is not None
                    and window.forward_dialog.isVisible())
    dialog = window.forward_dialog
    qtbot.keyClicks(dialog.agent.lineEdit(), "A1001")
    type_text(qtbot, dialog.text, "客戶的借記卡丟了怎麼掛失")
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    notice = inbox.hidden_notice
    qtbot.waitUntil(notice.isVisible)
    with center.session() as s:
        qid = s.scalars(select(Question.id)).one()
    assert f"LQ-{qid:06d}" in notice.text() and inbox.model.row_of_id(qid) is None
    notice.linkActivated.emit("show")  # the "Show it" link
    qtbot.waitUntil(lambda: inbox.detail.question_id == qid)
    assert inbox.text_filter.text() == "" and not notice.isVisible()
    assert inbox.table.selectionModel().selectedRows()[0].row() == inbox.model.row_of_id(qid)


def test_uncategorised_entries_have_a_node_in_the_category_tree(window, center, qtbot, qtmodeltester):
    """Imported entries with no category could be found nowhere in the tree."""
    with center.session() as s, s.begin():
        card = Category(name="銀行卡", position=0)
        s.add(card)
        s.flush()
        make.faq_entry(s, "借記卡如何掛失", "致電95599。", category_id=card.id)
        loose = [make.faq_entry(s, "信用卡年費可以減免嗎", "首年免年費。").id,
                 make.faq_entry(s, "網銀U盾證書過期怎麼辦", "到網點更新。").id]
        card_id = card.id
    page = window.show_upkeep("categories").categories
    page.refresh()
    model = page.tree_model
    qtbot.waitUntil(lambda: model.rowCount() == 2)
    qtmodeltester.check(model)
    node = model.index(1, 0)
    assert node.data() == "Uncategorised  (2)"
    page.tree.setCurrentIndex(node)
    qtbot.waitUntil(lambda: page.entries_model.rowCount() == 2)
    assert sorted(row[0] for row in page.entries_model.rows) == sorted(loose)
    assert "Uncategorised: 2 entries" in page.heading.text()
    assert not page.rename_button.isEnabled()

    # Dragged onto 銀行卡, one entry leaves the node; the counts follow.
    page.entries.selectRow(0)
    moved = page.selected_entries()
    data = page.entries_model.mimeData(page.entries.selectionModel().selectedIndexes())
    model.dropMimeData(data, Qt.DropAction.MoveAction, -1, -1, model.index_of(card_id))
    qtbot.waitUntil(lambda: model.rowCount() == 2 and model.index(1, 0).data() == "Uncategorised  (1)")
    with center.session() as s:
        assert s.get(FaqEntry, moved[0]).category_id == card_id
    page.tree.setCurrentIndex(model.index(1, 0))
    qtbot.waitUntil(lambda: page.entries_model.rowCount() == 1)
    assert "Uncategorised: 1 entry" in page.heading.text()  # not "1 entries"
    # A category cannot be dropped onto the node.
    drag = model.mimeData([model.index_of(card_id)])
    assert not model.canDropMimeData(drag, Qt.DropAction.MoveAction, -1, -1, model.index(1, 0))


def test_a_wrong_imap_password_reads_plainly_and_logs_one_warning(qtbot, imap_peer, memory_keyring,  # noqa: F811
                                                                   caplog):
    """A wrong IMAP password showed `b'[AUTHENTICATIONFAILED]…'`, and was logged as an
    ERROR traceback."""
    install_translators("en")
    dialog = MailSettingsDialog(load_settings())
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.imap.host.setText("127.0.0.1")
    dialog.imap.port.setValue(imap_peer.port)
    dialog.imap.security.setCurrentIndex(dialog.imap.security.findData("none"))
    dialog.imap.username.setText(imap_peer.user)
    dialog.imap.password.setText("not-the-password")
    caplog.set_level(logging.INFO)
    qtbot.mouseClick(dialog.imap.test_button, Qt.MouseButton.LeftButton)
    result = dialog.imap.test_result
    qtbot.waitUntil(lambda: result.text().startswith("Failed"), timeout=10000)
    assert "refused the user name or password" in result.text()
    assert f"127.0.0.1:{imap_peer.port}" in result.text()
    assert "b'" not in result.text() and 'b"' not in result.text()
    records = [r for r in caplog.records if r.levelno >= logging.WARNING]
    assert [r.levelname for r in records] == ["WARNING"]
    assert records[0].exc_info is None and "\n" not in records[0].getMessage()

    # In Chinese too.
    install_translators("zh_TW")
    try:
        qtbot.mouseClick(dialog.imap.test_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: dialog.imap.test_button.isEnabled() and "密碼" in result.text(),
                        timeout=10000)
    finally:
        install_translators("en")


def test_about_names_the_product_version_database_and_licence(window, center, qtbot):
    """The About box was bare: no database, no licence, no way to the guide."""
    about = next(a for a in window.help_menu.actions() if a.text() == "&About Liaison")
    about.trigger()
    dialog = window.about_dialog
    qtbot.waitUntil(dialog.isVisible)
    text = dialog.text.text()
    assert "Liaison" in text and __version__ in text
    kind = "SQLite" if center.backend == "sqlite" else "PostgreSQL"
    assert escape(center.display_url) in text and kind in text
    assert "Licence" in text and "Proprietary" in text
    assert "user-guide.md" in text and dialog.windowTitle() == "About Liaison"


def test_an_empty_inbox_says_how_to_begin(open_window, db, qtbot):
    """*Start empty* gave a blank Inbox with no guidance."""
    window = open_window(db)
    guide = window.inbox.empty_guide
    qtbot.waitUntil(guide.isVisible)
    for link in ("actionImportQuestions", "actionForward", "actionImportFaq", "actionMailSettings"):
        assert f'href="{link}"' in guide.text()
        assert window.findChild(QAction, link) is not None  # each link leads somewhere
    guide.linkActivated.emit("actionForward")
    qtbot.waitUntil(lambda: getattr(window, "forward_dialog", None) is not None
                    and window.forward_dialog.isVisible())
    dialog = window.forward_dialog
    qtbot.keyClicks(dialog.agent.lineEdit(), "A1001")
    type_text(qtbot, dialog.text, "客戶問信用卡年費")
    qtbot.mouseClick(dialog.create_agent, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not guide.isVisible() and window.inbox.model.rowCount() == 1)


@pytest.mark.parametrize(("language", "pattern"), [
    ("en", r"^\d{1,2}/\d{1,2}/2\d{3} \d{1,2}:\d{2}\s?[AP]M$"),
    ("zh_TW", r"^2\d{3}/\d{1,2}/\d{1,2} (上午|下午)\d{1,2}:\d{2}$"),
    ("zh_CN", r"^2\d{3}/\d{1,2}/\d{1,2} \d{2}:\d{2}$"),
])
def test_times_are_in_the_locale_format_not_the_c_locale(qtbot, center, gateway_of, language, pattern):
    """*Log a call* showed its time as `3 12 2026 06:37` (Qt's C locale)."""
    qid = make.forward(center, "A1001", "客戶問年費").question_id
    install_translators(language)
    try:
        dialog = LogCallDialog(gateway_of(center), load_settings(), qid)
        qtbot.addWidget(dialog)
        assert re.match(pattern, dialog.when.text()), dialog.when.text()
        assert re.match(pattern, dialog.call_back.text()), dialog.call_back.text()
    finally:
        install_translators("en")


def test_the_question_picker_searches_by_words_in_either_script(qtbot, center, gateway_of):
    """*Attach to question…* asked for a bare number: the picker finds it by words too."""
    lost = make.forward(center, "A1001", "客戶借記卡丟失要掛失").question_id
    make.forward(center, "A1002", "信用卡年費可以減免嗎")
    picked: list[int] = []
    picker = QuestionPicker(gateway_of(center), picked.append, "Attach to question")
    qtbot.addWidget(picker)
    picker.show()
    qtbot.waitUntil(lambda: picker.loaded and picker.model.rowCount() == 2)  # open questions
    type_text(qtbot, picker.search, "挂失")  # Simplified; the question is Traditional
    qtbot.waitUntil(lambda: picker.loaded and picker.model.rowCount() == 1)
    assert picker.model.item(0).text().startswith(f"LQ-{lost:06d}")
    qtbot.keyClick(picker.view, Qt.Key.Key_Return)
    assert picked == [lost] and not picker.isVisible()


def test_english_counts_read_in_the_singular_and_the_plural(qtbot):
    """"Pinned 1 entries": English had no plural forms."""
    install_translators("zh_TW")
    install_translators("en")  # loaded again, with the English plural forms
    one, two = RejectDialog(1), RejectDialog(2)
    qtbot.addWidget(one)
    qtbot.addWidget(two)
    assert (one.windowTitle(), two.windowTitle()) == ("Reject 1 question", "Reject 2 questions")


@pytest.mark.parametrize(("language", "look_in", "file_type"), [
    ("zh_TW", "尋找於(&L)：", "檔案型態(&T)："), ("zh_CN", "查找范围(&L)：", "文件类型(&T)：")])
def test_qt_own_file_dialog_reads_in_chinese(qtbot, language, look_in, file_type):
    """"Look in", "Files of type" stayed English in Qt's own dialogs."""
    install_translators(language)
    try:
        dialog = QFileDialog(None, "x")
        dialog.setOption(QFileDialog.Option.DontUseNativeDialog)
        qtbot.addWidget(dialog)
        labels = {w.objectName(): w.text() for w in dialog.findChildren(QLabel)}
        assert labels["lookInLabel"] == look_in and labels["fileTypeLabel"] == file_type
    finally:
        install_translators("en")


def test_routing_reasons_name_whole_words_not_fragments(window, center, qtbot):
    """Routing reasons showed machine fragments: 「机银」 for 手機銀行."""
    with center.session() as s, s.begin():
        make.department(s, "電子銀行部", "負責手機銀行和U盾的開通與故障", sla_hours=4)
    qid = make.forward(center, "A1001", "客户手机银行登录不了").question_id  # Simplified
    select_in_inbox(qtbot, window, qid)
    panel = window.inbox.triage
    panel.dept_combo.setCurrentIndex(panel.dept_combo.findText("★ 電子銀行部"))
    reasons = panel.reasons_label.text()
    assert reasons == "Suggested: duties mention: 手機銀行"  # was 「手机, 机银, 银行」


@pytest.mark.parametrize(("language", "expected"), [
    ("zh_TW", "第 3 列，座席代表：未知的座席代表「A7777」"),
    ("zh_CN", "第 3 列，座席代表：未知的座席代表“A7777”"),
])
def test_import_problems_read_in_chinese(window, center, qtbot, tmp_path, gateway_of, language, expected):
    """Import errors were English in the Chinese window."""
    from liaison_app.ui.actions.question_import import QuestionImportRunner

    path = tmp_path / "forwarded.csv"
    path.write_bytes("agent,text\nA1001,網銀轉賬限額怎麼提高\nA7777,未知座席\n".encode("gbk"))
    install_translators(language)
    try:
        runner = QuestionImportRunner(gateway_of(center), "王經理", window)
        runner.choose_file = lambda callback: callback(str(path))
        runner.start()
        qtbot.waitUntil(lambda: runner.last_box is not None and runner.last_box.isVisible())
        assert expected in runner.last_box.detailedText()
        assert "unknown agent" not in runner.last_box.detailedText()
        runner.last_box.close()
    finally:
        install_translators("en")


def test_every_faq_and_directory_refusal_has_its_own_words(qapp):
    """The older FAQ, bulletin, directory and mail refusals had no codes, so the Chinese
    window showed them in English. Every code core raises there now has a text of its own."""
    from pathlib import Path

    from liaison_app.core.correspondence.business_hours import CalendarError
    from liaison_app.core.errors import DomainError
    from liaison_app.ui.errors import domain_error_text

    core = Path(__file__).resolve().parents[2] / "liaison_app" / "core"
    codes, calendar_codes = set(), set()
    for folder in ("faq", "directory", "correspondence", "questions", "team", "agent_desk"):
        for source in (core / folder).glob("*.py"):
            found = set(re.findall(r'code="([a-z_]+)"', source.read_text(encoding="utf-8")))
            (calendar_codes if source.name == "business_hours.py" else codes).update(found)
    assert len(codes) > 40 and calendar_codes
    untranslated = {c for c in codes if domain_error_text(DomainError("ENGLISH", code=c)) == "ENGLISH"}
    untranslated |= {c for c in calendar_codes
                     if domain_error_text(CalendarError("ENGLISH", code=c)) == "ENGLISH"}
    assert untranslated == set()


def test_a_category_refusal_reads_in_chinese(window, center, qtbot):
    with center.session() as s, s.begin():
        s.add(Category(name="銀行卡", position=0))
    install_translators("zh_TW")
    try:
        page = window.show_upkeep("categories").categories
        page.refresh()
        qtbot.waitUntil(lambda: page.tree_model.rowCount() == 2)
        page.ask_text = lambda title, label, callback, text="": callback("銀行卡")
        page.tree.clearSelection()
        page.tree.setCurrentIndex(page.tree_model.index(1, 0))  # Uncategorised: a top-level one
        qtbot.mouseClick(page.new_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "這裡已有分類「銀行卡」。" in page.message.text())
    finally:
        install_translators("en")


def test_the_mail_dialogs_have_titles_in_chinese(window, center, qtbot):
    """"The mail dialog has no title": every mail dialog says what it is, in the window's
    language (a guard: the compose, call and mail settings dialogs all have titles now)."""
    qid = make.forward(center, "A1001", "客戶借記卡丟失要掛失").question_id
    install_translators("zh_TW")
    try:
        select_in_inbox(qtbot, window, qid)
        qtbot.mouseClick(window.inbox.triage.route_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: window.mail_actions.dialog is not None
                        and window.mail_actions.dialog.isVisible())
        compose = window.mail_actions.dialog
        assert compose.windowTitle() == f"詢問部門 — LQ-{qid:06d}"
        compose.close()
        window.show_mail_settings()
        assert window.mail_settings_dialog.windowTitle() == "郵件設定"
        window.mail_settings_dialog.close()
        call = LogCallDialog(window.gateway, load_settings(), qid)
        qtbot.addWidget(call)
        assert call.windowTitle() == f"記錄通話 — LQ-{qid:06d}"
    finally:
        install_translators("en")


def test_the_forward_dialog_refuses_in_chinese(window, center, qtbot):
    """Intake refusals ("agent is missing") were English in the Chinese forward dialog."""
    install_translators("zh_TW")
    try:
        qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
        qtbot.waitUntil(lambda: getattr(window, "forward_dialog", None) is not None
                        and window.forward_dialog.isVisible())
        dialog = window.forward_dialog
        type_text(qtbot, dialog.text, "客戶問信用卡年費")
        qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Ok),
                         Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda: "未填座席代表" in dialog.error.text())
        assert "agent" not in dialog.error.text()
    finally:
        install_translators("en")
