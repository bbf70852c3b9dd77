"""The command-line contract: names, JSON fields, exit 0 on success and 2 with one line on bad input."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
from datetime import datetime
from pathlib import Path

import pytest

from hfdesk.__main__ import main


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_bodies_json(capsys, demo_file):
    code, out, err = run(capsys, "bodies", "--db", str(demo_file), "--json")
    assert code == 0, err
    bodies = json.loads(out)
    assert {tuple(sorted(b)) for b in bodies} == {("id", "language", "level", "name", "parent_id", "short_name")}
    by_id = {b["id"]: b for b in bodies}
    ssu = next(b for b in bodies if b["short_name"] == "SSU")
    assert ssu["level"] == 2
    assert by_id[ssu["parent_id"]]["level"] == 1
    assert {b["language"] for b in bodies} <= {"nb", "nn"}
    assert sum(1 for b in bodies if b["level"] == 3) == 4


def test_meetings_json(capsys, demo_file):
    code, out, err = run(capsys, "meetings", "--db", str(demo_file), "--json")
    assert code == 0, err
    meetings = json.loads(out)
    assert meetings
    assert set(meetings[0]) == {"id", "body_id", "body_name", "starts_at", "place", "status", "item_count"}
    for m in meetings:
        parsed = datetime.fromisoformat(m["starts_at"])
        assert parsed.utcoffset() is not None  # ISO 8601 with the Norwegian offset
        assert m["status"] in {"planned", "notice_sent", "held", "minutes_approved", "cancelled"}
    assert any(m["item_count"] >= 4 for m in meetings)
    assert {"held", "planned"} <= {m["status"] for m in meetings}


def test_plain_output_is_one_line_per_row(capsys, demo_file):
    code, out, _ = run(capsys, "bodies", "--db", str(demo_file))
    assert code == 0
    _, json_out, _ = run(capsys, "bodies", "--db", str(demo_file), "--json")
    assert len(out.strip().splitlines()) == len(json.loads(json_out))


def test_demo_refuses_to_overwrite(capsys, tmp_path):
    target = tmp_path / "mine.sqlite"
    target.write_bytes(b"precious")
    code, out, err = run(capsys, "demo", str(target))
    assert code == 2
    assert target.read_bytes() == b"precious"
    assert len(err.strip().splitlines()) == 1


@pytest.mark.parametrize(
    "make_file,expect",
    [
        (None, "finnes ikke"),
        (lambda p: p.write_text("not a database, just words"), "ikke en hfdesk-database"),
        ("newer", "nyere versjon"),
    ],
    ids=["missing", "not-a-database", "newer-version"],
)
@pytest.mark.parametrize("command", ["bodies", "meetings"])
def test_bad_database_gives_exit_2_and_one_line(capsys, tmp_path, demo_file, make_file, expect, command):
    path = tmp_path / "x.sqlite"
    if make_file == "newer":
        path.write_bytes(demo_file.read_bytes())
        con = sqlite3.connect(path)
        con.execute("UPDATE alembic_version SET version_num='9999_newer'")
        con.commit()
        con.close()
    elif make_file is not None:
        make_file(path)
    before = path.read_bytes() if path.exists() else None
    code, out, err = run(capsys, command, "--db", str(path), "--json")
    assert code == 2
    assert out == ""
    assert len(err.strip().splitlines()) == 1
    assert expect in err
    assert (path.read_bytes() if path.exists() else None) == before


def test_unknown_subcommand_and_option_are_one_line_exit_2():
    for argv in (["frobnicate"], ["bodies", "--bogus"]):
        proc = subprocess.run([sys.executable, "-m", "hfdesk", *argv], capture_output=True, text=True)
        assert proc.returncode == 2
        assert len(proc.stderr.strip().splitlines()) == 1, proc.stderr
        assert "Traceback" not in proc.stderr


def test_real_process_round_trip(tmp_path):
    """The installed entry point, as a script would call it."""
    target = tmp_path / "demo.sqlite"
    made = subprocess.run([sys.executable, "-m", "hfdesk", "demo", str(target)], capture_output=True, text=True)
    assert made.returncode == 0, made.stderr
    listed = subprocess.run(
        [sys.executable, "-m", "hfdesk", "meetings", "--db", str(target), "--json"], capture_output=True, text=True
    )
    assert listed.returncode == 0, listed.stderr
    assert len(json.loads(listed.stdout)) > 10
    again = subprocess.run([sys.executable, "-m", "hfdesk", "demo", str(target)], capture_output=True, text=True)
    assert again.returncode == 2
    assert "Traceback" not in again.stderr and len(again.stderr.strip().splitlines()) == 1


def test_unexpected_error_is_one_line_and_logged(capsys, monkeypatch, tmp_path, demo_file):
    import hfdesk.services.queries as queries

    def boom(session):
        raise RuntimeError("kaputt")

    monkeypatch.setattr(queries, "list_bodies", boom)
    code, out, err = run(capsys, "bodies", "--db", str(demo_file))
    assert code == 1
    assert len(err.strip().splitlines()) == 1
    log = Path(__import__("os").environ["HFDESK_DATA_DIR"]) / "hfdesk-feil.log"
    assert "RuntimeError: kaputt" in log.read_text(encoding="utf-8")
