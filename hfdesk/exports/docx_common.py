"""Word helpers shared by every .docx export (the notice and the minutes).

* `new_document`: a document from a Word template with its core properties set. The
  template is, in this order: the one the caller names (`template=`, the command
  line's `--template`), the one the secretariat chose (the setting `SETTING_TEMPLATE`,
  see `services.settings.choose_template` / `template_setting`), or the house template
  `resources/templates/hfdesk.docx` (A4, Calibri, heading styles, "Side X av Y" in the
  footer). When the house template file is missing the same template is built in code
  (`build_default_template`, which `scripts/make_default_template.py` saves as the
  file), so an export never depends on that file being where it should.
* A template someone chose is untrusted input, and goes into every document the members
  open: `load_template` bounds the work it may cost from the zip's directory before any
  XML is parsed (parts, headers and footers, inflated bytes), refuses one that makes Word
  fetch from outside when the document is opened (an attached template, a linked picture,
  INCLUDEPICTURE, DDEAUTO, ...; web links stay), accepts .docx and .dotx,
  empties its body, keeps its page setup, header, footer and styles, and adds the styles
  the exports use that it lacks (a Word template often defines only what it uses). It runs
  wherever a template is read: when chosen, at export, and on the copy kept in the
  database file. A missing or unusable chosen template is an InvalidInput with one
  Norwegian line: an export never falls back to the house template without saying so.
* `add_heading`, `add_text`, `add_label_line`, `add_facts`, `add_table` (styled,
  repeated header row), `add_group_row`, `add_bullets`, `add_hyperlink`, `set_logo`,
  `set_header`, `set_footer_note`: the building blocks, each taking text straight from the database;
  `clean_text` removes what XML cannot hold so a stray control character never breaks
  an export.
* `save`: the package with every zip entry dated `when` (the same input gives the same
  bytes), written through `hfdesk.fileio.write_atomically`.

Qt-free. Sizes are in centimetres; colours are hex RGB.
"""

from __future__ import annotations

import copy
import io
import logging
import re
import zipfile
import zlib
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path
from typing import IO, TYPE_CHECKING, cast
from zoneinfo import ZoneInfo

import docx
from docx.enum.section import WD_ORIENT
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_PARAGRAPH_ALIGNMENT, WD_TAB_ALIGNMENT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Length, Pt, RGBColor
from docx.oxml.text.run import _RunContentAppender
from docx.table import _Cell
from lxml import etree

from ..errors import HfdeskError, InvalidInput
from ..fileio import write_atomically
from ..paths import resource
from ..services.settings import StoredTemplate, stored_template, template_setting
from ..services.settings import partnership_logo

if TYPE_CHECKING:
    from docx.document import Document
    from docx.oxml.xmlchemy import BaseOxmlElement
    from docx.section import Section, _BaseHeaderFooter
    from docx.table import Table, _Row
    from docx.text.paragraph import Paragraph
    from sqlalchemy.orm import Session

log = logging.getLogger(__name__)

TEMPLATE_PARTS = ("templates", "hfdesk.docx")
OSLO = ZoneInfo("Europe/Oslo")
AUTHOR = "hfdesk"
FONT = "Calibri"  # LibreOffice substitutes the metric-compatible Carlito where installed
ACCENT = "1F4E78"  # the header fill of the Excel exports
MUTED = "595959"
RULE = "BFBFBF"
GROUP_FILL = "DEEAF6"  # the light blue of a group row in a table
LINK = "0563C1"
TEXT_WIDTH_CM = 16.0  # A4 (21 cm) less 2.5 cm margins on each side

# Paragraph styles the template adds to Word's own (Normal, Title, Heading 1-3, List Bullet, ...).
STYLE_TABLE_TEXT = "Tabelltekst"
STYLE_NOTE = "Merknad"
STYLE_HEADER_CELL = "Tabelloverskrift"

_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
# Parts of python-docx's default package a house template does without: a thumbnail
# of an empty page and Word 2010 leftovers.
_DROPPED_PARTS = {
    RT.THUMBNAIL,
    RT.CUSTOM_XML,
    RT.WEB_SETTINGS,
    "http://schemas.microsoft.com/office/2007/relationships/stylesWithEffects",
}


# --- text ---------------------------------------------------------------------------------------


def clean_text(text: str | None) -> str:
    """`text` without the control characters XML 1.0 cannot hold (tab and newlines stay)."""
    return _NOT_XML.sub("", text or "")


def paragraphs_of(text: str | None) -> list[str]:
    """Text as the user typed it, split into paragraphs at blank lines (single newlines stay
    inside a paragraph as line breaks); empty paragraphs dropped."""
    blocks = re.split(r"\n\s*\n", clean_text(text).replace("\r\n", "\n").replace("\r", "\n"))
    return [b.strip("\n") for b in blocks if b.strip()]


# --- the template -------------------------------------------------------------------------------


def template_path() -> Path | None:
    """The house template shipped in resources/, or None when it is not there."""
    try:
        path = resource(*TEMPLATE_PARTS)
    except FileNotFoundError:
        return None
    return path if path.is_file() else None


def new_document(
    *,
    title: str,
    subject: str,
    created: datetime,
    language: str,
    keywords: str = "",
    template: Path | str | StoredTemplate | None = None,
) -> Document:
    """An empty document from a template, its core properties and language set.

    `template` is a template someone chose (checked by `load_template`; InvalidInput when
    it cannot be used); None is the house template. `language` is "nb" or "nn" (Word's
    spelling check follows it); `created` (Oslo time when naive) dates the document (and
    `save` dates the package's entries with it)."""
    if template is not None:
        document = load_template(template)
    else:
        path = template_path()
        document = docx.Document(str(path)) if path is not None else build_default_template()
    set_properties(document, title=title, subject=subject, created=created, keywords=keywords)
    set_language(document, language)
    return document


# --- the secretariat's own template ---------------------------------------------------------

# The settings key under which the secretariat's chosen Word template is kept: where it was
# chosen from (text) and its bytes (blob).

MSG_TEMPLATE_MISSING = "template.missing"
MSG_SETTING_MISSING = "template.setting_missing"
MSG_TEMPLATE_NOT_WORD = "template.not_word"
MSG_TEMPLATE_OLD_OR_LOCKED = "template.old_or_locked"
MSG_TEMPLATE_MACROS = "template.macros"
MSG_TEMPLATE_DAMAGED = "template.damaged"
MSG_TEMPLATE_UNSAFE = "template.unsafe"
MSG_TEMPLATE_TOO_BIG = "template.too_big"
MSG_TEMPLATE_TOO_BIG_TO_KEEP = "template.too_big_to_keep"
MSG_TEMPLATE_UNUSABLE = "template.unusable"
MSG_TEMPLATE_TOO_MANY_HEADERS = "template.too_many_headers"
MSG_TEMPLATE_EXTERNAL = "template.external"

_WORD_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
_WORD_TEMPLATE_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.template.main+xml"
_MACRO_MARKERS = (b"macroEnabled", b"vbaProject")
_OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # .doc, and any password-protected Office file
MAX_TEMPLATE_BYTES = 50 * 1024 * 1024
MAX_KEPT_TEMPLATE_BYTES = 10 * 1024 * 1024  # the secretariat's choice, kept in the database

