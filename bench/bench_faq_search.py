"""FAQ search speed over a large base, as the FAQ page runs it, beside a raw SQLite FTS5 floor.

Measures, on one database and in one run:
- Liaison's `search_faq` at the FAQ page's own result limit (`FaqModel.SEARCH_LIMIT`,
  the manager's view: `published_only=False`, as `ui/models/browse.py` calls it) over at
  least 200 varied queries drawn with a fixed seed (`--seed`): two-character words,
  3-4 character terms, codes and mixed Latin/digits, Simplified spellings of the same
  words, whole customer questions (the database's own forwarded questions and, when
  `../shared/data/atec_pairs.tsv` is there, real ATEC questions of the *held-apart* part
  only: the part `search_quality.py` never tunes on), and typos. One warm pass first, not
  counted; then `--rounds` timed passes. Per category: median and p95; then the total.
- The floor (SQLite only; PostgreSQL has no FTS5): an FTS5 table in the connection's
  temp schema (the database file is not changed) over the same entries' question and
  answer, tokenised as Liaison folds them (Simplified, lower case; every unit and every
  adjacent pair, each written as one hex token so `unicode61` keeps it whole), asked
  `MATCH` with the query's pairs (or its units) OR-ed, ranked by `bm25()`, at the same
  limit. Unlike FTS5's trigram tokenizer, it can answer two-character queries: the bench
  prints how many queries returned rows. Query folding is inside the floor's time.
- A full rebuild of Liaison's index (timed as before; the faqbulk bench reads it).

    python bench/bench_faq_search.py [--db URL] [--rounds 3] [--limit N] [--no-rebuild]

Without --db it uses the large demo database of bench/large_db.py (built once).
"""

from __future__ import annotations

import argparse
import itertools
import random
import sqlite3
import statistics
import time
from collections import defaultdict
from pathlib import Path

from large_db import large_db_url
from sqlalchemy import func, select
from sqlalchemy.engine import make_url

from liaison_app.core.database import open_database
from liaison_app.core.models import FaqEntry, Question
from liaison_app.core.search.faq_index import rebuild_index
from liaison_app.core.search.faq_search import search_faq
from liaison_app.core.search.folding import fold, folded_units

# Word lists written for this bench (bank call-center vocabulary), not taken from the
# tuning pairs. Traditional spellings; the "simplified" category folds a sample of them.
TWO_CHAR = [
    "掛失", "年費", "轉賬", "密碼", "理財", "房貸", "匯款", "外匯", "開戶", "銷戶", "限額",
    "分期", "積分", "凍結", "解凍", "利率", "存款", "貸款", "還款", "額度", "跨行", "網銀",
    "簽約", "對賬", "回單", "吞卡", "盜刷", "退款", "保險", "基金", "黃金", "證書", "驗證",
    "短信", "取現", "匯率", "結匯", "購匯", "補卡", "換卡", "激活", "註銷", "提額", "逾期",
    "徵信", "利息", "手續", "預約", "櫃面", "代發", "工資", "社保", "公積", "存單", "支票",
    "承兌", "質押", "擔保", "開票", "發票", "退稅", "扣費", "到賬", "延期", "解綁",
]
TERMS = [
    "信用卡", "借記卡", "白金卡", "手機銀行", "網上銀行", "定期存款", "理財產品", "風險評估",
    "電子回單", "信用報告", "公積金", "社保卡", "大額存單", "外幣兌換", "跨境匯款", "分期付款",
    "最低還款", "自動還款", "密碼重置", "登錄失敗", "賬戶凍結", "賬戶異常", "轉賬限額",
    "年費減免", "積分兌換", "境外消費", "提前還款", "貸款利率", "房貸審批", "代發工資",
    "企業網銀", "對公賬戶", "一般存款", "基本賬戶", "證書過期", "短信驗證", "人臉識別",
    "指紋支付", "預約取款", "挂失補辦", "卡片被吞", "資金歸集", "結售匯", "個人所得稅",
]
CODES = [
    "ATM", "U盾", "95588", "95599", "POS", "POS機", "ETC", "CVV", "PIN", "0.05%", "5萬",
    "50萬", "Visa", "銀聯", "USD", "SWIFT", "IBAN", "APP", "ATM吞卡", "U盾證書", "ETC扣費",
    "APP登錄", "Ⅱ類賬戶", "II類戶", "2024年", "3.85%", "1萬元", "Mastercard", "UnionPay",
    "E-CNY", "VIP", "CA證書", "K寶", "5G", "12306", "IC卡", "NFC", "PDF回單", "Excel",
    "500元", "LPR",
]
COUNTS = {"two-char": 40, "term": 40, "code": 35, "simplified": 30, "question": 40,
          "atec": 40, "typo": 30}
