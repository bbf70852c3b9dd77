"""Norwegian alphabetical order everywhere people, organisations and bodies are listed (issue
17, point 13): Æ, Ø, Å after Z, "Aa" as Å, numbers by value. One key in the core
(hfdesk.sorting) is the rule; SQLite sorts with it (COLLATE NORWEGIAN), the services,
documents and the command line list in its order, and the screens' proxy compares its keys.
It agrees with Qt's Norwegian collator (ICU's CLDR rules for nb)."""

from __future__ import annotations

import functools
import itertools

import sqlalchemy as sa

from hfdesk.sorting import COLLATION, compare, norwegian_key, person_sort_key, sql_key

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
