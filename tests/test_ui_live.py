"""Meeting mode, driven from the keyboard offscreen on a copy of the demo database."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
import time_machine
import sqlalchemy as sa
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from hfdesk.models import (
    AgendaItem,
    AttendanceStatus,
    Capacity,
    ConclusionKind,
    Disqualification,
    DisqualificationGround,
    FollowUp,
    Meeting,
    MeetingStatus,
    Person,
    Proposal,
    VoteChoice,
)
from hfdesk.services import live, queries
from hfdesk.services.meeting_view import live_view
from hfdesk.ui.main_window import PAGE_FOLLOW_UPS, PAGE_LIVE, PAGE_REGISTER, MainWindow
from hfdesk.ui.models import (
    AttendanceModel,
    DisqualificationsModel,
    ItemFollowUpsModel,
    LiveAgendaModel,
    ProposalsModel,
    ProtocolEntriesModel,
    VotesModel,
)
from hfdesk.ui.ops import Change
from hfdesk.ui.pages.live import (
    AUTOSAVE_DELAY_MS,
    DeputyDialog,
    DisqualificationDialog,
    FollowUpDialog,
    OtherBusinessDialog,
    ProposalDialog,
    ProtocolEntryDialog,
)

pytestmark = pytest.mark.gui

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def meeting_id(demo_db) -> int:
    """The SSU's next meeting (notice sent): every member has a personal deputy."""
    with demo_db.session() as s:
        rows = [r for r in queries.list_meetings(s) if r.status == MeetingStatus.NOTICE_SENT and r.body_short_name == "SSU"]
    return rows[0].id


@pytest.fixture
def page(qtbot, window, meeting_id):
    window.open_meeting_mode(meeting_id)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    live_page = window.live_page
    assert live_page.meeting_id() == meeting_id
    return live_page


