"""Backups (issue 7, point 2): made checked and private beside the data, none when nothing
changed, thinned by the retention rule, listed and summarised for the restore preview,
restored in one step after the current file is kept, and `hfdesk backup` never overwriting."""

from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import threading
from datetime import datetime, timedelta
from pathlib import Path

import pytest
import sqlalchemy as sa
from hypothesis import given, settings
from hypothesis import strategies as st

from hfdesk import backup as bk
from hfdesk.backup import (
    BackupInfo,
    BackupPolicy,
    backup_command,
    backup_summary,
    list_backups,
    make_backup,
    newest_good_backup,
    obsolete_backups,
    prune_backups,
    restore_backup,
)
from hfdesk.db import open_database
from hfdesk.migrations import HEAD_REVISION
from hfdesk.errors import (
    BackupFailed,
    CannotWrite,
    DamagedDatabase,
    DatabaseMissing,
    FileExists,
    HfdeskError,
    NewerDatabase,
    NotADatabase,
)
from hfdesk.services.register import create_area, create_body

POSIX = os.name == "posix"


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def table_hashes(path: Path) -> dict[str, tuple[int, str]]:
    """Per table: (row count, hash of every row). Works on any table, with rowid or not."""
    con = sqlite3.connect(path)
    try:
        tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
        out = {}
        for table in tables:
            rows = sorted(repr(r) for r in con.execute(f'SELECT * FROM "{table}"'))
            out[table] = (len(rows), hashlib.sha256("\n".join(rows).encode()).hexdigest())
        return out
    finally:
        con.close()


def integrity(path: Path) -> str:
    con = sqlite3.connect(path)
    try:
        return con.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        con.close()


@pytest.fixture
def hf(tmp_path) -> Path:
    """A small hfdesk file with one body, closed."""
    path = tmp_path / "hfdesk.sqlite"
    db = open_database(path)
    with db.transaction() as s:
        create_body(s, "Strategisk samarbeidsutval", 2, short_name="SSU")
    db.close()
    return path


def add_area(path: Path, name: str) -> None:
    db = open_database(path)
    try:
        with db.transaction() as s:
            create_area(s, name)
    finally:
        db.close()


# --- making ---------------------------------------------------------------------------------


def test_a_backup_is_a_checked_private_copy_in_the_backups_folder_beside_the_data(hf):
    made = make_backup(hf, reason="automatisk", now=datetime(2026, 11, 23, 10, 15, 0))
    assert made == hf.parent / "backups" / "hfdesk.sqlite.20261123-101500.automatisk.sqlite"
    assert integrity(made) == "ok"
    assert table_hashes(made) == table_hashes(hf)
    assert [p.name for p in made.parent.iterdir()] == [made.name]  # no temporary file left
    if POSIX:
        assert made.stat().st_mode & 0o777 == 0o600
        assert made.parent.stat().st_mode & 0o077 == 0
    [info] = list_backups(made.parent)
    assert info == BackupInfo(made, "hfdesk.sqlite", datetime(2026, 11, 23, 10, 15), made.stat().st_size, "automatisk")


def test_an_unchanged_database_makes_no_new_backup(hf):
    first = make_backup(hf, reason="ved oppstart")
    assert first is not None
    assert make_backup(hf, reason="automatisk") is None
    assert make_backup(hf, reason="ved avslutning") is None
    assert len(list_backups(first.parent)) == 1
    add_area(hf, "Voss")
    second = make_backup(hf, reason="automatisk")
    assert second is not None and second != first
    assert [b.path for b in list_backups(first.parent)] == [second, first]  # newest first, same second or not
    # forced copies (before an upgrade or a restore) are always taken
    assert make_backup(hf, reason="før gjenoppretting", force=True) is not None
    assert len(list_backups(first.parent)) == 3


