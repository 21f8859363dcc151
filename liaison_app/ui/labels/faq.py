"""Translatable names for use tiers, flag kinds and periods (stored values stay English)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from liaison_app.core.faq.tiers import HIGH, LOW, VERY_HIGH, VERY_LOW
from liaison_app.core.models import FlagKind

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
    }.get(kind, kind)


def period_label(days: int) -> str:
    return {
        7: translate("FaqLabels", "Last 7 days"),
        30: translate("FaqLabels", "Last 30 days"),
        90: translate("FaqLabels", "Last 90 days"),
        365: translate("FaqLabels", "Last 12 months"),
    }.get(days, str(days))
