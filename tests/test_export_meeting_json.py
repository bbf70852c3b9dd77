"""A meeting as JSON (issue 5, point 10): the demo's meetings read back and checked against
the database, the public version without any text of an exempt item, the documented
format (docs/meeting-json.md) and its JSON Schema, stable bytes, atomic writing and the CLI."""

from __future__ import annotations

import errno
import json
import re
import shutil
from collections import Counter
from datetime import date, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
import sqlalchemy as sa

from hfdesk import fileio
from hfdesk.__main__ import main
from hfdesk.db import open_database
from hfdesk.errors import FileInUse, NotFound
from hfdesk.exports.meeting_json import export_meeting_json, meeting_document
from hfdesk.models import (
    AgendaItem,
    AttendanceStatus,
    Capacity,
    Conclusion,
    ConclusionKind,
    Disqualification,
    FollowUp,
    Meeting,
    MeetingStatus,
    VoteChoice,
)

DOCS = Path(__file__).resolve().parents[1] / "docs"
OSLO = ZoneInfo("Europe/Oslo")


@pytest.fixture(scope="module")
def demo(demo_file: Path, tmp_path_factory: pytest.TempPathFactory):
    folder = tmp_path_factory.mktemp("meeting-json")
    copy = folder / "demo.sqlite"
    shutil.copy(demo_file, copy)
    database = open_database(copy)
    _justering(database)
    yield database
    database.close()


def _justering(database) -> None:
    """The demo approves minutes in meetings and by circulation; here one body also names two
    signatories for a held meeting's minutes (justering), one of whom has signed."""
    from hfdesk.services import approval, register

    with database.transaction() as s:
        meeting = s.scalars(
            sa.select(Meeting).where(Meeting.status == MeetingStatus.HELD).order_by(Meeting.starts_at)
        ).first()
        register.update_body(s, meeting.body_id, minutes_signatories=2)
        present = sorted(
            (a for a in meeting.attendances if a.status == "present" and a.capacity == "member"),
            key=lambda a: a.person_id,
        )
        approval.set_signatories(s, meeting.id, [a.person_id for a in present[:2]])
        approval.sign_minutes(s, meeting.id, present[0].person_id, meeting.starts_at.date())


@pytest.fixture(scope="module")
def documents(demo) -> dict[tuple[int, bool], dict[str, Any]]:
    """Every demo meeting as a document, public (False) and internal (True)."""
    with demo.session() as session:
        ids = session.scalars(sa.select(Meeting.id).order_by(Meeting.id)).all()
        return {
            (mid, internal): meeting_document(session, mid, internal=internal)
            for mid in ids
            for internal in (False, True)
        }


def _meeting_with(session, condition) -> Meeting:
    """The first meeting (by date) with an item matching `condition`."""
    meeting_id = session.scalar(
        sa.select(AgendaItem.meeting_id).where(condition).join(Meeting, Meeting.id == AgendaItem.meeting_id)
        .order_by(Meeting.starts_at).limit(1)
    )  # fmt: skip
    assert meeting_id is not None, "the demo has such a meeting"
    return session.get(Meeting, meeting_id)


def _vote_meeting(session) -> Meeting:
    """The demo's richest meeting: a vote with names against, a deputy, a late arrival, follow-ups."""
    return _meeting_with(
        session,
        AgendaItem.conclusion.has(sa.and_(Conclusion.kind == ConclusionKind.VOTE,
                                          Conclusion.votes.any(choice=VoteChoice.AGAINST))),
    )  # fmt: skip


def _exempt_meeting(session) -> Meeting:
    """A held meeting with an exempt item and a protocol entry."""
    return _meeting_with(
        session,
        sa.and_(AgendaItem.exempt.is_(True), AgendaItem.conclusion.has(Conclusion.kind.is_not(None))),
    )


def _number(item) -> str | None:
    return item.number_label or None if item is not None else None


def _ref(person) -> dict | None:
    return None if person is None else {"id": person.id, "name": person.full_name}


def _iso(value: datetime | None) -> str | None:
    return None if value is None else value.replace(tzinfo=OSLO).isoformat()


