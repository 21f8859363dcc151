"""FAQ review: draft → in_review → published (or back to draft), retire, expiry reminders.

An entry reaches agents only after two approvals of its current revision: one by the
call center's expert and one by the owner department's. A manager working alone may
record the department's approval on its behalf, but only with evidence (the
department's reply mail, or a note saying where the approval is). Approvals are tied to
a revision: a new revision needs new approvals. Every approval and refusal is kept with
who and when; retiring writes a revision saying who retired the entry.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from datetime import datetime, timedelta

from sqlalchemy import or_, select, text
from sqlalchemy.orm import Session

from liaison_app.core.faq.admin import retire_entries
from liaison_app.core.faq.bulletins import propose_for_entry
from liaison_app.core.faq.history import log_event, pending_revision
from liaison_app.core.models import (
    ApprovalSide,
    Direction,
    FaqApproval,
    FaqEntry,
    FaqEvent,
    FaqRevision,
    FaqStatus,
    Message,
    MessageKind,
    Query,
    QuestionFaqLink,
)
from liaison_app.core.questions.workflow import DomainError
from liaison_app.core.timeutil import format_local, utcnow

REMIND_DAYS = 7


class ReviewError(DomainError):
    """A review rule was broken; the message says which."""


def _entry(session: Session, entry_id: int) -> FaqEntry:
    entry = session.get(FaqEntry, entry_id)
    if entry is None:
        raise ReviewError(f"No FAQ entry {entry_id}", code="no_faq_entry", entry=entry_id)
    return entry


def ensure_editable(entry: FaqEntry) -> None:
    if entry.status == FaqStatus.RETIRED:
        raise ReviewError(f"FAQ entry #{entry.id} is retired: it cannot be edited",
                          code="faq_retired_no_edit", entry=entry.id)


def submit(session: Session, entry_id: int, actor: str) -> FaqEntry:
    entry = _entry(session, entry_id)
    if entry.status != FaqStatus.DRAFT:
        raise ReviewError(f"FAQ entry #{entry.id} is '{entry.status}': only a draft can be submitted",
                          code="faq_submit_draft_only", entry=entry.id)
    entry.status = FaqStatus.IN_REVIEW
    entry.updated_at = utcnow()
    log_event(session, entry.id, actor, "submitted", f"revision {entry.revision}")
    session.flush()
    return entry


def revision_under_review(session: Session, entry: FaqEntry) -> int | None:
    """The revision the reviewers decide on: a published entry's pending revision, or the
    current one of an entry in review; None when nothing waits for review."""
    pending = pending_revision(session, entry)
    if pending is not None:
        return pending.number
    return entry.revision if entry.status == FaqStatus.IN_REVIEW else None


def signed_in_login(session: Session) -> str | None:
    """The person's login on a team database (who gives an approval); None on SQLite and
    for the schema owner or a superuser, who are nobody's own desk."""
    if session.get_bind().dialect.name != "postgresql":
        return None
    return session.execute(text(
        "SELECT p.login FROM people p WHERE p.login = current_user")).scalar()


def ensure_other_person(session: Session, entry_id: int, revision: int, side: str,
                        approver: str, login: str | None, on_behalf: bool = False) -> None:
    """Two-party review means two people: the other side's approval of the same revision
    may not come from the same person (on the department's behalf included), compared
    by login on a team database and by name everywhere. The server checks the login too."""
    for other in session.scalars(
            select(FaqApproval).where(FaqApproval.entry_id == entry_id,
                                      FaqApproval.revision == revision,
                                      FaqApproval.side != side, FaqApproval.approved.is_(True))):
        # the manager recording the department's own word (evidence) is not its reviewer
        same_login = (login is not None and other.login == login and not on_behalf
                      and other.evidence_message_id is None)
        if same_login or other.approver.strip().casefold() == approver.strip().casefold():
            raise ReviewError(f"{approver} already approved for the other side: the two "
                              "approvals must come from two different people",
                              code="same_reviewer_both_sides", approver=approver)


