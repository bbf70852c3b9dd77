"""The roster export to Excel (issue 3, point 4): read back with openpyxl, checked
against the register queries, checked for formula injection, written atomically,
and converted to PDF with LibreOffice where it is installed."""

from __future__ import annotations

import errno
import re
import shutil
import zipfile
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import openpyxl
import pytest
from openpyxl.utils.escape import unescape

from hfdesk import fileio
from hfdesk.db import open_database
from hfdesk.errors import FileInUse, NotFound
from hfdesk.exports.roster import export_roster
from hfdesk.models import Rights, Role, Side
from hfdesk.services import register
from hfdesk.services.composition import check_all
from hfdesk.services.queries import body_members, list_bodies

ON = date.today()
HEADERS = {
    "nb": [
        "Navn", "Rolle", "Rettigheter", "Representerer", "Organisasjon", "Part", "Område",
        "E-post", "Telefon", "Periode fra", "Periode til", "Vara for",
    ],
    "nn": [
        "Namn", "Rolle", "Rettar", "Representerer", "Organisasjon", "Part", "Område",
        "E-post", "Telefon", "Periode frå", "Periode til", "Vara for",
    ],
}  # fmt: skip
ROLE = {
    "nb": {
        Role.LEADER: "Leder", Role.DEPUTY_LEADER: "Nestleder", Role.MEMBER: "Medlem",
        Role.DEPUTY: "Varamedlem", Role.OBSERVER: "Observatør", Role.SECRETARY: "Sekretær",
    },
    "nn": {
        Role.LEADER: "Leiar", Role.DEPUTY_LEADER: "Nestleiar", Role.MEMBER: "Medlem",
        Role.DEPUTY: "Varamedlem", Role.OBSERVER: "Observatør", Role.SECRETARY: "Sekretær",
    },
}  # fmt: skip
RIGHTS = {
    "nb": {
        Rights.VOTE: "Stemmerett", Rights.SPEAK_PROPOSE: "Tale- og forslagsrett",
        Rights.SPEAK: "Talerett", Rights.NONE: "Ingen",
    },
    "nn": {
        Rights.VOTE: "Røysterett", Rights.SPEAK_PROPOSE: "Tale- og forslagsrett",
        Rights.SPEAK: "Talerett", Rights.NONE: "Ingen",
    },
}  # fmt: skip
SIDE = {
    "nb": {
        Side.MUNICIPAL: "Kommune", Side.HOSPITAL: "Sykehus", Side.USER: "Bruker", Side.GP: "Fastlege",
        Side.KS: "KS", Side.UNION: "Arbeidstaker", Side.SECRETARIAT: "Sekretariat", Side.OTHER: "Annet",
    },
    "nn": {
        Side.MUNICIPAL: "Kommune", Side.HOSPITAL: "Sjukehus", Side.USER: "Brukar", Side.GP: "Fastlege",
        Side.KS: "KS", Side.UNION: "Arbeidstakar", Side.SECRETARIAT: "Sekretariat", Side.OTHER: "Anna",
    },
}  # fmt: skip
MEMBERS_ON = {"nb": "Medlemmer per ", "nn": "Medlemmar per "}
FORMULA_LIKE = ['=HYPERLINK("x")', "+47 1", "-x", "@SUM(A1)", "=1+1", "#N/A"]  # the services trim whitespace


@pytest.fixture(scope="module")
def demo_export(demo_file: Path, tmp_path_factory: pytest.TempPathFactory):
    """The demo roster exported once: (database, result, path)."""
    folder = tmp_path_factory.mktemp("roster")
    copy = folder / "demo.sqlite"
    shutil.copy(demo_file, copy)
    database = open_database(copy)
    out = folder / "medlemsliste.xlsx"
    with database.session() as session:
        result = export_roster(session, out, on=ON)
    yield database, result, out
    database.close()


def header_row(ws) -> int:
    """The row the table's header is on (below the title rows), as the importer finds it."""
    for row in ws.iter_rows(min_col=1, max_col=1):
        if row[0].value in ("Navn", "Namn", "Organ"):
            return row[0].row
    raise AssertionError(f"no header row on {ws.title}")


def lang_of(ws) -> str:
    """The written standard a body's sheet is in, as its first header says."""
    return "nn" if ws.cell(header_row(ws), 1).value == "Namn" else "nb"


def data_rows(ws) -> list[list[object]]:
    h = header_row(ws)
    return [list(r) for r in ws.iter_rows(min_row=h + 1, max_col=ws.max_column, values_only=True) if any(r)]


