"""Spreadsheet helpers shared by every Excel export (roster, attendance, ...).

* `safe_text` / `StreamSheet`: the one place formula neutralisation lives. Text that
  a spreadsheet would read as a formula (leading ``=``, ``+``, ``-``, ``@``, tab,
  CR or NUL; OWASP ASVS 1.2.10) is written as a text cell (``t="inlineStr"``, never an
  ``<f>`` element) with Excel's quote prefix, so it stays text even when the user
  edits the cell. Every other string is forced to text as well (a name such as
  ``#N/A`` would otherwise become an error value).
* `new_workbook`: a workbook with document properties and the named styles below, whose
  sheets are `StreamSheet`s: rows are written once, top to bottom.
* `write_table`: rows as an Excel table with a styled header, frozen header row,
  autofilter, fitted column widths, real date cells and print setup.
* `save`: written through `hfdesk.fileio.write_atomically`.

Why streamed sheets: openpyxl's normal worksheet makes a `Cell` object per value and its
writer turns each one back into XML through several Python calls and lxml elements
(issue 9 measured it as nearly the whole of an export's cost). A `StreamSheet` is
openpyxl's write-only worksheet (so the package, styles, tables, print setup and
document properties are still openpyxl's) whose rows are written straight out as XML
text: about three times as fast as bare openpyxl for the same cells. The price is the
write-only rule: a sheet is set up (column widths, frozen panes, print setup) before its
first row, and rows are appended in order. A cell with a look, or a link, is a `Styled`
value (or a row gets a look per column: `StreamSheet.append(row, styles=...)`).
"""

from __future__ import annotations

import math
import re
import zipfile
from collections.abc import Generator, Iterable, Sequence
from contextlib import suppress
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, BinaryIO, Self

from openpyxl import Workbook
from openpyxl.cell.cell import ERROR_CODES, WriteOnlyCell
from openpyxl.styles import Alignment, Border, Font, NamedStyle, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.utils.datetime import to_excel
from openpyxl.worksheet._write_only import WriteOnlyWorksheet
from openpyxl.worksheet._writer import ALL_TEMP_FILES, WorksheetWriter
from openpyxl.worksheet.filters import AutoFilter
from openpyxl.worksheet.hyperlink import Hyperlink
from openpyxl.worksheet.table import Table, TableColumn, TableStyleInfo
from openpyxl.worksheet.worksheet import Worksheet
from openpyxl.writer.excel import ExcelWriter
from openpyxl.xml.constants import SHEET_MAIN_NS
from openpyxl.xml.functions import tostring

from ..fileio import write_atomically

DATE_FORMAT = "dd.mm.yyyy"
DATETIME_FORMAT = "dd.mm.yyyy hh:mm"
TABLE_STYLE = "TableStyleMedium2"
FONT = "Calibri"  # the workbook default; LibreOffice substitutes the metric-compatible Carlito
HEADER_FILL = "1F4E78"  # close to TableStyleMedium2's header, for programs that ignore table styles
MIN_WIDTH = 8
MAX_WIDTH = 50
SHEET_TITLE_MAX = 31
_SHEET_FORBIDDEN = str.maketrans({c: " " for c in "[]:*?/\\"})

STYLE_HEADER = "hfdesk-overskrift"
STYLE_DATE = "hfdesk-dato"
STYLE_DATETIME = "hfdesk-tidspunkt"
STYLE_TITLE = "hfdesk-tittel"
STYLE_SUBTITLE = "hfdesk-undertittel"

# Leading characters that make a spreadsheet (Excel, LibreOffice, a CSV re-import) evaluate text.
FORMULA_TRIGGERS = frozenset("=+-@\t\r\x00")
_ERROR_CODES = frozenset(ERROR_CODES)
# Characters XML 1.0 cannot hold: C0 controls but tab, LF and CR; lone surrogates; U+FFFE, U+FFFF.
NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


# --- text -------------------------------------------------------------------------------------


def is_formula_like(text: object) -> bool:
    """True for text a spreadsheet could take as a formula or an error value."""
    return isinstance(text, str) and (text[:1] in FORMULA_TRIGGERS or text in _ERROR_CODES)


def safe_text(value: object) -> object:
    """`value` made safe to put in a cell: text loses the characters XML cannot hold (NUL and
    the other controls but tab, LF and CR; U+FFFE, U+FFFF, lone surrogates). Other values
    are returned as they are.
    A `StreamSheet` (and so `write_table`) also types the cell as text."""
    if isinstance(value, str) and NOT_XML.search(value):
        return NOT_XML.sub("", value)
    return value


# --- workbook ---------------------------------------------------------------------------------


