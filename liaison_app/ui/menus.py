"""The main window's menu bar, built in one place by the window that owns it.

Every action keeps the object name tests and users rely on, its text (translated in the
context it always had: "MainWindow" for the window's own, "WindowActions" for the desk
tools) and its shortcut. The window's areas come from the page registry, so the View
menu lists the same pages in the same order as the navigation.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, QUrl
from PySide6.QtGui import QAction, QActionGroup, QDesktopServices, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from liaison_app.ui import resources
from liaison_app.ui.actions.backup import ask_and_back_up
from liaison_app.ui.actions.window import (
    copy_diagnostics,
    open_log_folder,
    open_settings,
    open_setup_assistant,
)
from liaison_app.ui.pages.registry import PAGES

translate = QCoreApplication.translate


def _action(
    window: QMainWindow,
    text: str,
    slot: Callable[[], object],
    object_name: str = "",
    shortcut: QKeySequence | None = None,
) -> QAction:
    action = QAction(text, window)
    if object_name:
        action.setObjectName(object_name)
    if shortcut is not None:
        action.setShortcut(shortcut)
    action.triggered.connect(lambda _checked=False: slot())
    return action


def build_menus(window: QMainWindow, controller: QObject | None = None) -> None:
    """File, FAQ, View and Help. With the application `controller`, also the settings and
    the setup assistant, which replace the window when the language or database changes."""
    _file_menu(window, controller)
    _faq_menu(window)
    _view_menu(window)
    _help_menu(window, controller)


def _file_menu(window: QMainWindow, controller: QObject | None) -> None:
    menu = window.menuBar().addMenu(translate("MainWindow", "&File"))
    menu.addAction(
        _action(
            window,
            translate("MainWindow", "&Forward a question…"),
            window.show_forward_dialog,
            "actionForward",
            QKeySequence("Ctrl+N"),
        )
    )
    menu.addAction(
        _action(
            window,
            translate("MainWindow", "&Import forwarded questions…"),
            window.import_questions,
            "actionImportQuestions",
            QKeySequence("Ctrl+I"),
        )
    )
    menu.addSeparator()
    menu.addAction(
        _action(
            window,
            translate("MainWindow", "&Refresh"),
            window.refresh_all,
            shortcut=QKeySequence(QKeySequence.StandardKey.Refresh),
        )
    )
    menu.addAction(
        _action(window, translate("MainWindow", "&Mail settings…"), window.show_mail_settings,
                "actionMailSettings")
    )
    menu.addAction(
        _action(window, translate("MainWindow", "&Audit trail…"), window.show_audit, "actionAudit")
    )
    people = _action(window, translate("MainWindow", "&People…"), window.show_people,
                     "actionPeople")
    # Only an admin manages people (the server would refuse anyone else anyway).
    people.setVisible(window.gateway.access.manages_people)
    menu.addAction(people)
    window.people_action = people
    menu.addSeparator()
    if controller is not None:
        settings_action = _action(
            window,
            translate("WindowActions", "&Settings…"),
            lambda: open_settings(window, controller),
            "settingsAction",
            QKeySequence("Ctrl+,"),
        )  # Cmd+, on macOS
        menu.addAction(settings_action)
        window.settings_action = settings_action
    backup = _action(
        window,
        translate("WindowActions", "&Back up database…"),
        lambda: ask_and_back_up(window, window.database.url, window.settings),
        "backupAction",
    )
    menu.addAction(backup)
    window.backup_action = backup
    menu.addSeparator()
    quit_action = _action(
        window,
        translate("MainWindow", "&Quit"),
        window.close,
        shortcut=QKeySequence(QKeySequence.StandardKey.Quit),
    )
    menu.addAction(quit_action)
    window.file_menu = menu
    window.quit_action = quit_action


def _faq_menu(window: QMainWindow) -> None:
    menu = window.menuBar().addMenu(translate("MainWindow", "F&AQ"))
    for name, text, slot in (
        ("actionImportFaq", translate("MainWindow", "&Import FAQ…"), window.import_faq),
        ("actionExportFaq", translate("MainWindow", "&Export FAQ…"), window.export_faq),
        (
            "actionUseTiers",
            translate("MainWindow", "&Use tiers"),
            lambda: window.show_upkeep("tiers"),
        ),
        ("actionFlags", translate("MainWindow", "&Flags"), lambda: window.show_upkeep("flags")),
        (
            "actionCategories",
            translate("MainWindow", "&Categories"),
            lambda: window.show_upkeep("categories"),
        ),
        (
            "actionSynonyms",
            translate("MainWindow", "&Synonyms…"),
            lambda: window.show_upkeep("synonyms"),
        ),
    ):
        menu.addAction(_action(window, text, slot, name))
    menu.addSeparator()
    menu.addAction(
        _action(
            window,
            translate("MainWindow", "&Review captured phrasings…"),
            window.review_phrasings,
            "actionReviewPhrasings",
        )
    )


def _view_menu(window: QMainWindow) -> None:
    menu = window.menuBar().addMenu(translate("MainWindow", "&View"))
    for index, spec in enumerate(PAGES, start=1):
        menu.addAction(
            _action(
                window,
                spec.title(),
                lambda k=spec.key: window.go_to(k),
                shortcut=QKeySequence(f"Ctrl+{index}"),
            )
        )
    menu.addSeparator()
    _language_menu(window, menu.addMenu(translate("MainWindow", "&Language")))


def _language_menu(window: QMainWindow, menu: QMenu) -> None:
    group = QActionGroup(window)
    for code, name in (
        ("system", translate("MainWindow", "System language")),
        ("en", "English"),
        ("zh_TW", "繁體中文"),
        ("zh_CN", "简体中文"),
    ):
        action = QAction(name, window, checkable=True)
        action.setData(code)
        action.setChecked(window.settings.language == code)
        action.triggered.connect(lambda _checked=False, c=code: window.language_requested.emit(c))
        group.addAction(action)
        menu.addAction(action)
    window.language_actions = group


def _help_menu(window: QMainWindow, controller: QObject | None) -> None:
    menu = window.menuBar().addMenu(translate("MainWindow", "&Help"))
    guide = _action(
        window,
        translate("MainWindow", "&User guide"),
        lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(resources.user_guide()))),
        "actionUserGuide",
        QKeySequence("F1"),
    )
    menu.addAction(guide)
    window.user_guide_action = guide
    diag = _action(
        window,
        translate("WindowActions", "Copy &diagnostics"),
        lambda: copy_diagnostics(window),
        "copyDiagnosticsAction",
    )
    logs = _action(
        window,
        translate("WindowActions", "Open &log folder"),
        open_log_folder,
        "openLogFolderAction",
    )
    menu.addActions([diag, logs])
    menu.addSeparator()
    window.copy_diagnostics_action = diag
    if controller is not None:
        assistant = _action(
            window,
            translate("WindowActions", "&Setup assistant…"),
            lambda: open_setup_assistant(window, controller),
            "setupAssistantAction",
        )
        menu.addAction(assistant)
        window.setup_assistant_action = assistant
    menu.addAction(_action(window, translate("MainWindow", "&About Liaison"), window.show_about))
    window.help_menu = menu
