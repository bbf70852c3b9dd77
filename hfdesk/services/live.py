"""Writes during and after a meeting: attendance, disqualification, proposals,
conclusions, protocol entries, votes and follow-ups.

Every function takes ids (the older ones also take the ORM objects, as the demo
builder passes them), writes in the caller's transaction without committing, and
raises InvalidInput on bad input: a message code and its values, which the UI and the
command line say in the user's language. Who may vote, speak and propose, who may stand
in for whom, and quorum are decided in `rights.py`; whether a meeting may still change,
in `items.require_open`.

After every change to who was present (attendance, arrival and leave, a deputy
standing in, a disqualification), the meeting's concluded items are brought up to
date: a vote keeps only the votes of those who may vote at the item, its outcome is
computed again, and each decision's "without quorum" mark follows the quorum.
"""

from __future__ import annotations

import functools
from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime
from types import SimpleNamespace
from typing import Any, TypeVar

import sqlalchemy as sa
from sqlalchemy.orm import Session

from ..errors import InvalidInput
from ..models import (
    DECIDING,
    AgendaItem,
    Attendance,
    AttendanceStatus,
    Base,
    Body,
    Capacity,
    CaseType,
    Conclusion,
    ConclusionKind,
    Disqualification,
    DisqualificationGround,
    FollowUp,
    FollowUpStatus,
    GuestItem,
    ItemTiming,
    Meeting,
    MeetingStatus,
    Membership,
    NoConsensusOutcome,
    Person,
    Proposal,
    ProposalFate,
    ProtocolEntry,
    ProtocolEntrySupporter,
    Role,
    StandardItem,
    Vote,
    VoteChoice,
    VoteRound,
)
from ..models.register import term_covers
from . import item_clock, items
from .items import require_open
from .common import clean, get_or_fail, require
from .versions import check_version, flush
from .rights import (
    VOTING_ROLES,
    deputy_may_stand_in,
    disqualified_person_ids,
    present_at,
    quorum_at_item,
    rights_at_item,
    stands_in_for_item,
    vote_adopted,
    voters_at_item,
)

T = TypeVar("T", bound=Base)

CAPACITY_BY_ROLE = {
    Role.LEADER: Capacity.MEMBER,
    Role.DEPUTY_LEADER: Capacity.MEMBER,
    Role.MEMBER: Capacity.MEMBER,
    Role.DEPUTY: Capacity.DEPUTY,
    Role.OBSERVER: Capacity.OBSERVER,
    Role.SECRETARY: Capacity.SECRETARIAT,
}

# The decision written when an item ends without one of its own, in the body's written standard.
_DEFAULT_DECISION: dict[ConclusionKind, dict[str, str]] = {
    ConclusionKind.NOTED: {"nb": "Saken ble tatt til orientering.", "nn": "Saka vart teken til orientering."},
    ConclusionKind.DEFERRED: {"nb": "Saken ble utsatt.", "nn": "Saka vart utsett."},
    ConclusionKind.WITHDRAWN: {"nb": "Saken ble trukket.", "nn": "Saka vart trekt."},
}

#: The meeting statuses in which a case may be withdrawn (trekt): once the notice has gone. Before
#: it the case is simply taken off the agenda (`agenda.remove_item`).
WITHDRAW_FROM = (MeetingStatus.NOTICE_SENT, MeetingStatus.HELD)


class _Keep:
    """Marks an argument left out (None is a value there: it clears)."""

    def __repr__(self) -> str:
        return "KEEP"


KEEP: Any = _Keep()


def _get(session: Session, cls: type[T], value: T | int) -> T:
    """The object itself, or the one with this id (the older functions take either)."""
    return value if isinstance(value, cls) else get_or_fail(session, cls, int(value))  # type: ignore[arg-type]


def _get_optional(session: Session, cls: type[T], value: T | int | None) -> T | None:
    return None if value is None else _get(session, cls, value)


def _meeting_of(item: AgendaItem) -> Meeting:
    if item.meeting is None:
        raise InvalidInput("item.not_on_meeting")
    return item.meeting


def _open_item(session: Session, item: AgendaItem | int) -> tuple[AgendaItem, Meeting]:
    it = _get(session, AgendaItem, item)
    meeting = _meeting_of(it)
    require_open(meeting)
    return it, meeting


def _day(meeting: Meeting) -> date:
    return meeting.starts_at.date()


# --- opening the meeting ---------------------------------------------------------------------


def _expected_seats(meeting: Meeting) -> sa.Select[Membership]:
    """The statement of `expected_memberships` (by id), for a caller to narrow."""
    return (
        sa.select(Membership)
        .where(
            Membership.body_id == meeting.body_id,
            term_covers(Membership, _day(meeting)),
            Membership.role != Role.DEPUTY,
        )
        .order_by(Membership.id)
    )


def expected_memberships(session: Session, meeting: Meeting) -> list[Membership]:
    """Members, observers and the secretariat whose term covers the meeting day (deputies are
    called in when needed). Read by the day (not all of the body's seats ever, which grow
    with its history)."""
    return list(session.scalars(_expected_seats(meeting)))


def _seat_on_day(session: Session, meeting: Meeting, person_id: int, *, role: Role | None = None) -> Membership | None:
    """The person's seat (of `role`, if given) in the meeting's body on the meeting day, the
    first by id; read by the day, not among every seat the body ever had."""
    statement = sa.select(Membership).where(
        Membership.body_id == meeting.body_id,
        Membership.person_id == person_id,
        term_covers(Membership, _day(meeting)),
    )
    if role is not None:
        statement = statement.where(Membership.role == role)
    return session.scalars(statement.order_by(Membership.id).limit(1)).first()


def prepare_attendance(session: Session, meeting: Meeting | int) -> list[Attendance]:
    """Put every expected member, observer and secretary on the attendance list once, and the
    meeting's minute-taker as secretariat when the body's list does not have them. Returns
    the attendances added. Who is missing is asked of the database: on every opening after
    the first, nobody is, and neither the list nor the seats are loaded."""
    meeting = _get(session, Meeting, meeting)
    require_open(meeting)

    def on_list(person_id: Any) -> sa.Exists:
        return sa.exists().where(Attendance.meeting_id == meeting.id, Attendance.person_id == person_id)

    missing = session.scalars(_expected_seats(meeting).where(~on_list(Membership.person_id))).all()
    taker = meeting.minute_taker_id
    # Asked before any row is made: a query flushes the session, and a new row is not in it yet.
    taker_missing = taker is not None and not session.scalar(sa.select(on_list(taker)))
    added: list[Attendance] = []
    known: set[int] = set()
    for membership in missing:  # expected_memberships' order: a person's first seat by id
        if membership.person_id in known:
            continue
        added.append(
            Attendance(
                meeting=meeting,
                person_id=membership.person_id,
                membership=membership,
                capacity=CAPACITY_BY_ROLE[membership.role],
                status=AttendanceStatus.EXPECTED,
            )
        )
        known.add(membership.person_id)
    if taker_missing and taker not in known:
        added.append(
            Attendance(meeting=meeting, person_id=taker, capacity=Capacity.SECRETARIAT, status=AttendanceStatus.PRESENT)
        )
    session.add_all(added)
    session.flush()
    return added


def start_meeting_mode(session: Session, meeting_id: int) -> Meeting:
    """Everything the meeting screen needs in place: the attendance list, each item's proposed
    decision as its first proposal, and a current item. Read with plain statements: on every
    opening after the first there is nothing to add, and no item or attendance is loaded."""
    meeting = _get(session, Meeting, meeting_id)
    require_open(meeting)
    prepare_attendance(session, meeting)
    items = session.execute(
        sa.select(AgendaItem.id, AgendaItem.proposed_decision)
        .where(AgendaItem.meeting_id == meeting.id)
        .order_by(AgendaItem.position, AgendaItem.id)
    ).all()
    ids = [item_id for item_id, _ in items]
    counts = dict(
        session.execute(
            sa.select(Proposal.item_id, sa.func.count(Proposal.id)).where(Proposal.item_id.in_(ids)).group_by(Proposal.item_id)
        ).all()
    )
    proposed = set(session.scalars(sa.select(Proposal.item_id).where(Proposal.item_id.in_(ids), Proposal.from_agenda)))
    missing = [(item_id, text) for item_id, text in items if text and item_id not in proposed]
    if missing:
        session.execute(
            sa.insert(Proposal),
            [
                {"item_id": item_id, "text": text, "from_agenda": True,
                 "position": counts.get(item_id, 0), "put_forward_by_text": ""}
                for item_id, text in missing
            ],
        )  # fmt: skip
        for item_id, _ in missing:  # an item already loaded reads its proposals again
            loaded = session.identity_map.get(sa.inspect(AgendaItem).identity_key_from_primary_key((item_id,)))
            if loaded is not None:
                session.expire(loaded, ["proposals"])
    if meeting.current_item_id is None and ids:
        meeting.current_item_id = ids[0]
    session.flush()
    return meeting


