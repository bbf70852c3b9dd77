"""Layouts survive longer words (after vorta's TRANS_SCALE).

Nynorsk and bokmål run longer than the English source ("Remove" → "Fjern logoen",
"Approve" → "Godkjenn"), and a translator who writes a longer phrase later should not
find it cut off on a laptop screen. So every text goes through a translator that makes
it half as long again (padding words of "ø" at the end, placeholders and mnemonics
left intact), the main window's pages and the main dialogs are opened, and each text
that is shown is measured against the room its widget got.

What is checked, on widgets the user can see:
* QPushButton, QToolButton: the text's advance (mnemonic removed, plus the icon and
  a menu arrow) against the button's contents width;
* QCheckBox, QRadioButton: the text's advance plus the indicator and its spacing;
* QLabel with plain text and no word wrap: the widest line against the contents width.
Not checked: word-wrapped labels (they grow downwards), rich-text labels, labels that
give up their width on purpose (ElidedLabel, whose full text is in the tool tip, and any
label with an Ignored horizontal size policy), pixmaps, item views (their cells elide
with "…"), tab bars and menus (Qt elides or scrolls them).

The main window is checked at 1440×900, the size it opens at on a 1920×1080 laptop
screen (`MainWindow._initial_size`); dialogs at the size they open at.
"""

from __future__ import annotations

import ctypes
import math
import re
import sys

import pytest
from PySide6 import QtGui
from PySide6.QtCore import QCoreApplication, Qt, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QLabel,
    QPushButton,
    QRadioButton,
    QSizePolicy,
    QStyle,
    QToolButton,
    QWidget,
)

from hfdesk.ui.dialogs.first_run import FirstRunDialog
from hfdesk.ui.main_window import PAGE_FOLLOW_UPS, PAGE_LIVE, PAGE_MEETINGS, PAGE_REGISTER, MainWindow
from hfdesk.ui.settings import AppSettings
from hfdesk.ui.widgets import ElidedLabel
from tests.test_ui_dialogs_laptop import form_openers

pytestmark = pytest.mark.gui

SCALE = 1.5
_MNEMONIC = re.compile(r"&(?!&)")


def stretch(text: str) -> str:
    """`text` half as long again: padding words at the end, so placeholders ({name}, %n),
    mnemonics and HTML stay as they were."""
    if not text.strip():
        return text
    extra = math.ceil(len(text) * (SCALE - 1))
    words = []
    while extra > 0:
        word = "ø" * min(5, extra)
        words.append(word)
        extra -= len(word) + 1
    return text + " " + " ".join(words)


def _none_refs_lost_per_call(app) -> int:
    """PySide 6.12 steals a reference to None for each translate() call with a null
    disambiguation (see tests/test_translations.py); measure it to give it back."""

    class Probe(QTranslator):
        def translate(self, context, source_text, disambiguation=None, n=-1):
            return source_text

    probe = Probe()
    app.installTranslator(probe)
    try:
        before = sys.getrefcount(None)
        for _ in range(100):
            QCoreApplication.translate("Probe", "text")
        lost = before - sys.getrefcount(None)
    finally:
        app.removeTranslator(probe)
    if lost > 0:
        ctypes.pythonapi.Py_IncRef.argtypes = [ctypes.py_object]
        for _ in range(lost):
            ctypes.pythonapi.Py_IncRef(None)
    return round(lost / 100)


class StretchTranslator(QTranslator):
    """Every text, stretched. Installed last, so it answers before any real catalogue."""

    def __init__(self, give_back: int) -> None:
        super().__init__()
        self._give_back = give_back
        self.calls = 0

    def translate(self, context, source_text, disambiguation=None, n=-1):
        if disambiguation is None:
            for _ in range(self._give_back):
                ctypes.pythonapi.Py_IncRef(None)
        self.calls += 1
        return stretch(source_text)


@pytest.fixture
def stretched(qapp):
    translator = StretchTranslator(_none_refs_lost_per_call(qapp))
    qapp.installTranslator(translator)
    yield translator
    qapp.removeTranslator(translator)


# --- measuring ----------------------------------------------------------------------------------


def _plain(text: str) -> str:
    return _MNEMONIC.sub("", text).replace("&&", "&")


def _advance(widget: QWidget, text: str) -> int:
    metrics = widget.fontMetrics()
    return max((metrics.horizontalAdvance(line) for line in text.split("\n")), default=0)


