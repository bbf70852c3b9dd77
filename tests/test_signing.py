"""Approval of the minutes by named signatories (justering) and in the meeting itself, at its end
(issue 17 point 7): the services and their refusals, the minutes read back in nynorsk and bokmål
for referat and protokoll bodies, and the meeting JSON's round trip."""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path

import docx
import pytest

from hfdesk.errors import InvalidInput
from hfdesk.exports.meeting_json import export_meeting_json, meeting_document
from hfdesk.exports.minutes import export_minutes
from hfdesk.imports.meeting import import_meeting, read_meeting_file
from hfdesk.models import (
    AttendanceStatus,
    Body,
    Language,
    Meeting,
    MeetingStatus,
    MinutesKind,
    Role,
    Side,
    StandardItem,
)
from hfdesk.services import agenda as agenda_service
from hfdesk.services import approval, live, meetings, register

DAY = datetime(2026, 11, 10, 10)


def _register(s, *, kind: MinutesKind = MinutesKind.PROTOKOLL, language: Language = Language.NYNORSK,
              signatories: int = 2) -> tuple[Body, list, list]:  # fmt: skip
    """A body with three members, a deputy, an observer and a secretary."""
    org = register.create_organisation(s, "Fjordvik kommune", Side.MUNICIPAL)
    body = register.create_body(
        s, "Samhandlingsutvalet", 2, short_name="SU", minutes_kind=kind, language=language,
        minutes_signatories=signatories,
    )  # fmt: skip
    names = [("Kari", "Nordmann"), ("Ola", "Hansen"), ("Per", "Berg"), ("Siri", "Vara"), ("Olav", "Observatør"),
             ("Sekre", "Tær")]  # fmt: skip
    people = [register.create_person(s, g, f, organisation_id=org.id) for g, f in names]
    since = date(2020, 1, 1)
    seats = [register.add_membership(s, body.id, p.id, Role.MEMBER, term_from=since) for p in people[:3]]
    register.add_membership(s, body.id, people[3].id, Role.DEPUTY, term_from=since, deputy_for_id=seats[2].id)
    register.add_membership(s, body.id, people[4].id, Role.OBSERVER, term_from=since)
    register.add_membership(s, body.id, people[5].id, Role.SECRETARY, term_from=since)
    return body, people, seats


def _setup(s, **kwargs) -> dict:
    """The body of `_register` and a meeting on DAY with two members, the deputy (for the third),
    the observer, the secretary and a guest present; the notice is sent, the meeting not yet held."""
    body, people, seats = _register(s, **kwargs)
    meeting = meetings.create_meeting(s, body, DAY, place="Rådhuset", minute_taker=people[5])
    case = meetings.add_item(s, meeting_id=meeting.id, title="Ei sak")
    meetings.send_notice(s, meeting, at=datetime(2026, 11, 1))
    live.prepare_attendance(s, meeting)
    for p in people[:2] + [people[4], people[5]]:
        live.set_attendance(s, meeting, p, AttendanceStatus.PRESENT)
    live.set_attendance(s, meeting, people[2], AttendanceStatus.REPORTED_ABSENT)
    live.set_attendance(s, meeting, people[3], AttendanceStatus.PRESENT, deputy_for=seats[2])
    guest = live.add_attendee(s, meeting.id, name="Gunn Gjest", item_ids=[case.id])
    return {
        "body": body.id, "meeting": meeting.id, "case": case.id,
        "kari": people[0].id, "ola": people[1].id, "per": people[2].id, "siri": people[3].id,
        "observer": people[4].id, "secretary": people[5].id, "guest": guest.person_id,
    }  # fmt: skip


@pytest.fixture
def ids(db):
    with db.transaction() as s:
        return _setup(s)


def _held(db, ids) -> None:
    with db.transaction() as s:
        meetings.mark_meeting_held(s, ids["meeting"], at=DAY.replace(hour=14))


# --- the services --------------------------------------------------------------------------------


