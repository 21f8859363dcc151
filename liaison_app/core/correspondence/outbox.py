"""The persistent outbox: a mail is a `Message` row in state `queued` before any socket opens.

The row holds the finished MIME bytes and Message-ID, so a retry after a failure, a crash
or a restart sends the same mail again and never a second Message-ID. Temporary failures
are retried with growing pauses; permanent ones stay `failed` with the server's words
until the manager retries them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import func, or_, select, update
from sqlalchemy.orm import Session

from liaison_app.core.errors import DomainError
from liaison_app.core.models import Direction, Message, MessageKind, MessageState
from liaison_app.core.models.correspondence import Attachment as AttachmentRow
from liaison_app.core.timeutil import utcnow
from liaison_app.mail.addresses import is_valid_address
from liaison_app.mail.compose import Draft, build_mime

# Pause before retry number n (1-based): 1, 2, 4, ... minutes, at most an hour.
BASE_DELAY = timedelta(minutes=1)
MAX_DELAY = timedelta(hours=1)
# After this many temporary failures a message is failed for good (about a day of trying).
MAX_ATTEMPTS = 30
# A sender holds a message it is sending by a lease it renews every LEASE / 3 while the
# server is being waited for (`renew_lease`). A lease not renewed means the sending
# process died: the message is queued again at once, not after a 10-minute guess.
LEASE = timedelta(seconds=60)
UNCERTAIN = ("uncertain: the mail may have reached the server ({reason}); it is sent again "
             "with the same Message-ID, so the department's mail client shows it once")


@dataclass(frozen=True)
class Sender:
    address: str
    name: str = ""


def queue_mail(
    session: Session,
    draft: Draft,
    sender: Sender,
    *,
    question_id: int | None,
    query_id: int | None = None,
    contact_id: int | None = None,
    actor: str = "",
) -> Message:
    """Store `draft` as a queued outbound mail (flushed, not committed)."""
    if not draft.to:
        raise DomainError("a mail needs at least one recipient", code="no_recipient")
    # The last guard for every door (ask, compose, chase, feedback): nothing malformed,
    # and no line break that would smuggle a header such as Bcc, is ever queued.
    for field_name, addresses in (("To", draft.to), ("Cc", draft.cc)):
        for address in addresses:
            if not is_valid_address(address):
                raise DomainError(f"{field_name}: not an email address: {address!r} "
                                  "(expected name@bank.example)", code="bad_recipient",
                                  field=field_name, address=address)
    if not sender.address:
        raise DomainError("no sender address: set [smtp] from_address in the mail settings",
                          code="no_sender_address")
    now = utcnow()
    mime, message_id = build_mime(draft, from_address=sender.address, from_name=sender.name,
                                  date=now)
    row = Message(
        question_id=question_id, query_id=query_id, contact_id=contact_id,
        direction=Direction.OUT, kind=MessageKind.EMAIL, state=MessageState.QUEUED,
        subject=draft.subject, body_text=draft.body, from_addr=sender.address,
        to_addrs=", ".join(draft.to), cc_addrs=", ".join(draft.cc), message_id=message_id,
        in_reply_to=draft.in_reply_to, references=" ".join(draft.references) or None,
        raw=mime.as_bytes(policy=mime.policy.clone(linesep="\r\n")), created_at=now, attempts=0, next_attempt_at=now, actor=actor,
    )
    for att in draft.attachments:
        main, sub = att.mime_type()
        row.attachments.append(AttachmentRow(filename=att.filename, content_type=f"{main}/{sub}",
                                             size=len(att.data), data=att.data))
    session.add(row)
    session.flush()
    return row


def retry_delay(attempts: int) -> timedelta:
    return min(BASE_DELAY * (2 ** max(0, attempts - 1)), MAX_DELAY)


def requeue_stale(session: Session, now: datetime | None = None) -> int:
    """Queue again the mails whose sender died (lease not renewed): same bytes, same
    Message-ID, and marked uncertain, since the server may have taken them already."""
    now = now or utcnow()
    result = session.execute(
        update(Message)
        .where(Message.state == MessageState.SENDING, Message.direction == Direction.OUT,
               or_(Message.next_attempt_at.is_(None), Message.next_attempt_at < now))
        .values(state=MessageState.QUEUED, next_attempt_at=now,
                error=UNCERTAIN.format(reason="the sending process stopped"))
    )
    return result.rowcount or 0


def requeue_in_flight(session: Session, now: datetime | None = None) -> int:
    """Queue again every mail still `sending`, whatever its claim says: called by a desk
    that has just taken the mail lease over from a holder that died (only the holder
    sends, so these were the dead desk's). Same bytes and Message-ID, marked uncertain."""
    now = now or utcnow()
    result = session.execute(
        update(Message)
        .where(Message.state == MessageState.SENDING, Message.direction == Direction.OUT)
        .values(state=MessageState.QUEUED, next_attempt_at=now,
                error=UNCERTAIN.format(reason="the desk sending it stopped"))
        .execution_options(synchronize_session=False)
    )
    return result.rowcount or 0


def renew_lease(session: Session, message_id: int, now: datetime) -> bool:
    """The sender is alive and still sending `message_id` (the heartbeat)."""
    done = session.execute(
        update(Message).where(Message.id == message_id, Message.state == MessageState.SENDING)
        .values(next_attempt_at=now + LEASE).execution_options(synchronize_session=False))
    return done.rowcount == 1


def mark_uncertain(message: Message, reason: str, now: datetime) -> None:
    """The server may have the mail: queued again later with the same bytes and id."""
    if (message.attempts or 0) >= MAX_ATTEMPTS:
        message.state = MessageState.FAILED
        message.next_attempt_at = None
    else:
        message.state = MessageState.QUEUED
        message.next_attempt_at = now + retry_delay(message.attempts or 1)
    message.error = UNCERTAIN.format(reason=reason)


def due_ids(session: Session, now: datetime | None = None, limit: int = 200) -> list[int]:
    now = now or utcnow()
    stmt = (
        select(Message.id)
        .where(Message.direction == Direction.OUT, Message.kind == MessageKind.EMAIL,
               Message.state == MessageState.QUEUED,
               or_(Message.next_attempt_at.is_(None), Message.next_attempt_at <= now))
        .order_by(Message.id)
        .limit(limit)
    )
    return list(session.scalars(stmt))


def claim(session: Session, message_id: int, now: datetime) -> bool:
    """Take a queued mail for sending, atomically: of two senders on one shared database
    (a colleague's window, `liaison mail sync`), only one gets it, so it goes out once."""
    done = session.execute(
        update(Message).where(Message.id == message_id, Message.state == MessageState.QUEUED)
        .values(state=MessageState.SENDING, attempts=func.coalesce(Message.attempts, 0) + 1,
                next_attempt_at=now + LEASE)
        .execution_options(synchronize_session=False)
    )
    return done.rowcount == 1


def mark_sent(message: Message, now: datetime) -> None:
    message.state = MessageState.SENT
    message.sent_at = now
    message.error = None
    message.next_attempt_at = None


def mark_failed(message: Message, error: str, temporary: bool, now: datetime) -> None:
    """Record the server's words; a temporary failure waits and is tried again."""
    message.error = error
    if temporary and (message.attempts or 0) < MAX_ATTEMPTS:
        message.state = MessageState.QUEUED
        message.next_attempt_at = now + retry_delay(message.attempts or 1)
    else:
        message.state = MessageState.FAILED
        message.next_attempt_at = None


def retry_now(session: Session, message_id: int) -> None:
    """The manager's "Send again": a failed or waiting mail goes out at the next cycle."""
    message = session.get(Message, message_id)
    if message is None or message.direction != Direction.OUT:
        raise ValueError(f"no outgoing message {message_id}")
    if message.state in (MessageState.FAILED, MessageState.QUEUED):
        message.state = MessageState.QUEUED
        message.next_attempt_at = utcnow()
