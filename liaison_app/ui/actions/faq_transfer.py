"""FAQ › Import FAQ… and Export FAQ…: the `liaison faq import/export` work, off the GUI thread.

A busy progress dialog shows while the file is read or written; the report lists every bad
row by line and field (nothing is written unless all rows are good, or the manager then
chooses to import the good rows only). File dialogs sit behind `choose_file` /
`choose_target`, which tests replace.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from liaison_app.core.faq.export import export_faq
from liaison_app.core.faq.file_import import import_faq
from liaison_app.core.search.learning import relearn_if_due
from liaison_app.ui.actions.file_transfer import (
    busy,
    open_file,
    problems_text,
    result_box,
    save_file,
)
from liaison_app.ui.gateway import DatabaseGateway
from liaison_app.ui.labels.problems import problem_lines

EXPORT_FILTERS = (("html", "HTML (*.html)"), ("md", "Markdown (*.md)"), ("csv", "CSV (*.csv)"),
                  ("jsonl", "JSON Lines (*.jsonl)"))


class FaqTransfer(QObject):
    imported = Signal(object)   # ImportResult, after entries were written
    refused = Signal(object)    # ImportResult or exception: nothing written
    exported = Signal(object)   # ExportResult

    def __init__(self, gateway: DatabaseGateway, actor: str, parent: QWidget) -> None:
        super().__init__(parent)
        self._gateway, self._actor, self._parent = gateway, actor, parent
        self.progress_dialog: QProgressDialog | None = None
        self.last_box: QMessageBox | None = None
        self.choose_file: Callable[[Callable[[str], None]], None] = self._open_dialog
        self.choose_target: Callable[[Callable[[str], None]], None] = self._save_dialog

    # --- dialogs ------------------------------------------------------------------------
    def _open_dialog(self, callback: Callable[[str], None]) -> None:
        open_file(self._parent, self.tr("Import FAQ"), self.tr("FAQ files (*.csv *.xlsx *.jsonl)"),
                  callback)

    def _save_dialog(self, callback: Callable[[str], None]) -> None:
        save_file(self._parent, self.tr("Export FAQ"), [label for _fmt, label in EXPORT_FILTERS],
                  "html", "faq.html", callback)

    def _progress(self, title: str, text: str) -> QProgressDialog:
        self.progress_dialog = busy(self._parent, title, text, "faqTransferProgress")
        return self.progress_dialog

    def _box(self, icon, title: str, text: str, details: str = "") -> QMessageBox:
        self.last_box = result_box(self._parent, icon, title, text, details, "faqTransferResult")
        return self.last_box

    # --- import -------------------------------------------------------------------------
    def start_import(self) -> None:
        self.choose_file(lambda path: path and self.run_import(path))

    def run_import(self, path: str, skip_invalid: bool = False) -> None:
        title = self.tr("Import FAQ")
        dialog = self._progress(title, self.tr("Importing %1…").replace("%1", path))
        actor = self._actor

        def work(session):
            # import_faq writes nothing when a row is bad (unless skip_invalid).
            return import_faq(session, path, actor=actor, skip_invalid=skip_invalid)

        def done(result) -> None:
            dialog.close()
            if result.imported:  # imported similar questions are pairs search learns from
                self._gateway.write(relearn_if_due)
            problems = result.problems
            shown = problems_text(problem_lines(result))  # warnings last, as the CLI prints them
            if result.imported:
                text = self.tr("Imported %1 FAQ entries.").replace("%1", str(result.imported))
                if problems:
                    text += " " + self.tr("%1 bad rows were skipped.").replace("%1", str(result.skipped))
                box = self._box(QMessageBox.Icon.Information, title, text, shown)
                box.addButton(QMessageBox.StandardButton.Ok)
                self.imported.emit(result)
                box.show()
                return
            if not problems:
                box = self._box(QMessageBox.Icon.Information, title, self.tr("The file holds no FAQ entries."))
                box.addButton(QMessageBox.StandardButton.Ok)
                self.refused.emit(result)
                box.show()
                return
            text = self.tr("Nothing was imported: %1 rows have problems (see details).") \
                .replace("%1", str(result.skipped))
            box = self._box(QMessageBox.Icon.Warning, title, text, shown)
            button = box.addButton(self.tr("Import the good rows"), QMessageBox.ButtonRole.AcceptRole)
            button.setObjectName("importGoodRows")
            button.clicked.connect(lambda: self.run_import(path, skip_invalid=True))
            box.addButton(QMessageBox.StandardButton.Close)
            self.refused.emit(result)
            box.show()

        self._gateway.write(work, done, lambda exc: self._failed(exc, dialog, title))

    # --- export -------------------------------------------------------------------------
    def start_export(self) -> None:
        self.choose_target(lambda path: path and self.run_export(path))

    def run_export(self, path: str, include_all: bool = False) -> None:
        title = self.tr("Export FAQ")
        dialog = self._progress(title, self.tr("Writing %1…").replace("%1", path))
        def work(session):
            return export_faq(session, path, include_all=include_all)

        def done(result) -> None:
            dialog.close()
            text = self.tr("Exported %1 FAQ entries to %2.").replace("%1", str(result.entries)) \
                .replace("%2", str(Path(result.path)))
            box = self._box(QMessageBox.Icon.Information, title, text)
            box.addButton(QMessageBox.StandardButton.Ok)
            self.exported.emit(result)
            box.show()

        self._gateway.read(work, done, lambda exc: self._failed(exc, dialog, title))

    def _failed(self, exc: Exception, dialog: QProgressDialog, title: str) -> None:
        dialog.close()
        box = self._box(QMessageBox.Icon.Warning, title, str(exc))
        box.addButton(QMessageBox.StandardButton.Ok)
        box.show()
        self.refused.emit(exc)
