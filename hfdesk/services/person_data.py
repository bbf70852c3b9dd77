"""Innsyn: everything hfdesk keeps about one person, read into a frozen record.

The export (`hfdesk.exports.person_data`) renders it as a workbook the secretariat can send the
person who asked (personopplysningslova / GDPR art. 15). It holds:

* the register's fields of the person (name, job title, organisation, e-mail, phone, notes);
* every membership, ended ones included (body, role, rights, what it represents, term);
* every attendance (meeting, day, status, capacity, for whom a deputy came);
* every mention in a meeting's record or a body's case list: votes, proposals, protocol
  entries, disqualifications, follow-ups, cases the person is responsible for or put forward,
  meetings the person chaired, took the minutes of or signed the minutes of.

Attachments (vedlegg) are documents filed with a case, not register data, and are not read.
An exempt item (unnateke offentlegheit) is listed with its legal basis, so the secretariat can
judge what of it to send. Qt-free; reads only.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime

import sqlalchemy as sa
from sqlalchemy.orm import Session, aliased, joinedload

from ..models import (
    AgendaItem,
    Attendance,
    AttendanceStatus,
    Capacity,
    Conclusion,
    Disqualification,
    DisqualificationGround,
    FollowUp,
    FollowUpStatus,
    Meeting,
    MeetingStatus,
    Membership,
    MinutesSignature,
    Person,
    Proposal,
    ProtocolEntry,
    ProtocolEntrySupporter,
    Rights,
    Role,
    Vote,
    VoteChoice,
    VoteRound,
)
from ..sorting import norwegian_key
from .common import get_or_fail
from .represents import represents

# The kinds of mention, in the order a sheet lists a meeting's mentions.
CHAIR = "chair"
MINUTE_TAKER = "minute_taker"
SIGNATORY = "signatory"
RESPONSIBLE = "responsible"
PUT_FORWARD = "put_forward"
DISQUALIFIED = "disqualified"
PROPOSAL = "proposal"
PROTOCOL_ENTRY = "protocol_entry"
VOTE = "vote"
FOLLOW_UP = "follow_up"
MENTION_KINDS = (
    CHAIR, MINUTE_TAKER, SIGNATORY, RESPONSIBLE, PUT_FORWARD, DISQUALIFIED, PROPOSAL, PROTOCOL_ENTRY, VOTE,
    FOLLOW_UP,
)  # fmt: skip


@dataclass(frozen=True)
class Seat:
    body: str
    role: Role
    rights: Rights
    represents: str
    term_from: date
    term_to: date | None
    deputy_for: str  # the member a deputy stands for ('' otherwise)


@dataclass(frozen=True)
class Presence:
    body: str
    meeting: str  # the meeting's own title, '' when it has none
    starts_at: datetime
    meeting_status: MeetingStatus
    status: AttendanceStatus
    capacity: Capacity
    deputy_for: str  # whom a deputy came for
    note: str


@dataclass(frozen=True)
class Mention:
    kind: str  # one of MENTION_KINDS
    body: str
    starts_at: datetime | None  # the meeting's; None for a case not (yet) on a meeting
    case_number: str  # as the body writes it ("12/25"); '' for a meeting-wide mention or an unnumbered item
    case_title: str
    text: str = ""  # the proposal, the protocol entry, the follow-up, the ground for disqualification
    choice: VoteChoice | None = None  # a vote's
    ground: DisqualificationGround | None = None
    follow_up_status: FollowUpStatus | None = None
    due_on: date | None = None  # a follow-up's, or the day a signatory signed
    exemption: str = ""  # the legal basis, when the item is exempt from public access
    position: int = 0  # the item's place on the agenda (for the order only)


@dataclass(frozen=True)
class PersonData:
    id: int
    given_name: str
    family_name: str
    title: str
    organisation: str
    email: str
    phone: str
    notes: str
    seats: tuple[Seat, ...]
    attendance: tuple[Presence, ...]
    mentions: tuple[Mention, ...]

    @property
    def full_name(self) -> str:
        return f"{self.given_name} {self.family_name}".strip()


def person_data(session: Session, person_id: int) -> PersonData:
    """Everything kept about the person (NotFound for an unknown id)."""
    person = get_or_fail(session, Person, person_id)
    return PersonData(
        id=person.id,
        given_name=person.given_name,
        family_name=person.family_name,
        title=person.title,
        organisation=person.organisation.name if person.organisation is not None else "",
        email=person.email,
        phone=person.phone,
        notes=person.notes,
        seats=_seats(session, person),
        attendance=_attendance(session, person),
        mentions=_mentions(session, person),
    )


def _seats(session: Session, person: Person) -> tuple[Seat, ...]:
    rows = session.scalars(
        sa.select(Membership)
        .where(Membership.person_id == person.id)
        .options(
            joinedload(Membership.body),
            joinedload(Membership.organisation),
            joinedload(Membership.deputy_for).joinedload(Membership.person),
        )
    ).all()
    seats = [
        Seat(
            body=m.body.name,
            role=m.role,
            rights=m.rights,
            represents=represents(person, m),
            term_from=m.term_from,
            term_to=m.term_to,
            deputy_for=m.deputy_for.person.full_name if m.deputy_for is not None else "",
        )
        for m in rows
    ]
    seats.sort(key=lambda s: (norwegian_key(s.body), s.term_from))
    return tuple(seats)


def _attendance(session: Session, person: Person) -> tuple[Presence, ...]:
    rows = session.scalars(
        sa.select(Attendance)
        .join(Meeting, Meeting.id == Attendance.meeting_id)
        .where(Attendance.person_id == person.id)
        .order_by(Meeting.starts_at, Meeting.id)
        .options(
            joinedload(Attendance.meeting).joinedload(Meeting.body),
            joinedload(Attendance.deputy_for).joinedload(Membership.person),
        )
    ).all()
    return tuple(
        Presence(
            body=a.meeting.body.name,
            meeting=a.meeting.title,
            starts_at=a.meeting.starts_at,
            meeting_status=a.meeting.status,
            status=a.status,
            capacity=a.capacity,
            deputy_for=a.deputy_for.person.full_name if a.deputy_for is not None else "",
            note=a.note,
        )
        for a in rows
    )


def _item_mention(kind: str, item: AgendaItem, **fields: object) -> Mention:
    meeting = item.meeting
    return Mention(
        kind=kind,
        body=item.body.name,
        starts_at=meeting.starts_at if meeting is not None else None,
        case_number=item.number_label,
        case_title=item.title,
        exemption=item.exemption_basis if item.exempt else "",
        position=item.position,
        **fields,  # type: ignore[arg-type]
    )


def _meeting_mention(kind: str, meeting: Meeting, **fields: object) -> Mention:
    return Mention(
        kind=kind, body=meeting.body.name, starts_at=meeting.starts_at, case_number="",
        case_title=meeting.title, **fields,  # type: ignore[arg-type]
    )  # fmt: skip


def _items(session: Session, stmt: sa.Select[AgendaItem]) -> list[AgendaItem]:
    return list(
        session.scalars(
            stmt.options(joinedload(AgendaItem.meeting), joinedload(AgendaItem.body))
        ).unique()
    )


def _mentions(session: Session, person: Person) -> tuple[Mention, ...]:
    pid = person.id
    found: list[Mention] = []

    meetings = session.scalars(
        sa.select(Meeting)
        .where(sa.or_(Meeting.chair_id == pid, Meeting.minute_taker_id == pid))
        .options(joinedload(Meeting.body))
    ).all()
    for m in meetings:
        if m.chair_id == pid:
            found.append(_meeting_mention(CHAIR, m))
        if m.minute_taker_id == pid:
            found.append(_meeting_mention(MINUTE_TAKER, m))
    for sig in session.scalars(
        sa.select(MinutesSignature)
        .where(MinutesSignature.person_id == pid)
        .options(joinedload(MinutesSignature.meeting).joinedload(Meeting.body))
    ):
        found.append(_meeting_mention(SIGNATORY, sig.meeting, due_on=sig.signed_on))

    for item in _items(session, sa.select(AgendaItem).where(AgendaItem.responsible_person_id == pid)):
        found.append(_item_mention(RESPONSIBLE, item, text=item.responsible))
    for item in _items(session, sa.select(AgendaItem).where(AgendaItem.put_forward_by_person_id == pid)):
        found.append(_item_mention(PUT_FORWARD, item, text=item.put_forward_by))

    for d in session.scalars(
        sa.select(Disqualification).where(Disqualification.person_id == pid).options(joinedload(Disqualification.item))
    ):
        found.append(_item_mention(DISQUALIFIED, d.item, ground=d.ground, text=d.ground_text))
    for p in session.scalars(
        sa.select(Proposal).where(Proposal.put_forward_by_id == pid).options(joinedload(Proposal.item))
    ):
        found.append(_item_mention(PROPOSAL, p.item, text=p.text))
    for entry in session.scalars(
        sa.select(ProtocolEntry)
        .join(ProtocolEntrySupporter, ProtocolEntrySupporter.entry_id == ProtocolEntry.id)
        .where(ProtocolEntrySupporter.person_id == pid)
        .options(joinedload(ProtocolEntry.conclusion).joinedload(Conclusion.item))
    ):
        found.append(_item_mention(PROTOCOL_ENTRY, entry.conclusion.item, text=entry.text))
    voted = aliased(Proposal)
    for vote, proposal_text in session.execute(
        sa.select(Vote, voted.text)
        .join(VoteRound, VoteRound.id == Vote.round_id)
        .outerjoin(voted, voted.id == VoteRound.proposal_id)
        .where(Vote.person_id == pid)
        .order_by(Vote.conclusion_id, VoteRound.position)
        .options(joinedload(Vote.conclusion).joinedload(Conclusion.item))
    ):
        found.append(_item_mention(VOTE, vote.conclusion.item, choice=vote.choice, text=proposal_text or ""))
    for f in session.scalars(
        sa.select(FollowUp)
        .where(FollowUp.responsible_person_id == pid)
        .options(joinedload(FollowUp.item), joinedload(FollowUp.body))
    ):
        if f.item is not None:
            found.append(
                _item_mention(FOLLOW_UP, f.item, text=f.what, follow_up_status=f.status, due_on=f.due_on)
            )
        else:
            found.append(
                Mention(
                    kind=FOLLOW_UP, body=f.body.name, starts_at=None, case_number="", case_title="",
                    text=f.what, follow_up_status=f.status, due_on=f.due_on,
                )  # fmt: skip
            )

    order = {kind: i for i, kind in enumerate(MENTION_KINDS)}
    found.sort(key=lambda m: (m.starts_at or datetime.max, norwegian_key(m.body), m.position, order[m.kind]))
    return tuple(found)


def person_file_name(session: Session, person_id: int, word: str, on: date | None = None) -> str:
    """The name the innsyn workbook is offered under: "Personopplysningar Kari Nordmann
    2026-11-23.xlsx" (`word` first; characters Windows refuses become "-")."""
    from ..fileio import safe_file_name

    person = get_or_fail(session, Person, person_id)
    on = on or date.today()
    return safe_file_name(f"{word} {person.full_name} {on:%Y-%m-%d}", replacement="-") + ".xlsx"


def name_and_seats(session: Session, person_id: int) -> tuple[str, list[str]]:
    """The person's name and the bodies they sit in or are appointed to (`register.seats_held`):
    what the screen asks about before removing contact details."""
    from .register import seats_held

    person = get_or_fail(session, Person, person_id)
    return person.full_name, seats_held(session, person.id)