def test_a_database_restored_to_older_content_is_backed_up_again(hf, tmp_path):
    """The comparison is with the newest backup's bytes, not a remembered counter."""
    first = make_backup(hf, reason="automatisk")
    add_area(hf, "Voss")
    make_backup(hf, reason="automatisk")
    shutil.copy(first, tmp_path / "gammel.sqlite")
    restore_backup(tmp_path / "gammel.sqlite", hf)  # content as at `first`, newest backup differs
    assert make_backup(hf, reason="automatisk") is not None


def test_backups_of_two_files_in_one_folder_are_kept_apart(hf, tmp_path):
    other = tmp_path / "demo.sqlite"
    open_database(other).close()
    a = make_backup(hf, reason="automatisk")
    b = make_backup(other, reason="automatisk")
    assert a is not None and b is not None and a.parent == b.parent
    assert [i.path for i in list_backups(a.parent, database=hf)] == [a]
    assert [i.path for i in list_backups(a.parent, database=other)] == [b]


def test_a_failed_check_keeps_nothing_and_leaves_no_temporary_file(hf, monkeypatch):
    good = make_backup(hf, reason="automatisk")
    add_area(hf, "Voss")
    monkeypatch.setattr(bk, "_integrity", lambda path: "*** in database main *** Page 3 is never used")
    with pytest.raises(BackupFailed) as info:
        make_backup(hf, reason="automatisk")
    assert "ikke feilfri" in str(info.value)
    assert sorted(p.name for p in good.parent.iterdir()) == [good.name]


def test_a_temporary_file_left_by_a_crash_is_removed_by_the_next_backup(hf):
    folder = hf.parent / "backups"
    folder.mkdir()
    stale = folder / ".hfdesk.sqlite.20261123-101500.automatisk.sqlite.tmp"
    stale.write_bytes(b"SQLite format 3\x00 half a copy")
    (folder / ".hfdesk.sqlite.20261123-101500.automatisk.sqlite.tmp-journal").write_bytes(b"x")
    others = folder / ".hfdesk.db.20261123-101500.automatisk.sqlite.tmp"  # another file's: not ours to remove
    others.write_bytes(b"x")
    made = make_backup(hf, reason="automatisk")
    assert sorted(p.name for p in folder.iterdir()) == sorted([made.name, others.name])


def test_backup_folder_that_cannot_be_made_gives_one_norwegian_line(hf, monkeypatch):
    def refuse(self, *args, **kwargs):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(Path, "mkdir", refuse)
    with pytest.raises(BackupFailed) as info:
        make_backup(hf, reason="automatisk")
    message = str(info.value)
    assert "\n" not in message and "Kan ikke lage mappen for sikkerhetskopier" in message
    assert "tilgang" in message


def test_missing_database_is_a_known_error(tmp_path):
    with pytest.raises(DatabaseMissing):
        make_backup(tmp_path / "borte.sqlite", reason="automatisk")


def test_backups_taken_while_a_writer_commits_are_consistent_prefixes(hf):
    """T2.1: a writer commits without pause while six backups run; every backup passes
    integrity_check and holds a gapless prefix of the committed rows. Each backup waits for
    ten commits more than the last one held (however slow the machine), so each has
    something new and the count of backups is fixed."""
    db = open_database(hf)
    stop = threading.Event()
    progress = threading.Condition()
    committed = 0

    def writer() -> None:
        nonlocal committed
        while not stop.is_set():
            with db.transaction() as s:
                create_area(s, f"Område {committed + 1:05d}")
            with progress:
                committed += 1
                progress.notify_all()

    def rows_in(path: Path) -> list[int]:
        con = sqlite3.connect(path)
        try:
            return [int(r[0].split()[1]) for r in con.execute("SELECT name FROM areas ORDER BY name")]
        finally:
            con.close()

    thread = threading.Thread(target=writer)
    thread.start()
    made: list[Path] = []
    held = 0
    try:
        for _ in range(6):
            with progress:
                # a generous bound only so a broken writer fails the test instead of hanging it
                assert progress.wait_for(lambda: committed >= held + 10, timeout=120)
            path = make_backup(hf, reason="automatisk")
            assert path is not None  # the data changed since the last backup
            made.append(path)
            held = len(rows_in(path))
    finally:
        stop.set()
        thread.join()
        db.close()
    sizes = []
    for path in made:
        assert integrity(path) == "ok"
        numbers = rows_in(path)
        assert numbers == list(range(1, len(numbers) + 1))
        sizes.append(len(numbers))
    assert sizes == sorted(sizes) and sizes[0] >= 10 and len(set(sizes)) == 6


