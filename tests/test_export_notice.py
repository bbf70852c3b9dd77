"""The notice (innkalling) to Word (issue 4, point 4): read back with python-docx and
checked against the meeting's agenda and expected attendance, in nynorsk and bokmål;
written atomically; converted to PDF and a PNG of page 1 where LibreOffice is installed."""

from __future__ import annotations

import errno
import re
from datetime import UTC
from pathlib import Path
from zoneinfo import ZoneInfo

import docx
import pytest
import sqlalchemy as sa
from docx.oxml.ns import qn

from hfdesk import fileio
from hfdesk.services import settings as db_settings
from hfdesk.dates import clock, clock_range, long_date
from hfdesk.errors import FileInUse, InvalidInput, NotFound
from hfdesk.exports import docx_common
from hfdesk.exports.notice import export_notice
from hfdesk.exports.words import CASE_TYPES, WORDS
from hfdesk.models import Body, CaseType, Meeting, MeetingStatus, Role, Setting, StandardItem
from hfdesk.services.attachments import add_attachment
from hfdesk.services.live import expected_memberships
from hfdesk.services.meetings import add_item
from hfdesk.services.queries import meeting_agenda

EXEMPT_BASIS = "offl. § 13 jf. fvl. § 13"
EXEMPT_TITLE = "Klage frå pårørande i ei enkeltsak"
EXEMPT_BACKGROUND = "Saka gjeld personlege tilhøve hos ein namngjeven pasient."
VIDEO = "https://video.eksempel.no/ssu-desember"
FORFALL_NN = "Meld forfall snarast til sekretariatet og kall inn varamedlemmet ditt."
FORFALL_NB = "Meld forfall snarest til sekretariatet og kall inn varamedlemmet ditt."


def _meeting_id(session, short_name: str, status: MeetingStatus = MeetingStatus.NOTICE_SENT) -> int:
    return session.scalars(
        sa.select(Meeting.id)
        .join(Body, Body.id == Meeting.body_id)
        .where(Body.short_name == short_name, Meeting.status == status)
        .order_by(Meeting.starts_at)
    ).first()


@pytest.fixture
def ssu(demo_db):
    """The next SSU meeting (nynorsk, notice sent) with a video link and an exempt case
    with an attachment added: (database, meeting id)."""
    with demo_db.transaction() as s:
        meeting = s.get(Meeting, _meeting_id(s, "SSU"))
        meeting.video_link = VIDEO
        item = add_item(
            s,
            meeting_id=meeting.id,
            title=EXEMPT_TITLE,
            case_type=CaseType.DECISION,
            responsible="Samarbeidssekretariatet (SSE)",
            background=EXEMPT_BACKGROUND,
            proposed_decision="SSU ber partane gå gjennom saka saman.",
            exempt=True,
            exemption_basis=EXEMPT_BASIS,
            duration_minutes=20,
        )
        add_attachment(s, item, "Klage frå pårørande.pdf", b"%PDF-1.4 klage", title="Klagen")
        meeting_id = meeting.id
    return demo_db, meeting_id


def _export(database, meeting_id: int, out: Path, **kwargs) -> docx.document.Document:
    with database.session() as s:
        assert export_notice(s, meeting_id, out, **kwargs) == out
    return docx.Document(str(out))


def _paragraphs(document) -> list[str]:
    return [p.text for p in document.paragraphs]


def _all_text(document) -> str:
    parts = _paragraphs(document)
    for table in document.tables:
        for row in table.rows:
            parts.extend(cell.text for cell in row.cells)
    return "\n".join(parts)


def _table(document, first_header: str, second_header: str):
    for table in document.tables:
        header = [c.text for c in table.rows[0].cells]
        if header[:2] == [first_header, second_header]:
            return table
    raise AssertionError(f"no table headed {first_header}, {second_header}")


# --- content ------------------------------------------------------------------------------------


