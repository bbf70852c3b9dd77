"""Upgrading a file made by an older hfdesk: nothing lost, a copy taken first, the new
features working on the old rows."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import sqlalchemy as sa
from alembic import command

from hfdesk.db import alembic_config, current_revision, head_revision, open_database
from hfdesk.migrations import HEAD_REVISION
from hfdesk.migrations.schema import expected_schema, schema_of
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


def columns_of(path: Path) -> dict[str, list[str]]:
    """Every table's columns, in order."""
    con = sqlite3.connect(path)
    try:
        tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")]
        return {t: [r[0] for r in con.execute("SELECT name FROM pragma_table_info(?) ORDER BY cid", (t,))] for t in tables}
    finally:
        con.close()


def dump(path: Path, columns: dict[str, list[str]] | None = None) -> dict[str, list[tuple]]:
    """The rows of the tables in ROWS; with `columns` (an older file's), only those columns:
    what an upgrade must keep (the columns it adds are checked on their own)."""
    columns = columns or columns_of(path)
    con = sqlite3.connect(path)
    try:
        return {
            table: con.execute(f"SELECT {', '.join(columns[table])} FROM {table} ORDER BY id").fetchall()
            for table in ROWS
        }
    finally:
        con.close()


def test_a_file_at_0001_is_upgraded_with_its_rows_intact_and_searchable(tmp_path):
    path = tmp_path / "Møteboka Øygarden.sqlite"
    make_old_file(path)
    old_columns = columns_of(path)
    before = dump(path)
    assert all(before.values())
    con = sqlite3.connect(path)
    assert con.execute("SELECT version_num FROM alembic_version").fetchone() == ("0001",)
    assert not con.execute("SELECT name FROM sqlite_master WHERE name = 'case_search'").fetchall()
    con.close()

    db = open_database(path)
    try:
        assert current_revision(db.engine) == head_revision()
        assert dump(path, old_columns) == before
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
import uuid

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


def table_rows(path: Path, columns: dict[str, list[str]] | None = None) -> dict[str, tuple[int, str]]:
    """Every table's row count and a hash of all its rows, every column (with `columns`, an
    older file's: those columns of the tables it had, the rows an upgrade must keep)."""
    con = sqlite3.connect(path)
    try:
        tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name")]
        if columns is not None:
            tables = [t for t in tables if t in columns]
        out = {}
        for table in tables:
            selected = ", ".join(f'"{c}"' for c in columns[table]) if columns is not None else "*"
            rows = sorted(repr(r) for r in con.execute(f'SELECT {selected} FROM "{table}"'))
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
    old_columns = columns_of(path)
    expected_fates = fates_by_the_old_rules(path)

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
    after = table_rows(path, old_columns)
    changed = {t for t in before if t != "alembic_version" and after.get(t) != before[t]}
    assert changed == set(), f"rows changed by the upgrade in {sorted(changed)}"
    if revision < "0004":
        check_0004_filled_in(path, expected_fates)
    con = sqlite3.connect(path)
    try:  # exactly the schema a new file gets, so the next open accepts it
        assert schema_of(con) == expected_schema(head_revision())
    finally:
        con.close()
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


# --- revision 0004: cases, vote rounds, proposals' fate, uuids, filled in for the rows already there ----

UUID_TABLES = ("meetings", "cases", "agenda_items", "proposals", "attendances", "conclusions", "vote_rounds", "votes",
               "protocol_entries", "follow_ups")


def fates_by_the_old_rules(path: Path) -> dict[int, str]:
    """Each proposal's fate as 0004 derives it from a file without fates (computed here in Python,
    not by the migration's SQL): voted on → adopted or fell by the outcome; the agenda's proposal of
    an item concluded by consensus → adopted; every other → pending."""
    con = sqlite3.connect(path)
    try:
        conclusions = con.execute("SELECT item_id, kind, voted_proposal_id, adopted FROM conclusions").fetchall()
        proposals = con.execute("SELECT id, item_id, from_agenda FROM proposals").fetchall()
    finally:
        con.close()
    fates = {pid: "pending" for pid, _, _ in proposals}
    for item_id, kind, voted, adopted in conclusions:
        if kind in ("consensus", "consensus_with_protocol"):
            fates.update({pid: "adopted" for pid, item, agenda in proposals if item == item_id and agenda})
        elif kind == "vote" and voted is not None and adopted is not None:
            fates[voted] = "adopted" if adopted else "fell"
    return fates


