"""The one way the demo writes rows: ids given here, rows buffered per table and written
through the driver's bulk path, later changes as one executemany `UPDATE`.

`size="large"` must build quickly (target: under a minute), so rows get their ids here
(no RETURNING round trips) and go through the driver's bulk path (`executemany` on
SQLite, `COPY` on PostgreSQL): Core `insert()` spends most of its time converting values
one at a time (25 s for the questions and events alone on SQLite, 43 s on PostgreSQL).
The writer converts values exactly as the column types do, and uses Core inserts on
other drivers.
"""

from __future__ import annotations

import itertools
import json
import operator
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import JSON, Dialect, Table, bindparam, func, insert, select, text, update
from sqlalchemy.orm import Session

from liaison_app.core.models.base import UTCDateTime


class RowWriter:
    """Gives ids, buffers rows per table and writes them through the driver's bulk path.

    Times in rows are whole seconds relative to the anchor (the demo thinks in offsets);
    they and JSON values are converted as the column types convert them (UTC text on
    SQLite, aware timestamps on PostgreSQL, JSON text), so rows read back through the ORM
    exactly like rows it wrote itself. Drivers without a fast path here (psycopg2,
    pg8000, ...) get plain Core `insert()` executemany: slower, same rows.
    """

    def __init__(self, session: Session, anchor: datetime, tables: Iterable[Table]) -> None:
        self.session = session
        self.connection = session.connection()
        self.anchor = anchor
        self.epoch = int(anchor.timestamp())
        self.backend = self.connection.dialect.name
        self.mode = self.mode_for(self.connection.dialect)
        self.dbapi = self.connection.connection.driver_connection
        self.buffers: dict[str, list[dict[str, Any]]] = defaultdict(list)
        self.written: Counter[str] = Counter()
        self._plans: dict[str, tuple[str, Callable, list[tuple[int, Callable]]]] = {}
        # Ids are given here, after whatever a table holds.
        self.first_id = {t.name: self._max_id(t) + 1 for t in tables}
        self.ids: dict[str, Iterator[int]] = {
            name: itertools.count(first) for name, first in self.first_id.items()}

    # -- ids ----------------------------------------------------------------------------

    def _max_id(self, table: Table) -> int:
        return self.session.scalar(select(func.max(table.c.id))) or 0

    def next_id(self, table: Table) -> int:
        return next(self.ids[table.name])

    def restart_sequences(self) -> None:
        """Move PostgreSQL's id sequences past the ids given here, so rows added through
        the ORM afterwards do not collide with them (SQLite needs nothing)."""
        if self.backend != "postgresql":
            return
        for name in self.first_id:
            self.connection.execute(text(
                f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), max(id)) FROM {name}"
                " HAVING max(id) IS NOT NULL"))

    # -- rows ---------------------------------------------------------------------------

    def add(self, table: Table, row: dict[str, Any]) -> None:
        self.buffers[table.name].append(row)

    def rows(self, table: Table) -> list[dict[str, Any]]:
        """The buffer of `table` itself, for hot loops that append to it directly."""
        return self.buffers[table.name]

    def flush(self, *tables: Table) -> None:
        """Write the buffered rows of `tables`, in that order (parents before children)."""
        for table in tables:
            rows = self.buffers[table.name]
            if rows:
                self._write(table, rows)
                rows.clear()

    def update(self, table: Table, rows: list[dict[str, Any]], **values: Any) -> None:
        """Change rows already written, one executemany `UPDATE ... WHERE id = :b_id`.

        `values` maps columns to expressions over `bindparam("b_...")` names in `rows`;
        used where a row must point at rows written after it (a department's head).
        """
        if rows:
            self.connection.execute(
                update(table).where(table.c.id == bindparam("b_id")).values(**values), rows)

    @staticmethod
    def mode_for(dialect: Dialect) -> str:
        return {("sqlite", "pysqlite"): "sqlite", ("postgresql", "psycopg"): "copy"}.get(
            (dialect.name, dialect.driver), "core")

    def _plan(self, table: Table) -> tuple[str, Callable, list[tuple[int, Callable]]]:
        plan = self._plans.get(table.name)
        if plan is None:
            names = [c.name for c in table.columns]
            quoted = ", ".join(f'"{n}"' for n in names)
            converters: list[tuple[int, Callable]] = []
            marks = []
            for i, column in enumerate(table.columns):
                mark = "?"
                if isinstance(column.type, JSON) and self.mode != "core":
                    converters.append((i, json.dumps))
                elif isinstance(column.type, UTCDateTime):
                    if self.mode == "sqlite":
                        # SQLite turns the offset into the text SQLAlchemy writes for a UTC
                        # time ('2026-11-29 08:30:00.000000'), four times faster than Python.
                        mark = f"datetime(? + {self.epoch}, 'unixepoch') || '.000000'"
                    else:
                        converters.append((i, self._aware_time))
                marks.append(mark)
            if self.mode == "copy":
                sql = f'COPY "{table.name}" ({quoted}) FROM STDIN'
            else:
                sql = f'INSERT INTO "{table.name}" ({quoted}) VALUES ({", ".join(marks)})'
            plan = self._plans[table.name] = (sql, operator.itemgetter(*names), converters)
        return plan

    @staticmethod
    def _complete(table: Table, rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
        """Rows with every column: left-out ones get their scalar default or NULL, so a
        column added by a later migration needs no change here (unless it is required)."""
        width = len(table.columns)
        if all(len(row) == width for row in rows):
            return rows
        fill = {}
        for column in table.columns:
            default = column.default
            if default is not None and not default.is_scalar:
                continue  # a computed default (a time, a list): rows must give the value
            fill[column.name] = default.arg if default is not None else None
        return [fill | row for row in rows]

    def _write(self, table: Table, rows: list[dict[str, Any]]) -> None:
        sql, getter, converters = self._plan(table)
        rows = self._complete(table, rows)
        values: Iterable[Sequence[Any]] = map(getter, rows)
        if converters:
            values = [self._convert(list(record), converters) for record in values]
        if self.mode == "copy":
            with self.dbapi.cursor() as cursor, cursor.copy(sql) as copy:
                for record in values:
                    copy.write_row(record)
        elif self.mode == "sqlite":
            cursor = self.dbapi.cursor()
            cursor.executemany(sql, values)
            cursor.close()
        else:
            names = [c.name for c in table.columns]
            self.connection.execute(insert(table), [dict(zip(names, v)) for v in values])
        self.written[table.name] += len(rows)

    @staticmethod
    def _convert(record: list[Any], converters: list[tuple[int, Callable]]) -> list[Any]:
        for i, convert in converters:
            if record[i] is not None:
                record[i] = convert(record[i])
        return record

    def _aware_time(self, offset: int) -> datetime:
        return self.anchor + timedelta(seconds=offset)
