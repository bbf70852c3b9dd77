"""The speakers list (talarliste) of an item in meeting mode.

Who asked for the floor, in order; a reply (replikk) is entered under the speaker it answers and
is heard right after that speaker, before the next one on the main list. `next_speaker` ends
the one speaking and gives the floor to the next in that order. Only someone present at the item
(and not disqualified there) may be put on its list, and only someone with the right to speak
(rights.py): the secretariat does not take the floor. Every change takes the time as `at=`.

Qt-free; the caller owns the transaction.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm import Session, joinedload

from ..errors import InvalidInput, NotFound
from ..messages import Text
from ..models import AgendaItem, Attendance, Meeting, Person, SpeakerEntry
from .item_clock import ClockView, clock_view
from .items import require_open
from .rights import disqualified_person_ids, rights_at_item


@dataclass(frozen=True)
class SpeakerLine:
    """One line of the list, in speaking order (a reply right under its speaker)."""

    id: int
    person_id: int
    name: str
    parent_id: int | None  # the speaker a reply answers
    requested_at: datetime
    started_at: datetime | None
    ended_at: datetime | None

    @property
    def reply(self) -> bool:
        return self.parent_id is not None

    @property
    def speaking(self) -> bool:
        return self.started_at is not None and self.ended_at is None

    @property
    def done(self) -> bool:
        return self.ended_at is not None

    @property
    def waiting(self) -> bool:
        return self.started_at is None


def _item(session: Session, item_id: int) -> tuple[AgendaItem, Meeting]:
    item = session.get(AgendaItem, item_id)
    if item is None:
        raise NotFound("record.not_found", what=Text("what.agenda_item"), id=item_id)
    meeting = item.meeting
    if meeting is None:
        raise InvalidInput("item.not_on_meeting")
    require_open(meeting)
    return item, meeting


def _entry(session: Session, entry_id: int) -> SpeakerEntry:
    entry = session.get(SpeakerEntry, entry_id)
    if entry is None:
        raise NotFound("speakers.not_found", id=entry_id)
    _item(session, entry.item_id)
    return entry


def _entries(session: Session, item_id: int) -> list[SpeakerEntry]:
    rows = session.scalars(
        sa.select(SpeakerEntry).where(SpeakerEntry.item_id == item_id).order_by(SpeakerEntry.position, SpeakerEntry.id)
    )
    return list(rows)


def in_speaking_order(entries: list[SpeakerEntry]) -> list[SpeakerEntry]:
    """Speaking order: the main list by position, each speaker's replies right after them."""
    replies: dict[int, list[SpeakerEntry]] = {}
    main = []
    for e in entries:
        if e.parent_id is None:
            main.append(e)
        else:
            replies.setdefault(e.parent_id, []).append(e)
    out: list[SpeakerEntry] = []
    for e in main:
        out.append(e)
        out.extend(replies.get(e.id, ()))
    return out


@functools.cache
def _speakers_statement() -> sa.Select[SpeakerEntry]:
    """`speakers_list`'s statement, built once (meeting mode reads it on every showing)."""
    return (
        sa.select(SpeakerEntry)
        .where(SpeakerEntry.item_id == sa.bindparam("item_id", type_=sa.Integer))
        .options(joinedload(SpeakerEntry.person))
        .order_by(SpeakerEntry.position, SpeakerEntry.id)
    )


def speakers_list(session: Session, item_id: int) -> list[SpeakerLine]:
    """The item's list in speaking order (one statement)."""
    rows = session.scalars(_speakers_statement(), {"item_id": item_id})
    return [
        SpeakerLine(e.id, e.person_id, e.person.full_name, e.parent_id, e.requested_at, e.started_at, e.ended_at)
        for e in in_speaking_order(list(rows))
    ]


def _check_may_speak(session: Session, item: AgendaItem, meeting: Meeting, person_id: int) -> None:
    attendance = session.scalar(
        sa.select(Attendance).where(Attendance.meeting_id == meeting.id, Attendance.person_id == person_id)
    )
    person = session.get(Person, person_id)
    if person is None:
        raise NotFound("record.not_found", what=Text("what.person"), id=person_id)
    number = item.number_label
    label = f"{number} {item.title}" if number else item.title
    if attendance is None:
        raise InvalidInput("speakers.not_present", name=person.full_name, item=label)
    rights = rights_at_item(attendance, item, disqualified_person_ids(session, item.id))
    if not rights.present:
        raise InvalidInput("speakers.not_present", name=person.full_name, item=label)
    if not rights.may_speak:
        raise InvalidInput("speakers.may_not_speak", name=person.full_name, item=label)


