"""The command line of DESIGN.md section 5: the parser, built from the command groups.

`liaison` with no command opens the desktop app. Each group module adds its commands
with `register(subparsers, common)` and names the function that runs each one with
`set_defaults(func=…)`; this module only builds the parser and dispatches. The order of
the `register` calls is the order `liaison --help` lists the commands in.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence

from liaison_app import __version__
from liaison_app.cli import (
    backup,
    demo,
    departments,
    faq,
    gui,
    intake,
    mail,
    people,
    questions,
    reports,
    selftest,
)
from liaison_app.cli.common import (
    EXIT_ERROR,
    EXIT_OK,
    close_databases,
    common_options,
    error_line,
    user_errors,
)
from liaison_app.core import paths


def build_parser() -> argparse.ArgumentParser:
    common = common_options()
    parser = argparse.ArgumentParser(
        prog="liaison", parents=[common],
        description="Liaison: forwarded questions, department liaison and the FAQ base of a "
                    "bank call center. Without a command, opens the desktop app.",
    )
    parser.add_argument("--version", action="version", version=f"liaison {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for group in (demo, questions, faq, intake, reports, mail, departments, people, gui, backup, selftest):
        group.register(sub, common)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    paths.private_umask()  # database, backups, exports and logs: owner only
    if getattr(args, "config", None):
        os.environ["LIAISON_CONFIG"] = args.config
    run = getattr(args, "func", gui.run)  # no command: the desktop app
    try:
        return run(args)
    except KeyboardInterrupt:
        print("liaison: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK
    except user_errors() as exc:
        print(error_line(exc), file=sys.stderr)
        return EXIT_ERROR
    finally:
        close_databases()


if __name__ == "__main__":
    sys.exit(main())
