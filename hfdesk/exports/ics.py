"""A meeting as a calendar invitation (.ics; RFC 5545, sent as an iTIP message, RFC 5546),
made with the `icalendar` library.

One VCALENDAR with one VEVENT:

* METHOD ``REQUEST`` (an invitation; a re-sent one moves the entry), or ``CANCEL`` with
  STATUS:CANCELLED for a cancelled meeting (the entry is removed from the calendars);
* UID ``<the meeting's uuid>@hfdesk``: the same in every export of the meeting and
  different in every database (not the row id, which two databases share), so a
  calendar that has the entry replaces it instead of adding a second one;
* SEQUENCE: the meeting's `calendar_sequence`, raised in the services when the time, the
  place or the video link changes and when the meeting is cancelled or brought back
  (`services.meetings.calendar_changed`), so the newer file wins; DTSTAMP: when the file
  was written;
* DTSTART / DTEND with ``TZID=Europe/Oslo`` (the stored times are Oslo wall-clock
  times) and the matching VTIMEZONE, so Outlook, Google and Apple agree across the
  summer-time changes (see `oslo_timezone`);
* SUMMARY "Møte i <organ>", LOCATION (the place, or the video link), URL (the video
  link), DESCRIPTION (the agenda, one "Sak 12/26 Tittel" line per item, the video link
  and the request to report absence; for a cancelled meeting that it is cancelled, and
  why), in the body's written standard;
* ORGANIZER: the secretariat's person (the record's `secretary`), who sends it;
* one ATTENDEE per expected member (ROLE=REQ-PARTICIPANT) and observer
  (ROLE=OPT-PARTICIPANT) with an e-mail address.

Without an e-mail address for the secretariat the file has no METHOD, ORGANIZER or
ATTENDEE: RFC 5546 requires an ORGANIZER in every invitation and cancellation, and
Outlook will not take a meeting request that has none, so the file is then a plain
calendar entry (RFC 5545) to import into one's own calendar. UID and SEQUENCE are the
same, so importing a newer file still replaces the entry, and a cancelled meeting is
STATUS:CANCELLED.

An exempt case (unnateke offentlegheit) is listed by number and legal basis only:
calendar entries are often visible to colleagues. Written atomically through
`hfdesk.fileio.write_atomically`.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from icalendar import Calendar, Event, Timezone, TimezoneDaylight, TimezoneStandard, vCalAddress
from sqlalchemy.orm import Session

from .. import __version__
from ..fileio import write_atomically
from ..models import MeetingStatus, Role
from ..services.meeting_record import MeetingRecord, PersonRecord, load_meeting_record, public_view
from .words import WORDS, language

TIMEZONE = "Europe/Oslo"
PRODID = f"-//hfdesk//hfdesk {__version__}//NO"
MEMBER_ROLES = (Role.LEADER, Role.DEPUTY_LEADER, Role.MEMBER)


REQUEST = "REQUEST"
CANCEL = "CANCEL"


def meeting_uid(meeting: MeetingRecord) -> str:
    """The UID of a meeting's calendar entry: its uuid, the same in every export of the meeting
    and never the same for two meetings, in one database or two. (A record built without a
    uuid, not read from a database, falls back to its id.)"""
    return f"{meeting.uuid}@hfdesk" if meeting.uuid else f"meeting-{meeting.id}@hfdesk"


def calendar_method(meeting: MeetingRecord) -> str | None:
    """The iTIP method of the meeting's file: CANCEL for a cancelled meeting, else REQUEST; None
    (a plain calendar entry) when the secretariat has no e-mail address to send it from."""
    if _organizer(meeting) is None:
        return None
    return CANCEL if meeting.status == MeetingStatus.CANCELLED else REQUEST


def export_ics(session: Session, meeting_id: int, out: Path | str, *, now: datetime | None = None) -> Path:
    """Write the calendar invitation of meeting `meeting_id` to `out` (.ics) and return the path:
    a REQUEST, or a CANCEL for a cancelled meeting (see `calendar_method`).

    Raises NotFound for an unknown meeting, FileInUse / CannotWrite when the target cannot
    be replaced (it is then left as it was). `now` (UTC) is the DTSTAMP; default the clock."""
    return write_calendar(load_meeting_record(session, meeting_id), out, now=now)


def write_calendar(meeting: MeetingRecord, out: Path | str, *, now: datetime | None = None) -> Path:
    """Write the calendar file of a meeting record to `out`, atomically, and return the path."""
    out = Path(out)
    data = build_calendar(meeting, now=now).to_ical()
    write_atomically(out, lambda fh: fh.write(data))
    return out


def build_calendar(meeting: MeetingRecord, *, now: datetime | None = None) -> Calendar:
    """The invitation of a meeting record (no database): the agenda as the public sees it."""
    body = meeting.body
    lang = language(None, body.language)
    w = WORDS[lang]
    oslo = ZoneInfo(TIMEZONE)
    method = calendar_method(meeting)
    cancelled = meeting.status == MeetingStatus.CANCELLED

    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")
    if method is not None:
        cal.add("method", method)

    event = Event()
    event.add("uid", meeting_uid(meeting))
    event.add("sequence", meeting.calendar_sequence)
    event.add("dtstamp", (now or datetime.now(UTC)).astimezone(UTC))
    event.add("dtstart", meeting.starts_at.replace(tzinfo=oslo))
    event.add("dtend", meeting.ends_at.replace(tzinfo=oslo))
    summary = w["meeting_of"].format(body=body.name)
    if meeting.title:
        summary = f"{summary} – {meeting.title}"
    event.add("summary", summary)
    location = meeting.place or meeting.video_link
    if location:
        event.add("location", location)
    if meeting.video_link:
        event.add("url", meeting.video_link)
    if cancelled:
        event.add("description", _cancelled(meeting, lang))
    else:
        event.add("description", _description(public_view(meeting), lang))
    event.add("status", "CANCELLED" if cancelled else "CONFIRMED")
    event.add("transp", "OPAQUE")

    organizer = _organizer(meeting)
    if organizer is not None:
        event.add("organizer", _address(organizer))
        seen: set[str] = {organizer.email.strip().lower()}  # the one who sends it is not invited
        for membership in meeting.invited:
            person = membership.person
            key = person.email.strip().lower()
            if not key or key in seen:
                continue
            seen.add(key)
            attendee = _address(person)
            attendee.params["CUTYPE"] = "INDIVIDUAL"
            attendee.params["ROLE"] = "REQ-PARTICIPANT" if membership.role in MEMBER_ROLES else "OPT-PARTICIPANT"
            attendee.params["PARTSTAT"] = "NEEDS-ACTION"
            event.add("attendee", attendee, encode=False)

    cal.add_component(oslo_timezone())
    cal.add_component(event)
    return cal


def oslo_timezone() -> Timezone:
    """VTIMEZONE for Europe/Oslo as yearly rules (summer time from the last Sunday of March
    02:00 to the last Sunday of October 03:00, the EU rule Norway follows).

    Not `Calendar.add_missing_timezones()`: that writes each change as an RDATE, and
    Outlook on Windows (the municipal laptops' calendar) misreads RDATE-only zones and
    shifts summer meetings by an hour; RRULE zones are what Outlook and Google write
    themselves. A test checks these rules against the tz database for 2000-2040.
    """
    tz = Timezone()
    tz.add("tzid", TIMEZONE)
    tz.add("x-lic-location", TIMEZONE)
    for part, name, start, offset_from, offset_to, month in (
        (TimezoneDaylight(), "CEST", datetime(1970, 3, 29, 2, 0), 1, 2, 3),
        (TimezoneStandard(), "CET", datetime(1970, 10, 25, 3, 0), 2, 1, 10),
    ):
        part.add("tzname", name)
        part.add("dtstart", start)
        part.add("tzoffsetfrom", timedelta(hours=offset_from))
        part.add("tzoffsetto", timedelta(hours=offset_to))
        part.add("rrule", {"freq": "yearly", "bymonth": month, "byday": "-1su"})
        tz.add_component(part)
    return tz


def _organizer(meeting: MeetingRecord) -> PersonRecord | None:
    secretary = meeting.secretary
    return secretary if secretary is not None and secretary.email.strip() else None


def _address(person: PersonRecord) -> vCalAddress:
    address = vCalAddress(f"mailto:{person.email.strip()}")
    address.params["CN"] = person.full_name
    return address


def _description(meeting: MeetingRecord, lang: str) -> str:
    w = WORDS[lang]
    lines = [f"{w['agenda']}:"]
    for item in meeting.items:
        label = f"{w['case']} {item.number}" if item.number else w["case"]
        if item.withheld:
            lines.append(f"{label} {w['exempt']} ({item.exemption_basis})")
        else:
            lines.append(f"{label} {item.title}")
    if meeting.video_link:
        lines += ["", f"{w['video_link']}: {meeting.video_link}"]
    lines += ["", w["absence"]]
    return "\n".join(lines)


def _cancelled(meeting: MeetingRecord, lang: str) -> str:
    """A cancelled meeting's description: that it is cancelled, and the reason when one was given."""
    w = WORDS[lang]
    lines = [w["meeting_cancelled"]]
    reason = meeting.cancelled_reason.strip()
    if reason and reason.casefold() != "avlyst":  # the reason the services write when none was given
        lines.append(reason)
    return "\n".join(lines)