def new_workbook(*, title: str, subject: str = "", description: str = "", keywords: str = "") -> Workbook:
    """An empty workbook (no sheets; `create_sheet` makes `StreamSheet`s) with document properties
    and hfdesk's named styles."""
    wb = StreamWorkbook()
    props = wb.properties
    props.title = title
    props.subject = subject
    props.description = description or None
    props.keywords = keywords or None
    props.creator = "hfdesk"
    props.lastModifiedBy = "hfdesk"
    props.language = "nb-NO"
    now = datetime.now(UTC).replace(tzinfo=None, microsecond=0)  # stored as UTC
    props.created = now
    props.modified = now
    _register_styles(wb)
    return wb


def _register_styles(wb: Workbook) -> None:
    thin = Side(style="thin", color="FFFFFF")
    wb.add_named_style(
        NamedStyle(
            STYLE_HEADER,
            font=Font(name=FONT, size=11, bold=True, color="FFFFFF"),
            fill=PatternFill("solid", fgColor=HEADER_FILL),
            alignment=Alignment(vertical="center"),
            border=Border(left=thin, right=thin),
        )
    )
    wb.add_named_style(NamedStyle(STYLE_DATE, number_format=DATE_FORMAT))
    wb.add_named_style(NamedStyle(STYLE_DATETIME, number_format=DATETIME_FORMAT))
    wb.add_named_style(NamedStyle(STYLE_TITLE, font=Font(name=FONT, bold=True, size=14)))
    wb.add_named_style(NamedStyle(STYLE_SUBTITLE, font=Font(name=FONT, size=11, italic=True, color="595959")))


def save(wb: StreamWorkbook, path: Path | str) -> None:
    """Write the workbook atomically (see hfdesk.fileio). A workbook that could not be
    written is discarded (see `StreamWorkbook.discard`)."""

    def write(out: BinaryIO) -> None:
        # openpyxl's own save, but a zip that fails half-way (a full disk) is closed here,
        # while the file is still open, not later by the garbage collector.
        if not wb.worksheets:  # a workbook needs a sheet
            wb.create_sheet()
        archive = zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED, allowZip64=True)
        try:
            ExcelWriter(wb, archive).save()
        except BaseException:
            with suppress(Exception):
                archive.close()
            raise

    try:
        write_atomically(Path(path), write)
    finally:
        wb.discard()


def sheet_title(name: str, taken: set[str], fallback: str = "Ark") -> str:
    """A valid, unique sheet name for `name`: no ``[]:*?/\\``, at most 31 characters,
    not starting or ending with an apostrophe, unique ignoring case (as Excel compares).
    The chosen name is added to `taken` (which holds lower-cased names)."""
    base = " ".join(name.translate(_SHEET_FORBIDDEN).split()).strip("'").strip()
    base = str(safe_text(base)) or fallback
    if base.lower() == "history":  # reserved by Excel
        base = f"{base} (1)"
    candidate = base[:SHEET_TITLE_MAX].rstrip().rstrip("'")
    n = 2
    while candidate.lower() in taken:
        suffix = f" ({n})"
        candidate = base[: SHEET_TITLE_MAX - len(suffix)].rstrip().rstrip("'") + suffix
        n += 1
    taken.add(candidate.lower())
    return candidate


# --- tables -----------------------------------------------------------------------------------


# --- streamed sheets -----------------------------------------------------------------------------


@dataclass(frozen=True, eq=False)
class CellStyle:
    """How a cell looks: a named style and changes on top of it. One style id per distinct
    look is registered with the workbook, whatever the number of cells. Compared by
    identity (hashing openpyxl's style objects per cell costs more than writing the cell):
    make a look once and reuse it; two equal looks still share one style id."""

    named: str | None = None
    font: Font | None = None
    fill: PatternFill | None = None
    alignment: Alignment | None = None
    number_format: str | None = None


@dataclass(slots=True)
class Styled:
    """A cell value with a look of its own, and optionally a link to a place in the workbook
    (``'Sheet'!A1``). A `Styled` None is an empty cell that still shows its style (a fill).
    Not frozen: a frozen dataclass takes twice as long to make, and a sheet makes thousands."""

    value: object
    style: CellStyle
    link: str | None = None


TITLE = CellStyle(named=STYLE_TITLE)
SUBTITLE = CellStyle(named=STYLE_SUBTITLE)
HEADER = CellStyle(named=STYLE_HEADER)
LINK = CellStyle(named="Hyperlink")
_DATE = CellStyle(named=STYLE_DATE)
_DATETIME = CellStyle(named=STYLE_DATETIME)
_PLAIN = CellStyle()
_ILLEGAL = NOT_XML.search


