"""Spreadsheet helpers shared by every Excel export (roster, attendance, ...), on XlsxWriter.

* `safe_text` / `Sheet.append`: the one place formula neutralisation lives. Text that a
  spreadsheet would read as a formula (leading ``=``, ``+``, ``-``, ``@``, tab, CR or NUL;
  OWASP ASVS 1.2.10) or as an error value (``#N/A``) is written as a text cell
  (XlsxWriter's `write_string`, never a formula) with Excel's quote prefix, so it stays
  text even when the user edits the cell. Every other string is a text cell as well.
  Characters XML 1.0 cannot hold are dropped (`safe_text`).
* `new_workbook`: a workbook with document properties whose sheets are `Sheet`s: rows
  are written once, top to bottom (`Sheet.append`).
* `write_table`: rows as an Excel table with a styled header, frozen header row,
  autofilter, fitted column widths, real date cells and print setup.
* `setup_print`: A4 landscape with the sheet's one table's header row repeated on every
  page. Fitted to the page's width only while that keeps the print readable (at least
  `MIN_PRINT_SCALE` %, worked out from the column widths); a wider table prints across
  pages instead, at a readable scale, its first column(s) repeated beside the header row. Every
  export puts one table on a sheet, so the repeated rows are always that table's header
  and the title above it is never parted from it.
* `save`: the workbook is made in memory, then written through
  `hfdesk.fileio.write_atomically` (which refuses a target that is a database).

XlsxWriter (write-only) writes the package, the styles, tables, print setup, links and
document properties; openpyxl is kept for reading workbooks. A look is a `CellStyle`: a set
of XlsxWriter format properties, made once and reused; one XlsxWriter format is made per
distinct look (and quote prefix, and date format) whatever the number of cells.
"""

from __future__ import annotations

import io
import math
import re
import warnings
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from itertools import chain, count, repeat, zip_longest
from pathlib import Path
from typing import Any, BinaryIO, Self

import xlsxwriter
from xlsxwriter.format import Format
from xlsxwriter.utility import xl_col_to_name
from xlsxwriter.worksheet import Worksheet

from ..errors import CannotWrite
from ..fileio import write_atomically

DATE_FORMAT = "dd.mm.yyyy"
DATETIME_FORMAT = "dd.mm.yyyy hh:mm"
TABLE_STYLE = "Table Style Medium 2"  # TableStyleMedium2 in the file
FONT = "Calibri"  # the workbook default; LibreOffice substitutes the metric-compatible Carlito
HEADER_FILL = "1F4E78"  # close to TableStyleMedium2's header, for programs that ignore table styles
MIN_WIDTH = 8
MAX_WIDTH = 50
SHEET_TITLE_MAX = 31
MAX_ROWS = 1_048_576  # Excel's limits: XlsxWriter would drop a cell beyond them without a word
MAX_COLUMNS = 16_384
MAX_LINKS = 65_530  # links in one sheet; XlsxWriter refuses more (the text is written without one)
MAX_CELL_TEXT = 32_767  # characters in one cell
HEADER_FOOTER_MAX = 255  # Excel's limit for a page header, in UTF-16 units
# Print (see setup_print)
A4 = 9  # XlsxWriter's (and Excel's) paper code
A4_LONG_SIDE = 11.69  # inches
MARGIN_SIDE = 0.4  # inches, left and right
MIN_PRINT_SCALE = 70  # %: below it a table fitted to the page's width is too small to read
DEFAULT_WIDTH = 8.43  # characters: a column no export sized
FILTER_BUTTON = 3  # characters: the filter button in a header cell
BOLD = 1.1  # bold text is about this much wider than the characters column widths count
LINE_HEIGHT = 15  # points: a line of Calibri 11, Excel's default row height
PAGE_OF = "Side {page} av {pages}"  # the footer ("Side" and "av" in both written standards)
ACROSS_HEADER_ROOM = 0.25  # inches more at the top for the page header's small lines
PAGE_SAFETY = 0.9  # of the page's width: LibreOffice draws a column some 8 % wider than Excel
_DIGIT_PX = 7  # Calibri 11's widest digit at 96 dpi: Excel's unit of column width
_PADDING_PX = 5
_SHEET_FORBIDDEN = str.maketrans({c: " " for c in "[]:*?/\\"})

