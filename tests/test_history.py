"""Who changed what (issue 22, point 5): every change to a meeting, its agenda and the register is
recorded with who and when, in the same transaction; the history reads in words; it holds no
contact details; it goes along with a meeting in the internal meeting JSON and comes back."""

from __future__ import annotations

import getpass
import json
import shutil
import sqlite3
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
import sqlalchemy as sa
import time_machine

from hfdesk.db import open_database
from hfdesk.exports.meeting_json import meeting_document
from hfdesk.imports.meeting import import_meeting
from hfdesk.models import AgendaItem, ChangeAction, ChangeLog, Meeting, MeetingStatus, Membership, Person
from hfdesk.services import agenda, history, meetings, register

ME = getpass.getuser()


@pytest.fixture(autouse=True)
def _me(engine_kind: str) -> None:
    """Who the entries name: the operating-system account on a file, the database role on the
    test cluster's server (services.actor)."""
    from pg import SUPERUSER

    global ME
    ME = SUPERUSER if engine_kind == "postgresql" else getpass.getuser()
EMAIL = "kari.nordmann@example.no"
PHONE = "+47 912 34 567"
NEW_PHONE = "+47 400 00 001"


def log(session) -> list[ChangeLog]:
    return list(session.scalars(sa.select(ChangeLog).order_by(ChangeLog.id)))


@pytest.fixture
def small(db):
    """A body with a meeting and one case, written before the test starts watching."""
    with db.transaction() as s:
        body = register.create_body(s, "Områdeutval Voss", 3, short_name="OU Voss")
        meeting = meetings.create_meeting(s, body, datetime(2026, 3, 12, 9, 0), place="Voss rådhus")
        item = meetings.add_item(s, meeting_id=meeting.id, title="Samhandling om utskrivingsklare pasientar")
        person = register.create_person(s, "Kari", "Nordmann", email=EMAIL, phone=PHONE)
        ids = {"body": body.id, "meeting": meeting.id, "item": item.id, "person": person.id}
    return db, ids


def test_a_case_title_edit_records_who_when_and_old_and_new(small):
    db, ids = small
    with db.session() as s:
        before = len(log(s))
    moment = datetime(2026, 11, 23, 14, 30, tzinfo=timezone.utc)
    with time_machine.travel(moment, tick=False), db.transaction() as s:
        agenda.update_item(s, ids["item"], title="Utskrivingsklare pasientar: ny avtale")
    with db.session() as s:
        new = log(s)[before:]
        item = s.get(AgendaItem, ids["item"])
        number = item.number_label
        assert number  # a numbered case on the agenda
        (entry,) = [e for e in new if e.entity == "agenda_items"]
        assert entry.action == ChangeAction.UPDATE and entry.actor == ME
        assert entry.at == moment and entry.at.tzinfo is not None
        assert entry.entity_uuid == item.uuid and entry.meeting_id == ids["meeting"] and entry.body_id == ids["body"]
        assert entry.fields == [{"field": "title", "old": "Samhandling om utskrivingsklare pasientar",
                                 "new": "Utskrivingsklare pasientar: ny avtale"}]
        entries = history.meeting_history(s, ids["meeting"], "nb")
        said = entries[-1]
        assert said.text == (f"{ME} endret tittel på sak {number} fra «Samhandling om utskrivingsklare pasientar» "
                             "til «Utskrivingsklare pasientar: ny avtale»")
        assert said.local_time.hour == 15  # 14:30 UTC is 15:30 in Bergen in November
        nn = history.meeting_history(s, ids["meeting"], "nn")[-1].text
        assert nn.startswith(f"{ME} endra tittel på sak {number} frå «")
        en = history.meeting_history(s, ids["meeting"], "en")[-1].text
        assert en.startswith(f"{ME} changed the title of case {number} from “")


def test_a_change_rolled_back_leaves_no_history(small):
    db, ids = small
    with db.session() as s:
        before = len(log(s))
    with pytest.raises(RuntimeError), db.transaction() as s:
        agenda.update_item(s, ids["item"], title="Aldri lagra")
        raise RuntimeError("the user's action fails after the flush")
    with db.session() as s:
        assert len(log(s)) == before


def test_a_phone_change_records_the_field_name_only(small):
    db, ids = small
    with db.transaction() as s:
        register.update_person(s, ids["person"], given_name="Kari", family_name="Nordmann", email=EMAIL,
                               phone=NEW_PHONE)
    with db.session() as s:
        entry = log(s)[-1]
        assert (entry.entity, entry.entity_id, entry.action) == ("people", ids["person"], ChangeAction.UPDATE)
        assert entry.fields == [{"field": "phone"}]
        assert entry.label == ""
    raw = json.dumps([e.fields for e in _all(db)], ensure_ascii=False) + " ".join(e.label for e in _all(db))
    for secret in (PHONE, NEW_PHONE, EMAIL, "Nordmann"):
        assert secret not in raw


