"""File > Import forwarded questions: the same import as `liaison import`, off the GUI thread.

The window stays usable while the file is checked and written (in chunks, published in
one short transaction at the end, so other writes are not held up); progress is shown in
a non-modal dialog. When rows are bad, nothing is written and the manager sees each
problem by line and field, then may import the good rows only.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from liaison_app.core.questions.file_import import import_questions_chunked
from liaison_app.ui.actions.file_transfer import busy, open_file, problems_text, result_box
from liaison_app.ui.gateway import DatabaseGateway
from liaison_app.ui.labels.problems import problem_lines


class _Progress(QObject):
    """Carries progress from the worker thread to the GUI thread (queued signal)."""

    moved = Signal(int, int)


class QuestionImportRunner(QObject):
    # Emitted with the report after rows were written.
    imported = Signal(object)
    # Emitted with the report when nothing was written because of bad rows or an error.
    refused = Signal(object)

    def __init__(self, gateway: DatabaseGateway, actor: str, parent: QWidget) -> None:
        super().__init__(parent)
        self._gateway = gateway
        self._actor = actor
        self._parent = parent
        self.progress_dialog: QProgressDialog | None = None
        self.last_box: QMessageBox | None = None
        # Replaceable in tests: ask for a file, then call back with its path.
        self.choose_file: Callable[[Callable[[str], None]], None] = self._file_dialog

    def start(self) -> None:
        self.choose_file(lambda path: path and self.run(path))

    def _file_dialog(self, callback: Callable[[str], None]) -> None:
        open_file(self._parent, self.tr("Import forwarded questions"),
                  self.tr("Forwarded questions (*.csv *.jsonl *.tsv *.txt)"), callback)

    def run(self, path: str, skip_invalid: bool = False) -> None:
        progress = _Progress(self)
        dialog = busy(self._parent, self.tr("Import forwarded questions"),
                      self.tr("Checking %1…").replace("%1", path), "importProgress")
        self.progress_dialog = dialog

        def moved(done: int, total: int) -> None:
            if total:
                dialog.setMaximum(total)
                dialog.setValue(done)
                dialog.setLabelText(self.tr("Imported %1 of %2 rows").replace("%1", f"{done:,}")
                                    .replace("%2", f"{total:,}"))
            else:
                dialog.setLabelText(self.tr("Checked %1 rows").replace("%1", f"{done:,}"))

        progress.moved.connect(moved)
        actor = self._actor

        def work(database):
            # In chunks, published at the end in one short transaction: the desk keeps
            # working (forwards, mail) while a large file goes in.
            return import_questions_chunked(database, path, actor, skip_invalid=skip_invalid,
                                            progress=progress.moved.emit)

        self._gateway.write_alongside(work, lambda report: self._finished(report, path, dialog),
                                      lambda exc: self._failed(exc, dialog))

    def _finished(self, report, path: str, dialog: QProgressDialog) -> None:
        dialog.close()
        problems = problem_lines(report)  # in the user's language
        shown = problems_text(problems)
        if report.imported:
            text = self.tr("Imported %n question(s).", "", report.imported)
            if problems:
                text += " " + self.tr("%1 bad rows were skipped.").replace("%1", str(report.skipped))
            box = self._box(QMessageBox.Icon.Information, text, shown)
            box.addButton(QMessageBox.StandardButton.Ok)
            self.imported.emit(report)
            box.show()
            return
        if not problems:
            box = self._box(QMessageBox.Icon.Information, self.tr("The file holds no questions."), "")
            box.addButton(QMessageBox.StandardButton.Ok)
            box.show()
            self.refused.emit(report)
            return
        good = report.rows - report.skipped
        text = self.tr("Nothing was imported: %1 of %2 rows have problems (see details).") \
            .replace("%1", str(report.skipped)).replace("%2", str(report.rows))
        box = self._box(QMessageBox.Icon.Warning, text, shown)
        if good > 0:
            button = box.addButton(self.tr("Import the %1 good rows").replace("%1", str(good)),
                                   QMessageBox.ButtonRole.AcceptRole)
            button.setObjectName("importGoodRows")
            button.clicked.connect(lambda: self.run(path, skip_invalid=True))
        box.addButton(QMessageBox.StandardButton.Close)
        self.refused.emit(report)
        box.show()

    def _failed(self, exc: Exception, dialog: QProgressDialog) -> None:
        dialog.close()
        box = self._box(QMessageBox.Icon.Warning, str(exc), "")
        box.addButton(QMessageBox.StandardButton.Ok)
        box.show()
        self.refused.emit(exc)

    def _box(self, icon, text: str, details: str) -> QMessageBox:
        self.last_box = result_box(self._parent, icon, self.tr("Import forwarded questions"), text,
                                   details, "importResult")
        return self.last_box
