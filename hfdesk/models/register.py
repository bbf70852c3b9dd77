"""The register: areas, organisations, people, bodies, composition rules, memberships."""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING, Any, Optional

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import (
    Base,
    Language,
    MajorityRule,
    MinutesKind,
    QuorumRule,
    Rights,
    Role,
    Side,
    Versioned,
    enum_column,
)

if TYPE_CHECKING:
    from .meetings import Meeting


class Area(Base):
    """An OU area (områdeutval area) grouping municipalities, e.g. Nordhordland."""

    __tablename__ = "areas"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(sa.String(120), unique=True)
    sort_order: Mapped[int] = mapped_column(default=0)

    organisations: Mapped[list[Organisation]] = relationship(back_populates="area")

    __table_args__ = (sa.CheckConstraint("length(trim(name)) > 0", name="name_not_blank"),)


class Organisation(Versioned, Base):
    """A party or organisation people represent: a municipality, a hospital, KS, a union ..."""

    __tablename__ = "organisations"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(sa.String(200), unique=True)
    short_name: Mapped[Optional[str]] = mapped_column(sa.String(40))
    side: Mapped[Side] = mapped_column(enum_column(Side, "side"))
    area_id: Mapped[Optional[int]] = mapped_column(
        sa.ForeignKey("areas.id", ondelete="RESTRICT"), index=True
    )
    notes: Mapped[str] = mapped_column(sa.Text, default="")

    area: Mapped[Optional[Area]] = relationship(back_populates="organisations")

    __table_args__ = (sa.CheckConstraint("length(trim(name)) > 0", name="name_not_blank"),)


class Person(Versioned, Base):
    __tablename__ = "people"

    id: Mapped[int] = mapped_column(primary_key=True)
    given_name: Mapped[str] = mapped_column(sa.String(120))
    family_name: Mapped[str] = mapped_column(sa.String(120))
    title: Mapped[str] = mapped_column(sa.String(200), default="")  # job title, e.g. kommunedirektør
    email: Mapped[str] = mapped_column(sa.String(254), default="")
    phone: Mapped[str] = mapped_column(sa.String(40), default="")
    organisation_id: Mapped[Optional[int]] = mapped_column(
        sa.ForeignKey("organisations.id", ondelete="RESTRICT"), index=True
    )
    notes: Mapped[str] = mapped_column(sa.Text, default="")

    organisation: Mapped[Optional[Organisation]] = relationship()
    memberships: Mapped[list[Membership]] = relationship(
        back_populates="person", foreign_keys="Membership.person_id"
    )

    __table_args__ = (
        sa.CheckConstraint(
            "length(trim(given_name)) > 0 OR length(trim(family_name)) > 0", name="name_not_blank"
        ),
        sa.Index("ix_people_name", "family_name", "given_name"),
    )

    @property
    def full_name(self) -> str:
        return f"{self.given_name} {self.family_name}".strip()


