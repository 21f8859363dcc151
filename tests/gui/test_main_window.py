"""The main window driven as a user would: on demo data, every area visited, the Inbox
filtered, sorted and read, the language switched, the layout restored."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import func, select

from liaison_app.core.config import load_settings
from liaison_app.core.models import (
    OPEN_STATUSES,
    Bulletin,
    Department,
    FaqEntry,
    Question,
    question_ref,
)
from liaison_app.ui import tasks
from liaison_app.ui.app import AppController
from liaison_app.ui.i18n import install_translators
from liaison_app.ui.main_window import AREAS, MainWindow
from liaison_app.ui.models.inbox import COL_REF, COL_TEXT
from tests.gui.conftest import loaded
from tests.gui.typing import type_text


@pytest.fixture
def window(open_window, demo_db):
    return open_window(demo_db)


def _count(db, stmt) -> int:
    with db.session() as session:
        return session.scalar(stmt)


def test_models_are_well_behaved(window, qtmodeltester, qtbot):
    for key in AREAS:
        window.go_to(key)
    qtmodeltester.check(window.inbox.model)
    qtmodeltester.check(window.pages["faq"].model)
    qtmodeltester.check(window.pages["bulletins"].model)
    qtmodeltester.check(window.pages["departments"].model)
    qtbot.waitUntil(lambda: window.pages["queries"].model.rowCount() > 0)
    qtmodeltester.check(window.pages["queries"].model)
    qtmodeltester.check(window.pages["queries"].tray)


def test_inbox_shows_open_questions_then_all(window, demo_db, qtbot):
    open_total = _count(demo_db, select(func.count()).select_from(Question)
                        .where(Question.status.in_(list(OPEN_STATUSES))))
    all_total = _count(demo_db, select(func.count()).select_from(Question))
    assert window.inbox.model.rowCount() == open_total > 0
    assert str(open_total) in window.inbox.count_label.text()

    combo = window.inbox.status_filter
    combo.setCurrentIndex(combo.findData(""))
    loaded(qtbot, window.inbox.model)
    assert window.inbox.model.rowCount() == all_total

    combo.setCurrentIndex(combo.findData("closed"))
    loaded(qtbot, window.inbox.model)
    closed = _count(demo_db, select(func.count()).select_from(Question)
                    .where(Question.status == "closed"))
    assert window.inbox.model.rowCount() == closed > 0
    for row in range(window.inbox.model.rowCount()):
        assert window.inbox.model.row_at(row).status == "closed"


def test_text_filter_typed_by_the_user(window, demo_db, qtbot):
    window.inbox.status_filter.setCurrentIndex(window.inbox.status_filter.findData(""))
    with demo_db.session() as session:
        sample = session.scalars(select(Question).order_by(Question.id).limit(1)).one()
    word = sample.text[:4]
    expected = _count(demo_db, select(func.count()).select_from(Question).where(
        Question.text.contains(word) | Question.customer_context.contains(word)))
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.inbox.text_filter.hasFocus()
    type_text(qtbot, window.inbox.text_filter, word)
    qtbot.waitUntil(lambda: window.inbox.model.rowCount() == expected)
    texts = [window.inbox.model.data(window.inbox.model.index(r, COL_TEXT))
             for r in range(min(expected, 20))]
    assert all(texts)

    window.inbox.text_filter.clear()
    qtbot.keyClicks(window.inbox.text_filter, question_ref(sample.id))
    qtbot.waitUntil(lambda: window.inbox.model.rowCount() == 1)
    assert window.inbox.model.id_at(0) == sample.id


def test_selecting_a_question_shows_history_and_marks_it_read(window, demo_db, qtbot):
    with demo_db.session() as session:
        unread = session.scalars(
            select(Question).where(Question.status == "new", Question.read_at.is_(None))
            .order_by(Question.created_at.desc()).limit(1)
        ).one()
    combo = window.inbox.status_filter
    combo.setCurrentIndex(combo.findData("new"))
    model = window.inbox.model
    loaded(qtbot, model)
    row = next(r for r in range(model.rowCount()) if model.id_at(r) == unread.id)
    assert model.data(model.index(row, COL_REF), Qt.ItemDataRole.FontRole).bold()

    rect = window.inbox.table.visualRect(model.index(row, COL_TEXT))
    qtbot.mouseClick(window.inbox.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.waitUntil(lambda: question_ref(unread.id) in window.inbox.detail.toPlainText())
    html = window.inbox.detail.toPlainText()
    assert question_ref(unread.id) in html
    assert "History" in html and "Forwarded" in html
    assert model.data(model.index(row, COL_REF), Qt.ItemDataRole.FontRole) is None

    def stored_as_read() -> bool:
        with demo_db.session() as session:
            return session.get(Question, unread.id).read_at is not None

    qtbot.waitUntil(stored_as_read)  # written off the GUI thread


def test_detail_shows_correspondence_of_a_routed_question(window, demo_db, qtbot):
    from liaison_app.core.models import Message

    with demo_db.session() as session:
        qid = session.scalar(select(Message.question_id).where(
            Message.direction == "in", Message.kind == "email").limit(1))
        subject = session.scalar(select(Message.subject).where(
            Message.question_id == qid, Message.direction == "in").limit(1))
    with qtbot.waitSignal(window.inbox.detail.shown):
        window.inbox.detail.show_question(qid)
    text = window.inbox.detail.toPlainText()
    assert "Correspondence" in text and subject in text and "Email received" in text


def test_sorting_by_clicking_the_ref_header(window, demo_db, qtbot):
    window.inbox.status_filter.setCurrentIndex(window.inbox.status_filter.findData(""))
    header = window.inbox.table.horizontalHeader()
    x = header.sectionViewportPosition(COL_REF) + 5
    model = window.inbox.model
    loaded(qtbot, model)
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    loaded(qtbot, model)
    first, second = model.id_at(0), model.id_at(1)
    min_id = _count(demo_db, select(func.min(Question.id)))
    max_id = _count(demo_db, select(func.max(Question.id)))
    assert (first, second) in ((min_id, min_id + 1), (max_id, max_id - 1))
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(x, 5))
    loaded(qtbot, model)
    assert {first, model.id_at(0)} == {min_id, max_id}


def test_every_area_is_reachable_and_shows_its_data(window, demo_db, qtbot):
    expected = {
        "faq": _count(demo_db, select(func.count()).select_from(FaqEntry)),
        "bulletins": _count(demo_db, select(func.count()).select_from(Bulletin)),
        "departments": _count(demo_db, select(func.count()).select_from(Department)),
    }
    for index, key in enumerate(AREAS, start=1):
        qtbot.keyClick(window, Qt.Key(Qt.Key.Key_0 + index), Qt.KeyboardModifier.ControlModifier)
        assert window.current_area() == key
        page = window.stack.currentWidget()
        assert page is window.pages[key] and page.isVisible()
        if key in expected:
            loaded(qtbot, page.model)
            assert page.model.rowCount() == expected[key] > 0
            page.table.selectRow(0)
            qtbot.waitUntil(lambda page=page: page.detail.toPlainText().strip() != "")
    window.go_to("queries")  # the open queries of the demo, by department
    qtbot.waitUntil(lambda: window.pages["queries"].model.rowCount() > 0)

    # Navigation by mouse as well.
    nav = window.nav
    rect = nav.visualRect(window.nav_model.index(AREAS.index("faq"), 0))
    qtbot.mouseClick(nav.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current_area() == "faq"


def test_faq_search_as_you_type_in_either_script(window, demo_db, qtbot):
    window.go_to("faq")
    page = window.pages["faq"]
    qtbot.keyClick(page, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert page.filter.hasFocus()
    type_text(qtbot, page.filter, "挂失")  # Simplified, while the demo base is Traditional
    qtbot.waitUntil(lambda: page.model.text == "挂失" and not page.model.loading
                    and page.model.rowCount() > 0)
    with demo_db.session() as session:
        top = session.get(FaqEntry, page.model.id_at(0))
        assert "掛失" in top.question or "掛失" in " ".join(top.keywords)
        for row in range(page.model.rowCount()):
            entry = session.get(FaqEntry, page.model.id_at(row))
            blob = " ".join([entry.question, entry.answer, *entry.keywords, *entry.key_points])
            assert "掛失" in blob or "挂失" in blob
    page.table.selectRow(0)
    qtbot.waitUntil(lambda: "掛失" in page.detail.toPlainText())
    page.filter.clear()
    qtbot.waitUntil(lambda: page.model.text == "")
    loaded(qtbot, page.model)
    assert page.model.rowCount() == _count(demo_db, select(func.count()).select_from(FaqEntry))


def test_status_bar_shows_database_and_live_counts(window, demo_db, qtbot):
    total = _count(demo_db, select(func.count()).select_from(Question))
    qtbot.waitUntil(lambda: str(total) in window.counts_label.text())
    assert demo_db.display_url in window.db_label.text()
    inbox_title = window.nav_model.item(0).text()
    open_total = _count(demo_db, select(func.count()).select_from(Question)
                        .where(Question.status.in_(list(OPEN_STATUSES))))
    assert f"({open_total})" in inbox_title


def test_language_switch_rebuilds_the_window_in_chinese(qtbot, demo_db, tmp_path):
    settings = load_settings(tmp_path / "settings.toml")
    settings.language = "en"
    controller = AppController(demo_db, settings)
    qtbot.addWidget(controller.window)
    controller.show()
    assert controller.window.nav_model.item(0).text().startswith("Inbox")
    controller.window.go_to("faq")
    action = next(a for a in controller.window.language_actions.actions() if a.data() == "zh_TW")
    action.trigger()
    qtbot.addWidget(controller.window)
    assert controller.window.nav_model.item(0).text().startswith("收件匣")
    assert controller.window.current_area() == "faq"
    assert load_settings(tmp_path / "settings.toml").language == "zh_TW"
    action = next(a for a in controller.window.language_actions.actions() if a.data() == "zh_CN")
    action.trigger()
    qtbot.addWidget(controller.window)
    assert controller.window.nav_model.item(0).text().startswith("收件箱")
    tasks.wait_for_tasks()
    install_translators("en")


def test_window_layout_is_restored(qtbot, demo_db, tmp_path):
    path = tmp_path / "settings.toml"
    first = MainWindow(demo_db, load_settings(path))
    qtbot.addWidget(first)
    first.show()
    first.resize(900, 580)  # the offscreen screen is 800x600; restore clamps to it
    first.inbox.splitter.setSizes([300, 600])
    sizes = first.inbox.splitter.sizes()
    first.close()
    second = MainWindow(demo_db, load_settings(path))
    qtbot.addWidget(second)
    second.show()
    assert (second.width(), second.height()) == (900, 580)
    assert second.inbox.splitter.sizes() == sizes
    QApplication.processEvents()


def test_copying_an_answer_and_marking_used_count_as_hits(window, demo_db, qtbot):
    from liaison_app.core.models import FaqHit
    from liaison_app.ui.models.browse import FaqModel

    window.go_to("faq")
    page = window.pages["faq"]
    loaded(qtbot, page.model)
    assert not page.copy_button.isEnabled()
    rect = page.table.visualRect(page.model.index(2, FaqModel.COL_QUESTION))
    qtbot.mouseClick(page.table.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    entry_id = page.model.id_at(2)
    with demo_db.session() as session:
        entry = session.get(FaqEntry, entry_id)
        before, answer = entry.hit_count, entry.answer
    assert page.copy_button.isEnabled()
    qtbot.mouseClick(page.copy_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: answer in QApplication.clipboard().text())
    qtbot.keyClick(page.table, Qt.Key.Key_U, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    # A button's shortcut "animates" the click, which lands a moment later.
    qtbot.waitUntil(lambda: page.model.data(page.model.index(2, FaqModel.COL_HITS)) == str(before + 2))
    with demo_db.session() as session:
        assert session.get(FaqEntry, entry_id).hit_count == before + 2
        kinds = session.scalars(select(FaqHit.kind).where(FaqHit.entry_id == entry_id)
                                .order_by(FaqHit.id.desc()).limit(2)).all()
    assert kinds == ["used", "copy"]
    assert page.model.data(page.model.index(2, FaqModel.COL_HITS)) == str(before + 2)
