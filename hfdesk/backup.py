"""Backups of the database file: made, checked, listed, thinned and restored.

A shared database on a server (a ``postgresql://`` URL) is not backed up here: that is the
server's business (``pg_dump``, the server's own backups), and `make_backup` and
`backup_command` refuse it with the known error ``backup.shared_database`` that says so.

Where: the folder ``backups/`` beside the database (`paths.backup_dir_for`), the same
folder the copy taken before a schema upgrade goes to. One folder may hold the backups
of several files (``hfdesk.sqlite`` and a demo beside it); each backup is named after
the file it copies, its whole name::

    <name>.<YYYYMMDD-HHMMSS>[-n].<reason>.sqlite     e.g. hfdesk.sqlite.20261123-101500.automatisk.sqlite

A backup belongs to exactly one database (`belongs_to`): its name starts with the database's
whole file name (``referat.sqlite`` and ``referat.db`` in one folder never share backups), and
the database's own id (table ``database_identity``, revision 0003), which every copy carries,
is the same in both; a backup whose id is another database's is never offered, restored or
counted. Backups an earlier release named after the stem only (``referat.2026...``) are given
the whole name once, when the file is upgraded to 0003 and no other database beside it shares
the stem (`adopt_earlier_backups`); otherwise they are left alone and never offered.

How (`make_backup`):

1. SQLite's online backup API (``sqlite3.Connection.backup``, all pages in one step)
   copies the committed state into a new, owner-only temporary file ``.<name>.tmp`` in
   the backup folder. It reads under a shared lock, so the app may keep its connection
   open; the database runs in rollback-journal mode (see `hfdesk.db`), so a second
   connection cannot meet SQLite's WAL-reset bug.
2. Unchanged? The fresh copy is compared byte for byte with the newest backup of the
   same file. Copies of the same committed state are identical (the backup API copies
   pages verbatim and stamps the header the same way every time), so equal bytes mean
   nothing changed, and the copy is thrown away. This needs no state of its own and
   stays right after a restore or a file copied in by hand, which the file change
   counter (header offset 24) alone would not; the cost is one copy, about 0.1 s for a
   30 MB file, at most every ten minutes.
3. ``PRAGMA integrity_check`` on the copy, fsync, then an atomic rename to the final
   name and an fsync of the folder. A backup with a final name is therefore always
   complete and checked; a crash leaves at most a ``.tmp`` file, which the next
   `make_backup` removes.

Retention (`prune_backups`): everything from today, then the newest backup of each of
the 12 most recent days, then of 10 weeks, then of 9 months, each stage starting where
the previous one stopped (Anki's rule, rslib/src/collection/backup.rs, with "today"
instead of "today and yesterday"). Files that do not follow the naming are never touched.

`make_backup` applies it after each new backup. Scheduling is the UI's: at start, every
ten minutes while the data has changed, and at exit; `BackupPolicy` says when.
`restore_backup` first backs up the current file.
"""

from __future__ import annotations

import logging
import os
import re
import secrets
import shutil
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

from .db import BUSY_TIMEOUT_MS, create_private_file, inspect_file
from .errors import (
    BackupFailed,
    CannotWrite,
    DamagedDatabase,
    DatabaseLocked,
    DatabaseMissing,
    FileExists,
    HfdeskError,
    NewerDatabase,
    NotADatabase,
    describe,
)
from .fileio import is_sqlite_file, sync_folder
from .messages import Text
from .paths import backup_dir_for

log = logging.getLogger("hfdesk.backup")

REASON_AUTOMATIC = "automatisk"
REASON_START = "ved oppstart"
REASON_EXIT = "ved avslutning"
REASON_MANUAL = "manuell"
REASON_RESTORE = "før gjenoppretting"
REASON_UPGRADE = "før oppgradering"
REASON_BEFORE_IMPORT = "før import"

KEEP_DAILY = 12
KEEP_WEEKLY = 10
KEEP_MONTHLY = 9

BACKUP_INTERVAL = timedelta(minutes=10)

_SUFFIX = ".sqlite"
_TMP = ".tmp"
_STAMP = "%Y%m%d-%H%M%S"
_NAME = re.compile(r"^(?P<database>.+)\.(?P<stamp>\d{8}-\d{6})(?:-(?P<seq>\d+))?\.(?P<reason>[^.]+)\.sqlite$")
_CHUNK = 1024 * 1024


