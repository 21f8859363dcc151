"""The command line of DESIGN.md section 5: `--version`, `questions` and `show`.

The data is written through the ORM and the workflow, as the app writes it, and read back
through `liaison ... --json` exactly as a script would.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from liaison_app import __version__
from liaison_app.cli import main
from liaison_app.core.models import (
    Agent,
    Department,
    Direction,
    FaqEntry,
    Message,
    MessageKind,
    MessageState,
    Question,
    QuestionAgent,
    QuestionFaqLink,
    QuestionStatus,
    question_ref,
)
from liaison_app.core.questions import workflow

S = QuestionStatus
BEIJING = timezone(timedelta(hours=8))
ISO_Z = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$")


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def filled(db):
    """Three questions: one routed with mail, its merged duplicate, and a closed one."""
    with db.session() as session:
        dept = Department(name="信用卡中心", email="card@bank.example")
        a1, a2, a3 = (Agent(code=c, name=n) for c, n in
                      (("A1001", "李小明"), ("A1002", "陳美玲"), ("A1003", "張偉")))
        entry = FaqEntry(question="信用卡如何掛失？", answer="致電熱線辦理。")
        session.add_all([dept, a1, a2, a3, entry])
        session.flush()
        t = datetime(2026, 3, 1, 8, 0, tzinfo=UTC)

        main_q = Question(text="境外盜刷能否退款？", customer_context="客戶 VIP", product="信用卡",
                          created_at=t, due_at=datetime(2026, 3, 2, 9, 30, tzinfo=BEIJING))
        dup = Question(text="境外被盜刷怎麼退款", created_at=t + timedelta(minutes=5))
        closed = Question(text="積分何時到賬？", created_at=t + timedelta(minutes=9))
        session.add_all([main_q, dup, closed])
        session.flush()
        session.add_all([
            QuestionAgent(question=main_q, agent=a1, forwarded_at=t),
            QuestionAgent(question=dup, agent=a3, forwarded_at=t + timedelta(minutes=5)),
            # Merging the duplicate brings its agent to the main question, to be fed back.
            QuestionAgent(question=main_q, agent=a3, forwarded_at=t + timedelta(minutes=5),
                          via_question_id=dup.id),
            QuestionAgent(question=closed, agent=a2, forwarded_at=t + timedelta(minutes=9)),
        ])
        for q in (main_q, dup, closed):
            workflow.record_creation(session, q, "agent")
        main_q.department = dept
        workflow.transition(session, main_q, "route", "王經理", "轉信用卡中心")
        dup.duplicate_of = main_q
        workflow.transition(session, dup, "merge", "王經理")
        workflow.transition(session, closed, "answer_from_faq", "王經理")
        closed.answer = "次月五日前到賬。"
        workflow.transition(session, closed, "feed_back", "王經理")
        workflow.transition(session, closed, "close", "王經理")
        session.add(QuestionFaqLink(question_id=closed.id, entry_id=entry.id, relation="used"))
        session.add_all([
            Message(question_id=main_q.id, direction=Direction.OUT, kind=MessageKind.EMAIL,
                    state=MessageState.SENT, subject=f"[{question_ref(main_q.id)}] 退款諮詢",
                    body_text="張主任您好：", message_id="<q1.out@bank.example>",
                    created_at=t + timedelta(minutes=1), sent_at=t + timedelta(minutes=2)),
            Message(question_id=main_q.id, direction=Direction.IN, kind=MessageKind.EMAIL,
                    state=MessageState.RECEIVED, subject=f"Re: [{question_ref(main_q.id)}] 退款諮詢",
                    body_text="可以退款。", message_id="<reply@bank.example>",
                    raw=b"raw", created_at=t + timedelta(minutes=30),
                    received_at=t + timedelta(minutes=30)),
        ])
        session.commit()
        ids = {"main": main_q.id, "dup": dup.id, "closed": closed.id, "entry": entry.id}
    return db, ids


def test_version(capsys):
    with pytest.raises(SystemExit) as info:
        main(["--version"])
    assert info.value.code == 0
    assert capsys.readouterr().out.strip() == f"liaison {__version__}"


def test_installed_console_script_prints_the_version():
    script = Path(sys.executable).with_name("liaison")
    assert script.exists(), "the `liaison` console script is not installed in this venv"
    done = subprocess.run([str(script), "--version"], capture_output=True, text=True,
                          timeout=60, check=False)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == f"liaison {__version__}"


def test_questions_json_lists_every_question_with_the_contract_fields(filled, capsys):
    db, ids = filled
    code, out, err = run(capsys, "questions", "--json", "--db", db.url)
    assert code == 0, err
    items = json.loads(out)
    by_id = {item["id"]: item for item in items}
    assert [item["id"] for item in items] == sorted(ids[k] for k in ("main", "dup", "closed"))

    main_q = by_id[ids["main"]]
    assert main_q["ref"] == question_ref(ids["main"])
    assert re.fullmatch(r"LQ-\d{6}", main_q["ref"])
    assert main_q["status"] == "awaiting_department"
    assert main_q["text"] == "境外盜刷能否退款？"
    assert main_q["agents"] == ["A1001", "A1003"]
    assert main_q["department"] == "信用卡中心"
    assert main_q["due_at"] == "2026-03-02T01:30:00Z"
    assert main_q["answer"] is None
    assert main_q["duplicate_of"] is None
    assert main_q["faq_ids"] == []

    dup = by_id[ids["dup"]]
    assert (dup["status"], dup["duplicate_of"], dup["agents"]) == ("duplicate", ids["main"],
                                                                  ["A1003"])
    assert dup["department"] is None and dup["due_at"] is None

    closed = by_id[ids["closed"]]
    assert closed["status"] == "closed"
    assert closed["answer"] == "次月五日前到賬。"
    assert closed["faq_ids"] == [ids["entry"]]
    assert closed["agents"] == ["A1002"]
    assert ISO_Z.match(closed["closed_at"])
    for item in items:
        assert isinstance(item["id"], int)
        assert item["due_at"] is None or ISO_Z.match(item["due_at"])


def test_questions_status_filters(filled, capsys):
    db, ids = filled
    code, out, _ = run(capsys, "questions", "--json", "--status", "duplicate", "--db", db.url)
    assert code == 0
    assert [item["id"] for item in json.loads(out)] == [ids["dup"]]

    code, out, _ = run(capsys, "questions", "--json", "--status", "closed",
                       "--status", "awaiting_department", "--db", db.url)
    assert code == 0
    assert [item["id"] for item in json.loads(out)] == sorted([ids["main"], ids["closed"]])

    code, out, _ = run(capsys, "questions", "--json", "--status", "new", "--db", db.url)
    assert (code, json.loads(out)) == (0, [])


def test_questions_plain_text_lists_one_line_per_question(filled, capsys):
    db, ids = filled
    code, out, _ = run(capsys, "questions", "--db", db.url)
    assert code == 0
    lines = out.splitlines()
    assert len(lines) == 3
    assert lines[0].startswith(question_ref(ids["main"]))
    assert "信用卡中心" in lines[0] and "境外盜刷能否退款" in lines[0]


def test_unknown_status_is_a_one_line_error_and_no_output(filled, capsys):
    db, _ = filled
    code, out, err = run(capsys, "questions", "--json", "--status", "lost", "--db", db.url)
    assert code == 1
    assert out == ""
    assert len(err.strip().splitlines()) == 1
    assert "lost" in err


def test_show_json_has_events_and_messages(filled, capsys):
    db, ids = filled
    code, out, err = run(capsys, "show", str(ids["main"]), "--json", "--db", db.url)
    assert code == 0, err
    data = json.loads(out)
    assert data["id"] == ids["main"]
    assert data["agents"] == ["A1001", "A1003"]
    assert [(e["actor"], e["from"], e["to"]) for e in data["events"]] == [
        ("agent", None, "new"),
        ("王經理", "new", "awaiting_department"),
    ]
    assert all(ISO_Z.match(e["at"]) for e in data["events"])
    assert [
        (m["direction"], m["kind"], m["subject"], m["text"], m["message_id"], m["state"])
        for m in data["messages"]
    ] == [
        ("out", "email", f"[{question_ref(ids['main'])}] 退款諮詢", "張主任您好：",
         "<q1.out@bank.example>", "sent"),
        ("in", "email", f"Re: [{question_ref(ids['main'])}] 退款諮詢", "可以退款。",
         "<reply@bank.example>", "received"),
    ]


def test_show_json_of_a_closed_question_has_its_whole_history(filled, capsys):
    db, ids = filled
    code, out, _ = run(capsys, "show", str(ids["closed"]), "--json", "--db", db.url)
    assert code == 0
    data = json.loads(out)
    assert [e["to"] for e in data["events"]] == ["new", "answered_from_faq", "answered", "closed"]
    assert data["messages"] == []
    assert data["faq_ids"] == [ids["entry"]]


@pytest.mark.parametrize("form", ["ref", "lower", "short"])
def test_show_accepts_the_reference_form(filled, capsys, form):
    db, ids = filled
    qid = ids["dup"]
    text = {"ref": question_ref(qid), "lower": question_ref(qid).lower(),
            "short": f"LQ{qid}"}[form]
    code, out, err = run(capsys, "show", text, "--json", "--db", db.url)
    assert code == 0, err
    assert json.loads(out)["id"] == qid


def test_show_plain_text_tells_the_history(filled, capsys):
    db, ids = filled
    code, out, _ = run(capsys, "show", question_ref(ids["main"]), "--db", db.url)
    assert code == 0
    assert out.startswith(f"{question_ref(ids['main'])}  [awaiting_department]  信用卡中心")
    assert "A1001, A1003" in out
    assert "new -> awaiting_department" in out


@pytest.mark.parametrize("argv", [["show", "999"], ["show", "LQ-000999", "--json"]])
def test_show_of_a_missing_question_is_a_one_line_error(filled, capsys, argv):
    db, _ = filled
    code, out, err = run(capsys, *argv, "--db", db.url)
    assert code == 1
    assert out == ""
    assert len(err.strip().splitlines()) == 1
    assert "LQ-000999" in err


def test_show_of_a_non_id_is_a_one_line_error(filled, capsys):
    db, _ = filled
    code, out, err = run(capsys, "show", "abc", "--db", db.url)
    assert (code, out) == (1, "")
    assert len(err.strip().splitlines()) == 1 and "abc" in err


def test_db_option_works_before_and_after_the_command(filled, capsys):
    db, _ = filled
    before = run(capsys, "--db", db.url, "questions", "--json")
    after = run(capsys, "questions", "--json", "--db", db.url)
    assert before[0] == after[0] == 0
    assert json.loads(before[1]) == json.loads(after[1])
    assert len(json.loads(before[1])) == 3


def test_db_option_is_used_rather_than_the_default_database(filled, capsys):
    db, _ = filled
    code, out, _ = run(capsys, "questions", "--json")  # the default, empty database
    assert (code, json.loads(out)) == (0, [])
    code, out, _ = run(capsys, "questions", "--json", "--db", db.url)
    assert len(json.loads(out)) == 3


def test_json_output_on_a_new_database_is_only_json(db_url, capsys):
    # Opening the empty database runs every migration; none of that may reach stdout.
    code, out, err = run(capsys, "questions", "--json", "--db", db_url)
    assert code == 0, err
    assert out == "[]\n"


def test_unreachable_database_is_a_one_line_error_without_the_password(capsys):
    code, out, err = run(capsys, "questions", "--json",
                         "--db", "postgresql+psycopg://liaison:hunter2@127.0.0.1:1/none")
    assert (code, out) == (1, "")
    assert len(err.strip().splitlines()) == 1
    assert "hunter2" not in err
    assert "127.0.0.1" in err


def test_file_that_is_not_a_database_is_a_one_line_error(tmp_path, capsys):
    bogus = tmp_path / "notes.db"
    bogus.write_text("這不是數據庫" * 100, encoding="utf-8")
    code, out, err = run(capsys, "show", "1", "--json", "--db", f"sqlite:///{bogus}")
    assert (code, out) == (1, "")
    assert len(err.strip().splitlines()) == 1
    assert "notes.db" in err


def test_faq_search_batch_gives_each_query_its_hits_and_the_time_it_took(filled, capsys, tmp_path):
    db, ids = filled
    batch = tmp_path / "queries.txt"
    batch.write_text("信用卡掛失\n信用卡挂失\n", encoding="utf-8")
    code, out, _err = run(capsys, "--db", db.url, "faq", "search", "--all", "--batch", str(batch), "--json")
    assert code == 0
    lines = [json.loads(line) for line in out.splitlines()]
    assert [line["query"] for line in lines] == ["信用卡掛失", "信用卡挂失"]
    for line in lines:
        assert isinstance(line["took_ms"], float | int) and 0 <= line["took_ms"] < 10_000
        assert [hit["id"] for hit in line["hits"]] == [ids["entry"]]


def test_faq_search_loads_no_qt_mail_or_reports(filled):
    db, _ids = filled
    probe = (
        "import sys\n"
        "from liaison_app.cli import main\n"
        f"code = main(['--db', {db.url!r}, 'faq', 'search', '掛失', '--json'])\n"
        "loaded = [m for m in sys.modules if m.startswith(('PySide6', 'liaison_app.mail.',"
        " 'liaison_app.core.reports', 'liaison_app.ui', 'openpyxl', 'alembic'))"
        # the masking rule is the log's too (a password from the keyring is masked in it)
        " and m != 'liaison_app.mail.masking']\n"
        "print(code, sorted(loaded))\n"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert result.stdout.strip().splitlines()[-1] == "0 []"


@pytest.mark.parametrize("argv, expected", [
    (["show", "99999999999999999999"], "not a question id"),
    (["show", "9223372036854775808"], "not a question id"),
    (["show", "-1"], "not a question id"),
    (["show", "0"], "not a question id"),
    (["report", "volume", "--from", "0001-01-01", "--to", "9999-12-31"], "outside the dates"),
    # names the flag and the dates reports cover (it was "date value out of range")
    (["report", "volume", "--to", "0001-01-01"], "--to: 0001-01-01 is outside the dates reports cover"),
    (["report", "volume", "--from", "2026-02-30"], "--from: '2026-02-30' is not a date"),
    (["report", "volume", "--out", "/nonexistent/x.csv"], "no such folder"),
    (["faq", "tiers", "--days", "100000000"], "--days must be 1 to"),
])
def test_hostile_arguments_get_a_one_line_error_not_a_traceback(db, capsys, argv, expected):
    # `show -1` used to show LQ-000001; the others were tracebacks (integer overflow in the
    # driver, dates beyond the calendar, a missing folder).
    with db.session() as session:
        session.add(Question(text="第一個問題"))
        session.commit()
    code, out, err = run(capsys, *argv, "--db", db.url)
    assert code == 1 and out == ""
    assert err.startswith("liaison: error:") and expected in err
    assert len(err.strip().splitlines()) == 1 and "Traceback" not in err
