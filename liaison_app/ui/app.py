"""The application controller: it owns the main window, so a language switch can
rebuild it: every string is translated again without a restart, and the layout is kept.
Started by `ui.launch.run_app`."""

from __future__ import annotations

from PySide6.QtCore import QObject

from liaison_app.core.config import Settings
from liaison_app.core.database import Database
from liaison_app.core.team.people import Desk
from liaison_app.ui.desks.agent import AgentDeskWindow
from liaison_app.ui.i18n import install_translators, resolve_language
from liaison_app.ui.main_window import MainWindow


class AppController(QObject):
    def __init__(self, database: Database, settings: Settings) -> None:
        super().__init__()
        self.database = database
        self.settings = settings
        self.language = install_translators(resolve_language(settings.language))
        self.window = self._make_window()

    def _make_window(self) -> MainWindow | AgentDeskWindow:
        access = self.database.access
        if access is not None and access.desk == Desk.AGENT:
            window = AgentDeskWindow(self.database, self.settings, controller=self)
        else:
            window = MainWindow(self.database, self.settings, controller=self)
        window.language_requested.connect(self.switch_language)
        return window

    def show(self) -> None:
        self.window.show()
        self.window.start()

    def switch_language(self, code: str) -> None:
        self.settings.language = code
        self.window.save_layout()
        self.language = install_translators(resolve_language(code))
        self._rebuild_window()

    def _rebuild_window(self) -> None:
        area = self.window.current_area()
        old = self.window
        self.window = self._make_window()
        self.window.go_to(area)
        self.show()
        old.close()
        old.deleteLater()

    def switch_database(self, database: Database) -> None:
        """Work on another (already opened) database from now on, without a restart."""
        from liaison_app.ui import tasks

        self.window.save_layout()
        previous, previous_gateway = self.database, self.window.gateway
        self.database = database
        self._rebuild_window()
        tasks.wait_for_tasks()  # nothing may still use the old engine:
        previous_gateway.wait()  # neither reads on the pool nor the old window's writes
        previous.close()