def test_signatories_are_present_members_or_deputies_at_most_the_bodys_number(db, ids):
    with db.transaction() as s:
        choices = approval.signing(s, ids["meeting"]).choices
        assert [name for _id, name in choices] == ["Kari Nordmann", "Ola Hansen", "Siri Vara"]
        for who, message in (
            ("observer", "Olav Observatør var ikke til stede som medlem eller varamedlem"),
            ("secretary", "Sekre Tær var ikke til stede"),
            ("guest", "Gunn Gjest var ikke til stede"),
            ("per", "Per Berg var ikke til stede"),  # reported absent
        ):
            with pytest.raises(InvalidInput, match=message):
                approval.set_signatories(s, ids["meeting"], [ids["kari"], ids[who]])
        with pytest.raises(InvalidInput, match="SU har 2 underskrivere; du valgte 3"):
            approval.set_signatories(s, ids["meeting"], [ids["kari"], ids["ola"], ids["siri"]])
        with pytest.raises(InvalidInput, match="Kari Nordmann er valgt to ganger"):
            approval.set_signatories(s, ids["meeting"], [ids["kari"], ids["kari"]])
        approval.set_signatories(s, ids["meeting"], [ids["siri"], ids["kari"]])  # a deputy may sign
        meeting = s.get(Meeting, ids["meeting"])
        assert [(sig.person.full_name, sig.position, sig.signed_on) for sig in meeting.signatures] == [
            ("Siri Vara", 1, None), ("Kari Nordmann", 2, None),
        ]  # fmt: skip


def test_a_body_without_justering_names_no_signatories(db, ids):
    with db.transaction() as s:
        register.update_body(s, ids["body"], minutes_signatories=0)
        with pytest.raises(InvalidInput, match="godkjenner ikke referatet ved underskrift"):
            approval.set_signatories(s, ids["meeting"], [ids["kari"]])


def test_the_bodys_number_of_signatories_is_0_to_5(db, ids):
    with db.transaction() as s:
        for bad in (-1, 6, "2", True):
            with pytest.raises(InvalidInput, match="fra 0 til 5"):
                register.update_body(s, ids["body"], minutes_signatories=bad)
        with pytest.raises(InvalidInput, match="fra 0 til 5"):
            register.create_body(s, "Anna utval", 3, minutes_signatories=7)
        assert register.update_body(s, ids["body"], minutes_signatories=5).minutes_signatories == 5


def test_minutes_are_approved_when_the_last_signatory_has_signed(db, ids):
    with db.transaction() as s:
        approval.set_signatories(s, ids["meeting"], [ids["kari"], ids["ola"]])
        with pytest.raises(InvalidInput, match="først når møtet er holdt"):
            approval.sign_minutes(s, ids["meeting"], ids["kari"], date(2026, 11, 12))
    _held(db, ids)
    with db.transaction() as s:
        with pytest.raises(InvalidInput, match="Siri Vara er ikke valgt"):
            approval.sign_minutes(s, ids["meeting"], ids["siri"], date(2026, 11, 12))
        with pytest.raises(InvalidInput, match=r"før møtet \(10\.11\.2026\)"):
            approval.sign_minutes(s, ids["meeting"], ids["kari"], date(2026, 11, 9))
        with pytest.raises(InvalidInput, match="frem i tid"):
            approval.sign_minutes(s, ids["meeting"], ids["kari"], date(2026, 11, 24))  # the clock: 23 Nov
        approval.sign_minutes(s, ids["meeting"], ids["kari"], date(2026, 11, 16))
        meeting = s.get(Meeting, ids["meeting"])
        assert meeting.status == MeetingStatus.HELD and meeting.approved_on is None
        approval.sign_minutes(s, ids["meeting"], ids["ola"], date(2026, 11, 13))
        assert meeting.status == MeetingStatus.MINUTES_APPROVED
        assert (meeting.approved_on, meeting.approved_in_item_id) == (date(2026, 11, 16), None)
        assert meeting.status_changes[-1].changed_at == datetime(2026, 11, 16, 12)
        with pytest.raises(InvalidInput, match="godkjent og låst"):
            approval.sign_minutes(s, ids["meeting"], ids["ola"], date(2026, 11, 14))
        with pytest.raises(InvalidInput, match="godkjent og låst"):
            approval.set_signatories(s, ids["meeting"], [ids["kari"]])


