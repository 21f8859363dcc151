"""`liaison people add|grant|revoke|disable|list` and `liaison audit` (core/team).

Run by the schema owner or a person with the admin role, connected as themselves
(`--db postgresql+psycopg://LOGIN@host/db`); on SQLite the people are only a record.
"""

from __future__ import annotations

import argparse
import sys
from datetime import datetime

from liaison_app.cli.common import EXIT_OK, CliError, open_database, print_json


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    people = sub.add_parser("people", parents=[common], help="people of a team database and their roles")
    actions = people.add_subparsers(dest="people_command", metavar="ACTION", required=True)

    add = actions.add_parser("add", parents=[common], help="add a person (their own PostgreSQL login)")
    add.add_argument("login", metavar="LOGIN")
    add.add_argument("--name", required=True, help="the person's name as the audit shows it")
    _role_options(add, required=True)
    add.add_argument("--agent", metavar="CODE", help="the agent code (for the agent role)")
    add.add_argument("--password-stdin", action="store_true",
                     help="read a first password from stdin (changed at first sign-in); "
                          "without it LOGIN must exist already, e.g. an LDAP user")
    add.add_argument("--json", action="store_true", help="print the person as JSON")
    add.set_defaults(func=cmd_add)

    for name, verb in (("grant", "give"), ("revoke", "take")):
        change = actions.add_parser(name, parents=[common], help=f"{verb} roles or departments")
        change.add_argument("login", metavar="LOGIN")
        _role_options(change, required=False)
        change.add_argument("--json", action="store_true", help="print the person as JSON")
        change.set_defaults(func=cmd_change, change=name)

    disable = actions.add_parser("disable", parents=[common], help="the person can no longer sign in")
    disable.add_argument("login", metavar="LOGIN")
    disable.add_argument("--json", action="store_true", help="print the person as JSON")
    disable.set_defaults(func=cmd_disable)

    listing = actions.add_parser("list", parents=[common], help="everyone, with roles and departments")
    listing.add_argument("--json", action="store_true", help="print a JSON array")
    listing.set_defaults(func=cmd_list)

    audit = sub.add_parser("audit", parents=[common], help="who changed what, and when")
    audit.add_argument("--since", required=True, metavar="DATE", help="ISO date or date-time (UTC)")
    audit.add_argument("--until", metavar="DATE", help="ISO date or date-time (UTC), exclusive")
    audit.add_argument("--person", metavar="LOGIN", help="only this person's changes")
    audit.add_argument("--target", metavar="TABLE[:ID]", help="only changes of this table or row")
    audit.add_argument("--json", action="store_true", help="print a JSON array")
    audit.set_defaults(func=cmd_audit)


def _role_options(parser: argparse.ArgumentParser, required: bool) -> None:
    parser.add_argument("--role", action="append", default=[], required=required,
                        choices=("manager", "supervisor", "department", "agent", "admin"),
                        help="a Liaison role (repeatable)")
    parser.add_argument("--department", action="append", default=[], metavar="NAME",
                        help="a department the person answers for (repeatable)")


def _run(args: argparse.Namespace, work):
    from liaison_app.core.team.admin import PeopleError, person_json

    db = open_database(args)
    try:
        with db.sessions.begin() as session:
            row = work(session)
            data = person_json(session, row) if row is not None else None
    except PeopleError as exc:
        raise CliError(str(exc)) from exc
    return data


def _print_person(args: argparse.Namespace, data: dict, verb: str) -> None:
    if args.json:
        print_json(data)
    else:
        print(f"{verb} {data['login']} ({data['name']}): roles {', '.join(data['roles']) or '-'}; "
              f"departments {', '.join(map(str, data['departments'])) or '-'}"
              + ("" if data["active"] else "; disabled"))


def cmd_add(args: argparse.Namespace) -> int:
    from liaison_app.core.team import admin

    password = None
    if args.password_stdin:
        password = sys.stdin.readline().rstrip("\r\n")
        if not password:
            raise CliError("no password on stdin")
    data = _run(args, lambda s: admin.add_person(
        s, args.login, args.name, args.role, args.department, args.agent, password))
    _print_person(args, data, "Added")
    return EXIT_OK


def cmd_change(args: argparse.Namespace) -> int:
    from liaison_app.core.team import admin

    if not args.role and not args.department:
        raise CliError("give --role or --department")
    work = admin.grant if args.change == "grant" else admin.revoke
    data = _run(args, lambda s: work(s, args.login, args.role, args.department))
    _print_person(args, data, "Granted" if args.change == "grant" else "Revoked")
    return EXIT_OK


def cmd_disable(args: argparse.Namespace) -> int:
    from liaison_app.core.team import admin

    data = _run(args, lambda s: admin.disable(s, args.login))
    _print_person(args, data, "Disabled")
    return EXIT_OK


def cmd_list(args: argparse.Namespace) -> int:
    from liaison_app.core.team.admin import list_people

    db = open_database(args)
    with db.session() as session:
        people = list_people(session)
    if args.json:
        print_json(people)
    else:
        for p in people:
            print(f"{p['login']:<20} {p['name']:<12} {','.join(p['roles']):<24} "
                  f"{','.join(map(str, p['departments'])) or '-':<16} "
                  f"{p['agent'] or '-':<10} {'active' if p['active'] else 'disabled'}")
    return EXIT_OK


def _parse_when(text: str) -> datetime:
    from liaison_app.core.timeutil import as_utc

    try:
        return as_utc(datetime.fromisoformat(text))
    except ValueError as exc:
        raise CliError(f"'{text}' is not a date (expected YYYY-MM-DD or an ISO date-time)") from exc


def cmd_audit(args: argparse.Namespace) -> int:
    from liaison_app.core.team.audit import audit_trail

    since = _parse_when(args.since)
    until = _parse_when(args.until) if args.until else None
    db = open_database(args)
    with db.session() as session:
        rows = audit_trail(session, since, until, person=args.person, target=args.target)
    if args.json:
        print_json([r.as_json() for r in rows])
    else:
        for r in rows:
            print(f"{r.at:%Y-%m-%d %H:%M:%S}  {r.person:<12} {r.action:<10} {r.target}")
    return EXIT_OK
