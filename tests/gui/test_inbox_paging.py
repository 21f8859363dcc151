"""The Inbox scrolled deep and filtered as a user does: the rows at the bottom are the
right ones in the right order (picked by id from the ordered list, not by OFFSET), and
questions written by another program are found by the filter and indexed in the
background."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import insert

from liaison_app.core.models import Question
from liaison_app.core.questions import text_index
from liaison_app.core.questions.listing import QuestionFilter, fetch_ids
from liaison_app.core.timeutil import utcnow
from liaison_app.ui.models.inbox import COL_REF, InboxModel
from tests.gui.conftest import loaded
from tests.gui.typing import type_text


@pytest.fixture
def window(open_window, demo_db, monkeypatch):
    monkeypatch.setattr(InboxModel, "PAGE_SIZE", 25)  # many pages from the standard demo
    return open_window(demo_db)


def _shown_ids(qtbot, model, rows: range) -> list[int]:
    for row in rows:
        model.data(model.index(row, COL_REF))  # asks for the page, as painting does
    qtbot.waitUntil(lambda: all(model.id_at(r) is not None for r in rows))
    return [model.id_at(r) for r in rows]


def test_scrolling_to_the_end_and_the_middle_shows_the_right_rows(window, demo_db, qtbot):
    inbox = window.inbox
    inbox.status_filter.setCurrentIndex(inbox.status_filter.findData(""))
    loaded(qtbot, inbox.model)
    with demo_db.session() as session:
        expected = fetch_ids(session, QuestionFilter())  # newest forwarded first
    model = inbox.model
    assert model.rowCount() == len(expected) > 10 * InboxModel.PAGE_SIZE

    bar = inbox.table.verticalScrollBar()
    bar.setValue(bar.maximum())
    last = range(len(expected) - 30, len(expected))
    assert _shown_ids(qtbot, model, last) == expected[-30:]

    bar.setValue(bar.maximum() // 2)
    middle = range(len(expected) // 2 - 20, len(expected) // 2 + 20)
    assert _shown_ids(qtbot, model, middle) == expected[middle.start:middle.stop]

    # Sorted the other way by the header, the deep rows follow the new order.
    inbox.table.sortByColumn(COL_REF, Qt.SortOrder.AscendingOrder)
    loaded(qtbot, model)
    bar.setValue(bar.maximum())
    ascending = sorted(expected)
    assert _shown_ids(qtbot, model, last) == ascending[-30:]


def test_questions_from_another_program_are_found_and_indexed_in_the_background(
        window, demo_db, qtbot):
    inbox = window.inbox
    inbox.status_filter.setCurrentIndex(inbox.status_filter.findData(""))
    loaded(qtbot, inbox.model)
    # Written behind the window's back (an import on another desk, a script).
    with demo_db.engine.begin() as conn:
        conn.execute(insert(Question), [
            {"text": "鸚鵡螺號卡片被盜用怎麼辦", "customer_context": "", "created_at": utcnow(),
             "updated_at": utcnow(), "status": "new", "source": "cli", "product": "",
             "urgent": False, "priority": 0}])
    type_text(qtbot, inbox.text_filter, "鹦鹉")  # typed in Simplified
    qtbot.waitUntil(lambda: inbox.model.rowCount() == 1 and inbox.model.id_at(0) is not None)
    assert "鸚鵡" in inbox.model.row_at(0).text
    if demo_db.backend == "sqlite":
        def caught_up() -> bool:
            with demo_db.engine.connect() as conn:
                return text_index.unindexed_count(conn) == 0
        qtbot.waitUntil(caught_up, timeout=10000)
        inbox.text_filter.clear()
        type_text(qtbot, inbox.text_filter, "螺號卡")
        qtbot.waitUntil(lambda: inbox.model.rowCount() == 1 and inbox.model.id_at(0) is not None)
        assert "鸚鵡" in inbox.model.row_at(0).text
