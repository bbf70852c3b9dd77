"""Reading a meeting into its record, in a fixed number of statements."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import timedelta
from typing import Any, cast

import sqlalchemy as sa
from sqlalchemy.orm import Session, joinedload

from ...errors import NotFound
from ...models import (
    AgendaItem,
    Body,
    Capacity,
    Meeting,
    MinutesKind,
    Person,
    Role,
    SpeakerEntry,
    StandardItem,
)
from ...models import Conclusion as ConclusionRow
from ...sorting import person_sort_key
from ..represents import represents_of
from ..rights import (
    Attending,
    Quorum,
    is_voting,
    quorum_required,
    rights_by_item,
    seat_rights_of,
    stands_in_for_item,
)
from ..settings import partnership_name
from ..speakers import in_speaking_order
from . import reads
from .records import (
    ApprovalRecord,
    AttachmentRecord,
    AttendanceRecord,
    BodyRecord,
    CaseRecord,
    ConclusionRecord,
    DisqualificationRecord,
    FollowUpRecord,
    ItemRecord,
    MeetingRecord,
    MinutesRef,
    PersonRecord,
    PresenceRecord,
    ProposalRecord,
    ProtocolEntryRecord,
    SeatRecord,
    SignatureRecord,
    SpeakerRecord,
    TreatmentRecord,
    VoteRecord,
    VoteRoundRecord,
)


_CAPACITY_ORDER = {c: i for i, c in enumerate(Capacity)}
_ROLE_ORDER = {role: i for i, role in enumerate(Role)}


def _by_key(rows: Sequence[sa.Row[Any]], key: str) -> dict[int, list[sa.Row[Any]]]:
    out: dict[int, list[sa.Row[Any]]] = {}
    for row in rows:
        out.setdefault(getattr(row, key), []).append(row)
    return out


def load_meeting_record(session: Session, meeting_id: int, *, attachment_content: bool = False) -> MeetingRecord:
    """Read meeting `meeting_id` into a MeetingRecord. Raises NotFound for an unknown id.
    `attachment_content` reads the attachments' bytes too (the internal JSON carries them)."""
    meeting = session.scalar(reads.meeting(), {"meeting_id": meeting_id})
    if meeting is None:
        raise NotFound("meeting.not_found_id", meeting_id=meeting_id)
    body = meeting.body
    day = meeting.starts_at.date()
    attendances = list(session.execute(reads.attendance_rows(), {"meeting_id": meeting_id}).all())
    rows = session.execute(reads.agenda(), {"meeting_id": meeting_id}).unique().all()
    items = [row[0] for row in rows]
    item_ids = [i.id for i in items]
    meeting_parts = {
        name: session.execute(statement, {"meeting_id": meeting_id}).all()
        for name, statement in reads.meeting_parts().items()
    }
    parts = {
        name: _by_key(session.execute(statement, {"item_ids": item_ids}).all() if item_ids else [], "item_id")
        for name, statement in reads.item_parts(attachment_content).items()
    }
    conclusion_ids = [i.conclusion.id for i in items if i.conclusion is not None]
    conclusion_parts = {
        name: _by_key(
            session.execute(statement, {"conclusion_ids": conclusion_ids}).all() if conclusion_ids else [],
            "conclusion_id",
        )
        for name, statement in reads.conclusion_parts().items()
    }
    guests: dict[int, set[int]] = {}
    for attendance_id, item_id in meeting_parts["guests"]:
        guests.setdefault(attendance_id, set()).add(item_id)
    earlier = earlier_treatments(session, [item for item, before in rows if before])
    seats_on_day = session.execute(reads.seat_rows(), {"body_id": body.id, "day": day}).all()
    seats = sum(1 for m in seats_on_day if is_voting(m.role, m.rights))  # rights.voting_seats, from the seats read
    deputy_seats = [m for m in seats_on_day if m.role == Role.DEPUTY]  # they get the notice as a copy
    seats_on_day = [m for m in seats_on_day if m.role != Role.DEPUTY]
    approval = _approval(session, meeting, meeting_parts["signatures"])
    previous = _previous_meeting(session, meeting) if any(
        i.standard == StandardItem.APPROVE_MINUTES and i.approves_meeting_id is None for i in items
    ) else None

    people: dict[int, PersonRecord] = {}

    def remembered(
        id_: int, given: str, family: str, title: str | None, organisation: str | None, email: str | None,
        phone: str | None,
    ) -> PersonRecord:
        """One record per person, however many times the meeting names them."""
        if id_ not in people:
            people[id_] = PersonRecord(id_, given, family, title or "", organisation or "", email or "", phone or "")
        return people[id_]

    def person(p: Person | None) -> PersonRecord | None:
        if p is None:
            return None
        organisation = p.organisation.name if p.organisation is not None else None
        return remembered(p.id, p.given_name, p.family_name, p.title, organisation, p.email, p.phone)

    def someone(p: Person) -> PersonRecord:
        made = person(p)
        assert made is not None
        return made

    def person_in(row: sa.Row[Any], prefix: str = "p") -> PersonRecord | None:
        """The person in a row of `_with_person`'s columns labelled `prefix` (None when it names none)."""
        if prefix == "p":
            if row.p_id is None:
                return None
            return remembered(
                row.p_id, row.p_given_name, row.p_family_name, row.p_title, row.p_organisation, row.p_email, row.p_phone
            )
        columns = row._mapping
        if columns[f"{prefix}_id"] is None:
            return None
        return remembered(*(columns[f"{prefix}_{name}"] for name in _PERSON_COLUMNS))

    def someone_in(row: sa.Row[Any]) -> PersonRecord:
        made = person_in(row)
        assert made is not None
        return made

    out_of_items = {
        i.id: {d.person_id for d in parts["disqualifications"].get(i.id, ())} for i in items
    }
    attendance_records = tuple(
        sorted(
            (
                AttendanceRecord(
                    id=a.id,
                    person=someone_in(a),
                    capacity=a.capacity,
                    status=a.status,
                    membership_id=a.membership_id,
                    role=a.seat_role if a.membership_id is not None else None,
                    seat_rights=a.seat_rights if a.membership_id is not None else None,
                    represents=represents_of(
                        a.p_title,
                        a.p_organisation,
                        None
                        if a.capacity == Capacity.GUEST or a.seat_role is None  # no seat (or none found)
                        else (a.seat_represents, a.seat_organisation),
                    ),
                    deputy_for_membership_id=a.deputy_for_id,
                    deputy_for=person_in(a, "d") if a.deputy_for_id is not None else None,
                    from_item_id=a.from_item_id,
                    until_item_id=a.until_item_id,
                    guest_item_ids=tuple(sorted(guests.get(a.id, ()), key=lambda i: _position(items, i))),
                    note=a.note,
                    uuid=a.uuid,
                    for_item_id=stands_in_for_item(
                        a.capacity,
                        a.from_item_id,
                        a.until_item_id,
                        a.d_id if a.deputy_for_id is not None else None,
                        out_of_items,
                    ),
                )
                for a in attendances
            ),
            key=lambda r: (_CAPACITY_ORDER[r.capacity], *r.person.sort_key),
        )
    )
    order = {r.id: n for n, r in enumerate(attendance_records)}
    attendances.sort(key=lambda a: order[a.id])

    required = quorum_required(body, seats)
    # The speakers lists and the items' actual times (revision 0010): one statement each.
    speaker_rows = list(session.scalars(reads.speakers(), {"item_ids": item_ids}))
    speakers_by_item: dict[int, list[SpeakerEntry]] = {}
    for e in speaker_rows:
        speakers_by_item.setdefault(e.item_id, []).append(e)
    speakers_by_item = {k: in_speaking_order(v) for k, v in speakers_by_item.items()}
    timings = {item_id: found[0] for item_id, found in parts["timings"].items()}  # one per item
    clock = meeting.starts_at
    item_records = []
    voters_anywhere: set[tuple[str, int]] = set()
    attending = [
        Attending(
            a.id,
            a.person_id,
            a.status,
            a.capacity,
            a.from_item_id,
            a.until_item_id,
            seat_rights_of(
                a.capacity,
                a.seat_rights if a.membership_id is not None else None,
                a.deputy_for_id,
                a.principal_rights if a.deputy_for_id is not None else None,
            ),
        )
        for a in attendances
    ]
    rights = rights_by_item(attending, items, out_of_items, guests)
    attendees = [(a.id, a.person_id, _seat_key(a)) for a in attendances]  # read once, not once per item
    # An attendee's presence record made again only where their rights change from the item
    # before (rights_by_item hands out the same rights object while they stay the same): the
    # records are frozen, and a meeting of 100 attendees and 30 items needs 3,000 of them.
    held: list[PresenceRecord | None] = [None] * len(attendees)
    for item in items:
        voting = 0
        for n, (at, attendee) in enumerate(zip(rights[item.id], attendees, strict=True)):
            record = held[n]
            if record is None or record.rights is not at:
                record = held[n] = PresenceRecord(attendee[0], attendee[1], at)
            if at.may_vote:
                voting += 1
                # Seats, not people: a deputy standing in holds the member's seat (one seat,
                # however many sat in it during the meeting).
                voters_anywhere.add(attendee[2])
        presence = cast(tuple[PresenceRecord, ...], tuple(held))
        item_records.append(
            ItemRecord(
                id=item.id,
                position=item.position,
                number=item.number_in(body.case_number_pattern),
                number_key=_number_key(item),
                standard=item.standard,
                case_type=item.case_type,
                title=item.title,
                responsible=item.responsible
                or (item.responsible_person.full_name if item.responsible_person is not None else ""),
                responsible_person=person(item.responsible_person),
                put_forward_by=item.put_forward_by,
                put_forward_by_person=person(item.put_forward_by_person),
                background=item.background,
                proposed_decision=item.proposed_decision,
                priority_groups=tuple(row.group for row in parts["priority_groups"].get(item.id, ())),
                exempt=item.exempt,
                exemption_basis=item.exemption_basis,
                duration_minutes=item.duration_minutes,
                starts_at=clock,
                notes=item.notes,
                not_on_agenda=item.not_on_agenda,
                attachments=tuple(
                    AttachmentRecord(a.filename, a.title, a.mime_type, a.size, a.sha256, a.content)
                    for a in parts["attachments"].get(item.id, ())
                ),
                proposals=tuple(
                    ProposalRecord(
                        id=p.id,
                        position=p.position,
                        text=p.text,
                        from_agenda=p.from_agenda,
                        put_forward_by=person_in(p),
                        put_forward_by_text=p.put_forward_by_text,
                        amends_id=p.amends_id,
                        fate=p.fate,
                        uuid=p.uuid,
                        version=p.version,
                    )
                    for p in parts["proposals"].get(item.id, ())
                ),
                disqualifications=tuple(
                    DisqualificationRecord(d.id, someone_in(d), d.ground, d.ground_text, d.decided_by_body)
                    for d in sorted(parts["disqualifications"].get(item.id, ()), key=lambda d: someone_in(d).sort_key)
                ),
                conclusion=_conclusion(item.conclusion, conclusion_parts, someone_in),
                follow_ups=tuple(
                    FollowUpRecord(
                        id=f.id,
                        what=f.what,
                        responsible_person=person_in(f),
                        responsible_text=f.responsible_text,
                        due_on=f.due_on,
                        status=f.status,
                        done_on=f.done_on,
                        uuid=f.uuid,
                    )
                    for f in parts["follow_ups"].get(item.id, ())
                ),
                presence=presence,
                quorum=Quorum(present=voting, required=required, seats=seats),
                uuid=item.uuid,
                case=CaseRecord(item.case.uuid, item.case.title, item.case.reference),
                approves=_minutes_ref(item, meeting.id, previous),
                earlier=earlier.get(item.id, ()),
                speakers=tuple(
                    SpeakerRecord(someone(e.person), e.parent_id is not None, e.started_at is not None)
                    for e in speakers_by_item.get(item.id, ())
                ),
                treated_from=timings[item.id].started_at if item.id in timings else None,
                treated_until=timings[item.id].ended_at if item.id in timings else None,
            )
        )
        clock += timedelta(minutes=item.duration_minutes)

    def seat(m: sa.Row[Any]) -> SeatRecord:
        held = represents_of(m.p_title, m.p_organisation, (m.represents_text, m.seat_organisation))
        return SeatRecord(m.id, someone_in(m), m.role, m.rights, held)

    invited = tuple(
        seat(m)
        for m in sorted(
            (m for m in seats_on_day if m.role != Role.SECRETARY),
            key=lambda m: (_ROLE_ORDER[m.role], *person_sort_key(m.p_family_name, m.p_given_name), m.id),
        )
    )
    deputies = tuple(seat(m) for m in sorted(deputy_seats, key=lambda m: (m.p_family_name, m.p_given_name, m.id)))
    secretaries = sorted(
        (m for m in seats_on_day if m.role == Role.SECRETARY),
        key=lambda m: (*person_sort_key(m.p_family_name, m.p_given_name), m.id),
    )
    secretary = someone_in(secretaries[0]) if secretaries else person(meeting.minute_taker)

    return MeetingRecord(
        id=meeting.id,
        title=meeting.title,
        starts_at=meeting.starts_at,
        ends_at=meeting.ends_at,
        place=meeting.place,
        video_link=meeting.video_link,
        status=meeting.status,
        cancelled_reason=meeting.cancelled_reason,
        chair=person(meeting.chair),
        minute_taker=person(meeting.minute_taker),
        notice_sent_at=meeting.notice_sent_at,
        current_item_id=meeting.current_item_id,
        body=BodyRecord(
            id=body.id,
            name=body.name,
            short_name=body.short_name,
            level=body.level,
            language=body.language,
            minutes_kind=body.minutes_kind or MinutesKind.REFERAT,
            quorum_rule=body.quorum_rule,
            quorum_count=body.quorum_count,
            majority_rule=body.majority_rule,
            case_number_pattern=body.case_number_pattern or "N/YY",
            minutes_signatories=body.minutes_signatories or 0,
            minutes_list_speakers=bool(body.minutes_list_speakers),
            minutes_item_times=bool(body.minutes_item_times),
        ),
        partnership=partnership_name(session),
        voting_seats=seats,
        voters_present=len(voters_anywhere),
        items=tuple(item_records),
        attendance=attendance_records,
        invited=invited,
        secretary=secretary,
        approval=approval,
        uuid=meeting.uuid,
        archive_reference=meeting.archive_reference or "",
        calendar_sequence=meeting.calendar_sequence or 0,
        deputies=deputies,
        signatures=tuple(
            SignatureRecord(someone_in(sig), sig.position, sig.signed_on) for sig in meeting_parts["signatures"]
        ),
    )


