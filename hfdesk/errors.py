"""Known errors: situations a user can understand and act on, kept apart from bugs.

Each carries a message code from the catalogue (`hfdesk.messages`) and its parameters, not
finished text: the edge renders it in the user's language (bokmål, nynorsk or English).
`str(error)` is the message in the current language (bokmål unless the edge set another),
`error.render(language)` in a given one. Anything else that escapes is a bug and is
reported as one.

    raise NotFound("meeting.not_found_id", meeting_id=7)
"""

from __future__ import annotations

from typing import Any

from .messages import Text


class HfdeskError(Exception):
    """A known, user-facing error: a message code and its parameters (`hfdesk.messages`).
    `str(error)` is the message shown to the user, in the current language."""

    def __init__(self, code: str | Text, /, **params: object) -> None:
        self.text = code if isinstance(code, Text) else Text(code, **params)
        super().__init__(self.text.code)

    @property
    def code(self) -> str:
        return self.text.code

    @property
    def params(self) -> dict[str, object]:
        return self.text.params

    def render(self, language: str | None = None) -> str:
        """The message in `language` ('nb', 'nn', 'en'; default: the current language)."""
        return self.text.render(language)

    def __str__(self) -> str:
        return self.render()

    def __reduce__(self) -> tuple[Any, ...]:  # pickled with its parameters (a worker process)
        return (_rebuild, (type(self), self.text))


def _rebuild(cls: type[HfdeskError], text: Text) -> HfdeskError:
    return cls(text)


class InvalidInput(HfdeskError):
    """Input that breaks a rule: an empty name, an end before its start, an unknown id."""


class NotFound(InvalidInput):
    """An id that does not exist."""


class DatabaseFileError(HfdeskError):
    """The database file cannot be used as it is."""


class DatabaseMissing(DatabaseFileError):
    pass


class NotADatabase(DatabaseFileError):
    pass


class NewerDatabase(DatabaseFileError):
    pass


class DatabaseLocked(DatabaseFileError):
    pass


class DatabaseReadOnly(DatabaseFileError):
    pass


class BackupFailed(DatabaseFileError):
    pass


class FileExists(HfdeskError):
    pass


class FileInUse(HfdeskError):
    """The target file is held open by another program (on Windows: Excel or Word)."""


class CannotWrite(HfdeskError):
    """A file cannot be written: the folder is missing or read-only, or the disk is full."""


class BadFile(InvalidInput):
    """A file the user chose that cannot be read safely: not a workbook, empty, damaged or hostile."""


class DamagedDatabase(NotADatabase):
    """An SQLite file whose pages do not check out (PRAGMA quick_check): offer a backup."""


class ReadOnlyLocation(DatabaseReadOnly):
    """The file, or the folder it is in, cannot be written; it may still be opened read-only."""


class ChangedByColleague(HfdeskError):
    """A save based on what the screen showed, when someone else changed the same row since
    (its version moved on: hfdesk.services.versions). Nothing was saved. The parameters say what
    (`what`, in words), who and when where known (`who`, `when`), the row's version now
    (`version`: save over it to keep one's own text) and the values now in the database of the
    fields the user edited (`current`, by the service's keyword names)."""

    @property
    def who(self) -> str:
        return str(self.params.get("who") or "")

    @property
    def when(self) -> object:
        return self.params.get("when_at")

    @property
    def version(self) -> int | None:
        value = self.params.get("version")
        return value if isinstance(value, int) else None

    @property
    def current(self) -> dict[str, object]:
        value = self.params.get("current")
        return dict(value) if isinstance(value, dict) else {}


# --- one plain line for an error that is not ours -------------------------------------------
#
# describe_error() turns what the operating system or SQLite raises into one line a
# secretary can act on. It is for situations (a full disk, a file held open by Excel), not
# for bugs: anything it does not know gets UNEXPECTED_ERROR, and the caller logs the details.
# The names below are message codes (hfdesk.messages); describe() gives the message itself.

DISK_FULL = "error.disk_full"
NO_ACCESS = "error.no_access"
FILE_IN_USE = "error.file_in_use"
READ_ONLY = "error.read_only"
DATABASE_LOCKED = "error.database_locked"
NOT_A_DATABASE = "error.not_a_database"
DATABASE_DAMAGED = "error.database_damaged"
DISK_ERROR = "error.disk_error"
CANNOT_OPEN = "error.cannot_open"
NOT_FOUND = "error.not_found"
NETWORK_GONE = "error.network_gone"
NAME_TOO_LONG = "error.name_too_long"
OUT_OF_MEMORY = "error.out_of_memory"
UNEXPECTED_ERROR = "error.unexpected"

