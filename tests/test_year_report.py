"""The year in review (issue 20, points 4-7): the årsmelding in Word (charts drawn in) and Excel
(native charts), the follow-up list to Excel, attendance per person for a period. Every figure
is checked against counts made here with plain SQL on the database, not with the export's own
functions; the documents are read back with python-docx and openpyxl."""

from __future__ import annotations

import re
import sqlite3
import subprocess
import sys
import zipfile
from collections import Counter
from datetime import date
from pathlib import Path

import docx
import openpyxl
import pytest

from hfdesk.__main__ import main

YEAR = 2026
TODAY = date(2026, 11, 23)  # conftest's REFERENCE_NOW
HELD = "('held', 'minutes_approved')"
GROUPS_NN = {
    1: "Barn og unge",
    2: "Personar med alvorlege psykiske lidingar og rusproblem",
    3: "Skrøpelege eldre",
    4: "Personar med fleire kroniske lidingar",
}
KINDS_NN = {
    "consensus": "Samrøystes",
    "consensus_with_protocol": "Samrøystes med protokolltilførsel",
    "vote": "Avrøysting",
    "no_consensus": "Ikkje semje",
    "deferred": "Utsett",
    "noted": "Teke til orientering",
    "withdrawn": "Trekt",
}
SIDES_NN = {"municipal": "Kommune", "hospital": "Sjukehus", "user": "Brukar", "gp": "Fastlege", "ks": "KS",
            "union": "Arbeidstakar", "secretariat": "Sekretariat"}  # fmt: skip


# --- the figures, counted with plain SQL ----------------------------------------------------------


def _sql(path: Path, query: str, *args: object) -> list[tuple]:
    with sqlite3.connect(path) as con:
        return con.execute(query, args).fetchall()


IN_YEAR = f"m.starts_at >= '{YEAR}-01-01' AND m.starts_at < '{YEAR + 1}-01-01'"
CASE_ITEMS = f"FROM agenda_items i JOIN meetings m ON m.id = i.meeting_id WHERE i.standard IS NULL AND m.status IN {HELD} AND {IN_YEAR}"


def _link_across_bodies(path: Path) -> tuple[str, list[str]]:
    """Make one case treated in two bodies (as the case editor's linking does): a concluded item of
    one body and a later one of another, both at held meetings of the year. The case's title and
    the two bodies."""
    rows = _sql(
        path,
        f"SELECT i.id, i.case_id, i.body_id, b.name, c.title, m.starts_at {CASE_ITEMS.replace('WHERE', 'JOIN bodies b ON b.id = i.body_id JOIN cases c ON c.id = i.case_id WHERE')}"
        " ORDER BY m.starts_at, i.id",
    )
    first = rows[0]
    later = next(r for r in rows if r[2] != first[2] and r[5] > first[5])
    with sqlite3.connect(path) as con:
        con.execute("UPDATE agenda_items SET case_id = ? WHERE id = ?", (first[1], later[0]))
    return first[4], [first[3], later[3]]


def _multi_body_titles(path: Path) -> set[str]:
    """The cases treated in two or more bodies with a treatment at a held meeting of the year (the demo
    links its topics across bodies, issue 20)."""
    return {
        title
        for (title,) in _sql(
            path,
            f"SELECT c.title FROM cases c JOIN agenda_items i ON i.case_id = c.id WHERE i.standard IS NULL "
            f"AND c.id IN (SELECT i.case_id {CASE_ITEMS}) GROUP BY c.id HAVING count(DISTINCT i.body_id) >= 2",
        )
    }


