"""`liaison backup PATH`: a consistent copy of the database (see core/backup.py)."""

from __future__ import annotations

import argparse
import json
import sys

from liaison_app.cli.common import EXIT_OK, CliError


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    backup = sub.add_parser(
        "backup", parents=[common], help="make a consistent copy of the database",
        description="SQLite: an online backup, safe while the app runs. PostgreSQL: runs "
                    "pg_dump (custom format) when it is installed, else says what to run. "
                    "PATH may be a folder: the copy gets a time-stamped name inside it.")
    backup.add_argument("path", metavar="PATH", help="the backup file, or a folder")
    backup.add_argument("--force", action="store_true",
                        help="replace PATH if it exists (otherwise an existing file is refused)")
    backup.add_argument("--json", action="store_true",
                        help='print {"path", "size", "method"} as JSON')
    backup.set_defaults(func=cmd_backup)


def cmd_backup(args: argparse.Namespace) -> int:
    from liaison_app.core.backup import BackupError, backup_database
    from liaison_app.core.database import display_url, resolve_url

    url = resolve_url(getattr(args, "db", None))
    try:
        result = backup_database(url, args.path, overwrite=args.force)
    except BackupError as exc:
        raise CliError(str(exc)) from exc
    if args.json:
        json.dump(result.as_json(), sys.stdout)  # ASCII, as scripts have always read it
        sys.stdout.write("\n")
    else:
        print(f"Backed up {display_url(url)} to {result.path} ({result.size:,} bytes)")
    return EXIT_OK
