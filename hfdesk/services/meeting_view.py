"""What the meeting screen shows: a renderer of the meeting record.

`live_view()` returns the whole screen for one meeting and its selected item: the agenda
with each item's state and quorum, the attendance list with everyone's rights at the
selected item, and the selected item's proposals, conclusion, votes, protocol entries,
disqualifications and follow-ups. It renders `services/meeting_record.py`'s record (read in
a fixed number of statements, rights decided there by rights.py), the same record the
minutes and the JSON render, so the screen and the documents cannot disagree.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
from sqlalchemy.orm import Session, joinedload

from ..models import (
    AgendaItem,
    Attendance,
    AttendanceStatus,
    Body,
    Capacity,
    CaseType,
    ConclusionKind,
    DisqualificationGround,
    FollowUpStatus,
    Language,
    MajorityRule,
    Meeting,
    MeetingStatus,
    Membership,
    NoConsensusOutcome,
    Person,
    ProposalFate,
    QuorumRule,
    Role,
    StandardItem,
    VoteChoice,
)
from ..models.register import term_covers
from ..errors import NotFound
from ..fileio import safe_file_name
from ..sorting import norwegian_key, sql_key
from .live import DECIDING
from .rights import (
    NO_RIGHTS,
    ItemRights,
    Quorum,
    deputy_may_stand_in,
)

if TYPE_CHECKING:  # the record's module is read when a meeting is first shown, not at start
    from .meeting_record import AttendanceRecord, ItemRecord, MeetingRecord

#: Meetings the screen can still change (approved minutes are locked, a cancelled meeting has none).
EDITABLE = (MeetingStatus.PLANNED, MeetingStatus.NOTICE_SENT, MeetingStatus.HELD)

_ROLE_RANK = {Role.LEADER: 0, Role.DEPUTY_LEADER: 1, Role.MEMBER: 2, Role.DEPUTY: 3, Role.OBSERVER: 4, Role.SECRETARY: 5}
_CAPACITY_RANK = {
    Capacity.MEMBER: 0,
    Capacity.DEPUTY: 1,
    Capacity.OBSERVER: 2,
    Capacity.GUEST: 3,
    Capacity.SECRETARIAT: 4,
}


@dataclass(frozen=True)
class MeetingChoice:
    id: int
    starts_at: datetime
    body_name: str
    body_short_name: str
    status: MeetingStatus
    title: str = ""


def meeting_choices(session: Session) -> list[MeetingChoice]:
    """Every meeting that is not cancelled, in date order (one statement)."""
    rows = session.execute(
        sa.select(Meeting.id, Meeting.starts_at, Body.name, Body.short_name, Meeting.status, Meeting.title)
        .join(Body, Body.id == Meeting.body_id)
        .where(Meeting.status != MeetingStatus.CANCELLED)
        .order_by(Meeting.starts_at, Meeting.id)
    ).all()
    return [MeetingChoice(*row) for row in rows]


def meeting_file_name(
    session: Session, meeting_id: int, word: str, suffix: str, *, marker: str = "", exempt_only: bool = False
) -> str:
    """The name a meeting's file is offered under: the kind of file, the body's short name and the
    day, "Innkalling SSU 2026-12-15.docx" (`word` in the user's language; characters Windows
    refuses in a file name become "-"). `marker` ends the name ("…-intern", "…-offentleg"); with
    `exempt_only` only when the meeting has an exempt item (an internal document of a meeting
    without one is the public one). Just `word` and `suffix` for an unknown meeting."""
    row = session.execute(
        sa.select(Body.short_name, Body.name, Meeting.starts_at)
        .join(Meeting, Meeting.body_id == Body.id)
        .where(Meeting.id == meeting_id)
    ).first()
    word = word[:1].upper() + word[1:]
    if row is None:
        return f"{word}{suffix}"
    body = (row.short_name or row.name).strip()
    name = f"{word} {body} {row.starts_at:%Y-%m-%d}"
    if marker and (not exempt_only or has_exempt_items(session, meeting_id)):
        name = f"{name}-{marker}"
    return safe_file_name(name, replacement="-") + suffix


def has_exempt_items(session: Session, meeting_id: int) -> bool:
    """Whether any item of the meeting is exempt from public access (unnateke offentlegheit)."""
    return bool(
        session.scalar(
            sa.select(sa.exists().where(AgendaItem.meeting_id == meeting_id, AgendaItem.exempt.is_(True)))
        )
    )


def attendance_file_name(session: Session, year: int, body_id: int | None, word: str) -> str:
    """"Oppmøte 2026 SSU.xlsx" (one body, by its short name) or "Oppmøte 2026.xlsx" (every body)."""
    word = word[:1].upper() + word[1:]
    name = f"{word} {year}"
    if body_id is not None:
        row = session.execute(sa.select(Body.short_name, Body.name).where(Body.id == body_id)).first()
        if row is not None:
            name = f"{name} {(row.short_name or row.name).strip()}"
    return safe_file_name(name, replacement="-") + ".xlsx"


def meeting_status(session: Session, meeting_id: int) -> MeetingStatus | None:
    """A meeting's status, or None when there is no such meeting (one row by its key)."""
    return session.scalar(sa.select(Meeting.status).where(Meeting.id == meeting_id))


