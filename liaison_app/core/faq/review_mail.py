"""The mail fallback of the department desk: review requests and flag notices by mail to
departments where no one uses the desk, and their replies matched back (issue 17 item 5).

Each mail carries the entry's token `[LF-000045]` in the subject and body (the `[LQ-…]`
rule of queries), and is kept with the entry's id. A reply is matched by its threading
headers, else by the token. From a contact of the owner department, a reply whose first
line approves ("同意", "Approve", ...) is the department's approval of the revision the
request named (the reply is its evidence); any other reply is its comments, kept as the
department sending the revision back. A reply from anyone else, or about a revision that
is no longer under review, is only attached to the entry for the manager to read.
"""

from __future__ import annotations

import re
from datetime import datetime, timedelta

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from liaison_app.core.correspondence.outbox import queue_mail
from liaison_app.core.correspondence.queries import MailIdentity, mail_contacts
from liaison_app.core.faq.co_review import text_to_fix
from liaison_app.core.faq.history import pending_revision
from liaison_app.core.faq.review import (
    ReviewError,
    ensure_other_person,
    revision_diff,
    revision_under_review,
    signed_in_login,
)
from liaison_app.core.models import (
    ApprovalSide,
    Contact,
    Department,
    Direction,
    FaqApproval,
    FaqEntry,
    FaqEvent,
    FaqFlag,
    FaqRevision,
    FaqStatus,
    Message,
    Setting,
)
from liaison_app.core.models.people import PersonDepartment, PersonRow
from liaison_app.core.team.department_upkeep import Digest, digest
from liaison_app.core.timeutil import format_local, utcnow
from liaison_app.mail import compose
from liaison_app.mail.authentication import SenderTrust, authenticated
from liaison_app.mail.compose import Draft
from liaison_app.mail.mime_parse import ParsedMail
from liaison_app.mail.quoting import split_reply

FAQ_TOKEN_RE = re.compile(r"\bLF-(\d{6,9})\b", re.IGNORECASE)
# A first line that approves, in the languages the templates are written in.
APPROVE_RE = re.compile(r"^\s*(同意|核准|批准|approved?|ok)\b", re.IGNORECASE)
REVIEW, FLAG, REPLY = "review:", "flag:", "faq_reply"
# How recent a review or flag must be to be mailed (see `queue_due_mail`).
REQUEST_DAYS = 7


def entry_ref(entry_id: int) -> str:
    return f"LF-{entry_id:06d}"


def departments_with_desk(session: Session) -> set[int]:
    """Departments at least one active person works on the department desk for (none on
    SQLite: the department desk exists on a team database only)."""
    rows = session.execute(
        select(PersonDepartment.department_id, PersonRow.roles)
        .join(PersonRow, PersonRow.login == PersonDepartment.login)
        .where(PersonRow.active.is_(True)))
    return {dept for dept, roles in rows if "department" in (roles or [])}


def _change_text(session: Session, entry: FaqEntry) -> str:
    pending = pending_revision(session, entry)
    if pending is not None:
        return "\n".join(revision_diff(session, entry.id, entry.revision, pending.number))
    text = text_to_fix(session, entry.id)
    return f"Q: {text['question']}\nA: {text['answer']}"


def _queue(session: Session, entry: FaqEntry, dept: Department, kind: str, marker: str,
           extra: dict[str, str], identity: MailIdentity, actor: str) -> Message | None:
    contacts = mail_contacts(dept)
    if not contacts:
        return None  # the directory rule: a department is mailed through named contacts
    ref = entry_ref(entry.id)
    values = {"ref": ref, "summary": compose.summary_of(entry.question),
              "department": dept.name, "contact": contacts[0].name, "sender":
              identity.name or identity.address, "change": _change_text(session, entry), **extra}
    subject, body = compose.render(kind, identity.language, values)
    if f"[{ref}]" not in subject:
        subject = f"[{ref}] {subject}"
    draft = Draft(subject=subject, body=body, to=[c.email for c in contacts])
    message = queue_mail(session, compose.apply_masking(draft, False), identity.sender,
                         question_id=None, contact_id=contacts[0].id, actor=actor)
    message.faq_entry_id = entry.id
    message.match_method = marker
    session.flush()
    return message


