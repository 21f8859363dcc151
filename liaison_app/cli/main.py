"""The command line of DESIGN.md section 5: the parser, built from the command groups.

`liaison` with no command opens the desktop app. Each group module adds its commands
with `register(subparsers, common)` and names the function that runs each one with
`set_defaults(func=…)`; this module only builds the parser and dispatches. The order of
the `register` calls is the order `liaison --help` lists the commands in.

A command's run builds only its own group's parser (`COMMANDS`): building all of them
(about eighty sub-parsers, each help text through gettext) was a tenth of a `liaison faq
search` process. `--help`, no command and anything not recognised build them all.
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

GROUPS = (demo, questions, faq, intake, reports, mail, departments, people, gui, backup, selftest)
# The top-level commands each group registers (test_search_reads holds it equal to what
# they register).
COMMANDS = {
    "demo": demo, "questions": questions, "show": questions, "reopen": questions, "faq": faq,
    "forward": intake, "import": intake, "report": reports, "ask": mail, "mail": mail,
    "password": mail, "departments": departments, "people": people, "audit": people,
    "gui": gui, "backup": backup, "self-test": selftest,
}
# Top-level options that take a value (also as an unambiguous prefix: --co PATH).
_VALUE_OPTIONS = ("--db", "--config")


def named_command(argv: Sequence[str]) -> str | None:
    """The command `argv` names, if it is one of COMMANDS and no help is asked before it."""
    skip = False
    for arg in argv:
        if skip:
            skip = False
        elif arg in ("-h", "--help"):
            return None
        elif arg.startswith("--") and "=" not in arg and any(o.startswith(arg) for o in _VALUE_OPTIONS):
            skip = True
        elif not arg.startswith("-"):
            return arg if arg in COMMANDS else None
    return None


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """The whole parser, or with `command` only the group that registers it."""
    common = common_options()
    parser = argparse.ArgumentParser(
        prog="liaison", parents=[common],
        description="Liaison: forwarded questions, department liaison and the FAQ base of a "
                    "bank call center. Without a command, opens the desktop app.",
    )
    parser.add_argument("--version", action="version", version=f"liaison {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")
    for group in GROUPS if command is None else (COMMANDS[command],):
        group.register(sub, common)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    if argv is None:
        argv = sys.argv[1:]
    args = build_parser(named_command(argv)).parse_args(argv)
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