# Leading characters that make a spreadsheet (Excel, LibreOffice, a CSV re-import) evaluate text.
FORMULA_TRIGGERS = frozenset("=+-@\t\r\x00")
# The error values a spreadsheet would turn such text into when the cell is edited.
_ERROR_CODES = frozenset(("#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A"))
# Characters XML 1.0 cannot hold: C0 controls but tab, LF and CR; lone surrogates; U+FFFE, U+FFFF.
NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
_ILLEGAL = NOT_XML.search


# --- text -------------------------------------------------------------------------------------


def is_formula_like(text: object) -> bool:
    """True for text a spreadsheet could take as a formula or an error value."""
    return isinstance(text, str) and (text[:1] in FORMULA_TRIGGERS or text in _ERROR_CODES)


def safe_text(value: object) -> object:
    """`value` made safe to put in a cell: text loses the characters XML cannot hold (NUL and
    the other controls but tab, LF and CR; U+FFFE, U+FFFF, lone surrogates). Other values
    are returned as they are. `Sheet.append` (and so `write_table`) also types the cell as
    text, with the quote prefix where the text looks like a formula."""
    if isinstance(value, str) and NOT_XML.search(value):
        return NOT_XML.sub("", value)
    return value


# --- looks ------------------------------------------------------------------------------------


class CellStyle:
    """How a cell looks: XlsxWriter format properties (``bold``, ``font_size``,
    ``font_color``, ``bg_color``, ``pattern``, ``align``, ``valign``, ``text_wrap``,
    ``num_format``, borders, ``hyperlink``, ...). Compared by identity: make a look once and
    reuse it; the workbook makes one format per look."""

    __slots__ = ("properties",)

    def __init__(self, **properties: object) -> None:
        self.properties: dict[str, object] = properties

    def but(self, **changes: object) -> CellStyle:
        """This look with some properties changed or added."""
        return CellStyle(**{**self.properties, **changes})

    def __repr__(self) -> str:
        return f"CellStyle({self.properties!r})"


def fill(colour: str) -> dict[str, object]:
    """The properties of a solid background in `colour` (``RRGGBB``)."""
    return {"pattern": 1, "bg_color": f"#{colour}"}


@dataclass(slots=True)
class Styled:
    """A cell value with a look of its own, and optionally a link: to a place in the workbook
    (``'Sheet'!A1``), or out of it (``mailto:…``, ``https://…``). A `Styled` None is an empty
    cell that still shows its style (a fill).
    Not frozen: a frozen dataclass takes twice as long to make, and a sheet makes thousands."""

    value: object
    style: CellStyle
    link: str | None = None


_WHITE_EDGE = {"left": 1, "right": 1, "left_color": "#FFFFFF", "right_color": "#FFFFFF"}
HEADER = CellStyle(bold=True, font_color="#FFFFFF", valign="vcenter", **fill(HEADER_FILL), **_WHITE_EDGE)
HEADER_WRAP = HEADER.but(text_wrap=True)
TITLE = CellStyle(bold=True, font_size=14)
SUBTITLE = CellStyle(italic=True, font_color="#595959")
NOTE = CellStyle(font_size=9, font_color="#404040")  # a line of explanation under the title
WRAPPED = CellStyle(text_wrap=True)  # text longer than its column: on more lines, not cut off
# A link looks like a link (blue, underlined) in the font and size of every other cell: not
# Excel's "Hyperlink" cell style (XlsxWriter's default for write_url), which carries a font,
# an alignment and a protection of its own.
LINK = CellStyle(font_color="#0563C1", underline=1)
_NO_LOOKS = repeat(None)


# --- workbook ---------------------------------------------------------------------------------


