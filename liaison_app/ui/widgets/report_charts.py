"""A QtCharts chart for a report table, as its ChartSpec says (bar, stacked, line, pie).

The chart only draws what the table holds; long category labels (FAQ questions) turn
the bars horizontal and are shortened, so Chinese labels stay readable.
"""

from __future__ import annotations

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QChart,
    QHorizontalBarSeries,
    QLineSeries,
    QPieSeries,
    QStackedBarSeries,
    QValueAxis,
)
from PySide6.QtCore import QCoreApplication, QMargins, Qt
from PySide6.QtGui import QFont, QPen

from liaison_app.core.reports import Table

LABEL_CHARS = 20
HORIZONTAL_FROM = 7  # labels longer than this turn bars horizontal


def _short(text: object) -> str:
    label = "" if text is None else str(text)
    return label if len(label) <= LABEL_CHARS else label[: LABEL_CHARS - 1] + "…"


def _number(value: object) -> float:
    return float(value) if isinstance(value, (int, float)) else 0.0


def build_chart(table: Table) -> QChart | None:
    """A new chart for `table`, or None when it has no chart or no rows."""
    spec = table.chart
    if spec is None or not table.rows:
        return None
    rows = table.rows[: spec.limit] if spec.limit else table.rows
    cat = table.columns.index(spec.category)
    categories = [_short(r[cat]) for r in rows]
    if all(len(c) == 10 and c[4] == "-" for c in categories):
        categories = [c[5:] for c in categories]  # dates: 11-05 instead of 2026-11-05
    chart = QChart()
    chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
    chart.setMargins(QMargins(4, 4, 4, 4))
    chart.setBackgroundRoundness(0)
    font = QFont(chart.font())
    font.setPointSizeF(max(font.pointSizeF(), 9))
    chart.legend().setFont(font)
    values = [(table.headers[table.columns.index(k)], table.columns.index(k)) for k in spec.values]

    if spec.kind == "pie":
        series = QPieSeries()
        title, col = values[0]
        # Shares of the whole table, and the rows past the limit as one "Other" slice:
        # the top 8 alone made every share larger than the table said.
        total = sum(_number(r[col]) for r in table.rows) or 1
        rest = total - sum(_number(r[col]) for r in rows)
        slices = list(zip(categories, (_number(r[col]) for r in rows)))
        if len(table.rows) > len(rows) and rest > 0:
            slices.append((QCoreApplication.translate("ReportCharts", "Other"), rest))
        for label, v in slices:
            if v > 0:
                slice_ = series.append(f"{label} {100 * v / total:.0f}%", v)
                slice_.setLabelVisible(len(slices) <= 6)
        chart.addSeries(series)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignRight)
        return chart

    if spec.kind == "line":
        axis_x = QBarCategoryAxis()
        axis_x.setTruncateLabels(False)
        axis_x.append(categories)
        axis_y = QValueAxis()
        chart.addAxis(axis_x, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(axis_y, Qt.AlignmentFlag.AlignLeft)
        top = 0.0
        for title, col in values:
            series = QLineSeries()
            series.setName(title)
            for i, row in enumerate(rows):
                if row[col] is None:
                    continue  # no figure that day (a rate of nothing): no point, not a zero
                series.append(i, _number(row[col]))
                top = max(top, _number(row[col]))
            chart.addSeries(series)
            series.attachAxis(axis_x)
            series.attachAxis(axis_y)
        if all(key.endswith("rate") for key in spec.values):
            axis_y.setRange(0, 100)  # a percentage
            axis_y.setTickCount(6)
        else:
            axis_y.setRange(0, top * 1.1 or 1)
            axis_y.applyNiceNumbers()
        # An invisible series from the first step to the last keeps every step on the
        # axis when a series has no point at either end.
        span = QLineSeries()
        span.append(0, 0)
        span.append(len(rows) - 1, 0)
        span.setPen(QPen(Qt.PenStyle.NoPen))
        chart.addSeries(span)
        span.attachAxis(axis_x)
        span.attachAxis(axis_y)
        for marker in chart.legend().markers(span):
            marker.setVisible(False)
        _thin_labels(axis_x, categories)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        return chart

    longest = max(len(c) for c in categories)
    # Names side by side would collide: long or many labels get horizontal bars, ranked
    # top-down; time steps stay on a horizontal axis.
    horizontal = spec.kind == "bar" and spec.category != "period" and (
        longest > HORIZONTAL_FROM or len(categories) * longest > 30)
    if spec.kind == "stacked":
        series = QStackedBarSeries()
    elif horizontal:
        series = QHorizontalBarSeries()
    else:
        series = QBarSeries()
    order = list(reversed(range(len(rows)))) if horizontal else list(range(len(rows)))
    top = 0.0
    for title, col in values:
        bar = QBarSet(title)
        for i in order:
            bar.append(_number(rows[i][col]))
        series.append(bar)
        top = max([top] + [_number(r[col]) for r in rows])
    if spec.kind == "stacked":
        top = max(sum(_number(r[c]) for _t, c in values) for r in rows)
    chart.addSeries(series)
    axis_c = QBarCategoryAxis()
    axis_c.setTruncateLabels(False)
    axis_c.append([categories[i] for i in order])
    axis_v = QValueAxis()
    axis_v.setRange(0, top * 1.1 or 1)
    axis_v.applyNiceNumbers()
    if horizontal:
        chart.addAxis(axis_c, Qt.AlignmentFlag.AlignLeft)
        chart.addAxis(axis_v, Qt.AlignmentFlag.AlignBottom)
    else:
        chart.addAxis(axis_c, Qt.AlignmentFlag.AlignBottom)
        chart.addAxis(axis_v, Qt.AlignmentFlag.AlignLeft)
        _thin_labels(axis_c, categories)
    series.attachAxis(axis_c)
    series.attachAxis(axis_v)
    chart.legend().setVisible(len(values) > 1)
    chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
    return chart


def _thin_labels(axis: QBarCategoryAxis, categories: list[str]) -> None:
    if len(categories) > 16:
        font = QFont(axis.labelsFont())
        font.setPointSizeF(max(6.5, font.pointSizeF() - 2))
        axis.setLabelsFont(font)
        axis.setLabelsAngle(-90)


