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
import sys
from collections import Counter
from collections.abc import Iterable
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
_CJK_RUN = re.compile(f"[{_CJK}]+")
_CJK_CHAR = re.compile(f"[{_CJK}]")
_WORDS = re.compile(_WORD)
_HAS_WORD = re.compile("[a-z0-9]")
# Only for the rare text where two words touch (1.5x卡): see `index_terms`.
_WORD_CJK = re.compile(f"({_WORD})(?=([{_CJK}]))")


def index_terms(folded: str, with_chars: bool) -> tuple[list[str], int]:
    """All index terms of folded text and its length in units.

    The terms are the units (single Chinese characters, words) and the pairs of units
    that touch: Chinese character pairs, and a word with the Chinese character just
    before or after it. Single Chinese characters are included only when `with_chars`
    is true. Terms come in a fixed order (pairs, word+character, character+word, words,
    characters), the order the index has always stored them in.

    The Chinese pairs (most terms) are made a run of characters at a time by a C-level
    `map`, not by a regular expression trying a look-ahead at every position; words are
    few, and looked at one by one.
    """
    runs = _CJK_RUN.findall(folded)
    out: list[str] = []
    add = str.__add__
    for run in runs:
        if len(run) > 1:
            out += map(add, run, run[1:])
    chars = "".join(runs)
    words, word_terms = _word_terms(folded)
    out += word_terms
    out += words
    if with_chars:
        out += chars
    return out, len(chars) + len(words)


def _word_terms(folded: str) -> tuple[list[str], list[str]]:
    """The words of folded text, and each word paired with a Chinese character that
    touches it (word+character ones first, then character+word)."""
    if not _HAS_WORD.search(folded):
        return [], []
    words: list[str] = []
    word_cjk: list[str] = []
    cjk_word: list[str] = []
    end = -1
    touching = False
    last = len(folded) - 1
    for match in _WORDS.finditer(folded):
        word = match.group()
        start, stop = match.span()
        words.append(word)
        touching = touching or start == end
        end = stop
        if start and _is_cjk(folded[start - 1]):
            cjk_word.append(folded[start - 1] + word)
        if stop <= last and _is_cjk(folded[stop]):
            word_cjk.append(word + folded[stop])
    if touching:
        # Two words with nothing between them (a decimal, then a letter: 1.5x): the word
        # before a character may then start inside the first word (5x卡), as the index
        # has always had it; the regular expression gives exactly that.
        word_cjk = list(map("".join, _WORD_CJK.findall(folded)))
    return words, word_cjk + cjk_word


def _is_cjk(ch: str) -> bool:
    """Whether a character is one `_CJK` covers (a range test: no regex call per word)."""
    return ("\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf"
            or "\uf900" <= ch <= "\ufaff" or "\U00020000" <= ch <= "\U0002fa1f")


# `TermCounter` joins a text's runs of Chinese characters with this (no run holds it), so
# that the pairs across two runs, and the separator itself, are known junk.
_RUN_SEP = "\x01"
_LITTLE = sys.byteorder == "little"
_UTF32 = "utf-32-le" if _LITTLE else "utf-32-be"


class TermCounter:
    """Counts index terms of folded texts, as `index_terms` finds them, with weights per
    text: what a bulk index build does for every entry.

    Strings are what cost: a 50,000-entry base has some 15 million term occurrences, and
    making a string for each (and hashing it to count it) was most of a rebuild. Here a
    Chinese pair is an integer made by reading the text's UTF-32 bytes eight at a time
    (two characters) and a single character four at a time, all in C; occurrences are
    counted as integers, and only the distinct terms of a text become strings, through a
    cache that lives as long as this counter (one build).
    """

    def __init__(self, max_len: int = 64) -> None:
        self.max_len = max_len
        # Integer (or word) -> term; "" for what is no term (pairs with the separator,
        # terms longer than max_len).
        self.cache: dict[int | str, str] = {}

    def count(self, texts: list[str], repeats: list[int], chars_of: int) -> tuple[dict[str, int], int]:
        """Term counts of folded texts, each text's terms counted `repeats[i]` times,
        single characters only from the first `chars_of` texts; and the texts' total
        length in units. Equal, key for key, to counting `index_terms` of each text
        repeated that many times (terms longer than max_len left out)."""
        items: list[int | str] = []
        length = 0
        for number, (folded, repeat) in enumerate(zip(texts, repeats)):
            runs = _CJK_RUN.findall(folded)
            text_items: list[int | str] = []
            if runs:
                joined = _RUN_SEP.join(runs)
                length += len(joined) - len(runs) + 1
                data = joined.encode(_UTF32)
                size = len(joined)
                if size > 1:
                    text_items += memoryview(data[:size // 2 * 8]).cast("Q").tolist()
                    text_items += memoryview(data[4:4 + (size - 1) // 2 * 8]).cast("Q").tolist()
                if number < chars_of:
                    text_items += memoryview(data).cast("I").tolist()
            words, word_terms = _word_terms(folded)
            length += len(words)
            text_items += word_terms
            text_items += words
            items += text_items * repeat if repeat != 1 else text_items
        counts = Counter(items)
        terms = list(map(self.cache.get, counts))
        if None in terms:  # terms this counter has not met yet
            self._learn(counts)
            terms = list(map(self.cache.__getitem__, counts))
        out = dict(zip(terms, counts.values()))
        out.pop("", None)
        return out, length

    def _learn(self, keys: Iterable[int | str]) -> None:
        cache, max_len = self.cache, self.max_len
        for key in keys:
            if key in cache:
                continue
            if isinstance(key, str):
                cache[key] = key if len(key) <= max_len else ""
            elif key < 1 << 32:
                cache[key] = "" if key == 1 else chr(key)
            else:
                low, high = key & 0xFFFFFFFF, key >> 32
                if low == 1 or high == 1:
                    cache[key] = ""
                else:
                    cache[key] = chr(low) + chr(high) if _LITTLE else chr(high) + chr(low)
