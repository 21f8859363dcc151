"""`faq import`: CSV as Excel saves it (GBK or UTF-8 with BOM), XLSX and JSONL; headers in
either Chinese script; every bad row reported by line and field with nothing written;
--skip-invalid; categories as a tree; revision 1 and the keyword index in the same
transaction."""

from __future__ import annotations

import json
import time
from datetime import UTC, datetime
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import func, select

from liaison_app.cli import main
from liaison_app.core.faq.file_import import FaqFileError, import_faq, parse_mapping
from liaison_app.core.models import (
    Category,
    Department,
    FaqEntry,
    FaqRevision,
)
from liaison_app.core.search.faq_search import search_faq

ACTOR = "王經理"


@pytest.fixture
def taipei(monkeypatch):
    """A fixed local zone (UTC+8, no daylight saving): dates are local midnight there."""
    monkeypatch.setenv("TZ", "Asia/Taipei")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.fixture
def base(db):
    with db.sessions.begin() as session:
        session.add_all([Department(name="信用卡中心"), Department(name="電子銀行部")])
    return db


def do_import(db, path, **kw):
    with db.sessions.begin() as session:
        return import_faq(session, path, actor=ACTOR, **kw)


def count(db, model) -> int:
    with db.session() as session:
        return session.scalar(select(func.count()).select_from(model))


def entries(db) -> list[FaqEntry]:
    with db.session() as session:
        return list(session.scalars(select(FaqEntry).order_by(FaqEntry.id)))


def category_paths(db) -> dict[int, str]:
    with db.session() as session:
        rows = {c.id: c for c in session.scalars(select(Category))}
    def path(c):
        return (path(rows[c.parent_id]) + " › " if c.parent_id else "") + c.name
    return {i: path(c) for i, c in rows.items()}


def assert_nothing_written(db):
    # The keyword index cannot hold rows without entries (its rows reference them).
    assert [count(db, m) for m in (FaqEntry, FaqRevision, Category)] == [0, 0, 0]


def write_jsonl(path, records):
    path.write_text("".join((r if isinstance(r, str) else json.dumps(r, ensure_ascii=False))
                            + "\n" for r in records), encoding="utf-8")
    return path


# --- the formats ------------------------------------------------------------------------

def test_gbk_csv_as_excel_saves_it_with_simplified_headers(base, tmp_path):
    text = ("问题,答案,操作要点,关键词,分类,部门\r\n"
            '信用卡遗失怎么挂失？,请拨打95599挂失。,"1. 核实身份\r\n2. 冻结卡片\r\n3. 补办新卡",'
            '"挂失、遗失",银行卡/挂失,信用卡中心\r\n'
            "网银证书过期怎么办？,到网点更新证书。,,证书；U盾,电子银行>证书,电子銀行部\r\n")
    path = tmp_path / "faq-gbk.csv"
    path.write_bytes(text.encode("gbk"))
    result = do_import(base, path)
    assert (result.imported, result.errors, result.warnings) == (2, [], [])
    loss, cert = entries(base)
    assert loss.question == "信用卡遗失怎么挂失？"
    assert loss.key_points == ["核实身份", "冻结卡片", "补办新卡"]  # numbering dropped
    assert loss.keywords == ["挂失", "遗失"]
    assert cert.keywords == ["证书", "U盾"] and cert.key_points == []
    paths = category_paths(base)
    assert paths[loss.category_id] == "银行卡 › 挂失"
    assert paths[cert.category_id] == "电子银行 › 证书"
    with base.session() as session:
        names = dict(session.execute(select(Department.id, Department.name)).all())
    # 电子銀行部 (mixed scripts) still finds 電子銀行部.
    assert (names[loss.department_id], names[cert.department_id]) == ("信用卡中心", "電子銀行部")
    assert loss.status == "published" and loss.published_at is not None


def test_gb18030_characters_beyond_gbk_are_read(base, tmp_path):
    path = tmp_path / "faq.csv"
    path.write_bytes("问题,答案\r\n𠮷字怎么开户？,可以办理。\r\n".encode("gb18030"))
    assert do_import(base, path).imported == 1
    assert entries(base)[0].question == "𠮷字怎么开户？"


