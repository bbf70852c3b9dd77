"""The meeting's writes (services/live.py) on a small SSU, called with ids as the screen calls them."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from hfdesk.errors import InvalidInput
from hfdesk.models import (
    AgendaItem,
    Attendance,
    AttendanceStatus,
    Body,
    Capacity,
    ConclusionKind,
    DisqualificationGround,
    FollowUp,
    Meeting,
    NoConsensusOutcome,
    QuorumRule,
    Rights,
    Role,
    Side,
    VoteChoice,
)
from hfdesk.services import live, meeting_view, meetings, register


@pytest.fixture
def ssu(db):
    """Four voting members (m4 with a personal deputy), one pool deputy, an observer, a secretary;
    a meeting with the notice sent and two cases A (with a proposed decision) and B."""
    with db.transaction() as s:
        kommune = register.create_organisation(s, "Alver kommune", Side.MUNICIPAL)
        body = register.create_body(s, "Strategisk samarbeidsutval", 2, short_name="SSU", language="nb")
        t0 = date(2024, 1, 1)
        ids: dict[str, int] = {"body": body.id}
        ms = {}
        for key, role in (("leiar", Role.LEADER), ("m2", Role.MEMBER), ("m3", Role.MEMBER), ("m4", Role.MEMBER),
                          ("pool", Role.DEPUTY), ("obs", Role.OBSERVER), ("sek", Role.SECRETARY)):
            p = register.create_person(s, key.capitalize(), "Testesen", organisation_id=kommune.id)
            ms[key] = register.add_membership(s, body.id, p.id, role, term_from=t0)
            ids[f"p_{key}"], ids[f"m_{key}"] = p.id, ms[key].id
        vara = register.create_person(s, "Vara", "Testesen", organisation_id=kommune.id)
        ms["vara"] = register.add_membership(
            s, body.id, vara.id, Role.DEPUTY, term_from=t0, deputy_for_id=ms["m4"].id
        )
        ids["p_vara"], ids["m_vara"] = vara.id, ms["vara"].id
        meeting = meetings.create_meeting(s, body, datetime(2026, 3, 3, 10))
        a = meetings.add_item(s, meeting_id=meeting.id, title="Sak A",
                              proposed_decision="SSU tilrår partane å gjere A.")  # fmt: skip
        b = meetings.add_item(s, meeting_id=meeting.id, title="Sak B")
        meetings.send_notice(s, meeting)
        ids.update(meeting=meeting.id, a=a.id, b=b.id)
        ids["items"] = [i.id for i in sorted(meeting.items, key=lambda i: i.position)]
        live.start_meeting_mode(s, meeting.id)
    return ids



def test_opening_a_meeting_adds_its_minute_taker_and_a_person_with_two_seats_once(db, ssu):
    """A minute-taker from outside the body is on the list as secretariat, present; a member
    with a second seat on the day is listed once, in the first seat; opening again adds no one."""
    with db.transaction() as s:
        outside = register.create_person(s, "Referent", "Utanfrå")
        meeting = meetings.create_meeting(s, s.get(Body, ssu["body"]), datetime(2026, 4, 7, 10))
        meeting.minute_taker_id = outside.id
        register.add_membership(s, ssu["body"], ssu["p_m2"], Role.OBSERVER, term_from=date(2024, 1, 1))
        ids = {"meeting": meeting.id, "outside": outside.id}
    with db.transaction() as s:
        added = live.prepare_attendance(s, ids["meeting"])
        assert {a.person_id for a in added} >= {ids["outside"], ssu["p_m2"]}
    with db.transaction() as s:
        assert live.prepare_attendance(s, ids["meeting"]) == []
    with db.session() as s:
        rows = s.get(Meeting, ids["meeting"]).attendances
        by_person = {a.person_id: a for a in rows}
        assert len(by_person) == len(rows)
        taker = by_person[ids["outside"]]
        assert (taker.capacity, taker.status) == (Capacity.SECRETARIAT, AttendanceStatus.PRESENT)
        assert by_person[ssu["p_m2"]].membership_id == ssu["m_m2"]
        assert by_person[ssu["p_m2"]].capacity == Capacity.MEMBER


def att(s, ids, key) -> Attendance:
    return next(a for a in s.get(Meeting, ids["meeting"]).attendances if a.person_id == ids[f"p_{key}"])


def present(s, ids, *keys):
    for key in keys:
        live.set_presence(s, att(s, ids, key).id, status=AttendanceStatus.PRESENT)


def test_opening_meeting_mode_lists_everyone_and_puts_the_proposed_decision_first(db, ssu):
    with db.session() as s:
        meeting = s.get(Meeting, ssu["meeting"])
        capacities = {a.person_id: a.capacity for a in meeting.attendances}
        assert capacities[ssu["p_leiar"]] == Capacity.MEMBER
        assert capacities[ssu["p_obs"]] == Capacity.OBSERVER
        assert capacities[ssu["p_sek"]] == Capacity.SECRETARIAT
        assert ssu["p_vara"] not in capacities and ssu["p_pool"] not in capacities  # called in when needed
        a = s.get(AgendaItem, ssu["a"])
        assert [(p.text, p.from_agenda) for p in a.proposals] == [("SSU tilrår partane å gjere A.", True)]
        assert meeting.current_item_id == ssu["items"][0]
    with db.transaction() as s:
        live.set_current_item(s, ssu["meeting"], ssu["b"])
        live.start_meeting_mode(s, ssu["meeting"])  # again: nothing doubled, the item kept
    with db.session() as s:
        meeting = s.get(Meeting, ssu["meeting"])
        assert meeting.current_item_id == ssu["b"]
        assert len(s.get(AgendaItem, ssu["a"]).proposals) == 1
        assert len({a.person_id for a in meeting.attendances}) == len(meeting.attendances)


def test_a_personal_deputy_stands_in_only_for_their_own_member(db, ssu):
    with db.transaction() as s, pytest.raises(InvalidInput, match="personlig varamedlem for M4 Testesen"):
        live.stand_in(s, ssu["meeting"], ssu["m_vara"], ssu["m_m3"])
    with db.transaction() as s:
        deputy = live.stand_in(s, ssu["meeting"], ssu["m_vara"], ssu["m_m4"])
        assert deputy.capacity == Capacity.DEPUTY and deputy.status == AttendanceStatus.PRESENT
        assert deputy.deputy_for_id == ssu["m_m4"]
        # the member, only expected, was called off: forfall
        assert att(s, ssu, "m4").status == AttendanceStatus.REPORTED_ABSENT


def test_a_deputy_from_the_bodys_shared_list_stands_in_for_any_member(db, ssu):
    with db.transaction() as s:
        live.set_presence(s, att(s, ssu, "m3").id, status=AttendanceStatus.REPORTED_ABSENT)
        deputy = live.stand_in(s, ssu["meeting"], ssu["m_pool"], ssu["m_m3"])
        assert deputy.deputy_for_id == ssu["m_m3"]
    with db.session() as s:
        choices = meeting_view.deputy_candidates(s, ssu["meeting"], ssu["m_m4"])
        assert [(c.name, c.personal) for c in choices] == [("Vara Testesen", True), ("Pool Testesen", False)]
        assert choices[1].busy_for == "M3 Testesen"
        assert [c.name for c in meeting_view.deputy_candidates(s, ssu["meeting"], ssu["m_m3"])] == ["Pool Testesen"]


def test_no_two_people_in_one_seat_at_the_same_item(db, ssu):
    with db.transaction() as s:
        present(s, ssu, "m4")
        with pytest.raises(InvalidInput, match="er til stede"):
            live.stand_in(s, ssu["meeting"], ssu["m_vara"], ssu["m_m4"])
    with db.transaction() as s:
        live.set_presence(s, att(s, ssu, "m4").id, status=AttendanceStatus.REPORTED_ABSENT)
        live.stand_in(s, ssu["meeting"], ssu["m_vara"], ssu["m_m4"])
        with pytest.raises(InvalidInput, match="møter alt for M4"):
            live.stand_in(s, ssu["meeting"], ssu["m_pool"], ssu["m_m4"])
        with pytest.raises(InvalidInput, match="møter for M4"):
            present(s, ssu, "m4")


def test_the_member_takes_over_from_the_deputy_from_an_item(db, ssu):
    with db.transaction() as s:
        live.set_presence(s, att(s, ssu, "m4").id, status=AttendanceStatus.REPORTED_ABSENT)
        deputy = live.stand_in(s, ssu["meeting"], ssu["m_vara"], ssu["m_m4"])
        live.set_presence(s, deputy.id, until_item_id=ssu["a"])  # the deputy goes after A
        member = live.set_presence(s, att(s, ssu, "m4").id, from_item_id=ssu["b"])  # the member comes for B
        assert member.status == AttendanceStatus.PRESENT
        voters_a = {v.person_id for v in live.voters_at_item(s, s.get(AgendaItem, ssu["a"]))}
        voters_b = {v.person_id for v in live.voters_at_item(s, s.get(AgendaItem, ssu["b"]))}
        assert ssu["p_vara"] in voters_a and ssu["p_m4"] not in voters_a
        assert ssu["p_m4"] in voters_b and ssu["p_vara"] not in voters_b
        with pytest.raises(InvalidInput, match="gå før man har kommet"):
            live.set_presence(s, member.id, until_item_id=ssu["a"])


def test_a_deputy_registered_as_not_present_stands_in_for_no_one(db, ssu):
    with db.transaction() as s:
        deputy = live.stand_in(s, ssu["meeting"], ssu["m_vara"], ssu["m_m4"])
        live.set_presence(s, deputy.id, status=AttendanceStatus.ABSENT)
        assert deputy.deputy_for_id is None
        live.stand_in(s, ssu["meeting"], ssu["m_pool"], ssu["m_m4"])  # the seat is free again


def test_guests_and_the_secretariat(db, ssu):
    with db.transaction() as s:
        with pytest.raises(InvalidInput, match="minst én sak"):
            live.add_attendee(s, ssu["meeting"], name="Gjest Gjestesen", capacity=Capacity.GUEST)
        guest = live.add_attendee(s, ssu["meeting"], name="Gunn Gjestesen", title="kommuneoverlege",
                                  capacity=Capacity.GUEST, item_ids=[ssu["b"]])
        assert (guest.person.given_name, guest.person.family_name, guest.person.title) == (
            "Gunn", "Gjestesen", "kommuneoverlege")
        assert [g.item_id for g in guest.guest_items] == [ssu["b"]]
        extra = live.add_attendee(s, ssu["meeting"], person_id=ssu["p_pool"], capacity=Capacity.SECRETARIAT)
        assert extra.capacity == Capacity.SECRETARIAT
        with pytest.raises(InvalidInput, match="fra organets liste"):
            live.add_attendee(s, ssu["meeting"], person_id=ssu["p_vara"], capacity=Capacity.MEMBER)
        with pytest.raises(InvalidInput, match="står alt på listen"):
            live.add_attendee(s, ssu["meeting"], person_id=ssu["p_obs"], capacity=Capacity.GUEST, item_ids=[ssu["a"]])
        live.remove_attendance(s, guest.id)
        with pytest.raises(InvalidInput, match="registrer forfall"):
            live.remove_attendance(s, att(s, ssu, "leiar").id)


def test_disqualification_takes_the_member_out_of_the_item_and_the_vote(db, ssu):
    with db.transaction() as s:
        present(s, ssu, "leiar", "m2", "m3", "m4", "obs")
        conclusion = live.conclude(s, ssu["a"], ConclusionKind.VOTE)
        live.set_all_votes(s, ssu["a"], VoteChoice.FOR)
        assert len(conclusion.votes) == 4 and conclusion.adopted is True
        with pytest.raises(InvalidInput, match="ikke på oppmøtelisten"):
            live.disqualify(s, ssu["a"], ssu["p_vara"], DisqualificationGround.FVL6_FIRST)
        with pytest.raises(InvalidInput, match="Skriv grunnlaget"):
            live.disqualify(s, ssu["a"], ssu["p_m2"], DisqualificationGround.OTHER)
        dq = live.disqualify(s, ssu["a"], ssu["p_m2"], DisqualificationGround.FVL6_SECOND,
                             ground_text="Styreleiar i selskapet saka gjeld", decided_by_body=True)
        assert dq.decided_by_body
        assert ssu["p_m2"] not in {v.person_id for v in conclusion.votes}
        assert len(conclusion.votes) == 3
        with pytest.raises(InvalidInput, match="alt registrert som inhabil"):
            live.disqualify(s, ssu["a"], ssu["p_m2"], DisqualificationGround.FVL6_FIRST)
        with pytest.raises(InvalidInput, match="ikke stemmerett"):
            live.set_vote(s, ssu["a"], ssu["p_m2"], VoteChoice.FOR)
        live.remove_disqualification(s, dq.id)
        live.set_vote(s, ssu["a"], ssu["p_m2"], VoteChoice.AGAINST)
        assert live.vote_tally(conclusion)[VoteChoice.AGAINST] == 1


def test_a_vote_is_tallied_with_the_names_against_and_the_bodys_rule(db, ssu):
    with db.transaction() as s:
        present(s, ssu, "leiar", "m2", "m3", "m4", "obs")
        conclusion = live.conclude(s, ssu["a"], ConclusionKind.VOTE)
        # A new vote has no votes and no result (never "adopted 0–0"), on the proposed decision,
        # which is the decision text.
        assert conclusion.votes == [] and conclusion.adopted is None
        assert live.vote_tally(conclusion) == {VoteChoice.FOR: 0, VoteChoice.AGAINST: 0, VoteChoice.ABSTAIN: 0}
        assert conclusion.voted_proposal is not None and conclusion.voted_proposal.from_agenda
        assert conclusion.decision_text == "SSU tilrår partane å gjere A."
        live.set_vote(s, ssu["a"], ssu["p_leiar"], VoteChoice.FOR)
        assert conclusion.adopted is True and len(conclusion.votes) == 1  # one vote recorded so far
        live.set_all_votes(s, ssu["a"], VoteChoice.FOR)
        assert live.vote_tally(conclusion) == {VoteChoice.FOR: 4, VoteChoice.AGAINST: 0, VoteChoice.ABSTAIN: 0}
        live.set_vote(s, ssu["a"], ssu["p_m2"], VoteChoice.AGAINST)
        assert conclusion.adopted is True  # 3 for, 1 against
        live.set_vote(s, ssu["a"], ssu["p_m3"], VoteChoice.AGAINST)
        assert conclusion.adopted is False  # 2 for, 2 against: a tie is not a majority
        live.set_vote(s, ssu["a"], ssu["p_m4"], VoteChoice.ABSTAIN)
        assert live.vote_tally(conclusion) == {VoteChoice.FOR: 1, VoteChoice.AGAINST: 2, VoteChoice.ABSTAIN: 1}
        assert conclusion.adopted is False
        with pytest.raises(InvalidInput, match="ikke stemmerett"):
            live.set_vote(s, ssu["a"], ssu["p_obs"], VoteChoice.FOR)  # observers never vote
        live.set_all_votes(s, ssu["a"], VoteChoice.FOR)
        assert conclusion.adopted is True and live.vote_tally(conclusion)[VoteChoice.FOR] == 4
        proposal = live.add_proposal(s, ssu["a"], "Endring: A innan mai", by=ssu["p_obs"],
                                     amends=conclusion.voted_proposal.id)
        live.set_voted_proposal(s, ssu["a"], proposal.id)
        assert conclusion.voted_proposal_id == proposal.id
    with db.session() as s:
        view = meeting_view.live_view(s, ssu["meeting"], ssu["a"])
        assert view.item.conclusion.tally[VoteChoice.FOR] == 4
        assert view.item.votes_missing == 0


def test_against_names_are_kept_in_the_view(db, ssu):
    with db.transaction() as s:
        present(s, ssu, "leiar", "m2", "m3", "m4")
        live.conclude(s, ssu["a"], ConclusionKind.VOTE)
        live.set_all_votes(s, ssu["a"], VoteChoice.FOR)
        live.set_vote(s, ssu["a"], ssu["p_m3"], VoteChoice.AGAINST)
    with db.session() as s:
        view = meeting_view.live_view(s, ssu["meeting"], ssu["a"])
        assert view.item.conclusion.against == ("M3 Testesen",)
        assert view.item.conclusion.adopted is True


def test_concluding_without_quorum_is_marked_and_follows_corrections(db, ssu):
    with db.transaction() as s:
        present(s, ssu, "leiar")  # 1 of 4: half is 2
        conclusion = live.conclude(s, ssu["a"], ConclusionKind.CONSENSUS)
        assert conclusion.without_quorum is True
        noted = live.conclude(s, ssu["b"], ConclusionKind.NOTED)
        assert noted.without_quorum is False  # nothing decided, nothing to mark
        present(s, ssu, "m2")
        assert conclusion.without_quorum is False
    with db.transaction() as s:
        s.get(Body, ssu["body"]).quorum_rule = QuorumRule.NONE
        s.flush()
        assert live.conclude(s, ssu["a"], ConclusionKind.CONSENSUS).without_quorum is False


def test_conclusion_kinds_and_their_texts(db, ssu):
    with db.transaction() as s:
        present(s, ssu, "leiar", "m2", "m3")
        c = live.conclude(s, ssu["b"], ConclusionKind.NOTED)
        assert c.decision_text == "Saken ble tatt til orientering."  # the body writes bokmål
        live.set_decision_text(s, ssu["b"], "Tatt til orientering med merknader.")
        assert live.conclude(s, ssu["b"], ConclusionKind.DEFERRED).decision_text == "Tatt til orientering med merknader."
        with pytest.raises(InvalidInput, match="tilbake eller til partene"):
            live.conclude(s, ssu["a"], ConclusionKind.NO_CONSENSUS)
        c = live.conclude(s, ssu["a"], ConclusionKind.NO_CONSENSUS, no_consensus_outcome=NoConsensusOutcome.RETURNED,
                          decision_text="Saka går tilbake til arbeidsgruppa.")
        live.set_no_consensus_outcome(s, ssu["a"], NoConsensusOutcome.TO_PARTIES)
        assert c.no_consensus_outcome == NoConsensusOutcome.TO_PARTIES
        with pytest.raises(InvalidInput, match="ikke avgjort ved avstemning"):
            live.set_vote(s, ssu["a"], ssu["p_leiar"], VoteChoice.FOR)
        live.clear_conclusion(s, ssu["a"])
        assert s.get(AgendaItem, ssu["a"]).conclusion is None
        with pytest.raises(InvalidInput, match="Velg først"):
            live.set_decision_text(s, ssu["a"], "Vedtak uten konklusjon")


def test_proposals_from_members_and_observers_and_who_may_not(db, ssu):
    with db.transaction() as s:
        present(s, ssu, "leiar", "obs", "sek")
        agenda = s.get(AgendaItem, ssu["a"]).proposals[0]
        by_observer = live.add_proposal(s, ssu["a"], "Tillegg frå KS", by=ssu["p_obs"], amends=agenda.id)
        assert by_observer.amends_id == agenda.id and by_observer.position == 1
        by_party = live.add_proposal(s, ssu["a"], "Kommunane sitt framlegg", by_text="kommunane")
        with pytest.raises(InvalidInput, match="hvem som fremmet"):
            live.add_proposal(s, ssu["a"], "Uten avsender")
        with pytest.raises(InvalidInput, match="ikke forslagsrett"):
            live.add_proposal(s, ssu["a"], "Frå sekretariatet", by=ssu["p_sek"])
        with pytest.raises(InvalidInput, match="ikke forslagsrett"):
            live.add_proposal(s, ssu["a"], "Frå ein som ikkje er her", by=ssu["p_m3"])
        with pytest.raises(InvalidInput, match="samme sak"):
            live.add_proposal(s, ssu["b"], "Feil sak", by=ssu["p_leiar"], amends=agenda.id)
        with pytest.raises(InvalidInput, match="fra sakslisten"):
            live.remove_proposal(s, agenda.id)
        live.update_proposal_text(s, by_party.id, "Kommunane sitt nye framlegg")
        live.remove_proposal(s, by_observer.id)
        item = s.get(AgendaItem, ssu["a"])
        assert [(p.position, p.text) for p in item.proposals] == [
            (0, "SSU tilrår partane å gjere A."), (1, "Kommunane sitt nye framlegg")]


def test_protocol_entries_with_who_stands_behind(db, ssu):
    with db.transaction() as s:
        present(s, ssu, "leiar", "m2", "m3")
        c = live.conclude(s, ssu["a"], ConclusionKind.CONSENSUS_WITH_PROTOCOL)
        with pytest.raises(InvalidInput, match="noen som står bak"):
            live.add_protocol_entry(s, c.id, "Ingen bak")
        with pytest.raises(InvalidInput, match="ikke på oppmøtelisten"):
            live.add_protocol_entry(s, c.id, "Ein utanfor", supporters=[ssu["p_vara"]])
        entry = live.add_protocol_entry(s, c.id, "Kommunane vil ha ei ny vurdering i 2027.",
                                        supporters=[ssu["p_leiar"], ssu["p_m2"]], behind_text="kommunane")
        assert {x.person_id for x in entry.supporters} == {ssu["p_leiar"], ssu["p_m2"]}
        live.remove_protocol_entry(s, entry.id)
        assert c.kind == ConclusionKind.CONSENSUS


def test_follow_ups_from_an_item(db, ssu):
    with db.transaction() as s:
        with pytest.raises(InvalidInput, match="hvem som har ansvaret"):
            live.add_follow_up(s, item=ssu["a"], what="Lag eit notat")
        f = live.add_follow_up(s, item=ssu["a"], what="Lag eit notat", responsible_text="SSE",
                               due_on=date(2026, 5, 1))
        assert f.body_id == ssu["body"]
        g = live.add_follow_up(s, item=ssu["a"], what="Kall inn til møte", responsible_person=ssu["p_leiar"])
        live.complete_follow_up(s, g.id, date(2026, 3, 10))
        live.reopen_follow_up(s, g.id)
        assert g.done_on is None
        live.remove_follow_up(s, g.id)
    with db.session() as s:
        assert [x.what for x in s.query(FollowUp).all()] == ["Lag eit notat"]


def test_a_decision_on_a_case_raised_under_eventuelt_is_flagged(db, ssu):
    with db.transaction() as s:
        present(s, ssu, "leiar", "m2", "m3")
        case = live.add_other_business_case(s, ssu["meeting"], "Uttale om ny legevaktordning",
                                            proposed_decision="SSU sluttar seg til uttalen.")
        assert case.not_on_agenda and case.position == len(s.get(Meeting, ssu["meeting"]).items) - 1
        assert case.number_label  # the year's next number
        live.conclude(s, case.id, ConclusionKind.CONSENSUS)
        assert live.is_flagged_other_business_decision(case)
        case_id = case.id
    with db.session() as s:
        view = meeting_view.live_view(s, ssu["meeting"], case_id)
        assert view.item.flagged and next(i for i in view.items if i.id == case_id).flagged
        assert view.item.conclusion.decision_text == "SSU sluttar seg til uttalen."


def test_notes_and_the_current_item(db, ssu):
    with db.transaction() as s:
        live.set_item_notes(s, ssu["a"], "  Leiaren orienterte.  ")
        live.set_current_item(s, ssu["meeting"], ssu["b"])
        with pytest.raises(InvalidInput, match="hører ikke til"):
            other = meetings.create_meeting(s, s.get(Body, ssu["body"]), datetime(2026, 6, 3, 10))
            live.set_current_item(s, ssu["meeting"], other.items[0].id)
    with db.session() as s:
        assert s.get(AgendaItem, ssu["a"]).notes == "Leiaren orienterte."
        assert s.get(Meeting, ssu["meeting"]).current_item_id == ssu["b"]


def test_approved_minutes_refuse_every_write(db, ssu):
    with db.transaction() as s:
        present(s, ssu, "leiar", "m2")
        live.conclude(s, ssu["a"], ConclusionKind.CONSENSUS)
        meeting = s.get(Meeting, ssu["meeting"])
        live.mark_held(s, meeting.id)
        meetings.approve_minutes(s, meeting)
        leiar = att(s, ssu, "leiar").id
    writes = [
        lambda s: live.set_presence(s, leiar, status=AttendanceStatus.ABSENT),
        lambda s: live.stand_in(s, ssu["meeting"], ssu["m_vara"], ssu["m_m4"]),
        lambda s: live.disqualify(s, ssu["a"], ssu["p_m2"], DisqualificationGround.FVL6_FIRST),
        lambda s: live.add_proposal(s, ssu["a"], "For seint", by_text="kommunane"),
        lambda s: live.conclude(s, ssu["b"], ConclusionKind.NOTED),
        lambda s: live.set_decision_text(s, ssu["a"], "Endra"),
        lambda s: live.set_item_notes(s, ssu["a"], "Endra"),
        lambda s: live.add_follow_up(s, item=ssu["a"], what="Noko", responsible_text="SSE"),
        lambda s: live.add_attendee(s, ssu["meeting"], name="Ny Gjest", item_ids=[ssu["a"]]),
        lambda s: live.start_meeting_mode(s, ssu["meeting"]),
    ]
    for write in writes:
        with db.transaction() as s, pytest.raises(InvalidInput, match="låst"):
            write(s)


def test_unknown_ids_give_a_norwegian_message(db, ssu):
    with db.transaction() as s, pytest.raises(InvalidInput, match="Saken med id 999 finnes ikke"):
        live.conclude(s, 999, ConclusionKind.NOTED)
    with db.transaction() as s, pytest.raises(InvalidInput, match="Oppmøteregistreringen med id 999"):
        live.set_presence(s, 999, status=AttendanceStatus.PRESENT)


def test_a_member_seat_is_needed_to_attend_as_member(db, ssu):
    with db.transaction() as s:
        outsider = register.create_person(s, "Ola", "Utanfor")
        with pytest.raises(InvalidInput, match="ingen medlemsplass"):
            live.set_attendance(s, ssu["meeting"], outsider.id, AttendanceStatus.PRESENT, capacity=Capacity.MEMBER)


def test_a_seat_registered_without_the_vote_is_no_voter(db, ssu):
    with db.transaction() as s:
        register.update_membership(s, ssu["m_m3"], rights=Rights.SPEAK_PROPOSE)
        present(s, ssu, "leiar", "m3")
        voters = {a.person_id for a in live.voters_at_item(s, s.get(AgendaItem, ssu["a"]))}
        assert voters == {ssu["p_leiar"]}


def test_the_view_answers_in_a_fixed_number_of_statements(db, ssu):
    from sqlalchemy import event

    def count(item_id):
        n = [0]

        def on_execute(*_args):
            n[0] += 1

        event.listen(db.engine, "before_cursor_execute", on_execute)
        try:
            with db.session() as s:
                view = meeting_view.live_view(s, ssu["meeting"], item_id)
                assert view is not None
        finally:
            event.remove(db.engine, "before_cursor_execute", on_execute)
        return n[0]

    before = count(ssu["a"])
    with db.transaction() as s:
        present(s, ssu, "leiar", "m2", "m3", "obs")
        live.stand_in(s, ssu["meeting"], ssu["m_vara"], ssu["m_m4"])
        for n in range(8):
            live.add_attendee(s, ssu["meeting"], name=f"Gjest Nummer{n}", item_ids=[ssu["a"]])
            live.add_proposal(s, ssu["a"], f"Forslag {n}", by_text="kommunane")
        live.disqualify(s, ssu["a"], ssu["p_m2"], DisqualificationGround.FVL6_FIRST)
        c = live.conclude(s, ssu["a"], ConclusionKind.CONSENSUS)
        for n in range(3):
            live.add_protocol_entry(s, c.id, f"Tilførsel {n}", supporters=[ssu["p_leiar"]])
            live.add_follow_up(s, item=ssu["a"], what=f"Oppgåve {n}", responsible_text="SSE")
    after = count(ssu["a"])
    assert after <= 21  # the meeting record's statements (services/meeting_record.py; the speakers and the items' clock are two), whatever the rows
    assert after - before <= 4  # the rounds with their votes, the entries with their supporters: a statement each, not one per row


def test_the_screen_opens_on_the_meeting_in_progress(db, ssu):
    with db.transaction() as s:
        body = s.get(Body, ssu["body"])
        later = meetings.create_meeting(s, body, datetime(2026, 9, 1, 10))
        meetings.send_notice(s, later)
        later_id = later.id
    with db.session() as s:
        # The meeting opened in meeting mode (it has a current item) comes first ...
        assert meeting_view.default_meeting_id(s, datetime(2026, 6, 1)) == ssu["meeting"]
    with db.transaction() as s:
        s.get(Meeting, ssu["meeting"]).current_item_id = None
    with db.session() as s:
        # ... else the next one to be held from the day asked about.
        assert meeting_view.default_meeting_id(s, datetime(2026, 1, 1)) == ssu["meeting"]
        assert meeting_view.default_meeting_id(s, datetime(2026, 6, 1)) == later_id
    with db.transaction() as s:
        live.start_meeting_mode(s, later_id)
    with db.session() as s:
        assert meeting_view.default_meeting_id(s, datetime(2026, 1, 1)) == later_id


def test_a_vote_is_one_round_of_the_conclusion_and_settles_what_became_of_the_proposals(db, ssu):
    """Issue 16, point 1: the screen's vote is round 1 of the conclusion, kept equal to it; the
    proposal voted on is adopted or fell by the outcome, the agenda's proposal is adopted on
    consensus; once a vote adopted one proposal, the alternatives not put to the vote fell
    (issue 17, point 9: every proposal's fate is written); every other proposal is pending (also
    after the conclusion changes)."""
    from hfdesk.models import Conclusion, Proposal, ProposalFate, Vote, VoteRound

    def rounds(s):  # as written in the file, not as the session holds them
        s.flush()
        s.expire_all()
        conclusion = s.get(AgendaItem, ssu["a"]).conclusion
        assert sorted(v.id for v in conclusion.votes) == sorted(v.id for r in conclusion.vote_rounds for v in r.votes)
        return [(r.position, r.proposal_id, r.adopted, sorted((v.person_id, v.choice) for v in r.votes))
                for r in conclusion.vote_rounds]

    def fates(s):
        return [p.fate for p in s.get(AgendaItem, ssu["a"]).proposals]

    with db.transaction() as s:
        present(s, ssu, "leiar", "m2", "m3", "m4")
        amendment = live.add_proposal(s, ssu["a"], "Endring: A innan mai", by=ssu["p_m2"]).id
        assert fates(s) == [ProposalFate.PENDING, ProposalFate.PENDING]
        conclusion = live.conclude(s, ssu["a"], ConclusionKind.VOTE)
        agenda = conclusion.voted_proposal_id
        everyone = sorted(ssu[f"p_{k}"] for k in ("leiar", "m2", "m3", "m4"))
        assert rounds(s) == [(1, agenda, None, [])]  # nobody has voted: no result, nothing settled
        assert fates(s) == [ProposalFate.PENDING, ProposalFate.PENDING]
        live.set_all_votes(s, ssu["a"], VoteChoice.FOR)
        assert rounds(s) == [(1, agenda, True, [(p, VoteChoice.FOR) for p in everyone])]
        assert fates(s) == [ProposalFate.ADOPTED, ProposalFate.FELL]
        live.set_vote(s, ssu["a"], ssu["p_m2"], VoteChoice.AGAINST)
        live.set_vote(s, ssu["a"], ssu["p_m3"], VoteChoice.AGAINST)
        assert rounds(s)[0][2] is False and fates(s) == [ProposalFate.FELL, ProposalFate.PENDING]
        live.set_voted_proposal(s, ssu["a"], amendment)
        assert rounds(s)[0][1:3] == (amendment, False)
        assert fates(s) == [ProposalFate.PENDING, ProposalFate.FELL]
        live.set_all_votes(s, ssu["a"], VoteChoice.FOR)
        assert rounds(s) == [(1, amendment, True, [(p, VoteChoice.FOR) for p in everyone])]
        assert fates(s) == [ProposalFate.FELL, ProposalFate.ADOPTED]
        live.record_vote(s, ssu["a"], {p: VoteChoice.AGAINST if p == ssu["p_leiar"] else VoteChoice.FOR
                                       for p in everyone}, proposal=agenda)
        assert rounds(s)[0][1:3] == (agenda, True) and fates(s) == [ProposalFate.ADOPTED, ProposalFate.FELL]
        # an amendment of the adopted proposal that was not put to the vote is not said to have fallen
        s.get(Proposal, amendment).amends_id = agenda
        live.set_vote(s, ssu["a"], ssu["p_m2"], VoteChoice.FOR)
        assert fates(s) == [ProposalFate.ADOPTED, ProposalFate.PENDING]
        # the votes follow who is there, in the round too
        live.set_presence(s, att(s, ssu, "m4").id, status=AttendanceStatus.REPORTED_ABSENT)
        assert [p for p, _ in rounds(s)[0][3]] == [p for p in everyone if p != ssu["p_m4"]]
        live.remove_proposal(s, amendment)
        # consensus: no round, no votes; the agenda's proposal adopted
        live.conclude(s, ssu["a"], ConclusionKind.CONSENSUS)
        assert rounds(s) == [] and fates(s) == [ProposalFate.ADOPTED]
        live.conclude(s, ssu["a"], ConclusionKind.DEFERRED)
        assert fates(s) == [ProposalFate.PENDING]
        live.conclude(s, ssu["a"], ConclusionKind.VOTE)
        live.clear_conclusion(s, ssu["a"])
        assert fates(s) == [ProposalFate.PENDING]
    with db.session() as s:
        assert s.query(VoteRound).count() == 0 and s.query(Vote).count() == 0 and s.query(Conclusion).count() == 0


def test_a_meeting_file_is_offered_under_the_body_and_the_day(db, ssu):
    """Issue 17, point 4: "Innkalling SSU 2026-12-15.docx", not a database id; a character Windows
    refuses in a file name is replaced."""
    from hfdesk.models import Body, Meeting

    with db.session() as s:
        meeting = s.get(Meeting, ssu["meeting"])
        expected = f"Innkalling {meeting.body.short_name or meeting.body.name} {meeting.starts_at:%Y-%m-%d}.docx"
        assert meeting_view.meeting_file_name(s, meeting.id, "innkalling", ".docx") == expected
        assert meeting_view.meeting_file_name(s, 10**6, "referat", ".docx") == "Referat.docx"
    with db.transaction() as s:
        s.get(Body, ssu["body"]).short_name = 'Barn/unge: "FSU"'
    with db.session() as s:
        name = meeting_view.meeting_file_name(s, ssu["meeting"], "referat", ".docx")
        assert name.startswith("Referat Barn-unge- -FSU- ") and name.endswith(".docx")


def test_consensus_after_an_amendment_takes_the_amended_text(db, ssu):
    """Issue 19: a consensus agrees to the proposal as amended: the agenda's proposal, then each
    amendment made to it (not withdrawn) on a line of its own; they are adopted with it."""
    from hfdesk.models import ProposalFate

    with db.transaction() as s:
        present(s, ssu, "leiar", "m2", "m3", "m4")
        agenda = live.ensure_agenda_proposal(s, ssu["a"])
        first = live.add_proposal(s, ssu["a"], "Tillegg: A skal evaluerast.", by=ssu["p_m2"], amends=agenda)
        live.add_proposal(s, ssu["a"], "Tillegg: evalueringa kjem innan mai.", by=ssu["p_m3"], amends=first)
        other = live.add_proposal(s, ssu["a"], "Eit anna framlegg: B.", by=ssu["p_m4"])  # not an amendment
        conclusion = live.conclude(s, ssu["a"], ConclusionKind.CONSENSUS)
        assert conclusion.decision_text == ("SSU tilrår partane å gjere A.\nTillegg: A skal evaluerast.\n"
                                            "Tillegg: evalueringa kjem innan mai.")
        fates = {p.text: p.fate for p in s.get(AgendaItem, ssu["a"]).proposals}
        assert fates[other.text] == ProposalFate.PENDING
        assert {f for t, f in fates.items() if t != other.text} == {ProposalFate.ADOPTED}
        # a text the secretary wrote is kept; the agreed text is what an empty decision starts from
        live.set_decision_text(s, ssu["a"], "SSU tilrår A, med evaluering.")
        assert live.conclude(s, ssu["a"], ConclusionKind.CONSENSUS_WITH_PROTOCOL).decision_text == \
            "SSU tilrår A, med evaluering."
        assert live.decision_fill(s, ssu["a"], ConclusionKind.CONSENSUS_WITH_PROTOCOL).endswith("innan mai.")
        assert live.decision_fill(s, ssu["a"], ConclusionKind.VOTE) == "SSU tilrår partane å gjere A."
