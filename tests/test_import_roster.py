"""Roster from Excel (issue 3, points 5 and 6): reading, normalising, importing all or
nothing, refusing hostile files, and the round trip through the exporter."""

from __future__ import annotations

import io
import struct
import zipfile
from datetime import date, datetime
from pathlib import Path
from typing import Any

import openpyxl
import pytest
import sqlalchemy as sa
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st

from hfdesk.errors import BadFile, HfdeskError
from hfdesk.imports import FIELDS, import_roster, read_roster, safety
from hfdesk.imports.roster import format_phone, parse_date, split_name
from hfdesk.models import Area, Body, Membership, Organisation, Person, Rights, Role, Side
from hfdesk.services import register

HEADERS = ["Navn", "Rolle", "Rettigheter", "Representerer", "Part", "Område", "E-post", "Telefon",
           "Periode fra", "Periode til", "Vara for"]


# --- helpers ------------------------------------------------------------------------


def write_xlsx(path: Path, sheets: dict[str, list[list[Any]]], merges: dict[str, list[str]] | None = None) -> Path:
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for name, rows in sheets.items():
        ws = wb.create_sheet(name)
        for row in rows:
            ws.append(row)
        for rng in (merges or {}).get(name, []):
            ws.merge_cells(rng)
    wb.save(path)
    return path


def counts(db) -> tuple[int, int, int, int]:
    with db.session() as s:
        return tuple(  # type: ignore[return-value]
            s.scalar(sa.select(sa.func.count()).select_from(t)) for t in (Person, Membership, Organisation, Area)
        )


@pytest.fixture
def structure(db):
    """Two bodies and two organisations, no people."""
    with db.transaction() as s:
        psm = register.create_body(s, "Partnarskapsmøte", 1, short_name="PSM")
        register.create_body(s, "Strategisk samarbeidsutval", 2, short_name="SSU", parent_id=psm.id)
        voss = register.create_area(s, "Voss")
        register.create_organisation(s, "Voss herad", Side.MUNICIPAL, short_name="Voss", area_id=voss.id)
        register.create_organisation(s, "Helse Bergen HF", Side.HOSPITAL, short_name="Helse Bergen")
    return db


def body_id(db, short: str) -> int:
    with db.session() as s:
        return s.scalar(sa.select(Body.id).where(Body.short_name == short))


def memberships(db) -> list[tuple]:
    with db.session() as s:
        rows = s.scalars(sa.select(Membership).order_by(Membership.id))
        return [
            (
                m.body.short_name, m.person.full_name, m.person.email, m.role, m.rights,
                m.organisation.name if m.organisation else None, m.term_from, m.term_to,
                m.deputy_for.person.full_name if m.deputy_for else None,
            )
            for m in rows
        ]


def do_import(db, path_or_preview, **kwargs):
    preview = read_roster(path_or_preview) if isinstance(path_or_preview, Path) else path_or_preview
    with db.transaction() as s:
        return import_roster(s, preview, **kwargs)


SSU_ROWS = [
    ["Kari Vik", "Leder", "Stemmerett", "Voss herad", "Kommune", "Voss", "kari.vik@voss.no", "12345678",
     date(2024, 1, 1), date(2027, 12, 31), None],
    ["Ola Hope", "Medlem", None, "Helse Bergen HF", "Sykehus", None, "ola.hope@helse-bergen.no", None,
     date(2024, 1, 1), None, None],
    ["Nils Tveit", "Varamedlem", None, "Helse Bergen HF", "Sykehus", None, "nils.tveit@helse-bergen.no", None,
     date(2024, 1, 1), None, "Ola Hope"],
]


# --- finding the header -------------------------------------------------------------


def test_header_found_below_title_rows_and_merged_cells(structure, tmp_path):
    path = write_xlsx(
        tmp_path / "liste.xlsx",
        {"SSU": [["Strategisk samarbeidsutval"], [], ["Medlemmer per 1. mars 2025"], HEADERS, *SSU_ROWS]},
        merges={"SSU": ["A1:K1", "A3:K3"]},
    )
    preview = read_roster(path)
    [sheet] = preview.sheets
    assert sheet.header_row == 4
    assert sheet.unknown_columns == {}
    assert [r.row for r in sheet.rows] == [5, 6, 7]
    assert preview.errors == []

    result = do_import(structure, preview)
    assert result.as_json() == {"people_added": 3, "people_matched": 0, "memberships_added": 3, "errors": []}
    got = memberships(structure)
    assert got[0] == ("SSU", "Kari Vik", "kari.vik@voss.no", Role.LEADER, Rights.VOTE, "Voss herad",
                      date(2024, 1, 1), date(2027, 12, 31), None)
    assert got[2][3:] == (Role.DEPUTY, Rights.VOTE, "Helse Bergen HF", date(2024, 1, 1), None, "Ola Hope")


