"""Backups from the desktop app: made on a schedule, on request, and restored with a preview.

`BackupScheduler` follows `hfdesk.backup.BackupPolicy`: a backup at start, every ten
minutes while the data has changed, and at exit. Automatic backups run on a worker
thread (a copy of a large file takes a moment; the secretary may be typing); "Back up
now" and the one at exit run at once. `RestoreDialog` lists the backups of the open
file with what each holds; restoring replaces the file (the current one is backed up
first) and reopens it.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QItemSelection, QObject, QThreadPool, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from .. import dates
from ..backup import (
    REASON_AUTOMATIC,
    REASON_EXIT,
    REASON_MANUAL,
    REASON_RESTORE,
    REASON_START,
    REASON_UPGRADE,
    BackupInfo,
    BackupPolicy,
    backup_summary,
    list_backups,
    make_backup,
)
from ..errors import HfdeskError, describe_error
from ..paths import backup_dir_for
from .i18n import current_language
from .models.base import ALIGN_RIGHT, RowTableModel
from .ops import Change, Ops, busy, show_error
from .widgets import DataTableView, muted_label

#: How often the scheduler asks the policy whether a backup is due.
CHECK_INTERVAL_MS = 60_000


class _Signals(QObject):
    """Carries a worker thread's result back to the GUI thread (queued across threads)."""

    finished = Signal(object, str)  # Path | None, error message ("" when none)


class BackupScheduler(QObject):
    """Backs up the open database at start, every ten minutes while it has changed, and at exit."""

    #: A backup was written (its path) or was not needed (None).
    backed_up = Signal(object)
    #: An automatic backup failed: one line for the status bar.
    failed = Signal(str)

    def __init__(
        self,
        ops: Ops,
        parent: QObject | None = None,
        *,
        check_interval_ms: int = CHECK_INTERVAL_MS,
        clock: Callable[[], datetime] = datetime.now,
    ) -> None:
        super().__init__(parent)
        self._ops = ops
        self._clock = clock
        self.policy = BackupPolicy()
        self.changed = False
        self._running = False
        self._signals = _Signals(self)
        self._signals.finished.connect(self._on_finished)
        self._timer = QTimer(self)
        self._timer.setInterval(check_interval_ms)
        self._timer.timeout.connect(self.check)
        ops.data_changed.connect(self._on_data_changed)
        ops.database_changed.connect(self._on_database_changed)

    def db_path(self) -> Path:
        return Path(self._ops.database.path)

    def _shared(self) -> bool:
        """A shared database: its backups are the server's (pg_dump), none is made here."""
        return bool(getattr(self._ops.database, "is_shared", False))

    def start(self) -> None:
        """The backup at start (in the background), then the timer."""
        self._timer.start()
        self.check()

    def stop(self) -> None:
        self._timer.stop()

    def _on_data_changed(self, _changes: Change) -> None:
        self.changed = True

    def _on_database_changed(self) -> None:
        """Another file: its own schedule, starting with a backup now."""
        self.policy = BackupPolicy()
        self.changed = False
        if self._timer.isActive():
            QTimer.singleShot(0, self, self.check)

    def check(self) -> bool:
        """Start an automatic backup when one is due; True when one was started."""
        if self._running or getattr(self._ops.database, "read_only", False) or self._shared():
            return False
        now = self._clock()
        if not self.policy.due(now, self.changed):
            return False
        reason = REASON_START if self.policy.last is None else REASON_AUTOMATIC
        self.policy.record(now)
        self.changed = False
        self._running = True
        path = self.db_path()
        signals = self._signals

        def work() -> None:
            try:
                result = make_backup(path, reason=reason)
            except HfdeskError as exc:
                signals.finished.emit(None, str(exc))
            except Exception as exc:  # noqa: BLE001 - reported, never lost: the data itself is untouched
                signals.finished.emit(None, describe_error(exc))
            else:
                signals.finished.emit(result, "")

        QThreadPool.globalInstance().start(work)
        return True

    def _on_finished(self, result: Path | None, error: str) -> None:
        self._running = False
        if error:
            self.changed = True  # try again at the next check
            self.failed.emit(error)
        else:
            self.backed_up.emit(result)

    def wait(self, msecs: int = 30_000) -> bool:
        """Wait for a running backup (tests, and before the one at exit)."""
        done = QThreadPool.globalInstance().waitForDone(msecs)
        QCoreApplication.processEvents()  # deliver the worker's queued 'finished'
        return done

    def back_up_now(self, parent: QWidget | None = None) -> Path | None:
        """'Back up now': a backup at once, even if one was made a minute ago (not if nothing changed)."""
        self.wait()
        try:
            with busy():
                result = make_backup(self.db_path(), reason=REASON_MANUAL)
        except HfdeskError as exc:
            show_error(parent, str(exc))
            return None
        self.policy.record(self._clock())
        self.changed = False
        self.backed_up.emit(result)
        return result

    def at_exit(self) -> Path | None:
        """The backup at exit, if the data changed since the last one; never raises."""
        self.stop()
        self.wait()
        if getattr(self._ops.database, "read_only", False) or self._shared():
            return None
        if not self.policy.due(self._clock(), self.changed, exiting=True):
            return None
        try:
            return make_backup(self.db_path(), reason=REASON_EXIT)
        except Exception:  # noqa: BLE001 - at exit there is no one to tell; the data is untouched
            return None


