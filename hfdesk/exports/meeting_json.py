"""A meeting as JSON: the documented, versioned format "hfdesk-meeting" (version 1).

The format is described field by field in `docs/meeting-json.md`, with a JSON Schema in
`docs/meeting-json.schema.json`; this module is its one writer. One document holds one
meeting: the body, the meeting's head, the attendance, and the items in agenda order with
their proposals, disqualifications, conclusion (protocol entries, votes and the tally) and
follow-ups.

It renders the meeting record (`services/meeting_record.py`), the same one the meeting
screen and the minutes render, so the three cannot disagree. The public version (the
default) renders `public_view(record)`, the one function that decides what the public may
see: an exempt item is a stub with its id, number and legal basis only, so the numbering
shows no silent gap. `internal=True` writes everything.

Times are Oslo wall-clock times written as ISO 8601 with the offset of that day
("2026-03-31T09:00:00+02:00"); dates as "YYYY-MM-DD". Keys are sorted and every list
has a fixed order, so the same meeting always gives the same bytes (for one hfdesk
version): a diff of two exports shows what changed. Written atomically, UTF-8, not
ASCII-escaped, indented by 2.
"""

from __future__ import annotations

import base64
import json
from datetime import date, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy.orm import Session

from .. import __version__
from ..fileio import write_atomically
from ..models import VoteChoice
from ..services.case_numbers import canonical, parse_number
from ..services.history import export_entries
from ..services.meeting_record import (
    AttendanceRecord,
    ConclusionRecord,
    FollowUpRecord,
    ItemRecord,
    MeetingRecord,
    PersonRecord,
    ProposalRecord,
    load_meeting_record,
    public_view,
)

FORMAT = "hfdesk-meeting"
VERSION = 1
TIMEZONE = ZoneInfo("Europe/Oslo")