def default_meeting_id(session: Session, now: datetime | None = None) -> int | None:
    """The meeting the screen opens on: one in progress (an open meeting with a current item,
    the one nearest now), else the next meeting to be held, else the last one held."""
    now = now or datetime.now()
    open_ = session.execute(
        sa.select(Meeting.id, Meeting.starts_at, Meeting.current_item_id, Meeting.status).where(
            Meeting.status.in_(EDITABLE)
        )
    ).all()
    in_progress = [r for r in open_ if r.current_item_id is not None and r.status != MeetingStatus.HELD]
    if in_progress:
        return min(in_progress, key=lambda r: abs((r.starts_at - now).total_seconds())).id
    today = now.replace(hour=0, minute=0, second=0, microsecond=0)
    upcoming = [r for r in open_ if r.status != MeetingStatus.HELD and r.starts_at >= today]
    if upcoming:
        return min(upcoming, key=lambda r: r.starts_at).id
    held = [r for r in open_ if r.status == MeetingStatus.HELD]
    if held:
        return max(held, key=lambda r: r.starts_at).id
    return min(open_, key=lambda r: r.starts_at).id if open_ else None


@dataclass(frozen=True)
class ItemState:
    """One agenda item in the screen's agenda: where it stands, and its quorum."""

    id: int
    position: int
    number: str
    title: str
    case_type: CaseType
    standard: StandardItem | None
    not_on_agenda: bool
    exempt: bool
    conclusion: ConclusionKind | None
    without_quorum: bool
    adopted: bool | None
    quorum: Quorum
    has_notes: bool = False

    @property
    def flagged(self) -> bool:
        """A decision under Eventuelt on a case not on the agenda."""
        return self.not_on_agenda and self.conclusion in DECIDING


@dataclass(frozen=True)
class Attendee:
    """One person on the attendance list, with their rights at the selected item."""

    attendance_id: int
    person_id: int
    name: str
    sort_name: str
    organisation: str
    role: Role | None
    capacity: Capacity
    status: AttendanceStatus
    membership_id: int | None
    rights: ItemRights
    deputy_for_membership_id: int | None = None
    deputy_for_name: str = ""
    replaced_by_name: str = ""  # for a member: the deputy standing in
    from_item_id: int | None = None
    from_number: str = ""
    until_item_id: int | None = None
    until_number: str = ""
    guest_numbers: tuple[str, ...] = ()
    guest_item_ids: tuple[int, ...] = ()
    note: str = ""

    @property
    def id(self) -> int:
        return self.attendance_id

    @property
    def expected_seat(self) -> bool:
        """A member with a voting seat (the one a deputy can stand in for)."""
        return self.capacity == Capacity.MEMBER


