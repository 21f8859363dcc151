"""Editing the department directory: departments, their contacts, head and deputies.

A department is saved as a whole, with its contacts, because the rules tie them together:
the head must be one of the department's contacts, a deputy another contact of the same
department. Every problem names its field (and the contact's row), with a `code` the
window turns into a translated sentence next to that field; the CSV import reports the
same problems by line. Removed contacts are deactivated, never deleted, so the queries
and mail that name them keep their history.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import flag_modified

from liaison_app.core.conflicts import check_version, flush_or_conflict
from liaison_app.core.models import Contact, Department
from liaison_app.core.questions.workflow import DomainError
from liaison_app.mail.addresses import is_valid_address

MAX_SLA_HOURS = 24 * 90
# Wide enough for any real department; a limit so that a pasted document or a runaway
# spreadsheet column is refused by line and field instead of stored.
MAX_DUTIES = 2000
MAX_ROUTING_KEYWORDS = 50
_PHONE = re.compile(r"[0-9+()#*.,;/ \-轉转分機机ext.xX]+")
KEYWORD_SEPARATORS = re.compile(r"[、,，;；|\n\r\t]+")


@dataclass
class Problem:
    """One refused value: `field` names it, `row` is the contact's index (None: the department)."""

    field: str
    code: str
    message: str
    row: int | None = None
    value: str = ""


class DirectoryError(DomainError):
    """The department cannot be saved as given; `problems` says why, field by field."""

    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("; ".join(p.message for p in problems))


@dataclass
class ContactInput:
    name: str
    title: str = ""
    email: str = ""
    phone: str = ""
    active: bool = True
    deputy: int | None = None  # index of another contact in the same list
    id: int | None = None  # the stored contact this row edits; None for a new one


@dataclass
class DepartmentInput:
    name: str
    duties: str = ""
    sla_hours: int = 24
    routing_keywords: list[str] = field(default_factory=list)
    email: str = ""
    phone: str = ""
    active: bool = True
    contacts: list[ContactInput] = field(default_factory=list)
    head: int | None = None  # index into `contacts`
    # The stored version the editor started from (None: a new department, or an import
    # that means to overwrite): a colleague's save meanwhile refuses this one.
    version: int | None = None


def name_key(name: str) -> str:
    """Names that differ only in case, full/half width or spacing are the same name."""
    return " ".join(unicodedata.normalize("NFKC", name or "").casefold().split())


def valid_email(address: str) -> bool:
    """The one address rule (`mail.addresses`), on a trimmed field."""
    return is_valid_address((address or "").strip())


def parse_keywords(text: str | list[str]) -> list[str]:
    """Keywords as typed or read from a cell (、 , ， ; separators), trimmed, without repeats."""
    parts = text if isinstance(text, list) else KEYWORD_SEPARATORS.split(text or "")
    seen: dict[str, str] = {}
    for part in parts:
        word = " ".join(str(part).split())
        if word and name_key(word) not in seen:
            seen[name_key(word)] = word
    return list(seen.values())


def normalised(data: DepartmentInput) -> DepartmentInput:
    contacts = [ContactInput(name=" ".join((c.name or "").split()), title=(c.title or "").strip(),
                             email=(c.email or "").strip(), phone=(c.phone or "").strip(),
                             active=bool(c.active), deputy=c.deputy, id=c.id)
                for c in data.contacts]
    return DepartmentInput(
        name=" ".join((data.name or "").split()), duties=(data.duties or "").strip(),
        sla_hours=data.sla_hours, routing_keywords=parse_keywords(data.routing_keywords or []),
        email=(data.email or "").strip(), phone=(data.phone or "").strip(),
        active=bool(data.active), contacts=contacts, head=data.head, version=data.version)


def _text_problems(value: str, fld: str, label: str, limit: int, row: int | None,
                   required: bool = False) -> list[Problem]:
    if required and not value:
        return [Problem(fld, "required", f"{label}: required", row)]
    if len(value) > limit:
        return [Problem(fld, "too_long", f"{label}: at most {limit} characters", row, str(limit))]
    return []


def _contact_label(index: int, contact: ContactInput) -> str:
    return f"contact {index + 1}" + (f" ({contact.name})" if contact.name else "")


