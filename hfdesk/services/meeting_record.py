"""One meeting record: a meeting read once into plain frozen data (issue 16).

The meeting screen, the notice, the minutes and the meeting JSON are renderers of this
record; none of them reads the database. `load_meeting_record(session, meeting_id)` reads
everything in a fixed number of statements (it does not grow with the number of items,
attendees or other meetings) and decides, with `rights.py`, everyone's presence and rights
at every item and the quorum there; `represents.py` gives each seat its one text.

`public_view(record)` is the one function that decides what the public may see: every
public document (the public minutes, the public notice, the public JSON) renders the record
it returns. What it does:

* an exempt item (unnateke offentlegheit) keeps its place, its number and its legal basis;
  everything else of it goes (title, texts, responsible, proposals, disqualifications,
  conclusion, follow-ups, attachments, notes), and it is marked `withheld`;
* a guest who came only for exempt items is left off the attendance list (who came for an
  exempt case is part of what is exempt); a guest at both kinds keeps the open items only;
* the secretary's free-text note on an attendance is internal and goes.

Qt-free; the records hold no session and no ORM object.
"""

from __future__ import annotations

import dataclasses
import functools
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session, aliased, joinedload

from ..errors import NotFound
from ..models import (
    AgendaItem,
    Body,
    Attendance,
    AttendanceStatus,
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
    MinutesKind,
    NoConsensusOutcome,
    Person,
    ProposalFate,
    QuorumRule,
    Rights,
    Role,
    SpeakerEntry,
    StandardItem,
    VoteChoice,
)
from ..models import Conclusion as ConclusionRow
from ..models import tables
from ..models.register import term_covers
from ..sorting import SortKey, person_sort_key
from .represents import represents
from .rights import (
    NO_RIGHTS,
    ItemRights,
    Quorum,
    is_voting_seat,
    quorum_required,
    rights_by_item,
    stands_in_for_item,
)
from .settings import partnership_name
from .speakers import in_speaking_order

DECIDING = (ConclusionKind.CONSENSUS, ConclusionKind.CONSENSUS_WITH_PROTOCOL, ConclusionKind.VOTE)


# --- the record ----------------------------------------------------------------------------------


@dataclass(frozen=True)
class PersonRecord:
    id: int
    given_name: str
    family_name: str
    title: str = ""
    organisation: str = ""
    email: str = ""
    phone: str = ""

    @property
    def full_name(self) -> str:
        return f"{self.given_name} {self.family_name}".strip()

    @property
    def sort_key(self) -> tuple[SortKey, SortKey, int]:
        """Norwegian alphabetical order by family name, then given name (hfdesk.sorting)."""
        return (*person_sort_key(self.family_name, self.given_name), self.id)


@dataclass(frozen=True)
class BodyRecord:
    id: int
    name: str
    short_name: str
    level: int
    language: Language
    minutes_kind: MinutesKind
    quorum_rule: QuorumRule
    quorum_count: int | None
    majority_rule: MajorityRule
    case_number_pattern: str = "N/YY"  # how the body writes its case numbers (services.case_numbers)
    minutes_signatories: int = 0  # justering: how many named people approve the minutes
    minutes_list_speakers: bool = False  # the minutes say who spoke at each item (revision 0010)
    minutes_item_times: bool = False  # the minutes say when each item was treated (revision 0010)


@dataclass(frozen=True)
class SeatRecord:
    """A seat called in to the meeting (the notice's list): a member, an observer, the secretary."""

    membership_id: int
    person: PersonRecord
    role: Role
    rights: Rights
    represents: str


@dataclass(frozen=True)
class AttendanceRecord:
    id: int
    person: PersonRecord
    capacity: Capacity
    status: AttendanceStatus
    membership_id: int | None
    role: Role | None  # the role of the seat the person attends in
    seat_rights: Rights | None
    represents: str  # the one text (services/represents.py)
    deputy_for_membership_id: int | None = None
    deputy_for: PersonRecord | None = None  # the member a deputy stands in for
    from_item_id: int | None = None
    until_item_id: int | None = None
    guest_item_ids: tuple[int, ...] = ()
    note: str = ""
    uuid: str = ""
    # A deputy called in for one item alone, in the seat of a member disqualified there
    # (rights.stands_in_for_item): that item's id.
    for_item_id: int | None = None

    @property
    def present(self) -> bool:
        return self.status == AttendanceStatus.PRESENT


