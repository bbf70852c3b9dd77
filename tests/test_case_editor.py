"""The case editor's services: a new case by ids, one case's details, and its attachments
(add, read, remove) with the refusals on approved minutes and cancelled meetings."""

from __future__ import annotations

import hashlib
from datetime import datetime
from pathlib import Path

import pytest
import sqlalchemy as sa

from hfdesk.errors import InvalidInput, NotFound
from hfdesk.models import AgendaItem, Attachment, CaseType, Meeting, MeetingStatus, Side, StandardItem
from hfdesk.services import agenda, meetings, register
from hfdesk.services.attachments import (
    add_attachment,
    add_attachment_to_item,
    attachment_content,
    list_attachments,
    read_attachment_file,
    remove_attachment,
)


@pytest.fixture
def ids(db):
    """SSU (nynorsk, all standard items) with a planned meeting, and a person."""
    with db.transaction() as s:
        org = register.create_organisation(s, "Voss herad", Side.MUNICIPAL)
        ssu = register.create_body(s, "Strategisk samarbeidsutval", 2, short_name="SSU")
        other = register.create_body(s, "Områdeutval Voss", 3, short_name="OU Voss")
        person = register.create_person(s, "Åse", "Ødegård", organisation_id=org.id)
        meeting = meetings.create_meeting(s, ssu, datetime(2026, 3, 3, 10))
        return {"ssu": ssu.id, "other": other.id, "person": person.id, "meeting": meeting.id}


def titles(s, meeting_id: int) -> list[str]:
    meeting = s.get(Meeting, meeting_id)
    return [i.title for i in sorted(meeting.items, key=lambda i: i.position)]


def new_case(db, ids, **fields) -> int:
    fields.setdefault("title", "Ny sak")
    with db.transaction() as s:
        return meetings.add_item(s, meeting_id=ids["meeting"], **fields).id


def set_status(db, meeting_id: int, status: MeetingStatus) -> None:
    with db.transaction() as s:
        meeting = s.get(Meeting, meeting_id)
        if status == MeetingStatus.CANCELLED:
            meetings.cancel_meeting(s, meeting_id, "Avlyst på grunn av sjukdom")
            return
        meetings.send_notice(s, meeting)
        meetings.change_status(s, meeting, MeetingStatus.HELD)
        if status == MeetingStatus.MINUTES_APPROVED:
            meetings.approve_minutes(s, meeting)


# -- a new case by ids (meetings.add_item) ---------------------------------------------------------


def test_add_case_by_ids_goes_before_eventuelt_with_every_field(db, ids):
    with db.transaction() as s:
        item = meetings.add_item(
            s,
            meeting_id=ids["meeting"],
            title="  Felles plan for rus og psykisk helse ",
            case_type="discussion",
            responsible="Samarbeidssekretariatet",
            responsible_person_id=ids["person"],
            put_forward_by="Brukarutvalet",
            background="Bakgrunn\nmed to linjer",
            proposed_decision="SSU tek saka til orientering.",
            priority_groups=[4, 2, 2],
            exempt=True,
            exemption_basis="offl. § 14",
            duration_minutes=30,
        )
        item_id = item.id
        assert titles(s, ids["meeting"]) == [
            "Godkjenning av innkalling og sakliste",
            "Godkjenning av referat frå førre møte",
            "Felles plan for rus og psykisk helse",
            "Eventuelt",
        ]
    with db.session() as s:
        detail = agenda.case_detail(s, item_id)
    assert detail.title == "Felles plan for rus og psykisk helse"
    assert detail.case_type == CaseType.DISCUSSION
    assert (detail.responsible, detail.responsible_person_id) == ("Samarbeidssekretariatet", ids["person"])
    assert detail.put_forward_by == "Brukarutvalet"
    assert detail.background == "Bakgrunn\nmed to linjer"
    assert detail.priority_groups == (2, 4)
    assert (detail.exempt, detail.exemption_basis, detail.duration_minutes) == (True, "offl. § 14", 30)
    assert detail.number == "3/26"  # provisional: after the two approvals
    assert detail.place.meeting_id == ids["meeting"] and detail.place.body_name == "Strategisk samarbeidsutval"
    assert detail.place.meeting_status == MeetingStatus.PLANNED and not detail.locked
    assert detail.standard is None and detail.attachments == ()


def test_add_case_to_a_backlog_and_its_refusals(db, ids):
    with db.transaction() as s:
        item = meetings.add_item(s, body_id=ids["other"], title="Venter på eit møte")
        assert item.meeting_id is None and item.body_id == ids["other"] and item.number_label == ""
        waiting = item.id
    with db.session() as s:
        detail = agenda.case_detail(s, waiting)
        assert detail.place.meeting_id is None and detail.place.body_short_name == "OU Voss"
        assert not detail.locked
    with db.transaction() as s:
        with pytest.raises(InvalidInput, match="må høre til et møte eller et organ"):
            meetings.add_item(s, title="Ingen stad")
        with pytest.raises(InvalidInput, match="et annet organ"):
            meetings.add_item(s, meeting_id=ids["meeting"], body_id=ids["other"], title="Feil organ")
        with pytest.raises(InvalidInput, match="må ha hjemmel"):
            meetings.add_item(s, meeting_id=ids["meeting"], title="Unnateke", exempt=True,
                              exemption_basis=" ")  # fmt: skip
        with pytest.raises(InvalidInput, match="Tittelen på saken må fylles ut"):
            meetings.add_item(s, meeting_id=ids["meeting"], title="  ")
        with pytest.raises(NotFound, match="Personen med id 999"):
            meetings.add_item(s, meeting_id=ids["meeting"], title="Sak", responsible_person_id=999)
        with pytest.raises(NotFound, match="Møtet med id 999"):
            meetings.add_item(s, meeting_id=999, title="Sak")
    with db.session() as s:
        assert len(titles(s, ids["meeting"])) == 3  # nothing added by the refusals