class Workbook:
    """An XlsxWriter workbook made in memory, whose sheets are `Sheet`s. Nothing is written
    to disk before `save`; a workbook that is not saved is simply dropped."""

    def __init__(self) -> None:
        self._buffer = io.BytesIO()
        self.book = xlsxwriter.Workbook(
            self._buffer,
            {
                "in_memory": True,  # no temporary files, whatever happens
                # write_string is used for text; these keep `write` from guessing too
                "strings_to_formulas": False,
                "strings_to_numbers": False,
                "strings_to_urls": False,
            },
        )
        self.sheets: list[Sheet] = []
        self.table_names: set[str] = set()  # lower-cased: Excel compares them ignoring case
        # formats by look: plain (keyed by the look), and with a quote prefix or a date format
        self.plain: dict[CellStyle | None, Format | None] = {None: None}
        self.formats: dict[tuple[CellStyle | None, bool, str | None], Format] = {}
        # text seen, and whether it can be written as it is (no formula trigger, nothing XML cannot hold)
        self.plain_text: dict[str, bool] = {}

    @property
    def sheetnames(self) -> list[str]:
        return [sheet.title for sheet in self.sheets]

    def create_sheet(self, title: str | None = None) -> Sheet:
        sheet = Sheet(self, self.book.add_worksheet(title))
        self.sheets.append(sheet)
        return sheet

    def plain_format(self, style: CellStyle) -> Format:
        found = self.plain.get(style)
        if found is None:
            found = self.plain[style] = self.book.add_format(dict(style.properties))
        return found

    def format(self, style: CellStyle | None, quote: bool = False, number_format: str | None = None) -> Format | None:
        """The format for cells that look like `style`, with the quote prefix and a number
        format (a date's) added where the look has none."""
        if not quote and number_format is None:
            return None if style is None else self.plain_format(style)
        key = (style, quote, number_format)
        found = self.formats.get(key)
        if found is None:
            properties = dict(style.properties) if style is not None else {}
            if quote:
                properties["quote_prefix"] = True
            if number_format is not None and "num_format" not in properties:
                properties["num_format"] = number_format
            found = self.formats[key] = self.book.add_format(properties)
        return found

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.discard()

    def discard(self) -> None:
        """Drop what was written (an export that failed, or one that was saved)."""
        self.book.fileclosed = True  # XlsxWriter's own flag: nothing more is written
        self._buffer = io.BytesIO()

    def to_bytes(self) -> bytes:
        """The finished .xlsx. Ends the workbook: nothing can be added after."""
        if not self.sheets:  # a workbook needs a sheet
            self.create_sheet()
        for sheet in self.sheets:
            sheet.finish()
        self.book.close()
        return self._buffer.getvalue()


def new_workbook(*, title: str, subject: str = "", description: str = "", keywords: str = "") -> Workbook:
    """An empty workbook (no sheets; `create_sheet` makes them) with document properties."""
    wb = Workbook()
    properties: dict[str, object] = {
        "title": title,
        "subject": subject,
        "author": "hfdesk",  # also the last one to change it
        # stored as UTC; XlsxWriter takes a naive datetime
        "created": datetime.now(UTC).replace(tzinfo=None, microsecond=0),
    }
    if description:
        properties["comments"] = description
    if keywords:
        properties["keywords"] = keywords
    wb.book.set_properties({k: safe_text(v) for k, v in properties.items()})
    return wb


def save(wb: Workbook, path: Path | str) -> None:
    """Write the workbook atomically (see hfdesk.fileio: a database is never overwritten, and
    the target is replaced whole or not at all). The .xlsx is made in memory, then copied into
    the temporary file. Afterwards the workbook is done with (see `Workbook.discard`)."""

    def write(out: BinaryIO) -> None:
        out.write(wb.to_bytes())

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


# --- sheets -----------------------------------------------------------------------------------


