"""Read-side queries for the screens and the command line.

Each returns plain rows (frozen dataclasses, or named tuples where thousands are made) built
from a fixed number of SQL statements, whatever the number of rows (no lazy loading per row).
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from typing import NamedTuple

import sqlalchemy as sa
from sqlalchemy.orm import Session, aliased

from ..models import (
    AgendaItem,
    Area,
    Body,
    CaseType,
    Conclusion,
    ConclusionKind,
    FollowUp,
    FollowUpStatus,
    Language,
    MajorityRule,
    Meeting,
    MeetingStatus,
    Membership,
    MinutesKind,
    Organisation,
    Person,
    QuorumRule,
    Rights,
    Role,
    Side,
    StandardItem,
)
from ..models.register import term_covers
from ..models.tables import AREAS, BODIES, COMPOSITION_RULES, MEMBERSHIPS, ORGANISATIONS, PEOPLE
from ..sorting import sql_key
from .rights import VOTING_ROLES

# list_bodies, members_of_bodies and composition_rules are the register's first reads at start:
# they use the tables' Core columns, not the models' attributes (`models.tables` says why).


def _current(on: date | sa.ColumnElement[date]) -> sa.ColumnElement[bool]:
    """Memberships current on `on` (a day, or a bound parameter for one)."""
    return term_covers(MEMBERSHIPS.c, on)


@dataclass(frozen=True)
class BodyRow:
    id: int
    name: str
    short_name: str
    level: int
    parent_id: int | None
    language: Language
    #: Every seat in the current term except the secretariat's: members (leader and deputy
    #: leader included), deputies and observers, i.e. voting + deputy + observer counts.
    member_count: int
    area: str = ""
    description: str = ""
    dissolved_on: date | None = None
    #: Of member_count: the members proper (leader, deputy leader, member) ...
    voting_count: int = 0
    #: ... the deputies (varamedlemmer) ...
    deputy_count: int = 0
    #: ... and the observers.
    observer_count: int = 0
    #: How the body writes its case numbers (services.case_numbers): "N/YY", "YYYY/N", ...
    case_number_pattern: str = "N/YY"
    #: Justering: how many named signatories approve the minutes (0: none).
    minutes_signatories: int = 0


def _count_of(*roles: Role) -> sa.ColumnElement[int]:
    return sa.func.sum(sa.case((MEMBERSHIPS.c.role.in_(roles), 1), else_=0))


def list_bodies(session: Session, on: date | None = None) -> list[BodyRow]:
    """Every body, with its current seats counted by kind (one query)."""
    rows = session.execute(_bodies_statement(), {"on": on or date.today()}).all()
    return [
        BodyRow(
            id_,
            name,
            short_name,
            level,
            parent_id,
            language,
            n,
            area=area or "",
            description=description,
            dissolved_on=dissolved_on,
            voting_count=voting,
            deputy_count=deputies,
            observer_count=observers,
            case_number_pattern=pattern,
            minutes_signatories=signatories or 0,
        )
        for (
            id_, name, short_name, level, parent_id, language, n, area, description, dissolved_on,
            voting, deputies, observers, pattern, signatories,
        ) in rows
    ]


@functools.cache
def _bodies_statement() -> sa.Select:
    """`list_bodies`' statement, the day bound as a parameter: built once (building it cost
    as much as running it, and the register, the Meetings page and every export list the bodies)."""
    m, b = MEMBERSHIPS.c, BODIES.c
    counts = (
        sa.select(
            m.body_id,
            sa.func.count(m.id).label("n"),
            _count_of(*VOTING_ROLES).label("voting"),
            _count_of(Role.DEPUTY).label("deputies"),
            _count_of(Role.OBSERVER).label("observers"),
        )
        .where(_current(sa.bindparam("on", type_=sa.Date)), m.role != Role.SECRETARY)
        .group_by(m.body_id)
        .subquery()
    )
    stmt = (
        sa.select(
            b.id,
            b.name,
            b.short_name,
            b.level,
            b.parent_id,
            b.language,
            sa.func.coalesce(counts.c.n, 0),
            AREAS.c.name,
            b.description,
            b.dissolved_on,
            sa.func.coalesce(counts.c.voting, 0),
            sa.func.coalesce(counts.c.deputies, 0),
            sa.func.coalesce(counts.c.observers, 0),
            b.case_number_pattern,
            b.minutes_signatories,
        )
        .select_from(BODIES)
        .outerjoin(counts, counts.c.body_id == b.id)
        .outerjoin(AREAS, AREAS.c.id == b.area_id)
        .order_by(b.level, b.sort_order, sql_key(b.name))
    )
    return stmt



@dataclass(frozen=True)
class BodyDetail:
    """Every setting of one body, as the body form shows it."""

    id: int
    name: str
    short_name: str
    level: int
    parent_id: int | None
    area_id: int | None
    language: Language
    quorum_rule: QuorumRule
    quorum_count: int | None
    majority_rule: MajorityRule
    minutes_kind: MinutesKind
    std_approve_notice: bool
    std_approve_minutes: bool
    std_other_business: bool
    default_place: str
    default_duration_minutes: int
    term_years: int
    description: str
    case_number_pattern: str
    minutes_signatories: int
    #: The bodies under it, at any depth: none of them (nor the body) can be its parent.
    below_ids: frozenset[int]
    #: The row's version (revision 0007): the form saves with it, so a colleague's change since is told.
    version: int | None = None
    #: The minutes say who spoke at each item, and when each item was treated (revision 0010).
    minutes_list_speakers: bool = False
    minutes_item_times: bool = False


def body_detail(session: Session, body_id: int) -> BodyDetail | None:
    """One body's settings (None when it is gone), with the ids of the bodies under it (two queries)."""
    b = session.get(Body, body_id)
    if b is None:
        return None
    children: dict[int, list[int]] = {}
    for id_, parent_id in session.execute(sa.select(Body.id, Body.parent_id)):
        if parent_id is not None:
            children.setdefault(parent_id, []).append(id_)
    below: set[int] = set()
    todo = list(children.get(body_id, []))
    while todo:
        id_ = todo.pop()
        if id_ not in below:
            below.add(id_)
            todo.extend(children.get(id_, []))
    return BodyDetail(
        b.id, b.name, b.short_name, b.level, b.parent_id, b.area_id, b.language, b.quorum_rule,
        b.quorum_count, b.majority_rule, b.minutes_kind, b.std_approve_notice, b.std_approve_minutes,
        b.std_other_business, b.default_place, b.default_duration_minutes, b.term_years, b.description,
        b.case_number_pattern, b.minutes_signatories or 0, frozenset(below), b.version,
        minutes_list_speakers=bool(b.minutes_list_speakers), minutes_item_times=bool(b.minutes_item_times),
    )


