"""Intake speed: one forwarded question (duplicate check + FAQ suggestions) at 200,000
questions and 50,000 FAQ entries, and the import of 100,000 forwarded rows with varied
texts (composed from topics, asks, products and customer details: tens of thousands of
distinct wordings, not ten repeated ones), as `liaison import` runs it (chunked, staged,
published in one transaction), and in one caller-owned transaction (`import_questions`).

Works on a copy of the large demo database (bench/large_db.py), so the shared file is
never changed; `--db URL` runs on that database instead (PostgreSQL: the rows are added
to it). Prints medians; each import runs in a child process so its peak memory (max RSS)
is its own.

    .venv/bin/python bench/bench_intake.py [--rows 100000] [--db URL] [--large FILE]
"""

from __future__ import annotations

import argparse
import csv
import random
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from large_db import LARGE_DB, large_db_url

from liaison_app.core.database import open_database
from liaison_app.core.questions.intake import ForwardRequest, forward_question

QUESTIONS = [
    "客户信用卡在境外被盗刷，挂失后能不能退款？", "企業網銀登錄的控件裝不上，一直提示重新安裝",
    "房貸提前還款要收違約金嗎", "U盾過期了怎麼換新的", "手機銀行轉賬限額怎麼提高到五萬",
    "客戶要銷戶聯名信用卡，已扣年費能否按月退還", "外幣現鈔一萬美元要提前預約嗎",
    "社保卡丟了在哪裡補辦", "定期存款提前支取利息怎麼算", "信用卡分期手續費可以減免嗎",
]


def bench_forward(url: str, runs: int) -> None:
    db = open_database(url)
    times = []
    with db.session() as s:
        agent = s.execute(__import__("sqlalchemy").text("SELECT code FROM agents LIMIT 1")).scalar()
    for i in range(runs):
        text = QUESTIONS[i % len(QUESTIONS)]
        with db.session() as s:
            s.begin()
            started = time.perf_counter()
            result = forward_question(s, ForwardRequest(agent=agent, text=text), "bench")
            times.append((time.perf_counter() - started) * 1000)
            s.rollback()
    times.sort()
    print(f"forward (dup check + 5 FAQ suggestions), {runs} runs: median {statistics.median(times):.1f} ms, "
          f"p95 {times[int(len(times) * 0.95) - 1]:.1f} ms, max {times[-1]:.1f} ms "
          f"(last: duplicate_of={result.duplicate_of}, {len(result.suggestions)} suggestions)")
    db.close()


TOPICS = ["信用卡", "借記卡", "手機銀行", "網上銀行", "U盾", "定期存款", "房貸", "車貸", "外幣兌換",
          "基金", "理財產品", "ATM", "跨行轉賬", "積分兌換", "分期付款", "社保卡", "企業網銀", "聯名卡",
          "境外消費", "代扣水電費", "支票", "保管箱", "信用報告", "存款證明"]
ISSUES = ["被盜刷", "掛失", "補辦", "密碼忘記", "限額調整", "年費", "開通", "註銷", "明細查不到", "利率調整",
          "手續費", "到期續存", "提前還款", "被凍結", "解凍", "證書過期", "額度提升", "退款", "扣款失敗",
          "到帳延遲", "短信收不到", "綁定失敗", "控件裝不上", "積分清零"]
ASKS = ["怎麼辦", "能不能退", "要多久", "在哪裡辦", "收費嗎", "需要什麼材料", "可以減免嗎",
        "為什麼會這樣", "能加急嗎", "能不能線上辦", "有沒有上限", "客戶很著急"]
DETAILS = ["", "", "客戶在境外", "客戶是VIP", "卡號尾號{n}", "金額{n}元", "已經打過兩次電話",
           "客戶七十多歲", "昨天晚上發生的", "上週辦過一次", "分行說要總行處理"]


def varied_question(rng: random.Random) -> str:
    """A forwarded question composed from parts: about 60,000 distinct wordings."""
    detail = rng.choice(DETAILS).replace("{n}", str(rng.randint(1000, 99999)))
    text = f"{rng.choice(TOPICS)}{rng.choice(ISSUES)}{rng.choice(ASKS)}"
    if rng.random() < 0.5:
        text = f"客戶問{text}"
    return f"{text}，{detail}" if detail else text


def make_csv(path: Path, rows: int, agents: list[str]) -> None:
    rng = random.Random(7)
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["agent", "text", "context", "product", "urgent", "forwarded_at"])
        for i in range(rows):
            w.writerow([rng.choice(agents), varied_question(rng), "客戶來電，較著急" if i % 3 else "",
                        rng.choice(["信用卡", "網銀", "房貸", ""]), "是" if i % 17 == 0 else "",
                        f"2026-{1 + i % 11:02d}-{1 + i % 28:02d} {8 + i % 10:02d}:{i % 60:02d}"])


def child_import(url: str, path: str, chunked: bool = False) -> None:
    from liaison_app.core.questions.file_import import import_questions, import_questions_chunked

    db = open_database(url)
    started = time.perf_counter()
    if chunked:
        report = import_questions_chunked(db, path, "bench", again=True)
    else:
        with db.sessions.begin() as s:
            report = import_questions(s, path, "bench", again=True)
    elapsed = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"  imported {report.imported:,} rows in {elapsed:.1f} s, peak RSS {peak:.0f} MB "
          f"(problems: {len(report.problems)})")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=50)
    parser.add_argument("--db", help="run on this database (rows are added to it)")
    parser.add_argument("--large", type=Path, default=LARGE_DB,
                        help="the large demo SQLite file to copy (default: bench/large_db.py's)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        if args.db:
            url = args.db
        else:
            if args.large == LARGE_DB:
                large_db_url()
            copy = Path(tmp) / "intake.db"
            shutil.copy(args.large, copy)
            url = f"sqlite:///{copy}"
        started = time.perf_counter()
        open_database(url).close()  # upgrades the copy (indexes its open questions) if needed
        print(f"opened {url.split('@')[-1]} in {time.perf_counter() - started:.1f} s")
        bench_forward(url, args.runs)
        db = open_database(url)
        with db.session() as s:
            agents = list(s.execute(__import__("sqlalchemy").text("SELECT code FROM agents")).scalars())
        db.close()
        data = Path(tmp) / "forwarded.csv"
        make_csv(data, args.rows, agents)
        print(f"import of {args.rows:,} rows ({data.stat().st_size / 1e6:.1f} MB CSV, "
              f"{len({r[1] for r in csv.reader(data.open(encoding='utf-8-sig'))}) - 1:,} distinct texts):")
        here = str(Path(__file__).resolve().parent)
        for label, chunked in (("chunked (liaison import)", True), ("one transaction", False)):
            print(f" {label}:", flush=True)
            subprocess.run([sys.executable, "-c",
                            (f"import sys; sys.path.insert(0, {here!r}); import bench_intake as b; "
                             f"b.child_import({url!r}, {str(data)!r}, {chunked})")], check=True)


if __name__ == "__main__":
    main()
