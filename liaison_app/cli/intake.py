"""Intake commands: `liaison forward` and `liaison import` (DESIGN.md section 5).

Both record forwarded questions through core.questions (the same validation as the
window); the import reports bad rows with the shared import report of core.tabular.
"""

from __future__ import annotations

import argparse
import sys

from liaison_app.cli.common import (
    EXIT_ERROR,
    EXIT_OK,
    CliError,
    open_database,
    print_json,
    print_problems,
)


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    forward = sub.add_parser(
        "forward", parents=[common], help="record a forwarded question",
        description="Record one question forwarded by an agent; prints its id, the open "
                    "question it probably repeats, and FAQ entries that may answer it.")
    forward.add_argument("--agent", required=True, metavar="ID", help="the agent's code (employee number)")
    forward.add_argument("--text", required=True, help="the customer's question")
    forward.add_argument("--context", default="", help="customer context (account, what was tried)")
    forward.add_argument("--product", default="", help="product, e.g. 信用卡")
    forward.add_argument("--urgent", action="store_true", help="the customer is waiting: halve the SLA")
    forward.add_argument("--create-agent", action="store_true",
                         help="add the agent when the code is unknown (default: refuse)")
    forward.add_argument("--agent-name", default="", help="name for an agent created with --create-agent")
    forward.add_argument("--json", action="store_true",
                         help='print {"id", "ref", "duplicate_of", "suggestions"} as JSON')
    forward.set_defaults(func=cmd_forward)

    imp = sub.add_parser(
        "import", parents=[common], help="import forwarded questions from .csv or .jsonl",
        description="Import forwarded questions (columns agent, text, context, product, urgent, "
                    "forwarded_at). CSV may be UTF-8 (with or without BOM), GB18030/GBK or "
                    "UTF-16. Bad rows are reported as FILE, line N, field 'F'; by default "
                    "nothing is imported while any row is bad.")
    imp.add_argument("file", metavar="FILE", help=".csv or .jsonl")
    imp.add_argument("--skip-invalid", action="store_true", help="import the good rows, report the rest")
    imp.add_argument("--create-agents", action="store_true", help="add unknown agents instead of refusing their rows")
    imp.add_argument("--again", action="store_true",
                     help="import a file even though the very same file was imported before")
    imp.add_argument("--json", action="store_true", help="print the import report as JSON")
    imp.set_defaults(func=cmd_import)


def cmd_forward(args: argparse.Namespace) -> int:
    from sqlalchemy import text  # not at import: every `liaison` start builds this parser

    from liaison_app.core.agent_desk.usage import server_restricted
    from liaison_app.core.config import load_settings
    from liaison_app.core.questions.intake import ForwardRequest, forward_question, result_json

    actor = load_settings().actor
    db = open_database(args)
    request = ForwardRequest(agent=args.agent, text=args.text, context=args.context,
                             product=args.product, urgent=args.urgent, source="cli",
                             agent_name=args.agent_name)
    with db.sessions.begin() as session:
        # An agent's login may not read the other open questions: the duplicate check is
        # left to a manager's desk (core/agent_desk/forwards.py), and the server refuses a
        # forward under another agent's code.
        agent = server_restricted(session)
        if agent:
            actor = session.scalar(text("SELECT current_user"))
        result = forward_question(session, request, actor, create_agent=args.create_agent,
                                  check_duplicates=not agent)
        data = result_json(result)
    if args.json:
        print_json(data)
        return EXIT_OK
    print(f"Recorded {result.ref} (id {result.question_id})")
    if result.duplicate_of is not None:
        print(f"Probable duplicate of {result.duplicate_ref} (similarity {result.duplicate_score:.2f}): "
              f"{result.duplicate_text}")
    if result.suggestions:
        print("FAQ suggestions:")
        for hit in result.suggestions:
            print(f"  #{hit.id:<6} {hit.score:6.2f}  {hit.question}")
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    from liaison_app.core.config import load_settings
    from liaison_app.core.questions.file_import import DuplicateFileError, import_questions_chunked

    actor = load_settings().actor
    db = open_database(args)
    quiet = args.json

    def progress(done: int, total: int) -> None:
        if not quiet and sys.stderr.isatty():
            text = f"checked {done:,} rows" if not total else f"imported {done:,} of {total:,}"
            print(f"\r{text}", end="", file=sys.stderr, flush=True)

    try:
        # chunked: forwards and the mail fetch keep writing while a large file goes in
        report = import_questions_chunked(db, args.file, actor, skip_invalid=args.skip_invalid,
                                          create_agents=args.create_agents, progress=progress,
                                          again=args.again)
    except DuplicateFileError as exc:
        raise CliError(f"{exc}; use --again to import it a second time") from exc
    if not quiet and sys.stderr.isatty():
        print(file=sys.stderr)
    failed = bool(report.problems) and report.imported == 0
    if args.json:
        print_json(report.as_json())
        return EXIT_ERROR if failed else EXIT_OK
    print_problems(report.problem_lines())
    if failed:
        print(f"liaison: error: {args.file}: nothing imported: {len(report.problems)} bad row(s)"
              + ("" if args.skip_invalid else "; fix them or use --skip-invalid"), file=sys.stderr)
        return EXIT_ERROR
    summary = f"Imported {report.imported} questions from {args.file} ({report.encoding})"
    if report.imported:
        summary += f": LQ-{report.first_id:06d} to LQ-{report.last_id:06d}"
    if report.problems:
        summary += f"; skipped {report.skipped} bad row(s)"
    if report.agents_created:
        summary += f"; added agents {', '.join(report.agents_created)}"
    print(summary)
    return EXIT_OK

