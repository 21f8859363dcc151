"""`liaison questions` and `liaison show ID`: the question list and one question's history.

The JSON shapes are the contract of DESIGN.md section 5 (core.questions.json_view).
"""

from __future__ import annotations

import argparse
import json
import sys

from liaison_app.cli.common import (
    EXIT_OK,
    CliError,
    open_database,
    parse_question_id,
    print_json,
    terminal_text,
)


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    questions = sub.add_parser("questions", parents=[common], help="list questions")
    questions.add_argument("--status", action="append", metavar="S",
                           help="only questions in state S (repeatable)")
    questions.add_argument("--json", action="store_true", help="print a JSON array")
    questions.set_defaults(func=cmd_questions)

    show = sub.add_parser("show", parents=[common], help="show one question with its history")
    show.add_argument("id", help="question id or reference (123 or LQ-000123)")
    show.add_argument("--json", action="store_true", help="print JSON")
    show.set_defaults(func=cmd_show)

    reopen = sub.add_parser("reopen", parents=[common],
                            help="take a closed or rejected question up again (back to new)")
    reopen.add_argument("id", help="question id or reference (123 or LQ-000123)")
    reopen.add_argument("--reason", default="", help="why it is reopened (kept in its history)")
    reopen.add_argument("--json", action="store_true", help="print JSON")
    reopen.set_defaults(func=cmd_reopen)


def cmd_questions(args: argparse.Namespace) -> int:
    from liaison_app.core.models import QuestionStatus
    from liaison_app.core.questions.json_view import iter_questions_json

    statuses = args.status or []
    valid = {s.value for s in QuestionStatus}
    for status in statuses:
        if status not in valid:
            raise CliError(f"unknown status '{status}' (expected one of {', '.join(sorted(valid))})")
    db = open_database(args)
    with db.session() as session:
        items = iter_questions_json(session, statuses)
        if args.json:
            # Streamed: a center's whole history does not have to fit in memory twice.
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
                print(f"{item['ref']}  {item['status']:<20} "
                      f"{terminal_text(item['department']) or '-':<10} "
                      f"{terminal_text(first_line[:60])}")
    return EXIT_OK


def cmd_show(args: argparse.Namespace) -> int:
    from liaison_app.core.questions.json_view import question_detail

    question_id = parse_question_id(args.id)
    db = open_database(args)
    with db.session() as session:
        data = question_detail(session, question_id)
    if args.json:
        print_json(data)
        return EXIT_OK
    safe = terminal_text  # everything below may come from an agent or a mail sender
    print(f"{data['ref']}  [{data['status']}]  {safe(data['department'])}")
    print(safe(data["text"], lines=True))
    if data["context"]:
        print(f"Context: {safe(data['context'], lines=True)}")
    print(f"Agents: {safe(', '.join(str(a) for a in data['agents']))}")
    if data["due_at"]:
        print(f"Due: {data['due_at']}")
    if data["answer"]:
        print(f"Answer: {safe(data['answer'], lines=True)}")
    print("History:")
    for e in data["events"]:
        print(f"  {e['at']}  {safe(e['actor']):<12} {e['action']:<16} {e['from'] or '-'} -> {e['to']}")
    if data["messages"]:
        print("Messages:")
        for m in data["messages"]:
            print(f"  {m['at']}  {m['direction']:<3} {m['kind']:<5} {m['state']:<9} "
                  f"{safe(m['subject'])}")
    return EXIT_OK


def cmd_reopen(args: argparse.Namespace) -> int:
    from liaison_app.core.config import load_settings
    from liaison_app.core.questions.triage import reopen

    question_id = parse_question_id(args.id)
    actor = load_settings().actor
    db = open_database(args)
    with db.session() as session, session.begin():
        question = reopen(session, question_id, actor, args.reason)
        out = {"id": question.id, "ref": question.ref, "status": question.status}
    if args.json:
        print_json(out)
    else:
        print(f"Reopened {out['ref']}: it is {out['status']} again, waiting for triage.")
    return EXIT_OK
