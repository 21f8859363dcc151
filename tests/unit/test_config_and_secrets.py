"""The settings file (TOML) and the one door to passwords (the keyring)."""

from __future__ import annotations

import tomllib

import keyring
import pytest
from keyring.backends import fail

from liaison_app.core import paths, secrets
from liaison_app.core.config import ConfigError, load_settings
from liaison_app.core.database import DatabaseError, create_db_engine, display_url, open_database

SETTINGS = """\
# written by a newer Liaison
[ui]
language = "zh_TW"
theme = "dark"

[smtp]
host = "smtp.bank.example"
port = 587
security = "starttls"
username = "hardq@bank.example"
from_name = "客服中心信息管理員"
dkim = true

[imap]
host = "imap.bank.example"
folders = ["INBOX", "部門回覆"]
poll_seconds = 120

[future]
table = { depth = 2, names = ["甲", "乙"] }
"""


@pytest.fixture(autouse=True)
def fresh_memory(monkeypatch):
    """Passwords remembered for a run must not leak from one test into the next."""
    monkeypatch.setattr(secrets, "_memory", {})


@pytest.fixture
def no_keyring():
    """No keyring backend at all, as on a headless or minimal Linux desktop."""
    keyring.set_keyring(fail.Keyring())
    # The autouse memory_keyring fixture puts the previous backend back afterwards.


# --- settings ---------------------------------------------------------------------------


def test_settings_round_trip_keeps_unknown_keys(tmp_path):
    path = tmp_path / "settings.toml"
    path.write_text(SETTINGS, encoding="utf-8")
    original = tomllib.loads(SETTINGS)

    settings = load_settings(path)
    assert settings.language == "zh_TW"
    smtp = settings.mail_server("smtp")
    assert (smtp.host, smtp.port, smtp.security, smtp.username) == (
        "smtp.bank.example", 587, "starttls", "hardq@bank.example")
    settings.language = "en"
    settings.save()

    reread = tomllib.loads(path.read_text(encoding="utf-8"))
    expected = dict(original)
    expected["ui"] = {**original["ui"], "language": "en"}
    assert reread == expected
    assert load_settings(path).language == "en"
    assert list(tmp_path.iterdir()) == [path]  # no temporary file left behind


def test_missing_file_gives_defaults_and_save_creates_it(tmp_path):
    path = tmp_path / "new" / "settings.toml"
    settings = load_settings(path)
    assert settings.language == "system"
    assert settings.mail_server("smtp").port == 465
    assert settings.mail_server("imap").port == 993
    settings.language = "zh_CN"
    settings.save()
    assert tomllib.loads(path.read_text(encoding="utf-8")) == {"ui": {"language": "zh_CN"}}