#: Meetings nothing of which changes (`items.require_open`): meeting mode shows them as they are.
_LOCKED = (MeetingStatus.MINUTES_APPROVED, MeetingStatus.CANCELLED)


@dataclass(frozen=True)
class Opening:
    """What opening a meeting in meeting mode finds (`opening`)."""

    status: MeetingStatus
    to_prepare: bool  # `open_in_meeting_mode` has something to write


@functools.cache
def _opening_statements() -> tuple[
    sa.Select[MeetingStatus, datetime, int, int | None, int | None],
    sa.Select[bool, bool, bool, bool, bool, bool, bool],
]:
    """`opening`'s two statements, built once (building one cost more than running it)."""
    meeting_id = sa.bindparam("meeting_id", type_=sa.Integer)

    def on_list(person_id: Any) -> sa.Exists:
        return sa.exists().where(Attendance.meeting_id == meeting_id, Attendance.person_id == person_id)

    meeting = sa.select(
        Meeting.status, Meeting.starts_at, Meeting.body_id, Meeting.minute_taker_id, Meeting.current_item_id
    ).where(Meeting.id == meeting_id)
    proposal = sa.exists().where(Proposal.item_id == AgendaItem.id, Proposal.from_agenda)
    work = sa.select(
        # prepare_attendance: a seat on the day whose holder is not on the list; the minute-taker
        sa.exists().where(
            Membership.body_id == sa.bindparam("body_id", type_=sa.Integer),
            term_covers(Membership, sa.bindparam("day", type_=sa.Date)),
            Membership.role != Role.DEPUTY,
            ~on_list(Membership.person_id),
        ),
        on_list(sa.bindparam("taker_id", type_=sa.Integer)),
        # start_meeting_mode: an item's proposed decision not yet its first proposal; any item
        sa.exists().where(
            AgendaItem.meeting_id == meeting_id,
            AgendaItem.proposed_decision.is_not(None),
            AgendaItem.proposed_decision != "",
            ~proposal,
        ),
        sa.exists().where(AgendaItem.meeting_id == meeting_id),
        # item_clock.stop: an item of the meeting left behind whose clock runs
        sa.exists().where(
            ItemTiming.item_id == AgendaItem.id,
            AgendaItem.meeting_id == sa.bindparam("left_id", type_=sa.Integer),
            ItemTiming.entered_at.is_not(None),
        ),
        # item_clock.enter_item: the current item's clock runs already, another item's runs too
        sa.exists().where(
            ItemTiming.item_id == sa.bindparam("current_id", type_=sa.Integer), ItemTiming.entered_at.is_not(None)
        ),
        sa.exists().where(
            ItemTiming.item_id == AgendaItem.id,
            AgendaItem.meeting_id == meeting_id,
            AgendaItem.id != sa.bindparam("current_id", type_=sa.Integer),
            ItemTiming.entered_at.is_not(None),
        ),
    )
    return meeting, work


def opening(session: Session, meeting_id: int, *, left_meeting_id: int | None, at: datetime) -> Opening | None:
    """What `open_in_meeting_mode` would find to do, read without writing (None: no such
    meeting). Opening a prepared meeting again writes nothing, on another day than its own or
    on its day while its current item's clock runs, and so takes no write lock (on a shared
    database: no turn among the writers)."""
    meeting_read, work_read = _opening_statements()
    row = session.execute(meeting_read, {"meeting_id": meeting_id}).first()
    if row is None:
        return None
    status, starts_at, body_id, taker_id, current_item_id = row
    left = left_meeting_id if left_meeting_id not in (None, meeting_id) else 0
    seat_missing, taker_listed, proposal_missing, has_items, left_running, running, elsewhere = session.execute(
        work_read,
        {"meeting_id": meeting_id, "body_id": body_id, "day": starts_at.date(), "taker_id": taker_id or 0,
         "left_id": left, "current_id": current_item_id or 0},
    ).one()  # fmt: skip
    if status in _LOCKED:
        return Opening(status, to_prepare=bool(left_running))  # nothing of it is prepared
    to_prepare = (
        bool(seat_missing)
        or (taker_id is not None and not taker_listed)
        or bool(proposal_missing)
        or (current_item_id is None and bool(has_items))
        or bool(left_running)
        # the current item's clock is entered on the meeting's day, unless it runs, alone
        or (
            current_item_id is not None
            and item_clock.runs(status, starts_at, at)
            and (not running or bool(elsewhere))
        )
    )
    return Opening(status, to_prepare)


def open_in_meeting_mode(session: Session, meeting_id: int, *, left_meeting_id: int | None, at: datetime) -> None:
    """Meeting mode opens `meeting_id`, leaving `left_meeting_id` (or None): the item left
    stops its clock (whatever meeting is opened), and an open meeting is prepared
    (`start_meeting_mode`), its current item's clock running when today is its day."""
    if left_meeting_id is not None and left_meeting_id != meeting_id:
        item_clock.stop(session, left_meeting_id, at=at)
    if _get(session, Meeting, meeting_id).status in _LOCKED:
        return  # approved minutes or a cancelled meeting: shown as they are
    meeting = start_meeting_mode(session, meeting_id)
    if meeting.current_item_id is not None:
        item_clock.enter_item(session, meeting_id, meeting.current_item_id, at=at)


def set_current_item(session: Session, meeting_id: int, item_id: int) -> Meeting:
    """Remember the item being treated, so reopening the meeting shows it."""
    meeting = _get(session, Meeting, meeting_id)
    item = _get(session, AgendaItem, item_id)
    if item.meeting_id != meeting.id:
        raise InvalidInput("item.not_in_meeting")
    meeting.current_item_id = item.id
    session.flush()
    return meeting


def mark_held(session: Session, meeting: Meeting | int, at: datetime | None = None) -> Meeting:
    """The meeting has taken place: `meetings.mark_meeting_held`, for an id or a Meeting."""
    from .meetings import mark_meeting_held

    return mark_meeting_held(session, meeting if isinstance(meeting, int) else meeting.id, at=at)


# --- attendance --------------------------------------------------------------------------------


def _as_if(attendance: Attendance, **changes: Any) -> SimpleNamespace:
    """The attendance with some fields changed, for present_at, without touching the row."""
    fields = {
        "status": attendance.status,
        "capacity": attendance.capacity,
        "from_item": attendance.from_item,
        "until_item": attendance.until_item,
        "guest_items": attendance.guest_items,
    }
    fields.update(changes)
    return SimpleNamespace(**fields)


def _together(meeting: Meeting, a: Any, b: Any, *, out_person_id: int | None = None) -> bool:
    """Are both present at some item (or, without items, both present at the meeting)? Items
    where `out_person_id` is disqualified do not count: a deputy may sit in a disqualified
    member's seat there (a deputy for one item)."""
    if not meeting.items:
        return a.status == AttendanceStatus.PRESENT and b.status == AttendanceStatus.PRESENT
    return any(
        present_at(a, item) and present_at(b, item)  # type: ignore[arg-type]
        for item in meeting.items
        if out_person_id is None or all(d.person_id != out_person_id for d in item.disqualifications)
    )


def _check_ranges(meeting: Meeting, from_item: AgendaItem | None, until_item: AgendaItem | None) -> None:
    for it in (from_item, until_item):
        if it is not None and it.meeting_id != meeting.id:
            raise InvalidInput("item.not_in_meeting")
    if from_item is not None and until_item is not None and until_item.position < from_item.position:
        raise InvalidInput("attendance.leave_before_arrive")


