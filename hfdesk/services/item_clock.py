"""The clock of a meeting in the room: when each item was actually treated, and how long.

An item's clock runs while it is meeting mode's current item on the meeting's day, from the
meeting's planned start at the earliest: `enter_item` starts it (and stops the item before);
re-entering an item adds to its time, keeping its first start and its last end; `stop` (the
meeting is marked held, or another meeting is opened) stops it. Before the meeting's day, after
it, and once the meeting is held nothing is timed, so preparing meeting mode the day before or
correcting the minutes afterwards never counts as meeting time.

`clock_view` is what meeting mode and the second screen show: the time used on the item against
its planned duration, and the meeting's running time against its planned end. Every function
takes the time as `at=`. Qt-free; the caller owns the transaction.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass, replace
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm import Session

from ..models import AgendaItem, ItemTiming, Meeting, MeetingStatus

#: The statuses in which the clock runs: the meeting has not been marked held.
_RUNNING = (MeetingStatus.PLANNED, MeetingStatus.NOTICE_SENT)


def runs(status: MeetingStatus, starts_at: datetime, at: datetime) -> bool:
    """Whether a meeting of `status` starting at `starts_at` has its items timed at `at`."""
    return status in _RUNNING and at.date() == starts_at.date()


def _runs(meeting: Meeting, at: datetime) -> bool:
    return runs(meeting.status, meeting.starts_at, at)


def _timings(session: Session, meeting_id: int) -> list[ItemTiming]:
    return list(
        session.scalars(
            sa.select(ItemTiming).join(AgendaItem, AgendaItem.id == ItemTiming.item_id).where(
                AgendaItem.meeting_id == meeting_id
            )
        )
    )


def _close(timing: ItemTiming, at: datetime) -> None:
    if timing.entered_at is None:
        return
    timing.seconds = (timing.seconds or 0) + max(0, int((at - timing.entered_at).total_seconds()))
    timing.ended_at = max(at, timing.entered_at)
    timing.entered_at = None


def stop(session: Session, meeting_id: int, *, at: datetime) -> None:
    """Stop the clock of whichever item of the meeting is running."""
    for timing in _timings(session, meeting_id):
        _close(timing, at)
    session.flush()


def enter_item(session: Session, meeting_id: int, item_id: int, *, at: datetime) -> ItemTiming | None:
    """Meeting mode moved to `item_id` at `at`: the item before stops, this one runs (from the
    meeting's planned start at the earliest). None when the clock does not run now (not the
    meeting's day, or the meeting is held). Entering the item that runs changes nothing."""
    meeting = session.get(Meeting, meeting_id)
    item = session.get(AgendaItem, item_id)
    if meeting is None or item is None or item.meeting_id != meeting.id or not _runs(meeting, at):
        return None
    begin = max(at, meeting.starts_at)
    mine: ItemTiming | None = None
    for timing in _timings(session, meeting_id):
        if timing.item_id == item_id:
            mine = timing
        else:
            _close(timing, begin)
    if mine is None:
        mine = ItemTiming(item_id=item_id, started_at=begin, entered_at=begin, seconds=0)
        session.add(mine)
    elif mine.entered_at is None:
        mine.entered_at = begin
    session.flush()
    return mine


@dataclass(frozen=True)
class ClockView:
    """What the clock shows at `at`."""

    at: datetime
    item_id: int | None
    planned_minutes: int  # the item's slot on the agenda
    used_seconds: int  # the time the item has been treated, the running stretch included
    running: bool  # the item's clock runs now
    item_started_at: datetime | None
    item_ended_at: datetime | None
    meeting_starts_at: datetime  # planned
    meeting_ends_at: datetime  # planned
    meeting_began_at: datetime | None  # the first item's actual start

    def at_time(self, now: datetime) -> ClockView:
        """The same clock read at `now` (no database): a running item's time goes on."""
        used = self.used_seconds
        if self.running:
            used += max(0, int((now - self.at).total_seconds()))
        return replace(self, at=now, used_seconds=used)

    @property
    def over(self) -> bool:
        return self.used_seconds > self.planned_minutes * 60

    @property
    def meeting_seconds(self) -> int:
        """The meeting's running time: since its first item began (0 before that)."""
        if self.meeting_began_at is None:
            return 0
        return max(0, int((self.at - self.meeting_began_at).total_seconds()))

    @property
    def seconds_to_end(self) -> int:
        """Seconds until the planned end (negative once past it)."""
        return int((self.meeting_ends_at - self.at).total_seconds())


@functools.cache
def _clock_statements() -> tuple[
    sa.Select[int, datetime, datetime | None, datetime | None, int, int], sa.Select[int]
]:
    """`clock_view`'s statements, built once: it is read on every showing of an item (plain
    rows, not timing objects, for the same reason)."""
    timings = (
        sa.select(
            ItemTiming.item_id, ItemTiming.started_at, ItemTiming.ended_at, ItemTiming.entered_at, ItemTiming.seconds,
            AgendaItem.duration_minutes,
        )
        .join(AgendaItem, AgendaItem.id == ItemTiming.item_id)
        .where(AgendaItem.meeting_id == sa.bindparam("meeting_id", type_=sa.Integer))
    )
    planned = sa.select(AgendaItem.duration_minutes).where(AgendaItem.id == sa.bindparam("item_id", type_=sa.Integer))
    return timings, planned


def clock_view(session: Session, meeting_id: int, item_id: int | None, *, at: datetime) -> ClockView | None:
    """The clock of the meeting and of its item `item_id` at `at` (one or two statements)."""
    meeting = session.get(Meeting, meeting_id)
    if meeting is None:
        return None
    timings_read, planned_read = _clock_statements()
    timings = session.execute(timings_read, {"meeting_id": meeting_id}).all()
    began = min((t.started_at for t in timings), default=None)
    mine = next((t for t in timings if t.item_id == item_id), None)
    planned = 0
    if mine is not None:
        planned = mine.duration_minutes or 0
    elif item_id is not None:
        planned = session.scalar(planned_read, {"item_id": item_id}) or 0
    used = 0
    running = False
    if mine is not None:
        used = mine.seconds or 0
        if mine.entered_at is not None:
            running = True
            used += max(0, int((at - mine.entered_at).total_seconds()))
    return ClockView(
        at=at,
        item_id=item_id,
        planned_minutes=planned,
        used_seconds=used,
        running=running,
        item_started_at=mine.started_at if mine is not None else None,
        item_ended_at=mine.ended_at if mine is not None else None,
        meeting_starts_at=meeting.starts_at,
        meeting_ends_at=meeting.ends_at,
        meeting_began_at=began,
    )


def minutes_and_seconds(seconds: int) -> str:
    """'12:05' (minutes:seconds), '1:02:05' past an hour; '−3:00' when negative."""
    sign = "−" if seconds < 0 else ""
    seconds = abs(int(seconds))
    hours, rest = divmod(seconds, 3600)
    minutes, secs = divmod(rest, 60)
    if hours:
        return f"{sign}{hours}:{minutes:02d}:{secs:02d}"
    return f"{sign}{minutes}:{secs:02d}"
