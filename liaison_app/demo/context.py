"""What every part of the demo builder shares: the size, the clock, the one random
generator and the row writer, plus the small records a question's story is made of.

Determinism rests on this module: every random draw comes from `Demo.rng`, consumed by
the parts in a fixed order, and every time is an offset in seconds from the anchor (the
start of the UTC day the demo is built on).
"""

from __future__ import annotations

import bisect
import random
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from typing import Any

from sqlalchemy.orm import Session

from liaison_app.demo import vocabulary as V
from liaison_app.demo.writer import RowWriter

SEED = 20261129
M, H, D = 60, 3600, 86400
LIMIT = -10 * M  # nothing happens later than ten minutes before the anchor
CST = timezone(timedelta(hours=8))  # how the center writes times in mail text


@dataclass(frozen=True)
class SizeSpec:
    mix: tuple[tuple[str, str, int], ...]
    faq_entries: int | None  # None: one entry per (issue, product) of the vocabulary
    rich_tail: int | None  # correspondence for the newest N questions only (None: all)
    hit_scale: float
    hit_exponent: float
    text_pool: int | None  # draw question wordings from a pool of N per (issue, product)


class Demo:
    """One build's shared state: the session, the size, the anchor, the seeded generator
    and the writer; the parts (directory, FAQ, questions, correspondence) hold a reference."""

    def __init__(self, session: Session, spec: SizeSpec, anchor: datetime,
                 progress: Callable[[str], None], out: RowWriter) -> None:
        self.session = session
        self.spec = spec
        self.anchor = anchor
        self.progress = progress
        self.rng = random.Random(SEED)
        self.out = out
        self.dates: dict[int, str] = {}

    def at(self, offset: int | None) -> datetime | None:
        return None if offset is None else self.anchor + timedelta(seconds=offset)

    def local(self, offset: int) -> str:
        """`offset` as the center writes times in mail and notes (UTC+8, to the minute)."""
        day, seconds = divmod(offset + 8 * H, D)  # the anchor is a UTC midnight
        date = self.dates.get(day)
        if date is None:
            date = self.dates[day] = (self.anchor + timedelta(days=day)).strftime("%Y-%m-%d")
        return f"{date} {seconds // H:02d}:{seconds % H // M:02d}"

    def uniform(self, low: float, high: float) -> int:
        return int(self.rng.uniform(low, high))

    def weighted(self, cumulative: Sequence[float]) -> int:
        """An index drawn with the weights whose running totals are `cumulative`."""
        return bisect.bisect(cumulative, self.rng.random() * cumulative[-1])


@dataclass
class Plan:
    """A question decided before ids are given out (ids follow arrival order)."""

    created: int  # seconds relative to the anchor (negative: in the past)
    status: str
    variant: str
    issue: int
    urgent: bool
    route: int | None = None  # fixed routing time of awaiting questions
    creates: int | None = None  # index of the FAQ entry this closed question gave rise to


@dataclass
class Story:
    """A question's life: its events (action, time, actor, detail) and what they left."""

    events: list[tuple[str, int, str, str]] = field(default_factory=list)
    queries: list[dict[str, Any]] = field(default_factory=list)
    answer_at: int | None = None
    answered_by: str | None = None  # resolution
    closed_at: int | None = None


@dataclass
class Case:
    """What every step of one question's story needs to know."""

    qid: int
    plan: Plan
    issue_i: int
    issue: V.Issue
    product: str
    dept: dict[str, Any]
    agent: tuple[int, str, str]
    manager: str
    entry: int | None
    master: list | None
    thread: list[str] = field(default_factory=list)  # Message-IDs of its mail, in order
    sent: int = 0  # mails sent so far; numbers the next Message-ID