@dataclass(frozen=True)
class ProposalRow:
    id: int
    position: int
    text: str
    from_agenda: bool
    by_person_id: int | None
    by_name: str
    by_capacity: Capacity | None
    amends_id: int | None
    amends_position: int | None
    fate: ProposalFate = ProposalFate.PENDING
    version: int | None = None  # the proposal's version (revision 0007), for a correction


@dataclass(frozen=True)
class RoundRow:
    """One round of a vote as the screen lists it: its number, the proposal put to it (None:
    none named) and its result (None: nobody has voted yet)."""

    position: int
    proposal_id: int | None
    adopted: bool | None
    tally: dict[VoteChoice, int]


@dataclass(frozen=True)
class VoteRow:
    """A voting participant at the item and their vote (None: not recorded)."""

    person_id: int
    name: str
    choice: VoteChoice | None
    deputy_for_name: str = ""

    @property
    def id(self) -> int:
        return self.person_id


@dataclass(frozen=True)
class ProtocolRow:
    id: int
    text: str
    behind: str  # the supporters' names and the party, as one line
    supporter_ids: tuple[int, ...] = ()


@dataclass(frozen=True)
class DisqualificationRow:
    id: int
    person_id: int
    name: str
    ground: DisqualificationGround
    ground_text: str
    decided_by_body: bool


@dataclass(frozen=True)
class FollowUpLine:
    id: int
    what: str
    responsible: str
    due_on: date | None
    status: FollowUpStatus
    overdue: bool


@dataclass(frozen=True)
class ConclusionView:
    kind: ConclusionKind
    decision_text: str
    no_consensus_outcome: NoConsensusOutcome | None
    adopted: bool | None
    without_quorum: bool
    voted_proposal_id: int | None
    concluded_at: datetime | None
    tally: dict[VoteChoice, int] = field(default_factory=dict)
    against: tuple[str, ...] = ()
    protocol_entries: tuple[ProtocolRow, ...] = ()
    rounds: tuple[RoundRow, ...] = ()  # in the order held; the last is the current round
    version: int | None = None  # the conclusion's version (revision 0007): the decision text is saved with it


@dataclass(frozen=True)
class ItemDetail:
    id: int
    number: str
    title: str
    case_type: CaseType
    standard: StandardItem | None
    responsible: str
    background: str
    proposed_decision: str
    notes: str
    exempt: bool
    exemption_basis: str
    not_on_agenda: bool
    quorum: Quorum
    proposals: tuple[ProposalRow, ...]
    conclusion: ConclusionView | None
    disqualifications: tuple[DisqualificationRow, ...]
    follow_ups: tuple[FollowUpLine, ...]
    voters: tuple[VoteRow, ...]
    previous_id: int | None
    next_id: int | None

    @property
    def flagged(self) -> bool:
        return self.not_on_agenda and self.conclusion is not None and self.conclusion.kind in DECIDING

    @property
    def votes_missing(self) -> int:
        return sum(1 for v in self.voters if v.choice is None)


@dataclass(frozen=True)
class LiveView:
    meeting_id: int
    title: str
    body_id: int
    body_name: str
    body_short_name: str
    language: Language
    starts_at: datetime
    ends_at: datetime
    place: str
    status: MeetingStatus
    quorum_rule: QuorumRule
    quorum_count: int | None
    majority_rule: MajorityRule
    seats: int
    current_item_id: int | None
    items: tuple[ItemState, ...]
    attendees: tuple[Attendee, ...]
    item: ItemDetail | None

    @property
    def editable(self) -> bool:
        return self.status in EDITABLE


