"""Real rosters in (issue 18, points 1 and 2): lists the way secretariats keep them, in
bokmål and nynorsk (tests/fixtures/rosters, built by tests/fixtures/make_real_rosters.py),
imported all or nothing; the command line's one line per problem; the role words the
user teaches kept in the database."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl
import pytest
import sqlalchemy as sa

from hfdesk.imports import import_roster, read_roster
from hfdesk.imports.roster import RoleWord, body_key, decode_csv, remap_columns, role_word
from hfdesk.models import Membership, Organisation, Person, Rights, Role, Setting, Side
from hfdesk.services import register, settings

ROSTERS = Path(__file__).parent / "fixtures" / "rosters"


@pytest.fixture
def reg(db):
    """The bodies and organisations the fixture files name, no people."""
    with db.transaction() as s:
        psm = register.create_body(s, "Partnarskapsmøte", 1, short_name="PSM")
        register.create_body(s, "Strategisk samarbeidsutval", 2, short_name="SSU", parent_id=psm.id)
        register.create_body(s, "Områdeutval Nordhordland", 3, short_name="OU Nordhordland", parent_id=psm.id)
        register.create_body(s, "Områdeutval Voss", 3, short_name="OU Voss", parent_id=psm.id)
        register.create_body(s, "Medisinskfagleg utval", 4, short_name="MFU", parent_id=psm.id)
        register.create_organisation(s, "Alver kommune", Side.MUNICIPAL)
        register.create_organisation(s, "Helse Bergen HF", Side.HOSPITAL)
        register.create_organisation(s, "Haraldsplass Diakonale Sykehus", Side.HOSPITAL)
        register.create_organisation(s, "KS", Side.KS)
        register.create_organisation(s, "FUNKIS", Side.USER)
    return db


def do_import(db, preview, **kwargs):
    with db.transaction() as s:
        return import_roster(s, preview, **kwargs)


def seats(db, body_short: str) -> dict[str, tuple]:
    """name -> (role, rights, appointed_by, organisation, deputy for, position) in that body."""
    with db.session() as s:
        rows = s.scalars(
            sa.select(Membership).join(Membership.body).where(sa.text("bodies.short_name = :b")).params(b=body_short)
        ).all()
        return {
            m.person.full_name: (
                m.role, m.rights, m.appointed_by, m.organisation.name if m.organisation else None,
                m.deputy_for.person.full_name if m.deputy_for else None, m.person.title,
            )
            for m in rows
        }  # fmt: skip


def table_counts(db) -> tuple[int, ...]:
    with db.session() as s:
        return tuple(
            s.scalar(sa.select(sa.func.count()).select_from(t)) for t in (Person, Membership, Organisation, Setting)
        )


# --- role words -----------------------------------------------------------------------


@pytest.mark.parametrize(("text", "meaning", "deputy_for"), [
    ("Brukarrepresentant", RoleWord(Role.MEMBER, None, Side.USER), ""),
    ("Brukerrepresentant", RoleWord(Role.MEMBER, None, Side.USER), ""),
    ("Fastlege", RoleWord(Role.MEMBER, None, Side.GP), ""),
    ("Kommuneoverlege", RoleWord(Role.MEMBER, None, Side.MUNICIPAL), ""),
    ("Observatør (fastlege)", RoleWord(Role.OBSERVER, None, Side.GP), ""),
    ("Observatør med tale- og forslagsrett", RoleWord(Role.OBSERVER, Rights.SPEAK_PROPOSE), ""),
    ("Observatør med talerett", RoleWord(Role.OBSERVER, Rights.SPEAK), ""),
    ("Tilsett representant", RoleWord(Role.MEMBER, None, Side.UNION), ""),
    ("Ansatt representant", RoleWord(Role.MEMBER, None, Side.UNION), ""),
    ("Vara for Siri Ådnanes", RoleWord(Role.DEPUTY), "Siri Ådnanes"),
    ("Varamedlem for Per Olsen", RoleWord(Role.DEPUTY), "Per Olsen"),
    ("pva Kari Lie", RoleWord(Role.DEPUTY), "Kari Lie"),
    ("1. vara", RoleWord(Role.DEPUTY), ""),
    ("Nestleiar", RoleWord(Role.DEPUTY_LEADER), ""),
    ("Varanger", None, ""),
    ("Fagrådgjevar", None, ""),
])  # fmt: skip
def test_role_words_in_both_written_standards(text, meaning, deputy_for):
    assert role_word(text) == (meaning, deputy_for)


def test_body_names_compare_across_written_standards_short_names_and_periods():
    assert body_key("SSU 2024-2025") == body_key("SSU")
    assert body_key("MFU 2025") == body_key("mfu")
    assert body_key("Områdeutvalg Nordhordland") == body_key("Områdeutval Nordhordland") == body_key("OU Nordhordland")
    assert body_key("Medisinskfaglig utvalg") == body_key("Medisinskfagleg utval")
    assert body_key("Medlemar") == body_key("Observatørar") == ""  # says what the list holds, not whose


def test_csv_encodings():
    text = "Namn;Rolle\r\nÅse Bø;Leiar\r\n"
    assert decode_csv(text.encode("cp1252")) == text
    assert decode_csv(text.encode("utf-8-sig")) == text
    assert decode_csv(text.encode("utf-8")) == text


# --- the fixture files, imported --------------------------------------------------------


def test_ssu_sheet_with_its_period_title_rows_comments_and_seat_words(reg):
    preview = read_roster(ROSTERS / "SSU medlemar.xlsx")
    [sheet] = preview.sheets
    assert sheet.name == "SSU 2024-2025" and sheet.header_row == 4 and not preview.errors
    assert sheet.headers[7] == "Kommentar" and 7 not in sheet.mapping and not sheet.unknown_columns
    result = do_import(reg, preview)
    assert result.ok, result.errors
    assert (result.people_added, result.memberships_added) == (11, 11)
    got = seats(reg, "SSU")
    assert got["Siri Ådnanes"] == (Role.LEADER, Rights.VOTE, None, "Alver kommune", None, "Kommunedirektør")
    assert got["Per Lid"][:5] == (Role.DEPUTY, Rights.VOTE, None, "Alver kommune", "Siri Ådnanes")
    assert got["Olav Berg"][4] == "Marte Kro"
    assert got["Marte Kro"][5] == "Klinikkdirektør"  # the position, kept on the person
    assert got["Gunnar Ås"][:3] == (Role.MEMBER, Rights.VOTE, Side.USER)
    assert got["Liv Hauge"][:3] == (Role.MEMBER, Rights.VOTE, Side.USER)
    assert got["Kjersti Lunde"][:3] == (Role.OBSERVER, Rights.SPEAK_PROPOSE, Side.GP)
    assert got["Rune Sæle"][:3] == (Role.MEMBER, Rights.VOTE, Side.MUNICIPAL)
    assert got["Hilde Nes"][:3] == (Role.OBSERVER, Rights.SPEAK_PROPOSE, None)
    assert got["Tor Vik"][:3] == (Role.MEMBER, Rights.VOTE, Side.UNION)
    assert got["Anne Rø"][:2] == (Role.DEPUTY, Rights.VOTE)
    with reg.session() as s:  # new organisations take the seat's side when there is no "Part" column
        sides = dict(s.execute(sa.select(Organisation.name, Organisation.side)).all())
    assert sides["Brukerutvalget i Helse Bergen"] == Side.USER
    assert sides["Legesenteret i Knarvik"] == Side.GP
    assert sides["Fagforbundet"] == Side.UNION


def test_members_and_observers_on_two_sheets_of_a_file_named_in_the_other_written_standard(reg):
    preview = read_roster(ROSTERS / "Områdeutvalg Nordhordland.xlsx")
    assert [s.name for s in preview.sheets] == ["Medlemar", "Observatørar"] and not preview.errors
    result = do_import(reg, preview)
    assert result.ok, result.errors
    got = seats(reg, "OU Nordhordland")
    assert set(got) == {"Eva Fjell", "Jon Mo", "Nina Sol", "Geir Hovland", "Kari Hol", "Siv Dal"}
    assert got["Jon Mo"][0] == Role.DEPUTY and got["Jon Mo"][4] == "Eva Fjell"
    assert got["Siv Dal"][:3] == (Role.OBSERVER, Rights.SPEAK_PROPOSE, Side.GP)
    assert got["Nina Sol"][3] == "Haraldsplass Diakonale Sykehus"


def test_csv_from_norwegian_excel_in_windows_1252(reg):
    preview = read_roster(ROSTERS / "MFU 2025.csv")
    assert [s.name for s in preview.sheets] == ["MFU 2025"] and preview.sheets[0].header_row == 3
    assert [r.name for r in preview.rows] == ["Åse Bø", "Øyvind Ærø", "Pål Støle"]
    assert do_import(reg, preview).ok
    got = seats(reg, "MFU")
    assert got["Øyvind Ærø"][:3] == (Role.MEMBER, Rights.VOTE, Side.GP)
    assert got["Pål Støle"][4] == "Åse Bø"


def test_csv_in_utf8_with_bom_named_in_bokmaal(reg):
    preview = read_roster(ROSTERS / "Strategisk samarbeidsutvalg.csv")
    assert [r.name for r in preview.rows] == ["Tone Øvrebø", "Bjørn Ås", "Åge Ærlig"]
    assert preview.sheets[0].headers[1] == "Navn"  # no BOM left on the first header
    assert do_import(reg, preview).ok
    got = seats(reg, "SSU")
    assert got["Bjørn Ås"][4] == "Tone Øvrebø" and got["Åge Ærlig"][2] == Side.USER


def test_importing_a_real_list_twice_adds_nothing_the_second_time(reg):
    path = ROSTERS / "Områdeutvalg Nordhordland.xlsx"
    assert do_import(reg, read_roster(path)).memberships_added == 6
    assert do_import(reg, read_roster(path)).memberships_added == 0


# --- problems: all or nothing, each with its sheet and row ------------------------------


def _write(path: Path, sheets: dict[str, list[list]]) -> Path:
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for name, rows in sheets.items():
        ws = wb.create_sheet(name)
        for row in rows:
            ws.append(row)
    wb.save(path)
    return path


BAD_ROWS = [
    ["Strategisk samarbeidsutval"],
    ["Namn", "Rolle", "Representerer", "E-post"],
    ["Gunnar Ås", "Brukarrepresentant", "FUNKIS", "gunnar.aas@funkis.no"],
    ["Kari Vik", "Fagrådgjevar", "Alver kommune", "kari.vik@alver.kommune.no"],
    ["Per Lid", "Vara for Siri Ådnanes", "Alver kommune", "per.lid@alver.kommune.no"],
    ["Gunnar Aas", "Medlem", "FUNKIS", "gunnar.aas@funkis.no"],
]


def test_every_problem_names_sheet_and_row_and_nothing_is_imported(reg, tmp_path):
    preview = read_roster(_write(tmp_path / "SSU 2025.xlsx", {"Ark1": BAD_ROWS}))
    before = table_counts(reg)
    result = do_import(reg, preview)
    assert table_counts(reg) == before
    assert (result.people_added, result.memberships_added) == (0, 0)
    by_row = {e.row: e.message for e in result.errors}
    assert {e.sheet for e in result.errors} == {"Ark1"} and sorted(by_row) == [4, 5, 6]
    assert "Ukjent rolle «Fagrådgjevar»" in by_row[4] and "Brukarrepresentant" in by_row[4]  # the words it knows
    assert "«Siri Ådnanes»" in by_row[5] and "Per Lid" in by_row[5] and "Strategisk samarbeidsutval" in by_row[5]
    assert "«Gunnar Aas»" in by_row[6] and "«Gunnar Ås» (rad 3" in by_row[6]  # both rows named


def test_the_same_person_settled_as_one(reg, tmp_path):
    rows = [BAD_ROWS[1], BAD_ROWS[2], BAD_ROWS[5]]
    preview = read_roster(_write(tmp_path / "SSU.xlsx", {"SSU": rows}))
    [duplicate] = preview.duplicates
    assert (duplicate.first.row, duplicate.second.row) == (2, 3)
    preview = remap_columns(preview, same_people={duplicate.key})
    assert not preview.errors and not preview.duplicates
    result = do_import(reg, preview)
    assert result.ok and result.people_added == 1  # one person, Gunnar Ås, as first written
    with reg.session() as s:
        assert s.scalars(sa.select(Person.given_name + " " + Person.family_name)).all() == ["Gunnar Ås"]


def test_a_name_with_aa_finds_the_registered_person_with_aa_written_as_aa(reg, tmp_path):
    with reg.transaction() as s:
        register.create_person(s, "Gunnar", "Ås")
    path = _write(tmp_path / "SSU.xlsx", {"SSU": [["Namn", "Rolle", "Representerer"],
                                                  ["Gunnar Aas", "Brukarrepresentant", "FUNKIS"]]})
    result = do_import(reg, read_roster(path))
    assert result.ok and (result.people_added, result.people_matched) == (0, 1)


def test_body_unknown_names_the_candidates(reg, tmp_path):
    path = _write(tmp_path / "Medlemsliste.xlsx", {"Områdeutval": [["Namn"], ["Eli Rong"]]})
    result = do_import(reg, read_roster(path))
    [error] = result.errors
    assert (error.sheet, error.row) == ("Områdeutval", 1)
    assert "--body" in error.message and "«Områdeutval Nordhordland»" in error.message
    assert "«Områdeutval Voss»" in error.message and "Medisinskfagleg" not in error.message


def test_role_words_the_user_taught_are_kept_and_used_next_time(reg, tmp_path):
    path = _write(tmp_path / "SSU.xlsx", {"SSU": [["Namn", "Rolle", "E-post"],
                                                  ["Kari Vik", "Fagrådgjevar", "kari@alver.kommune.no"]]})
    preview = read_roster(path)
    assert preview.unknown_roles == {"Fagrådgjevar": [("SSU", 2)]}
    taught = remap_columns(preview, role_words={"Fagrådgjevar": RoleWord(Role.OBSERVER, Rights.SPEAK)})
    assert not taught.errors
    assert do_import(reg, taught, dry_run=True).ok
    with reg.session() as s:
        assert settings.roster_role_words(s) == {}  # a trial run keeps nothing
    assert do_import(reg, taught).ok
    with reg.session() as s:
        assert settings.roster_role_words(s) == {"Fagrådgjevar": {"role": "observer", "rights": "speak", "side": None}}
    # Next time the word is known: read without it, the import finds it in the database.
    path2 = _write(tmp_path / "SSU2.xlsx", {"SSU": [["Namn", "Rolle", "E-post"],
                                                    ["Ola Nes", "fagrådgjevar", "ola@alver.kommune.no"]]})
    result = do_import(reg, read_roster(path2))
    assert result.ok, result.errors
    assert seats(reg, "SSU")["Ola Nes"][:2] == (Role.OBSERVER, Rights.SPEAK)


def test_a_stored_word_setting_that_is_not_json_reads_as_none(reg):
    with reg.transaction() as s:
        register.set_setting(s, settings.SETTING_ROSTER_ROLE_WORDS, "{not json")
        assert settings.roster_role_words(s) == {}
        register.set_setting(s, settings.SETTING_ROSTER_ROLE_WORDS, json.dumps({"X": {"role": "boss"}}))
        assert settings.roster_role_words(s) == {"X": {"role": "boss"}}  # checked where it is used


# --- the command line -------------------------------------------------------------------


def test_cli_exit_2_with_one_line_per_problem(reg, tmp_path, capsys):
    from hfdesk.__main__ import main

    path = _write(tmp_path / "SSU 2025.xlsx", {"Ark1": BAD_ROWS})
    before = table_counts(reg)
    code = main(["import", "roster", "--db", reg.location, str(path)])
    out, err = capsys.readouterr()
    assert code == 2 and table_counts(reg) == before
    lines = [line.strip() for line in out.splitlines()[1:]]
    assert [line.split(":", 1)[0] for line in lines] == ["Ark1, rad 4", "Ark1, rad 5", "Ark1, rad 6"]
    assert "Fagrådgjevar" in lines[0] and "Observatør (fastlege)" in lines[0]
    assert "Siri Ådnanes" in lines[1] and "Gunnar Aas" in lines[2] and "rad 3" in lines[2]
    assert err.count("\n") == 1 and "ingenting er importert" in err


def test_cli_body_option_for_a_file_that_names_no_body(reg, tmp_path, capsys):
    from hfdesk.__main__ import main

    path = _write(tmp_path / "liste.xlsx", {"Ark1": [["Namn", "Rolle"], ["Eli Rong", "Fastlege"]]})
    assert main(["import", "roster", "--db", reg.location, str(path)]) == 2
    out = capsys.readouterr().out
    assert "Ark1, rad 1" in out and "--body" in out and "«Medisinskfagleg utval»" in out
    with reg.session() as s:
        mfu = s.scalar(sa.text("select id from bodies where short_name = 'MFU'"))
    assert main(["import", "roster", "--db", reg.location, str(path), "--body", str(mfu)]) == 0
    assert seats(reg, "MFU")["Eli Rong"][2] == Side.GP


def test_csv_with_excels_sep_line_and_commas(reg, tmp_path):
    path = tmp_path / "MFU.csv"
    path.write_text("sep=,\nNamn,Rolle,E-post\n\"Bø, Åse\",Fastlege,ase@lege.no\n", encoding="utf-8")
    [row] = read_roster(path).rows
    assert (row.given_name, row.family_name, row.appointed_by) == ("Åse", "Bø", Side.GP)


def test_a_registered_person_without_a_position_gets_the_files_and_one_with_keeps_theirs(reg, tmp_path):
    with reg.transaction() as s:
        register.create_person(s, "Eva", "Fjell", email="eva.fjell@alver.kommune.no")
        register.create_person(s, "Nina", "Sol", email="nina.sol@haraldsplass.no", title="Fagdirektør")
    assert do_import(reg, read_roster(ROSTERS / "Områdeutvalg Nordhordland.xlsx")).ok
    got = seats(reg, "OU Nordhordland")
    assert got["Eva Fjell"][5] == "Kommunalsjef helse" and got["Nina Sol"][5] == "Fagdirektør"