def check_0004_filled_in(path: Path, expected_fates: dict[int, str]) -> None:
    con = sqlite3.connect(path)
    try:
        one = lambda sql: con.execute(sql).fetchone()[0]  # noqa: E731
        # every item a treatment of its own case, titled and dated like it
        items = one("SELECT count(*) FROM agenda_items")
        assert items > 100
        assert one("SELECT count(*) FROM cases") == items
        assert one("SELECT count(DISTINCT case_id) FROM agenda_items") == items
        assert one("SELECT count(*) FROM agenda_items AS a JOIN cases AS c ON c.id = a.case_id "
                   "WHERE c.title = a.title AND c.created_at = a.created_at AND c.reference = ''") == items
        # a uuid on every row of the record, each one once
        every: list[str] = []
        for table in UUID_TABLES:
            values = [r[0] for r in con.execute(f"SELECT uuid FROM {table}")]
            assert values, table
            assert all(v is not None and str(uuid.UUID(v)) == v and uuid.UUID(v).version == 4 for v in values), table
            every += values
        assert len(set(every)) == len(every)
        # one round per conclusion that voted, with its proposal and outcome; its votes are the round's
        voted = con.execute("SELECT id, voted_proposal_id, adopted FROM conclusions WHERE adopted IS NOT NULL "
                            "OR id IN (SELECT conclusion_id FROM votes) ORDER BY id").fetchall()
        rounds = con.execute("SELECT conclusion_id, proposal_id, adopted FROM vote_rounds WHERE position = 1 "
                             "ORDER BY conclusion_id").fetchall()
        assert voted and rounds == voted
        assert one("SELECT count(*) FROM vote_rounds") == len(voted)
        assert {a for _, _, a in rounds} == {0, 1}  # adopted and fallen both
        votes = one("SELECT count(*) FROM votes")
        assert votes > 0
        assert one("SELECT count(*) FROM votes AS v JOIN vote_rounds AS r ON r.id = v.round_id "
                   "WHERE r.conclusion_id = v.conclusion_id") == votes
        # what became of the proposals
        fates = dict(con.execute("SELECT id, fate FROM proposals").fetchall())
        assert fates == expected_fates
        assert set(fates.values()) == {"pending", "adopted", "fell"}
    finally:
        con.close()


def test_an_upgraded_file_reads_and_writes_cases_rounds_and_fates(tmp_path):
    """The ORM reads what 0004 filled in, and the services go on writing consistent rows."""
    from hfdesk.models import AgendaItem, Case, Conclusion, ConclusionKind, ProposalFate

    path = tmp_path / "hfdesk fra 0003.sqlite"
    shutil.copy(fixtures_script.fixture_path("0003"), path)
    db = open_database(path)
    try:
        with db.session() as s:
            conclusion = s.scalars(sa.select(Conclusion).where(Conclusion.kind == ConclusionKind.VOTE)
                                   .order_by(Conclusion.id)).first()
            [rnd] = conclusion.vote_rounds
            assert rnd.position == 1 and rnd.proposal is conclusion.voted_proposal and rnd.adopted == conclusion.adopted
            assert sorted(v.id for v in rnd.votes) == sorted(v.id for v in conclusion.votes)
            assert rnd.proposal.fate == (ProposalFate.ADOPTED if conclusion.adopted else ProposalFate.FELL)
            backlog_item = s.scalars(sa.select(AgendaItem).where(AgendaItem.meeting_id.is_(None))
                                     .order_by(AgendaItem.id)).first()
            assert backlog_item.case.treatments == [backlog_item]
            body = backlog_item.body
            newest_case = s.scalar(sa.select(sa.func.max(Case.id)))
        with db.transaction() as s:
            agenda.update_item(s, backlog_item.id, title="Venteliste: nytt namn")
            new = meetings.add_item(s, body_id=body.id, title="Ei ny sak etter oppgraderinga")
            new_id = new.id
        with db.session() as s:
            assert s.get(AgendaItem, backlog_item.id).case.title == "Venteliste: nytt namn"
            new = s.get(AgendaItem, new_id)
            assert new.case_id > newest_case and new.case.title == "Ei ny sak etter oppgraderinga"
            assert len(new.uuid) == 36 and len(new.case.uuid) == 36
    finally:
        db.close()