class MemberRow(NamedTuple):
    """A seat as the register's table and the roster show it. A named tuple: thousands are
    made for a roster, and a tuple is made in a fifth of a frozen dataclass's time."""

    membership_id: int
    person_id: int
    name: str
    role: Role
    rights: Rights
    represents: str
    side: Side | None
    area: str
    email: str
    phone: str
    term_from: date
    term_to: date | None
    deputy_for: str
    current: bool
    sort_name: str = ""  # "family given", for sorting by family name
    deputy_for_id: int | None = None  # the membership this deputy stands for
    organisation_id: int | None = None  # the organisation the seat represents
    organisation: str = ""  # its name ("represents" may be a group the seat speaks for)


def body_members(session: Session, body_id: int, on: date | None = None, *, include_ended: bool = False) -> list[MemberRow]:
    """A body's seats on a date (or all of them, ended ones too), in role and family-name order."""
    return members_of_bodies(session, [body_id], on, include_ended=include_ended)[body_id]


def members_of_bodies(
    session: Session, body_ids: list[int], on: date | None = None, *, include_ended: bool = False
) -> dict[int, list[MemberRow]]:
    """The seats of many bodies in one statement, read as plain columns (no ORM objects):
    the roster export of a whole register uses it, and one body's table too."""
    on = on or date.today()
    stmt = _members_statement(include_ended)
    params = {"body_ids": list(body_ids)} if include_ended else {"body_ids": list(body_ids), "on": on}
    out: dict[int, list[MemberRow]] = {bid: [] for bid in body_ids}
    for (
        bid, mid, pid, given, family, role, rights, rep, org_id, org, side, m_area, o_area, email, phone,
        t_from, t_to, deputy_for_id, pg, pf,
    ) in session.execute(stmt, params):
        out[bid].append(
            MemberRow(
                membership_id=mid,
                person_id=pid,
                name=f"{given} {family}".strip(),
                role=role,
                rights=rights,
                represents=rep or org or "",
                side=side,
                area=m_area or o_area or "",
                email=email,
                phone=phone,
                term_from=t_from,
                term_to=t_to,
                deputy_for=f"{pg} {pf}".strip() if (pg or pf) else "",
                current=t_from <= on and (t_to is None or t_to >= on),
                sort_name=f"{family} {given}".strip(),
                deputy_for_id=deputy_for_id,
                organisation_id=org_id,
                organisation=org or "",
            )
        )
    return out


