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
    made = subprocess.run([sys.executable, "-m", "hfdesk", "demo", str(target), "--today", "2026-11-23"],
                          capture_output=True, text=True)
    assert made.returncode == 0, made.stderr
    listed = subprocess.run(
        [sys.executable, "-m", "hfdesk", "meetings", "--db", str(target), "--json"], capture_output=True, text=True
    )
    assert listed.returncode == 0, listed.stderr
    assert len(json.loads(listed.stdout)) > 10
    again = subprocess.run([sys.executable, "-m", "hfdesk", "demo", str(target)], capture_output=True, text=True)
    assert again.returncode == 2
    assert "Traceback" not in again.stderr and len(again.stderr.strip().splitlines()) == 1


def test_demo_is_built_around_the_day_given(capsys, tmp_path):
    target = tmp_path / "demo.sqlite"
    code, out, err = run(capsys, "demo", str(target), "--today", "2031-03-10")
    assert code == 0, err
    code, out, err = run(capsys, "meetings", "--db", str(target), "--json")
    days = [datetime.fromisoformat(m["starts_at"]).date().isoformat() for m in json.loads(out)]
    assert min(days) < "2031-03-10" < max(days)
    assert "2029-09-01" < min(days) and max(days) < "2032-09-01"


@pytest.mark.parametrize("day", ["2031-02-30", "10.03.2031", "i dag"])
def test_demo_refuses_an_impossible_day_in_one_line(capsys, tmp_path, day):
    with pytest.raises(SystemExit) as exited:
        main(["demo", str(tmp_path / "demo.sqlite"), "--today", day])
    code, err = exited.value.code, capsys.readouterr().err
    assert code == 2 and err.count("\n") == 1 and f"«{day}» er ingen gyldig dato" in err
    assert not (tmp_path / "demo.sqlite").exists()


@pytest.mark.parametrize("day", ["1979-06-01", "2108-06-01", "0001-01-01", "9999-12-31"])
def test_demo_refuses_a_day_it_cannot_be_built_around(capsys, tmp_path, day):
    """Zip files (the demo's Word attachments) hold no date before 1980 and none far ahead."""
    with pytest.raises(SystemExit) as exited:
        main(["demo", str(tmp_path / "demo.sqlite"), "--today", day])
    err = capsys.readouterr().err
    assert exited.value.code == 2 and err.count("\n") == 1 and "fra 1990 til 2099" in err
    assert not (tmp_path / "demo.sqlite").exists()


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


def test_check_json_lists_every_body_with_coded_breaches(capsys, demo_file):
    code, out, err = run(capsys, "check", "--db", str(demo_file), "--json")
    assert code == 0, err
    report = json.loads(out)
    _, bodies_out, _ = run(capsys, "bodies", "--db", str(demo_file), "--json")
    assert [r["body_id"] for r in report] == [b["id"] for b in json.loads(bodies_out)]
    assert all(set(r) == {"body_id", "body_name", "breaches"} for r in report)
    found = {(r["body_name"], b["code"]) for r in report for b in r["breaches"]}
    assert ("Områdeutval Voss", "missing_seat") in found
    assert all(b["message"] and set(b) == {"code", "message"} for r in report for b in r["breaches"])


def test_export_roster_writes_a_workbook(capsys, demo_file, tmp_path):
    from openpyxl import load_workbook

    out_file = tmp_path / "medlemmer.xlsx"
    code, out, err = run(capsys, "export", "roster", "--db", str(demo_file), "--out", str(out_file))
    assert code == 0, err
    wb = load_workbook(out_file)
    assert wb.sheetnames[0] == "Oversikt" and "SSU" in wb.sheetnames and "Avvik" in wb.sheetnames
    only = tmp_path / "ssu.xlsx"
    _, bodies_out, _ = run(capsys, "bodies", "--db", str(demo_file), "--json")
    ssu_id = next(b["id"] for b in json.loads(bodies_out) if b["short_name"] == "SSU")
    code, _, err = run(capsys, "export", "roster", "--db", str(demo_file), "--body", str(ssu_id), "--out", str(only))
    assert code == 0, err
    assert load_workbook(only).sheetnames == ["Oversikt", "SSU", "Avvik"]


