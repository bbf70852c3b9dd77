"""A case across bodies (issue 20, points 1–3): sent on from an agenda to several bodies at once,
each getting a waiting treatment of the one case; the case's whole path with a summary; the search
finding the case in every body; the meeting JSON naming the case by its uuid, and an import linking
to it; the demo's topics treated in several bodies as one case each."""

from __future__ import annotations

import copy
from datetime import date, datetime

import pytest
import sqlalchemy as sa
import time_machine

from hfdesk.errors import InvalidInput
from hfdesk.exports import words
from hfdesk.exports.meeting_json import meeting_document
from hfdesk.imports.meeting import import_meeting
from hfdesk.models import AgendaItem, Body, Case, ConclusionKind, Meeting, Role, Side
from hfdesk.services import agenda, live, meetings, register
from hfdesk.services.attachments import add_attachment
from hfdesk.services.search import search_cases

MARCH = datetime(2026, 3, 3, 10)
APRIL = datetime(2026, 4, 14, 12)
OUS = ("Bergen", "Bergensregionen", "Nordhordland", "Voss")


@pytest.fixture
def bodies(db):
    """SSU (nynorsk) with a March meeting holding case 'Felles forløp' (papers, groups, exempt),
    the four OUs, each with an April meeting."""
    with time_machine.travel(datetime(2026, 2, 10, 12), tick=False), db.transaction() as s:
        kommune = register.create_organisation(s, "Voss herad", Side.MUNICIPAL)
        person = register.create_person(s, "Kari", "Sæbø", organisation_id=kommune.id)
        ssu = register.create_body(s, "Strategisk samarbeidsutval", 2, short_name="SSU", language="nn")
        register.add_membership(s, ssu.id, person.id, Role.LEADER, term_from=date(2024, 1, 1))
        ous = {a: register.create_body(s, f"Områdeutval {a}", 3, short_name=f"OU {a}", language="nn") for a in OUS}
        march = meetings.create_meeting(s, ssu, MARCH)
        for _ in range(9):  # so the case is "Sak 12/26" in SSU
            meetings.add_item(s, meeting_id=march.id, title="Anna sak")
        case = meetings.add_item(
            s, meeting_id=march.id, title="Felles forløp for barn og unge", background="Bakgrunn.",
            proposed_decision="SSU tilrår partane å ta i bruk forløpet.", case_type="decision",
            priority_groups=[1, 2], exempt=True, exemption_basis="offl. § 13 jf. fvl. § 13",
        )
        add_attachment(s, case, "Saksframlegg.docx", b"framlegg", title="Saksframlegg")
        april = {a: meetings.create_meeting(s, ous[a], APRIL).id for a in OUS}
        return {"ssu": ssu.id, "ous": {a: b.id for a, b in ous.items()}, "march": march.id, "april": april,
                "item": case.id, "case": case.case_id, "person": person.id}


def test_send_to_three_bodies_makes_three_waiting_treatments_of_one_case(db, bodies):
    targets = [bodies["ous"][a] for a in ("Bergensregionen", "Nordhordland", "Voss")]
    with db.transaction() as s:
        sent = agenda.send_to_bodies(s, bodies["item"], targets)
        assert [t.body_id for t in sent] == targets
    with db.session() as s:
        treatments = s.get(Case, bodies["case"]).treatments
        assert len(treatments) == 4 and {t.case_id for t in treatments} == {bodies["case"]}
        for body_id in targets:
            [waiting] = meetings.backlog(s, body_id)
            item = s.get(AgendaItem, waiting.id)
            assert item.meeting_id is None and not item.is_numbered
            assert (item.title, item.background, item.proposed_decision, item.case_type.value) == (
                "Felles forløp for barn og unge", "Bakgrunn.", "SSU tilrår partane å ta i bruk forløpet.", "decision")
            assert [g.group for g in item.priority_groups] == [1, 2]
            assert (item.exempt, item.exemption_basis) == (True, "offl. § 13 jf. fvl. § 13")
            assert [(a.filename, a.content) for a in item.attachments] == [("Saksframlegg.docx", b"framlegg")]
        assert meetings.backlog(s, bodies["ous"]["Bergen"]) == []


