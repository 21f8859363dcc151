"""Which department should answer a question: a ranked suggestion with its reasons.

Three kinds of evidence, added up per department:
- its routing keywords found in the question (the strongest: the manager wrote them);
- words its written duties (職責) share with the question;
- which department owns the FAQ entries and answered the open questions most like it
  (what the center has learned, even where keywords were never written down).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from liaison_app.core.models import Department, FaqEntry, Question
from liaison_app.core.questions.duplicates import dup_terms, find_duplicates
from liaison_app.core.search.faq_search import FaqHit
from liaison_app.core.search.folding import fold

KEYWORD_WEIGHT = 3.0
DUTY_TERM_WEIGHT = 0.5
DUTY_CAP = 3.0
FAQ_WEIGHT = 2.0
HISTORY_WEIGHT = 2.0


@dataclass
class DepartmentSuggestion:
    department_id: int
    name: str
    score: float
    sla_hours: int
    # (kind, detail): kind is keywords, duties, faq or similar; the UI words them.
    reasons: list[tuple[str, str]] = field(default_factory=list)

    def as_json(self) -> dict:
        return {"id": self.department_id, "department": self.name, "score": round(self.score, 3),
                "reasons": [f"{kind}: {detail}" for kind, detail in self.reasons]}


def readable_overlap(shared: set[str], text: str) -> list[str]:
    """The words of `text` that the shared comparison terms cover, as written there.

    The terms are folded character pairs ("手机", "机银", "银行"): shown as they are, a
    reason read 「机银」. Marking what they cover in the department's duties and taking
    the runs gives 「手機銀行」, in the duties' own script."""
    folded = fold(text)
    source = text if len(folded) == len(text) else folded  # folding kept the positions
    covered = [False] * len(folded)
    for term in shared:
        start = folded.find(term)
        while start >= 0:
            covered[start:start + len(term)] = [True] * len(term)
            start = folded.find(term, start + 1)
    phrases: list[str] = []
    run: list[str] = []
    for char, on in zip([*source, " "], [*covered, False]):
        if on and not char.isspace():
            run.append(char)
            continue
        phrase = "".join(run).strip("，,、。；;：: ")
        if len(phrase) > 1 and phrase not in phrases:
            phrases.append(phrase)
        run = []
    return phrases or sorted(shared)


def suggest_departments(
    session: Session,
    text: str,
    *,
    faq_hits: list[FaqHit] | None = None,
    exclude_question: int | None = None,
    limit: int = 3,
) -> list[DepartmentSuggestion]:
    """Departments ranked by how likely each is to answer `text`; empty when nothing fits."""
    departments = session.execute(
        select(Department.id, Department.name, Department.duties, Department.routing_keywords,
               Department.sla_hours).where(Department.active.is_(True))
    ).all()
    if not departments:
        return []
    folded = fold(text)
    words = dup_terms(text)
    scores: dict[int, float] = defaultdict(float)
    reasons: dict[int, list[tuple[str, str]]] = defaultdict(list)
    for dep in departments:
        matched = [k for k in (dep.routing_keywords or []) if k and fold(k) in folded]
        if matched:
            scores[dep.id] += KEYWORD_WEIGHT * len(matched)
            reasons[dep.id].append(("keywords", ", ".join(matched)))
        shared = {t for t in words & dup_terms(dep.duties or "") if len(t) > 1}
        if shared:
            scores[dep.id] += min(DUTY_CAP, DUTY_TERM_WEIGHT * len(shared))
            reasons[dep.id].append(("duties", ", ".join(readable_overlap(shared, dep.duties or "")[:4])))
    if faq_hits:
        owners = dict(session.execute(
            select(FaqEntry.id, FaqEntry.department_id)
            .where(FaqEntry.id.in_([h.id for h in faq_hits[:5]]))
        ).all())
        for rank, hit in enumerate(faq_hits[:5]):
            owner = owners.get(hit.id)
            if owner is not None:
                scores[owner] += FAQ_WEIGHT / (rank + 1)
                reasons[owner].append(("faq", f"#{hit.id}"))
    similar = find_duplicates(
        session, text, exclude=[exclude_question] if exclude_question else [], limit=5,
        threshold=0.3,
    )
    if similar:
        routed = dict(session.execute(
            select(Question.id, Question.department_id)
            .where(Question.id.in_([m.question_id for m in similar]))
        ).all())
        for match in similar:
            dep_id = routed.get(match.question_id)
            if dep_id is not None:
                scores[dep_id] += HISTORY_WEIGHT * match.score
                reasons[dep_id].append(("similar", match.ref))
    by_id = {d.id: d for d in departments}
    ranked = sorted((d for d in scores if d in by_id and scores[d] > 0),
                    key=lambda d: (-scores[d], by_id[d].name))
    return [
        DepartmentSuggestion(d, by_id[d].name, scores[d], by_id[d].sla_hours, reasons[d])
        for d in ranked[:limit]
    ]
