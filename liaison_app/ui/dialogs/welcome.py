"""The welcome screen of the first start (and Help › Setup assistant… later).

Step 1 chooses the data: try with demo data (written off the GUI thread with progress),
start empty, or connect to a team's database (its password goes to the keyring, never
into the URL kept in settings.toml). Step 2 offers mail setup. Every step can be skipped.
Tests drive it with show(); the launcher runs it with exec() before the main window.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCommandLinkButton,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from liaison_app.core import secrets
from liaison_app.core.app_setup import check_database_url, remember_database, split_password
from liaison_app.core.config import Settings
from liaison_app.core.database import display_url, resolve_url
from liaison_app.ui import resources
from liaison_app.ui.actions.mail_hook import mail_dialog_class, open_mail_settings
from liaison_app.ui.tasks import run_task

PAGE_CHOOSE, PAGE_DEMO, PAGE_TEAM, PAGE_MAIL = range(4)


class _Progress(QObject):
    """Carries make_demo's progress lines from the worker to the GUI thread."""

    step = Signal(str)


class WelcomeDialog(QDialog):
    def __init__(self, settings: Settings, *, first_run: bool = True, demo_url: str | None = None,
                 can_add_demo: bool = True, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("welcomeDialog")
        self.settings = settings
        self.first_run = first_run
        self.demo_url = demo_url or resolve_url(None)
        self.choice = "empty"  # "demo" | "empty" | "team"
        self.database_url: str | None = None  # a team database chosen here
        self.demo_counts: dict[str, int] | None = None
        self.mail_dialog: QDialog | None = None
        self.setWindowTitle(self.tr("Welcome to Liaison") if first_run else self.tr("Setup assistant"))
        self.setMinimumWidth(560)

        self.pages = QStackedWidget()
        self.pages.addWidget(self._choose_page(can_add_demo))
        self.pages.addWidget(self._demo_page())
        self.pages.addWidget(self._team_page())
        self.pages.addWidget(self._mail_page())
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages)

    # --- pages ------------------------------------------------------------------------
    def _heading(self, text: str) -> QLabel:
        label = QLabel(text)
        font = QFont(label.font())
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        label.setFont(font)
        return label

    def _choose_page(self, can_add_demo: bool) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        box.addWidget(self._heading(self.tr("Welcome to Liaison")))
        intro = QLabel(self.tr("Liaison keeps every question your agents forward, the queries to "
                               "business departments and the FAQ base. Where should it start?"))
        intro.setWordWrap(True)
        box.addWidget(intro)
        self.demo_button = QCommandLinkButton(
            self.tr("Try it with demo data"),
            self.tr("A realistic center: departments, agents, questions in every state, an FAQ "
                    "base and bulletins, in a database on this computer."))
        self.demo_button.setObjectName("demoButton")
        self.demo_button.setEnabled(can_add_demo)
        if not can_add_demo:
            self.demo_button.setDescription(self.tr("The current database already holds data."))
        self.empty_button = QCommandLinkButton(
            self.tr("Start empty"),
            self.tr("Your own database on this computer, to fill with your departments and FAQ."))
        self.empty_button.setObjectName("emptyButton")
        if not self.first_run:
            self.empty_button.setText(self.tr("Use the database on this computer"))
            self.empty_button.setDescription(display_url(resolve_url(None)))
        self.team_button = QCommandLinkButton(
            self.tr("Connect to a team database"),
            self.tr("A PostgreSQL server shared with your colleagues."))
        self.team_button.setObjectName("teamButton")
        for button in (self.demo_button, self.empty_button, self.team_button):
            box.addWidget(button)
        box.addStretch(1)
        row = QHBoxLayout()
        later = QLabel(self.tr("All of this can be changed later in File › Settings and "
                               "Help › Setup assistant."))
        later.setWordWrap(True)
        row.addWidget(later, 1)
        self.skip_button = QPushButton(self.tr("Skip"))
        self.skip_button.setObjectName("skipButton")
        self.skip_button.clicked.connect(self.skip)
        row.addWidget(self.skip_button)
        box.addLayout(row)
        self.demo_button.clicked.connect(self.start_demo)
        self.empty_button.clicked.connect(self.start_empty)
        self.team_button.clicked.connect(lambda: self.pages.setCurrentIndex(PAGE_TEAM))
        return page

    def _demo_page(self) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        box.addWidget(self._heading(self.tr("Writing demo data")))
        self.demo_step = QLabel(self.tr("Opening the database…"))
        self.demo_step.setObjectName("demoStep")
        self.demo_step.setWordWrap(True)
        self.demo_bar = QProgressBar()
        self.demo_bar.setRange(0, 0)  # busy: make_demo reports steps, not percentages
        box.addWidget(self.demo_step)
        box.addWidget(self.demo_bar)
        self.demo_error = QLabel()
        self.demo_error.setObjectName("demoError")
        self.demo_error.setWordWrap(True)
        self.demo_error.setStyleSheet(resources.error_style())
        box.addWidget(self.demo_error)
        box.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        self.demo_back = QPushButton(self.tr("Back"))
        self.demo_back.setVisible(False)
        self.demo_back.clicked.connect(lambda: self.pages.setCurrentIndex(PAGE_CHOOSE))
        row.addWidget(self.demo_back)
        box.addLayout(row)
        return page

    def _team_page(self) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        box.addWidget(self._heading(self.tr("Connect to a team database")))
        note = QLabel(self.tr("Ask your database administrator for the address. The password is "
                              "kept in this computer's keyring, never in a settings file."))
        note.setWordWrap(True)
        box.addWidget(note)
        form = QFormLayout()
        self.url_edit = QLineEdit()
        self.url_edit.setObjectName("urlEdit")
        self.url_edit.setPlaceholderText("postgresql://manager@dbhost/liaison")
        current = self.settings.data.get("database", {}).get("url")
        if current:
            self.url_edit.setText(current)
        self.password_edit = QLineEdit()
        self.password_edit.setObjectName("passwordEdit")
        self.password_edit.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Database URL:"), self.url_edit)
        form.addRow(self.tr("Password:"), self.password_edit)
        box.addLayout(form)
        self.team_error = QLabel()
        self.team_error.setObjectName("teamError")
        self.team_error.setWordWrap(True)
        self.team_error.setStyleSheet(resources.error_style())
        box.addWidget(self.team_error)
        box.addStretch(1)
        row = QHBoxLayout()
        back = QPushButton(self.tr("Back"))
        back.clicked.connect(lambda: self.pages.setCurrentIndex(PAGE_CHOOSE))
        self.connect_button = QPushButton(self.tr("Connect"))
        self.connect_button.setObjectName("connectButton")
        self.connect_button.setDefault(True)
        self.connect_button.clicked.connect(self.connect_team)
        row.addWidget(back)
        row.addStretch(1)
        row.addWidget(self.connect_button)
        box.addLayout(row)
        return page

    def _mail_page(self) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        box.addWidget(self._heading(self.tr("Mail")))
        self.data_summary = QLabel()
        self.data_summary.setObjectName("dataSummary")
        self.data_summary.setWordWrap(True)
        box.addWidget(self.data_summary)
        text = QLabel(self.tr("Liaison sends queries to departments and reads their replies by "
                              "email. Set up the mail accounts now, or later in File › Settings."))
        text.setWordWrap(True)
        box.addWidget(text)
        self.mail_button = QPushButton(self.tr("Set up mail…"))
        self.mail_button.setObjectName("mailButton")
        self.mail_button.clicked.connect(self.open_mail)
        self.mail_note = QLabel()
        self.mail_note.setWordWrap(True)
        if mail_dialog_class() is None:
            self.mail_button.setEnabled(False)
            self.mail_note.setText(self.tr("Mail setup is not part of this version yet; this step "
                                           "is skipped."))
        box.addWidget(self.mail_button, 0, Qt.AlignmentFlag.AlignLeft)
        box.addWidget(self.mail_note)
        box.addStretch(1)
        row = QHBoxLayout()
        row.addStretch(1)
        self.finish_button = QPushButton(self.tr("Start working"))
        self.finish_button.setObjectName("finishButton")
        self.finish_button.setDefault(True)
        self.finish_button.clicked.connect(self.finish)
        row.addWidget(self.finish_button)
        box.addLayout(row)
        return page

    # --- steps ------------------------------------------------------------------------
    def _to_mail(self, summary: str) -> None:
        self.data_summary.setText(summary)
        self.pages.setCurrentIndex(PAGE_MAIL)

    def start_empty(self) -> None:
        self.choice = "empty"
        if self.first_run:
            text = self.tr("Liaison starts with an empty database: %1")
        else:
            text = self.tr("Liaison uses the database on this computer: %1")
        self._to_mail(text.replace("%1", display_url(resolve_url(None))))

    def start_demo(self) -> None:
        from liaison_app.core.database import open_database
        from liaison_app.demo.builder import make_demo

        self.choice = "demo"
        self.pages.setCurrentIndex(PAGE_DEMO)
        self.demo_error.clear()
        self.demo_back.setVisible(False)
        self.demo_bar.setVisible(True)
        relay = _Progress(self)
        relay.step.connect(self.demo_step.setText)
        url = self.demo_url

        def work() -> dict[str, int]:
            database = open_database(url)
            try:
                return make_demo(database, progress=relay.step.emit)
            finally:
                database.close()

        def done(counts: dict[str, int]) -> None:
            self.demo_counts = counts
            self.demo_bar.setVisible(False)
            self._to_mail(self.tr("Demo data is ready: %1 questions and %2 FAQ entries.")
                          .replace("%1", str(counts.get("questions", 0)))
                          .replace("%2", str(counts.get("faq_entries", 0))))

        def failed(exc: Exception) -> None:
            self.demo_bar.setVisible(False)
            self.demo_error.setText(self.tr("The demo data could not be written: %1").replace("%1", str(exc)))
            self.demo_back.setVisible(True)

        run_task(work, done, failed)

    def connect_team(self) -> None:
        from liaison_app.core.database import open_database

        self.team_error.clear()
        try:
            url = check_database_url(self.url_edit.text())
        except ValueError as exc:
            self.team_error.setText(str(exc))
            return
        bare, in_url = split_password(url)
        password = self.password_edit.text() or in_url
        trial = url if password is None else _with_password(bare, password)
        self.connect_button.setEnabled(False)
        self.connect_button.setText(self.tr("Connecting…"))

        def work() -> str:
            database = open_database(trial)  # also creates or upgrades the schema
            database.close()
            return bare

        def done(_bare: str) -> None:
            self.connect_button.setEnabled(True)
            self.connect_button.setText(self.tr("Connect"))
            self.choice = "team"
            self.database_url = remember_database(self.settings, bare, password)
            self.password_edit.clear()
            summary = self.tr("Connected to %1.").replace("%1", display_url(self.database_url))
            if password and not secrets.keyring_available():
                summary += " " + self.tr("This computer has no keyring: the password is kept only "
                                         "until Liaison closes.")
            self._to_mail(summary)

        def failed(exc: Exception) -> None:
            self.connect_button.setEnabled(True)
            self.connect_button.setText(self.tr("Connect"))
            self.team_error.setText(str(exc).replace(password or "\0", "***"))

        run_task(work, done, failed)

    def skip(self) -> None:
        """First start: an empty database; later: nothing changes."""
        self.choice = "empty" if self.first_run else "none"
        self.reject()

    def open_mail(self) -> None:
        self.mail_dialog = open_mail_settings(self, self.settings)

    def finish(self) -> None:
        try:
            self.settings.save()
        except OSError:
            pass
        self.accept()


def _with_password(url: str, password: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(url).set(password=password).render_as_string(hide_password=False)
