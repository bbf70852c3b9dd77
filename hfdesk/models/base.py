"""Declarative base, naming convention and the enumerations shared by the ORM.

Enumerations are stored as their string values with a CHECK constraint in the
database, so a bad value is refused by SQLite itself, not only by Python.
"""

from __future__ import annotations

import enum
import uuid
from datetime import date, datetime
from typing import Any, Optional

import sqlalchemy as sa
from sqlalchemy.orm import DeclarativeBase, Mapped, MappedColumn, declared_attr, mapped_column

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = sa.MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {datetime: sa.DateTime(), date: sa.Date()}


class Versioned:
    """A row two people can edit (revision 0007): its `version` is counted up by SQLAlchemy on every
    change (``version_id_col``), so a save based on an older version is told apart, and a flush that
    finds the row changed under it raises StaleDataError. `changed_by` and `changed_at` say who last
    changed it and when (hfdesk.services.actor sets them on every flush)."""

    version: Mapped[int] = mapped_column(server_default="1")
    changed_by: Mapped[str] = mapped_column(sa.String(100), default="", server_default="")
    changed_at: Mapped[Optional[datetime]]

    @declared_attr.directive
    def __mapper_args__(cls) -> dict[str, Any]:
        return {"version_id_col": cls.version}  # type: ignore[attr-defined]


def new_uuid() -> str:
    """A stable id for an object of the record (meeting, case, item, proposal, vote, ...): kept in
    the database, the same in every export and import of it, never reused."""
    return str(uuid.uuid4())


def uuid_column() -> MappedColumn[str]:
    """The `uuid` column every object of the record carries: 36 characters, unique, made on insert."""
    return mapped_column(sa.String(36), unique=True, default=new_uuid)


def enum_column(enum_cls: type[enum.Enum], name: str) -> sa.Enum:
    """A string column restricted to the enum's values by a CHECK constraint."""
    return sa.Enum(
        enum_cls,
        name=name,
        native_enum=False,
        create_constraint=True,
        validate_strings=True,
        length=max(len(m.value) for m in enum_cls),
        values_callable=lambda cls: [m.value for m in cls],
    )


class Side(enum.StrEnum):
    """Which party of the partnership an organisation belongs to."""

    MUNICIPAL = "municipal"
    HOSPITAL = "hospital"
    USER = "user"
    GP = "gp"
    KS = "ks"
    UNION = "union"
    SECRETARIAT = "secretariat"
    OTHER = "other"


class Language(enum.StrEnum):
    """Written standard (målform) of a body's documents."""

    BOKMAAL = "nb"
    NYNORSK = "nn"


class QuorumRule(enum.StrEnum):
    """How many voting members must be present for the body to decide."""

    HALF = "half"  # at least half of the voting members (kommunelova § 11-9 model)
    MAJORITY = "majority"  # more than half
    FIXED = "fixed"  # at least quorum_count
    NONE = "none"  # advisory bodies without a quorum rule


class MajorityRule(enum.StrEnum):
    """When a proposal put to the vote is adopted."""

    SIMPLE = "simple"  # more votes for than against
    TWO_THIRDS = "two_thirds"  # at least two thirds of the votes cast


class MinutesKind(enum.StrEnum):
    REFERAT = "referat"
    PROTOKOLL = "protokoll"


class Role(enum.StrEnum):
    LEADER = "leader"
    DEPUTY_LEADER = "deputy_leader"
    MEMBER = "member"
    DEPUTY = "deputy"
    OBSERVER = "observer"
    SECRETARY = "secretary"


class Rights(enum.StrEnum):
    """Rights a membership carries in a meeting (domain.md §3)."""

    VOTE = "vote"  # Stemmerett (also speaks and proposes)
    SPEAK_PROPOSE = "speak_propose"  # Tale- og forslagsrett
    SPEAK = "speak"  # Talerett only
    NONE = "none"


