"""The command line of DESIGN.md section 5.

`liaison` with no command opens the desktop app. Every command takes `--db` and
`--config` (before or after the command name), prints a one-line error and exits
non-zero on bad input, and with `--json` prints only JSON on stdout.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Sequence
from typing import Any

from liaison_app import __version__

EXIT_OK = 0
EXIT_ERROR = 1
EXIT_USAGE = 2


class CliError(Exception):
    """A user-facing error: printed as one line, exit status 1."""


def _common() -> argparse.ArgumentParser:
    common = argparse.ArgumentParser(add_help=False)
    # SUPPRESS lets the option appear before or after the command without overwriting.
    common.add_argument("--db", metavar="URL", default=argparse.SUPPRESS,
                        help="SQLAlchemy database URL (default: the SQLite file in the user data directory)")
    common.add_argument("--config", metavar="PATH", default=argparse.SUPPRESS,
                        help="settings file (default: settings.toml in the user config directory)")
    return common


def build_parser() -> argparse.ArgumentParser:
    common = _common()
    parser = argparse.ArgumentParser(
        prog="liaison", parents=[common],
        description="Liaison: forwarded questions, department liaison and the FAQ base of a "
                    "bank call center. Without a command, opens the desktop app.",
    )
    parser.add_argument("--version", action="version", version=f"liaison {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    demo = sub.add_parser("demo", parents=[common], help="fill the database with demo data")
    demo.add_argument("--size", choices=("standard", "large"), default="standard",
                      help="standard: a realistic small center; large: 200,000 questions and "
                           "50,000 FAQ entries for benchmarks")
    demo.add_argument("--if-empty", action="store_true",
                      help="do nothing (and succeed) when the database already holds data")
    demo.add_argument("--json", action="store_true", help="print counts as JSON")

    questions = sub.add_parser("questions", parents=[common], help="list questions")
    questions.add_argument("--status", action="append", metavar="S",
                           help="only questions in state S (repeatable)")
    questions.add_argument("--json", action="store_true", help="print a JSON array")

    show = sub.add_parser("show", parents=[common], help="show one question with its history")
    show.add_argument("id", help="question id or reference (123 or LQ-000123)")
    show.add_argument("--json", action="store_true", help="print JSON")

    faq = sub.add_parser("faq", parents=[common], help="the FAQ base: search, import, export")
    faq_sub = faq.add_subparsers(dest="faq_command", metavar="FAQ_COMMAND", required=True)
    search = faq_sub.add_parser("search", parents=[common], help="ranked FAQ entries for a query")
    search.add_argument("query", nargs="?", help="words to search for (either Chinese script)")
    search.add_argument("--batch", metavar="FILE",
                        help="one query per line; prints one JSON line of hits per query")
    search.add_argument("--limit", type=int, default=10, help="hits per query (default 10)")
    search.add_argument("--all", action="store_true",
                        help="include drafts, retired and expired entries (the manager's view)")
    search.add_argument("--json", action="store_true", help="print JSON")
    _add_faq_import_export(faq_sub, common)
    from liaison_app.cli import faq_upkeep as cli_faq_upkeep

    cli_faq_upkeep.add_parsers(faq_sub, common)

    from liaison_app.cli import intake as cli_intake

    cli_intake.add_parsers(sub, common)
    from liaison_app.cli.reports import add_report_parser

    add_report_parser(sub, common)
    from liaison_app.cli import mail as cli_mail

    cli_mail.add_parsers(sub, common)
    from liaison_app.cli import directory as cli_directory

    cli_directory.add_parsers(sub, common)
    sub.add_parser("gui", parents=[common], help="open the desktop app (the default)")
    from liaison_app.cli.backup import add_backup_parser

    add_backup_parser(sub, common)
    from liaison_app.cli.selftest import add_self_test_parser

    add_self_test_parser(sub, common)
    return parser


def _add_faq_import_export(faq_sub, common: argparse.ArgumentParser) -> None:
    faq_import = faq_sub.add_parser(
        "import", parents=[common], help="import an FAQ base from .csv, .xlsx or .jsonl",
        description="Import FAQ entries (published unless a status column says otherwise). "
                    "Every bad row is reported as FILE:LINE: FIELD: message; by default "
                    "nothing is written when any row is bad.")
    faq_import.add_argument("file", metavar="FILE", help=".csv (UTF-8 or GBK), .xlsx or .jsonl")
    faq_import.add_argument("--skip-invalid", action="store_true",
                            help="import the good rows and report the bad ones")
    faq_import.add_argument("--map", metavar="SPEC",
                            help='column headers to fields, e.g. "標準問題=question,回覆=answer"')
    faq_import.add_argument("--json", action="store_true",
                            help='print {"imported", "skipped", "errors", "warnings"} as JSON')
    faq_export = faq_sub.add_parser(
        "export", parents=[common], help="export the FAQ for agents (html, md, csv, jsonl)",
        description="Export published entries valid now (all entries with --all). HTML is "
                    "one self-contained page with the current bulletins and a search box.")
    faq_export.add_argument("--format", choices=("html", "md", "csv", "jsonl"),
                            help="the file format (default: from the --out file name)")
    faq_export.add_argument("--out", metavar="PATH", required=True, help="the file to write")
    faq_export.add_argument("--all", action="store_true",
                            help="include drafts, entries in review, retired and expired entries")
    faq_export.add_argument("--json", action="store_true", help="print what was written as JSON")


_opened: list = []


def _open(args: argparse.Namespace):
    """Open the database of `--db`; main() closes it when the command ends."""
    from liaison_app.core.database import open_database

    database = open_database(getattr(args, "db", None))
    _opened.append(database)
    return database


def _print_json(data: Any) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False)
    sys.stdout.write("\n")


def _parse_question_id(text: str) -> int:
    cleaned = text.strip().upper().removeprefix("LQ").lstrip("-")
    if not cleaned.isdigit():
        raise CliError(f"'{text}' is not a question id (expected a number or LQ-000123)")
    return int(cleaned)


def cmd_demo(args: argparse.Namespace) -> int:
    from liaison_app.core.dashboard import holds_data
    from liaison_app.demo.builder import make_demo

    db = _open(args)
    if args.if_empty:
        with db.session() as session:
            if holds_data(session):
                if args.json:
                    _print_json({})
                else:
                    print(f"{db.display_url} already holds data; no demo data added", file=sys.stderr)
                return EXIT_OK
    quiet = args.json

    def progress(step: str) -> None:
        if not quiet:
            print(step, file=sys.stderr, flush=True)

    counts = make_demo(db, size=args.size, progress=progress)
    if args.json:
        _print_json(counts)
    else:
        summary = ", ".join(f"{n} {name}" for name, n in counts.items())
        print(f"Demo data written to {db.display_url}: {summary}")
    return EXIT_OK


def cmd_questions(args: argparse.Namespace) -> int:
    from liaison_app.core.models import QuestionStatus
    from liaison_app.core.questions.json_view import iter_questions_json

    statuses = args.status or []
    valid = {s.value for s in QuestionStatus}
    for status in statuses:
        if status not in valid:
            raise CliError(f"unknown status '{status}' (expected one of {', '.join(sorted(valid))})")
    db = _open(args)
    with db.session() as session:
        items = iter_questions_json(session, statuses)
        if args.json:
            out = sys.stdout
            out.write("[")
            for i, item in enumerate(items):
                if i:
                    out.write(",\n")
                out.write(json.dumps(item, ensure_ascii=False))
            out.write("]\n")
        else:
            for item in items:
                first_line = item["text"].splitlines()[0] if item["text"] else ""
                print(f"{item['ref']}  {item['status']:<20} {item['department'] or '-':<10} "
                      f"{first_line[:60]}")
    return EXIT_OK


def cmd_show(args: argparse.Namespace) -> int:
    from liaison_app.core.questions.json_view import question_detail

    question_id = _parse_question_id(args.id)
    db = _open(args)
    with db.session() as session:
        data = question_detail(session, question_id)
    if args.json:
        _print_json(data)
        return EXIT_OK
    print(f"{data['ref']}  [{data['status']}]  {data['department'] or ''}")
    print(data["text"])
    if data["context"]:
        print(f"Context: {data['context']}")
    print(f"Agents: {', '.join(data['agents'])}")
    if data["due_at"]:
        print(f"Due: {data['due_at']}")
    if data["answer"]:
        print(f"Answer: {data['answer']}")
    print("History:")
    for e in data["events"]:
        print(f"  {e['at']}  {e['actor']:<12} {e['action']:<16} {e['from'] or '-'} -> {e['to']}")
    if data["messages"]:
        print("Messages:")
        for m in data["messages"]:
            print(f"  {m['at']}  {m['direction']:<3} {m['kind']:<5} {m['state']:<9} {m['subject']}")
    return EXIT_OK


def cmd_faq(args: argparse.Namespace) -> int:
    from liaison_app.core.search.faq_search import search_faq, synonym_groups

    if args.limit < 1:
        raise CliError("--limit must be at least 1")
    if bool(args.query) == bool(args.batch):
        raise CliError("give either a QUERY or --batch FILE")
    queries: list[str]
    if args.batch:
        try:
            with open(args.batch, encoding="utf-8-sig") as fh:
                queries = [line.rstrip("\r\n") for line in fh]
        except (OSError, UnicodeDecodeError) as exc:
            raise CliError(f"{args.batch}: cannot read queries: {exc}") from exc
    else:
        queries = [args.query]
    db = _open(args)
    with db.session() as session:
        groups = synonym_groups(session)
        for query in queries:
            hits = search_faq(session, query, args.limit, published_only=not args.all, groups=groups)
            if args.batch or args.json:
                payload = [h.as_json() for h in hits]
                print(json.dumps(payload, ensure_ascii=False))
            else:
                if not hits:
                    print("no matching FAQ entry")
                for h in hits:
                    print(f"{h.id:>6}  {h.score:6.2f}  {h.question}")
    return EXIT_OK


_MAX_PROBLEM_LINES = 50


def cmd_faq_import(args: argparse.Namespace) -> int:
    from liaison_app.core.config import load_settings
    from liaison_app.core.faq.file_import import import_faq, parse_mapping

    mapping = parse_mapping(args.map)
    actor = load_settings().actor
    db = _open(args)
    with db.sessions.begin() as session:
        result = import_faq(session, args.file, actor=actor, skip_invalid=args.skip_invalid,
                            mapping=mapping)
    failed = bool(result.errors) and result.imported == 0
    if args.json:
        _print_json(result.as_json())
        return EXIT_ERROR if failed else EXIT_OK
    problems = [str(p) for p in result.errors] + [f"{p} (warning)" for p in result.warnings]
    for line in problems[:_MAX_PROBLEM_LINES]:
        print(line, file=sys.stderr)
    if len(problems) > _MAX_PROBLEM_LINES:
        print(f"and {len(problems) - _MAX_PROBLEM_LINES} more", file=sys.stderr)
    if failed:
        print(f"liaison: error: {args.file}: nothing imported: {len(result.errors)} problem(s) "
              f"in {result.skipped} row(s)"
              + ("" if args.skip_invalid else "; fix them or use --skip-invalid"), file=sys.stderr)
        return EXIT_ERROR
    summary = f"Imported {result.imported} FAQ entries from {args.file}"
    if result.skipped:
        summary += f"; skipped {result.skipped} bad row(s)"
    if result.warnings:
        summary += f"; {len(result.warnings)} warning(s)"
    print(summary)
    return EXIT_OK


def cmd_faq_export(args: argparse.Namespace) -> int:
    from liaison_app.core.faq.export import export_faq, format_for

    fmt = format_for(args.out, args.format)
    db = _open(args)
    with db.session() as session:
        result = export_faq(session, args.out, fmt, include_all=args.all)
    if args.json:
        _print_json(result.as_json())
    else:
        extra = f" and {result.bulletins} bulletins" if fmt == "html" else ""
        print(f"Wrote {result.entries} FAQ entries{extra} to {result.path} ({fmt})")
    return EXIT_OK


def cmd_faq_command(args: argparse.Namespace) -> int:
    from liaison_app.cli import faq_upkeep as cli_faq_upkeep

    handler = {"import": cmd_faq_import, "export": cmd_faq_export,
               **cli_faq_upkeep.COMMANDS}.get(args.faq_command, cmd_faq)
    return handler(args)


def cmd_report(args: argparse.Namespace) -> int:
    from liaison_app.cli.reports import cmd_report as run_report

    return run_report(args, _open)


def cmd_gui(args: argparse.Namespace) -> int:
    from liaison_app.ui.launch import run_app

    return run_app(db_url=getattr(args, "db", None), config_path=getattr(args, "config", None))


def cmd_backup(args: argparse.Namespace) -> int:
    from liaison_app.cli.backup import cmd_backup as run

    return run(args)


def cmd_self_test(args: argparse.Namespace) -> int:
    from liaison_app.cli.selftest import cmd_self_test as run

    return run(args)


COMMANDS: dict[str, Callable[[argparse.Namespace], int]] = {
    "demo": cmd_demo,
    "questions": cmd_questions,
    "show": cmd_show,
    "faq": cmd_faq_command,
    "report": cmd_report,
    "gui": cmd_gui,
    "backup": cmd_backup,
    "self-test": cmd_self_test,
}


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if getattr(args, "config", None):
        import os

        os.environ["LIAISON_CONFIG"] = args.config
    from liaison_app.cli import directory as cli_directory
    from liaison_app.cli import intake as cli_intake
    from liaison_app.cli import mail as cli_mail

    handler = {**COMMANDS, **cli_intake.COMMANDS, **cli_mail.COMMANDS,
               **cli_directory.COMMANDS}[args.command or "gui"]
    from sqlalchemy.exc import SQLAlchemyError

    from liaison_app.core.config import ConfigError
    from liaison_app.core.database import DatabaseError
    from liaison_app.core.questions.workflow import DomainError

    try:
        return handler(args)
    except (CliError, DomainError, DatabaseError, ConfigError, ValueError, SQLAlchemyError) as exc:
        # The driver's own words only: SQLAlchemy's text would add the statement and its
        # parameters (customer text, unmasked) to the terminal.
        reason = exc.orig if isinstance(exc, SQLAlchemyError) and getattr(exc, "orig", None) else exc
        message = " ".join(str(reason).split())  # the contract: a one-line error
        print(f"liaison: error: {message}", file=sys.stderr)
        return EXIT_ERROR
    except KeyboardInterrupt:
        print("liaison: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return EXIT_OK
    finally:
        while _opened:
            _opened.pop().close()


if __name__ == "__main__":
    sys.exit(main())
