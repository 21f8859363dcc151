"""The main window: navigation on the left, one page per area, live counts below.

The areas come from the page registry (ui/pages/registry.py) and the menus from
ui/menus.py, both owned by this window; it keeps no tables of its own about them.
"""

from __future__ import annotations

import logging
from dataclasses import replace

from PySide6.QtCore import QByteArray, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QListView,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from liaison_app.core.agent_desk.forwards import check_pending_duplicates
from liaison_app.core.changes import Changes
from liaison_app.core.config import Settings
from liaison_app.core.dashboard import Counts, live_counts
from liaison_app.core.questions.listing import latest_question_id
from liaison_app.core.team.people import Desk
from liaison_app.ui.gateway import Latest, gateway_for
from liaison_app.ui.live import LiveUpdates
from liaison_app.ui.menus import build_menus
from liaison_app.ui.pages.inbox import InboxPage
from liaison_app.ui.pages.registry import AREAS, PAGES, spec_of

__all__ = ["AREAS", "MainWindow"]
log = logging.getLogger(__name__)
COUNTS_INTERVAL_MS = 15_000
START_DELAY_MS = 3_000
# Changes of these tables show in the Inbox and the selected question's panels.
INBOX_TABLES = frozenset({"questions", "messages", "queries"})


class MainWindow(QMainWindow):
    language_requested = Signal(str)

    def __init__(self, database, settings: Settings, parent=None,
                 controller: QObject | None = None) -> None:
        super().__init__(parent)
        # The window's one door to the database: pages, models and widgets get this, not
        # the database, so no query of theirs runs on the GUI thread.
        self.gateway = gateway_for(database)
        self._settings = settings
        self._loaded: set[str] = set()  # pages load their data on first visit
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("Liaison — hard questions desk"))
        self.setMinimumSize(QSize(900, 560))

        from liaison_app.ui.actions.mail import MailActions
        from liaison_app.ui.actions.mail_worker import MailWorker

        self.mail_worker = MailWorker(self.gateway, settings, self)
        # The Inbox is built now (it is the first page shown); other areas on first visit.
        self.pages: dict[str, QWidget] = {}
        self.inbox: InboxPage = self._build_page("inbox")
        self.mail_actions = MailActions(self.gateway, settings, self.mail_worker, self)
        # A question changed through its mail links: the Inbox row and the triage panel follow.
        self.mail_actions.changed.connect(self.inbox.question_changed)
        self.inbox.triage.mail_queued.connect(
            lambda: self.mail_worker.configured() and self.mail_worker.run_now())
        self.inbox.detail.mail_actions = self.mail_actions
        self.inbox.triage.ask_department = lambda question_id, department_id: \
            self.mail_actions.open_compose(question_id, self.inbox.detail, department_id)
        # Other areas are built on first visit: start-up pays only for the Inbox.
        self.stack = QStackedWidget()
        for spec in PAGES:
            self.stack.addWidget(self.pages.get(spec.key) or QWidget())

        self.nav_model = QStandardItemModel(self)
        for spec in PAGES:
            item = QStandardItem(spec.title())
            item.setData(spec.key, Qt.ItemDataRole.UserRole)
            item.setEditable(False)
            self.nav_model.appendRow(item)
        self.nav = QListView()
        self.nav.setObjectName("navigation")
        self.nav.setModel(self.nav_model)
        self.nav.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.nav.setMinimumWidth(150)
        self.nav.setMaximumWidth(260)
        self.nav.selectionModel().currentRowChanged.connect(
            lambda current, _prev: current.isValid() and self.go_to(AREAS[current.row()])
        )

        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.addWidget(self.nav)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([160, 1120])  # the Inbox needs the width, not the list of areas
        self.setCentralWidget(self.splitter)

        self.db_label = QLabel(self.tr("Database: %1").replace("%1", database.display_url))
        self.db_label.setObjectName("dbLabel")
        self.counts_label = QLabel()
        self.counts_label.setObjectName("countsLabel")
        self.statusBar().addWidget(self.db_label, 1)
        self.who_label = QLabel(self._who_text())
        self.who_label.setObjectName("whoLabel")
        self.statusBar().addPermanentWidget(self.who_label)
        self.statusBar().addPermanentWidget(self.counts_label)
        self.mail_label = QLabel()
        self.mail_label.setObjectName("mailLabel")
        self.statusBar().addPermanentWidget(self.mail_label)
        self.mail_worker.started.connect(lambda: self.mail_label.setText(self.tr("Mail: working…")))
        self.mail_worker.finished.connect(self._mail_done)
        self.mail_worker.failed.connect(lambda _m: self.mail_label.setText(self.tr("Mail: failed")))

        build_menus(self, controller)
        # The newest count wins (a full one after a change, or the timer's clock one).
        self._counts_load = Latest()
        self._full_count_pending = False
        self._timer = QTimer(self)
        self._timer.setInterval(COUNTS_INTERVAL_MS)
        self._timer.timeout.connect(self._clock_counts)
        self.counts: Counts | None = None
        # Questions forwarded, replies matched, answers and FAQ entries saved on other
        # desks (or by the command line, an import, the mail cycle) appear by themselves.
        self.live = LiveUpdates(self.gateway, self)
        self.live.changed.connect(self.others_changed)
        self.inbox.counts_changed.connect(self.refresh_counts)
        self.inbox.read_marked.connect(self.question_read)
        self.inbox.empty_guide.linkActivated.connect(self._run_action_named)
        self.restore_layout()
        self.go_to("inbox")

    def _who_text(self) -> str:
        """Who signed in to a team database, and what their desk allows; empty when alone."""
        access = self.gateway.access
        if access.person is None:
            return ""
        desks = {
            "manager": self.tr("manager"),
            "supervisor": self.tr("supervisor: read only"),
            "department": self.tr("department contact: your departments only, read only here"),
            "agent": self.tr("agent: your own questions only, read only here"),
            "admin": self.tr("admin: people only, read only here"),
        }
        return self.tr("Signed in as %1 (%2)").replace("%1", access.person.name).replace(
            "%2", desks[access.desk.value])

    @property
    def _db(self):
        """The database itself, for the window actions that still take it (backup,
        diagnostics); pages and widgets use `gateway`."""
        return self.gateway.database

    # --- navigation -----------------------------------------------------------------
    @property
    def database(self):
        """The open database the pages work on (page factories and menus use it)."""
        return self._db

    @property
    def settings(self) -> Settings:
        return self._settings

    def _area_title(self, key: str) -> str:
        return spec_of(key).title()

    def _build_page(self, key: str) -> QWidget:
        page = spec_of(key).factory(self)
        page.setObjectName(f"page_{key}")
        self.pages[key] = page
        return page

    def page(self, key: str) -> QWidget:
        """The page of an area, built on first use and put in its place in the stack."""
        if key not in self.pages:
            page = self._build_page(key)
            row = AREAS.index(key)
            stand_in = self.stack.widget(row)
            self.stack.insertWidget(row, page)
            self.stack.removeWidget(stand_in)
            stand_in.deleteLater()
        return self.pages[key]

    def go_to(self, key: str) -> None:
        row = AREAS.index(key)
        self.page(key)
        self.nav.setCurrentIndex(self.nav_model.index(row, 0))
        self.stack.setCurrentIndex(row)
        if key not in self._loaded:
            self.pages[key].refresh()
            self._loaded.add(key)

    def mark_stale(self, key: str) -> None:
        """Another area changed what `key` shows: it reloads when next visited (the Flags
        tab used to show old flags until F5)."""
        self._loaded.discard(key)
        if self.current_area() == key and key in self.pages:
            self.pages[key].refresh()
            self._loaded.add(key)

    def current_area(self) -> str:
        return AREAS[self.stack.currentIndex()]

    def faq_transfer(self):
        from liaison_app.ui.actions.faq_transfer import FaqTransfer

        if getattr(self, "_faq_transfer", None) is None:
            self._faq_transfer = FaqTransfer(self.gateway, self._settings.actor, self)
            self._faq_transfer.imported.connect(lambda _result: self._faq_changed())
        return self._faq_transfer

    def import_faq(self):
        self.faq_transfer().start_import()
        return self._faq_transfer

    def export_faq(self):
        self.faq_transfer().start_export()
        return self._faq_transfer

    def _faq_changed(self) -> None:
        for key in ("faq", "faq_upkeep"):
            if key in self.pages:
                self._loaded.discard(key)
        if self.current_area() in ("faq", "faq_upkeep"):
            self.refresh_all()
        self.refresh_counts()

    def show_upkeep(self, tab: str):
        self.go_to("faq_upkeep")
        page = self.pages["faq_upkeep"]
        page.show_tab(tab)
        return page

    # --- intake -------------------------------------------------------------------------
    def show_forward_dialog(self):
        from liaison_app.ui.dialogs.forward import ForwardDialog

        dialog = ForwardDialog(self.gateway, self._settings.actor, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.forwarded.connect(self._question_arrived)
        dialog.open()
        self.forward_dialog = dialog
        return dialog

    def _question_arrived(self, result) -> None:
        # Recorded here: not news from another desk when the change log reports it.
        self._latest_question = max(getattr(self, "_latest_question", None) or 0,
                                    result.question_id)
        self.go_to("inbox")
        self.inbox.refresh(select=result.question_id)
        self.refresh_counts()
        message = self.tr("Recorded %1.").replace("%1", result.ref)
        if result.duplicate_of is not None:
            message += " " + self.tr("Probable duplicate of %1.").replace("%1", result.duplicate_ref)
        self.statusBar().showMessage(message, 10_000)

    def import_questions(self):
        from liaison_app.ui.actions.question_import import QuestionImportRunner

        if getattr(self, "import_runner", None) is None:
            self.import_runner = QuestionImportRunner(self.gateway, self._settings.actor, self)
            self.import_runner.imported.connect(lambda _report: self._arrivals_changed())
        self.import_runner.start()
        return self.import_runner

    def review_phrasings(self):
        from liaison_app.ui.dialogs.similar import SimilarQuestionsDialog

        dialog = SimilarQuestionsDialog(self.gateway, self._settings.actor, None, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.phrasings_dialog = dialog
        return dialog

    def _arrivals_changed(self) -> None:
        self.inbox.refresh()
        self.refresh_counts()

    def check_arrivals(self) -> None:
        """Look for other desks' changes now (what the live updates do by themselves)."""
        self.live.poll_now()

    def others_changed(self, changes: Changes) -> None:
        """Show what another desk changed: reload the Inbox (its selection kept) and the
        selected question's panels if that question changed, and the open page."""
        tables = changes.tables
        if "questions" in tables and self.gateway.can_write:
            # questions forwarded from agents' desks owe a duplicate check only a manager
            # may run (it reads every open question): done before the Inbox shows them
            self.gateway.write(check_pending_duplicates, self._duplicates_checked, owner=self)
        if tables & INBOX_TABLES:
            self.inbox.refresh()
            shown = self.inbox.detail.question_id
            if changes.touches("questions", shown):
                self.inbox.triage.reload()
                self.inbox.detail.show_question(shown)
            known = getattr(self, "_latest_question", None)
            newest = max(changes.rows.get("questions", ()), default=None)
            if newest is not None and known is not None and newest > known:
                self._latest_question = newest
                self.statusBar().showMessage(self.tr("New questions arrived."), 10_000)
        area = self.current_area()
        if area != "inbox" and (tables - INBOX_TABLES or changes.flood):
            self.pages[area].refresh()
        # Pages not on show load again when next visited.
        self._loaded &= {"inbox", area}
        self.refresh_counts()

    def _duplicates_checked(self, checked: int) -> None:
        if checked:
            self.inbox.refresh()

    def _remember_latest(self, latest: int) -> None:
        self._latest_question = latest

    def _mail_done(self, report) -> None:
        if report.sender_elsewhere:
            self.mail_label.setText(self.tr("Mail: sent and fetched by another desk"))
            self.mail_label.setToolTip(report.sender_elsewhere)
            return
        self.mail_label.setToolTip("")
        text = self.tr("Mail: %1 sent, %2 fetched").replace("%1", str(report.sent)).replace(
            "%2", str(report.fetched))
        if report.errors:
            text += " · " + self.tr("problems, see Queries")
        self.mail_label.setText(text)
        self.refresh_counts()

    def show_audit(self) -> None:
        from liaison_app.ui.dialogs.audit import AuditDialog

        dialog = AuditDialog(self.gateway, self)
        dialog.show()
        dialog.load()
        self.audit_dialog = dialog

    def show_people(self):
        """The admin's people screen (File › People…; opened at once on an admin desk)."""
        from liaison_app.ui.dialogs.people import PeopleDialog

        dialog = PeopleDialog(self.gateway, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        dialog.load()
        self.people_dialog = dialog
        return dialog

    def show_mail_settings(self) -> None:
        from liaison_app.ui.dialogs.mail_settings import MailSettingsDialog

        dialog = MailSettingsDialog(self._settings, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self.mail_worker.start_polling)
        dialog.show()
        self.mail_settings_dialog = dialog

    def refresh_all(self) -> None:
        self.page(self.current_area()).refresh()
        self._loaded = {self.current_area()}
        self.refresh_counts()

    def _run_action_named(self, name: str) -> None:
        """A link of the empty Inbox's guide: the menu action it names."""
        action = self.findChild(QAction, name)
        if action is not None:
            action.trigger()

    def show_about(self):
        from liaison_app.ui.dialogs.about import AboutDialog

        dialog = AboutDialog(self._db, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        self.about_dialog = dialog
        return dialog

    # --- live counts ----------------------------------------------------------------
    def start(self) -> None:
        """Begin periodic count refreshes once the Inbox's first rows are in (or after
        START_DELAY_MS at the latest): the counts and the arrivals check scan whole
        tables, and while the window opens they would only delay its first rows."""
        if self.inbox.model.loading:
            self.inbox.model.reloaded.connect(self._start_refreshes,
                                              Qt.ConnectionType.SingleShotConnection)
            QTimer.singleShot(START_DELAY_MS, self, self._start_refreshes)
        else:
            self._start_refreshes()

    def _start_refreshes(self) -> None:
        if self._timer.isActive() or getattr(self, "_closed", False):
            return  # started already (the first rows came, then the delay ran out)
        self.refresh_counts()
        self._timer.start()
        self.gateway.read(latest_question_id, self._remember_latest, owner=self)
        if self.gateway.can_write:
            self.gateway.write(check_pending_duplicates, self._duplicates_checked, owner=self)
        self.live.start()
        if self.mail_worker.configured() and self.gateway.can_write:  # only managers send mail
            self.mail_worker.start_polling()
        if self.gateway.access.desk == Desk.ADMIN:  # an admin signs in to manage people
            self.show_people()

    def refresh_counts(self) -> None:
        """Count everything again: something changed (here, or on another desk). Only
        the newest count is shown: an older, slower one never overwrites it."""
        self._full_count_pending = True

        def shown(counts: Counts) -> None:
            self._full_count_pending = False
            self.show_counts(counts)

        def failed(exc: Exception) -> None:
            self._full_count_pending = False
            log.warning("the window's counts could not be read: %s", exc)

        self.gateway.read(live_counts, self._counts_load.wrap(shown),
                          self._counts_load.also(failed), owner=self)

    def _clock_counts(self) -> None:
        """The timer: nothing changed, but time passed (questions fall overdue). Only the
        clock-driven counts are read; the whole-table ones wait for a change."""
        previous = getattr(self, "counts", None)
        if previous is None:
            self.refresh_counts()
            return
        if self._full_count_pending:
            return  # a full count is on its way: it has the clock-driven ones too
        # Started after the full count: a full count started later supersedes it.
        self.gateway.read(lambda session: live_counts(session, previous),
                          self._counts_load.wrap(self.show_counts), owner=self)

    def question_read(self) -> None:
        """A new question was opened: one fewer unread, without reading every count."""
        counts = getattr(self, "counts", None)
        if counts is not None and counts.unread > 0:
            self.show_counts(replace(counts, unread=counts.unread - 1))

    def show_counts(self, counts: Counts) -> None:
        self.counts = counts
        self.inbox.show_status_counts(counts.by_status)
        self.counts_label.setText(
            self.tr("%1 questions · %2 open · %3 unread · %4 overdue · %5 FAQ published")
            .replace("%1", str(counts.total)).replace("%2", str(counts.open))
            .replace("%3", str(counts.unread)).replace("%4", str(counts.overdue))
            .replace("%5", str(counts.faq_published))
            + (" · " + self.tr("FAQ entries expiring within a week: %1")
               .replace("%1", str(counts.faq_expiring)) if counts.faq_expiring else "")
        )
        for row, spec in enumerate(PAGES):
            title = spec.title()
            badge = spec.badge(counts) if spec.badge is not None else None
            if badge is not None:  # None: a count this login may not read
                title = f"{title}  ({badge})"
            self.nav_model.item(row).setText(title)

    # --- layout persistence ---------------------------------------------------------
    def restore_layout(self) -> None:
        state = self._settings.data.get("window", {})
        if "geometry" in state:
            self.restoreGeometry(QByteArray.fromBase64(state["geometry"].encode()))
        else:
            self.resize(1280, 800)
        for key, splitter in self._splitters().items():
            if key in state:
                splitter.restoreState(QByteArray.fromBase64(state[key].encode()))

    def _splitters(self) -> dict[str, QSplitter]:
        return {"main_splitter": self.splitter, "inbox_splitter": self.inbox.splitter,
                "inbox_side_splitter": self.inbox.side}

    def save_layout(self) -> None:
        state = self._settings.data.setdefault("window", {})
        state["geometry"] = bytes(self.saveGeometry().toBase64()).decode()
        for key, splitter in self._splitters().items():
            state[key] = bytes(splitter.saveState().toBase64()).decode()
        try:
            self._settings.save()
        except OSError:
            pass

    def closeEvent(self, event: QCloseEvent) -> None:
        self._closed = True  # a start still waiting for the first rows does not begin
        self._timer.stop()
        self.live.stop()
        self.mail_worker.stop()
        self.save_layout()
        super().closeEvent(event)
