"""The welcome on the very first start: where the data lives, whose documents, a demo.

Shown by `hfdesk.ui.app.run_gui` before any database exists (nothing is written until
the user presses Start), and by `MainWindow.offer_demo_on_first_run` for a new file
named on the command line (then the file is given and only the rest is asked).

* Where: a folder, by default the per-user data folder (`hfdesk.paths.data_dir`); the
  database is `hfdesk.sqlite` in it. A network share or a folder synced by OneDrive,
  Dropbox, Google Drive or iCloud gets a warning (not a refusal) from
  `hfdesk.db.location_warning` (or, where that is not there, `local_location_warning`
  below). "Open Existing Database…" is for someone who already has a file.
* Whose: the helsefellesskap's name and logo, which the documents print (kept in the
  database: `hfdesk.services.settings`).
* The demo: example data in its own file beside the database, opened first; never
  mixed with the user's own data.
* The language: switching it here retranslates the dialog at once, and the main
  window is built in it afterwards (it is kept in QSettings only when it differs from
  what the system suggests).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path, PureWindowsPath

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, QTranslator
from PySide6.QtGui import QFont, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ...paths import DATABASE_FILENAME, data_dir
from ..i18n import LANGUAGE_NAMES, LANGUAGES, current_language, switch_language
from ..settings import DEMO_FILENAME
from ..models.base import OVERDUE_COLOUR, adapt_colours
from ..widgets import muted_label
from .base import ErrorLabel, ValueCombo, size_on_screen
from .settings import LogoField

CHECK_DELAY_MS = 300


@dataclass
class FirstRunChoice:
    """What the user chose in the welcome."""

    database: Path  # the file to open (created when `existing` is False)
    existing: bool = False  # the user picked a database that is already there
    name: str = ""
    logo: bytes | None = None
    logo_name: str = ""
    demo: bool = False
    language: str = ""  # chosen in the dialog ('' when left as the system suggests)


# --- where a database should not live (used when hfdesk.db has no location_warning) -------

_SYNC_FOLDERS = ("onedrive", "dropbox", "google drive", "googledrive", "my drive", "icloud drive",
                 "iclouddrive", "com~apple~clouddocs")


def local_location_warning(path: Path | str) -> str | None:
    """A short warning for a network path (\\\\server\\share) or a cloud-synced folder."""
    text = str(path)
    if text.replace("/", "\\").startswith("\\\\"):
        return QCoreApplication.translate(
            "FirstRunDialog",
            "This is a network folder. Over the network the database cannot be locked safely; "
            "keep it in a folder on this computer.",
        )
    parts = PureWindowsPath(text).parts if "\\" in text else Path(text).parts
    for part in parts:
        name = part.strip().lower()
        for service in _SYNC_FOLDERS:
            if name == service or (service == "onedrive" and name.startswith("onedrive")):
                return QCoreApplication.translate(
                    "FirstRunDialog",
                    "This folder is synchronised ({service}). Synchronising can copy the database while "
                    "it is being written and damage it; keep it in a folder on this computer.",
                ).format(service=part)
    for variable in ("OneDrive", "OneDriveCommercial", "OneDriveConsumer"):
        root = os.environ.get(variable)
        if root and text.lower().startswith(root.rstrip("\\/").lower()):
            return QCoreApplication.translate(
                "FirstRunDialog",
                "This folder is synchronised ({service}). Synchronising can copy the database while "
                "it is being written and damage it; keep it in a folder on this computer.",
            ).format(service="OneDrive")
    return None


def location_warning_function() -> Callable[[Path], str | None]:
    """hfdesk.db.location_warning when it is there, else local_location_warning."""
    try:
        from ...db import location_warning  # added by the database work (issue 8)
    except ImportError:
        return local_location_warning
    return location_warning


class FirstRunDialog(QDialog):
    """The first-run welcome. `choice()` after it is accepted; rejected means quit."""

    def __init__(
        self,
        parent: QWidget | None = None,
        *,
        database: Path | None = None,
        folder: Path | None = None,
        missing: Path | None = None,
        translators: list[QTranslator] | None = None,
    ) -> None:
        """`database`: the file is given (command line), only the rest is asked.
        `folder`: the folder to suggest (default: the per-user data folder).
        `missing`: the file hfdesk used last, which is not there any more.
        `translators`: the installed catalogues, replaced when the language is switched."""
        super().__init__(parent)
        self.setSizeGripEnabled(True)
        self._given = database
        self._missing = missing
        self._translators = translators
        self._existing: Path | None = None
        self._start_language = current_language()
        self.location_warning = location_warning_function()

        self.title = QLabel(self)
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.5)
        font.setBold(True)
        self.title.setFont(font)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)

        self.language = ValueCombo([(code, LANGUAGE_NAMES[code]) for code in LANGUAGES], parent=self)
        self.language.set_value(current_language())
        self.language.currentIndexChanged.connect(self._language_chosen)
        self.language.setVisible(translators is not None)
        self.language_label = QLabel(self)
        self.language_label.setBuddy(self.language)
        self.language_label.setVisible(translators is not None)

        # Where the data lives.
        self.where = QGroupBox(self)
        self.folder = QLineEdit(str(folder or data_dir()), self)
        self.folder.setMinimumWidth(360)
        self.browse_button = QPushButton(self)
        self.browse_button.clicked.connect(self.browse)
        self.folder_label = QLabel(self)
        self.folder_label.setBuddy(self.folder)
        self.file_note = muted_label("", self)
        self.warning = QLabel(self)
        self.warning.setWordWrap(True)
        self.warning.setTextFormat(Qt.TextFormat.PlainText)
        adapt_colours()  # the welcome comes before the main window
        warning_palette = self.warning.palette()
        warning_palette.setColor(QPalette.ColorRole.WindowText, OVERDUE_COLOUR)
        self.warning.setPalette(warning_palette)
        self.warning.setVisible(False)
        self.missing_note = muted_label("", self)
        self.missing_note.setVisible(missing is not None)
        self.existing_button = QPushButton(self)
        self.existing_button.clicked.connect(self.open_existing)
        self.existing_note = muted_label("", self)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder, 1)
        folder_row.addWidget(self.browse_button)
        existing_row = QHBoxLayout()
        existing_row.addWidget(self.existing_button)
        existing_row.addWidget(self.existing_note, 1)
        where = QFormLayout(self.where)
        where.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        where.addRow(self.missing_note)
        where.addRow(self.folder_label, folder_row)
        where.addRow("", self.file_note)
        where.addRow("", self.warning)
        where.addRow(existing_row)
        if database is not None:
            self.folder.setText(str(database))
            self.folder.setReadOnly(True)
            self.browse_button.setVisible(False)
            self.existing_button.setVisible(False)
            self.existing_note.setVisible(False)

        # Whose documents.
        self.whose = QGroupBox(self)
        self.name = QLineEdit(self)
        self.name.setMinimumWidth(360)
        self.name_label = QLabel(self)
        self.name_label.setBuddy(self.name)
        self.logo = LogoField(self)
        self.logo_label = QLabel(self)
        self.logo_label.setBuddy(self.logo.choose_button)
        self.logo.problem.connect(self._show_problem)
        whose = QFormLayout(self.whose)
        whose.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        whose.addRow(self.name_label, self.name)
        whose.addRow(self.logo_label, self.logo)
        self.whose_note = muted_label("", self)
        whose.addRow("", self.whose_note)

        # The demo.
        self.demo = QCheckBox(self)
        self.demo_note = muted_label("", self)
        self.demo_note.setContentsMargins(22, 0, 0, 0)

        self.error = ErrorLabel(self)
        self.buttons = QDialogButtonBox(self)
        self.start_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.AcceptRole)
        self.quit_button = self.buttons.addButton("", QDialogButtonBox.ButtonRole.RejectRole)
        self.start_button.setDefault(True)
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)

        language_row = QHBoxLayout()
        language_row.addStretch(1)
        language_row.addWidget(self.language_label)
        language_row.addWidget(self.language)
        layout = QVBoxLayout(self)
        layout.addLayout(language_row)
        layout.addWidget(self.title)
        layout.addWidget(self.intro)
        layout.addSpacing(6)
        layout.addWidget(self.where)
        layout.addWidget(self.whose)
        layout.addWidget(self.demo)
        layout.addWidget(self.demo_note)
        layout.addStretch(1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

        # Checked a moment after the typing stops: looking at a network path can take a while.
        self._check_timer = QTimer(self)
        self._check_timer.setSingleShot(True)
        self._check_timer.setInterval(CHECK_DELAY_MS)
        self._check_timer.timeout.connect(self._check_folder)
        self.folder.textChanged.connect(self._check_timer.start)
        self.retranslate()
        # The form starts at its first field: the language where it can be switched, else the folder.
        (self.language if translators is not None else self.folder).setFocus()
        size_on_screen(self, max(self.sizeHint().width(), 660), self.sizeHint().height())

    # --- texts (again after a language switch) ---------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Welcome to hfdesk"))
        self.title.setText(self.tr("Welcome to hfdesk"))
        self.intro.setText(
            self.tr(
                "hfdesk keeps the register, the meetings and the minutes in one database file on this "
                "computer. Choose where it is kept and what your documents should carry; the name, the "
                "logo and the language can be changed later under File ▸ Settings."
            )
        )
        self.language_label.setText(self.tr("&Language:"))
        self.language.setAccessibleName(self.tr("Language"))
        self.where.setTitle(self.tr("Where your data is kept"))
        self.folder_label.setText(self.tr("&Folder:") if self._given is None else self.tr("File:"))
        self.folder.setAccessibleName(self.tr("Folder"))
        self.browse_button.setText(self.tr("&Browse…"))
        self.browse_button.setAccessibleName(self.tr("Choose folder"))
        if self._missing is not None:
            self.missing_note.setText(
                self.tr("The database hfdesk used last, «{file}», is not there any more.").format(
                    file=str(self._missing)
                )
            )
        self.existing_button.setText(self.tr("&Open Existing Database…"))
        self.existing_note.setText(self.tr("if you already have an hfdesk database, e.g. from a colleague"))
        self.whose.setTitle(self.tr("Your helsefellesskap"))
        self.name_label.setText(self.tr("&Name:"))
        self.name.setAccessibleName(self.tr("Name of the helsefellesskap"))
        self.name.setPlaceholderText(self.tr("e.g. Helsefellesskapet i Bergensområdet"))
        self.logo_label.setText(self.tr("Logo:"))
        self.logo.retranslate()
        self.whose_note.setText(self.tr("For notices and minutes. Both may be left empty and changed later."))
        self.demo.setText(self.tr("Open &demo data first, to look around"))
        self.demo_note.setText(
            self.tr(
                "Example data from Helsefellesskapet i Bergensområdet, kept in a separate file, «{file}», "
                "beside your database and never mixed with your own data."
            ).format(file=DEMO_FILENAME)
        )
        self.start_button.setText(self.tr("&Start hfdesk"))
        self.quit_button.setText(self.tr("&Quit"))
        self._check_folder()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _language_chosen(self, *_args: object) -> None:
        language = self.language.value()
        if self._translators is None or language not in LANGUAGES or language == current_language():
            return
        app = QApplication.instance()
        if app is None:
            return
        self._translators[:] = switch_language(app, self._translators, language)
        self.retranslate()  # the LanguageChange event may come later; the texts change now

    # --- the folder -------------------------------------------------------------------
    def database_path(self) -> Path:
        if self._given is not None:
            return self._given
        return Path(self.folder.text().strip()).expanduser() / DATABASE_FILENAME

    def _check_folder(self, *_args: object) -> None:
        text = self.folder.text().strip()
        if not text:
            self.file_note.setText("")
            self.warning.setVisible(False)
            return
        path = self.database_path()
        if self._given is None and path.exists():
            self.file_note.setText(
                self.tr("This folder already has an hfdesk database, «{file}»; it will be opened.").format(
                    file=path.name
                )
            )
        elif self._given is None:
            self.file_note.setText(
                self.tr("The database will be «{file}» in this folder, with its backups beside it.").format(
                    file=path.name
                )
            )
        else:
            self.file_note.setText(self.tr("The database is new and empty."))
        self.whose.setEnabled(self._given is not None or not path.exists())
        warning = self.location_warning(path)
        if warning:
            self.warning.setText(self.tr("Warning: {reason}").format(reason=warning))
        self.warning.setVisible(bool(warning))

    def browse(self) -> bool:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose a Folder for the Database"),
                                                  self.folder.text())
        if folder:
            self.folder.setText(str(Path(folder)))
            self._check_timer.stop()
            self._check_folder()
        return bool(folder)

    def open_existing(self) -> bool:
        name, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open Database"),
            self.folder.text(),
            self.tr("hfdesk databases (*.sqlite *.db)") + ";;" + self.tr("All files (*)"),
        )
        if not name:
            return False
        self._existing = Path(name)
        self.accept()
        return True

    # --- finishing --------------------------------------------------------------------
    def _show_problem(self, message: str) -> None:
        self.error.show_message(message)

    def start(self) -> bool:
        """Check the choice and accept the dialog; an inline message when it cannot be used."""
        self.error.show_message("")
        self._check_timer.stop()
        self._check_folder()
        if self._given is None:
            if not self.folder.text().strip():
                self.error.show_message(self.tr("Choose a folder for the database."))
                return False
            folder = self.database_path().parent
            try:
                folder.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                self.error.show_message(
                    self.tr("The folder «{folder}» cannot be used: {reason}").format(
                        folder=str(folder), reason=exc.strerror or str(exc)
                    )
                )
                return False
            if not os.access(folder, os.W_OK):
                self.error.show_message(
                    self.tr("hfdesk may not write in «{folder}». Choose another folder.").format(folder=str(folder))
                )
                return False
        self.accept()
        return True

    def choice(self) -> FirstRunChoice:
        language = self.language.value() if self._translators is not None else ""
        if language == self._start_language:
            language = ""
        if self._existing is not None:
            return FirstRunChoice(database=self._existing, existing=True, language=language)
        path = self.database_path()
        return FirstRunChoice(
            database=path,
            existing=self._given is None and path.exists(),
            name=self.name.text().strip(),
            logo=self.logo.data,
            logo_name=self.logo.file_name,
            demo=self.demo.isChecked(),
            language=language,
        )
