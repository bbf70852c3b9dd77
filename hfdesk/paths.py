"""Where hfdesk keeps its data and finds its resources."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

from . import APP_NAME

DATABASE_FILENAME = "hfdesk.sqlite"


def data_dir() -> Path:
    """The per-user data folder (on Windows %LOCALAPPDATA%\\hfdesk), or $HFDESK_DATA_DIR."""
    override = os.environ.get("HFDESK_DATA_DIR")
    if override:
        return Path(override)
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False, roaming=False))


def default_database_path() -> Path:
    return data_dir() / DATABASE_FILENAME


def backup_dir_for(database: Path) -> Path:
    """Backups live in a folder beside the database they copy."""
    return database.parent / "backups"


def resource_dir() -> Path:
    """`resources/`: inside the installed package, or at the root of a source checkout."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "resources", here.parent / "resources"):
        if candidate.is_dir():
            return candidate
    raise FileNotFoundError("hfdesk resources folder not found")


def resource(*parts: str) -> Path:
    return resource_dir().joinpath(*parts)
