"""Who may vote, speak and propose at an item, who may stand in for whom, and whether
the body has a quorum.

This is the one place these rules live (domain.md §3). Everything that needs to
know (the meeting screen, the vote recorder, the minutes, the demo) asks here.

The rules, case by case:

* A member (leader and deputy leader included) present at the item votes, speaks and
  proposes, as far as the seat's rights go (a seat registered with only the right to
  speak and propose does not vote).
* A deputy votes, speaks and proposes only while standing in for an absent member, and
  then with that member's seat's rights. A deputy who is there without standing in for
  anyone has no rights.
* An observer never votes, whatever the seat says; with "tale- og forslagsrett" (the
  default) the observer speaks and proposes.
* A guest "på sak" is present only at the named items, and there only speaks.
* The secretariat has no rights.
* Present at an item means registered present, arrived by the item (from_item) and not
  gone before it (until_item).
* A person disqualified (inhabil) for an item is out of that item: not present, no
  rights, not counted for quorum.
* Quorum at an item: the voting participants present there (members and deputies
  standing in, less the disqualified) against the body's rule over its voting seats.

Deputies: a personal deputy (a deputy membership naming a member in `deputy_for`) may
stand in only for that member. A deputy membership that names no member is on the body's
shared list (a pool) and may stand in for any member with a voting seat in the body. This
follows domain.md, which speaks of "the body's list" of deputies, while the register keeps
personal deputies where the body has them (the composition check flags pool deputies so
the secretary can name their member if the body has personal deputies, unless the body keeps
its deputies as a shared list). Where the body keeps deputies to their side (Body.deputy_same_side,
the default), a deputy stands in only for a member of the same side (the side of the
membership's organisation; one without an organisation is not judged).

A deputy for one item: a member disqualified (inhabil) for an item may have a deputy called
in for that item alone. The deputy's attendance stands in for the member's seat, arrived at
the item and gone after it, so the rules above give the deputy the seat's vote at that item
and nothing elsewhere, while the member, out of that item, keeps the vote at every other one.
`stands_in_for_item` tells such a deputy from one who came for part of the meeting.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import NamedTuple

import sqlalchemy as sa
from sqlalchemy.orm import Session

from ..messages import Text
from ..models import (
    AgendaItem,
    Attendance,
    AttendanceStatus,
    Body,
    Capacity,
    Disqualification,
    MajorityRule,
    Meeting,
    Membership,
    QuorumRule,
    Rights,
    Role,
)
from ..models.register import term_covers


@dataclass(frozen=True)
class ItemRights:
    present: bool
    may_vote: bool
    may_speak: bool
    may_propose: bool
    disqualified: bool = False

    @property
    def counts_for_quorum(self) -> bool:
        return self.may_vote


NO_RIGHTS = ItemRights(present=False, may_vote=False, may_speak=False, may_propose=False)


def present_at(attendance: Attendance, item: AgendaItem) -> bool:
    """Present at this item: registered present, arrived by it and not left before it."""
    return _present(
        attendance.status,
        attendance.capacity,
        attendance.from_item.position if attendance.from_item is not None else None,
        attendance.until_item.position if attendance.until_item is not None else None,
        {g.item_id for g in attendance.guest_items} if attendance.capacity == Capacity.GUEST else set(),
        item.id,
        item.position,
    )


def _present(
    status: AttendanceStatus,
    capacity: Capacity,
    from_position: int | None,
    until_position: int | None,
    guest_item_ids: set[int],
    item_id: int,
    item_position: int,
) -> bool:
    if status != AttendanceStatus.PRESENT:
        return False
    if from_position is not None and item_position < from_position:
        return False
    if until_position is not None and item_position > until_position:
        return False
    if capacity == Capacity.GUEST:
        return item_id in guest_item_ids
    return True


VOTING_ROLES = (Role.LEADER, Role.DEPUTY_LEADER, Role.MEMBER)


def may_have_deputy(role: Role) -> bool:
    """Whether a seat of this role can have a deputy standing for it: a seat with the vote (a
    deputy carries the seat's vote; an observer, the secretary or another deputy has none to
    carry). The one place this is decided: the register's rules, its forms and meeting mode ask here."""
    return role in VOTING_ROLES


