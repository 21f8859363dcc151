"""Two desks on one database, as two managers see them: a question forwarded on one
appears on the other within 2 seconds with the selection kept, and a question another
desk changed underneath is refused with who and when, then shown as it now is."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from liaison_app.core.database import open_database
from liaison_app.core.models import Department, Question
from liaison_app.core.questions import triage
from liaison_app.core.questions.intake import ForwardRequest, forward_question
from tests import factories as make
from tests.gui.test_mail_gui import mail_window  # noqa: F401
from tests.gui.test_triage import select_in_inbox
from tests.integration.conftest import imap_peer, imap_server, smtp_peer  # noqa: F401


@pytest.fixture
def center(db):
    with db.session() as s, s.begin():
        make.department(s, "銀行卡部", "借記卡、信用卡的掛失", sla_hours=8, keywords=["掛失"])
        make.agents(s)
    return db


def test_a_question_forwarded_on_one_desk_appears_on_the_other_within_2_seconds(
        center, open_window, qtbot):
    kept = make.forward(center, "A1001", "借記卡丟了怎麼掛失").question_id
    other_db = open_database(center.url)  # the colleague's desk: its own connections
    try:
        mine = open_window(center)
        theirs = open_window(other_db)
        assert theirs.live.feed.listens == (center.backend == "postgresql")
        select_in_inbox(qtbot, theirs, kept)
        qtbot.waitUntil(lambda: theirs.inbox.detail.question_id == kept)
        before = theirs.inbox.model.rowCount()
        if theirs.live.feed.listens:
            qtbot.waitUntil(lambda: theirs.live.listening)

        # Forwarded on my desk, through its gateway, as its forward dialog does.
        arrived: list[int] = []
        mine.gateway.write(
            lambda s: forward_question(s, ForwardRequest(agent="A1002", text="網銀U盾丟了"),
                                       "王經理").question_id, arrived.append)
        qtbot.waitUntil(lambda: bool(arrived))
        committed = time.monotonic()
        qtbot.waitUntil(lambda: theirs.inbox.model.row_of_id(arrived[0]) is not None,
                        timeout=2000)
        took = time.monotonic() - committed
        print(f"{center.backend}: appeared on the other desk {took:.2f} s after the commit")
        assert took < 2.0
        assert theirs.inbox.model.rowCount() == before + 1
        # The colleague's selection stayed where it was.
        qtbot.waitUntil(lambda: not theirs.inbox.model.loading)
        assert theirs.inbox.triage.question_ids == [kept]
        rows = theirs.inbox.table.selectionModel().selectedRows()
        assert [theirs.inbox.model.id_at(r.row()) for r in rows] == [kept]
    finally:
        theirs.live.stop()
        theirs.close()
        theirs.gateway.wait()
        other_db.close()


def test_a_question_changed_underneath_is_refused_with_who_and_when_then_reloaded(
        center, open_window, qtbot):
    qid = make.forward(center, "A1001", "借記卡丟了怎麼掛失").question_id
    window = open_window(center)
    window.live.stop()  # the change must be underneath: not shown before the click
    select_in_inbox(qtbot, window, qid)
    panel = window.inbox.triage
    assert panel.reject_button.isEnabled()
    # Meanwhile a colleague routes it from another desk.
    other = open_database(center.url)
    try:
        with other.sessions.begin() as s:
            triage.route(s, qid, s.scalar(select(Department.id)), "陳經理")
    finally:
        other.close()

    panel.ask_reason = lambda callback: callback("測試資料")
    qtbot.mouseClick(panel.reject_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "陳經理" in panel.message.text())
    message = panel.message.text()
    assert "was changed by 陳經理 at" in message and f"LQ-{qid:06d}" in message
    # Reloaded: the panel and the Inbox show the colleague's routing, not a rejection.
    qtbot.waitUntil(lambda: "Awaiting department" in panel.title.text())
    assert "陳經理" in panel.message.text()  # the refusal stays readable
    with center.session() as s:
        question = s.get(Question, qid)
        assert question.status == "awaiting_department" and question.reject_reason is None


def test_an_faq_entry_saved_meanwhile_by_a_colleague_is_not_overwritten(db, qtbot, gateway_of):
    from liaison_app.core.faq.edit import editable_text, revise_entry
    from liaison_app.core.models import FaqEntry
    from liaison_app.ui.dialogs.faq_entry_editor import EntryEditor

    with db.sessions.begin() as s:
        entry_id = make.faq_entry(s, "信用卡如何掛失？", "致電熱線。", keywords=["掛失"]).id
    editor = EntryEditor(gateway_of(db), entry_id, "李經理")
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitUntil(lambda: editor.loaded)
    with db.sessions.begin() as s:  # the colleague saves first
        revise_entry(s, entry_id, "信用卡如何掛失？", "致電95588或在手機銀行掛失。", [], ["掛失"], "王經理")
    editor.answer.setPlainText("到網點辦理。")
    editor.accept()
    qtbot.waitUntil(lambda: "王經理" in editor.problem.text())
    assert "was changed by 王經理" in editor.problem.text() and editor.isVisible()
    # What the person typed stays; the colleague's text is shown beside it.
    qtbot.waitUntil(lambda: editor.loaded and editor.theirs.isVisible())
    assert editor.answer.toPlainText() == "到網點辦理。"
    assert "95588" in editor.theirs.toPlainText()
    with db.session() as s:
        # The entry is published: the colleague's text waits for review as a revision while
        # agents keep reading the published one (issue 14); the editor's text was not saved.
        entry = s.get(FaqEntry, entry_id)
        assert editable_text(s, entry_id)["answer"] == "致電95588或在手機銀行掛失。"
        assert "到網點辦理" not in entry.answer
        colleagues = editable_text(s, entry_id)["revision"]
    # Save again: the person's text goes on top of the colleague's, as the next revision.
    with qtbot.waitSignal(editor.saved, timeout=5000) as saved:
        editor.accept()
    assert saved.args == [entry_id, colleagues + 1]
    with db.session() as s:
        assert editable_text(s, entry_id)["answer"] == "到網點辦理。"


def test_the_faq_editor_can_take_the_colleagues_version_instead(db, qtbot, gateway_of):
    from liaison_app.core.faq.edit import editable_text, revise_entry
    from liaison_app.ui.dialogs.faq_entry_editor import EntryEditor

    with db.sessions.begin() as s:
        entry_id = make.faq_entry(s, "網銀U盾丟了怎麼辦？", "到網點補辦。", keywords=["U盾"]).id
    editor = EntryEditor(gateway_of(db), entry_id, "李經理")
    qtbot.addWidget(editor)
    editor.show()
    qtbot.waitUntil(lambda: editor.loaded)
    with db.sessions.begin() as s:
        revise_entry(s, entry_id, "網銀U盾丟了怎麼辦？", "先致電凍結，再到網點補辦。", [], ["U盾"],
                     "王經理")
    editor.answer.setPlainText("到網點補辦，帶身份證。")
    editor.accept()
    qtbot.waitUntil(lambda: editor.loaded and editor.theirs.isVisible())
    qtbot.mouseClick(editor.take_theirs, Qt.MouseButton.LeftButton)
    assert editor.answer.toPlainText() == "先致電凍結，再到網點補辦。"
    assert not editor.theirs.isVisible()
    with db.session() as s:
        before = editable_text(s, entry_id)
    editor.accept()  # nothing changed against their version: no new revision
    qtbot.waitUntil(lambda: not editor.isVisible())
    with db.session() as s:
        assert editable_text(s, entry_id) == before


def test_a_query_chased_meanwhile_on_another_desk_is_refused_then_shown(mail_window, db,  # noqa: F811
                                                                          qtbot):
    """The queries page sends the version it listed: a colleague's chase in between is
    not followed by a second one blindly; the page says who and reloads."""
    from liaison_app.core.correspondence.queries import ask, chase, find_department
    from liaison_app.core.models import Message
    from tests.mail_data import IDENTITY

    window, seeded = mail_window
    window.live.stop()  # the colleague's chase must be underneath, not shown before the click
    with db.session() as s, s.begin():
        query, _mail = ask(s, seeded.question_id, find_department(s, "信用卡部"), IDENTITY,
                           "manager")
        query_id = query.id
    window.go_to("queries")
    page = window.pages["queries"]
    qtbot.waitUntil(lambda: page.model.rowCount() == 1 and not window.mail_worker.busy)
    page.confirm = lambda _title, _text, then: then()
    other = open_database(db.url)  # the colleague's desk
    try:
        with other.session() as s, s.begin():
            chase(s, query_id, IDENTITY, "陳經理")
    finally:
        other.close()
    page.select_query_row(0)
    qtbot.mouseClick(page.chase_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "陳經理" in page.status.text())
    assert "was changed by 陳經理" in page.status.text()
    assert f"LQ-{seeded.question_id:06d}" in page.status.text()
    qtbot.waitUntil(lambda: page.model.rows and page.model.rows[0].chase_count == 1)

    def chases() -> int:
        with db.session() as s:
            return len(s.scalars(select(Message).where(
                Message.query_id == query_id, Message.subject.contains("LQ-"),
                Message.in_reply_to.is_not(None))).all())

    assert chases() == 1  # the colleague's only
    # Now the page shows the chase: a second one, deliberately, goes.
    page.select_query_row(0)
    qtbot.mouseClick(page.chase_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.model.rows and page.model.rows[0].chase_count == 2)
    assert chases() == 2


@pytest.fixture
def two_desks(db, qtbot):
    """Two desks on one database, each with its own connections and gateway."""
    from liaison_app.ui.gateway import DatabaseGateway
    from liaison_app.ui.i18n import install_translators

    install_translators("en")
    other = open_database(db.url)
    gateways = [DatabaseGateway(db), DatabaseGateway(other)]
    yield gateways
    for gateway in gateways:
        gateway.wait()
    other.close()


def test_a_department_saved_meanwhile_on_another_desk_is_not_overwritten(db, qtbot, two_desks):
    from liaison_app.core.directory.admin import ContactInput, DepartmentInput, save_department
    from liaison_app.ui.pages.browse import DepartmentsPage
    from tests.gui.conftest import loaded

    with db.sessions.begin() as s:
        dept_id = save_department(s, DepartmentInput(
            name="信用卡部", sla_hours=24,
            contacts=[ContactInput("王麗", email="wang.li@cards.bank.example")])).id
    pages = []
    for gateway in two_desks:
        page = DepartmentsPage(gateway)
        qtbot.addWidget(page)
        page.show()
        page.refresh()
        loaded(qtbot, page.model)
        page.table.selectRow(0)
        qtbot.mouseClick(page.edit_button, Qt.MouseButton.LeftButton)
        qtbot.waitUntil(lambda page=page: page.department_dialog.loaded)
        pages.append(page)
    mine, theirs = (p.department_dialog for p in pages)
    theirs.sla.setValue(8)  # the colleague shortens the SLA and saves first
    with qtbot.waitSignal(theirs.saved):
        qtbot.mouseClick(theirs.save_button, Qt.MouseButton.LeftButton)
    mine.duties.setPlainText("負責信用卡年費")
    qtbot.mouseClick(mine.save_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "信用卡部 was changed by" in mine.error.text())
    assert mine.isVisible()
    qtbot.waitUntil(lambda: mine.loaded and mine.sla.value() == 8)  # reloaded: theirs shown
    with db.session() as s:
        dept = s.get(Department, dept_id)
        assert dept.sla_hours == 8 and dept.duties == ""  # the stale save wrote nothing
    # Saved again from the reloaded department, it goes through.
    mine.duties.setPlainText("負責信用卡年費")
    with qtbot.waitSignal(mine.saved):
        qtbot.mouseClick(mine.save_button, Qt.MouseButton.LeftButton)
    with db.session() as s:
        dept = s.get(Department, dept_id)
        assert (dept.sla_hours, dept.duties) == (8, "負責信用卡年費")


def test_a_bulletin_posted_meanwhile_on_another_desk_is_refused_with_who(db, qtbot, two_desks):
    from liaison_app.core.faq.bulletins import post, propose_for_entry
    from liaison_app.core.models import Bulletin, FaqEntry
    from liaison_app.ui.pages.browse import BulletinsPage
    from tests.gui.conftest import loaded

    with db.sessions.begin() as s:
        entry_id = make.faq_entry(s, "信用卡如何掛失？", "致電熱線。", keywords=["掛失"]).id
        bulletin_id = propose_for_entry(s, s.get(FaqEntry, entry_id), "李經理", updated=False).id
    page = BulletinsPage(two_desks[0], "李經理")
    qtbot.addWidget(page)
    page.show()
    page.refresh()
    loaded(qtbot, page.model)
    page.table.selectRow(0)
    assert page.post_button.isEnabled()
    # The colleague edits the proposal's title and posts it from their desk first.
    done: list[int] = []
    two_desks[1].write(lambda s: post(s, bulletin_id, title="新增：信用卡掛失").id, done.append)
    qtbot.waitUntil(lambda: bool(done))
    qtbot.mouseClick(page.post_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page.message.isVisible())
    assert "was changed by" in page.message.text() and "信用卡掛失" in page.message.text()
    loaded(qtbot, page.model)
    qtbot.waitUntil(lambda: page.model.row_at(0) is not None
                    and page.model.row_at(0).title == "新增：信用卡掛失")
    with db.session() as s:
        assert s.get(Bulletin, bulletin_id).version == 2  # posted once, by the colleague


def test_a_count_the_login_may_not_read_shows_no_badge(center, open_window, qtbot):
    from dataclasses import replace

    from liaison_app.ui.pages.registry import PAGES

    window = open_window(center)
    qtbot.waitUntil(lambda: getattr(window, "counts", None) is not None)
    row = next(i for i, spec in enumerate(PAGES) if spec.key == "queries")
    assert window.nav_model.item(row).text().endswith("(0)")
    window.show_counts(replace(window.counts, open_queries=None))  # an agent's counts
    assert window.nav_model.item(row).text() == PAGES[row].title()
