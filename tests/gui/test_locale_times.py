"""Issue 14, item 12: times were shown as `2026-12-03 06:37` (or `3 12 2026 06:37` in the
C locale) whatever the language. The window now writes them the way the chosen language
does (QLocale's short formats): the time alone for today in tables, as Thunderbird's
message list does, and the date with the time otherwise; detail panes always give both.
Each test starts the screen in the language, the way a user who chose it sees it."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from liaison_app.core.agent_desk.board import BoardItem
from liaison_app.core.agent_desk.forwards import MyQuestion
from liaison_app.core.config import load_settings
from liaison_app.core.correspondence.queries import MailIdentity, ask
from liaison_app.core.models import Department, Question
from liaison_app.core.models.questions import Event
from liaison_app.core.team.department_desk import DeskQuery, DueState
from liaison_app.core.timeutil import to_local, utcnow
from liaison_app.ui import tasks
from liaison_app.ui.i18n import install_translators
from liaison_app.ui.main_window import MainWindow
from liaison_app.ui.models.agent_desk import BoardModel, MyQuestionsModel
from liaison_app.ui.models.browse import FaqModel
from liaison_app.ui.models.desk_queue import DeskQueueModel
from liaison_app.ui.models.inbox import COL_FORWARDED
from liaison_app.ui.models.queries import QueriesModel
from tests import factories as make

LANGUAGES = ("en", "zh_TW", "zh_CN")
OLD = datetime(2025, 3, 2, 6, 37, tzinfo=UTC)  # a morning in an earlier year
LATER = datetime(2027, 1, 5, 9, 5, tzinfo=UTC)


def clock(language: str, moment: datetime) -> str:
    """The time of day as each language writes it (CLDR short time)."""
    local = to_local(moment)
    h12 = local.hour % 12 or 12
    return {"en": f"{h12}:{local.minute:02d} {'AM' if local.hour < 12 else 'PM'}",
            "zh_TW": f"{'上午' if local.hour < 12 else '下午'}{h12}:{local.minute:02d}",
            "zh_CN": f"{local.hour:02d}:{local.minute:02d}"}[language]


def full(language: str, moment: datetime) -> str:
    """The short date (year in full) and time: `3/2/2025 2:37 PM`, `2025/3/2 下午2:37`."""
    local = to_local(moment)
    day = (f"{local.month}/{local.day}/{local.year}" if language == "en"
           else f"{local.year}/{local.month}/{local.day}")
    return f"{day} {clock(language, moment)}"


def shown(text: str | None) -> str:
    """Qt's English puts a narrow no-break space before AM/PM; compare it as a space."""
    return (text or "").replace("\u202f", " ")


@pytest.fixture
def center(db):
    with db.session() as s, s.begin():
        card = make.department(s, "銀行卡部", "借記卡的掛失、補卡", sla_hours=8)
        make.contact(s, card, "王麗", email="wang.li@cards.bank.example")
        make.agents(s)
    return db


@pytest.fixture
def window_in(qtbot, tmp_path):
    """`window_in(db, language)`: the main window started in `language`."""

    def open_(database, language: str) -> MainWindow:
        install_translators(language)
        win = MainWindow(database, load_settings(tmp_path / "settings.toml"))
        qtbot.addWidget(win)
        win.show()
        qtbot.waitExposed(win)
        win.start()
        qtbot.waitUntil(lambda: not win.inbox.model.loading)
        return win

    yield open_
    tasks.wait_for_tasks()
    install_translators("en")


@pytest.fixture
def in_language(qapp):
    def set_(language: str) -> None:
        install_translators(language)

    yield set_
    install_translators("en")


@pytest.mark.parametrize("language", LANGUAGES)
def test_inbox_and_history_show_times_in_the_locale_format(center, window_in, qtbot, language):
    old = make.forward(center, "A1001", "客戶問年費").question_id
    today = make.forward(center, "A1002", "借記卡掛失").question_id
    with center.session() as s, s.begin():
        s.get(Question, old).created_at = OLD
        today_at = s.get(Question, today).created_at
        event_at = s.scalars(select(Event.at).where(
            Event.question_id == old)).first()
    win = window_in(center, language)
    model = win.inbox.model
    qtbot.waitUntil(lambda: model.row_of_id(old) is not None and model.row_of_id(today) is not None)
    cell = lambda qid: shown(model.index(model.row_of_id(qid), COL_FORWARDED).data())
    assert cell(old) == full(language, OLD)  # was 2025-03-02
    assert cell(today) == clock(language, today_at)  # today: the time alone
    tooltip = model.index(model.row_of_id(today), COL_FORWARDED).data(Qt.ItemDataRole.ToolTipRole)
    assert shown(tooltip) == full(language, today_at)  # the tooltip keeps the date

    win.inbox.select_question(old)
    detail = win.inbox.detail
    qtbot.waitUntil(lambda: "客戶問年費" in detail.toPlainText())
    assert full(language, event_at) in shown(detail.toPlainText())  # the history's times


