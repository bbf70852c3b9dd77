"""The Meetings page: the notice and the calendar invitation of a meeting, and the case search."""

from __future__ import annotations

from pathlib import Path

import pytest
import sqlalchemy as sa
from docx import Document
from icalendar import Calendar
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox, QSplitter

from hfdesk.models import Meeting, MeetingStatus
from hfdesk.services import queries, search
from hfdesk.services.search import search_cases
from hfdesk.ui.main_window import PAGE_MEETINGS
from hfdesk.ui.models import CaseHitsModel, ObjectRole

pytestmark = pytest.mark.gui


@pytest.fixture
def page(window):
    window.show_page(PAGE_MEETINGS)
    return window.meetings_page


@pytest.fixture
def save_to(monkeypatch):
    """The save dialog answers with the path the test sets; the 'open it?' question answers No."""
    answer: dict[str, object] = {"path": "", "asked": []}
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(answer["path"]), ""))
    monkeypatch.setattr(
        QMessageBox, "question", lambda *a, **k: answer["asked"].append(a[2]) or QMessageBox.StandardButton.No
    )
    return answer


def _open_meeting(page, demo_db) -> tuple[int, str]:
    with demo_db.session() as s:
        rows = [r for r in queries.list_meetings(s) if r.status != MeetingStatus.CANCELLED and r.item_count]
    row = rows[0]
    page.year.setCurrentIndex(page.year.findData(row.starts_at.year))
    page.body.setCurrentIndex(0)
    assert page.select_meeting(row.id)
    return row.id, row.body_name


def test_export_notice_from_the_page(qtbot, page, demo_db, save_to, tmp_path):
    meeting_id, body_name = _open_meeting(page, demo_db)
    assert page.selected_meeting_id() == meeting_id
    assert page.notice_button.text() == "Eksporter &innkalling…"
    assert page.notice_button.isEnabled()
    save_to["path"] = tmp_path / "innkalling"  # no suffix: .docx is added
    qtbot.mouseClick(page.notice_button, Qt.MouseButton.LeftButton)
    out = tmp_path / "innkalling.docx"
    assert out.exists()
    text = "\n".join(p.text for p in Document(str(out)).paragraphs)
    assert body_name in text
    assert save_to["asked"] and "innkalling.docx" in save_to["asked"][0]


def test_export_calendar_from_the_context_menu_action(qtbot, page, demo_db, save_to, tmp_path):
    meeting_id, _ = _open_meeting(page, demo_db)
    save_to["path"] = tmp_path / "møte.ics"
    page.calendar_action.trigger()
    out = tmp_path / "møte.ics"
    calendar = Calendar.from_ical(out.read_bytes())
    events = [c for c in calendar.walk("VEVENT")]
    assert len(events) == 1
    with demo_db.session() as s:
        uuid = s.get(Meeting, meeting_id).uuid
    assert str(events[0]["UID"]) == f"{uuid}@hfdesk"
    assert str(calendar["METHOD"]) == "REQUEST"


def test_a_cancelled_meetings_calendar_file_is_its_cancellation(qtbot, page, demo_db, save_to, tmp_path, monkeypatch):
    """Issue 17, point 10: the calendar button on a cancelled meeting offers the cancellation
    (METHOD:CANCEL), under its own name, so the invited can take it out of their calendars."""
    with demo_db.session() as s:
        row = next(r for r in queries.list_meetings(s) if r.status == MeetingStatus.CANCELLED)
        short_name = s.get(Meeting, row.id).body.short_name
    page.year.setCurrentIndex(page.year.findData(row.starts_at.year))
    page.body.setCurrentIndex(0)
    assert page.select_meeting(row.id)
    assert page.calendar_action.isEnabled()
    asked: list[tuple[str, str]] = []
    out = tmp_path / "avlysning.ics"

    def save_name(_parent, title, suggested, _filter):
        asked.append((title, Path(suggested).name))
        return str(out), ""

    monkeypatch.setattr(QFileDialog, "getSaveFileName", save_name)
    page.calendar_action.trigger()
    assert asked == [("Lagre avlysning (kalender)", f"Avlysning {short_name} {row.starts_at:%Y-%m-%d}.ics")]
    calendar = Calendar.from_ical(out.read_bytes())
    assert str(calendar["METHOD"]) == "CANCEL"
    assert str(calendar.walk("VEVENT")[0]["STATUS"]) == "CANCELLED"


