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

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from liaison_app.core.faq.history import latest_revision_number, pending_revision
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
    FaqFlag,
    FaqRevision,
    FaqStatus,
)
from liaison_app.core.models.people import PersonDepartment
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
    stmt = _owned(session, stmt, department_ids)
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


def _owned(session: Session, stmt, department_ids: tuple[int, ...] | None):
    """Narrow to entries of `department_ids`, or, on a team database, of the signed-in
    contact's departments (the server also shows them other departments' live entries)."""
    if department_ids is not None:
        return stmt.where(FaqEntry.department_id.in_(department_ids))
    if session.get_bind().dialect.name == "postgresql":
        mine = select(PersonDepartment.department_id).where(
            PersonDepartment.login == func.current_user())
        return stmt.where(FaqEntry.department_id.in_(mine))
    return stmt


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
        raise ReviewError(f"No FAQ entry {entry_id}", code="no_faq_entry", entry=entry_id)
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
                 # no bare "#" line when the draft has no keywords
                 *([f"# {', '.join(revision.keywords)}"] if revision.keywords else [])]
    return [f"+{line}" for line in lines]


def _decide(session: Session, entry_id: int, login: str, name: str, approved: bool,
            comment: str) -> FaqApproval:
    entry = session.get(FaqEntry, entry_id)
    if entry is None:
        raise ReviewError(f"No FAQ entry {entry_id}", code="no_faq_entry", entry=entry_id)
    revision = revision_under_review(session, entry)
    if revision is None:
        raise ReviewError(f"FAQ entry #{entry.id} is '{entry.status}': nothing waits for review",
                          code="faq_not_in_review", entry=entry.id, state=entry.status)
    name = (name or login or "").strip()
    if approved:
        ensure_other_person(session, entry.id, revision, DEPARTMENT, name, login)
    approval = FaqApproval(entry_id=entry.id, revision=revision, side=DEPARTMENT,
                           approver=name, approved=approved, comment=comment.strip(),
                           at=utcnow(), login=login, via="desk")
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


# ---- flags to the owner (issue 17 item 4) ----

@dataclass(frozen=True)
class DeskFlag:
    flag_id: int
    entry_id: int
    question: str
    kind: str
    comment: str
    flagged_by: str
    flagged_at: object
    # A fix the department (or the manager) proposed waits for review; agents keep the
    # published revision meanwhile.
    fix_revision: int | None


def department_flags(session: Session,
                     department_ids: tuple[int, ...] | None = None) -> list[DeskFlag]:
    """Open flags on the department's own entries, oldest first (a contact also sees
    other departments' live entries, but their flags are not theirs to fix). Without
    `department_ids`, on a team database: the signed-in contact's departments."""
    stmt = (select(FaqFlag, FaqEntry)
            .join(FaqEntry, FaqEntry.id == FaqFlag.entry_id)
            .where(FaqFlag.resolved_at.is_(None), FaqEntry.department_id.is_not(None))
            .order_by(FaqFlag.flagged_at, FaqFlag.id))
    stmt = _owned(session, stmt, department_ids)
    out = []
    for flag, entry in session.execute(stmt):
        pending = pending_revision(session, entry)
        out.append(DeskFlag(flag.id, entry.id, entry.question, flag.kind, flag.comment,
                            flag.flagged_by, flag.flagged_at,
                            pending.number if pending is not None else None))
    return out


def text_to_fix(session: Session, entry_id: int) -> dict:
    """The text a fix starts from: the newest revision (a pending one, else the live)."""
    entry = session.get(FaqEntry, entry_id)
    if entry is None:
        raise ReviewError(f"No FAQ entry {entry_id}", code="no_faq_entry", entry=entry_id)
    current = pending_revision(session, entry) or entry
    return {"question": current.question, "answer": current.answer,
            "key_points": list(current.key_points or []), "keywords": list(current.keywords or [])}


def propose_revision(session: Session, entry_id: int, question: str, answer: str,
                     key_points: list[str], keywords: list[str], author: str,
                     note: str = "") -> int:
    """The owner department's fix of a published entry, as a new revision waiting for
    two-party review: agents keep reading the published revision until it is published.
    Returns the revision's number. (Drafts are the information manager's to edit.)"""
    entry = session.get(FaqEntry, entry_id)
    if entry is None:
        raise ReviewError(f"No FAQ entry {entry_id}", code="no_faq_entry", entry=entry_id)
    if entry.status != FaqStatus.PUBLISHED:
        raise ReviewError(f"FAQ entry #{entry.id} is '{entry.status}': the department proposes "
                          "fixes of published entries; the information manager edits drafts",
                          code="desk_fix_published_only", entry=entry.id, state=entry.status)
    question, answer = (question or "").strip(), (answer or "").strip()
    if not question or not answer:
        raise ReviewError("the question and the answer cannot be empty",
                          code="desk_fix_empty")
    points = [p.strip() for p in key_points if p.strip()]
    words = list(dict.fromkeys(w.strip() for w in keywords if w.strip()))
    current = pending_revision(session, entry) or entry
    if (question, answer, points, words) == (current.question, current.answer,
                                             list(current.key_points or []),
                                             list(current.keywords or [])):
        raise ReviewError("the text is unchanged: nothing to review", code="desk_fix_unchanged")
    number = latest_revision_number(session, entry) + 1
    session.add(FaqRevision(entry_id=entry.id, number=number, question=question, answer=answer,
                            key_points=points, keywords=words, author=author, note=note.strip(),
                            created_at=utcnow()))
    now = utcnow()
    session.add(FaqEvent(entry_id=entry.id, at=now, actor=author, action="revised",
                         detail=f"revision {number}" + (f": {note.strip()}" if note.strip() else "")))
    session.add(FaqEvent(entry_id=entry.id, at=now, actor=author, action="back_in_review",
                         detail=f"revision {number} waits for review; revision {entry.revision} "
                                "stays live"))
    session.flush()
    return number
