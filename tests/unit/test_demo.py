"""The demo data set: a realistic, deterministic center whose every history the workflow
could have produced, written in one transaction on SQLite and PostgreSQL alike."""

from __future__ import annotations

import email
import re
from collections import Counter, defaultdict
from datetime import timedelta
from email import policy

import pytest
from sqlalchemy import func, select, text

from liaison_app.core.database import open_database
from liaison_app.core.models import (
    Agent,
    Bulletin,
    Category,
    Contact,
    Department,
    Event,
    FaqApproval,
    FaqEntry,
    FaqHit,
    FaqIndexedDoc,
    FaqRevision,
    FaqSimilar,
    Message,
    Query,
    Question,
    QuestionAgent,
    QuestionFaqLink,
    QuestionStatus,
    question_ref,
)
from liaison_app.core.questions.workflow import ACTIONS, DomainError
from liaison_app.core.timeutil import utcnow
from liaison_app.demo.builder import make_demo
from liaison_app.demo.faq import FaqBase
from liaison_app.demo.writer import RowWriter

# `demo_db` (tests/conftest.py): the demo set built once per module, a copy per test.


def test_directory_has_departments_with_duties_contacts_and_heads(demo_db):
    with demo_db.session() as s:
        departments = s.scalars(select(Department).order_by(Department.id)).all()
        assert len(departments) >= 8
        names = {d.name for d in departments}
        assert {"信用卡部", "電子銀行部", "個人金融部", "國際結算部", "風險管理部"} <= names
        for dept in departments:
            assert len(dept.duties) >= 40 and "。" in dept.duties
            assert 8 <= dept.sla_hours <= 48
            assert dept.routing_keywords and all(isinstance(k, str) for k in dept.routing_keywords)
            assert dept.email.endswith("@bank.example")
            assert 2 <= len(dept.contacts) <= 4
            assert dept.head is not None and dept.head.department_id == dept.id
            for contact in dept.contacts:
                assert contact.email.endswith("@bank.example") and contact.phone and contact.title
                assert contact.deputy is not None and contact.deputy.department_id == dept.id
                assert contact.deputy_id != contact.id
        agents = s.scalars(select(Agent)).all()
        assert len(agents) >= 30
        assert all(re.fullmatch(r"A\d{4}", a.code) and a.name and a.team for a in agents)
        with_mail = [a for a in agents if a.email]
        assert len(with_mail) > len(agents) * 0.8
        assert all(a.email.endswith("@callcenter.bank.example") for a in with_mail)


def test_questions_cover_every_state_over_months(demo_db):
    anchor = demo_db.demo_anchor
    with demo_db.session() as s:
        questions = s.scalars(select(Question).order_by(Question.id)).all()
    assert len(questions) >= 300
    by_status = Counter(q.status for q in questions)
    assert set(by_status) == {status.value for status in QuestionStatus}
    months = {(q.created_at.year, q.created_at.month) for q in questions}
    assert len(months) >= 3
    assert min(q.created_at for q in questions) > anchor - timedelta(days=190)
    # Ids follow arrival, as they would have been given out.
    assert [q.created_at for q in questions] == sorted(q.created_at for q in questions)
    assert len({q.text for q in questions}) > 250
    assert not any(re.search(r"問題\s*\d", q.text) for q in questions)
    assert 0.04 < sum(q.urgent for q in questions) / len(questions) < 0.2
    assert {q.source for q in questions} == {"cli", "import", "dialog", "email"}
    for q in questions:
        assert q.created_at.tzinfo is not None
        assert q.updated_at >= q.created_at and q.updated_at <= anchor
        if q.status == "rejected":
            assert q.reject_reason
        if q.status == "duplicate":
            assert q.duplicate_of_id is not None and q.duplicate_of_id < q.id
        if q.status == "closed":
            assert q.closed_at is not None and q.resolution in ("faq", "department", "in_center")
        else:
            assert q.closed_at is None
        if q.status in ("answered", "closed", "answer_received", "answered_from_faq"):
            assert q.answer and q.answered_at is not None
        if q.status == "awaiting_department":
            assert q.department_id is not None and q.due_at is not None
    new = [q for q in questions if q.status == "new"]
    assert any(q.read_at is None for q in new) and any(q.read_at is not None for q in new)


