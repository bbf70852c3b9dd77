"""The crash harness (issue 7, point 1) in the normal suite: 20 kills of a writer, each
followed by the full check; and proof that the check finds what it looks for."""

from __future__ import annotations

import importlib.util
import os
import sqlite3
import sys
from pathlib import Path

import pytest
import sqlalchemy as sa

HARNESS = Path(__file__).resolve().parent.parent / "benchmarks" / "crash_harness.py"


def _load():
    spec = importlib.util.spec_from_file_location("crash_harness", HARNESS)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules["crash_harness"] = module
    spec.loader.exec_module(module)
    return module


harness = _load()


@pytest.mark.timeout(600)
def test_twenty_kills_lose_nothing_acknowledged_and_leave_no_half_change(tmp_path):
    """Rounds of 20 kills (a fresh seed each), every kill followed by the full check, until the
    kills have landed in the middle of things: during multi-row transactions, after acknowledged
    changes, backups and exports. One round does it on a quiet machine; a busy one (children slow
    to start, kills landing early) gets more rounds instead of a failure, at most five. How many
    kills leave a hot journal is reported, not required: under libfaketime (any date) twenty kills
    of `python benchmarks/crash_harness.py --seed 20261123` leave none where the real clock leaves
    eleven, so it says more about the clock library than about hfdesk; the hot journal itself is
    opened deterministically in tests/test_db.py (what a power cut leaves behind)."""
    seen = {"multi_row": 0, "journals": 0, "acked": 0, "backups": 0, "exports": 0}
    for round_no in range(5):
        report = harness.run(20, seed=20261123 + round_no, workdir=tmp_path / f"krasj-{round_no}")
        assert report.problems == []
        assert report.kills == 20
        figures = report.as_json()
        seen["multi_row"] += figures["kills_during_multi_row_changes"]
        seen["journals"] += report.journals_left
        seen["acked"] += sum(report.acked.values())
        seen["backups"] += report.backups_checked
        seen["exports"] += report.exports_checked
        if seen["multi_row"] >= 5 and seen["acked"] >= 20 and seen["backups"] >= 1 and seen["exports"] >= 1:
            break
    assert seen["multi_row"] >= 5 and seen["acked"] >= 20, seen
    assert seen["backups"] >= 1 and seen["exports"] >= 1, seen


@pytest.mark.skipif(os.name != "posix", reason="a forked child is the POSIX fast path; Windows always spawns")
@pytest.mark.timeout(60)
def test_a_spawned_child_works_the_same(tmp_path):
    """The path Windows takes: a fresh interpreter running the harness as a script."""
    report = harness.run(2, seed=7, workdir=tmp_path / "krasj", spawn=True)
    assert report.problems == []
    assert report.kills == 2


# --- the check can fail: each kind of damage it looks for is found ---------------------------------


@pytest.fixture
def written(tmp_path):
    """A harness database after a few acknowledged changes of every kind, checked clean."""
    workdir = tmp_path / "krasj"
    db_path = harness.setup(workdir)
    state, report = harness._State(), harness.Report()
    import random

    from hfdesk.db import open_database

    db = open_database(db_path, create=False)
    ids = {short: harness._body_id(db, short) for short in (harness.MEETING_BODY, harness.REGISTER_BODY)}
    rng = random.Random(5)
    n = 0
    for op in ("membership", "meeting", "meeting", "vote", "vote", "backup", "export"):
        n += 1
        token = f"1.{n}"
        result = harness._OPS[op](db, rng, token, ids, workdir)
        state.acks.append({"op": op, "token": token, **result})
        if op == "vote":
            state.last_vote[result["item"]] = token
        if op == "export":
            state.exported = True
    db.close()
    assert harness.check(db_path, state, report) == []
    return db_path, state, report


def _sql(db_path: Path, *statements: str) -> None:
    con = sqlite3.connect(db_path)
    for statement in statements:
        con.execute(statement)
    con.commit()
    con.close()


@pytest.mark.parametrize(
    ("damage", "found"),
    [
        ("DELETE FROM people WHERE family_name LIKE 'Krasj % B'", "only ['A'] of the pair"),
        ("DELETE FROM agenda_items WHERE id = (SELECT max(id) FROM agenda_items)", "items, title says"),
        ("DELETE FROM votes WHERE id = (SELECT max(id) FROM votes)", "votes and"),
        ("UPDATE agenda_items SET number_seq = number_seq + 100 WHERE id = (SELECT max(id) FROM agenda_items)",
         "not 1..n"),
        ("DELETE FROM attendances WHERE id = (SELECT max(id) FROM attendances)", "attendance of"),
        ("UPDATE people SET email = 'endret@eksempel.no' WHERE family_name LIKE 'Krasj % A'", "acked membership"),
    ],
)
def test_the_check_finds_half_changes_and_lost_acknowledged_ones(written, damage, found):
    db_path, state, report = written
    _sql(db_path, "PRAGMA foreign_keys=OFF", damage)
    problems = harness.check(db_path, state, report)
    assert any(found in p for p in problems), problems


def test_the_check_finds_a_missing_acknowledged_meeting_and_a_broken_backup(written):
    db_path, state, report = written
    state.acks.append({"op": "meeting", "token": "9.9", "meeting": 999, "items": 4, "hash": "x"})
    [backup] = [p for p in (db_path.parent / "backups").iterdir()]
    data = bytearray(backup.read_bytes())
    data[4096 : 4096 * 2] = b"\xff" * 4096
    backup.write_bytes(bytes(data))
    state.good_backups.clear()
    problems = harness.check(db_path, state, report)
    assert any("acked meeting 9.9 missing" in p for p in problems), problems
    assert any(p.startswith(f"backup {backup.name}") for p in problems), problems


def test_the_check_reports_a_file_that_does_not_open(written):
    db_path, state, report = written
    data = bytearray(db_path.read_bytes())
    data[100:4096] = b"\x00" * (4096 - 100)  # page 1's b-tree (the schema) wiped
    db_path.write_bytes(bytes(data))
    problems = harness.check(db_path, state, report)
    assert problems and problems[0].startswith("open_database failed")


def test_a_change_that_fails_half_way_leaves_nothing(written, monkeypatch):
    """The child's operations are single transactions: an error after the meeting row is
    written (here in the first case) leaves no meeting, and the check stays clean."""
    db_path, state, report = written
    from hfdesk.db import open_database
    from hfdesk.services import meetings

    def fail(*args, **kwargs):
        raise RuntimeError("krasj midt i")

    db = open_database(db_path, create=False)
    ids = {short: harness._body_id(db, short) for short in (harness.MEETING_BODY, harness.REGISTER_BODY)}
    monkeypatch.setattr(meetings, "add_item", fail)
    import random

    with pytest.raises(RuntimeError):
        harness._op_meeting(db, random.Random(1), "2.1", ids, db_path.parent)
    with db.session() as s:
        assert s.execute(sa.text("SELECT count(*) FROM meetings WHERE title LIKE 'Krasj 2.1%'")).scalar() == 0
    db.close()
    assert harness.check(db_path, state, report) == []
