"""The meeting plan and the agenda builder's services: copy, move and cancel meetings;
reorder, edit and remove items; the backlog; the year's plan."""

from __future__ import annotations

from datetime import date, datetime

import pytest
import sqlalchemy as sa

from hfdesk.errors import InvalidInput
from hfdesk.models import (
    AgendaItem,
    Body,
    CaseType,
    ConclusionKind,
    Meeting,
    MeetingStatus,
    Person,
    Side,
    StandardItem,
)
from hfdesk.services import agenda as agenda_service
from hfdesk.services import live, meetings, register
from hfdesk.services.items import COMMON_LEGAL_BASES


@pytest.fixture
def ids(db):
    """Two bodies: SSU (nynorsk, all standard items) and OU Voss (bokmål)."""
    with db.transaction() as s:
        org = register.create_organisation(s, "Voss herad", Side.MUNICIPAL)
        ssu = register.create_body(s, "Strategisk samarbeidsutval", 2, short_name="SSU")
        ssu.default_place = "Haukeland, møterom 3"
        ou = register.create_body(s, "Områdeutval Voss", 3, short_name="OU Voss")
        chair = register.create_person(s, "Åse", "Ødegård", organisation_id=org.id)
        return {"ssu": ssu.id, "ou": ou.id, "chair": chair.id}


def agenda(meeting: Meeting) -> list[tuple[str, str]]:
    """(number, title) in agenda order."""
    return [(i.number_label, i.title) for i in sorted(meeting.items, key=lambda i: i.position)]


def titles(meeting: Meeting) -> list[str]:
    return [t for _, t in agenda(meeting)]


def numbers(meeting: Meeting) -> list[str]:
    return [n for n, _ in agenda(meeting)]


def plan(s, ids, when: datetime, *cases: str, body: str = "ssu") -> Meeting:
    meeting = meetings.create_meeting(s, s.get(Body, ids[body]), when)
    for title in cases:
        meetings.add_item(s, meeting_id=meeting.id, title=title)
    return meeting


NOTICE = "Godkjenning av innkalling og sakliste"
MINUTES = "Godkjenning av referat frå førre møte"
OTHER = "Eventuelt"


# -- copy -------------------------------------------------------------------------------------


def test_copy_gives_a_planned_meeting_with_the_standard_items_only(db, ids):
    with db.transaction() as s:
        source = plan(s, ids, datetime(2026, 3, 3, 10), "Sak A", "Sak B")
        source.video_link = "https://teams.example/ssu"
        source.chair = s.get(Person, ids["chair"])
        source.ends_at = datetime(2026, 3, 3, 12, 30)
        meetings.send_notice(s, source)
        copy = meetings.copy_meeting(s, source.id, datetime(2026, 5, 5, 9))
        assert copy.id != source.id and copy.status == MeetingStatus.PLANNED
        assert (copy.place, copy.video_link, copy.chair_id) == (
            "Haukeland, møterom 3", "https://teams.example/ssu", ids["chair"]
        )
        assert copy.ends_at == datetime(2026, 5, 5, 11, 30)  # same length: 2½ hours
        assert titles(copy) == [NOTICE, MINUTES, OTHER]
        assert numbers(copy) == ["6/26", "7/26", "8/26"]  # after the 5 final numbers of March
        assert titles(source) == [NOTICE, MINUTES, "Sak A", "Sak B", OTHER]


