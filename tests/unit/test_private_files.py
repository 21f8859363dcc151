"""Files holding customer questions are readable by their owner only; no SQL parameter
reaches a log (issue 20, items 2 and 4).

Each file is made by the real code path under the loose umask a desktop session has
(0022), so only the code's own care can make it private.
"""

from __future__ import annotations

import json
import logging
import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy.exc import IntegrityError

from liaison_app.core.app_logging import flush_logs, setup_logging, shutdown_logging
from liaison_app.core.backup import backup_database
from liaison_app.core.database import open_database
from liaison_app.core.directory.csv_transfer import export_directory
from liaison_app.core.faq.export import export_faq
from liaison_app.core.models import Department
from tests import factories

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX file modes")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def loose_umask():
    old = os.umask(0o022)
    yield
    os.umask(old)


def test_database_backup_exports_and_logs_are_owner_only(tmp_path, loose_umask, monkeypatch):
    monkeypatch.setenv("LIAISON_LOG_DIR", str(tmp_path / "logs"))
    log_file = setup_logging()
    logging.getLogger("liaison.test").info("hello")
    flush_logs()
    shutdown_logging()
    db_file = tmp_path / "new" / "liaison.db"
    db = open_database(f"sqlite:///{db_file}")
    try:
        with db.sessions.begin() as s:
            factories.faq_entry(s, "信用卡遺失如何掛失？", "請撥打客服。")
            factories.department(s, "信用卡部")
        with db.session() as s:
            export_faq(s, tmp_path / "faq.csv", "csv")
            export_faq(s, tmp_path / "faq.html", "html")
            export_directory(s, tmp_path / "dir.csv")
        (tmp_path / "copies").mkdir()  # a backup refuses a missing folder (issue 20 item 20)
        backup = backup_database(str(db.engine.url), tmp_path / "copies" / "b.db").path
    finally:
        db.close()
    for file in (db_file, log_file, tmp_path / "faq.csv", tmp_path / "faq.html",
                 tmp_path / "dir.csv", backup):
        assert mode(file) == 0o600, (file, oct(mode(file)))
    for folder in (db_file.parent, log_file.parent):
        assert mode(folder) == 0o700, (folder, oct(mode(folder)))


LOOSE_CLI = ("import os, sys; os.umask(0o022); "
             "from liaison_app.cli.main import main; sys.exit(main(sys.argv[1:]))")


def test_the_command_line_creates_reports_and_wal_files_owner_only(tmp_path):
    env = dict(os.environ, LIAISON_CONFIG=str(tmp_path / "settings.toml"),
               LIAISON_LOG_DIR=str(tmp_path / "logs"), PYTHONDONTWRITEBYTECODE="1")
    url = f"sqlite:///{tmp_path / 'cli.db'}"
    for argv in (["questions"],
                 ["report", "volume", "--out", str(tmp_path / "v.xlsx")],
                 ["report", "volume", "--out", str(tmp_path / "v.csv")]):
        done = subprocess.run([sys.executable, "-c", LOOSE_CLI, "--db", url, *argv, "--json"],
                              env=env, capture_output=True, text=True, timeout=120, check=False)
        assert done.returncode == 0, done.stderr
    made = [p for p in tmp_path.iterdir() if p.is_file() and p.name != "settings.toml"]
    assert {p.name for p in made} >= {"cli.db", "v.xlsx", "v.csv"}
    for file in made:
        assert mode(file) == 0o600, (file, oct(mode(file)))


def test_a_failed_statement_logs_no_parameter_values(db, tmp_path, monkeypatch):
    monkeypatch.setenv("LIAISON_LOG_DIR", str(tmp_path / "logs"))
    log_file = setup_logging()
    secret_name, account = "客戶王小明", "帳號 123456789012 電話 0755-8654 3210"
    try:
        with db.sessions.begin() as s:
            factories.department(s, "信用卡部")
        with pytest.raises(IntegrityError) as caught, db.sessions.begin() as s:
            s.add(Department(name="信用卡部", duties=f"{secret_name} {account}"))
        logging.getLogger("liaison.ui.tasks").error("background task failed", exc_info=caught.value)
        flush_logs()
        text = log_file.read_text(encoding="utf-8")
    finally:
        shutdown_logging()
    assert "background task failed" in text and "IntegrityError" in text
    assert "hidden due to hide_parameters" in text
    for value in (secret_name, "123456789012", "8654", json.dumps(secret_name)[1:-1]):
        assert value not in text, value
    assert "hidden due to hide_parameters" in str(caught.value)
