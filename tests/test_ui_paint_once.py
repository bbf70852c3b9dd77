"""Moving between pages and tabs is painted once: a page shown (and read) is laid out before it
is painted, so the first frame is the one that stays. Before, the register's layouts settled
over up to nine more passes of the event loop, the window painted again at each (unchanged,
but a third of the time a switch took), and a list filling its width repainted on a timer."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QWidget

from hfdesk.ui.main_window import PAGE_FOLLOW_UPS, PAGE_LIVE, PAGE_MEETINGS, PAGE_REGISTER
from hfdesk.ui.models import IdRole

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


class _Regions(QObject):
    """The widgets painted while installed, each with the area of the region it was painted in."""

    def __init__(self) -> None:
        super().__init__()
        self.painted: dict[QWidget, int] = {}

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and isinstance(watched, QWidget):
            box = event.region().boundingRect()
            self.painted[watched] = max(self.painted.get(watched, 0), box.width() * box.height())
        return False


def _on_screen_as_painted_fresh(window: QWidget) -> bool:
    """What the window shows (its backing store) is what painting it whole now gives: nothing
    left stale by a paint of only what changed."""
    from PySide6.QtGui import QGuiApplication, QImage

    if QGuiApplication.platformName() != "offscreen":  # on a desktop another window may cover it
        return True
    shown = QGuiApplication.primaryScreen().grabWindow(window.winId()).toImage()
    fresh = window.grab().toImage()
    form = QImage.Format.Format_RGB32
    return shown.convertToFormat(form) == fresh.convertToFormat(form)


@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_switching_body_paints_what_changed_and_nothing_stays_stale(qtbot, window, size):
    """A switch of body repaints the body's heading and lists, not the whole page: Qt's tab widgets
    painted the register and the body's tabs whole on every switch (a label's new text, the
    composition tab's new count), a quarter of the switch. The tabs' own text still follows the
    body's breaches, and what the screen shows is what a fresh paint of the window shows."""
    window.resize(*size)
    window.show_page(PAGE_REGISTER)
    _settled()
    bodies = window.register_page.bodies
    window.register_page.tabs.setCurrentWidget(bodies)
    _settled()
    counts: dict[int, int] = {}  # body id -> breaches, for every body in the tree
    stack = [bodies.tree_model.index(row, 0) for row in range(bodies.tree_model.rowCount())]
    while stack:
        index = stack.pop()
        counts[index.data(IdRole)] = len(bodies.breaches(index.data(IdRole)))
        stack += [bodies.tree_model.index(row, 0, index) for row in range(bodies.tree_model.rowCount(index))]
    first = next(b for b in counts if counts[b] > 0)
    other = next(b for b in counts if counts[b] != counts[first])
    bodies.select_body(first)
    _settled()
    regions = _Regions()
    app = QApplication.instance()
    app.installEventFilter(regions)
    try:
        bodies.select_body(other)
        _settled()
    finally:
        app.removeEventFilter(regions)
    page = window.register_page.tabs
    buttons = bodies.members_panel.findChildren(QAbstractButton, options=Qt.FindChildOption.FindDirectChildrenOnly)
    assert len(buttons) >= 4  # the members' three actions and "former members"
    unchanged = [*buttons, page, bodies.body_tabs]
    whole = [w for w in unchanged if regions.painted.get(w, 0) >= w.width() * w.height()]
    assert whole == [], f"painted whole on a switch of body: {[type(w).__name__ for w in whole]}"
    assert bodies.members.viewport() in regions.painted  # the new body's members are shown
    expected = "&Sammensetning" + (f" ({counts[other]})" if counts[other] else "")
    assert bodies.body_tabs.tabText(1) == expected
    assert _on_screen_as_painted_fresh(window)
    bodies.select_body(first)  # and back: a count again
    _settled()
    assert bodies.body_tabs.tabText(1) == f"&Sammensetning ({counts[first]})"
    assert _on_screen_as_painted_fresh(window)
