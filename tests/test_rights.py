"""The rules of rights.py, case by case, on rows built in memory (no database):
who may vote, speak and propose at an item; who may stand in for whom; quorum."""

from __future__ import annotations

from datetime import date

import pytest

from hfdesk.models import (
    AgendaItem,
    Attendance,
    AttendanceStatus,
    Body,
    Capacity,
    GuestItem,
    MajorityRule,
    Membership,
    Person,
    QuorumRule,
    Rights,
    Role,
)
from hfdesk.services.rights import (
    deputy_may_stand_in,
    present_at,
    quorum_from,
    quorum_required,
    rights_at_item,
    vote_adopted,
)

DAY = date(2026, 3, 3)
ITEMS = [AgendaItem(id=100 + n, position=n, title=f"Sak {n}") for n in range(6)]


def person(pid: int, name: str = "") -> Person:
    given, _, family = (name or f"Person {pid}").partition(" ")
    return Person(id=pid, given_name=given, family_name=family or "X")


def seat(role: Role, rights: Rights | None = None, *, mid: int = 0, pid: int = 0, deputy_for: Membership | None = None,
         term_from: date = date(2024, 1, 1), term_to: date | None = None, body_id: int = 1) -> Membership:
    from hfdesk.models import DEFAULT_RIGHTS

    return Membership(
        id=mid or None, body_id=body_id, person=person(pid or mid), person_id=pid or mid, role=role,
        rights=rights or DEFAULT_RIGHTS[role], deputy_for=deputy_for, deputy_for_id=deputy_for.id if deputy_for else None,
        term_from=term_from, term_to=term_to,
    )


def attend(capacity: Capacity, membership: Membership | None = None, *, pid: int = 1,
           status: AttendanceStatus = AttendanceStatus.PRESENT, from_n: int | None = None,
           until_n: int | None = None, deputy_for: Membership | None = None, guest_on: tuple[int, ...] = ()) -> Attendance:
    return Attendance(
        person_id=pid, person=person(pid), capacity=capacity, membership=membership, status=status,
        from_item=ITEMS[from_n] if from_n is not None else None,
        until_item=ITEMS[until_n] if until_n is not None else None,
        deputy_for=deputy_for, deputy_for_id=deputy_for.id if deputy_for else None,
        guest_items=[GuestItem(item_id=ITEMS[n].id) for n in guest_on],
    )


def rights(a: Attendance, n: int = 2, dq: set[int] | None = None) -> tuple[bool, bool, bool]:
    r = rights_at_item(a, ITEMS[n], dq or set())
    return (r.may_vote, r.may_speak, r.may_propose)


# --- rights by role ----------------------------------------------------------------------------


@pytest.mark.parametrize("role", [Role.LEADER, Role.DEPUTY_LEADER, Role.MEMBER])
def test_a_member_present_votes_speaks_and_proposes(role):
    assert rights(attend(Capacity.MEMBER, seat(role, mid=1))) == (True, True, True)


def test_a_member_seat_with_only_speech_and_proposals_does_not_vote():
    assert rights(attend(Capacity.MEMBER, seat(Role.MEMBER, Rights.SPEAK_PROPOSE, mid=1))) == (False, True, True)


def test_an_observer_speaks_and_proposes_and_never_votes():
    assert rights(attend(Capacity.OBSERVER, seat(Role.OBSERVER, mid=1))) == (False, True, True)
    # Even a seat wrongly registered with the vote does not make an observer a voter.
    assert rights(attend(Capacity.OBSERVER, seat(Role.OBSERVER, Rights.VOTE, mid=1)))[0] is False
    assert rights(attend(Capacity.OBSERVER, seat(Role.OBSERVER, Rights.SPEAK, mid=1))) == (False, True, False)


def test_a_deputy_standing_in_carries_the_members_seat():
    member = seat(Role.MEMBER, mid=1)
    deputy = seat(Role.DEPUTY, mid=2, deputy_for=member)
    assert rights(attend(Capacity.DEPUTY, deputy, pid=2, deputy_for=member)) == (True, True, True)


