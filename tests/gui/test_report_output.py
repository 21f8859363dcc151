"""Issue 14, item 10: reports that mislead. The category pie showed the top 8 slices with
no *Other*, so its shares disagreed with the table; the volume PDF cut the product table
(rows past 40 dropped, long names cut with "…")."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime

from pypdf import PdfReader

from liaison_app.core.reports import Report, Table
from liaison_app.core.reports.base import ChartSpec
from liaison_app.core.reports.period import Period
from liaison_app.ui.i18n import install_translators
from liaison_app.ui.report_pdf import write_pdf
from liaison_app.ui.widgets.report_charts import build_chart

CATEGORIES = [("銀行卡 › 掛失", 40), ("信用卡 › 年費", 20), ("網銀 › U盾", 10), ("存款", 8),
              ("貸款", 6), ("結算", 5), ("外匯", 4), ("理財", 3), ("保險", 2), ("基金", 2)]


def category_table() -> Table:
    total = sum(n for _c, n in CATEGORIES)
    return Table("by_category", "Questions by category", ["category", "questions", "share"],
                 ["Category", "Questions", "Share %"],
                 [[c, n, round(100 * n / total, 1)] for c, n in CATEGORIES],
                 ChartSpec("pie", "category", ["questions"], limit=8))


def test_the_category_pie_has_an_other_slice_and_agrees_with_the_table(qtbot):
    install_translators("en")
    chart = build_chart(category_table())
    slices = chart.series()[0].slices()
    assert len(slices) == 9
    assert slices[-1].label() == "Other 4%" and slices[-1].value() == 4  # 保險 + 基金
    assert slices[0].label() == "銀行卡 › 掛失 40%"  # 40 of 100, as the table says
    assert sum(s.value() for s in slices) == sum(n for _c, n in CATEGORIES)


def test_a_pie_with_every_row_shown_has_no_other_slice(qtbot):
    table = category_table()
    table.chart = ChartSpec("pie", "category", ["questions"])
    chart = build_chart(table)  # kept: the slices belong to it
    assert [s.label() for s in chart.series()[0].slices()][-1] == "基金 2%"


def test_the_volume_pdf_keeps_every_product_row_and_whole_names(qtbot, tmp_path):
    install_translators("en")
    products = [f"第{i:02d}號聯名信用卡白金版年費減免與分期手續費優惠活動專案" for i in range(60)]
    table = Table("by_product", "Questions by product", ["product", "questions"],
                  ["Product", "Questions"], [[p, 100 - i] for i, p in enumerate(products)],
                  ChartSpec("bar", "product", ["questions"], limit=12))
    report = Report("volume", "Question volume", Period("month", date(2026, 11, 1), date(2026, 11, 30)),
                    datetime(2026, 12, 1, tzinfo=UTC), [], [table])
    path = write_pdf(report, tmp_path / "volume.pdf")
    pages = [page.extract_text() for page in PdfReader(path).pages]
    text = re.sub(r"\s+", "", "".join(pages))
    assert len(pages) >= 2
    for product in products:  # every row, no name cut
        assert product in text, product
    assert "morerow" not in text  # (the bar chart above may shorten its axis labels)
    assert all("Product" in page for page in pages)  # the headers again on each page
