"""Writing files atomically: the one place hfdesk writes a document to disk.

The new content goes to a temporary file in the target's folder, is flushed and
synced to disk, and then replaces the target in one step (`os.replace`). A crash,
a full disk or a file held open in Excel therefore leaves the target exactly as it
was: the old file or the complete new one, never half of each.

On Windows `os.replace` fails with PermissionError while another program holds
the target open (Excel, Word) and, briefly, while an antivirus scanner looks at
the new file. The brief locks pass, so the replace is retried a few times before
the user is told to close the file.

A write killed half-way (power cut, task manager) leaves its temporary file behind; the
first write of the same document in a later run removes such leftovers once they are an
hour old (a younger one may belong to a write still under way in another hfdesk).

A document is never written over a database: not over a database this process has open
(its file, its ``-journal``/``-wal``/``-shm``, or anything in the ``backups`` folder beside
it: `guard_database`), and not over any existing SQLite file (another register, a backup
copied elsewhere). A slip in a save dialog or on the command line (``--out demo.sqlite``)
is refused with one line and loses nothing.
"""

from __future__ import annotations

import errno
import os
import re
import secrets
import stat
import time
from collections.abc import Callable
from pathlib import Path
from typing import BinaryIO

from .errors import CannotWrite, FileInUse, HfdeskError

REPLACE_ATTEMPTS = 10
REPLACE_DELAY_S = 0.05
STALE_TEMP_AGE_S = 3600
_tidied: set[Path] = set()  # documents whose folder was looked through for leftovers this run
_O_BINARY = getattr(os, "O_BINARY", 0)  # Windows only
_NO_SPACE = {errno.ENOSPC, getattr(errno, "EDQUOT", errno.ENOSPC)}
SQLITE_HEADER = b"SQLite format 3\x00"
_DATABASE_SIDE_FILES = ("-journal", "-wal", "-shm")
_guarded: dict[str, int] = {}  # the open databases (normalised real paths), with how many times opened


def _key(path: Path | str) -> str:
    """One spelling per file: absolute, symlinks resolved, case folded where the OS ignores case."""
    return os.path.normcase(os.path.realpath(path))


def guard_database(path: Path | str) -> None:
    """Keep documents off the database at `path` (and its side files and backups) while it is open."""
    key = _key(path)
    _guarded[key] = _guarded.get(key, 0) + 1


def release_database(path: Path | str) -> None:
    key = _key(path)
    left = _guarded.get(key, 0) - 1
    if left > 0:
        _guarded[key] = left
    else:
        _guarded.pop(key, None)


def is_sqlite_file(path: Path | str) -> bool:
    """True for an existing regular file that starts as every SQLite database does. A pipe or a
    device is never opened (reading one could wait forever); a file that cannot be read is not one."""
    try:
        if not stat.S_ISREG(os.stat(path).st_mode):
            return False
        with open(path, "rb") as fh:
            return fh.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError:
        return False


def refuse_database_target(path: Path | str) -> None:
    """CannotWrite when a document at `path` would overwrite a database or one of its backups."""
    from .paths import backup_dir_for

    path = Path(path)
    target = _key(path)
    for database in list(_guarded):
        if target == database:
            raise CannotWrite("file.is_open_database", name=path.name)
        if target in (database + side for side in _DATABASE_SIDE_FILES):
            raise CannotWrite("file.belongs_to_open_database", name=path.name)
        backups = _key(backup_dir_for(Path(database)))
        if target == backups or target.startswith(backups + os.sep):
            raise CannotWrite("file.in_backups_folder", name=path.name)
    if is_sqlite_file(path):
        raise CannotWrite("file.is_a_database", name=path.name)


def write_atomically(path: Path | str, write: Callable[[BinaryIO], object]) -> None:
    """Write `path` through `write(fh)` so that it is either fully replaced or untouched.

    Raises FileInUse when the target stays locked by another program and CannotWrite
    when the folder is missing or read-only or the disk is full; in every failure the
    temporary file is removed and the target is byte-for-byte what it was.
    """
    path = Path(path)
    folder = path.parent
    if not folder.is_dir():
        raise CannotWrite("file.folder_missing", parent=folder)
    if path.is_dir():
        raise CannotWrite("file.is_a_folder", name=path.name)
    refuse_database_target(path)
    if path not in _tidied:  # once per document and run: listing a network folder is slow
        _tidied.add(path)
        remove_stale_temps(path)
    tmp = _create_temp(path)
    try:
        with os.fdopen(tmp[0], "wb") as fh:
            write(fh)
            fh.flush()
            os.fsync(fh.fileno())
        _replace(tmp[1], path)
    except BaseException as exc:
        _remove_quietly(tmp[1])
        if isinstance(exc, OSError):
            raise _known_error(exc, path) from exc
        raise
    sync_folder(folder)


