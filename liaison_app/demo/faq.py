"""The demo FAQ base: the category tree, entries in every status with their revision,
reviews and use history, the wordings customers used (similar questions), and the
bulletins that point at entries."""

from __future__ import annotations

import bisect
from collections import Counter
from dataclasses import dataclass

from sqlalchemy import bindparam, select

from liaison_app.core.faq.similar_questions import generalise, phrasing_key
from liaison_app.core.models import (
    Bulletin,
    Category,
    FaqApproval,
    FaqEntry,
    FaqHit,
    FaqRevision,
    FaqSimilar,
    Question,
    QuestionFaqLink,
    question_ref,
)
from liaison_app.core.search.faq_index import index_similar, rebuild_index
from liaison_app.demo import vocabulary as V
from liaison_app.demo.context import LIMIT, D, Demo, H, M
from liaison_app.demo.directory import Directory

# Time-limited promotions: FAQ validity in days from the anchor (some expired, some soon).
PROMO_WINDOWS = {
    "overseas_cashback": (-40, 35), "installment_promo": (-100, -30), "cd_promo": (-20, 6),
    "fx_cash_spring": (-160, -130), "fee_adjust": (-60, None),
}
HIT_KINDS = ("triage", "copy", "used")
HIT_WEIGHTS = (40, 85, 100)
# Enough captured wordings to show the feature (and its review list) without making
# the large set's build noticeably slower.
SIMILAR_LIMIT = 400


@dataclass
class FaqSpec:
    issue: int
    product: str
    qualifier: str
    status: str
    created: int
    published: int | None
    retired: int | None
    valid_from: int | None
    valid_until: int | None
    from_question: bool