class StreamWorkbook(Workbook):
    """A write-only workbook whose sheets are `StreamSheet`s."""

    def __init__(self) -> None:
        super().__init__(write_only=True)
        #: style ids by look (and quote prefix), shared by every sheet of the workbook
        self.style_ids: dict[tuple[CellStyle, bool], str] = {}

    def create_sheet(self, title: str | None = None, index: int | None = None) -> StreamSheet:  # type: ignore[override]
        sheet = StreamSheet(parent=self, title=title)
        self._add_sheet(sheet=sheet, index=index)
        return sheet

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.discard()

    def discard(self) -> None:
        """Close the sheets of a workbook that will not be saved (an export that failed) and
        remove their temporary files. Nothing happens to a saved workbook."""
        for sheet in self._sheets:
            if isinstance(sheet, StreamSheet):
                sheet.discard()


class _SheetWriter(WorksheetWriter):
    """openpyxl's sheet writer (everything around the rows: views, columns, filters, print
    setup, tables, links) writing into a text file that `StreamSheet` writes its rows into."""

    def get_stream(self) -> Any:
        # The protocol of openpyxl's own stream: send(element) writes it, send(True) hands
        # out the file for the rows, send(None) goes back to waiting, close() ends the sheet.
        with open(self.out, "w", encoding="utf-8", newline="") as out:
            out.write(f'<worksheet xmlns="{SHEET_MAIN_NS}">')
            try:
                while True:
                    element = yield
                    if element is True:
                        yield out
                    elif element is not None:
                        out.write(tostring(element, encoding="unicode"))
            except GeneratorExit:
                pass
            out.write("</worksheet>")

    def write_rows(self) -> None:  # a sheet without rows
        self.xf.send(True).write("<sheetData/>")
        self.xf.send(None)


