"""FAQ search speed over a large base, against a plain SQLite FTS5 trigram query.

Measures, on one database and in one run:
- Liaison's `search_faq` (bigram index, scripts folded, BM25F ranking): median and p95;
- the baseline: an FTS5 trigram table over the same entries, `MATCH` + `bm25()` ranking
  (three-character minimum: two-character queries such as 掛失 cannot be asked of it);
- a full rebuild of Liaison's index.

    python bench/bench_faq_search.py [--db URL] [--rounds 5]

Without --db it uses the large demo database of bench/large_db.py (built once).
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import time

from large_db import large_db_url
from sqlalchemy import func, select
from sqlalchemy.engine import make_url

from liaison_app.core.database import open_database
from liaison_app.core.models import FaqEntry
from liaison_app.core.search.faq_index import rebuild_index
from liaison_app.core.search.faq_search import search_faq, synonym_groups

QUERIES = [
    "掛失", "挂失", "信用卡掛失", "U盾", "ATM", "年費", "轉賬限額", "手機銀行轉賬失敗",
    "信用卡境外盜刷如何申請拒付", "定期存款提前支取", "0.05%", "95599", "外匯結匯額度",
    "網銀登錄密碼鎖定", "房貸提前還款", "分期手續費", "密碼重置", "跨行轉賬到賬時間",
    "個人所得稅", "卡片被吞",
]


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", default=None)
    parser.add_argument("--rounds", type=int, default=5)
    args = parser.parse_args()
    url = large_db_url(args.db)
    db = open_database(url)
    with db.session() as session:
        n = session.scalar(select(func.count()).select_from(FaqEntry))
        groups = synonym_groups(session)
        search_faq(session, "預熱", 10, groups=groups)
        times: list[float] = []
        for _ in range(args.rounds):
            for q in QUERIES:
                t = time.perf_counter()
                search_faq(session, q, 10, groups=groups)
                times.append((time.perf_counter() - t) * 1000)
    print(f"database: {db.display_url}, FAQ entries: {n}, queries: {len(QUERIES)} x {args.rounds}")
    print(f"Liaison search_faq      : median {statistics.median(times):6.2f} ms, p95 {pct(times, 95):6.2f} ms, "
          f"max {max(times):6.2f} ms")

    if db.backend == "sqlite":
        path = make_url(url).database
        conn = sqlite3.connect(path)
        conn.execute("CREATE VIRTUAL TABLE IF NOT EXISTS temp.fts USING fts5(question, answer, tokenize='trigram')")
        t = time.perf_counter()
        conn.execute("DELETE FROM temp.fts")
        conn.execute("INSERT INTO temp.fts(rowid, question, answer) SELECT id, question, answer FROM faq_entries")
        build_fts = time.perf_counter() - t
        base: list[float] = []
        answered = 0
        for _ in range(args.rounds):
            for q in QUERIES:
                t = time.perf_counter()
                if len(q) >= 3:
                    rows = conn.execute(
                        "SELECT rowid FROM temp.fts WHERE fts MATCH ? ORDER BY bm25(fts) LIMIT 10",
                        ('"' + q.replace('"', '""') + '"',),
                    ).fetchall()
                    answered += bool(rows)
                base.append((time.perf_counter() - t) * 1000)
        print(f"FTS5 trigram baseline   : median {statistics.median(base):6.2f} ms, p95 {pct(base, 95):6.2f} ms, "
              f"max {max(base):6.2f} ms  (queries under 3 characters cannot be asked; "
              f"{answered}/{len(QUERIES) * args.rounds} returned rows; built in {build_fts:.1f} s)")
        print(f"p95 ratio Liaison/FTS5  : {pct(times, 95) / max(pct(base, 95), 1e-6):.1f}x")
        conn.close()

    t = time.perf_counter()
    with db.sessions.begin() as session:
        indexed = rebuild_index(session)
    print(f"index rebuild           : {indexed} entries in {time.perf_counter() - t:.1f} s (target <= 10 s)")


if __name__ == "__main__":
    main()
