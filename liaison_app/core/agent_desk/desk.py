"""One agent's desk as a service the window (or the load bench) drives: search, open,
count, forward, the agent's questions and the bulletin board, online or not.

Every call is a short unit of work on a connection opened for it and closed after (the
desk's database is opened with `keep_idle_connections=False`), so hundreds of desks hold
no idle connection. Every write goes through the queue (core/agent_desk/offline.py) and is
sent at once when the server answers; when it does not, the desk says it is offline,
searches its local copy, and sends the queue at the next refresh that reaches the server.
"""

from __future__ import annotations

import random
import threading
import time
from collections import OrderedDict
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session

from liaison_app.core import paths
from liaison_app.core.agent_desk import board as board_rules
from liaison_app.core.agent_desk import forwards, usage
from liaison_app.core.agent_desk.offline import (
    EntryView,
    LocalCopy,
    Outbox,
    Queued,
    desk_dir,
    entry_view,
)
from liaison_app.core.changes import ChangeFeed
from liaison_app.core.database import Database
from liaison_app.core.faq.flags import flag_entry
from liaison_app.core.questions.intake import ForwardRequest, clean_request
from liaison_app.core.questions.workflow import DomainError
from liaison_app.core.search.faq_search import FaqHit, search_faq
from liaison_app.core.timeutil import utcnow

LIMIT = 10
# Seconds between an agent desk's looks at the change log. Each look opens a connection
# (a desk holds none): 300 desks every 3 s were 100 new server connections a second, most
# of the load bench's server time (bench/bench_agents.py). An answer or a bulletin reaching
# an agent within 10 s is soon enough; the manager's desks keep their 2 s (LISTEN).
POLL_SECONDS = 10.0
# Queries of the current call remembered with their search's key (a search settled, then
# an answer opened from it, is one search).
REMEMBERED_QUERIES = 20
FAQ_TABLES = frozenset({"faq_entries"})
# The local copy is rebuilt at most this often (each rebuild reads the whole live base:
# hundreds of desks refreshing at every edit would load the server); with a jitter so
# they do not all come at once. The copy serves only when the server is away.
COPY_EVERY_SECONDS = 600.0
BOARD_TABLES = frozenset({"bulletins", "bulletin_reminders"})


def unreachable(exc: BaseException) -> bool:
    """The server could not be reached (as opposed to refusing what was asked)."""
    return isinstance(exc, OperationalError) and not isinstance(exc, DomainError)


@dataclass
class SearchResult:
    query: str
    hits: list[FaqHit]
    offline: bool
    took_ms: float
    # offline with no local copy yet: nothing can be searched
    no_copy: bool = False


@dataclass(frozen=True)
class Notice:
    """Something the agent should see now: an answer or rejection of their question, a
    new bulletin, or a reminder to read one."""

    kind: str  # answered | rejected | bulletin | reminder
    target_id: int
    title: str
    text: str


@dataclass
class DeskUpdate:
    online: bool
    questions: list[forwards.MyQuestion] | None = None
    board: list[board_rules.BoardItem] | None = None
    notices: list[Notice] = field(default_factory=list)
    sent: int = 0
    pending: int = 0
    failed: list[Queued] = field(default_factory=list)
    copy_entries: int | None = None
    synced_at: float | None = None
    # texts of forwards still in the queue (shown on My questions as waiting)
    queued: list[str] = field(default_factory=list)


