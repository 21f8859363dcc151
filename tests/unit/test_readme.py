"""The README's module map is the newcomer's index of the code, so it must list what is
really there; its links and the user guide's stay inside the repository and resolve."""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "liaison_app"
NOT_LISTED = {"__init__.py", "__pycache__"}


def _module_map() -> dict[str, set[str]]:
    """Entries of the map's code block, per folder (`""` for liaison_app/ itself)."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    block = text.split("## Module map", 1)[1].split("```", 2)[1]
    listed: dict[str, set[str]] = {}
    folder = ""
    for line in block.splitlines()[1:]:
        match = re.match(r"( *)(\S+)", line)
        if not match or match.group(2) == "liaison_app/":
            continue
        depth, name = len(match.group(1)) // 2, match.group(2)
        if depth == 1:  # an entry of liaison_app/
            listed.setdefault("", set()).add(name.rstrip("/"))
            folder = name.rstrip("/")
        elif depth == 2:  # an entry of liaison_app/<folder>/
            listed.setdefault(folder, set()).add(name.rstrip("/"))
    return listed


def test_the_module_map_lists_every_entry_of_ls():
    """`ls liaison_app liaison_app/*/`, less `__init__.py`, is what the map shows."""
    on_disk = {"": {p.name for p in PACKAGE.iterdir() if p.name not in NOT_LISTED}}
    for folder in PACKAGE.iterdir():
        if folder.is_dir() and folder.name not in NOT_LISTED:
            on_disk[folder.name] = {p.name for p in folder.iterdir() if p.name not in NOT_LISTED}
    assert _module_map() == on_disk


def test_links_stay_inside_the_repository_and_resolve():
    for page in (ROOT / "README.md", ROOT / "docs" / "user-guide.md"):
        text = page.read_text(encoding="utf-8")
        targets = re.findall(r"\]\(([^)\s]+)\)", text)
        assert targets, page
        for target in targets:
            assert not re.match(r"[a-z]+:", target), (page.name, target)  # no web links
            path = (page.parent / target.split("#")[0]).resolve()
            assert path.is_relative_to(ROOT) and path.exists(), (page.name, target)


def test_the_user_guide_shows_every_screenshot():
    guide = (ROOT / "docs" / "user-guide.md").read_text(encoding="utf-8")
    shown = set(re.findall(r"\]\(screenshots/([^)]+)\)", guide))
    assert shown == {p.name for p in (ROOT / "docs" / "screenshots").glob("*.png")}
