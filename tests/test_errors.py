"""Errors (issue 7, point 7): one plain Norwegian line for what the system raises, and a
rotating log in the data folder that keeps tracebacks but not what the user typed."""

from __future__ import annotations

import errno
import logging
import os
import sqlite3
import stat
from pathlib import Path

import pytest
import sqlalchemy as sa

from hfdesk import buglog
from hfdesk.errors import (
    CANNOT_OPEN,
    DATABASE_DAMAGED,
    DATABASE_LOCKED,
    DISK_ERROR,
    DISK_FULL,
    FILE_IN_USE,
    NETWORK_GONE,
    NO_ACCESS,
    NOT_A_DATABASE,
    NOT_FOUND,
    OUT_OF_MEMORY,
    READ_ONLY,
    UNEXPECTED_ERROR,
    BadFile,
    describe_error,
)
from hfdesk.messages import render


def _win(code: int, message: str) -> OSError:
    error = OSError(errno.EACCES, message)
    error.winerror = code  # type: ignore[attr-defined]
    return error


@pytest.mark.parametrize(
    ("error", "line"),
    [
        (OSError(errno.ENOSPC, "No space left on device"), DISK_FULL),
        (OSError(errno.EDQUOT, "Disk quota exceeded"), DISK_FULL),
        (PermissionError(errno.EACCES, "Permission denied"), NO_ACCESS),
        (PermissionError(errno.EPERM, "Operation not permitted"), NO_ACCESS),
        (OSError(errno.EROFS, "Read-only file system"), READ_ONLY),
        (FileNotFoundError(errno.ENOENT, "No such file or directory"), NOT_FOUND),
        (OSError(errno.EIO, "Input/output error"), DISK_ERROR),
        (_win(32, "The process cannot access the file because it is being used by another process"), FILE_IN_USE),
        (_win(112, "There is not enough space on the disk"), DISK_FULL),
        (_win(5, "Access is denied"), NO_ACCESS),
        (_win(19, "The media is write protected"), READ_ONLY),
        (_win(53, "The network path was not found"), NETWORK_GONE),
        (sqlite3.OperationalError("database is locked"), DATABASE_LOCKED),
        (sqlite3.OperationalError("database or disk is full"), DISK_FULL),
        (sqlite3.OperationalError("attempt to write a readonly database"), READ_ONLY),
        (sqlite3.DatabaseError("file is not a database"), NOT_A_DATABASE),
        (sqlite3.DatabaseError("database disk image is malformed"), DATABASE_DAMAGED),
        (sqlite3.OperationalError("disk I/O error"), DISK_ERROR),
        (sqlite3.OperationalError("unable to open database file"), CANNOT_OPEN),
        (MemoryError(), OUT_OF_MEMORY),
        (BadFile("workbook.not_xlsx", name="liste.xlsx"), "«liste.xlsx» er ikke en Excel-arbeidsbok (.xlsx)."),
        (RuntimeError("a bug"), UNEXPECTED_ERROR),
        (sqlite3.OperationalError("no such table: bodies"), UNEXPECTED_ERROR),
    ],
)
def test_describe_error_gives_one_plain_norwegian_line(error, line):
    described = describe_error(error)
    assert described == render(line)  # a code, or the line itself
    assert "\n" not in described and "Traceback" not in described and "Errno" not in described


def test_describe_error_looks_through_sqlalchemy_and_causes():
    wrapped = sa.exc.OperationalError("INSERT INTO areas ...", {}, sqlite3.OperationalError("database is locked"))
    assert describe_error(wrapped) == render(DATABASE_LOCKED)
    try:
        try:
            raise OSError(errno.ENOSPC, "No space left on device")
        except OSError as inner:
            raise RuntimeError("saving failed") from inner
    except RuntimeError as outer:
        assert describe_error(outer) == render(DISK_FULL)


def test_a_real_locked_database_is_described(tmp_path):
    from hfdesk.db import open_database

    path = tmp_path / "låst.sqlite"
    open_database(path).close()
    holder = sqlite3.connect(path)
    holder.execute("BEGIN EXCLUSIVE")
    other = sqlite3.connect(path, timeout=0.05)
    try:
        with pytest.raises(sqlite3.OperationalError) as info:
            other.execute("BEGIN IMMEDIATE")
        assert describe_error(info.value) == render(DATABASE_LOCKED)
    finally:
        other.close()
        holder.rollback()
        holder.close()


def test_a_real_disk_full_error_from_the_exporter_keeps_its_own_line(tmp_path, monkeypatch):
    """A known error made by hfdesk from an OSError keeps hfdesk's more specific message."""
    from hfdesk.errors import CannotWrite
    from hfdesk.fileio import write_atomically

    def full(fh):
        raise OSError(errno.ENOSPC, "No space left on device")

    with pytest.raises(CannotWrite) as info:
        write_atomically(tmp_path / "ut.xlsx", full)
    assert describe_error(info.value) == str(info.value)
    assert "plass" in describe_error(info.value)