def test_utf8_bom_csv_with_traditional_headers_dates_and_status(base, tmp_path, taipei):
    text = ("問題,答覆,操作要點,關鍵詞,分類,負責部門,生效日期,有效期至,狀態,相似問\r\n"
            "年費如何減免？,刷卡滿六次免年費。,查詢刷卡次數,年費,信用卡 › 年費,信用卡中心,"
            "2025-03-01,2025-12-31T18:00:00+08:00,draft,年費能免嗎\r\n")
    path = tmp_path / "faq-bom.csv"
    path.write_bytes(text.encode("utf-8-sig"))
    result = do_import(base, path)
    assert (result.imported, result.errors, result.warnings) == (1, [], [])
    entry = entries(base)[0]
    assert entry.question == "年費如何減免？"  # no BOM glued to the first header or value
    assert entry.valid_from == datetime(2025, 2, 28, 16, 0, tzinfo=UTC)  # local midnight
    assert entry.valid_until == datetime(2025, 12, 31, 10, 0, tzinfo=UTC)
    assert entry.status == "draft" and entry.published_at is None


def test_xlsx_made_with_openpyxl(base, tmp_path, taipei):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["question", "answer", "key_points", "keywords", "category", "valid_from", "備註"])
    sheet.append(["ATM吞卡怎麼辦？", "聯絡發卡行領回。", "確認時間地點\n聯絡網點", "ATM, 吞卡",
                  "銀行卡 › ATM", datetime(2025, 1, 2, 9, 30), "內部"])
    sheet.append([None] * 7)  # a blank row Excel leaves behind
    sheet.append([95599, "客服熱線號碼。", None, None, None, None, None])
    path = tmp_path / "faq.xlsx"
    book.save(path)
    result = do_import(base, path)
    assert result.imported == 2 and result.errors == []
    assert [(w.line, w.field) for w in result.warnings] == [(1, "備註")]
    atm, hotline = entries(base)
    assert atm.key_points == ["確認時間地點", "聯絡網點"] and atm.keywords == ["ATM", "吞卡"]
    assert atm.valid_from == datetime(2025, 1, 2, 1, 30, tzinfo=UTC)
    assert hotline.question == "95599"


def test_jsonl_with_every_field_writes_revision_one_and_the_index(base, tmp_path):
    path = write_jsonl(tmp_path / "faq.jsonl", [
        {"question": "信用卡遺失如何掛失？", "answer": "撥打95599辦理掛失。",
         "key_points": ["確認身分", "凍結卡片"], "keywords": ["掛失", "遺失"],
         "category": "銀行卡 › 掛失", "department": "信用卡中心",
         "valid_from": "2024-01-01T00:00:00Z", "valid_until": None, "status": "published",
         "similar": ["卡丟了怎麼辦", "信用卡不見了"]},
        {"question": "手機銀行轉賬限額", "answer": "在安全設定中調整。", "status": "in_review"},
    ])
    result = do_import(base, path)
    assert (result.imported, result.skipped, result.errors, result.warnings) == (2, 0, [], [])
    with base.session() as session:
        revisions = session.scalars(select(FaqRevision).order_by(FaqRevision.entry_id)).all()
        # Indexed in the same transaction: each is found at once (drafts in the manager's view).
        indexed = {search_faq(session, q, 1, published_only=False)[0].id
                   for q in ("遺失如何掛失", "手機銀行轉賬限額")}
    assert [(r.entry_id, r.number, r.author, r.note) for r in revisions] == [
        (i, 1, ACTOR, "imported from faq.jsonl") for i in result.entry_ids]
    assert revisions[0].key_points == ["確認身分", "凍結卡片"]
    assert indexed == set(result.entry_ids)
    loss, transfer = entries(base)
    assert loss.revision == 1 and loss.valid_from == datetime(2024, 1, 1, tzinfo=UTC)
    assert transfer.status == "in_review" and transfer.category_id is None


@pytest.mark.parametrize("query", ["掛失", "挂失"])
def test_imported_entries_are_found_by_search_in_either_script(base, tmp_path, query):
    path = write_jsonl(tmp_path / "faq.jsonl", [
        {"question": "信用卡遺失如何掛失？", "answer": "撥打95599辦理。"},
        {"question": "借记卡挂失后如何补卡？", "answer": "携带身份证到网点。"},
        {"question": "定期存款提前支取", "answer": "按活期利率計息。"},
    ])
    ids = do_import(base, path).entry_ids
    with base.session() as session:
        found = [h.id for h in search_faq(session, query)]
    assert sorted(found) == sorted(ids[:2])


