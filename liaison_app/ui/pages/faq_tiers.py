"""Use tiers: for a chosen period, the entries of each tier, with the suggested actions.

Very low entries are to be merged or retired, very high ones pinned and announced; any
selection can be re-categorised. The analysis runs off the GUI thread.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTabBar,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from liaison_app.core.faq import admin as faq_admin
from liaison_app.core.faq import categories as faq_categories
from liaison_app.core.faq import review as faq_review
from liaison_app.core.faq.tiers import (
    QUARTILES,
    THRESHOLDS,
    TIERS,
    VERY_HIGH,
    VERY_LOW,
    TierEntry,
    TierReport,
    TierRules,
    load_tier_rules,
    save_tier_rules,
    use_tiers,
)
from liaison_app.core.faq.usage import PERIOD_DAYS, Period
from liaison_app.core.questions.workflow import DomainError
from liaison_app.ui.gateway import DatabaseGateway, Latest
from liaison_app.ui.labels.faq import period_label, tier_advice, tier_label
from liaison_app.ui.widgets.faq_pickers import CategoryPicker, EntryPicker, ask_text

SORT_ROLE = Qt.ItemDataRole.UserRole + 1


class TierModel(QAbstractTableModel):
    COL_ID, COL_QUESTION, COL_CATEGORY, COL_DEPARTMENT, COL_HITS, COL_TOTAL, COL_PINNED = range(7)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.entries: list[TierEntry] = []

    def set_entries(self, entries: list[TierEntry]) -> None:
        self.beginResetModel()
        self.entries = list(entries)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else 7

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        headers = [self.tr("No."), self.tr("Question"), self.tr("Category"), self.tr("Owner"),
                   self.tr("Hits in period"), self.tr("Hits in all"), self.tr("Pinned")]
        return headers[section] if 0 <= section < len(headers) else None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.entries):
            return None
        e, column = self.entries[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return {self.COL_ID: str(e.id), self.COL_QUESTION: e.question, self.COL_CATEGORY: e.category,
                    self.COL_DEPARTMENT: e.department or "", self.COL_HITS: str(e.hits),
                    self.COL_TOTAL: str(e.total_hits),
                    self.COL_PINNED: self.tr("Pinned") if e.pinned else ""}.get(column)
        if role == SORT_ROLE:
            return {self.COL_ID: e.id, self.COL_HITS: e.hits, self.COL_TOTAL: e.total_hits}.get(column)
        if role == Qt.ItemDataRole.ToolTipRole and column == self.COL_QUESTION:
            return e.question
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (self.COL_ID, self.COL_HITS, self.COL_TOTAL):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None


class TierRulesDialog(QDialog):
    """Quartiles, or fixed thresholds of hits in the period."""

    def __init__(self, rules: TierRules, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Use tier thresholds"))
        self.setObjectName("tierRulesDialog")
        self.quartiles = QRadioButton(self.tr("Quartiles of the period's hits (a quarter of the entries per tier)"))
        self.thresholds = QRadioButton(self.tr("Fixed thresholds of hits in the period:"))
        group = QButtonGroup(self)
        group.addButton(self.quartiles)
        group.addButton(self.thresholds)
        (self.quartiles if rules.mode == QUARTILES else self.thresholds).setChecked(True)
        self.very_high, self.high, self.low = QSpinBox(), QSpinBox(), QSpinBox()
        for box, value in ((self.very_high, rules.very_high_min), (self.high, rules.high_min),
                           (self.low, rules.low_min)):
            box.setRange(0, 1_000_000)
            box.setValue(value)
        form = QFormLayout()
        form.addRow(self.tr("Very high use from (hits)"), self.very_high)
        form.addRow(self.tr("High use from (hits)"), self.high)
        form.addRow(self.tr("Low use from (hits); below is very low"), self.low)
        self.problem = QLabel()
        self.problem.setStyleSheet("color: #b00020")
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.quartiles)
        layout.addWidget(self.thresholds)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)

    def rules(self) -> TierRules:
        return TierRules(mode=QUARTILES if self.quartiles.isChecked() else THRESHOLDS,
                         very_high_min=self.very_high.value(), high_min=self.high.value(),
                         low_min=self.low.value())

    def accept(self) -> None:
        try:
            self.rules().check()
        except DomainError:
            self.problem.setText(self.tr("Thresholds must fall: very high > high > low."))
            return
        super().accept()


class UseTiersPage(QWidget):
    changed = Signal()  # entries were changed here (other views reload)

    def __init__(self, gateway: DatabaseGateway, actor: str = "", parent=None) -> None:
        super().__init__(parent)
        self._gateway, self._actor = gateway, actor
        self.report: TierReport | None = None
        self._latest = Latest()
        self.rules_dialog: TierRulesDialog | None = None
        self.period = QComboBox()
        self.period.setObjectName("tierPeriod")
        for days in PERIOD_DAYS:
            self.period.addItem(period_label(days), days)
        self.period.setCurrentIndex(PERIOD_DAYS.index(30))
        self.rules_button = QPushButton(self.tr("Thresholds…"))
        self.rules_button.clicked.connect(self.edit_rules)
        self.rules_label = QLabel()
        self.tabs = QTabBar()
        self.tabs.setObjectName("tierTabs")
        for tier in TIERS:
            self.tabs.addTab(tier_label(tier))
        self.advice = QLabel()
        self.advice.setObjectName("tierAdvice")
        self.advice.setWordWrap(True)
        self.model = TierModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(26)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(TierModel.COL_QUESTION, QHeaderView.ResizeMode.Stretch)
        for column, width in ((TierModel.COL_ID, 60), (TierModel.COL_CATEGORY, 150),
                              (TierModel.COL_DEPARTMENT, 100), (TierModel.COL_HITS, 110),
                              (TierModel.COL_TOTAL, 90), (TierModel.COL_PINNED, 70)):
            self.table.setColumnWidth(column, width)
        self.pin_button = QPushButton(self.tr("Pin"))
        self.unpin_button = QPushButton(self.tr("Unpin"))
        self.announce_button = QPushButton(self.tr("Announce"))
        self.announce_button.setToolTip(self.tr("Post a bulletin to agents about the entry, for two weeks"))
        self.merge_button = QPushButton(self.tr("Merge into…"))
        self.retire_button = QPushButton(self.tr("Retire…"))
        self.move_button = QPushButton(self.tr("Move to category…"))
        for name, button in (("tierPin", self.pin_button), ("tierUnpin", self.unpin_button),
                             ("tierAnnounce", self.announce_button), ("tierMerge", self.merge_button),
                             ("tierRetire", self.retire_button), ("tierMove", self.move_button)):
            button.setObjectName(name)
        self.pin_button.clicked.connect(lambda: self._pin(True))
        self.unpin_button.clicked.connect(lambda: self._pin(False))
        self.announce_button.clicked.connect(self._announce)
        self.merge_button.clicked.connect(self._merge)
        self.retire_button.clicked.connect(self._retire)
        self.move_button.clicked.connect(self._move)
        self.message = QLabel()
        self.message.setObjectName("tierMessage")
        self.message.setWordWrap(True)
        # Undo of the last retire or merge (as in a mail client's status bar): the entries
        # it took away are restored.
        self.undo_button = QPushButton(self.tr("Undo"))
        self.undo_button.setObjectName("tierUndo")
        self.undo_button.setVisible(False)
        self.undo_button.clicked.connect(self._undo)
        self._undo_ids: list[int] = []

        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Period:")))
        top.addWidget(self.period)
        top.addWidget(self.rules_label, 1)
        top.addWidget(self.rules_button)
        actions = QHBoxLayout()
        for button in (self.pin_button, self.unpin_button, self.announce_button, self.merge_button,
                       self.retire_button, self.move_button):
            actions.addWidget(button)
        actions.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addWidget(self.tabs)
        layout.addWidget(self.advice)
        layout.addWidget(self.table, 1)
        layout.addLayout(actions)
        bottom = QHBoxLayout()
        bottom.addWidget(self.message, 1)
        bottom.addWidget(self.undo_button)
        layout.addLayout(bottom)

        # Replaceable in tests: the small dialogs.
        self.ask_text = lambda title, label, callback: ask_text(self, title, label, callback)
        self.choose_category = lambda callback: CategoryPicker(self._gateway, callback, self).open()
        self.choose_entry = lambda exclude, callback: EntryPicker(self._gateway, exclude, callback, self).open()
        self.period.currentIndexChanged.connect(lambda _i: self.refresh())
        self.tabs.currentChanged.connect(lambda _i: self._show_tier())
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        self._enable()

    # --- loading ------------------------------------------------------------------------
    def current_tier(self) -> str:
        return TIERS[max(0, self.tabs.currentIndex())]

    def refresh(self) -> None:
        days = self.period.currentData()
        # Only the latest request is shown: an earlier one may finish after it.
        self._gateway.read(lambda session: use_tiers(session, Period.last_days(days)),
                           self._latest.wrap(self._loaded), self._failed, owner=self)

    def _loaded(self, report: TierReport) -> None:
        self.report = report
        counts = report.counts()
        for i, tier in enumerate(TIERS):
            self.tabs.setTabText(i, f"{tier_label(tier)} ({counts[tier]})")
        rules = report.rules
        if rules.mode == QUARTILES:
            self.rules_label.setText(self.tr("Tiers: quartiles of the period's hits"))
        else:
            self.rules_label.setText(self.tr("Tiers: very high from %1 hits, high from %2, low from %3")
                                     .replace("%1", str(rules.very_high_min))
                                     .replace("%2", str(rules.high_min)).replace("%3", str(rules.low_min)))
        total = sum(counts.values())
        unused = sum(1 for entries in report.tiers.values() for e in entries if e.hits == 0)
        if total:
            self.rules_label.setText(self.rules_label.text() + " · " + self.tr(
                "%1 of %2 published entries not used in the period")
                .replace("%1", f"{unused:,}").replace("%2", f"{total:,}"))
        self._show_tier()

    def _failed(self, exc: Exception) -> None:
        self.message.setText(str(exc))

    def _show_tier(self) -> None:
        tier = self.current_tier()
        self.advice.setText(tier_advice(tier))
        self.model.set_entries(self.report.tiers[tier] if self.report else [])
        self._enable()

    def selected_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [self.model.entries[row].id for row in rows if row < len(self.model.entries)]

    def _enable(self) -> None:
        count = len(self.selected_ids())
        tier = self.current_tier()
        for button in (self.pin_button, self.unpin_button, self.retire_button, self.move_button,
                       self.merge_button):
            button.setEnabled(count > 0)
        self.announce_button.setEnabled(count == 1)
        # The suggested actions of the tier stand out.
        for button, suggested in ((self.pin_button, tier == VERY_HIGH),
                                  (self.announce_button, tier == VERY_HIGH),
                                  (self.merge_button, tier == VERY_LOW),
                                  (self.retire_button, tier == VERY_LOW)):
            font = button.font()
            font.setBold(suggested)
            button.setFont(font)

    # --- actions ------------------------------------------------------------------------
    def _apply(self, work, done_text, undo_ids: list[int] = ()) -> None:
        """Run a change in one transaction off the GUI thread (a merge re-indexes and may
        wait for another writer); report it, or the refusal, below the table."""
        self.message.setText(self.tr("Working…"))
        self.undo_button.setVisible(False)

        def done(result) -> None:
            self.message.setText(done_text(result) if callable(done_text) else done_text)
            self.undo_button.setVisible(bool(undo_ids))
            self._undo_ids = list(undo_ids)
            self.changed.emit()
            self.refresh()

        def failed(exc: Exception) -> None:
            self.message.setText(str(exc))

        self._gateway.write(work, done, failed, owner=self)

    def _pin(self, pinned: bool) -> None:
        ids = self.selected_ids()
        self._apply(lambda s: faq_admin.set_pinned(s, ids, pinned),
                    lambda n: self.tr("Pinned %n entries.", "", n) if pinned
                    else self.tr("Unpinned %n entries.", "", n))

    def _announce(self) -> None:
        ids = self.selected_ids()
        if len(ids) != 1:
            return
        self._apply(lambda s: faq_admin.announce_entry(s, ids[0], self._actor),
                    self.tr("Bulletin posted to agents about entry %1 (see Bulletins).")
                    .replace("%1", str(ids[0])))

    def _retire(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return

        def retire(note: str) -> None:
            note = note.strip() or self.tr("retired after the use analysis")
            self._apply(lambda s: faq_admin.retire_entries(s, ids, self._actor, note),
                        lambda n: self.tr("Retired %n entries: agents no longer find them.", "", n),
                        undo_ids=ids)

        self.ask_text(self.tr("Retire entries"), self.tr("Why are these entries retired?"), retire)

    def _merge(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return

        def merge_into(target: int) -> None:
            def work(session):
                return [faq_admin.merge_entries(session, target, other, self._actor) for other in ids]

            self._apply(work, lambda results: self.tr("Merged %n entries into entry %1.", "",
                                                      len(results)).replace("%1", str(target)),
                        undo_ids=[i for i in ids if i != target])

        self.choose_entry(set(ids), merge_into)

    def _undo(self) -> None:
        ids, self._undo_ids = self._undo_ids, []

        def work(session):
            return [faq_review.restore(session, entry_id, self._actor) for entry_id in ids]

        self._apply(work, lambda restored: self.tr("Restored %n entries.", "", len(restored)))

    def _move(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        self.choose_category(lambda category_id: self._apply(
            lambda s: faq_categories.move_entries(s, ids, category_id),
            lambda n: self.tr("Moved %n entries.", "", n)))

    def edit_rules(self) -> None:
        """Open the thresholds dialog once the rules in force are loaded."""
        self._gateway.read(load_tier_rules, self._open_rules, self._failed, owner=self)

    def _open_rules(self, rules: TierRules) -> None:
        dialog = TierRulesDialog(rules, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def save() -> None:
            chosen = dialog.rules()
            self._gateway.write(lambda session: save_tier_rules(session, chosen),
                                lambda _result: self.refresh(), self._failed, owner=self)

        dialog.accepted.connect(save)
        dialog.open()
        self.rules_dialog = dialog