# --- the log ---------------------------------------------------------------------------------


def _raise(message: str) -> BaseException:
    try:
        raise ValueError(message)
    except ValueError as exc:
        return exc


def test_bug_log_lives_in_the_data_folder_and_keeps_the_traceback(_private_data_dir):
    exc = _raise("uventet tilstand")
    path = buglog.write_bug_log(type(exc), exc, exc.__traceback__, where="test")
    assert path == _private_data_dir / "hfdesk-feil.log"
    text = path.read_text(encoding="utf-8")
    assert "Traceback (most recent call last)" in text and "ValueError: uventet tilstand" in text
    assert "test_errors.py" in text and "(test)" in text and "SQLite" in text


@pytest.mark.skipif(os.name != "posix", reason="file modes are POSIX; Windows keeps the data folder per user")
def test_bug_log_is_readable_by_its_owner_only(_private_data_dir):
    """Issue 15, point 9: like the database and the backups (an old world-readable log too)."""
    old = _private_data_dir / "hfdesk-feil.log"
    old.write_text("fra en eldre versjon\n", encoding="utf-8")
    old.chmod(0o644)
    exc = _raise("uventet tilstand")
    path = buglog.write_bug_log(type(exc), exc, exc.__traceback__, where="test")
    assert path == old and stat.S_IMODE(path.stat().st_mode) == 0o600
    assert path.read_text(encoding="utf-8").startswith("fra en eldre versjon")


def test_bug_log_leaves_out_names_addresses_and_numbers(_private_data_dir):
    exc = _raise("Fant ikke 'Kari Nordmann' <kari.nordmann@voss.kommune.no>, tlf. 98 76 54 32, «Hemmelig sak»")
    path = buglog.write_bug_log(type(exc), exc, exc.__traceback__, where="test")
    text = path.read_text(encoding="utf-8")
    for secret in ("Kari Nordmann", "kari.nordmann", "98 76 54 32", "Hemmelig sak"):
        assert secret not in text
    assert "ValueError: Fant ikke '…'" in text and "<e-post>" in text and "<tall>" in text
    home = str(Path.home())
    assert home == "/" or home not in text


def test_bug_log_includes_the_chain_of_causes_scrubbed(_private_data_dir):
    try:
        try:
            raise KeyError("@".join(("ola", "eksempel.no")))  # not spelled out in the source line
        except KeyError as inner:
            raise RuntimeError("lagring feilet") from inner
    except RuntimeError as exc:
        path = buglog.write_bug_log(type(exc), exc, exc.__traceback__, where="test")
    text = path.read_text(encoding="utf-8")
    assert "KeyError" in text and "direct cause" in text and "RuntimeError: lagring feilet" in text
    assert "ola@eksempel.no" not in text


def test_the_log_rotates_at_one_megabyte_keeping_five(_private_data_dir):
    path = buglog.setup_logging()
    logger = buglog.get_logger("hfdesk.test")
    line = "x" * 1000
    for _ in range(7000):  # about 7 MB
        logger.info(line)
    files = sorted(p.name for p in _private_data_dir.iterdir() if p.name.startswith("hfdesk-feil.log"))
    assert files == ["hfdesk-feil.log"] + [f"hfdesk-feil.log.{i}" for i in range(1, 6)]
    assert all((_private_data_dir / name).stat().st_size <= 1_000_000 + 2000 for name in files)
    assert path == _private_data_dir / "hfdesk-feil.log"


def test_the_log_follows_the_data_folder(tmp_path, monkeypatch):
    first = buglog.setup_logging()
    monkeypatch.setenv("HFDESK_DATA_DIR", str(tmp_path / "annen"))
    second = buglog.setup_logging()
    assert second == tmp_path / "annen" / "hfdesk-feil.log" != first
    handlers = [h for h in logging.getLogger("hfdesk").handlers if isinstance(h, buglog._Handler)]
    assert len(handlers) == 1


def test_an_unwritable_data_folder_loses_the_log_not_the_program(tmp_path, monkeypatch):
    blocker = tmp_path / "fil"
    blocker.write_text("ikke en mappe")
    monkeypatch.setenv("HFDESK_DATA_DIR", str(blocker / "data"))
    exc = _raise("noe")
    assert buglog.write_bug_log(type(exc), exc, exc.__traceback__, where="test") is None


def test_backups_are_logged_by_file_name_only(hf_file, _private_data_dir):
    from hfdesk.backup import make_backup

    buglog.setup_logging()
    made = make_backup(hf_file, reason="automatisk")
    text = (_private_data_dir / "hfdesk-feil.log").read_text(encoding="utf-8")
    assert made.name in text and "INFO hfdesk.backup" in text
    assert "Nordmann" not in text


@pytest.fixture
def hf_file(tmp_path):
    from hfdesk.db import open_database
    from hfdesk.services.register import create_person

    path = tmp_path / "hfdesk.sqlite"
    db = open_database(path)
    with db.transaction() as session:
        create_person(session, "Kari", "Nordmann")
    db.close()
    return path
