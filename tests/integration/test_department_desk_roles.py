"""The department desk on PostgreSQL, signed in *as* department contacts (`dept_*`
logins): the desk's core works through the server's policies, and raw SQL as the contact
can do exactly the desk's three notes and nothing more (the superuser would bypass
row-level security, so nothing here runs as it except the set-up)."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError

from liaison_app.core.database import open_database
from liaison_app.core.errors import DomainError
from liaison_app.core.faq import co_review
from liaison_app.core.faq.flags import flag_entry
from liaison_app.core.faq.review import ReviewError, approve, publish, submit
from liaison_app.core.models import (
    FaqApproval,
    FaqEntry,
    FaqEvent,
    FaqHit,
    Message,
    Query,
    Question,
    QuestionStatus,
)
from liaison_app.core.models.app_settings import Setting
from liaison_app.core.models.correspondence import Attachment
from liaison_app.core.reports.knowledge import knowledge_report
from liaison_app.core.reports.period import Period
from liaison_app.core.team import admin, department_upkeep, sign_in
from liaison_app.core.team import department_desk as desk
from liaison_app.core.team.people import Desk
from liaison_app.core.timeutil import utcnow
from tests import factories
from tests.conftest import PG_URL, _open_test_db

pytestmark = [pytest.mark.db,
              pytest.mark.skipif(not PG_URL, reason="LIAISON_TEST_PG_URL not set")]

PREFIX = "dept_desk_"


def drop_test_roles() -> None:
    engine = create_engine(PG_URL)
    with engine.begin() as conn:
        for (name,) in conn.execute(text("SELECT rolname FROM pg_roles WHERE rolname LIKE :p"),
                                    {"p": PREFIX + "%"}):
            conn.execute(text(f'DROP OWNED BY "{name}"'))
            conn.execute(text(f'DROP ROLE IF EXISTS "{name}"'))
    engine.dispose()


def url_as(login: str) -> str:
    return make_url(PG_URL).set(username=PREFIX + login, password=None) \
        .render_as_string(hide_password=False)


@pytest.fixture
def team(tmp_path):
    """Two departments with one open query each; two contacts of 信用卡部 and one of
    電子銀行部 (the server here trusts 127.0.0.1: no passwords needed)."""
    drop_test_roles()
    db = _open_test_db("postgresql", tmp_path)
    ids: dict[str, int] = {}
    with db.sessions.begin() as s:
        card = factories.department(s, "信用卡部")
        ebank = factories.department(s, "電子銀行部")
        for key, dept in (("card", card), ("ebank", ebank)):
            q = Question(text=f"{dept.name}：客戶卡號 6222021234567890 年費？",
                         status=QuestionStatus.AWAITING_DEPARTMENT, department_id=dept.id)
            s.add(q)
            s.flush()
            query = Query(question_id=q.id, department_id=dept.id)
            s.add(query)
            s.flush()
            ids[key + "_q"], ids[key + "_query"], ids[key] = q.id, query.id, dept.id
        admin.add_person(s, PREFIX + "lin", "林聯絡人", ["department"], ["信用卡部"], password="F-1")
        admin.add_person(s, PREFIX + "wu", "吳聯絡人", ["department"], ["信用卡部"], password="F-1")
        admin.add_person(s, PREFIX + "ma", "馬聯絡人", ["department"], ["電子銀行部"], password="F-1")
    yield db, ids
    db.close()
    drop_test_roles()


@pytest.fixture
def signed_in():
    opened = []

    def open_as(login: str):
        database = open_database(url_as(login))
        sign_in.attach_access(database)
        opened.append(database)
        return database

    yield open_as
    for database in opened:
        database.close()


def raw(login: str, sql: str, **params) -> list[tuple]:
    engine = create_engine(url_as(login))
    try:
        with engine.begin() as conn:
            result = conn.execute(text(sql), params)
            return [tuple(r) for r in result] if result.returns_rows else []
    finally:
        engine.dispose()


def refused(login: str, sql: str, **params) -> str:
    with pytest.raises(DBAPIError) as caught:
        raw(login, sql, **params)
    return str(caught.value.orig)


NOTE = ("INSERT INTO messages (question_id, query_id, direction, kind, state, subject,"
        " body_text, from_addr, to_addrs, cc_addrs, attempts, is_auto_reply, actor,"
        " created_at, match_method) VALUES (:q, :qq, 'in', 'note', 'received', 's', 'b', '',"
        " :to, '', 0, false, current_user, now(), :m)")


def test_the_contact_gets_the_department_desk_and_only_their_departments_queue(team, signed_in):
    _, ids = team
    lin = signed_in("lin")
    assert lin.access.desk == Desk.DEPARTMENT
    with lin.session() as s:
        queue = desk.my_queue(s)  # no filter in the client: the server alone confines it
    assert [q.query_id for q in queue] == [ids["card_query"]]
    assert "6222021234567890" not in queue[0].question and "7890" in queue[0].question
    with lin.session() as s:
        assert s.get(Query, ids["ebank_query"]) is None
        assert desk.thread(s, ids["ebank_query"]) == []


def test_answer_clarify_and_hand_over_as_the_contact(team, signed_in):
    db, ids = team
    lin = signed_in("lin")
    with lin.sessions.begin() as s:
        desk.ask_clarification(s, ids["card_query"], "請提供卡別", PREFIX + "lin")
    with db.session() as s:
        query = s.get(Query, ids["card_query"])
        assert query.paused_at is not None and query.clarifications == 1
    with lin.session() as s:
        assert {c.login for c in desk.colleagues(s)} == {PREFIX + "wu", PREFIX + "lin"}
    with lin.sessions.begin() as s, pytest.raises(DomainError):
        desk.hand_over(s, ids["card_query"], PREFIX + "ma", PREFIX + "lin")
    with lin.sessions.begin() as s:
        desk.hand_over(s, ids["card_query"], PREFIX + "wu", PREFIX + "lin", "你負責年費")
    with db.session() as s:
        assert s.get(Query, ids["card_query"]).assignee == PREFIX + "wu"
    wu = signed_in("wu")
    with wu.sessions.begin() as s:
        message_id = desk.answer(s, ids["card_query"], "白金卡首年免年費。", PREFIX + "wu",
                                 [desk.NewAttachment("說明.txt", "年費說明".encode())])
    with db.session() as s:
        m = s.get(Message, message_id)
        assert (m.direction, m.state, m.actor, m.query_id) == (
            "in", "received", PREFIX + "wu", ids["card_query"])
        assert s.query(Attachment).filter_by(message_id=message_id).count() == 1


def test_raw_sql_as_the_contact_can_do_the_desk_notes_and_nothing_more(team):
    _, ids = team
    card = {"q": ids["card_q"], "qq": ids["card_query"]}
    ebank = {"q": ids["ebank_q"], "qq": ids["ebank_query"]}
    # the server pauses their own query on a clarification note, by its trigger
    raw("lin", NOTE, to="", m="desk_clarify", **card)
    assert raw("lin", "SELECT paused_at IS NOT NULL, clarifications FROM queries") == [(True, 1)]
    # ...but the contact cannot touch the query itself: no unpausing, no new due time
    for sql in ("UPDATE queries SET paused_at = NULL", "UPDATE queries SET due_at = now()",
                "UPDATE queries SET status = 'answered'", "DELETE FROM queries",
                "UPDATE queries SET assignee = 'x'"):
        assert "permission denied" in refused("lin", sql)
    # no other kind of message: not a mail, not a forged manager's reply, not on another
    # department's query, not a mail-matching method
    for method in ("headers", "clarification_reply", "token"):
        assert "row-level security" in refused("lin", NOTE, to="", m=method, **card)
    assert "row-level security" in refused("lin", NOTE, to="", m="desk_answer", **ebank)
    # a hand-over only to a colleague of the same department (the server checks)
    assert "not a contact of this department" in refused(
        "lin", NOTE, to=PREFIX + "ma", m="desk_handover", **card)
    raw("lin", NOTE, to=PREFIX + "wu", m="desk_handover", **card)
    assert raw("wu", "SELECT assignee FROM queries") == [(PREFIX + "wu",)]
    # the colleague list is their departments' only, and no people rows beyond their own
    assert {r[0] for r in raw("lin", "SELECT login FROM liaison_colleagues()")} == {
        PREFIX + "lin", PREFIX + "wu"}
    assert raw("ma", "SELECT login FROM liaison_colleagues()") == [(PREFIX + "ma",)]
    assert raw("lin", "SELECT login FROM people") == [(PREFIX + "lin",)]
    # attachments: on their own answer only, not on someone else's message
    raw("lin", NOTE, to="", m="desk_answer", **card)
    own = raw("lin", "SELECT max(id) FROM messages WHERE actor = current_user "
                     "AND match_method = 'desk_answer'")[0][0]
    attach = ("INSERT INTO attachments (message_id, filename, content_type, size, data) "
              "VALUES (:m, 'a.txt', 'text/plain', 1, 'x')")
    raw("lin", attach, m=own)
    assert "row-level security" in refused("wu", attach, m=own)
    # once the query is answered (closed), no more notes on it
    with create_engine(PG_URL).begin() as conn:
        conn.execute(text("UPDATE queries SET status = 'answered' WHERE id = :i"),
                     {"i": ids["card_query"]})
    assert "row-level security" in refused("lin", NOTE, to="", m="desk_answer", **card)


# ---- co-review (issue 17 item 3) ----

@pytest.fixture
def review_team(team):
    """An entry of 信用卡部 in review, one of 電子銀行部, a manager and a person who is
    both a manager and a 信用卡部 contact."""
    db, ids = team
    with db.sessions.begin() as s:
        for key, dept in (("card_entry", ids["card"]), ("ebank_entry", ids["ebank"])):
            entry = factories.faq_entry(s, f"{key}：信用卡年費怎麼減免？", "刷卡六次免年費。",
                                        status="draft", department_id=dept, revision="王經理")
            submit(s, entry.id, "王經理")
            ids[key] = entry.id
        admin.add_person(s, PREFIX + "mgr", "王經理", ["manager"], password="F-1")
        admin.add_person(s, PREFIX + "both", "陳雙職", ["manager", "department"], ["信用卡部"],
                         password="F-1")
    return db, ids


def test_two_party_review_by_two_people_each_signed_in_then_published(review_team, signed_in):
    db, ids = review_team
    lin = signed_in("lin")
    with lin.session() as s:
        items = co_review.department_reviews(s)
        assert [i.entry_id for i in items] == [ids["card_entry"]]  # not 電子銀行部's
        assert any("六次" in line for line in co_review.change_under_review(s, ids["card_entry"]))
    with lin.sessions.begin() as s:
        co_review.approve_as_department(s, ids["card_entry"], PREFIX + "lin", "林聯絡人")
    mgr = signed_in("mgr")
    with mgr.sessions.begin() as s:
        approve(s, ids["card_entry"], "center", "王經理")
    with mgr.sessions.begin() as s:
        publish(s, ids["card_entry"], "王經理")
    with db.session() as s:
        assert s.get(FaqEntry, ids["card_entry"]).status == "published"
        logins = {a.side: a.login for a in s.query(FaqApproval).filter_by(entry_id=ids["card_entry"])}
        assert logins == {"department": PREFIX + "lin", "center": PREFIX + "mgr"}
        today = utcnow().date()
        knowledge = knowledge_report(s, Period("custom", today - timedelta(days=1), today))
        assert (knowledge.figure("department_approvals"),
                knowledge.figure("on_behalf_approvals")) == (1, 0)
    # the department's approval cannot be given for another department's entry
    with lin.sessions.begin() as s, pytest.raises(Exception):  # noqa: B017 - RLS hides it
        co_review.approve_as_department(s, ids["ebank_entry"], PREFIX + "lin", "林聯絡人")


def test_the_same_person_cannot_give_both_approvals(review_team, signed_in):
    db, ids = review_team
    both = signed_in("both")
    with both.sessions.begin() as s:
        approve(s, ids["card_entry"], "center", "陳雙職")
    # through the app, under another name even: refused by login
    with both.sessions.begin() as s, pytest.raises(ReviewError, match="two different people"):
        co_review.approve_as_department(s, ids["card_entry"], PREFIX + "both", "信用卡部審核")
    # and raw SQL skipping the app: the server refuses it
    assert "row-level security" in refused(
        "both", "INSERT INTO faq_approvals (entry_id, revision, side, approver, approved, comment,"
        " at, login) VALUES (:e, 1, 'department', 'someone else', true, '', now(), current_user)",
        e=ids["card_entry"])
    # nor may anyone write an approval in another login's name
    assert "row-level security" in refused(
        "lin", "INSERT INTO faq_approvals (entry_id, revision, side, approver, approved, comment,"
        " at, login) VALUES (:e, 1, 'department', '林', true, '', now(), :who)",
        e=ids["card_entry"], who=PREFIX + "wu")
    with db.session() as s:
        assert s.query(FaqApproval).filter_by(entry_id=ids["card_entry"], side="department") \
            .count() == 0


def test_a_send_back_blocks_publishing_until_a_new_revision(review_team, signed_in):
    db, ids = review_team
    lin = signed_in("lin")
    with lin.sessions.begin() as s, pytest.raises(ReviewError):
        co_review.send_back_as_department(s, ids["card_entry"], PREFIX + "lin", "林", "  ")
    with lin.sessions.begin() as s:
        co_review.send_back_as_department(s, ids["card_entry"], PREFIX + "lin", "林聯絡人",
                                          "白金卡另有規定")
    mgr = signed_in("mgr")
    with mgr.sessions.begin() as s:
        approve(s, ids["card_entry"], "center", "王經理")
    with mgr.sessions.begin() as s, pytest.raises(ReviewError):
        publish(s, ids["card_entry"], "王經理")
    with lin.session() as s:
        item = co_review.department_reviews(s)[0]
        assert item.department_decision == "sent_back" and item.comment == "白金卡另有規定"
    with db.session() as s:
        assert [e.action for e in s.query(FaqEvent).filter_by(entry_id=ids["card_entry"])
                if e.actor == "林聯絡人"] == ["sent_back"]


# ---- flags to the owner and the department's fix (issue 17 item 4) ----

def test_a_flag_reaches_the_owner_whose_fix_goes_live_only_after_review(review_team, signed_in):
    db, ids = review_team
    with db.sessions.begin() as s:
        live = {}
        for key, dept in (("card", ids["card"]), ("ebank", ids["ebank"])):
            entry = factories.faq_entry(s, f"{key} 年費標準？", "舊答案：年費一百元。",
                                        department_id=dept, revision="王經理")
            live[key] = entry.id
            flag_entry(s, entry.id, "outdated", "年費已調整", "A1001")
    lin = signed_in("lin")
    with lin.session() as s:
        flags = co_review.department_flags(s)
        assert [f.entry_id for f in flags] == [live["card"]]  # not 電子銀行部's flag
        start = co_review.text_to_fix(s, live["card"])
    with lin.sessions.begin() as s:
        number = co_review.propose_revision(s, live["card"], start["question"],
                                            "新答案：年費兩百元。", [], [], "林聯絡人",
                                            note="依旗標修正")
    with db.session() as s:
        entry = s.get(FaqEntry, live["card"])
        # agents keep the published revision meanwhile
        assert entry.status == "published" and entry.answer == "舊答案：年費一百元。"
        assert entry.revision < number
    with lin.session() as s:
        assert co_review.department_flags(s)[0].fix_revision == number
        assert [i.entry_id for i in co_review.department_reviews(s)
                if i.entry_id == live["card"]] == [live["card"]]
    with lin.sessions.begin() as s:
        co_review.approve_as_department(s, live["card"], PREFIX + "lin", "林聯絡人")
    mgr = signed_in("mgr")
    with mgr.sessions.begin() as s:
        approve(s, live["card"], "center", "王經理")
        publish(s, live["card"], "王經理")
    with db.session() as s:
        assert s.get(FaqEntry, live["card"]).answer == "新答案：年費兩百元。"
    # raw SQL: no fix of another department's entry, no revision at or below the live
    # one (that would rewrite what agents read), no direct edit of the entry
    insert = ("INSERT INTO faq_revisions (entry_id, number, question, answer, key_points,"
              " keywords, author, note, created_at) VALUES (:e, :n, 'q', 'a', '[]', '[]',"
              " 'x', '', now())")
    assert "row-level security" in refused("lin", insert, e=live["ebank"], n=9)
    assert "row-level security" in refused("lin", insert, e=live["card"], n=1)
    assert "permission denied" in refused(
        "lin", "UPDATE faq_entries SET answer = 'x' WHERE id = :e", e=live["card"])
    # a draft is the manager's to edit, not the department's
    with lin.sessions.begin() as s, pytest.raises(ReviewError, match="published"):
        co_review.propose_revision(s, ids["card_entry"], "q", "a", [], [], "林聯絡人")


# ---- upkeep digest and the department's own scorecard (issue 17 items 6-7) ----

def test_digest_and_own_scorecard_as_the_contact(review_team, signed_in):
    db, ids = review_team
    now = utcnow()
    with db.sessions.begin() as s:
        made = {}
        for key, dept, until in (("card_soon", ids["card"], now + timedelta(days=5)),
                                 ("card_used", ids["card"], None),
                                 ("ebank_soon", ids["ebank"], now + timedelta(days=5))):
            made[key] = factories.faq_entry(s, f"{key}？", "答。", department_id=dept,
                                            valid_until=until,
                                            published_at=now - timedelta(days=120)).id
        s.add(FaqHit(entry_id=made["card_used"], kind="used", actor="team_agent", at=now))
        s.add(FaqHit(entry_id=made["ebank_soon"], kind="used", actor="team_agent", at=now))
        flag_entry(s, made["card_used"], "unclear", "看不懂", "A1001")
        s.add_all([Setting(key="business_hours", value={}),
                   Setting(key="use_tiers", value={"mode": "thresholds", "very_high_min": 20,
                                                   "high_min": 5, "low_min": 2}),
                   Setting(key="smtp_secret_like", value={"x": 1})])
    assert sorted(raw("lin", "SELECT key FROM settings")) == [("business_hours",), ("use_tiers",)]
    lin = signed_in("lin")
    with lin.session() as s:
        today = department_upkeep.digest(s, (ids["card"],))
        assert [e[0] for e in today.expiring] == [made["card_soon"]]
        # by the center's thresholds (read as the contact): fewer than 2 uses in 90 days
        assert {e[0] for e in today.very_low_use} == {made["card_soon"], made["card_used"]}
        assert [f.entry_id for f in today.flags] == [made["card_used"]]
        # the owner-run count tells the contact about its own entries only
        uses = department_upkeep.entry_uses(s, now - timedelta(days=1), now + timedelta(days=1))
        assert uses == {made["card_used"]: 1}
    # ...while the hits themselves (who used what) stay closed to it
    assert raw("lin", "SELECT count(*) FROM faq_hits") == [(0,)]
    with lin.sessions.begin() as s:
        desk.ask_clarification(s, ids["card_query"], "請補充", PREFIX + "lin")
    with lin.session() as s:
        own = department_upkeep.own_scorecard(
            s, (ids["card"],), Period("custom", now.date() - timedelta(days=6), now.date()))
    assert [r["department"] for r in own.rows] == ["信用卡部"]
    assert own.rows[0]["clarifications"] == 1 and own.rows[0]["sent"] == 1
    assert (own.entries_used, own.entries_live) == (1, 2)
