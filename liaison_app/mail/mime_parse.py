"""Reading raw inbound mail into what Liaison needs, as forgiving as real mail requires.

Headers may be RFC 2047 encoded in a charset that lies, or raw 8-bit GBK; bodies may be
HTML only, nested several multiparts deep, or declare no charset. Every part is decoded
through `charsets.decode_bytes`. `parse` raises `Unreadable` only when no readable text
can be recovered, and the caller then quarantines the raw message instead of dropping it.
"""

from __future__ import annotations

import email
import email.policy
import hashlib
import re
from dataclasses import dataclass, field
from datetime import datetime
from email.header import Header, decode_header
from email.message import Message as EmailMessage
from email.utils import getaddresses, parseaddr, parsedate_to_datetime

from liaison_app.mail.charsets import decode_bytes, replacement_ratio, score
from liaison_app.mail.html_text import html_to_text, sanitize_html

MSGID_RE = re.compile(r"<[^<>\s]+>")
AUTO_SUBJECT_RE = re.compile(
    r"^\s*(auto(matic)?[ -]?(reply|response)|out of (the )?office|autoreply|auto:|"
    r"自动回复|自動回覆|自動回復|自动答复|自動答覆|休假|外出|不在办公室|不在辦公室)",
    re.IGNORECASE)
# An out-of-office written by a person's mail client without any header or subject marker:
# recognised by what it says in its first lines (issue 20, item 11).
AUTO_BODY_RE = re.compile(
    r"(out of (the )?office|\b(i am|i'm|i will be) (currently )?(away|on (annual )?leave|"
    r"out of)|\bwill (be back|return) (on|in|after)|\blimited access to (my )?e-?mail|"
    r"自动回复|自動回覆|自動回復|自动答复|自動答覆|"
    r"(我|本人)(目前|現正|现正|正在|已)?(休假|出差|外出|請假|请假|不在(辦公室|办公室))|"
    r"(將於|将于|預計|预计).{0,20}(返回|回來|回来|返崗|返岗|上班)|"
    r"(休假|出差|外出)期間.{0,20}(回覆|回复|處理|处理))",
    re.IGNORECASE)
AUTO_BODY_CHARS = 600
BOUNCE_SUBJECT_RE = re.compile(
    r"(undeliver|delivery (status notification|failure|has failed)|returned mail|"
    r"mail delivery failed|failure notice|delivery failure|non-?delivery|could not be delivered|"
    r"mail system error|delivery notification|退信|系统退信|系統退信|无法投递|無法投遞|投递失败|投遞失敗)",
    re.IGNORECASE)
UNREADABLE_RATIO = 0.2


class Unreadable(Exception):
    """No readable text could be recovered; the message belongs in quarantine."""


@dataclass
class ParsedAttachment:
    filename: str
    content_type: str
    data: bytes


@dataclass
class ParsedMail:
    subject: str = ""
    from_name: str = ""
    from_addr: str = ""
    to: list[str] = field(default_factory=list)
    cc: list[str] = field(default_factory=list)
    date: datetime | None = None
    message_id: str | None = None
    in_reply_to: list[str] = field(default_factory=list)
    references: list[str] = field(default_factory=list)
    text: str = ""
    html: str | None = None  # sanitised, safe to display
    attachments: list[ParsedAttachment] = field(default_factory=list)
    auto_kind: str | None = None  # "auto_reply" | "bounce"
    # Authentication-Results and Received headers, top (added last, by our own server) first.
    auth_results: list[str] = field(default_factory=list)
    received: list[str] = field(default_factory=list)
    # Message-IDs named inside a bounce (the mail that could not be delivered).
    bounced_ids: list[str] = field(default_factory=list)
    charset_guessed: bool = False

    @property
    def thread_ids(self) -> list[str]:
        ids = self.in_reply_to + [r for r in reversed(self.references)
                                  if r not in self.in_reply_to]
        # A forwarded mail embeds another mail too; only a bounce is about that one.
        return ids + self.bounced_ids if self.auto_kind == "bounce" else ids


