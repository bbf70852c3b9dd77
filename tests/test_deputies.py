"""Deputies called in (issue 19, points 8 and 9): for a member's forfall before or in the meeting
(services/absence.py), and for one item where a member is disqualified (live.call_in_deputy_for_item)."""

from __future__ import annotations

from datetime import date, datetime

import pytest
import time_machine
from docx import Document

from hfdesk.errors import InvalidInput
from hfdesk.exports.minutes import export_minutes
from hfdesk.models import (
    AttendanceStatus,
    Body,
    Capacity,
    ConclusionKind,
    DisqualificationGround,
    Meeting,
    Role,
    Side,
    VoteChoice,
)
from hfdesk.services import absence, live, meeting_view, meetings, register
from hfdesk.services.rights import voters_at_item


@pytest.fixture
def ssu(db):
    """SSU (nynorsk): leiar, m2, m4 from the municipal side, m3 from a hospital; m4 has a personal
    deputy (vara4); the body's deputy list, in the order registered: pool_s (hospital), pool_k1,
    pool_k2 (municipal). A planned meeting on 15 December 2026 with cases A and B."""
    with db.transaction() as s:
        kommune = register.create_organisation(s, "Alver kommune", Side.MUNICIPAL)
        sjukehus = register.create_organisation(s, "Helse Bergen HF", Side.HOSPITAL)
        body = register.create_body(s, "Strategisk samarbeidsutval", 2, short_name="SSU", language="nn")
        t0 = date(2024, 1, 1)
        ids: dict[str, int] = {"body": body.id}
        for key, role, org in (
            ("leiar", Role.LEADER, kommune),
            ("m2", Role.MEMBER, kommune),
            ("m3", Role.MEMBER, sjukehus),
            ("m4", Role.MEMBER, kommune),
            ("pool_s", Role.DEPUTY, sjukehus),
            ("pool_k1", Role.DEPUTY, kommune),
            ("pool_k2", Role.DEPUTY, kommune),
        ):
            p = register.create_person(s, key.capitalize(), "Testesen", organisation_id=org.id,
                                       email=f"{key}@example.no")
            ids[f"p_{key}"] = p.id
            ids[f"m_{key}"] = register.add_membership(s, body.id, p.id, role, term_from=t0).id
        vara = register.create_person(s, "Vara4", "Testesen", organisation_id=kommune.id, email="vara4@example.no")
        ids["p_vara4"] = vara.id
        ids["m_vara4"] = register.add_membership(
            s, body.id, vara.id, Role.DEPUTY, term_from=t0, deputy_for_id=ids["m_m4"]
        ).id
        meeting = meetings.create_meeting(s, body, datetime(2026, 12, 15, 9))
        ids["a"] = meetings.add_item(s, meeting_id=meeting.id, title="Sak A").id
        ids["b"] = meetings.add_item(s, meeting_id=meeting.id, title="Sak B").id
        ids["meeting"] = meeting.id
    return ids


def _row(s, ids, key):
    return next((a for a in s.get(Meeting, ids["meeting"]).attendances if a.person_id == ids[f"p_{key}"]), None)


AT = datetime(2026, 12, 10, 14)  # five days before the meeting


def test_forfall_before_the_meeting_calls_in_the_members_personal_deputy(db, ssu):
    with db.transaction() as s:
        result = absence.report_absence(s, ssu["meeting"], ssu["p_m4"], "Sjukmeld", at=AT)
        assert result.before_meeting
        member, deputy = _row(s, ssu, "m4"), _row(s, ssu, "vara4")
        assert member.status == AttendanceStatus.REPORTED_ABSENT and member.note == "Sjukmeld"
        assert deputy is result.deputy
        assert deputy.capacity == Capacity.DEPUTY and deputy.deputy_for_id == ssu["m_m4"]
        assert deputy.status == AttendanceStatus.EXPECTED  # called in; registered present when they come
        # nobody else was put on the list before the meeting
        assert {a.person_id for a in s.get(Meeting, ssu["meeting"]).attendances} == {ssu["p_m4"], ssu["p_vara4"]}