def key(qtbot, widget, k, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    """A key press in `widget`, its window active (as it is again when a form closes)."""
    top = widget.window()
    if QApplication.activeWindow() is not top:
        top.activateWindow()
        QApplication.processEvents()
    qtbot.keyClick(widget, k, modifier)


def open_dialog(page, cls):
    """The form a shortcut opened, active as a window manager would make it."""
    dialogs = [d for d in page.findChildren(cls) if d.isVisible()]
    assert dialogs, f"no {cls.__name__} open"
    dialog = dialogs[-1]
    dialog.activateWindow()
    QApplication.processEvents()
    return dialog


def person_id(demo_db, full_name: str) -> int:
    with demo_db.session() as s:
        return next(p.id for p in s.scalars(sa.select(Person)) if p.full_name == full_name)


def item_ids(page) -> list[int]:
    return [row.id for row in page.agenda_model.rows()]


# --- the whole meeting ---------------------------------------------------------------------------


def test_a_whole_meeting_through_the_meeting_screen(qtbot, window, page, demo_db, meeting_id):
    attendees = page.attendance_model.rows()
    members = [a for a in attendees if a.capacity == Capacity.MEMBER]
    observer = next(a for a in attendees if a.capacity == Capacity.OBSERVER)
    with_forfall, late, disqualified = members[0], members[4], members[8]

    # Attendance, one key per person from the top of the list: Ctrl+P present, Ctrl+Shift+F forfall.
    page.attendance.setFocus()
    page.attendance.setCurrentIndex(page.attendance_model.index(0, 0))
    for attendee in attendees:
        if attendee is with_forfall:
            key(qtbot, page.attendance, Qt.Key.Key_F, CTRL_SHIFT)
        else:
            key(qtbot, page.attendance, Qt.Key.Key_P, CTRL)
    # The member with forfall: Ctrl+Shift+D, and the personal deputy (offered first) steps in.
    assert page.select_person(with_forfall.person_id)
    key(qtbot, page.attendance, Qt.Key.Key_D, CTRL_SHIFT)
    deputy_dialog = open_dialog(page, DeputyDialog)
    deputy_name = deputy_dialog.deputy.currentText().split(" (")[0]
    key(qtbot, deputy_dialog, Qt.Key.Key_Return)
    assert not deputy_dialog.isVisible()
    deputy_row = next(a for a in page.attendance_model.rows() if a.name == deputy_name)
    assert deputy_row.deputy_for_name == with_forfall.name and deputy_row.rights.may_vote

    # To the budget (the third item): Ctrl+PgDown twice. A member arrives here: Ctrl+Shift+K.
    items = item_ids(page)
    key(qtbot, page.attendance, Qt.Key.Key_PageDown, CTRL)
    key(qtbot, page.attendance, Qt.Key.Key_PageDown, CTRL)
    assert page.current_item_id() == items[2]
    assert page.select_person(late.person_id)
    key(qtbot, page.attendance, Qt.Key.Key_K, CTRL_SHIFT)
    late_row = next(a for a in page.attendance_model.rows() if a.person_id == late.person_id)
    assert late_row.from_item_id == items[2]

    # Notes, typed.
    page.notes.setFocus()
    qtbot.keyClicks(page.notes, "Sekretariatsleiaren la fram budsjettet.")

    # A disqualification: select the member, Ctrl+I, the ground, Return.
    assert page.select_person(disqualified.person_id)
    key(qtbot, page.attendance, Qt.Key.Key_I, CTRL)
    dq_dialog = open_dialog(page, DisqualificationDialog)
    assert dq_dialog.person.value() == disqualified.person_id
    dq_dialog.ground.set_value(DisqualificationGround.FVL6_SECOND)
    qtbot.keyClicks(dq_dialog.ground_text, "Styremedlem i selskapet som leverer tenesta")
    key(qtbot, dq_dialog.ground_text, Qt.Key.Key_Return)
    assert not dq_dialog.isVisible()
    assert "Inhabil" in page.last_warning or disqualified.name in page.last_warning
    assert page.disqualified_model.rowCount() == 1

    # The observer's proposal, amending the proposed decision: Ctrl+N, Ctrl+Return.
    key(qtbot, page.notes, Qt.Key.Key_N, CTRL)
    proposal_dialog = open_dialog(page, ProposalDialog)
    assert observer.person_id in proposal_dialog.by.values()
    assert disqualified.person_id not in proposal_dialog.by.values()  # out of this item
    qtbot.keyClicks(proposal_dialog.text, "Tillegg: budsjettet blir evaluert etter eitt år.")
    proposal_dialog.by.set_value(observer.person_id)
    proposal_dialog.amends.set_value(page.proposals_model.row_at(0).id)
    key(qtbot, proposal_dialog.text, Qt.Key.Key_Return, CTRL)
    assert not proposal_dialog.isVisible()
    assert page.proposals_model.rowCount() == 2

    # Consensus with a protocol entry: Alt+2 opens the entry at once.
    key(qtbot, page.notes, Qt.Key.Key_2, ALT)
    entry_dialog = open_dialog(page, ProtocolEntryDialog)
    qtbot.keyClicks(entry_dialog.text, "Kommunane ønskjer ei ny vurdering i 2027.")
    entry_dialog.check_person(members[1].person_id)
    qtbot.keyClicks(entry_dialog.behind, "kommunane")
    key(qtbot, entry_dialog.text, Qt.Key.Key_Return, CTRL)
    assert not entry_dialog.isVisible()
    assert page.kind_actions[ConclusionKind.CONSENSUS_WITH_PROTOCOL].isChecked()
    assert page.protocol_model.rowCount() == 1

    # A follow-up: Ctrl+U, what, the party, a due date, Return.
    key(qtbot, page.notes, Qt.Key.Key_U, CTRL)
    follow_dialog = open_dialog(page, FollowUpDialog)
    qtbot.keyClicks(follow_dialog.what, "Send budsjettet til partane")
    qtbot.keyClicks(follow_dialog.party, "SSE")
    due = date.today() + timedelta(days=30)
    follow_dialog.due.set_value(due)
    key(qtbot, follow_dialog.what, Qt.Key.Key_Return)
    assert not follow_dialog.isVisible()
    assert page.follow_ups_model.rowCount() == 1

    # The next item goes to a vote: Alt+3 starts it with no votes and no result; All For, then
    # 2 (against) and 3 (abstains) on the first two voters.
    key(qtbot, page.notes, Qt.Key.Key_PageDown, CTRL)
    assert page.current_item_id() == items[3]
    key(qtbot, page.notes, Qt.Key.Key_3, ALT)
    assert page.votes.hasFocus()
    assert "For 0 · against 0 · abstaining 0" in page.tally.text() or "For 0 · mot 0" in page.tally.text()
    assert "Adopted" not in page.tally.text() and "Vedt" not in page.tally.text()
    with demo_db.session() as s:
        started = s.get(AgendaItem, items[3]).conclusion
        assert started.votes == [] and started.adopted is None
    page.all_for_action.trigger()
    page.votes.setCurrentIndex(page.votes_model.index(0, VotesModel.COL_CHOICE))
    voters = page.votes_model.rows()
    against, abstains = voters[0], voters[1]
    key(qtbot, page.votes, Qt.Key.Key_2)
    key(qtbot, page.votes, Qt.Key.Key_3)
    assert "mot 1" in page.tally.text() or "against 1" in page.tally.text()
    assert against.name in page.tally.text()

    # Everything is in the database.
    with demo_db.session() as s:
        meeting = s.get(Meeting, meeting_id)
        by_person = {a.person_id: a for a in meeting.attendances}
        assert by_person[with_forfall.person_id].status == AttendanceStatus.REPORTED_ABSENT
        deputy = next(a for a in meeting.attendances if a.person.full_name == deputy_name)
        assert deputy.capacity == Capacity.DEPUTY and deputy.deputy_for.person_id == with_forfall.person_id
        assert by_person[late.person_id].from_item_id == items[2]
        assert by_person[observer.person_id].status == AttendanceStatus.PRESENT
        budget = s.get(AgendaItem, items[2])
        assert budget.notes == "Sekretariatsleiaren la fram budsjettet."
        dq = s.scalars(sa.select(Disqualification).where(Disqualification.item_id == budget.id)).one()
        assert (dq.person_id, dq.ground, dq.decided_by_body) == (
            disqualified.person_id, DisqualificationGround.FVL6_SECOND, True)
        assert dq.ground_text == "Styremedlem i selskapet som leverer tenesta"
        proposal = s.scalars(sa.select(Proposal).where(Proposal.item_id == budget.id, ~Proposal.from_agenda)).one()
        assert proposal.put_forward_by_id == observer.person_id and proposal.amends.from_agenda
        conclusion = budget.conclusion
        assert conclusion.kind == ConclusionKind.CONSENSUS_WITH_PROTOCOL and not conclusion.without_quorum
        # consensus after an amendment: the agreed text, the proposal as amended
        assert conclusion.decision_text == (f"{budget.proposed_decision}\n"
                                            "Tillegg: budsjettet blir evaluert etter eitt år.")
        [entry] = conclusion.protocol_entries
        assert entry.text == "Kommunane ønskjer ei ny vurdering i 2027."
        assert entry.behind_text == "kommunane" and [x.person_id for x in entry.supporters] == [members[1].person_id]
        follow_up = s.scalars(sa.select(FollowUp).where(FollowUp.item_id == budget.id)).one()
        assert (follow_up.what, follow_up.responsible_text, follow_up.due_on) == ("Send budsjettet til partane", "SSE", due)
        vote = s.get(AgendaItem, items[3]).conclusion
        assert vote.kind == ConclusionKind.VOTE and vote.adopted is True
        tally = live.vote_tally(vote)
        choices = {v.person_id: v.choice for v in vote.votes}
        assert choices[against.person_id] == VoteChoice.AGAINST and choices[abstains.person_id] == VoteChoice.ABSTAIN
        assert tally[VoteChoice.AGAINST] == 1 and tally[VoteChoice.ABSTAIN] == 1
        assert tally[VoteChoice.FOR] == len(voters) - 2
        assert observer.person_id not in choices and deputy.person_id in choices
        assert disqualified.person_id in choices  # out of the budget only, not of this item
        assert meeting.current_item_id == items[3]

    # The follow-up is on the Follow-ups page, open, across meetings and bodies.
    follow_page = window.follow_ups_page
    follow_page.set_filter("open")
    assert "Send budsjettet til partane" in [r.what for r in follow_page.model.rows()]


def attendance_in_db(demo_db, meeting_id):
    with demo_db.session() as s:
        return sorted((a.person_id, a.status, a.from_item_id, a.until_item_id, a.capacity)
                      for a in s.get(Meeting, meeting_id).attendances)


def test_typing_a_name_in_the_attendance_list_finds_it_and_changes_nothing(qtbot, page, demo_db, meeting_id):
    """Type-ahead: typing the start of a name selects that person; no letter runs a command
    (issue 19: typing "Si" to find Sissel once marked her as arriving)."""
    rows = page.attendance_model.rows()
    target = next((a for a in rows[1:] if a.name.startswith("Si")), None)
    if target is None:  # the demo's names are drawn: take the first name with a prefix of its own
        target = next(a for a in rows[1:]
                      if sum(r.name[:2].lower() == a.name[:2].lower() for r in rows) == 1)
    before = attendance_in_db(demo_db, meeting_id)
    page.attendance.setFocus()
    page.attendance.setCurrentIndex(page.attendance_model.index(0, AttendanceModel.COL_NAME))
    qtbot.keyClicks(page.attendance, target.name[:2])
    assert page.selected_attendee().person_id == target.person_id
    # Every letter that used to be a command (P, F, A, I, O, W, D), typed on its own: nothing changes.
    for letter in "pfaiowd":
        qtbot.wait(QApplication.keyboardInputInterval() + 10)  # a new search each time
        qtbot.keyClicks(page.attendance, letter)
    assert [d for d in page.findChildren(DeputyDialog) if d.isVisible()] == []
    assert attendance_in_db(demo_db, meeting_id) == before
    # With the modifier, the command runs on the person found.
    assert page.select_person(target.person_id)
    key(qtbot, page.attendance, Qt.Key.Key_A, CTRL_SHIFT)
    with demo_db.session() as s:
        found = next(a for a in s.get(Meeting, meeting_id).attendances if a.person_id == target.person_id)
        assert found.status == AttendanceStatus.ABSENT


def answer_fill_question(page, role) -> QTimer:
    """Answer the question a quick-fill over a written decision asks, by the button's role,
    once it shows; the timer stops when it has answered."""
    timer = QTimer(page)
    timer.setInterval(20)

    def answer() -> None:
        box = page.fill_question
        if box is not None and box.isVisible():
            timer.stop()
            next(b for b in box.buttons() if box.buttonRole(b) == role).click()

    timer.timeout.connect(answer)
    timer.start()
    return timer


def decision_in_db(demo_db, item_id):
    with demo_db.session() as s:
        c = s.get(AgendaItem, item_id).conclusion
        return (c.kind, c.decision_text) if c is not None else None


def test_quick_fill_replaces_an_empty_decision_and_asks_before_touching_written_text(qtbot, page, demo_db):
    """Issue 19: the standard sentence never glues onto text already there
    ("…orientering.Saka vart teken til orientering.")."""
    item_id = page.current_item_id()
    with demo_db.session() as s:
        item = s.get(AgendaItem, item_id)
        noted, deferred = (live.default_decision(item, k) for k in (ConclusionKind.NOTED, ConclusionKind.DEFERRED))
    # An empty field: the sentence fills it, nothing is asked.
    key(qtbot, page.notes, Qt.Key.Key_6, ALT)
    assert decision_in_db(demo_db, item_id) == (ConclusionKind.NOTED, noted)
    assert page.decision.toPlainText() == noted
    # Written text: asked; "Add on a new line" keeps it and adds the sentence on a line of its own.
    page.decision.setFocus()
    page.decision.selectAll()
    qtbot.keyClicks(page.decision, "Leiaren orienterte om saka.")
    asked = answer_fill_question(page, QMessageBox.ButtonRole.ActionRole)
    key(qtbot, page.decision, Qt.Key.Key_5, ALT)
    assert not asked.isActive()
    assert decision_in_db(demo_db, item_id) == (ConclusionKind.DEFERRED, f"Leiaren orienterte om saka.\n{deferred}")
    # Cancel: nothing changes.
    page.notes.setFocus()
    QApplication.processEvents()
    asked = answer_fill_question(page, QMessageBox.ButtonRole.RejectRole)
    key(qtbot, page.notes, Qt.Key.Key_6, ALT)
    assert not asked.isActive()
    assert decision_in_db(demo_db, item_id) == (ConclusionKind.DEFERRED, f"Leiaren orienterte om saka.\n{deferred}")
    assert page.kind_actions[ConclusionKind.DEFERRED].isChecked()
    # Replace: the sentence alone.
    asked = answer_fill_question(page, QMessageBox.ButtonRole.AcceptRole)
    key(qtbot, page.notes, Qt.Key.Key_6, ALT)
    assert not asked.isActive()
    assert decision_in_db(demo_db, item_id) == (ConclusionKind.NOTED, noted)
    assert page.decision.toPlainText() == noted
    assert page.fill_question is None
    # The same sentence again: nothing to ask, nothing glued.
    key(qtbot, page.notes, Qt.Key.Key_6, ALT)
    assert decision_in_db(demo_db, item_id) == (ConclusionKind.NOTED, noted)


# --- quorum, flags, locks --------------------------------------------------------------------------


def test_concluding_without_quorum_warns_and_marks_the_item(qtbot, page, demo_db):
    page.attendance.setFocus()
    page.attendance.setCurrentIndex(page.attendance_model.index(0, 0))
    key(qtbot, page.attendance, Qt.Key.Key_P, CTRL)  # only the leader
    assert "6" in page.quorum_label.text()  # 1 present, 6 required of 11
    key(qtbot, page.attendance, Qt.Key.Key_1, ALT)
    item_id = page.current_item_id()
    assert page.warning.isVisible()
    assert "quorum" in page.last_warning.lower() or "vedtaksført" in page.last_warning.lower()
    state = page.agenda_model.index(page.agenda_model.row_of_id(item_id), LiveAgendaModel.COL_STATE).data()
    assert state.startswith(LiveAgendaModel.WARNING)
    with demo_db.session() as s:
        assert s.get(AgendaItem, item_id).conclusion.without_quorum is True


def test_a_decision_on_a_case_raised_under_eventuelt_is_flagged(qtbot, page, demo_db):
    for _ in range(page.attendance_model.rowCount()):
        key(qtbot, page.attendance, Qt.Key.Key_P, CTRL)
    key(qtbot, page.attendance, Qt.Key.Key_E, CTRL)
    dialog = open_dialog(page, OtherBusinessDialog)
    qtbot.keyClicks(dialog.case_title, "Uttale om legevakt")
    qtbot.keyClicks(dialog.proposed, "SSU støttar uttalen.")
    key(qtbot, dialog.proposed, Qt.Key.Key_Return, CTRL)
    assert not dialog.isVisible()
    new_id = item_ids(page)[-1]
    assert page.current_item_id() == new_id
    key(qtbot, page.attendance, Qt.Key.Key_1, ALT)
    assert page.view().item.flagged
    assert page.agenda_model.row_at(page.agenda_model.rowCount() - 1).flagged
    with demo_db.session() as s:
        item = s.get(AgendaItem, new_id)
        assert item.not_on_agenda and live.is_flagged_other_business_decision(item)
        assert item.conclusion.decision_text == "SSU støttar uttalen."


def test_approved_minutes_open_read_only(qtbot, window, demo_db):
    with demo_db.session() as s:
        approved = next(r for r in queries.list_meetings(s) if r.status == MeetingStatus.MINUTES_APPROVED)
    window.open_meeting_mode(approved.id)
    page = window.live_page
    assert page.locked.isVisible()
    assert page.notes.isReadOnly() and page.decision.isReadOnly()
    assert not page.kind_actions[ConclusionKind.CONSENSUS].isEnabled()
    assert not page.present_action.isEnabled() and not page.proposal_action.isEnabled()
    assert page.conclude_as(ConclusionKind.NOTED) is False


def test_alt_numbers_conclude_in_meeting_mode_and_ctrl_numbers_switch_pages_everywhere(qtbot, window, page):
    """Issue 19, point 4: Ctrl+1 … switch pages on every page, meeting mode too; the conclusions
    have Alt+1 … Alt+6 (and Alt+0 undoes one)."""
    key(qtbot, page.notes, Qt.Key.Key_6, ALT)
    assert window.current_page() is page
    assert page.kind_actions[ConclusionKind.NOTED].isChecked()
    key(qtbot, page.notes, Qt.Key.Key_0, ALT)
    assert not any(a.isChecked() for a in page.kind_actions.values())
    key(qtbot, page.notes, Qt.Key.Key_1, ALT)
    assert window.current_page() is page
    assert page.kind_actions[ConclusionKind.CONSENSUS].isChecked()
    key(qtbot, page.notes, Qt.Key.Key_1, CTRL)
    assert window.current_page() is window.pages.widget(PAGE_REGISTER)
    key(qtbot, window, Qt.Key.Key_4, CTRL)
    assert window.current_page() is page


def test_the_shortcuts_are_in_the_tool_tips(page):
    from PySide6.QtWidgets import QToolButton

    tips = {b.toolTip() for b in page.findChildren(QToolButton)}
    for expected in ("Ctrl+PgDown", "Alt+1", "Alt+3", "Ctrl+N", "Ctrl+T", "Ctrl+U", "Ctrl+I", "Ctrl+G", "Ctrl+E"):
        assert any(expected in tip for tip in tips), expected
    for keys in ("(Ctrl+P)", "(Ctrl+Shift+F)", "(Ctrl+Shift+A)", "(Ctrl+Shift+K)", "(Ctrl+Shift+G)",
                 "(Ctrl+Shift+W)", "(Ctrl+Shift+D)"):
        assert any(tip.endswith(keys) for tip in tips), keys


# --- nothing typed is lost ---------------------------------------------------------------------------


def notes_in_db(demo_db, item_id) -> str:
    with demo_db.session() as s:
        return s.get(AgendaItem, item_id).notes


def test_typing_is_saved_after_a_pause_without_a_save_button(qtbot, page, demo_db):
    item_id = page.current_item_id()
    page.notes.setFocus()
    qtbot.keyClicks(page.notes, "Første setning.")
    assert notes_in_db(demo_db, item_id) == ""  # not on every keystroke
    qtbot.waitUntil(lambda: notes_in_db(demo_db, item_id) == "Første setning.", timeout=AUTOSAVE_DELAY_MS + 1500)
    assert not page.notes.is_dirty()


def test_a_refresh_never_touches_the_field_being_typed_in(qtbot, window, page, demo_db):
    page.notes.setFocus()
    qtbot.keyClicks(page.notes, "Leiaren opna møtet og")
    cursor = page.notes.textCursor()
    cursor.setPosition(7)
    page.notes.setTextCursor(cursor)
    # Someone else's change makes the whole screen refresh while the user types.
    page.attendance.setCurrentIndex(page.attendance_model.index(0, 0))
    page.mark(AttendanceStatus.PRESENT)
    window.ops.data_changed.emit(Change.MEETINGS)
    assert page.notes.toPlainText() == "Leiaren opna møtet og"
    assert page.notes.textCursor().position() == 7
    qtbot.keyClicks(page.notes, "X")
    assert page.notes.toPlainText() == "LeiarenX opna møtet og"


def test_changing_item_saves_at_once(qtbot, page, demo_db):
    first = page.current_item_id()
    page.notes.setFocus()
    qtbot.keyClicks(page.notes, "Godkjent utan merknader")
    key(qtbot, page.notes, Qt.Key.Key_PageDown, CTRL)
    assert page.current_item_id() != first
    assert notes_in_db(demo_db, first) == "Godkjent utan merknader"  # no waiting
    assert page.notes.toPlainText() == ""
    key(qtbot, page.notes, Qt.Key.Key_PageUp, CTRL)
    assert page.notes.toPlainText() == "Godkjent utan merknader"


def test_the_decision_is_saved_as_typed(qtbot, page, demo_db):
    item_id = page.current_item_id()
    assert page.decision.isReadOnly()  # nothing to write before the item is concluded
    key(qtbot, page.notes, Qt.Key.Key_1, ALT)
    page.decision.setFocus()
    page.decision.selectAll()
    qtbot.keyClicks(page.decision, "Innkalling og sakliste godkjent.")
    page.notes.setFocus()  # focus out saves at once
    with demo_db.session() as s:
        assert s.get(AgendaItem, item_id).conclusion.decision_text == "Innkalling og sakliste godkjent."


def test_closing_the_window_saves_what_was_typed(qtbot, window, page, demo_db):
    item_id = page.current_item_id()
    page.notes.setFocus()
    qtbot.keyClicks(page.notes, "Siste ord")
    window.close()
    assert notes_in_db(demo_db, item_id) == "Siste ord"


def test_reopening_shows_the_meeting_where_it_was(qtbot, page, demo_db, meeting_id, nb):
    key(qtbot, page.notes, Qt.Key.Key_PageDown, CTRL)
    key(qtbot, page.notes, Qt.Key.Key_PageDown, CTRL)
    where = page.current_item_id()
    again = MainWindow(demo_db)
    qtbot.addWidget(again)
    again.show()
    again.show_page(PAGE_LIVE)  # meeting mode from the sidebar: the meeting in progress
    assert again.live_page.meeting_id() == meeting_id
    assert again.live_page.current_item_id() == where
    assert again.live_page.agenda.currentIndex().data(Qt.ItemDataRole.DisplayRole) is not None


def test_clicking_an_item_in_the_agenda_makes_it_current(qtbot, page):
    target = item_ids(page)[4]
    index = page.agenda_model.index(4, LiveAgendaModel.COL_TITLE)
    qtbot.mouseClick(page.agenda.viewport(), Qt.MouseButton.LeftButton, pos=page.agenda.visualRect(index).center())
    qtbot.waitUntil(lambda: page.current_item_id() == target)
    assert page.agenda_model.current() == target


def test_mark_as_held_asks_and_changes_the_status(qtbot, page, demo_db, monkeypatch, meeting_id):
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.Yes)
    with demo_db.session() as s:
        ends_at = s.get(Meeting, meeting_id).ends_at
    with time_machine.travel(ends_at, tick=False):  # a meeting is held once it has started
        assert page.mark_held()
    assert asked and "6" in asked[0]  # the six items without a conclusion are mentioned
    with demo_db.session() as s:
        assert s.get(Meeting, meeting_id).status == MeetingStatus.HELD


