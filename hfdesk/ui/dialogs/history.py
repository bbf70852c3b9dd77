"""Historikk…: who changed what in a meeting (Meetings page) or a body (Register page), newest
first, in the interface language (hfdesk.services.history). Read only."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from ...services import history
from ..i18n import current_language
from ..models.history import HistoryModel
from ..ops import Ops
from ..widgets import DataTableView
from .base import size_on_screen

MEETING = "meeting"
BODY = "body"


class HistoryDialog(QDialog):
    """The change log of one meeting (with its agenda) or one body (with its seats, rules and
    meetings): when, who, what."""

    def __init__(self, ops: Ops, kind: str, target_id: int, subject: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("History: {subject}").format(subject=subject))
        read = history.meeting_history if kind == MEETING else history.body_history
        language = current_language()
        entries = ops.read(lambda s: read(s, target_id, language), parent=self, default=()) or ()
        intro = QLabel(
            self.tr("Every change, newest first: when (Norwegian time), who (the user account or the database "
                    "role) and what. Contact details are never kept here."),
            self,
        )
        intro.setWordWrap(True)
        self.model = HistoryModel(self)
        self.model.set_rows(sorted(entries, key=lambda e: (e.at, e.id), reverse=True))
        self.table = DataTableView(self, empty_text=self.tr("Nothing has been recorded yet."), sortable=False)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Changes"))
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        header.resizeSection(HistoryModel.COL_WHEN, 130)
        header.resizeSection(HistoryModel.COL_WHO, 120)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        self.close_button = buttons.button(QDialogButtonBox.StandardButton.Close)
        self.close_button.setAccessibleName(self.tr("Close"))
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        size_on_screen(self, 900, 480)
        self.close_button.setFocus(Qt.FocusReason.OtherFocusReason)
