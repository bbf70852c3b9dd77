"""Safe output (issue 7, point 6): no user text becomes a spreadsheet formula in any
workbook hfdesk writes; a full working session opens no network connection; the database,
its journal and every backup are readable by their owner only."""

from __future__ import annotations

import re
import socket
import sqlite3
import stat
import sys
import zipfile
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest

from hfdesk.db import open_database
from hfdesk.models import AttendanceStatus, MeetingStatus, Role, Side
from hfdesk.services import live, meetings, register

EXPORTS = Path(__file__).resolve().parent.parent / "hfdesk" / "exports"

# Text a spreadsheet would evaluate (OWASP ASVS 5.0, 1.2.10), as a secretary might type or import it.
TRICKY = {
    "body": "=SUM(1;2) samarbeidsutval",
    "short": "-SSU",
    "area": "@Område vest",
    "org": "+Voss herad",
    "org_short": "=Voss",
    "given": '=HYPERLINK("http://eksempel.no/x";"Klikk")',
    "family": "+1+1",
    "given2": "@SUM(A1:A9)",
    "family2": "-Nordmann",
    "given3": "\tTabulator",
    "family3": "=cmd|' /C calc'!A0",
    "title": "=1+2",
    "represents": "=2+5 kommunar",
    "phone": "+47 12 34 56 78",
}


def _formula_elements(path: Path) -> dict[str, int]:
    """<f> elements per sheet part of an .xlsx (cells that hold formulas)."""
    found = {}
    with zipfile.ZipFile(path) as z:
        for name in z.namelist():
            if name.startswith("xl/worksheets/") and name.endswith(".xml"):
                found[name] = len(re.findall(rb"<(?:\w+:)?f[\s>/]", z.read(name)))
    return found


def _cell_texts(path: Path) -> list[str]:
    wb = openpyxl.load_workbook(path)  # not data_only: a formula would show as one
    texts = []
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                assert cell.data_type != "f", (ws.title, cell.coordinate, cell.value)
                if isinstance(cell.value, str):
                    texts.append(cell.value)
    return texts


@pytest.fixture
def tricky_db(tmp_path):
    """A register and a held meeting whose every text starts like a formula."""
    db = open_database(tmp_path / "tricky.sqlite")
    t = TRICKY
    with db.transaction() as s:
        area = register.create_area(s, t["area"])
        org = register.create_organisation(s, t["org"], Side.MUNICIPAL, short_name=t["org_short"], area_id=area.id)
        body = register.create_body(s, t["body"], 2, short_name=t["short"])
        people = [
            register.create_person(s, t["given"], t["family"], organisation_id=org.id, title=t["title"], phone=t["phone"],
                                   email="kari@eksempel.no"),
            register.create_person(s, t["given2"], t["family2"], organisation_id=org.id),
            register.create_person(s, t["given3"], t["family3"]),
        ]
        for i, person in enumerate(people):
            register.add_membership(s, body.id, person.id, Role.LEADER if i == 0 else Role.MEMBER, term_from=date(2024, 1, 1),
                                    organisation_id=org.id, represents_text=t["represents"], area_id=area.id if i else None)
        meeting = meetings.create_meeting(s, body, datetime(2025, 3, 4, 10, 0), place="=Rådhuset")
        meetings.change_status(s, meeting, MeetingStatus.NOTICE_SENT)
        meetings.change_status(s, meeting, MeetingStatus.HELD)
        live.prepare_attendance(s, meeting)
        for person in people:
            live.set_attendance(s, meeting, person, AttendanceStatus.PRESENT)
            live.add_follow_up(s, what=t["title"], body=body, responsible_person=person, due_on=date(2025, 4, 1))
    yield db
    db.close()


def _export_roster(db, out: Path) -> Path:
    from hfdesk.exports.roster import export_roster

    with db.session() as s:
        export_roster(s, out, on=date(2025, 6, 1))
    return out


