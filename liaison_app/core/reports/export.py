"""Writing a report to CSV or XLSX (PDF needs Qt to draw the charts: `ui/report_pdf.py`).

Both files hold the same figures as the JSON: the key figures first, then every table
with its headers. CSV is UTF-8 with a byte-order mark so Excel reads Chinese text; XLSX
has a summary sheet, one sheet per table, and a native chart beside each table.
"""

from __future__ import annotations

import csv
from pathlib import Path

from liaison_app.core import paths
from liaison_app.core.export_cells import safe_cell, safe_row
from liaison_app.core.reports.base import Report, Table

FORMATS = {".csv": "csv", ".xlsx": "xlsx", ".pdf": "pdf"}


def format_for(path: str | Path) -> str:
    suffix = Path(path).suffix.lower()
    if suffix not in FORMATS:
        raise ValueError(f"{path}: cannot tell the format from the file name "
                         "(expected .csv, .xlsx or .pdf)")
    return FORMATS[suffix]




def write_csv(report: Report, path: str | Path) -> Path:
    path = Path(path)
    with open(path, "w", newline="", encoding="utf-8-sig", opener=paths.private_opener) as fh:
        out = csv.writer(fh)
        out.writerow(safe_row([report.title, report.period.label]))
        for figure in report.figures:
            out.writerow(safe_row([figure.label, "" if figure.value is None else figure.value,
                                   figure.unit]))
        for table in report.tables:
            out.writerow([])
            out.writerow(safe_row([table.title]))
            out.writerow(safe_row(table.headers))
            out.writerows([safe_row(["" if v is None else v for v in row]) for row in table.rows])
        if report.notes:
            out.writerow([])
            out.writerows([[safe_cell(note)] for note in report.notes])
    paths.make_private(path)
    return path


def _append(sheet, values: list) -> None:
    """Append a row with every string stored as text, never as a formula.

    openpyxl stores a string starting with `=` as a formula; the cells are made safe first
    (`export_cells`) and their type is then pinned to string as a second guard.
    """
    sheet.append([safe_cell(v) for v in values])
    for cell in sheet[sheet.max_row]:
        if isinstance(cell.value, str):
            cell.data_type = "s"


def write_xlsx(report: Report, path: str | Path, summary_sheet: str = "Summary") -> Path:
    from openpyxl import Workbook
    from openpyxl.styles import Font

    path = Path(path)
    book = Workbook()
    summary = book.active
    summary.title = _sheet_name(summary_sheet, set())
    _append(summary, [report.title])
    summary["A1"].font = Font(bold=True, size=14)
    _append(summary, [report.period.label])
    summary.append([])
    for figure in report.figures:
        _append(summary, [figure.label, figure.value, figure.unit])
    if report.notes:
        summary.append([])
        for note in report.notes:
            _append(summary, [note])
    summary.column_dimensions["A"].width = 34
    used = {summary.title}
    for table in report.tables:
        sheet = book.create_sheet(_sheet_name(table.title, used))
        used.add(sheet.title)
        _append(sheet, table.headers)
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        for row in table.rows:
            _append(sheet, row)
        for i, header in enumerate(table.headers, start=1):
            width = max([len(str(header))] + [len(str(r[i - 1])) for r in table.rows[:200]])
            sheet.column_dimensions[sheet.cell(1, i).column_letter].width = min(60, width + 4)
        _add_chart(sheet, table)
    paths.create_private(path)
    book.save(path)
    return path


def _add_chart(sheet, table: Table) -> None:
    from openpyxl.chart import BarChart, LineChart, PieChart, Reference

    spec = table.chart
    if spec is None or not table.rows:
        return
    count = min(len(table.rows), spec.limit or len(table.rows))
    cat_col = table.columns.index(spec.category) + 1
    chart = {"line": LineChart, "pie": PieChart}.get(spec.kind, BarChart)()
    if spec.kind == "stacked":
        chart.grouping, chart.overlap = "stacked", 100
    chart.title = table.title
    for key in spec.values[:1] if spec.kind == "pie" else spec.values:
        col = table.columns.index(key) + 1
        chart.add_data(Reference(sheet, min_col=col, min_row=1, max_row=count + 1),
                       titles_from_data=True)
    chart.set_categories(Reference(sheet, min_col=cat_col, min_row=2, max_row=count + 1))
    chart.width, chart.height = 18, 9
    anchor = sheet.cell(1, len(table.columns) + 2).coordinate
    sheet.add_chart(chart, anchor)


def _sheet_name(title: str, used: set[str]) -> str:
    base = "".join(c for c in title if c not in "[]:*?/\\")[:28] or "Sheet"
    name, n = base, 2
    while name in used:
        name, n = f"{base[:26]} {n}", n + 1
    return name


def write_report(report: Report, path: str | Path, summary_sheet: str = "Summary") -> Path:
    """CSV or XLSX by the file name; PDF goes through `ui.report_pdf` (it needs Qt)."""
    fmt = format_for(path)
    if fmt == "csv":
        return write_csv(report, path)
    if fmt == "xlsx":
        return write_xlsx(report, path, summary_sheet)
    raise ValueError("PDF export needs the Qt renderer (liaison_app.ui.report_pdf)")