@dataclass(frozen=True)
class AttachmentRecord:
    filename: str
    title: str
    mime_type: str
    size: int
    sha256: str
    content: bytes | None = None  # only when loaded with attachment_content=True


@dataclass(frozen=True)
class SpeakerRecord:
    """Someone who had the floor at an item (services/speakers.py), in speaking order; a reply
    (replikk) names the speaker it answered."""

    person: PersonRecord
    reply: bool
    spoke: bool  # had the floor (a request never called is kept, but not printed as spoken)


@dataclass(frozen=True)
class ProposalRecord:
    id: int
    position: int
    text: str
    from_agenda: bool
    put_forward_by: PersonRecord | None
    put_forward_by_text: str
    amends_id: int | None
    fate: ProposalFate = ProposalFate.PENDING
    uuid: str = ""
    version: int | None = None  # the row's version (revision 0007): meeting mode saves a correction with it


@dataclass(frozen=True)
class DisqualificationRecord:
    id: int
    person: PersonRecord
    ground: DisqualificationGround
    ground_text: str
    decided_by_body: bool


@dataclass(frozen=True)
class VoteRecord:
    person: PersonRecord
    choice: VoteChoice
    uuid: str = ""


@dataclass(frozen=True)
class VoteRoundRecord:
    """One round of a vote: the proposal put to it, its votes (by family name) and the outcome."""

    position: int
    proposal_id: int | None
    adopted: bool | None
    votes: tuple[VoteRecord, ...]
    uuid: str = ""

    @property
    def tally(self) -> dict[VoteChoice, int]:
        counted = Counter(v.choice for v in self.votes)
        return {c: counted.get(c, 0) for c in VoteChoice}


@dataclass(frozen=True)
class ProtocolEntryRecord:
    id: int
    position: int
    text: str
    behind_text: str
    supporters: tuple[PersonRecord, ...]  # by family name
    uuid: str = ""


@dataclass(frozen=True)
class ConclusionRecord:
    kind: ConclusionKind
    decision_text: str
    no_consensus_outcome: NoConsensusOutcome | None
    voted_proposal_id: int | None
    adopted: bool | None
    without_quorum: bool
    concluded_at: datetime | None
    protocol_entries: tuple[ProtocolEntryRecord, ...]
    rounds: tuple[VoteRoundRecord, ...] = ()  # in the order they were held; the last decided
    uuid: str = ""
    version: int | None = None  # the row's version (revision 0007): meeting mode saves the decision with it

    @property
    def votes(self) -> tuple[VoteRecord, ...]:
        """Every round's votes, by family name."""
        return tuple(sorted((v for r in self.rounds for v in r.votes), key=lambda v: v.person.sort_key))

    @property
    def final_votes(self) -> tuple[VoteRecord, ...]:
        """The last round's votes (the item's outcome), by family name."""
        return self.rounds[-1].votes if self.rounds else ()

    @property
    def tally(self) -> dict[VoteChoice, int]:
        """The last round's tally: the round that decided the item."""
        counted = Counter(v.choice for v in self.final_votes)
        return {c: counted.get(c, 0) for c in VoteChoice}

    def voters(self, choice: VoteChoice) -> tuple[PersonRecord, ...]:
        """Who voted `choice` in the last round."""
        return tuple(v.person for v in self.final_votes if v.choice == choice)

    @property
    def has_vote(self) -> bool:
        return bool(self.votes) or self.adopted is not None


@dataclass(frozen=True)
class FollowUpRecord:
    id: int
    what: str
    responsible_person: PersonRecord | None
    responsible_text: str
    due_on: date | None
    status: FollowUpStatus
    done_on: date | None
    uuid: str = ""

    @property
    def responsible(self) -> str:
        """Who is responsible, as one line (the person, else the party as written)."""
        if self.responsible_person is not None:
            return self.responsible_person.full_name
        return self.responsible_text


