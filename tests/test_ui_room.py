"""In the room (issue 23), driven from the keyboard offscreen: the second screen follows the
decision as it is typed and never takes the keyboard, an exempt item stays hidden until the room
is closed, the speakers list works from keys, and the clock runs with the time."""

from __future__ import annotations

from datetime import timedelta
from zoneinfo import ZoneInfo

import pytest
import sqlalchemy as sa
import time_machine
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from hfdesk.models import AgendaItem, AttendanceStatus, ItemTiming, Meeting, MeetingStatus
from hfdesk.services import live, queries
from hfdesk.ui.pages.live.second_screen import SCREEN_DELAY_MS, SecondScreen
from hfdesk.ui.pages.live.speakers_panel import SpeakerPickerDialog

pytestmark = pytest.mark.gui

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier


@pytest.fixture
def meeting_id(demo_db) -> int:
    """The SSU's next meeting (notice sent), everyone on the list present."""
    with demo_db.session() as s:
        rows = [r for r in queries.list_meetings(s) if r.status == MeetingStatus.NOTICE_SENT and r.body_short_name == "SSU"]
    mid = rows[0].id
    with demo_db.transaction() as s:
        meeting = live.start_meeting_mode(s, mid)
        for attendance in meeting.attendances:
            live.set_presence(s, attendance.id, status=AttendanceStatus.PRESENT)
    return mid


def _open(qtbot, window, meeting_id):
    window.open_meeting_mode(meeting_id)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window.live_page


@pytest.fixture
def page(qtbot, window, meeting_id):
    return _open(qtbot, window, meeting_id)


def key(qtbot, widget, k, modifier=Qt.KeyboardModifier.NoModifier) -> None:
    top = widget.window()
    if QApplication.activeWindow() is not top:
        top.activateWindow()
        QApplication.processEvents()
    qtbot.keyClick(widget, k, modifier)


def picker(page) -> SpeakerPickerDialog:
    dialogs = [d for d in page.findChildren(SpeakerPickerDialog) if d.isVisible()]
    assert dialogs, "no speaker picker open"
    dialogs[-1].activateWindow()
    QApplication.processEvents()
    return dialogs[-1]


class Statements:
    """Counts the SQL statements sent while it is attached."""

    def __init__(self, engine) -> None:
        self.count = 0
        self.engine = engine
        sa.event.listen(engine, "before_cursor_execute", self._on)

    def _on(self, *_args) -> None:
        self.count += 1

    def close(self) -> None:
        sa.event.remove(self.engine, "before_cursor_execute", self._on)


def test_the_second_screen_shows_the_decision_as_typed_and_never_takes_the_keyboard(qtbot, window, page, demo_db):
    key(qtbot, page.notes, Qt.Key.Key_1, ALT)  # consensus: the decision may be written
    page.decision.setFocus()
    page.decision.selectAll()
    key(qtbot, page.decision, Qt.Key.Key_P, CTRL_SHIFT)  # Show on Second Screen
    screen = page.second_screen
    assert isinstance(screen, SecondScreen) and screen.isVisible()
    assert screen.windowFlags() & Qt.WindowType.WindowDoesNotAcceptFocus
    assert screen.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
    view = page.view()
    assert view is not None and view.item is not None
    assert screen.body_label.text() == view.body_name
    assert view.item.title in screen.item_label.text()
    QApplication.processEvents()
    # the keyboard stays in meeting mode: what is typed goes into the decision
    assert QApplication.focusWidget() is page.decision
    assert QApplication.activeWindow() is not screen
    page.decision._timer.setInterval(60_000)  # the text's own autosave apart: only the screen's cost counts
    counter = Statements(demo_db.engine)
    try:
        qtbot.keyClicks(QApplication.focusWidget(), "Innkallinga er godkjend.")
        qtbot.waitUntil(lambda: screen.text_label.text() == "Innkallinga er godkjend.", timeout=2000)
        assert counter.count == 0  # the screen costs the database nothing (the save comes later)
    finally:
        counter.close()
    page.decision.flush()
    assert page.decision.toPlainText() == "Innkallinga er godkjend."
    assert screen.heading_label.text() == "Vedtak"
    # the screen follows meeting mode to the next item
    key(qtbot, page.notes, Qt.Key.Key_PageDown, CTRL)
    qtbot.waitUntil(lambda: page.view().item.title in screen.item_label.text())
    assert screen.text_label.text() != "Innkallinga er godkjend."
    key(qtbot, page.notes, Qt.Key.Key_P, CTRL_SHIFT)  # closes it again
    assert not screen.isVisible()


