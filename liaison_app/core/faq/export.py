"""Exporting the FAQ base for agents (`liaison faq export`, and the FAQ view's menu action).

Agents read the FAQ where Liaison is not installed: in a browser from a shared drive, in
an editor, or in Excel. By default only what agents may rely on goes out: published
entries valid now. CSV and JSONL use the import format's field names, so an export
imports back as the same entries (how a base moves between centers or databases).
"""

from __future__ import annotations

import csv
import io
import json
import os
import re
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy.orm import Session

from liaison_app.core import paths
from liaison_app.core.export_cells import safe_row
from liaison_app.core.faq.bulletins import current_for_agents
from liaison_app.core.faq.export_entries import ExportEntry, select_entries
from liaison_app.core.faq.export_html import render_html
from liaison_app.core.models import Bulletin, FaqStatus
from liaison_app.core.timeutil import format_local, utcnow

FORMATS = ("html", "md", "csv", "jsonl")
EXPORT_FIELDS = ("question", "answer", "key_points", "keywords", "category", "department",
                 "valid_from", "valid_until", "status", "similar")
_SUFFIXES = {".html": "html", ".htm": "html", ".md": "md", ".markdown": "md", ".csv": "csv",
             ".jsonl": "jsonl", ".ndjson": "jsonl"}


class ExportError(Exception):
    """The export file cannot be written; the message names it (shown as one line)."""


@dataclass
class ExportResult:
    path: Path
    format: str
    entries: int
    bulletins: int = 0

    def as_json(self) -> dict:
        return {"out": str(self.path), "format": self.format, "entries": self.entries,
                "bulletins": self.bulletins}


def format_for(path: str | Path, fmt: str | None) -> str:
    """The requested format, or the one the file name implies."""
    if fmt:
        if fmt not in FORMATS:
            raise ValueError(f"unknown export format '{fmt}' (use {', '.join(FORMATS)})")
        return fmt
    found = _SUFFIXES.get(Path(path).suffix.lower())
    if found is None:
        raise ValueError(f"cannot tell the format from '{path}': give --format "
                         f"{'|'.join(FORMATS)}")
    return found


def current_bulletins(session: Session, now: datetime | None = None) -> list[Bulletin]:
    """Posted bulletins valid now, pinned first, newest first (proposals stay out)."""
    return current_for_agents(session, now)


def export_faq(session: Session, path: str | Path, fmt: str | None = None, *,
               include_all: bool = False, now: datetime | None = None) -> ExportResult:
    """Write the export to `path` (replaced only once complete); returns what it holds."""
    path = Path(path)
    fmt = format_for(path, fmt)
    now = now or utcnow()
    entries = select_entries(session, include_all=include_all, now=now)
    bulletins: list[Bulletin] = []
    if fmt == "jsonl":
        text = "".join(json.dumps(e.record(), ensure_ascii=False) + "\n" for e in entries)
        data = text.encode("utf-8")
    elif fmt == "csv":
        data = to_csv(entries).encode("utf-8-sig")  # the BOM makes Excel read UTF-8
    elif fmt == "md":
        data = to_markdown(entries, now).encode("utf-8")
    else:
        bulletins = current_bulletins(session, now)
        data = render_html(entries, bulletins, now, include_all=include_all).encode("utf-8")
    _write_atomically(path, data)
    return ExportResult(path, fmt, len(entries), len(bulletins))


def _write_atomically(path: Path, data: bytes) -> None:
    tmp = path.with_name(f".{path.name}.part")
    try:
        paths.write_private_bytes(tmp, data)
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise ExportError(f"{path}: cannot write the export: {exc.strerror or exc}") from exc


def to_csv(entries: list[ExportEntry]) -> str:
    """The import format's columns; lists one item per line within their cell."""
    out = io.StringIO(newline="")
    writer = csv.writer(out)
    writer.writerow(EXPORT_FIELDS)
    for entry in entries:
        rec = entry.record()
        writer.writerow(safe_row([
            "\n".join(v) if isinstance(v, list) else ("" if v is None else v)
            for v in (rec[name] for name in EXPORT_FIELDS)]))
    return out.getvalue()


_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>#|])")


def _md(text: str) -> str:
    return _MD_SPECIAL.sub(r"\\\1", text)


def _md_lines(text: str) -> str:
    """Line breaks kept as hard breaks, blank lines as paragraphs."""
    return "\n".join(_md(line.rstrip()) + ("  " if line.strip() else "")
                     for line in text.strip().split("\n")).replace("  \n\n", "\n\n").rstrip()


def to_markdown(entries: list[ExportEntry], now: datetime) -> str:
    lines = ["# 常見問題", "",
             f"生成時間：{format_local(now)}（本機時間）· 共 {len(entries)} 條", ""]
    current: tuple[str, ...] | None = None
    for entry in entries:
        if current != tuple(entry.category):
            current = tuple(entry.category)
            lines += [f"## {_md(entry.category_text or '未分類')}", ""]
        lines += [f"### {_md(' '.join(entry.question.split()))}", "", _md_lines(entry.answer), ""]
        if entry.key_points:
            lines += ["**操作要點**", ""]
            lines += [f"{n}. {_md(' '.join(p.split()))}" for n, p in enumerate(entry.key_points, 1)]
            lines.append("")
        facts = []
        if entry.keywords:
            facts.append("關鍵字：" + "、".join(_md(k) for k in entry.keywords))
        if entry.department:
            facts.append(f"負責部門：{_md(entry.department)}")
        if entry.valid_from or entry.valid_until:
            facts.append(f"有效期：{format_local(entry.valid_from) or '…'} 至 "
                         f"{format_local(entry.valid_until) or '…'}")
        if entry.status != FaqStatus.PUBLISHED:
            facts.append(f"狀態：{entry.status}")
        if facts:
            lines += ["*" + " · ".join(facts) + "*", ""]
    return "\n".join(lines).rstrip() + "\n"