def expected_row(m, lang: str) -> list[object]:
    return [
        m.name, ROLE[lang][m.role], RIGHTS[lang][m.rights], m.represents or None, m.organisation or None,
        SIDE[lang][m.side] if m.side else None,
        m.area or None, m.email or None, m.phone or None, m.term_from, m.term_to, m.deputy_for or None,
    ]  # fmt: skip


def as_date(value: object) -> object:
    return value.date() if isinstance(value, datetime) else value


def column_width(ws, col: int) -> float | None:
    """The width of column `col` (1-based): a writer may give neighbouring columns of one
    width a single <col min max> entry, which openpyxl files under the first column's letter."""
    for dim in ws.column_dimensions.values():
        if dim.min is not None and dim.min <= col <= (dim.max or dim.min):
            return dim.width
    return None


def sheet_xml(path: Path) -> dict[str, str]:
    with zipfile.ZipFile(path) as z:
        return {n: z.read(n).decode("utf-8") for n in z.namelist() if n.startswith("xl/worksheets/sheet")}


# --- the whole register ------------------------------------------------------------------------


def test_sheets_overview_and_rows_match_the_register(demo_export) -> None:
    database, result, out = demo_export
    wb = openpyxl.load_workbook(out)
    with database.session() as session:
        bodies = [b for b in list_bodies(session, ON) if b.dissolved_on is None or b.dissolved_on > ON]
        breaches = check_all(session, on=ON)
        assert wb.sheetnames == ["Oversikt", *(result.body_sheets[b.id] for b in bodies), "Avvik"]
        assert list(result.sheets) == wb.sheetnames

        overview = data_rows(wb["Oversikt"])
        assert [r[0] for r in overview] == [b.name for b in bodies]
        for b, row in zip(bodies, overview):
            members = body_members(session, b.id, ON)
            assert row[1] == (b.short_name or None)
            assert row[2] == b.level
            assert row[3] == {"nb": "Bokmål", "nn": "Nynorsk"}[b.language.value]
            assert row[4] == sum(m.role in (Role.LEADER, Role.DEPUTY_LEADER, Role.MEMBER) for m in members)
            assert row[5] == sum(m.role == Role.DEPUTY for m in members)
            assert row[6] == sum(m.role == Role.OBSERVER for m in members)
            assert row[4] + row[5] + row[6] == b.member_count  # the register's own count
            assert row[7] == len(breaches.get(b.id, []))
            assert row[8] == result.body_sheets[b.id]

        for b in bodies:
            ws = wb[result.body_sheets[b.id]]
            lang = b.language.value  # each body's sheet in its own written standard
            assert ws["A1"].value == b.name  # a title row above the table
            assert ws["A2"].value.startswith(MEMBERS_ON[lang])
            h = header_row(ws)
            assert [c.value for c in ws[h]] == HEADERS[lang]
            got = [[as_date(v) for v in row] for row in data_rows(ws)]
            want = [expected_row(m, lang) for m in body_members(session, b.id, ON)]
            assert got == want, b.name
            assert result.rows[ws.title] == len(want)
        assert sum(result.rows[result.body_sheets[b.id]] for b in bodies) > 100


def test_member_rows_agree_with_the_register(demo_export) -> None:
    """The one-statement member query gives each body's current seats as the ORM sees them."""
    from hfdesk.models import Body
    from hfdesk.services.queries import members_of_bodies

    database, _, _ = demo_export
    with database.session() as session:
        ids = [b.id for b in list_bodies(session, ON)]
        for on in (ON, date(2024, 6, 1), date(2031, 1, 1)):
            bulk = members_of_bodies(session, ids, on)
            for bid in ids:
                seats = [m for m in session.get(Body, bid).memberships if m.is_current(on)]
                got = {r.membership_id: r for r in bulk[bid]}
                assert set(got) == {m.id for m in seats}, (bid, on)
                for m in seats:
                    row = got[m.id]
                    assert (row.name, row.role, row.rights, row.term_from, row.term_to) == (
                        m.person.full_name, m.role, m.rights, m.term_from, m.term_to
                    )
                    assert row.organisation == (m.organisation.name if m.organisation else "")
                    assert row.represents == (m.represents_text or row.organisation)
                    assert row.deputy_for == (m.deputy_for.person.full_name if m.deputy_for else "")
                assert body_members(session, bid, on) == bulk[bid]


