"""The ORM: every table hfdesk keeps. Plain SQLAlchemy, no Qt."""

from .base import (
    DEFAULT_RIGHTS,
    AttendanceStatus,
    Base,
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
    PriorityGroup,
    ProposalFate,
    QuorumRule,
    Rights,
    Role,
    Side,
    StandardItem,
    VoteChoice,
    new_uuid,
)
from .meetings import (
    AgendaItem,
    Attachment,
    Attendance,
    Case,
    Conclusion,
    Disqualification,
    FollowUp,
    GuestItem,
    ItemPriorityGroup,
    Meeting,
    MeetingStatusChange,
    MinutesSignature,
    Proposal,
    ProtocolEntry,
    ProtocolEntrySupporter,
    Vote,
    VoteRound,
    new_case_for,
)
from .register import Area, Body, CompositionRule, DatabaseIdentity, Membership, Organisation, Person, Setting
from .room import ItemTiming, SpeakerEntry

__all__ = [name for name in dir() if not name.startswith("_")]