def _seat(rights: Rights | None) -> ItemRights:
    """Rights a seat gives someone present: None (no seat on record) counts as a full member's."""
    votes = rights in (None, Rights.VOTE)
    speaks = rights != Rights.NONE
    proposes = rights in (None, Rights.VOTE, Rights.SPEAK_PROPOSE)
    return ItemRights(True, votes, speaks, proposes)


DISQUALIFIED = ItemRights(present=False, may_vote=False, may_speak=False, may_propose=False, disqualified=True)


def rights_at_item(attendance: Attendance, item: AgendaItem, disqualified_ids: set[int]) -> ItemRights:
    """The rights one attendee has at one item (domain.md §3 table; the module docstring)."""
    if not present_at(attendance, item):
        return NO_RIGHTS
    if attendance.person_id in disqualified_ids:
        return DISQUALIFIED
    return seat_rights(attendance)


def seat_rights(attendance: Attendance) -> ItemRights:
    """The rights an attendee has at an item where they are present and not disqualified."""
    return seat_rights_of(
        attendance.capacity,
        attendance.membership.rights if attendance.membership is not None else None,
        attendance.deputy_for_id,
        attendance.deputy_for.rights if attendance.deputy_for is not None else None,
    )


def seat_rights_of(
    capacity: Capacity, seat: Rights | None, deputy_for_id: int | None, principal_seat: Rights | None
) -> ItemRights:
    """`seat_rights` from plain values (the meeting record reads rows): the attendee's capacity,
    the rights of the seat they attend in (None: none on record), and for a deputy the seat
    they stand in (its id, and its rights)."""
    if capacity == Capacity.MEMBER:
        return _seat(seat)
    if capacity == Capacity.DEPUTY:
        # A deputy carries the seat of the absent member they stand in for, and only then.
        if deputy_for_id is None:
            return ItemRights(True, False, False, False)
        return _seat(principal_seat)
    if capacity == Capacity.OBSERVER:
        rights = seat or Rights.SPEAK_PROPOSE
        return ItemRights(True, False, rights != Rights.NONE, rights in (Rights.SPEAK_PROPOSE, Rights.VOTE))
    if capacity == Capacity.GUEST:
        return ItemRights(True, False, True, False)
    return ItemRights(True, False, False, False)  # secretariat


class Attending(NamedTuple):
    """What decides one attendee's rights at each item of a meeting (`rights_by_item`)."""

    attendance_id: int
    person_id: int
    status: AttendanceStatus
    capacity: Capacity
    from_item_id: int | None
    until_item_id: int | None
    seat: ItemRights  # `seat_rights`: what they may do where present and not disqualified


def rights_by_item(
    attendances: Sequence[Attending],
    items: Sequence[AgendaItem],
    disqualified: dict[int, set[int]],
    guests: dict[int, set[int]],
) -> dict[int, list[ItemRights]]:
    """Every attendee's rights at every item (item id -> rights in the order of `attendances`):
    `rights_at_item` for all of them at once, each attendance's seat read once (the meeting
    record asks this for a whole meeting). `guests` maps a guest's attendance id to the items
    they attend (a guest not in it attends none)."""
    positions = {item.id: item.position for item in items}
    people = [
        (
            a.status,
            a.capacity,
            positions.get(a.from_item_id) if a.from_item_id is not None else None,
            positions.get(a.until_item_id) if a.until_item_id is not None else None,
            guests.get(a.attendance_id, set()) if a.capacity == Capacity.GUEST else set(),
            a.person_id,
            a.seat,
        )
        for a in attendances
    ]
    out: dict[int, list[ItemRights]] = {}
    for item in items:
        item_id, position = item.id, item.position  # read once, not once per attendee
        out_of_it = disqualified.get(item_id, set())
        out[item_id] = [
            (DISQUALIFIED if person_id in out_of_it else seat)
            if _present(status, capacity, first, last, guest_items, item_id, position)
            else NO_RIGHTS
            for status, capacity, first, last, guest_items, person_id, seat in people
        ]
    return out


