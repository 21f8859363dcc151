"""The demo questions: hard questions in every state of their life, each with the story
the workflow of `workflow.ACTIONS` could have written (forward, route, chase, answer,
feed back, close, merge, reject, reopen), the agents who forwarded it and the FAQ
entries it used or gave rise to.

Questions are planned first (state, variant, arrival) and then written in arrival order,
which is what gives them their ids.
"""

from __future__ import annotations

import itertools
from collections import deque

from liaison_app.core.models import (
    Event,
    FaqHit,
    Message,
    Query,
    Question,
    QuestionAgent,
    QuestionFaqLink,
    question_ref,
)
from liaison_app.core.questions.workflow import ACTIONS
from liaison_app.demo import vocabulary as V
from liaison_app.demo.context import LIMIT, Case, D, Demo, H, M, Plan, Story
from liaison_app.demo.correspondence import Correspondence
from liaison_app.demo.directory import Directory
from liaison_app.demo.faq import FaqBase, FaqSpec

SOURCES = ("dialog", "email", "import", "cli")
SOURCE_WEIGHTS = (50, 80, 95, 100)  # running totals: 50 %, 30 %, 15 %, 5 %

# Where each action leads (a question arrives as "new"); stories only use actions whose
# target is a state, and the tests replay every history against `ACTIONS` itself.
_TARGETS = {name: str(action.target) for name, action in ACTIONS.items()} | {"forward": "new"}


