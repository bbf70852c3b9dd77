"""Taking a meeting along (`hfdesk.services.checkout`): the take-over reason and the differences
of a copy that can no longer be handed back."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...services import checkout
from ...services.checkout import Difference
from ..ops import Ops
from .base import size_on_screen
from .meeting_plan import ReasonDialog


def take_over_dialog(ops: Ops, meeting_id: int, holder_text: str, parent: QWidget | None = None) -> ReasonDialog:
    """"Overta møtet…": the reason is required and recorded, with who had it."""
    return ReasonDialog(
        ops,
        QCoreApplication.translate("ReasonDialog", "Take Meeting Over"),
        holder_text
        + "\n\n"
        + QCoreApplication.translate(
            "ReasonDialog",
            "Take the meeting over when the copy on the laptop will not come back. The meeting can then be "
            "changed here again, and the copy on the laptop can no longer be handed back over it "
            "(it can still be imported, with every difference shown).",
        ),
        QCoreApplication.translate("ReasonDialog", "&Reason:"),
        QCoreApplication.translate("ReasonDialog", "Take Over"),
        lambda s, reason: checkout.take_over_in(s, meeting_id, reason),
        parent,
    )


class DifferencesDialog(QDialog):
    """What the laptop's copy holds that the shared meeting does not (and the other way round),
    field by field; "Import the Laptop's Version" accepts."""

    def __init__(self, message: str, differences: Sequence[Difference], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        title = self.tr("The Copy Cannot Be Handed Back")
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setSizeGripEnabled(True)
        size_on_screen(self, 820, 480)
        self.message = QLabel(message, self)
        self.message.setWordWrap(True)
        self.explain = QLabel(
            self.tr(
                "Importing the laptop's version replaces the meeting here. Nothing is lost: the meeting as "
                "it is here now is first saved as a JSON file beside the copy."
            ),
            self,
        )
        self.explain.setWordWrap(True)
        self.table = QTableWidget(len(differences), 4, self)
        self.table.setAccessibleName(self.tr("Differences"))
        self.table.setHorizontalHeaderLabels(
            [self.tr("Where"), self.tr("Field"), self.tr("On the laptop"), self.tr("Here")]
        )
        for row, difference in enumerate(differences):
            for column, text in enumerate((difference.where, difference.field, difference.laptop, difference.shared)):
                cell = QTableWidgetItem(text)
                cell.setToolTip(text)
                self.table.setItem(row, column, cell)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)  # no row numbers (and no unnamed corner button)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table; the arrow keys move in it
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.resizeColumnsToContents()
        if not differences:
            self.explain.setText(self.tr("The copy's meeting and the meeting here are the same."))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel, self)
        self.import_button = self.buttons.addButton(
            self.tr("Import the Laptop's Version"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.import_button.setAccessibleName(self.import_button.text())
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(cancel.text().replace("&", ""))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.message)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.explain)
        layout.addWidget(self.buttons)
        self.table.setFocus()
