"""The agent desk's server side, tried as the agents themselves (issue 18, items 1-3, 7, 8).

Each check connects as an agent's own login: the superuser bypasses row-level security,
so only a test run as the agent proves what the agent can reach.
"""

from __future__ import annotations

import io
import json
import socket
import sqlite3

import pytest
from sqlalchemy import create_engine, func, select, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from liaison_app.cli import main
from liaison_app.core.agent_desk import board
from liaison_app.core.agent_desk.desk import AgentDesk
from liaison_app.core.agent_desk.forwards import check_pending_duplicates
from liaison_app.core.database import open_database
from liaison_app.core.faq.bulletins import create
from liaison_app.core.models import FaqEntry, FaqHit, FaqSearch, Question
from liaison_app.core.search.faq_search import search_faq
from tests.agent_team import PREFIX, SECRET, drop_roles, make_team, url_as
from tests.conftest import PG_URL

pytestmark = [pytest.mark.db,
              pytest.mark.skipif(not PG_URL, reason="LIAISON_TEST_PG_URL not set")]


@pytest.fixture
def team(tmp_path):
    made = make_team(tmp_path)
    yield made
    made.close()
    drop_roles()


def raw(login: str, sql: str, **params) -> list[tuple]:
    engine = create_engine(url_as(login))
    try:
        with engine.begin() as conn:
            return [tuple(r) for r in conn.execute(text(sql), params)]
    finally:
        engine.dispose()


def refused(login: str, sql: str, **params) -> str:
    engine = create_engine(url_as(login))
    try:
        with pytest.raises(DBAPIError) as caught, engine.begin() as conn:
            conn.execute(text(sql), params)
        return str(caught.value.orig)
    finally:
        engine.dispose()


def test_agent_finds_the_live_base_in_either_script_and_nothing_of_a_draft(team):
    agent = team.open_as("agent1")
    with agent.sessions() as s:
        trad = [h.id for h in search_faq(s, "掛失")]
        simp = [h.id for h in search_faq(s, "挂失")]
        secret = [h.id for h in search_faq(s, SECRET)]
    assert trad == simp == [team.ids["live"]]  # not the draft, not the expired entry
    assert team.ids["draft"] not in secret
    # the manager's search sees the draft's words: the index holds them
    with team.db.sessions() as s:
        assert team.ids["draft"] in [h.id for h in search_faq(s, SECRET, published_only=False)]
    # raw SQL: the postings are closed, and the function returns nothing of the draft
    assert "permission denied" in refused("agent1", "SELECT * FROM faq_postings")
    assert raw("agent1", "SELECT * FROM liaison_live_postings(ARRAY[:t], 1000)",
               t=SECRET[:2]) == []
    assert raw("agent1", "SELECT id FROM faq_entries WHERE question LIKE '%' || :t || '%'",
               t=SECRET) == []
    # nor the words of another agent's question: the duplicate index is closed
    for table in ("question_term_sets", "question_term_counts", "question_postings"):
        assert "permission denied" in refused("agent1", f"SELECT * FROM {table}")


def test_hits_are_counted_as_the_agent_once_per_call(team, tmp_path):
    desk = AgentDesk(team.open_as("agent1"), PREFIX + "agent1", "A1001", tmp_path / "desk")
    found = desk.search("信用卡掛失")
    assert [h.id for h in found.hits][:1] == [team.ids["live"]]
    entry = team.ids["live"]
    desk.use(entry, "open", "信用卡掛失", found.hits)
    desk.use(entry, "agent_copy", "信用卡掛失", found.hits)  # the same call: no second hit
    with team.db.sessions() as s:
        hits = s.execute(select(FaqHit.actor, FaqHit.kind).where(FaqHit.entry_id == entry)).all()
        assert hits == [(PREFIX + "agent1", "open")]
        assert s.get(FaqEntry, entry).hit_count == 1
        searches = s.execute(select(FaqSearch.actor, FaqSearch.query, FaqSearch.results,
                                    FaqSearch.used_entry_id)).all()
        assert searches == [(PREFIX + "agent1", "信用卡掛失", len(found.hits), entry)]
    # another agent cannot see that search nor record one in the first agent's name
    assert raw("agent2", "SELECT id FROM faq_searches") == []
    assert "row-level security" in refused(
        "agent2", "INSERT INTO faq_searches (at, actor, query, results, shown) "
        "VALUES (now(), :a, 'x', 0, '[]')", a=PREFIX + "agent1")
    # nor count a draft
    assert "No live FAQ entry" in refused(
        "agent2", "SELECT liaison_agent_hit(:e, 'agent_copy', now(), 'kx')", e=team.ids["draft"])