def _check_seat_free(meeting: Meeting, attendance: Attendance, after: Any, seat: Membership | None) -> None:
    """Refuse two people in one seat at the same item: a deputy beside the member, or two deputies."""
    if attendance.capacity == Capacity.DEPUTY and seat is not None:
        member = next((a for a in meeting.attendances if a.person_id == seat.person_id), None)
        if member is not None and _together(meeting, member, after, out_person_id=seat.person_id):
            raise InvalidInput(
                "attendance.member_present", member=seat.person.full_name, deputy=attendance.person.full_name
            )
        other = next(
            (
                a
                for a in meeting.attendances
                if a.deputy_for_id == seat.id and a is not attendance and _together(meeting, a, after)
            ),
            None,
        )
        if other is not None:
            raise InvalidInput("attendance.already_standing_in", deputy=other.person.full_name, member=seat.person.full_name)
    if attendance.capacity == Capacity.MEMBER and attendance.membership is not None:
        deputy = next(
            (
                a
                for a in meeting.attendances
                if a.deputy_for_id == attendance.membership_id
                and _together(meeting, a, after, out_person_id=attendance.person_id)
            ),
            None,
        )
        if deputy is not None:
            raise InvalidInput(
                "attendance.deputy_standing_in", deputy=deputy.person.full_name, member=attendance.person.full_name
            )


def set_attendance(
    session: Session,
    meeting: Meeting | int,
    person: Person | int,
    status: AttendanceStatus,
    *,
    capacity: Capacity | None = None,
    membership: Membership | int | None = None,
    deputy_for: Membership | int | None = None,
    from_item: AgendaItem | int | None = None,
    until_item: AgendaItem | int | None = None,
    guest_items: list[AgendaItem] | list[int] | None = None,
    note: str = "",
) -> Attendance:
    """Register one person's attendance in full. A deputy standing in names the absent member's
    seat (`deputy_for`), and must be a deputy allowed to stand in for that member (rights.py)."""
    meeting = _get(session, Meeting, meeting)
    person = _get(session, Person, person)
    membership = _get_optional(session, Membership, membership)
    seat = _get_optional(session, Membership, deputy_for)
    first = _get_optional(session, AgendaItem, from_item)
    last = _get_optional(session, AgendaItem, until_item)
    guests = [_get(session, AgendaItem, i) for i in guest_items] if guest_items is not None else None
    require_open(meeting)
    day = _day(meeting)
    attendance = next((a for a in meeting.attendances if a.person_id == person.id), None)
    if attendance is None:
        if membership is None:
            membership = _seat_on_day(session, meeting, person.id)
        if capacity is None:
            capacity = CAPACITY_BY_ROLE[membership.role] if membership else Capacity.GUEST
        attendance = Attendance(person=person, membership=membership, capacity=Capacity(capacity))
        meeting.attendances.append(attendance)
    elif capacity is not None:
        attendance.capacity = Capacity(capacity)
    if attendance.capacity == Capacity.MEMBER and (
        attendance.membership is None or attendance.membership.role not in VOTING_ROLES
    ):
        raise InvalidInput("attendance.no_seat", person=person.full_name)
    if seat is not None:
        if attendance.capacity != Capacity.DEPUTY or attendance.membership is None:
            raise InvalidInput("attendance.only_deputy_stands_in")
        reason = deputy_may_stand_in(attendance.membership, seat, day)
        if reason:
            raise InvalidInput(reason)
    for it in (*(guests or []),):
        if it.meeting_id != meeting.id:
            raise InvalidInput("item.not_in_meeting")
    _check_ranges(meeting, first, last)
    status = AttendanceStatus(status)
    if status != AttendanceStatus.PRESENT:
        seat = None  # someone who is not there stands in for no one
    after = _as_if(
        attendance,
        status=status,
        from_item=first,
        until_item=last,
        guest_items=[SimpleNamespace(item_id=g.id) for g in guests] if guests is not None else attendance.guest_items,
    )
    if status == AttendanceStatus.PRESENT:
        _check_seat_free(meeting, attendance, after, seat)
    attendance.status = status
    attendance.deputy_for = seat
    attendance.from_item = first
    attendance.until_item = last
    if guests is not None:
        attendance.guest_items = [GuestItem(item_id=i.id) for i in guests]
    attendance.note = clean(note)
    session.flush()
    after_presence_change(session, meeting)
    return attendance


def set_presence(
    session: Session,
    attendance_id: int,
    *,
    status: AttendanceStatus = KEEP,
    from_item_id: int | None = KEEP,
    until_item_id: int | None = KEEP,
) -> Attendance:
    """Change what the screen changes one key at a time: present, forfall, absent; arrived from
    an item (late arrival), gone after an item (early leave). What is left out is kept.
    Registering someone as not present ends their standing in for a member."""
    attendance = _get(session, Attendance, attendance_id)
    meeting = attendance.meeting
    require_open(meeting)
    new_status = attendance.status if status is KEEP else AttendanceStatus(status)
    first = attendance.from_item if from_item_id is KEEP else _get_optional(session, AgendaItem, from_item_id)
    last = attendance.until_item if until_item_id is KEEP else _get_optional(session, AgendaItem, until_item_id)
    arrives_or_leaves = (from_item_id is not KEEP or until_item_id is not KEEP) and (
        first is not None or last is not None
    )
    if new_status != AttendanceStatus.PRESENT and arrives_or_leaves:
        new_status = AttendanceStatus.PRESENT  # arriving or leaving means being there
    _check_ranges(meeting, first, last)
    if attendance.capacity == Capacity.GUEST and new_status == AttendanceStatus.PRESENT and not attendance.guest_items:
        raise InvalidInput("attendance.guest_needs_item", person=attendance.person.full_name)
    seat = attendance.deputy_for if new_status == AttendanceStatus.PRESENT else None
    after = _as_if(attendance, status=new_status, from_item=first, until_item=last)
    if new_status == AttendanceStatus.PRESENT:
        _check_seat_free(meeting, attendance, after, seat)
    attendance.status = new_status
    attendance.from_item = first
    attendance.until_item = last
    attendance.deputy_for = seat
    session.flush()
    after_presence_change(session, meeting)
    return attendance


def stand_in(
    session: Session,
    meeting_id: int,
    deputy_membership_id: int,
    member_membership_id: int,
    *,
    from_item_id: int | None = None,
) -> Attendance:
    """A deputy steps in for an absent member and carries that member's seat for the meeting
    (from an item, when the deputy comes later). A member still only expected is registered
    with forfall, as the deputy was called in for them."""
    meeting = _get(session, Meeting, meeting_id)
    deputy = _get(session, Membership, deputy_membership_id)
    seat = _get(session, Membership, member_membership_id)
    first = _get_optional(session, AgendaItem, from_item_id)
    require_open(meeting)
    reason = deputy_may_stand_in(deputy, seat, _day(meeting))
    if reason:
        raise InvalidInput(reason)
    if seat.body_id != meeting.body_id:
        raise InvalidInput("attendance.not_member", person=seat.person.full_name)
    member = next((a for a in meeting.attendances if a.person_id == seat.person_id), None)
    if member is not None and member.status == AttendanceStatus.EXPECTED:
        member.status = AttendanceStatus.REPORTED_ABSENT
    attendance = next((a for a in meeting.attendances if a.person_id == deputy.person_id), None)
    if attendance is None:
        attendance = Attendance(person=deputy.person, membership=deputy, capacity=Capacity.DEPUTY)
        meeting.attendances.append(attendance)
    elif attendance.capacity != Capacity.DEPUTY:
        raise InvalidInput("attendance.listed_not_deputy", deputy=deputy.person.full_name)
    attendance.membership = deputy
    _check_ranges(meeting, first, attendance.until_item)
    after = _as_if(attendance, status=AttendanceStatus.PRESENT, from_item=first)
    _check_seat_free(meeting, attendance, after, seat)
    attendance.status = AttendanceStatus.PRESENT
    attendance.deputy_for = seat
    attendance.from_item = first
    session.flush()
    after_presence_change(session, meeting)
    return attendance


