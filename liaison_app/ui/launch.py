"""Starting the desktop app with something on screen at once.

Only Qt is imported before the first pixels: on a local SQLite database the Inbox's
first rows, read with the standard library (`first_rows.py`), elsewhere a splash with the
app's name, appear while SQLAlchemy, the domain model and the database (most of the
start-up time) load behind them; the main window replaces them as soon as it is built.
"""

from __future__ import annotations

import importlib
import logging
import os
import sys
import threading

from PySide6 import QtCore
from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, QTimer, Signal
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPainter, QPixmap
from PySide6.QtWidgets import QApplication, QLabel, QMessageBox

from liaison_app import APP_NAME, __version__
from liaison_app.core.config import ConfigError, load_settings
from liaison_app.ui import resources
from liaison_app.ui.i18n import install_translators, resolve_language

log = logging.getLogger(__name__)


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


class Splash(QLabel):
    """A frameless picture shown while the app loads.

    Not QSplashScreen: its show() blocks for up to a second waiting for the window to be
    exposed on some platforms, which is exactly the time the splash is meant to hide.
    """

    def __init__(self, pixmap: QPixmap) -> None:
        super().__init__()
        self.setWindowFlags(QtCore.Qt.WindowType.SplashScreen | QtCore.Qt.WindowType.FramelessWindowHint)
        self.setPixmap(pixmap)
        self.resize(pixmap.size())
        screen = QGuiApplication.primaryScreen()
        if screen is not None:
            self.move(screen.availableGeometry().center() - self.rect().center())

    def finish(self, _window) -> None:
        self.close()
        self.deleteLater()


def make_splash() -> Splash:
    pixmap = QPixmap(420, 160)
    pixmap.fill(QColor("#ffffff"))
    painter = QPainter(pixmap)
    painter.setPen(QColor("#c5cdd8"))
    painter.drawRect(pixmap.rect().adjusted(0, 0, -1, -1))  # visible on a white desktop
    painter.drawPixmap(24, 40, resources.app_icon().pixmap(80, 80))
    title = QFont()
    title.setPointSize(20)
    title.setBold(True)
    painter.setFont(title)
    painter.setPen(QColor("#1f5fa8"))
    painter.drawText(124, 78, APP_NAME)
    painter.setFont(QFont())
    painter.setPen(QColor("#555555"))
    painter.drawText(126, 102, QCoreApplication.translate("Launch", "Hard questions desk") + f"  {__version__}")
    painter.setPen(QColor("#777777"))
    painter.drawText(pixmap.rect().adjusted(0, 0, -12, -10),
                     int(QtCore.Qt.AlignmentFlag.AlignBottom | QtCore.Qt.AlignmentFlag.AlignRight),
                     QCoreApplication.translate("Launch", "Opening the database…"))
    painter.end()
    return Splash(pixmap)


def run_app(db_url: str | None = None, config_path: str | None = None) -> int:
    from liaison_app.core.app_logging import setup_logging
    from liaison_app.ui.dialogs.error import ErrorReporter

    app = make_application()
    reporter = ErrorReporter(setup_logging(), app)
    reporter.install()
    try:
        return _run(app, db_url, config_path)
    except Exception as exc:  # noqa: BLE001 - never a silent exit: log and tell the user
        reporter.fatal(exc)
        return 1
    finally:
        reporter.uninstall()