@dataclass(frozen=True)
class CaseRecord:
    """The case an item treats: it exists once and can be treated in several meetings and bodies."""

    uuid: str
    title: str
    reference: str  # the archive's case number, "" until it has one


@dataclass(frozen=True)
class TreatmentRecord:
    """An earlier treatment of an item's case (issue 19, point 6): a case deferred or sent back
    comes back as the same case, and the minutes, the notice and the case editor name where it was
    before ("Saka vart utsett i møte 12. mars 2026, sak 7/26"; `words.earlier_treatment_line`)."""

    item_id: int
    body_id: int
    body_name: str
    body_short_name: str
    meeting_id: int
    meeting_starts_at: datetime
    number: str  # as that body writes it, "" when unnumbered
    kind: ConclusionKind | None  # None: the item was not concluded there
    no_consensus_outcome: NoConsensusOutcome | None
    decision_text: str  # "" in the public view

    @property
    def came_back(self) -> bool:
        """Deferred, or no consensus and sent back: the treatment that made this one."""
        return self.kind == ConclusionKind.DEFERRED or (
            self.kind == ConclusionKind.NO_CONSENSUS and self.no_consensus_outcome == NoConsensusOutcome.RETURNED
        )


@dataclass(frozen=True)
class MinutesRef:
    """The minutes an approval item approves: a meeting of the body (or the item's own meeting,
    approving its minutes at its end)."""

    meeting_id: int
    uuid: str
    starts_at: datetime
    status: MeetingStatus
    own: bool  # the item's own meeting


@dataclass(frozen=True)
class SignatureRecord:
    """Justering: a person named to approve the minutes, and the day they did (None: not yet)."""

    person: PersonRecord
    position: int
    signed_on: date | None


@dataclass(frozen=True)
class PresenceRecord:
    """One attendee's presence and rights at one item (rights.py decided them)."""

    attendance_id: int
    person_id: int
    rights: ItemRights


@dataclass(frozen=True)
class ItemRecord:
    id: int
    position: int
    number: str  # as the body writes it ("12/26", "2026/12"), "" while unnumbered
    standard: StandardItem | None
    case_type: CaseType
    title: str
    responsible: str  # as written, else the responsible person's name
    responsible_person: PersonRecord | None
    put_forward_by: str
    put_forward_by_person: PersonRecord | None
    background: str
    proposed_decision: str
    priority_groups: tuple[int, ...]
    exempt: bool
    exemption_basis: str
    duration_minutes: int
    starts_at: datetime  # the clock time of the item's slot (meeting start + the slots before)
    notes: str
    not_on_agenda: bool
    attachments: tuple[AttachmentRecord, ...]
    proposals: tuple[ProposalRecord, ...]
    disqualifications: tuple[DisqualificationRecord, ...]  # by family name
    conclusion: ConclusionRecord | None
    follow_ups: tuple[FollowUpRecord, ...]
    presence: tuple[PresenceRecord, ...]  # every attendee, in attendance order
    quorum: Quorum
    withheld: bool = False  # public view: an exempt item reduced to its number and basis
    uuid: str = ""
    case: CaseRecord | None = None  # the case this item is a treatment of
    approves: MinutesRef | None = None  # an approval item: the minutes it approves
    # The case's treatments in meetings before this one, oldest first (a case deferred or sent back
    # comes back as the same case): what the history line of the minutes and the notice names.
    earlier: tuple[TreatmentRecord, ...] = ()
    number_key: tuple[int, int] | None = None  # (year, seq): for sorting and services.case_numbers.canonical
    speakers: tuple[SpeakerRecord, ...] = ()  # the speakers list, in speaking order (revision 0010)
    treated_from: datetime | None = None  # when the item was actually treated (services/item_clock.py)
    treated_until: datetime | None = None

    @property
    def put_forward(self) -> str:
        """Who put the case forward, as written, else the registered person's name."""
        if self.put_forward_by:
            return self.put_forward_by
        return self.put_forward_by_person.full_name if self.put_forward_by_person is not None else ""

    @property
    def flagged(self) -> bool:
        """A decision under Eventuelt on a case that was not on the agenda, or recorded on the
        Eventuelt item itself (nothing on it was on the agenda either)."""
        raised = self.not_on_agenda or self.standard == StandardItem.OTHER_BUSINESS
        return raised and self.conclusion is not None and self.conclusion.kind in DECIDING

    @property
    def agenda_proposal(self) -> str:
        """The proposed decision as the agenda had it (its proposal, else the item's text)."""
        return next((p.text for p in self.proposals if p.from_agenda), "") or self.proposed_decision

    def rights_of(self, person_id: int) -> ItemRights:
        for p in self.presence:
            if p.person_id == person_id:
                return p.rights
        return NO_RIGHTS

    def proposal(self, proposal_id: int | None) -> ProposalRecord | None:
        return next((p for p in self.proposals if p.id == proposal_id), None)


