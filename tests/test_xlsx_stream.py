"""The sheets every Excel export writes through (hfdesk.exports.xlsx, on XlsxWriter).

Each value type, look and link is read back with openpyxl as Excel would show it; no text
becomes a formula; a failed export leaves neither a changed target nor other files behind.
"""

from __future__ import annotations

import gc
import math
import re
import sqlite3
import sys
import warnings
import zipfile
from datetime import UTC, date, datetime
from pathlib import Path

import openpyxl
import pytest
from openpyxl.utils.escape import unescape

from hfdesk.errors import CannotWrite
from hfdesk.exports.xlsx import (
    HEADER,
    LINK,
    MAX_COLUMNS,
    MAX_ROWS,
    CellStyle,
    Styled,
    fill,
    new_workbook,
    save,
    setup_print,
    write_table,
)

YELLOW = CellStyle(**fill("FFF2CC"))


def width_of(ws, col: int) -> float | None:
    """A column's width as read back (neighbouring columns of one width may share an entry)."""
    for dim in ws.column_dimensions.values():
        if dim.min is not None and dim.min <= col <= (dim.max or dim.min):
            return dim.width
    return None


def formulas(path: Path) -> int:
    with zipfile.ZipFile(path) as z:
        return sum(
            len(re.findall(rb"<(?:\w+:)?f[\s>/]", z.read(n)))
            for n in z.namelist()
            if n.startswith("xl/worksheets/") and n.endswith(".xml")
        )


def test_every_kind_of_value_reads_back(tmp_path: Path) -> None:
    wb = new_workbook(title="Verdier")
    ws = wb.create_sheet("Ark")
    ws.set_width(1, 30)
    ws.append(
        ["tekst", 42, 2.5, True, date(2026, 3, 5), datetime(2026, 3, 5, 14, 30), None, "  luft  ", "Ås–Øvre"]
    )
    ws.append([math.nan, Styled(None, YELLOW), Styled(0.25, CellStyle(num_format="0 %")), math.inf, ""])
    save(wb, tmp_path / "v.xlsx")

    back = openpyxl.load_workbook(tmp_path / "v.xlsx")["Ark"]
    first = [c.value for c in back[1]]
    assert first == [
        "tekst",
        42,
        2.5,
        True,
        datetime(2026, 3, 5),
        datetime(2026, 3, 5, 14, 30),
        None,
        "  luft  ",
        "Ås–Øvre",
    ]
    assert back["E1"].is_date and back["E1"].number_format == "dd.mm.yyyy"
    assert back["F1"].is_date and back["F1"].number_format == "dd.mm.yyyy hh:mm"
    assert back["A2"].value is None and back["D2"].value is None  # a spreadsheet has no NaN or infinity
    assert back["B2"].value is None and back["B2"].fill.fgColor.rgb[-6:] == "FFF2CC"  # empty, but coloured
    assert back["C2"].value == 0.25 and back["C2"].number_format == "0 %"
    assert 30 <= width_of(back, 1) < 31  # XlsxWriter stores what Excel shows as 30 characters


def test_looks_links_and_formula_like_text(tmp_path: Path) -> None:
    wb = new_workbook(title="Lenker")
    ws = wb.create_sheet("Oversikt")
    ws.append([Styled("=Til ark", LINK, link="'Ark 2'!A1"), Styled("-overskrift", HEADER), "@epost", "#N/A"])
    ws.append([Styled("Fet", CellStyle(bold=True, align="center")), Styled("lenke", LINK, link="'Ark 2'!B2")])
    wb.create_sheet("Ark 2").append(["mål"])
    save(wb, tmp_path / "l.xlsx")

    assert formulas(tmp_path / "l.xlsx") == 0
    back = openpyxl.load_workbook(tmp_path / "l.xlsx")
    ws = back["Oversikt"]
    assert ws["A1"].value == "=Til ark" and ws["A1"].data_type == "s" and ws["A1"].quotePrefix
    assert ws["A1"].hyperlink is not None and ws["A1"].hyperlink.location == "'Ark 2'!A1"
    # A link looks like a link in the font and size of every other cell, not in the "Hyperlink"
    # cell style (a font, an alignment and a protection of its own).
    assert ws["A1"].style == "Normal" and ws["A1"].font.u == "single"
    assert ws["A1"].font.color.rgb[-6:] == "0563C1"
    assert (ws["A1"].font.name, ws["A1"].font.sz) == (ws["C1"].font.name, ws["C1"].font.sz)
    assert ws["A1"].alignment.vertical is None  # not the cell style's "top"
    assert ws["B1"].value == "-overskrift" and ws["B1"].quotePrefix and ws["B1"].font.b  # header look kept
    assert ws["B1"].fill.fgColor.rgb[-6:] == "1F4E78"
    assert ws["C1"].quotePrefix and ws["C1"].value == "@epost"
    assert ws["D1"].value == "#N/A" and ws["D1"].data_type == "s" and ws["D1"].quotePrefix  # no error value
    assert ws["A2"].font.b and ws["A2"].alignment.horizontal == "center" and not ws["A2"].quotePrefix
    assert ws["B2"].hyperlink.location == "'Ark 2'!B2" and not ws["B2"].quotePrefix