# --- read back against the database ------------------------------------------------------------


def test_every_meeting_matches_the_database(demo, documents) -> None:
    with demo.session() as session:
        for meeting in session.scalars(sa.select(Meeting)):
            doc = documents[(meeting.id, True)]
            assert doc["format"] == "hfdesk-meeting" and doc["version"] == 1 and doc["internal"] is True
            assert doc["body"] == {
                "id": meeting.body.id, "name": meeting.body.name, "short_name": meeting.body.short_name,
                "level": meeting.body.level, "language": meeting.body.language.value,
                "case_number_pattern": meeting.body.case_number_pattern,
            }  # fmt: skip
            head = doc["meeting"]
            assert head["id"] == meeting.id and head["status"] == meeting.status.value
            assert head["starts_at"] == _iso(meeting.starts_at) and head["ends_at"] == _iso(meeting.ends_at)
            assert head["notice_sent_at"] == _iso(meeting.notice_sent_at)
            assert (head["place"], head["video_link"]) == (meeting.place, meeting.video_link)
            assert head["chair"] == _ref(meeting.chair) and head["minute_taker"] == _ref(meeting.minute_taker)
            assert (head["approval"] is None) == (meeting.approved_on is None)

            got = {a["person"]["id"]: a for a in doc["attendance"]}
            assert set(got) == {a.person_id for a in meeting.attendances}
            for a in meeting.attendances:
                row = got[a.person_id]
                assert (row["capacity"], row["status"]) == (a.capacity.value, a.status.value)
                assert row["deputy_for"] == (_ref(a.deputy_for.person) if a.deputy_for else None)
                assert (row["from_item"], row["until_item"]) == (_number(a.from_item), _number(a.until_item))

            items = sorted(meeting.items, key=lambda i: i.position)
            assert [i["id"] for i in doc["items"]] == [i.id for i in items]  # agenda order
            for item, out in zip(items, doc["items"]):
                assert out["number"] == _number(item) and out["title"] == item.title
                assert out["type"] == item.case_type.value and out["exempt"] == item.exempt
                assert out["background"] == item.background
                assert out["proposed_decision"] == item.proposed_decision
                assert out["priority_groups"] == sorted(g.group for g in item.priority_groups)
                assert [p["text"] for p in out["proposals"]] == [p.text for p in item.proposals]
                assert [p["amends"] for p in out["proposals"]] == [p.amends_id for p in item.proposals]
                assert {d["person"]["id"] for d in out["disqualifications"]} == {
                    d.person_id for d in item.disqualifications
                }
                assert [f["what"] for f in out["follow_ups"]] == [f.what for f in item.follow_ups]
                c = item.conclusion
                if c is None:
                    assert out["conclusion"] is None
                    continue
                got_c = out["conclusion"]
                assert (got_c["kind"], got_c["decision_text"]) == (c.kind.value, c.decision_text)
                assert got_c["without_quorum"] == c.without_quorum
                assert [e["text"] for e in got_c["protocol_entries"]] == [e.text for e in c.protocol_entries]
                if c.kind == ConclusionKind.VOTE:
                    vote = got_c["vote"]
                    assert {v["person"]["id"]: v["choice"] for v in vote["votes"]} == {
                        v.person_id: v.choice.value for v in c.votes
                    }
                    tally = Counter(v.choice.value for v in c.votes)
                    assert vote["tally"] == {k: tally.get(k, 0) for k in ("for", "against", "abstain")}
                    assert vote["adopted"] == c.adopted
                else:
                    assert got_c["vote"] is None


