"""A meeting as JSON: the documented, versioned format "hfdesk-meeting" (version 1).

The format is described field by field in `docs/meeting-json.md`, with a JSON Schema in
`docs/meeting-json.schema.json`; this module is its one writer. One document holds one
meeting: the body, the meeting's head, the attendance (with per-item presence), and the
items in agenda order with their proposals, disqualifications, conclusion (protocol
entries, votes and the tally) and follow-ups.

The public version (the default) leaves the content of an exempt item out entirely
(unnateke offentlegheit): the item is a stub with its id, number and legal basis only,
so the numbering shows no silent gap, and nothing that belongs to the item (title,
texts, proposals, disqualifications, conclusion, follow-ups, attachments) is written.
`internal=True` writes everything.

Times are Oslo wall-clock times written as ISO 8601 with the offset of that day
("2026-03-31T09:00:00+02:00"); dates as "YYYY-MM-DD". Keys are sorted and every list
has a fixed order, so the same meeting always gives the same bytes (for one hfdesk
version): a diff of two exports shows what changed. Written atomically, UTF-8, not
ASCII-escaped, indented by 2.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import sqlalchemy as sa
from sqlalchemy.orm import Session, selectinload

from .. import __version__
from ..fileio import write_atomically
from ..models import (
    AgendaItem,
    Attendance,
    Capacity,
    Conclusion,
    Disqualification,
    FollowUp,
    Meeting,
    Membership,
    Person,
    Proposal,
    ProtocolEntry,
    ProtocolEntrySupporter,
    Vote,
    VoteChoice,
)
from ..services.common import get_or_fail
from ..services.live import vote_tally
from ..services.represents import represents
from ..services.settings import partnership_name

FORMAT = "hfdesk-meeting"
VERSION = 1
TIMEZONE = ZoneInfo("Europe/Oslo")
_CAPACITY_ORDER = {c: i for i, c in enumerate(Capacity)}


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
    meeting = get_or_fail(session, Meeting, meeting_id)
    _load(session, meeting.id)
    body = meeting.body
    items = sorted(meeting.items, key=lambda i: (i.position, i.id))
    follow_ups = _follow_ups(session, [i.id for i in items])
    return {
        "format": FORMAT,
        "version": VERSION,
        "generator": f"hfdesk {__version__}",
        "internal": internal,
        "partnership": partnership_name(session),
        "body": {
            "id": body.id,
            "name": body.name,
            "short_name": body.short_name,
            "level": body.level,
            "language": body.language.value,
        },
        "meeting": _meeting(session, meeting),
        "attendance": [_attendance(a) for a in sorted(meeting.attendances, key=_attendance_order)],
        "items": [
            _item(item, follow_ups.get(item.id, [])) if internal or not item.exempt else _stub(item)
            for item in items
        ],
    }


# --- loading -----------------------------------------------------------------------------------


def _load(session: Session, meeting_id: int) -> None:
    """Everything the document reads, in a handful of statements instead of one per row."""
    session.scalars(
        sa.select(AgendaItem)
        .where(AgendaItem.meeting_id == meeting_id)
        .options(
            selectinload(AgendaItem.responsible_person),
            selectinload(AgendaItem.put_forward_by_person),
            selectinload(AgendaItem.priority_groups),
            selectinload(AgendaItem.attachments),
            selectinload(AgendaItem.disqualifications).selectinload(Disqualification.person),
            selectinload(AgendaItem.proposals).selectinload(Proposal.put_forward_by),
            selectinload(AgendaItem.conclusion).options(
                selectinload(Conclusion.votes).selectinload(Vote.person),
                selectinload(Conclusion.protocol_entries)
                .selectinload(ProtocolEntry.supporters)
                .selectinload(ProtocolEntrySupporter.person),
            ),
        )
    ).all()
    session.scalars(
        sa.select(Attendance)
        .where(Attendance.meeting_id == meeting_id)
        .options(
            selectinload(Attendance.person).selectinload(Person.organisation),
            selectinload(Attendance.membership).selectinload(Membership.organisation),
            selectinload(Attendance.deputy_for).selectinload(Membership.person),
            selectinload(Attendance.from_item),
            selectinload(Attendance.until_item),
            selectinload(Attendance.guest_items),
        )
    ).all()


def _follow_ups(session: Session, item_ids: list[int]) -> dict[int, list[FollowUp]]:
    out: dict[int, list[FollowUp]] = {}
    if not item_ids:
        return out
    rows = session.scalars(
        sa.select(FollowUp)
        .where(FollowUp.item_id.in_(item_ids))
        .options(selectinload(FollowUp.responsible_person))
        .order_by(FollowUp.id)
    )
    for f in rows:
        out.setdefault(f.item_id, []).append(f)  # type: ignore[arg-type]
    return out


# --- values ------------------------------------------------------------------------------------


def iso_time(value: datetime | None) -> str | None:
    """An Oslo wall-clock time as ISO 8601 with that day's offset; None stays None."""
    return value.replace(tzinfo=TIMEZONE).isoformat() if value is not None else None


def iso_date(value: date | None) -> str | None:
    if value is None:
        return None
    return (value.date() if isinstance(value, datetime) else value).isoformat()


def person_ref(person: Person | None) -> dict[str, Any] | None:
    if person is None:
        return None
    return {"id": person.id, "name": person.full_name}


def _by_name(person: Person) -> tuple[str, str, int]:
    return (person.family_name.casefold(), person.given_name.casefold(), person.id)