def _raw_header(msg: EmailMessage, name: str) -> str | Header:
    value = msg.get(name)
    if value is None:
        return ""
    return value


def _header(msg: EmailMessage, name: str) -> str:
    """A header as text, always a str: with raw 8-bit bytes compat32 hands back a `Header`
    object, which has no `.lower()` (four good mails were quarantined for that)."""
    return decode_header_text(_raw_header(msg, name))


def decode_header_text(value: str | Header) -> str:
    """An RFC 2047 or raw 8-bit header as text, whatever charset it claims."""
    if isinstance(value, Header):
        # compat32 wraps raw 8-bit header bytes as charset "unknown-8bit".
        out = []
        for chunk, charset in decode_header(value):
            out.append(decode_bytes(chunk, charset)[0] if isinstance(chunk, bytes) else chunk)
        return decode_header_text("".join(out)) if "=?" in "".join(out) else " ".join(
            "".join(out).split())
    if not value:
        return ""
    value = str(value)
    # Raw 8-bit bytes arrive as surrogate escapes: recover and decode them properly.
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        raw = value.encode("ascii", "surrogateescape")
        value = decode_bytes(raw)[0]
    # Encoded words split across lines are joined before decoding.
    value = re.sub(r"\?=\s+=\?", "?==?", value)
    try:
        chunks = decode_header(value)
    except Exception:  # noqa: BLE001 - malformed encoded words: keep the text as it is
        return " ".join(value.split())
    out = []
    for chunk, charset in chunks:
        if isinstance(chunk, bytes):
            out.append(decode_bytes(chunk, charset)[0] if charset else
                       decode_bytes(chunk)[0])
        else:
            out.append(chunk)
    return " ".join("".join(out).split())


def _addresses(msg: EmailMessage, name: str) -> list[str]:
    values = msg.get_all(name) or []
    decoded = [decode_header_text(v) for v in values]
    return [addr.strip().lower() for _n, addr in getaddresses(decoded) if "@" in addr]


def _ids(value: str) -> list[str]:
    return MSGID_RE.findall(value or "")


def _part_bytes(part: EmailMessage) -> bytes:
    try:
        payload = part.get_payload(decode=True)
    except Exception:  # noqa: BLE001 - broken transfer encoding
        payload = None
    if payload is None:
        raw = part.get_payload()
        if isinstance(raw, str):
            return raw.encode("ascii", "surrogateescape")
        return b""
    return payload


def _filename(part: EmailMessage) -> str:
    name = part.get_param("filename", header="content-disposition") or part.get_param("name")
    if isinstance(name, tuple):  # RFC 2231
        charset, _lang, raw = name
        try:
            return raw.encode("latin-1", "surrogateescape").decode(charset or "utf-8")
        except (LookupError, UnicodeError):
            return decode_bytes(raw.encode("latin-1", "surrogateescape"))[0]
    return decode_header_text(str(name)) if name else ""