@pytest.mark.parametrize(
    "argv_tail,expect",
    [
        (["--body", "9999", "--out", "{tmp}/x.xlsx"], "finnes ikke"),
        (["--out", "{tmp}/no/such/folder/x.xlsx"], ""),
    ],
    ids=["unknown-body", "missing-folder"],
)
def test_export_roster_bad_input_is_exit_2_one_line(capsys, demo_file, tmp_path, argv_tail, expect):
    argv = ["export", "roster", "--db", str(demo_file)] + [a.format(tmp=tmp_path) for a in argv_tail]
    code, out, err = run(capsys, *argv)
    assert code == 2
    assert len(err.strip().splitlines()) == 1 and expect in err


def test_import_roster_round_trip_and_errors(capsys, demo_file, tmp_path):
    out_file = tmp_path / "medlemmer.xlsx"
    assert run(capsys, "export", "roster", "--db", str(demo_file), "--out", str(out_file))[0] == 0
    # into a copy of the demo: everyone is known already, nothing new is added
    copy = tmp_path / "copy.sqlite"
    copy.write_bytes(demo_file.read_bytes())
    code, out, err = run(capsys, "import", "roster", "--db", str(copy), str(out_file), "--dry-run", "--json")
    assert code == 0, err
    result = json.loads(out)
    assert set(result) == {"people_added", "people_matched", "memberships_added", "errors", "notes"}
    assert result["notes"] == []
    assert result["people_added"] == 0 and result["people_matched"] > 50 and result["errors"] == []
    # a file that is not a workbook: exit 2, one line, nothing imported
    bad = tmp_path / "liste.xlsx"
    bad.write_text("Navn;Rolle\nOla;Medlem\n")
    before = copy.read_bytes()
    code, out, err = run(capsys, "import", "roster", "--db", str(copy), str(bad), "--json")
    assert code == 2 and len(err.strip().splitlines()) == 1
    assert copy.read_bytes() == before


def _next_meeting_id(capsys, demo_file) -> int:
    _, out, _ = run(capsys, "meetings", "--db", str(demo_file), "--json")
    return next(m["id"] for m in json.loads(out) if m["status"] == "notice_sent")


def test_export_notice_and_ics(capsys, demo_file, tmp_path):
    import docx
    import icalendar

    meeting = _next_meeting_id(capsys, demo_file)
    notice = tmp_path / "innkalling.docx"
    code, _, err = run(capsys, "export", "notice", "--db", str(demo_file), "--meeting", str(meeting),
                       "--lang", "nb", "--out", str(notice))
    assert code == 0, err
    text = "\n".join(p.text for p in docx.Document(notice).paragraphs)
    assert "Innkalling" in text and "Forslag til vedtak" in text
    ics = tmp_path / "mote.ics"
    code, _, err = run(capsys, "export", "ics", "--db", str(demo_file), "--meeting", str(meeting), "--out", str(ics))
    assert code == 0, err
    events = icalendar.Calendar.from_ical(ics.read_bytes()).walk("VEVENT")
    uuid = sqlite3.connect(demo_file).execute("SELECT uuid FROM meetings WHERE id = ?", (meeting,)).fetchone()[0]
    assert len(events) == 1 and events[0]["UID"] == f"{uuid}@hfdesk"


def test_export_ics_of_a_cancelled_meeting_is_its_cancellation(capsys, demo_file, tmp_path):
    """Issue 17, point 10: the same command on a cancelled meeting writes METHOD:CANCEL."""
    import icalendar

    _, out, _ = run(capsys, "meetings", "--db", str(demo_file), "--json")
    cancelled = next(m["id"] for m in json.loads(out) if m["status"] == "cancelled")
    ics = tmp_path / "avlysning.ics"
    code, out, err = run(capsys, "export", "ics", "--db", str(demo_file), "--meeting", str(cancelled), "--out", str(ics))
    assert code == 0, err
    assert out.strip() == f"Avlysningen (kalender) er skrevet til {ics}"
    calendar = icalendar.Calendar.from_ical(ics.read_bytes())
    assert str(calendar["METHOD"]) == "CANCEL"
    assert str(calendar.walk("VEVENT")[0]["STATUS"]) == "CANCELLED"


