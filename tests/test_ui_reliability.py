"""The app's side of reliability: scheduled and manual backups, restore with a preview, the
report for an unexpected error, and one running hfdesk per database file."""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path

import pytest
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QMessageBox

from hfdesk.backup import list_backups
from hfdesk.db import open_database
from hfdesk.models import Person
from hfdesk.paths import backup_dir_for
from hfdesk.ui.backups import BackupScheduler, BackupsModel, RestoreDialog
from hfdesk.ui.error_report import ErrorReportDialog, error_details
from hfdesk.ui.ops import Ops
from hfdesk.ui.single_instance import InstanceGuard, notify_running, server_name

pytestmark = pytest.mark.gui


class Clock:
    def __init__(self) -> None:
        self.now = datetime(2026, 11, 23, 9, 0)

    def __call__(self) -> datetime:
        return self.now


@pytest.fixture
def ops(demo_copy, qapp):
    database = open_database(demo_copy, create=False)
    yield Ops(database)
    database.close()


def _backups(path: Path) -> list:
    return list_backups(backup_dir_for(path), database=path)


def _rename_someone(ops: Ops, name: str) -> None:
    def change(s):
        person = s.get(Person, 1)
        person.given_name = name
        return person.id

    ops.write(change)


def test_backup_at_start_then_only_when_changed_and_ten_minutes_on(qtbot, ops):
    clock = Clock()
    scheduler = BackupScheduler(ops, check_interval_ms=3_600_000, clock=clock)
    path = Path(ops.database.path)
    before = len(_backups(path))
    with qtbot.waitSignal(scheduler.backed_up, timeout=30_000):
        scheduler.start()
    assert len(_backups(path)) == before + 1
    assert "oppstart" in _backups(path)[0].reason
    _rename_someone(ops, "Endra")
    clock.now += timedelta(minutes=5)
    assert not scheduler.check()  # changed, but not ten minutes since the last one
    clock.now += timedelta(minutes=6)
    with qtbot.waitSignal(scheduler.backed_up, timeout=30_000):
        assert scheduler.check()
    assert len(_backups(path)) == before + 2
    clock.now += timedelta(minutes=30)
    assert not scheduler.check()  # nothing changed since: no backup
    _rename_someone(ops, "Endra igjen")
    made = scheduler.at_exit()
    assert made is not None and "avslutning" in made.name
    assert scheduler.at_exit() is None  # nothing changed since
    scheduler.stop()


def test_back_up_now_and_restore_with_a_preview(qtbot, ops, monkeypatch, nb):
    clock = Clock()
    scheduler = BackupScheduler(ops, clock=clock)
    path = Path(ops.database.path)
    made = scheduler.back_up_now()
    assert made is not None and made.exists()
    _rename_someone(ops, "Etter kopien")

    dialog = RestoreDialog(path)
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() >= 1
    assert dialog.model.index(0, BackupsModel.COL_REASON).data() == "for hånd"
    assert int(dialog.preview_labels["bodies"].text()) > 0
    assert int(dialog.preview_labels["meetings"].text()) > 0
    assert dialog.restore_button.isEnabled()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    with qtbot.waitSignal(dialog.restore_requested) as chosen:
        dialog.restore()
    assert chosen.args[0] == made


def test_a_damaged_backup_is_shown_as_damaged_and_cannot_be_restored(qtbot, ops):
    path = Path(ops.database.path)
    folder = backup_dir_for(path)
    folder.mkdir(parents=True, exist_ok=True)
    (folder / f"{path.name}.20261101-120000.manuell.sqlite").write_bytes(b"not a database at all" * 100)
    dialog = RestoreDialog(path)
    qtbot.addWidget(dialog)
    assert dialog.model.rowCount() == 1
    assert dialog.problem.text()  # one plain line, no traceback
    assert "Traceback" not in dialog.problem.text()
    assert not dialog.restore_button.isEnabled()


def test_the_error_report_shows_copyable_details_and_the_log_file(qtbot, tmp_path):
    try:
        raise RuntimeError("noe uventet")
    except RuntimeError as exc:
        details = error_details(type(exc), exc, exc.__traceback__)
    log_file = tmp_path / "hfdesk-feil.log"
    dialog = ErrorReportDialog(details, log_file)
    qtbot.addWidget(dialog)
    assert "RuntimeError: noe uventet" in dialog.details.toPlainText()
    assert str(log_file) in dialog.where.text()
    dialog.copy_details()
    assert "noe uventet" in QGuiApplication.clipboard().text()