def check_contact(contact: ContactInput, index: int = 0) -> list[Problem]:
    """The rules one contact obeys on its own (name, email syntax, lengths)."""
    label = _contact_label(index, contact)
    problems = _text_problems(contact.name, "name", f"{label}: name", 100, index, required=True)
    problems += _text_problems(contact.title, "title", f"{label}: title", 100, index)
    if contact.email and not valid_email(contact.email):
        problems.append(Problem("email", "email", f"{label}: email {contact.email!r} is not a "
                                "valid address like name@bank.example", index, contact.email))
    if contact.phone and (len(contact.phone) > 50 or not _PHONE.fullmatch(contact.phone)
                          or not any(ch.isdigit() for ch in contact.phone)):
        problems.append(Problem("phone", "phone", f"{label}: phone {contact.phone!r} is not a "
                                "phone number", index, contact.phone))
    return problems


def check_department(session: Session, data: DepartmentInput,
                     department_id: int | None = None) -> list[Problem]:
    """Every problem of `data` (cleaned first), as it would be saved over `department_id`."""
    data = normalised(data)
    problems = _text_problems(data.name, "name", "department name", 100, None, required=True)
    if data.name and not problems:
        key = name_key(data.name)
        for other_id, other_name in session.execute(select(Department.id, Department.name)):
            if other_id != department_id and name_key(other_name) == key:
                problems.append(Problem("name", "duplicate_name", f"department name: "
                                        f"{other_name!r} already exists", None, other_name))
                break
    try:
        hours = int(data.sla_hours)
    except (TypeError, ValueError):
        hours = None
    if hours is None or isinstance(data.sla_hours, bool) or hours != data.sla_hours or not (
            0 < hours <= MAX_SLA_HOURS):
        problems.append(Problem("sla_hours", "sla", f"SLA hours: {data.sla_hours!r} is not a "
                                f"whole number of hours from 1 to {MAX_SLA_HOURS}", None,
                                str(data.sla_hours)))
    problems += _text_problems(data.duties, "duties", "duties", MAX_DUTIES, None)
    if len(data.routing_keywords) > MAX_ROUTING_KEYWORDS:
        problems.append(Problem("routing_keywords", "too_many_keywords",
                                f"routing keywords: {len(data.routing_keywords)} given, at most "
                                f"{MAX_ROUTING_KEYWORDS}", None, str(MAX_ROUTING_KEYWORDS)))
    for word in data.routing_keywords:
        if len(word) > 40:
            problems.append(Problem("routing_keywords", "keyword_too_long",
                                    f"routing keywords: {word[:20]!r}… is longer than 40 "
                                    "characters", None, word))
    if data.email and not valid_email(data.email):
        problems.append(Problem("email", "email", f"department email: {data.email!r} is not a "
                                "valid address like name@bank.example", None, data.email))
    if data.phone and check_contact(ContactInput(name="-", phone=data.phone)):
        problems.append(Problem("phone", "phone", f"department phone: {data.phone!r} is not a "
                                "phone number", None, data.phone))
    emails: dict[str, int] = {}
    count = len(data.contacts)
    for index, contact in enumerate(data.contacts):
        problems += check_contact(contact, index)
        label = _contact_label(index, contact)
        key = contact.email.lower()
        if key and key in emails:
            problems.append(Problem("email", "duplicate_email", f"{label}: email {contact.email!r} "
                                    f"is already contact {emails[key] + 1}'s", index, contact.email))
        if key:
            emails.setdefault(key, index)
        if contact.deputy is not None:
            if contact.deputy == index:
                problems.append(Problem("deputy", "deputy_self",
                                        f"{label}: a contact cannot be their own deputy", index))
            elif not 0 <= contact.deputy < count:
                problems.append(Problem("deputy", "deputy_other", f"{label}: the deputy must be "
                                        "another contact of this department", index))
        if contact.id is not None and department_id is not None:
            owner = session.scalar(select(Contact.department_id).where(Contact.id == contact.id))
            if owner != department_id:
                problems.append(Problem("contacts", "contact_other", f"{label}: not a contact of "
                                        "this department", index))
    if data.head is not None:
        if not 0 <= data.head < count:
            problems.append(Problem("head", "head_other", "head of department: must be one of "
                                    "this department's contacts"))
        elif not data.contacts[data.head].active:
            problems.append(Problem("head", "head_inactive", "head of department: "
                                    f"{data.contacts[data.head].name} is inactive"))
    return problems


