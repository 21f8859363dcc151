"""Forward a hard question from the agent desk: the search text carried over, the
customer context with card and ID numbers masked as they are typed (unless the agent
says the department needs them), the product and the urgency."""

from __future__ import annotations

from PySide6.QtCore import Signal
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

from liaison_app.core.agent_desk.forwards import masked_context


class AgentForwardDialog(QDialog):
    """Non-blocking: `submitted` carries the fields; the desk window sends them."""

    submitted = Signal(dict)

    def __init__(self, text: str, products: list[str], parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Forward a question"))
        self.text = QPlainTextEdit(text)
        self.text.setPlaceholderText(self.tr("The customer's question"))
        self.context = QLineEdit()
        self.context.setPlaceholderText(self.tr("Customer context (card and ID numbers are masked)"))
        self.context.editingFinished.connect(self.mask_now)
        self.keep_numbers = QCheckBox(self.tr("The department needs the full numbers"))
        self.keep_numbers.toggled.connect(self.mask_now)
        self.product = QComboBox()
        self.product.setEditable(True)
        self.product.addItems([""] + products)
        self.urgent = QCheckBox(self.tr("Urgent: the customer is waiting"))
        self.message = QLabel()
        self.message.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Question"), self.text)
        form.addRow(self.tr("Customer context"), self.context)
        form.addRow("", self.keep_numbers)
        form.addRow(self.tr("Product"), self.product)
        form.addRow("", self.urgent)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.send = self.buttons.addButton(self.tr("Send"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(self.buttons)
        self.resize(460, 320)

    def mask_now(self) -> None:
        """Numbers are masked in the field itself once typed (what is shown is what goes)."""
        if not self.keep_numbers.isChecked():
            masked = masked_context(self.context.text(), False)
            if masked != self.context.text():
                self.context.setText(masked)

    def submit(self) -> None:
        text = self.text.toPlainText().strip()
        if not text:
            self.message.setText(self.tr("Type the customer's question first."))
            return
        self.mask_now()
        self.submitted.emit({"text": text, "context": self.context.text().strip(),
                             "product": self.product.currentText().strip(),
                             "urgent": self.urgent.isChecked(),
                             "keep_numbers": self.keep_numbers.isChecked()})
        self.accept()
