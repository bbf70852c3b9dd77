"""File ▸ Settings: the interface language, what documents carry, and starting over.

Two kinds of settings, kept in two places, and the dialog says which is which:

* on this computer (`hfdesk.ui.settings`): the interface language (in the per-user settings
  file of `hfdesk.services.settings`, which the command line reads too), the last
  database, the window's size and position. "Reset Settings…" forgets them all after
  a confirmation. A new language applies the next time hfdesk starts (the screens are
  built once, in one language; the dialog says so).
* in the database file, so they travel with the data: the helsefellesskap's name, logo
  and written standard (målform: what the roster's and the attendance's overview sheets
  are written in; each body's own documents keep the body's) (`hfdesk.services.settings`)
  and the Word template for notices and minutes
  (`services.settings.choose_template`, which checks the template first). OK saves them in
  one `Ops.write`; a template that cannot be used is refused there, with the reason
  beside the buttons, and nothing is saved.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QPixmap
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from ...errors import HfdeskError
from ...models import Language
from ...services import settings as db_settings
from .. import labels
from ..i18n import LANGUAGE_NAMES, LANGUAGES, system_language
from ..ops import Change, Ops
from ..settings import AppSettings
from ..widgets import muted_label, section_label
from .base import FormDialog, ValueCombo, size_on_screen

LOGO_PREVIEW_WIDTH = 180
LOGO_PREVIEW_HEIGHT = 64


class LogoField(QWidget):
    """A logo for documents: a preview and buttons to choose one or take it away.

    Holds the bytes until the form is saved; `problem` carries the reason a file
    cannot be used (shown in the form's error line)."""

    problem = Signal(str)
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.data: bytes | None = None
        self.file_name = ""
        self.touched = False  # the user chose or removed a logo
        self.preview = QLabel(self)
        self.preview.setFixedSize(LOGO_PREVIEW_WIDTH, LOGO_PREVIEW_HEIGHT)
        self.preview.setFrameShape(QFrame.Shape.StyledPanel)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.preview.setWordWrap(True)
        self.choose_button = QPushButton(self)
        self.remove_button = QPushButton(self)
        self.hint = muted_label("", self)
        self.choose_button.clicked.connect(self.choose)
        self.remove_button.clicked.connect(self.remove)
        buttons = QVBoxLayout()
        buttons.setSpacing(4)
        buttons.addWidget(self.choose_button)
        buttons.addWidget(self.remove_button)
        buttons.addStretch(1)
        row = QHBoxLayout()
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(self.preview)
        row.addLayout(buttons)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.hint)
        self.retranslate()

    def retranslate(self) -> None:
        self.choose_button.setText(self.tr("Choose &Logo…"))
        self.choose_button.setAccessibleName(self.tr("Choose logo"))
        self.remove_button.setText(self.tr("Remo&ve Logo"))
        self.remove_button.setAccessibleName(self.tr("Remove logo"))
        self.hint.setText(self.tr("PNG or JPEG, at most 2 MB."))
        self._show()

    def set_logo(self, data: bytes | None, file_name: str = "") -> None:
        """Show a logo already kept (not a change)."""
        self.data, self.file_name = data, file_name
        self._show()

    def choose(self) -> bool:
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose Logo"), str(Path.home()), self.tr("Images (*.png *.jpg *.jpeg)")
        )
        return self.set_logo_file(Path(name)) if name else False

    def set_logo_file(self, path: Path) -> bool:
        """Take the logo from `path`; False (and `problem`) when it cannot be used."""
        try:
            data = db_settings.read_logo_file(path)
        except HfdeskError as exc:
            self.problem.emit(str(exc))
            return False
        pixmap = QPixmap()
        if not pixmap.loadFromData(data):
            self.problem.emit(self.tr("«{file}» could not be read as an image.").format(file=path.name))
            return False
        self.data, self.file_name, self.touched = data, path.name, True
        self.problem.emit("")
        self._show()
        self.changed.emit()
        return True

    def remove(self) -> None:
        self.data, self.file_name, self.touched = None, "", True
        self._show()
        self.changed.emit()

    def _show(self) -> None:
        pixmap = QPixmap()
        if self.data and pixmap.loadFromData(self.data):
            self.preview.setPixmap(
                pixmap.scaled(
                    LOGO_PREVIEW_WIDTH - 8,
                    LOGO_PREVIEW_HEIGHT - 8,
                    Qt.AspectRatioMode.KeepAspectRatio,
                    Qt.TransformationMode.SmoothTransformation,
                )
            )
            self.preview.setToolTip(self.file_name)
        else:
            self.preview.setPixmap(QPixmap())
            self.preview.setText(self.tr("No logo"))
            self.preview.setToolTip("")
        self.remove_button.setEnabled(bool(self.data))

    def save(self, session: Session) -> None:
        """Keep the logo in the database when the user changed it."""
        if not self.touched:
            return
        if self.data:
            db_settings.set_partnership_logo(session, self.data, self.file_name)
        else:
            db_settings.clear_partnership_logo(session)