def test_the_richest_meeting_reads_back(demo) -> None:
    """Deputy, late arrival and early leave, a vote naming those against, follow-ups with dates."""
    with demo.session() as session:
        meeting = _vote_meeting(session)
        doc = meeting_document(session, meeting.id)
        by_person = {a["person"]["id"]: a for a in doc["attendance"]}

        deputies = [a for a in meeting.attendances if a.deputy_for_id is not None]
        assert deputies, "a deputy stood in"
        for a in deputies:
            row = by_person[a.person_id]
            assert row["capacity"] == "deputy" and row["status"] == "present"
            assert row["deputy_for"] == {"id": a.deputy_for.person_id, "name": a.deputy_for.person.full_name}
            assert by_person[a.deputy_for.person_id]["status"] == "reported_absent"
        late = [a for a in meeting.attendances if a.from_item is not None]
        early = [a for a in meeting.attendances if a.until_item is not None]
        assert late and early
        assert by_person[late[0].person_id]["from_item"] == late[0].from_item.number_label
        assert re.fullmatch(r"\d+/\d\d", by_person[early[0].person_id]["until_item"])

        item = next(i for i in doc["items"] if i.get("conclusion") and i["conclusion"]["kind"] == "vote")
        vote = item["conclusion"]["vote"]
        db_item = session.get(AgendaItem, item["id"])
        against = sorted(
            v.person.full_name for v in db_item.conclusion.votes if v.choice == VoteChoice.AGAINST
        )
        assert len(against) >= 2
        assert sorted(v["person"]["name"] for v in vote["votes"] if v["choice"] == "against") == against
        assert vote["tally"]["against"] == len(against)
        assert sum(vote["tally"].values()) == len(vote["votes"])
        # The deputy votes in the absent member's place; the absent member does not.
        voters = {v["person"]["id"] for v in vote["votes"]}
        assert {a.person_id for a in deputies} <= voters
        assert not {a.deputy_for.person_id for a in deputies} & voters
        assert vote["proposal_id"] in {p["id"] for p in item["proposals"]}
        assert any(p["amends"] is not None for p in item["proposals"])  # the amendment

        follow_ups = [f for i in doc["items"] if "follow_ups" in i for f in i["follow_ups"]]
        db_follow_ups = session.scalars(
            sa.select(FollowUp)
            .join(AgendaItem)
            .where(AgendaItem.meeting_id == meeting.id)
            .order_by(FollowUp.id)
        ).all()
        assert len(follow_ups) == len(db_follow_ups) >= 1
        for f, db_f in zip(follow_ups, db_follow_ups):
            assert f["due_on"] == db_f.due_on.isoformat() and f["status"] == db_f.status.value
            assert f["done_on"] == (db_f.done_on.isoformat() if db_f.done_on else None)
            assert f["responsible_person"] == _ref(db_f.responsible_person)

        offset = meeting.starts_at.replace(tzinfo=OSLO).utcoffset()
        assert datetime.fromisoformat(doc["meeting"]["starts_at"]).utcoffset() == offset
        assert doc["meeting"]["starts_at"].endswith("+02:00" if offset.seconds == 7200 else "+01:00")


def test_disqualification_and_protocol_entries(demo) -> None:
    with demo.session() as session:
        dq = session.scalars(sa.select(Disqualification)).first()
        assert dq is not None
        doc = meeting_document(session, dq.item.meeting_id)
        item = next(i for i in doc["items"] if i["id"] == dq.item_id)
        assert item["disqualifications"] == [
            {
                "person": _ref(dq.person),
                "ground": "fvl6_first",
                "ground_text": dq.ground_text,
                "decided_by_body": True,
            }
        ]
        assert "fvl. § 6" in dq.ground_text

        meeting = _exempt_meeting(session)
        doc = meeting_document(session, meeting.id)
        entries = [
            e for i in doc["items"] if i.get("conclusion") for e in i["conclusion"]["protocol_entries"]
        ]
        assert len(entries) >= 2
        for e in entries:
            assert e["text"] and e["behind"] and e["supporters"]
        item = next(i for i in doc["items"] if i.get("conclusion") and i["conclusion"]["protocol_entries"])
        assert item["conclusion"]["kind"] == "consensus_with_protocol"
        db = session.get(AgendaItem, item["id"]).conclusion
        by_name = lambda p: (p.family_name.casefold(), p.given_name.casefold())
        assert [[s["name"] for s in e["supporters"]] for e in item["conclusion"]["protocol_entries"]] == [
            [p.full_name for p in sorted((s.person for s in e.supporters), key=by_name)]
            for e in db.protocol_entries
        ]
        assert [e["behind"] for e in item["conclusion"]["protocol_entries"]] == [
            e.behind_text for e in db.protocol_entries
        ]


