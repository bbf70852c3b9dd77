"""A colleague changed what the user is saving: who, what and when, their version beside the user's
for each field both changed, and three ways on where nothing typed is lost (issue 22, point 3).

* «Bruk mine endringer»: save the user's values over the colleague's version;
* «Kopier teksten min»: the user's text to the clipboard, then the colleague's version in the editor;
* «Avbryt»: back to the editor with the user's text as it was.

One dialog for every editor (`FormDialog.on_conflict`, meeting mode's texts); opened with `open()`,
it says what was chosen through `chosen` ("reapply", "copy" or "cancel").
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ...errors import ChangedByColleague
from .base import size_on_screen

REAPPLY, COPY, CANCEL = "reapply", "copy", "cancel"


class ConflictDialog(QDialog):
    """Who changed what and when; per field the colleague's value and the user's; three choices."""

    #: REAPPLY, COPY or CANCEL.
    chosen = Signal(str)

    def __init__(
        self,
        error: ChangedByColleague,
        rows: Sequence[tuple[str, str, str]],
        parent: QWidget | None = None,
    ) -> None:
        """`rows`: (the field's name on screen, the colleague's value, the user's value), as text."""
        super().__init__(parent)
        title = self.tr("Changed by a Colleague")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setSizeGripEnabled(True)
        self.choice = CANCEL
        self.rows = list(rows)

        self.message = QLabel(str(error), self)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.message.font()
        font.setBold(True)
        self.message.setFont(font)
        self.advice = QLabel(
            self.tr("Nothing of yours is lost. Save your version over theirs, copy your text to paste it "
                    "in again, or go back to your text."),
            self,
        )
        self.advice.setWordWrap(True)

        grid_widget = QWidget(self)
        grid = QGridLayout(grid_widget)
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        heading = QFont(self.font())
        heading.setBold(True)
        self.theirs_labels: list[QLabel] = []
        self.mine_labels: list[QLabel] = []
        for column, text in ((1, self.tr("Colleague's version")), (2, self.tr("Your version"))):
            label = QLabel(text, grid_widget)
            label.setFont(heading)
            grid.addWidget(label, 0, column)
        for row, (field, theirs, mine) in enumerate(self.rows, start=1):
            name = QLabel(field, grid_widget)
            name.setFont(heading)
            name.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop)
            grid.addWidget(name, row, 0)
            for column, value, kept, who in (
                (1, theirs, self.theirs_labels, self.tr("{field}, colleague's version")),
                (2, mine, self.mine_labels, self.tr("{field}, your version")),
            ):
                cell = QLabel(value or "—", grid_widget)
                cell.setWordWrap(True)
                cell.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
                cell.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
                cell.setTextFormat(Qt.TextFormat.PlainText)
                cell.setFrameShape(QLabel.Shape.StyledPanel)
                cell.setAccessibleName(who.format(field=field))
                cell.setMinimumWidth(200)
                cell.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
                grid.addWidget(cell, row, column)
                kept.append(cell)
        grid.setRowStretch(len(self.rows) + 1, 1)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(grid_widget)
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # the texts wrap instead
        scroll.setMinimumHeight(min(grid_widget.sizeHint().height() + 24, 360))  # short texts: no scroll bar

        self.buttons = QDialogButtonBox(self)
        self.reapply_button: QPushButton = self.buttons.addButton(
            self.tr("Use My Changes"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.copy_button: QPushButton = self.buttons.addButton(
            self.tr("Copy My Text"), QDialogButtonBox.ButtonRole.ActionRole)
        self.cancel_button: QPushButton = self.buttons.addButton(
            self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        for button in (self.reapply_button, self.copy_button, self.cancel_button):
            button.setAccessibleName(button.text())
        self.reapply_button.setToolTip(self.tr("Save your version over the colleague's"))
        self.copy_button.setToolTip(
            self.tr("Copy your text to the clipboard and show the colleague's version in the editor"))
        self.reapply_button.clicked.connect(lambda: self._choose(REAPPLY))
        self.copy_button.clicked.connect(lambda: self._choose(COPY))
        self.cancel_button.clicked.connect(lambda: self._choose(CANCEL))
        self.cancel_button.setDefault(True)  # Enter does nothing that cannot be undone
        # Escape and the window's close button too: the editor hears what was chosen
        self.finished.connect(lambda _result: self.chosen.emit(self.choice))

        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.advice)
        layout.addWidget(scroll, 1)
        layout.addWidget(self.buttons)
        size_on_screen(self, max(self.sizeHint().width(), 680), min(max(self.sizeHint().height(), 340), 620))
        self.cancel_button.setFocus()

    def _choose(self, choice: str) -> None:
        self.choice = choice
        if choice == CANCEL:
            self.reject()
        else:
            self.accept()
