"""Report figures against expectations worked out by hand on `tests/report_data.py`
(SQLite and PostgreSQL), with the edge cases: empty period, an answer across the
period's end, a department without queries, a reopened question."""

from __future__ import annotations

from datetime import UTC, date, timedelta

import pytest

from liaison_app.core.models import Department, Query, Question
from liaison_app.core.reports import NAMES, build_report
from liaison_app.core.reports.base import percentile
from liaison_app.core.reports.period import custom_period, period_of
from liaison_app.core.timeutil import utcnow
from tests.report_data import BEIJING, EMPTY, NEXT_WEEK, WEEK, build


@pytest.fixture
def data(db):
    with db.sessions.begin() as session:
        ids = build(session)
    return db, ids


def report(db, name, period, **kw):
    with db.session() as session:
        return build_report(session, name, period, **kw)


def test_periods_are_local_days_in_utc():
    assert (WEEK.first, WEEK.last) == (date(2026, 3, 2), date(2026, 3, 8))
    assert WEEK.start.isoformat() == "2026-03-01T16:00:00+00:00"
    assert WEEK.end.isoformat() == "2026-03-08T16:00:00+00:00"
    assert [b.label for b in WEEK.buckets()][:2] == ["2026-03-02", "2026-03-03"]
    month = period_of("month", date(2026, 2, 14), BEIJING)
    assert (month.first, month.last) == (date(2026, 2, 1), date(2026, 2, 28))
    quarter = period_of("quarter", date(2026, 11, 29), BEIJING)
    assert (quarter.first, quarter.last) == (date(2026, 10, 1), date(2026, 12, 31))
    assert quarter.granularity == "week" and quarter.buckets()[0].label == "2026-10-01"
    assert quarter.buckets()[1].first == date(2026, 10, 5)  # weeks start on Monday
    assert quarter.shifted(1).first == date(2027, 1, 1)
    assert month.shifted(-2).first == date(2025, 12, 1)
    with pytest.raises(ValueError):
        custom_period(date(2026, 3, 2), date(2026, 3, 1))


def test_percentile_interpolates_between_ranks():
    assert percentile([], 0.5) is None
    assert percentile([3.0], 0.9) == 3.0
    assert percentile([22.0, 23.0], 0.5) == 22.5
    assert percentile([3.0, 22.0, 23.0], 0.9) == pytest.approx(22.8)


def test_volume_counts_questions_by_local_forwarding_day(data):
    db, _ids = data
    r = report(db, "volume", WEEK)
    # Q1 (00:30 local on 2 March), Q2-Q6, Q8-Q10, Q12; not Q7 (1 March) nor Q11.
    assert r.figure("questions") == 10
    assert r.figure("urgent") == 1
    assert (r.figure("duplicates"), r.figure("rejected")) == (1, 1)
    trend = dict(zip(r.table("trend").column("period"), r.table("trend").column("questions")))
    assert trend == {"2026-03-02": 1, "2026-03-03": 2, "2026-03-04": 2, "2026-03-05": 1,
                     "2026-03-06": 2, "2026-03-07": 1, "2026-03-08": 1}
    products = {row[0]: row[1] for row in r.table("by_product").rows}
    assert products == {"白金信用卡": 2, "借記卡": 2, "—": 6}
    categories = {row[0]: row[1] for row in r.table("by_category").rows}
    assert categories == {"銀行卡 › 掛失": 2, "(uncategorised)": 8}


def test_resolution_mix_counts_answers_in_the_period(data):
    db, _ids = data
    r = report(db, "resolution", WEEK)
    # Q1, Q4, Q7 by departments; Q2 from FAQ; Q3, Q12 by the manager. Not Q5 (answered
    # the next week) nor Q6 (reopened: back to new).
    assert {row[0]: row[1] for row in r.table("mix").rows} == {
        "faq": 1, "in_center": 2, "department": 3}
    assert r.figure("resolved") == 6
    assert r.figure("in_center_rate") == 50.0
    assert {row[0]: row[1] for row in r.table("by_department").rows} == {
        "信用卡部": 2, "個人金融部": 1}
    trend = {row[0]: row[1:] for row in r.table("trend").rows}
    assert trend["2026-03-03"] == [1, 0, 1, 2, 50.0]  # Q2 from FAQ, Q1 by card
    assert trend["2026-03-08"] == [0, 0, 0, 0, None]

    later = report(db, "resolution", NEXT_WEEK)
    assert later.figure("resolved") == 1 and later.figure("department") == 1  # Q5