def test_approval_says_where_the_minutes_were_approved(demo, documents) -> None:
    with demo.session() as session:
        approved = session.scalars(
            sa.select(Meeting).where(Meeting.status == MeetingStatus.MINUTES_APPROVED)
        ).all()
        assert approved
        kinds = set()
        for meeting in approved:
            approval = documents[(meeting.id, False)]["meeting"]["approval"]
            assert approval["approved_on"] == meeting.approved_on.isoformat()
            if meeting.approved_in_item_id is None:
                assert approval == {"approved_on": approval["approved_on"], "by_circulation": True,
                                    "meeting_id": None, "meeting_uuid": None, "item_number": None,
                                    "own_meeting": False, "by_signatories": False}  # fmt: skip
            else:
                item = session.get(AgendaItem, meeting.approved_in_item_id)
                assert (approval["meeting_id"], approval["meeting_uuid"], approval["item_number"]) == (
                    item.meeting_id,
                    item.meeting.uuid,
                    item.number_label,
                )
            kinds.add(approval["by_circulation"])
        assert kinds == {True, False}  # the demo has both


# --- exempt items ------------------------------------------------------------------------------


def _texts_of(item: AgendaItem) -> list[str]:
    texts = [item.title, item.background, item.proposed_decision, item.notes, item.responsible]
    texts += [p.text for p in item.proposals] + [d.ground_text for d in item.disqualifications]
    texts += [f.what for f in item.follow_ups] + [a.filename for a in item.attachments]
    if item.conclusion is not None:
        texts += [item.conclusion.decision_text] + [e.text for e in item.conclusion.protocol_entries]
    return [t for t in texts if t]


def test_exempt_item_is_a_stub_in_the_public_version(demo, tmp_path: Path) -> None:
    with demo.session() as session:
        meeting = _exempt_meeting(session)
        exempt = [i for i in meeting.items if i.exempt]
        public = export_meeting_json(session, meeting.id, tmp_path / "offentleg.json")
        internal = export_meeting_json(session, meeting.id, tmp_path / "intern.json", internal=True)
        public_text = public.read_text(encoding="utf-8")
        internal_text = internal.read_text(encoding="utf-8")
        internal_doc = json.loads(internal_text)
        public_doc = json.loads(public_text)
        others = json.dumps([i for i in internal_doc["items"] if not i["exempt"]], ensure_ascii=False)
        others += json.dumps(internal_doc["attendance"], ensure_ascii=False)
        for item in exempt:
            texts = _texts_of(item)
            assert item.title in texts and item.background in texts
            for text in texts:
                assert text in internal_text
                if text not in others:  # a phrase every item shares is not the exempt item's own
                    assert text not in public_text, text
            stub = next(i for i in public_doc["items"] if i["id"] == item.id)
            assert stub == {"id": item.id, "number": item.number_label, "number_label": item.number_label,
                            "exempt": True, "exemption_basis": item.exemption_basis}  # fmt: skip
            full = next(i for i in internal_doc["items"] if i["id"] == item.id)
            assert full["title"] == item.title and full["exempt"] is True
    assert public_doc["internal"] is False and internal_doc["internal"] is True
    # No silent gap: the same numbers, in the same order, in both versions.
    assert [i["number"] for i in public_doc["items"]] == [i["number"] for i in internal_doc["items"]]


def test_no_public_document_holds_exempt_content(demo, documents) -> None:
    with demo.session() as session:
        exempt_ids = set(session.scalars(sa.select(AgendaItem.id).where(AgendaItem.exempt.is_(True))))
    assert exempt_ids
    seen = 0
    for (_, internal), doc in documents.items():
        for item in doc["items"]:
            if item["id"] in exempt_ids:
                seen += 1
                assert ("title" in item) is internal
                if not internal:
                    assert set(item) == {"id", "number", "number_label", "exempt", "exemption_basis"}
    assert seen >= 2


# --- the documented format --------------------------------------------------------------------------


