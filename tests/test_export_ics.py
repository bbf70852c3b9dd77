"""The calendar invitation (issue 4, point 5; issue 17, point 10): written with icalendar,
read back with `icalendar.Calendar.from_ical` and checked against the meeting, its agenda
and the expected members and observers; the raw bytes checked by hand (CRLF, lines of at
most 75 octets, escaping). The invitation updates itself: METHOD:REQUEST, a UID from the
meeting's uuid and a SEQUENCE the services raise when the time or the place changes, and
METHOD:CANCEL for a cancelled meeting."""

from __future__ import annotations

import dataclasses
import errno
import re
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pytest
import sqlalchemy as sa
import time_machine
from sqlalchemy.orm import Session

from hfdesk import fileio
from hfdesk.errors import FileInUse, NotFound
from hfdesk.db import open_database
from hfdesk.exports.ics import build_calendar, export_ics
from hfdesk.exports.meeting_json import meeting_document
from hfdesk.imports.meeting import import_meeting
from hfdesk.models import Body, CaseType, Meeting, MeetingStatus, Person, Role
from hfdesk.services import meetings as meeting_service
from hfdesk.services import register
from hfdesk.services.live import expected_memberships
from hfdesk.services.meeting_record import load_meeting_record
from hfdesk.services.meetings import add_item
from hfdesk.services.queries import meeting_agenda

OSLO = ZoneInfo("Europe/Oslo")
EXEMPT_TITLE = "Klage frå pårørande i ei enkeltsak"
EXEMPT_BASIS = "offl. § 13 jf. fvl. § 13"


def _meeting_id(session, short_name: str, status: MeetingStatus = MeetingStatus.NOTICE_SENT) -> int:
    return session.scalars(
        sa.select(Meeting.id)
        .join(Body, Body.id == Meeting.body_id)
        .where(Body.short_name == short_name, Meeting.status == status)
        .order_by(Meeting.starts_at)
    ).first()


def _read(path: Path) -> tuple[icalendar.Calendar, icalendar.Event]:
    cal = icalendar.Calendar.from_ical(path.read_bytes())
    events = list(cal.walk("VEVENT"))
    assert len(events) == 1
    return cal, events[0]


def _export(database, meeting_id: int, out: Path) -> tuple[icalendar.Calendar, icalendar.Event]:
    with database.session() as s:
        assert export_ics(s, meeting_id, out) == out
    return _read(out)


def _with_email(s: Session, meeting: Meeting, *roles: Role) -> dict[str, str]:
    return {
        f"mailto:{m.person.email}": m.person.full_name
        for m in expected_memberships(s, meeting)
        if m.role in roles and m.person.email
    }


def test_event_time_place_summary_and_timezone(demo_db, tmp_path: Path) -> None:
    with demo_db.session() as s:
        meeting_id = _meeting_id(s, "SSU")
        meeting = s.get(Meeting, meeting_id)
        start, end, place, body_name = meeting.starts_at, meeting.ends_at, meeting.place, meeting.body.name
    cal, event = _export(demo_db, meeting_id, tmp_path / "møte.ics")
    assert str(cal["VERSION"]) == "2.0" and "hfdesk" in str(cal["PRODID"])
    dtstart, dtend = event.decoded("DTSTART"), event.decoded("DTEND")
    assert event["DTSTART"].params["TZID"] == "Europe/Oslo"
    assert event["DTEND"].params["TZID"] == "Europe/Oslo"
    assert str(dtstart.tzinfo) == "Europe/Oslo"
    assert dtstart == start.replace(tzinfo=OSLO) and dtend == end.replace(tzinfo=OSLO)
    assert dtstart.replace(tzinfo=None) == start  # the wall-clock time the secretary typed
    assert str(event["SUMMARY"]) == f"Møte i {body_name}"
    assert str(event["LOCATION"]) == place
    assert str(event["STATUS"]) == "CONFIRMED"
    assert abs(event.decoded("DTSTAMP") - datetime.now(UTC)) < timedelta(minutes=5)

    zones = list(cal.walk("VTIMEZONE"))
    assert [str(z["TZID"]) for z in zones] == ["Europe/Oslo"]
    assert cal.get_missing_tzids() == set()