# --- listing, checking, summary ----------------------------------------------------------------


def test_summary_for_the_restore_preview(demo_copy):
    made = make_backup(demo_copy, reason="manuell")
    summary = backup_summary(made)
    con = sqlite3.connect(demo_copy)
    expected = {
        "bodies": con.execute("SELECT count(*) FROM bodies").fetchone()[0],
        "people": con.execute("SELECT count(*) FROM people").fetchone()[0],
        "meetings": con.execute("SELECT count(*) FROM meetings").fetchone()[0],
        "items": con.execute("SELECT count(*) FROM agenda_items").fetchone()[0],
        "newest_meeting": datetime.fromisoformat(con.execute("SELECT max(starts_at) FROM meetings").fetchone()[0]).date(),
    }
    con.close()
    assert {k: summary[k] for k in expected} == expected
    assert expected["people"] > 100 and expected["meetings"] > 10
    assert summary["reason"] == "manuell" and summary["size"] == made.stat().st_size
    assert summary["revision"] == HEAD_REVISION


def test_summary_of_something_that_is_no_backup(tmp_path):
    path = tmp_path / "notat.sqlite"
    path.write_text("ikke en database")
    with pytest.raises(NotADatabase):
        backup_summary(path)


def damage(path: Path) -> None:
    """Overwrite a data page in the middle of the file with garbage (the header stays)."""
    data = bytearray(path.read_bytes())
    page = 4096
    middle = (len(data) // page // 2) * page
    data[middle : middle + page] = b"\xff\x00garbage" * (page // 9) + b"\xff" * (page % 9)
    path.write_bytes(bytes(data))


def test_newest_good_backup_skips_damaged_ones_and_other_files_backups(hf, tmp_path):
    assert newest_good_backup(hf) is None
    good = make_backup(hf, reason="automatisk", now=datetime(2026, 11, 20, 9, 0))
    add_area(hf, "Voss")
    bad = make_backup(hf, reason="automatisk", now=datetime(2026, 11, 21, 9, 0))
    damage(bad)
    other = tmp_path / "annen.sqlite"
    open_database(other).close()
    make_backup(other, reason="automatisk", now=datetime(2026, 11, 22, 9, 0))
    assert newest_good_backup(hf) == good
    from hfdesk.db import newest_good_backup as offered_by_db

    assert offered_by_db(hf) == good


# --- restoring --------------------------------------------------------------------------------


def test_restore_round_trip_keeps_the_current_file_first(demo_copy):
    """T2.4: after a restore every table equals the backup; the state before is kept."""
    backup = make_backup(demo_copy, reason="manuell", now=datetime(2026, 1, 1, 8, 0))
    expected = table_hashes(backup)
    db = open_database(demo_copy)
    with db.transaction() as s:
        create_area(s, "Eit nytt område")
    db.close()
    changed = table_hashes(demo_copy)
    assert changed != expected

    kept = restore_backup(backup, demo_copy)
    assert table_hashes(demo_copy) == expected
    assert kept is not None and "før gjenoppretting" in list_backups(kept.parent)[0].reason
    assert table_hashes(kept) == changed  # nothing lost: what was there is in the backup
    if POSIX:
        assert demo_copy.stat().st_mode & 0o777 == 0o600
    assert not [p for p in demo_copy.parent.iterdir() if p.name.endswith(".tmp")]
    reopened = open_database(demo_copy)
    with reopened.session() as s:
        assert s.execute(sa.text("SELECT count(*) FROM areas WHERE name = 'Eit nytt område'")).scalar() == 0
    reopened.close()


def test_restore_over_a_file_a_crash_left_with_a_hot_journal(hf, tmp_path):
    """The journal belongs to the old file and must never be played back into the restored
    one: the old file's last commit is kept, the restored file equals the backup."""
    backup = make_backup(hf, reason="manuell")
    add_area(hf, "Voss")
    committed = table_hashes(hf)
    writer = sqlite3.connect(hf)
    writer.execute("PRAGMA cache_size=1")  # spill changed pages into the file before the commit
    writer.execute("BEGIN")
    for i in range(2000):
        writer.execute("INSERT INTO areas (name, sort_order) VALUES (?, ?)", (f"Område {i:05d} " + "x" * 200, i))
    crashed = tmp_path / "krasj"
    crashed.mkdir()
    shutil.copy(hf, crashed / hf.name)
    shutil.copy(hf.with_name(hf.name + "-journal"), crashed / (hf.name + "-journal"))
    writer.rollback()
    writer.close()
    target = crashed / hf.name
    kept = restore_backup(backup, target)
    assert not target.with_name(target.name + "-journal").exists()
    assert integrity(target) == "ok"
    assert table_hashes(target) == table_hashes(backup)
    assert table_hashes(kept) == committed


def test_a_damaged_or_newer_backup_is_refused_and_nothing_changes(hf, tmp_path):
    bad = tmp_path / "skadet.sqlite"
    shutil.copy(hf, bad)
    damage(bad)
    before = sha256(hf)
    with pytest.raises(DamagedDatabase):
        restore_backup(bad, hf)
    newer = tmp_path / "nyere.sqlite"
    shutil.copy(hf, newer)
    con = sqlite3.connect(newer)
    con.execute("UPDATE alembic_version SET version_num = 'ffff'")
    con.commit()
    con.close()
    with pytest.raises(NewerDatabase):
        restore_backup(newer, hf)
    assert sha256(hf) == before
    assert not (hf.parent / "backups").exists()


def test_a_damaged_current_file_is_kept_byte_for_byte_before_the_restore(hf):
    good = make_backup(hf, reason="automatisk")
    damage(hf)
    damaged_bytes = hf.read_bytes()
    with pytest.raises(DamagedDatabase):
        open_database(hf)
    offered = newest_good_backup(hf)
    assert offered == good
    kept = restore_backup(offered, hf)
    assert kept is not None and kept.name.endswith(".skadet") and kept.read_bytes() == damaged_bytes
    open_database(hf).close()
    assert table_hashes(hf) == table_hashes(good)


def test_an_older_backup_is_upgraded_when_opened_after_restore(tmp_path):
    from tests.test_migrations import make_old_file

    old = tmp_path / "gammel.sqlite"
    make_old_file(old, "0001")
    path = tmp_path / "hfdesk.sqlite"
    open_database(path).close()
    restore_backup(old, path)
    db = open_database(path)
    from hfdesk.db import current_revision, head_revision

    assert current_revision(db.engine) == head_revision()
    db.close()


# --- retention --------------------------------------------------------------------------------


def infos(times: list[datetime]) -> list[BackupInfo]:
    return [BackupInfo(Path(f"b{i}"), "hfdesk", t, 1, "automatisk") for i, t in enumerate(times)]


def test_retention_over_a_year_of_daily_backups_keeps_exactly_the_expected_days():
    """T2.3: one backup a day at 09:00 for a year, four today; Monday 23 November 2026."""
    now = datetime(2026, 11, 23, 12, 0)
    assert now.weekday() == 0
    times = [datetime(2026, 11, 23, h) for h in (7, 8, 10)]
    times += [datetime.combine(now.date() - timedelta(days=n), datetime.min.time()).replace(hour=9) for n in range(366)]
    gone = {b.created for b in obsolete_backups(infos(times), now.date())}
    kept = sorted((t for t in times if t not in gone), reverse=True)
    expected_days = [
        # today: all four
        "2026-11-23", "2026-11-23", "2026-11-23", "2026-11-23",
        # 12 daily
        "2026-11-22", "2026-11-21", "2026-11-20", "2026-11-19", "2026-11-18", "2026-11-17",
        "2026-11-16", "2026-11-15", "2026-11-14", "2026-11-13", "2026-11-12", "2026-11-11",
        # 10 weekly: the newest of each older week (Sundays), after the week of 11 November
        "2026-11-08", "2026-11-01", "2026-10-25", "2026-10-18", "2026-10-11", "2026-10-04",
        "2026-09-27", "2026-09-20", "2026-09-13", "2026-09-06",
        # 9 monthly: the newest of each older month
        "2026-08-31", "2026-07-31", "2026-06-30", "2026-05-31", "2026-04-30", "2026-03-31",
        "2026-02-28", "2026-01-31", "2025-12-31",
    ]
    assert [t.date().isoformat() for t in kept] == expected_days
    # applied again to what is left, nothing more goes
    assert obsolete_backups(infos(kept), now.date()) == []


@settings(max_examples=50, deadline=None)
@given(
    offsets=st.lists(st.integers(min_value=0, max_value=800 * 24 * 60), min_size=1, max_size=120),
    today_extra=st.integers(min_value=0, max_value=5),
)
def test_retention_properties(offsets, today_extra):
    now = datetime(2026, 11, 23, 23, 59)
    times = [now - timedelta(minutes=m) for m in offsets]
    times += [now.replace(hour=1, minute=i) for i in range(today_extra)]
    backups = infos(times)
    gone = {id(b) for b in obsolete_backups(backups, now.date())}
    kept = [b for b in backups if id(b) not in gone]
    newest = max(backups, key=lambda b: b.created)
    assert newest in kept
    assert all(b in kept for b in backups if b.created.date() == now.date())
    older_days = sorted({b.created.date() for b in backups if b.created.date() < now.date()}, reverse=True)
    for day in older_days[:12]:  # the newest backup of each of the 12 latest days
        newest_that_day = max((b for b in backups if b.created.date() == day), key=lambda b: b.created)
        assert newest_that_day in kept
    assert len(kept) <= sum(1 for b in backups if b.created.date() == now.date()) + 12 + 10 + 9
    assert obsolete_backups(kept, now.date()) == []


def test_prune_deletes_per_database_and_never_touches_other_files(tmp_path):
    folder = tmp_path / "backups"
    folder.mkdir()
    now = datetime(2026, 11, 23, 12, 0)
    names = []
    for stem in ("hfdesk", "demo"):
        for n in range(40):
            when = now - timedelta(days=n)
            name = f"{stem}.{when:%Y%m%d-%H%M%S}.automatisk.sqlite"
            (folder / name).write_bytes(b"x")
            names.append(name)
    foreign = ["notater.txt", "hfdesk.20200101-000000.skadet", "hfdesk.sqlite"]
    for name in foreign:
        (folder / name).write_bytes(b"x")
    removed = prune_backups(folder, now)
    left = {p.name for p in folder.iterdir()}
    assert set(foreign) <= left
    for stem in ("hfdesk", "demo"):
        mine = [n for n in left if n.startswith(stem + ".2") and n.endswith(".automatisk.sqlite")]
        # today, 12 days, then the weeks back to day 39
        assert len(mine) == 1 + 12 + 4
    assert len(removed) == 80 - 2 * 17


# --- when ------------------------------------------------------------------------------------


def test_backup_policy():
    policy = BackupPolicy()
    t0 = datetime(2026, 11, 23, 9, 0)
    assert policy.due(t0, changed=False)  # at start, always
    policy.record(t0)
    assert not policy.due(t0 + timedelta(minutes=5), changed=True)
    assert not policy.due(t0 + timedelta(minutes=30), changed=False)
    assert policy.due(t0 + timedelta(minutes=10), changed=True)
    policy.record(t0 + timedelta(minutes=10))
    assert policy.due(t0 + timedelta(minutes=11), changed=True, exiting=True)
    assert not policy.due(t0 + timedelta(minutes=11), changed=False, exiting=True)
    assert policy.due(t0 - timedelta(hours=1), changed=True)  # the clock was set back
    assert BackupPolicy(timedelta(minutes=1)).due(t0, changed=False)


# --- hfdesk backup --db FILE --out FILE ------------------------------------------------------------


def test_backup_command_writes_a_checked_private_copy(hf, tmp_path):
    out = tmp_path / "ut" / "kopi.sqlite"
    out.parent.mkdir()
    assert backup_command(hf, out) == out
    assert integrity(out) == "ok" and table_hashes(out) == table_hashes(hf)
    assert sorted(p.name for p in out.parent.iterdir()) == ["kopi.sqlite"]
    if POSIX:
        assert out.stat().st_mode & 0o777 == 0o600


def test_backup_command_refuses_to_overwrite(hf, tmp_path):
    out = tmp_path / "kopi.sqlite"
    out.write_bytes(b"noe viktig")
    with pytest.raises(FileExists) as info:
        backup_command(hf, out)
    assert "finnes allerede" in str(info.value)
    assert out.read_bytes() == b"noe viktig"


@pytest.mark.parametrize(
    ("make_db", "out_name", "error"),
    [
        (lambda p: None, "kopi.sqlite", DatabaseMissing),
        (lambda p: p.write_text("hei"), "kopi.sqlite", NotADatabase),
        (lambda p: p.write_bytes(b""), "kopi.sqlite", NotADatabase),
        (lambda p: open_database(p).close(), "mangler/kopi.sqlite", CannotWrite),
    ],
)
def test_backup_command_known_errors(tmp_path, make_db, out_name, error):
    db = tmp_path / "db.sqlite"
    make_db(db)
    with pytest.raises(error) as info:
        backup_command(db, tmp_path / out_name)
    assert isinstance(info.value, HfdeskError) and "\n" not in str(info.value)
    assert not (tmp_path / out_name).exists()


def test_upgrade_backups_are_listed_with_the_others(tmp_path):
    from tests.test_migrations import make_old_file

    path = tmp_path / "hfdesk.sqlite"
    make_old_file(path, "0001")
    open_database(path).close()
    [info] = list_backups(tmp_path / "backups")
    assert info.reason == "før oppgradering 0001"
    assert backup_summary(info.path)["revision"] == "0001"


def test_a_new_backup_thins_out_the_old_ones_of_the_same_file(hf):
    folder = hf.parent / "backups"
    folder.mkdir()
    now = datetime(2026, 11, 23, 12, 0)
    for n in range(1, 60):
        for name in ("hfdesk.sqlite", "demo.sqlite"):
            when = now - timedelta(days=n)
            (folder / f"{name}.{when:%Y%m%d-%H%M%S}.automatisk.sqlite").write_bytes(b"x")
    made = make_backup(hf, reason="automatisk", now=now)
    mine = list_backups(folder, database=hf)
    assert mine[0].path == made and len(mine) == 1 + 12 + 7  # today, 12 days, 7 Sundays back to day 59
    demo = hf.parent / "demo.sqlite"
    assert len(list_backups(folder, database=demo)) == 59  # another file's backups are its own business
    assert make_backup(hf, reason="automatisk", now=now, prune=False) is None


# --- issue 15, point 2: a backup belongs to exactly one database ---------------------------------


@pytest.fixture
def two_registers(tmp_path) -> tuple[Path, Path]:
    """referat.sqlite and referat.db side by side: same stem, different data."""
    first, second = tmp_path / "referat.sqlite", tmp_path / "referat.db"
    for path, body in ((first, "Strategisk samarbeidsutval"), (second, "Områdeutval Voss")):
        db = open_database(path)
        with db.transaction() as s:
            create_body(s, body, 2)
        db.close()
    return first, second


def _body_names(path: Path) -> list[str]:
    con = sqlite3.connect(path)
    try:
        return [r[0] for r in con.execute("SELECT name FROM bodies")]
    finally:
        con.close()


def test_two_files_with_one_stem_never_share_backups_or_retention(two_registers):
    first, second = two_registers
    folder = first.parent / "backups"
    start = datetime(2026, 11, 23, 9, 0)
    for day in range(14):  # two weeks of daily backups of each, the .db's last
        for path in (first, second):
            add_area(path, f"Område {path.suffix} {day}")
            make_backup(path, reason="automatisk", now=start - timedelta(days=13 - day))
    assert {b.database for b in list_backups(folder)} == {"referat.sqlite", "referat.db"}
    offered = newest_good_backup(first)
    assert offered is not None and _body_names(offered) == ["Strategisk samarbeidsutval"]
    assert _body_names(newest_good_backup(second)) == ["Områdeutval Voss"]
    # each kept by its own retention: today + 12 days = 13 of 14, not thinned together
    assert len(list_backups(folder, database=first)) == 13 and len(list_backups(folder, database=second)) == 13


def test_a_backup_renamed_to_another_database_s_name_is_not_offered_or_restored(two_registers):
    """The id inside the backup decides: a copy of referat.db named as referat.sqlite's is not its."""
    first, second = two_registers
    theirs = make_backup(second, reason="manuell")
    assert bk.database_id(theirs) == bk.database_id(second) != bk.database_id(first)
    disguised = theirs.with_name(theirs.name.replace("referat.db.", "referat.sqlite."))
    theirs.rename(disguised)
    assert list_backups(disguised.parent, database=first) == []
    assert newest_good_backup(first) is None
    before = table_hashes(first)
    with pytest.raises(BackupFailed) as refused:
        restore_backup(disguised, first)
    assert "en annen database" in str(refused.value) and table_hashes(first) == before


@pytest.mark.parametrize("neighbour", [False, True])
def test_backups_named_by_an_earlier_release_are_adopted_at_the_upgrade_only_when_unambiguous(tmp_path, neighbour):
    """An earlier release named backups by the stem (referat.<stamp>...): when referat.sqlite is
    upgraded and no referat.db lies beside it they are renamed as its own, once; with one beside
    it, whose they are cannot be told, and they are never offered to either."""
    from tests.test_migrations import make_old_file

    path = tmp_path / "referat.sqlite"
    make_old_file(path, "0002")
    folder = tmp_path / "backups"
    folder.mkdir()
    old = folder / "referat.20261101-120000.automatisk.sqlite"
    shutil.copy(path, old)
    if neighbour:
        make_old_file(tmp_path / "referat.db", "0002")
    open_database(path).close()  # the upgrade to ids
    adopted = folder / "referat.sqlite.20261101-120000.automatisk.sqlite"
    if neighbour:
        assert old.exists() and not adopted.exists()
        assert [b.reason for b in list_backups(folder, database=path)] == ["før oppgradering 0002"]
        assert list_backups(folder, database=tmp_path / "referat.db") == []
    else:
        assert adopted.exists() and not old.exists()
        assert adopted in [b.path for b in list_backups(folder, database=path)]
    # moving the neighbour away later changes nothing: it was decided at the upgrade
    if neighbour:
        (tmp_path / "referat.db").unlink()
        assert old not in [b.path for b in list_backups(folder, database=path)]


def test_every_file_gets_its_own_id_and_an_upgraded_one_too(tmp_path):
    from tests.test_migrations import make_old_file

    new_a, new_b, old = tmp_path / "a.sqlite", tmp_path / "b.sqlite", tmp_path / "gammel.sqlite"
    for path in (new_a, new_b):
        open_database(path).close()
    make_old_file(old, "0002")
    assert bk.database_id(old) is None
    open_database(old).close()
    ids = {bk.database_id(p) for p in (new_a, new_b, old)}
    assert len(ids) == 3 and None not in ids
