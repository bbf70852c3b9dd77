"""Crash harness: kill a writer at random moments and check the database after every kill.

    python benchmarks/crash_harness.py [--kills 200] [--seed N] [--dir DIR] [--spawn] [--json]

Modelled on SQLite's own test/crashtest1.c. A child process writes through the real
services, the way the app does (one ``with db.transaction()`` per user action):

* ``membership``: two new people and two seats in a register body, the second a deputy
  for the first (4 rows);
* ``meeting``: a meeting with its three standard items and 1-12 cases, each insert
  renumbering the body's year (dozens of rows inserted and updated);
* ``vote``: an avrøysting on a case: the first in a meeting registers every member as
  present or absent, then a conclusion and one vote per member present, replacing an
  earlier vote on the same case (rows inserted, updated and deleted);
* ``backup``: `hfdesk.backup.make_backup` and `prune_backups`;
* ``export``: the roster to Excel through `hfdesk.exports.roster` (an atomic file write).

It prints ``START <op> <token>`` before each change and ``ACK <json>`` only after the
transaction has committed (or the backup or export file is in place). The parent
SIGKILLs it (``Popen.kill``: TerminateProcess on Windows) at a random moment: either
0-1.2 s after it starts, or during a chosen kind of change, a random fraction of the way
through (timed from the durations seen so far). After every kill the parent checks:

1. ``open_database`` opens the file with no manual step: a hot journal left by the kill
   is rolled back on the first read (how often a journal was left is counted);
2. ``PRAGMA integrity_check`` is ``ok`` and ``PRAGMA foreign_key_check`` is empty, and the
   case-search index agrees with the cases (FTS5 ``integrity-check``);
3. every acknowledged change is there, with the same content (hashed in the child);
4. no half of a multi-row change is visible: every pair of people has both seats,
   every meeting has exactly the items its title counts, every body-year's case numbers
   run 1..n without gaps in meeting order, every vote conclusion has exactly the votes
   its text counts, every meeting's attendance is complete or absent. A change that was
   in flight when the child died is either all there (committed, not yet acknowledged:
   counted) or not at all;
5. every backup with a final name passes ``integrity_check``, and at most the one
   temporary copy the kill interrupted is left (the next backup removes it);
6. the roster file, when there, is a complete workbook (the old one or the new one).

Why a rollback journal (DELETE) with one writer connection, and not WAL: the Python
3.11 we ship links SQLite 3.40.1, inside the range of SQLite's WAL-reset bug (3.7.0 to
3.51.2; fixed in 3.51.3 of 2026-03-13, backported to 3.44.6 and 3.50.7). In WAL mode,
two connections writing or checkpointing at the same instant can lose committed pages;
an app connection plus a backup connection qualifies, and this harness runs exactly
that mix. A rollback journal has no WAL index to race on. With ``synchronous=EXTRA``,
``BEGIN IMMEDIATE`` for every write (writers queue for the lock instead of failing
half-way) and the backup connection only reading, a kill at any point leaves the file
at its last commit. See `hfdesk.db` for the rest of the settings.

What this does not show: kill -9 leaves the operating system's page cache intact, so a
power cut (lost or reordered writes in the disk's cache) is not simulated here; that
needs a VM hard-reset drill. On POSIX the child is forked from the parent after its
imports (``--spawn`` starts a fresh interpreter instead, as Windows always does), so
the 200 kills take a couple of minutes instead of ten.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import queue
import random
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import threading
import time
import traceback
import zipfile
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

import sqlalchemy as sa

from hfdesk.backup import backup_time, list_backups, make_backup, prune_backups
from hfdesk.db import Database, open_database
from hfdesk.exports.roster import export_roster
from hfdesk.models import (
    AttendanceStatus,
    Body,
    CaseType,
    Meeting,
    Role,
    VoteChoice,
)
from hfdesk.paths import backup_dir_for
from hfdesk.services import live, meetings, register
from hfdesk.services.rights import voters_at_item

MEETING_BODY = "KRASJ"  # short names of the two bodies the harness writes to
REGISTER_BODY = "KRASJREG"
MEMBERS = 5
OPS = ("membership", "meeting", "vote", "backup", "export")
MULTI_ROW = ("membership", "meeting", "vote")
WEIGHTS = (3, 3, 4, 1, 1)
EXPORT_NAME = "medlemsliste.xlsx"
DB_NAME = "krasj.sqlite"
ANY_MAX_S = 1.2
OP_WAIT_S = 4.0
TEXT = "Æ ø å – «sitat» ‘x’ 😀 "


def _sha(*parts: object) -> str:
    return hashlib.sha256(json.dumps(parts, ensure_ascii=False, default=str).encode()).hexdigest()[:16]


def _order(token: str) -> tuple[int, int]:
    child, n = token.split(".")
    return int(child), int(n)


# --- the database the harness starts from ----------------------------------------------------


def setup(workdir: Path) -> Path:
    """A new database with a meeting body of five voting members and an empty register body."""
    workdir.mkdir(parents=True, exist_ok=True)
    path = workdir / DB_NAME
    db = open_database(path)
    try:
        with db.transaction() as s:
            body = register.create_body(s, "Krasjutvalet", 2, short_name=MEETING_BODY)
            register.create_body(s, "Krasjregisteret", 3, short_name=REGISTER_BODY)
            for i in range(MEMBERS):
                person = register.create_person(s, "Medlem", f"Nummer {i + 1}", email=f"medlem{i + 1}@eksempel.no")
                register.add_membership(s, body.id, person.id, Role.MEMBER, term_from=date(1990, 1, 1))
    finally:
        db.close()
    return path


# --- the child: writes through the services, acknowledges after each commit ------------------


def _say(text: str) -> None:
    os.write(1, (text + "\n").encode("utf-8"))  # one write per line: whole lines on the pipe


def _body_id(db: Database, short: str) -> int:
    with db.session() as s:
        return s.scalar(sa.select(Body.id).where(Body.short_name == short))  # type: ignore[return-value]


def _op_membership(db: Database, rng: random.Random, token: str, ids: dict[str, int], workdir: Path) -> dict:
    family_a, family_b = f"Krasj {token} A", f"Krasj {token} B"
    mail_a, mail_b = f"a{token}@eksempel.no", f"b{token}@eksempel.no"
    with db.transaction() as s:
        body = s.get(Body, ids[REGISTER_BODY])
        a = register.create_person(s, "Kari" + TEXT.strip(), family_a, email=mail_a)
        b = register.create_person(s, "Ola", family_b, email=mail_b, phone=str(rng.randint(10**7, 10**8 - 1)))
        ma = register.add_membership(s, body.id, a.id, Role.MEMBER, term_from=date(2024, 1, 1))
        mb = register.add_membership(
            s, body.id, b.id, Role.DEPUTY, term_from=date(2024, 1, 1), deputy_for_id=ma.id
        )
        result = {
            "people": [a.id, b.id],
            "memberships": [ma.id, mb.id],
            "hash": _sha(a.given_name, a.family_name, a.email, b.given_name, b.family_name, b.email, b.phone),
        }
    return result


def _op_meeting(db: Database, rng: random.Random, token: str, ids: dict[str, int], workdir: Path) -> dict:
    starts = datetime(rng.randint(2000, 2099), rng.randint(1, 12), rng.randint(1, 28), 10, 0)
    cases = rng.randint(1, 12)
    with db.transaction() as s:
        body = s.get(Body, ids[MEETING_BODY])
        meeting = meetings.create_meeting(s, body, starts, title=f"Krasj {token}")
        for i in range(cases):
            meetings.add_item(
                s,
                meeting_id=meeting.id,
                title=f"Sak {token}/{i} {TEXT}",
                case_type=CaseType.DECISION,
                background=f"{TEXT}{rng.random()} " * rng.randint(1, 40),
                proposed_decision=f"Forslag {token}/{i}",
            )
        count = len(meeting.items)
        meeting.title = f"Krasj {token} n={count}"
        s.flush()
        result = {"meeting": meeting.id, "items": count, "hash": _meeting_hash(meeting)}
    return result


def _meeting_hash(meeting: Meeting) -> str:
    items = sorted(meeting.items, key=lambda i: i.position)
    return _sha(meeting.title, str(meeting.starts_at), [(i.position, i.title, i.background, i.proposed_decision) for i in items])


def _op_vote(db: Database, rng: random.Random, token: str, ids: dict[str, int], workdir: Path) -> dict | None:
    with db.transaction() as s:
        meeting_ids = s.scalars(sa.select(Meeting.id).where(Meeting.body_id == ids[MEETING_BODY])).all()
        if not meeting_ids:
            return None
        meeting = s.get(Meeting, rng.choice(meeting_ids))
        assert meeting is not None
        cases = [i for i in meeting.items if i.standard is None]
        item = rng.choice(cases)
        if not meeting.attendances:
            # The first vote in a meeting registers who came. Later ones keep it: a change
            # of attendance brings every earlier vote in the meeting up to date (live.py),
            # which would make the vote counts below moving targets.
            live.prepare_attendance(s, meeting)
            present = rng.sample(range(len(meeting.attendances)), rng.randint(1, len(meeting.attendances)))
            for index, attendance in enumerate(sorted(meeting.attendances, key=lambda a: a.person_id)):
                status = AttendanceStatus.PRESENT if index in present else AttendanceStatus.ABSENT
                live.set_attendance(s, meeting, attendance.person, status)
        voters = voters_at_item(s, item)
        choices = {a.person_id: rng.choice(list(VoteChoice)) for a in voters}
        conclusion = live.record_vote(s, item, choices, decision_text=f"Krasj {token} stemmer={len(choices)}")
        result = {
            "item": item.id,
            "conclusion": conclusion.id,
            "votes": len(choices),
            "hash": _sha(sorted((pid, VoteChoice(c).value) for pid, c in choices.items())),
        }
    return result


def _op_backup(db: Database, rng: random.Random, token: str, ids: dict[str, int], workdir: Path) -> dict:
    made = make_backup(workdir / DB_NAME, reason="automatisk")
    prune_backups(backup_dir_for(workdir / DB_NAME), datetime.now())
    return {"file": made.name if made else None}


def _op_export(db: Database, rng: random.Random, token: str, ids: dict[str, int], workdir: Path) -> dict:
    with db.session() as s:
        export_roster(s, workdir / EXPORT_NAME, body_id=ids[rng.choice([MEETING_BODY, REGISTER_BODY])])
    return {"file": EXPORT_NAME}


_OPS: dict[str, Callable[..., dict | None]] = {
    "membership": _op_membership,
    "meeting": _op_meeting,
    "vote": _op_vote,
    "backup": _op_backup,
    "export": _op_export,
}


def child_main(db_path: Path, seed: int, child_no: int) -> None:
    """Write until killed. Never returns normally (the parent kills it)."""
    rng = random.Random(seed * 100_003 + child_no)
    db = open_database(db_path, create=False)
    ids = {short: _body_id(db, short) for short in (MEETING_BODY, REGISTER_BODY)}
    _say("READY")
    for n in range(1, 1_000_000):
        op = rng.choices(OPS, WEIGHTS)[0]
        token = f"{child_no}.{n}"
        _say(f"START {op} {token}")
        result = _OPS[op](db, rng, token, ids, db_path.parent)
        if result is None:  # nothing to do yet (a vote before any meeting)
            _say(f"SKIP {op} {token}")
            continue
        _say("ACK " + json.dumps({"op": op, "token": token, **result}))


# --- the parent: start, kill, check ---------------------------------------------------------------


@dataclass
class Report:
    kills: int = 0
    in_flight: Counter = field(default_factory=Counter)  # op running when the child died ("none")
    journals_left: int = 0  # kills after which a -journal lay beside the database
    committed_unacked: int = 0  # changes in flight at a kill that turned out committed
    acked: Counter = field(default_factory=Counter)  # acknowledged changes, by op
    backups_checked: int = 0
    exports_checked: int = 0
    export_temps_left: int = 0  # hidden temporary files of interrupted exports (hfdesk.fileio)
    seconds: float = 0.0
    problems: list[str] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        return {
            "kills": self.kills,
            "in_flight": dict(self.in_flight),
            "kills_during_multi_row_changes": sum(self.in_flight[op] for op in MULTI_ROW),
            "journals_left": self.journals_left,
            "committed_unacked": self.committed_unacked,
            "acked": dict(self.acked),
            "backups_checked": self.backups_checked,
            "exports_checked": self.exports_checked,
            "export_temps_left": self.export_temps_left,
            "seconds": round(self.seconds, 1),
            "problems": self.problems,
        }


@dataclass
class _State:
    acks: list[dict] = field(default_factory=list)
    maybe: dict[str, str] = field(default_factory=dict)  # token -> op, in flight at a kill
    counted: set[str] = field(default_factory=set)  # maybe-tokens found committed
    last_vote: dict[int, str] = field(default_factory=dict)  # item id -> token of its last acked vote
    durations: dict[str, list[float]] = field(default_factory=lambda: {op: [] for op in OPS})
    good_backups: set[tuple[str, int]] = field(default_factory=set)
    exported: bool = False


class _Child:
    """A running child and a thread that reads its lines into a queue."""

    def __init__(self, db_path: Path, seed: int, child_no: int, spawn: bool) -> None:
        self.lines: queue.Queue[tuple[float, str] | None] = queue.Queue()
        self.proc: subprocess.Popen[bytes] | None = None
        self.pid = 0
        if spawn or not hasattr(os, "fork"):
            self.proc = subprocess.Popen(
                [sys.executable, str(Path(__file__).resolve()), "--child", str(db_path), "--seed", str(seed),
                 "--child-no", str(child_no)],
                stdout=subprocess.PIPE,
            )
            stream = self.proc.stdout
        else:
            read, write = os.pipe()
            pid = os.fork()
            if pid == 0:  # the child
                code = 3
                try:
                    os.close(read)
                    os.dup2(write, 1)
                    os.close(write)
                    child_main(db_path, seed, child_no)
                except BaseException:  # noqa: BLE001 - report and leave; never return into the parent's code
                    traceback.print_exc()
                    code = 4
                finally:
                    os._exit(code)
            os.close(write)
            self.pid = pid
            stream = os.fdopen(read, "rb")
        self.started = time.monotonic()
        self.reader = threading.Thread(target=self._read, args=(stream,), daemon=True)
        self.reader.start()

    def _read(self, stream: Any) -> None:
        try:
            for raw in stream:
                self.lines.put((time.monotonic(), raw.decode("utf-8").rstrip("\n")))
        finally:
            stream.close()
            self.lines.put(None)

    def kill(self) -> int | None:
        """SIGKILL (TerminateProcess); the exit status, or None if it had already ended."""
        if self.proc is not None:
            already = self.proc.poll()
            self.proc.kill()
            self.proc.wait()
            return already
        try:
            done, status = os.waitpid(self.pid, os.WNOHANG)
            if done:
                return status
            os.kill(self.pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
        os.waitpid(self.pid, 0)
        return None

    def drain(self) -> list[tuple[float, str]]:
        self.reader.join(timeout=10)
        out = []
        while True:
            try:
                item = self.lines.get_nowait()
            except queue.Empty:
                return out
            if item is not None:
                out.append(item)


def _estimate(state: _State, op: str) -> float:
    seen = sorted(state.durations[op])
    if not seen:
        return 0.05
    return seen[int(0.9 * (len(seen) - 1))]


def _run_one(db_path: Path, seed: int, child_no: int, rng: random.Random, state: _State, spawn: bool) -> tuple[
        list[tuple[float, str]], bool]:
    """Start a child, kill it at a random moment; its lines, and whether it was alive when killed."""
    target = rng.choice(("any", "any") + OPS + MULTI_ROW)
    child = _Child(db_path, seed, child_no, spawn)
    lines: list[tuple[float, str]] = []
    deadline = child.started + (rng.uniform(0, ANY_MAX_S) if target == "any" else OP_WAIT_S + 3)
    starts: dict[str, float] = {}
    while True:
        timeout = deadline - time.monotonic()
        if timeout <= 0:
            break
        try:
            item = child.lines.get(timeout=timeout)
        except queue.Empty:
            break
        if item is None:  # the child ended by itself: a crash in the child, reported below
            break
        lines.append(item)
        at, text = item
        words = text.split(" ", 2)
        if words[0] == "START":
            starts[words[2]] = at
            if words[1] == target:
                deadline = min(deadline, time.monotonic() + rng.uniform(0, _estimate(state, target)))
        elif words[0] == "ACK":
            ack = json.loads(text[4:])
            if ack["token"] in starts:
                state.durations[ack["op"]].append(at - starts[ack["token"]])
        elif words[0] == "READY" and target != "any":
            deadline = min(deadline, at + OP_WAIT_S)
    status = child.kill()
    lines.extend(child.drain())
    return lines, status is None


def _scan_lines(lines: list[tuple[float, str]], state: _State, report: Report) -> None:
    in_flight: tuple[str, str] | None = None
    for _, text in lines:
        words = text.split(" ", 2)
        if words[0] == "START":
            in_flight = (words[1], words[2])
        elif words[0] in ("ACK", "SKIP"):
            if words[0] == "ACK":
                ack = json.loads(text[4:])
                state.acks.append(ack)
                report.acked[ack["op"]] += 1
                if ack["op"] == "vote":
                    state.last_vote[ack["item"]] = ack["token"]
                if ack["op"] == "export":
                    state.exported = True
            in_flight = None
    report.in_flight[in_flight[0] if in_flight else "none"] += 1
    if in_flight is not None:
        state.maybe[in_flight[1]] = in_flight[0]


def check(db_path: Path, state: _State, report: Report) -> list[str]:
    """Everything that must hold after a kill; the problems found (none when all is well)."""
    problems: list[str] = []
    workdir = db_path.parent
    try:
        db = open_database(db_path, create=False)
    except Exception as exc:  # noqa: BLE001 - the very thing being tested
        return [f"open_database failed: {type(exc).__name__}: {exc}"]
    try:
        with db.session() as s:
            problems += _check_content(s, state, report)
    finally:
        db.close()
    con = sqlite3.connect(db_path)
    try:
        if (result := con.execute("PRAGMA integrity_check").fetchall()) != [("ok",)]:
            problems.append(f"integrity_check: {result[:3]}")
        if fk := con.execute("PRAGMA foreign_key_check").fetchall():
            problems.append(f"foreign_key_check: {fk[:3]}")
        try:
            con.execute("BEGIN IMMEDIATE")
            con.execute("INSERT INTO case_search(case_search) VALUES ('integrity-check')")
        except sqlite3.DatabaseError as exc:
            problems.append(f"case_search integrity-check: {exc}")
        finally:
            con.rollback()
    finally:
        con.close()
    problems += _check_files(workdir, state, report)
    return problems


def _check_content(s: Any, state: _State, report: Report) -> list[str]:
    problems: list[str] = []
    ids = {short: s.scalar(sa.select(Body.id).where(Body.short_name == short)) for short in (MEETING_BODY, REGISTER_BODY)}
    q = s.execute

    # Acknowledged changes are there, with the content the child hashed.
    for ack in state.acks:
        op, token = ack["op"], ack["token"]
        if op == "membership":
            a, b = ack["people"]
            rows = {r[0]: r[1:] for r in q(sa.text(
                "SELECT id, given_name, family_name, email, phone FROM people WHERE id IN (:a, :b)"), {"a": a, "b": b})}
            got = _sha(*rows[a][:3], *rows[b]) if len(rows) == 2 else None
            n = q(sa.text("SELECT count(*) FROM memberships WHERE id IN (:a, :b)"),
                  {"a": ack["memberships"][0], "b": ack["memberships"][1]}).scalar()
            if got != ack["hash"] or n != 2:
                problems.append(f"acked membership {token} missing or changed")
        elif op == "meeting":
            meeting = s.get(Meeting, ack["meeting"])
            if meeting is None or len(meeting.items) != ack["items"] or _meeting_hash(meeting) != ack["hash"]:
                problems.append(f"acked meeting {token} missing or changed")
        elif op == "vote":
            if state.last_vote.get(ack["item"]) == token:
                text = q(sa.text("SELECT decision_text FROM conclusions WHERE item_id = :i"), {"i": ack["item"]}).scalar()
                current = text.split()[1] if text else None
                later_maybe = current in state.maybe and _order(current) > _order(token)
                if current != token and not later_maybe:
                    problems.append(f"acked vote {token} on item {ack['item']} missing (found {current})")
                if current == token:
                    votes = q(sa.text("SELECT person_id, choice FROM votes v JOIN conclusions c ON c.id = v.conclusion_id "
                                      "WHERE c.item_id = :i"), {"i": ack["item"]}).all()
                    if _sha(sorted((pid, choice) for pid, choice in votes)) != ack["hash"]:
                        problems.append(f"acked vote {token}: votes differ")

    # No half of any change, acknowledged or not.
    found_tokens: set[str] = set()
    people = q(sa.text("SELECT family_name, id FROM people WHERE family_name LIKE 'Krasj %'")).all()
    pairs: dict[str, dict[str, int]] = {}
    for family, pid in people:
        _, token, half = family.split()
        pairs.setdefault(token, {})[half] = pid
    for token, pair in pairs.items():
        found_tokens.add(token)
        if set(pair) != {"A", "B"}:
            problems.append(f"membership {token}: only {sorted(pair)} of the pair")
            continue
        seats = q(sa.text("SELECT m.id, m.person_id, m.role, m.deputy_for_id FROM memberships m WHERE m.person_id IN (:a, :b)"),
                  {"a": pair["A"], "b": pair["B"]}).all()
        by_person = {r[1]: r for r in seats}
        if len(seats) != 2 or by_person.get(pair["B"], (0, 0, 0, None))[3] != by_person.get(pair["A"], (None,))[0]:
            problems.append(f"membership {token}: seats incomplete {seats}")

    rows = q(sa.text("SELECT m.id, m.title, m.starts_at, count(i.id), min(i.position), max(i.position) FROM meetings m "
                     "LEFT JOIN agenda_items i ON i.meeting_id = m.id WHERE m.body_id = :b GROUP BY m.id"),
             {"b": ids[MEETING_BODY]}).all()
    for mid, title, _starts, count, low, high in rows:
        token, n = title.split()[1], int(title.split("n=")[1]) if "n=" in title else -1
        found_tokens.add(token)
        if count != n or low != 0 or high != n - 1:
            problems.append(f"meeting {token}: {count} items, title says {n}")
    numbering = q(sa.text(
        "SELECT strftime('%Y', m.starts_at), i.number_year, i.number_seq FROM agenda_items i JOIN meetings m ON m.id = i.meeting_id "
        "WHERE m.body_id = :b ORDER BY m.starts_at, m.id, i.position"), {"b": ids[MEETING_BODY]}).all()
    expected_seq: Counter = Counter()
    for year, number_year, seq in numbering:
        expected_seq[year] += 1
        if number_year != int(year) or seq != expected_seq[year]:
            problems.append(f"case numbers of {year} not 1..n in meeting order (found {number_year}/{seq})")
            break

    conclusions = q(sa.text(
        "SELECT c.decision_text, c.kind, (SELECT count(*) FROM votes v WHERE v.conclusion_id = c.id), "
        "(SELECT count(*) FROM attendances a WHERE a.meeting_id = i.meeting_id AND a.status = 'present') "
        "FROM conclusions c JOIN agenda_items i ON i.id = c.item_id")).all()
    for text, kind, votes, present in conclusions:
        token, k = text.split()[1], int(text.split("stemmer=")[1])
        found_tokens.add(token)
        if votes != k or kind != "vote" or present != k:
            problems.append(f"vote {token}: {votes} votes and {present} present, text says {k}")
    for mid, n in q(sa.text("SELECT meeting_id, count(*) FROM attendances GROUP BY meeting_id")).all():
        if n != MEMBERS:
            problems.append(f"meeting {mid}: attendance of {n}, not {MEMBERS}")
    if q(sa.text("SELECT count(*) FROM case_search")).scalar() != q(sa.text("SELECT count(*) FROM agenda_items")).scalar():
        problems.append("case_search and agenda_items differ in count")

    acked_tokens = {a["token"] for a in state.acks}
    for token in state.maybe:
        if token in found_tokens and token not in acked_tokens and token not in state.counted:
            report.committed_unacked += 1
            state.counted.add(token)
    return problems


def _check_files(workdir: Path, state: _State, report: Report) -> list[str]:
    problems: list[str] = []
    folder = backup_dir_for(workdir / DB_NAME)
    names = {b.path.name for b in list_backups(folder)}
    for ack in state.acks:
        if ack["op"] == "backup" and ack["file"] and ack["file"] not in names:
            created = backup_time(ack["file"])
            if created is None or created.date() == date.today():  # today's are all kept; older ones may be thinned out
                problems.append(f"acked backup {ack['file']} is gone")
    for info in list_backups(folder):
        key = (info.path.name, info.size)
        if key in state.good_backups:
            continue
        con = sqlite3.connect(info.path)
        try:
            result = con.execute("PRAGMA integrity_check").fetchall()
        except sqlite3.DatabaseError as exc:
            result = [(str(exc),)]
        finally:
            con.close()
        if result != [("ok",)]:
            problems.append(f"backup {info.path.name}: {result[:2]}")
        else:
            state.good_backups.add(key)
            report.backups_checked += 1
    temps = [p.name for p in folder.glob(".*.tmp")] if folder.is_dir() else []
    if len(temps) > 1:
        problems.append(f"temporary backup files left over: {temps}")
    out = workdir / EXPORT_NAME
    if out.exists():
        try:
            with zipfile.ZipFile(out) as z:
                if z.testzip() is not None or "xl/workbook.xml" not in z.namelist():
                    problems.append("roster export is incomplete")
            report.exports_checked += 1
        except zipfile.BadZipFile:
            problems.append("roster export is not a complete workbook")
    elif state.exported:
        problems.append("roster export acknowledged but missing")
    report.export_temps_left = len(list(workdir.glob(f".{EXPORT_NAME}.*.tmp")))
    return problems


def run(kills: int = 200, *, seed: int | None = None, workdir: Path | None = None, spawn: bool = False,
        progress: Callable[[int, Report], None] | None = None) -> Report:
    """Kill the writer `kills` times and check after each; the report (problems empty when all held)."""
    seed = seed if seed is not None else random.randrange(1 << 30)
    rng = random.Random(seed)
    own_dir = workdir is None
    workdir = Path(tempfile.mkdtemp(prefix="hfdesk-krasj-")) if workdir is None else workdir
    db_path = setup(workdir)
    state, report = _State(), Report()
    began = time.monotonic()
    for child_no in range(1, kills + 1):
        lines, alive = _run_one(db_path, seed, child_no, rng, state, spawn)
        if not alive:
            report.problems.append(f"kill {child_no}: the child had already stopped (see its stderr)")
        _scan_lines(lines, state, report)
        report.kills += 1
        if db_path.with_name(db_path.name + "-journal").exists():
            report.journals_left += 1
        found = check(db_path, state, report)
        report.problems += [f"kill {child_no} (seed {seed}): {p}" for p in found]
        if progress is not None:
            progress(child_no, report)
        if report.problems:
            break
    report.seconds = time.monotonic() - began
    if own_dir and not report.problems:
        shutil.rmtree(workdir, ignore_errors=True)
    elif report.problems:
        report.problems.append(f"the files are kept in {workdir}")
    return report


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--kills", type=int, default=200)
    parser.add_argument("--seed", type=int)
    parser.add_argument("--dir", type=Path, help="work folder (default: a new temporary folder)")
    parser.add_argument("--spawn", action="store_true", help="start each child as a new interpreter (as on Windows)")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--child-no", type=int, default=1, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child is not None:
        child_main(args.child, args.seed or 0, args.child_no)
        return 0

    def progress(n: int, report: Report) -> None:
        if not args.json and (n % 20 == 0 or report.problems):
            print(f"{n:4d} kills, {sum(report.in_flight[o] for o in MULTI_ROW)} during multi-row changes, "
                  f"{report.journals_left} journals left, {len(report.problems)} problems", flush=True)

    seed = args.seed if args.seed is not None else random.randrange(1 << 30)
    report = run(args.kills, seed=seed, workdir=args.dir, spawn=args.spawn, progress=progress)
    if args.json:
        print(json.dumps({"seed": seed, "sqlite": sqlite3.sqlite_version, **report.as_json()}, indent=2))
    else:
        print(f"seed {seed}, SQLite {sqlite3.sqlite_version}")
        for key, value in report.as_json().items():
            print(f"{key}: {value}")
    return 0 if not report.problems else 1


if __name__ == "__main__":
    sys.exit(main())
