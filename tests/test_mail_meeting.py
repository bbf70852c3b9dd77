"""The notice and the minutes as an e-mail draft to the body (exports/mail.py, `hfdesk export mail`):
read back with Python's e-mail parser."""

from __future__ import annotations

import io
import shutil
from datetime import date, datetime
from email import policy
from email.parser import BytesParser

import pytest
import time_machine
from docx import Document

from hfdesk.__main__ import main
from hfdesk.errors import InvalidInput
from hfdesk.exports.mail import MINUTES, NOTICE, meeting_draft
from hfdesk.models import Meeting, MeetingStatus, Role, Side
from hfdesk.services import live, meetings, register
from hfdesk.services.attachments import add_attachment_to_item

AT = datetime(2026, 12, 1, 12)


def _body(db, language: str = "nn") -> dict[str, int]:
    """A body (nn or nb) with a leader and a member with addresses, a member without one, an
    observer, a deputy, a secretary; a meeting with an open case (with an attachment) and an
    exempt case (with one), and a guest på sak for the open case."""
    with db.transaction() as s:
        org = register.create_organisation(s, "Alver kommune", Side.MUNICIPAL)
        name = "Strategisk samarbeidsutval" if language == "nn" else "Strategisk samarbeidsutvalg"
        body = register.create_body(s, name, 2, short_name="SSU", language=language)
        ids: dict[str, int] = {"body": body.id}
        t0 = date(2024, 1, 1)
        for key, role, email in (
            ("leiar", Role.LEADER, "leiar@example.no"),
            ("m2", Role.MEMBER, "m2@example.no"),
            ("m3", Role.MEMBER, ""),
            ("obs", Role.OBSERVER, "obs@example.no"),
            ("vara", Role.DEPUTY, "vara@example.no"),
            ("sekr", Role.SECRETARY, "sekr@example.no"),
        ):
            p = register.create_person(s, key.capitalize(), "Testesen", organisation_id=org.id, email=email)
            ids[f"p_{key}"] = p.id
            register.add_membership(s, body.id, p.id, role, term_from=t0)
        guest = register.create_person(s, "Gjest", "Testesen", organisation_id=org.id, email="gjest@example.no")
        meeting = meetings.create_meeting(s, body, datetime(2026, 12, 15, 9), place="Rådhuset")
        ids["meeting"] = meeting.id
        open_item = meetings.add_item(s, meeting_id=meeting.id, title="Open sak")
        exempt = meetings.add_item(
            s, meeting_id=meeting.id, title="Løyndomssak", background="Helseopplysningar om pasient X",
            exempt=True, exemption_basis="offl. § 13 jf. fvl. § 13",
        )
        add_attachment_to_item(s, open_item.id, "open-vedlegg.pdf", b"%PDF-1.4 open")
        add_attachment_to_item(s, exempt.id, "hemmeleg-vedlegg.pdf", b"%PDF-1.4 secret")
        s.flush()
        ids["open"], ids["exempt"] = open_item.id, exempt.id
        live.add_attendee(s, meeting.id, person_id=guest.id, item_ids=[open_item.id])
    return ids


def _read(path):
    return BytesParser(policy=policy.default).parsebytes(path.read_bytes())


def _names(message) -> list[str]:
    return [a.get_filename() for a in message.iter_attachments()]


def _addresses(message, header: str) -> set[str]:
    value = message[header]
    return {a.addr_spec for a in value.addresses} if value is not None else set()


@time_machine.travel(AT, tick=False)
def test_the_notice_goes_to_members_and_observers_with_deputies_in_copy_as_a_draft(db, tmp_path):
    ids = _body(db, "nn")
    with db.session() as s:
        mail = meeting_draft(s, ids["meeting"], NOTICE, tmp_path / "n.eml", converter=None)
    message = _read(tmp_path / "n.eml")
    assert message["X-Unsent"] == "1"
    assert _addresses(message, "To") == {"leiar@example.no", "m2@example.no", "obs@example.no"}
    assert _addresses(message, "Cc") == {"vara@example.no"}  # not the guest, not the secretary
    assert mail.without_address == ("M3 Testesen",)
    assert mail.guests == ("Gjest Testesen",)
    assert message["Subject"] == "Innkalling til møte i SSU 15. desember 2026"
    text = message.get_body(preferencelist=("plain",)).get_content()
    assert "Til medlemene i Strategisk samarbeidsutval" in text and "tysdag 15. desember 2026" in text  # nynorsk
    assert "unnatekne offentlegheit (teieplikt)" in text and "vert delte ut på anna vis" in text
    calendar = [p for p in message.walk() if p.get_content_type() == "text/calendar"]
    assert len(calendar) == 1 and calendar[0].get_param("method") == "REQUEST"
    assert "METHOD:REQUEST" in calendar[0].get_content()
    # By default the exempt case's papers stay out: its attachment, and its text in the notice.
    names = _names(message)
    assert "Innkalling SSU 2026-12-15.docx" in names and "open-vedlegg.pdf" in names
    assert "hemmeleg-vedlegg.pdf" not in names
    notice = next(p for p in message.iter_attachments() if p.get_filename().endswith(".docx"))
    document = Document(io.BytesIO(notice.get_content()))
    text_of_notice = "\n".join(p.text for p in document.paragraphs) + "\n".join(
        c.text for t in document.tables for r in t.rows for c in r.cells
    )
    assert "Open sak" in text_of_notice and "Helseopplysningar" not in text_of_notice
    assert "Løyndomssak" not in text_of_notice


