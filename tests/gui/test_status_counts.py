"""The status bar's counts stay right without reading every question on each refresh:
the timer reads only what the clock changes, opening a question lowers the unread count
by itself, and a write anywhere brings a full recount through the change feed."""

from __future__ import annotations

from contextlib import contextmanager

import pytest
from sqlalchemy import event, func, select

from liaison_app.core.dashboard import live_counts
from liaison_app.core.models import Question
from tests.gui.conftest import loaded


@pytest.fixture
def window(open_window, demo_db, qtbot):
    win = open_window(demo_db)
    qtbot.waitUntil(lambda: win.counts is not None)
    return win


@contextmanager
def statements(db):
    seen: list[str] = []

    def record(_conn, _cursor, statement, *_args):
        seen.append(" ".join(statement.split()))

    event.listen(db.engine, "before_cursor_execute", record)
    try:
        yield seen
    finally:
        event.remove(db.engine, "before_cursor_execute", record)


def _full_count_reads(seen: list[str]) -> list[str]:
    return [s for s in seen if s.startswith("SELECT")
            and ("GROUP BY questions.status" in s or "read_at IS NULL" in s)]


def test_the_timer_reads_only_clock_driven_counts(window, demo_db, qtbot):
    before = window.counts
    with statements(demo_db) as seen:
        window._timer.timeout.emit()
        qtbot.waitUntil(lambda: window.counts is not before)
    assert seen, "the timer read nothing"
    assert _full_count_reads(seen) == []
    with demo_db.session() as session:
        expected = live_counts(session)
    assert window.counts == expected
    assert f"{expected.overdue} overdue" in window.counts_label.text()


def test_opening_a_new_question_lowers_unread_without_a_recount(window, demo_db, qtbot):
    inbox = window.inbox
    unread_before = window.counts.unread
    assert unread_before > 0
    with demo_db.session() as session:
        target = session.scalars(select(Question.id).where(Question.is_unread)
                                 .order_by(Question.created_at.desc()).limit(1)).one()
    row = inbox.model.row_of_id(target)
    assert row is not None, "the newest unread question is on the first page"
    with statements(demo_db) as seen:
        inbox.table.selectRow(row)
        qtbot.waitUntil(lambda: window.counts.unread == unread_before - 1)
    assert _full_count_reads(seen) == []
    assert f"{unread_before - 1} unread" in window.counts_label.text()
    with demo_db.session() as session:
        assert session.scalar(select(func.count()).select_from(Question)
                              .where(Question.is_unread)) == unread_before - 1


def test_a_write_elsewhere_brings_a_full_recount(window, demo_db, qtbot):
    total = window.counts.total
    from tests.factories import forward

    forward(demo_db, "A1001", "境外消費被拒怎麼辦")  # another desk, the command line
    window.check_arrivals()
    qtbot.waitUntil(lambda: window.counts.total == total + 1, timeout=10000)
    loaded(qtbot, window.inbox.model)
    combo = window.inbox.status_filter
    assert f"({total + 1})" in combo.itemText(combo.findData(""))