def test_typing_fast_updates_the_screen_once_per_pause(qtbot, page):
    """Keystrokes within SCREEN_DELAY_MS reach the screen as one update."""
    key(qtbot, page.notes, Qt.Key.Key_1, ALT)
    page.decision.setFocus()
    screen = page.open_second_screen()
    updates = []
    original = screen.set_text
    screen.set_text = lambda heading, text: (updates.append(text), original(heading, text))[-1]  # type: ignore[method-assign]
    page.decision.selectAll()
    qtbot.keyClicks(page.decision, "Samrøystes")
    assert page.screen_timer.interval() == SCREEN_DELAY_MS
    qtbot.waitUntil(lambda: screen.text_label.text() == "Samrøystes", timeout=2000)
    assert 1 <= len(updates) <= 3  # not one per keystroke (10 of them)


def test_an_exempt_item_shows_only_its_number_until_the_room_is_closed(qtbot, window, demo_db, meeting_id, monkeypatch):
    with demo_db.transaction() as s:
        meeting = s.get(Meeting, meeting_id)
        items = sorted(meeting.items, key=lambda i: i.position)
        secret, other = items[2], items[3]
        secret.exempt, secret.exemption_basis = True, "offl. § 13 jf. fvl. § 13"
        secret_id, other_id, title = secret.id, other.id, secret.title
        number = secret.number_label
    answers: list[str] = []

    def question(*_args, **_kwargs):
        answers.append("asked")
        return QMessageBox.StandardButton.No if len(answers) == 1 else QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", staticmethod(question))
    page = _open(qtbot, window, meeting_id)
    screen = page.open_second_screen()
    page.go_to_item(secret_id)
    qtbot.waitUntil(lambda: answers == ["asked"])
    assert screen.item_label.text() == f"Sak {number}"
    assert screen.marker_label.isVisible() and screen.marker_label.text() == "Unntatt offentlighet"
    assert screen.text_label.text() == "" and title not in screen.item_label.text()
    # away and back: the answer is remembered for the item, not asked again
    page.go_to_item(other_id)
    qtbot.waitUntil(lambda: "Unntatt" not in screen.marker_label.text() or not screen.marker_label.isVisible())
    page.go_to_item(secret_id)
    QApplication.processEvents()
    assert answers == ["asked"] and screen.item_label.text() == f"Sak {number}"
    # the secretary says the room is closed: the item shows
    page.set_room_closed(secret_id, True)
    assert title in screen.item_label.text() and screen.marker_label.isVisible()


def test_the_speakers_list_from_the_keys_with_replies_before_the_next_speaker(qtbot, page):
    present = [a.name for a in page.view().attendees if a.rights.may_speak]
    first, second, third = present[0], present[1], present[2]

    def add(modifier, name):
        key(qtbot, page.notes, Qt.Key.Key_L, modifier)
        dialog = picker(page)
        qtbot.keyClicks(dialog.search, name)
        key(qtbot, dialog.search, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: not dialog.isVisible())

    add(CTRL, first)
    assert page.side.currentWidget() is page.speakers_tab
    add(CTRL, second)
    key(qtbot, page.notes, Qt.Key.Key_J, CTRL)  # the first has the floor
    add(CTRL_SHIFT, third)  # a reply to the one speaking
    rows = page.speakers_model.rows()
    assert [(r.name, r.reply) for r in rows] == [(first, False), (third, True), (second, False)]
    assert rows[0].speaking
    assert page.speakers_model.display(rows[1], page.speakers_model.COL_NAME).endswith(f"{third} (replikk)")
    key(qtbot, page.notes, Qt.Key.Key_J, CTRL)  # the reply comes before the next speaker
    rows = page.speakers_model.rows()
    assert rows[0].done and rows[1].speaking and rows[2].waiting
    assert f"{third} har ordet" in page.speakers_summary.text()
    screen = page.open_second_screen()
    assert third in screen.speakers_label.text() and second in screen.speakers_label.text()
    assert first not in screen.speakers_label.text()  # done: off the screen's list


def test_the_clock_runs_on_the_meetings_day(qtbot, window, demo_db, meeting_id):
    with demo_db.session() as s:
        meeting = s.get(Meeting, meeting_id)
        start, end = meeting.starts_at, meeting.ends_at
        first = min(meeting.items, key=lambda i: i.position)
        planned = first.duration_minutes
    oslo = ZoneInfo("Europe/Oslo")  # the meeting's times are wall-clock times in Norway
    with time_machine.travel((start + timedelta(minutes=5)).replace(tzinfo=oslo), tick=False) as traveller:
        page = _open(qtbot, window, meeting_id)
        assert f"Denne saken: 0:00 av {planned} min" in page.clock_label.text()
        traveller.shift(timedelta(minutes=3, seconds=20))
        page.tick_clock()
        assert f"Denne saken: 3:20 av {planned} min" in page.clock_label.text()
        assert f"slutt kl. {end:%H:%M}" in page.clock_label.text()
        screen = page.open_second_screen()
        assert "3:20" in screen.clock_label.text()
        traveller.shift(timedelta(minutes=1))
        page.tick_clock()
        assert "4:20" in screen.clock_label.text()
        # the next item: the first keeps its time, the next starts at 0
        key(qtbot, page.notes, Qt.Key.Key_PageDown, CTRL)
        qtbot.waitUntil(lambda: "Denne saken: 0:00" in page.clock_label.text())
    with demo_db.session() as s:
        timing = s.get(ItemTiming, first.id)
        assert timing.started_at == start + timedelta(minutes=5)
        assert timing.ended_at == start + timedelta(minutes=9, seconds=20)
        assert timing.seconds == 260
        assert s.get(AgendaItem, first.id).meeting_id == meeting_id


