"""Attendance to Excel (issue 6, point 6): a hand-made body whose every cell is known,
the demo's bodies read back with openpyxl and checked against the database, formula
injection, formatting, atomic writing, the CLI, and LibreOffice where it is installed."""

from __future__ import annotations

import errno
import re
import shutil
import zipfile
from collections import Counter
from datetime import date, datetime
from pathlib import Path

import openpyxl
import pytest
import sqlalchemy as sa
from openpyxl.utils import get_column_letter

from hfdesk import fileio
from hfdesk.__main__ import main
from hfdesk.db import open_database
from hfdesk.errors import FileInUse, InvalidInput, NotFound
from hfdesk.exports.attendance import export_attendance
from hfdesk.models import AttendanceStatus, Body, Capacity, Language, Meeting, MeetingStatus, Role, Side
from hfdesk.services import live, meetings, register

SHOTS = Path("/tmp/shots")
PERSON_HEADERS = ["Navn", "Rolle", "Part", "Representerer"]
OVERVIEW_HEADERS = {
    "nn": [
        "Organ", "Part", "Møte i alt", "Møtt", "Vara møtte", "Forfall", "Utan forfall", "Ikkje registrert",
        "Oppmøte", "Med vara", "Ark",
    ],
    "nb": [
        "Organ", "Part", "Møter i alt", "Møtt", "Vara møtte", "Forfall", "Uten forfall", "Ikke registrert",
        "Oppmøte", "Med vara", "Ark",
    ],
}  # fmt: skip
SIDE_NAMES = {
    Side.MUNICIPAL: "Kommune", Side.HOSPITAL: "Sjukehus", Side.USER: "Brukar", Side.GP: "Fastlege",
    Side.KS: "KS", Side.UNION: "Arbeidstakar", Side.SECRETARIAT: "Sekretariat", Side.OTHER: "Anna",
}  # fmt: skip (the overview: nynorsk, the helsefellesskap's written standard by default)
MEMBER_ROLE_NAMES = ("Leder", "Nestleder", "Medlem", "Leiar", "Nestleiar")
HELD = (MeetingStatus.HELD, MeetingStatus.MINUTES_APPROVED)


def header_row(ws) -> int:
    for row in ws.iter_rows(min_col=1, max_col=1):
        if row[0].value in ("Navn", "Namn", "Organ"):
            return row[0].row
    raise AssertionError(f"no header row on {ws.title}")


def matrix(ws) -> tuple[list[object], list[list[object]]]:
    """(the header values, the person rows) of a sheet."""
    h = header_row(ws)
    headers = [c.value for c in ws[h]]
    while headers and headers[-1] is None:
        headers.pop()
    rows = []
    for row in ws.iter_rows(min_row=h + 1, max_col=len(headers), values_only=True):
        if row[0] is None:
            break
        rows.append(list(row))
    return headers, rows


def side_table(wb, body: str, lang: str = "nn") -> dict[str, list[object]]:
    """The overview's rows for `body`: side -> [seat-meetings, M, V, F, U, ?, rate, rate with deputies]."""
    ws = wb["Oversikt"]
    h = header_row(ws)
    assert [c.value for c in ws[h]] == OVERVIEW_HEADERS[lang]
    total = "I alt"
    out = {}
    for r in range(h + 1, ws.max_row + 1):
        if ws.cell(r, 1).value != body:
            continue
        label = ws.cell(r, 2).value
        out[label] = [ws.cell(r, c).value for c in range(3, 11)]
        link = ws.cell(r, 11)
        assert link.hyperlink is not None and link.hyperlink.location == "'" + link.value.replace("'", "''") + "'!A1"
        if label == total:
            return out
    raise AssertionError(f"no total row for {body}")


def column_width(ws, col: int) -> float | None:
    """The width of column `col` (1-based): a writer may give neighbouring columns of one
    width a single <col min max> entry, which openpyxl files under the first column's letter."""
    for dim in ws.column_dimensions.values():
        if dim.min is not None and dim.min <= col <= (dim.max or dim.min):
            return dim.width
    return None


def sheet_xml(path: Path) -> list[str]:
    with zipfile.ZipFile(path) as z:
        return [z.read(n).decode("utf-8") for n in z.namelist() if n.startswith("xl/worksheets/sheet")]


# --- a body where every cell is known ---------------------------------------------------------------