def parse(raw: bytes) -> ParsedMail:
    """The parsed mail, or `Unreadable` when nothing readable can be recovered."""
    if not raw or not raw.strip():
        raise Unreadable("the message is empty")
    try:
        msg = email.message_from_bytes(raw, policy=email.policy.compat32)
    except Exception as exc:
        raise Unreadable(f"not a mail message: {exc}") from exc
    mail = ParsedMail()
    mail.subject = decode_header_text(_raw_header(msg, "Subject"))
    name, addr = parseaddr(decode_header_text(_raw_header(msg, "From")))
    mail.from_name, mail.from_addr = name, addr.strip().lower()
    mail.to = _addresses(msg, "To")
    mail.cc = _addresses(msg, "Cc")
    ids = _ids(str(_raw_header(msg, "Message-ID")))
    mail.message_id = ids[0] if ids else None
    mail.in_reply_to = _ids(str(_raw_header(msg, "In-Reply-To")))
    mail.references = _ids(str(_raw_header(msg, "References")))
    try:
        mail.date = parsedate_to_datetime(str(_raw_header(msg, "Date")))
        if mail.date is not None and mail.date.tzinfo is None:
            mail.date = None
    except (TypeError, ValueError, IndexError):
        mail.date = None

    plain: list[str] = []
    html_parts: list[str] = []
    bad_text = 0
    for part in msg.walk():
        ctype = (part.get_content_type() or "text/plain").lower()
        if ctype == "message/rfc822" and part is not msg:
            inner = part.get_payload()
            if isinstance(inner, list) and inner:
                mail.bounced_ids += _ids(str(inner[0].get("Message-ID", "")))
            continue
        if part.is_multipart():
            continue
        disposition = _header(part, "Content-Disposition").lower()
        filename = _filename(part)
        is_attachment = disposition.startswith("attachment") or (
            filename and not ctype.startswith("text/"))
        if ctype in ("message/delivery-status", "text/rfc822-headers"):
            data = _part_bytes(part) or str(part.get_payload()).encode("utf-8", "replace")
            mail.bounced_ids += _ids_in_embedded_headers(data)
        if ctype in ("text/plain", "text/html") and not is_attachment:
            text, _codec, clean = decode_bytes(_part_bytes(part), part.get_content_charset())
            if not clean:
                bad_text += 1
            (html_parts if ctype == "text/html" else plain).append(text)
            continue
        if ctype.startswith("multipart/"):
            continue
        data = _part_bytes(part)
        if is_attachment or data:
            mail.attachments.append(ParsedAttachment(
                filename=filename or f"part-{len(mail.attachments) + 1}",
                content_type=ctype, data=data))
    plain_text = "\n".join(t.strip("\n") for t in plain).replace("\r\n", "\n")
    if plain_text.strip():
        mail.text = plain_text
    elif html_parts:  # HTML only, or an empty text part beside the HTML one
        mail.text = "\n".join(html_to_text(h) for h in html_parts)
    if html_parts:
        mail.html = sanitize_html("\n".join(html_parts))
    if bad_text and (replacement_ratio(mail.text) > UNREADABLE_RATIO
                     or score(mail.text) < 0.5):
        raise Unreadable("the text is in no charset Liaison can read")
    if not mail.text and not mail.subject and not mail.attachments:
        raise Unreadable("no text, subject or attachment could be read")
    mail.charset_guessed = bool(bad_text)
    mail.auto_kind = classify_automatic(msg, mail)
    mail.auth_results = [" ".join(str(h).split()) for h in msg.get_all("Authentication-Results", [])]
    mail.received = [" ".join(str(h).split()) for h in msg.get_all("Received", [])]
    return _without_nul(mail)


def _without_nul(mail: ParsedMail) -> ParsedMail:
    """NUL characters removed from every text: PostgreSQL refuses them in text columns,
    and a mail that cannot be stored would block every later one."""
    mail.subject = mail.subject.replace("\x00", "")
    mail.from_name = mail.from_name.replace("\x00", "")
    mail.from_addr = mail.from_addr.replace("\x00", "")
    mail.text = (mail.text or "").replace("\x00", "")
    if mail.html:
        mail.html = mail.html.replace("\x00", "")
    mail.to = [a.replace("\x00", "") for a in mail.to]
    mail.cc = [a.replace("\x00", "") for a in mail.cc]
    for attachment in mail.attachments:
        attachment.filename = attachment.filename.replace("\x00", "")
    return mail


def _ids_in_embedded_headers(data: bytes) -> list[str]:
    text = data.decode("utf-8", "replace")
    found = re.findall(r"^Message-ID:\s*(<[^<>\s]+>)", text, re.IGNORECASE | re.MULTILINE)
    return found


