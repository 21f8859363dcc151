"""Translatable display names for stored values (states, resolutions, message kinds).

The database and JSON keep the stable English value; only the screen shows these.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from liaison_app.core.models import QuestionStatus


def _t(text: str) -> str:
    return QCoreApplication.translate("Labels", text)


def status_label(status: str) -> str:
    labels = {
        QuestionStatus.NEW: _t("New"),
        QuestionStatus.ANSWERED_FROM_FAQ: _t("Answered from FAQ"),
        QuestionStatus.AWAITING_DEPARTMENT: _t("Awaiting department"),
        QuestionStatus.ANSWER_RECEIVED: _t("Answer received"),
        QuestionStatus.ANSWERED: _t("Answered"),
        QuestionStatus.CLOSED: _t("Closed"),
        QuestionStatus.DUPLICATE: _t("Duplicate"),
        QuestionStatus.REJECTED: _t("Rejected"),
    }
    return labels.get(status, status)


def action_label(action: str) -> str:
    labels = {
        "forward": _t("Forwarded"),
        "answer_from_faq": _t("Answered from FAQ"),
        "route": _t("Routed to department"),
        "merge": _t("Merged as duplicate"),
        "reject": _t("Rejected"),
        "follow_up": _t("Followed up"),
        "receive_answer": _t("Answer received"),
        "answer_in_center": _t("Answered in center"),
        "feed_back": _t("Fed back to agents"),
        "close": _t("Closed"),
        "reopen": _t("Reopened"),
    }
    return labels.get(action, action)


def resolution_label(resolution: str | None) -> str:
    labels = {"faq": _t("FAQ"), "department": _t("Department"), "in_center": _t("In center")}
    return labels.get(resolution or "", resolution or "")


def message_kind_label(kind: str, direction: str) -> str:
    if kind == "email":
        return _t("Email received") if direction == "in" else _t("Email sent")
    if kind == "call":
        return _t("Phone call")
    return _t("Note")


def message_state_label(state: str) -> str:
    labels = {
        "draft": _t("draft"), "queued": _t("queued"), "sending": _t("sending"),
        "sent": _t("sent"), "failed": _t("failed"), "received": _t("received"),
        "quarantined": _t("quarantined"), "logged": _t("logged"),
    }
    return labels.get(state, state)