def test_the_vtimezone_rules_match_the_tz_database() -> None:
    """Read on its own (not looked up by name), the VTIMEZONE gives Oslo's offsets through
    the years around the meetings, summer time included."""
    from hfdesk.exports.ics import oslo_timezone

    zone = icalendar.Calendar.from_ical(
        b"BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:x\r\n" + oslo_timezone().to_ical() + b"END:VCALENDAR\r\n"
    ).walk("VTIMEZONE")[0]
    tz = zone.to_tz(lookup_tzid=False)
    assert not isinstance(tz, ZoneInfo)  # built from the rules, not looked up by name
    # Instants (not wall-clock times, which the spring gap and the autumn fold make ambiguous),
    # every 5 hours, so each change is passed within hours.
    moment = datetime(2000, 1, 1, tzinfo=UTC)
    while moment.year < 2041:
        assert moment.astimezone(tz).utcoffset() == moment.astimezone(OSLO).utcoffset(), moment
        moment += timedelta(hours=5)
    summer = datetime(2026, 6, 23, 9, 0)
    assert summer.replace(tzinfo=tz).utcoffset() == timedelta(hours=2)


def test_a_summer_meeting_is_at_the_right_instant(demo_db, tmp_path: Path) -> None:
    with demo_db.session() as s:
        meeting_id = s.scalars(
            sa.select(Meeting.id)
            .join(Body)
            .where(Body.short_name == "SSU", sa.extract("month", Meeting.starts_at) == 6)
        ).first()
        start = s.get(Meeting, meeting_id).starts_at
    _, event = _export(demo_db, meeting_id, tmp_path / "sommar.ics")
    dtstart = event.decoded("DTSTART")
    assert dtstart.utcoffset() == timedelta(hours=2)
    assert dtstart.astimezone(UTC).replace(tzinfo=None) == start - timedelta(hours=2)


def test_attendees_are_the_expected_members_and_observers_with_email(demo_db, tmp_path: Path) -> None:
    with demo_db.transaction() as s:
        meeting_id = _meeting_id(s, "SSU")
        meeting = s.get(Meeting, meeting_id)
        # One member without an e-mail address is left out.
        quiet = next(m for m in expected_memberships(s, meeting) if m.role == Role.MEMBER).person
        quiet.email = ""
        members = _with_email(s, meeting, Role.LEADER, Role.DEPUTY_LEADER, Role.MEMBER)
        observers = _with_email(s, meeting, Role.OBSERVER)
        secretary = next(m.person for m in expected_memberships(s, meeting) if m.role == Role.SECRETARY)
        secretary_mail, quiet_name = f"mailto:{secretary.email}", quiet.full_name
    _, event = _export(demo_db, meeting_id, tmp_path / "møte.ics")
    attendees = event.get("ATTENDEE")
    by_address = {str(a): a for a in attendees}
    assert len(by_address) == len(attendees)
    assert set(by_address) == set(members) | set(observers)
    assert len(members) >= 8 and len(observers) >= 3
    for address, name in members.items():
        assert by_address[address].params["ROLE"] == "REQ-PARTICIPANT"
        assert by_address[address].params["CN"] == name
    for address, name in observers.items():
        assert by_address[address].params["ROLE"] == "OPT-PARTICIPANT"
        assert by_address[address].params["CN"] == name
    assert quiet_name not in {a.params["CN"] for a in attendees}
    assert str(event["ORGANIZER"]) == secretary_mail
    assert secretary_mail not in by_address  # the secretariat sends it


