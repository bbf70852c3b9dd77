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
        assert current_revision(db.engine) == head_revision() == "0002"
        assert dump(path) == before
        # a copy of the file as it was, taken before anything changed
        backups = list((tmp_path / "backups").glob("Møteboka Øygarden.for-oppgradering-0001-*.sqlite"))
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