DEFAULT_RIGHTS: dict[Role, Rights] = {
    Role.LEADER: Rights.VOTE,
    Role.DEPUTY_LEADER: Rights.VOTE,
    Role.MEMBER: Rights.VOTE,
    Role.DEPUTY: Rights.VOTE,
    Role.OBSERVER: Rights.SPEAK_PROPOSE,
    Role.SECRETARY: Rights.NONE,
}


class MeetingStatus(enum.StrEnum):
    PLANNED = "planned"
    NOTICE_SENT = "notice_sent"
    HELD = "held"
    MINUTES_APPROVED = "minutes_approved"
    CANCELLED = "cancelled"


class CaseType(enum.StrEnum):
    DECISION = "decision"  # vedtakssak
    DISCUSSION = "discussion"  # drøftingssak
    INFORMATION = "information"  # orienteringssak


class StandardItem(enum.StrEnum):
    """The fixed items a body's agenda may start or end with."""

    APPROVE_NOTICE = "approve_notice"  # Godkjenning av innkalling og sakliste
    APPROVE_MINUTES = "approve_minutes"  # Godkjenning av referat frå førre møte
    OTHER_BUSINESS = "other_business"  # Eventuelt


class PriorityGroup(enum.IntEnum):
    """The four patient groups every helsefellesskap prioritises (domain.md §1)."""

    CHILDREN_YOUTH = 1
    MENTAL_HEALTH_SUBSTANCE = 2
    FRAIL_ELDERLY = 3
    MULTIPLE_CHRONIC = 4


class AttendanceStatus(enum.StrEnum):
    EXPECTED = "expected"  # not yet registered
    PRESENT = "present"
    REPORTED_ABSENT = "reported_absent"  # forfall
    ABSENT = "absent"  # absent without notice


class Capacity(enum.StrEnum):
    """In which capacity a person attends a meeting."""

    MEMBER = "member"
    DEPUTY = "deputy"
    OBSERVER = "observer"
    GUEST = "guest"  # "på sak": for named items only
    SECRETARIAT = "secretariat"


class DisqualificationGround(enum.StrEnum):
    FVL6_FIRST = "fvl6_first"  # forvaltningslova § 6 første ledd
    FVL6_SECOND = "fvl6_second"  # forvaltningslova § 6 andre ledd
    OTHER = "other"


class ConclusionKind(enum.StrEnum):
    CONSENSUS = "consensus"
    CONSENSUS_WITH_PROTOCOL = "consensus_with_protocol"
    VOTE = "vote"
    NO_CONSENSUS = "no_consensus"
    DEFERRED = "deferred"
    NOTED = "noted"
    # Trekt: taken off the agenda after the notice went out (revision 0006); before the notice
    # the item is simply removed from the agenda (services.agenda.remove_item).
    WITHDRAWN = "withdrawn"


#: The conclusions that decide the case (a quorum is needed for them).
DECIDING = (ConclusionKind.CONSENSUS, ConclusionKind.CONSENSUS_WITH_PROTOCOL, ConclusionKind.VOTE)


class NoConsensusOutcome(enum.StrEnum):
    RETURNED = "returned"  # the case goes back for more work
    TO_PARTIES = "to_parties"  # sent to the parties to decide


class VoteChoice(enum.StrEnum):
    FOR = "for"
    AGAINST = "against"
    ABSTAIN = "abstain"


class ProposalFate(enum.StrEnum):
    """What became of a proposal (framlegg). Set where the outcome is known (hfdesk.services.live):
    the proposal voted on is adopted or fell by the vote's outcome; on consensus the agenda's
    proposal is adopted. Withdrawn is for a proposal its proposer takes back."""

    PENDING = "pending"  # not (yet) decided on
    ADOPTED = "adopted"  # vedteke
    FELL = "fell"  # fall
    WITHDRAWN = "withdrawn"  # trekt


class FollowUpStatus(enum.StrEnum):
    OPEN = "open"
    DONE = "done"
