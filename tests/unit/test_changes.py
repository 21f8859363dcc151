"""The change feed: a change made by another desk (another session or process, even raw
SQL) is seen by the poll and, on PostgreSQL, by LISTEN."""

from __future__ import annotations

import threading
import time

from sqlalchemy import text
from sqlalchemy.engine import make_url

from liaison_app.core.changes import ChangeFeed, prune
from liaison_app.core.database import open_database
from liaison_app.core.faq.hits import record_hit
from liaison_app.core.faq.review import retire
from tests import factories


def test_poll_sees_forwards_and_faq_changes_from_another_desk(db):
    with db.sessions.begin() as s:
        factories.agent(s, "A001", "張敏")
        entry = factories.faq_entry(s, "信用卡如何掛失？", "致電熱線。").id
    feed = ChangeFeed(db, listen=False)
    with db.session() as s:
        assert not feed.changed(s)  # where this desk starts
        assert not feed.changed(s)  # nothing new
    other = open_database(db.url)  # another desk
    try:
        qid = factories.forward(other, "A001", "客戶境外盜刷，掛失後能否退款？").question_id
        with db.session() as s:
            changes = feed.changed(s)
            assert changes.touches("questions", qid) and not changes.touches("questions", qid + 1)
            assert not feed.changed(s)  # each change reported once
        with other.sessions.begin() as s:
            retire(s, entry, "王經理")
        with other.engine.begin() as conn:  # raw SQL leaves its trace too
            conn.execute(text("UPDATE bulletins SET title = title"))
            conn.execute(text("UPDATE questions SET priority = 2"))
        with db.session() as s:
            changes = feed.changed(s)
            assert changes.tables == {"faq_entries", "questions"}
        with other.sessions.begin() as s:  # an agent's use of an entry is no news
            record_hit(s, entry, "A001", "copy")
        with db.session() as s:
            assert not feed.changed(s)
            assert changes.touches("faq_entries", entry) and changes.touches("questions", qid)
    finally:
        other.close()
    with db.sessions.begin() as s:
        assert prune(s, keep_hours=0) > 0


def test_listen_hears_a_commit_on_postgresql(db):
    if db.backend != "postgresql":
        feed = ChangeFeed(db)
        assert not feed.listens  # SQLite desks poll
        return
    with db.sessions.begin() as s:
        factories.agent(s, "A001", "張敏")
    feed = ChangeFeed(db, listen=True)
    try:
        assert not feed.wait(0.1)  # connects and LISTENs
        arrived: list[int] = []
        writer = threading.Timer(
            0.2, lambda: arrived.append(factories.forward(db, "A001", "外幣卡年費？").question_id))
        writer.start()
        started = time.monotonic()
        heard = feed.wait(5.0)  # returns as soon as the notice comes
        took = time.monotonic() - started
        writer.join()
        assert heard.touches("questions", arrived[0])
        assert took < 2.0
    finally:
        feed.close()


def test_a_desk_without_idle_connections_polls_and_holds_none(db):
    if db.backend != "postgresql":
        return
    name = "team-live-agent-desk"

    def held() -> int:
        with db.session() as s:
            return s.scalar(text("SELECT count(*) FROM pg_stat_activity "
                                 "WHERE application_name = :name"), {"name": name})

    def held_soon() -> int:  # a closed backend leaves pg_stat_activity a moment later
        deadline = time.monotonic() + 3
        while held() and time.monotonic() < deadline:
            time.sleep(0.05)
        return held()

    with db.sessions.begin() as s:
        factories.agent(s, "A001", "張敏")
    url = make_url(db.url).update_query_dict({"application_name": name})
    agent_desk = open_database(url.render_as_string(hide_password=False),
                               keep_idle_connections=False)
    pooled = None
    try:
        feed = ChangeFeed(agent_desk, listen=False)
        feed.poll()
        factories.forward(db, "A001", "外幣卡年費？")
        assert feed.poll().tables == {"questions"}
        assert held_soon() == 0  # the agent's desk holds nothing between polls
        pooled = open_database(url.render_as_string(hide_password=False))
        ChangeFeed(pooled, listen=False).poll()
        assert held() == 1  # a manager's pooled engine keeps its connection: the test sees it
    finally:
        agent_desk.close()
        if pooled is not None:
            pooled.close()