def queue_due_mail(session: Session, identity: MailIdentity, actor: str) -> int:
    """Queue a review request for each revision waiting for a mail-only department's
    decision, and a notice of each open flag on such a department's entry; each once.
    Returns how many mails were queued."""
    with_desk = departments_with_desk(session)
    queued = 0
    # Only what waits for review: entries in review, and published entries with a newer
    # revision (a whole base of published entries is not walked on every mail cycle).
    newer = select(FaqRevision.id).where(FaqRevision.entry_id == FaqEntry.id,
                                         FaqRevision.number > FaqEntry.revision).exists()
    # Reviews and flags of the last REQUEST_DAYS only: a database upgraded with hundreds
    # of old pending reviews does not flood the departments on its first cycle (those
    # stay with the manager, who can still record the department's word with evidence).
    since = utcnow() - timedelta(days=REQUEST_DAYS)
    entries = session.scalars(select(FaqEntry).where(
        FaqEntry.department_id.is_not(None), FaqEntry.updated_at >= since,
        or_(FaqEntry.status == FaqStatus.IN_REVIEW,
            (FaqEntry.status == FaqStatus.PUBLISHED) & newer)))
    # what was mailed and decided already, read once (not a query per entry per cycle)
    sent = {(entry_id, marker) for entry_id, marker in session.execute(
        select(Message.faq_entry_id, Message.match_method).where(
            Message.faq_entry_id.is_not(None), Message.direction == Direction.OUT))}
    entries = [e for e in entries if e.department_id not in with_desk]
    decided = {(entry_id, number) for entry_id, number in session.execute(
        select(FaqApproval.entry_id, FaqApproval.revision).where(
            FaqApproval.side == ApprovalSide.DEPARTMENT,
            FaqApproval.entry_id.in_([e.id for e in entries])))} if entries else set()
    for entry in entries:
        revision = revision_under_review(session, entry)
        if revision is None or (entry.id, f"{REVIEW}{revision}") in sent:
            continue
        if (entry.id, revision) in decided:
            continue  # the department's word on this revision is in already
        dept = session.get(Department, entry.department_id)
        if dept is not None and _queue(session, entry, dept, "review_request",
                                       f"{REVIEW}{revision}", {"revision": str(revision)},
                                       identity, actor):
            queued += 1
    flags = session.execute(
        select(FaqFlag, FaqEntry).join(FaqEntry, FaqEntry.id == FaqFlag.entry_id)
        .where(FaqFlag.resolved_at.is_(None), FaqEntry.department_id.is_not(None),
               FaqFlag.flagged_at >= since)).all()
    for flag, entry in flags:
        if entry.department_id in with_desk or (entry.id, f"{FLAG}{flag.id}") in sent:
            continue
        dept = session.get(Department, entry.department_id)
        if dept is not None and _queue(session, entry, dept, "flag_notice", f"{FLAG}{flag.id}",
                                       {"kind": flag.kind, "comment": flag.comment},
                                       identity, actor):
            queued += 1
    return queued


def _request_of(session: Session, mail: ParsedMail) -> tuple[int, str | None] | None:
    """(entry id, marker of the request replied to) by headers, else by the LF token."""
    if mail.thread_ids:
        for found in session.execute(select(Message.faq_entry_id, Message.match_method).where(
                Message.message_id.in_(mail.thread_ids), Message.faq_entry_id.is_not(None),
                Message.direction == Direction.OUT)):
            return found[0], found[1]
    for text in (mail.subject, mail.text):
        m = FAQ_TOKEN_RE.search(text or "")
        if m and session.get(FaqEntry, int(m.group(1))) is not None:
            return int(m.group(1)), None
    return None


