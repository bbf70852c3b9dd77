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
from collections.abc import Callable, Iterable, Sequence
from itertools import chain, count, repeat
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any, BinaryIO, Self

import xlsxwriter
from xlsxwriter.format import Format
from xlsxwriter.utility import xl_col_to_name
from xlsxwriter.worksheet import Worksheet

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
HEADER_FOOTER_MAX = 255  # Excel's limit for a page header, in UTF-16 units
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
    """A cell value with a look of its own, and optionally a link to a place in the workbook
    (``'Sheet'!A1``). A `Styled` None is an empty cell that still shows its style (a fill).
    Not frozen: a frozen dataclass takes twice as long to make, and a sheet makes thousands."""

    value: object
    style: CellStyle
    link: str | None = None


_WHITE_EDGE = {"left": 1, "right": 1, "left_color": "#FFFFFF", "right_color": "#FFFFFF"}
HEADER = CellStyle(bold=True, font_color="#FFFFFF", valign="vcenter", **fill(HEADER_FILL), **_WHITE_EDGE)
TITLE = CellStyle(bold=True, font_size=14)
SUBTITLE = CellStyle(italic=True, font_color="#595959")
LINK = CellStyle(hyperlink=True)  # Excel's "Hyperlink" cell style: blue, underlined
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

    # -- set-up

    def set_width(self, column: int, width: float) -> None:
        """The width of `column` (1-based) in characters."""
        self.ws.set_column(column - 1, column - 1, width)

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
        if r >= MAX_ROWS:
            raise ValueError(f"Arket «{self.title}» har ikke plass til flere rader (høyst {MAX_ROWS}).")
        if len(row) > MAX_COLUMNS:
            raise ValueError(f"En rad kan ha høyst {MAX_COLUMNS} kolonner, ikke {len(row)}.")
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
            fmt = wb.format(style, is_formula_like(text))
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


def _url_writer(ws: Worksheet, link: str) -> Callable[..., Any]:
    """Writes a cell that links to `link`, a place in the workbook (``'Sheet'!A1``)."""

    def write(row: int, col: int, text: str, fmt: Format | None) -> None:
        ws.write_url(row, col, f"internal:{link}", fmt, string=text or None)

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


def write_table(
    ws: Sheet,
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
    ref = f"A{header_row}:{xl_col_to_name(ncols - 1)}{last_row}"

    for i, width in enumerate(widths, 1):
        ws.set_width(i, min(width, max_width) + 2)
    ws.freeze(f"A{header_row + 1}")
    setup_print(ws, header_row=header_row, title=print_title or title)
    ws.add_table(ref, table_name, headers)

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


def setup_print(ws: Sheet, *, header_row: int, title: str = "") -> None:
    """Landscape A4, one page wide (as many pages tall as needed), the header row on every
    page, the title in the page header and "Side n av m" in the footer."""
    sheet = ws.ws
    sheet.set_landscape()
    sheet.set_paper(9)  # A4
    sheet.fit_to_pages(1, 0)
    sheet.repeat_rows(header_row - 1)
    sheet.center_horizontally()
    sheet.set_margins(left=0.4, right=0.4, top=0.75, bottom=0.75)
    if title:
        sheet.set_header("&L" + _header_text(title), {"margin": 0.3})
    else:
        sheet.set_header("", {"margin": 0.3})
    sheet.set_footer("&CSide &P av &N&R&A", {"margin": 0.3})


def _header_text(title: str) -> str:
    """`title` as the text of a page header: ``&`` doubled (a lone one starts a code), cut to
    Excel's limit. XlsxWriter takes ``&G`` and ``&[Picture]`` for a picture even after a
    doubled ``&``: a zero-width space (it prints as nothing) goes between them."""
    text = str(safe_text(title))
    budget = HEADER_FOOTER_MAX - 2  # "&L"
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
