"""widgets.TabWidget lays out and paints as Qt's QTabWidget does, but not whole on every change
on its pages: the tabs stay where a plain QTabWidget puts them, whatever happened while the
widget was hidden, and nothing on the screen is left stale."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QGuiApplication, QImage
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from hfdesk.ui.widgets import TabWidget

LONG, SHORT = "Samansetjing av organet (12)", "Organ"


def _settled() -> None:
    for _ in range(8):
        QApplication.processEvents()


def _window(qtbot, cls: type[QTabWidget], document_mode: bool) -> tuple[QWidget, QTabWidget]:
    top = QWidget()
    qtbot.addWidget(top)
    tabs = cls(top)
    tabs.setDocumentMode(document_mode)
    for i in range(3):
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(QLabel(f"Side {i}"))
        layout.addWidget(QPushButton(f"Knapp {i}"))
        layout.addStretch(1)
        tabs.addTab(page, f"Fane {i}")
    QVBoxLayout(top).addWidget(tabs)
    top.resize(420, 300)
    top.show()
    qtbot.waitExposed(top)
    _settled()
    return top, tabs


def _as_shown(top: QWidget) -> bool:
    """The screen (the window's backing store) is what a fresh paint of it gives. Compared on the
    offscreen platform the tests run on, where a grab of the screen is the backing store; on a
    desktop another window may cover this one."""
    if QGuiApplication.platformName() != "offscreen":
        return True
    form = QImage.Format.Format_RGB32
    shown = QGuiApplication.primaryScreen().grabWindow(top.winId()).toImage().convertToFormat(form)
    return shown == top.grab().toImage().convertToFormat(form)


def _layout(tabs: QTabWidget) -> tuple:
    bar = tabs.tabBar()
    return (
        bar.geometry().getRect(),
        tuple(bar.tabRect(i).getRect() for i in range(bar.count())),
        tabs.currentWidget().geometry().getRect(),
        tabs.minimumSizeHint().toTuple(),
    )


@pytest.mark.parametrize("document_mode", [False, True], ids=["frame", "document"])
@pytest.mark.parametrize("first,while_hidden", [(LONG, SHORT), (SHORT, LONG)], ids=["shorter", "longer"])
def test_tabs_as_qt_puts_them_after_a_text_changed_while_hidden(qtbot, document_mode, first, while_hidden):
    """A tab's text changed while the widget is hidden and changed back once it is shown again:
    the tab bar is as wide as its tabs, as a plain QTabWidget makes it (it kept the width of the
    hidden time: tabs cut off behind scroll arrows, or stretched)."""
    layouts = {}
    for cls in (TabWidget, QTabWidget):
        top, tabs = _window(qtbot, cls, document_mode)
        tabs.setTabText(1, first)
        _settled()
        tabs.hide()
        tabs.setTabText(1, while_hidden)
        _settled()
        tabs.show()
        _settled()
        tabs.setTabText(1, first)
        _settled()
        layouts[cls] = _layout(tabs)
        assert _as_shown(top)
    assert layouts[TabWidget] == layouts[QTabWidget]


@pytest.mark.parametrize("document_mode", [False, True], ids=["frame", "document"])
def test_text_changes_and_a_growing_page_laid_out_as_qt_does(qtbot, document_mode):
    """Texts made longer and shorter (the selected tab's, one before it), and a page whose content
    grows: the tabs, the page and the widget's minimum size as a plain QTabWidget has them, and
    nothing stale on the screen after each change."""
    windows = {cls: _window(qtbot, cls, document_mode) for cls in (TabWidget, QTabWidget)}
    steps = [
        lambda t: t.setCurrentIndex(2),
        lambda t: t.setTabText(1, LONG),
        lambda t: t.setTabText(2, SHORT),
        lambda t: t.setTabText(1, SHORT),
        lambda t: t.setTabText(2, LONG),
        lambda t: t.widget(2).layout().addWidget(QLabel("Ein lang linje " * 12)),
        lambda t: t.setTabVisible(0, False),
        lambda t: t.setTabVisible(0, True),
    ]
    for step in steps:
        for top, tabs in windows.values():
            step(tabs)
            _settled()
            assert _as_shown(top)
        assert _layout(windows[TabWidget][1]) == _layout(windows[QTabWidget][1])
