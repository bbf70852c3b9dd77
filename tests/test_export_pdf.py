"""The notice and the minutes as PDF/A-2 (hfdesk/exports/pdf.py): the converter is chosen from
what the machine has, the PDF carries title, author, language and PDF/A identification in its
XMP, embeds its fonts and is tagged; without a converter the user is told and nothing is written."""

from __future__ import annotations

import json
import sys
from datetime import datetime
from pathlib import Path
from typing import Any

import docx
import pytest

from hfdesk.__main__ import main
from hfdesk.errors import CannotWrite
from hfdesk.exports import pdf as pdf_module
from hfdesk.exports.pdf import (
    LibreOfficeConverter,
    WordConverter,
    add_xmp_language,
    export_pdf,
    find_converter,
    is_pdfa,
    soffice_candidates,
)


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def _meeting(capsys, demo_file: Path, short_name: str, statuses: tuple[str, ...]) -> dict[str, Any]:
    _, out, _ = run(capsys, "meetings", "--db", str(demo_file), "--json")
    bodies = {b["id"]: b for b in json.loads(run(capsys, "bodies", "--db", str(demo_file), "--json")[1])}
    return next(
        m for m in json.loads(out)
        if m["status"] in statuses and bodies[m["body_id"]]["short_name"] == short_name
    )


XMP = (
    '<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>\n'
    '<x:xmpmeta xmlns:x="adobe:ns:meta/">\n'
    ' <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">\n'
    '  <rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/">\n'
    "   <pdfaid:part>2</pdfaid:part><pdfaid:conformance>B</pdfaid:conformance>\n"
    "  </rdf:Description>\n"
    '  <rdf:Description rdf:about="" xmlns:dc="http://purl.org/dc/elements/1.1/">\n'
    '   <dc:title><rdf:Alt><rdf:li xml:lang="x-default">Referat</rdf:li></rdf:Alt></dc:title>\n'
    "  </rdf:Description>\n"
    " </rdf:RDF>\n"
    "</x:xmpmeta>\n" + (" " * 99 + "\n") * 20 + '<?xpacket end="w"?>'
)
FAKE_PDF = b"%PDF-1.7\n1 0 obj\n<</Type/Metadata/Subtype/XML/Length 9>>stream\n" + XMP.encode() + (
    b"\nendstream\nendobj\n%%EOF\n"
)


# --- the XMP packet ----------------------------------------------------------------------------


def test_the_language_is_written_into_the_xmp_in_place():
    changed = add_xmp_language(FAKE_PDF, "nn-NO")
    assert len(changed) == len(FAKE_PDF)  # no offset in the file moves
    assert b"<dc:language><rdf:Bag><rdf:li>nn-NO</rdf:li></rdf:Bag></dc:language>" in changed
    assert changed.endswith(b'<?xpacket end="w"?>\nendstream\nendobj\n%%EOF\n')
    assert add_xmp_language(changed, "nb-NO") == changed  # a language already there is kept
    assert is_pdfa(changed)


def test_a_packet_without_room_or_without_pdfa_is_left_alone():
    tight = FAKE_PDF.replace((b" " * 99 + b"\n") * 20, b"\n")
    assert add_xmp_language(tight, "nb-NO") == tight
    plain = FAKE_PDF.replace(b"pdfaid:part", b"other:part")
    assert not is_pdfa(plain)
    assert add_xmp_language(plain, "nb-NO") == plain


# --- choosing a converter ------------------------------------------------------------------------


def test_word_is_chosen_on_windows_then_libreoffice_then_none(tmp_path):
    soffice = tmp_path / "soffice"
    com = object()
    chosen = find_converter(platform="win32", word=lambda: True, dispatch=lambda: com, soffice=lambda: soffice)
    assert isinstance(chosen, WordConverter) and chosen.dispatch is com
    # Word without a COM library, or no Word: LibreOffice
    for word, dispatch in ((True, None), (False, com)):
        chosen = find_converter(
            platform="win32", word=lambda w=word: w, dispatch=lambda d=dispatch: d, soffice=lambda: soffice
        )
        assert isinstance(chosen, LibreOfficeConverter) and chosen.executable == soffice
    # never Word outside Windows
    chosen = find_converter(platform="linux", word=lambda: True, dispatch=lambda: com, soffice=lambda: soffice)
    assert isinstance(chosen, LibreOfficeConverter)
    assert find_converter(platform="linux", word=lambda: False, dispatch=lambda: None, soffice=lambda: None) is None


