"""What the desk-tool menu actions do (diagnostics, logs, settings, first-run setup,
switching databases); the window's menus (ui/menus.py) connect them.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, QUrl, qVersion
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import QMessageBox

from liaison_app.core.app_logging import log_path
from liaison_app.core.diagnostics import diagnostics_text
from liaison_app.ui import i18n
from liaison_app.ui.gateway import gateway_for

translate = QCoreApplication.translate



def diagnostics_for(database_url: str | None) -> str:
    import PySide6

    return diagnostics_text(database_url, {
        "Qt": qVersion(),
        "PySide6": PySide6.__version__,
        "Qt platform": QGuiApplication.platformName(),
        "Language": i18n.current_language() or "-",
    })


def copy_diagnostics(window) -> str:
    text = diagnostics_for(window._db.url)
    QGuiApplication.clipboard().setText(text)
    message = translate("WindowActions", "Diagnostics copied to the clipboard")
    window.statusBar().showMessage(message, 5000)
    return text


def open_log_folder() -> None:
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(log_path().parent)))


def use_database(window, controller, url: str | None) -> None:
    """Open `url` (None: the SQLite file on this computer) in the background and switch."""
    from liaison_app.core.database import DatabaseError, open_database
    from liaison_app.ui.tasks import run_task

    window.statusBar().showMessage(translate("WindowActions", "Opening the database…"))

    def failed(exc: Exception) -> None:
        window.statusBar().clearMessage()
        box = QMessageBox(QMessageBox.Icon.Warning, translate("WindowActions", "Database"),
                          translate("WindowActions", "The database could not be opened."),
                          QMessageBox.StandardButton.Ok, window)
        box.setInformativeText(str(exc) if isinstance(exc, DatabaseError) else repr(exc))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.show()

    run_task(lambda: open_database(url), controller.switch_database, failed)


def open_setup_assistant(window, controller) -> None:
    from liaison_app.core.dashboard import holds_data

    # Whether the demo may be added (only to an empty database) is read in the background;
    # the assistant opens when the answer is there.
    gateway_for(window._db).read(lambda session: not holds_data(session),
                                 lambda empty: _show_setup_assistant(window, controller, empty),
                                 owner=window)


def _show_setup_assistant(window, controller, empty: bool):
    from liaison_app.core.app_setup import forget_database, stored_database_url
    from liaison_app.ui.dialogs.welcome import WelcomeDialog

    dialog = WelcomeDialog(controller.settings, first_run=False, demo_url=window._db.url,
                           can_add_demo=empty, parent=window)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def finished(_result: int) -> None:
        if dialog.choice == "team" and dialog.database_url:
            use_database(window, controller, dialog.database_url)
        elif dialog.choice == "empty" and stored_database_url(controller.settings):
            forget_database(controller.settings)  # back to the file on this computer
            controller.settings.save()
            use_database(window, controller, None)
        elif dialog.choice == "demo" and dialog.demo_counts:
            controller.window.refresh_all()

    dialog.finished.connect(finished)
    dialog.show()
    window.setup_assistant = dialog
    return dialog


def open_settings(window, controller):
    from liaison_app.ui.dialogs.settings import SettingsDialog

    # No parent: a language switch rebuilds the window, and the dialog must outlive it.
    dialog = SettingsDialog(gateway_for(controller.database), controller)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    controller.settings_dialog = dialog
    return dialog

