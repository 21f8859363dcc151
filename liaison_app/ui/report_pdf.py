"""A report as a PDF: title, key figures, and each table with its chart, drawn by Qt.

Used by the Reports page and, lazily, by `liaison report --out FILE.pdf` (which starts
a QApplication on the offscreen platform when none runs). Runs on the GUI thread: charts
are graphics items.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QRectF, QSizeF, Qt
from PySide6.QtGui import QFont, QFontMetricsF, QPageLayout, QPageSize, QPainter, QPdfWriter
from PySide6.QtWidgets import QApplication, QGraphicsScene

from liaison_app.core.reports import Report, Table
from liaison_app.ui.models.report import display
from liaison_app.ui.widgets.report_charts import build_chart

RESOLUTION = 120  # dots per inch: layout units of the page
# Rows per table in the PDF (the CSV/XLSX hold them all): enough for every product or
# category a period has; the table runs over as many pages as it needs.
MAX_ROWS = 500
WRAP = int(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft | Qt.TextFlag.TextWordWrap)


def _app() -> QApplication:
    app = QApplication.instance()
    if app is None:
        app = QApplication(["liaison-report"])
    return app  # type: ignore[return-value]


def write_pdf(report: Report, path: str | Path) -> Path:
    _app()
    path = Path(path)
    writer = QPdfWriter(str(path))
    writer.setResolution(RESOLUTION)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4),
                                     QPageLayout.Orientation.Portrait, QMarginsF(15, 15, 15, 15)))
    writer.setTitle(f"{report.title} {report.period.label}")
    writer.setCreator("Liaison")
    painter = QPainter(writer)
    try:
        _Pages(painter, writer.width(), writer.height(), lambda: writer.newPage()).draw(report)
    finally:
        painter.end()
    return path


class _Pages:
    def __init__(self, painter: QPainter, width: int, height: int, new_page) -> None:
        self.p = painter
        self.width = width
        self.height = height
        self.new_page = new_page
        self.y = 0.0
        base = QFont()
        base.setPointSizeF(9)
        self.body = base
        self.bold = QFont(base)
        self.bold.setBold(True)
        self.title = QFont(base)
        self.title.setPointSizeF(16)
        self.title.setBold(True)
        self.heading = QFont(base)
        self.heading.setPointSizeF(12)
        self.heading.setBold(True)

    def line(self, text: str, font: QFont, gap: float = 1.3) -> None:
        self.p.setFont(font)
        metrics = QFontMetricsF(font, self.p.device())
        rect = QRectF(0, self.y, self.width, self.height - self.y)
        bounds = self.p.boundingRect(rect, int(Qt.TextFlag.TextWordWrap), text)
        self.p.drawText(rect, int(Qt.TextFlag.TextWordWrap), text)
        self.y += max(bounds.height(), metrics.height()) + metrics.height() * (gap - 1)

    def ensure(self, needed: float) -> None:
        if self.y + needed > self.height:
            self.new_page()
            self.y = 0.0

    def draw(self, report: Report) -> None:
        self.line(report.title, self.title)
        self.line(report.period.label, self.body, 1.8)
        for figure in report.figures:
            self.line(f"{figure.label}: {display(figure.value)}{figure.unit}", self.body, 1.1)
        self.y += 10
        for note in report.notes:
            self.line(note, self.body, 1.2)
        self.y += 20
        for i, table in enumerate(report.tables):
            if i or self.y > self.height * 0.3:  # one table with its chart per page
                self.new_page()
                self.y = 0.0
            self.draw_table(table)

    def draw_table(self, table: Table) -> None:
        self.line(table.title, self.heading, 1.5)
        chart = build_chart(table)
        if chart is not None:
            height = self.height * 0.42
            scene = QGraphicsScene()
            scene.addItem(chart)
            chart.resize(QSizeF(900, 900 * height / self.width))
            target = QRectF(0, self.y, self.width, height)
            scene.render(self.p, target, chart.rect(), Qt.AspectRatioMode.KeepAspectRatio)
            scene.removeItem(chart)
            chart.deleteLater()
            self.y += height + 20
        self.p.setFont(self.body)
        metrics = QFontMetricsF(self.body, self.p.device())
        row_h = metrics.height() * 1.35
        widths = self._widths(table, metrics)
        rows = table.rows[:MAX_ROWS]
        self._row(table.headers, widths, row_h * 2, self.bold, header=True)
        for row in rows:
            cells = [display(v) for v in row]
            # Long cells wrap onto more lines (they were cut with "…"); a row that does not
            # fit goes to the next page under the table's headers again.
            height = max([row_h] + [self._wrapped_height(c, w) for c, w in zip(cells, widths)])
            if self.y + height > self.height:
                self.new_page()
                self.y = 0.0
                self._row(table.headers, widths, row_h * 2, self.bold, header=True)
            self._row(cells, widths, height, self.body)
        if len(table.rows) > MAX_ROWS:
            self.line(QCoreApplication.translate("ReportPdf", "… %n more row(s) in the CSV/XLSX export",
                                                 "", len(table.rows) - MAX_ROWS), self.body)

    def _wrapped_height(self, text: str, width: float) -> float:
        self.p.setFont(self.body)
        bounds = self.p.boundingRect(QRectF(0, 0, width - 6, 10_000), WRAP, text)
        return bounds.height() + 6

    def _widths(self, table: Table, metrics: QFontMetricsF) -> list[float]:
        natural = []
        bold = QFontMetricsF(self.bold, self.p.device())
        for i, header in enumerate(table.headers):
            cells = [display(r[i]) for r in table.rows[:MAX_ROWS]]
            widest = max([metrics.horizontalAdvance(c) for c in cells]
                         + [bold.horizontalAdvance(header)])
            # No one column takes the page: long texts wrap within their share.
            natural.append(min(widest + 12, self.width * 0.45))
        total = sum(natural)
        if total <= self.width:
            return natural
        return [w * self.width / total for w in natural]

    def _row(self, cells: list[str], widths: list[float], height: float, font: QFont,
             header: bool = False) -> None:
        self.ensure(height)
        self.p.setFont(font)
        x = 0.0
        for text, width in zip(cells, widths):
            rect = QRectF(x + 3, self.y, width - 6, height)
            if header:  # headers wrap onto a second line instead of being cut
                flags = int(Qt.AlignmentFlag.AlignBottom | Qt.AlignmentFlag.AlignLeft
                            | Qt.TextFlag.TextWordWrap)
                self.p.drawText(rect, flags, text)
            else:
                self.p.drawText(rect.adjusted(0, 3, 0, 0), WRAP, text)
            x += width
        self.y += height
        if header:
            self.p.drawLine(0, int(self.y), int(x), int(self.y))
