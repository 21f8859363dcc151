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
# Mainland usage where a character conversion still reads as Taiwanese, applied in this
# order to the converted text: the Help menu is 帮助, a wizard 向导, a log file 日志, a
# default 默认, Undo 撤销, custom 自定义, email 电子邮件, a flag 标记, and quotation marks are “” and ‘’, not 「」 and 『』.
MAINLAND_PHRASES = (
    ("说明(&H)", "帮助(&H)"), ("说明 ›", "帮助 ›"), ("设置精灵", "设置向导"),
    ("记录档", "日志"), ("备份档", "备份文件"), ("设置档", "设置文件"), ("预设", "默认"),
    ("复原", "撤销"), ("密钥圈", "密钥环"), ("钥匙圈", "密钥环"), ("自订", "自定义"), ("电邮", "电子邮件"),
    ("寻找于", "查找范围"), ("文件型态", "文件类型"), ("旗标", "标记"), ("「", "“"), ("」", "”"), ("『", "‘"), ("』", "’"),
)


def convert(text: str, converter: opencc.OpenCC) -> str:
    out = converter.convert(text)
    for tw, cn in MAINLAND_WORDS.items():
        out = out.replace(converter.convert(tw), cn)
    for tw, cn in MAINLAND_PHRASES:
        out = out.replace(tw, cn)
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