def _doc_tables() -> dict[str, set[str]]:
    """The key tables of docs/meeting-json.md: heading path (with ' stub' for the public stub) -> keys."""
    tables: dict[str, set[str]] = {}
    heading = None
    for line in (DOCS / "meeting-json.md").read_text(encoding="utf-8").splitlines():
        found = re.match(r"^### `([^`]+)`:(.*)$", line)
        if found:
            heading = found.group(1) + (" stub" if "public version" in found.group(2) else "")
            tables[heading] = set()
            continue
        row = re.match(r"^\| `([a-z0-9_]+)` \|", line)
        if row and heading is not None:
            tables[heading].add(row.group(1))
    return tables


def _at(doc: Any, path: str) -> list[Any]:
    """The values at a documented path: `$`, `.key`, `[]` (every element of a list)."""
    values = [doc]
    for part in re.findall(r"\.[a-z_]+|\[\]", path[1:]):
        nxt: list[Any] = []
        for v in values:
            if part == "[]":
                nxt.extend(v if isinstance(v, list) else [])
            elif isinstance(v, dict) and part[1:] in v:
                nxt.append(v[part[1:]])
        values = [v for v in nxt if v is not None]
    return values


def test_every_documented_key_is_written_and_every_written_key_documented(documents) -> None:
    tables = _doc_tables()
    assert len(tables) >= 15 and "$.items[] stub" in tables
    for heading, keys in tables.items():
        path = heading.removesuffix(" stub")
        objects = [o for doc in documents.values() for o in _at(doc, path) if isinstance(o, dict)]
        if path == "$.items[]":  # stubs and full items share the path: tell them apart by the title
            objects = [o for o in objects if ("title" in o) != heading.endswith(" stub")]
        assert objects, f"the demo has no {heading}"
        written = set().union(*(set(o) for o in objects))
        assert written == keys, (heading, written ^ keys)
        internal_only = _internal_only().get(path, set())
        for (_meeting, internal), doc in documents.items():  # every object carries every key
            for o in _at(doc, path):
                if isinstance(o, dict) and (path != "$.items[]" or ("title" in o) != heading.endswith(" stub")):
                    assert set(o) == (keys if internal else keys - internal_only), heading


def _internal_only() -> dict[str, set[str]]:
    """The documented keys marked "internal version only", by their table's path."""
    out: dict[str, set[str]] = {}
    heading = None
    for line in (DOCS / "meeting-json.md").read_text(encoding="utf-8").splitlines():
        found = re.match(r"^### `([^`]+)`:", line)
        if found:
            heading = found.group(1)
        row = re.match(r"^\| `([a-z0-9_]+)` \|[^|]*\| \*\*internal version only\*\*", line)
        if row and heading is not None:
            out.setdefault(heading, set()).add(row.group(1))
    return out


def _schema() -> dict[str, Any]:
    return json.loads((DOCS / "meeting-json.schema.json").read_text(encoding="utf-8"))


_TYPES = {
    "object": dict, "array": list, "string": str, "boolean": bool, "null": type(None),
    "integer": int, "number": (int, float),
}  # fmt: skip


