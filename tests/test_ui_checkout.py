"""Taking a meeting along from the Meetings page (issue 22, point 4): the copy is written, the
meeting shows who has it and its edit actions are off, a colleague takes it over with a reason,
and the copy, opened in the window, hands the meeting back."""

from __future__ import annotations

import sqlalchemy as sa
from PySide6.QtWidgets import QMessageBox

from hfdesk.models import Conclusion, Meeting, MeetingCheckout, MeetingStatus
from hfdesk.services import queries
from hfdesk.ui.main_window import PAGE_MEETINGS


def _held_meeting_page(window):
    window.show_page(PAGE_MEETINGS)
    page = window.meetings_page
    rows = window.ops.read(lambda s: queries.list_meetings(s))
    meeting = next(m for m in rows if m.status == MeetingStatus.HELD and m.item_count > 2)
    page.year.setCurrentIndex(page.year.findData(meeting.starts_at.year))
    page.body.setCurrentIndex(0)
    assert page.select_meeting(meeting.id)
    return page, meeting.id


def test_taking_a_meeting_along_from_the_meetings_page_and_handing_it_back(window, qtbot, tmp_path, monkeypatch):
    page, meeting_id = _held_meeting_page(window)
    shared_path = window.ops.database.path
    assert page.take_along_action.isEnabled() and not page.take_over_action.isEnabled()
    assert not page.hand_back_action.isVisible()
    answers = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: answers.append(a[2]) or QMessageBox.StandardButton.No)
    laptop = tmp_path / "bærbar.sqlite"
    assert page.take_along(laptop) == laptop
    assert laptop.is_file()
    assert "Open the copy now?" in answers[-1] or "Opne" in answers[-1] or "Åpne" in answers[-1]
    # read-only here, with who has it
    assert page.selected_meeting_id() == meeting_id
    assert page.checkout_label.isVisible()
    assert page.checkout_label.text().startswith("Tatt med av ")
    for action in (page.edit_meeting_action, page.approve_action, page.take_along_action):
        assert not action.isEnabled()
    assert page.take_over_action.isEnabled()

    # the copy opened in the window: "Lever tilbake…" is there, and hands the meeting back
    assert window.open_database_file(laptop)
    page, _ = _held_meeting_page(window)
    assert page.hand_back_action.isVisible() and page.hand_back_action.isEnabled()
    with window.ops.database.transaction() as s:
        concluded = next(i for i in s.get(Meeting, meeting_id).items if i.conclusion)
        concluded.conclusion.decision_text = "Vedteke i møterommet"
        item_id = concluded.id
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: QMessageBox.StandardButton.Ok)
    assert page.hand_back()
    assert window.ops.database.path == shared_path  # the window is on the shared database again
    assert not laptop.exists()
    with window.ops.database.session() as s:
        assert s.scalar(sa.select(Conclusion.decision_text).where(Conclusion.item_id == item_id)) == (
            "Vedteke i møterommet")
        assert s.scalar(sa.select(MeetingCheckout)) is None
    page, _ = _held_meeting_page(window)
    assert not page.checkout_label.isVisible() and page.take_along_action.isEnabled()


def test_a_colleague_takes_the_meeting_over_with_a_reason(window, qtbot, tmp_path, monkeypatch):
    page, meeting_id = _held_meeting_page(window)
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.No)
    page.take_along(tmp_path / "bærbar.sqlite")
    dialog = page.take_over()
    assert dialog is not None
    dialog.ok_button.click()
    assert dialog.isVisible() and dialog.error.text()  # a reason is required
    dialog.reason.setText("Maskina kom aldri tilbake")
    dialog.ok_button.click()
    assert not dialog.isVisible()
    assert page.checkout_label.text().startswith("Tatt over av ")
    assert "Maskina kom aldri tilbake" in page.checkout_label.text()
    assert page.approve_action.isEnabled()  # writable here again
    with window.ops.database.session() as s:
        assert s.scalar(sa.select(MeetingCheckout.taken_over_reason)) == "Maskina kom aldri tilbake"