def test_text_xml_cannot_hold_is_dropped_and_markup_is_text(tmp_path: Path) -> None:
    """Excel refuses a file with a character XML 1.0 cannot hold; markup stays text; tab, LF
    and CR are kept (a CR as Excel stores it, `_x000D_`, which openpyxl does not decode)."""
    texts = [
        "a\ufffeb",
        "c\uffffd",
        "e\ud800f",
        "g\x00h\x07i\x1bj",
        '<b>fet</b> & "sitat"',
        "linje 1\r\nlinje 2",
        "\tinnrykk",
        "_x0041_ er ikke A",
    ]
    wb = new_workbook(title="Tegn")
    wb.create_sheet("Ark").append(texts)
    save(wb, tmp_path / "c.xlsx")
    back = openpyxl.load_workbook(tmp_path / "c.xlsx")["Ark"]
    got = [c.value for c in back[1]]
    assert got[:5] == ["ab", "cd", "ef", "ghij", '<b>fet</b> & "sitat"']
    assert unescape(got[5]) == "linje 1\r\nlinje 2"
    assert got[6] == "\tinnrykk" and back["G1"].quotePrefix
    assert got[7] == "_x0041_ er ikke A"  # user text that looks like Excel's escape stays as typed


def test_very_long_text_is_cut_to_what_a_cell_holds(tmp_path: Path) -> None:
    wb = new_workbook(title="Lang")
    wb.create_sheet("Ark").append(["x" * 40_000, "=" + "y" * 40_000])
    save(wb, tmp_path / "lang.xlsx")
    back = openpyxl.load_workbook(tmp_path / "lang.xlsx")["Ark"]
    assert len(back["A1"].value) == 32_767  # Excel's limit: a longer cell makes Excel repair the file
    assert back["B1"].value.startswith("=y") and back["B1"].quotePrefix


def test_table_columns_are_the_header_texts(tmp_path: Path) -> None:
    wb = new_workbook(title="Tabell")
    ws = wb.create_sheet("Ark")
    area = write_table(
        ws,
        table_name="T",
        headers=["Navn", "Fra", "+Merknad"],
        rows=[["Kari", date(2025, 1, 1), "=1+1"], [Styled("Ola", YELLOW), None, ""]],
        title="Tittel",
    )
    empty = wb.create_sheet("Tom")
    write_table(empty, table_name="Tom", headers=["Navn"], rows=[])
    save(wb, tmp_path / "t.xlsx")
    assert formulas(tmp_path / "t.xlsx") == 0
    book = openpyxl.load_workbook(tmp_path / "t.xlsx")
    back = book["Ark"]
    table = back.tables["T"]
    assert area.ref == table.ref == "A3:C5" and area.row_count == 2
    assert [c.name for c in table.tableColumns] == ["Navn", "Fra", "+Merknad"] == [c.value for c in back[3]]
    assert back["C3"].quotePrefix and back["A3"].font.b and back["A3"].fill.fgColor.rgb[-6:] == "1F4E78"
    assert table.tableStyleInfo.name == "TableStyleMedium2" and table.tableStyleInfo.showRowStripes
    assert table.autoFilter.ref == "A3:C5"
    assert back["A1"].value == "Tittel" and back["A1"].font.b and back["A1"].font.sz == 14
    assert back["B4"].is_date and back["C4"].value == "=1+1" and back["C4"].quotePrefix
    assert back["A5"].fill.fgColor.rgb[-6:] == "FFF2CC"
    assert back.freeze_panes == "A4"
    assert back.print_title_rows == "$3:$3"
    assert back.page_setup.orientation == "landscape" and back.page_setup.paperSize == 9
    assert back.sheet_properties.pageSetUpPr.fitToPage and back.page_setup.fitToHeight == 0
    assert back.oddHeader.left.text == "Tittel" and back.oddFooter.center.text == "Side &P av &N"
    assert width_of(back, 3) >= len("+Merknad") + 3  # room for the filter button
    assert book["Tom"].tables["Tom"].ref == "A1:A2"  # an Excel table needs a data row, even an empty one


