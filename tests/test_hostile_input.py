"""Hostile input (issue 7, point 5): whatever a roster workbook holds, the import never
crashes (only HfdeskError subclasses escape, each one Norwegian line) and never imports
half. Adds to tests/test_import_roster.py, which covers the plausible-workbook fuzzing,
billion laughs, a highly compressed entry, a 1 GB declared entry, too many entries, not a
zip, an empty workbook and defusedxml's flag: here are damaged bytes, hand-written sheet
XML (every cell type, formulas with and without cached values, odd numbers and dates,
merged cells), huge cells, the Office formats people mistake for .xlsx, external entities,
UTF-16 entity bombs, a zip that lies about its sizes, and failures in the middle of the
import's writes. Issue 15's doors: forty sheets on one part, too many sheets, rows bounded
across sheets and hidden sheets are here; the other two have files of their own beside this
one, a Word template that fetches from outside or inflates too far in
tests/test_hostile_template.py and a crafted database schema (an added trigger, view or
index, a missing table or column) in tests/test_schema_check.py."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import openpyxl
import pytest
import sqlalchemy as sa
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from hfdesk.errors import DISK_FULL, BadFile, CannotWrite, HfdeskError, InvalidInput
from hfdesk.messages import render
from hfdesk.imports import import_roster, read_roster, safety
from hfdesk.models import Area, Membership, Organisation, Person, Side
from hfdesk.services import register

FUZZ = settings(max_examples=50, deadline=None,
                suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"


# --- helpers -------------------------------------------------------------------------------------


@pytest.fixture
def structure(db):
    with db.transaction() as s:
        register.create_body(s, "Strategisk samarbeidsutval", 2, short_name="SSU")
        voss = register.create_area(s, "Voss")
        register.create_organisation(s, "Voss herad", Side.MUNICIPAL, area_id=voss.id)
    return db


def counts(db) -> tuple[int, ...]:
    with db.session() as s:
        return tuple(s.scalar(sa.select(sa.func.count()).select_from(t)) for t in (Person, Membership, Organisation, Area))


GOOD_ROWS = [
    ["Navn", "Rolle", "Representerer", "Part", "E-post", "Periode fra"],
    ["Kari Vik", "Leder", "Voss herad", "Kommune", "kari@voss.no", "01.01.2024"],
    ["Ola Hope", "Medlem", "Helse Bergen HF", "Sykehus", "ola@hb.no", "01.01.2024"],
    ["Åse Hamre", "Medlem", "Brukarutvalet", "Bruker", "", "01.01.2024"],
]


def good_workbook(path: Path, rows: list[list] = GOOD_ROWS) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "SSU"
    for row in rows:
        ws.append(row)
    wb.save(path)
    return path


def entries(path: Path) -> dict[str, bytes]:
    with zipfile.ZipFile(path) as z:
        return {i.filename: z.read(i) for i in z.infolist()}


def write_zip(path: Path, parts: dict[str, bytes], compression: int = zipfile.ZIP_DEFLATED) -> Path:
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", compression) as z:
        for name, data in parts.items():
            z.writestr(name, data)
    path.write_bytes(buf.getvalue())
    return path


def read_and_import(db, path: Path) -> str:
    """The whole user path: read, then import in one transaction. What happened, in a word;
    anything but a known error propagates and fails the test."""
    before = counts(db)
    try:
        preview = read_roster(path)
    except HfdeskError as error:
        assert str(error) and "\n" not in str(error) and "Traceback" not in str(error)
        assert counts(db) == before
        return "refused"
    with db.transaction() as s:
        result = import_roster(s, preview)
    if result.errors:
        assert counts(db) == before
        assert all(e.message and "\n" not in e.message for e in result.errors)
        return "import refused"
    after = counts(db)
    assert after[0] == before[0] + result.people_added
    assert after[1] == before[1] + result.memberships_added
    return "imported"


# --- fuzzing ---------------------------------------------------------------------------------------


@pytest.fixture(scope="module")
def valid_bytes(tmp_path_factory) -> bytes:
    return good_workbook(tmp_path_factory.mktemp("x") / "god.xlsx").read_bytes()


@FUZZ
@given(
    flips=st.lists(st.tuples(st.floats(0, 1, exclude_max=True), st.integers(0, 255)), min_size=1, max_size=12),
    cut=st.one_of(st.none(), st.floats(0, 1)),
)
def test_damaged_bytes_are_refused_with_one_line_and_import_nothing(structure, tmp_path, valid_bytes, flips, cut):
    data = bytearray(valid_bytes)
    for where, value in flips:
        data[int(where * len(data))] = value
    if cut is not None:
        data = data[: int(cut * len(data))]
    path = tmp_path / "skadet.xlsx"
    path.write_bytes(bytes(data))
    read_and_import(structure, path)


_TYPES = st.sampled_from([None, "s", "str", "inlineStr", "n", "b", "e", "d", "x"])
_VALUES = st.one_of(
    st.sampled_from(["0", "1", "-1", "1e400", "-1e400", "NaN", "inf", "99999999999999999999", "45000", "2958466",
                     "-5", "0.5", "2024-13-45T99:99:99", "1900-01-01", "#N/A", "Kari Vik", "=1+1", "+47 12345678",
                     "-", "@SUM(A1)", "Medlem", "kari@voss.no", "01.01.2024", ""]),
    st.text(alphabet=st.characters(blacklist_categories=("Cs",), blacklist_characters="<>&\x00"), max_size=40),
)
_FORMULAS = st.sampled_from(["", "SUM(1,2)", "A1&amp;B1", "HYPERLINK(&quot;http://x&quot;,&quot;Kari&quot;)",
                             "1/0", "INDIRECT(&quot;A1&quot;)", "WEBSERVICE(&quot;http://x&quot;)"])


@st.composite
def sheet_xml(draw) -> bytes:
    header = ["Navn", "Rolle", "E-post", "Periode fra", "Telefon"]
    cells = "".join(f'<c r="{chr(65 + i)}1" t="inlineStr"><is><t>{h}</t></is></c>' for i, h in enumerate(header))
    rows = [f'<row r="1">{cells}</row>']
    numbers = draw(st.lists(st.integers(2, 12000), min_size=0, max_size=8))
    for r in numbers:  # out of order, repeated, past the row limit: all allowed to appear
        out = []
        for col in range(draw(st.integers(1, 7))):
            t, v, f = draw(_TYPES), draw(_VALUES), draw(_FORMULAS)
            style = draw(st.sampled_from(["", ' s="0"', ' s="1"', ' s="42"']))
            attr = f' t="{t}"' if t else ""
            formula = f"<f>{f}</f>" if f else ""
            body = f"<is><t>{v}</t></is>" if t == "inlineStr" else f"<v>{v}</v>" if draw(st.booleans()) else ""
            out.append(f'<c r="{chr(65 + col)}{r}"{attr}{style}>{formula}{body}</c>')
        rows.append(f'<row r="{r}">{"".join(out)}</row>')
    merges = draw(st.lists(st.sampled_from(["A1:B1", "A2:A4", "C3:E9", "A1:XFD1048576", "B2:A1", "ZZZZ1:A2"]),
                           max_size=2))
    merge_xml = f'<mergeCells count="{len(merges)}">' + "".join(f'<mergeCell ref="{m}"/>' for m in merges) + \
        "</mergeCells>" if merges else ""
    return (f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="{NS}"><sheetData>'
            + "".join(rows) + f"</sheetData>{merge_xml}</worksheet>").encode()


_DATE_STYLE = b'<xf numFmtId="14" fontId="0" fillId="0" borderId="0" applyNumberFormat="1" xfId="0"/>'


@FUZZ
@given(xml=sheet_xml(), date_style=st.booleans(), shared=st.booleans())
def test_any_cell_xml_gives_a_known_error_or_a_clean_import(structure, tmp_path, valid_bytes, xml, date_style, shared):
    parts = entries(good_workbook(tmp_path / "base.xlsx"))
    parts["xl/worksheets/sheet1.xml"] = xml
    if date_style:  # style 1 is a date format, so numbers in s="1" cells are read as dates
        styles = parts["xl/styles.xml"]
        start = styles.find(b"<cellXfs")
        end = styles.find(b"</cellXfs>")
        if start != -1 and end != -1:
            parts["xl/styles.xml"] = styles[:end] + _DATE_STYLE + styles[end:]
    if shared:  # a shared-string table the cells' indexes may or may not fit
        parts["xl/sharedStrings.xml"] = (f'<?xml version="1.0"?><sst xmlns="{NS}" count="1" uniqueCount="1">'
                                         "<si><t>Kari Vik</t></si></sst>").encode()
    read_and_import(structure, write_zip(tmp_path / "fuzz.xlsx", parts))


@FUZZ
@given(
    fail_at=st.integers(min_value=1, max_value=12),
    known=st.booleans(),
    where=st.sampled_from(["create_person", "add_membership", "create_organisation"]),
)
def test_a_failure_in_the_middle_of_the_writes_imports_nothing(structure, tmp_path, fail_at, known, where):
    """The import writes inside a savepoint: whatever fails half-way, nothing stays."""
    rows = GOOD_ROWS + [[f"Person {i} Nesse", "Medlem", f"Ny org {i % 3}", "Kommune", "", "01.01.2024"] for i in range(8)]
    preview = read_roster(good_workbook(tmp_path / "liste.xlsx", rows))
    before = counts(structure)
    original = getattr(register, where)
    calls = {"n": 0}

    def failing(*args, **kwargs):
        calls["n"] += 1
        if calls["n"] == fail_at:
            raise InvalidInput("Noe gikk galt midt i.") if known else OSError(28, "No space left on device")
        return original(*args, **kwargs)

    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(register, where, failing)
        try:
            with structure.transaction() as s:
                result = import_roster(s, preview)
        except CannotWrite as error:  # the full disk, as the one line every full disk gets
            assert not known and str(error) == render(DISK_FULL)
            result = None
    if calls["n"] >= fail_at:
        assert counts(structure) == before
        if known:
            assert result is not None and result.errors and result.memberships_added == 0
    else:  # fewer writes than fail_at: the import went through
        assert result is not None and not result.errors


# --- formulas and big cells ---------------------------------------------------------------------


def _sheet(rows: str) -> bytes:
    head = "".join(f'<c r="{c}1" t="inlineStr"><is><t>{h}</t></is></c>' for c, h in zip("ABC", ["Navn", "Rolle", "E-post"]))
    return (f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{NS}"><sheetData><row r="1">{head}</row>'
            f"{rows}</sheetData></worksheet>").encode()


def test_a_formula_is_never_evaluated_its_cached_value_is_read(structure, tmp_path):
    """A formula's text never reaches the register: the value Excel last showed is read, and
    a formula without one is a row error ("Navn mangler"), not an import of '=...'."""
    parts = entries(good_workbook(tmp_path / "base.xlsx"))
    parts["xl/worksheets/sheet1.xml"] = _sheet(
        '<row r="2"><c r="A2" t="str"><f>CONCATENATE("Kari"," Vik")</f><v>Kari Vik</v></c>'
        '<c r="B2" t="inlineStr"><is><t>Medlem</t></is></c></row>'
        '<row r="3"><c r="A3"><f>WEBSERVICE("http://eksempel.no/x")</f></c>'
        '<c r="B3" t="inlineStr"><is><t>Medlem</t></is></c></row>')
    path = write_zip(tmp_path / "formler.xlsx", parts)
    preview = read_roster(path)
    assert [(r.name, r.errors) for r in preview.rows] == [("Kari Vik", []), ("", ["Navn mangler."])]
    assert read_and_import(structure, path) == "import refused"


def test_huge_cells_wide_rows_and_too_many_rows(structure, tmp_path, workbook_reads):
    big = "Æ" * 32_767  # Excel's limit for one cell
    path = good_workbook(tmp_path / "stor.xlsx", [["Navn", "Rolle"] + [f"Kolonne {i}" for i in range(200)],
                                                   [big, "Medlem"] + ["x" * 1000] * 200])
    declared = workbook_reads.declared(path)
    preview = read_roster(path)
    # the declaration scan and the parse read each part about twice (openpyxl peeks at a sheet's
    # start); never once per row or per cell, and the workbook is parsed once
    assert workbook_reads.inflated <= 3 * declared and workbook_reads.parsed == 1
    [row] = preview.rows
    assert any("for lang" in e for e in row.errors)
    assert read_and_import(structure, path) == "import refused"

    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet("SSU")
    ws.append(["Navn", "Rolle"])
    for i in range(10_001):
        ws.append([f"Person {i}", "Medlem"])
    many = tmp_path / "mange.xlsx"
    wb.save(many)
    with pytest.raises(BadFile, match="for mange rader"):
        read_roster(many)


# --- files that are not .xlsx workbooks ------------------------------------------------------------


OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("gammel.xls", OLE_MAGIC + b"\x00" * 4000 + "Workbook".encode("utf-16-le"), "eldre Excel-format (.xls)"),
        ("passord.xlsx", OLE_MAGIC + b"\x00" * 2000 + "EncryptedPackage".encode("utf-16-le") + b"\x00" * 100,
         "passordbeskyttet"),
        ("rapport.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj <<>> endobj\n", "er ikke en Excel-arbeidsbok"),
        ("tom.xlsx", b"", "er ikke en Excel-arbeidsbok"),
        ("liste.csv", b"Navn;E-post\x00\x01\x02\x00binary", "er ikke en CSV-fil"),  # a CSV is read (issue 18)
        ("omdøpt.csv", b"%PDF-1.7\n\x00\x00", "er ikke en CSV-fil"),
        ("arbeidsbok.csv", b"PK\x03\x04" + b"\x00" * 40, "er ikke en Excel-arbeidsbok"),  # a renamed .xlsx
        ("bilde.png", b"\x89PNG\r\n\x1a\n" + b"\x00" * 100, "er ikke en Excel-arbeidsbok"),
    ],
)
def test_other_formats_are_refused_with_a_line_that_says_what_to_do(structure, tmp_path, name, content, message):
    path = tmp_path / name
    path.write_bytes(content)
    before = counts(structure)
    with pytest.raises(BadFile) as info:
        read_roster(path)
    assert message in str(info.value) and name in str(info.value) and "\n" not in str(info.value)
    assert counts(structure) == before


def test_an_xlsb_and_an_ods_are_named_for_what_they_are(tmp_path):
    xlsb = write_zip(tmp_path / "binær.xlsb", {"[Content_Types].xml": b"<Types/>", "xl/workbook.bin": b"\x00\x01"})
    with pytest.raises(BadFile, match=r"binær Excel-arbeidsbok \(\.xlsb\)"):
        read_roster(xlsb)
    ods = write_zip(tmp_path / "liste.ods", {"mimetype": b"application/vnd.oasis.opendocument.spreadsheet",
                                             "content.xml": b"<office:document-content/>"}, zipfile.ZIP_STORED)
    with pytest.raises(BadFile, match=r"OpenDocument-regneark \(\.ods\)"):
        read_roster(ods)


def test_a_zip_with_an_encrypted_entry_is_refused_as_password_protected(tmp_path):
    path = good_workbook(tmp_path / "kryptert.xlsx")
    data = bytearray(path.read_bytes())
    for signature, flag_at in ((b"PK\x03\x04", 6), (b"PK\x01\x02", 8)):  # set bit 0 of every entry's flags
        pos = data.find(signature)
        while pos != -1:
            data[pos + flag_at] |= 0x01
            pos = data.find(signature, pos + 4)
    path.write_bytes(bytes(data))
    with pytest.raises(BadFile, match="passordbeskyttet"):
        read_roster(path)


def test_a_folder_named_like_a_workbook(tmp_path):
    (tmp_path / "mappe.xlsx").mkdir()
    with pytest.raises(BadFile, match="Finner ikke filen «mappe.xlsx»"):
        read_roster(tmp_path / "mappe.xlsx")


# --- XML attacks -------------------------------------------------------------------------------


XXE = f"""<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM "file:///etc/passwd">]>
<worksheet xmlns="{NS}"><sheetData>
<row r="1"><c r="A1" t="inlineStr"><is><t>Navn</t></is></c></row>
<row r="2"><c r="A2" t="inlineStr"><is><t>&xxe;</t></is></c></row>
</sheetData></worksheet>""".encode()


def test_an_external_entity_is_refused_and_leaks_nothing(structure, tmp_path, monkeypatch):
    parts = entries(good_workbook(tmp_path / "base.xlsx"))
    parts["xl/worksheets/sheet1.xml"] = XXE
    path = write_zip(tmp_path / "xxe.xlsx", parts)
    with pytest.raises(BadFile) as first:
        read_roster(path)
    monkeypatch.setattr(safety, "_has_dtd", lambda archive, info: False)  # the second line alone
    with pytest.raises(BadFile) as second:
        read_roster(path)
    for error in (first.value, second.value):
        assert "billion laughs" in str(error) and "root:" not in str(error)
    assert counts(structure) == (0, 0, 1, 1)


def test_an_entity_bomb_in_utf16_is_found_before_parsing(tmp_path, workbook_reads):
    bomb = ('<?xml version="1.0" encoding="UTF-16"?><!DOCTYPE w [<!ENTITY a "aaaaaaaaaa">'
            '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'
            f'<worksheet xmlns="{NS}"><sheetData/></worksheet>').encode("utf-16")
    parts = entries(good_workbook(tmp_path / "base.xlsx"))
    parts["xl/worksheets/sheet1.xml"] = bomb
    with pytest.raises(BadFile, match="billion laughs"):
        read_roster(write_zip(tmp_path / "utf16.xlsx", parts))
    assert workbook_reads.parsed == 0  # found by the scan, before any parser


def test_a_zip_that_declares_a_small_entry_but_inflates_a_big_one(tmp_path, workbook_reads):
    """Python's zipfile stops at the declared size (and the CRC fails): nothing big is ever inflated."""
    path = good_workbook(tmp_path / "lyver.xlsx")
    parts = entries(path)
    real = (f'<?xml version="1.0"?><worksheet xmlns="{NS}"><sheetData>'.encode()
            + b"<row>" + b" " * (20 * 1024 * 1024) + b"</row></sheetData></worksheet>")
    parts["xl/worksheets/sheet1.xml"] = real
    write_zip(path, parts)
    data = bytearray(path.read_bytes())
    name = b"xl/worksheets/sheet1.xml"
    for signature, size_at, name_len_at, name_at in ((b"PK\x03\x04", 22, 26, 30), (b"PK\x01\x02", 24, 28, 46)):
        pos = data.find(signature)
        while pos != -1:
            n = int.from_bytes(data[pos + name_len_at : pos + name_len_at + 2], "little")
            if bytes(data[pos + name_at : pos + name_at + n]) == name:
                data[pos + size_at : pos + size_at + 4] = (2000).to_bytes(4, "little")
            pos = data.find(signature, pos + 4)
    path.write_bytes(bytes(data))
    with pytest.raises(BadFile):
        read_roster(path)
    assert workbook_reads.inflated < 1024 * 1024  # never the 20 MB the entry really holds


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="open files are listed in /proc on Linux only")
@pytest.mark.parametrize("where", ["sheet size", "workbook part", "row"])
def test_a_refused_workbook_is_not_left_open(tmp_path, where):
    """On Windows an open handle would keep the user's file locked while the message shows."""
    parts = entries(good_workbook(tmp_path / "base.xlsx"))
    if where == "sheet size":
        parts["xl/worksheets/sheet1.xml"] = f'<worksheet xmlns="{NS}"><sheetData><row r="1"><c \x01/>'.encode()
    elif where == "workbook part":
        parts["xl/styles.xml"] = parts["xl/styles.xml"][:-20]
    else:
        parts["xl/worksheets/sheet1.xml"] = _sheet('<row r="2"><c r="A2" t="n"><v>ikke et tall</v></c></row>')
    path = write_zip(tmp_path / "åpen.xlsx", parts)
    with pytest.raises(BadFile, match="skadet"):
        read_roster(path)
    still_open = []
    for fd in os.listdir("/proc/self/fd"):
        try:
            if os.readlink(f"/proc/self/fd/{fd}") == str(path):
                still_open.append(fd)
        except OSError:
            pass
    assert still_open == []