def test_export_ics_without_a_secretariat_address_says_it_is_no_invitation(capsys, demo_file, tmp_path):
    import icalendar

    from hfdesk.db import open_database
    from hfdesk.services.meeting_record import load_meeting_record

    copy = tmp_path / "demo.sqlite"
    copy.write_bytes(demo_file.read_bytes())
    meeting = _next_meeting_id(capsys, copy)
    database = open_database(copy)
    try:
        with database.session() as s:
            secretary = load_meeting_record(s, meeting).secretary
    finally:
        database.close()
    con = sqlite3.connect(copy)
    con.execute("UPDATE people SET email = '' WHERE id = ?", (secretary.id,))
    con.commit()
    con.close()
    ics = tmp_path / "mote.ics"
    code, out, err = run(capsys, "export", "ics", "--db", str(copy), "--meeting", str(meeting), "--out", str(ics))
    assert code == 0, err
    assert out.strip() == (
        f"Kalenderoppføringen er skrevet til {ics}; uten e-postadresse til sekretariatet er den ikke en invitasjon"
    )
    assert "METHOD" not in icalendar.Calendar.from_ical(ics.read_bytes())


@pytest.mark.parametrize("what,suffix", [("notice", "docx"), ("ics", "ics"), ("minutes", "docx")])
def test_export_of_an_unknown_meeting_is_exit_2_one_line(capsys, demo_file, tmp_path, what, suffix):
    out_file = tmp_path / f"x.{suffix}"
    code, out, err = run(capsys, "export", what, "--db", str(demo_file), "--meeting", "99999", "--out", str(out_file))
    assert code == 2 and len(err.strip().splitlines()) == 1 and "finnes ikke" in err
    assert not out_file.exists()


def test_export_meeting_json_and_attendance(capsys, demo_file, tmp_path):
    from openpyxl import load_workbook

    _, out, _ = run(capsys, "meetings", "--db", str(demo_file), "--json")
    held = next(m for m in json.loads(out) if m["status"] in ("held", "minutes_approved"))
    target = tmp_path / "mote.json"
    code, _, err = run(capsys, "export", "meeting", "--db", str(demo_file), "--meeting", str(held["id"]),
                       "--out", str(target))
    assert code == 0, err
    document = json.loads(target.read_text(encoding="utf-8"))
    assert (document["format"], document["version"], document["internal"]) == ("hfdesk-meeting", 1, False)
    assert document["meeting"]["starts_at"] == held["starts_at"] and document["attendance"]
    code, _, err = run(capsys, "export", "meeting", "--db", str(demo_file), "--meeting", str(held["id"]),
                       "--internal", "--out", str(target))
    assert code == 0, err
    assert json.loads(target.read_text(encoding="utf-8"))["internal"] is True

    workbook = tmp_path / "oppmote.xlsx"
    year = held["starts_at"][:4]
    code, _, err = run(capsys, "export", "attendance", "--db", str(demo_file), "--year", year, "--out", str(workbook))
    assert code == 0, err
    assert "SSU" in load_workbook(workbook).sheetnames
    _, bodies_out, _ = run(capsys, "bodies", "--db", str(demo_file), "--json")
    ssu_id = next(b["id"] for b in json.loads(bodies_out) if b["short_name"] == "SSU")
    code, _, err = run(capsys, "export", "attendance", "--db", str(demo_file), "--year", year,
                       "--body", str(ssu_id), "--out", str(workbook))
    assert code == 0, err
    assert load_workbook(workbook).sheetnames == ["Oversikt", "SSU"]  # the rate per side, then the body