# The work a template may make us do, checked from the zip's directory before anything in it
# is inflated or parsed (Python's zipfile never inflates an entry past its declared size, so
# declared sizes are real bounds). A real letterhead template has a few dozen parts, a handful
# of headers and footers and well under 2 MB of XML; python-docx parses every header, footer,
# the styles and the main part when it opens one, at some 15-50 times their size in memory (a
# 625 KB template of many 1 MB headers took 28.5 s and 3 GB for one export).
MAX_TEMPLATE_PARTS = 300  # zip entries
MAX_TEMPLATE_HEADERS_FOOTERS = 30  # six per section (first, even, default; header and footer)
MAX_TEMPLATE_INFLATED = 50 * 1024 * 1024  # every entry, images included
MAX_TEMPLATE_XML = 20 * 1024 * 1024  # every XML part together
MAX_TEMPLATE_XML_PART = 5 * 1024 * 1024  # each XML part but the main one (styles, a header, ...)
TEMPLATE_MAX_RATIO = 100  # inflated : compressed, for entries bigger than TEMPLATE_RATIO_FLOOR
TEMPLATE_RATIO_FLOOR = 1024 * 1024

# Relationships that make Word fetch something when a member opens the document: every
# relationship to a target outside the package except a hyperlink (which Word follows only
# when it is clicked). Fields that do the same, by their first word (Word ignores case).
_HYPERLINK_TYPES = frozenset(
    {
        RT.HYPERLINK,
        "http://purl.oclc.org/ooxml/officeDocument/relationships/hyperlink",  # strict OOXML
    }
)
_EXTERNAL_KINDS = {  # a relationship type's last word: what it is called in the message
    "attachedTemplate": "vedlagt mal",
    "image": "bilde",
    "oleObject": "objekt",
    "package": "objekt",
    "subDocument": "underdokument",
    "frame": "ramme",
    "mailMergeSource": "datakilde for fletting",
    "mailMergeHeaderSource": "datakilde for fletting",
    "recipientData": "datakilde for fletting",
}
FETCHING_FIELDS = frozenset(
    {"INCLUDEPICTURE", "INCLUDETEXT", "INCLUDE", "IMPORT", "LINK", "DDE", "DDEAUTO", "DATABASE", "RD"}
)
_WORD_NAMESPACES = (
    "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}",
    "{http://purl.oclc.org/ooxml/wordprocessingml/main}",  # strict OOXML
)
_FIELD_NAME = re.compile(r"\s*([A-Za-z]+)(.*)", re.DOTALL)
_FIELD_ARGUMENT = re.compile(r'\s*(?:"([^"]*)"|(\S+))')
_SHOWN_ADDRESS = 60  # characters of an address shown in a message
_XML_SUFFIXES = (".xml", ".rels", ".vml")
_HEADER_FOOTER_TYPES = frozenset(
    {
        "application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml",
        "application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml",
    }
)


TemplateSource = Path | StoredTemplate


def chosen_template(session: Session, template: Path | str | None = None) -> TemplateSource | None:
    """The template an export uses: `template` when given, else the secretariat's choice,
    else None (the house template). The choice is read from the file it was chosen from
    while that file can be read (an edit in Word applies at once), else from the copy kept in
    the database file (the data moved to another laptop, a backup restored, a cloud file not
    downloaded, an empty half-synced file). A choice made
    before templates were kept in the file, whose file has gone missing, is an InvalidInput:
    the export does not quietly fall back to the house template."""
    if template is not None and str(template).strip():
        return Path(template)
    chosen = template_setting(session)
    if chosen is None:
        return None
    stored = stored_template(session)
    if stored is None:  # chosen before templates were kept in the file: the file or nothing
        if not chosen.is_file():
            raise InvalidInput(MSG_SETTING_MISSING, name=chosen.name)
        return chosen
    try:
        name, data = template_bytes(chosen)
    except InvalidInput:  # gone, unreadable (an online-only OneDrive file offline): the copy
        return stored
    return StoredTemplate(name, data) if data else stored  # an empty file: half synced


def template_bytes(path: Path) -> tuple[str, bytes]:
    """The name and bytes of the template file at `path`, or InvalidInput."""
    name = path.name
    if not path.is_file():
        raise InvalidInput(MSG_TEMPLATE_MISSING, name=name)
    try:
        if path.stat().st_size > MAX_TEMPLATE_BYTES:
            raise InvalidInput(MSG_TEMPLATE_TOO_BIG, name=name)
        return name, path.read_bytes()
    except OSError as error:
        raise InvalidInput("template.unreadable", name=name, reason=error.strerror or error) from None


def load_template(source: Path | str | StoredTemplate) -> Document:
    """The Word template at `source` (a file, or one kept in the database), checked and made
    ready for an export, or InvalidInput.

    The zip is checked before python-docx parses any of it (`_checked_package`: the work it
    may cost, no document type declarations, nothing fetched from outside when a member
    opens the document); a .dotx is opened as a document; macro-enabled files are
    refused. The body is emptied (its last section's page setup, header and footer stay),
    a missing section is added, and the styles the exports use are added where missing."""
    if isinstance(source, StoredTemplate):
        name, data = source.name, source.data
    else:
        name, data = template_bytes(Path(source))
    if len(data) > MAX_TEMPLATE_BYTES:
        raise InvalidInput(MSG_TEMPLATE_TOO_BIG, name=name)
    if data.startswith(_OLE_MAGIC):
        raise InvalidInput(MSG_TEMPLATE_OLD_OR_LOCKED, name=name)
    data = _checked_package(data, name)
    try:
        document = docx.Document(io.BytesIO(data))
        _prepare_template(document)
    except HfdeskError:
        raise
    except Exception:  # noqa: BLE001 - an untrusted file: whatever the parser trips on, it is damaged
        raise InvalidInput(MSG_TEMPLATE_DAMAGED, name=name) from None
    return document


