"""What every report is made of, and the SQL helpers they share.

A report is plain data: key figures, tables (column keys, English headers, rows of plain
values) and, per table, how to chart it. The command line prints it as JSON, the exports
write it, the Reports page shows it; none of them computes a figure of its own.
Enumerated values (states, tiers, resolutions) stay as their stable keys in rows; the
screen translates them.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Float, case
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.sql.elements import ColumnElement
from sqlalchemy.sql.functions import FunctionElement

from liaison_app.core.reports.period import Bucket, Period


@dataclass
class ChartSpec:
    """How a table becomes a chart: `kind` bar | stacked | line | pie; categories from
    column `category`, one series per column of `values`."""

    kind: str
    category: str
    values: list[str]
    limit: int | None = None  # chart the first N rows only (the table keeps them all)


@dataclass
class Table:
    key: str
    title: str
    columns: list[str]
    headers: list[str]
    rows: list[list[Any]]
    chart: ChartSpec | None = None
    # Columns whose values are keys to translate (state, tier, resolution names).
    keyed: dict[str, str] = field(default_factory=dict)

    def column(self, key: str) -> list[Any]:
        i = self.columns.index(key)
        return [row[i] for row in self.rows]

    def records(self) -> list[dict[str, Any]]:
        return [dict(zip(self.columns, row)) for row in self.rows]


@dataclass
class Figure:
    """A key figure shown above the tables (`unit`: "", "%", "h" or "d")."""

    key: str
    label: str
    value: float | int | None
    unit: str = ""


@dataclass
class Report:
    name: str
    title: str
    period: Period
    generated_at: datetime
    figures: list[Figure]
    tables: list[Table]
    notes: list[str] = field(default_factory=list)

    def table(self, key: str) -> Table:
        return next(t for t in self.tables if t.key == key)

    def figure(self, key: str) -> Any:
        return next(f.value for f in self.figures if f.key == key)

    def as_json(self) -> dict[str, Any]:
        data: dict[str, Any] = {"report": self.name, "title": self.title,
                                "period": self.period.as_json(),
                                "from": self.period.first.isoformat(),
                                "to": self.period.last.isoformat(),
                                "generated_at": self.generated_at.strftime("%Y-%m-%dT%H:%M:%SZ"),
                                "summary": {f.key: f.value for f in self.figures}}
        for t in self.tables:
            data[t.key] = t.records()
        data["notes"] = list(self.notes)
        return data


# --- SQL helpers ------------------------------------------------------------------------

class seconds_between(FunctionElement):
    """Seconds from `a` to `b` (two timestamp columns), computed by the database."""

    type = Float()
    inherit_cache = True
    name = "seconds_between"


@compiles(seconds_between)
def _seconds_default(element, compiler, **kw):
    a, b = list(element.clauses)
    return f"EXTRACT(EPOCH FROM ({compiler.process(b, **kw)} - {compiler.process(a, **kw)}))"


@compiles(seconds_between, "sqlite")
def _seconds_sqlite(element, compiler, **kw):
    a, b = list(element.clauses)
    return (f"((julianday({compiler.process(b, **kw)}) - julianday({compiler.process(a, **kw)}))"
            " * 86400.0)")


def bucket_index(column: ColumnElement, buckets: Sequence[Bucket]) -> ColumnElement:
    """The trend step (0-based) of `column`, for rows already filtered to the period."""
    return case(*[(column < b.end, i) for i, b in enumerate(buckets[:-1])],
                else_=len(buckets) - 1)


def in_period(column: ColumnElement, period: Period) -> ColumnElement:
    return (column >= period.start) & (column < period.end)


# --- figures ----------------------------------------------------------------------------

def percentile(values: Sequence[float], share: float) -> float | None:
    """The `share` quantile of sorted `values` by linear interpolation between closest
    ranks (what spreadsheets' PERCENTILE.INC gives); None for no values."""
    if not values:
        return None
    position = (len(values) - 1) * share
    low = math.floor(position)
    high = min(low + 1, len(values) - 1)
    return values[low] + (values[high] - values[low]) * (position - low)


def hours(seconds: float | None) -> float | None:
    return None if seconds is None else round(seconds / 3600, 2)


def rate(part: float, whole: float) -> float | None:
    """A percentage with one decimal, None when there is nothing to divide by."""
    return round(100 * part / whole, 1) if whole else None