@dataclass(frozen=True)
class ApprovalRecord:
    """How the minutes were approved: in an item of a later meeting or at the meeting's own end,
    by the named signatories (justering), or by circulation."""

    approved_on: date | None
    meeting_id: int | None  # the meeting whose item approved them
    meeting_starts_at: datetime | None
    item_number: str | None
    other_body: str | None  # that meeting's body (short name) when it is not this body
    meeting_uuid: str | None = None
    own: bool = False  # in the meeting itself, in its closing approval item
    by_signatories: bool = False  # every named signatory signed (MeetingRecord.signatures)
    item_number_key: tuple[int, int] | None = None  # (year, seq) of item_number

    @property
    def by_circulation(self) -> bool:
        return self.meeting_id is None and not self.by_signatories


@dataclass(frozen=True)
class MeetingRecord:
    id: int
    title: str
    starts_at: datetime
    ends_at: datetime
    place: str
    video_link: str
    status: MeetingStatus
    cancelled_reason: str
    chair: PersonRecord | None
    minute_taker: PersonRecord | None
    notice_sent_at: datetime | None
    current_item_id: int | None
    body: BodyRecord
    partnership: str
    voting_seats: int
    voters_present: int  # seats with the vote held at one item or more (never more than the seats)
    items: tuple[ItemRecord, ...]  # in agenda order
    attendance: tuple[AttendanceRecord, ...]  # by capacity, then family name
    invited: tuple[SeatRecord, ...]  # the seats called in (members, observers), leader first
    secretary: PersonRecord | None  # the secretariat's contact for the notice
    approval: ApprovalRecord | None
    public: bool = False  # made by public_view
    uuid: str = ""
    archive_reference: str = ""  # "Vår ref." on the notice
    calendar_sequence: int = 0  # the invitation's SEQUENCE
    signatures: tuple[SignatureRecord, ...] = ()  # justering, in order
    deputies: tuple[SeatRecord, ...] = ()  # the body's deputies on the day (the notice's copy)

    def item(self, item_id: int | None) -> ItemRecord | None:
        return next((i for i in self.items if i.id == item_id), None) if item_id is not None else None

    def attendance_of(self, person_id: int) -> AttendanceRecord | None:
        return next((a for a in self.attendance if a.person.id == person_id), None)

    def number_of(self, item_id: int | None) -> str:
        item = self.item(item_id)
        return item.number if item is not None else ""

    @property
    def approved(self) -> bool:
        return self.status == MeetingStatus.MINUTES_APPROVED


# --- the one public view ---------------------------------------------------------------------------