def _checked_package(data: bytes, name: str) -> bytes:
    """`data` (a zip) checked before python-docx parses any of it; a .dotx's main part
    relabelled as a document's so python-docx opens it.

    In this order, each step bounding the next: the entry count the zip's end record declares
    (before the directory is read), the directory (entries, encryption, declared sizes and
    compression ratios, the total), the content types (macros, a Word document or template),
    the headers and footers and the XML the content types declare (counted and sized from the
    directory: nothing refused here is inflated), no document type declarations (entity bombs),
    and nothing fetched from outside when the document is opened (`_fetches_from_outside`)."""
    from ..imports import safety  # here: it loads openpyxl, which the house template never needs

    declared = _declared_entries(data)
    if declared is not None and declared > MAX_TEMPLATE_PARTS:
        raise InvalidInput(MSG_TEMPLATE_TOO_BIG, name=name)
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = archive.infolist()
            if len(infos) > MAX_TEMPLATE_PARTS:
                raise InvalidInput(MSG_TEMPLATE_TOO_BIG, name=name)
            total = 0
            for info in infos:
                if info.flag_bits & 0x1:
                    raise InvalidInput(MSG_TEMPLATE_OLD_OR_LOCKED, name=name)
                if info.file_size < 0 or info.compress_size < 0:
                    raise InvalidInput(MSG_TEMPLATE_DAMAGED, name=name)
                total += info.file_size
                big = info.file_size > TEMPLATE_RATIO_FLOOR
                if big and info.file_size > TEMPLATE_MAX_RATIO * max(info.compress_size, 1):
                    raise InvalidInput(MSG_TEMPLATE_TOO_BIG, name=name)
            if total > MAX_TEMPLATE_INFLATED:
                raise InvalidInput(MSG_TEMPLATE_TOO_BIG, name=name)
            by_name = {info.filename: info for info in infos}
            types_info = by_name.get("[Content_Types].xml")
            if types_info is None:
                raise InvalidInput(MSG_TEMPLATE_NOT_WORD, name=name)
            if types_info.file_size > MAX_TEMPLATE_XML_PART:
                raise InvalidInput(MSG_TEMPLATE_TOO_BIG, name=name)
            if safety._has_dtd(archive, types_info):
                raise InvalidInput(MSG_TEMPLATE_UNSAFE, name=name)
            types = archive.read(types_info)
            if any(marker in types for marker in _MACRO_MARKERS):
                raise InvalidInput(MSG_TEMPLATE_MACROS, name=name)
            is_document = _WORD_MAIN.encode() in types
            if not is_document and _WORD_TEMPLATE_MAIN.encode() not in types:
                raise InvalidInput(MSG_TEMPLATE_NOT_WORD, name=name)
            content_type = _content_types(types)
            xml_infos = [info for info in infos if _is_xml(info.filename, content_type)]
            headers_footers = sum(content_type(info.filename) in _HEADER_FOOTER_TYPES for info in infos)
            if headers_footers > MAX_TEMPLATE_HEADERS_FOOTERS:
                raise InvalidInput(
                    MSG_TEMPLATE_TOO_MANY_HEADERS, name=name, count=headers_footers,
                    limit=MAX_TEMPLATE_HEADERS_FOOTERS,
                )
            main = {_WORD_MAIN, _WORD_TEMPLATE_MAIN}
            if sum(info.file_size for info in xml_infos) > MAX_TEMPLATE_XML or any(
                info.file_size > MAX_TEMPLATE_XML_PART and content_type(info.filename) not in main
                for info in xml_infos
            ):
                raise InvalidInput(MSG_TEMPLATE_TOO_BIG, name=name)
            for info in xml_infos:
                if safety._has_dtd(archive, info):
                    raise InvalidInput(MSG_TEMPLATE_UNSAFE, name=name)
            found = _fetches_from_outside(archive, xml_infos)
            if found:
                shown = found[0] if len(found) == 1 else f"{found[0]} og {len(found) - 1} til"
                raise InvalidInput(MSG_TEMPLATE_EXTERNAL, name=name, found=shown)
            if is_document:
                return data
            out = io.BytesIO()
            with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
                for info in infos:
                    content = archive.read(info.filename)
                    if info.filename == "[Content_Types].xml":
                        content = content.replace(_WORD_TEMPLATE_MAIN.encode(), _WORD_MAIN.encode())
                    target.writestr(info.filename, content)
            return out.getvalue()
    except InvalidInput:
        raise
    except (zipfile.BadZipFile, zipfile.LargeZipFile, NotImplementedError, ValueError, EOFError, OSError):
        raise InvalidInput(MSG_TEMPLATE_NOT_WORD, name=name) from None
    except (etree.XMLSyntaxError, zlib.error, RuntimeError):  # a damaged part or deflate stream
        raise InvalidInput(MSG_TEMPLATE_DAMAGED, name=name) from None


def _declared_entries(data: bytes) -> int | None:
    """The number of entries the zip's end record declares (read before the directory, whose
    reading costs per entry), or None when there is no end record (zipfile then says so).
    A zip64 package declares 0xFFFF here: more than any template has."""
    at = data.rfind(b"PK\x05\x06", max(0, len(data) - 22 - 0xFFFF))
    if at < 0 or len(data) < at + 22:
        return None
    return int.from_bytes(data[at + 10 : at + 12], "little")


def _safe_parser() -> etree.XMLParser:
    return etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)


def _content_types(types: bytes) -> Callable[[str], str]:
    """A function giving each zip entry's content type ('' for none) as [Content_Types].xml
    declares it: an override for the part, else the default for its extension."""
    root = etree.fromstring(types, _safe_parser())
    defaults: dict[str, str] = {}
    overrides: dict[str, str] = {}
    for el in root:
        if not isinstance(el.tag, str):
            continue
        kind = etree.QName(el).localname
        if kind == "Default":
            defaults[(el.get("Extension") or "").lower()] = el.get("ContentType") or ""
        elif kind == "Override":
            overrides[(el.get("PartName") or "").lstrip("/").lower()] = el.get("ContentType") or ""

    def content_type(filename: str) -> str:
        key = filename.lower()
        if key in overrides:
            return overrides[key]
        return defaults.get(key.rpartition(".")[2], "") if "." in key.rpartition("/")[2] else ""

    return content_type


def _is_xml(filename: str, content_type: Callable[[str], str]) -> bool:
    kind = content_type(filename).split(";")[0].strip().lower()
    return filename.lower().endswith(_XML_SUFFIXES) or kind.endswith(("+xml", "/xml"))


def _fetches_from_outside(archive: zipfile.ZipFile, xml_infos: list[zipfile.ZipInfo]) -> list[str]:
    """What in the package makes Word fetch something from outside it when the document is
    opened, each as the message names it ("vedlagt mal fra http://…", "feltet INCLUDEPICTURE
    fra \\\\server\\logo.png"): every relationship to an outside target but a hyperlink
    (an attached template, a linked picture or object, a subdocument, a frame, a mail merge
    source), in any part, and the fields in `FETCHING_FIELDS` wherever they are (body,
    headers, footers, notes, text boxes, building blocks). The parts were sized and found free
    of document type declarations first."""
    found: list[str] = []
    for info in xml_infos:
        if info.filename == "[Content_Types].xml":
            continue
        with archive.open(info) as stream:
            if info.filename.lower().endswith(".rels"):
                items = _outside_relationships(stream)
            else:
                items = (
                    f"feltet {field} fra {where}" if where else f"feltet {field}"
                    for field, where in _fetching_fields(stream)
                )
            for item in items:
                if item not in found:
                    found.append(item)
    return found


def _outside_relationships(stream: IO[bytes]) -> Iterator[str]:
    root = etree.parse(stream, _safe_parser()).getroot()
    for rel in root:
        if not isinstance(rel.tag, str) or etree.QName(rel).localname != "Relationship":
            continue
        if (rel.get("TargetMode") or "").strip().lower() != "external":
            continue
        kind = rel.get("Type") or ""
        if kind in _HYPERLINK_TYPES:
            continue
        what = _EXTERNAL_KINDS.get(kind.rstrip("/").rpartition("/")[2], "kobling")
        yield f"{what} fra {_short(rel.get('Target') or '')}"


def _fetching_fields(stream: IO[bytes]) -> Iterator[tuple[str, str]]:
    """(name, first argument) of each field in an XML part that fetches from outside: simple
    fields, and complex fields whose code is split over any number of runs (nested fields
    each collect their own code)."""
    codes: list[list[str] | None] = []  # the code of each open complex field; None once read
    for _event, el in etree.iterparse(
        stream, events=("end",), resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False
    ):
        tag = el.tag
        if isinstance(tag, str) and tag.startswith(_WORD_NAMESPACES):
            space, _, local = tag.partition("}")
            if local == "instrText":
                if codes and codes[-1] is not None:
                    codes[-1].append(el.text or "")
                else:  # outside a field: Word may still read it, so it is checked on its own
                    yield from _fetching(el.text or "")
            elif local == "fldChar":
                kind = el.get(f"{space}}}fldCharType")
                if kind == "begin":
                    codes.append([])
                elif kind in ("separate", "end") and codes:
                    code = codes[-1]
                    if code is not None:
                        yield from _fetching("".join(code))
                        codes[-1] = None
                    if kind == "end":
                        codes.pop()
            elif local == "fldSimple":
                yield from _fetching(el.get(f"{space}}}instr") or "")
        el.clear(keep_tail=True)
    for code in codes:  # fields never closed
        if code is not None:
            yield from _fetching("".join(code))


