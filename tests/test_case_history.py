"""A case that does not finish comes back (issue 19, point 6): deferred or sent back, it waits in
the body's backlog as the same case, with its earlier treatment in its history; a case can be
withdrawn (trekt) once the notice has gone."""

from __future__ import annotations

from datetime import date, datetime

import pytest
import sqlalchemy as sa
import time_machine
from docx import Document

from hfdesk.errors import InvalidInput
from hfdesk.exports.minutes import export_minutes
from hfdesk.exports.notice import export_notice
from hfdesk.models import AgendaItem, Case, Conclusion, ConclusionKind, Meeting, NoConsensusOutcome, Role, Side
from hfdesk.services import agenda, live, meetings, register
from hfdesk.services.attachments import add_attachment
from hfdesk.services.meeting_record import load_meeting_record, public_view

MARCH = datetime(2026, 3, 3, 10)
MAY = datetime(2026, 5, 5, 10)


@pytest.fixture
def ou(db):
    """A nynorsk OU with a meeting in March (notice sent, in meeting mode) holding case A (exempt,
    priority groups, a responsible person, an attachment), and a planned meeting in May."""
    with time_machine.travel(datetime(2026, 2, 10, 12), tick=False), db.transaction() as s:
        kommune = register.create_organisation(s, "Alver kommune", Side.MUNICIPAL)
        body = register.create_body(s, "Områdeutval Nordhordland", 3, short_name="OU Nordhordland", language="nn")
        person = register.create_person(s, "Kari", "Sæbø", organisation_id=kommune.id)
        register.add_membership(s, body.id, person.id, Role.LEADER, term_from=date(2024, 1, 1))
        march = meetings.create_meeting(s, body, MARCH)
        may = meetings.create_meeting(s, body, MAY)
        a = meetings.add_item(
            s, meeting_id=march.id, title="Forløp for barn og unge", background="Kommunane vil drøfte først.",
            proposed_decision="OU tilrår forløpet.", case_type="discussion", priority_groups=[1, 2],
            responsible="Sekretariatet", responsible_person_id=person.id, exempt=True,
            exemption_basis="offl. § 13 jf. fvl. § 13", duration_minutes=25,
        )
        add_attachment(s, a, "Saksframlegg.docx", b"framlegg", title="Saksframlegg")
        meetings.send_notice(s, march, at=datetime(2026, 2, 17, 9))
        live.start_meeting_mode(s, march.id)
        ids = {"body": body.id, "march": march.id, "may": may.id, "a": a.id, "case": a.case_id,
               "person": person.id, "number": a.number_label}
    return ids


def waiting(s, ids) -> list[AgendaItem]:
    return list(s.scalars(sa.select(AgendaItem).where(AgendaItem.body_id == ids["body"],
                                                      AgendaItem.meeting_id.is_(None))))


def test_a_deferred_case_waits_in_the_backlog_as_the_same_case_with_its_papers(db, ou):
    with db.transaction() as s:
        live.conclude(s, ou["a"], ConclusionKind.DEFERRED, at=MARCH)
        [next_one] = waiting(s, ou)  # in the same transaction as the conclusion
        assert next_one.case_id == ou["case"] and next_one.id != ou["a"]
        assert (next_one.title, next_one.background, next_one.proposed_decision, next_one.case_type.value) == (
            "Forløp for barn og unge", "Kommunane vil drøfte først.", "OU tilrår forløpet.", "discussion")
        assert (next_one.responsible, next_one.responsible_person_id) == ("Sekretariatet", ou["person"])
        assert (next_one.exempt, next_one.exemption_basis) == (True, "offl. § 13 jf. fvl. § 13")
        assert [g.group for g in next_one.priority_groups] == [1, 2]
        assert next_one.duration_minutes == 25 and not next_one.is_numbered
        assert [(a.filename, a.content) for a in next_one.attachments] == [("Saksframlegg.docx", b"framlegg")]
        assert [t.id for t in s.get(Case, ou["case"]).treatments] == [ou["a"], next_one.id]
    with db.session() as s:  # the backlog lists it
        assert [r.title for r in meetings.backlog(s, ou["body"])] == ["Forløp for barn og unge"]


