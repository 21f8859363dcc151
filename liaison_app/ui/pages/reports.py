"""The Reports page: pick a report and a period, see each chart beside its table, export.

Figures come from `core.reports` through the window's database gateway; the page only lays out
what the report holds, in the user's language (`report_labels.localize`). Exports write
the same localized report: CSV and XLSX on a worker thread, PDF on the GUI thread (it
draws the charts, which are graphics items).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCharts import QChartView
from PySide6.QtCore import QDate, Qt, Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from liaison_app.core.reports import NAMES, Report, build_report
from liaison_app.core.reports.period import Period, custom_period, default_period, period_of
from liaison_app.ui.gateway import DatabaseGateway
from liaison_app.ui.labels.reports import localize, report_names
from liaison_app.ui.labels.times import local_datetime_text, local_time_text
from liaison_app.ui.models.report import ReportTableModel, display
from liaison_app.ui.tasks import run_task
from liaison_app.ui.widgets.report_charts import build_chart

KINDS = ("week", "month", "quarter", "custom")
SECTION_HEIGHT = 320


def _qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def _pydate(day: QDate) -> date:
    return date(day.year(), day.month(), day.day())


class ReportSection(QGroupBox):
    """One table of a report with its chart beside it."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.chart_view = QChartView()
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setMinimumSize(360, SECTION_HEIGHT - 40)
        self.model = ReportTableModel(parent=self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout = QHBoxLayout(self)
        layout.addWidget(self.chart_view, 3)
        layout.addWidget(self.table, 2)
        self.setMinimumHeight(SECTION_HEIGHT)

    def show_table(self, table) -> None:
        self.setTitle(table.title)
        self.model.set_table(table)
        wide = len(table.columns) > 5
        layout = self.layout()
        layout.setStretch(0, 2 if wide else 3)
        layout.setStretch(1, 3 if wide else 2)
        chart = build_chart(table)
        old = self.chart_view.chart()
        if chart is not None:
            self.chart_view.setChart(chart)
            old.deleteLater()
        self.chart_view.setVisible(chart is not None)


class ReportsPage(QWidget):
    report_shown = Signal(str)
    exported = Signal(str)

    def __init__(self, gateway: DatabaseGateway, parent=None) -> None:
        super().__init__(parent)
        self._gateway = gateway
        self._generation = 0
        self.report: Report | None = None  # localized, as shown
        # Replaceable in tests: (caption, suggested file name, filter) -> path or "".
        self.ask_save_path: Callable[[str, str, str], str] = self._ask_save_path

        self.report_combo = QComboBox()
        self.report_combo.setObjectName("reportCombo")
        for name, title in report_names().items():
            self.report_combo.addItem(title, name)
        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("periodCombo")
        for kind, title in zip(KINDS, (self.tr("Week"), self.tr("Month"), self.tr("Quarter"),
                                       self.tr("Custom"))):
            self.kind_combo.addItem(title, kind)
        self.prev_button = QToolButton()
        self.prev_button.setText("◀")
        self.prev_button.setToolTip(self.tr("Previous period"))
        self.next_button = QToolButton()
        self.next_button.setText("▶")
        self.next_button.setToolTip(self.tr("Next period"))
        self.from_edit = QDateEdit()
        self.to_edit = QDateEdit()
        for edit in (self.from_edit, self.to_edit):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.working_hours = QCheckBox(self.tr("Working hours"))
        self.working_hours.setToolTip(self.tr("Also measure response times in working hours "
                                              "of the business calendar"))
        self.csv_button = QPushButton(self.tr("Export CSV…"))
        self.xlsx_button = QPushButton(self.tr("Export XLSX…"))
        self.pdf_button = QPushButton(self.tr("Export PDF…"))

        bar = QHBoxLayout()
        bar.addWidget(QLabel(self.tr("Report:")))
        bar.addWidget(self.report_combo)
        bar.addSpacing(12)
        bar.addWidget(QLabel(self.tr("Period:")))
        bar.addWidget(self.kind_combo)
        bar.addWidget(self.prev_button)
        bar.addWidget(self.from_edit)
        bar.addWidget(QLabel("–"))
        bar.addWidget(self.to_edit)
        bar.addWidget(self.next_button)
        bar.addSpacing(12)
        bar.addWidget(self.working_hours)
        bar.addStretch(1)
        for button in (self.csv_button, self.xlsx_button, self.pdf_button):
            bar.addWidget(button)

        self.title_label = QLabel()
        self.title_label.setObjectName("reportTitle")
        font = self.title_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title_label.setFont(font)
        self.status_label = QLabel()
        self.status_label.setObjectName("reportStatus")
        heading = QHBoxLayout()
        heading.addWidget(self.title_label)
        heading.addStretch(1)
        heading.addWidget(self.status_label)

        self.figures_box = QFrame()
        self.figures_box.setObjectName("reportFigures")
        self.figures_layout = QGridLayout(self.figures_box)
        self.figures_layout.setContentsMargins(0, 0, 0, 0)
        self.notes_label = QLabel()
        self.notes_label.setObjectName("reportNotes")
        self.notes_label.setWordWrap(True)
        self.notes_label.setStyleSheet("color: palette(mid);")

        self.sections_widget = QWidget()
        self.sections_layout = QVBoxLayout(self.sections_widget)
        self.sections_layout.setContentsMargins(0, 0, 0, 0)
        self.sections: list[ReportSection] = []
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setWidget(self.sections_widget)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(bar)
        layout.addLayout(heading)
        layout.addWidget(self.figures_box)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(self.notes_label)

        self._set_period(default_period())
        self.kind_combo.setCurrentIndex(KINDS.index("custom"))
        self.working_hours.setVisible(False)
        self._set_export_enabled(False)
        self.report_combo.currentIndexChanged.connect(self._on_report_changed)
        self.kind_combo.currentIndexChanged.connect(self._on_kind_changed)
        self.prev_button.clicked.connect(lambda: self._shift(-1))
        self.next_button.clicked.connect(lambda: self._shift(1))
        self.from_edit.dateChanged.connect(self._on_dates_edited)
        self.to_edit.dateChanged.connect(self._on_dates_edited)
        self.working_hours.toggled.connect(lambda _on: self.refresh())
        self.csv_button.clicked.connect(lambda: self.export("csv"))
        self.xlsx_button.clicked.connect(lambda: self.export("xlsx"))
        self.pdf_button.clicked.connect(lambda: self.export("pdf"))

    # --- period and report choice ---------------------------------------------------
    def period(self) -> Period:
        return self._period

    def report_name(self) -> str:
        return self.report_combo.currentData()

    def _set_period(self, period: Period) -> None:
        self._period = period
        self._updating = True
        try:
            self.from_edit.setDate(_qdate(period.first))
            self.to_edit.setDate(_qdate(period.last))
        finally:
            self._updating = False

    def _on_report_changed(self, _index: int) -> None:
        self._fit_controls()
        self.refresh()

    def _fit_controls(self) -> None:
        name = self.report_name()
        self.working_hours.setVisible(name == "scorecard")
        # The open workload is a snapshot of now: no period applies to it.
        for widget in (self.kind_combo, self.prev_button, self.next_button, self.from_edit,
                       self.to_edit):
            widget.setEnabled(name != "workload")

    def _on_kind_changed(self, _index: int) -> None:
        kind = self.kind_combo.currentData()
        if kind != "custom":
            self._set_period(period_of(kind, self._period.last))
            self.refresh()
        else:
            self._set_period(custom_period(self._period.first, self._period.last))

    def _shift(self, steps: int) -> None:
        self._set_period(self._period.shifted(steps))
        self.refresh()

    def _on_dates_edited(self, _date: QDate) -> None:
        if self._updating:
            return
        first, last = _pydate(self.from_edit.date()), _pydate(self.to_edit.date())
        if last < first:
            self.status_label.setText(self.tr("The period ends before it starts"))
            return
        self._period = custom_period(first, last)
        if self.kind_combo.currentData() != "custom":
            self.kind_combo.blockSignals(True)
            self.kind_combo.setCurrentIndex(KINDS.index("custom"))
            self.kind_combo.blockSignals(False)
        self.refresh()

    def select(self, name: str, period: Period) -> None:
        """Show report `name` for `period` (what the widgets do, in one call)."""
        self.report_combo.blockSignals(True)
        self.report_combo.setCurrentIndex(NAMES.index(name))
        self.report_combo.blockSignals(False)
        self._fit_controls()
        self.kind_combo.blockSignals(True)
        self.kind_combo.setCurrentIndex(KINDS.index(period.kind))
        self.kind_combo.blockSignals(False)
        self._set_period(period)
        self.refresh()

    # --- computing --------------------------------------------------------------------
    def refresh(self) -> None:
        self._generation += 1
        generation = self._generation
        name, period = self.report_name(), self._period
        working = self.working_hours.isChecked() and name == "scorecard"
        self.status_label.setText(self.tr("Computing…"))
        self._set_export_enabled(False)

        def compute(session) -> Report:
            return build_report(session, name, period, working_hours=working)

        self._gateway.read(compute, lambda report: self._show(generation, report),
                           lambda exc: self._failed(generation, exc), owner=self)

    def _failed(self, generation: int, exc: Exception) -> None:
        if generation == self._generation:
            self.status_label.setText(self.tr("The report failed: %1").replace("%1", str(exc)))

    def _show(self, generation: int, raw: Report) -> None:
        if generation != self._generation:
            return  # a newer choice is on its way
        report = localize(raw)
        self.report = report
        if raw.name == "workload":
            when = self.tr("now (%1)").replace(
                "%1", local_datetime_text(raw.generated_at))
        else:
            when = report.period.label
        self.title_label.setText(f"{report.title}  ·  {when}")
        self.status_label.setText(self.tr("Updated %1").replace(
            "%1", local_time_text(raw.generated_at, with_seconds=True)))
        self._show_figures(report)
        while len(self.sections) < len(report.tables):
            section = ReportSection()
            self.sections.append(section)
            self.sections_layout.addWidget(section)
        for section, table in zip(self.sections, report.tables):
            section.show_table(table)
            section.setVisible(True)
        for section in self.sections[len(report.tables):]:
            section.setVisible(False)
        self.notes_label.setText("\n".join(report.notes))
        self._set_export_enabled(True)
        self.report_shown.emit(raw.name)

    def _show_figures(self, report: Report) -> None:
        while self.figures_layout.count():
            item = self.figures_layout.takeAt(0)
            widget = item.widget()
            if widget is not None:
                widget.hide()
                widget.setParent(None)
                widget.deleteLater()
        for i, figure in enumerate(report.figures):
            value = display(figure.value) + (figure.unit if figure.value is not None else "")
            label = QLabel(f"<div style='font-size:18pt; font-weight:600'>{value}</div>"
                           f"<div>{figure.label}</div>")
            label.setObjectName(f"figure_{figure.key}")
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            label.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
            label.setFrameShape(QFrame.Shape.StyledPanel)
            self.figures_layout.addWidget(label, 0, i)

    # --- export -----------------------------------------------------------------------
    def _set_export_enabled(self, enabled: bool) -> None:
        for button in (self.csv_button, self.xlsx_button, self.pdf_button):
            button.setEnabled(enabled)

    def _ask_save_path(self, caption: str, suggested: str, file_filter: str) -> str:
        path, _selected = QFileDialog.getSaveFileName(self, caption, suggested, file_filter)
        return path

    def export(self, fmt: str) -> None:
        report = self.report
        if report is None:
            return
        filters = {"csv": self.tr("CSV files (*.csv)"), "xlsx": self.tr("Excel workbooks (*.xlsx)"),
                   "pdf": self.tr("PDF documents (*.pdf)")}
        suggested = f"{report.name}-{report.period.first}-{report.period.last}.{fmt}"
        path = self.ask_save_path(self.tr("Export report"), suggested, filters[fmt])
        if not path:
            return
        if not path.lower().endswith(f".{fmt}"):
            path += f".{fmt}"
        if fmt == "pdf":
            from liaison_app.ui.report_pdf import write_pdf

            try:
                write_pdf(report, path)
            except OSError as exc:
                self._export_failed(exc)
                return
            self._exported(path)
            return
        from liaison_app.core.reports.export import write_report

        self.status_label.setText(self.tr("Exporting…"))
        sheet = self.tr("Summary")
        run_task(lambda: str(write_report(report, path, sheet)), self._exported,
                 self._export_failed)

    def _exported(self, path: str) -> None:
        self.status_label.setText(self.tr("Saved %1").replace("%1", path))
        self.exported.emit(path)

    def _export_failed(self, exc: Exception) -> None:
        self.status_label.setText(self.tr("Export failed: %1").replace("%1", str(exc)))