def test_nynorsk_headers_and_words(structure, tmp_path):
    path = write_xlsx(tmp_path / "nn.xlsx", {"Strategisk samarbeidsutval": [
        ["Namn", "Funksjon", "Rettar", "Verksemd", "Side", "Område", "Epost", "Tlf", "Periode frå", "Til", "Vara for"],
        ["Sigrid Hauge", "Leiar", "Røysterett", "Brukarutvalet i Helse Bergen", "Brukar", "", "sigrid@bu.no",
         "+47 98765432", "01.01.2024", "31.12.2027", ""],
        ["Leiv Eide", "Nestleiar", "", "Voss herad", "", "", "", "", "1.1.24", "", ""],
        ["Brita Lunde", "Observatør", "Tale- og framleggsrett", "Fastlegane", "Fastlegar", "", "", "",
         "2024-01-01", "", ""],
        ["Jon Seim", "Vara", "", "Voss herad", "Kommune", "", "", "", "01.01.2024", "", "Leiv Eide"],
    ]})
    preview = read_roster(path)
    assert preview.errors == []
    [sheet] = preview.sheets
    assert sorted(sheet.mapping.values()) == sorted(k for k in FIELDS if k not in ("title", "represents"))
    rows = sheet.rows
    assert [r.role for r in rows] == [Role.LEADER, Role.DEPUTY_LEADER, Role.OBSERVER, Role.DEPUTY]
    assert [r.rights for r in rows] == [Rights.VOTE, Rights.VOTE, Rights.SPEAK_PROPOSE, Rights.VOTE]
    assert rows[0].side == Side.USER and rows[0].phone == "+47 98 76 54 32"
    assert rows[1].term_from == date(2024, 1, 1)

    result = do_import(structure, preview)
    assert result.ok, result.errors
    with structure.session() as s:
        org = s.scalar(sa.select(Organisation).where(Organisation.name == "Fastlegane"))
        assert org is not None and org.side == Side.GP  # created from "Part"
    assert memberships(structure)[-1][-1] == "Leiv Eide"


def test_every_header_and_word_the_export_writes_is_read_in_both_written_standards(structure, tmp_path):
    """The roster export writes "Namn", "Rettar", "Periode frå", "Leiar", "Røysterett",
    "Sjukehus" for a nynorsk body and "Navn", "Rettigheter", "Periode fra", "Leder",
    "Stemmerett", "Sykehus" for a bokmål one: the importer takes both forms of each."""
    from hfdesk.exports import words

    assert words.ROSTER_COLUMNS["nn"][:3] == ("Namn", "Rolle", "Rettar")
    for lang, leader, vote, hospital in (("nn", "Leiar", "Røysterett", "Sjukehus"),
                                         ("nb", "Leder", "Stemmerett", "Sykehus")):  # fmt: skip
        headers = list(words.ROSTER_COLUMNS[lang])
        row = ["Sigrid Hauge", leader, vote, "", "Helse Bergen HF", hospital, "", "sigrid@hb.no", "",
               "01.01.2024", "31.12.2027", ""]  # fmt: skip
        path = write_xlsx(tmp_path / f"{lang}.xlsx", {"SSU": [["Medlemsliste"], [], headers, row]})
        preview = read_roster(path)
        assert preview.errors == [], lang
        [sheet] = preview.sheets
        assert sheet.unknown_columns == {} and sheet.header_row == 3
        assert [sheet.mapping[c] for c in range(1, 13)] == [
            "name", "role", "rights", "represents", "organisation", "side", "area",
            "email", "phone", "term_from", "term_to", "deputy_for",
        ]  # fmt: skip
        [got] = sheet.rows
        assert (got.role, got.rights, got.side) == (Role.LEADER, Rights.VOTE, Side.HOSPITAL)
        assert (got.term_from, got.term_to) == (date(2024, 1, 1), date(2027, 12, 31))


# --- mapping unknown columns ---------------------------------------------------------


def test_unknown_column_reported_and_mapped_by_the_user(structure, tmp_path):
    path = write_xlsx(tmp_path / "m.xlsx", {"SSU": [
        ["Navn", "E-post", "Mobilnr.", "Merknad", "Kontor"],
        ["Kari Vik", "kari@voss.no", "12 34 56 78", "ny", "Voss"],
    ]})
    preview = read_roster(path)
    [sheet] = preview.sheets
    # A comments column ("Merknad") is left out without asking; "Kontor" is asked about.
    assert sheet.unknown_columns == {3: "Mobilnr.", 5: "Kontor"} and sheet.headers[4] == "Merknad"
    assert sheet.rows[0].phone == ""

    preview = read_roster(path, column_map={"SSU": {3: "phone"}})
    [sheet] = preview.sheets
    assert sheet.mapping[3] == "phone" and sheet.unknown_columns == {5: "Kontor"}
    assert sheet.rows[0].phone == "12 34 56 78"
    assert do_import(structure, preview).memberships_added == 1
    with structure.session() as s:
        assert s.scalar(sa.select(Person.phone)) == "12 34 56 78"


def test_column_map_with_an_unknown_field_is_refused(tmp_path):
    path = write_xlsx(tmp_path / "m.xlsx", {"SSU": [["Navn"], ["Kari Vik"]]})
    with pytest.raises(HfdeskError, match="er ikke et felt"):
        read_roster(path, column_map={"SSU": {2: "shoe_size"}})


