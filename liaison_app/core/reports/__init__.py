"""Reports (DESIGN.md issue 7): every figure computed here, in SQL, for the command line,
the Reports page and the exports alike. Qt-free."""

from __future__ import annotations

from collections.abc import Callable

from sqlalchemy.orm import Session

from liaison_app.core.reports.base import ChartSpec, Figure, Report, Table
from liaison_app.core.reports.knowledge import knowledge_report
from liaison_app.core.reports.period import Period, custom_period, period_of
from liaison_app.core.reports.resolution import resolution_report
from liaison_app.core.reports.scorecard import scorecard_report
from liaison_app.core.reports.volume import volume_report
from liaison_app.core.reports.workload import workload_report

REPORTS: dict[str, Callable[..., Report]] = {
    "volume": volume_report,
    "resolution": resolution_report,
    "scorecard": scorecard_report,
    "knowledge": knowledge_report,
    "workload": workload_report,
}
NAMES = tuple(REPORTS)


def build_report(session: Session, name: str, period: Period, *,
                 working_hours: bool = False) -> Report:
    """The report `name` (one of NAMES) for `period`."""
    try:
        make = REPORTS[name]
    except KeyError:
        raise ValueError(f"unknown report '{name}' (expected one of {', '.join(NAMES)})") from None
    if name == "scorecard":
        return make(session, period, working_hours=working_hours)
    return make(session, period)


__all__ = ["NAMES", "REPORTS", "ChartSpec", "Figure", "Period", "Report", "Table",
           "build_report", "custom_period", "period_of"]