def _errors(value: Any, schema: dict[str, Any], root: dict[str, Any], where: str = "$") -> list[str]:
    """The subset of JSON Schema the format's schema uses (jsonschema is not a dependency)."""
    if "$ref" in schema:
        name = schema["$ref"].removeprefix("#/$defs/")
        return _errors(value, root["$defs"][name], root, where)
    if "oneOf" in schema:
        matches = sum(not _errors(value, s, root, where) for s in schema["oneOf"])
        return [] if matches == 1 else [f"{where}: matches {matches} of oneOf"]
    if "const" in schema and value != schema["const"]:
        return [f"{where}: {value!r} is not {schema['const']!r}"]
    if "enum" in schema and value not in schema["enum"]:
        return [f"{where}: {value!r} not in {schema['enum']}"]
    if "type" in schema:
        types = schema["type"] if isinstance(schema["type"], list) else [schema["type"]]
        ok = any(isinstance(value, _TYPES[t]) and not (t in ("integer", "number") and isinstance(value, bool))
                 for t in types)  # fmt: skip
        if not ok:
            return [f"{where}: {value!r} is not {types}"]
    errors: list[str] = []
    if isinstance(value, str):
        if "pattern" in schema and not re.search(schema["pattern"], value):
            errors.append(f"{where}: {value!r} does not match {schema['pattern']}")
        if len(value) < schema.get("minLength", 0):
            errors.append(f"{where}: too short")
        if schema.get("format") == "date-time" and datetime.fromisoformat(value).utcoffset() is None:
            errors.append(f"{where}: no UTC offset")
        if schema.get("format") == "date":
            date.fromisoformat(value)
    number = isinstance(value, int) and not isinstance(value, bool)
    if number and not schema.get("minimum", value) <= value <= schema.get("maximum", value):
        errors.append(f"{where}: {value} out of range")
    if isinstance(value, dict):
        for key in schema.get("required", []):
            if key not in value:
                errors.append(f"{where}: {key} missing")
        props = schema.get("properties", {})
        for key, v in value.items():
            if key in props:
                errors += _errors(v, props[key], root, f"{where}.{key}")
            elif schema.get("additionalProperties") is False:
                errors.append(f"{where}: unexpected {key}")
    if isinstance(value, list) and "items" in schema:
        for i, v in enumerate(value):
            errors += _errors(v, schema["items"], root, f"{where}[{i}]")
    return errors


def test_demo_meetings_validate_against_the_schema(documents) -> None:
    schema = _schema()
    assert schema["properties"]["format"]["const"] == "hfdesk-meeting"
    for (meeting_id, internal), doc in documents.items():
        assert _errors(doc, schema, schema) == [], (meeting_id, internal)
    # The validator is not a rubber stamp: a broken document fails.
    doc = json.loads(json.dumps(documents[next(iter(documents))]))
    doc["meeting"]["status"] = "adjourned"
    del doc["body"]["language"]
    doc["attendance"].append({"person": {"id": "x", "name": "y"}})
    found = "\n".join(_errors(doc, schema, schema))
    assert "adjourned" in found and "language missing" in found and "$.attendance" in found


def test_the_documented_example_is_valid() -> None:
    text = (DOCS / "meeting-json.md").read_text(encoding="utf-8")
    blocks = re.findall(r"```json\n(.*?)```", text, flags=re.DOTALL)
    example = json.loads(max(blocks, key=len))
    schema = _schema()
    assert _errors(example, schema, schema) == []
    stub = json.loads(blocks[0])
    assert _errors(stub, schema["$defs"]["exempt_stub"], schema) == []


# --- the file -------------------------------------------------------------------------------------------


def test_file_is_stable_sorted_utf8(demo, tmp_path: Path) -> None:
    with demo.session() as session:
        meeting = _vote_meeting(session)
        first = export_meeting_json(session, meeting.id, tmp_path / "a.json").read_bytes()
        second = export_meeting_json(session, meeting.id, tmp_path / "b.json").read_bytes()
    assert first == second
    text = first.decode("utf-8")
    assert "\\u" not in text and ("ø" in text or "å" in text)  # written as they are
    assert text.endswith("}\n") and text.startswith('{\n  "attendance"')

    def sorted_keys(pairs):
        keys = [k for k, _ in pairs]
        assert keys == sorted(keys)
        return dict(pairs)

    json.loads(text, object_pairs_hook=sorted_keys)


def test_unknown_meeting_is_a_known_error(demo, tmp_path: Path) -> None:
    with demo.session() as session, pytest.raises(NotFound, match="Møtet med id 99999 finnes ikke"):
        export_meeting_json(session, 99999, tmp_path / "x.json")
    assert not (tmp_path / "x.json").exists()