def test_two_columns_for_one_field_is_an_error_on_the_header_row(structure, tmp_path):
    path = write_xlsx(tmp_path / "m.xlsx", {"SSU": [["Tittel"], ["Navn", "Fullt navn"], ["Kari Vik", "Kari Vik"]]})
    preview = read_roster(path, column_map={"SSU": {2: "name"}})
    assert [(e.sheet, e.row) for e in preview.errors] == [("SSU", 2)]
    assert "flere kolonner (A og B)" in preview.errors[0].message


# --- normalising --------------------------------------------------------------------


def test_normalisation_of_text_emails_phones_dates_and_roles(structure, tmp_path):
    path = write_xlsx(tmp_path / "n.xlsx", {"SSU": [
        HEADERS,
        ["  Vik,  Kari ", " leiar ", None, "voss herad", None, None, " Kari.Vik@Voss.KOMMUNE.no ", 12345678,
         datetime(2024, 2, 1, 0, 0), "31.12.27", None],
        ["Ola  Hope", "SEKRETARIAT", None, None, None, None, "mailto:ola@sse.no", "0047 12345678",
         "2024-03-01", None, None],
        ["Anne Marit Berge", "observatør", "talerett", None, None, None, None, "+46 8 123 456",
         date(2024, 1, 5), None, None],
    ]})
    rows = read_roster(path).sheets[0].rows
    assert [(r.given_name, r.family_name) for r in rows] == [("Kari", "Vik"), ("Ola", "Hope"), ("Anne Marit", "Berge")]
    assert [r.email for r in rows] == ["kari.vik@voss.kommune.no", "ola@sse.no", ""]
    assert [r.phone for r in rows] == ["12 34 56 78", "+47 12 34 56 78", "+46 8 123 456"]
    assert [r.term_from for r in rows] == [date(2024, 2, 1), date(2024, 3, 1), date(2024, 1, 5)]
    assert rows[0].term_to == date(2027, 12, 31)
    assert [r.role for r in rows] == [Role.LEADER, Role.SECRETARY, Role.OBSERVER]
    assert [r.rights for r in rows] == [Rights.VOTE, Rights.NONE, Rights.SPEAK]
    result = do_import(structure, read_roster(path))
    assert result.ok
    with structure.session() as s:
        kari = s.scalar(sa.select(Person).where(Person.family_name == "Vik"))
        assert kari.organisation.name == "Voss herad"  # matched case-insensitively


def test_small_normalisers():
    assert format_phone("12345678") == "12 34 56 78"
    assert format_phone("+47 123 45 678") == "+47 12 34 56 78"
    assert format_phone(None) == ""
    with pytest.raises(ValueError):
        format_phone("ring sentralbordet")
    assert parse_date("5.6.07") == date(2007, 6, 5)
    assert parse_date("05.06.2007") == date(2007, 6, 5)
    assert parse_date("2007-06-05") == date(2007, 6, 5)
    with pytest.raises(ValueError):
        parse_date("31.02.2024")
    assert split_name("Per Olav Nesse") == ("Per Olav", "Nesse")
    assert split_name("Nesse, Per Olav") == ("Per Olav", "Nesse")


# --- errors, all or nothing, dry run --------------------------------------------------


def test_every_problem_has_sheet_and_row_and_nothing_is_imported(structure, tmp_path):
    path = write_xlsx(tmp_path / "e.xlsx", {
        "SSU": [
            ["Medlemsliste"],
            HEADERS,
            ["Kari Vik", "Medlem", None, "Voss herad", None, None, "kari@voss.no", None, "01.01.2024", None, None],
            ["Ola Hope", "Medlem", None, None, None, None, "ola(at)hb.no", None, "01.01.2024", None, None],
            ["Nils Tveit", "Medlem", None, None, None, None, None, None, "32.01.2024", None, None],
            ["Per Nesse", "Sjef", None, None, None, None, None, None, "01.01.2024", None, None],
            [None, "Medlem", None, None, None, None, "x@y.no", None, "01.01.2024", None, None],
            ["Åse Hamre", "Medlem", None, "Ukjent forening", None, None, None, None, None, None, None],
            ["Liv Dale", "Varamedlem", None, None, None, None, None, None, None, None, "Ingen Slik"],
        ],
        "Finst ikkje": [["Navn"], ["Eli Rong"]],
    })
    preview = read_roster(path)
    assert [(e.sheet, e.row) for e in preview.errors] == [("SSU", 4), ("SSU", 5), ("SSU", 6), ("SSU", 7)]
    assert "ola(at)hb.no" in preview.errors[0].message
    assert "Periode fra" in preview.errors[1].message
    assert "Ukjent rolle «Sjef»" in preview.errors[2].message
    assert preview.errors[3].message == "Navn mangler."

    before = counts(structure)
    result = do_import(structure, preview)
    assert (result.people_added, result.people_matched, result.memberships_added) == (0, 0, 0)
    where = [(e["sheet"], e["row"]) for e in result.as_json()["errors"]]
    assert where == [("SSU", 4), ("SSU", 5), ("SSU", 6), ("SSU", 7), ("SSU", 8), ("SSU", 9), ("Finst ikkje", 1)]
    messages = {(e.sheet, e.row): e.message for e in result.errors}
    assert "Part" in messages[("SSU", 8)]
    assert "Ingen Slik" in messages[("SSU", 9)]
    assert "Fant ikke hvilket organ" in messages[("Finst ikkje", 1)]
    assert "2 «Strategisk samarbeidsutval»" in messages[("Finst ikkje", 1)]  # the candidates, with ids for --body
    assert counts(structure) == before


