"""Starting the desktop application.

run_gui installs the interface language (the user's choice in Settings, else what the
system suggests: `hfdesk.ui.i18n`), finds the database (the one named on the command
line; else the one used last, remembered in QSettings; else the one in the per-user
data folder; else the first-run welcome, `dialogs/first_run.py`, asks where the data
should live), and shows the main window.

The start paints first: once the file to open is known, the main window's frame
(`shell.WindowShell`: menus, sidebar, an empty page) is shown before SQLAlchemy, the models,
the services and the pages are imported, so hfdesk is on screen in about the time of a bare Qt
window. Then the window's modules are imported while a worker thread checks the file
(`hfdesk.dbcheck.Inspection`), the file is opened and the main window takes the frame's place.

The check at open is the cheap one (header, schema, version) for a file hfdesk closed cleanly
and nothing changed since; any other file (a crash, a kill, another program or computer wrote
it) gets the full ``quick_check`` first, and a damaged one is refused untouched as before. A
file opened on the cheap check is checked fully in the background once the window is usable
(`reliability.Reliability.check_in_background`).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QTimer, QTranslator
from PySide6.QtWidgets import QApplication

from .. import APP_NAME, __version__
from ..errors import HfdeskError
from .i18n import (
    install_translators,
    language_state,
    remove_translators,
    resolve_language,
    restore_language_state,
)
from .single_instance import claim_file, notify_running, release_file
from .settings import ORGANISATION_NAME, AppSettings
from .shell import WindowShell, app_icon

if TYPE_CHECKING:
    from ..db import Database
    from ..dbcheck import Inspection
    from .dialogs.first_run import FirstRunChoice
    from .main_window import MainWindow


def _remove_queued_quit(app: QApplication) -> None:
    """A second quit request (the last window closing after app.quit()) may still be queued: it
    would end every later event loop in this process (tests, benchmarks)."""
    from PySide6.QtCore import QEvent  # the widgets' modules are not imported before the first paint

    QCoreApplication.removePostedEvents(app, QEvent.Type.Quit)


def _load_window(app: QApplication) -> type[MainWindow]:
    """Import the main window's modules (SQLAlchemy's ORM, the models, the pages: most of the
    start) and give the application hfdesk's icon."""
    from .main_window import MainWindow, app_icon

    app.setWindowIcon(app_icon())
    return MainWindow


def tell_already_running(path: Path, *, came_forward: bool) -> None:
    """A second start on a file hfdesk already has open: said plainly, then this start ends."""
    if came_forward:
        text = QCoreApplication.translate(
            "App", "hfdesk is already open with «{file}». That window has been brought forward."
        )
    else:
        text = QCoreApplication.translate(
            "App", "hfdesk is already open with «{file}» (it may still be starting). Use that window."
        )
    text = text.format(file=path.name)
    print(f"hfdesk: {text}", file=sys.stderr)
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.information(None, QCoreApplication.translate("App", "hfdesk"), text)


def _ask_for_other_file(message: str) -> Path | None:
    """Tell why the file cannot be opened; offer to pick another one. None means quit."""
    from PySide6.QtWidgets import QFileDialog, QMessageBox

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
    from ..paths import default_database_path

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


def open_first_database(
    path: Path, *, create: bool = True, inspection: Inspection | None = None
) -> Database | None:
    """Open `path` (made when `create` and missing); on a known error let the user pick
    another file or quit (None). `inspection`: the check of `path`, already started. The full
    check runs first only where the file was not closed cleanly (`hfdesk.dbcheck`)."""
    from ..db import open_database
    from .reliability import recover_or_explain

    while True:
        try:
            if create:
                path.parent.mkdir(parents=True, exist_ok=True)
            return open_database(path, create=create, inspection=inspection, check="if_unclean")
        except HfdeskError as exc:
            recovered = recover_or_explain(path, exc)  # a good backup, or read-only: if the user agrees
            if recovered is not None:
                return recovered
            message = str(exc)
        except OSError as exc:  # e.g. the data folder cannot be made
            message = QCoreApplication.translate("App", "«{path}» cannot be used: {reason}").format(
                path=str(path), reason=exc.strerror or exc
            )
        chosen = _ask_for_other_file(message)
        if chosen is None:
            return None
        if not claim_file(chosen):  # open in another hfdesk: that one has it
            tell_already_running(chosen, came_forward=notify_running(chosen))
            return None
        path, create, inspection = chosen, False, None


def startup_database(app_settings: AppSettings) -> tuple[Path | None, Path | None]:
    """Which database to start on when none is named: (path, None), or (None, missing)
    when there is none yet and the welcome must ask (`missing`: the file hfdesk used last,
    which is not there any more).

    The file used last, when it is there; else, when nothing was remembered, the database
    in the per-user data folder (as before the last file was remembered); else the welcome.
    """
    last = app_settings.last_database()
    if last is not None:
        if last.exists():
            return last, None
        return None, last
    from ..paths import default_database_path  # imported here: not on the way to the first paint

    default = default_database_path()
    if default.exists():
        return default, None
    return None, None


def ask_first_run(
    missing: Path | None = None, translators: list[QTranslator] | None = None
) -> FirstRunChoice | None:
    """The welcome before the first database exists; None when the user quits."""
    from PySide6.QtWidgets import QDialog

    from .dialogs.first_run import FirstRunDialog

    dialog = FirstRunDialog(missing=missing, translators=translators)
    dialog.setWindowIcon(app_icon())
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.choice()


#: How long after the window is shown the ORM's mappers are set up (`hfdesk.db.configure_models`):
#: after its first paint, before the user's first action needs them in practice.
CONFIGURE_MODELS_AFTER_START_MS = 100