class Sheet:
    """A worksheet whose rows are appended top to bottom.

    A row's values: text (always a text cell, formula-like text with the quote prefix),
    int, float, bool, date or datetime (a date cell), None (no cell), or `Styled`.
    Column widths, frozen panes, filters, tables and print setup may be set at any time
    before the workbook is saved."""

    def __init__(self, workbook: Workbook, ws: Worksheet) -> None:
        self.workbook = workbook
        self.ws = ws
        self.title: str = ws.get_name()
        self.rows_written = 0
        self.widths: dict[int, float] = {}  # column (1-based) -> width in characters, as set
        self.print_from: int | None = None  # the first row printed (1-based), None: the first

    def finish(self) -> None:
        """What can only be set once every row is written: the print area, when the print
        starts below the title rows (`setup_print`)."""
        if self.print_from is not None:
            last_row = max(self.rows_written, self.print_from)
            last_col = max(max(self.widths, default=1), 1)
            self.ws.print_area(self.print_from - 1, 0, last_row - 1, last_col - 1)

    # -- set-up

    def set_width(self, column: int, width: float) -> None:
        """The width of `column` (1-based) in characters."""
        self.ws.set_column(column - 1, column - 1, width)
        self.widths[column] = width

    def set_height(self, row: int, height: float) -> None:
        """The height of `row` (1-based) in points."""
        self.ws.set_row(row - 1, height)

    def freeze(self, cell: str) -> None:
        """Keep the rows above and the columns left of `cell` (``"E7"``) in view."""
        self.ws.freeze_panes(cell)

    def autofilter(self, ref: str) -> None:
        """A filter over `ref` (``"A6:J20"``), its first row the header."""
        self.ws.autofilter(ref)

    def add_table(self, ref: str, table_name: str, headers: Sequence[str]) -> None:
        """An Excel table over `ref` (header row included), its columns named `headers`.
        The header row's cells are written by `append` like any other row."""
        if table_name.lower() in self.workbook.table_names:
            raise ValueError(f"Table with name {table_name} already exists")
        result = self.ws.add_table(
            ref,
            {
                "name": table_name,
                "style": TABLE_STYLE,
                "columns": [{"header": str(safe_text(h))} for h in headers],
                "autofilter": True,
                "banded_rows": True,
                "banded_columns": False,
            },
        )
        if result == -1:  # XlsxWriter warned why (a bad name, a duplicate header)
            raise ValueError(f"XlsxWriter refused the table {table_name!r} at {ref}")
        self.workbook.table_names.add(table_name.lower())

    # -- rows

    def append(self, row: Sequence[object], styles: Sequence[CellStyle | None] | None = None) -> None:
        """Write `row` under the rows before. `styles`, if given, is the look of each column's
        cell (a `Styled` value keeps its own; columns past its end have none); with a look, a
        None is an empty cell in that look. A row that cannot be written (a value that is no
        cell) raises before anything of it is written: the sheet stays whole."""
        r = self.rows_written
        # Excel's limits: reached only by an export of very much (every attendance of decades),
        # so a message for the user, not a bug (the export is discarded: nothing is written)
        if r >= MAX_ROWS:
            raise CannotWrite("workbook.sheet_full", sheet=self.title, limit=MAX_ROWS)
        if len(row) > MAX_COLUMNS:
            raise CannotWrite("workbook.too_many_columns", sheet=self.title, limit=MAX_COLUMNS, count=len(row))
        wb = self.workbook
        plain = wb.plain
        plain_text = wb.plain_text
        ws = self.ws
        write_string = ws.write_string
        # What to write, worked out first: a value that cannot be a cell raises before the row is begun.
        plan: list[tuple[Callable[..., Any], int, object, Format | None]] = []
        looks = _NO_LOOKS if styles is None else chain(styles, _NO_LOOKS)
        for col, value, style in zip(count(), row, looks):
            link = None
            if value.__class__ is Styled:
                style, link, value = value.style, value.link, value.value  # type: ignore[attr-defined]
            if value.__class__ is str and link is None:
                verdict = plain_text.get(value)  # type: ignore[call-overload]
                if verdict is None:
                    verdict = plain_text[value] = not (  # type: ignore[index]
                        value[:1] in FORMULA_TRIGGERS  # type: ignore[index]
                        or value in _ERROR_CODES
                        or _ILLEGAL(value)  # type: ignore[arg-type]
                    )
                if verdict:  # plain text: most cells
                    if value:
                        fmt = plain[style] if style in plain else wb.plain_format(style)  # type: ignore[arg-type]
                        plan.append((write_string, col, value, fmt))
                    elif style is not None:
                        plan.append((ws.write_blank, col, None, wb.plain_format(style)))
                    continue
            elif value is None and link is None:
                if style is not None:
                    plan.append((ws.write_blank, col, None, wb.plain_format(style)))
                continue
            self._plan_cell(plan, col, value, style, link)
        for method, col, value, fmt in plan:
            method(r, col, value, fmt)
        self.rows_written = r + 1

    def _plan_cell(
        self,
        plan: list[tuple[Callable[..., Any], int, object, Format | None]],
        col: int,
        value: object,
        style: CellStyle | None,
        link: str | None,
    ) -> None:
        """A cell that is not plain text: formula-like or unclean text, a link, a number, a
        date, None."""
        wb = self.workbook
        ws = self.ws
        kind = value.__class__
        if link is not None:
            text = "" if value is None else str(safe_text(str(value)))
            fmt = wb.format(style or LINK, is_formula_like(text))
            plan.append((_url_writer(ws, link), col, text, fmt))
            return
        if kind is str or not isinstance(value, (int, float, date, type(None))):
            text = str(value)  # the same object for text
            clean = str(safe_text(text))
            quote = is_formula_like(text) or is_formula_like(clean)
            if clean:
                plan.append((ws.write_string, col, clean, wb.format(style, quote)))
            elif style is not None:
                plan.append((ws.write_blank, col, None, wb.format(style)))
            return
        if value is None or (kind is float and not math.isfinite(value)):  # type: ignore[arg-type]
            # No value (a spreadsheet has no NaN), but the look stays.
            if style is not None:
                plan.append((ws.write_blank, col, None, wb.format(style)))
            return
        if isinstance(value, date):
            if isinstance(value, datetime) and value.tzinfo is not None:
                raise TypeError(f"A spreadsheet date has no time zone: {value!r}")
            number_format = DATETIME_FORMAT if isinstance(value, datetime) else DATE_FORMAT
            plan.append((ws.write_datetime, col, value, wb.format(style, number_format=number_format)))
            return
        fmt = wb.format(style)
        if kind is bool:
            plan.append((ws.write_boolean, col, value, fmt))
        else:
            plan.append((ws.write_number, col, value, fmt))


