"""The second screen: what the room reads on a projector or a shared screen while the body meets.

`SecondScreen` is a window on a chosen screen (full-screen on a screen other than meeting mode's;
a normal window when there is only one), in large type scaled to its height, dark on light. It
shows the body, the current item's number and title, and the proposal or the decision as the
secretary types it; optionally the speakers list and the time. It never takes the keyboard: it
does not accept focus and is shown without being activated, so typing goes on in meeting mode.

`SecondScreenPanel` is meeting mode's side of it: Ctrl+Shift+P opens and closes it, it follows
meeting mode's item, and the decision field's keystrokes reach it through a 150 ms single-shot
timer that coalesces them (the field's own text, never the database). An exempt item (unntatt
offentlighet) shows only its number and the marker until the secretary confirms the room is
closed: asked once per item and remembered for this meeting while meeting mode is open.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QFont, QFontMetrics, QGuiApplication, QResizeEvent, QScreen
from PySide6.QtWidgets import QLabel, QMenu, QMessageBox, QSizePolicy, QToolButton, QVBoxLayout, QWidget

from ....models import ProposalFate
from ....services.item_clock import ClockView
from ....services.meeting_view import ItemDetail
from ....services.speakers import SpeakerLine
from .core import LivePanelBase, _act

translate = QCoreApplication.translate  # lupdate reads translate("LiveMeetingPage", …)

#: Keystrokes reach the second screen at most this often (a single-shot timer coalesces them).
SCREEN_DELAY_MS = 150

_INK = "#111111"
_PAPER = "#ffffff"
_MUTED = "#3a3a3a"
_MARK = "#8a0000"


@dataclass(frozen=True)
class ScreenItem:
    """The item as the second screen shows it."""

    body: str
    number: str  # "Sak 4/26", "" when unnumbered
    title: str
    exempt: bool
    shown: bool  # an exempt item: the secretary confirmed the room is closed


class SecondScreen(QWidget):
    """The window the room reads (see the module docstring). Its labels are public so tests and
    screenshots read what the room sees."""

    closed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window | Qt.WindowType.WindowDoesNotAcceptFocus)
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating, True)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setObjectName("SecondScreen")
        self.setWindowTitle(translate("LiveMeetingPage", "Second screen"))
        self.setAccessibleName(translate("LiveMeetingPage", "Second screen"))
        self.setStyleSheet(f"#SecondScreen {{ background: {_PAPER}; }} QLabel {{ color: {_INK}; background: {_PAPER}; }}")
        self.setAutoFillBackground(True)
        self.show_speakers = True
        self.show_clock = True

        def label(name: str, wrap: bool = True) -> QLabel:
            made = QLabel(self)
            made.setObjectName(name)
            made.setWordWrap(wrap)
            made.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            made.setTextFormat(Qt.TextFormat.PlainText)
            made.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            return made

        self.body_label = label("ScreenBody")
        self.item_label = label("ScreenItem")
        self.marker_label = label("ScreenMarker")
        self.marker_label.setStyleSheet(f"color: {_MARK};")
        self.heading_label = label("ScreenHeading")
        self.heading_label.setStyleSheet(f"color: {_MUTED};")
        self.text_label = label("ScreenText")
        self.text_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.text_label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Expanding)
        self.speakers_label = label("ScreenSpeakers")
        self.speakers_label.setTextFormat(Qt.TextFormat.RichText)
        self.clock_label = label("ScreenClock")
        self.clock_label.setStyleSheet(f"color: {_MUTED};")

        layout = QVBoxLayout(self)
        self._layout = layout
        layout.addWidget(self.body_label)
        layout.addWidget(self.item_label)
        layout.addWidget(self.marker_label)
        layout.addSpacing(8)
        layout.addWidget(self.heading_label)
        layout.addWidget(self.text_label, 1)
        layout.addWidget(self.speakers_label)
        layout.addWidget(self.clock_label)
        self._item: ScreenItem | None = None
        self._scale()

    # --- what it shows ------------------------------------------------------------------------------
    def item(self) -> ScreenItem | None:
        return self._item

    def withholding(self) -> bool:
        """An exempt item the room may not see: only its number and the marker."""
        return self._item is not None and self._item.exempt and not self._item.shown

    def set_item(self, item: ScreenItem | None) -> None:
        self._item = item
        if item is None:
            self.body_label.setText("")
            self.item_label.setText("")
            self.marker_label.setVisible(False)
            self.set_text("", "")
            return
        self.body_label.setText(item.body)
        self.marker_label.setText(translate("LiveMeetingPage", "Exempt from public access"))
        self.marker_label.setVisible(item.exempt)
        if self.withholding():
            self.item_label.setText(item.number)
            self.set_text("", "")
            self.speakers_label.setVisible(False)
        else:
            self.item_label.setText(f"{item.number}  {item.title}".strip())

    def set_text(self, heading: str, text: str) -> None:
        """The proposal or the decision (nothing of an item the room may not see)."""
        if self.withholding():
            heading, text = "", ""
        self.heading_label.setText(heading)
        self.heading_label.setVisible(bool(heading))
        if self.text_label.text() != text:
            self.text_label.setText(text)

    def set_speakers(self, lines: Sequence[SpeakerLine]) -> None:
        shown = [line for line in lines if not line.done]
        if not self.show_speakers or self.withholding() or not shown:
            self.speakers_label.setVisible(False)
            self.speakers_label.setText("")
            return
        parts = []
        for line in shown:
            name = line.name.replace("&", "&amp;").replace("<", "&lt;")
            if line.reply:
                name = translate("LiveMeetingPage", "{name} (reply)").format(name=name)
            parts.append(f"<b>▶ {name}</b>" if line.speaking else name)
        self.speakers_label.setText(translate("LiveMeetingPage", "Speakers: {names}").format(names=" · ".join(parts)))
        self.speakers_label.setVisible(True)

    def set_clock(self, text: str, over: bool = False) -> None:
        """The time; in red once the item is over its slot."""
        self.clock_label.setText(text if self.show_clock else "")
        self.clock_label.setStyleSheet(f"color: {_MARK if over else _MUTED};")
        self.clock_label.setVisible(self.show_clock and bool(text))

    # --- where and how large ------------------------------------------------------------------------
    def show_on(self, screen: QScreen, *, full_screen: bool) -> None:
        """Put the window on `screen`: full-screen there, or a normal window on it."""
        if self.isVisible() and self.screen() is not screen:
            self.hide()
        self.setScreen(screen)
        area = screen.availableGeometry()
        if full_screen:
            self.setGeometry(screen.geometry())
            self.showFullScreen()
        else:
            width, height = min(1280, area.width() * 3 // 4), min(720, area.height() * 3 // 4)
            self.setGeometry(area.x() + (area.width() - width) // 2, area.y() + (area.height() - height) // 2, width, height)
            self.showNormal()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._scale()

    def _scale(self) -> None:
        """Type that grows with the window: the text is a 16th of its height, readable at the back."""
        height = max(self.height(), 240)
        unit = max(12, height // 16)
        margin = max(12, height // 24)
        self._layout.setContentsMargins(margin * 2, margin, margin * 2, margin)
        self._layout.setSpacing(max(4, unit // 4))
        # the system font times a factor: `unit` pixels is `scale` times the system font's line height
        base = QFont(self.font())
        scale = unit / max(1, QFontMetrics(base).height())
        for label, factor, bold in (
            (self.body_label, 0.55, False),
            (self.item_label, 0.95, True),
            (self.marker_label, 0.8, True),
            (self.heading_label, 0.6, True),
            (self.text_label, 0.85, False),
            (self.speakers_label, 0.6, False),
            (self.clock_label, 0.55, False),
        ):
            font = QFont(self.font())
            font.setPointSizeF(base.pointSizeF() * max(1.0, scale * factor))
            font.setBold(bold)
            label.setFont(font)

    def closeEvent(self, event: QCloseEvent) -> None:
        super().closeEvent(event)
        self.closed.emit()


class SecondScreenPanel(LivePanelBase):
    """Meeting mode's controls of the second screen: `second_screen_action` (Ctrl+Shift+P),
    `second_screen_button` with its menu (which screen, the speakers list, the time)."""

    second_screen: SecondScreen | None

    def _build_second_screen(self) -> QToolButton:
        self.second_screen = None
        self._room_closed: dict[int, bool] = {}  # item id → the room is closed (asked once per item)
        self._asking_for: int | None = None
        self._screen_name: str | None = None  # the screen chosen in the menu, else one beside ours
        self.screen_timer = QTimer(self)
        self.screen_timer.setSingleShot(True)
        self.screen_timer.setInterval(SCREEN_DELAY_MS)
        self.screen_timer.timeout.connect(self._push_text)
        self.second_screen_action = _act(
            self,
            translate("LiveMeetingPage", "Show on Second Screen"),
            self.toggle_second_screen,
            ["Ctrl+Shift+P"],
            tip=translate("LiveMeetingPage", "The item and its wording, live, on a projector or a shared screen"),
            widgets=(self,),
        )
        self.second_screen_action.setCheckable(True)
        self.screen_speakers_action = QAction(translate("LiveMeetingPage", "Show the Speakers List"), self)
        self.screen_speakers_action.setCheckable(True)
        self.screen_speakers_action.setChecked(True)
        self.screen_speakers_action.toggled.connect(lambda _on: self._update_second_screen(ask=False))
        self.screen_clock_action = QAction(translate("LiveMeetingPage", "Show the Time"), self)
        self.screen_clock_action.setCheckable(True)
        self.screen_clock_action.setChecked(True)
        self.screen_clock_action.toggled.connect(lambda _on: self._update_second_screen(ask=False))
        self.screen_menu = QMenu(self)
        self.screen_menu.aboutToShow.connect(self._fill_screen_menu)
        self.second_screen_button = QToolButton(self)
        self.second_screen_button.setDefaultAction(self.second_screen_action)
        self.second_screen_button.setMenu(self.screen_menu)
        self.second_screen_button.setPopupMode(QToolButton.ToolButtonPopupMode.MenuButtonPopup)
        self.second_screen_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        self.decision.textChanged.connect(self._on_text_typed)
        return self.second_screen_button

    def _fill_screen_menu(self) -> None:
        self.screen_menu.clear()
        group = QActionGroup(self.screen_menu)
        chosen = self.chosen_screen()
        for screen in QGuiApplication.screens():
            size = screen.geometry()
            action = self.screen_menu.addAction(f"{screen.name() or screen.model()} ({size.width()}×{size.height()})")
            action.setCheckable(True)
            action.setChecked(screen is chosen)
            action.setActionGroup(group)
            action.triggered.connect(lambda _c=False, name=screen.name(): self.choose_screen(name))
        self.screen_menu.addSeparator()
        self.screen_menu.addAction(self.screen_speakers_action)
        self.screen_menu.addAction(self.screen_clock_action)

    def chosen_screen(self) -> QScreen:
        """The screen chosen in the menu; else one other than meeting mode's; else meeting mode's."""
        screens = QGuiApplication.screens()
        for screen in screens:
            if self._screen_name is not None and screen.name() == self._screen_name:
                return screen
        ours = self.window().screen() if self.window() is not None else None
        others = [s for s in screens if s is not ours]
        return others[0] if others else (ours or QGuiApplication.primaryScreen())

    def choose_screen(self, name: str) -> None:
        self._screen_name = name
        if self.second_screen is not None and self.second_screen.isVisible():
            self._place_second_screen()

    def _place_second_screen(self) -> None:
        screen = self.chosen_screen()
        ours = self.window().screen() if self.window() is not None else None
        assert self.second_screen is not None
        self.second_screen.show_on(screen, full_screen=screen is not ours)

    # --- opening and closing --------------------------------------------------------------------------
    def toggle_second_screen(self) -> SecondScreen | None:
        if self.second_screen is not None and self.second_screen.isVisible():
            self.close_second_screen()
            return None
        return self.open_second_screen()

    def open_second_screen(self) -> SecondScreen:
        """Show the second screen (the keyboard stays in meeting mode)."""
        focus = QGuiApplication.focusObject()
        if self.second_screen is None:
            self.second_screen = SecondScreen(self)
            self.second_screen.closed.connect(lambda: self.second_screen_action.setChecked(False))
        self._place_second_screen()
        self.second_screen_action.setChecked(True)
        self._update_second_screen()
        if isinstance(focus, QWidget) and focus.window() is self.window():
            self.window().activateWindow()
            focus.setFocus()
        return self.second_screen

    def close_second_screen(self) -> None:
        if self.second_screen is not None:
            self.second_screen.close()
        self.screen_timer.stop()
        self.second_screen_action.setChecked(False)

    def second_screen_open(self) -> bool:
        return self.second_screen is not None and self.second_screen.isVisible()

    def forget_room_answers(self) -> None:
        """Another meeting: every exempt item is asked about again."""
        self._room_closed.clear()

    # --- following meeting mode ------------------------------------------------------------------------
    def _screen_item(self, detail: ItemDetail | None) -> ScreenItem | None:
        view = self._view
        if view is None or detail is None:
            return None
        number = translate("LiveMeetingPage", "Item {number}").format(number=detail.number) if detail.number else ""
        return ScreenItem(
            body=view.body_name,
            number=number,
            title=detail.title,
            exempt=detail.exempt,
            shown=self._room_closed.get(detail.id, False),
        )

    def _update_second_screen(self, *, ask: bool = True) -> None:
        """Meeting mode was read again: the screen shows its item (asking once about an exempt one)."""
        if not self.second_screen_open():
            return
        assert self.second_screen is not None
        detail = self._view.item if self._view is not None else None
        self.second_screen.show_speakers = self.screen_speakers_action.isChecked()
        self.second_screen.show_clock = self.screen_clock_action.isChecked()
        self.second_screen.set_item(self._screen_item(detail))
        self._push_text()
        self._push_room()
        if ask and detail is not None and detail.exempt and detail.id not in self._room_closed:
            item_id = detail.id
            QTimer.singleShot(0, self, lambda: self._ask_room_closed(item_id))

    def _ask_room_closed(self, item_id: int) -> None:
        if item_id != self.current_item_id() or item_id in self._room_closed or self._asking_for == item_id:
            return
        self._asking_for = item_id
        try:
            answer = QMessageBox.question(
                self,
                translate("LiveMeetingPage", "Exempt Item"),
                translate(
                    "LiveMeetingPage",
                    "This item is exempt from public access. Is the room closed, so that its title and "
                    "wording may be shown on the second screen?\n\nUntil you say yes the screen shows only "
                    "its number and that it is exempt.",
                ),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No,
            )
        finally:
            self._asking_for = None
        self.set_room_closed(item_id, answer == QMessageBox.StandardButton.Yes)

    def set_room_closed(self, item_id: int, closed: bool) -> None:
        """The secretary's answer for an exempt item (kept for this meeting while meeting mode is open)."""
        self._room_closed[item_id] = closed
        if item_id == self.current_item_id():
            self._update_second_screen(ask=False)

    def _on_text_typed(self) -> None:
        """A keystroke in the decision: the screen follows within SCREEN_DELAY_MS (one update for
        every keystroke in that time; nothing is read or written for it)."""
        if self.second_screen_open() and not self.screen_timer.isActive():
            self.screen_timer.start()

    def _screen_wording(self) -> tuple[str, str]:
        """(heading, text): the decision as typed, else the proposal on the table."""
        typed = self.decision.toPlainText().strip()
        if typed:
            return translate("LiveMeetingPage", "Decision"), typed
        detail = self._view.item if self._view is not None else None
        if detail is None:
            return "", ""
        standing = [p for p in detail.proposals if p.fate == ProposalFate.PENDING]
        chosen = next((p for p in standing if p.from_agenda), standing[0] if standing else None)
        text = chosen.text if chosen is not None else detail.proposed_decision
        return (translate("LiveMeetingPage", "Proposed decision"), text) if text.strip() else ("", "")

    def _push_text(self) -> None:
        if self.second_screen_open():
            assert self.second_screen is not None
            self.second_screen.set_text(*self._screen_wording())

    def _push_room(self) -> None:
        if not self.second_screen_open():
            return
        assert self.second_screen is not None
        room = getattr(self, "_room", None)
        self.second_screen.set_speakers(list(room.speakers) if room is not None else [])
        self._push_clock()

    def _push_clock(self) -> None:
        if not self.second_screen_open():
            return
        assert self.second_screen is not None
        clock: ClockView | None = self.clock_now()
        item, meeting, over = self.clock_texts(clock)
        self.second_screen.set_clock("   ·   ".join(t for t in (item, meeting) if t), over)

    # the speakers panel fills these in
    def clock_now(self) -> ClockView | None:
        raise NotImplementedError

    def clock_texts(self, clock: ClockView | None) -> tuple[str, str, bool]:
        raise NotImplementedError