def test_categories_are_created_as_a_tree_and_reused_in_either_script(base, tmp_path):
    path = write_jsonl(tmp_path / "faq.jsonl", [
        {"question": f"問題{i}", "answer": "答。", "category": cat}
        for i, cat in enumerate(["銀行卡 › 掛失", "銀行卡/補辦", "銀行卡>掛失", "银行卡 › 挂失",
                                 "電子銀行 › U盾 › 證書", ["電子銀行", "U盾"]])
    ])
    result = do_import(base, path)
    assert result.imported == 6 and result.categories_created == 6
    with base.session() as session:
        cats = {c.id: c for c in session.scalars(select(Category))}
    roots = sorted(c.name for c in cats.values() if c.parent_id is None)
    assert roots == ["銀行卡", "電子銀行"]
    paths = category_paths(base)
    assert sorted(paths.values()) == ["銀行卡", "銀行卡 › 掛失", "銀行卡 › 補辦", "電子銀行",
                                      "電子銀行 › U盾", "電子銀行 › U盾 › 證書"]
    got = [paths[e.category_id] for e in entries(base)]
    assert got == ["銀行卡 › 掛失", "銀行卡 › 補辦", "銀行卡 › 掛失", "銀行卡 › 掛失",
                   "電子銀行 › U盾 › 證書", "電子銀行 › U盾"]
    # A second import into the same tree creates nothing new, and orders after the first.
    again = write_jsonl(tmp_path / "more.jsonl", [{"question": "新問題", "answer": "答。",
                                                   "category": "銀行卡 › 掛失"}])
    assert do_import(base, again).categories_created == 0
    with base.session() as session:
        positions = session.scalars(select(FaqEntry.position).where(
            FaqEntry.category_id == entries(base)[0].category_id).order_by(FaqEntry.id)).all()
    assert positions == [0, 1, 2, 3]


def test_explicit_header_mapping(base, tmp_path):
    path = tmp_path / "faq.csv"
    path.write_text("客戶問法,標準答覆,備註\n怎麼開通網銀？,攜帶身分證到網點。,x\n", encoding="utf-8")
    unmapped = do_import(base, path)
    assert unmapped.imported == 0
    assert {(p.line, p.field) for p in unmapped.errors} == {(1, "question"), (1, "answer")}
    mapping = parse_mapping("客戶問法=question，標準答覆=answer")
    result = do_import(base, path, mapping=mapping)
    assert result.imported == 1 and [w.field for w in result.warnings] == ["備註"]
    with pytest.raises(ValueError, match="unknown field 'answr'"):
        parse_mapping("標準答覆=answr")


# --- bad rows ---------------------------------------------------------------------------

def test_every_kind_of_bad_jsonl_row_is_reported_and_nothing_is_written(base, tmp_path):
    good = {"question": "信用卡遺失如何掛失？", "answer": "撥打95599。"}
    path = write_jsonl(tmp_path / "bad.jsonl", [
        good,                                                          # 1
        {"question": "只有問題"},                                      # 2 missing answer
        {"question": "  ", "answer": "空問題"},                        # 3 empty question
        {"question": "問" * 501, "answer": "太長"},                    # 4 long question
        {"question": "答案太長", "answer": "答" * 20_001},             # 5 long answer
        '{"question": "壞的JSON", "answer": }',                        # 6 bad JSON
        {"question": "要點不是清單", "answer": "a", "key_points": "一、二"},  # 7 wrong type
        {"question": "問題是數字", "answer": 12},                      # 8 wrong type
        {"question": "日期錯", "answer": "a", "valid_from": "2025-13-40"},  # 9 bad date
        {"question": "狀態錯", "answer": "a", "status": "live"},      # 10 unknown status
        {"question": "部門錯", "answer": "a", "department": "火星部"},  # 11 unknown department
        {"question": "信用卡遺失如何掛失？", "answer": "重複"},        # 12 duplicate of 1
        {"question": "期間顛倒", "answer": "a", "valid_from": "2025-05-01",
         "valid_until": "2025-04-01"},                                 # 13 until < from
        "",                                                            # 14 blank: ignored
        "[1, 2]",                                                      # 15 not an object
        {"question": "信用卡遗失如何挂失？", "answer": "簡體"},        # 16 1 in Simplified
    ])
    result = do_import(base, path)
    found = [(p.line, p.field) for p in result.errors]
    assert found == [(2, "answer"), (3, "question"), (4, "question"), (5, "answer"),
                     (6, "json"), (7, "key_points"), (8, "answer"), (9, "valid_from"),
                     (10, "status"), (11, "department"), (12, "question"),
                     (13, "valid_until"), (15, "json")]
    messages = {p.line: p.message for p in result.errors}
    assert messages[2] == "missing required field"
    assert messages[3] == "is empty"
    assert "too long" in messages[4] and "500" in messages[4]
    assert "20,000" in messages[5]
    assert messages[6].startswith("bad JSON")
    assert messages[7] == "must be a list of strings"
    assert "2025-13-40" in messages[9]
    assert "live" in messages[10]
    assert messages[11] == "unknown department '火星部'"
    assert messages[12] == "duplicate of the question on line 1"
    assert all(p.file == str(path) for p in result.errors)
    # Equal to line 1 only once folded: a warning to merge, not a reason to refuse the file.
    assert [(w.line, w.field) for w in result.warnings] == [(16, "question")]
    assert "line 1" in result.warnings[0].message
    assert (result.imported, result.skipped) == (0, 13)
    assert_nothing_written(base)


