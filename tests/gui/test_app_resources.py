"""The application icon in every size the platforms want, rendered from the one SVG."""

from __future__ import annotations

import struct

from PySide6.QtGui import QImageReader

from liaison_app.ui import resources


def test_png_sizes_ico_and_icns_are_there_and_readable():
    icons = resources.path("icons")
    for size in (16, 32, 48, 64, 128, 256, 512, 1024):
        image = QImageReader(str(icons / "png" / f"liaison-{size}.png")).read()
        assert (image.width(), image.height()) == (size, size)
    ico = (icons / "liaison.ico").read_bytes()
    assert struct.unpack("<HHH", ico[:6]) == (0, 1, 7)
    assert QImageReader(str(icons / "liaison.ico")).imageCount() == 7
    icns = (icons / "liaison.icns").read_bytes()
    assert icns[:4] == b"icns" and struct.unpack(">I", icns[4:8])[0] == len(icns)
    assert b"ic10" in icns  # the 1024 px Retina entry


def test_the_app_icon_is_crisp_at_small_sizes(qapp):
    icon = resources.app_icon()
    assert 16 in [s.width() for s in icon.availableSizes()]
    assert not icon.pixmap(16, 16).isNull()


def test_the_stylesheet_takes_its_colours_from_the_system_palette():
    """Light and dark system themes both work only if the stylesheet names no colour of
    its own: every colour comes from palette(...) roles."""
    import re

    qss = resources.stylesheet()
    assert "QListView#navigation" in qss
    without_comments = re.sub(r"/\*.*?\*/", "", qss, flags=re.DOTALL)
    colours = re.findall(r"(?:color|background(?:-color)?|border(?:-color)?)\s*:\s*([^;]+);",
                         without_comments)
    assert colours and all(value.strip().startswith("palette(") for value in colours), colours