@pytest.mark.parametrize(
    "argv,expect",
    [
        (["export", "meeting", "--meeting", "99999", "--out", "{tmp}/x.json"], "finnes ikke"),
        (["export", "meeting", "--meeting", "1", "--out", "{tmp}/no/such/x.json"], "finnes ikke"),
        (["export", "attendance", "--year", "2026", "--body", "9999", "--out", "{tmp}/x.xlsx"], "finnes ikke"),
        (["export", "attendance", "--year", "-5", "--out", "{tmp}/x.xlsx"], "ugyldig"),
    ],
    ids=["unknown-meeting", "missing-folder", "unknown-body", "bad-year"],
)
def test_export_meeting_and_attendance_bad_input_is_exit_2_one_line(capsys, demo_file, tmp_path, argv, expect):
    argv = [a.format(tmp=tmp_path) for a in argv] + ["--db", str(demo_file)]
    code, out, err = run(capsys, *argv)
    assert code == 2 and out == ""
    assert len(err.strip().splitlines()) == 1 and expect in err
    assert not any(tmp_path.iterdir())


def test_export_minutes_internal_public_and_bad_template(capsys, demo_file, tmp_path):
    import docx

    _, out, _ = run(capsys, "meetings", "--db", str(demo_file), "--json")
    held = next(m for m in json.loads(out) if m["status"] in ("held", "minutes_approved"))
    minutes = tmp_path / "referat.docx"
    code, out, err = run(capsys, "export", "minutes", "--db", str(demo_file), "--meeting", str(held["id"]),
                         "--lang", "nb", "--out", str(minutes))
    assert code == 0, err
    assert "Referatet er skrevet" in out
    text = "\n".join(p.text for p in docx.Document(minutes).paragraphs)
    assert held["body_name"] in text
    public = tmp_path / "referat-offentlig.docx"
    code, out, err = run(capsys, "export", "minutes", "--db", str(demo_file), "--meeting", str(held["id"]),
                         "--public", "--out", str(public))
    assert code == 0 and "offentlige" in out and public.exists()
    broken = tmp_path / "mal.docx"
    broken.write_bytes(b"not a word file")
    target = tmp_path / "med-mal.docx"
    code, out, err = run(capsys, "export", "minutes", "--db", str(demo_file), "--meeting", str(held["id"]),
                         "--template", str(broken), "--out", str(target))
    assert code == 2 and len(err.strip().splitlines()) == 1
    assert not target.exists()


def test_backup_writes_a_checked_copy_and_never_overwrites(capsys, demo_file, tmp_path):
    import sqlite3

    out_file = tmp_path / "kopi.sqlite"
    code, out, err = run(capsys, "backup", "--db", str(demo_file), "--out", str(out_file))
    assert code == 0, err
    assert "Sikkerhetskopien er skrevet" in out
    con = sqlite3.connect(out_file)
    try:
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        assert con.execute("SELECT count(*) FROM bodies").fetchone()[0] > 0
    finally:
        con.close()
    before = out_file.read_bytes()
    code, out, err = run(capsys, "backup", "--db", str(demo_file), "--out", str(out_file))
    assert code == 2 and len(err.strip().splitlines()) == 1
    assert out_file.read_bytes() == before
    code, out, err = run(capsys, "backup", "--db", str(tmp_path / "finnes-ikke.sqlite"), "--out", str(tmp_path / "x"))
    assert code == 2 and len(err.strip().splitlines()) == 1


# --- the language of the messages (issue 16, point 6) -------------------------------------------


@pytest.mark.parametrize(
    ("chosen", "line"),
    [
        ("", "hfdesk: Møtet med id 99999 finnes ikke."),
        ("nb", "hfdesk: Møtet med id 99999 finnes ikke."),
        ("nn", "hfdesk: Møtet med id 99999 finst ikkje."),
        ("en", "hfdesk: The meeting with id 99999 does not exist."),
    ],
)
def test_the_command_line_speaks_the_language_chosen_in_the_app(capsys, demo_file, tmp_path, chosen, line):
    from hfdesk.services.settings import set_user_language

    set_user_language(chosen)  # what the settings dialog writes
    code, out, err = run(capsys, "export", "notice", "--db", str(demo_file), "--meeting", "99999",
                         "--out", str(tmp_path / "x.docx"))
    assert (code, out, err.splitlines()) == (2, "", [line])