# Local parts of the addresses mail systems send bounces from (qmail, Postfix, Exchange,
# Lotus Notes, Coremail and friends).
BOUNCE_SENDERS = ("mailer-daemon", "mailerdaemon", "mail-daemon", "maildaemon", "postmaster",
                  "mail.delivery.system", "mail delivery system", "bounce", "bounces")


def _is_bounce(msg: EmailMessage, mail: ParsedMail) -> bool:
    """A delivery failure: a DSN (RFC 3464) anywhere in the message, or the shapes mail
    systems use without one: a daemon sender, Exim's X-Failed-Recipients, a null
    Return-Path with a failure subject, or a failure subject on a mail that answers none."""
    report = (msg.get_param("report-type") or "").lower() \
        if msg.get_content_type() == "multipart/report" else ""
    if report == "delivery-status":
        return True
    if any(part.get_content_type() == "message/delivery-status" for part in msg.walk()):
        return True
    local = mail.from_addr.partition("@")[0]
    name = mail.from_name.strip().lower()
    if local in BOUNCE_SENDERS or local.startswith(("mailer-daemon", "postmaster")) \
            or name in BOUNCE_SENDERS:
        return True
    if _header(msg, "X-Failed-Recipients"):
        return True
    failure_subject = bool(BOUNCE_SUBJECT_RE.search(mail.subject))
    if failure_subject and _header(msg, "Return-Path").strip() in ("<>", ""):
        return not mail.in_reply_to or _header(msg, "Return-Path").strip() == "<>"
    return failure_subject and not mail.in_reply_to


def classify_automatic(msg: EmailMessage, mail: ParsedMail) -> str | None:
    """"bounce", "auto_reply" or None (a person wrote it)."""
    if _is_bounce(msg, mail):
        return "bounce"
    auto = _header(msg, "Auto-Submitted").strip().lower()
    if auto and auto != "no":
        return "auto_reply"
    if _header(msg, "X-Autoreply") or _header(msg, "X-Autorespond") or _header(msg, "X-Auto-Reply"):
        return "auto_reply"
    precedence = _header(msg, "Precedence").strip().lower()
    if precedence in ("auto_reply", "bulk", "junk"):
        return "auto_reply"
    if (_header(msg, "X-Auto-Response-Suppress").strip().lower() in ("all", "oof")
            and AUTO_SUBJECT_RE.search(mail.subject)):
        return "auto_reply"
    if AUTO_SUBJECT_RE.search(mail.subject):
        return "auto_reply"
    if not mail.in_reply_to and not mail.references and \
            AUTO_BODY_RE.search((mail.text or "")[:AUTO_BODY_CHARS]):
        return "auto_reply"
    return None


_DIGEST_HEADERS = (b"subject", b"from", b"date", b"to", b"cc", b"message-id")


def content_digest(raw: bytes) -> str:
    """What makes two stored copies the same mail: its content, not its delivery.

    A copy of a mail in another folder, or fetched again after the server renumbered a
    folder, differs at most in delivery headers (Received, X-…, flags); a different mail
    that reuses a Message-ID (careless senders and some gateways do) differs in its body
    or its Subject/From/Date/To. The digest covers the body and those headers only,
    line endings and trailing spaces normalised.
    """
    data = (raw or b"").replace(b"\r\n", b"\n")
    head, _sep, body = data.partition(b"\n\n")
    wanted: list[bytes] = []
    for line in head.split(b"\n"):
        if line[:1] in (b" ", b"\t"):  # a folded header goes on
            if wanted and wanted[-1] is not None:
                wanted[-1] += b" " + line.strip()
            continue
        name, colon, value = line.partition(b":")
        key = name.strip().lower()
        wanted.append(key + b":" + value.strip() if colon and key in _DIGEST_HEADERS else None)
    digest = hashlib.sha256()
    for header in sorted(h for h in wanted if h is not None):
        digest.update(header + b"\n")
    digest.update(b"\n")
    digest.update(b"\n".join(line.rstrip() for line in body.rstrip().split(b"\n")))
    return digest.hexdigest()
