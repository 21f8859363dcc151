"""Every use of the FAQ on an agent's desk, counted as the agent.

A search is recorded once it settles (not per keystroke) with what it found; a use
(opening or copying an answer) is a hit, counted once per entry per call window; the
agent's verdict (*this answered it* / *didn't help*) settles the search. Each write
carries the desk's idempotency key, so a write queued offline and sent again counts once.

On a team server an agent records hits only through `liaison_agent_hit` (owner-run,
core/team/roles.py): the counter moves and the dedupe holds whatever client calls it.
Elsewhere (SQLite, a manager trying the desk) the same rule runs here.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from importlib import import_module

from sqlalchemy import select, text, update
from sqlalchemy.orm import Session

from liaison_app.core.faq.hits import record_hit
from liaison_app.core.models import FaqEntry, FaqHit, FaqSearch, HitKind
from liaison_app.core.questions.workflow import DomainError
from liaison_app.core.search.faq_search import reads_postings_directly
from liaison_app.core.team.roles import HIT_DEDUPE_SECONDS
from liaison_app.core.timeutil import as_utc, utcnow

MAX_QUERY = 200
SHOWN = 10
OUTCOMES = ("answered", "not_helped")
DESK_KINDS = (HitKind.OPEN.value, HitKind.AGENT_COPY.value)


def server_restricted(session: Session) -> bool:
    """Whether this login works through the owner-run functions (an agent on a team
    server) rather than on the tables themselves."""
    return not reads_postings_directly(session)


def insert_once(session: Session, model, values: dict) -> bool:
    """INSERT that does nothing when the row's key exists; True when inserted."""
    dialect = session.get_bind().dialect.name
    # The dialect's own INSERT … ON CONFLICT, from the module the engine has loaded: both
    # imported at the top cost every SQLite start the PostgreSQL dialect (0.1-0.2 s).
    make = import_module(f"sqlalchemy.dialects.{dialect}").insert
    done = session.execute(make(model).values(**values).on_conflict_do_nothing())
    return bool(done.rowcount)


def record_search(session: Session, key: str, actor: str, query: str, shown: list[int],
                  results: int, at: datetime | None = None) -> bool:
    """One settled search (idempotent by `key`)."""
    query = (query or "").strip()[:MAX_QUERY]
    if not query:
        raise DomainError("an empty search is not recorded")
    return insert_once(session, FaqSearch, {
        "client_key": key, "actor": actor, "query": query, "results": int(results),
        "shown": [int(i) for i in shown[:SHOWN]], "at": as_utc(at) if at else utcnow()})


def settle_search(session: Session, key: str, *, outcome: str | None = None,
                  used_entry_id: int | None = None) -> None:
    """Mark the search as ended in an answer used, and/or with the agent's verdict."""
    if outcome is not None and outcome not in OUTCOMES:
        raise DomainError(f"unknown outcome {outcome!r}")
    values: dict = {}
    if outcome is not None:
        values["outcome"] = outcome
    if used_entry_id is not None:
        values["used_entry_id"] = used_entry_id
    if values:
        session.execute(update(FaqSearch).where(FaqSearch.client_key == key).values(**values))


def record_use(session: Session, entry_id: int, kind: str, actor: str, key: str,
               at: datetime | None = None) -> bool:
    """A use of an entry (opened or copied); False when it repeats one already counted
    in this call window or under this key."""
    if kind not in DESK_KINDS:
        raise DomainError(f"unknown kind of FAQ use '{kind}'")
    at = as_utc(at) if at else utcnow()
    if server_restricted(session):
        return bool(session.scalar(text("SELECT liaison_agent_hit(:e, :k, :at, :key)"),
                                   {"e": entry_id, "k": kind, "at": at, "key": key}))
    if session.scalar(select(FaqHit.id).where(FaqHit.client_key == key)) is not None:
        return False
    window = timedelta(seconds=HIT_DEDUPE_SECONDS)
    if session.scalar(select(FaqHit.id).where(
            FaqHit.actor == actor, FaqHit.entry_id == entry_id,
            FaqHit.at > at - window, FaqHit.at < at + window).limit(1)) is not None:
        return False
    if session.scalar(select(FaqEntry.id).where(FaqEntry.id == entry_id,
                                                FaqEntry.is_live_at(utcnow()))) is None:
        raise DomainError(f"No live FAQ entry {entry_id}", code="no_faq_entry", entry=entry_id)
    record_hit(session, entry_id, actor, kind, at=at, client_key=key)
    return True
