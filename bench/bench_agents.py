"""300 agent desks on one PostgreSQL server (issue 18, item 6; DESIGN.md section 6).

Each simulated desk does what the real one does against the server: every few seconds a
search (the agent's own search: the owner-run postings function, as its own login), a poll
of the change log every 10 s (core.agent_desk.desk.POLL_SECONDS; no LISTEN: desks hold no
connection), now and then a use of an
answer (the counted hit and the recorded search) and a forward. Every operation opens its
connection and closes it after (`open_database(keep_idle_connections=False)`), as a desk
does. Each desk is its own login (`agent_bench_NNN`, made here and dropped after unless
`--keep`); the server trusts 127.0.0.1 here, so a connection costs no SCRAM exchange.

The desks are spread over `--procs` processes, each running its desks' due operations on a
bounded thread pool (`--workers`); an operation's time is measured from its start, and how
late operations started (the simulator's own lag on this machine) is printed beside it.
Meanwhile a manager's desk runs the owed duplicate checks and a search once a second: its
p95 says whether the manager's desk stays responsive. Peak server connections are sampled.

The simulator runs on the same 2 cores as the server: its Python work (the scoring of each
search) competes with PostgreSQL, so the figures are pessimistic for the server.

    python bench/bench_agents.py --db postgresql+psycopg://postgres@127.0.0.1:5432/DB

The database is migrated and, if it has no published FAQ entry, filled with the standard
demo. The last line is JSON: agents, seconds, searches, forwards, errors, search_p95_ms,
forward_p95_ms (and more).
"""

from __future__ import annotations

import argparse
import heapq
import json
import multiprocessing as mp
import random
import statistics
import sys
import threading
import time
import uuid
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from sqlalchemy import func, select, text
from sqlalchemy.engine import make_url

from liaison_app.core.agent_desk import usage
from liaison_app.core.agent_desk.desk import POLL_SECONDS
from liaison_app.core.agent_desk.forwards import check_pending_duplicates, forward_from_desk
from liaison_app.core.changes import ChangeFeed
from liaison_app.core.database import open_database
from liaison_app.core.models import Agent, FaqEntry, FaqStatus, PersonRow
from liaison_app.core.search.faq_search import search_faq
from liaison_app.core.search.folding import fold
from liaison_app.core.team import admin

PREFIX = "agent_bench_"
SEARCH_EVERY = (2.0, 6.0)  # seconds between one desk's searches
POLL_EVERY = POLL_SECONDS  # the desks' change-log poll
FORWARD_SHARE = 0.03  # of searches end in a forward
USE_SHARE = 0.5  # of searches end in an answer opened
TARGETS = {"search_p95_ms": 100, "forward_p95_ms": 200, "errors": 0}


def p95(values: list[float]) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def url_as(url: str, login: str) -> str:
    return make_url(url).set(username=login, password=None).render_as_string(hide_password=False)


def prepare(url: str, agents: int) -> list[str]:
    """Migrate, fill with the demo if empty, make the agents' logins; returns queries."""
    from liaison_app.demo.builder import make_demo

    db = open_database(url)
    try:
        with db.sessions() as s:
            live = s.scalar(select(func.count()).select_from(FaqEntry)
                            .where(FaqEntry.status == FaqStatus.PUBLISHED)) or 0
        if not live:
            print("filling the database with the standard demo…", file=sys.stderr)
            make_demo(db)
        with db.sessions.begin() as s:
            for n in range(1, agents + 1):
                code, login = f"B{n:04d}", f"{PREFIX}{n:03d}"
                if s.scalar(select(Agent.id).where(Agent.code == code)) is None:
                    s.add(Agent(code=code, name=f"壓測座席{n}"))
                    s.flush()
                if s.get(PersonRow, login) is None:
                    exists = s.scalar(text("SELECT 1 FROM pg_roles WHERE rolname = :r"), {"r": login})
                    admin.add_person(s, login, f"壓測座席{n}", ["agent"], agent_code=code,
                                     password=None if exists else "Bench-pass-1")
                    s.get(PersonRow, login).must_change_password = False
        with db.sessions() as s:
            questions = list(s.scalars(select(FaqEntry.question)
                                       .where(FaqEntry.status == FaqStatus.PUBLISHED).limit(2000)))
    finally:
        db.close()
    return queries_from(questions)


def queries_from(questions: list[str]) -> list[str]:
    """Varied queries as agents type them: two-character words, codes, pieces of a
    question, whole questions, in both scripts."""
    rng = random.Random(18)
    out: list[str] = []
    for q in questions:
        q = q.strip()
        if len(q) < 2:
            continue
        start = rng.randrange(0, max(1, len(q) - 2))
        out.append(q[start:start + 2])
        out.append(q[start:start + rng.randint(3, 8)])
        out.append(q)
        out.append(fold(q))  # the other script
    out += ["掛失", "挂失", "U盾", "ATM吞卡", "年費", "信用卡額度", "网银密码", "E001"]
    rng.shuffle(out)
    return out


