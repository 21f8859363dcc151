"""What agents' use of the FAQ makes of the counts and the knowledge report (issue 18,
item 2): a use counted once per call, the use tiers from agents' uses (not the manager's
look-ups), and the KCS measures: searches ending in an answer used, searches with no
result (the words the FAQ lacks), live entries no search found."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import select

from liaison_app.core.agent_desk import usage
from liaison_app.core.faq.hits import record_hit
from liaison_app.core.faq.usage import Period, hits_per_entry
from liaison_app.core.models import ChangeLog, FaqEntry
from liaison_app.core.reports import build_report
from liaison_app.core.reports.period import custom_period
from liaison_app.core.timeutil import utcnow
from tests import factories


def test_use_is_counted_once_per_call_and_per_key(db):
    with db.sessions.begin() as s:
        entry = factories.faq_entry(s, "信用卡掛失怎麼辦", "致電熱線").id
    with db.sessions.begin() as s:
        assert usage.record_use(s, entry, "open", "agent1", "k1")
        assert not usage.record_use(s, entry, "agent_copy", "agent1", "k2")  # same call
        assert not usage.record_use(s, entry, "open", "agent1", "k1")  # the same key again
        assert usage.record_use(s, entry, "open", "agent2", "k3")  # another agent
        later = utcnow() + timedelta(seconds=usage.HIT_DEDUPE_SECONDS + 60)
        assert usage.record_use(s, entry, "open", "agent1", "k4", at=later)  # the next call
    with db.sessions() as s:
        assert s.get(FaqEntry, entry).hit_count == 3


def test_knowledge_report_shows_the_kcs_measures_and_tiers_from_agents_use(db):
    with db.sessions.begin() as s:
        used = factories.faq_entry(s, "信用卡掛失怎麼辦", "致電熱線").id
        looked_up = factories.faq_entry(s, "網銀密碼重設", "忘記密碼").id
        never = factories.faq_entry(s, "外匯額度查詢", "每年五萬美元").id
    with db.sessions.begin() as s:
        # the manager looked one entry up many times while triaging
        for _ in range(5):
            record_hit(s, looked_up, "王經理", "triage")
        usage.record_search(s, "s1", "agent1", "掛失", [used, looked_up], 2)
        usage.record_use(s, used, "open", "agent1", "u1")
        usage.settle_search(s, "s1", used_entry_id=used)
        usage.record_search(s, "s2", "agent2", "白金卡年費", [], 0)
        usage.record_search(s, "s3", "agent1", "白金卡年費", [], 0)
        usage.record_search(s, "s4", "agent2", "密碼", [looked_up], 1)
        usage.settle_search(s, "s4", outcome="not_helped")
    today = date.today()
    with db.sessions() as s:
        # the counts are the agents': the manager's look-ups no longer make an entry popular
        week = Period.last_days(7)
        assert hits_per_entry(s, week) == {used: 1}
        r = build_report(s, "knowledge", custom_period(today - timedelta(days=1), today))
    assert r.figure("searches") == 4
    assert r.figure("search_success") == 25.0
    assert r.figure("searches_no_result") == 2
    assert r.table("no_result_searches").rows[0][:2] == ["白金卡年費", 2]
    assert [row[0] for row in r.table("never_found").rows] == [never]
    # the tiers rank by agents' uses: one use in all, the manager's five look-ups aside
    assert r.figure("hits") == 1
    assert sum(row[2] for row in r.table("tiers").rows) == 1


def test_questions_still_write_the_change_log_after_the_upgrade(db):
    """0018 rebuilds `questions` on SQLite (batch ALTER), which drops its triggers: the
    live updates of every other desk depend on them being made again."""
    with db.sessions.begin() as s:
        factories.agents(s)
    qid = factories.forward(db, "A1001", "借記卡丟了怎麼掛失").question_id
    with db.sessions() as s:
        logged = s.execute(select(ChangeLog.table_name, ChangeLog.row_id)).all()
    assert ("questions", qid) in logged