def test_nynorsk_notice_head_and_forfall(ssu, tmp_path: Path) -> None:
    database, meeting_id = ssu
    document = _export(database, meeting_id, tmp_path / "innkalling.docx")
    with database.session() as s:
        meeting = s.get(Meeting, meeting_id)
        body_name, place, start, end = meeting.body.name, meeting.place, meeting.starts_at, meeting.ends_at
        chair = meeting.chair.full_name
    text = _all_text(document)
    title = next(p for p in document.paragraphs if p.style.name == "Title")
    assert title.text == f"Innkalling til møte i {body_name}"
    assert long_date(start, "nn").startswith(("måndag", "tysdag", "onsdag", "torsdag", "fredag"))
    assert f"{long_date(start, 'nn')} kl. {clock_range(start, end)}" in text
    assert place in text and VIDEO in text and chair in text
    assert FORFALL_NN in _paragraphs(document)
    assert "Helsefellesskapet i Bergensområdet" in _paragraphs(document)
    # The secretariat signs at the end.
    paragraphs = [p for p in _paragraphs(document) if p]
    assert paragraphs[-2] == "Med helsing"
    assert paragraphs[-1].startswith("Ragnhild Herland")


def test_agenda_table_equals_the_meeting_agenda(ssu, tmp_path: Path) -> None:
    database, meeting_id = ssu
    document = _export(database, meeting_id, tmp_path / "innkalling.docx")
    with database.session() as s:
        agenda = meeting_agenda(s, meeting_id)
    table = _table(document, "Sak", "Tittel")
    assert [c.text for c in table.rows[0].cells] == ["Sak", "Tittel", "Type", "Ansvarleg", "Tid"]
    rows = table.rows[1:]
    assert len(rows) == len(agenda) >= 6
    for row, item in zip(rows, agenda):
        number, title, kind, responsible, time = row.cells
        assert number.text == item.number
        assert title.paragraphs[0].text == item.title
        # Eventuelt is its own kind, not the case type it is stored with
        other = item.standard == StandardItem.OTHER_BUSINESS
        assert kind.text == ("" if other else CASE_TYPES["nn"][item.case_type])
        assert responsible.text == item.responsible
        assert time.text == clock(item.starts_at)
    # The clock times run on from the start by each item's time slot.
    assert rows[0].cells[4].text == clock(agenda[0].starts_at)
    assert len({r.cells[4].text for r in rows}) == len(rows)
    # The header row repeats on every page.
    assert table.rows[0]._tr.trPr.find(qn("w:tblHeader")) is not None


def test_each_case_with_responsible_background_proposal_and_attachments(ssu, tmp_path: Path) -> None:
    database, meeting_id = ssu
    document = _export(database, meeting_id, tmp_path / "innkalling.docx")
    paragraphs = _paragraphs(document)
    headings = [p.text for p in document.paragraphs if p.style.name == "Heading 2"]
    bullets = [p.text for p in document.paragraphs if p.style.name == "List Bullet"]
    with database.session() as s:
        meeting = s.get(Meeting, meeting_id)
        cases = [i for i in meeting.items if i.standard is None]
        # every case with something to say has its section; Eventuelt and the approval of the
        # notice, with nothing beyond their agenda line, get no empty heading
        with_text = [i for i in meeting.items if i.standard not in (StandardItem.OTHER_BUSINESS,
                                                                    StandardItem.APPROVE_NOTICE)]
        assert headings == [f"Sak {i.number_label} {i.title}" for i in with_text]
        for item in cases:
            assert item.proposed_decision and item.proposed_decision in paragraphs
            assert item.background in paragraphs
            lines = [p for p in paragraphs if p.startswith(CASE_TYPES["nn"][item.case_type])]
            assert any(f"Saksansvarleg: {item.responsible}" in line for line in lines)
            for attachment in item.attachments:
                assert any(attachment.filename in b for b in bullets), attachment.filename
        put_forward = [i for i in cases if i.put_forward_by and i.put_forward_by != i.responsible]
        assert put_forward, "the demo has a case put forward by a user representative"
        for item in put_forward:
            assert any(f"Innmeldt av: {item.put_forward_by}" in p for p in paragraphs)
        # the case attachments, and the minutes the approval item approves
        assert sum(len(i.attachments) for i in cases) + 1 == len(bullets) >= 5
    assert "Klagen (Klage frå pårørande.pdf)" in bullets
    assert paragraphs.count("Framlegg til vedtak") == len(cases)
    assert "Forslag til vedtak" not in paragraphs