def _fetching(code: str) -> Iterator[tuple[str, str]]:
    match = _FIELD_NAME.match(code)
    if match is None or match.group(1).upper() not in FETCHING_FIELDS:
        return
    argument = _FIELD_ARGUMENT.match(match.group(2))
    where = ""
    if argument is not None:
        where = argument.group(1) if argument.group(1) is not None else argument.group(2)
    yield match.group(1).upper(), _short(where.replace("\\\\", "\\"))


def _short(address: str) -> str:
    """An address fit for a one-line message: control characters and runs of blanks made one
    space, cut at `_SHOWN_ADDRESS` characters."""
    address = " ".join(clean_text(address).split())
    if len(address) > _SHOWN_ADDRESS:
        return address[: _SHOWN_ADDRESS - 1] + "…"
    return address


def _prepare_template(document: Document) -> None:
    """Empty the template's body but keep its last section (page, header, footer), and
    add the styles the exports use that the template lacks."""
    body = document.element.body
    sect_pr = body.find(qn("w:sectPr"))
    for child in list(body):
        if child is not sect_pr:
            body.remove(child)
    if sect_pr is None:  # a body without a section: A4 with the house margins
        body.append(OxmlElement("w:sectPr"))
        section = document.sections[0]
        section.page_width, section.page_height = Cm(21.0), Cm(29.7)
        section.left_margin = section.right_margin = Cm(2.5)
        section.top_margin = section.bottom_margin = Cm(2.0)
    ensure_styles(document)


@contextmanager
def template_guard(template: TemplateSource | None) -> Iterator[None]:
    """Around the writing of a document from a template someone chose: whatever the template
    makes python-docx trip on becomes an InvalidInput naming the template (the details go
    to the bug log). With the house template (None) nothing is caught: that is a bug."""
    if template is None:
        yield
        return
    try:
        yield
    except HfdeskError:
        raise
    except Exception as exc:  # noqa: BLE001 - logged as a bug, told as a template that cannot be used
        from ..buglog import write_bug_log

        write_bug_log(type(exc), exc, exc.__traceback__, where=f"Word-mal {template.name}")
        raise InvalidInput(MSG_TEMPLATE_UNUSABLE, name=template.name) from None


# Styles the exports use, in the order they are copied (a style before those based on it).
USED_STYLES = (
    "Normal",
    "Title",
    "Subtitle",
    "Heading 1",
    "Heading 2",
    "Heading 3",
    "List Bullet",
    "Header",
    "Footer",
    "Table Grid",
    STYLE_TABLE_TEXT,
    STYLE_HEADER_CELL,
    STYLE_NOTE,
)


@lru_cache(maxsize=1)
def _house_styles_xml() -> bytes:
    """The styles part of the house template, parsed once per process for copying."""
    path = template_path()
    document = docx.Document(str(path)) if path is not None else build_default_template()
    return document.styles.element.xml.encode()


def ensure_styles(document: Document) -> list[str]:
    """Copy into `document` the styles of `USED_STYLES` it lacks, from the house template;
    returns the names copied. Links to styles the document does not have are dropped, and
    a copied bullet list gets its own bullet numbering."""
    from docx.oxml import parse_xml

    styles = document.styles
    have = {s.name for s in styles}
    house = parse_xml(_house_styles_xml())
    by_name = {}
    for el in house.findall(qn("w:style")):
        name_el = el.find(qn("w:name"))
        if name_el is not None:
            by_name[_ui_name(name_el.get(qn("w:val")))] = el
    ids = {el.get(qn("w:styleId")) for el in styles.element.findall(qn("w:style"))}
    copied = []
    for name in USED_STYLES:
        if name in have or name not in by_name:
            continue
        el = copy.deepcopy(by_name[name])
        style_id = el.get(qn("w:styleId"))
        while style_id in ids:
            style_id += "Hf"
        el.set(qn("w:styleId"), style_id)
        for tag in ("w:link", "w:rsid", "w:next"):
            for ref in el.findall(qn(tag)):
                el.remove(ref)
        based = el.find(qn("w:basedOn"))
        if based is not None and based.get(qn("w:val")) not in ids:
            el.remove(based)
        if name == "List Bullet":
            _own_bullets(document, el)
        styles.element.append(el)
        ids.add(style_id)
        have.add(name)
        copied.append(name)
    return copied


def _ui_name(name: str | None) -> str:
    """Word's stored built-in names ("heading 1") as python-docx shows them ("Heading 1")."""
    from docx.styles import BabelFish

    return BabelFish.internal2ui(name or "")


def _numbering(document: Document) -> BaseOxmlElement:
    """The document's numbering definitions, a new empty part when it has none (python-docx
    cannot make one)."""
    from docx.opc.constants import CONTENT_TYPE as CT
    from docx.oxml import parse_xml
    from docx.oxml.ns import nsdecls
    from docx.parts.numbering import NumberingPart

    try:
        # python-docx types the related part as a plain Part; the numbering part is an XmlPart
        return document.part.part_related_by(RT.NUMBERING).element  # type: ignore[attr-defined]
    except KeyError:
        package = document.part.package
        partname = package.next_partname("/word/numbering%d.xml")
        part = NumberingPart(partname, CT.WML_NUMBERING, parse_xml(f"<w:numbering {nsdecls('w')}/>"), package)
        document.part.relate_to(part, RT.NUMBERING)
        return part.element


def _own_bullets(document: Document, style_el: BaseOxmlElement) -> None:
    """Point a copied bullet style at a new bullet list definition in `document`."""
    numbering = _numbering(document)
    abstract_ids = [int(a.get(qn("w:abstractNumId"))) for a in numbering.findall(qn("w:abstractNum"))]
    num_ids = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
    abstract_id, num_id = max(abstract_ids, default=0) + 1, max(num_ids, default=0) + 1
    abstract = OxmlElement("w:abstractNum")
    abstract.set(qn("w:abstractNumId"), str(abstract_id))
    multi = OxmlElement("w:multiLevelType")
    multi.set(qn("w:val"), "singleLevel")
    abstract.append(multi)
    level = OxmlElement("w:lvl")
    level.set(qn("w:ilvl"), "0")
    for tag, value in (
        ("w:start", "1"),
        ("w:numFmt", "bullet"),
        ("w:lvlText", "\u2022"),
        ("w:lvlJc", "left"),
    ):
        child = OxmlElement(tag)
        child.set(qn("w:val"), value)
        level.append(child)
    p_pr = OxmlElement("w:pPr")
    ind = OxmlElement("w:ind")
    ind.set(qn("w:left"), "360")
    ind.set(qn("w:hanging"), "360")
    p_pr.append(ind)
    level.append(p_pr)
    abstract.append(level)
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(abstract)
    else:
        numbering.append(abstract)
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), str(num_id))
    ref = OxmlElement("w:abstractNumId")
    ref.set(qn("w:val"), str(abstract_id))
    num.append(ref)
    numbering.append(num)
    num_pr = style_el.find(qn("w:pPr") + "/" + qn("w:numPr"))
    if num_pr is not None:
        for old in list(num_pr):
            num_pr.remove(old)
        num_id_el = OxmlElement("w:numId")
        num_id_el.set(qn("w:val"), str(num_id))
        num_pr.append(num_id_el)


def set_properties(
    document: Document, *, title: str, subject: str, created: datetime, keywords: str = ""
) -> None:
    props = document.core_properties
    props.title = clean_text(title)
    props.subject = clean_text(subject)
    props.author = props.last_modified_by = AUTHOR
    props.keywords = clean_text(keywords)
    props.comments = ""
    props.category = ""
    props.revision = 1
    props.created = props.modified = _utc(created)