# --- the models ------------------------------------------------------------------------------------------


def _rich_view(demo_db):
    """A held meeting with every kind of row: a vote, protocol entries, a disqualification, follow-ups."""
    with demo_db.session() as s:
        from hfdesk.models import Conclusion
        from hfdesk.models import ConclusionKind as K

        vote = s.scalars(sa.select(Conclusion).where(Conclusion.kind == K.VOTE)).first()
        protocol = s.scalars(sa.select(Conclusion).where(Conclusion.kind == K.CONSENSUS_WITH_PROTOCOL)).first()
        dq = s.scalars(sa.select(Disqualification)).first()
        views = [live_view(s, c.item.meeting_id, c.item_id) for c in (vote, protocol, dq)]
        follow = s.scalars(sa.select(FollowUp)).first()
        views.append(live_view(s, follow.item.meeting_id, follow.item_id))
    return views


@pytest.mark.parametrize(
    "model_class,rows",
    [
        (LiveAgendaModel, lambda views: views[0].items),
        (AttendanceModel, lambda views: views[0].attendees),
        (ProposalsModel, lambda views: views[0].item.proposals),
        (VotesModel, lambda views: views[0].item.voters),
        (ProtocolEntriesModel, lambda views: views[1].item.conclusion.protocol_entries),
        (DisqualificationsModel, lambda views: views[2].item.disqualifications),
        (ItemFollowUpsModel, lambda views: views[3].item.follow_ups),
    ],
)
def test_live_models_pass_modeltester(qtmodeltester, demo_db, nb, model_class, rows):
    views = _rich_view(demo_db)
    model = model_class()
    qtmodeltester.check(model)
    data = list(rows(views))
    assert data
    model.set_rows(data)
    qtmodeltester.check(model)
    for row in range(model.rowCount()):
        for column in range(model.columnCount()):
            assert isinstance(model.index(row, column).data(), str)


