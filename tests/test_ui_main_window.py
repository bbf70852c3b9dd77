"""The main window on the demo database, offscreen: navigation, lists, selection, errors."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QLabel, QMessageBox

from hfdesk.db import open_database
from hfdesk.services import queries
from hfdesk.ui import app as app_module
from hfdesk.ui import main_window as main_window_module
from hfdesk.ui.labels import FollowUpState, follow_up_state
from hfdesk.ui.main_window import PAGE_FOLLOW_UPS, PAGE_MEETINGS, MainWindow
from hfdesk.ui.models import AgendaModel, FollowUpsModel, IdRole, MembersModel, ObjectRole

pytestmark = pytest.mark.gui

DISPLAY = Qt.ItemDataRole.DisplayRole


@pytest.fixture(autouse=True)
def _no_welcome_question(request, monkeypatch):
    """run_gui on a new file asks the first-run question (a modal box); only the tests about it see it."""
    if "first_run" not in request.node.name:
        monkeypatch.setattr(MainWindow, "offer_demo_on_first_run", lambda self: False)


def close_main_windows() -> None:
    """Close every top-level MainWindow, as the user quitting would (the fake event loops' job)."""
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, MainWindow):
            widget.close()


@pytest.fixture(autouse=True)
def _no_window_left_behind(qapp):
    """No test leaves a window for the next one to find, whatever order they run in."""
    yield
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, MainWindow):
            widget.close()
            widget.deleteLater()
    QApplication.processEvents()


@pytest.fixture
def errors(monkeypatch):
    """Known errors the window would show, instead of a modal box."""
    shown: list[str] = []
    monkeypatch.setattr(main_window_module, "show_error", lambda _parent, message, *a: shown.append(message))
    return shown


def proxy_texts(view, column: int) -> list[str]:
    model = view.model()
    return [model.index(r, column).data(DISPLAY) for r in range(model.rowCount())]


def click_row(qtbot, view, row: int, column: int = 0) -> None:
    index = view.model().index(row, column)
    view.scrollTo(index)
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=view.visualRect(index).center())


# --- the window ------------------------------------------------------------------------


def test_title_menus_and_status_bar(window, demo_db):
    assert window.windowTitle() == f"hfdesk – {demo_db.path.name}"
    assert str(demo_db.path) in window.database_label.text()
    assert window.database_label.text().startswith("Database: ")
    menus = [a.text() for a in window.menuBar().actions()]
    assert menus == ["&Fil", "&Vis", "&Hjelp"]
    assert window.open_action.text() == "&Åpne database…"
    assert window.open_action.shortcut().toString() == "Ctrl+O"
    assert window.demo_action.text() == "Lag &demodatabase…"
    assert window.quit_action.text() == "&Avslutt"
    assert window.quit_action.shortcut().toString() == "Ctrl+Q"
    assert window.about_action.text() == "&Om hfdesk"
    file_menu = window.menuBar().actions()[0].menu()
    assert window.settings_action in file_menu.actions()
    assert window.settings_action.text() == "&Innstillinger…"
    assert [window.sidebar.item(i).text() for i in range(window.sidebar.count())] == [
        "Register",
        "Møter",
        "Oppfølging",
        "Møtemodus",
    ]
    assert window.width() >= 960 and window.height() >= 600


def test_opens_on_the_register_with_bodies_and_members(window, demo_db):
    assert window.current_page() is window.register_page
    with demo_db.session() as s:
        bodies = queries.list_bodies(s)
    tree = window.register_page.bodies.tree_model
    assert len(tree.bodies()) == len(bodies) > 0
    # The first body is selected, so its members show at once.
    assert window.register_page.bodies.selected_body_id() == tree.index(0, 0).data(IdRole)