def test_a_deputy_standing_in_for_a_seat_without_the_vote_does_not_vote():
    member = seat(Role.MEMBER, Rights.SPEAK_PROPOSE, mid=1)
    deputy = seat(Role.DEPUTY, mid=2, deputy_for=member)
    assert rights(attend(Capacity.DEPUTY, deputy, pid=2, deputy_for=member)) == (False, True, True)


def test_a_deputy_not_standing_in_has_no_rights():
    assert rights(attend(Capacity.DEPUTY, seat(Role.DEPUTY, mid=2), pid=2)) == (False, False, False)


def test_a_guest_speaks_on_the_named_items_only():
    guest = attend(Capacity.GUEST, guest_on=(2,))
    assert rights(guest, 2) == (False, True, False)
    assert rights(guest, 3) == (False, False, False)
    assert not present_at(guest, ITEMS[3])


def test_the_secretariat_has_no_rights():
    secretary = attend(Capacity.SECRETARIAT, seat(Role.SECRETARY, mid=1))
    assert present_at(secretary, ITEMS[2])
    assert rights(secretary) == (False, False, False)


@pytest.mark.parametrize("status", [AttendanceStatus.EXPECTED, AttendanceStatus.REPORTED_ABSENT, AttendanceStatus.ABSENT])
def test_someone_not_present_has_no_rights(status):
    assert rights(attend(Capacity.MEMBER, seat(Role.MEMBER, mid=1), status=status)) == (False, False, False)


# --- arrival, leave, disqualification -------------------------------------------------------------


def test_late_arrival_counts_from_the_item_arrived_at():
    late = attend(Capacity.MEMBER, seat(Role.MEMBER, mid=1), from_n=3)
    assert [rights(late, n)[0] for n in range(6)] == [False, False, False, True, True, True]


def test_early_leave_counts_up_to_the_last_item_attended():
    early = attend(Capacity.MEMBER, seat(Role.MEMBER, mid=1), until_n=2)
    assert [rights(early, n)[0] for n in range(6)] == [True, True, True, False, False, False]


def test_arriving_late_and_leaving_early():
    both = attend(Capacity.OBSERVER, seat(Role.OBSERVER, mid=1), from_n=1, until_n=3)
    assert [rights(both, n)[2] for n in range(6)] == [False, True, True, True, False, False]


def test_a_disqualified_member_is_out_of_that_item_only():
    member = attend(Capacity.MEMBER, seat(Role.MEMBER, mid=1), pid=7)
    out = rights_at_item(member, ITEMS[2], {7})
    assert out.disqualified and not out.present
    assert (out.may_vote, out.may_speak, out.may_propose, out.counts_for_quorum) == (False, False, False, False)
    assert rights(member, 3, set()) == (True, True, True)


def test_a_disqualified_observer_may_not_propose_there():
    observer = attend(Capacity.OBSERVER, seat(Role.OBSERVER, mid=1), pid=7)
    assert rights(observer, 2, {7}) == (False, False, False)


# --- who may stand in for whom -------------------------------------------------------------------------


def test_a_personal_deputy_stands_in_for_their_own_member_only():
    own = seat(Role.MEMBER, mid=1)
    other = seat(Role.MEMBER, mid=3)
    deputy = seat(Role.DEPUTY, mid=2, deputy_for=own)
    assert deputy_may_stand_in(deputy, own, DAY) is None
    reason = deputy_may_stand_in(deputy, other, DAY)
    assert reason and "personlig varamedlem" in str(reason)


def test_a_deputy_on_the_bodys_shared_list_stands_in_for_any_voting_member():
    pool = seat(Role.DEPUTY, mid=2)
    for role in (Role.LEADER, Role.DEPUTY_LEADER, Role.MEMBER):
        assert deputy_may_stand_in(pool, seat(role, mid=5), DAY) is None