def _export_attendance(db, out: Path) -> Path:
    from hfdesk.exports.attendance import export_attendance

    with db.session() as s:
        export_attendance(s, 2025, out)
    return out


def _export_person_data(db, out: Path) -> Path:
    """Innsyn for the person whose every field looks like a formula (the first one)."""
    from hfdesk.exports.person_data import export_person_data
    from hfdesk.services.queries import search_people

    with db.session() as s:
        person = next(p for p in search_people(s) if p.title == TRICKY["title"])
        export_person_data(s, person.id, out)
    return out


def _export_attendance_person(db, out: Path) -> Path:
    from hfdesk.exports.attendance_person import export_attendance_person

    with db.session() as s:
        export_attendance_person(s, date(2025, 1, 1), date(2025, 12, 31), out)
    return out


def _export_follow_ups(db, out: Path) -> Path:
    from hfdesk.exports.follow_ups import export_follow_ups

    with db.session() as s:
        export_follow_ups(s, out, today=date(2025, 6, 1))
    return out


def _export_year(db, out: Path) -> Path:
    from hfdesk.exports.year import export_year

    with db.session() as s:
        export_year(s, 2025, out, today=date(2025, 12, 31))
    return out


# Every exporter that writes a workbook, and how to run it on the fixture above.
XLSX_EXPORTERS = {
    "roster": _export_roster, "attendance": _export_attendance, "person_data": _export_person_data,
    "attendance_person": _export_attendance_person, "follow_ups": _export_follow_ups, "workbook": _export_year,
}


def test_every_workbook_exporter_is_in_the_formula_scan():
    """A new Excel export must be added to XLSX_EXPORTERS, so its output is scanned too."""
    writers = {
        p.stem for p in EXPORTS.rglob("*.py")
        if p.stem != "xlsx" and re.search(r"from \.+xlsx import|import openpyxl|from openpyxl", p.read_text(encoding="utf-8"))
    }
    assert writers == set(XLSX_EXPORTERS), f"scan these too: {sorted(writers - set(XLSX_EXPORTERS))}"


@pytest.mark.parametrize("kind", sorted(XLSX_EXPORTERS))
def test_user_text_that_looks_like_a_formula_stays_text(tricky_db, tmp_path, kind):
    out = XLSX_EXPORTERS[kind](tricky_db, tmp_path / f"{kind}.xlsx")
    counts = _formula_elements(out)
    assert counts and all(n == 0 for n in counts.values()), counts
    texts = _cell_texts(out)
    joined = "\n".join(texts)
    names = [TRICKY["family"], TRICKY["family2"], TRICKY["family3"], TRICKY["given2"]]
    if kind == "person_data":  # one person: every field of theirs, as typed
        names = [TRICKY[key] for key in ("given", "family", "title", "org", "phone", "body", "represents")]
    if kind == "workbook":  # the year report: counts per body, no names
        names = [TRICKY["body"]]
    for text in names:  # read back exactly as typed (whatever the column's name format)
        assert text in joined, text
    if kind == "roster":
        for key in ("body", "org", "represents", "area", "phone"):
            assert any(TRICKY[key] == t for t in texts), key


@pytest.mark.parametrize("kind", sorted(XLSX_EXPORTERS))
def test_formula_like_text_is_marked_to_stay_text_when_edited_in_excel(tricky_db, tmp_path, kind):
    """xlsx.py's promise: Excel's quote prefix on every formula-like text cell, so editing the
    cell in Excel does not turn it into a formula."""
    out = XLSX_EXPORTERS[kind](tricky_db, tmp_path / f"{kind}.xlsx")
    wb = openpyxl.load_workbook(out)
    for ws in wb.worksheets:
        for row in ws.iter_rows():
            for cell in row:
                if isinstance(cell.value, str) and cell.value[:1] in "=+-@\t":
                    assert cell.data_type == "s" and cell.quotePrefix, (ws.title, cell.coordinate, cell.value)