def export_meeting_json(
    session: Session, meeting_id: int, out: Path | str, *, internal: bool = False
) -> Path:
    """Write meeting `meeting_id` as an "hfdesk-meeting" JSON document to `out` and return the path.

    Raises NotFound for an unknown meeting, FileInUse / CannotWrite when the target cannot
    be replaced (it is then left as it was)."""
    out = Path(out)
    document = meeting_document(session, meeting_id, internal=internal)
    data = (json.dumps(document, ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode("utf-8")
    write_atomically(out, lambda fh: fh.write(data))
    return out


def meeting_document(session: Session, meeting_id: int, *, internal: bool = False) -> dict[str, Any]:
    """The meeting as a JSON-ready dict (see docs/meeting-json.md). Raises NotFound for an unknown id."""
    record = load_meeting_record(session, meeting_id, attachment_content=internal)
    document = render_meeting_document(record, internal=internal)
    if internal:
        # Who changed what (issue 22): the meeting's change log goes along, so history made on a
        # laptop comes back with the meeting. Never in the public version.
        document["history"] = export_entries(session, meeting_id)
    return document


def render_meeting_document(record: MeetingRecord, *, internal: bool = False) -> dict[str, Any]:
    """The document of a meeting record (no database): the public view unless `internal`."""
    if not internal:
        record = public_view(record)
    body = record.body
    return {
        "format": FORMAT,
        "version": VERSION,
        "generator": f"hfdesk {__version__}",
        "internal": internal,
        "partnership": record.partnership,
        "body": {
            "id": body.id,
            "name": body.name,
            "short_name": body.short_name,
            "level": body.level,
            "language": body.language.value,
            "case_number_pattern": body.case_number_pattern,
        },
        "meeting": _meeting(record),
        "attendance": [_attendance(record, a) for a in record.attendance],
        "items": [_stub(record, item) if item.withheld else _item(record, item) for item in record.items],
        **({"people": _people(record)} if internal else {}),
    }


def _people(record: MeetingRecord) -> list[dict[str, Any]]:
    """The internal version's list of everyone the document names, with the e-mail address an
    import finds them by (`hfdesk import meeting`); by id."""
    people: dict[int, PersonRecord] = {}

    def add(person: PersonRecord | None) -> None:
        if person is not None:
            people.setdefault(person.id, person)

    add(record.chair)
    add(record.minute_taker)
    for sig in record.signatures:
        add(sig.person)
    for a in record.attendance:
        add(a.person)
        add(a.deputy_for)
    for item in record.items:
        add(item.responsible_person)
        add(item.put_forward_by_person)
        for p in item.proposals:
            add(p.put_forward_by)
        for d in item.disqualifications:
            add(d.person)
        if item.conclusion is not None:
            for v in item.conclusion.votes:
                add(v.person)
            for e in item.conclusion.protocol_entries:
                for supporter in e.supporters:
                    add(supporter)
        for f in item.follow_ups:
            add(f.responsible_person)
    return [{"id": p.id, "name": p.full_name, "email": p.email} for _id, p in sorted(people.items())]


# --- values ------------------------------------------------------------------------------------


def iso_time(value: datetime | None) -> str | None:
    """An Oslo wall-clock time as ISO 8601 with that day's offset; None stays None."""
    return value.replace(tzinfo=TIMEZONE).isoformat() if value is not None else None


def iso_date(value: date | None) -> str | None:
    if value is None:
        return None
    return (value.date() if isinstance(value, datetime) else value).isoformat()


def person_ref(person: PersonRecord | None) -> dict[str, Any] | None:
    if person is None:
        return None
    return {"id": person.id, "name": person.full_name}


# --- parts -------------------------------------------------------------------------------------


def _meeting(record: MeetingRecord) -> dict[str, Any]:
    approval = None
    if record.approval is not None:
        a = record.approval
        approval = {
            "approved_on": iso_date(a.approved_on),
            "by_circulation": a.by_circulation,
            "meeting_id": a.meeting_id,
            "meeting_uuid": a.meeting_uuid,
            "item_number": _file_number(record, a.item_number_key, a.item_number),
            "own_meeting": a.own,
            "by_signatories": a.by_signatories,
        }
    return {
        "id": record.id,
        "uuid": record.uuid,
        "title": record.title,
        "starts_at": iso_time(record.starts_at),
        "ends_at": iso_time(record.ends_at),
        "place": record.place,
        "video_link": record.video_link,
        "archive_reference": record.archive_reference,
        "status": record.status.value,
        "cancelled_reason": record.cancelled_reason,
        "chair": person_ref(record.chair),
        "minute_taker": person_ref(record.minute_taker),
        "notice_sent_at": iso_time(record.notice_sent_at),
        "approval": approval,
        "calendar_sequence": record.calendar_sequence,
        "signatures": [
            {"person": person_ref(sig.person), "position": sig.position, "signed_on": iso_date(sig.signed_on)}
            for sig in record.signatures
        ],
    }


def _canonical(key: tuple[int, int] | None) -> str | None:
    """A number in the file's body-independent form ("12/26"); the body's own is `number_label`."""
    return canonical(key[1], key[0]) if key is not None else None


def _file_number(record: MeetingRecord, key: tuple[int, int] | None, label: str | None) -> str | None:
    """A number in the file's form from its (year, seq); a record built without them (by hand,
    not by load_meeting_record) gives its label, read back with the body's pattern."""
    if key is None and label:
        found = parse_number(record.body.case_number_pattern, label, reference_year=record.starts_at.year)
        return _canonical((found[1], found[0])) if found is not None else label
    return _canonical(key)


def _number(record: MeetingRecord, item_id: int | None) -> str | None:
    item = record.item(item_id)
    return _file_number(record, item.number_key, item.number) if item is not None else None


def _attendance(record: MeetingRecord, a: AttendanceRecord) -> dict[str, Any]:
    return {
        "uuid": a.uuid,
        "person": person_ref(a.person),
        "represents": a.represents,
        "capacity": a.capacity.value,
        "status": a.status.value,
        "deputy_for": person_ref(a.deputy_for),
        "from_item": _number(record, a.from_item_id),
        "until_item": _number(record, a.until_item_id),
        "guest_items": [n for n in (_number(record, i) for i in a.guest_item_ids) if n is not None],
        "note": a.note,
    }


def _stub(record: MeetingRecord, item: ItemRecord) -> dict[str, Any]:
    """An exempt item in the public version: the number and the legal basis, nothing else."""
    return {
        "id": item.id,
        "number": _file_number(record, item.number_key, item.number),
        "number_label": item.number or None,
        "exempt": True,
        "exemption_basis": item.exemption_basis,
    }


def _item(record: MeetingRecord, item: ItemRecord) -> dict[str, Any]:
    return {
        "id": item.id,
        "uuid": item.uuid,
        "case": (
            {"uuid": item.case.uuid, "title": item.case.title, "reference": item.case.reference}
            if item.case is not None
            else None
        ),
        "number": _file_number(record, item.number_key, item.number),
        "number_label": item.number or None,
        "standard": item.standard.value if item.standard is not None else None,
        "type": item.case_type.value,
        "title": item.title,
        "responsible": item.responsible,
        "responsible_person": person_ref(item.responsible_person),
        "put_forward_by": item.put_forward_by,
        "put_forward_by_person": person_ref(item.put_forward_by_person),
        "background": item.background,
        "proposed_decision": item.proposed_decision,
        "priority_groups": list(item.priority_groups),
        "exempt": item.exempt,
        "exemption_basis": item.exemption_basis,
        "duration_minutes": item.duration_minutes,
        "notes": item.notes,
        "not_on_agenda": item.not_on_agenda,
        "attachments": [
            {
                "filename": att.filename,
                "title": att.title,
                "mime_type": att.mime_type,
                "size": att.size,
                "sha256": att.sha256,
                **({"content_base64": base64.b64encode(att.content).decode("ascii")} if att.content is not None else {}),
            }
            for att in item.attachments
        ],
        "proposals": [_proposal(p) for p in item.proposals],
        "disqualifications": [
            {
                "person": person_ref(dq.person),
                "ground": dq.ground.value,
                "ground_text": dq.ground_text,
                "decided_by_body": dq.decided_by_body,
            }
            for dq in item.disqualifications
        ],
        "conclusion": _conclusion(item.conclusion) if item.conclusion is not None else None,
        "follow_ups": [_follow_up(f) for f in item.follow_ups],
        "approves": (
            {"meeting_uuid": item.approves.uuid, "own_meeting": item.approves.own}
            if item.approves is not None
            else None
        ),
    }


def _proposal(p: ProposalRecord) -> dict[str, Any]:
    return {
        "id": p.id,
        "uuid": p.uuid,
        "fate": p.fate.value,
        "text": p.text,
        "from_agenda": p.from_agenda,
        "put_forward_by": person_ref(p.put_forward_by),
        "put_forward_by_text": p.put_forward_by_text,
        "amends": p.amends_id,
    }


def _conclusion(c: ConclusionRecord) -> dict[str, Any]:
    vote = None
    if c.has_vote:
        tally = c.tally
        vote = {
            "proposal_id": c.voted_proposal_id,
            "votes": [{"person": person_ref(v.person), "choice": v.choice.value} for v in c.votes],
            "tally": {choice.value: tally[choice] for choice in VoteChoice},
            "adopted": c.adopted,
        }
    return {
        "uuid": c.uuid,
        "vote_rounds": [
            {
                "uuid": r.uuid,
                "position": r.position,
                "proposal_id": r.proposal_id,
                "adopted": r.adopted,
                "votes": [
                    {"uuid": v.uuid, "person": person_ref(v.person), "choice": v.choice.value} for v in r.votes
                ],
                "tally": {choice.value: r.tally[choice] for choice in VoteChoice},
            }
            for r in c.rounds
        ],
        "kind": c.kind.value,
        "decision_text": c.decision_text,
        "no_consensus_outcome": c.no_consensus_outcome.value if c.no_consensus_outcome is not None else None,
        "without_quorum": c.without_quorum,
        "concluded_at": iso_time(c.concluded_at),
        "protocol_entries": [
            {
                "uuid": e.uuid,
                "text": e.text,
                "behind": e.behind_text,
                "supporters": [person_ref(p) for p in e.supporters],
            }
            for e in c.protocol_entries
        ],
        "vote": vote,
    }


def _follow_up(f: FollowUpRecord) -> dict[str, Any]:
    return {
        "id": f.id,
        "uuid": f.uuid,
        "what": f.what,
        "responsible_person": person_ref(f.responsible_person),
        "responsible_text": f.responsible_text,
        "due_on": iso_date(f.due_on),
        "status": f.status.value,
        "done_on": iso_date(f.done_on),
    }
