"""The FAQ counter: each use is an event with who and when, and the entry's count follows."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from liaison_app.core.faq.hits import record_hit
from liaison_app.core.models import FaqEntry, FaqHit
from liaison_app.core.questions.workflow import DomainError
from tests import factories as make


def test_each_use_is_recorded_and_counted(db):
    with db.sessions.begin() as session:
        entry_id = make.faq_entry(session, "信用卡掛失如何辦理？", "撥打95599。", index=False).id
    with db.sessions.begin() as session:
        assert record_hit(session, entry_id, "王經理", "copy") == 1
        assert record_hit(session, entry_id, "A1001", "triage", question_id=None) == 2
    with db.session() as session:
        assert session.get(FaqEntry, entry_id).hit_count == 2
        hits = session.execute(select(FaqHit.actor, FaqHit.kind).where(FaqHit.entry_id == entry_id)
                               .order_by(FaqHit.id)).all()
        assert [tuple(h) for h in hits] == [("王經理", "copy"), ("A1001", "triage")]


def test_unknown_entry_or_kind_is_refused_and_nothing_written(db):
    with db.sessions.begin() as session:
        entry_id = make.faq_entry(session, "U盾過期", "到網點更新。", index=False).id
    with pytest.raises(DomainError, match="No FAQ entry 999"), db.sessions.begin() as session:
        record_hit(session, 999, "王經理", "used")
    with pytest.raises(DomainError, match="unknown kind"), db.sessions.begin() as session:
        record_hit(session, entry_id, "王經理", "liked")
    with db.session() as session:
        assert session.scalar(select(func.count()).select_from(FaqHit)) == 0
        assert session.get(FaqEntry, entry_id).hit_count == 0
