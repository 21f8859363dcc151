"""Mail settings: the SMTP and IMAP accounts, passwords to the keyring, connection tests.

Passwords go to the system keyring only. Where there is none (a headless or minimal
desktop) the dialog says so and keeps the password in memory for this run; it is never
written to disk.
"""

from __future__ import annotations

import re

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
)

from liaison_app.core import secrets
from liaison_app.core.config import SECURITIES, MailServer, Settings
from liaison_app.mail import imap as imap_transport
from liaison_app.mail import smtp as smtp_transport
from liaison_app.ui.errors import domain_error_text
from liaison_app.ui.tasks import run_task


class _ServerBox(QGroupBox):
    def __init__(self, title: str, section: str, server: MailServer, parent=None) -> None:
        super().__init__(title, parent)
        self.section = section
        self.host = QLineEdit(server.host)
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(server.port or (465 if section == "smtp" else 993))
        self.security = QComboBox()
        labels = {"ssl": self.tr("SSL/TLS"), "starttls": self.tr("STARTTLS"),
                  "none": self.tr("None (plain, unencrypted)")}
        for value in SECURITIES:
            self.security.addItem(labels[value], value)
        self.security.setCurrentIndex(max(0, self.security.findData(server.security)))
        self.username = QLineEdit(server.username)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        if secrets.get_password(section):
            self.password.setPlaceholderText(self.tr("(stored; type to replace)"))
        self.test_button = QPushButton(self.tr("Test connection"))
        self.test_result = QLabel()
        self.test_result.setWordWrap(True)
        self.form = QFormLayout(self)
        self.form.addRow(self.tr("Server:"), self.host)
        self.form.addRow(self.tr("Port:"), self.port)
        self.form.addRow(self.tr("Security:"), self.security)
        self.form.addRow(self.tr("User name:"), self.username)
        self.form.addRow(self.tr("Password:"), self.password)

    def add_test_row(self) -> None:
        row = QHBoxLayout()
        row.addWidget(self.test_button)
        row.addWidget(self.test_result, 1)
        self.form.addRow(row)

    def server(self, base: MailServer) -> MailServer:
        base.host = self.host.text().strip()
        base.port = self.port.value()
        base.security = self.security.currentData()
        base.username = self.username.text().strip()
        return base

    def password_for_test(self) -> str | None:
        return self.password.text() or secrets.get_password(self.section)


# A host name, an authserv-id (a domain-like name) or an IPv4/IPv6 address.
_NAME = re.compile(r"[A-Za-z0-9_.:\-\[\]]{1,253}")


def _names(text: str) -> list[str]:
    return [n.strip() for n in re.split(r"[,，;；\s]+", text) if n.strip()]