def test_two_tables_of_one_name_are_refused() -> None:
    wb = new_workbook(title="Navn")
    write_table(wb.create_sheet("A"), table_name="Liste", headers=["Navn"], rows=[["a"]])
    with pytest.raises(ValueError, match="already exists"):
        write_table(wb.create_sheet("B"), table_name="liste", headers=["Navn"], rows=[["b"]])
    wb.discard()


def test_page_header_keeps_a_title_with_ampersands(tmp_path: Path) -> None:
    """`&` starts a code in a page header, and XlsxWriter takes `&G` for a picture: neither may
    drop or garble the title; a title over Excel's 255 characters is cut, not dropped."""
    wb = new_workbook(title="Topptekst")
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # XlsxWriter warns, and leaves the header out, when it refuses one
        for name, title in (("A", "FoU & Gjennomføring &G &[Picture] &12"), ("B", "Å" * 300)):
            ws = wb.create_sheet(name)
            setup_print(ws, header_row=1, title=title)
            ws.append(["x"])
    save(wb, tmp_path / "h.xlsx")
    book = openpyxl.load_workbook(tmp_path / "h.xlsx")
    with zipfile.ZipFile(tmp_path / "h.xlsx") as z:
        xml = z.read("xl/worksheets/sheet1.xml").decode("utf-8")
    assert "FoU &amp;&amp; Gjennomføring &amp;&amp;\u200bG &amp;&amp;\u200b[Picture] &amp;&amp;12" in xml
    assert 250 <= len(book["B"].oddHeader.left.text) <= 253


def test_a_row_that_cannot_be_written_leaves_the_sheet_whole(tmp_path: Path) -> None:
    wb = new_workbook(title="Halv rad")
    ws = wb.create_sheet("Ark")
    ws.append(["før"])
    with pytest.raises(TypeError):  # a date with a time zone is no spreadsheet date
        ws.append([Styled("lenke", LINK, link="'Ark'!A1"), datetime(2026, 3, 5, 12, tzinfo=UTC)])
    ws.append(["etter"])
    save(wb, tmp_path / "h.xlsx")
    back = openpyxl.load_workbook(tmp_path / "h.xlsx")["Ark"]
    assert [[c.value for c in row] for row in back.iter_rows()] == [["før"], ["etter"]]
    assert back["A2"].hyperlink is None  # nothing of the failed row, not even its link


def test_a_row_past_excels_last_row_is_refused_not_dropped() -> None:
    """Refused with a message in the user's language (an export of very much can get there), not a bug."""
    wb = new_workbook(title="Full")
    ws = wb.create_sheet("Ark")
    ws.rows_written = MAX_ROWS  # as if the sheet were full
    with pytest.raises(CannotWrite, match="flere rader") as refused:
        ws.append(["en for mye"])
    assert refused.value.code == "workbook.sheet_full"
    assert "fleire rader" in refused.value.render("nn") and "Ark" in refused.value.render("nn")
    assert "no room for more rows" in refused.value.render("en")
    with pytest.raises(CannotWrite) as refused:
        ws.rows_written = 0
        ws.append([None] * (MAX_COLUMNS + 1))
    assert refused.value.code == "workbook.too_many_columns"
    assert f"{MAX_COLUMNS + 1} columns" in refused.value.render("en")
    wb.discard()


def test_looks_per_column_and_dates_under_a_look(tmp_path: Path) -> None:
    wb = new_workbook(title="Kolonner")
    ws = wb.create_sheet("Ark")
    centre = YELLOW.but(align="center")
    ws.append(["a", "b", date(2026, 3, 5), "d"], styles=[centre, None, centre])  # shorter than the row
    ws.append([Styled(datetime(2026, 3, 5, 9, 30), YELLOW), None, None], styles=[None, centre, None])
    save(wb, tmp_path / "k.xlsx")
    back = openpyxl.load_workbook(tmp_path / "k.xlsx")["Ark"]
    assert back["A1"].alignment.horizontal == "center" and back["A1"].fill.fgColor.rgb[-6:] == "FFF2CC"
    assert back["B1"].fill.fill_type is None and back["D1"].value == "d"
    assert back["C1"].value == datetime(2026, 3, 5) and back["C1"].number_format == "dd.mm.yyyy"
    assert back["C1"].fill.fgColor.rgb[-6:] == "FFF2CC"
    assert back["A2"].value == datetime(2026, 3, 5, 9, 30) and back["A2"].number_format == "dd.mm.yyyy hh:mm"
    assert back["B2"].value is None and back["B2"].fill.fgColor.rgb[-6:] == "FFF2CC"  # a None in a look