def test_the_waiting_treatment_follows_the_conclusion_until_it_is_on_a_meeting(db, ou):
    with db.transaction() as s:
        live.conclude(s, ou["a"], ConclusionKind.DEFERRED, at=MARCH)
        first = waiting(s, ou)[0].id
        live.conclude(s, ou["a"], ConclusionKind.DEFERRED, decision_text="Utsett til mai.", at=MARCH)
        assert [i.id for i in waiting(s, ou)] == [first]  # concluded again: still one
        live.conclude(s, ou["a"], ConclusionKind.CONSENSUS, at=MARCH)
        assert waiting(s, ou) == []  # changed: it goes again
        live.conclude(s, ou["a"], ConclusionKind.NO_CONSENSUS, no_consensus_outcome=NoConsensusOutcome.RETURNED, at=MARCH)
        assert len(waiting(s, ou)) == 1  # sent back: it comes back
        live.set_no_consensus_outcome(s, ou["a"], NoConsensusOutcome.TO_PARTIES)
        assert waiting(s, ou) == []  # to the parties: it does not
        live.conclude(s, ou["a"], ConclusionKind.DEFERRED, at=MARCH)
        assert len(waiting(s, ou)) == 1
        live.clear_conclusion(s, ou["a"])
        assert waiting(s, ou) == []  # a key pressed by mistake
        live.conclude(s, ou["a"], ConclusionKind.DEFERRED, at=MARCH)
        [again] = waiting(s, ou)
        meetings.schedule_item(s, again.id, ou["may"])
        live.conclude(s, ou["a"], ConclusionKind.CONSENSUS, at=MARCH)
        assert s.get(AgendaItem, again.id).meeting_id == ou["may"]  # on a meeting: it stays
        live.conclude(s, ou["a"], ConclusionKind.DEFERRED, at=MARCH)
        assert waiting(s, ou) == []  # and is the treatment that follows: no second one
        assert len(s.get(Case, ou["case"]).treatments) == 2


def test_the_case_history_names_the_earlier_treatment(db, ou):
    with db.transaction() as s:
        live.conclude(s, ou["a"], ConclusionKind.DEFERRED, decision_text="Saka vert utsett til mai.", at=MARCH)
        [next_one] = waiting(s, ou)
        assert [(t.meeting_starts_at, t.number, t.kind) for t in agenda.earlier_treatments(s, next_one.id)] == [
            (MARCH, ou["number"], ConclusionKind.DEFERRED)]
        meetings.schedule_item(s, next_one.id, ou["may"])
        next_id = next_one.id
    with db.session() as s:
        detail = agenda.case_detail(s, next_id)
        [t] = detail.earlier
        assert (t.body_name, t.meeting_id, t.meeting_starts_at, t.number) == (
            "Områdeutval Nordhordland", ou["march"], MARCH, ou["number"])
        assert (t.kind, t.decision_text) == (ConclusionKind.DEFERRED, "Saka vert utsett til mai.")
        assert agenda.case_detail(s, ou["a"]).earlier == ()  # the first treatment has none
        record = load_meeting_record(s, ou["may"])
        item = next(i for i in record.items if i.id == next_id)
        assert [e.item_id for e in item.earlier] == [ou["a"]] and item.earlier[0].came_back
        # the case is exempt: the public sees neither its history nor its texts
        public = next(i for i in public_view(record).items if i.id == next_id)
        assert public.earlier == ()