def test_description_lists_the_agenda_and_hides_exempt_titles(demo_db, tmp_path: Path) -> None:
    with demo_db.transaction() as s:
        meeting_id = _meeting_id(s, "SSU")
        add_item(
            s, meeting_id=meeting_id, title=EXEMPT_TITLE, case_type=CaseType.DECISION,
            exempt=True, exemption_basis=EXEMPT_BASIS,
        )  # fmt: skip
        agenda = meeting_agenda(s, meeting_id)
    _, event = _export(demo_db, meeting_id, tmp_path / "møte.ics")
    lines = str(event["DESCRIPTION"]).splitlines()
    assert lines[0] == "Sakliste:"
    expected = [
        f"Sak {row.number} Unnateke offentlegheit ({EXEMPT_BASIS})"
        if row.exempt
        else f"Sak {row.number} {row.title}"
        for row in agenda
    ]
    assert lines[1 : 1 + len(agenda)] == expected
    assert EXEMPT_TITLE not in str(event["DESCRIPTION"])
    assert "Meld forfall snarast til sekretariatet og kall inn varamedlemmet ditt." in lines


def test_video_meeting_has_url_and_link(demo_db, tmp_path: Path) -> None:
    with demo_db.transaction() as s:
        meeting_id = _meeting_id(s, "MFU")
        meeting = s.get(Meeting, meeting_id)
        link = meeting.video_link
        assert link
        meeting.place = ""
    _, event = _export(demo_db, meeting_id, tmp_path / "video.ics")
    assert str(event["URL"]) == link
    assert str(event["LOCATION"]) == link  # no place: the link is where the meeting is
    assert f"Videolenkje: {link}" in str(event["DESCRIPTION"])


def test_uid_is_the_meetings_uuid_and_stable_across_exports(demo_db, tmp_path: Path) -> None:
    with demo_db.session() as s:
        meeting_id = _meeting_id(s, "SSU")
        other_id = _meeting_id(s, "OU Bergen")
        uuid = s.get(Meeting, meeting_id).uuid
    _, first = _export(demo_db, meeting_id, tmp_path / "a.ics")
    _, second = _export(demo_db, meeting_id, tmp_path / "b.ics")
    _, other = _export(demo_db, other_id, tmp_path / "c.ics")
    assert str(first["UID"]) == str(second["UID"]) == f"{uuid}@hfdesk"
    assert str(other["UID"]) != str(first["UID"])
    # A bokmål body writes bokmål.
    assert str(other["DESCRIPTION"]).startswith("Saksliste:")


def test_meeting_1_of_two_databases_has_two_uids(tmp_path: Path) -> None:
    """Today's `meeting-1@hfdesk` was the same for the first meeting of every database."""
    uids = []
    for name in ("a", "b"):
        database = open_database(tmp_path / f"{name}.sqlite")
        try:
            with database.transaction() as s:
                body = register.create_body(s, "Områdeutval Voss", 3, short_name="OU Voss")
                meeting = meeting_service.plan_meeting(s, body.id, datetime(2026, 12, 15, 12, 0), place="Voss")
                assert meeting.id == 1
            _, event = _export(database, 1, tmp_path / f"{name}.ics")
            uids.append(str(event["UID"]))
        finally:
            database.close()
    assert uids[0] != uids[1]
    assert all(re.fullmatch(r"[0-9a-f-]{36}@hfdesk", uid) for uid in uids)


def test_an_invitation_is_a_request_from_the_secretariat(demo_db, tmp_path: Path) -> None:
    with demo_db.session() as s:
        meeting_id = _meeting_id(s, "SSU")
        sequence = s.get(Meeting, meeting_id).calendar_sequence
    stamp = datetime(2026, 11, 20, 8, 30, tzinfo=UTC)
    with time_machine.travel(stamp, tick=False):
        cal, event = _export(demo_db, meeting_id, tmp_path / "møte.ics")
    assert str(cal["METHOD"]) == "REQUEST"
    assert event.decoded("SEQUENCE") == sequence
    assert event.decoded("DTSTAMP") == stamp
    assert str(event["STATUS"]) == "CONFIRMED"
    assert str(event["ORGANIZER"]).startswith("mailto:") and event["ORGANIZER"].params["CN"]
    assert event.get("ATTENDEE")


