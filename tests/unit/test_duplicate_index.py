"""The compact duplicate index (issue 15): a packed term set per question, a count per
term and blocks of postings per term must say exactly what the former row per (term,
question) said, through every way questions are written (one forward, an edit, a change
of state, an import, a rebuild), so the duplicate check finds the same questions."""

from __future__ import annotations

import math
import random
from collections import Counter, defaultdict

from sqlalchemy import select

from liaison_app.core.models import (
    Question,
    QuestionPosting,
    QuestionStatus,
    QuestionTermCount,
    QuestionTermSet,
)
from liaison_app.core.questions import duplicates as dup
from liaison_app.core.questions.file_import import import_questions
from tests import factories as make

TOPICS = ["信用卡境外被盜刷", "網銀轉賬限額", "房貸提前還款違約金", "U盾過期換新", "外幣現鈔預約",
          "社保卡補辦", "定期存款提前支取", "分期手續費減免", "聯名卡年費退還", "企業網銀控件"]
ASKS = ["怎麼辦", "能不能退款", "要多久", "在哪裡辦", "收費多少", "需要什麼材料", "可以減免嗎"]


def _text(rng: random.Random, i: int) -> str:
    return f"{rng.choice(TOPICS)}{rng.choice(ASKS)}，{rng.choice(TOPICS)[:3]}第{i}次"


def _index_as_rows(s) -> dict[str, set[int]]:
    """(term → question ids) as the postings blocks hold them."""
    held: dict[str, set[int]] = defaultdict(set)
    for block in s.scalars(select(QuestionPosting)):
        ids = dup.block_ids(block.first_id, block.offsets)
        assert len(ids) == len(set(ids)), "a question twice in one block"
        assert held[block.term].isdisjoint(ids), "a question in two blocks of one term"
        assert all(0 <= i - block.first_id < dup.SPAN for i in ids)
        held[block.term].update(ids)
    return held


def _expected(s) -> dict[str, set[int]]:
    """What a row per (term, question) of the mergeable questions would hold."""
    rows: dict[str, set[int]] = defaultdict(set)
    for qid, text in s.execute(select(Question.id, Question.text)
                               .where(Question.status.in_(dup.MERGEABLE_STATUSES))):
        for term in dup.dup_terms(text):
            rows[term].add(qid)
    return rows


def _assert_exact(db) -> dict[str, set[int]]:
    with db.session() as s:
        expected = _expected(s)
        assert _index_as_rows(s) == expected
        counts = {t: n for t, n in s.execute(select(QuestionTermCount.term, QuestionTermCount.questions))
                  if n}
        assert counts == {t: len(ids) for t, ids in expected.items()}
        sets = {qid: dup.unpack_terms(packed)
                for qid, packed in s.execute(select(QuestionTermSet.question_id, QuestionTermSet.terms))}
        by_question: dict[int, set[str]] = defaultdict(set)
        for term, ids in expected.items():
            for qid in ids:
                by_question[qid].add(term)
        assert sets == {qid: terms for qid, terms in by_question.items()}
    return expected