def test_one_signature_of_two_does_not_approve(db, ids):
    """The body asks for two: one named and signed is not enough."""
    _held(db, ids)
    with db.transaction() as s:
        approval.set_signatories(s, ids["meeting"], [ids["kari"]])
        approval.sign_minutes(s, ids["meeting"], ids["kari"], date(2026, 11, 12))
        assert s.get(Meeting, ids["meeting"]).status == MeetingStatus.HELD
        approval.set_signatories(s, ids["meeting"], [ids["kari"], ids["ola"]])
        approval.sign_minutes(s, ids["meeting"], ids["ola"], None)  # not signed after all: nothing changes
        assert s.get(Meeting, ids["meeting"]).signatures[0].signed_on == date(2026, 11, 12)  # kept
        approval.sign_minutes(s, ids["meeting"], ids["ola"], date(2026, 11, 13))
        assert s.get(Meeting, ids["meeting"]).status == MeetingStatus.MINUTES_APPROVED


def test_reopening_keeps_the_signatories_and_clears_their_dates(db, ids):
    _held(db, ids)
    with db.transaction() as s:
        approval.set_signatories(s, ids["meeting"], [ids["kari"], ids["ola"]])
        for who in ("kari", "ola"):
            approval.sign_minutes(s, ids["meeting"], ids[who], date(2026, 11, 12))
        meetings.reopen_minutes(s, ids["meeting"], "Feil namn i sak 2")
        meeting = s.get(Meeting, ids["meeting"])
        assert meeting.status == MeetingStatus.HELD and meeting.approved_on is None
        assert [(sig.person.full_name, sig.signed_on) for sig in meeting.signatures] == [
            ("Kari Nordmann", None), ("Ola Hansen", None),
        ]  # fmt: skip


def _own_item(s, meeting_id: int):
    return approval.add_own_approval_item(s, meeting_id)


def test_the_own_approval_item_closes_the_agenda_and_cases_added_later_come_before_it(db, ids):
    with db.transaction() as s:
        body = s.get(Body, ids["body"])
        meeting = meetings.create_meeting(s, body, datetime(2026, 12, 1, 10))
        item = _own_item(s, meeting.id)
        assert item.title == "Godkjenning av protokoll frå dette møtet"
        assert item.approves_meeting_id == meeting.id
        with pytest.raises(InvalidInput, match="står allerede på sakslisten"):
            _own_item(s, meeting.id)
        meetings.add_item(s, meeting_id=meeting.id, title="Ny sak")
        agenda_service.remove_item(s, next(i.id for i in meeting.items if i.standard == StandardItem.OTHER_BUSINESS))
        meetings.add_item(s, meeting_id=meeting.id, title="Sak utan eventuelt")
        agenda_service.add_standard_item(s, meeting.id, StandardItem.OTHER_BUSINESS)
        order = [i.title for i in sorted(meeting.items, key=lambda i: i.position)]
        assert order == [
            "Godkjenning av innkalling og sakliste", "Godkjenning av referat frå førre møte", "Ny sak",
            "Sak utan eventuelt", "Eventuelt", "Godkjenning av protokoll frå dette møtet",
        ]  # fmt: skip
        numbers = [i.number_label for i in sorted(meeting.items, key=lambda i: i.position)]
        assert numbers == [f"{n}/26" for n in range(5, 11)]  # in agenda order, after the first meeting's 1-4
        ids_in_order = [i.id for i in sorted(meeting.items, key=lambda i: i.position)]
        with pytest.raises(InvalidInput, match="står alltid sist"):
            agenda_service.reorder_items(s, meeting.id, ids_in_order[:-2] + [ids_in_order[-1], ids_in_order[-2]])
        meetings.send_notice(s, meeting, at=datetime(2026, 11, 20))
        raised = meetings.add_item(s, meeting_id=meeting.id, title="Under eventuelt", not_on_agenda=True)
        last_two = [i.title for i in sorted(meeting.items, key=lambda i: i.position)][-2:]
        assert last_two == [raised.title, "Godkjenning av protokoll frå dette møtet"]


