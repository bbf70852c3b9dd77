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
from hfdesk.models import AttendanceStatus, Body, Capacity, Meeting, MeetingStatus, Role, Side
from hfdesk.services import live, meetings, register

SHOTS = Path("/tmp/shots")
PERSON_HEADERS = ["Navn", "Rolle", "Part", "Representerer"]
SIDE_HEADERS = [
    "Part", "Møter i alt", "Møtt", "Vara møtte", "Forfall", "Uten forfall", "Ikke registrert", "Oppmøte", "Med vara",
]  # fmt: skip
SIDE_NAMES = {
    Side.MUNICIPAL: "Kommune", Side.HOSPITAL: "Sykehus", Side.USER: "Bruker", Side.GP: "Fastlege",
    Side.KS: "KS", Side.UNION: "Arbeidstaker", Side.SECRETARIAT: "Sekretariat", Side.OTHER: "Annet",
}  # fmt: skip
HELD = (MeetingStatus.HELD, MeetingStatus.MINUTES_APPROVED)


def header_row(ws) -> int:
    for row in ws.iter_rows(min_col=1, max_col=1):
        if row[0].value == "Navn":
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


def side_table(ws) -> dict[str, list[object]]:
    h = header_row(ws)
    start = next(r for r in range(h + 1, ws.max_row + 1) if ws.cell(r, 1).value == "Part")
    assert [ws.cell(start, c).value for c in range(1, 10)] == SIDE_HEADERS
    out = {}
    for r in range(start + 1, ws.max_row + 1):
        label = ws.cell(r, 1).value
        out[label] = [ws.cell(r, c).value for c in range(2, 10)]
        if label == "I alt":
            return out
    raise AssertionError("no total row")


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
        body = register.create_body(s, "Utval =SUM(1)", 3, short_name='=HYPERLINK("x")')
        register.create_body(s, "Tomt utval", 3, short_name="Tomt")

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
    assert wb.sheetnames == ['=HYPERLINK("x")']
    ws = wb.worksheets[0]
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
    assert side_table(ws) == {
        "Kommune": [4, 0, 1, 1, 1, 1, 0, 0.25],
        "Bruker": [2, 2, 0, 0, 0, 0, 1, 1],
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
    ws = openpyxl.load_workbook(out).worksheets[0]
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
    ws = wb.worksheets[0]
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
    assert ws.page_setup.orientation == "landscape"
    assert ws.page_setup.fitToWidth in (None, 1) and ws.page_setup.fitToHeight == 0  # 1: the default
    assert ws.sheet_properties.pageSetUpPr.fitToPage is True
    assert ws.print_title_rows == f"${h}:${h}"
    assert "&P" in ws.oddFooter.center.text
    for c, longest in ((1, max(len(r[0]) for r in rows)), (4, max(len(r[3]) for r in rows))):
        assert column_width(ws, c) >= longest
    assert wb.properties.title == "Oppmøte 2024 – Utval =SUM(1)" and wb.properties.creator == "hfdesk"


def test_all_bodies_and_a_body_without_meetings(small, tmp_path: Path) -> None:
    db, _ = small
    out = tmp_path / "alle.xlsx"
    with db.session() as session:
        export_attendance(session, 2024, out)
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == ["Tomt", '=HYPERLINK("x")']  # by level, then name
    empty = wb["Tomt"]
    assert empty["A2"].value == "Ingen gjennomførte møter i 2024."
    assert matrix(empty) == ([*PERSON_HEADERS, "Møter", "Møtt", "Oppmøte"], [])
    assert side_table(empty) == {"I alt": [0, 0, 0, 0, 0, 0, None, None]}


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
        assert [ws["A1"].value for ws in wb.worksheets] == [b.name for b in bodies]
        deputies_seen = late_seen = 0
        for body, ws in zip(bodies, wb.worksheets):
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
                0 if r[1] in ("Leder", "Nestleder", "Medlem") else 1 if r[1] == "Observatør" else 2
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

            # The side table adds up to the matrix.
            sides = side_table(ws)
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
    for ws in wb.worksheets:
        h = header_row(ws)
        _, rows = matrix(ws)
        for i, row in enumerate(rows):
            fill = ws.cell(h + 1 + i, 1).fill
            colour = fill.fgColor.rgb[-6:] if fill.fill_type else None
            assert colour == {"Bruker": "E2EFDA", "Fastlege": "FFF2CC"}.get(row[2]), (ws.title, row[0])
            found[row[2]] += 1
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
    assert "Strategisk samarbeidsutval" in text and "Oppmøte per part" in text and "Side 1 av" in text
    assert re.search(rf"\d\d\.\d\d\.{year}", text)  # the meetings' dates as dd.mm.yyyy
    assert re.search(r"\d+ %", text)  # the rates as percentages
    # One page of it as a picture, to look at: the SSU's matrix.
    ssu = next(i for i, t in enumerate(texts, 1) if "Strategisk samarbeidsutval" in t and "Navn" in t)
    SHOTS.mkdir(parents=True, exist_ok=True)
    pages = libreoffice.pages(pdf, SHOTS / "attendance", dpi=90, first=ssu, last=ssu)
    if pages is not None:
        assert len(pages) == 1 and pages[0].stat().st_size > 10_000