def test_the_minutes_and_the_notice_say_where_the_case_was_before(db, ou, tmp_path):
    with db.transaction() as s:
        item = s.get(AgendaItem, ou["a"])
        agenda.update_item(s, item.id, exempt=False)
        live.conclude(s, ou["a"], ConclusionKind.DEFERRED, at=MARCH)
        [next_one] = waiting(s, ou)
        meetings.schedule_item(s, next_one.id, ou["may"])
        meetings.send_notice(s, s.get(Meeting, ou["may"]), at=datetime(2026, 4, 20, 9))
        live.start_meeting_mode(s, ou["may"])
        live.conclude(s, next_one.id, ConclusionKind.CONSENSUS, at=MAY)
    line = f"Saka vart utsett i møte 3. mars 2026, sak {ou['number']}."
    with db.session() as s:
        minutes = export_minutes(s, ou["may"], tmp_path / "referat.docx")
        notice = export_notice(s, ou["may"], tmp_path / "innkalling.docx")
        bokmaal = export_minutes(s, ou["may"], tmp_path / "referat-nb.docx", lang="nb")
    assert line in [p.text for p in Document(str(minutes)).paragraphs]
    assert line in [p.text for p in Document(str(notice)).paragraphs]
    assert f"Saken ble utsatt i møte 3. mars 2026, sak {ou['number']}." in [
        p.text for p in Document(str(bokmaal)).paragraphs]
    with db.session() as s:  # the March minutes have no such line: the case had no earlier treatment
        march = export_minutes(s, ou["march"], tmp_path / "mars.docx")
    assert not any("i møte" in p.text and "Saka vart" in p.text for p in Document(str(march)).paragraphs)


def test_a_case_is_withdrawn_only_once_the_notice_has_gone(db, ou, tmp_path):
    with db.transaction() as s:
        b = meetings.add_item(s, meeting_id=ou["may"], title="Avviksrutinar")
        with pytest.raises(InvalidInput) as refused:
            live.conclude(s, b.id, ConclusionKind.WITHDRAWN, at=MAY)
        assert refused.value.code == "conclusion.withdraw_before_notice"
        assert s.get(AgendaItem, b.id).conclusion is None
        conclusion = live.conclude(s, ou["a"], ConclusionKind.WITHDRAWN, at=MARCH)  # the notice has gone
        assert (conclusion.kind, conclusion.decision_text) == (ConclusionKind.WITHDRAWN, "Saka vart trekt.")
        assert waiting(s, ou) == []  # a withdrawn case does not come back by itself
        assert s.get(AgendaItem, ou["a"]).number_label == ou["number"]  # it keeps its number
        live.mark_held(s, ou["march"], at=MARCH)
    with db.session() as s:
        minutes = export_minutes(s, ou["march"], tmp_path / "referat.docx")
        assert s.scalar(sa.select(Conclusion.kind).where(Conclusion.item_id == ou["a"])) == ConclusionKind.WITHDRAWN
    texts = [p.text for p in Document(str(minutes)).paragraphs]
    assert texts.count("Saka vart trekt.") == 1  # the decision says it: not a second time


def test_the_demo_deferred_nordhordland_case_comes_back_as_the_same_case(demo_db):
    with demo_db.session() as s:
        deferred = s.scalars(
            sa.select(AgendaItem).join(Conclusion).join(AgendaItem.body)
            .where(Conclusion.kind == ConclusionKind.DEFERRED)
        ).all()
        nordhordland = [i for i in deferred if i.body.short_name == "OU Nordhordland"]
        assert len(nordhordland) == 1
        [item] = nordhordland
        # the case is treated in other bodies too (issue 20: the demo's topics are one case each)
        treatments = [t for t in item.case.treatments if t.body_id == item.body_id]
        assert [t.id for t in treatments][0] == item.id and len(treatments) == 2
        later = treatments[1]
        assert later.meeting is not None and later.meeting.starts_at > item.meeting.starts_at
        assert later.title == item.title
        earlier = agenda.earlier_treatments(s, later.id)
        assert [e.item_id for e in earlier if e.body_id == item.body_id] == [item.id]
        # nothing of it is left waiting, and no other case of the body has its title
        same_title = s.scalars(sa.select(AgendaItem).where(AgendaItem.body_id == item.body_id,
                                                           AgendaItem.title == item.title)).all()
        assert {i.case_id for i in same_title} == {item.case_id}
        assert all(i.meeting_id is not None for i in same_title)
