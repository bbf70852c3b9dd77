"""hfdesk.fileio.write_atomically: the target is the old file or the complete new one."""

from __future__ import annotations

import errno
import os
import time
from pathlib import Path

import pytest

from hfdesk import fileio
from hfdesk.errors import CannotWrite, FileInUse, HfdeskError


def _writer(data: bytes):
    return lambda fh: fh.write(data)


def _leftovers(folder: Path, target: Path) -> list[Path]:
    return [p for p in folder.iterdir() if p != target]


def test_writes_a_new_file(tmp_path: Path) -> None:
    target = tmp_path / "liste.xlsx"
    fileio.write_atomically(target, _writer(b"new"))
    assert target.read_bytes() == b"new"
    assert _leftovers(tmp_path, target) == []


def test_replaces_an_existing_file_and_keeps_its_mode(tmp_path: Path) -> None:
    target = tmp_path / "liste.xlsx"
    target.write_bytes(b"old content")
    os.chmod(target, 0o640)
    fileio.write_atomically(target, _writer(b"new"))
    assert target.read_bytes() == b"new"
    if os.name == "posix":
        assert target.stat().st_mode & 0o777 == 0o640
    assert _leftovers(tmp_path, target) == []


def test_a_failing_writer_leaves_the_target_and_no_temp_file(tmp_path: Path) -> None:
    target = tmp_path / "liste.xlsx"
    target.write_bytes(b"old content")

    def broken(fh):
        fh.write(b"half")
        raise RuntimeError("bug in the exporter")

    with pytest.raises(RuntimeError):
        fileio.write_atomically(target, broken)
    assert target.read_bytes() == b"old content"
    assert _leftovers(tmp_path, target) == []


def test_disk_full_is_a_known_error(tmp_path: Path) -> None:
    target = tmp_path / "liste.xlsx"
    target.write_bytes(b"old content")

    def full(fh):
        raise OSError(errno.ENOSPC, "No space left on device")

    with pytest.raises(CannotWrite, match="ikke nok plass på disken") as info:
        fileio.write_atomically(target, full)
    assert "\n" not in str(info.value)
    assert target.read_bytes() == b"old content"
    assert _leftovers(tmp_path, target) == []


def test_missing_folder(tmp_path: Path) -> None:
    with pytest.raises(CannotWrite, match="finnes ikke"):
        fileio.write_atomically(tmp_path / "nope" / "liste.xlsx", _writer(b"x"))


def test_target_is_a_folder(tmp_path: Path) -> None:
    (tmp_path / "liste.xlsx").mkdir()
    with pytest.raises(CannotWrite, match="er en mappe"):
        fileio.write_atomically(tmp_path / "liste.xlsx", _writer(b"x"))


@pytest.mark.parametrize(
    ("code", "expected"),
    [(errno.EACCES, "ikke tilgang"), (errno.EROFS, "skrivebeskyttet"), (errno.ENOSPC, "ikke nok plass")],
)
def test_folder_that_cannot_take_a_new_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, code: int, expected: str
) -> None:
    def refuse(*args, **kwargs):
        raise (
            PermissionError(code, os.strerror(code))
            if code == errno.EACCES
            else OSError(code, os.strerror(code))
        )

    monkeypatch.setattr(fileio.os, "open", refuse)
    with pytest.raises(CannotWrite, match=expected):
        fileio.write_atomically(tmp_path / "liste.xlsx", _writer(b"x"))
    assert list(tmp_path.iterdir()) == []


def test_brief_lock_is_retried(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """An antivirus scanner holds the new file for a moment: the replace succeeds on a later try."""
    target = tmp_path / "liste.xlsx"
    target.write_bytes(b"old content")
    real_replace = os.replace
    calls = []

    def flaky(src, dst):
        calls.append(src)
        if len(calls) < 3:
            raise PermissionError(errno.EACCES, "The process cannot access the file")
        real_replace(src, dst)

    monkeypatch.setattr(fileio, "REPLACE_DELAY_S", 0.001)
    monkeypatch.setattr(fileio.os, "replace", flaky)
    fileio.write_atomically(target, _writer(b"new"))
    assert len(calls) == 3
    assert target.read_bytes() == b"new"
    assert _leftovers(tmp_path, target) == []


def test_file_open_in_excel(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """On Windows, os.replace onto a file Excel holds open fails with PermissionError every time."""
    target = tmp_path / "rooster.xlsx"
    target.write_bytes(b"old content")
    calls = []

    def locked(src, dst):
        calls.append(src)
        raise PermissionError(errno.EACCES, "[WinError 5] Access is denied")

    monkeypatch.setattr(fileio, "REPLACE_DELAY_S", 0.001)
    monkeypatch.setattr(fileio.os, "replace", locked)
    with pytest.raises(FileInUse) as info:
        fileio.write_atomically(target, _writer(b"new"))
    assert len(calls) == fileio.REPLACE_ATTEMPTS
    assert str(info.value) == (
        "«rooster.xlsx» er åpen i et annet program (for eksempel Excel). Lukk filen og prøv igjen."
    )
    assert isinstance(info.value, HfdeskError)
    assert target.read_bytes() == b"old content"
    assert _leftovers(tmp_path, target) == []


def test_a_write_killed_half_way_leaves_nothing_for_long(tmp_path: Path) -> None:
    """A power cut mid-write leaves a temporary file; the next write of the same document
    removes it once it is an hour old, and leaves everything else alone."""
    target = tmp_path / "referat.docx"
    stale = tmp_path / ".referat.docx.0a1b2c3d.tmp"
    fresh = tmp_path / ".referat.docx.99887766.tmp"  # another hfdesk may be writing right now
    others = [
        tmp_path / ".annet.docx.0a1b2c3d.tmp",
        tmp_path / ".referat.docx.notmine.tmp",
        tmp_path / "referat.docx.bak",
    ]
    hour_ago = time.time() - 2 * 3600
    for leftover in (stale, fresh, *others):
        leftover.write_bytes(b"half a document")
    for old in (stale, *others):
        os.utime(old, (hour_ago, hour_ago))
    os.utime(fresh, (time.time() - 60, time.time() - 60))

    fileio.write_atomically(target, _writer(b"the minutes"))

    assert target.read_bytes() == b"the minutes"
    assert not stale.exists()
    assert fresh.exists() and all(p.exists() for p in others)
