"""Upgrading a file made by an older hfdesk: nothing lost, a copy taken first, the new
features working on the old rows."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import sqlalchemy as sa
from alembic import command

from hfdesk.db import alembic_config, current_revision, head_revision, open_database
from hfdesk.services import agenda, meetings
from hfdesk.services.search import search_cases

ROWS = {
    "bodies": (
        "INSERT INTO bodies (id, name, short_name, level, language, quorum_rule, majority_rule, minutes_kind,"
        " std_approve_notice, std_approve_minutes, std_other_business, default_place, default_duration_minutes,"
        " term_years, description, sort_order) VALUES (1, 'Områdeutval Øygarden', 'OU Øygarden', 3, 'nn', 'half',"
        " 'simple', 'referat', 1, 1, 1, 'Rådhuset på Straume', 120, 2, 'Æ, ø og å', 0)"
    ),
    "meetings": (
        "INSERT INTO meetings (id, body_id, title, starts_at, ends_at, place, video_link, status, notice_sent_at,"
        " cancelled_reason, notes) VALUES (1, 1, '', '2025-03-04 10:00:00.000000', '2025-03-04 12:00:00.000000',"
        " 'Rådhuset på Straume', '', 'held', '2025-02-18 09:00:00.000000', '', '')"
    ),
    "agenda_items": (
        "INSERT INTO agenda_items (id, body_id, meeting_id, position, number_year, number_seq, standard, case_type,"
        " title, responsible, put_forward_by, background, proposed_decision, exempt, exemption_basis,"
        " duration_minutes, notes, not_on_agenda, created_at) VALUES"
        " (1, 1, 1, 0, 2025, 1, NULL, 'decision', 'Kvardagsrehabilitering for skrøpelege eldre', 'SSE', 'Brukarrådet',"
        "  'Bakgrunn om heimetenester på øyane', 'OU tilrår', 0, '', 30, '', 0, '2025-01-10 08:00:00.000000'),"
        " (2, 1, NULL, 0, NULL, NULL, NULL, 'discussion', 'Ventetid på sjukehusheim', '', 'Brukarrepresentant',"
        "  'Ei sak som ventar på eit møte', '', 0, '', 15, '', 0, '2025-02-01 08:00:00.000000')"
    ),
    "conclusions": (
        "INSERT INTO conclusions (id, item_id, kind, decision_text, without_quorum, concluded_at) VALUES"
        " (1, 1, 'consensus', 'Områdeutvalet ber kommunane prøve ut kvardagsmeistring i Brønnøy', 0,"
        " '2025-03-04 10:40:00.000000')"
    ),
}


def make_old_file(path: Path, revision: str = "0001") -> None:
    """A file as hfdesk at `revision` made it, with a few rows typed in Norwegian."""
    engine = sa.create_engine(sa.engine.URL.create("sqlite", database=str(path)))
    cfg = alembic_config()
    with engine.connect() as connection:
        cfg.attributes["connection"] = connection
        command.upgrade(cfg, revision)
        for sql in ROWS.values():
            connection.exec_driver_sql(sql)
        connection.commit()
    engine.dispose()


def dump(path: Path) -> dict[str, list[tuple]]:
    con = sqlite3.connect(path)
    try:
        return {table: con.execute(f"SELECT * FROM {table} ORDER BY id").fetchall() for table in ROWS}
    finally:
        con.close()


def test_a_file_at_0001_is_upgraded_with_its_rows_intact_and_searchable(tmp_path):
    path = tmp_path / "Møteboka Øygarden.sqlite"
    make_old_file(path)
    before = dump(path)
    assert all(before.values())
    con = sqlite3.connect(path)
    assert con.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
    assert not con.execute("SELECT name FROM sqlite_master WHERE name = 'case_search'").fetchall()
    con.close()

    db = open_database(path)
    try:
        assert current_revision(db.engine) == head_revision() == "0003"
        assert dump(path) == before
        # a copy of the file as it was, taken before anything changed
        backups = list((tmp_path / "backups").glob("Møteboka Øygarden.*.før-oppgradering-0001.sqlite"))
        assert len(backups) == 1
        assert dump(backups[0]) == before
        old = sqlite3.connect(backups[0])
        assert old.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
        old.close()
        with db.session() as s:
            assert [h.item_id for h in search_cases(s, "skrøpel")] == [1]
            hit = search_cases(s, "brønnøy")[0]  # from the decision
            assert (hit.item_id, hit.number, hit.body_short_name) == (1, "1/25", "OU Øygarden")
            assert [h.item_id for h in search_cases(s, "øyane")] == [1]
            assert [h.item_id for h in search_cases(s, "sjukeh")] == [2]  # the backlog too
            assert [r.title for r in meetings.backlog(s)] == ["Ventetid på sjukehusheim"]
        with db.transaction() as s:  # and the triggers work on the old rows
            agenda.update_item(s, 2, title="Ventetid på korttidsplass")
        with db.session() as s:
            assert [h.item_id for h in search_cases(s, "korttid")] == [2]
            assert search_cases(s, "sjukeh") == []
    finally:
        db.close()
    # opening again does nothing more: no new backup
    open_database(path).close()
    assert len(list((tmp_path / "backups").iterdir())) == 1


def test_downgrade_to_0001_removes_the_index_and_upgrade_rebuilds_it(tmp_path):
    path = tmp_path / "round.sqlite"
    make_old_file(path)
    open_database(path).close()
    engine = sa.create_engine(sa.engine.URL.create("sqlite", database=str(path)))
    cfg = alembic_config()
    with engine.connect() as connection:
        cfg.attributes["connection"] = connection
        command.downgrade(cfg, "0001")
        connection.commit()
        names = {r[0] for r in connection.exec_driver_sql("SELECT name FROM sqlite_master")}
        assert not {n for n in names if n.startswith("case_search")}
    engine.dispose()
    db = open_database(path)
    try:
        with db.session() as s:
            assert [h.item_id for h in search_cases(s, "kvardagsmeistring")] == [1]
    finally:
        db.close()


# --- issue 7: a fixture per released schema, upgraded to head with every row intact ---------------
#
# tests/fixtures/schema-<revision>.db are made by scripts/make_schema_fixtures.py (migrations up to
# that revision on an empty file, then representative rows in plain SQL). The checks are the ones
# pytest-alembic makes, written out: a single head, a straight line of revisions, an upgrade to head
# from every released schema (downgrades are not required of a release).

import hashlib
import importlib.util
import shutil

import pytest
from alembic.script import ScriptDirectory

FIXTURES = Path(__file__).resolve().parent / "fixtures"
SCRIPT = Path(__file__).resolve().parent.parent / "scripts" / "make_schema_fixtures.py"


def _fixture_script():
    spec = importlib.util.spec_from_file_location("make_schema_fixtures", SCRIPT)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


fixtures_script = _fixture_script()
RELEASED = fixtures_script.RELEASED


def table_rows(path: Path) -> dict[str, tuple[int, str]]:
    """Every table's row count and a hash of all its rows, every column."""
    con = sqlite3.connect(path)
    try:
        tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        out = {}
        for table in tables:
            rows = sorted(repr(r) for r in con.execute(f'SELECT * FROM "{table}"'))
            out[table] = (len(rows), hashlib.sha256("\n".join(rows).encode()).hexdigest())
        return out
    finally:
        con.close()


