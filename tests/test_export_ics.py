"""The calendar invitation (issue 4, point 5): written with icalendar, read back with
`icalendar.Calendar.from_ical` and checked against the meeting, its agenda and the
expected members and observers."""

from __future__ import annotations

import errno
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import icalendar
import pytest
import sqlalchemy as sa

from hfdesk import fileio
from hfdesk.errors import FileInUse, NotFound
from hfdesk.exports.ics import export_ics
from hfdesk.models import Body, CaseType, Meeting, MeetingStatus, Person, Role
from hfdesk.services.live import expected_memberships
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


def _with_email(meeting: Meeting, *roles: Role) -> dict[str, str]:
    return {
        f"mailto:{m.person.email}": m.person.full_name
        for m in expected_memberships(meeting)
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
        quiet = next(m for m in expected_memberships(meeting) if m.role == Role.MEMBER).person
        quiet.email = ""
        members = _with_email(meeting, Role.LEADER, Role.DEPUTY_LEADER, Role.MEMBER)
        observers = _with_email(meeting, Role.OBSERVER)
        secretary = next(m.person for m in expected_memberships(meeting) if m.role == Role.SECRETARY)
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
    assert "Forfall skal meldast snarast til sekretariatet, som kallar inn vara." in lines


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


def test_uid_is_stable_across_exports(demo_db, tmp_path: Path) -> None:
    with demo_db.session() as s:
        meeting_id = _meeting_id(s, "SSU")
        other_id = _meeting_id(s, "OU Bergen")
    _, first = _export(demo_db, meeting_id, tmp_path / "a.ics")
    _, second = _export(demo_db, meeting_id, tmp_path / "b.ics")
    _, other = _export(demo_db, other_id, tmp_path / "c.ics")
    assert str(first["UID"]) == str(second["UID"]) == f"meeting-{meeting_id}@hfdesk"
    assert str(other["UID"]) != str(first["UID"])
    # A bokmål body writes bokmål.
    assert str(other["DESCRIPTION"]).startswith("Saksliste:")


def test_cancelled_meeting_is_marked_cancelled(demo_db, tmp_path: Path) -> None:
    with demo_db.session() as s:
        cancelled = s.scalars(sa.select(Meeting.id).where(Meeting.status == MeetingStatus.CANCELLED)).first()
    _, event = _export(demo_db, cancelled, tmp_path / "avlyst.ics")
    assert str(event["STATUS"]) == "CANCELLED"


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
        person: Person = next(m for m in expected_memberships(meeting) if m.role == Role.OBSERVER).person
        person.given_name, person.family_name = 'Kari "KE"', "Eide; Nilsen, jr."
        meeting.place = "Haukeland; Ulriken, 3. etasje"
        add_item(s, meeting_id=meeting.id, title="Plan; tiltak, og «mål»\nandre line")
        address, name = f"mailto:{person.email}", person.full_name
    _, event = _export(demo_db, meeting_id, tmp_path / "møte.ics")
    assert str(event["LOCATION"]) == "Haukeland; Ulriken, 3. etasje"
    cn = {str(a): a.params["CN"] for a in event.get("ATTENDEE")}
    assert cn[address] == name
    assert "Plan; tiltak, og «mål»" in str(event["DESCRIPTION"])
