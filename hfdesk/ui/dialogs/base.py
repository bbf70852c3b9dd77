"""What every form dialog shares: labelled fields, an inline error line, OK/Cancel.

A form saves itself through `Ops.write` when OK is pressed. A known error from the
services (one line of bokmål) is shown in red above the buttons, the fields keep
what the user typed, and the dialog stays open. Enter confirms, Escape cancels.

Dialogs are opened with `open()` (window-modal, not blocking), so tests can fill
them in and press OK with qtbot; `saved` carries the id of what was saved.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date, datetime
from dataclasses import asdict, is_dataclass
from itertools import pairwise
from typing import Any

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QRect, Qt, QTime, Signal
from PySide6.QtGui import QGuiApplication, QKeyEvent, QKeySequence, QPalette
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from ...dates import clock, short_date
from ...errors import ChangedByColleague
from ..models.base import OVERDUE_COLOUR
from ..ops import Change, Ops

DATE_FORMAT = "dd.MM.yyyy"


class ValueCombo(QComboBox):
    """A combo box of (value, text) pairs, optionally with an empty first choice.

    The values are kept as the Python objects given (Qt would hand a StrEnum back as a
    plain str); each is also the item's data, so findData() works as usual.
    """

    def __init__(
        self,
        items: Iterable[tuple[Any, str]] = (),
        *,
        none_text: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._none_text = none_text
        self._values: list[Any] = []
        self.set_items(items)

    def set_items(self, items: Iterable[tuple[Any, str]]) -> None:
        keep = self.value()
        self.blockSignals(True)
        self.clear()
        self._values = []
        if self._none_text is not None:
            self.addItem(self._none_text, None)
            self._values.append(None)
        for value, text in items:
            self.addItem(text, value)
            self._values.append(value)
        self.blockSignals(False)
        self.set_value(keep)

    def value(self) -> Any:
        index = self.currentIndex()
        return self._values[index] if 0 <= index < len(self._values) else None

    def set_value(self, value: Any) -> bool:
        for i, known in enumerate(self._values):
            if known == value:
                self.setCurrentIndex(i)
                return True
        if self.count():
            self.setCurrentIndex(0)
        return False

    def values(self) -> list[Any]:
        return list(self._values)


#: What a window's frame and the taskbar's edge take beyond a dialog's contents (title bar,
#: borders, at 100–150 % on Windows): a dialog as tall as the screen less this keeps its buttons on it.
WINDOW_FRAME = 80


def size_on_screen(dialog: QWidget, width: int, height: int, available: QRect | None = None) -> None:
    """Resize `dialog` to `width`×`height`, or smaller where its screen (`available`: the part of
    it above the taskbar; by default the dialog's own screen's) is smaller, as on a 1280×720
    laptop, and never below the dialog's least size: its buttons stay on the screen."""
    if available is None:
        screen = dialog.screen()
        available = screen.availableGeometry() if screen is not None else None
    if available is not None:
        width = min(width, available.width() - WINDOW_FRAME // 2)
        height = min(height, available.height() - WINDOW_FRAME)
    least = dialog.minimumSizeHint()
    dialog.resize(max(width, least.width()), max(height, least.height()))


def enum_items(enum_cls: Iterable[Any], label: Callable[[Any], str]) -> list[tuple[Any, str]]:
    return [(value, label(value)) for value in enum_cls]


def type_over_all(edit: QDateTimeEdit, event: QKeyEvent) -> bool:
    """Before a key reaches a date or time field; True when it was handled here. Ctrl+A selects
    the whole text; a digit typed over the whole text starts again from the first part (day,
    hour), as typing into a freshly focused field does (Qt alone takes the digit as the whole
    text, finds it invalid and drops it: "Ctrl+A, 14:30" left 10:00); a separator typed just
    after a part was filled in (and the field moved on by itself) is not taken as a second
    move ("14.03.2027" must not skip the month)."""
    line = edit.lineEdit()
    if event.matches(QKeySequence.StandardKey.SelectAll):
        line.selectAll()
        return True
    text, typed = line.text(), event.text()
    at_start = not line.hasSelectedText() and line.cursorPosition() == 0  # after Home
    if typed.isdigit() and text and (line.selectedText() == text or at_start):
        edit.setCurrentSectionIndex(0)
        edit.setSelectedSection(edit.sectionAt(0))
        return False
    start = line.selectionStart()
    if typed and typed in ".:-/" and line.hasSelectedText() and start > 0 and text[start - 1] == typed:
        return True
    return False


class DateField(QDateEdit):
    """A date in dd.MM.yyyy with a calendar to pick from; typed (Ctrl+A and the digits) as well."""

    def __init__(self, value: date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDisplayFormat(DATE_FORMAT)
        self.setCalendarPopup(True)
        self.setMinimumDate(QDate(1990, 1, 1))
        self.setMaximumDate(QDate(2100, 12, 31))
        self.set_value(value or date.today())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if not type_over_all(self, event):
            super().keyPressEvent(event)

    def value(self) -> date:
        return self.date().toPython()  # type: ignore[return-value]

    def set_value(self, value: date) -> None:
        self.setDate(QDate(value.year, value.month, value.day))


class OptionalDateField(QWidget):
    """A date that may be left open: a check box switches the date on."""

    def __init__(self, check_text: str, value: date | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.check = QCheckBox(check_text, self)
        self.date = DateField(value, self)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.date, 1)
        self.check.toggled.connect(self.date.setEnabled)
        self.set_value(value)
        self.setFocusProxy(self.check)

    def value(self) -> date | None:
        return self.date.value() if self.check.isChecked() else None

    def set_value(self, value: date | None) -> None:
        self.check.setChecked(value is not None)
        self.date.setEnabled(value is not None)
        if value is not None:
            self.date.set_value(value)


class ErrorLabel(QLabel):
    """The inline line where a form's validation message appears."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        palette = self.palette()
        palette.setColor(QPalette.ColorRole.WindowText, OVERDUE_COLOUR)
        self.setPalette(palette)
        font = self.font()
        font.setBold(True)
        self.setFont(font)
        self.setVisible(False)

    def show_message(self, message: str) -> None:
        self.setText(message)
        self.setAccessibleDescription(message)
        self.setVisible(bool(message))


class FormDialog(QDialog):
    """A form with an inline error line that saves itself through Ops when OK is pressed."""

    #: The id of what was saved (a new or an edited row).
    saved = Signal(int)

    def __init__(
        self,
        ops: Ops,
        title: str,
        parent: QWidget | None = None,
        *,
        intro: str = "",
        ok_text: str = "",
        changed: Change = Change.REGISTER,
    ) -> None:
        super().__init__(parent)
        self.ops = ops
        self._changed = changed
        self.setWindowTitle(title)
        self.setAccessibleName(title)
        self.setSizeGripEnabled(True)
        self.saved_id: int | None = None
        # A colleague's change (issue 22, point 3): the version of the row the form was filled from
        # (None: a new row, nothing to check), the values it was filled with, and the form's fields
        # by the saving service's keyword names (for the conflict dialog's labels and values).
        self.loaded_version: int | None = None
        self.loaded_values: dict[str, object] = {}
        self.conflict_widgets: dict[str, QWidget] = {}
        self.conflict_dialog: QDialog | None = None

        self.intro = QLabel(intro, self)
        self.intro.setWordWrap(True)
        self.intro.setVisible(bool(intro))
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
        self.form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.error = ErrorLabel(self)
        self.error.setAccessibleName(self.tr("Error message"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        self.ok_button: QPushButton = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if ok_text:
            self.ok_button.setText(ok_text)
        self.ok_button.setDefault(True)
        self.ok_button.setAccessibleName(self.ok_button.text().replace("&", ""))
        cancel = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        cancel.setAccessibleName(cancel.text().replace("&", ""))
        self.buttons.accepted.connect(self.save)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(self.intro)
        layout.addLayout(self.form)
        layout.addStretch(1)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    # --- building ----------------------------------------------------------------------
    def add_row(self, label: str, field: QWidget, accessible: str = "") -> QWidget:
        """A labelled field; its accessible name is the label without the mnemonic."""
        text = label.replace("&", "")
        field.setAccessibleName(accessible or text.rstrip(":"))
        self.form.addRow(label, field)
        label_widget = self.form.labelForField(field)
        if isinstance(label_widget, QLabel):
            label_widget.setBuddy(field.focusProxy() or field)
        return field

    def set_tab_order(self, widgets: Sequence[QWidget]) -> None:
        chain = [w for w in widgets if w is not None] + [self.ok_button]
        for first, second in pairwise(chain):
            QWidget.setTabOrder(first, second)

    # --- saving ------------------------------------------------------------------------
    def show_error(self, message: str) -> None:
        self.error.show_message(message)

    def error_text(self) -> str:
        return self.error.text() if not self.error.isHidden() else ""

    def check(self) -> str:
        """A message when the form cannot be saved as it is (checked before the database)."""
        return ""

    def write(self, session: Session) -> int:
        """Save the form in `session`; return the id of what was saved."""
        raise NotImplementedError

    def save(self) -> bool:
        """Validate and save; on a known error the message stays in the dialog. A colleague's
        change of the same row since the form was filled opens the conflict dialog."""
        self.error.show_message("")
        problem = self.check()
        if problem:
            self.error.show_message(problem)
            return False
        result = self.ops.write(
            self.write, changed=self._changed, parent=self, on_error=self.show_error, on_conflict=self.on_conflict
        )
        if result is None:
            return False
        self.saved_id = int(result)
        self.saved.emit(self.saved_id)
        self.accept()
        return True

    # --- a colleague changed the same row (issue 22, point 3) ------------------------------------
    def editable_values(self) -> dict[str, object]:
        """What the form saves, by the service's keyword names: the dataclass its `form_value()`
        gives (the register's forms), else what a form with a version says itself."""
        form_value = getattr(self, "form_value", None)
        value = form_value() if callable(form_value) else None
        return asdict(value) if is_dataclass(value) and not isinstance(value, type) else {}

    def field_widget(self, name: str) -> QWidget | None:
        """The field that edits `name`: named in `conflict_widgets`, else the form's attribute of
        that name (``area`` for ``area_id``)."""
        widget = self.conflict_widgets.get(name)
        if widget is None:
            for attribute in (name, name.removesuffix("_id")):
                found = self.__dict__.get(attribute)
                if isinstance(found, QWidget):
                    return found
        return widget

    def remember_loaded(self, version: int | None) -> None:
        """The form was filled from the row at `version`: what it shows now is what the user saw."""
        self.loaded_version = version
        self.loaded_values = self.editable_values()

    def field_label(self, name: str) -> str:
        widget = self.field_widget(name)
        label = self.form.labelForField(widget) if widget is not None else None
        text = label.text() if isinstance(label, QLabel) else ""
        if not text and widget is not None:
            text = widget.accessibleName()
        return text.replace("&", "").rstrip(":").strip() or name

    def display_value(self, name: str, value: object) -> str:
        """A value as the form shows it (a person's name for an id, «Ja» for True)."""
        widget = self.field_widget(name)
        if value is None or value == "":
            return ""
        if isinstance(widget, ValueCombo):
            for i, known in enumerate(widget.values()):
                if known == value:
                    return widget.itemText(i)
        if isinstance(value, bool):
            if value:
                return QCoreApplication.translate("FormDialog", "Yes")
            return QCoreApplication.translate("FormDialog", "No")
        if isinstance(value, datetime):
            return f"{short_date(value)} {clock(value)}"
        if isinstance(value, date):
            return short_date(value)
        if isinstance(value, list | tuple):
            return ", ".join(str(v) for v in value)
        return str(value)

    def show_values(self, values: Mapping[str, object]) -> None:
        """Put values into the form's fields (the colleague's version, after «Copy My Text»)."""
        for name, value in values.items():
            widget = self.field_widget(name)
            if isinstance(widget, QLineEdit):
                widget.setText("" if value is None else str(value))
            elif isinstance(widget, QPlainTextEdit | QTextEdit):
                widget.setPlainText("" if value is None else str(value))
            elif isinstance(widget, ValueCombo):
                widget.set_value(value)
            elif isinstance(widget, QComboBox):
                widget.setCurrentText("" if value is None else str(value))
            elif isinstance(widget, QCheckBox):
                widget.setChecked(bool(value))
            elif isinstance(widget, QSpinBox) and isinstance(value, int):
                widget.setValue(value)
            elif isinstance(widget, QDoubleSpinBox) and isinstance(value, int | float):
                widget.setValue(float(value))
            elif isinstance(widget, DateField) and isinstance(value, date):
                widget.set_value(value)
            elif isinstance(widget, OptionalDateField):
                widget.set_value(value if isinstance(value, date) else None)
            elif isinstance(widget, QDateTimeEdit) and isinstance(value, datetime):
                widget.setDateTime(QDateTime(QDate(value.year, value.month, value.day),
                                             QTime(value.hour, value.minute)))
            elif isinstance(widget, QAbstractSpinBox):
                pass  # a field of its own kind: the form overrides show_values

    def on_conflict(self, error: ChangedByColleague) -> None:
        """Someone changed the row since the form was filled. The fields only they changed are
        taken from their version; the fields only the user changed stay the user's; when no field
        was changed by both, that is saved at once. Otherwise the conflict dialog shows who, what
        and when, and their value beside the user's for each field both changed."""
        from .conflict import ConflictDialog

        theirs, loaded, mine = error.current, self.loaded_values, self.editable_values()
        theirs_changed = [k for k in theirs if k in loaded and not _same(theirs[k], loaded[k])]
        both = [k for k in theirs_changed if k in mine and not _same(mine[k], loaded[k])
                and not _same(mine[k], theirs[k])]
        only_theirs = {k: theirs[k] for k in theirs_changed if k not in both}
        if not both and error.version is not None and self.loaded_version is not None:
            self.show_values(only_theirs)
            self._conflict_resolved(error)
            self.save()
            return
        rows = [(self.field_label(k), self.display_value(k, theirs[k]), self.display_value(k, mine[k])) for k in both]
        dialog = ConflictDialog(error, rows, self)
        self.conflict_dialog = dialog

        def chosen(choice: str) -> None:
            self.conflict_dialog = None
            if choice == "reapply":
                if error.version is not None:  # else (saved at the same moment): asked again, with theirs
                    self.show_values(only_theirs)
                    self._conflict_resolved(error)
                self.save()
            elif choice == "copy":
                mine_now = self.editable_values()
                parts = [(self.field_label(k), self.display_value(k, mine_now.get(k))) for k in both]
                text = parts[0][1] if len(parts) == 1 else "\n\n".join(f"{label}:\n{value}" for label, value in parts)
                QGuiApplication.clipboard().setText(text)
                self.show_values({**only_theirs, **{k: theirs[k] for k in both}})
                self._conflict_resolved(error)
                self.loaded_values = self.editable_values()
            # "cancel": the editor as it was, with the user's text

        dialog.chosen.connect(chosen)
        dialog.open()

    def _conflict_resolved(self, error: ChangedByColleague) -> None:
        """From now on the form is based on the colleague's version."""
        self.loaded_version = error.version
        self.loaded_values = {**self.loaded_values, **error.current}


def _same(a: object, b: object) -> bool:
    """The same value for a person: text without the spaces around it, a list in any order."""
    if isinstance(a, str) or isinstance(b, str):
        return str(a or "").strip() == str(b or "").strip()
    if isinstance(a, list | tuple) and isinstance(b, list | tuple):
        return sorted(map(str, a)) == sorted(map(str, b))
    return a == b
