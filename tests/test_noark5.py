"""A meeting as a Noark 5 v5.0 deposit package (issue 21, points 3-5): the three XML files
validate against Arkivverket's official schemas (/work/shared/noark5, or NOARK5_SCHEMAS),
documents are PDF/A with checksums and sizes that match, exempt items carry their legal basis
and a public title, each case says its outcome, systemIDs stay the same between exports, and
the command refuses what cannot be delivered with one line and exit 2."""

from __future__ import annotations

import hashlib
import io
import os
import shutil
from pathlib import Path

import pytest
from lxml import etree

from hfdesk.__main__ import main
from hfdesk.exports import pdf as pdf_module
from hfdesk.exports.noark5.formats import file_format, pdf_format
from hfdesk.exports.noark5.structure import ORDER
from hfdesk.exports.pdf import find_soffice

SCHEMAS = Path(os.environ.get("NOARK5_SCHEMAS", "/work/shared/noark5"))
NS = {"n5": "http://www.arkivverket.no/standarder/noark5/arkivstruktur"}
XS = "{http://www.w3.org/2001/XMLSchema}"
ARCHIVE = ("Samarbeidssekretariatet", "Kari Saksbehandlar", "Ola Arkivar", "Helsefellesskapet i Bergensområdet",
           "974557746")

needs_schemas = pytest.mark.skipif(not (SCHEMAS / "arkivstruktur.xsd").is_file(),
                                   reason=f"Arkivverket's Noark 5 schemas are not at {SCHEMAS}")
needs_soffice = pytest.mark.skipif(find_soffice() is None, reason="LibreOffice (soffice) is not installed")


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _plain_pdf() -> bytes:
    import pikepdf

    pdf = pikepdf.new()
    pdf.add_blank_page()
    out = io.BytesIO()
    pdf.save(out, force_version="1.4", deterministic_id=True)
    return out.getvalue()


def _workbook() -> bytes:
    import xlsxwriter

    out = io.BytesIO()
    book = xlsxwriter.Workbook(out)
    sheet = book.add_worksheet("Budsjett")
    sheet.write_row(0, 0, ["Post", "Kroner"])
    sheet.write_row(1, 0, ["Prosjektleiar", 850000])
    book.close()
    return out.getvalue()


def _prepare(path: Path, *, settings: bool = True) -> tuple[int, str, int]:
    """Archive settings filled in; the approved demo meeting with an exempt item gets a plain
    (not PDF/A) PDF attachment on that item. Returns (meeting id, exempt item uuid, unapproved id)."""
    import sqlalchemy as sa

    from hfdesk.db import open_database
    from hfdesk.models import AgendaItem, Meeting, MeetingStatus
    from hfdesk.services.attachments import add_attachment
    from hfdesk.services.settings import ArchiveSettings, set_archive_settings

    database = open_database(path)
    try:
        with database.transaction() as session:
            if settings:
                set_archive_settings(session, ArchiveSettings(*ARCHIVE))
            meeting = session.scalars(
                sa.select(Meeting).join(AgendaItem, AgendaItem.meeting_id == Meeting.id)
                .where(Meeting.status == MeetingStatus.MINUTES_APPROVED, AgendaItem.exempt.is_(True))
                .order_by(Meeting.id)
            ).first()
            assert meeting is not None, "the demo has an approved meeting with an exempt item"
            item = next(i for i in meeting.items if i.exempt)
            add_attachment(session, item, "skanna-brev.pdf", _plain_pdf(), title="Skanna brev")
            open_item = next(i for i in meeting.items if not i.exempt and i.standard is None)
            add_attachment(session, open_item, "Budsjett.xlsx", _workbook(), title="Budsjett")
            other = session.scalars(
                sa.select(Meeting.id).where(Meeting.status != MeetingStatus.MINUTES_APPROVED,
                                            Meeting.status != MeetingStatus.CANCELLED).order_by(Meeting.id)
            ).first()
            assert other is not None
            return meeting.id, item.uuid, other
    finally:
        database.close()


