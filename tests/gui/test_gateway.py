"""The window's database gateway keeps its promises: writes apply in the order they were
submitted, each in one transaction; reads overlap; results come back on the GUI thread;
a result for a widget that has gone is dropped; a failure reaches `on_error`.

Real background threads here (no synchronous mode): ordering and overlap are what is
being tested.
"""

from __future__ import annotations

import threading
import time

import shiboken6
from PySide6.QtCore import QCoreApplication, QObject, QThread
from sqlalchemy import func, select

from liaison_app.core.models import Agent
from liaison_app.ui import tasks
from liaison_app.ui.gateway import DatabaseGateway, gateway_for


def _on_gui_thread() -> bool:
    return QThread.currentThread() is QCoreApplication.instance().thread()


def test_writes_apply_in_submission_order_each_in_one_transaction(qtbot, db):
    gateway = DatabaseGateway(db)
    applied: list[int] = []
    delivered: list[int] = []

    def write(number: int, pause: float):
        def work(session) -> int:
            time.sleep(pause)  # the earlier writes are the slower ones
            session.add(Agent(code=f"A{number}", name=f"agent {number}"))
            applied.append(number)
            return number
        return work

    for number, pause in enumerate((0.2, 0.1, 0.0, 0.05)):
        gateway.write(write(number, pause), delivered.append)
    qtbot.waitUntil(lambda: len(delivered) == 4, timeout=10_000)
    assert applied == [0, 1, 2, 3]
    assert delivered == [0, 1, 2, 3]
    with db.session() as s:
        assert s.scalars(select(Agent.code).order_by(Agent.id)).all() == ["A0", "A1", "A2", "A3"]


def test_a_failed_write_reaches_on_error_and_keeps_nothing(qtbot, db):
    gateway = DatabaseGateway(db)
    errors: list[Exception] = []
    done: list[object] = []

    def work(session):
        session.add(Agent(code="A9", name="half written"))
        session.flush()
        raise ValueError("refused by the rule")

    gateway.write(work, done.append, errors.append)
    qtbot.waitUntil(lambda: bool(errors), timeout=5_000)
    assert [str(e) for e in errors] == ["refused by the rule"]
    assert isinstance(errors[0], ValueError)
    assert done == []
    with db.session() as s:
        assert s.scalar(select(func.count()).select_from(Agent)) == 0


def test_reads_overlap_and_results_arrive_on_the_gui_thread(qtbot, db):
    gateway = DatabaseGateway(db)
    # Each read waits for the other one: both finish only if they run at the same time.
    both_running = threading.Barrier(2, timeout=5)
    ran_on_gui: list[bool] = []
    results: list[tuple[int, bool]] = []
    errors: list[Exception] = []

    def read(number: int):
        def work(session) -> int:
            ran_on_gui.append(_on_gui_thread())
            both_running.wait()
            return session.scalar(select(func.count()).select_from(Agent)) + number
        return work

    for number in (1, 2):
        gateway.read(read(number), lambda value: results.append((value, _on_gui_thread())),
                     errors.append)
    qtbot.waitUntil(lambda: len(results) + len(errors) == 2, timeout=10_000)
    assert errors == []
    assert sorted(results) == [(1, True), (2, True)]
    assert ran_on_gui == [False, False]


def test_run_hands_over_the_database_in_the_write_order(qtbot, db):
    gateway = DatabaseGateway(db)
    seen: list[str] = []
    gateway.write(lambda session: (time.sleep(0.1), seen.append("write"))[1])
    gateway.run(lambda database: seen.append("run") or database.url, seen.append)
    qtbot.waitUntil(lambda: len(seen) == 3, timeout=5_000)
    assert seen == ["write", "run", db.url]


def test_a_result_for_a_deleted_owner_is_dropped(qtbot, db):
    gateway = DatabaseGateway(db)
    owner, witness = QObject(), QObject()
    release = threading.Event()
    delivered: list[str] = []

    def work(session) -> str:
        release.wait(5)
        return "late"

    gateway.read(work, lambda value: delivered.append(f"owner: {value}"),
                 lambda exc: delivered.append(f"owner error: {exc}"), owner=owner)
    gateway.read(work, lambda value: delivered.append(f"witness: {value}"), owner=witness)
    shiboken6.delete(owner)  # the dialog was closed while its read was running
    release.set()
    qtbot.waitUntil(lambda: bool(delivered), timeout=5_000)
    assert tasks.wait_for_tasks()
    QCoreApplication.processEvents()
    assert delivered == ["witness: late"]


def test_a_failed_read_reaches_on_error_on_the_gui_thread(qtbot, db):
    gateway = DatabaseGateway(db)
    errors: list[tuple[str, bool]] = []

    def work(session):
        raise LookupError("no such entry")

    gateway.read(work, lambda _value: errors.append(("done", _on_gui_thread())),
                 lambda exc: errors.append((str(exc), _on_gui_thread())))
    qtbot.waitUntil(lambda: bool(errors), timeout=5_000)
    assert errors == [("no such entry", True)]


def test_one_gateway_per_open_database(qtbot, db):
    """Dialogs opened from different pages share one writer, so one write order."""
    first = gateway_for(db)
    assert gateway_for(db) is first
    assert first.database is db
