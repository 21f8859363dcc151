"""The Reports page driven as a user would: pick a report and a period with the widgets,
see each table beside its chart filled with the hand-worked figures, export the files."""

from __future__ import annotations

import csv
from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt

from liaison_app.core.config import load_settings
from liaison_app.core.reports import NAMES
from liaison_app.core.reports import period as period_module
from liaison_app.ui import tasks
from liaison_app.ui.i18n import install_translators
from liaison_app.ui.main_window import MainWindow
from liaison_app.ui.pages.reports import KINDS, ReportsPage
from tests.report_data import BEIJING, build


@pytest.fixture
def page(qtbot, db, tmp_path, monkeypatch):
    with db.sessions.begin() as session:
        build(session)
    monkeypatch.setattr(period_module, "local_zone", lambda: BEIJING)
    install_translators("en")
    window = MainWindow(db, load_settings(tmp_path / "settings.toml"))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    with qtbot.waitSignal(window.page("reports").report_shown, timeout=10_000):
        window.go_to("reports")
    page = window.pages["reports"]
    assert isinstance(page, ReportsPage)
    yield page
    tasks.wait_for_tasks()


def choose_week_of_march_2(qtbot, page) -> None:
    page.kind_combo.setCurrentIndex(KINDS.index("custom"))
    with qtbot.waitSignal(page.report_shown, timeout=10_000):
        page.from_edit.setDate(QDate(2026, 3, 2))
    with qtbot.waitSignal(page.report_shown, timeout=10_000):
        page.to_edit.setDate(QDate(2026, 3, 8))
    qtbot.waitUntil(lambda: page.report.period.last == date(2026, 3, 8))


def test_scorecard_for_a_chosen_week_fills_table_and_chart(page, qtbot, qtmodeltester):
    with qtbot.waitSignal(page.report_shown, timeout=10_000):
        page.report_combo.setCurrentIndex(NAMES.index("scorecard"))
    assert page.working_hours.isVisible()
    choose_week_of_march_2(qtbot, page)
    assert page.report.name == "scorecard"
    assert page.report.period.first == date(2026, 3, 2)
    assert "2026-03-02 – 2026-03-08" in page.title_label.text()

    section = page.sections[0]
    assert section.isVisible() and section.title() == "Department scorecard"
    model = section.model
    qtmodeltester.check(model)
    assert model.rowCount() == 3
    departments = [model.index(r, 1).data() for r in range(3)]
    assert departments == ["個人金融部", "信用卡部", "貸款部"]  # ranked by response time
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    median_col = headers.index("Median response h")
    assert [model.index(r, median_col).data() for r in range(3)] == ["3", "22.5", "—"]

    chart = section.chart_view.chart()
    assert section.chart_view.isVisible()
    series = chart.series()
    assert len(series) == 1
    medians = series[0].barSets()[0]
    assert [medians.at(i) for i in range(medians.count())] == [3.0, 22.5, 0.0]
    axis = chart.axes(Qt.Orientation.Horizontal)[0]
    assert axis.categories() == departments  # Chinese labels on the axis

    figure = page.findChild(type(page.title_label), "figure_median_response_hours")
    assert "22h" in figure.text()

    with qtbot.waitSignal(page.report_shown, timeout=10_000):
        qtbot.mouseClick(page.working_hours, Qt.MouseButton.LeftButton)
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers[-2:] == ["Median working h", "90th percentile working h"]