def test_copy_with_items_copies_the_cases_as_new_provisional_cases(db, ids):
    with db.transaction() as s:
        source = plan(s, ids, datetime(2026, 3, 3, 10))
        a = meetings.add_item(
            s, meeting_id=source.id, title="Utskrivingsklare pasientar", case_type=CaseType.DISCUSSION,
            responsible="SSE",
            put_forward_by="Brukarrepresentant", background="Bakgrunn", proposed_decision="SSU tilrår …",
            priority_groups=[3, 4], duration_minutes=40,
        )
        meetings.add_item(s, meeting_id=source.id, title="Tilsetjing", exempt=True,
                          exemption_basis=COMMON_LEGAL_BASES[0])  # fmt: skip
        meetings.send_notice(s, source)
        live.conclude(s, a, ConclusionKind.NOTED, decision_text="Teke til orientering")
        s.flush()
        copy = meetings.copy_meeting(s, source.id, datetime(2026, 9, 1, 10), with_items=True)
        assert titles(copy) == [NOTICE, MINUTES, "Utskrivingsklare pasientar", "Tilsetjing", OTHER]
        new = sorted(copy.items, key=lambda i: i.position)[2]
        assert new.id != a.id
        assert (new.case_type, new.responsible, new.put_forward_by, new.background, new.proposed_decision) == (
            CaseType.DISCUSSION, "SSE", "Brukarrepresentant", "Bakgrunn", "SSU tilrår …"
        )
        assert [g.group for g in new.priority_groups] == [3, 4] and new.duration_minutes == 40
        assert new.conclusion is None and new.proposals == []
        exempt = sorted(copy.items, key=lambda i: i.position)[3]
        assert exempt.exempt and exempt.exemption_basis == COMMON_LEGAL_BASES[0]
        assert a.meeting_id == source.id and a.conclusion is not None  # the source is untouched


# -- move -------------------------------------------------------------------------------------


def test_move_across_a_year_keeps_the_length_and_renumbers_both_years(db, ids):
    with db.transaction() as s:
        autumn = plan(s, ids, datetime(2026, 10, 6, 10), "Oktobersak")
        december = plan(s, ids, datetime(2026, 12, 8, 10), "Desembersak")
        january = plan(s, ids, datetime(2027, 1, 19, 10), "Januarsak")
        length = december.ends_at - december.starts_at
        assert numbers(december) == ["5/26", "6/26", "7/26", "8/26"]
        meetings.move_meeting(s, december.id, datetime(2027, 2, 2, 13))
        assert december.ends_at - december.starts_at == length
        assert numbers(autumn) == ["1/26", "2/26", "3/26", "4/26"]
        assert numbers(january) == ["1/27", "2/27", "3/27", "4/27"]
        assert numbers(december) == ["5/27", "6/27", "7/27", "8/27"]
        # ... and back before January: the order of the meetings gives the numbers
        meetings.move_meeting(s, december.id, datetime(2027, 1, 5, 10), datetime(2027, 1, 5, 11))
        assert december.ends_at == datetime(2027, 1, 5, 11)
        assert numbers(december) == ["1/27", "2/27", "3/27", "4/27"]
        assert numbers(january) == ["5/27", "6/27", "7/27", "8/27"]


def test_move_after_the_notice_keeps_the_numbers_and_stays_in_its_year(db, ids):
    with db.transaction() as s:
        march = plan(s, ids, datetime(2026, 3, 3, 10), "Sak A")
        june = plan(s, ids, datetime(2026, 6, 2, 10), "Sak B")
        meetings.send_notice(s, march)
        final = numbers(march)
        meetings.move_meeting(s, march.id, datetime(2026, 3, 10, 10))
        assert numbers(march) == final and numbers(june) == ["5/26", "6/26", "7/26", "8/26"]
        with pytest.raises(InvalidInput, match="samme år"):
            meetings.move_meeting(s, march.id, datetime(2027, 1, 12, 10))
        assert march.starts_at == datetime(2026, 3, 10, 10)


def test_held_and_cancelled_meetings_are_not_moved(db, ids):
    with db.transaction() as s:
        held = plan(s, ids, datetime(2026, 3, 3, 10), "Sak A")
        meetings.send_notice(s, held)
        meetings.change_status(s, held, MeetingStatus.HELD)
        with pytest.raises(InvalidInput, match="holdt"):
            meetings.move_meeting(s, held.id, datetime(2026, 4, 3, 10))
        cancelled = plan(s, ids, datetime(2026, 5, 5, 10))
        meetings.cancel_meeting(s, cancelled.id, "For få saker")
        with pytest.raises(InvalidInput, match="avlyst"):
            meetings.move_meeting(s, cancelled.id, datetime(2026, 5, 12, 10))
        with pytest.raises(InvalidInput, match="slutte etter"):
            meetings.move_meeting(s, plan(s, ids, datetime(2026, 9, 1, 10)).id,
                                  datetime(2026, 9, 8, 10), datetime(2026, 9, 8, 9))