def test_one_bad_row_imports_nothing(structure, tmp_path):
    rows = [HEADERS, *SSU_ROWS, ["Eli Rong", "Medlem", None, "Ny forening", None, None, None, None, "01.01.2024",
                                 None, None]]
    path = write_xlsx(tmp_path / "a.xlsx", {"SSU": rows})
    before = counts(structure)
    result = do_import(structure, path)
    assert result.as_json()["people_added"] == 0 and result.memberships_added == 0
    assert [(e.sheet, e.row) for e in result.errors] == [("SSU", 5)]
    assert counts(structure) == before


def test_dry_run_writes_nothing_and_counts_what_an_import_would(structure, tmp_path):
    path = write_xlsx(tmp_path / "d.xlsx", {"SSU": [HEADERS, *SSU_ROWS]})
    before = counts(structure)
    dry = do_import(structure, path, dry_run=True)
    assert dry.as_json() == {"people_added": 3, "people_matched": 0, "memberships_added": 3, "errors": []}
    assert counts(structure) == before
    real = do_import(structure, path)
    assert real.as_json() == dry.as_json()
    assert counts(structure)[:2] == (before[0] + 3, before[1] + 3)


def test_importing_the_same_file_twice_adds_nothing_the_second_time(structure, tmp_path):
    path = write_xlsx(tmp_path / "t.xlsx", {"SSU": [HEADERS, *SSU_ROWS]})
    do_import(structure, path)
    again = do_import(structure, path)
    assert again.as_json() == {"people_added": 0, "people_matched": 3, "memberships_added": 0, "errors": []}


# --- matching -------------------------------------------------------------------------


def test_people_are_matched_by_email_then_by_name(structure, tmp_path):
    with structure.transaction() as s:
        register.create_person(s, "Kari", "Vik", email="kari.vik@voss.no", phone="11 11 11 11")
        register.create_person(s, "Ola", "Hope")
        register.create_person(s, "Per", "Nesse")
        register.create_person(s, "Per", "Nesse")
    path = write_xlsx(tmp_path / "p.xlsx", {"SSU": [
        HEADERS,
        ["K. Vik", "Medlem", None, None, None, None, "KARI.VIK@voss.no", None, "01.01.2024", None, None],
        ["Ola Hope", "Medlem", None, None, None, None, None, None, "01.01.2024", None, None],
        ["Kari Vik", "Medlem", None, None, None, None, "kari@annan.no", None, "01.01.2024", None, None],
    ]})
    result = do_import(structure, path)
    assert result.as_json() == {"people_added": 1, "people_matched": 2, "memberships_added": 3, "errors": []}
    with structure.session() as s:
        matched = s.scalar(sa.select(Person).where(Person.email == "kari.vik@voss.no"))
        assert matched.phone == "11 11 11 11" and len(matched.memberships) == 1  # not changed
        assert s.scalar(sa.select(sa.func.count()).select_from(Person).where(Person.family_name == "Vik")) == 2

    # Two registered people share the name: the row needs an e-mail.
    path = write_xlsx(tmp_path / "q.xlsx", {"SSU": [HEADERS, ["Per Nesse", None, None, None, None, None, None,
                                                               None, "01.01.2024", None, None]]})
    result = do_import(structure, path)
    assert result.errors and "Flere personer i registeret heter «Per Nesse»" in result.errors[0].message


def test_body_id_sends_every_sheet_to_that_body(structure, tmp_path):
    path = write_xlsx(tmp_path / "b.xlsx", {"Ark1": [HEADERS, *SSU_ROWS[:2]], "Oversikt": [["Organ"], ["SSU"]]})
    preview = read_roster(path)
    assert preview.skipped == ["Oversikt"]
    psm = body_id(structure, "PSM")
    result = do_import(structure, preview, body_id=psm)
    assert result.memberships_added == 2
    assert {m[0] for m in memberships(structure)} == {"PSM"}


# --- files that are not rosters, and hostile files -----------------------------------------


def test_not_a_zip(tmp_path):
    path = tmp_path / "x.xlsx"
    path.write_text("Navn;E-post\nKari;kari@voss.no\n")
    with pytest.raises(BadFile) as info:
        read_roster(path)
    assert str(info.value) == "«x.xlsx» er ikke en Excel-arbeidsbok (.xlsx)."


def test_a_zip_that_is_not_a_workbook(tmp_path):
    path = tmp_path / "x.xlsx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("word/document.xml", "<w/>")
    with pytest.raises(BadFile, match="er ikke en Excel-arbeidsbok"):
        read_roster(path)


