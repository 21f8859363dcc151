"""FAQ upkeep commands: `liaison faq synonyms` and `liaison faq tiers`."""

from __future__ import annotations

import argparse


def add_parsers(faq_sub, common: argparse.ArgumentParser) -> None:
    synonyms = faq_sub.add_parser(
        "synonyms", parents=[common], help="list, add or remove synonym groups",
        description="The manager's synonym groups (轉賬 = 轉帳 = 匯款): a search for any word "
                    "of a group also finds entries with the others.")
    synonyms.add_argument("--add", metavar="WORDS", help='a new group, e.g. "轉賬,轉帳,匯款"')
    synonyms.add_argument("--remove", metavar="GROUP_ID", type=int, help="remove this group")
    synonyms.add_argument("--json", action="store_true", help="print the groups as JSON")
    tiers = faq_sub.add_parser(
        "tiers", parents=[common], help="published entries by use tier for a period",
        description="Very high / high / low / very low use of the published entries in the "
                    "last N days (quartiles of hits, or the thresholds set in the app).")
    tiers.add_argument("--days", type=int, default=30, help="the period: the last N days (default 30)")
    tiers.add_argument("--json", action="store_true", help="print the tiers as JSON")


def cmd_synonyms(args: argparse.Namespace) -> int:
    from liaison_app.cli.main import EXIT_OK, _open, _print_json
    from liaison_app.core.faq import synonyms as faq_synonyms

    db = _open(args)
    with db.sessions.begin() as session:
        if args.add:
            faq_synonyms.add_group(session, faq_synonyms.parse_terms(args.add))
        if args.remove is not None:
            faq_synonyms.remove_group(session, args.remove)
        groups = faq_synonyms.synonym_list(session)
    if args.json:
        _print_json([{"id": group_id, "words": words} for group_id, words in groups])
    else:
        for group_id, words in groups:
            print(f"{group_id}\t{' = '.join(words)}")
    return EXIT_OK


def cmd_tiers(args: argparse.Namespace) -> int:
    from liaison_app.cli.main import EXIT_OK, CliError, _open, _print_json
    from liaison_app.core.faq.tiers import TIERS, use_tiers
    from liaison_app.core.faq.usage import Period

    if args.days < 1:
        raise CliError("--days must be at least 1")
    db = _open(args)
    with db.session() as session:
        report = use_tiers(session, Period.last_days(args.days))
    if args.json:
        _print_json({
            "from": report.period.start.isoformat(), "to": report.period.end.isoformat(),
            "mode": report.rules.mode,
            "tiers": {tier: [{"id": e.id, "question": e.question, "hits": e.hits,
                              "total_hits": e.total_hits, "pinned": e.pinned}
                             for e in report.tiers[tier]] for tier in TIERS},
        })
    else:
        for tier in TIERS:
            entries = report.tiers[tier]
            print(f"{tier} ({len(entries)})")
            for e in entries:
                print(f"  {e.id}\t{e.hits}\t{e.question}")
    return EXIT_OK


COMMANDS = {"synonyms": cmd_synonyms, "tiers": cmd_tiers}
