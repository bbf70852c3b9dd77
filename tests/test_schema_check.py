"""A file is opened only when its schema is exactly what hfdesk's migrations made (issue 15,
points 6, 8 and 9): an added trigger, view or index, a missing table or column, a changed
trigger, or an empty version string is refused with one line and the file left untouched."""

from __future__ import annotations

import hashlib
import importlib.util
import sqlite3
from pathlib import Path

import pytest

from hfdesk.__main__ import main
from hfdesk.db import open_database
from hfdesk.errors import DamagedDatabase, NewerDatabase
from hfdesk.migrations import HEAD_REVISION
from hfdesk.migrations.schema import SNAPSHOT, expected_schema, schema_differences, schema_of

ROOT = Path(__file__).resolve().parent.parent


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _alter(path: Path, *statements: str) -> None:
    con = sqlite3.connect(path)
    try:
        con.execute("PRAGMA foreign_keys=OFF")
        for statement in statements:
            con.execute(statement)
        con.commit()
    finally:
        con.close()


def test_the_snapshot_is_what_the_migrations_make():
    spec = importlib.util.spec_from_file_location("make_schema_snapshot", ROOT / "scripts" / "make_schema_snapshot.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    import json

    committed = json.loads(SNAPSHOT.read_text(encoding="utf-8"))
    made = json.loads(json.dumps(module.snapshots()))  # lists as JSON keeps them
    assert made == committed, "run: python scripts/make_schema_snapshot.py"


def test_the_demo_and_the_released_files_match_their_revision(demo_file):
    con = sqlite3.connect(demo_file)
    try:
        revision = con.execute("SELECT version_num FROM alembic_version").fetchone()[0]
        assert schema_of(con) == expected_schema(revision)
    finally:
        con.close()
    for fixture in sorted((ROOT / "tests" / "fixtures").glob("schema-*.db")):
        con = sqlite3.connect(fixture)
        try:
            revision = con.execute("SELECT version_num FROM alembic_version").fetchone()[0]
            assert schema_of(con) == expected_schema(revision), fixture.name
        finally:
            con.close()


CRAFTED = {
    "trigger": (["CREATE TRIGGER wipe AFTER INSERT ON people BEGIN DELETE FROM meetings; END"], "ukjent trigger «wipe»"),
    "view": (["CREATE VIEW everyone AS SELECT * FROM people"], "ukjent visning «everyone»"),
    "index": (["CREATE INDEX ix_extra ON people (email)"], "ukjent indeks «ix_extra»"),
    "table": (["CREATE TABLE notes (text TEXT)"], "ukjent tabell «notes»"),
    "missing table": (["DROP TABLE follow_ups"], "mangler tabell «follow_ups»"),
    "missing column": (["ALTER TABLE people DROP COLUMN phone"], "endret tabell «people»"),
    # through writable_schema, which SQLite itself would never let a CREATE do
    "trigger named like SQLite's own": (
        ["CREATE TRIGGER wipe AFTER INSERT ON people BEGIN DELETE FROM meetings; END",
         "PRAGMA writable_schema=ON",
         "UPDATE sqlite_master SET name = 'sqlite_evil', sql = replace(sql, 'TRIGGER wipe', 'TRIGGER sqlite_evil') "
         "WHERE name = 'wipe'"],
        "ukjent trigger «sqlite_evil»",
    ),
    "cascade added to a table": (
        ["PRAGMA writable_schema=ON",
         "UPDATE sqlite_master SET sql = substr(sql, 1, length(sql) - 1) || ', CONSTRAINT x FOREIGN KEY(id) "
         "REFERENCES agenda_items(id) ON DELETE CASCADE)' WHERE type = 'table' AND name = 'meetings'"],
        "endret tabell «meetings»",
    ),
    "on conflict replace": (
        ["PRAGMA writable_schema=ON",
         "UPDATE sqlite_master SET sql = substr(sql, 1, length(sql) - 1) || ', UNIQUE (email) ON CONFLICT REPLACE)' "
         "WHERE type = 'table' AND name = 'people'"],
        "endret tabell «people»",
    ),
    "changed trigger": (
        ["DROP TRIGGER case_search_item_delete",
         "CREATE TRIGGER case_search_item_delete AFTER DELETE ON agenda_items BEGIN DELETE FROM people; END"],
        "endret trigger «case_search_item_delete»",
    ),
}


@pytest.mark.parametrize("kind", sorted(CRAFTED))
def test_a_crafted_schema_is_refused_untouched(demo_copy, kind):
    statements, said = CRAFTED[kind]
    _alter(demo_copy, *statements)
    before = _digest(demo_copy)
    with pytest.raises(DamagedDatabase) as refused:
        open_database(demo_copy)
    # quick_check finds some of these first (an index the table's SQL promises but the file
    # lacks); the schema comparison finds every one, whatever quick_check says
    assert "\n" not in str(refused.value) and (said in str(refused.value) or "er skadet" in str(refused.value))
    con = sqlite3.connect(demo_copy)
    try:
        assert said in schema_differences(expected_schema(HEAD_REVISION), schema_of(con))
    finally:
        con.close()
    assert _digest(demo_copy) == before
    assert not (demo_copy.parent / "backups").exists()


def test_the_wiping_trigger_never_runs_through_the_command_line(capsys, demo_copy, tmp_path):
    """The case the issue found: with one trigger added, `import roster` deleted every meeting
    and exited 0. Now every command is refused with exit 2, the meetings all there."""
    roster = tmp_path / "liste.xlsx"
    assert main(["export", "roster", "--db", str(demo_copy), "--out", str(roster)]) == 0
    _alter(demo_copy, CRAFTED["trigger"][0][0])
    con = sqlite3.connect(demo_copy)
    meetings = con.execute("SELECT count(*) FROM meetings").fetchone()[0]
    con.close()
    capsys.readouterr()
    for argv in (["import", "roster", "--db", str(demo_copy), str(roster)], ["meetings", "--db", str(demo_copy)]):
        assert main(argv) == 2
        err = capsys.readouterr().err
        assert err.count("\n") == 1 and "endret utenfor hfdesk" in err
    con = sqlite3.connect(demo_copy)
    assert con.execute("SELECT count(*) FROM meetings").fetchone()[0] == meetings > 0
    con.close()


def test_an_empty_version_is_damaged_not_newer(capsys, demo_copy):
    _alter(demo_copy, "UPDATE alembic_version SET version_num = ''")
    with pytest.raises(DamagedDatabase) as refused:
        open_database(demo_copy)
    assert not isinstance(refused.value, NewerDatabase) and "skadet" in str(refused.value)
    assert main(["bodies", "--db", str(demo_copy)]) == 2
    assert "nyere versjon" not in capsys.readouterr().err


def test_an_unreadable_date_is_exit_2_with_one_line(capsys, demo_copy):
    """A value the file holds but no hfdesk wrote (a date that is no date): one line, exit 2."""
    _alter(demo_copy, "UPDATE follow_ups SET due_on = 'snart'")
    con = sqlite3.connect(demo_copy)
    meeting = con.execute(
        "SELECT a.meeting_id FROM follow_ups f JOIN agenda_items a ON a.id = f.item_id LIMIT 1").fetchone()[0]
    con.close()
    code = main(["export", "meeting", "--db", str(demo_copy), "--meeting", str(meeting),
                 "--out", str(demo_copy.parent / "m.json")])
    err = capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1 and "verdier hfdesk ikke kan lese" in err
    assert not (demo_copy.parent / "m.json").exists()


def test_ids_and_years_out_of_range_are_exit_2(capsys, demo_file, tmp_path):
    out = str(tmp_path / "x.xlsx")
    for argv in (["export", "attendance", "--db", str(demo_file), "--year", "9999", "--out", out],
                 ["export", "roster", "--db", str(demo_file), "--body", str(2**63), "--out", out],
                 ["export", "roster", "--db", str(demo_file), "--body", str(2**63 - 1), "--out", out]):
        try:
            code = main(argv)
        except SystemExit as exited:  # argparse refuses the id itself
            code = exited.code
        err = capsys.readouterr().err
        assert code == 2 and err.count("\n") == 1, (argv, err)
    assert not Path(out).exists()


def test_a_version_table_left_empty_is_damaged_not_new(capsys, demo_copy):
    """Tables but no version row: not a new file to build (that failed half-way, exit 1)."""
    _alter(demo_copy, "DELETE FROM alembic_version")
    before = _digest(demo_copy)
    with pytest.raises(DamagedDatabase):
        open_database(demo_copy)
    assert main(["import", "roster", "--db", str(demo_copy), str(demo_copy), "--dry-run"]) == 2
    assert _digest(demo_copy) == before
