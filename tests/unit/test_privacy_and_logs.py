"""No password and no unmasked card, ID or phone number reaches the log file; masking keeps
ordinary numbers (dates, question ids, amounts) readable."""

from __future__ import annotations

import logging

import pytest

from liaison_app.core import secrets
from liaison_app.core.app_logging import flush_logs, setup_logging, shutdown_logging
from liaison_app.core.diagnostics import diagnostics_text
from liaison_app.core.privacy import mask_card_and_id, redact


@pytest.fixture(autouse=True)
def _close_log():
    yield
    shutdown_logging()


@pytest.mark.parametrize("raw, masked", [
    ("卡號6222021234567890請查", "卡號************7890請查"),
    ("card 6222 0212 3456 7890 123 lost", "card **** **** **** ***0 123 lost"),
    ("4111-1111-1111-1111", "****-****-****-1111"),
    ("13 digits 4222222222222 end", "13 digits *********2222 end"),
    ("身份證 11010519491231002X 先生", "身份證 **************002X 先生"),
    ("id 110105194912310021.", "id **************0021."),
])
def test_card_and_id_numbers_are_masked_to_their_last_four(raw, masked):
    assert mask_card_and_id(raw) == masked


@pytest.mark.parametrize("raw, masked", [
    ("phone 13800138000 or 13900139000", "phone *******8000 or *******9000"),
    ("20 digits 12345678901234567890", "20 digits ****************7890"),  # numbers run together
])
def test_phone_numbers_and_long_runs_are_masked_in_logs_too(raw, masked):
    assert mask_card_and_id(raw) == masked


@pytest.mark.parametrize("text", [
    "LQ-000123 due 2026-11-29 06:34:55",
    "account 123456789012",  # 12 digits: not a card
    "amount 1,250,000.00 on 20261129",
])
def test_ordinary_numbers_are_left_alone(text):
    assert mask_card_and_id(text) == text


def test_passwords_in_urls_pairs_and_the_keyring_are_hidden():
    secrets.set_password("smtp", "Tr0ub4dor&3")
    text = redact("smtp login Tr0ub4dor&3 failed; url postgresql+psycopg://mgr:pa55word@db/x; "
                  'password=hunter2 {"password": "two words"}')
    for secret in ("Tr0ub4dor&3", "pa55word", "hunter2", "two words"):
        assert secret not in text
    assert "postgresql+psycopg://mgr:***@db/x" in text


def test_nothing_secret_reaches_the_log_file(tmp_path, monkeypatch):
    monkeypatch.setenv("LIAISON_LOG_DIR", str(tmp_path / "logs"))
    path = setup_logging()
    secrets.set_password("db", "kEyR1ng-Pw")
    log = logging.getLogger("liaison.test")
    log.info("customer card %s and ID %s", "6222 0212 3456 7890", "11010519491231002X")
    log.warning("connecting to postgresql+psycopg://manager:url-Pw-9@dbhost/liaison")
    log.info("settings %r", {"username": "hardq", "password": "dict-Pw-7"})
    log.error("login with %s refused", secrets.get_password("db"))
    try:
        raise RuntimeError("card 4111111111111111 rejected, password=exc-Pw-5")
    except RuntimeError:
        log.exception("mail sync failed")
    logging.getLogger("sqlalchemy.engine").warning("param 622202123456789012")  # another library
    flush_logs()

    content = path.read_text(encoding="utf-8")
    for secret in ("6222 0212 3456 7890", "11010519491231002X", "url-Pw-9", "dict-Pw-7",
                   "kEyR1ng-Pw", "4111111111111111", "exc-Pw-5", "622202123456789012"):
        assert secret not in content
    # The records are there, masked, with the traceback.
    assert "**** **** **** 7890" in content and "**************002X" in content
    assert "************1111 rejected" in content and "Traceback" in content
    assert "login with *** refused" in content
    assert path.parent == tmp_path / "logs"


def test_the_log_file_rotates(tmp_path, monkeypatch):
    from liaison_app.core import app_logging

    monkeypatch.setenv("LIAISON_LOG_DIR", str(tmp_path / "logs"))
    monkeypatch.setattr(app_logging, "MAX_BYTES", 2000)
    path = setup_logging()
    for i in range(200):
        logging.getLogger("liaison.test").info("line %d %s", i, "x" * 40)
    flush_logs()
    rotated = sorted(p.name for p in path.parent.glob("liaison.log*"))
    assert "liaison.log.1" in rotated and len(rotated) <= 1 + app_logging.BACKUP_COUNT
    assert path.stat().st_size <= 2000


def test_diagnostics_name_versions_and_paths_without_the_password(tmp_path, monkeypatch):
    monkeypatch.setenv("LIAISON_LOG_DIR", str(tmp_path / "logs"))
    text = diagnostics_text("postgresql+psycopg://manager:s3cret-Pw@dbhost/liaison")
    assert "s3cret-Pw" not in text and "***" not in text
    assert "postgresql+psycopg://manager@dbhost/liaison" in text
    assert str(tmp_path / "logs" / "liaison.log") in text
    from liaison_app import __version__

    assert "Liaison:" in text and __version__ in text and "Python:" in text