def test_csv_errors_name_the_physical_line_despite_multi_line_cells(base, tmp_path):
    text = ("question,answer,key_points,valid_until,color\r\n"
            '第一題,答一,"要點一\r\n要點二\r\n要點三",,紅\r\n'      # lines 2-4
            "第二題,答二,,下週五,藍\r\n"                              # line 5: bad date
            ",答三,,,\r\n"                                              # line 6: empty question
            "\r\n"                                                      # line 7: blank
            "第四題,,,,\r\n")                                           # line 8: empty answer
    path = tmp_path / "bad.csv"
    path.write_bytes(text.encode("utf-8-sig"))
    result = do_import(base, path)
    assert [(p.line, p.field) for p in result.errors] == [(5, "valid_until"), (6, "question"),
                                                         (8, "answer")]
    assert [(w.line, w.field, w.message) for w in result.warnings] == [
        (1, "color", "unknown column, ignored")]
    assert_nothing_written(base)


def test_xlsx_errors_name_the_sheet_row(base, tmp_path):
    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["問題", "答案", "部門", "狀態"])
    sheet.append(["好的一題", "答。", "信用卡中心", "published"])
    sheet.append(["部門不存在", "答。", "貴金屬部", None])
    sheet.append(["好的一題", "重複。", None, "已發布"])
    path = tmp_path / "bad.xlsx"
    book.save(path)
    result = do_import(base, path)
    assert [(p.line, p.field) for p in result.errors] == [(3, "department"), (4, "question")]
    assert "貴金屬部" in result.errors[0].message
    assert_nothing_written(base)


def test_skip_invalid_writes_only_the_good_rows(base, tmp_path):
    path = write_jsonl(tmp_path / "mixed.jsonl", [
        {"question": "好一", "answer": "a", "category": "甲 › 乙"},
        {"question": "壞", "answer": "a", "status": "unknown"},
        {"question": "好二", "answer": "b"},
        "{oops",
    ])
    result = do_import(base, path, skip_invalid=True)
    assert (result.imported, result.skipped) == (2, 2)
    assert [(p.line, p.field) for p in result.errors] == [(2, "status"), (4, "json")]
    assert [e.question for e in entries(base)] == ["好一", "好二"]
    assert count(base, FaqRevision) == 2 and count(base, Category) == 2


def test_a_missing_required_column_stops_even_skip_invalid(base, tmp_path):
    path = tmp_path / "noanswer.csv"
    path.write_text("問題,關鍵字\n甲,乙\n", encoding="utf-8")
    result = do_import(base, path, skip_invalid=True)
    assert [(p.line, p.field) for p in result.errors] == [(1, "answer")]
    assert result.imported == 0
    assert_nothing_written(base)


def test_unreadable_files_are_one_clear_error_naming_the_file(base, tmp_path):
    binary = tmp_path / "garbage.csv"
    binary.write_bytes(b"question,answer\n\xff\xfe\xff\x80,x\n")
    with pytest.raises(FaqFileError, match="garbage.csv.*neither UTF-8 nor GB18030"):
        do_import(base, binary)
    not_excel = tmp_path / "fake.xlsx"
    not_excel.write_text("not a zip")
    with pytest.raises(FaqFileError, match="fake.xlsx"):
        do_import(base, not_excel)
    word = tmp_path / "faq.doc"
    word.write_bytes(b"\xd0\xcf\x11\xe0")
    with pytest.raises(FaqFileError, match="unsupported file type '.doc'"):
        do_import(base, word)
    assert_nothing_written(base)


# --- the command line -------------------------------------------------------------------

def test_cli_import_json_reports_errors_and_exits_1(base, tmp_path, capsys):
    path = write_jsonl(tmp_path / "bad.jsonl", [{"question": "甲", "answer": "a"},
                                                 {"question": "乙", "answer": "b", "status": "x"}])
    code = main(["faq", "import", str(path), "--json", "--db", base.url])
    out, err = capsys.readouterr()
    assert code == 1 and err == ""
    assert json.loads(out) == {"imported": 0, "skipped": 1, "warnings": [], "errors": [
        {"file": str(path), "line": 2, "field": "status",
         "message": "unknown status 'x' (expected one of draft, in_review, published, retired)"}]}
    assert_nothing_written(base)

    code = main(["faq", "import", str(path), "--json", "--skip-invalid", "--db", base.url])
    out, _ = capsys.readouterr()
    assert code == 0 and json.loads(out)["imported"] == 1