def add_attendee(
    session: Session,
    meeting_id: int,
    *,
    person_id: int | None = None,
    name: str = "",
    title: str = "",
    capacity: Capacity = Capacity.GUEST,
    item_ids: list[int] | tuple[int, ...] = (),
) -> Attendance:
    """A guest "på sak" for named items, or someone from the secretariat, registered present.
    Someone not in the register is added by name ("Given Family")."""
    from .register import create_person

    meeting = _get(session, Meeting, meeting_id)
    require_open(meeting)
    capacity = Capacity(capacity)
    if capacity not in (Capacity.GUEST, Capacity.SECRETARIAT):
        raise InvalidInput("attendance.members_from_list")
    items = [_get(session, AgendaItem, i) for i in item_ids]
    if any(i.meeting_id != meeting.id for i in items):
        raise InvalidInput("item.not_in_meeting")
    if capacity == Capacity.GUEST and not items:
        raise InvalidInput("attendance.guest_choose_item")
    if person_id is not None:
        person = _get(session, Person, person_id)
    else:
        words = clean(name).split()
        if not words:
            raise InvalidInput("attendance.guest_name")
        given, family = (" ".join(words[:-1]), words[-1]) if len(words) > 1 else ("", words[0])
        person = create_person(session, given, family, title=title)
    attendance = next((a for a in meeting.attendances if a.person_id == person.id), None)
    if attendance is not None and attendance.capacity != capacity:
        raise InvalidInput("attendance.already_listed", person=person.full_name)
    if attendance is None:
        attendance = Attendance(person=person, capacity=capacity)
        meeting.attendances.append(attendance)
    attendance.status = AttendanceStatus.PRESENT
    attendance.guest_items = [GuestItem(item_id=i.id) for i in items] if capacity == Capacity.GUEST else []
    session.flush()
    return attendance


def remove_attendance(session: Session, attendance_id: int) -> None:
    """Take a deputy, guest or secretary added in the meeting off the list again (a mistake).
    Members and observers stay on the list: register forfall or absence instead."""
    attendance = _get(session, Attendance, attendance_id)
    meeting = attendance.meeting
    require_open(meeting)
    if attendance.capacity in (Capacity.MEMBER, Capacity.OBSERVER) or (
        attendance.capacity == Capacity.SECRETARIAT and attendance.membership is not None
    ):
        raise InvalidInput("attendance.on_body_list", person=attendance.person.full_name)
    meeting.attendances.remove(attendance)
    session.flush()
    after_presence_change(session, meeting)


def item_deputies(meeting: Meeting, item_id: int, member_person_id: int) -> list[Attendance]:
    """The deputies called in for one item in the seat of a member disqualified there
    (rights.stands_in_for_item)."""
    out_of_item = {
        d.person_id for item in meeting.items if item.id == item_id for d in item.disqualifications
    }
    return [
        a
        for a in meeting.attendances
        if a.deputy_for is not None
        and a.deputy_for.person_id == member_person_id
        and stands_in_for_item(a.capacity, a.from_item_id, a.until_item_id, a.deputy_for.person_id,
                               {item_id: out_of_item}) == item_id
    ]


def call_in_deputy_for_item(
    session: Session,
    meeting_id: int,
    item_id: int,
    member_person_id: int,
    deputy_person_id: int,
    *,
    at: datetime | None = None,
) -> Attendance:
    """A deputy called in for one item, in the seat of a member disqualified (inhabil) for it:
    registered present at that item only (arrived at it, gone after it) standing in for the
    member, so the deputy votes there in the member's seat and nowhere else, and the member's
    own vote at the other items is untouched. Refused when the member is not disqualified for
    the item. `at` is when it happened (meeting mode passes the clock; kept for the record of
    the call, the rules do not depend on it)."""
    meeting = _get(session, Meeting, meeting_id)
    item = _get(session, AgendaItem, item_id)
    member_person = _get(session, Person, member_person_id)
    deputy_person = _get(session, Person, deputy_person_id)
    require_open(meeting)
    if item.meeting_id != meeting.id:
        raise InvalidInput("item.not_in_meeting")
    if not any(d.person_id == member_person.id for d in item.disqualifications):
        raise InvalidInput("item_deputy.not_disqualified", member=member_person.full_name, item=_item_label(item))
    member = next((a for a in meeting.attendances if a.person_id == member_person.id), None)
    seat = member.membership if member is not None and member.capacity == Capacity.MEMBER else None
    if seat is None or seat.role not in VOTING_ROLES:
        raise InvalidInput("item_deputy.no_seat", member=member_person.full_name)
    day = _day(meeting)
    deputy = _seat_on_day(session, meeting, deputy_person.id, role=Role.DEPUTY)
    if deputy is None:
        raise InvalidInput("deputy.not_deputy", name=deputy_person.full_name)
    reason = deputy_may_stand_in(deputy, seat, day)
    if reason:
        raise InvalidInput(reason)
    if any(a.person_id == deputy_person.id for a in meeting.attendances):
        raise InvalidInput("item_deputy.already_listed", deputy=deputy_person.full_name)
    attendance = Attendance(
        person=deputy_person, membership=deputy, capacity=Capacity.DEPUTY, status=AttendanceStatus.PRESENT
    )
    after = _as_if(attendance, from_item=item, until_item=item)
    _check_seat_free(meeting, attendance, after, seat)
    attendance.deputy_for = seat
    attendance.from_item = item
    attendance.until_item = item
    meeting.attendances.append(attendance)
    session.flush()
    after_presence_change(session, meeting)
    return attendance


# --- keeping conclusions in step with who was there ----------------------------------------------


def _voter_ids(session: Session, item: AgendaItem) -> set[int]:
    return {a.person_id for a in voters_at_item(session, item)}


def _vote_round(conclusion: Conclusion) -> VoteRound:
    """The current round: the one with the highest position, the one the meeting screen records
    votes in (made at position 1 on demand). Earlier rounds (amendments, alternative proposals)
    keep their votes and results; the last one decides the item (the conclusion's
    `voted_proposal` and `adopted` are its)."""
    if conclusion.vote_rounds:
        return max(conclusion.vote_rounds, key=lambda r: r.position)
    found = VoteRound(position=1)
    conclusion.vote_rounds.append(found)
    return found


def _round_votes(conclusion: Conclusion, rnd: VoteRound) -> list[Vote]:
    return [v for v in conclusion.votes if v.round is rnd]


def _drop_vote(conclusion: Conclusion, vote: Vote) -> None:
    conclusion.votes.remove(vote)
    if vote.round is not None and vote in vote.round.votes:
        vote.round.votes.remove(vote)


def _is_amendment(proposal: Proposal | None) -> bool:
    return proposal is not None and proposal.amends is not None


def _settle_fates(item: AgendaItem) -> None:
    """What became of the item's proposals (Proposal.fate), from its conclusion: a proposal put
    to the vote in a round is adopted or fell by that round's outcome; on consensus (with or
    without protocol entries) the agenda's proposal is adopted. Once a vote has adopted a
    proposal that is not an amendment (the main proposal or an alternative to it: the one
    adopted decides the item), the other proposals on the item that were not put to the vote
    fell, except an amendment of an adopted proposal, which stays pending. An adopted amendment
    decides nothing alone: the proposal it amends is voted on next. Every other proposal is
    pending (also when the conclusion changes or is cleared). A withdrawn proposal stays withdrawn."""
    settled: list[tuple[Proposal, ProposalFate]] = []
    conclusion = item.conclusion
    if conclusion is not None and conclusion.kind == ConclusionKind.VOTE:
        for rnd in conclusion.vote_rounds:
            if rnd.proposal is not None and rnd.adopted is not None:
                settled.append((rnd.proposal, ProposalFate.ADOPTED if rnd.adopted else ProposalFate.FELL))
        adopted = [p for p, fate in settled if fate == ProposalFate.ADOPTED]
        if any(not _is_amendment(p) for p in adopted):
            voted = {id(p) for p, _fate in settled}
            settled += [
                (p, ProposalFate.FELL)
                for p in item.proposals
                if id(p) not in voted and p.fate != ProposalFate.WITHDRAWN
                and not any(p.amends is a for a in adopted)
            ]
    elif conclusion is not None and conclusion.kind in (ConclusionKind.CONSENSUS, ConclusionKind.CONSENSUS_WITH_PROTOCOL):
        # the agenda's proposal as amended: its amendments are agreed with it (see agreed_text)
        for base in (p for p in item.proposals if p.from_agenda):
            settled += [(p, ProposalFate.ADOPTED) for p in (base, *_agreed_amendments(item, base))]
    for proposal in item.proposals:
        if proposal.fate != ProposalFate.WITHDRAWN:
            proposal.fate = next((fate for p, fate in settled if p is proposal), ProposalFate.PENDING)


def _sync_round(conclusion: Conclusion) -> None:
    """The conclusion keeps the last round's proposal and outcome (the item's outcome); the
    proposals' fates follow."""
    rnd = _vote_round(conclusion)
    conclusion.voted_proposal = rnd.proposal
    conclusion.adopted = rnd.adopted
    _settle_fates(conclusion.item)