# -- cancel -----------------------------------------------------------------------------------


def test_cancel_before_the_notice_sends_the_cases_back_to_the_backlog(db, ids):
    with db.transaction() as s:
        march = plan(s, ids, datetime(2026, 3, 3, 10), "Sak A", "Sak B")
        june = plan(s, ids, datetime(2026, 6, 2, 10), "Sak C")
        with pytest.raises(InvalidInput, match="Grunnen"):
            meetings.cancel_meeting(s, march.id, "  ")
        meetings.cancel_meeting(s, march.id, "For få saker")
        assert march.status == MeetingStatus.CANCELLED and march.cancelled_reason == "For få saker"
        assert titles(march) == [NOTICE, MINUTES, OTHER] and set(numbers(march)) == {""}
        assert numbers(june) == ["1/26", "2/26", "3/26", "4/26"]  # the year's numbers close up
        waiting = meetings.backlog(s, ids["ssu"])
        assert [r.title for r in waiting] == ["Sak A", "Sak B"]
        meetings.schedule_item(s, waiting[1].id, june.id)
        assert titles(june) == [NOTICE, MINUTES, "Sak C", "Sak B", OTHER]


def test_cancel_after_the_notice_keeps_the_final_numbers(db, ids):
    with db.transaction() as s:
        march = plan(s, ids, datetime(2026, 3, 3, 10), "Sak A", "Sak B")
        june = plan(s, ids, datetime(2026, 6, 2, 10), "Sak C")
        meetings.send_notice(s, march)
        final = agenda(march)
        meetings.cancel_meeting(s, march.id, "Leiaren er sjuk")
        assert agenda(march) == final  # the numbers the notice gave stay with their cases
        assert numbers(june) == ["6/26", "7/26", "8/26", "9/26"]  # and are never given again
        assert meetings.backlog(s, ids["ssu"]) == []
        late = meetings.add_item(s, meeting_id=june.id, title="Sak D")
        assert late.number_label == "9/26" and numbers(june)[-1] == "10/26"
        # A meeting planned before it in the year does not take its numbers either
        january = plan(s, ids, datetime(2026, 1, 13, 10))
        assert numbers(january) == ["6/26", "7/26", "8/26"]
        assert agenda(march) == final
        assert numbers(june) == ["9/26", "10/26", "11/26", "12/26", "13/26"]
        # Carried over to a new date as new cases
        copy = meetings.copy_meeting(s, march.id, datetime(2026, 3, 17, 10), with_items=True)
        assert titles(copy) == [NOTICE, MINUTES, "Sak A", "Sak B", OTHER]
        assert agenda(march) == final


# -- reorder ----------------------------------------------------------------------------------


def test_reorder_by_list_renumbers_and_keeps_the_standard_items_in_place(db, ids):
    with db.transaction() as s:
        m = plan(s, ids, datetime(2026, 3, 3, 10), "A", "B", "C")
        notice, minutes, a, b, c, other = sorted(m.items, key=lambda i: i.position)
        agenda_service.reorder_items(s, m.id, [notice.id, minutes.id, c.id, a.id, b.id, other.id])
        assert agenda(m) == [("1/26", NOTICE), ("2/26", MINUTES), ("3/26", "C"), ("4/26", "A"), ("5/26", "B"),
                             ("6/26", OTHER)]
        for bad, message in (
            ([a.id, notice.id, minutes.id, c.id, b.id, other.id], "står alltid først"),
            ([minutes.id, notice.id, a.id, c.id, b.id, other.id], "i den rekkefølgen"),
            ([notice.id, minutes.id, c.id, a.id, other.id, b.id], "står alltid sist"),
            ([notice.id, minutes.id, c.id, a.id, other.id], "endret i mellomtiden"),
            ([notice.id, minutes.id, c.id, a.id, a.id, other.id], "endret i mellomtiden"),
        ):
            with pytest.raises(InvalidInput, match=message):
                agenda_service.reorder_items(s, m.id, bad)
        assert titles(m) == [NOTICE, MINUTES, "C", "A", "B", OTHER]


