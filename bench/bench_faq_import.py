"""Time `faq import` of a large FAQ base: N synthetic Chinese entries from a JSONL file.

The entries have the shape of a real base (a 12–30 character standard question, an
answer of a few sentences, three key points, keywords, a two-level category, an owner
department, some with validity dates and some drafts). The whole import runs as the
command does: read and validate, write entries, revisions, categories and the keyword
index in one transaction on a new SQLite database in a temporary folder.

    python bench/bench_faq_import.py [N] [--db URL]

Prints seconds for the import (and its parts), entries per second, and the peak resident
memory of the process during the import (measured before anything else is read, so it is
the import's own peak). Target (DESIGN.md §6): 50,000 entries ≤ 15 s and ≤ 400 MB.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

from sqlalchemy import func, select

from liaison_app.core.database import open_database
from liaison_app.core.faq import file_import as faq_import
from liaison_app.core.faq.file_import import import_faq, read_entries
from liaison_app.core.models import Department, FaqEntry, FaqRevision

PRODUCTS = ["信用卡", "借記卡", "手機銀行", "網上銀行", "U盾", "定期存款", "活期存款", "個人貸款",
            "房屋貸款", "外匯", "基金", "理財產品", "ATM", "轉賬匯款", "積分", "分期付款"]
ISSUES = ["掛失", "補辦", "密碼重置", "限額調整", "年費減免", "開通", "註銷", "查詢明細", "利率",
          "手續費", "到期續存", "提前還款", "凍結", "解凍", "證書更新", "額度提升", "退款", "爭議交易"]
ASKS = ["如何辦理", "需要什麼材料", "要多久", "收費嗎", "可以在手機上辦嗎", "失敗怎麼辦", "有什麼限制"]
SENTENCES = ["請客戶攜帶本人有效身分證件到任一網點櫃檯辦理", "也可以撥打客服熱線95599按語音提示操作",
             "手機銀行用戶可在「我的」頁面中自助辦理", "辦理後一般在三個工作日內生效",
             "如遇系統維護請稍後再試並告知客戶預計恢復時間", "涉及資金安全的操作須先核實客戶身分",
             "費用按最新收費標準執行，詳見網點公告", "境外交易另按卡組織規則收取貨幣轉換費",
             "客戶如對結果有異議可提交書面申請", "VIP客戶可享受綠色通道優先處理"]
DEPARTMENTS = ["信用卡中心", "電子銀行部", "個人金融部", "運營管理部"]


def make_file(path: Path, n: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    with path.open("w", encoding="utf-8") as out:
        for i in range(n):
            product, issue = rng.choice(PRODUCTS), rng.choice(ISSUES)
            question = f"{product}{issue}{rng.choice(ASKS)}？（第{i + 1}號）"
            answer = "。".join(rng.sample(SENTENCES, rng.randint(2, 4))) + "。"
            record = {
                "question": question, "answer": answer,
                "key_points": rng.sample(SENTENCES, 3),
                "keywords": [product, issue],
                "category": f"{product} › {issue}",
                "department": rng.choice(DEPARTMENTS),
                "status": "draft" if i % 20 == 0 else "published",
            }
            if i % 10 == 0:
                record["valid_from"] = "2025-01-01"
                record["valid_until"] = "2030-12-31T16:00:00Z"
            out.write(json.dumps(record, ensure_ascii=False) + "\n")


def _time_index_calls() -> list[float]:
    """Time spent in the keyword index (`index_entries`, or `rebuild_index` on a first
    import), measured around the import module's calls."""
    spent = [0.0]

    def timed(original):
        def call(*args, **kwargs):
            t0 = time.perf_counter()
            try:
                return original(*args, **kwargs)
            finally:
                spent[0] += time.perf_counter() - t0
        return call

    faq_import.index_entries = timed(faq_import.index_entries)
    faq_import.rebuild_index = timed(faq_import.rebuild_index)
    return spent


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", nargs="?", type=int, default=50_000)
    parser.add_argument("--db", help="database URL (default: a new SQLite file in a temp folder)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="liaison-bench-") as tmp:
        source = Path(tmp) / "faq.jsonl"
        t0 = time.perf_counter()
        make_file(source, args.n)
        print(f"generated {args.n:,} entries ({source.stat().st_size / 1e6:.1f} MB) "
              f"in {time.perf_counter() - t0:.1f} s")
        db = open_database(args.db or f"sqlite:///{Path(tmp) / 'bench.db'}")
        with db.sessions.begin() as session:
            session.add_all(Department(name=name) for name in DEPARTMENTS)
        index_s = _time_index_calls()
        rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        load = os.getloadavg()[0]
        t0, cpu0 = time.perf_counter(), time.process_time()
        with db.sessions.begin() as session:
            result = import_faq(session, source, actor="bench")
        total, cpu = time.perf_counter() - t0, time.process_time() - cpu0
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        # The floor: reading and judging the file alone (no writing, no index).
        with db.session() as session:
            t0 = time.perf_counter()
            _entries, raw = read_entries(session, source)
            read_s = time.perf_counter() - t0
        assert not raw.errors, raw.errors[:3]
        del _entries, raw
        with db.session() as session:
            counts = {name: session.scalar(select(func.count()).select_from(model))
                      for name, model in (("entries", FaqEntry), ("revisions", FaqRevision))}
        db.close()
    assert result.imported == args.n == counts["entries"] == counts["revisions"], counts
    print(f"read and validate alone: {read_s:.2f} s")
    print(f"import of {result.imported:,} entries ({result.categories_created} categories): "
          f"{total:.2f} s ({cpu:.2f} s CPU), {result.imported / total:,.0f} entries/s; "
          f"peak RSS {peak:,.0f} MB (before the import {rss_before:,.0f} MB); "
          f"load average {load:.1f} -> {os.getloadavg()[0]:.1f}")
    print(f"  of which the keyword index (rebuild_index / index_entries): {index_s[0]:.2f} s; "
          f"everything else: {total - index_s[0]:.2f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
