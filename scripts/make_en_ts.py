"""Write liaison_en.ts: the English plural forms ("1 entry", "2 entries").

The code's English source texts hold one form ("Pinned %n entries", "%n question(s)");
Qt picks the singular or plural of `tr(text, "", n)` only through a translation with
numerus forms. This file holds just those messages (`lupdate -pluralonly`), their forms
derived from the source: "(s)" dropped or kept, the few irregular nouns spelled out.
Run by scripts/update-translations.sh; the .qm is built with the others.
"""

from __future__ import annotations

import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "resources" / "translations" / "liaison_en.ts"
# Plural nouns written in full in the source texts, with their singular.
IRREGULAR = {"entries": "entry", "flags": "flag", "changes": "change", "questions": "question",
             "rows": "row", "mails": "mail"}


def singular(text: str) -> str:
    text = re.sub(r"\(s\)", "", text)
    # The noun right after %n (with an adjective between, e.g. "%n open flags").
    def one(match: re.Match) -> str:
        words = match.group(2).split(" ")
        words[-1] = IRREGULAR.get(words[-1], words[-1])
        return match.group(1) + " ".join(words)

    text = re.sub(r"(%n )((?:open |more )?[a-z]+)", one, text)
    # A pronoun that refers back to the counted noun agrees with it ("Retired 1 entry:
    # agents no longer find it", not "find them").
    return re.sub(r"\bthem\b", "it", text) if "%n" in text else text


def plural(text: str) -> str:
    return text.replace("(s)", "s")


def main() -> int:
    sources = sorted(str(p) for p in (ROOT / "liaison_app" / "ui").rglob("*.py"))
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    subprocess.run([str(lupdate), "-silent", "-pluralonly", "-no-obsolete", *sources,
                    "-ts", str(TS), "-target-language", "en_US"], check=True)
    tree = ET.parse(TS)
    for message in tree.getroot().iter("message"):
        source = message.find("source").text or ""
        translation = message.find("translation")
        for child in list(translation):
            translation.remove(child)
        translation.text = None
        translation.attrib.pop("type", None)
        for form in (singular(source), plural(source)):
            ET.SubElement(translation, "numerusform").text = form
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    print(f"wrote {TS}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
