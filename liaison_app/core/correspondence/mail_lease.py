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

Two layers, one rule each (sending.py has the second):
- this lease says which desk runs the cycle. Its holder is named `user@host:pid:tag`;
  a holder on this very machine whose process is gone (killed, crashed) is known dead at
  once, so its lease is taken over without waiting for the expiry; on another machine
  the expiry decides.
- each mail in flight is claimed (`sending`) by the holder, and renewed with the lease
  while the SMTP server is waited for. A desk that takes the lease over from a holder
  that died (rather than one that gave it back) queues that holder's claimed mails again
  at once, as uncertain, under their own Message-ID: only the holder sends, so whatever
  is still `sending` was the dead desk's.
"""

from __future__ import annotations

import getpass
import os
import re
import socket
import time
import uuid
from dataclasses import dataclass, field
from importlib import import_module

from sqlalchemy import case, or_, select, text, update
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


def _holder_pid_here(holder: str) -> int | None:
    """The process id of a holder on this machine (None elsewhere, or a name not made by
    `desk_name`)."""
    match = re.fullmatch(r"[^@]*@(?P<host>.+):(?P<pid>\d+):[0-9a-f]+", holder or "")
    if match is None or match["host"] != socket.gethostname():
        return None
    return int(match["pid"])


def holder_is_dead(holder: str | None) -> bool:
    """True when `holder` is a desk on this machine whose process no longer runs.

    Only POSIX can ask cheaply and safely (`kill(pid, 0)` sends nothing; on Windows it
    would end the process), so elsewhere the lease's expiry alone decides."""
    pid = _holder_pid_here(holder or "")
    if pid is None or os.name != "posix" or pid == os.getpid():
        return False
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except OSError:  # another user's process (EPERM): alive
        return False
    return False


def server_time(session: Session) -> float:
    """Seconds since the epoch on the database server's clock."""
    if session.get_bind().dialect.name == "postgresql":
        return float(session.scalar(text("SELECT extract(epoch FROM clock_timestamp())")))
    return time.time()


def _ensure_row(session: Session, name: str) -> None:
    dialect = session.get_bind().dialect.name
    # The dialect's own INSERT … ON CONFLICT, from the module the engine has loaded: both
    # imported at the top cost every SQLite start the PostgreSQL dialect (0.1-0.2 s).
    insert = import_module(f"sqlalchemy.dialects.{dialect}").insert
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
    # Set when this desk took the lease from a holder that died without giving it back:
    # that desk's mails in flight are to be queued again (`run_cycle` does, then clears it).
    inherited: bool = False

    def acquire(self) -> bool:
        """Take the lease if it is free or expired (or its holder is a dead process on
        this machine), or renew it if this desk holds it; True when this desk holds it
        for the next `seconds`."""
        with self.database.sessions.begin() as s:
            _ensure_row(s, self.name)
            now = server_time(s)
            before = s.execute(select(Lease.holder, Lease.expires_at)
                               .where(Lease.name == self.name)).one()
            free = [Lease.holder == self.holder, Lease.holder.is_(None),
                    Lease.expires_at < now]
            if before.holder not in (None, self.holder) and holder_is_dead(before.holder):
                # Compare-and-set on the dead holder's name: a live desk that took it
                # meanwhile is not pushed aside.
                free.append(Lease.holder == before.holder)
            # One UPDATE decides: of two desks asking at once, the second waits for the
            # first's row lock and then finds the lease taken (READ COMMITTED re-checks
            # the condition on the new row; SQLite runs one writer at a time).
            done = s.execute(
                update(Lease)
                .where(Lease.name == self.name, or_(*free))
                .values(holder=self.holder, expires_at=now + self.seconds,
                        taken_at=case((Lease.holder == self.holder, Lease.taken_at), else_=now))
                .execution_options(synchronize_session=False)
            )
            held = done.rowcount == 1
        if held and before.holder not in (None, self.holder):
            self.inherited = True
        return held

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
