"""The File menu's register forms: a new structure from a template, the roster to Excel."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from ...exports import export_roster  # imports openpyxl when a roster is written
from ...models import Language
from ...services.templates import TEMPLATES, create_structure
from .. import labels
from ..opening import offer_to_open
from ..ops import Change, Ops
from .base import FormDialog, ValueCombo, size_on_screen


class TemplateDialog(FormDialog):
    """Create the bodies and composition rules of a template in one step."""

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(
            ops,
            self.tr("New Structure from Template"),
            parent,
            intro=self.tr(
                "Creates the bodies of a helsefellesskap with their levels and default composition "
                "rules. Everything it creates is ordinary data you can change afterwards; bodies and "
                "people already registered are not touched."
            ),
            ok_text=self.tr("&Create"),
            changed=Change.REGISTER,  # bodies and their composition rules
        )
        self.template = ValueCombo([(key, t.name) for key, t in TEMPLATES.items()], parent=self)
        self.language = ValueCombo(
            [(Language.NYNORSK, labels.language(Language.NYNORSK)), (Language.BOKMAAL, labels.language(Language.BOKMAAL))],
            parent=self,
        )
        self.description = QLabel(self)
        self.description.setWordWrap(True)
        self.description.setMinimumHeight(self.fontMetrics().lineSpacing() * 4)
        self.add_row(self.tr("&Template:"), self.template)
        self.add_row(self.tr("&Written standard:"), self.language)
        self.add_row(self.tr("It creates:"), self.description, self.tr("What the template creates"))
        self.template.currentIndexChanged.connect(self._describe)
        self.template.set_value("bergen")
        self._describe()
        self.set_tab_order([self.template, self.language])
        self.template.setFocus()
        size_on_screen(self, max(self.sizeHint().width(), 560), self.sizeHint().height())
        self.created: int = 0

    def _describe(self, *_args: object) -> None:
        template = TEMPLATES.get(self.template.value())
        if template is None:
            self.description.setText("")
            return
        bodies = ", ".join(b.name_nb for b in template.bodies)
        self.description.setText(
            template.description + "\n\n" + self.tr("Bodies: {bodies}.").format(bodies=bodies)
        )

    def write(self, session: Session) -> int:
        created = create_structure(session, self.template.value(), language=self.language.value().value)
        self.created = len(created)
        return self.created


class ExportDialog(QDialog):
    """The roster to Excel: the whole register or one body, then a file name, then the file."""

    #: The written file.
    exported = Signal(Path)

    def __init__(
        self,
        ops: Ops,
        body_id: int | None = None,
        body_name: str = "",
        parent: QWidget | None = None,
        *,
        start_folder: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self.ops = ops
        self.body_id = body_id
        self.start_folder = start_folder or Path.home()
        self.written: Path | None = None
        self.setWindowTitle(self.tr("Export Roster to Excel"))
        intro = QLabel(
            self.tr(
                "An Excel workbook with an overview, one sheet per body (name, role, rights, represents, "
                "side, area, e-mail, phone, term, deputy for) and a sheet with the composition breaches."
            ),
            self,
        )
        intro.setWordWrap(True)
        self.whole = QRadioButton(self.tr("The &whole register"), self)
        self.one = QRadioButton(self.tr("&Only {body}").format(body=body_name) if body_name else "", self)
        self.one.setVisible(body_id is not None)
        group = QButtonGroup(self)
        group.addButton(self.whole)
        group.addButton(self.one)
        (self.one if body_id is not None else self.whole).setChecked(True)
        for button in (self.whole, self.one):
            button.setAccessibleName(button.text().replace("&", ""))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Export…"))
        self.ok_button.setDefault(True)
        self.ok_button.setAccessibleName(self.tr("Export"))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(cancel.text().replace("&", ""))
        self.buttons.accepted.connect(self.export)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.whole)
        layout.addWidget(self.one)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        size_on_screen(self, max(self.sizeHint().width(), 520), self.sizeHint().height())

    def scope(self) -> int | None:
        return self.body_id if self.one.isChecked() and self.body_id is not None else None

    def suggested_path(self) -> Path:
        name = self.tr("roster") + (f"-{self.body_id}" if self.scope() is not None else "") + ".xlsx"
        return self.start_folder / name

    def export(self) -> Path | None:
        """Ask for the file, write it, offer to open it. A known error is shown and nothing is lost."""
        name, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Save Roster"),
            str(self.suggested_path()),
            self.tr("Excel workbooks (*.xlsx)"),
        )
        if not name:
            return None
        path = Path(name)
        if path.suffix.lower() != ".xlsx":
            path = path.with_suffix(".xlsx")
        body_id = self.scope()
        done = self.ops.read(lambda s: export_roster(s, path, body_id=body_id), parent=self)
        if done is None:
            return None  # the error was shown; the dialog stays open to try another name
        self.written = path
        self.exported.emit(path)
        self.accept()
        offer_to_open(
            self.parentWidget(),
            self.tr("Roster Exported"),
            path,
            self.tr("The roster was saved as «{file}». Open it now?").format(file=str(path)),
        )
        return path