@pytest.fixture
def small(db):
    """A 2024 body with formula-like names: two held meetings, one cancelled, one only noticed,
    one in 2023; a member with a deputy, a term that ends, a term that starts, an observer (GP),
    a user representative, a secretary."""
    with db.transaction() as s:
        user_org = register.create_organisation(s, "=1+1", Side.USER)
        town = register.create_organisation(s, "Kommune A", Side.MUNICIPAL)
        gps = register.create_organisation(s, "Fastlegane", Side.GP)
        sse = register.create_organisation(s, "SSE", Side.SECRETARIAT)
        body = register.create_body(s, "Utval =SUM(1)", 3, short_name='=HYPERLINK("x")', language=Language.BOKMAAL)
        register.create_body(s, "Tomt utval", 3, short_name="Tomt")  # nynorsk, the default

        def seat(given, family, org, role, start=date(2024, 1, 1), end=None, deputy_for=None):
            person = register.create_person(s, given, family, organisation_id=org.id)
            return register.add_membership(s, body.id, person.id, role, term_from=start, term_to=end,
                                           deputy_for_id=deputy_for.id if deputy_for else None)  # fmt: skip

        ask = seat("=1+1", "Ask", user_org, Role.MEMBER)
        berg = seat("+47 1", "Berg", town, Role.MEMBER)
        dahl = seat("-x", "Dahl", town, Role.MEMBER, end=date(2024, 3, 31))
        seat("#N/A", "Eik", town, Role.MEMBER, start=date(2024, 4, 1))
        obs = seat("Olga", "Obs", gps, Role.OBSERVER)
        vik = seat("@SUM(A1)", "Vik", town, Role.DEPUTY, deputy_for=berg)
        sec = seat("Siri", "Sekretær", sse, Role.SECRETARY)

        def meeting(day, status):
            m = meetings.create_meeting(s, body, datetime.combine(day, datetime.min.time().replace(hour=10)))
            if status == MeetingStatus.CANCELLED:
                meetings.change_status(s, m, status, reason="Avlyst")
            elif status != MeetingStatus.PLANNED:
                meetings.send_notice(s, m, at=datetime(day.year, day.month, day.day))
            return m

        m0 = meeting(date(2023, 12, 1), MeetingStatus.NOTICE_SENT)
        m1 = meeting(date(2024, 2, 1), MeetingStatus.NOTICE_SENT)
        m2 = meeting(date(2024, 5, 2), MeetingStatus.NOTICE_SENT)
        meeting(date(2024, 9, 5), MeetingStatus.CANCELLED)
        meeting(date(2024, 11, 7), MeetingStatus.NOTICE_SENT)  # not held: left out
        P, F, A = AttendanceStatus.PRESENT, AttendanceStatus.REPORTED_ABSENT, AttendanceStatus.ABSENT
        for m in (m0, m1, m2):
            live.prepare_attendance(s, m)
        for who in (ask, berg, obs, sec):
            live.set_attendance(s, m0, who.person, P)
        # 1 February: Berg has forfall and Vik stands in; Dahl stays away without notice.
        for who, status in ((ask, P), (berg, F), (dahl, A), (obs, P), (sec, P)):
            live.set_attendance(s, m1, who.person, status)
        live.set_attendance(s, m1, vik.person, P, deputy_for=berg)
        # 2 May: Berg has forfall, no deputy; Eik's attendance is never registered; the GP has forfall.
        for who, status in ((ask, P), (berg, F), (obs, F), (sec, P)):
            live.set_attendance(s, m2, who.person, status)
        for m in (m0, m1, m2):
            live.mark_held(s, m)
        ids = {"body": body.id, "m1": m1.id, "m2": m2.id}
    return db, ids


