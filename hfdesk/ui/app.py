"""Starting the desktop application."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from .. import APP_NAME, __version__
from ..db import Database, open_database
from ..buglog import write_bug_log
from ..errors import HfdeskError
from ..paths import default_database_path
from .i18n import install_translators
from .main_window import MainWindow, app_icon

ORGANISATION_NAME = "hfdesk"


def _ask_for_other_file(message: str) -> Path | None:
    """Tell why the file cannot be opened; offer to pick another one. None means quit."""
    box = QMessageBox()
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("App", "hfdesk"))
    box.setText(QCoreApplication.translate("App", "The database could not be opened."))
    box.setInformativeText(message)
    choose = box.addButton(
        QCoreApplication.translate("App", "Open &Another File…"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(QCoreApplication.translate("App", "&Quit"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(choose)
    box.exec()
    if box.clickedButton() is not choose:
        return None
    name, _ = QFileDialog.getOpenFileName(
        None,
        QCoreApplication.translate("App", "Open Database"),
        str(default_database_path().parent),
        ";;".join(
            (
                QCoreApplication.translate("App", "hfdesk databases (*.sqlite *.db)"),
                QCoreApplication.translate("App", "All files (*)"),
            )
        ),
    )
    return Path(name) if name else None


def open_first_database(db_path: Path | None) -> Database | None:
    """Open the given or default database; on a known error let the user pick another file or quit."""
    path = db_path or default_database_path()
    create = True
    while True:
        try:
            if create:
                path.parent.mkdir(parents=True, exist_ok=True)
            return open_database(path, create=create)
        except HfdeskError as exc:
            message = str(exc)
        except OSError as exc:  # e.g. the data folder cannot be made
            message = QCoreApplication.translate("App", "«{path}» cannot be used: {reason}").format(
                path=str(path), reason=exc.strerror or exc
            )
        chosen = _ask_for_other_file(message)
        if chosen is None:
            return None
        path, create = chosen, False




def show_unexpected_error(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> None:
    """A bug: one plain sentence for the user, the traceback in the log file, never on screen."""
    log = write_bug_log(exc_type, exc, tb, where="gui")
    box = QMessageBox()
    box.setIcon(QMessageBox.Icon.Critical)
    box.setWindowTitle(QCoreApplication.translate("App", "hfdesk"))
    box.setText(
        QCoreApplication.translate(
            "App", "Something went wrong in hfdesk. What you saved earlier is kept in the database."
        )
    )
    if log is not None:
        box.setInformativeText(
            QCoreApplication.translate(
                "App", "The details are saved in {log}. Please send that file to whoever supports hfdesk."
            ).format(log=str(log))
        )
    box.exec()


def run_gui(db_path: Path | None = None, *, on_ready: Callable[[MainWindow], None] | None = None) -> int:
    """Run the desktop application on `db_path` (default: the per-user database); the exit code.

    `on_ready` (for benchmarks and tests) is called with the window once it is shown
    and the event loop has started.
    """
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORGANISATION_NAME)
    app.setApplicationVersion(__version__)
    app.setWindowIcon(app_icon())
    translators = install_translators(app)
    previous_hook = sys.excepthook
    sys.excepthook = show_unexpected_error
    try:
        first_run = not (db_path or default_database_path()).exists()
        database = open_first_database(db_path)
        if database is None:
            return 1
        window = MainWindow(database)
        window.show()
        if first_run:
            QTimer.singleShot(0, window, window.offer_demo_on_first_run)
        if on_ready is not None:
            QTimer.singleShot(0, lambda: on_ready(window))
        smoke_report = os.environ.get("HFDESK_SMOKE_TEST")
        if smoke_report:  # packaging/build.py: prove the frozen app shows its window, then quit

            def smoke_done() -> None:
                Path(smoke_report).write_text(f"window shown: {window.windowTitle()}\n", encoding="utf-8")
                app.quit()

            QTimer.singleShot(0, window, smoke_done)
        try:
            return app.exec()
        finally:
            window.database.close()
    finally:
        sys.excepthook = previous_hook
        for translator in translators:
            app.removeTranslator(translator)