class AgentDesk:
    def __init__(self, database: Database, login: str, agent_code: str,
                 folder: Path | None = None) -> None:
        self.database = database
        self.login = login
        self.agent_code = agent_code
        folder = paths.private_dir(folder) if folder else desk_dir(login)
        self.copy = LocalCopy(folder)
        self.queue = Outbox(folder)
        self.feed = ChangeFeed(database, listen=False)
        self.online = True
        self._outcomes: dict[int, str] | None = None
        self._unread: set[int] | None = None
        self._reminded: set[int] = set()
        self._queries: OrderedDict[str, str] = OrderedDict()
        # the board changes on this desk's own acknowledgement, which no change-log row records
        self._board_stale = False
        self._copy_stale = True
        self._copy_due = 0.0
        self._copy_lock = threading.Lock()

    def switch_database(self, database: Database) -> None:
        """Work through another connection from now on (signed in again, another server
        address); the queue and the local copy stay."""
        self.database = database
        self.feed.database = database
        self.online = True

    # --- search and read ------------------------------------------------------------
    def search(self, query: str, limit: int = LIMIT) -> SearchResult:
        """The same search as the manager's, on the server's live base, or offline on the
        local copy."""
        started = time.perf_counter()
        if self.online:
            try:
                with self.database.sessions() as s:
                    hits = search_faq(s, query, limit)
                return SearchResult(query, hits, False, (time.perf_counter() - started) * 1000)
            except DBAPIError as exc:
                if not unreachable(exc):
                    raise
                self.online = False
        local = self.copy.database()
        if local is None:
            return SearchResult(query, [], True, 0.0, no_copy=True)
        with local.sessions() as s:
            hits = search_faq(s, query, limit)
        return SearchResult(query, hits, True, (time.perf_counter() - started) * 1000)

    def entry(self, entry_id: int) -> EntryView | None:
        """The entry's answer and key points (server first, else the local copy)."""
        if self.online:
            try:
                with self.database.sessions() as s:
                    return entry_view(s, entry_id)
            except DBAPIError as exc:
                if not unreachable(exc):
                    raise
                self.online = False
        local = self.copy.database()
        if local is None:
            return None
        with local.sessions() as s:
            return entry_view(s, entry_id)

    # --- what the agent did (queued, then sent) -------------------------------------
    def record_search(self, query: str, hits: list[FaqHit]) -> str | None:
        """Record a settled search once per query of this call; returns its key."""
        query = (query or "").strip()
        if not query:
            return None
        key = self._queries.get(query)
        if key is None:
            key = self.queue.put("search", {
                "query": query, "shown": [h.id for h in hits[:usage.SHOWN]],
                "results": len(hits), "at": utcnow().isoformat()})
            self._queries[query] = key
            while len(self._queries) > REMEMBERED_QUERIES:
                self._queries.popitem(last=False)
            self.flush()
        return key

    def use(self, entry_id: int, kind: str, query: str = "",
            hits: list[FaqHit] | None = None) -> str:
        """The agent opened or copied an answer (counted once per call window by the
        server); the search it came from ended in an answer used."""
        search_key = self.record_search(query, hits or []) if query else None
        key = self.queue.put("use", {"entry_id": entry_id, "kind": kind,
                                     "at": utcnow().isoformat(), "search": search_key})
        self.flush()
        return key

    def verdict(self, query: str, outcome: str, entry_id: int | None,
                hits: list[FaqHit] | None = None) -> str | None:
        """*This answered it* / *didn't help* on the search of `query`."""
        if outcome not in usage.OUTCOMES:
            raise DomainError(f"unknown outcome {outcome!r}")
        search_key = self.record_search(query, hits or [])
        if search_key is None:
            return None
        key = self.queue.put("settle", {"search": search_key, "outcome": outcome,
                                        "entry_id": entry_id if outcome == "answered" else None})
        self.flush()
        return key

    def forward(self, text: str, context: str = "", product: str = "", urgent: bool = False,
                *, keep_numbers: bool = False) -> tuple[str, bool]:
        """Forward a question as this agent: (key, sent now). Checked here first, so a
        bad field is refused at once rather than failing later in the queue."""
        request = clean_request(ForwardRequest(
            agent=self.agent_code, text=text,
            context=forwards.masked_context(context or "", keep_numbers),
            product=product, urgent=urgent, source="desk"))
        key = self.queue.put("forward", {
            "text": request.text, "context": request.context, "product": request.product,
            "urgent": request.urgent, "at": utcnow().isoformat()})
        self.flush()
        for failed in self.queue.failed():
            if failed.key == key:
                raise DomainError(f"the server refused the question: {failed.error}",
                                  code="server_refused", reason=failed.error)
        return key, key not in {q.key for q in self.queue.pending()}

    def acknowledge(self, bulletin_id: int) -> str:
        key = self.queue.put("ack", {"bulletin_id": bulletin_id, "at": utcnow().isoformat()},
                             key=f"ack-{self.login}-{bulletin_id}")
        self._board_stale = True
        self.flush()
        return key

    def flag(self, entry_id: int, kind: str, comment: str) -> int:
        """Flag an entry for its owners (needs the server: a flag is a conversation)."""
        with self.database.sessions.begin() as s:
            return flag_entry(s, entry_id, kind, comment, self.login)

    def queued_forwards(self) -> list[Queued]:
        return [q for q in self.queue.pending() if q.kind == "forward"]

    # --- sending the queue ----------------------------------------------------------
    def flush(self) -> int:
        """Send what is queued, in order; returns how many were sent. Stops at the first
        item the server cannot be reached for; an item it refuses is set aside with the
        reason (and shown), never retried blindly."""
        sent = 0
        for item in self.queue.pending():
            try:
                with self.database.sessions.begin() as s:
                    self._send(s, item)
            except DBAPIError as exc:
                if unreachable(exc):
                    self.online = False
                    return sent
                self.queue.mark_failed(item.key, str(exc.orig or exc).splitlines()[0])
                continue
            except DomainError as exc:
                self.queue.mark_failed(item.key, str(exc))
                continue
            self.queue.mark_sent(item.key)
            self.online = True
            sent += 1
        return sent

    def _send(self, s: Session, item: Queued) -> None:
        p = item.payload
        at = datetime.fromisoformat(p["at"]) if p.get("at") else None
        if item.kind == "search":
            usage.record_search(s, item.key, self.login, p["query"], p["shown"], p["results"], at)
        elif item.kind == "use":
            usage.record_use(s, p["entry_id"], p["kind"], self.login, item.key, at)
            if p.get("search"):
                usage.settle_search(s, p["search"], used_entry_id=p["entry_id"])
        elif item.kind == "settle":
            usage.settle_search(s, p["search"], outcome=p["outcome"],
                                used_entry_id=p.get("entry_id"))
        elif item.kind == "forward":
            forwards.forward_from_desk(
                s, self.agent_code, self.login, item.key, p["text"], p["context"], p["product"],
                p["urgent"], at, check_duplicates=not usage.server_restricted(s))
        elif item.kind == "ack":
            board_rules.acknowledge(s, p["bulletin_id"], self.login, at)

    # --- keeping up -----------------------------------------------------------------
    def refresh(self, *, refresh_copy: bool = True) -> DeskUpdate:
        """Send the queue, then look at the change log (a cheap "anything after id N") and
        reload only what changed: the agent's questions, the board, the local copy."""
        sent = self.flush()
        first = self._outcomes is None
        try:
            with self.database.sessions() as s:
                changes = self.feed.changed(s)
                tables = changes.tables | ({"bulletin_reminders"} if changes.flood else set())
                update = DeskUpdate(online=True, sent=sent)
                if first or sent or tables & {"questions"}:
                    update.questions = forwards.my_questions(s, self.agent_code)
                if first or self._board_stale or tables & BOARD_TABLES:
                    update.board = board_rules.board(s, self.login)
                    self._board_stale = False
            self.online = True
            if tables & FAQ_TABLES or not self.copy.exists:
                self._copy_stale = True
            if refresh_copy:
                update.copy_entries = self.update_copy()
        except DBAPIError as exc:
            if not unreachable(exc):
                raise
            self.online = False
            update = DeskUpdate(online=False, sent=sent)
        update.notices = self._notices(update)
        update.pending = self.queue.count_pending()
        update.failed = self.queue.failed()
        update.queued = [q.payload["text"] for q in self.queued_forwards()]
        update.synced_at = self.copy.synced_at
        return update

    def update_copy(self) -> int | None:
        """Rebuild the local copy of the live FAQ when it is stale and due; the number of
        entries copied, or None when nothing was done. Apart from `refresh` so that a
        window can show the board and the agent's questions first and build the copy
        after (the first copy reads the whole live base: seconds, not a first screen)."""
        if not (self._copy_stale and time.monotonic() >= self._copy_due):
            return None
        if not self._copy_lock.acquire(blocking=False):
            return None  # a rebuild is under way (a refresh asked again meanwhile)
        try:
            copied = self.copy.refresh(self.database)
            self._copy_stale = False
            self._copy_due = time.monotonic() + COPY_EVERY_SECONDS * random.uniform(0.8, 1.2)
        finally:
            self._copy_lock.release()
        return copied

    def _notices(self, update: DeskUpdate) -> list[Notice]:
        notices: list[Notice] = []
        if update.questions is not None:
            outcomes = {q.id: q.outcome for q in update.questions}
            if self._outcomes is not None:
                for q in update.questions:
                    if q.outcome != "open" and self._outcomes.get(q.id) != q.outcome:
                        text = q.answer if q.outcome == "answered" else q.reject_reason
                        notices.append(Notice(q.outcome, q.id, q.ref, text or ""))
            self._outcomes = outcomes
        if update.board is not None:
            unread = {b.id for b in update.board if not b.read}
            reminded = {b.id for b in update.board if b.reminded}
            if self._unread is not None:
                for b in update.board:
                    if b.id in unread - self._unread:
                        notices.append(Notice("bulletin", b.id, b.title, b.body))
                    elif b.id in reminded - self._reminded:
                        notices.append(Notice("reminder", b.id, b.title, b.body))
            self._unread, self._reminded = unread, reminded
        return notices

    def close(self) -> None:
        self.copy.close()