def public_view(record: MeetingRecord) -> MeetingRecord:
    """What the public may see of `record` (the module docstring says what changes)."""
    if record.public:
        return record
    withheld = {i.id for i in record.items if i.exempt}
    items = tuple(
        _withhold(i)
        if i.id in withheld
        else dataclasses.replace(i, earlier=tuple(dataclasses.replace(t, decision_text="") for t in i.earlier))
        for i in record.items
    )
    attendance = []
    for a in record.attendance:
        if a.capacity == Capacity.GUEST and a.guest_item_ids:
            open_items = tuple(i for i in a.guest_item_ids if i not in withheld)
            if not open_items:
                continue
            a = dataclasses.replace(a, guest_item_ids=open_items)
        attendance.append(dataclasses.replace(a, note=""))
    return dataclasses.replace(record, items=items, attendance=tuple(attendance), public=True)


def _withhold(item: ItemRecord) -> ItemRecord:
    return dataclasses.replace(
        item,
        title="",
        responsible="",
        responsible_person=None,
        put_forward_by="",
        put_forward_by_person=None,
        background="",
        proposed_decision="",
        priority_groups=(),
        notes="",
        attachments=(),
        proposals=(),
        disqualifications=(),
        conclusion=None,
        follow_ups=(),
        presence=(),
        withheld=True,
        case=None,
        earlier=(),
        speakers=(),
        treated_from=None,
        treated_until=None,
    )


# --- loading --------------------------------------------------------------------------------------

_CAPACITY_ORDER = {c: i for i, c in enumerate(Capacity)}
_ROLE_ORDER = {role: i for i, role in enumerate(Role)}


# The loader's statements, each built once when first used (not at import: naming a relationship
# sets up every mapper, which the start leaves until the window is idle). Building a statement
# with its loader options and working out its cache key cost more than running it on SQLite
# (issue 16's open-a-meeting figure).
@functools.cache
def _meeting() -> sa.Select[Meeting]:
    return (
        sa.select(Meeting)
        .where(Meeting.id == sa.bindparam("meeting_id"))
        .options(
            joinedload(Meeting.body),
            joinedload(Meeting.chair).joinedload(Person.organisation),
            joinedload(Meeting.minute_taker).joinedload(Person.organisation),
        )
    )


@functools.cache
def _attendances() -> sa.Select[Attendance]:
    return (
        sa.select(Attendance)
        .where(Attendance.meeting_id == sa.bindparam("meeting_id"))
        .options(
            joinedload(Attendance.person).joinedload(Person.organisation),
            joinedload(Attendance.membership).joinedload(Membership.organisation),
            joinedload(Attendance.deputy_for).joinedload(Membership.person).joinedload(Person.organisation),
        )
    )


@functools.cache
def _seats_on_day() -> sa.Select[Membership]:
    return (
        sa.select(Membership)
        .where(
            Membership.body_id == sa.bindparam("body_id"),
            term_covers(Membership, sa.bindparam("day")),
        )
        .options(
            joinedload(Membership.person).joinedload(Person.organisation),
            joinedload(Membership.organisation),
        )
    )


@functools.cache
def _speakers() -> sa.Select[SpeakerEntry]:
    return (
        sa.select(SpeakerEntry)
        .where(SpeakerEntry.item_id.in_(sa.bindparam("item_ids", expanding=True)))
        .options(joinedload(SpeakerEntry.person).joinedload(Person.organisation))
        .order_by(SpeakerEntry.position, SpeakerEntry.id)
    )


@functools.cache
def _agenda() -> sa.Select[AgendaItem, bool]:
    """The meeting's agenda items with their case, conclusion and people, and whether each
    item's case was treated on another meeting too (read below, only when it was)."""
    other = aliased(AgendaItem)
    came_before = sa.exists().where(
        other.case_id == AgendaItem.case_id, other.id != AgendaItem.id, other.meeting_id.is_not(None)
    )
    return (
        sa.select(AgendaItem, came_before)
        .where(AgendaItem.meeting_id == sa.bindparam("meeting_id"))
        .order_by(AgendaItem.position, AgendaItem.id)
        .options(
            joinedload(AgendaItem.case),
            joinedload(AgendaItem.approves_meeting),
            joinedload(AgendaItem.conclusion),
            joinedload(AgendaItem.responsible_person).joinedload(Person.organisation),
            joinedload(AgendaItem.put_forward_by_person).joinedload(Person.organisation),
        )
    )


