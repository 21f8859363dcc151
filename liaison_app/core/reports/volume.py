"""(a) Intake volume: questions forwarded in the period, by day/week, product and category."""

from __future__ import annotations

from sqlalchemy import Integer, cast, func, select
from sqlalchemy.orm import Session, aliased

from liaison_app.core.models import Category, Question, QuestionStatus
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

CATEGORY_SEP = " › "


def volume_report(session: Session, period: Period) -> Report:
    where = in_period(Question.created_at, period)
    total, urgent, duplicates, rejected = session.execute(
        select(func.count(),
               func.coalesce(func.sum(cast(Question.urgent, Integer)), 0),
               func.count().filter(Question.status == QuestionStatus.DUPLICATE),
               func.count().filter(Question.status == QuestionStatus.REJECTED))
        .where(where)).one()

    buckets = period.buckets()
    step = select(bucket_index(Question.created_at, buckets).label("step"),
                  Question.urgent.label("urgent")).where(where).subquery()
    by_step = {row.step: (row.n, row.urgent or 0) for row in session.execute(
        select(step.c.step, func.count().label("n"),
               func.sum(cast(step.c.urgent, Integer)).label("urgent"))
        .group_by(step.c.step))}
    trend = Table(
        "trend", "Questions forwarded over time", ["period", "questions", "urgent"],
        [_step_header(period), "Questions", "Urgent"],
        [[b.label, by_step.get(i, (0, 0))[0], int(by_step.get(i, (0, 0))[1])]
         for i, b in enumerate(buckets)],
        ChartSpec("line" if len(buckets) > 14 else "bar", "period", ["questions", "urgent"]))

    product = func.coalesce(func.nullif(Question.product, ""), "")
    products = session.execute(
        select(product.label("product"), func.count().label("n")).where(where)
        .group_by(product).order_by(func.count().desc(), product)).all()
    by_product = Table(
        "by_product", "Questions by product", ["product", "questions", "share"],
        ["Product", "Questions", "Share %"],
        [[p or "—", n, rate(n, total)] for p, n in products],
        ChartSpec("bar", "product", ["questions"], limit=12))

    parent = aliased(Category)
    categories = session.execute(
        select(parent.name, Category.name, func.count().label("n"))
        .select_from(Question)
        .outerjoin(Category, Category.id == Question.category_id)
        .outerjoin(parent, parent.id == Category.parent_id)
        .where(where)
        .group_by(parent.name, Category.name)
        .order_by(func.count().desc(), parent.name, Category.name)).all()
    by_category = Table(
        "by_category", "Questions by category", ["category", "questions", "share"],
        ["Category", "Questions", "Share %"],
        [[_category_label(p, c), n, rate(n, total)] for p, c, n in categories],
        ChartSpec("pie", "category", ["questions"], limit=8), keyed={"category": "category"})

    figures = [
        Figure("questions", "Questions forwarded", total),
        Figure("per_day", "Per day", round(total / period.days, 1)),
        Figure("urgent", "Urgent", int(urgent)),
        Figure("duplicates", "Merged as duplicates", duplicates),
        Figure("rejected", "Rejected", rejected),
    ]
    notes = [("Counted by the time a question was first forwarded; questions not yet "
             "triaged have no category (shown as uncategorised).")]
    return Report("volume", "Intake volume", period, utcnow(), figures,
                  [trend, by_product, by_category], notes)


def _step_header(period: Period) -> str:
    return {"day": "Day", "week": "Week from", "month": "Month"}[period.granularity]


def _category_label(parent: str | None, child: str | None) -> str:
    if child is None:
        return "(uncategorised)"
    return f"{parent}{CATEGORY_SEP}{child}" if parent else child
