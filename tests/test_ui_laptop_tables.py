"""Every page's lists read on a laptop without scrolling sideways: at 1280×720 and 1366×768 the
register (each tab), the Meetings page and the follow-ups show their tables within their width.
A column that does not fit is set aside (its text is in each row's tool tip), not pushed off the
edge, and the columns a list keeps whole are never cut."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from hfdesk.ui import i18n
from hfdesk.ui.main_window import MainWindow
from hfdesk.ui.models.members import MembersModel
from tests.test_ui_live_layout import SIZES, _shoot, meeting_id, scrolls_sideways, walk  # noqa: F401 (a fixture)

pytestmark = pytest.mark.gui


def _settle() -> None:
    for _ in range(20):
        QApplication.processEvents()


@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_no_page_scrolls_sideways_on_a_laptop(window, size):
    problems = _pages_scrolling_sideways(window, size)
    assert not problems, "\n".join(problems)


def _pages_scrolling_sideways(window: MainWindow, size: tuple[int, int]) -> list[str]:
    window.resize(*size)
    problems: list[str] = []
    register = window.register_page
    for tab in (register.bodies, register.people, register.organisations):
        window.show_page(0)
        register.tabs.setCurrentWidget(tab)
        _settle()
        problems += [f"register {register.tabs.tabText(register.tabs.currentIndex())}: {p}" for p in scrolls_sideways(tab)]
    window.show_page(0)
    register.tabs.setCurrentWidget(register.bodies)
    register.bodies.body_tabs.setCurrentWidget(register.bodies.composition)
    _settle()
    problems += [f"register composition: {p}" for p in scrolls_sideways(register.bodies)]
    register.bodies.body_tabs.setCurrentIndex(0)
    for index, name in ((1, "meetings"), (2, "follow-ups")):
        window.show_page(index)
        _settle()
        problems += [f"{name}: {p}" for p in scrolls_sideways(window.current_page())]
    meetings = window.meetings_page
    window.show_page(1)
    meetings.show_view(1)
    _settle()
    problems += [f"year plan: {p}" for p in scrolls_sideways(meetings)]
    meetings.show_view(0)
    for word in ("og", "utskriv"):  # the search's hits: many, with long titles and other treatments
        meetings.search.setText(word)
        _settle()
        assert meetings.hits_model.rowCount() > 0
        problems += [f"search {word!r}: {p}" for p in scrolls_sideways(meetings)]
    meetings.search.clear()
    return problems


@pytest.mark.parametrize("lang", ["nn", "en"])
def test_nynorsk_and_english_fit_the_smallest_laptop_too(qtbot, qapp, demo_db, meeting_id, monkeypatch, lang):  # noqa: F811
    """Longer words, other words: meeting mode (every item, every conclusion kind) and every
    page at 1280×720 in nynorsk and in English."""
    monkeypatch.setattr(i18n, "_current_language", i18n.current_language())
    translators = i18n.install_translators(qapp, lang)
    try:
        window = MainWindow(demo_db)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        window.resize(*SIZES[0])
        window.open_meeting_mode(meeting_id)
        QApplication.processEvents()
        problems = walk(qtbot, window, f"{lang}-1280x720")
        problems += _pages_scrolling_sideways(window, SIZES[0])
        assert not problems, "\n".join(problems)
    finally:
        i18n.remove_translators(qapp, translators)
        QLocale.setDefault(QLocale(QLocale.Language.NorwegianBokmal, QLocale.Country.Norway))


@pytest.mark.parametrize("size", SIZES, ids=[f"{w}x{h}" for w, h in SIZES])
def test_the_member_list_sets_aside_what_does_not_fit_and_shows_it_again(window, size):
    """The partnership meeting's 55 members: whom each represents and whose deputy they are stay
    on screen; the term's start (then the side, the area) give way, and come back when the
    window is wide again."""
    window.resize(*size)
    window.show_page(0)
    _settle()
    members = window.register_page.bodies.members
    model = members.model()
    assert model.rowCount() > 40
    _shoot(window, f"register-{size[0]}x{size[1]}")
    shown = {c for c in range(model.columnCount()) if not members.isColumnHidden(c)}
    for kept in (MembersModel.COL_NAME, MembersModel.COL_ROLE, MembersModel.COL_RIGHTS,
                 MembersModel.COL_REPRESENTS, MembersModel.COL_TERM_TO, MembersModel.COL_DEPUTY_FOR):
        assert kept in shown
    assert MembersModel.COL_TERM_FROM not in shown
    assert not members.horizontalScrollBar().isVisible()
    tip = model.index(0, MembersModel.COL_NAME).data(3)  # Qt.ToolTipRole
    assert "Periode" in tip  # what was set aside is in the row's tool tip
    window.resize(1920, 1080)
    _settle()
    assert all(not members.isColumnHidden(c) for c in range(model.columnCount()))
