"""The one door to passwords: the OS keyring (service `liaison`), or memory when none exists.

Headless and minimal Linux desktops have no keyring backend (`NoKeyringError`); there a
password given during the run is kept in memory only and never written anywhere.
"""

from __future__ import annotations

import keyring
from keyring.errors import KeyringError, NoKeyringError, PasswordDeleteError

from liaison_app.core.privacy import register_secret

SERVICE = "liaison"
NAMES = ("smtp", "imap", "db")

_memory: dict[str, str] = {}


class KeyringUnavailable(Exception):
    """No keyring backend: the caller should ask for the password for this run only."""


def keyring_available() -> bool:
    try:
        keyring.get_password(SERVICE, "__probe__")
    except NoKeyringError:
        return False
    except KeyringError:
        return False
    return True


def get_password(name: str) -> str | None:
    """The stored password for `name`, from the keyring or this run's memory."""
    if name in _memory:
        return _memory[name]
    try:
        password = keyring.get_password(SERVICE, name)
    except (NoKeyringError, KeyringError):
        return None
    register_secret(password)  # the log filter hides it wherever it shows up
    return password


def set_password(name: str, password: str) -> None:
    """Store in the keyring; raises KeyringUnavailable when there is no backend."""
    if name not in NAMES:
        raise ValueError(f"unknown password name '{name}' (expected one of {', '.join(NAMES)})")
    register_secret(password)
    try:
        keyring.set_password(SERVICE, name, password)
    except NoKeyringError as exc:
        raise KeyringUnavailable(
            "No system keyring is available on this machine; the password cannot be stored. "
            "It can be given for this run only."
        ) from exc
    except KeyringError as exc:  # locked, access denied, backend failure
        raise KeyringUnavailable(f"The system keyring refused the password: {exc}") from exc
    _memory.pop(name, None)


def remember_for_this_run(name: str, password: str) -> None:
    """Keep a password in memory only, when no keyring exists."""
    register_secret(password)
    _memory[name] = password


def delete_password(name: str) -> None:
    _memory.pop(name, None)
    try:
        keyring.delete_password(SERVICE, name)
    except (PasswordDeleteError, NoKeyringError, KeyringError):
        pass


def forget_for_this_run(name: str) -> None:
    """Drop a password kept in memory (a sign-in that failed), leaving the keyring alone."""
    _memory.pop(name, None)
