"""One hfdesk per file (issue 15, point 3): the file's lock is taken before anything else, so a
second start, however soon after the first, is told plainly and touches nothing; a lock left by
a crash is taken over; another window cannot switch to a file that is open elsewhere."""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from hfdesk.ui import app as app_module
from hfdesk.ui.single_instance import claim_file, lock_path, release_file

pytestmark = pytest.mark.gui


def _state(path: Path) -> tuple[str, list[str]]:
    backups = path.parent / "backups"
    listing = sorted(p.name for p in backups.iterdir()) if backups.is_dir() else []
    return hashlib.sha256(path.read_bytes()).hexdigest(), listing


def _wait_for(condition, what: str, timeout: float = 90) -> None:
    deadline = time.monotonic() + timeout  # a bound on a broken start, not a measurement
    while not condition():
        if time.monotonic() > deadline:
            pytest.fail(f"timed out waiting for {what}")
        time.sleep(0.1)


@pytest.fixture(autouse=True)
def _private_temp(tmp_path, monkeypatch):
    """Locks and sockets in this test's own folder (the children are killed on purpose and
    leave theirs behind), for the app in this process and for the children alike."""
    import tempfile

    folder = tmp_path / "temp"
    folder.mkdir()
    monkeypatch.setenv("TMPDIR", str(folder))
    monkeypatch.setattr(tempfile, "tempdir", str(folder))
    return folder


@pytest.fixture
def first_start(demo_copy):
    """A real hfdesk on the file, in its own process, up with its window and its start backup."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    process = subprocess.Popen([sys.executable, "-m", "hfdesk", "--db", str(demo_copy)], env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        _wait_for(lambda: any((demo_copy.parent / "backups").glob("*.ved-oppstart.sqlite")), "the first start")
        yield process
    finally:
        process.kill()  # as a crash would: the lock file stays behind
        process.wait(timeout=30)


def test_a_second_start_is_told_plainly_and_touches_nothing(qapp, demo_copy, first_start, monkeypatch):
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda parent, title, text, *a, **k: told.append(text)))
    monkeypatch.setattr(app_module, "_load_window", lambda app: pytest.fail("a window was built"))
    before = _state(demo_copy)
    assert app_module.run_gui(demo_copy) == 0
    assert len(told) == 1 and "«demo.sqlite»" in told[0]
    assert _state(demo_copy) == before  # not read for a check, not backed up, not written
    assert first_start.poll() is None  # the first start is still up


def test_a_lock_left_by_a_crash_is_taken_over(qapp, demo_copy, first_start):
    assert not claim_file(demo_copy)
    first_start.kill()
    first_start.wait(timeout=30)
    assert lock_path(demo_copy).exists()  # left behind (in this test's own temp folder)
    assert lock_path(demo_copy).parent == Path(os.environ["TMPDIR"])
    assert claim_file(demo_copy)
    release_file(demo_copy)


def test_a_window_cannot_switch_to_a_file_open_elsewhere(qtbot, window, demo_copy, tmp_path, monkeypatch):
    import shutil

    from hfdesk.ui import main_window as main_window_module

    other = tmp_path / "annan" / "demo.sqlite"
    other.parent.mkdir()
    shutil.copy(demo_copy, other)
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    process = subprocess.Popen([sys.executable, "-m", "hfdesk", "--db", str(other)], env=env,
                               stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        _wait_for(lambda: any((other.parent / "backups").glob("*.ved-oppstart.sqlite")), "the other start")
        shown: list[str] = []
        monkeypatch.setattr(main_window_module, "show_error", lambda parent, message, *a: shown.append(message))
        assert window.open_database_file(other) is False
        assert shown and "«demo.sqlite»" in shown[0]
        assert window.database.path == demo_copy
    finally:
        process.kill()
        process.wait(timeout=30)
