"""The manager's synonym list (轉賬 = 轉帳 = 匯款): groups of words search treats as one."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from liaison_app.core.models import Synonym
from liaison_app.core.questions.workflow import DomainError
from liaison_app.core.search.folding import fold


def parse_terms(text: str) -> list[str]:
    """Words of a group typed as "轉賬, 轉帳 = 匯款" (commas, 、, = or spaces between)."""
    for sep in ("，", "、", "=", "＝", ";", "；", "\n", " "):
        text = text.replace(sep, ",")
    return [t.strip() for t in text.split(",") if t.strip()]


def _clean(terms: Iterable[str]) -> list[str]:
    words = list(dict.fromkeys(t.strip() for t in terms if t and t.strip()))
    if len(words) < 2:
        raise DomainError("a synonym group needs at least two different words",
                          code="synonyms_two_words")
    for word in words:
        if len(word) > 64:
            raise DomainError(f"'{word[:20]}…' is too long for a synonym (64 characters at most)",
                              code="synonym_too_long", word=word[:20])
    return words


def _check_unique(session: Session, words: list[str], own_group: int | None = None) -> None:
    """A word belongs to one group (in either script): the manager edits that group instead."""
    taken = {fold(term): (group_id, term) for group_id, term in
             session.execute(select(Synonym.group_id, Synonym.term)) if group_id != own_group}
    for word in words:
        if fold(word) in taken:
            group_id, term = taken[fold(word)]
            raise DomainError(f"'{word}' is already in synonym group {group_id} (as '{term}'); "
                              f"edit that group instead", code="synonym_taken", word=word,
                              group=group_id, term=term)


def synonym_list(session: Session) -> list[tuple[int, list[str]]]:
    """Every group as (group id, words), in the order they were added."""
    groups: dict[int, list[str]] = defaultdict(list)
    for group_id, term in session.execute(select(Synonym.group_id, Synonym.term)
                                          .order_by(Synonym.group_id, Synonym.id)):
        groups[group_id].append(term)
    return list(groups.items())


def add_group(session: Session, terms: Iterable[str]) -> int:
    words = _clean(terms)
    _check_unique(session, words)
    group_id = (session.scalar(select(func.max(Synonym.group_id))) or 0) + 1
    session.add_all(Synonym(group_id=group_id, term=word) for word in words)
    session.flush()
    return group_id


def replace_group(session: Session, group_id: int, terms: Iterable[str]) -> None:
    words = _clean(terms)
    if not session.scalar(select(func.count()).select_from(Synonym).where(Synonym.group_id == group_id)):
        raise DomainError(f"no synonym group {group_id}", code="no_synonym_group", group=group_id)
    _check_unique(session, words, group_id)
    session.execute(delete(Synonym).where(Synonym.group_id == group_id))
    session.add_all(Synonym(group_id=group_id, term=word) for word in words)
    session.flush()


def remove_group(session: Session, group_id: int) -> None:
    done = session.execute(delete(Synonym).where(Synonym.group_id == group_id)).rowcount
    if not done:
        raise DomainError(f"no synonym group {group_id}", code="no_synonym_group", group=group_id)