def test_defusedxml_is_installed_and_active_in_a_fresh_interpreter(tmp_path):
    """openpyxl decides at import whether to parse through defusedxml, and an environment
    variable can switch it off: hfdesk then refuses to read any workbook."""
    path = good_workbook(tmp_path / "ok.xlsx")
    code = (
        "import sys, openpyxl\n"
        "from hfdesk.imports import read_roster\n"
        "from hfdesk.errors import BadFile\n"
        "try:\n"
        "    read_roster(sys.argv[1]); outcome = 'read'\n"
        "except BadFile as e:\n"
        "    outcome = 'refused: ' + str(e)\n"
        "print(openpyxl.DEFUSEDXML, outcome)\n"
    )
    root = str(Path(__file__).resolve().parent.parent)
    env = {**os.environ, "PYTHONPATH": root}
    env.pop("OPENPYXL_DEFUSEDXML", None)
    normal = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True, env=env, cwd=root)
    assert normal.stdout.strip() == "True read", normal.stderr
    import defusedxml  # noqa: F401 - installed, as pyproject.toml requires

    off = subprocess.run([sys.executable, "-c", code, str(path)], capture_output=True, text=True,
                         env={**env, "OPENPYXL_DEFUSEDXML": "False"}, cwd=root)
    assert off.stdout.startswith("False refused: ") and "defusedxml" in off.stdout, off.stderr