_PERSON_COLUMNS = ("id", "given_name", "family_name", "title", "organisation", "email", "phone")


def _seat_key(a: sa.Row[Any]) -> tuple[str, int]:
    """The seat an attendee with the vote holds: a deputy standing in holds the member's."""
    if a.capacity == Capacity.DEPUTY and a.deputy_for_id is not None:
        return ("seat", a.deputy_for_id)
    if a.membership_id is not None:
        return ("seat", a.membership_id)
    return ("person", a.person_id)


def earlier_treatments(session: Session, items: list[AgendaItem]) -> dict[int, tuple[TreatmentRecord, ...]]:
    """Each item's earlier treatments: the other treatments of its case that were on a meeting
    before the item's own (all of them, for an item in the backlog), oldest first. One statement
    for any number of items (none without items); items whose case has no other treatment are left out."""
    if not items:
        return {}
    case_ids = {i.case_id for i in items}
    rows = session.execute(
        sa.select(AgendaItem, Meeting.id, Meeting.starts_at, Body.name, Body.short_name, Body.case_number_pattern,
                  ConclusionRow.kind, ConclusionRow.no_consensus_outcome, ConclusionRow.decision_text)
        .join(Meeting, Meeting.id == AgendaItem.meeting_id)
        .join(Body, Body.id == AgendaItem.body_id)
        .outerjoin(ConclusionRow, ConclusionRow.item_id == AgendaItem.id)
        .where(AgendaItem.case_id.in_(case_ids))
        .order_by(Meeting.starts_at, AgendaItem.id)
    ).all()
    out: dict[int, tuple[TreatmentRecord, ...]] = {}
    for item in items:
        own_start = item.meeting.starts_at if item.meeting is not None else None
        found = tuple(
            TreatmentRecord(
                item_id=t.id,
                body_id=t.body_id,
                body_name=body_name,
                body_short_name=short or "",
                meeting_id=meeting_id,
                meeting_starts_at=starts_at,
                number=t.number_in(pattern),
                kind=kind,
                no_consensus_outcome=outcome,
                decision_text=decision or "",
            )
            for t, meeting_id, starts_at, body_name, short, pattern, kind, outcome, decision in rows
            if t.case_id == item.case_id and t.id != item.id and (own_start is None or starts_at < own_start)
        )
        if found:
            out[item.id] = found
    return out


