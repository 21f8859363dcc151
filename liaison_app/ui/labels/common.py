"""Translatable display names for stored values (states, resolutions, message kinds).

The database and JSON keep the stable English value; only the screen shows these.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from liaison_app.core.models import QuestionStatus

translate = QCoreApplication.translate


def status_label(status: str) -> str:
    labels = {
        QuestionStatus.NEW: translate("Labels", "New"),
        QuestionStatus.ANSWERED_FROM_FAQ: translate("Labels", "Answered from FAQ"),
        QuestionStatus.AWAITING_DEPARTMENT: translate("Labels", "Awaiting department"),
        QuestionStatus.ANSWER_RECEIVED: translate("Labels", "Answer received"),
        QuestionStatus.ANSWERED: translate("Labels", "Answered"),
        QuestionStatus.CLOSED: translate("Labels", "Closed"),
        QuestionStatus.DUPLICATE: translate("Labels", "Duplicate"),
        QuestionStatus.REJECTED: translate("Labels", "Rejected"),
    }
    return labels.get(status, status)


def action_label(action: str) -> str:
    labels = {
        "forward": translate("Labels", "Forwarded"),
        "answer_from_faq": translate("Labels", "Answered from FAQ"),
        "route": translate("Labels", "Routed to department"),
        "merge": translate("Labels", "Merged as duplicate"),
        "reject": translate("Labels", "Rejected"),
        "follow_up": translate("Labels", "Followed up"),
        "receive_answer": translate("Labels", "Answer received"),
        "answer_in_center": translate("Labels", "Answered in center"),
        "feed_back": translate("Labels", "Fed back to agents"),
        "close": translate("Labels", "Closed"),
        "reopen": translate("Labels", "Reopened"),
    }
    return labels.get(action, action)


def resolution_label(resolution: str | None) -> str:
    labels = {"faq": translate("Labels", "FAQ"), "department": translate("Labels", "Department"), "in_center": translate("Labels", "In center")}
    return labels.get(resolution or "", resolution or "")


def message_kind_label(kind: str, direction: str) -> str:
    if kind == "email":
        return translate("Labels", "Email received") if direction == "in" else translate("Labels", "Email sent")
    if kind == "call":
        return translate("Labels", "Phone call")
    return translate("Labels", "Note")


def message_state_label(state: str) -> str:
    labels = {
        "draft": translate("Labels", "draft"), "queued": translate("Labels", "queued"), "sending": translate("Labels", "sending"),
        "sent": translate("Labels", "sent"), "failed": translate("Labels", "failed"), "received": translate("Labels", "received"),
        "quarantined": translate("Labels", "quarantined"), "logged": translate("Labels", "logged"),
        "dismissed": translate("Labels", "dismissed"),
    }
    return labels.get(state, state)


def faq_status_label(status: str) -> str:
    labels = {
        "draft": translate("Labels", "Draft"),
        "in_review": translate("Labels", "In review"),
        "published": translate("Labels", "Published"),
        "retired": translate("Labels", "Retired"),
    }
    return labels.get(status, status)
