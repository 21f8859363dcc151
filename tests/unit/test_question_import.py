"""`liaison import` and `liaison forward` with real files: Excel's encodings, bad rows."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import func, select

from liaison_app.cli import main
from liaison_app.core.models import Question, QuestionAgent, QuestionTermSet
from liaison_app.core.questions.file_import import ImportFileError, import_questions
from tests import factories as make

HEADER = "agent,text,context,product,urgent,forwarded_at\r\n"
ROWS = [
    "A1001,信用卡境外被盜刷，掛失後能否退款？,客戶VIP,信用卡,是,2026-11-20 09:15\r\n",
    "A1002,網銀轉賬限額怎麼提高？,,網上銀行,no,2026/11/21 10:00\r\n",
    'A1001,"多行問題：\n房貸提前還款要收違約金嗎？",,房貸,,\r\n',
]


@pytest.fixture
def agents(db):
    with db.session() as s, s.begin():
        make.agents(s)
    return db


def run_import(db, path, **kw):
    with db.session() as s, s.begin():
        return import_questions(s, path, "王經理", **kw)


def count(db, model=Question):
    with db.session() as s:
        return s.scalar(select(func.count()).select_from(model))


@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gbk", "gb18030", "utf-16", "big5"])
def test_excel_encodings_are_detected(agents, tmp_path, encoding):
    path = tmp_path / "forwarded.csv"
    text = HEADER + "".join(ROWS)
    if encoding == "utf-16":  # Excel's "Unicode text": UTF-16 with BOM, tab separated
        text = text.replace(",", "\t")
    path.write_bytes(text.encode(encoding))
    report = run_import(agents, path)
    assert report.problems == [] and report.imported == 3
    assert report.encoding == {"gbk": "gb18030", "big5": "big5hkscs"}.get(encoding, encoding)
    with agents.session() as s:
        rows = s.execute(select(Question.text, Question.urgent, Question.product, Question.source)
                         .order_by(Question.id)).all()
        assert rows[0] == ("信用卡境外被盜刷，掛失後能否退款？", True, "信用卡", "import")
        assert rows[2].text == "多行問題：\n房貸提前還款要收違約金嗎？"
        assert s.scalar(select(func.count()).select_from(QuestionAgent)) == 3
    assert count(agents, QuestionTermSet) > 0  # the duplicate index knows them


def test_undecodable_file_is_refused_clearly(agents, tmp_path):
    path = tmp_path / "bad.csv"
    path.write_bytes(HEADER.encode() + b"A1001,\x81\x20\xff\xfe\xfd\r\n")
    with pytest.raises(ImportFileError, match=r"neither UTF-8 nor GB18030.*offset"):
        run_import(agents, path)


def test_missing_column_names_it(agents, tmp_path):
    path = tmp_path / "nocol.csv"
    path.write_text("agent,question_text\nA1001,掛失\n", encoding="utf-8")
    with pytest.raises(ImportFileError, match=r"line 1: missing column\(s\) 'text'"):
        run_import(agents, path)


def test_bad_rows_reported_by_line_and_field_and_nothing_imported(agents, tmp_path):
    path = tmp_path / "mixed.csv"
    huge = "長" * 10_000_000  # a 10 MB text cell (30 MB in UTF-8)
    path.write_text(
        HEADER
        + ROWS[0]                                            # line 2: good
        + "A9999,未知座席的問題,,,,\n"                         # line 3: unknown agent
        + "A1001,,,,,\n"                                      # line 4: empty text
        + "A1001,日期錯了,,,,明天早上\n"                        # line 5: bad date
        + ROWS[0]                                            # line 6: duplicate of line 2
        + f"A1002,{huge},,,,\n"                               # line 7: over-long
        + "A1002,緊急欄亂填,,,也許,\n",                         # line 8: bad urgent
        encoding="utf-8")
    report = run_import(agents, path)
    found = [(p.line, p.field) for p in report.problems]
    assert found == [(3, "agent"), (4, "text"), (5, "forwarded_at"), (6, "text"), (7, "text"),
                     (8, "urgent")]
    assert "duplicate of line 2" in report.problems[3].message
    assert "at most 2000" in report.problems[4].message
    assert report.imported == 0 and count(agents) == 0
    assert report.problems[0].describe(str(path)) == \
        f"{path}, line 3, field 'agent': unknown agent 'A9999'"

    skipping = run_import(agents, path, skip_invalid=True)
    assert skipping.imported == 1 and count(agents) == 1


def test_jsonl_with_unknown_agents_created_on_request(agents, tmp_path):
    path = tmp_path / "forwarded.jsonl"
    lines = [
        {"agent": "B2001", "text": "外幣現鈔要預約嗎", "urgent": True, "forwarded_at": "2026-11-28T01:00:00Z"},
        {"agent": "A1001", "text": "U盾過期了怎麼換", "product": "網銀"},
        "not json",
    ]
    path.write_text("\n".join(json.dumps(x, ensure_ascii=False) if isinstance(x, dict) else x
                              for x in lines) + "\n", encoding="utf-8")
    report = run_import(agents, path)
    assert [(p.line, p.field) for p in report.problems] == [(1, "agent"), (3, "*")]
    report = run_import(agents, path, skip_invalid=True, create_agents=True)
    assert report.imported == 2 and report.agents_created == ["B2001"]
    with agents.session() as s:
        q = s.scalars(select(Question).order_by(Question.id)).first()
        assert q.created_at.isoformat() == "2026-11-28T01:00:00+00:00" and q.urgent


def test_cli_import_and_forward(agents, tmp_path, capsys):
    db_url = agents.url
    path = tmp_path / "forwarded.csv"
    path.write_bytes((HEADER + "".join(ROWS)).encode("gbk"))
    assert main(["import", str(path), "--db", db_url]) == 0
    out = capsys.readouterr().out
    assert "Imported 3 questions" in out and "gb18030" in out

    assert main(["forward", "--db", db_url, "--agent", "A1002", "--json",
                 "--text", "客户信用卡境外被盗刷了，挂失后能退款吗"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["duplicate_of"] == 1 and data["ref"] == "LQ-000004"
    assert set(data) >= {"id", "ref", "duplicate_of", "suggestions"}

    assert main(["forward", "--db", db_url, "--agent", "NOPE", "--text", "x"]) == 1
    err = capsys.readouterr().err
    assert err.strip() == "liaison: error: unknown agent 'NOPE' (add the agent first, or allow creating it)"

    bad = tmp_path / "bad.csv"
    bad.write_text(HEADER + "A1001,,,,,\n", encoding="utf-8")
    assert main(["import", str(bad), "--db", db_url]) == 1
    err = capsys.readouterr().err
    assert f"{bad}, line 2, field 'text': text is empty" in err
    assert "nothing imported" in err


def test_a_nul_character_is_reported_by_line_not_sent_to_the_database(agents, tmp_path):
    path = tmp_path / "damaged.csv"
    path.write_text(HEADER + "A1001,損壞\x00的問題,,,,\n" + ROWS[1], encoding="utf-8")
    report = run_import(agents, path)
    assert [(p.line, p.field) for p in report.problems] == [(2, "text")]
    assert "NUL" in report.problems[0].message and count(agents) == 0


def test_long_agent_codes_and_impossible_dates_are_named_by_line_and_field(agents, tmp_path):
    # A 200-character agent code passed on SQLite and was refused by PostgreSQL for the
    # whole file without naming line or field; 0001-01-01T00:00:00+08:00 was a traceback.
    path = tmp_path / "forwarded.csv"
    path.write_text(HEADER + "A" * 200 + ",掛失,,,,\r\n"
                    + "A1001,年費,,,,0001-01-01T00:00:00+08:00\r\n"
                    + "A1001,盜刷,,,,9999-12-31 23:59\r\n", encoding="utf-8")
    report = run_import(agents, path)
    assert [(p.line, p.field) for p in report.problems] == [
        (2, "agent"), (3, "forwarded_at"), (4, "forwarded_at")]
    assert "200 characters" in report.problems[0].message
    assert report.problem_lines()[1].startswith(f"{path}, line 3, field 'forwarded_at': ")
    assert count(agents) == 0


def test_the_same_file_imported_twice_is_refused_unless_asked_for(agents, tmp_path, capsys):
    path = tmp_path / "forwarded.csv"
    path.write_bytes((HEADER + "".join(ROWS)).encode("utf-8"))
    db_url = agents.url
    assert main(["import", str(path), "--db", db_url]) == 0
    capsys.readouterr()
    copy = tmp_path / "renamed-copy.csv"  # the same bytes under another name: still the same file
    copy.write_bytes(path.read_bytes())
    assert main(["import", str(copy), "--db", db_url]) == 1
    err = capsys.readouterr().err
    assert "already imported" in err and str(path) in err and "--again" in err
    assert len(err.strip().splitlines()) == 1
    assert count(agents) == 3
    assert main(["import", str(copy), "--again", "--db", db_url]) == 0
    assert count(agents) == 6