class Body(Versioned, Base):
    """A body (organ) of the helsefellesskap: partnarskapsmøte, SSU, an OU, a fagleg utval."""

    __tablename__ = "bodies"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(sa.String(200), unique=True)
    short_name: Mapped[str] = mapped_column(sa.String(40), default="")
    level: Mapped[int]
    parent_id: Mapped[Optional[int]] = mapped_column(
        sa.ForeignKey("bodies.id", ondelete="RESTRICT"), index=True
    )
    area_id: Mapped[Optional[int]] = mapped_column(sa.ForeignKey("areas.id", ondelete="RESTRICT"))
    language: Mapped[Language] = mapped_column(enum_column(Language, "language"), default=Language.NYNORSK)
    quorum_rule: Mapped[QuorumRule] = mapped_column(
        enum_column(QuorumRule, "quorum_rule"), default=QuorumRule.HALF
    )
    quorum_count: Mapped[Optional[int]]
    majority_rule: Mapped[MajorityRule] = mapped_column(
        enum_column(MajorityRule, "majority_rule"), default=MajorityRule.SIMPLE
    )
    minutes_kind: Mapped[MinutesKind] = mapped_column(
        enum_column(MinutesKind, "minutes_kind"), default=MinutesKind.REFERAT
    )
    # Standard agenda items inserted into every new meeting of this body.
    std_approve_notice: Mapped[bool] = mapped_column(default=True)
    std_approve_minutes: Mapped[bool] = mapped_column(default=True)
    std_other_business: Mapped[bool] = mapped_column(default=True)
    default_place: Mapped[str] = mapped_column(sa.String(200), default="")
    default_duration_minutes: Mapped[int] = mapped_column(default=180)
    term_years: Mapped[int] = mapped_column(default=4)
    description: Mapped[str] = mapped_column(sa.Text, default="")
    sort_order: Mapped[int] = mapped_column(default=0)
    dissolved_on: Mapped[Optional[date]]
    # How the body numbers its cases (revision 0005): N, NN or NNN for the number (plain or
    # zero-padded), YY or YYYY for the year, one separator, either order: "N/YY" (12/25),
    # "YYYY/N" (2025/12), "NN-YY" (01-21). hfdesk.services.case_numbers reads it.
    case_number_pattern: Mapped[str] = mapped_column(sa.String(20), default="N/YY", server_default="N/YY")
    # Justering: how many named signatories approve the minutes (0: the body approves them in a
    # meeting or by circulation).
    minutes_signatories: Mapped[int] = mapped_column(default=0, server_default="0")
    # Body-level composition rules (revision 0005; hfdesk.services.composition reads them):
    # the leader and the deputy leader come from different sides (municipal / hospital ...);
    leader_sides_differ: Mapped[bool] = mapped_column(default=False, server_default=sa.false())
    # the deputies are one shared list: a deputy standing for no named member is no breach;
    shared_deputies: Mapped[bool] = mapped_column(default=False, server_default=sa.false())
    # a deputy stands in only for a member of the same side (the live meeting refuses others);
    deputy_same_side: Mapped[bool] = mapped_column(default=True, server_default=sa.true())
    # as many voting seats from the municipal side as from the hospital side.
    matching_representation: Mapped[bool] = mapped_column(default=False, server_default=sa.false())
    # The minutes name who spoke at each item ("Ordet hadde: …") and when it was treated
    # ("Sak 4 vart handsama kl. 10.15–10.40") (revision 0010).
    minutes_list_speakers: Mapped[bool] = mapped_column(default=False, server_default=sa.false())
    minutes_item_times: Mapped[bool] = mapped_column(default=False, server_default=sa.false())

    parent: Mapped[Optional[Body]] = relationship(remote_side=[id], back_populates="children")
    children: Mapped[list[Body]] = relationship(back_populates="parent", order_by="Body.sort_order")
    area: Mapped[Optional[Area]] = relationship()
    memberships: Mapped[list[Membership]] = relationship(back_populates="body")
    composition_rules: Mapped[list[CompositionRule]] = relationship(
        back_populates="body", cascade="all, delete-orphan", order_by="CompositionRule.sort_order"
    )
    meetings: Mapped[list[Meeting]] = relationship(back_populates="body")

    __table_args__ = (
        sa.CheckConstraint("level BETWEEN 1 AND 4", name="level_range"),
        sa.CheckConstraint("length(trim(name)) > 0", name="name_not_blank"),
        sa.CheckConstraint(
            "(quorum_rule = 'fixed') = (quorum_count IS NOT NULL)", name="quorum_count_iff_fixed"
        ),
        sa.CheckConstraint("quorum_count IS NULL OR quorum_count > 0", name="quorum_count_positive"),
        sa.CheckConstraint("parent_id IS NULL OR parent_id <> id", name="not_own_parent"),
        sa.CheckConstraint("default_duration_minutes > 0", name="duration_positive"),
        sa.CheckConstraint("term_years > 0", name="term_positive"),
        sa.CheckConstraint("minutes_signatories BETWEEN 0 AND 5", name="signatories_range"),
    )


class CompositionRule(Versioned, Base):
    """A required seat count for a body: 'between min and max seats matching these filters'.

    Every filter left empty matches anything. Example: Bergen at most 2 in SSU is
    organisation=Bergen kommune, role=None, min 0, max 2.
    """

    __tablename__ = "composition_rules"

    id: Mapped[int] = mapped_column(primary_key=True)
    body_id: Mapped[int] = mapped_column(sa.ForeignKey("bodies.id", ondelete="CASCADE"), index=True)
    label: Mapped[str] = mapped_column(sa.String(200), default="")
    side: Mapped[Optional[Side]] = mapped_column(enum_column(Side, "side"))
    appointed_by: Mapped[Optional[Side]] = mapped_column(enum_column(Side, "appointed_by"))
    organisation_id: Mapped[Optional[int]] = mapped_column(
        sa.ForeignKey("organisations.id", ondelete="CASCADE")
    )
    area_id: Mapped[Optional[int]] = mapped_column(sa.ForeignKey("areas.id", ondelete="CASCADE"))
    role: Mapped[Optional[Role]] = mapped_column(enum_column(Role, "role"))
    min_count: Mapped[int] = mapped_column(default=0)
    max_count: Mapped[Optional[int]]
    sort_order: Mapped[int] = mapped_column(default=0)
    # Revision 0005: a position (stilling) the member's title must contain, compared without
    # regard to case ("kommunedirektør"); empty matches anyone.
    position: Mapped[str] = mapped_column(sa.String(120), default="", server_default="")
    # Revision 0005: the seats this rule counts are not counted against the other rules'
    # maximum, nor in matching representation (the kommuneoverlege beside Bergen's cap of six).
    outside_caps: Mapped[bool] = mapped_column(default=False, server_default=sa.false())

    body: Mapped[Body] = relationship(back_populates="composition_rules")
    organisation: Mapped[Optional[Organisation]] = relationship()
    area: Mapped[Optional[Area]] = relationship()

    __table_args__ = (
        sa.CheckConstraint("min_count >= 0", name="min_not_negative"),
        sa.CheckConstraint("max_count IS NULL OR max_count >= min_count", name="max_not_below_min"),
    )