class TemplateField(QWidget):
    """The Word template for notices and minutes: the chosen file or the standard one."""

    changed = Signal()

    def __init__(self, current: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.current = current
        self.chosen: Path | None = current
        self.touched = False
        self.name = QLineEdit(self)
        self.name.setReadOnly(True)
        self.name.setAccessibleName(self.tr("Word template in use"))
        self.name.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.choose_button = QPushButton(self.tr("C&hoose…"), self)
        self.choose_button.setAccessibleName(self.tr("Choose Word template"))
        self.default_button = QPushButton(self.tr("&Use the Standard Template"), self)
        self.choose_button.clicked.connect(self.choose)
        self.default_button.clicked.connect(self.use_default)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.name, 1)
        layout.addWidget(self.choose_button)
        layout.addWidget(self.default_button)
        self._show()

    def choose(self) -> bool:
        start = str(self.chosen.parent) if self.chosen else str(Path.home())
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Choose Word Template"), start, self.tr("Word documents and templates (*.docx *.dotx)")
        )
        if not name:
            return False
        self.set_template(Path(name))
        return True

    def set_template(self, path: Path | None) -> None:
        self.chosen = path
        # A file picked again is kept again: the copy in the database gets the file's edits.
        self.touched = path is not None or path != self.current
        self._show()
        self.changed.emit()

    def use_default(self) -> None:
        self.set_template(None)

    def _show(self) -> None:
        if self.chosen is None:
            self.name.setText(self.tr("hfdesk's standard template"))
            self.name.setToolTip("")
        else:
            self.name.setText(self.chosen.name)
            self.name.setToolTip(str(self.chosen))
        self.default_button.setEnabled(self.chosen is not None)

    def save(self, session: Session) -> None:
        if self.touched:  # python-docx is loaded (to check the template) only when one is chosen
            db_settings.choose_template(session, self.chosen)


