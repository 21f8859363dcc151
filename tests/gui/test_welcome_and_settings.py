"""First start and the settings dialog, driven through their widgets: demo data written
in the background with progress, a team database whose password lands in the keyring and
never in settings.toml, bad settings named beside their field, good ones applied at once."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QTime
from PySide6.QtWidgets import QDialogButtonBox
from sqlalchemy import func, select

from liaison_app.core import paths, secrets
from liaison_app.core.app_setup import is_first_run, startup_url, stored_database_url
from liaison_app.core.config import load_settings
from liaison_app.core.correspondence.business_hours import load_calendar
from liaison_app.core.database import open_database
from liaison_app.core.faq.tiers import load_tier_rules
from liaison_app.core.models import Question
from liaison_app.ui import tasks
from liaison_app.ui.app import AppController
from liaison_app.ui.dialogs.welcome import PAGE_MAIL, PAGE_TEAM, WelcomeDialog
from liaison_app.ui.i18n import install_translators
from tests.conftest import PG_URL


@pytest.fixture
def settings(tmp_path):
    install_translators("en")
    return load_settings(tmp_path / "settings.toml")


def _welcome(qtbot, settings, **kwargs) -> WelcomeDialog:
    dialog = WelcomeDialog(settings, **kwargs)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def test_first_run_is_detected_only_without_a_database(settings):
    assert is_first_run(None, settings)
    assert not is_first_run("sqlite:///elsewhere.db", settings)
    paths.default_db_path().parent.mkdir(parents=True)
    paths.default_db_path().touch()
    assert not is_first_run(None, settings)


def test_try_with_demo_data_writes_it_in_the_background(qtbot, settings):
    dialog = _welcome(qtbot, settings)
    assert dialog.demo_url.endswith("liaison.db")
    dialog.demo_button.click()
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == PAGE_MAIL, timeout=60000)
    assert "320 questions" in dialog.data_summary.text()
    dialog.finish_button.click()
    assert dialog.result() == dialog.DialogCode.Accepted and dialog.choice == "demo"
    database = open_database(None)  # the default file the app opens next
    with database.session() as session:
        assert session.scalar(select(func.count()).select_from(Question)) == 320
    database.close()


def test_skip_starts_empty(qtbot, settings):
    dialog = _welcome(qtbot, settings)
    dialog.skip_button.click()
    assert dialog.choice == "empty" and not dialog.isVisible()
    assert startup_url(None, settings) is None  # the default SQLite file


def test_a_bad_team_url_is_explained_beside_the_field(qtbot, settings):
    dialog = _welcome(qtbot, settings)
    dialog.team_button.click()
    assert dialog.pages.currentIndex() == PAGE_TEAM
    qtbot.keyClicks(dialog.url_edit, "mysql://x@y/z")
    dialog.connect_button.click()
    assert "not supported" in dialog.team_error.text()
    dialog.url_edit.setText("postgresql://127.0.0.1:1/liaison")  # nobody listens on port 1
    dialog.connect_button.click()
    qtbot.waitUntil(lambda: dialog.team_error.text() != "", timeout=20000)
    assert "cannot open database" in dialog.team_error.text()
    assert dialog.pages.currentIndex() == PAGE_TEAM


@pytest.mark.skipif(not PG_URL, reason="LIAISON_TEST_PG_URL not set")
@pytest.mark.db
def test_connect_to_a_team_database_keeps_the_password_in_the_keyring(qtbot, settings, memory_keyring):
    from sqlalchemy.engine import make_url

    dialog = _welcome(qtbot, settings)
    dialog.team_button.click()
    url = make_url(PG_URL)
    qtbot.keyClicks(dialog.url_edit, url.set(drivername="postgresql").render_as_string(hide_password=False))
    qtbot.keyClicks(dialog.password_edit, "team-Pw-42")  # trust auth: accepted and stored
    dialog.connect_button.click()
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == PAGE_MAIL, timeout=30000)
    dialog.finish_button.click()
    assert dialog.choice == "team"
    assert secrets.get_password("db") == "team-Pw-42"
    text = settings.path.read_text(encoding="utf-8")
    assert "team-Pw-42" not in text and "postgresql+psycopg://" in text
    assert startup_url(None, load_settings(settings.path)) == dialog.database_url


@pytest.fixture
def controller(qtbot, db, settings):
    ctl = AppController(db, settings)
    ctl.show()
    yield ctl
    tasks.wait_for_tasks()
    dialog = getattr(ctl, "settings_dialog", None)
    for widget in (dialog, ctl.window):
        try:
            widget is not None and widget.close()
        except RuntimeError:  # already deleted (closed with WA_DeleteOnClose)
            pass
    tasks.wait_for_tasks()


def _settings_dialog(qtbot, controller):
    controller.window.settings_action.trigger()
    dialog = controller.settings_dialog
    qtbot.waitUntil(lambda: dialog.loaded, timeout=10000)
    return dialog


def test_bad_business_hours_and_tiers_are_named_and_nothing_is_saved(qtbot, controller):
    dialog = _settings_dialog(qtbot, controller)
    dialog.tabs.setCurrentIndex(1)
    dialog.holidays.setPlainText("2026-10-01..2026-10-07\n2026-13-01")
    dialog.tier_mode.setCurrentIndex(dialog.tier_mode.findData("thresholds"))
    dialog.tier_spins["high_min"].setValue(500)  # above very high (20)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.isVisible()
    errors = dialog.field_errors
    assert not errors["holidays"].isHidden() and "“2026-13-01”" in errors["holidays"].text()
    assert not dialog.tiers_error.isHidden() and "very high > high > low" in dialog.tiers_error.text()
    assert dialog.tabs.currentIndex() == 1 and "Nothing was saved" in dialog.status.text()
    # Every bad field at once, each beside its field (not one at a time at the bottom).
    dialog.closes.setTime(QTime(8, 0))  # before opening: also refused
    dialog.zone.setText("Mars/Olympus")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Apply).click()
    assert "Closing time 08:00 must be after opening time 09:00" in errors["hours"].text()
    assert "“Mars/Olympus”" in errors["timezone"].text()
    assert not errors["holidays"].isHidden() and dialog.hours_error.isHidden()
    dialog.holidays.setPlainText("")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Apply).click()
    assert errors["holidays"].isHidden() and not errors["hours"].isHidden()
    with controller.database.session() as session:
        assert load_calendar(session).holidays == frozenset()
        assert load_tier_rules(session).mode == "quartiles"


def test_holiday_examples_read_as_examples_not_settings(qtbot, controller):
    """The placeholder dates looked like holidays already set."""
    dialog = _settings_dialog(qtbot, controller)
    assert dialog.holidays.toPlainText() == ""
    assert dialog.holidays.placeholderText().startswith("No holidays set.")
    assert "for example" in dialog.holidays.placeholderText()
    assert dialog.extra_days.placeholderText().startswith("None set.")


def test_good_settings_are_saved_and_applied_at_once(qtbot, controller):
    dialog = _settings_dialog(qtbot, controller)
    dialog.workday_boxes[5].setChecked(True)  # Saturdays too
    dialog.opens.setTime(QTime(8, 30))
    qtbot.keyClicks(dialog.holidays, "2026-10-01..2026-10-03")
    qtbot.keyClicks(dialog.extra_days, "2026-09-27")
    dialog.zone.setText("Asia/Taipei")
    dialog.sla.setValue(16)
    dialog.tier_mode.setCurrentIndex(dialog.tier_mode.findData("thresholds"))
    dialog.tier_spins["very_high_min"].setValue(300)
    dialog.language.setCurrentIndex(dialog.language.findData("zh_TW"))
    old_window = controller.window
    with qtbot.waitSignal(dialog.finished, timeout=10000):
        dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    with controller.database.session() as session:
        calendar = load_calendar(session)
        tiers = load_tier_rules(session)
    assert calendar.workdays == frozenset({0, 1, 2, 3, 4, 5})
    assert calendar.opens.strftime("%H:%M") == "08:30" and calendar.default_sla_hours == 16
    assert len(calendar.holidays) == 3 and calendar.timezone_name == "Asia/Taipei"
    assert [d.isoformat() for d in calendar.extra_workdays] == ["2026-09-27"]
    assert (tiers.mode, tiers.very_high_min) == ("thresholds", 300)
    # The language switched without a restart: a new window, in Traditional Chinese.
    assert controller.window is not old_window and controller.window.isVisible()
    assert controller.window.nav_model.item(0).text().startswith("收件匣")
    assert load_settings(controller.settings.path).language == "zh_TW"
    install_translators("en")


def test_the_database_can_be_changed_from_settings_without_a_restart(qtbot, controller, tmp_path):
    dialog = _settings_dialog(qtbot, controller)
    other = f"sqlite:///{tmp_path / 'other.db'}"
    dialog.db_url.setText("nonsense")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Apply).click()
    assert not dialog.db_error.isHidden() and "not a database URL" in dialog.db_error.text()
    dialog.db_url.setText(other)
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: controller.database.url == other, timeout=20000)
    assert other.split("///")[1] in controller.window.db_label.text()
    assert startup_url(None, load_settings(controller.settings.path)) == other


def test_an_unreachable_database_in_settings_changes_nothing(qtbot, controller):
    dialog = _settings_dialog(qtbot, controller)
    before = controller.database
    dialog.sla.setValue(24)
    dialog.db_url.setText("postgresql://manager@127.0.0.1:1/liaison")  # nobody listens on port 1
    qtbot.keyClicks(dialog.db_password, "wrong-Pw-3")
    dialog.buttons.button(QDialogButtonBox.StandardButton.Ok).click()
    qtbot.waitUntil(lambda: not dialog.db_error.isHidden(), timeout=20000)
    assert "cannot open database" in dialog.db_error.text() and "wrong-Pw-3" not in dialog.db_error.text()
    assert dialog.isVisible() and dialog.tabs.currentIndex() == 0
    assert controller.database is before
    with controller.database.session() as session:
        assert load_calendar(session).default_sla_hours == 8
    assert stored_database_url(load_settings(controller.settings.path)) is None
    assert secrets.get_password("db") is None


def test_without_a_keyring_the_password_is_kept_for_this_run_only(qtbot, settings, tmp_path):
    import keyring
    from keyring.backends.fail import Keyring as NoKeyring

    keyring.set_keyring(NoKeyring())  # a desktop without any keyring service
    dialog = _welcome(qtbot, settings)
    dialog.team_button.click()
    shared = tmp_path / "shared" / "team.db"
    qtbot.keyClicks(dialog.url_edit, f"sqlite:///{shared}")
    qtbot.keyClicks(dialog.password_edit, "no-keyring-Pw")
    dialog.connect_button.click()
    qtbot.waitUntil(lambda: dialog.pages.currentIndex() == PAGE_MAIL, timeout=20000)
    assert "no keyring" in dialog.data_summary.text() and shared.exists()
    assert secrets.get_password("db") == "no-keyring-Pw"  # in memory, for this run
    dialog.finish_button.click()
    assert "no-keyring-Pw" not in settings.path.read_text(encoding="utf-8")
    secrets.delete_password("db")
