"""`core/` and `mail/` never import Qt: with PySide6 made unimportable, every module under
them loads and the command line works (DESIGN.md section 4, STYLE.md convention 1)."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

SCRIPT = textwrap.dedent(
    r'''
    import contextlib, importlib, importlib.abc, io, json, pkgutil, sys

    BLOCKED = ("PySide6", "shiboken6", "PyQt5", "PyQt6")

    class BlockQt(importlib.abc.MetaPathFinder):
        def find_spec(self, name, path=None, target=None):
            if name.split(".")[0] in BLOCKED:
                raise ImportError(f"{name} is blocked in this test")
            return None

    sys.meta_path.insert(0, BlockQt())

    def fail(name):
        raise ImportError(f"cannot import {name}")

    imported = []
    for package_name in ("liaison_app.core", "liaison_app.mail"):
        package = importlib.import_module(package_name)
        imported.append(package_name)
        for info in pkgutil.walk_packages(package.__path__, package_name + ".", onerror=fail):
            importlib.import_module(info.name)
            imported.append(info.name)
    import liaison_app.cli as cli
    imported.append("liaison_app.cli")

    version_out = io.StringIO()
    with contextlib.redirect_stdout(version_out):
        try:
            cli.main(["--version"])
            version_code = "no exit"
        except SystemExit as exc:
            version_code = exc.code

    # A real command: open (and migrate) a new database, list its questions as JSON.
    questions_out = io.StringIO()
    with contextlib.redirect_stdout(questions_out):
        questions_code = cli.main(["questions", "--json", "--db", sys.argv[1]])

    print(json.dumps({
        "imported": imported,
        "version_code": version_code,
        "version_out": version_out.getvalue(),
        "questions_code": questions_code,
        "questions_out": questions_out.getvalue(),
        "qt_modules": sorted(m for m in sys.modules if m.split(".")[0] in BLOCKED),
    }))
    '''
)


def test_core_mail_and_cli_work_without_qt(tmp_path):
    db_url = f"sqlite:///{tmp_path / 'qt-free.db'}"
    done = subprocess.run([sys.executable, "-c", SCRIPT, db_url], capture_output=True,
                          text=True, timeout=120, check=False)
    assert done.returncode == 0, done.stderr
    report = json.loads(done.stdout.strip().splitlines()[-1])

    from liaison_app import __version__

    assert report["qt_modules"] == []
    assert report["version_code"] == 0
    assert report["version_out"].strip() == f"liaison {__version__}"
    assert report["questions_code"] == 0
    assert json.loads(report["questions_out"]) == []
    # The walk really reached the modules (an empty walk would prove nothing).
    for name in ("liaison_app.core.questions.workflow", "liaison_app.core.database",
                 "liaison_app.core.models.questions", "liaison_app.core.questions.listing",
                 "liaison_app.core.search.faq_search", "liaison_app.cli"):
        assert name in report["imported"]


def test_the_blocker_really_blocks_qt():
    # Guards the test above: the same finder makes a Qt import fail.
    probe = SCRIPT.split("imported = []")[0] + textwrap.dedent(
        """
        try:
            import PySide6.QtCore
        except ImportError:
            print("blocked")
        else:
            print("loaded")
        """
    )
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                          timeout=60, check=False)
    assert done.stdout.strip() == "blocked", done.stderr