@pytest.fixture(scope="module")
def packages(demo_file: Path, tmp_path_factory: pytest.TempPathFactory):
    """Two exports of the same meeting: one by the command, one by the function."""
    if find_soffice() is None:
        pytest.skip("LibreOffice (soffice) is not installed")
    from hfdesk.db import open_database
    from hfdesk.exports.noark5 import export_noark5
    from hfdesk.messages import set_language

    folder = tmp_path_factory.mktemp("noark5")
    db = folder / "demo.sqlite"
    shutil.copy(demo_file, db)
    meeting_id, exempt_uuid, _ = _prepare(db)
    first = folder / "uttrekk-1"
    before = set_language("nb")
    try:
        code = main(["export", "noark5", "--db", str(db), "--meeting", str(meeting_id), "--out", str(first)])
    finally:
        set_language(before)
    assert code == 0
    database = open_database(db)
    try:
        with database.session() as session:
            second = export_noark5(session, meeting_id, folder / "uttrekk-2")
    finally:
        database.close()
    return {"first": first, "second": second.path, "warnings": second.warnings, "exempt_uuid": exempt_uuid,
            "count": second.documents}


def _tree(folder: Path) -> etree._ElementTree:
    return etree.parse(str(folder / "arkivstruktur.xml"))


@needs_schemas
@needs_soffice
@pytest.mark.parametrize("xml,xsd", [("arkivstruktur.xml", "arkivstruktur.xsd"),
                                     ("endringslogg.xml", "endringslogg.xsd"),
                                     ("arkivuttrekk.xml", "addml-v8.3.xsd")])
def test_the_three_files_validate_against_arkivverkets_schemas(packages, xml: str, xsd: str) -> None:
    schema = etree.XMLSchema(etree.parse(str(SCHEMAS / xsd)))
    document = etree.parse(str(packages["first"] / xml))
    assert schema.validate(document), [str(e) for e in schema.error_log]


@needs_soffice
def test_system_ids_are_the_same_in_every_export(packages) -> None:
    first = [e.text for e in _tree(packages["first"]).iter("{*}systemID")]
    second = [e.text for e in _tree(packages["second"]).iter("{*}systemID")]
    assert first == second
    assert len(set(first)) == len(first) > 5  # one per object, none shared


@needs_soffice
def test_every_document_is_there_with_its_checksum_size_and_format(packages) -> None:
    folder = packages["first"]
    objects = _tree(folder).findall(".//n5:dokumentobjekt", NS)
    assert len(objects) == packages["count"] >= 4  # notice, agenda, minutes, attachments
    formats = []
    for obj in objects:
        data = (folder / obj.findtext("n5:referanseDokumentfil", namespaces=NS)).read_bytes()
        assert obj.findtext("n5:sjekksum", namespaces=NS) == hashlib.sha256(data).hexdigest()
        assert obj.findtext("n5:sjekksumAlgoritme", namespaces=NS) == "SHA256"
        assert int(obj.findtext("n5:filstoerrelse", namespaces=NS)) == len(data)
        formats.append(obj.findtext("n5:format", namespaces=NS))
    assert formats.count("fmt/477") == len(formats) - 1  # all PDF/A-2b but the scanned letter
    budget = next(d for d in _tree(folder).iter("{*}dokumentbeskrivelse") if d.findtext("n5:tittel", namespaces=NS)
                  == "Budsjett")  # the Excel attachment, converted
    assert budget.findtext("n5:dokumentobjekt/n5:format", namespaces=NS) == "fmt/477"
    assert budget.findtext("n5:dokumentobjekt/n5:referanseDokumentfil", namespaces=NS).endswith("-budsjett.pdf")
    # the package description lists every file with the same checksum
    addml = etree.parse(str(folder / "arkivuttrekk.xml"))
    listed = {o.get("name") for o in addml.iter("{*}dataObject")}
    assert {"arkivstruktur.xml", "endringslogg.xml"} <= listed
    assert all(o.findtext("n5:referanseDokumentfil", namespaces=NS) in listed for o in objects)


