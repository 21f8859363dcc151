"""(b) Resolution mix: how the questions answered in the period were resolved.

A question counts in the period its answer came in (`answered_at`), if it is still
answered now: a reopened question is back in the inbox and counts again only when it is
answered again. How it was resolved is its `resolution` (set when the answer goes back
to the agent); a question whose answer has come in but is not yet fed back has none
yet, so its latest answering event says it (answered from FAQ, by the manager, or by
the department). The in-center rate is the share resolved without a department: from
the FAQ or by the manager.
"""

from __future__ import annotations

from collections import defaultdict

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from liaison_app.core.models import Department, Event, Question, QuestionStatus, Resolution
from liaison_app.core.reports.base import (
    ChartSpec,
    Figure,
    Report,
    Table,
    bucket_index,
    in_period,
    rate,
)
from liaison_app.core.reports.period import Period
from liaison_app.core.timeutil import utcnow

S = QuestionStatus
RESOLVED_STATUSES = (S.ANSWERED_FROM_FAQ, S.ANSWER_RECEIVED, S.ANSWERED, S.CLOSED)
ANSWER_ACTIONS = {"answer_from_faq": Resolution.FAQ.value,
                  "answer_in_center": Resolution.IN_CENTER.value,
                  "receive_answer": Resolution.DEPARTMENT.value}
KINDS = (Resolution.FAQ.value, Resolution.IN_CENTER.value, Resolution.DEPARTMENT.value)


def resolution_kind():
    """SQL: how a question was resolved ("faq", "in_center" or "department")."""
    last_answer = (select(Event.action)
                   .where(Event.question_id == Question.id,
                          Event.action.in_(list(ANSWER_ACTIONS)))
                   .order_by(Event.id.desc()).limit(1)
                   .correlate(Question).scalar_subquery())
    return case(
        (Question.resolution.is_not(None), Question.resolution),
        (Question.status == S.ANSWERED_FROM_FAQ, Resolution.FAQ.value),
        else_=case(ANSWER_ACTIONS, value=last_answer, else_=Resolution.DEPARTMENT.value))


def resolved_in(period: Period):
    return in_period(Question.answered_at, period) & Question.status.in_(RESOLVED_STATUSES)


def resolution_report(session: Session, period: Period) -> Report:
    buckets = period.buckets()
    resolved = (select(resolution_kind().label("how"),
                       bucket_index(Question.answered_at, buckets).label("step"),
                       Question.department_id.label("department_id"))
                .where(resolved_in(period)).subquery())

    # One pass: counts per (trend step, resolution, department); the three tables are
    # sums of these groups (a second and third scan of the questions cost more than
    # the rest of the report on 200,000 questions).
    groups = session.execute(
        select(resolved.c.step, resolved.c.how, resolved.c.department_id, func.count())
        .group_by(resolved.c.step, resolved.c.how, resolved.c.department_id)).all()
    mix_counts: dict[str, int] = defaultdict(int)
    steps: dict[int, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    by_dept: dict[int | None, int] = defaultdict(int)
    for step, how, dept_id, n in groups:
        mix_counts[how] += n
        steps[step][how] += n
        if how == Resolution.DEPARTMENT.value:
            by_dept[dept_id] += n
    total = sum(mix_counts.values())
    mix = Table("mix", "Resolution mix", ["resolution", "questions", "share"],
                ["Resolved by", "Questions", "Share %"],
                [[k, mix_counts.get(k, 0), rate(mix_counts.get(k, 0), total)] for k in KINDS],
                ChartSpec("pie", "resolution", ["questions"]), keyed={"resolution": "resolution"})

    rows = []
    for i, b in enumerate(buckets):
        counts = steps.get(i, {})
        faq, center, dept = (counts.get(k, 0) for k in KINDS)
        rows.append([b.label, faq, center, dept, faq + center + dept,
                     rate(faq + center, faq + center + dept)])
    trend = Table("trend", "In-center resolution over time",
                  ["period", "faq", "in_center", "department", "resolved", "in_center_rate"],
                  [{"day": "Day", "week": "Week from", "month": "Month"}[period.granularity],
                   "From FAQ", "By the manager", "By departments", "Resolved",
                   "In-center rate %"],
                  rows, ChartSpec("line", "period", ["in_center_rate"]))

    names = dict(session.execute(select(Department.id, Department.name)).all())
    dept_rows = sorted(((names.get(d, "—") if d is not None else "—", n)
                        for d, n in by_dept.items()), key=lambda r: (-r[1], r[0]))
    dept_total = mix_counts.get(Resolution.DEPARTMENT.value, 0)
    by_department = Table("by_department", "Answered by departments",
                          ["department", "questions", "share"],
                          ["Department", "Questions", "Share %"],
                          [[d, n, rate(n, dept_total)] for d, n in dept_rows],
                          ChartSpec("bar", "department", ["questions"]))

    faq, center, dept = (mix_counts.get(k, 0) for k in KINDS)
    figures = [
        Figure("resolved", "Questions resolved", total),
        Figure("faq", "From FAQ", faq),
        Figure("in_center", "By the manager", center),
        Figure("department", "By departments", dept),
        Figure("in_center_rate", "In-center resolution rate", rate(faq + center, total), "%"),
    ]
    notes = [("A question counts in the period its answer came in; reopened questions count "
             "again only once answered again.")]
    return Report("resolution", "Resolution mix", period, utcnow(), figures,
                  [mix, trend, by_department], notes)
