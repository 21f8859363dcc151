"""Intake and triage through the window, as the manager works: forward a phoned-in
question, answer one from the FAQ with the keyboard, route one with the mouse, merge a
repeat, reject a multi-selection, import a file with a bad row, and see a question
forwarded by another program arrive by itself."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox, QPushButton
from sqlalchemy import select

from liaison_app.cli import main as cli_main
from liaison_app.core.models import FaqEntry, Question, QuestionStatus
from liaison_app.ui.models.inbox import COL_REF
from tests import factories as make
from tests.gui.typing import type_text

S = QuestionStatus


@pytest.fixture
def center(db):
    with db.session() as s, s.begin():
        card = make.department(s, "銀行卡部", "借記卡、信用卡的掛失、補卡和年費", sla_hours=8,
                               keywords=["掛失", "補卡", "年費"])
        make.department(s, "電子銀行部", "網上銀行、手機銀行和U盾", sla_hours=4,
                        keywords=["網銀", "手機銀行", "U盾"])
        make.agents(s)
        make.faq_entry(s, "借記卡丟失後如何辦理掛失和補卡？", "撥打95599口頭掛失，再到網點補卡。",
                       keywords=["掛失", "補卡"], department_id=card.id)
    return db


@pytest.fixture
def window(open_window, center):
    return open_window(center)


def forward(db, agent, text, **kw) -> int:
    return make.forward(db, agent, text, **kw).question_id


def question(db, qid) -> Question:
    with db.session() as s:
        q = s.get(Question, qid)
        q.department  # noqa: B018 - loaded while the session is open
        return q


def select_in_inbox(qtbot, window, qid: int) -> None:
    inbox = window.inbox
    inbox.refresh()
    qtbot.waitUntil(lambda: inbox.model.row_of_id(qid) is not None)
    inbox.table.setFocus()
    inbox.select_question(qid)
    try:
        qtbot.waitUntil(lambda: inbox.triage._info is not None and inbox.triage._info.question_id == qid)
    except Exception:  # noqa: BLE001 - any failure: say what the panel showed
        raise AssertionError((inbox.triage.title.text(), inbox.triage.question_ids, qid, inbox.model.row_of_id(qid), [r.row() for r in inbox.table.selectionModel().selectedRows()], inbox.model.rowCount(), inbox.current_filter()))


def test_forward_dialog_records_a_phoned_in_question(window, center, qtbot):
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: getattr(window, "forward_dialog", None) is not None and window.forward_dialog.isVisible())
    dialog = window.forward_dialog
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)

    qtbot.keyClicks(dialog.agent.lineEdit(), "B9999")
    type_text(qtbot, dialog.text, "客戶的借記卡丟了怎麼掛失")
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Unknown agent B9999" in dialog.error.text())
    assert dialog.isVisible()  # nothing typed is lost

    qtbot.mouseClick(dialog.create_agent, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(dialog.urgent, Qt.MouseButton.LeftButton)
    closed = []
    dialog.finished.connect(closed.append)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(closed))
    with center.session() as s:
        q = s.scalars(select(Question)).one()
        assert (q.text, q.urgent, q.source) == ("客戶的借記卡丟了怎麼掛失", True, "dialog")
        assert q.forwards[0].agent.code == "B9999"
    qtbot.waitUntil(lambda: window.inbox.detail.question_id == q.id)
    assert "Recorded LQ-" in window.statusBar().currentMessage()


def test_answer_from_faq_with_the_keyboard(window, center, qtbot):
    qid = forward(center, "A1001", "借記卡丟了怎麼補")
    select_in_inbox(qtbot, window, qid)
    panel = window.inbox.triage
    assert panel.faq_model.rowCount() == 1
    assert "掛失" in panel.faq_model.item(0).text()
    qtbot.keyClick(window.inbox.table, Qt.Key.Key_A,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    # The answer is shown first; nothing is recorded until it is confirmed.
    qtbot.waitUntil(lambda: getattr(panel, "answer_dialog", None) is not None
                    and panel.answer_dialog.loaded)
    preview = panel.answer_dialog
    assert "95599" in preview.answer.toPlainText()
    assert question(center, qid).status == S.NEW
    qtbot.mouseClick(preview.use_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: question(center, qid).status == S.ANSWERED_FROM_FAQ)
    assert "95599" in question(center, qid).answer
    with center.session() as s:
        assert s.scalar(select(FaqEntry.hit_count)) == 1
    qtbot.waitUntil(lambda: "Answered from FAQ entry" in panel.message.text())


def test_route_with_the_mouse_uses_the_suggested_department(window, center, qtbot):
    qid = forward(center, "A1002", "網銀登錄U盾提示證書過期")
    select_in_inbox(qtbot, window, qid)
    panel = window.inbox.triage
    assert panel.dept_combo.currentText() == "★ 電子銀行部"
    assert "U盾" in panel.reasons_label.text() and "4 working hours" in panel.due_label.text()
    qtbot.mouseClick(panel.route_button, Qt.MouseButton.LeftButton)
    # Routing opens the query mail to that department (the department has no mail contact
    # here, which the dialog says); nothing is routed until a mail is queued.
    qtbot.waitUntil(lambda: window.mail_actions.dialog is not None)
    dialog = window.mail_actions.dialog
    qtbot.waitUntil(lambda: "no contact" in dialog.error_label.text())
    assert dialog.department.currentText() == "電子銀行部"
    assert not dialog.send_button.isEnabled()
    assert question(center, qid).status == S.NEW


def test_merge_a_probable_duplicate(window, center, qtbot):
    first = forward(center, "A1001", "信用卡境外被盜刷，掛失後能否退款")
    again = forward(center, "A1002", "客户信用卡在境外被盗刷了，挂失后能不能退款")
    select_in_inbox(qtbot, window, again)
    panel = window.inbox.triage
    assert panel.dup_box.isVisible() and panel.dup_box.title() == "Probable duplicate"
    assert panel.dup_model.item(0).text().startswith(f"LQ-{first:06d}")
    qtbot.mouseClick(panel.merge_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: question(center, again).status == S.DUPLICATE)
    with center.session() as s:
        assert {f.agent.code for f in s.get(Question, first).forwards} == {"A1001", "A1002"}


def test_reject_a_multi_selection(window, center, qtbot):
    ids = [forward(center, "A1001", f"測試問題第{i}號，請忽略") for i in range(2)]
    inbox = window.inbox
    inbox.refresh()
    qtbot.waitUntil(lambda: all(inbox.model.row_of_id(i) is not None for i in ids))
    rows = [inbox.model.row_of_id(i) for i in ids]
    inbox.table.setFocus()
    first_rect = inbox.table.visualRect(inbox.model.index(rows[0], COL_REF))
    second_rect = inbox.table.visualRect(inbox.model.index(rows[1], COL_REF))
    qtbot.mouseClick(inbox.table.viewport(), Qt.MouseButton.LeftButton, pos=first_rect.center())
    qtbot.mouseClick(inbox.table.viewport(), Qt.MouseButton.LeftButton,
                     Qt.KeyboardModifier.ControlModifier, second_rect.center())
    qtbot.waitUntil(lambda: sorted(inbox.triage.question_ids) == sorted(ids))
    qtbot.waitUntil(lambda: inbox.triage._info is not None)
    assert inbox.triage.title.text().startswith("2 question")
    inbox.triage.ask_reason = lambda callback: callback("測試資料，不是客戶問題")
    qtbot.keyClick(inbox.table, Qt.Key.Key_X,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: all(question(center, i).status == S.REJECTED for i in ids))
    assert question(center, ids[0]).reject_reason == "測試資料，不是客戶問題"


def test_import_with_a_bad_row_then_the_good_rows(window, center, qtbot, tmp_path, gateway_of):
    path = tmp_path / "forwarded.csv"
    path.write_bytes("agent,text\nA1001,網銀轉賬限額怎麼提高\nA7777,未知座席\n".encode("gbk"))
    def choose(callback):
        callback(str(path))

    from liaison_app.ui.actions.question_import import QuestionImportRunner

    runner_obj = QuestionImportRunner(gateway_of(center), "王經理", window)
    runner_obj.choose_file = choose
    runner_obj.imported.connect(lambda _r: window._arrivals_changed())
    window.import_runner = runner_obj
    window.import_questions()
    qtbot.waitUntil(lambda: runner_obj.last_box is not None and runner_obj.last_box.isVisible())
    box = runner_obj.last_box
    assert "Nothing was imported: 1 of 2 rows" in box.text()
    assert "Line 3, agent: unknown agent “A7777”" in box.detailedText()
    good = box.findChild(QPushButton, "importGoodRows")
    qtbot.mouseClick(good, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: runner_obj.last_box is not box and runner_obj.last_box.isVisible())
    assert "Imported 1 question." in runner_obj.last_box.text()
    with center.session() as s:
        assert s.scalar(select(Question.text)) == "網銀轉賬限額怎麼提高"
    qtbot.waitUntil(lambda: window.inbox.model.rowCount() == 1)


def test_question_forwarded_elsewhere_appears_by_itself(window, center, qtbot, capsys):
    qtbot.waitUntil(lambda: getattr(window, "_latest_question", None) is not None)
    before = window.inbox.model.rowCount()
    assert cli_main(["forward", "--db", center.url, "--agent", "A1002", "--text", "U盾丟了怎麼辦"]) == 0
    window.check_arrivals()  # what the timer does every few seconds
    qtbot.waitUntil(lambda: window.inbox.model.rowCount() == before + 1)
    assert "New questions arrived" in window.statusBar().currentMessage()


def test_a_large_import_shows_progress_and_leaves_the_window_free_to_write(
        window, center, qtbot, tmp_path, gateway_of):
    """Issue 20 item 19: while 25,000 rows go in, the dialog says how far the check is,
    and a forward made in the window meanwhile is written at once, not after the file."""
    from liaison_app.core.questions.intake import ForwardRequest, forward_question
    from liaison_app.ui.actions.question_import import QuestionImportRunner

    path = tmp_path / "forwarded.csv"
    lines = ["agent,text"] + [f"A100{1 + i % 2},客戶第{i}次來電問信用卡年費和掛失補卡" for i in range(25_000)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    gateway = gateway_of(center)
    runner = QuestionImportRunner(gateway, "王經理", window)
    runner.run(str(path))
    dialog = runner.progress_dialog
    qtbot.waitUntil(lambda: "Checked 10,000 rows" in dialog.labelText(), timeout=120_000)

    written = []
    gateway.write(lambda s: forward_question(
        s, ForwardRequest(agent="A1002", text="U盾丟了怎麼辦"), "王經理").question_id, written.append)
    qtbot.waitUntil(lambda: bool(written), timeout=30_000)
    assert runner.last_box is None  # the import is still going on
    qtbot.waitUntil(lambda: runner.last_box is not None and runner.last_box.isVisible(), timeout=300_000)
    assert "Imported 25000 questions" in runner.last_box.text()
    with center.session() as s:
        assert len(s.scalars(select(Question.id)).all()) == 25_001
