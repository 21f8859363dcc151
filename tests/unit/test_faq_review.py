"""FAQ review rules and the bulletin board: two approvals to publish, on-behalf evidence,
send back, retire, expiry reminders, bulletins proposed by publishing."""

from __future__ import annotations

from datetime import timedelta

import pytest

from liaison_app.core.faq import bulletins
from liaison_app.core.faq.export import current_bulletins
from liaison_app.core.faq.review import (
    ReviewError,
    approve,
    ensure_editable,
    expired,
    expiring_soon,
    publish,
    retire,
    review_state,
    revision_diff,
    send_back,
    submit,
)
from liaison_app.core.models import FaqEntry, FaqRevision, FaqStatus, Message, QuestionFaqLink
from liaison_app.core.reports.knowledge import knowledge_report
from liaison_app.core.reports.period import Period
from liaison_app.core.search.faq_search import search_faq
from liaison_app.core.timeutil import utcnow
from tests import factories as make

ME = "王經理"


@pytest.fixture
def entry_id(db):
    with db.session() as s, s.begin():
        return make.faq_entry(s, "U盾證書過期後如何更新？", "到網點更新。", status=FaqStatus.DRAFT,
                              revision=ME).id


@pytest.fixture
def reply(db):
    """A reply mail received from a department (not yet tied to the entry)."""
    with db.session() as s, s.begin():
        make.agents(s)
    qid = make.forward(db, "A1001", "U盾證書過期了怎麼辦").question_id
    with db.session() as s, s.begin():
        mail = Message(question_id=qid, direction="in", kind="email", state="received",
                       subject="Re: U盾條目 同意", from_addr="zhang@ebank.bank.example")
        s.add(mail)
        s.flush()
        return mail.id


def link_reply(s, entry_id: int, message_id: int) -> None:
    """The question of the reply is linked to the entry (it created it)."""
    question_id = s.get(Message, message_id).question_id
    s.add(QuestionFaqLink(question_id=question_id, entry_id=entry_id, relation="created", at=utcnow()))
    s.flush()


def test_publishing_needs_both_approvals_of_the_current_revision(db, entry_id, reply):
    with db.session() as s, s.begin():
        with pytest.raises(ReviewError, match="only an entry in review"):
            publish(s, entry_id, ME)
        submit(s, entry_id, ME)
        approve(s, entry_id, "center", "客服專家 李")
        with pytest.raises(ReviewError, match="without the department's approval of revision 1"):
            publish(s, entry_id, ME)
    with db.session() as s:
        assert search_faq(s, "U盾證書過期") == []  # agents do not see it yet
    with db.session() as s, s.begin():
        with pytest.raises(ReviewError, match="needs evidence"):
            approve(s, entry_id, "department", ME, on_behalf=True,
                    comment="電子銀行部張主任 11-28 回覆郵件同意")  # a note is not evidence
        with pytest.raises(ReviewError, match="two different people"):
            approve(s, entry_id, "department", "客服專家 李")
        with pytest.raises(ReviewError, match="not a received mail"):
            approve(s, entry_id, "department", ME, on_behalf=True, evidence_message_id=reply)
        link_reply(s, entry_id, reply)
        approve(s, entry_id, "department", ME, on_behalf=True, evidence_message_id=reply,
                comment="電子銀行部張主任 11-28 回覆郵件同意")
        assert review_state(s, entry_id).can_publish
        publish(s, entry_id, ME)
    with db.session() as s:
        entry = s.get(FaqEntry, entry_id)
        assert entry.status == "published" and entry.published_at is not None
        state = review_state(s, entry_id)
        assert [(a.side, a.approver, a.comment) for a in state.approvals] == [
            ("center", "客服專家 李", ""), ("department", ME, f"[on behalf, evidence: message {reply}] 電子銀行部張主任 11-28 回覆郵件同意")]
        assert search_faq(s, "U盾證書過期")[0].id == entry_id
        assert [(e.action, e.actor) for e in state.events] == [
            ("submitted", ME), ("approved", "客服專家 李"), ("approved", ME), ("published", ME)]
        proposed = bulletins.proposals(s)
        assert [(b.title, b.faq_entry_id) for b in proposed] == [("新增常見問題：U盾證書過期後如何更新？", entry_id)]
        assert current_bulletins(s) == []  # a proposal is not on the board yet
        # the report counts the manager's approval on the department's behalf apart
        today = utcnow().date()
        knowledge = knowledge_report(s, Period("custom", today - timedelta(days=1), today))
        assert (knowledge.figure("department_approvals"),
                knowledge.figure("on_behalf_approvals")) == (0, 1)


def test_send_back_keeps_the_comment_and_a_new_revision_needs_new_approvals(db, entry_id):
    with db.session() as s, s.begin():
        submit(s, entry_id, ME)
        approve(s, entry_id, "center", "李")
        with pytest.raises(ReviewError, match="Say what must change"):
            send_back(s, entry_id, "department", "張主任", "")
        send_back(s, entry_id, "department", "張主任", "要寫明需帶身份證")
        entry = s.get(FaqEntry, entry_id)
        assert entry.status == "draft"
        entry.answer, entry.revision = "帶身份證到網點更新。", 2
        s.add(FaqRevision(entry_id=entry_id, number=2, question=entry.question, answer=entry.answer, author=ME))
        submit(s, entry_id, ME)
        approve(s, entry_id, "department", "張主任")
        with pytest.raises(ReviewError, match="call center's approval of revision 2"):
            publish(s, entry_id, ME)
    with db.session() as s:
        diff = revision_diff(s, entry_id, 1, 2)
        assert "-A: 到網點更新。" in diff and "+A: 帶身份證到網點更新。" in diff


