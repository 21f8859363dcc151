"""The one place that finds files in `resources/` (icons, stylesheet, translations).

Looks beside the source tree first (editable install, running from a checkout) and in
PyInstaller's bundle folder when frozen.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

from PySide6.QtGui import QIcon


@cache
def resources_dir() -> Path:
    frozen = getattr(sys, "_MEIPASS", None)
    candidates = [Path(frozen) / "resources"] if frozen else []
    candidates.append(Path(__file__).resolve().parents[2] / "resources")
    for candidate in candidates:
        if candidate.is_dir():
            return candidate
    return candidates[-1]


def path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


def translations_dir() -> Path:
    return path("translations")


def user_guide() -> Path:
    """docs/user-guide.md: beside `resources/` in a checkout and in the bundle
    (build.spec copies docs/ there), so Help › User guide opens the same page."""
    return resources_dir().parent / "docs" / "user-guide.md"


def app_icon() -> QIcon:
    """The rendered PNG sizes (crisp at 16 px, no SVG plugin needed), else the SVG."""
    pngs = sorted(path("icons", "png").glob("liaison-*.png"))
    if not pngs:
        return QIcon(str(path("icons", "liaison.svg")))
    icon = QIcon()
    for png in pngs:
        icon.addFile(str(png))
    return icon


def stylesheet() -> str:
    qss = path("styles", "app.qss")
    return qss.read_text(encoding="utf-8") if qss.exists() else ""


def error_style() -> str:
    """Red text that stays readable on light and dark system palettes."""
    from PySide6.QtGui import QGuiApplication, QPalette

    window = QGuiApplication.palette().color(QPalette.ColorRole.Window)
    return "color: #ff6b6b;" if window.lightness() < 128 else "color: #c62828;"