def test_breaches_sheet_lists_every_breach(demo_export) -> None:
    database, result, out = demo_export
    ws = openpyxl.load_workbook(out)["Avvik"]
    with database.session() as session:
        names = {b.id: b.name for b in list_bodies(session, ON)}
        want = [[names[bid], br.code, br.render("nn")] for bid, found in check_all(session, on=ON).items() for br in found]
    assert want, "the demo data contains at least one breach"
    assert [c.value for c in ws[header_row(ws)]] == ["Organ", "Kode", "Skildring"]  # nynorsk: the default
    assert data_rows(ws) == want  # the descriptions too, whatever the interface's language
    assert any(row[2].startswith("Manglar 1 brukarrepresentant oppnemnd av kommunane") for row in data_rows(ws))
    assert result.breach_count == len(want)


def test_dates_are_real_date_cells_in_norwegian_format(demo_export) -> None:
    _, result, out = demo_export
    ws = openpyxl.load_workbook(out)[result.body_sheets[min(result.body_sheets)]]
    h = header_row(ws)
    headers = HEADERS[lang_of(ws)]
    start = ws.cell(h + 1, headers.index(headers[9]) + 1)
    assert start.is_date and start.data_type == "d"
    assert isinstance(start.value, datetime)
    assert start.number_format == "dd.mm.yyyy"
    ends = [ws.cell(r, headers.index("Periode til") + 1) for r in range(h + 1, ws.max_row + 1)]
    assert all(c.value is None or (c.is_date and c.number_format == "dd.mm.yyyy") for c in ends)


def test_tables_freeze_panes_widths_and_print_setup(demo_export) -> None:
    _, result, out = demo_export
    wb = openpyxl.load_workbook(out)
    names = set()
    for ws in wb.worksheets:
        assert len(ws.tables) == 1, ws.title
        table = next(iter(ws.tables.values()))
        names.add(table.displayName)
        h = header_row(ws)
        last = h + max(result.rows[ws.title], 1)
        assert table.ref == f"A{h}:{openpyxl.utils.get_column_letter(ws.max_column)}{last}"
        assert table.autoFilter is not None and table.autoFilter.ref == table.ref
        assert table.tableStyleInfo.name.startswith("TableStyle")
        assert [c.value for c in ws[h]] == [col.name for col in table.tableColumns]
        header = ws.cell(h, 1)
        assert header.font.b and header.fill.fgColor.rgb.endswith("1F4E78")  # styled header
        assert ws.freeze_panes == f"A{h + 1}"
        assert_readable_print(ws, h)
        assert "&P" in ws.oddFooter.center.text
        # Columns fitted to their text, within a cap; never narrower than the header.
        for col in range(1, ws.max_column + 1):
            letter = openpyxl.utils.get_column_letter(col)
            width = column_width(ws, col)
            longest = max(len(str(c.value)) for c in next(ws.iter_cols(col, col, h, ws.max_row)) if c.value is not None and not c.is_date)
            assert 8 <= width < 103  # as Excel shows it; the file holds a little more (padding)
            assert width >= min(longest, 50), (ws.title, letter)
            assert width >= len(ws.cell(h, col).value) + 3, (ws.title, letter)  # and its filter button
    assert len(names) == len(wb.worksheets)  # table names are unique in the workbook


def assert_readable_print(ws, h: int) -> None:
    """Landscape A4, the table's own header row on every page; fitted to one page wide when
    that is 70 % or more, else across pages at 70-100 % with the name column repeated."""
    assert ws.page_setup.orientation == "landscape" and ws.page_setup.paperSize == 9
    assert ws.print_title_rows == f"${h}:${h}"
    fitted = ws.sheet_properties.pageSetUpPr is not None and ws.sheet_properties.pageSetUpPr.fitToPage
    if fitted:
        assert ws.page_setup.fitToWidth in (None, 1) and ws.page_setup.fitToHeight == 0  # 1: the default
        assert ws.print_title_cols is None
    else:
        assert 70 <= int(ws.page_setup.scale or 100) <= 100
        assert ws.print_title_cols == "$A:$A"
        assert ws.print_area.split("!")[1].startswith(f"$A${h}:")  # the title is in the page header
        assert ws["A1"].value in ws.oddHeader.left.text


