"""The department desk's Upkeep tab: today's digest of the department's own FAQ entries
(expiring within 14 days, very low use, open flags) and its own scorecard row for a
period. Thin over `core.team.department_upkeep`."""

from __future__ import annotations

from datetime import timedelta
from html import escape

from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QTextBrowser, QVBoxLayout, QWidget

from liaison_app.core.reports.period import Period
from liaison_app.core.team import department_upkeep as upkeep
from liaison_app.core.timeutil import utcnow
from liaison_app.ui.gateway import Latest
from liaison_app.ui.labels.faq import flag_kind_label
from liaison_app.ui.labels.times import local_datetime_text

PERIOD_DAYS = (7, 30, 90)


class UpkeepTab(QWidget):
    def __init__(self, gateway, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.gateway = gateway
        person = gateway.access.person
        self.departments = person.departments if person else ()
        self._digest = Latest()
        self._score = Latest()
        self.digest_view = QTextBrowser()
        self.period = QComboBox()
        for days in PERIOD_DAYS:
            self.period.addItem(self.tr("Last %1 days").replace("%1", str(days)), days)
        self.period.setCurrentIndex(1)
        self.period.currentIndexChanged.connect(lambda _i: self.reload_scorecard())
        self.score_view = QTextBrowser()
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Our scorecard:")))
        top.addWidget(self.period)
        top.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Today's upkeep of our FAQ entries")))
        layout.addWidget(self.digest_view, 3)
        layout.addLayout(top)
        layout.addWidget(self.score_view, 2)

    def reload(self) -> None:
        departments = self.departments
        self.gateway.read(lambda s: upkeep.digest(s, departments),
                          self._digest.wrap(self._show_digest), owner=self)
        self.reload_scorecard()

    def reload_scorecard(self) -> None:
        departments, days = self.departments, self.period.currentData()
        today = utcnow().date()
        period = Period("custom", today - timedelta(days=days - 1), today)
        self.gateway.read(lambda s: upkeep.own_scorecard(s, departments, period),
                          self._score.wrap(self._show_scorecard), owner=self)

    def _show_digest(self, today: upkeep.Digest) -> None:
        expiring_title = escape(self.tr("Expiring within 14 days"))
        low_title = escape(self.tr("Very low use by agents (last 90 days)"))
        flags_title = escape(self.tr("Open flags"))
        nothing = escape(self.tr("Nothing today."))

        def section(title: str, items: list[str]) -> str:
            body = "".join(f"<li>{item}</li>" for item in items) if items else f"<li>{nothing}</li>"
            return f"<h3>{title}</h3><ul>{body}</ul>"

        parts = [
            section(expiring_title, [f"{escape(q)} — {escape(local_datetime_text(until))}"
                                     for _id, q, until in today.expiring]),
            section(low_title, [f"{escape(q)} — {hits}" for _id, q, hits in today.very_low_use]),
            section(flags_title, [f"{escape(f.question)} — {escape(flag_kind_label(f.kind))}: "
                                  f"{escape(f.comment)}" for f in today.flags]),
        ]
        self.digest_view.setHtml("".join(parts))

    def _show_scorecard(self, own: upkeep.OwnScorecard) -> None:
        labels = [("department", self.tr("Department")), ("answered", self.tr("Answered")),
                  ("median_working_hours", self.tr("Median response (working h)")),
                  ("p90_working_hours", self.tr("90th percentile (working h)")),
                  ("overdue", self.tr("Overdue")), ("chases", self.tr("Chases")),
                  ("escalations", self.tr("Escalations")),
                  ("clarifications", self.tr("Clarifications"))]
        head = "".join(f"<th>{escape(label)}</th>" for _key, label in labels)
        rows = "".join(
            "<tr>" + "".join(f"<td>{escape('—' if r.get(k) is None else str(r.get(k)))}</td>"
                             for k, _label in labels) + "</tr>" for r in own.rows)
        used = escape(self.tr("Agents used %1 of our %2 live FAQ entries in the period.")
                      .replace("%1", str(own.entries_used)).replace("%2", str(own.entries_live)))
        self.score_view.setHtml(f"<table border='1' cellpadding='4'><tr>{head}</tr>{rows}"
                                f"</table><p>{used}</p>")