def is_external(link: str) -> bool:
    """True for a link out of the workbook (``mailto:``, ``http(s)://``). A place in the
    workbook never is one: a sheet name cannot hold a colon."""
    return link.startswith(("mailto:", "http://", "https://"))


def _url_writer(ws: Worksheet, link: str) -> Callable[..., Any]:
    """Writes a cell that links to `link`: a place in the workbook (``'Sheet'!A1``) or an
    address out of it. Always with the cell's own format (see `LINK`): never XlsxWriter's
    default hyperlink format. A link Excel cannot hold (too long, too many in the sheet),
    which XlsxWriter would drop with the cell, leaves the text without the link."""
    url = link if is_external(link) else f"internal:{link}"
    short = len(url) <= ws.max_url_length // 2  # within Excel's limit however UTF-16 counts it

    def write(row: int, col: int, text: str, fmt: Format | None) -> None:
        if short and ws.hlink_count < MAX_LINKS and len(text) <= MAX_CELL_TEXT:
            # nothing XlsxWriter would refuse: written without its warning filter (setting one
            # up for each link was a sixth of a roster's export)
            refused = ws.write_url(row, col, url, fmt, string=text or None) < 0
        else:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")  # XlsxWriter's word on a refused link: handled here
                refused = ws.write_url(row, col, url, fmt, string=text or None) < 0
        if refused and text:
            ws.write_string(row, col, text, fmt)

    return write


# --- tables -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class TableArea:
    """Where `write_table` put the table: 1-based rows, and the table's A1 range."""

    header_row: int
    first_row: int
    last_row: int  # the last data row (the header row's next row for an empty table)
    row_count: int  # data rows written
    ref: str


def header_width(text: str, *, wrapped: bool = False) -> int:
    """The width (in characters) a header cell needs for all of `text` in bold and the filter
    button beside it: bold is about a tenth wider than the text the widths count in. A
    `wrapped` header needs room for its longest word only."""
    longest = max((len(word) for word in text.split()), default=0) if wrapped else len(text)
    return math.ceil(longest * BOLD) + FILTER_BUTTON