def test_move_by_keyboard_steps(db, ids):
    with db.transaction() as s:
        m = plan(s, ids, datetime(2026, 3, 3, 10), "A", "B", "C")
        june = plan(s, ids, datetime(2026, 6, 2, 10))
        items = {i.title: i for i in m.items}
        agenda_service.move_item(s, items["C"].id, -1)
        assert titles(m) == [NOTICE, MINUTES, "A", "C", "B", OTHER]
        agenda_service.move_item(s, items["C"].id, -1)
        assert agenda(m)[2] == ("3/26", "C")
        with pytest.raises(InvalidInput, match="står alltid først"):
            agenda_service.move_item(s, items["C"].id, -1)
        agenda_service.move_item(s, items["A"].id, +1)
        with pytest.raises(InvalidInput, match="står alltid sist"):
            agenda_service.move_item(s, items["A"].id, +1)
        with pytest.raises(InvalidInput, match="fast plass"):
            agenda_service.move_item(s, items[OTHER].id, -1)
        assert titles(m) == [NOTICE, MINUTES, "C", "B", "A", OTHER]
        assert numbers(m) == ["1/26", "2/26", "3/26", "4/26", "5/26", "6/26"]
        assert numbers(june) == ["7/26", "8/26", "9/26"]


def test_after_the_notice_the_order_may_change_but_never_the_numbers(db, ids):
    with db.transaction() as s:
        m = plan(s, ids, datetime(2026, 3, 3, 10), "A", "B")
        meetings.send_notice(s, m)
        items = {i.title: i for i in m.items}
        agenda_service.move_item(s, items["B"].id, -1)
        assert agenda(m) == [("1/26", NOTICE), ("2/26", MINUTES), ("4/26", "B"), ("3/26", "A"), ("5/26", OTHER)]
        meetings.change_status(s, m, MeetingStatus.HELD)
        with pytest.raises(InvalidInput, match="holdt"):
            agenda_service.move_item(s, items["B"].id, +1)


def test_a_body_without_opening_items_may_put_any_case_first(db, ids):
    with db.transaction() as s:
        body = s.get(Body, ids["ou"])
        body.std_approve_notice = body.std_approve_minutes = False
        m = plan(s, ids, datetime(2026, 3, 3, 10), "A", "B", body="ou")
        agenda_service.move_item(s, next(i for i in m.items if i.title == "B").id, -5)
        assert agenda(m) == [("1/26", "B"), ("2/26", "A"), ("3/26", OTHER)]


# -- edit and remove --------------------------------------------------------------------------


def test_update_item_validates_like_add_item(db, ids):
    with db.transaction() as s:
        m = plan(s, ids, datetime(2026, 3, 3, 10))
        item = meetings.add_item(
            s, meeting_id=m.id, title="Gammal tittel", proposed_decision="Gammalt framlegg", priority_groups=[1]
        )
        before = item.number_label
        agenda_service.update_item(
            s, item.id, title="  Ny tittel ", case_type="discussion", responsible="SSE", put_forward_by="Brukarråd",
            background="Ny bakgrunn", proposed_decision="Nytt framlegg", priority_groups=[2, 1, 2],
            exempt=True, exemption_basis=COMMON_LEGAL_BASES[3], duration_minutes=25,
            responsible_person_id=ids["chair"],
        )
        assert (item.title, item.case_type, item.responsible, item.put_forward_by, item.background) == (
            "Ny tittel", CaseType.DISCUSSION, "SSE", "Brukarråd", "Ny bakgrunn"
        )
        assert item.proposed_decision == "Nytt framlegg" and item.duration_minutes == 25
        assert [g.group for g in item.priority_groups] == [1, 2]
        assert item.exempt and item.exemption_basis == "offl. § 14"
        assert item.responsible_person_id == ids["chair"]
        assert item.number_label == before
        for fields, message in (
            ({"title": " "}, "Tittelen"),
            ({"exemption_basis": ""}, "hjemmel"),
            ({"priority_groups": [5]}, "1 til 4"),
            ({"duration_minutes": -5}, "negativ"),
            ({"case_type": "vedtak"}, "Sakstypen"),
            ({"responsible_person_id": 9999}, "finnes ikke"),
        ):
            with pytest.raises(InvalidInput, match=message):
                agenda_service.update_item(s, item.id, **fields)
        assert item.title == "Ny tittel" and item.exempt
        agenda_service.update_item(s, item.id, exempt=False)
        assert not item.exempt and item.exemption_basis == ""
        with pytest.raises(TypeError):
            agenda_service.update_item(s, item.id, number_seq=1)


