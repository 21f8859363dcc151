"""No customer number leaves in mail, the log or an export, in any format (issue 20, item 1).

Each format of the masking table is put into a forwarded question; the query mail goes
out through a real SMTP server, the log records it, the FAQ and report exports write it.
A number "held" when none of its hidden digits (five in a row) is found in any of them.
"""

from __future__ import annotations

import logging
import re

import pytest
from sqlalchemy import update

from liaison_app.core.app_logging import flush_logs, setup_logging, shutdown_logging
from liaison_app.core.correspondence.mail_sync import run_cycle
from liaison_app.core.correspondence.queries import ask, find_department
from liaison_app.core.faq.export import export_faq
from liaison_app.core.models import Question
from tests import factories
from tests.faults.table import record
from tests.mail_data import IDENTITY, seed, write_settings
from tests.unit.test_masking_formats import FORMATS

pytestmark = [pytest.mark.fault]

_FW = str.maketrans("０１２３４５６７８９", "0123456789")


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text.translate(_FW))


# A run of digits as a reader would join them: separators (not letters, not CJK) between.
_RUN = re.compile(r"[0-9０-９](?:[^0-9０-９A-Za-z\u3400-\u9fff*]{0,3}[0-9０-９])*")


def _leaks(number: str, text: str) -> bool:
    hidden = _digits(number)[:-4]
    runs = [_digits(m.group(0)) for m in _RUN.finditer(text)]
    return any(hidden[i:i + 5] in run for run in runs for i in range(len(hidden) - 4))


def test_no_format_leaks_through_mail_log_or_export(db, smtp_peer, tmp_path, monkeypatch):
    monkeypatch.setenv("LIAISON_LOG_DIR", str(tmp_path / "logs"))
    log_file = setup_logging()
    seeded = seed(db)
    settings = write_settings(smtp_port=smtp_peer.port)
    held = {"mail": 0, "log": 0, "export": 0}
    try:
        for what, number, _last4 in FORMATS:
            text = f"客戶來電（{what}）卡號-{number}，請協助查詢。"
            with db.session() as s, s.begin():
                s.execute(update(Question).where(Question.id == seeded.question_id)
                          .values(text=text, status="new"))
                ask(s, seeded.question_id, find_department(s, "信用卡部"), IDENTITY, "manager")
                factories.faq_entry(s, f"{what}：{text}", text)
            logging.getLogger("liaison.test").warning("forwarded: %s", text)
        flush_logs()
        assert run_cycle(db, settings, fetch=False).sent == len(FORMATS)
        with db.session() as s:
            export_faq(s, tmp_path / "faq.csv", "csv")
            export_faq(s, tmp_path / "faq.md", "md")
        mails = [str(r.message["Subject"]) + "\n" + r.message.get_body(("plain",)).get_content()
                 for r in smtp_peer.received]
        # The records' messages, without the time stamps in front (their digits are not
        # the customer's).
        log_text = "\n".join(re.split(r"(?m)^\d{4}-\d\d-\d\d \d\d:\d\d:\d\d,\d+ [^\]]*\] ",
                                     log_file.read_text(encoding="utf-8")))
        exported = (tmp_path / "faq.csv").read_text(encoding="utf-8-sig")
        for what, number, _last4 in FORMATS:
            held["mail"] += not any(_leaks(number, m) for m in mails)
            held["log"] += not _leaks(number, log_text)
            held["export"] += not _leaks(number, exported)
    finally:
        shutdown_logging()
    for door, count in held.items():
        record(f"leak: customer numbers in every format masked in {door}", len(FORMATS), count)
    assert held == dict.fromkeys(held, len(FORMATS))
