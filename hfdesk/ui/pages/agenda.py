"""The agenda builder: a meeting's sakliste with its cases, their order, and the standard items.

Cases are added and edited in the case editor (`dialogs/case_editor.py`); their order
changes by drag and drop or Ctrl+Up/Ctrl+Down; a case taken off the agenda goes back to
the body's cases waiting. Every change is one service call through `Ops.write`.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelection, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QMenu,
    QMessageBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ... import dates
from ...models import MeetingStatus, StandardItem
from ...services import agenda as agenda_service
from ...services import approval as approval_service
from ...services import queries
from ...services.queries import AgendaRow, MeetingRow
from .. import labels
from ..dialogs.case_editor import CaseDialog
from ..dialogs.send_case import SendCaseDialog
from ..i18n import current_language
from ..models import AgendaModel, ObjectRole
from ..models.meetings import cancelled_text
from ..ops import Change, Ops
from ..widgets import DataTableView, muted_label, section_label
from .actions import action_button, context_menu, make_action, open_dialog

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

_EDITABLE = (MeetingStatus.PLANNED, MeetingStatus.NOTICE_SENT)


class AgendaPanel(QWidget):
    """The selected meeting's agenda, with the actions that build it."""

    #: The id of a case just saved in the case editor.
    case_saved = Signal(int)

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ops = ops
        self._meeting: MeetingRow | None = None

        self.title = section_label(self.tr("Agenda"), self)
        self.meta = muted_label("", self)
        self.model = AgendaModel(self)
        self.model.on_reorder = self.reorder
        self.table = DataTableView(self, empty_text=self.tr("Select a meeting to see its agenda."), sortable=False)
        self.table.setModel(self.model)
        self.table.setAccessibleName(self.tr("Agenda"))
        self.table.horizontalHeader().setSectionsMovable(False)
        self.table.setDragEnabled(True)
        self.table.setAcceptDrops(True)
        self.table.setDropIndicatorShown(True)
        self.table.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.table.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.table.selectionModel().selectionChanged.connect(self._on_selection)
        self.table.activated.connect(lambda _index: self.edit_case())

        widgets = (self,)
        self.new_action = make_action(
            self, self.tr("&New Case…"), self.new_case, ("Ins",),
            tip=self.tr("Add a case to this meeting's agenda (before Any other business)"), widgets=widgets,
        )
        self.edit_action = make_action(
            self, self.tr("&Edit Case…"), self.edit_case, ("F2",),
            tip=self.tr("Open the selected case: its text, priority groups, public access and attachments"),
            widgets=widgets,
        )
        self.remove_action = make_action(
            self, self.tr("&Take Off the Agenda"), self.remove_case, ("Del",),
            tip=self.tr("The case goes back to the cases waiting (before the notice only)"), widgets=widgets,
        )
        self.up_action = make_action(
            self, self.tr("Move &Up"), lambda: self.move_case(-1), ("Ctrl+Up",),
            tip=self.tr("Move the selected case one place up"), widgets=widgets,
        )
        self.down_action = make_action(
            self, self.tr("Move &Down"), lambda: self.move_case(1), ("Ctrl+Down",),
            tip=self.tr("Move the selected case one place down"), widgets=widgets,
        )
        self.send_action = make_action(
            self, self.tr("Send to &Other Bodies…"), self.send_case, ("Ctrl+Shift+O",),
            tip=self.tr("Send the selected case on to other bodies: each gets it waiting for an agenda"),
            widgets=widgets,
        )
        self.standard_menu = QMenu(self.tr("Standard Items"), self)
        self.standard_actions: dict[StandardItem, QAction] = {}
        for kind, text in (
            (StandardItem.APPROVE_NOTICE, self.tr("Approval of the Notice and Agenda")),
            (StandardItem.APPROVE_MINUTES, self.tr("Approval of the Minutes")),
            (StandardItem.OTHER_BUSINESS, self.tr("Any Other Business")),
        ):
            action = self.standard_menu.addAction(text)
            action.triggered.connect(lambda _checked=False, k=kind: self.add_standard(k))
            self.standard_actions[kind] = action
        self.standard_menu.addSeparator()
        # Approval of this meeting's minutes at its end, after every case (services/approval.py).
        self.own_approval_action = self.standard_menu.addAction(self.tr("Approval of the Minutes of This Meeting"))
        self.own_approval_action.setToolTip(self.tr("The meeting approves its own minutes in a last item"))
        self.own_approval_action.triggered.connect(lambda _checked=False: self.add_own_approval())
        self.standard_button = QToolButton(self)
        self.standard_button.setText(self.tr("Standard Items"))
        self.standard_button.setAccessibleName(self.tr("Standard items"))
        self.standard_button.setToolTip(self.tr("Put a standard item back on the agenda"))
        self.standard_button.setMenu(self.standard_menu)
        self.standard_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)

        context_menu(
            self.table,
            (self.new_action, self.edit_action, None, self.up_action, self.down_action, None, self.remove_action,
             self.send_action),
        )
        bar = QHBoxLayout()
        bar.setSpacing(6)
        for action in (self.new_action, self.edit_action, self.up_action, self.down_action, self.remove_action,
                       self.send_action):
            bar.addWidget(action_button(action, self))
        bar.addWidget(self.standard_button)
        bar.addStretch(1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.setSpacing(4)
        heading = QHBoxLayout()
        heading.addWidget(self.title)
        heading.addStretch(1)
        layout.addLayout(heading)
        layout.addWidget(self.meta)
        layout.addLayout(bar)
        layout.addWidget(self.table, 1)
        self._update_actions()

    # --- showing ------------------------------------------------------------------------------
    def meeting(self) -> MeetingRow | None:
        return self._meeting

    def show_meeting(self, meeting: MeetingRow | None, place: str = "") -> None:
        keep = self.selected_id() if self._meeting is not None and meeting is not None and (
            meeting.id == self._meeting.id) else None
        self._meeting = meeting
        if meeting is None:
            self.title.setText(self.tr("Agenda"))
            self.meta.setText("")
            self.model.set_rows([])
            self.table.set_empty_text(self.tr("Select a meeting to see its agenda."))
            self._fit()
            self._update_actions()
            return
        self.title.setText(self.tr("Agenda – {body}").format(body=meeting.body_name))
        meta = [dates.meeting_when(meeting.starts_at, meeting.ends_at, current_language())]
        if place:
            meta.append(place)
        if meeting.status == MeetingStatus.CANCELLED:
            meta.append(cancelled_text(meeting))
        else:
            meta.append(labels.meeting_status(meeting.status))
        self.meta.setText(" · ".join(meta))
        meeting_id = meeting.id
        rows = self._ops.read(lambda s: queries.meeting_agenda(s, meeting_id), parent=self, default=[]) or []
        self.model.movable = meeting.status in _EDITABLE
        self.model.set_rows(rows)
        self.table.set_empty_text(self.tr("This meeting has no items yet."))
        self._fit()
        if keep is not None:
            self.select_item(keep)
        self._update_actions()

    def _fit(self) -> None:
        self.table.fit_columns(
            stretch=AgendaModel.COL_TITLE,
            max_width=240,
            min_stretch=240,
            keep=(AgendaModel.COL_NUMBER, AgendaModel.COL_TIME, AgendaModel.COL_DURATION),
        )

    def select_item(self, item_id: int) -> bool:
        row = self.model.row_of_id(item_id)
        if row < 0:
            return False
        self.table.selectRow(row)
        self.table.scrollTo(self.model.index(row, 0))
        return True

    def selected_row(self) -> AgendaRow | None:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].data(ObjectRole) if rows else None

    def selected_id(self) -> int | None:
        row = self.selected_row()
        return row.id if row is not None else None

    def _on_selection(self, _selected: QItemSelection, _deselected: QItemSelection) -> None:
        self._update_actions()

    def _update_actions(self) -> None:
        meeting, row = self._meeting, self.selected_row()
        editable = meeting is not None and meeting.status in _EDITABLE
        planned = meeting is not None and meeting.status == MeetingStatus.PLANNED
        self.new_action.setEnabled(editable)
        self.edit_action.setEnabled(row is not None)
        case = row is not None and row.standard is None
        self.up_action.setEnabled(editable and case)
        self.down_action.setEnabled(editable and case)
        self.remove_action.setEnabled(planned and row is not None)
        self.send_action.setEnabled(case and meeting is not None and meeting.status != MeetingStatus.CANCELLED)
        rows = self.model.rows()
        present = {r.standard for r in rows if r.standard is not None and not r.approves_own_meeting}
        for kind, action in self.standard_actions.items():
            action.setEnabled(planned and kind not in present)
        own = editable and not any(r.approves_own_meeting for r in rows)
        self.own_approval_action.setEnabled(own)
        self.standard_button.setEnabled(
            (planned and len(present) < len(self.standard_actions)) or own
        )

    # --- building the agenda ------------------------------------------------------------------
    def new_case(self) -> CaseDialog | None:
        meeting = self._meeting
        if meeting is None or meeting.status not in _EDITABLE:
            return None
        dialog = CaseDialog(self._ops, self, meeting_id=meeting.id)
        dialog.saved.connect(self._after_save)
        open_dialog(dialog)
        return dialog

    def edit_case(self) -> CaseDialog | None:
        item_id = self.selected_id()
        if item_id is None:
            return None
        dialog = CaseDialog(self._ops, self, item_id=item_id)
        dialog.saved.connect(self._after_save)
        open_dialog(dialog)
        return dialog

    def send_case(self) -> SendCaseDialog | None:
        """"Send til andre organ": the selected case on to other bodies' backlogs."""
        row = self.selected_row()
        if row is None or row.standard is not None or not self.send_action.isEnabled():
            return None
        dialog = SendCaseDialog(self._ops, self, item_id=row.id)
        open_dialog(dialog)
        return dialog

    def _after_save(self, item_id: int) -> None:
        self.select_item(item_id)
        self.case_saved.emit(item_id)

    def remove_case(self) -> bool:
        row = self.selected_row()
        if row is None or self._meeting is None or self._meeting.status != MeetingStatus.PLANNED:
            return False
        if row.standard is None:
            question = self.tr("Take “{title}” off the agenda? It goes back to the cases waiting.")
        else:
            question = self.tr("Remove “{title}” from the agenda? You can put it back under Standard Items.")
        answer = QMessageBox.question(
            self,
            self.tr("Take Off the Agenda"),
            question.format(title=row.title),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.Yes,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        item_id = row.id
        return self._ops.write(
            lambda s: agenda_service.remove_item(s, item_id), changed=Change.MEETINGS, parent=self
        ) is not None

    def move_case(self, delta: int) -> bool:
        item_id = self.selected_id()
        if item_id is None or not self.up_action.isEnabled():
            return False
        done = self._ops.write(
            lambda s: agenda_service.move_item(s, item_id, delta), changed=Change.MEETINGS, parent=self
        )
        if done is None:
            return False
        self.select_item(item_id)
        return True

    def reorder(self, item_ids: list[int]) -> bool:
        """Save a new order (from drag and drop); the moved cases stay selected."""
        meeting = self._meeting
        if meeting is None:
            return False
        moved = self.selected_id()
        meeting_id = meeting.id
        done = self._ops.write(
            lambda s: agenda_service.reorder_items(s, meeting_id, item_ids),
            changed=Change.MEETINGS,
            parent=self,
        )
        if done is None:
            return False
        if moved is not None:
            self.select_item(moved)
        return True

    def add_standard(self, kind: StandardItem) -> bool:
        meeting = self._meeting
        if meeting is None:
            return False
        meeting_id = meeting.id
        return self._add_and_select(lambda s: agenda_service.add_standard_item(s, meeting_id, kind).id)

    def add_own_approval(self) -> bool:
        """The meeting approves its own minutes at its end: 'Godkjenning av referat frå dette møtet'."""
        meeting = self._meeting
        if meeting is None:
            return False
        meeting_id = meeting.id
        return self._add_and_select(lambda s: approval_service.add_own_approval_item(s, meeting_id).id)

    def _add_and_select(self, add: Callable[[Session], int]) -> bool:
        """Add an item in one transaction and select it; False when a known error was shown."""
        item = self._ops.write(add, changed=Change.MEETINGS, parent=self)
        if item is None:
            return False
        self.select_item(item)
        return True