def test_a_body_with_the_case_waiting_is_refused_and_nothing_is_sent(db, bodies):
    voss, bergen = bodies["ous"]["Voss"], bodies["ous"]["Bergen"]
    with db.transaction() as s:
        agenda.send_to_bodies(s, bodies["item"], [voss])
    with pytest.raises(InvalidInput) as refused, db.transaction() as s:
        agenda.send_to_bodies(s, bodies["item"], [bergen, voss])
    assert refused.value.code == "case.already_waiting_in"
    assert refused.value.render("nn") == "Saka ventar alt på handsaming i Områdeutval Voss. Ingen saker vart sende."
    with db.session() as s:
        assert meetings.backlog(s, bergen) == []  # all or nothing
        assert len(meetings.backlog(s, voss)) == 1
    with pytest.raises(InvalidInput) as none, db.transaction() as s:
        agenda.send_to_bodies(s, bodies["item"], [])
    assert none.value.code == "case.send_choose_body"


def _treat_in_the_ous(db, bodies) -> dict[str, int]:
    """SSU sends the case to the four OUs; they treat it in April: three adopt it, Voss defers."""
    with db.transaction() as s:
        sent = agenda.send_to_bodies(s, bodies["item"], list(bodies["ous"].values()))
        ids = {a: t.id for a, t in zip(OUS, sent)}
        for area in OUS:
            meetings.schedule_item(s, ids[area], bodies["april"][area])
    with db.transaction() as s:
        for area in OUS:
            live.start_meeting_mode(s, bodies["april"][area])
            kind = ConclusionKind.DEFERRED if area == "Voss" else ConclusionKind.CONSENSUS
            live.conclude(s, ids[area], kind, decision_text="OU tilrår forløpet.", at=APRIL)
    return ids


def test_the_case_path_runs_through_every_body_in_order_with_a_summary(db, bodies):
    with db.transaction() as s:
        live.start_meeting_mode(s, bodies["march"])
        live.conclude(s, bodies["item"], ConclusionKind.CONSENSUS,
                      decision_text="SSU tilrår partane å ta i bruk forløpet. Sekretariatet følgjer opp.", at=MARCH)
    ous = _treat_in_the_ous(db, bodies)
    with db.session() as s:
        path = agenda.case_path(s, ous["Nordhordland"])
        detail = agenda.case_detail(s, ous["Nordhordland"])
    assert detail.path == path
    labels = [(p.body_short_name, p.number, p.kind, p.current) for p in path]
    assert labels[0] == ("SSU", "12/26", ConclusionKind.CONSENSUS, False)
    assert [body for body, *_ in labels[1:5]] == ["OU Bergen", "OU Bergensregionen", "OU Nordhordland", "OU Voss"]
    assert all(number.endswith("/26") for _b, number, _k, _c in labels[1:5])  # each OU numbers it
    assert [c for *_x, c in labels].count(True) == 1 and labels[3][3]
    assert labels[-1] == ("OU Voss", "", None, False)  # deferred: waits again in Voss
    assert words.case_path_summary(path, "nn") == (
        "SSU tilrår partane å ta i bruk forløpet.; Vedteke i 3 av 4 områdeutval")
    assert words.case_path_summary(path, "nb") == (
        "SSU tilrår partane å ta i bruk forløpet.; Vedtatt i 3 av 4 områdeutvalg")
    # a case treated once has no path to sum up
    with db.session() as s:
        other = s.scalars(sa.select(AgendaItem.id).where(AgendaItem.title == "Anna sak")).first()
        assert words.case_path_summary(agenda.case_path(s, other), "nn") == ""