def test_forward_lands_for_the_manager_with_its_duplicate_check_done(team, tmp_path):
    desk = AgentDesk(team.open_as("agent1"), PREFIX + "agent1", "A1001", tmp_path / "desk")
    key, sent = desk.forward("陳美玲轉來的房貸問題 客戶再次詢問", "卡號 6222 0212 3456 7890 123",
                             "房貸", urgent=True)
    assert sent
    with team.db.sessions.begin() as s:
        q = s.scalar(select(Question).where(Question.client_key == key))
        assert q.status == "new" and q.duplicate_checked is False and q.urgent
        assert "6222 0212" not in q.customer_context  # masked on entry
        assert check_pending_duplicates(s) == 1
    with team.db.sessions() as s:
        q = s.scalar(select(Question).where(Question.client_key == key))
        assert q.duplicate_checked and q.probable_duplicate_id == team.ids["other_q"]
    # the agent sees their own question, never the other agent's, even with raw SQL
    assert raw("agent1", "SELECT id FROM questions") == [(q.id,)]
    assert raw("agent1", "SELECT * FROM questions WHERE id = :i", i=team.ids["other_q"]) == []
    assert set(raw("agent1", "SELECT row_id FROM change_log WHERE table_name = 'questions'")) \
        == {(q.id,)}
    # sent again (a queue replayed after a lost reply): still one question
    with desk.database.sessions.begin() as s:
        from liaison_app.core.agent_desk.forwards import forward_from_desk
        again = forward_from_desk(s, "A1001", PREFIX + "agent1", key, "重送")
    assert again[0] == q.id and again[2] is False


def test_bulletin_read_is_the_agents_own_and_the_manager_sees_who_read(team, tmp_path):
    desk = AgentDesk(team.open_as("agent1"), PREFIX + "agent1", "A1001", tmp_path / "desk")
    first = desk.refresh(refresh_copy=False)
    assert [b.id for b in first.board] == [team.ids["bulletin"]] and not first.board[0].read
    desk.acknowledge(team.ids["bulletin"])
    desk.acknowledge(team.ids["bulletin"])  # twice is once
    with team.db.sessions.begin() as s:
        readers = {r.login: r.read_at is not None for r in board.readers(s, team.ids["bulletin"])}
        assert readers == {PREFIX + "agent1": True, PREFIX + "agent2": False}
        assert board.remind(s, team.ids["bulletin"], "王經理") == 1
    assert raw("agent2", "SELECT login FROM bulletin_reads") == []
    assert raw("agent2", "SELECT login FROM bulletin_reminders") == [(PREFIX + "agent2",)]
    assert "row-level security" in refused(
        "agent2", "INSERT INTO bulletin_reads (bulletin_id, login, read_at) VALUES (:b, :l, now())",
        b=team.ids["bulletin"], l=PREFIX + "agent1")


def run_cli(capsys, monkeypatch, *argv: str) -> tuple[int, str, str]:
    monkeypatch.setattr("sys.stdin", io.StringIO(""))
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_command_line_as_an_agent(team, capsys, monkeypatch):
    url = url_as("agent1")
    code, out, err = run_cli(capsys, monkeypatch, "faq", "search", "掛失", "--db", url, "--json")
    assert code == 0, err
    assert [h["id"] for h in json.loads(out)] == [team.ids["live"]]
    code, out, err = run_cli(capsys, monkeypatch, "faq", "search", SECRET, "--all", "--db", url,
                             "--json")
    assert code == 0 and team.ids["draft"] not in [h["id"] for h in json.loads(out)]
    code, out, err = run_cli(capsys, monkeypatch, "forward", "--agent", "A1001", "--text",
                             "客戶問白金卡年費", "--db", url, "--json")
    assert code == 0, err
    mine = json.loads(out)["id"]
    code, out, err = run_cli(capsys, monkeypatch, "forward", "--agent", "A1002", "--text",
                             "冒名轉問", "--db", url, "--json")
    assert code != 0 and out == ""
    assert "row-level security" in err or "permission" in err
    with team.db.sessions() as s:
        texts = set(s.scalars(select(Question.text)))
    assert "客戶問白金卡年費" in texts and "冒名轉問" not in texts
    assert raw("agent1", "SELECT id FROM questions") == [(mine,)]


