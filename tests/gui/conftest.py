"""Shared GUI fixtures: the main window on a given database, shown and started as the
app does, in English, with background tasks drained after each test."""

from __future__ import annotations

import pytest

from liaison_app.core.config import load_settings
from liaison_app.ui import tasks
from liaison_app.ui.gateway import DatabaseGateway
from liaison_app.ui.i18n import install_translators
from liaison_app.ui.main_window import MainWindow


@pytest.fixture
def open_window(qtbot, tmp_path):
    """`open_window(db)`: the main window on `db`, shown and started, its Inbox loaded."""

    def open_(database) -> MainWindow:
        install_translators("en")
        win = MainWindow(database, load_settings(tmp_path / "settings.toml"))
        qtbot.addWidget(win)
        win.show()
        qtbot.waitExposed(win)
        win.start()
        # The Inbox loads in the background; tests start from the loaded window.
        qtbot.waitUntil(lambda: not win.inbox.model.loading)
        return win

    yield open_
    tasks.wait_for_tasks()


@pytest.fixture
def gateway_of():
    """`gateway_of(db)`: a `DatabaseGateway` on `db`, for dialogs and actions built directly;
    its queued writes are drained after the test."""
    made: list[DatabaseGateway] = []

    def make(database) -> DatabaseGateway:
        made.append(DatabaseGateway(database))
        return made[-1]

    yield make
    for gateway in made:
        gateway.wait()



def loaded(qtbot, model) -> None:
    """Wait until a paged model's reload (which runs in the background) is shown."""
    qtbot.waitUntil(lambda: not model.loading)
