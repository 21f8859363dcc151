"""Menu actions of the delivery layer (diagnostics, logs, backup, settings, first-run
setup), added to each main window the controller makes so the window module stays small.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject, QUrl, qVersion
from PySide6.QtGui import QAction, QDesktopServices, QGuiApplication

from liaison_app.core.app_logging import log_path
from liaison_app.core.diagnostics import diagnostics_text
from liaison_app.ui import i18n


def tr(text: str) -> str:
    return QCoreApplication.translate("WindowActions", text)


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
    window.statusBar().showMessage(tr("Diagnostics copied to the clipboard"), 5000)
    return text


def open_log_folder() -> None:
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(log_path().parent)))


def _action(window, object_name: str, text: str, slot) -> QAction:
    action = QAction(text, window)
    action.setObjectName(object_name)
    action.triggered.connect(lambda _checked=False: slot())
    return action


def install_window_actions(window, controller: QObject | None = None) -> None:
    help_menu = window.help_menu
    first = help_menu.actions()[0] if help_menu.actions() else None
    diag = _action(window, "copyDiagnosticsAction", tr("Copy &diagnostics"),
                   lambda: copy_diagnostics(window))
    logs = _action(window, "openLogFolderAction", tr("Open &log folder"), open_log_folder)
    help_menu.insertActions(first, [diag, logs])
    help_menu.insertSeparator(first)
    window.copy_diagnostics_action = diag

    from liaison_app.ui.backup_actions import ask_and_back_up

    file_menu = window.file_menu
    backup = _action(window, "backupAction", tr("&Back up database…"),
                     lambda: ask_and_back_up(window, window._db.url, window._settings))
    file_menu.insertActions(window.quit_action, [backup])
    file_menu.insertSeparator(window.quit_action)
    window.backup_action = backup
    extra = getattr(controller, "extend_window", None)
    if extra is not None:
        extra(window)