class Membership(Versioned, Base):
    """A person's seat in a body for a term. Ending a term keeps the row: history is never deleted."""

    __tablename__ = "memberships"

    id: Mapped[int] = mapped_column(primary_key=True)
    body_id: Mapped[int] = mapped_column(sa.ForeignKey("bodies.id", ondelete="RESTRICT"), index=True)
    person_id: Mapped[int] = mapped_column(sa.ForeignKey("people.id", ondelete="RESTRICT"), index=True)
    role: Mapped[Role] = mapped_column(enum_column(Role, "role"))
    rights: Mapped[Rights] = mapped_column(enum_column(Rights, "rights"))
    organisation_id: Mapped[Optional[int]] = mapped_column(
        sa.ForeignKey("organisations.id", ondelete="RESTRICT"), index=True
    )
    # The area a representative speaks for (e.g. 'Nordhordland' for a municipal SSU seat).
    area_id: Mapped[Optional[int]] = mapped_column(sa.ForeignKey("areas.id", ondelete="RESTRICT"))
    # Which side appointed the seat: a user representative appointed by the municipal side.
    appointed_by: Mapped[Optional[Side]] = mapped_column(enum_column(Side, "appointed_by"))
    represents_text: Mapped[str] = mapped_column(sa.String(200), default="")
    term_from: Mapped[date]
    term_to: Mapped[Optional[date]]
    deputy_for_id: Mapped[Optional[int]] = mapped_column(
        sa.ForeignKey("memberships.id", ondelete="SET NULL"), index=True
    )
    notes: Mapped[str] = mapped_column(sa.Text, default="")
    created_at: Mapped[datetime] = mapped_column(default=datetime.now)

    body: Mapped[Body] = relationship(back_populates="memberships")
    person: Mapped[Person] = relationship(back_populates="memberships", foreign_keys=[person_id])
    organisation: Mapped[Optional[Organisation]] = relationship()
    area: Mapped[Optional[Area]] = relationship()
    deputy_for: Mapped[Optional[Membership]] = relationship(
        remote_side=[id], back_populates="deputies"
    )
    deputies: Mapped[list[Membership]] = relationship(back_populates="deputy_for")

    __table_args__ = (
        sa.CheckConstraint("term_to IS NULL OR term_to >= term_from", name="term_order"),
        sa.CheckConstraint("deputy_for_id IS NULL OR role = 'deputy'", name="only_deputy_stands_for"),
        sa.CheckConstraint("deputy_for_id IS NULL OR deputy_for_id <> id", name="not_own_deputy"),
        sa.Index("ix_memberships_body_term", "body_id", "term_from", "term_to"),
    )

    def is_current(self, on: date) -> bool:
        """The term covers `on` (`term_covers` says it in SQL)."""
        return self.term_from <= on and (self.term_to is None or self.term_to >= on)

    @property
    def side(self) -> Optional[Side]:
        return self.organisation.side if self.organisation else None


def term_covers(seat: Any, on: date | sa.ColumnElement[date]) -> sa.ColumnElement[bool]:
    """SQL: the seats whose term covers `on` (a day, or a bound parameter for one), as
    `Membership.is_current` says of one. `seat` is the `Membership` model or the memberships
    table's columns (`tables.MEMBERSHIPS.c`, for the reads that do without the mappers)."""
    return sa.and_(seat.term_from <= on, sa.or_(seat.term_to.is_(None), seat.term_to >= on))


class Setting(Base):
    """Key/value settings kept in the database file (the helsefellesskap's name, its logo)."""

    __tablename__ = "settings"

    key: Mapped[str] = mapped_column(sa.String(80), primary_key=True)
    text_value: Mapped[str] = mapped_column(sa.Text, default="")
    blob_value: Mapped[Optional[bytes]] = mapped_column(sa.LargeBinary, deferred=True)


class DatabaseIdentity(Base):
    """The file's own id, made once when the file is made (or upgraded to revision 0003) and
    never changed: a copy of the file (a backup) carries it, so a backup can be told apart
    from another database's that happens to share its name."""

    __tablename__ = "database_identity"

    id: Mapped[str] = mapped_column(sa.String(32), primary_key=True)
    created_at: Mapped[datetime] = mapped_column(default=datetime.now)