def _calendar_of(database, meeting_id: int, out: Path) -> tuple[str, str, int, datetime, str]:
    """(METHOD, UID, SEQUENCE, DTSTART, LOCATION) of the meeting's file as written now."""
    cal, event = _export(database, meeting_id, out)
    return (
        str(cal.get("METHOD", "")),
        str(event["UID"]),
        event.decoded("SEQUENCE"),
        event.decoded("DTSTART"),
        str(event.get("LOCATION", "")),
    )


def _save_form(s, meeting_id: int, **changes) -> None:
    """The meeting form's save (update_meeting) with some fields changed, the rest as they are."""
    m = s.get(Meeting, meeting_id)
    fields = dict(
        starts_at=m.starts_at, ends_at=m.ends_at, place=m.place, video_link=m.video_link, title=m.title,
        chair_id=m.chair_id, minute_taker_id=m.minute_taker_id,
    )  # fmt: skip
    meeting_service.update_meeting(s, meeting_id, **{**fields, **changes})


def test_moving_the_time_raises_the_sequence_by_one(demo_db, tmp_path: Path) -> None:
    with demo_db.session() as s:
        meeting_id = _meeting_id(s, "SSU")
        start, end = s.get(Meeting, meeting_id).starts_at, s.get(Meeting, meeting_id).ends_at
    method, uid, sequence, dtstart, _ = _calendar_of(demo_db, meeting_id, tmp_path / "før.ics")
    assert dtstart.replace(tzinfo=None) == start

    later = start + timedelta(days=1, hours=1)
    with demo_db.transaction() as s:
        _save_form(s, meeting_id, starts_at=later, ends_at=end + timedelta(days=1, hours=1))
    moved = _calendar_of(demo_db, meeting_id, tmp_path / "flytta.ics")
    assert moved[:3] == (method, uid, sequence + 1)  # the same entry, newer: Outlook moves it
    assert moved[3] == later.replace(tzinfo=OSLO)

    with demo_db.transaction() as s:  # the meeting plan's move
        meeting_service.move_meeting(s, meeting_id, later + timedelta(hours=2))
    again = _calendar_of(demo_db, meeting_id, tmp_path / "igjen.ics")
    assert again[2] == sequence + 2 and again[3] == (later + timedelta(hours=2)).replace(tzinfo=OSLO)


def test_place_and_link_raise_it_once_per_save_and_other_edits_do_not(demo_db, tmp_path: Path) -> None:
    with demo_db.session() as s:
        meeting_id = _meeting_id(s, "SSU")
        start = s.get(Meeting, meeting_id).starts_at
    sequence = _calendar_of(demo_db, meeting_id, tmp_path / "0.ics")[2]

    with demo_db.transaction() as s:  # title, chair and agenda: the same entry
        _save_form(s, meeting_id, title="Ekstra møte om økonomi", chair_id=None, minute_taker_id=None)
        add_item(s, meeting_id=meeting_id, title="Ei ny sak")
        s.get(Meeting, meeting_id).notes = "Hugs kaffi"
    _, event = _export(demo_db, meeting_id, tmp_path / "1.ics")
    assert event.decoded("SEQUENCE") == sequence
    assert "Ekstra møte om økonomi" in str(event["SUMMARY"])

    with demo_db.transaction() as s:
        _save_form(s, meeting_id, place="Haukeland, auditorium 2")
    assert _calendar_of(demo_db, meeting_id, tmp_path / "2.ics")[2:] == (
        sequence + 1, start.replace(tzinfo=OSLO), "Haukeland, auditorium 2",
    )  # fmt: skip
    with demo_db.transaction() as s:
        _save_form(s, meeting_id, video_link="https://møte.eksempel.no/ssu")
    assert _calendar_of(demo_db, meeting_id, tmp_path / "3.ics")[2] == sequence + 2
    with demo_db.transaction() as s:  # time, place and link in one save: one step
        _save_form(
            s, meeting_id, starts_at=start + timedelta(hours=1), ends_at=start + timedelta(hours=3),
            place="Rådhuset", video_link="",
        )  # fmt: skip
    assert _calendar_of(demo_db, meeting_id, tmp_path / "4.ics")[2] == sequence + 3


