"""Read-only pages for the FAQ base, bulletins and departments: a table and a detail pane.

Editors, search and review arrive with the FAQ, liaison and close-the-loop work; these
pages already show what the database holds.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from typing import Any

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from liaison_app.core.faq import listing as lists
from liaison_app.core.faq.flags import open_flag_count
from liaison_app.core.faq.hits import record_hit
from liaison_app.core.faq.usage import Period, entry_hits
from liaison_app.core.models import HitKind
from liaison_app.ui.dialogs.bulletin_readers import BulletinReadersDialog
from liaison_app.ui.errors import domain_error_text
from liaison_app.ui.gateway import DatabaseGateway, Latest
from liaison_app.ui.labels.common import faq_status_label
from liaison_app.ui.labels.times import local_datetime_text
from liaison_app.ui.models.browse import BulletinModel, DepartmentModel, FaqModel
from liaison_app.ui.models.paged import PagedSqlModel
from liaison_app.ui.widgets.highlight_delegate import HighlightDelegate, highlighted_html


def _para(text: str) -> str:
    return escape(text or "").replace("\n", "<br>")


class ListPage(QWidget):
    """A table over a paged model with a detail pane below it.

    The detail of the current row is loaded through the gateway (`load(session, id)`) and
    shown by `render(data)` on the GUI thread; only the newest one is shown."""

    def __init__(self, gateway: DatabaseGateway, model: PagedSqlModel, stretch_column: int,
                 load: Callable[[Session, int], Any], render: Callable[[Any], str],
                 parent=None) -> None:
        super().__init__(parent)
        self._gateway = gateway
        self.model = model
        # The page owns its model: a background load landing after the page is gone is
        # then dropped with the model instead of reaching the page's deleted labels.
        model.setParent(self)
        self._load = load
        self._render = render
        self._latest_detail = Latest()
        self.table = QTableView()
        self.table.setModel(model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(26)
        self.table.horizontalHeader().setSectionResizeMode(stretch_column, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSortIndicator(model.sort_column, model.sort_order)
        self.table.setSortingEnabled(True)  # after the indicator, or it sorts by column 0
        self.detail = QTextBrowser()
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.bar = QHBoxLayout()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(self.bar)
        layout.addWidget(self.splitter, 1)
        self.table.selectionModel().currentRowChanged.connect(self._on_current)
        # A reload (a new search, a sort, a change) clears the current row: the detail
        # pane and the row's buttons follow, instead of showing the previous row.
        model.modelReset.connect(lambda: self._on_current(QModelIndex(), QModelIndex()))

    def refresh(self) -> None:
        self.model.reload()
        self._latest_detail.cancel()
        self.detail.clear()

    def _on_current(self, current, _previous) -> None:
        item_id = self.model.id_at(current.row()) if current.isValid() else None
        self.show_detail(item_id)

    def show_detail(self, item_id: int | None) -> None:
        """Load and show the detail of one row (empty for None)."""
        if item_id is None:
            self._latest_detail.cancel()
            self.detail.setHtml("")
            return
        load = self._load
        self._gateway.read(lambda session: load(session, item_id),
                           self._latest_detail.wrap(lambda data: self.detail.setHtml(self._render(data))),
                           owner=self)


class FaqPage(ListPage):
    # An entry changed here (flagged, reviewed): other FAQ views are stale.
    changed = Signal()

    def __init__(self, gateway: DatabaseGateway, actor: str = "", parent=None) -> None:
        super().__init__(gateway, FaqModel(gateway), FaqModel.COL_QUESTION,
                         _load_entry, self._render_entry, parent)
        self._actor = actor
        self.filter = QLineEdit()
        self.filter.setObjectName("faqFilter")
        self.filter.setClearButtonEnabled(True)
        self.filter.setPlaceholderText(
            self.tr("Search the FAQ: type a few characters, in either script (Ctrl+F)"))
        self.count_label = QLabel()
        self.copy_button = QPushButton(self.tr("Copy answer"))
        self.copy_button.setObjectName("faqCopyAnswer")
        self.copy_button.setToolTip(self.tr("Copy the answer and key points for the agent, "
                                            "and count it as a use (Ctrl+Shift+C)"))
        self.copy_button.setShortcut(QKeySequence("Ctrl+Shift+C"))
        self.used_button = QPushButton(self.tr("Used"))
        self.used_button.setObjectName("faqUsed")
        self.used_button.setToolTip(self.tr("Count one use of this entry (Ctrl+Shift+U)"))
        self.used_button.setShortcut(QKeySequence("Ctrl+Shift+U"))
        self.similar_button = QPushButton(self.tr("Similar questions…"))
        self.similar_button.setObjectName("faqSimilar")
        self.similar_button.setToolTip(self.tr("Customers' other wordings of this entry's question"))
        self.similar_button.clicked.connect(self.show_similar)
        self.review_button = QPushButton(self.tr("Review…"))
        self.review_button.setObjectName("faqReview")
        self.review_button.setToolTip(self.tr("Revisions, approvals, publish or retire"))
        self.review_button.clicked.connect(self.show_review)
        self.flag_button = QPushButton(self.tr("Flag…"))
        self.flag_button.setObjectName("faqFlag")
        self.flag_button.setToolTip(self.tr("Tell the entry's owner it is wrong, unclear, out of date or missing something"))
        for button in (self.copy_button, self.used_button, self.flag_button, self.similar_button,
                       self.review_button):
            button.setEnabled(False)
        self.flag_button.clicked.connect(self.flag_current)
        self.copy_button.clicked.connect(lambda: self._use(HitKind.COPY))
        self.used_button.clicked.connect(lambda: self._use(HitKind.USED))
        self.bar.addWidget(self.filter, 1)
        self.bar.addWidget(self.count_label)
        self.bar.addWidget(self.copy_button)
        self.bar.addWidget(self.used_button)
        self.bar.addWidget(self.flag_button)
        self.bar.addWidget(self.similar_button)
        self.bar.addWidget(self.review_button)
        for column, width in ((FaqModel.COL_ID, 60), (FaqModel.COL_CATEGORY, 150),
                              (FaqModel.COL_DEPARTMENT, 100), (FaqModel.COL_STATUS, 80),
                              (FaqModel.COL_HITS, 84), (FaqModel.COL_VALID_UNTIL, 130)):
            self.table.setColumnWidth(column, width)
        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(150)
        self._debounce.timeout.connect(self._apply)
        self.delegate = HighlightDelegate(lambda: self.model.text, self.table)
        self.table.setItemDelegateForColumn(FaqModel.COL_QUESTION, self.delegate)
        QShortcut(QKeySequence.StandardKey.Find, self, self.filter.setFocus)
        self.filter.textChanged.connect(self._debounce.start)
        self.model.modelReset.connect(
            lambda: self.count_label.setText(self.tr("%n entries", "", self.model.rowCount()))
        )

    def _apply(self) -> None:
        self.model.text = self.filter.text()
        # Search results are ranked by relevance, not by a column.
        self.table.horizontalHeader().setSortIndicatorShown(not self.model.text.strip())
        self.model.reload()

    def _on_current(self, current, previous) -> None:
        super()._on_current(current, previous)
        has_entry = current.isValid() and self.model.id_at(current.row()) is not None
        row = self.model.row_at(current.row()) if has_entry else None
        # Copying an answer for an agent, or counting its use, only for a live entry.
        live = row is not None and row.status == "published" and not row.expired
        self.copy_button.setEnabled(live)
        self.used_button.setEnabled(live)
        self.similar_button.setEnabled(has_entry)
        self.review_button.setEnabled(has_entry)
        self.flag_button.setEnabled(has_entry)

    def refresh(self) -> None:
        super().refresh()
        self.copy_button.setEnabled(False)
        self.used_button.setEnabled(False)
        self.flag_button.setEnabled(False)
        self.similar_button.setEnabled(False)
        self.review_button.setEnabled(False)

    def show_review(self):
        from liaison_app.ui.dialogs.faq_review import FaqReviewDialog

        entry_id = self.model.id_at(self.table.currentIndex().row())
        if entry_id is None:
            return None
        dialog = FaqReviewDialog(self._gateway, self._actor, entry_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.changed.connect(self.model.reload)
        dialog.changed.connect(self.changed)
        dialog.open()
        self.review_dialog = dialog
        return dialog

    def show_similar(self):
        from liaison_app.ui.dialogs.similar import SimilarQuestionsDialog

        entry_id = self.model.id_at(self.table.currentIndex().row())
        if entry_id is None:
            return None
        dialog = SimilarQuestionsDialog(self._gateway, self._actor, entry_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.changed.connect(lambda: self.show_detail(entry_id))
        dialog.open()
        return dialog

    def flag_current(self):
        """Open the flag dialog for the current entry (non-blocking; returns it)."""
        from liaison_app.ui.dialogs.faq_entry_editor import FlagDialog

        entry_id = self.model.id_at(self.table.currentIndex().row())
        if entry_id is None:
            return None
        dialog = FlagDialog(self._gateway, entry_id, self._actor, self)
        dialog.flagged.connect(lambda _id: self.show_detail(entry_id))
        dialog.flagged.connect(lambda _id: self.changed.emit())
        dialog.open()
        self.flag_dialog = dialog
        return dialog

    def _use(self, kind: str) -> None:
        """Count a use of the current entry (and copy its answer for COPY)."""
        row = self.table.currentIndex().row()
        entry_id = self.model.id_at(row)
        if entry_id is None:
            return
        actor = self._actor

        def write(session: Session) -> tuple[str | None, int]:
            text = None
            if kind == HitKind.COPY:
                d = lists.faq_detail(session, entry_id)
                points = "\n".join(f"{n}. {p}" for n, p in enumerate(d["key_points"], start=1))
                text = "\n\n".join(part for part in (d["question"], d["answer"], points) if part)
            return text, record_hit(session, entry_id, actor, kind)

        def done(result: tuple[str | None, int]) -> None:
            text, count = result
            if text is not None:
                QGuiApplication.clipboard().setText(text)
            item = self.model.row_at(row)
            if item is not None and item.id == entry_id:
                item.hit_count = count
                self.model.dataChanged.emit(self.model.index(row, 0),
                                            self.model.index(row, self.model.columnCount() - 1))
            self.show_detail(entry_id)

        self._gateway.write(write, done, owner=self)

    def _render_entry(self, loaded) -> str:
        if loaded is None:
            return ""
        d, recent, flags = loaded
        usage = escape(self.tr("%1 in the last 30 days").replace("%1", str(recent)))
        if flags:
            usage += " · " + escape(self.tr("%n open flags", "", flags))
        valid, key_points = escape(self.tr("Valid")), escape(self.tr("Key points"))
        keywords, revision, hits = escape(self.tr("Keywords")), escape(self.tr("Revision")), escape(self.tr("Hits"))
        points = "".join(f"<li>{escape(p)}</li>" for p in d["key_points"])
        validity = ""
        if d["valid_from"] or d["valid_until"]:
            validity = (f"<p style='color:#666'>{valid}: "
                        f"{local_datetime_text(d['valid_from'])} – {local_datetime_text(d['valid_until'])}</p>")
        query = self.model.text
        question = highlighted_html(d["question"], query)
        answer = highlighted_html(d["answer"], query).replace("\n", "<br>")
        similar = d.get("similar") or []
        similar_html = ""
        if similar:
            title = escape(self.tr("Similar questions"))
            similar_html = f"<b>{title}</b><ul>" + "".join(
                f"<li>{highlighted_html(t, query)}</li>" for t in similar) + "</ul>"
        return (f"<h3>{question}</h3><p>{answer}</p>"
                + (f"<b>{key_points}</b><ol>{points}</ol>" if points else "")
                + similar_html
                + f"<p style='color:#666'>{keywords}: "
                f"{escape('、'.join(d['keywords']))} · {escape(faq_status_label(d['status']))}"
                f" · {revision} {d['revision']} · {hits} {d['hits']} ({usage})</p>" + validity)


def _load_entry(session: Session, entry_id: int) -> tuple[dict, int, int] | None:
    """An entry's detail with its use in the last 30 days and its open flags."""
    d = lists.faq_detail(session, entry_id)
    if d is None:
        return None
    return d, entry_hits(session, entry_id, Period.last_days(30)), open_flag_count(session, entry_id)