def _temp_name(path: Path) -> str:
    return f".{path.name}.{secrets.token_hex(4)}.tmp"


def remove_stale_temps(path: Path, *, older_than_s: float = STALE_TEMP_AGE_S) -> list[Path]:
    """Remove the temporary files that writes of `path` killed half-way left beside it (named
    as `_temp_name` names them) once they are `older_than_s` old; the ones removed."""
    prefix, removed = f".{path.name}.", []
    cutoff = time.time() - older_than_s
    try:
        entries = list(os.scandir(path.parent))
    except OSError:
        return removed
    for entry in entries:
        name = entry.name
        middle = name[len(prefix) : -len(".tmp")]
        if not (name.startswith(prefix) and name.endswith(".tmp") and len(middle) == 8):
            continue
        if not all(c in "0123456789abcdef" for c in middle):
            continue
        try:
            if entry.is_file(follow_symlinks=False) and entry.stat().st_mtime < cutoff:
                os.unlink(entry.path)
                removed.append(Path(entry.path))
        except OSError:
            continue  # in use, or gone already: left for another time
    return removed


def _create_temp(path: Path) -> tuple[int, Path]:
    """A new, empty file beside the target. Created with the usual mode (umask), like any document,
    or with the target's own mode when the target exists."""
    try:
        mode = path.stat().st_mode & 0o777
    except OSError:
        mode = 0o666
    for _ in range(100):
        tmp = path.with_name(_temp_name(path))
        try:
            fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _O_BINARY, mode)
        except FileExistsError:
            continue
        except OSError as exc:
            raise _known_error(exc, path, creating=True) from exc
        return fd, tmp
    raise CannotWrite("file.cannot_make_temporary", parent=path.parent)  # pragma: no cover


def _replace(tmp: Path, path: Path) -> None:
    for attempt in range(REPLACE_ATTEMPTS):
        try:
            os.replace(tmp, path)
            return
        except PermissionError:
            if attempt == REPLACE_ATTEMPTS - 1:
                raise
            time.sleep(REPLACE_DELAY_S)


def _known_error(exc: OSError, path: Path, *, creating: bool = False) -> HfdeskError:
    name, folder = path.name, path.parent
    code = exc.errno
    if code in _NO_SPACE:
        return CannotWrite("file.disk_full", name=name)
    if code == errno.EROFS:
        return CannotWrite("file.folder_read_only", folder=folder, name=name)
    if code == errno.ENOENT:
        return CannotWrite("file.folder_missing", parent=folder)
    if isinstance(exc, PermissionError) or code in (errno.EACCES, errno.EPERM):
        if creating or not path.exists():
            return CannotWrite("file.no_access_folder", folder=folder)
        if not os.access(path, os.W_OK):
            return CannotWrite("file.read_only", name=name)
        return FileInUse("file.in_use", name=name)
    reason = exc.strerror or type(exc).__name__
    return CannotWrite("file.cannot_save", name=name, reason=reason)


def _remove_quietly(tmp: Path) -> None:
    try:
        os.unlink(tmp)
    except FileNotFoundError:
        pass
    except OSError:  # pragma: no cover - nothing more to do; the name starts with a dot
        pass


def sync_folder(folder: Path) -> None:
    """Make the rename itself durable (POSIX); Windows has no directory handles to sync."""
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


# --- a file name any system accepts ----------------------------------------------------------

_UNSAFE_IN_NAME = re.compile(r'[<>:"/\\|?*\x00-\x1f]')
_RESERVED_NAMES = {"CON", "PRN", "AUX", "NUL", *(f"COM{i}" for i in range(1, 10)), *(f"LPT{i}" for i in range(1, 10))}


def safe_file_name(name: str, *, replacement: str = "_") -> str:
    """`name` (no folders) made safe to create on Windows and elsewhere: the characters Windows
    refuses become `replacement`, no trailing dot or space, no reserved device name ("CON").
    '' when nothing is left."""
    name = _UNSAFE_IN_NAME.sub(replacement, name).strip().rstrip(". ")
    if name and name.split(".")[0].upper() in _RESERVED_NAMES:
        name = "_" + name
    return name
