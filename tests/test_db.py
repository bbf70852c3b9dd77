"""The database file: connection settings, migrations, refusing what it must not open."""

from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest
import sqlalchemy as sa
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext

from hfdesk.db import current_revision, head_revision, open_database
from hfdesk.errors import DatabaseMissing, DatabaseReadOnly, NewerDatabase, NotADatabase
from hfdesk.migrations import include_name
from hfdesk.models import Base


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_every_pooled_connection_has_the_durability_settings(db):
    connections = [db.engine.connect() for _ in range(3)]
    try:
        for conn in connections:
            assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
            assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "delete"
            assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 3  # EXTRA
            assert conn.exec_driver_sql("PRAGMA busy_timeout").scalar() >= 5000
    finally:
        for conn in connections:
            conn.close()


def test_upgrade_head_on_an_empty_file_gives_exactly_the_models(db):
    assert current_revision(db.engine) == head_revision()
    with db.engine.connect() as conn:
        context = MigrationContext.configure(conn, opts={"compare_type": True, "include_name": include_name})
        diff = compare_metadata(context, Base.metadata)
    assert diff == []
    # ... and the filter hides only the search index, which is there.
    with db.engine.connect() as conn:
        tables = set(sa.inspect(conn).get_table_names())
    hidden = {t for t in tables if not include_name(t, "table", {})}
    assert "case_search" in hidden and all(t.startswith("case_search") for t in hidden)


def test_head_revision_constant_matches_the_migration_scripts():
    from hfdesk.migrations import HEAD_REVISION

    assert HEAD_REVISION == head_revision()


def test_new_database_file_is_private_to_its_owner(tmp_path):
    path = tmp_path / "new.sqlite"
    open_database(path).close()
    assert path.stat().st_mode & 0o077 == 0


def test_foreign_keys_are_enforced_by_sqlite(db):
    with pytest.raises(sa.exc.IntegrityError):
        with db.transaction() as session:
            session.execute(
                sa.text(
                    "INSERT INTO memberships (body_id, person_id, role, rights, represents_text, term_from, notes,"
                    " created_at) VALUES (999, 999, 'member', 'vote', '', '2025-01-01', '', '2025-01-01')"
                )
            )


def test_failed_transaction_leaves_nothing_behind(db):
    from hfdesk.models import Area
    from hfdesk.services.register import create_area

    with pytest.raises(sa.exc.IntegrityError):
        with db.transaction() as session:
            create_area(session, "Voss")
            create_area(session, "Voss")  # unique name
    with db.session() as session:
        assert session.scalar(sa.select(sa.func.count(Area.id))) == 0


def test_newer_database_is_refused_and_left_byte_identical(tmp_path):
    path = tmp_path / "future.sqlite"
    open_database(path).close()
    con = sqlite3.connect(path)
    con.execute("UPDATE alembic_version SET version_num = 'ffff_from_the_future'")
    con.commit()
    con.close()
    before = sha256(path)
    mtime = path.stat().st_mtime_ns
    with pytest.raises(NewerDatabase, match="nyere versjon"):
        open_database(path)
    assert sha256(path) == before
    assert path.stat().st_mtime_ns == mtime
    assert not (tmp_path / "future.sqlite-journal").exists()


def test_a_file_that_is_not_a_database_is_refused_untouched(tmp_path):
    path = tmp_path / "referat.docx"
    path.write_bytes(b"PK\x03\x04 this is a zip, not SQLite" * 20)
    before = sha256(path)
    with pytest.raises(NotADatabase):
        open_database(path)
    assert sha256(path) == before


def test_a_foreign_sqlite_database_is_refused_untouched(tmp_path):
    path = tmp_path / "other.sqlite"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)")
    con.commit()
    con.close()
    before = sha256(path)
    with pytest.raises(NotADatabase, match="ikke fra hfdesk"):
        open_database(path)
    assert sha256(path) == before


def test_missing_file_is_not_created_when_not_asked(tmp_path):
    with pytest.raises(DatabaseMissing):
        open_database(tmp_path / "nope.sqlite", create=False)
    assert not (tmp_path / "nope.sqlite").exists()


