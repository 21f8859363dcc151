"""`liaison self-test` checks an installation headless and says which part failed."""

from __future__ import annotations

import json
import os
import subprocess
import sys


def test_self_test_passes_and_renders_the_main_window(tmp_path):
    env = dict(os.environ)
    env.pop("QT_QPA_PLATFORM", None)  # the command itself chooses offscreen
    shot = tmp_path / "window.png"
    done = subprocess.run([sys.executable, "-m", "liaison_app", "self-test", "--json",
                           "--screenshot", str(shot)],
                          capture_output=True, text=True, timeout=120, env=env, check=False)
    assert done.returncode == 0, done.stdout + done.stderr
    report = json.loads(done.stdout)
    assert report["ok"] is True
    names = {c["check"] for c in report["checks"] if c["ok"]}
    assert {"database and migrations", "translations", "icon", "main window",
            "PostgreSQL driver", "search folding", "log file"} <= names
    assert shot.stat().st_size > 10_000  # a real picture of the window


def test_self_test_fails_loudly_when_a_part_is_missing(tmp_path):
    # A resources folder without translations (as a broken bundle would have).
    (tmp_path / "resources" / "translations").mkdir(parents=True)
    probe = (
        "import sys; from liaison_app.ui import resources; "
        "resources.resources_dir.cache_clear(); "
        f"resources.resources_dir = lambda: __import__('pathlib').Path({str(tmp_path / 'resources')!r}); "
        "from liaison_app.cli import main; sys.exit(main(['self-test']))"
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          timeout=120, check=False)
    assert done.returncode == 1
    assert "FAIL translations" in done.stdout and "self-test FAILED" in done.stdout