def _all(db) -> list[ChangeLog]:
    with db.session() as s:
        return log(s)


def text_anywhere(db, needle: str) -> list[str]:
    """Every table and column of the database holding `needle` (raw SQL, past the ORM; on both engines)."""
    found = []
    with db.session() as s:
        inspector = sa.inspect(s.connection())
        for table in inspector.get_table_names():
            for column in (c["name"] for c in inspector.get_columns(table)):
                hit = s.execute(
                    sa.text(f'SELECT 1 FROM "{table}" WHERE CAST("{column}" AS TEXT) LIKE :needle LIMIT 1'),
                    {"needle": f"%{needle}%"},
                ).first()
                if hit:
                    found.append(f"{table}.{column}")
    return found


def test_erasing_a_persons_details_leaves_nothing_of_them_in_the_change_log(small):
    """Every change a person's details went through (made, corrected, erased) is in the log by
    field name only: once the register's copy is erased, the details are nowhere in the file."""
    db, ids = small
    with db.transaction() as s:
        register.update_person(s, ids["person"], given_name="Kari", family_name="Nordmann", email=EMAIL,
                               phone=NEW_PHONE)
        person = s.get(Person, ids["person"])
        person.notes = "Ring etter klokka ti"
    with db.transaction() as s:
        register.remove_contact_details(s, ids["person"])
    with db.session() as s:
        entries = [e for e in log(s) if e.entity == "people"]
        # made; phone corrected (one flush), the note written (the next); erased
        assert [e.action for e in entries] == [ChangeAction.INSERT] + [ChangeAction.UPDATE] * 3
        assert [[f["field"] for f in e.fields] for e in entries[1:3]] == [["phone"], ["notes"]]
        assert {f["field"] for f in entries[-1].fields} == {"email", "phone", "notes"}
        assert all(set(f) == {"field"} for e in entries for f in e.fields)
    for needle in (EMAIL, PHONE, NEW_PHONE, "klokka ti"):
        assert text_anywhere(db, needle) == [], needle


def test_meeting_history_lists_in_order_and_body_history_sees_the_body(small):
    db, ids = small
    start = datetime(2026, 11, 23, 9, 0, tzinfo=timezone.utc)
    steps = [
        lambda s: setattr(s.get(Meeting, ids["meeting"]), "place", "Voss kulturhus"),
        lambda s: agenda.update_item(s, ids["item"], duration_minutes=30),
        lambda s: meetings.mark_notice_sent(s, ids["meeting"]),
    ]
    for n, step in enumerate(steps):
        with time_machine.travel(start + timedelta(minutes=n), tick=False), db.transaction() as s:
            step(s)
    with db.transaction() as s:
        register.update_body(s, ids["body"], default_place="Voss")
    with db.session() as s:
        entries = history.meeting_history(s, ids["meeting"], "nb")
        texts = [e.text for e in entries]
        assert [e.at for e in entries] == sorted(e.at for e in entries)
        place = texts.index(f"{ME} endret møtested på møtet fra «Voss rådhus» til «Voss kulturhus»")
        duration = next(i for i, t in enumerate(texts) if "varighet" in t and "fra «15» til «30»" in t)
        notice = next(i for i, t in enumerate(texts) if "fra «planlagt» til «innkalling sendt»" in t)
        assert place < duration < notice
        body = [e.text for e in history.body_history(s, ids["body"], "nb")]
        assert f"{ME} endret standard møtested på organet «Områdeutval Voss» fra «–» til «Voss»" in body or any(
            "organet «Områdeutval Voss»" in t and "«Voss»" in t for t in body)
        assert any("møtested på møtet" in t for t in body)  # the body's meetings are in its history


def test_a_case_taken_off_the_agenda_and_a_standard_item_deleted_stay_in_the_meetings_history(small):
    db, ids = small
    with db.session() as s:
        standard = s.scalar(sa.select(AgendaItem).where(AgendaItem.meeting_id == ids["meeting"],
                                                        AgendaItem.standard.is_not(None)).limit(1))
        standard_id, standard_number = standard.id, standard.number_label
    with db.transaction() as s:
        agenda.remove_item(s, ids["item"])  # a case goes back to the backlog
    with db.transaction() as s:
        agenda.remove_item(s, standard_id)  # a standard item is deleted
    with db.session() as s:
        texts = [e.text for e in history.meeting_history(s, ids["meeting"], "nb")]
        backlog = [e.text for e in history.body_history(s, ids["body"], "nb")]
    assert f"{ME} tok sak Samhandling om utskrivingsklare pasientar av sakslisten" in texts  # unnumbered, in the backlog
    assert f"{ME} slettet sak {standard_number}" in texts
    assert f"{ME} tok sak Samhandling om utskrivingsklare pasientar av sakslisten" in backlog


