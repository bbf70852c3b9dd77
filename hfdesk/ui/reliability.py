"""What keeps the open file safe while the app runs: scheduled and manual backups, restore,
one running hfdesk per file, a warning for folders that sync or sit on the network, and
recovery when a file cannot be opened, and the full check of a file opened on the quick one.
The main window gets it with `Reliability(window)`."""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMenu, QMessageBox, QWidget

from ..backup import newest_good_backup, restore_backup
from ..db import Database, open_database
from ..dbcheck import check_fully
from ..paths import location_warning
from ..errors import DamagedDatabase, HfdeskError, NotADatabase, ReadOnlyLocation
from ..messages import render
from .backups import BackupScheduler, RestoreDialog
from .ops import busy, show_error
from .single_instance import InstanceGuard


#: How long after the window is shown the work that reads the whole file starts (the full check
#: where the open skipped it, then the backup at start): the first screen's queries and paint go
#: first, and neither grows the start with the file.
AFTER_START_MS = 1500


class _CheckSignals(QObject):
    """From the checking thread to the window's thread: (the file, its error or None)."""

    checked = Signal(object, object)


class Reliability(QObject):
    """Backups, restore, the single-instance guard and the file's full check of one main window."""

    def __init__(self, window, parent: QObject | None = None) -> None:
        super().__init__(parent or window)
        self.window = window
        self.scheduler = BackupScheduler(window.ops, self)
        self.guard = InstanceGuard(self)
        self.guard.activated.connect(self.bring_forward)
        self.backup_action = QAction(self.tr("&Back Up Now"), window)
        self.backup_action.setShortcut(QKeySequence("Ctrl+Shift+B"))
        self.backup_action.setStatusTip(self.tr("A checked copy of the database in the backups folder beside it"))
        self.backup_action.triggered.connect(self.back_up_now)
        self.restore_action = QAction(self.tr("&Restore from Backup…"), window)
        self.restore_action.setStatusTip(self.tr("Go back to an earlier backup of this database"))
        self.restore_action.triggered.connect(self.open_restore)
        self.scheduler.backed_up.connect(self._on_backed_up)
        self.scheduler.failed.connect(self._on_backup_failed)
        window.ops.database_changed.connect(self._on_database_changed)
        self._check_signals = _CheckSignals(self)
        self._check_signals.checked.connect(self._on_checked)
        self.check_thread: threading.Thread | None = None
        self._backups_started = False

    def db_path(self) -> Path:
        return Path(self.window.database.path)

    def _shared(self) -> bool:
        """A shared database on a server: no file to back up, guard or check (`hfdesk.pgdb`)."""
        return bool(getattr(self.window.database, "is_shared", False))

    def update_for_database(self) -> None:
        """A shared database's backups are the server's business: the file backup actions are
        greyed out and say so; a file gets them back."""
        shared = self._shared()
        reason = render("backup.shared_database") if shared else ""
        self.backup_action.setEnabled(not shared)
        self.restore_action.setEnabled(not shared)
        self.backup_action.setStatusTip(
            reason or self.tr("A checked copy of the database in the backups folder beside it"))
        self.restore_action.setStatusTip(reason or self.tr("Go back to an earlier backup of this database"))
        self.backup_action.setToolTip(reason or self.backup_action.text().replace("&", ""))
        self.restore_action.setToolTip(reason or self.restore_action.text().replace("&", ""))

    def install(self, menu: QMenu, before: QAction | None = None) -> None:
        """Put 'Back up now' and 'Restore from backup…' in `menu` (before `before`)."""
        for action in (self.backup_action, self.restore_action):
            if before is not None:
                menu.insertAction(before, action)
            else:
                menu.addAction(action)
        separator = QAction(menu)
        separator.setSeparator(True)
        if before is not None:
            menu.insertAction(before, separator)

    def start(self) -> None:
        """At start: listen for later starts on this file and warn about the folder; once the
        window is usable, check the file fully when the open did not, then back up."""
        self.update_for_database()
        if self._shared():
            return
        self.guard.listen(self.db_path())
        self.warn_about_location()
        QTimer.singleShot(AFTER_START_MS, self, self._after_start)

    def _after_start(self) -> None:
        if self.check_in_background() is None:
            self._start_backups()  # else when the check has found the file sound (_on_checked)

    def _start_backups(self) -> None:
        """The backup at start, then every interval (once)."""
        if not self._backups_started:
            self._backups_started = True
            self.scheduler.start()

    # --- the full check -------------------------------------------------------------------------
    def check_in_background(self) -> threading.Thread | None:
        """``quick_check`` of the open file on a connection of its own, in a worker thread (the
        window stays usable; a write waits for it at most the check's length). A damaged file
        is then refused (`refuse_damaged`). None when there is nothing to check."""
        database: Database = self.window.database
        if database.checked_fully or database.read_only or database.damaged:
            return None
        if self.check_thread is not None and self.check_thread.is_alive():
            return self.check_thread
        path = Path(database.path)
        signals = self._check_signals

        def work() -> None:
            signals.checked.emit(path, check_fully(path))

        self.check_thread = threading.Thread(target=work, name="hfdesk-check", daemon=True)
        self.check_thread.start()
        return self.check_thread

    def _on_checked(self, path: Path, error: HfdeskError | None) -> None:
        database: Database = self.window.database
        if Path(database.path) != path:  # another file was opened meanwhile (checked when it was opened)
            self._start_backups()
            return
        if error is None:
            database.checked_fully = True
            self._start_backups()
            return
        self.refuse_damaged(error)

    def refuse_damaged(self, error: HfdeskError) -> None:
        """The open file turned out damaged: it is no longer used (nor noted as closed cleanly,
        so the next start checks it fully and refuses it), and the user is told and offered
        what a damaged file gets at start: the newest good backup (restoring keeps the file as
        it is beside the backups), another file, or quitting. Nothing is deleted."""
        current: Database = self.window.database
        current.damaged = True
        self.scheduler.wait()
        current.close()  # not used further (the engine would only reconnect on a new query)
        path = Path(current.path)
        recovered = recover_or_explain(path, error, self.window)
        if recovered is not None:  # the backup restored (the damaged file kept beside the backups)
            self.window.ops.replace_database(recovered).close()
            return
        from .app import _ask_for_other_file

        chosen = _ask_for_other_file(str(error))
        if chosen is not None and chosen.resolve() != path.resolve() and self.window.open_database_file(chosen):
            return
        self.window.close()  # the app ends; the damaged file stays as it is

    def stop(self) -> None:
        """At exit: the last backup (if anything changed) and no more listening."""
        self.scheduler.at_exit()
        self.guard.close()

    def _on_database_changed(self) -> None:
        self.update_for_database()
        if self._shared():
            return
        self.guard.listen(self.db_path())
        self.warn_about_location()

    def warn_about_location(self) -> QMessageBox | None:
        """A window-modal warning when the file lives in a synced or network folder."""
        warning = location_warning(self.db_path())
        if not warning:
            return None
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Database Location"), warning,
                          QMessageBox.StandardButton.Ok, self.window)
        box.setWindowModality(Qt.WindowModality.WindowModal)
        box.finished.connect(box.deleteLater)
        box.open()
        return box

    def bring_forward(self) -> None:
        """Another start on this file asked for the window."""
        window = self.window
        if window.isMinimized():
            window.showNormal()
        window.show()
        window.raise_()
        window.activateWindow()

    # --- backups ------------------------------------------------------------------------------
    def back_up_now(self) -> Path | None:
        if self._shared():
            self.window.statusBar().showMessage(render("backup.shared_database"), 10000)
            return None
        made = self.scheduler.back_up_now(self.window)
        if made is None:
            self.window.statusBar().showMessage(
                self.tr("Nothing has changed since the last backup; no new copy was needed."), 8000
            )
        return made

    def _on_backed_up(self, path: Path | None) -> None:
        if path is not None:
            self.window.statusBar().showMessage(self.tr("Backup saved: {file}").format(file=path.name), 5000)

    def _on_backup_failed(self, message: str) -> None:
        self.window.statusBar().showMessage(self.tr("The automatic backup failed: {reason}").format(reason=message))

    def open_restore(self) -> RestoreDialog | None:
        if self._shared():
            self.window.statusBar().showMessage(render("backup.shared_database"), 10000)
            return None
        dialog = RestoreDialog(self.db_path(), self.window)
        dialog.restore_requested.connect(self.restore_from)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def restore_from(self, backup: Path) -> bool:
        """Replace the open file by `backup` and reopen it; on a known error nothing changes."""
        path = self.db_path()
        self.scheduler.wait()
        current: Database = self.window.database
        current.close()  # the file must not be held open while it is replaced
        try:
            with busy():
                restore_backup(backup, path)
                database = open_database(path, create=False)
        except HfdeskError as exc:
            show_error(self.window, str(exc))
            return False  # the old engine reconnects on its next use: the app goes on as before
        previous = self.window.ops.replace_database(database)
        previous.close()
        self.window.statusBar().showMessage(
            self.tr("Restored from {file}. The file as it was is kept as a backup.").format(file=backup.name), 10000
        )
        return True


