"""People admin: add a person (their login role), give or take roles, disable, list.

Run by the schema owner, a superuser, or a person with the admin role (their login has
CREATEROLE). On PostgreSQL each person is a login role and each Liaison role a group
membership, so the server enforces what the rows only describe; on SQLite the rows are
the whole record. A first password is sent as a SCRAM verifier, never in clear, and the
person must change it at first sign-in.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from liaison_app.core.errors import DomainError
from liaison_app.core.models.directory import Agent, Department
from liaison_app.core.models.people import PersonDepartment, PersonRow
from liaison_app.core.team.people import scram_verifier
from liaison_app.core.team.roles import GROUPS, ROLES, group_role

LOGIN_PATTERN = re.compile(r"^[a-z_][a-z0-9_.@-]{0,62}$")


class PeopleError(DomainError):
    """A people-admin request that cannot be done; the message says why (for the command
    line), `code` and its arguments say it again for the window's translated text."""


def _ddl(session: Session, sql: str) -> None:
    """A statement with no parameters (a SCRAM verifier holds colons, not placeholders)."""
    session.connection().exec_driver_sql(sql)


def _is_pg(session: Session) -> bool:
    return session.get_bind().dialect.name == "postgresql"


def _quote(session: Session, name: str) -> str:
    return session.get_bind().dialect.identifier_preparer.quote_identifier(name)


def _check_roles(roles: Iterable[str]) -> list[str]:
    roles = list(dict.fromkeys(roles))
    unknown = [r for r in roles if r not in ROLES]
    if unknown:
        raise PeopleError(f"unknown role {unknown[0]!r} (roles: {', '.join(ROLES)})",
                          code="unknown_role", role=unknown[0])
    return roles


def _department_ids(session: Session, names: Sequence[str]) -> list[int]:
    ids = []
    for name in names:
        found = session.scalar(select(Department.id).where(Department.name == name))
        if found is None:
            raise PeopleError(f"no department named {name!r}", code="no_department_named",
                              name=name)
        ids.append(found)
    return ids


def _role_exists(session: Session, login: str) -> dict | None:
    return session.execute(text(
        "SELECT rolname, rolsuper, rolcanlogin FROM pg_roles WHERE rolname = :n"),
        {"n": login}).mappings().first()


def _pg16(session: Session) -> bool:
    return int(session.execute(text("SHOW server_version_num")).scalar_one()) >= 160000


def _grant_group(session: Session, login: str, role: str, has: Sequence[str] = ()) -> None:
    who = _quote(session, login)
    # PostgreSQL 16 keeps per-grant options: say them, so an earlier admin-only grant of
    # the same group (INHERIT FALSE) does not leave this membership without its rights.
    options = " WITH INHERIT TRUE, SET TRUE" if _pg16(session) else ""
    session.execute(text(f"GRANT {group_role(role)} TO {who}{options}"))
    if role == "admin":
        # An admin makes login roles and hands out the groups. Before 16, CREATEROLE
        # alone allows that; from 16 it takes ADMIN OPTION on each group, given without
        # the group's rights (INHERIT/SET FALSE) for the groups the admin is not in.
        _ddl(session, f"ALTER ROLE {who} CREATEROLE")
        if _pg16(session):
            mine = {group_role(r) for r in (*has, role)}
            for group in GROUPS:
                rights = "" if group in mine else ", INHERIT FALSE, SET FALSE"
                session.execute(text(f"GRANT {group} TO {who} WITH ADMIN TRUE{rights}"))


def _revoke_group(session: Session, login: str, role: str) -> None:
    who = _quote(session, login)
    session.execute(text(f"REVOKE {group_role(role)} FROM {who}"))
    if role == "admin":
        _ddl(session, f"ALTER ROLE {who} NOCREATEROLE")
        if _pg16(session):
            for group in GROUPS:
                session.execute(text(f"REVOKE ADMIN OPTION FOR {group} FROM {who}"))