def test_a_referat_body_in_bokmaal_gets_its_own_title(db):
    with db.transaction() as s:
        ids = _setup(s, kind=MinutesKind.REFERAT, language=Language.BOKMAAL)
        body = s.get(Body, ids["body"])
        meeting = meetings.create_meeting(s, body, datetime(2026, 12, 1, 10))
        assert _own_item(s, meeting.id).title == "Godkjenning av referat fra dette møtet"


def test_a_meeting_approves_its_own_minutes_in_its_closing_item(db, ids):
    with db.transaction() as s:
        item = _own_item(s, ids["meeting"])  # after the notice: the year's next number
        item_id, number = item.id, item.number_label
        with pytest.raises(InvalidInput, match="holdt, kan godkjennes"):
            meetings.approve_meeting_minutes(s, ids["meeting"], item_id=item_id)
    _held(db, ids)
    with db.transaction() as s:
        meeting = s.get(Meeting, ids["meeting"])
        opening = next(i for i in meeting.items if i.standard == StandardItem.APPROVE_MINUTES and i.id != item_id)
        with pytest.raises(InvalidInput, match="I sitt eget møte"):
            meetings.approve_meeting_minutes(s, ids["meeting"], item_id=opening.id)  # that one approves the last
        choices = meetings.approval_choices(s, ids["meeting"])
        assert [(c.item_id, c.own) for c in choices] == [(item_id, True)]
        meetings.approve_meeting_minutes(s, ids["meeting"], item_id=item_id)
        assert meeting.status == MeetingStatus.MINUTES_APPROVED
        assert (meeting.approved_in_item_id, meeting.approved_on) == (item_id, DAY.date())
    assert number


def test_a_later_meetings_own_approval_item_does_not_approve_an_earlier_meeting(db, ids):
    _held(db, ids)
    with db.transaction() as s:
        later = meetings.create_meeting(s, s.get(Body, ids["body"]), datetime(2026, 11, 17, 10))
        own = _own_item(s, later.id)
        assert meetings.approval_choices(s, ids["meeting"]) == []  # a later meeting approves once held
        meetings.mark_notice_sent(s, later.id, at=datetime(2026, 11, 11, 10))
        meetings.mark_meeting_held(s, later.id, at=datetime(2026, 11, 17, 14))
        choices = meetings.approval_choices(s, ids["meeting"])
        assert own.id not in [c.item_id for c in choices] and len(choices) == 1
        with pytest.raises(InvalidInput, match="senere møte i samme organ"):
            meetings.approve_meeting_minutes(s, ids["meeting"], item_id=own.id)


# --- the minutes ---------------------------------------------------------------------------------


def _minutes(db, meeting_id: int, out: Path, **kwargs) -> list[str]:
    with db.session() as s:
        export_minutes(s, meeting_id, out, **kwargs)
    return [p.text for p in docx.Document(str(out)).paragraphs]


def _end(lines: list[str], start: str) -> list[str]:
    at = max(i for i, line in enumerate(lines) if line.startswith(start))
    return lines[at:]


