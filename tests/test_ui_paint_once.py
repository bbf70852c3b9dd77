"""Moving between pages and tabs is painted once: a page shown (and read) is laid out before it
is painted, so the first frame is the one that stays. Before, the register's layouts settled
over up to nine more passes of the event loop, the window painted again at each (unchanged,
but a third of the time a switch took), and a list filling its width repainted on a timer."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QWidget

from hfdesk.ui.main_window import PAGE_FOLLOW_UPS, PAGE_LIVE, PAGE_MEETINGS, PAGE_REGISTER

SIZES = [(1280, 720), (1366, 768)]


class _Paints(QObject):
    """Counts the paints of the window and its widgets while `counting`."""

    def __init__(self, window: QWidget) -> None:
        super().__init__()
        self.window = window
        self.counting = False
        self.painted: list[str] = []

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self.counting and event.type() == QEvent.Type.Paint and isinstance(watched, QWidget):
            if watched.window() is self.window:
                self.painted.append(watched.objectName() or type(watched).__name__)
        return False


def _settled() -> None:
    for _ in range(20):
        QApplication.processEvents()


def _painted_after_the_first_frame(window: QWidget, switch) -> list[str]:
    """What was painted after the first pass of the event loop (nothing: the first frame is
    the one that stays). Not grabbed: a grab lays out and polishes hidden pages too."""
    paints = _Paints(window)
    app = QApplication.instance()
    app.installEventFilter(paints)
    try:
        switch()
        QApplication.processEvents()  # the first frame
        paints.counting = True
        _settled()
        return paints.painted
    finally:
        app.removeEventFilter(paints)


@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_a_page_shown_again_is_painted_once(qtbot, window, size):
    window.resize(*size)
    pages = (PAGE_REGISTER, PAGE_MEETINGS, PAGE_FOLLOW_UPS, PAGE_LIVE)
    for page in pages:  # each built and read once
        window.show_page(page)
        _settled()
    for page, before in zip(pages, pages[1:] + pages[:1]):
        window.show_page(before)
        _settled()
        later = _painted_after_the_first_frame(window, lambda page=page: window.show_page(page))
        assert later == [], f"page {page} painted again after its first frame: {later}"


@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_a_register_tab_is_painted_once(qtbot, window, size):
    """The register's tabs read when first shown: the list and its columns are in place in the
    first frame, and the window is not painted after it. (A list may repaint its own rows once:
    its columns were resized as it was shown and as its rows were replaced, and Qt repaints the
    columns resized on a timer of its own.)"""
    window.resize(*size)
    window.show_page(PAGE_REGISTER)
    _settled()
    register = window.register_page
    for tab in (register._people, register._organisations, register.bodies):  # the first showing: read then
        name = register.tabs.tabText(register.tabs.indexOf(tab))
        later = _painted_after_the_first_frame(window, lambda tab=tab: register.tabs.setCurrentWidget(tab))
        later = [widget for widget in later if widget != "qt_scrollarea_viewport"]
        assert later == [], f"the {name} tab painted again after its first frame: {later}"
