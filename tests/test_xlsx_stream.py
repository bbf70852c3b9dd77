"""The streamed sheets every Excel export writes through (hfdesk.exports.xlsx).

Each value type, look and link is read back with openpyxl as Excel would show it; a failed
export leaves neither a changed target nor temporary files behind.
"""

from __future__ import annotations

import gc
import math
import sys
import warnings
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.worksheet import _writer as openpyxl_writer

from hfdesk.exports.xlsx import (
    HEADER,
    LINK,
    CellStyle,
    Styled,
    new_workbook,
    save,
    write_table,
)

YELLOW = PatternFill("solid", fgColor="FFF2CC")


def test_every_kind_of_value_reads_back(tmp_path: Path) -> None:
    wb = new_workbook(title="Verdier")
    ws = wb.create_sheet("Ark")
    ws.column_dimensions["A"].width = 30
    ws.append(
        ["tekst", 42, 2.5, True, date(2026, 3, 5), datetime(2026, 3, 5, 14, 30), None, "  luft  ", "Ås–Øvre"]
    )
    ws.append([math.nan, Styled(None, CellStyle(fill=YELLOW)), Styled(0.25, CellStyle(number_format="0 %"))])
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
    assert back["E1"].number_format == "dd.mm.yyyy"
    assert back["F1"].number_format == "dd.mm.yyyy hh:mm"
    assert back["A2"].value is None  # a spreadsheet has no NaN
    assert back["B2"].value is None and back["B2"].fill.fgColor.rgb == "00FFF2CC"  # empty, but coloured
    assert back["C2"].value == 0.25 and back["C2"].number_format == "0 %"
    assert back.column_dimensions["A"].width == 30


def test_looks_links_and_formula_like_text(tmp_path: Path) -> None:
    wb = new_workbook(title="Lenker")
    ws = wb.create_sheet("Oversikt")
    ws.append([Styled("=Til ark", LINK, link="'Ark 2'!A1"), Styled("-overskrift", HEADER), "@epost"])
    ws.append([Styled("Fet", CellStyle(font=Font(bold=True), alignment=Alignment(horizontal="center")))])
    wb.create_sheet("Ark 2").append(["mål"])
    save(wb, tmp_path / "l.xlsx")

    back = openpyxl.load_workbook(tmp_path / "l.xlsx")
    ws = back["Oversikt"]
    assert ws["A1"].value == "=Til ark" and ws["A1"].data_type == "s" and ws["A1"].quotePrefix
    assert ws["A1"].hyperlink is not None and ws["A1"].hyperlink.location == "'Ark 2'!A1"
    assert ws["A1"].style == "Hyperlink"
    assert ws["B1"].value == "-overskrift" and ws["B1"].quotePrefix and ws["B1"].font.bold  # header look kept
    assert ws["C1"].quotePrefix and ws["C1"].value == "@epost"
    assert ws["A2"].font.bold and ws["A2"].alignment.horizontal == "center" and not ws["A2"].quotePrefix


def test_text_xml_cannot_hold_is_dropped_and_markup_is_text(tmp_path: Path) -> None:
    """Excel refuses a file with a character XML 1.0 cannot hold; markup stays text."""
    texts = ["a\ufffeb", "c\uffffd", "e\ud800f", '<b>fet</b> & "sitat"', "linje 1\r\nlinje 2", "\tinnrykk"]
    wb = new_workbook(title="Tegn")
    wb.create_sheet("Ark").append(texts)
    save(wb, tmp_path / "c.xlsx")
    back = openpyxl.load_workbook(tmp_path / "c.xlsx")["Ark"]
    assert [c.value for c in back[1]] == [
        "ab",
        "cd",
        "ef",
        '<b>fet</b> & "sitat"',
        "linje 1\r\nlinje 2",
        "\tinnrykk",
    ]