def deputy_may_stand_in(deputy: Membership, member: Membership, on: date) -> Text | None:
    """Why `deputy` may not stand in for `member` at a meeting on `on` (a message: str() gives
    one line in the current language), or None when they may. See the module docstring for
    personal and pool deputies."""
    name, member_name = deputy.person.full_name, member.person.full_name
    if deputy.role != Role.DEPUTY:
        return Text("deputy.not_deputy", name=name)
    if deputy.body_id != member.body_id:
        return Text("deputy.other_body", name=name, member=member_name)
    if not deputy.is_current(on):
        return Text("deputy.not_current", name=name)
    if member.role not in VOTING_ROLES or not member.is_current(on):
        return Text("deputy.no_seat", member=member_name)
    if deputy.deputy_for_id is not None and deputy.deputy_for_id != member.id:
        principal = deputy.deputy_for.person.full_name if deputy.deputy_for is not None else Text("deputy.another_member")
        return Text("deputy.personal_other", name=name, principal=principal, member=member_name)
    if deputy.side is not None and member.side is not None and deputy.side != member.side:
        if member.body is None or member.body.deputy_same_side is not False:  # on unless the body says otherwise
            return Text("deputy.other_side", name=name, member=member_name)
    return None


def stands_in_for_item(
    capacity: Capacity,
    from_item_id: int | None,
    until_item_id: int | None,
    member_person_id: int | None,
    disqualified: dict[int, set[int]],
) -> int | None:
    """The item a deputy was called in for alone, in the seat of a member disqualified there
    (arrived at that item and gone after it, the member out of it), else None. `disqualified`
    maps item ids to the people disqualified there."""
    if capacity != Capacity.DEPUTY or member_person_id is None:
        return None
    if from_item_id is None or from_item_id != until_item_id:
        return None
    return from_item_id if member_person_id in disqualified.get(from_item_id, set()) else None


def disqualified_person_ids(session: Session, item_id: int) -> set[int]:
    return set(session.scalars(sa.select(Disqualification.person_id).where(Disqualification.item_id == item_id)))


def voters_at_item(session: Session, item: AgendaItem) -> list[Attendance]:
    """Everyone who may vote at this item, in the meeting's attendance order."""
    assert item.meeting is not None
    dq = disqualified_person_ids(session, item.id)
    return [a for a in item.meeting.attendances if rights_at_item(a, item, dq).may_vote]


def is_voting_seat(seat: Membership) -> bool:
    """A seat with the right to vote: a member's (not a deputy's) with the vote. `voting_seats`
    counts the same seats in SQL."""
    return is_voting(seat.role, seat.rights)


def is_voting(role: Role, rights: Rights) -> bool:
    """`is_voting_seat` from a seat's role and rights (the meeting record reads rows)."""
    return rights == Rights.VOTE and role in VOTING_ROLES


def voting_seats(session: Session, body: Body, on: date) -> int:
    """Number of seats with the right to vote on a date (members, not their deputies): the seats
    `is_voting_seat` accepts among those whose term covers the day."""
    return (
        session.scalar(
            sa.select(sa.func.count(Membership.id)).where(
                Membership.body_id == body.id,
                Membership.rights == Rights.VOTE,
                Membership.role.in_(VOTING_ROLES),
                term_covers(Membership, on),
            )
        )
        or 0
    )


def quorum_required(body: Body, seats: int) -> int:
    if body.quorum_rule == QuorumRule.NONE:
        return 0
    if body.quorum_rule == QuorumRule.FIXED:
        return body.quorum_count or 0
    if body.quorum_rule == QuorumRule.MAJORITY:
        return seats // 2 + 1
    return math.ceil(seats / 2)


@dataclass(frozen=True)
class Quorum:
    present: int
    required: int
    seats: int

    @property
    def met(self) -> bool:
        return self.present >= self.required


def quorum_from(
    body: Body, seats: int, attendances: list[Attendance], item: AgendaItem, disqualified_ids: set[int]
) -> Quorum:
    """Quorum at an item from attendance already loaded (the meeting screen computes every item's)."""
    present = sum(1 for a in attendances if rights_at_item(a, item, disqualified_ids).may_vote)
    return Quorum(present=present, required=quorum_required(body, seats), seats=seats)


def quorum_at_item(session: Session, item: AgendaItem) -> Quorum:
    meeting: Meeting = item.meeting  # type: ignore[assignment]
    seats = voting_seats(session, meeting.body, meeting.starts_at.date())
    return quorum_from(meeting.body, seats, list(meeting.attendances), item, disqualified_person_ids(session, item.id))


def vote_adopted(rule: MajorityRule, votes_for: int, votes_against: int) -> bool:
    """Adopted by the body's rule; abstentions are not votes cast."""
    if rule == MajorityRule.TWO_THIRDS:
        cast = votes_for + votes_against
        return cast > 0 and 3 * votes_for >= 2 * cast
    return votes_for > votes_against