def _expected(path: Path) -> dict[str, object]:
    meetings = {
        name: (planned, held, cancelled)
        for name, planned, held, cancelled in _sql(
            path,
            f"SELECT b.name, count(*), sum(m.status IN {HELD}), sum(m.status = 'cancelled') "
            f"FROM meetings m JOIN bodies b ON b.id = m.body_id WHERE {IN_YEAR} GROUP BY b.id",
        )
    }
    cases = _sql(path, f"SELECT count(*) {CASE_ITEMS}")[0][0]
    groups = dict(
        _sql(path, f"SELECT g.\"group\", count(*) FROM agenda_item_priority_groups g WHERE g.item_id IN (SELECT i.id {CASE_ITEMS}) GROUP BY g.\"group\"")
    )
    untagged = _sql(
        path, f"SELECT count(*) {CASE_ITEMS} AND i.id NOT IN (SELECT item_id FROM agenda_item_priority_groups)"
    )[0][0]
    types = dict(_sql(path, f"SELECT i.case_type, count(*) {CASE_ITEMS} GROUP BY i.case_type"))
    kinds = dict(
        _sql(path, f"SELECT c.kind, count(*) FROM conclusions c WHERE c.item_id IN (SELECT i.id {CASE_ITEMS}) GROUP BY c.kind")
    )
    follow = _sql(
        path,
        "SELECT f.status, f.due_on FROM follow_ups f LEFT JOIN agenda_items i ON i.id = f.item_id "
        "LEFT JOIN meetings m ON m.id = i.meeting_id "
        f"WHERE ({IN_YEAR}) OR (m.id IS NULL AND f.created_at >= '{YEAR}-01-01' AND f.created_at < '{YEAR + 1}-01-01')",
    )
    done = sum(1 for s, _d in follow if s == "done")
    overdue = sum(1 for s, d in follow if s != "done" and d is not None and d < TODAY.isoformat())
    # Attendance: each member's or observer's seat at each held meeting of its body that year
    # (the seat's term covering the day), and whether its holder was registered present.
    seats = _sql(
        path,
        "SELECT o.side, count(*), sum(EXISTS (SELECT 1 FROM attendances a WHERE a.meeting_id = m.id "
        "AND a.person_id = s.person_id AND a.status = 'present')) "
        "FROM memberships s JOIN meetings m ON m.body_id = s.body_id "
        "LEFT JOIN organisations o ON o.id = s.organisation_id "
        f"WHERE s.role NOT IN ('deputy', 'secretary') AND m.status IN {HELD} AND {IN_YEAR} "
        "AND s.term_from <= date(m.starts_at) AND (s.term_to IS NULL OR s.term_to >= date(m.starts_at)) "
        "GROUP BY o.side",
    )
    return {
        "meetings": meetings,
        "cases": cases,
        "groups": groups,
        "untagged": untagged,
        "types": types,
        "kinds": kinds,
        "follow_ups": (done, len(follow) - done - overdue, overdue),
        "attendance": {side: (n, present) for side, n, present in seats},
    }


def _table(document: docx.document.Document, first_header: str, second_header: str | None = None) -> list[list[str]]:
    for table in document.tables:
        header = [c.text for c in table.rows[0].cells]
        if header[0] == first_header and (second_header is None or header[1] == second_header):
            return [[c.text for c in row.cells] for row in table.rows[1:]]
    raise AssertionError(f"no table headed {first_header!r}")


# --- the Word report -------------------------------------------------------------------------------


