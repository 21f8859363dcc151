"""The desktop bundle: scripts/build.sh builds dist/Liaison with PyInstaller and runs
`Liaison --version` and `Liaison self-test` from a copy outside the source tree.

Marked packaging (and slow): a build from scratch takes about a minute on a 2-core
machine (30 s with PyInstaller's cache in build/), so it runs only when asked for with
`--packaging` (`.ci/run` does: `pytest --packaging tests/packaging`).
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.packaging


@pytest.mark.slow
@pytest.mark.skipif(sys.platform == "win32", reason="scripts/build.sh is for Linux and macOS")
def test_the_built_folder_runs_its_self_test_without_the_source_tree():
    done = subprocess.run(["bash", str(ROOT / "scripts" / "build.sh")], cwd=ROOT,
                          capture_output=True, text=True, timeout=900, check=False)
    assert done.returncode == 0, done.stdout[-3000:] + done.stderr[-3000:]
    from liaison_app import __version__

    assert f"liaison {__version__}" in done.stdout
    assert "ok   main window" in done.stdout and "self-test passed" in done.stdout
    internal = ROOT / "dist" / "Liaison" / "_internal"
    # Left out: QML/Quick, the virtual keyboard, WebEngine, Tk; in: the translations.
    assert not list(internal.rglob("libQt6Quick*")) and not list(internal.rglob("*WebEngine*"))
    assert not list(internal.rglob("_tkinter*"))
    assert (internal / "resources" / "translations" / "liaison_zh_TW.qm").exists()
    assert (internal / "liaison_app" / "core" / "migrations" / "versions").is_dir()
    assert (internal / "docs" / "user-guide.md").exists()  # Help › User guide
    assert (internal / "docs" / "screenshots" / "inbox.png").exists()
