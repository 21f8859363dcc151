"""Inbound mail: stored raw first, then parsed and matched in a second transaction.

A crash between the two leaves a `fetched` row that the next cycle parses; a mail that
cannot be read is `quarantined` with the reason, kept raw, and can be reprocessed.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Select, delete, select
from sqlalchemy.orm import Session, object_session

from liaison_app.core.correspondence import reply_matching
from liaison_app.core.faq import review_mail
from liaison_app.core.models import Direction, Message, MessageKind, MessageState
from liaison_app.core.models.correspondence import Attachment
from liaison_app.core.questions.intake import (
    MAX_TEXT_CHARS,
    ForwardRequest,
    IntakeError,
    forward_question,
)
from liaison_app.core.questions.workflow import DomainError
from liaison_app.core.timeutil import utcnow
from liaison_app.mail import mime_parse
from liaison_app.mail.authentication import SenderTrust, authenticated
from liaison_app.mail.quoting import split_reply


@dataclass
class Outcome:
    state: str  # received | quarantined | duplicate
    method: str = ""
    question_id: int | None = None
    new_question: bool = False
    auto_kind: str | None = None


def store_raw(session: Session, raw: bytes, *, folder: str | None = None,
              uidvalidity: int | None = None, uid: int | None = None) -> Message:
    """The raw mail as received, before any parsing (flushed, not committed)."""
    row = Message(direction=Direction.IN, kind=MessageKind.EMAIL, state=MessageState.FETCHED,
                  raw=raw, received_at=utcnow(), created_at=utcnow(), imap_folder=folder,
                  imap_uidvalidity=uidvalidity, imap_uid=uid)
    session.add(row)
    session.flush()
    return row


def already_stored_query(folder: str, uidvalidity: int, uid: int) -> Select:
    """The fetch's per-mail "stored before?" check (served by `uq_messages_imap`)."""
    return select(Message.id).where(
        Message.imap_folder == folder, Message.imap_uidvalidity == uidvalidity,
        Message.imap_uid == uid).limit(1)


def already_stored(session: Session, folder: str, uidvalidity: int, uid: int) -> bool:
    return session.scalar(already_stored_query(folder, uidvalidity, uid)) is not None


def pending_ids(session: Session) -> list[int]:
    """Stored mails not parsed yet (a crash or a cut connection came in between)."""
    return list(session.scalars(select(Message.id).where(
        Message.direction == Direction.IN, Message.state == MessageState.FETCHED)
        .order_by(Message.id)))


