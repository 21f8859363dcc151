"""Where Liaison keeps its files, from platformdirs (app name `Liaison`)."""

from __future__ import annotations

import os
from pathlib import Path

from platformdirs import PlatformDirs

from liaison_app import APP_NAME

_dirs = PlatformDirs(APP_NAME, appauthor=False)


def data_dir() -> Path:
    return Path(_dirs.user_data_dir)


def config_path() -> Path:
    """The settings file: `LIAISON_CONFIG` if set, else `settings.toml` in the config dir."""
    override = os.environ.get("LIAISON_CONFIG")
    if override:
        return Path(override)
    return Path(_dirs.user_config_dir) / "settings.toml"


def log_dir() -> Path:
    return Path(_dirs.user_log_dir)


def default_db_path() -> Path:
    return data_dir() / "liaison.db"


# --- files readable by their owner only ----------------------------------------------------
# The database, its backups, exports and logs hold customer questions: 0600, folders 0700.
# The command line and the desktop app set the umask once at start (`private_umask`), and
# each file is also created with its mode (`create_private`), so a library caller running
# under a loose umask (a test, a script) still gets private files.
PRIVATE_FILE = 0o600
PRIVATE_DIR = 0o700


def private_umask() -> None:
    """Every file this process creates from now on is readable by its owner only."""
    if os.name == "posix":
        os.umask(0o077)


def private_dir(path: Path) -> Path:
    """`path` as a folder, created owner-only (folders that exist are left as they are)."""
    path.mkdir(parents=True, exist_ok=True, mode=PRIVATE_DIR)
    return path


def create_private(path: Path) -> Path:
    """`path` created empty with mode 0600 if missing; an existing file loses group/other bits."""
    fd = os.open(path, os.O_CREAT | os.O_WRONLY, PRIVATE_FILE)
    os.close(fd)
    make_private(path)
    return path


def make_private(path: Path) -> None:
    if os.name == "posix":
        mode = path.stat().st_mode & 0o777
        if mode & 0o077:
            os.chmod(path, mode & 0o700)


def private_opener(file: str, flags: int) -> int:
    """`open(..., opener=private_opener)`: a new file is created 0600."""
    return os.open(file, flags, PRIVATE_FILE)


def write_private_bytes(path: Path, data: bytes) -> None:
    with open(path, "wb", opener=private_opener) as fh:
        fh.write(data)
    make_private(path)
