"""The FAQ category tree (銀行卡 › 掛失): counts, creating, renaming, moving, filing entries."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from liaison_app.core.models import Category, FaqEntry
from liaison_app.core.questions.workflow import DomainError


class CategoryError(DomainError):
    """A category change that would break the tree (a cycle, a name taken, ...)."""


@dataclass
class CategoryNode:
    id: int
    name: str
    parent_id: int | None
    position: int
    own_count: int = 0
    total_count: int = 0  # its own entries and those of every sub-category
    children: list[CategoryNode] = field(default_factory=list)


def category_tree(session: Session) -> list[CategoryNode]:
    """Root categories with their children, ordered by position then name, with counts."""
    counts = dict(session.execute(
        select(FaqEntry.category_id, func.count()).where(FaqEntry.category_id.is_not(None))
        .group_by(FaqEntry.category_id)).all())
    nodes = {
        id_: CategoryNode(id_, name, parent_id, position or 0, counts.get(id_, 0))
        for id_, name, parent_id, position in session.execute(
            select(Category.id, Category.name, Category.parent_id, Category.position))
    }
    roots: list[CategoryNode] = []
    for node in nodes.values():
        parent = nodes.get(node.parent_id) if node.parent_id is not None else None
        (parent.children if parent else roots).append(node)

    def finish(node: CategoryNode) -> int:
        node.children.sort(key=lambda n: (n.position, n.name))
        node.total_count = node.own_count + sum(finish(child) for child in node.children)
        return node.total_count

    roots.sort(key=lambda n: (n.position, n.name))
    for root in roots:
        finish(root)
    return roots


def uncategorised_count(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(FaqEntry)
                          .where(FaqEntry.category_id.is_(None))) or 0


def category_path(session: Session, category_id: int | None) -> list[str]:
    names: list[str] = []
    seen: set[int] = set()
    while category_id is not None and category_id not in seen:
        seen.add(category_id)
        category = session.get(Category, category_id)
        if category is None:
            break
        names.insert(0, category.name)
        category_id = category.parent_id
    return names


def _descendants(session: Session, category_id: int) -> set[int]:
    children: dict[int | None, list[int]] = defaultdict(list)
    for id_, parent_id in session.execute(select(Category.id, Category.parent_id)):
        children[parent_id].append(id_)
    found: set[int] = set()
    todo = [category_id]
    while todo:
        for child in children[todo.pop()]:
            if child not in found:
                found.add(child)
                todo.append(child)
    return found


def _clean_name(name: str) -> str:
    name = " ".join((name or "").split())
    if not name:
        raise CategoryError("a category needs a name", code="category_name_required")
    if len(name) > 100:
        raise CategoryError("a category name has at most 100 characters", code="title_too_long", limit=100)
    return name


def _check_free(session: Session, parent_id: int | None, name: str, own_id: int | None = None) -> None:
    stmt = select(Category.id).where(Category.name == name)
    stmt = stmt.where(Category.parent_id.is_(None) if parent_id is None else Category.parent_id == parent_id)
    other = session.scalar(stmt)
    if other is not None and other != own_id:
        raise CategoryError(f"there is already a category '{name}' there", code="category_exists",
                            name=name)


def _next_position(session: Session, parent_id: int | None) -> int:
    stmt = select(func.max(Category.position))
    stmt = stmt.where(Category.parent_id.is_(None) if parent_id is None else Category.parent_id == parent_id)
    top = session.scalar(stmt)
    return 0 if top is None else top + 1


def create_category(session: Session, name: str, parent_id: int | None = None) -> int:
    name = _clean_name(name)
    if parent_id is not None and session.get(Category, parent_id) is None:
        raise CategoryError(f"no category {parent_id}", code="no_category", category=parent_id)
    _check_free(session, parent_id, name)
    category = Category(name=name, parent_id=parent_id, position=_next_position(session, parent_id))
    session.add(category)
    session.flush()
    return category.id


def rename_category(session: Session, category_id: int, name: str) -> None:
    category = session.get(Category, category_id)
    if category is None:
        raise CategoryError(f"no category {category_id}", code="no_category", category=category_id)
    name = _clean_name(name)
    _check_free(session, category.parent_id, name, category_id)
    category.name = name


def move_category(session: Session, category_id: int, new_parent_id: int | None) -> None:
    """Re-parent a category (None: to the top level); refuses to put it under itself."""
    category = session.get(Category, category_id)
    if category is None:
        raise CategoryError(f"no category {category_id}", code="no_category", category=category_id)
    if new_parent_id is not None:
        if new_parent_id == category_id or new_parent_id in _descendants(session, category_id):
            raise CategoryError(
                f"cannot move '{category.name}' into itself or one of its sub-categories",
                code="category_cycle", name=category.name)
        if session.get(Category, new_parent_id) is None:
            raise CategoryError(f"no category {new_parent_id}", code="no_category", category=new_parent_id)
    if category.parent_id == new_parent_id:
        return
    _check_free(session, new_parent_id, category.name, category_id)
    category.parent_id = new_parent_id
    category.position = _next_position(session, new_parent_id)


def next_entry_position(session: Session, category_id: int | None) -> int:
    stmt = select(func.max(FaqEntry.position))
    stmt = stmt.where(FaqEntry.category_id.is_(None) if category_id is None
                      else FaqEntry.category_id == category_id)
    top = session.scalar(stmt)
    return 0 if top is None else top + 1


def move_entries(session: Session, entry_ids: Iterable[int], category_id: int | None) -> int:
    """File entries under a category (at its end, in the given order); returns how many moved."""
    if category_id is not None and session.get(Category, category_id) is None:
        raise CategoryError(f"no category {category_id}", code="no_category", category=category_id)
    position = next_entry_position(session, category_id)
    moved = 0
    for entry_id in dict.fromkeys(entry_ids):
        entry = session.get(FaqEntry, entry_id)
        if entry is None or entry.category_id == category_id:
            continue
        entry.category_id = category_id
        entry.position = position
        position += 1
        moved += 1
    session.flush()
    return moved