def test_exempt_case_is_marked_with_its_legal_basis(ssu, tmp_path: Path) -> None:
    database, meeting_id = ssu
    document = _export(database, meeting_id, tmp_path / "innkalling.docx")
    table = _table(document, "Sak", "Tittel")
    exempt_rows = [r for r in table.rows[1:] if r.cells[1].paragraphs[0].text == EXEMPT_TITLE]
    assert len(exempt_rows) == 1
    assert exempt_rows[0].cells[1].paragraphs[1].text == f"Unnateke offentlegheit, {EXEMPT_BASIS}"
    assert f"Unnateke offentlegheit: {EXEMPT_BASIS}" in _paragraphs(document)
    # Only the exempt case is marked.
    assert _all_text(document).count("Unnateke offentlegheit") == 2


def test_public_version_leaves_out_the_exempt_content(ssu, tmp_path: Path) -> None:
    database, meeting_id = ssu
    document = _export(database, meeting_id, tmp_path / "offentleg.docx", public=True)
    text = _all_text(document)
    assert EXEMPT_TITLE not in text and EXEMPT_BACKGROUND not in text
    assert "Klage frå pårørande.pdf" not in text
    assert f"Unnateke offentlegheit: {EXEMPT_BASIS}" in _paragraphs(document)
    exempt_rows = [
        r
        for r in _table(document, "Sak", "Tittel").rows
        if r.cells[1].paragraphs[0].text == "Unnateke offentlegheit"
    ]
    assert len(exempt_rows) == 1 and exempt_rows[0].cells[1].paragraphs[1].text == EXEMPT_BASIS
    assert any(p.startswith("Offentleg versjon") for p in _paragraphs(document))
    # The open cases are all there.
    assert "Budsjett for Samarbeidssekretariatet 2027" in text


def test_the_expected_members_and_observers_are_called_in(ssu, tmp_path: Path) -> None:
    database, meeting_id = ssu
    document = _export(database, meeting_id, tmp_path / "innkalling.docx")
    table = _table(document, "Namn", "Rolle")
    rows = [[c.text for c in r.cells] for r in table.rows[1:]]
    with database.session() as s:
        expected = [
            m
            for m in expected_memberships(s, s.get(Meeting, meeting_id))
            if m.role not in (Role.DEPUTY, Role.SECRETARY)
        ]
        assert sorted(r[0] for r in rows) == sorted(m.person.full_name for m in expected)
        leader = next(m for m in expected if m.role == Role.LEADER)
        assert rows[0] == [
            leader.person.full_name,
            "Leiar",
            f"{leader.represents_text} ({leader.organisation.name})",
        ]
        observers = [r for r in rows if r[1].startswith("Observatør")]
        assert len(observers) == sum(m.role == Role.OBSERVER for m in expected) > 0
        assert {r[1] for r in observers} == {"Observatør (tale- og forslagsrett)"}
        assert "Ragnhild Herland" not in [r[0] for r in rows]  # the secretary sends it


def test_bokmaal_on_request_and_for_a_bokmaal_body(ssu, tmp_path: Path) -> None:
    database, meeting_id = ssu
    nn = _export(database, meeting_id, tmp_path / "nn.docx")
    nb = _export(database, meeting_id, tmp_path / "nb.docx", lang="nb")
    with database.session() as s:
        start = s.get(Meeting, meeting_id).starts_at
    nn_text, nb_text = _all_text(nn), _all_text(nb)
    assert long_date(start, "nn") in nn_text and long_date(start, "nb") in nb_text
    assert long_date(start, "nn") != long_date(start, "nb")  # tysdag / tirsdag ...
    pairs = [
        ("Framlegg til vedtak", "Forslag til vedtak"),
        ("Sakliste", "Saksliste"),
        ("Unnateke offentlegheit", "Unntatt offentlighet"),
        ("Møtestad", "Møtested"),
        ("Ansvarleg", "Ansvarlig"),
        ("Med helsing", "Med hilsen"),
        (FORFALL_NN, FORFALL_NB),
        ("Godkjenning av referat frå førre møte", "Godkjenning av referat fra forrige møte"),
    ]
    for nynorsk, bokmaal in pairs:
        assert nynorsk in nn_text and nynorsk not in nb_text, nynorsk
        assert bokmaal in nb_text and bokmaal not in nn_text, bokmaal
    assert nb.core_properties.language == "nb-NO" and nn.core_properties.language == "nn-NO"

    with database.session() as s:
        bergen = _meeting_id(s, "OU Bergen")
    ou = _export(database, bergen, tmp_path / "ou.docx")
    assert FORFALL_NB in _paragraphs(ou)
    assert "Forslag til vedtak" in _paragraphs(ou)


