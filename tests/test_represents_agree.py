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
        rows = _attendance_rows(Document(str(out)))
        for a in document["attendance"]:
            if a["status"] == AttendanceStatus.PRESENT.value and a["represents"]:
                assert _says(rows.get(a["person"]["name"]), a["represents"]), (meeting_id, a["person"]["name"])
                checked += 1
    assert checked > 50


def _attendance_rows(document) -> dict[str, tuple[str, str]]:
    """The minutes' attendance table as name → (position, represents)."""
    table = next(t for t in document.tables if [c.text for c in t.rows[0].cells][1:3] == ["Stilling", "Representerer"])
    rows: dict[str, tuple[str, str]] = {}
    for row in table.rows[1:]:
        cells = [c.text for c in row.cells]
        if len(row._tr.tc_lst) > 1:  # not a group row
            rows.setdefault(cells[0], (cells[1], cells[2]))
    return rows


def _says(row: tuple[str, str] | None, represents: str) -> bool:
    """The row says `represents`: in its column, or, for someone without a seat ("title,
    organisation"), with the title in the position column beside it."""
    if row is None:
        return False
    position, column = row
    return represents == column or represents.casefold() == ", ".join(t for t in (position, column) if t).casefold()


def _minutes_text(path) -> tuple[dict[str, tuple[str, str]], str]:
    """The attendance table (name → (position, represents)) and the whole text of a minutes document."""
    document = Document(str(path))
    text = "\n".join(p.text for p in document.paragraphs)
    return _attendance_rows(document), text


def test_screen_minutes_and_json_agree_on_every_held_demo_meeting(demo_db, tmp_path):
    """Issue 16, point 2: for every held demo meeting, the screen, the minutes and the JSON say the
    same of every attendee (represents, capacity, status, the seat's role) and of every item's
    conclusion (kind, outcome, decision text, who voted), and the screen's voters at an item are
    those whose votes the JSON holds."""
    from hfdesk.models import Role

    with demo_db.session() as s:
        held = [
            m.id for m in s.query(Meeting).all() if m.status in (MeetingStatus.HELD, MeetingStatus.MINUTES_APPROVED)
        ]
    assert len(held) >= 15
    attendees = conclusions = 0
    for meeting_id in held:
        out = tmp_path / f"referat-{meeting_id}.docx"
        with demo_db.session() as s:
            export_minutes(s, meeting_id, out)
            document = meeting_document(s, meeting_id, internal=True)
            view = live_view(s, meeting_id)
            views = {item.id: live_view(s, meeting_id, item.id) for item in view.items}
        table, text = _minutes_text(out)
        on_screen = {a.person_id: a for a in view.attendees}
        assert set(on_screen) == {a["person"]["id"] for a in document["attendance"]}, meeting_id
        for a in document["attendance"]:
            shown = on_screen[a["person"]["id"]]
            assert (shown.organisation, shown.capacity.value, shown.status.value) == (
                a["represents"],
                a["capacity"],
                a["status"],
            ), (meeting_id, a["person"]["name"])
            if a["status"] == AttendanceStatus.PRESENT.value and a["represents"]:
                assert _says(table.get(a["person"]["name"]), a["represents"]), (meeting_id, a["person"]["name"])
            if shown.role in (Role.LEADER, Role.DEPUTY_LEADER) and a["capacity"] == "member":
                assert a["person"]["name"] in table
            attendees += 1
        for item in document["items"]:
            screen = views[item["id"]]
            state = next(i for i in screen.items if i.id == item["id"])
            concluded = item["conclusion"]
            if concluded is None:
                assert state.conclusion is None and screen.item.conclusion is None
                continue
            assert state.conclusion.value == concluded["kind"], (meeting_id, item["number"])
            assert screen.item.conclusion.decision_text == concluded["decision_text"]
            for line in concluded["decision_text"].splitlines():
                if line.strip():
                    assert line.strip() in text, (meeting_id, item["number"], line)
            vote = concluded["vote"]
            if vote is not None:
                assert state.adopted == vote["adopted"]
                in_json = {v["person"]["id"] for v in vote["votes"]}
                voters = {v.person_id for v in screen.item.voters if v.choice is not None}
                assert voters == in_json, (meeting_id, item["number"])
                assert screen.item.conclusion.tally == {
                    choice: vote["tally"][choice.value] for choice in screen.item.conclusion.tally
                }
            conclusions += 1
    assert attendees > 250 and conclusions > 60
