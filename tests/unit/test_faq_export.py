"""`faq export`: what goes out by default and with --all, reading order, CSV and JSONL
round trips, Markdown, and the offline HTML page, searched in a real headless browser."""

from __future__ import annotations

import csv
import html
import io
import json
import re
import shutil
import subprocess
from datetime import timedelta

import pytest
from sqlalchemy import delete

from liaison_app.cli import main
from liaison_app.core.faq.export import export_faq
from liaison_app.core.faq.export_html import fold_map
from liaison_app.core.faq.file_import import import_faq
from liaison_app.core.models import Bulletin, Category, Department, FaqEntry
from liaison_app.core.search.faq_index import index_entries
from liaison_app.core.timeutil import utcnow

NOW = utcnow().replace(microsecond=0)
DAY = timedelta(days=1)


@pytest.fixture
def base(db):
    """Card loss (Traditional) and other published entries, plus one of each excluded kind."""
    with db.sessions.begin() as session:
        card = Department(name="信用卡中心")
        session.add(card)
        bank_card = Category(name="銀行卡", position=0)
        loss = Category(name="掛失", parent=bank_card, position=1)
        fees = Category(name="年費", parent=bank_card, position=0)
        ebank = Category(name="電子銀行", position=1)
        session.add_all([bank_card, loss, fees, ebank])
        session.flush()

        def entry(question, answer, category, **kw):
            kw.setdefault("status", "published")
            e = FaqEntry(question=question, answer=answer, category_id=category.id if category else None,
                         key_points=kw.pop("key_points", []), keywords=kw.pop("keywords", []), **kw)
            session.add(e)
            return e

        entries = {
            "loss": entry("信用卡遺失如何掛失？", "請撥打95599辦理掛失。\n掛失後卡片立即停用。", loss,
                          key_points=["確認身分", "凍結卡片"], keywords=["掛失", "遺失"],
                          department_id=card.id, position=0, hit_count=5,
                          valid_from=NOW - 30 * DAY, valid_until=NOW + 300 * DAY),
            "debit": entry("借記卡掛失後如何補卡？", "攜帶身分證到網點補辦。", loss,
                           keywords=["補卡"], position=0, hit_count=9),
            "fee": entry("年費如何減免？", "刷卡滿六次<b>免</b>次年年費 & 更多 \"優惠\"。", fees,
                         keywords=["年費"]),
            "ushield": entry("U盾證書過期怎麼辦？", "到網點更新證書。", ebank, keywords=["U盾"]),
            "plain": entry("如何查詢網點營業時間？", "查看手機銀行網點地圖。", None),
            "draft": entry("新卡啟用草稿", "草稿內容。", loss, status="draft"),
            "retired": entry("舊版年費政策", "已停用。", fees, status="retired"),
            "expired": entry("去年促銷活動", "已結束。", ebank, valid_until=NOW - DAY),
            "future": entry("明年新產品", "尚未開始。", ebank, valid_from=NOW + 10 * DAY),
        }
        session.flush()
        index_entries(session, [e.id for e in entries.values()])
        session.add_all([
            Bulletin(title="系統維護通知", body="週六凌晨網銀暫停服務。", valid_from=NOW - DAY,
                     pinned=False),
            Bulletin(title="置頂：掛失流程變更", body="掛失改為<即時>生效。", valid_from=NOW - 2 * DAY,
                     pinned=True),
            Bulletin(title="過期的通告", body="舊的。", valid_from=NOW - 9 * DAY,
                     valid_until=NOW - DAY),
        ])
        ids = {k: e.id for k, e in entries.items()}
    return db, ids


def export(db, path, fmt=None, **kw):
    with db.session() as session:
        return export_faq(session, path, fmt, now=NOW, **kw)


def jsonl_records(path):
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines()]


