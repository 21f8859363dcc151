"""`liaison report NAME [--from DATE --to DATE] [--out FILE]`: a report headless.

Without `--out` the report is printed as JSON on stdout; with it, the file format
follows the extension (.csv, .xlsx, or .pdf, which draws the charts with Qt offscreen).
"""

from __future__ import annotations

import argparse
import os
from datetime import timedelta
from pathlib import Path

from liaison_app.cli.common import EXIT_OK, CliError, open_database, print_json

# The report names of core.reports.NAMES and its default span, spelled out so building
# the parser does not import the database layer (every start of `liaison` builds it);
# a test keeps them equal.
DEFAULT_DAYS = 30
REPORT_NAMES = ("volume", "resolution", "scorecard", "knowledge", "workload")


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    report = sub.add_parser(
        "report", parents=[common], help="a report as JSON, CSV, XLSX or PDF",
        description="volume: intake by day/week, product and category; resolution: FAQ, "
                    "manager and department shares; scorecard: department response times; "
                    "knowledge: FAQ use and growth; workload: open questions by state and age. "
                    f"The period defaults to the last {DEFAULT_DAYS} days (local dates, inclusive).")
    report.add_argument("name", choices=REPORT_NAMES, metavar="NAME",
                        help=" | ".join(REPORT_NAMES))
    report.add_argument("--from", dest="date_from", metavar="DATE", help="first day, YYYY-MM-DD")
    report.add_argument("--to", dest="date_to", metavar="DATE", help="last day, YYYY-MM-DD")
    report.add_argument("--period", choices=("week", "month", "quarter"),
                        help="the calendar week, month or quarter holding --to (default today)")
    report.add_argument("--working-hours", action="store_true",
                        help="scorecard: add response times in working hours")
    report.add_argument("--out", metavar="FILE", help="write .csv, .xlsx or .pdf instead of JSON")
    report.add_argument("--json", action="store_true",
                        help="print JSON (the default without --out; with --out: what was written)")
    report.set_defaults(func=cmd_report)


def report_period(args: argparse.Namespace):
    """The period of --from, --to and --period; CliError names what is wrong with them."""
    from liaison_app.core.reports.period import custom_period, parse_date, period_of, today

    def typed(text: str, flag: str):
        try:
            return parse_date(text)
        except ValueError as exc:
            raise CliError(f"{flag}: {exc}") from exc

    last = typed(args.date_to, "--to") if args.date_to else today()
    if args.period and args.date_from:
        raise CliError("give either --period or --from, not both")
    try:
        if args.period:
            return period_of(args.period, last)
        first = (typed(args.date_from, "--from") if args.date_from
                 else last - timedelta(days=DEFAULT_DAYS - 1))
        return custom_period(first, last)
    except (ValueError, OverflowError) as exc:  # a period ending before it starts, or
        # one reaching past the dates reports cover (30 days before --to 1900-01-05)
        raise CliError(f"{exc} (--from/--to)") from exc


def cmd_report(args: argparse.Namespace) -> int:
    from liaison_app.core.reports import build_report
    from liaison_app.core.reports.export import format_for, write_report

    period = report_period(args)
    try:
        fmt = format_for(args.out) if args.out else None
    except ValueError as exc:  # --out names no format we write
        raise CliError(str(exc)) from exc
    if args.out:
        folder = Path(args.out).expanduser().parent
        if not folder.is_dir():
            raise CliError(f"{folder}: no such folder for --out {args.out}")
    db = open_database(args)
    with db.session() as session:
        report = build_report(session, args.name, period, working_hours=args.working_hours)
    if fmt is None:
        data = report.as_json()
        if args.name == "scorecard":
            # The contract: the scorecard's JSON lists one object per department; each
            # also names the period it covers.
            data = [{**row, "from": data["from"], "to": data["to"]} for row in data["departments"]]
        print_json(data)
        return EXIT_OK
    if fmt == "pdf":
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from liaison_app.ui.labels.reports import localize
        from liaison_app.ui.report_pdf import write_pdf

        # Readable labels (states, tiers) rather than keys; English unless a translator
        # is installed, which the command line does not do.
        path = write_pdf(localize(report), args.out)
    else:
        path = write_report(report, args.out)
    if args.json:
        print_json({"report": args.name, "path": str(path), "format": fmt,
                    "from": period.first.isoformat(), "to": period.last.isoformat()})
    else:
        print(f"Wrote the {args.name} report for {period.label} to {path} ({fmt})")
    return EXIT_OK
