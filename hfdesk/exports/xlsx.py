"""Spreadsheet helpers shared by every Excel export (roster, attendance, ...).

* `safe_text` / `text_cell`: the one place formula neutralisation lives. Text that
  a spreadsheet would read as a formula (leading ``=``, ``+``, ``-``, ``@``, tab,
  CR or NUL; OWASP ASVS 1.2.10) is written as a text cell (``t="s"``, never an
  ``<f>`` element) with Excel's quote prefix, so it stays text even when the user
  edits the cell. Every other string is forced to text as well (a name such as
  ``#N/A`` would otherwise become an error value).
* `new_workbook`: a workbook with document properties and the named styles below.
* `write_table`: rows as an Excel table with a styled header, frozen header row,
  autofilter, fitted column widths, real date cells and print setup.
* `save`: written through `hfdesk.fileio.write_atomically`.

Styles are registered once per workbook as NamedStyles, so a date cell costs one
style-array copy and no style objects of its own.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from openpyxl import Workbook
from openpyxl.cell.cell import ERROR_CODES, ILLEGAL_CHARACTERS_RE, Cell
from openpyxl.styles import Alignment, Border, Font, NamedStyle, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.utils.exceptions import IllegalCharacterError
from openpyxl.worksheet.table import Table, TableStyleInfo
from openpyxl.worksheet.worksheet import Worksheet

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


# --- text -------------------------------------------------------------------------------------


def is_formula_like(text: object) -> bool:
    """True for text a spreadsheet could take as a formula or an error value."""
    return isinstance(text, str) and (text[:1] in FORMULA_TRIGGERS or text in _ERROR_CODES)


def safe_text(value: object) -> object:
    """`value` made safe to put in a cell: text loses the control characters XML cannot hold
    (NUL and friends; tab, LF and CR stay). Other values are returned as they are.
    Use `text_cell` (or `write_table`, which does) so the cell is also typed as text."""
    if isinstance(value, str) and ILLEGAL_CHARACTERS_RE.search(value):
        return ILLEGAL_CHARACTERS_RE.sub("", value)
    return value


def text_cell(ws: Worksheet, value: str) -> Cell:
    """A cell holding `value` as text, whatever it starts with (never a formula)."""
    clean = safe_text(value)
    cell = Cell(ws, value=clean)
    cell.data_type = "s"
    if is_formula_like(value) or is_formula_like(clean):
        cell.quotePrefix = True  # Excel keeps it text when the user edits the cell
    return cell


def put_text(cell: Cell, value: str) -> None:
    """Assign text to an existing cell as text (see `text_cell`)."""
    clean = safe_text(value)
    cell.value = clean
    cell.data_type = "s"
    if is_formula_like(value) or is_formula_like(clean):
        cell.quotePrefix = True


# --- workbook ---------------------------------------------------------------------------------


def new_workbook(*, title: str, subject: str = "", description: str = "", keywords: str = "") -> Workbook:
    """An empty workbook (no sheets) with document properties and hfdesk's named styles."""
    wb = Workbook()
    wb.remove(wb.active)
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


def save(wb: Workbook, path: Path | str) -> None:
    """Write the workbook atomically (see hfdesk.fileio)."""
    write_atomically(Path(path), wb.save)


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


@dataclass(frozen=True)
class TableArea:
    """Where `write_table` put the table: 1-based rows, and the table's A1 range."""

    header_row: int
    first_row: int
    last_row: int  # the last data row (the header row's next row for an empty table)
    row_count: int  # data rows written
    ref: str


def write_table(
    ws: Worksheet,
    *,
    table_name: str,
    headers: Sequence[str],
    rows: Iterable[Sequence[object]],
    title: str = "",
    subtitle: str = "",
    print_title: str = "",
    max_width: int = MAX_WIDTH,
) -> TableArea:
    """Write `rows` under `headers` as an Excel table on an empty sheet.

    Optional title and subtitle rows go above the table (a blank row between them and
    the header); the header row is frozen, repeated on every printed page and filtered
    by the table's autofilter. Dates (and datetimes) become real date cells shown as
    dd.mm.yyyy; text is written with `text_cell` semantics; None leaves a cell empty.
    Columns are sized to their longest text (capped at `max_width` characters).
    The page is set up landscape, fitted to one page wide, with page numbers.
    """
    ncols = len(headers)
    widths = [max(MIN_WIDTH, len(h) + 3) for h in headers]  # + room for the filter button
    for text, style in ((title, STYLE_TITLE), (subtitle, STYLE_SUBTITLE)):
        if text:
            ws.append([None])
            cell = ws.cell(ws.max_row, 1)
            cell.style = style  # a named style resets quotePrefix: style first, then the text
            put_text(cell, text)
    if title or subtitle:
        ws.append([])
    ws.append([text_cell(ws, h) for h in headers])
    header_row = ws.max_row
    for cell in ws[header_row]:
        cell.style = STYLE_HEADER

    # One pass: build the row (plain values on openpyxl's fast path, prepared cells only
    # where a value needs a type or style of its own) and measure the column widths.
    count = 0
    append = ws.append
    styles: dict[str, object] = {}
    for row in rows:
        out: list[object] = []
        for i, value in enumerate(row):
            if value.__class__ is str:
                widths[i] = max(widths[i], len(value))
                if value[:1] in FORMULA_TRIGGERS or value in _ERROR_CODES:
                    value = text_cell(ws, value)
            elif isinstance(value, date):
                value = _date_cell(ws, value, styles)
                widths[i] = max(widths[i], 11)
            elif value is not None and not isinstance(value, (int, float, Cell)):
                value = str(value)
                widths[i] = max(widths[i], len(value))
            out.append(value)
        try:
            append(out)
        except IllegalCharacterError:  # control characters in some text: write the row again, cleaned
            append([text_cell(ws, v) if isinstance(v, str) else v for v in out])
        count += 1
    last_row = header_row + max(count, 1)  # an Excel table needs a data row, even an empty one
    ref = f"A{header_row}:{get_column_letter(ncols)}{last_row}"

    table = Table(displayName=table_name, ref=ref)
    table.tableStyleInfo = TableStyleInfo(name=TABLE_STYLE, showRowStripes=True, showColumnStripes=False)
    ws.add_table(table)

    for i, width in enumerate(widths, 1):
        ws.column_dimensions[get_column_letter(i)].width = min(width, max_width) + 2
    ws.freeze_panes = ws.cell(header_row + 1, 1).coordinate
    setup_print(ws, header_row=header_row, title=print_title or title)
    return TableArea(header_row, header_row + 1, last_row, count, ref)


def _style_array(ws: Worksheet, style: str) -> object:
    """The style array of a cell carrying the named style `style`, to give to new cells.

    Assigning a named style looks it up by name every time (slow for thousands of date
    cells); a copy of the array costs next to nothing (`Cell(..., style_array=...)`)."""
    template = Cell(ws)
    template.style = style
    return template._style


def _date_cell(ws: Worksheet, value: date, styles: dict[str, object]) -> Cell:
    name = STYLE_DATETIME if isinstance(value, datetime) else STYLE_DATE
    array = styles.get(name)
    if array is None:
        array = styles[name] = _style_array(ws, name)
    return Cell(ws, value=value, style_array=array)


def setup_print(ws: Worksheet, *, header_row: int, title: str = "") -> None:
    """Landscape A4, one page wide (as many pages tall as needed), the header row on every
    page, the title in the page header and "Side n av m" in the footer."""
    ws.page_setup.orientation = ws.ORIENTATION_LANDSCAPE
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
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
