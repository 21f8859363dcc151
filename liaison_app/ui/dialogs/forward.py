""""Forward a question": for questions that reach the manager by phone or chat.

Goes through core.intake like every other door, so the same checks, duplicate detection
and FAQ suggestions apply; a refused input is shown in the dialog next to the field
it concerns, and nothing typed is lost.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
)

from liaison_app.core.questions.intake import ForwardRequest, IntakeError, forward_question
from liaison_app.core.questions.listing import filter_choices
from liaison_app.ui.errors import domain_error_text
from liaison_app.ui.gateway import DatabaseGateway
from liaison_app.ui.labels.problems import problem_message


class ForwardDialog(QDialog):
    # The new question's id, after it was recorded.
    forwarded = Signal(object)

    def __init__(self, gateway: DatabaseGateway, actor: str, parent=None) -> None:
        super().__init__(parent)
        self._gateway = gateway
        self._actor = actor
        self.result_data = None
        self.setObjectName("forwardDialog")
        self.setWindowTitle(self.tr("Forward a question"))
        self.setMinimumWidth(520)

        self.agent = QComboBox()
        self.agent.setObjectName("forwardAgent")
        self.agent.setEditable(True)
        self.agent.lineEdit().setPlaceholderText(self.tr("Agent code, e.g. A1001"))
        self.create_agent = QCheckBox(self.tr("Add the agent if the code is new"))
        self.create_agent.setObjectName("forwardCreateAgent")
        self.text = QPlainTextEdit()
        self.text.setObjectName("forwardText")
        self.text.setPlaceholderText(self.tr("The customer's question, in the customer's words"))
        self.text.setTabChangesFocus(True)
        self.context = QPlainTextEdit()
        self.context.setObjectName("forwardContext")
        self.context.setPlaceholderText(self.tr("What the customer said or tried; account details"))
        self.context.setTabChangesFocus(True)
        self.context.setMaximumHeight(80)
        self.product = QLineEdit()
        self.product.setObjectName("forwardProduct")
        self.urgent = QCheckBox(self.tr("Urgent: the customer is waiting (half the SLA)"))
        self.urgent.setObjectName("forwardUrgent")
        self.error = QLabel()
        self.error.setObjectName("forwardError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #b00020")

        form = QFormLayout()
        form.addRow(self.tr("Agent:"), self.agent)
        form.addRow("", self.create_agent)
        form.addRow(self.tr("Question:"), self.text)
        form.addRow(self.tr("Customer context:"), self.context)
        form.addRow(self.tr("Product:"), self.product)
        form.addRow("", self.urgent)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Forward"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self._load_agents()

    def _load_agents(self) -> None:
        def load(session):
            return filter_choices(session).agents

        def show(agents) -> None:
            typed = self.agent.currentText()
            self.agent.clear()
            for _id, label in agents:
                self.agent.addItem(label, label.split(" ", 1)[0])
            self.agent.setCurrentIndex(-1)
            self.agent.setEditText(typed)

        self._gateway.read(load, show, owner=self)

    def request(self) -> ForwardRequest:
        typed = self.agent.currentText().strip()
        code = typed.split(" ", 1)[0] if typed else ""
        return ForwardRequest(agent=code, text=self.text.toPlainText(),
                              context=self.context.toPlainText(), product=self.product.text(),
                              urgent=self.urgent.isChecked(), source="dialog")

    def submit(self) -> None:
        request = self.request()
        create = self.create_agent.isChecked()
        actor = self._actor
        self.buttons.setEnabled(False)
        self.error.clear()

        def work(session):
            return forward_question(session, request, actor, create_agent=create)

        self._gateway.write(work, self._done, self._refused, owner=self)

    def _done(self, result) -> None:
        self.buttons.setEnabled(True)
        self.result_data = result
        self.forwarded.emit(result)
        self.accept()

    def _refused(self, exc: Exception) -> None:
        self.buttons.setEnabled(True)
        if isinstance(exc, IntakeError):
            field = {"agent": self.agent, "text": self.text, "context": self.context,
                     "product": self.product}.get(exc.field)
            if field is not None:
                field.setFocus(Qt.FocusReason.OtherFocusReason)
            if exc.field == "agent" and "unknown agent" in str(exc):
                self.error.setText(self.tr("Unknown agent %1: check the code, or tick "
                                           "\"Add the agent if the code is new\".")
                                   .replace("%1", self.request().agent))
                return
        # Intake's refusals are worded like an import's problems: said in the user's language.
        reason = problem_message(str(exc)) if isinstance(exc, IntakeError) else domain_error_text(exc)
        self.error.setText(self.tr("Not forwarded: %1").replace("%1", reason))