ATEC = next((p / "shared" / "data" / "atec_pairs.tsv" for p in Path(__file__).resolve().parents[2:4]
             if (p / "shared" / "data" / "atec_pairs.tsv").exists()), None)


def pct(values: list[float], p: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(p / 100 * (len(ordered) - 1)))]


def typo(rnd: random.Random, text: str) -> str:
    """One slip of the keyboard or the ear: a character dropped, doubled, swapped with its
    neighbour, or a near-sounding one typed instead."""
    near = {"賬": "帳", "帳": "賬", "卡": "咔", "密": "蜜", "碼": "馬", "款": "欵", "錢": "前",
            "銀": "艮", "轉": "傳", "費": "廢", "戶": "護", "期": "其", "理": "里", "財": "才"}
    chars = list(text)
    if len(chars) < 3:
        return text + text[-1]
    i = rnd.randrange(1, len(chars) - 1)
    kind = rnd.randrange(4)
    candidates = [j for j, c in enumerate(chars) if c in near]
    if kind == 3 and candidates:
        j = rnd.choice(candidates)
        chars[j] = near[chars[j]]
    elif kind == 0:
        del chars[i]
    elif kind == 1:
        chars.insert(i, chars[i])
    else:
        chars[i], chars[i + 1] = chars[i + 1], chars[i]
    return "".join(chars)


def atec_held_apart(rnd: random.Random, n: int) -> list[str]:
    """Real customer questions from the part of the labelled pairs never tuned on."""
    if ATEC is None:
        return []
    from search_quality import TEST, clusters, load_pairs, side
    groups = clusters(load_pairs(ATEC))
    held = sorted(s for g in groups.values() if side(g) == TEST for s in g)
    return rnd.sample(held, min(n, len(held)))


def draw_queries(session, seed: int) -> list[tuple[str, str]]:
    """(category, query), reproducible for a seed and a database's contents."""
    rnd = random.Random(seed)
    out: list[tuple[str, str]] = []
    out += [("two-char", q) for q in rnd.sample(TWO_CHAR, COUNTS["two-char"])]
    out += [("term", q) for q in rnd.sample(TERMS, COUNTS["term"])]
    out += [("code", q) for q in rnd.sample(CODES, COUNTS["code"])]
    out += [("simplified", fold(q)) for q in rnd.sample(TWO_CHAR + TERMS, COUNTS["simplified"])]
    top = session.scalar(select(func.max(Question.id))) or 0
    texts: list[str] = []
    tried = 0
    while top and len(texts) < COUNTS["question"] + COUNTS["typo"] and tried < 10_000:
        tried += 1
        text = session.scalar(select(Question.text).where(Question.id == rnd.randint(1, top)))
        if text and text not in texts:
            texts.append(text)
    out += [("question", q) for q in texts[:COUNTS["question"]]]
    out += [("atec", q) for q in atec_held_apart(rnd, COUNTS["atec"])]
    out += [("typo", typo(rnd, q.split("，")[0].split("。")[0])) for q in texts[COUNTS["question"]:]]
    return out


def hex_tokens(text: str, with_chars: bool) -> list[str]:
    """Units and adjacent pairs of folded text, as hex words FTS5's unicode61 keeps whole."""
    out: list[str] = []
    for run in folded_units(fold(text)):
        pairs = [a + b for a, b in itertools.pairwise(run)]
        out += pairs
        if with_chars or not pairs:
            out += run
    return ["x" + t.encode().hex() for t in out]


def fts_floor(path: str, queries: list[tuple[str, str]], limit: int, rounds: int):
    conn = sqlite3.connect(path)
    conn.execute("CREATE VIRTUAL TABLE temp.fts USING fts5(question, answer, tokenize='unicode61')")
    t = time.perf_counter()
    rows = conn.execute("SELECT id, question, answer FROM faq_entries").fetchall()
    conn.executemany("INSERT INTO temp.fts(rowid, question, answer) VALUES (?, ?, ?)",
                     ((i, " ".join(hex_tokens(q or "", True)), " ".join(hex_tokens(a or "", True)))
                      for i, q, a in rows))
    built = time.perf_counter() - t
    sql = f"SELECT rowid FROM temp.fts WHERE fts MATCH ? ORDER BY bm25(fts) LIMIT {int(limit)}"

    def ask(q: str) -> int:
        tokens = list(dict.fromkeys(hex_tokens(q, False)))
        if not tokens:
            return 0
        return len(conn.execute(sql, (" OR ".join(tokens),)).fetchall())

    for _cat, q in queries:  # warm
        ask(q)
    times: dict[str, list[float]] = defaultdict(list)
    answered = 0
    for _ in range(rounds):
        for cat, q in queries:
            t = time.perf_counter()
            n = ask(q)
            times[cat].append((time.perf_counter() - t) * 1000)
            answered += n > 0
    conn.close()
    return times, answered, built