def live_view(session: Session, meeting_id: int, item_id: int | None = None) -> LiveView | None:
    """The meeting screen for `meeting_id`, with `item_id` (else the meeting's current item,
    else the first) as the selected item. None when the meeting does not exist."""
    from .meeting_record import load_meeting_record

    try:
        record = load_meeting_record(session, meeting_id)
    except NotFound:
        return None
    return screen_view(record, item_id, today=date.today())


def screen_view(record: MeetingRecord, item_id: int | None = None, *, today: date) -> LiveView:
    """What the meeting screen shows of a meeting record (no database): the renderer of the
    screen, as the minutes and the JSON are of the documents."""
    items = record.items
    by_id = {it.id: it for it in items}

    def label(item_id: int | None) -> str:
        item = by_id.get(item_id) if item_id is not None else None
        if item is None:
            return ""
        return item.number or item.title

    states = tuple(
        ItemState(
            id=it.id,
            position=it.position,
            number=it.number,
            title=it.title,
            case_type=it.case_type,
            standard=it.standard,
            not_on_agenda=it.not_on_agenda,
            exempt=it.exempt,
            conclusion=it.conclusion.kind if it.conclusion is not None else None,
            without_quorum=bool(it.conclusion and it.conclusion.without_quorum),
            adopted=it.conclusion.adopted if it.conclusion is not None else None,
            quorum=it.quorum,
            has_notes=bool(it.notes),
        )
        for it in items
    )
    selected = (
        (by_id.get(item_id) if item_id is not None else None)
        or (by_id.get(record.current_item_id) if record.current_item_id is not None else None)
        or (items[0] if items else None)
    )

    # The attendance list: members in rank order, each deputy standing in right after the member.
    attendance = record.attendance
    by_seat = {a.membership_id: a for a in attendance if a.membership_id is not None}
    standing_in = {a.deputy_for_membership_id: a for a in attendance if a.deputy_for_membership_id is not None}

    def sort_key(a: AttendanceRecord) -> tuple[Any, ...]:
        if a.capacity == Capacity.DEPUTY and a.deputy_for_membership_id is not None:
            principal = by_seat.get(a.deputy_for_membership_id)
            if principal is not None and principal is not a:
                return (*sort_key(principal), 1)
        rank = _ROLE_RANK.get(a.role, 9) if a.role is not None else 9
        return (_CAPACITY_RANK[a.capacity], rank, *a.person.sort_key[:2], 0)

    attendees = []
    for a in sorted(attendance, key=sort_key):
        replaced = (
            standing_in.get(a.membership_id)
            if a.capacity == Capacity.MEMBER and a.membership_id is not None
            else None
        )
        attendees.append(
            Attendee(
                attendance_id=a.id,
                person_id=a.person.id,
                name=a.person.full_name,
                sort_name=f"{a.person.family_name} {a.person.given_name}",
                organisation=a.represents,
                role=a.role,
                capacity=a.capacity,
                status=a.status,
                membership_id=a.membership_id,
                rights=selected.rights_of(a.person.id) if selected is not None else NO_RIGHTS,
                deputy_for_membership_id=a.deputy_for_membership_id,
                deputy_for_name=a.deputy_for.full_name if a.deputy_for is not None else "",
                replaced_by_name=replaced.person.full_name if replaced is not None else "",
                from_item_id=a.from_item_id,
                from_number=label(a.from_item_id),
                until_item_id=a.until_item_id,
                until_number=label(a.until_item_id),
                guest_numbers=tuple(label(i) for i in a.guest_item_ids if i in by_id),
                guest_item_ids=a.guest_item_ids,
                note=a.note,
            )
        )

    body = record.body
    return LiveView(
        meeting_id=record.id,
        title=record.title,
        body_id=body.id,
        body_name=body.name,
        body_short_name=body.short_name,
        language=body.language,
        starts_at=record.starts_at,
        ends_at=record.ends_at,
        place=record.place or record.video_link,
        status=record.status,
        quorum_rule=body.quorum_rule,
        quorum_count=body.quorum_count,
        majority_rule=body.majority_rule,
        seats=record.voting_seats,
        current_item_id=record.current_item_id,
        items=states,
        attendees=tuple(attendees),
        item=_item_detail(record, selected, today) if selected is not None else None,
    )


