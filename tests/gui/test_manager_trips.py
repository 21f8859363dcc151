"""Issue 14, item 12: the smaller things a manager trips on, walked through the window
the way they were found (1280×800, a real database, the real dialogs)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from liaison_app.ui.models.inbox import COL_TEXT
from tests import factories as make
from tests.gui.test_triage import select_in_inbox

SENDER = "hardq@bank.example"


@pytest.fixture
def center(db):
    with db.session() as s, s.begin():
        card = make.department(s, "銀行卡部", "借記卡的掛失、補卡", sla_hours=8,
                               keywords=["掛失", "補卡"])
        make.contact(s, card, "王麗", email="wang.li@cards.bank.example")
        make.agents(s)
    return db


@pytest.fixture
def window(open_window, center, tmp_path):
    (tmp_path / "settings.toml").write_text(
        f'[smtp]\nfrom_address = "{SENDER}"\nfrom_name = "客服中心"\n', encoding="utf-8")
    return open_window(center)


def test_question_column_is_readable_at_1280_by_800(window, center, qtbot):
    """The Question column was squeezed to 40 px at 1280×800 once a question was selected."""
    qid = make.forward(center, "A1001", "客戶借記卡丟失要掛失，請問補卡需要多久").question_id
    window.resize(1280, 800)
    select_in_inbox(qtbot, window, qid)
    qtbot.wait(50)
    table = window.inbox.table
    assert table.columnWidth(COL_TEXT) >= 220, table.columnWidth(COL_TEXT)  # was 40
    assert window.inbox.triage.width() >= window.inbox.triage.minimumSizeHint().width()
    assert window.inbox.triage.isVisible()

