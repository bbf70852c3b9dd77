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
    backups = list((tmp_path / "backups").glob("old.*.før-oppgradering-0000_older.sqlite"))
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


# --- issue 7: damaged files, read-only and risky locations ----------------------------------------




def _file_state(path: Path) -> tuple[str, int, list[str]]:
    return sha256(path), path.stat().st_mtime_ns, sorted(p.name for p in path.parent.iterdir())




def test_a_damaged_page_is_refused_untouched_and_a_good_backup_is_offered(filled, damage_middle_page):
    from hfdesk.backup import make_backup
    from hfdesk.db import newest_good_backup
    from hfdesk.errors import DamagedDatabase

    good = make_backup(filled, reason="automatisk")
    damage_middle_page(filled)
    before = _file_state(filled)
    with pytest.raises(DamagedDatabase) as info:
        open_database(filled)
    assert isinstance(info.value, NotADatabase)  # callers catching NotADatabase still do
    assert "skadet" in str(info.value) and "sikkerhetskopi" in str(info.value) and "\n" not in str(info.value)
    assert _file_state(filled) == before  # same bytes, same mtime, no journal or other file
    with pytest.raises(DamagedDatabase):
        open_database(filled, create=False, read_only=True)
    assert _file_state(filled) == before
    assert newest_good_backup(filled) == good