def test_no_key_or_mnemonic_is_used_twice_with_the_speakers_list_and_the_second_screen_shown(qtbot, window, page):
    from tests.test_ui_live_keys import mnemonics, repeated_keys

    page.show_speakers()
    page.open_second_screen()
    QApplication.processEvents()
    doubled = {letter: texts for letter, texts in mnemonics(window).items() if len(texts) > 1}
    assert not doubled
    assert not repeated_keys(window)


def test_the_speakers_model_passes_the_model_tester(qtmodeltester, nb):
    from datetime import datetime

    from hfdesk.services.speakers import SpeakerLine
    from hfdesk.ui.models.speakers import SpeakersModel

    at = datetime(2026, 3, 3, 10, 0)
    model = SpeakersModel()
    model.set_rows([
        SpeakerLine(1, 11, "Kari Nordmann", None, at, at, at + timedelta(minutes=2)),
        SpeakerLine(3, 13, "Åse Vik", 1, at, at + timedelta(minutes=2), None),
        SpeakerLine(2, 12, "Ola Ærlig", None, at, None, None),
    ])
    qtmodeltester.check(model)
    texts = [[model.display_text(r, c) for c in range(3)] for r in range(3)]
    assert texts[0] == ["1", "Kari Nordmann", "Talte 10:00–10:02"]
    assert texts[1][0] == "1.1" and texts[1][1].endswith("Åse Vik (replikk)") and texts[1][2] == "Har ordet fra 10:02"
    assert texts[2] == ["2", "Ola Ærlig", "Venter"]


def test_the_speakers_tab_stays_in_front_and_the_vote_gives_way_to_the_attendance(qtbot, page):
    page.show_speakers()
    page.next_item()
    assert page.side.currentWidget() is page.speakers_tab  # moving on keeps the list in front
    key(qtbot, page.notes, Qt.Key.Key_3, ALT)  # a vote: its tab comes forward
    assert page.side.currentWidget() is page.vote_tab
    key(qtbot, page.notes, Qt.Key.Key_0, ALT)  # not concluded after all: the attendance, not the list
    assert page.side.currentWidget() is page.attendance_tab


def test_opening_a_prepared_meeting_before_its_day_only_reads(qtbot, window, demo_db, meeting_id):
    """Meeting mode opened again on a meeting whose list and proposals are in place writes
    nothing (no write lock; on a shared database no turn among the writers); on the meeting's
    day the first opening starts the item's clock, and the next writes nothing again."""
    with demo_db.session() as s:
        start = s.get(Meeting, meeting_id).starts_at
    seen: list[str] = []

    def on_statement(_conn, _cursor, statement, *_args) -> None:
        seen.append(statement.split()[0].upper() + (" IMMEDIATE" if "IMMEDIATE" in statement else ""))

    oslo = ZoneInfo("Europe/Oslo")
    sa.event.listen(demo_db.engine, "before_cursor_execute", on_statement)
    try:
        with time_machine.travel((start - timedelta(days=1)).replace(tzinfo=oslo), tick=False):
            page = _open(qtbot, window, meeting_id)
            assert page.agenda_model.rowCount() > 0
            assert "SELECT" in seen and not {"BEGIN IMMEDIATE", "INSERT", "UPDATE", "DELETE"} & set(seen)
        seen.clear()
        with time_machine.travel((start + timedelta(minutes=1)).replace(tzinfo=oslo), tick=False):
            window.open_meeting_mode(meeting_id)
            assert {"BEGIN IMMEDIATE", "INSERT"} <= set(seen)  # the first item's clock starts
            seen.clear()
            window.open_meeting_mode(meeting_id)  # again: the clock runs already
            assert "SELECT" in seen and not {"BEGIN IMMEDIATE", "INSERT", "UPDATE", "DELETE"} & set(seen)
    finally:
        sa.event.remove(demo_db.engine, "before_cursor_execute", on_statement)
    with demo_db.session() as s:
        current = s.get(Meeting, meeting_id).current_item_id
        assert s.get(ItemTiming, current).started_at == start + timedelta(minutes=1)