def _reference_duplicates(s, rows: dict[str, set[int]], text: str, limit=3) -> list[tuple[int, float]]:
    """The duplicate check computed from plain (term, question) rows, as before."""
    terms = dup.dup_terms(text)
    total = len({q for ids in rows.values() for q in ids} | set(s.scalars(
        select(Question.id).where(Question.status.in_(dup.MERGEABLE_STATUSES)))))
    df = {t: len(rows[t]) for t in terms if rows.get(t)}
    if not df or not total:
        return []
    idf = {t: dup._idf(total, n) for t, n in df.items()}
    rare, read = [], 0
    for term in sorted(df, key=lambda t: (df[t], t)):
        if rare and (read + df[term] > dup.POSTINGS_BUDGET or df[term] > max(dup.COMMON_SHARE * total, 2)):
            break
        rare.append(term)
        read += df[term]
    shared = Counter(q for t in rare for q in rows[t])
    candidates = sorted(shared, key=lambda q: (-shared[q], -q))[:dup.CANDIDATES]
    theirs = defaultdict(set)
    for term, ids in rows.items():
        for q in ids:
            if q in candidates:
                theirs[q].add(term)
    typical = sum(idf.get(t, dup._idf(total, 0)) for t in terms) / len(terms)
    texts = dict(s.execute(select(Question.id, Question.text).where(Question.id.in_(candidates))).all())
    mine = dup.Facets.of(text)
    scored = []
    for q in candidates:
        score = dup.same_meaning(dup.pair_vector(text, texts[q], terms, theirs[q], idf, typical))
        if mine.clash(dup.Facets.of(texts[q])):
            score = min(score * dup.CLASH_FACTOR, dup.THRESHOLD - 0.01)
        scored.append((score, q))
    scored.sort(key=lambda item: (-item[0], -item[1]))
    return [(q, round(score, 4)) for score, q in scored if score >= 0.1][:limit]


def test_the_compact_index_holds_what_a_row_per_term_held_through_every_writer(db, tmp_path):
    rng = random.Random(15)
    with db.session() as s, s.begin():
        make.agents(s)
        singles = [Question(text=_text(rng, i)) for i in range(60)]
        s.add_all(singles)
    _assert_exact(db)

    # an import (the bulk path) next to questions indexed one by one
    path = tmp_path / "forwarded.csv"
    lines = ["agent,text"] + [f"A1001,{_text(rng, i)}" for i in range(60, 400)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with db.session() as s, s.begin():
        report = import_questions(s, path, "王經理")
    assert report.imported == 340 and report.last_id - report.first_id == 339
    _assert_exact(db)

    # edits, closings and reopenings, one question at a time and several per transaction
    with db.session() as s:
        ids = list(s.scalars(select(Question.id)))
    for round_ in range(6):
        with db.session() as s, s.begin():
            for qid in rng.sample(ids, 25):
                question = s.get(Question, qid)
                roll = rng.random()
                if roll < 0.4:
                    question.text = _text(rng, round_ * 1000 + qid)
                elif roll < 0.7:
                    question.status = QuestionStatus.REJECTED
                else:
                    question.status = QuestionStatus.NEW
        expected = _assert_exact(db)

    # and the duplicate check finds what the plain rows would have found
    with db.session() as s:
        for i in range(40):
            text = _text(rng, 5000 + i)
            # every candidate above the floor, with its score (equal scores may come in
            # either order: float sums over sets differ in the last bit)
            found = {(m.question_id, m.score)
                     for m in dup.find_duplicates(s, text, threshold=0.1, limit=dup.CANDIDATES)}
            assert found == set(_reference_duplicates(s, expected, text, limit=dup.CANDIDATES))
            top = [m.score for m in dup.find_duplicates(s, text)]
            assert top == sorted((score for _q, score in found), reverse=True)[:len(top)]
            assert all(math.isfinite(score) for _q, score in found)

    # a rebuild gives the same index
    with db.session() as s, s.begin():
        dup.rebuild(s.connection())
    assert _assert_exact(db) == expected


def test_an_import_is_a_few_rows_per_term_not_one_per_question_and_term(db, tmp_path):
    """The point of the compact form: far fewer rows than (term, question) pairs."""
    rng = random.Random(7)
    with db.session() as s, s.begin():
        make.agents(s)
    path = tmp_path / "forwarded.csv"
    lines = ["agent,text"] + [f"A1001,{_text(rng, i)}" for i in range(3000)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    with db.session() as s, s.begin():
        assert import_questions(s, path, "王經理").imported == 3000
    with db.session() as s:
        pairs = sum(len(ids) for ids in _expected(s).values())
        blocks = len(s.scalars(select(QuestionPosting.term)).all())
    assert blocks * 5 < pairs, (blocks, pairs)
