"""The disqualification form in meeting mode offers a deputy for that item alone (issue 19, point 8)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from hfdesk.models import AttendanceStatus, Capacity, DisqualificationGround, Meeting, MeetingStatus
from hfdesk.services import live, queries
from hfdesk.services.meeting_record import load_meeting_record
from hfdesk.services.meeting_view import live_view
from hfdesk.services.rights import voters_at_item
from hfdesk.ui.dialogs.live import DisqualificationDialog

pytestmark = pytest.mark.gui


def test_the_disqualification_form_calls_in_a_deputy_for_the_item(qtbot, window, demo_db):
    with demo_db.transaction() as s:
        meeting_id = next(
            r.id for r in queries.list_meetings(s) if r.status == MeetingStatus.NOTICE_SENT and r.body_short_name == "SSU"
        )
        live.start_meeting_mode(s, meeting_id)
        for a in list(s.get(Meeting, meeting_id).attendances):
            if a.capacity == Capacity.MEMBER:
                live.set_presence(s, a.id, status=AttendanceStatus.PRESENT)
        view = live_view(s, meeting_id)
        items = [i.id for i in s.get(Meeting, meeting_id).items]
        item_id = items[2]
        members = [a for a in view.attendees if a.capacity == Capacity.MEMBER]
    member = members[0]

    dialog = DisqualificationDialog(window.ops, item_id, members, member.person_id, window)
    qtbot.addWidget(dialog)
    assert dialog.person.value() == member.person_id
    assert dialog.call_in.isEnabled() and not dialog.call_in.isChecked()
    assert not dialog.deputy.isEnabled()
    deputy_name = dialog.deputy.currentText().split(" (")[0]
    assert "(personlig varamedlem)" in dialog.deputy.currentText()  # the member's own offered first
    dialog.call_in.setChecked(True)
    assert dialog.deputy.isEnabled()
    dialog.ground.set_value(DisqualificationGround.FVL6_FIRST)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)

    with demo_db.session() as s:
        meeting = s.get(Meeting, meeting_id)
        deputy = next(a for a in meeting.attendances if a.person.full_name == deputy_name)
        assert deputy.deputy_for.person_id == member.person_id
        by_id = {i.id: i for i in meeting.items}
        assert deputy.person_id in {v.person_id for v in voters_at_item(s, by_id[item_id])}
        assert member.person_id not in {v.person_id for v in voters_at_item(s, by_id[item_id])}
        other = by_id[items[3]]
        assert member.person_id in {v.person_id for v in voters_at_item(s, other)}
        assert deputy.person_id not in {v.person_id for v in voters_at_item(s, other)}
        record = load_meeting_record(s, meeting_id)
        assert record.attendance_of(deputy.person_id).for_item_id == item_id
