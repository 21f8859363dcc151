"""The window's one door to the database: reads on the thread pool, writes in order.

Every database call a widget needs goes through a `DatabaseGateway` (Anki's `taskman.py`
is the model). Reads run on the global thread pool, each in its own short session, so
several can overlap and none blocks the GUI thread. Writes run one after another on a
single-thread pool, each in one transaction, so two user actions never race each other and
the order the user clicked is the order they are applied. Results come back on the GUI
thread; a result for a widget that has gone meanwhile is dropped (see `tasks.run_task`).

Widgets hand the gateway a function of a `Session`; that function must not touch widgets.
Tests switch `tasks.set_synchronous(True)` to run both kinds inline.
"""

from __future__ import annotations

import weakref
from collections.abc import Callable
from typing import TypeVar

import shiboken6
from PySide6.QtCore import QObject, QThreadPool
from sqlalchemy.orm import Session, sessionmaker

from liaison_app.core.database import Database
from liaison_app.core.errors import DomainError
from liaison_app.core.team.people import Access, Desk
from liaison_app.ui.errors import domain_error_text
from liaison_app.ui.tasks import run_task

T = TypeVar("T")

# id(database) -> its gateway, held weakly: the pages, dialogs and actions using a gateway
# keep it (and its writer thread) alive, and it goes with the last of them.
_gateways: weakref.WeakValueDictionary[int, DatabaseGateway] = weakref.WeakValueDictionary()


