"""Issue 19 point 5: several votes on one item (amendments first, alternative proposals set
against each other), each round with its result, every proposal's fate kept, a protocol entry
beside a vote; the minutes list every round."""

from __future__ import annotations

from datetime import datetime

import docx
import pytest
import time_machine

from hfdesk.errors import InvalidInput
from hfdesk.exports.minutes import export_minutes
from hfdesk.models import AgendaItem, ConclusionKind, ProposalFate, VoteChoice
from hfdesk.services import live, meeting_view
from hfdesk.services.meeting_record import load_meeting_record

import test_live_services
from test_live_services import present

ssu = test_live_services.ssu  # the fixture: four voting members, an observer, cases A and B

AT = datetime(2026, 3, 3, 11)
EVERYONE = ("leiar", "m2", "m3", "m4")


def _rounds(s, ids):
    s.flush()
    s.expire_all()
    c = s.get(AgendaItem, ids["a"]).conclusion
    return [
        (r.position, r.proposal_id, r.adopted, sorted((v.person_id, v.choice) for v in r.votes))
        for r in c.vote_rounds
    ]


def _fates(s, ids):
    return {p.id: p.fate for p in s.get(AgendaItem, ids["a"]).proposals}


def _minutes_text(db, ids, tmp_path) -> str:
    out = tmp_path / "referat.docx"
    with db.session() as s:
        export_minutes(s, ids["meeting"], out)
    return "\n".join(p.text for p in docx.Document(str(out)).paragraphs)


@time_machine.travel(AT, tick=False)
def test_an_amendment_adopted_then_the_amended_proposal_adopted(db, ssu, tmp_path):
    ids = ssu
    with db.transaction() as s:
        present(s, ids, *EVERYONE)
        main = next(p for p in s.get(AgendaItem, ids["a"]).proposals if p.from_agenda).id
        amendment = live.add_proposal(s, ids["a"], "Endring: innan mai", by=ids["p_m2"], amends=main).id
        live.conclude(s, ids["a"], ConclusionKind.VOTE, at=AT)
        # the amendment first: an empty first round is put on it, not left behind
        assert live.next_round_proposal(s.get(AgendaItem, ids["a"])).id == amendment
        live.start_round(s, ids["a"], amendment, at=AT)
        assert [r[:3] for r in _rounds(s, ids)] == [(1, amendment, None)]
        live.set_all_votes(s, ids["a"], VoteChoice.FOR)
        live.set_vote(s, ids["a"], ids["p_m3"], VoteChoice.AGAINST)
        round_one = _rounds(s, ids)[0]
        assert round_one[2] is True
        # an adopted amendment decides nothing alone: the main proposal is still to be voted on
        assert _fates(s, ids) == {main: ProposalFate.PENDING, amendment: ProposalFate.ADOPTED}
        assert live.next_round_proposal(s.get(AgendaItem, ids["a"])).id == main
        live.start_round(s, ids["a"], main, at=AT)
        assert _rounds(s, ids)[1][1:] == (main, None, [])
        c = s.get(AgendaItem, ids["a"]).conclusion
        assert c.voted_proposal_id == main and c.adopted is None  # the item's outcome: the last round's
        live.set_all_votes(s, ids["a"], VoteChoice.FOR)
        live.set_vote(s, ids["a"], ids["p_leiar"], VoteChoice.ABSTAIN)
        rounds = _rounds(s, ids)
        assert rounds[0] == round_one  # round 1's votes untouched by round 2
        assert rounds[1][2] is True and len(rounds[1][3]) == 4
        assert _fates(s, ids) == {main: ProposalFate.ADOPTED, amendment: ProposalFate.ADOPTED}
        assert live.vote_tally(c) == {VoteChoice.FOR: 3, VoteChoice.AGAINST: 0, VoteChoice.ABSTAIN: 1}
        # a proposal is voted on once; the last round is taken away only when asked twice
        with pytest.raises(InvalidInput):
            live.start_round(s, ids["a"], amendment, at=AT)
        with pytest.raises(InvalidInput):
            live.remove_round(s, ids["a"])
    with db.session() as s:
        view = meeting_view.live_view(s, ids["meeting"], ids["a"])
        assert [(r.position, r.proposal_id, r.adopted) for r in view.item.conclusion.rounds] == [
            (1, amendment, True), (2, main, True)]
        assert view.item.conclusion.tally[VoteChoice.ABSTAIN] == 1  # the final round's
        assert {p.id: p.fate for p in view.item.proposals} == {main: ProposalFate.ADOPTED,
                                                               amendment: ProposalFate.ADOPTED}
        record = load_meeting_record(s, ids["meeting"])
        conclusion = next(i for i in record.items if i.id == ids["a"]).conclusion
        assert conclusion.tally == {VoteChoice.FOR: 3, VoteChoice.AGAINST: 0, VoteChoice.ABSTAIN: 1}
        assert [p.family_name for p in conclusion.voters(VoteChoice.AGAINST)] == []
    text = _minutes_text(db, ids, tmp_path)
    assert "Avstemning 1: Endringsforslaget fra M2 Testesen ble vedtatt med 3 mot 1 stemme." in text
    assert "Stemte mot: M3 Testesen." in text
    assert "Avstemning 2: Forslaget til vedtak ble vedtatt med 3 mot 0 stemmer. Én avsto." in text
    with db.transaction() as s:
        live.remove_round(s, ids["a"], with_votes=True)
        assert [r[:3] for r in _rounds(s, ids)] == [(1, amendment, True)]
        assert _fates(s, ids)[main] == ProposalFate.PENDING