def drop_logins(url: str) -> None:
    db = open_database(url, migrate=False)
    try:
        with db.sessions.begin() as s:
            logins = [r for (r,) in s.execute(text("SELECT rolname FROM pg_roles WHERE rolname LIKE :p"),
                                              {"p": PREFIX.replace("_", r"\_") + "%"})]
            for login in logins:
                s.execute(text("DELETE FROM people WHERE login = :l"), {"l": login})
        with db.engine.begin() as conn:
            for login in logins:
                conn.exec_driver_sql(f'DROP OWNED BY "{login}"')
                conn.exec_driver_sql(f'DROP ROLE IF EXISTS "{login}"')
    finally:
        db.close()


class Desk:
    def __init__(self, url: str, n: int, rng: random.Random) -> None:
        self.login = f"{PREFIX}{n:03d}"
        self.code = f"B{n:04d}"
        self.db = open_database(url_as(url, self.login), migrate=False, keep_idle_connections=False)
        self.feed = ChangeFeed(self.db, listen=False)
        self.next_search = time.monotonic() + rng.uniform(0, SEARCH_EVERY[1])
        self.next_poll = time.monotonic() + rng.uniform(0, POLL_EVERY)


def run_desks(url: str, numbers: list[int], seconds: float, workers: int, queries: list[str],
              seed: int, out: mp.Queue) -> None:
    rng = random.Random(seed)
    desks = [Desk(url, n, rng) for n in numbers]
    timings: dict[str, list[float]] = {"search": [], "forward": [], "poll": [], "use": [], "lag": []}
    errors: list[str] = []
    lock = threading.Lock()
    busy: set[int] = set()

    def timed(kind: str, fn) -> None:
        started = time.perf_counter()
        try:
            fn()
        except Exception as exc:  # noqa: BLE001 - every failure is counted and shown
            with lock:
                errors.append(f"{kind}: {str(exc).splitlines()[0][:200]}")
            return
        with lock:
            timings[kind].append((time.perf_counter() - started) * 1000)

    def search_turn(desk: Desk, query: str, go_on: float) -> None:
        hits: list = []

        def search() -> None:
            with desk.db.sessions() as s:
                hits.extend(search_faq(s, query))

        timed("search", search)
        if hits and go_on < USE_SHARE:
            key = uuid.uuid4().hex

            def use() -> None:
                with desk.db.sessions.begin() as s:
                    usage.record_search(s, key, desk.login, query, [h.id for h in hits], len(hits))
                    usage.record_use(s, hits[0].id, "open", desk.login, uuid.uuid4().hex)
                    usage.settle_search(s, key, used_entry_id=hits[0].id)

            timed("use", use)
        elif go_on > 1 - FORWARD_SHARE:
            def forward() -> None:
                with desk.db.sessions.begin() as s:
                    forward_from_desk(s, desk.code, desk.login, uuid.uuid4().hex,
                                      f"壓測轉問：{query}", "卡號 6222 0212 3456 7890 123", "信用卡")

            timed("forward", forward)

    def job(desk: Desk, kind: str, due: float, query: str, go_on: float) -> None:
        with lock:
            timings["lag"].append((time.monotonic() - due) * 1000)
        try:
            if kind == "poll":
                timed("poll", desk.feed.poll)
            else:
                search_turn(desk, query, go_on)
        finally:
            with lock:
                busy.discard(id(desk))

    end = time.monotonic() + seconds
    # (due time, seq, kind, desk): the scheduler sleeps until the next due operation
    due: list[tuple[float, int, str, Desk]] = []
    for i, desk in enumerate(desks):
        heapq.heappush(due, (desk.next_poll, i * 2, "poll", desk))
        heapq.heappush(due, (desk.next_search, i * 2 + 1, "search", desk))
    seq = len(due)
    with ThreadPoolExecutor(max_workers=workers) as pool:
        while due and due[0][0] < end:
            at, _n, kind, desk = heapq.heappop(due)
            wait = at - time.monotonic()
            if wait > 0:
                time.sleep(wait)
            seq += 1
            with lock:
                waiting = id(desk) in busy
                if not waiting:
                    busy.add(id(desk))
            if waiting:  # the desk is still busy with its previous operation: a bit later
                heapq.heappush(due, (time.monotonic() + 0.05, seq, kind, desk))
                continue
            if kind == "poll":
                pool.submit(job, desk, "poll", at, "", 0.0)
            else:
                pool.submit(job, desk, "search", at, rng.choice(queries), rng.random())
            step = POLL_EVERY if kind == "poll" else rng.uniform(*SEARCH_EVERY)
            heapq.heappush(due, (at + step, seq, kind, desk))
    for desk in desks:
        desk.db.close()
    out.put({"timings": timings, "errors": errors})