@pytest.mark.parametrize("language", LANGUAGES)
def test_queries_show_due_times_in_the_locale_format_and_sort_by_time(center, window_in, qtbot,
                                                                       language):
    first = make.forward(center, "A1001", "客戶問年費").question_id
    second = make.forward(center, "A1002", "借記卡掛失").question_id
    due_today = (utcnow() + timedelta(minutes=1)).replace(second=0, microsecond=0)
    if to_local(due_today).date() != to_local(utcnow()).date():
        due_today -= timedelta(minutes=2)
    with center.session() as s, s.begin():
        dept = s.scalars(select(Department)).one()
        me = MailIdentity("hardq@bank.example")
        ask(s, first, dept, me, "test")[0].due_at = OLD
        ask(s, second, dept, me, "test")[0].due_at = due_today
    win = window_in(center, language)
    win.go_to("queries")
    page = win.page("queries")
    qtbot.waitUntil(lambda: page.model.rowCount() == 2)
    proxy = _view_of(page, page.model).model()
    proxy.sort(QueriesModel.COL_DUE, Qt.SortOrder.AscendingOrder)
    dues = [shown(proxy.index(r, QueriesModel.COL_DUE).data()) for r in range(2)]
    # Sorted by the time, not the text (as text, "14:05" would come before "2025/…").
    assert dues == [full(language, OLD), clock(language, due_today)]


def _view_of(page, model):
    from PySide6.QtWidgets import QTableView

    for view in page.findChildren(QTableView):
        if view.model() is not None and getattr(view.model(), "sourceModel", lambda: None)() is model:
            return view
    raise AssertionError("no view over the queries model")


@pytest.mark.parametrize("language", LANGUAGES)
def test_faq_shows_valid_until_in_the_locale_format(center, window_in, qtbot, language):
    with center.session() as s, s.begin():
        entry = make.faq_entry(s, "年費怎麼減免？", "刷卡六次免年費。")
        entry.valid_until = LATER
        entry_id = entry.id
    win = window_in(center, language)
    win.go_to("faq")
    page = win.page("faq")
    qtbot.waitUntil(lambda: page.model.rowCount() == 1 and page.model.index(0, 0).data() is not None)
    assert shown(page.model.index(0, FaqModel.COL_VALID_UNTIL).data()) == full(language, LATER)
    page.table.selectRow(0)
    qtbot.waitUntil(lambda: "年費怎麼減免" in page.detail.toPlainText())
    assert full(language, LATER) in shown(page.detail.toPlainText()), entry_id


@pytest.mark.parametrize("language", LANGUAGES)
def test_department_desk_queue_shows_due_in_the_locale_format(qtbot, in_language, language):
    """The desk's queue (the model its table shows; the desk itself needs PostgreSQL
    roles and is walked in test_department_desk.py)."""
    in_language(language)
    row = DeskQuery(query_id=1, question_id=1, ref="LQ-000001", department="銀行卡部",
                    question="客戶問年費", opened_at=OLD, due_at=LATER, due_state=DueState.ON_TIME,
                    chase_count=0, escalated=False, clarifications=0, assignee=None, new=True,
                    answer_sent=False)
    model = DeskQueueModel()
    model.set_rows([row])
    assert shown(model.index(0, DeskQueueModel.COL_DUE).data()) == full(language, LATER)


@pytest.mark.parametrize("language", LANGUAGES)
def test_agent_desk_lists_show_times_in_the_locale_format(qtbot, in_language, language):
    in_language(language)
    board = BoardModel()
    board.set_items([BoardItem(id=1, title="新年費政策", body="", valid_from=OLD, pinned=False,
                               read=True, reminded=False)])
    assert shown(board.index(0, 0).data()) == f"{full(language, OLD)}  新年費政策"
    mine = MyQuestionsModel()
    mine.set_rows([MyQuestion(id=1, ref="LQ-000001", text="客戶問年費", status="new", answer=None,
                              reject_reason=None, forwarded_at=OLD, updated_at=OLD)], [])
    assert full(language, OLD) in shown(mine.index(0, 0).data(Qt.ItemDataRole.ToolTipRole))


@pytest.mark.parametrize("language", LANGUAGES)
def test_times_core_wrote_into_the_history_are_shown_in_the_locale_format(in_language, language):
    """Routing and call-back details carry the due time as core wrote it (local
    `2026-12-03 17:30`); the history shows it the way the language writes times."""
    from liaison_app.ui.labels.common import event_detail_text

    in_language(language)
    due = datetime(2026, 12, 3, 17, 30).astimezone()
    routed = shown(event_detail_text("route", "to 銀行卡部, due 2026-12-03 17:30"))
    called = shown(event_detail_text("follow_up", "銀行卡部 will call back by 2026-12-03 17:30"))
    assert full(language, due) in routed and "2026-12-03" not in routed
    assert full(language, due) in called and "銀行卡部" in called