def _sync_vote(session: Session, conclusion: Conclusion, *, add_missing: VoteChoice | None = None) -> None:
    """Keep, in every round, the votes of those who may vote at the item (adding `add_missing`
    for the others in the current round when given), and compute each round's outcome by the
    body's rule."""
    item = conclusion.item
    voters = _voter_ids(session, item)
    current = _vote_round(conclusion)
    for vote in [v for v in conclusion.votes if v.person_id not in voters]:
        _drop_vote(conclusion, vote)
    if add_missing is not None:
        have = {v.person_id for v in _round_votes(conclusion, current)}
        for attendance in voters_at_item(session, item):
            if attendance.person_id not in have:
                conclusion.votes.append(Vote(person_id=attendance.person_id, choice=add_missing, round=current))
    rule = _meeting_of(item).body.majority_rule
    for rnd in conclusion.vote_rounds:
        votes = _round_votes(conclusion, rnd)
        tally = Counter(VoteChoice(v.choice) for v in votes)
        rnd.adopted = (
            vote_adopted(rule, tally[VoteChoice.FOR], tally[VoteChoice.AGAINST])
            if votes
            else None  # nobody has voted yet: no result, never "adopted 0–0"
        )
    _sync_round(conclusion)


def _present_at_item(session: Session, item: AgendaItem, person_id: int) -> bool:
    """Present at the item and not disqualified for it (rights.py)."""
    meeting = _meeting_of(item)
    attendance = next((a for a in meeting.attendances if a.person_id == person_id), None)
    return attendance is not None and rights_at_item(attendance, item, disqualified_person_ids(session, item.id)).present


def _item_label(item: AgendaItem) -> str:
    """An item as a message names it: "Sak 3/26 Title" (its number, when it has one)."""
    number = item.number_label
    return f"{number} {item.title}" if number else item.title


def _check_named_present(session: Session, meeting: Meeting) -> None:
    """The minutes name only what happened: whoever an item's disqualification or protocol entry
    names must still be present at that item after a change in who was there."""
    for item in meeting.items:
        for dq in item.disqualifications:
            attendance = next((a for a in meeting.attendances if a.person_id == dq.person_id), None)
            if attendance is None or not present_at(attendance, item):
                raise InvalidInput(
                    "disqualification.would_be_absent", person=dq.person.full_name, item=_item_label(item)
                )
        conclusion = item.conclusion
        if conclusion is None:
            continue
        for entry in conclusion.protocol_entries:
            for supporter in entry.supporters:
                if not _present_at_item(session, item, supporter.person_id):
                    raise InvalidInput(
                        "protocol.would_be_absent", person=supporter.person.full_name, item=_item_label(item)
                    )


def after_presence_change(session: Session, meeting: Meeting) -> None:
    """Votes and quorum marks follow who was present at each concluded item. A change that would
    leave someone an item's minutes name (disqualified, behind a protocol entry) away from it is
    refused (the caller's transaction is rolled back)."""
    _check_named_present(session, meeting)
    for item in meeting.items:
        conclusion = item.conclusion
        if conclusion is None:
            continue
        if conclusion.kind == ConclusionKind.VOTE:
            _sync_vote(session, conclusion)
        conclusion.without_quorum = conclusion.kind in DECIDING and not quorum_at_item(session, item).met
    session.flush()


# --- disqualification ------------------------------------------------------------------------------


def disqualify(
    session: Session,
    item: AgendaItem | int,
    person: Person | int,
    ground: DisqualificationGround,
    *,
    ground_text: str = "",
    decided_by_body: bool = True,
) -> Disqualification:
    """Habilitet: the person is out of the item (forvaltningslova § 6 first or second paragraph,
    or another ground written out), as the body decided."""
    item = _get(session, AgendaItem, item)
    person = _get(session, Person, person)
    meeting = item.meeting
    if meeting is not None:
        require_open(meeting)
    try:
        ground = DisqualificationGround(ground)
    except ValueError:
        raise InvalidInput("disqualification.choose_basis") from None
    if ground == DisqualificationGround.OTHER and not clean(ground_text):
        raise InvalidInput("disqualification.write_basis")
    if meeting is not None and person.id not in {a.person_id for a in meeting.attendances}:
        raise InvalidInput("attendance.not_present", person=person.full_name)
    attendance = next((a for a in meeting.attendances if a.person_id == person.id), None) if meeting else None
    if attendance is not None and not present_at(attendance, item):
        raise InvalidInput("disqualification.not_at_item", person=person.full_name, item=_item_label(item))
    if any(d.person_id == person.id for d in item.disqualifications):
        raise InvalidInput("disqualification.already", person=person.full_name)
    dq = Disqualification(
        item=item, person=person, ground=ground, ground_text=clean(ground_text), decided_by_body=decided_by_body
    )
    session.add(dq)
    session.flush()
    if meeting is not None:
        after_presence_change(session, meeting)
    return dq


def remove_disqualification(session: Session, disqualification_id: int) -> list[str]:
    """The person is no longer out of the item. A deputy called in for that item in their seat
    (call_in_deputy_for_item) goes off the list with it: the member holds the seat again.
    Returns the names of the deputies taken off, for the screen to say so."""
    dq = _get(session, Disqualification, disqualification_id)
    item, meeting = _open_item(session, dq.item)
    deputies = item_deputies(meeting, item.id, dq.person_id)
    for deputy in deputies:
        meeting.attendances.remove(deputy)
    item.disqualifications.remove(dq)
    session.delete(dq)
    session.flush()
    after_presence_change(session, meeting)
    return [d.person.full_name for d in deputies]


# --- proposals -------------------------------------------------------------------------------------


def add_proposal(
    session: Session,
    item: AgendaItem | int,
    text: str,
    *,
    by: Person | int | None = None,
    by_text: str = "",
    amends: Proposal | int | None = None,
    from_agenda: bool = False,
) -> Proposal:
    """A proposal on an item, put forward by someone with the right to propose there (a member,
    a deputy standing in, an observer), or by a party named in `by_text`; it may amend another."""
    item = _get(session, AgendaItem, item)
    by = _get_optional(session, Person, by)
    amends = _get_optional(session, Proposal, amends)
    if item.meeting is not None:
        require_open(item.meeting)
    if not from_agenda and by is None and not clean(by_text):
        raise InvalidInput("proposal.who")
    if by is not None and item.meeting is not None and not from_agenda:
        dq = disqualified_person_ids(session, item.id)
        attendance = next((a for a in item.meeting.attendances if a.person_id == by.id), None)
        if attendance is None or not rights_at_item(attendance, item, dq).may_propose:
            raise InvalidInput("proposal.no_right", person=by.full_name)
    if amends is not None and amends.item_id != item.id:
        raise InvalidInput("proposal.amendment_same_item")
    proposal = Proposal(
        item=item,
        text=require(text, "what.proposal"),
        put_forward_by=by,
        put_forward_by_text=clean(by_text),
        amends=amends,
        from_agenda=from_agenda,
        position=len(item.proposals),
    )
    session.add(proposal)
    session.flush()
    return proposal


def update_proposal_text(
    session: Session, proposal_id: int, text: str, *, expected_version: int | None = None
) -> Proposal:
    """Correct the wording of a proposal."""
    proposal = _get(session, Proposal, proposal_id)
    check_version(proposal, expected_version, ("text",))
    _open_item(session, proposal.item)
    proposal.text = require(text, "what.proposal")
    flush(session, proposal, ("text",))
    return proposal


def remove_proposal(session: Session, proposal_id: int) -> None:
    """Take back a proposal registered by mistake (or withdrawn). The agenda's own stays."""
    proposal = _get(session, Proposal, proposal_id)
    item, _meeting = _open_item(session, proposal.item)
    if proposal.from_agenda:
        raise InvalidInput("proposal.agenda_proposal_fixed")
    for other in item.proposals:
        if other.amends_id == proposal.id:
            other.amends = None
    if item.conclusion is not None:
        if item.conclusion.voted_proposal_id == proposal.id:
            item.conclusion.voted_proposal = None
        for rnd in item.conclusion.vote_rounds:
            if rnd.proposal_id == proposal.id:
                rnd.proposal = None
    item.proposals.remove(proposal)
    session.delete(proposal)
    for pos, other in enumerate(item.proposals):
        other.position = pos
    session.flush()


