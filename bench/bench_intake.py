"""Intake speed: one forwarded question (duplicate check + FAQ suggestions) at 200,000
questions and 50,000 FAQ entries, and `import_questions` of 100,000 rows.

Works on a copy of the large demo database (bench/large_db.py), so the shared file is
never changed. Prints medians; the import runs in a child process so its peak memory
(max RSS) is its own.

    .venv/bin/python bench/bench_intake.py [--rows 100000]
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


def make_csv(path: Path, rows: int, agents: list[str]) -> None:
    rng = random.Random(7)
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["agent", "text", "context", "product", "urgent", "forwarded_at"])
        for i in range(rows):
            q = rng.choice(QUESTIONS)
            w.writerow([rng.choice(agents), f"{q}（第{i}位客戶）", "客戶來電，較著急" if i % 3 else "",
                        rng.choice(["信用卡", "網銀", "房貸", ""]), "是" if i % 17 == 0 else "",
                        f"2026-{1 + i % 11:02d}-{1 + i % 28:02d} {8 + i % 10:02d}:{i % 60:02d}"])


def child_import(url: str, path: str) -> None:
    from liaison_app.core.questions.file_import import import_questions

    db = open_database(url)
    started = time.perf_counter()
    with db.sessions.begin() as s:
        report = import_questions(s, path, "bench")
    elapsed = time.perf_counter() - started
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"  imported {report.imported:,} rows in {elapsed:.1f} s, peak RSS {peak:.0f} MB "
          f"(problems: {len(report.problems)})")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=50)
    args = parser.parse_args()
    if len(sys.argv) > 1 and sys.argv[1] == "--child":
        return
    large_db_url()
    with tempfile.TemporaryDirectory() as tmp:
        copy = Path(tmp) / "intake.db"
        shutil.copy(LARGE_DB, copy)
        url = f"sqlite:///{copy}"
        started = time.perf_counter()
        open_database(url).close()  # upgrades the copy (indexes its open questions) if needed
        print(f"opened the large copy in {time.perf_counter() - started:.1f} s")
        bench_forward(url, args.runs)
        db = open_database(url)
        with db.session() as s:
            agents = list(s.execute(__import__("sqlalchemy").text("SELECT code FROM agents")).scalars())
        db.close()
        data = Path(tmp) / "forwarded.csv"
        make_csv(data, args.rows, agents)
        print(f"import of {args.rows:,} rows ({data.stat().st_size / 1e6:.1f} MB CSV):")
        for label, target in (("into the large database", url),):
            print(f" {label}:")
            subprocess.run([sys.executable, "-c",
                            ("import sys; sys.path.insert(0, 'bench'); import bench_intake as b; "
                            f"b.child_import({target!r}, {str(data)!r})")], check=True)


if __name__ == "__main__":
    main()