class FaqBase:
    """Decides and writes the FAQ base; the questions part asks it for an entry valid at a
    time and records the uses, which `count_uses` adds to the entries at the end."""

    def __init__(self, demo: Demo, directory: Directory) -> None:
        self.demo = demo
        self.directory = directory
        self.category_ids: dict[tuple[str, str], int] = {}
        self.specs: list[FaqSpec] = []
        self.first_entry = demo.out.first_id[FaqEntry.__tablename__]
        self.used_hits: Counter[int] = Counter()
        self.usable: list[int] = []
        self.usable_times: list[int] = []

    def write_categories(self) -> None:
        out, table = self.demo.out, Category.__table__
        for p, (parent, children) in enumerate(V.CATEGORY_TREE):
            pid = out.next_id(table)
            out.add(table, {"id": pid, "parent_id": None, "name": parent, "position": p})
            for c, child in enumerate(children):
                cid = out.next_id(table)
                self.category_ids[(parent, child)] = cid
                out.add(table, {"id": cid, "parent_id": pid, "name": child, "position": c})
        out.flush(table)

    def decide(self) -> list[FaqSpec]:
        """What each FAQ entry is and when it happened, decided before any row is written."""
        demo = self.demo
        rng = demo.rng
        base = []
        for i, issue in enumerate(V.ISSUES):
            products = issue.products[:3] if "{p}" in issue.faq else issue.products[:1]
            base.extend((i, p) for p in products)
        wanted = demo.spec.faq_entries or len(base)
        qualifiers = [""] + [f"（{city}分行{'·' + seg if seg else ''}）"
                             for city in V.CITIES for seg in ("",) + V.SEGMENTS]
        specs = []
        for n in range(wanted):
            issue_i, product = base[n % len(base)]
            qualifier = qualifiers[(n // len(base)) % len(qualifiers)]
            issue = V.ISSUES[issue_i]
            window = PROMO_WINDOWS.get(issue.key)
            retired = None
            if window:
                valid_from = window[0] * D
                until = window[1] * D if window[1] is not None else None
                created = valid_from - demo.uniform(5 * D, 12 * D)
                status, published, from_question = "published", valid_from - D, False
            else:
                valid_from = until = None
                from_question = rng.random() < 0.25
                if from_question:
                    created = -demo.uniform(2 * D, 170 * D)
                    status = ("draft", "in_review")[n % 2] if created > -12 * D else "published"
                else:
                    created = -demo.uniform(200 * D, 540 * D)
                    status = rng.choices(("published", "retired", "draft"), (90, 6, 4))[0]
                published = (min(created + demo.uniform(D, 4 * D), -H)
                             if status in ("published", "retired") else None)
                if status == "retired":
                    retired = min(published + demo.uniform(30 * D, 150 * D), -D)
            specs.append(FaqSpec(issue_i, product, qualifier, status, created, published,
                                 retired, valid_from, until, from_question))
        self.specs = specs
        return specs

    def write(self, creators: dict[int, int], first_question: int) -> None:
        """Entries with revision, reviews and use; `creators` maps an entry made from a
        question's answer to that question's arrival index (ids follow from it)."""
        demo, specs = self.demo, self.specs
        rng, out = demo.rng, demo.out
        entry_t, rev_t, appr_t, hit_t = (FaqEntry.__table__, FaqRevision.__table__,
                                        FaqApproval.__table__, FaqHit.__table__)
        # Use follows a steep curve: a few entries answer most calls, many are rarely used.
        usable = [n for n, s in enumerate(specs) if s.published is not None]
        ranks = usable[:]
        rng.shuffle(ranks)
        popularity = {n: int(demo.spec.hit_scale / (r + 1) ** demo.spec.hit_exponent)
                      for r, n in enumerate(ranks)}
        positions: Counter[int] = Counter()
        pinned = set(rng.sample(usable, min(4, len(usable))))
        for n, s in enumerate(specs):
            issue = V.ISSUES[s.issue]
            dept = self.directory.departments[issue.department]
            eid = out.next_id(entry_t)
            question = V.faq_question(issue, s.product) + s.qualifier
            answer = V.faq_answer(issue, s.product)
            if s.qualifier:
                answer += f"本條為{s.qualifier.strip('（）').split('·')[0]}轄內口徑。"
            keywords = list(issue.keywords) + ([s.product] if s.product not in issue.keywords
                                               else [])
            cat = self.category_ids[issue.category]
            hits = popularity.get(n, 0)
            hit_from = max(s.published or 0, s.valid_from or -10**9, -182 * D)
            hit_to = min(s.retired or LIMIT, s.valid_until or LIMIT, LIMIT)
            if hit_to <= hit_from:
                hits = 0
            updated = s.retired or s.published or s.created
            out.add(entry_t, {
                "id": eid, "question": question, "answer": answer,
                "key_points": list(issue.points), "keywords": keywords, "category_id": cat,
                "department_id": dept["id"], "status": s.status,
                "valid_from": s.valid_from, "valid_until": s.valid_until,
                "position": positions[cat], "pinned": n in pinned or (issue.promo and n % 3 == 0),
                "hit_count": hits, "revision": 1, "created_at": s.created,
                "updated_at": updated, "published_at": s.published})
            positions[cat] += 1
            manager = V.MANAGERS[n % 2]
            note = "初版"
            if n in creators:
                note = f"根據 {question_ref(first_question + creators[n])} 的部門答覆整理"
            out.add(rev_t, {"id": out.next_id(rev_t), "entry_id": eid, "number": 1,
                            "question": question, "answer": answer,
                            "key_points": list(issue.points), "keywords": keywords,
                            "author": manager, "note": note, "created_at": s.created})
            if s.status != "draft":
                reviewed = s.created + demo.uniform(2 * H, D)
                out.add(appr_t, {"id": out.next_id(appr_t), "entry_id": eid, "revision": 1,
                                 "side": "center", "approver": V.CENTER_REVIEWERS[n % 2],
                                 "approved": True, "comment": "操作要點清楚，同意提交業務部門審核",
                                 "evidence_message_id": None, "at": min(reviewed, LIMIT)})
                if s.published is not None:
                    reviewer = dept["contacts"][n % len(dept["contacts"])]["name"]
                    out.add(appr_t, {"id": out.next_id(appr_t), "entry_id": eid, "revision": 1,
                                     "side": "department", "approver": reviewer,
                                     "approved": True, "comment": "已核對最新業務口徑，同意發佈",
                                     "evidence_message_id": None,
                                     "at": s.published - demo.uniform(M, 2 * H)})
            for _ in range(hits):
                self.hit(eid, demo.uniform(hit_from, hit_to), None)
            if n % 5000 == 4999:
                out.flush(entry_t, rev_t, appr_t, hit_t)
        out.flush(entry_t, rev_t, appr_t, hit_t)
        # Entries an answer could be taken from, by publication time.
        self.usable = sorted(usable, key=lambda n: specs[n].published)
        self.usable_times = [specs[n].published for n in self.usable]

    def index(self) -> None:
        """Like every service that writes entries, keep the search index in step, in the
        same transaction (the index is the search module's business, so its API does it).
        The demo fills an empty database and has no similar questions yet at this point,
        so the one-pass build of the whole index does it (no merging into postings that
        cannot exist: 15 s became about 10 s for the large set)."""
        rebuild_index(self.demo.session, with_similar=False)

    def hit(self, entry_id: int, at: int, question_id: int | None, actor: str = "") -> None:
        """One use of an entry; a question's use is counted on the entry by `count_uses`."""
        demo = self.demo
        kind = HIT_KINDS[demo.weighted(HIT_WEIGHTS)]
        if question_id is not None:
            kind = "used"
        if not actor:
            actor = (V.MANAGERS[at % 2] if kind == "triage"
                     else self.directory.any_agent()[1])
        table = FaqHit.__table__
        demo.out.add(table, {"id": demo.out.next_id(table), "entry_id": entry_id, "at": at,
                             "actor": actor, "kind": kind, "question_id": question_id})

    def pick_entry(self, t: int) -> int | None:
        """An FAQ entry published and valid at `t` (index into the specs)."""
        rng = self.demo.rng
        end = bisect.bisect_right(self.usable_times, t - H)
        for _ in range(30 if end else 0):
            n = self.usable[rng.randrange(end)]
            s = self.specs[n]
            if ((s.retired is None or s.retired > t)
                    and (s.valid_until is None or s.valid_until > t)
                    and (s.valid_from is None or s.valid_from <= t)):
                return n
        return None

    def count_uses(self) -> None:
        """Add the uses questions made of entries to their hit counts."""
        table = FaqEntry.__table__
        self.demo.out.update(
            table, [{"b_id": k, "b_n": v} for k, v in sorted(self.used_hits.items())],
            hit_count=table.c.hit_count + bindparam("b_n"), updated_at=table.c.updated_at)

    def write_similar_questions(self) -> None:
        """Wordings of questions answered from the FAQ, as the workflow captures them:
        customer details removed, near-identical ones once; the newest await review."""
        demo = self.demo
        out = demo.out
        links, questions, entries = (QuestionFaqLink.__table__, Question.__table__,
                                     FaqEntry.__table__)
        rows = demo.session.execute(
            select(links.c.entry_id, links.c.question_id, questions.c.text, entries.c.question,
                   questions.c.created_at)
            .join(questions, questions.c.id == links.c.question_id)
            .join(entries, entries.c.id == links.c.entry_id)
            .where(links.c.relation == "used")
            .order_by(questions.c.created_at.desc(), links.c.question_id)
            .limit(SIMILAR_LIMIT)
        ).all()
        table = FaqSimilar.__table__
        seen: set[tuple[int, str]] = set()
        ids = []
        for n, (entry_id, question_id, text, standard, at) in enumerate(rows):
            wording = generalise(text)
            key = phrasing_key(wording)
            if not key or key == phrasing_key(standard) or (entry_id, key) in seen:
                continue
            seen.add((entry_id, key))
            ids.append(out.next_id(table))
            out.add(table, {"id": ids[-1], "entry_id": entry_id, "text": wording[:300],
                            "key": key, "source": "question", "question_id": question_id,
                            "status": "new" if n < 12 else "kept",
                            "created_at": int((at - demo.anchor).total_seconds()),
                            "created_by": "demo"})
        out.flush(table)
        index_similar(demo.session, ids)

    def write_bulletins(self) -> None:
        """The center's notices; some point at the first published entry of their issue."""
        demo, table = self.demo, Bulletin.__table__
        first_of = {}
        for n, s in enumerate(self.specs):
            key = V.ISSUES[s.issue].key
            if key not in first_of and s.status == "published":
                first_of[key] = self.first_entry + n
        for n, (title, body, start, days, pinned, issue_key) in enumerate(V.BULLETINS):
            demo.out.add(table, {
                "id": demo.out.next_id(table), "title": title, "body": body,
                "valid_from": start * D,
                "valid_until": (start + days) * D if days is not None else None,
                "pinned": pinned, "faq_entry_id": first_of.get(issue_key) if issue_key else None,
                "author": V.MANAGERS[n % 2], "created_at": start * D - 2 * H})
        demo.out.flush(table)