def _utc(when: datetime) -> datetime:
    """Core properties are UTC; hfdesk's stored times are Oslo wall-clock times (naive)."""
    if when.tzinfo is None:
        when = when.replace(tzinfo=OSLO)
    return when.astimezone(UTC).replace(tzinfo=None)


def set_language(document: Document, language: str) -> None:
    """Mark the text as bokmål (nb-NO) or nynorsk (nn-NO)."""
    tag = "nn-NO" if language == "nn" else "nb-NO"
    document.core_properties.language = tag
    r_pr = _default_rpr(document)
    lang = r_pr.find(qn("w:lang"))
    if lang is None:
        lang = OxmlElement("w:lang")
        r_pr.append(lang)
    lang.set(qn("w:val"), tag)
    lang.set(qn("w:eastAsia"), tag)
    theme = document.settings.element.find(qn("w:themeFontLang"))
    if theme is not None:
        theme.set(qn("w:val"), tag)


def build_default_template() -> Document:
    """The house template: python-docx's default document made A4 and Norwegian.

    Calibri 11 pt throughout (explicit fonts, not theme fonts, so Word and LibreOffice
    agree), dark blue headings, tables with light grey rules, and a footer with
    "Side X av Y" as fields. `scripts/make_default_template.py` saves it as
    resources/templates/hfdesk.docx, which a secretary may replace with her own.
    """
    document = docx.Document()
    for rels in (document.part.package.rels, document.part.rels):
        for r_id, rel in list(rels.items()):
            if rel.reltype in _DROPPED_PARTS:
                del rels[r_id]

    section = document.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Cm(21.0), Cm(29.7)
    section.left_margin = section.right_margin = Cm(2.5)
    section.top_margin, section.bottom_margin = Cm(2.0), Cm(2.0)
    section.header_distance, section.footer_distance = Cm(1.0), Cm(1.0)

    # Defaults for every run and paragraph.
    r_pr = _default_rpr(document)
    _set_fonts(r_pr, FONT)
    for tag in ("w:sz", "w:szCs"):
        _child(r_pr, tag).set(qn("w:val"), "22")
    p_pr = document.styles.element.find(qn("w:docDefaults")).find(qn("w:pPrDefault")).find(qn("w:pPr"))
    spacing = _child(p_pr, "w:spacing")
    spacing.attrib.clear()
    spacing.set(qn("w:after"), "120")
    spacing.set(qn("w:line"), "264")
    spacing.set(qn("w:lineRule"), "auto")

    styles = document.styles
    normal = styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(11)

    def heading(name: str, size: float, before: float, after: float, color: str = ACCENT) -> None:
        style = styles[name]
        _set_fonts(style.element.get_or_add_rPr(), FONT)
        style.font.size = Pt(size)
        style.font.bold = True
        style.font.italic = False
        style.font.color.rgb = RGBColor.from_string(color)
        fmt = style.paragraph_format
        fmt.space_before, fmt.space_after = Pt(before), Pt(after)
        fmt.keep_with_next = True

    heading("Heading 1", 14, 18, 6)
    _bottom_rule(styles["Heading 1"].element.get_or_add_pPr(), RULE, size=4)
    heading("Heading 2", 12, 14, 4)
    heading("Heading 3", 11, 8, 2, color="404040")

    title = styles["Title"]
    p_pr = title.element.get_or_add_pPr()
    for border in p_pr.findall(qn("w:pBdr")):
        p_pr.remove(border)
    _set_fonts(title.element.get_or_add_rPr(), FONT)
    for tag in ("w:spacing", "w:kern"):
        for el in title.element.rPr.findall(qn(tag)):
            title.element.rPr.remove(el)
    title.font.size = Pt(20)
    title.font.bold = True
    title.font.color.rgb = RGBColor.from_string(ACCENT)
    title.paragraph_format.space_before = Pt(0)
    title.paragraph_format.space_after = Pt(10)

    subtitle = styles["Subtitle"]
    _set_fonts(subtitle.element.get_or_add_rPr(), FONT)
    subtitle.font.size = Pt(9.5)
    subtitle.font.italic = False
    subtitle.font.bold = True
    subtitle.font.all_caps = True
    subtitle.font.color.rgb = RGBColor.from_string(MUTED)
    subtitle.paragraph_format.space_after = Pt(2)

    for name in ("Header", "Footer"):
        style = styles[name]
        style.font.size = Pt(8.5)
        style.font.color.rgb = RGBColor.from_string(MUTED)
        tabs = style.paragraph_format.tab_stops
        tabs.clear_all()
        tabs.add_tab_stop(Cm(TEXT_WIDTH_CM), WD_TAB_ALIGNMENT.RIGHT)

    table_text = styles.add_style(STYLE_TABLE_TEXT, WD_STYLE_TYPE.PARAGRAPH)
    table_text.base_style = normal
    table_text.font.size = Pt(10)
    table_text.paragraph_format.space_before = Pt(2)
    table_text.paragraph_format.space_after = Pt(2)
    table_text.paragraph_format.line_spacing = 1.0

    header_cell = styles.add_style(STYLE_HEADER_CELL, WD_STYLE_TYPE.PARAGRAPH)
    header_cell.base_style = table_text
    header_cell.font.bold = True
    header_cell.font.color.rgb = RGBColor(0xFF, 0xFF, 0xFF)
    header_cell.paragraph_format.keep_with_next = True

    note = styles.add_style(STYLE_NOTE, WD_STYLE_TYPE.PARAGRAPH)
    note.base_style = normal
    note.font.size = Pt(9.5)
    note.font.color.rgb = RGBColor.from_string(MUTED)
    note.paragraph_format.space_after = Pt(4)

    # Table Grid: light grey rules instead of black ones, a little room in the cells.
    grid = styles["Table Grid"].element
    tbl_pr = _child(grid, "w:tblPr")
    borders = _child(tbl_pr, "w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        edge = _child(borders, f"w:{side}")
        edge.attrib.clear()
        edge.set(qn("w:val"), "single")
        edge.set(qn("w:sz"), "4")
        edge.set(qn("w:space"), "0")
        edge.set(qn("w:color"), RULE)
    margins = _child(tbl_pr, "w:tblCellMar")
    for side, twips in (("top", 20), ("left", 85), ("bottom", 20), ("right", 85)):
        edge = _child(margins, f"w:{side}")
        edge.attrib.clear()
        edge.set(qn("w:w"), str(twips))
        edge.set(qn("w:type"), "dxa")

    # Footer: "Side X av Y" at the right margin; `set_footer_note` puts a note on the left.
    footer = section.footer
    footer.is_linked_to_previous = False
    paragraph = footer.paragraphs[0]
    paragraph.style = styles["Footer"]
    paragraph.add_run("\tSide ")
    _add_field(paragraph, "PAGE")
    paragraph.add_run(" av ")
    _add_field(paragraph, "NUMPAGES")

    settings = document.settings.element
    for tag in ("w:savePreviewPicture", "w:rsids"):
        for el in settings.findall(qn(tag)):
            settings.remove(el)
    decimal = settings.find(qn("w:decimalSymbol"))
    if decimal is not None:
        decimal.set(qn("w:val"), ",")
    separator = settings.find(qn("w:listSeparator"))
    if separator is not None:
        separator.set(qn("w:val"), ";")

    set_language(document, "nb")
    set_properties(document, title="", subject="", created=datetime(2026, 1, 1))
    return document


# --- building blocks ----------------------------------------------------------------------------


def add_paragraph(container: Document | _Cell, text: str = "", *, style: str | None = None) -> Paragraph:
    """A paragraph of `text` in the style called `style` (left out when the document has
    no such style); the style is set by its id, looked up once per document."""
    paragraph = container.add_paragraph(clean_text(text))
    sid = style_id(_document_of(container), style)
    if sid:
        paragraph._p.style = sid
    return paragraph


def add_heading(document: Document, text: str, level: int = 1) -> Paragraph:
    """A heading (level 0 is the document title)."""
    return add_paragraph(document, text, style="Title" if level == 0 else f"Heading {level}")


def add_text(container: Document | _Cell, text: str | None, *, style: str | None = None) -> list[Paragraph]:
    """The user's text as paragraphs (blank lines separate them, newlines break lines)."""
    return [add_paragraph(container, block, style=style) for block in paragraphs_of(text)]


def add_label_line(
    container: Document | _Cell,
    parts: Sequence[tuple[str, str]],
    *,
    style: str | None = None,
    separator: str = "   ",
) -> Paragraph:
    """One line of "Label: value" pairs, the labels bold; pairs with no value are left out,
    a pair with no label is printed as its value alone."""
    paragraph = add_paragraph(container, style=style)
    first = True
    for label, value in parts:
        if not value:
            continue
        if not first:
            paragraph.add_run(separator)
        first = False
        if label:
            paragraph.add_run(f"{clean_text(label)}: ").bold = True
        paragraph.add_run(clean_text(value))
    return paragraph


def add_facts(document: Document, facts: Sequence[tuple[str, str]], *, label_width_cm: float = 3.8) -> Table:
    """Label / value pairs as a table without rules (the head of a notice or minutes).
    Pairs with an empty value are left out; a value that is a web address is a link."""
    rows = [(label, value) for label, value in facts if value]
    table = document.add_table(rows=len(rows), cols=2)
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    table.autofit = False
    _set_widths(table, [label_width_cm, TEXT_WIDTH_CM - label_width_cm])
    text_style = style_id(document, STYLE_TABLE_TEXT)
    for row, (label, value) in zip(table.rows, rows):
        label_cell, value_cell = row.cells
        _cell_text(label_cell, f"{label}:", bold=True, style_id=text_style)
        if _is_url(value):
            if text_style:
                value_cell.paragraphs[0]._p.style = text_style
            add_hyperlink(value_cell.paragraphs[0], value)
        else:
            _cell_text(value_cell, value, style_id=text_style)
    for row in table.rows:
        for cell in row.cells:
            for paragraph in cell.paragraphs:
                paragraph.paragraph_format.space_before = paragraph.paragraph_format.space_after = Pt(1)
                for run in paragraph.runs:
                    run.font.size = Pt(11)
    return table


def add_table(
    document: Document,
    headers: Sequence[str],
    rows: Iterable[Sequence[str]],
    *,
    widths_cm: Sequence[float] | None = None,
    keep_together: bool = False,
) -> Table:
    """A table with a shaded header row (repeated on every page) and one row per item.

    A cell's text may hold newlines (line breaks). Widths default to equal columns
    across the text width. Rows are not split across pages; with `keep_together` (for a
    short table) the whole table stays on one page with what comes before it."""
    ncols = len(headers)
    widths = [Cm(w) for w in (widths_cm or [TEXT_WIDTH_CM / ncols] * ncols)]
    table = document.add_table(rows=1, cols=ncols)
    grid = style_id(document, "Table Grid", WD_STYLE_TYPE.TABLE)
    if grid:
        table._tbl.tblPr.style = grid
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    table.autofit = False
    # The grid's widths (LibreOffice) are copied into every row added after (Word).
    for grid_col, width in zip(table._tbl.tblGrid.gridCol_lst, widths):
        grid_col.w = width
    header = table.rows[0]
    _repeat_as_header(header)
    _keep_row_together(header)
    header_style = style_id(document, STYLE_HEADER_CELL)
    for cell, text, width in zip(header.cells, headers, widths):
        cell.width = width
        _cell_text(cell, text, bold=True, color="FFFFFF", style_id=header_style)
        shade(cell, ACCENT)
    body_style = style_id(document, STYLE_TABLE_TEXT)
    for values in rows:
        _append_row(table, values, body_style)
    if keep_together:
        for row in table.rows[:-1]:
            for cell in row.cells:
                for paragraph in cell.paragraphs:
                    paragraph.paragraph_format.keep_with_next = True
    return table


def no_lonely_rows(table: Table, *, whole_up_to: int = 12) -> None:
    """No row of `table` left alone on a page. Rows are never split (cantSplit); a table of up to
    `whole_up_to` rows under its header moves to the next page as a block (every row but the last
    keeps with the next, as `add_table(keep_together=True)`); a longer one is split, but never
    with its first row alone under the header or its last row alone on the next page."""
    rows = list(table.rows)
    for row in rows:
        _keep_row_together(row)
    body = rows[1:]
    if len(body) <= whole_up_to:
        kept = rows[:-1]
    else:
        kept = [rows[0], rows[1], rows[-2]]
    for row in kept:
        keep_row_with_next(row)


def keep_row_with_next(row: _Row) -> None:
    """The row stays on the page of what follows it (every paragraph in it keeps with the next)."""
    for p in row._tr.iter(_W["p"]):
        p.get_or_add_pPr().keepNext_val = True


def add_row(table: Table, values: Sequence[str], *, style: str | None = STYLE_TABLE_TEXT) -> list[_Cell]:
    """One more row in a table made by `add_table`; returns its cells."""
    # python-docx types a table's part as a StoryPart; a body table's is the DocumentPart
    sid = style_id(table.part.document, style) if style else None  # type: ignore[attr-defined]
    return _append_row(table, values, sid)


_W = {name: qn(f"w:{name}") for name in ("tr", "trPr", "cantSplit", "tc", "tcPr", "tcW", "p", "pPr", "pStyle", "r")}


def _append_row(table: Table, values: Sequence[str], sid: str | None) -> list[_Cell]:
    """A body row kept on one page, one plain paragraph per cell in the style `sid`, each cell
    as wide as its grid column: what `table.add_row()` and a run per cell make, built directly
    in the XML (a minutes document has hundreds of rows; python-docx's generic element
    insertion was a third of its time)."""
    tbl = table._tbl
    tr = etree.SubElement(tbl, _W["tr"])
    etree.SubElement(etree.SubElement(tr, _W["trPr"]), _W["cantSplit"])
    cells = []
    for grid_col, value in zip(tbl.tblGrid.gridCol_lst, values):
        tc = etree.SubElement(tr, _W["tc"])
        width = grid_col.w
        if width is not None:
            tc_w = etree.SubElement(etree.SubElement(tc, _W["tcPr"]), _W["tcW"])
            tc_w.set(qn("w:w"), str(width.twips))
            tc_w.set(qn("w:type"), "dxa")
        p = etree.SubElement(tc, _W["p"])
        if sid:
            etree.SubElement(etree.SubElement(p, _W["pPr"]), _W["pStyle"]).set(qn("w:val"), sid)
        text = clean_text(value)
        if text:
            _RunContentAppender.append_to_run_from_text(etree.SubElement(p, _W["r"]), text)
        cells.append(_Cell(tc, table))
    return cells


def add_group_row(table: Table, text: str, *, fill: str = GROUP_FILL) -> _Cell:
    """A row across the whole table naming the group of rows below it (kept with them)."""
    row = table.add_row()
    _keep_row_together(row)
    cells = row.cells
    cell = cells[0].merge(cells[-1]) if len(cells) > 1 else cells[0]
    document = table.part.document  # type: ignore[attr-defined]  # as in add_row
    _cell_text(cell, text, bold=True, color=ACCENT, style_id=style_id(document, STYLE_TABLE_TEXT))
    cell.paragraphs[0].paragraph_format.keep_with_next = True
    shade(cell, fill)
    return cell


def add_bullets(document: Document, items: Iterable[str]) -> list[Paragraph]:
    return [add_paragraph(document, item, style="List Bullet") for item in items]


def add_hyperlink(paragraph: Paragraph, url: str, text: str | None = None) -> None:
    """A clickable external link (blue, underlined) at the end of `paragraph`."""
    url = clean_text(url)
    r_id = paragraph.part.relate_to(url, RT.HYPERLINK, is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), r_id)
    run = OxmlElement("w:r")
    r_pr = OxmlElement("w:rPr")
    color = OxmlElement("w:color")
    color.set(qn("w:val"), LINK)
    underline = OxmlElement("w:u")
    underline.set(qn("w:val"), "single")
    r_pr.append(color)
    r_pr.append(underline)
    run.append(r_pr)
    t = OxmlElement("w:t")
    t.text = clean_text(text) if text else url
    t.set(qn("xml:space"), "preserve")
    run.append(t)
    link.append(run)
    paragraph._p.append(link)


