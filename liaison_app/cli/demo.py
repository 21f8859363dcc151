"""`liaison demo`: fill the database with the demo data set (liaison_app.demo)."""

from __future__ import annotations

import argparse
import sys

from liaison_app.cli.common import EXIT_OK, open_database, print_json


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    demo = sub.add_parser("demo", parents=[common], help="fill the database with demo data")
    demo.add_argument("--size", choices=("standard", "large"), default="standard",
                      help="standard: a realistic small center; large: 200,000 questions and "
                           "50,000 FAQ entries for benchmarks")
    demo.add_argument("--if-empty", action="store_true",
                      help="do nothing (and succeed) when the database already holds data")
    demo.add_argument("--json", action="store_true", help="print counts as JSON")
    demo.set_defaults(func=cmd_demo)


def cmd_demo(args: argparse.Namespace) -> int:
    # The builder and its vocabulary are big: loaded only by this command.
    from liaison_app.core.dashboard import holds_data
    from liaison_app.demo.builder import make_demo

    db = open_database(args)
    if args.if_empty:
        with db.session() as session:
            if holds_data(session):
                if args.json:
                    print_json({})
                else:
                    print(f"{db.display_url} already holds data; no demo data added", file=sys.stderr)
                return EXIT_OK
    quiet = args.json

    def progress(step: str) -> None:
        if not quiet:
            print(step, file=sys.stderr, flush=True)

    counts = make_demo(db, size=args.size, progress=progress)
    if args.json:
        print_json(counts)
    else:
        summary = ", ".join(f"{n} {name}" for name, n in counts.items())
        print(f"Demo data written to {db.display_url}: {summary}")
    return EXIT_OK
