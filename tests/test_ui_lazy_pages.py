"""One mechanism for every page (pages/base.py, LazyPage): typed change notifications
(`Change` flags on Ops.data_changed), read when first shown, stale while hidden, read again
once when shown; a change that does not concern a page leaves it alone."""

from __future__ import annotations

from datetime import datetime

import pytest
import sqlalchemy as sa

from hfdesk.models import Body
from hfdesk.services import meetings as meeting_service
from hfdesk.ui.main_window import PAGE_FOLLOW_UPS, PAGE_LIVE, PAGE_MEETINGS, PAGE_REGISTER
from hfdesk.ui.ops import Change

pytestmark = pytest.mark.gui


def count_reloads(monkeypatch, page) -> list[str]:
    """The page's reads from now on (its `reload`, wrapped: it still reads)."""
    calls: list[str] = []
    original = page.reload

    def counted() -> None:
        calls.append(type(page).__name__)
        original()

    monkeypatch.setattr(page, "reload", counted)
    return calls


def add_meeting(window, place: str) -> None:
    """A real write: a meeting of the SSU this year, announced as Change.MEETINGS."""

    def write(session) -> int:
        body = session.scalars(sa.select(Body).where(Body.short_name == "SSU")).one()
        return meeting_service.create_meeting(session, body, datetime(2026, 12, 3, 13, 0), place=place).id

    assert window.ops.write(write, changed=Change.MEETINGS, parent=window) is not None


def places(page) -> set[str]:
    return {row.place for row in page.meetings_model.rows()}


def test_a_change_while_hidden_is_read_once_when_the_page_is_shown(qtbot, window, monkeypatch):
    window.show_page(PAGE_MEETINGS)
    page = window.current_page()
    assert page.loaded and not page.stale
    window.show_page(PAGE_REGISTER)
    assert not page.isVisible()
    reloads = count_reloads(monkeypatch, page)

    add_meeting(window, "Lazysalen A")
    add_meeting(window, "Lazysalen B")
    assert reloads == [] and page.stale
    assert not {"Lazysalen A", "Lazysalen B"} & places(page)  # nothing read while hidden

    window.show_page(PAGE_MEETINGS)
    assert page.isVisible()
    assert len(reloads) == 1 and not page.stale  # two changes, one read
    assert {"Lazysalen A", "Lazysalen B"} <= places(page)
    window.show_page(PAGE_REGISTER)
    window.show_page(PAGE_MEETINGS)
    assert len(reloads) == 1  # shown again, nothing changed: not read again


def test_a_shown_page_reads_at_once(qtbot, window, monkeypatch):
    window.show_page(PAGE_MEETINGS)
    page = window.current_page()
    reloads = count_reloads(monkeypatch, page)
    add_meeting(window, "Lazysalen C")
    assert len(reloads) == 1 and not page.stale
    assert "Lazysalen C" in places(page)


def test_a_hidden_page_asked_for_is_read_then(qtbot, window, monkeypatch):
    page = window.meetings_page  # built and read, not shown
    assert page.loaded and not page.isVisible()
    reloads = count_reloads(monkeypatch, page)
    add_meeting(window, "Lazysalen D")
    assert reloads == [] and page.stale
    assert window.meetings_page is page
    assert len(reloads) == 1 and "Lazysalen D" in places(page)


# Each page: a change it shows, and one it does not.
PAGES = [
    pytest.param(PAGE_REGISTER, Change.REGISTER, Change.FOLLOW_UPS, id="register"),
    pytest.param(PAGE_MEETINGS, Change.MEETINGS, Change.FOLLOW_UPS, id="meetings"),
    pytest.param(PAGE_FOLLOW_UPS, Change.FOLLOW_UPS, Change.SETTINGS, id="follow-ups"),
    pytest.param(PAGE_LIVE, Change.MEETINGS, Change.MEETING_TEXT, id="meeting mode"),
]


@pytest.mark.parametrize(("index", "relevant", "unrelated"), PAGES)
def test_every_page_reads_for_its_changes_only(qtbot, window, monkeypatch, index, relevant, unrelated):
    other = PAGE_MEETINGS if index == PAGE_REGISTER else PAGE_REGISTER
    window.show_page(index)
    page = window.current_page()
    assert page.loaded
    reloads = count_reloads(monkeypatch, page)
    emit = window.ops.data_changed.emit

    emit(unrelated)  # shown, not concerned
    assert reloads == [] and not page.stale
    emit(relevant)  # shown: read at once
    assert len(reloads) == 1
    emit(relevant | unrelated)  # flags combine
    assert len(reloads) == 2

    window.show_page(other)
    emit(unrelated)  # hidden, not concerned: not even stale
    assert not page.stale
    window.show_page(index)
    assert len(reloads) == 2

    window.show_page(other)
    emit(relevant)
    emit(Change.ALL)
    assert len(reloads) == 2 and page.stale
    window.show_page(index)
    assert len(reloads) == 3 and not page.stale


def test_the_register_tabs_are_pages_of_their_own(qtbot, window, monkeypatch):
    register = window.register_page
    people, organisations = register.tabs.widget(1), register.tabs.widget(2)
    register.tabs.setCurrentWidget(people)
    register.tabs.setCurrentIndex(0)  # people read, hidden; organisations never read
    assert people.loaded and not organisations.loaded
    reloads = [count_reloads(monkeypatch, w) for w in (register, people, organisations)]

    window.ops.data_changed.emit(Change.REGISTER)
    assert [len(r) for r in reloads] == [1, 0, 0]  # the page (its bodies tab) is shown
    assert people.stale and not organisations.stale  # a page never read ignores changes
    register.tabs.setCurrentWidget(people)
    assert [len(r) for r in reloads] == [1, 1, 0]
    register.tabs.setCurrentWidget(organisations)
    assert [len(r) for r in reloads] == [1, 1, 1]


def test_meeting_mode_is_not_read_until_shown_or_opened(qtbot, window, monkeypatch):
    page = window.live_page  # built, not read: its first read opens a meeting
    assert not page.loaded and page.meeting_id() is None
    reloads = count_reloads(monkeypatch, page)
    window.ops.data_changed.emit(Change.MEETINGS)
    assert reloads == [] and not page.stale
    window.show_page(PAGE_LIVE)
    assert len(reloads) == 1 and page.loaded and page.meeting_id() is not None


def test_f5_reads_the_page_shown_and_marks_the_others_stale(qtbot, window, monkeypatch):
    meetings = window.meetings_page
    window.show_page(PAGE_REGISTER)
    register = window.current_page()
    register_reloads = count_reloads(monkeypatch, register)
    meetings_reloads = count_reloads(monkeypatch, meetings)
    window.refresh()
    assert len(register_reloads) == 1 and not register.stale
    assert meetings_reloads == [] and meetings.stale
    window.show_page(PAGE_MEETINGS)
    assert len(meetings_reloads) == 1


def test_what_a_write_announces_is_a_change(qtbot, window):
    with qtbot.waitSignal(window.ops.data_changed) as announced:
        add_meeting(window, "Lazysalen E")
    assert announced.args == [Change.MEETINGS]
    assert isinstance(announced.args[0], Change)
    with qtbot.assertNotEmitted(window.ops.data_changed):
        window.ops.write(lambda _s: 1, changed=None, parent=window)  # a dry run announces nothing
