"""The helsefellesskap's logo (File → Settings) in the page header of the Word documents."""

from __future__ import annotations

import io
import shutil
import struct
import zipfile
import zlib
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

from hfdesk.db import open_database
from hfdesk.exports.minutes import export_minutes
from hfdesk.exports.notice import export_notice
from hfdesk.models import Meeting, MeetingStatus, Setting
from hfdesk.services import settings as db_settings


def png(width: int = 120, height: int = 40) -> bytes:
    """A real PNG (a dark blue box), made by hand: no image library needed."""
    row = b"\x00" + b"\x1d\x3a\x57" * width

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data))
            + kind
            + data
            + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
        )

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(row * height))
        + chunk(b"IEND", b"")
    )


@pytest.fixture
def demo(tmp_path, demo_file):
    path = tmp_path / "demo.sqlite"
    shutil.copy(demo_file, path)
    database = open_database(path)
    yield database
    database.close()


def _meeting_ids(database) -> tuple[int, int]:
    with database.session() as s:
        meetings = s.query(Meeting).order_by(Meeting.starts_at).all()
        held = next(
            m.id for m in meetings if m.status in (MeetingStatus.HELD, MeetingStatus.MINUTES_APPROVED)
        )
        noticed = next(m.id for m in meetings if m.status != MeetingStatus.CANCELLED)
        return held, noticed


def _set_logo(database, data: bytes) -> None:
    with database.transaction() as s:
        db_settings.set_partnership_logo(s, data, "logo.png")


def _header_pictures(path: Path) -> int:
    document = docx.Document(str(path))
    return len(document.sections[0].header._element.xpath(".//w:drawing"))


def _media(path: Path) -> list[bytes]:
    with zipfile.ZipFile(path) as z:
        return [z.read(n) for n in z.namelist() if n.startswith("word/media/")]


def test_the_logo_is_in_the_header_of_the_minutes_and_the_notice(demo, tmp_path: Path) -> None:
    held, noticed = _meeting_ids(demo)
    with demo.session() as s:
        export_minutes(s, held, tmp_path / "without.docx")
    assert _header_pictures(tmp_path / "without.docx") == 0

    logo = png()
    _set_logo(demo, logo)
    with demo.session() as s:
        export_minutes(s, held, tmp_path / "referat.docx")
        export_notice(s, noticed, tmp_path / "innkalling.docx")
    for name in ("referat.docx", "innkalling.docx"):
        assert _header_pictures(tmp_path / name) == 1, name
        assert _media(tmp_path / name) == [logo], name
    with demo.session() as s:
        body_name = s.get(Meeting, held).body.name
    header = docx.Document(str(tmp_path / "referat.docx")).sections[0].header
    assert header.paragraphs[0]._p.xpath(".//w:drawing")  # the logo above the header line
    assert header.paragraphs[1].text.startswith(body_name)


def test_a_template_with_its_own_logo_gets_no_second_one(demo, tmp_path: Path) -> None:
    held, _ = _meeting_ids(demo)
    template = docx.Document()
    template.sections[0].header.paragraphs[0].add_run().add_picture(
        io.BytesIO(png(30, 30)), height=docx.shared.Cm(1)
    )
    template.save(str(tmp_path / "mal.docx"))
    _set_logo(demo, png())
    with demo.session() as s:
        export_minutes(s, held, tmp_path / "referat.docx", template=tmp_path / "mal.docx")
    assert _header_pictures(tmp_path / "referat.docx") == 1
    assert _media(tmp_path / "referat.docx") == [png(30, 30)]


@pytest.mark.parametrize(
    "broken",
    [
        b"\x89PNG\r\n\x1a\n" + b"\x00" * 32,  # the signature, then nothing a reader understands
        png()[:60],  # cut off in the middle
        png(0, 40),  # no width
    ],
)
def test_a_stored_logo_that_cannot_be_placed_never_stops_a_document(
    demo, tmp_path: Path, broken: bytes
) -> None:
    """Settings refuse such a file now; one kept by an older hfdesk (or a damaged database page)
    leaves the logo out, and every header keeps its paragraph."""
    held, noticed = _meeting_ids(demo)
    with demo.transaction() as s:
        db_settings.set_partnership_logo(s, png(), "logo.png")
        s.get(Setting, db_settings.SETTING_PARTNERSHIP_LOGO).blob_value = broken
    with demo.session() as s:
        export_minutes(s, held, tmp_path / "referat.docx")
        export_notice(s, noticed, tmp_path / "innkalling.docx")
    assert _header_pictures(tmp_path / "referat.docx") == 0
    assert docx.Document(str(tmp_path / "referat.docx")).sections[0].header.paragraphs[0].text.strip()
    assert _header_pictures(tmp_path / "innkalling.docx") == 0
    for name in ("referat.docx", "innkalling.docx"):
        for header in docx.Document(str(tmp_path / name)).sections[0].header._element.iter(qn("w:hdr")):
            assert header.findall(qn("w:p")), name  # Word wants a paragraph in every header


def test_a_very_wide_logo_stays_within_the_line(demo, tmp_path: Path) -> None:
    held, _ = _meeting_ids(demo)
    _set_logo(demo, png(3000, 100))
    with demo.session() as s:
        export_minutes(s, held, tmp_path / "referat.docx")
    document = docx.Document(str(tmp_path / "referat.docx"))
    section = document.sections[0]
    line = section.page_width - section.left_margin - section.right_margin
    extents = section.header._element.xpath(".//wp:extent")
    assert len(extents) == 1
    assert int(extents[0].get("cx")) <= 0.4 * line + 1


def test_a_template_with_its_logo_on_the_first_page_only_gets_none_of_ours(demo, tmp_path: Path) -> None:
    """One letterhead per document: pages 2 and on are left as the template has them."""
    held, _ = _meeting_ids(demo)
    template = docx.Document()
    section = template.sections[0]
    section.different_first_page_header_footer = True
    section.first_page_header.paragraphs[0].add_run().add_picture(
        io.BytesIO(png(30, 30)), height=docx.shared.Cm(1)
    )
    template.save(str(tmp_path / "mal.docx"))
    _set_logo(demo, png())
    with demo.session() as s:
        export_minutes(s, held, tmp_path / "referat.docx", template=tmp_path / "mal.docx")
    assert _media(tmp_path / "referat.docx") == [png(30, 30)]


def test_a_template_without_page_size_still_gets_the_logo() -> None:
    """No page size or margins in the template: the logo is sized against the house text
    width (16 cm) instead of being left out (it was, by a TypeError on None)."""
    from hfdesk.exports import docx_common as dx

    document = docx.Document()
    sect_pr = document.sections[0]._sectPr
    for tag in ("w:pgSz", "w:pgMar"):
        sect_pr.remove(sect_pr.find(qn(tag)))
    assert dx.set_logo(document, png(3000, 100)) is True
    extents = document.sections[0].header._element.xpath(".//wp:extent")
    assert len(extents) == 1
    assert int(extents[0].get("cx")) <= 0.4 * docx.shared.Cm(dx.TEXT_WIDTH_CM) + 1