def process(session: Session, message_id: int, actor: str,
            trust: SenderTrust | None = None,
            lookups: reply_matching.Lookups | None = None) -> Outcome:
    """Parse and match one stored mail (inside the caller's transaction).

    A mail from an agent's address becomes a question only when `trust` (the bank's
    mail server) vouches for the sender; repeats of one agent mail fold into its question.
    `lookups` is the fetch cycle's cache of contacts, queries and threads (one per cycle).
    """
    row = session.get(Message, message_id)
    if row is None:
        raise DomainError(f"no message {message_id}", code="no_message", message=message_id)
    try:
        mail = mime_parse.parse(row.raw or b"")
    except mime_parse.Unreadable as exc:
        row.state = MessageState.QUARANTINED
        row.error = str(exc)
        return Outcome("quarantined")
    except Exception as exc:  # noqa: BLE001 - a parser bug must not lose the mail either
        row.state = MessageState.QUARANTINED
        row.error = f"cannot be parsed: {type(exc).__name__}: {exc}"
        return Outcome("quarantined")
    reused_id = False
    if mail.message_id:
        earlier = _same_id_before(session, mail.message_id, row.id)
        digest = mime_parse.content_digest(row.raw or b"")
        if any(mime_parse.content_digest(raw or b"") == digest for raw in earlier):
            # The same mail again (another folder, a reset UIDVALIDITY): same Message-ID
            # and same content. Only then is the second copy let go.
            session.delete(row)
            return Outcome("duplicate")
        reused_id = bool(earlier)
    _fill(row, mail)
    found = reply_matching.match(session, mail, own_id=row.id, lookups=lookups)
    row.match_method = found.method
    row.question_id = found.question_id
    row.query_id = found.query_id
    row.contact_id = found.contact_id
    row.candidate_question_id = found.candidate_question_id
    row.agent_id = found.agent_id
    outcome = Outcome("received", found.method, found.question_id, auto_kind=mail.auto_kind)
    repeat_of = None
    if found.method == "agent":
        vouched, why = authenticated(mail.from_addr, mail.auth_results, mail.received, trust)
        if not vouched:
            row.match_method = "none"
            row.agent_id = None
            row.error = f"not taken as a question: {why}"
            outcome.method = "none"
            found = reply_matching.Match("none", contact_id=found.contact_id)
        else:
            repeat_of = _repeat_of(session, row)
    if found.method == "agent" and repeat_of is not None:
        # The same mail again (an agent pressing Send 30 times, a looping rule): one question.
        row.question_id = repeat_of
        outcome.question_id = repeat_of
    elif found.method == "agent":
        try:
            result = forward_question(session, _forward_request(found.agent_code or "", mail),
                                      actor)
        except IntakeError as exc:
            row.match_method = "none"
            row.error = f"not taken as a question: {exc}"
            outcome.method = "none"
        else:
            row.question_id = result.question_id
            outcome.question_id = result.question_id
            outcome.new_question = True
    if found.method == "none" and review_mail.match_reply(session, row, mail, actor, trust):
        # a reply to an FAQ review request or flag notice (issue 17): matched to its entry
        outcome.method = review_mail.REPLY
    if mail.auto_kind == "bounce":
        _mark_bounced(session, mail)
    row.state = MessageState.RECEIVED
    row.error = row.error if outcome.method == "none" else None
    if reused_id:
        # Kept: a different mail under a Message-ID already seen (issue 20: 34 of 489
        # real mails were deleted for this). Said on the row so the manager can tell.
        note = "kept: another mail with the same Message-ID but different content was stored before"
        row.error = f"{row.error}; {note}" if row.error else note
    session.flush()
    return outcome


def repeat_query(own_id: int, from_addr: str, subject: str, body_text: str) -> Select:
    """An identical earlier agent mail (served by `ix_messages_from_addr`, migration 0024)."""
    return select(Message.question_id).where(
        Message.direction == Direction.IN, Message.id != own_id,
        Message.match_method == "agent", Message.question_id.is_not(None),
        Message.from_addr == from_addr, Message.subject == subject,
        Message.body_text == body_text).order_by(Message.id).limit(1)


def _repeat_of(session: Session, row: Message) -> int | None:
    """The question an identical earlier mail of the same agent became, if any."""
    return session.scalar(repeat_query(row.id, row.from_addr, row.subject, row.body_text))


def _forward_request(agent_code: str, mail: mime_parse.ParsedMail) -> ForwardRequest:
    new_text, _quoted = split_reply(mail.text)
    subject = reply_matching.TOKEN_RE.sub("", mail.subject).strip(" []:：")
    for prefix in ("Fwd:", "FW:", "Fw:", "转发：", "轉寄：", "转发:", "轉寄:"):
        subject = subject.removeprefix(prefix).strip()
    text = "\n".join(t for t in (subject, new_text) if t).strip() or mail.text.strip()
    context = ""
    if len(text) > MAX_TEXT_CHARS:
        text, context = text[:MAX_TEXT_CHARS], text[MAX_TEXT_CHARS:MAX_TEXT_CHARS * 5]
    return ForwardRequest(agent=agent_code, text=text, context=context, source="email")


def _mark_bounced(session: Session, mail: mime_parse.ParsedMail) -> None:
    """The mail a bounce names was not delivered: say so on it, in the server's words."""
    if not mail.bounced_ids:
        return
    reason = next((line.strip() for line in mail.text.splitlines() if line.strip()), "")
    for sent in session.scalars(select(Message).where(
            Message.message_id.in_(mail.bounced_ids), Message.direction == Direction.OUT)):
        sent.state = MessageState.FAILED
        sent.error = f"bounced: {reason}"[:1000] if reason else "bounced"


def same_id_query(message_id: str, own_id: int) -> Select:
    """Mails received before under `message_id` (served by `ix_messages_message_id`)."""
    return select(Message.raw).where(
        Message.message_id == message_id, Message.direction == Direction.IN,
        Message.id != own_id, Message.state == MessageState.RECEIVED).limit(50)


