"""Norwegian alphabetical order everywhere people, organisations and bodies are listed (issue
17, point 13): Æ, Ø, Å after Z, "Aa" as Å, numbers by value. One key in the core
(hfdesk.sorting) is the rule; SQLite sorts with it (COLLATE NORWEGIAN), the services,
documents and the command line list in its order, and the screens' proxy compares its keys.
It agrees with Qt's Norwegian collator (ICU's CLDR rules for nb)."""

from __future__ import annotations

import functools
import itertools
import shutil
from datetime import date
from pathlib import Path

import openpyxl
import pytest
import sqlalchemy as sa
from docx import Document

from hfdesk.__main__ import main
from hfdesk.db import open_database
from hfdesk.models import Role, Side
from hfdesk.services import queries, register
from hfdesk.sorting import COLLATION, compare, norwegian_key, person_sort_key, sql_key

ON = date.today()

# Hard names, in the order a Norwegian list has them (checked against ICU's nb collation,
# see test_the_screens_collator_agrees_with_the_core_key).
HARD_NAMES = [
    "Andersen",
    "Berg",
    "Berg-Hansen",
    "Bergan",
    "D'Angelo",
    "Dahl",
    "de Vries",  # spaces and punctuation count: "de " before "dea"
    "Eric",
    "Éric",  # é is e; the plain letter first
    "Erik",
    "Hauge",  # a before å ...
    "Håland",
    "Haaland",  # ... and "aa" is å inside a name too, after the å spelling
    "Mueller",
    "Müller",  # ü is y: "myller" after "mueller"
    "Sak 2",
    "Sak 10",  # numbers by value
    "Sæther",
    "Ueland",
    "van der Berg",  # sorted under v, as written
    "Vang",
    "Yvonne",
    "Zahl",
    "Ærlend",  # æ, ø, å after z
    "Ærø",
    "Ärø",  # ä is æ (after it when otherwise equal)
    "Ødegård",
    "Ødegaard",
    "Ödegaard",  # ö is ø
    "Ørsta",
    "Østby",
    "Øvretveit",
    "Aa",
    "Ådland",
    "Åkre",
    "Ålvik",
    "Aasen",  # Aasen is Åsen: after Ålvik
    "Åsland",
    "Aasland",
]


# --- the key ----------------------------------------------------------------------------------


def test_hard_names_sort_in_norwegian_order():
    shuffled = sorted(HARD_NAMES, key=lambda n: n[::-1])
    assert sorted(shuffled, key=norwegian_key) == HARD_NAMES


def test_case_does_not_decide_but_ties_are_broken_the_same_way_every_time():
    assert sorted(["øvretveit", "Zahl", "ÅDLAND", "aasen", "ZAHL"], key=norwegian_key) == [
        "ZAHL", "Zahl", "øvretveit", "ÅDLAND", "aasen",
    ]  # fmt: skip
    spellings = sorted(["Ådlanda", "ÅDLAND", "Ådkand", "aadland", "Ådland"], key=norwegian_key)
    assert spellings[0] == "Ådkand" and spellings[-1] == "Ådlanda"  # the three spellings of one name between
    assert norwegian_key("Zahl") != norwegian_key("ZAHL")  # different texts never compare equal
    assert compare("Å", "Aa") == -1 and compare("Aa", "Å") == 1 and compare("Ås", "Ås") == 0


def test_decomposed_text_sorts_as_composed():
    # A name pasted from a Mac or a PDF may carry "a" + combining ring instead of "å".
    assert norwegian_key("A\u030adland") == norwegian_key("Ådland")
    assert sorted(["A\u030adland", "Zahl", "O\u0308degaard"], key=norwegian_key) == [
        "Zahl", "O\u0308degaard", "A\u030adland",
    ]  # fmt: skip


def test_people_sort_by_family_name_then_given_name():
    people = [("Ådland", "Sigrid"), ("Øvretveit", "Vigdis"), ("Ådland", "Anne"), ("Zahl", "Åse"), ("Zahl", "Per")]
    assert sorted(people, key=lambda p: person_sort_key(*p)) == [
        ("Zahl", "Per"), ("Zahl", "Åse"), ("Øvretveit", "Vigdis"), ("Ådland", "Anne"), ("Ådland", "Sigrid"),
    ]  # fmt: skip


