"""File › Settings: language, database, mail, business hours and holidays, default SLA
and FAQ use tiers, in one dialog.

Everything is checked before anything is saved; a bad value is named in red beside its
field and nothing changes. What can be applied at once is: the language (the window is
rebuilt), the database (opened in the background, then switched), the calendar and the
tiers (read from the database each time they are used). Database reads and writes run
through the database gateway; the rules live in core (business_hours, faq_tiers, app_setup).
"""

from __future__ import annotations

from datetime import time

from PySide6.QtCore import QTime, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QTimeEdit,
    QVBoxLayout,
    QWidget,
)

from liaison_app.core.app_setup import (
    calendar_problems,
    check_database_url,
    forget_database,
    parse_day_list,
    remember_database,
    split_password,
    stored_database_url,
)
from liaison_app.core.correspondence.business_hours import (
    BusinessCalendar,
    CalendarError,
    load_calendar,
    save_calendar,
)
from liaison_app.core.faq.tiers import (
    QUARTILES,
    THRESHOLDS,
    TierRules,
    load_tier_rules,
    save_tier_rules,
)
from liaison_app.core.questions.workflow import DomainError
from liaison_app.ui import resources
from liaison_app.ui.actions.mail_hook import mail_dialog_class, open_mail_settings
from liaison_app.ui.errors import domain_error_text
from liaison_app.ui.gateway import DatabaseGateway, gateway_for
from liaison_app.ui.tasks import run_task


def _error_label(name: str) -> QLabel:
    label = QLabel()
    label.setObjectName(name)
    label.setWordWrap(True)
    label.setStyleSheet(resources.error_style())
    label.setVisible(False)
    return label