@dataclass(frozen=True)
class BackupInfo:
    """One backup file, as `list_backups` finds it."""

    path: Path
    database: str  # the name of the file it copies ("hfdesk.sqlite"; an earlier release's: "hfdesk")
    created: datetime  # local time, from the name
    size: int  # bytes
    reason: str  # as given to make_backup: "automatisk", "før gjenoppretting", ...
    seq: int = 1  # the n-th backup made within the same second

    @property
    def order(self) -> tuple[datetime, int]:
        return (self.created, self.seq)


# --- naming ---------------------------------------------------------------------------------


def _slug(reason: str) -> str:
    slug = re.sub(r"[^\w]+", "-", reason.strip().casefold()).strip("-")
    return slug or REASON_MANUAL


def _parse(path: Path) -> BackupInfo | None:
    match = _NAME.match(path.name)
    if match is None:
        return None
    try:
        created = datetime.strptime(match["stamp"], _STAMP)
        size = path.stat().st_size
    except (ValueError, OSError):
        return None
    seq = int(match["seq"]) if match["seq"] else 1
    return BackupInfo(path, match["database"], created, size, match["reason"].replace("-", " "), seq)


def backup_time(name: str) -> datetime | None:
    """When the backup named `name` was made, from its name (None for another file's name)."""
    match = _NAME.match(name)
    try:
        return datetime.strptime(match["stamp"], _STAMP) if match else None
    except ValueError:
        return None


def _final_name(folder: Path, name_of_database: str, when: datetime, reason: str) -> Path:
    """A new name; a second backup within the same second gets "-2" (and sorts after)."""
    stamp = when.strftime(_STAMP)
    taken = 0
    for entry in folder.iterdir():
        name = entry.name
        if name.startswith(".") and name.endswith(_TMP):
            name = name[1 : -len(_TMP)]
        match = _NAME.match(name)
        if match is not None and match["database"] == name_of_database and match["stamp"] == stamp:
            taken = max(taken, int(match["seq"] or 1))
    seq = f"-{taken + 1}" if taken else ""
    return folder / f"{name_of_database}.{stamp}{seq}.{_slug(reason)}{_SUFFIX}"


def _tmp_for(final: Path) -> Path:
    return final.with_name(f".{final.name}{_TMP}")


def _remove(path: Path) -> None:
    try:
        path.unlink()
    except FileNotFoundError:
        pass


def _remove_stale_temps(folder: Path, name_of_database: str) -> list[Path]:
    """Temporary copies a crash left behind (only this database's; one writer per file)."""
    removed = []
    try:
        entries = list(folder.iterdir())
    except OSError:
        return removed
    for entry in entries:
        name = entry.name
        for tail in (_TMP, _TMP + "-journal"):
            if name.startswith(".") and name.endswith(tail):
                info = _NAME.match(name[1 : -len(tail)])
                if info is not None and info["database"] == name_of_database:
                    _remove(entry)
                    removed.append(entry)
    return removed


# --- copying ------------------------------------------------------------------------------


def _fsync_file(path: Path) -> None:
    with open(path, "r+b") as fh:
        os.fsync(fh.fileno())


def _fsync_folder(folder: Path) -> None:
    sync_folder(folder)


def _snapshot(source: Path, target: Path) -> None:
    """Copy the committed state of `source` into the new, empty, private file `target`."""
    src = sqlite3.connect(source, timeout=BUSY_TIMEOUT_MS / 1000)
    try:
        dst = sqlite3.connect(target)
        try:
            # No journal and no syncs while copying into the temporary file: a crash leaves
            # a temporary file that is thrown away, and the finished copy is synced once.
            dst.execute("PRAGMA journal_mode=OFF")
            dst.execute("PRAGMA synchronous=OFF")
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()


def _integrity(path: Path) -> str:
    con = sqlite3.connect(path)
    try:
        con.execute("PRAGMA query_only=ON")
        rows = con.execute("PRAGMA integrity_check").fetchall()
    finally:
        con.close()
    return "ok" if rows == [("ok",)] else "; ".join(str(r[0]) for r in rows[:3])


def _same_bytes(a: Path, b: Path) -> bool:
    try:
        if a.stat().st_size != b.stat().st_size:
            return False
        with open(a, "rb") as fa, open(b, "rb") as fb:
            while True:
                chunk = fa.read(_CHUNK)
                if chunk != fb.read(_CHUNK):
                    return False
                if not chunk:
                    return True
    except OSError:
        return False