def test_cancelling_sends_a_cancel_that_supersedes_the_request(demo_db, tmp_path: Path) -> None:
    with demo_db.session() as s:
        meeting_id = _meeting_id(s, "SSU")
    method, uid, sequence, dtstart, _ = _calendar_of(demo_db, meeting_id, tmp_path / "innkalling.ics")
    assert method == "REQUEST"
    with demo_db.transaction() as s:
        meeting_service.cancel_meeting(s, meeting_id, "For få saker")
    cal, event = _export(demo_db, meeting_id, tmp_path / "avlysing.ics")
    assert str(cal["METHOD"]) == "CANCEL"
    assert str(event["STATUS"]) == "CANCELLED"
    assert str(event["UID"]) == uid
    assert event.decoded("SEQUENCE") > sequence
    assert event.decoded("DTSTART") == dtstart
    assert str(event["ORGANIZER"]).startswith("mailto:") and event.get("ATTENDEE")
    lines = str(event["DESCRIPTION"]).splitlines()
    assert lines == ["Møtet er avlyst.", "For få saker"]  # no agenda, no request to report absence


def test_a_meeting_back_after_a_cancel_is_a_newer_request(demo_db, tmp_path: Path) -> None:
    with demo_db.transaction() as s:
        body_id = s.scalar(sa.select(Body.id).where(Body.short_name == "SSU"))
        meeting_id = meeting_service.plan_meeting(s, body_id, datetime(2027, 2, 9, 9, 0)).id
    with demo_db.transaction() as s:
        meeting_service.cancel_meeting(s, meeting_id, "Feil dato")
    cancel = _calendar_of(demo_db, meeting_id, tmp_path / "avlyst.ics")
    with demo_db.transaction() as s:
        meeting_service.restore_meeting(s, meeting_id)
    request = _calendar_of(demo_db, meeting_id, tmp_path / "attende.ics")
    assert (cancel[0], request[0]) == ("CANCEL", "REQUEST")
    assert cancel[1] == request[1] and (cancel[2], request[2]) == (1, 2)


def test_status_changes_other_than_cancelling_leave_the_sequence(demo_db) -> None:
    with demo_db.transaction() as s:
        body_id = s.scalar(sa.select(Body.id).where(Body.short_name == "SSU"))
        meeting_id = meeting_service.plan_meeting(s, body_id, datetime(2027, 2, 9, 9, 0)).id
    with demo_db.transaction() as s:
        meeting_service.mark_notice_sent(s, meeting_id)
        meeting_service.mark_meeting_held(s, meeting_id, at=datetime(2027, 2, 9, 12, 0))  # once it has started
    with demo_db.session() as s:
        assert s.get(Meeting, meeting_id).calendar_sequence == 0


def test_a_copied_meeting_is_a_new_entry(demo_db, tmp_path: Path) -> None:
    with demo_db.transaction() as s:
        source_id = _meeting_id(s, "SSU")
        source = s.get(Meeting, source_id)
        meeting_service.move_meeting(s, source_id, source.starts_at + timedelta(hours=1))
        assert source.calendar_sequence > 0
        copy = meeting_service.copy_meeting(s, source_id, datetime(2027, 3, 2, 9, 0))
        copy_id, copy_uuid, source_uuid = copy.id, copy.uuid, source.uuid
    assert copy_uuid != source_uuid
    _, uid, sequence, _, _ = _calendar_of(demo_db, copy_id, tmp_path / "kopi.ics")
    assert (uid, sequence) == (f"{copy_uuid}@hfdesk", 0)