@functools.cache
def _members_statement(include_ended: bool) -> sa.Select:
    """The members statement with the body ids and the date bound as parameters, built once:
    building it (aliases, joins) costs more than running it, on every switch of body."""
    m, p, o = MEMBERSHIPS.c, PEOPLE.c, ORGANISATIONS.c
    principal = MEMBERSHIPS.alias("principal")
    principal_person = PEOPLE.alias("principal_person")
    member_area = AREAS.alias("member_area")
    org_area = AREAS.alias("org_area")
    role_order = sa.case({r.value: i for i, r in enumerate(Role)}, value=m.role)
    stmt = (
        sa.select(
            m.body_id,
            m.id,
            m.person_id,
            p.given_name,
            p.family_name,
            m.role,
            m.rights,
            m.represents_text,
            m.organisation_id,
            o.name,
            o.side,
            member_area.c.name,
            org_area.c.name,
            p.email,
            p.phone,
            m.term_from,
            m.term_to,
            m.deputy_for_id,
            principal_person.c.given_name,
            principal_person.c.family_name,
        )
        .select_from(MEMBERSHIPS)
        .join(PEOPLE, p.id == m.person_id)
        .outerjoin(ORGANISATIONS, o.id == m.organisation_id)
        .outerjoin(member_area, member_area.c.id == m.area_id)
        .outerjoin(org_area, org_area.c.id == o.area_id)
        .outerjoin(principal, principal.c.id == m.deputy_for_id)
        .outerjoin(principal_person, principal_person.c.id == principal.c.person_id)
        .where(m.body_id.in_(sa.bindparam("body_ids", expanding=True)))
        .order_by(m.body_id, role_order, sql_key(p.family_name), sql_key(p.given_name), m.id)
    )
    if not include_ended:
        stmt = stmt.where(_current(sa.bindparam("on", type_=sa.Date)))
    return stmt


@dataclass(frozen=True)
class PersonRow:
    id: int
    name: str
    title: str
    organisation: str
    email: str
    phone: str
    body_count: int
    sort_name: str = ""  # "family given", for sorting by family name
    organisation_id: int | None = None


def search_people(session: Session, text: str = "", *, on: date | None = None, limit: int | None = None) -> list[PersonRow]:
    on = on or date.today()
    counts = (
        sa.select(Membership.person_id, sa.func.count(sa.distinct(Membership.body_id)).label("n"))
        .where(_current(on))
        .group_by(Membership.person_id)
        .subquery()
    )
    stmt = (
        sa.select(Person, Organisation.name, sa.func.coalesce(counts.c.n, 0))
        .outerjoin(Organisation, Organisation.id == Person.organisation_id)
        .outerjoin(counts, counts.c.person_id == Person.id)
        .order_by(sql_key(Person.family_name), sql_key(Person.given_name), Person.id)
    )
    for word in text.split():
        like = f"%{word}%"
        stmt = stmt.where(
            sa.or_(
                Person.given_name.ilike(like),
                Person.family_name.ilike(like),
                Person.email.ilike(like),
                Person.title.ilike(like),
                Organisation.name.ilike(like),
            )
        )
    if limit:
        stmt = stmt.limit(limit)
    return [
        PersonRow(
            p.id,
            p.full_name,
            p.title,
            org or "",
            p.email,
            p.phone,
            n,
            f"{p.family_name} {p.given_name}".strip(),
            p.organisation_id,
        )
        for p, org, n in session.execute(stmt)
    ]