class BackupsModel(RowTableModel):
    """The backups of one database file, newest first."""

    COL_CREATED = 0
    COL_REASON = 1
    COL_SIZE = 2

    def headers(self) -> list[str]:
        return [self.tr("Made"), self.tr("Occasion"), self.tr("Size")]

    def row_id(self, row: BackupInfo) -> int:
        return hash(row.path) & 0x7FFFFFFF

    def display(self, row: BackupInfo, column: int) -> str:
        if column == self.COL_CREATED:
            return f"{dates.weekday_date(row.created, current_language())} {dates.clock(row.created)}"
        if column == self.COL_REASON:
            return reason_text(row.reason)
        if column == self.COL_SIZE:
            return file_size(row.size)
        return ""

    def sort_value(self, row: BackupInfo, column: int):
        if column == self.COL_CREATED:
            return row.created
        if column == self.COL_SIZE:
            return row.size
        return self.display(row, column)

    def tooltip(self, row: BackupInfo, column: int) -> str | None:
        return str(row.path)

    def alignment(self, column: int):
        return ALIGN_RIGHT if column == self.COL_SIZE else super().alignment(column)


def reason_text(reason: str) -> str:
    """Why a backup was made, as a phrase for the list ('automatisk', 'ved oppstart' …)."""
    known = {
        REASON_AUTOMATIC: QCoreApplication.translate("BackupsModel", "automatic"),
        REASON_START: QCoreApplication.translate("BackupsModel", "at start"),
        REASON_EXIT: QCoreApplication.translate("BackupsModel", "at exit"),
        REASON_MANUAL: QCoreApplication.translate("BackupsModel", "by hand"),
        REASON_RESTORE: QCoreApplication.translate("BackupsModel", "before a restore"),
    }
    if reason in known:
        return known[reason]
    if reason.startswith(REASON_UPGRADE):  # "før oppgradering 0001"
        return QCoreApplication.translate("BackupsModel", "before an upgrade")
    return reason


def file_size(size: int) -> str:
    """'1,2 MB' / '820 kB' in Norwegian style."""
    if size >= 1024 * 1024:
        return f"{size / (1024 * 1024):.1f} MB".replace(".", ",")
    return f"{max(1, round(size / 1024))} kB"


