"""The admin's desk: the people of the team database, and the audit trail.

A login whose only Liaison role is `admin` manages people; it has no grant on the
questions, the queries or the FAQ, so the manager's window would only show empty pages
and log "permission denied" for each. This window holds the people screen (the same as
File › People… on a manager's desk who is also an admin) and the audit trail, which
admins may read.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow

from liaison_app.ui.dialogs.people import PeopleDialog
from liaison_app.ui.gateway import gateway_for


class PeopleWindow(QMainWindow):
    """The window an admin-only sign-in opens (AppController picks it by the desk)."""

    language_requested = Signal(str)

    def __init__(self, database, settings, controller=None) -> None:
        super().__init__()
        self.database = database
        self._settings = settings
        self.gateway = gateway_for(database)
        who = self.gateway.access.who
        self.setWindowTitle(self.tr("Liaison — people") + (f" — {who}" if who else ""))
        self.people = PeopleDialog(self.gateway, self)
        self.people.setWindowFlags(Qt.WindowType.Widget)  # a page of this window
        self.setCentralWidget(self.people)
        menu = self.menuBar().addMenu(self.tr("&File"))
        audit = QAction(self.tr("&Audit trail…"), self)
        audit.setObjectName("actionAudit")
        audit.triggered.connect(self.show_audit)
        menu.addAction(audit)
        menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        menu.addAction(quit_action)
        self.statusBar().addPermanentWidget(QLabel(who))
        self.resize(960, 560)

    def start(self) -> None:
        self.people.load()

    def show_audit(self):
        from liaison_app.ui.dialogs.audit import AuditDialog

        dialog = AuditDialog(self.gateway, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        dialog.load()
        self.audit_dialog = dialog
        return dialog

    def current_area(self) -> str:
        return "people"

    def go_to(self, area: str) -> None:
        """One page only."""

    def save_layout(self) -> None:
        """Nothing to keep beyond the window's size."""
