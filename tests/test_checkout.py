"""Taking a meeting along to a laptop and handing it back (issue 22, point 4): the services.

The shared database here is an SQLite file (a private copy of the demo); the laptop's copy is
another file beside it. The same tests are meant to run with a PostgreSQL shared database.
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest
import sqlalchemy as sa

from hfdesk.db import open_database
from hfdesk.errors import FileExists, HfdeskError, InvalidInput
from hfdesk.exports.meeting_json import meeting_document
from hfdesk.models import (
    AgendaItem,
    Attendance,
    AttendanceStatus,
    Base,
    Body,
    Conclusion,
    Meeting,
    MeetingCheckout,
    MeetingCopyOrigin,
    MeetingStatus,
    Person,
    Proposal,
    Setting,
)
from hfdesk.services import checkout
from hfdesk.services.checkout import HandBackRefused, MeetingTaken

TAKEN_AT = datetime(2026, 12, 7, 9, 12)


@pytest.fixture
def shared(demo_db):
    return demo_db


def held_meeting(db) -> int:
    """A held meeting with conclusions and attendance (the demo has several)."""
    with db.session() as s:
        for meeting in s.scalars(
            sa.select(Meeting).where(Meeting.status == MeetingStatus.HELD).order_by(Meeting.starts_at.desc())
        ):
            if meeting.attendances and any(i.conclusion is not None for i in meeting.items):
                return meeting.id
    raise AssertionError("the demo has no held meeting with conclusions")


def other_meeting(db, not_this: int) -> int:
    with db.session() as s:
        return s.scalar(
            sa.select(Meeting.id).where(Meeting.id != not_this, Meeting.status == MeetingStatus.PLANNED).limit(1)
        )


def take(shared, tmp_path: Path) -> tuple[int, Path]:
    meeting_id = held_meeting(shared)
    laptop = tmp_path / "bærbar" / "møtet.sqlite"
    laptop.parent.mkdir()
    checkout.take_meeting(shared, meeting_id, laptop, at=TAKEN_AT)
    return meeting_id, laptop


def count(db, model) -> int:
    with db.session() as s:
        return s.scalar(sa.select(sa.func.count()).select_from(model))


def test_every_table_is_said_to_go_along_or_not():
    """A new table must be classified (register, meeting, or not copied) before a copy can be made."""
    known = {*checkout.REGISTER_TABLES, *checkout.MEETING_TABLES, *checkout.NOT_COPIED}
    assert {t.name for t in Base.metadata.sorted_tables} == known


def test_the_copy_has_the_register_and_the_one_meeting_as_it_is(shared, tmp_path):
    meeting_id, laptop = take(shared, tmp_path)
    assert laptop.is_file()
    assert [p.name for p in laptop.parent.iterdir()] == [laptop.name]  # no temporary file left behind
    copy = open_database(laptop, create=False)
    try:
        for model in (Person, Body, Setting):
            assert count(copy, model) == count(shared, model)
        with copy.session() as s, shared.session() as t:
            assert s.get(Meeting, meeting_id).uuid == t.get(Meeting, meeting_id).uuid
            items = s.scalars(sa.select(AgendaItem)).all()
            own = [i for i in items if i.meeting_id == meeting_id]
            assert {(i.id, i.uuid) for i in own} == {(i.id, i.uuid) for i in t.get(Meeting, meeting_id).items}
            # no other meeting's agenda: at most the item its minutes were approved in
            assert len(items) - len(own) <= 1
            assert count(copy, Meeting) < count(shared, Meeting)
            assert count(copy, Attendance) == len(t.get(Meeting, meeting_id).attendances)
            # the whole record of the meeting, field for field
            assert meeting_document(s, meeting_id, internal=True) == meeting_document(t, meeting_id, internal=True)
            [origin] = s.scalars(sa.select(MeetingCopyOrigin)).all()
            assert (origin.meeting_id, origin.shared_location) == (meeting_id, shared.location)
            assert s.scalar(sa.select(MeetingCheckout)) is None  # the copy itself is writable
    finally:
        copy.close()
    with shared.session() as s:
        [row] = s.scalars(sa.select(MeetingCheckout)).all()
        assert (row.meeting_id, row.taken_at, row.token) == (meeting_id, TAKEN_AT, origin.token)


def test_the_shared_meeting_is_read_only_while_it_is_away_and_the_others_are_not(shared, tmp_path):
    meeting_id, _laptop = take(shared, tmp_path)
    with shared.session() as s:
        row = s.scalar(sa.select(MeetingCheckout))
        holder, host = row.holder, row.holder_host

    def refused(change) -> str:
        with pytest.raises(MeetingTaken) as caught, shared.transaction() as s:
            change(s, s.get(Meeting, meeting_id))
        return str(caught.value)

    message = refused(lambda s, m: setattr(m, "title", "Endra"))
    assert message.startswith(f"Møtet er tatt med av {holder} ({host}) siden 7. desember kl. 09:12")
    refused(lambda s, m: setattr(m.items[0], "title", "Endra sak"))
    refused(lambda s, m: setattr(next(i for i in m.items if i.conclusion).conclusion, "decision_text", "Nytt vedtak"))
    refused(lambda s, m: setattr(m.attendances[0], "status", AttendanceStatus.ABSENT))
    refused(lambda s, m: s.delete(m.attendances[0]))
    # new rows too (by the column alone, through a relationship), and a conclusion removed
    refused(lambda s, m: s.add(Proposal(item_id=m.items[0].id, text="Nytt framlegg", position=9)))
    refused(lambda s, m: m.items[0].proposals.append(Proposal(text="Nytt framlegg", position=9)))
    refused(lambda s, m: s.delete(next(i for i in m.items if i.conclusion).conclusion))
    with shared.session() as s:
        assert s.get(Meeting, meeting_id).title != "Endra"
    # another meeting is written as ever
    other = other_meeting(shared, meeting_id)
    with shared.transaction() as s:
        s.get(Meeting, other).title = "Anna møte"
    with shared.session() as s:
        assert s.get(Meeting, other).title == "Anna møte"
    # and nobody takes it along a second time
    with pytest.raises(MeetingTaken) as twice:
        checkout.take_meeting(shared, meeting_id, tmp_path / "andre.sqlite")
    assert twice.value.code == "checkout.already_taken"
    assert not (tmp_path / "andre.sqlite").exists()


def test_an_existing_file_is_never_overwritten_and_nothing_is_marked(shared, tmp_path):
    meeting_id = held_meeting(shared)
    target = tmp_path / "finst.sqlite"
    target.write_bytes(b"mine")
    with pytest.raises(FileExists):
        checkout.take_meeting(shared, meeting_id, target)
    assert target.read_bytes() == b"mine"
    assert count(shared, MeetingCheckout) == 0


def test_handing_back_writes_what_was_recorded_on_the_laptop_releases_and_removes_the_copy(shared, tmp_path):
    meeting_id, laptop = take(shared, tmp_path)
    copy = open_database(laptop, create=False)
    try:
        with copy.transaction() as s:  # recorded in the meeting room
            meeting = s.get(Meeting, meeting_id)
            concluded = next(i for i in meeting.items if i.conclusion)
            concluded.conclusion.decision_text = "Vedteke på bærbar"
            present = next(a for a in meeting.attendances if a.status == AttendanceStatus.PRESENT)
            present.status = AttendanceStatus.ABSENT
            item_id, attendance_id = concluded.id, present.id
    finally:
        copy.close()
    from hfdesk.backup import REASON_AUTOMATIC, make_backup

    backup = make_backup(laptop, reason=REASON_AUTOMATIC, force=True)  # the app backs a copy up as any file
    assert backup is not None and backup.is_file()
    result = checkout.hand_back(shared, laptop)
    assert result.meeting_id == meeting_id
    assert not laptop.exists() and not laptop.with_name(laptop.name + "-journal").exists()
    assert not (laptop.parent / "backups").exists()
    with shared.session() as s:
        assert s.scalar(sa.select(Conclusion.decision_text).where(Conclusion.item_id == item_id)) == "Vedteke på bærbar"
        assert s.get(Attendance, attendance_id).status == AttendanceStatus.ABSENT
        assert s.scalar(sa.select(MeetingCheckout)) is None
    with shared.transaction() as s:  # writable again
        s.get(Meeting, meeting_id).title = "Etter møtet"


def test_a_copy_taken_over_is_not_handed_back_but_every_difference_is_shown_and_nothing_lost(shared, tmp_path):
    meeting_id, laptop = take(shared, tmp_path)
    copy = open_database(laptop, create=False)
    try:
        with copy.transaction() as s:
            meeting = s.get(Meeting, meeting_id)
            concluded = next(i for i in meeting.items if i.conclusion)
            concluded.conclusion.decision_text = "Vedteke på bærbar"
            item_id = concluded.id
    finally:
        copy.close()
    with pytest.raises(InvalidInput) as no_reason:
        checkout.take_over(shared, meeting_id, "  ")
    assert no_reason.value.code == "checkout.reason_required"
    info = checkout.take_over(shared, meeting_id, "Maskina kom aldri tilbake", at=datetime(2026, 12, 8, 8, 0))
    assert info.taken_over_reason == "Maskina kom aldri tilbake" and not info.read_only
    with shared.session() as s:
        row = s.scalar(sa.select(MeetingCheckout))
        assert row.taken_over_from and row.taken_over_at == datetime(2026, 12, 8, 8, 0)
    with shared.transaction() as s:  # writable on the shared database for the one who took it over
        s.get(AgendaItem, item_id).title = "Tittel endra på tenaren"
    with pytest.raises(HandBackRefused) as refused:
        checkout.hand_back(shared, laptop)
    assert refused.value.code == "checkout.taken_over"
    assert "Maskina kom aldri tilbake" in str(refused.value)
    assert laptop.is_file()  # nothing removed
    with shared.session() as s:
        assert s.get(AgendaItem, item_id).title == "Tittel endra på tenaren"

    differences = checkout.compare_with_shared(shared, laptop)
    by_field = {(d.field, d.laptop, d.shared) for d in differences}
    assert ("decision_text", "Vedteke på bærbar", next(
        d.shared for d in differences if d.field == "decision_text")) in by_field
    title = next(d for d in differences if d.field == "title" and d.shared == "Tittel endra på tenaren")
    assert title.where.startswith("Sak ")
    assert all(d.laptop != d.shared for d in differences)

    saved, result = checkout.import_anyway(shared, laptop, at=datetime(2026, 12, 8, 9, 0))
    assert result.meeting_id == meeting_id and not laptop.exists()
    assert "Tittel endra på tenaren" in saved.read_text(encoding="utf-8")  # the server's version kept
    with shared.session() as s:
        assert s.scalar(sa.select(Conclusion.decision_text).where(Conclusion.item_id == item_id)) == "Vedteke på bærbar"


def test_a_copy_handed_to_another_database_is_refused(shared, tmp_path):
    _meeting_id, laptop = take(shared, tmp_path)
    other = open_database(tmp_path / "anna.sqlite")
    try:
        with pytest.raises(HfdeskError) as refused:
            checkout.hand_back(other, laptop)
        assert refused.value.code == "checkout.other_database"
    finally:
        other.close()
    assert laptop.is_file()