@pytest.mark.parametrize(
    ("kind", "language", "statement", "place"),
    [
        (MinutesKind.PROTOKOLL, Language.NYNORSK, "Protokollen er godkjend av Kari Nordmann og Ola Hansen.", "Stad og dato"),
        (MinutesKind.REFERAT, Language.NYNORSK, "Referatet er godkjent av Kari Nordmann og Ola Hansen.", "Stad og dato"),
        (MinutesKind.PROTOKOLL, Language.BOKMAAL, "Protokollen er godkjent av Kari Nordmann og Ola Hansen.", "Sted og dato"),
        (MinutesKind.REFERAT, Language.BOKMAAL, "Referatet er godkjent av Kari Nordmann og Ola Hansen.", "Sted og dato"),
    ],
)  # fmt: skip
def test_the_minutes_end_with_signature_lines_then_names_and_dates(db, tmp_path, kind, language, statement, place):
    with db.transaction() as s:
        ids = _setup(s, kind=kind, language=language)
        meetings.mark_meeting_held(s, ids["meeting"], at=DAY.replace(hour=14))
        approval.set_signatories(s, ids["meeting"], [ids["kari"], ids["ola"]])
    unsigned = _end(_minutes(db, ids["meeting"], tmp_path / "utkast.docx"), statement)
    signature = "Underskrift"
    assert unsigned[1:5] == [
        f"{'_' * 26}\t{'_' * 34}", f"{place}\t{signature}: Kari Nordmann",
        f"{'_' * 26}\t{'_' * 34}", f"{place}\t{signature}: Ola Hansen",
    ]  # fmt: skip
    assert unsigned[5].startswith("Referent: Sekre Tær")
    with db.transaction() as s:
        approval.sign_minutes(s, ids["meeting"], ids["kari"], date(2026, 11, 12))
    half = _end(_minutes(db, ids["meeting"], tmp_path / "halv.docx"), statement)
    assert half[1:4] == ["Kari Nordmann, 12. november 2026", f"{'_' * 26}\t{'_' * 34}", f"{place}\t{signature}: Ola Hansen"]
    with db.transaction() as s:
        approval.sign_minutes(s, ids["meeting"], ids["ola"], date(2026, 11, 13))
    lines = _minutes(db, ids["meeting"], tmp_path / "godkjent.docx")
    signed = _end(lines, statement)
    assert signed[1:3] == ["Kari Nordmann, 12. november 2026", "Ola Hansen, 13. november 2026"]
    assert not any("_" * 26 in line for line in lines)
    document = docx.Document(str(tmp_path / "godkjent.docx"))
    facts = {row.cells[0].text: row.cells[1].text for row in document.tables[0].rows}
    assert facts["Status:"] == statement


def test_the_closing_block_is_kept_with_what_comes_before_it(db, ids, tmp_path):
    _held(db, ids)
    with db.transaction() as s:
        approval.set_signatories(s, ids["meeting"], [ids["kari"], ids["ola"]])
    out = tmp_path / "protokoll.docx"
    lines = _minutes(db, ids["meeting"], out)
    paragraphs = docx.Document(str(out)).paragraphs
    start = max(i for i, line in enumerate(lines) if line.startswith("Protokollen er godkjend av"))
    block = paragraphs[start - 1 :]
    assert all(p.paragraph_format.keep_with_next for p in block[:-1])  # the paragraph before it too
    assert all(p.paragraph_format.keep_together for p in block[1:])


@pytest.mark.parametrize(
    ("language", "line"), [(Language.NYNORSK, "Godkjend i møtet, sak {number}."), (Language.BOKMAAL, "Godkjent i møtet, sak {number}.")]
)  # fmt: skip
def test_minutes_approved_in_the_meeting_itself_say_so(db, tmp_path, language, line):
    with db.transaction() as s:
        ids = _setup(s, language=language, signatories=0)
        item = approval.add_own_approval_item(s, ids["meeting"])
        number, item_id = item.number_label, item.id
        meetings.mark_meeting_held(s, ids["meeting"], at=DAY.replace(hour=14))
        meetings.approve_meeting_minutes(s, ids["meeting"], item_id=item_id)
    lines = _minutes(db, ids["meeting"], tmp_path / "protokoll.docx", lang=language.value)
    expected = line.format(number=number)
    assert expected in lines
    other = "nb" if language == Language.NYNORSK else "nn"
    title = {"nn": "Godkjenning av protokoll frå dette møtet", "nb": "Godkjenning av protokoll fra dette møtet"}
    assert f"Sak {number} {title[language.value]}" in lines
    assert f"Sak {number} {title[other]}" in _minutes(db, ids["meeting"], tmp_path / "annan.docx", lang=other)


