"""This user's settings on this computer, in a Qt-free per-user file (part of
`hfdesk.services.settings`, which re-exports it; kept apart because it imports no models:
the app reads the language before it loads them, and the command line reads it too).

A small JSON object, written atomically (fileio.write_atomically): {"language": "nn",
"last_database": "C:\\...\\hfdesk.sqlite"}. In the user's configuration folder
(%APPDATA%\\hfdesk\\hfdesk.json on Windows, ~/.config/hfdesk/hfdesk.json on Linux), beside
the app's QSettings file; when $HFDESK_DATA_DIR is set (developers, the test suite, the
packaging smoke test) `hfdesk-user.json` in that folder instead, so nothing but the real
user's own runs touches the real user's settings. A missing or unreadable file is no
settings at all: the command line never fails over it.
"""

from __future__ import annotations

import json
import logging
import os
from pathlib import Path
from typing import Any

from ..errors import HfdeskError
from ..messages import LANGUAGES, system_language

USER_SETTINGS_FILENAME = "hfdesk.json"
USER_SETTINGS_OVERRIDE_FILENAME = "hfdesk-user.json"
USER_LANGUAGE = "language"
USER_LAST_DATABASE = "last_database"
USER_RECENT_DATABASES = "recent_databases"
USER_SHARED_DATABASES = "shared_databases"  # the shared databases' URLs, never with a password
MAX_RECENT_DATABASES = 8

log = logging.getLogger("hfdesk.settings")


def user_settings_path() -> Path:
    """Where this user's settings are kept (see above)."""
    override = os.environ.get("HFDESK_DATA_DIR")
    if override:
        return Path(override) / USER_SETTINGS_OVERRIDE_FILENAME
    import platformdirs

    from .. import APP_NAME

    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False, roaming=True)) / USER_SETTINGS_FILENAME


def user_settings() -> dict[str, Any]:
    """All of this user's settings; {} when there is no file or it cannot be read."""
    path = user_settings_path()
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return {}
    except (OSError, ValueError) as exc:
        log.warning("Innstillingsfilen %s kan ikke leses: %s", path, exc)
        return {}
    return data if isinstance(data, dict) else {}


def _save_user_settings(values: dict[str, Any]) -> None:
    """Write `values` as this user's settings (CannotWrite/FileInUse when that fails)."""
    from ..errors import CannotWrite
    from ..fileio import write_atomically

    path = user_settings_path()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        raise CannotWrite("file.cannot_save", name=path.name, reason=exc.strerror or exc) from exc
    text = json.dumps(values, ensure_ascii=False, indent=2, sort_keys=True) + "\n"
    write_atomically(path, lambda fh: fh.write(text.encode("utf-8")))


def set_user_setting(key: str, value: str | None) -> None:
    """Keep `value` under `key` ('' or None forgets it)."""
    values = user_settings()
    if value:
        if values.get(key) == value:
            return
        values[key] = value
    elif key in values:
        del values[key]
    else:
        return
    _save_user_settings(values)


def clear_user_settings() -> None:
    """Forget every setting kept for this user (the file goes)."""
    try:
        user_settings_path().unlink(missing_ok=True)
    except OSError as exc:
        log.warning("Innstillingsfilen kan ikke slettes: %s", exc)


def user_language() -> str:
    """The language the user chose in Settings ('nb', 'nn', 'en'), or '' to follow the system."""
    value = user_settings().get(USER_LANGUAGE, "")
    return value if value in LANGUAGES else ""


def set_user_language(language: str) -> None:
    set_user_setting(USER_LANGUAGE, language if language in LANGUAGES else "")


def message_language() -> str:
    """The language messages are shown in outside the app (the command line): the one
    chosen in Settings, else the system's locale (nb, nn or no: Norwegian; en: English),
    else bokmål."""
    return user_language() or system_language()


def last_database() -> Path | None:
    value = user_settings().get(USER_LAST_DATABASE, "")
    return Path(value) if isinstance(value, str) and value else None


def set_last_database(path: Path | str | None) -> None:
    set_user_setting(USER_LAST_DATABASE, str(path) if path else "")


def recent_databases() -> list[Path]:
    """The database files opened most recently, newest first (File ▸ Recent Databases); files
    since moved or deleted are still listed (the menu shows them disabled)."""
    value = user_settings().get(USER_RECENT_DATABASES, [])
    if not isinstance(value, list):
        return []
    return [Path(item) for item in value if isinstance(item, str) and item][:MAX_RECENT_DATABASES]


def remember_recent_database(path: Path | str) -> None:
    """Put `path` first among the recent databases (once; the oldest beyond
    MAX_RECENT_DATABASES drop off)."""
    new = str(Path(path).absolute())
    values = user_settings()
    old = [str(p) for p in recent_databases()]
    keep = [new, *(p for p in old if os.path.normcase(p) != os.path.normcase(new))][:MAX_RECENT_DATABASES]
    if keep == old:
        return
    values[USER_RECENT_DATABASES] = keep
    _save_user_settings(values)


def forget_recent_database(path: Path | str) -> None:
    """Take `path` off the recent databases (a file that is gone)."""
    values = user_settings()
    old = [str(p) for p in recent_databases()]
    target = os.path.normcase(str(Path(path).absolute()))
    keep = [p for p in old if os.path.normcase(p) != target]
    if keep == old:
        return
    values[USER_RECENT_DATABASES] = keep
    _save_user_settings(values)


def recent_shared_databases() -> list[str]:
    """The shared databases (``postgresql://`` URLs, no password) connected to most recently,
    newest first (File ▸ Recent Databases lists them below the files)."""
    value = user_settings().get(USER_SHARED_DATABASES, [])
    if not isinstance(value, list):
        return []
    return [item for item in value if isinstance(item, str) and item][:MAX_RECENT_DATABASES]


def remember_shared_database(url: str) -> None:
    """Put a shared database's URL first among the recent ones; any password in it is dropped
    before it is written (hfdesk never keeps one: the password file does)."""
    from ..pgdb import display_url

    new = display_url(url)
    values = user_settings()
    old = recent_shared_databases()
    keep = [new, *(u for u in old if u != new)][:MAX_RECENT_DATABASES]
    if keep == old:
        return
    values[USER_SHARED_DATABASES] = keep
    _save_user_settings(values)


def try_set_user_setting(key: str, value: str | None) -> bool:
    """set_user_setting, logging rather than raising when the file cannot be written (the
    app goes on: a setting not kept is not worth stopping for)."""
    try:
        set_user_setting(key, value)
    except HfdeskError as exc:
        log.warning("Innstillingen %s ble ikke lagret: %s", key, exc.render("nb"))
        return False
    return True