@dataclass(frozen=True)
class MeetingRow:
    id: int
    body_id: int
    body_name: str
    body_short_name: str
    title: str
    starts_at: datetime
    ends_at: datetime
    place: str
    video_link: str
    status: MeetingStatus
    item_count: int
    cancelled_reason: str = ""


def list_meetings(session: Session, *, body_id: int | None = None, year: int | None = None) -> list[MeetingRow]:
    counts = (
        sa.select(AgendaItem.meeting_id, sa.func.count(AgendaItem.id).label("n"))
        .where(AgendaItem.meeting_id.is_not(None))
        .group_by(AgendaItem.meeting_id)
        .subquery()
    )
    stmt = (
        sa.select(Meeting, Body.name, Body.short_name, sa.func.coalesce(counts.c.n, 0))
        .join(Body, Body.id == Meeting.body_id)
        .outerjoin(counts, counts.c.meeting_id == Meeting.id)
        .order_by(Meeting.starts_at, Meeting.id)
    )
    if body_id is not None:
        stmt = stmt.where(Meeting.body_id == body_id)
    if year is not None:
        stmt = stmt.where(Meeting.starts_at >= datetime(year, 1, 1), Meeting.starts_at < datetime(year + 1, 1, 1))
    return [
        MeetingRow(
            m.id, m.body_id, bname, bshort, m.title, m.starts_at, m.ends_at, m.place, m.video_link, m.status, n,
            cancelled_reason=m.cancelled_reason or "",
        )
        for m, bname, bshort, n in session.execute(stmt)
    ]


def body_default_minutes(session: Session, body_id: int) -> int:
    """How long the body's meetings usually last, for a new meeting's end time."""
    return int(session.scalar(sa.select(Body.default_duration_minutes).where(Body.id == body_id)) or 120)


def meeting_years(session: Session) -> list[int]:
    # extract('year', …): SQLite's strftime('%Y', …) and PostgreSQL's EXTRACT alike
    years = session.scalars(sa.select(sa.extract("year", Meeting.starts_at)).distinct()).all()
    return sorted({int(y) for y in years if y is not None})


@dataclass(frozen=True)
class AgendaRow:
    id: int
    position: int
    number: str
    title: str
    case_type: CaseType
    standard: StandardItem | None
    responsible: str
    duration_minutes: int
    starts_at: time
    exempt: bool
    exemption_basis: str
    conclusion: ConclusionKind | None
    not_on_agenda: bool
    approves_own_meeting: bool = False  # the closing item approving this meeting's minutes


def meeting_agenda(session: Session, meeting_id: int) -> list[AgendaRow]:
    meeting = session.get(Meeting, meeting_id)
    if meeting is None:
        return []
    rows = session.execute(
        sa.select(AgendaItem, Conclusion.kind, Person.given_name, Person.family_name, Body.case_number_pattern)
        .join(Body, Body.id == AgendaItem.body_id)
        .outerjoin(Conclusion, Conclusion.item_id == AgendaItem.id)
        .outerjoin(Person, Person.id == AgendaItem.responsible_person_id)
        .where(AgendaItem.meeting_id == meeting_id)
        .order_by(AgendaItem.position, AgendaItem.id)
    ).all()
    clock = meeting.starts_at
    out = []
    for item, kind, pg, pf, pattern in rows:
        person = f"{pg or ''} {pf or ''}".strip()
        out.append(
            AgendaRow(
                item.id,
                item.position,
                item.number_in(pattern),
                item.title,
                item.case_type,
                item.standard,
                item.responsible or person,
                item.duration_minutes,
                clock.time(),
                item.exempt,
                item.exemption_basis,
                kind,
                item.not_on_agenda,
                item.approves_meeting_id == meeting_id,
            )
        )
        clock += timedelta(minutes=item.duration_minutes)
    return out