def test_without_a_free_personal_deputy_the_next_on_the_bodys_list_of_the_same_side(db, ssu):
    with db.transaction() as s:
        live.set_attendance(s, ssu["meeting"], ssu["p_vara4"], AttendanceStatus.REPORTED_ABSENT)
        # pool_s comes first on the list but is from the hospital side; m4 is municipal
        assert absence.proposed_deputy(s, ssu["meeting"], ssu["p_m4"]).person_id == ssu["p_pool_k1"]
        assert absence.report_absence(s, ssu["meeting"], ssu["p_m4"], at=AT).deputy.person_id == ssu["p_pool_k1"]
        # the next municipal member gets the next deputy on the list; the hospital member the hospital's
        assert absence.report_absence(s, ssu["meeting"], ssu["p_m2"], at=AT).deputy.person_id == ssu["p_pool_k2"]
        assert absence.report_absence(s, ssu["meeting"], ssu["p_m3"], at=AT).deputy.person_id == ssu["p_pool_s"]
        # and then there is no one left for the leader: said, in the user's language
        with pytest.raises(InvalidInput, match="Ingen varamedlemmer kan kalles inn for Leiar Testesen"):
            absence.report_absence(s, ssu["meeting"], ssu["p_leiar"], "Ferie", at=AT)
        absence.report_absence(s, ssu["meeting"], ssu["p_leiar"], "Ferie", at=AT, call_in_deputy=False)
        assert _row(s, ssu, "leiar").status == AttendanceStatus.REPORTED_ABSENT


def test_a_body_that_does_not_keep_deputies_to_their_side_takes_the_list_as_it_stands(db, ssu):
    with db.transaction() as s:
        s.get(Body, ssu["body"]).deputy_same_side = False  # (set in the composition rules dialog)
        assert absence.report_absence(s, ssu["meeting"], ssu["p_m2"], at=AT).deputy.person_id == ssu["p_pool_s"]


def test_the_secretary_may_choose_another_deputy_but_not_one_of_the_other_side(db, ssu):
    with db.transaction() as s:
        result = absence.report_absence(s, ssu["meeting"], ssu["p_m4"], at=AT, deputy_membership_id=ssu["m_pool_k2"])
        assert result.deputy.person_id == ssu["p_pool_k2"]
        with pytest.raises(InvalidInput, match="annen side"):
            absence.report_absence(s, ssu["meeting"], ssu["p_m2"], at=AT, deputy_membership_id=ssu["m_pool_s"])


def test_the_member_comes_after_all_and_the_deputy_goes_off_the_list(db, ssu):
    with db.transaction() as s:
        absence.report_absence(s, ssu["meeting"], ssu["p_m4"], "Sjukmeld", at=AT)
        absence.withdraw_absence(s, ssu["meeting"], ssu["p_m4"])
        assert _row(s, ssu, "vara4") is None
        member = _row(s, ssu, "m4")
        assert member.status == AttendanceStatus.EXPECTED and member.note == ""
        # the personal deputy is free again
        assert absence.proposed_deputy(s, ssu["meeting"], ssu["p_m4"]).person_id == ssu["p_vara4"]
        with pytest.raises(InvalidInput, match="ikke meldt forfall"):
            absence.withdraw_absence(s, ssu["meeting"], ssu["p_m4"])


def test_the_meeting_opens_with_the_forfall_and_the_deputy_standing_in(db, ssu):
    with db.transaction() as s:
        meetings.send_notice(s, s.get(Meeting, ssu["meeting"]), at=AT)
        absence.report_absence(s, ssu["meeting"], ssu["p_m4"], "Sjukmeld", at=AT)
    with time_machine.travel(datetime(2026, 12, 15, 9, 5), tick=False), db.transaction() as s:
        live.start_meeting_mode(s, ssu["meeting"])
        view = meeting_view.live_view(s, ssu["meeting"])
        by_name = {a.name: a for a in view.attendees}
        assert by_name["M4 Testesen"].status == AttendanceStatus.REPORTED_ABSENT
        assert by_name["Vara4 Testesen"].deputy_for_name == "M4 Testesen"
        assert by_name["Leiar Testesen"].status == AttendanceStatus.EXPECTED  # the rest as usual
        live.set_presence(s, by_name["Vara4 Testesen"].attendance_id, status=AttendanceStatus.PRESENT)
        item = next(i for i in s.get(Meeting, ssu["meeting"]).items if i.id == ssu["a"])
        assert ssu["p_vara4"] in {a.person_id for a in voters_at_item(s, item)}


def _in_meeting(s, ids):
    meeting = s.get(Meeting, ids["meeting"])
    meetings.send_notice(s, meeting, at=AT)
    live.start_meeting_mode(s, ids["meeting"])
    for key in ("leiar", "m2", "m3", "m4"):
        live.set_presence(s, _row(s, ids, key).id, status=AttendanceStatus.PRESENT)
    return meeting


