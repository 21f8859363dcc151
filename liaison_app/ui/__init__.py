"""PySide6 user interface: windows, item models, dialogs and workers. No business rules.

Importing this package loads PySide6 and turns off the per-module source scan of
PySide6's import hook (`shibokensupport.feature`). Shiboken replaces `__import__`, and
for every module imported after it, reads that module's whole source file
(`inspect.getsource`) to learn whether it mentions "PySide6", which only matters for
modules that opt in to `from __feature__ import snake_case / true_property`. Liaison
uses no such feature, and the scan cost 0.1-0.5 s of each start (about 430 modules up to
the main window, 2-core machine), all on the GUI thread before the first rows and while
the window is built. A bundle without sources never pays it; a source install did.
A module that does `from __feature__ import …` still gets its feature: that import
registers the module itself.
"""

import sys

import PySide6  # noqa: F401 - loads shiboken, which installs the import hook


def _skip_feature_scan() -> None:
    feature = sys.modules.get("shibokensupport.feature")
    if feature is not None and hasattr(feature, "_mod_uses_pyside"):
        feature._mod_uses_pyside = lambda _module: False  # see the docstring


_skip_feature_scan()