def test_file_held_open_is_left_as_it_was(demo, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    out = tmp_path / "mote.json"
    out.write_text("old", encoding="utf-8")

    def locked(src, dst):
        raise PermissionError(errno.EACCES, "[WinError 5] Access is denied")

    monkeypatch.setattr(fileio, "REPLACE_DELAY_S", 0.001)
    monkeypatch.setattr(fileio.os, "replace", locked)
    with demo.session() as session, pytest.raises(FileInUse):
        export_meeting_json(session, _vote_meeting(session).id, out)
    assert out.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["mote.json"]


# --- the command line ----------------------------------------------------------------------------


def _run(capsys, *argv: str) -> tuple[int, str, str]:
    try:
        code = main(list(argv))
    except SystemExit as exc:  # argparse refuses the arguments themselves
        code = exc.code
    out, err = capsys.readouterr()
    return code, out, err


def test_cli_writes_public_and_internal(capsys, demo_file: Path, tmp_path: Path) -> None:
    db = open_database(demo_file, create=False, read_only=True)
    try:
        with db.session() as session:
            meeting = _exempt_meeting(session)
            meeting_id = meeting.id
            exempt_title = next(i.title for i in meeting.items if i.exempt)
    finally:
        db.close()
    public, internal = tmp_path / "m.json", tmp_path / "m-intern.json"
    code, out, err = _run(capsys, "export", "meeting", "--db", str(demo_file), "--meeting", str(meeting_id),
                          "--out", str(public))  # fmt: skip
    assert code == 0, err
    assert str(public) in out
    code, _, err = _run(capsys, "export", "meeting", "--db", str(demo_file), "--meeting", str(meeting_id),
                        "--internal", "--out", str(internal))  # fmt: skip
    assert code == 0, err
    assert exempt_title not in public.read_text(encoding="utf-8")
    assert exempt_title in internal.read_text(encoding="utf-8")
    assert json.loads(public.read_text(encoding="utf-8"))["meeting"]["id"] == meeting_id


@pytest.mark.parametrize(
    "argv_tail,expect",
    [
        (["--meeting", "99999", "--out", "{tmp}/x.json"], "Møtet med id 99999 finnes ikke."),
        (["--meeting", "1", "--out", "{tmp}/no/such/folder/x.json"], "finnes ikke. Velg en annen mappe."),
        (["--meeting", "1", "--out", "{tmp}"], "er en mappe"),
        (["--meeting", "tre", "--out", "{tmp}/x.json"], "«tre» er ingen gyldig id"),
    ],
    ids=["unknown-meeting", "missing-folder", "target-is-a-folder", "not-a-number"],
)
def test_cli_bad_input_is_exit_2_one_norwegian_line(capsys, demo_file, tmp_path, argv_tail, expect) -> None:
    argv = ["export", "meeting", "--db", str(demo_file)] + [a.format(tmp=tmp_path) for a in argv_tail]
    code, out, err = _run(capsys, *argv)
    assert code == 2 and out == ""
    assert len(err.strip().splitlines()) == 1 and expect in err
    assert not (tmp_path / "x.json").exists()


def test_cli_target_open_in_another_program_is_exit_2(capsys, demo_file, tmp_path, monkeypatch) -> None:
    out_file = tmp_path / "mote.json"
    out_file.write_text("old", encoding="utf-8")
    monkeypatch.setattr(fileio, "REPLACE_DELAY_S", 0.001)
    monkeypatch.setattr(
        fileio.os, "replace", lambda s, d: (_ for _ in ()).throw(PermissionError(errno.EACCES, "x"))
    )
    code, _, err = _run(
        capsys, "export", "meeting", "--db", str(demo_file), "--meeting", "1", "--out", str(out_file)
    )
    assert code == 2
    assert (
        err.strip()
        == "hfdesk: «mote.json» er åpen i et annet program (for eksempel Excel). Lukk filen og prøv igjen."
    )
    assert out_file.read_text(encoding="utf-8") == "old"


def test_attendance_statuses_and_capacities_are_the_documented_codes(documents) -> None:
    statuses = {a["status"] for d in documents.values() for a in d["attendance"]}
    capacities = {a["capacity"] for d in documents.values() for a in d["attendance"]}
    assert statuses <= {s.value for s in AttendanceStatus} and {"present", "reported_absent"} <= statuses
    assert (
        capacities <= {c.value for c in Capacity} and {"member", "deputy", "observer", "guest"} <= capacities
    )
    guests = [a for d in documents.values() for a in d["attendance"] if a["capacity"] == "guest"]
    assert guests and all(a["guest_items"] for a in guests)
