"""Meeting mode's speakers list (talarliste) and the clock.

The list of the item being treated, as a tab beside the attendance: Ctrl+L puts someone present
on it (a quick picker: type part of the name, Enter), Ctrl+Shift+L a reply (replikk) to the one
speaking, Ctrl+J gives the floor to the next (the speaker's replies first). The clock under the
item's title shows the time used on the item against its slot and the meeting's running time
against its planned end; it ticks from what was read (no database work per second).
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QModelIndex, QSortFilterProxyModel, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListView,
    QVBoxLayout,
    QWidget,
)

from .... import dates
from ....services import item_clock, speakers
from ....services.item_clock import ClockView
from ....services.meeting_view import Attendee
from ....services.speakers import RoomView, SpeakerLine
from ...models import IdRole
from ...models.base import OVERDUE_COLOUR
from ...models.speakers import SpeakersModel
from ...ops import Change
from ...widgets import DataTableView, muted_label
from ..actions import open_dialog
from .core import LivePanelBase, _act, _buttons, _heading

translate = QCoreApplication.translate  # lupdate reads translate("LiveMeetingPage", …)

#: The clock under the item's title is brought up to date this often (from what was read).
CLOCK_TICK_MS = 1000


class SpeakerPickerDialog(QDialog):
    """Choose someone present at the item: type part of the name, Enter puts them on the list."""

    def __init__(self, people: Sequence[Attendee], title: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.chosen: int | None = None
        self.model = QStandardItemModel(self)
        for person in people:
            row = QStandardItem(person.name)
            row.setData(person.person_id, IdRole)
            row.setEditable(False)
            self.model.appendRow(row)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.search = QLineEdit(self)
        self.search.setAccessibleName(self.tr("Find a person"))
        self.search.setPlaceholderText(self.tr("Type part of the name"))
        self.search.textChanged.connect(self._filter)
        self.search.installEventFilter(self)
        label = QLabel(self.tr("&Find:"), self)
        label.setBuddy(self.search)
        self.list = QListView(self)
        self.list.setModel(self.proxy)
        self.list.setAccessibleName(self.tr("Present at the item"))
        self.list.setEditTriggers(QListView.EditTrigger.NoEditTriggers)
        self.list.activated.connect(lambda _i: self.accept())
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.search)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.buttons)
        self._select_first()
        self.search.setFocus()
        self.resize(360, 420)

    def _filter(self, text: str) -> None:
        self.proxy.setFilterFixedString(text.strip())
        self._select_first()

    def _select_first(self) -> None:
        if self.proxy.rowCount():
            self.list.setCurrentIndex(self.proxy.index(0, 0))

    def eventFilter(self, watched: object, event: object) -> bool:
        """Up and Down in the search field move in the list; the field keeps the focus."""
        if watched is self.search and isinstance(event, QKeyEvent) and event.type() == QKeyEvent.Type.KeyPress:
            if event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown):
                row = self.list.currentIndex().row()
                step = -1 if event.key() in (Qt.Key.Key_Up, Qt.Key.Key_PageUp) else 1
                row = max(0, min(self.proxy.rowCount() - 1, row + step))
                if self.proxy.rowCount():
                    self.list.setCurrentIndex(self.proxy.index(row, 0))
                return True
        return super().eventFilter(watched, event)  # type: ignore[arg-type]

    def accept(self) -> None:
        index: QModelIndex = self.list.currentIndex()
        if not index.isValid():
            return  # nobody matches: stay and let the secretary type on
        self.chosen = int(index.data(IdRole))
        super().accept()


class SpeakersPanel(LivePanelBase):
    """`speakers`/`speakers_model` (the item's list), `clock_label`, and the commands."""

    _room: RoomView | None

    def _build_speakers(self) -> QWidget:
        self._room = None
        self.speakers_model = SpeakersModel(self)
        self.speakers = DataTableView(
            self,
            empty_text=translate("LiveMeetingPage", "Nobody has asked for the floor: Ctrl+L puts someone on the list."),
            sortable=False,
        )
        self.speakers.setModel(self.speakers_model)
        self.speakers.setAccessibleName(translate("LiveMeetingPage", "Speakers list"))
        self.speakers.horizontalHeader().setSectionsMovable(False)
        self.speakers.setWordWrap(True)
        self.speakers.selectionModel().currentRowChanged.connect(lambda *_a: self._update_speaker_actions())

        page, entries = (self,), (self.speakers,)
        self.add_speaker_action = _act(
            self,
            translate("LiveMeetingPage", "Add Speaker…"),
            self.add_speaker,
            ["Ctrl+L"],
            tip=translate("LiveMeetingPage", "Put someone present on the speakers list"),
            widgets=page,
        )
        self.add_reply_action = _act(
            self,
            translate("LiveMeetingPage", "Reply…"),
            self.add_reply,
            ["Ctrl+Shift+L"],
            tip=translate(
                "LiveMeetingPage", "A reply (replikk) to the one speaking, or to the speaker selected in the list"
            ),
            widgets=page,
        )
        self.next_speaker_action = _act(
            self,
            translate("LiveMeetingPage", "Next Speaker"),
            self.next_speaker,
            ["Ctrl+J"],
            tip=translate("LiveMeetingPage", "The one speaking is done; the next on the list has the floor"),
            widgets=page,
        )
        self.remove_speaker_action = _act(
            self,
            translate("LiveMeetingPage", "Remove"),
            self.remove_speaker,
            ["Del"],
            tip=translate("LiveMeetingPage", "Take the selected line off the speakers list"),
            widgets=entries,
        )
        self.speaker_up_action = _act(
            self,
            translate("LiveMeetingPage", "Up"),
            lambda: self.move_speaker(-1),
            ["Ctrl+Up"],
            tip=translate("LiveMeetingPage", "Move the selected speaker up the list"),
            widgets=entries,
        )
        self.speaker_down_action = _act(
            self,
            translate("LiveMeetingPage", "Down"),
            lambda: self.move_speaker(1),
            ["Ctrl+Down"],
            tip=translate("LiveMeetingPage", "Move the selected speaker down the list"),
            widgets=entries,
        )

        box = QWidget(self)
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(_heading(translate("LiveMeetingPage", "Speakers list"), box))
        self.speakers_summary = muted_label("", box)
        self.speakers_summary.setWordWrap(True)
        layout.addWidget(self.speakers_summary)
        layout.addWidget(self.speakers, 1)
        layout.addLayout(_buttons(box, [self.add_speaker_action, self.add_reply_action, self.next_speaker_action]))
        layout.addLayout(
            _buttons(box, [self.speaker_up_action, self.speaker_down_action, self.remove_speaker_action])
        )
        return box

    def _build_clock(self) -> QLabel:
        self.clock_label = QLabel(self)
        self.clock_label.setAccessibleName(translate("LiveMeetingPage", "Time"))
        self.clock_label.setWordWrap(True)
        self.clock_timer = QTimer(self)
        self.clock_timer.setInterval(CLOCK_TICK_MS)
        self.clock_timer.timeout.connect(self.tick_clock)
        return self.clock_label

    # --- showing ---------------------------------------------------------------------------------------
    def _read_room(self) -> RoomView | None:
        """The item's speakers list and the clock: one small read beside the meeting's."""
        if self._meeting_id is None:
            return None
        mid, item_id = self._meeting_id, self.current_item_id()
        return self._ops.read(
            lambda s: speakers.room_view(s, mid, item_id, at=datetime.now()), parent=self, default=None
        )

    def _show_room(self, room: RoomView | None) -> None:
        self._room = room
        lines = list(room.speakers) if room is not None else []
        self._set_rows(self.speakers, self.speakers_model, lines)
        self.speakers.fit_columns(stretch=SpeakersModel.COL_NAME, max_width=150, min_stretch=120)
        self.speakers.resizeRowsToContents()
        speaking = next((line for line in lines if line.speaking), None)
        waiting = sum(1 for line in lines if line.waiting)
        if speaking is not None:
            summary = translate("LiveMeetingPage", "{name} has the floor; {waiting} waiting.").format(
                name=speaking.name, waiting=waiting
            )
        elif lines:
            summary = translate("LiveMeetingPage", "{waiting} waiting. Ctrl+J gives the floor to the next.").format(
                waiting=waiting
            )
        else:
            summary = ""
        self.speakers_summary.setText(summary)
        self.speakers_summary.setVisible(bool(summary))
        self.tick_clock()
        running = room is not None and room.clock is not None and (room.clock.running or room.clock.meeting_began_at)
        if running and not self.clock_timer.isActive():
            self.clock_timer.start()
        elif not running:
            self.clock_timer.stop()
        self._update_speaker_actions()
        self.room_changed()

    def room_changed(self) -> None:
        """The speakers list or the clock was read again (the second screen follows)."""

    def clock_now(self) -> ClockView | None:
        """The clock as it stands now, from the last read."""
        room = self._room
        if room is None or room.clock is None:
            return None
        return room.clock.at_time(datetime.now())

    def clock_texts(self, clock: ClockView | None) -> tuple[str, str, bool]:
        """(the item's time, the meeting's time, the item is over its slot)."""
        if clock is None or clock.item_id is None:
            return "", "", False
        item = translate("LiveMeetingPage", "This item: {used} of {planned} min").format(
            used=item_clock.minutes_and_seconds(clock.used_seconds), planned=clock.planned_minutes
        )
        if clock.meeting_began_at is None:
            meeting = translate("LiveMeetingPage", "The meeting is planned to end at {end}").format(
                end=dates.clock(clock.meeting_ends_at)
            )
        elif clock.seconds_to_end >= 0:
            meeting = translate("LiveMeetingPage", "Meeting: {running}, {left} min to the planned end at {end}").format(
                running=item_clock.minutes_and_seconds(clock.meeting_seconds),
                left=clock.seconds_to_end // 60,
                end=dates.clock(clock.meeting_ends_at),
            )
        else:
            meeting = translate("LiveMeetingPage", "Meeting: {running}, {over} min past the planned end at {end}").format(
                running=item_clock.minutes_and_seconds(clock.meeting_seconds),
                over=(-clock.seconds_to_end) // 60,
                end=dates.clock(clock.meeting_ends_at),
            )
        return item, meeting, clock.over

    def tick_clock(self) -> None:
        item, meeting, over = self.clock_texts(self.clock_now())
        text = " · ".join(t for t in (item, meeting) if t)
        if over:
            self.clock_label.setText(f'<span style="color:{OVERDUE_COLOUR.name()}">{text}</span>')
        else:
            self.clock_label.setText(text)
        self.clock_label.setVisible(bool(text))
        self.clock_ticked()

    def clock_ticked(self) -> None:
        """The clock moved on (the second screen follows)."""

    def _enable_speakers(self, on: bool) -> None:
        self.add_speaker_action.setEnabled(on)
        self._update_speaker_actions()

    def _update_speaker_actions(self) -> None:
        on = self._editable_item()
        lines = self.speakers_model.rows()
        selected = self.selected_speaker()
        self.add_reply_action.setEnabled(on and (selected is not None or any(not line.waiting for line in lines)))
        self.next_speaker_action.setEnabled(on and any(line.waiting or line.speaking for line in lines))
        for action in (self.remove_speaker_action, self.speaker_up_action, self.speaker_down_action):
            action.setEnabled(on and selected is not None)

    def selected_speaker(self) -> SpeakerLine | None:
        index = self.speakers.currentIndex()
        return self.speakers_model.row_at(index.row()) if index.isValid() else None

    # --- the commands -----------------------------------------------------------------------------------
    def show_speakers(self) -> None:
        """Bring the speakers list forward (its tab beside the attendance)."""

    def _may_speak(self) -> list[Attendee]:
        return [a for a in (self._view.attendees if self._view else ()) if a.rights.present and a.rights.may_speak]

    def _pick(self, title: str, on_chosen: object) -> SpeakerPickerDialog | None:
        if not self._editable_item():
            return None
        self.flush_all()
        dialog = SpeakerPickerDialog(self._may_speak(), title, self)
        dialog.accepted.connect(lambda: dialog.chosen is not None and on_chosen(dialog.chosen))  # type: ignore[operator]
        open_dialog(dialog)
        return dialog

    def add_speaker(self) -> SpeakerPickerDialog | None:
        return self._pick(translate("LiveMeetingPage", "Add Speaker"), self.put_on_list)

    def add_reply(self) -> SpeakerPickerDialog | None:
        return self._pick(translate("LiveMeetingPage", "Reply"), self.put_reply)

    def put_on_list(self, person_id: int) -> bool:
        item_id = self.current_item_id()
        if item_id is None:
            return False
        ok = self._room_write(lambda s: speakers.add_speaker(s, item_id, person_id, at=datetime.now()))
        if ok:
            self.show_speakers()
        return ok

    def put_reply(self, person_id: int) -> bool:
        item_id = self.current_item_id()
        if item_id is None:
            return False
        selected = self.selected_speaker()
        speaking = any(line.speaking for line in self.speakers_model.rows())
        to = selected.id if selected is not None and not speaking else None
        ok = self._room_write(lambda s: speakers.add_reply(s, item_id, person_id, to=to, at=datetime.now()))
        if ok:
            self.show_speakers()
        return ok

    def next_speaker(self) -> bool:
        item_id = self.current_item_id()
        if item_id is None or not self._editable_item():
            return False
        return self._room_write(lambda s: speakers.next_speaker(s, item_id, at=datetime.now()))

    def remove_speaker(self) -> bool:
        line = self.selected_speaker()
        if line is None:
            return False
        return self._room_write(lambda s: speakers.remove_speaker(s, line.id))

    def move_speaker(self, offset: int) -> bool:
        line = self.selected_speaker()
        if line is None:
            return False
        ok = self._room_write(lambda s: speakers.move_speaker(s, line.id, offset))
        if ok:
            row = self.speakers_model.row_of_id(line.id)
            if row >= 0:
                self.speakers.setCurrentIndex(self.speakers_model.index(row, SpeakersModel.COL_NAME))
        return ok

    def _room_write(self, fn: object) -> bool:
        """A change of the speakers list: saved, then only the list and the clock read again
        (nothing else on the screen changed)."""
        ok = self._ops.write(fn, changed=Change.MEETING_TEXT, parent=self) is not None  # type: ignore[arg-type]
        if ok:
            self._saved(True)
            self._show_room(self._read_room())
        return ok
