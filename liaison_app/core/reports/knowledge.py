"""(d) Knowledge health: how the FAQ base carries the load and how it grows from answers.

- Use tiers: entries ranked by their hits in the period and cut into quartiles (very
  high, high, low, very low); ties share a tier (the lower one when a tie straddles a
  cut, so entries never used are all "very low"). The entries ranked are those published
  now and any other entry used in the period.
- New vs known: of the questions forwarded in the period (duplicates and rejected ones
  aside), the share the FAQ already answered; questions still untriaged are shown apart.
- Link rate: the share of questions resolved in the period linked to an FAQ entry.
- Entries created from questions (created in the period), and the time from the source
  question's answer to the entry's publication (the entry's current `published_at`: a
  republished entry counts from its latest publication, an approximation).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import case, exists, func, or_, select
from sqlalchemy.orm import Session

from liaison_app.core.faq.usage import counted_hits
from liaison_app.core.models import (
    FaqEntry,
    FaqFlag,
    FaqHit,
    FaqSearch,
    FaqStatus,
    Question,
    QuestionFaqLink,
    QuestionStatus,
    Resolution,
)
from liaison_app.core.reports.base import (
    ChartSpec,
    Figure,
    Report,
    Table,
    in_period,
    percentile,
    rate,
    seconds_between,
)
from liaison_app.core.reports.period import Period
from liaison_app.core.reports.resolution import RESOLVED_STATUSES, resolved_in
from liaison_app.core.timeutil import utcnow

TIERS = ("very_high", "high", "low", "very_low")
TOP_ENTRIES = 10
S = QuestionStatus


def knowledge_report(session: Session, period: Period) -> Report:
    hits = (select(FaqHit.entry_id, func.count().label("hits"))
            .where(in_period(FaqHit.at, period), counted_hits(session))
            .group_by(FaqHit.entry_id).subquery())
    used = func.coalesce(hits.c.hits, 0)
    population = (select(FaqEntry.id, used.label("hits"))
                  .outerjoin(hits, hits.c.entry_id == FaqEntry.id)
                  .where(or_(FaqEntry.status == FaqStatus.PUBLISHED, hits.c.hits.is_not(None)))
                  .subquery())
    spread = func.cume_dist().over(order_by=population.c.hits.desc())
    ranked = select(case((spread <= 0.25, 0), (spread <= 0.5, 1), (spread <= 0.75, 2),
                         else_=3).label("tier"), population.c.hits).subquery()
    tier_rows = {t: (n, int(h or 0)) for t, n, h in session.execute(
        select(ranked.c.tier, func.count(), func.sum(ranked.c.hits)).group_by(ranked.c.tier))}
    total_hits = sum(h for _n, h in tier_rows.values())
    tiers = Table("tiers", "FAQ use tiers", ["tier", "entries", "hits", "hit_share"],
                  ["Use tier", "Entries", "Hits", "Share of hits %"],
                  [[key, tier_rows.get(i, (0, 0))[0], int(tier_rows.get(i, (0, 0))[1]),
                    rate(tier_rows.get(i, (0, 0))[1], total_hits)] for i, key in enumerate(TIERS)],
                  ChartSpec("pie", "tier", ["hits"]), keyed={"tier": "tier"})

    top_rows = session.execute(
        select(FaqEntry.id, FaqEntry.question, hits.c.hits)
        .join(hits, hits.c.entry_id == FaqEntry.id)
        .order_by(hits.c.hits.desc(), FaqEntry.id).limit(TOP_ENTRIES)).all()
    top = Table("top_entries", "Most used FAQ entries", ["entry", "question", "hits"],
                ["Entry", "Question", "Hits"], [[i, q, n] for i, q, n in top_rows],
                ChartSpec("bar", "question", ["hits"]))

    # An answer from the FAQ leads straight to answered_from_faq, whose resolution is
    # "faq" from then on: no event look-up is needed to tell it (see resolution_kind).
    pending = case(
        (Question.status == S.NEW, "untriaged"),
        (Question.status == S.ANSWERED_FROM_FAQ, "known"),
        (Question.status.in_(RESOLVED_STATUSES)
         & (Question.resolution == Resolution.FAQ.value), "known"),
        else_="new")
    forwarded = (select(pending.label("kind"))
                 .where(in_period(Question.created_at, period),
                        Question.status.not_in((S.DUPLICATE, S.REJECTED))).subquery())
    kinds = dict(session.execute(
        select(forwarded.c.kind, func.count()).group_by(forwarded.c.kind)).all())
    known, new, untriaged = kinds.get("known", 0), kinds.get("new", 0), kinds.get("untriaged", 0)
    all_kinds = known + new + untriaged
    new_vs_known = Table("new_vs_known", "New vs known questions",
                         ["kind", "questions", "share"], ["Questions", "Count", "Share %"],
                         [["known", known, rate(known, all_kinds)],
                          ["new", new, rate(new, all_kinds)],
                          ["untriaged", untriaged, rate(untriaged, all_kinds)]],
                         ChartSpec("pie", "kind", ["questions"]), keyed={"kind": "knowledge"})

    linked = exists().where(QuestionFaqLink.question_id == Question.id)
    resolved, with_link = session.execute(
        select(func.count(), func.coalesce(func.sum(case((linked, 1), else_=0)), 0))
        .where(resolved_in(period))).one()

    created_total = session.scalar(
        select(func.count()).select_from(FaqEntry)
        .where(in_period(FaqEntry.created_at, period))) or 0
    from_questions = session.scalar(
        select(func.count(func.distinct(QuestionFaqLink.entry_id)))
        .join(FaqEntry, FaqEntry.id == QuestionFaqLink.entry_id)
        .where(QuestionFaqLink.relation == "created",
               in_period(FaqEntry.created_at, period))) or 0
    lags = [float(s) for (s,) in session.execute(
        select(seconds_between(Question.answered_at, FaqEntry.published_at).label("lag"))
        .select_from(QuestionFaqLink)
        .join(FaqEntry, FaqEntry.id == QuestionFaqLink.entry_id)
        .join(Question, Question.id == QuestionFaqLink.question_id)
        .where(QuestionFaqLink.relation == "created", Question.answered_at.is_not(None),
               in_period(FaqEntry.published_at, period))
        .order_by("lag"))]
    median_lag = percentile(lags, 0.5)
    # Flags still open at the end of the period (raised before it ended, not resolved by then).
    open_flags = session.scalar(select(func.count()).select_from(FaqFlag).where(
        FaqFlag.flagged_at < period.end,
        or_(FaqFlag.resolved_at.is_(None), FaqFlag.resolved_at >= period.end))) or 0

    kcs = kcs_measures(session, period)
    figures = [
        Figure("hits", "FAQ uses", int(total_hits)),
        Figure("searches", "Agents' searches", kcs.searches),
        Figure("search_success", "Searches ending in an answer used",
               rate(kcs.ended_in_use, kcs.searches), "%"),
        Figure("searches_no_result", "Searches with no result", kcs.no_result),
        Figure("entries_never_found", "Live entries never found", len(kcs.never_found)),
        Figure("known_share", "Already in the FAQ", rate(known, known + new), "%"),
        Figure("link_rate", "Answers linked to FAQ", rate(with_link, resolved), "%"),
        Figure("entries_created", "Entries created", created_total),
        Figure("entries_from_questions", "Entries from questions", from_questions),
        Figure("answer_to_publication_days", "Answer to publication",
               None if median_lag is None else round(median_lag / 86400, 1), "d"),
        Figure("open_flags", "Open flags", open_flags),
    ]
    notes = [
        ("Known share: questions answered from the FAQ among those triaged (untriaged "
        "questions are left out of the share)."),
        ("Answer to publication: median days from the source question's answer to the "
        "entry's publication time as stored (a republished entry counts from its latest "
        "publication)."),
        "Open flags: flags raised before the period ended and not resolved by then.",
        ("Searches are those settled on agents' desks (a query left alone, or an answer "
         "opened from it); one ends in an answer used when an answer was opened or copied "
         "from it, or the agent said it answered the question. Use tiers count agents' "
         "uses once there are any."),
    ]
    no_result = Table("no_result_searches", "Searches with no result",
                      ["query", "searches", "last"], ["Words searched", "Searches", "Last"],
                      [[q, n, last] for q, n, last in kcs.no_result_queries])
    never = Table("never_found", "Live entries never found", ["entry", "question"],
                  ["Entry", "Question"], [[i, q] for i, q in kcs.never_found[:NEVER_FOUND_ROWS]])
    return Report("knowledge", "Knowledge health", period, utcnow(), figures,
                  [tiers, top, new_vs_known, no_result, never], notes)


NO_RESULT_ROWS = 50
NEVER_FOUND_ROWS = 200
# Searches whose shown entries are read for "never found": the newest this many of the
# period (the list is read in Python); beyond it the measure covers the newest searches.
SHOWN_SCAN = 200_000


@dataclass
class KcsMeasures:
    searches: int
    ended_in_use: int
    no_result: int
    no_result_queries: list[tuple[str, int, object]]
    never_found: list[tuple[int, str]]


def kcs_measures(session: Session, period: Period) -> KcsMeasures:
    """The KCS measures of the agents' searches in the period: how many ended in an answer
    used, which words found nothing (what the FAQ lacks: entries or similar questions to
    write), and which live entries no search showed."""
    in_range = in_period(FaqSearch.at, period)
    used = or_(FaqSearch.used_entry_id.is_not(None), FaqSearch.outcome == "answered")
    searches, ended, empty = session.execute(
        select(func.count(), func.coalesce(func.sum(case((used, 1), else_=0)), 0),
               func.coalesce(func.sum(case((FaqSearch.results == 0, 1), else_=0)), 0))
        .where(in_range)).one()
    queries = session.execute(
        select(FaqSearch.query, func.count().label("n"), func.max(FaqSearch.at))
        .where(in_range, FaqSearch.results == 0).group_by(FaqSearch.query)
        .order_by(func.count().desc(), FaqSearch.query).limit(NO_RESULT_ROWS)).all()
    shown: set[int] = set()
    for (ids,) in session.execute(select(FaqSearch.shown).where(in_range)
                                  .order_by(FaqSearch.id.desc()).limit(SHOWN_SCAN)):
        shown.update(ids or ())
    never = [(i, q) for i, q in session.execute(
        select(FaqEntry.id, FaqEntry.question).where(FaqEntry.is_live_at(period.end))
        .order_by(FaqEntry.id)) if i not in shown] if searches else []
    return KcsMeasures(int(searches), int(ended), int(empty),
                       [(q, int(n), at) for q, n, at in queries], never)