def _run(app: QApplication, db_url: str | None, config_path: str | None) -> int:
    try:
        settings = load_settings(config_path)
    except ConfigError as exc:
        QMessageBox.critical(None, APP_NAME, str(exc))
        return 1
    install_translators(resolve_language(settings.language))
    from liaison_app.core.app_setup import is_first_run, startup_url

    if is_first_run(db_url, settings):
        from liaison_app.ui.dialogs.welcome import WelcomeDialog

        WelcomeDialog(settings, first_run=True).exec()  # every step skippable; closing = empty
    db_url = startup_url(db_url, settings)
    splash = _first_rows(db_url, settings)
    if splash is None:
        splash = make_splash()
        splash.show()
    app.processEvents()

    if getattr(splash, "user_closed", False):
        return 0  # closed as soon as it showed: a quit
    if hasattr(splash, "busy"):
        splash.busy()
    loaded = load_behind(lambda: _open_and_load(db_url), getattr(splash, "closed_by_user", None))
    if loaded is None:  # the early window was closed while the rest loaded: a quit
        splash.close()
        return 0
    from liaison_app.core.database import DatabaseError
    from liaison_app.core.team import sign_in

    # A team database is tried first as it is (a kept password, or Kerberos/peer
    # authentication needs none); the sign-in dialog comes when the server asks for a
    # password, and an unreachable server still offers the database on this computer.
    try:
        database = loaded.value()
        if sign_in.is_team_url(db_url):
            database = _with_access(database, db_url)
            if database is None:
                return 0
    except DatabaseError as exc:
        if sign_in.is_team_url(db_url) and sign_in.problem_of(exc) in (
                sign_in.Problem.WRONG_PASSWORD, sign_in.Problem.DISABLED):
            splash.close()
            database = _sign_in(db_url)
            return 0 if database is None else _show_and_run(app, database, settings, None)
        splash.close()
        database = _fall_back_to_this_computer(exc, db_url, settings)
        if database is not None:
            return _show_and_run(app, database, settings, None)
        QMessageBox.critical(
            None, APP_NAME,
            QCoreApplication.translate("App", "The database could not be opened.") + "\n\n" + str(exc),
        )
        return 1
    return _show_and_run(app, database, settings, splash)


# What loads behind the early window, off the GUI thread (`load_behind`): SQLAlchemy,
# the models and the rest of core with the database's opening (most of the start-up),
# then the main window's own modules. Importing a module that defines widgets makes no
# widget or other QObject (none of ours does at import), so the thread it runs on does
# not matter; the widgets are made on the GUI thread afterwards. A module left off this
# list still loads, on the GUI thread when first imported: only slower to the user
# (tests/gui/test_start_steps.py holds the list complete).
LOADED_BEHIND = (
    "liaison_app.core.team.sign_in",
    "liaison_app.ui.app",
    "liaison_app.ui.actions.backup",
    "liaison_app.ui.actions.mail",
    "liaison_app.ui.actions.mail_worker",
)


def _open_and_load(db_url: str | None):
    """The database opened (and migrated), then the modules of LOADED_BEHIND imported;
    runs on the loader thread, so touches no widget."""
    from sqlalchemy.orm import configure_mappers

    from liaison_app.core.database import open_database

    database = open_database(db_url)
    for name in LOADED_BEHIND:
        importlib.import_module(name)
    # The mappers are set up on the first query otherwise: on the reader thread while
    # the main window paints, holding the GIL for 0.1-0.3 s of pure Python.
    configure_mappers()
    return database


class Loaded:
    """What the loader thread produced: its value, or its exception raised again on the
    GUI thread by `value()`, where the launcher's error handling runs as before."""

    def __init__(self, value=None, error: BaseException | None = None) -> None:
        self._value = value
        self._error = error

    def value(self):
        if self._error is not None:
            raise self._error
        return self._value


class _Wake(QObject):
    """Lives on the GUI thread; the loader thread's emit arrives there queued."""

    done = Signal()


