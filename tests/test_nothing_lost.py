"""Nothing lost by a slip (issue 15): no document is written over a database, its side files
or its backups; every exporter, on the command line and in the app, refuses in one line."""

from __future__ import annotations

import hashlib
import shutil
from pathlib import Path

import pytest

from hfdesk.__main__ import main

EXPORTS = {
    "meeting": ["--meeting", "5"],
    "minutes": ["--meeting", "5"],
    "notice": ["--meeting", "5"],
    "ics": ["--meeting", "5"],
    "roster": [],
    "attendance": ["--year", "2026"],
}


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _run(capsys, *argv: str) -> tuple[int, str]:
    code = main(list(argv))
    return code, capsys.readouterr().err


@pytest.mark.parametrize("what", sorted(EXPORTS))
def test_no_export_overwrites_the_database_it_reads(capsys, demo_copy, what):
    before = _digest(demo_copy)
    code, err = _run(capsys, "export", what, "--db", str(demo_copy), *EXPORTS[what], "--out", str(demo_copy))
    assert code == 2 and err.count("\n") == 1
    assert "er databasen som er åpen i hfdesk" in err
    assert _digest(demo_copy) == before


@pytest.mark.parametrize("spelling", ["{dir}/./{name}", "{dir}/../{parent}/{name}", "{link}"])
def test_another_spelling_of_the_same_path_is_refused_too(capsys, demo_copy, tmp_path, spelling):
    link = tmp_path / "lenke.sqlite"
    link.symlink_to(demo_copy)
    out = spelling.format(dir=demo_copy.parent, name=demo_copy.name, parent=demo_copy.parent.name, link=link)
    before = _digest(demo_copy)
    code, err = _run(capsys, "export", "meeting", "--db", str(demo_copy), "--meeting", "5", "--out", out)
    assert code == 2 and "databasen" in err
    assert _digest(demo_copy) == before and link.is_symlink()


@pytest.mark.parametrize("side", ["-journal", "-wal", "-shm"])
def test_the_database_s_side_files_are_refused(capsys, demo_copy, side):
    out = demo_copy.with_name(demo_copy.name + side)
    code, err = _run(capsys, "export", "meeting", "--db", str(demo_copy), "--meeting", "5", "--out", str(out))
    assert code == 2 and "hører til databasen" in err
    assert not out.exists()


def test_nothing_is_written_into_the_backups_folder(capsys, demo_copy):
    backups = demo_copy.parent / "backups"
    backups.mkdir()
    kept = backups / "demo.sqlite.20261120-090000.automatisk.sqlite"
    shutil.copy(demo_copy, kept)
    before = _digest(kept)
    for out in (kept, backups / "referat.json"):
        code, err = _run(capsys, "export", "meeting", "--db", str(demo_copy), "--meeting", "5", "--out", str(out))
        assert code == 2 and err.count("\n") == 1
    assert "mappen med sikkerhetskopier" in err
    assert _digest(kept) == before and not (backups / "referat.json").exists()


def test_another_database_is_never_overwritten(capsys, demo_copy, tmp_path):
    other = tmp_path / "annan" / "register.db"
    other.parent.mkdir()
    shutil.copy(demo_copy, other)
    before = _digest(other)
    code, err = _run(capsys, "export", "roster", "--db", str(demo_copy), "--out", str(other))
    assert code == 2 and "er en database" in err
    assert _digest(other) == before


def test_an_ordinary_document_is_still_written_and_replaced(capsys, demo_copy, tmp_path):
    out = tmp_path / "møte.json"
    for _ in range(2):
        code, err = _run(capsys, "export", "meeting", "--db", str(demo_copy), "--meeting", "5", "--out", str(out))
        assert code == 0, err
    assert out.read_text(encoding="utf-8").startswith("{")


def test_the_guard_ends_when_the_database_is_closed(demo_copy, tmp_path):
    """A database closed (another file opened in the app) is an ordinary file again for the
    guard's first line; the second line still keeps every SQLite file safe."""
    from hfdesk.db import open_database
    from hfdesk.errors import CannotWrite
    from hfdesk.fileio import write_atomically

    inside = demo_copy.parent / "backups" / "x.txt"
    inside.parent.mkdir()
    database = open_database(demo_copy)
    with pytest.raises(CannotWrite):
        write_atomically(inside, lambda fh: fh.write(b"x"))
    database.close()
    write_atomically(inside, lambda fh: fh.write(b"x"))
    with pytest.raises(CannotWrite):
        write_atomically(demo_copy, lambda fh: fh.write(b"x"))


# --- the command line backs up before it writes; a dry run writes nothing ----------------------


