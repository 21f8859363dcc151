"""(c) Department scorecard: how quickly and reliably each department answers queries.

Per department, for the period:
- sent: queries opened in the period; overdue, chases and escalations are of these
  (overdue: answered after its due time, or still open past it now);
- answered: queries answered in the period, whenever they were sent; response times
  (answered_at - opened_at) are of these, median and 90th percentile, in hours (and in
  working hours of the business calendar when asked).
Departments are ranked on what the center cares about: the share of their queries
answered on time first (not overdue), then the median response time; those without a
query or an answer in the period come last. Every department is listed, also one that
received no query.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime, timedelta

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from liaison_app.core.models import Department, Query
from liaison_app.core.reports.base import (
    ChartSpec,
    Figure,
    Report,
    Table,
    hours,
    in_period,
    percentile,
    rate,
    seconds_between,
)
from liaison_app.core.reports.period import Period
from liaison_app.core.timeutil import utcnow


def overdue_flag(now):
    """SQL: 1 for a query answered after its due time or still open past it at `now`."""
    return case(
        (Query.answered_at.is_not(None) & (Query.answered_at > Query.due_at), 1),
        (Query.answered_at.is_(None) & Query.is_overdue_at(now), 1),
        else_=0)


def scorecard_report(session: Session, period: Period, working_hours: bool = False) -> Report:
    now = utcnow()
    sent_rows = {row.department_id: row for row in session.execute(
        select(Query.department_id, func.count().label("sent"),
               func.sum(overdue_flag(now)).label("overdue"),
               func.sum(Query.chase_count).label("chases"),
               func.count(Query.escalated_at).label("escalations"),
               func.sum(Query.clarifications).label("clarifications"),
               func.sum(Query.paused_hours).label("paused_hours"))
        .where(in_period(Query.opened_at, period))
        .group_by(Query.department_id))}

    durations: dict[int, list[float]] = defaultdict(list)
    columns = [Query.department_id, seconds_between(Query.opened_at, Query.answered_at)]
    if working_hours:
        columns += [Query.opened_at, Query.answered_at, Query.paused_hours]
    answered_q = (select(*columns).where(in_period(Query.answered_at, period))
                  .order_by(Query.department_id, columns[1]))
    work: dict[int, list[float]] = defaultdict(list)
    calendar = None
    if working_hours:
        from liaison_app.core.correspondence.business_hours import load_calendar

        calendar = load_calendar(session)
    clock = None
    for row in session.execute(answered_q):
        durations[row[0]].append(max(float(row[1]), 0.0))
        if calendar is not None:
            if clock is None:
                clock = WorkingClock(calendar)
            # the business hours the department waited for a clarification are not its own
            work[row[0]].append(max(clock.hours_between(row[2], row[3]) - (row[4] or 0.0), 0.0))

    departments = session.execute(
        select(Department.id, Department.name, Department.active).order_by(Department.name)).all()
    records = []
    for dept_id, name, active in departments:
        sent = sent_rows.get(dept_id)
        spent = durations.get(dept_id, [])
        if not active and sent is None and not spent:
            continue
        n_sent = sent.sent if sent else 0
        overdue = int(sent.overdue or 0) if sent else 0
        record = {
            "department": name,
            "sent": n_sent,
            "answered": len(spent),
            "median_response_hours": hours(percentile(spent, 0.5)),
            "p90_response_hours": hours(percentile(spent, 0.9)),
            "overdue": overdue,
            "overdue_rate": rate(overdue, n_sent),
            "chases": int(sent.chases or 0) if sent else 0,
            "escalations": sent.escalations if sent else 0,
            "clarifications": int(sent.clarifications or 0) if sent else 0,
            "paused_hours": _round(float(sent.paused_hours or 0)) if sent else 0.0,
        }
        if working_hours:
            spent_work = sorted(work.get(dept_id, []))
            record["median_working_hours"] = _round(percentile(spent_work, 0.5))
            record["p90_working_hours"] = _round(percentile(spent_work, 0.9))
        records.append(record)
    def on_time(r: dict) -> float:
        return 100.0 - r["overdue_rate"] if r["overdue_rate"] is not None else -1.0

    records.sort(key=lambda r: (r["sent"] == 0 and r["median_response_hours"] is None,
                                -on_time(r),
                                r["median_response_hours"] is None,
                                r["median_response_hours"] or 0, r["p90_response_hours"] or 0,
                                -r["answered"], r["department"]))
    for rank, record in enumerate(records, start=1):
        record["rank"] = rank

    keys = ["rank", "department", "sent", "answered", "median_response_hours",
            "p90_response_hours", "overdue", "overdue_rate", "chases", "escalations",
            "clarifications", "paused_hours"]
    headers = ["Rank", "Department", "Sent", "Answered", "Median response h",
               "90th percentile h", "Overdue", "Overdue %", "Chases", "Escalations",
               "Clarifications", "Paused working h"]
    if working_hours:
        keys += ["median_working_hours", "p90_working_hours"]
        headers += ["Median working h", "90th percentile working h"]
    table = Table("departments", "Department scorecard", keys, headers,
                  [[r[k] for k in keys] for r in records],
                  ChartSpec("bar", "department", ["median_response_hours", "p90_response_hours"]))

    every = sorted(s for spent in durations.values() for s in spent)
    total_sent = sum(r["sent"] for r in records)
    total_overdue = sum(r["overdue"] for r in records)
    figures = [
        Figure("sent", "Queries sent", total_sent),
        Figure("answered", "Queries answered", len(every)),
        Figure("median_response_hours", "Median response", hours(percentile(every, 0.5)), "h"),
        Figure("p90_response_hours", "90th percentile", hours(percentile(every, 0.9)), "h"),
        Figure("overdue", "Overdue", total_overdue),
        Figure("overdue_rate", "Overdue rate", rate(total_overdue, total_sent), "%"),
        Figure("escalations", "Escalations", sum(r["escalations"] for r in records)),
    ]
    notes = [("Ranking: the share of queries answered on time first (100% minus the overdue "
              "rate), then the median response time; departments without queries come last."),
             ("Sent, overdue, chases and escalations count queries opened in the period; "
              "answered and response times count queries answered in it. Response time runs "
              "from the query being sent to its answer being accepted, in calendar hours. "
              "Cancelled queries are not overdue."),
             ("Clarifications count the times a department asked the manager back on its "
              "desk; its due time was paused meanwhile (paused working hours), and those hours "
              "are left out of its working-hours response times.")]
    if working_hours:
        notes.append("Working hours follow the business calendar (working days, opening hours, "
                     "holidays).")
    return Report("scorecard", "Department scorecard", period, now, figures, [table], notes)


class WorkingClock:
    """`BusinessCalendar.hours_between` for many intervals: working seconds up to the
    start of each local day are summed once, so each interval costs two look-ups instead
    of a walk over its days (tens of thousands of queries stay well within a second)."""

    def __init__(self, calendar) -> None:
        self.calendar = calendar
        self.zone = calendar.zone()
        self.before: dict[date, float] = {}  # working seconds from the first day to a day
        self.first: date | None = None
        self.last: date | None = None

    def _day_seconds(self, day: date) -> float:
        if not self.calendar.is_working_day(day):
            return 0.0
        opens = datetime.combine(day, self.calendar.opens, self.zone)
        closes = datetime.combine(day, self.calendar.closes, self.zone)
        return (closes - opens).total_seconds()

    def _extend(self, day: date) -> None:
        if self.first is None:
            self.first = self.last = day
            self.before[day] = 0.0
        while day < self.first:  # grow backwards: shift every total by the new day
            new_first = self.first - timedelta(days=1)
            add = self._day_seconds(new_first)
            self.before = {d: v + add for d, v in self.before.items()}
            self.before[new_first] = 0.0
            self.first = new_first
        while day > self.last:
            self.before[self.last + timedelta(days=1)] = (
                self.before[self.last] + self._day_seconds(self.last))
            self.last += timedelta(days=1)

    def _elapsed(self, moment: datetime) -> float:
        local = moment.astimezone(self.zone)
        day = local.date()
        self._extend(day)
        total = self.before[day]
        if self.calendar.is_working_day(day):
            opens = datetime.combine(day, self.calendar.opens, self.zone)
            closes = datetime.combine(day, self.calendar.closes, self.zone)
            total += max(0.0, (min(local, closes) - opens).total_seconds())
        return total

    def hours_between(self, start: datetime, end: datetime) -> float:
        if end <= start:
            return 0.0
        self._extend(start.astimezone(self.zone).date())  # totals are relative to the
        self._extend(end.astimezone(self.zone).date())  # first day: grow before reading
        return (self._elapsed(end) - self._elapsed(start)) / 3600


def _round(value: float | None) -> float | None:
    return None if value is None else round(value, 2)