def approve(
    session: Session, entry_id: int, side: str, approver: str, *, comment: str = "",
    on_behalf: bool = False, evidence_message_id: int | None = None,
) -> FaqApproval:
    """Record one side's approval of the revision under review."""
    entry = _entry(session, entry_id)
    if side not in (ApprovalSide.CENTER, ApprovalSide.DEPARTMENT):
        raise ReviewError(f"unknown review side '{side}'")
    revision = revision_under_review(session, entry)
    if revision is None:
        raise ReviewError(f"FAQ entry #{entry.id} is '{entry.status}': submit it for review first",
                          code="faq_not_in_review", entry=entry.id, state=entry.status)
    approver = (approver or "").strip()
    if not approver:
        raise ReviewError("An approval needs the approver's name", code="approver_required")
    if on_behalf and side != ApprovalSide.DEPARTMENT:
        raise ReviewError("Only the department's approval can be recorded on its behalf",
                          code="behalf_department_only")
    if on_behalf and evidence_message_id is None:
        raise ReviewError("An approval on the department's behalf needs evidence: link the "
                          "department's reply mail or a logged call about this entry",
                          code="behalf_needs_evidence", entry=entry.id)
    if evidence_message_id is not None and evidence_message_id not in {
            m for m, _label in evidence_choices(session, entry.id)}:
        raise ReviewError(f"Message {evidence_message_id} is not a received mail or logged call "
                          "about this entry", code="evidence_unrelated", message_id=evidence_message_id)
    login = signed_in_login(session)
    ensure_other_person(session, entry.id, revision, side, approver, login, on_behalf)
    note = comment.strip()
    if on_behalf:
        note = (f"[on behalf, evidence: message {evidence_message_id}] " + note).strip()
    approval = FaqApproval(entry_id=entry.id, revision=revision, side=side, approver=approver,
                           approved=True, comment=note, evidence_message_id=evidence_message_id,
                           at=utcnow(), login=login, via="on_behalf" if on_behalf else None)
    session.add(approval)
    log_event(session, entry.id, approver, "approved", f"{side}, revision {revision}"
              + (f": {note}" if note else ""))
    session.flush()
    return approval


def evidence_choices(session: Session, entry_id: int, limit: int = 50) -> list[tuple[int, str]]:
    """Received mails and logged calls that can show the department's approval: those of
    the questions linked to the entry, or of queries to its owner department; newest first."""
    entry = _entry(session, entry_id)
    linked = select(QuestionFaqLink.question_id).where(QuestionFaqLink.entry_id == entry.id)
    # ...and the replies to the entry's own review requests and flag notices (issue 17)
    related = or_(Message.question_id.in_(linked), Message.faq_entry_id == entry.id)
    if entry.department_id is not None:
        related = or_(related, Message.query_id.in_(
            select(Query.id).where(Query.department_id == entry.department_id)))
    rows = session.execute(
        select(Message.id, Message.kind, Message.subject, Message.from_addr, Message.created_at)
        .where(Message.direction == Direction.IN,
               Message.kind.in_((MessageKind.EMAIL, MessageKind.CALL)), related)
        .order_by(Message.created_at.desc(), Message.id.desc()).limit(limit))
    return [(mid, f"{format_local(at)} · {'☎' if kind == MessageKind.CALL else '✉'} "
                  f"{subject or sender or ''}".strip()) for mid, kind, subject, sender, at in rows]


def send_back(session: Session, entry_id: int, side: str, reviewer: str, comment: str) -> FaqEntry:
    """Back to draft with the reviewer's comments (kept as a refusal)."""
    entry = _entry(session, entry_id)
    revision = revision_under_review(session, entry)
    if revision is None:
        raise ReviewError(f"FAQ entry #{entry.id} is '{entry.status}': only an entry in review can be sent back",
                          code="faq_not_in_review", entry=entry.id)
    if not comment.strip():
        raise ReviewError("Say what must change when sending an entry back",
                          code="faq_send_back_needs_comment")
    session.add(FaqApproval(entry_id=entry.id, revision=revision, side=side, approver=reviewer,
                            approved=False, comment=comment.strip(), at=utcnow(),
                            login=signed_in_login(session)))
    if entry.status == FaqStatus.PUBLISHED:
        # A pending revision refused: the published text stays live; the refusal is kept
        # against the pending revision until a new one is saved.
        log_event(session, entry.id, reviewer, "sent_back", f"{side}: {comment.strip()}")
        session.flush()
        return entry
    entry.status = FaqStatus.DRAFT
    entry.updated_at = utcnow()
    log_event(session, entry.id, reviewer, "sent_back", f"{side}: {comment.strip()}")
    session.flush()
    return entry