@pytest.fixture
def roster_with_a_newcomer(capsys, demo_copy, tmp_path) -> Path:
    """The demo's own roster, exported, with one new member of SSU added at the bottom."""
    from datetime import datetime

    import openpyxl

    out = tmp_path / "liste.xlsx"
    assert main(["export", "roster", "--db", str(demo_copy), "--out", str(out)]) == 0
    capsys.readouterr()
    workbook = openpyxl.load_workbook(out)
    workbook["SSU"].append(["Kari Nyheim", "Medlem", "Stemmerett", "Voss herad", "Voss herad", "Kommune", "Voss",
                            "kari.nyheim@voss.eksempel.no", None, datetime(2026, 1, 1), datetime(2027, 12, 31), None])
    workbook.save(out)
    return out


def _people(path: Path) -> int:
    import sqlite3

    con = sqlite3.connect(path)
    try:
        return con.execute("SELECT count(*) FROM people").fetchone()[0]
    finally:
        con.close()


def test_a_dry_run_leaves_the_database_s_bytes_as_they_were(capsys, demo_copy, roster_with_a_newcomer):
    import json

    before = _digest(demo_copy)
    code = main(["import", "roster", "--db", str(demo_copy), str(roster_with_a_newcomer), "--dry-run", "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    assert json.loads(out)["people_added"] == 1
    assert _digest(demo_copy) == before
    assert not (demo_copy.parent / "backups").exists()


def test_an_import_is_preceded_by_a_checked_backup(capsys, demo_copy, roster_with_a_newcomer):
    from hfdesk.backup import is_good_backup

    people = _people(demo_copy)
    code = main(["import", "roster", "--db", str(demo_copy), str(roster_with_a_newcomer)])
    assert code == 0, capsys.readouterr().err
    [backup] = (demo_copy.parent / "backups").iterdir()
    assert "før-import" in backup.name and is_good_backup(backup)
    assert _people(backup) == people and _people(demo_copy) == people + 1


def test_hidden_sheets_are_named_in_the_json_report(capsys, demo_copy, roster_with_a_newcomer):
    import json

    import openpyxl

    workbook = openpyxl.load_workbook(roster_with_a_newcomer)
    old = workbook.create_sheet("Gammel liste")
    old.append(["Navn", "Rolle"])
    old.append(["Per Gammal", "Medlem"])
    old.sheet_state = "hidden"
    workbook.save(roster_with_a_newcomer)
    code = main(["import", "roster", "--db", str(demo_copy), str(roster_with_a_newcomer), "--dry-run", "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    report = json.loads(out)
    assert report["notes"] == [{"sheet": "Gammel liste", "message": "Arket «Gammel liste» er skjult i Excel og er ikke lest inn."}]
    assert report["people_added"] == 1  # the newcomer; not the hidden sheet's


def test_a_full_disk_at_commit_is_the_known_error_and_nothing_is_kept(demo_db, monkeypatch):
    """SQLite often finds the disk full only when it commits: that is one Norwegian line
    (exit 2 on the command line), not an unexpected error, and nothing is half kept."""
    import sqlite3

    import sqlalchemy as sa
    from sqlalchemy.orm.session import SessionTransaction

    from hfdesk.errors import DISK_FULL, CannotWrite
    from hfdesk.messages import render
    from hfdesk.services.register import create_area

    def full(self, *args, **kwargs):
        raise sa.exc.OperationalError("COMMIT", {}, sqlite3.OperationalError("database or disk is full"))

    monkeypatch.setattr(SessionTransaction, "commit", full)
    with pytest.raises(CannotWrite) as refused, demo_db.transaction() as s:
        create_area(s, "Område på full disk")
    assert str(refused.value) == render(DISK_FULL)
    monkeypatch.undo()
    with demo_db.session() as s:
        from hfdesk.models import Area

        assert s.query(Area).filter_by(name="Område på full disk").count() == 0


@pytest.mark.skipif(not hasattr(__import__("os"), "mkfifo"), reason="named pipes are POSIX")
@pytest.mark.timeout(60)
def test_a_pipe_named_as_the_output_does_not_hang_the_export(capsys, demo_copy, tmp_path):
    """The database check reads an existing target's first bytes: never from a pipe, which
    would wait for a writer that never comes."""
    import os

    pipe = tmp_path / "rør.json"
    os.mkfifo(pipe)
    code, err = _run(capsys, "export", "meeting", "--db", str(demo_copy), "--meeting", "5", "--out", str(pipe))
    assert code == 0, err
    assert pipe.read_text(encoding="utf-8").startswith("{")  # replaced by the document
