"""Rules a real meeting keeps (issue 19, points 7, 10 and 11): the minutes name only what happened,
a late case is numbered in order, and a vote missing a voter says so. Through the services, with
the minutes read back."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

import docx
import pytest

from hfdesk.errors import InvalidInput
from hfdesk.exports.minutes import export_minutes
from hfdesk.models import (
    AgendaItem,
    AttendanceStatus,
    Body,
    ConclusionKind,
    DisqualificationGround,
    Meeting,
    MeetingStatus,
    Role,
    Side,
    StandardItem,
    VoteChoice,
)
from hfdesk.services import approval, live, meetings, register
from hfdesk.services.meeting_record import load_meeting_record

DAY = datetime(2026, 3, 3, 10)


@pytest.fixture
def ssu(db):
    """Four voting members (m4 with a personal deputy), an observer, a secretary; a meeting with
    the notice sent and two cases A (with a proposed decision) and B."""
    with db.transaction() as s:
        kommune = register.create_organisation(s, "Alver kommune", Side.MUNICIPAL)
        body = register.create_body(s, "Strategisk samarbeidsutval", 2, short_name="SSU", language="nb")
        t0 = date(2024, 1, 1)
        ids: dict = {"body": body.id}
        seats = {}
        for key, role in (("leiar", Role.LEADER), ("m2", Role.MEMBER), ("m3", Role.MEMBER), ("m4", Role.MEMBER),
                          ("obs", Role.OBSERVER), ("sek", Role.SECRETARY)):  # fmt: skip
            p = register.create_person(s, key.capitalize(), "Testesen", organisation_id=kommune.id)
            seats[key] = register.add_membership(s, body.id, p.id, role, term_from=t0)
            ids[f"p_{key}"], ids[f"m_{key}"] = p.id, seats[key].id
        vara = register.create_person(s, "Vara", "Testesen", organisation_id=kommune.id)
        deputy = register.add_membership(s, body.id, vara.id, Role.DEPUTY, term_from=t0, deputy_for_id=seats["m4"].id)
        ids["p_vara"], ids["m_vara"] = vara.id, deputy.id
        meeting = meetings.create_meeting(s, body, DAY)
        a = meetings.add_item(s, meeting_id=meeting.id, title="Sak A", proposed_decision="SSU gjør A.")
        b = meetings.add_item(s, meeting_id=meeting.id, title="Sak B")
        meetings.send_notice(s, meeting, at=datetime(2026, 2, 17, 10))
        ids.update(meeting=meeting.id, a=a.id, b=b.id)
        ids["eventuelt"] = next(i.id for i in meeting.items if i.standard == StandardItem.OTHER_BUSINESS)
        live.start_meeting_mode(s, meeting.id)
    return ids


def att(s, ids, key):
    return next(a for a in s.get(Meeting, ids["meeting"]).attendances if a.person_id == ids[f"p_{key}"])


def present(s, ids, *keys, **changes):
    for key in keys:
        live.set_presence(s, att(s, ids, key).id, status=AttendanceStatus.PRESENT, **changes)


def minutes_text(db, meeting_id: int, out: Path) -> str:
    with db.session() as s:
        export_minutes(s, meeting_id, out)
    document = docx.Document(str(out))
    cells = [c.text for t in document.tables for row in t.rows for c in row.cells]
    return "\n".join([p.text for p in document.paragraphs] + cells)


# --- 7: the minutes can only name what happened --------------------------------------------------------


def test_only_someone_present_at_the_item_can_be_disqualified_there(db, ssu):
    with db.transaction() as s:
        present(s, ssu, "leiar", "m2", "m3")
        live.set_presence(s, att(s, ssu, "m4").id, status=AttendanceStatus.REPORTED_ABSENT)
        with pytest.raises(InvalidInput, match="M4 Testesen er ikke til stede ved sak .*Sak A"):
            live.disqualify(s, ssu["a"], ssu["p_m4"], DisqualificationGround.FVL6_FIRST)
        present(s, ssu, "m2", until_item_id=ssu["a"])  # m2 leaves after A
        with pytest.raises(InvalidInput, match="ikke til stede ved sak"):
            live.disqualify(s, ssu["b"], ssu["p_m2"], DisqualificationGround.FVL6_FIRST)
        dq = live.disqualify(s, ssu["a"], ssu["p_m2"], DisqualificationGround.FVL6_FIRST)
        assert dq.item_id == ssu["a"]
    with pytest.raises(InvalidInput, match="inhabil i sak .*Sak A"), db.transaction() as s:
        live.set_presence(s, att(s, ssu, "m2").id, status=AttendanceStatus.ABSENT)  # he would "leave" an item he never sat
    with db.session() as s:
        assert att(s, ssu, "m2").status == AttendanceStatus.PRESENT  # refused: nothing changed


def test_protocol_entry_supporters_must_be_present_at_that_item(db, ssu):
    with db.transaction() as s:
        present(s, ssu, "leiar", "m3")
        present(s, ssu, "m2", until_item_id=ssu["a"])
        live.conclude(s, ssu["b"], ConclusionKind.CONSENSUS)
        with pytest.raises(InvalidInput, match="Ikke til stede ved sak .*Sak B.*M2 Testesen"):
            live.add_item_protocol_entry(s, ssu["b"], "Vi er imot.", supporters=[ssu["p_m2"]])
        with pytest.raises(InvalidInput, match="M4 Testesen"):  # expected, never came
            live.add_item_protocol_entry(s, ssu["b"], "Vi er imot.", supporters=[ssu["p_m4"]])
        entry = live.add_item_protocol_entry(s, ssu["b"], "Vi er imot.", supporters=[ssu["p_m3"]])
        assert entry.conclusion.kind == ConclusionKind.CONSENSUS_WITH_PROTOCOL
    with pytest.raises(InvalidInput, match="protokolltilførsel i sak"), db.transaction() as s:
        present(s, ssu, "m3", until_item_id=ssu["a"])
    with pytest.raises(InvalidInput, match="protokolltilførsel i sak"), db.transaction() as s:
        live.disqualify(s, ssu["b"], ssu["p_m3"], DisqualificationGround.FVL6_FIRST)


def test_the_header_counts_seats_with_the_vote_not_people(db, ssu, tmp_path):
    with db.transaction() as s:
        present(s, ssu, "leiar", "m2", "m3")
        present(s, ssu, "m4", until_item_id=ssu["a"])  # m4 goes after A, the deputy takes the seat from B
        live.stand_in(s, ssu["meeting"], ssu["m_vara"], ssu["m_m4"], from_item_id=ssu["b"])
    with db.session() as s:
        record = load_meeting_record(s, ssu["meeting"])
        assert (record.voters_present, record.voting_seats) == (4, 4)  # five people, four seats
    text = minutes_text(db, ssu["meeting"], tmp_path / "referat.docx")
    assert "Til stede med stemmerett: 4 av 4." in text


def test_minutes_are_approved_only_in_a_held_meeting_or_at_the_end_of_their_own(db, ssu):
    with db.transaction() as s:
        body = s.get(Body, ssu["body"])
        planned = meetings.create_meeting(s, body, datetime(2026, 5, 5, 10))
        cancelled = meetings.create_meeting(s, body, datetime(2026, 4, 7, 10))
        meetings.mark_notice_sent(s, cancelled.id, at=datetime(2026, 3, 20, 10))
        meetings.cancel_meeting(s, cancelled.id, "Sykdom")
        meetings.mark_meeting_held(s, ssu["meeting"], at=DAY.replace(hour=14))
        in_planned, in_cancelled = (
            next(i for i in m.items if i.standard == StandardItem.APPROVE_MINUTES) for m in (planned, cancelled)
        )
        assert meetings.approval_choices(s, ssu["meeting"]) == []
        for item in (in_planned, in_cancelled):
            with pytest.raises(InvalidInput, match="bare godkjennes i et møte som er holdt"):
                meetings.approve_meeting_minutes(s, ssu["meeting"], item_id=item.id)
        meetings.mark_notice_sent(s, planned.id, at=datetime(2026, 4, 20, 10))
        with pytest.raises(InvalidInput, match="planlagt eller avlyst"):  # notice sent, not yet held
            meetings.approve_meeting_minutes(s, ssu["meeting"], item_id=in_planned.id)
        meetings.mark_meeting_held(s, planned.id, at=datetime(2026, 5, 5, 14))
        assert [c.item_id for c in meetings.approval_choices(s, ssu["meeting"])] == [in_planned.id]
        meetings.approve_meeting_minutes(s, ssu["meeting"], item_id=in_planned.id)
        assert s.get(Meeting, ssu["meeting"]).status == MeetingStatus.MINUTES_APPROVED


def test_a_meeting_approves_its_own_minutes_at_its_end(db, ssu):
    with db.transaction() as s:
        own = approval.add_own_approval_item(s, ssu["meeting"])
        meetings.mark_meeting_held(s, ssu["meeting"], at=DAY.replace(hour=14))
        assert [(c.item_id, c.own) for c in meetings.approval_choices(s, ssu["meeting"])] == [(own.id, True)]
        meetings.approve_meeting_minutes(s, ssu["meeting"], item_id=own.id)
        assert s.get(Meeting, ssu["meeting"]).approved_in_item_id == own.id


def test_a_decision_on_the_eventuelt_item_itself_is_flagged(db, ssu, tmp_path):
    with db.transaction() as s:
        present(s, ssu, "leiar", "m2", "m3", "m4")
        live.conclude(s, ssu["eventuelt"], ConclusionKind.NOTED)
        assert not live.is_flagged_other_business_decision(s.get(AgendaItem, ssu["eventuelt"]))
        live.conclude(s, ssu["eventuelt"], ConclusionKind.CONSENSUS, decision_text="Neste møte flyttes.")
        assert live.is_flagged_other_business_decision(s.get(AgendaItem, ssu["eventuelt"]))
    with db.session() as s:
        record = load_meeting_record(s, ssu["meeting"])
        assert record.item(ssu["eventuelt"]).flagged
        assert not record.item(ssu["a"]).flagged
    plain = minutes_text(db, ssu["meeting"], tmp_path / "referat.docx")
    with db.transaction() as s:
        live.conclude(s, ssu["eventuelt"], ConclusionKind.NOTED, decision_text="Ingen saker.")
    assert plain != minutes_text(db, ssu["meeting"], tmp_path / "referat2.docx")
    with db.session() as s:
        assert not load_meeting_record(s, ssu["meeting"]).item(ssu["eventuelt"]).flagged


def test_a_meeting_cannot_be_marked_held_before_it_starts(db, ssu):
    with db.transaction() as s:
        later = meetings.create_meeting(s, s.get(Body, ssu["body"]), datetime(2026, 12, 1, 10))
        meetings.mark_notice_sent(s, later.id, at=datetime(2026, 11, 17, 10))
        with pytest.raises(InvalidInput, match="01.12.2026 10.00.*før det har begynt"):
            meetings.mark_meeting_held(s, later.id)  # today is 23 November 2026 (conftest)
        with pytest.raises(InvalidInput, match="før det har begynt"):
            meetings.mark_meeting_held(s, later.id, at=datetime(2026, 12, 1, 9, 59))
        meetings.mark_meeting_held(s, later.id, at=datetime(2026, 12, 1, 10))
        assert later.status == MeetingStatus.HELD


# --- 11: a vote missing a voter says so ------------------------------------------------------------------


def test_a_vote_missing_a_voter_added_later_says_so_in_the_minutes(db, ssu, tmp_path):
    with db.transaction() as s:
        present(s, ssu, "leiar", "m2", "m3")
        live.set_presence(s, att(s, ssu, "m4").id, status=AttendanceStatus.REPORTED_ABSENT)
        live.conclude(s, ssu["a"], ConclusionKind.VOTE)  # a vote starts with no votes (point 3)
        live.set_all_votes(s, ssu["a"], VoteChoice.FOR)
        live.set_vote(s, ssu["a"], ssu["p_m3"], VoteChoice.AGAINST)
    text = minutes_text(db, ssu["meeting"], tmp_path / "before.docx")
    assert "vedtatt med 2 mot 1 stemme." in text and "mangler" not in text
    with db.transaction() as s:
        present(s, ssu, "m4")  # registered present after all: a voter at A without a vote
    text = minutes_text(db, ssu["meeting"], tmp_path / "after.docx")
    assert "vedtatt med 2 mot 1 stemme (1 stemme mangler)." in text
    with db.transaction() as s:
        live.set_vote(s, ssu["a"], ssu["p_m4"], VoteChoice.FOR)
    text = minutes_text(db, ssu["meeting"], tmp_path / "voted.docx")
    assert "vedtatt med 3 mot 1 stemme." in text and "mangler" not in text


def test_the_missing_votes_in_nynorsk(db, ssu, tmp_path):
    with db.transaction() as s:
        s.get(Body, ssu["body"]).language = "nn"
        present(s, ssu, "leiar")
        live.set_presence(s, att(s, ssu, "m2").id, status=AttendanceStatus.REPORTED_ABSENT)
        live.set_presence(s, att(s, ssu, "m3").id, status=AttendanceStatus.REPORTED_ABSENT)
        live.set_presence(s, att(s, ssu, "m4").id, status=AttendanceStatus.REPORTED_ABSENT)
        live.conclude(s, ssu["a"], ConclusionKind.VOTE)
        live.set_all_votes(s, ssu["a"], VoteChoice.FOR)
        present(s, ssu, "m2", "m3")
    with db.session() as s:
        export_minutes(s, ssu["meeting"], tmp_path / "nn.docx", lang="nn")
    document = docx.Document(str(tmp_path / "nn.docx"))
    assert any("(2 røyster manglar)." in p.text for p in document.paragraphs)


# --- 10: a case added after the notice is numbered in order ------------------------------------------------


def _agenda(s, meeting_id: int) -> list[tuple[str, str]]:
    meeting = s.get(Meeting, meeting_id)
    return [(i.number_label, i.title) for i in sorted(meeting.items, key=lambda i: i.position)]


def test_a_case_added_after_the_notice_is_numbered_in_order_and_eventuelt_stays_last(db, ssu):
    with db.transaction() as s:
        before = _agenda(s, ssu["meeting"])
        assert [n for n, _t in before] == ["1/26", "2/26", "3/26", "4/26", "5/26"]
        meetings.add_item(s, meeting_id=ssu["meeting"], title="Sak C")
        assert _agenda(s, ssu["meeting"])[3:] == [("4/26", "Sak B"), ("5/26", "Sak C"), ("6/26", "Eventuelt")]
        approval.add_own_approval_item(s, ssu["meeting"])
        live.add_other_business_case(s, ssu["meeting"], "Sak reist under eventuelt")
        meetings.add_item(s, meeting_id=ssu["meeting"], title="Sak D")
        agenda = _agenda(s, ssu["meeting"])
        assert agenda[:4] == before[:4]  # the cases the notice sent out keep their numbers
        assert agenda[4:] == [
            ("5/26", "Sak C"),
            ("6/26", "Sak D"),
            ("7/26", "Eventuelt"),
            ("8/26", "Sak reist under eventuelt"),
            ("9/26", "Godkjenning av referat fra dette møtet"),
        ]
        numbers = [int(n.split("/")[0]) for n, _t in agenda]
        assert numbers == sorted(numbers) == list(range(1, 10))  # rising, no gap


def test_a_case_added_after_the_notice_leaves_a_later_meetings_numbers_alone(db, ssu):
    with db.transaction() as s:
        later = meetings.create_meeting(s, s.get(Body, ssu["body"]), datetime(2026, 4, 7, 10))
        meetings.add_item(s, meeting_id=later.id, title="Sak E")
        meetings.mark_notice_sent(s, later.id, at=datetime(2026, 3, 1, 10))
        later_numbers = _agenda(s, later.id)
        meetings.add_item(s, meeting_id=ssu["meeting"], title="Sak C")
        assert _agenda(s, later.id) == later_numbers
        agenda = _agenda(s, ssu["meeting"])
        assert [t for _n, t in agenda][-2:] == ["Sak C", "Eventuelt"]
        assert agenda[-2][0] == "5/26"  # Eventuelt's number, Eventuelt the year's next
        assert agenda[-1][0] == f"{len(later_numbers) + 6}/26"