def test_search_finds_the_case_in_both_bodies_with_its_other_treatments(db, bodies):
    with db.transaction() as s:
        sent = agenda.send_to_bodies(s, bodies["item"], [bodies["ous"]["Voss"]])
        meetings.schedule_item(s, sent[0].id, bodies["april"]["Voss"])
        voss_number = s.get(AgendaItem, sent[0].id).number_label
    with db.session() as s:
        hits = search_cases(s, "forløp barn")
    assert {(h.body_short_name, h.number) for h in hits} == {("SSU", "12/26"), ("OU Voss", voss_number)}
    assert {h.case_id for h in hits} == {bodies["case"]}
    by_body = {h.body_short_name: h for h in hits}
    assert [t.label for t in by_body["SSU"].elsewhere] == [f"OU Voss {voss_number}"]
    assert [t.label for t in by_body["OU Voss"].elsewhere] == ["SSU 12/26"]


def test_meeting_json_names_the_case_and_an_import_links_to_it(db, bodies):
    """The file names each item's case by its uuid; importing a meeting whose item names a case the
    database has makes the item a treatment of that case."""
    with db.transaction() as s:
        sent = agenda.send_to_bodies(s, bodies["item"], [bodies["ous"]["Voss"]])
        meetings.schedule_item(s, sent[0].id, bodies["april"]["Voss"])
        case_uuid = s.get(Case, bodies["case"]).uuid
    with db.session() as s:
        document = meeting_document(s, bodies["april"]["Voss"], internal=True)
    [item] = [i for i in document["items"] if i["title"] == "Felles forløp for barn og unge"]
    assert item["case"]["uuid"] == case_uuid
    # the same meeting as a new one in Bergen's OU (new uuids for the meeting and its rows)
    again = copy.deepcopy(document)

    def fresh(value):
        if isinstance(value, dict):
            return {k: (None if k == "uuid" and value is not item_case else fresh(v)) for k, v in value.items()}
        if isinstance(value, list):
            return [fresh(v) for v in value]
        return value

    item_case = next(i for i in again["items"] if i["title"] == "Felles forløp for barn og unge")["case"]
    again = fresh(again)
    with db.transaction() as s:
        other = register.create_body(s, "Medisinskfagleg utval", 4, short_name="MFU", language="nn").id
    with db.transaction() as s:
        report = import_meeting(s, again, body_id=other)
        meeting = s.get(Meeting, report.meeting_id)
        [linked] = [i for i in meeting.items if i.title == "Felles forløp for barn og unge"]
        assert linked.case_id == bodies["case"] and linked.body_id == other
    with db.session() as s:
        assert [t.body.short_name for t in s.get(Case, bodies["case"]).treatments] == ["SSU", "OU Voss", "MFU"]


def test_the_demo_treats_each_topic_in_several_bodies_as_one_case(demo_db):
    with demo_db.session() as s:
        rows = s.execute(
            sa.select(AgendaItem.title, AgendaItem.case_id, AgendaItem.body_id)
            .where(AgendaItem.standard.is_(None), AgendaItem.title.like("Felles handlingsplan for skrøpelege eldre%"))
        ).all()
        assert len({b for _t, _c, b in rows}) >= 4 and len({c for _t, c, _b in rows}) == 1
        # a topic's title in bokmål and nynorsk is one case too (OU Bergen writes bokmål)
        multi = s.execute(
            sa.select(AgendaItem.case_id, sa.func.count(sa.distinct(AgendaItem.body_id)))
            .where(AgendaItem.standard.is_(None))
            .group_by(AgendaItem.case_id)
            .having(sa.func.count(sa.distinct(AgendaItem.body_id)) > 1)
        ).all()
        assert len(multi) >= 12
        assert all(n <= 6 for _c, n in multi)  # 2–5 bodies, OU Bergen (bokmål) with them
        # every case still has a treatment, and none is left without one
        assert not s.scalar(sa.select(sa.func.count(Case.id)).where(~Case.treatments.any()))
        names = {b.id: b.short_name for b in s.scalars(sa.select(Body))}
        case_id = rows[0][1]
        path = agenda.case_steps(s, case_id)
        assert [p.meeting_starts_at for p in path if p.meeting_starts_at] == sorted(
            p.meeting_starts_at for p in path if p.meeting_starts_at)
        assert {names[p.body_id] for p in path} >= {"SSU", "PSM"}
