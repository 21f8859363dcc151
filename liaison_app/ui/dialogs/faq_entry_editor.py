"""A simple editor of an entry's text; saving makes a new revision (core.faq_edit).

Also the small "Flag this entry" dialog agents and the manager use from the FAQ page.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
)

from liaison_app.core.errors import DomainError
from liaison_app.core.faq.edit import editable_text, revise_entry, update_from_question
from liaison_app.core.faq.flags import flag_entry
from liaison_app.core.models import FlagKind
from liaison_app.ui.errors import domain_error_text
from liaison_app.ui.gateway import DatabaseGateway
from liaison_app.ui.labels.faq import flag_kind_label


def _split_keywords(text: str) -> list[str]:
    for sep in ("，", "、", ";", "；"):
        text = text.replace(sep, ",")
    return [word.strip() for word in text.split(",") if word.strip()]


class EntryEditor(QDialog):
    """Edit question, answer, key points (one a line) and keywords; Save makes a revision."""

    saved = Signal(int, int)  # entry id, new revision number

    def __init__(self, gateway: DatabaseGateway, entry_id: int, author: str, note: str = "",
                 parent=None, question_id: int | None = None, also=None) -> None:
        super().__init__(parent)
        self._gateway, self.entry_id, self._author = gateway, entry_id, author
        # Set when the change comes from an answered question ("Update FAQ entry").
        self._question_id = question_id
        # `also(session, revision_number)`: more of the same action, in the same
        # transaction as the new revision (e.g. resolving the flag it fixes).
        self._also = also
        self.setObjectName("entryEditor")
        self.setWindowTitle(self.tr("Edit FAQ entry %1").replace("%1", str(entry_id)))
        # The entry is read in the background; Save waits for it (`loaded`).
        self.loaded = False
        self._revision = None
        self.question = QLineEdit()
        self.answer = QPlainTextEdit()
        self.key_points = QPlainTextEdit()
        self.key_points.setPlaceholderText(self.tr("One key point a line"))
        self.keywords = QLineEdit()
        self.keywords.setPlaceholderText(self.tr("Keywords, separated by 、 or commas"))
        self.note = QLineEdit(note)
        self.note.setPlaceholderText(self.tr("What changed and why"))
        self.problem = QLabel()
        self.problem.setObjectName("editorProblem")
        self.problem.setStyleSheet("color: #b00020")
        form = QFormLayout()
        form.addRow(self.tr("Question"), self.question)
        form.addRow(self.tr("Answer"), self.answer)
        form.addRow(self.tr("Key points"), self.key_points)
        form.addRow(self.tr("Keywords"), self.keywords)
        form.addRow(self.tr("Change note"), self.note)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.save_button = buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setEnabled(False)
        self.revision_label = QLabel()
        # After a conflict: the colleague's saved text beside the person's own, which stays
        # in the fields; Save then puts theirs on top of it, or they take the colleague's.
        self.theirs = QPlainTextEdit()
        self.theirs.setObjectName("theirVersion")
        self.theirs.setReadOnly(True)
        self.theirs.setMaximumHeight(140)
        self.theirs_label = QLabel()
        self.theirs_label.setWordWrap(True)
        self.take_theirs = QPushButton(self.tr("Use their version"))
        self.take_theirs.setObjectName("takeTheirVersion")
        self.take_theirs.clicked.connect(self._use_theirs)
        self._their_text: dict | None = None
        layout = QVBoxLayout(self)
        layout.addWidget(self.revision_label)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.theirs_label)
        layout.addWidget(self.theirs)
        layout.addWidget(self.take_theirs)
        layout.addWidget(buttons)
        self._show_theirs(False)
        self.resize(640, 520)
        self.reload()

    def reload(self) -> None:
        """Read the entry as it is stored now (on opening, and after a conflict)."""
        entry_id = self.entry_id
        self.loaded = False
        self.save_button.setEnabled(False)
        self._gateway.read(lambda session: editable_text(session, entry_id), self._fill,
                           lambda exc: self.problem.setText(str(exc)), owner=self)

    def _fill(self, d: dict) -> None:
        """Show the entry as read, and allow saving."""
        self.question.setText(d.get("question", ""))
        self.answer.setPlainText(d.get("answer", ""))
        self.key_points.setPlainText("\n".join(d.get("key_points", [])))
        self.keywords.setText("、".join(d.get("keywords", [])))
        self._start_from(d)

    def _start_from(self, d: dict) -> None:
        """Saving now starts from the revision read in `d` (the fields are left alone)."""
        self._revision = d.get("revision")
        self.revision_label.setText(self.tr("Revision %1; saving makes revision %2.")
                                    .replace("%1", str(d.get("revision", 1)))
                                    .replace("%2", str(d.get("revision", 1) + 1)))
        self.loaded = True
        self.save_button.setEnabled(True)

    def _show_theirs(self, shown: bool) -> None:
        for widget in (self.theirs_label, self.theirs, self.take_theirs):
            widget.setVisible(shown)

    def _conflict(self) -> None:
        """A colleague saved first: read what they saved and show it beside the person's
        own text, which stays in the fields (typed work is never thrown away)."""
        entry_id = self.entry_id
        self.loaded = False
        self.save_button.setEnabled(False)
        self._gateway.read(lambda session: editable_text(session, entry_id), self._theirs_read,
                           lambda exc: self.problem.setText(str(exc)), owner=self)

    def _theirs_read(self, d: dict) -> None:
        self._their_text = d
        self.theirs.setPlainText("\n".join([
            d.get("question", ""), "", d.get("answer", ""), "",
            *[f"• {point}" for point in d.get("key_points", [])], "",
            "、".join(d.get("keywords", []))]).strip())
        self.theirs_label.setText(self.tr(
            "Saved meanwhile (revision %1). Your text is kept above: Save puts it on top of "
            "this version as the next revision, or use their version instead.")
            .replace("%1", str(d.get("revision", 1))))
        self._show_theirs(True)
        self._start_from(d)

    def _use_theirs(self) -> None:
        """The person prefers the colleague's text: it replaces theirs in the fields."""
        if self._their_text is not None:
            self._fill(self._their_text)
        self._show_theirs(False)
        self.problem.clear()

    def accept(self) -> None:
        """Save off the GUI thread (re-indexing may wait on a colleague's lock)."""
        if not self.loaded:
            return
        points = [line for line in self.key_points.toPlainText().splitlines() if line.strip()]
        args = (self.entry_id, self.question.text(), self.answer.toPlainText(), points,
                _split_keywords(self.keywords.text()), self._author, self.note.text().strip())
        question_id, revision, also = self._question_id, self._revision, self._also

        def work(session) -> int:
            if question_id is not None:
                number = update_from_question(session, question_id, *args,
                                              expected_revision=revision)
            else:
                number = revise_entry(session, *args, expected_revision=revision)
            if also is not None:
                also(session, number)
            return number

        def done(number: int) -> None:
            self.save_button.setEnabled(True)
            super(EntryEditor, self).accept()
            self.saved.emit(self.entry_id, number)

        def failed(exc: Exception) -> None:
            self.save_button.setEnabled(True)
            if isinstance(exc, DomainError):
                self.problem.setText(domain_error_text(exc))
                if exc.code == "edit_conflict":
                    self._conflict()
                return
            self.problem.setText(" ".join(str(getattr(exc, "orig", None) or exc).split())[:300])

        self.save_button.setEnabled(False)
        self.problem.clear()
        self._gateway.write(work, done, failed, owner=self)


