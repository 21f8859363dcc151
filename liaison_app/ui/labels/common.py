"""Translatable display names for stored values (states, resolutions, message kinds).

The database and JSON keep the stable English value; only the screen shows these.
"""

from __future__ import annotations

import re
from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from liaison_app.core.models import QuestionStatus
from liaison_app.ui.labels.times import local_datetime_text

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
        "absorb": translate("Labels", "Took in a duplicate"),
        "priority": translate("Labels", "Priority changed"),
        "not_duplicate": translate("Labels", "Marked as not a duplicate"),
    }
    return labels.get(action, action)


# The history's details are recorded in English by core (the command line and the audit
# read them as written); the window says them in the user's language. Each pattern is
# one detail core writes (core/questions, core/correspondence).
_DETAILS = (
    (re.compile(r"^forwarded by (\S+) \((\w+)\)$"), QT_TRANSLATE_NOOP("Labels", "forwarded by %1 (%2)")),
    (re.compile(r"^to (.+), due (.+)$"), QT_TRANSLATE_NOOP("Labels", "to %1, due %2")),
    (re.compile(r"^into (LQ-\d+)$"), QT_TRANSLATE_NOOP("Labels", "into %1")),
    (re.compile(r"^merged (LQ-\d+)$"), QT_TRANSLATE_NOOP("Labels", "merged %1 into this question")),
    (re.compile(r"^not a repeat of (LQ-\d+)$"), QT_TRANSLATE_NOOP("Labels", "not a repeat of %1")),
    (re.compile(r"^asked (.+) by mail$"), QT_TRANSLATE_NOOP("Labels", "asked %1 by mail")),
    (re.compile(r"^asked (.+) by phone$"), QT_TRANSLATE_NOOP("Labels", "asked %1 by phone")),
    (re.compile(r"^chased (.+) \((\d+)\)$"), QT_TRANSLATE_NOOP("Labels", "chased %1 (chase no. %2)")),
    (re.compile(r"^escalated to (.+) \((.+)\)$"), QT_TRANSLATE_NOOP("Labels", "escalated to %1 (%2)")),
    (re.compile(r"^answer from (.+)$"), QT_TRANSLATE_NOOP("Labels", "answer from %1")),
    (re.compile(r"^answered by phone \((.+)\)$"), QT_TRANSLATE_NOOP("Labels", "answered by phone (%1)")),
    (re.compile(r"^(.+) will call back by (.+)$"), QT_TRANSLATE_NOOP("Labels", "%1 will call back by %2")),
    (re.compile(r"^answer sent to (.+)$"), QT_TRANSLATE_NOOP("Labels", "answer sent to %1")),
    (re.compile(r"^answered by the manager$"), QT_TRANSLATE_NOOP("Labels", "answered by the manager")),
    (re.compile(r"^(\d) -> (\d)$"), QT_TRANSLATE_NOOP("Labels", "%1 → %2")),
)


def event_detail_text(action: str, detail: str) -> str:
    """An event's recorded detail in the user's language (unknown ones as written)."""
    if action == "close" and detail.startswith("resolved: "):
        return translate("Labels", "resolved: %1").replace(
            "%1", resolution_label(detail.removeprefix("resolved: ")))
    for pattern, text in _DETAILS:
        match = pattern.match(detail)
        if match:
            out = translate("Labels", text)
            for number, value in enumerate(match.groups(), 1):
                out = out.replace(f"%{number}", _recorded_time(value))
            return out
    return detail


_RECORDED_TIME = re.compile(r"^\d{4}-\d{2}-\d{2} \d{2}:\d{2}$")


def _recorded_time(value: str) -> str:
    """A time core wrote into a detail (`2026-12-03 17:30`, core.timeutil.format_local:
    local time) in the display locale's format; any other value as it is."""
    if not _RECORDED_TIME.match(value):
        return value
    try:
        moment = datetime.strptime(value, "%Y-%m-%d %H:%M").astimezone()
    except ValueError:
        return value
    return local_datetime_text(moment)


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


def datetime_edit_format() -> str:
    """The display format of date-time edits: the locale's short format (2026/12/3 06:37
    in Chinese, 12/3/2026 6:37 AM in English), with the year in full."""
    text = QLocale().dateTimeFormat(QLocale.FormatType.ShortFormat)
    return text if "yyyy" in text else text.replace("yy", "yyyy")

