"""The department directory as one CSV file an information manager edits in Excel.

One row per contact, with the department's fields repeated on each of its rows (a
department without contacts has one row with the contact columns empty), so the sheet
can be sorted and filtered like any list. On import, the department's fields may be left
empty on its later rows; when filled they must agree with its first row. Departments are
matched by name (case and width ignored), contacts by email within their department (by
name when they have none); contacts missing from the file are left as they are, and a
file without a head marked keeps the stored head. Export writes UTF-8 with a BOM (Excel
opens it right); import also takes GB18030/GBK. Every row is checked before anything is
written; problems are reported by line and column, through the same rules as the edit
dialog (`core.directory.admin`), and re-importing an exported file changes nothing. The
file is read by `core.tabular`, like every import.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from liaison_app.core import paths, tabular
from liaison_app.core.directory.admin import (
    ContactInput,
    DepartmentInput,
    check_department,
    load_department,
    name_key,
    normalised,
    parse_keywords,
    save_department,
)
from liaison_app.core.export_cells import safe_row
from liaison_app.core.models import Contact, Department
from liaison_app.core.tabular import ImportFileError, Problem

COLUMNS = ("department", "duties", "sla_hours", "routing_keywords", "department_email",
           "department_phone", "department_active", "contact", "title", "email", "phone",
           "deputy_email", "head", "contact_active")
DEPARTMENT_COLUMNS = COLUMNS[1:7]
ALIASES = {
    "部門": "department", "部门": "department", "職責": "duties", "职责": "duties",
    "sla": "sla_hours", "sla小時": "sla_hours", "sla小时": "sla_hours", "時限": "sla_hours",
    "时限": "sla_hours", "關鍵詞": "routing_keywords", "关键词": "routing_keywords",
    "分派關鍵詞": "routing_keywords", "分派关键词": "routing_keywords",
    "部門電郵": "department_email", "部门邮箱": "department_email",
    "部門電話": "department_phone", "部门电话": "department_phone",
    "部門啟用": "department_active", "部门启用": "department_active",
    "聯絡人": "contact", "联系人": "contact", "姓名": "contact", "職稱": "title",
    "职称": "title", "職位": "title", "职位": "title", "電郵": "email", "邮箱": "email",
    "電子郵件": "email", "电子邮件": "email", "電話": "phone", "电话": "phone",
    "代理人電郵": "deputy_email", "代理人邮箱": "deputy_email", "主管": "head",
    "部門主管": "head", "部门主管": "head", "聯絡人啟用": "contact_active",
    "联系人启用": "contact_active",
}
# Where a directory_admin problem shows in the file.
_DEPT_FIELD = {"name": "department", "sla_hours": "sla_hours", "email": "department_email",
               "phone": "department_phone", "routing_keywords": "routing_keywords", "head": "head"}
_CONTACT_FIELD = {"name": "contact", "email": "email", "phone": "phone", "title": "title",
                  "deputy": "deputy_email", "contacts": "contact"}


@dataclass
class DirectoryImportReport(tabular.ImportReport):
    """`skipped` counts the rows of departments left out: a department is all or nothing."""

    departments_created: int = 0
    departments_updated: int = 0
    departments_unchanged: int = 0
    contacts_created: int = 0
    contacts_updated: int = 0

    @property
    def skipped_rows(self) -> int:
        return self.skipped

    @property
    def written(self) -> bool:
        return bool(self.departments_created or self.departments_updated)

    def as_json(self) -> dict:
        return {"file": self.file, "encoding": self.encoding, "rows": self.rows,
                "departments_created": self.departments_created,
                "departments_updated": self.departments_updated,
                "departments_unchanged": self.departments_unchanged,
                "contacts_created": self.contacts_created,
                "contacts_updated": self.contacts_updated, "skipped_rows": self.skipped,
                "problems": [{"line": p.line, "field": p.field, "message": p.message}
                             for p in self.problems]}


# --- export -------------------------------------------------------------------------
def _yes(value: bool) -> str:
    return "yes" if value else "no"


def directory_rows(session: Session) -> list[list[str]]:
    rows = []
    for dept in session.scalars(select(Department).order_by(Department.name, Department.id)):
        contacts = list(session.scalars(select(Contact).where(Contact.department_id == dept.id)
                                        .order_by(Contact.id)))
        emails = {c.id: c.email or "" for c in contacts}
        head = [dept.name, dept.duties or "", str(dept.sla_hours),
                "、".join(dept.routing_keywords or []), dept.email or "", dept.phone or "",
                _yes(dept.active)]
        if not contacts:
            rows.append(head + [""] * 7)
        for c in contacts:
            rows.append(head + [c.name, c.title or "", c.email or "", c.phone or "",
                                emails.get(c.deputy_id, ""),
                                _yes(c.id == dept.head_contact_id) if dept.head_contact_id else "no",
                                _yes(c.active)])
    return rows


def export_directory(session: Session, path: str | Path) -> dict:
    """Write the whole directory, inactive entries included; returns what was written."""
    rows = directory_rows(session)
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer)
    writer.writerow(COLUMNS)
    # Staff phone numbers are the directory's content, not customer numbers: not masked.
    writer.writerows(safe_row(row, mask=False) for row in rows)
    paths.write_private_bytes(Path(path), buffer.getvalue().encode("utf-8-sig"))
    return {"file": str(path), "departments": len({r[0] for r in rows}),
            "contacts": sum(1 for r in rows if r[7]), "rows": len(rows)}


# --- import -------------------------------------------------------------------------
def _column(name: str) -> str:
    key = "".join((name or "").lstrip("\ufeff").split()).lower()
    return ALIASES.get(key, key)


def _read(path: Path, text: str) -> list[tuple[int, dict[str, str]]]:
    rows = tabular.csv_rows(text, str(path))
    try:
        _, header_cells = next(rows)
    except StopIteration:
        raise ImportFileError(f"{path}: the file is empty") from None
    header = [_column(h) for h in header_cells]
    if "department" not in header:
        raise ImportFileError(f"{path}, line 1: missing column 'department' "
                              f"(columns: {', '.join(COLUMNS)})")
    return [(line, {k: v.strip() for k, v in zip(header, values)})
            for line, values in rows if any(v.strip() for v in values)]


@dataclass
class _Group:
    """The rows of one department in the file, merged onto what is stored."""

    file: str
    first_line: int
    lines: list[int] = field(default_factory=list)
    fields: dict[str, str] = field(default_factory=dict)
    contacts: list[tuple[int, dict[str, str]]] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)

    def problem(self, line: int, field_name: str, message: str) -> None:
        self.problems.append(Problem(self.file, line, field_name, message))


def _group_rows(file: str, records: Iterable[tuple[int, dict[str, str]]]) -> dict[str, _Group]:
    groups: dict[str, _Group] = {}
    for line, raw in records:
        name = " ".join(raw.get("department", "").split())
        if not name:
            group = groups.setdefault(f"\0{line}", _Group(file, line))
            group.lines.append(line)
            group.problem(line, "department", "required")
            continue
        group = groups.get(name_key(name))
        if group is None:
            group = groups[name_key(name)] = _Group(file, line, fields={"department": name} | {
                c: raw.get(c, "") for c in DEPARTMENT_COLUMNS})
        else:
            for column in DEPARTMENT_COLUMNS:
                value = raw.get(column, "")
                if value and value != group.fields[column]:
                    group.problem(
                        line, column, f"differs from line {group.first_line} for the same "
                                      "department (leave it empty or repeat the same value)")
        group.lines.append(line)
        if any(raw.get(c) for c in ("contact", "title", "email", "phone", "deputy_email")):
            group.contacts.append((line, raw))
    return groups


def _bool(raw: dict, column: str, default: bool, line: int, group: _Group) -> bool:
    try:
        return tabular.yes_no(raw.get(column, "")) if raw.get(column, "") else default
    except ValueError as exc:
        group.problem(line, column, str(exc))
        return default


def _merge(session: Session, group: _Group) -> tuple[int | None, DepartmentInput, list[int | None]]:
    """The department as it will be saved, its stored id, and each contact's file line."""
    f = group.fields
    stored = session.execute(select(Department.id, Department.name)).all()
    dept_id = next((i for i, n in stored if name_key(n) == name_key(f["department"])), None)
    data = load_department(session, dept_id) if dept_id else DepartmentInput(name="")
    data.name, data.duties = f["department"], f["duties"]
    data.routing_keywords = parse_keywords(f["routing_keywords"])
    data.email, data.phone = f["department_email"], f["department_phone"]
    if f["sla_hours"]:
        try:
            data.sla_hours = int(f["sla_hours"].replace(",", "").strip())
        except ValueError:
            group.problem(group.first_line, "sla_hours",
                          f"'{f['sla_hours']}' is not a whole number of hours")
    data.active = _bool(f, "department_active", data.active, group.first_line, group)
    lines: list[int | None] = [None] * len(data.contacts)
    by_email = {c.email.lower(): i for i, c in enumerate(data.contacts) if c.email}
    by_name = {name_key(c.name): i for i, c in enumerate(data.contacts) if not c.email}
    deputies: list[tuple[int, int, str]] = []
    heads: list[tuple[int, int]] = []
    for line, raw in group.contacts:
        email = raw.get("email", "")
        index = by_email.get(email.lower()) if email else by_name.get(name_key(raw.get("contact", "")))
        if index is not None and lines[index] is not None:
            group.problem(line, "email" if email else "contact",
                          f"the same contact as line {lines[index]}")
            continue
        if index is None:
            index = len(data.contacts)
            data.contacts.append(ContactInput(name=""))
            lines.append(None)
        contact = data.contacts[index]
        contact.name, contact.title = raw.get("contact", ""), raw.get("title", "")
        contact.email, contact.phone = email, raw.get("phone", "")
        contact.active = _bool(raw, "contact_active", contact.active, line, group)
        lines[index] = line
        deputies.append((index, line, raw.get("deputy_email", "")))
        if _bool(raw, "head", False, line, group):
            heads.append((index, line))
    emails = {c.email.lower(): i for i, c in enumerate(data.contacts) if c.email}
    for index, line, deputy in deputies:
        if not deputy:
            data.contacts[index].deputy = None
        elif deputy.lower() in emails:
            data.contacts[index].deputy = emails[deputy.lower()]
        else:
            group.problem(line, "deputy_email", f"'{deputy}' is not the email of "
                          "a contact of this department")
    if len(heads) > 1:
        group.problem(heads[1][1], "head", f"a department has one head; line "
                      f"{heads[0][1]} already names one")
    elif heads:
        data.head = heads[0][0]
    return dept_id, data, lines