def _needed(widget: QWidget) -> tuple[str, int] | None:
    """(text, the width the text needs) for a widget the check covers; None to skip it."""
    style = widget.style()
    if isinstance(widget, QLabel):
        text = widget.text()
        if (
            not text
            or widget.wordWrap()
            or isinstance(widget, ElidedLabel)
            or widget.sizePolicy().horizontalPolicy() == QSizePolicy.Policy.Ignored
            or widget.textFormat() == Qt.TextFormat.RichText
            or (widget.textFormat() == Qt.TextFormat.AutoText and QtGui.Qt.mightBeRichText(text))
            or (widget.pixmap() is not None and not widget.pixmap().isNull())
        ):
            return None
        shown = _plain(text) if widget.buddy() is not None else text
        return shown, _advance(widget, shown) + 2 * widget.margin() + max(0, widget.indent())
    if isinstance(widget, QAbstractButton):
        text = _plain(widget.text())
        if not text:
            return None
        need = _advance(widget, text)
        if not widget.icon().isNull():
            need += widget.iconSize().width() + 4
        if isinstance(widget, (QCheckBox, QRadioButton)):
            indicator = QStyle.PixelMetric.PM_IndicatorWidth
            spacing = QStyle.PixelMetric.PM_CheckBoxLabelSpacing
            if isinstance(widget, QRadioButton):
                indicator = QStyle.PixelMetric.PM_ExclusiveIndicatorWidth
                spacing = QStyle.PixelMetric.PM_RadioButtonLabelSpacing
            need += style.pixelMetric(indicator, None, widget) + style.pixelMetric(spacing, None, widget)
        elif isinstance(widget, (QPushButton, QToolButton)) and widget.menu() is not None:
            need += style.pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator, None, widget)
        if not isinstance(widget, (QPushButton, QToolButton, QCheckBox, QRadioButton)):
            return None
        return text, need
    return None


MEASURED: list[str] = []  # every text measured, for the tests to see the check did its work


def clipped(root: QWidget) -> list[str]:
    """The texts cut off in `root` and its visible children, as 'Class «text» needs N px, has M'."""
    for _ in range(3):
        QApplication.processEvents()
    MEASURED.clear()
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisible() or widget.width() <= 1:
            continue
        measured = _needed(widget)
        if measured is None:
            continue
        text, need = measured
        MEASURED.append(text)
        room = widget.contentsRect().width()
        if need > room:
            found.append(f"{type(widget).__name__} «{text}» needs {need} px, has {room}")
    return found


# --- the check ---------------------------------------------------------------------------------


def test_stretch_keeps_placeholders_and_mnemonics():
    assert stretch("&Open {file}…") .startswith("&Open {file}…")
    assert len(stretch("Remove")) >= len("Remove") * SCALE
    assert stretch("%n member(s)").count("%n") == 1
    assert "{" not in stretch("Save").replace("Save", "")


def test_the_check_finds_a_clipped_button(qtbot, stretched):
    widget = QWidget()
    qtbot.addWidget(widget)
    button = QPushButton(QCoreApplication.translate("Test", "A button with a long text"), widget)
    button.setFixedWidth(60)
    label = QLabel(QCoreApplication.translate("Test", "A label with a long text"), widget)
    label.move(0, 40)
    label.setFixedWidth(50)
    widget.show()
    found = clipped(widget)
    assert len(found) == 2 and "øø" in found[0]
    label.setWordWrap(True)
    button.setFixedWidth(button.sizeHint().width())
    assert clipped(widget) == []


@pytest.fixture
def window(qtbot, demo_db, stretched, tmp_path):
    from PySide6.QtCore import QSettings

    win = MainWindow(demo_db, settings=AppSettings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)))
    qtbot.addWidget(win)
    win.resize(1440, 900)
    win.show()
    qtbot.waitExposed(win)
    return win


def test_pages_have_room_for_longer_words(window, stretched):
    problems = {}
    window.show_page(PAGE_REGISTER)
    register = window.register_page
    problems["register: bodies"] = clipped(window)
    assert len(MEASURED) >= 5 and any("øøø" in text for text in MEASURED)
    register.bodies.show_composition()
    problems["register: composition"] = clipped(window)
    register.tabs.setCurrentWidget(register.people)
    problems["register: people"] = clipped(window)
    register.tabs.setCurrentWidget(register.organisations)
    problems["register: organisations"] = clipped(window)
    window.show_page(PAGE_MEETINGS)
    meetings = window.meetings_page
    if meetings.meetings.model().rowCount():
        meetings.meetings.selectRow(meetings.meetings.model().rowCount() - 1)
    problems["meetings"] = clipped(window)
    window.show_page(PAGE_FOLLOW_UPS)
    problems["follow-ups"] = clipped(window)
    window.show_page(PAGE_LIVE)
    problems["meeting mode"] = clipped(window)
    assert stretched.calls > 100
    assert not {page: found for page, found in problems.items() if found}


def test_dialogs_have_room_for_longer_words(qtbot, window, demo_db):
    openers = {"welcome": lambda: FirstRunDialog(window), **form_openers(window)}
    problems = {}
    for name, opener in openers.items():
        dialog = opener()
        assert dialog is not None, name
        dialog.show()
        qtbot.waitExposed(dialog)
        found = clipped(dialog)
        assert len(MEASURED) >= 2 and any("øøø" in text for text in MEASURED), (name, MEASURED)
        if found:
            problems[name] = found
        dialog.reject()
        dialog.deleteLater()
    assert not problems