def test_the_screens_collator_agrees_with_the_core_key():
    """Qt's collator for Norwegian bokmål, case-insensitive and numeric, as the screens had it
    (ICU, CLDR's nb rules): wherever it tells two hard names apart, the core key puts them in
    the same order. Qt builds without ICU use the platform's collation instead; the screens
    do not depend on it any more (their proxy compares the core key)."""
    from PySide6.QtCore import QCollator, QLocale, Qt

    collator = QCollator(QLocale(QLocale.Language.NorwegianBokmal, QLocale.Country.Norway))
    collator.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    collator.setNumericMode(True)
    names = [*HARD_NAMES, "aasen", "ÆRØ", "Sak 02", "Núñez", "Nunez", "Čapek", "Capek", "Yv", "Üb", "O'Brien"]
    disagreements = [
        (a, b)
        for a, b in itertools.permutations(names, 2)
        if collator.compare(a, b) != 0 and (collator.compare(a, b) < 0) != (compare(a, b) < 0)
    ]
    assert disagreements == []
    assert sorted(HARD_NAMES, key=functools.cmp_to_key(collator.compare)) == HARD_NAMES


def test_the_screens_proxy_sorts_by_the_core_key(qapp):
    from PySide6.QtCore import Qt

    from hfdesk.ui.models import PeopleModel, SortProxy

    families = ["Øvretveit", "Aasen", "Zahl", "Ådland", "Haaland", "Håland", "Hauge", "van der Berg", "Ærø"]
    rows = [
        queries.PersonRow(i, f"Kari {family}", "", "", "", "", 0, f"{family} Kari")
        for i, family in enumerate(families, 1)
    ]
    model = PeopleModel()
    model.set_rows(rows)
    proxy = SortProxy()
    proxy.setSourceModel(model)
    proxy.sort(PeopleModel.COL_NAME, Qt.SortOrder.AscendingOrder)
    shown = [proxy.index(r, PeopleModel.COL_NAME).data() for r in range(proxy.rowCount())]
    assert shown == [
        "Kari Hauge", "Kari Håland", "Kari Haaland", "Kari van der Berg", "Kari Zahl",
        "Kari Ærø", "Kari Øvretveit", "Kari Ådland", "Kari Aasen",
    ]  # fmt: skip


# --- SQLite --------------------------------------------------------------------------------------


def test_sqlite_sorts_with_collate_norwegian_on_a_connection_hfdesk_opens(db):
    raw = db.engine.raw_connection()
    try:
        cursor = raw.cursor()
        cursor.execute("CREATE TEMP TABLE names (name TEXT)")
        cursor.executemany("INSERT INTO names VALUES (?)", [(n,) for n in reversed(HARD_NAMES)])
        cursor.execute(f"SELECT name FROM names ORDER BY name COLLATE {COLLATION}")
        assert [r[0] for r in cursor.fetchall()] == HARD_NAMES
        cursor.execute("SELECT name FROM names ORDER BY name")  # what SQLite does by itself: code points
        plain = [r[0] for r in cursor.fetchall()]
        assert plain.index("Aasen") < plain.index("Zahl") < plain.index("Ådland") < plain.index("Øvretveit")
        cursor.close()
    finally:
        raw.close()
    with db.session() as session:  # and through SQLAlchemy, in a session of its own
        names = sa.union_all(*(sa.select(sa.literal(n).label("name")) for n in HARD_NAMES[::-1])).subquery()
        name = names.c.name
        by_collation = session.scalars(sa.select(name).order_by(name.collate(COLLATION))).all()
        by_key = session.scalars(sa.select(name).order_by(sql_key(name))).all()  # what hfdesk's queries use
        with_null = session.scalars(sa.select(sql_key(sa.null()))).all()
    assert by_collation == by_key == HARD_NAMES
    assert with_null == [None]


# --- what a user sees ----------------------------------------------------------------------------

FAMILIES = ["Ådland", "Øvretveit", "Zahl", "Aasen", "Andersen", "Ærø", "Haaland", "Håland", "Müller", "Ødegård"]
IN_ORDER = ["Andersen", "Håland", "Haaland", "Müller", "Zahl", "Ærø", "Ødegård", "Øvretveit", "Ådland", "Aasen"]