def test_update_item_follows_the_agenda_proposal_and_respects_the_lock(db, ids):
    with db.transaction() as s:
        m = plan(s, ids, datetime(2026, 3, 3, 10))
        item = meetings.add_item(s, meeting_id=m.id, title="Sak", proposed_decision="SSU tilrår")
        meetings.send_notice(s, m)
        live.ensure_agenda_proposal(s, item)
        agenda_service.update_item(s, item.id, proposed_decision="SSU tilrår partane")
        assert [p.text for p in item.proposals] == ["SSU tilrår partane"]
        meetings.change_status(s, m, MeetingStatus.HELD)
        agenda_service.update_item(s, item.id, title="Sak (retta)")  # minutes still in draft
        meetings.approve_minutes(s, m)
        with pytest.raises(InvalidInput, match="låst"):
            agenda_service.update_item(s, item.id, title="For seint")
        assert item.title == "Sak (retta)"


def test_remove_item_sends_the_case_back_and_never_deletes_it(db, ids):
    with db.transaction() as s:
        m = plan(s, ids, datetime(2026, 3, 3, 10), "A", "B")
        june = plan(s, ids, datetime(2026, 6, 2, 10))
        a = next(i for i in m.items if i.title == "A")
        agenda_service.remove_item(s, a.id)
        assert s.get(AgendaItem, a.id) is a and a.meeting_id is None and not a.is_numbered
        assert agenda(m) == [("1/26", NOTICE), ("2/26", MINUTES), ("3/26", "B"), ("4/26", OTHER)]
        assert numbers(june) == ["5/26", "6/26", "7/26"]
        assert [r.id for r in meetings.backlog(s)] == [a.id]
        with pytest.raises(InvalidInput, match="ikke på en saksliste"):
            agenda_service.remove_item(s, a.id)
        meetings.send_notice(s, m)
        b = next(i for i in m.items if i.title == "B")
        with pytest.raises(InvalidInput, match="endelige nummer"):
            agenda_service.remove_item(s, b.id)
        assert b.meeting_id == m.id


def test_a_standard_item_may_be_taken_off_and_put_back_in_its_place(db, ids):
    with db.transaction() as s:
        m = plan(s, ids, datetime(2026, 1, 13, 10), "Første sak i året")
        minutes = next(i for i in m.items if i.standard == StandardItem.APPROVE_MINUTES)
        agenda_service.remove_item(s, minutes.id)  # the year's first meeting: no minutes to approve
        assert agenda(m) == [("1/26", NOTICE), ("2/26", "Første sak i året"), ("3/26", OTHER)]
        assert s.scalar(sa.select(sa.func.count()).where(AgendaItem.meeting_id.is_(None))) == 0
        agenda_service.add_standard_item(s, m.id, StandardItem.APPROVE_MINUTES)
        assert titles(m) == [NOTICE, MINUTES, "Første sak i året", OTHER]
        with pytest.raises(InvalidInput, match="allerede"):
            agenda_service.add_standard_item(s, m.id, StandardItem.APPROVE_MINUTES)


# -- backlog and the year's plan ----------------------------------------------------------------


