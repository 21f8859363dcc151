"""The demo correspondence with departments: queries with their due times, chases and
escalations, and the mail threads, calls and notes the outbox and the fetcher keep.

Mail is written as it went over the wire (Message-IDs, In-Reply-To, References and the
`[LQ-…]` token in the subject), so the reply matcher recognises every thread.
"""

from __future__ import annotations

from email.charset import BASE64, Charset
from email.header import Header
from email.message import EmailMessage
from email.policy import compat32
from email.utils import format_datetime, formataddr
from typing import Any

from liaison_app.core.models import Message, Query, question_ref
from liaison_app.demo import vocabulary as V
from liaison_app.demo.context import CST, LIMIT, Case, Demo, H, M, Story
from liaison_app.demo.directory import Directory

_WIRE = compat32.clone(linesep="\r\n")
_UTF8_BASE64 = Charset("utf-8")
_UTF8_BASE64.body_encoding = BASE64


class Correspondence:
    """Opens queries in a question's story and writes what each query left behind."""

    def __init__(self, demo: Demo, directory: Directory) -> None:
        self.demo = demo
        self.directory = directory
        self.imap_uid = 0

    # -- in the story -------------------------------------------------------------------

    def route(self, case: Case, s: Story, t: int, event: bool = True) -> dict[str, Any]:
        """A query to the question's department at `t` (and the route event, if asked)."""
        contacts = case.dept["contacts"]
        contact = (contacts[1 + case.qid % (len(contacts) - 1)] if len(contacts) > 1
                   else contacts[0])
        channel = "email" if self.demo.rng.random() < 0.8 else "phone"
        query = {"id": self.demo.out.next_id(Query.__table__), "contact": contact,
                 "channel": channel, "opened": t,
                 "due": t + self.directory.sla(case.issue_i, case.plan.urgent),
                 "answered": None, "chases": [], "escalated": None, "status": "open"}
        s.queries.append(query)
        if event:
            how = "郵件" if channel == "email" else "電話"
            s.events.append(("route", t, case.manager,
                             (f"轉交{case.dept['spec'].name}，聯絡人{contact['name']}，{how}諮詢，"
                             f"答覆期限 {self.demo.local(query['due'])}")))
        return query

    def chases(self, case: Case, s: Story, query: dict[str, Any], until: int) -> None:
        """Chase an overdue query once, and escalate to the head a day later."""
        due = query["due"]
        if until <= due + H:
            return
        uniform = self.demo.uniform
        first = due + uniform(0.5 * H, min(4 * H, (until - due) / 2))
        query["chases"].append(first)
        s.events.append(("follow_up", first, case.manager,
                         f"第1次催辦{case.dept['spec'].name}（已逾期）"))
        if until > due + 26 * H:
            second = due + 24 * H + uniform(0, H)
            query["chases"].append(second)
            query["escalated"] = second
            s.events.append(("follow_up", second, case.manager,
                             f"逾期一天未覆，升級至部門負責人{case.dept['head']['name']}"))

    # -- rows ---------------------------------------------------------------------------

    def write(self, case: Case, s: Story, text_: str, context: str, rich: bool) -> None:
        """The story's queries; with `rich`, their mail, calls and notes too."""
        table = Query.__table__
        for q in s.queries:
            self.demo.out.add(table, {
                "id": q["id"], "question_id": case.qid, "department_id": case.dept["id"],
                "contact_id": q["contact"]["id"], "channel": q["channel"], "status": q["status"],
                "opened_at": q["opened"], "due_at": q["due"],
                "answered_at": q["answered"], "chase_count": len(q["chases"]),
                "escalated_at": q["escalated"]})
            if rich:
                self._messages(case, q, text_, context)

    def _messages(self, case: Case, q: dict[str, Any], text_: str, context: str) -> None:
        """The mail thread or calls of one query, as the outbox and the fetcher keep them."""
        demo = self.demo
        rng, uniform, local = demo.rng, demo.uniform, demo.local
        ref = question_ref(case.qid)
        contact, head, dept = q["contact"], case.dept["head"], case.dept["spec"]
        answer = V.faq_answer(case.issue, case.product)
        short = V.subject_text(text_)
        # A second query on the same question (asked again) continues the same thread.
        subject = f"[{ref}] {'追問' if case.thread else '諮詢'}：{short}"
        if rng.random() < 0.25:  # the manager's own notes on the case
            note = V.case_note(rng, case.agent[1], dept.name, contact["name"], local(q["due"]))
            self._message(case, q, contact, direction="out", kind="note", state="logged",
                          subject=f"[{ref}] 備註", body_text=note, actor=case.manager,
                          created_at=min(q["opened"] + uniform(5 * M, 2 * H), LIMIT))
        if q["channel"] == "phone":
            for chase in q["chases"]:
                self._call(case, q, chase, contact, "電話催辦，對方表示今日內答覆。")
            if q["answered"] is not None:
                self._call(case, q, q["answered"], contact,
                           V.call_note(dept.name, contact["name"], answer))
            elif q["status"] == "open":
                self._call(case, q, q["opened"] + uniform(2 * M, 15 * M), contact,
                           V.call_note(dept.name, contact["name"], None))
            return
        thread = case.thread
        body = V.query_mail_body(contact["name"], text_, context, case.product,
                                 f"{case.agent[2]}（{case.agent[1]}）", local(q["due"]), ref,
                                 case.manager)
        sent = q["opened"] + uniform(M, 8 * M)
        self._mail_out(case, q, contact, f"{dept.mailbox}@bank.example", subject, body, sent,
                       thread)
        last_subject, last_body, last_to, last_sent = subject, body, contact, sent
        for chase in q["chases"]:
            escalated = chase == q["escalated"]
            to = head if escalated else contact
            chase_subject = f"[{ref}] 催辦：{short}"
            chase_body = V.chase_mail_body(to["name"], ref, (q["due"] - q["opened"]) // H,
                                           case.manager, escalated)
            self._mail_out(case, q, to, contact["email"] if escalated else "", chase_subject,
                           chase_body, chase, thread)
            last_subject, last_body, last_to, last_sent = chase_subject, chase_body, to, chase
        if q["answered"] is None:
            return
        reply = V.reply_mail_body(answer, ref, contact["name"], contact["title"], dept.name,
                                  contact["phone"])
        quoted = V.quoted_original(f"{V.MANAGER_DISPLAY} <{V.MANAGER_ADDRESS}>",
                                   local(last_sent),
                                   f"{last_to['name']} <{last_to['email']}>", last_subject,
                                   last_body)
        message_id = f"<{rng.getrandbits(48):012x}.{contact['email'].split('@')[0]}@bank.example>"
        at = q["answered"]
        reply_subject = f"回覆：{last_subject}"
        raw = self._raw(contact["name"], contact["email"], V.MANAGER_DISPLAY, V.MANAGER_ADDRESS,
                        "", reply_subject, reply + quoted, message_id, at, thread[-1],
                        " ".join(thread))
        self.imap_uid += 1
        self._message(case, q, contact, direction="in", kind="email", state="received",
                      subject=reply_subject, body_text=reply + quoted,
                      from_addr=contact["email"], to_addrs=V.MANAGER_ADDRESS,
                      message_id=message_id, in_reply_to=thread[-1],
                      references=" ".join(thread), raw=raw,
                      created_at=min(at + uniform(30, 3 * M), LIMIT),
                      received_at=at, match_method="header", imap_folder="INBOX",
                      imap_uidvalidity=1, imap_uid=self.imap_uid, actor=contact["name"])
        thread.append(message_id)

    def _mail_out(self, case: Case, q: dict[str, Any], to: dict[str, Any], cc: str,
                  subject: str, body: str, sent: int, thread: list[str]) -> None:
        case.sent += 1
        message_id = f"<liaison.{case.qid}.{case.sent}@{V.CENTER_DOMAIN}>"
        parent = thread[-1] if thread else None
        references = " ".join(thread) if thread else None
        raw = self._raw(V.MANAGER_DISPLAY, V.MANAGER_ADDRESS, to["name"], to["email"], cc,
                        subject, body, message_id, sent, parent, references)
        self._message(case, q, to, direction="out", kind="email", state="sent", subject=subject,
                      body_text=body, from_addr=V.MANAGER_ADDRESS, to_addrs=to["email"],
                      cc_addrs=cc, message_id=message_id, in_reply_to=parent,
                      references=references, raw=raw,
                      created_at=sent - self.demo.uniform(20, 90), sent_at=sent,
                      attempts=1, actor=case.manager)
        thread.append(message_id)

    def _call(self, case: Case, q: dict[str, Any], at: int, contact: dict[str, Any],
              note: str) -> None:
        minutes = self.demo.uniform(2, 15)
        self._message(case, q, contact, direction="out", kind="call", state="logged",
                      subject=f"[{question_ref(case.qid)}] 電話聯繫{contact['name']}",
                      body_text=note, to_addrs=contact["phone"], created_at=at,
                      call_at=at - minutes * M, call_minutes=minutes,
                      call_outcome="answered", actor=case.manager)

    def _message(self, case: Case, q: dict[str, Any], contact: dict[str, Any],
                 **values: Any) -> None:
        out, table = self.demo.out, Message.__table__
        out.add(table, {"id": out.next_id(table), "question_id": case.qid, "query_id": q["id"],
                        "contact_id": contact["id"], **values})

    def _raw(self, from_name: str, from_addr: str, to_name: str, to_addr: str, cc: str,
             subject: str, body: str, message_id: str, at: int, in_reply_to: str | None,
             references: str | None) -> bytes:
        """The message as it went over the wire: RFC 5322, CRLF lines, UTF-8 base64 body and
        RFC 2047 headers with the `[LQ-…]` token left readable, as mail clients write them.

        Built on the compat32 policy: the modern header folder takes ~3 ms a message, ten
        times longer, which the large set's thousands of threads cannot afford.
        """
        msg = EmailMessage(policy=compat32)
        msg["From"] = formataddr((from_name, from_addr), "utf-8")
        msg["To"] = formataddr((to_name, to_addr), "utf-8")
        if cc:
            msg["Cc"] = cc
        if subject.startswith("[LQ-"):  # our own mail: the token stays plain ASCII
            token, _, rest = subject.partition(" ")
            header = Header(token, "us-ascii")
            header.append(rest, "utf-8")
        else:
            header = Header(subject, "utf-8")
        msg["Subject"] = header
        msg["Date"] = format_datetime(self.demo.at(at).astimezone(CST))
        msg["Message-ID"] = message_id
        if in_reply_to:
            msg["In-Reply-To"] = in_reply_to
            msg["References"] = references
        msg["MIME-Version"] = "1.0"
        msg.set_payload(body, _UTF8_BASE64)
        return msg.as_bytes(policy=_WIRE)