def _previous_meeting(session: Session, meeting: Meeting) -> Meeting | None:
    """The body's meeting before this one (not cancelled): whose minutes an approval item approves
    unless it names another."""
    return session.scalar(reads.previous(), {"body_id": meeting.body_id, "starts_at": meeting.starts_at})


def _minutes_ref(item: AgendaItem, own_meeting_id: int, previous: Meeting | None) -> MinutesRef | None:
    if item.standard != StandardItem.APPROVE_MINUTES:
        return None
    approved = item.approves_meeting or previous
    if approved is None:
        return None
    return MinutesRef(approved.id, approved.uuid, approved.starts_at, approved.status, approved.id == own_meeting_id)


def _position(items: list[AgendaItem], item_id: int) -> tuple[int, int]:
    for item in items:
        if item.id == item_id:
            return (item.position, item.id)
    return (1 << 30, item_id)


def _conclusion(
    c: ConclusionRow | None,
    parts: dict[str, dict[int, list[sa.Row[Any]]]],
    someone: Callable[[sa.Row[Any]], PersonRecord],
) -> ConclusionRecord | None:
    if c is None:
        return None
    rounds: dict[int, list[sa.Row[Any]]] = {}  # a round's rows: one per vote (one without votes)
    for row in parts["rounds"].get(c.id, ()):
        rounds.setdefault(row.id, []).append(row)
    entries: dict[int, list[sa.Row[Any]]] = {}  # an entry's rows: one per supporter (one without)
    for row in parts["entries"].get(c.id, ()):
        entries.setdefault(row.id, []).append(row)
    return ConclusionRecord(
        uuid=c.uuid,
        version=c.version,
        rounds=tuple(
            VoteRoundRecord(
                position=r[0].position,
                proposal_id=r[0].proposal_id,
                adopted=r[0].adopted,
                votes=tuple(
                    sorted(
                        (VoteRecord(someone(v), v.choice, v.vote_uuid) for v in r if v.vote_uuid is not None),
                        key=lambda v: v.person.sort_key,
                    )
                ),
                uuid=r[0].uuid,
            )
            for r in rounds.values()
        ),
        kind=c.kind,
        decision_text=c.decision_text,
        no_consensus_outcome=c.no_consensus_outcome,
        voted_proposal_id=c.voted_proposal_id,
        adopted=c.adopted,
        without_quorum=c.without_quorum,
        concluded_at=c.concluded_at,
        protocol_entries=tuple(
            ProtocolEntryRecord(
                id=e[0].id,
                position=e[0].position,
                text=e[0].text,
                behind_text=e[0].behind_text,
                supporters=tuple(sorted((someone(s) for s in e if s.p_id is not None), key=lambda p: p.sort_key)),
                uuid=e[0].uuid,
            )
            for e in entries.values()
        ),
    )