def test_every_cell_of_a_known_body(small, tmp_path: Path) -> None:
    db, ids = small
    out = tmp_path / "oppmote.xlsx"
    with db.session() as session:
        assert export_attendance(session, 2024, out, body_id=ids["body"]) == out
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == ["Oversikt", '=HYPERLINK("x")']
    ws = wb.worksheets[1]
    assert ws["A1"].value == "Utval =SUM(1)"
    headers, rows = matrix(ws)
    assert headers == [
        *PERSON_HEADERS,
        datetime(2024, 2, 1),
        datetime(2024, 5, 2),
        "Møter",
        "Møtt",
        "Oppmøte",
    ]
    assert rows == [
        ["+47 1 Berg", "Medlem", "Kommune", "Kommune A", "V", "F", 2, 0, 0],
        ["-x Dahl", "Medlem", "Kommune", "Kommune A", "U", None, 1, 0, 0],
        ["#N/A Eik", "Medlem", "Kommune", "Kommune A", None, "?", 1, 0, 0],
        ["=1+1 Ask", "Medlem", "Bruker", "=1+1", "M", "M", 2, 2, 1],
        ["Olga Obs", "Observatør", "Fastlege", "Fastlegane", "M", "F", 2, 1, 0.5],
        ["@SUM(A1) Vik", "Varamedlem", "Kommune", "Kommune A", "M", None, None, 1, None],
    ]
    assert side_table(wb, "Utval =SUM(1)") == {  # in the overview, in the helsefellesskap's nynorsk
        "Kommune": [4, 0, 1, 1, 1, 1, 0, 0.25],
        "Brukar": [2, 2, 0, 0, 0, 0, 1, 1],
        "Fastlege": [2, 1, 0, 1, 0, 0, 0.5, 0.5],
        "I alt": [8, 3, 1, 2, 1, 1, 0.375, 0.5],
    }
    # No formula anywhere; formula-like text is text, and stays text when edited in Excel.
    for xml in sheet_xml(out):
        assert re.search(r"<f[ >/]", xml) is None
    h = header_row(ws)
    for r in range(h + 1, h + 7):
        cell = ws.cell(r, 1)
        assert cell.data_type == "s"
        assert cell.quotePrefix == (cell.value[0] in "=+-@"), cell.value


def test_highlight_and_legend(small, tmp_path: Path) -> None:
    db, ids = small
    out = tmp_path / "oppmote.xlsx"
    with db.session() as session:
        export_attendance(session, 2024, out, body_id=ids["body"])
    ws = openpyxl.load_workbook(out).worksheets[1]
    h = header_row(ws)
    headers, rows = matrix(ws)
    colours = {}
    for i, row in enumerate(rows):
        fills = {ws.cell(h + 1 + i, c).fill.fgColor.rgb[-6:] if ws.cell(h + 1 + i, c).fill.fill_type else None
                 for c in range(1, len(headers) + 1)}  # fmt: skip
        assert len(fills) == 1, row  # the whole row, or none of it
        colours[row[2]] = fills.pop()
    assert colours == {"Kommune": None, "Bruker": "E2EFDA", "Fastlege": "FFF2CC"}
    legend = {ws.cell(r, c).value: ws.cell(r, c).fill.fgColor.rgb[-6:]
              for r in range(1, h) for c in (1, 2) if ws.cell(r, c).fill.fill_type}  # fmt: skip
    assert legend == {"Brukerrepresentant": "E2EFDA", "Fastlege": "FFF2CC"}
    codes = " ".join(str(ws.cell(r, 1).value) for r in range(1, h))
    for text in (
        "M = møtt",
        "V = vara møtte",
        "F = forfall",
        "U = ikke møtt, uten forfall",
        "? = ikke registrert",
    ):
        assert text in codes


def test_formatting_like_the_roster(small, tmp_path: Path) -> None:
    db, ids = small
    out = tmp_path / "oppmote.xlsx"
    with db.session() as session:
        export_attendance(session, 2024, out, body_id=ids["body"])
    wb = openpyxl.load_workbook(out)
    ws = wb.worksheets[1]
    h = header_row(ws)
    headers, rows = matrix(ws)
    for c in range(1, len(headers) + 1):
        cell = ws.cell(h, c)
        assert cell.font.b and cell.fill.fgColor.rgb.endswith("1F4E78"), cell.coordinate
    for c in (5, 6):  # the meetings' dates: real dates shown as dd.mm.yyyy
        assert ws.cell(h, c).is_date and ws.cell(h, c).number_format == "dd.mm.yyyy"
    assert ws.cell(h + 1, len(headers)).number_format == "0 %"
    assert ws.freeze_panes == f"E{h + 1}"  # the header row and the name columns stay in view
    assert ws.auto_filter.ref == f"A{h}:{get_column_letter(len(headers))}{h + len(rows)}"
    assert ws.page_setup.orientation == "landscape" and ws.page_setup.paperSize == 9
    assert ws.page_setup.fitToWidth in (None, 1) and ws.page_setup.fitToHeight == 0  # 1: the default
    assert ws.sheet_properties.pageSetUpPr.fitToPage is True  # two meetings: fits, readable
    assert ws.print_title_rows == f"${h}:${h}"  # the matrix's header: the only table on the sheet
    assert "&P" in ws.oddFooter.center.text
    for c, longest in ((1, max(len(r[0]) for r in rows)), (4, max(len(r[3]) for r in rows))):
        assert column_width(ws, c) >= longest
    for c, header in enumerate(headers, 1):  # every header whole, beside its filter button
        assert column_width(ws, c) >= len(header if isinstance(header, str) else "01.02.2024") + 3, header
    assert wb.properties.title == "Oppmøte 2024 – Utval =SUM(1)" and wb.properties.creator == "hfdesk"


