"""A Word template that turns on the members who open the documents, or freezes the app.

The secretariat's template (File ▸ Settings, `--template`) goes into every notice and every
minutes. One that makes Word fetch something from outside when the document is opened (an
attached template from a web address, a picture or text from a network share, a DDE command)
would leak each member's Windows login or load macros: it is refused, naming what was found,
wherever a template is read (when chosen, at export with `--template` or the chosen file, and
from the copy kept in the database file, which an earlier release may have kept unchecked).
A web link in a letterhead is only followed when clicked, and stays.

A small file whose parts inflate to far more than any template holds (many 1 MB headers) is
refused from the zip's directory: the work it would have cost is counted (bytes inflated,
documents parsed), never timed."""

from __future__ import annotations

import random
import zipfile
from collections.abc import Callable
from pathlib import Path

import docx
import pytest

from hfdesk.__main__ import main
from hfdesk.services import settings as db_settings
from hfdesk.errors import InvalidInput
from hfdesk.exports import docx_common
from hfdesk.exports.minutes import export_minutes
from hfdesk.exports.notice import export_notice
from hfdesk.models import Meeting, MeetingStatus, Setting

R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
WEB_LINK = "https://helsefellesskap.example.no/"


# --- templates -----------------------------------------------------------------------------


def _letterhead(path: Path) -> Path:
    """An honest template: Georgia, a letterhead with a clickable web address, a footer."""
    template = docx.Document()
    template.styles["Normal"].font.name = "Georgia"
    header = template.sections[0].header.paragraphs[0]
    header.text = "Samarbeidssekretariatet · "
    docx_common.add_hyperlink(header, WEB_LINK, "helsefellesskap.example.no")
    template.sections[0].footer.paragraphs[0].text = "Postboks 1, 5020 Bergen"
    template.add_paragraph("Skriv teksten her.")
    template.save(str(path))
    return path


