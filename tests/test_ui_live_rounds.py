"""Meeting mode, issue 19 point 5: several rounds of a vote held from the keyboard and the mouse
(an amendment first, then the amended proposal), what became of each proposal, a proposal
withdrawn, and the withdrawn conclusion (Alt+7) only once the notice has gone."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from hfdesk.models import AgendaItem, AttendanceStatus, Capacity, ConclusionKind, MeetingStatus, ProposalFate, VoteChoice
from hfdesk.services import live, queries
from hfdesk.services import meetings as meetings_service
from hfdesk.ui.main_window import PAGE_LIVE, PAGE_MEETINGS
from hfdesk.ui.models import ProposalsModel, RoundsModel, VotesModel
from hfdesk.ui.pages.live.vote_panel import RoundDialog

pytestmark = pytest.mark.gui

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier


def _meeting(demo_db, status: MeetingStatus) -> int:
    with demo_db.session() as s:
        return next(r.id for r in queries.list_meetings(s) if r.status == status and r.body_short_name == "SSU")


@pytest.fixture
def budget(demo_db):
    """The SSU's next meeting with everyone present; its budget item (with a proposed decision)
    has an amendment and an alternative proposal."""
    mid = _meeting(demo_db, MeetingStatus.NOTICE_SENT)
    with demo_db.transaction() as s:
        meeting = live.start_meeting_mode(s, mid)
        for attendance in meeting.attendances:
            live.set_presence(s, attendance.id, status=AttendanceStatus.PRESENT)
        item = next(i for i in sorted(meeting.items, key=lambda i: i.position) if i.proposed_decision)
        main = live.ensure_agenda_proposal(s, item)
        member = next(a.person_id for a in meeting.attendances if a.capacity == Capacity.MEMBER)
        amendment = live.add_proposal(s, item, "Tillegg: rapport innan juni.", by=member, amends=main)
        alternative = live.add_proposal(s, item, "SSU ber om ny sak.", by=member)
        return {"meeting": mid, "item": item.id, "main": main.id, "amendment": amendment.id,
                "alternative": alternative.id}


def key(qtbot, widget, k, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    top = widget.window()
    if QApplication.activeWindow() is not top:
        top.activateWindow()
        QApplication.processEvents()
    qtbot.keyClick(widget, k, modifier)


def _open(qtbot, window, meeting_id, item_id):
    window.open_meeting_mode(meeting_id)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    page = window.live_page
    page.go_to_item(item_id)
    qtbot.waitUntil(lambda: page.current_item_id() == item_id)
    return page


def _round_dialog(qtbot, page) -> RoundDialog:
    qtbot.waitUntil(lambda: page.round_dialog is not None and page.round_dialog.isVisible())
    dialog = page.round_dialog
    dialog.activateWindow()
    QApplication.processEvents()
    return dialog


def _button(page, action):
    return next(b for b in page.findChildren(type(page.kind_buttons[ConclusionKind.VOTE]))
                if b.defaultAction() is action and b.isVisible())


def _rounds_in_db(demo_db, item_id):
    with demo_db.session() as s:
        c = s.get(AgendaItem, item_id).conclusion
        return [(r.position, r.proposal_id, r.adopted, sorted((v.person_id, v.choice) for v in r.votes))
                for r in c.vote_rounds], {p.id: p.fate for p in s.get(AgendaItem, item_id).proposals}


def test_two_rounds_an_amendment_then_the_amended_proposal(qtbot, window, demo_db, budget):
    page = _open(qtbot, window, budget["meeting"], budget["item"])
    key(qtbot, page, Qt.Key.Key_3, ALT)  # a vote
    assert page.side.currentWidget() is page.vote_tab

    # Round 1, by keyboard: Ctrl+Shift+R offers the amendment first; Enter puts it to the vote.
    key(qtbot, page.votes, Qt.Key.Key_R, CTRL_SHIFT)
    dialog = _round_dialog(qtbot, page)
    assert dialog.proposal.value() == budget["amendment"]
    key(qtbot, dialog, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert page.rounds_model.rowCount() == 1
    # All For with the mouse, then the first voter against (2) and the second abstains (3)
    qtbot.mouseClick(_button(page, page.all_for_action), Qt.MouseButton.LeftButton)
    page.votes.setFocus()
    page.votes.setCurrentIndex(page.votes_model.index(0, VotesModel.COL_CHOICE))
    key(qtbot, page.votes, Qt.Key.Key_2)
    key(qtbot, page.votes, Qt.Key.Key_3)
    voters = page.votes_model.rowCount()
    assert page.rounds_model.index(0, RoundsModel.COL_RESULT).data() == f"Vedtatt {voters - 2}–1"

    # Round 2: the main proposal is offered now; its votes start empty, round 1 keeps its own.
    key(qtbot, page.votes, Qt.Key.Key_R, CTRL_SHIFT)
    dialog = _round_dialog(qtbot, page)
    assert dialog.proposal.value() == budget["main"]
    assert budget["amendment"] not in [dialog.proposal.itemData(i) for i in range(dialog.proposal.count())]
    key(qtbot, dialog, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.rounds_model.rowCount() == 2)
    assert page.current_round_label.text().endswith("2")
    assert page.rounds_model.index(1, RoundsModel.COL_RESULT).data() == "Ikke stemt ennå"
    assert all(row.choice is None for row in page.votes_model.rows())
    assert page.voted_proposal.value() == budget["main"]
    qtbot.mouseClick(_button(page, page.all_for_action), Qt.MouseButton.LeftButton)
    page.votes.setFocus()
    page.votes.setCurrentIndex(page.votes_model.index(1, VotesModel.COL_CHOICE))
    key(qtbot, page.votes, Qt.Key.Key_Minus)
    assert page.rounds_model.index(1, RoundsModel.COL_RESULT).data() == f"Vedtatt {voters - 1}–1"
    assert "Vedtatt" in page.tally.text() and f"For {voters - 1}" in page.tally.text()

    # the screen: each proposal's fate; the alternative fell when the main proposal was adopted
    fates = {row.id: page.proposals_model.index(r, ProposalsModel.COL_FATE).data()
             for r, row in enumerate(page.proposals_model.rows())}
    assert fates == {budget["main"]: "Vedtatt", budget["amendment"]: "Vedtatt", budget["alternative"]: "Falt"}

    # the database: two rounds, round 1's votes as they were cast
    rounds, db_fates = _rounds_in_db(demo_db, budget["item"])
    assert [(r[0], r[1], r[2]) for r in rounds] == [(1, budget["amendment"], True), (2, budget["main"], True)]
    assert sorted(c for _p, c in rounds[0][3]).count(VoteChoice.ABSTAIN) == 1
    assert sorted(c for _p, c in rounds[1][3]).count(VoteChoice.ABSTAIN) == 0
    assert db_fates == {budget["main"]: ProposalFate.ADOPTED, budget["amendment"]: ProposalFate.ADOPTED,
                        budget["alternative"]: ProposalFate.FELL}

    # Remove Round asks first when the round has votes: No keeps it
    page.rounds.setFocus()
    asked = []
    original = QMessageBox.question
    QMessageBox.question = staticmethod(lambda *a, **k: asked.append(a) or QMessageBox.StandardButton.No)
    try:
        assert not page.remove_round()
    finally:
        QMessageBox.question = original
    assert asked and page.rounds_model.rowCount() == 2


def test_a_proposal_withdrawn_from_the_proposals_list(qtbot, window, demo_db, budget):
    page = _open(qtbot, window, budget["meeting"], budget["item"])
    row = page.proposals_model.row_of_id(budget["alternative"])
    page.proposals.setFocus()
    page.proposals.setCurrentIndex(page.proposals_model.index(row, ProposalsModel.COL_TEXT))
    assert page.withdraw_proposal_action.isEnabled()
    key(qtbot, page.proposals, Qt.Key.Key_T, CTRL_SHIFT)
    assert page.proposals_model.index(row, ProposalsModel.COL_FATE).data() == "Trukket"
    with demo_db.session() as s:
        assert s.get(AgendaItem, budget["item"]).proposals[-1].fate == ProposalFate.WITHDRAWN
    assert page.withdraw_proposal_action.text() == "Gjeninnsett"
    # the agenda's own proposal cannot be withdrawn this way
    page.proposals.setCurrentIndex(page.proposals_model.index(
        page.proposals_model.row_of_id(budget["main"]), ProposalsModel.COL_TEXT))
    assert not page.withdraw_proposal_action.isEnabled()


def test_withdrawn_only_once_the_notice_has_gone_and_a_deferral_waits_at_once(qtbot, window, demo_db, budget):
    planned = _meeting(demo_db, MeetingStatus.PLANNED)
    with demo_db.transaction() as s:
        meetings_service.add_item(s, meeting_id=planned, title="Ei sak før innkallinga")
    window.open_meeting_mode(planned)
    page = window.live_page
    QApplication.processEvents()
    assert page.view().item is not None and page.view().status == MeetingStatus.PLANNED
    assert not page.kind_buttons[ConclusionKind.WITHDRAWN].isVisible()
    assert not page.kind_actions[ConclusionKind.WITHDRAWN].isEnabled()
    key(qtbot, page, Qt.Key.Key_7, ALT)
    assert not page.conclude_as(ConclusionKind.WITHDRAWN)
    with demo_db.session() as s:
        assert s.get(AgendaItem, page.current_item_id()).conclusion is None

    page = _open(qtbot, window, budget["meeting"], budget["item"])
    button = page.kind_buttons[ConclusionKind.WITHDRAWN]
    assert button.isVisible() and button.text().endswith("Trukket")
    key(qtbot, page, Qt.Key.Key_7, ALT)
    with demo_db.session() as s:
        assert s.get(AgendaItem, budget["item"]).conclusion.kind == ConclusionKind.WITHDRAWN
    assert page.decision.toPlainText() in ("Saken ble trukket.", "Saka vart trekt.")

    # a deferred item waits in the body's backlog on the Meetings page at once
    items = [row.id for row in page.agenda_model.rows()]
    other = items[items.index(budget["item"]) + 1]  # a case of its own (a standard item never waits)
    page.go_to_item(other)
    qtbot.waitUntil(lambda: page.current_item_id() == other)
    title = page.view().item.title
    key(qtbot, page, Qt.Key.Key_5, ALT)
    with demo_db.session() as s:
        assert s.get(AgendaItem, other).conclusion.kind == ConclusionKind.DEFERRED
    window.show_page(PAGE_MEETINGS)
    meetings = window.meetings_page
    assert meetings.select_meeting(budget["meeting"])
    QApplication.processEvents()
    titles = [meetings.backlog_model.index(r, 0).data() for r in range(meetings.backlog_model.rowCount())]
    assert any(title in (t or "") for t in titles), titles
    window.show_page(PAGE_LIVE)