def shade(cell: _Cell, fill: str) -> None:
    """Fill a table cell with a colour."""
    tc_pr = cell._tc.get_or_add_tcPr()
    for old in tc_pr.findall(qn("w:shd")):
        tc_pr.remove(old)
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tc_pr.append(shd)


def set_header(document: Document, left: str, right: str = "", *, right_bold: bool = False) -> None:
    """A line in the page header: `left` at the left margin, `right` at the right one.

    A template's own header (a logo, an address) is kept and the line is added below it; a
    template with a different first page (or even pages) gets the line there too."""
    section = document.sections[0]
    for header in _headers_footers(document, "header"):
        paragraph = _free_paragraph(header)
        sid = style_id(document, "Header")
        if sid:
            paragraph._p.style = sid
        _right_tab(paragraph, section)
        paragraph.add_run(clean_text(left))
        if right:
            paragraph.add_run("\t")
            run = paragraph.add_run(clean_text(right))
            run.bold = right_bold


def logo_of(session: Session) -> bytes | None:
    """The helsefellesskap's logo as stored (File → Settings), for `set_logo`."""
    logo = partnership_logo(session)
    return logo.data if logo is not None else None


def set_logo(
    document: Document, image: bytes | None, *, height_cm: float = 1.3, max_width_share: float = 0.4
) -> bool:
    """The helsefellesskap's logo at the right of the page header, above the header line
    (call before `set_header`): 1.3 cm high, or narrower for a very wide logo (at most 40 %
    of the line). A template whose headers already show a picture (its own logo; a
    watermark does not count) keeps it and gets no second one anywhere. An image that cannot
    be placed is left out: a logo is decoration and never stops a document. True when placed."""
    if not image:
        return False
    headers = _headers_footers(document, "header")
    if any(_pictures(header._element) for header in headers):
        return False
    try:
        size = _logo_size(document, image, height_cm, max_width_share)
    except Exception:  # noqa: BLE001 - a stored file python-docx cannot read: leave the logo out
        log.warning("The logo could not be read as an image; the document is made without it")
        return False
    added: list = []  # what was put in, to take out again if a later header fails
    try:
        for header in headers:
            paragraphs = header.paragraphs
            if len(paragraphs) == 1 and not paragraphs[0].text.strip():
                run = paragraphs[0].add_run()
                added.append(run._r)
                paragraphs[0].alignment = WD_PARAGRAPH_ALIGNMENT.RIGHT
            else:
                paragraph = paragraphs[0].insert_paragraph_before() if paragraphs else header.add_paragraph()
                added.append(paragraph._p)
                paragraph.alignment = WD_PARAGRAPH_ALIGNMENT.RIGHT
                run = paragraph.add_run()
            run.add_picture(io.BytesIO(image), **size)
    except Exception:  # noqa: BLE001 - as above; a header is never left without its paragraph
        log.warning("The logo could not be placed; the document is made without it")
        for element in added:
            element.getparent().remove(element)
        return False
    return True