def test_moving_about_in_meeting_mode_is_not_history(small):
    db, ids = small
    with db.session() as s:
        before = len(log(s))
    with db.transaction() as s:
        s.get(Meeting, ids["meeting"]).current_item_id = ids["item"]
    with db.session() as s:
        assert len(log(s)) == before


def test_one_flush_writes_one_row_per_object_and_no_query_per_object(small):
    db, ids = small
    with db.transaction() as s:
        meeting = s.get(Meeting, ids["meeting"])
        items = list(meeting.items)
        statements: list[str] = []
        sa.event.listen(s.connection(), "before_cursor_execute", lambda *a: statements.append(a[2]))
        for n, item in enumerate(items):
            item.duration_minutes = 20 + n
        s.flush()
    reads = [q for q in statements if q.lstrip().upper().startswith("SELECT")]
    inserts = [q for q in statements if "INSERT INTO change_log" in q]
    # one look per flush is the take-along guard's (is any of these meetings away?), none per object
    guard = [q for q in reads if "FROM meeting_checkouts" in q]
    actor = [q for q in reads if "current_user" in q]  # the role, asked once per session on a server
    assert len(guard) <= 1 and len(actor) <= 1 and len(reads) == len(guard) + len(actor), reads
    assert len(inserts) == 1
    with db.session() as s:
        assert len([e for e in log(s)[-len(items):] if e.entity == "agenda_items"]) == len(items)


def test_the_history_goes_along_with_the_meeting_and_comes_back(small, tmp_path):
    """Exported (internal), imported into a second database, changed there, exported and imported
    back with replace: the laptop's entries are in the first database, each once."""
    db, ids = small
    with db.transaction() as s:
        agenda.update_item(s, ids["item"], title="Endra på kontoret")
    with db.session() as s:
        document = meeting_document(s, ids["meeting"], internal=True)
        public = meeting_document(s, ids["meeting"])
    assert "history" not in public
    assert document["history"] and all("uuid" in e and e["at"].endswith("+00:00") for e in document["history"])

    laptop = open_database(tmp_path / "laptop.sqlite")
    try:
        with laptop.transaction() as s:
            register.create_body(s, "Områdeutval Voss", 3, short_name="OU Voss")
        with laptop.transaction() as s:
            result = import_meeting(s, document)
        with laptop.session() as s:
            on_laptop = history.meeting_history(s, result.meeting_id, "nb")
        assert [e.action for e in on_laptop][-1] == ChangeAction.IMPORT
        assert any("«Endra på kontoret»" in e.text for e in on_laptop)
        with laptop.transaction() as s:
            item = s.scalar(sa.select(AgendaItem).where(AgendaItem.meeting_id == result.meeting_id,
                                                        AgendaItem.standard.is_(None)))
            agenda.update_item(s, item.id, title="Endra i møterommet")
        with laptop.session() as s:
            back = meeting_document(s, result.meeting_id, internal=True)
    finally:
        laptop.close()

    with db.transaction() as s:
        import_meeting(s, back, replace=True)
    with db.session() as s:
        entries = history.meeting_history(s, ids["meeting"], "nb")
        uuids = [e.entity_uuid for e in entries]
        texts = [e.text for e in entries]
        rows = log(s)
    assert sum("til «Endra på kontoret»" in t for t in texts) == 1  # not twice: the import knew it
    assert any("til «Endra i møterommet»" in t for t in texts)  # made on the laptop
    assert [e for e in texts if "importerte møtet" in e] and len(texts) == len(set(r.uuid for r in rows
                                                                                   if r.meeting_uuid == back["meeting"]["uuid"]
                                                                                   or r.meeting_id == ids["meeting"]))
    assert uuids  # every entry names its object by uuid where it has one