@pytest.mark.parametrize(
    ("status", "message"),
    [(MeetingStatus.MINUTES_APPROVED, "Referatet er godkjent"), (MeetingStatus.CANCELLED, "Møtet er avlyst")],
)
def test_add_case_is_refused_on_approved_minutes_and_cancelled_meetings(db, ids, status, message):
    set_status(db, ids["meeting"], status)
    with db.transaction() as s, pytest.raises(InvalidInput, match=message):
        meetings.add_item(s, meeting_id=ids["meeting"], title="For seint")


def test_case_place_for_a_new_case(db, ids):
    with db.session() as s:
        place = agenda.case_place(s, meeting_id=ids["meeting"])
        assert (place.body_id, place.meeting_starts_at) == (ids["ssu"], datetime(2026, 3, 3, 10))
        assert agenda.case_place(s, body_id=ids["other"]).meeting_id is None
        with pytest.raises(InvalidInput):
            agenda.case_place(s)


def test_case_detail_of_a_standard_item_and_on_a_locked_meeting(db, ids):
    with db.session() as s:
        other_business = next(
            i.id for i in s.get(Meeting, ids["meeting"]).items if i.standard == StandardItem.OTHER_BUSINESS
        )
        assert agenda.case_detail(s, other_business).standard == StandardItem.OTHER_BUSINESS
        with pytest.raises(NotFound):
            agenda.case_detail(s, 999)
    item_id = new_case(db, ids)
    set_status(db, ids["meeting"], MeetingStatus.MINUTES_APPROVED)
    with db.session() as s:
        detail = agenda.case_detail(s, item_id)
        assert detail.locked and detail.place.meeting_status == MeetingStatus.MINUTES_APPROVED


# -- attachments ---------------------------------------------------------------------------------


def test_attachments_are_added_listed_read_and_removed_by_id(db, ids):
    item_id = new_case(db, ids)
    one, two, three = b"%PDF-1.7 first", bytes(range(256)) * 10, b"third"
    with db.transaction() as s:
        a = add_attachment_to_item(s, item_id, "Saksframlegg.pdf", one).id
        b = add_attachment_to_item(s, item_id, "/home/x/Vedlegg 2.docx", two, title="Utkast til avtale").id
        c = add_attachment_to_item(s, item_id, "tabell.xlsx", three).id
    with db.session() as s:
        rows = list_attachments(s, item_id)
        assert [(r.id, r.filename, r.title, r.size) for r in rows] == [
            (a, "Saksframlegg.pdf", "Saksframlegg", len(one)),
            (b, "Vedlegg 2.docx", "Utkast til avtale", len(two)),
            (c, "tabell.xlsx", "tabell", len(three)),
        ]
        assert rows[0].mime_type == "application/pdf"
        assert agenda.case_detail(s, item_id).attachments == tuple(rows)
        assert attachment_content(s, b) == ("Vedlegg 2.docx", two)
        stored = s.get(Attachment, b)
        assert stored.sha256 == hashlib.sha256(two).hexdigest()
    with db.transaction() as s:
        remove_attachment(s, a)
    with db.session() as s:
        rows = list_attachments(s, item_id)
        assert [r.id for r in rows] == [b, c]
        assert [s.get(Attachment, r.id).position for r in rows] == [0, 1]  # the others close up
        assert s.scalar(sa.select(sa.func.count()).select_from(Attachment).where(Attachment.id == a)) == 0
        with pytest.raises(NotFound, match="Vedlegget med id"):
            attachment_content(s, a)
    with db.transaction() as s, pytest.raises(NotFound, match="Vedlegget med id"):
        remove_attachment(s, a)


def test_attachments_may_change_on_a_backlog_case_and_a_held_meeting(db, ids):
    with db.transaction() as s:
        waiting = meetings.add_item(s, body_id=ids["ssu"], title="I køen").id
        add_attachment_to_item(s, waiting, "notat.txt", b"notat")
    item_id = new_case(db, ids)
    set_status(db, ids["meeting"], MeetingStatus.HELD)
    with db.transaction() as s:
        added = add_attachment_to_item(s, item_id, "etter møtet.pdf", b"presentasjon").id
        remove_attachment(s, added)
    with db.session() as s:
        assert [r.filename for r in list_attachments(s, waiting)] == ["notat.txt"]


