"""Search's statements (`core.search.reads`) run in an SQLAlchemy Session.

The path of the window, the agent desks and PostgreSQL: the caller's Session, its
transaction and, on PostgreSQL, its login's row-level security. Each `Query` becomes a
`text()` construct once (lists as expanding parameters, times typed as the models'
`UTCDateTime`), so SQLAlchemy's compiled cache serves every later search.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any

from sqlalchemy import Integer, Text, TextClause, bindparam, text
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import Session

from liaison_app.core.models.base import UTCDateTime
from liaison_app.core.search.reads import Query, Reads

_statements: dict[tuple[Query, bool], TextClause] = {}
# PostgreSQL: a list is bound as one array (`= ANY(:ids)`), not one parameter per item: the
# statement's text no longer changes with the list's length (the server plans it once per
# length otherwise), and reading the FAQ page's 375 entries took 4.7 ms instead of 15 ms.
_ARRAY_OF = {"ids": Integer(), "terms": Text()}


def statement(query: Query, arrays: bool = False) -> TextClause:
    stmt = _statements.get((query, arrays))
    if stmt is None:
        sql = query.sql
        if arrays:
            for name in query.lists:
                sql = sql.replace(f"IN :{name}", f"= ANY(:{name})")
            lists = [bindparam(name, type_=ARRAY(_ARRAY_OF[name])) for name in query.lists]
        else:
            lists = [bindparam(name, expanding=True) for name in query.lists]
        stmt = text(sql).bindparams(
            *lists, *(bindparam(name, type_=UTCDateTime()) for name in query.times))
        _statements[(query, arrays)] = stmt
    return stmt


class SessionReads(Reads):
    """The statements in `session` (which the caller owns, with its transaction)."""

    def __init__(self, session: Session) -> None:
        self.session = session
        bind = session.get_bind()
        self.dialect = bind.dialect.name
        self.key = bind.engine
        self.arrays = self.dialect == "postgresql"

    def rows(self, query: Query, params: Mapping[str, Any] | None = None) -> Sequence[Sequence[Any]]:
        if self.arrays and query.lists:
            params = {k: list(v) if k in query.lists else v for k, v in (params or {}).items()}
        return self.session.execute(statement(query, self.arrays), dict(params or {})).all()