def test_sidebar_click_switches_page(qtbot, window, demo_db):
    sidebar = window.sidebar
    rect = sidebar.visualItemRect(sidebar.item(PAGE_MEETINGS))
    qtbot.mouseClick(sidebar.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current_page() is window.meetings_page
    assert window.meetings_page.isVisible() and not window.register_page.isVisible()
    assert window.page_actions[PAGE_MEETINGS].isChecked()
    year = window.meetings_page.year.currentData()
    with demo_db.session() as s:
        expected = queries.list_meetings(s, year=year)
    assert window.meetings_page.meetings.model().rowCount() == len(expected) > 0

    rect = sidebar.visualItemRect(sidebar.item(PAGE_FOLLOW_UPS))
    qtbot.mouseClick(sidebar.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current_page() is window.follow_ups_page


def test_ctrl_number_shortcuts(qtbot, window):
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() is window.meetings_page
    assert window.sidebar.currentRow() == PAGE_MEETINGS
    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() is window.follow_ups_page
    qtbot.keyClick(window, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert window.current_page() is window.register_page


# --- register --------------------------------------------------------------------------


def test_select_body_shows_its_members(qtbot, window, demo_db):
    with demo_db.session() as s:
        bodies = queries.list_bodies(s)
        body = max(bodies[1:] or bodies, key=lambda b: b.member_count)
        members = queries.body_members(s, body.id)
    assert members, "the demo data should give this body members"
    tab = window.register_page.bodies
    index = tab.tree_model.index_of_id(body.id)
    tab.tree.scrollTo(index)
    qtbot.mouseClick(tab.tree.viewport(), Qt.MouseButton.LeftButton, pos=tab.tree.visualRect(index).center())
    assert tab.selected_body_id() == body.id
    assert tab.body_title.text() == body.name
    table = tab.members
    assert table.model().rowCount() == len(members)
    assert proxy_texts(table, MembersModel.COL_NAME) == [m.name for m in members]
    rights = set(proxy_texts(table, MembersModel.COL_RIGHTS))
    assert rights <= {"Stemmerett", "Tale- og forslagsrett", "Talerett", "Ingen"}
    assert "Stemmerett" in rights


def test_body_header_counts_members_observers_and_deputies_apart(window, demo_db):
    with demo_db.session() as s:
        body = next(b for b in queries.list_bodies(s) if b.level == 1)  # the Partnarskapsmøte
        seats = queries.body_members(s, body.id)
    voting = sum(1 for m in seats if m.role.value in ("leader", "deputy_leader", "member"))
    observers = sum(1 for m in seats if m.role.value == "observer")
    deputies = sum(1 for m in seats if m.role.value == "deputy")
    assert (body.voting_count, body.observer_count, body.deputy_count) == (voting, observers, deputies)
    assert body.member_count == voting + observers + deputies
    assert observers > 0, "the demo Partnarskapsmøte has observers"
    tab = window.register_page.bodies
    tab.select_body(body.id)
    meta = tab.body_meta.text()
    assert f"{voting} medlemmer, {observers} observatører, {deputies} varamedlem" in meta
    assert "nå" not in meta.split(" · ")[-1]


def test_agenda_marks_exempt_items_and_cases_not_on_the_agenda(window, demo_db):
    page = window.meetings_page
    with demo_db.session() as s:
        years = queries.meeting_years(s)
        found = {}
        for year in years:
            for meeting in queries.list_meetings(s, year=year):
                for item in queries.meeting_agenda(s, meeting.id):
                    if item.exempt:
                        found.setdefault("exempt", (meeting, item))
                    if item.not_on_agenda:
                        found.setdefault("raised", (meeting, item))
                if meeting.status.value == "cancelled" and meeting.cancelled_reason:
                    found.setdefault("cancelled", (meeting, None))
    assert set(found) == {"exempt", "raised", "cancelled"}, "the demo data has each kind"

    def show(meeting):
        page.year.setCurrentIndex(page.year.findData(meeting.starts_at.year))
        assert page.select_meeting(meeting.id)
        assert page.selected_meeting_id() == meeting.id

    meeting, item = found["exempt"]
    show(meeting)
    row = proxy_texts(page.agenda, AgendaModel.COL_TITLE).index(item.title)
    assert proxy_texts(page.agenda, AgendaModel.COL_ACCESS)[row].startswith("Unntatt")
    meeting, item = found["raised"]
    show(meeting)
    assert f"\u2691 Ikke på sakslisten: {item.title}" in proxy_texts(page.agenda, AgendaModel.COL_TITLE)
    meeting, _ = found["cancelled"]
    show(meeting)
    reason = meeting.cancelled_reason.removeprefix("Avlyst: ")
    assert reason in page.agenda_meta.text()
    assert page.agenda_meta.text().count("Avlyst") == 1


def test_show_former_members(qtbot, window, demo_db):
    tab = window.register_page.bodies
    with demo_db.session() as s:
        counts = {
            b.id: len(queries.body_members(s, b.id, include_ended=True)) for b in queries.list_bodies(s)
        }
    body_id = max(counts, key=counts.get)
    tab.select_body(body_id)
    qtbot.mouseClick(tab.show_ended, Qt.MouseButton.LeftButton, pos=tab.show_ended.rect().center())
    assert tab.show_ended.isChecked()
    assert tab.members.model().rowCount() == counts[body_id]


def test_people_search_filters_as_you_type(qtbot, window, demo_db):
    tab = window.register_page.people
    window.register_page.tabs.setCurrentWidget(tab)
    with demo_db.session() as s:
        people = queries.search_people(s)
    total = len(people)
    assert tab.table.model().rowCount() == total > 1
    word = people[len(people) // 2].name.split()[-1]
    qtbot.keyClicks(tab.search, word)
    shown = tab.table.model().rowCount()
    assert 1 <= shown < total
    for r in range(shown):
        row = tab.table.model().index(r, 0).data(ObjectRole)
        haystack = f"{row.name} {row.title} {row.organisation} {row.email} {row.phone}".casefold()
        assert word.casefold() in haystack
    assert tab.count.text() == f"Viser {shown} av {total}"
    qtbot.keyClicks(tab.search, " zzzz-ingen-slik")
    assert tab.table.model().rowCount() == 0
    assert tab.table.empty_text().startswith("Ingen treff på «")
    tab.search.clear()
    assert tab.table.model().rowCount() == total


def test_organisations_tab(window, demo_db):
    tab = window.register_page.organisations
    with demo_db.session() as s:
        organisations = queries.list_organisations(s)
    assert tab.table.model().rowCount() == len(organisations) > 0


# --- meetings --------------------------------------------------------------------------


def test_select_meeting_shows_agenda_with_item_numbers(qtbot, window, demo_db):
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    page = window.meetings_page
    view = page.meetings
    rows = [view.model().index(r, 0).data(ObjectRole) for r in range(view.model().rowCount())]
    with demo_db.session() as s:
        with_agenda = [(r, queries.meeting_agenda(s, r.id)) for r in rows]
    meeting, agenda = max(with_agenda, key=lambda pair: sum(1 for a in pair[1] if a.number))
    assert agenda, "the demo data should have meetings with agendas"
    click_row(qtbot, view, rows.index(meeting), column=2)
    assert page.selected_meeting_id() == meeting.id
    numbers = proxy_texts(page.agenda, AgendaModel.COL_NUMBER)
    assert numbers == [f"Sak {a.number}" if a.number else "" for a in agenda]
    assert any(n.startswith("Sak ") for n in numbers)
    assert proxy_texts(page.agenda, AgendaModel.COL_TITLE) == [
        f"\u2691 Ikke på sakslisten: {a.title}" if a.not_on_agenda else a.title for a in agenda
    ]
    assert proxy_texts(page.agenda, AgendaModel.COL_TIME)[0] == meeting.starts_at.strftime("%H:%M")
    assert page.agenda_title.text() == f"Saksliste – {meeting.body_name}"


def test_meeting_dates_are_norwegian(window):
    page = window.meetings_page
    dates = proxy_texts(page.meetings, 0)
    weekdays = ("mandag", "tirsdag", "onsdag", "torsdag", "fredag", "lørdag", "søndag")
    assert dates and all(d.split()[0] in weekdays for d in dates)


def test_body_filter_limits_meetings(window, demo_db):
    page = window.meetings_page
    year = page.year.currentData()
    with demo_db.session() as s:
        meetings = queries.list_meetings(s, year=year)
    body_id = meetings[0].body_id
    page.body.setCurrentIndex(page.body.findData(body_id))
    shown = [
        page.meetings.model().index(r, 0).data(ObjectRole) for r in range(page.meetings.model().rowCount())
    ]
    assert shown and all(m.body_id == body_id for m in shown)
    assert len(shown) == sum(1 for m in meetings if m.body_id == body_id)


def test_year_without_meetings_shows_empty_text(window, demo_db):
    page = window.meetings_page
    with demo_db.session() as s:
        years = queries.meeting_years(s)
    page.year.addItem("1999", 1999)
    page.year.setCurrentIndex(page.year.findData(1999))
    assert page.meetings.model().rowCount() == 0
    assert page.meetings.empty_text() == "Ingen møter er planlagt i 1999."
    assert page.agenda.model().rowCount() == 0
    assert page.agenda.empty_text() == "Velg et møte for å se sakslisten."
    assert 1999 not in years


# --- follow-ups --------------------------------------------------------------------------


def test_follow_up_filters(window, demo_db):
    page = window.follow_ups_page
    with demo_db.session() as s:
        rows = queries.list_follow_ups(s)
    states = [follow_up_state(r.status, r.overdue) for r in rows]
    assert page.current_filter() == "open"
    assert page.table.model().rowCount() == sum(1 for st in states if st != FollowUpState.DONE)
    page.filter_buttons["overdue"].click()
    assert page.table.model().rowCount() == states.count(FollowUpState.OVERDUE)
    assert set(proxy_texts(page.table, FollowUpsModel.COL_STATUS)) <= {"Forfalt"}
    page.filter_buttons["done"].click()
    assert page.table.model().rowCount() == states.count(FollowUpState.DONE)
    page.filter_buttons["all"].click()
    assert page.table.model().rowCount() == len(rows) > 0
    assert page.filter_buttons["all"].text() == f"Alle ({len(rows)})"


def test_mark_follow_up_done(qtbot, window, demo_db, monkeypatch):
    window.show_page(PAGE_FOLLOW_UPS)  # a page is acted on where it is shown
    page = window.follow_ups_page
    page.set_filter("open")
    assert page.table.model().rowCount() > 0  # the demo always has open follow-ups
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    click_row(qtbot, page.table, 0)
    row = page.selected_row()
    assert page.done_button.isEnabled()
    with qtbot.waitSignal(window.ops.data_changed):
        qtbot.mouseClick(page.done_button, Qt.MouseButton.LeftButton)
    with demo_db.session() as s:
        done = {r.id: r for r in queries.list_follow_ups(s)}[row.id]
    assert done.status.value == "done" and done.done_on == date.today()
    assert row.id not in {
        page.table.model().index(r, 0).data(IdRole) for r in range(page.table.model().rowCount())
    }


# --- files --------------------------------------------------------------------------------


def test_open_another_database(window, tmp_path, demo_db):
    other = tmp_path / "annen.sqlite"
    open_database(other).close()
    assert window.open_database_file(other)
    try:
        assert window.windowTitle() == "hfdesk – annen.sqlite"
        assert window.database.path == other
        bodies = window.register_page.bodies
        assert bodies.tree_model.rowCount() == 0
        assert bodies.tree.empty_text() == "Ingen organ er registrert ennå."
        assert window.meetings_page.meetings.model().rowCount() == 0
        assert window.follow_ups_page.table.model().rowCount() == 0
    finally:
        window.database.close()


def test_open_database_known_error_is_shown(window, tmp_path, errors, demo_db):
    bad = tmp_path / "ikke-en-database.sqlite"
    bad.write_bytes(b"this is not sqlite")
    assert not window.open_database_file(bad)
    assert errors and errors[0].startswith("Databasen kunne ikke åpnes.")
    assert "ikke-en-database.sqlite" in errors[0]
    assert window.database is demo_db
    assert bad.read_bytes() == b"this is not sqlite"


def test_open_database_dialog(window, tmp_path, monkeypatch):
    other = tmp_path / "valgt.sqlite"
    open_database(other).close()
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(other), ""))
    window.open_action.trigger()
    try:
        assert window.database.path == other
    finally:
        window.database.close()


def test_demo_database_never_overwrites_a_file(window, tmp_path, monkeypatch, errors):
    existing = tmp_path / "ekte.sqlite"
    existing.write_bytes(b"real data")
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(existing), ""))
    window.demo_action.trigger()
    assert errors and "finnes allerede" in errors[0]
    assert existing.read_bytes() == b"real data"