def header_lines(text: str, width: float) -> int:
    """The lines `text` takes in a wrapped header cell `width` characters wide."""
    return text_lines(text, width - FILTER_BUTTON, BOLD)


def text_lines(text: str, width: float, factor: float = 1.0) -> int:
    """The lines `text` takes when it wraps in a cell `width` characters wide (a word longer
    than the cell is broken, as spreadsheets break it). On the safe side: a spreadsheet's
    letters are mostly narrower than the digits widths are counted in."""
    room = max(width - 1, 1)
    lines, used = 1, 0.0
    for word in text.split():
        size = len(word) * factor
        if used and used + factor + size > room:
            lines, used = lines + 1, 0.0
        elif used:
            used += factor
        while size > room:  # a word longer than a line takes lines of its own
            lines, size = lines + 1, size - room
        used += size
    return lines


def wrap_height(texts: Iterable[tuple[str, float]]) -> float | None:
    """The height (points) of a row whose wrapped cells hold these (text, column width)
    pairs, or None when one line is enough. Set, not left to the program: LibreOffice
    does not grow a row for wrapped text when it opens a workbook."""
    lines = max((text_lines(text, width) for text, width in texts), default=1)
    return lines * LINE_HEIGHT if lines > 1 else None


def _cell_width(value: object) -> int:
    """The characters a cell that is not plain text shows (a `Styled` one: its value's)."""
    if value.__class__ is Styled:
        value = value.value  # type: ignore[attr-defined]
    if value is None:
        return 0
    if isinstance(value, date):
        return 11
    if value.__class__ is float:
        return len(str(round(value, 2)))  # type: ignore[call-overload]  # a share shows as "83 %", not 0.8333333333333334
    return len(str(value))


def write_table(
    ws: Sheet,
    *,
    table_name: str,
    headers: Sequence[str],
    rows: Iterable[Sequence[object]],
    title: str = "",
    subtitle: str = "",
    notes: Sequence[str] = (),
    print_title: str = "",
    max_width: int = MAX_WIDTH,
    title_columns: int = 1,
    page_of: str = PAGE_OF,
    wrap_headers: bool = False,
) -> TableArea:
    """Write `rows` under `headers` as an Excel table on a new, empty sheet.

    Optional title and subtitle rows, and `notes` (small lines of explanation), go above
    the table (a blank row between them and the header); the header row is frozen, repeated on every printed page and filtered
    by the table's autofilter. Dates (and datetimes) become real date cells shown as
    dd.mm.yyyy; text is always a text cell (formula-like text with the quote prefix);
    None leaves a cell empty; a `Styled` value keeps its look and link.
    Columns are sized to their longest text (capped at `max_width` characters), and never
    narrower than their header (with `wrap_headers`, than its longest word: the header row
    then wraps, and is as tall as its tallest header). Printed as `setup_print` says
    (`title_columns`: the columns repeated on each page when the table prints across pages;
    `page_of`: the footer).
    """
    ncols = len(headers)
    grid: list[list[object]] = [list(row) for row in rows]
    needs = [header_width(h, wrapped=wrap_headers) for h in headers]
    widths = [max(MIN_WIDTH, need) for need in needs]
    # Column by column, plain text first: the cells of a large export are mostly text.
    for i, column in enumerate(zip_longest(*grid)):
        width = widths[i]
        for value in column:
            if value.__class__ is str:
                n = len(value)  # type: ignore[arg-type]
            elif value is None:
                continue
            else:
                n = _cell_width(value)
            if n > width:
                width = n
        widths[i] = width
    above = (1 if title else 0) + (1 if subtitle else 0) + len(notes)
    header_row = above + (1 if above else 0) + 1
    count = len(grid)
    last_row = header_row + max(count, 1)  # an Excel table needs a data row, even an empty one
    ref = f"A{header_row}:{xl_col_to_name(ncols - 1)}{last_row}"

    for i, (need, width) in enumerate(zip(needs, widths), 1):
        ws.set_width(i, max(min(width, max_width), need) + 2)
    # Text longer than its capped column wraps in its cell rather than being cut off there.
    capped = {i for i, width in enumerate(widths) if width > ws.widths[i + 1] - 2}
    heights: dict[int, float] = {}  # index in grid -> the row's height, for wrapped text
    if capped:
        for r, row in enumerate(grid):
            wrapped: list[tuple[str, float]] = []
            for i in capped:
                value = row[i] if i < len(row) else None
                if value.__class__ is str and len(value) > ws.widths[i + 1] - 2:  # type: ignore[arg-type]
                    row[i] = Styled(value, WRAPPED)
                    wrapped.append((value, ws.widths[i + 1]))  # type: ignore[arg-type]
            height = wrap_height(wrapped)
            if height is not None:
                heights[r] = height
    header_look = HEADER
    if wrap_headers:
        header_look = HEADER_WRAP
        lines = max(header_lines(h, ws.widths[i]) for i, h in enumerate(headers, 1))
        ws.set_height(header_row, lines * LINE_HEIGHT)
    ws.freeze(f"A{header_row + 1}")
    setup_print(
        ws,
        header_row=header_row,
        title=print_title or title,
        notes=[line for line in (subtitle, *notes) if line],
        title_columns=title_columns,
        page_of=page_of,
    )
    ws.add_table(ref, table_name, headers)

    if title:
        ws.append([Styled(title, TITLE)])
    if subtitle:
        ws.append([Styled(subtitle, SUBTITLE)])
    for note in notes:
        ws.append([Styled(note, NOTE)])
    if above:
        ws.append([])
    ws.append([Styled(h, header_look) for h in headers])
    for r, row in enumerate(grid):
        if r in heights:
            ws.set_height(ws.rows_written + 1, heights[r])
        ws.append(row)
    return TableArea(header_row, header_row + 1, last_row, count, ref)