def test_missing_file(tmp_path):
    with pytest.raises(BadFile, match="Finner ikke filen «borte.xlsx»"):
        read_roster(tmp_path / "borte.xlsx")


def test_empty_workbook(tmp_path):
    path = tmp_path / "tom.xlsx"
    openpyxl.Workbook().save(path)
    with pytest.raises(BadFile) as info:
        read_roster(path)
    assert str(info.value) == "Arbeidsboken er tom."


def test_workbook_without_a_roster(tmp_path):
    path = write_xlsx(tmp_path / "budsjett.xlsx", {"Budsjett": [["Post", "Beløp"], ["Husleige", 1200]],
                                                  "Oversikt": [["Navn", "Rolle"]]})
    with pytest.raises(BadFile, match="Fant ingen medlemsliste i «budsjett.xlsx»"):
        read_roster(path)


def _replace_entry(path: Path, name: str, data: bytes) -> None:
    with zipfile.ZipFile(path) as z:
        entries = {i.filename: z.read(i) for i in z.infolist()}
    entries[name] = data
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        for entry, content in entries.items():
            z.writestr(entry, content)


BILLION_LAUGHS = b"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<!DOCTYPE worksheet [
 <!ENTITY lol "lol">
 <!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
 <!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
 <!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
 <!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
 <!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
 <!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
 <!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>
