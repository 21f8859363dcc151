"""Separating a reply's new text from the quoted history below (or above) it.

Mail programs mark the quote differently: Outlook with a header block (From/Sent/To, or
寄件者/傳送時間, 发件人/发送时间) or a line of underscores, Foxmail and QQ Mail with
"------------------ 原始邮件 ------------------", Gmail with "On ... wrote:" or
"在 ... 写道：", plain clients with `>` lines. The new text is what comes before the first
such marker.
"""

from __future__ import annotations

import re

_MARKERS = [
    # Outlook / Exchange / most Chinese clients.
    (r"^-{2,}\s*(Original Message|Forwarded message|原始邮件|原始郵件|原邮件|原郵件|邮件原件|郵件原件|"
    r"转发邮件|轉寄郵件|Reply message|回复的原邮件|回覆的原郵件)\s*-{2,}\s*$"),
    # Lotus Notes (common in banks): "張三/業務部/總行 寫於 2026-11-29 09:00:00:".
    r"^.{2,200}(写于|寫於|wrote on)\s*\d{4}.{0,40}[:：]?\s*$",
    r"^-{3,}.{2,120}(wrote|写道|寫道|写于|寫於).{0,60}-{3,}\s*$",
    r"^-{5,}\s*(Original|原始)\s*-{5,}\s*$",
    r"^_{10,}\s*$",
    # Gmail and Apple Mail, English and Chinese.
    r"^On .{4,200}(wrote|writes)\s*:\s*$",
    r"^(在|於|于).{4,200}(写道|寫道)\s*[:：]\s*$",
    r"^.{4,120}(写道|寫道)\s*[:：]\s*$",
]
_MARKER_RE = [re.compile(p, re.IGNORECASE) for p in _MARKERS]
# An Outlook-style header block: a From line followed within four lines by a Sent/Date line.
_FROM_RE = re.compile(r"^\s*\**(From|发件人|發件人|寄件者|寄件人)\s*\**\s*[:：]", re.IGNORECASE)
_SENT_RE = re.compile(
    r"^\s*\**(Sent|Date|发送时间|發送時間|傳送時間|寄件日期|日期|时间|時間)\s*\**\s*[:：]", re.IGNORECASE)
_GMAIL_SPLIT_RE = re.compile(r"^On .{4,200}$", re.IGNORECASE)


def split_reply(text: str) -> tuple[str, str]:
    """(new text, quoted history). The history is empty when no quote is found."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    cut = _find_cut(lines)
    if cut is None:
        return text.strip(), ""
    new = "\n".join(lines[:cut]).strip()
    quoted = "\n".join(lines[cut:]).strip()
    if not new:
        # Top-quoting with the answer below (rare): keep the whole text as the answer.
        return _strip_quote_marks(text).strip(), ""
    return new, quoted


def _find_cut(lines: list[str]) -> int | None:
    for i, line in enumerate(lines):
        stripped = line.strip()
        if not stripped:
            continue
        if any(rx.match(stripped) for rx in _MARKER_RE):
            return i
        # Gmail wraps long "On ... wrote:" lines in two.
        if (_GMAIL_SPLIT_RE.match(stripped) and i + 1 < len(lines)
                and re.search(r"(wrote|writes)\s*:\s*$", lines[i + 1].strip())):
            return i
        if _FROM_RE.match(stripped) and any(
                _SENT_RE.match(nxt) for nxt in lines[i + 1:i + 5]):
            return i
        if stripped.startswith(">") and _rest_is_quoted(lines[i:]):
            return i
    return None


def _rest_is_quoted(lines: list[str]) -> bool:
    body = [line.strip() for line in lines if line.strip()]
    quoted = sum(1 for line in body if line.startswith(">"))
    return quoted >= max(1, int(len(body) * 0.6))


def _strip_quote_marks(text: str) -> str:
    return "\n".join(re.sub(r"^(>\s?)+", "", line) for line in text.splitlines())