def test_due_times_are_upcoming_and_overdue_at_any_hour_of_today(demo_db):
    anchor = demo_db.demo_anchor
    with demo_db.session() as s:
        rows = s.execute(
            select(Question.urgent, Question.due_at, Department.sla_hours, Query.opened_at,
                   Query.due_at)
            .join(Department, Department.id == Question.department_id)
            .join(Query, Query.question_id == Question.id)
            .where(Question.status == "awaiting_department", Query.status == "open")
        ).all()
    assert rows
    for urgent, due, sla, opened, query_due in rows:
        assert due == query_due
        assert due - opened == timedelta(hours=sla / 2 if urgent else sla)
    assert any(due < anchor for _, due, *_ in rows)  # overdue all day long
    assert any(due > anchor + timedelta(days=1) for _, due, *_ in rows)  # not due today


def test_every_event_history_is_a_legal_workflow(demo_db):
    with demo_db.session() as s:
        statuses = dict(s.execute(select(Question.id, Question.status)).all())
        chains = defaultdict(list)
        for row in s.execute(select(Event.question_id, Event.id, Event.at, Event.action,
                                    Event.from_status, Event.to_status, Event.actor)
                             .order_by(Event.question_id, Event.id)):
            chains[row.question_id].append(row)
        agent_codes = set(s.scalars(select(Agent.code)))
    assert set(chains) == set(statuses)
    seen_actions = set()
    for qid, chain in chains.items():
        first = chain[0]
        assert (first.action, first.from_status, first.to_status) == ("forward", None, "new")
        assert first.actor in agent_codes
        state, last_at = "new", first.at
        for event in chain[1:]:
            spec = ACTIONS[event.action]
            assert event.from_status == state, (question_ref(qid), event)
            assert state in spec.sources, (question_ref(qid), event)
            assert event.to_status == (spec.target or state)
            assert event.at > last_at, (question_ref(qid), event)
            state, last_at = event.to_status, event.at
            seen_actions.add(event.action)
        assert state == statuses[qid], question_ref(qid)
    assert seen_actions == set(ACTIONS)  # every move of the workflow shows up somewhere


def test_duplicates_bring_their_agents_to_the_master(demo_db):
    with demo_db.session() as s:
        duplicates = s.scalars(select(Question).where(Question.status == "duplicate")).all()
        assert duplicates
        for dup in duplicates:
            master = s.get(Question, dup.duplicate_of_id)
            assert master.created_at < dup.created_at
            assert master.status not in ("duplicate", "rejected")
            own = s.scalars(select(QuestionAgent.agent_id)
                            .where(QuestionAgent.question_id == dup.id)).all()
            via = s.scalars(select(QuestionAgent.agent_id).where(
                QuestionAgent.question_id == master.id,
                QuestionAgent.via_question_id == dup.id)).all()
            assert own and sorted(via) == sorted(own)
        per_question = Counter(s.scalars(select(QuestionAgent.question_id)
                                         .where(QuestionAgent.via_question_id.is_(None))))
        assert len(per_question) == s.scalar(select(func.count()).select_from(Question))
        assert set(per_question.values()) == {1, 2}