def test_the_word_report_counts_what_the_database_holds_and_draws_three_charts(demo_copy, tmp_path, capsys):
    title, bodies = _link_across_bodies(demo_copy)
    want = _expected(demo_copy)
    out = tmp_path / "årsmelding.docx"

    assert main(["export", "year", "--db", str(demo_copy), "--year", str(YEAR), "--out", str(out)]) == 0
    assert "Årsmeldingen for 2026" in capsys.readouterr().out
    document = docx.Document(str(out))
    text = "\n".join(p.text for p in document.paragraphs)
    assert "Årsmelding 2026" in text and "Helsefellesskapet i Bergensområdet" in text  # nynorsk: the demo's

    meetings = {row[0]: tuple(int(x) for x in row[1:4]) for row in _table(document, "Organ", "I møteplanen")}
    for name, counts in want["meetings"].items():  # type: ignore[union-attr]
        assert meetings[name] == counts
    total = meetings["Totalt"]
    assert total == tuple(sum(c[i] for c in want["meetings"].values()) for i in range(3))  # type: ignore[union-attr]

    attendance = {row[0].rstrip(" *"): row for row in _table(document, "Part", "Plassar")}
    for side, (seats, present) in want["attendance"].items():  # type: ignore[union-attr]
        row = attendance[SIDES_NN[side]]
        assert (int(row[1]), int(row[2])) == (seats, present), side
        assert row[6] == f"{round(100 * present / seats)} %"
    marked = {row[0].rstrip(" *") for row in attendance.values() if row[0].endswith("*")}
    assert marked == {"Brukar", "Fastlege"}  # shown apart: marked, highlighted, with a note
    assert "* Brukarrepresentantar og fastlegar" in text

    groups = {row[0]: int(row[1]) for row in _table(document, "Prioritert gruppe")}
    assert groups == {**{GROUPS_NN[g]: want["groups"].get(g, 0) for g in GROUPS_NN}, "Inga prioritert gruppe": want["untagged"]}  # type: ignore[union-attr]
    assert f"{want['cases']} saker vart handsama" in text

    types = {row[0]: int(row[1]) for row in _table(document, "Sakstype")}
    assert types == {"Vedtakssak": want["types"].get("decision", 0), "Drøftingssak": want["types"].get("discussion", 0),  # type: ignore[union-attr]
                     "Orienteringssak": want["types"].get("information", 0)}  # type: ignore[union-attr]  # fmt: skip

    kinds = {row[0]: int(row[1]) for row in _table(document, "Konklusjon")}
    assert kinds == {KINDS_NN[k]: want["kinds"].get(k, 0) for k in KINDS_NN}  # type: ignore[union-attr]
    consensus = want["kinds"].get("consensus", 0) + want["kinds"].get("consensus_with_protocol", 0)  # type: ignore[union-attr]
    decided = consensus + want["kinds"].get("vote", 0) + want["kinds"].get("no_consensus", 0)  # type: ignore[union-attr]
    assert f"{consensus} av {decided} avgjorde saker ({round(100 * consensus / decided)} %)" in text

    several = _table(document, "Sak", "Handsamingar")
    assert {row[0] for row in several} == _multi_body_titles(demo_copy) and title in _multi_body_titles(demo_copy)
    linked = next(row for row in several if row[0] == title)
    assert all(body in linked[1] for body in bodies)

    follow = _table(document, "Organ", "Utført")
    assert tuple(int(x) for x in follow[-1][1:]) == want["follow_ups"]

    pictures = document.inline_shapes
    assert len(pictures) == 3  # attendance over the year, priority groups, conclusions
    images = [p for p in document.part.package.parts if p.partname.endswith(".png")]
    assert len(images) >= 3 and all(img.blob[:8] == b"\x89PNG\r\n\x1a\n" for img in images)


def test_the_report_follows_the_helsefellesskaps_written_standard(demo_copy, tmp_path):
    with sqlite3.connect(demo_copy) as con:
        con.execute("INSERT OR REPLACE INTO settings (key, text_value) VALUES ('partnership_language', 'nb')")
    out = tmp_path / "aarsmelding.docx"
    assert main(["export", "year", "--db", str(demo_copy), "--year", str(YEAR), "--out", str(out)]) == 0
    document = docx.Document(str(out))
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]
    assert headings[:6] == ["Møter", "Oppmøte", "Saker", "Konklusjoner", "Saker i flere organer", "Oppfølging"]
    assert _table(document, "Prioritert gruppe")[1][0] == "Personer med alvorlige psykiske lidelser og rusproblemer"
    xlsx = tmp_path / "aarsmelding.xlsx"
    assert main(["export", "year", "--db", str(demo_copy), "--year", str(YEAR), "--out", str(xlsx)]) == 0
    assert "Konklusjoner" in openpyxl.load_workbook(xlsx).sheetnames


def test_one_bodys_report_counts_only_that_body(demo_copy, tmp_path):
    body_id, name = _sql(demo_copy, "SELECT id, name FROM bodies WHERE short_name = 'SSU'")[0]
    want = _sql(
        demo_copy, f"SELECT count(*), sum(m.status IN {HELD}) FROM meetings m WHERE m.body_id = ? AND {IN_YEAR}", body_id
    )[0]
    out = tmp_path / "ssu.docx"
    assert main(["export", "year", "--db", str(demo_copy), "--year", str(YEAR), "--body", str(body_id), "--out", str(out)]) == 0
    rows = _table(docx.Document(str(out)), "Organ", "I møteplanen")
    assert [(r[0], int(r[1]), int(r[2])) for r in rows] == [(name, *want)]


# --- the workbook ----------------------------------------------------------------------------------


def _chart_refs(path: Path) -> list[tuple[str, list[str]]]:
    """Each chart's title and its series' value ranges, read from the package's XML."""
    out = []
    with zipfile.ZipFile(path) as z:
        for name in sorted(n for n in z.namelist() if re.fullmatch(r"xl/charts/chart\d+\.xml", n)):
            xml = z.read(name).decode()
            title = "".join(re.findall(r"<a:t>([^<]*)</a:t>", xml.split("</c:title>")[0]))
            values = re.findall(r"<c:val><c:numRef><c:f>([^<]*)</c:f>", xml)
            out.append((title, values))
    return out