def closed_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_offline_queue_survives_the_server_going_away_and_coming_back(team, tmp_path):
    folder = tmp_path / "desk"
    login = PREFIX + "agent1"
    online = team.open_as("agent1")
    desk = AgentDesk(online, login, "A1001", folder)
    first = desk.refresh()
    assert first.online and first.copy_entries == 2  # the live base only
    # the server goes away (nothing listens on the port any more)
    dead = open_database(str(make_url(url_as("agent1")).set(port=closed_port())
                             .render_as_string(hide_password=False)),
                         migrate=False, keep_idle_connections=False)
    desk.switch_database(dead)
    found = desk.search("挂失")
    assert found.offline and [h.id for h in found.hits] == [team.ids["live"]]
    assert desk.entry(team.ids["live"]).key_points == ("核對身分", "即時停卡")
    desk.use(team.ids["live"], "agent_copy", "挂失", found.hits)
    _key, sent = desk.forward("離線時轉問：白金卡年費", "", "信用卡")
    assert not sent
    update = desk.refresh()
    assert not update.online and update.pending == 3  # the search, the use, the forward
    desk.close()
    dead.close()
    # the desk starts again later (the queue is a file) and the server is back
    again = AgentDesk(online, login, "A1001", folder)
    update = again.refresh(refresh_copy=False)
    assert update.online and update.sent == 3 and update.pending == 0
    assert [q.text for q in update.questions] == ["離線時轉問：白金卡年費"]
    # the replies were lost after the commits: the desk sends everything again
    with sqlite3.connect(folder / "queue.sqlite") as conn:
        conn.execute("UPDATE items SET sent_at = NULL")
    assert again.flush() == 3
    with team.db.sessions() as s:
        assert s.scalar(select(func.count()).select_from(Question)
                        .where(Question.text == "離線時轉問：白金卡年費")) == 1
        assert s.scalar(select(func.count()).select_from(FaqHit)) == 1
        assert s.scalar(select(func.count()).select_from(FaqSearch)) == 1
        assert s.get(FaqEntry, team.ids["live"]).hit_count == 1
        assert s.scalar(select(FaqSearch.used_entry_id)) == team.ids["live"]


def test_a_reminder_and_a_new_bulletin_reach_the_agents_desk(team, tmp_path):
    desk = AgentDesk(team.open_as("agent2"), PREFIX + "agent2", "A1002", tmp_path / "desk")
    desk.refresh(refresh_copy=False)
    with team.db.sessions.begin() as s:
        assert board.remind(s, team.ids["bulletin"], "王經理") == 2
    update = desk.refresh(refresh_copy=False)
    assert [(n.kind, n.target_id) for n in update.notices] == [("reminder", team.ids["bulletin"])]
    with team.db.sessions.begin() as s:
        new = create(s, "年費調整", "白金卡年費下月調整", "王經理").id
    update = desk.refresh(refresh_copy=False)
    assert [(n.kind, n.target_id) for n in update.notices] == [("bulletin", new)]
    # both unread; the one the manager reminded about comes first
    assert [(b.id, b.read) for b in update.board] == [(team.ids["bulletin"], False), (new, False)]


def test_the_agents_postings_are_the_managers_minus_what_is_not_live(team):
    """The owner-run function cuts every draft, retired or expired entry (and their
    similar questions) out of each list, keeps the id order and the weights beside their
    ids, and nothing else: checked against the manager's own lists on a base where the
    hidden entries are interleaved with the live ones."""
    from array import array
    from datetime import UTC, datetime, timedelta

    from liaison_app.core.models import FaqPosting, FaqSimilar, FaqStatus
    from tests import factories

    past = datetime.now(UTC) - timedelta(days=1)
    with team.db.sessions.begin() as s:
        for n in range(40):
            kind = n % 4
            entry = factories.faq_entry(
                s, f"定存提前支取第{n}種情況怎麼辦", "攜帶存單到網點辦理。",
                status=FaqStatus.DRAFT if kind == 1 else FaqStatus.PUBLISHED,
                valid_until=past if kind == 2 else None)
            if kind in (0, 1):
                s.add(FaqSimilar(entry_id=entry.id, text=f"定存能不能提前取出來{n}",
                                 key=f"k{n}", source="typed"))
    from liaison_app.core.search.faq_index import rebuild_index

    with team.db.sessions.begin() as s:
        rebuild_index(s)
    with team.db.sessions() as s:
        live = set(s.scalars(select(FaqEntry.id).where(FaqEntry.is_live)))
        owner_of = dict(s.execute(select(FaqSimilar.id, FaqSimilar.entry_id)).all())
        lists = {t: (i, w) for t, i, w in s.execute(
            select(FaqPosting.term, FaqPosting.entry_ids, FaqPosting.weights)
            .where(FaqPosting.term.in_(["定存", "提前", "支取"])))}
    assert lists and len(live) > 20
    for term, (ids_bytes, weights_bytes) in lists.items():
        ids, weights = array("i"), array("f")
        ids.frombytes(ids_bytes)
        weights.frombytes(weights_bytes)
        expected = [(d, w) for d, w in zip(ids, weights)
                    if (owner_of.get(-d) if d < 0 else d) in live]
        (got,) = raw("agent1", "SELECT size, entry_ids, weights FROM "
                               "liaison_live_postings(ARRAY[:t], 1)", t=term)
        got_ids, got_weights = array("i"), array("f")
        got_ids.frombytes(bytes(got[1]))
        got_weights.frombytes(bytes(got[2]))
        assert list(zip(got_ids, got_weights)) == expected, term
        assert got[0] == 4 * len(expected)
        assert len(expected) < len(ids)  # something was cut
