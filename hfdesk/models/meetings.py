"""Meetings and everything recorded in them: cases and their treatments (agenda items),
attachments, attendance, disqualifications, proposals, conclusions, vote rounds, votes,
protocol entries, follow-ups.

Every object of the record (meeting, case, item, proposal, attendance, conclusion, vote round,
vote, protocol entry, follow-up) carries a stable `uuid`, kept in the database (revision 0004),
so an export names it the same way every time and an import can tell it again.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Optional

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from ..services.case_numbers import format_number
from .base import (
    AttendanceStatus,
    Base,
    Capacity,
    CaseType,
    ConclusionKind,
    DisqualificationGround,
    FollowUpStatus,
    MeetingStatus,
    NoConsensusOutcome,
    ProposalFate,
    StandardItem,
    VoteChoice,
    Versioned,
    enum_column,
    uuid_column,
)
from .register import Body, Membership, Person


class Meeting(Versioned, Base):
    """A meeting of a body. Times are wall-clock times in Norway (Europe/Oslo), stored naive."""

    __tablename__ = "meetings"

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = uuid_column()
    body_id: Mapped[int] = mapped_column(sa.ForeignKey("bodies.id", ondelete="RESTRICT"), index=True)
    title: Mapped[str] = mapped_column(sa.String(200), default="")
    starts_at: Mapped[datetime] = mapped_column(index=True)
    ends_at: Mapped[datetime]
    place: Mapped[str] = mapped_column(sa.String(200), default="")
    video_link: Mapped[str] = mapped_column(sa.String(500), default="")
    chair_id: Mapped[Optional[int]] = mapped_column(sa.ForeignKey("people.id", ondelete="SET NULL"))
    minute_taker_id: Mapped[Optional[int]] = mapped_column(
        sa.ForeignKey("people.id", ondelete="SET NULL")
    )
    status: Mapped[MeetingStatus] = mapped_column(
        enum_column(MeetingStatus, "status"), default=MeetingStatus.PLANNED
    )
    notice_sent_at: Mapped[Optional[datetime]]
    cancelled_reason: Mapped[str] = mapped_column(sa.Text, default="")
    # Approval of the minutes: in which meeting and under which item ("Godkjent i møte … sak …"),
    # or by circulation (approved_on set, approved_in_item_id empty).
    approved_on: Mapped[Optional[date]]
    approved_in_item_id: Mapped[Optional[int]] = mapped_column(
        sa.ForeignKey("agenda_items.id", ondelete="SET NULL", use_alter=True)
    )
    # The item being treated in meeting mode, so reopening shows the meeting where it was.
    current_item_id: Mapped[Optional[int]] = mapped_column(
        sa.ForeignKey("agenda_items.id", ondelete="SET NULL", use_alter=True)
    )
    notes: Mapped[str] = mapped_column(sa.Text, default="")
    # The archive's reference for the meeting's documents ("Vår ref." on the notice), revision 0005.
    archive_reference: Mapped[str] = mapped_column(sa.String(100), default="", server_default="")
    # The calendar invitation's SEQUENCE: raised when the time or the place changes (revision 0005).
    calendar_sequence: Mapped[int] = mapped_column(default=0, server_default="0")

    body: Mapped[Body] = relationship(back_populates="meetings")
    chair: Mapped[Optional[Person]] = relationship(foreign_keys=[chair_id])
    minute_taker: Mapped[Optional[Person]] = relationship(foreign_keys=[minute_taker_id])
    items: Mapped[list[AgendaItem]] = relationship(
        back_populates="meeting",
        foreign_keys="AgendaItem.meeting_id",
        order_by="AgendaItem.position",
    )
    attendances: Mapped[list[Attendance]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan"
    )
    status_changes: Mapped[list[MeetingStatusChange]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan", order_by="MeetingStatusChange.changed_at"
    )
    signatures: Mapped[list[MinutesSignature]] = relationship(
        back_populates="meeting", cascade="all, delete-orphan", order_by="MinutesSignature.position"
    )

    __table_args__ = (
        sa.CheckConstraint("ends_at > starts_at", name="ends_after_start"),
        sa.CheckConstraint("calendar_sequence >= 0", name="calendar_sequence_not_negative"),
    )


class MinutesSignature(Base):
    """Justering: a person named to approve (sign) a meeting's minutes, and when they did.

    A body whose minutes are approved by signatories (Body.minutes_signatories > 0) names them
    in the meeting, usually two members; the minutes say "Protokollen er godkjend av … og …"."""

    __tablename__ = "minutes_signatures"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(sa.ForeignKey("meetings.id", ondelete="CASCADE"), index=True)
    person_id: Mapped[int] = mapped_column(sa.ForeignKey("people.id", ondelete="RESTRICT"))
    position: Mapped[int] = mapped_column(default=1)
    signed_on: Mapped[Optional[date]]

    meeting: Mapped[Meeting] = relationship(back_populates="signatures")
    person: Mapped[Person] = relationship()

    __table_args__ = (
        sa.UniqueConstraint("meeting_id", "person_id"),
        sa.CheckConstraint("position > 0", name="position_positive"),
    )


class MeetingStatusChange(Base):
    """Every status change of a meeting, with the reason (reopening approved minutes needs one)."""

    __tablename__ = "meeting_status_changes"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(sa.ForeignKey("meetings.id", ondelete="CASCADE"), index=True)
    from_status: Mapped[MeetingStatus] = mapped_column(enum_column(MeetingStatus, "from_status"))
    to_status: Mapped[MeetingStatus] = mapped_column(enum_column(MeetingStatus, "to_status"))
    changed_at: Mapped[datetime] = mapped_column(default=datetime.now)
    reason: Mapped[str] = mapped_column(sa.Text, default="")

    meeting: Mapped[Meeting] = relationship(back_populates="status_changes")


class Case(Versioned, Base):
    """A case (sak) as it exists once: it can be treated in several meetings and bodies, each
    treatment an AgendaItem. The items' own fields (title, background, numbers) belong to the
    treatment; the case keeps its title and, once it has one, the archive's reference
    ("2026/1234"). Services make one case per new item (`new_case_for`)."""

    __tablename__ = "cases"

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = uuid_column()
    title: Mapped[str] = mapped_column(sa.String(300))
    reference: Mapped[str] = mapped_column(sa.String(100), default="")  # arkivsaksnummer
    created_at: Mapped[datetime] = mapped_column(default=datetime.now)

    treatments: Mapped[list[AgendaItem]] = relationship(back_populates="case", order_by="AgendaItem.id")

    __table_args__ = (sa.CheckConstraint("length(trim(title)) > 0", name="title_not_blank"),)


def new_case_for(title: str) -> Case:
    """A new case for an item that is its first treatment, titled like the item."""
    return Case(title=title)


class AgendaItem(Versioned, Base):
    """One treatment of a case (sak) by a body. Without a meeting it waits in the body's backlog.

    Numbered per body per year, written in the body's pattern ("Sak 12/25"); the number is provisional until the
    notice is sent and never changes after that.
    """

    __tablename__ = "agenda_items"

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = uuid_column()
    case_id: Mapped[int] = mapped_column(sa.ForeignKey("cases.id", ondelete="RESTRICT"), index=True)
    body_id: Mapped[int] = mapped_column(sa.ForeignKey("bodies.id", ondelete="RESTRICT"), index=True)
    meeting_id: Mapped[Optional[int]] = mapped_column(
        sa.ForeignKey("meetings.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(default=0)
    number_year: Mapped[Optional[int]]
    number_seq: Mapped[Optional[int]]
    standard: Mapped[Optional[StandardItem]] = mapped_column(enum_column(StandardItem, "standard"))
    case_type: Mapped[CaseType] = mapped_column(enum_column(CaseType, "case_type"))
    title: Mapped[str] = mapped_column(sa.String(300))
    responsible: Mapped[str] = mapped_column(sa.String(200), default="")  # saksansvarleg
    responsible_person_id: Mapped[Optional[int]] = mapped_column(
        sa.ForeignKey("people.id", ondelete="SET NULL")
    )
    put_forward_by: Mapped[str] = mapped_column(sa.String(200), default="")  # innmeldt av
    put_forward_by_person_id: Mapped[Optional[int]] = mapped_column(
        sa.ForeignKey("people.id", ondelete="SET NULL")
    )
    background: Mapped[str] = mapped_column(sa.Text, default="")  # saksutgreiing
    proposed_decision: Mapped[str] = mapped_column(sa.Text, default="")  # framlegg til vedtak
    exempt: Mapped[bool] = mapped_column(default=False)  # unnateke offentlegheit
    exemption_basis: Mapped[str] = mapped_column(sa.String(200), default="")
    duration_minutes: Mapped[int] = mapped_column(default=15)
    notes: Mapped[str] = mapped_column(sa.Text, default="")  # discussion notes written in the meeting
    # A case raised under Eventuelt that was not on the agenda.
    not_on_agenda: Mapped[bool] = mapped_column(default=False)
    # For an approval item (standard APPROVE_MINUTES): the meeting whose minutes it approves, by
    # default the body's previous held meeting; the item's own meeting when a meeting approves its
    # own minutes at its end (revision 0005).
    approves_meeting_id: Mapped[Optional[int]] = mapped_column(
        sa.ForeignKey("meetings.id", ondelete="SET NULL", use_alter=True)
    )
    created_at: Mapped[datetime] = mapped_column(default=datetime.now)

    body: Mapped[Body] = relationship()
    case: Mapped[Case] = relationship(back_populates="treatments")
    meeting: Mapped[Optional[Meeting]] = relationship(back_populates="items", foreign_keys=[meeting_id])
    approves_meeting: Mapped[Optional[Meeting]] = relationship(foreign_keys=[approves_meeting_id])
    responsible_person: Mapped[Optional[Person]] = relationship(foreign_keys=[responsible_person_id])
    put_forward_by_person: Mapped[Optional[Person]] = relationship(foreign_keys=[put_forward_by_person_id])
    priority_groups: Mapped[list[ItemPriorityGroup]] = relationship(
        cascade="all, delete-orphan", order_by="ItemPriorityGroup.group"
    )
    attachments: Mapped[list[Attachment]] = relationship(
        back_populates="item", cascade="all, delete-orphan", order_by="Attachment.position"
    )
    disqualifications: Mapped[list[Disqualification]] = relationship(
        back_populates="item", cascade="all, delete-orphan"
    )
    proposals: Mapped[list[Proposal]] = relationship(
        back_populates="item", cascade="all, delete-orphan", order_by="Proposal.position"
    )
    conclusion: Mapped[Optional[Conclusion]] = relationship(
        back_populates="item", cascade="all, delete-orphan"
    )
    follow_ups: Mapped[list[FollowUp]] = relationship(back_populates="item", order_by="FollowUp.id")

    __table_args__ = (
        sa.UniqueConstraint("body_id", "number_year", "number_seq"),
        sa.CheckConstraint("(number_year IS NULL) = (number_seq IS NULL)", name="number_complete"),
        sa.CheckConstraint("number_seq IS NULL OR number_seq > 0", name="number_positive"),
        sa.CheckConstraint("meeting_id IS NOT NULL OR number_seq IS NULL", name="backlog_unnumbered"),
        sa.CheckConstraint("length(trim(title)) > 0", name="title_not_blank"),
        sa.CheckConstraint(
            "NOT exempt OR length(trim(exemption_basis)) > 0", name="exemption_has_basis"
        ),
        sa.CheckConstraint("duration_minutes >= 0", name="duration_not_negative"),
        sa.Index("ix_agenda_items_meeting_position", "meeting_id", "position"),
    )

    @property
    def number_label(self) -> str:
        """The number as the body writes it ('12/25', '2025/12', '01-25'), '' for an unnumbered
        item. Reads the item's body (one statement per body a session has not seen: a list of
        many items takes the pattern from a join and calls `number_in`)."""
        if self.number_seq is None or self.number_year is None:
            return ""
        body = self.body
        return self.number_in(body.case_number_pattern if body is not None else None)

    def number_in(self, pattern: str | None) -> str:
        """The number written with a body's pattern (services.case_numbers); '' when unnumbered."""
        return format_number(pattern, self.number_seq, self.number_year)

    @property
    def is_numbered(self) -> bool:
        return self.number_seq is not None