def test_models_show_votes_rights_and_state(demo_db, nb):
    from hfdesk.ui.models.live import choice_label

    views = _rich_view(demo_db)
    votes = VotesModel()
    votes.set_rows(list(views[0].item.voters))
    shown = {votes.index(r, VotesModel.COL_CHOICE).data() for r in range(votes.rowCount())}
    assert choice_label(VoteChoice.AGAINST) in shown and shown <= {choice_label(c) for c in VoteChoice}
    attendance = AttendanceModel()
    attendance.set_rows(list(views[2].attendees))
    dq = views[2].item.disqualifications[0]
    row = next(r for r in range(attendance.rowCount()) if attendance.row_at(r).person_id == dq.person_id)
    assert attendance.index(row, AttendanceModel.COL_RIGHTS).data() == attendance.tr("Disqualified")
    agenda = LiveAgendaModel()
    agenda.set_rows(list(views[0].items))
    agenda.set_current(views[0].item.id)
    row = agenda.row_of_id(views[0].item.id)
    adopted = views[0].item.conclusion.adopted
    assert agenda.index(row, LiveAgendaModel.COL_STATE).data() == (
        agenda.tr("Adopted (vote)") if adopted else agenda.tr("Rejected (vote)"))
    open_items = [r for r in agenda.rows() if r.conclusion is None]
    for item in open_items:  # an item still open shows its quorum now: voting present/required
        shown = agenda.index(agenda.row_of_id(item.id), LiveAgendaModel.COL_STATE).data()
        assert shown == f"{item.quorum.present}/{item.quorum.required}" or shown == str(item.quorum.present)
    assert agenda.index(row, 0).data(Qt.ItemDataRole.FontRole).bold()


