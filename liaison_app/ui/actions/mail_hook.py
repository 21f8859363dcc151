"""Opening the mail settings dialog (ui/mail_settings_dialog.py, built apart) when this
installation has it; the welcome and settings dialogs offer mail setup only then."""

from __future__ import annotations

import importlib
import logging

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QWidget

from liaison_app.core.config import Settings

log = logging.getLogger(__name__)


def mail_dialog_class() -> type[QDialog] | None:
    try:
        module = importlib.import_module("liaison_app.ui.dialogs.mail_settings")
    except ImportError:
        return None
    return getattr(module, "MailSettingsDialog", None)


def open_mail_settings(parent: QWidget, settings: Settings) -> QDialog | None:
    """Show the mail settings dialog (non-blocking); None when it is not available."""
    cls = mail_dialog_class()
    if cls is None:
        return None
    try:
        dialog = cls(settings, parent)
    except TypeError:
        dialog = cls(parent=parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