def match_reply(session: Session, row: Message, mail: ParsedMail, actor: str,
                trust: SenderTrust | None = None) -> bool:
    """Attach an unmatched mail that answers a review request or flag notice to its
    entry, and take a department contact's verdict on the revision. True when matched.

    A verdict is taken only when the bank's mail server vouched for the sender (`trust`,
    as for agents' mail): a forged "同意" from a contact's address must not approve. An
    unauthenticated reply is attached to the entry, and the manager may still record the
    department's approval on its behalf with it as evidence."""
    found = _request_of(session, mail)
    if found is None:
        return False
    entry_id, marker = found
    row.faq_entry_id = entry_id
    row.match_method = REPLY
    entry = session.get(FaqEntry, entry_id)
    contact = session.scalar(select(Contact).where(
        Contact.department_id == entry.department_id, Contact.active.is_(True),
        func.lower(Contact.email) == (mail.from_addr or "").lower()).limit(1))
    revision = revision_under_review(session, entry)
    asked = int(marker.removeprefix(REVIEW)) if marker and marker.startswith(REVIEW) else None
    if contact is None or revision is None or mail.auto_kind:
        return True
    if not authenticated(mail.from_addr, mail.auth_results, mail.received, trust)[0]:
        return True  # not vouched for: read by the manager, no verdict taken
    if asked is not None and asked != revision:
        return True  # about an older revision: the manager reads it
    if marker is not None and marker.startswith(FLAG):
        return True  # a reply to a flag notice: comments for the manager, no verdict
    words = split_reply(mail.text or "")[0].strip()
    first = next((line for line in words.splitlines() if line.strip()), "")
    approved = bool(APPROVE_RE.match(first))
    if approved:
        try:
            ensure_other_person(session, entry.id, revision, ApprovalSide.DEPARTMENT,
                                contact.name, None)
        except ReviewError:
            return True  # the same person as the center's reviewer: left to the manager
    session.flush()  # the reply's row id is the evidence
    session.add(FaqApproval(entry_id=entry.id, revision=revision, side=ApprovalSide.DEPARTMENT,
                            approver=contact.name, approved=approved, comment=words[:2000],
                            evidence_message_id=row.id, at=utcnow(),
                            login=signed_in_login(session), via="mail"))
    action = "approved" if approved else "sent_back"
    detail = (f"department, revision {revision} (by mail)" if approved
              else f"department (by mail): {words[:500]}")
    session.add(FaqEvent(entry_id=entry.id, at=utcnow(), actor=contact.name, action=action,
                         detail=detail))
    session.flush()
    return True


DIGEST_KEY = "upkeep_digest:"  # + department id: what its last digest told it (settings)
CHECK_MINUTES = 30  # how often the mail cycle looks for something new to tell
LINES_PER_KIND = 30  # items of one kind listed in a digest; more are counted


def _of_department(whole: Digest, owner: dict[int, int], dept_id: int) -> Digest:
    """The part of the whole base's digest about one department's own entries."""
    def own(entry_id: int) -> bool:
        return owner.get(entry_id) == dept_id
    return Digest(day=whole.day,
                  expiring=[e for e in whole.expiring if own(e[0])],
                  very_low_use=[e for e in whole.very_low_use if own(e[0])],
                  flags=[f for f in whole.flags if own(f.entry_id)])


def _digest_lines(today: Digest, keys: set[str]) -> list[str]:
    """The digest's items whose keys are in `keys`, one line each, by kind; at most
    LINES_PER_KIND of a kind, then how many more (a first digest of a large base would
    otherwise list thousands of little-used entries)."""
    kinds = [
        [f"- {question} ({format_local(until)})" for entry_id, question, until
         in today.expiring if f"x{entry_id}:{until.date().isoformat()}" in keys],
        [f"- {question} ({hits})" for entry_id, question, hits in today.very_low_use
         if f"l{entry_id}" in keys],
        [f"- {f.question}: {f.kind} {f.comment}".rstrip() for f in today.flags
         if f"f{f.flag_id}" in keys]]
    lines = []
    for found in kinds:
        lines += found[:LINES_PER_KIND]
        if len(found) > LINES_PER_KIND:
            lines.append(f"  (+{len(found) - LINES_PER_KIND})")
    return lines