def test_all_bodies_and_a_body_without_meetings(small, tmp_path: Path) -> None:
    db, _ = small
    out = tmp_path / "alle.xlsx"
    with db.session() as session:
        export_attendance(session, 2024, out)
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == ["Oversikt", "Tomt", '=HYPERLINK("x")']  # by level, then name
    empty = wb["Tomt"]  # a nynorsk body
    assert empty["A2"].value == "Ingen gjennomførte møte i 2024."
    assert matrix(empty) == (["Namn", "Rolle", "Part", "Representerer", "Møte", "Møtt", "Oppmøte"], [])
    assert side_table(wb, "Tomt utval") == {"I alt": [0, 0, 0, 0, 0, 0, None, None]}
    assert wb["Oversikt"].cell(header_row(wb["Oversikt"]) + 1, 1).value == "Tomt utval"  # in sheet order


def test_year_and_body_errors(small, tmp_path: Path) -> None:
    db, _ = small
    with db.session() as session:
        with pytest.raises(NotFound, match="Organet med id 999 finnes ikke"):
            export_attendance(session, 2024, tmp_path / "x.xlsx", body_id=999)
        with pytest.raises(InvalidInput, match="Året 20245 er ugyldig"):
            export_attendance(session, 20245, tmp_path / "x.xlsx")
    assert not (tmp_path / "x.xlsx").exists()


def test_file_open_in_excel_leaves_the_old_file(small, tmp_path, monkeypatch) -> None:
    db, _ = small
    folder = tmp_path / "ut"
    folder.mkdir()
    out = folder / "oppmote.xlsx"
    out.write_bytes(b"old")

    def locked(src, dst):
        raise PermissionError(errno.EACCES, "[WinError 5] Access is denied")

    monkeypatch.setattr(fileio, "REPLACE_DELAY_S", 0.001)
    monkeypatch.setattr(fileio.os, "replace", locked)
    with db.session() as session, pytest.raises(FileInUse, match="er åpen i et annet program"):
        export_attendance(session, 2024, out)
    assert out.read_bytes() == b"old"
    assert [p.name for p in folder.iterdir()] == ["oppmote.xlsx"]


# --- the demo, against the database ---------------------------------------------------------------------


@pytest.fixture(scope="module")
def demo_export(demo_file: Path, tmp_path_factory: pytest.TempPathFactory):
    """The demo's busiest year exported once: (database, year, path)."""
    folder = tmp_path_factory.mktemp("attendance")
    copy = folder / "demo.sqlite"
    shutil.copy(demo_file, copy)
    database = open_database(copy)
    with database.session() as session:
        days = session.scalars(sa.select(Meeting.starts_at).where(Meeting.status.in_(HELD))).all()
        year = Counter(d.year for d in days).most_common(1)[0][0]
        out = folder / "oppmote.xlsx"
        export_attendance(session, year, out)
    yield database, year, out
    database.close()


def _expected_code(session, body: Body, meeting: Meeting, person_id: int) -> str | None:
    """What the cell should say, from the ORM objects (domain.md §3, the module's legend)."""
    day = meeting.starts_at.date()
    seats = [m for m in body.memberships if m.person_id == person_id and m.is_current(day)
             and m.role not in (Role.DEPUTY, Role.SECRETARY)]  # fmt: skip
    mine = next((a for a in meeting.attendances if a.person_id == person_id), None)
    if not seats:
        stood_in = (
            mine is not None and mine.deputy_for_id is not None and mine.status == AttendanceStatus.PRESENT
        )
        return "M" if stood_in else None
    if mine is not None and mine.status == AttendanceStatus.PRESENT:
        return "M"
    if any(
        a.deputy_for_id in {s.id for s in seats} and a.status == AttendanceStatus.PRESENT
        for a in meeting.attendances
    ):
        return "V"
    if mine is None or mine.status == AttendanceStatus.EXPECTED:
        return "?"
    return "F" if mine.status == AttendanceStatus.REPORTED_ABSENT else "U"


