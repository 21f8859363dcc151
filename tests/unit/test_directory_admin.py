"""The department directory's rules: every refusal names its field, the rest is saved."""

from __future__ import annotations

import pytest
from sqlalchemy import select

from liaison_app.core.directory.admin import (
    ContactInput,
    DepartmentInput,
    DirectoryError,
    load_department,
    parse_keywords,
    save_department,
    set_contact_active,
    set_department_active,
    valid_email,
)
from liaison_app.core.models import Contact, Department


def cards(**changes) -> DepartmentInput:
    data = DepartmentInput(
        name="信用卡部", duties="信用卡年費、額度", sla_hours=8,
        routing_keywords=["信用卡", "年費"], email="cards@bank.example", phone="010-6659 3101",
        contacts=[ContactInput("王麗", "經理", "wang.li@bank.example", "3201", deputy=1),
                  ContactInput("陳美", "專員", "chen.mei@bank.example", deputy=0),
                  ContactInput("張主任", "主任", "zhang@bank.example")],
        head=2)
    for key, value in changes.items():
        setattr(data, key, value)
    return data


def save(db, data, department_id=None) -> int:
    with db.session() as s, s.begin():
        return save_department(s, data, department_id).id


def refusal(db, data, department_id=None) -> list[tuple[str, str, int | None]]:
    with db.session() as s, s.begin(), pytest.raises(DirectoryError) as caught:
        save_department(s, data, department_id)
    return [(p.field, p.code, p.row) for p in caught.value.problems]


def test_a_department_is_saved_with_contacts_head_and_deputies(db):
    dept_id = save(db, cards())
    with db.session() as s:
        dept = s.get(Department, dept_id)
        names = {c.id: c.name for c in dept.contacts}
        assert dept.head.name == "張主任"
        assert [(c.name, names.get(c.deputy_id)) for c in dept.contacts] == [
            ("王麗", "陳美"), ("陳美", "王麗"), ("張主任", None)]
        assert dept.routing_keywords == ["信用卡", "年費"]
        assert load_department(s, dept_id).contacts[0].email == "wang.li@bank.example"


def test_refusals_name_the_field_and_the_contact(db):
    save(db, cards())
    bad = cards(name="ＡＢＣ部", sla_hours=0, email="cards@", head=None)
    bad.contacts[0].email = "wang li@bank"
    bad.contacts[1].name = " "
    bad.contacts[2].deputy = 2
    assert refusal(db, bad) == [
        ("sla_hours", "sla", None), ("email", "email", None), ("email", "email", 0),
        ("name", "required", 1), ("deputy", "deputy_self", 2)]
    with db.session() as s, s.begin(), pytest.raises(DirectoryError) as caught:
        save_department(s, bad)
    message = str(caught.value)
    assert "SLA hours" in message and "contact 1 (王麗): email 'wang li@bank'" in message
    assert "contact 3 (張主任): a contact cannot be their own deputy" in message


def test_names_are_unique_whatever_the_case_width_or_spacing(db):
    save(db, cards(name="Cards  Dept"))
    assert refusal(db, cards(name="ｃａｒｄｓ dept")) == [("name", "duplicate_name", None)]
    dept_id = save(db, cards(name="電子銀行部", contacts=[], head=None))
    # Saving a department under its own name is no conflict.
    save(db, cards(name="電子銀行部", contacts=[], head=None, sla_hours=4), dept_id)


def test_head_and_deputy_must_be_contacts_of_the_department(db):
    assert refusal(db, cards(head=7)) == [("head", "head_other", None)]
    data = cards()
    data.contacts[0].deputy = 9
    assert refusal(db, data) == [("deputy", "deputy_other", 0)]
    data = cards()
    data.contacts[2].active = False
    assert refusal(db, data) == [("head", "head_inactive", None)]
    data = cards()
    data.contacts[1].email = "WANG.LI@bank.example"
    assert refusal(db, data) == [("email", "duplicate_email", 1)]
    # A contact of another department cannot be edited through this one.
    other = save(db, cards(name="個人金融部"))
    dept_id = save(db, cards(name="電子銀行部", contacts=[], head=None))
    with db.session() as s:
        foreign = load_department(s, other).contacts[0]
    foreign.deputy = None
    assert refusal(db, cards(name="電子銀行部", contacts=[foreign], head=None), dept_id) == [
        ("contacts", "contact_other", 0)]


def test_removed_contacts_are_deactivated_and_lose_their_roles(db):
    dept_id = save(db, cards())
    with db.session() as s:
        data = load_department(s, dept_id)
    data.contacts = data.contacts[1:]  # 王麗 removed; 陳美's deputy was 王麗
    data.contacts[0].deputy = None
    data.head = 1
    save(db, data, dept_id)
    with db.session() as s:
        rows = s.execute(select(Contact.name, Contact.active).order_by(Contact.id)).all()
        assert rows == [("王麗", False), ("陳美", True), ("張主任", True)]
        head_id = s.get(Department, dept_id).head_contact_id
    with db.session() as s, s.begin():
        set_contact_active(s, head_id, False)
        assert s.get(Department, dept_id).head_contact_id is None
        set_department_active(s, dept_id, False)
    with db.session() as s:
        assert s.get(Department, dept_id).active is False


def test_keywords_and_addresses():
    assert parse_keywords("信用卡、年費，額度; 信用卡 ,\n分期") == ["信用卡", "年費", "額度", "分期"]
    assert valid_email("li.na+cards@bank-hk.example.com")
    for bad in ("", "li@", "@bank.example", "li na@bank.example", "li@bank", "li@@bank.example",
                "li@bank..example", "李@bank.example", "li.@bank.example"):
        assert not valid_email(bad), bad


def test_a_department_is_asked_only_through_a_contact_with_email(db):
    from liaison_app.core.correspondence import queries
    from liaison_app.core.models import Agent, Question, QuestionStatus
    from liaison_app.core.questions.intake import ForwardRequest, forward_question
    from liaison_app.core.questions.workflow import DomainError

    identity = queries.MailIdentity("hardq@bank.example", "客服中心")
    bare = cards(email="cards@bank.example", head=None,
                 contacts=[ContactInput("王麗", "經理", phone="3201")])  # no email
    dept_id = save(db, bare)
    with db.session() as s, s.begin():
        s.add(Agent(code="A007", name="林小華"))
        s.flush()
        qid = forward_question(s, ForwardRequest(agent="A007", text="年費可否減免？"), "t").question_id
    with db.session() as s, s.begin(), pytest.raises(DomainError) as caught:
        queries.ask(s, qid, s.get(Department, dept_id), identity, "王經理",
                    to="cards@bank.example")
    assert str(caught.value) == ("department 信用卡部 has no contact with an email address: "
                                 "add one in Departments › Edit… before asking it")
    with db.session() as s:
        assert s.get(Question, qid).status == QuestionStatus.NEW  # nothing happened
    with db.session() as s, s.begin():
        set_department_active(s, dept_id, False)
    with db.session() as s, s.begin(), pytest.raises(DomainError, match="is inactive"):
        queries.ask(s, qid, s.get(Department, dept_id), identity, "王經理")
    with db.session() as s, s.begin():
        data = load_department(s, dept_id)
        data.active = True
        data.contacts[0].email = "wang.li@bank.example"
        save_department(s, data, dept_id)
    with db.session() as s, s.begin():
        _query, message = queries.ask(s, qid, s.get(Department, dept_id), identity, "王經理")
        assert message.to_addrs == "wang.li@bank.example"