class ItemPriorityGroup(Base):
    __tablename__ = "agenda_item_priority_groups"

    item_id: Mapped[int] = mapped_column(
        sa.ForeignKey("agenda_items.id", ondelete="CASCADE"), primary_key=True
    )
    group: Mapped[int] = mapped_column(primary_key=True)

    __table_args__ = (sa.CheckConstraint('"group" BETWEEN 1 AND 4', name="group_range"),)


class Attachment(Base):
    """A file attached to a case, stored inside the database so the one file is the whole record."""

    __tablename__ = "attachments"

    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(sa.ForeignKey("agenda_items.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(default=0)
    filename: Mapped[str] = mapped_column(sa.String(255))
    title: Mapped[str] = mapped_column(sa.String(300), default="")
    mime_type: Mapped[str] = mapped_column(sa.String(120), default="application/octet-stream")
    size: Mapped[int]
    sha256: Mapped[str] = mapped_column(sa.String(64))
    content: Mapped[bytes] = mapped_column(sa.LargeBinary, deferred=True)
    added_at: Mapped[datetime] = mapped_column(default=datetime.now)

    item: Mapped[AgendaItem] = relationship(back_populates="attachments")

    __table_args__ = (
        sa.CheckConstraint("size = length(content)", name="size_matches"),
        sa.CheckConstraint("length(trim(filename)) > 0", name="filename_not_blank"),
    )


class Attendance(Versioned, Base):
    """One person's attendance at a meeting.

    A deputy stepping in for an absent member names the member's membership in
    `deputy_for_id` and carries that member's vote. Late arrival and early leave
    are kept as the first item attended and the last item attended.
    """

    __tablename__ = "attendances"

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = uuid_column()
    meeting_id: Mapped[int] = mapped_column(sa.ForeignKey("meetings.id", ondelete="CASCADE"), index=True)
    person_id: Mapped[int] = mapped_column(sa.ForeignKey("people.id", ondelete="RESTRICT"), index=True)
    membership_id: Mapped[Optional[int]] = mapped_column(
        sa.ForeignKey("memberships.id", ondelete="SET NULL")
    )
    capacity: Mapped[Capacity] = mapped_column(enum_column(Capacity, "capacity"))
    status: Mapped[AttendanceStatus] = mapped_column(
        enum_column(AttendanceStatus, "status"), default=AttendanceStatus.EXPECTED
    )
    deputy_for_id: Mapped[Optional[int]] = mapped_column(
        sa.ForeignKey("memberships.id", ondelete="SET NULL")
    )
    from_item_id: Mapped[Optional[int]] = mapped_column(
        sa.ForeignKey("agenda_items.id", ondelete="SET NULL")
    )
    until_item_id: Mapped[Optional[int]] = mapped_column(
        sa.ForeignKey("agenda_items.id", ondelete="SET NULL")
    )
    note: Mapped[str] = mapped_column(sa.String(300), default="")

    meeting: Mapped[Meeting] = relationship(back_populates="attendances")
    person: Mapped[Person] = relationship()
    membership: Mapped[Optional[Membership]] = relationship(foreign_keys=[membership_id])
    deputy_for: Mapped[Optional[Membership]] = relationship(foreign_keys=[deputy_for_id])
    from_item: Mapped[Optional[AgendaItem]] = relationship(foreign_keys=[from_item_id])
    until_item: Mapped[Optional[AgendaItem]] = relationship(foreign_keys=[until_item_id])
    guest_items: Mapped[list[GuestItem]] = relationship(cascade="all, delete-orphan")

    __table_args__ = (
        sa.UniqueConstraint("meeting_id", "person_id"),
        sa.CheckConstraint(
            "deputy_for_id IS NULL OR capacity = 'deputy'", name="only_deputy_stands_in"
        ),
    )


class GuestItem(Base):
    """The items a guest 'på sak' attends."""

    __tablename__ = "attendance_guest_items"

    attendance_id: Mapped[int] = mapped_column(
        sa.ForeignKey("attendances.id", ondelete="CASCADE"), primary_key=True
    )
    item_id: Mapped[int] = mapped_column(
        sa.ForeignKey("agenda_items.id", ondelete="CASCADE"), primary_key=True
    )


class Disqualification(Base):
    """Habilitet: a person is disqualified (inhabil) for one item."""

    __tablename__ = "disqualifications"

    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(sa.ForeignKey("agenda_items.id", ondelete="CASCADE"), index=True)
    person_id: Mapped[int] = mapped_column(sa.ForeignKey("people.id", ondelete="RESTRICT"))
    ground: Mapped[DisqualificationGround] = mapped_column(enum_column(DisqualificationGround, "ground"))
    ground_text: Mapped[str] = mapped_column(sa.Text, default="")
    decided_by_body: Mapped[bool] = mapped_column(default=True)

    item: Mapped[AgendaItem] = relationship(back_populates="disqualifications")
    person: Mapped[Person] = relationship()

    __table_args__ = (
        sa.UniqueConstraint("item_id", "person_id"),
        sa.CheckConstraint(
            "ground <> 'other' OR length(trim(ground_text)) > 0", name="other_ground_explained"
        ),
    )


class Proposal(Versioned, Base):
    """A proposal (framlegg) on an item; the agenda's proposed decision is one from the start.
    An amendment names the proposal it amends (`amends`)."""

    __tablename__ = "proposals"

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = uuid_column()
    item_id: Mapped[int] = mapped_column(sa.ForeignKey("agenda_items.id", ondelete="CASCADE"), index=True)
    position: Mapped[int] = mapped_column(default=0)
    text: Mapped[str] = mapped_column(sa.Text)
    from_agenda: Mapped[bool] = mapped_column(default=False)
    put_forward_by_id: Mapped[Optional[int]] = mapped_column(
        sa.ForeignKey("people.id", ondelete="SET NULL")
    )
    put_forward_by_text: Mapped[str] = mapped_column(sa.String(200), default="")
    amends_id: Mapped[Optional[int]] = mapped_column(sa.ForeignKey("proposals.id", ondelete="SET NULL"))
    # What became of it; kept by hfdesk.services.live where the outcome is known (ProposalFate).
    fate: Mapped[ProposalFate] = mapped_column(enum_column(ProposalFate, "fate"), default=ProposalFate.PENDING)

    item: Mapped[AgendaItem] = relationship(back_populates="proposals")
    put_forward_by: Mapped[Optional[Person]] = relationship()
    amends: Mapped[Optional[Proposal]] = relationship(remote_side=[id])

    __table_args__ = (sa.CheckConstraint("amends_id IS NULL OR amends_id <> id", name="not_self_amend"),)


class Conclusion(Versioned, Base):
    """How an item ended: consensus, protocol entries, a vote, no consensus, deferred, noted.

    A vote is held in one or more rounds (`vote_rounds`: amendments and alternative proposals
    first); `voted_proposal` and `adopted` are the final round's, the outcome of the item."""

    __tablename__ = "conclusions"

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = uuid_column()
    item_id: Mapped[int] = mapped_column(
        sa.ForeignKey("agenda_items.id", ondelete="CASCADE"), unique=True
    )
    kind: Mapped[ConclusionKind] = mapped_column(enum_column(ConclusionKind, "kind"))
    decision_text: Mapped[str] = mapped_column(sa.Text, default="")  # vedtak
    no_consensus_outcome: Mapped[Optional[NoConsensusOutcome]] = mapped_column(
        enum_column(NoConsensusOutcome, "no_consensus_outcome")
    )
    voted_proposal_id: Mapped[Optional[int]] = mapped_column(
        sa.ForeignKey("proposals.id", ondelete="SET NULL")
    )
    adopted: Mapped[Optional[bool]]  # outcome of a vote, computed by the body's majority rule
    without_quorum: Mapped[bool] = mapped_column(default=False)
    concluded_at: Mapped[datetime] = mapped_column(default=datetime.now)

    item: Mapped[AgendaItem] = relationship(back_populates="conclusion")
    voted_proposal: Mapped[Optional[Proposal]] = relationship()
    protocol_entries: Mapped[list[ProtocolEntry]] = relationship(
        back_populates="conclusion", cascade="all, delete-orphan", order_by="ProtocolEntry.position"
    )
    votes: Mapped[list[Vote]] = relationship(back_populates="conclusion", cascade="all, delete-orphan")
    vote_rounds: Mapped[list[VoteRound]] = relationship(
        back_populates="conclusion", cascade="all, delete-orphan", order_by="VoteRound.position"
    )

    __table_args__ = (
        sa.CheckConstraint(
            "(kind = 'no_consensus') = (no_consensus_outcome IS NOT NULL)", name="outcome_iff_no_consensus"
        ),
        sa.CheckConstraint("kind = 'vote' OR adopted IS NULL", name="adopted_only_for_vote"),
    )


class ProtocolEntry(Versioned, Base):
    """A protokolltilførsel: a statement entered in the minutes, with who stands behind it."""

    __tablename__ = "protocol_entries"

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = uuid_column()
    conclusion_id: Mapped[int] = mapped_column(
        sa.ForeignKey("conclusions.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(default=0)
    text: Mapped[str] = mapped_column(sa.Text)
    behind_text: Mapped[str] = mapped_column(sa.String(300), default="")  # a party, e.g. "kommunane"

    conclusion: Mapped[Conclusion] = relationship(back_populates="protocol_entries")
    supporters: Mapped[list[ProtocolEntrySupporter]] = relationship(cascade="all, delete-orphan")

    __table_args__ = (sa.CheckConstraint("length(trim(text)) > 0", name="text_not_blank"),)


class ProtocolEntrySupporter(Base):
    __tablename__ = "protocol_entry_supporters"

    entry_id: Mapped[int] = mapped_column(
        sa.ForeignKey("protocol_entries.id", ondelete="CASCADE"), primary_key=True
    )
    person_id: Mapped[int] = mapped_column(sa.ForeignKey("people.id", ondelete="RESTRICT"), primary_key=True)

    person: Mapped[Person] = relationship()


class VoteRound(Base):
    """One round of an avrøysting: a proposal put to the vote and whether it was adopted.

    Rounds are held in `position` order (1, 2, ...): amendments and alternative proposals first,
    the final round last. Its votes are those of the round (Vote.round)."""

    __tablename__ = "vote_rounds"

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = uuid_column()
    conclusion_id: Mapped[int] = mapped_column(
        sa.ForeignKey("conclusions.id", ondelete="CASCADE"), index=True
    )
    position: Mapped[int] = mapped_column(default=1)
    proposal_id: Mapped[Optional[int]] = mapped_column(sa.ForeignKey("proposals.id", ondelete="SET NULL"))
    adopted: Mapped[Optional[bool]]  # computed by the body's majority rule; None before any vote

    conclusion: Mapped[Conclusion] = relationship(back_populates="vote_rounds")
    proposal: Mapped[Optional[Proposal]] = relationship()
    votes: Mapped[list[Vote]] = relationship(back_populates="round", cascade="all, delete-orphan", order_by="Vote.id")

    __table_args__ = (sa.CheckConstraint("position > 0", name="position_positive"),)


class Vote(Base):
    """One voting participant's vote in a round of an avrøysting; the tally is always computed from these.

    `conclusion_id` is the round's conclusion (kept so the conclusion's votes are one join away)."""

    __tablename__ = "votes"

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = uuid_column()
    conclusion_id: Mapped[int] = mapped_column(
        sa.ForeignKey("conclusions.id", ondelete="CASCADE"), index=True
    )
    round_id: Mapped[int] = mapped_column(sa.ForeignKey("vote_rounds.id", ondelete="CASCADE"), index=True)
    person_id: Mapped[int] = mapped_column(sa.ForeignKey("people.id", ondelete="RESTRICT"))
    choice: Mapped[VoteChoice] = mapped_column(enum_column(VoteChoice, "choice"))

    conclusion: Mapped[Conclusion] = relationship(back_populates="votes")
    round: Mapped[VoteRound] = relationship(back_populates="votes")
    person: Mapped[Person] = relationship()

    __table_args__ = (sa.UniqueConstraint("round_id", "person_id"),)


class FollowUp(Versioned, Base):
    """An oppfølging: what, who (a person or a party), by when."""

    __tablename__ = "follow_ups"

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = uuid_column()
    item_id: Mapped[Optional[int]] = mapped_column(
        sa.ForeignKey("agenda_items.id", ondelete="SET NULL"), index=True
    )
    body_id: Mapped[int] = mapped_column(sa.ForeignKey("bodies.id", ondelete="RESTRICT"), index=True)
    what: Mapped[str] = mapped_column(sa.Text)
    responsible_person_id: Mapped[Optional[int]] = mapped_column(
        sa.ForeignKey("people.id", ondelete="SET NULL")
    )
    responsible_text: Mapped[str] = mapped_column(sa.String(200), default="")
    due_on: Mapped[Optional[date]] = mapped_column(index=True)
    status: Mapped[FollowUpStatus] = mapped_column(
        enum_column(FollowUpStatus, "status"), default=FollowUpStatus.OPEN
    )
    done_on: Mapped[Optional[date]]
    created_at: Mapped[datetime] = mapped_column(default=datetime.now)

    item: Mapped[Optional[AgendaItem]] = relationship(back_populates="follow_ups")
    body: Mapped[Body] = relationship()
    responsible_person: Mapped[Optional[Person]] = relationship()

    __table_args__ = (
        sa.CheckConstraint("length(trim(what)) > 0", name="what_not_blank"),
        sa.CheckConstraint("(status = 'done') = (done_on IS NOT NULL)", name="done_iff_date"),
    )