def _pictures(story: BaseOxmlElement) -> list:
    """The pictures in a header: drawings, and VML pictures that are not a watermark."""
    found = list(story.xpath(".//w:drawing"))
    for pict in story.xpath(".//w:pict"):
        if not any("WaterMark" in (shape.get("id") or "") for shape in pict.iter()):
            found.append(pict)
    return found


def _logo_size(document: Document, image: bytes, height_cm: float, max_width_share: float) -> dict[str, int]:
    """`height=` for add_picture, or `width=` where that height would make the logo too wide."""
    from docx.image.image import Image

    info = Image.from_blob(image)
    if min(info.px_width, info.px_height, info.horz_dpi, info.vert_dpi) <= 0:
        raise ValueError("an image without size or resolution")
    natural_ratio = (info.px_width / info.horz_dpi) / (info.px_height / info.vert_dpi)
    line = _text_width(document.sections[0])
    height = Cm(height_cm)
    if height * natural_ratio > line * max_width_share:
        return {"width": int(line * max_width_share)}
    return {"height": height}


def set_footer_note(document: Document, text: str) -> None:
    """Text at the left of the footer, before the page numbers (e.g. "Innkalling – SSU 15.12.2026").

    A template whose footer has no page numbers gets "Side X av Y" at the right; one with
    its own page numbers keeps them and gets the note on a line of its own. A different first
    page (or even pages) gets the same."""
    section = document.sections[0]
    for footer in _headers_footers(document, "footer"):
        paragraphs = footer.paragraphs
        with_page = next((p for p in paragraphs if _has_field(p._p, "PAGE")), None)
        if with_page is not None and with_page.text.startswith("\t"):  # the house layout
            run = with_page.add_run(clean_text(text))
            first = with_page._p.find(qn("w:r"))
            if first is not None and first is not run._r:
                first.addprevious(run._r)
            continue
        paragraph = _free_paragraph(footer)
        sid = style_id(document, "Footer")
        if sid:
            paragraph._p.style = sid
        paragraph.add_run(clean_text(text))
        if with_page is None:
            _right_tab(paragraph, section)
            paragraph.add_run("\tSide ")
            _add_field(paragraph, "PAGE")
            paragraph.add_run(" av ")
            _add_field(paragraph, "NUMPAGES")


def _headers_footers(document: Document, kind: str) -> list:
    """The first section's headers (or footers) that show: the primary one, the first page's
    when the template has a different first page, the even pages' when it has those; each
    given its own definition if it had none."""
    section = document.sections[0]
    chosen = [getattr(section, kind)]
    if section.different_first_page_header_footer:
        chosen.append(getattr(section, f"first_page_{kind}"))
    if document.settings.odd_and_even_pages_header_footer:
        chosen.append(getattr(section, f"even_page_{kind}"))
    for story in chosen:
        story.is_linked_to_previous = False
    return chosen


def _free_paragraph(story: _BaseHeaderFooter) -> Paragraph:
    """The header's or footer's only paragraph when it is empty, else a new one at its end."""
    paragraphs = story.paragraphs
    if (
        len(paragraphs) == 1
        and not paragraphs[0].text.strip()
        and not paragraphs[0]._p.xpath(".//w:drawing | .//w:pict")
    ):
        return paragraphs[0]
    return story.add_paragraph()


def left_rule(paragraph: Paragraph, color: str = ACCENT) -> None:
    """A coloured bar along the paragraph's left edge (a proposed decision stands out)."""
    p_pr = paragraph._p.get_or_add_pPr()
    borders = _child(p_pr, "w:pBdr")
    left = _child(borders, "w:left")
    left.set(qn("w:val"), "single")
    left.set(qn("w:sz"), "18")
    left.set(qn("w:space"), "8")
    left.set(qn("w:color"), color)
    paragraph.paragraph_format.left_indent = Cm(0.35)