def recover_or_explain(path: Path, error: HfdeskError, parent: QWidget | None = None) -> Database | None:
    """After `open_database(path)` failed: offer what can be done, and open it if the user agrees.

    A damaged or foreign file: the newest good backup is offered (the file itself is never
    written; restoring keeps a copy of it). A read-only location: open it read-only.
    Returns the opened database, or None (the caller then lets the user choose another file).
    """
    if isinstance(error, (DamagedDatabase, NotADatabase)) and path.exists():
        backup = newest_good_backup(path)
        if backup is None:
            return None
        answer = QMessageBox.question(
            parent,
            QCoreApplication.translate("Recovery", "Database Cannot Be Opened"),
            QCoreApplication.translate("Recovery", "{problem}\n\nRestore the newest good backup, {file}? The file as it is now is kept beside the backups.").format(
                problem=str(error), file=backup.name
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return None
        try:
            with busy():
                restore_backup(backup, path)
                return open_database(path, create=False)
        except HfdeskError as exc:
            show_error(parent, str(exc))
            return None
    if isinstance(error, ReadOnlyLocation):
        answer = QMessageBox.question(
            parent,
            QCoreApplication.translate("Recovery", "Read-Only Location"),
            QCoreApplication.translate("Recovery", "{problem}\n\nOpen it read-only, to look and export but not change anything?").format(
                problem=str(error)
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return None
        try:
            return open_database(path, create=False, read_only=True)
        except HfdeskError as exc:
            show_error(parent, str(exc))
            return None
    return None