def test_a_single_head_and_a_straight_line_of_revisions():
    script = ScriptDirectory.from_config(alembic_config())
    assert len(script.get_heads()) == 1
    assert len(script.get_bases()) == 1
    revisions = list(script.walk_revisions())  # head first
    for newer, older in zip(revisions, revisions[1:]):
        assert newer.down_revision == older.revision
    assert revisions[-1].down_revision is None


def test_every_released_schema_has_its_fixture():
    script = ScriptDirectory.from_config(alembic_config())
    known = {rev.revision for rev in script.walk_revisions()}
    assert set(RELEASED) <= known
    for revision in RELEASED:
        path = fixtures_script.fixture_path(revision)
        assert path.is_file(), f"run: python scripts/make_schema_fixtures.py (missing {path.name})"
        con = sqlite3.connect(path)
        assert con.execute("SELECT version_num FROM alembic_version").fetchall() == [(revision,)]
        people = con.execute("SELECT count(*) FROM people").fetchone()[0]
        members = con.execute("SELECT count(*) FROM memberships").fetchone()[0]
        non_ascii = con.execute(
            "SELECT count(*) FROM people WHERE given_name || family_name GLOB '*[^ -~]*'").fetchone()[0]
        empty = [t for (t,) in con.execute("SELECT name FROM sqlite_master WHERE type='table'")
                 if not t.startswith("case_search") and con.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] == 0]
        con.close()
        assert people >= 1000 and members >= 1000 and non_ascii >= 100
        assert empty == []  # every table holds rows to carry over


@pytest.mark.parametrize("revision", RELEASED)
def test_each_released_schema_upgrades_to_head_with_every_row_intact(revision, tmp_path):
    path = tmp_path / f"hfdesk fra {revision}.sqlite"
    shutil.copy(fixtures_script.fixture_path(revision), path)
    before = table_rows(path)

    db = open_database(path)
    try:
        assert current_revision(db.engine) == head_revision()
        with db.session() as s:
            assert s.execute(sa.text("PRAGMA integrity_check")).scalar() == "ok"
            assert s.execute(sa.text("PRAGMA foreign_key_check")).all() == []
            # the app's own reads work on the old rows
            assert len(meetings.backlog(s)) == 8
            assert search_cases(s, "skrøpelege")
    finally:
        db.close()
    after = table_rows(path)
    changed = {t for t in before if t != "alembic_version" and after.get(t) != before[t]}
    assert changed == set(), f"rows changed by the upgrade in {sorted(changed)}"
    if revision != head_revision():
        [backup] = (tmp_path / "backups").iterdir()
        assert table_rows(backup) == before
        assert f"før-oppgradering-{revision}" in backup.name
    else:
        assert not (tmp_path / "backups").exists()  # nothing to upgrade, nothing copied


def test_the_fixture_script_gives_the_same_rows_again(tmp_path):
    """The committed fixtures are what the script makes: the rows can be traced to their source."""
    for revision in RELEASED:
        made = fixtures_script.build(revision, tmp_path / f"{revision}.db")
        assert table_rows(made) == table_rows(fixtures_script.fixture_path(revision))
