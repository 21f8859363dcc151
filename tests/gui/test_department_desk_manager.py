"""The manager's side of the department desk, in the manager's window on both databases:
a desk's clarification request is answered from the question's detail (the due time
resumes, moved by the wait), and a desk's answer is accepted with the same link as a
reply mail."""

from __future__ import annotations

import re

from PySide6.QtCore import QUrl
from PySide6.QtWidgets import QInputDialog

from liaison_app.core.correspondence.listing import open_queries
from liaison_app.core.correspondence.queries import ask
from liaison_app.core.models import Department, Query, Question
from liaison_app.core.team import department_desk as desk
from liaison_app.ui.models.queries import QueriesModel
from tests.gui.test_triage import select_in_inbox
from tests.mail_data import IDENTITY, seed


def test_the_manager_answers_a_clarification_then_accepts_the_desk_answer(db, open_window, qtbot):
    seeded = seed(db)
    qid = seeded.question_id
    with db.sessions.begin() as s:
        query, _mail = ask(s, qid, s.get(Department, seeded.department_id), IDENTITY, "manager")
        query_id = query.id
    with db.sessions.begin() as s:
        desk.ask_clarification(s, query_id, "請提供卡別", "lin")
    window = open_window(db)
    # the Queries page says the department waits for the manager, not that it is late
    with db.session() as s:
        row = next(r for r in open_queries(s) if r.query_id == query_id)
    assert row.paused and not row.overdue
    assert QueriesModel().state_of(row) == "asked you back: answer it"
    inbox = window.inbox
    inbox.status_filter.setCurrentIndex(inbox.status_filter.findData(""))
    select_in_inbox(qtbot, window, qid)
    with qtbot.waitSignal(inbox.detail.shown):
        inbox.detail.reload()
    html = inbox.detail.toHtml()
    assert "請提供卡別" in html and "lin" in inbox.detail.toPlainText()
    link = re.search(r"clarify:(\d+)", html)
    assert link is not None and int(link.group(1)) == query_id
    inbox.detail.anchorClicked.emit(QUrl(link.group(0)))
    dialog = window.mail_actions.dialog
    assert isinstance(dialog, QInputDialog)
    dialog.setTextValue("白金卡")
    dialog.accept()
    qtbot.waitUntil(lambda: _paused(db, query_id) is False)

    with db.sessions.begin() as s:
        desk.answer(s, query_id, "白金卡首年免年費。", "lin")
    with qtbot.waitSignal(inbox.detail.shown):
        inbox.detail.reload()
    accept = re.search(r"accept:(\d+)", inbox.detail.toHtml())
    assert accept is not None
    inbox.detail.anchorClicked.emit(QUrl(accept.group(0)))

    def answered() -> bool:
        with db.session() as s:
            return s.get(Question, qid).status == "answer_received"

    qtbot.waitUntil(answered)
    with db.session() as s:
        assert s.get(Question, qid).answer == "白金卡首年免年費。"


def _paused(db, query_id: int) -> bool:
    with db.session() as s:
        return s.get(Query, query_id).paused_at is not None