@pytest.mark.parametrize("role", [Role.OBSERVER, Role.SECRETARY, Role.DEPUTY])
def test_no_deputy_stands_in_for_an_observer_secretary_or_deputy(role):
    assert deputy_may_stand_in(seat(Role.DEPUTY, mid=2), seat(role, mid=5), DAY)


def test_only_a_current_deputy_of_the_same_body_stands_in():
    member = seat(Role.MEMBER, mid=1)
    assert deputy_may_stand_in(seat(Role.MEMBER, mid=2), member, DAY)  # not a deputy
    assert deputy_may_stand_in(seat(Role.DEPUTY, mid=2, body_id=9), member, DAY)  # another body
    assert deputy_may_stand_in(seat(Role.DEPUTY, mid=2, term_to=date(2025, 12, 31)), member, DAY)  # term over
    assert deputy_may_stand_in(seat(Role.DEPUTY, mid=2), seat(Role.MEMBER, mid=5, term_to=date(2025, 1, 1)), DAY)


# --- quorum ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "rule,count,seats,required",
    [
        (QuorumRule.HALF, None, 8, 4),
        (QuorumRule.HALF, None, 11, 6),
        (QuorumRule.MAJORITY, None, 8, 5),
        (QuorumRule.MAJORITY, None, 11, 6),
        (QuorumRule.FIXED, 3, 11, 3),
        (QuorumRule.NONE, None, 11, 0),
    ],
)
def test_quorum_required_by_the_bodys_rule(rule, count, seats, required):
    assert quorum_required(Body(quorum_rule=rule, quorum_count=count), seats) == required


def test_quorum_counts_voting_participants_present_at_the_item():
    body = Body(quorum_rule=QuorumRule.HALF)
    m = [seat(Role.MEMBER, mid=i) for i in range(1, 5)]
    deputy = seat(Role.DEPUTY, mid=9, deputy_for=m[3])
    people = [
        attend(Capacity.MEMBER, m[0], pid=1),
        attend(Capacity.MEMBER, m[1], pid=2, from_n=3),  # late
        attend(Capacity.MEMBER, m[2], pid=3),
        attend(Capacity.MEMBER, m[3], pid=4, status=AttendanceStatus.REPORTED_ABSENT),
        attend(Capacity.DEPUTY, deputy, pid=9, deputy_for=m[3]),
        attend(Capacity.OBSERVER, seat(Role.OBSERVER, mid=20), pid=20),
        attend(Capacity.SECRETARIAT, seat(Role.SECRETARY, mid=21), pid=21),
    ]
    q = quorum_from(body, 4, people, ITEMS[1], set())
    assert (q.present, q.required, q.seats, q.met) == (3, 2, 4, True)
    assert quorum_from(body, 4, people, ITEMS[3], set()).present == 4
    # Disqualified members and the deputy do not count at item 1 when two are out:
    q = quorum_from(body, 4, people, ITEMS[1], {1, 9})
    assert (q.present, q.met) == (1, False)


def test_quorum_with_nobody_present_and_no_rule():
    assert quorum_from(Body(quorum_rule=QuorumRule.NONE), 5, [], ITEMS[0], set()).met
    assert not quorum_from(Body(quorum_rule=QuorumRule.HALF), 5, [], ITEMS[0], set()).met


@pytest.mark.parametrize(
    "rule,votes_for,against,adopted",
    [
        (MajorityRule.SIMPLE, 3, 2, True),
        (MajorityRule.SIMPLE, 2, 2, False),
        (MajorityRule.SIMPLE, 0, 0, False),
        (MajorityRule.TWO_THIRDS, 4, 2, True),
        (MajorityRule.TWO_THIRDS, 3, 2, False),
        (MajorityRule.TWO_THIRDS, 0, 0, False),
    ],
)
def test_adopted_by_the_bodys_majority_rule(rule, votes_for, against, adopted):
    assert vote_adopted(rule, votes_for, against) is adopted