def test_the_wide_body_sheets_print_across_pages_and_the_narrow_ones_fit(demo_export) -> None:
    _, result, out = demo_export
    wb = openpyxl.load_workbook(out)
    fitted = {ws.title: bool(ws.sheet_properties.pageSetUpPr and ws.sheet_properties.pageSetUpPr.fitToPage) for ws in wb}
    assert fitted["Oversikt"] and fitted["Avvik"]
    # Twelve columns of a body's roster fitted to one page would print at about half size.
    assert not any(fitted[name] for name in result.body_sheets.values())


def test_each_body_sheet_is_in_its_written_standard(demo_export) -> None:
    """7 of the 8 demo bodies write nynorsk, OU Bergen bokmål: each sheet in its own."""
    database, result, out = demo_export
    wb = openpyxl.load_workbook(out)
    with database.session() as session:
        bodies = {b.id: b for b in list_bodies(session, ON)}
    languages = {bodies[bid].language.value for bid in result.body_sheets}
    assert languages == {"nb", "nn"}
    for bid, name in result.body_sheets.items():
        ws = wb[name]
        texts = {str(c.value) for row in ws.iter_rows() for c in row if c.value is not None}
        subtitle = ws["A2"].value
        if bodies[bid].language.value == "nn":
            assert {"Namn", "Periode frå", "Rettar"} <= texts
            assert subtitle.startswith("Medlemmar per ") and "Navn" not in texts and "Periode fra" not in texts
            assert not texts & {"Leder", "Nestleder", "Stemmerett", "Sykehus", "Bruker"}
        else:
            assert {"Navn", "Periode fra", "Rettigheter"} <= texts
            assert subtitle.startswith("Medlemmer per ") and "Namn" not in texts
            assert not texts & {"Leiar", "Nestleiar", "Røysterett", "Sjukehus", "Brukar"}


def test_the_overview_follows_the_helsefellesskaps_written_standard(demo_export, demo_file: Path, tmp_path: Path) -> None:
    """Nynorsk unless the setting says bokmål; switching it switches the overview, the
    breaches and the workbook's properties, never a body's sheet."""
    from hfdesk.services import settings

    database, result, out = demo_export
    wb = openpyxl.load_workbook(out)
    overview = [c.value for c in wb["Oversikt"][header_row(wb["Oversikt"])]]
    assert overview == ["Organ", "Kortnamn", "Nivå", "Målform", "Medlemmar", "Varamedlemmar", "Observatørar", "Avvik", "Ark"]
    assert wb["Oversikt"]["A2"].value.startswith("Organ per ")
    assert wb["Avvik"]["A1"].value == "Avvik frå reglane for samansetjing"
    assert wb.properties.subject.startswith("Medlemmar, varamedlemmar og observatørar per ")

    copy = tmp_path / "demo.sqlite"
    shutil.copy(demo_file, copy)
    other = open_database(copy)
    try:
        with other.transaction() as session:
            settings.set_partnership_language(session, "nb")
        with other.session() as session:
            again = export_roster(session, tmp_path / "nb.xlsx", on=ON)
    finally:
        other.close()
    wb = openpyxl.load_workbook(tmp_path / "nb.xlsx")
    overview = [c.value for c in wb["Oversikt"][header_row(wb["Oversikt"])]]
    assert overview == ["Organ", "Kortnavn", "Nivå", "Målform", "Medlemmer", "Varamedlemmer", "Observatører", "Avvik", "Ark"]
    assert wb["Oversikt"]["A2"].value.startswith("Organer per ")
    assert wb["Avvik"]["A1"].value == "Avvik fra reglene for sammensetning"
    assert [c.value for c in wb["Avvik"][header_row(wb["Avvik"])]] == ["Organ", "Kode", "Beskrivelse"]
    assert any(row[2].startswith("Mangler 1 brukerrepresentant oppnevnt av kommunene") for row in data_rows(wb["Avvik"]))
    assert wb.properties.subject.startswith("Medlemmer, varamedlemmer og observatører per ")
    for name in again.body_sheets.values():  # the bodies' sheets are as before
        assert wb[name]["A2"].value == openpyxl.load_workbook(out)[name]["A2"].value