def test_demo_matrix_matches_the_database(demo_export) -> None:
    database, year, out = demo_export
    wb = openpyxl.load_workbook(out)
    assert len(wb.sheetnames) == len({n.lower() for n in wb.sheetnames})
    assert all(len(n) <= 31 and not set(n) & set("[]:*?/\\") for n in wb.sheetnames)
    with database.session() as session:
        bodies = session.scalars(sa.select(Body).order_by(Body.level, Body.sort_order, Body.name)).all()
        assert wb.sheetnames[0] == "Oversikt"
        assert [ws["A1"].value for ws in wb.worksheets[1:]] == [b.name for b in bodies]
        deputies_seen = late_seen = 0
        for body, ws in zip(bodies, wb.worksheets[1:]):
            held = sorted(
                (m for m in body.meetings if m.status in HELD and m.starts_at.year == year),
                key=lambda m: (m.starts_at, m.id),
            )
            cancelled = [
                m for m in body.meetings if m.status == MeetingStatus.CANCELLED and m.starts_at.year == year
            ]
            headers, rows = matrix(ws)
            assert headers[4:-3] == [datetime.combine(m.starts_at.date(), datetime.min.time()) for m in held]
            for m in cancelled:
                assert m.starts_at.date() not in {h.date() for h in headers[4:-3]}

            first, last = date(year, 1, 1), date(year, 12, 31)
            seated = {m.person_id for m in body.memberships if m.role not in (Role.DEPUTY, Role.SECRETARY)
                      and m.term_from <= last and (m.term_to is None or m.term_to >= first)}  # fmt: skip
            stood_in = {a.person_id for m in held for a in m.attendances
                        if a.deputy_for_id is not None and a.status == AttendanceStatus.PRESENT} - seated  # fmt: skip
            people = {p.full_name: p.id for m in body.memberships for p in [m.person]}
            people.update({a.person.full_name: a.person_id for m in held for a in m.attendances})
            assert sorted(people[r[0]] for r in rows) == sorted(seated | stood_in), body.name
            groups = [
                0 if r[1] in MEMBER_ROLE_NAMES else 1 if r[1] == "Observatør" else 2
                for r in rows
            ]
            assert groups == sorted(groups), body.name  # members, then observers, then deputies

            for r in rows:
                pid = people[r[0]]
                cells = r[4:-3]
                assert cells == [_expected_code(session, body, m, pid) for m in held], (body.name, r[0])
                if r[1] != "Varamedlem":
                    own = [
                        s
                        for s in body.memberships
                        if s.person_id == pid and s.role not in (Role.DEPUTY, Role.SECRETARY)
                    ]
                    seat_days = sum(any(s.is_current(m.starts_at.date()) for s in own) for m in held)
                    assert r[-3] == seat_days and r[-2] == sum(
                        c == "M" and any(s.is_current(m.starts_at.date()) for s in own)
                        for c, m in zip(cells, held)
                    )
                    assert r[-1] == (pytest.approx(r[-2] / r[-3]) if r[-3] else None)
            # Each deputy who stood in: V in the member's row, M in the deputy's own row, same day.
            by_name = {r[0]: r for r in rows}
            for i, m in enumerate(held):
                for a in m.attendances:
                    if a.deputy_for_id is not None and a.status == AttendanceStatus.PRESENT:
                        deputies_seen += 1
                        assert by_name[a.deputy_for.person.full_name][4 + i] == "V"
                        assert by_name[a.person.full_name][4 + i] == "M"
                    if a.from_item_id is not None and a.capacity == Capacity.MEMBER:
                        late_seen += 1
                        assert by_name[a.person.full_name][4 + i] == "M"  # a late arrival still attended

            # The overview's rows for the body add up to its matrix.
            sides = side_table(wb, body.name)
            total = sides.pop("I alt")
            seat_cells = [c for r in rows if r[1] != "Varamedlem" for c in r[4:-3] if c is not None]
            assert total[0] == sum(r[-3] for r in rows if r[1] != "Varamedlem")
            assert total[1] == sum(r[-2] for r in rows if r[1] != "Varamedlem")
            assert total[2] == seat_cells.count("V") and total[3] == seat_cells.count("F")
            assert [sum(v[i] for v in sides.values()) for i in range(6)] == total[:6]
            assert set(sides) <= set(SIDE_NAMES.values()) | {"Ingen part"}
            if total[0]:
                assert total[6] == pytest.approx(total[1] / total[0])
                assert total[7] == pytest.approx((total[1] + total[2]) / total[0])
        assert deputies_seen >= 3 and late_seen >= 1


def _selects(db, year: int, out: Path) -> list[str]:
    statements: list[str] = []

    def listener(conn, cursor, statement, *rest):
        statements.append(statement)

    with db.session() as session:
        engine = session.get_bind()
        sa.event.listen(engine, "before_cursor_execute", listener)
        try:
            export_attendance(session, year, out)
        finally:
            sa.event.remove(engine, "before_cursor_execute", listener)
    return [s for s in statements if s.lstrip().upper().startswith("SELECT")]