def _same_id_before(session: Session, message_id: str, own_id: int) -> list[bytes | None]:
    """The raw bytes of the mails received before under `message_id`."""
    return list(session.scalars(same_id_query(message_id, own_id)))


def _fill(row: Message, mail: mime_parse.ParsedMail) -> None:
    row.subject = mail.subject
    row.body_text = mail.text
    row.body_html = mail.html
    row.from_addr = mail.from_addr[:320]
    row.to_addrs = ", ".join(mail.to)
    row.cc_addrs = ", ".join(mail.cc)
    row.message_id = (mail.message_id or "")[:998] or None
    row.in_reply_to = " ".join(mail.in_reply_to)[:998] or None
    row.references = " ".join(mail.references) or None
    row.is_auto_reply = mail.auto_kind is not None
    row.auto_kind = mail.auto_kind
    if mail.date is not None:
        row.sent_at = mail.date
    # Added by id rather than through `row.attachments`, which would load them first.
    session = object_session(row)
    for att in mail.attachments:
        session.add(Attachment(message_id=row.id, filename=att.filename[:500],
                               content_type=att.content_type[:200], size=len(att.data),
                               data=att.data))


def reprocess(session: Session, message_id: int, actor: str) -> Outcome:
    """Parse a quarantined (or any received) mail again, e.g. after a parser fix."""
    row = session.get(Message, message_id)
    if row is None or row.direction != Direction.IN:
        raise DomainError(f"no received message {message_id}", code="no_message", message=message_id)
    row.state = MessageState.FETCHED
    row.error = None
    session.execute(delete(Attachment).where(Attachment.message_id == row.id))
    session.expire(row, ["attachments"])
    return process(session, message_id, actor)


DISMISS_REASONS = ("dismissed", "spam")


def dismiss(session: Session, message_ids: list[int], reason: str = "dismissed") -> int:
    """Take unmatched mail out of the tray (as a mail client archives or marks spam): the
    message stays stored raw and `restore_to_tray` puts it back. Returns how many."""
    if reason not in DISMISS_REASONS:
        raise DomainError(f"unknown reason {reason!r} (dismissed or spam)")
    count = 0
    for message_id in message_ids:
        row = session.get(Message, message_id)
        if row is None or row.direction != Direction.IN or row.question_id is not None:
            raise DomainError(f"no unmatched received message {message_id}", code="no_message",
                              message=message_id)
        row.state = MessageState.DISMISSED
        row.match_method = reason
        count += 1
    session.flush()
    return count


def restore_to_tray(session: Session, message_ids: list[int]) -> int:
    """Undo `dismiss`: the mail is back in the unmatched tray."""
    count = 0
    for message_id in message_ids:
        row = session.get(Message, message_id)
        if row is not None and row.state == MessageState.DISMISSED:
            row.state = MessageState.QUARANTINED if row.error else MessageState.RECEIVED
            row.match_method = None
            count += 1
    session.flush()
    return count


def attach_to_question(session: Session, message_id: int, question_id: int) -> None:
    """The manager's choice in the unmatched tray (also confirms a suggested match)."""
    from liaison_app.core.models import Question

    row = session.get(Message, message_id)
    if row is None or row.direction != Direction.IN:
        raise DomainError(f"no received message {message_id}", code="no_message", message=message_id)
    if session.get(Question, question_id) is None:
        raise DomainError(f"no question {question_id}", code="no_question", ref=f"LQ-{question_id:06d}")
    row.question_id = question_id
    row.candidate_question_id = None
    row.match_method = "manual"
    from liaison_app.core.correspondence.queries import latest_open_query

    query = latest_open_query(session, question_id)
    row.query_id = query.id if query else None


def question_from_mail(session: Session, message_id: int, agent_code: str, actor: str) -> int:
    """Make a new forwarded question of an unmatched mail (the manager names the agent)."""
    row = session.get(Message, message_id)
    if row is None or row.direction != Direction.IN:
        raise DomainError(f"no received message {message_id}", code="no_message", message=message_id)
    mail = mime_parse.ParsedMail(subject=row.subject, text=row.body_text)
    result = forward_question(session, _forward_request(agent_code, mail), actor)
    row.question_id = result.question_id
    row.candidate_question_id = None
    row.match_method = "manual"
    return result.question_id
