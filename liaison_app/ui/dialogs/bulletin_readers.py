"""Who has and has not read a bulletin (the manager's side of the agents' acknowledgements),
and a reminder to those who have not: their desks show the bulletin again."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
)

from liaison_app.core.agent_desk.board import Reader, readers, remind
from liaison_app.ui.gateway import DatabaseGateway, refusal_shown_in
from liaison_app.ui.labels.times import local_when_text


class ReadersModel(QAbstractTableModel):
    COL_NAME, COL_LOGIN, COL_READ, COL_REMINDED = range(4)

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.rows: list[Reader] = []

    def set_rows(self, rows: list[Reader]) -> None:
        self.beginResetModel()
        # not read first: they are the ones to remind
        self.rows = sorted(rows, key=lambda r: (r.read_at is not None, r.name))
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else 4

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Agent"), self.tr("Login"), self.tr("Read"), self.tr("Reminded"))[section]
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or role != Qt.ItemDataRole.DisplayRole:
            return None
        r = self.rows[index.row()]
        col = index.column()
        if col == self.COL_NAME:
            return r.name
        if col == self.COL_LOGIN:
            return r.login
        if col == self.COL_READ:
            return local_when_text(r.read_at) if r.read_at else self.tr("Not yet")
        return local_when_text(r.reminded_at) if r.reminded_at else ""

    @property
    def unread(self) -> int:
        return sum(1 for r in self.rows if r.read_at is None)


class BulletinReadersDialog(QDialog):
    def __init__(self, gateway: DatabaseGateway, bulletin_id: int, actor: str, parent=None) -> None:
        super().__init__(parent)
        self._gateway, self._bulletin_id, self._actor = gateway, bulletin_id, actor
        self.setWindowTitle(self.tr("Who has read the bulletin"))
        self.model = ReadersModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.summary = QLabel()
        self.message = QLabel()
        self.remind_button = QPushButton(self.tr("Remind those who have not read it"))
        self.remind_button.setEnabled(False)
        self.remind_button.clicked.connect(self.remind)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table)
        layout.addWidget(self.message)
        layout.addWidget(self.remind_button)
        layout.addWidget(buttons)
        self.resize(520, 420)
        self.reload()

    def reload(self) -> None:
        bulletin_id = self._bulletin_id
        self._gateway.read(lambda s: readers(s, bulletin_id), self._loaded, owner=self)

    def _loaded(self, rows: list[Reader]) -> None:
        self.model.set_rows(rows)
        total, unread = len(rows), self.model.unread
        if not total:
            self.summary.setText(self.tr("No agents on this database yet (agents sign in to "
                                         "a team server as themselves)."))
        else:
            self.summary.setText(self.tr("%1 of %2 agents have read it.")
                                 .replace("%1", str(total - unread)).replace("%2", str(total)))
        self.remind_button.setEnabled(unread > 0 and self._gateway.can_write)

    def remind(self) -> None:
        bulletin_id, actor = self._bulletin_id, self._actor
        self._gateway.write(lambda s: remind(s, bulletin_id, actor), self._reminded,
                            refusal_shown_in(self.message), owner=self)

    def _reminded(self, count: int) -> None:
        self.message.setText(self.tr("Reminded %n agent(s).", "", count))
        self.reload()