@needs_soffice
def test_a_pdf_that_is_not_pdfa_goes_in_as_it_is_with_a_warning(packages) -> None:
    folder = packages["first"]
    plain = [o for o in _tree(folder).findall(".//n5:dokumentobjekt", NS)
             if o.findtext("n5:format", namespaces=NS) != "fmt/477"]
    assert [o.findtext("n5:format", namespaces=NS) for o in plain] == ["fmt/18"]  # PDF 1.4
    assert plain[0].findtext("n5:variantformat", namespaces=NS) == "Produksjonsformat"
    assert (folder / plain[0].findtext("n5:referanseDokumentfil", namespaces=NS)).read_bytes() == _plain_pdf()
    assert any("skanna-brev.pdf" in w and "fmt/18" in w for w in packages["warnings"])


@needs_soffice
def test_the_exempt_item_has_its_legal_basis_and_a_public_title(packages) -> None:
    reg = next(r for r in _tree(packages["first"]).iter("{*}registrering")
               if r.findtext("n5:systemID", namespaces=NS) == packages["exempt_uuid"])
    assert reg.findtext("n5:skjerming/n5:skjermingshjemmel", namespaces=NS) == "offl. § 13 jf. fvl. § 13"
    assert "tittel" in [e.text for e in reg.findall("n5:skjerming/n5:skjermingMetadata", NS)]
    public = reg.findtext("n5:offentligTittel", namespaces=NS)
    title = reg.findtext("n5:tittel", namespaces=NS)
    number = reg.findtext("n5:registreringsID", namespaces=NS)
    assert number in public and title.replace(number, "").strip() not in public
    for doc in reg.findall("n5:dokumentbeskrivelse", NS):  # its papers are shielded too
        assert doc.findtext("n5:skjerming/n5:skjermingshjemmel", namespaces=NS) == "offl. § 13 jf. fvl. § 13"
        name = doc.findtext("n5:dokumentobjekt/n5:referanseDokumentfil", namespaces=NS)
        assert "vedlegg" in name and "brev" not in name  # the file's name tells nothing


@needs_soffice
def test_each_case_says_its_outcome_and_the_meeting_its_participants(packages) -> None:
    tree = _tree(packages["first"])
    cases = [r for r in tree.iter("{*}registrering")
             if r.findtext("n5:moeteregistreringstype", namespaces=NS) == "Saksframlegg"]
    assert cases
    for reg in cases:
        note = reg.findtext("n5:merknad/n5:merknadstekst", namespaces=NS)
        assert note and ("Samrøystes" in note or "Teke til orientering" in note or "Avrøysting" in note), note
    kinds = [r.findtext("n5:moeteregistreringstype", namespaces=NS) for r in tree.iter("{*}registrering")]
    assert kinds[:2] == ["Møteinnkalling", "Saksliste"] and kinds[-1] == "Møteprotokoll"
    functions = [e.text or "" for e in tree.iter("{*}moetedeltakerFunksjon")]
    assert "Møteleiar" in functions and "Referent" in functions
    assert any(f.startswith("Varamedlem for ") for f in functions)
    log = etree.parse(str(packages["first"] / "endringslogg.xml"))
    assert len(log.findall("{*}endring")) >= 1


@needs_schemas
def test_the_element_order_table_is_the_schemas() -> None:
    """ORDER follows arkivstruktur.xsd, extensions after their base (moetemappe after mappe)."""
    schema = etree.parse(str(SCHEMAS / "arkivstruktur.xsd"))
    types = {t.get("name"): t for t in schema.getroot().iter(XS + "complexType")}

    def sequence(name: str) -> tuple[str, ...]:
        kind = types[name]
        extension = kind.find(f".//{XS}extension")
        base = sequence(extension.get("base")) if extension is not None else ()
        return base + tuple(e.get("name") for e in kind.iter(XS + "element"))

    for name, order in ORDER.items():
        assert order == sequence(name), name