def test_a_cancelled_dialog_writes_nothing(qtbot, page, demo_db, save_to, tmp_path):
    _open_meeting(page, demo_db)
    save_to["path"] = ""
    assert page.export_notice() is None
    assert list(tmp_path.iterdir()) == [] or all(p.suffix != ".docx" for p in tmp_path.iterdir())
    assert save_to["asked"] == []


def test_a_known_error_is_shown_and_nothing_written(qtbot, page, demo_db, save_to, tmp_path, monkeypatch):
    from hfdesk.ui import ops as ops_module

    shown: list[str] = []
    monkeypatch.setattr(ops_module, "show_error", lambda _parent, message, *a: shown.append(message))
    with demo_db.session() as s:
        cancelled = [r for r in queries.list_meetings(s) if r.status == MeetingStatus.CANCELLED]
    if not cancelled:
        pytest.fail("the demo database has no cancelled meeting")
    row = cancelled[0]
    page.year.setCurrentIndex(page.year.findData(row.starts_at.year))
    page.body.setCurrentIndex(0)
    assert page.select_meeting(row.id)
    save_to["path"] = tmp_path / "avlyst.docx"
    assert page.export_notice() is None
    assert shown and "avlyst" in shown[0]
    assert not (tmp_path / "avlyst.docx").exists()


def test_search_finds_a_case_and_enter_opens_it_in_its_meeting(qtbot, page, demo_db):
    with demo_db.session() as s:
        items = [
            (a, m)
            for m in queries.list_meetings(s)
            for a in queries.meeting_agenda(s, m.id)
            if a.standard is None and a.number
        ]
    item, meeting = items[0]
    word = max(item.title.split(), key=len).strip(".,:;()«»")
    # Start somewhere else: another year and a body the meeting is not in.
    other_years = [i for i in range(page.year.count()) if page.year.itemData(i) != meeting.starts_at.year]
    if other_years:
        page.year.setCurrentIndex(other_years[0])
    other_bodies = [
        i for i in range(1, page.body.count()) if page.body.itemData(i) != meeting.body_id
    ]
    page.body.setCurrentIndex(other_bodies[0])

    page.find_action.trigger()
    assert page.search.hasFocus()
    qtbot.keyClicks(page.search, word)
    assert page.hits.isVisible()
    titles = [page.hits_model.index(r, CaseHitsModel.COL_TITLE).data() for r in range(page.hits_model.rowCount())]
    assert item.title in titles
    row = titles.index(item.title)
    page.hits.selectRow(row)
    qtbot.keyClick(page.search, Qt.Key.Key_Return)

    assert page.selected_meeting_id() == meeting.id
    assert page.year.currentData() == meeting.starts_at.year
    assert page.body.currentData() in (None, meeting.body_id)
    selected = page.agenda.selectionModel().selectedRows()
    assert len(selected) == 1
    assert selected[0].data(ObjectRole).id == item.id


def test_search_clears_and_hides_its_results(qtbot, page):
    qtbot.keyClicks(page.search, "zzzzqqq")
    assert page.hits.isVisible()
    assert page.hits_model.rowCount() == 0
    page.search.clear()
    assert not page.hits.isVisible()


def test_words_too_common_to_rank_are_said_and_shown_newest_first(qtbot, page, demo_db, monkeypatch):
    with demo_db.session() as s:
        every = [h.item_id for h in search_cases(s, "og", limit=5000)]
    assert len(every) > 100  # the page shows 50
    monkeypatch.setattr(search, "RANKED_AT_MOST", 100)
    qtbot.keyClicks(page.search, "og")
    assert page.hits_note.isVisible()
    assert page.hits_note.text() == (
        "Mer enn 100 saker passer: de sist registrerte kommer først. Skriv flere ord for å finne de beste treffene."
    )
    shown = [page.hits_model.row_at(r).item_id for r in range(page.hits_model.rowCount())]
    assert shown == sorted(every, reverse=True)[:50]
    hits_at = page.hits.geometry().top()
    page.search.clear()
    assert not page.hits_note.isVisible()
    monkeypatch.setattr(search, "RANKED_AT_MOST", 2000)
    qtbot.keyClicks(page.search, "og")  # ranked: nothing to say, the best first
    assert page.hits.isVisible() and page.hits_note.text() == ""
    assert [page.hits_model.row_at(r).item_id for r in range(page.hits_model.rowCount())] != shown
    qtbot.wait(10)
    assert page.hits.geometry().top() == hits_at  # the note's line is kept: the hits do not jump