@dataclass(frozen=True)
class FollowUpRow:
    id: int
    what: str
    responsible: str
    due_on: date | None
    status: FollowUpStatus
    overdue: bool
    done_on: date | None
    body_id: int
    body_name: str
    meeting_id: int | None
    meeting_starts_at: datetime | None
    item_number: str
    item_title: str = ""


def list_follow_ups(session: Session, *, today: date | None = None, body_id: int | None = None) -> list[FollowUpRow]:
    today = today or date.today()
    item_body = aliased(Body)  # the item's body writes its number (a follow-up's body may differ)
    stmt = (
        sa.select(
            FollowUp, Body.name, Person.given_name, Person.family_name, AgendaItem, Meeting.id, Meeting.starts_at,
            item_body.case_number_pattern,
        )
        .join(Body, Body.id == FollowUp.body_id)
        .outerjoin(Person, Person.id == FollowUp.responsible_person_id)
        .outerjoin(AgendaItem, AgendaItem.id == FollowUp.item_id)
        .outerjoin(item_body, item_body.id == AgendaItem.body_id)
        .outerjoin(Meeting, Meeting.id == AgendaItem.meeting_id)
        # Open ones first, each group by due date (no date last).
        .order_by(FollowUp.status == FollowUpStatus.DONE, sa.func.coalesce(FollowUp.due_on, date.max), FollowUp.id)
    )
    if body_id is not None:
        stmt = stmt.where(FollowUp.body_id == body_id)
    out = []
    for f, body_name, pg, pf, item, mid, mstart, pattern in session.execute(stmt):
        person = f"{pg or ''} {pf or ''}".strip()
        responsible = ", ".join(x for x in (person, f.responsible_text) if x)
        out.append(
            FollowUpRow(
                id=f.id,
                what=f.what,
                responsible=responsible,
                due_on=f.due_on,
                status=f.status,
                overdue=f.status == FollowUpStatus.OPEN and f.due_on is not None and f.due_on < today,
                done_on=f.done_on,
                body_id=f.body_id,
                body_name=body_name,
                meeting_id=mid,
                meeting_starts_at=mstart,
                item_number=item.number_in(pattern) if item is not None else "",
                item_title=item.title if item is not None else "",
            )
        )
    return out


@dataclass(frozen=True)
class OrganisationRow:
    id: int
    name: str
    short_name: str
    side: Side
    area: str
    people_count: int
    seat_count: int
    area_id: int | None = None
    #: The row's version (revision 0007): the form saves with it, so a colleague's change since is told.
    version: int | None = None


def list_organisations(session: Session, on: date | None = None) -> list[OrganisationRow]:
    """Every organisation with how many people work there and how many current seats it holds."""
    on = on or date.today()
    people = (
        sa.select(Person.organisation_id, sa.func.count(Person.id).label("n"))
        .where(Person.organisation_id.is_not(None))
        .group_by(Person.organisation_id)
        .subquery()
    )
    seats = (
        sa.select(Membership.organisation_id, sa.func.count(Membership.id).label("n"))
        .where(_current(on), Membership.organisation_id.is_not(None), Membership.role != Role.SECRETARY)
        .group_by(Membership.organisation_id)
        .subquery()
    )
    rows = session.execute(
        sa.select(Organisation, Area.name, sa.func.coalesce(people.c.n, 0), sa.func.coalesce(seats.c.n, 0))
        .outerjoin(Area, Area.id == Organisation.area_id)
        .outerjoin(people, people.c.organisation_id == Organisation.id)
        .outerjoin(seats, seats.c.organisation_id == Organisation.id)
        .order_by(sql_key(Organisation.name), Organisation.id)
    ).all()
    return [
        OrganisationRow(o.id, o.name, o.short_name or "", o.side, area or "", n_people, n_seats, o.area_id, o.version)
        for o, area, n_people, n_seats in rows
    ]


@dataclass(frozen=True)
class AreaRow:
    id: int
    name: str