def test_table_columns_are_the_header_texts(tmp_path: Path) -> None:
    wb = new_workbook(title="Tabell")
    ws = wb.create_sheet("Ark")
    write_table(
        ws, table_name="T", headers=["Navn", "Fra"], rows=[["Kari", date(2025, 1, 1)]], title="Tittel"
    )
    save(wb, tmp_path / "t.xlsx")
    back = openpyxl.load_workbook(tmp_path / "t.xlsx")["Ark"]
    table = back.tables["T"]
    assert table.ref == "A3:B4"
    assert [c.name for c in table.tableColumns] == ["Navn", "Fra"] == [c.value for c in back[3]]
    assert table.autoFilter.ref == "A3:B4"
    assert back.freeze_panes == "A4"
    assert back.print_title_rows == "$3:$3"


def test_a_failed_export_leaves_no_temporary_files_or_warnings(tmp_path: Path) -> None:
    target = tmp_path / "gammel.xlsx"
    target.write_bytes(b"the old workbook")
    before = list(openpyxl_writer.ALL_TEMP_FILES)
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        with pytest.raises(RuntimeError), new_workbook(title="Feil") as wb:
            wb.create_sheet("A").append(["en rad"])
            wb.create_sheet("B").append(["en rad til"])
            raise RuntimeError("a bug while the rows were made")
        gc.collect()  # an unclosed sheet would complain here, when its stream is collected
    assert openpyxl_writer.ALL_TEMP_FILES == before
    assert target.read_bytes() == b"the old workbook"


def test_a_save_that_fails_discards_the_sheets(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from hfdesk.exports import xlsx

    def disk_full(path, write):  # the signature of fileio.write_atomically
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(xlsx, "write_atomically", disk_full)
    before = list(openpyxl_writer.ALL_TEMP_FILES)
    wb = new_workbook(title="Full disk")
    wb.create_sheet("A").append(["en rad"])
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        with pytest.raises(OSError):
            save(wb, tmp_path / "x.xlsx")
        gc.collect()
    assert openpyxl_writer.ALL_TEMP_FILES == before
    assert not (tmp_path / "x.xlsx").exists()


def test_a_row_that_cannot_be_written_leaves_the_sheet_whole(tmp_path: Path) -> None:
    from datetime import UTC

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


def test_looks_per_column_and_dates_under_a_look(tmp_path: Path) -> None:
    wb = new_workbook(title="Kolonner")
    ws = wb.create_sheet("Ark")
    centre = CellStyle(fill=YELLOW, alignment=Alignment(horizontal="center"))
    ws.append(["a", "b", date(2026, 3, 5), "d"], styles=[centre, None, centre])  # shorter than the row
    ws.append([Styled(datetime(2026, 3, 5, 9, 30), CellStyle(fill=YELLOW))])
    save(wb, tmp_path / "k.xlsx")
    back = openpyxl.load_workbook(tmp_path / "k.xlsx")["Ark"]
    assert back["A1"].alignment.horizontal == "center" and back["A1"].fill.fgColor.rgb == "00FFF2CC"
    assert back["B1"].fill.fill_type is None and back["D1"].value == "d"
    assert back["C1"].value == datetime(2026, 3, 5) and back["C1"].number_format == "dd.mm.yyyy"
    assert back["C1"].fill.fgColor.rgb == "00FFF2CC"
    assert back["A2"].value == datetime(2026, 3, 5, 9, 30) and back["A2"].number_format == "dd.mm.yyyy hh:mm"


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


def test_a_save_failing_inside_the_zip_leaves_no_temporary_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import zipfile

    from hfdesk.errors import CannotWrite

    def full(self, *args, **kwargs):  # zipfile.ZipFile.write
        raise OSError(28, "No space left on device")

    before = list(openpyxl_writer.ALL_TEMP_FILES)
    wb = new_workbook(title="Full disk i zip")
    wb.create_sheet("A").append(["en rad"])
    monkeypatch.setattr(zipfile.ZipFile, "write", full)
    with pytest.raises(CannotWrite):
        save(wb, tmp_path / "z.xlsx")
    monkeypatch.undo()
    gc.collect()
    assert openpyxl_writer.ALL_TEMP_FILES == before
    assert [p.name for p in tmp_path.iterdir()] == []