def _cells(wb: openpyxl.Workbook, ref: str) -> list[object]:
    sheet, cells = ref.rsplit("!", 1)
    ws = wb[sheet.strip("'").replace("''", "'")]
    return [row[0].value for row in ws[cells.replace("$", "")]]


def test_the_workbook_counts_what_the_database_holds_with_native_charts_on_the_tables(demo_copy, tmp_path):
    _link_across_bodies(demo_copy)
    want = _expected(demo_copy)
    out = tmp_path / "årsmelding.xlsx"
    assert main(["export", "year", "--db", str(demo_copy), "--year", str(YEAR), "--out", str(out)]) == 0
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == ["Oversikt", "Oppmøte", "Oppmøte per møte", "Prioriterte grupper", "Sakstypar",
                             "Konklusjonar", "Saker i fleire organ", "Oppfølging"]  # fmt: skip

    def table(sheet: str) -> list[list[object]]:
        ws = wb[sheet]
        rows = [list(r) for r in ws.iter_rows(values_only=True)]
        start = next(i for i, r in enumerate(rows) if r[0] in ("Organ", "Prioritert gruppe", "Konklusjon", "Møte", "Sak", "Sakstype"))
        return rows[start:]

    overview = {r[0]: r for r in table("Oversikt")[1:] if r[0]}
    for name, (planned, held, cancelled) in want["meetings"].items():  # type: ignore[union-attr]
        assert tuple(overview[name][1:4]) == (planned, held, cancelled)
    assert overview["Totalt"][5] == want["cases"]

    groups = {r[0]: r[1] for r in table("Prioriterte grupper")[1:]}
    for g, label in GROUPS_NN.items():
        assert groups[label] == want["groups"].get(g, 0)  # type: ignore[union-attr]
    assert groups["Inga prioritert gruppe"] == want["untagged"]
    kinds = {r[0]: r[1] for r in table("Konklusjonar")[1:]}
    assert all(kinds[KINDS_NN[k]] == want["kinds"].get(k, 0) for k in KINDS_NN)  # type: ignore[union-attr]
    partnership = [r for r in table("Oppmøte")[1:] if r[0] == "Helsefellesskapet i Bergensområdet"]
    for side, (seats, present) in want["attendance"].items():  # type: ignore[union-attr]
        row = next(r for r in partnership if r[1] == SIDES_NN[side])
        assert tuple(row[2:4]) == (seats, present)
    # the header and the linked cases (the demo's topics in several bodies, and the one linked here)
    assert len(table("Saker i fleire organ")) == 1 + len(_multi_body_titles(demo_copy))
    follow = table("Oppfølging")
    assert tuple(follow[-1][1:4]) == want["follow_ups"]

    # Native charts, each reading the table beside it (openpyxl does not load charts: the XML).
    charts = dict(_chart_refs(out))
    assert set(charts) == {"Møte per organ", "Oppmøte per part gjennom året", "Saker per prioritert gruppe",
                           "Sakstypar", "Konklusjonar etter type", "Oppfølging"}  # fmt: skip
    assert _cells(wb, charts["Saker per prioritert gruppe"][0]) == [
        *(want["groups"].get(g, 0) for g in GROUPS_NN), want["untagged"]  # type: ignore[union-attr]
    ]
    assert _cells(wb, charts["Konklusjonar etter type"][0]) == [want["kinds"].get(k, 0) for k in KINDS_NN]  # type: ignore[union-attr]
    held = [r for r in table("Oppmøte per møte")[1:]]
    assert len(held) == sum(c[1] for c in want["meetings"].values())  # type: ignore[union-attr]
    assert all(len(_cells(wb, ref)) == len(held) for ref in charts["Oppmøte per part gjennom året"])
    body_count = len(want["meetings"])  # type: ignore[arg-type]
    assert [_cells(wb, ref) for ref in charts["Møte per organ"]] == [
        [overview[r[0]][2] for r in table("Oversikt")[1 : body_count + 1]],
        [overview[r[0]][3] for r in table("Oversikt")[1 : body_count + 1]],
    ]


