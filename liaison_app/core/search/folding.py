"""Text folding and tokenising shared by indexing and querying.

Both sides must fold identically, so a query in Traditional script finds an entry written
in Simplified (掛失 = 挂失), full-width letters find half-width ones (ＡＴＭ = ATM), and
case does not matter. Chinese has no spaces, so Chinese text is indexed as single
characters and adjacent pairs (bigrams): two-character words such as 轉賬 or 掛失 are
exactly one bigram and match without a dictionary; Latin words, codes and numbers
(ATM, U盾, 95599, 0.05%) are kept whole.
"""

from __future__ import annotations

import itertools
import re
from collections import Counter
from functools import lru_cache

import opencc

_to_simplified = opencc.OpenCC("t2s")

# A unit is one CJK character or one Latin/number word (with decimals and a percent sign).
_UNIT = re.compile(
    r"[a-z0-9]+(?:[.,][0-9]+)*%?"
    r"|[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002fa1f]"
)
# Anything else (spaces, ASCII and full-width punctuation) separates runs: no bigram
# is made across it.
_RUN = re.compile(
    r"[^\s\u3000-\u303f\uff01-\uff0f\uff1a-\uff20\uff3b-\uff40\uff5b-\uff65"
    r";:!?'\"()\[\]{}<>/\\|~`@#$^&*+=_-]+"
)
# A full stop or comma separates runs, except inside a number (0.05, 1,000).
_SENTENCE_PUNCT = re.compile(r"(?<![0-9])[.,]|[.,](?![0-9])")
# Full-width letters and digits (ＡＴＭ, ９５５９９) fold to ASCII; full-width punctuation
# needs no folding since it only separates. Rare, so found first and translated alone.
_FULL_WIDTH_ALNUM = re.compile(r"[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a\uff05\uff0e]+")
_HALF = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}


def fold(text: str) -> str:
    """Width-fold letters and digits, lower-case, and convert to Simplified characters."""
    if not text.isascii():
        text = _FULL_WIDTH_ALNUM.sub(lambda m: m.group(0).translate(_HALF), text)
        return _to_simplified.convert(text.lower())
    return text.lower()


def folded_units(folded: str) -> list[list[str]]:
    """Runs of units of already folded text; a run ends at whitespace or punctuation."""
    runs = []
    for run in _RUN.findall(_SENTENCE_PUNCT.sub(" ", folded)):
        found = _UNIT.findall(run)
        if found:
            runs.append(found)
    return runs


def units(text: str) -> list[list[str]]:
    return folded_units(fold(text))


def folded_terms(folded: str) -> Counter[str]:
    """Index terms of folded text with counts: every unit and every adjacent pair."""
    out: list[str] = []
    for run in folded_units(folded):
        out += run
        out += map(str.__add__, run, run[1:])
    return Counter(out)


def terms(text: str) -> Counter[str]:
    return folded_terms(fold(text))


@lru_cache(maxsize=4096)
def query_terms(text: str) -> tuple[str, ...]:
    """Terms to look up for a query: bigrams where a run has them, else its units.

    Single characters are too common to rank by (卡 is in half the base), so they are
    used only when the query offers nothing longer, e.g. a one-character query.
    """
    out: list[str] = []
    for run in units(text):
        cjk_pairs = [a + b for a, b in itertools.pairwise(run)]
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


_CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\U00020000-\U0002fa1f"
_WORD = r"[a-z0-9]+(?:[.,][0-9]+)*%?"
_CJK_CHAR = re.compile(f"[{_CJK}]")
_WORDS = re.compile(_WORD)
_CJK_PAIRS = re.compile(f"(?=([{_CJK}][{_CJK}]))")
_WORD_CJK = re.compile(f"({_WORD})(?=([{_CJK}]))")
_CJK_WORD = re.compile(f"([{_CJK}])(?={_WORD})(?=({_WORD}))")


def index_terms(folded: str, with_chars: bool) -> tuple[list[str], int]:
    """All index terms of folded text and its length in units, with no Python loop.

    The same terms as `folded_terms` (units and adjacent pairs), found by a few regular
    expressions over the whole text: indexing 50,000 entries stays within seconds.
    Single Chinese characters are included only when `with_chars` is true.
    """
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