def test_the_newest_released_file_upgraded_and_downgraded_again_is_the_file_it_was(tmp_path):
    released = RELEASED[-1]
    path = tmp_path / "tur-retur.sqlite"
    shutil.copy(fixtures_script.fixture_path(released), path)
    before = table_rows(path)
    open_database(path).close()
    engine = sa.create_engine(sa.engine.URL.create("sqlite", database=str(path)))
    cfg = alembic_config()
    with engine.connect() as connection:
        cfg.attributes["connection"] = connection
        command.downgrade(cfg, released)
        connection.commit()
    engine.dispose()
    assert table_rows(path) == before
    con = sqlite3.connect(path)
    try:
        assert schema_of(con) == expected_schema(released)
    finally:
        con.close()


# --- revision 0005: what real notices and minutes need ------------------------------------------

def test_0005_fills_in_what_each_approval_item_approves_and_keeps_the_old_numbers(tmp_path):
    """Each approval item of the 0004 file names the minutes it approves: the meeting approved in
    it, else the body's previous held meeting; the bodies keep writing their numbers as before."""
    from hfdesk.models import AgendaItem, Body, CompositionRule, Meeting, MeetingStatus, StandardItem

    path = tmp_path / "hfdesk fra 0004.sqlite"
    shutil.copy(fixtures_script.fixture_path("0004"), path)
    con = sqlite3.connect(path)
    approved_in = dict(con.execute(
        "SELECT approved_in_item_id, id FROM meetings WHERE approved_in_item_id IS NOT NULL").fetchall())
    con.close()
    assert approved_in  # the fixture has minutes approved in a later meeting
    db = open_database(path)
    try:
        with db.session() as s:
            items = s.scalars(sa.select(AgendaItem).where(AgendaItem.standard == StandardItem.APPROVE_MINUTES,
                                                          AgendaItem.meeting_id.is_not(None))).all()
            assert items
            for item in items:
                if item.id in approved_in:
                    assert item.approves_meeting_id == approved_in[item.id]
                    continue
                own = item.meeting
                held = [m for m in own.body.meetings if m.starts_at < own.starts_at
                        and m.status in (MeetingStatus.HELD, MeetingStatus.MINUTES_APPROVED)]
                expected = max(held, key=lambda m: (m.starts_at, m.id)).id if held else None
                assert item.approves_meeting_id == expected
            assert {b.case_number_pattern for b in s.scalars(sa.select(Body))} == {"N/YY"}
            assert {b.minutes_signatories for b in s.scalars(sa.select(Body))} == {0}
            assert {(m.archive_reference, m.calendar_sequence) for m in s.scalars(sa.select(Meeting))} == {("", 0)}
            # The composition flags: every new rule off, deputies kept to their member's side.
            assert {(b.leader_sides_differ, b.shared_deputies, b.deputy_same_side, b.matching_representation)
                    for b in s.scalars(sa.select(Body))} == {(False, False, True, False)}
            rules = s.scalars(sa.select(CompositionRule)).all()
            assert rules and {(r.position, r.outside_caps) for r in rules} == {("", False)}
    finally:
        db.close()


# --- revision 0006: a case withdrawn (trekt) after the notice ---------------------------------------

