"""Replies as real mail programs write them, generated in code (no corpus files)."""

from __future__ import annotations

from datetime import UTC, datetime
from email.header import Header
from email.mime.application import MIMEApplication
from email.mime.multipart import MIMEMultipart
from email.mime.text import MIMEText
from email.utils import format_datetime, make_msgid

QUOTE_STYLES = {
    "outlook_en": "{answer}\n\n-----Original Message-----\nFrom: Hard Q <hardq@bank.example>\n"
                  "Sent: Sunday, November 29, 2026 9:00 AM\nTo: Wang Li\nSubject: {subject}\n\n{quoted}",
    "outlook_zh": "{answer}\n\n________________________________\n寄件者: 客服中心 <hardq@bank.example>\n"
                  "傳送時間: 2026年11月29日 上午 09:00\n收件者: 王麗\n主旨: {subject}\n\n{quoted}",
    "foxmail": "{answer}\n\n\n------------------ Original ------------------\nFrom: \"客服中心\"<hardq@bank.example>;\n"
               "Date: Sun, Nov 29, 2026 09:00 AM\nSubject: {subject}\n\n{quoted}",
    "qq": "{answer}\n\n\n------------------&nbsp;原始邮件&nbsp;------------------\n".replace("&nbsp;", " ")
          + "发件人: \"客服中心\"<hardq@bank.example>;\n发送时间: 2026年11月29日(星期日) 上午9:00\n"
          "收件人: \"王丽\"<wang.li@cards.bank.example>;\n主题: {subject}\n\n{quoted}",
    "gmail_en": "{answer}\n\nOn Sun, Nov 29, 2026 at 9:00 AM Hard Q <hardq@bank.example> wrote:\n\n{quoted_gt}",
    "gmail_zh": "{answer}\n\n在 2026年11月29日週日 上午9:00，客服中心 <hardq@bank.example> 寫道：\n\n{quoted_gt}",
    "plain_gt": "{answer}\n\n{quoted_gt}",
}


def reply(
    *,
    answer: str,
    original_subject: str,
    original_body: str,
    from_addr: str,
    in_reply_to: str | None = None,
    references: str | None = None,
    subject: str | None = None,
    charset: str = "utf-8",
    declared: str | None = None,
    style: str = "outlook_en",
    html_only: bool = False,
    extra_headers: dict[str, str] | None = None,
) -> bytes:
    """The bytes of a reply; `declared` lies about the charset when given."""
    quoted_gt = "\n".join("> " + line for line in original_body.splitlines())
    text = QUOTE_STYLES[style].format(answer=answer, subject=original_subject,
                                      quoted=original_body, quoted_gt=quoted_gt)
    if html_only:
        paragraphs = "".join(f"<p>{line}</p>" for line in text.splitlines() if line.strip())
        text = (f"<html><head><style>p{{color:red}}</style><script>alert(1)</script></head>"
                f"<body>{paragraphs}<img src='http://tracker.example/pixel.gif'></body></html>")
    payload = text.encode(charset)
    name = declared or charset
    lines = [
        f"From: {Header('王麗', 'utf-8').encode()} <{from_addr}>",
        "To: hardq@bank.example",
        f"Subject: {Header(subject if subject is not None else 'RE: ' + original_subject, 'utf-8').encode()}",
        f"Date: {format_datetime(datetime.now(UTC))}",
        f"Message-ID: {make_msgid(domain='cards.bank.example')}",
        "MIME-Version: 1.0",
        f"Content-Type: text/{'html' if html_only else 'plain'}; charset={name}",
        "Content-Transfer-Encoding: 8bit",
    ]
    if in_reply_to:
        lines.append(f"In-Reply-To: {in_reply_to}")
    if references:
        lines.append(f"References: {references}")
    for key, value in (extra_headers or {}).items():
        lines.append(f"{key}: {value}")
    return ("\r\n".join(lines) + "\r\n\r\n").encode("ascii") + payload.replace(b"\n", b"\r\n")


def with_attachment(subject: str, from_addr: str, size: int) -> bytes:
    msg = MIMEMultipart("mixed")
    msg["From"] = from_addr
    msg["To"] = "hardq@bank.example"
    msg["Subject"] = Header(subject, "utf-8")
    msg["Message-ID"] = make_msgid(domain="example.org")
    alt = MIMEMultipart("alternative")
    alt.attach(MIMEText("附件是對帳單。", "plain", "utf-8"))
    alt.attach(MIMEText("<p>附件是對帳單。</p>", "html", "utf-8"))
    msg.attach(alt)
    part = MIMEApplication(bytes(range(256)) * (size // 256), Name="對帳單.pdf")
    part.add_header("Content-Disposition", "attachment", filename=("utf-8", "", "對帳單.pdf"))
    msg.attach(part)
    return msg.as_bytes()