def add_speaker(session: Session, item_id: int, person_id: int, *, at: datetime) -> SpeakerEntry:
    """Put someone present at the item last on its main list."""
    item, meeting = _item(session, item_id)
    _check_may_speak(session, item, meeting, person_id)
    main = [e for e in _entries(session, item.id) if e.parent_id is None]
    entry = SpeakerEntry(
        item_id=item.id,
        person_id=person_id,
        position=(max((e.position for e in main), default=-1) + 1),
        requested_at=at,
    )
    session.add(entry)
    session.flush()
    return entry


def current_speaker(session: Session, item_id: int) -> SpeakerEntry | None:
    """The one who has the floor now (started, not ended), if anyone."""
    return next((e for e in _entries(session, item_id) if e.started_at is not None and e.ended_at is None), None)


def add_reply(
    session: Session, item_id: int, person_id: int, *, to: int | None = None, at: datetime
) -> SpeakerEntry:
    """A reply (replikk) to the speaker `to` (an entry of the main list, or a reply: then to the
    speaker that reply answers), by default to the one speaking now (or the last one who spoke)."""
    item, meeting = _item(session, item_id)
    entries = _entries(session, item.id)
    by_id = {e.id: e for e in entries}
    if to is not None:
        target = by_id.get(to)
        if target is None:
            raise NotFound("speakers.not_found", id=to)
    else:
        spoken = [e for e in in_speaking_order(entries) if e.started_at is not None]
        speaking = [e for e in spoken if e.ended_at is None]
        target = speaking[0] if speaking else (spoken[-1] if spoken else None)
        if target is None:
            raise InvalidInput("speakers.nobody_to_answer")
    if target.parent_id is not None:
        target = by_id[target.parent_id]
    _check_may_speak(session, item, meeting, person_id)
    siblings = [e for e in entries if e.parent_id == target.id]
    entry = SpeakerEntry(
        item_id=item.id,
        person_id=person_id,
        parent_id=target.id,
        position=(max((e.position for e in siblings), default=-1) + 1),
        requested_at=at,
    )
    session.add(entry)
    session.flush()
    return entry


def next_speaker(session: Session, item_id: int, *, at: datetime) -> SpeakerEntry | None:
    """End the one speaking and give the floor to the next waiting in speaking order (the current
    speaker's replies before the next main speaker). None when nobody is waiting (the one speaking
    is ended all the same)."""
    item, _meeting = _item(session, item_id)
    ordered = in_speaking_order(_entries(session, item.id))
    for e in ordered:
        if e.started_at is not None and e.ended_at is None:
            e.ended_at = at
    following = next((e for e in ordered if e.started_at is None), None)
    if following is not None:
        following.started_at = at
    session.flush()
    return following


def remove_speaker(session: Session, entry_id: int) -> None:
    """Take a line off the list (a speaker's replies go with them)."""
    entry = _entry(session, entry_id)
    item_id, parent_id = entry.item_id, entry.parent_id
    for reply in [e for e in _entries(session, item_id) if e.parent_id == entry.id]:
        session.delete(reply)
    session.flush()
    session.delete(entry)
    session.flush()
    siblings = [e for e in _entries(session, item_id) if e.parent_id == parent_id]
    for n, e in enumerate(siblings):
        e.position = n
    session.flush()


def move_speaker(session: Session, entry_id: int, offset: int) -> SpeakerEntry:
    """Move a line up (offset < 0) or down among its own kind (main speakers among themselves, a
    speaker's replies among themselves)."""
    entry = _entry(session, entry_id)
    siblings = [e for e in _entries(session, entry.item_id) if e.parent_id == entry.parent_id]
    index = siblings.index(entry)
    target = max(0, min(len(siblings) - 1, index + offset))
    siblings.insert(target, siblings.pop(index))
    for n, e in enumerate(siblings):
        e.position = n
    session.flush()
    return entry


@dataclass(frozen=True)
class RoomView:
    """What meeting mode shows of the room at an item: its speakers list and the clock."""

    speakers: tuple[SpeakerLine, ...]
    clock: ClockView | None


def room_view(session: Session, meeting_id: int, item_id: int | None, *, at: datetime) -> RoomView:
    """The item's speakers list and the clock at `at` (a fixed few statements)."""
    lines = tuple(speakers_list(session, item_id)) if item_id is not None else ()
    return RoomView(lines, clock_view(session, meeting_id, item_id, at=at))
