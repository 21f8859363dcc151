"""The one reader of every tabular import (core.tabular) and how the command line treats
its errors: one decoder for the three imports, physical line numbers, one report shape,
and a bug that is not bad input left to show as a bug."""

from __future__ import annotations

import pytest

from liaison_app.cli import main
from liaison_app.core import tabular
from liaison_app.core.tabular import ImportFileError


@pytest.mark.parametrize("encoding, name", [("utf-8", "utf-8"), ("utf-8-sig", "utf-8-sig"),
                                            ("gbk", "gb18030"), ("utf-16", "utf-16"),
                                            ("big5", "big5hkscs")])
def test_one_decoder_names_the_encoding_it_found(encoding, name):
    text, found = tabular.decode("問題,答案\n掛失,致電\n".encode(encoding), "f.csv")
    assert (text, found) == ("問題,答案\n掛失,致電\n", name)


def test_undecodable_bytes_are_named_by_offset_even_after_a_bom():
    with pytest.raises(ImportFileError, match=r"f\.csv: cannot decode the file as utf-8-sig .*0xff at offset 5"):
        tabular.decode(b"\xef\xbb\xbfab\xff\xfe", "f.csv")


def test_csv_rows_carry_the_line_they_start_on_and_the_delimiter_is_detected():
    text = 'a\tb\n"one\ntwo"\tx\n\nlast\ty\n'
    assert list(tabular.csv_rows(text, "f.tsv")) == [
        (1, ["a", "b"]), (2, ["one\ntwo", "x"]), (4, []), (5, ["last", "y"])]


def test_jsonl_records_split_on_newlines_only():
    text = '{"a": "x\u2028y"}\n\nnot json\n[1]\n'
    records = list(tabular.jsonl_records(text))
    assert records[0] == (1, {"a": "x\u2028y"})
    assert records[1][0] == 3 and isinstance(records[1][1], tabular.BadJson)
    assert records[2] == (4, [1])


def test_each_import_takes_only_its_kinds_of_file(tmp_path):
    with pytest.raises(ImportFileError, match=r"unsupported file type '\.xlsx' \(use \.csv or \.jsonl\)"):
        tabular.kind_of(tmp_path / "q.xlsx", ("csv", "jsonl"), "use .csv or .jsonl")
    assert tabular.kind_of(tmp_path / "faq.XLSX", ("csv", "xlsx"), "") == "xlsx"


def test_the_report_prints_problems_then_warnings_in_its_style():
    report = tabular.ImportReport(file="f.csv")
    report.problem(3, "agent", "unknown agent 'A9'")
    report.warnings.append(tabular.Problem("f.csv", 1, "color", "unknown column, ignored"))
    assert report.problem_lines() == ["f.csv, line 3, field 'agent': unknown agent 'A9'",
                                      "f.csv, line 1, field 'color': unknown column, ignored (warning)"]
    assert report.problems[0].render(tabular.COMPILER) == "f.csv:3: agent: unknown agent 'A9'"


def test_import_file_errors_are_not_value_errors():
    from liaison_app.core.faq.file_import import FaqFileError

    assert not issubclass(ImportFileError, ValueError)
    assert issubclass(FaqFileError, ImportFileError)


def test_the_cli_shows_input_errors_as_one_line_but_lets_a_bug_raise(db, tmp_path, capsys,
                                                                     monkeypatch):
    missing = tmp_path / "missing.jsonl"
    assert main(["import", str(missing), "--db", db.url]) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and err.startswith("liaison: error: ") and "missing.jsonl" in err

    from liaison_app.core.questions import file_import

    def broken(*args, **kwargs):
        raise ValueError("a bug, not bad input")

    monkeypatch.setattr(file_import, "import_questions_chunked", broken)
    with pytest.raises(ValueError, match="a bug"):
        main(["import", str(missing), "--db", db.url])


def test_big5_is_told_from_gb18030_and_an_unclear_file_is_refused():
    # What Taiwanese Excel saves used to be read as GB18030: garbage, and no error.
    taiwan = "客戶編號,問題\nA1001,信用卡在境外被盜刷，掛失後能否退款？\nA1002,年費怎麼計算\n"
    mainland = "客户编号,问题\nA1001,信用卡在境外被盗刷，挂失后能否退款？\nA1002,年费怎么计算\n"
    assert tabular.decode(taiwan.encode("big5"), "tw.csv") == (taiwan, "big5hkscs")
    assert tabular.decode(mainland.encode("gb18030"), "cn.csv") == (mainland, "gb18030")
    # Bytes that read as rare characters in both codecs: refused, not guessed.
    noise = bytes([0xE6, 0x40, 0xFB, 0x70, 0xC8, 0x7E, 0xF9, 0x50]) * 4
    with pytest.raises(ImportFileError, match=r"n\.csv: cannot tell whether the file is Big5 or GB18030"):
        tabular.decode(noise, "n.csv")


def test_an_unclosed_quote_is_reported_at_the_line_it_opens_not_swallowing_rows():
    to_the_end = 'agent,text,product\nA1001,"掛失,卡\nA1002,年費,卡\nA1003,盜刷,卡\n'
    with pytest.raises(ImportFileError, match=r"^f\.csv, line 2: a quote opened on this line is never closed"):
        list(tabular.csv_rows(to_the_end, "f.csv"))
    closed_later = ('agent,text,product\nA1001,"掛失,卡\nA1002,年費,卡\nA1003,盜刷,卡\n'
                    'A1004,"分期",卡\n')
    with pytest.raises(ImportFileError, match=r"^f\.csv, line 2: a quote opened on this line runs on"):
        list(tabular.csv_rows(closed_later, "f.csv"))
    closed_at_a_cell_end = ('agent,text,product\nA1001,"掛失,卡\nA1002,年費,卡\nA1003,盜刷,卡\n'
                            'A1004,分期",卡\n')
    with pytest.raises(ImportFileError, match=r"^f\.csv, line 2: .* swallowing 2 line"):
        list(tabular.csv_rows(closed_at_a_cell_end, "f.csv"))
    # A real multi-line cell (one key point per line) is still one cell.
    fine = 'question,key_points\n掛失,"一、致電熱線\n二、臨櫃補卡"\n'
    assert list(tabular.csv_rows(fine, "f.csv"))[1] == (2, ["掛失", "一、致電熱線\n二、臨櫃補卡"])