def test_backlog_rows_per_body_and_scheduling_in_one_step(db, ids):
    with db.transaction() as s:
        ssu, ou = s.get(Body, ids["ssu"]), s.get(Body, ids["ou"])
        chair = s.get(Person, ids["chair"])
        first = meetings.add_item(s, body_id=ssu.id, title="Frå brukarrådet",
                                  put_forward_by_person_id=chair.id)  # fmt: skip
        meetings.add_item(s, body_id=ou.id, title="Legevakt", put_forward_by="Kommuneoverlegen")
        meetings.add_item(s, body_id=ssu.id, title="Seinare sak", put_forward_by="SSE")
        rows = meetings.backlog(s)
        assert [(r.body_short_name, r.title, r.put_forward_by) for r in rows] == [
            ("SSU", "Frå brukarrådet", "Åse Ødegård"),
            ("SSU", "Seinare sak", "SSE"),
            ("OU Voss", "Legevakt", "Kommuneoverlegen"),
        ]
        assert all(isinstance(r.created_at, datetime) for r in rows)
        assert [r.title for r in meetings.backlog(s, body_id=ids["ou"])] == ["Legevakt"]
        m = plan(s, ids, datetime(2026, 3, 3, 10))
        meetings.schedule_item(s, first.id, m.id)
        assert agenda(m)[2] == ("3/26", "Frå brukarrådet")
        assert [r.title for r in meetings.backlog(s, body_id=ids["ssu"])] == ["Seinare sak"]
        ou_item = meetings.backlog(s, body_id=ids["ou"])[0]
        with pytest.raises(InvalidInput, match="annet organ"):
            meetings.schedule_item(s, ou_item.id, m.id)


def test_year_plan_shows_every_body_with_its_meetings(db, ids):
    with db.transaction() as s:
        plan(s, ids, datetime(2026, 3, 3, 10))
        cancelled = plan(s, ids, datetime(2026, 5, 5, 10))
        meetings.cancel_meeting(s, cancelled.id, "For få saker")
        plan(s, ids, datetime(2027, 1, 12, 10))
        gone = register.create_body(s, "Nedlagt utval", 3)
        gone.dissolved_on = date(2025, 6, 30)
    with db.session() as s:
        year = meetings.year_plan(s, 2026)
        assert [(p.body_short_name, [m.starts_at.month for m in p.meetings]) for p in year] == [
            ("SSU", [3, 5]), ("OU Voss", [])
        ]
        assert year[0].meetings[1].cancelled_reason == "For få saker"
        assert "Nedlagt utval" in [p.body_name for p in meetings.year_plan(s, 2025)]


def test_common_legal_bases_are_accepted_as_they_are(db, ids):
    assert "offl. § 13 jf. fvl. § 13 første ledd nr. 1" in COMMON_LEGAL_BASES
    with db.transaction() as s:
        m = plan(s, ids, datetime(2026, 3, 3, 10))
        for basis in COMMON_LEGAL_BASES:
            item = meetings.add_item(s, meeting_id=m.id, title=f"Unntatt etter {basis}", exempt=True,
                                     exemption_basis=basis)  # fmt: skip
            assert item.exemption_basis == basis


# -- the plan as the meeting screen edits it ----------------------------------------------------


def test_plan_meeting_by_id_uses_the_body_defaults_and_people(db, ids):
    with db.transaction() as s:
        meeting = meetings.plan_meeting(s, ids["ssu"], datetime(2026, 5, 5, 9), chair_id=ids["chair"])
        assert meeting.place == "Haukeland, møterom 3"
        assert meeting.chair.family_name == "Ødegård"
        assert titles(meeting) == [NOTICE, MINUTES, OTHER]
        bare = meetings.plan_meeting(s, ids["ou"], datetime(2026, 6, 5, 9), with_standard_items=False)
        assert bare.items == []


def test_update_meeting_changes_details_and_moves_by_the_move_rules(db, ids):
    with db.transaction() as s:
        meeting = plan(s, ids, datetime(2026, 5, 5, 9), "Sak A")
        meetings.send_notice(s, meeting)
        meetings.update_meeting(
            s, meeting.id, starts_at=datetime(2026, 5, 6, 12), ends_at=datetime(2026, 5, 6, 14),
            place="  Voss  ", video_link="", title="Vårmøte", chair_id=ids["chair"], minute_taker_id=None,
        )
        assert (meeting.starts_at, meeting.place, meeting.title) == (datetime(2026, 5, 6, 12), "Voss", "Vårmøte")
        with pytest.raises(InvalidInput, match="samme år"):
            meetings.update_meeting(
                s, meeting.id, starts_at=datetime(2027, 1, 6, 12), ends_at=datetime(2027, 1, 6, 14),
                place="", video_link="", title="", chair_id=None, minute_taker_id=None,
            )
        with pytest.raises(InvalidInput, match="slutte etter"):
            meetings.update_meeting(
                s, meeting.id, starts_at=datetime(2026, 5, 6, 12), ends_at=datetime(2026, 5, 6, 11),
                place="", video_link="", title="", chair_id=None, minute_taker_id=None,
            )


