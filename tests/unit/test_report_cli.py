"""`liaison report NAME` headless: JSON on stdout, and CSV/XLSX/PDF files that open and
hold the same figures (the hand-worked data set of `tests/report_data.py`)."""

from __future__ import annotations

import csv
import json

import pytest

from liaison_app.cli import main
from liaison_app.core.reports import period as period_module
from tests.report_data import BEIJING, build

WEEK_ARGS = ["--from", "2026-03-02", "--to", "2026-03-08"]


@pytest.fixture
def url(db, monkeypatch):
    with db.sessions.begin() as session:
        build(session)
    # The command line reads dates in the machine's zone; the data set is in Beijing time.
    monkeypatch.setattr(period_module, "local_zone", lambda: BEIJING)
    return str(db.engine.url.render_as_string(hide_password=False))


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_scorecard_json_lists_departments_ranked_by_response_time(url, capsys):
    code, out, err = run(capsys, "--db", url, "report", "scorecard", *WEEK_ARGS)
    assert code == 0, err
    departments = json.loads(out)  # a list: one object per department, ranked
    assert all((d["from"], d["to"]) == ("2026-03-02", "2026-03-08") for d in departments)
    assert [d["department"] for d in departments] == ["個人金融部", "信用卡部", "貸款部"]
    card = departments[1]
    assert {k: card[k] for k in ("sent", "answered", "median_response_hours",
                                 "p90_response_hours", "overdue", "overdue_rate", "chases",
                                 "escalations")} == {
        "sent": 2, "answered": 2, "median_response_hours": 22.5, "p90_response_hours": 22.9,
        "overdue": 2, "overdue_rate": 100.0, "chases": 1, "escalations": 0}


@pytest.mark.parametrize("name", ["volume", "resolution", "knowledge", "workload"])
def test_every_report_prints_json(url, capsys, name):
    code, out, _err = run(capsys, "report", name, "--db", url, *WEEK_ARGS, "--json")
    assert code == 0
    data = json.loads(out)
    assert data["report"] == name and data["summary"]
    if name == "volume":
        assert data["summary"]["questions"] == 10
    if name == "resolution":
        assert data["summary"]["in_center_rate"] == 50.0


def test_bad_input_is_one_line_error(url, capsys):
    code, out, err = run(capsys, "--db", url, "report", "volume", "--from", "2026-13-01")
    assert code == 1 and out == "" and err.count("\n") == 1 and "2026-13-01" in err
    code, _out, err = run(capsys, "--db", url, "report", "volume", *WEEK_ARGS, "--out", "x.txt")
    assert code == 1 and ".csv, .xlsx or .pdf" in err
    code, _out, err = run(capsys, "--db", url, "report", "volume", "--from", "2026-03-08",
                          "--to", "2026-03-02")
    assert code == 1 and "before it starts" in err


def test_csv_export_holds_the_figures(url, capsys, tmp_path):
    out_file = tmp_path / "scorecard.csv"
    code, out, _err = run(capsys, "--db", url, "report", "scorecard", *WEEK_ARGS,
                          "--out", str(out_file), "--json")
    assert code == 0 and json.loads(out)["path"] == str(out_file)
    raw = out_file.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # a BOM, so Excel reads the Chinese names
    rows = list(csv.reader(raw.decode("utf-8-sig").splitlines()))
    header = rows.index(["Rank", "Department", "Sent", "Answered", "Median response h",
                         "90th percentile h", "Overdue", "Overdue %", "Chases", "Escalations",
                         "Clarifications", "Paused working h"])
    assert rows[header + 1] == ["1", "個人金融部", "2", "1", "3.0", "3.0", "1", "50.0", "2", "1",
                                "0", "0.0"]
    assert rows[header + 2][:6] == ["2", "信用卡部", "2", "2", "22.5", "22.9"]
    assert rows[header + 3][:5] == ["3", "貸款部", "0", "0", ""]
    assert ["Median response", "22.0", "h"] in rows


def test_xlsx_export_reads_back(url, capsys, tmp_path):
    from openpyxl import load_workbook

    out_file = tmp_path / "resolution.xlsx"
    code, _out, err = run(capsys, "--db", url, "report", "resolution", *WEEK_ARGS,
                          "--out", str(out_file))
    assert code == 0, err
    book = load_workbook(out_file)
    summary = book.worksheets[0]
    figures = {row[0]: row[1] for row in summary.iter_rows(min_row=4, values_only=True) if row[0]}
    assert figures["In-center resolution rate"] == 50.0 and figures["Questions resolved"] == 6
    mix = book["Resolution mix"]
    assert [list(r) for r in mix.iter_rows(values_only=True)] == [
        ["Resolved by", "Questions", "Share %"], ["faq", 1, 16.7], ["in_center", 2, 33.3],
        ["department", 3, 50.0]]
    assert len(mix._charts) == 1  # the chart beside the table


def test_pdf_export_has_a_page_per_table_and_the_text(url, capsys, tmp_path):
    """A page per table (the first shares the summary's page), the figures as text."""
    from pypdf import PdfReader

    out_file = tmp_path / "scorecard.pdf"
    code, _out, err = run(capsys, "--db", url, "report", "scorecard", *WEEK_ARGS,
                          "--out", str(out_file))
    assert code == 0, err
    assert out_file.stat().st_size > 5_000
    reader = PdfReader(out_file)
    assert len(reader.pages) == 1  # the summary, then the scorecard with its chart
    text = " ".join(" ".join(page.extract_text().split()) for page in reader.pages)
    assert "Department scorecard" in text and "2026-03-02" in text
    assert "信用卡部 2 2 22.5 22.9 2 100 1 0" in text  # the card row, Chinese name included
    assert "Escalations" in text  # headers wrap rather than being cut


def test_the_parser_knows_every_report():
    from liaison_app.cli import reports as cli_reports
    from liaison_app.core.reports import NAMES
    from liaison_app.core.reports.period import DEFAULT_DAYS

    assert cli_reports.REPORT_NAMES == NAMES and cli_reports.DEFAULT_DAYS == DEFAULT_DAYS


def test_default_period_is_the_last_30_days(url, capsys):
    from liaison_app.core.reports.period import today

    code, out, _err = run(capsys, "--db", url, "report", "workload")
    data = json.loads(out)
    assert code == 0 and data["to"] == today().isoformat()
    assert data["period"]["kind"] == "custom"
    code, out, _err = run(capsys, "--db", url, "report", "volume", "--period", "month",
                          "--to", "2026-03-08")
    data = json.loads(out)
    assert (data["from"], data["to"], data["summary"]["questions"]) == (
        "2026-03-01", "2026-03-31", 11)  # all of March but Q11 (February)
