"""Use tiers of FAQ entries (very high / high / low / very low use), for re-categorising,
merging and re-ordering the base (DESIGN.md section 1).

Shared by everyone on one database, so kept in the `settings` table under "use_tiers".
By default the tiers are the quartiles of the hit counts; a center may fix the limits
instead (e.g. very high from 200 uses, high from 50, low from 5).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from liaison_app.core.models import FaqEntry
from liaison_app.core.models.app_settings import Setting

SETTING_KEY = "use_tiers"
TIERS = ("very_high", "high", "low", "very_low")


class TierError(ValueError):
    """A tier setting is malformed; the message names the field."""


@dataclass(frozen=True)
class UseTiers:
    mode: str = "quartiles"  # "quartiles" | "fixed"
    very_high: int = 200  # fixed mode: at least this many uses
    high: int = 50
    low: int = 5  # fixed mode: below `low` is very low

    def __post_init__(self) -> None:
        if self.mode not in ("quartiles", "fixed"):
            raise TierError("use tiers: mode must be 'quartiles' or 'fixed'")
        if self.mode == "fixed":
            if min(self.very_high, self.high, self.low) < 0:
                raise TierError("use tiers: limits cannot be negative")
            if not self.very_high > self.high > self.low:
                raise TierError("use tiers: limits must fall: very high > high > low")

    def to_json(self) -> dict[str, Any]:
        return {"mode": self.mode, "very_high": self.very_high, "high": self.high, "low": self.low}

    @classmethod
    def from_json(cls, raw: dict[str, Any]) -> UseTiers:
        try:
            return cls(mode=str(raw.get("mode", "quartiles")),
                       very_high=int(raw.get("very_high", 200)),
                       high=int(raw.get("high", 50)), low=int(raw.get("low", 5)))
        except (TypeError, ValueError) as exc:
            if isinstance(exc, TierError):
                raise
            raise TierError(f"use tiers: {exc}") from exc


def load_use_tiers(session: Session) -> UseTiers:
    row = session.get(Setting, SETTING_KEY)
    if row is None or not isinstance(row.value, dict):
        return UseTiers()
    return UseTiers.from_json(row.value)


def save_use_tiers(session: Session, tiers: UseTiers) -> None:
    row = session.get(Setting, SETTING_KEY)
    if row is None:
        session.add(Setting(key=SETTING_KEY, value=tiers.to_json()))
    else:
        row.value = tiers.to_json()


def limits(session: Session, tiers: UseTiers | None = None) -> tuple[int, int, int]:
    """The hit counts where very high, high and low use begin, for this database now."""
    tiers = tiers or load_use_tiers(session)
    if tiers.mode == "fixed":
        return tiers.very_high, tiers.high, tiers.low
    counts = sorted(session.scalars(select(FaqEntry.hit_count)).all())
    if not counts:
        return 1, 1, 1
    def at(share: float) -> int:
        return counts[min(len(counts) - 1, int(share * len(counts)))]
    return at(0.75), at(0.5), at(0.25)


def tier_of(hits: int, cuts: tuple[int, int, int]) -> str:
    very_high, high, low = cuts
    if hits >= very_high:
        return "very_high"
    if hits >= high:
        return "high"
    if hits >= low:
        return "low"
    return "very_low"