def withdraw_proposal(session: Session, proposal_id: int) -> Proposal:
    """The proposer takes the proposal back (trekt) before it is voted on: it is kept, marked
    withdrawn, and put to no vote. The agenda's own proposal is not withdrawn this way (the
    case is: ConclusionKind.WITHDRAWN). A round not yet voted in that was on it is on no
    proposal now."""
    proposal = _get(session, Proposal, proposal_id)
    item, _meeting = _open_item(session, proposal.item)
    if proposal.from_agenda:
        raise InvalidInput("proposal.agenda_proposal_fixed")
    conclusion = item.conclusion
    if conclusion is not None:
        for rnd in conclusion.vote_rounds:
            if rnd.proposal is proposal:
                if _round_votes(conclusion, rnd):
                    raise InvalidInput("proposal.already_voted")
                rnd.proposal = None
    if proposal.fate in (ProposalFate.ADOPTED, ProposalFate.FELL):
        raise InvalidInput("proposal.already_voted")
    proposal.fate = ProposalFate.WITHDRAWN
    if conclusion is not None and conclusion.kind == ConclusionKind.VOTE:
        _sync_round(conclusion)
    else:
        _settle_fates(item)
    session.flush()
    return proposal


def reinstate_proposal(session: Session, proposal_id: int) -> Proposal:
    """A proposal marked withdrawn by mistake stands again (pending)."""
    proposal = _get(session, Proposal, proposal_id)
    item, _meeting = _open_item(session, proposal.item)
    if proposal.fate == ProposalFate.WITHDRAWN:
        proposal.fate = ProposalFate.PENDING
        _settle_fates(item)
    session.flush()
    return proposal


def ensure_agenda_proposal(session: Session, item: AgendaItem | int) -> Proposal | None:
    """The agenda's proposed decision is a proposal from the start."""
    item = _get(session, AgendaItem, item)
    existing = next((p for p in item.proposals if p.from_agenda), None)
    if existing is not None or not item.proposed_decision:
        return existing
    return add_proposal(session, item, item.proposed_decision, from_agenda=True)


# --- conclusions and votes --------------------------------------------------------------------------


def _agreed_amendments(item: AgendaItem, proposal: Proposal) -> list[Proposal]:
    """The amendments of `proposal` (and of its amendments) not withdrawn, in the order made."""
    found: list[Proposal] = []
    for other in sorted(item.proposals, key=lambda p: p.position):
        if other.fate != ProposalFate.WITHDRAWN and other.amends is not None \
                and (other.amends is proposal or other.amends in found):
            found.append(other)
    return found


def agreed_text(item: AgendaItem) -> str:
    """What a consensus agrees to: the agenda's proposal as amended in the meeting.

    The rule (issue 19): everyone agreed, so every amendment made to the agenda's proposal (or
    to one of its amendments) and not withdrawn is part of what was agreed. The text is the
    agenda's proposal followed by each such amendment on a line of its own, in the order they
    were made: nothing agreed is lost, and the secretary edits the wording where an amendment
    rewrote a sentence rather than added one. Without amendments it is the proposed decision."""
    base = next((p for p in item.proposals if p.from_agenda), None)
    if base is None:
        return item.proposed_decision
    return "\n".join([base.text, *(p.text for p in _agreed_amendments(item, base))])


def default_decision(item: AgendaItem, kind: ConclusionKind) -> str:
    """The decision text a new conclusion starts with: on consensus (with or without protocol
    entries) the agreed text, the agenda's proposal with its amendments (`agreed_text`); for a
    vote the proposed decision; the usual sentence for an item noted or deferred (in the body's
    written standard)."""
    kind = ConclusionKind(kind)
    if kind in (ConclusionKind.CONSENSUS, ConclusionKind.CONSENSUS_WITH_PROTOCOL):
        return agreed_text(item)
    if kind in DECIDING:
        return item.proposed_decision
    phrases = _DEFAULT_DECISION.get(kind)
    if phrases is None:
        return ""
    return phrases.get(item.body.language.value, phrases["nb"])


def decision_fill(session: Session, item_id: int, kind: ConclusionKind) -> str:
    """The text concluding item `item_id` as `kind` fills an empty decision with (`default_decision`)."""
    return default_decision(_get(session, AgendaItem, item_id), kind)


def conclude(
    session: Session,
    item: AgendaItem | int,
    kind: ConclusionKind,
    *,
    decision_text: str | None = None,
    no_consensus_outcome: NoConsensusOutcome | None = None,
    at: datetime | None = None,
) -> Conclusion:
    """Record (or change) how an item ended. Quorum is checked and marked, never enforced silently.

    `decision_text` None keeps the text already written, or starts from `default_decision`.
    A new vote starts with no votes recorded and no result (`adopted` None): the secretary
    records each vote (or "all for", then those against and abstaining); the outcome is computed
    by the body's rule from the votes recorded, and stays None while there are none.
    """
    item, _meeting = _open_item(session, item)
    try:
        kind = ConclusionKind(kind)
    except ValueError:
        raise InvalidInput("conclusion.choose") from None
    if kind == ConclusionKind.NO_CONSENSUS and no_consensus_outcome is None:
        raise InvalidInput("conclusion.choose_where")
    if kind == ConclusionKind.WITHDRAWN and _meeting.status not in WITHDRAW_FROM:
        raise InvalidInput("conclusion.withdraw_before_notice")
    conclusion = item.conclusion
    if conclusion is None:
        conclusion = Conclusion(item=item, kind=kind, decision_text="")
        session.add(conclusion)
    conclusion.kind = kind
    # the outcome with the kind, before anything reads (and so flushes) the conclusion
    conclusion.no_consensus_outcome = (
        NoConsensusOutcome(no_consensus_outcome)
        if kind == ConclusionKind.NO_CONSENSUS and no_consensus_outcome is not None  # checked above
        else None
    )
    if decision_text is not None:
        conclusion.decision_text = clean(decision_text)
    elif not conclusion.decision_text:
        conclusion.decision_text = default_decision(item, kind)
    conclusion.adopted = None
    conclusion.concluded_at = at or datetime.now()
    if kind == ConclusionKind.VOTE:
        session.flush()
        current = _vote_round(conclusion)
        if current.proposal is None and len(conclusion.vote_rounds) == 1:
            current.proposal = next(
                (p for p in item.proposals if p.from_agenda and p.fate != ProposalFate.WITHDRAWN), None
            )
        _sync_vote(session, conclusion)
    else:
        conclusion.votes = []
        conclusion.vote_rounds = []
        conclusion.voted_proposal = None
        _settle_fates(item)
    if kind not in (ConclusionKind.CONSENSUS, ConclusionKind.CONSENSUS_WITH_PROTOCOL, ConclusionKind.VOTE):
        conclusion.protocol_entries = []  # a protocol entry stands beside a consensus or a vote
    elif kind == ConclusionKind.CONSENSUS and conclusion.protocol_entries:
        conclusion.kind = ConclusionKind.CONSENSUS_WITH_PROTOCOL
    session.flush()
    conclusion.without_quorum = kind in DECIDING and not quorum_at_item(session, item).met
    session.flush()
    sync_next_treatment(session, item)
    return conclusion


def clear_conclusion(session: Session, item_id: int) -> AgendaItem:
    """The item is not concluded after all (a key pressed by mistake); a treatment its deferral
    put in the backlog goes again (`sync_next_treatment`)."""
    item, _meeting = _open_item(session, item_id)
    if item.conclusion is not None:
        session.delete(item.conclusion)
        item.conclusion = None
        _settle_fates(item)
    session.flush()
    sync_next_treatment(session, item)
    return item


# --- a case that does not finish comes back ------------------------------------------------------
#
# Chosen: the waiting treatment is made in the same transaction as the conclusion (`conclude`),
# not when the meeting is marked held. The secretary sees the case in the body's backlog at once
# (and can put it on the next meeting before this one is closed), every conclusion change goes
# through `conclude`, `set_no_consensus_outcome` and `clear_conclusion`, which all end here, and
# marking a meeting held stays a status change with no side effects on the agenda.


def comes_back(kind: ConclusionKind | None, outcome: NoConsensusOutcome | None) -> bool:
    """Whether a case concluded so comes back to the body: deferred (utsett), or no consensus
    with the case sent back for more work. Sent to the parties, withdrawn or decided: it does not."""
    return kind == ConclusionKind.DEFERRED or (
        kind == ConclusionKind.NO_CONSENSUS and outcome == NoConsensusOutcome.RETURNED
    )


