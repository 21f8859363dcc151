"""Help › About: what this is, which version, which database it works on, and where to
read more. The bare box said only the name; a manager asked by IT "which version, on
which database?" had nowhere to look (Thunderbird's and Anki's About boxes answer both).
"""

from __future__ import annotations

from html import escape

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, QUrl, qVersion
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout

from liaison_app import __version__
from liaison_app.core import paths
from liaison_app.ui import resources


class AboutDialog(QDialog):
    def __init__(self, database, parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About Liaison"))
        kind = {"sqlite": self.tr("this computer's database file (SQLite)"),
                "postgresql": self.tr("the team database (PostgreSQL)")}.get(
            database.backend, database.backend)
        rows = [
            (self.tr("Version"), __version__),
            (self.tr("Database"), f"{kind}<br><code>{escape(database.display_url)}</code>"),
            (self.tr("Settings"), f"<code>{escape(str(paths.config_path()))}</code>"),
            (self.tr("Log files"), f"<code>{escape(str(paths.log_dir()))}</code>"),
            (self.tr("Licence"), self.tr("Proprietary: for use inside the bank.")),
            (self.tr("Built with"), f"Qt {qVersion()}, PySide6 {pyside_version}"),
        ]
        table = "".join(f"<tr><td><b>{escape(k)}</b>&nbsp;&nbsp;</td><td>{v}</td></tr>"
                        for k, v in rows)
        guide = QUrl.fromLocalFile(str(resources.user_guide())).toString()
        self.text = QLabel(
            "<h3>" + escape(self.tr("Liaison — hard questions desk")) + "</h3>"
            + "<p>" + escape(self.tr("The information manager's desk of a bank call center: "
                                     "forwarded hard questions, department queries, answers "
                                     "fed back to agents, and the FAQ they grow.")) + "</p>"
            + f"<table>{table}</table>"
            + f'<p><a href="{guide}">' + escape(self.tr("User guide (F1)")) + "</a></p>")
        self.text.setObjectName("aboutText")
        self.text.setWordWrap(True)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.text.linkActivated.connect(lambda link: QDesktopServices.openUrl(QUrl(link)))
        icon = QLabel()
        icon.setPixmap(resources.app_icon().pixmap(64, 64))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(icon, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addWidget(self.text)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)