def _number_key(item: AgendaItem) -> tuple[int, int] | None:
    if item.number_year is None or item.number_seq is None:
        return None
    return (item.number_year, item.number_seq)


def _approval(session: Session, meeting: Meeting, signatures: Sequence[sa.Row[Any]]) -> ApprovalRecord | None:
    if meeting.approved_on is None and meeting.approved_in_item_id is None:
        return None
    row = None
    if meeting.approved_in_item_id is not None:
        row = session.execute(
            sa.select(AgendaItem, Meeting)
            .join(Meeting, Meeting.id == AgendaItem.meeting_id)
            .where(AgendaItem.id == meeting.approved_in_item_id)
            .options(joinedload(Meeting.body))
        ).first()
    if row is None:
        signed = bool(signatures) and all(sig.signed_on is not None for sig in signatures)
        return ApprovalRecord(meeting.approved_on, None, None, None, None, by_signatories=signed)
    item, other = row
    return ApprovalRecord(
        approved_on=meeting.approved_on,
        meeting_id=other.id,
        meeting_starts_at=other.starts_at,
        item_number=item.number_in(other.body.case_number_pattern) or None,
        item_number_key=_number_key(item),
        other_body=(other.body.short_name or other.body.name) if other.body_id != meeting.body_id else None,
        meeting_uuid=other.uuid,
        own=other.id == meeting.id,
    )
