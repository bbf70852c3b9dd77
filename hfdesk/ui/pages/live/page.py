"""Meeting mode: the screen the secretary types into while the body meets.

Three columns: the agenda with each item's state and quorum on the left (agenda_panel), the
item being treated in the middle (item_panel: its proposals, the discussion notes, the
follow-ups; conclusion_panel: the conclusion and decision), scrolling on a low screen; on
the right the attendance list with everyone's rights at that item (attendance_panel) and,
while the item is decided by a vote, the vote (vote_panel) as a tab of its own. Every panel
is filled from one read of the meeting (`live_view`) per user action.

Nothing typed is lost: every change is saved as it is made. Text is saved AUTOSAVE_DELAY_MS
after the last keystroke, and at once when the field loses focus, the item changes, the
page is left and the window closes; there is no save button. A refresh after a save never
reloads the field being typed in. Everything is reachable from the keyboard; the shortcuts
are in every button's tool tip.
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QHideEvent, QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from .... import dates
from ....models import ConclusionKind, MeetingStatus
from ....services import item_clock, live, speakers
from ....services.meeting_view import (
    LiveView,
    default_meeting_id,
    live_view,
    meeting_choices,
)
from ....services.speakers import RoomView
from ... import labels
from ...dialogs.base import ValueCombo
from ...i18n import current_language
from ...ops import Change, Ops
from ...widgets import TabWidget, muted_label
from ..actions import action_button
from .agenda_panel import AgendaPanel
from .attendance_panel import AttendancePanel
from .conclusion_panel import ConclusionPanel
from .core import _act, _banner, settle_layout
from .item_panel import ItemPanel
from .second_screen import SecondScreenPanel
from .speakers_panel import SpeakersPanel
from .vote_panel import VotePanel

translate = QCoreApplication.translate  # lupdate reads translate("LiveMeetingPage", …)


class LiveMeetingPage(
    AgendaPanel, ItemPanel, ConclusionPanel, VotePanel, AttendancePanel, SpeakersPanel, SecondScreenPanel
):
    """Meeting mode (see the module docstring). Its first read opens the meeting where work is
    due (`default_meeting_id`), unless one was opened already (`open_meeting`)."""

    READ_WHEN_ASKED = False  # the first read starts meeting mode on a meeting: only when shown

    def __init__(self, ops: Ops, parent: QWidget | None = None) -> None:
        super().__init__(ops, Change.MEETINGS | Change.REGISTER | Change.FOLLOW_UPS, parent)
        self._meeting_id: int | None = None
        self._view: LiveView | None = None
        self._opened = False  # a meeting (or none) was opened on this database
        self._meeting_labels: dict[tuple[object, ...], str] = {}
        self._meetings_listed: list[tuple[int, str]] = []
        # What the chooser was read from: (the Database, the file's change stamp, the language).
        self._meetings_read_at: tuple[object, int | None, str] | None = None
        self._loading = False
        self._window_watched: QObject | None = None
        self._vote_shown_for: int | None = None  # the item whose vote was brought forward
        self.last_warning = ""  # the last quorum or flag warning shown (tests read it)
        self.fill_question: QMessageBox | None = None

        self._build_top()
        self._lay_out()
        self.focus_notes = QShortcut(
            QKeySequence("Ctrl+Shift+N"),
            self,
            self._focus_notes,
            context=Qt.ShortcutContext.WidgetWithChildrenShortcut,
        )

        ops.database_changed.connect(self._on_database_changed)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.flush_all)
        self._set_editable(False)

    @staticmethod
    def title() -> str:
        """The page's name (sidebar, View menu): known before the page is built."""
        return QCoreApplication.translate("LiveMeetingPage", "Meeting mode")

    # --- building -------------------------------------------------------------------------------
    def _build_top(self) -> None:
        self.meeting = ValueCombo(parent=self)
        self.meeting.setMinimumContentsLength(24)
        self.meeting.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.meeting.setAccessibleName(self.tr("Meeting"))
        self.meeting.activated.connect(lambda _i: self._on_meeting_chosen())
        self.meeting_label = QLabel(self.tr("&Meeting:"), self)
        self.meeting_label.setBuddy(self.meeting)
        self.meeting_meta = muted_label("", self)
        self.meeting_meta.setWordWrap(False)
        self.meeting_meta.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.save_state = muted_label("", self)
        self.save_state.setWordWrap(False)
        self.save_state.setAccessibleName(self.tr("Saving"))
        self.locked = _banner(self)
        self.held_action = _act(
            self,
            self.tr("Mark as Held…"),
            self.mark_held,
            tip=self.tr("The meeting is over: mark it as held"),
            widgets=(self,),
        )

    def _lay_out(self) -> None:
        top = QHBoxLayout()
        top.setSpacing(8)
        top.addWidget(self.meeting_label)
        top.addWidget(self.meeting)
        top.addWidget(self.meeting_meta, 1)
        top.addWidget(self.save_state)
        top.addWidget(action_button(self.held_action, self))

        left = self._build_agenda()

        # Middle: the item, its parts one below the other; on a low screen they scroll rather
        # than being squeezed into each other (each list keeps three rows in sight).
        middle = QWidget(self)
        middle_layout = QVBoxLayout(middle)
        middle_layout.setContentsMargins(8, 0, 8, 0)
        middle_layout.setSpacing(4)
        middle_layout.addWidget(self._build_item_head())
        room = QHBoxLayout()
        room.setContentsMargins(0, 0, 0, 0)
        room.addWidget(self._build_clock(), 1)
        middle_layout.addLayout(room)
        self.item_body = QWidget(middle)
        body = QVBoxLayout(self.item_body)
        body.setContentsMargins(0, 0, 4, 0)
        body.setSpacing(6)
        body.addWidget(self._build_proposals())
        body.addWidget(self._build_notes(), 1)
        body.addWidget(self._build_conclusion())
        body.addWidget(self._build_follow_ups())
        self.middle_scroll = QScrollArea(middle)
        self.middle_scroll.setObjectName("LiveItemScroll")
        self.middle_scroll.setWidget(self.item_body)
        self.middle_scroll.setWidgetResizable(True)
        self.middle_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.middle_scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        middle_layout.addWidget(self.middle_scroll, 1)
        # Never narrower than its buttons need: the side columns give way instead.
        middle.setMinimumWidth(
            self.item_body.minimumSizeHint().width()
            + self.middle_scroll.verticalScrollBar().sizeHint().width()
            + 20
        )

        # Right: attendance, and the vote while the item is decided by one.
        self.side = TabWidget(self)
        self.side.setDocumentMode(True)
        self.attendance_tab = self._build_attendance()
        self.side.addTab(self.attendance_tab, self.tr("Attendance"))
        self.vote_tab = self._build_vote()
        self.side.addTab(self.vote_tab, self.tr("Vote"))
        self.side.setTabVisible(1, False)
        self.speakers_tab = self._build_speakers()
        self.side.addTab(self.speakers_tab, self.tr("Speakers"))
        room.addWidget(self._build_second_screen())
        self.side.setMinimumWidth(
            max(
                self.attendance_tab.minimumSizeHint().width(),
                self.vote_tab.minimumSizeHint().width(),
                self.speakers_tab.minimumSizeHint().width(),
            )
        )

        self.split = QSplitter(Qt.Orientation.Horizontal, self)
        self.split.setChildrenCollapsible(False)
        self.split.addWidget(left)
        self.split.addWidget(middle)
        self.split.addWidget(self.side)
        self.split.setStretchFactor(0, 2)
        self.split.setStretchFactor(1, 5)
        self.split.setStretchFactor(2, 3)
        # At 1280×720 the agenda and the attendance list fit their width (the middle gives way,
        # down to its buttons; the attendance sets its role column aside): neither scrolls sideways.
        self.split.setSizes([320, 500, 440])

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addWidget(self.locked)
        layout.addWidget(self.split, 1)

    # --- opening a meeting --------------------------------------------------------------------------
    def meeting_id(self) -> int | None:
        return self._meeting_id

    def view(self) -> LiveView | None:
        return self._view

    def _fill_meetings(self) -> None:
        """The meeting chooser: every meeting, labelled once (a label is made again only when its
        date, body or status changed), and the list put in the box only when it changed, so
        opening a meeting or a write in meeting mode does not cost more as the history grows. On
        a file the meetings are read again only when something was committed to it since."""
        lang = current_language()
        database = self._ops.database
        stamp = database.change_stamp()
        read_at = (database, stamp, lang)  # a Database equals only itself
        if stamp is None or read_at != self._meetings_read_at:
            choices = self._ops.read(meeting_choices, parent=self, default=None)
            self._meetings_read_at = read_at if choices is not None else None
            items = []
            labels_now: dict[tuple[object, ...], str] = {}
            for c in choices or []:
                key = (c.id, c.starts_at, c.body_short_name, c.body_name, c.status, lang)
                label = self._meeting_labels.get(key)
                if label is None:
                    when = dates.weekday_date(c.starts_at, lang)
                    body = c.body_short_name or c.body_name
                    label = f"{when} {dates.clock(c.starts_at)} · {body} · {labels.meeting_status(c.status)}"
                labels_now[key] = label
                items.append((c.id, label))
            self._meeting_labels = labels_now
        else:
            items = self._meetings_listed
        self.meeting.blockSignals(True)
        if items != self._meetings_listed:
            self.meeting.set_items(items)
            self._meetings_listed = items
        if self._meeting_id is not None:
            self.meeting.set_value(self._meeting_id)
        self.meeting.blockSignals(False)

    def open_meeting(self, meeting_id: int | None) -> bool:
        """Show a meeting in meeting mode, where it was left (its current item). The attendance
        list and each item's proposed decision are put in place the first time."""
        self._open(meeting_id)
        self.refresh()
        return self._view is not None

    def _open(self, meeting_id: int | None) -> None:
        """Make `meeting_id` the meeting shown (read by `_read`)."""
        self.flush_all()
        self._opened = True
        if meeting_id is None:
            self._meeting_id = None
            self._fill_meetings()
            return
        previous, now = self._meeting_id, datetime.now()
        # Read first: opening a prepared meeting again has nothing to write (`live.opening`).
        found = self._ops.read(lambda s: live.opening(s, meeting_id, left_meeting_id=previous, at=now), parent=self)
        if found is not None and found.to_prepare:
            self._ops.write(
                lambda s: live.open_in_meeting_mode(s, meeting_id, left_meeting_id=previous, at=now),
                changed=None,
                parent=self,
            )
        if meeting_id != self._meeting_id:
            self.forget_room_answers()
            self.save_state.setText("")
            self.save_state.setStyleSheet("")
            self._view = None  # the new meeting opens at its own current item
        self._meeting_id = meeting_id
        self._fill_meetings()

    def _on_meeting_chosen(self) -> None:
        chosen = self.meeting.value()
        if chosen is not None and chosen != self._meeting_id:
            self.open_meeting(chosen)

    def reload(self) -> None:
        """LazyPage: the first read opens the meeting where work is due; every read reads the
        screen again."""
        if not self._opened:
            self._open(self._ops.read(default_meeting_id, parent=self))
        self._read()

    def _read(self, item_id: int | None = None) -> None:
        """Read the screen again (the selected item, or `item_id`); fields being typed in stay."""
        if self._meeting_id is None:
            self._show(None)
            return
        wanted = item_id if item_id is not None else self.current_item_id()
        mid = self._meeting_id
        at = datetime.now()

        def read(s: Session) -> tuple[LiveView | None, RoomView | None]:
            """The meeting and the selected item's speakers list and clock: one session."""
            view = live_view(s, mid, wanted)
            if view is None:
                return None, None
            return view, speakers.room_view(s, mid, view.item.id if view.item is not None else None, at=at)

        view, room = self._ops.read(read, parent=self) or (None, None)
        self._show(view, room)

    def showEvent(self, event: QShowEvent) -> None:
        window = self.window()
        if window is not None and window is not self._window_watched:
            window.installEventFilter(self)
            self._window_watched = window
        super().showEvent(event)  # LazyPage: read if never read, or stale

    def hideEvent(self, event: QHideEvent) -> None:
        self.flush_all()
        super().hideEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self._window_watched and event.type() == QEvent.Type.Close:
            self.flush_all()
        return super().eventFilter(watched, event)

    def notice(self, changes: Change) -> None:
        if self.loaded and changes & (Change.MEETINGS | Change.REGISTER):
            self._fill_meetings()  # a status or a date may have changed
        super().notice(changes)

    def _on_database_changed(self) -> None:
        self._meeting_id = None
        self._view = None
        self._opened = False
        self.loaded = False  # read as new when shown (at once if it is)
        self.notes.reset()
        self.decision.reset()
        self.forget_room_answers()
        if self.isVisible():
            self.open_meeting(self._ops.read(default_meeting_id, parent=self))

    # --- showing ---------------------------------------------------------------------------------------
    def _show(self, view: LiveView | None, room: RoomView | None = None) -> None:
        self._loading = True
        try:
            self._view = view
            self._show_meeting(view)
            detail = view.item if view is not None else None
            self._show_agenda(view)
            self._show_item_head(view)
            self._show_item_lists(detail)
            self._show_conclusion(detail)
            self._show_vote(detail)
            self._show_attendance(view)
            self._show_side(detail)
            self._show_room(room)
        finally:
            self._loading = False
        self._set_editable(view is not None and view.editable)
        self._update_second_screen()
        settle_layout(self)  # last: the screen laid out as it will be painted, once

    def _show_meeting(self, view: LiveView | None) -> None:
        if view is None:
            self.meeting_meta.setText(self.tr("No meeting chosen."))
            self.locked.setVisible(False)
            return
        lang = current_language()
        parts = [view.body_name, dates.meeting_when(view.starts_at, view.ends_at, lang)]
        if view.place:
            parts.append(view.place)
        parts.append(labels.meeting_status(view.status))
        self.meeting_meta.setText(" · ".join(parts))
        self.meeting_meta.setToolTip("\n".join(parts))
        if view.status == MeetingStatus.MINUTES_APPROVED:
            self._show_banner(
                self.locked,
                self.tr(
                    "The minutes of this meeting are approved and locked. Reopen the meeting on the Meetings page "
                    "to change them."
                ),
            )
        elif view.status == MeetingStatus.CANCELLED:
            self._show_banner(self.locked, self.tr("This meeting is cancelled."))
        else:
            self.locked.setVisible(False)

    def _show_side(self, detail: object) -> None:
        """The vote's tab is there while the item is decided by a vote, and comes forward once
        for each item (after that the secretary chooses the tab)."""
        c = getattr(detail, "conclusion", None)
        voting = c is not None and c.kind == ConclusionKind.VOTE
        on_vote = self.side.currentIndex() == 1
        self.side.setTabVisible(1, voting)
        item_id = getattr(detail, "id", None)
        if voting and self._vote_shown_for != item_id:
            self.side.setCurrentIndex(1)
            self._vote_shown_for = item_id
        elif not voting:
            if on_vote or self.side.currentIndex() == 1:  # the vote's tab went: back to the attendance
                self.side.setCurrentIndex(0)  # (the speakers list stays in front when it was)
            self._vote_shown_for = None

    def show_votes(self) -> None:
        self.side.setTabVisible(1, True)
        self.side.setCurrentIndex(1)
        self._vote_shown_for = self.current_item_id()
        self.votes.setFocus()

    def show_attendance(self) -> None:
        self.side.setCurrentIndex(0)
        self.attendance.setFocus()

    def _set_editable(self, editable: bool) -> None:
        on = editable and self._view is not None and self._view.item is not None
        self._enable_agenda(editable)
        self._enable_item(on)
        self._enable_conclusion(on)
        self._enable_vote(on)
        self._enable_attendance(editable, on)
        self._enable_speakers(on)
        self.held_action.setEnabled(
            editable and self._view is not None and self._view.status == MeetingStatus.NOTICE_SENT
        )

    def _focus_notes(self) -> None:
        self.notes.setFocus()

    # --- the meeting -----------------------------------------------------------------------------------------------
    def mark_held(self) -> bool:
        view = self._view
        if view is None or not view.editable:
            return False
        open_items = [i for i in view.items if i.conclusion is None]
        question = self.tr("Mark the meeting as held?")
        if open_items:
            question += "\n\n" + self.tr("%n item(s) have no conclusion yet.", "", len(open_items))
        answer = QMessageBox.question(
            self,
            self.tr("Mark as Held"),
            question,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return False
        mid = view.meeting_id

        def held(s: Session) -> None:
            item_clock.stop(s, mid, at=datetime.now())  # the clock stops with the meeting
            live.mark_held(s, mid)

        return self._write(held)

    # --- the room: the speakers list's tab and the second screen ---------------------------------------------
    def show_speakers(self) -> None:
        self.side.setCurrentWidget(self.speakers_tab)

    def room_changed(self) -> None:
        self._push_room()

    def clock_ticked(self) -> None:
        self._push_clock()
