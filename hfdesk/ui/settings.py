"""What hfdesk remembers between runs on this computer, for this user.

QSettings keeps the window's state only: the main window's size and position, and its
splitters. The interface language and the last database file are kept in the Qt-free
per-user settings file (`hfdesk.services.user_settings`: the command line reads the language
there too); AppSettings reads and writes them through it, and moves a value an older
hfdesk kept in QSettings there once. Not kept on this computer: anything a document uses
(the helsefellesskap's name and logo, the Word template): those live in the database
file (`hfdesk.services.settings`), so they travel with the data.

The settings are an INI file in the user's profile (QSettings' IniFormat, UserScope:
%APPDATA%\\hfdesk\\hfdesk.ini on Windows, ~/.config/hfdesk/hfdesk.ini on Linux), not the
registry, so one file holds them and "reset" is one clear() away. When
$HFDESK_DATA_DIR is set (developers, the test suite, the packaging smoke test) the
file is `hfdesk-settings.ini` in that folder instead, so nothing but the real user's
own runs ever touches the real user's settings.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QSplitter, QWidget

from ..errors import HfdeskError
from ..services import user_settings

ORGANISATION_NAME = "hfdesk"
APPLICATION_NAME = "hfdesk"
SETTINGS_FILENAME = "hfdesk-settings.ini"

# Kept in QSettings by hfdesk before the per-user settings file; moved there once (_migrate).
KEY_LANGUAGE = "interface/language"
KEY_LAST_DATABASE = "files/last_database"
KEY_GEOMETRY = "window/geometry"
SPLITTER_GROUP = "splitters"

# A database with this name is the demo (see MainWindow.create_demo_database): it is
# opened for a look around and never becomes the file hfdesk starts on.
DEMO_FILENAME = "hfdesk-demo.sqlite"


def settings_file_override() -> Path | None:
    """The settings file used instead of the user's own, when $HFDESK_DATA_DIR is set."""
    override = os.environ.get("HFDESK_DATA_DIR")
    return Path(override) / SETTINGS_FILENAME if override else None


def open_qsettings() -> QSettings:
    override = settings_file_override()
    if override is not None:
        return QSettings(str(override), QSettings.Format.IniFormat)
    return QSettings(
        QSettings.Format.IniFormat, QSettings.Scope.UserScope, ORGANISATION_NAME, APPLICATION_NAME
    )


def _text(value: object) -> str:
    return value if isinstance(value, str) else ""


def _bytes(value: object) -> QByteArray | None:
    if isinstance(value, QByteArray) and not value.isEmpty():
        return value
    if isinstance(value, (bytes, bytearray)) and value:
        return QByteArray(bytes(value))
    return None


class AppSettings:
    """Typed access to hfdesk's QSettings. Cheap to make; make one where it is needed."""

    def __init__(self, settings: QSettings | None = None) -> None:
        self.qsettings = settings if settings is not None else open_qsettings()
        # After reset() the window does not write its size back when it closes.
        self.frozen = False
        self._migrate()

    def _migrate(self) -> None:
        """Move the language and the last database an older hfdesk kept in QSettings to the
        per-user settings file (unless that already has its own), once."""
        moved = False
        for key, user_key in ((KEY_LANGUAGE, user_settings.USER_LANGUAGE),
                              (KEY_LAST_DATABASE, user_settings.USER_LAST_DATABASE)):
            value = _text(self.qsettings.value(key, ""))
            if not self.qsettings.contains(key):
                continue
            if value and not user_settings.user_settings().get(user_key):
                if not user_settings.try_set_user_setting(user_key, value):
                    continue  # kept in QSettings until it can be moved
            self.qsettings.remove(key)
            moved = True
        if moved:
            self.sync()

    def file_name(self) -> str:
        return self.qsettings.fileName()

    def sync(self) -> None:
        self.qsettings.sync()

    # --- the interface language -------------------------------------------------------
    def language(self) -> str:
        """The language the user chose ('nb', 'nn', 'en'), or '' to follow the system."""
        return user_settings.user_language()

    def set_language(self, language: str) -> None:
        user_settings.try_set_user_setting(user_settings.USER_LANGUAGE, language)

    # --- the last database -------------------------------------------------------------
    def last_database(self) -> Path | None:
        return user_settings.last_database()

    def remember_database(self, path: Path) -> None:
        """Remember `path` as the file to start on next time (not the demo: see DEMO_FILENAME),
        and first among the recent databases (the demo too: File ▸ Recent Databases)."""
        if self.frozen:
            return
        self._keep(user_settings.remember_recent_database, path)
        if path.name.lower() == DEMO_FILENAME:
            return
        user_settings.try_set_user_setting(user_settings.USER_LAST_DATABASE, str(path.absolute()))

    # --- the window ---------------------------------------------------------------------
    # --- the recent databases ----------------------------------------------------------
    def recent_databases(self) -> list[Path]:
        """The files opened most recently, newest first (some may be gone since)."""
        return user_settings.recent_databases()

    def forget_recent_database(self, path: Path) -> None:
        self._keep(user_settings.forget_recent_database, path)

    @staticmethod
    def _keep(change, path: Path) -> None:
        """A change to the recent list; a settings file that cannot be written is logged, not
        shown (the file the user opened is open all the same)."""
        try:
            change(path)
        except HfdeskError as exc:
            user_settings.log.warning("De sist brukte databasene ble ikke lagret: %s", exc.render("nb"))

    def save_window(self, window: QWidget, splitters: dict[str, QSplitter] | None = None) -> None:
        if self.frozen:
            return
        self.qsettings.setValue(KEY_GEOMETRY, window.saveGeometry())
        for key, splitter in (splitters or {}).items():
            self.qsettings.setValue(f"{SPLITTER_GROUP}/{key}", splitter.saveState())
        self.sync()

    def restore_window(self, window: QWidget, splitters: dict[str, QSplitter] | None = None) -> bool:
        """Put the window and its splitters back as they were; False when nothing was kept."""
        geometry = _bytes(self.qsettings.value(KEY_GEOMETRY))
        restored = geometry is not None and window.restoreGeometry(geometry)
        self.restore_splitters(splitters or {})
        return restored

    def restore_splitters(self, splitters: dict[str, QSplitter]) -> None:
        """Put splitters back as they were (a page built after the window gets its own back)."""
        for key, splitter in splitters.items():
            state = _bytes(self.qsettings.value(f"{SPLITTER_GROUP}/{key}"))
            if state is not None:
                splitter.restoreState(state)

    # --- starting over ------------------------------------------------------------------
    def reset(self) -> None:
        """Forget everything kept here (language, last file, window); stop saving this run."""
        self.qsettings.clear()
        self.sync()
        user_settings.clear_user_settings()
        self.frozen = True

    def keys(self) -> list[str]:
        return list(self.qsettings.allKeys())


def splitters_of(pages: dict[str, QWidget]) -> dict[str, QSplitter]:
    """Every splitter on the named pages, keyed by page, position and pane count, so a
    state saved for another layout (a splitter added, panes added) is never restored."""
    found: dict[str, QSplitter] = {}
    for name, page in pages.items():
        for index, splitter in enumerate(_splitters(page)):
            found[f"{name}/{index}-{splitter.count()}"] = splitter
    return found


def _splitters(widget: QWidget) -> Iterator[QSplitter]:
    yield from widget.findChildren(QSplitter)
