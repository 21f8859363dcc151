"""Who is signed in, and which desk their roles open.

On PostgreSQL the person is `current_user`: their roles are the `liaison_*` group roles
the server says they inherit (not the mirror column), so what the window offers is what
the server will allow. On SQLite there are no people: the one desk is a manager's.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import select, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from liaison_app.core.models.people import PersonDepartment, PersonRow
from liaison_app.core.team.roles import ROLES, group_role


@dataclass(frozen=True)
class Person:
    login: str
    name: str
    roles: frozenset[str]
    departments: tuple[int, ...]
    agent_code: str | None
    active: bool
    must_change_password: bool = False


class Desk(StrEnum):
    MANAGER = "manager"
    SUPERVISOR = "supervisor"
    DEPARTMENT = "department"
    AGENT = "agent"
    ADMIN = "admin"


@dataclass(frozen=True)
class Access:
    """What the window may offer the signed-in person: the read model the UI asks.

    `person` is None on SQLite and for the schema owner or a superuser, who have the
    manager's desk.
    """

    person: Person | None
    desk: Desk

    @property
    def can_write(self) -> bool:
        """Changes questions, queries, mail and the FAQ (a manager's work)."""
        return self.desk == Desk.MANAGER

    @property
    def shows_write_actions(self) -> bool:
        """Supervisors see the actions disabled; department and agent desks do not see them."""
        return self.desk in (Desk.MANAGER, Desk.SUPERVISOR)

    @property
    def manages_people(self) -> bool:
        """Has the admin role: adds people, gives and takes roles, disables logins (the
        server allows it through the role's CREATEROLE and the people policies)."""
        return self.person is not None and "admin" in self.person.roles

    @property
    def restricted(self) -> bool:
        """Sees only the rows the server's policies give them."""
        return self.desk in (Desk.DEPARTMENT, Desk.AGENT, Desk.ADMIN)

    @property
    def who(self) -> str:
        return self.person.name if self.person else ""


# The desk a person's roles open, first match wins: the widest desk they have.
DESK_ORDER = (Desk.MANAGER, Desk.SUPERVISOR, Desk.DEPARTMENT, Desk.AGENT, Desk.ADMIN)


class NoLiaisonRole(Exception):
    """The login is valid but has no Liaison role on this database."""

    def __init__(self, login: str) -> None:
        super().__init__(f"{login} has no Liaison role on this database")
        self.login = login


def _server_roles(session: Session) -> frozenset[str]:
    checks = ", ".join(
        f"pg_has_role(current_user, '{group_role(r)}', 'USAGE') AS {r}" for r in ROLES
    )
    try:
        row = session.execute(text(f"SELECT {checks}")).mappings().one()
    except Exception:  # noqa: BLE001 - a group role missing: the schema is not a team schema
        session.rollback()
        return frozenset()
    return frozenset(r for r in ROLES if row[r])


def current_person(session: Session) -> Person | None:
    """The person signed in on this session's connection, or None (SQLite, or no row)."""
    if session.get_bind().dialect.name != "postgresql":
        return None
    login = session.execute(text("SELECT current_user")).scalar_one()
    try:
        row = session.get(PersonRow, login)
    except DBAPIError:  # no grant on the people table: not a person of this database
        session.rollback()
        return None
    if row is None:
        return None
    departments = tuple(session.scalars(
        select(PersonDepartment.department_id).where(PersonDepartment.login == login)
        .order_by(PersonDepartment.department_id)))
    return Person(login=row.login, name=row.name, roles=_server_roles(session),
                  departments=departments, agent_code=row.agent_code, active=row.active,
                  must_change_password=row.must_change_password)


def _owns_schema(session: Session) -> bool:
    """A superuser or the schema owner: the manager's desk, outside the people table."""
    return bool(session.execute(text(
        "SELECT r.rolsuper OR pg_has_role(current_user, n.nspowner, 'USAGE') "
        "FROM pg_roles r, pg_namespace n "
        "WHERE r.rolname = current_user AND n.nspname = current_schema()")).scalar())


def access_for(session: Session) -> Access:
    """The desk of whoever this session is connected as; raises NoLiaisonRole for none."""
    if session.get_bind().dialect.name != "postgresql":
        return Access(None, Desk.MANAGER)
    person = current_person(session)
    roles = person.roles if person and person.active else frozenset()
    for desk in DESK_ORDER:
        if desk.value in roles:
            return Access(person, desk)
    if _owns_schema(session):
        return Access(person, Desk.MANAGER)
    raise NoLiaisonRole(session.execute(text("SELECT current_user")).scalar_one())


def change_own_password(session: Session, new_password: str) -> None:
    """Set the signed-in person's password (as a SCRAM verifier) and clear the first-sign-in flag."""
    login = session.execute(text("SELECT current_user")).scalar_one()
    session.connection().exec_driver_sql(
        f"ALTER ROLE {_quote(session, login)} PASSWORD '{scram_verifier(new_password)}'")
    session.execute(text("UPDATE people SET must_change_password = false "
                         "WHERE login = current_user"))


def _quote(session: Session, name: str) -> str:
    return session.get_bind().dialect.identifier_preparer.quote_identifier(name)


def scram_verifier(password: str, iterations: int = 4096) -> str:
    """The SCRAM-SHA-256 verifier PostgreSQL stores, computed here so that the password
    itself never travels to the server or into its statement log."""
    salt = os.urandom(16)
    salted = hashlib.pbkdf2_hmac("sha256", password.encode("utf-8"), salt, iterations)
    client_key = hmac.new(salted, b"Client Key", hashlib.sha256).digest()
    stored_key = hashlib.sha256(client_key).digest()
    server_key = hmac.new(salted, b"Server Key", hashlib.sha256).digest()
    b64 = base64.b64encode
    return (f"SCRAM-SHA-256${iterations}:{b64(salt).decode()}"
            f"${b64(stored_key).decode()}:{b64(server_key).decode()}")