def add_person(session: Session, login: str, name: str, roles: Sequence[str],
               departments: Sequence[str] = (), agent_code: str | None = None,
               password: str | None = None) -> PersonRow:
    """A new person. On PostgreSQL: a new login role with `password` (to be changed at
    first sign-in), or, without a password, an existing login (an LDAP user) mapped."""
    if not LOGIN_PATTERN.match(login):
        raise PeopleError(f"{login!r} is not a login name (lower-case letters, digits, _ . @ -)",
                          code="bad_login", login=login)
    if not name.strip():
        raise PeopleError("a person needs a name", code="person_name_required")
    roles = _check_roles(roles)
    if not roles:
        raise PeopleError("give at least one --role", code="role_required")
    if session.get(PersonRow, login) is not None:
        raise PeopleError(f"{login} is already a person on this database", code="person_exists",
                          login=login)
    if "department" in roles and not departments:
        raise PeopleError("the department role needs at least one --department",
                          code="department_role_needs_department")
    if "agent" in roles:
        if not agent_code:
            raise PeopleError("the agent role needs --agent CODE", code="agent_role_needs_agent")
        if session.scalar(select(Agent.id).where(Agent.code == agent_code)) is None:
            raise PeopleError(f"no agent with code {agent_code!r}", code="no_agent_code",
                              agent=agent_code)
    department_ids = _department_ids(session, departments)
    if _is_pg(session):
        existing = _role_exists(session, login)
        if login in GROUPS or (existing and existing["rolsuper"]):
            raise PeopleError(f"{login} is a group or superuser role, not a person",
                              code="login_is_group", login=login)
        if existing is None:
            if not password:
                raise PeopleError(f"no login {login} on the server: give a first password "
                                  "(--password-stdin) or create the LDAP user's role first",
                                  code="no_server_login", login=login)
            _ddl(session, f"CREATE ROLE {_quote(session, login)} LOGIN PASSWORD "
                          f"'{scram_verifier(password)}'")
        else:
            if password:
                raise PeopleError(f"login {login} exists already: add it without a password",
                                  code="login_exists", login=login)
            session.execute(text(f"ALTER ROLE {_quote(session, login)} LOGIN"))
        for role in roles:
            _grant_group(session, login, role, roles)
    row = PersonRow(login=login, name=name.strip(), roles=roles, agent_code=agent_code,
                    active=True, must_change_password=bool(password))
    row.departments = [PersonDepartment(department_id=i) for i in department_ids]
    session.add(row)
    session.flush()
    return row


def _person(session: Session, login: str) -> PersonRow:
    row = session.get(PersonRow, login)
    if row is None:
        raise PeopleError(f"{login} is not a person on this database", code="no_person",
                          login=login)
    return row


def grant(session: Session, login: str, roles: Sequence[str],
          departments: Sequence[str] = ()) -> PersonRow:
    row = _person(session, login)
    roles = _check_roles(roles)
    for role in roles:
        if _is_pg(session):
            _grant_group(session, login, role, [*row.roles, *roles])
        if role not in row.roles:
            row.roles = [*row.roles, role]
    have = {d.department_id for d in row.departments}
    for department_id in _department_ids(session, departments):
        if department_id not in have:
            row.departments.append(PersonDepartment(department_id=department_id))
    session.flush()
    return row


def revoke(session: Session, login: str, roles: Sequence[str],
           departments: Sequence[str] = ()) -> PersonRow:
    """Take roles, or (with departments) only those departments from the person."""
    row = _person(session, login)
    roles = _check_roles(roles)
    drop = set(_department_ids(session, departments))
    if drop:
        row.departments = [d for d in row.departments if d.department_id not in drop]
    else:
        for role in roles:
            if _is_pg(session):
                _revoke_group(session, login, role)
        row.roles = [r for r in row.roles if r not in roles]
        if "department" in roles:
            row.departments = []
    session.flush()
    return row


def disable(session: Session, login: str) -> PersonRow:
    """The person can no longer sign in (NOLOGIN); their rows and history stay."""
    row = _person(session, login)
    if _is_pg(session):
        session.execute(text(f"ALTER ROLE {_quote(session, login)} NOLOGIN"))
    row.active = False
    session.flush()
    return row


def person_json(session: Session, row: PersonRow) -> dict:
    names = {i: n for i, n in session.execute(select(Department.id, Department.name))}
    return {"login": row.login, "name": row.name, "roles": list(row.roles),
            "departments": [names.get(d.department_id, d.department_id) for d in row.departments],
            "agent": row.agent_code, "active": row.active,
            "must_change_password": row.must_change_password}


def list_people(session: Session) -> list[dict]:
    rows = session.scalars(select(PersonRow).order_by(PersonRow.login)).all()
    return [person_json(session, row) for row in rows]


def people_choices(session: Session) -> tuple[list[str], list[tuple[str, str]]]:
    """What the people admin screen offers: department names, and agents (code, name)."""
    departments = list(session.scalars(select(Department.name).order_by(Department.name)))
    agents = [(code, name) for code, name in session.execute(
        select(Agent.code, Agent.name).order_by(Agent.code))]
    return departments, agents
