"""Known errors: situations a user can understand and act on, kept apart from bugs.

Each carries one clear line in Norwegian (bokmål) for the screen and the command line.
Anything else that escapes is a bug and is reported as one.
"""

from __future__ import annotations


class HfdeskError(Exception):
    """A known, user-facing error. `str(error)` is the message shown to the user."""


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


# --- one plain line for an error that is not ours -------------------------------------------
#
# describe_error() turns what the operating system or SQLite raises into one line a
# secretary can act on. It is for situations (a full disk, a file held open by Excel), not
# for bugs: anything it does not know gets UNEXPECTED_ERROR, and the caller logs the details.

DISK_FULL = "Disken er full. Frigjør plass og prøv igjen; det som var lagret før, er i behold."
NO_ACCESS = "Du har ikke tilgang til filen eller mappen. Velg en annen mappe, eller be IT om tilgang."
FILE_IN_USE = "Filen er åpen i et annet program. Lukk den der og prøv igjen."
READ_ONLY = "Filen eller mappen er skrivebeskyttet. Velg en mappe du kan skrive i."
DATABASE_LOCKED = (
    "Databasen er i bruk av et annet program (eller et annet hfdesk-vindu). Vent litt og prøv igjen."
)
NOT_A_DATABASE = "Filen er ikke en hfdesk-database, eller den er skadet."
DATABASE_DAMAGED = "Databasen er skadet. Gjenopprett den fra en sikkerhetskopi."
DISK_ERROR = "Disken svarte ikke som den skulle (lese- eller skrivefeil). Sjekk at disken er tilkoblet, og prøv igjen."
CANNOT_OPEN = "Databasefilen kan ikke åpnes: mappen finnes ikke, eller du mangler tilgang til den."
NOT_FOUND = "Filen eller mappen finnes ikke (lenger)."
NETWORK_GONE = "Nettverksstasjonen svarer ikke. Sjekk forbindelsen, eller bruk en lokal mappe."
NAME_TOO_LONG = "Filnavnet eller mappestien er for lang. Velg et kortere navn eller en annen mappe."
OUT_OF_MEMORY = "Maskinen har ikke nok ledig minne. Lukk andre programmer og prøv igjen."
UNEXPECTED_ERROR = "Det oppstod en uventet feil i hfdesk. Detaljene er skrevet til feilloggen."

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


def _describe_one(error: BaseException) -> str | None:
    import sqlite3

    if isinstance(error, HfdeskError):
        return str(error)
    if isinstance(error, MemoryError):
        return OUT_OF_MEMORY
    if isinstance(error, sqlite3.Error):
        text = str(error).lower()
        for needle, line in _SQLITE_MESSAGES:
            if needle in text:
                return line
        return None
    if isinstance(error, OSError):
        winerror = getattr(error, "winerror", None)
        if winerror in _WINERRORS:
            return _WINERRORS[winerror]
        if error.errno in _errno_lines():
            return _errno_lines()[error.errno]
        if isinstance(error, PermissionError):
            return NO_ACCESS
        if isinstance(error, FileNotFoundError):
            return NOT_FOUND
    return None


def describe_error(exc: BaseException) -> str:
    """One plain Norwegian line for `exc`: its own message for a known error, a line for a
    full disk, a missing permission, a read-only folder, a locked or damaged database and
    the like, or UNEXPECTED_ERROR (a bug: log it). Looks through SQLAlchemy's wrapper and
    the exception's causes."""
    for error in _causes(exc):
        line = _describe_one(error)
        if line:
            return line
    return UNEXPECTED_ERROR