def report(name: str, times: dict[str, list[float]], cats: list[str]) -> float:
    every = [v for cat in cats for v in times[cat]]
    cells = "  ".join(f"{statistics.median(times[c]):6.2f} / {pct(times[c], 95):6.2f}" for c in cats)
    total = pct(every, 95)
    print(f"{name:<14}{cells}  {statistics.median(every):6.2f} / {total:6.2f}")
    return total


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", default=None)
    parser.add_argument("--rounds", type=int, default=3, help="timed passes after one warm pass")
    parser.add_argument("--seed", type=int, default=15)
    parser.add_argument("--limit", type=int, default=None,
                        help="result limit (default: the FAQ page's own, FaqModel.SEARCH_LIMIT)")
    parser.add_argument("--published-only", action="store_true",
                        help="the agents' view (the FAQ page shows every status)")
    parser.add_argument("--no-rebuild", action="store_true", help="skip the index rebuild")
    parser.add_argument("--no-floor", action="store_true", help="skip the FTS5 floor")
    parser.add_argument("--slowest", type=int, default=8)
    args = parser.parse_args()
    if args.limit is None:
        from liaison_app.ui.models.browse import FaqModel
        args.limit = FaqModel.SEARCH_LIMIT
    url = large_db_url(args.db)
    db = open_database(url)
    with db.session() as session:
        n = session.scalar(select(func.count()).select_from(FaqEntry))
        queries = draw_queries(session, args.seed)
        cats = list(dict.fromkeys(cat for cat, _ in queries))

        def run(q: str) -> int:
            return len(search_faq(session, q, args.limit, published_only=args.published_only))

        found = {q: run(q) for _cat, q in queries}  # warm pass, not counted
        times: dict[str, list[float]] = defaultdict(list)
        per_query: dict[str, list[float]] = defaultdict(list)
        for _ in range(args.rounds):
            for cat, q in queries:
                t = time.perf_counter()
                run(q)
                ms = (time.perf_counter() - t) * 1000
                times[cat].append(ms)
                per_query[q].append(ms)
    print(f"database: {db.display_url}, FAQ entries: {n}, queries: {len(queries)} "
          f"({', '.join(f'{c} {sum(1 for k, _ in queries if k == c)}' for c in cats)}) x {args.rounds} "
          f"rounds after a warm pass; limit {args.limit}, published_only={args.published_only}"
          + ("" if ATEC else "; ATEC data not found: no 'atec' category"))
    print(f"queries that found entries: {sum(1 for v in found.values() if v)}/{len(found)}")
    print(f"{'median / p95 ms':<14}" + "  ".join(f"{c:>15}" for c in cats) + f"  {'all':>15}")
    total = report("Liaison", times, cats)
    print("slowest (median ms): " + ", ".join(
        f"{q[:16]}… {statistics.median(v):.1f}" if len(q) > 16 else f"{q} {statistics.median(v):.1f}"
        for q, v in sorted(per_query.items(), key=lambda kv: -statistics.median(kv[1]))[:args.slowest]))

    if args.no_floor:
        pass
    elif db.backend == "sqlite":
        floor, answered, built = fts_floor(make_url(url).database, queries, args.limit, args.rounds)
        base = report("FTS5 floor", floor, cats)
        print(f"FTS5 floor: unit+pair hex tokens, OR-ed pairs, bm25(), LIMIT {args.limit}; built in "
              f"{built:.1f} s; {answered}/{len(queries) * args.rounds} queries returned rows")
        print(f"p95 ratio Liaison/FTS5 floor: {total / max(base, 1e-6):.1f}x   (target: Liaison p95 <= 20 ms)")
    else:
        print("FTS5 floor: SQLite only (run with a SQLite --db for it); target p95 <= 2x SQLite's")

    if not args.no_rebuild:
        t = time.perf_counter()
        with db.sessions.begin() as session:
            indexed = rebuild_index(session)
        print(f"index rebuild           : {indexed} entries in {time.perf_counter() - t:.1f} s (target <= 5 s)")


if __name__ == "__main__":
    main()