def test_libreoffice_is_looked_for_in_the_usual_install_folders():
    windows = soffice_candidates("win32", {"ProgramFiles": r"C:\Program Files", "ProgramFiles(x86)": r"C:\Program Files (x86)"})
    assert [str(p).replace("\\", "/") for p in windows] == [
        "C:/Program Files/LibreOffice/program/soffice.exe",
        "C:/Program Files (x86)/LibreOffice/program/soffice.exe",
    ]
    mac = soffice_candidates("darwin", {"HOME": "/Users/sekr"})
    assert Path("/Applications/LibreOffice.app/Contents/MacOS/soffice") in mac
    assert Path("/Users/sekr/Applications/LibreOffice.app/Contents/MacOS/soffice") in mac


def test_libreoffice_is_asked_for_tagged_pdfa2_and_pdfua_with_a_profile_of_its_own(tmp_path):
    command = LibreOfficeConverter("soffice").command(tmp_path / "a.docx", tmp_path / "out", tmp_path / "profile")
    assert command[1] == f"-env:UserInstallation={(tmp_path / 'profile').as_uri()}"
    target = command[command.index("--convert-to") + 1]
    assert target.startswith("pdf:writer_pdf_Export:{")
    options = json.loads(target.removeprefix("pdf:writer_pdf_Export:"))
    assert options["SelectPdfVersion"] == {"type": "long", "value": "2"}
    assert options["UseTaggedPDF"] == {"type": "boolean", "value": "true"}
    assert options["PDFUACompliance"] == {"type": "boolean", "value": "true"}


@pytest.mark.skipif(sys.platform == "win32", reason="a shell script stands in for a hung soffice")
def test_a_hung_libreoffice_is_stopped_and_the_user_told(tmp_path):
    hung = tmp_path / "soffice"
    hung.write_text("#!/bin/sh\nsleep 60 &\nsleep 60\n")
    hung.chmod(0o755)
    out = tmp_path / "referat.pdf"
    with pytest.raises(CannotWrite) as caught:
        export_pdf(_tiny_docx, out, converter=LibreOfficeConverter(hung, timeout=1))
    assert caught.value.code == "pdf.timeout" and "1" in str(caught.value)
    assert not out.exists()


# --- Word through its automation interface (a fake here; docs/pdfa.md for Windows) -------------


class FakeDocument:
    def __init__(self, word: FakeWord, name: str) -> None:
        self.word, self.name = word, name

    def ExportAsFixedFormat(self, **kwargs: Any) -> None:  # noqa: N802 (Word's names)
        self.word.calls.append(("ExportAsFixedFormat", kwargs))
        if self.word.fail:
            raise OSError("Word kunne ikkje lagre")
        Path(kwargs["OutputFileName"]).write_bytes(FAKE_PDF)

    def Close(self, **kwargs: Any) -> None:  # noqa: N802
        self.word.calls.append(("Close", kwargs))


class FakeDocuments:
    def __init__(self, word: FakeWord) -> None:
        self.word = word

    def Open(self, **kwargs: Any) -> FakeDocument:  # noqa: N802
        self.word.calls.append(("Open", kwargs))
        self.word.opened = docx.Document(kwargs["FileName"])
        return FakeDocument(self.word, kwargs["FileName"])


class FakeWord:
    def __init__(self, *, fail: bool = False) -> None:
        self.calls: list[tuple[str, dict[str, Any]]] = []
        self.fail = fail
        self.Documents = FakeDocuments(self)
        self.opened: Any = None

    def Quit(self, **kwargs: Any) -> None:  # noqa: N802
        self.calls.append(("Quit", kwargs))


def _tiny_docx(path: Path) -> None:
    from hfdesk.exports import docx_common as dx

    day = datetime(2026, 9, 22)
    document = dx.new_document(title="Referat frå møte i SSU", subject="", created=day, language="nn")
    document.add_heading("Referat", level=1)
    dx.save(document, path, day)