class BulletinsPage(ListPage):
    def __init__(self, gateway: DatabaseGateway, actor: str = "", parent=None) -> None:
        super().__init__(gateway, BulletinModel(gateway), BulletinModel.COL_TITLE,
                         lists.bulletin_detail, self._render_bulletin, parent)
        self._actor = actor
        self.bar.addWidget(QLabel(self.tr("Notices to agents (通告欄); expired ones are greyed; "
                                          "proposals wait for you to post them.")), 1)
        self.post_button = QPushButton(self.tr("Post"))
        self.post_button.setObjectName("bulletinPost")
        self.post_button.setToolTip(self.tr("Put the selected proposal on the board for agents"))
        self.post_button.setEnabled(False)
        self.post_button.clicked.connect(self.post_selected)
        self.new_button = QPushButton(self.tr("New bulletin…"))
        self.new_button.setObjectName("bulletinNew")
        self.new_button.clicked.connect(self.new_bulletin)
        self.readers_button = QPushButton(self.tr("Readers…"))
        self.readers_button.setObjectName("bulletinReaders")
        self.readers_button.setToolTip(self.tr("Which agents have read the selected bulletin; "
                                               "remind the others"))
        self.readers_button.setEnabled(False)
        self.readers_button.clicked.connect(self.show_readers)
        self.bar.addWidget(self.post_button)
        self.bar.addWidget(self.readers_button)
        self.bar.addWidget(self.new_button)
        # Why a post was refused (a colleague posted it first), until the next one.
        self.message = QLabel()
        self.message.setObjectName("bulletinMessage")
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #b00020")
        self.message.hide()
        self.layout().insertWidget(0, self.message)
        for column, width in ((BulletinModel.COL_FROM, 130), (BulletinModel.COL_UNTIL, 130),
                              (BulletinModel.COL_PINNED, 70), (BulletinModel.COL_AUTHOR, 110)):
            self.table.setColumnWidth(column, width)

    def _on_current(self, current, previous) -> None:
        super()._on_current(current, previous)
        row = self.model.row_at(current.row()) if current.isValid() else None
        self.post_button.setEnabled(row is not None and row.can_post)
        self.readers_button.setEnabled(row is not None and not row.can_post)

    def show_readers(self) -> BulletinReadersDialog | None:
        bulletin_id = self.model.id_at(self.table.currentIndex().row())
        if bulletin_id is None:
            return None
        dialog = BulletinReadersDialog(self._gateway, bulletin_id, self._actor, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        self.readers_dialog = dialog
        return dialog

    def post_selected(self) -> None:
        from liaison_app.core.faq.bulletins import post

        row = self.model.row_at(self.table.currentIndex().row())
        if row is None:
            return
        bulletin_id, version = row.id, row.version

        def failed(exc: Exception) -> None:
            self.message.setText(domain_error_text(exc))
            self.message.show()
            self.refresh()  # show the bulletin as the colleague left it

        self.message.hide()
        self._gateway.write(lambda session: post(session, bulletin_id, expected_version=version),
                            lambda _result: self.refresh(), failed, owner=self)

    def new_bulletin(self):
        from liaison_app.ui.dialogs.bulletin import BulletinDialog

        dialog = BulletinDialog(self._gateway, self._actor, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.created.connect(lambda _id: self.refresh())
        dialog.open()
        self.bulletin_dialog = dialog
        return dialog

    def _render_bulletin(self, d) -> str:
        if d is None:
            return ""
        label = escape(self.tr("Related FAQ entry"))
        related = f"<p style='color:#666'>{label}: {d['faq_entry_id']}</p>" if d["faq_entry_id"] else ""
        return f"<h3>{escape(d['title'])}</h3><p>{_para(d['body'])}</p>{related}"


class DepartmentsPage(ListPage):
    def __init__(self, gateway: DatabaseGateway, parent=None) -> None:
        super().__init__(gateway, DepartmentModel(gateway), DepartmentModel.COL_KEYWORDS,
                         lists.department_detail, self._render_department, parent)
        self.bar.addWidget(QLabel(self.tr("Business departments, their written duties and contacts.")), 1)
        from liaison_app.ui.actions.directory_transfer import DirectoryTransfer

        self.transfer = DirectoryTransfer(gateway, self)
        self.transfer.imported.connect(lambda _report: self.refresh())
        buttons = ((self.tr("New department…"), "departmentNew", self.new_department),
                   (self.tr("Edit…"), "departmentEdit", self.edit_department),
                   (self.tr("Import…"), "departmentImport", self.transfer.start_import),
                   (self.tr("Export…"), "departmentExport", self.transfer.start_export))
        for text, name, slot in buttons:
            button = QPushButton(text)
            button.setObjectName(name)
            button.clicked.connect(lambda _checked=False, slot=slot: slot())
            self.bar.addWidget(button)
            setattr(self, name.replace("department", "").lower() + "_button", button)
        self.edit_button.setEnabled(False)
        self.table.doubleClicked.connect(lambda _index: self.edit_department())
        for column, width in ((DepartmentModel.COL_NAME, 120), (DepartmentModel.COL_SLA, 130),
                              (DepartmentModel.COL_CONTACTS, 80), (DepartmentModel.COL_HEAD, 100),
                              (DepartmentModel.COL_OPEN, 100)):
            self.table.setColumnWidth(column, width)

    def _on_current(self, current, previous) -> None:
        super()._on_current(current, previous)
        self.edit_button.setEnabled(current.isValid() and self.model.id_at(current.row()) is not None)

    def refresh(self) -> None:
        super().refresh()
        self.edit_button.setEnabled(False)

    def new_department(self):
        return self._open_editor(None)

    def edit_department(self):
        department_id = self.model.id_at(self.table.currentIndex().row())
        return self._open_editor(department_id) if department_id is not None else None

    def _open_editor(self, department_id: int | None):
        from liaison_app.ui.dialogs.department import DepartmentDialog

        dialog = DepartmentDialog(self._gateway, department_id, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.saved.connect(lambda _id: self.refresh())
        dialog.open()
        self.department_dialog = dialog
        return dialog

    def _render_department(self, d) -> str:
        if d is None:
            return ""
        t = {
            "duties": self.tr("Duties"), "sla": self.tr("SLA"), "hours": self.tr("hours"),
            "contact": self.tr("Contact"), "title": self.tr("Title"), "email": self.tr("Email"),
            "phone": self.tr("Phone"), "head": self.tr("head of department, for escalation"),
        }
        t = {key: escape(value) for key, value in t.items()}
        rows = "".join(
            f"<tr><td>{escape(c['name'])}{' ★' if c['id'] == d['head_contact_id'] else ''}</td>"
            f"<td>{escape(c['title'])}</td><td>{escape(c['email'] or '')}</td>"
            f"<td>{escape(c['phone'] or '')}</td></tr>"
            for c in d["contacts"]
        )
        return (f"<h3>{escape(d['name'])}</h3>"
                f"<p><b>{t['duties']}</b><br>{_para(d['duties'])}</p>"
                f"<p>{t['sla']}: {d['sla_hours']} {t['hours']}"
                f" · {escape(d['email'] or '')} · {escape(d['phone'] or '')}</p>"
                f"<table cellspacing='6'><tr><th align='left'>{t['contact']}</th>"
                f"<th align='left'>{t['title']}</th><th align='left'>{t['email']}</th>"
                f"<th align='left'>{t['phone']}</th></tr>{rows}</table>"
                f"<p style='color:#666'>★ {t['head']}</p>")


class PlaceholderPage(QWidget):
    """A labelled area whose feature is still being built."""

    def __init__(self, title: str, text: str, parent=None) -> None:
        super().__init__(parent)
        heading = QLabel(f"<h2>{escape(title)}</h2>")
        body = QLabel(text)
        body.setWordWrap(True)
        body.setObjectName("placeholderText")
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(body)
        layout.addStretch(1)

    def refresh(self) -> None:
        pass