def _failed(what: Text, exc: BaseException) -> BackupFailed:
    from .buglog import scrub

    log.warning("%s %s: %s", what, type(exc).__name__, scrub(str(exc)))  # the cause, for support
    return BackupFailed("backup.failed_because", what=what, cause=describe(exc))


def _ensure_folder(folder: Path) -> None:
    try:
        folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError as exc:
        raise _failed(Text("backup.cannot_make_folder", folder=folder), exc) from exc


def _checked_copy(source: Path, tmp: Path) -> None:
    """Snapshot `source` into the new private file `tmp` (which must not exist)."""
    try:
        create_private_file(tmp)
    except HfdeskError as exc:
        raise BackupFailed("backup.not_made_reason", reason=exc) from exc
    try:
        _snapshot(source, tmp)
    except BaseException as exc:
        _remove(tmp)
        if isinstance(exc, sqlite3.Error | OSError):
            raise _failed(Text("backup.not_made_of", name=source.name), exc) from exc
        raise


def _finish(tmp: Path, final: Path) -> None:
    """Check, sync and rename a finished copy; remove it on any failure."""
    try:
        problem = _integrity(tmp)
        if problem != "ok":
            raise BackupFailed("backup.not_faultless", problem=problem)
        _fsync_file(tmp)
        os.replace(tmp, final)
    except BaseException as exc:
        _remove(tmp)
        if isinstance(exc, sqlite3.Error | OSError):
            raise _failed(Text("backup.not_made"), exc) from exc
        raise
    _fsync_folder(final.parent)


# --- making backups -------------------------------------------------------------------------


def _refuse_shared(db: object) -> None:
    """A shared database (a ``postgresql://`` URL) is backed up by its server (pg_dump), not by
    hfdesk: the known error that says so."""
    from .pgdb import is_url

    if is_url(db):
        raise BackupFailed("backup.shared_database")


def make_backup(
    db_path: Path | str,
    folder: Path | str | None = None,
    *,
    reason: str,
    force: bool = False,
    prune: bool = True,
    now: datetime | None = None,
) -> Path | None:
    """Back up `db_path` into `folder` (default: ``backups/`` beside it); the new file's path.

    Returns None, writing nothing, when the database is unchanged since its newest backup,
    unless `force` (the copies taken before an upgrade and before a restore are forced).
    After a new backup the folder is thinned by the retention rule (`prune_backups`)
    unless `prune` is false. Raises BackupFailed (one Norwegian line) when no checked copy
    could be written; the database itself is only read.
    """
    _refuse_shared(db_path)
    db_path = Path(db_path)
    folder = Path(folder) if folder is not None else backup_dir_for(db_path)
    if not db_path.is_file():
        raise DatabaseMissing("database.missing", path=db_path)
    _ensure_folder(folder)
    _remove_stale_temps(folder, db_path.name)
    final = _final_name(folder, db_path.name, now or datetime.now(), reason)
    tmp = _tmp_for(final)
    _checked_copy(db_path, tmp)
    if not force:
        newest = next(iter(list_backups(folder, database=db_path)), None)
        if newest is not None and _same_bytes(tmp, newest.path):
            _remove(tmp)
            return None
    _finish(tmp, final)
    log.info("Sikkerhetskopi laget: %s (%s)", final.name, reason)
    if prune:
        for removed in prune_backups(folder, now, database=db_path):
            log.info("Gammel sikkerhetskopi slettet: %s", removed.name)
    return final


def backup_command(db: Path | str, out: Path | str) -> Path:
    """`hfdesk backup --db FILE --out FILE`: a checked copy of `db` at `out`; never overwrites.

    Raises DatabaseMissing, NotADatabase, FileExists, CannotWrite or BackupFailed with one
    Norwegian line.
    """
    _refuse_shared(db)
    db, out = Path(db), Path(out)
    if not db.exists():
        raise DatabaseMissing("database.missing", path=db)
    if db.is_dir():
        raise NotADatabase("database.is_folder", path=db)
    if out.exists() or out.is_symlink():
        raise FileExists("file.exists_no_overwrite", name=out.name)
    if not out.parent.is_dir():
        raise CannotWrite("file.folder_missing", parent=out.parent)
    try:
        inspect_file(db, empty_is_new=False)
    except NewerDatabase:
        pass  # a copy of a file from a newer hfdesk is still a good copy
    tmp = out.with_name(f".{out.name}.{secrets.token_hex(4)}{_TMP}")
    _checked_copy(db, tmp)
    try:
        problem = _integrity(tmp)
        if problem != "ok":
            raise BackupFailed("backup.copy_not_faultless", name=db.name, problem=problem)
        _fsync_file(tmp)
        _rename_no_replace(tmp, out)
    except BaseException as exc:
        _remove(tmp)
        if isinstance(exc, sqlite3.Error | OSError):
            raise _failed(Text("backup.not_made_named", name=out.name), exc) from exc
        raise
    _fsync_folder(out.parent)
    return out