def test_word_exports_pdfa_with_tags_and_properties_and_quits(tmp_path):
    word = FakeWord()
    out = tmp_path / "referat.pdf"
    export_pdf(_tiny_docx, out, author="Helsefellesskapet i Bergensområdet", converter=WordConverter(lambda _: word))
    names = [name for name, _ in word.calls]
    assert names == ["Open", "ExportAsFixedFormat", "Close", "Quit"]
    opened = word.calls[0][1]
    assert opened["ReadOnly"] is True and opened["AddToRecentFiles"] is False
    export = word.calls[1][1]
    assert export["ExportFormat"] == 17  # wdExportFormatPDF
    assert export["UseISO19005_1"] is True and export["DocStructureTags"] is True
    assert export["IncludeDocProps"] is True
    assert word.calls[2][1] == {"SaveChanges": 0}
    # Word was handed the document with the helsefellesskap as author and its language
    props = word.opened.core_properties
    assert props.author == "Helsefellesskapet i Bergensområdet"
    assert props.title == "Referat frå møte i SSU" and props.language == "nn-NO"
    assert b"<rdf:li>nn-NO</rdf:li>" in out.read_bytes()


def test_a_word_failure_is_told_and_word_still_quits(tmp_path):
    word = FakeWord(fail=True)
    out = tmp_path / "referat.pdf"
    out.write_bytes(b"the old file")
    with pytest.raises(CannotWrite) as caught:
        export_pdf(_tiny_docx, out, converter=WordConverter(lambda _: word))
    assert caught.value.code == "pdf.conversion_failed" and "Word kunne ikkje lagre" in str(caught.value)
    assert [name for name, _ in word.calls][-2:] == ["Close", "Quit"]
    assert out.read_bytes() == b"the old file"


def test_a_pdf_that_is_not_pdfa_is_refused(tmp_path):
    class PlainPdf:
        name = "Gammal kontorpakke"

        def convert(self, docx_path: Path, pdf: Path) -> None:
            pdf.write_bytes(b"%PDF-1.4\n%%EOF\n")

    out = tmp_path / "referat.pdf"
    with pytest.raises(CannotWrite) as caught:
        export_pdf(_tiny_docx, out, converter=PlainPdf())
    assert caught.value.code == "pdf.not_pdfa" and not out.exists()


# --- the command line ---------------------------------------------------------------------------


def test_without_a_converter_the_cli_says_so_in_one_line_and_writes_the_word_document(
    capsys, demo_file, tmp_path, monkeypatch
):
    monkeypatch.setattr(pdf_module, "find_converter", lambda: None)
    held = _meeting(capsys, demo_file, "SSU", ("held", "minutes_approved"))
    out = tmp_path / "referat.pdf"
    code, stdout, err = run(capsys, "export", "minutes", "--db", str(demo_file), "--meeting", str(held["id"]),
                            "--out", str(out))
    assert code == 2 and stdout == ""
    assert len(err.strip().splitlines()) == 1
    assert "LibreOffice" in err and "Word" in err and "referat.pdf" in err and "referat.docx" in err
    assert [p.name for p in tmp_path.iterdir()] == ["referat.docx"]  # the .docx still written
    assert docx.Document(tmp_path / "referat.docx").paragraphs
    code, _stdout, err = run(capsys, "export", "minutes", "--db", str(demo_file), "--meeting", str(held["id"]),
                             "--out", str(out))
    assert code == 2 and "referat (2).docx" in err  # never over the first one


def _structure_tags(pdf: Any) -> set[str]:
    import pikepdf

    tags: set[str] = set()
    seen: set[tuple[int, int]] = set()
    stack = [pdf.Root.StructTreeRoot]
    while stack:
        node = stack.pop()
        if isinstance(node, pikepdf.Array):
            stack.extend(node)
        elif isinstance(node, pikepdf.Dictionary):
            if node.is_indirect:
                if node.objgen in seen:
                    continue
                seen.add(node.objgen)
            if "/S" in node:
                tags.add(str(node.S))
            if "/K" in node:
                stack.append(node.K)
    return tags


def _fonts(pdf: Any) -> dict[str, bool]:
    """Every font on every page (and in its form XObjects) and whether its program is embedded."""
    fonts: dict[str, bool] = {}
    for page in pdf.pages:
        resources = [page.Resources]
        while resources:
            res = resources.pop()
            for font in dict(res.get("/Font", {})).values():
                descendants = font.get("/DescendantFonts")
                described = descendants[0] if descendants is not None else font
                descriptor = described.get("/FontDescriptor")
                embedded = descriptor is not None and any(
                    k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3")
                )
                fonts[str(font.get("/BaseFont"))] = embedded or str(font.get("/Subtype")) == "/Type3"
            for xobject in dict(res.get("/XObject", {})).values():
                if "/Resources" in xobject:
                    resources.append(xobject.Resources)
    return fonts