def test_dates_and_links_are_in_the_font_of_every_other_cell(demo_export) -> None:
    _, result, out = demo_export
    wb = openpyxl.load_workbook(out)
    ws = wb[result.body_sheets[min(result.body_sheets)]]
    h = header_row(ws)
    headers = [c.value for c in ws[h]]
    first = h + 1
    body = ws.cell(first, 1)  # the name: a plain text cell
    email = ws.cell(first, headers.index("E-post") + 1)
    start = ws.cell(first, headers.index(HEADERS[lang_of(ws)][9]) + 1)
    assert email.hyperlink is not None and email.hyperlink.target == f"mailto:{email.value}"
    assert start.is_date
    for cell in (email, start):
        assert (cell.font.name, cell.font.sz) == (body.font.name, body.font.sz), cell.coordinate
        assert cell.style == "Normal" and cell.alignment.vertical == body.alignment.vertical
    overview = wb["Oversikt"]
    link = overview.cell(header_row(overview) + 1, 9)
    assert link.hyperlink is not None and link.hyperlink.location.endswith("!A1")
    plain = overview.cell(header_row(overview) + 1, 1)
    assert (link.font.name, link.font.sz) == (plain.font.name, plain.font.sz)


def test_document_properties(demo_export) -> None:
    _, _, out = demo_export
    props = openpyxl.load_workbook(out).properties
    assert props.creator == "hfdesk"
    assert props.title.startswith("Medlemsliste")
    assert ON.strftime("%d.%m.%Y") in props.subject
    assert abs(props.created - datetime.now(UTC).replace(tzinfo=None)) < timedelta(minutes=5)


def test_one_body(demo_export, tmp_path: Path) -> None:
    database, full, _ = demo_export
    with database.session() as session:
        breaches = check_all(session, on=ON)
        body_id = next(bid for bid, found in breaches.items() if found)  # a body with a breach
        result = export_roster(session, tmp_path / "ett.xlsx", body_id=body_id, on=ON)
        members = body_members(session, body_id, ON)
    name = full.body_sheets[body_id]
    wb = openpyxl.load_workbook(tmp_path / "ett.xlsx")
    assert wb.sheetnames == ["Oversikt", name, "Avvik"]
    assert len(data_rows(wb["Oversikt"])) == 1
    assert len(data_rows(wb[name])) == len(members)
    assert [r[2] for r in data_rows(wb["Avvik"])] == [b.render("nn") for b in breaches[body_id]]
    assert result.rows == {"Oversikt": 1, name: len(members), "Avvik": len(breaches[body_id])}


def test_unknown_body_is_a_known_error(demo_export, tmp_path: Path) -> None:
    database, _, _ = demo_export
    with database.session() as session, pytest.raises(NotFound, match="finnes ikke"):
        export_roster(session, tmp_path / "x.xlsx", body_id=99999)
    assert not (tmp_path / "x.xlsx").exists()


# --- hostile text and awkward names ------------------------------------------------------------


@pytest.fixture
def hostile_db(db):
    """A body whose people and organisations carry text a spreadsheet would run as a formula."""
    with db.transaction() as s:
        org = register.create_organisation(s, "=1+1", Side.MUNICIPAL)
        body = register.create_body(s, "Utval: [test]/*?", 2, short_name="OU/Voss:*?[1]")
        register.create_body(s, "Tomt utval", 3, short_name="ou/voss 1")  # collides once cleaned, no members
        for i, text in enumerate(FORMULA_LIKE):
            person = register.create_person(s, text, "", organisation_id=org.id, phone=text if i == 1 else "")
            register.add_membership(
                s, body.id, person.id, Role.MEMBER, term_from=date(2024, 1, 1), represents_text=text
            )
        person = register.create_person(s, "\x00=cmd|' /C calc'!A0", "Nul", email="nul@example.no")
        register.add_membership(s, body.id, person.id, Role.OBSERVER, term_from=date(2024, 1, 1))
    return db


def test_formula_like_text_stays_text(hostile_db, tmp_path: Path) -> None:
    out = tmp_path / "farlig.xlsx"
    with hostile_db.session() as session:
        result = export_roster(session, out, on=ON)
    for xml in sheet_xml(out).values():
        assert re.search(r"<f[ >/]", xml) is None, "no formula element anywhere"
    wb = openpyxl.load_workbook(out)
    ws = wb[result.body_sheets[1]]
    rows = data_rows(ws)
    names = {r[0] for r in rows}
    assert set(FORMULA_LIKE) <= names  # read back identical
    assert "=cmd|' /C calc'!A0 Nul" in names  # NUL cannot live in XML: dropped, the rest is text
    assert {r[3] for r in rows} == {"=1+1", *FORMULA_LIKE, None}  # the NUL person represents nobody
    assert "+47 1" in {r[HEADERS["nn"].index("Telefon")] for r in rows}
    h = header_row(ws)
    for row in ws.iter_rows(min_row=h + 1, max_col=1):
        cell = row[0]
        assert cell.data_type == "s"
        assert cell.quotePrefix, cell.value  # Excel keeps it text when the cell is edited


