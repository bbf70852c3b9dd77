"""Word helpers shared by every .docx export (the notice; the minutes later).

* `new_document`: a document from the house template `resources/templates/hfdesk.docx`
  (A4, Calibri, heading styles, "Side X av Y" in the footer) with its core properties
  set. When the template is missing the same template is built in code
  (`build_default_template`, which `scripts/make_default_template.py` saves as the file),
  so an export never depends on a file being where it should.
* `add_heading`, `add_text`, `add_label_line`, `add_facts`, `add_table` (styled,
  repeated header row), `add_bullets`, `add_hyperlink`, `set_footer_note`: the building
  blocks, each taking text straight from the database; `clean_text` removes what XML
  cannot hold so a stray control character never breaks an export.
* `save`: the package with every zip entry dated `when` (the same input gives the same
  bytes), written through `hfdesk.fileio.write_atomically`.

Qt-free. Sizes are in centimetres; colours are hex RGB.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING
from zoneinfo import ZoneInfo

import docx
from docx.enum.section import WD_ORIENT
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_TAB_ALIGNMENT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from ..fileio import write_atomically
from ..paths import resource

if TYPE_CHECKING:
    from docx.document import Document
    from docx.table import Table, _Cell
    from docx.text.paragraph import Paragraph

TEMPLATE_PARTS = ("templates", "hfdesk.docx")
OSLO = ZoneInfo("Europe/Oslo")
AUTHOR = "hfdesk"
FONT = "Calibri"  # LibreOffice substitutes the metric-compatible Carlito where installed
ACCENT = "1F4E78"  # the header fill of the Excel exports
MUTED = "595959"
RULE = "BFBFBF"
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
    *, title: str, subject: str, created: datetime, language: str, keywords: str = ""
) -> Document:
    """An empty document from the house template, its core properties and language set.

    `language` is "nb" or "nn" (Word's spelling check follows it); `created` (Oslo time
    when naive) dates the document (and `save` dates the package's entries with it)."""
    path = template_path()
    document = docx.Document(str(path)) if path is not None else build_default_template()
    set_properties(document, title=title, subject=subject, created=created, keywords=keywords)
    set_language(document, language)
    return document


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


def add_heading(document: Document, text: str, level: int = 1) -> Paragraph:
    """A heading (level 0 is the document title)."""
    return document.add_paragraph(clean_text(text), style="Title" if level == 0 else f"Heading {level}")


def add_text(container: Document | _Cell, text: str | None, *, style: str | None = None) -> list[Paragraph]:
    """The user's text as paragraphs (blank lines separate them, newlines break lines)."""
    return [container.add_paragraph(block, style=_style(container, style)) for block in paragraphs_of(text)]


def add_label_line(
    container: Document | _Cell,
    parts: Sequence[tuple[str, str]],
    *,
    style: str | None = None,
    separator: str = "   ",
) -> Paragraph:
    """One line of "Label: value" pairs, the labels bold; pairs with no value are left out,
    a pair with no label is printed as its value alone."""
    paragraph = container.add_paragraph(style=_style(container, style))
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
    for row, (label, value) in zip(table.rows, rows):
        label_cell, value_cell = row.cells
        _cell_text(label_cell, f"{label}:", bold=True, style=_style(document, STYLE_TABLE_TEXT))
        if _is_url(value):
            value_cell.paragraphs[0].style = _style(document, STYLE_TABLE_TEXT)
            add_hyperlink(value_cell.paragraphs[0], value)
        else:
            _cell_text(value_cell, value, style=_style(document, STYLE_TABLE_TEXT))
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
) -> Table:
    """A table with a shaded header row (repeated on every page) and one row per item.

    A cell's text may hold newlines (line breaks). Widths default to equal columns
    across the text width."""
    ncols = len(headers)
    table = document.add_table(rows=1, cols=ncols)
    if "Table Grid" in [s.name for s in document.styles if s.type == WD_STYLE_TYPE.TABLE]:
        table.style = document.styles["Table Grid"]
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    table.autofit = False
    header = table.rows[0]
    _repeat_as_header(header)
    header_style = _style(document, STYLE_HEADER_CELL)
    for cell, text in zip(header.cells, headers):
        _cell_text(cell, text, bold=True, color="FFFFFF", style=header_style)
        shade(cell, ACCENT)
    body_style = _style(document, STYLE_TABLE_TEXT)
    for values in rows:
        cells = table.add_row().cells
        for cell, value in zip(cells, values):
            _cell_text(cell, value, style=body_style)
    _set_widths(table, list(widths_cm) if widths_cm else [TEXT_WIDTH_CM / ncols] * ncols)
    for row in table.rows:
        _keep_row_together(row)
    return table