def _check_pdf(pdf_file: Path, title: str, *, parts: tuple[str, ...] = ("2",)) -> None:
    """PDF/A (`parts`) with title, author and language in its XMP, every font embedded, tagged
    with headings and tables with header cells."""
    import pikepdf

    with pikepdf.open(pdf_file) as pdf:
        meta = pdf.open_metadata()
        assert meta["pdfaid:part"] in parts and meta["pdfaid:conformance"] in ("A", "B", "U")
        assert meta["dc:title"] == title and title
        assert meta["dc:creator"] == ["Helsefellesskapet i Bergensområdet"]
        assert set(meta["dc:language"]) == {"nn-NO"}
        assert str(pdf.Root.Lang) == "nn-NO"
        fonts = _fonts(pdf)
        assert fonts and all(fonts.values()), fonts
        assert pdf.Root.MarkInfo.Marked
        tags = _structure_tags(pdf)
        assert {"/H1", "/Table", "/TH", "/TD"} <= tags, tags


@pytest.mark.parametrize("what,statuses", [("minutes", ("held",)), ("notice", ("notice_sent",))])
def test_the_pdf_is_tagged_pdfa2_with_title_author_language_and_embedded_fonts(
    capsys, demo_file, tmp_path, libreoffice, monkeypatch, what, statuses
):
    # LibreOffice here, also on a Windows machine with Word (test_word_on_windows is Word's)
    monkeypatch.setattr(pdf_module, "find_converter", lambda: find_converter(word=lambda: False))
    meeting = _meeting(capsys, demo_file, "SSU", statuses)
    word_file, pdf_file = tmp_path / f"{what}.docx", tmp_path / f"{what}.pdf"
    for target in (word_file, pdf_file):
        code, out, err = run(capsys, "export", what, "--db", str(demo_file), "--meeting", str(meeting["id"]),
                             "--out", str(target))
        assert code == 0, err
        assert str(target) in out
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix in (".docx", ".pdf")) == [
        f"{what}.docx", f"{what}.pdf"
    ]  # no .docx left beside the PDF
    _check_pdf(pdf_file, docx.Document(word_file).core_properties.title)
    import pikepdf

    with pikepdf.open(pdf_file) as pdf:
        assert str(pdf.open_metadata()["pdfuaid:part"]) == "1"  # LibreOffice marks it PDF/UA-1


def _word_here() -> bool:
    return sys.platform == "win32" and pdf_module.word_installed() and pdf_module.com_dispatch() is not None


@pytest.mark.skipif(not _word_here(), reason="Microsoft Word (with pywin32 or comtypes) is only on Windows machines that have it")
def test_word_on_windows(capsys, demo_file, tmp_path):
    """The manual check on Windows (docs/pdfa.md): Word itself makes the PDF/A. Word's option is
    'ISO 19005-1 compliant (PDF/A)'; the part it writes depends on the Word version."""
    assert isinstance(find_converter(), WordConverter)
    meeting = _meeting(capsys, demo_file, "SSU", ("held",))
    word_file, pdf_file = tmp_path / "referat.docx", tmp_path / "referat.pdf"
    for target in (word_file, pdf_file):
        code, _, err = run(capsys, "export", "minutes", "--db", str(demo_file), "--meeting", str(meeting["id"]),
                           "--out", str(target))
        assert code == 0, err
    _check_pdf(pdf_file, docx.Document(word_file).core_properties.title, parts=("1", "2", "3"))


def test_the_year_report_goes_out_as_tagged_pdfa2_too(capsys, demo_file, tmp_path, libreoffice, monkeypatch):
    monkeypatch.setattr(pdf_module, "find_converter", lambda: find_converter(word=lambda: False))
    word_file, pdf_file = tmp_path / "arsmelding.docx", tmp_path / "arsmelding.pdf"
    for target in (word_file, pdf_file):
        code, out, err = run(capsys, "export", "year", "--db", str(demo_file), "--year", "2026", "--out", str(target))
        assert code == 0, err
        assert str(target) in out
    assert not (tmp_path / "arsmelding (2).docx").exists()
    _check_pdf(pdf_file, docx.Document(word_file).core_properties.title)
