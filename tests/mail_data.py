"""A small directory for mail tests: one department with contacts and a head, an agent,
and settings pointing at the local test peers."""

from __future__ import annotations

from dataclasses import dataclass

from liaison_app.core.config import load_settings
from liaison_app.core.correspondence.queries import MailIdentity
from liaison_app.core.questions.intake import ForwardRequest, forward_question
from tests import factories as make

CONTACT = "wang.li@cards.bank.example"
DEPUTY = "chen.mei@cards.bank.example"
HEAD = "head.zhang@cards.bank.example"
AGENT_EMAIL = "agent007@callcenter.bank.example"
# The bank's receiving server, as it names itself in Authentication-Results.
AUTHSERV_ID = "mx.bank.example"


def authenticated_by_bank(raw: bytes, domain: str = "callcenter.bank.example") -> bytes:
    """`raw` as the bank's server delivers it after checking the sender's DKIM signature."""
    return (f"Authentication-Results: {AUTHSERV_ID}; dkim=pass header.d={domain}; "
            f"spf=pass smtp.mailfrom=x@{domain}\r\n").encode() + raw
SENDER = "hardq@bank.example"
IDENTITY = MailIdentity(address=SENDER, name="客服中心信息管理員", language="zh_TW")

QUESTION = "客戶的信用卡年費可否減免？卡號 6222 0212 3456 7890 123，身分證 11010519491231002X"


@dataclass
class Seeded:
    department_id: int
    question_id: int
    contact_id: int
    head_id: int


def seed(db, text: str = QUESTION) -> Seeded:
    with db.session() as s, s.begin():
        dept = make.department(s, "信用卡部", "信用卡年費、額度", sla_hours=8,
                               keywords=["信用卡"], email="cards@bank.example")
        contact = make.contact(s, dept, "王麗", title="經理", email=CONTACT)
        make.contact(s, dept, "陳美", title="專員", email=DEPUTY)
        head = make.contact(s, dept, "張主任", title="主任", email=HEAD)
        dept.head_contact_id = head.id
        make.agent(s, "A007", "林小華", email=AGENT_EMAIL)
        result = forward_question(s, ForwardRequest(agent="A007", text=text,
                                                    context="客戶致電，卡號 6222-0212-3456-7890"),
                                  "test")
        return Seeded(dept.id, result.question_id, contact.id, head.id)


def write_settings(smtp_port: int | None = None, imap_port: int | None = None,
                   smtp_user: str = "", imap_user: str = "demouser"):
    settings = load_settings()
    if smtp_port:
        settings.data["smtp"] = {"host": "127.0.0.1", "port": smtp_port, "security": "none",
                                 "username": smtp_user, "from_address": SENDER,
                                 "from_name": IDENTITY.name, "timeout_seconds": 5}
    if imap_port:
        settings.data["imap"] = {"host": "127.0.0.1", "port": imap_port, "security": "none",
                                 "username": imap_user, "folders": ["INBOX"],
                                 "poll_seconds": 60, "timeout_seconds": 5,
                                 "authserv_ids": [AUTHSERV_ID]}
    settings.save()
    return settings