def test_0006_keeps_every_conclusion_row_for_row_and_takes_a_withdrawn_one(tmp_path):
    """The 0005 file's conclusions (every kind), the rows hanging on them (rounds, votes, protocol
    entries) and the search index of their decisions come through the table's copy unchanged; the
    new kind is accepted, and a kind that does not exist is still refused by the CHECK."""
    path = tmp_path / "hfdesk fra 0005.sqlite"
    shutil.copy(fixtures_script.fixture_path("0005"), path)
    tables = ("conclusions", "vote_rounds", "votes", "protocol_entries", "protocol_entry_supporters")

    def rows() -> dict[str, list[tuple]]:
        con = sqlite3.connect(path)
        try:
            return {t: con.execute(f'SELECT * FROM "{t}" ORDER BY rowid').fetchall() for t in tables}
        finally:
            con.close()

    before = rows()
    assert {r[2] for r in before["conclusions"]} == {
        "consensus", "consensus_with_protocol", "vote", "no_consensus", "deferred", "noted"}
    decided = next(r for r in before["conclusions"] if r[2] == "deferred")
    open_database(path).close()
    # row for row in the columns the 0005 file had (later revisions add columns at the end)
    assert {t: [r[: len(before[t][0])] for r in rs] for t, rs in rows().items() if before[t]} == {
        t: rs for t, rs in before.items() if rs}
    con = sqlite3.connect(path)
    try:
        assert con.execute("SELECT version_num FROM alembic_version").fetchall() == [(head_revision(),)]
        # the search index still follows the decisions (its triggers were made again)
        con.execute("UPDATE conclusions SET decision_text = 'Saka vart trekt frå sakslista' WHERE id = ?", (decided[0],))
        assert con.execute("SELECT rowid FROM case_search WHERE case_search MATCH 'trekt'").fetchall() == [(decided[1],)]
        con.execute("UPDATE conclusions SET kind = 'withdrawn' WHERE id = ?", (decided[0],))
        assert con.execute("SELECT kind FROM conclusions WHERE id = ?", (decided[0],)).fetchone() == ("withdrawn",)
        with pytest.raises(sqlite3.IntegrityError):
            con.execute("UPDATE conclusions SET kind = 'forsvunne' WHERE id = ?", (decided[0],))
    finally:
        con.close()


# --- revision 0007: a version, who and when on every row two people edit ------------------------------

VERSIONED_TABLES = ("organisations", "people", "bodies", "composition_rules", "memberships", "meetings", "cases",
                    "agenda_items", "attendances", "proposals", "conclusions", "protocol_entries", "follow_ups")


def test_0007_keeps_every_row_of_a_0006_file_at_version_1_and_counts_an_edit(tmp_path):
    """A file release 0006 wrote: every row of every table comes through (the columns it had, unchanged),
    each row two people can edit starts at version 1 with no author, the search index still follows an
    edited title (no table was copied, its triggers stand), and an edit through the services counts the
    version up and says who made it and when."""
    from hfdesk.models import AgendaItem
    from hfdesk.services.actor import current_actor

    path = tmp_path / "hfdesk fra 0006.sqlite"
    shutil.copy(fixtures_script.fixture_path("0006"), path)
    old_columns = columns_of(path)
    before = table_rows(path)
    con = sqlite3.connect(path)
    triggers_before = con.execute("SELECT name FROM sqlite_master WHERE type = 'trigger' ORDER BY name").fetchall()
    con.close()
    db = open_database(path)
    db.close()
    after = table_rows(path, old_columns)
    assert after.pop("alembic_version") != before.pop("alembic_version")  # upgraded
    assert after == before  # every row of every table, every column it had
    con = sqlite3.connect(path)
    try:
        for table in VERSIONED_TABLES:
            assert before[table][0] > 0, table  # the fixture has rows of every kind
            assert set(con.execute(f'SELECT version, changed_by, changed_at FROM "{table}"').fetchall()) == {
                (1, "", None)}, table
        assert con.execute("SELECT name FROM sqlite_master WHERE type = 'trigger' ORDER BY name").fetchall() == (
            triggers_before)
        item_id = con.execute(
            "SELECT id FROM agenda_items WHERE standard IS NULL AND meeting_id IN "
            "(SELECT id FROM meetings WHERE status = 'planned') ORDER BY id LIMIT 1").fetchone()[0]
    finally:
        con.close()
    db = open_database(path)
    try:
        with db.transaction() as session:
            agenda.update_item(session, item_id, title="Budsjett 2027 for samhandling", expected_version=1)
        with db.session() as session:
            item = session.get(AgendaItem, item_id)
            assert item is not None
            assert (item.version, item.changed_by) == (2, current_actor(session))
            assert item.changed_at is not None
            assert [h.item_id for h in search_cases(session, "samhandling budsjett")] == [item_id]
    finally:
        db.close()
# --- revision 0009: a meeting taken along to a laptop ------------------------------------------------