class SettingsDialog(QDialog):
    applied = Signal()  # after a successful save of the shared settings

    def __init__(self, gateway: DatabaseGateway, controller, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self._gateway = gateway
        self.controller = controller
        self.settings = controller.settings
        self.setWindowTitle(self.tr("Settings"))
        # Room for two-line error messages under the fields (word-wrapped labels in a form
        # are not counted in the minimum size, so the dialog starts with space to spare).
        self.setMinimumSize(620, 480)
        self.loaded = False
        self.saving = False

        self.tabs = QTabWidget()
        self.tabs.addTab(self._general_tab(), self.tr("General"))
        self.tabs.addTab(self._hours_tab(), self.tr("Business hours"))
        self.tabs.addTab(self._tiers_tab(), self.tr("FAQ use"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel
                                        | QDialogButtonBox.StandardButton.Apply)
        self.buttons.accepted.connect(lambda: self.apply(close=True))
        self.buttons.rejected.connect(self.reject)
        self.buttons.button(QDialogButtonBox.StandardButton.Apply).clicked.connect(
            lambda: self.apply(close=False))
        self.status = QLabel()
        self.status.setObjectName("settingsStatus")
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self._load()

    # --- tabs -------------------------------------------------------------------------
    def _general_tab(self) -> QWidget:
        page = QWidget()
        box = QVBoxLayout(page)
        form = QFormLayout()
        self.language = QComboBox()
        self.language.setObjectName("languageCombo")
        for code, name in (("system", self.tr("System language")), ("en", "English"),
                           ("zh_TW", "繁體中文"), ("zh_CN", "简体中文")):
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(self.settings.language)))
        form.addRow(self.tr("Language:"), self.language)
        box.addLayout(form)

        db_group = QGroupBox(self.tr("Database"))
        db_form = QFormLayout(db_group)
        self.db_url = QLineEdit(stored_database_url(self.settings) or "")
        self.db_url.setObjectName("dbUrlEdit")
        self.db_url.setPlaceholderText(self.tr("empty: the database file on this computer"))
        self.db_password = QLineEdit()
        self.db_password.setObjectName("dbPasswordEdit")
        self.db_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.db_password.setPlaceholderText(self.tr("unchanged"))
        self.db_error = _error_label("dbError")
        db_form.addRow(self.tr("Team database URL:"), self.db_url)
        db_form.addRow(self.tr("Password:"), self.db_password)
        db_form.addRow("", self.db_error)
        current = QLabel(self.tr("In use: %1").replace("%1", self._gateway.database.display_url))
        current.setWordWrap(True)
        db_form.addRow("", current)
        box.addWidget(db_group)

        mail_group = QGroupBox(self.tr("Mail"))
        mail_row = QHBoxLayout(mail_group)
        self.mail_button = QPushButton(self.tr("Mail accounts…"))
        self.mail_button.setObjectName("mailSettingsButton")
        self.mail_button.clicked.connect(lambda: open_mail_settings(self, self.settings))
        mail_row.addWidget(self.mail_button)
        if mail_dialog_class() is None:
            self.mail_button.setEnabled(False)
            note = QLabel(self.tr("Mail setup is not part of this version yet."))
            note.setWordWrap(True)
            mail_row.addWidget(note, 1)
        else:
            mail_row.addStretch(1)
        box.addWidget(mail_group)
        box.addStretch(1)
        return page

    def _hours_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        days_row = QHBoxLayout()
        self.workday_boxes: list[QCheckBox] = []
        for index, name in enumerate((self.tr("Mon"), self.tr("Tue"), self.tr("Wed"), self.tr("Thu"),
                                      self.tr("Fri"), self.tr("Sat"), self.tr("Sun"))):
            check = QCheckBox(name)
            check.setObjectName(f"workday{index}")
            self.workday_boxes.append(check)
            days_row.addWidget(check)
        days_row.addStretch(1)
        form.addRow(self.tr("Working days:"), days_row)
        # Each field's problem is shown beside it, all at once (not one at a time at the
        # bottom of the tab).
        self.field_errors = {key: _error_label(f"{key}Error") for key in
                             ("workdays", "hours", "holidays", "extra_workdays", "timezone")}
        form.addRow("", self.field_errors["workdays"])
        hours_row = QHBoxLayout()
        self.opens = QTimeEdit()
        self.opens.setObjectName("opensEdit")
        self.opens.setDisplayFormat("HH:mm")
        self.closes = QTimeEdit()
        self.closes.setObjectName("closesEdit")
        self.closes.setDisplayFormat("HH:mm")
        hours_row.addWidget(self.opens)
        hours_row.addWidget(QLabel("–"))
        hours_row.addWidget(self.closes)
        hours_row.addStretch(1)
        form.addRow(self.tr("Opening hours:"), hours_row)
        form.addRow("", self.field_errors["hours"])
        # The examples say they are examples: bare dates in grey read as holidays already set.
        self.holidays = QPlainTextEdit()
        self.holidays.setObjectName("holidaysEdit")
        self.holidays.setPlaceholderText(self.tr(
            "No holidays set. One date or run of days per line, for example:\n"
            "2026-10-01..2026-10-07"))
        self.extra_days = QPlainTextEdit()
        self.extra_days.setObjectName("extraDaysEdit")
        self.extra_days.setPlaceholderText(self.tr(
            "None set. Weekend days worked instead, one per line, for example:\n2026-09-27"))
        days = QGridLayout()  # side by side, labels above: room for a few lines each
        days.addWidget(QLabel(self.tr("Holidays:")), 0, 0)
        days.addWidget(QLabel(self.tr("Working weekend days (調休):")), 0, 1)
        for column, edit in enumerate((self.holidays, self.extra_days)):
            edit.setMinimumHeight(96)
            edit.setTabChangesFocus(True)
            days.addWidget(edit, 1, column)
        days.addWidget(self.field_errors["holidays"], 2, 0)
        days.addWidget(self.field_errors["extra_workdays"], 2, 1)
        form.addRow(days)
        self.zone = QLineEdit()
        self.zone.setObjectName("zoneEdit")
        self.zone.setPlaceholderText(self.tr("this computer's time zone, e.g. Asia/Taipei"))
        form.addRow(self.tr("Time zone:"), self.zone)
        form.addRow("", self.field_errors["timezone"])
        self.sla = QSpinBox()
        self.sla.setObjectName("slaSpin")
        self.sla.setRange(1, 999)
        self.sla.setSuffix(self.tr(" working hours"))
        form.addRow(self.tr("Default SLA:"), self.sla)
        self.hours_error = _error_label("hoursError")
        form.addRow("", self.hours_error)
        return page

    def _tiers_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        intro = QLabel(self.tr("FAQ entries are sorted into very high, high, low and very low use "
                               "by their use count, to re-categorise, merge and re-order the base."))
        intro.setWordWrap(True)
        form.addRow(intro)
        self.tier_mode = QComboBox()
        self.tier_mode.setObjectName("tierModeCombo")
        self.tier_mode.addItem(self.tr("Quartiles of the use counts"), QUARTILES)
        self.tier_mode.addItem(self.tr("Fixed limits"), THRESHOLDS)
        form.addRow(self.tr("Tiers:"), self.tier_mode)
        self.tier_spins: dict[str, QSpinBox] = {}
        for key, label in (("very_high_min", self.tr("Very high use from:")),
                           ("high_min", self.tr("High use from:")),
                           ("low_min", self.tr("Low use from:"))):
            spin = QSpinBox()
            spin.setObjectName(f"tier_{key}")
            spin.setRange(0, 1_000_000)
            spin.setSuffix(self.tr(" uses"))
            self.tier_spins[key] = spin
            form.addRow(label, spin)
        self.tiers_error = _error_label("tiersError")
        form.addRow("", self.tiers_error)
        self.tier_mode.currentIndexChanged.connect(self._tier_mode_changed)
        return page

    def _tier_mode_changed(self) -> None:
        fixed = self.tier_mode.currentData() == THRESHOLDS
        for spin in self.tier_spins.values():
            spin.setEnabled(fixed)

    # --- load -------------------------------------------------------------------------
    def _load(self) -> None:
        self.buttons.setEnabled(False)

        def work(session):
            return load_calendar(session), load_tier_rules(session)

        def failed(exc: Exception) -> None:  # a malformed stored value: show defaults, say so
            self.show_values(BusinessCalendar(), TierRules())
            self.hours_error.setText(str(exc))
            self.hours_error.setVisible(True)

        self._gateway.read(work, lambda pair: self.show_values(*pair), failed, owner=self)

    def show_values(self, calendar: BusinessCalendar, tiers: TierRules) -> None:
        for index, check in enumerate(self.workday_boxes):
            check.setChecked(index in calendar.workdays)
        self.opens.setTime(QTime(calendar.opens.hour, calendar.opens.minute))
        self.closes.setTime(QTime(calendar.closes.hour, calendar.closes.minute))
        self.holidays.setPlainText("\n".join(sorted(d.isoformat() for d in calendar.holidays)))
        self.extra_days.setPlainText("\n".join(sorted(d.isoformat() for d in calendar.extra_workdays)))
        self.zone.setText(calendar.timezone_name)
        self.sla.setValue(calendar.default_sla_hours)
        self.tier_mode.setCurrentIndex(max(0, self.tier_mode.findData(tiers.mode)))
        for key, spin in self.tier_spins.items():
            spin.setValue(getattr(tiers, key))
        self._tier_mode_changed()
        self.buttons.setEnabled(True)
        self.loaded = True

    # --- validate and apply -----------------------------------------------------------
    def _calendar(self) -> BusinessCalendar:
        def clock(edit: QTimeEdit) -> str:
            t = edit.time()
            return time(t.hour(), t.minute()).strftime("%H:%M")

        return BusinessCalendar.from_json({
            "workdays": [i for i, c in enumerate(self.workday_boxes) if c.isChecked()],
            "opens": clock(self.opens),
            "closes": clock(self.closes),
            "holidays": parse_day_list(self.holidays.toPlainText(), "holidays"),
            "extra_workdays": parse_day_list(self.extra_days.toPlainText(), "working weekend days"),
            "timezone": self.zone.text().strip(),
            "default_sla_hours": self.sla.value(),
        })

    def _tiers(self) -> TierRules:
        rules = TierRules(mode=self.tier_mode.currentData(),
                          **{k: s.value() for k, s in self.tier_spins.items()})
        rules.check()
        return rules

    def _show_error(self, label: QLabel, message: str | None) -> None:
        label.setText(message or "")
        label.setVisible(bool(message))
        if message:  # grow rather than squeeze the fields together
            self.layout().activate()
            self.resize(self.size().expandedTo(self.minimumSizeHint()))

    def validate(self) -> tuple[BusinessCalendar, TierRules, str | None] | None:
        """Every field checked; None (with the errors shown) when any is bad."""
        ok = True
        calendar = tiers = None
        url: str | None = None
        problems = calendar_problems(
            [i for i, c in enumerate(self.workday_boxes) if c.isChecked()],
            self.opens.time().toString("HH:mm"), self.closes.time().toString("HH:mm"),
            self.holidays.toPlainText(), self.extra_days.toPlainText(), self.zone.text())
        for key, label in self.field_errors.items():
            self._show_error(label, domain_error_text(problems[key]) if key in problems else None)
        try:
            calendar = self._calendar()
            self._show_error(self.hours_error, None)
        except CalendarError as exc:
            if not problems:  # a problem no field shows (a stored value)
                self._show_error(self.hours_error, domain_error_text(exc))
            ok = False
        try:
            tiers = self._tiers()
            self._show_error(self.tiers_error, None)
        except DomainError as exc:
            self._show_error(self.tiers_error, str(exc))
            ok = False
        text = self.db_url.text().strip()
        try:
            url = check_database_url(text) if text else None
            self._show_error(self.db_error, None)
        except ValueError as exc:
            self._show_error(self.db_error, str(exc))
            ok = False
        if not ok:
            marked = [(1, label) for label in self.field_errors.values()]
            for index, label in ((0, self.db_error), (1, self.hours_error), *marked, (2, self.tiers_error)):
                if not label.isHidden():
                    self.tabs.setCurrentIndex(index)
                    break
            self.status.setText(self.tr("Nothing was saved: please correct the field marked in red."))
            return None
        return calendar, tiers, url

    def _database_change(self, url: str | None) -> tuple[bool, str | None, str | None]:
        """(changed, URL to open with its password, typed password) for the database field."""
        before = stored_database_url(self.settings)
        password = self.db_password.text() or None
        if not url:
            return before is not None, None, None
        bare, in_url = split_password(url)
        secret = password or in_url
        changed = bare != before or secret is not None
        trial = bare if secret is None else _with_password(bare, secret)
        return changed, trial, secret

    def apply(self, close: bool) -> None:
        if not self.loaded or self.saving:
            return
        checked = self.validate()
        if checked is None:
            return
        calendar, tiers, url = checked
        db_changed, trial_url, password = self._database_change(url)
        self.saving = True
        self.buttons.setEnabled(False)
        self.status.setText(self.tr("Connecting…") if db_changed else "")

        def connect():
            from liaison_app.core.database import open_database

            return open_database(trial_url) if db_changed else None

        def save(session) -> None:
            save_calendar(session, calendar)
            save_tier_rules(session, tiers)

        # A new database is opened (and migrated) first: if it fails, nothing is saved.
        def opened(new_database) -> None:
            def not_saved(exc: Exception) -> None:
                if new_database is not None:
                    new_database.close()
                failed(exc)

            self._gateway.write(save, lambda _none: done(new_database), not_saved)

        def done(new_database) -> None:
            self.saving = False
            self.buttons.setEnabled(True)
            self._apply_user_settings(url, password, new_database)
            self.status.setText(self.tr("Settings saved."))
            self.applied.emit()
            if close:
                self.accept()

        def failed(exc: Exception) -> None:
            from liaison_app.core.database import DatabaseError

            self.saving = False
            self.buttons.setEnabled(True)
            if isinstance(exc, DatabaseError):
                self._show_error(self.db_error, str(exc).replace(password or "\0", "***"))
                self.tabs.setCurrentIndex(0)
                self.status.setText(self.tr("Nothing was saved: please correct the field marked in red."))
            else:
                self.status.setText(self.tr("The settings could not be saved: %1").replace("%1", str(exc)))

        run_task(connect, opened, failed)

    def _apply_user_settings(self, url: str | None, password: str | None, new_database) -> None:
        """settings.toml: database choice and language; then switch what changed."""
        if url:
            remember_database(self.settings, url, password)
        else:
            forget_database(self.settings)
        self.db_password.clear()
        language = self.language.currentData()
        language_changed = language != self.settings.language
        self.settings.language = language
        try:
            self.settings.save()
        except OSError as exc:
            self.status.setText(str(exc))
        if language_changed:
            self.controller.switch_language(language)
        if new_database is not None:
            self.controller.switch_database(new_database)
            self._gateway = gateway_for(new_database)  # a later Apply saves there


def _with_password(url: str, password: str) -> str:
    from sqlalchemy.engine import make_url

    return make_url(url).set(password=password).render_as_string(hide_password=False)
