"""The detail panel: one question with its agents, full history and correspondence.

Renders the same dictionary as `liaison show --json` (core.question_json), so the panel
and the command line show the same facts. Every value is HTML-escaped.
"""

from __future__ import annotations

from datetime import datetime
from html import escape

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QTextBrowser

from liaison_app.core.questions.json_view import question_detail
from liaison_app.core.questions.workflow import allowed_actions, can_contact_department
from liaison_app.ui.gateway import DatabaseGateway, Latest
from liaison_app.ui.labels.common import (
    action_label,
    event_detail_text,
    message_kind_label,
    message_state_label,
    resolution_label,
    status_label,
)
from liaison_app.ui.labels.times import local_datetime_text

translate = QCoreApplication.translate


def _local(iso: str | None) -> str:
    if not iso:
        return ""
    return local_datetime_text(datetime.fromisoformat(iso.replace("Z", "+00:00")))  # noqa: FURB162


def _para(text: str) -> str:
    return escape(text).replace("\n", "<br>")


def _section_titles() -> dict[str, str]:
    """Escaped, translated headings (kept out of f-strings so lupdate finds them)."""
    titles = {
        "Urgent": translate("QuestionDetail", "Urgent"),
        "Customer context": translate("QuestionDetail", "Customer context"),
        "Answer": translate("QuestionDetail", "Answer"),
        "Reason for rejection": translate("QuestionDetail", "Reason for rejection"),
        "History": translate("QuestionDetail", "History"),
        "Correspondence": translate("QuestionDetail", "Correspondence"),
    }
    return {key: escape(value) for key, value in titles.items()}


def _actions(data: dict) -> list[str]:
    """What may be done now: the read model's `actions`, else the state machine's answer."""
    return data["actions"] if "actions" in data else allowed_actions(data["status"])


def _mail_links(data: dict) -> str:
    if not can_contact_department(_actions(data)):
        return ""
    qid = data["id"]
    ask = escape(translate("QuestionDetail", "Ask a department…"))
    call = escape(translate("QuestionDetail", "Log a call…"))
    return f"<p><a href='ask:{qid}'>{ask}</a> · <a href='call:{qid}'>{call}</a></p>"


def _message_extra(data: dict, m: dict) -> tuple[str, str]:
    """(text to show, links) of one message: a reply shows its new text and its actions."""
    text = m["text"] or ""
    links = []
    if m["error"] and m["direction"] == "out":
        links.append(f"<span style='color:#b00020'>{escape(m['error'])}</span>")
    if m["direction"] == "out" and m["kind"] == "email" and m["state"] in ("failed", "queued"):
        label = escape(translate("QuestionDetail", "Send again now"))
        links.append(f"<a href='retry:{m['id']}'>{label}</a>")
    if m["direction"] == "in" and m["kind"] == "email":
        from liaison_app.mail.quoting import split_reply

        text = split_reply(text)[0]
        if m.get("auto") == "bounce":
            links.append(escape(translate("QuestionDetail", "Bounce: the mail was not delivered")))
        elif m.get("auto"):
            links.append(escape(translate("QuestionDetail", "Automatic reply")))
        elif "receive_answer" in _actions(data):
            label = escape(translate("QuestionDetail", "Accept as the answer"))
            links.append(f"<a href='accept:{m['id']}'>{label}</a>")
        whole = escape(translate("QuestionDetail", "Whole message"))
        links.append(f"<a href='message:{m['id']}'>{whole}</a>")
    # The department desk's notes (issue 17): its answer is taken like a reply mail, its
    # clarification request waits for the manager's answer (the due time is paused).
    if m["direction"] == "in" and m["kind"] == "note":
        if m.get("match") == "desk_answer" and "receive_answer" in _actions(data):
            label = escape(translate("QuestionDetail", "Accept as the answer"))
            links.append(f"<a href='accept:{m['id']}'>{label}</a>")
        elif m.get("match") == "desk_clarify" and m.get("query_id"):
            label = escape(translate("QuestionDetail", "Answer the department's question…"))
            links.append(f"<a href='clarify:{m['query_id']}'>{label}</a>")
    return text, " · ".join(links)