def test_a_deputy_for_one_item_votes_there_in_the_disqualified_members_seat_and_nowhere_else(db, ssu):
    with db.transaction() as s:
        meeting = _in_meeting(s, ssu)
        a, b = (next(i for i in meeting.items if i.id == ssu[k]) for k in ("a", "b"))
        with pytest.raises(InvalidInput, match="ikke inhabil i sak"):
            live.call_in_deputy_for_item(s, ssu["meeting"], ssu["a"], ssu["p_m2"], ssu["p_pool_k1"], at=AT)
        live.disqualify(s, ssu["a"], ssu["p_m2"], DisqualificationGround.FVL6_FIRST)
        deputy = live.call_in_deputy_for_item(s, ssu["meeting"], ssu["a"], ssu["p_m2"], ssu["p_pool_k1"], at=AT)
        assert deputy.deputy_for_id == ssu["m_m2"]
        voters_a = {v.person_id for v in voters_at_item(s, a)}
        voters_b = {v.person_id for v in voters_at_item(s, b)}
        assert ssu["p_pool_k1"] in voters_a and ssu["p_m2"] not in voters_a
        assert ssu["p_m2"] in voters_b and ssu["p_pool_k1"] not in voters_b
        assert len(voters_a) == len(voters_b) == 4  # one seat, one vote
        # not at an item where the member is not disqualified
        with pytest.raises(InvalidInput, match="ikke inhabil i sak"):
            live.call_in_deputy_for_item(s, ssu["meeting"], ssu["b"], ssu["p_m2"], ssu["p_pool_k2"], at=AT)
        # the deputy votes at A
        live.conclude(s, ssu["a"], ConclusionKind.VOTE)
        live.set_vote(s, ssu["a"], ssu["p_pool_k1"], VoteChoice.AGAINST)
        with pytest.raises(InvalidInput, match="ikke stemmerett"):
            live.set_vote(s, ssu["a"], ssu["p_m2"], VoteChoice.FOR)


def test_a_deputy_for_one_item_must_be_free_and_of_the_members_side(db, ssu):
    with db.transaction() as s:
        _in_meeting(s, ssu)
        live.disqualify(s, ssu["a"], ssu["p_m2"], DisqualificationGround.FVL6_FIRST)
        with pytest.raises(InvalidInput):
            live.call_in_deputy_for_item(s, ssu["meeting"], ssu["a"], ssu["p_m2"], ssu["p_pool_s"], at=AT)
        with pytest.raises(InvalidInput, match="personlig varamedlem for"):
            live.call_in_deputy_for_item(s, ssu["meeting"], ssu["a"], ssu["p_m2"], ssu["p_vara4"], at=AT)
        live.call_in_deputy_for_item(s, ssu["meeting"], ssu["a"], ssu["p_m2"], ssu["p_pool_k1"], at=AT)
        with pytest.raises(InvalidInput, match="Pool_k1 Testesen møter alt for M2"):
            live.call_in_deputy_for_item(s, ssu["meeting"], ssu["a"], ssu["p_m2"], ssu["p_pool_k2"], at=AT)


def test_removing_the_disqualification_takes_the_items_deputy_off_the_list(db, ssu):
    with db.transaction() as s:
        meeting = _in_meeting(s, ssu)
        dq = live.disqualify(s, ssu["a"], ssu["p_m2"], DisqualificationGround.FVL6_FIRST)
        live.call_in_deputy_for_item(s, ssu["meeting"], ssu["a"], ssu["p_m2"], ssu["p_pool_k1"], at=AT)
        assert live.remove_disqualification(s, dq.id) == ["Pool_k1 Testesen"]
        assert _row(s, ssu, "pool_k1") is None
        a = next(i for i in meeting.items if i.id == ssu["a"])
        assert ssu["p_m2"] in {v.person_id for v in voters_at_item(s, a)}


