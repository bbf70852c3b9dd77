"""Meeting mode's attendance: everyone on the list with their rights at the item, the
commands that register who came, who left and who stands in (each needs Ctrl+Shift or its
button: a letter typed in the list only finds a name), guests, and disqualifications."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget
from sqlalchemy.orm import Session

from ....models import AttendanceStatus, Capacity
from ....services import live, queries
from ....services.meeting_view import Attendee, LiveView, deputy_candidates
from ...dialogs.live import DeputyDialog, DisqualificationDialog, GuestDialog
from ...models import AttendanceModel, DisqualificationsModel, IdRole
from ...widgets import DataTableView, muted_label
from ..actions import open_dialog
from .core import LivePanelBase, _act, _buttons, _heading, _small_table

translate = QCoreApplication.translate  # lupdate reads translate("LiveMeetingPage", …)


class AttendancePanel(LivePanelBase):
    """`attendance`/`attendance_model`, `attendance_summary`, `disqualified`, and the commands."""

    def _build_attendance(self) -> QWidget:
        self.attendance_model = AttendanceModel(self)
        self.attendance = DataTableView(
            self, empty_text=translate("LiveMeetingPage", "Nobody is on the attendance list."), sortable=False
        )
        self.attendance.setModel(self.attendance_model)
        self.attendance.setAccessibleName(translate("LiveMeetingPage", "Attendance"))
        self.attendance.horizontalHeader().setSectionsMovable(False)
        self.attendance.selectionModel().currentRowChanged.connect(lambda *_a: self._update_person_actions())
        self.attendance_heading = _heading(translate("LiveMeetingPage", "Atte&ndance"), self, self.attendance)
        self.attendance_summary = muted_label("", self)

        self.disqualified_model = DisqualificationsModel(self)
        self.disqualified = _small_table(
            self, translate("LiveMeetingPage", "Nobody is disqualified at this item."), 1
        )
        self.disqualified.setMaximumHeight(self.disqualified.minimumHeight() * 2)
        self.disqualified.setModel(self.disqualified_model)
        self.disqualified.setAccessibleName(translate("LiveMeetingPage", "Disqualified"))

        a, page, people = self, (self,), (self.attendance,)
        # Every command needs a modifier (or its button): a letter typed in the list only finds a
        # name (Qt's type-ahead), it never changes anyone's attendance.
        self.present_anywhere_action = _act(
            a,
            translate("LiveMeetingPage", "Present"),
            lambda: self.mark(AttendanceStatus.PRESENT),
            ["Ctrl+P"],
            tip=translate("LiveMeetingPage", "The person selected in the attendance list is present"),
            widgets=page,
        )
        self.present_action = self.present_anywhere_action  # one action: Ctrl+P anywhere on the page
        self.forfall_action = _act(
            a,
            translate("LiveMeetingPage", "Forfall"),
            lambda: self.mark(AttendanceStatus.REPORTED_ABSENT),
            ["Ctrl+Shift+F"],
            tip=translate("LiveMeetingPage", "Reported absence (forfall)"),
            widgets=people,
        )
        self.absent_action = _act(
            a,
            translate("LiveMeetingPage", "Absent"),
            lambda: self.mark(AttendanceStatus.ABSENT),
            ["Ctrl+Shift+A"],
            tip=translate("LiveMeetingPage", "Absent without notice"),
            widgets=people,
        )
        self.arrived_action = _act(
            a,
            translate("LiveMeetingPage", "Arrived Here"),
            self.arrived_here,
            ["Ctrl+Shift+K"],
            tip=translate("LiveMeetingPage", "Arrived late: present from this item"),
            widgets=people,
        )
        self.left_action = _act(
            a,
            translate("LiveMeetingPage", "Left Before This"),
            self.left_before_here,
            ["Ctrl+Shift+G"],
            tip=translate("LiveMeetingPage", "Left early: present until the item before this one"),
            widgets=people,
        )
        self.full_action = _act(
            a,
            translate("LiveMeetingPage", "Whole Meeting"),
            self.whole_meeting,
            ["Ctrl+Shift+W"],
            tip=translate("LiveMeetingPage", "Present at every item (clears arrival and leave)"),
            widgets=people,
        )
        self.deputy_action = _act(
            a,
            translate("LiveMeetingPage", "Deputy Steps In…"),
            self.deputy_steps_in,
            ["Ctrl+Shift+D"],
            tip=translate("LiveMeetingPage", "A deputy stands in for the selected absent member"),
            widgets=people,
        )
        self.guest_action = _act(
            a,
            translate("LiveMeetingPage", "Guest…"),
            self.add_guest,
            ["Ctrl+G"],
            tip=translate("LiveMeetingPage", "A guest for named items, or someone from the secretariat"),
            widgets=page,
        )
        self.remove_person_action = _act(
            a,
            translate("LiveMeetingPage", "Remove"),
            self.remove_person,
            ["Del"],
            tip=translate("LiveMeetingPage", "Take a deputy, guest or secretary off the list again"),
            widgets=people,
        )
        self.disqualify_action = _act(
            a,
            translate("LiveMeetingPage", "Disqualification…"),
            self.disqualify,
            ["Ctrl+I"],
            tip=translate("LiveMeetingPage", "Someone is disqualified (inhabil) at this item"),
            widgets=page,
        )
        self.remove_disqualification_action = _act(
            a,
            translate("LiveMeetingPage", "Remove"),
            self.remove_disqualification,
            ["Del"],
            tip=translate("LiveMeetingPage", "Remove the selected disqualification"),
            widgets=(self.disqualified,),
        )

        right = QWidget(self)
        rl = QVBoxLayout(right)
        rl.setContentsMargins(0, 0, 0, 0)
        rl.setSpacing(4)
        rl.addWidget(self.attendance_heading)
        rl.addWidget(self.attendance_summary)
        rl.addWidget(self.attendance, 1)
        rl.addLayout(_buttons(right, [self.present_action, self.forfall_action, self.absent_action]))
        rl.addLayout(_buttons(right, [self.deputy_action, self.guest_action, self.remove_person_action]))
        rl.addLayout(_buttons(right, [self.arrived_action, self.left_action, self.full_action]))
        head = QHBoxLayout()
        head.addWidget(
            _heading(translate("LiveMeetingPage", "Disqualified at this item"), right, self.disqualified)
        )
        head.addStretch(1)
        rl.addSpacing(6)
        rl.addLayout(head)
        rl.addLayout(_buttons(right, [self.disqualify_action, self.remove_disqualification_action]))
        rl.addWidget(self.disqualified)
        self.attendance_summary.setWordWrap(True)
        return right

    def _show_attendance(self, view: LiveView | None) -> None:
        if view is None:
            self.attendance_model.set_rows([])
            self.attendance_summary.setText("")
            self.disqualified_model.set_rows([])
            return
        self._set_rows(self.attendance, self.attendance_model, list(view.attendees))
        self.attendance.fit_columns(
            stretch=AttendanceModel.COL_NAME,
            max_width=140,
            min_stretch=110,
            keep=(AttendanceModel.COL_RIGHTS,),
            optional=(AttendanceModel.COL_ROLE,),  # (the role is in each row's tool tip)
        )
        if not self.attendance.currentIndex().isValid() and self.attendance_model.rowCount():
            self.attendance.setCurrentIndex(self.attendance_model.index(0, AttendanceModel.COL_NAME))
        voting = [a for a in view.attendees if a.rights.may_vote]
        present = [a for a in view.attendees if a.status == AttendanceStatus.PRESENT]
        if view.item is not None:
            self.attendance_summary.setText(
                translate(
                    "LiveMeetingPage",
                    "{present} present; {voting} may vote at item {item} ({seats} voting seats)",
                ).format(
                    present=len(present),
                    voting=len(voting),
                    item=view.item.number or view.item.title,
                    seats=view.seats,
                )
            )
        else:
            self.attendance_summary.setText(
                translate("LiveMeetingPage", "{present} present").format(present=len(present))
            )
        rows = list(view.item.disqualifications) if view.item is not None else []
        self._set_rows(self.disqualified, self.disqualified_model, rows)
        self.disqualified.fit_columns(
            stretch=DisqualificationsModel.COL_GROUND, max_width=150, min_stretch=120
        )

    def _enable_attendance(self, editable: bool, on: bool) -> None:
        self.guest_action.setEnabled(editable)
        for action in (self.disqualify_action, self.remove_disqualification_action):
            action.setEnabled(on)
        self._update_person_actions()

    def _update_person_actions(self) -> None:
        editable = self._view is not None and self._view.editable
        person = self.selected_attendee()
        for action in (
            self.present_action,
            self.present_anywhere_action,
            self.forfall_action,
            self.absent_action,
            self.full_action,
            self.remove_person_action,
        ):
            action.setEnabled(editable and person is not None)
        has_item = self._view is not None and self._view.item is not None
        self.arrived_action.setEnabled(editable and has_item and person is not None)
        self.left_action.setEnabled(editable and has_item and person is not None)
        self.deputy_action.setEnabled(
            editable
            and person is not None
            and person.capacity == Capacity.MEMBER
            and person.status != AttendanceStatus.PRESENT
        )

    def selected_attendee(self) -> Attendee | None:
        index = self.attendance.currentIndex()
        return self.attendance_model.row_at(index.row()) if index.isValid() else None

    def select_person(self, person_id: int) -> bool:
        """Select someone in the attendance list (by person id)."""
        for row, attendee in enumerate(self.attendance_model.rows()):
            if attendee.person_id == person_id:
                self.attendance.setCurrentIndex(self.attendance_model.index(row, AttendanceModel.COL_NAME))
                return True
        return False

    def _attendance_write(self, fn: Callable[[Session], Any]) -> bool:
        person = self.selected_attendee()
        ok = self._write(fn)
        if ok and person is not None:
            self.select_person(person.person_id)
        return ok

    def mark(self, status: AttendanceStatus) -> bool:
        person = self.selected_attendee()
        if person is None:
            return False
        ok = self._attendance_write(lambda s: live.set_presence(s, person.attendance_id, status=status))
        if ok:
            self._move_down_after_mark()
        return ok

    def _move_down_after_mark(self) -> None:
        """Registering attendance one person after another: the selection moves on."""
        index = self.attendance.currentIndex()
        if index.isValid() and index.row() + 1 < self.attendance_model.rowCount():
            self.attendance.setCurrentIndex(self.attendance_model.index(index.row() + 1, index.column()))

    def arrived_here(self) -> bool:
        person, item_id = self.selected_attendee(), self.current_item_id()
        if person is None or item_id is None:
            return False
        return self._attendance_write(
            lambda s: live.set_presence(s, person.attendance_id, from_item_id=item_id)
        )

    def left_before_here(self) -> bool:
        person, view = self.selected_attendee(), self._view
        if person is None or view is None or view.item is None:
            return False
        previous = view.item.previous_id
        if previous is None:
            return self._attendance_write(
                lambda s: live.set_presence(s, person.attendance_id, status=AttendanceStatus.ABSENT)
            )
        return self._attendance_write(
            lambda s: live.set_presence(s, person.attendance_id, until_item_id=previous)
        )

    def whole_meeting(self) -> bool:
        person = self.selected_attendee()
        if person is None:
            return False
        return self._attendance_write(
            lambda s: live.set_presence(
                s,
                person.attendance_id,
                status=AttendanceStatus.PRESENT,
                from_item_id=None,
                until_item_id=None,
            )
        )

    def deputy_steps_in(self) -> DeputyDialog | None:
        person = self.selected_attendee()
        if person is None or self._view is None or person.membership_id is None:
            return None
        if person.capacity != Capacity.MEMBER:
            return None
        mid, membership_id = self._view.meeting_id, person.membership_id
        candidates = (
            self._ops.read(lambda s: deputy_candidates(s, mid, membership_id), parent=self, default=[]) or []
        )
        dialog = DeputyDialog(
            self._ops,
            mid,
            person,
            candidates,
            self.current_item_id(),
            self._view.item.number if self._view.item else "",
            self,
        )
        open_dialog(dialog)
        return dialog

    def add_guest(self) -> GuestDialog | None:
        if self._view is None or not self._view.editable:
            return None
        people = self._ops.read(lambda s: queries.search_people(s), parent=self, default=[]) or []
        items = [(i.id, f"{i.number} {i.title}".strip()) for i in self._view.items]
        dialog = GuestDialog(self._ops, self._view.meeting_id, people, items, self.current_item_id(), self)
        open_dialog(dialog)
        return dialog

    def remove_person(self) -> None:
        person = self.selected_attendee()
        if person is not None:
            self._write(lambda s: live.remove_attendance(s, person.attendance_id))

    def disqualify(self) -> DisqualificationDialog | None:
        view = self._view
        if view is None or view.item is None or not view.editable:
            return None
        candidates = [
            a for a in view.attendees if a.capacity in (Capacity.MEMBER, Capacity.DEPUTY, Capacity.OBSERVER)
        ]
        selected = self.selected_attendee()
        dialog = DisqualificationDialog(
            self._ops, view.item.id, candidates, selected.person_id if selected is not None else None, self
        )
        open_dialog(dialog)
        return dialog

    def remove_disqualification(self) -> None:
        index = self.disqualified.currentIndex()
        if index.isValid():
            dq_id = index.data(IdRole)
            self._write(lambda s: live.remove_disqualification(s, dq_id))
