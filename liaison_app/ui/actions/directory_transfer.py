"""Departments › Import…/Export…: the directory CSV of `liaison departments`, off the GUI thread.

The file dialogs sit behind `choose_import_file`/`choose_export_file`, which tests replace.
Results and problems (by line and column) are shown in non-modal message boxes; when rows
are bad nothing is written, and the manager may then import the good departments only.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from liaison_app.core.directory.csv_transfer import export_directory, import_directory
from liaison_app.ui.actions.file_transfer import open_file, problems_text, result_box, save_file
from liaison_app.ui.gateway import DatabaseGateway
from liaison_app.ui.labels.problems import problem_lines


class DirectoryTransfer(QObject):
    imported = Signal(object)  # the report, after departments were written
    exported = Signal(object)  # {"file", "departments", "contacts", "rows"}
    finished = Signal()  # after every run, whatever came of it

    def __init__(self, gateway: DatabaseGateway, parent: QWidget) -> None:
        super().__init__(parent)
        self._gateway = gateway
        self._parent = parent
        self.last_box: QMessageBox | None = None
        # Replaceable in tests: ask for a file, then call back with its path.
        self.choose_import_file: Callable[[Callable[[str], None]], None] = self._open_dialog
        self.choose_export_file: Callable[[Callable[[str], None]], None] = self._save_dialog

    def _open_dialog(self, callback: Callable[[str], None]) -> None:
        open_file(self._parent, self.tr("Import the department directory"),
                  self.tr("CSV files (*.csv *.txt)"), callback)

    def _save_dialog(self, callback: Callable[[str], None]) -> None:
        save_file(self._parent, self.tr("Export the department directory"),
                  [self.tr("CSV files (*.csv)")], "csv", "departments.csv", callback)

    def start_import(self) -> None:
        self.choose_import_file(lambda path: path and self.run_import(path))

    def start_export(self) -> None:
        self.choose_export_file(lambda path: path and self.run_export(path))

    def run_export(self, path: str) -> None:
        def work(session) -> dict:
            return export_directory(session, path)

        def done(written: dict) -> None:
            text = self.tr("Exported %1 departments and %2 contacts to %3.") \
                .replace("%1", str(written["departments"])).replace("%2", str(written["contacts"])) \
                .replace("%3", path)
            self._box(QMessageBox.Icon.Information, text, "").show()
            self.exported.emit(written)
            self.finished.emit()

        self._gateway.read(work, done, self._failed, owner=self)

    def run_import(self, path: str, skip_invalid: bool = False) -> None:
        def work(session):
            return import_directory(session, path, skip_invalid=skip_invalid)

        self._gateway.write(work, lambda report: self._imported(report, path, skip_invalid),
                            self._failed, owner=self)

    def _imported(self, report, path: str, skip_invalid: bool) -> None:
        problems = problem_lines(report)  # in the user's language
        shown = problems_text(problems)
        if problems and not skip_invalid:
            good = report.rows - report.skipped_rows
            text = self.tr("Nothing was imported: %1 of %2 rows have problems (see details).") \
                .replace("%1", str(report.skipped_rows)).replace("%2", str(report.rows))
            box = self._box(QMessageBox.Icon.Warning, text, shown)
            if good > 0:
                button = box.addButton(self.tr("Import the good departments"),
                                       QMessageBox.ButtonRole.AcceptRole)
                button.setObjectName("importGoodDepartments")
                button.clicked.connect(lambda: self.run_import(path, skip_invalid=True))
            box.addButton(QMessageBox.StandardButton.Close)
            box.show()
            self.finished.emit()
            return
        text = self.tr("Departments: %1 added, %2 updated, %3 unchanged. Contacts: %4 added, "
                       "%5 updated.") \
            .replace("%1", str(report.departments_created)) \
            .replace("%2", str(report.departments_updated)) \
            .replace("%3", str(report.departments_unchanged)) \
            .replace("%4", str(report.contacts_created)).replace("%5", str(report.contacts_updated))
        if report.skipped_rows:
            text += " " + self.tr("%n row(s) with problems skipped.", "", report.skipped_rows)
        box = self._box(QMessageBox.Icon.Information, text, shown)
        box.addButton(QMessageBox.StandardButton.Ok)
        box.show()
        self.imported.emit(report)
        self.finished.emit()

    def _failed(self, exc: Exception) -> None:
        box = self._box(QMessageBox.Icon.Warning, str(exc), "")
        box.addButton(QMessageBox.StandardButton.Ok)
        box.show()
        self.finished.emit()

    def _box(self, icon, text: str, details: str) -> QMessageBox:
        self.last_box = result_box(self._parent, icon, self.tr("Department directory"), text, details,
                                   "directoryResult")
        return self.last_box