# SQLite's own messages (sqlite3_errstr), lower case, to the line above that fits.
_SQLITE_MESSAGES = (
    ("database is locked", DATABASE_LOCKED),
    ("database table is locked", DATABASE_LOCKED),
    ("database schema is locked", DATABASE_LOCKED),
    ("database or disk is full", DISK_FULL),
    ("readonly database", READ_ONLY),
    ("file is not a database", NOT_A_DATABASE),
    ("file is encrypted or is not a database", NOT_A_DATABASE),
    ("database disk image is malformed", DATABASE_DAMAGED),
    ("malformed database schema", DATABASE_DAMAGED),
    ("disk i/o error", DISK_ERROR),
    ("unable to open database file", CANNOT_OPEN),
)

# Windows system error codes (winerror), which say more than the errno Python derives.
_WINERRORS = {
    2: NOT_FOUND,  # ERROR_FILE_NOT_FOUND
    3: NOT_FOUND,  # ERROR_PATH_NOT_FOUND
    5: NO_ACCESS,  # ERROR_ACCESS_DENIED
    19: READ_ONLY,  # ERROR_WRITE_PROTECT
    32: FILE_IN_USE,  # ERROR_SHARING_VIOLATION (Excel or Word holds the file)
    33: FILE_IN_USE,  # ERROR_LOCK_VIOLATION
    39: DISK_FULL,  # ERROR_HANDLE_DISK_FULL
    53: NETWORK_GONE,  # ERROR_BAD_NETPATH
    59: NETWORK_GONE,  # ERROR_UNEXP_NET_ERR
    64: NETWORK_GONE,  # ERROR_NETNAME_DELETED
    67: NETWORK_GONE,  # ERROR_BAD_NET_NAME
    112: DISK_FULL,  # ERROR_DISK_FULL
    206: NAME_TOO_LONG,  # ERROR_FILENAME_EXCED_RANGE
    1231: NETWORK_GONE,  # ERROR_NETWORK_UNREACHABLE
}


def _errno_lines() -> dict[int, str]:
    import errno

    lines = {
        errno.ENOSPC: DISK_FULL,
        errno.EACCES: NO_ACCESS,
        errno.EPERM: NO_ACCESS,
        errno.EROFS: READ_ONLY,
        errno.ENOENT: NOT_FOUND,
        errno.EIO: DISK_ERROR,
        errno.ENAMETOOLONG: NAME_TOO_LONG,
    }
    for name, line in (("EDQUOT", DISK_FULL), ("ETXTBSY", FILE_IN_USE), ("EHOSTDOWN", NETWORK_GONE),
                       ("ESTALE", NETWORK_GONE)):
        if hasattr(errno, name):
            lines[getattr(errno, name)] = line
    return lines


def _causes(exc: BaseException) -> list[BaseException]:
    """The error, what SQLAlchemy wrapped (`orig`), and its causes, each once."""
    found: list[BaseException] = []
    todo: list[BaseException | None] = [exc]
    while todo:
        current = todo.pop(0)
        if current is None or any(current is seen for seen in found):
            continue
        found.append(current)
        orig = getattr(current, "orig", None)
        todo.extend([orig if isinstance(orig, BaseException) else None, current.__cause__, current.__context__])
    return found


def _describe_one(error: BaseException) -> Text | None:
    import sqlite3

    if isinstance(error, HfdeskError):
        return error.text
    if type(error).__module__.startswith("psycopg"):  # a shared database's server (hfdesk.pgdb)
        from .pgdb import describe_pg

        known = describe_pg(error)
        return known.text if known is not None else None
    if isinstance(error, MemoryError):
        return Text(OUT_OF_MEMORY)
    if isinstance(error, sqlite3.Error):
        text = str(error).lower()
        for needle, code in _SQLITE_MESSAGES:
            if needle in text:
                return Text(code)
        return None
    if isinstance(error, OSError):
        winerror = getattr(error, "winerror", None)
        if winerror in _WINERRORS:
            return Text(_WINERRORS[winerror])
        if error.errno in _errno_lines():
            return Text(_errno_lines()[error.errno])
        if isinstance(error, PermissionError):
            return Text(NO_ACCESS)
        if isinstance(error, FileNotFoundError):
            return Text(NOT_FOUND)
    return None


def describe(exc: BaseException) -> Text:
    """The message for `exc`: its own for a known error, one for a full disk, a missing
    permission, a read-only folder, a locked or damaged database and the like, or
    UNEXPECTED_ERROR (a bug: log it). Looks through SQLAlchemy's wrapper and the
    exception's causes. `describe(exc).code` says which (DISK_FULL, ...)."""
    for error in _causes(exc):
        text = _describe_one(error)
        if text is not None:
            return text
    return Text(UNEXPECTED_ERROR)


def describe_error(exc: BaseException, language: str | None = None) -> str:
    """describe(exc) as one plain line in `language` (default: the current language)."""
    return describe(exc).render(language)
