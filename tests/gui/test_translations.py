"""Every user-visible string of the UI has a Traditional and a Simplified translation.

Runs pyside6-lupdate on the code into a scratch file and checks that each string it
finds is translated in the shipped .ts sources, so a new untranslated string fails here
rather than showing English to a Chinese-speaking manager.
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
TS_DIR = ROOT / "resources" / "translations"


def _messages(path: Path) -> dict[tuple[str, str], str | None]:
    out = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.find("name").text
        for message in context.iter("message"):
            translation = message.find("translation")
            finished = translation.get("type") not in ("unfinished", "vanished", "obsolete")
            text = translation.text or "".join(f.text or "" for f in translation.iter("numerusform"))
            out[(name, message.find("source").text)] = text if finished and text else None
    return out


@pytest.fixture(scope="module")
def strings_in_code(tmp_path_factory) -> set[tuple[str, str]]:
    scratch = tmp_path_factory.mktemp("lupdate") / "scratch.ts"
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    sources = sorted(str(p) for p in (ROOT / "liaison_app" / "ui").rglob("*.py"))
    subprocess.run([str(lupdate), "-silent", *sources, "-ts", str(scratch)], check=True)
    return set(_messages(scratch))


@pytest.mark.parametrize("language", ["zh_TW", "zh_CN"])
def test_every_ui_string_is_translated(strings_in_code, language):
    shipped = _messages(TS_DIR / f"liaison_{language}.ts")
    assert len(strings_in_code) > 100
    missing = sorted(key for key in strings_in_code if not shipped.get(key))
    assert missing == []


def test_simplified_is_derived_from_traditional():
    tw = _messages(TS_DIR / "liaison_zh_TW.ts")
    cn = _messages(TS_DIR / "liaison_zh_CN.ts")
    assert tw.keys() == cn.keys()
    assert tw[("MainWindow", "Inbox")] == "收件匣" and cn[("MainWindow", "Inbox")] == "收件箱"
    assert cn[("FaqPage", "Key points")] == "操作要点"


def test_translations_load_into_qt(qapp):
    from PySide6.QtCore import QCoreApplication

    from liaison_app.ui.i18n import install_translators

    try:
        install_translators("zh_TW")
        assert QCoreApplication.translate("MainWindow", "Inbox") == "收件匣"
        install_translators("zh_CN")
        assert QCoreApplication.translate("MainWindow", "Inbox") == "收件箱"
    finally:
        install_translators("en")
    assert QCoreApplication.translate("MainWindow", "Inbox") == "Inbox"


def test_simplified_reads_as_mainland_usage():
    """Issue 14 item 11: not a character conversion of Taiwan wording (说明 for Help,
    设置精灵, 记录档, 「」)."""
    simplified = _messages(TS_DIR / "liaison_zh_CN.ts")
    texts = [t for t in simplified.values() if t]
    for taiwanese in ("「", "」", "设置精灵", "记录档", "说明(&H)"):
        assert not [t for t in texts if taiwanese in t], taiwanese
    assert any("帮助(&H)" == t for t in texts) and any("设置向导" in t for t in texts)