def import_directory(session: Session, path: str | Path, *,
                     skip_invalid: bool = False) -> DirectoryImportReport:
    """Check every row, then write the good departments (all or nothing unless `skip_invalid`).

    The caller owns the transaction. With `skip_invalid`, a department with a bad row is
    skipped with all its rows, so no department is left half imported.
    """
    path = Path(path)
    report = DirectoryImportReport(file=str(path))
    text, report.encoding = tabular.read_text(path)
    records = _read(path, text)
    report.rows = len(records)
    plans = []
    for group in _group_rows(report.file, records).values():
        if group.problems and "department" not in group.fields:
            report.problems += group.problems
            report.skipped += len(group.lines)
            continue
        dept_id, merged, lines = _merge(session, group)
        for p in check_department(session, merged, dept_id):
            if p.row is None:
                group.problem(group.first_line, _DEPT_FIELD.get(p.field, p.field), p.message)
            else:
                group.problem(lines[p.row] or group.first_line,
                              _CONTACT_FIELD.get(p.field, p.field), p.message)
        if group.problems:
            report.problems += group.problems
            report.skipped += len(group.lines)
        else:
            plans.append((dept_id, merged))
    report.problems.sort(key=lambda p: p.line)
    if report.problems and not skip_invalid:
        return report
    for dept_id, merged in plans:
        before = normalised(load_department(session, dept_id)) if dept_id else None
        after = normalised(merged)
        if before == after:
            report.departments_unchanged += 1
            continue
        old = {c.id: c for c in before.contacts} if before else {}
        report.contacts_created += sum(1 for c in after.contacts if c.id is None)
        report.contacts_updated += sum(1 for c in after.contacts
                                       if c.id is not None and old.get(c.id) != c)
        save_department(session, merged, dept_id)
        if dept_id is None:
            report.departments_created += 1
        else:
            report.departments_updated += 1
    return report
