"""What every command of the command line shares: exit codes, errors, the database, JSON.

The contract of DESIGN.md section 5: every command takes `--db` and `--config` (before or
after the command name), prints a one-line error and exits non-zero on bad input, and
with `--json` prints only JSON on stdout. Building the parser imports nothing heavy
(every start of `liaison`, even `--version`, builds it); the database layer is loaded
only by the commands that open it.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from liaison_app.core.database import Database

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2

# Problem lines printed before "and N more": enough to fix a file, not a screenful per row.
MAX_PROBLEM_LINES = 50


class CliError(Exception):
    """A user-facing error: printed as one line, exit status 1."""


def common_options() -> argparse.ArgumentParser:
    """The parent parser of every command: `--db` and `--config`."""
    common = argparse.ArgumentParser(add_help=False)
    # SUPPRESS lets the option appear before or after the command without overwriting.
    common.add_argument("--db", metavar="URL", default=argparse.SUPPRESS,
                        help="SQLAlchemy database URL (default: the SQLite file in the user data directory)")
    common.add_argument("--config", metavar="PATH", default=argparse.SUPPRESS,
                        help="settings file (default: settings.toml in the user config directory)")
    return common


_opened: list[Database] = []


def open_database(args: argparse.Namespace) -> Database:
    """Open the database of `--db`; `close_databases` closes it when the command ends."""
    from liaison_app.core.database import open_database as open_url  # the database layer is heavy

    database = open_url(getattr(args, "db", None))
    _opened.append(database)
    return database


def close_databases() -> None:
    while _opened:
        _opened.pop().close()


def print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False)
    sys.stdout.write("\n")


# Question ids are PostgreSQL `integer`s: a larger number names no question (and would
# overflow the driver), so it is refused here rather than sent to the database.
MAX_QUESTION_ID = 2**31 - 1


def parse_question_id(text: str) -> int:
    """123, LQ-000123 or lq123 as the question id; -1, 0 and huge numbers are refused."""
    cleaned = text.strip().upper()
    if cleaned.startswith("LQ"):
        cleaned = cleaned.removeprefix("LQ").removeprefix("-")
    if not (cleaned.isascii() and cleaned.isdigit()) or not 1 <= int(cleaned) <= MAX_QUESTION_ID:
        raise CliError(f"'{text}' is not a question id (expected a number from 1 or LQ-000123)")
    return int(cleaned)


def print_problems(lines: Sequence[str]) -> None:
    """An import's problem lines on stderr, the first MAX_PROBLEM_LINES and how many more."""
    for line in lines[:MAX_PROBLEM_LINES]:
        print(line, file=sys.stderr)
    if len(lines) > MAX_PROBLEM_LINES:
        print(f"and {len(lines) - MAX_PROBLEM_LINES} more", file=sys.stderr)


def user_errors() -> tuple[type[BaseException], ...]:
    """The exceptions that mean bad input or an unusable database, shown as one line.

    Anything else (a ValueError or KeyError from a bug among them) propagates with its
    traceback. Imported when a command has run into one, not at start-up: most of these
    live beside the database layer.
    """
    from sqlalchemy.exc import SQLAlchemyError

    from liaison_app.core.config import ConfigError
    from liaison_app.core.database import DatabaseError
    from liaison_app.core.questions.workflow import DomainError
    from liaison_app.core.tabular import ImportFileError

    return (CliError, DomainError, DatabaseError, ConfigError, ImportFileError, SQLAlchemyError)


def error_line(exc: BaseException) -> str:
    """`liaison: error: …` on one line, whatever the exception's text holds."""
    from sqlalchemy.exc import SQLAlchemyError

    # The driver's own words only: SQLAlchemy's text would add the statement and its
    # parameters (customer text, unmasked) to the terminal.
    reason = exc.orig if isinstance(exc, SQLAlchemyError) and getattr(exc, "orig", None) else exc
    message = " ".join(str(reason).split())  # the contract: a one-line error
    return f"liaison: error: {terminal_text(message)}"


# C0 controls but line feed and tab, DEL, C1 controls (0x9b is a one-byte CSI), and the
# bidirectional overrides that make a terminal show text in another order than stored.
_UNSAFE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def terminal_text(text: str | None, *, lines: bool = False) -> str:
    """`text` safe to print: escape sequences and control characters shown escaped.

    Forwarded text and mail subjects come from outside: an ESC in them would let a sender
    recolour, retitle or rewrite the manager's terminal. They are shown as `\\x1b` and
    the like; `--json` output stays exact. Line breaks are kept only when `lines` is set.
    """
    if not text:
        return text or ""
    if not lines:
        text = text.replace("\r\n", "\n").replace("\n", "\\n")
    return _UNSAFE.sub(lambda m: m.group(0).encode("unicode_escape").decode("ascii"), text)
