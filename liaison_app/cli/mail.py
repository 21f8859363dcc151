"""Mail commands of the command line: `ask`, `mail sync` and `password set`.

Passwords are read from the terminal (or stdin) and kept in the keyring only, never in
the settings file (DESIGN.md section 5).
"""

from __future__ import annotations

import argparse
import getpass
import sys

from liaison_app.cli.common import (
    EXIT_ERROR,
    EXIT_OK,
    CliError,
    open_database,
    parse_question_id,
    print_json,
)


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    ask = sub.add_parser(
        "ask", parents=[common], help="queue the query mail to a department for a question",
        description="Queues the query mail as the compose dialog would with its defaults "
                    "(template, first contact, card and ID numbers masked); `liaison mail sync` "
                    "or the window sends it.")
    ask.add_argument("id", help="question id or reference (123 or LQ-000123)")
    ask.add_argument("--department", required=True, metavar="NAME", help="department name")
    ask.add_argument("--to", metavar="EMAIL", help="recipient (default: the first contact)")
    ask.add_argument("--unmask", action="store_true",
                     help="send card and ID numbers unmasked in this message")
    ask.add_argument("--json", action="store_true", help="print JSON")
    ask.set_defaults(func=cmd_ask)

    mail = sub.add_parser("mail", parents=[common], help="mail: send the outbox and fetch replies")
    mail_sub = mail.add_subparsers(dest="mail_command", metavar="MAIL_COMMAND", required=True)
    sync = mail_sub.add_parser(
        "sync", parents=[common], help="one send-and-fetch cycle",
        description="Sends the due outbox mail, fetches the watched IMAP folders and matches "
                    "replies. Exit status 0 when the cycle ran (even if some mail failed), "
                    "1 when a server could not be used at all.")
    sync.add_argument("--json", action="store_true", help="print the counts as JSON")
    sync.set_defaults(func=cmd_mail_sync)

    password = sub.add_parser("password", parents=[common],
                              help="store a password in the system keyring")
    pw_sub = password.add_subparsers(dest="password_command", metavar="PASSWORD_COMMAND",
                                     required=True)
    pw_set = pw_sub.add_parser("set", parents=[common],
                               help="read a password from the terminal (or stdin) into the keyring")
    pw_set.add_argument("name", choices=("smtp", "imap", "db"))
    pw_set.set_defaults(func=cmd_password_set)


def _identity(settings):
    from liaison_app.core.correspondence.queries import MailIdentity
    from liaison_app.mail.compose import template_language

    smtp = settings.mail_server("smtp")
    if not smtp.from_address:
        raise CliError("no sender address: set [smtp] from_address (or username) in the settings")
    return MailIdentity(smtp.from_address, smtp.from_name, template_language(settings.language))


def cmd_ask(args: argparse.Namespace) -> int:
    from liaison_app.core.config import load_settings
    from liaison_app.core.correspondence.queries import ask, find_department
    from liaison_app.core.timeutil import iso_utc

    question_id = parse_question_id(args.id)
    settings = load_settings()
    identity = _identity(settings)
    db = open_database(args)
    with db.session() as s, s.begin():
        dept = find_department(s, args.department)
        query, message = ask(s, question_id, dept, identity, settings.actor, to=args.to,
                             unmask=args.unmask)
        out = {"question_id": question_id, "query_id": query.id, "message": message.id,
               "message_id": message.message_id, "to": message.to_addrs,
               "subject": message.subject, "due_at": iso_utc(query.due_at),
               "state": message.state}
    if args.json:
        print_json(out)
    else:
        print(f"Queued mail {out['message_id']} to {out['to']}: {out['subject']}")
        print(f"Answer due {out['due_at']}; 'liaison mail sync' sends it.")
    return EXIT_OK


def cmd_mail_sync(args: argparse.Namespace) -> int:
    from liaison_app.core.config import load_settings
    from liaison_app.core.correspondence.mail_lease import MailLease
    from liaison_app.core.correspondence.mail_sync import run_cycle

    settings = load_settings()
    if not settings.mail_server("smtp").configured and not settings.mail_server("imap").configured:
        raise CliError(f"mail is not configured: set [smtp] and [imap] in {settings.path}")
    _ask_missing_passwords(settings)
    db = open_database(args)
    # A manager's window may be the team's mail sender right now: then it sends, not this.
    lease = MailLease(db, seconds=settings.mail_lease_seconds)
    try:
        report = run_cycle(db, settings, lease=lease)
    finally:
        lease.release()
    if args.json:
        print_json(report.as_json())
    else:
        print(f"sent {report.sent}, failed {report.failed}, fetched {report.fetched}, "
              f"matched {report.matched}, unmatched {report.unmatched}, "
              f"awaiting confirmation {report.pending}, quarantined {report.quarantined}, "
              f"new questions {report.new_questions}")
        if report.sender_elsewhere:
            print(f"  another desk sends and fetches mail now: {report.sender_elsewhere}",
                  file=sys.stderr)
        for error in report.errors:
            print(f"  {error}", file=sys.stderr)
    return EXIT_ERROR if report.unreachable else EXIT_OK


def _ask_missing_passwords(settings) -> None:
    """At a terminal, ask once for a password the keyring does not hold (kept in memory)."""
    from liaison_app.core import secrets

    if not sys.stdin.isatty():
        return
    for name in ("smtp", "imap"):
        server = settings.mail_server(name)
        if server.configured and server.username and not secrets.get_password(name):
            value = getpass.getpass(f"{name} password for {server.username} "
                                    "(not stored; use 'liaison password set' to keep it): ")
            if value:
                secrets.remember_for_this_run(name, value)


def cmd_password_set(args: argparse.Namespace) -> int:
    from liaison_app.core import secrets

    if sys.stdin.isatty():
        value = getpass.getpass(f"{args.name} password: ")
    else:
        value = sys.stdin.readline().rstrip("\r\n")
    if not value:
        raise CliError("no password given")
    try:
        secrets.set_password(args.name, value)
    except secrets.KeyringUnavailable as exc:
        raise CliError(f"{exc} (install and unlock a keyring such as GNOME Keyring or KWallet, "
                       "or enter the password in the window's mail settings for this run)") from exc
    print(f"Stored the {args.name} password in the system keyring.", file=sys.stderr)
    return EXIT_OK