@pytest.mark.parametrize(
    "spoil",
    [
        lambda data: data[: len(data) // 2],  # cut off half-way (a copy that stopped)
        lambda data: data[:100] + b"\x00" * (len(data) - 100),  # everything after the header zeroed
        lambda data: data[:16] + bytes(range(256)) * 4 + data[16 + 1024 :],  # header fields garbled
    ],
)
def test_other_damage_is_refused_with_a_known_error_and_the_file_untouched(filled, spoil):
    filled.write_bytes(spoil(filled.read_bytes()))
    before = _file_state(filled)
    with pytest.raises(NotADatabase):
        open_database(filled)
    assert _file_state(filled) == before


def test_a_read_only_location_says_so_and_the_file_opens_read_only(tmp_path, monkeypatch):
    import hfdesk.db as dbmod
    from hfdesk.errors import ReadOnlyLocation

    path = tmp_path / "delt.sqlite"
    open_database(path).close()
    before = _file_state(path)
    monkeypatch.setattr(dbmod, "_writable", lambda p: False)
    with pytest.raises(ReadOnlyLocation) as info:
        open_database(path)
    assert isinstance(info.value, DatabaseReadOnly)
    assert "skrivebeskyttet" in str(info.value) and "\n" not in str(info.value)
    database = open_database(path, read_only=True)
    with database.session() as session:
        assert session.execute(sa.text("SELECT count(*) FROM bodies")).scalar() == 0
    database.close()
    assert _file_state(path) == before


def test_error_messages_never_carry_what_was_being_saved(db):
    """hide_parameters: an error that ends in the log holds no names or addresses."""
    from hfdesk.services.register import create_person

    with pytest.raises(sa.exc.IntegrityError) as info:
        with db.transaction() as session:
            create_person(session, "Kari", "Nordmann", email="kari@voss.kommune.no")
            session.execute(sa.text("INSERT INTO people (given_name, family_name, title, email, phone, notes) "
                                    "VALUES (:g, :f, '', :e, '', NULL)"), {"g": "Kari", "f": "Nordmann", "e": "x@y.no"})
    text = str(info.value)
    assert "NOT NULL" in text
    assert "Nordmann" not in text and "x@y.no" not in text


# --- where the file lives -----------------------------------------------------------------------


@pytest.mark.parametrize(
    "path",
    [
        r"\\fil01\felles\Sekretariat\hfdesk.sqlite",
        "//fil01/felles/hfdesk.sqlite",
        r"\\?\UNC\fil01\felles\hfdesk.sqlite",
    ],
)
def test_a_network_share_gets_a_warning_about_locking(path):
    from hfdesk.paths import location_warning

    warning = location_warning(path)
    assert warning is not None and "nettverksstasjon" in warning and "låses" in warning


def test_a_mapped_network_drive_gets_the_same_warning(monkeypatch):
    import hfdesk.paths as paths

    asked = []

    def drive_type(root):
        asked.append(root)
        return paths.DRIVE_REMOTE if root == "N:\\" else 3  # DRIVE_FIXED

    monkeypatch.setattr(paths, "_drive_type", drive_type)
    assert "nettverksstasjon" in paths.location_warning(r"N:\Sekretariat\hfdesk.sqlite")
    assert paths.location_warning(r"C:\Users\kari\AppData\Local\hfdesk\hfdesk.sqlite") is None
    assert asked == ["N:\\", "C:\\"]


@pytest.mark.parametrize(
    ("path", "service"),
    [
        (r"C:\Users\kari\OneDrive - Helse Bergen\Dokumenter\hfdesk.sqlite", "OneDrive"),
        (r"C:\Users\kari\OneDrive\hfdesk.sqlite", "OneDrive"),
        ("/home/kari/Dropbox/hfdesk.sqlite", "Dropbox"),
        (r"G:\My Drive\Sekretariat\hfdesk.sqlite", "Google Drive"),
        ("/Users/kari/Google Drive/hfdesk.sqlite", "Google Drive"),
        ("/Users/kari/Library/Mobile Documents/com~apple~CloudDocs/hfdesk.sqlite", "iCloud"),
        (r"C:\Users\kari\iCloudDrive\hfdesk.sqlite", "iCloud"),
    ],
)
def test_a_cloud_synced_folder_gets_a_warning_about_sync_conflicts(path, service):
    from hfdesk.paths import location_warning

    warning = location_warning(path)
    assert warning is not None and service in warning and "konfliktkopier" in warning


def test_the_onedrive_folder_windows_names_is_recognised_whatever_it_is_called(tmp_path, monkeypatch):
    from hfdesk.paths import location_warning

    synced = tmp_path / "Bedrift AS"
    synced.mkdir()
    monkeypatch.setenv("OneDriveCommercial", str(synced))
    assert "OneDrive" in location_warning(synced / "hfdesk.sqlite")
    assert location_warning(tmp_path / "hfdesk.sqlite") is None


def test_an_nfs_or_smb_mount_on_linux_is_a_network_location(monkeypatch, tmp_path):
    import hfdesk.paths as paths

    monkeypatch.setattr(paths, "_mounts", lambda: [("/", "ext4"), (str(tmp_path), "cifs")])
    assert "nettverksstasjon" in paths.location_warning(tmp_path / "hfdesk.sqlite")
    monkeypatch.setattr(paths, "_mounts", lambda: [("/", "ext4"), (str(tmp_path), "nfs4"), (str(tmp_path / "lokal"), "ext4")])
    assert paths.location_warning(tmp_path / "lokal" / "hfdesk.sqlite") is None


@pytest.mark.parametrize(
    "path",
    [
        r"C:\Users\kari\AppData\Local\hfdesk\hfdesk.sqlite",
        r"\\?\C:\Users\kari\hfdesk.sqlite",
        "/home/kari/.local/share/hfdesk/hfdesk.sqlite",
        "/home/kari/Dokumenter/Dropbox-notater.sqlite",  # a file named like a service, in a plain folder
    ],
)
def test_an_ordinary_local_folder_gets_no_warning(path, monkeypatch):
    import hfdesk.paths as paths

    monkeypatch.setattr(paths, "_mounts", lambda: [("/", "ext4")])
    assert paths.location_warning(path) is None


def test_the_default_data_folder_gets_no_warning(monkeypatch):
    import hfdesk.paths as paths

    monkeypatch.delenv("HFDESK_DATA_DIR")
    monkeypatch.setattr(paths, "_mounts", lambda: [("/", "ext4")])
    assert paths.location_warning(paths.default_database_path()) is None


@pytest.mark.skipif(__import__("sys").platform != "win32", reason="GetDriveTypeW exists only on Windows")
def test_get_drive_type_on_windows_sees_the_system_drive_as_local():
    import os as _os

    import hfdesk.paths as paths

    system = _os.environ.get("SystemDrive", "C:") + "\\"
    assert paths._drive_type(system) == 3  # DRIVE_FIXED


def test_a_file_changed_by_someone_else_is_told_apart_from_ones_own_writes(tmp_path):
    """Database.outside_changes (what a screen shown again compares, issue 22 point 3): another
    hfdesk's (or the command line's) commit to the same file counts, this Database's own writes
    do not, however the two interleave; a shared database has no file to read (None)."""
    from hfdesk.services.register import create_area

    path = tmp_path / "delt.sqlite"
    mine = open_database(path)
    other = open_database(path)
    try:
        seen = mine.outside_changes()
        assert seen == 0
        with mine.transaction() as s:
            create_area(s, "Bergen")
        with mine.transaction():
            pass  # nothing written
        assert mine.outside_changes() == seen  # one's own writes are not a colleague's

        with other.transaction() as s:
            create_area(s, "Voss")
        assert mine.outside_changes() == seen + 1

        with other.transaction() as s:  # the colleague's commit, then one's own before looking
            create_area(s, "Odda")
        with mine.transaction() as s:
            create_area(s, "Stord")
        assert mine.outside_changes() == seen + 2

        with other.transaction() as s:  # the colleague's commit, then one's own that wrote nothing
            create_area(s, "Fitjar")
        with mine.transaction():
            pass
        assert mine.outside_changes() == seen + 3
        assert mine.outside_changes() == seen + 3  # looking again changes nothing
    finally:
        other.close()
        mine.close()
