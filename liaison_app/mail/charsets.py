"""Decoding text as Chinese senders really encode it, not as they declare it.

Mail declared GB2312 is usually GBK or GB18030 (GB2312 has no 鎔 or 堃), Big5 mail uses
HKSCS characters, some mail declares no charset at all and some declares the wrong one.
Each candidate decoding is scored by how much of its Chinese text is made of common
characters (the 3,755 first-level GB2312 and 5,401 frequent Big5 characters): a wrong
decoding of Chinese bytes produces mostly rare characters.
"""

from __future__ import annotations

import codecs
from functools import cache

# Declared names mapped to the codec that reads what senders actually send.
SUPERSETS = {
    "gb2312": "gb18030", "gbk": "gb18030", "x-gbk": "gb18030", "gb_2312-80": "gb18030",
    "euc-cn": "gb18030", "cp936": "gb18030", "x-euc-cn": "gb18030", "csgb2312": "gb18030",
    "chinese": "gb18030", "gb18030": "gb18030", "hz-gb-2312": "hz",
    "big5": "big5hkscs", "big5-hkscs": "big5hkscs", "x-big5": "big5hkscs", "cp950": "big5hkscs",
    "cn-big5": "big5hkscs", "csbig5": "big5hkscs",
    "utf8": "utf-8", "unicode-1-1-utf-8": "utf-8", "x-unknown": "", "unknown-8bit": "",
    "us-ascii": "utf-8", "ascii": "utf-8", "iso-8859-1": "cp1252", "latin1": "cp1252",
    "latin-1": "cp1252",
}
SUPERSETS.update({
    # Korean: Outlook declares the KS C 5601 name for what is really its cp949 superset.
    "ks_c_5601-1987": "cp949", "ks_c_5601": "cp949", "euc-kr": "cp949", "euc_kr": "cp949",
    "korean": "cp949", "csksc56011987": "cp949", "uhc": "cp949",
    "iso-2022-jp": "iso2022_jp_2", "csiso2022jp": "iso2022_jp_2",
    "shift_jis": "cp932", "shift-jis": "cp932", "sjis": "cp932", "x-sjis": "cp932",
})
# Japanese and Korean codecs: the common-character score knows Chinese only, so a Japanese
# or Korean text scores low in its own codec and would lose to a noisy Chinese decoding
# (or, for 7-bit ISO-2022-JP, to "UTF-8" keeping the raw escapes). When the sender
# declared one of these and the bytes decode strictly, the declaration is believed.
NON_CHINESE_CJK = frozenset({"cp949", "iso2022_jp", "iso2022_jp_1", "iso2022_jp_2",
                             "iso2022_jp_3", "iso2022_jp_ext", "iso2022_kr", "cp932",
                             "shift_jis", "euc_jp", "euc_jis_2004", "shift_jis_2004"})
ISO2022_JP_ESCAPES = (b"\x1b$B", b"\x1b$@", b"\x1b(J", b"\x1b$(D")
FALLBACKS = ("utf-8", "gb18030", "big5hkscs", "cp1252")
GOOD_ENOUGH = 0.9


@cache
def common_cjk() -> frozenset[str]:
    chars: set[str] = set()
    for lead in range(0xB0, 0xD8):  # GB2312 level 1
        for trail in range(0xA1, 0xFF):
            try:
                chars.add(bytes((lead, trail)).decode("gb2312"))
            except UnicodeDecodeError:
                pass
    for lead in range(0xA4, 0xC7):  # Big5 frequent characters
        for trail in list(range(0x40, 0x7F)) + list(range(0xA1, 0xFF)):
            try:
                chars.add(bytes((lead, trail)).decode("big5"))
            except UnicodeDecodeError:
                pass
    # Punctuation and full-width forms are common in both scripts.
    chars.update(chr(c) for c in range(0x3000, 0x3040))
    chars.update(chr(c) for c in range(0xFF00, 0xFFF0))
    return frozenset(chars)


def score(text: str) -> float:
    """Share of non-ASCII characters that are common CJK characters (1.0: all).

    Western accented letters count 0.6: a real Latin-1 text still wins over a noisy CJK
    decoding, but Chinese bytes mislabelled as Latin-1 decode better as Chinese.
    """
    common = common_cjk()
    total = 0
    good = 0.0
    for ch in text:
        if ch < "\x80":
            continue
        total += 1
        if ch in common:
            good += 1
        elif "\u00a0" <= ch <= "\u00ff" or ch in "€‘’“”–—…•":
            good += 0.6
    return 1.0 if total == 0 else good / total


def codec_for(declared: str | None) -> str:
    """The codec to try first for a declared charset ('' when none or unknown)."""
    if not declared:
        return ""
    name = declared.strip().strip('"').lower()
    if name in SUPERSETS:
        return SUPERSETS[name]
    try:
        return codecs.lookup(name).name
    except LookupError:
        return ""


def decode_bytes(data: bytes, declared: str | None = None) -> tuple[str, str, bool]:
    """(text, codec used, whether it decoded cleanly). Never raises."""
    if not data:
        return "", codec_for(declared) or "utf-8", True
    first = codec_for(declared)
    if not first and any(escape in data for escape in ISO2022_JP_ESCAPES):
        first = "iso2022_jp_2"  # undeclared, but unmistakably ISO-2022-JP escapes
    if first in NON_CHINESE_CJK:
        try:
            return data.decode(first), first, True
        except UnicodeDecodeError:
            pass
    tried: list[tuple[float, str, str]] = []
    for name in ([first] if first else []) + [c for c in FALLBACKS if c != first]:
        try:
            text = data.decode(name)
        except (UnicodeDecodeError, LookupError):
            continue
        quality = score(text)
        if name == first and quality >= GOOD_ENOUGH:
            return text, name, True
        if name == "utf-8":
            return text, name, True  # random bytes are almost never valid UTF-8
        tried.append((quality, name, text))
    if tried:
        quality, name, text = max(tried, key=lambda t: t[0])
        # Below half common characters the best decoding is still noise.
        return text, name, quality >= 0.5
    if first and first not in FALLBACKS:
        try:
            return data.decode(first, "replace"), first, False
        except LookupError:
            pass
    text = data.decode("gb18030", "replace")
    return text, "gb18030", False


def replacement_ratio(text: str) -> float:
    if not text:
        return 0.0
    return text.count("\ufffd") / len(text)