@pytest.mark.slow
def test_create_demo_database_and_open_it(window, tmp_path, monkeypatch, demo_db):
    target = tmp_path / "ny-demo"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(target), ""))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    window.demo_action.trigger()
    try:
        assert window.database.path == target.with_suffix(".sqlite")
        assert window.register_page.bodies.tree_model.rowCount() > 0
        assert demo_db.path != window.database.path
    finally:
        window.database.close()


# --- an empty database ------------------------------------------------------------------


def test_empty_database_shows_empty_texts(qtbot, db, nb):
    win = MainWindow(db)
    qtbot.addWidget(win)
    win.show()
    register = win.register_page
    assert register.bodies.tree.empty_text() == "Ingen organ er registrert ennå."
    assert register.bodies.members.empty_text() == "Velg et organ for å se medlemmene."
    assert register.people.table.empty_text() == "Ingen personer er registrert ennå."
    assert register.people.count.text() == "0 personer"
    assert win.meetings_page.meetings.empty_text().startswith("Ingen møter er planlagt i ")
    assert win.meetings_page.year.currentData() == date.today().year
    assert win.follow_ups_page.table.empty_text() == "Ingen åpne oppfølgingspunkter."
    assert not win.follow_ups_page.done_button.isEnabled()


# --- starting the application -------------------------------------------------------------