def test_the_minutes_name_the_deputy_for_the_item(db, ssu, tmp_path):
    with db.transaction() as s:
        meeting = _in_meeting(s, ssu)
        live.disqualify(s, ssu["a"], ssu["p_m2"], DisqualificationGround.FVL6_FIRST)
        live.call_in_deputy_for_item(s, ssu["meeting"], ssu["a"], ssu["p_m2"], ssu["p_pool_k1"], at=AT)
        number = next(i for i in meeting.items if i.id == ssu["a"]).number_label
    with db.session() as s:
        out = export_minutes(s, ssu["meeting"], tmp_path / "referat.docx")
    doc = Document(str(out))
    cells = [c.text for t in doc.tables for row in t.rows for c in row.cells]
    text = "\n".join(p.text for p in doc.paragraphs)
    assert f"Vara for M2 Testesen, sak {number}" in cells
    assert "Pool_k1 Testesen møtte som varamedlem for M2 Testesen i denne saka." in text
    # not as a late arrival and early leave
    assert not any("Møtte frå sak" in c for c in cells)
    assert "Møtte frå denne saka: Pool_k1" not in text


def test_the_deputy_gets_a_draft_with_the_notice_in_the_bodys_written_standard(db, ssu, tmp_path):
    from email import policy
    from email.parser import BytesParser

    from hfdesk.exports.mail import deputy_notice_draft

    with db.transaction() as s:
        meetings.send_notice(s, s.get(Meeting, ssu["meeting"]), at=AT)
        absence.report_absence(s, ssu["meeting"], ssu["p_m4"], "Sjukmeld", at=AT)
    with db.session() as s:
        out = deputy_notice_draft(s, ssu["meeting"], ssu["p_vara4"], tmp_path / "vara.eml")
    message = BytesParser(policy=policy.default).parsebytes(out.read_bytes())
    assert message["X-Unsent"] == "1"
    assert message["To"].addresses[0].addr_spec == "vara4@example.no"
    assert message["Subject"] == "Innkalling som varamedlem: SSU 15. desember 2026"
    text = message.get_body(preferencelist=("plain",)).get_content()
    assert "du er kalla inn som varamedlem" in text and "M4 Testesen har meldt forfall" in text  # nynorsk
    attachments = list(message.iter_attachments())
    assert [a.get_filename() for a in attachments] == ["Innkalling SSU 2026-12-15.docx"]
    notice = Document(__import__("io").BytesIO(attachments[0].get_content()))
    assert any("Innkalling til møte i Strategisk samarbeidsutval" in p.text for p in notice.paragraphs)


def test_a_draft_needs_the_deputys_address_and_a_deputy_called_in(db, ssu, tmp_path):
    from hfdesk.exports.mail import deputy_notice_draft

    with db.transaction() as s:
        absence.report_absence(s, ssu["meeting"], ssu["p_m4"], at=AT)
        s.get(Meeting, ssu["meeting"]).attendances[-1].person.email = ""
    with db.session() as s:
        with pytest.raises(InvalidInput, match="ingen e-postadresse"):
            deputy_notice_draft(s, ssu["meeting"], ssu["p_vara4"], tmp_path / "vara.eml")
        with pytest.raises(InvalidInput, match="ikke kalt inn som varamedlem"):
            deputy_notice_draft(s, ssu["meeting"], ssu["p_pool_k1"], tmp_path / "vara.eml")
    assert not (tmp_path / "vara.eml").exists()


def test_reported_again_the_deputy_called_in_is_kept_or_changed_or_dropped(db, ssu):
    with db.transaction() as s:
        absence.report_absence(s, ssu["meeting"], ssu["p_m2"], "Ferie", at=AT, deputy_membership_id=ssu["m_pool_k2"])
        again = absence.report_absence(s, ssu["meeting"], ssu["p_m2"], "Ferie og kurs", at=AT)
        assert again.deputy.person_id == ssu["p_pool_k2"]  # kept, not the first on the list
        assert _row(s, ssu, "m2").note == "Ferie og kurs"
        member = next(m for m in absence.absence_members(s, ssu["meeting"]) if m.person_id == ssu["p_m2"])
        assert member.deputy_name == "Pool_k2 Testesen" and member.deputy_membership_id == ssu["m_pool_k2"]
        absence.report_absence(s, ssu["meeting"], ssu["p_m2"], at=AT, deputy_membership_id=ssu["m_pool_k1"])
        assert _row(s, ssu, "pool_k2") is None and _row(s, ssu, "pool_k1").deputy_for_id == ssu["m_m2"]
        absence.report_absence(s, ssu["meeting"], ssu["p_m2"], at=AT, call_in_deputy=False)
        assert _row(s, ssu, "pool_k1") is None
        assert _row(s, ssu, "m2").status == AttendanceStatus.REPORTED_ABSENT
