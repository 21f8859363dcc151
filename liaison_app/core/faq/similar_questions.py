"""Similar questions (相似問): the FAQ learns the customers' own words.

Every forwarded question the manager answers from an entry, every duplicate merged into
such a question, and every question an entry is created from is a real customer's
wording of that entry. It is kept beside the standard question, with the customer's
details taken out (names, card and ID numbers, phone numbers, amounts, dates) and the
agent's framing (客戶來電諮詢：…請儘快答覆) trimmed, and searched from then on.

Near-identical wordings (the same after script, width, case and punctuation folding)
are stored once per entry. New phrasings wait in a review list, where the manager
keeps, edits or drops them; they are searched from the moment they are captured.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from liaison_app.core.models import FaqEntry, FaqSimilar, Question, question_ref
from liaison_app.core.questions.workflow import DomainError
from liaison_app.core.search.faq_index import index_similar  # for deletes by statement
from liaison_app.core.search.folding import fold, folded_units
from liaison_app.core.timeutil import utcnow

SOURCES = ("question", "merged", "created", "import", "typed", "entry")
MAX_CHARS = 300

# Customer details, most specific first. Each is replaced by nothing: the wording
# without them is what other customers will type.
_LABEL = (r"(?:手機號?碼?|手机号?码?|電話|电话|卡號|卡号|賬號|账号|帳號|身份證號?碼?|身份证号?码?|"
          r"證件號碼?|证件号码?)[:：是为為]?\s*")
_DETAILS = [
    # A labelled number goes with its label: "手機13812345678", "卡號：6222 …".
    re.compile(_LABEL + r"[0-9][0-9 \-]{5,}[0-9Xx]"),
    re.compile(r"[0-9]{17}[0-9Xx]"),                                # mainland ID number
    re.compile(r"(?<![0-9])(?:[0-9][ -]?){12,18}[0-9](?![0-9])"),   # bank card number
    re.compile(r"(?<![0-9])1[3-9][0-9]{9}(?![0-9])"),               # mobile number
    re.compile(r"[0-9]{4}[-/年.][0-9]{1,2}[-/月.][0-9]{1,2}日?"),    # dates
    re.compile(r"[0-9]{1,2}月[0-9]{1,2}[日號号]"),
    re.compile(r"(?:人民幣|人民币|美元|港幣|港币)?[0-9][0-9,]*(?:\.[0-9]+)?\s*(?:萬|万|千|百)?"
               r"(?:元|塊|块|美元|港幣|港币|歐元|欧元)"),                 # amounts
    re.compile(r"尾號[0-9]+|尾号[0-9]+"),
    # A surname and a title (張先生, 李女士): the customer's name.
    re.compile(r"[\u4e00-\u9fff](?:先生|女士|小姐|太太|老先生|老太太)"),
]
# The agent's framing around the customer's question.
_LEAD = re.compile(
    r"^(?:(?:來電)?客戶(?:來電)?(?:諮詢|咨询|詢問|询问|反映|反应|問|问|想知道|表示|說|说)?"
    r"|来电客户(?:问|询问)?|來電客戶(?:問|詢問)?|客户(?:来电)?(?:咨询|询问|反映|问|想知道)?)[:：，,]?\s*"
)
_TAIL = re.compile(
    r"[，,。.；;]?\s*(?:客戶|客户)?(?:較著急|较着急|要求明確答覆時限|要求明确答复时限|表示已經第二次來電|"
    r"表示已经第二次来电|仍有疑問|仍有疑问)[^。？?]*[。.]?|[，,。]?\s*(?:請儘快答覆|请尽快答复|"
    r"資料庫中未查到相關說明|资料库中未查到相关说明|已按資料庫條目解釋[^。]*)[。.]?"
)


def generalise(text: str) -> str:
    """The customer's wording without their details and without the agent's framing."""
    out = (text or "").strip()
    for pattern in _DETAILS:
        out = pattern.sub("", out)
    previous = None
    while previous != out:
        previous = out
        out = _TAIL.sub("", _LEAD.sub("", out)).strip()
    out = re.sub(r"\s+", " ", out)
    out = re.sub(r"([，,：:])\s*(?=[，,。？?])", "", out)  # punctuation left dangling
    out = out.strip(" ，,：:;；")
    return out.removeprefix("的")  # "(卡號…)的信用卡" lost its owner


def phrasing_key(text: str) -> str:
    """Folded script, width and case, punctuation and spaces dropped: near-identical = equal."""
    return "".join(u for run in folded_units(fold(text)) for u in run)[:500]


@dataclass
class Phrasing:
    id: int
    entry_id: int
    entry_question: str
    text: str
    source: str
    question_ref: str | None
    status: str
    created_at: datetime
    created_by: str


def add_similar(
    session: Session, entry_id: int, text: str, source: str, actor: str,
    *, question_id: int | None = None, reviewed: bool = False, generalised: bool = True,
) -> FaqSimilar | None:
    """Add a wording to an entry; None when it is empty or the entry already has it."""
    if source not in SOURCES:
        raise DomainError(f"unknown source of a similar question '{source}'", code="unknown_kind",
                          kind=source)
    entry = session.get(FaqEntry, entry_id)
    if entry is None:
        raise DomainError(f"No FAQ entry {entry_id}", code="no_faq_entry", entry=entry_id)
    wording = generalise(text) if generalised else (text or "").strip()
    if len(wording) > MAX_CHARS:
        wording = wording[:MAX_CHARS]
    key = phrasing_key(wording)
    if not key or key == phrasing_key(entry.question):
        return None
    if session.scalar(select(FaqSimilar.id).where(FaqSimilar.entry_id == entry_id, FaqSimilar.key == key)):
        return None
    row = FaqSimilar(entry_id=entry_id, text=wording, key=key, source=source, question_id=question_id,
                     status="kept" if reviewed else "new", created_at=utcnow(), created_by=actor)
    session.add(row)
    session.flush()  # the flush indexes the new phrasing (core.search.faq_index)
    return row


def capture_from_question(
    session: Session, entry_id: int, question_id: int, actor: str, source: str = "question",
) -> list[FaqSimilar]:
    """Add a question's wording, and those of the duplicates merged into it, to an entry."""
    added = []
    question = session.get(Question, question_id)
    if question is None:
        raise DomainError(f"No question {question_ref(question_id)}", code="no_question",
                          ref=question_ref(question_id))
    row = add_similar(session, entry_id, question.text, source, actor, question_id=question.id)
    if row is not None:
        added.append(row)
    for dup_id, dup_text in session.execute(
        select(Question.id, Question.text).where(Question.duplicate_of_id == question.id)
        .order_by(Question.id)
    ):
        row = add_similar(session, entry_id, dup_text, "merged", actor, question_id=dup_id)
        if row is not None:
            added.append(row)
    return added


