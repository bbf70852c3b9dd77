"""Who may vote, speak and propose at an item, and whether the body has a quorum.

This is the one place these rules live (domain.md §3). Everything that needs to
know (the meeting screen, the vote recorder, the minutes, the demo) asks here.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date

import sqlalchemy as sa
from sqlalchemy.orm import Session

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
    if attendance.status != AttendanceStatus.PRESENT:
        return False
    if attendance.from_item is not None and item.position < attendance.from_item.position:
        return False
    if attendance.until_item is not None and item.position > attendance.until_item.position:
        return False
    if attendance.capacity == Capacity.GUEST:
        return any(g.item_id == item.id for g in attendance.guest_items)
    return True


def rights_at_item(attendance: Attendance, item: AgendaItem, disqualified_ids: set[int]) -> ItemRights:
    """The rights one attendee has at one item (domain.md §3 table)."""
    if not present_at(attendance, item):
        return NO_RIGHTS
    if attendance.person_id in disqualified_ids:
        return ItemRights(present=False, may_vote=False, may_speak=False, may_propose=False, disqualified=True)
    capacity = attendance.capacity
    membership_rights = attendance.membership.rights if attendance.membership is not None else None
    if capacity == Capacity.MEMBER:
        votes = membership_rights in (None, Rights.VOTE)
        speaks = membership_rights != Rights.NONE
        proposes = membership_rights in (None, Rights.VOTE, Rights.SPEAK_PROPOSE)
        return ItemRights(True, votes, speaks, proposes)
    if capacity == Capacity.DEPUTY:
        # A deputy carries the vote of the absent member they stand in for, and only then.
        standing_in = attendance.deputy_for_id is not None
        return ItemRights(True, standing_in, standing_in, standing_in)
    if capacity == Capacity.OBSERVER:
        rights = membership_rights or Rights.SPEAK_PROPOSE
        return ItemRights(True, False, rights != Rights.NONE, rights in (Rights.SPEAK_PROPOSE, Rights.VOTE))
    if capacity == Capacity.GUEST:
        return ItemRights(True, False, True, False)
    return ItemRights(True, False, False, False)  # secretariat


def disqualified_person_ids(session: Session, item_id: int) -> set[int]:
    return set(session.scalars(sa.select(Disqualification.person_id).where(Disqualification.item_id == item_id)))


def voters_at_item(session: Session, item: AgendaItem) -> list[Attendance]:
    """Everyone who may vote at this item, in the meeting's attendance order."""
    assert item.meeting is not None
    dq = disqualified_person_ids(session, item.id)
    return [a for a in item.meeting.attendances if rights_at_item(a, item, dq).may_vote]


def voting_seats(session: Session, body: Body, on: date) -> int:
    """Number of seats with the right to vote on a date (members, not their deputies)."""
    return (
        session.scalar(
            sa.select(sa.func.count(Membership.id)).where(
                Membership.body_id == body.id,
                Membership.rights == Rights.VOTE,
                Membership.role.in_([Role.LEADER, Role.DEPUTY_LEADER, Role.MEMBER]),
                Membership.term_from <= on,
                sa.or_(Membership.term_to.is_(None), Membership.term_to >= on),
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


def quorum_at_item(session: Session, item: AgendaItem) -> Quorum:
    meeting: Meeting = item.meeting  # type: ignore[assignment]
    seats = voting_seats(session, meeting.body, meeting.starts_at.date())
    present = len(voters_at_item(session, item))
    return Quorum(present=present, required=quorum_required(meeting.body, seats), seats=seats)


def vote_adopted(rule: MajorityRule, votes_for: int, votes_against: int) -> bool:
    """Adopted by the body's rule; abstentions are not votes cast."""
    if rule == MajorityRule.TWO_THIRDS:
        cast = votes_for + votes_against
        return cast > 0 and 3 * votes_for >= 2 * cast
    return votes_for > votes_against