def test_faq_base_tree_reviews_and_use_counts(demo_db):
    anchor = demo_db.demo_anchor
    with demo_db.session() as s:
        entries = s.scalars(select(FaqEntry)).all()
        assert len(entries) >= 100
        categories = {c.id: c for c in s.scalars(select(Category))}
        assert len([c for c in categories.values() if c.parent_id is None]) >= 5
        for entry in entries:
            category = categories[entry.category_id]
            assert category.parent_id is not None  # entries hang on the second level
            assert 2 <= len(entry.key_points) <= 4 and entry.keywords and entry.department_id
            assert entry.revision == 1
        statuses = Counter(e.status for e in entries)
        assert set(statuses) == {"draft", "in_review", "published", "retired"}
        assert statuses["published"] > len(entries) * 0.7
        limited = [e for e in entries if e.valid_until is not None]
        assert any(e.valid_until < anchor for e in limited)
        assert any(anchor + timedelta(days=1) < e.valid_until < anchor + timedelta(days=14)
                   for e in limited)
        assert any(e.pinned for e in entries)

        hits = dict(s.execute(select(FaqHit.entry_id, func.count())
                              .group_by(FaqHit.entry_id)).all())
        for entry in entries:
            assert entry.hit_count == hits.get(entry.id, 0)
        ordered = sorted((e.hit_count for e in entries), reverse=True)
        assert ordered[0] >= 100 and ordered[0] > 10 * ordered[len(ordered) // 2]
        assert ordered[-1] == 0  # use tiers from very high to none

        revisions = dict(s.execute(select(FaqRevision.entry_id, FaqRevision.number)).all())
        assert revisions == {e.id: 1 for e in entries}
        sides = defaultdict(set)
        for entry_id, side in s.execute(select(FaqApproval.entry_id, FaqApproval.side)):
            sides[entry_id].add(side)
        for entry in entries:
            if entry.status == "published":
                assert sides[entry.id] == {"center", "department"}
                assert entry.published_at is not None and entry.published_at <= anchor


def test_faq_entries_are_searchable(demo_db):
    from liaison_app.core.search.faq_search import search_faq

    with demo_db.session() as s:
        hits = search_faq(s, "挂失", 5)  # Simplified query, Traditional demo base
        assert hits and all("掛失" in s.get(FaqEntry, hit.id).question for hit in hits[:3])
        # Every entry and every similar question is an indexed document.
        indexed = s.scalar(select(func.count()).select_from(FaqIndexedDoc))
        similar = s.scalar(select(func.count()).select_from(FaqSimilar))
        assert similar > 0
        assert indexed == s.scalar(select(func.count()).select_from(FaqEntry)) + similar


def test_questions_link_the_faq_entries_they_used_or_created(demo_db):
    with demo_db.session() as s:
        links = s.execute(select(QuestionFaqLink, Question, FaqEntry)
                          .join(Question, Question.id == QuestionFaqLink.question_id)
                          .join(FaqEntry, FaqEntry.id == QuestionFaqLink.entry_id)).all()
        from_faq = s.scalars(select(Question.id).where(
            (Question.status == "answered_from_faq") | (Question.resolution == "faq"))).all()
    used = {link.question_id for link, _, _ in links if link.relation == "used"}
    assert set(from_faq) <= used
    created = [(link, q, e) for link, q, e in links if link.relation == "created"]
    assert len(created) >= 5
    for link, question, entry in created:
        assert question.status == "closed" and question.resolution == "department"
        assert entry.created_at > question.closed_at
    for link, question, entry in links:
        if link.relation == "used":
            assert entry.published_at is not None and entry.published_at < question.answered_at


def test_routed_questions_have_queries_and_mail_threads(demo_db):
    with demo_db.session() as s:
        routed = s.scalars(select(Event.question_id).where(Event.action == "route")).all()
        queries = s.scalars(select(Query)).all()
        messages = s.scalars(select(Message).order_by(Message.id)).all()
        contacts = {c.id: c for c in s.scalars(select(Contact))}
    assert set(routed) == {q.question_id for q in queries}
    assert {q.channel for q in queries} == {"email", "phone"}
    assert any(q.escalated_at for q in queries) and any(q.chase_count for q in queries)
    for q in queries:
        assert contacts[q.contact_id].department_id == q.department_id
        assert q.due_at > q.opened_at
        if q.status == "answered":
            assert q.answered_at > q.opened_at

    by_id = {m.message_id: m for m in messages if m.message_id}
    assert len(by_id) == len([m for m in messages if m.message_id])  # Message-IDs are unique
    outgoing = [m for m in messages if m.direction == "out" and m.kind == "email"]
    incoming = [m for m in messages if m.direction == "in"]
    assert outgoing and incoming
    for m in outgoing:
        ref = question_ref(m.question_id)
        assert m.subject.startswith(f"[{ref}] ") and m.state == "sent"
        assert m.from_addr == "hardq@callcenter.bank.example" and m.query_id
        parsed = email.message_from_bytes(m.raw, policy=policy.default)
        assert parsed["Message-ID"] == m.message_id and parsed["Subject"] == m.subject
        assert f"[{ref}]".encode() in m.raw  # the token survives header encoding
        assert parsed.get_content() == m.body_text
        assert b"\r\n" in m.raw
    for m in incoming:
        parent = by_id[m.in_reply_to]
        assert parent.direction == "out" and parent.question_id == m.question_id
        assert m.references.split()[-1] == m.in_reply_to
        assert m.state == "received" and m.subject.startswith("回覆：")
        assert "-----原始郵件-----" in m.body_text
        reply_text = m.body_text.split("-----原始郵件-----")[0]
        assert question_ref(m.question_id) in reply_text
        parsed = email.message_from_bytes(m.raw, policy=policy.default)
        assert parsed["In-Reply-To"] == m.in_reply_to and parsed["Subject"] == m.subject
        assert m.from_addr == contacts[m.contact_id].email
    calls = [m for m in messages if m.kind == "call"]
    assert calls and all(m.state == "logged" and m.call_minutes and m.call_at for m in calls)
    assert {m.call_outcome for m in calls} == {"answered"}
    notes = [m for m in messages if m.kind == "note"]
    assert notes and all(m.body_text and m.question_id and m.state == "logged" for m in notes)


def test_bulletins(demo_db):
    anchor = demo_db.demo_anchor
    with demo_db.session() as s:
        bulletins = s.scalars(select(Bulletin)).all()
        entry_ids = set(s.scalars(select(FaqEntry.id)))
    assert len(bulletins) >= 6
    assert any(b.valid_until and b.valid_until < anchor for b in bulletins)
    assert any(b.valid_until and b.valid_until > anchor + timedelta(days=1) for b in bulletins)
    assert any(b.valid_until is None for b in bulletins)
    assert any(b.pinned for b in bulletins) and not all(b.pinned for b in bulletins)
    linked = [b.faq_entry_id for b in bulletins if b.faq_entry_id]
    assert linked and set(linked) <= entry_ids
    assert all(b.title and b.body and b.author for b in bulletins)


def test_times_are_stored_as_the_orm_stores_them(demo_db):
    """Bulk-written rows must compare and sort like rows the application writes."""
    anchor = demo_db.demo_anchor
    with demo_db.session() as s:
        question = s.scalars(select(Question).order_by(Question.id.desc()).limit(1)).one()
        s.add(Event(question_id=question.id, at=anchor, actor="test", action="note",
                    from_status=question.status, to_status=question.status))
        s.commit()
        if demo_db.backend == "sqlite":
            stored = s.scalars(text("SELECT at FROM events ORDER BY id DESC LIMIT 2")).all()
            orm_written, demo_written = stored
            for value in stored:  # the same text form, so SQL comparisons agree
                assert re.fullmatch(r"\d{4}-\d\d-\d\d \d\d:\d\d:\d\d\.\d{6}", value), value
            assert orm_written > demo_written
        week = anchor - timedelta(days=7)
        in_sql = s.scalar(select(func.count()).select_from(Question)
                          .where(Question.created_at >= week))
        in_python = sum(1 for at in s.scalars(select(Question.created_at)) if at >= week)
        assert in_sql == in_python > 0


def test_rows_can_be_added_through_the_orm_afterwards(demo_db):
    """Explicit ids must not collide with the database's own (PostgreSQL sequences)."""
    with demo_db.session() as s:
        dept = Department(name="測試部", duties="測試", routing_keywords=[])
        agent = Agent(code="T0001", name="測試")
        s.add_all([dept, agent])
        s.flush()
        contact = Contact(department_id=dept.id, name="測試聯絡人")
        question = Question(text="新問題")
        entry = FaqEntry(question="新條目？", answer="答案")
        category = Category(name="測試")
        bulletin = Bulletin(title="測試通告")
        s.add_all([contact, question, entry, category, bulletin])
        s.flush()
        s.add_all([Event(question_id=question.id, actor="A1001", action="forward",
                         to_status="new"),
                   Query(question_id=question.id, department_id=dept.id),
                   Message(question_id=question.id, direction="out", kind="note"),
                   FaqHit(entry_id=entry.id, kind="copy"),
                   FaqRevision(entry_id=entry.id, number=1, question="q", answer="a",
                               author="x"),
                   FaqApproval(entry_id=entry.id, revision=1, side="center", approver="x")])
        s.commit()
        assert question.id > demo_db.demo_counts["questions"]


def test_second_run_is_refused_and_leaves_data_alone(demo_db):
    with pytest.raises(DomainError, match=r"already holds \d+ questions.*empty database"):
        make_demo(demo_db)
    with demo_db.session() as s:
        assert s.scalar(select(func.count()).select_from(Question)) == \
            demo_db.demo_counts["questions"]


def test_unknown_size_is_refused(db):
    with pytest.raises(DomainError, match="unknown demo size"):
        make_demo(db, size="huge")


def test_failure_leaves_nothing_half_written(db, monkeypatch):
    def broken(self):
        raise RuntimeError("disk full")

    monkeypatch.setattr(FaqBase, "write_bulletins", broken)
    with pytest.raises(RuntimeError, match="disk full"):
        make_demo(db)
    with db.session() as s:
        for model in (Department, Agent, Question, Event, FaqEntry, FaqHit, Message):
            assert s.scalar(select(func.count()).select_from(model)) == 0, model.__name__
    monkeypatch.undo()
    assert make_demo(db)["questions"] >= 300  # and the database is still usable


def test_portable_insert_path_writes_the_same_rows(db, tmp_path, monkeypatch):
    """Drivers without executemany/COPY fast paths (psycopg2, pg8000) use Core inserts."""
    fast = open_database(f"sqlite:///{tmp_path / 'fast.db'}")
    now = utcnow()
    try:
        make_demo(fast, now=now)
        monkeypatch.setattr(RowWriter, "mode_for", staticmethod(lambda _d: "core"))
        make_demo(db, now=now)

        def rows(database):
            with database.session() as s:
                return (s.execute(select(Question.text, Question.created_at, Question.due_at,
                                         Question.read_at).order_by(Question.id)).all(),
                        s.execute(select(FaqEntry.keywords, FaqEntry.valid_until)
                                  .order_by(FaqEntry.id)).all())

        assert rows(db) == rows(fast)
    finally:
        fast.close()


def test_same_content_every_run(demo_db, tmp_path):
    other = open_database(f"sqlite:///{tmp_path / 'second.db'}")
    steps: list[str] = []
    try:
        # A week later: the same content, every time a week later too.
        later = demo_db.demo_anchor + timedelta(days=7, hours=15)
        counts = make_demo(other, progress=steps.append, now=later)
        assert counts == demo_db.demo_counts
        assert steps and all(isinstance(step, str) and step for step in steps)

        def content(database, anchor):
            with database.session() as s:
                questions = [(q.id, q.text, q.customer_context, q.status, q.product,
                              q.created_at - anchor, q.due_at and q.due_at - anchor,
                              q.duplicate_of_id)
                             for q in s.scalars(select(Question).order_by(Question.id))]
                # Texts quoting a time (due by ...) move with the anchor as well.
                events = [(e.question_id, e.action, e.at - anchor,
                           re.sub(r"\d{4}-\d\d-\d\d \d\d:\d\d", "<time>", e.detail))
                          for e in s.scalars(select(Event).order_by(Event.id))]
                faq = s.execute(select(FaqEntry.question, FaqEntry.hit_count)
                                .order_by(FaqEntry.id)).all()
                mail = s.execute(select(Message.subject, Message.message_id)
                                 .order_by(Message.id)).all()
            return questions, events, faq, mail

        first = content(demo_db, demo_db.demo_anchor)
        second = content(other, demo_db.demo_anchor + timedelta(days=7))
        assert second == first
    finally:
        other.close()


def test_cli_demo_if_empty_and_counts(tmp_path, capsys):
    import json

    from liaison_app.cli import main

    url = f"sqlite:///{tmp_path / 'cli.db'}"
    assert main(["demo", "--db", url, "--json"]) == 0
    counts = json.loads(capsys.readouterr().out)
    assert counts["questions"] >= 300 and counts["departments"] >= 8
    assert main(["demo", "--db", url, "--if-empty", "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {}


def test_demo_module_imports_no_qt():
    import subprocess
    import sys

    code = ("import sys; sys.modules['PySide6'] = None; "
            "import liaison_app.demo.builder, liaison_app.demo.context, "
            "liaison_app.demo.correspondence, liaison_app.demo.directory, "
            "liaison_app.demo.faq, liaison_app.demo.questions, liaison_app.demo.vocabulary, "
            "liaison_app.demo.writer")
    subprocess.run([sys.executable, "-c", code], check=True)