def test_a_few_statements_whatever_the_size(small, demo_export, tmp_path: Path) -> None:
    """No query per person or per meeting: the 8-body demo costs what the 2-body file costs."""
    small_db, _ = small
    demo_db, year, _ = demo_export
    few = _selects(small_db, 2024, tmp_path / "small.xlsx")
    many = _selects(demo_db, year, tmp_path / "demo.xlsx")
    assert len(few) == len(many) <= 6, many


def test_demo_highlights_user_representatives_and_gps(demo_export) -> None:
    _, _, out = demo_export
    wb = openpyxl.load_workbook(out)
    found = Counter()
    for ws in wb.worksheets[1:]:
        h = header_row(ws)
        _, rows = matrix(ws)
        for i, row in enumerate(rows):
            fill = ws.cell(h + 1 + i, 1).fill
            colour = fill.fgColor.rgb[-6:] if fill.fill_type else None
            side = {"Brukar": "Bruker"}.get(row[2], row[2])  # nynorsk and bokmål bodies
            assert colour == {"Bruker": "E2EFDA", "Fastlege": "FFF2CC"}.get(side), (ws.title, row[0])
            found[side] += 1
    assert found["Bruker"] >= 8 and found["Fastlege"] >= 4  # every body has them (domain.md §2)


# --- the command line ----------------------------------------------------------------------------


def _run(capsys, *argv: str) -> tuple[int, str, str]:
    try:
        code = main(list(argv))
    except SystemExit as exc:  # argparse refuses the arguments themselves
        code = exc.code
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_writes_the_workbook(capsys, demo_file: Path, tmp_path: Path) -> None:
    out_file = tmp_path / "oppmote.xlsx"
    code, out, err = _run(capsys, "export", "attendance", "--db", str(demo_file), "--year", str(date.today().year),
                          "--out", str(out_file))  # fmt: skip
    assert code == 0, err
    assert str(out_file) in out
    assert "SSU" in openpyxl.load_workbook(out_file).sheetnames


@pytest.mark.parametrize(
    "argv_tail,expect",
    [
        (["--year", "2026", "--body", "9999", "--out", "{tmp}/x.xlsx"], "Organet med id 9999 finnes ikke."),
        (["--year", "0", "--out", "{tmp}/x.xlsx"], "Året 0 er ugyldig"),
        (["--year", "i fjor", "--out", "{tmp}/x.xlsx"], "ugyldig verdi"),
        (["--out", "{tmp}/x.xlsx"], "disse må oppgis: --year"),
        (["--year", "2026", "--out", "{tmp}/no/such/folder/x.xlsx"], "finnes ikke. Velg en annen mappe."),
    ],
    ids=["unknown-body", "bad-year", "year-not-a-number", "no-year", "missing-folder"],
)
def test_cli_bad_input_is_exit_2_one_line(capsys, demo_file, tmp_path, argv_tail, expect) -> None:
    argv = ["export", "attendance", "--db", str(demo_file)] + [a.format(tmp=tmp_path) for a in argv_tail]
    code, out, err = _run(capsys, *argv)
    assert code == 2 and out == ""
    assert len(err.strip().splitlines()) == 1 and expect in err
    assert not (tmp_path / "x.xlsx").exists()


# --- LibreOffice ------------------------------------------------------------------------------------


@pytest.mark.slow
def test_converts_to_pdf_with_libreoffice(demo_export, libreoffice) -> None:
    _, year, out = demo_export
    pdf = libreoffice.pdf(out)
    text = libreoffice.text(pdf, layout=True)
    if text is None:
        return
    texts = text.split("\f")
    assert "Strategisk samarbeidsutval" in text and "per organ og part" in text and "Side 1 av" in text
    assert "Ikkje registrert" in text  # the overview's header, whole
    assert re.search(rf"\d\d\.\d\d\.{year}", text)  # the meetings' dates as dd.mm.yyyy
    assert re.search(r"\d+ %", text)  # the rates as percentages
    # One page of it as a picture, to look at: the SSU's matrix.
    ssu = next(i for i, t in enumerate(texts, 1) if "Strategisk samarbeidsutval" in t and "Namn" in t)
    SHOTS.mkdir(parents=True, exist_ok=True)
    pages = libreoffice.pages(pdf, SHOTS / "attendance", dpi=90, first=ssu, last=ssu)
    if pages is not None:
        assert len(pages) == 1 and pages[0].stat().st_size > 10_000