# --- print ------------------------------------------------------------------------------------



def column_pixels(width: float) -> int:
    """A column of `width` characters in pixels at 96 dpi, as Excel (and XlsxWriter) size it."""
    if width < 1:
        return int(width * (_DIGIT_PX + _PADDING_PX) + 0.5)
    return int(width * _DIGIT_PX + 0.5) + _PADDING_PX


def page_pixels() -> int:
    """The printable width of a landscape A4 page between the margins, in pixels at 96 dpi,
    less a margin (`PAGE_SAFETY`): LibreOffice draws a column some per cent wider than Excel."""
    return int((A4_LONG_SIDE - 2 * MARGIN_SIDE) * 96 * PAGE_SAFETY)


def _columns(ws: Sheet) -> list[int]:
    last = max(ws.widths, default=0)
    return [column_pixels(ws.widths.get(col, DEFAULT_WIDTH)) for col in range(1, last + 1)]


def fit_scale(ws: Sheet) -> int:
    """The scale (%) at which the sheet's columns fill a landscape A4 page's width: 100 when
    they fit at full size."""
    table = sum(_columns(ws))
    if table <= 0:
        return 100
    return min(100, int(100 * page_pixels() / table))


def page_breaks(ws: Sheet, scale: int, title_columns: int) -> list[int]:
    """Where the sheet's pages break between columns when it prints at `scale` %, its first
    `title_columns` columns repeated on every page: the 0-based index of the first column
    of each page after the first (whole columns per page, as a spreadsheet breaks it)."""
    room = page_pixels() * 100 / scale
    columns = _columns(ws)
    titles = sum(columns[:title_columns])
    breaks: list[int] = []
    used = 0.0
    for i, px in enumerate(columns):
        if used and used + px > room and i > title_columns:
            breaks.append(i)
            used = titles
        used += px
    return breaks


def pages_across(ws: Sheet, scale: int, title_columns: int) -> int:
    """How many pages wide the sheet prints at `scale` % (see `page_breaks`)."""
    return len(page_breaks(ws, scale, title_columns)) + 1


def across_scale(ws: Sheet, title_columns: int) -> int:
    """For a sheet too wide to fit readably on one page's width: the largest scale from 100 %
    down to `MIN_PRINT_SCALE` % that needs the fewest pages across (whole columns per page)."""
    scales = range(100, MIN_PRINT_SCALE - 1, -5)
    fewest = min(pages_across(ws, s, title_columns) for s in scales)
    return next(s for s in scales if pages_across(ws, s, title_columns) == fewest)