# --- small files that make big work, and sheets Excel does not show (issue 7, points 5 and 7) -------


def one_part_many_sheets(path: Path, sheets: int = 40, rows: int = 10_000, *, one_relationship: bool = False) -> Path:
    """A workbook whose `sheets` sheets are all the one `rows`-row part: workbook.xml lists
    them all, and its relationships point each (or, with `one_relationship`, the one
    relationship they all name) at the same xl/worksheets/sheet1.xml."""
    wb = openpyxl.Workbook(write_only=True)
    ws = wb.create_sheet("SSU")
    ws.append(["Navn", "Rolle", "Representerer", "Part", "E-post"])
    for i in range(rows - 1):
        ws.append([f"Person {i} Nesse", "Medlem", "Voss herad", "Kommune", f"person{i}@voss.no"])
    wb.save(path)
    parts = entries(path)
    rel_ns = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    ids = ["rSheet"] * sheets if one_relationship else [f"rSheet{i}" for i in range(sheets)]
    rels = "".join(
        f'<Relationship Id="{rid}" Type="{rel_ns}/worksheet" Target="worksheets/sheet1.xml"/>' for rid in dict.fromkeys(ids)
    )
    parts["xl/_rels/workbook.xml.rels"] = (
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/'
        f'relationships">{rels}<Relationship Id="rStyles" Type="{rel_ns}/styles" Target="styles.xml"/></Relationships>'
    ).encode()
    listed = "".join(f'<sheet name="Ark {i + 1}" sheetId="{i + 1}" r:id="{rid}"/>' for i, rid in enumerate(ids))
    parts["xl/workbook.xml"] = (
        f'<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="{NS}" xmlns:r="{rel_ns}"><sheets>{listed}</sheets></workbook>'
    ).encode()
    return write_zip(path, parts)


