"""Issue 16 (first step): what each participant represents is one text, and the meeting
screen, the minutes and the meeting JSON say the same for every attendee of every demo meeting
(they used to disagree: "Fastlegene i Bergen (Fastlegane i Bergensområdet)" in the minutes,
"Fastlegene i Bergen" in the JSON and on screen)."""

from __future__ import annotations

from docx import Document

from hfdesk.exports.meeting_json import meeting_document
from hfdesk.exports.minutes import export_minutes
from hfdesk.models import AttendanceStatus, Meeting, MeetingStatus
from hfdesk.services.meeting_view import live_view


def test_screen_and_json_agree_on_every_attendee_of_every_meeting(demo_db):
    compared = 0
    with demo_db.session() as s:
        meetings = [m.id for m in s.query(Meeting).all() if m.status != MeetingStatus.CANCELLED]
        for meeting_id in meetings:
            document = meeting_document(s, meeting_id, internal=True)
            in_json = {a["person"]["id"]: a["represents"] for a in document["attendance"]}
            view = live_view(s, meeting_id)
            on_screen = {a.person_id: a.organisation for a in view.attendees}
            for person_id, text in in_json.items():
                if person_id in on_screen:
                    assert on_screen[person_id] == text, (meeting_id, person_id)
                    compared += 1
    assert compared > 300


def test_the_minutes_say_what_the_json_says(demo_db, tmp_path):
    """Every present attendee's line in the minutes' attendance table names what the JSON names."""
    with demo_db.session() as s:
        held = [m.id for m in s.query(Meeting).all() if m.status in (MeetingStatus.HELD, MeetingStatus.MINUTES_APPROVED)]
    checked = 0
    for meeting_id in held[:6]:
        out = tmp_path / f"referat-{meeting_id}.docx"
        with demo_db.session() as s:
            export_minutes(s, meeting_id, out)
            document = meeting_document(s, meeting_id, internal=True)
        rows = {}
        for table in Document(str(out)).tables:
            for row in table.rows:
                cells = [c.text for c in row.cells]
                if len(cells) >= 2:
                    rows.setdefault(cells[0], cells[1])
        for a in document["attendance"]:
            if a["status"] == AttendanceStatus.PRESENT.value and a["represents"]:
                assert rows.get(a["person"]["name"]) == a["represents"], (meeting_id, a["person"]["name"])
                checked += 1
    assert checked > 50