def current_approvals(session: Session, entry: FaqEntry) -> dict[str, FaqApproval]:
    """The latest decision per side on the current revision (approvals only count if latest)."""
    out: dict[str, FaqApproval] = {}
    revision = revision_under_review(session, entry) or entry.revision
    for approval in session.scalars(
        select(FaqApproval).where(FaqApproval.entry_id == entry.id,
                                  FaqApproval.revision == revision)
        .order_by(FaqApproval.at, FaqApproval.id)
    ):
        out[approval.side] = approval
    return {side: a for side, a in out.items() if a.approved}


def publish(session: Session, entry_id: int, actor: str, *, propose_bulletin: bool = True) -> FaqEntry:
    """Publish an entry both sides approved; proposes a bulletin announcing it."""
    entry = _entry(session, entry_id)
    revision = revision_under_review(session, entry)
    if revision is None:
        raise ReviewError(f"FAQ entry #{entry.id} is '{entry.status}': only an entry in review can be published",
                          code="faq_not_in_review", entry=entry.id)
    approvals = current_approvals(session, entry)
    missing = [side for side in (ApprovalSide.CENTER, ApprovalSide.DEPARTMENT) if side not in approvals]
    if missing:
        names = {"center": "the call center's", "department": "the department's"}
        raise ReviewError(
            f"FAQ entry #{entry.id} cannot be published without "
            + " and ".join(names[m] for m in missing) + f" approval of revision {revision}",
            code="faq_publish_needs_approvals", entry=entry.id, revision=revision,
            missing=",".join(missing),
        )
    was_published = entry.published_at is not None
    pending = pending_revision(session, entry)
    if pending is not None:  # the approved text replaces the live one now
        entry.question, entry.answer = pending.question, pending.answer
        entry.key_points, entry.keywords = list(pending.key_points or []), list(pending.keywords or [])
        entry.revision = pending.number
    now = utcnow()
    entry.status = FaqStatus.PUBLISHED
    entry.published_at = now
    entry.updated_at = now
    log_event(session, entry.id, actor, "published", f"revision {entry.revision}")
    session.flush()
    if propose_bulletin:
        propose_for_entry(session, entry, actor, updated=was_published)
    return entry


def retire(session: Session, entry_id: int, actor: str, note: str = "retired in review") -> FaqEntry:
    """Take an entry out of use (one way for every caller: core.faq.admin.retire_entries)."""
    entry = _entry(session, entry_id)
    if entry.status == FaqStatus.RETIRED:
        raise ReviewError(f"FAQ entry #{entry.id} is already retired", code="faq_already_retired",
                          entry=entry.id)
    retire_entries(session, [entry.id], actor, note)
    return entry


# The state an entry was in before it was retired, read from its audit trail: the last
# step before the retirement says where it stood.
_STATUS_AFTER = {"published": FaqStatus.PUBLISHED, "submitted": FaqStatus.IN_REVIEW,
                 "approved": FaqStatus.IN_REVIEW, "back_in_review": FaqStatus.IN_REVIEW}


def status_before_retiring(session: Session, entry: FaqEntry) -> str:
    events = list(session.scalars(
        select(FaqEvent).where(FaqEvent.entry_id == entry.id).order_by(FaqEvent.at, FaqEvent.id)))
    while events and events[-1].action in ("retired", "restored"):
        events.pop()
    if events:
        return _STATUS_AFTER.get(events[-1].action, FaqStatus.DRAFT)
    return FaqStatus.PUBLISHED if entry.published_at is not None else FaqStatus.DRAFT