def _below(widget, ancestor) -> tuple[int, int]:
    top = widget.mapTo(ancestor, widget.rect().topLeft()).y()
    return top, top + widget.height()


@pytest.mark.parametrize("size", [(1280, 720), (1366, 768), (1280, 650), (960, 600)])
def test_the_search_shows_four_hits_where_the_window_has_room(qtbot, window, page, size):
    """The plan's share of the page showed one hit and a half at 1280×720. Four rows where
    the window has the room; in a smaller window as many as fit, never drawn over the buttons
    under the list."""
    from hfdesk.ui.pages.meetings import HITS_SHOWN

    window.resize(*size)
    qtbot.wait(10)
    splitter = page.findChild(QSplitter)
    before = splitter.sizes()
    qtbot.keyClicks(page.search, "og")
    qtbot.wait(10)
    view = page.hits
    assert page.hits_model.rowCount() > HITS_SHOWN
    _top, bottom = _below(view, page)
    button_top, _ = _below(page.status_button, page)
    assert bottom <= button_top, f"the hits (to {bottom}) under the buttons (from {button_top})"
    last = HITS_SHOWN - 1
    if size[1] >= 720:
        assert view.rowViewportPosition(last) + view.rowHeight(last) <= view.viewport().height()
    page.search.clear()
    qtbot.keyClicks(page.search, "zzyzxq")  # no hit: the list's own words fit
    qtbot.wait(10)
    assert page.hits_model.rowCount() == 0
    if size[1] >= 720:
        assert view.viewport().height() >= 48 + view.fontMetrics().height()
    page.search.clear()
    qtbot.wait(10)
    assert splitter.sizes() == before  # the agenda's room given back
    assert page.meetings.height() > 3 * page.meetings.verticalHeader().defaultSectionSize()  # the list's too


def test_case_hits_model_passes_modeltester(qtmodeltester, demo_db):
    with demo_db.session() as s:
        hits = search_cases(s, "sak", 20) or search_cases(s, "møte", 20)
    model = CaseHitsModel()
    qtmodeltester.check(model)
    model.set_rows(hits)
    qtmodeltester.check(model)
    assert model.rowCount() == len(hits)


def test_a_waiting_case_is_put_on_the_selected_meeting(qtbot, page, demo_db):
    from hfdesk.services.meetings import backlog

    with demo_db.session() as s:
        waiting = backlog(s)
        bodies = {r.body_id for r in waiting}
        meeting = next(
            m for m in queries.list_meetings(s) if m.body_id in bodies and m.status == MeetingStatus.PLANNED
        )
    case = next(r for r in waiting if r.body_id == meeting.body_id)
    before = meeting.item_count
    page.year.setCurrentIndex(page.year.findData(meeting.starts_at.year))
    page.body.setCurrentIndex(page.body.findData(meeting.body_id))
    assert page.select_meeting(meeting.id)
    titles = [page.backlog_model.index(r, 0).data() for r in range(page.backlog_model.rowCount())]
    assert case.title in titles
    assert page.backlog_title.text().startswith("Saker som venter")
    assert not page.schedule_button.isEnabled()  # no case chosen yet
    page.backlog.selectRow(titles.index(case.title))
    assert page.schedule_button.isEnabled()
    assert page.schedule_button.text() == "Sett på &sakslisten"
    qtbot.mouseClick(page.schedule_button, Qt.MouseButton.LeftButton)

    assert case.title not in [page.backlog_model.index(r, 0).data() for r in range(page.backlog_model.rowCount())]
    agenda = [page.agenda_model.row_at(r) for r in range(page.agenda_model.rowCount())]
    assert case.id in [a.id for a in agenda]
    assert page.selected_meeting_id() == meeting.id
    selected = page.agenda.selectionModel().selectedRows()
    assert selected and selected[0].data(ObjectRole).id == case.id
    with demo_db.session() as s:
        assert next(m for m in queries.list_meetings(s) if m.id == meeting.id).item_count == before + 1
        assert case.id not in [r.id for r in backlog(s)]