def manager_loop(url: str, stop: threading.Event, times: list[float], peaks: list[int]) -> None:
    db = open_database(url, migrate=False)
    try:
        while not stop.is_set():
            started = time.perf_counter()
            with db.sessions.begin() as s:
                check_pending_duplicates(s)
                search_faq(s, "信用卡掛失", published_only=False)
                peaks.append(s.scalar(text("SELECT count(*) FROM pg_stat_activity "
                                           "WHERE datname = current_database()")) or 0)
            times.append((time.perf_counter() - started) * 1000)
            stop.wait(1.0)
    finally:
        db.close()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", required=True, help="PostgreSQL URL of the schema owner")
    parser.add_argument("--agents", type=int, default=300)
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--procs", type=int, default=2)
    parser.add_argument("--workers", type=int, default=16, help="threads per process")
    parser.add_argument("--keep", action="store_true", help="keep the agents' logins")
    args = parser.parse_args()
    if not args.db.startswith("postgresql"):
        parser.error("the load bench needs a PostgreSQL --db")
    host = make_url(args.db).host
    if host not in ("127.0.0.1", "localhost", None):
        parser.error("the load bench runs against 127.0.0.1 only")
    if not 1 <= args.agents <= 1000 or not 1 <= args.seconds <= 600:
        parser.error("--agents 1..1000, --seconds 1..600")
    queries = prepare(args.db, args.agents)
    owner = open_database(args.db, migrate=False)
    with owner.engine.connect() as conn:
        max_connections = int(conn.exec_driver_sql("SHOW max_connections").scalar())
    owner.close()
    # the floor, in the same run: one desk alone, searching the same queries
    alone = Desk(args.db, 1, random.Random(1))
    floor: list[float] = []
    for query in queries[:60]:
        began = time.perf_counter()
        with alone.db.sessions() as s:
            search_faq(s, query)
        floor.append((time.perf_counter() - began) * 1000)
    alone.db.close()
    numbers = list(range(1, args.agents + 1))
    chunks = [numbers[i::args.procs] for i in range(args.procs)]
    out: mp.Queue = mp.get_context("spawn").Queue()
    ctx = mp.get_context("spawn")
    stop = threading.Event()
    manager_times: list[float] = []
    peaks: list[int] = []
    manager = threading.Thread(target=manager_loop, args=(args.db, stop, manager_times, peaks))
    started = time.monotonic()
    procs = [ctx.Process(target=run_desks, args=(args.db, chunk, args.seconds, args.workers,
                                                  queries, 1000 + i, out))
             for i, chunk in enumerate(chunks)]
    for p in procs:
        p.start()
    manager.start()
    results = [out.get() for _ in procs]
    for p in procs:
        p.join()
    stop.set()
    manager.join()
    elapsed = time.monotonic() - started
    if not args.keep:
        drop_logins(args.db)
    merged: dict[str, list[float]] = {}
    errors: list[str] = []
    for r in results:
        for k, v in r["timings"].items():
            merged.setdefault(k, []).extend(v)
        errors += r["errors"]

    def med(k: str) -> float:
        return statistics.median(merged[k]) if merged.get(k) else 0.0

    print(f"{args.agents} desks, {args.procs} processes × {args.workers} workers, "
          f"{elapsed:.0f} s (the simulator shares the 2 cores with the server)")
    for kind in ("search", "use", "forward", "poll"):
        values = merged.get(kind, [])
        print(f"  {kind:8} n={len(values):6}  median {med(kind):7.1f} ms  p95 {p95(values):7.1f} ms")
    print(f"  one desk alone (floor, same run): search median {statistics.median(floor):.1f} ms, "
          f"p95 {p95(floor):.1f} ms; under load p95 is {p95(merged.get('search', [])) / max(p95(floor), 0.1):.1f}×")
    print(f"  start lag (simulator): median {med('lag'):.1f} ms, p95 {p95(merged.get('lag', [])):.1f} ms")
    print(f"  manager's desk (dup check + search): p95 {p95(manager_times):.1f} ms, "
          f"max {max(manager_times, default=0):.1f} ms")
    print(f"  server connections: peak {max(peaks, default=0)} of max_connections {max_connections}")
    print(f"  errors: {len(errors)}" + (f" (first: {errors[0]})" if errors else ""))
    print(f"  targets: search p95 ≤ {TARGETS['search_p95_ms']} ms, forward p95 ≤ "
          f"{TARGETS['forward_p95_ms']} ms, 0 errors")
    print(json.dumps({
        "agents": args.agents, "seconds": round(elapsed, 1),
        "searches": len(merged.get("search", [])), "forwards": len(merged.get("forward", [])),
        "errors": len(errors), "search_p95_ms": round(p95(merged.get("search", [])), 1),
        "forward_p95_ms": round(p95(merged.get("forward", [])), 1),
        "search_median_ms": round(med("search"), 1), "uses": len(merged.get("use", [])),
        "use_p95_ms": round(p95(merged.get("use", [])), 1), "polls": len(merged.get("poll", [])),
        "poll_p95_ms": round(p95(merged.get("poll", [])), 1),
        "lag_p95_ms": round(p95(merged.get("lag", [])), 1),
        "manager_p95_ms": round(p95(manager_times), 1),
        "alone_search_p95_ms": round(p95(floor), 1),
        "peak_connections": max(peaks, default=0), "max_connections": max_connections,
    }, ensure_ascii=False))
    return 0 if not errors else 1


if __name__ == "__main__":
    sys.exit(main())
