"""hfdesk's main window: a sidebar with the pages, the menus and the status bar."""

from __future__ import annotations

import html
import importlib
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QWidget,
)

from .. import __version__
from ..db import Database, open_database
from ..errors import HfdeskError
from .ops import Change, Ops, busy, show_error
from .pages.base import LazyPage
from .models.base import adapt_colours
from .reliability import Reliability
from .pages.register import RegisterPage
from .settings import DEMO_FILENAME, AppSettings, splitters_of
from .shell import app_icon, build_frame, initial_size, page_titles
from .single_instance import claim_file, release_file

if TYPE_CHECKING:
    from .dialogs.files import ExportDialog, TemplateDialog
    from .dialogs.first_run import FirstRunChoice, FirstRunDialog
    from .dialogs.import_wizard import ImportWizard
    from .dialogs.settings import SettingsDialog
    from .dialogs.year_report import YearReportDialog
    from .guide import GuideWindow
    from .pages.follow_ups import FollowUpsPage
    from .pages.live import LiveMeetingPage
    from .pages.meetings import MeetingsPage

PAGE_REGISTER = 0
PAGE_MEETINGS = 1
PAGE_FOLLOW_UPS = 2
PAGE_LIVE = 3

#: The pages in the sidebar's order (module, class), and the names their splitters are kept
#: under. A page is built (and reads the database) when it is first shown or asked for, not
#: with the window, and its module is imported then too: starting on the register neither
#: imports nor reads the meeting plan, the follow-ups and meeting mode. Each is a LazyPage:
#: read when shown, again when shown if a change made it stale. Their names (the sidebar, the
#: View menu) come from `shell.page_titles`, which the first paint shows too.
PAGE_MODULES: tuple[tuple[str, str], ...] = (
    (".pages.register", "RegisterPage"),
    (".pages.meetings", "MeetingsPage"),
    (".pages.follow_ups", "FollowUpsPage"),
    (".pages.live", "LiveMeetingPage"),
)
PAGE_KEYS = ("register", "meetings", "follow_ups", "live")


def page_class(index: int) -> type[LazyPage]:
    """The class of the page at `index`, its module imported the first time it is asked for."""
    module, name = PAGE_MODULES[index]
    page: type[LazyPage] = getattr(importlib.import_module(module, __package__), name)
    return page


def __getattr__(name: str) -> object:
    """`PAGE_CLASSES`: every page's class, in the sidebar's order (imports them all)."""
    if name == "PAGE_CLASSES":
        return tuple(page_class(index) for index in range(len(PAGE_MODULES)))
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


