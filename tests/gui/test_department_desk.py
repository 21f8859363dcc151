"""The department desk driven through its window, signed in *as* a department contact
on PostgreSQL (row-level security applies: the superuser would bypass it). The manager's
side runs through core as the schema owner, as another desk would."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import Qt

from liaison_app.core.config import load_settings
from liaison_app.core.correspondence.queries import accept_reply
from liaison_app.core.faq.flags import flag_entry
from liaison_app.core.models import FaqApproval, FaqEntry, Message, Query, Question
from liaison_app.core.models.correspondence import Attachment
from liaison_app.core.team import department_desk as desk
from liaison_app.core.timeutil import utcnow
from liaison_app.ui import tasks
from liaison_app.ui.app import AppController
from liaison_app.ui.desks.department import DepartmentWindow
from liaison_app.ui.i18n import install_translators
from tests import factories
from tests.conftest import PG_URL
from tests.integration.test_department_desk_roles import (  # noqa: F401 - fixtures
    PREFIX,
    review_team,
    signed_in,
    team,
)

pytestmark = [pytest.mark.db,
              pytest.mark.skipif(not PG_URL, reason="LIAISON_TEST_PG_URL not set")]
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def desk_window(qtbot, tmp_path, signed_in):  # noqa: F811
    """`desk_window(login)`: the window the app opens for that login, shown and loaded."""

    def open_(login: str) -> DepartmentWindow:
        install_translators("en")
        database = signed_in(login)
        controller = AppController(database, load_settings(tmp_path / "settings.toml"))
        install_translators("en")
        win = controller.window
        assert isinstance(win, DepartmentWindow)
        qtbot.addWidget(win)
        win.show()
        qtbot.waitExposed(win)
        win.start()
        qtbot.waitUntil(lambda: win.queue.model.rowCount() > 0)
        return win

    yield open_
    tasks.wait_for_tasks()


def _choose(qtbot, win: DepartmentWindow, query_id: int) -> None:
    assert win.queue.select_query(query_id)
    qtbot.waitUntil(lambda: win.queue.answer_button.isEnabled())


def test_queue_clarify_answer_and_the_manager_accepts(team, desk_window, qtbot, tmp_path):  # noqa: F811
    db, ids = team
    win = desk_window("lin")
    queue = win.queue
    # only 信用卡部's query, nothing of 電子銀行部; masked; counted as new
    assert [r.query_id for r in queue.model.rows] == [ids["card_query"]]
    assert queue.badges.text() == "1 open · 1 new · 0 overdue"
    _choose(qtbot, win, ids["card_query"])
    html = queue.detail.toPlainText()
    assert "6222021234567890" not in html and "7890" in html and "電子銀行部" not in html

    # ask back once: the due time pauses
    queue.editor.setPlainText("請提供卡別")
    qtbot.mouseClick(queue.clarify_button, LEFT)
    qtbot.waitUntil(lambda: "paused" in queue.status.text())
    qtbot.waitUntil(lambda: queue.model.rows and queue.model.rows[0].due_state == "paused")
    assert queue.editor.toPlainText() == ""

    # the manager gives the detail (another desk); the desk shows it after a live update
    with db.sessions.begin() as s:
        desk.answer_clarification(s, ids["card_query"], "白金卡，今年一月開卡", "王經理")
    win.live.poll_now()
    qtbot.waitUntil(lambda: "白金卡，今年一月開卡" in queue.detail.toPlainText(), timeout=5000)
    assert queue.model.rows[0].due_state != "paused"

    # answer with a file
    attached = tmp_path / "年費規則.txt"
    attached.write_text("首年免年費", encoding="utf-8")
    queue.choose_files = lambda: [str(attached)]
    qtbot.mouseClick(queue.attach_button, LEFT)
    assert queue.attach_label.text() == "年費規則.txt"
    queue.editor.setPlainText("白金卡首年免年費。")
    qtbot.mouseClick(queue.answer_button, LEFT)
    qtbot.waitUntil(lambda: "Answer sent" in queue.status.text())
    qtbot.waitUntil(lambda: queue.model.rows and queue.model.rows[0].answer_sent)
    assert "answer sent" in queue.model.badges_of(queue.model.rows[0])

    # the manager accepts it exactly like a reply mail; it leaves the desk's queue
    with db.session() as s:
        answer = s.query(Message).filter_by(query_id=ids["card_query"],
                                            match_method=desk.ANSWER).one()
        assert answer.actor == PREFIX + "lin" and answer.state == "received"
        assert [a.filename for a in s.query(Attachment).filter_by(message_id=answer.id)] == \
            ["年費規則.txt"]
        message_id = answer.id
    with db.sessions.begin() as s:
        accept_reply(s, message_id, "王經理")
    win.reload()
    qtbot.waitUntil(lambda: queue.model.rowCount() == 0)
    with db.session() as s:
        assert s.get(Question, ids["card_q"]).answer == "白金卡首年免年費。"


def test_hand_over_to_a_colleague_and_a_refusal_is_shown(team, desk_window, qtbot):  # noqa: F811
    db, ids = team
    win = desk_window("lin")
    queue = win.queue
    _choose(qtbot, win, ids["card_query"])
    qtbot.waitUntil(lambda: queue.colleague.count() == 1)
    assert queue.colleague.currentData() == PREFIX + "wu"  # a colleague of 信用卡部 only
    qtbot.mouseClick(queue.handover_button, LEFT)
    qtbot.waitUntil(lambda: "Handed over" in queue.status.text())
    with db.session() as s:
        assert s.get(Query, ids["card_query"]).assignee == PREFIX + "wu"
    qtbot.waitUntil(lambda: "with " + PREFIX + "wu" in queue.model.badges_of(queue.model.rows[0]))
    # an empty answer is refused with a message, nothing written
    qtbot.mouseClick(queue.answer_button, LEFT)
    qtbot.waitUntil(lambda: "empty" in queue.status.text())


def test_review_tab_approves_and_sends_back_as_the_contact(review_team, desk_window, qtbot):  # noqa: F811
    db, ids = review_team
    win = desk_window("lin")
    reviews = win.reviews
    qtbot.waitUntil(lambda: reviews.model.rowCount() == 1)  # 信用卡部's entry only
    assert reviews.select_entry(ids["card_entry"])
    qtbot.waitUntil(lambda: reviews.approve_button.isEnabled())
    assert "刷卡六次免年費" in reviews.diff.toPlainText()
    # a send-back needs a comment: refused with a message, nothing written
    qtbot.mouseClick(reviews.send_back_button, LEFT)
    qtbot.waitUntil(lambda: reviews.status.text() != "")
    reviews.comment.setPlainText("白金卡另有規定")
    qtbot.mouseClick(reviews.send_back_button, LEFT)
    qtbot.waitUntil(lambda: "Sent back" in reviews.status.text())
    qtbot.waitUntil(lambda: reviews.model.rows[0].department_decision == "sent_back")
    qtbot.mouseClick(reviews.approve_button, LEFT)
    qtbot.waitUntil(lambda: "Approved" in reviews.status.text())
    qtbot.waitUntil(lambda: reviews.model.rows[0].department_decision == "approved")
    with db.session() as s:
        decisions = [(a.approved, a.login) for a in s.query(FaqApproval)
                     .filter_by(entry_id=ids["card_entry"]).order_by(FaqApproval.id)]
    assert decisions == [(False, PREFIX + "lin"), (True, PREFIX + "lin")]


def test_flag_reaches_the_desk_and_the_fix_waits_for_review(review_team, desk_window, qtbot):  # noqa: F811
    db, ids = review_team
    with db.sessions.begin() as s:
        live = factories.faq_entry(s, "信用卡年費標準？", "舊答案：年費一百元。",
                                   department_id=ids["card"], revision="王經理").id
        flag_entry(s, live, "outdated", "年費已調整", "A1001")
    win = desk_window("lin")
    flags = win.flags
    qtbot.waitUntil(lambda: flags.model.rowCount() == 1)
    assert flags.select_entry(live)
    qtbot.waitUntil(lambda: flags.propose_button.isEnabled())
    assert flags.answer.toPlainText() == "舊答案：年費一百元。"
    flags.answer.setPlainText("新答案：年費兩百元。")
    qtbot.mouseClick(flags.propose_button, LEFT)
    qtbot.waitUntil(lambda: "Revision 2 proposed" in flags.status.text())
    qtbot.waitUntil(lambda: flags.model.rows[0].fix_revision == 2)
    # the fix is now on the Reviews tab; agents still read the published text
    qtbot.waitUntil(lambda: win.reviews.model.row_of_entry(live) >= 0)
    with db.session() as s:
        assert s.get(FaqEntry, live).answer == "舊答案：年費一百元。"


def test_upkeep_tab_shows_todays_digest_and_our_scorecard(review_team, desk_window, qtbot):  # noqa: F811
    db, ids = review_team
    with db.sessions.begin() as s:
        factories.faq_entry(s, "信用卡活動截止日？", "本月底截止。", department_id=ids["card"],
                            valid_until=utcnow() + timedelta(days=3))
        factories.faq_entry(s, "網銀活動截止日？", "本月底截止。", department_id=ids["ebank"],
                            valid_until=utcnow() + timedelta(days=3))
    win = desk_window("lin")
    upkeep = win.upkeep
    qtbot.waitUntil(lambda: "信用卡活動截止日" in upkeep.digest_view.toPlainText())
    assert "網銀活動截止日" not in upkeep.digest_view.toPlainText()
    qtbot.waitUntil(lambda: "信用卡部" in upkeep.score_view.toPlainText())
    assert "電子銀行部" not in upkeep.score_view.toPlainText()
    assert "Agents used 0 of our 1 live FAQ entries" in upkeep.score_view.toPlainText()
