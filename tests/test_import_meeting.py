"""Issue 16, point 3: the meeting record reads back. `hfdesk import meeting` reads the documented
meeting JSON into a database, all or nothing; a replace updates the meeting's rows in place by UUID."""

from __future__ import annotations

import json
import re
import sqlite3
from pathlib import Path

import pytest
import sqlalchemy as sa

from hfdesk.__main__ import main
from hfdesk.db import open_database
from hfdesk.exports.meeting_json import meeting_document
from hfdesk.models import AgendaItem, FollowUp, Meeting, MeetingStatus, Person

# keys whose values are a database's own ids (and so differ between two files)
_DATABASE_IDS = {"id", "meeting_id", "proposal_id", "amends", "generator"}
# The change log gains the import's own entry on the way (tests/test_history.py checks it).
_NOT_COMPARED = {"history"}


def run(capsys, *argv: str) -> tuple[int, str, str]:
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def without_ids(value):
    """The document with every database id left out (uuids, numbers and names stay)."""
    if isinstance(value, dict):
        return {k: without_ids(v) for k, v in value.items() if k not in _DATABASE_IDS | _NOT_COMPARED}
    if isinstance(value, list):
        return [without_ids(v) for v in value]
    return value


def export(path: Path, meeting_id: int) -> dict:
    database = open_database(path)
    try:
        with database.session() as s:
            return meeting_document(s, meeting_id, internal=True)
    finally:
        database.close()


def remove_meeting(path: Path, meeting_id: int) -> None:
    """The meeting gone from the file, with everything under it (its cases stay, as cases do)."""
    database = open_database(path)
    try:
        with database.transaction() as s:
            items = s.scalars(sa.select(AgendaItem.id).where(AgendaItem.meeting_id == meeting_id)).all()
            s.execute(sa.delete(FollowUp).where(FollowUp.item_id.in_(items)))
            s.execute(sa.update(Meeting).where(Meeting.id == meeting_id).values(current_item_id=None))
            s.execute(sa.delete(Meeting).where(Meeting.id == meeting_id))
    finally:
        database.close()


