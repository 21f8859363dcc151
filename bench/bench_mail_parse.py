"""Parse and match 1,000 department replies: target <= 5 s (DESIGN.md section 6).

Fills a temporary SQLite database with the standard demo (departments, contacts, queries
with their sent mail), then stores and processes 1,000 replies exactly as the IMAP fetch
does (raw row committed, then parsed, matched and committed): a mix of charsets (UTF-8,
GBK declared GB2312, Big5, no charset), quoting styles, HTML-only bodies, and matching by
headers, by subject token and by the reference line. Batch 1 runs on the demo's own
mailbox; before batch 2 the mailbox grows by `--stored` (100,000) mails of earlier years,
so the later batches show whether the per-mail checks stay flat. Prints per batch the
total, the median and 95th percentile per reply and how the replies were matched, then the
batches' totals side by side with the ratio of the last batch to the first (flatness).

`--db URL` runs on that database instead of a temporary SQLite file: give it a database of
its own (PostgreSQL: its `public` schema is dropped and recreated, as the test suite does;
SQLite: the file is replaced).

    python bench/bench_mail_parse.py [--count 1000] [--batches 3] [--stored 100000] [--db URL]
"""

from __future__ import annotations

import argparse
import random
import statistics
import sys
import tempfile
import time
from collections import Counter
from datetime import UTC, datetime
from email.header import Header
from pathlib import Path

from sqlalchemy import create_engine, func, insert, select, text

from liaison_app.core.correspondence import fetching, reply_matching
from liaison_app.core.database import open_database
from liaison_app.core.models import Contact, Message, Query
from liaison_app.demo.builder import make_demo

TARGET_SECONDS = 5.0
FLAT_RATIO = 1.5  # the last batch (mailbox grown) against the first, allowing for noise
ANSWERS = ["符合首年免年費條件，可直接減免。", "请客户携带身份证到柜台办理。",
           "The fee is waived for the first year.", "已核實，款項將於三個工作日內退回。"]
QUOTES = [
    "{a}\n\n-----Original Message-----\nFrom: hardq@bank.example\nSent: Sunday\nSubject: {s}\n\n{q}",
    "{a}\n\n------------------ 原始邮件 ------------------\n发件人: hardq@bank.example\n发送时间: 2026年11月29日\n主题: {s}\n\n{q}",
    "{a}\n\nOn Sun, Nov 29, 2026 at 9:00 AM <hardq@bank.example> wrote:\n{gt}",
    "{a}\n\n在 2026年11月29日 上午9:00，<hardq@bank.example> 寫道：\n{gt}",
]


def make_reply(i: int, rng: random.Random, msg_id: str, ref: str, sender: str) -> bytes:
    answer = rng.choice(ANSWERS)
    quoted = f"您好：\n客服中心收到客戶的疑難問題……\n參考編號：{ref}\n客服中心"
    body = rng.choice(QUOTES).format(a=answer, s=f"[{ref}] 諮詢", q=quoted,
                                     gt="\n".join("> " + x for x in quoted.splitlines()))
    mode = i % 4  # 0: headers, 1: token only, 2: reference line only, 3: headers + HTML
    charset, declared = [("utf-8", "utf-8"), ("gb18030", "gb2312"), ("big5hkscs", "big5"),
                         ("gb18030", None)][i % 4]
    if charset == "big5hkscs":
        body = body.replace("邮件", "郵件").replace("发件人", "寄件者").replace("发送时间", "傳送時間")
        body = body.replace("主题", "主旨").replace("请客户携带身份证到柜台办理", "請客戶攜帶證件臨櫃辦理")
    subject = f"RE: [{ref}] 諮詢" if mode != 2 else "RE: 諮詢"
    headers = [f"From: {Header('王麗', 'utf-8').encode()} <{sender}>", "To: hardq@bank.example",
               f"Subject: {Header(subject, 'utf-8').encode()}",
               f"Message-ID: <bench.{i}.{rng.random()}@dept.example>", "MIME-Version: 1.0",
               "Content-Transfer-Encoding: 8bit"]
    if mode in (0, 3):
        headers += [f"In-Reply-To: {msg_id}", f"References: {msg_id}"]
    if mode == 3:
        body = "<html><body>" + "".join(f"<p>{x}</p>" for x in body.splitlines()) + "</body></html>"
    ctype = "text/html" if mode == 3 else "text/plain"
    headers.append(f"Content-Type: {ctype}" + (f"; charset={declared}" if declared else ""))
    return ("\r\n".join(headers) + "\r\n\r\n").encode() + body.encode(charset, "replace")


def fill_mailbox(db, n: int, rng: random.Random) -> None:
    """N received mails of earlier years, written as the fetch leaves them (raw kept)."""
    now = datetime.now(UTC)
    with db.sessions.begin() as s:
        for start in range(0, n, 5000):
            s.execute(insert(Message), [
                {"direction": "in", "kind": "email", "state": "received",
                 "message_id": f"<old.{i}.{rng.random()}@dept.example>",
                 "subject": f"RE: [LQ-{i % 9999:06d}] 諮詢", "body_text": "已處理。",
                 "raw": b"Subject: old\r\n\r\nold", "imap_folder": "INBOX",
                 "imap_uidvalidity": 1, "imap_uid": 10_000_000 + i,
                 "created_at": now, "received_at": now}
                for i in range(start, min(start + 5000, n))])