def test_formats_are_read_from_the_bytes() -> None:
    xmp = (b'<?xpacket begin="" id="x"?><rdf:Description><pdfaid:part>2</pdfaid:part>'
           b"<pdfaid:conformance>B</pdfaid:conformance></rdf:Description><?xpacket end=\"w\"?>")
    assert pdf_format(b"%PDF-1.7\n" + xmp).pronom == "fmt/477"
    assert pdf_format(b"%PDF-1.7\n" + xmp.replace(b">B<", b">A<")).pronom == "fmt/476"
    assert pdf_format(b"%PDF-1.4\n1 0 obj").pronom == "fmt/18"
    assert pdf_format(b"%PDF-1.7\n1 0 obj").pronom == "fmt/276"
    assert file_format(b"PK\x03\x04", "Budsjett.xlsx").pronom == "fmt/214"
    assert file_format(b"PK\x03\x04", "Notat.docx").pronom == "fmt/412"


# --- the command refuses with one line ----------------------------------------------------------


@pytest.fixture
def prepared(demo_copy: Path) -> tuple[Path, int, int]:
    meeting_id, _, unapproved = _prepare(demo_copy)
    return demo_copy, meeting_id, unapproved


def test_minutes_not_approved_are_refused(capsys, prepared, tmp_path: Path) -> None:
    db, _, unapproved = prepared
    code, _, err = run(capsys, "export", "noark5", "--db", str(db), "--meeting", str(unapproved),
                       "--out", str(tmp_path / "ut"))
    assert code == 2 and "protokollen er godkjent" in err and len(err.strip().splitlines()) == 1
    assert not (tmp_path / "ut").exists()


def test_no_pdfa_converter_is_refused(capsys, prepared, tmp_path: Path, monkeypatch) -> None:
    db, meeting_id, _ = prepared
    monkeypatch.setattr(pdf_module, "find_converter", lambda: None)
    code, _, err = run(capsys, "export", "noark5", "--db", str(db), "--meeting", str(meeting_id),
                       "--out", str(tmp_path / "ut"))
    assert code == 2 and "PDF/A" in err and "LibreOffice" in err and len(err.strip().splitlines()) == 1
    assert not (tmp_path / "ut").exists()


def test_missing_archive_settings_are_named(capsys, demo_copy: Path, tmp_path: Path, monkeypatch) -> None:
    meeting_id, _, _ = _prepare(demo_copy, settings=False)
    monkeypatch.setattr(pdf_module, "find_converter", lambda: object())
    code, _, err = run(capsys, "export", "noark5", "--db", str(demo_copy), "--meeting", str(meeting_id),
                       "--out", str(tmp_path / "ut"))
    assert code == 2 and "administrativ enhet" in err and "saksbehandler" in err and "arkivskaperens ID" in err


def test_a_folder_with_files_is_refused(capsys, prepared, tmp_path: Path, monkeypatch) -> None:
    db, meeting_id, _ = prepared
    monkeypatch.setattr(pdf_module, "find_converter", lambda: object())
    out = tmp_path / "ut"
    out.mkdir()
    (out / "noko.txt").write_text("x")
    code, _, err = run(capsys, "export", "noark5", "--db", str(db), "--meeting", str(meeting_id), "--out", str(out))
    assert code == 2 and "ikke tom" in err
    assert [p.name for p in out.iterdir()] == ["noko.txt"]


def test_the_command_is_in_the_help(capsys) -> None:
    with pytest.raises(SystemExit):
        main(["export", "--help"])
    assert "noark5" in capsys.readouterr().out