# --- the meeting JSON ----------------------------------------------------------------------------


def test_signatures_and_own_approval_go_out_and_come_back(db, ids, tmp_path):
    with db.transaction() as s:
        item = approval.add_own_approval_item(s, ids["meeting"])
        approval.set_signatories(s, ids["meeting"], [ids["ola"], ids["kari"]])
        meetings.mark_meeting_held(s, ids["meeting"], at=DAY.replace(hour=14))
        approval.sign_minutes(s, ids["meeting"], ids["ola"], date(2026, 11, 12))
        number = item.number_label
    with db.session() as s:
        document = meeting_document(s, ids["meeting"], internal=True)
    head = document["meeting"]
    assert head["signatures"] == [
        {"person": {"id": ids["ola"], "name": "Ola Hansen"}, "position": 1, "signed_on": "2026-11-12"},
        {"person": {"id": ids["kari"], "name": "Kari Nordmann"}, "position": 2, "signed_on": None},
    ]  # fmt: skip
    closing = document["items"][-1]
    assert closing["approves"] == {"meeting_uuid": head["uuid"], "own_meeting": True}
    assert {p["name"] for p in document["people"]} >= {"Ola Hansen", "Kari Nordmann"}

    with db.transaction() as s:
        meetings.approve_meeting_minutes(s, ids["meeting"], item_id=item.id)
    with db.session() as s:
        out = export_meeting_json(s, ids["meeting"], tmp_path / "mote.json", internal=True)
    written = json.loads(out.read_text(encoding="utf-8"))
    assert written["meeting"]["approval"] == {
        "approved_on": "2026-11-10", "by_circulation": False, "by_signatories": False, "item_number": number,
        "meeting_id": ids["meeting"], "meeting_uuid": head["uuid"], "own_meeting": True,
    }  # fmt: skip

    # into a new database: the same people, signatures, own approval item and approval
    from hfdesk.db import open_database

    other = open_database(tmp_path / "anna.sqlite")
    try:
        with other.transaction() as s:
            _register(s)  # the same body and people, no meeting
        with other.transaction() as s:
            result = import_meeting(s, read_meeting_file(out))
        with other.session() as s:
            again = meeting_document(s, result.meeting_id, internal=True)
            meeting = s.get(Meeting, result.meeting_id)
            assert meeting.approved_in_item_id == next(i.id for i in meeting.items if i.title.endswith("dette møtet"))
        assert again["meeting"]["signatures"] == [
            {**sig, "person": {**sig["person"], "id": again["meeting"]["signatures"][n]["person"]["id"]}}
            for n, sig in enumerate(written["meeting"]["signatures"])
        ]
        assert [s_["person"]["name"] for s_ in again["meeting"]["signatures"]] == ["Ola Hansen", "Kari Nordmann"]
        assert again["meeting"]["approval"] == {**written["meeting"]["approval"], "meeting_id": result.meeting_id}
        assert again["items"][-1]["approves"] == {"meeting_uuid": written["meeting"]["uuid"], "own_meeting": True}
    finally:
        other.close()


def test_signed_minutes_say_so_in_the_json(db, ids):
    _held(db, ids)
    with db.transaction() as s:
        approval.set_signatories(s, ids["meeting"], [ids["kari"], ids["ola"]])
        for who in ("kari", "ola"):
            approval.sign_minutes(s, ids["meeting"], ids[who], date(2026, 11, 12))
    with db.session() as s:
        head = meeting_document(s, ids["meeting"])["meeting"]
    assert head["approval"]["by_signatories"] is True and head["approval"]["by_circulation"] is False
    assert [sig["signed_on"] for sig in head["signatures"]] == ["2026-11-12", "2026-11-12"]