def test_scheduling_is_off_for_a_held_meeting(qtbot, page, demo_db):
    with demo_db.session() as s:
        held = next(m for m in queries.list_meetings(s) if m.status == MeetingStatus.HELD)
    page.year.setCurrentIndex(page.year.findData(held.starts_at.year))
    page.body.setCurrentIndex(0)
    assert page.select_meeting(held.id)
    if page.backlog_model.rowCount():
        page.backlog.selectRow(0)
    assert not page.schedule_button.isEnabled()
    assert page.schedule_selected() is False


def test_backlog_model_passes_modeltester(qtmodeltester, demo_db):
    from hfdesk.services.meetings import backlog
    from hfdesk.ui.models import BacklogModel

    with demo_db.session() as s:
        rows = backlog(s)
    assert rows
    model = BacklogModel()
    qtmodeltester.check(model)
    model.set_rows(rows)
    qtmodeltester.check(model)


def test_search_hits_show_the_words_found_in_bold(qtbot, page):
    from hfdesk.ui.models import HtmlRole
    from hfdesk.ui.widgets import HtmlDelegate

    qtbot.keyClicks(page.search, "utskriv")
    model = page.hits_model
    assert model.rowCount() > 0
    html = model.index(0, CaseHitsModel.COL_SNIPPET).data(HtmlRole)
    assert "<b>" in html and "utskriv" in html.lower()
    plain = model.index(0, CaseHitsModel.COL_SNIPPET).data()
    assert "<b>" not in plain
    assert isinstance(page.hits.itemDelegateForColumn(CaseHitsModel.COL_SNIPPET), HtmlDelegate)
    page.hits.grab()  # the delegate paints without error


def test_a_hit_waiting_for_an_agenda_is_selected_among_the_cases_waiting(qtbot, page, demo_db):
    from hfdesk.services.meetings import backlog

    with demo_db.session() as s:
        waiting = backlog(s)[0]
    word = max(waiting.title.split(), key=len)
    page.search.setText(word)
    row = next(r for r in range(page.hits_model.rowCount()) if page.hits_model.row_at(r).item_id == waiting.id)
    page.hits.activated.emit(page.hits_model.index(row, 0))  # Enter or a double click on the hit
    assert page.body.currentData() == waiting.body_id
    selected = page.backlog.selectionModel().selectedRows()
    assert selected and selected[0].data(ObjectRole).id == waiting.id


def test_minutes_are_exported_for_a_held_meeting_only(qtbot, page, demo_db, save_to, tmp_path):
    with demo_db.session() as s:
        rows = queries.list_meetings(s)
    planned = next(r for r in rows if r.status == MeetingStatus.PLANNED)
    held = next(r for r in rows if r.status in (MeetingStatus.HELD, MeetingStatus.MINUTES_APPROVED) and r.item_count)
    page.year.setCurrentIndex(page.year.findData(planned.starts_at.year))
    page.body.setCurrentIndex(0)
    page.select_meeting(planned.id)
    assert not page.minutes_button.isEnabled() and not page.public_minutes_action.isEnabled()
    page.year.setCurrentIndex(page.year.findData(held.starts_at.year))
    page.select_meeting(held.id)
    assert page.minutes_button.isEnabled()
    save_to["path"] = tmp_path / "referat.docx"
    qtbot.mouseClick(page.minutes_button, Qt.MouseButton.LeftButton)
    text = "\n".join(p.text for p in Document(str(tmp_path / "referat.docx")).paragraphs)
    assert held.body_name in text
    save_to["path"] = tmp_path / "offentlig.docx"
    page.public_minutes_action.trigger()
    assert (tmp_path / "offentlig.docx").exists()
    save_to["path"] = tmp_path / "mote.json"
    page.json_action.trigger()
    import json

    assert json.loads((tmp_path / "mote.json").read_text(encoding="utf-8"))["meeting"]["id"] == held.id


def test_attendance_of_the_chosen_year_and_body_to_excel(qtbot, page, demo_db, save_to, tmp_path):
    from openpyxl import load_workbook

    with demo_db.session() as s:
        held = next(r for r in queries.list_meetings(s) if r.status in (MeetingStatus.HELD, MeetingStatus.MINUTES_APPROVED))
    page.year.setCurrentIndex(page.year.findData(held.starts_at.year))
    page.body.setCurrentIndex(page.body.findData(held.body_id))
    save_to["path"] = tmp_path / "oppmote"
    page.attendance_action.trigger()
    book = load_workbook(tmp_path / "oppmote.xlsx")
    # the overview, then only the chosen body
    assert [ws.title for ws in book.worksheets][0] == "Oversikt" and len(book.worksheets) == 2