class Questions:
    """Plans the questions, tells each one's story and writes it with its forwards,
    events and FAQ links; the correspondence part writes its queries and mail."""

    def __init__(self, demo: Demo, directory: Directory, faq: FaqBase,
                 correspondence: Correspondence) -> None:
        self.demo = demo
        self.directory = directory
        self.faq = faq
        self.mail = correspondence
        self.first_question = demo.out.first_id[Question.__tablename__]
        self.pools: dict[tuple[int, str], list[tuple[str, str]]] = {}
        self.masters: deque[list] = deque()

    # -- plans --------------------------------------------------------------------------

    def plan(self, faq: list[FaqSpec]) -> list[Plan]:
        """Every question's state, variant and arrival, sorted by arrival (which gives ids)."""
        demo, sla = self.demo, self.directory.sla
        rng, uniform = demo.rng, demo.uniform
        n_issues = len(V.ISSUES)
        creators = [n for n, s in enumerate(faq) if s.from_question]
        long_sla_issues = [i for i in range(n_issues) if sla(i, False) >= 36 * H]
        plans = []
        for status, variant, count in demo.spec.mix:
            for k in range(count):
                issue = rng.randrange(n_issues)
                urgent = rng.random() < 0.1
                plan = Plan(0, status, variant, issue, urgent)
                if status == "awaiting_department":
                    if variant == "fresh" and k % 2 == 0:
                        # Due tomorrow, so "not yet due" holds whenever today it is opened.
                        plan.issue = issue = rng.choice(long_sla_issues)
                        plan.urgent = False
                    due_in = sla(issue, plan.urgent)
                    if variant == "fresh" and k % 2 == 0:
                        plan.route = uniform(24.5 * H, due_in - 0.5 * H) - due_in
                    elif variant == "fresh":
                        plan.route = -uniform(0.5 * H, 0.6 * due_in)
                    elif variant == "overdue":
                        plan.route = -uniform(1.2 * due_in, due_in + 7 * D)
                    else:
                        plan.route = -uniform(2 * D, 6 * D)
                    plan.created = plan.route - uniform(10 * M, 5 * H)
                elif status == "closed" and variant == "department" and k < len(creators):
                    plan.creates = creators[k]
                    plan.issue = faq[creators[k]].issue
                    plan.created = faq[creators[k]].created - uniform(3 * D, 8 * D)
                else:
                    low, high = {"new": (0.2 * H, 4 * D), "answered_from_faq": (0.5 * H, 3 * D),
                                 "answer_received": (D, 6 * D), "answered": (D, 21 * D),
                                 "closed": (3 * D, 182 * D), "duplicate": (D, 175 * D),
                                 "rejected": (D, 182 * D)}[status]
                    if variant == "reopened":
                        low, high = 6 * D, 40 * D
                    plan.created = -uniform(low, high)
                plans.append(plan)
        plans.sort(key=lambda p: p.created)
        return plans

    # -- rows ---------------------------------------------------------------------------

    def write(self, plans: list[Plan]) -> None:
        demo = self.demo
        out = demo.out
        tables = (Question.__table__, QuestionAgent.__table__, Event.__table__, Query.__table__,
                  Message.__table__, QuestionFaqLink.__table__, FaqHit.__table__)
        total = len(plans)
        demo.progress(f"Writing {total:,} questions with their histories and correspondence")
        rich_from = 0 if demo.spec.rich_tail is None else total - demo.spec.rich_tail
        self.event_rows = out.rows(Event.__table__)
        for i, plan in enumerate(plans):
            self._question(self.first_question + i, plan, i >= rich_from)
            if i % 5000 == 4999 or i == total - 1:
                out.flush(*tables)
                demo.progress(f"Writing questions {i + 1:,}/{total:,}")

    def _question(self, qid: int, plan: Plan, rich: bool) -> None:
        """One question with its forwards, events, FAQ links, queries and correspondence."""
        demo, faq = self.demo, self.faq
        rng, out = demo.rng, demo.out
        status, variant = plan.status, plan.variant
        issue_i, product, entry, master = plan.issue, None, None, None
        if plan.creates is not None:
            product = faq.specs[plan.creates].product
        if variant == "faq":
            entry = faq.pick_entry(plan.created + H)
            if entry is None:
                variant = "in_center"
            else:
                issue_i, product = faq.specs[entry].issue, faq.specs[entry].product
        if status == "duplicate":
            master = self._pick_master(plan.created)
            if master is None:  # nothing open to merge into (only at the very start)
                status, variant = "rejected", "reject"
            else:
                issue_i, product = master[3], master[4]
        issue = V.ISSUES[issue_i]
        agent = self.directory.pick_agent()
        while master is not None and agent[0] in master[5]:
            agent = self.directory.pick_agent()  # an agent forwards a question once
        case = Case(qid, plan, issue_i, issue, product or rng.choice(issue.products),
                    self.directory.departments[issue.department], agent,
                    V.MANAGERS[rng.random() < 0.4], entry, master)
        source = SOURCES[demo.weighted(SOURCE_WEIGHTS)]
        story = self._story(case, status, variant, source)
        text_, context = self._wording(issue_i, case.product)
        self._question_row(case, story, status, variant, source, text_, context)
        self._forwards(case, story, status)
        add_event, event_ids = self.event_rows.append, out.ids["events"]
        previous = None
        for action, t, actor, detail in story.events:
            target = _TARGETS[action]
            add_event({"id": next(event_ids), "question_id": qid, "at": t, "actor": actor,
                       "action": action, "from_status": previous, "to_status": target,
                       "detail": detail})
            previous = target
        links = QuestionFaqLink.__table__
        if entry is not None and story.answered_by == "faq":
            eid = faq.first_entry + entry
            out.add(links, {"question_id": qid, "entry_id": eid, "relation": "used",
                            "at": story.answer_at})
            faq.hit(eid, story.answer_at, qid, case.manager)
            faq.used_hits[eid] += 1
        if plan.creates is not None and status == "closed":
            out.add(links, {"question_id": qid, "entry_id": faq.first_entry + plan.creates,
                            "relation": "created", "at": faq.specs[plan.creates].created})
        self.mail.write(case, story, text_, context, rich)

    def _question_row(self, case: Case, story: Story, status: str, variant: str, source: str,
                      text_: str, context: str) -> None:
        demo, plan, events = self.demo, case.plan, story.events
        rng, uniform = demo.rng, demo.uniform
        read_at = None  # the newest arrivals are partly unread, as in a real inbox
        if status != "new" or plan.created < -36 * H or rng.random() < 0.3:
            first_action = events[1][1] if len(events) > 1 else LIMIT
            read_at = min(plan.created + uniform(M, 40 * M), first_action, LIMIT)
        if variant == "reopened":  # back in the inbox: read again or not yet
            read_at = min(events[-1][1] + uniform(M, 10 * M), LIMIT) \
                if rng.random() < 0.5 else None
        routed = bool(story.queries)
        demo.out.add(Question.__table__, {
            "id": case.qid, "text": text_, "customer_context": context, "product": case.product,
            "urgent": plan.urgent, "priority": 2 if plan.urgent else int(rng.random() < 0.15),
            "status": status, "source": source,
            "department_id": case.dept["id"] if routed else None,
            "category_id": (self.faq.category_ids[case.issue.category]
                            if status != "new" or variant == "reopened" else None),
            "created_at": plan.created, "updated_at": events[-1][1], "read_at": read_at,
            "due_at": story.queries[-1]["due"] if routed and variant != "reopened" else None,
            "answer": (V.faq_answer(case.issue, case.product)
                       if story.answer_at is not None else None),
            "answered_at": story.answer_at,
            "resolution": (story.answered_by
                           if status in ("answered", "closed", "answered_from_faq") else None),
            "reject_reason": events[-1][3] if status == "rejected" else None,
            "closed_at": story.closed_at if status == "closed" else None,
            "duplicate_of_id": case.master[0] if case.master else None})

    def _forwards(self, case: Case, story: Story, status: str) -> None:
        """Who forwarded it: one agent, sometimes a second one; a duplicate's agent is also
        recorded on the question it was merged into, so both get the answer."""
        demo, qid, created = self.demo, case.qid, case.plan.created
        table = QuestionAgent.__table__
        agents = [case.agent]
        if status != "duplicate" and demo.rng.random() < 0.15:
            second = self.directory.any_agent()
            if second[0] != case.agent[0]:
                agents.append(second)
        for n, agent in enumerate(agents):
            demo.out.add(table, {"question_id": qid, "agent_id": agent[0],
                                 "forwarded_at": created + n * demo.uniform(5 * M, 3 * H),
                                 "via_question_id": None})
        if case.master is not None:
            demo.out.add(table, {"question_id": case.master[0], "agent_id": case.agent[0],
                                 "forwarded_at": created, "via_question_id": qid})
            case.master[5].add(case.agent[0])
        elif status != "rejected":
            closed = story.closed_at if story.closed_at is not None else 10**9
            self.masters.append([qid, created, closed, case.issue_i, case.product,
                                 {a[0] for a in agents}])

    def _wording(self, issue_i: int, product: str) -> tuple[str, str]:
        """A customer's question and detail; the large set draws them from a pool per
        (issue, product), which keeps 200,000 questions varied at a fraction of the cost."""
        rng, issue, pool_size = self.demo.rng, V.ISSUES[issue_i], self.demo.spec.text_pool
        if not pool_size:
            context = V.customer_context(issue, product, rng) if rng.random() < 0.85 else ""
            return V.customer_question(issue, product, rng), context
        pool = self.pools.get((issue_i, product))
        if pool is None:
            pool = self.pools[issue_i, product] = [
                (V.customer_question(issue, product, rng),
                 V.customer_context(issue, product, rng) if rng.random() < 0.85 else "")
                for _ in range(pool_size)]
        return pool[rng.randrange(len(pool))]

    def _pick_master(self, t: int) -> list | None:
        """An earlier question still open when `t`'s duplicate arrives (merged into it)."""
        masters = self.masters
        while masters and masters[0][1] < t - 7 * D:
            masters.popleft()
        recent = itertools.islice(reversed(masters), 60)
        eligible = [m for m in recent if m[1] < t - 5 * M and m[2] > t + 2 * H]
        return self.demo.rng.choice(eligible) if eligible else None

    # -- stories ------------------------------------------------------------------------

    def _story(self, case: Case, status: str, variant: str, source: str) -> Story:
        demo, plan = self.demo, case.plan
        rng, uniform = demo.rng, demo.uniform
        s = Story()
        agent = case.agent
        s.events.append(("forward", plan.created, agent[1],
                         f"{agent[2]}（{agent[1]}）經{V.SOURCE_LABELS[source]}轉發"))
        t = plan.created
        if status == "new" and variant == "plain":
            return s
        if status == "duplicate":
            merged = min(t + uniform(10 * M, D), LIMIT)
            s.events.append(("merge", merged, case.manager,
                             f"與 {question_ref(case.master[0])} 重複，已合併，答覆將一併反饋座席"))
            return s
        if status == "rejected":
            s.events.append(("reject", min(t + uniform(10 * M, D), LIMIT), case.manager,
                             rng.choice(V.REJECT_REASONS)))
            return s
        if status == "awaiting_department":
            self._awaiting(case, s, variant)
            return s
        upto = {"answer_received": "answer", "answered_from_faq": "answer",
                "answered": "feed_back"}.get(status, "close")
        limit = LIMIT
        reopen_at = None
        if variant == "reopened":
            reopen_at = -uniform(H, 2 * D)
            limit, variant = reopen_at - H, "department"
        elif plan.creates is not None:
            limit = self.faq.specs[plan.creates].created - H
        self._resolve(case, s, variant, upto, limit)
        if reopen_at is not None:
            s.events.append(("reopen", reopen_at, case.manager, rng.choice(V.REOPEN_REASONS)))
            s.closed_at = None
        return s

    def _step(self, t: int, low: float, high: float, limit: int, share: float) -> int:
        """`t` plus a delay of low..high, squeezed so the story ends before `limit`."""
        delay = min(self.demo.rng.uniform(low, high), (limit - t) * share)
        return t + max(int(delay), 1)

    def _resolve(self, case: Case, s: Story, variant: str, upto: str, limit: int) -> None:
        rng = self.demo.rng
        t = s.events[0][1]
        last = upto == "answer"
        if variant in ("department", "routed_in_center"):
            route = self._step(t, 10 * M, 6 * H, limit, 0.1)
            query = self.mail.route(case, s, route)
            sla = query["due"] - route
            late = rng.random() < 0.22
            want = sla * (rng.uniform(1.2, 3.0) if late else rng.uniform(0.1, 0.95))
            answer = route + max(int(min(want, (limit - route) * (0.95 if last else 0.6))), 60)
            self.mail.chases(case, s, query, answer)
            if variant == "routed_in_center":
                query["status"] = "cancelled"
                s.events.append(("answer_in_center", answer, case.manager,
                                 "部門逾期未覆，信息管理員依據最新業務口徑直接答覆，撤回諮詢"))
                s.answered_by = "in_center"
            else:
                query.update(status="answered", answered=answer)
                contact = query["contact"]
                how = "郵件" if query["channel"] == "email" else "電話"
                s.events.append(("receive_answer", answer, contact["name"],
                                 f"收到{case.dept['spec'].name}{contact['name']}{how}答覆"))
                s.answered_by = "department"
        elif variant == "faq":
            answer = self._step(t, 5 * M, 4 * H, limit, 0.3)
            s.events.append(("answer_from_faq", answer, case.manager,
                             f"按常見問題 #{self.faq.first_entry + case.entry} 答覆"))
            s.answered_by = "faq"
        else:
            answer = self._step(t, 20 * M, 8 * H, limit, 0.4 if not last else 0.9)
            s.events.append(("answer_in_center", answer, case.manager,
                             "信息管理員依據業務規定直接答覆"))
            s.answered_by = "in_center"
        s.answer_at = answer
        if last:
            return
        fed = self._step(answer, 5 * M, 3 * H, limit, 0.3)
        s.events.append(("feed_back", fed, case.manager, f"答覆已反饋座席 {case.agent[1]}"))
        if upto == "close":
            closed = self._step(fed, H, 72 * H, limit, 0.8)
            detail = "已結案"
            if case.plan.creates is not None:
                detail = f"已結案，答覆整理為常見問題 #{self.faq.first_entry + case.plan.creates}"
            s.events.append(("close", closed, case.manager, detail))
            s.closed_at = closed

    def _awaiting(self, case: Case, s: Story, variant: str) -> None:
        route = case.plan.route
        query = self.mail.route(case, s, route)
        if variant == "asked_again":
            sla = query["due"] - route
            answer = route + int(sla * self.demo.rng.uniform(0.2, 0.9))
            answer = min(answer, LIMIT - 3 * H)
            query.update(status="answered", answered=answer)
            contact = query["contact"]
            s.events.append(("receive_answer", answer, contact["name"],
                             f"收到{case.dept['spec'].name}{contact['name']}答覆"))
            again = self._step(answer, H, 10 * H, LIMIT, 0.5)
            s.events.append(("follow_up", again, case.manager,
                             f"答覆未涵蓋客戶情況，向{case.dept['spec'].name}追問"))
            self.mail.chases(case, s, self.mail.route(case, s, again, event=False), LIMIT)
        else:
            self.mail.chases(case, s, query, LIMIT)
