"""Derive liaison_zh_CN.ts from liaison_zh_TW.ts with OpenCC (Taiwan phrases to mainland).

Simplified Chinese is kept as a conversion, not a second hand-kept file, so the two never
drift; a few words where mainland usage differs from a character conversion are fixed
after the conversion.
"""

from __future__ import annotations

import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import opencc

ROOT = Path(__file__).resolve().parents[1] / "resources" / "translations"
MAINLAND_WORDS = {"收件匣": "收件箱", "資料庫": "数据库", "郵件": "邮件", "設定": "设置"}


def convert(text: str, converter: opencc.OpenCC) -> str:
    out = converter.convert(text)
    for tw, cn in MAINLAND_WORDS.items():
        out = out.replace(converter.convert(tw), cn)
    return out


def main() -> int:
    source = ROOT / "liaison_zh_TW.ts"
    target = ROOT / "liaison_zh_CN.ts"
    converter = opencc.OpenCC("tw2sp")
    tree = ET.parse(source)
    root = tree.getroot()
    root.set("language", "zh_CN")
    for translation in root.iter("translation"):
        if translation.text:
            translation.text = convert(translation.text, converter)
        for form in translation.iter("numerusform"):
            if form.text:
                form.text = convert(form.text, converter)
    ET.indent(tree)
    with target.open("wb") as fh:
        fh.write(b'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n')
        tree.write(fh, encoding="utf-8", xml_declaration=False)
    print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