def load_behind(work, cancelled=None) -> Loaded | None:
    """`work()` on a thread of its own while the GUI thread keeps serving the early
    window (paints, moves, resizes, the busy cursor), instead of freezing for the
    seconds that importing SQLAlchemy and the models takes. Returns None when the user
    closed the early window meanwhile (`cancelled`, a signal): a quit, once the thread
    is done (an import or a migration is never cut short).

    The GUI thread waits in a local event loop, so the only pauses it sees are the
    interpreter's thread switches (5 ms by default) while the loader holds the GIL.
    """
    result: dict[str, Loaded] = {}
    closed: list[bool] = []
    wake = _Wake()
    loop = QEventLoop()
    wake.done.connect(loop.quit)  # emitted on the loader thread: arrives queued
    if cancelled is not None:
        cancelled.connect(lambda: (closed.append(True), loop.quit()))

    def run() -> None:
        try:
            result["loaded"] = Loaded(work())
        except BaseException as exc:  # noqa: BLE001 - handed to the GUI thread
            result["loaded"] = Loaded(error=exc)
        wake.done.emit()

    thread = threading.Thread(target=run, name="liaison-start", daemon=True)
    thread.start()
    if "loaded" not in result:
        loop.exec()
    thread.join()
    if closed:
        try:
            opened = result["loaded"].value()
        except BaseException:
            log.info("start cancelled; loading had failed", exc_info=True)
        else:
            getattr(opened, "close", lambda: None)()
        return None
    return result["loaded"]


def _first_rows(db_url: str | None, settings):
    """The Inbox's first rows at once for a local SQLite database (`ui/first_rows.py`),
    before SQLAlchemy and the models load; None for any other database."""
    from liaison_app.core import paths
    from liaison_app.ui.first_rows import show_first_rows

    return show_first_rows(db_url or os.environ.get("LIAISON_DB_URL"), settings,
                           paths.default_db_path())


def _sign_in(db_url: str):
    """The sign-in dialog for a team database; the open database, or None if cancelled."""
    from liaison_app.ui.dialogs.sign_in import SignInDialog

    dialog = SignInDialog(db_url)
    if dialog.exec() != SignInDialog.DialogCode.Accepted or dialog.result_value is None:
        return None
    return dialog.result_value.database


def _with_access(database, db_url: str):
    """A team database opened with a stored password: find the desk, or sign in anew."""
    from liaison_app.core.team import sign_in

    try:
        sign_in.attach_access(database)
    except sign_in.SignInError:
        return _sign_in(db_url)
    return database


def _fall_back_to_this_computer(exc: Exception, db_url: str | None, settings):
    """A team database chosen in Settings is unreachable: offer the local one instead of
    leaving the user locked out; the choice is forgotten only when they agree."""
    from liaison_app.core.app_setup import forget_database, stored_database_url
    from liaison_app.core.database import DatabaseError, open_database

    if db_url is None or db_url != stored_database_url(settings):
        return None
    answer = QMessageBox.question(
        None, APP_NAME,
        QCoreApplication.translate("App", "The team database chosen in Settings could not be "
                                   "opened:\n\n%1\n\nOpen the database on this computer "
                                   "instead? (You can choose the team database again in "
                                   "File › Settings.)").replace("%1", str(exc)),
    )
    if answer != QMessageBox.StandardButton.Yes:
        return None
    try:
        database = open_database(None)
    except DatabaseError:
        return None
    forget_database(settings)
    try:
        settings.save()
    except OSError:
        pass
    return database


def _simulated_error() -> None:
    """LIAISON_SIMULATE_ERROR=1: an error with secrets in it, to try the error dialog and
    the log masking on a real installation."""
    raise RuntimeError("simulated error: card 6222 0212 3456 7890, ID 11010519491231002X, "
                       "password=simulated-Secret-1")


def _show_and_run(app: QApplication, database, settings, splash) -> int:
    from liaison_app.ui.app import AppController

    controller = AppController(database, settings)
    controller.show()
    if splash is not None:
        splash.finish(controller.window)
    from liaison_app.ui.actions.backup import start_daily_backup

    start_daily_backup(database.url, settings)
    if os.environ.get("LIAISON_SIMULATE_ERROR"):
        QTimer.singleShot(500, _simulated_error)
    code = app.exec()
    database.close()
    return code