def _with_person(rows: sa.FromClause, person_id: sa.ColumnElement[Any]) -> tuple[sa.FromClause, list[Any]]:
    """`rows` joined to the person `person_id` names (None when it names none) and their
    organisation (one flat join: SQLite reads a nested one in full), and the person's columns
    (read by the loader's `person_in`)."""
    person, organisation = tables.PEOPLE.alias(), tables.ORGANISATIONS.alias()
    joined = rows.outerjoin(person, person.c.id == person_id).outerjoin(
        organisation, organisation.c.id == person.c.organisation_id
    )
    columns = [
        person.c.id.label("p_id"),
        person.c.given_name.label("p_given_name"),
        person.c.family_name.label("p_family_name"),
        person.c.title.label("p_title"),
        person.c.email.label("p_email"),
        person.c.phone.label("p_phone"),
        organisation.c.name.label("p_organisation"),
    ]
    return joined, columns


def _of_items(table: sa.Table) -> sa.ColumnElement[bool]:
    return table.c.item_id.in_(sa.bindparam("item_ids", expanding=True))


@functools.cache
def _item_parts(attachment_content: bool) -> dict[str, sa.Select[Any]]:
    """The rows of the items' collections, one statement each, as plain rows (`models.tables`)."""
    proposals, proposer = _with_person(tables.PROPOSALS, tables.PROPOSALS.c.put_forward_by_id)
    disqualified, disqualified_person = _with_person(tables.DISQUALIFICATIONS, tables.DISQUALIFICATIONS.c.person_id)
    follow_ups, responsible = _with_person(tables.FOLLOW_UPS, tables.FOLLOW_UPS.c.responsible_person_id)
    a = tables.ATTACHMENTS
    return {
        "proposals": sa.select(tables.PROPOSALS, *proposer)
        .select_from(proposals)
        .where(_of_items(tables.PROPOSALS))
        .order_by(tables.PROPOSALS.c.position, tables.PROPOSALS.c.id),
        "disqualifications": sa.select(tables.DISQUALIFICATIONS, *disqualified_person)
        .select_from(disqualified)
        .where(_of_items(tables.DISQUALIFICATIONS)),
        "follow_ups": sa.select(tables.FOLLOW_UPS, *responsible)
        .select_from(follow_ups)
        .where(_of_items(tables.FOLLOW_UPS))
        .order_by(tables.FOLLOW_UPS.c.id),
        "priority_groups": sa.select(tables.ITEM_PRIORITY_GROUPS.c.item_id, tables.ITEM_PRIORITY_GROUPS.c.group)
        .where(_of_items(tables.ITEM_PRIORITY_GROUPS))
        .order_by(tables.ITEM_PRIORITY_GROUPS.c.group),
        "attachments": sa.select(
            a.c.item_id, a.c.filename, a.c.title, a.c.mime_type, a.c.size, a.c.sha256,
            a.c.content if attachment_content else sa.null().label("content"),
        )
        .where(_of_items(a))
        .order_by(a.c.position, a.c.id),
        "timings": sa.select(tables.ITEM_TIMINGS.c.item_id, tables.ITEM_TIMINGS.c.started_at, tables.ITEM_TIMINGS.c.ended_at)
        .where(_of_items(tables.ITEM_TIMINGS)),
    }  # fmt: skip