@pytest.mark.parametrize("one_relationship", [False, True], ids=["forty relationships", "one relationship"])
def test_forty_sheets_pointing_at_one_part_are_refused_before_parsing(structure, tmp_path, workbook_reads,
                                                                      one_relationship):
    """The issue's file: 225 KB, 40 sheets, one 10,000-row part; it took 74 s and 657 MB to
    read the same part 40 times over. Excel never writes two sheets on one part: it is refused
    from the package's table of contents, before openpyxl parses anything."""
    path = one_part_many_sheets(tmp_path / "førti-ark.xlsx", one_relationship=one_relationship)
    assert 150_000 < path.stat().st_size < 300_000
    declared, built = workbook_reads.declared(path), workbook_reads.inflated
    with pytest.raises(BadFile) as refused:
        read_roster(path)
    assert str(refused.value) == (
        "Arbeidsboken «førti-ark.xlsx» er skadet eller laget for å lure programmet: flere ark viser til det "
        "samme innholdet i filen, noe Excel aldri lager."
    )
    assert workbook_reads.parsed == 0  # no workbook was opened by openpyxl, not even once
    assert workbook_reads.inflated - built <= 1.1 * declared  # the scan: every XML part read about once
    assert read_and_import(structure, path) == "refused"
    assert counts(structure) == (0, 0, 1, 1)


