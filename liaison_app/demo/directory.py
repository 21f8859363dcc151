"""The demo directory: departments with their duties, contacts, heads and deputies, and
the call center's agents, some of whom forward far more questions than others."""

from __future__ import annotations

import itertools
from typing import Any

from sqlalchemy import bindparam

from liaison_app.core.models import Agent, Contact, Department
from liaison_app.demo import vocabulary as V
from liaison_app.demo.context import D, Demo, H

AGENTS = 36


class Directory:
    """Writes the directory and answers what the other parts ask of it: a department by
    name, its answer time for an issue, an agent who forwards a question."""

    def __init__(self, demo: Demo) -> None:
        self.demo = demo
        self.departments: dict[str, dict[str, Any]] = {}
        self.agents: list[tuple[int, str, str]] = []  # (id, code, name)
        self.agent_weights: list[float] = []

    def write(self) -> None:
        demo, out = self.demo, self.demo.out
        dept_t, contact_t = Department.__table__, Contact.__table__
        heads, deputies = [], []
        for d, spec in enumerate(V.DEPARTMENTS):
            dept_id = out.next_id(dept_t)
            contacts = []
            for j, (name, local, title) in enumerate(spec.contacts):
                cid = out.next_id(contact_t)
                contacts.append({"id": cid, "name": name, "title": title,
                                 "email": f"{local}@bank.example",
                                 "phone": f"010-6659 {3201 + 10 * d + j}"})
                out.add(contact_t, {"id": cid, "department_id": dept_id, "name": name,
                                    "title": title, "email": f"{local}@bank.example",
                                    "phone": f"010-6659 {3201 + 10 * d + j}",
                                    "deputy_id": None, "active": True})
            for j, c in enumerate(contacts):
                deputies.append({"b_id": c["id"],
                                 "b_ref": contacts[(j + 1) % len(contacts)]["id"]})
            heads.append({"b_id": dept_id, "b_ref": contacts[0]["id"]})
            self.departments[spec.name] = {"id": dept_id, "spec": spec, "contacts": contacts,
                                           "head": contacts[0]}
            out.add(dept_t, {"id": dept_id, "name": spec.name, "duties": spec.duties,
                             "sla_hours": spec.sla_hours, "routing_keywords": list(spec.keywords),
                             "email": f"{spec.mailbox}@bank.example", "phone": spec.phone,
                             "head_contact_id": None, "active": True,
                             "created_at": -720 * D})
        out.flush(dept_t, contact_t)
        # Heads and deputies point into the rows just written (a department/contact cycle).
        out.update(dept_t, heads, head_contact_id=bindparam("b_ref"))
        out.update(contact_t, deputies, deputy_id=bindparam("b_ref"))

        agent_t = Agent.__table__
        names = [s + g for g in V.AGENT_GIVEN for s in V.AGENT_SURNAMES]
        demo.rng.shuffle(names)
        for n in range(AGENTS):
            aid = out.next_id(agent_t)
            code = f"A{1001 + n}"
            email = None if n % 12 == 11 else f"agent{n + 1:03d}@{V.CENTER_DOMAIN}"
            self.agents.append((aid, code, names[n]))
            out.add(agent_t, {"id": aid, "code": code, "name": names[n], "email": email,
                              "team": V.TEAMS[n % len(V.TEAMS)], "active": n != AGENTS - 1,
                              "created_at": -demo.uniform(30 * D, 900 * D)})
        out.flush(agent_t)
        # Some agents forward far more than others, as on a real floor.
        self.agent_weights = list(itertools.accumulate(1 / (r + 3)
                                                       for r in range(len(self.agents))))

    def sla(self, issue: int, urgent: bool) -> int:
        """Seconds the department of `issue` has to answer (urgent questions: half)."""
        hours = self.departments[V.ISSUES[issue].department]["spec"].sla_hours
        return hours * H // (2 if urgent else 1)

    def pick_agent(self) -> tuple[int, str, str]:
        """An agent drawn with the floor's steep forwarding curve."""
        return self.agents[self.demo.weighted(self.agent_weights)]

    def any_agent(self) -> tuple[int, str, str]:
        """An agent drawn evenly."""
        return self.agents[self.demo.rng.randrange(len(self.agents))]