class MailSettingsDialog(QDialog):
    def __init__(self, settings: Settings, parent=None) -> None:
        super().__init__(parent)
        self._settings = settings
        self.setWindowTitle(self.tr("Mail settings"))
        self.resize(640, 760)
        smtp, imap = settings.mail_server("smtp"), settings.mail_server("imap")
        self._smtp_base, self._imap_base = smtp, imap
        self.smtp = _ServerBox(self.tr("Outgoing mail (SMTP)"), "smtp", smtp)
        self.from_address = QLineEdit(smtp.from_address)
        self.from_name = QLineEdit(smtp.from_name)
        self.smtp.form.addRow(self.tr("Sender address:"), self.from_address)
        self.smtp.form.addRow(self.tr("Sender name:"), self.from_name)
        self.smtp.add_test_row()
        self.imap = _ServerBox(self.tr("Incoming mail (IMAP)"), "imap", imap)
        self.folders = QLineEdit(", ".join(imap.folders))
        self.poll = QSpinBox()
        self.poll.setRange(10, 86400)
        self.poll.setSuffix(self.tr(" s"))
        self.poll.setValue(imap.poll_seconds)
        self.imap.form.addRow(self.tr("Folders to watch:"), self.folders)
        self.imap.form.addRow(self.tr("Check every:"), self.poll)
        # Who vouches for agents' mail: without either, a forwarded question waits in the
        # unmatched tray instead of becoming a question (a forged From would otherwise do).
        self.authserv_ids = QLineEdit(", ".join(imap.authserv_ids))
        self.authserv_ids.setObjectName("authservIds")
        self.authserv_ids.setPlaceholderText(self.tr("e.g. mail.bank.example"))
        self.authserv_ids.setToolTip(self.tr(
            "The name the bank's mail server writes in the Authentication-Results header "
            "of mail it has checked (SPF/DKIM/DMARC)."))
        self.trusted_relays = QLineEdit(", ".join(imap.trusted_relays))
        self.trusted_relays.setObjectName("trustedRelays")
        self.trusted_relays.setPlaceholderText(self.tr("e.g. relay1.bank.example, 10.1.2.3"))
        self.trusted_relays.setToolTip(self.tr(
            "Internal mail relays (host names or addresses): mail that reached the bank's "
            "server through one of them comes from inside the bank."))
        self.trust_error = QLabel()
        self.trust_error.setObjectName("trustError")
        self.trust_error.setStyleSheet("color:#b00020")
        self.trust_error.setWordWrap(True)
        self.trust_note = QLabel(self.tr(
            "Agents' mail becomes a question by itself only when one of these vouches for "
            "it; otherwise it waits in the unmatched tray for you."))
        self.trust_note.setWordWrap(True)
        self.imap.form.addRow(self.tr("Trusted mail server:"), self.authserv_ids)
        self.imap.form.addRow(self.tr("Internal relays:"), self.trusted_relays)
        self.imap.form.addRow(self.trust_note)
        self.imap.form.addRow(self.trust_error)
        self.trust_error.hide()
        self.imap.add_test_row()
        self.smtp.test_button.clicked.connect(lambda: self.test("smtp"))
        self.imap.test_button.clicked.connect(lambda: self.test("imap"))

        self.keyring_note = QLabel()
        self.keyring_note.setWordWrap(True)
        self.keyring_note.setObjectName("keyringNote")
        if not secrets.keyring_available():
            self.keyring_note.setText(self.tr(
                "No system keyring is available on this computer. Passwords you enter are "
                "kept in memory for this run only and asked again next time; they are never "
                "written to disk."))
        self.error_label = QLabel()
        self.error_label.setStyleSheet("color:#b00020")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.keyring_note)
        layout.addWidget(self.smtp)
        layout.addWidget(self.imap)
        layout.addWidget(self.error_label)
        layout.addWidget(buttons)

    def servers(self) -> tuple[MailServer, MailServer]:
        smtp = self.smtp.server(self._smtp_base)
        smtp.from_address = self.from_address.text().strip()
        smtp.from_name = self.from_name.text().strip()
        imap = self.imap.server(self._imap_base)
        imap.folders = [f.strip() for f in self.folders.text().split(",") if f.strip()] or ["INBOX"]
        imap.poll_seconds = self.poll.value()
        imap.authserv_ids = _names(self.authserv_ids.text())
        imap.trusted_relays = _names(self.trusted_relays.text())
        return smtp, imap

    def _trust_problem(self) -> str:
        """What is wrong with the trust fields (names, not sentences), or ''."""
        for name in (*_names(self.authserv_ids.text()), *_names(self.trusted_relays.text())):
            if not _NAME.fullmatch(name):
                return self.tr("“%1” is not a host name or address; separate several "
                               "with commas.").replace("%1", name)
        return ""

    def test(self, section: str) -> None:
        box = self.smtp if section == "smtp" else self.imap
        server = self.servers()[0 if section == "smtp" else 1]
        password = box.password_for_test()
        box.test_result.setText(self.tr("Testing…"))
        box.test_button.setEnabled(False)
        transport = smtp_transport if section == "smtp" else imap_transport
        check = transport.check_connection

        def done(text: str) -> None:
            box.test_button.setEnabled(True)
            box.test_result.setStyleSheet("color:#1b5e20")
            box.test_result.setText(self.tr("OK: %1").replace("%1", text))

        def failed(exc: Exception) -> None:
            box.test_button.setEnabled(True)
            box.test_result.setStyleSheet("color:#b00020")
            box.test_result.setText(self.tr("Failed: %1").replace("%1", domain_error_text(exc)))

        run_task(lambda: check(server, password), done, failed)

    def save(self) -> None:
        problem = self._trust_problem()
        self.trust_error.setText(problem)
        self.trust_error.setVisible(bool(problem))
        if problem:
            return
        smtp, imap = self.servers()
        self._settings.set_mail_server("smtp", smtp)
        self._settings.set_mail_server("imap", imap)
        try:
            self._settings.save()
        except OSError as exc:
            self.error_label.setText(self.tr("Cannot save the settings: %1").replace("%1", str(exc)))
            return
        for box in (self.smtp, self.imap):
            if box.password.text():
                try:
                    secrets.set_password(box.section, box.password.text())
                except secrets.KeyringUnavailable:
                    secrets.remember_for_this_run(box.section, box.password.text())
        self.accept()