@time_machine.travel(AT, tick=False)
def test_alternatives_one_adopted_the_other_falls(db, ssu, tmp_path):
    ids = ssu
    with db.transaction() as s:
        present(s, ids, *EVERYONE, "obs")  # an observer proposes, and does not vote
        main = next(p for p in s.get(AgendaItem, ids["a"]).proposals if p.from_agenda).id
        alternative = live.add_proposal(s, ids["a"], "SSU gjer B i staden.", by=ids["p_obs"]).id
        live.start_round(s, ids["a"], alternative, at=AT)  # concludes the item by a vote
        assert s.get(AgendaItem, ids["a"]).conclusion.kind == ConclusionKind.VOTE
        live.set_all_votes(s, ids["a"], VoteChoice.FOR)
        live.set_vote(s, ids["a"], ids["p_m4"], VoteChoice.AGAINST)
        assert _fates(s, ids) == {main: ProposalFate.FELL, alternative: ProposalFate.ADOPTED}
        with pytest.raises(InvalidInput):  # fallen already: not withdrawn any more
            live.withdraw_proposal(s, main)
    text = _minutes_text(db, ids, tmp_path)
    assert ("Avstemning: Forslaget fra Obs Testesen, satt opp mot forslaget til vedtak, "
            "ble vedtatt med 3 mot 1 stemme.") in text
    assert "Forslaget til vedtak falt." in text


@time_machine.travel(AT, tick=False)
def test_a_withdrawn_proposal_is_kept_and_put_to_no_vote(db, ssu, tmp_path):
    ids = ssu
    with db.transaction() as s:
        present(s, ids, *EVERYONE)
        main = next(p for p in s.get(AgendaItem, ids["a"]).proposals if p.from_agenda).id
        other = live.add_proposal(s, ids["a"], "Noko anna.", by=ids["p_m2"]).id
        live.conclude(s, ids["a"], ConclusionKind.VOTE, at=AT)
        live.start_round(s, ids["a"], other, at=AT)
        live.withdraw_proposal(s, other)  # the proposer takes it back before the vote
        assert _rounds(s, ids)[0][1] is None
        with pytest.raises(InvalidInput):
            live.start_round(s, ids["a"], other, at=AT)
        with pytest.raises(InvalidInput):  # the agenda's proposal is not withdrawn this way
            live.withdraw_proposal(s, main)
        live.set_voted_proposal(s, ids["a"], main)
        live.set_all_votes(s, ids["a"], VoteChoice.FOR)
        assert _fates(s, ids) == {main: ProposalFate.ADOPTED, other: ProposalFate.WITHDRAWN}
    with db.session() as s:
        view = meeting_view.live_view(s, ids["meeting"], ids["a"])
        assert {p.id: p.fate for p in view.item.proposals}[other] == ProposalFate.WITHDRAWN
    assert "Forslaget fra M2 Testesen ble trukket." in _minutes_text(db, ids, tmp_path)
    with db.transaction() as s:
        live.reinstate_proposal(s, other)
        assert _fates(s, ids)[other] == ProposalFate.FELL  # the main proposal adopted decided it


@time_machine.travel(AT, tick=False)
def test_a_protocol_entry_beside_a_vote(db, ssu, tmp_path):
    ids = ssu
    with db.transaction() as s:
        present(s, ids, *EVERYONE)
        live.conclude(s, ids["a"], ConclusionKind.VOTE, at=AT)
        live.set_all_votes(s, ids["a"], VoteChoice.FOR)
        live.set_vote(s, ids["a"], ids["p_m3"], VoteChoice.AGAINST)
        live.add_item_protocol_entry(s, ids["a"], "M3 meiner saka er for tidleg.", supporters=[ids["p_m3"]])
        c = s.get(AgendaItem, ids["a"]).conclusion
        assert c.kind == ConclusionKind.VOTE and len(c.protocol_entries) == 1 and c.adopted is True
        live.conclude(s, ids["a"], ConclusionKind.VOTE, at=AT)  # concluding again keeps the entry
        assert len(c.protocol_entries) == 1
    text = _minutes_text(db, ids, tmp_path)
    assert text.index("ble vedtatt med 3 mot 1 stemme") < text.index("M3 meiner saka er for tidleg.")
    with db.transaction() as s:
        live.conclude(s, ids["a"], ConclusionKind.DEFERRED, at=AT)
        assert s.get(AgendaItem, ids["a"]).conclusion.protocol_entries == []
