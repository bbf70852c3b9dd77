"""A meeting as a calendar invitation (.ics, RFC 5545), made with the `icalendar` library.

One VCALENDAR with one VEVENT:

* UID ``meeting-<id>@hfdesk``: the same meeting always has the same UID, so importing
  a fresh file after a change updates the entry instead of adding a second one;
* DTSTART / DTEND with ``TZID=Europe/Oslo`` (the stored times are Oslo wall-clock
  times) and the matching VTIMEZONE, so Outlook, Google and Apple agree across the
  summer-time changes (see `oslo_timezone`);
* SUMMARY "Møte i <organ>", LOCATION (the place, or the video link), URL (the video
  link), DESCRIPTION (the agenda, one "Sak 12/26 Tittel" line per item, the video link
  and the request to report absence), in the body's written standard;
* ORGANIZER: the secretariat's person, when there is one with an e-mail address;
* one ATTENDEE per expected member (ROLE=REQ-PARTICIPANT) and observer
  (ROLE=OPT-PARTICIPANT) with an e-mail address.

An exempt case (unnateke offentlegheit) is listed by number and legal basis only:
calendar entries are often visible to colleagues. A cancelled meeting is exported with
STATUS:CANCELLED. Written atomically through `hfdesk.fileio.write_atomically`.
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


def meeting_uid(meeting_id: int) -> str:
    """The stable UID of a meeting's calendar entry."""
    return f"meeting-{meeting_id}@hfdesk"


def export_ics(session: Session, meeting_id: int, out: Path | str, *, now: datetime | None = None) -> Path:
    """Write the calendar invitation of meeting `meeting_id` to `out` (.ics) and return the path.

    Raises NotFound for an unknown meeting, FileInUse / CannotWrite when the target cannot
    be replaced (it is then left as it was). `now` (UTC) is the DTSTAMP; default the clock."""
    out = Path(out)
    data = build_calendar(load_meeting_record(session, meeting_id), now=now).to_ical()
    write_atomically(out, lambda fh: fh.write(data))
    return out


def build_calendar(meeting: MeetingRecord, *, now: datetime | None = None) -> Calendar:
    """The invitation of a meeting record (no database): the agenda as the public sees it."""
    body = meeting.body
    lang = language(None, body.language)
    w = WORDS[lang]
    oslo = ZoneInfo(TIMEZONE)

    cal = Calendar()
    cal.add("prodid", PRODID)
    cal.add("version", "2.0")
    cal.add("calscale", "GREGORIAN")

    event = Event()
    event.add("uid", meeting_uid(meeting.id))
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
    event.add("description", _description(public_view(meeting), lang))
    event.add("status", "CANCELLED" if meeting.status == MeetingStatus.CANCELLED else "CONFIRMED")
    event.add("transp", "OPAQUE")

    secretary = meeting.secretary
    if secretary is not None and secretary.email:
        event.add("organizer", _address(secretary))
    seen: set[str] = set()
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