def save_department(session: Session, data: DepartmentInput,
                    department_id: int | None = None) -> Department:
    """Create (`department_id` None) or update a department with its contacts, or refuse.

    Stored contacts missing from `data.contacts` are deactivated, kept for history.
    """
    dept = None
    if department_id is not None:
        dept = session.get(Department, department_id)
        if dept is None:
            raise DomainError(f"no department {department_id}", code="no_department",
                              department=department_id)
        # A colleague's save first: the form's problems are moot on a stale copy.
        check_version(session, dept, data.version)
    problems = check_department(session, data, department_id)
    if problems:
        raise DirectoryError(problems)
    data = normalised(data)
    if dept is None:
        dept = Department(name=data.name)
        session.add(dept)
    dept.name, dept.duties, dept.sla_hours = data.name, data.duties, int(data.sla_hours)
    dept.routing_keywords = list(data.routing_keywords)
    dept.email, dept.phone, dept.active = data.email or None, data.phone or None, data.active
    if department_id is None:
        session.flush()
    else:
        # Every save counts the version up, also one that only changes contacts or the
        # head (rows of their own): a colleague's copy opened before it is then stale.
        flag_modified(dept, "name")
        flush_or_conflict(session, dept)
    stored = {c.id: c for c in session.scalars(
        select(Contact).where(Contact.department_id == dept.id))}
    rows: list[Contact] = []
    for item in data.contacts:
        contact = stored.pop(item.id, None) if item.id is not None else None
        if contact is None:
            contact = Contact(department_id=dept.id, name=item.name)
            session.add(contact)
        contact.name, contact.title = item.name, item.title
        contact.email, contact.phone = item.email or None, item.phone or None
        contact.active = item.active
        rows.append(contact)
    for gone in stored.values():
        gone.active = False
        gone.deputy_id = None
    session.flush()
    for item, contact in zip(data.contacts, rows):
        contact.deputy_id = rows[item.deputy].id if item.deputy is not None else None
    dept.head_contact_id = rows[data.head].id if data.head is not None else None
    session.flush()
    return dept


def load_department(session: Session, department_id: int) -> DepartmentInput:
    """The stored department as an editable input (active and inactive contacts)."""
    dept = session.get(Department, department_id)
    if dept is None:
        raise DomainError(f"no department {department_id}", code="no_department",
                          department=department_id)
    contacts = list(session.scalars(select(Contact).where(Contact.department_id == dept.id)
                                    .order_by(Contact.id)))
    index = {c.id: i for i, c in enumerate(contacts)}
    return DepartmentInput(
        name=dept.name, duties=dept.duties or "", sla_hours=dept.sla_hours,
        routing_keywords=list(dept.routing_keywords or []), email=dept.email or "",
        phone=dept.phone or "", active=dept.active, head=index.get(dept.head_contact_id),
        version=dept.version,
        contacts=[ContactInput(name=c.name, title=c.title or "", email=c.email or "",
                               phone=c.phone or "", active=c.active, id=c.id,
                               deputy=index.get(c.deputy_id)) for c in contacts])


def set_department_active(session: Session, department_id: int, active: bool) -> Department:
    """Deactivate a department (kept with its history, no longer offered) or bring it back."""
    dept = session.get(Department, department_id)
    if dept is None:
        raise DomainError(f"no department {department_id}", code="no_department",
                          department=department_id)
    dept.active = active
    session.flush()
    return dept


def set_contact_active(session: Session, contact_id: int, active: bool) -> Contact:
    """Deactivate a contact; a deactivated head or deputy is no longer named as one."""
    contact = session.get(Contact, contact_id)
    if contact is None:
        raise DomainError(f"no contact {contact_id}", code="no_contact", contact=contact_id)
    contact.active = active
    if not active:
        dept = session.get(Department, contact.department_id)
        if dept is not None and dept.head_contact_id == contact.id:
            dept.head_contact_id = None
        for other in session.scalars(select(Contact).where(Contact.deputy_id == contact.id)):
            other.deputy_id = None
    session.flush()
    return contact


# --- small readers for the dialogs' choice boxes ------------------------------------------
def department_choices(session: Session, active_only: bool = True) -> list[tuple[int, str]]:
    """(id, name) of the departments a call, a mail or a filter can name, by name."""
    stmt = select(Department.id, Department.name).order_by(Department.name)
    if active_only:
        stmt = stmt.where(Department.active.is_(True))
    return [(i, n) for i, n in session.execute(stmt)]


def contact_choices(session: Session, department_id: int | None) -> list[tuple[int, str, str]]:
    """(id, name, phone) of a department's active contacts, in their order."""
    if department_id is None:
        return []
    return [(i, n, p or "") for i, n, p in session.execute(
        select(Contact.id, Contact.name, Contact.phone)
        .where(Contact.department_id == department_id, Contact.active.is_(True))
        .order_by(Contact.id))]