def _number(item: AgendaItem | None) -> str | None:
    if item is None:
        return None
    return item.number_label or None


# --- parts -------------------------------------------------------------------------------------


def _meeting(session: Session, meeting: Meeting) -> dict[str, Any]:
    approval = None
    if meeting.approved_on is not None or meeting.approved_in_item_id is not None:
        in_item = (
            session.get(AgendaItem, meeting.approved_in_item_id) if meeting.approved_in_item_id else None
        )
        approval = {
            "approved_on": iso_date(meeting.approved_on),
            "by_circulation": in_item is None,
            "meeting_id": in_item.meeting_id if in_item is not None else None,
            "item_number": _number(in_item),
        }
    return {
        "id": meeting.id,
        "title": meeting.title,
        "starts_at": iso_time(meeting.starts_at),
        "ends_at": iso_time(meeting.ends_at),
        "place": meeting.place,
        "video_link": meeting.video_link,
        "status": meeting.status.value,
        "cancelled_reason": meeting.cancelled_reason,
        "chair": person_ref(meeting.chair),
        "minute_taker": person_ref(meeting.minute_taker),
        "notice_sent_at": iso_time(meeting.notice_sent_at),
        "approval": approval,
    }


def _attendance_order(a: Attendance) -> tuple[int, str, str, int]:
    return (_CAPACITY_ORDER[a.capacity], *_by_name(a.person))


def _represents(a: Attendance) -> str:
    return represents(a.person, None if a.capacity == Capacity.GUEST else a.membership)


def _attendance(a: Attendance) -> dict[str, Any]:
    guest_items = sorted(g.item_id for g in a.guest_items)
    items = {i.id: i for i in a.meeting.items}
    return {
        "person": person_ref(a.person),
        "represents": _represents(a),
        "capacity": a.capacity.value,
        "status": a.status.value,
        "deputy_for": person_ref(a.deputy_for.person) if a.deputy_for is not None else None,
        "from_item": _number(a.from_item),
        "until_item": _number(a.until_item),
        "guest_items": [n for n in (_number(items.get(i)) for i in guest_items) if n is not None],
        "note": a.note,
    }


def _stub(item: AgendaItem) -> dict[str, Any]:
    """An exempt item in the public version: the number and the legal basis, nothing else."""
    return {
        "id": item.id,
        "number": _number(item),
        "exempt": True,
        "exemption_basis": item.exemption_basis,
    }


def _item(item: AgendaItem, follow_ups: list[FollowUp]) -> dict[str, Any]:
    responsible_person = item.responsible_person
    return {
        "id": item.id,
        "number": _number(item),
        "standard": item.standard.value if item.standard is not None else None,
        "type": item.case_type.value,
        "title": item.title,
        "responsible": item.responsible or (responsible_person.full_name if responsible_person else ""),
        "responsible_person": person_ref(responsible_person),
        "put_forward_by": item.put_forward_by,
        "put_forward_by_person": person_ref(item.put_forward_by_person),
        "background": item.background,
        "proposed_decision": item.proposed_decision,
        "priority_groups": sorted(g.group for g in item.priority_groups),
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
            }
            for att in item.attachments
        ],
        "proposals": [_proposal(p) for p in sorted(item.proposals, key=lambda p: (p.position, p.id))],
        "disqualifications": [
            {
                "person": person_ref(dq.person),
                "ground": dq.ground.value,
                "ground_text": dq.ground_text,
                "decided_by_body": dq.decided_by_body,
            }
            for dq in sorted(item.disqualifications, key=lambda d: _by_name(d.person))
        ],
        "conclusion": _conclusion(item.conclusion) if item.conclusion is not None else None,
        "follow_ups": [_follow_up(f) for f in follow_ups],
    }


def _proposal(p: Proposal) -> dict[str, Any]:
    return {
        "id": p.id,
        "text": p.text,
        "from_agenda": p.from_agenda,
        "put_forward_by": person_ref(p.put_forward_by),
        "put_forward_by_text": p.put_forward_by_text,
        "amends": p.amends_id,
    }


def _conclusion(c: Conclusion) -> dict[str, Any]:
    vote = None
    if c.votes or c.adopted is not None:
        tally = vote_tally(c)
        vote = {
            "proposal_id": c.voted_proposal_id,
            "votes": [
                {"person": person_ref(v.person), "choice": v.choice.value}
                for v in sorted(c.votes, key=lambda v: _by_name(v.person))
            ],
            "tally": {choice.value: tally[choice] for choice in VoteChoice},
            "adopted": c.adopted,
        }
    return {
        "kind": c.kind.value,
        "decision_text": c.decision_text,
        "no_consensus_outcome": c.no_consensus_outcome.value if c.no_consensus_outcome is not None else None,
        "without_quorum": c.without_quorum,
        "concluded_at": iso_time(c.concluded_at),
        "protocol_entries": [
            {
                "text": e.text,
                "behind": e.behind_text,
                "supporters": [
                    person_ref(s.person) for s in sorted(e.supporters, key=lambda s: _by_name(s.person))
                ],
            }
            for e in sorted(c.protocol_entries, key=lambda e: (e.position, e.id))
        ],
        "vote": vote,
    }


def _follow_up(f: FollowUp) -> dict[str, Any]:
    return {
        "id": f.id,
        "what": f.what,
        "responsible_person": person_ref(f.responsible_person),
        "responsible_text": f.responsible_text,
        "due_on": iso_date(f.due_on),
        "status": f.status.value,
        "done_on": iso_date(f.done_on),
    }