@functools.cache
def _conclusion_parts() -> dict[str, sa.Select[Any]]:
    """The conclusions' vote rounds with their votes, and protocol entries with their
    supporters: a round without votes or an entry without supporters is one row, its vote's
    or supporter's columns None."""
    r, v, e, sup = tables.VOTE_ROUNDS, tables.VOTES, tables.PROTOCOL_ENTRIES, tables.PROTOCOL_ENTRY_SUPPORTERS
    votes, voter = _with_person(r.outerjoin(v, v.c.round_id == r.c.id), v.c.person_id)
    entries, supporter = _with_person(e.outerjoin(sup, sup.c.entry_id == e.c.id), sup.c.person_id)
    of_conclusions: sa.BindParameter[list[int]] = sa.bindparam("conclusion_ids", expanding=True)
    return {
        "rounds": sa.select(
            r.c.conclusion_id, r.c.id, r.c.position, r.c.proposal_id, r.c.adopted, r.c.uuid,
            v.c.choice, v.c.uuid.label("vote_uuid"), *voter,
        )
        .select_from(votes)
        .where(r.c.conclusion_id.in_(of_conclusions))
        .order_by(r.c.position, r.c.id, v.c.id),
        "entries": sa.select(
            e.c.conclusion_id, e.c.id, e.c.position, e.c.text, e.c.behind_text, e.c.uuid, *supporter
        )
        .select_from(entries)
        .where(e.c.conclusion_id.in_(of_conclusions))
        .order_by(e.c.position, e.c.id),
    }  # fmt: skip


@functools.cache
def _meeting_parts() -> dict[str, sa.Select[Any]]:
    """The meeting's minutes signatories, and which items each guest attends."""
    signatures, signer = _with_person(tables.MINUTES_SIGNATURES, tables.MINUTES_SIGNATURES.c.person_id)
    g, att = tables.GUEST_ITEMS, tables.ATTENDANCES
    meeting: sa.BindParameter[int] = sa.bindparam("meeting_id")
    return {
        "signatures": sa.select(tables.MINUTES_SIGNATURES, *signer)
        .select_from(signatures)
        .where(tables.MINUTES_SIGNATURES.c.meeting_id == meeting)
        .order_by(tables.MINUTES_SIGNATURES.c.position, tables.MINUTES_SIGNATURES.c.id),
        "guests": sa.select(g.c.attendance_id, g.c.item_id)
        .select_from(g.join(att, att.c.id == g.c.attendance_id))
        .where(att.c.meeting_id == meeting),
    }


def _by_key(rows: Sequence[sa.Row[Any]], key: str) -> dict[int, list[sa.Row[Any]]]:
    out: dict[int, list[sa.Row[Any]]] = {}
    for row in rows:
        out.setdefault(getattr(row, key), []).append(row)
    return out