def test_a_second_start_on_the_same_file_brings_the_first_forward(qtbot, tmp_path):
    first = tmp_path / "hfdesk.sqlite"
    other = tmp_path / "annen.sqlite"
    guard = InstanceGuard()
    assert guard.listen(first)
    assert server_name(first) != server_name(other)
    assert not notify_running(other, timeout_ms=200)
    with qtbot.waitSignal(guard.activated, timeout=5_000):
        assert notify_running(first)
    guard.close()
    assert not notify_running(first, timeout_ms=200)


# --- the main window's side: Reliability and recovery at open ----------------------------------


def test_restore_from_the_window_brings_the_old_data_back_and_keeps_the_current(qtbot, window, monkeypatch, nb):
    from hfdesk.ui.reliability import Reliability

    reliability = Reliability(window)
    path = Path(window.database.path)
    with window.database.session() as s:
        original = s.get(Person, 1).given_name
    made = reliability.back_up_now()
    assert made is not None
    _rename_someone(window.ops, "Feilskrevet")
    assert reliability.restore_from(made)
    with window.database.session() as s:
        assert s.get(Person, 1).given_name == original
    kept = [b for b in _backups(path) if "gjenoppretting" in b.reason]
    assert kept, "the file as it was is kept as a backup"
    assert made.name in window.statusBar().currentMessage()


def test_nothing_changed_means_no_new_backup_and_says_so(qtbot, window, nb):
    from hfdesk.ui.reliability import Reliability

    reliability = Reliability(window)
    assert reliability.back_up_now() is not None
    assert reliability.back_up_now() is None
    assert "ingen ny kopi" in window.statusBar().currentMessage()


def test_a_damaged_file_is_recovered_from_its_newest_good_backup(qtbot, demo_copy, monkeypatch, nb):
    from hfdesk.backup import make_backup
    from hfdesk.errors import DamagedDatabase
    from hfdesk.ui.reliability import recover_or_explain

    good = make_backup(demo_copy, reason="manuell")
    assert good is not None
    data = bytearray(demo_copy.read_bytes())
    data[5000:9000] = b"\xff" * 4000  # pages of the file overwritten
    demo_copy.write_bytes(bytes(data))
    with pytest.raises(DamagedDatabase) as raised:
        open_database(demo_copy, create=False)
    asked: list[str] = []
    monkeypatch.setattr(
        QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Yes
    )
    database = recover_or_explain(demo_copy, raised.value)
    assert database is not None and good.name in asked[0]
    with database.session() as s:
        assert s.get(Person, 1) is not None
    database.close()


def test_a_read_only_location_can_be_opened_for_reading(qtbot, demo_copy, monkeypatch, nb):
    from hfdesk.errors import ReadOnlyLocation
    from hfdesk.ui.reliability import recover_or_explain

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    database = recover_or_explain(demo_copy, ReadOnlyLocation("Mappen kan ikke skrives til."))
    assert database is not None and database.read_only
    database.close()


def test_a_full_disk_or_locked_database_is_a_plain_line_and_a_bug_is_not_swallowed(qtbot, ops, monkeypatch):
    import sqlite3

    from sqlalchemy.exc import OperationalError

    from hfdesk.errors import DATABASE_LOCKED, DISK_FULL
    from hfdesk.messages import render

    shown: list[str] = []
    monkeypatch.setattr("hfdesk.ui.ops.show_error", lambda parent, message, title="": shown.append(message))

    def disk_full(_session):
        raise OperationalError("INSERT …", {}, sqlite3.OperationalError("database or disk is full"))

    def locked(_session):
        raise OperationalError("SELECT …", {}, sqlite3.OperationalError("database is locked"))

    errors: list[str] = []
    assert ops.write(disk_full, on_error=errors.append) is None
    assert errors == [render(DISK_FULL)]
    assert ops.read(locked, default=[]) == []
    assert shown == [render(DATABASE_LOCKED)]

    def bug(_session):
        raise KeyError("a bug")

    with pytest.raises(KeyError):
        ops.write(bug)


def test_a_situation_is_told_in_the_interface_language_and_an_unknown_one_is_a_bug(qapp):
    import errno

    from hfdesk import messages
    from hfdesk.ui.ops import known_situation

    assert known_situation(OSError(errno.EXDEV, "Invalid cross-device link")) is None  # a bug of ours
    assert known_situation(RuntimeError("a bug")) is None
    before = messages.set_language("en")
    try:
        assert known_situation(OSError(errno.ENOSPC, "No space left on device")) == (
            "The disk is full. Free some space and try again; what was saved before is kept."
        )
    finally:
        messages.set_language(before)