def _rename_no_replace(tmp: Path, out: Path) -> None:
    """Move `tmp` to `out` unless something appeared at `out` meanwhile (then FileExists)."""
    try:
        if os.name == "nt":
            os.rename(tmp, out)  # refuses an existing target on Windows
        else:
            os.link(tmp, out)  # refuses an existing target; atomic
            _remove(tmp)
    except FileExistsError as exc:
        raise FileExists("file.exists_no_overwrite", name=out.name) from exc
    except OSError:
        if out.exists():
            raise FileExists("file.exists_short", name=out.name) from None
        os.replace(tmp, out)  # a file system without hard links (FAT, some shares)


# --- listing and checking -------------------------------------------------------------------


def list_backups(folder: Path | str, *, database: Path | str | None = None) -> list[BackupInfo]:
    """The backups in `folder`, newest first; only those that belong to the database file
    `database` if given (`belongs_to`: by name, and by the database's id where both have one)."""
    folder = Path(folder)
    try:
        entries = list(folder.iterdir())
    except OSError:
        return []
    found = [info for entry in entries if (info := _parse(entry)) is not None]
    if database is not None:
        found = belongs_to(found, Path(database))
    return sorted(found, key=lambda b: b.order, reverse=True)


def database_id(path: Path | str) -> str | None:
    """The id a database file (or a backup of one) carries; None for a file from before ids
    (revision 0003), or one that cannot be read."""
    try:
        # a plain connection, as inspect_file makes (a URI cannot name every Windows path)
        con = sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_MS / 1000)
    except sqlite3.Error:
        return None
    try:
        con.execute("PRAGMA query_only=ON")
        row = con.execute("SELECT id FROM database_identity").fetchone()
        return row[0] if row and isinstance(row[0], str) else None
    except sqlite3.Error:
        return None
    finally:
        con.close()


def _shares_stem(db_path: Path) -> bool:
    """Another SQLite file beside `db_path` with the same stem (referat.sqlite, referat.db)."""
    try:
        siblings = [p for p in db_path.parent.iterdir() if p.stem == db_path.stem and p.name != db_path.name]
    except OSError:
        return True  # cannot tell: do not guess
    return any(is_sqlite_file(sibling) for sibling in siblings)


def belongs_to(backups: Iterable[BackupInfo], db_path: Path) -> list[BackupInfo]:
    """The backups of `db_path` among `backups`: named after its whole file name and carrying
    the database's own id where both have one (a backup from before ids has none)."""
    named = [b for b in backups if b.database == db_path.name]
    own = database_id(db_path) if db_path.is_file() else None
    if own is None:
        return named
    return [b for b in named if database_id(b.path) in (own, None)]


def adopt_earlier_backups(db_path: Path | str) -> list[Path]:
    """Rename the backups an earlier release named after `db_path`'s stem alone
    (``referat.<stamp>...``) to its whole name, once, when the file is upgraded to carry an id
    and while no other database beside it shares the stem: then they can only be its own.
    Where another one does, they are left as they are and never offered (whose they are can
    no longer be told). The renamed paths."""
    db_path = Path(db_path)
    if _shares_stem(db_path):
        return []
    folder = backup_dir_for(db_path)
    renamed = []
    for info in list_backups(folder):
        if info.database != db_path.stem or info.database == db_path.name:
            continue
        target = info.path.with_name(db_path.name + info.path.name[len(db_path.stem):])
        if target.exists():
            continue
        try:
            os.rename(info.path, target)
        except OSError:
            continue
        renamed.append(target)
    return renamed


def _check_backup(path: Path) -> str:
    """The schema revision of a good hfdesk backup; raises a known error for anything else."""
    if not path.is_file():
        raise DatabaseMissing("backup.missing", name=path.name)
    revision = inspect_file(path, empty_is_new=False)
    if revision is None:
        raise NotADatabase("backup.not_a_backup", name=path.name)
    try:
        problem = _integrity(path)
    except sqlite3.DatabaseError as exc:
        raise DamagedDatabase("backup.damaged", name=path.name) from exc
    if problem != "ok":
        raise DamagedDatabase("backup.damaged_problem", name=path.name, problem=problem)
    return revision