<row r="1"><c r="A1" t="inlineStr"><is><t>Navn</t></is></c></row>
<row r="2"><c r="A2" t="inlineStr"><is><t>&lol9;</t></is></c></row>
</sheetData></worksheet>"""


@pytest.fixture
def billion_laughs(tmp_path) -> Path:
    path = write_xlsx(tmp_path / "lol.xlsx", {"SSU": [["Navn"], ["Kari Vik"]]})
    _replace_entry(path, "xl/worksheets/sheet1.xml", BILLION_LAUGHS)
    return path


def test_billion_laughs_is_refused_before_parsing(structure, billion_laughs, workbook_reads):
    before = counts(structure)
    with pytest.raises(BadFile, match="billion laughs"):
        read_roster(billion_laughs)
    assert workbook_reads.parsed == 0  # no XML parser ever saw the entities
    assert workbook_reads.inflated <= workbook_reads.declared(billion_laughs)
    assert counts(structure) == before


def test_billion_laughs_is_refused_by_defusedxml_too(billion_laughs, monkeypatch):
    """The second line: were the DTD scan missed, openpyxl's defusedxml parser refuses at the
    first entity declaration, before any entity is expanded."""
    from defusedxml import EntitiesForbidden

    monkeypatch.setattr(safety, "_has_dtd", lambda archive, info: False)
    refused: list[BaseException] = []
    is_entity_attack = safety.is_entity_attack

    def seen(error: BaseException) -> bool:
        refused.append(error)
        return is_entity_attack(error)

    monkeypatch.setattr(safety, "is_entity_attack", seen)
    with pytest.raises(BadFile, match="billion laughs"):
        read_roster(billion_laughs)
    [error] = refused
    chain = [error]
    while chain[-1].__cause__ or chain[-1].__context__:
        chain.append(chain[-1].__cause__ or chain[-1].__context__)
    assert any(isinstance(e, EntitiesForbidden) for e in chain)


def test_no_workbook_is_parsed_without_defusedxml(tmp_path, monkeypatch):
    path = write_xlsx(tmp_path / "ok.xlsx", {"SSU": [["Navn"], ["Kari Vik"]]})
    monkeypatch.setattr(openpyxl, "DEFUSEDXML", False)
    with pytest.raises(BadFile, match="defusedxml"):
        read_roster(path)


def test_defusedxml_is_active():
    assert openpyxl.DEFUSEDXML is True


def test_highly_compressed_entry_is_a_zip_bomb(structure, tmp_path, workbook_reads):
    path = write_xlsx(tmp_path / "bomb.xlsx", {"SSU": [["Navn"], ["Kari Vik"]]})
    with zipfile.ZipFile(path, "a", zipfile.ZIP_DEFLATED) as z:
        z.writestr("xl/media/image1.bin", bytes(20 * 1024 * 1024))  # 20 MB of zeros, ~20 kB on disk
    assert path.stat().st_size < 200_000
    before = counts(structure)
    with pytest.raises(BadFile) as info:
        read_roster(path)
    assert str(info.value) == "Filen ser ut til å være skadet eller laget for å lure programmet (zip-bombe)."
    assert workbook_reads.inflated == 0 and workbook_reads.parsed == 0  # refused from the zip's directory
    assert counts(structure) == before


def _declare_size(data: bytes, entry: str, size: int) -> bytes:
    """Rewrite the uncompressed size the zip declares for `entry` (local and central header)."""
    buf = bytearray(data)
    name = entry.encode()
    for sig, size_at, name_len_at, name_at in ((b"PK\x03\x04", 22, 26, 30), (b"PK\x01\x02", 24, 28, 46)):
        pos = buf.find(sig)
        while pos != -1:
            (n,) = struct.unpack_from("<H", buf, pos + name_len_at)
            if bytes(buf[pos + name_at : pos + name_at + n]) == name:
                struct.pack_into("<I", buf, pos + size_at, size)
            pos = buf.find(sig, pos + 4)
    return bytes(buf)


def test_a_1_gb_declared_entry_is_refused_before_parsing(tmp_path, workbook_reads):
    path = write_xlsx(tmp_path / "stor.xlsx", {"SSU": [["Navn"], ["Kari Vik"]]})
    path.write_bytes(_declare_size(path.read_bytes(), "xl/worksheets/sheet1.xml", 1024**3))
    with zipfile.ZipFile(path) as z:
        assert z.getinfo("xl/worksheets/sheet1.xml").file_size == 1024**3
    with pytest.raises(BadFile, match="zip-bombe"):
        read_roster(path)
    assert workbook_reads.inflated == 0 and workbook_reads.parsed == 0


def test_too_many_entries_is_refused(tmp_path):
    path = write_xlsx(tmp_path / "mange.xlsx", {"SSU": [["Navn"], ["Kari Vik"]]})
    with zipfile.ZipFile(path, "a") as z:
        for i in range(safety.MAX_ENTRIES):
            z.writestr(f"xl/x/{i}.txt", b"")
    with pytest.raises(BadFile, match="zip-bombe"):
        read_roster(path)


def test_a_damaged_workbook_gets_one_line(tmp_path):
    path = write_xlsx(tmp_path / "skadet.xlsx", {"SSU": [["Navn"], ["Kari Vik"]]})
    _replace_entry(path, "xl/workbook.xml", b"<workbook><sheets><sheet")
    with pytest.raises(BadFile, match="«skadet.xlsx» er skadet"):
        read_roster(path)


# --- fuzzing ------------------------------------------------------------------------------

_WORDS = HEADERS + ["Namn", "Funksjon", "Epost", "Tlf", "Leiar", "Medlem", "Vara", "Observatør", "Kommune",
                    "Sykehus", "Bruker", "KS", "Stemmerett", "Ingen", "Voss herad", "Helse Bergen HF", "Ny org",
                    "kari@voss.no", "ola@hb.no", "12345678", "01.01.2024", "2024-13-01", "31.12.27", "Kari Vik",
                    "Ola Hope", "Vik, Kari", "=1+1", "=A1&B1", "=SUM(A1:A3)", "+47 12345678", "-", "@x"]

_cell = st.one_of(
    st.none(),
    st.sampled_from(_WORDS),
    st.text(max_size=60),
    st.integers(min_value=-(10**12), max_value=10**12),
    st.floats(allow_nan=False, allow_infinity=False),
    st.booleans(),
    st.dates(min_value=date(1950, 1, 1), max_value=date(2090, 12, 31)),
    st.datetimes(min_value=datetime(1950, 1, 1), max_value=datetime(2090, 12, 31)),
)


_PEOPLE = ["Kari Vik", "Ola Hope", "Nils Tveit", "Åse Hamre", "Liv Dale", "Per Nesse", "Eli Rong", "Jon Seim",
           "Gro Eide", "Arne Fosse"]
_GOOD = {
    "Navn": st.sampled_from(["Kari Vik", "Ola Hope", "Vik, Kari", "Nils Tveit", "Åse Hamre"]),
    "Rolle": st.sampled_from(["Medlem", "Leder", "Observatør", "Sekretær", None]),
    "Rettigheter": st.sampled_from(["Stemmerett", "Talerett", None]),
    "Representerer": st.sampled_from(["Voss herad", "Helse Bergen HF", None]),
    "Part": st.sampled_from(["Kommune", "Sykehus", None]),
    "Område": st.sampled_from(["Voss", None]),
    "E-post": st.sampled_from(["kari@voss.no", "ola@hb.no", None]),
    "Telefon": st.sampled_from(["12345678", 98765432, None]),
    "Periode fra": st.sampled_from([date(2024, 1, 1), "01.01.2024", "2024-01-01", None]),
    "Periode til": st.sampled_from([date(2027, 12, 31), "31.12.27", None]),
    "Vara for": st.none(),
}


@st.composite
def workbooks(draw):
    sheets = {}
    names = ["SSU", "PSM", "Oversikt", "Avvik", "Ark1", "Strategisk samarbeidsutval"]
    for name in draw(st.lists(st.sampled_from(names), min_size=1, max_size=draw(st.sampled_from([1, 1, 3])),
                              unique=True)):
        header = draw(st.permutations(HEADERS[1:]))[: draw(st.integers(0, len(HEADERS) - 1))]
        header.insert(draw(st.integers(0, len(header))), "Navn")
        width = draw(st.integers(1, 12))
        rows: list[list[Any]] = [[draw(_cell) for _ in range(width)] for _ in range(draw(st.integers(0, 4)))]
        if draw(st.integers(0, 3)):  # mostly a header row, after 0-4 rows of anything
            rows.append(header)
        clean = draw(st.booleans())  # only plausible rows, so some imports succeed
        people = draw(st.lists(st.sampled_from(_PEOPLE), max_size=8, unique=True))
        for person in people:
            if clean or draw(st.booleans()):  # a plausible row in the header's order
                good = {h: draw(_GOOD[h]) for h in header}
                good["Navn"] = person
                good["E-post"] = draw(st.sampled_from([None, person.split()[0].lower() + "@voss.no"]))
                rows.append([good[h] for h in header])
            else:
                rows.append([draw(_cell) for _ in range(width)])
        merges = []
        for _ in range(draw(st.integers(0, 2))):
            r, c = draw(st.integers(1, 6)), draw(st.integers(1, 6))
            merges.append(f"{openpyxl.utils.get_column_letter(c)}{r}:"
                          f"{openpyxl.utils.get_column_letter(c + draw(st.integers(0, 3)))}{r + draw(st.integers(0, 1))}")
        sheets[name] = (rows, merges)
    return sheets


def _clean(value: Any) -> Any:
    if isinstance(value, str):
        return openpyxl.cell.cell.ILLEGAL_CHARACTERS_RE.sub("", value)
    return value


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture,
                                                                  HealthCheck.too_slow])
@given(book=workbooks(), use_body=st.booleans(), dry=st.booleans())
def test_fuzzed_workbooks_give_known_errors_and_never_half_an_import(structure, tmp_path, book, use_body, dry):
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for name, (rows, merges) in book.items():
        ws = wb.create_sheet(name)
        for row in rows:
            ws.append([_clean(v) for v in row])
        for rng in merges:
            try:
                ws.merge_cells(rng)
            except ValueError:
                pass
    buf = io.BytesIO()
    wb.save(buf)
    path = tmp_path / "fuzz.xlsx"
    path.write_bytes(buf.getvalue())

    before = counts(structure)
    try:
        preview = read_roster(path)
    except HfdeskError as error:
        event("file refused")
        assert str(error) and "\n" not in str(error)
        assert counts(structure) == before
        return
    with structure.transaction() as s:
        result = import_roster(s, preview, body_id=body_id(structure, "SSU") if use_body else None, dry_run=dry)
    after = counts(structure)
    event("import refused" if result.errors else "imported" if result.memberships_added else "nothing to import")
    if result.errors or dry:
        assert after[:3] == before[:3]
        if result.errors:
            assert result.as_json()["memberships_added"] == 0
            assert all(e.message and e.sheet for e in result.errors)
    else:
        assert after[0] == before[0] + result.people_added
        assert after[1] == before[1] + result.memberships_added
        assert result.memberships_added <= len(preview.rows)


# --- round trip (issue 3 point 6) ----------------------------------------------------------


def _snapshot(db, on: date) -> set[tuple]:
    """The current memberships: organisation and what the seat represents, side, term, deputy, area."""
    with db.session() as s:
        out = set()
        for m in s.scalars(sa.select(Membership)):
            if not m.is_current(on):
                continue
            org = m.organisation
            out.add((
                m.body.name, m.body.short_name, m.person.full_name, m.person.email, m.person.phone,
                m.role, m.rights, org.name if org else None, m.represents_text, org.side if org else None,
                m.term_from, m.term_to,
                m.deputy_for.person.full_name if m.deputy_for else None,
                (m.area or (org.area if org else None) or Area(name="")).name,
            ))
        return out


def test_round_trip_through_the_exporter(demo_db, db, tmp_path):
    from hfdesk.exports.roster import export_roster

    on = date.today()
    out = tmp_path / "roster.xlsx"
    with demo_db.session() as s:
        export_roster(s, out, on=on)
        bodies = [(b.name, b.short_name, b.level, b.parent.name if b.parent else None)
                  for b in s.scalars(sa.select(Body).order_by(Body.level, Body.id))]
    with db.transaction() as s:  # the same bodies, nothing else
        made: dict[str, Body] = {}
        for name, short, level, parent in bodies:
            made[name] = register.create_body(s, name, level, short_name=short,
                                              parent_id=made[parent].id if parent else None)

    preview = read_roster(out)
    assert {sh.name for sh in preview.sheets} == {b[1] for b in bodies}
    # The demo's bodies write nynorsk but OU Bergen: both forms of the sheets are read back.
    assert {sh.headers[1] for sh in preview.sheets} == {"Namn", "Navn"}
    assert all(not sh.unknown_columns for sh in preview.sheets)
    assert set(preview.skipped) == {"Oversikt", "Avvik"}
    assert preview.errors == []
    result = do_import(db, preview)
    assert result.errors == []
    expected = _snapshot(demo_db, on)
    assert result.memberships_added == len(expected)
    with demo_db.session() as s:
        people = {(m.person.full_name, m.person.email) for m in s.scalars(sa.select(Membership)) if m.is_current(on)}
    assert result.people_added == len(people)
    assert _snapshot(db, on) == expected


# --- reading with progress, cancelling, mapping without reading again (issue 7, point 5) ----


def _people_workbook(path: Path, rows: int) -> Path:
    return write_xlsx(path, {"SSU": [["Navn", "Rolle", "E-post"]]
                                     + [[f"Person {i} Nesse", "Medlem", f"p{i}@voss.no"] for i in range(rows)]})


def test_reading_reports_progress_as_rows_are_read(tmp_path):
    path = _people_workbook(tmp_path / "stor.xlsx", 2_000)
    seen: list[tuple[int, int]] = []
    preview = read_roster(path, progress=lambda done, total: seen.append((done, total)))
    assert len(preview.rows) == 2_000
    assert seen[0] == (0, 0)  # at once, before the workbook is opened: the bar can show "busy"
    totals = {total for _, total in seen[1:]}
    assert totals == {2_001}  # the rows the sheet declares, header included
    done = [d for d, _ in seen]
    assert done == sorted(done) and done[-1] == 2_001 and len(seen) >= 2_000 // 250


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="open files are listed in /proc on Linux only")
def test_reading_is_cancelled_from_the_progress_callback_and_leaves_the_file_closed(tmp_path):
    import os

    from hfdesk.imports import ReadCancelled

    path = _people_workbook(tmp_path / "stor.xlsx", 2_000)
    calls: list[int] = []

    def cancel_midway(done: int, total: int) -> None:
        calls.append(done)
        if done >= 500:
            raise ReadCancelled

    with pytest.raises(ReadCancelled):  # not a BadFile: nothing is wrong with the file
        read_roster(path, progress=cancel_midway)
    assert calls[-1] == 500  # stopped there, the rest of the sheet unread
    open_files = [fd for fd in os.listdir("/proc/self/fd") if _points_at(f"/proc/self/fd/{fd}", path)]
    assert open_files == []  # on Windows the user's file would stay locked


def _points_at(link: str, path: Path) -> bool:
    import os

    try:
        return os.readlink(link) == str(path)
    except OSError:
        return False


def test_columns_are_mapped_again_without_reading_the_file_again(tmp_path, workbook_reads):
    from hfdesk.imports import remap_columns

    path = write_xlsx(tmp_path / "m.xlsx", {"SSU": [
        ["Navn", "E-post", "Mobilnr."],
        ["Kari Vik", "kari@voss.no", "12 34 56 78"],
    ]})
    preview = read_roster(path)
    path.unlink()  # the user has moved the file since: mapping a column still works
    mapped = remap_columns(preview, {"SSU": {3: "phone"}})
    assert workbook_reads.parsed == 1
    assert [row.phone for row in mapped.rows] == ["12 34 56 78"]
    assert mapped.sheets[0].unknown_columns == {} and mapped.path == preview.path
    with pytest.raises(HfdeskError, match="er ikke et felt"):
        remap_columns(preview, {"SSU": {3: "shoe_size"}})


# --- a full disk half-way through the import (issue 7, point 8) --------------------------


def _limit_database_size(dbapi_connection, _record=None) -> None:
    """What a full disk does to SQLite: the next page it needs cannot be had (SQLITE_FULL)."""
    cursor = dbapi_connection.cursor()
    pages = cursor.execute("PRAGMA page_count").fetchone()[0]
    cursor.execute(f"PRAGMA max_page_count = {pages + 2}")
    cursor.close()


def _many_new_people(tmp_path: Path) -> Path:
    return write_xlsx(tmp_path / "mange.xlsx", {"SSU": [["Navn", "Rolle", "Representerer", "Part", "E-post"]] + [
        [f"Person {i} Nesse", "Medlem", f"Ny organisasjon {i}", "Kommune", f"person{i}@voss.no"] for i in range(300)
    ]})


def test_a_full_disk_half_way_is_the_full_disk_line_and_imports_nothing(structure, tmp_path):
    if structure.is_shared:
        pytest.skip("SQLite's page limit stands in for a full disk; a server's full disk is the server's")
    from hfdesk.errors import DISK_FULL, CannotWrite
    from hfdesk.messages import render

    preview = read_roster(_many_new_people(tmp_path))
    before = counts(structure)
    with pytest.raises(CannotWrite) as full:  # not "no such savepoint", which hid the full disk
        with structure.transaction() as s:
            _limit_database_size(s.connection().connection.dbapi_connection)
            import_roster(s, preview)
    assert str(full.value) == render(DISK_FULL)
    assert counts(structure) == before


def test_cli_import_on_a_full_disk_exits_2_with_one_line(structure, tmp_path, capsys):
    if structure.is_shared:
        pytest.skip("SQLite's page limit stands in for a full disk; a server's full disk is the server's")
    from hfdesk.__main__ import main
    from hfdesk.errors import DISK_FULL
    from hfdesk.messages import render

    path = _many_new_people(tmp_path)
    before = counts(structure)
    structure.close()
    sa.event.listen(sa.Engine, "connect", _limit_database_size)
    try:
        code = main(["import", "roster", "--db", str(structure.path), str(path), "--json"])
    finally:
        sa.event.remove(sa.Engine, "connect", _limit_database_size)
    out, err = capsys.readouterr()
    assert code == 2
    assert err.splitlines() == [f"hfdesk: {render(DISK_FULL)}"]
    assert counts(structure) == before