def test_run_gui_opens_the_window_and_asks_on_first_run(qapp, tmp_path, monkeypatch):
    path = tmp_path / "mappe" / "hfdesk.sqlite"
    seen: list[str] = []
    offered: list[Path] = []
    monkeypatch.setattr(MainWindow, "offer_demo_on_first_run", lambda self: offered.append(self.database.path))

    def fake_exec() -> int:
        QApplication.processEvents()
        windows = [w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        assert len(windows) == 1
        seen.append(windows[0].windowTitle())
        close_main_windows()
        return 0

    monkeypatch.setattr(QApplication, "exec", staticmethod(fake_exec))
    assert app_module.run_gui(path) == 0
    assert seen == ["hfdesk – hfdesk.sqlite"]
    assert offered == [path]  # a new file: the first run offers the demo
    offered.clear()
    assert app_module.run_gui(path) == 0
    assert offered == []  # the file exists now: no question the second time
    assert path.exists()
    assert qapp.applicationName() == "hfdesk" and qapp.organizationName() == "hfdesk"


def test_run_gui_first_run_creates_the_chosen_database(qapp, monkeypatch, _private_data_dir):
    """No database yet: the welcome asks (here: the default folder, as the user left it),
    the file is made there, remembered, and the next start opens it without asking."""
    from hfdesk.ui.dialogs.first_run import FirstRunChoice

    monkeypatch.setenv("HFDESK_DATA_DIR", str(_private_data_dir / "ny"))
    asked: list[Path | None] = []

    def welcome(missing=None, translators=None):
        asked.append(missing)
        return FirstRunChoice(database=_private_data_dir / "ny" / "hfdesk.sqlite")

    monkeypatch.setattr(app_module, "ask_first_run", welcome)

    def fake_exec() -> int:
        close_main_windows()
        return 0

    monkeypatch.setattr(QApplication, "exec", staticmethod(fake_exec))
    assert app_module.run_gui(None) == 0
    assert (_private_data_dir / "ny" / "hfdesk.sqlite").exists()
    assert asked == [None]
    assert app_module.run_gui(None) == 0
    assert asked == [None]  # the second start opens the remembered file


def test_run_gui_first_run_quit_makes_nothing(qapp, monkeypatch, _private_data_dir):
    monkeypatch.setenv("HFDESK_DATA_DIR", str(_private_data_dir / "tom"))
    monkeypatch.setattr(app_module, "ask_first_run", lambda missing=None, translators=None: None)
    monkeypatch.setattr(QApplication, "exec", staticmethod(lambda: pytest.fail("must not start")))
    assert app_module.run_gui(None) == 0
    assert not (_private_data_dir / "tom" / "hfdesk.sqlite").exists()


def test_run_gui_known_error_offers_another_file(qapp, tmp_path, monkeypatch):
    bad = tmp_path / "skadet.sqlite"
    bad.write_bytes(b"garbage, not a database")
    messages: list[str] = []

    def refuse(message: str) -> Path | None:
        messages.append(message)
        return None

    monkeypatch.setattr(app_module, "_ask_for_other_file", refuse)
    monkeypatch.setattr(QApplication, "exec", staticmethod(lambda: pytest.fail("must not start")))
    assert app_module.run_gui(bad) == 1
    assert messages and "skadet.sqlite" in messages[0]


def test_run_gui_other_file_chosen_after_error(qapp, tmp_path, monkeypatch):
    bad = tmp_path / "skadet.sqlite"
    bad.write_bytes(b"garbage, not a database")
    good = tmp_path / "god.sqlite"
    open_database(good).close()
    monkeypatch.setattr(app_module, "_ask_for_other_file", lambda message: good)
    titles: list[str] = []

    def fake_exec() -> int:
        titles.extend(w.windowTitle() for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow))
        close_main_windows()
        return 0

    monkeypatch.setattr(QApplication, "exec", staticmethod(fake_exec))
    assert app_module.run_gui(bad) == 0
    assert "hfdesk – god.sqlite" in titles