def test_a_follow_up_marked_done_by_mistake_can_be_reopened(qtbot, window, demo_db):
    from hfdesk.models import FollowUpStatus

    window.show_page(PAGE_FOLLOW_UPS)  # a page is acted on where it is shown
    page = window.follow_ups_page
    page.set_filter("done")
    assert page.table.model().rowCount() > 0
    page.table.selectRow(0)
    row = page.selected_row()
    assert page.reopen_button.isEnabled() and not page.done_button.isEnabled()
    qtbot.mouseClick(page.reopen_button, Qt.MouseButton.LeftButton)
    with demo_db.session() as s:
        follow_up = s.get(FollowUp, row.id)
        assert follow_up.status == FollowUpStatus.OPEN and follow_up.done_on is None
    page.set_filter("open")
    assert row.id in [r.id for r in page.model.rows() if r.status == FollowUpStatus.OPEN]


def test_switching_meetings_opens_each_where_it_was_left(qtbot, window, page, demo_db, meeting_id):
    key(qtbot, page.notes, Qt.Key.Key_PageDown, CTRL)
    key(qtbot, page.notes, Qt.Key.Key_PageDown, CTRL)
    where = page.current_item_id()
    with demo_db.session() as s:
        other = next(r for r in queries.list_meetings(s) if r.status == MeetingStatus.NOTICE_SENT and r.id != meeting_id)
    window.open_meeting_mode(other.id)
    assert page.meeting_id() == other.id
    assert page.current_item_id() in item_ids(page)
    window.open_meeting_mode(meeting_id)
    assert page.current_item_id() == where


