"""Issue 17, points 2, 5 and 6: the notice as real notices are — the letter head (addressee,
copy to the deputies by name, date of issue, archive reference), the draft marked, the internal
version marked in its page header, the approval item naming the minutes it approves (also in
the same meeting), Eventuelt its own kind, no empty headings, the closing block kept with the
text before it. Read back with python-docx; one page rendered where LibreOffice is installed."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import docx
import pytest
import sqlalchemy as sa
from docx.oxml.ns import qn

from hfdesk.dates import medium_date
from hfdesk.errors import InvalidInput
from hfdesk.exports.notice import export_notice
from hfdesk.models import AgendaItem, Body, Meeting, MeetingStatus, Membership, Role, StandardItem
from hfdesk.services import meetings as meeting_service
from hfdesk.services.meetings import add_item

INTERNAL_NN = "Inneheld opplysningar som er unnatekne offentlegheit"
INTERNAL_NB = "Inneholder opplysninger som er unntatt offentlighet"


def _meeting(session, short: str, status: MeetingStatus) -> Meeting:
    return session.scalars(
        sa.select(Meeting).join(Body).where(Body.short_name == short, Meeting.status == status).order_by(Meeting.starts_at)
    ).first()


def _export(database, meeting_id: int, out: Path, **kwargs):
    with database.session() as s:
        export_notice(s, meeting_id, out, **kwargs)
    return docx.Document(str(out))


def _header_text(document) -> str:
    return "\n".join(p.text for p in document.sections[0].header.paragraphs)


def _facts(document) -> dict[str, str]:
    table = document.tables[0]
    return {row.cells[0].text.rstrip(":"): row.cells[1].text for row in table.rows}


def test_the_letter_head_names_addressee_copy_date_and_reference(demo_db, tmp_path):
    with demo_db.transaction() as s:
        meeting = _meeting(s, "SSU", MeetingStatus.NOTICE_SENT)
        meeting_service.set_archive_reference(s, meeting.id, "  2026/4711 ")
        meeting_id, body, sent = meeting.id, meeting.body.name, meeting.notice_sent_at
        day = meeting.starts_at.date()
        deputies = sorted(
            (m.person for m in s.scalars(sa.select(Membership).where(Membership.body_id == meeting.body_id,
                                                                        Membership.role == Role.DEPUTY))
             if m.is_current(day)),
            key=lambda p: (p.family_name, p.given_name),
        )
    assert deputies and sent is not None
    document = _export(demo_db, meeting_id, tmp_path / "n.docx")
    facts = _facts(document)
    assert facts["Til"] == f"Medlemene i {body}"
    assert facts["Kopi"] == "Varamedlemer: " + ", ".join(p.full_name for p in deputies)
    assert facts["Dato"] == medium_date(sent, "nn")
    assert facts["Vår ref."] == "2026/4711"
    # The deputies get the copy; the list of those called in is the members and observers.
    called_in = [row.cells[0].text for t in document.tables[1:] for row in t.rows]
    assert not {p.full_name for p in deputies} & set(called_in)
    text = "\n".join(p.text for p in document.paragraphs)
    assert "Meld forfall snarast til sekretariatet og kall inn varamedlemmet ditt." in text

    bokmaal = _export(demo_db, meeting_id, tmp_path / "nb.docx", lang="nb")
    facts = _facts(bokmaal)
    assert facts["Til"] == f"Medlemmene i {body}" and facts["Kopi"].startswith("Varamedlemmer: ")


def test_a_reference_too_long_is_refused_and_nothing_changes(demo_db):
    with demo_db.session() as s:
        meeting_id = _meeting(s, "SSU", MeetingStatus.NOTICE_SENT).id
    with pytest.raises(InvalidInput):
        with demo_db.transaction() as s:
            meeting_service.set_archive_reference(s, meeting_id, "x" * 101)
    with demo_db.session() as s:
        assert s.get(Meeting, meeting_id).archive_reference == ""


def test_a_notice_not_yet_sent_is_a_draft(demo_db, tmp_path):
    with demo_db.session() as s:
        planned = _meeting(s, "SSU", MeetingStatus.PLANNED).id
        sent = _meeting(s, "SSU", MeetingStatus.NOTICE_SENT).id
    draft = _export(demo_db, planned, tmp_path / "draft.docx")
    assert "UTKAST" in _header_text(draft)
    assert _facts(draft)["Dato"] == "Utkast, ikkje sendt ut"
    assert "Utkast: innkallinga er ikkje send ut." in [p.text for p in draft.paragraphs]
    final = _export(demo_db, sent, tmp_path / "sent.docx")
    assert "UTKAST" not in _header_text(final)
    assert not any(p.text.startswith("Utkast:") for p in final.paragraphs)
    assert _facts(final)["Dato"] != "Utkast, ikkje sendt ut"
    footer = "".join(p._p.xml for p in final.sections[0].footer.paragraphs)
    assert "PAGE" in footer and "NUMPAGES" in footer  # "Side X av Y" like the minutes


def test_the_internal_notice_says_so_in_its_header_and_the_public_one_does_not(demo_db, tmp_path):
    with demo_db.transaction() as s:
        meeting = _meeting(s, "SSU", MeetingStatus.NOTICE_SENT)
        add_item(s, meeting_id=meeting.id, title="Klage i ei enkeltsak", exempt=True,
                 exemption_basis="offl. § 13 jf. fvl. § 13", background="Namngjeven pasient.")
        meeting_id = meeting.id
        plain = _meeting(s, "OU Bergen", MeetingStatus.NOTICE_SENT).id
    internal = _export(demo_db, meeting_id, tmp_path / "intern.docx")
    assert INTERNAL_NN in _header_text(internal)
    assert INTERNAL_NB in _header_text(_export(demo_db, meeting_id, tmp_path / "nb.docx", lang="nb"))
    public = _export(demo_db, meeting_id, tmp_path / "offentleg.docx", public=True)
    header = _header_text(public)
    assert INTERNAL_NN not in header and "Offentleg versjon" in header
    public_text = "\n".join([p.text for p in public.paragraphs]
                            + [c.text for t in public.tables for r in t.rows for c in r.cells])
    assert "Klage i ei enkeltsak" not in public_text and "Namngjeven" not in public_text
    # a meeting without exempt items: nothing to mark
    assert INTERNAL_NB not in _header_text(_export(demo_db, plain, tmp_path / "plain.docx"))


def test_the_approval_item_names_the_minutes_and_lists_them_as_an_attachment(demo_db, tmp_path):
    with demo_db.session() as s:
        meeting = _meeting(s, "SSU", MeetingStatus.PLANNED)
        meeting_id = meeting.id
        previous = s.scalars(sa.select(Meeting).where(Meeting.body_id == meeting.body_id,
                                                      Meeting.starts_at < meeting.starts_at,
                                                      Meeting.status != MeetingStatus.CANCELLED)
                             .order_by(Meeting.starts_at.desc())).first()
        when = medium_date(previous.starts_at, "nn")
    document = _export(demo_db, meeting_id, tmp_path / "n.docx")
    paragraphs = [p.text for p in document.paragraphs]
    bullets = [p.text for p in document.paragraphs if p.style.name == "List Bullet"]
    assert f"Gjeld referatet frå møtet {when}, som ligg ved." in paragraphs
    assert f"Referat frå møtet {when}" in bullets


def test_a_meeting_approving_its_own_minutes_says_so(demo_db, tmp_path):
    with demo_db.transaction() as s:
        meeting = _meeting(s, "SSU", MeetingStatus.PLANNED)
        item = s.scalars(sa.select(AgendaItem).where(AgendaItem.meeting_id == meeting.id,
                                                     AgendaItem.standard == StandardItem.APPROVE_MINUTES)).one()
        item.approves_meeting_id = meeting.id
        meeting_id = meeting.id
    document = _export(demo_db, meeting_id, tmp_path / "n.docx")
    paragraphs = [p.text for p in document.paragraphs]
    assert "Møtet godkjenner referatet frå dette møtet når møtet sluttar." in paragraphs
    assert not any(p.startswith("Referat frå møtet") for p in paragraphs)


def test_eventuelt_is_its_own_kind_and_an_item_without_text_gets_no_heading(demo_db, tmp_path):
    with demo_db.session() as s:
        meeting = _meeting(s, "SSU", MeetingStatus.NOTICE_SENT)
        other = next(i for i in meeting.items if i.standard == StandardItem.OTHER_BUSINESS)
        number, meeting_id = other.number_label, meeting.id
    document = _export(demo_db, meeting_id, tmp_path / "n.docx")
    agenda = next(t for t in document.tables if t.rows[0].cells[0].text == "Sak")
    row = next(r for r in agenda.rows if r.cells[0].text == number)
    assert row.cells[1].text == "Eventuelt" and row.cells[2].text == ""
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
    assert f"Sak {number} Eventuelt" not in headings
    assert all(h.strip() for h in headings)


def test_the_closing_block_is_kept_with_the_text_before_it(demo_db, tmp_path):
    with demo_db.session() as s:
        meeting_id = _meeting(s, "SSU", MeetingStatus.NOTICE_SENT).id
    document = _export(demo_db, meeting_id, tmp_path / "n.docx")
    paragraphs = document.paragraphs
    closing = next(n for n, p in enumerate(paragraphs) if p.text == "Med helsing")
    for p in paragraphs[closing - 2: closing + 1]:
        assert p._p.pPr is not None and p._p.pPr.find(qn("w:keepNext")) is not None, p.text


def test_the_notice_renders_with_its_letter_head(demo_db, tmp_path, libreoffice):
    with demo_db.transaction() as s:
        meeting = _meeting(s, "SSU", MeetingStatus.NOTICE_SENT)
        meeting_service.set_archive_reference(s, meeting.id, "2026/4711")
        meeting_id = meeting.id
    out = tmp_path / "innkalling.docx"
    _export(demo_db, meeting_id, out)
    pdf = libreoffice.pdf(out)
    text = libreoffice.text(pdf)
    if text is not None:
        first_page = text.split("\f")[0]
        assert "Vår ref." in first_page and "2026/4711" in first_page and "Til:" in first_page
        last_page = [page for page in text.split("\f") if page.strip()][-1]
        # the closing never stands alone on the last page
        assert "Med helsing" in last_page and len(last_page.strip().splitlines()) > 4
    pages = libreoffice.pages(pdf, tmp_path / "innkalling", dpi=40)
    assert pages is None or len(pages) >= 2
