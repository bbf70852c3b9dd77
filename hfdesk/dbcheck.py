"""Checking the database file before and after it is opened; Qt-free and SQLAlchemy-free, so
the app can start the check (and paint its window) before SQLAlchemy is imported.

Two depths of check:

* The check at every open (`inspect_file(..., verify=False)`): the SQLite header (the magic
  string, a valid page size, a file whose length is whole pages and holds the pages the header
  counts), the schema (every table, column, index and trigger as this hfdesk made them) and
  the version. A few milliseconds, whatever the file's size.
* The full check (``PRAGMA quick_check``): every page of the file read and its b-trees
  walked. It grows with the file (about 0.4 s for 60 MB and 1.7 s for 180 MB, measured warm
  on a loaded machine), so it is not paid at every start: it runs before the file is opened
  only where the file may not be as hfdesk left it, and otherwise in the background once the
  window is usable (`check_fully`, started by `hfdesk.ui.reliability`).

"As hfdesk left it" is the clean-close record (`closed-cleanly.json` in the per-user data
folder, `hfdesk.paths.data_dir`): when hfdesk closes a file it has open for writing, it notes
the file's size, modification time, file id and that no journal is beside it; when it opens
the file for writing, it removes the note. A file whose note is missing (a crash, a power
cut, a kill: it was never closed) or no longer matches (another program, a sync client, a
restore, another user or computer wrote it; a hot journal is beside it) gets the full check
before anything opens it, with the refusal of a damaged file exactly as before. The note is
kept in the user's own folder, not beside the database, so that it is written even where the
database's folder is read-only, is never copied along by a sync client, and a copy of the
file from elsewhere is never taken for one this hfdesk closed. Losing the note (an unreadable
or deleted file) only costs one full check.
"""

from __future__ import annotations

import json
import os
import sqlite3
import struct
import threading
from pathlib import Path

from .errors import DamagedDatabase, DatabaseLocked, DatabaseReadOnly, NewerDatabase, NotADatabase
from .fileio import SQLITE_HEADER
from .migrations import HEAD_REVISION
from .migrations.schema import expected_schema, schema_differences, schema_of
from .paths import data_dir

__all__ = [
    "BUSY_TIMEOUT_MS",
    "Inspection",
    "check_fully",
    "closed_cleanly",
    "inspect_file",
    "note_closed_cleanly",
    "note_opened",
]

BUSY_TIMEOUT_MS = 5000
RECORD_FILENAME = "closed-cleanly.json"
RECORD_LIMIT = 32  # files remembered; the oldest note is dropped first


def change_counter(path: Path) -> int | None:
    """The header's file change counter (bytes 24–27): one more after every transaction that
    changed the file, whichever program or connection wrote it (in the rollback-journal mode
    hfdesk uses). None when the file cannot be read just now."""
    try:
        with open(path, "rb") as fh:
            fh.seek(24)
            data = fh.read(4)
    except OSError:
        return None
    return struct.unpack(">I", data)[0] if len(data) == 4 else None


def _header_damaged(path: Path, size: int, header: bytes) -> bool:
    """True when the first 100 bytes (the SQLite header) cannot describe a file of `size` bytes:
    an impossible page size, a length that is not whole pages, or fewer pages than the header
    counts (a file cut short)."""
    if len(header) < 100:
        return True
    (raw_page_size,) = struct.unpack(">H", header[16:18])
    page_size = 65536 if raw_page_size == 1 else raw_page_size
    if page_size < 512 or page_size & (page_size - 1):
        return True
    if size % page_size:
        return True
    change_counter, page_count = struct.unpack(">II", header[24:32])
    (valid_for,) = struct.unpack(">I", header[92:96])
    # The page count in the header is only trusted when it was written with the current change counter.
    return bool(page_count and valid_for == change_counter and page_count * page_size > size)


def inspect_file(path: Path, *, empty_is_new: bool = True, verify: bool = True) -> str | None:
    """Look at an existing file without writing to it.

    Returns its schema revision (None for an empty file). Raises a known error when it
    is not an hfdesk database, is damaged (the header, the schema; with `verify` also
    ``PRAGMA quick_check``) or comes from a newer hfdesk.
    """
    size = path.stat().st_size
    if size == 0:
        if empty_is_new:
            return None
        raise NotADatabase("database.empty_file", name=path.name)
    with path.open("rb") as fh:
        header = fh.read(100)
    if header[: len(SQLITE_HEADER)] != SQLITE_HEADER:
        raise NotADatabase("database.not_sqlite", name=path.name)
    damaged = DamagedDatabase("database.damaged", name=path.name)
    if _header_damaged(path, size, header) and not path.with_name(path.name + "-journal").exists():
        raise damaged  # (a hot journal may hold the pages that restore it: SQLite rolls it back below)
    try:
        # A plain connection, not a read-only URI: it understands every path Windows has
        # (UNC shares included), and if a power cut left a hot journal, SQLite rolls the
        # interrupted transaction back on this first read. That rollback is the one change
        # opening may make to a file it then refuses; reading writes nothing else.
        con = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000)
        try:
            tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
            if "alembic_version" not in tables:
                if tables:
                    raise NotADatabase("database.foreign_sqlite", name=path.name)
                return None
            if verify and con.execute("PRAGMA quick_check(1)").fetchone()[0] != "ok":
                raise damaged
            rows = con.execute("SELECT version_num FROM alembic_version").fetchall()
            found = schema_of(con)
        finally:
            con.close()
    except sqlite3.OperationalError as exc:
        text = str(exc)
        if "locked" in text:
            raise DatabaseLocked("database.in_use_retry", name=path.name) from exc
        if "readonly" in text or "read-only" in text:
            raise DatabaseReadOnly("database.interrupted_read_only", name=path.name) from exc
        if "unable to open" in text:
            raise DatabaseReadOnly("database.no_access", name=path.name) from exc
        raise damaged from exc
    except sqlite3.DatabaseError as exc:
        raise damaged from exc
    if not rows:
        if set(found) - {"table alembic_version"}:  # tables, but no version: not a new file
            raise damaged
        return None
    revision = rows[0][0]
    if not isinstance(revision, str) or not revision.strip():
        raise damaged  # a version row with no version: damaged, not "from a newer hfdesk"
    if revision != HEAD_REVISION:
        from .db import _known_revisions  # Alembic: only for a file to upgrade or refuse

        if revision not in _known_revisions():
            raise NewerDatabase("database.newer", name=path.name)
    differences = schema_differences(expected_schema(revision), found)
    if differences:
        # A trigger someone added would run inside every write of ours (one could delete every
        # meeting while an import says it succeeded); a missing table or column fails every screen.
        shown = ", ".join(differences[:3]) + (f" og {len(differences) - 3} til" if len(differences) > 3 else "")
        raise DamagedDatabase("database.changed_outside", name=path.name, shown=shown)
    return revision