def test_an_import_that_replaces_the_meeting_raises_it_when_time_or_place_change(demo_db) -> None:
    """`hfdesk import meeting --replace` is another way to change a meeting: a new time or place
    raises the sequence as the form does, a file with the same time and place does not."""
    with demo_db.session() as s:
        meeting_id = s.scalars(sa.select(Meeting.id).where(Meeting.status == MeetingStatus.HELD)).first()
        document = meeting_document(s, meeting_id, internal=True)
        before = s.get(Meeting, meeting_id).calendar_sequence

    def replace(doc) -> int:
        with demo_db.transaction() as s:
            assert import_meeting(s, doc, replace=True).meeting_id == meeting_id
        with demo_db.session() as s:
            return s.get(Meeting, meeting_id).calendar_sequence

    assert replace(document) == before
    retitled = {**document, "meeting": {**document["meeting"], "title": "Nytt namn"}}
    assert replace(retitled) == before
    moved = {**document, "meeting": {**document["meeting"], "place": "Rådhuset"}}
    assert replace(moved) == before + 1
    assert replace(moved) == before + 1
    # Moved in the other database and sent from there: the file's sequence already counts it.
    elsewhere = {**document, "meeting": {**document["meeting"], "place": "Voss", "calendar_sequence": before + 5}}
    assert replace(elsewhere) == before + 5


def test_the_sequence_travels_with_the_uuid_in_the_meeting_file(demo_file, tmp_path: Path) -> None:
    """The UID is the uuid, and an import keeps the uuid: the other database goes on from the
    file's SEQUENCE, so its invitation is newer than the one already in the calendars."""
    source = open_database(demo_file)
    try:
        with source.session() as s:
            meeting_id = s.scalars(sa.select(Meeting.id).where(Meeting.status == MeetingStatus.CANCELLED)).first()
            document = meeting_document(s, meeting_id, internal=True)
            uuid, sequence = s.get(Meeting, meeting_id).uuid, s.get(Meeting, meeting_id).calendar_sequence
    finally:
        source.close()
    assert document["meeting"]["calendar_sequence"] == sequence >= 1
    other = open_database(tmp_path / "annan.sqlite")
    try:
        with other.transaction() as s:
            body = register.create_body(s, "Områdeutval Voss", 3, short_name="OU Voss")
            imported = import_meeting(s, document, body_id=body.id).meeting_id
        cal, event = _export(other, imported, tmp_path / "annan.ics")
    finally:
        other.close()
    assert str(event["UID"]) == f"{uuid}@hfdesk" and event.decoded("SEQUENCE") == sequence
    assert str(cal["METHOD"]) == "CANCEL"


def test_without_a_secretariat_address_it_is_a_plain_calendar_entry(demo_db) -> None:
    """RFC 5546 wants an ORGANIZER in every REQUEST and CANCEL, and Outlook refuses a meeting
    request without one: with no address to send from, the file is an entry to import."""
    with demo_db.session() as s:
        record = load_meeting_record(s, _meeting_id(s, "SSU"))
    assert record.secretary is not None and record.secretary.email
    nameless = dataclasses.replace(record, secretary=dataclasses.replace(record.secretary, email=" "))
    for meeting in (nameless, dataclasses.replace(nameless, status=MeetingStatus.CANCELLED)):
        cal = icalendar.Calendar.from_ical(build_calendar(meeting).to_ical())
        event = cal.walk("VEVENT")[0]
        assert "METHOD" not in cal
        assert "ORGANIZER" not in event and "ATTENDEE" not in event
        assert str(event["UID"]) == f"{record.uuid}@hfdesk"
        assert event.decoded("SEQUENCE") == record.calendar_sequence
    assert str(event["STATUS"]) == "CANCELLED"