def test_unexpected_error_is_logged_and_reported_without_a_traceback_on_screen(
    qapp, monkeypatch, _private_data_dir, nb
):
    from hfdesk.ui.error_report import ErrorReportDialog

    shown: list[ErrorReportDialog] = []
    monkeypatch.setattr(ErrorReportDialog, "exec", lambda dialog: shown.append(dialog) or 0)
    try:
        raise RuntimeError("en feil i koden")
    except RuntimeError as exc:
        app_module.show_unexpected_error(type(exc), exc, exc.__traceback__)
    log = _private_data_dir / "hfdesk-feil.log"
    assert "RuntimeError: en feil i koden" in log.read_text(encoding="utf-8")
    assert "Traceback" in log.read_text(encoding="utf-8")
    dialog = shown[0]
    visible = " ".join(label.text() for label in dialog.findChildren(QLabel) if not label.isHidden())
    assert "Traceback" not in visible
    assert str(log) in dialog.where.text()
    assert dialog.details.isHidden()  # the details are there to copy, shown only on request
    dialog.copy_details()
    assert "RuntimeError: en feil i koden" in QApplication.clipboard().text()
    dialog.show_button.setChecked(True)
    assert not dialog.details.isHidden()
    dialog.deleteLater()


def test_run_gui_calls_on_ready_with_the_shown_window(qapp, qtbot, tmp_path, monkeypatch):
    ready: list[MainWindow] = []

    def fake_exec() -> int:
        qtbot.waitUntil(lambda: bool(ready))
        close_main_windows()
        return 0

    monkeypatch.setattr(QApplication, "exec", staticmethod(fake_exec))
    assert app_module.run_gui(tmp_path / "klar.sqlite", on_ready=ready.append) == 0
    assert isinstance(ready[0], MainWindow)


