"""Forfall: a member reports absence, before the meeting or in it, and a deputy is called in.

`report_absence` records the absence when it comes in (the meeting planned or its notice sent,
or under way) on the member's attendance row: REPORTED_ABSENT with the reason as its note.
With `call_in_deputy` it calls in the deputy `proposed_deputy` picks, or the one the secretary
chose: the deputy's row stands in for the member's seat (`deputy_for`), expected until the
secretary registers them present in meeting mode, which opens with these rows (it adds the rest
of the body's list beside them). Who may stand in for whom is rights.deputy_may_stand_in.

`withdraw_absence` undoes it (the member comes after all): the member is expected again and the
deputy called in for them goes off the list.

The order a deputy is proposed in: the member's personal deputy (a deputy seat naming the
member) when the body has one for them and that deputy is free, else the body's deputy list
in its order, which is the order the seats were registered in (an imported roster keeps its
file's order), keeping to the member's side where the body says so. A deputy is free when not
on the meeting's list already: not reported absent, not called in for someone else.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm import Session, joinedload

from ..errors import InvalidInput
from ..models import (
    Attendance,
    AttendanceStatus,
    Capacity,
    Meeting,
    MeetingStatus,
    Membership,
    Person,
    Role,
)
from ..models.register import term_covers
from ..sorting import person_sort_key
from .common import clean, get_or_fail
from .items import require_open
from .live import CAPACITY_BY_ROLE, after_presence_change
from .rights import deputy_may_stand_in, may_have_deputy

#: The meeting states a forfall can be reported in: before the meeting and while it is recorded.
OPEN_FOR_ABSENCE = (MeetingStatus.PLANNED, MeetingStatus.NOTICE_SENT, MeetingStatus.HELD)


@dataclass(frozen=True)
class DeputyOption:
    """A deputy who may be called in for a member, as a form lists them."""

    membership_id: int
    person_id: int
    name: str
    email: str
    personal: bool  # the member's own deputy (else from the body's list)


@dataclass(frozen=True)
class AbsenceMember:
    """A member who can report forfall for a meeting, with the deputy proposed for them."""

    person_id: int
    membership_id: int
    name: str
    status: AttendanceStatus | None  # their row's status, None before any is made
    reason: str
    deputy_name: str  # the deputy called in for them already, '' when none
    deputy_membership_id: int | None  # that deputy's seat
    has_deputy_seat: bool  # a seat a deputy can stand in for (a member's; not an observer's)


@dataclass(frozen=True)
class AbsenceResult:
    member: Attendance
    deputy: Attendance | None
    before_meeting: bool  # reported before the meeting starts: the deputy needs the notice


def _seats_on_day(meeting: Meeting, *roles: Role, person_id: int | None = None) -> list[Membership]:
    """The seats (of `roles`, of `person_id`) in the meeting's body whose term covers the
    meeting day, by id, with their people: read by the day, not among every seat the body
    ever had, which grow with its history."""
    statement = (
        sa.select(Membership)
        .where(Membership.body_id == meeting.body_id, term_covers(Membership, meeting.starts_at.date()), Membership.role.in_(roles))
        .options(joinedload(Membership.person))
        .order_by(Membership.id)
    )
    if person_id is not None:
        statement = statement.where(Membership.person_id == person_id)
    session = sa.inspect(meeting).session
    assert session is not None, "a meeting read in a session"
    return list(session.scalars(statement))


def _seat_of(meeting: Meeting, person: Person) -> Membership:
    """The person's seat in the meeting's body on the meeting day (not a deputy's)."""
    seats = _seats_on_day(meeting, *(r for r in Role if r not in (Role.DEPUTY, Role.SECRETARY)), person_id=person.id)
    seat = seats[0] if seats else None
    if seat is None:
        raise InvalidInput("absence.not_member", person=person.full_name, body=meeting.body.name)
    return seat


def _open(session: Session, meeting_id: int) -> Meeting:
    meeting = get_or_fail(session, Meeting, meeting_id)
    require_open(meeting)
    if meeting.status not in OPEN_FOR_ABSENCE:  # (every other state is refused above)
        raise InvalidInput("meeting.cancelled")
    return meeting


def deputy_options(meeting: Meeting, seat: Membership) -> list[DeputyOption]:
    """The free deputies who may stand in for `seat` at `meeting`, in the order they are
    proposed (the module docstring): personal deputies first, then the body's list."""
    if not may_have_deputy(seat.role):
        return []
    day = meeting.starts_at.date()
    listed = {a.person_id: a for a in meeting.attendances}

    def free(d: Membership) -> bool:
        a = listed.get(d.person_id)
        return a is None or (
            a.capacity == Capacity.DEPUTY and a.deputy_for_id == seat.id and a.status != AttendanceStatus.ABSENT
            and a.status != AttendanceStatus.REPORTED_ABSENT
        )

    deputies = [d for d in _seats_on_day(meeting, Role.DEPUTY) if deputy_may_stand_in(d, seat, day) is None and free(d)]
    deputies.sort(key=lambda d: d.deputy_for_id != seat.id)  # stable: the list's order kept within each
    return [
        DeputyOption(d.id, d.person_id, d.person.full_name, d.person.email or "", d.deputy_for_id == seat.id)
        for d in deputies
    ]


def proposed_deputy(session: Session, meeting_id: int, person_id: int) -> DeputyOption | None:
    """The deputy to call in for a member's forfall (the first of `deputy_options`), or None."""
    meeting = get_or_fail(session, Meeting, meeting_id)
    options = deputy_options(meeting, _seat_of(meeting, get_or_fail(session, Person, person_id)))
    return options[0] if options else None


def absence_members(session: Session, meeting_id: int) -> list[AbsenceMember]:
    """The seats called in to the meeting that can report forfall (members and observers, not
    deputies nor the secretariat), in the register's order, with their attendance so far."""
    meeting = session.scalars(
        sa.select(Meeting)
        .where(Meeting.id == meeting_id)
        .options(joinedload(Meeting.attendances).joinedload(Attendance.person))
    ).unique().one_or_none()
    if meeting is None:
        return []
    rows = {a.person_id: a for a in meeting.attendances}
    called_in = {a.deputy_for_id: a for a in meeting.attendances if a.deputy_for_id is not None}
    seats = _seats_on_day(meeting, Role.LEADER, Role.DEPUTY_LEADER, Role.MEMBER, Role.OBSERVER)
    order = {Role.LEADER: 0, Role.DEPUTY_LEADER: 1, Role.MEMBER: 2, Role.OBSERVER: 3}
    seats.sort(key=lambda m: (order[m.role], *person_sort_key(m.person.family_name, m.person.given_name), m.id))
    out = []
    for m in seats:
        row = rows.get(m.person_id)
        out.append(
            AbsenceMember(
                person_id=m.person_id,
                membership_id=m.id,
                name=m.person.full_name,
                status=row.status if row is not None else None,
                reason=row.note if row is not None and row.status == AttendanceStatus.REPORTED_ABSENT else "",
                deputy_name=called_in[m.id].person.full_name if m.id in called_in else "",
                deputy_membership_id=called_in[m.id].membership_id if m.id in called_in else None,
                has_deputy_seat=may_have_deputy(m.role),
            )
        )
    return out


def report_absence(
    session: Session,
    meeting_id: int,
    person_id: int,
    reason: str = "",
    *,
    at: datetime | None = None,
    call_in_deputy: bool = True,
    deputy_membership_id: int | None = None,
) -> AbsenceResult:
    """Record a member's forfall (REPORTED_ABSENT, the reason as the row's note) when it comes
    in, and call in a deputy for them: `deputy_membership_id` when the secretary chose one, else
    `proposed_deputy`'s. No deputy free to stand in is refused (absence.no_deputy): report the
    forfall without a deputy (`call_in_deputy=False`) then. `at` is when the report came in (the
    clock by default): before the meeting starts, the deputy needs the notice (the result says so).
    Reported again, the deputy called in before is kept unless another is chosen; without a
    deputy, one called in (and not yet registered present) goes off the list."""
    meeting = _open(session, meeting_id)
    person = get_or_fail(session, Person, person_id)
    seat = _seat_of(meeting, person)
    at = at or datetime.now()
    # Who stands in is settled before anything is written: a refusal leaves the list as it was.
    choice: DeputyOption | None = None
    already = next(
        (a for a in meeting.attendances if a.deputy_for_id == seat.id and a.status != AttendanceStatus.ABSENT), None
    )
    if call_in_deputy and may_have_deputy(seat.role):
        options = deputy_options(meeting, seat)
        if deputy_membership_id is not None:
            choice = next((o for o in options if o.membership_id == deputy_membership_id), None)
            if choice is None:
                deputy = get_or_fail(session, Membership, deputy_membership_id)
                refusal = deputy_may_stand_in(deputy, seat, meeting.starts_at.date())
                if refusal is not None:
                    raise InvalidInput(refusal)
                raise InvalidInput("absence.deputy_busy", deputy=deputy.person.full_name)
        elif already is not None:
            choice = next((o for o in options if o.person_id == already.person_id), None)
        else:
            choice = options[0] if options else None
        if choice is None:
            raise InvalidInput("absence.no_deputy", member=person.full_name)
    member = next((a for a in meeting.attendances if a.person_id == person.id), None)
    if member is None:
        member = Attendance(person=person, membership=seat, capacity=CAPACITY_BY_ROLE[seat.role])
        meeting.attendances.append(member)
    member.status = AttendanceStatus.REPORTED_ABSENT
    member.from_item = None
    member.until_item = None
    member.note = clean(reason)
    deputy_row: Attendance | None = None
    if choice is None and already is not None and already.status != AttendanceStatus.PRESENT:
        meeting.attendances.remove(already)  # reported again without a deputy: the one called in is not
        session.flush()
    if choice is not None:
        if already is not None and already.person_id != choice.person_id:
            meeting.attendances.remove(already)
            session.flush()
        deputy_row = next((a for a in meeting.attendances if a.person_id == choice.person_id), None)
        if deputy_row is None:
            deputy_row = Attendance(
                person=session.get(Person, choice.person_id),
                membership=session.get(Membership, choice.membership_id),
                capacity=Capacity.DEPUTY,
                status=AttendanceStatus.EXPECTED,
            )
            meeting.attendances.append(deputy_row)
        deputy_row.deputy_for = seat
    session.flush()
    after_presence_change(session, meeting)
    return AbsenceResult(member=member, deputy=deputy_row, before_meeting=at < meeting.starts_at)


def withdraw_absence(session: Session, meeting_id: int, person_id: int, *, at: datetime | None = None) -> Attendance:
    """The member comes after all: expected again (meeting mode registers them present), the
    reason cleared, and the deputy called in for them taken off the list."""
    meeting = _open(session, meeting_id)
    person = get_or_fail(session, Person, person_id)
    seat = _seat_of(meeting, person)
    member = next((a for a in meeting.attendances if a.person_id == person.id), None)
    if member is None or member.status != AttendanceStatus.REPORTED_ABSENT:
        raise InvalidInput("absence.not_reported", person=person.full_name)
    for deputy in [a for a in meeting.attendances if a.deputy_for_id == seat.id]:
        meeting.attendances.remove(deputy)
    member.status = AttendanceStatus.EXPECTED
    member.note = ""
    session.flush()
    after_presence_change(session, meeting)
    return member


def deputy_choices(session: Session, meeting_id: int, person_id: int) -> list[DeputyOption]:
    """The deputies who may be called in for a member's forfall, the proposed one first."""
    meeting = get_or_fail(session, Meeting, meeting_id)
    return deputy_options(meeting, _seat_of(meeting, get_or_fail(session, Person, person_id)))


def item_deputy_choices(session: Session, item_id: int, person_id: int) -> list[DeputyOption]:
    """The deputies who may be called in for one item in the seat of `person_id` (a member
    present at the meeting; live.call_in_deputy_for_item): those not on the meeting's list at
    all, personal deputies first. Empty for anyone without a voting seat at the meeting."""
    from ..models import AgendaItem

    item = session.get(AgendaItem, item_id)
    meeting = item.meeting if item is not None else None
    if meeting is None:
        return []
    member = next((a for a in meeting.attendances if a.person_id == person_id), None)
    if member is None or member.capacity != Capacity.MEMBER or member.membership is None:
        return []
    listed = {a.person_id for a in meeting.attendances}
    return [o for o in deputy_options(meeting, member.membership) if o.person_id not in listed]