def _fresh_database(url: str | None, tmp: str) -> str:
    """The URL of an empty database: a new SQLite file, or `url` emptied for the bench."""
    if url is None:
        return f"sqlite:///{Path(tmp) / 'bench.db'}"
    if url.startswith("sqlite"):
        path = Path(url.split("///", 1)[1])
        path.unlink(missing_ok=True)
        return url
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(text("DROP SCHEMA IF EXISTS public CASCADE"))
        conn.execute(text("CREATE SCHEMA public"))
    engine.dispose()
    return url


def run_once(db, replies: list[bytes], first_uid: int) -> tuple[float, list[float], Counter]:
    """One fetch cycle over `replies` as `fetching.fetch` runs it: each batch of raw mails
    committed with the folder's last UID, then each parsed and matched, with the cycle's
    look-up cache. A reply's time is its share of its batch's store plus its own parse."""
    per: list[float] = []
    report = fetching.FetchReport()
    lookups = reply_matching.Lookups()
    start = time.perf_counter()
    uids = list(enumerate(replies, first_uid))
    for at in range(0, len(uids), fetching.BATCH):  # as fetched: BATCH mails per round trip
        t0 = time.perf_counter()
        stored = fetching.store_fetched(db, uids[at:at + fetching.BATCH], "Bench", 1,
                                        "bench@imap.example:993/Bench")
        store_share = (time.perf_counter() - t0) / len(stored)
        for _uid, mid in stored:
            t1 = time.perf_counter()
            fetching.process_one(db, mid, "bench", report, None, lookups)
            per.append(store_share + time.perf_counter() - t1)
    total = time.perf_counter() - start
    with db.session() as s:  # how the batch was matched, read after the clock stopped
        methods = Counter(dict(s.execute(
            select(Message.match_method, func.count()).where(
                Message.imap_folder == "Bench", Message.imap_uidvalidity == 1,
                Message.imap_uid.between(first_uid, first_uid + len(replies) - 1))
            .group_by(Message.match_method)).all()))
    return total, per, methods


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=1000, help="replies per batch")
    parser.add_argument("--batches", "--runs", type=int, default=3, dest="batches")
    parser.add_argument("--stored", type=int, default=100_000,
                        help="mails added to the mailbox before batch 2 (default 100,000)")
    parser.add_argument("--db", help="a database of the bench's own (it is emptied first)")
    args = parser.parse_args()
    rng = random.Random(7)
    with tempfile.TemporaryDirectory() as tmp:
        db = open_database(_fresh_database(args.db, tmp))
        print(f"database: {db.display_url}")
        make_demo(db)
        with db.session() as s:
            threads = s.execute(
                select(Message.message_id, Message.question_id, Contact.email)
                .join(Query, Query.id == Message.query_id)
                .join(Contact, Contact.department_id == Query.department_id)
                .where(Message.direction == "out", Message.message_id.is_not(None),
                       Contact.email.is_not(None))).all()
        if not threads:
            print("the demo has no sent query mail to reply to", file=sys.stderr)
            return 1
        rows = []  # (mails stored before, total s, median ms, p95 ms)
        for batch in range(args.batches):
            if batch == 1 and args.stored:
                # The mailbox grows: every later batch finds this many more mails stored.
                fill_mailbox(db, args.stored, rng)
            with db.session() as s:
                stored = s.scalar(select(func.count()).select_from(Message))
            replies = []
            for i in range(args.count):
                msg_id, qid, email = rng.choice(threads)
                replies.append(make_reply(i + batch * args.count, rng, msg_id,
                                          f"LQ-{qid:06d}", email))
            total, per, methods = run_once(db, replies, 1 + batch * args.count)
            per.sort()
            median_ms = statistics.median(per) * 1000
            p95_ms = per[int(len(per) * .95)] * 1000
            rows.append((stored, total, median_ms, p95_ms))
            print(f"batch {batch + 1}: {stored:,} mails stored before it; {args.count} replies in "
                  f"{total:.2f} s; per reply median {median_ms:.2f} ms, p95 {p95_ms:.2f} ms; "
                  f"matched by {dict(methods)}", flush=True)
        db.close()
    print(f"\n| batch | mails stored before | {args.count} replies | median per reply | p95 |")
    print("|---|---|---|---|---|")
    for n, (stored, total, median_ms, p95_ms) in enumerate(rows, 1):
        print(f"| {n} | {stored:,} | {total:.2f} s | {median_ms:.2f} ms | {p95_ms:.2f} ms |")
    worst = max(total for _, total, _, _ in rows)
    ok = worst <= TARGET_SECONDS * args.count / 1000
    print(f"slowest batch {worst:.2f} s, target <= {TARGET_SECONDS * args.count / 1000:.1f} s "
          f"per {args.count}: {'OK' if ok else 'SLOW'}")
    if len(rows) > 1:
        total_ratio = rows[-1][1] / rows[0][1]
        median_ratio = rows[-1][2] / rows[0][2]
        flat = total_ratio <= FLAT_RATIO
        ok = ok and flat
        print(f"flatness, last batch / first ({rows[-1][0]:,} vs {rows[0][0]:,} mails stored): "
              f"total {total_ratio:.2f}x, median per reply {median_ratio:.2f}x, target <= "
              f"{FLAT_RATIO}x: {'OK' if flat else 'NOT FLAT'}")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