def next_treatment(item: AgendaItem) -> AgendaItem | None:
    """The treatment of the item's case that follows it in the same body (the first made after
    it), or None."""
    later = [t for t in item.case.treatments if t.body_id == item.body_id and t.id > item.id]
    return min(later, key=lambda t: t.id) if later else None


def sync_next_treatment(session: Session, item: AgendaItem) -> AgendaItem | None:
    """Keep the waiting treatment that follows from the item's conclusion.

    A case that comes back (`comes_back`) waits in the body's backlog as a new treatment of the
    same case (an AgendaItem without a meeting), with the item's title, background, proposed
    decision, type, priority groups, responsible, who put it forward, time and exemption, and a
    copy of its attachments (the attachment model keeps each file with its item). Changing the
    conclusion to one that does not come back, or clearing it, removes that treatment again as long
    as it waits in the backlog; once it is on a meeting it is that meeting's case and stays. A
    standard item (approval of the notice or the minutes, Eventuelt) does not come back this way.
    Returns the waiting treatment, or None."""
    if item.standard is not None or item.id is None:
        return None
    conclusion = item.conclusion
    wanted = conclusion is not None and comes_back(conclusion.kind, conclusion.no_consensus_outcome)
    session.flush()
    session.expire(item.case, ["treatments"])
    following = next_treatment(item)
    if not wanted:
        if following is not None and following.meeting_id is None:
            session.delete(following)
            session.flush()
            session.expire(item.case, ["treatments"])
        return None
    if following is not None:
        return following if following.meeting_id is None else None
    waiting = items.waiting_treatment(session, item, item.body_id)
    session.expire(item.case, ["treatments"])
    return waiting


def _conclusion_of(item: AgendaItem) -> Conclusion:
    if item.conclusion is None:
        raise InvalidInput("conclusion.choose_first")
    return item.conclusion


def set_decision_text(
    session: Session, item_id: int, text: str, *, expected_version: int | None = None
) -> Conclusion:
    """The decision (vedtak) as the secretary writes it; nothing else about the conclusion changes.
    `expected_version`: the conclusion's version the text was written on (services.versions)."""
    item, _meeting = _open_item(session, item_id)
    conclusion = _conclusion_of(item)
    check_version(conclusion, expected_version, ("decision_text",))
    conclusion.decision_text = clean(text)
    flush(session, conclusion, ("decision_text",))
    return conclusion


def set_no_consensus_outcome(session: Session, item_id: int, outcome: NoConsensusOutcome) -> Conclusion:
    item, _meeting = _open_item(session, item_id)
    conclusion = _conclusion_of(item)
    if conclusion.kind != ConclusionKind.NO_CONSENSUS:
        raise InvalidInput("conclusion.not_no_consensus")
    conclusion.no_consensus_outcome = NoConsensusOutcome(outcome)
    session.flush()
    sync_next_treatment(session, item)
    return conclusion


def record_vote(
    session: Session,
    item: AgendaItem | int,
    choices: dict[int, VoteChoice],
    *,
    proposal: Proposal | int | None = None,
    decision_text: str | None = None,
    at: datetime | None = None,
) -> Conclusion:
    """Record an avrøysting (its current round, see `start_round`): one choice per voting
    participant present, the tally computed from them."""
    item = _get(session, AgendaItem, item)
    proposal = _get_optional(session, Proposal, proposal)
    _meeting_of(item)
    if proposal is not None and proposal.item_id != item.id:
        raise InvalidInput("vote.proposal_other_item")
    voters = _voter_ids(session, item)
    strangers = set(choices) - voters
    if strangers:
        raise InvalidInput("vote.only_voters")
    missing = voters - set(choices)
    if missing:
        raise InvalidInput("vote.missing", count=len(missing))
    conclusion = conclude(session, item, ConclusionKind.VOTE, decision_text=decision_text, at=at)
    rnd = _vote_round(conclusion)
    if proposal is not None:
        rnd.proposal = proposal
    by_person = {v.person_id: v for v in _round_votes(conclusion, rnd)}
    for pid, choice in choices.items():
        if pid in by_person:
            by_person[pid].choice = VoteChoice(choice)
        else:
            conclusion.votes.append(Vote(person_id=pid, choice=VoteChoice(choice), round=rnd))
    _sync_vote(session, conclusion)
    session.flush()
    return conclusion


def _vote_conclusion(item: AgendaItem) -> Conclusion:
    conclusion = _conclusion_of(item)
    if conclusion.kind != ConclusionKind.VOTE:
        raise InvalidInput("vote.not_by_vote")
    return conclusion


def set_vote(session: Session, item_id: int, person_id: int, choice: VoteChoice) -> Conclusion:
    """One voting participant's vote (for, against, abstain) in the current round; its outcome
    is computed again. Earlier rounds are not touched."""
    item, _meeting = _open_item(session, item_id)
    conclusion = _vote_conclusion(item)
    person = _get(session, Person, person_id)
    if person.id not in _voter_ids(session, item):
        raise InvalidInput("vote.no_right", person=person.full_name)
    current = _vote_round(conclusion)
    vote = next((v for v in _round_votes(conclusion, current) if v.person_id == person.id), None)
    if vote is None:
        conclusion.votes.append(Vote(person_id=person.id, choice=VoteChoice(choice), round=current))
    else:
        vote.choice = VoteChoice(choice)
    _sync_vote(session, conclusion)
    session.flush()
    return conclusion


def set_all_votes(session: Session, item_id: int, choice: VoteChoice) -> Conclusion:
    """Everyone with the vote at the item votes the same in the current round (e.g. all for, to
    start again); earlier rounds are not touched."""
    item, _meeting = _open_item(session, item_id)
    conclusion = _vote_conclusion(item)
    for vote in _round_votes(conclusion, _vote_round(conclusion)):
        _drop_vote(conclusion, vote)
    session.flush()
    _sync_vote(session, conclusion, add_missing=VoteChoice(choice))
    session.flush()
    return conclusion


def _check_votable(conclusion: Conclusion, proposal: Proposal, rnd: VoteRound | None) -> None:
    """A proposal can be put to the vote when it is on the item, not withdrawn and not already
    decided by another round."""
    if proposal.item_id != conclusion.item_id:
        raise InvalidInput("vote.proposal_other_item")
    if proposal.fate == ProposalFate.WITHDRAWN:
        raise InvalidInput("vote.proposal_withdrawn")
    if any(r.proposal is proposal for r in conclusion.vote_rounds if r is not rnd):
        raise InvalidInput("vote.proposal_already_voted")


def set_voted_proposal(session: Session, item_id: int, proposal_id: int | None) -> Conclusion:
    """The proposal the current round is on."""
    item, _meeting = _open_item(session, item_id)
    conclusion = _vote_conclusion(item)
    proposal = _get_optional(session, Proposal, proposal_id)
    rnd = _vote_round(conclusion)
    if proposal is not None:
        _check_votable(conclusion, proposal, rnd)
    rnd.proposal = proposal
    _sync_round(conclusion)
    session.flush()
    return conclusion


def next_round_proposal(item: AgendaItem) -> Proposal | None:
    """The proposal a new round puts to the vote by default: the first amendment not yet voted
    on (nor withdrawn), else the main proposal (the agenda's) if not yet voted on, else the first
    other proposal still pending."""
    conclusion = item.conclusion
    voted = {id(r.proposal) for r in conclusion.vote_rounds if r.proposal is not None} if conclusion else set()
    open_ = [p for p in sorted(item.proposals, key=lambda p: p.position)
             if id(p) not in voted and p.fate == ProposalFate.PENDING]
    return (
        next((p for p in open_ if p.amends is not None), None)
        or next((p for p in open_ if p.from_agenda), None)
        or next(iter(open_), None)
    )


def start_round(session: Session, item_id: int, proposal_id: int, *, at: datetime | None = None) -> VoteRound:
    """Put another proposal to the vote (an amendment before the proposal it amends, or an
    alternative proposal against the main one): a new round, last, with no votes and no result;
    it is the current round from now on and the earlier rounds keep their votes and results.

    An item not yet concluded by a vote is concluded by one, with this proposal in its first
    round. A current round nobody has voted in yet is not left empty behind: it is put on this
    proposal instead."""
    item, _meeting = _open_item(session, item_id)
    proposal = _get(session, Proposal, proposal_id)
    if item.conclusion is None or item.conclusion.kind != ConclusionKind.VOTE:
        conclusion = conclude(session, item, ConclusionKind.VOTE, at=at)
    else:
        conclusion = item.conclusion
    current = _vote_round(conclusion)
    if not _round_votes(conclusion, current):
        _check_votable(conclusion, proposal, current)
        current.proposal = proposal
    else:
        _check_votable(conclusion, proposal, None)
        current = VoteRound(position=current.position + 1, proposal=proposal)
        conclusion.vote_rounds.append(current)
    session.flush()
    _sync_vote(session, conclusion)
    session.flush()
    return current