def list_areas(session: Session) -> list[AreaRow]:
    """The OU areas, in their own order (for choosing one in a form)."""
    stmt = sa.select(Area).order_by(Area.sort_order, sql_key(Area.name), Area.id)
    return [AreaRow(a.id, a.name) for a in session.scalars(stmt)]


@dataclass(frozen=True)
class PersonDetail:
    """One person as a form edits them."""

    id: int
    given_name: str
    family_name: str
    title: str
    email: str
    phone: str
    organisation_id: int | None
    organisation: str
    #: The row's version (revision 0007): the form saves with it, so a colleague's change since is told.
    version: int | None = None

    @property
    def name(self) -> str:
        return f"{self.given_name} {self.family_name}".strip()


def person_detail(session: Session, person_id: int) -> PersonDetail | None:
    person = session.get(Person, person_id)
    if person is None:
        return None
    return PersonDetail(
        person.id,
        person.given_name,
        person.family_name,
        person.title,
        person.email,
        person.phone,
        person.organisation_id,
        person.organisation.name if person.organisation is not None else "",
        person.version,
    )


@dataclass(frozen=True)
class MembershipDetail:
    """One membership as a form edits it."""

    id: int
    body_id: int
    body_name: str
    person_id: int
    person_name: str
    role: Role
    rights: Rights
    organisation_id: int | None
    area_id: int | None
    appointed_by: Side | None
    represents_text: str
    term_from: date
    term_to: date | None
    deputy_for_id: int | None
    #: The row's version (revision 0007): the form saves with it, so a colleague's change since is told.
    version: int | None = None


def membership_detail(session: Session, membership_id: int) -> MembershipDetail | None:
    m = session.get(Membership, membership_id)
    if m is None:
        return None
    return MembershipDetail(
        m.id,
        m.body_id,
        m.body.name,
        m.person_id,
        m.person.full_name,
        m.role,
        m.rights,
        m.organisation_id,
        m.area_id,
        m.appointed_by,
        m.represents_text,
        m.term_from,
        m.term_to,
        m.deputy_for_id,
        m.version,
    )


@dataclass(frozen=True)
class RuleRow:
    """A composition rule of a body: between min and max seats matching the filters."""

    id: int
    body_id: int
    label: str
    side: Side | None
    appointed_by: Side | None
    organisation_id: int | None
    organisation: str
    area_id: int | None
    area: str
    role: Role | None
    min_count: int
    max_count: int | None
    sort_order: int = 0
    position: str = ""
    outside_caps: bool = False
    #: The row's version (revision 0007): the form saves with it, so a colleague's change since is told.
    version: int | None = None


def composition_rules(session: Session, body_id: int) -> list[RuleRow]:
    """A body's rules in their order, read as plain columns (no ORM objects: read on every
    switch of body in the register)."""
    rows = session.execute(_rules_statement(), {"body_id": body_id}).all()
    return [
        RuleRow(
            id_, body, label, side, appointed_by, org_id, org or "", area_id, area or "", role,
            min_count, max_count, sort_order, position, outside_caps, version,
        )
        for (
            id_, body, label, side, appointed_by, org_id, org, area_id, area, role,
            min_count, max_count, sort_order, position, outside_caps, version,
        ) in rows
    ]


@functools.cache
def _rules_statement() -> sa.Select:
    """`composition_rules`' statement, the body bound as a parameter: built once (it is read
    on every switch of body)."""
    r, o, a = COMPOSITION_RULES.c, ORGANISATIONS.c, AREAS.c
    stmt = (
        sa.select(
            r.id, r.body_id, r.label, r.side, r.appointed_by, r.organisation_id, o.name,
            r.area_id, a.name, r.role, r.min_count, r.max_count, r.sort_order, r.position, r.outside_caps,
            r.version,
        )
        .select_from(COMPOSITION_RULES)
        .outerjoin(ORGANISATIONS, o.id == r.organisation_id)
        .outerjoin(AREAS, a.id == r.area_id)
        .where(r.body_id == sa.bindparam("body_id"))
        .order_by(r.sort_order, r.id)
    )
    return stmt