def test_too_many_sheets_are_refused_before_parsing(tmp_path, workbook_reads):
    wb = openpyxl.Workbook(write_only=True)
    for i in range(safety.MAX_SHEETS + 1):
        wb.create_sheet(f"Ark {i}").append(["Navn", "Rolle"])
    path = tmp_path / "mange-ark.xlsx"
    wb.save(path)
    with pytest.raises(BadFile, match=rf"«mange-ark.xlsx» har for mange ark \(mer enn {safety.MAX_SHEETS}\)"):
        read_roster(path)
    assert workbook_reads.parsed == 0


def test_rows_are_bounded_across_all_sheets_not_per_sheet(tmp_path, workbook_reads):
    """Two sheets of 6,000 rows each: each under the limit, together over it. Reading stops
    at the limit, in the second sheet, and says so."""
    from hfdesk.imports.roster import MAX_ROWS

    per_sheet = MAX_ROWS * 6 // 10
    wb = openpyxl.Workbook(write_only=True)
    for name in ("SSU", "PSM"):
        ws = wb.create_sheet(name)
        ws.append(["Navn", "Rolle"])
        for i in range(per_sheet - 1):
            ws.append([f"Person {i} {name}", "Medlem"])
    path = tmp_path / "to-ark.xlsx"
    wb.save(path)
    with pytest.raises(BadFile) as refused:
        read_roster(path)
    assert str(refused.value) == (
        "Arbeidsboken «to-ark.xlsx» har for mange rader (mer enn 10 000 til sammen i alle ark; grensen ble nådd "
        "i arket «PSM»). Del listen opp i flere arbeidsbøker."
    )
    assert workbook_reads.parsed == 1
    # the rows read before stopping, as the progress counts them: the first sheet and the start
    # of the second, never all 12,000
    seen: list[tuple[int, int]] = []
    with pytest.raises(BadFile):
        read_roster(path, progress=lambda done, total: seen.append((done, total)))
    assert seen and max(done for done, _ in seen) <= MAX_ROWS + 250

    # Under the limit in all, it is read: three sheets of 3,000 rows.
    wb = openpyxl.Workbook(write_only=True)
    for name in ("A", "B", "C"):
        ws = wb.create_sheet(name)
        ws.append(["Navn", "Rolle"])
        for i in range(2_999):
            ws.append([f"Person {i} {name}", "Medlem"])
    wb.save(tmp_path / "tre-ark.xlsx")
    assert len(read_roster(tmp_path / "tre-ark.xlsx").rows) == 3 * 2_999


