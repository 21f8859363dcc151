"""Re-organising the FAQ base after the use analysis: pin, announce, retire, merge, re-order."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import timedelta

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from liaison_app.core.faq import bulletins
from liaison_app.core.faq.history import add_revision, log_event
from liaison_app.core.faq.similar_questions import add_similar, phrasing_key
from liaison_app.core.models import (
    Bulletin,
    FaqEntry,
    FaqFlag,
    FaqHit,
    FaqRevision,
    FaqSimilar,
    FaqStatus,
    QuestionFaqLink,
)
from liaison_app.core.questions.workflow import DomainError
from liaison_app.core.timeutil import utcnow

ANNOUNCE_DAYS = 14


def _entry(session: Session, entry_id: int) -> FaqEntry:
    entry = session.get(FaqEntry, entry_id)
    if entry is None:
        raise DomainError(f"No FAQ entry {entry_id}", code="no_faq_entry", entry=entry_id)
    return entry


def set_pinned(session: Session, entry_ids: Iterable[int], pinned: bool = True) -> int:
    ids = list(entry_ids)
    if not ids:
        return 0
    return session.execute(update(FaqEntry).where(FaqEntry.id.in_(ids))
                           .values(pinned=pinned)).rowcount


def announce_entry(session: Session, entry_id: int, author: str, days: int = ANNOUNCE_DAYS) -> int:
    """A bulletin to agents about the entry, linked to it, shown for `days`; returns its id."""
    entry = _entry(session, entry_id)
    points = "\n".join(f"{n}. {p}" for n, p in enumerate(entry.key_points or [], start=1))
    now = utcnow()
    return bulletins.create(session, entry.question[:bulletins.MAX_TITLE],
                            "\n\n".join(p for p in (entry.answer, points) if p), author,
                            valid_from=now, valid_until=now + timedelta(days=days),
                            faq_entry_id=entry.id).id


def retire_entries(session: Session, entry_ids: Iterable[int], actor: str, note: str) -> int:
    """Take entries out of use (kept, with a revision saying why); returns how many."""
    retired = []
    for entry_id in dict.fromkeys(entry_ids):
        entry = _entry(session, entry_id)
        if entry.status == FaqStatus.RETIRED:
            continue
        entry.status = FaqStatus.RETIRED
        entry.pinned = False
        add_revision(session, entry, actor, note)
        log_event(session, entry_id, actor, "retired", note)
        retired.append(entry_id)
    session.flush()
    return len(retired)


@dataclass
class MergeResult:
    survivor_id: int
    retired_id: int
    hits_moved: int
    links_moved: int
    revisions_copied: int


def _carry_similar_questions(session: Session, survivor: FaqEntry, other: FaqEntry, actor: str) -> None:
    """The customers' wordings of the retired entry, and its standard question, now find
    the survivor (wordings it already has are dropped, not doubled)."""
    keys = set(session.scalars(select(FaqSimilar.key).where(FaqSimilar.entry_id == survivor.id)))
    keys.add(phrasing_key(survivor.question))
    for row in session.scalars(select(FaqSimilar).where(FaqSimilar.entry_id == other.id)).all():
        if row.key in keys:
            session.delete(row)
        else:
            row.entry_id = survivor.id
            keys.add(row.key)
    session.flush()  # the dropped ones leave the index; a moved one keeps its words
    add_similar(session, survivor.id, other.question, "entry", actor, reviewed=True, generalised=False)


def merge_entries(session: Session, survivor_id: int, other_id: int, actor: str) -> MergeResult:
    """Merge `other` into `survivor`: its hits, question links, open flags and bulletins move,
    its keywords join the survivor's, its revisions are copied into the survivor's history;
    then `other` is retired with a note. The flush re-indexes the survivor."""
    if survivor_id == other_id:
        raise DomainError("an entry cannot be merged into itself", code="entry_into_itself")
    survivor, other = _entry(session, survivor_id), _entry(session, other_id)
    if survivor.status == FaqStatus.RETIRED:
        raise DomainError(f"entry {survivor_id} is retired; merge into an entry in use",
                          code="merge_into_retired", entry=survivor_id)
    hits = session.execute(update(FaqHit).where(FaqHit.entry_id == other_id)
                           .values(entry_id=survivor_id)).rowcount
    # A question may already be linked to both: keep the survivor's link.
    already = select(QuestionFaqLink.question_id).where(QuestionFaqLink.entry_id == survivor_id)
    session.execute(delete(QuestionFaqLink).where(QuestionFaqLink.entry_id == other_id,
                                                  QuestionFaqLink.question_id.in_(already)))
    links = session.execute(update(QuestionFaqLink).where(QuestionFaqLink.entry_id == other_id)
                            .values(entry_id=survivor_id)).rowcount
    session.execute(update(FaqFlag).where(FaqFlag.entry_id == other_id, FaqFlag.resolved_at.is_(None))
                    .values(entry_id=survivor_id))
    session.execute(update(Bulletin).where(Bulletin.faq_entry_id == other_id)
                    .values(faq_entry_id=survivor_id))
    survivor.hit_count = (survivor.hit_count or 0) + hits
    other.hit_count = session.scalar(select(func.count()).select_from(FaqHit)
                                     .where(FaqHit.entry_id == other_id)) or 0
    survivor.keywords = list(dict.fromkeys([*(survivor.keywords or []), *(other.keywords or [])]))
    copied = 0
    number = survivor.revision or 0
    for revision in session.scalars(select(FaqRevision).where(FaqRevision.entry_id == other_id)
                                    .order_by(FaqRevision.number)).all():
        number += 1
        copied += 1
        session.add(FaqRevision(
            entry_id=survivor_id, number=number, question=revision.question,
            answer=revision.answer, key_points=list(revision.key_points or []),
            keywords=list(revision.keywords or []), author=revision.author,
            note=f"from entry {other_id} (revision {revision.number}): {revision.note}".rstrip(": "),
            created_at=revision.created_at))
    survivor.revision = number
    session.flush()
    _carry_similar_questions(session, survivor, other, actor)
    add_revision(session, survivor, actor, f"merged entry {other_id} into this one")
    other.status = FaqStatus.RETIRED
    other.pinned = False
    add_revision(session, other, actor, f"merged into entry {survivor_id}")
    log_event(session, other_id, actor, "retired", f"merged into entry {survivor_id}")
    session.flush()  # re-indexes the survivor's merged keywords (core.search.faq_index)
    return MergeResult(survivor_id, other_id, hits, links, copied)


def category_entries(session: Session, category_id: int | None) -> list[tuple[int, str, str, int]]:
    """(id, question, status, hits) of a category's entries in their order."""
    stmt = select(FaqEntry.id, FaqEntry.question, FaqEntry.status, FaqEntry.hit_count)
    stmt = stmt.where(FaqEntry.category_id.is_(None) if category_id is None
                      else FaqEntry.category_id == category_id)
    return [tuple(row) for row in session.execute(stmt.order_by(FaqEntry.position, FaqEntry.id))]


def move_in_category(session: Session, entry_id: int, steps: int) -> int:
    """Move an entry up (negative) or down within its category; returns its new index."""
    entry = _entry(session, entry_id)
    order = [row[0] for row in category_entries(session, entry.category_id)]
    index = order.index(entry_id)
    new_index = max(0, min(len(order) - 1, index + steps))
    order.insert(new_index, order.pop(index))
    for position, id_ in enumerate(order):
        session.execute(update(FaqEntry).where(FaqEntry.id == id_, FaqEntry.position != position)
                        .values(position=position))
    return new_index