def test_default_export_has_only_published_entries_valid_now_in_reading_order(base, tmp_path):
    db, _ = base
    result = export(db, tmp_path / "faq.jsonl")
    records = jsonl_records(tmp_path / "faq.jsonl")
    # 銀行卡 › 年費 (position 0) before 銀行卡 › 掛失 (position 1); in 掛失 both entries have
    # position 0, so the more used one comes first; uncategorised entries last.
    assert [r["question"] for r in records] == [
        "年費如何減免？", "借記卡掛失後如何補卡？", "信用卡遺失如何掛失？", "U盾證書過期怎麼辦？",
        "如何查詢網點營業時間？"]
    assert result.entries == 5
    loss = records[2]
    assert loss == {
        "question": "信用卡遺失如何掛失？", "answer": "請撥打95599辦理掛失。\n掛失後卡片立即停用。",
        "key_points": ["確認身分", "凍結卡片"], "keywords": ["掛失", "遺失"],
        "category": "銀行卡 › 掛失", "department": "信用卡中心",
        "valid_from": (NOW - 30 * DAY).strftime("%Y-%m-%dT%H:%M:%SZ"),
        "valid_until": (NOW + 300 * DAY).strftime("%Y-%m-%dT%H:%M:%SZ"), "status": "published",
        "similar": []}
    assert records[-1]["category"] is None and records[-1]["valid_from"] is None


def test_all_includes_drafts_retired_expired_and_future_entries_with_their_status(base, tmp_path):
    db, ids = base
    export(db, tmp_path / "all.jsonl", include_all=True)
    by_question = {r["question"]: r for r in jsonl_records(tmp_path / "all.jsonl")}
    assert len(by_question) == len(ids)
    assert by_question["新卡啟用草稿"]["status"] == "draft"
    assert by_question["舊版年費政策"]["status"] == "retired"
    assert by_question["去年促銷活動"]["valid_until"] is not None


def _reimport(db, path):
    """Empty the base and import the file back."""
    with db.sessions.begin() as session:
        session.execute(delete(FaqEntry))
        session.execute(delete(Category))
    with db.sessions.begin() as session:
        return import_faq(session, path, actor="王經理")


@pytest.mark.parametrize("fmt", ["jsonl", "csv"])
def test_export_then_import_gives_equal_entries(base, tmp_path, fmt):
    db, ids = base
    first = tmp_path / f"first.{fmt}"
    export(db, first, include_all=True)
    result = _reimport(db, first)
    assert (result.imported, result.errors) == (len(ids), [])
    second = tmp_path / f"second.{fmt}"
    export(db, second, include_all=True)
    assert second.read_bytes() == first.read_bytes()
    if fmt == "csv":
        raw = first.read_bytes()
        assert raw.startswith(b"\xef\xbb\xbf")  # Excel reads UTF-8 only with the BOM
        rows = list(csv.reader(io.StringIO(raw.decode("utf-8-sig"), newline="")))
        assert rows[0] == ["question", "answer", "key_points", "keywords", "category",
                           "department", "valid_from", "valid_until", "status", "similar"]
        loss = next(r for r in rows if r[0] == "信用卡遺失如何掛失？")
        assert loss[2] == "確認身分\n凍結卡片" and loss[3] == "掛失\n遺失"


def test_markdown_groups_by_category_with_numbered_key_points(base, tmp_path):
    db, _ = base
    export(db, tmp_path / "faq.md")
    text = (tmp_path / "faq.md").read_text(encoding="utf-8")
    headings = re.findall(r"^(#{2,3}) (.+)$", text, flags=re.MULTILINE)
    assert headings[:4] == [("##", "銀行卡 › 年費"), ("###", "年費如何減免？"),
                            ("##", "銀行卡 › 掛失"), ("###", "借記卡掛失後如何補卡？")]
    assert ("##", "未分類") in headings
    assert "1. 確認身分\n2. 凍結卡片" in text
    assert "\\<b\\>免\\</b\\>" in text  # not raw HTML in the Markdown
    assert "草稿" not in text


def test_html_is_one_self_contained_escaped_page_with_current_bulletins(base, tmp_path):
    db, _ = base
    result = export(db, tmp_path / "faq.html")
    page = (tmp_path / "faq.html").read_text(encoding="utf-8")
    assert result.bulletins == 2
    for outside in ("http://", "https://", "<link", " src=", "@import", "url("):
        assert outside not in page
    assert "刷卡滿六次&lt;b&gt;免&lt;/b&gt;次年年費 &amp; 更多 &quot;優惠&quot;" in page
    assert "<b>免</b>" not in page
    assert page.index("置頂：掛失流程變更") < page.index("系統維護通知") < page.index("年費如何減免？")
    assert "過期的通告" not in page and "新卡啟用草稿" not in page
    assert 'name="viewport"' in page and "<script>" in page and 'id="q"' in page
    assert re.search(r'生成時間 <time datetime="\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ">', page)