def test_scorecard_by_hand(data):
    db, _ids = data
    r = report(db, "scorecard", WEEK)
    rows = {row["department"]: row for row in r.table("departments").records()}
    deposits, card, loans = rows["個人金融部"], rows["信用卡部"], rows["貸款部"]
    # Deposits: Q4 and Q10 sent; Q4 answered in 3 h; Q10 open past due, chased twice, escalated.
    assert deposits == {"rank": 1, "department": "個人金融部", "sent": 2, "answered": 1,
                        "median_response_hours": 3.0, "p90_response_hours": 3.0,
                        "overdue": 1, "overdue_rate": 50.0, "chases": 2, "escalations": 1,
                        "clarifications": 0, "paused_hours": 0.0}
    # Card: Q1 and Q5 sent (both late); Q1 (23 h) and Q7 (22 h, sent before) answered.
    assert card == {"rank": 2, "department": "信用卡部", "sent": 2, "answered": 2,
                    "median_response_hours": 22.5, "p90_response_hours": 22.9,
                    "overdue": 2, "overdue_rate": 100.0, "chases": 1, "escalations": 0,
                    "clarifications": 0, "paused_hours": 0.0}
    # Loans received nothing: listed, last, without times or rates.
    assert loans == {"rank": 3, "department": "貸款部", "sent": 0, "answered": 0,
                     "median_response_hours": None, "p90_response_hours": None,
                     "overdue": 0, "overdue_rate": None, "chases": 0, "escalations": 0,
                     "clarifications": 0, "paused_hours": 0.0}
    assert r.figure("median_response_hours") == 22.0
    assert r.figure("p90_response_hours") == 22.8
    assert (r.figure("sent"), r.figure("overdue"), r.figure("overdue_rate")) == (4, 3, 75.0)

    later = {row["department"]: row for row in
             report(db, "scorecard", NEXT_WEEK).table("departments").records()}
    assert later["信用卡部"]["answered"] == 1 and later["信用卡部"]["sent"] == 0
    assert later["信用卡部"]["median_response_hours"] == 13.0  # Q5 across the boundary


def test_scorecard_working_hours_follow_the_calendar(data):
    db, _ids = data
    r = report(db, "scorecard", WEEK, working_hours=True)
    rows = {row["department"]: row for row in r.table("departments").records()}
    # Q4: Thursday 10:00 to 13:00 local (if the machine's zone is used, still 3 h or less).
    assert 0 <= rows["個人金融部"]["median_working_hours"] <= 3.0
    assert "median_working_hours" in r.table("departments").columns


def test_knowledge_health_by_hand(data):
    db, ids = data
    r = report(db, "knowledge", WEEK)
    tiers = {row[0]: row[1:] for row in r.table("tiers").rows}
    # Ranked: E1 (3 hits), E2 (1), E3 and E4 (0); E5 is retired and unused.
    assert tiers == {"very_high": [1, 3, 75.0], "high": [1, 1, 25.0], "low": [0, 0, 0.0],
                     "very_low": [2, 0, 0.0]}
    assert [row[0] for row in r.table("top_entries").rows] == [ids["e1"], ids["e2"]]
    kinds = {row[0]: row[1] for row in r.table("new_vs_known").rows}
    assert kinds == {"known": 1, "new": 6, "untriaged": 1}  # Q6 reopened: untriaged
    assert r.figure("known_share") == 14.3  # 1 of 7 triaged
    assert r.figure("link_rate") == 33.3  # Q2 and Q3 of the 6 resolved
    assert (r.figure("entries_created"), r.figure("entries_from_questions")) == (1, 1)
    assert r.figure("answer_to_publication_days") == 2.0
    assert r.figure("hits") == 4 and r.figure("open_flags") == 0


def test_open_flags_are_those_still_open_when_the_period_ends(data):
    from liaison_app.core.models import FaqFlag

    db, ids = data
    end = WEEK.end
    with db.session() as s, s.begin():
        s.add_all([
            FaqFlag(entry_id=ids["e1"], kind="outdated", flagged_at=end - timedelta(days=2)),
            FaqFlag(entry_id=ids["e2"], kind="unclear", flagged_at=end - timedelta(days=2),
                    resolved_at=end - timedelta(days=1), resolved_by="王經理"),
            FaqFlag(entry_id=ids["e2"], kind="wrong", flagged_at=end - timedelta(days=1),
                    resolved_at=end + timedelta(days=1), resolved_by="王經理"),
            FaqFlag(entry_id=ids["e1"], kind="wrong", flagged_at=end + timedelta(hours=1)),
        ])
    assert report(db, "knowledge", WEEK).figure("open_flags") == 2


@pytest.mark.parametrize("name", NAMES)
def test_figures_are_plain_json_values(data, name):
    """Ints, floats, strings and None only (PostgreSQL's sums come back as Decimal)."""
    import json

    db, _ids = data
    payload = report(db, name, WEEK, working_hours=True).as_json()
    assert json.loads(json.dumps(payload)) == payload

    def plain(value):
        if isinstance(value, dict):
            return all(plain(v) for v in value.values())
        if isinstance(value, list):
            return all(plain(v) for v in value)
        return value is None or type(value) in (int, float, str, bool)

    assert plain(payload)