# --- no network -------------------------------------------------------------------------------------


class _NoNetwork:
    """Refuses every Internet socket (AF_INET/AF_INET6) and name lookup; AF_UNIX is allowed.

    Two nets: socket.socket and socket.create_connection are replaced (so an attempt fails
    at once), and an audit hook (PEP 578) records what any code tried, including code that
    kept its own reference to the socket class."""

    EVENTS = {"socket.__new__", "socket.connect", "socket.getaddrinfo", "socket.gethostbyname",
              "socket.gethostbyaddr", "socket.getnameinfo", "socket.sendto", "urllib.Request"}
    active = False
    attempts: list[tuple] = []
    _hooked = False

    @classmethod
    def audit(cls, event: str, args: tuple) -> None:
        if not cls.active or event not in cls.EVENTS:
            return
        if event == "socket.__new__":
            family = args[1] if len(args) > 1 else None
            if family not in (socket.AF_INET, socket.AF_INET6, -1):
                return
        cls.attempts.append((event, tuple(str(a)[:80] for a in args)))

    def __init__(self, monkeypatch) -> None:
        if not _NoNetwork._hooked:
            sys.addaudithook(_NoNetwork.audit)  # hooks stay for the process; this one only records while active
            _NoNetwork._hooked = True
        real = socket.socket
        attempts = _NoNetwork.attempts

        class GuardedSocket(real):  # type: ignore[misc, valid-type]
            def __init__(self, family=-1, type=-1, proto=-1, fileno=None):
                if family in (socket.AF_INET, socket.AF_INET6) or (family == -1 and fileno is None):
                    attempts.append(("socket", (str(family),)))
                    raise OSError("hfdesk må ikke bruke nettverket")
                super().__init__(family, type, proto, fileno)

        def no_connection(*args, **kwargs):
            attempts.append(("create_connection", tuple(str(a)[:80] for a in args)))
            raise OSError("hfdesk må ikke bruke nettverket")

        monkeypatch.setattr(socket, "socket", GuardedSocket)
        monkeypatch.setattr(socket, "create_connection", no_connection)

    def __enter__(self):
        _NoNetwork.attempts.clear()
        _NoNetwork.active = True
        return self

    def __exit__(self, *exc):
        _NoNetwork.active = False


def test_the_guard_itself_catches_an_internet_socket_and_allows_a_local_one(monkeypatch):
    with _NoNetwork(monkeypatch):
        with pytest.raises(OSError):
            socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        with pytest.raises(OSError):
            socket.create_connection(("eksempel.no", 443))
        if hasattr(socket, "AF_UNIX"):
            socket.socket(socket.AF_UNIX, socket.SOCK_STREAM).close()
        caught = list(_NoNetwork.attempts)
    assert [a[0] for a in caught][:1] == ["socket"] and any(a[0] == "create_connection" for a in caught)