def test_the_bytes_are_crlf_lines_of_at_most_75_octets(demo_db, tmp_path: Path) -> None:
    """RFC 5545 §3.1 checked by hand, not by the library that wrote it: every line ends in CRLF,
    is at most 75 octets, is folded with a space and never inside a UTF-8 character; text
    values escape commas, semicolons and line breaks."""
    title = "Økonomiplan for åra 2027–2030; prioriteringar, tiltak og «måla» for skrøpelege eldre " * 2
    with demo_db.transaction() as s:
        meeting_id = _meeting_id(s, "SSU")
        meeting = s.get(Meeting, meeting_id)
        meeting.place = "Haukeland; Ulriken, 3. etasje"
        add_item(s, meeting_id=meeting_id, title=title.strip())
    out = tmp_path / "møte.ics"
    with demo_db.session() as s:
        export_ics(s, meeting_id, out)
    data = out.read_bytes()
    assert data.endswith(b"\r\n") and b"\n" not in data.replace(b"\r\n", b"")
    lines = data.split(b"\r\n")[:-1]
    assert max(len(line) for line in lines) <= 75
    assert any(len(line) == 75 or line.startswith(b" ") for line in lines)  # something was folded
    for line in lines:
        line.decode("utf-8")  # a fold never splits a character
    unfolded = data.replace(b"\r\n ", b"").decode("utf-8").split("\r\n")
    assert "LOCATION:Haukeland\\; Ulriken\\, 3. etasje" in unfolded
    assert "METHOD:REQUEST" in unfolded and unfolded[0] == "BEGIN:VCALENDAR"
    description = next(line for line in unfolded if line.startswith("DESCRIPTION:"))
    assert "Økonomiplan for åra 2027–2030\\; prioriteringar\\, tiltak" in description
    assert "\\n" in description  # the agenda's lines, escaped


def test_cancelled_meeting_is_marked_cancelled(demo_db, tmp_path: Path) -> None:
    with demo_db.session() as s:
        cancelled = s.scalars(sa.select(Meeting.id).where(Meeting.status == MeetingStatus.CANCELLED)).first()
        sequence = s.get(Meeting, cancelled).calendar_sequence
    cal, event = _export(demo_db, cancelled, tmp_path / "avlyst.ics")
    assert str(cal["METHOD"]) == "CANCEL"
    assert str(event["STATUS"]) == "CANCELLED"
    assert sequence >= 1  # the demo cancelled it through the services
    assert event.decoded("SEQUENCE") == sequence


def test_unknown_meeting(demo_db, tmp_path: Path) -> None:
    with demo_db.session() as s, pytest.raises(NotFound):
        export_ics(s, 999_999, tmp_path / "x.ics")
    assert not (tmp_path / "x.ics").exists()


def test_a_file_held_open_is_left_as_it_was(demo_db, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    folder = tmp_path / "ut"
    folder.mkdir()
    out = folder / "møte.ics"
    out.write_bytes(b"BEGIN:VCALENDAR old")

    def locked(src, dst):
        raise PermissionError(errno.EACCES, "[WinError 32] The process cannot access the file")

    monkeypatch.setattr(fileio, "REPLACE_DELAY_S", 0.001)
    monkeypatch.setattr(fileio.os, "replace", locked)
    with demo_db.session() as s, pytest.raises(FileInUse):
        export_ics(s, _meeting_id(s, "SSU"), out)
    assert out.read_bytes() == b"BEGIN:VCALENDAR old"
    assert [p.name for p in folder.iterdir()] == ["møte.ics"]


def test_names_and_text_are_escaped(demo_db, tmp_path: Path) -> None:
    """Commas, semicolons and quotes in names and titles survive the round trip."""
    with demo_db.transaction() as s:
        meeting_id = _meeting_id(s, "SSU")
        meeting = s.get(Meeting, meeting_id)
        person: Person = next(m for m in expected_memberships(s, meeting) if m.role == Role.OBSERVER).person
        person.given_name, person.family_name = 'Kari "KE"', "Eide; Nilsen, jr."
        meeting.place = "Haukeland; Ulriken, 3. etasje"
        add_item(s, meeting_id=meeting.id, title="Plan; tiltak, og «mål»\nandre line")
        address, name = f"mailto:{person.email}", person.full_name
    _, event = _export(demo_db, meeting_id, tmp_path / "møte.ics")
    assert str(event["LOCATION"]) == "Haukeland; Ulriken, 3. etasje"
    cn = {str(a): a.params["CN"] for a in event.get("ATTENDEE")}
    assert cn[address] == name
    assert "Plan; tiltak, og «mål»" in str(event["DESCRIPTION"])