def _entries(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as archive:
        return {info.filename: archive.read(info.filename) for info in archive.infolist()}


def _write_zip(path: Path, entries: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return path


def _header_part(entries: dict[str, bytes], kind: str = "header") -> str:
    return next(n for n in entries if n.startswith(f"word/{kind}") and n.endswith(".xml"))


def _rels_of(part: str) -> str:
    folder, _, name = part.rpartition("/")
    return f"{folder}/_rels/{name}.rels"


def _add_relationship(entries: dict[str, bytes], part: str, rel: str) -> None:
    rels = _rels_of(part)
    old = entries.get(rels, b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
                            b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
                            b'relationships"></Relationships>')
    entries[rels] = old.replace(b"</Relationships>", rel.encode() + b"</Relationships>")


def _add_paragraph(entries: dict[str, bytes], part: str, paragraph: str) -> None:
    xml = entries[part]
    closing = xml.rindex(b"</w:")  # the root's end tag (w:hdr, w:ftr, or w:document's w:body)
    if part == "word/document.xml":
        closing = xml.rindex(b"<w:sectPr")  # the body's own section, last in it
    entries[part] = xml[:closing] + paragraph.encode() + xml[closing:]


LONG_ADDRESS = "http://intranett.example.no/maler/felles/" + "avdeling/" * 12 + "Normal.dotm"


def _attached_template(entries: dict[str, bytes]) -> None:
    settings = entries["word/settings.xml"]
    start = settings.index(b">", settings.index(b"<w:settings")) + 1
    attached = b'<w:attachedTemplate r:id="rIdHf1"/>'
    entries["word/settings.xml"] = settings[:start] + attached + settings[start:]
    _add_relationship(
        entries,
        "word/settings.xml",
        f'<Relationship Id="rIdHf1" Type="{R}/attachedTemplate" Target="{LONG_ADDRESS}" '
        'TargetMode="External"/>',
    )


def _include_picture_split_over_runs(entries: dict[str, bytes]) -> None:
    """A field code Word reads as one (INCLUDE + PICTURE), with Word's doubled backslashes."""
    _add_paragraph(
        entries,
        _header_part(entries),
        '<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        '<w:r><w:instrText xml:space="preserve"> INCLUDE</w:instrText></w:r>'
        '<w:r><w:instrText xml:space="preserve">PICTURE '
        '"\\\\\\\\fil01\\\\felles\\\\logo.png" \\d </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>logo</w:t></w:r>'
        '<w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>',
    )


def _include_text_in_the_footer(entries: dict[str, bytes]) -> None:
    _add_paragraph(
        entries,
        _header_part(entries, "footer"),
        "<w:p><w:fldSimple w:instr=' includetext \"https://intranett.example.no/adresse.docx\" '>"
        "<w:r><w:t>adresse</w:t></w:r></w:fldSimple></w:p>",
    )


def _dde_in_the_body(entries: dict[str, bytes]) -> None:
    _add_paragraph(
        entries,
        "word/document.xml",
        '<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        '<w:r><w:instrText xml:space="preserve"> DDEAUTO c:\\\\windows\\\\system32\\\\cmd.exe "/k calc.exe" '
        '</w:instrText></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>',
    )


def _linked_picture_in_the_header(entries: dict[str, bytes]) -> None:
    _add_relationship(
        entries,
        _header_part(entries),
        f'<Relationship Id="rIdHf2" Type="{R}/image" Target="file:///\\\\fil01\\felles\\logo.png" '
        'TargetMode="External"/>',
    )


HOSTILE: dict[str, tuple[Callable[[dict[str, bytes]], None], str]] = {
    "attached template from the web": (
        _attached_template,
        "vedlagt mal fra http://intranett.example.no/maler/felles/avdeling/",
    ),
    "INCLUDEPICTURE from a share, split over runs": (
        _include_picture_split_over_runs,
        "feltet INCLUDEPICTURE fra \\\\fil01\\felles\\logo.png",
    ),
    "includetext in the footer": (
        _include_text_in_the_footer,
        "feltet INCLUDETEXT fra https://intranett.example.no/adresse.docx",
    ),
    "DDEAUTO": (_dde_in_the_body, "feltet DDEAUTO fra c:\\windows\\system32\\cmd.exe"),
    "linked picture": (_linked_picture_in_the_header, "bilde fra file:///\\\\fil01\\felles\\logo.png"),
}


def _hostile(path: Path, case: str) -> Path:
    """The honest letterhead with one thing that makes Word fetch from outside."""
    entries = _entries(_letterhead(path))
    HOSTILE[case][0](entries)
    return _write_zip(path, entries)


def _assert_refused(error: BaseException, name: str, found: str) -> None:
    message = str(error)
    assert isinstance(error, InvalidInput)
    assert message.startswith(f"Word-malen «{name}» kan ikke brukes: den henter innhold utenfra (")
    assert found in message, message
    assert "\n" not in message and len(message) < 300


# --- the meetings -------------------------------------------------------------------------


def _held(database) -> int:
    with database.session() as s:
        meetings = s.query(Meeting).order_by(Meeting.starts_at).all()
        held = (MeetingStatus.HELD, MeetingStatus.MINUTES_APPROVED)
        return next(m.id for m in meetings if m.status in held)


def _both_refused(database, meeting_id: int, out: Path, found: str, name: str, **kwargs) -> None:
    """Minutes and notice are both refused with the message, and neither file is written."""
    minutes, notice = out / "referat.docx", out / "innkalling.docx"
    with database.session() as s:
        for export, target in ((export_minutes, minutes), (export_notice, notice)):
            with pytest.raises(InvalidInput) as info:
                export(s, meeting_id, target, **kwargs)
            _assert_refused(info.value, name, found)
    assert not minutes.exists() and not notice.exists()


def _header_links(path: Path) -> list[str]:
    document = docx.Document(str(path))
    return [
        rel.target_ref
        for rel in document.sections[0].header.part.rels.values()
        if rel.is_external and rel.reltype.endswith("/hyperlink")
    ]


# --- fetching from outside ------------------------------------------------------------------


@pytest.mark.parametrize("case", list(HOSTILE))
def test_a_template_that_fetches_from_outside_is_refused_at_export_naming_what(
    demo_db, tmp_path: Path, case: str
) -> None:
    template = _hostile(tmp_path / "brevmal.docx", case)
    out = tmp_path / "ut"
    out.mkdir()
    _both_refused(demo_db, _held(demo_db), out, HOSTILE[case][1], "brevmal.docx", template=template)


def test_a_long_address_is_cut_in_the_message(demo_db, tmp_path: Path) -> None:
    template = _hostile(tmp_path / "brevmal.dotx", "attached template from the web")
    with demo_db.session() as s, pytest.raises(InvalidInput) as info:
        export_minutes(s, _held(demo_db), tmp_path / "referat.docx", template=template)
    assert LONG_ADDRESS not in str(info.value) and "…)" in str(info.value)


def test_the_command_line_template_is_refused_with_exit_2_and_one_line(
    capsys, demo_copy, tmp_path: Path
) -> None:
    from hfdesk.db import open_database

    database = open_database(demo_copy)
    meeting_id = _held(database)
    database.close()
    template = _hostile(tmp_path / "brevmal.docx", "DDEAUTO")
    target = tmp_path / "referat.docx"
    code = main(["export", "minutes", "--db", str(demo_copy), "--meeting", str(meeting_id),
                 "--template", str(template), "--out", str(target)])
    out, err = capsys.readouterr()
    assert code == 2 and out == ""
    assert len(err.strip().splitlines()) == 1
    assert "«brevmal.docx» kan ikke brukes" in err and "feltet DDEAUTO" in err
    assert not target.exists()


def test_a_letterhead_with_a_web_link_is_chosen_but_an_attached_template_is_refused(
    demo_db, tmp_path: Path
) -> None:
    """Choosing checks the template: the honest letterhead is kept with its link; the same with
    an attached template is refused and the old choice (file and kept copy) stays."""
    meeting_id = _held(demo_db)
    good = _letterhead(tmp_path / "brevmal.docx")
    with demo_db.transaction() as s:
        db_settings.choose_template(s, good)
    with demo_db.session() as s:
        export_minutes(s, meeting_id, tmp_path / "referat.docx")
    assert _header_links(tmp_path / "referat.docx") == [WEB_LINK]

    hostile = _hostile(tmp_path / "ny-brevmal.docx", "attached template from the web")
    with demo_db.transaction() as s, pytest.raises(InvalidInput) as info:
        db_settings.choose_template(s, hostile)
    _assert_refused(info.value, "ny-brevmal.docx", HOSTILE["attached template from the web"][1])
    with demo_db.session() as s:
        assert db_settings.template_setting(s) == good.resolve()
        assert db_settings.stored_template(s).data == good.read_bytes()


def test_the_chosen_file_made_hostile_after_it_was_chosen_is_refused_at_export(
    demo_db, tmp_path: Path
) -> None:
    """The exports read the chosen file while it is there (an edit in Word applies at once):
    an edit that puts a picture from a network share in the header is refused there, not
    carried into the documents."""
    chosen = _letterhead(tmp_path / "brevmal.docx")
    with demo_db.transaction() as s:
        db_settings.choose_template(s, chosen)
    _hostile(chosen, "INCLUDEPICTURE from a share, split over runs")
    out = tmp_path / "ut"
    out.mkdir()
    found = HOSTILE["INCLUDEPICTURE from a share, split over runs"][1]
    _both_refused(demo_db, _held(demo_db), out, found, "brevmal.docx")


def test_a_hostile_copy_kept_by_an_earlier_release_is_refused_at_export(
    demo_db, tmp_path: Path
) -> None:
    """A copy kept in the database file before templates were checked for this, its file gone
    (another laptop, a restored backup): the copy is refused too."""
    hostile = _hostile(tmp_path / "brevmal.dotx", "linked picture").read_bytes()
    with demo_db.transaction() as s:
        s.add(Setting(key=db_settings.SETTING_TEMPLATE, text_value=str(tmp_path / "borte" / "brevmal.dotx"),
                      blob_value=hostile))
    out = tmp_path / "ut"
    out.mkdir()
    _both_refused(demo_db, _held(demo_db), out, HOSTILE["linked picture"][1], "brevmal.dotx")


# --- small files that would freeze the app --------------------------------------------------

HEADER_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"
MB = 1024 * 1024


def _header_xml(size: int) -> bytes:
    """A header of `size` bytes of short paragraphs that deflate about 60:1 (under the 100:1
    that marks a zip bomb), so only what it inflates to gives it away."""
    paragraph = "<w:p><w:r><w:t>{}</w:t></w:r></w:p>"
    words = random.Random(1).choices(("ab", "ba", "aa", "bb"), k=size // len(paragraph.format("ab")) + 1)
    body = "".join(paragraph.format(w) for w in words).encode()
    return (
        b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        b'<w:hdr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        + body
        + b"</w:hdr>"
    )


def _with_headers(path: Path, count: int, size: int) -> Path:
    """The letterhead with `count` more headers of `size` bytes, each referenced from a section
    of the document (as a template of many sections has them)."""
    entries = _entries(_letterhead(path))
    header = _header_xml(size)
    sections = []
    for i in range(count):
        part = f"word/hfheader{i}.xml"
        entries[part] = header
        entries["[Content_Types].xml"] = entries["[Content_Types].xml"].replace(
            b"</Types>", f'<Override PartName="/{part}" ContentType="{HEADER_TYPE}"/></Types>'.encode()
        )
        _add_relationship(
            entries, "word/document.xml",
            f'<Relationship Id="rIdHfH{i}" Type="{R}/header" Target="hfheader{i}.xml"/>',
        )
        sections.append(
            f'<w:p><w:pPr><w:sectPr><w:headerReference w:type="default" r:id="rIdHfH{i}"/>'
            "</w:sectPr></w:pPr></w:p>"
        )
    _add_paragraph(entries, "word/document.xml", "".join(sections))
    return _write_zip(path, entries)


def _with_picture(path: Path, size: int) -> Path:
    """The letterhead with a picture of `size` bytes (carried into every document made from it)."""
    entries = _entries(_letterhead(path))
    entries["word/media/hfimage.png"] = _header_xml(size)  # never looked at: refused by its size
    entries["[Content_Types].xml"] = entries["[Content_Types].xml"].replace(
        b"</Types>", b'<Default Extension="png" ContentType="image/png"/></Types>'
    )
    picture = f'<Relationship Id="rIdHfP" Type="{R}/image" Target="media/hfimage.png"/>'
    _add_relationship(entries, "word/document.xml", picture)
    return _write_zip(path, entries)


def _with_parts(path: Path, count: int) -> Path:
    entries = _entries(_letterhead(path))
    for i in range(count):
        entries[f"customXml/hf{i}.xml"] = b"<a/>"
    return _write_zip(path, entries)


TOO_BIG = "er for stor eller ser ut til å være en zip-bombe"
BOMBS: dict[str, tuple[Callable[[Path], Path], str]] = {
    "40 headers of 1 MB (and the letterhead's 2)": (
        lambda p: _with_headers(p, 40, MB),
        "har 42 topp- og bunntekster (høyst 30)",
    ),
    "20 headers of 1.1 MB": (lambda p: _with_headers(p, 20, MB + MB // 10), TOO_BIG),
    "one header of 6 MB": (lambda p: _with_headers(p, 1, 6 * MB), TOO_BIG),
    "a picture of 51 MB": (lambda p: _with_picture(p, 51 * MB), TOO_BIG),
    "400 parts": (lambda p: _with_parts(p, 400), TOO_BIG),
}


@pytest.fixture
def parses(monkeypatch: pytest.MonkeyPatch) -> list[object]:
    """Every package python-docx opens."""
    opened: list[object] = []
    document = docx.Document

    def counted(*args, **kwargs):  # type: ignore[no-untyped-def]
        opened.append(args[0] if args else None)
        return document(*args, **kwargs)

    monkeypatch.setattr(docx, "Document", counted)
    return opened


@pytest.mark.parametrize("case", list(BOMBS))
def test_a_small_template_that_inflates_too_far_is_refused_before_it_is_parsed(
    demo_db, tmp_path: Path, case: str, workbook_reads, parses
) -> None:
    make, message = BOMBS[case]
    template = make(tmp_path / "mal.docx")
    assert template.stat().st_size < 2 * MB  # a small file
    inflated, parsed = workbook_reads.inflated, len(parses)
    with demo_db.session() as s, pytest.raises(InvalidInput) as info:
        export_minutes(s, _held(demo_db), tmp_path / "referat.docx", template=template)
    assert f"Word-malen «mal.docx» {message}" in str(info.value) and "\n" not in str(info.value)
    assert len(parses) == parsed  # python-docx never saw it
    assert workbook_reads.inflated - inflated < 64 * 1024  # of the 20-50 MB the bombs declare
    assert not (tmp_path / "referat.docx").exists()


def test_many_big_headers_are_refused_when_chosen_and_from_the_kept_copy(
    demo_db, tmp_path: Path, workbook_reads, parses
) -> None:
    """The template of the issue (a 625 KB file of many 1 MB headers took 28.5 s and 3 GB for
    one minutes): refused when chosen (a real letterhead of a few sections stays chosen), and
    when an earlier release kept it in the database."""
    meeting_id = _held(demo_db)
    real = _with_headers(tmp_path / "brevmal.docx", 8, 200 * 1024)
    with demo_db.transaction() as s:
        db_settings.choose_template(s, real)
    template = _with_headers(tmp_path / "mange.docx", 40, MB)
    inflated, parsed = workbook_reads.inflated, len(parses)
    with demo_db.transaction() as s, pytest.raises(InvalidInput) as info:
        db_settings.choose_template(s, template)
    assert "«mange.docx» har 42 topp- og bunntekster" in str(info.value)
    assert len(parses) == parsed and workbook_reads.inflated - inflated < 64 * 1024
    with demo_db.session() as s:
        assert db_settings.template_setting(s) == real.resolve()
        export_minutes(s, meeting_id, tmp_path / "referat.docx")
    assert _header_links(tmp_path / "referat.docx") == [WEB_LINK]

    with demo_db.transaction() as s:  # as an earlier release kept it; the file since gone
        setting = s.get(Setting, db_settings.SETTING_TEMPLATE)
        setting.text_value, setting.blob_value = str(tmp_path / "borte.docx"), template.read_bytes()
    inflated, parsed = workbook_reads.inflated, len(parses)
    with demo_db.session() as s:
        for export, out in ((export_minutes, "ny-referat.docx"), (export_notice, "innkalling.docx")):
            with pytest.raises(InvalidInput, match="«borte.docx» har 42 topp- og bunntekster"):
                export(s, meeting_id, tmp_path / out)
            assert not (tmp_path / out).exists()
    assert len(parses) == parsed and workbook_reads.inflated - inflated < 2 * 64 * 1024
