"""`liaison faq …`: search, import, export, synonyms and use tiers of the FAQ base.

`faq search` runs while an agent is on the phone, so it loads only the search modules,
and on a local SQLite file reads it with `sqlite3` (`search_source`): no SQLAlchemy, no
models. The import, export and upkeep commands load theirs when they run.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from liaison_app.cli.common import (
    EXIT_ERROR,
    EXIT_OK,
    CliError,
    open_database,
    print_json,
    print_problems,
)


def register(sub: argparse._SubParsersAction, common: argparse.ArgumentParser) -> None:
    faq = sub.add_parser("faq", parents=[common], help="the FAQ base: search, import, export")
    faq_sub = faq.add_subparsers(dest="faq_command", metavar="FAQ_COMMAND", required=True)
    search = faq_sub.add_parser("search", parents=[common], help="ranked FAQ entries for a query")
    search.add_argument("query", nargs="?", help="words to search for (either Chinese script)")
    search.add_argument("--batch", metavar="FILE",
                        help="one query per line; prints one JSON line per query: "
                             '{"query", "took_ms", "hits"}')
    search.add_argument("--limit", type=int, default=10, help="hits per query (default 10)")
    search.add_argument("--all", action="store_true",
                        help="include drafts, retired and expired entries (the manager's view)")
    search.add_argument("--json", action="store_true", help="print JSON")
    search.add_argument("--explain", action="store_true",
                        help="show why each entry ranked: matched words and their scores, "
                             "learned associations used, the similar question matched")
    search.set_defaults(func=cmd_search)

    relearn = faq_sub.add_parser(
        "relearn", parents=[common], help="learn search associations from the center's pairs",
        description="Rebuild the word associations search uses from every similar question, "
                    "merged duplicate and question answered from an entry.")
    relearn.add_argument("--json", action="store_true",
                         help='print {"pairs", "associations", "version"} as JSON')
    relearn.set_defaults(func=cmd_relearn)

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
    faq_import.set_defaults(func=cmd_import)

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
    faq_export.set_defaults(func=cmd_export)

    synonyms = faq_sub.add_parser(
        "synonyms", parents=[common], help="list, add or remove synonym groups",
        description="The manager's synonym groups (轉賬 = 轉帳 = 匯款): a search for any word "
                    "of a group also finds entries with the others.")
    synonyms.add_argument("--add", metavar="WORDS", help='a new group, e.g. "轉賬,轉帳,匯款"')
    synonyms.add_argument("--remove", metavar="GROUP_ID", type=int, help="remove this group")
    synonyms.add_argument("--json", action="store_true", help="print the groups as JSON")
    synonyms.set_defaults(func=cmd_synonyms)

    tiers = faq_sub.add_parser(
        "tiers", parents=[common], help="published entries by use tier for a period",
        description="Very high / high / low / very low use of the published entries in the "
                    "last N days (quartiles of hits, or the thresholds set in the app).")
    tiers.add_argument("--days", type=int, default=30, help="the period: the last N days (default 30)")
    tiers.add_argument("--json", action="store_true", help="print the tiers as JSON")
    tiers.set_defaults(func=cmd_tiers)


def cmd_search(args: argparse.Namespace) -> int:
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
    with search_source(args) as session:
        groups = synonym_groups(session)
        for query in queries:
            started = time.perf_counter()
            hits = search_faq(session, query, args.limit, published_only=not args.all, groups=groups,
                              explain=args.explain)
            took_ms = round((time.perf_counter() - started) * 1000, 2)
            rows = [h.as_json() for h in hits] if (args.batch or args.json) else []
            if args.explain:
                for row, hit in zip(rows, hits, strict=False):
                    row["explain"] = explanation(hit)
            if args.batch:
                # One object per line: the query, its hits and the time the search took
                # (as search engines report `took`), so a caller sees each query's latency.
                print(json.dumps({"query": query, "took_ms": took_ms, "hits": rows},
                                 ensure_ascii=False))
            elif args.json:
                print(json.dumps(rows, ensure_ascii=False))
            elif args.explain:
                print_explained(query, hits)
            else:
                if not hits:
                    print("no matching FAQ entry")
                for h in hits:
                    print(f"{h.id:>6}  {h.score:6.2f}  {h.question}")
    return EXIT_OK


@contextmanager
def search_source(args: argparse.Namespace) -> Iterator[Any]:
    """What `search_faq` reads from: a local SQLite database at the current schema
    read-only through `sqlite3` (`core.local_db`); anything else (PostgreSQL, no file yet,
    an older schema to upgrade, a file that is not Liaison's) through the database layer,
    which creates, upgrades or refuses it exactly as every other command does."""
    from liaison_app.core.local_db import open_read_only, resolve_url

    conn = open_read_only(resolve_url(getattr(args, "db", None)))
    if conn is None:
        db = open_database(args)
        with db.session() as session:
            yield session
        return
    from liaison_app.core.search.reads import SqliteReads

    try:
        yield SqliteReads(conn)
    finally:
        conn.close()


def explanation(hit) -> dict:
    """Why an entry ranked, per stage: BM25F over the index terms, then the re-ranker's
    confidence from its pair features (`core.search.rerank`)."""
    return {
        "terms": {t: round(v, 4) for t, v in
                  sorted(hit.contributions.items(), key=lambda item: -item[1])},
        "learned": hit.learned,
        "phrasing": hit.phrasing,
        "stages": {"bm25f": round(hit.score, 4),
                   "rerank": None if hit.confidence is None else round(hit.confidence, 4)},
        "rerank_features": hit.features,
    }


def print_explained(query: str, hits: list) -> None:
    print(f"query: {query}")
    if not hits:
        print("no matching FAQ entry")
    for rank, hit in enumerate(hits, 1):
        print(f"{rank:>2}. #{hit.id}  {hit.question}")
        second = ("not re-ranked" if hit.confidence is None
                  else f"stage 2 (re-ranker) P(same meaning) {hit.confidence:.3f}")
        print(f"    score: stage 1 (BM25F) {hit.score:.3f}; {second}")
        if hit.features:
            print("    re-ranker features: " + ", ".join(f"{k} {v:.2f}" for k, v in hit.features.items()))
        matched = ", ".join(f"{t} {v:.3f}" + (f" (learned for {hit.learned[t]})" if t in hit.learned else "")
                            for t, v in sorted(hit.contributions.items(), key=lambda item: -item[1]))
        print(f"    matched: {matched or '-'}")
        if hit.phrasing:
            print(f"    similar question matched: {hit.phrasing}")


def cmd_relearn(args: argparse.Namespace) -> int:
    from liaison_app.core.search.learning import relearn

    db = open_database(args)
    with db.sessions.begin() as session:
        done = relearn(session)
    if args.json:
        print_json({"pairs": done.pairs, "associations": done.associations, "version": done.version})
    else:
        print(f"Learned {done.associations} associations from {done.pairs} pairs")
    return EXIT_OK


def cmd_import(args: argparse.Namespace) -> int:
    from liaison_app.core.config import load_settings
    from liaison_app.core.faq.file_import import import_faq, parse_mapping
    from liaison_app.core.search.learning import relearn_if_due

    try:
        mapping = parse_mapping(args.map)
    except ValueError as exc:  # the --map option as typed
        raise CliError(str(exc)) from exc
    actor = load_settings().actor
    db = open_database(args)
    with db.sessions.begin() as session:
        report = import_faq(session, args.file, actor=actor, skip_invalid=args.skip_invalid,
                            mapping=mapping)
    if report.imported:
        with db.sessions.begin() as session:
            relearn_if_due(session)  # imported similar questions are pairs to learn from
    failed = bool(report.problems) and report.imported == 0
    if args.json:
        print_json(report.as_json())
        return EXIT_ERROR if failed else EXIT_OK
    print_problems(report.problem_lines())
    if failed:
        print(f"liaison: error: {args.file}: nothing imported: {len(report.problems)} problem(s) "
              f"in {report.skipped} row(s)"
              + ("" if args.skip_invalid else "; fix them or use --skip-invalid"), file=sys.stderr)
        return EXIT_ERROR
    summary = f"Imported {report.imported} FAQ entries from {args.file}"
    if report.skipped:
        summary += f"; skipped {report.skipped} bad row(s)"
    if report.warnings:
        summary += f"; {len(report.warnings)} warning(s)"
    print(summary)
    return EXIT_OK


def cmd_export(args: argparse.Namespace) -> int:
    from liaison_app.core.faq.export import ExportError, export_faq, format_for

    try:
        fmt = format_for(args.out, args.format)
    except ValueError as exc:  # --out and --format as typed
        raise CliError(str(exc)) from exc
    db = open_database(args)
    try:
        with db.session() as session:
            result = export_faq(session, args.out, fmt, include_all=args.all)
    except ExportError as exc:
        raise CliError(str(exc)) from exc
    if args.json:
        print_json(result.as_json())
    else:
        extra = f" and {result.bulletins} bulletins" if fmt == "html" else ""
        print(f"Wrote {result.entries} FAQ entries{extra} to {result.path} ({fmt})")
    return EXIT_OK


def cmd_synonyms(args: argparse.Namespace) -> int:
    from liaison_app.core.faq import synonyms as faq_synonyms

    db = open_database(args)
    with db.sessions.begin() as session:
        if args.add:
            faq_synonyms.add_group(session, faq_synonyms.parse_terms(args.add))
        if args.remove is not None:
            faq_synonyms.remove_group(session, args.remove)
        groups = faq_synonyms.synonym_list(session)
    if args.json:
        print_json([{"id": group_id, "words": words} for group_id, words in groups])
    else:
        for group_id, words in groups:
            print(f"{group_id}\t{' = '.join(words)}")
    return EXIT_OK


def cmd_tiers(args: argparse.Namespace) -> int:
    from liaison_app.core.faq.tiers import TIERS, use_tiers
    from liaison_app.core.faq.usage import MAX_DAYS, Period

    if not 1 <= args.days <= MAX_DAYS:
        raise CliError(f"--days must be 1 to {MAX_DAYS}, not {args.days}")
    db = open_database(args)
    with db.session() as session:
        report = use_tiers(session, Period.last_days(args.days))
    if args.json:
        print_json({
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
