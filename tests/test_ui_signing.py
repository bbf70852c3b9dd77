"""Justering and approval at the meeting's end in the app (issue 17 point 7): the approval dialog
names the signatories among those present and records the days they signed (the minutes are
approved when the last has signed); it offers the meeting's own closing approval item; the agenda's
standard items add that item; the body's settings hold the number of signatories."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt

from hfdesk.models import Body, Meeting, MeetingStatus
from hfdesk.services import approval, meetings, queries
from hfdesk.ui.dialogs.meeting_plan import ApproveMinutesDialog
from hfdesk.ui.dialogs.register import BodyDialog
from hfdesk.ui.ops import Ops
from hfdesk.ui.pages.agenda import AgendaPanel

from test_signing import DAY, _setup  # the same small body and meeting

pytestmark = pytest.mark.gui

SCREENSHOTS = os.environ.get("HFDESK_SCREENSHOTS")  # a folder to save the dialogs' pictures in


@pytest.fixture
def ops(db, qapp, nb):
    return Ops(db)


@pytest.fixture
def ids(db):
    with db.transaction() as s:
        ids = _setup(s)
        meetings.mark_meeting_held(s, ids["meeting"], at=DAY.replace(hour=14))
        return ids


def _shot(widget, name: str) -> None:
    if SCREENSHOTS:
        widget.grab().save(str(Path(SCREENSHOTS) / f"{name}.png"))


def _dialog(qtbot, ops, meeting_id: int) -> ApproveMinutesDialog:
    dialog = ApproveMinutesDialog(ops, meeting_id)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def _pick(combo, name: str) -> None:
    combo.setCurrentIndex(combo.findText(name))


def test_choose_the_signatories_and_record_their_days(qtbot, ops, db, ids):
    dialog = _dialog(qtbot, ops, ids["meeting"])
    assert dialog.by_signatories.isVisible() and dialog.by_signatories.isChecked()
    assert len(dialog.signatories) == 2
    first, second = dialog.signatories
    assert [first.itemText(i) for i in range(first.count())] == [
        "(ikke valgt)", "Kari Nordmann", "Ola Hansen", "Siri Vara",
    ]  # fmt: skip  (present members and the deputy; not the observer, the secretary or the guest)
    assert dialog.ok_button.text() == "Lagre"
    _pick(first, "Kari Nordmann")
    _pick(second, "Ola Hansen")
    dialog.signed_on[0].check.setChecked(True)
    dialog.signed_on[0].date.setDate(QDate(2026, 11, 12))
    _shot(dialog, "approve-minutes-signatories")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted
    with db.session() as s:
        meeting = s.get(Meeting, ids["meeting"])
        assert [(sig.person.full_name, sig.signed_on) for sig in meeting.signatures] == [
            ("Kari Nordmann", date(2026, 11, 12)), ("Ola Hansen", None),
        ]  # fmt: skip
        assert meeting.status == MeetingStatus.HELD

    again = _dialog(qtbot, ops, ids["meeting"])  # opens with what was saved
    assert [c.currentText() for c in again.signatories] == ["Kari Nordmann", "Ola Hansen"]
    assert again.signed_on[0].value() == date(2026, 11, 12) and again.signed_on[1].value() is None
    again.signed_on[1].check.setChecked(True)
    again.signed_on[1].date.setDate(QDate(2026, 11, 16))
    qtbot.mouseClick(again.ok_button, Qt.MouseButton.LeftButton)
    with db.session() as s:
        meeting = s.get(Meeting, ids["meeting"])
        assert meeting.status == MeetingStatus.MINUTES_APPROVED and meeting.approved_on == date(2026, 11, 16)


def test_a_refusal_stays_in_the_dialog(qtbot, ops, db, ids):
    dialog = _dialog(qtbot, ops, ids["meeting"])
    _pick(dialog.signatories[0], "Kari Nordmann")
    _pick(dialog.signatories[1], "Kari Nordmann")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert "Kari Nordmann er valgt to ganger" in dialog.error_text() and dialog.isVisible()
    _pick(dialog.signatories[1], "(ikke valgt)")
    dialog.signed_on[1].check.setChecked(True)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.error_text() == "Velg underskriveren før dagen vedkommende skrev under."
    _pick(dialog.signatories[1], "Ola Hansen")
    dialog.signed_on[1].date.setDate(QDate(2026, 11, 1))  # before the meeting
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert "før møtet (10.11.2026)" in dialog.error_text()
    with db.session() as s:
        assert s.get(Meeting, ids["meeting"]).signatures == []  # all or nothing


def test_a_body_without_justering_shows_no_signatories(qtbot, ops, db, ids):
    with db.transaction() as s:
        s.get(Body, ids["body"]).minutes_signatories = 0
    dialog = _dialog(qtbot, ops, ids["meeting"])
    assert not dialog.by_signatories.isVisible() and dialog.signatories == []
    assert dialog.by_circulation.isChecked() and dialog.ok_button.text() == "Godkjenn"


def test_the_meetings_own_approval_item_added_on_the_agenda_and_chosen_in_the_dialog(qtbot, ops, db):
    with db.transaction() as s:
        ids = _setup(s, signatories=0)
    with db.session() as s:
        row = next(r for r in queries.list_meetings(s) if r.id == ids["meeting"])
    panel = AgendaPanel(ops)
    qtbot.addWidget(panel)
    panel.show_meeting(row)
    ops.data_changed.connect(lambda _change: panel.show_meeting(row))  # as the Meetings page does
    assert panel.own_approval_action.isEnabled() and panel.standard_button.isEnabled()
    assert panel.add_own_approval()
    last = panel.model.rows()[-1]
    assert last.title == "Godkjenning av protokoll frå dette møtet" and last.approves_own_meeting
    assert panel.selected_id() == last.id
    assert not panel.own_approval_action.isEnabled()  # once
    assert not panel.standard_actions[next(iter(panel.standard_actions))].isEnabled()  # after the notice

    with db.transaction() as s:
        meetings.mark_meeting_held(s, ids["meeting"], at=DAY.replace(hour=14))
    dialog = _dialog(qtbot, ops, ids["meeting"])
    assert dialog.in_item.isEnabled() and dialog.item.currentText() == f"Sak {last.number}, på slutten av dette møtet"
    dialog.in_item.setChecked(True)
    _shot(dialog, "approve-minutes-own-meeting")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    with db.session() as s:
        meeting = s.get(Meeting, ids["meeting"])
        assert meeting.status == MeetingStatus.MINUTES_APPROVED and meeting.approved_in_item_id == last.id


def test_the_bodys_number_of_signatories_in_its_settings(qtbot, ops, db, ids):
    dialog = BodyDialog(ops, ids["body"])
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.signatories.value() == 2
    _shot(dialog, "body-settings")
    dialog.signatories.setValue(3)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    with db.session() as s:
        assert s.get(Body, ids["body"]).minutes_signatories == 3
        assert approval.signing(s, ids["meeting"]).required == 3
    dialog = BodyDialog(ops, ids["body"])
    qtbot.addWidget(dialog)
    dialog.signatories.setValue(0)
    assert dialog.signatories.text() == "Ingen (godkjennes i et møte eller ved sirkulasjon)"
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    with db.session() as s:
        assert s.get(Body, ids["body"]).minutes_signatories == 0