def is_good_backup(path: Path | str) -> bool:
    """True for a complete hfdesk database this hfdesk can open (integrity_check passes)."""
    try:
        _check_backup(Path(path))
    except (HfdeskError, sqlite3.Error, OSError):
        return False
    return True


def newest_good_backup(db_path: Path | str, folder: Path | str | None = None) -> Path | None:
    """The newest backup of `db_path` that passes the checks, to offer when the file is damaged
    (only its own: `belongs_to`)."""
    db_path = Path(db_path)
    folder = Path(folder) if folder is not None else backup_dir_for(db_path)
    for info in list_backups(folder, database=db_path):
        if is_good_backup(info.path):
            return info.path
    return None


def backup_summary(path: Path | str) -> dict[str, object]:
    """What a backup holds, for the restore preview: counts of bodies, people, meetings and
    agenda items, the date of the newest meeting, its schema revision, size and time."""
    path = Path(path)
    revision = inspect_file(path, empty_is_new=False)
    info = _parse(path)
    con = sqlite3.connect(path)
    try:
        con.execute("PRAGMA query_only=ON")

        def count(table: str) -> int:
            return int(con.execute(f"SELECT count(*) FROM {table}").fetchone()[0])

        newest = con.execute("SELECT max(starts_at) FROM meetings").fetchone()[0]
        summary: dict[str, object] = {
            "bodies": count("bodies"),
            "people": count("people"),
            "meetings": count("meetings"),
            "items": count("agenda_items"),
            "newest_meeting": datetime.fromisoformat(newest).date() if newest else None,
        }
    except sqlite3.DatabaseError as exc:
        raise DamagedDatabase("backup.damaged_unreadable", name=path.name) from exc
    finally:
        con.close()
    summary.update(
        revision=revision,
        size=path.stat().st_size,
        created=info.created if info else datetime.fromtimestamp(path.stat().st_mtime),
        reason=info.reason if info else "",
    )
    return summary


# --- restoring ------------------------------------------------------------------------------


def _keep_damaged_copy(db_path: Path, folder: Path) -> Path | None:
    """A byte copy of a file SQLite cannot back up (and its journal), kept for support."""
    stamp = datetime.now().strftime(_STAMP)
    target = folder / f"{db_path.name}.{stamp}.skadet"
    n = 2
    while target.exists():
        target = folder / f"{db_path.name}.{stamp}-{n}.skadet"
        n += 1
    try:
        create_private_file(target)
        shutil.copyfile(db_path, target)
        journal = db_path.with_name(db_path.name + "-journal")
        if journal.exists():
            shutil.copyfile(journal, target.with_name(target.name + "-journal"))
    except (HfdeskError, OSError):
        return None
    return target


def restore_backup(backup: Path | str, db_path: Path | str) -> Path | None:
    """Replace the database at `db_path` by the backup `backup`, in one step.

    The database must be closed. The backup is checked first (a damaged backup, or one
    from a newer hfdesk, is refused and nothing changes). The current file is backed up
    first (reason "før gjenoppretting"; a file too damaged for that is copied byte for byte
    to ``<stem>.<time>.skadet``), and that copy's path is returned. An older schema in the
    backup is upgraded when the file is next opened, as any older file is.
    """
    backup, db_path = Path(backup), Path(db_path)
    if backup.resolve() == db_path.resolve():
        raise BackupFailed("backup.same_file")
    _check_backup(backup)
    own, theirs = (database_id(db_path) if db_path.is_file() else None), database_id(backup)
    if own is not None and theirs is not None and own != theirs:
        raise BackupFailed("backup.other_database", name=backup.name, database=db_path.name)
    folder = backup_dir_for(db_path)
    kept: Path | None = None
    if db_path.exists():
        try:
            kept = make_backup(db_path, folder, reason=REASON_RESTORE, force=True)
        except (NotADatabase, BackupFailed):
            _ensure_folder(folder)
            kept = _keep_damaged_copy(db_path, folder)
            if kept is None:
                raise BackupFailed("backup.cannot_keep_before_restore", name=db_path.name) from None
    tmp = db_path.with_name(f".{db_path.name}.{secrets.token_hex(4)}.gjenoppretting{_TMP}")
    _checked_copy(backup, tmp)
    try:
        problem = _integrity(tmp)
        if problem != "ok":  # pragma: no cover - the backup itself was checked a moment ago
            raise BackupFailed("backup.restore_copy_not_faultless", problem=problem)
        _fsync_file(tmp)
        # A journal left beside the old file belongs to it: SQLite would play it back into
        # the restored one. The old state is kept above, so the journal goes.
        for suffix in ("-journal", "-wal", "-shm"):
            _remove(db_path.with_name(db_path.name + suffix))
        os.replace(tmp, db_path)
    except PermissionError as exc:
        _remove(tmp)
        raise DatabaseLocked("backup.database_in_use", name=db_path.name) from exc
    except BaseException as exc:
        _remove(tmp)
        if isinstance(exc, sqlite3.Error | OSError):
            raise _failed(Text("backup.restore_not_done"), exc) from exc
        raise
    _fsync_folder(db_path.parent)
    log.info("Gjenopprettet %s fra %s", db_path.name, backup.name)
    return kept