# --- written standard and print (issue 17, points 12 and 14) ------------------------------------------------


def test_each_sheet_in_its_bodys_written_standard(small, tmp_path: Path) -> None:
    """The bokmål body's sheet says "Navn", "ikke registrert", "Brukerrepresentant"; the
    nynorsk body's "Namn", "ikkje registrert", "Brukarrepresentant"."""
    db, _ = small
    out = tmp_path / "alle.xlsx"
    with db.session() as session:
        export_attendance(session, 2024, out)
    wb = openpyxl.load_workbook(out)

    def texts(ws) -> str:
        return " | ".join(str(c.value) for row in ws.iter_rows() for c in row if c.value is not None)

    nb, nn = texts(wb['=HYPERLINK("x")']), texts(wb["Tomt"])
    for word in ("Navn", "? = ikke registrert", "U = ikke møtt, uten forfall", "vara møtte i stedet",
                 "Brukerrepresentant", "Møter", "2 møter gjennomført", "planlagte møter er ikke med"):  # fmt: skip
        assert word in nb, word
    for word in ("Namn", "? = ikkje registrert", "U = ikkje møtt, utan forfall", "vara møtte i staden",
                 "Brukarrepresentant", "Møte", "Ingen gjennomførte møte i 2024"):  # fmt: skip
        assert word in nn, word
    assert "ikkje" not in nb and "Namn" not in nb
    assert "ikke " not in nn and "Navn" not in nn and "Brukerrepresentant" not in nn


def test_the_demos_nynorsk_and_bokmaal_bodies(demo_export) -> None:
    database, _, out = demo_export
    wb = openpyxl.load_workbook(out)
    with database.session() as session:
        languages = dict(session.execute(sa.select(Body.name, Body.language)).all())
    assert sorted(lang.value for lang in languages.values()).count("nn") == 7  # 7 of the 8 demo bodies
    for ws in wb.worksheets[1:]:
        lang = languages[ws["A1"].value].value
        h = header_row(ws)
        assert ws.cell(h, 1).value == {"nn": "Namn", "nb": "Navn"}[lang]
        legend = ws["A3"].value
        assert {"nn": "? = ikkje registrert", "nb": "? = ikke registrert"}[lang] in legend
        roles = {r[1] for r in matrix(ws)[1]}
        assert not roles & ({"Leder", "Nestleder"} if lang == "nn" else {"Leiar", "Nestleiar"})


def test_the_overview_follows_the_helsefellesskaps_written_standard(small, tmp_path: Path) -> None:
    from hfdesk.services import settings

    db, ids = small
    with db.session() as session:
        assert settings.partnership_language(session) == "nn"  # not set: nynorsk
        export_attendance(session, 2024, tmp_path / "nn.xlsx")
    with db.transaction() as session:
        settings.set_partnership_language(session, "nb")
    with db.session() as session:
        export_attendance(session, 2024, tmp_path / "nb.xlsx")
    nn, nb = (openpyxl.load_workbook(tmp_path / f"{lang}.xlsx") for lang in ("nn", "nb"))
    assert side_table(nn, "Utval =SUM(1)", "nn")["Brukar"] == [2, 2, 0, 0, 0, 0, 1, 1]
    assert side_table(nb, "Utval =SUM(1)", "nb")["Bruker"] == [2, 2, 0, 0, 0, 0, 1, 1]
    assert nn.properties.subject == "Oppmøte på møta i organa i 2024"
    assert nb.properties.subject == "Oppmøte i organenes møter i 2024"
    assert "varamedlemmar" in nn["Oversikt"]["A4"].value.casefold()
    assert "varamedlemmer" in nb["Oversikt"]["A4"].value.casefold()
    # The bodies' sheets do not follow the setting: each keeps its own written standard.
    for wb in (nn, nb):
        assert header_row(wb["Tomt"]) and wb["Tomt"].cell(header_row(wb["Tomt"]), 1).value == "Namn"
        ws = wb['=HYPERLINK("x")']
        assert ws.cell(header_row(ws), 1).value == "Navn"


