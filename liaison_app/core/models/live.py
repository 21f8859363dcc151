"""What several desks on one database share besides the data: the change log and leases."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Float, Integer, String, func
from sqlalchemy.orm import Mapped, mapped_column

from liaison_app.core.models.base import Base, UTCDateTime


class ChangeLog(Base):
    """One changed row of a watched table, written by a trigger (migration 0014).

    Desks that may not hold a connection open ask "anything after id N?" every few
    seconds (core/changes.py); the table is pruned of old rows by the mail sender.
    """

    __tablename__ = "change_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    table_name: Mapped[str] = mapped_column(String(40))
    row_id: Mapped[int] = mapped_column(Integer)
    at: Mapped[datetime] = mapped_column(UTCDateTime, server_default=func.current_timestamp())


class Lease(Base):
    """A job only one desk may do at a time (the mail cycle), held until `expires_at`.

    Times are seconds since the epoch on the database server's clock (PostgreSQL) or the
    machine's (SQLite), so desks with skewed clocks still agree on who holds it.
    """

    __tablename__ = "leases"

    name: Mapped[str] = mapped_column(String(40), primary_key=True)
    holder: Mapped[str | None] = mapped_column(String(200))
    expires_at: Mapped[float] = mapped_column(Float, default=0, server_default="0")
    taken_at: Mapped[float] = mapped_column(Float, default=0, server_default="0")
