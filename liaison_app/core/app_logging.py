"""The log file: rotating, in the user log directory, with secrets masked in every record.

`setup_logging()` is called once by the desktop app and `liaison self-test`; the CLI keeps
its one-line errors on stderr. The privacy filter sits on the handler, so records of
every library (SQLAlchemy, alembic, keyring, ...) pass through it too.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import sys
from pathlib import Path

from liaison_app.core import paths
from liaison_app.core.privacy import redact

LOG_NAME = "liaison.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
FORMAT = "%(asctime)s %(levelname)-8s %(name)s [%(threadName)s] %(message)s"

_handler: logging.Handler | None = None


class PrivacyFilter(logging.Filter):
    """Rewrites a record so that no password, card number or ID number reaches a handler."""

    _formatter = logging.Formatter()

    def filter(self, record: logging.LogRecord) -> bool:
        try:
            message = record.getMessage()
        except Exception:  # noqa: BLE001 - a bad format string must not lose the record
            message = f"{record.msg!r} {record.args!r}"
        record.msg = redact(message)
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = self._formatter.formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = redact(record.exc_text)
        if record.stack_info:
            record.stack_info = redact(record.stack_info)
        return True


class _PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """Log files (the current one and each rotated one) created readable by the owner only."""

    def _open(self):
        stream = open(self.baseFilename, self.mode, encoding=self.encoding,  # noqa: SIM115 (kept open)
                      errors=self.errors,
                      opener=paths.private_opener)
        paths.make_private(Path(self.baseFilename))
        return stream


def log_path() -> Path:
    """The current log file (`LIAISON_LOG_DIR` overrides the user log directory)."""
    override = os.environ.get("LIAISON_LOG_DIR")
    return (Path(override) if override else paths.log_dir()) / LOG_NAME


def setup_logging(level: int = logging.INFO) -> Path:
    """Send the root logger to the rotating log file; returns the file's path.

    Calling it again (another test, a restarted controller) replaces the handler.
    """
    global _handler
    target = log_path()
    paths.private_dir(target.parent)
    root = logging.getLogger()
    if _handler is not None:
        root.removeHandler(_handler)
        _handler.close()
    handler = _PrivateRotatingFileHandler(
        target, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8", delay=True
    )
    handler.setFormatter(logging.Formatter(FORMAT))
    handler.addFilter(PrivacyFilter())
    root.addHandler(handler)
    root.setLevel(level)
    logging.captureWarnings(True)
    _handler = handler
    from liaison_app import __version__

    logging.getLogger("liaison").info(
        "Liaison %s started (Python %s, %s)", __version__, sys.version.split()[0], sys.platform
    )
    return target


def shutdown_logging() -> None:
    """Detach and close the log file handler (tests; the end of a self-test)."""
    global _handler
    if _handler is not None:
        logging.getLogger().removeHandler(_handler)
        _handler.close()
        _handler = None


def flush_logs() -> None:
    if _handler is not None:
        _handler.flush()
