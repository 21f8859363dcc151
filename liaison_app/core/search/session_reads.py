"""Search's statements (`core.search.reads`) run in an SQLAlchemy Session.

The path of the window, the agent desks and PostgreSQL: the caller's Session, its
transaction and, on PostgreSQL, its login's row-level security. Each `Query` becomes a
`text()` construct once (lists as expanding parameters, times typed as the models'
`UTCDateTime`), so SQLAlchemy's compiled cache serves every later search.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import TextClause, bindparam, text
from sqlalchemy.orm import Session

from liaison_app.core.models.base import UTCDateTime
from liaison_app.core.search.reads import Query, Reads

_statements: dict[Query, TextClause] = {}


def statement(query: Query) -> TextClause:
    stmt = _statements.get(query)
    if stmt is None:
        stmt = text(query.sql).bindparams(
            *(bindparam(name, expanding=True) for name in query.lists),
            *(bindparam(name, type_=UTCDateTime()) for name in query.times))
        _statements[query] = stmt
    return stmt


class SessionReads(Reads):
    """The statements in `session` (which the caller owns, with its transaction)."""

    def __init__(self, session: Session) -> None:
        self.session = session
        bind = session.get_bind()
        self.dialect = bind.dialect.name
        self.key = bind.engine

    def rows(self, query: Query, params: Mapping[str, Any] | None = None) -> Sequence[Sequence[Any]]:
        return self.session.execute(statement(query), dict(params or {})).all()