def load_meeting_record(session: Session, meeting_id: int, *, attachment_content: bool = False) -> MeetingRecord:
    """Read meeting `meeting_id` into a MeetingRecord. Raises NotFound for an unknown id.
    `attachment_content` reads the attachments' bytes too (the internal JSON carries them)."""
    meeting = session.scalar(_meeting(), {"meeting_id": meeting_id})
    if meeting is None:
        raise NotFound("meeting.not_found_id", meeting_id=meeting_id)
    body = meeting.body
    day = meeting.starts_at.date()
    attendances = list(session.scalars(_attendances(), {"meeting_id": meeting_id}).unique())
    rows = session.execute(_agenda(), {"meeting_id": meeting_id}).unique().all()
    items = [row[0] for row in rows]
    item_ids = [i.id for i in items]
    meeting_parts = {
        name: session.execute(statement, {"meeting_id": meeting_id}).all()
        for name, statement in _meeting_parts().items()
    }
    parts = {
        name: _by_key(session.execute(statement, {"item_ids": item_ids}).all() if item_ids else [], "item_id")
        for name, statement in _item_parts(attachment_content).items()
    }
    conclusion_ids = [i.conclusion.id for i in items if i.conclusion is not None]
    conclusion_parts = {
        name: _by_key(
            session.execute(statement, {"conclusion_ids": conclusion_ids}).all() if conclusion_ids else [],
            "conclusion_id",
        )
        for name, statement in _conclusion_parts().items()
    }
    guests: dict[int, set[int]] = {}
    for attendance_id, item_id in meeting_parts["guests"]:
        guests.setdefault(attendance_id, set()).add(item_id)
    earlier = earlier_treatments(session, [item for item, before in rows if before])
    seats_on_day = list(session.scalars(_seats_on_day(), {"body_id": body.id, "day": day}).unique())
    seats = sum(1 for m in seats_on_day if is_voting_seat(m))  # rights.voting_seats, from the seats read
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

    def person_in(row: sa.Row[Any]) -> PersonRecord | None:
        """The person in a row of `_with_person`'s columns (None when it names none)."""
        if row.p_id is None:
            return None
        return remembered(
            row.p_id, row.p_given_name, row.p_family_name, row.p_title, row.p_organisation, row.p_email, row.p_phone
        )

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
                    person=someone(a.person),
                    capacity=a.capacity,
                    status=a.status,
                    membership_id=a.membership_id,
                    role=a.membership.role if a.membership is not None else None,
                    seat_rights=a.membership.rights if a.membership is not None else None,
                    represents=represents(a.person, None if a.capacity == Capacity.GUEST else a.membership),
                    deputy_for_membership_id=a.deputy_for_id,
                    deputy_for=person(a.deputy_for.person) if a.deputy_for is not None else None,
                    from_item_id=a.from_item_id,
                    until_item_id=a.until_item_id,
                    guest_item_ids=tuple(sorted(guests.get(a.id, ()), key=lambda i: _position(items, i))),
                    note=a.note,
                    uuid=a.uuid,
                    for_item_id=stands_in_for_item(
                        a.capacity,
                        a.from_item_id,
                        a.until_item_id,
                        a.deputy_for.person_id if a.deputy_for is not None else None,
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
    speaker_rows = list(session.scalars(_speakers(), {"item_ids": item_ids}))
    speakers_by_item: dict[int, list[SpeakerEntry]] = {}
    for e in speaker_rows:
        speakers_by_item.setdefault(e.item_id, []).append(e)
    speakers_by_item = {k: in_speaking_order(v) for k, v in speakers_by_item.items()}
    timings = {item_id: found[0] for item_id, found in parts["timings"].items()}  # one per item
    clock = meeting.starts_at
    item_records = []
    voters_anywhere: set[tuple[str, int]] = set()
    rights = rights_by_item(attendances, items, out_of_items, guests)
    attendees = [(a.id, a.person_id, _seat_key(a)) for a in attendances]  # read once, not once per item
    for item in items:
        presence = tuple(
            PresenceRecord(attendance_id, person_id, at)
            for (attendance_id, person_id, _seat), at in zip(attendees, rights[item.id], strict=True)
        )
        voting = sum(1 for p in presence if p.rights.may_vote)
        # Seats, not people: a deputy standing in holds the member's seat (one seat, however many
        # sat in it during the meeting).
        voters_anywhere.update(
            seat for (_id, _person, seat), p in zip(attendees, presence, strict=True) if p.rights.may_vote
        )
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

    invited = tuple(
        SeatRecord(m.id, someone(m.person), m.role, m.rights, represents(m.person, m))
        for m in sorted(
            (m for m in seats_on_day if m.role != Role.SECRETARY),
            key=lambda m: (
                _ROLE_ORDER[m.role], *person_sort_key(m.person.family_name, m.person.given_name), m.id
            ),
        )
    )
    deputies = tuple(
        SeatRecord(m.id, someone(m.person), m.role, m.rights, represents(m.person, m))
        for m in sorted(deputy_seats, key=lambda m: (m.person.family_name, m.person.given_name, m.id))
    )
    secretaries = sorted(
        (m for m in seats_on_day if m.role == Role.SECRETARY),
        key=lambda m: (*person_sort_key(m.person.family_name, m.person.given_name), m.id),
    )
    secretary = someone(secretaries[0].person) if secretaries else person(meeting.minute_taker)

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


def _seat_key(a: Attendance) -> tuple[str, int]:
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
    return session.scalar(_previous(), {"body_id": meeting.body_id, "starts_at": meeting.starts_at})


@functools.cache
def _previous() -> sa.Select[Meeting]:
    return (
        sa.select(Meeting)
        .where(
            Meeting.body_id == sa.bindparam("body_id"),
            Meeting.starts_at < sa.bindparam("starts_at"),
            Meeting.status != MeetingStatus.CANCELLED,
        )
        .order_by(Meeting.starts_at.desc(), Meeting.id.desc())
        .limit(1)
    )


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
