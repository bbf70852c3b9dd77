"""Personvern (issue 18, point 7): a former member's contact details can be removed in one step,
keeping the name where the minutes and the archive need it; everything kept about a person can
be exported for an innsyn request (service, workbook, command line)."""

from __future__ import annotations

import json
import sqlite3
from datetime import date
from pathlib import Path

import docx
import pytest
from openpyxl import load_workbook

from hfdesk.__main__ import main
from hfdesk.errors import InvalidInput, NotFound
from hfdesk.exports.minutes import export_minutes
from hfdesk.exports.person_data import export_person_data
from hfdesk.models import Attendance, Meeting, MeetingStatus, Membership, Person
from hfdesk.services import queries, register
from hfdesk.services.person_data import person_data
from hfdesk.services.settings import set_partnership_language

YESTERDAY = date(2026, 11, 22)  # the suite runs on 23 November 2026 (tests/conftest.py)
PHONE = "+47 912 34 567"
NOTE = "Ring helst etter klokka ti"


def person_id(db, name: str) -> int:
    with db.session() as s:
        (found,) = [p for p in queries.search_people(s, name) if p.name == name]
    return found.id


def leave_every_body(db, pid: int, on: date = YESTERDAY) -> None:
    with db.transaction() as s:
        for m in s.query(Membership).filter(Membership.person_id == pid):
            if m.term_to is None or m.term_to > on:
                register.end_membership(s, m.id, on)


def give_contact_details(db, pid: int) -> str:
    """A phone number and a note beside the demo's e-mail address; the address returned."""
    with db.transaction() as s:
        person = s.get(Person, pid)
        person.phone, person.notes = PHONE, NOTE
        return person.email


def text_anywhere(path: Path, needle: str) -> list[str]:
    """Every table and column of the file holding `needle` (raw SQL, past the ORM)."""
    con = sqlite3.connect(path)
    try:
        found = []
        tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        for table in tables:
            for column in [r[1] for r in con.execute(f'PRAGMA table_info("{table}")')]:
                hit = con.execute(
                    f'SELECT 1 FROM "{table}" WHERE CAST("{column}" AS TEXT) LIKE ? LIMIT 1', (f"%{needle}%",)
                ).fetchone()
                if hit:
                    found.append(f"{table}.{column}")
        return found
    finally:
        con.close()


def approved_minutes_with(db, pid: int) -> int:
    with db.session() as s:
        return (
            s.query(Meeting.id)
            .join(Attendance, Attendance.meeting_id == Meeting.id)
            .filter(Attendance.person_id == pid, Meeting.status == MeetingStatus.MINUTES_APPROVED)
            .order_by(Meeting.starts_at)
            .first()[0]
        )


