"""No query storms: every main screen opens and refreshes in a fixed number of SQL statements.

The same screens are driven on two copies of the demo database, one grown through the
services by a few rows and one by many (people, seats, a meeting's items and attendees,
follow-ups, cases waiting, more meetings). A listener on the engine (`before_cursor_execute`)
counts the statements each screen issues; a count that is larger on the bigger database is
a statement per row (lazy loading in a loop), which ten years of data would turn into a
screen that takes seconds.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
import sqlalchemy as sa
from sqlalchemy import event

from hfdesk.db import Database, open_database
from hfdesk.models import Body, Role, Side
from hfdesk.services import live, meetings, register

pytestmark = pytest.mark.gui

SMALL = 3  # rows of each kind added to the demo
BIG = 60


@dataclass
class Probe:
    """What grow() made: the ids the screens are pointed at."""

    body_id: int
    meeting_id: int
    other_body_id: int
    other_meeting_id: int


def grow(database: Database, n: int) -> Probe:
    """Add n of everything a screen lists, through the services, in one body and one meeting."""
    today = date.today()
    starts = datetime.combine(today, datetime.min.time()).replace(hour=18)
    with database.transaction() as s:
        body = s.scalars(sa.select(Body).where(Body.short_name == "OU Bergen")).one()
        other = s.scalars(sa.select(Body).where(Body.short_name == "OU Voss")).one()
        org = register.create_organisation(s, "Probekommunen", Side.MUNICIPAL)
        people = [
            register.create_person(
                s, f"Prøve{i:03d}", f"Personsen{i:03d}", organisation_id=org.id, email=f"p{i}@probe.no"
            )
            for i in range(3 * n)
        ]
        members = [
            register.add_membership(s, body.id, p.id, Role.MEMBER, term_from=date(2024, 1, 1))
            for p in people[:n]
        ]
        for principal, p in zip(members, people[n : 2 * n], strict=True):
            register.add_membership(
                s, body.id, p.id, Role.DEPUTY, term_from=date(2024, 1, 1), deputy_for_id=principal.id
            )
        for p in people[2 * n :]:
            register.add_membership(s, body.id, p.id, Role.OBSERVER, term_from=date(2024, 1, 1))
        meeting = meetings.create_meeting(s, body, starts, place="Probesalen")
        for i in range(n):
            item = meetings.add_item(
                s, meeting_id=meeting.id, title=f"Prøvesak {i}", background="Bakgrunn.",
                proposed_decision=f"Vedtak {i}.",
            )
            live.add_follow_up(
                s, item=item, what=f"Følg opp {i}", responsible_text="SSE", due_on=today + timedelta(days=i)
            )
            meetings.add_item(s, body_id=body.id, title=f"Ventande prøvesak {i}")
        for i in range(n):  # more meetings in the same year
            meetings.create_meeting(s, body, starts - timedelta(minutes=i + 1), place=f"Rom {i}")
        live.prepare_attendance(s, meeting)
        other_meeting = meetings.create_meeting(s, other, starts + timedelta(hours=1), place="Voss")
        meetings.add_item(s, meeting_id=other_meeting.id, title="Ei anna sak")
        return Probe(body.id, meeting.id, other.id, other_meeting.id)


class StatementCounter:
    def __init__(self, engine: sa.Engine) -> None:
        self.count = 0
        self.statements: list[str] = []
        event.listen(engine, "before_cursor_execute", self._seen)

    def _seen(self, _conn, _cursor, statement, _parameters, _context, _executemany) -> None:
        self.count += 1
        self.statements.append(" ".join(statement.split())[:160])

    def reset(self) -> None:
        self.count = 0
        self.statements = []


def screen_counts(path: Path, qapp) -> tuple[dict[str, int], dict[str, list[str]], dict[str, int]]:
    """The statements each screen issues on the database at `path`, and the rows it shows."""
    from hfdesk.ui.main_window import MainWindow

    database = open_database(path)
    probe = grow(database, int(path.stem.split("-")[-1]))
    counter = StatementCounter(database.engine)
    window = MainWindow(database)
    window.resize(1280, 800)
    window.show()
    qapp.processEvents()
    counts: dict[str, int] = {}
    statements: dict[str, list[str]] = {}

    def measure(name: str, action: Callable[[], object], before: Callable[[], object] | None = None) -> None:
        if before is not None:
            before()
            qapp.processEvents()
        counter.reset()
        action()
        qapp.processEvents()
        counts[name] = counter.count
        statements[name] = counter.statements

    register_page = window.register_page
    bodies = register_page.bodies
    window.show_page(0)
    bodies.select_body(probe.body_id)
    measure("register page: refresh, body selected", register_page.refresh)
    measure(
        "register page: select a body",
        lambda: bodies.select_body(probe.body_id),
        before=lambda: bodies.select_body(probe.other_body_id),
    )
    measure("register page: former members shown", lambda: bodies.show_ended.setChecked(True))
    register_page.tabs.setCurrentWidget(register_page.people)
    measure("people tab: refresh", register_page.people.refresh)
    register_page.tabs.setCurrentWidget(register_page.organisations)
    measure("organisations tab: refresh", register_page.organisations.refresh)

    meetings_page = window.meetings_page
    window.show_page(1)
    meetings_page.body.setCurrentIndex(0)
    measure(
        "meetings page: select a meeting",
        lambda: meetings_page.select_meeting(probe.meeting_id),
        before=lambda: meetings_page.select_meeting(probe.other_meeting_id),
    )
    measure("meetings page: refresh, meeting selected", meetings_page.refresh)
    measure(
        "meetings page: body chosen",
        lambda: meetings_page.body.setCurrentIndex(meetings_page.body.findData(probe.body_id)),
    )
    measure("meetings page: year plan", lambda: meetings_page.show_view(1))
    meetings_page.show_view(0)
    measure("meetings page: search", lambda: meetings_page.search.setText("prøvesak"))
    hits = meetings_page.hits_model.total_rows()
    meetings_page.search.setText("")

    window.show_page(2)
    measure("follow-ups page: refresh", window.follow_ups_page.refresh)
    window.follow_ups_page.set_filter("all")

    if hasattr(window, "open_meeting_mode"):
        window.show_page(3)
        measure(
            "meeting mode: first open",
            lambda: window.open_meeting_mode(probe.meeting_id),
            before=lambda: window.open_meeting_mode(probe.other_meeting_id),
        )
        measure(
            "meeting mode: open again",
            lambda: window.open_meeting_mode(probe.meeting_id),
            before=lambda: window.open_meeting_mode(probe.other_meeting_id),
        )
        measure("meeting mode: refresh", window.live_page.refresh)

    shown = {
        "members": bodies.members_model.total_rows(),
        "people": register_page.people.model.total_rows(),
        "agenda": meetings_page.agenda_model.total_rows(),
        "follow-ups": window.follow_ups_page.model.total_rows(),
        "hits": hits,
    }
    if hasattr(window, "live_page"):
        shown["attendees"] = window.live_page.attendance_model.total_rows()
    window.close()
    window.deleteLater()
    qapp.processEvents()
    database.close()
    return counts, statements, shown


@pytest.fixture(scope="module")
def measured(demo_file: Path, tmp_path_factory: pytest.TempPathFactory, qapp) -> Iterator[dict[str, tuple]]:
    folder = tmp_path_factory.mktemp("query-counts")
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("HFDESK_DATA_DIR", str(tmp_path_factory.mktemp("hfdesk-data")))
        out = {}
        for size in (SMALL, BIG):
            path = folder / f"demo-{size}.sqlite"
            shutil.copy(demo_file, path)
            out[size] = screen_counts(path, qapp)
        yield out


SCREENS = [
    "register page: refresh, body selected",
    "register page: select a body",
    "register page: former members shown",
    "people tab: refresh",
    "organisations tab: refresh",
    "meetings page: select a meeting",
    "meetings page: refresh, meeting selected",
    "meetings page: body chosen",
    "meetings page: year plan",
    "meetings page: search",
    "follow-ups page: refresh",
    "meeting mode: first open",
    "meeting mode: open again",
    "meeting mode: refresh",
]


def test_the_bigger_database_really_shows_more_rows(measured):
    _, _, small = measured[SMALL]
    _, _, big = measured[BIG]
    assert big["members"] >= small["members"] + 3 * (BIG - SMALL)
    assert big["people"] >= small["people"] + 3 * (BIG - SMALL)
    assert big["agenda"] >= small["agenda"] + BIG - SMALL
    assert big["follow-ups"] >= small["follow-ups"] + BIG - SMALL
    assert big["hits"] > small["hits"]
    if "attendees" in big:
        assert big["attendees"] >= small["attendees"] + BIG - SMALL


@pytest.mark.parametrize("screen", SCREENS)
def test_a_screen_issues_as_many_statements_for_many_rows_as_for_few(measured, screen):
    small_counts, small_sql, _ = measured[SMALL]
    big_counts, big_sql, _ = measured[BIG]
    if screen not in small_counts:
        pytest.fail(f"{screen}: the main window has no such screen")
    assert small_counts[screen] > 0, f"{screen}: no statement counted (the listener is not on the engine)"
    extra = [
        s
        for s in big_sql[screen]
        if s not in small_sql[screen] or big_sql[screen].count(s) > small_sql[screen].count(s)
    ]
    assert big_counts[screen] == small_counts[screen], (
        f"{screen}: {small_counts[screen]} statements with {SMALL} rows of each kind, "
        f"{big_counts[screen]} with {BIG}; repeated: {sorted(set(extra))[:5]}"
    )
