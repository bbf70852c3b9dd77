"""No flicker when the secretary moves between pages and tabs: a page shown (and read) is laid
out before it is painted, so the first frame is the one that stays, not one whose panels then
move or whose columns then change width over the next passes of the event loop."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QWidget

from hfdesk.ui.main_window import PAGE_FOLLOW_UPS, PAGE_LIVE, PAGE_MEETINGS, PAGE_REGISTER

SIZES = [(1280, 720), (1366, 768)]


def _settled() -> None:
    for _ in range(20):
        QApplication.processEvents()


def _first_and_last_frame(window: QWidget, switch) -> tuple[QImage, QImage]:
    switch()
    QApplication.processEvents()  # the first frame
    first = window.grab().toImage()
    _settled()
    return first, window.grab().toImage()


@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_a_page_shown_again_is_painted_as_it_stays(qtbot, window, size):
    window.resize(*size)
    pages = (PAGE_REGISTER, PAGE_MEETINGS, PAGE_FOLLOW_UPS, PAGE_LIVE)
    for page in pages:  # each built and read once
        window.show_page(page)
        _settled()
    for page, before in zip(pages, pages[1:] + pages[:1]):
        window.show_page(before)
        _settled()
        first, last = _first_and_last_frame(window, lambda page=page: window.show_page(page))
        assert first == last, f"page {page} changed after its first frame"


@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_a_register_tab_is_painted_as_it_stays(qtbot, window, size):
    """The register's tabs read when first shown: the list and its columns are in place in the
    first frame (it took up to nine passes of the event loop before)."""
    window.resize(*size)
    window.show_page(PAGE_REGISTER)
    _settled()
    register = window.register_page
    for tab in (register._people, register._organisations, register.bodies):  # first showing: read then
        first, last = _first_and_last_frame(window, lambda tab=tab: register.tabs.setCurrentWidget(tab))
        assert first == last, f"the {register.tabs.tabText(register.tabs.indexOf(tab))} tab changed after its first frame"
