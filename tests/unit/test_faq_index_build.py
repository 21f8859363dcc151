"""The fast index build makes exactly the index the previous one made.

`REFERENCE` below is the previous implementation, frozen (issue 15 rewrote the tokeniser
and the postings build for speed): regular expressions over the whole text for terms, a
`Counter` of strings per entry, a weight computed per posting and `pack` sorting each
term's postings. On a varied corpus (both scripts, Latin words, codes, decimals that
touch letters, punctuation of both widths, full-width letters and digits, rare and
astral characters, words too long to index, empty fields, similar questions) the new
code must give the same terms with the same counts and lengths, and a full rebuild the
same postings, byte for byte.
"""

from __future__ import annotations

import random
import re
from array import array
from collections import Counter
from operator import itemgetter

import pytest
from sqlalchemy import select

from liaison_app.core.models import FaqEntry, FaqIndexedDoc, FaqPosting, FaqSimilar
from liaison_app.core.search import faq_index
from liaison_app.core.search.faq_index import rebuild_index
from liaison_app.core.search.folding import TermCounter, fold, index_terms
from tests import factories as make

# --- the previous implementation, frozen --------------------------------------------

_CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002fa1f"
_WORD = r"[a-z0-9]+(?:[.,][0-9]+)*%?"
_CJK_CHAR = re.compile(f"[{_CJK}]")
_WORDS = re.compile(_WORD)
_CJK_PAIRS = re.compile(f"(?=([{_CJK}][{_CJK}]))")
_WORD_CJK = re.compile(f"({_WORD})(?=([{_CJK}]))")
_CJK_WORD = re.compile(f"([{_CJK}])(?={_WORD})(?=({_WORD}))")


def reference_index_terms(folded: str, with_chars: bool) -> tuple[list[str], int]:
    chars = _CJK_CHAR.findall(folded)
    words = _WORDS.findall(folded)
    out = _CJK_PAIRS.findall(folded)
    if words:
        out += map("".join, _WORD_CJK.findall(folded))
        out += map("".join, _CJK_WORD.findall(folded))
        out += words
    if with_chars:
        out += chars
    return out, len(chars) + len(words)


def reference_term_counts(question, keywords, key_points, answer) -> tuple[Counter, int]:
    groups = [f"{question or ''}\n{faq_index._as_text(keywords)}",
              f"{faq_index._as_text(key_points)}\n{answer or ''}"]
    folded = [fold(g) for g in groups]
    out: list[str] = []
    length = 0
    for group, text in enumerate(folded):
        terms, group_length = reference_index_terms(text, with_chars=group == 0)
        length += group_length
        out += terms * (4, 1)[group]
    counts = Counter(out)
    return Counter({t: n for t, n in counts.items() if len(t) <= 64}), length


def reference_postings(docs: dict[int, tuple]) -> dict[str, tuple[bytes, bytes]]:
    """Every term's (ids, weights) as the previous rebuild packed them."""
    raw: dict[str, list[tuple[int, int]]] = {}
    lengths: dict[int, int] = {}
    for doc_id, fields in docs.items():
        counts, lengths[doc_id] = reference_term_counts(*fields)
        for term, tf in counts.items():
            raw.setdefault(term, []).append((doc_id, tf))
    avg_len = max(sum(lengths.values()) / len(lengths), 1.0)
    out = {}
    for term, pairs in raw.items():
        weighted = sorted(((doc, faq_index.saturate(tf, lengths[doc], avg_len)) for doc, tf in pairs),
                          key=itemgetter(0))
        out[term] = (array("i", [d for d, _ in weighted]).tobytes(),
                     array("f", [w for _, w in weighted]).tobytes())
    out["#avg_len"] = (b"", array("f", [avg_len]).tobytes())
    return out


# --- a varied corpus -----------------------------------------------------------------