def test_document_properties(tmp_path: Path) -> None:
    import time_machine

    with time_machine.travel(datetime(2026, 11, 23, 9, 15, 30, tzinfo=UTC), tick=False):
        wb = new_workbook(title="=Tittel", subject="Emne", description="Om", keywords="a; b")
        save(wb, tmp_path / "p.xlsx")  # no sheet made: one empty sheet is added
    book = openpyxl.load_workbook(tmp_path / "p.xlsx")
    props = book.properties
    assert (props.title, props.subject, props.description, props.keywords) == ("=Tittel", "Emne", "Om", "a; b")
    assert props.creator == props.lastModifiedBy == "hfdesk"
    assert props.created == datetime(2026, 11, 23, 9, 15, 30)  # when it was written, in UTC
    assert len(book.worksheets) == 1


def test_a_failed_export_leaves_the_target_and_no_other_file(tmp_path: Path) -> None:
    target = tmp_path / "gammel.xlsx"
    target.write_bytes(b"the old workbook")
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        with pytest.raises(RuntimeError), new_workbook(title="Feil") as wb:
            wb.create_sheet("A").append(["en rad"])
            wb.create_sheet("B").append(["en rad til"])
            raise RuntimeError("a bug while the rows were made")
        gc.collect()
    assert target.read_bytes() == b"the old workbook"
    assert [p.name for p in tmp_path.iterdir()] == ["gammel.xlsx"]


