"""Logging phone calls with a department: routing by phone sets a due time; calls about
finished questions are refused rather than opening a query nobody closes."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from liaison_app.core.correspondence.queries import CallLog, log_call
from liaison_app.core.models import Department, Query, Question
from liaison_app.core.questions.triage import reject
from liaison_app.core.questions.workflow import DomainError
from tests.mail_data import seed


def test_a_new_question_routed_by_phone_gets_its_due_time(db):
    seeded = seed(db)
    at = datetime(2026, 11, 26, 2, 0, tzinfo=UTC)  # a Thursday morning in Asia
    with db.session() as s, s.begin():
        dept = s.get(Department, seeded.department_id)
        log_call(s, CallLog(seeded.question_id, dept, "no_answer", summary="無人接聽", at=at), "manager")
    with db.session() as s:
        q = s.get(Question, seeded.question_id)
        query = s.query(Query).one()
        assert q.status == "awaiting_department" and q.due_at is not None and q.due_at > at
        assert query.due_at == q.due_at and query.channel == "call"


def test_a_call_about_a_rejected_question_is_refused(db):
    seeded = seed(db)
    with db.session() as s, s.begin():
        reject(s, seeded.question_id, "不屬本中心", "manager")
    with db.session() as s, s.begin(), pytest.raises(DomainError, match="'rejected'"):
        log_call(s, CallLog(seeded.question_id, s.get(Department, seeded.department_id),
                            "no_answer"), "manager")
    with db.session() as s:
        assert s.query(Query).count() == 0
