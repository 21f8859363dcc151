"""The pieces every import and export action shares: non-blocking file dialogs, a busy
dialog, a non-modal result box, and the list of problems shown in its details.

Questions, the FAQ base and the department directory each import and export through
these, so the three behave alike (and tests drive them alike).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QProgressDialog, QWidget

MAX_SHOWN_PROBLEMS = 200

translate = QCoreApplication.translate


def open_file(parent: QWidget, title: str, name_filter: str, callback: Callable[[str], None]) -> None:
    """Ask for an existing file without blocking; `callback(path)` when one is chosen."""
    dialog = QFileDialog(parent, title)
    dialog.setNameFilter(name_filter)
    dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.fileSelected.connect(callback)
    dialog.open()


def save_file(parent: QWidget, title: str, name_filters: Sequence[str], suffix: str, name: str,
              callback: Callable[[str], None]) -> None:
    """Ask where to write a file without blocking; `callback(path)` when one is chosen."""
    dialog = QFileDialog(parent, title)
    dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
    dialog.setNameFilters(list(name_filters))
    dialog.setDefaultSuffix(suffix)
    dialog.selectFile(name)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.fileSelected.connect(callback)
    dialog.open()


def busy(parent: QWidget, title: str, text: str, name: str) -> QProgressDialog:
    """A non-modal progress dialog, busy (no range) until a caller sets one."""
    dialog = QProgressDialog(text, "", 0, 0, parent)
    dialog.setObjectName(name)
    dialog.setWindowTitle(title)
    dialog.setCancelButton(None)
    dialog.setWindowModality(Qt.WindowModality.NonModal)
    dialog.setMinimumDuration(0)
    dialog.show()
    return dialog


def result_box(parent: QWidget, icon, title: str, text: str, details: str, name: str) -> QMessageBox:
    """A non-modal message box (buttons are the caller's), deleted when closed."""
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, parent)
    box.setObjectName(name)
    if details:
        box.setDetailedText(details)
    box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    box.setWindowModality(Qt.WindowModality.NonModal)
    return box


def problems_text(lines: Sequence[str], limit: int = MAX_SHOWN_PROBLEMS) -> str:
    """The first `limit` problems, one a line, and how many more there are."""
    shown = "\n".join(lines[:limit])
    if len(lines) > limit:
        shown += "\n" + translate("FileTransfer", "and %1 more").replace("%1", str(len(lines) - limit))
    return shown
