"""Similar questions through the window: the triage panel captures the customer's wording
(or not, when the manager says so), the review list keeps, edits and drops captures, and
an entry's own list takes typed phrasings; the next paraphrase finds the entry."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from liaison_app.core.models import FaqEntry, FaqSimilar, Question
from liaison_app.core.search.faq_search import search_faq
from liaison_app.ui.dialogs.similar import SimilarQuestionsDialog
from tests import factories as make
from tests.gui.conftest import loaded
from tests.gui.typing import type_text


@pytest.fixture
def center(db):
    with db.session() as s, s.begin():
        make.agent(s, "A1001", "李娜")
        make.faq_entry(s, "如何更換信用卡的自動還款綁定卡？", "在手機銀行信用卡還款設置中更換。",
                       keywords=["自動還款", "綁定卡"])
    return db


@pytest.fixture
def window(open_window, center):
    return open_window(center)


def forward(db, text) -> int:
    return make.forward(db, "A1001", text).question_id


def phrasings(db) -> list[tuple[str, str]]:
    with db.session() as s:
        return [(r.text, r.status) for r in s.scalars(select(FaqSimilar).order_by(FaqSimilar.id))]


def answer_first_suggestion(qtbot, window, qid, capture: bool) -> None:
    inbox = window.inbox
    inbox.refresh()
    qtbot.waitUntil(lambda: inbox.model.row_of_id(qid) is not None)
    inbox.select_question(qid)
    panel = inbox.triage
    qtbot.waitUntil(lambda: panel._info is not None and panel._info.question_id == qid)
    assert panel.capture_check.isChecked()  # on by default
    if not capture:
        qtbot.mouseClick(panel.capture_check, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.answer_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: getattr(panel, "answer_dialog", None) is not None
                    and panel.answer_dialog.loaded)
    qtbot.mouseClick(panel.answer_dialog.use_button, Qt.MouseButton.LeftButton)

    def answered() -> bool:
        with window._db.session() as s:
            return s.get(Question, qid).status == "answered_from_faq"

    qtbot.waitUntil(answered)


def test_capture_review_and_the_next_paraphrase(window, center, qtbot):
    skipped = forward(center, "客戶問綁定的自動還款卡可否更換成別的卡")
    answer_first_suggestion(qtbot, window, skipped, capture=False)
    assert phrasings(center) == []

    qid = forward(center, "客戶來電諮詢：客戶李女士想把自動還款的卡換成另一張，手機13812345678。請儘快答覆。")
    answer_first_suggestion(qtbot, window, qid, capture=True)
    assert phrasings(center) == [("想把自動還款的卡換成另一張", "new")]

    dialog = window.review_phrasings()
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1)
    assert "LQ-" in dialog.model.data(dialog.model.index(0, 2))
    index = dialog.model.index(0, 0)
    dialog.table.setCurrentIndex(index)
    dialog.table.edit(index)
    editor = dialog.table.focusWidget()
    editor.selectAll()
    type_text(qtbot, editor, "想把自動還款扣款的卡換成另一張")
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: phrasings(center) == [("想把自動還款扣款的卡換成另一張", "kept")])
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 0)  # reviewed: off the list

    with center.session() as s:
        hit = search_faq(s, "自动还款扣款的卡想换成另一张")[0]
        assert hit.phrasing == "想把自動還款扣款的卡換成另一張"


def test_entry_list_adds_and_drops_phrasings(window, center, qtbot):
    window.go_to("faq")
    page = window.pages["faq"]
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    page.table.selectRow(0)
    qtbot.waitUntil(page.similar_button.isEnabled)
    qtbot.mouseClick(page.similar_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(d.isVisible() for d in page.findChildren(SimilarQuestionsDialog)))
    dialog = next(d for d in page.findChildren(SimilarQuestionsDialog) if d.isVisible())
    type_text(qtbot, dialog.new_text, "扣款卡怎麼改")
    qtbot.mouseClick(dialog.add_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1)
    assert phrasings(center) == [("扣款卡怎麼改", "kept")]
    qtbot.waitUntil(lambda: "扣款卡怎麼改" in page.detail.toPlainText())

    dialog.table.selectRow(0)
    qtbot.mouseClick(dialog.drop_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 0)
    assert phrasings(center) == []


def test_create_faq_entry_from_an_answered_question(window, center, qtbot):
    from liaison_app.core.models import QuestionFaqLink

    qid = forward(center, "客戶來電諮詢：信用卡年費能不能用積分抵扣？")
    with center.session() as s, s.begin():
        q = s.get(Question, qid)
        q.status, q.answer = "answered", "可以，每年一萬積分抵扣一次年費。"
    inbox = window.inbox
    inbox.status_filter.setCurrentIndex(inbox.status_filter.findData(""))
    loaded(qtbot, inbox.model)
    qtbot.waitUntil(lambda: inbox.model.row_of_id(qid) is not None)
    inbox.select_question(qid)
    panel = inbox.triage
    qtbot.waitUntil(lambda: panel._info is not None and panel._info.question_id == qid)
    assert panel.create_entry_button.isVisible()
    qtbot.mouseClick(panel.create_entry_button, Qt.MouseButton.LeftButton)
    dialog = panel.entry_dialog
    qtbot.waitUntil(lambda: dialog.buttons.isEnabled())
    assert dialog.question.text() == "信用卡年費能不能用積分抵扣？"
    dialog.question.selectAll()
    type_text(qtbot, dialog.question, "信用卡年費可以用積分抵扣嗎？")
    type_text(qtbot, dialog.keywords, "年費, 積分")
    from PySide6.QtWidgets import QDialogButtonBox

    qtbot.mouseClick(dialog.buttons.button(QDialogButtonBox.StandardButton.Save), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "Draft FAQ entry" in panel.message.text())
    with center.session() as s:
        entry = s.scalars(select(FaqEntry).where(FaqEntry.status == "draft")).one()
        assert (entry.question, entry.keywords) == ("信用卡年費可以用積分抵扣嗎？", ["年費", "積分"])
        assert s.get(QuestionFaqLink, (qid, entry.id)).relation == "created"
    assert ("信用卡年費能不能用積分抵扣？", "new") in phrasings(center)


def test_update_an_faq_entry_from_an_answered_question(window, center, qtbot):
    from liaison_app.core.faq.review import revision_diff
    from liaison_app.core.models import QuestionFaqLink

    qid = forward(center, "自動還款綁定卡換成他行卡可以嗎")
    with center.session() as s, s.begin():
        q = s.get(Question, qid)
        q.status, q.answer = "answered", "可以綁定他行借記卡，需在手機銀行驗證。"
    inbox = window.inbox
    inbox.status_filter.setCurrentIndex(inbox.status_filter.findData(""))
    loaded(qtbot, inbox.model)
    qtbot.waitUntil(lambda: inbox.model.row_of_id(qid) is not None)
    inbox.select_question(qid)
    panel = inbox.triage
    qtbot.waitUntil(lambda: panel._info is not None and panel._info.question_id == qid)
    assert panel.update_entry_button.isVisible() and not panel.answer_button.isEnabled()
    qtbot.mouseClick(panel.update_entry_button, Qt.MouseButton.LeftButton)
    editor = panel.entry_editor
    qtbot.waitUntil(lambda: editor.loaded)
    editor.answer.moveCursor(editor.answer.textCursor().MoveOperation.End)
    type_text(qtbot, editor.answer, "也可綁定他行借記卡。")
    editor.accept()
    qtbot.waitUntil(lambda: "revision 2" in panel.message.text())
    with center.session() as s:
        entry = s.scalars(select(FaqEntry)).one()
        assert (entry.revision, entry.status) == (1, "published")  # live until the revision is approved
        assert s.get(QuestionFaqLink, (qid, entry.id)).relation == "updated"
        assert "+A: 在手機銀行信用卡還款設置中更換。也可綁定他行借記卡。" in revision_diff(s, entry.id, 1, 2)
