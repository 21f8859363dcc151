"""`liaison self-test`: proves a build (or an install) works on this machine, headless.

Opens a temporary SQLite database and runs the migrations, loads what is found at run
time by name or path (translations, icon, stylesheet, OpenCC's data, the PostgreSQL
driver, a keyring backend, the log filter), renders the main window offscreen and exits 0
when everything worked. Used by scripts/build.sh on the folder in dist/.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import time
from collections.abc import Callable
from pathlib import Path


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    test = sub.add_parser(
        "self-test", parents=[common], help="check this installation headless and exit",
        description="Temporary database, migrations, resources, drivers and the main window "
                    "rendered offscreen; exit status 0 when all pass.")
    test.add_argument("--screenshot", metavar="PNG", help="save the rendered main window")
    test.add_argument("--json", action="store_true", help="print the checks as JSON")
    test.set_defaults(func=cmd_self_test)


class _Checks:
    def __init__(self) -> None:
        self.results: list[dict[str, object]] = []

    def run(self, name: str, fn: Callable[[], object]) -> object:
        started = time.perf_counter()
        try:
            detail = fn()
        except Exception as exc:  # noqa: BLE001 - every failure is reported, then exit 1
            self.results.append({"check": name, "ok": False, "detail": f"{type(exc).__name__}: {exc}"})
            return None
        ms = round((time.perf_counter() - started) * 1000)
        self.results.append({"check": name, "ok": True, "detail": str(detail or ""), "ms": ms})
        return detail

    @property
    def ok(self) -> bool:
        return all(r["ok"] for r in self.results)


def cmd_self_test(args: argparse.Namespace) -> int:
    os.environ["QT_QPA_PLATFORM"] = "offscreen"
    checks = _Checks()
    import tempfile  # with shutil, bz2 and lzma: not for every command's start

    # A file left behind in the scratch folder is not a failed check.
    with tempfile.TemporaryDirectory(prefix="liaison-self-test-", ignore_cleanup_errors=True) as tmp:
        os.environ["LIAISON_LOG_DIR"] = tmp
        state: dict[str, object] = {}
        _core_checks(checks, Path(tmp), state)
        if "database" in state:
            _ui_checks(checks, Path(tmp), state, args.screenshot)
            state["database"].close()
        from liaison_app.core.app_logging import shutdown_logging

        shutdown_logging()
    if args.json:
        json.dump({"ok": checks.ok, "checks": checks.results}, sys.stdout, ensure_ascii=False)
        sys.stdout.write("\n")
    else:
        for r in checks.results:
            mark = "ok  " if r["ok"] else "FAIL"
            print(f"{mark} {r['check']}: {r['detail']}")
        print("self-test passed" if checks.ok else "self-test FAILED")
    return 0 if checks.ok else 1


def _core_checks(checks: _Checks, tmp: Path, state: dict) -> None:
    from liaison_app import __version__

    def database():
        from liaison_app.core.database import SCHEMA_HEAD, current_revision, open_database

        db = open_database(f"sqlite:///{tmp / 'self-test.db'}")
        state["database"] = db
        revision = current_revision(db.engine)
        if revision != SCHEMA_HEAD:
            raise RuntimeError(f"schema at {revision}, expected {SCHEMA_HEAD}")
        return f"migrated to {revision}"

    def search():
        from liaison_app.core.search.folding import fold

        if fold("掛失") != fold("挂失"):
            raise RuntimeError("Traditional and Simplified do not fold alike (OpenCC data?)")
        return "OpenCC t2s loaded"

    def postgres_driver():
        import psycopg
        from sqlalchemy import create_engine

        create_engine("postgresql+psycopg://self-test@localhost/none").dispose()
        impl = psycopg.pq.__impl__
        if impl == "python":  # would need a system libpq, which desktops do not have
            raise RuntimeError("psycopg's binary libpq is missing from this installation")
        return f"psycopg {psycopg.__version__} ({impl}, libpq {psycopg.pq.version()})"

    def keyring_backend():
        import keyring

        return type(keyring.get_keyring()).__module__ + "." + type(keyring.get_keyring()).__name__

    def log_masking():
        import logging

        from liaison_app.core.app_logging import flush_logs, setup_logging

        path = setup_logging()
        logging.getLogger("liaison.self-test").info("card 6222021234567890")
        flush_logs()
        if "6222021234567890" in path.read_text(encoding="utf-8"):
            raise RuntimeError("a card number reached the log unmasked")
        return "card numbers masked"

    checks.run("version", lambda: __version__)
    checks.run("database and migrations", database)
    checks.run("search folding", search)
    checks.run("PostgreSQL driver", postgres_driver)
    checks.run("keyring backend", keyring_backend)
    checks.run("log file", log_masking)


def _ui_checks(checks: _Checks, tmp: Path, state: dict, screenshot: str | None) -> None:
    from PySide6.QtCore import QTranslator

    from liaison_app.ui import resources
    from liaison_app.ui.launch import make_application

    app = make_application([])

    def translations():
        from liaison_app.ui.i18n import SHIPPED

        for language in SHIPPED:
            qm = resources.translations_dir() / f"liaison_{language}.qm"
            if not QTranslator().load(str(qm)):
                raise RuntimeError(f"cannot load {qm}")
        return ", ".join(SHIPPED)

    def icon():
        if resources.app_icon().pixmap(64, 64).isNull():
            raise RuntimeError("the application icon does not render")
        return str(resources.path("icons"))

    def style():
        if not resources.stylesheet():
            raise RuntimeError("stylesheet missing")
        return "app.qss"

    def window():
        from liaison_app.core.config import load_settings
        from liaison_app.ui import tasks
        from liaison_app.ui.app import AppController

        controller = AppController(state["database"], load_settings(tmp / "settings.toml"))
        controller.show()
        app.processEvents()
        tasks.wait_for_tasks()
        app.processEvents()
        image = controller.window.grab()
        if image.isNull() or image.width() < 200:
            raise RuntimeError("the main window did not render")
        if screenshot:
            image.save(screenshot)
        controller.window.close()
        controller.window.deleteLater()
        app.processEvents()
        # A poll the window started just before it closed must end before the database
        # and its folder go: it failed on a deleted file, and its journal kept the folder
        # from being removed (a self-test failure under load).
        tasks.wait_for_tasks()
        app.processEvents()
        return f"{image.width()}x{image.height()} on {app.platformName()}"

    checks.run("translations", translations)
    checks.run("icon", icon)
    checks.run("stylesheet", style)
    checks.run("main window", window)