def contents(path: Path) -> list:
    """Every row of every table, to show that a refused import changed nothing."""
    con = sqlite3.connect(path)
    try:
        tables = [r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table' ORDER BY name")]
        return [(t, sorted(map(repr, con.execute(f'SELECT * FROM "{t}"')))) for t in tables]
    finally:
        con.close()


def held_meetings(path: Path) -> list[int]:
    con = sqlite3.connect(path)
    try:
        return [r[0] for r in con.execute("SELECT id FROM meetings WHERE status IN ('held', 'minutes_approved')")]
    finally:
        con.close()


def test_every_held_demo_meeting_round_trips(capsys, demo_file, tmp_path):
    """(a) exported --internal, imported into a copy of the demo without that meeting, exported
    again: the two files are equal but for database ids."""
    held = held_meetings(demo_file)
    assert len(held) >= 15
    for meeting_id in held:
        copy = tmp_path / f"demo-{meeting_id}.sqlite"
        copy.write_bytes(demo_file.read_bytes())
        before = export(copy, meeting_id)
        source = tmp_path / f"meeting-{meeting_id}.json"
        source.write_text(json.dumps(before, ensure_ascii=False), encoding="utf-8")
        remove_meeting(copy, meeting_id)
        code, out, err = run(capsys, "import", "meeting", "--db", str(copy), str(source), "--json")
        assert code == 0, err
        report = json.loads(out)
        assert report["people_created"] == [] and report["replaced"] is False
        after = export(copy, report["meeting_id"])
        assert without_ids(after) == without_ids(before), meeting_id


def test_a_changed_meeting_is_put_back_by_replace(capsys, demo_file, tmp_path):
    """(b) a held, unapproved meeting exported, changed in the app, imported with --replace: the
    export equals the file, and the ids others point to stayed the same."""
    from hfdesk.services import live

    copy = tmp_path / "demo.sqlite"
    copy.write_bytes(demo_file.read_bytes())
    con = sqlite3.connect(copy)
    meeting_id = con.execute("SELECT id FROM meetings WHERE status = 'held' ORDER BY starts_at LIMIT 1").fetchone()[0]
    item_ids = [r[0] for r in con.execute("SELECT id FROM agenda_items WHERE meeting_id = ? ORDER BY id", (meeting_id,))]
    con.close()
    source = tmp_path / "meeting.json"
    before = export(copy, meeting_id)
    source.write_text(json.dumps(before, ensure_ascii=False), encoding="utf-8")

    database = open_database(copy)
    with database.transaction() as s:
        item = next(i for i in s.get(Meeting, meeting_id).items if i.standard is None)
        live.add_proposal(s, item.id, "Eit nytt framlegg som skal bort igjen", by_text="kommunane")
        live.add_follow_up(s, item=item.id, what="Ei oppgåve som skal bort igjen", responsible_text="SSE")
        item.notes = "Endra etter eksporten"
    database.close()
    assert without_ids(export(copy, meeting_id)) != without_ids(before)

    code, out, err = run(capsys, "import", "meeting", "--db", str(copy), str(source), "--replace", "--json")
    assert code == 0, err
    assert json.loads(out)["meeting_id"] == meeting_id
    after = export(copy, meeting_id)
    # the history keeps the edits made in between and the import itself (tests/test_history.py)
    assert after.pop("history")[: len(before["history"])] == before.pop("history")
    assert after == {**before, "generator": before["generator"]}
    con = sqlite3.connect(copy)
    after_ids = [r[0] for r in con.execute("SELECT id FROM agenda_items WHERE meeting_id = ? ORDER BY id", (meeting_id,))]
    con.close()
    assert after_ids == item_ids


HAND_WRITTEN = {
    "format": "hfdesk-meeting",
    "version": 1,
    "internal": True,
    "partnership": "Helsefellesskapet Innlandet",
    "body": {"id": 1, "name": "Samhandlingsutvalet i Innlandet", "short_name": "SU", "level": 2, "language": "nn"},
    "meeting": {
        "id": 1,
        "title": "",
        "starts_at": "2026-10-06T10:00:00+02:00",
        "ends_at": "2026-10-06T13:00:00+02:00",
        "place": "Hamar",
        "video_link": "",
        "status": "held",
        "cancelled_reason": "",
        "chair": {"id": 1, "name": "Ingrid Åsheim"},
        "minute_taker": {"id": 3, "name": "Per Sekretær"},
        "notice_sent_at": None,
        "approval": None,
    },
    "people": [
        {"id": 1, "name": "Ingrid Åsheim", "email": "ingrid.asheim@innlandet.example"},
        {"id": 2, "name": "Ole Bø", "email": ""},
        {"id": 3, "name": "Per Sekretær", "email": ""},
    ],
    "attendance": [
        {"person": {"id": 1, "name": "Ingrid Åsheim"}, "represents": "Hamar kommune", "capacity": "member",
         "status": "present", "deputy_for": None, "from_item": None, "until_item": None, "guest_items": [], "note": ""},
        {"person": {"id": 2, "name": "Ole Bø"}, "represents": "Sykehuset Innlandet", "capacity": "member",
         "status": "reported_absent", "deputy_for": None, "from_item": None, "until_item": None, "guest_items": [],
         "note": ""},
        {"person": {"id": 3, "name": "Per Sekretær"}, "represents": "", "capacity": "secretariat",
         "status": "present", "deputy_for": None, "from_item": None, "until_item": None, "guest_items": [], "note": ""},
    ],
    "items": [
        {"id": 7, "number": "31/26", "standard": None, "type": "decision", "title": "Felles plan for legevakt",
         "responsible": "Ingrid Åsheim", "responsible_person": None, "put_forward_by": "", "put_forward_by_person": None,
         "background": "Bakgrunn.", "proposed_decision": "Planen vert vedteken.", "priority_groups": [],
         "exempt": False, "exemption_basis": "", "duration_minutes": 30, "notes": "", "not_on_agenda": False,
         "attachments": [],
         "proposals": [{"id": 70, "text": "Planen vert vedteken.", "from_agenda": True, "put_forward_by": None,
                        "put_forward_by_text": "", "amends": None}],
         "disqualifications": [],
         "conclusion": {"kind": "vote", "decision_text": "Planen vert vedteken.", "no_consensus_outcome": None,
                        "without_quorum": False, "concluded_at": "2026-10-06T10:40:00+02:00", "protocol_entries": [],
                        "vote": {"proposal_id": 70, "adopted": True,
                                 "votes": [{"person": {"id": 1, "name": "Ingrid Åsheim"}, "choice": "for"}],
                                 "tally": {"for": 1, "against": 0, "abstain": 0}}},
         "follow_ups": [{"id": 1, "what": "Sende planen ut", "responsible_person": None, "responsible_text": "Sekretariatet",
                         "due_on": "2026-11-01", "status": "open", "done_on": None}]},
    ],
}


def test_a_hand_written_meeting_from_elsewhere_imports_with_body(capsys, demo_file, tmp_path):
    """(c) a meeting of another helsefellesskap, written by hand in the documented format (version 1,
    before UUIDs), goes into a body chosen with --body; unknown people are created and reported."""
    copy = tmp_path / "demo.sqlite"
    copy.write_bytes(demo_file.read_bytes())
    source = tmp_path / "su.json"
    source.write_text(json.dumps(HAND_WRITTEN, ensure_ascii=False), encoding="utf-8")
    code, out, err = run(capsys, "import", "meeting", "--db", str(copy), str(source), "--body", "2", "--json")
    assert code == 0, err
    report = json.loads(out)
    assert sorted(p["name"] for p in report["people_created"]) == ["Ingrid Åsheim", "Ole Bø", "Per Sekretær"]
    document = export(copy, report["meeting_id"])
    assert document["body"]["id"] == 2
    assert document["items"][0]["number"] == "31/26"
    assert document["items"][0]["conclusion"]["vote"]["tally"] == {"for": 1, "against": 0, "abstain": 0}
    assert document["items"][0]["proposals"][0]["uuid"]  # a file without uuids gets new ones
    assert document["meeting"]["status"] == MeetingStatus.HELD.value
    database = open_database(copy)
    with database.session() as s:
        ingrid = s.scalar(sa.select(Person).where(Person.family_name == "Åsheim"))
        assert ingrid.email == "ingrid.asheim@innlandet.example"
    database.close()
    # the same file again (it has no uuids, so it is a new meeting): its case number is taken now
    code, out, err = run(capsys, "import", "meeting", "--db", str(copy), str(source), "--body", "2")
    assert code == 2 and "Saksnummeret 31/26 er alt brukt" in err


def _bad(document_change):
    document = json.loads(json.dumps(HAND_WRITTEN))
    document_change(document)
    return json.dumps(document, ensure_ascii=False)


def _vote_by_absent(d):
    d["items"][0]["conclusion"]["vote"]["votes"].append({"person": {"id": 2, "name": "Ole Bø"}, "choice": "against"})


def _taken_number(d):
    d["items"][0]["number"] = "1/26"


@pytest.mark.parametrize(
    ("content", "args", "expect"),
    [
        ("dette er ikke json", ["--body", "2"], "ikke en JSON-fil"),
        (json.dumps({"format": "noe annet"}), ["--body", "2"], "ikke et møte"),
        (_bad(lambda d: d.update(version=99)), ["--body", "2"], "versjon 99"),
        (_bad(lambda d: d.update(internal=False)), ["--body", "2"], "offentlige versjonen"),
        (_bad(lambda d: None), [], "Samhandlingsutvalet i Innlandet"),
        (_bad(_vote_by_absent), ["--body", "2"], "Ole Bø har stemt"),
        (_bad(_taken_number), ["--body", "2"], "Saksnummeret 1/26 er alt brukt"),
        (_bad(lambda d: d["items"][0].update(type="nonsense")), ["--body", "2"], "verdi som ikke kan leses"),
    ],
)
def test_bad_files_are_one_line_exit_2_and_change_nothing(capsys, demo_file, tmp_path, content, args, expect):
    copy = tmp_path / "demo.sqlite"
    copy.write_bytes(demo_file.read_bytes())
    before = contents(copy)
    source = tmp_path / "in.json"
    source.write_text(content, encoding="utf-8")
    code, out, err = run(capsys, "import", "meeting", "--db", str(copy), str(source), *args)
    assert code == 2
    assert len(err.strip().splitlines()) == 1, err
    assert expect in err
    assert "Traceback" not in err
    assert contents(copy) == before


def test_an_approved_meeting_is_not_replaced(capsys, demo_file, tmp_path):
    copy = tmp_path / "demo.sqlite"
    copy.write_bytes(demo_file.read_bytes())
    con = sqlite3.connect(copy)
    meeting_id = con.execute("SELECT id FROM meetings WHERE status = 'minutes_approved' LIMIT 1").fetchone()[0]
    con.close()
    source = tmp_path / "approved.json"
    source.write_text(json.dumps(export(copy, meeting_id), ensure_ascii=False), encoding="utf-8")
    before = contents(copy)
    code, out, err = run(capsys, "import", "meeting", "--db", str(copy), str(source))
    assert code == 2 and "--replace" in err
    code, out, err = run(capsys, "import", "meeting", "--db", str(copy), str(source), "--replace")
    assert code == 2 and "godkjent referat" in err
    assert len(err.strip().splitlines()) == 1
    assert contents(copy) == before


def test_people_with_a_family_name_of_two_words_are_found_by_name(demo_file, tmp_path):
    """Without an e-mail, "Kari Berg Hansen" is the registered Kari (given) Berg Hansen (family),
    not a new person."""
    from hfdesk.imports.meeting import import_meeting
    from hfdesk.services import register

    copy = tmp_path / "demo.sqlite"
    copy.write_bytes(demo_file.read_bytes())
    database = open_database(copy)
    with database.transaction() as s:
        kari = register.create_person(s, "Kari", "Berg Hansen").id
    document = json.loads(json.dumps(HAND_WRITTEN))
    document["people"] = []
    document["meeting"]["chair"] = {"id": 9, "name": "Kari  Berg Hansen"}
    with database.transaction() as s:
        report = import_meeting(s, document, body_id=2)
        assert "Kari Berg Hansen" not in [p["name"] for p in report.people_created]
        assert s.get(Meeting, report.meeting_id).chair_id == kari
    database.close()


def test_what_cannot_be_brought_along_is_said_in_the_report(capsys, demo_file, tmp_path):
    """An attachment neither in the file nor in the database, and an approval in a meeting the
    database does not have: the meeting is read in, and the report says what was left out."""
    copy = tmp_path / "demo.sqlite"
    copy.write_bytes(demo_file.read_bytes())
    document = json.loads(json.dumps(HAND_WRITTEN))
    document["items"][0]["attachments"] = [
        {"filename": "plan.pdf", "title": "Planen", "mime_type": "application/pdf", "size": 3, "sha256": "0" * 64}
    ]
    document["meeting"]["approval"] = {
        "approved_on": "2026-11-03", "by_circulation": False, "meeting_id": 99,
        "meeting_uuid": "00000000-0000-4000-8000-000000000000", "item_number": "40/26",
    }  # fmt: skip
    source = tmp_path / "su.json"
    source.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
    code, out, err = run(capsys, "import", "meeting", "--db", str(copy), str(source), "--body", "2", "--json")
    assert code == 0, err
    notes = json.loads(out)["notes"]
    assert any("plan.pdf" in n and "31/26" in n for n in notes)
    assert any("40/26" in n for n in notes)
    exported = export(copy, json.loads(out)["meeting_id"])
    assert exported["items"][0]["attachments"] == []
    assert exported["meeting"]["approval"]["approved_on"] == "2026-11-03"


def test_the_archive_reference_travels_with_the_meeting(capsys, demo_file, tmp_path):
    """Issue 17, point 5: "Vår ref." goes out in the JSON and comes back in; a file written before
    the key existed imports with none."""
    from hfdesk.services import meetings as meeting_service

    copy = tmp_path / "demo.sqlite"
    copy.write_bytes(demo_file.read_bytes())
    meeting_id = held_meetings(copy)[0]
    database = open_database(copy)
    try:
        with database.transaction() as s:
            meeting_service.set_archive_reference(s, meeting_id, "2026/4711")
    finally:
        database.close()
    document = export(copy, meeting_id)
    assert document["meeting"]["archive_reference"] == "2026/4711"
    for name, reference in (("with", "2026/4711"), ("without", "")):
        if name == "without":
            del document["meeting"]["archive_reference"]
        remove_meeting(copy, meeting_id)
        source = tmp_path / f"{name}.json"
        source.write_text(json.dumps(document, ensure_ascii=False), encoding="utf-8")
        code, out, err = run(capsys, "import", "meeting", "--db", str(copy), str(source), "--json")
        assert code == 0, err
        meeting_id = json.loads(out)["meeting_id"]
        assert export(copy, meeting_id)["meeting"]["archive_reference"] == reference


# --- a bad value, said in the user's language ------------------------------------------------------
#
# What is wrong in a file is said by a message code of its own (hfdesk.messages), rendered whole in
# the user's language: no bokmål detail inside a nynorsk or English line, nor Python's own English
# ("Invalid isoformat string", "is not a valid ChangeAction") inside a Norwegian one; the line names
# the offending thing.

_ITEM_UUID = "0b6f6a52-3c1e-4a58-9d0e-6f0e5d1c2b3a"
_ENTRY = {
    "uuid": "5d0c1b2a-7e6f-4a3b-8c9d-0e1f2a3b4c5d", "at": "2026-10-06T10:00:00+02:00", "actor": "per",
    "action": "insert", "entity": "meeting", "entity_uuid": None, "label": "", "fields": [],
}


def _item_twice(d):
    d["items"][0]["uuid"] = _ITEM_UUID
    d["items"].append(json.loads(json.dumps(d["items"][0])))


def _signer_twice(d):
    d["meeting"]["signatures"] = [
        {"person": {"id": 1, "name": "Ingrid Åsheim"}, "position": position, "signed_on": None} for position in (1, 2)
    ]


def _history_without_time_zone(d):
    d["history"] = [{**_ENTRY, "at": "2026-10-06T10:00:00"}]


def _history_unknown_action(d):
    d["history"] = [{**_ENTRY, "action": "xx"}]


def _bad_date(d):
    d["meeting"]["starts_at"] = "2026-13-06T10:00:00+02:00"


_BAD_IN_WORDS = [
    # the change, what the line must name, and what it says in bokmål, nynorsk and English
    (_item_twice, ["31/26"], {"nb": "to ganger", "nn": "to gonger", "en": "twice"}),
    (_signer_twice, ["Ingrid Åsheim"], {"nb": "to ganger", "nn": "to gonger", "en": "twice"}),
    (_history_without_time_zone, ["2026-10-06T10:00:00", "«at»"],
     {"nb": "tidssone", "nn": "tidssone", "en": "time zone"}),
    (_history_unknown_action, ["«action»", "«xx»"],
     {"nb": "ikke kan leses", "nn": "ikkje kan lesast", "en": "cannot be read"}),
    (_bad_date, ["«starts_at»", "2026-13-06T10:00:00+02:00"],
     {"nb": "ikke kan leses", "nn": "ikkje kan lesast", "en": "cannot be read"}),
]
# bokmål that must not be in a nynorsk or English line, Norwegian that must not be in an English one,
# and Python's English that must not be in any
_BOKMAL = re.compile(
    r"\b(ikke|være|mangler|ganger|saken|sakslisten|filen|møtefilen|uten|heltall|oppmøtelisten|underskriverne|"
    r"oppføring|stemmer)\b"
)
_NORWEGIAN = re.compile(r"\b(ikkje|manglar|gonger|står|saka|fila|møtefila|ein|eit|er|og|kan|har|verdi)\b")
_PYTHON = re.compile(r"isoformat|is not a valid|invalid literal|string indices|object has no attribute|Error\b")


@pytest.mark.parametrize("language", ["nb", "nn", "en"])
@pytest.mark.parametrize(("change", "names", "said"), _BAD_IN_WORDS, ids=[c[0].__name__ for c in _BAD_IN_WORDS])
def test_a_bad_value_is_said_in_the_users_language_and_named(
    capsys, demo_file, tmp_path, language, change, names, said
):
    from hfdesk.services.settings import set_user_language

    copy = tmp_path / "demo.sqlite"
    copy.write_bytes(demo_file.read_bytes())
    before = contents(copy)
    source = tmp_path / "in.json"
    source.write_text(_bad(change), encoding="utf-8")
    set_user_language(language)
    code, out, err = run(capsys, "import", "meeting", "--db", str(copy), str(source), "--body", "2")
    assert code == 2 and out == ""
    lines = err.strip().splitlines()
    assert len(lines) == 1 and "Traceback" not in err, err
    line = lines[0]
    assert said[language] in line, line
    for name in names:
        assert name in line, (name, line)
    assert not _PYTHON.search(line), line
    if language != "nb":
        assert not _BOKMAL.search(line), line
    if language == "en":
        assert not _NORWEGIAN.search(line), line
    assert contents(copy) == before


def test_a_refusal_naming_only_a_part_of_the_file_leaves_its_traceback_in_the_bug_log(
    capsys, demo_file, tmp_path, _private_data_dir
):
    """The catch-all that turns Python's errors into "a value in this part is wrong" would say the
    same of a bug of ours: the traceback goes to the bug log (a warning, the file's values
    scrubbed), so support can tell the two apart. The user's line is unchanged."""
    copy = tmp_path / "demo.sqlite"
    copy.write_bytes(demo_file.read_bytes())
    before = contents(copy)
    source = tmp_path / "in.json"

    def conclusion_is_a_list(d):
        d["items"][0]["conclusion"] = ["Hemmelig vedtak"]

    source.write_text(_bad(conclusion_is_a_list), encoding="utf-8")
    code, out, err = run(capsys, "import", "meeting", "--db", str(copy), str(source), "--body", "2")
    assert code == 2 and out == "" and len(err.strip().splitlines()) == 1 and "Traceback" not in err
    assert contents(copy) == before
    log = (_private_data_dir / "hfdesk-feil.log").read_text(encoding="utf-8")
    assert "WARNING" in log and "(import meeting)" in log
    assert "Traceback (most recent call last)" in log and "hfdesk/imports/meeting.py" in log
    assert "Hemmelig vedtak" not in log