def queue_digests(session: Session, identity: MailIdentity, actor: str,
                  now: datetime | None = None) -> int:
    """Each department's upkeep digest (entries expiring within 14 days, very low use,
    open flags), mailed to its contacts only when something is NEW since the digest it
    was last sent, at most once a day; the new items are listed, the rest counted.

    On by default, so it must not spam: a department hears of each item once, and a
    quiet day sends nothing. What each digest told is kept in `settings` in the same
    transaction that queues the mail (the outbox then sends it), so a restart neither
    loses a digest nor sends it twice."""
    now = now or utcnow()
    day = now.date().isoformat()
    queued = 0
    kept = {row.key: row for row in session.scalars(
        select(Setting).where(Setting.key.like(f"{DIGEST_KEY}%")))}
    noticed = {int(marker.removeprefix(FLAG)) for marker in session.scalars(
        select(Message.match_method).where(Message.direction == Direction.OUT,
                                           Message.match_method.like(f"{FLAG}%")))}
    # One digest of the whole base, split by owner department: the use count over 90
    # days is the costly part, made once per cycle instead of once per department.
    due = []
    for dept in session.scalars(select(Department).where(Department.active.is_(True))
                                .order_by(Department.id)):
        contacts = mail_contacts(dept)
        if not contacts:
            continue
        row = kept.get(f"{DIGEST_KEY}{dept.id}")
        last = row.value if row is not None and isinstance(row.value, dict) else {}
        if last.get("day") != day:  # one a day
            due.append((dept, contacts, row, last))
    if not due:
        return 0
    # The check itself costs a count of 90 days of hits (most of a second on a large
    # base): made at most every CHECK_MINUTES, not on every mail cycle.
    checked = kept.get(f"{DIGEST_KEY}checked")
    try:
        last_check = datetime.fromisoformat(checked.value["at"]) if checked is not None else None
    except (TypeError, KeyError, ValueError):
        last_check = None
    if last_check is not None and timedelta(0) <= now - last_check < timedelta(minutes=CHECK_MINUTES):
        return 0
    if checked is None:
        session.add(Setting(key=f"{DIGEST_KEY}checked", value={"at": now.isoformat()}))
    else:
        checked.value = {"at": now.isoformat()}
    whole = digest(session, tuple(dept.id for dept, *_rest in due), now)
    owner = {entry_id: dept_id for entry_id, dept_id in session.execute(
        select(FaqEntry.id, FaqEntry.department_id).where(
            FaqEntry.department_id.in_([dept.id for dept, *_rest in due]),
            FaqEntry.status == FaqStatus.PUBLISHED))}
    for dept, contacts, row, last in due:
        today = _of_department(whole, owner, dept.id)
        current = today.item_keys()
        told = set(last.get("items") or [])
        # A flag mailed already as its own notice (a department without the desk) is
        # not news again the same day: listed among the rest, it sends no digest.
        told |= {f"f{f.flag_id}" for f in today.flags if f.flag_id in noticed}
        new = set(current) - told
        if not new:
            # Nothing new: no mail. Forget what is no longer there, so an entry that
            # comes back (a flag reopened, use falling again) is new again.
            if row is not None and told - set(current):
                row.value = {**last, "items": sorted(told & set(current))}
            continue
        rest = {kind: sum(1 for k, v in current.items() if v == kind and k not in new)
                for kind in ("expiring", "low", "flag")}
        subject, body = compose.render("upkeep_digest", identity.language, {
            "department": dept.name, "contact": contacts[0].name, "day": day,
            "sender": identity.name or identity.address,
            "new": "\n".join(_digest_lines(today, new)),
            "expiring": str(rest["expiring"]), "low_use": str(rest["low"]),
            "flags": str(rest["flag"])})
        message = queue_mail(session, compose.apply_masking(
            Draft(subject=subject, body=body, to=[c.email for c in contacts]), False),
            identity.sender, question_id=None, contact_id=contacts[0].id, actor=actor)
        message.match_method = f"dg:{day}:{dept.id}"[:20]
        value = {"day": day, "items": sorted(current), "message_id": message.id}
        if row is None:
            session.add(Setting(key=f"{DIGEST_KEY}{dept.id}", value=value))
        else:
            row.value = value
        queued += 1
    session.flush()
    return queued