def list_similar(session: Session, entry_id: int | None = None, status: str | None = None,
                 limit: int = 500) -> list[Phrasing]:
    """Phrasings of one entry, or the review list (status `new`) across entries, newest first."""
    stmt = (select(FaqSimilar, FaqEntry.question).join(FaqEntry, FaqEntry.id == FaqSimilar.entry_id)
            .order_by(FaqSimilar.created_at.desc(), FaqSimilar.id.desc()).limit(limit))
    if entry_id is not None:
        stmt = stmt.where(FaqSimilar.entry_id == entry_id)
    if status is not None:
        stmt = stmt.where(FaqSimilar.status == status)
    return [
        Phrasing(row.id, row.entry_id, entry_question, row.text, row.source,
                 question_ref(row.question_id) if row.question_id else None, row.status,
                 row.created_at, row.created_by)
        for row, entry_question in session.execute(stmt)
    ]


def count_new(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(FaqSimilar).where(FaqSimilar.status == "new")) or 0


def keep(session: Session, similar_id: int, text: str | None = None) -> FaqSimilar:
    """Keep a phrasing from the review list, optionally edited."""
    row = session.get(FaqSimilar, similar_id)
    if row is None:
        raise DomainError(f"No similar question {similar_id}", code="no_similar", similar=similar_id)
    if text is not None and text.strip() != row.text:
        wording = text.strip()
        key = phrasing_key(wording)
        if not key:
            raise DomainError("A similar question cannot be empty", code="text_required")
        clash = session.scalar(select(FaqSimilar.id).where(
            FaqSimilar.entry_id == row.entry_id, FaqSimilar.key == key, FaqSimilar.id != row.id))
        if clash:
            raise DomainError("The entry already has this wording", code="wording_exists")
        row.text, row.key = wording[:MAX_CHARS], key
    row.status = "kept"
    session.flush()
    return row


def drop(session: Session, similar_id: int) -> None:
    session.execute(delete(FaqSimilar).where(FaqSimilar.id == similar_id))
    index_similar(session, [similar_id])
