"""Translatable names for use tiers, flag kinds and periods (stored values stay English)."""

from __future__ import annotations

import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from liaison_app.core.faq.tiers import HIGH, LOW, VERY_HIGH, VERY_LOW
from liaison_app.core.models import FlagKind
from liaison_app.ui.labels.common import faq_status_label

translate = QCoreApplication.translate


def tier_label(tier: str) -> str:
    return {
        VERY_HIGH: translate("FaqLabels", "Very high use"),
        HIGH: translate("FaqLabels", "High use"),
        LOW: translate("FaqLabels", "Low use"),
        VERY_LOW: translate("FaqLabels", "Very low use"),
    }.get(tier, tier)


def tier_advice(tier: str) -> str:
    return {
        VERY_HIGH: translate("FaqLabels", "Suggested: pin these entries and announce them to agents."),
        HIGH: translate("FaqLabels", "Well used: keep them current; re-categorise or re-order if agents look for them elsewhere."),
        LOW: translate("FaqLabels", "Little used: check the wording and keywords, or the category agents look in."),
        VERY_LOW: translate("FaqLabels", "Suggested: merge into a better entry or retire."),
    }.get(tier, "")


def flag_kind_label(kind: str) -> str:
    return {
        FlagKind.WRONG: translate("FaqLabels", "Wrong"),
        FlagKind.UNCLEAR: translate("FaqLabels", "Unclear"),
        FlagKind.OUTDATED: translate("FaqLabels", "Out of date"),
        FlagKind.MISSING: translate("FaqLabels", "Missing information"),
    }.get(kind, kind)


def period_label(days: int) -> str:
    return {
        7: translate("FaqLabels", "Last 7 days"),
        30: translate("FaqLabels", "Last 30 days"),
        90: translate("FaqLabels", "Last 90 days"),
        365: translate("FaqLabels", "Last 12 months"),
    }.get(days, str(days))


# The FAQ audit trail's details, as core/faq writes them in English ("center, revision 1"),
# said in the user's language; %s in the text: side names and states are translated too.
_FAQ_DETAILS = (
    (re.compile(r"^(center|department), revision (\d+): (.+)$", re.DOTALL),
     QT_TRANSLATE_NOOP("FaqLabels", "%1, revision %2: %3")),
    (re.compile(r"^(center|department), revision (\d+)$"), QT_TRANSLATE_NOOP("FaqLabels", "%1, revision %2")),
    (re.compile(r"^(center|department): (.+)$", re.DOTALL), QT_TRANSLATE_NOOP("FaqLabels", "%1: %2")),
    (re.compile(r"^revision (\d+) waits for review; revision (\d+) stays live$"),
     QT_TRANSLATE_NOOP("FaqLabels", "revision %1 waits for review; revision %2 stays live")),
    (re.compile(r"^revision (\d+): (.+)$", re.DOTALL), QT_TRANSLATE_NOOP("FaqLabels", "revision %1: %2")),
    (re.compile(r"^revision (\d+)$"), QT_TRANSLATE_NOOP("FaqLabels", "revision %1")),
    (re.compile(r"^from (LQ-\d+)$"), QT_TRANSLATE_NOOP("FaqLabels", "from %1")),
    (re.compile(r"^merged into entry (\d+)$"), QT_TRANSLATE_NOOP("FaqLabels", "merged into entry %1")),
    (re.compile(r"^from entry (\d+) \(revision (\d+)\): (.+)$", re.DOTALL),
     QT_TRANSLATE_NOOP("FaqLabels", "from entry %1 (revision %2): %3")),
    (re.compile(r"^from entry (\d+) \(revision (\d+)\)$"),
     QT_TRANSLATE_NOOP("FaqLabels", "from entry %1 (revision %2)")),
)


def side_label(side: str) -> str:
    return {"center": translate("FaqLabels", "call center"),
            "department": translate("FaqLabels", "department")}.get(side, side)


def faq_event_detail(action: str, detail: str) -> str:
    """An FAQ event's recorded detail in the user's language (unknown ones as written)."""
    if action == "restored":
        return faq_status_label(detail)
    for pattern, text in _FAQ_DETAILS:
        match = pattern.match(detail)
        if match:
            out = translate("FaqLabels", text)
            for number, value in enumerate(match.groups(), 1):
                out = out.replace(f"%{number}", side_label(value) if value in ("center", "department")
                                  else value)
            return out
    return detail