def test_delete_takes_back_a_proposal_and_a_known_error_is_shown_in_norwegian(qtbot, page, demo_db, monkeypatch):
    from hfdesk.ui import ops as ops_module

    shown: list[str] = []
    monkeypatch.setattr(ops_module, "show_error", lambda _parent, message, *a: shown.append(message))
    for _ in range(page.attendance_model.rowCount()):
        key(qtbot, page.attendance, Qt.Key.Key_P, CTRL)
    key(qtbot, page.notes, Qt.Key.Key_PageDown, CTRL)
    key(qtbot, page.notes, Qt.Key.Key_PageDown, CTRL)  # the budget: a proposed decision
    dialog = page.add_proposal()
    dialog.activateWindow()
    qtbot.keyClicks(dialog.text, "Eit framlegg som blir trekt")
    qtbot.keyClicks(dialog.by_text, "kommunane")
    assert dialog.save()
    assert page.proposals_model.rowCount() == 2
    page.proposals.setFocus()
    page.proposals.setCurrentIndex(page.proposals_model.index(1, 0))
    key(qtbot, page.proposals, Qt.Key.Key_Delete)
    assert page.proposals_model.rowCount() == 1
    page.proposals.setCurrentIndex(page.proposals_model.index(0, 0))
    key(qtbot, page.proposals, Qt.Key.Key_Delete)  # the agenda's own stays
    assert shown == ["Forslaget til vedtak fra sakslisten kan ikke fjernes."]
    assert page.proposals_model.rowCount() == 1
    with demo_db.session() as s:
        assert len(s.get(AgendaItem, page.current_item_id()).proposals) == 1


def test_ctrl_p_marks_the_selected_person_present_while_typing_notes(qtbot, page, demo_db, meeting_id):
    person = page.attendance_model.row_at(2)
    page.select_person(person.person_id)
    page.notes.setFocus()
    qtbot.keyClicks(page.notes, "Referent noterer")
    key(qtbot, page.notes, Qt.Key.Key_P, CTRL)
    assert page.notes.toPlainText() == "Referent noterer" and page.notes.hasFocus()
    with demo_db.session() as s:
        attendance = next(a for a in s.get(Meeting, meeting_id).attendances if a.person_id == person.person_id)
        assert attendance.status == AttendanceStatus.PRESENT
        assert s.get(AgendaItem, page.current_item_id()).notes == "Referent noterer"  # saved first