def test_a_document_saved_into_the_backups_folder_is_refused(qtbot, page, demo_db, save_to, monkeypatch):
    """Issue 15: a slip in the save dialog (the backups folder beside the database; the database
    itself cannot be picked: the dialog's name gets .docx) shows one line and writes nothing."""
    from hfdesk.ui import ops as ops_module

    shown: list[str] = []
    monkeypatch.setattr(ops_module, "show_error", lambda _parent, message, *a: shown.append(message))
    _open_meeting(page, demo_db)
    backups = demo_db.path.parent / "backups"
    backups.mkdir(exist_ok=True)
    save_to["path"] = backups / "innkalling.docx"
    assert page.export_notice() is None
    assert shown and "mappen med sikkerhetskopier" in shown[0]
    assert not (backups / "innkalling.docx").exists() and save_to["asked"] == []


def test_the_public_notice_withholds_an_exempt_case(qtbot, page, demo_db, save_to, tmp_path):
    """Issue 17, point 1: the app exports the public notice: an exempt case is its number and legal
    basis only, where the notice for the members prints it in full."""
    from hfdesk.models import AgendaItem

    with demo_db.session() as s:
        item = s.scalars(
            sa.select(AgendaItem)
            .join(Meeting, Meeting.id == AgendaItem.meeting_id)
            .where(AgendaItem.exempt, Meeting.status != MeetingStatus.CANCELLED)
        ).first()
        meeting = item.meeting
        title, basis, year, meeting_id = item.title, item.exemption_basis, meeting.starts_at.year, meeting.id
    page.year.setCurrentIndex(page.year.findData(year))
    page.body.setCurrentIndex(0)
    assert page.select_meeting(meeting_id)
    assert page.public_notice_action.isEnabled()
    save_to["path"] = tmp_path / "innkalling-offentleg.docx"
    page.public_notice_action.trigger()
    public = Document(str(tmp_path / "innkalling-offentleg.docx"))
    text = "\n".join([p.text for p in public.paragraphs] + [c.text for t in public.tables for r in t.rows for c in r.cells])
    assert basis in text and title not in text
    save_to["path"] = tmp_path / "innkalling.docx"
    page.notice_action.trigger()
    internal = Document(str(tmp_path / "innkalling.docx"))
    assert title in "\n".join(p.text for p in internal.paragraphs)


def test_the_save_dialog_offers_the_body_and_the_day(qtbot, page, demo_db, monkeypatch, tmp_path):
    """Issue 17, point 4: the notice is offered as "Innkalling SSU 2026-12-15.docx", not by id."""
    offered = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: offered.append(a[2]) or ("", ""))
    meeting_id, _body = _open_meeting(page, demo_db)
    with demo_db.session() as s:
        meeting = s.get(Meeting, meeting_id)
        expected = f"Innkalling {meeting.body.short_name} {meeting.starts_at:%Y-%m-%d}.docx"
    page.notice_action.trigger()
    assert offered and Path(offered[0]).name == expected


def test_internal_and_public_files_are_named_apart_and_the_attendance_by_body(qtbot, page, demo_db, monkeypatch):
    """Issue 17, points 2 and 4: a meeting with an exempt item offers "…-intern" and
    "…-offentlig"; one without offers its notice plainly; attendance by the body's short name."""
    offered = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: offered.append(Path(a[2]).name) or ("", ""))
    with demo_db.session() as s:
        exempt = s.scalars(sa.select(Meeting).where(Meeting.items.any(exempt=True))).first()
        exempt_id, short, day, year = exempt.id, exempt.body.short_name, f"{exempt.starts_at:%Y-%m-%d}", exempt.starts_at.year
        body_id = exempt.body_id
    page.year.setCurrentIndex(page.year.findData(year))
    page.body.setCurrentIndex(page.body.findData(body_id))
    assert page.select_meeting(exempt_id)
    page.notice_action.trigger()
    page.public_notice_action.trigger()
    page.minutes_action.trigger()
    page.public_minutes_action.trigger()
    page.attendance_action.trigger()
    assert offered == [
        f"Innkalling {short} {day}-intern.docx",
        f"Innkalling {short} {day}-offentlig.docx",
        f"Referat {short} {day}-intern.docx",
        f"Referat {short} {day}-offentlig.docx",
        f"Oppmøte {year} {short}.xlsx",
    ]