def test_a_whole_working_session_opens_no_network_connection(monkeypatch, tmp_path):
    from hfdesk import backup
    from hfdesk.buglog import write_bug_log
    from hfdesk.demo import build_demo
    from hfdesk.errors import describe_error
    from hfdesk.exports.attendance import export_attendance
    from hfdesk.exports.ics import export_ics
    from hfdesk.exports.meeting_json import export_meeting_json
    from hfdesk.exports.minutes import export_minutes
    from hfdesk.exports.notice import export_notice
    from hfdesk.exports.roster import export_roster
    from hfdesk.imports import import_roster, read_roster
    from hfdesk.models import Meeting
    from hfdesk.paths import location_warning

    with _NoNetwork(monkeypatch):
        demo = tmp_path / "demo.sqlite"
        build_demo(demo)
        db = open_database(demo)
        with db.session() as s:
            held = s.query(Meeting).filter(Meeting.status.in_([MeetingStatus.HELD, MeetingStatus.MINUTES_APPROVED])).first()
            upcoming = s.query(Meeting).filter(Meeting.status == MeetingStatus.PLANNED).first()
            export_roster(s, tmp_path / "medlemmer.xlsx")
            export_attendance(s, held.starts_at.year, tmp_path / "oppmote.xlsx")
            export_notice(s, upcoming.id, tmp_path / "innkalling.docx")
            export_ics(s, upcoming.id, tmp_path / "mote.ics")
            export_minutes(s, held.id, tmp_path / "referat.docx")
            export_meeting_json(s, held.id, tmp_path / "mote.json")
        db.close()
        fresh = open_database(tmp_path / "ny.sqlite")
        preview = read_roster(tmp_path / "medlemmer.xlsx")
        with fresh.transaction() as s:
            for sheet in preview.sheets:
                register.create_body(s, sheet.name, 2, short_name=sheet.name)
            assert import_roster(s, preview).memberships_added > 0
        fresh.close()
        made = backup.make_backup(demo, reason="automatisk")
        backup.backup_summary(made)
        backup.list_backups(made.parent)
        backup.prune_backups(made.parent)
        assert backup.newest_good_backup(demo) == made
        backup.restore_backup(made, demo)
        backup.backup_command(demo, tmp_path / "kopi.sqlite")
        location_warning(demo)
        try:
            raise RuntimeError("test")
        except RuntimeError as exc:
            write_bug_log(type(exc), exc, exc.__traceback__, where="test")
            describe_error(exc)
        attempts = list(_NoNetwork.attempts)
    assert attempts == []


# --- files readable by their owner only ---------------------------------------------------------------

posix_only = pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes; Windows uses the profile's ACL")


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@posix_only
def test_database_journal_and_backups_are_private(tmp_path):
    import os

    from hfdesk import backup
    from hfdesk.services.register import create_area
    from tests.test_migrations import make_old_file

    previous = os.umask(0o022)  # the usual umask: new files readable by everyone unless made private
    try:
        _check_private_files(tmp_path, backup, create_area, make_old_file)
    finally:
        os.umask(previous)


def _check_private_files(tmp_path, backup, create_area, make_old_file) -> None:
    path = tmp_path / "hfdesk.sqlite"
    db = open_database(path)
    journal = path.with_name(path.name + "-journal")
    with db.transaction() as session:
        create_area(session, "Voss")
        session.flush()
        assert journal.exists()  # a write transaction in rollback-journal mode
        journal_mode = _mode(journal)
    db.close()
    assert _mode(path) == 0o600 and journal_mode == 0o600

    made = backup.make_backup(path, reason="automatisk")
    assert _mode(made) == 0o600 and _mode(made.parent) == 0o700
    copy = backup.backup_command(path, tmp_path / "kopi.sqlite")
    assert _mode(copy) == 0o600
    kept = backup.restore_backup(made, path)
    assert _mode(kept) == 0o600 and _mode(path) == 0o600

    old = tmp_path / "gammel.sqlite"
    make_old_file(old, "0001")
    open_database(old).close()  # upgraded, after a copy
    [upgrade_copy] = [p for p in (tmp_path / "backups").iterdir() if "oppgradering" in p.name]
    assert _mode(upgrade_copy) == 0o600
    for leftover in tmp_path.rglob("*"):
        if leftover.is_file() and leftover.suffix in (".sqlite", ".skadet") and leftover.name != "gammel.sqlite":
            assert _mode(leftover) == 0o600, leftover


@posix_only
def test_a_backup_of_a_world_readable_file_is_still_private(tmp_path):
    """A file copied in by hand (mode 0644) gets private backups all the same."""
    from hfdesk import backup

    path = tmp_path / "hfdesk.sqlite"
    con = sqlite3.connect(path)
    con.close()
    open_database(tmp_path / "mal.sqlite").close()
    path.write_bytes((tmp_path / "mal.sqlite").read_bytes())
    path.chmod(0o644)
    made = backup.make_backup(path, reason="automatisk")
    assert _mode(made) == 0o600
