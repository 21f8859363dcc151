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

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from liaison_app.core.faq.admin import retire_entries
from liaison_app.core.faq.bulletins import propose_for_entry
from liaison_app.core.faq.history import log_event
from liaison_app.core.models import (
    ApprovalSide,
    FaqApproval,
    FaqEntry,
    FaqEvent,
    FaqRevision,
    FaqStatus,
    Message,
)
from liaison_app.core.questions.workflow import DomainError
from liaison_app.core.timeutil import utcnow

REMIND_DAYS = 7


class ReviewError(DomainError):
    """A review rule was broken; the message says which."""


def _entry(session: Session, entry_id: int) -> FaqEntry:
    entry = session.get(FaqEntry, entry_id)
    if entry is None:
        raise ReviewError(f"No FAQ entry {entry_id}")
    return entry


def ensure_editable(entry: FaqEntry) -> None:
    if entry.status == FaqStatus.RETIRED:
        raise ReviewError(f"FAQ entry #{entry.id} is retired: it cannot be edited")


def submit(session: Session, entry_id: int, actor: str) -> FaqEntry:
    entry = _entry(session, entry_id)
    if entry.status != FaqStatus.DRAFT:
        raise ReviewError(f"FAQ entry #{entry.id} is '{entry.status}': only a draft can be submitted")
    entry.status = FaqStatus.IN_REVIEW
    entry.updated_at = utcnow()
    log_event(session, entry.id, actor, "submitted", f"revision {entry.revision}")
    session.flush()
    return entry


def approve(
    session: Session, entry_id: int, side: str, approver: str, *, comment: str = "",
    on_behalf: bool = False, evidence_message_id: int | None = None,
) -> FaqApproval:
    """Record one side's approval of the entry's current revision."""
    entry = _entry(session, entry_id)
    if side not in (ApprovalSide.CENTER, ApprovalSide.DEPARTMENT):
        raise ReviewError(f"unknown review side '{side}'")
    if entry.status != FaqStatus.IN_REVIEW:
        raise ReviewError(f"FAQ entry #{entry.id} is '{entry.status}': submit it for review first")
    approver = (approver or "").strip()
    if not approver:
        raise ReviewError("An approval needs the approver's name")
    if on_behalf and evidence_message_id is None and not comment.strip():
        raise ReviewError("An approval on the department's behalf needs evidence: "
                          "its reply mail, or a note saying where the approval is")
    if evidence_message_id is not None and session.get(Message, evidence_message_id) is None:
        raise ReviewError(f"No message {evidence_message_id} to show as evidence")
    note = comment.strip()
    if on_behalf:
        note = ("[on behalf] " + note).strip()
    approval = FaqApproval(entry_id=entry.id, revision=entry.revision, side=side, approver=approver,
                           approved=True, comment=note, evidence_message_id=evidence_message_id,
                           at=utcnow())
    session.add(approval)
    log_event(session, entry.id, approver, "approved", f"{side}, revision {entry.revision}"
              + (f": {note}" if note else ""))
    session.flush()
    return approval


def send_back(session: Session, entry_id: int, side: str, reviewer: str, comment: str) -> FaqEntry:
    """Back to draft with the reviewer's comments (kept as a refusal)."""
    entry = _entry(session, entry_id)
    if entry.status != FaqStatus.IN_REVIEW:
        raise ReviewError(f"FAQ entry #{entry.id} is '{entry.status}': only an entry in review can be sent back")
    if not comment.strip():
        raise ReviewError("Say what must change when sending an entry back")
    session.add(FaqApproval(entry_id=entry.id, revision=entry.revision, side=side, approver=reviewer,
                            approved=False, comment=comment.strip(), at=utcnow()))
    entry.status = FaqStatus.DRAFT
    entry.updated_at = utcnow()
    log_event(session, entry.id, reviewer, "sent_back", f"{side}: {comment.strip()}")
    session.flush()
    return entry


def current_approvals(session: Session, entry: FaqEntry) -> dict[str, FaqApproval]:
    """The latest decision per side on the current revision (approvals only count if latest)."""
    out: dict[str, FaqApproval] = {}
    for approval in session.scalars(
        select(FaqApproval).where(FaqApproval.entry_id == entry.id,
                                  FaqApproval.revision == entry.revision)
        .order_by(FaqApproval.at, FaqApproval.id)
    ):
        out[approval.side] = approval
    return {side: a for side, a in out.items() if a.approved}


def publish(session: Session, entry_id: int, actor: str, *, propose_bulletin: bool = True) -> FaqEntry:
    """Publish an entry both sides approved; proposes a bulletin announcing it."""
    entry = _entry(session, entry_id)
    if entry.status != FaqStatus.IN_REVIEW:
        raise ReviewError(f"FAQ entry #{entry.id} is '{entry.status}': only an entry in review can be published")
    approvals = current_approvals(session, entry)
    missing = [side for side in (ApprovalSide.CENTER, ApprovalSide.DEPARTMENT) if side not in approvals]
    if missing:
        names = {"center": "the call center's", "department": "the department's"}
        raise ReviewError(
            f"FAQ entry #{entry.id} cannot be published without "
            + " and ".join(names[m] for m in missing) + f" approval of revision {entry.revision}"
        )
    was_published = entry.published_at is not None
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
        raise ReviewError(f"FAQ entry #{entry.id} is already retired")
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

    # What the review dialog may offer, from the same rules submit/approve/retire enforce.
    @property
    def can_submit(self) -> bool:
        return self.status == FaqStatus.DRAFT

    @property
    def can_decide(self) -> bool:
        """Approve or send back: only an entry in review."""
        return self.status == FaqStatus.IN_REVIEW

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
    return ReviewState(entry.id, entry.status, entry.revision, entry.question, approvals, revisions,
                       entry.status == FaqStatus.IN_REVIEW and len(current) == 2, events)


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