def test_week_navigation_and_other_reports(page, qtbot):
    choose_week_of_march_2(qtbot, page)
    with qtbot.waitSignal(page.report_shown, timeout=10_000):
        page.kind_combo.setCurrentIndex(KINDS.index("week"))  # the week holding 8 March
    assert (page.report.period.kind, page.report.period.first) == ("week", date(2026, 3, 2))
    with qtbot.waitSignal(page.report_shown, timeout=10_000):
        qtbot.mouseClick(page.next_button, Qt.MouseButton.LeftButton)
    assert page.report.period.first == date(2026, 3, 9)
    with qtbot.waitSignal(page.report_shown, timeout=10_000):
        qtbot.mouseClick(page.prev_button, Qt.MouseButton.LeftButton)
    assert page.report.period.first == date(2026, 3, 2)

    with qtbot.waitSignal(page.report_shown, timeout=10_000):
        page.report_combo.setCurrentIndex(NAMES.index("resolution"))
    mix = page.sections[0]
    rows = {mix.model.index(r, 0).data(): mix.model.index(r, 1).data()
            for r in range(mix.model.rowCount())}
    assert rows == {"From FAQ": "1", "By the manager": "2", "By departments": "3"}
    assert mix.chart_view.chart().series()[0].count() == 3  # pie slices
    assert sum(s.isVisible() for s in page.sections) == 3

    with qtbot.waitSignal(page.report_shown, timeout=10_000):
        page.report_combo.setCurrentIndex(NAMES.index("workload"))
    assert not page.from_edit.isEnabled()  # a snapshot of now
    assert sum(s.isVisible() for s in page.sections) == 2


def test_exports_write_what_the_page_shows(page, qtbot, tmp_path):
    from openpyxl import load_workbook
    from pypdf import PdfReader

    with qtbot.waitSignal(page.report_shown, timeout=10_000):
        page.report_combo.setCurrentIndex(NAMES.index("scorecard"))
    choose_week_of_march_2(qtbot, page)
    asked = []

    def ask(caption, suggested, file_filter):
        asked.append(suggested)
        return str(tmp_path / suggested)

    page.ask_save_path = ask
    for button in (page.csv_button, page.xlsx_button, page.pdf_button):
        with qtbot.waitSignal(page.exported, timeout=10_000):
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    assert asked == [f"scorecard-2026-03-02-2026-03-08.{ext}" for ext in ("csv", "xlsx", "pdf")]

    rows = list(csv.reader((tmp_path / asked[0]).read_text(encoding="utf-8-sig").splitlines()))
    assert ["1", "個人金融部", "2", "1", "3.0", "3.0", "1", "50.0", "2", "1", "0", "0.0"] in rows
    book = load_workbook(tmp_path / asked[1])
    sheet = book["Department scorecard"]
    assert [c.value for c in sheet[3]][:6] == [2, "信用卡部", 2, 2, 22.5, 22.9]
    reader = PdfReader(tmp_path / asked[2])
    assert len(reader.pages) == 1
    assert "信用卡部" in reader.pages[0].extract_text()
    assert "Saved" in page.status_label.text()

    page.ask_save_path = lambda *_args: ""  # cancelled: nothing happens
    qtbot.mouseClick(page.csv_button, Qt.MouseButton.LeftButton)
    assert "Saved" in page.status_label.text()


def test_every_text_of_the_core_reports_is_translatable(db):
    """The screen shows core's English texts through `report_labels.texts()`: none may be
    missing, or a Chinese-speaking manager would see English headers."""
    from liaison_app.core.reports import build_report
    from liaison_app.core.reports.period import custom_period
    from liaison_app.ui.labels.reports import texts
    from tests.report_data import WEEK

    with db.sessions.begin() as session:
        build(session)
    known = texts()
    long_span = custom_period(date(2025, 1, 1), date(2026, 3, 31), BEIJING)  # by month
    quarter = period_module.period_of("quarter", date(2026, 3, 1), BEIJING)  # by week
    missing = set()
    with db.session() as session:
        for period in (WEEK, quarter, long_span):
            for name in NAMES:
                r = build_report(session, name, period, working_hours=True)
                words = [r.title, *r.notes, *(f.label for f in r.figures)]
                for t in r.tables:
                    words += [t.title, *t.headers]
                missing |= {w for w in words if w not in known}
    assert not missing