def _item_detail(record: MeetingRecord, item: ItemRecord, today: date) -> ItemDetail:
    capacities = {a.person.id: a.capacity for a in record.attendance}
    positions = {p.id: p.position for p in item.proposals}
    proposal_rows = tuple(
        ProposalRow(
            id=p.id,
            position=p.position,
            text=p.text,
            from_agenda=p.from_agenda,
            by_person_id=p.put_forward_by.id if p.put_forward_by is not None else None,
            by_name=", ".join(
                x for x in (p.put_forward_by.full_name if p.put_forward_by else "", p.put_forward_by_text) if x
            ),
            by_capacity=capacities.get(p.put_forward_by.id) if p.put_forward_by is not None else None,
            amends_id=p.amends_id,
            amends_position=positions.get(p.amends_id) if p.amends_id else None,
            fate=p.fate,
            version=p.version,
        )
        for p in item.proposals
    )
    conclusion = item.conclusion
    votes: dict[int, VoteChoice] = {}
    conclusion_view = None
    if conclusion is not None:
        votes = {v.person.id: v.choice for v in conclusion.final_votes}  # the current round's
        conclusion_view = ConclusionView(
            kind=conclusion.kind,
            decision_text=conclusion.decision_text,
            version=conclusion.version,
            no_consensus_outcome=conclusion.no_consensus_outcome,
            adopted=conclusion.adopted,
            without_quorum=conclusion.without_quorum,
            voted_proposal_id=conclusion.voted_proposal_id,
            concluded_at=conclusion.concluded_at,
            tally=conclusion.tally,
            # in the record's order (Norwegian, by family name), as the minutes name them
            against=tuple(p.full_name for p in conclusion.voters(VoteChoice.AGAINST)),
            rounds=tuple(RoundRow(r.position, r.proposal_id, r.adopted, r.tally) for r in conclusion.rounds),
            protocol_entries=tuple(
                ProtocolRow(
                    id=e.id,
                    text=e.text,
                    behind=", ".join([p.full_name for p in e.supporters] + ([e.behind_text] if e.behind_text else [])),
                    supporter_ids=tuple(p.id for p in e.supporters),
                )
                for e in conclusion.protocol_entries
            ),
        )
    voters = []
    for a in record.attendance:
        if item.rights_of(a.person.id).may_vote:
            voters.append(
                VoteRow(
                    person_id=a.person.id,
                    name=a.person.full_name,
                    choice=votes.get(a.person.id),
                    deputy_for_name=a.deputy_for.full_name if a.deputy_for is not None else "",
                )
            )
    voters.sort(key=lambda v: norwegian_key(v.name))
    items = record.items
    index = items.index(item)
    return ItemDetail(
        id=item.id,
        number=item.number,
        title=item.title,
        case_type=item.case_type,
        standard=item.standard,
        responsible=item.responsible,
        background=item.background,
        proposed_decision=item.proposed_decision,
        notes=item.notes,
        exempt=item.exempt,
        exemption_basis=item.exemption_basis,
        not_on_agenda=item.not_on_agenda,
        quorum=item.quorum,
        proposals=proposal_rows,
        conclusion=conclusion_view,
        disqualifications=tuple(
            DisqualificationRow(d.id, d.person.id, d.person.full_name, d.ground, d.ground_text, d.decided_by_body)
            for d in item.disqualifications
        ),
        follow_ups=tuple(
            FollowUpLine(
                id=fu.id,
                what=fu.what,
                responsible=", ".join(
                    x
                    for x in (
                        fu.responsible_person.full_name if fu.responsible_person is not None else "",
                        fu.responsible_text,
                    )
                    if x
                ),
                due_on=fu.due_on,
                status=fu.status,
                overdue=fu.status == FollowUpStatus.OPEN and fu.due_on is not None and fu.due_on < today,
            )
            for fu in item.follow_ups
        ),
        voters=tuple(voters),
        previous_id=items[index - 1].id if index > 0 else None,
        next_id=items[index + 1].id if index + 1 < len(items) else None,
    )