def test_an_older_file_without_history_still_imports(small, tmp_path):
    db, ids = small
    with db.session() as s:
        document = meeting_document(s, ids["meeting"], internal=True)
    del document["history"]
    other = open_database(tmp_path / "other.sqlite")
    try:
        with other.transaction() as s:
            register.create_body(s, "Områdeutval Voss", 3, short_name="OU Voss")
        with other.transaction() as s:
            result = import_meeting(s, document)
        with other.session() as s:
            entries = history.meeting_history(s, result.meeting_id, "nb")
            assert [e.action for e in entries] == [ChangeAction.IMPORT]
            assert entries[0].text == f"{getpass.getuser()} importerte møtet fra en fil"  # a file: the account
    finally:
        other.close()


def test_the_demo_writes_one_entry_per_meeting(demo_db):
    with demo_db.session() as s:
        counts = dict(s.execute(sa.select(ChangeLog.action, sa.func.count()).group_by(ChangeLog.action)).all())
        meetings_n = s.scalar(sa.select(sa.func.count()).select_from(Meeting))
        bodies_n = s.scalar(sa.select(sa.func.count(sa.distinct(Membership.body_id))))
        assert counts == {ChangeAction.CREATE: meetings_n + s.scalar(sa.text("SELECT count(*) FROM bodies"))}
        assert bodies_n
        held = s.scalar(sa.select(Meeting.id).where(Meeting.status == MeetingStatus.HELD).limit(1))
        (entry,) = history.meeting_history(s, held, "nn")
        assert entry.text.startswith(f"{ME} oppretta møtet")


def test_a_0006_file_upgraded_keeps_its_rows_and_records_new_changes(tmp_path):
    fixture = Path(__file__).resolve().parent / "fixtures" / "schema-0006.db"
    path = tmp_path / "hfdesk fra 0006.sqlite"
    shutil.copy(fixture, path)
    tables = ("meetings", "agenda_items", "people", "memberships", "conclusions", "votes")

    columns: dict[str, str] = {}

    def rows() -> dict[str, list[tuple]]:
        # the columns release 0006 wrote (later revisions add their own beside them)
        con = sqlite3.connect(path)
        try:
            for t in tables:
                columns.setdefault(t, ", ".join(f'"{c[1]}"' for c in con.execute(f'PRAGMA table_info("{t}")')))
            return {t: con.execute(f'SELECT {columns[t]} FROM "{t}" ORDER BY rowid').fetchall() for t in tables}
        finally:
            con.close()

    before = rows()
    database = open_database(path)
    try:
        assert rows() == before
        with database.session() as s:
            assert log(s) == []
            item = s.scalar(sa.select(AgendaItem).join(Meeting, AgendaItem.meeting_id == Meeting.id).where(Meeting.status == MeetingStatus.PLANNED,
                                                                        AgendaItem.standard.is_(None)).limit(1))
            item_id, meeting_id, old = item.id, item.meeting_id, item.title
        with database.transaction() as s:
            agenda.update_item(s, item_id, title="Ny tittel etter oppgraderinga")
        with database.session() as s:
            entries = log(s)
            assert [e.entity for e in entries] == ["agenda_items", "cases"]  # a case treated once follows its item
            for entry in entries:
                assert entry.fields == [{"field": "title", "old": old, "new": "Ny tittel etter oppgraderinga"}]
            assert history.meeting_history(s, meeting_id, "nb")[-1].text.endswith("til «Ny tittel etter oppgraderinga»")
    finally:
        database.close()


def test_meeting_mode_changes_read_in_words_and_name_the_person_from_the_register(demo_db):
    """An attendance marked in meeting mode: the entry names the status in words and the person by
    the register's name (read when shown, never kept in the log)."""
    from hfdesk.models import Attendance, AttendanceStatus
    from hfdesk.services import live

    with demo_db.session() as s:
        meeting = s.scalar(sa.select(Meeting).where(Meeting.status == MeetingStatus.NOTICE_SENT).order_by(Meeting.starts_at).limit(1))
        meeting_id = meeting.id
    with demo_db.transaction() as s:
        live.prepare_attendance(s, meeting_id)
    with demo_db.session() as s:
        attendance = s.scalar(sa.select(Attendance).where(Attendance.meeting_id == meeting_id).limit(1))
        person_id, name = attendance.person_id, attendance.person.full_name
        before = attendance.status
    with demo_db.transaction() as s:
        live.set_attendance(s, meeting_id, person_id, AttendanceStatus.PRESENT)
    with demo_db.session() as s:
        entry = log(s)[-1]
        texts = [e.text for e in history.meeting_history(s, meeting_id, "nn")]
    assert entry.entity == "attendances" and entry.label == "" and name not in json.dumps(entry.fields)
    assert before == AttendanceStatus.EXPECTED
    assert f"{ME} endra status på oppmøtet til {name} frå «venta» til «til stades»" in texts
