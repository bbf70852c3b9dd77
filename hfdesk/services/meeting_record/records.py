"""The meeting record's frozen data: a meeting, its body, agenda, attendance and approval."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date, datetime

from ...models import (
    DECIDING,
    AttendanceStatus,
    Capacity,
    CaseType,
    ConclusionKind,
    DisqualificationGround,
    FollowUpStatus,
    Language,
    MajorityRule,
    MeetingStatus,
    MinutesKind,
    NoConsensusOutcome,
    ProposalFate,
    QuorumRule,
    Rights,
    Role,
    StandardItem,
    VoteChoice,
)
from ...sorting import SortKey, person_sort_key
from ..rights import NO_RIGHTS, ItemRights, Quorum


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