@time_machine.travel(AT, tick=False)
def test_the_secretary_may_confirm_that_the_exempt_papers_go_by_mail(db, tmp_path):
    ids = _body(db, "nn")
    with db.session() as s:
        mail = meeting_draft(s, ids["meeting"], NOTICE, tmp_path / "n.eml", include_exempt=True, converter=None)
    message = _read(tmp_path / "n.eml")
    assert mail.exempt_left_out == ()
    assert "hemmeleg-vedlegg.pdf" in _names(message)
    assert "teieplikt" not in message.get_body(preferencelist=("plain",)).get_content()
    notice = next(p for p in message.iter_attachments() if p.get_filename().endswith(".docx"))
    assert any("Helseopplysningar" in p.text for p in Document(io.BytesIO(notice.get_content())).paragraphs)


@time_machine.travel(AT, tick=False)
def test_the_public_kind_never_carries_exempt_content(db, tmp_path):
    ids = _body(db, "nn")
    with db.session() as s:
        with pytest.raises(InvalidInput, match="offentlige versjonen"):
            meeting_draft(s, ids["meeting"], NOTICE, tmp_path / "n.eml", public=True, include_exempt=True)
        meeting_draft(s, ids["meeting"], NOTICE, tmp_path / "n.eml", public=True, converter=None)
    message = _read(tmp_path / "n.eml")
    assert "hemmeleg-vedlegg.pdf" not in _names(message)
    raw = (tmp_path / "n.eml").read_bytes()
    notice = next(p for p in message.iter_attachments() if p.get_filename().endswith(".docx"))
    document = Document(io.BytesIO(notice.get_content()))
    assert not any("Helseopplysningar" in p.text for p in document.paragraphs)
    assert b"secret" not in raw


@time_machine.travel(AT, tick=False)
def test_the_minutes_in_bokmal_carry_no_calendar_and_need_a_held_meeting(db, tmp_path):
    ids = _body(db, "nb")
    with db.session() as s:
        with pytest.raises(InvalidInput, match="ikke holdt"):
            meeting_draft(s, ids["meeting"], MINUTES, tmp_path / "r.eml", converter=None)
    assert not (tmp_path / "r.eml").exists()
    with db.transaction() as s:
        s.get(Meeting, ids["meeting"]).status = MeetingStatus.HELD
    with db.session() as s:
        meeting_draft(s, ids["meeting"], MINUTES, tmp_path / "r.eml", converter=None)
    message = _read(tmp_path / "r.eml")
    assert message["Subject"] == "Referat fra møte i SSU 15. desember 2026"
    text = message.get_body(preferencelist=("plain",)).get_content()
    assert "Til medlemmene i Strategisk samarbeidsutvalg" in text and "referatet fra møtet" in text
    assert "Sakspapirene til sak 4/26 er unntatt offentlighet (taushetsplikt)" in text
    assert not [p for p in message.walk() if p.get_content_type() == "text/calendar"]
    assert "Referat SSU 2026-12-15.docx" in _names(message)
    assert _addresses(message, "Cc") == {"vara@example.no"}


@pytest.mark.skipif(shutil.which("soffice") is None, reason="needs LibreOffice")
@time_machine.travel(AT, tick=False)
def test_with_libreoffice_the_document_goes_as_pdf(db, tmp_path):
    ids = _body(db, "nn")
    with db.session() as s:
        mail = meeting_draft(s, ids["meeting"], NOTICE, tmp_path / "n.eml")
    assert mail.pdf
    message = _read(tmp_path / "n.eml")
    pdf = next(p for p in message.iter_attachments() if p.get_filename() == "Innkalling SSU 2026-12-15.pdf")
    assert pdf.get_content_type() == "application/pdf" and pdf.get_content().startswith(b"%PDF")


@time_machine.travel(AT, tick=False)
def test_the_command_writes_the_draft_and_refuses_bad_input_with_one_line(db, tmp_path, capsys, monkeypatch):
    import hfdesk.exports.pdf as pdf

    monkeypatch.setattr(pdf, "find_converter", lambda **_: None)  # the .docx: no seconds of LibreOffice
    ids = _body(db, "nn")
    database = db.location
    out = tmp_path / "n.eml"
    base = ["export", "mail", "--db", database, "--meeting", str(ids["meeting"]), "--out", str(out)]
    assert main([*base, "--kind", "notice"]) == 0
    printed = capsys.readouterr().out
    assert "til 3 mottakere, kopi til 1" in printed and "M3 Testesen" in printed and "Gjest Testesen" in printed
    assert _read(out)["X-Unsent"] == "1"
    assert main([*base, "--kind", "notice", "--public", "--include-exempt"]) == 2
    assert len(capsys.readouterr().err.strip().splitlines()) == 1
    assert main([*base, "--kind", "minutes"]) == 2  # not held
    assert "ikke holdt" in capsys.readouterr().err
    assert main(["export", "mail", "--db", database, "--meeting", "999", "--kind", "notice", "--out", str(out)]) == 2
    with db.transaction() as s:
        for m in s.get(Meeting, ids["meeting"]).body.memberships:
            m.person.email = ""
    assert main([*base, "--kind", "notice"]) == 2
    assert "Ingen av medlemmene" in capsys.readouterr().err
