"""The per-user settings file (TOML), read and written through typed accessors.

The file holds no secrets: passwords live in the keyring (`core.secrets`). Unknown keys
are kept when the file is rewritten, so a newer version's settings survive an older one.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import tomli_w

from liaison_app.core import paths
from liaison_app.mail.servers import SECURITIES, MailServer

LANGUAGES = ("system", "en", "zh_TW", "zh_CN")
# The mail server settings are mail's own type; re-exported for readers of the settings.
__all__ = ["LANGUAGES", "SECURITIES", "ConfigError", "MailServer", "Settings", "load_settings"]


class ConfigError(Exception):
    """The settings file is unreadable or holds a bad value; the message names file and key."""


@dataclass
class Settings:
    path: Path
    data: dict[str, Any] = field(default_factory=dict)

    # --- user interface -------------------------------------------------------------
    @property
    def language(self) -> str:
        value = self.data.get("ui", {}).get("language", "system")
        return value if value in LANGUAGES else "system"

    @language.setter
    def language(self, value: str) -> None:
        if value not in LANGUAGES:
            raise ConfigError(f"{self.path}: [ui] language must be one of {', '.join(LANGUAGES)}")
        self.data.setdefault("ui", {})["language"] = value

    @property
    def actor(self) -> str:
        """The name recorded on events this user causes (defaults to the login name)."""
        import getpass

        return str(self.data.get("ui", {}).get("actor") or getpass.getuser() or "manager")

    # --- mail -----------------------------------------------------------------------
    @property
    def mail_lease_seconds(self) -> float:
        """How long the desk sending mail keeps the lease without renewing it: another
        manager's desk takes over at the latest this long after it closed or died."""
        raw = self.data.get("mail", {}).get("lease_seconds", 60)
        try:
            return max(1.0, float(raw))
        except (TypeError, ValueError) as exc:
            raise ConfigError(f"{self.path}: [mail] lease_seconds must be a number") from exc

    @property
    def department_digest_mail(self) -> bool:
        """Mail each department its FAQ upkeep digest ([mail] department_digest, on
        unless set to false). On by default: the digest goes only when something is new
        for the department, at most once a day (`review_mail.queue_digests`), so it does
        not spam; a center whose departments refuse it turns it off."""
        return bool(self.data.get("mail", {}).get("department_digest", True))

    def mail_server(self, section: str) -> MailServer:
        raw = self.data.get(section, {})
        default_port = {"smtp": 465, "imap": 993}.get(section, 0)
        try:
            port = int(raw.get("port", default_port))
        except (TypeError, ValueError) as exc:
            raise ConfigError(f"{self.path}: [{section}] port must be a number") from exc
        security = str(raw.get("security", "ssl")).lower()
        if security not in SECURITIES:
            raise ConfigError(
                f"{self.path}: [{section}] security must be one of {', '.join(SECURITIES)}"
            )
        folders = raw.get("folders", ["INBOX"])
        if isinstance(folders, str):
            folders = [folders]
        try:
            poll = int(raw.get("poll_seconds", 120))
            timeout = float(raw.get("timeout_seconds", 30))
            data_timeout = float(raw.get("data_timeout_seconds", 600))
        except (TypeError, ValueError) as exc:
            raise ConfigError(f"{self.path}: [{section}] poll_seconds must be a number") from exc
        return MailServer(
            host=str(raw.get("host", "")),
            port=port,
            security=security,
            username=str(raw.get("username", "")),
            from_address=str(raw.get("from_address", "") or raw.get("username", "")),
            from_name=str(raw.get("from_name", "")),
            folders=[str(f) for f in folders if str(f).strip()] or ["INBOX"],
            poll_seconds=max(10, poll),
            timeout_seconds=max(1.0, timeout),
            data_timeout_seconds=max(1.0, data_timeout),
            authserv_ids=_names(raw.get("authserv_ids", [])),
            trusted_relays=_names(raw.get("trusted_relays", [])),
        )

    def set_mail_server(self, section: str, server: MailServer) -> None:
        """Write `server` into [section], keeping keys this version does not know."""
        raw = self.data.setdefault(section, {})
        raw.update(host=server.host, port=int(server.port), security=server.security,
                   username=server.username)
        if section == "smtp":
            raw.update(from_address=server.from_address, from_name=server.from_name)
        if section == "imap":
            raw.update(folders=list(server.folders), poll_seconds=int(server.poll_seconds),
                       authserv_ids=list(server.authserv_ids),
                       trusted_relays=list(server.trusted_relays))

    def save(self) -> None:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        tmp = self.path.with_suffix(".tmp")
        tmp.write_bytes(tomli_w.dumps(self.data).encode("utf-8"))
        tmp.replace(self.path)


def load_settings(path: str | Path | None = None) -> Settings:
    """Settings from `path`, `LIAISON_CONFIG` or the default file; missing file = defaults."""
    target = Path(path) if path else paths.config_path()
    if not target.exists():
        return Settings(path=target)
    try:
        data = tomllib.loads(target.read_text(encoding="utf-8"))
    except (tomllib.TOMLDecodeError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{target}: not a valid settings file: {exc}") from exc
    return Settings(path=target, data=data)


def _names(value) -> list[str]:
    """A settings list of names (a single string is a list of one)."""
    items = [value] if isinstance(value, str) else list(value or [])
    return [str(v).strip() for v in items if str(v).strip()]
