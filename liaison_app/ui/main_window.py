"""The main window: navigation on the left, one page per area, live counts below."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSize, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QDesktopServices,
    QKeySequence,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QListView,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from liaison_app import __version__
from liaison_app.core.config import Settings
from liaison_app.core.dashboard import Counts, live_counts
from liaison_app.ui import resources
from liaison_app.ui.pages.inbox import InboxPage
from liaison_app.ui.tasks import run_task

AREAS = ("inbox", "queries", "faq", "bulletins", "departments", "reports", "faq_upkeep")
COUNTS_INTERVAL_MS = 15_000
ARRIVALS_INTERVAL_MS = 4_000


class MainWindow(QMainWindow):
    language_requested = Signal(str)

    def __init__(self, database, settings: Settings, parent=None) -> None:
        super().__init__(parent)
        self._db = database
        self._settings = settings
        self._loaded: set[str] = set()  # pages load their data on first visit
        self.setObjectName("mainWindow")
        self.setWindowTitle(self.tr("Liaison — hard questions desk"))
        self.setMinimumSize(QSize(900, 560))

        from liaison_app.core.correspondence.queries import identity_from_settings

        self.inbox = InboxPage(database, actor=settings.actor,
                               identity=lambda: identity_from_settings(self._settings))
        self.inbox.setObjectName("page_inbox")
        from liaison_app.ui.actions.mail import MailActions
        from liaison_app.ui.actions.mail_worker import MailWorker

        self.mail_worker = MailWorker(database, settings, self)
        self.mail_actions = MailActions(database, settings, self.mail_worker, self)
        # A question changed through its mail links: the Inbox row and the triage panel follow.
        self.mail_actions.changed.connect(self.inbox.question_changed)
        self.inbox.triage.mail_queued.connect(
            lambda: self.mail_worker.configured() and self.mail_worker.run_now())
        self.inbox.detail.mail_actions = self.mail_actions
        # Other areas are built on first visit: start-up pays only for the Inbox.
        self.pages: dict[str, QWidget] = {"inbox": self.inbox}
        self.stack = QStackedWidget()
        for key in AREAS:
            self.stack.addWidget(self.inbox if key == "inbox" else QWidget())

        self.nav_model = QStandardItemModel(self)
        for key in AREAS:
            item = QStandardItem(self._area_title(key))
            item.setData(key, Qt.ItemDataRole.UserRole)
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
        self.splitter.setSizes([180, 1000])
        self.setCentralWidget(self.splitter)

        self.db_label = QLabel(self.tr("Database: %1").replace("%1", database.display_url))
        self.db_label.setObjectName("dbLabel")
        self.counts_label = QLabel()
        self.counts_label.setObjectName("countsLabel")
        self.statusBar().addWidget(self.db_label, 1)
        self.statusBar().addPermanentWidget(self.counts_label)
        self.mail_label = QLabel()
        self.mail_label.setObjectName("mailLabel")
        self.statusBar().addPermanentWidget(self.mail_label)
        self.mail_worker.started.connect(lambda: self.mail_label.setText(self.tr("Mail: working…")))
        self.mail_worker.finished.connect(self._mail_done)
        self.mail_worker.failed.connect(lambda _m: self.mail_label.setText(self.tr("Mail: failed")))

        self._build_menus()
        self._timer = QTimer(self)
        self._timer.setInterval(COUNTS_INTERVAL_MS)
        self._timer.timeout.connect(self.refresh_counts)
        self._arrivals_timer = QTimer(self)
        self._arrivals_timer.setInterval(ARRIVALS_INTERVAL_MS)
        self._arrivals_timer.timeout.connect(self.check_arrivals)
        self.inbox.counts_changed.connect(self.refresh_counts)
        self.restore_layout()
        self.go_to("inbox")

    # --- navigation -----------------------------------------------------------------
    def _area_title(self, key: str) -> str:
        return {
            "inbox": self.tr("Inbox"),
            "queries": self.tr("Queries"),
            "faq": self.tr("FAQ"),
            "bulletins": self.tr("Bulletins"),
            "departments": self.tr("Departments"),
            "reports": self.tr("Reports"),
            "faq_upkeep": self.tr("FAQ upkeep"),
        }[key]

    def _build_page(self, key: str) -> QWidget:
        from liaison_app.ui.pages.browse import (
            BulletinsPage,
            DepartmentsPage,
            FaqPage,
        )

        if key == "faq":
            return FaqPage(self._db, actor=self._settings.actor)
        if key == "faq_upkeep":
            from liaison_app.ui.pages.faq_upkeep import FaqUpkeepPage

            return FaqUpkeepPage(self._db, actor=self._settings.actor)
        if key == "bulletins":
            return BulletinsPage(self._db, actor=self._settings.actor)
        if key == "departments":
            return DepartmentsPage(self._db)
        if key == "queries":
            from liaison_app.ui.pages.queries import QueriesPage

            page = QueriesPage(self._db, self._settings, self.mail_worker)
            page.changed.connect(self.refresh_counts)
            return page
        from liaison_app.ui.pages.reports import ReportsPage

        return ReportsPage(self._db)

    def page(self, key: str) -> QWidget:
        """The page of an area, built on first use and put in its place in the stack."""
        if key not in self.pages:
            page = self._build_page(key)
            page.setObjectName(f"page_{key}")
            row = AREAS.index(key)
            stand_in = self.stack.widget(row)
            self.stack.insertWidget(row, page)
            self.stack.removeWidget(stand_in)
            stand_in.deleteLater()
            self.pages[key] = page
        return self.pages[key]

    def go_to(self, key: str) -> None:
        row = AREAS.index(key)
        self.page(key)
        self.nav.setCurrentIndex(self.nav_model.index(row, 0))
        self.stack.setCurrentIndex(row)
        if key not in self._loaded:
            self.pages[key].refresh()
            self._loaded.add(key)

    def current_area(self) -> str:
        return AREAS[self.stack.currentIndex()]

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        forward = QAction(self.tr("&Forward a question…"), self)
        forward.setObjectName("actionForward")
        forward.setShortcut(QKeySequence("Ctrl+N"))
        forward.triggered.connect(self.show_forward_dialog)
        file_menu.addAction(forward)
        import_action = QAction(self.tr("&Import forwarded questions…"), self)
        import_action.setObjectName("actionImportQuestions")
        import_action.setShortcut(QKeySequence("Ctrl+I"))
        import_action.triggered.connect(self.import_questions)
        file_menu.addAction(import_action)
        file_menu.addSeparator()
        refresh = QAction(self.tr("&Refresh"), self)
        refresh.setShortcut(QKeySequence.StandardKey.Refresh)
        refresh.triggered.connect(self.refresh_all)
        file_menu.addAction(refresh)
        mail_settings = QAction(self.tr("&Mail settings…"), self)
        mail_settings.triggered.connect(self.show_mail_settings)
        file_menu.addAction(mail_settings)
        self.file_menu = file_menu
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        self.quit_action = quit_action
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)

        self._build_faq_menu()
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        for index, key in enumerate(AREAS, start=1):
            action = QAction(self._area_title(key), self)
            action.setShortcut(QKeySequence(f"Ctrl+{index}"))
            action.triggered.connect(lambda _checked=False, k=key: self.go_to(k))
            view_menu.addAction(action)
        view_menu.addSeparator()
        language_menu = view_menu.addMenu(self.tr("&Language"))
        group = QActionGroup(self)
        for code, name in (("system", self.tr("System language")), ("en", "English"),
                           ("zh_TW", "繁體中文"), ("zh_CN", "简体中文")):
            action = QAction(name, self, checkable=True)
            action.setData(code)
            action.setChecked(self._settings.language == code)
            action.triggered.connect(lambda _checked=False, c=code: self.language_requested.emit(c))
            group.addAction(action)
            language_menu.addAction(action)
        self.language_actions = group

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.help_menu = help_menu
        guide = QAction(self.tr("&User guide"), self)
        guide.setObjectName("actionUserGuide")
        guide.setShortcut(QKeySequence("F1"))
        guide.triggered.connect(lambda _checked=False: QDesktopServices.openUrl(
            QUrl.fromLocalFile(str(resources.user_guide()))))
        help_menu.addAction(guide)
        self.user_guide_action = guide
        about = QAction(self.tr("&About Liaison"), self)
        about.triggered.connect(self.show_about)
        help_menu.addAction(about)

    def _build_faq_menu(self) -> None:
        menu = self.menuBar().addMenu(self.tr("F&AQ"))
        for name, text, slot in (
            ("actionImportFaq", self.tr("&Import FAQ…"), self.import_faq),
            ("actionExportFaq", self.tr("&Export FAQ…"), self.export_faq),
            ("actionUseTiers", self.tr("&Use tiers"), lambda: self.show_upkeep("tiers")),
            ("actionFlags", self.tr("&Flags"), lambda: self.show_upkeep("flags")),
            ("actionCategories", self.tr("&Categories"), lambda: self.show_upkeep("categories")),
            ("actionSynonyms", self.tr("&Synonyms…"), lambda: self.show_upkeep("synonyms")),
        ):
            action = QAction(text, self)
            action.setObjectName(name)
            action.triggered.connect(lambda _checked=False, f=slot: f())
            menu.addAction(action)
        menu.addSeparator()
        review = QAction(self.tr("&Review captured phrasings…"), self)
        review.setObjectName("actionReviewPhrasings")
        review.triggered.connect(self.review_phrasings)
        menu.addAction(review)

    def faq_transfer(self):
        from liaison_app.ui.actions.faq_transfer import FaqTransfer

        if getattr(self, "_faq_transfer", None) is None:
            self._faq_transfer = FaqTransfer(self._db, self._settings.actor, self)
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

        dialog = ForwardDialog(self._db, self._settings.actor, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.forwarded.connect(self._question_arrived)
        dialog.open()
        self.forward_dialog = dialog
        return dialog

    def _question_arrived(self, result) -> None:
        self.go_to("inbox")
        self.inbox.refresh()
        self.inbox.select_question(result.question_id)
        self.refresh_counts()
        message = self.tr("Recorded %1.").replace("%1", result.ref)
        if result.duplicate_of is not None:
            message += " " + self.tr("Probable duplicate of %1.").replace("%1", result.duplicate_ref)
        self.statusBar().showMessage(message, 10_000)

    def import_questions(self):
        from liaison_app.ui.actions.question_import import QuestionImportRunner

        if getattr(self, "import_runner", None) is None:
            self.import_runner = QuestionImportRunner(self._db, self._settings.actor, self)
            self.import_runner.imported.connect(lambda _report: self._arrivals_changed())
        self.import_runner.start()
        return self.import_runner

    def review_phrasings(self):
        from liaison_app.ui.dialogs.similar import SimilarQuestionsDialog

        dialog = SimilarQuestionsDialog(self._db, self._settings.actor, None, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.phrasings_dialog = dialog
        return dialog

    def _arrivals_changed(self) -> None:
        self.inbox.refresh()
        self.refresh_counts()

    def check_arrivals(self) -> None:
        """Questions added by another program (command line, import, mail) appear by themselves."""
        sessions = self._db.sessions

        def load() -> int:
            from liaison_app.core.questions.listing import latest_question_id

            with sessions() as session:
                return latest_question_id(session)

        def seen(latest: int) -> None:
            known = getattr(self, "_latest_question", None)
            self._latest_question = latest
            if known is not None and latest > known:
                self._arrivals_changed()
                self.statusBar().showMessage(self.tr("New questions arrived."), 10_000)

        run_task(load, seen)
    def _mail_done(self, report) -> None:
        text = self.tr("Mail: %1 sent, %2 fetched").replace("%1", str(report.sent)).replace(
            "%2", str(report.fetched))
        if report.errors:
            text += " · " + self.tr("problems, see Queries")
        self.mail_label.setText(text)
        self.refresh_counts()

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

    def show_about(self) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("About Liaison"),
                          self.tr("Liaison %1\nThe information manager's desk of a bank call center.")
                          .replace("%1", __version__), QMessageBox.StandardButton.Ok, self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.show()

    # --- live counts ----------------------------------------------------------------
    def start(self) -> None:
        """Begin periodic count refreshes (after the window is shown)."""
        self.refresh_counts()
        self._timer.start()
        self.check_arrivals()
        self._arrivals_timer.start()
        if self.mail_worker.configured():
            self.mail_worker.start_polling()

    def refresh_counts(self) -> None:
        sessions = self._db.sessions

        def load() -> Counts:
            with sessions() as session:
                return live_counts(session)

        run_task(load, self.show_counts)

    def show_counts(self, counts: Counts) -> None:
        self.counts = counts
        self.counts_label.setText(
            self.tr("%1 questions · %2 open · %3 unread · %4 overdue · %5 FAQ published")
            .replace("%1", str(counts.total)).replace("%2", str(counts.open))
            .replace("%3", str(counts.unread)).replace("%4", str(counts.overdue))
            .replace("%5", str(counts.faq_published))
            + (" · " + self.tr("FAQ entries expiring within a week: %1")
               .replace("%1", str(counts.faq_expiring)) if counts.faq_expiring else "")
        )
        badges = {
            "inbox": counts.open,
            "queries": counts.open_queries,
            "faq": counts.faq_published,
            "bulletins": counts.bulletins_current,
        }
        for row, key in enumerate(AREAS):
            title = self._area_title(key)
            if key in badges:
                title = f"{title}  ({badges[key]})"
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
        self._timer.stop()
        self._arrivals_timer.stop()
        self.mail_worker.stop()
        self.save_layout()
        super().closeEvent(event)