def test_blank_rows_count_too_so_padded_sheets_cannot_stall_the_reading(tmp_path):
    """Sheets padded with blank rows (a few hundred kB of file) keep no row, but parsing them
    is work: the rows parsed across all sheets are bounded, blank ones included."""
    from hfdesk.imports.roster import MAX_ROWS, MAX_ROWS_PARSED

    wb = openpyxl.Workbook(write_only=True)
    for n in range(8):
        ws = wb.create_sheet(f"Ark {n}")
        ws.append(["Navn", "Rolle"])
        for _ in range(MAX_ROWS - 1):
            ws.append([" ", None])
    path = tmp_path / "polstra.xlsx"
    wb.save(path)
    seen: list[int] = []
    with pytest.raises(BadFile) as refused:
        read_roster(path, progress=lambda done, total: seen.append(done))
    assert "tomme rader medregnet" in str(refused.value)
    assert max(seen) <= MAX_ROWS_PARSED + 250  # stopped at the bound, not after all 80,000


def hidden_sheets_workbook(path: Path) -> Path:
    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "SSU"
    for row in GOOD_ROWS:
        ws.append(row)
    old = wb.create_sheet("Gammel liste")
    old.sheet_state = "hidden"
    for row in [GOOD_ROWS[0], ["Gunnar Skjult", "Medlem", "Voss herad", "Kommune", "gunnar@voss.no", "01.01.2020"]]:
        old.append(row)
    secret = wb.create_sheet("Makro")
    secret.sheet_state = "veryHidden"
    for row in [["Navn", "Rolle"], ["Vera Veldigskjult", "Medlem"]]:
        secret.append(row)
    wb.save(path)
    return path