def test_a_save_that_fails_leaves_nothing(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from hfdesk import fileio

    wb = new_workbook(title="Full disk")
    wb.create_sheet("A").append(["en rad"])
    target = tmp_path / "x.xlsx"
    target.write_bytes(b"the old workbook")
    real_fdopen = fileio.os.fdopen
    monkeypatch.setattr(fileio.os, "fdopen", lambda fd, mode: _Full(real_fdopen(fd, mode)))
    with pytest.raises(CannotWrite):
        save(wb, target)
    monkeypatch.undo()
    assert target.read_bytes() == b"the old workbook"
    assert [p.name for p in tmp_path.iterdir()] == ["x.xlsx"]


class _Full:
    """A file that the disk has no room for."""

    def __init__(self, file) -> None:
        self.file = file

    def __enter__(self) -> _Full:
        return self

    def __exit__(self, *exc: object) -> None:
        self.file.close()

    def write(self, data: object) -> int:
        raise OSError(28, "No space left on device")


def test_a_database_is_never_overwritten(tmp_path: Path) -> None:
    target = tmp_path / "hfdesk.xlsx"  # a database, whatever its name
    sqlite3.connect(target).execute("CREATE TABLE t (x)").connection.close()
    before = target.read_bytes()
    wb = new_workbook(title="Over databasen")
    wb.create_sheet("A").append(["en rad"])
    with pytest.raises(CannotWrite, match="er en database"):
        save(wb, target)
    assert target.read_bytes() == before


def test_a_workbook_dropped_unsaved_is_quiet(monkeypatch: pytest.MonkeyPatch) -> None:
    """Neither saved nor discarded (a caller forgot `with`): collecting it raises nothing."""
    seen: list[object] = []
    monkeypatch.setattr(sys, "unraisablehook", seen.append)
    wb = new_workbook(title="Glemt")
    wb.create_sheet("A").append(["en rad"])
    wb.create_sheet("B").append(["en rad til"])
    del wb
    gc.collect()
    assert seen == []


def test_links_out_of_the_workbook_and_links_excel_cannot_hold(tmp_path: Path) -> None:
    """A mailto or web link is a link in the cell's own look; a link Excel would refuse
    (too long) keeps its text, without the link, instead of losing the cell."""
    wb = new_workbook(title="Lenker")
    ws = wb.create_sheet("Ark")
    too_long = "https://eksempel.no/" + "x" * 2100
    ws.append(
        [
            Styled("a@b.no", LINK, link="mailto:a@b.no"),
            Styled("nett", LINK, link="https://eksempel.no/side"),
            Styled("lang", LINK, link=too_long),
            Styled("=a@b.no", None, link="mailto:a@b.no"),
            "vanlig",
        ]
    )
    save(wb, tmp_path / "u.xlsx")
    assert formulas(tmp_path / "u.xlsx") == 0
    back = openpyxl.load_workbook(tmp_path / "u.xlsx")["Ark"]
    assert back["A1"].hyperlink.target == "mailto:a@b.no" and back["A1"].value == "a@b.no"
    assert back["B1"].hyperlink.target == "https://eksempel.no/side"
    assert back["C1"].value == "lang" and back["C1"].hyperlink is None
    assert back["D1"].value == "=a@b.no" and back["D1"].quotePrefix and back["D1"].font.u == "single"
    for cell in ("A1", "B1", "C1", "D1"):
        assert (back[cell].font.name, back[cell].font.sz) == (back["E1"].font.name, back["E1"].font.sz)


def test_links_past_excels_limit_per_sheet_keep_their_text(tmp_path: Path) -> None:
    """Excel holds 65,530 links in a sheet; a row's link past them keeps its text, without the
    link and without a warning, and the link before it is kept. (The sheet is told it already
    holds all but one: writing 65,530 links takes minutes.)"""
    from hfdesk.exports.xlsx import MAX_LINKS

    wb = new_workbook(title="Lenker")
    ws = wb.create_sheet("Ark")
    ws.ws.hlink_count = MAX_LINKS - 1  # XlsxWriter's count of the links the sheet holds
    for n in range(3):
        ws.append([Styled(f"p{n}@b.no", LINK, link=f"mailto:p{n}@b.no")])
    save(wb, tmp_path / "mange.xlsx")
    back = openpyxl.load_workbook(tmp_path / "mange.xlsx")["Ark"]
    assert back["A1"].value == "p0@b.no" and back["A1"].hyperlink.target == "mailto:p0@b.no"
    for row in (2, 3):
        assert back.cell(row, 1).value == f"p{row - 1}@b.no" and back.cell(row, 1).hyperlink is None


def test_wrapped_text_lines_are_counted_on_the_safe_side() -> None:
    from hfdesk.exports.xlsx import header_width, text_lines, wrap_height

    assert text_lines("kort", 10) == 1
    assert text_lines("Rådet for personer med funksjonsnedsettelse i Bergen kommune", 42) == 2
    assert text_lines("x" * 95, 42) == 3  # a word longer than the cell is broken
    assert wrap_height([("kort", 10)]) is None
    assert wrap_height([("ein to tre fire fem seks", 8)]) == 5 * 15  # 7 characters a line
    assert header_width("Ikkje registrert") >= len("Ikkje registrert") + 3
    assert header_width("Ikkje registrert", wrapped=True) >= len("registrert") + 3


def test_print_fits_a_narrow_table_and_runs_a_wide_one_across_pages(tmp_path: Path) -> None:
    """Fitted to one page wide while that is readable (70 % or more); a wider table prints
    across pages at a readable scale, with set column breaks, the name column repeated,
    and the title rows in the page header instead of cut off beside the repeated column."""
    from hfdesk.exports.xlsx import MIN_PRINT_SCALE, write_table

    wb = new_workbook(title="Utskrift")
    narrow = wb.create_sheet("Smal")
    write_table(narrow, table_name="Smal", headers=["Namn", "Tal"], rows=[["Ola", 1]], title="Smal", subtitle="Under")
    wide = wb.create_sheet("Brei")
    headers = ["Namn", *(f"Kolonne {i}" for i in range(1, 25))]
    write_table(wide, table_name="Brei", headers=headers, rows=[["Ola", *range(24)]], title="Brei", subtitle="Under")
    save(wb, tmp_path / "p.xlsx")
    back = openpyxl.load_workbook(tmp_path / "p.xlsx")

    ws = back["Smal"]
    assert ws.sheet_properties.pageSetUpPr.fitToPage is True
    assert ws.page_setup.fitToWidth in (None, 1) and ws.page_setup.fitToHeight == 0
    assert ws.page_setup.orientation == "landscape" and ws.page_setup.paperSize == 9
    assert ws.print_title_rows == "$4:$4" and ws.print_title_cols is None
    assert not ws.print_area  # the title rows print above the table

    ws = back["Brei"]
    assert not (ws.sheet_properties.pageSetUpPr and ws.sheet_properties.pageSetUpPr.fitToPage)
    assert ws.page_setup.orientation == "landscape"
    assert MIN_PRINT_SCALE <= int(ws.page_setup.scale) <= 100
    assert ws.print_title_rows == "$4:$4" and ws.print_title_cols == "$A:$A"
    assert ws.print_area == "'Brei'!$A$4:$Y$5"  # from the header row down
    assert ws.col_breaks.count >= 1 and all(b.man for b in ws.col_breaks.brk)
    assert "Brei" in ws.oddHeader.left.text and "Under" in ws.oddHeader.left.text
