"""The ORM: every table hfdesk keeps. Plain SQLAlchemy, no Qt."""

from .base import (
    DEFAULT_RIGHTS,
    AttendanceStatus,
    Base,
    Capacity,
    CaseType,
    ConclusionKind,
    DECIDING,
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
    Versioned,
    new_uuid,
)
from .history import ChangeAction, ChangeLog, UTCDateTime
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
from .checkouts import MeetingCheckout, MeetingCopyOrigin
from .register import Area, Body, CompositionRule, DatabaseIdentity, Membership, Organisation, Person, Setting
from .room import ItemTiming, SpeakerEntry


from sqlalchemy import event as _event  # noqa: E402
from sqlalchemy.orm import Session as _Session  # noqa: E402

# The guard that keeps a meeting taken along read-only listens on every session: it is in
# place wherever the models are.
from ..services import checkout as _checkout  # noqa: E402,F401

__all__ = [name for name in dir() if not name.startswith("_")]

from ..services import actor as _actor  # noqa: E402,F401 - stamps who changed a versioned row, and when


def _record_history(session: _Session, flush_context: object) -> None:
    """Who changed what (`hfdesk.services.history`), for every session wherever the models are
    (not in `hfdesk.services`, which the window's first paint imports without SQLAlchemy).
    Imported when first called: the models are not all defined when this module is read."""
    from ..services.history import record_flush

    record_flush(session, flush_context)


if not _event.contains(_Session, "after_flush", _record_history):
    _event.listen(_Session, "after_flush", _record_history)