def test_one_table_per_sheet_and_its_own_print_titles(small, tmp_path: Path) -> None:
    """The rows repeated on each printed page are the header of the only table on the sheet:
    nothing prints under another table's header, no heading is parted from its table, and
    every header is shown whole ("Ikkje registrert" over two lines, the row tall enough)."""
    db, _ = small
    out = tmp_path / "alle.xlsx"
    with db.session() as session:
        export_attendance(session, 2024, out)
    wb = openpyxl.load_workbook(out)

    ws = wb["Oversikt"]
    h = header_row(ws)
    assert len(ws.tables) == 1 and next(iter(ws.tables.values())).ref.startswith(f"A{h}:")
    assert ws.print_title_rows == f"${h}:${h}"
    assert ws.max_row == h + len([r for r in ws.iter_rows(min_row=h + 1, values_only=True) if any(r)])
    height = ws.row_dimensions[h].height or 15
    for c in range(1, ws.max_column + 1):
        header = ws.cell(h, c).value
        width = column_width(ws, c)
        assert width >= max(len(word) for word in header.split()) + 3, header
        if width < len(header) + 3:  # wraps: the row has a line for every part of it
            assert ws.cell(h, c).alignment.wrap_text and height >= 30, header

    for ws in wb.worksheets[1:]:
        h = header_row(ws)
        headers, rows = matrix(ws)
        assert ws.print_title_rows == f"${h}:${h}"
        assert ws.max_row <= h + max(len(rows), 1)  # nothing under the matrix
        assert not any(ws.cell(r, 1).value in ("Part", "Organ") for r in range(h + 1, ws.max_row + 1))


@pytest.fixture
def busy(db):
    """A body that met 12 times in 2024: a matrix too wide for one page's width."""
    with db.transaction() as s:
        town = register.create_organisation(s, "Kommune A", Side.MUNICIPAL)
        users = register.create_organisation(s, "Brukarutvalet ved Haraldsplass Diakonale Sykehus", Side.USER)
        body = register.create_body(s, "Områdeutval Travelt", 3, short_name="OU Travelt")
        people = []
        for given, family, org in (("Ola", "Nordmann", town), ("Kari", "Brukar", users), ("Per", "Lang", town)):
            person = register.create_person(s, given, family, organisation_id=org.id)
            register.add_membership(s, body.id, person.id, Role.MEMBER, term_from=date(2024, 1, 1))
            people.append(person)
        for month in range(1, 13):
            m = meetings.create_meeting(s, body, datetime(2024, month, 10, 10))
            meetings.send_notice(s, m, at=datetime(2024, month, 1))
            live.prepare_attendance(s, m)
            for i, person in enumerate(people):
                status = AttendanceStatus.PRESENT if (month + i) % 4 else AttendanceStatus.REPORTED_ABSENT
                live.set_attendance(s, m, person, status)
            live.mark_held(s, m)
    return db


def test_a_wide_matrix_prints_across_pages_readably(busy, tmp_path: Path) -> None:
    """Fitted to one page, twelve meetings would print at about half size: instead the
    matrix runs across pages at 70 % or more, the name column and the header row repeated,
    set column breaks, and the title, the year's line and the codes in the page header."""
    out = tmp_path / "travelt.xlsx"
    with busy.session() as session:
        export_attendance(session, 2024, out)
    wb = openpyxl.load_workbook(out)
    ws = wb["OU Travelt"]
    h = header_row(ws)
    headers, rows = matrix(ws)
    assert len(headers) == 4 + 12 + 3 and len(rows) == 3
    assert ws.page_setup.orientation == "landscape" and ws.page_setup.paperSize == 9
    assert not (ws.sheet_properties.pageSetUpPr and ws.sheet_properties.pageSetUpPr.fitToPage)
    assert 70 <= int(ws.page_setup.scale) <= 100
    assert ws.print_title_rows == f"${h}:${h}" and ws.print_title_cols == "$A:$A"
    assert ws.print_area == f"'OU Travelt'!$A${h}:$S${h + 3}"
    assert ws.col_breaks.count >= 1 and all(4 < b.id < len(headers) for b in ws.col_breaks.brk)
    header = ws.oddHeader.left.text
    assert "Oppmøte 2024 – Områdeutval Travelt" in header
    assert "12 møte gjennomført" in header and "? = ikkje registrert" in header
    # A long "Representerer" wraps in its cell (the row grown for it) rather than being cut off.
    row = h + 1 + [r[0] for r in rows].index("Kari Brukar")
    cell = ws.cell(row, 4)
    assert cell.value == "Brukarutvalet ved Haraldsplass Diakonale Sykehus" and len(cell.value) > column_width(ws, 4)
    assert cell.alignment.wrap_text and ws.row_dimensions[row].height >= 30
    assert ws.cell(row, 1).fill.fgColor.rgb[-6:] == cell.fill.fgColor.rgb[-6:] == "E2EFDA"  # still highlighted
    # The overview fits on the page's width.
    assert wb["Oversikt"].sheet_properties.pageSetUpPr.fitToPage is True