def test_sheet_names_are_valid_and_unique(hostile_db, tmp_path: Path) -> None:
    with hostile_db.session() as session:
        result = export_roster(session, tmp_path / "navn.xlsx", on=ON)
    names = list(openpyxl.load_workbook(tmp_path / "navn.xlsx").sheetnames)
    assert names == list(result.sheets)
    assert len({n.lower() for n in names}) == len(names)
    for n in names:
        assert len(n) <= 31 and not set(n) & set("[]:*?/\\"), n
    assert result.body_sheets == {1: "OU Voss 1", 2: "ou voss 1 (2)"}
    assert result.rows["ou voss 1 (2)"] == 0  # an empty body still gets a valid (empty) table


def test_table_helper_keeps_every_trigger_as_text(tmp_path: Path) -> None:
    """The shared helper (used by every export) with text the services would have trimmed."""
    from hfdesk.exports.xlsx import new_workbook, save, write_table

    texts = ["\tTab", "\rCR", "=SUM(1;2)", "-1", "+1+1", "@A1", "#DIV/0!", "a\x00b\x07c", "\x00=1", "\x07=2"]
    wb = new_workbook(title="Test")
    ws = wb.create_sheet("Ark")
    write_table(ws, table_name="T", headers=["Tekst", "Tall", "Dato"], rows=[[t, 1, ON] for t in texts])
    save(wb, tmp_path / "t.xlsx")
    for xml in sheet_xml(tmp_path / "t.xlsx").values():
        assert re.search(r"<f[ >/]", xml) is None
    back = openpyxl.load_workbook(tmp_path / "t.xlsx")["Ark"]
    # A CR is stored as Excel stores it, `_x000D_` (an XML reader turns a bare CR into LF);
    # Excel and LibreOffice read it as CR, openpyxl leaves the escape in shared strings.
    got = [unescape(r[0]) for r in back.iter_rows(min_row=2, values_only=True)]
    assert got == texts[:7] + ["abc", "=1", "=2"]  # control characters XML cannot hold are dropped
    assert all(r[1] == 1 for r in back.iter_rows(min_row=2, values_only=True))


# --- atomic write --------------------------------------------------------------------------------


def test_existing_file_is_replaced(demo_export, tmp_path: Path) -> None:
    database, _, _ = demo_export
    out = tmp_path / "rooster.xlsx"
    out.write_bytes(b"an old roster")
    with database.session() as session:
        export_roster(session, out, on=ON)
    assert zipfile.is_zipfile(out)
    assert openpyxl.load_workbook(out).sheetnames[0] == "Oversikt"
    assert [p.name for p in tmp_path.iterdir()] == ["rooster.xlsx"]


def test_file_open_in_excel_leaves_the_old_file(demo_export, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    database, _, _ = demo_export
    out = tmp_path / "rooster.xlsx"
    out.write_bytes(b"an old roster")

    def locked(src, dst):
        raise PermissionError(errno.EACCES, "[WinError 5] Access is denied")

    monkeypatch.setattr(fileio, "REPLACE_DELAY_S", 0.001)
    monkeypatch.setattr(fileio.os, "replace", locked)
    with database.session() as session, pytest.raises(FileInUse) as info:
        export_roster(session, out, on=ON)
    message = str(info.value)
    assert "\n" not in message
    assert message == "«rooster.xlsx» er åpen i et annet program (for eksempel Excel). Lukk filen og prøv igjen."
    assert out.read_bytes() == b"an old roster"
    assert [p.name for p in tmp_path.iterdir()] == ["rooster.xlsx"]


# --- LibreOffice -------------------------------------------------------------------------------------


@pytest.mark.slow
def test_converts_to_pdf_with_libreoffice(demo_export, libreoffice) -> None:
    _, _, out = demo_export
    pdf = libreoffice.pdf(out)
    assert pdf.stat().st_size > 10_000
    text = libreoffice.text(pdf)
    if text is not None:
        assert "Partnarskapsmøte" in text and "Tale- og forslagsrett" in text
        assert "Side 1 av" in text  # the footer
        assert ON.strftime("%d.%m.%Y") in text or "01.01.2024" in text  # dates print as dd.mm.yyyy