def test_bad_toml_is_a_config_error_naming_the_file(tmp_path):
    path = tmp_path / "broken.toml"
    path.write_text("[smtp\nhost = ", encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_settings(path)
    assert str(path) in str(info.value)


def test_settings_file_that_is_not_utf8_is_a_config_error(tmp_path):
    path = tmp_path / "gbk.toml"
    path.write_bytes('[smtp]\nfrom_name = "客服中心"\n'.encode("gbk"))
    with pytest.raises(ConfigError, match="gbk.toml"):
        load_settings(path)


def test_bad_language_is_refused(tmp_path):
    settings = load_settings(tmp_path / "settings.toml")
    settings.language = "zh_TW"
    with pytest.raises(ConfigError, match="language"):
        settings.language = "klingon"
    assert settings.language == "zh_TW"


def test_bad_language_in_the_file_falls_back_to_the_system_language(tmp_path):
    path = tmp_path / "settings.toml"
    path.write_text('[ui]\nlanguage = "fr"\n', encoding="utf-8")
    assert load_settings(path).language == "system"


def test_bad_port_is_a_config_error_naming_file_and_key(tmp_path):
    path = tmp_path / "settings.toml"
    path.write_text('[imap]\nport = "nine-nine-three"\n', encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_settings(path).mail_server("imap")
    assert str(path) in str(info.value) and "[imap] port" in str(info.value)


def test_liaison_config_environment_variable_is_honoured(tmp_path, monkeypatch):
    path = tmp_path / "elsewhere" / "mine.toml"
    path.parent.mkdir()
    path.write_text('[ui]\nlanguage = "zh_CN"\n', encoding="utf-8")
    monkeypatch.setenv("LIAISON_CONFIG", str(path))

    assert paths.config_path() == path
    settings = load_settings()
    assert settings.path == path
    assert settings.language == "zh_CN"
    settings.language = "en"
    settings.save()
    assert 'language = "en"' in path.read_text(encoding="utf-8")


# --- secrets ----------------------------------------------------------------------------


def test_password_is_kept_in_the_keyring_under_the_liaison_service(memory_keyring):
    secrets.set_password("smtp", "p@ss 密碼")
    assert memory_keyring.passwords == {("liaison", "smtp"): "p@ss 密碼"}
    assert secrets.get_password("smtp") == "p@ss 密碼"
    assert secrets.get_password("imap") is None
    assert secrets.keyring_available()

    secrets.delete_password("smtp")
    assert secrets.get_password("smtp") is None
    secrets.delete_password("smtp")  # deleting twice is harmless


def test_unknown_password_name_is_refused(memory_keyring):
    with pytest.raises(ValueError, match="ftp"):
        secrets.set_password("ftp", "x")
    assert memory_keyring.passwords == {}


def test_without_a_keyring_storing_fails_with_a_plain_message(no_keyring):
    assert not secrets.keyring_available()
    with pytest.raises(secrets.KeyringUnavailable) as info:
        secrets.set_password("imap", "secret")
    message = str(info.value)
    assert "keyring" in message.lower()
    assert "\n" not in message and "Traceback" not in message
    assert secrets.get_password("imap") is None


def test_without_a_keyring_a_password_is_remembered_for_this_run_only(no_keyring, tmp_path):
    settings = load_settings()
    settings.language = "en"
    secrets.remember_for_this_run("imap", "only-in-memory")
    settings.save()

    assert secrets.get_password("imap") == "only-in-memory"
    assert "only-in-memory" not in settings.path.read_text(encoding="utf-8")
    written = [p for p in tmp_path.rglob("*") if p.is_file()]
    assert all(b"only-in-memory" not in p.read_bytes() for p in written)
    secrets.delete_password("imap")
    assert secrets.get_password("imap") is None


def test_remembered_password_gives_way_to_a_stored_one(memory_keyring):
    secrets.remember_for_this_run("smtp", "old")
    secrets.set_password("smtp", "new")
    assert secrets.get_password("smtp") == "new"


def test_db_password_from_the_keyring_goes_into_the_postgresql_url_but_is_never_shown():
    secrets.set_password("db", "s3cr3t-密")
    url = "postgresql+psycopg://liaison@db.bank.example:5432/liaison"
    engine = create_db_engine(url)
    try:
        assert engine.url.password == "s3cr3t-密"
        assert engine.url.username == "liaison"
        full = engine.url.render_as_string(hide_password=False)
        assert "s3cr3t" not in display_url(full)
        assert "***" in display_url(full)
        assert "s3cr3t" not in display_url(url)
        assert "s3cr3t" not in str(engine.url)
    finally:
        engine.dispose()


def test_password_written_in_the_url_wins_over_the_keyring():
    secrets.set_password("db", "from-keyring")
    engine = create_db_engine("postgresql+psycopg://liaison:in-url@db.bank.example/liaison")
    try:
        assert engine.url.password == "in-url"
    finally:
        engine.dispose()


def test_db_password_remembered_for_this_run_is_used_without_a_keyring(no_keyring):
    secrets.remember_for_this_run("db", "run-only")
    engine = create_db_engine("postgresql+psycopg://liaison@db.bank.example/liaison")
    try:
        assert engine.url.password == "run-only"
    finally:
        engine.dispose()


def test_failed_open_does_not_reveal_the_keyring_password():
    secrets.set_password("db", "s3cr3t")
    with pytest.raises(DatabaseError) as info:
        open_database("postgresql+psycopg://liaison@127.0.0.1:1/liaison")
    assert "s3cr3t" not in str(info.value)
    assert "127.0.0.1" in str(info.value)
    assert "\n" not in str(info.value)