class StreamSheet(WriteOnlyWorksheet):
    """A write-only worksheet whose appended rows are written out as XML text at once (see
    the module's doc).

    Set column widths, frozen panes and print setup before the first `append`; tables,
    filters and print titles may come at any time before the workbook is saved.
    A row's values: text (always a text cell, formula-like text with the quote prefix),
    int, float, bool, date or datetime (a date cell), None (no cell), or `Styled`."""

    # openpyxl's class attributes (both None until the first row), with the types used here
    _writer: _SheetWriter | None
    _rows: Generator[None, str, None] | None

    def __init__(self, parent: StreamWorkbook, title: str | None) -> None:
        super().__init__(parent, title)
        self.rows_written = 0
        self._style_ids: dict[tuple[CellStyle, bool], str] = parent.style_ids  # one per workbook
        self._letters: list[str] = []
        self._dated: dict[tuple[CellStyle, bool], CellStyle] = {}  # a look with a date format added

    def append(self, row: Sequence[object], styles: Sequence[CellStyle | None] | None = None) -> None:
        """Write `row` under the rows before. `styles`, if given, is the look of each column's
        cell (a `Styled` value keeps its own; columns past its end have none); with a look, a
        None is an empty cell in that look. A row that cannot be written (a value that is no
        cell) raises before anything of it is written: the sheet stays whole."""
        self._get_writer()
        links: list[Hyperlink] = []
        xml = self._row_xml(row, self.rows_written + 1, styles, links)
        if self._rows is None:
            self._rows = self._write_rows()
            next(self._rows)
        self._rows.send(xml)
        self._hyperlinks.extend(links)
        self.rows_written += 1

    def add_table(self, table: Table, headers: Sequence[str] = ()) -> None:
        """Add `table`, its columns named by `headers` (the header row's texts)."""
        if self.parent._duplicate_name(table.name):
            raise ValueError(f"Table with name {table.name} already exists")
        table.tableColumns = [TableColumn(id=i, name=name) for i, name in enumerate(headers, 1)]
        if table.headerRowCount and not table.autoFilter:
            table.autoFilter = AutoFilter(ref=table.ref)  # as openpyxl does for a normal sheet
        self._tables.add(table)

    def style_id(self, style: CellStyle, quote: bool = False) -> str:
        """The workbook's id for cells that look like `style` (with the quote prefix)."""
        key = (style, quote)
        found = self._style_ids.get(key)
        if found is None:
            cell = WriteOnlyCell(self)
            if style.named:
                cell.style = style.named
            if style.font is not None:
                cell.font = style.font
            if style.fill is not None:
                cell.fill = style.fill
            if style.alignment is not None:
                cell.alignment = style.alignment
            if style.number_format is not None:
                cell.number_format = style.number_format
            if quote:
                cell.quotePrefix = True
            found = self._style_ids[key] = str(cell.style_id)
        return found

    def discard(self) -> None:
        """Close this sheet's streams in order (rows, then the sheet) unless the sheet was
        saved, and remove its temporary file if it is still there (a save that failed after
        openpyxl closed the sheet)."""
        writer = self._writer
        if writer is None:
            return
        if not self.closed:
            if self._rows is not None:
                self._rows.close()
            writer.close()
        if writer.out in ALL_TEMP_FILES:
            writer.cleanup()
        self._writer = None

    def _dated_look(self, style: CellStyle, with_time: bool) -> CellStyle:
        key = (style, with_time)
        found = self._dated.get(key)
        if found is None:
            number_format = DATETIME_FORMAT if with_time else DATE_FORMAT
            found = self._dated[key] = replace(style, number_format=number_format)
        return found

    def _get_writer(self) -> None:
        if self._writer is None:
            self._writer = _SheetWriter(self)
            self._writer.write_top()

    def _write_rows(self) -> Generator[None, str, None]:
        """openpyxl's row stream (closed by `close`), given each row as finished XML text."""
        writer = self._writer
        assert writer is not None, "started by append, after _get_writer"
        out = writer.xf.send(True)
        out.write("<sheetData>")
        try:
            while True:
                out.write((yield))
        except GeneratorExit:
            pass
        if out.closed:  # collected after its file (a workbook neither saved nor discarded)
            return
        out.write("</sheetData>")
        writer.xf.send(None)

    def _row_xml(
        self,
        values: Sequence[object],
        row_idx: int,
        styles: Sequence[CellStyle | None] | None,
        links: list[Hyperlink],
    ) -> str:
        """One row as XML text (its links added to `links`). Plain text (most cells) is
        written here; the rest in `_cell`."""
        r = str(row_idx)
        parts = [f'<row r="{r}">']
        letters = self._letters
        while len(letters) < len(values):
            letters.append(get_column_letter(len(letters) + 1))
        style_ids = self._style_ids
        styled_columns = len(styles) if styles is not None else 0
        for col, value in enumerate(values):
            style = styles[col] if col < styled_columns else None  # type: ignore[index]
            if value is None:
                if style is not None:
                    parts.append(f'<c r="{letters[col]}{r}" s="{self.style_id(style)}"/>')
                continue
            if value.__class__ is Styled:
                style, link, value = value.style, value.link, value.value  # type: ignore[union-attr]
                if link:
                    links.append(Hyperlink(ref=letters[col] + r, location=link))
            if (
                value.__class__ is str
                and value  # type: ignore[truthy-bool]
                and value[:1] not in FORMULA_TRIGGERS  # type: ignore[index]
                and value not in _ERROR_CODES
                and not _ILLEGAL(value)  # type: ignore[arg-type]
            ):
                s = "" if style is None else f' s="{style_ids.get((style, False)) or self.style_id(style)}"'
                parts.append(f'<c r="{letters[col]}{r}"{s} t="inlineStr">{_text_xml(value)}</c>')  # type: ignore[arg-type]
            else:
                parts.append(self._cell(letters[col] + r, value, style))
        parts.append("</row>")
        return "".join(parts)

    def _cell(self, ref: str, value: object, style: CellStyle | None) -> str:
        """A cell that is not plain text: formula-like or unclean text, a number, a date, None."""
        kind = value.__class__
        if kind is str or not isinstance(value, (int, float, date, type(None))):
            text = value if kind is str else str(value)
            clean = safe_text(text)
            quote = is_formula_like(text) or (clean is not text and is_formula_like(clean))
            if quote or style is not None:
                s = f' s="{self.style_id(style or _PLAIN, quote)}"'
            elif not clean:
                return ""
            else:
                s = ""
            return f'<c r="{ref}"{s} t="inlineStr">{_text_xml(clean)}</c>' if clean else f'<c r="{ref}"{s}/>'  # type: ignore[arg-type]
        if value is None or (kind is float and not math.isfinite(value)):  # type: ignore[arg-type]
            # No value (a spreadsheet has no NaN), but the look stays.
            return "" if style is None else f'<c r="{ref}" s="{self.style_id(style)}"/>'
        if isinstance(value, date):
            with_time = isinstance(value, datetime)
            if style is None:
                style = _DATETIME if with_time else _DATE
            elif style.number_format is None:  # a look (a fill, a font) keeps the date a date
                style = self._dated_look(style, with_time)
            return f'<c r="{ref}" s="{self.style_id(style)}" t="n"><v>{to_excel(value, self.parent.epoch):.16g}</v></c>'
        s = "" if style is None else f' s="{self.style_id(style)}"'
        if kind is bool:
            return f'<c r="{ref}"{s} t="b"><v>{1 if value else 0}</v></c>'
        number = str(value) if isinstance(value, int) else f"{value:.16g}"  # as openpyxl writes a float
        return f'<c r="{ref}"{s} t="n"><v>{number}</v></c>'