@dataclass(frozen=True)
class DeputyChoice:
    membership_id: int
    person_id: int
    name: str
    personal: bool  # the member's own deputy (else one from the body's shared list)
    busy_for: str = ""  # already standing in for someone at this meeting

    @property
    def id(self) -> int:
        return self.membership_id


def deputy_candidates(session: Session, meeting_id: int, member_membership_id: int) -> list[DeputyChoice]:
    """The deputies who may stand in for a member at a meeting: the member's own first, then the
    body's shared list (rights.deputy_may_stand_in decides), in a few statements."""
    meeting = session.get(Meeting, meeting_id)
    member = session.get(Membership, member_membership_id)
    if meeting is None or member is None:
        return []
    day = meeting.starts_at.date()
    deputies = session.scalars(
        sa.select(Membership)
        .options(joinedload(Membership.person), joinedload(Membership.organisation),
                 joinedload(Membership.deputy_for).joinedload(Membership.person))
        .where(Membership.body_id == meeting.body_id, Membership.role == Role.DEPUTY)
    ).all()
    busy = {
        a.person_id: (a.deputy_for.person.full_name if a.deputy_for else "")
        for a in session.scalars(
            sa.select(Attendance)
            .options(joinedload(Attendance.deputy_for).joinedload(Membership.person))
            .where(
                Attendance.meeting_id == meeting_id,
                Attendance.deputy_for_id.is_not(None),
                Attendance.deputy_for_id != member.id,
                Attendance.status == AttendanceStatus.PRESENT,
            )
        )
    }
    out = [
        DeputyChoice(
            membership_id=d.id,
            person_id=d.person_id,
            name=d.person.full_name,
            personal=d.deputy_for_id == member.id,
            busy_for=busy.get(d.person_id, ""),
        )
        for d in deputies
        if deputy_may_stand_in(d, member, day) is None
    ]
    out.sort(key=lambda c: (not c.personal, norwegian_key(c.name)))
    return out


@dataclass(frozen=True)
class PersonChoice:
    id: int
    name: str
    detail: str = ""


def people_for_follow_up(session: Session, meeting_id: int) -> list[PersonChoice]:
    """Who a follow-up can be given to: everyone on the meeting's attendance list, then the
    body's current members who are not (one statement each)."""
    meeting = session.get(Meeting, meeting_id)
    if meeting is None:
        return []
    day = meeting.starts_at.date()
    rows = session.execute(
        sa.select(Person.id, Person.given_name, Person.family_name, Person.title)
        .join(Attendance, Attendance.person_id == Person.id)
        .where(Attendance.meeting_id == meeting_id)
        .order_by(sql_key(Person.family_name), sql_key(Person.given_name), Person.id)
    ).all()
    seen = {r.id for r in rows}
    more = session.execute(
        sa.select(Person.id, Person.given_name, Person.family_name, Person.title)
        .join(Membership, Membership.person_id == Person.id)
        .where(
            Membership.body_id == meeting.body_id,
            term_covers(Membership, day),
        )
        .order_by(sql_key(Person.family_name), sql_key(Person.given_name), Person.id)
    ).all()
    out = [PersonChoice(r.id, f"{r.given_name} {r.family_name}".strip(), r.title) for r in rows]
    for r in more:
        if r.id not in seen:
            seen.add(r.id)
            out.append(PersonChoice(r.id, f"{r.given_name} {r.family_name}".strip(), r.title))
    return out