@pytest.mark.parametrize("name", NAMES)
def test_an_empty_period_gives_zeros_not_errors(data, name):
    db, _ids = data
    r = report(db, name, EMPTY)
    payload = r.as_json()
    assert payload["from"] == "2025-01-01" and payload["to"] == "2025-01-31"
    if name == "volume":
        assert r.figure("questions") == 0 and r.table("by_product").rows == []
        assert len(r.table("trend").rows) == 31 and set(r.table("trend").column("questions")) == {0}
    if name == "resolution":
        assert r.figure("resolved") == 0 and r.figure("in_center_rate") is None
    if name == "scorecard":
        assert [row["sent"] for row in payload["departments"]] == [0, 0, 0]
        assert r.figure("median_response_hours") is None
    if name == "knowledge":
        assert r.figure("hits") == 0 and r.figure("known_share") is None


def test_workload_is_open_questions_by_state_and_age(db):
    now = utcnow()
    with db.sessions.begin() as session:
        dept = Department(name="個人金融部")
        session.add(dept)
        session.flush()
        for hours_ago, status in ((2, "new"), (50, "awaiting_department"),
                                  (20 * 24, "answer_received"), (3, "closed")):
            q = Question(text="x", status=status, created_at=now - timedelta(hours=hours_ago),
                         due_at=now - timedelta(hours=1) if status == "awaiting_department" else None,
                         department_id=dept.id if status == "awaiting_department" else None)
            session.add(q)
            session.flush()
            if status == "awaiting_department":
                session.add(Query(question_id=q.id, department_id=dept.id,
                                  opened_at=now - timedelta(hours=48),
                                  due_at=now - timedelta(hours=1)))
    r = report(db, "workload", WEEK)
    rows = {row[0]: row[1:] for row in r.table("by_state").rows}
    assert rows["new"] == [1, 0, 0, 0, 0, 1]
    assert rows["awaiting_department"] == [0, 1, 0, 0, 0, 1]
    assert rows["answer_received"] == [0, 0, 0, 0, 1, 1]
    assert rows["answered_from_faq"] == [0, 0, 0, 0, 0, 0]
    assert (r.figure("open"), r.figure("overdue"), r.figure("open_queries")) == (3, 1, 1)
    assert r.figure("oldest_days") == 20.0
    assert r.table("by_department").rows == [["個人金融部", 1, 1, 2.0]]


def test_working_clock_agrees_with_the_business_calendar():
    from datetime import datetime

    from liaison_app.core.correspondence.business_hours import BusinessCalendar
    from liaison_app.core.reports.scorecard import WorkingClock

    calendar = BusinessCalendar(timezone_name="Asia/Shanghai",
                                holidays=frozenset({date(2026, 3, 4)}),
                                extra_workdays=frozenset({date(2026, 3, 8)}))
    clock = WorkingClock(calendar)
    utc = UTC
    moments = [datetime(2026, 3, d, h, m, tzinfo=utc) for d in (1, 2, 3, 5, 7, 8, 9)
               for h, m in ((0, 10), (3, 0), (9, 45), (20, 0))]
    for start in moments[::-1]:  # later days first: the clock also grows backwards
        for end in moments:
            assert clock.hours_between(start, end) == pytest.approx(
                calendar.hours_between(start, end), abs=1e-9)


def test_scorecard_ranks_answered_on_time_before_speed(db):
    """Issue 14 item 10: a fast department with most answers overdue ranked above one
    that answered everything on time."""
    from tests import factories as make
    from tests.report_data import L

    with db.sessions.begin() as s:
        fast = make.department(s, "甲部")
        steady = make.department(s, "乙部")
        make.agents(s)
    qid = make.forward(db, "A1001", "測試").question_id
    with db.sessions.begin() as s:
        for n in range(3):  # fast: answered in 1 h, but two of three after their due time
            due = L(3, 9) if n < 2 else L(5, 9)
            s.add(Query(question_id=qid, department_id=fast.id, opened_at=L(3 + n, 10),
                        due_at=due, answered_at=L(3 + n, 11), status="answered"))
        for n in range(3):  # steady: 20 h each, always before the due time
            s.add(Query(question_id=qid, department_id=steady.id, opened_at=L(3, 8 + n),
                        due_at=L(5, 9), answered_at=L(4, 4 + n), status="answered"))
    r = report(db, "scorecard", WEEK)
    ranked = [row["department"] for row in r.table("departments").records()]
    assert ranked == ["乙部", "甲部"]
    assert any("on time first" in note for note in r.notes)
    assert not any("answered_at" in note for note in r.notes)
