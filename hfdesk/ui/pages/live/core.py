"""What meeting mode's panels share: the autosaving text field, small builders, and the
page's state (the meeting shown, its LiveView read once per user action) with saving."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QFocusEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QWidget,
)
from sqlalchemy.orm import Session

from .... import dates
from ....errors import ChangedByColleague
from ....models import ConclusionKind
from ....services.meeting_view import LiveView
from ...models import IdRole, RowTableModel
from ...models.base import OVERDUE_COLOUR
from ...ops import Change
from ...widgets import DataTableView, lay_out_now
from ..actions import action_button, make_action
from ..base import LazyPage

translate = QCoreApplication.translate  # lupdate reads translate("LiveMeetingPage", …)


#: Text is saved this long after the last keystroke (point 9 of the issue allows 2 s).
AUTOSAVE_DELAY_MS = 800

CONCLUSION_KEYS: tuple[tuple[ConclusionKind, str], ...] = (
    (ConclusionKind.CONSENSUS, "Alt+1"),
    (ConclusionKind.CONSENSUS_WITH_PROTOCOL, "Alt+2"),
    (ConclusionKind.VOTE, "Alt+3"),
    (ConclusionKind.NO_CONSENSUS, "Alt+4"),
    (ConclusionKind.DEFERRED, "Alt+5"),
    (ConclusionKind.NOTED, "Alt+6"),
    (ConclusionKind.WITHDRAWN, "Alt+7"),  # only once the notice has gone (live.WITHDRAW_FROM)
)


def _keys(action: QAction) -> str:
    return ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in action.shortcuts())


class AutosaveEdit(QPlainTextEdit):
    """A text field that saves itself: `save_requested(key, text)` fires AUTOSAVE_DELAY_MS after
    the last keystroke, and at once on focus-out or `flush()`. `key` is what the text belongs to
    (an item id); typing pending for one key is saved before another key's text is shown."""

    save_requested = Signal(int, str)

    def __init__(self, parent: QWidget | None = None, *, delay_ms: int = AUTOSAVE_DELAY_MS) -> None:
        super().__init__(parent)
        self._key: int | None = None
        self._dirty = False
        self._loading = False
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(delay_ms)
        self._timer.timeout.connect(self.flush)
        self.textChanged.connect(self._on_changed)
        self.setTabChangesFocus(True)  # Tab moves on to the next field, as everywhere else

    def key(self) -> int | None:
        return self._key

    def is_dirty(self) -> bool:
        return self._dirty

    def _on_changed(self) -> None:
        if self._loading or self._key is None:
            return
        self._dirty = True
        self._timer.start()

    def _set(self, key: int | None, text: str) -> None:
        self._key = key
        self._loading = True
        try:
            if self.toPlainText() != text:
                self.setPlainText(text)
        finally:
            self._loading = False
        self._dirty = False

    def sync(self, key: int | None, text: str) -> None:
        """Show `text` for `key` unless the user is typing in this field: a refresh never moves
        the cursor of the field being typed in, and never throws away what was typed."""
        if key != self._key:
            self.flush()
            self._set(key, text)
            return
        if self._dirty or self.hasFocus():
            return
        if self.toPlainText().strip() != text:
            self._set(key, text)

    def flush(self) -> None:
        """Save now what was typed and not yet saved."""
        self._timer.stop()
        if not self._dirty or self._key is None:
            return
        self._dirty = False
        self.save_requested.emit(self._key, self.toPlainText())

    def reset(self) -> None:
        """Forget the field's text without saving it (another database was opened: the item the
        text belonged to is not in it). Typing is saved on focus-out long before that."""
        self._timer.stop()
        self._key = None
        self._set(None, "")

    def mark_unsaved(self) -> None:
        """The save failed: keep the text and try again at the next change or flush."""
        self._dirty = True

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.flush()
        super().focusOutEvent(event)


