"""`liaison departments export|import`: the directory CSV of core.directory.csv_transfer."""

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
    departments = sub.add_parser(
        "departments", parents=[common], help="the department directory: export, import",
        description="The department directory as one CSV file, one row per contact with the "
                    "department's fields repeated.")
    dsub = departments.add_subparsers(dest="departments_command", metavar="DEPARTMENTS_COMMAND",
                                      required=True)
    export = dsub.add_parser(
        "export", parents=[common], help="write the directory as CSV (UTF-8 with BOM, for Excel)")
    export.add_argument("--out", metavar="FILE", required=True, help="the .csv file to write")
    export.add_argument("--json", action="store_true", help="print what was written as JSON")
    export.set_defaults(func=cmd_export)
    imp = dsub.add_parser(
        "import", parents=[common], help="add or update departments and contacts from CSV",
        description="Departments are matched by name, contacts by email. UTF-8 (with or "
                    "without BOM) or GB18030/GBK. Bad rows are reported as FILE, line N, "
                    "field 'F'; by default nothing is written while any row is bad.")
    imp.add_argument("file", metavar="FILE", help="the .csv file")
    imp.add_argument("--skip-invalid", action="store_true",
                     help="import the good departments, report the rest")
    imp.add_argument("--json", action="store_true", help="print the import report as JSON")
    imp.set_defaults(func=cmd_import)


def cmd_export(args: argparse.Namespace) -> int:
    from liaison_app.core.directory.csv_transfer import export_directory

    db = open_database(args)
    try:
        with db.session() as session:
            written = export_directory(session, args.out)
    except OSError as exc:
        raise CliError(f"{args.out}: cannot write the file: {exc.strerror or exc}") from exc
    if args.json:
        print_json(written)
    else:
        print(f"Wrote {written['departments']} departments and {written['contacts']} "
              f"contacts to {args.out}")
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    from liaison_app.core.directory.csv_transfer import import_directory

    db = open_database(args)
    with db.sessions.begin() as session:
        report = import_directory(session, args.file, skip_invalid=args.skip_invalid)
    refused = bool(report.problems) and not args.skip_invalid
    if args.json:
        print_json(report.as_json())
        return EXIT_ERROR if refused else EXIT_OK
    print_problems(report.problem_lines())
    if refused:
        print(f"liaison: error: {args.file}: nothing imported: {len(report.problems)} "
              "problem(s); fix them or use --skip-invalid", file=sys.stderr)
        return EXIT_ERROR
    summary = (f"Departments: {report.departments_created} added, {report.departments_updated} "
               f"updated, {report.departments_unchanged} unchanged; contacts: "
               f"{report.contacts_created} added, {report.contacts_updated} updated "
               f"({report.encoding})")
    if report.skipped:
        summary += f"; skipped {report.skipped} row(s) of departments with problems"
    print(summary)
    return EXIT_OK

