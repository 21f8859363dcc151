"""(e) Open workload: the questions still open now, by state and age, and the open
department queries. A snapshot of the present: the period does not apply to it."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import case, func, literal, select
from sqlalchemy.orm import Session

from liaison_app.core.models import (
    OPEN_STATUSES,
    Department,
    Query,
    QueryStatus,
    Question,
    UTCDateTime,
)
from liaison_app.core.reports.base import ChartSpec, Figure, Report, Table, seconds_between
from liaison_app.core.reports.period import Period
from liaison_app.core.timeutil import utcnow

# Age buckets (key, upper bound in days; None: no bound), by time since forwarding.
AGES = (("under_1d", 1), ("d1_3", 3), ("d3_7", 7), ("d7_14", 14), ("over_14d", None))
AGE_HEADERS = ("Under 1 day", "1–3 days", "3–7 days", "7–14 days", "Over 14 days")


def workload_report(session: Session, period: Period) -> Report:
    now = utcnow()
    age = case(*[(Question.created_at > now - timedelta(days=days), i)
                 for i, (_key, days) in enumerate(AGES[:-1])], else_=len(AGES) - 1)
    open_q = (select(Question.status.label("status"), age.label("age"))
              .where(Question.status.in_(OPEN_STATUSES)).subquery())
    cells: dict[str, dict[int, int]] = {}
    for status, bucket, n in session.execute(
            select(open_q.c.status, open_q.c.age, func.count())
            .group_by(open_q.c.status, open_q.c.age)):
        cells.setdefault(status, {})[bucket] = n
    rows = []
    for status in OPEN_STATUSES:
        counts = [cells.get(status, {}).get(i, 0) for i in range(len(AGES))]
        rows.append([str(status), *counts, sum(counts)])
    by_state = Table("by_state", "Open questions by state and age",
                     ["state", *[k for k, _d in AGES], "total"],
                     ["State", *AGE_HEADERS, "Total"], rows,
                     ChartSpec("stacked", "state", [k for k, _d in AGES]), keyed={"state": "state"})

    open_total = sum(r[-1] for r in rows)
    oldest = session.scalar(select(func.min(Question.created_at))
                            .where(Question.status.in_(OPEN_STATUSES)))
    overdue_questions = session.scalar(
        select(func.count()).select_from(Question)
        .where(Question.is_overdue_at(now))) or 0

    stamp = literal(now, UTCDateTime())
    late = case((Query.is_overdue_at(now), 1), else_=0)
    dept_rows = session.execute(
        select(Department.name, func.count().label("open"), func.sum(late).label("overdue"),
               seconds_between(func.min(Query.opened_at), stamp).label("oldest"))
        .join(Department, Department.id == Query.department_id)
        .where(Query.status == QueryStatus.OPEN)
        .group_by(Department.name)
        .order_by(func.count().desc(), Department.name)).all()
    by_department = Table(
        "by_department", "Open department queries", ["department", "open", "overdue",
                                                     "oldest_days"],
        ["Department", "Open queries", "Overdue", "Oldest (days)"],
        [[d, n, int(o or 0), None if s is None else round(float(s) / 86400, 1)]
         for d, n, o, s in dept_rows],
        ChartSpec("bar", "department", ["open", "overdue"]))

    figures = [
        Figure("open", "Open questions", open_total),
        Figure("overdue", "Overdue at departments", overdue_questions),
        Figure("open_queries", "Open queries", sum(r[1] for r in by_department.rows)),
        Figure("oldest_days", "Oldest open",
               None if oldest is None else round((now - oldest).total_seconds() / 86400, 1), "d"),
    ]
    notes = [("A snapshot of now: the period does not apply. Age is the time since the "
             "question was forwarded.")]
    return Report("workload", "Open workload", period, now, figures,
                  [by_state, by_department], notes)