PIECES = [
    "信用卡", "掛失", "挂失", "補辦", "轉賬", "转账", "網上銀行", "手機銀行", "U盾", "ATM", "VIP客戶",
    "95599", "0.05%", "1,000元", "3.5x", "1.5x卡", "5%a卡", "a.b卡", "年利率2.25%起", "ＡＴＭ", "９５５９９",
    "Ｕ盾", "ｅ卡通", "、", "，", "。", "？", "！", "（", "）", "「", "」", "；", "：", " ", "\n", "\t", "-", "/",
    "(", ")", ".", ",", "…", "〜", "𠀀", "𪚥", "丶", "①", "ß", "é", "ｱ", "x" * 70, "卡" + "9" * 66,
    "abc", "v2.0版", "第3期", "2025-01-31", "E-mail", "e-mail", "IC卡", "PIN碼", "CVV2", "\u3000",
]


def random_text(rng: random.Random, pieces: int) -> str:
    return "".join(rng.choice(PIECES) for _ in range(pieces))


def corpus(seed: int, n: int) -> list[tuple]:
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        out.append((random_text(rng, rng.randint(1, 8)),
                    [random_text(rng, rng.randint(1, 2)) for _ in range(rng.randint(0, 3))] or None,
                    [random_text(rng, rng.randint(1, 6)) for _ in range(rng.randint(0, 3))] or None,
                    random_text(rng, rng.randint(0, 30))))
    return out


ENTRIES = corpus(15, 400) + [
    ("信用卡遺失如何掛失？", ["掛失", "遺失"], ["確認身分", "凍結卡片"], "請立即撥打95599辦理掛失。"),
    ("ATM取款時吞卡怎麼處理？", None, None, "三個工作日內持身分證到網點領回。"),
    ("活期利率0.05%", [], [], ""),
    ("", None, None, ""),
]


# --- the tests -------------------------------------------------------------------------

@pytest.mark.parametrize("seed", [1, 2, 3])
def test_index_terms_are_the_previous_ones_in_the_same_order(seed):
    rng = random.Random(seed)
    for _ in range(3000):
        text = fold(random_text(rng, rng.randint(0, 12)))
        for with_chars in (True, False):
            assert index_terms(text, with_chars) == reference_index_terms(text, with_chars), text


def test_term_counts_and_lengths_are_the_previous_ones():
    counter = TermCounter(64)
    for fields in ENTRIES:
        expected = reference_term_counts(*fields)
        assert faq_index._term_counts(*fields, counter) == (dict(expected[0]), expected[1]), fields
        # alone (a counter of its own, as a single re-index uses) as well
        assert faq_index._term_counts(*fields) == (dict(expected[0]), expected[1]), fields


def test_rebuild_writes_the_previous_postings_byte_for_byte(db):
    with db.sessions.begin() as session:
        rows = make.faq_entries(session, [
            {"question": q or "？", "keywords": k, "key_points": p, "answer": a or "。"}
            for q, k, p, a in ENTRIES], index=False)
        rng = random.Random(7)
        similar = [FaqSimilar(entry_id=rng.choice(rows).id, text=random_text(rng, rng.randint(1, 8)),
                              key=f"k{i}", source="import", status="kept")
                   for i in range(60)]
        session.add_all(similar)
        session.flush()
        docs = {e.id: (e.question, e.keywords, e.key_points, e.answer) for e in rows}
        docs.update({-s.id: (s.text, None, None, "") for s in similar})
    with db.sessions.begin() as session:
        assert rebuild_index(session) == len(ENTRIES)
    with db.session() as session:
        stored = {term: (bytes(ids), bytes(weights)) for term, ids, weights in session.execute(
            select(FaqPosting.term, FaqPosting.entry_ids, FaqPosting.weights))}
        doc_terms = dict(session.execute(select(FaqIndexedDoc.entry_id, FaqIndexedDoc.terms)).all())
        assert session.scalar(select(FaqEntry.id).limit(1)) is not None
    expected = reference_postings(docs)
    assert stored.keys() == expected.keys()
    assert stored == expected
    # Each document lists the terms it was indexed under (their order carries no meaning).
    assert doc_terms.keys() == docs.keys()
    for doc_id, fields in docs.items():
        assert set(filter(None, doc_terms[doc_id].split(" "))) == set(reference_term_counts(*fields)[0])