class SettingsDialog(FormDialog):
    """The settings on this computer and in the database file; OK saves, Cancel forgets."""

    #: The interface language was changed (it applies after a restart).
    language_changed = Signal(str)

    def __init__(self, ops: Ops, app_settings: AppSettings, parent: QWidget | None = None) -> None:
        super().__init__(ops, self.tr("Settings"), parent, changed=Change.SETTINGS)
        self.app_settings = app_settings
        current = ops.read(_read_document_settings, parent=self, default=None) or (
            "",
            None,
            None,
            db_settings.DEFAULT_PARTNERSHIP_LANGUAGE,
        )
        name, logo, template, written = current

        self.language = ValueCombo(
            [("", self.tr("As the system: {language}").format(language=LANGUAGE_NAMES[system_language()]))]
            + [(code, LANGUAGE_NAMES[code]) for code in LANGUAGES],
            parent=self,
        )
        # The per-user settings file (services.settings), which the command line reads too.
        self.language.set_value(db_settings.user_language())
        self.language_note = muted_label(
            self.tr(
                "A new language is used from the next time hfdesk starts. Documents keep the written "
                "standard each body has chosen."
            ),
            self,
        )
        self.partnership = QLineEdit(name, self)
        self.partnership.setPlaceholderText(self.tr("e.g. Helsefellesskapet i Bergensområdet"))
        self.partnership.setMinimumWidth(320)
        self.logo = LogoField(self)
        if logo is not None:
            self.logo.set_logo(logo.data, logo.file_name)
        self.logo.problem.connect(self.show_error)
        # The helsefellesskap's written standard (målform), nynorsk first: the default.
        self.written_standard = ValueCombo(
            [(Language.NYNORSK.value, labels.language(Language.NYNORSK)),
             (Language.BOKMAAL.value, labels.language(Language.BOKMAAL))],  # fmt: skip
            parent=self,
        )
        self.written_standard.set_value(written)
        self.written_standard_note = muted_label(
            self.tr(
                "The overview sheets of rosters and attendance are written in it. Each body's own "
                "documents and sheets keep the body's written standard."
            ),
            self,
        )
        self.template = TemplateField(template, self)
        self.template_note = muted_label(
            self.tr(
                "For notices and minutes. The name, the logo and the template are kept in the database "
                "file «{file}», so they go with your data."
            ).format(file=ops.database.label),
            self,
        )
        # For the archive export (Noark 5): what the archive requires and hfdesk does not know.
        archive = ops.read(db_settings.archive_settings, parent=self, default=None) or db_settings.ArchiveSettings()
        self.archive_unit = QLineEdit(archive.administrative_unit, self)
        self.archive_unit.setPlaceholderText(self.tr("e.g. Samarbeidssekretariatet"))
        self.archive_officer = QLineEdit(archive.case_officer, self)
        self.archive_archived_by = QLineEdit(archive.archived_by, self)
        self.archive_creator = QLineEdit(archive.creator_name, self)
        self.archive_creator.setPlaceholderText(self.tr("e.g. Helsefellesskapet i Bergensområdet"))
        self.archive_creator_id = QLineEdit(archive.creator_id, self)
        self.archive_creator_id.setPlaceholderText(self.tr("e.g. the organisation number"))
        self.archive_note = muted_label(
            self.tr("Filled in once; every archive export (Noark 5) prints them."), self
        )
        self.reset_button = QPushButton(self.tr("&Reset Settings…"), self)
        self.reset_button.clicked.connect(self.reset_settings)
        self.reset_note = muted_label(
            self.tr("Forgets the language, the last database and the window's size and position."),
            self,
        )
        reset_row = QWidget(self)
        reset_layout = QHBoxLayout(reset_row)
        reset_layout.setContentsMargins(0, 0, 0, 0)
        reset_layout.addWidget(self.reset_button)
        reset_layout.addWidget(self.reset_note, 1)

        self.computer_title = section_label(self.tr("On this computer"), self)
        self.form.addRow(self.computer_title)
        self.add_row(self.tr("&Language:"), self.language)
        self.form.addRow("", self.language_note)
        self.add_row(self.tr("Start over:"), reset_row, self.tr("Reset settings"))
        self.database_title = section_label(self.tr("In the database, for documents"), self)
        self.database_title.setContentsMargins(0, 10, 0, 0)
        self.form.addRow(self.database_title)
        self.add_row(self.tr("&Helsefellesskap:"), self.partnership, self.tr("Name of the helsefellesskap"))
        self.add_row(self.tr("Logo:"), self.logo)
        self.add_row(
            self.tr("&Written standard:"), self.written_standard, self.tr("Written standard of the helsefellesskap")
        )
        self.form.addRow("", self.written_standard_note)
        self.add_row(self.tr("Word &template:"), self.template)
        self.form.addRow("", self.template_note)
        self.archive_title = section_label(self.tr("For the archive (Noark 5)"), self)
        self.archive_title.setContentsMargins(0, 10, 0, 0)
        self.form.addRow(self.archive_title)
        self.add_row(self.tr("Administrative u&nit:"), self.archive_unit, self.tr("Administrative unit"))
        self.add_row(self.tr("Case &officer:"), self.archive_officer, self.tr("Case officer"))
        self.add_row(self.tr("Archived &by:"), self.archive_archived_by, self.tr("Archived by"))
        self.add_row(self.tr("Archive &creator:"), self.archive_creator, self.tr("Archive creator"))
        self.add_row(self.tr("Archive creator's I&D:"), self.archive_creator_id, self.tr("Archive creator's ID"))
        self.form.addRow("", self.archive_note)
        # The rows of several controls: their labels lead to the first button.
        for field, buddy in ((self.logo, self.logo.choose_button), (self.template, self.template.choose_button)):
            label = self.form.labelForField(field)
            if isinstance(label, QLabel):
                label.setBuddy(buddy)
        self.set_tab_order(
            [
                self.language,
                self.reset_button,
                self.partnership,
                self.logo.choose_button,
                self.logo.remove_button,
                self.written_standard,
                self.template.name,
                self.template.choose_button,
                self.template.default_button,
                self.archive_unit,
                self.archive_officer,
                self.archive_archived_by,
                self.archive_creator,
                self.archive_creator_id,
            ]
        )
        self.language.setFocus()
        size_on_screen(self, max(self.sizeHint().width(), 640), self.sizeHint().height())

    def write(self, session: Session) -> int:
        self.template.save(session)
        db_settings.set_partnership_name(session, self.partnership.text())
        self.logo.save(session)
        db_settings.set_partnership_language(session, self.written_standard.value())
        db_settings.set_archive_settings(session, db_settings.ArchiveSettings(
            administrative_unit=self.archive_unit.text(),
            case_officer=self.archive_officer.text(),
            archived_by=self.archive_archived_by.text(),
            creator_name=self.archive_creator.text(),
            creator_id=self.archive_creator_id.text(),
        ))
        return 1

    def save(self) -> bool:
        if not super().save():
            return False
        chosen = self.language.value() or ""
        if chosen != db_settings.user_language():
            try:
                db_settings.set_user_language(chosen)
            except HfdeskError as exc:  # the settings file cannot be written: say so, keep the dialog
                self.show_error(str(exc))
                return False
            self.language_changed.emit(chosen)
        return True

    def reset_settings(self) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("Reset Settings"),
            self.tr(
                "Reset the settings on this computer? hfdesk forgets the interface language, the last "
                "database and the window's size and position, and starts as on the first day. The "
                "helsefellesskap's name, logo and Word template are kept in the database and are not "
                "changed."
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        self.app_settings.reset()
        self.language.set_value("")
        self.reset_note.setText(self.tr("The settings on this computer are reset."))
        self.reset_button.setEnabled(False)
        return True


def _read_document_settings(session: Session) -> tuple[str, db_settings.Logo | None, Path | None, str]:
    return (
        db_settings.partnership_name(session),
        db_settings.partnership_logo(session),
        db_settings.template_setting(session),
        db_settings.partnership_language(session),
    )
