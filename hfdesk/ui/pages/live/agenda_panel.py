"""Meeting mode's left column: the agenda with each item's state and quorum; moving between
items, and a case raised under any other business."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QVBoxLayout, QWidget
from sqlalchemy.orm import Session

from ....services import item_clock, live
from ....services.meeting_view import LiveView
from ...dialogs.live import OtherBusinessDialog
from ...models import IdRole, LiveAgendaModel
from ...widgets import DataTableView
from ..actions import open_dialog
from .core import LivePanelBase, _act, _buttons, _heading

translate = QCoreApplication.translate  # lupdate reads translate("LiveMeetingPage", …)


class AgendaPanel(LivePanelBase):
    """The agenda (`agenda`, `agenda_model`) and the actions that move between its items."""

    def _build_agenda(self) -> QWidget:
        self.agenda_model = LiveAgendaModel(self)
        self.agenda = DataTableView(
            self, empty_text=translate("LiveMeetingPage", "The meeting has no items."), sortable=False
        )
        self.agenda.setModel(self.agenda_model)
        self.agenda.setAccessibleName(translate("LiveMeetingPage", "Agenda"))
        self.agenda.horizontalHeader().setSectionsMovable(False)
        self.agenda.setWordWrap(True)
        self.agenda.selectionModel().currentRowChanged.connect(self._on_agenda_row)
        self.agenda_heading = _heading(translate("LiveMeetingPage", "A&genda"), self, self.agenda)

        page = (self,)
        self.previous_action = _act(
            self,
            translate("LiveMeetingPage", "Previous Item"),
            self.previous_item,
            ["Ctrl+PgUp"],
            tip=translate("LiveMeetingPage", "Go to the previous item"),
            widgets=page,
        )
        self.next_action = _act(
            self,
            translate("LiveMeetingPage", "Next Item"),
            self.next_item,
            ["Ctrl+PgDown"],
            tip=translate("LiveMeetingPage", "Go to the next item"),
            widgets=page,
        )
        self.other_business_action = _act(
            self,
            translate("LiveMeetingPage", "Case under AOB…"),
            self.add_other_business_case,
            ["Ctrl+E"],
            tip=translate(
                "LiveMeetingPage", "A case raised under any other business that was not on the agenda"
            ),
            widgets=page,
        )

        left = QWidget(self)
        layout = QVBoxLayout(left)
        layout.setContentsMargins(0, 0, 4, 0)
        layout.setSpacing(4)
        layout.addWidget(self.agenda_heading)
        layout.addWidget(self.agenda, 1)
        moves = _buttons(left, [self.previous_action, self.next_action])
        raised = _buttons(left, [self.other_business_action])
        layout.addLayout(moves)
        layout.addLayout(raised)
        # never so narrow that a button's words are cut (longer words in another language)
        left.setMinimumWidth(max(200, moves.sizeHint().width(), raised.sizeHint().width()) + 4)
        return left

    def _show_agenda(self, view: LiveView | None) -> None:
        if view is None:
            self.agenda_model.set_rows([])
            return
        self._set_rows(self.agenda, self.agenda_model, list(view.items))
        current = view.item.id if view.item is not None else None
        self.agenda_model.set_current(current)
        row = self.agenda_model.row_of_id(current) if current is not None else -1
        if row >= 0 and self.agenda.currentIndex().row() != row:
            self.agenda.setCurrentIndex(self.agenda_model.index(row, LiveAgendaModel.COL_TITLE))
        self.agenda.scrollTo(self.agenda_model.index(max(row, 0), 0))
        self.agenda.fit_columns(
            stretch=LiveAgendaModel.COL_TITLE,
            max_width=110,
            min_stretch=100,  # with the state at its least, a long agenda at 1280×720 fits
            keep=(LiveAgendaModel.COL_NUMBER,),
        )
        self.agenda.resizeRowsToContents()

    def _enable_agenda(self, editable: bool) -> None:
        item = self._view.item if self._view is not None else None
        self.other_business_action.setEnabled(editable)
        self.previous_action.setEnabled(item is not None and item.previous_id is not None)
        self.next_action.setEnabled(item is not None and item.next_id is not None)

    # --- moving between items --------------------------------------------------------------------------
    def go_to_item(self, item_id: int) -> None:
        if self._meeting_id is None or item_id == self.current_item_id():
            return
        self.flush_all()
        mid = self._meeting_id
        if self._view is not None and self._view.editable:

            def move(s: Session) -> None:
                live.set_current_item(s, mid, item_id)
                item_clock.enter_item(s, mid, item_id, at=datetime.now())  # the item's clock runs

            self._ops.write(move, changed=None, parent=self)
        self._read(item_id)

    def next_item(self) -> None:
        if self._view is not None and self._view.item is not None and self._view.item.next_id is not None:
            self.go_to_item(self._view.item.next_id)

    def previous_item(self) -> None:
        if self._view is not None and self._view.item is not None and self._view.item.previous_id is not None:
            self.go_to_item(self._view.item.previous_id)

    def _on_agenda_row(self, current: Any, _previous: Any) -> None:
        if self._loading or not current.isValid():
            return
        item_id = current.data(IdRole)
        if item_id is not None:
            # Later: a row change from the keyboard must not refill the table under the view's feet.
            QTimer.singleShot(0, lambda: self.go_to_item(int(item_id)))

    def add_other_business_case(self) -> OtherBusinessDialog | None:
        if self._view is None or not self._view.editable:
            return None
        self.flush_all()
        dialog = OtherBusinessDialog(self._ops, self._view.meeting_id, self)
        dialog.saved.connect(lambda item_id: self.go_to_item(item_id))
        open_dialog(dialog)
        return dialog