# --- saving -------------------------------------------------------------------------------------


def to_bytes(document: Document, when: datetime) -> bytes:
    """The .docx package, every zip entry dated `when`: the same document gives the same bytes."""
    buffer = io.BytesIO()
    document.save(buffer)
    out = io.BytesIO()
    stamp = max(when, datetime(1980, 1, 1)).timetuple()[:6]
    with zipfile.ZipFile(buffer) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for entry in source.infolist():
            info = zipfile.ZipInfo(entry.filename, date_time=stamp)
            info.compress_type = zipfile.ZIP_DEFLATED
            info.create_system = 0  # the same bytes on every platform
            target.writestr(info, source.read(entry.filename))
    return out.getvalue()


def save(document: Document, path: Path | str, when: datetime) -> Path:
    """Write the document atomically (see hfdesk.fileio): the old file or the complete new one.

    The package is built in memory first, so a failure while building leaves the target untouched."""
    path = Path(path)
    data = to_bytes(document, when)
    write_atomically(path, lambda fh: fh.write(data))
    return path


# --- XML details --------------------------------------------------------------------------------


def style_id(
    document: Document, name: str | None, kind: WD_STYLE_TYPE = WD_STYLE_TYPE.PARAGRAPH
) -> str | None:
    """The id of the style called `name` in `document` (None when it has none of that kind):
    looked up once and set as an id, not by name per paragraph."""
    if not name:
        return None
    # Kept on the document's part: `part.document` makes a new Document proxy on every call.
    cache = document.part.__dict__.setdefault("_hfdesk_style_ids", {})
    key = (name, kind)
    if key not in cache:
        try:
            style = document.styles[name]
        except KeyError:
            cache[key] = None
        else:
            cache[key] = style.style_id if style.type == kind else None
    return cache[key]


def _document_of(container: object) -> Document:
    """The document a container (the document itself, a table cell, a header) is part of."""
    part = getattr(container, "part", None)
    part = getattr(part, "_document_part", part)  # a header's or footer's part: the document's
    return cast("Document", getattr(part, "document", container))


def _has_field(element: BaseOxmlElement, code: str) -> bool:
    return any(
        (t.text or "").strip().split(" ")[0].upper() == code for t in element.iter(qn("w:instrText"))
    ) or any(
        (f.get(qn("w:instr")) or "").strip().split(" ")[0].upper() == code
        for f in element.iter(qn("w:fldSimple"))
    )


def _text_width(section: Section) -> Length:
    """The width between the margins of `section` (`TEXT_WIDTH_CM` for a template without
    page size or margins)."""
    page, left, right = section.page_width, section.left_margin, section.right_margin
    if page is None or left is None or right is None:
        return Cm(TEXT_WIDTH_CM)
    return Length(page - left - right)


def _right_tab(paragraph: Paragraph, section: Section) -> None:
    """A right-aligned tab stop at the right margin of `section`."""
    width = _text_width(section)
    tabs = paragraph.paragraph_format.tab_stops
    style = paragraph.style
    while style is not None:  # the style's own stops (Word's Header: centre and right) would come first
        for stop in style.paragraph_format.tab_stops:
            if stop.position != width:
                tabs.add_tab_stop(stop.position, WD_TAB_ALIGNMENT.CLEAR)
        style = style.base_style
    tabs.add_tab_stop(width, WD_TAB_ALIGNMENT.RIGHT)


def _is_url(text: str) -> bool:
    return text.strip().lower().startswith(("https://", "http://")) and " " not in text.strip()


def _child(parent: BaseOxmlElement, tag: str) -> BaseOxmlElement:
    el = parent.find(qn(tag))
    if el is None:
        el = OxmlElement(tag)
        parent.append(el)
    return el


def _default_rpr(document: Document) -> BaseOxmlElement:
    defaults = _child(document.styles.element, "w:docDefaults")
    return _child(_child(defaults, "w:rPrDefault"), "w:rPr")


def _set_fonts(r_pr: BaseOxmlElement, name: str) -> None:
    """Explicit fonts for every script; theme fonts removed (they would win over these)."""
    fonts = r_pr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        r_pr.insert(0, fonts)
    fonts.attrib.clear()
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(attr), name)


def _bottom_rule(p_pr: BaseOxmlElement, color: str, *, size: int) -> None:
    borders = _child(p_pr, "w:pBdr")
    bottom = _child(borders, "w:bottom")
    bottom.set(qn("w:val"), "single")
    bottom.set(qn("w:sz"), str(size))
    bottom.set(qn("w:space"), "2")
    bottom.set(qn("w:color"), color)


def _add_field(paragraph: Paragraph, code: str) -> None:
    """A field (PAGE, NUMPAGES) as begin / instruction / separate / cached result / end."""
    for kind, text in (("begin", ""), (None, f" {code} "), ("separate", ""), (None, "1"), ("end", "")):
        run = paragraph.add_run()
        if kind is not None:
            char = OxmlElement("w:fldChar")
            char.set(qn("w:fldCharType"), kind)
            run._r.append(char)
        elif text.strip() == code:
            instr = OxmlElement("w:instrText")
            instr.set(qn("xml:space"), "preserve")
            instr.text = text
            run._r.append(instr)
        else:
            run.text = text


def _cell_text(
    cell: _Cell, text: str, *, bold: bool = False, color: str | None = None, style_id: str | None = None
) -> None:
    paragraph = cell.paragraphs[0]
    if style_id:
        paragraph._p.style = style_id
    run = paragraph.add_run(clean_text(text))
    if bold:
        run.bold = True
    if color:
        run.font.color.rgb = RGBColor.from_string(color)


def _set_widths(table: Table, widths_cm: Sequence[float]) -> None:
    """Column widths for Word (each cell's width) and LibreOffice (the grid)."""
    for column, width in zip(table.columns, widths_cm):
        column.width = Cm(width)
    for row in table.rows:
        for cell, width in zip(row.cells, widths_cm):
            cell.width = Cm(width)


def _repeat_as_header(row: _Row) -> None:
    tr_pr = row._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    tr_pr.append(header)


def _keep_row_together(row: _Row) -> None:
    tr_pr = row._tr.get_or_add_trPr()
    if tr_pr.find(qn("w:cantSplit")) is None:
        tr_pr.insert(0, OxmlElement("w:cantSplit"))


def keep_with_previous(document: Document, paragraphs: int = 2) -> None:
    """Make what is added next start on the page that ends the document so far: the last
    `paragraphs` paragraphs of the body (or, when it ends in a table, every paragraph of the
    table's last row) are kept with the next. A closing block added after this never stands
    alone on a page."""
    body = document.element.body
    blocks = [el for el in body.iterchildren() if el.tag in (qn("w:p"), qn("w:tbl"))]
    if not blocks:
        return
    last = blocks[-1]
    if last.tag == qn("w:tbl"):
        rows = last.findall(qn("w:tr"))
        if not rows:
            return
        targets = rows[-1].iter(qn("w:p"))
    else:
        targets = [b for b in blocks[-paragraphs:] if b.tag == qn("w:p")]
    for p in targets:
        p_pr = p.get_or_add_pPr()
        if p_pr.find(qn("w:keepNext")) is not None:
            continue
        keep = OxmlElement("w:keepNext")
        style = p_pr.find(qn("w:pStyle"))  # the schema's order: pStyle, then keepNext
        if style is not None:
            style.addnext(keep)
        else:
            p_pr.insert(0, keep)