def _text_xml(text: str) -> str:
    """An inline string's XML: escaped, CR kept as a character reference (an XML reader turns
    a bare CR into LF), leading or trailing spaces kept."""
    if _NEEDS_ESCAPE(text):
        text_xml = text.translate(_ESCAPES)
    else:
        text_xml = text
    if text != text.strip():
        return f'<is><t xml:space="preserve">{text_xml}</t></is>'
    return f"<is><t>{text_xml}</t></is>"


_NEEDS_ESCAPE = re.compile(r"[&<>\r]").search
_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;", "\r": "&#13;"})


@dataclass(frozen=True)
class TableArea:
    """Where `write_table` put the table: 1-based rows, and the table's A1 range."""

    header_row: int
    first_row: int
    last_row: int  # the last data row (the header row's next row for an empty table)
    row_count: int  # data rows written
    ref: str


def write_table(
    ws: StreamSheet,
    *,
    table_name: str,
    headers: Sequence[str],
    rows: Iterable[Sequence[object]],
    title: str = "",
    subtitle: str = "",
    print_title: str = "",
    max_width: int = MAX_WIDTH,
) -> TableArea:
    """Write `rows` under `headers` as an Excel table on a new, empty sheet.

    Optional title and subtitle rows go above the table (a blank row between them and
    the header); the header row is frozen, repeated on every printed page and filtered
    by the table's autofilter. Dates (and datetimes) become real date cells shown as
    dd.mm.yyyy; text is always a text cell (formula-like text with the quote prefix);
    None leaves a cell empty; a `Styled` value keeps its look and link.
    Columns are sized to their longest text (capped at `max_width` characters).
    The page is set up landscape, fitted to one page wide, with page numbers.
    """
    ncols = len(headers)
    rows = [list(row) for row in rows]
    widths = [max(MIN_WIDTH, len(h) + 3) for h in headers]  # + room for the filter button
    for row in rows:
        for i, value in enumerate(row):
            if value.__class__ is Styled:
                value = value.value  # type: ignore[attr-defined]
            if value is None:
                continue
            width = (
                11 if isinstance(value, date) else len(value) if value.__class__ is str else len(str(value))
            )
            widths[i] = max(widths[i], width)
    header_row = (1 if title else 0) + (1 if subtitle else 0) + (1 if title or subtitle else 0) + 1
    count = len(rows)
    last_row = header_row + max(count, 1)  # an Excel table needs a data row, even an empty one
    ref = f"A{header_row}:{get_column_letter(ncols)}{last_row}"

    # Set up before the first row (a streamed sheet writes its top part then).
    for i, width in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = min(width, max_width) + 2
    ws.freeze_panes = f"A{header_row + 1}"
    setup_print(ws, header_row=header_row, title=print_title or title)
    table = Table(displayName=table_name, ref=ref)
    table.tableStyleInfo = TableStyleInfo(name=TABLE_STYLE, showRowStripes=True, showColumnStripes=False)
    ws.add_table(table, [str(safe_text(h)) for h in headers])

    if title:
        ws.append([Styled(title, TITLE)])
    if subtitle:
        ws.append([Styled(subtitle, SUBTITLE)])
    if title or subtitle:
        ws.append([])
    ws.append([Styled(h, HEADER) for h in headers])
    for row in rows:
        ws.append(row)
    return TableArea(header_row, header_row + 1, last_row, count, ref)


def setup_print(ws: StreamSheet, *, header_row: int, title: str = "") -> None:
    """Landscape A4, one page wide (as many pages tall as needed), the header row on every
    page, the title in the page header and "Side n av m" in the footer. Before the first row."""
    ws.page_setup.orientation = Worksheet.ORIENTATION_LANDSCAPE
    ws.page_setup.paperSize = Worksheet.PAPERSIZE_A4
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_title_rows = f"{header_row}:{header_row}"
    ws.print_options.horizontalCentered = True
    ws.page_margins.left = ws.page_margins.right = 0.4
    ws.page_margins.top = ws.page_margins.bottom = 0.75
    ws.page_margins.header = ws.page_margins.footer = 0.3
    if title:
        ws.oddHeader.left.text = title.replace("&", "&&")
    ws.oddFooter.center.text = "Side &P av &N"
    ws.oddFooter.right.text = "&A"
