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
from liaison_app.core.business_hours import CalendarError
from liaison_app.core.config import load_settings
from liaison_app.core.models import FaqEntry
from liaison_app.core.use_tiers import TierError, UseTiers, limits, load_use_tiers, save_use_tiers, tier_of


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


def test_tiers_are_validated():
    with pytest.raises(TierError, match="very high > high > low"):
        UseTiers(mode="fixed", very_high=10, high=20, low=5)
    with pytest.raises(TierError, match="mode"):
        UseTiers.from_json({"mode": "deciles"})
    with pytest.raises(TierError):
        UseTiers.from_json({"mode": "fixed", "high": "many"})


def test_tiers_are_shared_through_the_database_and_quartiles_follow_the_counts(db):
    with db.session() as s, s.begin():
        assert load_use_tiers(s) == UseTiers()
        for n in range(1, 101):  # hit counts 1 … 100
            s.add(FaqEntry(question=f"q{n}", answer="a", hit_count=n))
    with db.session() as s:
        cuts = limits(s)
        assert cuts == (76, 51, 26)
        assert [tier_of(h, cuts) for h in (100, 60, 30, 1)] == ["very_high", "high", "low", "very_low"]
    with db.session() as s, s.begin():
        save_use_tiers(s, UseTiers(mode="fixed", very_high=90, high=40, low=10))
    with db.session() as s:
        assert limits(s) == (90, 40, 10)
        assert load_use_tiers(s).mode == "fixed"