# --- retention ------------------------------------------------------------------------------


def _week(day: date) -> int:
    return (day.toordinal() - 1) // 7  # serial week, Monday first (day 1 was a Monday)


def _month(day: date) -> int:
    return day.year * 12 + day.month


def obsolete_backups(
    backups: Iterable[BackupInfo],
    today: date,
    *,
    daily: int = KEEP_DAILY,
    weekly: int = KEEP_WEEKLY,
    monthly: int = KEEP_MONTHLY,
) -> list[BackupInfo]:
    """The backups retention lets go: all of today's stay, then, newest first, the newest of
    each of `daily` days, then of `weekly` weeks, then of `monthly` months."""
    obsolete: list[BackupInfo] = []
    left = {"daily": daily, "weekly": weekly, "monthly": monthly}
    last_day = last_week = last_month = None
    for backup in sorted(backups, key=lambda b: b.order, reverse=True):
        day = backup.created.date()
        keep: str | None
        if day >= today:
            keep = ""
        elif left["daily"] > 0:
            keep = "daily" if last_day is None or day.toordinal() < last_day else None
        elif left["weekly"] > 0:
            keep = "weekly" if last_week is None or _week(day) < last_week else None
        elif left["monthly"] > 0:
            keep = "monthly" if last_month is None or _month(day) < last_month else None
        else:
            keep = None
        if keep is None:
            obsolete.append(backup)
            continue
        if keep:
            left[keep] -= 1
        last_day, last_week, last_month = day.toordinal(), _week(day), _month(day)
    return obsolete


def prune_backups(
    folder: Path | str, now: datetime | None = None, *, database: Path | str | None = None
) -> list[Path]:
    """Delete the backups retention lets go, per database in `folder` (only those that belong
    to the database file `database`, if given: `belongs_to`); the deleted paths."""
    today = (now or datetime.now()).date()
    by_database: dict[str, list[BackupInfo]] = {}
    for info in list_backups(folder, database=database):
        by_database.setdefault(info.database, []).append(info)
    removed = []
    for infos in by_database.values():
        for info in obsolete_backups(infos, today):
            try:
                info.path.unlink()
            except OSError:
                continue
            removed.append(info.path)
    return removed


# --- when ------------------------------------------------------------------------------------


class BackupPolicy:
    """When the UI should back up: at start, every `interval` while the data has changed,
    and at exit if it has changed. Call `due` from a timer and `record` after each attempt
    (`make_backup` itself skips a copy when nothing changed)."""

    def __init__(self, interval: timedelta = BACKUP_INTERVAL) -> None:
        self.interval = interval
        self.last: datetime | None = None  # the last attempt in this session

    def due(self, now: datetime, changed: bool, *, exiting: bool = False) -> bool:
        """`changed`: the data changed since the last backup."""
        if self.last is None:
            return True  # the first call is the start (or an exit before any backup)
        if not changed:
            return False
        if exiting or now < self.last:  # at exit, or the clock was set back
            return True
        return now - self.last >= self.interval

    def record(self, now: datetime) -> None:
        self.last = now


__all__ = [
    "BACKUP_INTERVAL",
    "REASON_AUTOMATIC",
    "REASON_EXIT",
    "REASON_MANUAL",
    "REASON_RESTORE",
    "REASON_START",
    "REASON_UPGRADE",
    "BackupInfo",
    "BackupPolicy",
    "backup_command",
    "backup_summary",
    "adopt_earlier_backups",
    "backup_time",
    "belongs_to",
    "database_id",
    "is_good_backup",
    "list_backups",
    "make_backup",
    "newest_good_backup",
    "obsolete_backups",
    "prune_backups",
    "restore_backup",
]