@pytest.mark.parametrize(
    ("status", "message"),
    [
        (MeetingStatus.MINUTES_APPROVED, "Referatet er godkjent og låst. Åpne møtet igjen for å endre vedleggene."),
        (MeetingStatus.CANCELLED, "Møtet er avlyst; vedleggene kan ikke endres."),
    ],
)
def test_attachments_are_refused_on_approved_minutes_and_cancelled_meetings(db, ids, status, message):
    item_id = new_case(db, ids)
    with db.transaction() as s:
        # Sent before the notice so that a cancellation keeps the case on the meeting.
        attachment_id = add_attachment_to_item(s, item_id, "a.pdf", b"a").id
        meetings.send_notice(s, s.get(Meeting, ids["meeting"]))
    if status == MeetingStatus.CANCELLED:
        with db.transaction() as s:
            meetings.cancel_meeting(s, ids["meeting"], "Avlyst")
    else:
        with db.transaction() as s:
            meeting = s.get(Meeting, ids["meeting"])
            meetings.change_status(s, meeting, MeetingStatus.HELD)
            meetings.approve_minutes(s, meeting)
    with db.session() as s:
        assert s.get(AgendaItem, item_id).meeting_id == ids["meeting"]
    with db.transaction() as s:
        with pytest.raises(InvalidInput) as refused:
            add_attachment_to_item(s, item_id, "b.pdf", b"b")
        assert str(refused.value) == message
        with pytest.raises(InvalidInput) as refused:
            remove_attachment(s, attachment_id)
        assert str(refused.value) == message
    with db.session() as s:
        assert [r.filename for r in list_attachments(s, item_id)] == ["a.pdf"]
        assert attachment_content(s, attachment_id) == ("a.pdf", b"a")  # reading is always allowed


def test_attachment_refusals_for_names_sizes_and_unknown_cases(db, ids, monkeypatch):
    item_id = new_case(db, ids)
    with db.transaction() as s:
        with pytest.raises(InvalidInput, match="må ha et filnavn"):
            add_attachment_to_item(s, item_id, "  ", b"x")
        with pytest.raises(NotFound, match="Saken med id 999"):
            add_attachment_to_item(s, 999, "a.pdf", b"x")
        monkeypatch.setattr("hfdesk.services.attachments.MAX_ATTACHMENT_BYTES", 3)
        with pytest.raises(InvalidInput, match="større enn 200 MB"):
            add_attachment_to_item(s, item_id, "stor.pdf", b"1234")
    with db.session() as s:
        assert list_attachments(s, item_id) == []


def test_the_demo_builder_may_still_attach_papers_to_history(db, ids):
    """add_attachment (ORM, used by the demo builder and imports) records what was there."""
    item_id = new_case(db, ids)
    set_status(db, ids["meeting"], MeetingStatus.MINUTES_APPROVED)
    with db.transaction() as s:
        add_attachment(s, s.get(AgendaItem, item_id), "referat.pdf", b"r")
    with db.session() as s:
        assert [r.filename for r in list_attachments(s, item_id)] == ["referat.pdf"]


# -- reading the user's files ------------------------------------------------------------------------


def test_read_attachment_file(tmp_path: Path):
    path = tmp_path / "Saksframlegg æøå.docx"
    path.write_bytes(b"PK\x03\x04 docx")
    assert read_attachment_file(path) == ("Saksframlegg æøå.docx", b"PK\x03\x04 docx")
    assert read_attachment_file(str(path))[0] == "Saksframlegg æøå.docx"


def test_an_unreadable_file_gives_one_clear_line(tmp_path: Path, monkeypatch):
    with pytest.raises(InvalidInput) as gone:
        read_attachment_file(tmp_path / "borte.pdf")
    assert str(gone.value) == "Finner ikke «borte.pdf». Filen kan være flyttet eller slettet."
    folder = tmp_path / "mappe"
    folder.mkdir()
    with pytest.raises(InvalidInput, match="«mappe» er en mappe, ikke en fil."):
        read_attachment_file(folder)

    locked = tmp_path / "låst.pdf"
    locked.write_bytes(b"hemmeleg")

    def no_access(self: Path) -> bytes:
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "read_bytes", no_access)
    with pytest.raises(InvalidInput) as denied:
        read_attachment_file(locked)
    assert str(denied.value) == "Du har ikke tilgang til å lese «låst.pdf»."

    def in_use(self: Path) -> bytes:
        raise OSError(5, "Input/output error", str(self))

    monkeypatch.setattr(Path, "read_bytes", in_use)
    with pytest.raises(InvalidInput, match="Kan ikke lese «låst.pdf»"):
        read_attachment_file(locked)


def test_a_file_too_large_is_refused_before_it_is_read(tmp_path: Path, monkeypatch):
    path = tmp_path / "film.mp4"
    path.write_bytes(b"12345")
    monkeypatch.setattr("hfdesk.services.attachments.MAX_ATTACHMENT_BYTES", 4)
    monkeypatch.setattr(Path, "read_bytes", lambda self: pytest.fail("read a file that is too large"))
    with pytest.raises(InvalidInput, match="«film.mp4» er større enn 200 MB"):
        read_attachment_file(path)