class FlagDialog(QDialog):
    """Flag an entry as wrong, unclear, out of date or missing something, with a comment
    for its owner."""

    flagged = Signal(int)  # flag id

    def __init__(self, gateway: DatabaseGateway, entry_id: int, who: str, parent=None) -> None:
        super().__init__(parent)
        self._gateway, self.entry_id, self._who = gateway, entry_id, who
        self.setObjectName("flagDialog")
        self.setWindowTitle(self.tr("Flag FAQ entry %1").replace("%1", str(entry_id)))
        self.kind = QComboBox()
        for kind in FlagKind:
            self.kind.addItem(flag_kind_label(kind), kind.value)
        self.comment = QPlainTextEdit()
        self.comment.setPlaceholderText(self.tr("What is wrong, unclear, out of date or missing?"))
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #b00020")
        form = QFormLayout()
        form.addRow(self.tr("The entry is"), self.kind)
        form.addRow(self.tr("Comment"), self.comment)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("The flag goes to the queue of the entry's owner department.")))
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.resize(460, 300)

    def accept(self) -> None:
        """Record the flag in the write order; close on success, say why not beside the form."""
        entry_id, kind, comment, who = (self.entry_id, self.kind.currentData(),
                                        self.comment.toPlainText(), self._who)

        def done(flag_id: int) -> None:
            self.ok_button.setEnabled(True)
            super(FlagDialog, self).accept()
            self.flagged.emit(flag_id)

        def failed(exc: Exception) -> None:
            self.ok_button.setEnabled(True)
            self.problem.setText(str(exc))

        self.ok_button.setEnabled(False)
        self.problem.clear()
        self._gateway.write(lambda session: flag_entry(session, entry_id, kind, comment, who),
                            done, failed, owner=self)
