"""The duplicate check's classifier: a rewording is a probable duplicate, a question that
shares most words but asks something else is not."""

from __future__ import annotations

from liaison_app.core.questions.duplicates import (
    PAIR_FEATURES,
    THRESHOLD,
    dup_terms,
    find_duplicates,
    pair_vector,
    same_meaning,
)
from tests import factories as make

OTHERS = ["網銀登錄密碼忘了怎麼重置", "外匯結匯額度每年多少", "定期存款提前支取怎麼計息",
          "ATM吞卡怎麼領回", "U盾證書過期怎麼辦", "房貸提前還款要預約嗎"]


def _vector(a: str, b: str) -> list[float]:
    return pair_vector(a, b, dup_terms(a), dup_terms(b), {}, 5.0)


def test_pair_vector_has_every_feature_in_range():
    x = _vector("花唄怎麼還款", "花呗怎么还款")
    assert len(x) == len(PAIR_FEATURES) and all(0.0 <= v <= 1.0 for v in x)
    assert same_meaning(x) > same_meaning(_vector("花唄怎麼還款", "借唄額度怎麼提升"))


def test_rewording_is_flagged_and_another_question_is_not(db):
    with db.sessions.begin() as s:
        make.agents(s, ("A1001", "李娜"))
    for text in OTHERS:
        make.forward(db, "A1001", text)
    first = make.forward(db, "A1001", "信用卡境外被盜刷了要怎麼申請拒付")
    with db.session() as session:
        reworded = find_duplicates(session, "信用卡在境外被盜刷，怎麼申請拒付")
        other = find_duplicates(session, "信用卡境外消費手續費多少")
    assert reworded and reworded[0].question_id == first.question_id
    assert reworded[0].probable and reworded[0].score >= THRESHOLD
    assert not any(m.probable for m in other)


def test_filler_needs_no_list(db):
    """Polite wrapping (請問, 您好, 怎麼辦) weighs little because many questions have it."""
    with db.sessions.begin() as s:
        make.agents(s, ("A1001", "李娜"))
    for text in OTHERS:
        make.forward(db, "A1001", "您好，請問" + text)
    first = make.forward(db, "A1001", "信用卡境外被盜刷申請拒付")
    with db.session() as session:
        wrapped = find_duplicates(session, "您好，請問信用卡境外被盜刷了怎麼申請拒付呢")
    assert wrapped and wrapped[0].question_id == first.question_id and wrapped[0].probable
    assert "请问" not in wrapped[0].shared[:3]  # the rare words explain the match, not the filler