def check_fully(path: Path) -> DamagedDatabase | None:
    """The full check of an open file (``PRAGMA quick_check``) on a connection of its own, for a
    worker thread: the known error when the file is damaged, else None. A file that cannot be
    read at all counts as damaged; one that is busy (locked past the timeout) is not judged."""
    try:
        con = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000)
        try:
            con.execute("PRAGMA query_only=ON")
            ok = con.execute("PRAGMA quick_check(1)").fetchone()[0] == "ok"
        finally:
            con.close()
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc) or "unable to open" in str(exc):
            return None
        ok = False
    except sqlite3.DatabaseError:
        ok = False
    return None if ok else DamagedDatabase("database.damaged_found", name=path.name)


# --- the clean-close record -------------------------------------------------------------------


def _record_path() -> Path:
    return data_dir() / RECORD_FILENAME


def _key(path: Path) -> str:
    try:
        resolved = path.resolve()
    except OSError:
        resolved = path.absolute()
    return os.path.normcase(str(resolved))


def _read_record() -> dict[str, list[object]]:
    try:
        data = json.loads(_record_path().read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return {k: v for k, v in data.items() if isinstance(v, list)} if isinstance(data, dict) else {}


def _write_record(record: dict[str, list[object]]) -> None:
    """Replace the record file whole (a temporary file renamed over it). No fsync: a record lost
    in a power cut only means one full check at the next start."""
    target = _record_path()
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        temporary = target.with_name(f"{target.name}.{os.getpid()}.tmp")
        temporary.write_text(json.dumps(record, indent=0), encoding="utf-8")
        os.replace(temporary, target)
    except OSError:
        pass  # a read-only profile: every start checks fully, as before


def file_state(path: Path) -> tuple[object, ...] | None:
    """What a change to the file changes: size, modification time, file id, a journal beside it."""
    try:
        st = path.stat()
    except OSError:
        return None
    journal = path.with_name(path.name + "-journal").exists()
    return (st.st_size, st.st_mtime_ns, st.st_ino, journal)


def closed_cleanly(path: Path) -> bool:
    """True when hfdesk closed this file and nothing has changed it since (the full check may wait)."""
    state = file_state(path)
    noted = _read_record().get(_key(path))
    return state is not None and not state[3] and noted == list(state)


def note_opened(path: Path) -> None:
    """The file is open for writing: until it is closed cleanly, the next start checks it fully."""
    record = _read_record()
    if record.pop(_key(path), None) is not None:
        _write_record(record)


def note_closed_cleanly(path: Path) -> None:
    """hfdesk has closed the file (every connection closed, no journal left)."""
    state = file_state(path)
    if state is None or state[3]:
        return
    record = _read_record()
    record.pop(_key(path), None)
    record[_key(path)] = list(state)
    while len(record) > RECORD_LIMIT:
        record.pop(next(iter(record)))
    _write_record(record)


class Inspection:
    """`inspect_file` started in a worker thread: the app checks the file it starts on while
    the interface's modules are imported (sqlite3 lets go of the GIL while it reads). `full`:
    with the full check (``quick_check``). `open_database(..., inspection=...)` waits for it
    and raises what it found, exactly as if it had inspected the file itself; until then
    nothing else opens the file. A file that changed after the check (a sync client replaced
    it) is checked again (`still_current`)."""

    def __init__(self, path: Path, *, empty_is_new: bool = True, full: bool = True) -> None:
        self.path = path
        self.empty_is_new = empty_is_new
        self.full = full
        self._revision: str | None = None
        self._error: BaseException | None = None
        self._checked: tuple[object, ...] | None = None  # the file as the check left it
        self._thread = threading.Thread(target=self._run, name="hfdesk-inspect", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            self._revision = inspect_file(self.path, empty_is_new=self.empty_is_new, verify=self.full)
        except BaseException as exc:  # noqa: BLE001 - whatever it is, open_database raises it
            self._error = exc
        self._checked = file_state(self.path)

    def still_current(self) -> bool:
        """True when the file is as the check left it (same size, time, inode, journal)."""
        self.wait()
        return self._checked is not None and self._checked == file_state(self.path)

    def wait(self) -> None:
        self._thread.join()

    def result(self) -> str | None:
        """The file's schema revision, once the check is done; its error, raised here."""
        self.wait()
        if self._error is not None:
            raise self._error
        return self._revision