class MainWindow(QMainWindow):
    def __init__(
        self, database: Database, parent: QWidget | None = None, *, settings: AppSettings | None = None
    ) -> None:
        super().__init__(parent)
        self.ops = Ops(database, self)
        # What is kept on this computer between runs: size, splitters, the last file, the language.
        self.app_settings = settings if settings is not None else AppSettings()
        self.first_run_box: FirstRunDialog | None = None  # the welcome, while it is open
        self.setWindowIcon(app_icon())
        adapt_colours()  # state colours readable on a light or a dark palette

        self._built: dict[int, LazyPage] = {}  # the pages built so far, by index
        self._splitters_restored = False
        self.pages = QStackedWidget(self)
        for _module in PAGE_MODULES:
            self.pages.addWidget(QWidget(self.pages))  # a stand-in until the page is built
        self._page(PAGE_REGISTER)

        self.sidebar = QListWidget(self)
        self.sidebar.setObjectName("SidebarList")
        self.sidebar.setAccessibleName(self.tr("Navigation"))
        self.sidebar.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.sidebar.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        sidebar_font = self.sidebar.font()
        sidebar_font.setPointSizeF(sidebar_font.pointSizeF() * 1.1)
        self.sidebar.setFont(sidebar_font)
        for number, title in enumerate(page_titles(), start=1):
            item = QListWidgetItem(title, self.sidebar)
            item.setToolTip(self.tr("{page} (Ctrl+{number})").format(page=title, number=number))
            item.setSizeHint(QSize(0, self.sidebar.fontMetrics().height() + 22))
        self.sidebar.currentRowChanged.connect(self._on_sidebar_row)

        self._build_central()
        self._build_actions()
        self._build_menus()

        self.database_label = QLabel(self)
        self.database_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.statusBar().addWidget(self.database_label, 1)
        self.statusBar().setSizeGripEnabled(True)

        self.ops.database_changed.connect(self._update_database_display)
        self._update_database_display()
        self.setMinimumSize(960, 600)
        self.resize(self._initial_size())
        self.app_settings.restore_window(self, self._splitters())
        self._splitters_restored = True  # a page built from now on gets its splitters back itself
        if database.path is not None:
            self.app_settings.remember_database(database.path)
        self.show_page(PAGE_REGISTER)

    # --- construction ----------------------------------------------------------------
    def _initial_size(self) -> QSize:
        return initial_size(self)

    def _splitters(self) -> dict[str, QSplitter]:
        """The splitters of the pages built so far (a page never built keeps what was saved)."""
        return splitters_of({PAGE_KEYS[index]: page for index, page in sorted(self._built.items())})

    def _page(self, index: int) -> LazyPage:
        """The page at `index`, built (in place of its stand-in) the first time it is asked for,
        and read then (meeting mode: when shown)."""
        page = self._built.get(index)
        if page is not None:
            return page
        page = page_class(index)(self.ops, self)  # type: ignore[call-arg]
        if page.READ_WHEN_ASKED:
            page.load()  # before its splitters come back: what it shows sets their minimum sizes
        self._built[index] = page
        stand_in = self.pages.widget(index)
        self.pages.insertWidget(index, page)
        self.pages.removeWidget(stand_in)
        stand_in.deleteLater()
        if self._splitters_restored:
            self.app_settings.restore_splitters(splitters_of({PAGE_KEYS[index]: page}))
        return page

    def _read_page(self, index: int) -> LazyPage:
        """The page at `index`, built, read and up to date, shown or not (meeting mode: built)."""
        page = self._page(index)
        if page.READ_WHEN_ASKED:
            page.load()
        return page

    @property
    def register_page(self) -> RegisterPage:
        return self._read_page(PAGE_REGISTER)  # type: ignore[return-value]

    @property
    def meetings_page(self) -> MeetingsPage:
        return self._read_page(PAGE_MEETINGS)  # type: ignore[return-value]

    @property
    def follow_ups_page(self) -> FollowUpsPage:
        return self._read_page(PAGE_FOLLOW_UPS)  # type: ignore[return-value]

    @property
    def live_page(self) -> LiveMeetingPage:
        return self._read_page(PAGE_LIVE)  # type: ignore[return-value]

    def closeEvent(self, event: QCloseEvent) -> None:
        self.app_settings.save_window(self, self._splitters())
        super().closeEvent(event)

    def _build_central(self) -> None:
        self.sidebar_file = build_frame(self, self.sidebar, self.pages)  # the frame the start shows first

    def _build_actions(self) -> None:
        self.open_action = QAction(self.tr("&Open Database…"), self)
        self.open_action.setShortcut(QKeySequence("Ctrl+O"))
        self.open_action.setStatusTip(self.tr("Open another hfdesk database file"))
        self.open_action.triggered.connect(self.choose_database)

        self.connect_shared_action = QAction(self.tr("Connect to S&hared Database…"), self)
        self.connect_shared_action.setStatusTip(
            self.tr("Open the register the secretariat shares on a PostgreSQL server"))
        self.connect_shared_action.triggered.connect(self.connect_shared_database)

        self.demo_action = QAction(self.tr("Create &Demo Database…"), self)
        self.demo_action.setStatusTip(self.tr("Make a separate file with example data to try hfdesk on"))
        self.demo_action.triggered.connect(self.create_demo_database)

        self.template_action = QAction(self.tr("New &Structure from Template…"), self)
        self.template_action.setStatusTip(
            self.tr("Create the bodies and composition rules of the national or the Bergen model")
        )
        self.template_action.triggered.connect(self.new_structure_from_template)

        self.export_action = QAction(self.tr("&Export Roster to Excel…"), self)
        self.export_action.setShortcut(QKeySequence("Ctrl+Shift+E"))
        self.export_action.setStatusTip(self.tr("Save the members of every body, or of the selected body, as an Excel workbook"))
        self.export_action.triggered.connect(self.export_roster)

        self.import_action = QAction(self.tr("&Import Roster from Excel…"), self)
        self.import_action.setShortcut(QKeySequence("Ctrl+Shift+I"))
        self.import_action.setStatusTip(self.tr("Read members from an Excel workbook, check them, then import them"))
        self.import_action.triggered.connect(self.import_roster)

        self.settings_action = QAction(self.tr("&Settings…"), self)
        self.settings_action.setMenuRole(QAction.MenuRole.PreferencesRole)
        self.settings_action.setShortcut(QKeySequence("Ctrl+,"))
        self.settings_action.setStatusTip(
            self.tr("The interface language, the helsefellesskap's name and logo, the Word template")
        )
        self.settings_action.triggered.connect(self.show_settings)

        self.quit_action = QAction(self.tr("&Quit"), self)
        self.quit_action.setShortcut(QKeySequence("Ctrl+Q"))
        self.quit_action.setMenuRole(QAction.MenuRole.QuitRole)
        self.quit_action.triggered.connect(self.close)

        self.page_actions: list[QAction] = []
        for number, title in enumerate(page_titles(), start=1):
            action = QAction(title, self)
            action.setShortcut(QKeySequence(f"Ctrl+{number}"))
            action.setCheckable(True)
            action.triggered.connect(lambda _checked=False, i=number - 1: self.show_page(i))
            self.page_actions.append(action)

        self.refresh_action = QAction(self.tr("&Refresh"), self)
        self.refresh_action.setShortcut(QKeySequence("F5"))
        self.refresh_action.triggered.connect(self.refresh)

        self.guide_action = QAction(self.tr("&User Guide"), self)
        self.guide_action.setShortcut(QKeySequence("F1"))
        self.guide_action.setStatusTip(self.tr("How to use hfdesk, in the interface language (no internet needed)"))
        self.guide_action.triggered.connect(self.show_guide)

        self.about_action = QAction(self.tr("&About hfdesk"), self)
        self.about_action.setMenuRole(QAction.MenuRole.AboutRole)
        self.about_action.triggered.connect(self.show_about)

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addAction(self.open_action)
        file_menu.addAction(self.connect_shared_action)
        # The files opened last, filled each time the menu opens (a file may be gone since;
        # and the settings file is not read for it while the window starts).
        self.recent_menu = file_menu.addMenu(self.tr("&Recent Databases"))
        self.recent_menu.aboutToShow.connect(self._fill_recent_menu)
        file_menu.addAction(self.demo_action)
        file_menu.addSeparator()
        file_menu.addAction(self.template_action)
        file_menu.addAction(self.export_action)
        self.year_report_action = file_menu.addAction(self.tr("&Year Report…"))  # the year in review, attendance per person
        self.year_report_action.triggered.connect(self.open_year_report)
        file_menu.addAction(self.import_action)
        file_menu.addSeparator()
        # Backups, restore and one app per file: started by run_gui, stopped at exit.
        self.reliability = Reliability(self)
        self.reliability.install(file_menu)
        file_menu.addSeparator()
        file_menu.addAction(self.settings_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        for action in self.page_actions:
            view_menu.addAction(action)
        view_menu.addSeparator()
        view_menu.addAction(self.refresh_action)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self.guide_action)
        help_menu.addSeparator()
        help_menu.addAction(self.about_action)

    # --- navigation --------------------------------------------------------------------
    def show_page(self, index: int) -> None:
        if not 0 <= index < self.pages.count():
            return
        page = self._page(index)
        self.pages.setCurrentIndex(index)
        if self.focusWidget() is None:
            self._focus_first(page)
        if self.sidebar.currentRow() != index:
            self.sidebar.setCurrentRow(index)
        for i, action in enumerate(self.page_actions):
            action.setChecked(i == index)

    @staticmethod
    def _focus_first(page: QWidget) -> None:
        """Before the window has had the focus: start on the page's first control, as the
        focus chain did when every page was built with the window (a page built later comes
        after the sidebar in the chain)."""
        widget = page.nextInFocusChain()
        while widget is not page and page.isAncestorOf(widget):
            if (
                widget.focusPolicy() & Qt.FocusPolicy.TabFocus
                and widget.focusProxy() is None
                and widget.isVisibleTo(page)
                and widget.isEnabled()
            ):
                widget.setFocus(Qt.FocusReason.OtherFocusReason)
                return
            widget = widget.nextInFocusChain()

    def open_meeting_mode(self, meeting_id: int) -> None:
        """Show a meeting in meeting mode, at the item where it was left."""
        self.live_page.open_meeting(meeting_id)
        self.show_page(PAGE_LIVE)

    def current_page(self) -> QWidget:
        return self.pages.currentWidget()

    def _on_sidebar_row(self, row: int) -> None:
        if row >= 0:
            self.show_page(row)

    def refresh(self) -> None:
        """F5: the pages shown are read again, the others when they are shown next (a page not
        built or not read yet reads when it is)."""
        for page in self.findChildren(LazyPage):  # the pages and their lazy tabs
            page.invalidate()

    # --- the database file -------------------------------------------------------------
    @property
    def database(self) -> Database:
        return self.ops.database

    def _folder(self) -> Path:
        """Where file dialogs start: beside the open file; for a shared database, the home folder."""
        path = self.database.path
        return path.parent if path is not None else Path.home()

    def _update_database_display(self) -> None:
        path = self.database.path
        if path is None:  # a shared database on a server
            label = self.database.label
            self.setWindowTitle(self.tr("hfdesk – {database} (shared)").format(database=label))
            self.setWindowFilePath("")
            self.database_label.setText(self.tr("Shared database: {url}").format(url=self.database.url))
            self.sidebar_file.setText(label)
            self.sidebar_file.setToolTip(str(self.database.url))
            return
        self.setWindowTitle(self.tr("hfdesk – {file}").format(file=path.name))
        self.setWindowFilePath(str(path))
        self.database_label.setText(self.tr("Database: {path}").format(path=str(path)))
        self.sidebar_file.setText(path.name)
        self.sidebar_file.setToolTip(str(path))

    def file_filter(self) -> str:
        return self.tr("hfdesk databases (*.sqlite *.db)") + ";;" + self.tr("All files (*)")

    def connect_shared_database(self) -> bool:
        """File ▸ Connect to Shared Database…: the form, then the shared database in this window."""
        from .dialogs.shared_database import SharedDatabaseDialog

        dialog = SharedDatabaseDialog(self.ops, self)
        if not dialog.exec() or dialog.database is None:
            return False
        return self.use_shared_database(dialog.database)

    def use_shared_database(self, database: Database) -> bool:
        """Show `database` (already open) in this window instead of the file; its address (never
        a password) goes first among the recent shared databases."""
        from ..services import user_settings

        previous = self.ops.replace_database(database)
        previous.close()
        if database.url and not self.app_settings.frozen:
            try:
                user_settings.remember_shared_database(database.url)
            except HfdeskError as exc:  # the settings file cannot be written: the database is open all the same
                user_settings.log.warning("Den delte databasen ble ikke lagret: %s", exc.render("nb"))
        self.statusBar().showMessage(self.tr("Connected to {database}").format(database=database.label), 5000)
        return True

    def open_shared_url(self, url: str) -> bool:
        """A shared database from File ▸ Recent Databases; when the server wants a password the
        password file does not have (or anything else fails), the connect form opens filled in."""
        from .dialogs.shared_database import SharedDatabaseDialog

        if url == self.database.url:
            return True
        try:
            with busy():
                database = open_database(url)
        except HfdeskError as exc:
            dialog = SharedDatabaseDialog.for_url(self.ops, url, self)
            dialog.show_error(str(exc))
            if exc.code in ("database.server_password_needed", "database.server_password"):
                dialog.ask_password()
            if not dialog.exec() or dialog.database is None:
                return False
            database = dialog.database
        return self.use_shared_database(database)

    def choose_database(self) -> None:
        start = str(self._folder())
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Open Database"), start, self.file_filter())
        if name:
            self.open_database_file(Path(name))

    def open_database_file(self, path: Path) -> bool:
        """Open another database file in this window; a known error is shown and nothing changes."""
        if self.database.path is not None and path.resolve() == self.database.path.resolve():
            return True
        if not claim_file(path):
            show_error(self, self.tr("«{file}» is already open in another hfdesk window. Use that window.").format(
                file=path.name))
            return False
        try:
            with busy():
                database = open_database(path, create=False)
        except HfdeskError as exc:
            release_file(path)
            show_error(self, self.tr("Could not open the database.") + "\n\n" + str(exc))
            return False
        previous = self.ops.replace_database(database)
        previous.close()
        self.app_settings.remember_database(database.path)
        self.statusBar().showMessage(self.tr("Opened {file}").format(file=path.name), 5000)
        return True

    def _fill_recent_menu(self) -> None:
        """File ▸ Recent Databases: the files opened last, newest first, the current one
        checked; a file that is no longer there is shown disabled, with a note."""
        menu = self.recent_menu
        menu.clear()
        current = self.database.path.resolve() if self.database.path is not None else None
        recent = self.app_settings.recent_databases()
        for number, path in enumerate(recent, start=1):
            there = path.is_file()
            name = path.name.replace("&", "&&")  # an & in a file name is not a mnemonic
            text = f"&{number} {name}" if there else self.tr("{file} (not found)").format(file=name)
            action = menu.addAction(text)
            action.setToolTip(str(path))
            action.setStatusTip(str(path) if there else self.tr("{path} is no longer there").format(path=str(path)))
            action.setData(str(path))
            action.setEnabled(there)
            if there and path.resolve() == current:
                action.setCheckable(True)
                action.setChecked(True)
            action.triggered.connect(lambda _checked=False, p=path: self.open_recent_database(p))
        from ..services.user_settings import recent_shared_databases

        shared = recent_shared_databases()
        if shared:
            menu.addSeparator()
        for url in shared:
            action = menu.addAction(url.replace("&", "&&"))
            action.setToolTip(url)
            action.setData(url)
            if url == self.database.url:
                action.setCheckable(True)
                action.setChecked(True)
            action.triggered.connect(lambda _checked=False, u=url: self.open_shared_url(u))
        if not recent and not shared:
            empty = menu.addAction(self.tr("No databases opened yet"))
            empty.setEnabled(False)
        elif any(not path.is_file() for path in recent):
            menu.addSeparator()
            menu.addAction(self.tr("Remove Files Not Found"), self._forget_missing_databases)
        menu.menuAction().setToolTip(self.tr("The database files opened last"))

    def _forget_missing_databases(self) -> None:
        for path in self.app_settings.recent_databases():
            if not path.is_file():
                self.app_settings.forget_recent_database(path)
        self._fill_recent_menu()

    def open_recent_database(self, path: Path) -> bool:
        """Open a file from File ▸ Recent Databases, as File ▸ Open Database does; a file gone
        since the menu was filled is said so and taken off the list."""
        if not path.is_file():
            show_error(
                self,
                self.tr("«{file}» is no longer in {folder}. It has been taken off the recent databases.").format(
                    file=path.name, folder=str(path.parent)
                ),
            )
            self.app_settings.forget_recent_database(path)
            self._fill_recent_menu()
            return False
        return self.open_database_file(path)

    def create_demo_database(self) -> None:
        """Build the demo data in a new, separate file and offer to open it."""
        suggested = self._folder() / DEMO_FILENAME
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Create Demo Database"),
            str(suggested),
            self.file_filter(),
            options=QFileDialog.Option.DontConfirmOverwrite,
        )
        if not name:
            return
        path = Path(name)
        if not path.suffix:
            path = path.with_suffix(".sqlite")
        if path.exists():
            # Never write demo data over an existing file: it may be someone's real register.
            show_error(
                self,
                self.tr("«{file}» already exists. Choose a new file name for the demo database.").format(
                    file=path.name
                ),
            )
            return
        if self._build_demo(path) and QMessageBox.question(
            self,
            self.tr("Demo Database Created"),
            self.tr("The demo database was saved as «{file}». Open it now?").format(file=str(path)),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        ) == QMessageBox.StandardButton.Yes:
            self.open_database_file(path)

    def _build_demo(self, path: Path) -> bool:
        try:
            from ..demo import build_demo  # imported late: only the demo needs it

            with busy():
                build_demo(path)
        except HfdeskError as exc:
            show_error(self, self.tr("The demo database could not be created.") + "\n\n" + str(exc))
            return False
        return True

    def offer_demo_on_first_run(self) -> bool:
        """The welcome for a new, empty database named on the command line: the
        helsefellesskap's name and logo, and the demo in its own file (the file itself is
        given, so it is not asked). True when the demo was opened."""
        from .dialogs.first_run import FirstRunDialog  # the dialogs: imported when opened

        dialog = FirstRunDialog(self, database=self.database.path)
        self.first_run_box = dialog
        try:
            accepted = dialog.exec() == FirstRunDialog.DialogCode.Accepted
        finally:
            self.first_run_box = None
        if not accepted:
            return False
        return self.apply_first_run(dialog.choice())

    def apply_first_run(self, choice: FirstRunChoice) -> bool:
        """Keep the welcome's name and logo in the new database; open the demo when it was
        asked for. True when the demo was opened."""
        if choice.name or choice.logo:
            from ..services import settings as db_settings

            def keep(session) -> None:
                if choice.name:
                    db_settings.set_partnership_name(session, choice.name)
                if choice.logo:
                    db_settings.set_partnership_logo(session, choice.logo, choice.logo_name)

            self.ops.write(keep, changed=Change.SETTINGS, parent=self)
        if not choice.demo:
            return False
        return self.open_demo_beside()

    def open_demo_beside(self) -> bool:
        """Open the demo in its own file beside the current database, made when missing."""
        path = self._folder() / DEMO_FILENAME
        if not path.exists() and not self._build_demo(path):
            return False
        return self.open_database_file(path)

    def show_settings(self) -> SettingsDialog:
        from .dialogs.settings import SettingsDialog

        dialog = SettingsDialog(self.ops, self.app_settings, self)
        dialog.language_changed.connect(self._language_changed)
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def _language_changed(self, _language: str) -> None:
        self.statusBar().showMessage(self.tr("The new language is used when hfdesk is started again."), 10000)

    # --- the register to and from files -----------------------------------------------
    def new_structure_from_template(self) -> TemplateDialog:
        from .dialogs.files import TemplateDialog

        dialog = TemplateDialog(self.ops, self)
        dialog.saved.connect(
            lambda n: self.statusBar().showMessage(self.tr("%n body/bodies created", "", n), 5000)
        )
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        self.show_page(PAGE_REGISTER)
        return dialog

    def export_roster(self) -> ExportDialog:
        """Ask whether to export the whole register or the body selected in the register."""
        from .dialogs.files import ExportDialog

        bodies = self.register_page.bodies
        body_id = bodies.selected_body_id()
        body = bodies.tree_model.body(body_id) if body_id is not None else None
        dialog = ExportDialog(
            self.ops,
            body.id if body is not None else None,
            body.name if body is not None else "",
            self,
            start_folder=self._folder(),
        )
        dialog.exported.connect(
            lambda path: self.statusBar().showMessage(self.tr("Saved {file}").format(file=path.name), 5000)
        )
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return dialog

    def import_roster(self) -> ImportWizard:
        from .dialogs.import_wizard import open_import_wizard

        return open_import_wizard(self.ops, self, start_folder=self._folder())

    def open_year_report(self) -> YearReportDialog:
        """File ▸ Year Report: the year in review and attendance per person."""
        from .dialogs.year_report import open_year_report

        return open_year_report(self.ops, self, self._folder())

    # --- help --------------------------------------------------------------------------------
    def show_guide(self) -> "GuideWindow | None":
        """The user guide in the interface language, in its own window (F1); shown again, not
        opened twice."""
        from .guide import GuideWindow  # imported late: only the guide needs it

        window = getattr(self, "guide_window", None)
        if window is None:
            try:
                window = GuideWindow(self)
            except FileNotFoundError:
                show_error(self, self.tr("The user guide is not installed with this copy of hfdesk."))
                return None
            self.guide_window = window
        window.show()
        window.raise_()
        window.activateWindow()
        return window

    def show_about(self) -> None:
        text = self.tr(
            "<h3>hfdesk {version}</h3><p>The secretariat's desk for a health community (helsefellesskap): bodies and members, meetings and agendas, minutes and follow-ups.</p><p>Everything is kept in one database file on this computer:<br>{path}</p>"
        )
        QMessageBox.about(
            self,
            self.tr("About hfdesk"),
            text.format(version=__version__, path=html.escape(str(self.database.path or self.database.url))),
        )