def test_fold_map_covers_both_directions():
    mapping = fold_map(["信用卡掛失", "借记卡补卡"])
    assert mapping["掛"] == "挂"        # Traditional in the text
    assert mapping["補"] == "补"        # Traditional form of Simplified text, for queries
    assert "信" not in mapping          # same in both scripts: nothing to carry


def test_cli_export_writes_the_file_and_reports_json(base, tmp_path, capsys):
    db, _ = base
    out = tmp_path / "agents.md"
    code = main(["faq", "export", "--out", str(out), "--json", "--db", db.url])
    stdout, stderr = capsys.readouterr()
    assert code == 0, stderr
    assert json.loads(stdout) == {"out": str(out), "format": "md", "entries": 5, "bulletins": 0}
    assert out.read_text(encoding="utf-8").startswith("# 常見問題")
    code = main(["faq", "export", "--out", str(tmp_path / "faq.txt"), "--db", db.url])
    stdout, stderr = capsys.readouterr()
    assert code == 1 and stdout == "" and "--format" in stderr and stderr.count("\n") == 1


# --- a real browser ---------------------------------------------------------------------

PROBE = """
<script>
(function () {
  var box = document.getElementById("q");
  box.value = "挂失";
  box.dispatchEvent(new Event("input", {bubbles: true}));
  var shown = Array.from(document.querySelectorAll(".entry")).filter(function (e) {
    return e.offsetParent !== null;
  }).map(function (e) {
    return {question: e.querySelector(".q").textContent,
            marks: Array.from(e.querySelectorAll("mark")).map(function (m) { return m.textContent; }),
            background: e.querySelector("mark") ?
              getComputedStyle(e.querySelector("mark")).backgroundColor : null};
  });
  var out = document.createElement("pre");
  out.id = "probe-result";
  out.textContent = JSON.stringify({shown: shown, count: document.getElementById("count").textContent});
  document.body.appendChild(out);
})();
</script>
"""


def _chromium() -> str:
    for name in ("chromium", "chromium-browser", "google-chrome"):
        found = shutil.which(name)
        if found:
            return found
    pytest.fail("no Chromium found: install Debian's package (scripts/system-deps.sh offscreen "
                "does: apt-get install chromium); this test needs a real browser")


def test_html_search_in_a_real_headless_browser_finds_card_loss_in_either_script(base, tmp_path):
    browser = _chromium()
    db, _ = base
    export(db, tmp_path / "faq.html")
    page = (tmp_path / "faq.html").read_text(encoding="utf-8")
    probe = tmp_path / "probe.html"
    probe.write_text(page.replace("</body>", PROBE + "</body>"), encoding="utf-8")
    done = subprocess.run(
        [browser, "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
         "--disable-background-networking", "--disable-component-update", "--disable-sync",
         "--disable-extensions", "--no-first-run", "--no-default-browser-check",
         f"--user-data-dir={tmp_path / 'profile'}", "--dump-dom", probe.as_uri()],
        capture_output=True, text=True, timeout=90, check=False)
    found = re.search(r'<pre id="probe-result">(.*?)</pre>', done.stdout, flags=re.DOTALL)
    assert found, f"no probe result from Chromium (exit {done.returncode}): {done.stderr[-2000:]}"
    result = json.loads(html.unescape(found.group(1)))
    shown = {item["question"]: item for item in result["shown"]}
    # Typed in Simplified, the Traditional card-loss entries (and only they) stay visible.
    assert sorted(shown) == ["信用卡遺失如何掛失？", "借記卡掛失後如何補卡？"]
    for item in shown.values():
        assert "掛失" in item["marks"]
        assert item["background"] not in (None, "rgba(0, 0, 0, 0)")
    assert result["count"] == "2 條符合"
