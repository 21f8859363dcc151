"""Signing in to a team database as oneself: which URL needs it, and what went wrong.

The server checks the password (SCRAM, or the bank's LDAP/Kerberos in `pg_hba.conf`);
this module only carries it: in this run's memory, and in the keyring when the person
ticks *Remember*, never in a connection string on disk. Qt-free, so the sign-in dialog
only shows what it decides.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy.engine import make_url

from liaison_app.core import secrets
from liaison_app.core.database import Database, DatabaseError, open_database
from liaison_app.core.team.people import (
    Access,
    Desk,
    NoLiaisonRole,
    access_for,
    change_own_password,
)


class Problem(StrEnum):
    WRONG_PASSWORD = "wrong_password"  # also an expired one: the server says the same
    DISABLED = "disabled"
    NO_ROLE = "no_role"
    UNREACHABLE = "unreachable"
    OTHER = "other"


class SignInError(Exception):
    def __init__(self, problem: Problem, login: str, detail: str = "") -> None:
        super().__init__(detail or problem.value)
        self.problem = problem
        self.login = login
        self.detail = detail


@dataclass
class SignedIn:
    database: Database
    access: Access


def is_team_url(url: str | None) -> bool:
    return bool(url) and make_url(url).get_backend_name() == "postgresql"


def needs_sign_in(url: str | None) -> bool:
    """A team database with no password given in the URL or kept in the keyring."""
    if not is_team_url(url):
        return False
    parsed = make_url(url)
    return parsed.password is None and not secrets.get_password("db")


def login_of(url: str | None) -> str:
    return (make_url(url).username or "") if url else ""


def problem_of(exc: Exception) -> Problem:
    text = str(exc).lower()
    if "password authentication failed" in text or "no password supplied" in text:
        return Problem.WRONG_PASSWORD
    if "not permitted to log in" in text:
        return Problem.DISABLED
    if "does not exist" in text and "role" in text:
        return Problem.WRONG_PASSWORD  # an unknown user: do not say which of the two
    if "connection refused" in text or "could not translate host" in text or "timeout" in text:
        return Problem.UNREACHABLE
    return Problem.OTHER


def open_as(url: str, login: str, password: str | None) -> SignedIn:
    """Open `url` as `login`; the desk their roles allow, or SignInError saying why not."""
    login = login.strip()
    target = make_url(url).set(username=login or None, password=None)
    if password:
        secrets.remember_for_this_run("db", password)
    try:
        database = open_database(target.render_as_string(hide_password=False))
    except DatabaseError as exc:
        raise SignInError(problem_of(exc), login, str(exc)) from exc
    access = attach_access(database)
    if access.desk == Desk.AGENT:
        # hundreds of agents' desks share the server: theirs hold no idle connection
        database.close()
        database = open_database(target.render_as_string(hide_password=False), migrate=False,
                                 keep_idle_connections=False)
        database.access = access
    return SignedIn(database, access)


def attach_access(database: Database) -> Access:
    """Find the desk of whoever `database` is connected as and keep it on the database;
    closes the database and raises SignInError when they have no Liaison role."""
    try:
        with database.session() as session:
            access = access_for(session)
    except NoLiaisonRole as exc:
        database.close()
        raise SignInError(Problem.NO_ROLE, exc.login, str(exc)) from exc
    database.access = access
    return access


def remember(password: str) -> None:
    """Keep the password in the keyring (ticked *Remember*); else it lives for this run."""
    try:
        secrets.set_password("db", password)
    except secrets.KeyringUnavailable:
        secrets.remember_for_this_run("db", password)


def forget_for_this_run() -> None:
    secrets.forget_for_this_run("db")


def change_password(signed: SignedIn, new_password: str) -> None:
    """The first sign-in's own password: set on the server, kept for this run's connections."""
    with signed.database.sessions.begin() as session:
        change_own_password(session, new_password)
    secrets.remember_for_this_run("db", new_password)