def remove_round(session: Session, item_id: int, *, with_votes: bool = False) -> Conclusion:
    """Take the last round away again (started by mistake): refused while it has votes unless
    `with_votes` (the screen asks first), and refused for the only round (clear the conclusion
    instead). The round before it is the current round again."""
    item, _meeting = _open_item(session, item_id)
    conclusion = _vote_conclusion(item)
    if len(conclusion.vote_rounds) < 2:
        raise InvalidInput("vote.only_round")
    last = _vote_round(conclusion)
    votes = _round_votes(conclusion, last)
    if votes and not with_votes:
        raise InvalidInput("vote.round_has_votes", count=len(votes))
    for vote in votes:
        _drop_vote(conclusion, vote)
    conclusion.vote_rounds.remove(last)
    session.flush()
    _sync_vote(session, conclusion)
    session.flush()
    return conclusion


def vote_tally(conclusion: Conclusion) -> dict[VoteChoice, int]:
    """The tally of the current (last) round: the item's outcome."""
    tally = Counter(v.choice for v in _round_votes(conclusion, _vote_round(conclusion))) \
        if conclusion.vote_rounds else Counter[VoteChoice]()
    return {c: tally.get(c, 0) for c in VoteChoice}


def is_flagged_other_business_decision(item: AgendaItem) -> bool:
    """A decision under Eventuelt on a case that was not on the agenda must be flagged; so must a
    decision recorded on the Eventuelt item itself (nothing on it was on the agenda either)."""
    raised = item.not_on_agenda or item.standard == StandardItem.OTHER_BUSINESS
    return bool(raised and item.conclusion is not None and item.conclusion.kind in DECIDING)


# --- protocol entries ---------------------------------------------------------------------------------


def add_protocol_entry(
    session: Session,
    conclusion: Conclusion | int,
    text: str,
    *,
    supporters: list[Person] | list[int] = (),  # type: ignore[assignment]
    behind_text: str = "",
) -> ProtocolEntry:
    """Enter a member's or a party's statement in the minutes of a consensus or beside a vote
    (the minutes print it after the vote)."""
    conclusion = _get(session, Conclusion, conclusion)
    meeting = _meeting_of(conclusion.item)
    require_open(meeting)
    if conclusion.kind not in (ConclusionKind.CONSENSUS, ConclusionKind.CONSENSUS_WITH_PROTOCOL, ConclusionKind.VOTE):
        raise InvalidInput("protocol.needs_consensus")
    people = [_get(session, Person, p) for p in supporters]
    if not people and not clean(behind_text):
        raise InvalidInput("protocol.needs_people")
    on_list = {a.person_id for a in meeting.attendances}
    strangers = [p.full_name for p in people if p.id not in on_list]
    if strangers:
        raise InvalidInput("protocol.not_present", names=', '.join(strangers))
    away = [p.full_name for p in people if not _present_at_item(session, conclusion.item, p.id)]
    if away:
        raise InvalidInput("protocol.not_at_item", names=', '.join(away), item=_item_label(conclusion.item))
    text = require(text, "what.protocol_entry")
    if conclusion.kind == ConclusionKind.CONSENSUS:
        conclusion.kind = ConclusionKind.CONSENSUS_WITH_PROTOCOL
    entry = ProtocolEntry(
        conclusion=conclusion,
        text=text,
        behind_text=clean(behind_text),
        position=len(conclusion.protocol_entries),
        supporters=[ProtocolEntrySupporter(person=p) for p in dict.fromkeys(people)],
    )
    session.add(entry)
    session.flush()
    return entry


def add_item_protocol_entry(
    session: Session,
    item_id: int,
    text: str,
    *,
    supporters: list[int] = (),  # type: ignore[assignment]
    behind_text: str = "",
) -> ProtocolEntry:
    """A protocol entry on an item: an item not yet concluded is concluded by consensus with
    protocol entries; one concluded otherwise than by consensus or a vote refuses it."""
    item, _meeting = _open_item(session, item_id)
    conclusion = item.conclusion
    if conclusion is None:
        conclusion = conclude(session, item, ConclusionKind.CONSENSUS_WITH_PROTOCOL)
    return add_protocol_entry(session, conclusion, text, supporters=supporters, behind_text=behind_text)


def remove_protocol_entry(session: Session, entry_id: int) -> Conclusion:
    """Take a protocol entry out again; a consensus without entries is a plain consensus."""
    entry = _get(session, ProtocolEntry, entry_id)
    conclusion = entry.conclusion
    require_open(_meeting_of(conclusion.item))
    conclusion.protocol_entries.remove(entry)
    session.delete(entry)
    for pos, other in enumerate(conclusion.protocol_entries):
        other.position = pos
    if not conclusion.protocol_entries and conclusion.kind == ConclusionKind.CONSENSUS_WITH_PROTOCOL:
        conclusion.kind = ConclusionKind.CONSENSUS
    session.flush()
    return conclusion


# --- follow-ups -----------------------------------------------------------------------------------------


def add_follow_up(
    session: Session,
    *,
    what: str,
    body: Body | int | None = None,
    item: AgendaItem | int | None = None,
    responsible_person: Person | int | None = None,
    responsible_text: str = "",
    due_on: date | None = None,
) -> FollowUp:
    """An oppfølging: what, who (a person or a party), by when; from an item, or for a body."""
    item = _get_optional(session, AgendaItem, item)
    body = _get_optional(session, Body, body)
    responsible_person = _get_optional(session, Person, responsible_person)
    if item is not None and item.meeting is not None:
        require_open(item.meeting)
    if body is None:
        if item is None:
            raise InvalidInput("follow_up.needs_body_or_item")
        body = item.body
    what = require(what, "field.follow_up_what")
    if responsible_person is None and not clean(responsible_text):
        raise InvalidInput("follow_up.who")
    follow_up = FollowUp(
        body=body,
        item=item,
        what=what,
        responsible_person=responsible_person,
        responsible_text=clean(responsible_text),
        due_on=due_on,
    )
    session.add(follow_up)
    session.flush()
    return follow_up


def complete_follow_up(session: Session, follow_up_id: int, on: date) -> FollowUp:
    """Mark a follow-up as done on a date."""
    follow_up = _get(session, FollowUp, follow_up_id)
    follow_up.status = FollowUpStatus.DONE
    follow_up.done_on = on
    session.flush()
    return follow_up


def reopen_follow_up(session: Session, follow_up_id: int) -> FollowUp:
    """A follow-up marked as done by mistake is open again."""
    follow_up = _get(session, FollowUp, follow_up_id)
    follow_up.status = FollowUpStatus.OPEN
    follow_up.done_on = None
    session.flush()
    return follow_up


def remove_follow_up(session: Session, follow_up_id: int) -> None:
    follow_up = _get(session, FollowUp, follow_up_id)
    if follow_up.item is not None and follow_up.item.meeting is not None:
        require_open(follow_up.item.meeting)
    session.delete(follow_up)
    session.flush()


# --- notes and cases raised in the meeting ----------------------------------------------------------------


def set_item_notes(session: Session, item: AgendaItem | int, text: str) -> AgendaItem:
    """The discussion notes (handsaming) written for an item in the meeting, for the minutes."""
    item = _get(session, AgendaItem, item)
    if item.meeting is not None:
        require_open(item.meeting)
    item.notes = clean(text)
    session.flush()
    return item


def add_other_business_case(
    session: Session,
    meeting_id: int,
    title: str,
    *,
    case_type: CaseType = CaseType.DECISION,
    proposed_decision: str = "",
) -> AgendaItem:
    """A case raised under Eventuelt that was not on the agenda: it goes last and gets the year's
    next number; a decision on it is flagged in the minutes."""
    from .meetings import add_item

    meeting = _get(session, Meeting, meeting_id)
    require_open(meeting)
    item = add_item(
        session, meeting_id=meeting.id, title=title, case_type=case_type, proposed_decision=proposed_decision,
        not_on_agenda=True,
    )
    ensure_agenda_proposal(session, item)
    return item
