"""The owner department's half of two-party FAQ review, given on the department desk.

Drafts and revisions of entries the department owns wait here for its decision: read the
change against the published text, approve, or send back with a comment. The contact
decides as themselves (their login is on the approval, and the server refuses a second
side from the same login: `core.team.roles`). A department may not change an entry, so a
send-back is kept as the department's refusal of that revision: the entry cannot be
published until a new revision is approved, and the manager reads the comment in the
review dialog. While a revision of a published entry is under review agents keep the
published text (`core.faq.history.pending_revision`).
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from liaison_app.core.faq.history import pending_revision
from liaison_app.core.faq.review import (
    ReviewError,
    current_approvals,
    ensure_other_person,
    revision_diff,
    revision_under_review,
)
from liaison_app.core.models import (
    ApprovalSide,
    Department,
    FaqApproval,
    FaqEntry,
    FaqEvent,
    FaqRevision,
    FaqStatus,
)
from liaison_app.core.timeutil import utcnow

DEPARTMENT = ApprovalSide.DEPARTMENT


@dataclass(frozen=True)
class ReviewItem:
    entry_id: int
    question: str
    department: str
    status: str
    revision: int  # the revision to decide on
    live_revision: int | None  # the published revision agents read meanwhile, if any
    center_approved: bool
    department_decision: str | None  # approved | sent_back | None (not decided yet)
    comment: str


def department_reviews(session: Session,
                       department_ids: tuple[int, ...] | None = None) -> list[ReviewItem]:
    """Entries of the department's that wait for review (in review, or a published entry
    with a newer revision), the oldest change first."""
    stmt = (select(FaqEntry, Department.name)
            .join(Department, Department.id == FaqEntry.department_id)
            .where(or_(FaqEntry.status == FaqStatus.IN_REVIEW,
                       FaqEntry.status == FaqStatus.PUBLISHED))
            .order_by(FaqEntry.updated_at, FaqEntry.id))
    if department_ids is not None:
        stmt = stmt.where(FaqEntry.department_id.in_(department_ids))
    out = []
    for entry, dept in session.execute(stmt):
        revision = revision_under_review(session, entry)
        if revision is None:
            continue
        latest = _latest_decisions(session, entry.id, revision)
        mine = latest.get(DEPARTMENT)
        out.append(ReviewItem(
            entry_id=entry.id, question=entry.question, department=dept, status=entry.status,
            revision=revision,
            live_revision=entry.revision if entry.status == FaqStatus.PUBLISHED else None,
            center_approved=ApprovalSide.CENTER in current_approvals(session, entry),
            department_decision=None if mine is None else (
                "approved" if mine.approved else "sent_back"),
            comment=mine.comment if mine is not None else ""))
    return out


def _latest_decisions(session: Session, entry_id: int, revision: int) -> dict[str, FaqApproval]:
    latest: dict[str, FaqApproval] = {}
    for a in session.scalars(select(FaqApproval).where(
            FaqApproval.entry_id == entry_id, FaqApproval.revision == revision)
            .order_by(FaqApproval.at, FaqApproval.id)):
        latest[a.side] = a
    return latest


def change_under_review(session: Session, entry_id: int) -> list[str]:
    """What the reviewer reads: the diff against the published revision, or the whole
    text of a first draft (every line new)."""
    entry = session.get(FaqEntry, entry_id)
    if entry is None:
        raise ReviewError(f"No FAQ entry {entry_id}")
    pending = pending_revision(session, entry)
    if pending is not None:
        return revision_diff(session, entry.id, entry.revision, pending.number)
    revision = session.scalar(select(FaqRevision).where(
        FaqRevision.entry_id == entry.id, FaqRevision.number == entry.revision))
    if revision is None:
        lines = [f"Q: {entry.question}", *(f"A: {line}" for line in entry.answer.splitlines())]
    else:
        lines = [f"Q: {revision.question}", *(f"A: {line}" for line in revision.answer.splitlines()),
                 *(f"• {p}" for p in revision.key_points or []),
                 f"# {', '.join(revision.keywords or [])}"]
    return [f"+{line}" for line in lines]


def _decide(session: Session, entry_id: int, login: str, name: str, approved: bool,
            comment: str) -> FaqApproval:
    entry = session.get(FaqEntry, entry_id)
    if entry is None:
        raise ReviewError(f"No FAQ entry {entry_id}")
    revision = revision_under_review(session, entry)
    if revision is None:
        raise ReviewError(f"FAQ entry #{entry.id} is '{entry.status}': nothing waits for review",
                          code="faq_not_in_review", entry=entry.id, state=entry.status)
    name = (name or login or "").strip()
    if approved:
        ensure_other_person(session, entry.id, revision, DEPARTMENT, name, login)
    approval = FaqApproval(entry_id=entry.id, revision=revision, side=DEPARTMENT,
                           approver=name, approved=approved, comment=comment.strip(),
                           at=utcnow(), login=login)
    session.add(approval)
    action = "approved" if approved else "sent_back"
    detail = (f"department, revision {revision}" if approved
              else f"department: {comment.strip()}")
    if approved and comment.strip():
        detail += f": {comment.strip()}"
    session.add(FaqEvent(entry_id=entry.id, at=utcnow(), actor=name, action=action,
                         detail=detail))
    session.flush()
    return approval


def approve_as_department(session: Session, entry_id: int, login: str, name: str,
                          comment: str = "") -> FaqApproval:
    """The owner department's approval, by the contact signed in as themselves."""
    return _decide(session, entry_id, login, name, True, comment)


def send_back_as_department(session: Session, entry_id: int, login: str, name: str,
                            comment: str) -> FaqApproval:
    """The department refuses this revision, saying what must change."""
    if not (comment or "").strip():
        raise ReviewError("Say what must change when sending an entry back",
                          code="faq_send_back_needs_comment")
    return _decide(session, entry_id, login, name, False, comment)
