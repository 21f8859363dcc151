"""Amounts and product names: what makes two otherwise equal questions different.

Customer details (card, ID and phone numbers) say nothing about what was asked and are
dropped before comparing; amounts and card or product names say a great deal. 白金卡 and
普卡 have different fees, 5万 and 50万 different limits: two questions that differ only
there are not duplicates (issue 19, point 5). They are kept aside as *facets* and compared
on their own.

- An amount is a number followed by a multiplier or a currency, or a percentage, so that
  `5万`, `50000元` and `五万元` compare equal and `第一次` or `一下` are not amounts. A bare
  long digit run (a card or phone number) is not an amount.
- A product is found by its shape, not from a list: the character before a product head
  (卡, 账户, 贷款, 险, 券, 宝, 呗): 白金卡 → 金卡, 普卡 → 普卡, 信用卡 → 用卡, 储蓄卡 → 蓄卡.
  One character is enough to tell the kinds apart and does not depend on how the agent
  began the sentence (办理普卡 and 普卡 both give 普卡).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from liaison_app.core.search.folding import fold

_CN_DIGIT = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
             "六": 6, "七": 7, "八": 8, "九": 9}
_MULT = {"十": 10, "百": 100, "千": 1000, "万": 10_000, "亿": 100_000_000, "k": 1000, "w": 10_000}
_AMOUNT = re.compile(
    r"(?<![0-9.])([0-9]+(?:,[0-9]{3})*(?:\.[0-9]+)?|[零〇一二两三四五六七八九十百千]+)\s*"
    r"(%|个?百分点|[十百千万亿kw]+(?:元|块|美元|港币)?|元|块|美元|港币)"
)
_CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"
_PRODUCT = re.compile(f"([{_CJK}])(卡|账户|贷款|险|券|宝|呗)")
# Characters that end a phrase rather than name a product (我的卡, 这张卡, 一张卡).
_NOT_NAMES = frozenset("的张个这那此该本每其")


def _number(text: str) -> float | None:
    text = text.replace(",", "")
    if re.fullmatch(r"[0-9]+(?:\.[0-9]+)?", text):
        return float(text)
    total = section = digit = 0
    for ch in text:
        if ch in _CN_DIGIT:
            digit = _CN_DIGIT[ch]
        elif ch in ("十", "百", "千"):
            section += (digit or 1) * _MULT[ch]
            digit = 0
        else:
            return None
    return float(total + section + digit)


def amounts(folded: str) -> frozenset[str]:
    """Normalised amounts of folded text: 5万, 50000元 and 五万元 all give '50000'."""
    out: set[str] = set()
    for num, unit in _AMOUNT.findall(folded):
        value = _number(num)
        if value is None:
            continue
        if "%" in unit or "百分点" in unit:
            out.add(f"{value:g}%")
            continue
        for ch in unit:
            value *= _MULT.get(ch, 1)
        out.add(f"{value:g}")
    return frozenset(out)


def products(folded: str) -> frozenset[str]:
    """Product or card kinds named in folded text (金卡, 普卡, 用卡, …)."""
    return frozenset(a + head for a, head in _PRODUCT.findall(folded)
                     if a not in _NOT_NAMES or head != "卡")


@dataclass(frozen=True)
class Facets:
    amounts: frozenset[str]
    products: frozenset[str]

    @classmethod
    def of(cls, text: str) -> Facets:
        folded = fold(text)
        return cls(amounts(folded), products(folded))

    def clash(self, other: Facets) -> str | None:
        """Why the two texts cannot ask the same thing, or None.

        Both must name an amount (or a product) and disagree: a question that names none
        may still repeat one that does.
        """
        if self.amounts and other.amounts and self.amounts != other.amounts:
            return "amount"
        if (self.products - other.products) and (other.products - self.products):
            return "product"
        return None