class RestoreDialog(QDialog):
    """The backups of the open file, what the selected one holds, and a button to restore it."""

    #: The backup the user chose to restore (confirmed).
    restore_requested = Signal(Path)

    def __init__(self, db_path: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.db_path = Path(db_path)
        self.setWindowTitle(self.tr("Restore from Backup"))
        self.setAccessibleName(self.tr("Restore from backup"))
        self.setSizeGripEnabled(True)
        self.folder = backup_dir_for(self.db_path)
        intro = QLabel(
            self.tr(
                "Choose the backup to go back to. The file as it is now is backed up first, "
                "so a restore can itself be undone."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.model = BackupsModel(self)
        self.table = DataTableView(self, empty_text=self.tr("There are no backups of this file yet."), sortable=False)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Backups"))
        self.table.selectionModel().selectionChanged.connect(self._on_selected)
        self.table.activated.connect(lambda _index: self.restore())

        self.preview = QFormLayout()
        self.preview_labels: dict[str, QLabel] = {}
        for key, text in (
            ("bodies", self.tr("Bodies:")),
            ("people", self.tr("People:")),
            ("meetings", self.tr("Meetings:")),
            ("items", self.tr("Cases:")),
            ("newest_meeting", self.tr("Newest meeting:")),
        ):
            label = QLabel("", self)
            label.setAccessibleName(text.rstrip(":"))
            self.preview_labels[key] = label
            self.preview.addRow(text, label)
        self.problem = muted_label("", self)
        self.problem.setWordWrap(True)

        self.folder_button = QPushButton(self.tr("Open &Folder"), self)
        self.folder_button.setAccessibleName(self.tr("Open folder"))
        self.folder_button.clicked.connect(self.open_folder)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.restore_button = self.buttons.addButton(self.tr("&Restore…"), QDialogButtonBox.ButtonRole.ActionRole)
        self.restore_button.setAccessibleName(self.tr("Restore"))
        self.restore_button.clicked.connect(self.restore)
        self.buttons.rejected.connect(self.reject)
        close = self.buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(close.text().replace("&", ""))

        bottom = QHBoxLayout()
        bottom.addWidget(self.folder_button)
        bottom.addStretch(1)
        bottom.addWidget(self.buttons)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(self.preview)
        layout.addWidget(self.problem)
        layout.addLayout(bottom)
        self.resize(640, 480)
        self.reload()

    def reload(self) -> None:
        self.model.set_rows(list_backups(self.folder, database=self.db_path))
        self.table.fit_columns(stretch=BackupsModel.COL_REASON)
        if self.model.rowCount():
            self.table.selectRow(0)
        else:
            self._show(None)

    def selected(self) -> BackupInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _on_selected(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._show(self.selected())

    def _show(self, info: BackupInfo | None) -> None:
        self.problem.setText("")
        for label in self.preview_labels.values():
            label.setText("")
        self.restore_button.setEnabled(False)
        if info is None:
            return
        try:
            summary = backup_summary(info.path)
        except HfdeskError as exc:
            self.problem.setText(str(exc))
            return
        except Exception as exc:  # noqa: BLE001 - a broken file is shown as broken, never as a traceback
            self.problem.setText(describe_error(exc))
            return
        for key, label in self.preview_labels.items():
            value = summary.get(key)
            if key == "newest_meeting":
                label.setText(dates.long_date(value, current_language()) if value else self.tr("none"))
            else:
                label.setText(str(value))
        self.restore_button.setEnabled(True)

    def restore(self) -> Path | None:
        info = self.selected()
        if info is None or not self.restore_button.isEnabled():
            return None
        when = f"{dates.long_date(info.created, current_language())} {dates.clock(info.created)}"
        answer = QMessageBox.question(
            self,
            self.tr("Restore from Backup"),
            self.tr(
                "Go back to the backup from {when}? Everything entered after it is replaced; "
                "the file as it is now is kept as a backup first."
            ).format(when=when),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return None
        self.restore_requested.emit(info.path)
        self.accept()
        return info.path

    def open_folder(self) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(self.folder)))