def docx_text(path: Path) -> str:
    document = docx.Document(str(path))
    parts = [p.text for p in document.paragraphs]
    parts += [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    return "\n".join(parts)


# --- removing contact details ------------------------------------------------------------------


def test_refused_while_the_person_sits_in_a_body(demo_db):
    pid = person_id(demo_db, "Hilde Rong")
    email = give_contact_details(demo_db, pid)
    with pytest.raises(InvalidInput) as refused, demo_db.transaction() as s:
        register.remove_contact_details(s, pid)
    assert refused.value.text.code == "person.still_sits"
    assert "Hilde Rong sitter i Strategisk samarbeidsutval" in str(refused.value)
    with demo_db.session() as s:
        person = s.get(Person, pid)
        assert (person.email, person.phone, person.notes) == (email, PHONE, NOTE)


def test_refused_for_a_seat_that_starts_later(demo_db):
    pid = person_id(demo_db, "Jostein Hope")  # his one seat has ended
    with demo_db.transaction() as s:
        ssu = next(b for b in queries.list_bodies(s) if b.short_name == "SSU")
        register.add_membership(s, ssu.id, pid, "member", term_from=date(2027, 1, 1))
    with pytest.raises(InvalidInput, match="Jostein Hope sitter i Strategisk samarbeidsutval"):
        with demo_db.transaction() as s:
            register.remove_contact_details(s, pid)


def test_removal_keeps_the_name_in_approved_minutes_and_leaves_no_copy_in_the_file(
    demo_db, demo_copy, tmp_path, engine_kind
):
    if engine_kind == "postgresql":  # hfdesk.pgdb: on a server the old row versions are VACUUM's
        pytest.skip("a file's free space: on a shared database the server's VACUUM overwrites old rows")
    pid = person_id(demo_db, "Hilde Rong")
    email = give_contact_details(demo_db, pid)
    leave_every_body(demo_db, pid)
    meeting = approved_minutes_with(demo_db, pid)
    with demo_db.session() as s:
        before = person_data(s, pid)
    assert text_anywhere(demo_copy, email) == ["people.email"]
    assert demo_copy.read_bytes().count(PHONE.encode()) == 1

    with demo_db.transaction() as s:
        # as on a Python whose SQLite does not overwrite deleted content by default
        s.connection().exec_driver_sql("PRAGMA secure_delete = OFF")
        register.remove_contact_details(s, pid)
        assert s.connection().exec_driver_sql("PRAGMA secure_delete").scalar() == 0  # put back

    with demo_db.session() as s:
        person = s.get(Person, pid)
        assert (person.given_name, person.family_name, person.title) == ("Hilde", "Rong", "brukarrepresentant")
        assert (person.email, person.phone, person.notes) == ("", "", "")
        after = person_data(s, pid)
    # every reference stays: seats, attendance, votes, protocol entries
    assert (after.seats, after.attendance, after.mentions) == (before.seats, before.attendance, before.mentions)
    assert any(m.kind == "vote" for m in after.mentions) and any(m.kind == "protocol_entry" for m in after.mentions)
    # no copy anywhere: not in any table (the search index included), not in the file's free space
    demo_db.close()
    for needle in (email, PHONE, NOTE):
        assert text_anywhere(demo_copy, needle) == []
        assert needle.encode() not in demo_copy.read_bytes()
        assert not list(demo_copy.parent.glob(demo_copy.name + "-*"))  # no journal left beside it

    from hfdesk.db import open_database

    database = open_database(demo_copy, read_only=True)
    try:
        with database.session() as s:
            minutes = export_minutes(s, meeting, tmp_path / "referat.docx")
            sheet = export_person_data(s, pid, tmp_path / "innsyn.xlsx")
    finally:
        database.close()
    assert "Hilde Rong" in docx_text(minutes)
    wb = load_workbook(sheet.path)
    fields = {row[0]: row[1] for row in wb["Personopplysningar"].iter_rows(min_row=6, values_only=True)}
    assert fields["Førenamn"] == "Hilde" and fields["Etternamn"] == "Rong"
    assert fields["E-post"] is None and fields["Telefon"] is None and fields["Merknader"] is None


def test_unknown_person(demo_db):
    with pytest.raises(NotFound), demo_db.transaction() as s:
        register.remove_contact_details(s, 99999)


# --- the innsyn workbook ------------------------------------------------------------------------


def rows_of(ws) -> list[tuple]:
    """The table's data rows (below the header row, found by its first cell)."""
    values = list(ws.iter_rows(values_only=True))
    header = next(i for i, row in enumerate(values) if row[0] in ("Opplysning", "Organ", "Dato"))
    return [row for row in values[header + 1 :] if any(v is not None for v in row)]


def test_the_workbook_holds_every_membership_attendance_and_mention(demo_db, tmp_path):
    pid = person_id(demo_db, "Håkon Kvamme")
    with demo_db.session() as s:
        written = export_person_data(s, pid, tmp_path / "innsyn.xlsx")
        data = person_data(s, pid)
    wb = load_workbook(written.path)
    assert wb.sheetnames == ["Personopplysningar", "Verv", "Oppmøte", "Nemnt i"]
    assert wb.properties.title == "Personopplysningar – Håkon Kvamme"

    fields = dict(rows_of(wb["Personopplysningar"]))
    assert fields["Førenamn"] == "Håkon" and fields["Organisasjon"] == "Voss herad"
    assert fields["E-post"] == "haakon.kvamme@voss.eksempel.no"

    seats = rows_of(wb["Verv"])
    assert [r[0] for r in seats] == ["Områdeutval Voss", "Partnarskapsmøte", "Strategisk samarbeidsutval"]
    assert ("Områdeutval Voss", "Leiar", "Røysterett") == seats[0][:3]
    assert seats[1][1:3] == ("Observatør", "Tale- og forslagsrett")
    assert seats[0][4].date() == date(2024, 1, 1) and seats[0][5].date() == date(2027, 12, 31)

    attendance = rows_of(wb["Oppmøte"])
    assert len(attendance) == len(data.attendance) == 8
    first = attendance[0]
    assert first[0].date() == date(2025, 12, 16)
    assert first[1:] == ("Strategisk samarbeidsutval", None, "Referat godkjent", "Møtt", "Medlem", None, None)

    mentions = rows_of(wb["Nemnt i"])
    assert len(mentions) == len(data.mentions)
    vote = next(r for r in mentions if r[4] == "Røyst")
    assert vote[1:4] == ("Strategisk samarbeidsutval", "3/26", "Fordeling av samhandlingsmidlar 2026")
    assert vote[5].startswith("Mot: SSU tilrår partane")
    assert vote[0].date() == date(2026, 4, 7)
    kinds = {r[4] for r in mentions}
    assert {"Røyst", "Framlegg", "Protokolltilførsel", "Møteleiar"} <= kinds


def test_the_workbook_follows_the_partnerships_written_standard(demo_db, tmp_path):
    pid = person_id(demo_db, "Håkon Kvamme")
    with demo_db.transaction() as s:
        set_partnership_language(s, "nb")
    with demo_db.session() as s:
        written = export_person_data(s, pid, tmp_path / "innsyn.xlsx")
    wb = load_workbook(written.path)
    assert wb.sheetnames == ["Personopplysninger", "Verv", "Oppmøte", "Nevnt i"]
    assert rows_of(wb["Verv"])[0][1:3] == ("Leder", "Stemmerett")
    assert any(r[4] == "Stemme" and r[5].startswith("Mot: ") for r in rows_of(wb["Nevnt i"]))


# --- the command line --------------------------------------------------------------------------


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_export_person_on_the_command_line(capsys, demo_file, tmp_path):
    from hfdesk.db import open_database

    database = open_database(demo_file, read_only=True)
    try:
        pid = person_id(database, "Håkon Kvamme")
    finally:
        database.close()
    out_file = tmp_path / "innsyn.xlsx"
    code, out, err = run(
        capsys, "export", "person", "--db", str(demo_file), "--person", str(pid), "--out", str(out_file), "--json"
    )
    assert code == 0, err
    result = json.loads(out)
    assert result == {
        "person_id": pid,
        "path": str(out_file),
        "sheets": {"Personopplysningar": 7, "Verv": 3, "Oppmøte": 8, "Nemnt i": result["sheets"]["Nemnt i"]},
    }
    assert load_workbook(out_file).sheetnames == ["Personopplysningar", "Verv", "Oppmøte", "Nemnt i"]

    code, out, err = run(capsys, "export", "person", "--db", str(demo_file), "--person", str(pid), "--out", str(out_file))
    assert code == 0 and "skrevet til" in out


def test_export_person_unknown_is_exit_2_one_line(capsys, demo_file, tmp_path):
    out_file = tmp_path / "innsyn.xlsx"
    code, out, err = run(capsys, "export", "person", "--db", str(demo_file), "--person", "99999", "--out", str(out_file))
    assert code == 2
    assert err.strip().splitlines() == ["hfdesk: Personen med id 99999 finnes ikke."]
    assert not out_file.exists()
