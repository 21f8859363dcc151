"""Text folding and tokenising shared by indexing and querying.

Both sides must fold identically, so a query in Traditional script finds an entry written
in Simplified (掛失 = 挂失), full-width letters find half-width ones (ＡＴＭ = ATM), and
case does not matter. Chinese has no spaces, so Chinese text is indexed as single
characters and adjacent pairs (bigrams): two-character words such as 轉賬 or 掛失 are
exactly one bigram and match without a dictionary; Latin words, codes and numbers
(ATM, U盾, 95599, 0.05%) are kept whole.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from functools import lru_cache

import opencc

_to_simplified = opencc.OpenCC("t2s")

# A unit is one CJK character or one Latin/number word (with decimals and a percent sign).
_UNIT = re.compile(
    r"[a-z0-9]+(?:[.,][0-9]+)*%?"
    r"|[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002fa1f]"
)
# Anything else (spaces, punctuation) separates runs: no bigram is made across it.
_RUN = re.compile(r"[^\s\u3000-\u303f\uff01-\uff0f\uff1a-\uff20;:!?'\"()\[\]{}<>/\\|~`@#$^&*+=_-]+")


# A full stop or comma separates runs, except inside a number (0.05, 1,000).
_SENTENCE_PUNCT = re.compile(r"(?<![0-9])[.,]|[.,](?![0-9])")


def fold(text: str) -> str:
    """Width-fold, lower-case and convert to Simplified characters."""
    return _to_simplified.convert(unicodedata.normalize("NFKC", text).lower())


def units(text: str) -> list[list[str]]:
    """Folded text as runs of units; a run ends at whitespace or punctuation."""
    runs = []
    for run in _RUN.findall(_SENTENCE_PUNCT.sub(" ", fold(text))):
        found = _UNIT.findall(run)
        if found:
            runs.append(found)
    return runs


def terms(text: str) -> Counter[str]:
    """Index terms with their counts: every unit and every adjacent pair of units."""
    counts: Counter[str] = Counter()
    for run in units(text):
        counts.update(run)
        counts.update(a + b for a, b in zip(run, run[1:]))
    return counts


@lru_cache(maxsize=4096)
def query_terms(text: str) -> tuple[str, ...]:
    """Terms to look up for a query: bigrams where a run has them, else its units.

    Single characters are too common to rank by (卡 is in half the base), so they are
    used only when the query offers nothing longer, e.g. a one-character query.
    """
    out: list[str] = []
    for run in units(text):
        cjk_pairs = [a + b for a, b in zip(run, run[1:])]
        words = [u for u in run if u.isascii() and len(u) > 1]
        if cjk_pairs:
            out.extend(cjk_pairs)
            out.extend(w for w in words if w not in out)
        else:
            out.extend(run)
    seen: dict[str, None] = dict.fromkeys(out)
    return tuple(seen)


def highlight_spans(text: str, query: str) -> list[tuple[int, int]]:
    """Where the query's terms occur in `text`, as (start, end) character offsets.

    Folds one character at a time so offsets map back to the original text, whatever
    its script or width; overlapping matches are merged.
    """
    wanted = [t for t in query_terms(query) if t]
    if not wanted or not text:
        return []
    folded_chars: list[str] = []
    owner: list[int] = []
    for index, ch in enumerate(text):
        piece = fold(ch)
        folded_chars.append(piece)
        owner.extend([index] * len(piece))
    folded = "".join(folded_chars)
    spans: list[tuple[int, int]] = []
    for term in wanted:
        start = folded.find(term)
        while start != -1:
            end = start + len(term)
            spans.append((owner[start], owner[end - 1] + 1))
            start = folded.find(term, start + 1)
    spans.sort()
    merged: list[tuple[int, int]] = []
    for start, end in spans:
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(end, merged[-1][1]))
        else:
            merged.append((start, end))
    return merged