def test_retired_entries_cannot_be_edited_and_leave_agents_views(db, entry_id):
    with db.session() as s, s.begin():
        entry = retire(s, entry_id, ME)
        with pytest.raises(ReviewError, match="retired: it cannot be edited"):
            ensure_editable(entry)
        with pytest.raises(ReviewError, match="already retired"):
            retire(s, entry_id, ME)


def test_expiry_reminder_and_expired_list(db, entry_id):
    now = utcnow()
    with db.session() as s, s.begin():
        e = s.get(FaqEntry, entry_id)
        e.status, e.valid_until = "published", now + timedelta(days=3)
    with db.session() as s:
        assert [x.id for x in expiring_soon(s, 7, now)] == [entry_id]
        assert expired(s, now) == []
        assert [x.id for x in expired(s, now + timedelta(days=4))] == [entry_id]
        assert search_faq(s, "U盾證書過期", now=now + timedelta(days=4)) == []


def test_bulletins_post_and_drop_off(db, entry_id):
    now = utcnow()
    with db.session() as s, s.begin():
        with pytest.raises(Exception, match="needs a title"):
            bulletins.create(s, " ", "", ME)
        b = bulletins.create(s, "春節期間網點營業時間調整", "詳見附表", ME, pinned=True,
                             valid_until=now + timedelta(days=10))
        old = bulletins.create(s, "舊通告", "", ME, valid_from=now - timedelta(days=30),
                               valid_until=now - timedelta(days=1))
        e = s.get(FaqEntry, entry_id)
        proposal = bulletins.propose_for_entry(s, e, ME, updated=True)
        assert proposal.title.startswith("常見問題更新：")
        b_id, proposal_id, old_id = b.id, proposal.id, old.id
    with db.session() as s:
        assert [x.id for x in current_bulletins(s)] == [b_id]
    with db.session() as s, s.begin():
        bulletins.post(s, proposal_id, title="U盾更新流程有變")
    with db.session() as s:
        assert [x.id for x in current_bulletins(s)] == [b_id, proposal_id]
        assert old_id not in [x.id for x in current_bulletins(s)]


def test_saving_unchanged_text_keeps_a_published_entry_published(db, entry_id):
    from liaison_app.core.faq.edit import revise_entry

    with db.session() as s, s.begin():
        s.get(FaqEntry, entry_id).status = "published"
    with db.session() as s, s.begin():
        e = s.get(FaqEntry, entry_id)
        assert revise_entry(s, entry_id, e.question, e.answer, [], [], ME) == 1
    with db.session() as s:
        e = s.get(FaqEntry, entry_id)
        assert (e.status, e.revision) == ("published", 1)


def test_a_published_entry_stays_live_while_its_new_revision_is_reviewed(db, entry_id, reply):
    """Issue 14 item 4: fixing a published entry used to take it away from agents."""
    from liaison_app.core.faq.edit import revise_entry

    with db.session() as s, s.begin():
        submit(s, entry_id, ME)
        approve(s, entry_id, "center", "李")
        approve(s, entry_id, "department", "張主任")
        publish(s, entry_id, ME)
        number = revise_entry(s, entry_id, "U盾證書過期後如何更新？", "登錄網銀在線更新證書。", [], [], ME)
    assert number == 2
    with db.session() as s:
        entry = s.get(FaqEntry, entry_id)
        assert (entry.status, entry.answer, entry.revision) == ("published", "到網點更新。", 1)
        assert search_faq(s, "U盾證書過期")[0].id == entry_id
        state = review_state(s, entry_id)
        assert state.pending == 2 and state.can_decide and not state.can_publish
    with db.session() as s, s.begin():
        approve(s, entry_id, "center", "李")
        approve(s, entry_id, "department", "張主任")
        publish(s, entry_id, ME)
    with db.session() as s:
        entry = s.get(FaqEntry, entry_id)
        assert (entry.status, entry.answer, entry.revision) == ("published", "登錄網銀在線更新證書。", 2)


def test_a_retired_entry_is_restored_to_the_state_it_had(db, entry_id):
    from liaison_app.core.faq.review import restore

    with db.session() as s, s.begin():
        submit(s, entry_id, ME)
        approve(s, entry_id, "center", "李")
        approve(s, entry_id, "department", "張主任")
        publish(s, entry_id, ME)
        retire(s, entry_id, ME)
    with db.session() as s:
        assert search_faq(s, "U盾證書過期") == []
    with db.session() as s, s.begin():
        restore(s, entry_id, ME)
        with pytest.raises(ReviewError, match="only a retired entry"):
            restore(s, entry_id, ME)
    with db.session() as s:
        assert s.get(FaqEntry, entry_id).status == "published"
        assert search_faq(s, "U盾證書過期")[0].id == entry_id