def test_words_in_both_written_standards() -> None:
    assert WORDS["nb"].keys() == WORDS["nn"].keys()
    assert all(WORDS[lang][key] for lang in WORDS for key in WORDS[lang])
    for table in (CASE_TYPES,):
        assert table["nb"].keys() == table["nn"].keys() == set(CaseType)


def test_document_properties_footer_and_same_bytes(ssu, tmp_path: Path) -> None:
    database, meeting_id = ssu
    first, second = tmp_path / "a.docx", tmp_path / "b.docx"
    document = _export(database, meeting_id, first)
    _export(database, meeting_id, second)
    assert first.read_bytes() == second.read_bytes()
    with database.session() as s:
        meeting = s.get(Meeting, meeting_id)
        props = document.core_properties
        assert props.title == f"Innkalling til møte i {meeting.body.name}"
        assert props.author == "hfdesk"
        assert props.subject.startswith(meeting.body.name)
        # Stored times are Oslo wall-clock times; core properties are UTC.
        sent = meeting.notice_sent_at.replace(tzinfo=ZoneInfo("Europe/Oslo"))
        assert props.created == sent.astimezone(UTC)
    section = document.sections[0]
    assert (round(section.page_width.cm, 1), round(section.page_height.cm, 1)) == (21.0, 29.7)
    footer = section.footer._element
    codes = [t.text.strip() for t in footer.iter(qn("w:instrText"))]
    assert codes == ["PAGE", "NUMPAGES"]
    assert "Side" in "".join(t.text or "" for t in footer.iter(qn("w:t")))
    assert "Innkalling – SSU" in section.footer.paragraphs[0].text


def test_text_xml_cannot_hold_is_dropped(ssu, tmp_path: Path) -> None:
    database, meeting_id = ssu
    with database.transaction() as s:
        meeting = s.get(Meeting, meeting_id)
        add_item(s, meeting_id=meeting.id, title="Bjølle\x07sak", background="Linje ein\x0b\n\nLinje to")
    document = _export(database, meeting_id, tmp_path / "innkalling.docx")
    assert "Bjøllesak" in _all_text(document)
    assert "Linje to" in _paragraphs(document)


def test_unknown_meeting_bad_language_and_cancelled_meeting(demo_db, tmp_path: Path) -> None:
    out = tmp_path / "innkalling.docx"
    with demo_db.session() as s:
        with pytest.raises(NotFound):
            export_notice(s, 999_999, out)
        meeting_id = _meeting_id(s, "SSU")
        with pytest.raises(InvalidInput, match="målform"):
            export_notice(s, meeting_id, out, lang="en")
        cancelled = s.scalars(sa.select(Meeting.id).where(Meeting.status == MeetingStatus.CANCELLED)).first()
        with pytest.raises(InvalidInput, match="avlyst"):
            export_notice(s, cancelled, out)
    assert not out.exists()


