"""The facts a desktop team asks for first when a user reports a problem.

Plain text, no secrets: the database URL loses its password and everything passes the
same redaction as the log. The UI adds its Qt versions and puts this on the clipboard
(Help > Copy diagnostics).
"""

from __future__ import annotations

import platform
import sys
from collections.abc import Mapping

from liaison_app import __version__
from liaison_app.core import paths
from liaison_app.core.privacy import redact


def _safe_url(url: str | None) -> str:
    if not url:
        return "-"
    try:
        from sqlalchemy.engine import make_url

        parsed = make_url(url)
        return parsed._replace(password=None).render_as_string(hide_password=False)
    except Exception:  # noqa: BLE001 - a malformed URL is still reported, redacted
        return redact(url)


def diagnostics(database_url: str | None = None, extra: Mapping[str, str] | None = None) -> dict[str, str]:
    from liaison_app.core.app_logging import log_path

    facts = {
        "Liaison": __version__,
        "Python": f"{platform.python_implementation()} {sys.version.split()[0]}",
        "Platform": platform.platform(),
        "Frozen build": "yes" if getattr(sys, "frozen", False) else "no",
        "Database": _safe_url(database_url),
        "Log file": str(log_path()),
        "Settings file": str(paths.config_path()),
        "Data folder": str(paths.data_dir()),
    }
    facts.update(extra or {})
    return {key: redact(str(value)) for key, value in facts.items()}


def diagnostics_text(database_url: str | None = None, extra: Mapping[str, str] | None = None) -> str:
    facts = diagnostics(database_url, extra)
    width = max(len(k) for k in facts)
    return "\n".join(f"{key + ':':<{width + 1}} {value}" for key, value in facts.items()) + "\n"