def test_cli_import_prints_errors_as_lines_capped_at_fifty(base, tmp_path, capsys):
    path = write_jsonl(tmp_path / "many.jsonl",
                       [{"question": f"題{i}", "answer": ""} for i in range(60)])
    code = main(["faq", "import", str(path), "--db", base.url])
    out, err = capsys.readouterr()
    lines = err.splitlines()
    assert code == 1 and out == ""
    assert lines[0] == f"{path}:1: answer: is empty"
    assert lines[49] == f"{path}:50: answer: is empty"
    assert lines[50] == "and 10 more"
    assert lines[51].startswith("liaison: error: ") and "nothing imported" in lines[51]

    good = write_jsonl(tmp_path / "good.jsonl", [{"question": "甲", "answer": "a"}])
    assert main(["faq", "import", str(good), "--db", base.url]) == 0
    assert "Imported 1 FAQ entries" in capsys.readouterr().out


def test_cli_import_of_an_unreadable_file_is_a_one_line_error(base, tmp_path, capsys):
    code = main(["faq", "import", str(tmp_path / "missing.csv"), "--json", "--db", base.url])
    out, err = capsys.readouterr()
    assert code == 1 and out == ""
    assert err.count("\n") == 1 and "missing.csv: no such file" in err


def test_nul_and_impossible_dates_in_an_faq_csv_are_named_by_file_line_and_field(base, tmp_path):
    # NUL passed on SQLite and failed the whole import on PostgreSQL without saying where;
    # 0001-01-01T00:00:00+08:00 was a traceback (the year 0 in UTC).
    path = tmp_path / "faq.csv"
    path.write_text("question,answer,valid_from\n"
                    "信用卡如何掛失？,致電熱線\x00辦理,\n"
                    "存款證明怎麼開？,臨櫃辦理,0001-01-01T00:00:00+08:00\n"
                    "年費怎麼計算？,首年免年費,9999-12-31\n", encoding="utf-8")
    result = do_import(base, path)
    lines = [(p.line, p.field, p.message) for p in result.errors]
    assert [(line, field) for line, field, _ in lines] == [
        (2, "answer"), (3, "valid_from"), (4, "valid_from")]
    assert "NUL" in lines[0][2] and "outside the years" in lines[1][2]
    assert_nothing_written(base)


def _workbook_with(tmp_path, name: str, replace: dict[str, bytes]) -> Path:
    """A real Excel workbook (openpyxl) with some of its parts replaced."""
    import zipfile

    plain = tmp_path / f"plain-{name}"
    book = openpyxl.Workbook()
    book.active.append(["question", "answer"])
    book.active.append(["信用卡如何掛失？", "致電熱線"])
    book.save(plain)
    out = tmp_path / name
    with zipfile.ZipFile(plain) as src, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            dst.writestr(item.filename, replace.get(item.filename, src.read(item)),
                         compresslevel=9)
    return out


BILLION_LAUGHS = (b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
                  b'<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">'
                  b'<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>'
                  b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
                  b'<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&lol3;</t></is></c></row>'
                  b'</sheetData></worksheet>')
EXTERNAL = (b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY secret SYSTEM "file:///etc/passwd">]>'
            b'<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
            b'<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>&secret;</t></is></c></row>'
            b'</sheetData></worksheet>')


@pytest.mark.parametrize("name, part", [
    ("laughs.xlsx", BILLION_LAUGHS), ("external.xlsx", EXTERNAL),
    ("bomb.xlsx", b"<worksheet>" + b" " * (40 * 2**20) + b"</worksheet>"),
])
def test_hostile_workbooks_are_refused_before_they_are_unpacked(base, tmp_path, name, part):
    import tracemalloc

    from liaison_app.core.tabular import ImportFileError

    path = _workbook_with(tmp_path, name, {"xl/worksheets/sheet1.xml": part})
    assert path.stat().st_size < 400_000
    tracemalloc.start()
    try:
        with pytest.raises(ImportFileError, match=rf"{name}: refused: part xl/worksheets/sheet1\.xml"):
            do_import(base, path)
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert peak < 20 * 2**20  # nothing was unpacked in full
    assert_nothing_written(base)
