""""Answer from FAQ", previewed: the agent's answer is shown before it is recorded.

Answering used to commit at the click, with no look at the text the agent would get
(Zendesk shows a macro's result in the reply box before it is submitted; Outlook's Quick
Parts insert into a draft). The dialog loads the entry's answer exactly as the question
would receive it; *Answer with this entry* is the only way on, Cancel the default.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
)

from liaison_app.core.questions.triage import AnswerPreview, preview_faq_answer
from liaison_app.ui.errors import domain_error_text
from liaison_app.ui.gateway import DatabaseGateway


class AnswerPreviewDialog(QDialog):
    confirmed = Signal(int)  # the entry id, once the manager has read the answer

    def __init__(self, gateway: DatabaseGateway, entry_id: int, refs: list[str], parent=None) -> None:
        super().__init__(parent)
        self.setObjectName("answerPreview")
        self._entry_id = entry_id
        self.loaded = False
        self.setWindowTitle(self.tr("Answer from FAQ entry #%1").replace("%1", str(entry_id)))
        self.heading = QLabel(self.tr("Loading…"))
        self.heading.setObjectName("answerPreviewQuestion")
        self.heading.setWordWrap(True)
        self.answer = QPlainTextEdit()
        self.answer.setObjectName("answerPreviewText")
        self.answer.setReadOnly(True)
        self.note = QLabel(self.tr("%1 will be answered with this text, which the agent(s) "
                                   "receive when you send it.").replace("%1", ", ".join(refs)))
        self.note.setObjectName("answerPreviewNote")
        self.note.setWordWrap(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.use_button = self.buttons.addButton(self.tr("Answer with this entry"),
                                                 QDialogButtonBox.ButtonRole.AcceptRole)
        self.use_button.setObjectName("answerPreviewUse")
        self.use_button.setEnabled(False)
        self.use_button.setAutoDefault(False)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setDefault(True)
        self.use_button.clicked.connect(self._use)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(self.answer, 1)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        self.resize(520, 360)
        gateway.read(lambda session: preview_faq_answer(session, entry_id), self._show,
                     lambda exc: self.heading.setText(domain_error_text(exc)), owner=self)

    def _show(self, preview: AnswerPreview) -> None:
        self.heading.setText(f"#{preview.entry_id} · {preview.question}")
        self.answer.setPlainText(preview.answer)
        if not preview.live:
            self.note.setText(self.tr("This entry is not published and valid now: agents "
                                      "cannot be given its answer."))
        self.use_button.setEnabled(preview.live)
        self.loaded = True

    def _use(self) -> None:
        self.confirmed.emit(self._entry_id)
        self.accept()