def test_0009_adds_the_checkouts_to_a_0006_file_and_a_meeting_of_it_can_be_taken_along(tmp_path):
    """The 0006 file keeps every row; a meeting of it can be taken along (checkout recorded), its
    writes are refused on the file while it is away, and the copy has the meeting."""
    from hfdesk.errors import HfdeskError
    from hfdesk.models import Meeting, MeetingCheckout, MeetingCopyOrigin
    from hfdesk.services import checkout

    path = tmp_path / "hfdesk fra 0006.sqlite"
    shutil.copy(fixtures_script.fixture_path("0006"), path)
    before, old_columns = table_rows(path), columns_of(path)
    db = open_database(path)
    try:
        assert current_revision(db.engine) == head_revision()
        with db.session() as s:
            meeting = s.scalars(sa.select(Meeting).order_by(Meeting.id)).first()
            meeting_id, title = meeting.id, meeting.title
        taken = checkout.take_meeting(db, meeting_id, tmp_path / "med.sqlite")
        with db.session() as s:
            [row] = s.scalars(sa.select(MeetingCheckout)).all()
            assert (row.meeting_id, row.token) == (meeting_id, taken.token)
        with pytest.raises(HfdeskError) as refused, db.transaction() as s:
            s.get(Meeting, meeting_id).title = "Endra"
        assert refused.value.code == "checkout.meeting_taken"
    finally:
        db.close()
    copy = open_database(tmp_path / "med.sqlite")
    try:
        with copy.session() as s:
            assert s.get(Meeting, meeting_id).title == title
            assert s.scalars(sa.select(MeetingCopyOrigin.meeting_id)).all() == [meeting_id]
    finally:
        copy.close()
    after = table_rows(path, old_columns)
    assert {t: r for t, r in after.items() if t != "alembic_version"} == {
        t: r for t, r in before.items() if t != "alembic_version"}
# --- revision 0010: the speakers list, the items' clock, and the body's choice to print them ----------

def test_0010_keeps_every_row_of_a_0006_file_and_takes_speakers_and_times(tmp_path):
    """A file release 0006 wrote: every row of every table it had comes through unchanged (no
    table is copied: the search index's triggers still follow the cases), its bodies print neither
    speakers nor times, and the new tables take a speaker, a reply and an item's time."""
    path = tmp_path / "hfdesk fra 0006.sqlite"
    shutil.copy(fixtures_script.fixture_path("0006"), path)
    old_columns = columns_of(path)
    before = dump(path, old_columns)
    open_database(path).close()
    assert dump(path, old_columns) == before
    con = sqlite3.connect(path)
    try:
        con.execute("PRAGMA foreign_keys = ON")
        assert con.execute("SELECT version_num FROM alembic_version").fetchall() == [(head_revision(),)]
        assert set(con.execute("SELECT minutes_list_speakers, minutes_item_times FROM bodies").fetchall()) == {(0, 0)}
        item_id = con.execute("SELECT id FROM agenda_items WHERE meeting_id IS NOT NULL LIMIT 1").fetchone()[0]
        person_id = con.execute("SELECT id FROM people LIMIT 1").fetchone()[0]
        con.execute(
            "INSERT INTO speaker_entries (item_id, person_id, position, requested_at, started_at) "
            "VALUES (?, ?, 0, '2026-03-03 10:00:00', '2026-03-03 10:01:00')", (item_id, person_id))
        parent = con.execute("SELECT id FROM speaker_entries").fetchone()[0]
        con.execute(
            "INSERT INTO speaker_entries (item_id, person_id, parent_id, position, requested_at) "
            "VALUES (?, ?, ?, 0, '2026-03-03 10:02:00')", (item_id, person_id, parent))
        con.execute("INSERT INTO item_timings (item_id, started_at) VALUES (?, '2026-03-03 10:00:00')", (item_id,))
        assert con.execute("SELECT seconds FROM item_timings").fetchone() == (0,)
        with pytest.raises(sqlite3.IntegrityError):
            con.execute("INSERT INTO speaker_entries (item_id, person_id, position, requested_at) "
                        "VALUES (?, 999999, 0, '2026-03-03 10:00:00')", (item_id,))
        # the search index's triggers are still there: a changed title is found
        con.execute("UPDATE agenda_items SET title = 'Talarliste og klokke' WHERE id = ?", (item_id,))
        assert con.execute("SELECT count(*) FROM case_search WHERE case_search MATCH 'talarliste'").fetchone()[0] >= 1
        con.commit()
    finally:
        con.close()
