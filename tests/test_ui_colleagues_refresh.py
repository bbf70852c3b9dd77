"""The screens refresh what colleagues changed when shown again (issue 22, point 3): a colleague's
write announces nothing in this app, so a page shown again (or the app made active again) compares
a fingerprint of the tables it shows and reads again only when it differs.

The colleague is a second Database on the same file (another hfdesk on it, or the command line).
The window's own writes that announced nothing (the same Database, not through its Ops) are not a
colleague's: a page they concern is read again by the change the write announces."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime

import pytest
import sqlalchemy as sa
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from hfdesk.db import Database, open_database
from hfdesk.models import Body, Person
from hfdesk.services import meetings as meeting_service
from hfdesk.services import register as register_service
from hfdesk.ui.main_window import PAGE_MEETINGS, PAGE_REGISTER

from test_ui_lazy_pages import count_reloads

pytestmark = pytest.mark.gui


@contextmanager
def colleague(db) -> Iterator[Database]:
    """Another hfdesk on the same database: its own connections, nothing announced to this app."""
    other = open_database(db.location)
    try:
        yield other
    finally:
        other.close()


def colleague_plans_a_meeting(db, place: str) -> None:
    with colleague(db) as other, other.transaction() as s:
        body = s.scalars(sa.select(Body).where(Body.short_name == "SSU")).one()
        meeting_service.create_meeting(s, body, datetime(2026, 12, 10, 13, 0), place=place)


def places(page) -> set[str]:
    return {row.place for row in page.meetings_model.rows()}


def test_a_colleagues_change_while_the_page_was_hidden_is_on_screen_when_shown_again(qtbot, window, monkeypatch):
    window.show_page(PAGE_MEETINGS)
    page = window.current_page()
    window.show_page(PAGE_REGISTER)
    reloads = count_reloads(monkeypatch, page)

    colleague_plans_a_meeting(window.database, "Kollegasalen")
    assert not page.stale and "Kollegasalen" not in places(page)  # nothing told this app

    window.show_page(PAGE_MEETINGS)
    assert len(reloads) == 1 and "Kollegasalen" in places(page)
    window.show_page(PAGE_REGISTER)
    window.show_page(PAGE_MEETINGS)
    assert len(reloads) == 1  # shown again, nothing changed: not read again


def test_the_page_shown_catches_up_when_the_app_is_active_again(qtbot, window, monkeypatch):
    window.show_page(PAGE_MEETINGS)
    page = window.current_page()
    reloads = count_reloads(monkeypatch, page)
    state = QApplication.instance().applicationStateChanged
    state.emit(Qt.ApplicationState.ApplicationActive)
    assert reloads == []  # nothing changed: not read again
    colleague_plans_a_meeting(window.database, "Kollegasalen B")
    state.emit(Qt.ApplicationState.ApplicationActive)  # back from the colleague's e-mail
    assert len(reloads) == 1 and "Kollegasalen B" in places(page)


def test_a_colleagues_edit_of_a_person_is_in_the_people_tab_when_shown_again(qtbot, window):
    window.show_page(PAGE_REGISTER)
    register = window.register_page
    people = register.people
    register.tabs.setCurrentWidget(people)
    qtbot.waitUntil(people.isVisible)
    register.tabs.setCurrentIndex(0)
    with colleague(window.database) as other, other.transaction() as s:
        person = s.scalars(sa.select(Person).order_by(Person.id)).first()
        register_service.update_person(s, person.id, given_name="Kollegaendra", family_name=person.family_name)
    register.tabs.setCurrentWidget(people)
    assert "Kollegaendra" in {row.name.split()[0] for row in people.model.rows()}


def test_meeting_modes_chooser_is_read_again_only_when_the_file_changed(qtbot, window, monkeypatch):
    """Opening meetings back and forth does not read every meeting of the history again while
    nothing was committed to the file; a colleague's new meeting is in the chooser at the next
    opening."""
    import hfdesk.ui.pages.live.page as live_page_module
    from hfdesk.models import Meeting, MeetingStatus

    with window.database.session() as s:
        first, second = s.scalars(
            sa.select(Meeting.id)
            .where(Meeting.status == MeetingStatus.MINUTES_APPROVED)
            .order_by(Meeting.starts_at)
            .limit(2)
        ).all()
    page = window.live_page
    window.open_meeting_mode(first)
    window.open_meeting_mode(second)  # both in place: opening them again writes nothing
    listed = page.meeting.count()
    reads = []
    read = live_page_module.meeting_choices

    def counted(session):
        reads.append(1)
        return read(session)

    monkeypatch.setattr(live_page_module, "meeting_choices", counted)
    window.open_meeting_mode(first)
    window.open_meeting_mode(second)
    assert reads == [] if window.database.path is not None else len(reads) == 2
    assert page.meeting.value() == second and page.meeting.count() == listed

    reads.clear()
    colleague_plans_a_meeting(window.database, "Kollegasalen C")
    window.open_meeting_mode(first)
    assert len(reads) == 1 and page.meeting.count() == listed + 1
    assert page.meeting.value() == first