def test_status_steps_by_id_and_their_refusals(db, ids):
    with db.transaction() as s:
        meeting = plan(s, ids, datetime(2026, 5, 5, 9), "Sak A")
        with pytest.raises(InvalidInput, match="ikke sendt"):
            meetings.mark_meeting_held(s, meeting.id)
        meetings.mark_notice_sent(s, meeting.id)
        with pytest.raises(InvalidInput, match="innkalling sendt"):
            meetings.mark_notice_sent(s, meeting.id)
        with pytest.raises(InvalidInput):
            meetings.change_status(s, meeting, MeetingStatus.PLANNED)  # numbers are final now
        meetings.mark_meeting_held(s, meeting.id)
        assert meeting.status == MeetingStatus.HELD


def test_minutes_approved_in_a_later_approval_item_then_reopened_with_a_reason(db, ids):
    with db.transaction() as s:
        first = plan(s, ids, datetime(2026, 5, 5, 9), "Sak A")
        other_body = plan(s, ids, datetime(2026, 5, 20, 9), body="ou")
        second = plan(s, ids, datetime(2026, 6, 5, 9))
        meetings.mark_notice_sent(s, first.id)
        meetings.mark_meeting_held(s, first.id)
        approval = next(i for i in second.items if i.standard == StandardItem.APPROVE_MINUTES)
        assert meetings.approval_choices(s, first.id) == []  # the later meeting is only planned
        with pytest.raises(InvalidInput, match="planlagt eller avlyst"):
            meetings.approve_meeting_minutes(s, first.id, item_id=approval.id)
        meetings.mark_notice_sent(s, second.id)
        meetings.mark_meeting_held(s, second.id)
        choices = meetings.approval_choices(s, first.id)
        assert [c.item_id for c in choices] == [approval.id]  # not the other body's, not the same meeting's
        wrong = next(i for i in other_body.items if i.standard == StandardItem.APPROVE_MINUTES)
        with pytest.raises(InvalidInput, match="senere møte i samme organ"):
            meetings.approve_meeting_minutes(s, first.id, item_id=wrong.id)
        meetings.approve_meeting_minutes(s, first.id, item_id=approval.id)
        assert first.status == MeetingStatus.MINUTES_APPROVED
        assert first.approved_in_item_id == approval.id
        assert first.approved_on == date(2026, 6, 5)
        with pytest.raises(InvalidInput, match="Grunnen"):
            meetings.reopen_minutes(s, first.id, "  ")
        meetings.reopen_minutes(s, first.id, "Feil i sak 2")
        assert (first.status, first.approved_on, first.approved_in_item_id) == (MeetingStatus.HELD, None, None)
        detail = meetings.meeting_detail(s, first.id)
        assert detail.history[-1][1:] == (MeetingStatus.MINUTES_APPROVED, MeetingStatus.HELD, "Feil i sak 2")


def test_a_meeting_cancelled_before_its_notice_can_be_restored_but_not_one_after(db, ids):
    with db.transaction() as s:
        early = plan(s, ids, datetime(2026, 5, 5, 9), "Sak A")
        late = plan(s, ids, datetime(2026, 6, 5, 9), "Sak B")
        meetings.cancel_meeting(s, early.id, "For få saker")
        meetings.restore_meeting(s, early.id)
        assert (early.status, early.cancelled_reason) == (MeetingStatus.PLANNED, "")
        meetings.mark_notice_sent(s, late.id)
        numbers_before = numbers(late)
        meetings.cancel_meeting(s, late.id, "Sykdom")
        with pytest.raises(InvalidInput, match="endelige"):
            meetings.restore_meeting(s, late.id)
        assert numbers(late) == numbers_before