def test_a_notice_open_in_word_is_left_as_it_was(
    ssu, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    database, meeting_id = ssu
    folder = tmp_path / "ut"
    folder.mkdir()
    out = folder / "innkalling.docx"
    out.write_bytes(b"the notice sent yesterday")

    def locked(src, dst):
        raise PermissionError(errno.EACCES, "[WinError 32] The process cannot access the file")

    monkeypatch.setattr(fileio, "REPLACE_DELAY_S", 0.001)
    monkeypatch.setattr(fileio.os, "replace", locked)
    with database.session() as s, pytest.raises(FileInUse) as info:
        export_notice(s, meeting_id, out)
    assert "«innkalling.docx» er åpen i et annet program" in str(info.value)
    assert out.read_bytes() == b"the notice sent yesterday"
    assert [p.name for p in folder.iterdir()] == ["innkalling.docx"]


# --- the template -------------------------------------------------------------------------------


def test_the_shipped_template_is_the_one_the_script_makes() -> None:
    path = docx_common.template_path()
    assert path is not None and path.name == "hfdesk.docx"
    import importlib.util

    script = Path(__file__).resolve().parent.parent / "scripts" / "make_default_template.py"
    spec = importlib.util.spec_from_file_location("make_default_template", script)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    built = docx_common.to_bytes(docx_common.build_default_template(), module.STAMP)
    assert path.read_bytes() == built, "run scripts/make_default_template.py and commit the template"
    template = docx.Document(str(path))
    assert template.paragraphs == [] or all(not p.text for p in template.paragraphs)
    for name in ("Title", "Heading 1", "Heading 2", "Heading 3", "List Bullet", "Tabelltekst", "Merknad"):
        template.styles[name]
    assert template.styles["Normal"].font.name == "Calibri"


def test_without_the_template_file_the_same_template_is_built(ssu, tmp_path: Path, monkeypatch) -> None:
    database, meeting_id = ssu
    with_file = _export(database, meeting_id, tmp_path / "a.docx")
    monkeypatch.setattr(docx_common, "template_path", lambda: None)
    without = _export(database, meeting_id, tmp_path / "b.docx")
    assert _all_text(without) == _all_text(with_file)
    assert [c.text.strip() for c in without.sections[0].footer._element.iter(qn("w:instrText"))] == [
        "PAGE",
        "NUMPAGES",
    ]


# --- LibreOffice --------------------------------------------------------------------------------


@pytest.mark.slow
def test_converts_to_pdf_and_renders_page_one(ssu, tmp_path: Path, libreoffice) -> None:
    database, meeting_id = ssu
    out = tmp_path / "innkalling.docx"
    _export(database, meeting_id, out)
    pdf = libreoffice.pdf(out)
    assert pdf.stat().st_size > 10_000
    text = libreoffice.text(pdf)
    if text is not None:
        assert "Innkalling til møte i Strategisk samarbeidsutval" in text
        assert re.search(r"Side 1 av [2-9]\b", text)  # the footer's fields, computed
        assert "Framlegg til vedtak" in text and "Sakliste" in text
    pages = libreoffice.pages(pdf, tmp_path / "side", dpi=60, first=1, last=1)
    if pages is not None:
        assert len(pages) == 1 and pages[0].stat().st_size > 5_000


# --- the secretariat's template (issue 6) --------------------------------------------------------


def _secretariat_template(path: Path) -> Path:
    template = docx.Document()
    template.styles["Normal"].font.name = "Cambria"
    template.sections[0].header.paragraphs[0].text = "Samarbeidssekretariatet – brevmal"
    template.add_paragraph("Malen sin eigen tekst.")
    template.save(str(path))
    return path


def test_notice_in_a_template_given_or_chosen(ssu, tmp_path: Path) -> None:
    database, meeting_id = ssu
    house = _export(database, meeting_id, tmp_path / "hus.docx")
    template = _secretariat_template(tmp_path / "mal.docx")
    given = _export(database, meeting_id, tmp_path / "gitt.docx", template=template)
    with database.transaction() as s:
        db_settings.choose_template(s, template)
    chosen = _export(database, meeting_id, tmp_path / "valt.docx")
    for document in (given, chosen):
        assert document.styles["Normal"].font.name == "Cambria"
        assert document.sections[0].header.paragraphs[0].text == "Samarbeidssekretariatet – brevmal"
        assert _paragraphs(document) == _paragraphs(house)  # the template's own text is gone
        assert _all_text(document) == _all_text(house)
        codes = [t.text.strip() for t in document.sections[0].footer._element.iter(qn("w:instrText"))]
        assert codes == ["PAGE", "NUMPAGES"]


def test_notice_with_a_missing_or_broken_template_says_so(ssu, tmp_path: Path) -> None:
    database, meeting_id = ssu
    out = tmp_path / "innkalling.docx"
    broken = tmp_path / "mal.docx"
    broken.write_text("ikkje ein mal", encoding="utf-8")
    with database.session() as s:
        with pytest.raises(InvalidInput, match="«mal.docx» er ikke en Word-mal"):
            export_notice(s, meeting_id, out, template=broken)
        with pytest.raises(InvalidInput, match="Finner ikke Word-malen «borte.docx»"):
            export_notice(s, meeting_id, out, template=tmp_path / "borte.docx")
    # A choice kept only as a path (before templates were kept in the database file) whose
    # file has gone missing; a choice made now is kept in the file and survives the file.
    template = _secretariat_template(tmp_path / "valt.docx")
    with database.transaction() as s:
        db_settings.choose_template(s, template)
        s.get(Setting, db_settings.SETTING_TEMPLATE).blob_value = None
    template.unlink()
    with database.session() as s, pytest.raises(InvalidInput, match="valgt i innstillingene"):
        export_notice(s, meeting_id, out)
    assert not out.exists()