def restore(session: Session, entry_id: int, actor: str) -> FaqEntry:
    """Undo a retirement (or a merge into another entry): the entry goes back to the state
    it had, published entries to agents again. Hits and question links moved by a merge
    stay with the entry they were merged into."""
    entry = _entry(session, entry_id)
    if entry.status != FaqStatus.RETIRED:
        raise ReviewError(f"FAQ entry #{entry.id} is '{entry.status}': only a retired entry can be restored",
                          code="faq_not_retired", entry=entry.id, state=entry.status)
    entry.status = status_before_retiring(session, entry)
    entry.updated_at = utcnow()
    log_event(session, entry.id, actor, "restored", entry.status)
    session.flush()
    return entry


def expiring_soon(session: Session, days: int = REMIND_DAYS, now: datetime | None = None) -> list[FaqEntry]:
    """Published entries whose validity ends within `days`: the manager's reminder."""
    now = now or utcnow()
    return list(session.scalars(
        select(FaqEntry).where(FaqEntry.status == FaqStatus.PUBLISHED,
                               FaqEntry.valid_until.is_not(None), FaqEntry.valid_until > now,
                               FaqEntry.valid_until <= now + timedelta(days=days))
        .order_by(FaqEntry.valid_until)
    ))


def expired(session: Session, now: datetime | None = None) -> list[FaqEntry]:
    """Published entries past their validity: hidden from agents, shown expired to the manager."""
    now = now or utcnow()
    return list(session.scalars(
        select(FaqEntry).where(FaqEntry.status == FaqStatus.PUBLISHED, FaqEntry.is_expired_at(now))
        .order_by(FaqEntry.valid_until)
    ))


@dataclass
class ReviewState:
    entry_id: int
    status: str
    revision: int
    question: str
    approvals: list[FaqApproval]
    revisions: list[FaqRevision]
    can_publish: bool
    events: list[FaqEvent] = None
    # A published entry's newer text waiting for review (its number), else None.
    pending: int | None = None

    # What the review dialog may offer, from the same rules submit/approve/retire enforce.
    @property
    def can_submit(self) -> bool:
        return self.status == FaqStatus.DRAFT

    @property
    def can_decide(self) -> bool:
        """Approve or send back: an entry in review, or a published one's pending revision."""
        return self.status == FaqStatus.IN_REVIEW or self.pending is not None

    @property
    def can_retire(self) -> bool:
        return self.status != FaqStatus.RETIRED

    @property
    def can_restore(self) -> bool:
        return self.status == FaqStatus.RETIRED


def review_state(session: Session, entry_id: int) -> ReviewState:
    entry = _entry(session, entry_id)
    approvals = list(session.scalars(
        select(FaqApproval).where(FaqApproval.entry_id == entry.id).order_by(FaqApproval.at, FaqApproval.id)))
    revisions = list(session.scalars(
        select(FaqRevision).where(FaqRevision.entry_id == entry.id).order_by(FaqRevision.number)))
    current = current_approvals(session, entry)
    events = list(session.scalars(
        select(FaqEvent).where(FaqEvent.entry_id == entry.id).order_by(FaqEvent.at, FaqEvent.id)))
    under_review = revision_under_review(session, entry)
    pending = pending_revision(session, entry)
    return ReviewState(entry.id, entry.status, entry.revision, entry.question, approvals, revisions,
                       under_review is not None and len(current) == 2, events,
                       pending.number if pending is not None else None)


def revision_diff(session: Session, entry_id: int, old: int, new: int) -> list[str]:
    """A readable line diff between two revisions (question, answer, key points, keywords)."""
    revs = {r.number: r for r in session.scalars(
        select(FaqRevision).where(FaqRevision.entry_id == entry_id,
                                  or_(FaqRevision.number == old, FaqRevision.number == new)))}
    if old not in revs or new not in revs:
        raise ReviewError(f"FAQ entry #{entry_id} has no revision {old if old not in revs else new}")

    def lines(r: FaqRevision) -> list[str]:
        return ([f"Q: {r.question}"] + [f"A: {line}" for line in r.answer.splitlines()]
                + [f"• {p}" for p in r.key_points or []] + [f"# {', '.join(r.keywords or [])}"])

    return list(difflib.unified_diff(lines(revs[old]), lines(revs[new]),
                                     f"revision {old}", f"revision {new}", lineterm="", n=1))
