"""Starting the desktop app: settings, language, database, then the main window.

The controller owns the window so a language switch can rebuild it: every string is
translated again without a restart, and the layout is kept.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QApplication, QMessageBox

from liaison_app import APP_NAME, __version__
from liaison_app.core.config import ConfigError, Settings, load_settings
from liaison_app.core.database import Database, DatabaseError, open_database
from liaison_app.ui import resources
from liaison_app.ui.i18n import install_translators, resolve_language
from liaison_app.ui.main_window import MainWindow


class AppController(QObject):
    def __init__(self, database: Database, settings: Settings) -> None:
        super().__init__()
        self.database = database
        self.settings = settings
        self.language = install_translators(resolve_language(settings.language))
        self.window = self._make_window()

    def _make_window(self) -> MainWindow:
        window = MainWindow(self.database, self.settings)
        window.language_requested.connect(self.switch_language)
        return window

    def show(self) -> None:
        self.window.show()
        self.window.start()

    def switch_language(self, code: str) -> None:
        self.settings.language = code
        self.window.save_layout()
        self.language = install_translators(resolve_language(code))
        area = self.window.current_area()
        old = self.window
        self.window = self._make_window()
        self.window.go_to(area)
        self.show()
        old.close()
        old.deleteLater()


def make_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv)
    app.setApplicationName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationName(APP_NAME)
    app.setWindowIcon(resources.app_icon())
    qss = resources.stylesheet()
    if qss:
        app.setStyleSheet(qss)
    return app


def run_app(db_url: str | None = None, config_path: str | None = None) -> int:
    app = make_application()
    try:
        settings = load_settings(config_path)
    except ConfigError as exc:
        QMessageBox.critical(None, APP_NAME, str(exc))
        return 1
    install_translators(resolve_language(settings.language))
    try:
        database = open_database(db_url)
    except DatabaseError as exc:
        QMessageBox.critical(
            None, APP_NAME,
            QCoreApplication.translate("App", "The database could not be opened.") + "\n\n" + str(exc),
        )
        return 1
    controller = AppController(database, settings)
    controller.show()
    code = app.exec()
    database.close()
    return code
