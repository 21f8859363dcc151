"""The manager's side of the department desk, in the manager's window on both databases:
a desk's clarification request is answered from the question's detail (the due time
resumes, moved by the wait), and a desk's answer is accepted with the same link as a
reply mail."""

from __future__ import annotations

import re
from datetime import timedelta

from PySide6.QtCore import Qt, QUrl
from PySide6.QtWidgets import QInputDialog
from sqlalchemy import select

from liaison_app.core.correspondence.listing import open_queries
from liaison_app.core.correspondence.queries import ask
from liaison_app.core.models import Department, Query, Question
from liaison_app.core.models.people import PersonDepartment, PersonRow
from liaison_app.core.team import department_desk as desk
from liaison_app.core.timeutil import utcnow
from liaison_app.ui.models.inbox import COL_DUE, COL_STATUS
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


def test_the_manager_sees_who_holds_a_handed_over_query_and_a_paused_question(
        db, open_window, qtbot):
    """A contact hands the query to a colleague and asks back: the manager's Queries page
    and the question's history say who holds it now, and the Inbox and the status bar
    show the question waiting for the manager, not overdue, although its due time passed."""
    seeded = seed(db)
    qid = seeded.question_id
    with db.sessions.begin() as s:
        query, _mail = ask(s, qid, s.get(Department, seeded.department_id), IDENTITY, "manager")
        query_id = query.id
        for login, name in (("digest_lin", "林聯絡人"), ("digest_wang", "王聯絡人")):
            s.add(PersonRow(login=login, name=name, roles=["department"], active=True))
            s.flush()
            s.add(PersonDepartment(login=login, department_id=seeded.department_id))
        # the department's answer was due yesterday
        late = utcnow() - timedelta(days=1)
        s.get(Query, query_id).due_at = late
        s.get(Question, qid).due_at = late
    with db.sessions.begin() as s:
        if s.get_bind().dialect.name == "sqlite":
            desk.hand_over(s, query_id, "digest_wang", "digest_lin", "王負責白金卡")
        else:
            # on PostgreSQL only a signed-in contact may hand over (the server checks the
            # caller's colleagues; tested as the role in test_department_desk_roles):
            # here the owner leaves what that hand-over leaves, the note and the holder
            desk._note(s, s.get(Query, query_id), desk.HANDOVER, "王負責白金卡", "digest_lin",
                       to="digest_wang")
            s.get(Query, query_id).assignee = "digest_wang"
    with db.sessions.begin() as s:
        desk.ask_clarification(s, query_id, "請提供卡別", "digest_wang")
    window = open_window(db)
    inbox = window.inbox
    inbox.status_filter.setCurrentIndex(inbox.status_filter.findData(""))
    select_in_inbox(qtbot, window, qid)
    row = inbox.model.row_of_id(qid)
    assert inbox.model.index(row, COL_STATUS).data() == "Waiting for you (paused)"
    assert inbox.model.index(row, COL_DUE).data(Qt.ItemDataRole.ForegroundRole) is None
    qtbot.waitUntil(lambda: "0 overdue" in window.counts_label.text())
    with qtbot.waitSignal(inbox.detail.shown):
        inbox.detail.reload()
    assert "Handed over to 王聯絡人" in inbox.detail.toPlainText()
    assert "王負責白金卡" in inbox.detail.toPlainText()
    window.go_to("queries")
    page = window.pages["queries"]
    qtbot.waitUntil(lambda: page.model.rowCount() == 1)
    assert page.model.index(0, page.model.COL_DEPARTMENT).data() == "信用卡部 · with 王聯絡人"
    assert page.model.index(0, page.model.COL_STATE).data() == "asked you back: answer it"
    # once the manager answers, the question is late again (its due time had passed)
    with db.sessions.begin() as s:
        desk.answer_clarification(s, query_id, "白金卡", "manager")
    inbox.refresh()
    qtbot.waitUntil(lambda: inbox.model.row_of_id(qid) is not None and inbox.model.index(
        inbox.model.row_of_id(qid), COL_STATUS).data() != "Waiting for you (paused)")
    with db.session() as s:
        assert s.scalar(select(Question.id).where(Question.is_overdue_at(utcnow()))) == qid