def setup_print(
    ws: Sheet,
    *,
    header_row: int,
    title: str = "",
    notes: Sequence[str] = (),
    title_columns: int = 1,
    page_of: str = PAGE_OF,
) -> None:
    """Landscape A4, the header row on every page, the title in the page header and
    "Side n av m" in the footer (`page_of`, with ``{page}`` and ``{pages}``).

    Call it once the columns have their widths (`Sheet.set_width`): a table that fits on
    the page's width at `MIN_PRINT_SCALE` % or more is fitted to one page wide (as many
    pages tall as needed). A wider one prints across pages (left to right, then down) at
    the largest readable scale that needs the fewest pages (`across_scale`), with its first
    `title_columns` columns repeated on every page beside the header row, so every page
    says whose row and which column it shows. Its title rows are then left out of the
    print (on the pages to the right they would show cut off at the repeated column):
    the page header carries the title and `notes` (the subtitle, a legend) on every page.
    The repeated rows are the header of the sheet's one table: an export puts one table
    on a sheet, so no other table prints under them and no title is parted from its table."""
    sheet = ws.ws
    sheet.set_landscape()
    sheet.set_paper(A4)
    across = fit_scale(ws) < MIN_PRINT_SCALE
    if not across:
        sheet.fit_to_pages(1, 0)
    else:
        scale = across_scale(ws, title_columns)
        sheet.set_print_scale(scale)
        # The breaks set, not left to the program: Excel and LibreOffice then print the same
        # columns on each page, and a page never holds a lone column the other would not.
        sheet.set_v_pagebreaks(page_breaks(ws, scale, title_columns))
        sheet.print_across()
        if title_columns > 0:
            sheet.repeat_columns(0, title_columns - 1)
        ws.print_from = header_row
    sheet.repeat_rows(header_row - 1)
    sheet.center_horizontally()
    lines = [title, *notes] if across else [title]
    header = _page_header([line for line in lines if line])
    top = 0.75 + (ACROSS_HEADER_ROOM if across and header.count("\n") else 0)
    sheet.set_margins(left=MARGIN_SIDE, right=MARGIN_SIDE, top=top, bottom=0.75)
    sheet.set_header(header, {"margin": 0.3})
    footer = page_of.replace("&", "&&").format(page="&P", pages="&N")
    sheet.set_footer(f"&C{footer}&R&A", {"margin": 0.3})


def _page_header(lines: Sequence[str]) -> str:
    """A left-aligned page header: the first line as it is, the others small. Lines that would
    take it past Excel's limit are left out whole (never half a line)."""
    if not lines:
        return ""
    out = "&L" + _header_text(lines[0])
    for line in lines[1:]:
        part = "\n&8" + _header_text(line, HEADER_FOOTER_MAX)
        if _utf16(out + part) > HEADER_FOOTER_MAX:
            break
        out += part
    return out


def _utf16(text: str) -> int:
    return len(text.encode("utf-16-le")) // 2


def _header_text(title: str, budget: int = HEADER_FOOTER_MAX - 2) -> str:
    """`title` as the text of a page header: ``&`` doubled (a lone one starts a code), cut to
    Excel's limit (`budget`: what is left of it after ``&L``). XlsxWriter takes ``&G`` and
    ``&[Picture]`` for a picture even after a doubled ``&``: a zero-width space (it prints
    as nothing) goes between them."""
    text = str(safe_text(title)).replace("\n", " ").replace("\r", " ")
    if "&" not in text and len(text) * 2 <= budget:  # most titles: nothing to double, nothing to cut
        return text
    out: list[str] = []
    for i, ch in enumerate(text):
        part = ch
        if ch == "&":
            part = "&&\u200b" if text[i + 1 : i + 2] in ("G", "[") else "&&"
        size = len(part.encode("utf-16-le")) // 2
        if size > budget:
            break
        out.append(part)
        budget -= size
    return "".join(out)