# --- the command line's bad input ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("argv", "expect"),
    [
        (["--year", "2031", "--out", "{tmp}/a.docx"], "ingen møter i 2031"),
        (["--year", "2026", "--out", "{tmp}/a.odt"], "Word (.docx) eller Excel (.xlsx)"),
        (["--year", "2026", "--out", "{tmp}/nope/a.docx"], "finnes ikke"),
        (["--year", "2026", "--body", "999", "--out", "{tmp}/a.docx"], "999"),
        (["--year", "tjue", "--out", "{tmp}/a.docx"], "--year"),
    ],
)
def test_bad_input_is_exit_2_with_one_line(demo_file, tmp_path, capsys, argv, expect):
    args = [a.replace("{tmp}", str(tmp_path)) for a in argv]
    try:
        code = main(["export", "year", "--db", str(demo_file), *args])
    except SystemExit as exc:  # argparse's own refusal
        code = exc.code
    assert code == 2
    err = capsys.readouterr().err
    assert expect in err and len(err.strip().splitlines()) == 1
    assert not list(tmp_path.glob("a.*"))


# --- follow-ups and attendance per person ---------------------------------------------------------


@pytest.mark.parametrize("status", [None, "open", "done", "overdue"])
def test_the_follow_up_list_exports_filtered_as_on_screen(demo_file, tmp_path, status):
    rows = _sql(demo_file, "SELECT status, due_on, what FROM follow_ups")
    keep = {
        None: lambda s, d: True,
        "open": lambda s, d: s != "done",
        "done": lambda s, d: s == "done",
        "overdue": lambda s, d: s != "done" and d is not None and d < TODAY.isoformat(),
    }[status]
    want = sorted(what for s, d, what in rows if keep(s, d))
    out = tmp_path / "oppfølging.xlsx"
    assert main(["export", "follow-ups", "--db", str(demo_file), *(["--status", status] if status else []), "--out", str(out)]) == 0
    ws = openpyxl.load_workbook(out).active
    table = [r for r in ws.iter_rows(values_only=True)]
    start = next(i for i, r in enumerate(table) if r[0] == "Kva")
    assert sorted(r[0] for r in table[start + 1 :] if r[0]) == want


def test_attendance_per_person_lists_the_meetings_each_attended_in_the_period(demo_file, tmp_path):
    rows = _sql(
        demo_file,
        "SELECT p.family_name || ', ' || p.given_name, date(m.starts_at) FROM attendances a "
        "JOIN meetings m ON m.id = a.meeting_id JOIN people p ON p.id = a.person_id "
        "LEFT JOIN memberships s ON s.id = a.membership_id LEFT JOIN organisations so ON so.id = s.organisation_id "
        "LEFT JOIN organisations po ON po.id = p.organisation_id "
        f"WHERE a.status = 'present' AND a.capacity != 'secretariat' AND m.status IN {HELD} "
        "AND coalesce(so.side, po.side, '') != 'secretariat' "
        "AND m.starts_at >= '2026-01-01' AND m.starts_at < '2026-07-01'",
    )
    want = Counter(name for name, _day in rows)
    out = tmp_path / "oppmøte.xlsx"
    assert main(["export", "attendance-person", "--db", str(demo_file), "--from", "2026-01-01", "--to", "2026-06-30", "--out", str(out)]) == 0
    wb = openpyxl.load_workbook(out)
    per_person = [r for r in wb["Per person"].iter_rows(values_only=True)]
    start = next(i for i, r in enumerate(per_person) if r[0] == "Namn")
    got = {r[0]: r[3] for r in per_person[start + 1 :] if r[0]}
    assert got == dict(want)
    meetings = [r for r in wb["Møte"].iter_rows(values_only=True)]
    start = next(i for i, r in enumerate(meetings) if r[0] == "Namn")
    assert Counter(r[0] for r in meetings[start + 1 :] if r[0]) == want  # one row per person and meeting
    assert Counter((r[0], r[1].date().isoformat()) for r in meetings[start + 1 :] if r[0]) == Counter(rows)
    assert main(["export", "attendance-person", "--db", str(demo_file), "--from", "2026-07-01", "--to", "2026-06-30", "--out", str(out)]) == 2


def test_matplotlib_is_not_loaded_when_the_app_starts():
    code = "import sys, hfdesk.ui.main_window, hfdesk.ui.app; print('matplotlib' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120, check=True)
    assert done.stdout.strip() == "False"
