"""Fill unfinished entries of a .ts file from a JSON list of [context, source, translation],
or from the finished entries of another .ts file (to merge branches' translations).

    .venv/bin/python scripts/fill_translations.py resources/translations/liaison_zh_TW.ts NEW.json
    .venv/bin/python scripts/fill_translations.py resources/translations/liaison_zh_TW.ts OTHER.ts

Used after `scripts/update-translations.sh` adds new strings as unfinished; the
translations are written in place (numerus forms included) and marked finished. Then
`scripts/make_zh_cn_ts.py` derives the Simplified file again.
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET


def main(ts_path: str, json_path: str) -> int:
    if json_path.endswith(".ts"):
        wanted = {}
        for context in ET.parse(json_path).getroot().iter("context"):
            name = context.find("name").text
            for message in context.iter("message"):
                translation = message.find("translation")
                forms = [f.text for f in translation.iter("numerusform") if f.text]
                text = forms[0] if forms else translation.text
                if translation.get("type") is None and text:
                    wanted[(name, message.find("source").text)] = text
    else:
        wanted = {(c, s): t for c, s, t in json.load(open(json_path, encoding="utf-8"))}
    tree = ET.parse(ts_path)
    filled = 0
    for context in tree.getroot().iter("context"):
        name = context.find("name").text
        for message in context.iter("message"):
            key = (name, message.find("source").text)
            if key not in wanted:
                continue
            translation = message.find("translation")
            if translation.get("type") is None and (translation.text or "").strip():
                continue  # already translated here
            forms = list(translation.iter("numerusform"))
            if forms:
                for form in forms:
                    form.text = wanted[key]
            else:
                translation.text = wanted[key]
            translation.attrib.pop("type", None)
            filled += 1
    tree.write(ts_path, encoding="utf-8", xml_declaration=True)
    missing = [k for k in wanted if k not in {(c.find("name").text, m.find("source").text)
                                              for c in tree.getroot().iter("context")
                                              for m in c.iter("message")}]
    print(f"filled {filled} entries; {len(missing)} given strings not found in {ts_path}")
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:3]))
