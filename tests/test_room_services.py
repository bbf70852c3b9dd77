"""In the room (issue 23): the speakers list (services/speakers.py), the items' clock
(services/item_clock.py), and the minutes' lines about both, on a small SSU."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from docx import Document

from hfdesk.errors import InvalidInput
from hfdesk.exports.minutes import export_minutes
from hfdesk.models import AttendanceStatus, ItemTiming, Meeting, MeetingStatus, Role, Side, SpeakerEntry
from hfdesk.services import item_clock, live, meetings, register, speakers
from hfdesk.services.meeting_record import load_meeting_record, public_view

T0 = datetime(2026, 3, 3, 10, 0)


@pytest.fixture
def ssu(db):
    """Members Leiar, M2, M3 (present), M4 (absent), an observer, a secretary (present); a meeting
    on 3 March 2026 at 10:00 with cases A (20 minutes) and B, the notice sent."""
    with db.transaction() as s:
        kommune = register.create_organisation(s, "Alver kommune", Side.MUNICIPAL)
        body = register.create_body(s, "Strategisk samarbeidsutval", 2, short_name="SSU", language="nn")
        ids: dict[str, int] = {"body": body.id}
        for key, role in (("leiar", Role.LEADER), ("m2", Role.MEMBER), ("m3", Role.MEMBER), ("m4", Role.MEMBER),
                          ("obs", Role.OBSERVER), ("sek", Role.SECRETARY)):
            p = register.create_person(s, key.capitalize(), "Testesen", organisation_id=kommune.id)
            register.add_membership(s, body.id, p.id, role, term_from=date(2024, 1, 1))
            ids[key] = p.id
        meeting = meetings.create_meeting(s, body, T0)
        a = meetings.add_item(s, meeting_id=meeting.id, title="Sak A", duration_minutes=20)
        b = meetings.add_item(s, meeting_id=meeting.id, title="Sak B")
        meetings.send_notice(s, meeting)
        live.start_meeting_mode(s, meeting.id)
        for attendance in meeting.attendances:
            if attendance.person_id != ids["m4"]:
                live.set_presence(s, attendance.id, status=AttendanceStatus.PRESENT)
        ids.update(meeting=meeting.id, a=a.id, b=b.id)
    return ids


def names(db, item_id):
    with db.session() as s:
        return [(line.name, line.reply, line.speaking, line.done) for line in speakers.speakers_list(s, item_id)]


def test_only_someone_present_with_the_right_to_speak_goes_on_the_list(db, ssu):
    with db.transaction() as s:
        speakers.add_speaker(s, ssu["a"], ssu["m2"], at=T0)
        speakers.add_speaker(s, ssu["a"], ssu["obs"], at=T0)  # an observer speaks
    with db.transaction() as s, pytest.raises(InvalidInput, match="ikke til stede"):
        speakers.add_speaker(s, ssu["a"], ssu["m4"], at=T0)
    with db.transaction() as s, pytest.raises(InvalidInput, match="ikke talerett"):
        speakers.add_speaker(s, ssu["a"], ssu["sek"], at=T0)
    assert [n[0] for n in names(db, ssu["a"])] == ["M2 Testesen", "Obs Testesen"]


def test_replies_are_heard_after_their_speaker_before_the_next_main_speaker(db, ssu):
    a = ssu["a"]
    with db.transaction() as s:
        first = speakers.add_speaker(s, a, ssu["m2"], at=T0)
        speakers.add_speaker(s, a, ssu["m3"], at=T0)
        with pytest.raises(InvalidInput, match="Ingen har hatt ordet"):
            speakers.add_reply(s, a, ssu["leiar"], at=T0)
        assert speakers.next_speaker(s, a, at=T0 + timedelta(minutes=1)).id == first.id
        speakers.add_reply(s, a, ssu["leiar"], at=T0 + timedelta(minutes=2))  # to the one speaking: M2
        speakers.add_reply(s, a, ssu["obs"], to=first.id, at=T0 + timedelta(minutes=2))
    assert names(db, a) == [
        ("M2 Testesen", False, True, False),
        ("Leiar Testesen", True, False, False),
        ("Obs Testesen", True, False, False),
        ("M3 Testesen", False, False, False),
    ]
    with db.transaction() as s:
        assert speakers.next_speaker(s, a, at=T0 + timedelta(minutes=3)).person_id == ssu["leiar"]
        # a reply to the one speaking now (a reply) answers that reply's speaker, M2
        speakers.add_reply(s, a, ssu["m3"], at=T0 + timedelta(minutes=3))
        assert speakers.next_speaker(s, a, at=T0 + timedelta(minutes=4)).person_id == ssu["obs"]
        assert speakers.next_speaker(s, a, at=T0 + timedelta(minutes=5)).person_id == ssu["m3"]
        entry = speakers.next_speaker(s, a, at=T0 + timedelta(minutes=6))
        assert entry is not None and entry.person_id == ssu["m3"] and entry.parent_id is None
        assert speakers.next_speaker(s, a, at=T0 + timedelta(minutes=7)) is None  # the last one is ended
    assert [n[3] for n in names(db, a)] == [True] * 5


def test_remove_and_reorder(db, ssu):
    a = ssu["a"]
    with db.transaction() as s:
        one = speakers.add_speaker(s, a, ssu["m2"], at=T0)
        two = speakers.add_speaker(s, a, ssu["m3"], at=T0)
        speakers.add_speaker(s, a, ssu["obs"], at=T0)
        speakers.next_speaker(s, a, at=T0)
        speakers.add_reply(s, a, ssu["leiar"], at=T0)
        speakers.move_speaker(s, two.id, 1)
    assert [n[0] for n in names(db, a)] == ["M2 Testesen", "Leiar Testesen", "Obs Testesen", "M3 Testesen"]
    with db.transaction() as s:
        speakers.remove_speaker(s, one.id)  # the reply goes with its speaker
        assert s.query(SpeakerEntry).count() == 2
    assert [n[0] for n in names(db, a)] == ["Obs Testesen", "M3 Testesen"]


def test_the_clock_keeps_each_items_first_start_last_end_and_time_used(db, ssu, time_machine):
    mid, a, b = ssu["meeting"], ssu["a"], ssu["b"]
    with db.transaction() as s:
        # the day before: preparing meeting mode starts no clock
        assert item_clock.enter_item(s, mid, a, at=T0 - timedelta(days=1)) is None
        # on the day, before the planned start: the clock starts at 10:00
        item_clock.enter_item(s, mid, a, at=T0 - timedelta(minutes=10))
        view = item_clock.clock_view(s, mid, a, at=T0 + timedelta(minutes=15))
        assert view.used_seconds == 15 * 60 and view.running and not view.over and view.planned_minutes == 20
        assert view.meeting_seconds == 15 * 60 and view.seconds_to_end == int((view.meeting_ends_at - view.at).total_seconds())
        item_clock.enter_item(s, mid, b, at=T0 + timedelta(minutes=25))
        item_clock.enter_item(s, mid, a, at=T0 + timedelta(minutes=30))  # back to A: adds to its time
        item_clock.enter_item(s, mid, a, at=T0 + timedelta(minutes=31))  # already running: nothing
        item_clock.stop(s, mid, at=T0 + timedelta(minutes=40))
        view = item_clock.clock_view(s, mid, a, at=T0 + timedelta(minutes=50))
        assert view.used_seconds == 35 * 60 and not view.running and view.over
        timing = s.get(ItemTiming, a)
        assert (timing.started_at, timing.ended_at) == (T0, T0 + timedelta(minutes=40))
        timing_b = s.get(ItemTiming, b)
        assert (timing_b.started_at, timing_b.ended_at, timing_b.seconds) == (
            T0 + timedelta(minutes=25), T0 + timedelta(minutes=30), 300)
    with db.transaction() as s:
        s.get(Meeting, mid).status = MeetingStatus.HELD
        assert item_clock.enter_item(s, mid, b, at=T0 + timedelta(minutes=45)) is None  # held: no clock


def test_minutes_say_who_spoke_and_when_the_item_was_treated_when_the_body_wants_it(db, ssu, tmp_path):
    mid, a = ssu["meeting"], ssu["a"]
    with db.transaction() as s:
        speakers.add_speaker(s, a, ssu["m2"], at=T0)
        speakers.add_speaker(s, a, ssu["m3"], at=T0)
        speakers.add_speaker(s, a, ssu["obs"], at=T0)  # asked, never called: not printed
        item_clock.enter_item(s, mid, a, at=T0 + timedelta(minutes=15))
        speakers.next_speaker(s, a, at=T0 + timedelta(minutes=16))
        speakers.add_reply(s, a, ssu["leiar"], at=T0 + timedelta(minutes=17))
        speakers.next_speaker(s, a, at=T0 + timedelta(minutes=18))
        speakers.next_speaker(s, a, at=T0 + timedelta(minutes=19))
        item_clock.enter_item(s, mid, ssu["b"], at=T0 + timedelta(minutes=40))
        live.conclude(s, a, live.ConclusionKind.NOTED)

    def text(path):
        return "\n".join(p.text for p in Document(str(path)).paragraphs)

    with db.session() as s:
        plain = text(export_minutes(s, mid, tmp_path / "utan.docx"))
    assert "Ordet hadde" not in plain and "handsama kl." not in plain

    with db.transaction() as s:
        register.update_body(s, ssu["body"], minutes_list_speakers=True, minutes_item_times=True)
    with db.session() as s:
        record = load_meeting_record(s, mid)
        number = next(i for i in record.items if i.id == a).number
        full = text(export_minutes(s, mid, tmp_path / "med.docx"))
        assert next(i for i in public_view(record).items if i.id == a).speakers  # open: kept in public
    assert "Ordet hadde: M2 Testesen, Leiar Testesen (replikk), M3 Testesen." in full
    assert f"Sak {number} vart handsama kl. 10:15–10:40." in full

    with db.transaction() as s:
        register.update_body(s, ssu["body"], language="nb")
    with db.session() as s:
        bokmal = text(export_minutes(s, mid, tmp_path / "nb.docx"))
    assert f"Sak {number} ble behandlet kl. 10:15–10:40." in bokmal


def test_an_exempt_items_speakers_and_times_stay_out_of_the_public_minutes(db, ssu):
    with db.transaction() as s:
        item = s.get(live.AgendaItem, ssu["a"])
        item.exempt, item.exemption_basis = True, "offl. § 13"
        speakers.add_speaker(s, ssu["a"], ssu["m2"], at=T0)
        speakers.next_speaker(s, ssu["a"], at=T0)
        item_clock.enter_item(s, ssu["meeting"], ssu["a"], at=T0)
    with db.session() as s:
        record = load_meeting_record(s, ssu["meeting"])
    mine = next(i for i in record.items if i.id == ssu["a"])
    assert mine.speakers and mine.treated_from == T0
    public = next(i for i in public_view(record).items if i.id == ssu["a"])
    assert public.speakers == () and public.treated_from is None


def _rows(db, meeting_id):
    """What opening meeting mode may write: the attendance list, the proposals, the current
    item and the clocks."""
    from hfdesk.models import AgendaItem, Attendance, Proposal

    with db.session() as s:
        m = s.get(Meeting, meeting_id)
        return (
            sorted((a.person_id, a.status) for a in s.query(Attendance).filter_by(meeting_id=meeting_id)),
            sorted((p.item_id, p.text) for p in s.query(Proposal).join(AgendaItem).filter(AgendaItem.meeting_id == meeting_id)),
            m.current_item_id,
            sorted((t.item_id, t.started_at, t.entered_at, t.seconds) for t in s.query(ItemTiming)),
        )


def test_opening_meeting_mode_writes_only_when_there_is_something_to_prepare(db, ssu):
    """Opening a meeting again, or one of another day, reads and writes nothing (on a shared
    database it takes no turn among the writers); whatever start_meeting_mode or the clock would
    do is found, and done, by the opening."""
    later = T0 + timedelta(days=30)
    with db.transaction() as s:
        other = meetings.create_meeting(s, s.get(live.Body, ssu["body"]), later)
        meetings.add_item(s, meeting_id=other.id, title="Sak C", proposed_decision="Saka vert teken til vitande.")
        other_id = other.id

    def opening(meeting_id, at, left=None):
        with db.session() as s:
            return live.opening(s, meeting_id, left_meeting_id=left, at=at)

    def open_(meeting_id, at, left=None):
        with db.transaction() as s:
            live.open_in_meeting_mode(s, meeting_id, left_meeting_id=left, at=at)

    def prepared(meeting_id, at, left=None):
        """Opened until nothing is left to prepare; opening once more then changes nothing."""
        assert opening(meeting_id, at, left).to_prepare
        open_(meeting_id, at, left)
        after = _rows(db, meeting_id)
        assert not opening(meeting_id, at, left).to_prepare
        open_(meeting_id, at, left)
        assert _rows(db, meeting_id) == after

    day_before = T0 - timedelta(days=1)
    prepared(other_id, day_before)  # the attendance list, the proposal, the current item
    rows = _rows(db, other_id)
    assert len(rows[0]) == 6 and [text for _, text in rows[1]] == ["Saka vert teken til vitande."]
    assert rows[2] is not None  # the first item is the current one

    with db.transaction() as s:  # a new member
        p = register.create_person(s, "Ny", "Testesen")
        register.add_membership(s, ssu["body"], p.id, Role.MEMBER, term_from=date(2026, 1, 1))
    prepared(other_id, day_before)
    assert p.id in [person for person, _ in _rows(db, other_id)[0]]

    with db.transaction() as s:  # a new item with a proposed decision, and one without
        meetings.add_item(s, meeting_id=other_id, title="Sak D", proposed_decision="Godkjent.")
    prepared(other_id, day_before)
    with db.transaction() as s:
        meetings.add_item(s, meeting_id=other_id, title="Sak E")
    assert not opening(other_id, day_before).to_prepare
    with db.transaction() as s:  # the current item was taken off the agenda
        s.get(Meeting, other_id).current_item_id = None
    prepared(other_id, day_before)
    assert _rows(db, other_id)[2] is not None

    with db.transaction() as s:  # a minute-taker from outside the body
        taker = register.create_person(s, "Referent", "Utanfrå")
        s.get(Meeting, other_id).minute_taker_id = taker.id
    prepared(other_id, day_before)

    # the meeting's own day: its current item's clock runs from the opening
    assert opening(ssu["meeting"], T0).to_prepare
    open_(ssu["meeting"], T0)
    with db.session() as s:
        current = s.get(Meeting, ssu["meeting"]).current_item_id
        assert s.get(ItemTiming, current).entered_at == T0
    assert not opening(ssu["meeting"], T0 + timedelta(minutes=1)).to_prepare  # again: its clock runs
    # the current item changed while another item's clock runs: the opening moves the clock to it
    with db.transaction() as s:
        live.set_current_item(s, ssu["meeting"], ssu["b"])
    prepared(ssu["meeting"], T0 + timedelta(minutes=2))
    with db.transaction() as s:
        live.set_current_item(s, ssu["meeting"], current)
    prepared(ssu["meeting"], T0 + timedelta(minutes=3))
    with db.session() as s:
        assert (s.get(ItemTiming, ssu["b"]).seconds, s.get(ItemTiming, ssu["b"]).entered_at) == (60, None)
        assert s.get(ItemTiming, current).entered_at == T0 + timedelta(minutes=3)
    # leaving it for another meeting stops that clock, and only then is there nothing to do
    prepared(other_id, T0 + timedelta(minutes=5), left=ssu["meeting"])
    with db.session() as s:
        assert s.get(ItemTiming, current).entered_at is None
        assert s.get(ItemTiming, current).seconds == 4 * 60

    with db.transaction() as s:  # approved minutes are locked: nothing of them is prepared
        meetings.add_item(s, meeting_id=other_id, title="Sak F", proposed_decision="Godkjent.")
        s.get(Meeting, other_id).status = MeetingStatus.MINUTES_APPROVED
    found = opening(other_id, day_before)
    assert found.status == MeetingStatus.MINUTES_APPROVED and not found.to_prepare
    # but leaving a running meeting for them stops its clock, as leaving it for any meeting does
    open_(ssu["meeting"], T0 + timedelta(minutes=10))
    before = _rows(db, other_id)
    prepared(other_id, T0 + timedelta(minutes=12), left=ssu["meeting"])
    assert _rows(db, other_id)[:3] == before[:3]  # the locked meeting itself: as it was
    with db.session() as s:
        assert s.get(ItemTiming, current).entered_at is None
        assert s.get(ItemTiming, current).seconds == 6 * 60
    with db.session() as s:
        assert live.opening(s, 10_000, left_meeting_id=None, at=day_before) is None