def test_report_absence_calls_in_the_deputy_and_offers_the_mail(qtbot, page, demo_db, monkeypatch, tmp_path):
    """Meld forfall on a meeting not yet held: the member, the reason, the deputy proposed (and
    changeable); then "Lag e-post til varamedlemmet" writes the draft with the notice attached."""
    from datetime import date
    from email import policy
    from email.parser import BytesParser

    from hfdesk.models import AttendanceStatus, Membership, Role
    from hfdesk.services import absence, register
    from hfdesk.ui.dialogs.absence import AbsenceDialog

    with demo_db.transaction() as s:
        rows = [r for r in queries.list_meetings(s) if r.status in (MeetingStatus.PLANNED, MeetingStatus.NOTICE_SENT)]
        meeting, member = next(
            (r, m) for r in rows for m in absence.absence_members(s, r.id)
            if m.has_deputy_seat and absence.deputy_choices(s, r.id, m.person_id)
        )
        # beside the member's personal deputy, one on the body's shared list, of the member's side
        seat = s.get(Membership, member.membership_id)
        pool = register.create_person(s, "Vara", "Frå Lista", organisation_id=seat.organisation_id,
                                      email="vara.lista@example.no")
        register.add_membership(s, seat.body_id, pool.id, Role.DEPUTY, term_from=date(2024, 1, 1),
                                organisation_id=seat.organisation_id)
        choices = absence.deputy_choices(s, meeting.id, member.person_id)
        assert [c.personal for c in choices] == [True, False]
    page.year.setCurrentIndex(page.year.findData(meeting.starts_at.year))
    page.body.setCurrentIndex(0)
    assert page.select_meeting(meeting.id)
    assert page.absence_action.isEnabled()

    answers = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: answers.append(a[2]) or (
        QMessageBox.StandardButton.Yes if len(answers) == 1 else QMessageBox.StandardButton.No))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(tmp_path / "til-vara"), ""))
    monkeypatch.setattr(AbsenceDialog, "open", lambda self: None)  # (not shown: driven here)
    dialog = page.report_absence()
    assert isinstance(dialog, AbsenceDialog)
    dialog.member.set_value(member.person_id)
    assert dialog.call_in.isChecked() and dialog.deputy.isEnabled()
    assert dialog.deputy.value() == choices[0].membership_id  # the proposed one first
    dialog.deputy.set_value(choices[1].membership_id)  # and changeable
    dialog.reason.setText("Sjukmeld")
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: (tmp_path / "til-vara.eml").exists())  # asked once the form has closed
    with demo_db.session() as s:
        rows = {a.person_id: a for a in s.get(Meeting, meeting.id).attendances}
        assert rows[member.person_id].status == AttendanceStatus.REPORTED_ABSENT
        assert rows[member.person_id].note == "Sjukmeld"
        assert rows[choices[1].person_id].deputy_for_id == member.membership_id
    assert "e-post" in answers[0]
    # the draft goes to the deputy chosen, the one from the list
    message = BytesParser(policy=policy.default).parsebytes((tmp_path / "til-vara.eml").read_bytes())
    assert message["X-Unsent"] == "1"
    assert message["To"].addresses[0].addr_spec == "vara.lista@example.no"
    assert message["Subject"].startswith("Innkalling som varamedlem: ")
    assert any(a.get_filename().endswith(".docx") for a in message.iter_attachments())

    # the member comes after all: the deputy goes off the list
    dialog = page.report_absence()
    dialog.member.set_value(member.person_id)
    assert dialog.withdraw_button.isEnabled()
    qtbot.mouseClick(dialog.withdraw_button, Qt.MouseButton.LeftButton)
    with demo_db.session() as s:
        rows = {a.person_id: a for a in s.get(Meeting, meeting.id).attendances}
        assert rows[member.person_id].status == AttendanceStatus.EXPECTED
        assert choices[1].person_id not in rows