@pytest.fixture
def register_db(db):
    """People with hard family names, members of one body, in an awkward order of creation."""
    with db.transaction() as session:
        org = register.create_organisation(session, "Østre Toten kommune", Side.MUNICIPAL)
        for name in ("Åsane bydel", "Zeta AS", "Aurland kommune", "Ølen kommune", "Aardal kommune", "Ærø AS"):
            register.create_organisation(session, name, Side.OTHER)
        body = register.create_body(session, "Testutval", 3, short_name="TU")
        for family in FAMILIES:
            person = register.create_person(session, "Kari", family, organisation_id=org.id)
            register.add_membership(session, body.id, person.id, Role.MEMBER, term_from=date(2026, 1, 1))
        db.body_id = body.id
    return db


def test_the_registers_people_list_comes_in_norwegian_order(register_db):
    with register_db.session() as session:
        people = queries.search_people(session)
        first_three = queries.search_people(session, limit=3)  # the database picks the first ones
        members = queries.body_members(session, register_db.body_id, ON)
    assert [p.name.removeprefix("Kari ") for p in people] == IN_ORDER
    assert [p.name.removeprefix("Kari ") for p in first_three] == IN_ORDER[:3]
    assert [m.name.removeprefix("Kari ") for m in members] == IN_ORDER


def test_organisations_come_in_norwegian_order(register_db):
    with register_db.session() as session:
        names = [o.name for o in queries.list_organisations(session)]
    assert names == [
        "Aurland kommune", "Zeta AS", "Ærø AS", "Ølen kommune", "Østre Toten kommune", "Aardal kommune", "Åsane bydel",
    ]  # fmt: skip


@pytest.fixture(scope="module")
def demo(demo_file: Path, tmp_path_factory: pytest.TempPathFactory):
    copy = tmp_path_factory.mktemp("sorting") / "demo.sqlite"
    shutil.copy(demo_file, copy)
    database = open_database(copy)
    yield database
    database.close()


def _assert_norwegian(names: list[str]) -> None:
    family = [n.split()[-1] for n in names]
    assert family == sorted(family, key=norwegian_key), family


def test_the_partnership_meetings_roster_lists_o_slash_before_a_ring_and_after_z(demo, tmp_path):
    """The demo's partnarskapsmøte has members Øvretveit and Ådland: code-point order put
    Ådland first; Norwegian order puts Ø after Z and Å after Ø. Exported from the command line."""
    out = tmp_path / "medlemsliste.xlsx"
    assert main(["export", "roster", "--db", str(demo.path), "--out", str(out)]) == 0
    workbook = openpyxl.load_workbook(out, read_only=True)
    rows = [r for r in workbook["PSM"].iter_rows(min_row=5, values_only=True) if r[0]]
    workbook.close()
    members = [name for name, role, *_ in rows if role == "Medlem"]
    assert members.index("Vigdis Øvretveit") < members.index("Sigrid Ådland")
    assert members.index("Kjell Vågenes") < members.index("Vigdis Øvretveit")
    for role in {r[1] for r in rows}:
        _assert_norwegian([name for name, r, *_ in rows if r == role])


def test_the_partnership_meetings_minutes_and_record_list_attendance_in_norwegian_order(demo, tmp_path):
    from hfdesk.exports.minutes import export_minutes
    from hfdesk.services.meeting_record import load_meeting_record

    with demo.session() as session:
        meeting = next(m for m in queries.list_meetings(session, body_id=1) if m.item_count)
        record = load_meeting_record(session, meeting.id)
        export_minutes(session, meeting.id, tmp_path / "referat.docx")
    members = [a.person.full_name for a in record.attendance if a.capacity.value == "member"]
    _assert_norwegian(members)
    assert members.index("Vigdis Øvretveit") < members.index("Sigrid Ådland")

    document = Document(str(tmp_path / "referat.docx"))
    text = "\n".join(
        [p.text for p in document.paragraphs]
        + [c.text for t in document.tables for row in t.rows for c in row.cells]
    )
    assert 0 <= text.find("Vigdis Øvretveit") < text.find("Sigrid Ådland")


def test_the_attendance_workbook_lists_people_in_norwegian_order(demo, tmp_path):
    from hfdesk.exports.attendance import export_attendance

    out = tmp_path / "oppmote.xlsx"
    with demo.session() as session:
        export_attendance(session, 2026, out, body_id=1)
    workbook = openpyxl.load_workbook(out, read_only=True)
    names = [str(r[0]) for r in workbook["PSM"].iter_rows(values_only=True) if r and r[0]]
    workbook.close()
    assert names.index("Vigdis Øvretveit") < names.index("Sigrid Ådland")
