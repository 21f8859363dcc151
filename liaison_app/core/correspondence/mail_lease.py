"""One mail sender among several manager desks: a lease with an expiry.

Several managers may have the window open on one team database; each would send the
outbox and fetch the mailbox every few minutes. Only the holder of the `mail` lease runs
the cycle; it renews the lease (a heartbeat) before every mail it sends and every batch
it fetches, and gives it back when its window closes. A desk that dies simply stops
renewing: once the lease expires, the next desk to ask takes it over.

A lease row rather than `pg_advisory_lock`: an advisory lock belongs to a server session,
which a transaction-pooling PgBouncer hands to someone else after every transaction,
and it would tie up one idle connection per desk. The lease works the same on SQLite.
Times are the database server's clock (seconds since the epoch), so desks whose own
clocks disagree still agree on who holds it.
"""

from __future__ import annotations

import getpass
import os
import socket
import time
import uuid
from dataclasses import dataclass, field

from sqlalchemy import case, or_, select, text, update
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import Session

from liaison_app.core.models import Lease

MAIL_LEASE = "mail"
# How long a holder that stopped renewing keeps the lease: another desk takes over at the
# latest this long after the holder died. Settings `[mail] lease_seconds`.
DEFAULT_SECONDS = 60.0


def desk_name() -> str:
    """Who holds the lease, as people read it: user, machine, process (and a tag that
    keeps two windows of one process apart)."""
    return f"{getpass.getuser()}@{socket.gethostname()}:{os.getpid()}:{uuid.uuid4().hex[:6]}"


def server_time(session: Session) -> float:
    """Seconds since the epoch on the database server's clock."""
    if session.get_bind().dialect.name == "postgresql":
        return float(session.scalar(text("SELECT extract(epoch FROM clock_timestamp())")))
    return time.time()


def _ensure_row(session: Session, name: str) -> None:
    dialect = session.get_bind().dialect.name
    insert = postgresql.insert if dialect == "postgresql" else sqlite.insert
    session.execute(insert(Lease).values(name=name, holder=None, expires_at=0, taken_at=0)
                    .on_conflict_do_nothing(index_elements=["name"]))


@dataclass
class LeaseHolder:
    """Who holds a lease now and for how many more seconds (0 when free)."""

    holder: str | None
    seconds_left: float


@dataclass
class MailLease:
    """This desk's claim on the one mail cycle."""

    database: object
    seconds: float = DEFAULT_SECONDS
    name: str = MAIL_LEASE
    holder: str = field(default_factory=desk_name)

    def acquire(self) -> bool:
        """Take the lease if it is free or expired, or renew it if this desk holds it;
        True when this desk holds it for the next `seconds`."""
        with self.database.sessions.begin() as s:
            _ensure_row(s, self.name)
            now = server_time(s)
            # One UPDATE decides: of two desks asking at once, the second waits for the
            # first's row lock and then finds the lease taken (READ COMMITTED re-checks
            # the condition on the new row; SQLite runs one writer at a time).
            done = s.execute(
                update(Lease)
                .where(Lease.name == self.name,
                       or_(Lease.holder == self.holder, Lease.holder.is_(None),
                           Lease.expires_at < now))
                .values(holder=self.holder, expires_at=now + self.seconds,
                        taken_at=case((Lease.holder == self.holder, Lease.taken_at), else_=now))
                .execution_options(synchronize_session=False)
            )
            return done.rowcount == 1

    def still_held(self) -> bool:
        """The heartbeat between two mails: renew, and say whether to go on."""
        return self.acquire()

    def release(self) -> None:
        """Give the lease back (window closing): another desk may take it at once."""
        with self.database.sessions.begin() as s:
            s.execute(update(Lease).where(Lease.name == self.name, Lease.holder == self.holder)
                      .values(holder=None, expires_at=0)
                      .execution_options(synchronize_session=False))

    def current(self) -> LeaseHolder:
        with self.database.sessions() as s:
            row = s.execute(select(Lease.holder, Lease.expires_at)
                            .where(Lease.name == self.name)).first()
            now = server_time(s)
        if row is None or row.holder is None or row.expires_at < now:
            return LeaseHolder(None, 0.0)
        return LeaseHolder(row.holder, row.expires_at - now)
