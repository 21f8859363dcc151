"""Rules behind the welcome and settings dialogs: database URLs checked and stored without
their password, holiday lists parsed with runs of days, FAQ use tiers validated, stored in
the shared settings table and applied as quartiles or fixed limits."""

from __future__ import annotations

import pytest

from liaison_app.core import secrets
from liaison_app.core.app_setup import (
    check_database_url,
    forget_database,
    parse_day_list,
    remember_database,
    startup_url,
    stored_database_url,
)
from liaison_app.core.config import load_settings
from liaison_app.core.correspondence.business_hours import CalendarError
from liaison_app.core.faq.tiers import THRESHOLDS, TierRules, load_tier_rules, save_tier_rules
from liaison_app.core.questions.workflow import DomainError


def test_urls_are_checked_and_get_the_shipped_driver():
    assert check_database_url(" postgresql://mgr@db/liaison ") == "postgresql+psycopg://mgr@db/liaison"
    assert check_database_url("sqlite:///C:/data/l.db") == "sqlite:///C:/data/l.db"
    for bad, words in [("", "Enter a database URL"), ("db.example", "not a database URL"),
                       ("mysql://a@b/c", "not supported"), ("postgresql://mgr@db", "database name"),
                       ("postgresql:///liaison", "server name")]:
        with pytest.raises(ValueError, match=words):
            check_database_url(bad)


def test_the_stored_url_never_holds_the_password(tmp_path, memory_keyring, monkeypatch):
    settings = load_settings(tmp_path / "settings.toml")
    stored = remember_database(settings, "postgresql://mgr:in-url-Pw@db/liaison")
    settings.save()
    assert stored == "postgresql+psycopg://mgr@db/liaison"
    assert "in-url-Pw" not in settings.path.read_text(encoding="utf-8")
    assert memory_keyring.passwords[("liaison", "db")] == "in-url-Pw"
    remember_database(settings, stored, "typed-Pw")
    assert secrets.get_password("db") == "typed-Pw"
    assert startup_url(None, settings) == stored and startup_url("sqlite:///x.db", settings) == "sqlite:///x.db"
    monkeypatch.setenv("LIAISON_DB_URL", "sqlite:///env.db")
    assert startup_url(None, settings) is None  # the environment wins over the stored choice
    forget_database(settings)
    assert stored_database_url(settings) is None


def test_holiday_lists_accept_runs_and_name_bad_entries():
    assert parse_day_list("2026-10-01..2026-10-03\n2027-01-01, 2026-10-02 # overlap", "holidays") == [
        "2026-10-01", "2026-10-02", "2026-10-03", "2027-01-01"]
    assert parse_day_list("  \n# nothing\n", "holidays") == []
    with pytest.raises(CalendarError, match="holidays: '2026-02-30' is not a date"):
        parse_day_list("2026-02-30", "holidays")
    with pytest.raises(CalendarError, match="ends before it starts"):
        parse_day_list("2026-10-07..2026-10-01", "holidays")


def test_tier_rules_are_validated_and_shared_through_the_database(db):
    with pytest.raises(DomainError, match="very high > high > low"):
        TierRules(mode=THRESHOLDS, very_high_min=10, high_min=20, low_min=5).check()
    with pytest.raises(DomainError, match="unknown tier mode"):
        TierRules(mode="deciles").check()
    with db.session() as s, s.begin():
        assert load_tier_rules(s) == TierRules()
        save_tier_rules(s, TierRules(mode=THRESHOLDS, very_high_min=90, high_min=40, low_min=10))
    with db.session() as s:
        assert load_tier_rules(s) == TierRules(mode=THRESHOLDS, very_high_min=90, high_min=40, low_min=10)