def _act(
    parent: QWidget,
    text: str,
    slot: Callable[[], object],
    shortcuts: Sequence[str] = (),
    *,
    tip: str,
    widgets: Sequence[QWidget],
) -> QAction:
    """make_action, with the keys in the tool tip itself: a button follows its action's tool tip
    whenever the action changes (enabled, checked), so the keys must live there."""
    action = make_action(parent, text, slot, shortcuts, tip=tip, widgets=widgets)
    keys = _keys(action)
    if keys:
        action.setToolTip(f"{tip} ({keys})")
    return action


def _banner(parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setWordWrap(True)
    label.setTextFormat(Qt.TextFormat.RichText)
    label.setVisible(False)
    return label


def _small_table(parent: QWidget, empty: str, rows: int) -> DataTableView:
    view = DataTableView(parent, empty_text=empty, sortable=False)
    view.horizontalHeader().setSectionsMovable(False)
    height = view.verticalHeader().defaultSectionSize()
    view.setMinimumHeight(view.horizontalHeader().sizeHint().height() + height * rows + 4)
    return view


def _buttons(parent: QWidget, actions: Sequence[QAction], *, stretch: bool = True) -> QHBoxLayout:
    row = QHBoxLayout()
    row.setContentsMargins(0, 0, 0, 0)
    row.setSpacing(4)
    for action in actions:
        row.addWidget(action_button(action, parent))
    if stretch:
        row.addStretch(1)
    return row


def _heading(text: str, parent: QWidget, buddy: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    if buddy is not None:
        label.setBuddy(buddy)
    return label


class _RowFitter(QObject):
    """Fits a small table's height again when its width changes (wrapped rows grow or shrink)."""

    def __init__(self, view: DataTableView, rows: int, most: int) -> None:
        super().__init__(view)
        self._view, self._rows, self._most = view, rows, most
        self._width = -1
        self._due = False  # a fit is waiting for the event loop (or `fit_now`)
        view.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize and self._view.width() != self._width:
            self._width = self._view.width()
            if not self._due:
                self._due = True
                QTimer.singleShot(0, self, self._fit)  # gone with the view: never fits a deleted table
        return False

    def _fit(self) -> None:
        if self._due:
            self._due = False
            fit_rows(self._view, self._rows, self._most)

    def fit_now(self) -> bool:
        """Fit now a fit that is waiting; whether there was one."""
        due = self._due
        self._fit()
        return due


def settle_layout(page: QWidget) -> None:
    """Lay `page` out now, so that the next paint is the last (`widgets.lay_out_now`): its
    lists show or hide their scroll bars (which Qt does in a call queued for the event loop)
    and its small tables' rows are fitted to the widths they get. Left to the event loop,
    each of these comes after a paint and the page is laid out and painted again."""
    fitters = page.findChildren(_RowFitter)
    for _ in range(6):
        lay_out_now(page)
        if not any([fitter.fit_now() for fitter in fitters]):
            return
    lay_out_now(page)


def fit_rows(view: DataTableView, rows: int = 3, most: int = 6) -> None:
    """Make a small table show min(`rows`, its rows) of its rows whatever their height (wrapped
    text makes them tall), and at most `most` before it scrolls: in a scroll area a table's
    minimum is what the secretary sees of it. Fitted again whenever its width changes."""
    if view.findChild(_RowFitter) is None:
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # columns fit the width
        _RowFitter(view, rows, most)
    view.resizeRowsToContents()
    model = view.model()
    count = model.rowCount() if model is not None else 0
    header = view.horizontalHeader().sizeHint().height() if view.horizontalHeader().isVisible() else 0
    frame = 2 * view.frameWidth() + 2
    default = view.verticalHeader().defaultSectionSize()
    want = [view.rowHeight(r) for r in range(min(max(rows, 1), count))] or [default]
    want += [default] * (rows - len(want)) if count == 0 else []
    low = header + frame + sum(want)
    high = header + frame + sum(view.rowHeight(r) for r in range(min(count, most))) if count > rows else low
    if view.horizontalScrollBar().isVisible():
        low += view.horizontalScrollBar().height()
        high += view.horizontalScrollBar().height()
    view.setMinimumHeight(low)
    view.setMaximumHeight(max(low, high))


class LivePanelBase(LazyPage):
    """The state every panel of meeting mode reads (the meeting and its view, read once per
    user action by the page) and the one way every panel writes (`_write`)."""

    _view: LiveView | None
    _meeting_id: int | None
    _loading: bool
    notes: AutosaveEdit
    decision: AutosaveEdit
    save_state: QLabel
    warning: QLabel

    def current_item_id(self) -> int | None:
        return self._view.item.id if self._view is not None and self._view.item is not None else None

    def _editable_item(self) -> bool:
        return self._view is not None and self._view.editable and self._view.item is not None

    @staticmethod
    def _set_rows(view: QAbstractItemView, model: RowTableModel, rows: Sequence[Any]) -> None:
        """Refill a table only when its rows changed, keeping the selected row (by id)."""
        if list(rows) == model.rows():
            return
        current = view.currentIndex()
        keep = current.data(IdRole) if current.isValid() else None
        column = current.column() if current.isValid() else 0
        model.set_rows(rows)
        if keep is not None:
            row = model.row_of_id(keep)
            if row >= 0:
                view.setCurrentIndex(model.index(row, column))

    def _show_banner(self, label: QLabel, text: str, colour: Any = OVERDUE_COLOUR) -> None:
        label.setText(f'<span style="color:{colour.name()}; font-weight:600">{text}</span>')
        label.setVisible(bool(text))

    # --- what one panel asks of another (the page's panels fill these in) --------------------------
    def go_to_item(self, item_id: int) -> None:  # the agenda panel
        raise NotImplementedError

    def _read(self, item_id: int | None = None) -> None:  # the page: read the screen again
        raise NotImplementedError

    def show_votes(self) -> None:  # the vote panel: bring the vote forward, its list focused
        raise NotImplementedError

    # --- saving -------------------------------------------------------------------------------------------
    def flush_all(self) -> None:
        """Save every field's pending text now."""
        self.notes.flush()
        self.decision.flush()

    def _saved(self, ok: bool, message: str = "") -> None:
        if ok:
            self.save_state.setText(
                translate("LiveMeetingPage", "Saved {time}").format(time=dates.clock(datetime.now()))
            )
            self.save_state.setStyleSheet("")
            self.save_state.setToolTip(
                translate("LiveMeetingPage", "Everything you type is saved as you go.")
            )
        else:
            self.save_state.setText(translate("LiveMeetingPage", "Not saved"))
            self.save_state.setStyleSheet(f"color: {OVERDUE_COLOUR.name()}; font-weight: 600")
            self.save_state.setToolTip(message)

    def _save_text(
        self, editor: AutosaveEdit, fn: Callable[[Session], object],
        on_conflict: Callable[[ChangedByColleague], None] | None = None,
    ) -> None:
        errors: list[str] = []
        result = self._ops.write(
            fn, changed=Change.MEETING_TEXT, parent=self, on_error=errors.append, on_conflict=on_conflict)
        if result is None:
            editor.mark_unsaved()
            self._saved(False, errors[0] if errors else "")
            if errors:
                self._show_banner(self.warning, errors[0])
        else:
            self._saved(True)

    def _write(self, fn: Callable[[Session], object], *, changed: Change = Change.MEETINGS) -> bool:
        """One user action: pending text is saved first, then the change, then the screen refreshes.
        False when a known error was shown (and nothing was saved)."""
        self.flush_all()

        def run(session: Session) -> bool:
            fn(session)
            return True

        ok = self._ops.write(run, changed=changed, parent=self) is not None
        if ok:
            self._saved(True)
        return ok