def _answer_first_run(qtbot, window, *, demo: bool, name: str = "") -> None:
    """Fill in the welcome once it is open, then press Start."""

    def answer():
        dialog = window.first_run_box
        assert dialog is not None
        assert dialog.folder.isReadOnly() and not dialog.browse_button.isVisible()  # the file is given
        dialog.demo.setChecked(demo)
        dialog.name.setText(name)
        qtbot.mouseClick(dialog.start_button, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, answer)


def test_first_run_offers_the_demo_in_a_separate_file(qtbot, tmp_path, nb):
    real = tmp_path / "hfdesk.sqlite"
    database = open_database(real)
    win = MainWindow(database)
    qtbot.addWidget(win)
    win.show()
    _answer_first_run(qtbot, win, demo=True, name="Helsefellesskapet i Testområdet")
    assert win.offer_demo_on_first_run() is True
    assert win.database.path == tmp_path / "hfdesk-demo.sqlite"
    assert "hfdesk-demo.sqlite" in win.windowTitle()
    assert len(win.register_page.bodies.tree_model.bodies()) > 0
    # the user's own database stays empty but for the name: the demo is never mixed into real data
    check = open_database(real, create=False)
    with check.session() as session:
        assert queries.list_bodies(session) == []
        assert queries.search_people(session) == []
        from hfdesk.services.settings import partnership_name

        assert partnership_name(session) == "Helsefellesskapet i Testområdet"
    check.close()
    win.database.close()


def test_first_run_can_start_empty(qtbot, tmp_path, nb):
    database = open_database(tmp_path / "hfdesk.sqlite")
    win = MainWindow(database)
    qtbot.addWidget(win)
    win.show()
    _answer_first_run(qtbot, win, demo=False)
    assert win.offer_demo_on_first_run() is False
    assert win.database.path == tmp_path / "hfdesk.sqlite"
    assert not (tmp_path / "hfdesk-demo.sqlite").exists()
    database.close()


def test_smoke_test_hook_reports_the_shown_window_and_quits(qtbot, demo_copy, nb, monkeypatch, tmp_path):
    """packaging/build.py runs the frozen app with HFDESK_SMOKE_TEST=FILE: it must show the window and quit."""
    from hfdesk.ui.app import run_gui

    report = tmp_path / "smoke.txt"
    monkeypatch.setenv("HFDESK_SMOKE_TEST", str(report))
    assert run_gui(demo_copy) == 0
    assert report.read_text(encoding="utf-8").startswith("window shown: ")