def test_read_only_file_gets_a_clear_message(tmp_path, monkeypatch):
    """A file the user cannot write (read-only attribute, a write-protected share) is refused, untouched."""
    import hfdesk.db as dbmod

    path = tmp_path / "ro.sqlite"
    open_database(path).close()
    before = sha256(path)
    # Tests may run as root, who can write anything: ask the access check to say no.
    monkeypatch.setattr(dbmod, "_writable", lambda p: False)
    with pytest.raises(DatabaseReadOnly, match="skrives"):
        open_database(path)
    assert sha256(path) == before


def test_older_schema_is_copied_before_it_is_upgraded(tmp_path, monkeypatch):
    """A file at an older revision is backed up beside the data before any migration runs."""
    import hfdesk.db as dbmod

    path = tmp_path / "old.sqlite"
    open_database(path).close()
    con = sqlite3.connect(path)
    con.execute("UPDATE alembic_version SET version_num = '0000_older'")
    con.commit()
    con.close()
    monkeypatch.setattr(dbmod, "_known_revisions", lambda: {"0000_older", head_revision()})
    monkeypatch.setattr(dbmod, "_upgrade", lambda engine: None)
    open_database(path).close()
    backups = list((tmp_path / "backups").glob("old.for-oppgradering-0000_older-*.sqlite"))
    assert len(backups) == 1
    check = sqlite3.connect(backups[0])
    assert check.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "0000_older"
    check.close()


def test_a_transaction_cut_off_by_a_power_failure_is_rolled_back_on_open(tmp_path):
    """What a power cut leaves behind (the file plus its hot journal) opens, at the last commit."""
    import shutil

    from hfdesk.services.queries import list_bodies
    from hfdesk.services.register import create_body

    path = tmp_path / "live.sqlite"
    db = open_database(path)
    with db.transaction() as session:
        create_body(session, "Strategisk samarbeidsutval", 2, short_name="SSU")
    db.close()
    writer = sqlite3.connect(path)
    writer.execute("PRAGMA cache_size=1")  # spill changed pages into the file before the commit
    writer.execute("BEGIN")
    for i in range(3000):
        writer.execute("INSERT INTO areas (name, sort_order) VALUES (?, ?)", (f"Område {i:05d} " + "x" * 200, i))
    crashed = tmp_path / "crashed"
    crashed.mkdir()
    shutil.copy(path, crashed / "live.sqlite")
    shutil.copy(tmp_path / "live.sqlite-journal", crashed / "live.sqlite-journal")
    writer.rollback()
    writer.close()
    recovered = open_database(crashed / "live.sqlite", create=False)
    with recovered.session() as session:
        assert [b.short_name for b in list_bodies(session)] == ["SSU"]
        assert session.execute(sa.text("SELECT count(*) FROM areas")).scalar() == 0
        assert session.execute(sa.text("PRAGMA integrity_check")).scalar() == "ok"
    recovered.close()


@pytest.mark.parametrize("name", ["Referat%20SSU.sqlite", "sak #3?x=1.sqlite", "Møte æøå 100%.sqlite"])
def test_file_names_are_taken_literally(tmp_path, name):
    path = tmp_path / name
    open_database(path).close()
    assert sorted(p.name for p in tmp_path.iterdir()) == [name]
    assert path.stat().st_size > 0
    assert open_database(path, create=False, read_only=True).path == path


def test_an_empty_file_is_not_a_database_when_only_reading(tmp_path):
    path = tmp_path / "empty.sqlite"
    path.touch()
    with pytest.raises(NotADatabase, match="tom"):
        open_database(path, create=False)
    assert path.stat().st_size == 0


def test_read_only_opening_reads_a_write_protected_file_and_never_writes(tmp_path, monkeypatch):
    import hfdesk.db as dbmod
    from hfdesk.services.register import create_area

    path = tmp_path / "share.sqlite"
    open_database(path).close()
    before = sha256(path)
    monkeypatch.setattr(dbmod, "_writable", lambda p: False)
    database = open_database(path, read_only=True)
    with database.session() as session:
        assert session.execute(sa.text("SELECT count(*) FROM bodies")).scalar() == 0
    with pytest.raises(sa.exc.OperationalError):
        with database.transaction() as session:
            create_area(session, "Voss")
    database.close()
    assert sha256(path) == before
