"""The meeting plan and the agenda builder on the Meetings page, driven as the secretary does:
plan, change, copy, cancel and restore meetings; notice sent, held, minutes approved and
reopened; the year plan; cases ordered by keyboard and by drag and drop, taken off and put back."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest
import time_machine
import sqlalchemy as sa
from PySide6.QtCore import QDate, QTime, Qt
from PySide6.QtWidgets import QMessageBox

from hfdesk.models import AgendaItem, Meeting, MeetingStatus, MeetingStatusChange, StandardItem
from hfdesk.services import meetings as meeting_service
from hfdesk.services import queries
from hfdesk.ui.dialogs.case_editor import CaseDialog
from hfdesk.ui.dialogs.meeting_plan import ApproveMinutesDialog, CopyMeetingDialog, MeetingDialog, ReasonDialog
from hfdesk.ui.main_window import PAGE_MEETINGS
from hfdesk.ui.models import AgendaModel
from hfdesk.ui.models.meetings import YearPlanModel

pytestmark = pytest.mark.gui


@pytest.fixture
def page(window):
    window.show_page(PAGE_MEETINGS)
    return window.meetings_page


@pytest.fixture
def answers(monkeypatch):
    """QMessageBox.question answers with what the test puts in `answers['reply']` (Yes by default)."""
    state: dict[str, object] = {"reply": QMessageBox.StandardButton.Yes, "asked": []}

    def question(*args, **kwargs):
        state["asked"].append(args[2])  # type: ignore[union-attr]
        return state["reply"]

    monkeypatch.setattr(QMessageBox, "question", question)
    return state


def _show(page, meeting_id: int, starts: datetime) -> None:
    page.year.setCurrentIndex(page.year.findData(starts.year))
    page.body.setCurrentIndex(0)
    page.show_view(0)
    assert page.select_meeting(meeting_id)


def _planned(demo_db, *, with_cases: bool = True) -> queries.MeetingRow:
    """A planned meeting of the demo with at least one case (not only standard items)."""
    with demo_db.session() as s:
        for row in queries.list_meetings(s):
            if row.status != MeetingStatus.PLANNED:
                continue
            agenda = queries.meeting_agenda(s, row.id)
            cases = [a for a in agenda if a.standard is None]
            if len(cases) >= (2 if with_cases else 0):
                return row
    raise AssertionError("the demo has planned meetings with cases")


def _agenda_ids(demo_db, meeting_id: int) -> list[int]:
    with demo_db.session() as s:
        return [a.id for a in queries.meeting_agenda(s, meeting_id)]


def _set_date(field, value: date) -> None:
    field.setDate(QDate(value.year, value.month, value.day))


def test_new_meeting_is_saved_with_the_standard_items_and_selected(qtbot, page, demo_db):
    body_id = page.body.itemData(2)  # a real body, not "all bodies"
    page.body.setCurrentIndex(2)
    dialog = page.new_meeting()
    assert isinstance(dialog, MeetingDialog)
    assert dialog.body.value() == body_id
    _set_date(dialog.day, date(2026, 12, 15))
    dialog.starts.setTime(QTime(13, 0))
    assert dialog.ends.time() > dialog.starts.time()  # the body's usual length follows the start
    qtbot.keyClicks(dialog.place, "Voss rådhus")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.saved_id is not None
    with demo_db.session() as s:
        meeting = s.get(Meeting, dialog.saved_id)
        assert (meeting.body_id, meeting.starts_at, meeting.place) == (
            body_id, datetime(2026, 12, 15, 13, 0), "Voss rådhus"
        )
        assert meeting.status == MeetingStatus.PLANNED
        standard = [i.standard for i in sorted(meeting.items, key=lambda i: i.position)]
    assert standard and all(kind is not None for kind in standard)
    assert page.selected_meeting_id() == dialog.saved_id
    assert page.year.currentData() == 2026


def test_date_and_time_are_typed_in_the_meeting_form_with_ctrl_a(qtbot, page, demo_db):
    """Issue 19: the date and time fields take typing, also over the whole text (Ctrl+A)."""
    page.body.setCurrentIndex(2)
    dialog = page.new_meeting()
    dialog.activateWindow()
    ctrl = Qt.KeyboardModifier.ControlModifier
    for field, typed, shown in ((dialog.day, "15.12.2026", "15.12.2026"), (dialog.starts, "1430", "14:30"),
                                (dialog.ends, "16:05", "16:05")):
        field.setFocus()
        qtbot.keyClick(field, Qt.Key.Key_End)
        qtbot.keyClick(field, Qt.Key.Key_A, ctrl)
        assert field.lineEdit().selectedText() == field.text()  # Ctrl+A selects all
        qtbot.keyClicks(field, typed)
        assert field.text() == shown
    qtbot.keyClicks(dialog.place, "Voss rådhus")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.saved_id is not None
    with demo_db.session() as s:
        meeting = s.get(Meeting, dialog.saved_id)
        assert (meeting.starts_at, meeting.ends_at) == (datetime(2026, 12, 15, 14, 30), datetime(2026, 12, 15, 16, 5))


def test_a_meeting_that_ends_before_it_starts_is_refused_in_the_form(qtbot, page):
    page.body.setCurrentIndex(2)
    dialog = page.new_meeting()
    dialog.starts.setTime(QTime(14, 0))
    dialog.ends.setTime(QTime(10, 0))
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()
    assert dialog.error_text() == "Møtet må slutte etter at det begynner."


def test_moving_a_noticed_meeting_offers_a_new_notice(qtbot, page, demo_db, answers, monkeypatch):
    with demo_db.session() as s:
        row = next(r for r in queries.list_meetings(s) if r.status == MeetingStatus.NOTICE_SENT)
    _show(page, row.id, row.starts_at)
    exported: list[int] = []
    monkeypatch.setattr(page, "export_notice", lambda: exported.append(1))
    dialog = page.edit_meeting()
    assert "Innkallingen er sendt" in dialog.note.text()
    dialog.starts.setTime(QTime(8, 0))
    answers["reply"] = QMessageBox.StandardButton.Yes
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    with demo_db.session() as s:
        assert s.get(Meeting, row.id).starts_at.time() == time(8, 0)
    assert any("ny tid" in text for text in answers["asked"])
    assert exported == [1]


def test_copy_with_the_cases_makes_new_provisional_cases(qtbot, page, demo_db):
    row = _planned(demo_db)
    _show(page, row.id, row.starts_at)
    dialog = page.copy_meeting()
    assert isinstance(dialog, CopyMeetingDialog)
    dialog.with_items.setChecked(True)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    with demo_db.session() as s:
        source = [i.title for i in sorted(s.get(Meeting, row.id).items, key=lambda i: i.position)]
        copy = s.get(Meeting, dialog.saved_id)
        copied = [i.title for i in sorted(copy.items, key=lambda i: i.position)]
        assert copy.status == MeetingStatus.PLANNED
    assert copied == source
    assert page.selected_meeting_id() == dialog.saved_id


def test_cancel_needs_a_reason_and_sends_the_cases_back_to_waiting(qtbot, page, demo_db):
    row = _planned(demo_db)
    _show(page, row.id, row.starts_at)
    with demo_db.session() as s:
        cases = [a.id for a in queries.meeting_agenda(s, row.id) if a.standard is None]
    dialog = page.cancel_meeting()
    assert isinstance(dialog, ReasonDialog)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.error_text() == "Oppgi en begrunnelse."
    qtbot.keyClicks(dialog.reason, "For få saker")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    with demo_db.session() as s:
        meeting = s.get(Meeting, row.id)
        assert (meeting.status, meeting.cancelled_reason) == (MeetingStatus.CANCELLED, "For få saker")
        waiting = {b.id for b in meeting_service.backlog(s, row.body_id)}
    assert set(cases) <= waiting
    assert "For få saker" in page.agenda_meta.text()
    assert page.restore_meeting_action.isEnabled()
    assert page.restore_meeting()
    with demo_db.session() as s:
        assert s.get(Meeting, row.id).status == MeetingStatus.PLANNED


def test_the_status_steps_from_notice_to_reopened_minutes(qtbot, page, demo_db, answers, request):
    row = _planned(demo_db)
    _show(page, row.id, row.starts_at)
    assert not page.held_action.isEnabled()
    answers["reply"] = QMessageBox.StandardButton.No
    assert not page.mark_notice_sent()  # the secretary said no: nothing changes
    answers["reply"] = QMessageBox.StandardButton.Yes
    assert page.mark_notice_sent()
    assert any("endelige" in text for text in answers["asked"])
    # a meeting is held once it has started (issue 19, point 7): the clock at its end
    traveller = time_machine.travel(row.ends_at, tick=False)
    traveller.start()
    request.addfinalizer(traveller.stop)
    assert page.mark_held()
    with demo_db.session() as s:
        assert s.get(Meeting, row.id).status == MeetingStatus.HELD
    dialog = page.approve_minutes()
    assert isinstance(dialog, ApproveMinutesDialog)
    dialog.by_circulation.setChecked(True)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    with demo_db.session() as s:
        assert s.get(Meeting, row.id).status == MeetingStatus.MINUTES_APPROVED
    assert page.reopen_action.isEnabled() and not page.edit_meeting_action.isEnabled()
    dialog = page.reopen_minutes()
    qtbot.keyClicks(dialog.reason, "Feil navn i sak 3")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    with demo_db.session() as s:
        assert s.get(Meeting, row.id).status == MeetingStatus.HELD
        reason = s.scalars(
            sa.select(MeetingStatusChange.reason)
            .where(MeetingStatusChange.meeting_id == row.id)
            .order_by(MeetingStatusChange.id.desc())
        ).first()
    assert reason == "Feil navn i sak 3"


def test_minutes_approved_in_the_next_meetings_approval_item(qtbot, page, demo_db):
    with demo_db.transaction() as s:
        rows = [r for r in queries.list_meetings(s) if r.status == MeetingStatus.HELD]
        # minutes are approved only in a meeting that is held (issue 19, point 7): the body's next
        # meeting with an approval item is taken as held here
        for row in rows:
            later = s.scalars(
                sa.select(Meeting)
                .where(Meeting.body_id == row.body_id, Meeting.starts_at > row.starts_at,
                       Meeting.status != MeetingStatus.CANCELLED,
                       Meeting.items.any(AgendaItem.standard == StandardItem.APPROVE_MINUTES))
                .order_by(Meeting.starts_at)
            ).first()
            if later is not None:
                later.status = MeetingStatus.HELD
                break
        choice = meeting_service.approval_choices(s, row.id)[0]
    _show(page, row.id, row.starts_at)
    dialog = page.approve_minutes()
    assert dialog.in_item.isChecked() and dialog.item.value() == choice.item_id
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    with demo_db.session() as s:
        assert s.get(Meeting, row.id).approved_in_item_id == choice.item_id


def test_year_plan_shows_every_body_and_opens_a_month(qtbot, page, demo_db):
    row = _planned(demo_db)
    page.year.setCurrentIndex(page.year.findData(row.starts_at.year))
    qtbot.mouseClick(page.year_button, Qt.MouseButton.LeftButton)
    assert page.views.currentWidget() is page.year_view
    model = page.year_model
    body_row = model.row_of_id(row.body_id)
    assert body_row >= 0
    index = model.index(body_row, row.starts_at.month)
    assert f"{row.starts_at.day}." in index.data().split()
    page.year_view.activated.emit(index)
    assert page.views.currentWidget() is page.meetings
    assert page.body.currentData() == row.body_id
    assert page.selected_meeting_id() is not None
    with demo_db.session() as s:
        shown = s.get(Meeting, page.selected_meeting_id())
        assert (shown.body_id, shown.starts_at.month) == (row.body_id, row.starts_at.month)


def test_year_plan_model_passes_the_model_tester(qtmodeltester, demo_db, nb):
    model = YearPlanModel()
    with demo_db.session() as s:
        year = queries.meeting_years(s)[-1]
        model.set_rows(meeting_service.year_plan(s, year))
    assert model.rowCount() > 0 and model.columnCount() == 13
    qtmodeltester.check(model)


def test_ctrl_down_moves_a_case_and_its_number_follows(qtbot, page, demo_db):
    row = _planned(demo_db)
    _show(page, row.id, row.starts_at)
    before = _agenda_ids(demo_db, row.id)
    with demo_db.session() as s:
        first_case = next(a for a in queries.meeting_agenda(s, row.id) if a.standard is None)
    assert page.agenda_panel.select_item(first_case.id)
    page.agenda.setFocus()
    qtbot.keyClick(page.agenda, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    after = _agenda_ids(demo_db, row.id)
    at = before.index(first_case.id)
    assert after.index(first_case.id) == at + 1
    assert page.agenda_panel.selected_id() == first_case.id  # still selected after the refresh
    with demo_db.session() as s:
        numbers = [a.number for a in queries.meeting_agenda(s, row.id)]
    assert numbers == sorted(numbers, key=lambda n: int(n.split("/")[0]))  # provisional: in agenda order


def test_dropping_rows_reorders_the_agenda(qtbot, page, demo_db):
    row = _planned(demo_db)
    _show(page, row.id, row.starts_at)
    model = page.agenda_model
    ids = _agenda_ids(demo_db, row.id)
    cases = [r for r in range(model.rowCount()) if model.row_at(r).standard is None]
    last_case = cases[-1]
    data = model.mimeData([model.index(last_case, 0)])
    # Drop the last case before the first case.
    assert model.canDropMimeData(data, Qt.DropAction.MoveAction, cases[0], 0, model.index(-1, -1))
    model.dropMimeData(data, Qt.DropAction.MoveAction, cases[0], 0, model.index(-1, -1))
    expected = list(ids)
    moved = expected.pop(last_case)
    expected.insert(cases[0], moved)
    assert _agenda_ids(demo_db, row.id) == expected
    assert [page.agenda_model.row_at(r).id for r in range(page.agenda_model.rowCount())] == expected


def test_a_drop_that_breaks_the_standard_places_is_refused_with_a_message(qtbot, page, demo_db, monkeypatch):
    row = _planned(demo_db)
    _show(page, row.id, row.starts_at)
    shown: list[str] = []
    monkeypatch.setattr("hfdesk.ui.ops.show_error", lambda parent, message, title="": shown.append(message))
    model = page.agenda_model
    ids = _agenda_ids(demo_db, row.id)
    data = model.mimeData([model.index(model.rowCount() - 1, 0)])  # Eventuelt …
    model.dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, model.index(-1, -1))  # … to the top
    assert not model.flags(model.index(model.rowCount() - 1, 0)) & Qt.ItemFlag.ItemIsDragEnabled
    assert shown and "står alltid" in shown[0]
    assert _agenda_ids(demo_db, row.id) == ids


def test_take_off_the_agenda_and_put_back_a_standard_item(qtbot, page, demo_db, answers):
    row = _planned(demo_db)
    _show(page, row.id, row.starts_at)
    with demo_db.session() as s:
        agenda = queries.meeting_agenda(s, row.id)
    case = next(a for a in agenda if a.standard is None)
    page.agenda_panel.select_item(case.id)
    page.agenda.setFocus()
    qtbot.keyClick(page.agenda, Qt.Key.Key_Delete)
    assert any(case.title in text for text in answers["asked"])
    with demo_db.session() as s:
        assert s.get(AgendaItem, case.id).meeting_id is None
    assert page.backlog_model.row_of_id(case.id) >= 0  # waiting again, in the panel below

    other = next(a for a in agenda if a.standard == StandardItem.OTHER_BUSINESS)
    page.agenda_panel.select_item(other.id)
    assert page.agenda_panel.remove_case()
    assert page.agenda_panel.standard_actions[StandardItem.OTHER_BUSINESS].isEnabled()
    page.agenda_panel.standard_actions[StandardItem.OTHER_BUSINESS].trigger()
    with demo_db.session() as s:
        last = queries.meeting_agenda(s, row.id)[-1]
    assert last.standard == StandardItem.OTHER_BUSINESS


def test_the_case_editor_opens_from_the_agenda(qtbot, page, demo_db):
    row = _planned(demo_db)
    _show(page, row.id, row.starts_at)
    page.agenda.setFocus()
    qtbot.keyClick(page.agenda, Qt.Key.Key_Insert)
    dialog = page.findChild(CaseDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.reject()
    case = next(r for r in page.agenda_model.rows() if r.standard is None)
    page.agenda_panel.select_item(case.id)
    dialog = page.agenda_panel.edit_case()
    assert isinstance(dialog, CaseDialog)
    dialog.reject()


def test_an_approved_meetings_agenda_cannot_be_rebuilt(qtbot, page, demo_db):
    with demo_db.session() as s:
        row = next(r for r in queries.list_meetings(s) if r.status == MeetingStatus.MINUTES_APPROVED)
    _show(page, row.id, row.starts_at)
    panel = page.agenda_panel
    assert not panel.new_action.isEnabled()
    assert not panel.model.movable
    panel.table.selectRow(2)
    assert panel.edit_action.isEnabled()  # opens read-only
    assert not (panel.up_action.isEnabled() or panel.down_action.isEnabled() or panel.remove_action.isEnabled())
    assert not page.cancel_meeting_action.isEnabled()
    assert AgendaModel.COL_NUMBER == 0


def test_start_meeting_opens_meeting_mode_on_the_selected_meeting(qtbot, page, demo_db, window):
    from hfdesk.ui.main_window import PAGE_LIVE

    with demo_db.session() as s:
        row = next(r for r in queries.list_meetings(s) if r.status == MeetingStatus.NOTICE_SENT)
    planned = _planned(demo_db)
    _show(page, planned.id, planned.starts_at)
    assert not page.start_action.isEnabled()  # the notice must go out first
    _show(page, row.id, row.starts_at)
    assert page.start_action.isEnabled()
    assert page.start_meeting()
    assert window.pages.currentIndex() == PAGE_LIVE
    assert window.live_page.meeting_id() == row.id


def test_the_archive_reference_is_typed_in_the_meeting_form_and_kept(qtbot, page, demo_db, tmp_path):
    """Issue 17, point 5: "Vår ref." is kept on the meeting, typed in its form."""
    row = _planned(demo_db)
    _show(page, row.id, row.starts_at)
    dialog = page.edit_meeting()
    assert dialog.archive_reference.text() == ""
    qtbot.keyClicks(dialog.archive_reference, "2026/4711")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    with demo_db.session() as s:
        assert s.get(Meeting, row.id).archive_reference == "2026/4711"
    dialog = page.edit_meeting()
    assert dialog.archive_reference.text() == "2026/4711"
    dialog.grab().save(str(tmp_path / "meeting-form.png"))
    dialog.reject()