def add_bullets(document: Document, items: Iterable[str]) -> list[Paragraph]:
    style = _style(document, "List Bullet")
    return [document.add_paragraph(clean_text(item), style=style) for item in items]


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


def set_footer_note(document: Document, text: str) -> None:
    """Text at the left of the footer, before the page numbers (e.g. "Innkalling – SSU 15.12.2026")."""
    footer = document.sections[0].footer
    paragraph = footer.paragraphs[0] if footer.paragraphs else footer.add_paragraph()
    run = paragraph.add_run(clean_text(text))
    first = paragraph._p.find(qn("w:r"))
    if first is not None and first is not run._r:
        first.addprevious(run._r)


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


def _style(container: object, name: str | None) -> str | None:
    """`name` when the document has that style (a secretary's own template may lack it), else None."""
    if name is None:
        return None
    document = getattr(container, "part", None)
    styles = getattr(getattr(document, "document", None), "styles", None)
    if styles is None:
        return name
    try:
        styles[name]
    except KeyError:
        return None
    return name


def _is_url(text: str) -> bool:
    return text.strip().lower().startswith(("https://", "http://")) and " " not in text.strip()


def _child(parent, tag: str):
    el = parent.find(qn(tag))
    if el is None:
        el = OxmlElement(tag)
        parent.append(el)
    return el


def _default_rpr(document: Document):
    defaults = _child(document.styles.element, "w:docDefaults")
    return _child(_child(defaults, "w:rPrDefault"), "w:rPr")


def _set_fonts(r_pr, name: str) -> None:
    """Explicit fonts for every script; theme fonts removed (they would win over these)."""
    fonts = r_pr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        r_pr.insert(0, fonts)
    fonts.attrib.clear()
    for attr in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(attr), name)


def _bottom_rule(p_pr, color: str, *, size: int) -> None:
    borders = _child(p_pr, "w:pBdr")
    bottom = _child(borders, "w:bottom")
    bottom.set(qn("w:val"), "single")
    bottom.set(qn("w:sz"), str(size))
    bottom.set(qn("w:space"), "2")
    bottom.set(qn("w:color"), color)


def _add_field(paragraph: Paragraph, code: str) -> None:
    """A field (PAGE, NUMPAGES) as begin / instruction / separate / cached result / end."""
    for kind, text in (("begin", None), (None, f" {code} "), ("separate", None), (None, "1"), ("end", None)):
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
    cell: _Cell, text: str, *, bold: bool = False, color: str | None = None, style: str | None = None
) -> None:
    paragraph = cell.paragraphs[0]
    if style:
        paragraph.style = style
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


def _repeat_as_header(row) -> None:
    tr_pr = row._tr.get_or_add_trPr()
    header = OxmlElement("w:tblHeader")
    header.set(qn("w:val"), "true")
    tr_pr.append(header)


def _keep_row_together(row) -> None:
    tr_pr = row._tr.get_or_add_trPr()
    if tr_pr.find(qn("w:cantSplit")) is None:
        tr_pr.insert(0, OxmlElement("w:cantSplit"))
