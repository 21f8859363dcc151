"""The flags queue: open flags on FAQ entries, by owner department; fix or resolve them."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from liaison_app.core.directory.admin import department_choices
from liaison_app.core.faq.flags import FlagRow, list_flags, resolve_flag
from liaison_app.ui.dialogs.faq_entry_editor import EntryEditor
from liaison_app.ui.gateway import DatabaseGateway, Latest, refusal_shown_in
from liaison_app.ui.labels.faq import flag_kind_label
from liaison_app.ui.labels.times import local_when_text
from liaison_app.ui.widgets.faq_pickers import ask_text

UNOWNED = -1


class FlagModel(QAbstractTableModel):
    COL_AT, COL_ENTRY, COL_QUESTION, COL_KIND, COL_COMMENT, COL_BY, COL_OWNER = range(7)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.items: list[FlagRow] = []

    def set_flags(self, flags: list[FlagRow]) -> None:
        self.beginResetModel()
        self.items = list(flags)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.items)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else 7

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        headers = [self.tr("Flagged"), self.tr("Entry"), self.tr("Question"), self.tr("Kind"),
                   self.tr("Comment"), self.tr("By"), self.tr("Owner")]
        return headers[section] if 0 <= section < len(headers) else None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self.items):
            return None
        f, column = self.items[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return {self.COL_AT: local_when_text(f.flagged_at), self.COL_ENTRY: str(f.entry_id),
                    self.COL_QUESTION: f.question, self.COL_KIND: flag_kind_label(f.kind),
                    self.COL_COMMENT: f.comment, self.COL_BY: f.flagged_by,
                    self.COL_OWNER: f.department or ""}.get(column)
        if role == Qt.ItemDataRole.ToolTipRole and column in (self.COL_QUESTION, self.COL_COMMENT):
            return f.question if column == self.COL_QUESTION else f.comment
        return None


class FlagsPage(QWidget):
    changed = Signal()

    def __init__(self, gateway: DatabaseGateway, actor: str = "", parent=None) -> None:
        super().__init__(parent)
        self._gateway, self._actor = gateway, actor
        self._latest = Latest()
        self.department = QComboBox()
        self.department.setObjectName("flagDepartment")
        self.count_label = QLabel()
        self.model = FlagModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.horizontalHeader().setSectionResizeMode(FlagModel.COL_COMMENT, QHeaderView.ResizeMode.Stretch)
        for column, width in ((FlagModel.COL_AT, 130), (FlagModel.COL_ENTRY, 60),
                              (FlagModel.COL_QUESTION, 260), (FlagModel.COL_KIND, 90),
                              (FlagModel.COL_BY, 90), (FlagModel.COL_OWNER, 100)):
            self.table.setColumnWidth(column, width)
        self.fix_button = QPushButton(self.tr("Fix…"))
        self.fix_button.setObjectName("flagFix")
        self.fix_button.setToolTip(self.tr("Edit the entry; saving makes a new revision and resolves the flag"))
        self.resolve_button = QPushButton(self.tr("Resolve…"))
        self.resolve_button.setObjectName("flagResolve")
        self.resolve_button.setToolTip(self.tr("Close the flag without changing the entry, with a note"))
        self.message = QLabel()
        self.message.setObjectName("flagMessage")
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Owner department:")))
        top.addWidget(self.department)
        top.addWidget(self.count_label, 1)
        top.addWidget(self.fix_button)
        top.addWidget(self.resolve_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        self.ask_text = lambda title, label, callback: ask_text(self, title, label, callback)
        self.editor: EntryEditor | None = None
        self.fix_button.clicked.connect(self.fix)
        self.resolve_button.clicked.connect(self._resolve)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._enable())
        self.department.currentIndexChanged.connect(lambda _i: self.refresh())
        self._enable()

    def _fill_departments(self, names: list[tuple[int, str]]) -> None:
        current = self.department.currentData()
        self.department.blockSignals(True)
        self.department.clear()
        self.department.addItem(self.tr("All departments"), None)
        for id_, name in names:
            self.department.addItem(name, id_)
        self.department.addItem(self.tr("No owner"), UNOWNED)
        found = self.department.findData(current)
        self.department.setCurrentIndex(max(0, found))
        self.department.blockSignals(False)

    def refresh(self) -> None:
        # The department box is filled once, with the first load (it then shows "All").
        fill = self.department.count() == 0
        dept = None if fill else self.department.currentData()

        def load(session) -> tuple[list[tuple[int, str]] | None, list[FlagRow]]:
            names = department_choices(session, active_only=False) if fill else None
            if dept == UNOWNED:
                return names, list_flags(session, unowned=True)
            return names, list_flags(session, dept)

        # Only the latest request is shown: an earlier one may finish after it.
        self._gateway.read(load, self._latest.wrap(self._loaded), owner=self)

    def _loaded(self, loaded: tuple[list[tuple[int, str]] | None, list[FlagRow]]) -> None:
        names, flags = loaded
        if names is not None:
            self._fill_departments(names)
        self.model.set_flags(flags)
        self.count_label.setText(self.tr("%n open flags", "", len(flags)))
        self._enable()

    def current_flag(self) -> FlagRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.items[rows[0].row()] if rows else None

    def _enable(self) -> None:
        has = self.current_flag() is not None
        self.fix_button.setEnabled(has)
        self.resolve_button.setEnabled(has)

    def fix(self) -> EntryEditor | None:
        flag = self.current_flag()
        if flag is None:
            return None
        note = self.tr("Fix for flag: %1").replace("%1", flag.comment)
        fixed = self.tr("fixed in revision %1")
        actor, flag_id = self._actor, flag.id

        def resolve_with_revision(session, number: int) -> None:
            # The revision and the flag's resolution are one action: one transaction.
            resolve_flag(session, flag_id, actor, fixed.replace("%1", str(number)))

        editor = EntryEditor(self._gateway, flag.entry_id, self._actor, note, self, also=resolve_with_revision)
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def saved(_entry_id: int, number: int) -> None:
            self.message.setText(self.tr("Flag resolved: %1").replace("%1", fixed.replace("%1", str(number))))
            self.changed.emit()
            self.refresh()

        editor.saved.connect(saved)
        editor.open()
        self.editor = editor
        return editor

    def _resolve(self) -> None:
        flag = self.current_flag()
        if flag is None:
            return
        self.ask_text(self.tr("Resolve flag"), self.tr("Resolution note (e.g. why no change is needed):"),
                      lambda note: self._close_flag(flag.id, note))

    def _close_flag(self, flag_id: int, note: str) -> None:
        actor = self._actor

        def closed(_result) -> None:
            self.message.setText(self.tr("Flag resolved: %1").replace("%1", note))
            self.changed.emit()
            self.refresh()

        self._gateway.write(lambda session: resolve_flag(session, flag_id, actor, note),
                            closed, refusal_shown_in(self.message), owner=self)