def render_question_html(data: dict, mail_actions: bool = False) -> str:
    L = _section_titles()
    rows = [
        (translate("QuestionDetail", "Status"), escape(status_label(data["status"]))),
        (translate("QuestionDetail", "Department"), escape(data["department"] or "—")),
        (translate("QuestionDetail", "Product"), escape(data["product"] or "—")),
        (translate("QuestionDetail", "Forwarded"), _local(data["created_at"])),
    ]
    if data["due_at"]:
        rows.append((translate("QuestionDetail", "Due"), _local(data["due_at"])))
    if data["resolution"]:
        rows.append((translate("QuestionDetail", "Resolution"), escape(resolution_label(data["resolution"]))))
    if data["duplicate_of"]:
        rows.append((translate("QuestionDetail", "Duplicate of"), f"LQ-{data['duplicate_of']:06d}"))
    agents = ", ".join(
        escape(f"{a['name']} ({a['code']})") + (
            " " + escape(translate("QuestionDetail", "via %1").replace("%1", a["via"])) if a["via"] else ""
        )
        for a in data["forwarded_by"]
    )
    rows.append((translate("QuestionDetail", "Agents"), agents or "—"))
    table = "".join(f"<tr><td class='k'>{escape(k)}</td><td>{v}</td></tr>" for k, v in rows)
    parts = [
        ("<style>td.k{color:#555;padding-right:12px;white-space:nowrap} "
        "h3{margin:10px 0 4px 0} .meta{color:#666} .box{background:#f4f6f8;padding:6px}</style>"),
        f"<h2>{escape(data['ref'])}"
        + (f" <span style='color:#e65100'>{L['Urgent']}</span>" if data["urgent"] else "")
        + "</h2>",
        f"<p class='box'>{_para(data['text'])}</p>",
    ]
    if data["context"]:
        parts.append(f"<h3>{L['Customer context']}</h3><p>{_para(data['context'])}</p>")
    parts.append(f"<table>{table}</table>")
    if mail_actions:
        parts.append(_mail_links(data))
    if data["answer"]:
        parts.append(f"<h3>{L['Answer']}</h3><p class='box'>{_para(data['answer'])}</p>")
    if data["reject_reason"]:
        parts.append(f"<h3>{L['Reason for rejection']}</h3><p>{_para(data['reject_reason'])}</p>")
    parts.append(f"<h3>{L['History']}</h3><table>")
    for e in data["events"]:
        change = escape(status_label(e["to"]))
        if e["from"] and e["from"] != e["to"]:
            change = escape(status_label(e["from"])) + " → " + change
        detail = (f"<br><span class='meta'>{_para(event_detail_text(e['action'], e['detail']))}</span>"
                  if e["detail"] else "")
        parts.append(
            f"<tr><td class='k'>{_local(e['at'])}</td><td><b>{escape(action_label(e['action']))}</b>"
            f" · {escape(e['actor'])} · {change}{detail}</td></tr>"
        )
    parts.append("</table>")
    if data["messages"]:
        parts.append(f"<h3>{L['Correspondence']}</h3>")
        for m in data["messages"]:
            head = (
                f"{_local(m['at'])} · {escape(message_kind_label(m['kind'], m['direction']))}"
                f" · {escape(message_state_label(m['state']))}"
            )
            who = escape(m.get("actor") or "" if m["kind"] == "note"
                         else m["from"] if m["direction"] == "in" else m["to"])
            text, links = _message_extra(data, m) if mail_actions else (m["text"], "")
            if m.get("match") == "desk_handover":
                # a hand-over on the department desk: say who holds the query now
                to = translate("QuestionDetail", "Handed over to %1").replace(
                    "%1", m.get("to_name") or m.get("to") or "?")
                text = f"{to}\n{text}" if (text or "").strip() else to
            parts.append(
                f"<p><span class='meta'>{head}{' · ' + who if who else ''}</span><br>"
                f"<b>{escape(m['subject'])}</b><br>{_para(text)}"
                + (f"<br>{links}" if links else "") + "</p>"
            )
    return "".join(parts)


class QuestionDetailView(QTextBrowser):
    """Read-only panel; `show_question(id)` loads and renders one question."""

    shown = Signal(int)  # a question's history is on screen (it loads in the background)

    def __init__(self, gateway: DatabaseGateway, parent=None) -> None:
        super().__init__(parent)
        self._gateway = gateway
        self._latest = Latest()
        self.question_id: int | None = None
        self.setOpenLinks(False)
        # Set by the main window: handles the mail links (ask, call, accept, whole message).
        self.mail_actions = None
        self.anchorClicked.connect(self._on_link)
        self.clear_question()

    def _on_link(self, url) -> None:
        if self.mail_actions is not None:
            self.mail_actions.handle(url.toString(), self)

    def clear_question(self) -> None:
        self._latest.cancel()
        self.question_id = None
        hint = escape(self.tr("Select a question to see its history."))
        self.setHtml(f"<p style='color:#777'>{hint}</p>")

    def show_question(self, question_id: int) -> None:
        """Load the question in the background; only the newest one asked for is shown."""
        self.question_id = question_id

        def show(data) -> None:
            self.setHtml(render_question_html(
                data, mail_actions=self.mail_actions is not None and self._gateway.can_write))
            self.shown.emit(question_id)

        self._gateway.read(lambda session: question_detail(session, question_id),
                           self._latest.wrap(show), owner=self)

    def reload(self) -> None:
        if self.question_id is not None:
            self.show_question(self.question_id)