class DatabaseGateway(QObject):
    """Runs database work for the window off the GUI thread."""

    def __init__(self, database: Database, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.database = database
        self._writer = QThreadPool(self)
        self._writer.setMaxThreadCount(1)  # one serial executor: writes apply in order
        self._writer.setExpiryTimeout(-1)

    @property
    def access(self) -> Access:
        """Who signed in and which desk that opens: the one read model the window asks
        before offering a change (the server refuses it anyway)."""
        return self.database.access or Access(None, Desk.MANAGER)

    @property
    def can_write(self) -> bool:
        return self.access.can_write

    def _refused(self, on_error: Callable[[Exception], None] | None, owner: QObject | None,
                 people: bool = False) -> bool:
        """A change asked of a read-only desk: refused at once, with a clear message.
        People admin (`people`) is the admin role's one change, whatever the desk."""
        if self.can_write or (people and self.access.manages_people):
            return False
        desk = self.access.desk.value

        def refuse() -> None:
            raise DomainError(f"the {desk} desk is read-only", code="read_only_desk", desk=desk)

        run_task(refuse, None, on_error, owner=owner)
        return True

    def read(
        self,
        fn: Callable[[Session], T],
        on_done: Callable[[T], None] | None = None,
        on_error: Callable[[Exception], None] | None = None,
        owner: QObject | None = None,
    ) -> None:
        """Run `fn(session)` on the pool in a session of its own (no changes kept)."""
        sessions = self.database.sessions

        def job() -> T:
            with sessions() as session:
                return fn(session)

        run_task(job, on_done, on_error, owner=owner)

    def write(
        self,
        fn: Callable[[Session], T],
        on_done: Callable[[T], None] | None = None,
        on_error: Callable[[Exception], None] | None = None,
        owner: QObject | None = None,
        people: bool = False,
    ) -> None:
        """Run `fn(session)` after every earlier write, in one transaction (`people`: a
        people-admin change, allowed to an admin on any desk)."""
        if self._refused(on_error, owner, people):
            return
        self._in_write_order(fn, on_done, on_error, owner)

    def write_own(
        self,
        fn: Callable[[Session], T],
        on_done: Callable[[T], None] | None = None,
        on_error: Callable[[Exception], None] | None = None,
        owner: QObject | None = None,
    ) -> None:
        """A change the signed-in person makes on their own desk (a department contact's
        answer, clarification or hand-over): not the manager's work, so not refused as
        read-only here; the server's policies decide what it may touch. In the write order,
        in one transaction, like `write`."""
        self._in_write_order(fn, on_done, on_error, owner)

    def _in_write_order(self, fn, on_done, on_error, owner) -> None:
        """`fn(session)` on the serial writer, after every earlier write, in one transaction."""
        sessions = self.database.sessions

        def job():
            with sessions.begin() as session:
                return fn(session)

        run_task(job, on_done, on_error, owner=owner, pool=self._writer)

    def run(
        self,
        fn: Callable[[Database], T],
        on_done: Callable[[T], None] | None = None,
        on_error: Callable[[Exception], None] | None = None,
        owner: QObject | None = None,
        serial: bool = True,
    ) -> None:
        """Run `fn(database)` for work that manages its own sessions (imports, exports,
        mail cycles): in the write order when `serial`, else on the pool."""
        database = self.database
        run_task(lambda: fn(database), on_done, on_error, owner=owner,
                 pool=self._writer if serial else None)

    def write_alongside(
        self,
        fn: Callable[[Database], T],
        on_done: Callable[[T], None] | None = None,
        on_error: Callable[[Exception], None] | None = None,
        owner: QObject | None = None,
    ) -> None:
        """Run `fn(database)` for a long write that commits in chunks of its own (a large
        import): on the pool, beside the write order, so the window's other changes do not
        queue behind it for minutes; refused on a read-only desk like any write."""
        if self._refused(on_error, owner):
            return
        database = self.database
        run_task(lambda: fn(database), on_done, on_error, owner=owner)

    def write_each(
        self,
        fn: Callable[[sessionmaker[Session]], T],
        on_done: Callable[[T], None] | None = None,
        on_error: Callable[[Exception], None] | None = None,
        owner: QObject | None = None,
    ) -> None:
        """Run `fn(sessions)` in the write order, for work that commits item by item (one
        question's refusal must not undo the others): `fn` opens a transaction per item."""
        if self._refused(on_error, owner):
            return
        sessions = self.database.sessions
        run_task(lambda: fn(sessions), on_done, on_error, owner=owner, pool=self._writer)

    def wait(self, msecs: int = 5000) -> bool:
        """Block until queued writes finish (shutdown and tests)."""
        return self._writer.waitForDone(msecs)



def gateway_for(database: Database) -> DatabaseGateway:
    """The one gateway of an open database, made on first use.

    Pages, dialogs and actions built in different places must share one gateway, or each
    would have a writer of its own and writes would no longer apply in the order the user
    made them. Call on the GUI thread (the gateway lives there).
    """
    key = id(database)
    gateway = _gateways.get(key)
    if gateway is not None and shiboken6.isValid(gateway) and gateway.database is database:
        return gateway
    gateway = DatabaseGateway(database)
    _gateways[key] = gateway
    return gateway



class Latest:
    """Shows only the newest of a series of loads (the triage panel's stale-result guard).

    `latest.wrap(callback)` starts a new load; the callbacks of the loads it supersedes
    are dropped, so a slow, older answer never overwrites a newer one.
    """

    def __init__(self) -> None:
        self.generation = 0

    def wrap(self, callback: Callable[[T], None] | None) -> Callable[[T], None]:
        """Start a new load; `callback` runs only if no newer load started meanwhile."""
        self.generation += 1
        return self.also(callback)

    def also(self, callback: Callable[[T], None] | None) -> Callable[[T], None]:
        """Guard one more callback of the load just started (e.g. its `on_error`)."""
        generation = self.generation

        def guarded(value: T) -> None:
            if generation == self.generation and callback is not None:
                callback(value)

        return guarded

    def cancel(self) -> None:
        """Drop whatever load is still on its way."""
        self.generation += 1


def refusal_shown_in(label) -> Callable[[Exception], None]:
    """An `on_error` for writes the domain may refuse: the refusal's message goes to
    `label` (a QLabel); any other failure is a bug and is raised on the GUI thread."""

    def failed(exc: Exception) -> None:
        if not isinstance(exc, DomainError):
            raise exc
        label.setText(domain_error_text(exc))

    return failed
