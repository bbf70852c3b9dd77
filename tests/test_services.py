"""The core rules: case numbering, standard items, rights at an item, quorum, votes."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from hfdesk.errors import InvalidInput
from hfdesk.models import (
    AttendanceStatus,
    Capacity,
    ConclusionKind,
    DisqualificationGround,
    MajorityRule,
    MeetingStatus,
    QuorumRule,
    Role,
    Side,
    StandardItem,
    VoteChoice,
)
from hfdesk.services import live, meetings, register
from hfdesk.services.rights import quorum_at_item, rights_at_item, vote_adopted, voters_at_item


@pytest.fixture
def ssu(db):
    """A small SSU: 4 voting members, one personal deputy, one observer, one secretary."""
    with db.transaction() as s:
        kommune = register.create_organisation(s, "Alver kommune", Side.MUNICIPAL)
        hf = register.create_organisation(s, "Helse Bergen HF", Side.HOSPITAL)
        body = register.create_body(s, "Strategisk samarbeidsutval", 2, short_name="SSU")
        people = {}
        for key, org in (("leiar", kommune), ("nestleiar", hf), ("m3", kommune), ("m4", hf), ("vara", kommune),
                         ("obs", hf), ("sek", hf)):
            people[key] = register.create_person(s, key.capitalize(), "Testesen", organisation_id=org.id)
        t0 = date(2024, 1, 1)
        ms = {
            "leiar": register.add_membership(s, body.id, people["leiar"].id, Role.LEADER, term_from=t0),
            "nestleiar": register.add_membership(
                s, body.id, people["nestleiar"].id, Role.DEPUTY_LEADER, term_from=t0
            ),
            "m3": register.add_membership(s, body.id, people["m3"].id, Role.MEMBER, term_from=t0),
            "m4": register.add_membership(s, body.id, people["m4"].id, Role.MEMBER, term_from=t0),
        }
        ms["vara"] = register.add_membership(
            s, body.id, people["vara"].id, Role.DEPUTY, term_from=t0, deputy_for_id=ms["m3"].id
        )
        ms["obs"] = register.add_membership(s, body.id, people["obs"].id, Role.OBSERVER, term_from=t0)
        ms["sek"] = register.add_membership(s, body.id, people["sek"].id, Role.SECRETARY, term_from=t0)
        ids = {"body": body.id, **{f"p_{k}": p.id for k, p in people.items()}, **{f"m_{k}": m.id for k, m in ms.items()}}
    return ids


def test_new_meeting_gets_the_standard_items_the_body_asks_for(db, ssu):
    from hfdesk.models import Body

    with db.transaction() as s:
        body = s.get(Body, ssu["body"])
        body.std_approve_minutes = False
        meeting = meetings.create_meeting(s, body, datetime(2026, 2, 3, 10))
        meetings.add_item(s, meeting_id=meeting.id, title="Felles plan for skrøpelege eldre")
        assert [i.standard for i in sorted(meeting.items, key=lambda i: i.position)] == [
            StandardItem.APPROVE_NOTICE, None, StandardItem.OTHER_BUSINESS
        ]
        assert meeting.items[0].title == "Godkjenning av innkalling og sakliste"  # the body writes nynorsk


def test_numbers_are_provisional_until_the_notice_then_final(db, ssu):
    from hfdesk.models import Body

    with db.transaction() as s:
        body = s.get(Body, ssu["body"])
        march = meetings.create_meeting(s, body, datetime(2026, 3, 3, 10))
        june = meetings.create_meeting(s, body, datetime(2026, 6, 3, 10))
        assert [i.number_label for i in sorted(march.items, key=lambda i: i.position)] == ["1/26", "2/26", "3/26"]
        assert [i.number_label for i in sorted(june.items, key=lambda i: i.position)] == ["4/26", "5/26", "6/26"]
        meetings.add_item(s, meeting_id=march.id, title="Ny sak")  # provisional: everything after it moves up
        assert [i.number_label for i in sorted(march.items, key=lambda i: i.position)] == [
            "1/26", "2/26", "3/26", "4/26"
        ]
        assert sorted(i.number_label for i in june.items) == ["5/26", "6/26", "7/26"]
        meetings.send_notice(s, march)
        final = {i.id: i.number_label for i in march.items}
        meetings.add_item(s, meeting_id=june.id, title="Sak i juni")
        late = meetings.add_item(s, meeting_id=march.id, title="Hastesak etter innkallinga")
        eventuelt = next(i for i in march.items if i.standard == StandardItem.OTHER_BUSINESS)
        cases = {i.id: i.number_label for i in march.items if i.id not in (late.id, eventuelt.id)}
        assert cases == {k: v for k, v in final.items() if k != eventuelt.id}  # the notice's cases keep theirs
        # the late case stands before Eventuelt and takes its number; Eventuelt, last, the year's next
        assert late.number_label == final[eventuelt.id]
        assert eventuelt.number_label not in final.values()
        # earlier meeting planned later never steals a final number
        january = meetings.create_meeting(s, body, datetime(2026, 1, 20, 10))
        assert not set(i.number_label for i in january.items) & set(final.values())


def _held_meeting(s, ssu):
    from hfdesk.models import Body, Membership, Person

    body = s.get(Body, ssu["body"])
    meeting = meetings.create_meeting(s, body, datetime(2026, 3, 3, 10))
    a = meetings.add_item(s, meeting_id=meeting.id, title="Sak A", proposed_decision="SSU tilrår partane å …")
    b = meetings.add_item(s, meeting_id=meeting.id, title="Sak B")
    meetings.send_notice(s, meeting)
    live.prepare_attendance(s, meeting)
    person = {k: s.get(Person, ssu[f"p_{k}"]) for k in ("leiar", "nestleiar", "m3", "m4", "vara", "obs", "sek")}
    for key in ("leiar", "nestleiar", "obs", "sek"):
        live.set_attendance(s, meeting, person[key], AttendanceStatus.PRESENT)
    live.set_attendance(s, meeting, person["m3"], AttendanceStatus.REPORTED_ABSENT)
    live.set_attendance(s, meeting, person["vara"], AttendanceStatus.PRESENT, deputy_for=s.get(Membership, ssu["m_m3"]))
    live.set_attendance(s, meeting, person["m4"], AttendanceStatus.PRESENT, from_item=b)  # late: from Sak B
    return meeting, a, b, person


def test_rights_follow_role_attendance_and_disqualification(db, ssu):
    with db.transaction() as s:
        meeting, a, b, person = _held_meeting(s, ssu)
        live.disqualify(s, b, person["nestleiar"], DisqualificationGround.FVL6_FIRST)
        voters_a = {v.person_id for v in voters_at_item(s, a)}
        voters_b = {v.person_id for v in voters_at_item(s, b)}
        assert voters_a == {person[k].id for k in ("leiar", "nestleiar", "vara")}  # m4 not yet arrived
        assert voters_b == {person[k].id for k in ("leiar", "vara", "m4")}  # nestleiar disqualified
        obs = next(x for x in meeting.attendances if x.person_id == person["obs"].id)
        r = rights_at_item(obs, a, set())
        assert (r.may_vote, r.may_speak, r.may_propose) == (False, True, True)
        sek = next(x for x in meeting.attendances if x.person_id == person["sek"].id)
        assert sek.capacity is Capacity.SECRETARIAT
        assert not rights_at_item(sek, a, set()).may_speak
        # an observer may put forward a proposal; the secretary may not
        live.add_proposal(s, a, "Tilleggsframlegg", by=person["obs"])
        with pytest.raises(InvalidInput):
            live.add_proposal(s, a, "Frå sekretariatet", by=person["sek"])


def test_deputy_cannot_stand_in_for_a_member_who_is_present(db, ssu):
    from hfdesk.models import Membership

    with db.transaction() as s:
        meeting, a, b, person = _held_meeting(s, ssu)
        with pytest.raises(InvalidInput):
            live.set_attendance(s, meeting, person["vara"], AttendanceStatus.PRESENT,
                                deputy_for=s.get(Membership, ssu["m_leiar"]))


def test_vote_tally_is_computed_and_names_are_kept(db, ssu):
    with db.transaction() as s:
        meeting, a, b, person = _held_meeting(s, ssu)
        choices = {person["leiar"].id: VoteChoice.FOR, person["nestleiar"].id: VoteChoice.AGAINST,
                   person["vara"].id: VoteChoice.FOR}
        conclusion = live.record_vote(s, a, choices, decision_text="Vedteke")
        assert live.vote_tally(conclusion) == {VoteChoice.FOR: 2, VoteChoice.AGAINST: 1, VoteChoice.ABSTAIN: 0}
        assert conclusion.adopted is True
        assert [v.person.given_name for v in conclusion.votes if v.choice is VoteChoice.AGAINST] == ["Nestleiar"]
        with pytest.raises(InvalidInput):  # the observer is never among voters
            live.record_vote(s, a, {**choices, person["obs"].id: VoteChoice.FOR})


def test_quorum_counts_voting_members_present_and_marks_conclusions(db, ssu):
    from hfdesk.models import Body

    with db.transaction() as s:
        meeting, a, b, person = _held_meeting(s, ssu)
        q = quorum_at_item(s, a)
        assert (q.present, q.seats, q.required, q.met) == (3, 4, 2, True)
        body = s.get(Body, ssu["body"])
        body.quorum_rule, body.quorum_count = QuorumRule.FIXED, 4
        s.flush()
        assert not quorum_at_item(s, a).met
        conclusion = live.conclude(s, a, ConclusionKind.CONSENSUS, decision_text="Semje")
        assert conclusion.without_quorum is True


@pytest.mark.parametrize(
    "rule,votes_for,against,adopted",
    [(MajorityRule.SIMPLE, 3, 2, True), (MajorityRule.SIMPLE, 2, 2, False),
     (MajorityRule.TWO_THIRDS, 4, 2, True), (MajorityRule.TWO_THIRDS, 3, 2, False)],
)
def test_majority_rules(rule, votes_for, against, adopted):
    assert vote_adopted(rule, votes_for, against) is adopted


def test_approved_minutes_are_locked_and_reopening_needs_a_reason(db, ssu):
    with db.transaction() as s:
        meeting, a, b, person = _held_meeting(s, ssu)
        meetings.change_status(s, meeting, MeetingStatus.HELD)
        meetings.approve_minutes(s, meeting)
        with pytest.raises(InvalidInput):
            live.conclude(s, a, ConclusionKind.NOTED)
        with pytest.raises(InvalidInput):
            meetings.change_status(s, meeting, MeetingStatus.HELD)
        meetings.change_status(s, meeting, MeetingStatus.HELD, reason="Feil i vedtaket i sak A")
        assert meeting.status_changes[-1].reason == "Feil i vedtaket i sak A"


def test_protocol_entries_belong_to_an_open_consensus_or_vote(db, ssu):
    with db.transaction() as s:
        meeting, a, b, person = _held_meeting(s, ssu)
        consensus = live.conclude(s, a, ConclusionKind.CONSENSUS, decision_text="Semje")
        live.add_protocol_entry(s, consensus, "Kommunane ønskjer ei ny vurdering.", supporters=[person["leiar"]])
        assert consensus.kind is ConclusionKind.CONSENSUS_WITH_PROTOCOL
        vote = live.record_vote(s, b, {v.person_id: VoteChoice.FOR for v in voters_at_item(s, b)})
        live.add_protocol_entry(s, vote, "Etter avrøystinga", behind_text="kommunane")  # beside a vote (issue 19.5)
        assert vote.kind is ConclusionKind.VOTE and len(vote.protocol_entries) == 1
        deferred = live.conclude(s, b, ConclusionKind.DEFERRED)
        with pytest.raises(InvalidInput, match="konsensus"):
            live.add_protocol_entry(s, deferred, "Utsett", behind_text="kommunane")
        meetings.change_status(s, meeting, MeetingStatus.HELD)
        meetings.approve_minutes(s, meeting)
        with pytest.raises(InvalidInput, match="låst"):
            live.add_protocol_entry(s, consensus, "For seint", behind_text="SSE")


def test_status_change_refusal_names_the_statuses_in_norwegian(db, ssu):
    from hfdesk.models import Body

    with db.transaction() as s:
        meeting = meetings.create_meeting(s, s.get(Body, ssu["body"]), datetime(2026, 3, 3, 10))
        with pytest.raises(InvalidInput, match="«planlagt» til «gjennomført»"):
            meetings.change_status(s, meeting, MeetingStatus.HELD)
