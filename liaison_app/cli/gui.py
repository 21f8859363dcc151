"""`liaison gui` (and `liaison` without a command): open the desktop app."""

from __future__ import annotations

import argparse


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    sub.add_parser("gui", parents=[common],
                   help="open the desktop app (the default)").set_defaults(func=run)


def run(args: argparse.Namespace) -> int:
    from liaison_app.ui.launch import run_app  # Qt: loaded only when the window opens

    return run_app(db_url=getattr(args, "db", None), config_path=getattr(args, "config", None))