def test_hidden_sheets_are_not_read_and_the_preview_says_so(structure, tmp_path):
    """A hidden or very hidden sheet, which Excel never shows the user, is not imported
    behind their back: it is left out, and the preview names it, one line per sheet."""
    path = hidden_sheets_workbook(tmp_path / "skjult.xlsx")
    preview = read_roster(path)
    assert [sheet.name for sheet in preview.sheets] == ["SSU"]
    assert preview.hidden == ["Gammel liste", "Makro"]
    assert [note.as_json() for note in preview.notes] == [
        {"sheet": "Gammel liste", "message": "Arket «Gammel liste» er skjult i Excel og er ikke lest inn."},
        {"sheet": "Makro", "message": "Arket «Makro» er skjult i Excel og er ikke lest inn."},
    ]
    assert "Gunnar Skjult" not in {row.name for row in preview.rows}
    assert read_and_import(structure, path) == "imported"
    with structure.session() as s:
        names = set(s.scalars(sa.select(Person.family_name)))
    assert names == {"Vik", "Hope", "Hamre"}  # nobody from the hidden sheets


def test_a_workbook_with_content_only_in_hidden_sheets_says_so(tmp_path):
    wb = openpyxl.Workbook()
    wb.active.title = "Tom"
    hidden = wb.create_sheet("SSU")
    hidden.sheet_state = "hidden"
    for row in GOOD_ROWS:
        hidden.append(row)
    wb.save(tmp_path / "bare-skjult.xlsx")
    with pytest.raises(BadFile) as refused:
        read_roster(tmp_path / "bare-skjult.xlsx")
    assert str(refused.value) == (
        "Arbeidsboken «bare-skjult.xlsx» har bare skjulte ark med innhold («SSU»). hfdesk leser ikke skjulte ark: "
        "vis arket i Excel (høyreklikk på en arkfane, Vis) og prøv igjen."
    )


def test_a_workbook_refused_as_damaged_leaves_its_traceback_in_the_bug_log(tmp_path, _private_data_dir):
    """The reading's catch-all says "damaged" of whatever openpyxl (or a bug of ours) raises: the
    traceback goes to the bug log as a warning, so support can tell a damaged file from a bug."""
    parts = entries(good_workbook(tmp_path / "base.xlsx"))
    parts["xl/worksheets/sheet1.xml"] = f'<?xml version="1.0"?><worksheet xmlns="{NS}"><sheetData><row'.encode()
    with pytest.raises(BadFile) as refused:
        read_roster(write_zip(tmp_path / "halv.xlsx", parts))
    assert refused.value.code == safety.MSG_DAMAGED and "Traceback" not in refused.value.render("nb")
    log = (_private_data_dir / "hfdesk-feil.log").read_text(encoding="utf-8")
    assert "WARNING" in log and "(read spreadsheet)" in log and "Traceback (most recent call last)" in log
