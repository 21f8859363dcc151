"""The directory as CSV: Excel's encodings, bad rows by line and field, idempotent re-import."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import func, select

from liaison_app.cli import main
from liaison_app.core.directory.admin import ContactInput, DepartmentInput, save_department
from liaison_app.core.directory.csv_transfer import COLUMNS, export_directory, import_directory
from liaison_app.core.models import Contact, Department
from liaison_app.core.questions.file_import import ImportFileError

HEADER = ",".join(COLUMNS) + "\r\n"
GOOD = (
    "部門,職責,SLA小時,分派關鍵詞,部門電郵,部門電話,部門啟用,聯絡人,職稱,電郵,電話,代理人電郵,主管,聯絡人啟用\r\n"
    "信用卡部,信用卡年費、額度,8,信用卡、年費,cards@bank.example,010-6659 3101,是,"
    "王麗,經理,wang.li@bank.example,3201,chen.mei@bank.example,否,是\r\n"
    "信用卡部,,,,,,,陳美,專員,chen.mei@bank.example,3202,,,\r\n"
    "信用卡部,,,,,,,張主任,主任,zhang@bank.example,,,是,\r\n"
    "電子銀行部,網銀、手機銀行,4,網銀,,,,,,,,,,\r\n"
)


def run_import(db, path, **kw):
    with db.session() as s, s.begin():
        return import_directory(s, path, **kw)


def snapshot(db) -> list:
    with db.session() as s:
        depts = s.execute(select(Department.name, Department.duties, Department.sla_hours,
                                 Department.routing_keywords, Department.email, Department.phone,
                                 Department.active, Department.head_contact_id)
                          .order_by(Department.id)).all()
        contacts = s.execute(select(Contact.id, Contact.department_id, Contact.name, Contact.title,
                                    Contact.email, Contact.phone, Contact.deputy_id, Contact.active)
                             .order_by(Contact.id)).all()
    return [tuple(r) for r in depts] + [tuple(r) for r in contacts]


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gbk", "gb18030"])
def test_excel_files_in_any_encoding_fill_the_directory(db, tmp_path, encoding):
    path = tmp_path / "directory.csv"
    path.write_bytes(GOOD.encode(encoding))
    report = run_import(db, path)
    assert report.problems == []
    assert (report.departments_created, report.contacts_created) == (2, 3)
    with db.session() as s:
        cards = s.scalar(select(Department).where(Department.name == "信用卡部"))
        assert cards.sla_hours == 8 and cards.routing_keywords == ["信用卡", "年費"]
        assert cards.head.name == "張主任"
        wang = next(c for c in cards.contacts if c.name == "王麗")
        assert wang.deputy.name == "陳美"
        ebank = s.scalar(select(Department).where(Department.name == "電子銀行部"))
        assert ebank.contacts == [] and ebank.sla_hours == 4


def test_export_then_import_changes_nothing(db, tmp_path):
    source = tmp_path / "in.csv"
    source.write_text(GOOD, encoding="utf-8")
    run_import(db, source)
    before = snapshot(db)
    out = tmp_path / "out.csv"
    with db.session() as s:
        written = export_directory(s, out)
    assert written == {"file": str(out), "departments": 2, "contacts": 3, "rows": 4}
    data = out.read_bytes()
    assert data.startswith(b"\xef\xbb\xbf" + HEADER.encode())  # Excel's UTF-8 with BOM
    report = run_import(db, out)
    assert (report.departments_unchanged, report.departments_updated, report.contacts_created) == (2, 0, 0)
    assert snapshot(db) == before
    # A second export is the same file: nothing drifted.
    with db.session() as s:
        export_directory(s, tmp_path / "again.csv")
    assert (tmp_path / "again.csv").read_bytes() == data


def test_an_edited_export_updates_by_name_and_email(db, tmp_path):
    source = tmp_path / "in.csv"
    source.write_text(GOOD, encoding="utf-8")
    run_import(db, source)
    edited = tmp_path / "edited.csv"
    edited.write_text(HEADER + (
        "信用卡部,信用卡年費、額度,12,信用卡、年費,cards@bank.example,010-6659 3101,yes,"
        "王麗,高級經理,WANG.LI@bank.example,3201,,no,yes\r\n"
        "信用卡部,,,,,,,林新,專員,lin@bank.example,,wang.li@bank.example,yes,yes\r\n"),
        encoding="utf-8")
    report = run_import(db, edited)
    assert report.problems == []
    assert (report.departments_updated, report.contacts_created, report.contacts_updated) == (1, 1, 1)
    with db.session() as s:
        cards = s.scalar(select(Department).where(Department.name == "信用卡部"))
        assert cards.sla_hours == 12 and cards.head.name == "林新"
        by_name = {c.name: c for c in cards.contacts}
        assert by_name["王麗"].title == "高級經理" and by_name["王麗"].deputy is None
        assert by_name["林新"].deputy.name == "王麗"
        assert by_name["陳美"].active  # contacts missing from the file stay as they are
        assert s.scalar(select(func.count()).select_from(Contact)) == 4


def test_bad_rows_are_reported_by_line_and_field_and_nothing_is_written(db, tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text(HEADER + (
        "信用卡部,年費,eight,,,,,王麗,經理,wang.li@bank,,,,\r\n"          # line 2
        "信用卡部,另一個職責,,,,,,陳美,專員,chen@bank.example,,nobody@bank.example,,\r\n"  # 3
        ",沒有名稱,8,,,,,,,,,,,\r\n"                                      # 4
        "個人金融部,存款,24,,retail@bank.example,,,周敏,經理,zhou@bank.example,,,maybe,\r\n"  # 5
        "電子銀行部,網銀,4,,,,,李娜,,li@bank.example,,,是,\r\n"               # 6: good
        "電子銀行部,,,,,,,,,,,,,\r\n"                                     # 7: nothing new
        "ＩＴ部,系統,0,,,,,,,,,,,\r\n"),                                    # 8
        encoding="utf-8")
    report = run_import(db, path)
    found = [(p.line, p.field) for p in report.problems]
    assert found == [(2, "sla_hours"), (2, "email"), (3, "duties"), (3, "deputy_email"),
                     (4, "department"), (5, "head"), (8, "sla_hours")]
    described = report.problems[1].describe(str(path))
    assert described.startswith(f"{path}, line 2, field 'email': ")
    assert "wang.li@bank" in described
    assert snapshot(db) == []
    report = run_import(db, path, skip_invalid=True)
    assert report.departments_created == 1 and report.skipped_rows == 5
    with db.session() as s:
        assert s.scalars(select(Department.name)).all() == ["電子銀行部"]


def test_a_name_differing_only_in_width_is_the_same_department(db, tmp_path):
    with db.session() as s, s.begin():
        save_department(s, DepartmentInput(name="IT部", contacts=[ContactInput("李娜")]))
    path = tmp_path / "it.csv"
    path.write_text(HEADER + "ＩＴ部,系統,6,,,,,李娜,工程師,,,,,\r\n", encoding="utf-8")
    report = run_import(db, path)
    assert (report.departments_created, report.departments_updated) == (0, 1)
    with db.session() as s:
        assert s.execute(select(Department.name, Department.sla_hours)).all() == [("ＩＴ部", 6)]
        assert s.execute(select(Contact.name, Contact.title)).all() == [("李娜", "工程師")]


def test_files_that_cannot_be_read_are_refused_whole(db, tmp_path):
    path = tmp_path / "nope.csv"
    path.write_text("name,email\r\nx,y\r\n", encoding="utf-8")
    with pytest.raises(ImportFileError, match="missing column 'department'"):
        run_import(db, path)
    path.write_bytes(b"department\r\n\xff\xff\xff\r\n")
    with pytest.raises(ImportFileError, match="cannot decode"):
        run_import(db, path)


def test_cli_round_trip(db, tmp_path, capsys):
    source = tmp_path / "in.csv"
    source.write_bytes(GOOD.encode("gbk"))
    url = db.url
    assert main(["departments", "import", str(source), "--db", url]) == 0
    assert "2 added" in capsys.readouterr().out
    out = tmp_path / "out.csv"
    assert main(["departments", "export", "--out", str(out), "--db", url]) == 0
    assert "2 departments and 3 contacts" in capsys.readouterr().out
    assert main(["departments", "import", str(out), "--json", "--db", url]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["departments_unchanged"] == 2 and data["problems"] == []
    bad = tmp_path / "bad.csv"
    bad.write_text(HEADER + "新部門,,8,,,,,王,,bad@,,,,\r\n", encoding="utf-8")
    assert main(["departments", "import", str(bad), "--db", url]) == 1
    err = capsys.readouterr().err
    assert f"{bad}, line 2, field 'email'" in err and "nothing imported" in err


_OVERSIZED = {
    "department": "部" * 101, "duties": "職" * 2001,
    "routing_keywords": "、".join(f"詞{i}" for i in range(51)),
    "department_email": "a" * 250 + "@bank.example", "department_phone": "1" * 51,
    "contact": "王" * 101, "title": "經" * 101, "email": "b" * 250 + "@bank.example",
    "phone": "2" * 51, "deputy_email": "c" * 250 + "@bank.example",
}


@pytest.mark.parametrize("column", list(_OVERSIZED))
def test_an_oversized_cell_is_refused_by_line_and_field(db, tmp_path, column):
    """Every column has a limit the import names (on PostgreSQL a too-long value would
    otherwise fail the whole file with a driver error; on SQLite it would be stored)."""
    row = {"department": "信用卡部", "sla_hours": "8", "contact": "王麗", "email": "w@bank.example",
           column: _OVERSIZED[column]}
    path = tmp_path / "wide.csv"
    path.write_text(HEADER + ",".join(row.get(c, "") for c in COLUMNS) + "\r\n", encoding="utf-8")
    report = run_import(db, path)
    assert [(p.line, p.field) for p in report.problems] == [(2, column)]
    assert snapshot(db) == []
