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
