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
