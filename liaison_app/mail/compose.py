"""Query mail from the templates in `resources/mail_templates/`, and the MIME bytes sent.

The message is built once, when it enters the outbox: its Message-ID and bytes are stored
with it, so every retry sends exactly the same mail and a department never sees one query
under two Message-IDs.
"""

from __future__ import annotations

import mimetypes
import re
import sys
from dataclasses import dataclass, field
from datetime import datetime
from email.headerregistry import Address
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from functools import cache
from pathlib import Path
from string import Template

from liaison_app.mail.addresses import parse_address_list
from liaison_app.mail.masking import mask_identifiers

TEMPLATE_LANGUAGES = ("zh_TW", "zh_CN", "en")
KINDS = ("query", "chase", "escalate", "feedback", "rejection", "review_request", "flag_notice",
         "upkeep_digest")
TOKEN_RE = re.compile(r"\[?\b(LQ-(\d{6,}))\b\]?")
SUMMARY_CHARS = 30


@cache
def templates_dir() -> Path:
    frozen = getattr(sys, "_MEIPASS", None)
    candidates = [Path(frozen) / "resources"] if frozen else []
    candidates.append(Path(__file__).resolve().parents[2] / "resources")
    for candidate in candidates:
        if (candidate / "mail_templates").is_dir():
            return candidate / "mail_templates"
    return candidates[-1] / "mail_templates"


def template_language(ui_language: str) -> str:
    """The template language for a UI language (`system` and unknown ones: Traditional)."""
    return ui_language if ui_language in TEMPLATE_LANGUAGES else "zh_TW"


@dataclass
class Attachment:
    filename: str
    data: bytes
    content_type: str = ""

    def mime_type(self) -> tuple[str, str]:
        ctype = self.content_type or mimetypes.guess_type(self.filename)[0]
        ctype = ctype or "application/octet-stream"
        main, _, sub = ctype.partition("/")
        return main, sub or "octet-stream"


@dataclass
class Draft:
    """What the compose dialog shows and the outbox stores: editable before queuing."""

    subject: str
    body: str
    to: list[str] = field(default_factory=list)
    cc: list[str] = field(default_factory=list)
    attachments: list[Attachment] = field(default_factory=list)
    in_reply_to: str | None = None
    references: list[str] = field(default_factory=list)


def summary_of(text: str, limit: int = SUMMARY_CHARS) -> str:
    """The first `limit` characters of `text` on one line, customer numbers masked.

    Masked before it is cut: a number cut in half is no longer recognised as one, and the
    subject would carry its first digits raw. Subjects stay masked even in an unmasked mail
    (they show in every mailbox list).
    """
    line = " ".join(mask_identifiers(text).split())
    return line if len(line) <= limit else line[: limit - 1] + "…"


def render(kind: str, language: str, values: dict[str, str]) -> tuple[str, str]:
    """(subject, body) of template `kind` in `language`, placeholders filled."""
    if kind not in KINDS:
        raise ValueError(f"unknown mail template {kind!r}")
    path = templates_dir() / template_language(language) / f"{kind}.txt"
    text = path.read_text(encoding="utf-8")
    head, _, body = text.partition("\n\n")
    subject = head.removeprefix("Subject:").strip()
    filled = {k: str(v) for k, v in values.items()}
    return (Template(subject).safe_substitute(filled).strip(),
            Template(body).safe_substitute(filled).rstrip() + "\n")


def apply_masking(draft: Draft, unmask: bool) -> Draft:
    if unmask:
        return draft
    return Draft(subject=mask_identifiers(draft.subject), body=mask_identifiers(draft.body),
                 to=list(draft.to), cc=list(draft.cc), attachments=list(draft.attachments),
                 in_reply_to=draft.in_reply_to, references=list(draft.references))


def token_of(question_ref: str) -> str:
    return f"[{question_ref}]"


def ensure_token(subject: str, question_ref: str) -> str:
    """The subject with the question's token, added in front when the manager removed it."""
    return subject if question_ref in subject else f"{token_of(question_ref)} {subject}".strip()


def split_addresses(text: str | list[str]) -> list[str]:
    """The addresses of an address field, each checked (`AddressError` names a bad one)."""
    return parse_address_list(text)


def _domain(address: str) -> str:
    return address.rpartition("@")[2] or "liaison.invalid"


def build_mime(
    draft: Draft,
    *,
    from_address: str,
    from_name: str = "",
    date: datetime,
    message_id: str | None = None,
) -> tuple[EmailMessage, str]:
    """The MIME message and its Message-ID (a new one unless given)."""
    msg = EmailMessage()
    msg["Subject"] = draft.subject
    if from_name:
        msg["From"] = Address(display_name=from_name, addr_spec=from_address)
    else:
        msg["From"] = from_address
    msg["To"] = ", ".join(draft.to)
    if draft.cc:
        msg["Cc"] = ", ".join(draft.cc)
    msg["Date"] = format_datetime(date)
    message_id = message_id or make_msgid(idstring="liaison", domain=_domain(from_address))
    msg["Message-ID"] = message_id
    if draft.in_reply_to:
        msg["In-Reply-To"] = draft.in_reply_to
    if draft.references:
        msg["References"] = " ".join(draft.references)
    msg["Auto-Submitted"] = "no"
    msg["X-Mailer"] = "Liaison"
    msg.set_content(draft.body, charset="utf-8", cte="base64")
    for att in draft.attachments:
        main, sub = att.mime_type()
        msg.add_attachment(att.data, maintype=main, subtype=sub, filename=att.filename)
    return msg, message_id