#: How long after the window is shown the private copies of attachments opened yesterday or
#: before are removed (a start that ends sooner leaves them to the next).
CLEAN_UP_AFTER_START_MS = 2000


def _configure_models() -> None:
    from ..db import configure_models

    configure_models()


def _remove_old_private_copies() -> None:
    from .dialogs.case_editor import remove_old_private_copies

    remove_old_private_copies()


def show_unexpected_error(
    exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None
) -> None:
    """A bug: a report with what happened, copyable details and the log file; never a bare traceback."""
    from ..buglog import write_bug_log  # imported here: not on the way to the first paint
    from .error_report import ErrorReportDialog, error_details

    log = write_bug_log(exc_type, exc, tb, where="gui")
    dialog = ErrorReportDialog(error_details(exc_type, exc, tb), log, QApplication.activeWindow())
    dialog.exec()


def _run_shared(
    app: QApplication, url: str, app_settings: AppSettings, on_ready: Callable[[MainWindow], None] | None
) -> int:
    """The app on a shared database named on the command line: connected at once, or through
    the connect form (filled in) when the server wants a password or cannot be used as given."""
    from ..db import open_database
    from .ops import Ops

    main_window_class = _load_window(app)
    try:
        database = open_database(url)
    except HfdeskError as exc:
        from .dialogs.shared_database import SharedDatabaseDialog

        dialog = SharedDatabaseDialog.for_url(Ops(None), url)  # type: ignore[arg-type]
        dialog.show_error(str(exc))
        if exc.code in ("database.server_password_needed", "database.server_password"):
            dialog.ask_password()
        if not dialog.exec() or dialog.database is None:
            return 1
        database = dialog.database
    window = main_window_class(database, settings=app_settings)
    window.show()
    window.reliability.start()
    if on_ready is not None:
        QTimer.singleShot(0, lambda: on_ready(window))
    try:
        return app.exec()
    finally:
        _remove_queued_quit(app)
        window.reliability.stop()
        window.database.close()


def run_gui(
    db_path: Path | str | None = None,
    *,
    on_ready: Callable[[MainWindow], None] | None = None,
    settings: AppSettings | None = None,
    on_first_paint: Callable[[WindowShell], None] | None = None,
) -> int:
    """Run the desktop application on `db_path` (default: the last database, else the
    per-user one, else the first-run welcome asks); the exit code.

    `on_ready` (for benchmarks and tests) is called with the window once it is shown
    and the event loop has started; `on_first_paint` with the main window's frame
    (`shell.WindowShell`) once it is shown and painted, before the file is opened.
    """
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        app = QApplication(sys.argv)
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(ORGANISATION_NAME)
    app.setApplicationVersion(__version__)
    app_settings = settings if settings is not None else AppSettings()
    language_before = language_state()
    translators = install_translators(app, resolve_language(app_settings.language()))
    previous_hook = sys.excepthook
    sys.excepthook = show_unexpected_error
    try:
        if isinstance(db_path, str):  # `hfdesk --db postgresql://…`: a shared database
            return _run_shared(app, db_path, app_settings, on_ready)
        welcome: FirstRunChoice | None = None
        if db_path is not None:
            path, create = db_path, True
            new_file = not db_path.exists()
        else:
            found, missing = startup_database(app_settings)
            new_file = False
            if found is None:
                _load_window(app)  # the icon, for the welcome and what it opens
                welcome = ask_first_run(missing, translators)
                if welcome is None:
                    return 0
                if welcome.language:
                    app_settings.set_language(welcome.language)
                found = welcome.database
            path, create = found, welcome is None or not welcome.existing
        if not claim_file(path):  # before anything reads the file or a window is built
            tell_already_running(path, came_forward=notify_running(path))
            return 0
        # First paint: the window's frame, before the file is opened and SQLAlchemy imported.
        shell = WindowShell(path, app_settings)
        shell.show()
        shell.repaint()
        app.processEvents()
        if on_first_paint is not None:
            on_first_paint(shell)
        # The file is checked (read-only) in a worker thread while the window's modules are
        # imported; open_first_database waits for the check and acts on what it found. The full
        # check only where the file was not closed cleanly; else in the background, later.
        from ..dbcheck import Inspection, closed_cleanly  # after the first paint, as the rest

        inspection = (
            Inspection(path, empty_is_new=create, full=not closed_cleanly(path)) if path.is_file() else None
        )
        main_window_class = _load_window(app)
        database = open_first_database(path, create=create, inspection=inspection)
        if database is None or database.path != path:
            release_file(path)  # nothing opened, or another file chosen instead (its window claims it)
        if database is None:
            shell.close()
            return 1
        window = main_window_class(database, settings=app_settings)
        window.show()  # in the frame's place (same size and position), then the frame goes
        shell.close()
        shell.deleteLater()
        window.reliability.start()
        # Attachments opened yesterday or before: once the window is usable (the case editor's
        # module is imported then, not on the way to it).
        QTimer.singleShot(CLEAN_UP_AFTER_START_MS, window, _remove_old_private_copies)
        QTimer.singleShot(CONFIGURE_MODELS_AFTER_START_MS, window, _configure_models)
        if welcome is not None and not welcome.existing:
            choice = welcome
            QTimer.singleShot(0, window, lambda: window.apply_first_run(choice))
        elif new_file:
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
            _remove_queued_quit(app)
            window.reliability.stop()  # the backup at exit, if anything changed
            window.database.close()
    finally:
        sys.excepthook = previous_hook
        remove_translators(app, translators)
        restore_language_state(language_before)  # a caller (a test, a benchmark) gets its own back