@pytest.mark.parametrize(
    ("locale", "chosen", "expected"),
    [
        ("nn_NO.UTF-8", "", "finst ikkje"),  # nothing chosen: the system locale
        ("en_GB.UTF-8", "", "does not exist"),
        ("nb_NO.UTF-8", "", "finnes ikke"),
        ("de_DE.UTF-8", "", "does not exist"),
        ("en_US.UTF-8", "nn", "finst ikkje"),  # the choice wins over the locale
    ],
)
def test_without_a_choice_the_command_line_follows_the_system_locale(
    capsys, demo_file, monkeypatch, locale, chosen, expected
):
    from hfdesk.services.settings import set_user_language

    monkeypatch.setenv("LANG", locale)
    set_user_language(chosen)
    code, _out, err = run(capsys, "export", "roster", "--db", str(demo_file), "--body", "9999", "--out", "x.xlsx")
    assert code == 2 and len(err.splitlines()) == 1 and expected in err


def test_a_subprocess_in_nynorsk_prints_nynorsk_and_exits_2(demo_file, tmp_path):
    """The installed command, as a script calls it: the language from the per-user file."""
    import os

    data = tmp_path / "data"
    data.mkdir()
    (data / "hfdesk-user.json").write_text('{"language": "nn"}', encoding="utf-8")
    env = {**os.environ, "HFDESK_DATA_DIR": str(data), "LANG": "C.UTF-8"}
    proc = subprocess.run(
        [sys.executable, "-m", "hfdesk", "export", "ics", "--db", str(demo_file), "--meeting", "424242",
         "--out", str(tmp_path / "x.ics")],
        capture_output=True, text=True, env=env, encoding="utf-8",
    )
    assert proc.returncode == 2
    assert proc.stderr.splitlines() == ["hfdesk: Møtet med id 424242 finst ikkje."]


def test_the_command_line_leaves_the_callers_language_as_it_was(capsys, demo_file):
    from hfdesk import messages
    from hfdesk.services.settings import set_user_language

    set_user_language("en")
    run(capsys, "bodies", "--db", str(demo_file))
    assert messages.current_language() == "nb"


def test_an_unreadable_settings_file_is_no_choice(capsys, demo_file, _private_data_dir):
    (_private_data_dir / "hfdesk-user.json").write_text("{not json", encoding="utf-8")
    code, _out, err = run(capsys, "export", "ics", "--db", str(demo_file), "--meeting", "77777", "--out", "x.ics")
    assert code == 2 and err.strip() == "hfdesk: Møtet med id 77777 finnes ikke."


def test_export_notice_public_withholds_exempt_cases(capsys, demo_file, tmp_path):
    """Issue 17, point 1: `hfdesk export notice --public` writes the notice for publishing."""
    from docx import Document

    con = sqlite3.connect(demo_file)
    meeting_id, title, basis = con.execute(
        "SELECT a.meeting_id, a.title, a.exemption_basis FROM agenda_items a JOIN meetings m ON m.id = a.meeting_id "
        "WHERE a.exempt AND m.status <> 'cancelled' LIMIT 1"
    ).fetchone()
    con.close()
    texts = {}
    for flag, name in ((["--public"], "public"), ([], "internal")):
        out = tmp_path / f"{name}.docx"
        code, _out, err = run(capsys, "export", "notice", "--db", str(demo_file), "--meeting", str(meeting_id),
                              "--out", str(out), *flag)  # fmt: skip
        assert code == 0, err
        document = Document(str(out))
        texts[name] = "\n".join(
            [p.text for p in document.paragraphs] + [c.text for t in document.tables for r in t.rows for c in r.cells]
        )
    assert basis in texts["public"] and title not in texts["public"]
    assert title in texts["internal"]


def test_every_line_the_command_says_has_its_text_in_three_languages():
    """`_say("cli.…")` in the command: each code is in the catalogue, in bokmål, nynorsk and English."""
    import re
    from pathlib import Path

    from hfdesk.messages import MESSAGES

    source = (Path(__file__).resolve().parent.parent / "hfdesk" / "__main__.py").read_text(encoding="utf-8")
    codes = set(re.findall(r'"(cli\.[a-z_]+)"', source))
    assert len(codes) > 15
    for code in codes:
        assert set(MESSAGES[code]) == {"nb", "nn", "en"}, code
