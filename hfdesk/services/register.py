"""Writes to the register: areas, organisations, people, bodies, rules, memberships."""

from __future__ import annotations

from datetime import date

from sqlalchemy.orm import Session

from ..errors import InvalidInput
from ..models import (
    DEFAULT_RIGHTS,
    Area,
    Body,
    CompositionRule,
    Language,
    MajorityRule,
    MinutesKind,
    Membership,
    Organisation,
    Person,
    QuorumRule,
    Rights,
    Role,
    Setting,
    Side,
)
from .common import clean, get_or_fail, require

# Keys of the settings kept in the database file.
SETTING_PARTNERSHIP_NAME = "partnership_name"  # e.g. "Helsefellesskapet i Bergensområdet"


def create_area(session: Session, name: str, sort_order: int = 0) -> Area:
    area = Area(name=require(name, "Navnet på området"), sort_order=sort_order)
    session.add(area)
    session.flush()
    return area


def create_organisation(
    session: Session,
    name: str,
    side: Side,
    *,
    short_name: str | None = None,
    area: Area | None = None,
) -> Organisation:
    org = Organisation(
        name=require(name, "Navnet på organisasjonen"),
        side=Side(side),
        short_name=clean(short_name) or None,
        area=area,
    )
    session.add(org)
    session.flush()
    return org


def create_person(
    session: Session,
    given_name: str,
    family_name: str,
    *,
    organisation: Organisation | None = None,
    title: str = "",
    email: str = "",
    phone: str = "",
) -> Person:
    given, family = clean(given_name), clean(family_name)
    if not given and not family:
        raise InvalidInput("Personen må ha et navn.")
    email = clean(email)
    if email and ("@" not in email or " " in email):
        raise InvalidInput(f"«{email}» er ikke en gyldig e-postadresse.")
    person = Person(
        given_name=given,
        family_name=family,
        organisation=organisation,
        title=clean(title),
        email=email,
        phone=clean(phone),
    )
    session.add(person)
    session.flush()
    return person


def move_person(session: Session, person_id: int, organisation_id: int | None) -> Person:
    """A person changes employer; existing memberships keep whom they represented."""
    person = get_or_fail(session, Person, person_id)
    person.organisation = get_or_fail(session, Organisation, organisation_id) if organisation_id else None
    session.flush()
    return person


def create_body(
    session: Session,
    name: str,
    level: int,
    *,
    short_name: str = "",
    parent: Body | None = None,
    area: Area | None = None,
    language: Language = Language.NYNORSK,
    quorum_rule: QuorumRule = QuorumRule.HALF,
    quorum_count: int | None = None,
    majority_rule: MajorityRule = MajorityRule.SIMPLE,
    minutes_kind: MinutesKind = MinutesKind.REFERAT,
    default_place: str = "",
    description: str = "",
    sort_order: int = 0,
) -> Body:
    if level not in (1, 2, 3, 4):
        raise InvalidInput("Nivået må være 1, 2, 3 eller 4.")
    if parent is not None and parent.level >= level:
        raise InvalidInput("Et underordnet organ må ligge på et lavere nivå enn organet over.")
    if (quorum_rule == QuorumRule.FIXED) != (quorum_count is not None):
        raise InvalidInput("Et fast antall for vedtaksførhet må oppgis når regelen er «fast antall».")
    body = Body(
        name=require(name, "Navnet på organet"),
        short_name=clean(short_name),
        level=level,
        parent=parent,
        area=area,
        language=Language(language),
        quorum_rule=QuorumRule(quorum_rule),
        quorum_count=quorum_count,
        majority_rule=MajorityRule(majority_rule),
        minutes_kind=MinutesKind(minutes_kind),
        default_place=clean(default_place),
        description=clean(description),
        sort_order=sort_order,
    )
    session.add(body)
    session.flush()
    return body


def add_composition_rule(
    session: Session,
    body: Body,
    *,
    label: str,
    min_count: int = 0,
    max_count: int | None = None,
    side: Side | None = None,
    appointed_by: Side | None = None,
    organisation: Organisation | None = None,
    area: Area | None = None,
    role: Role | None = None,
) -> CompositionRule:
    if min_count < 0 or (max_count is not None and max_count < min_count):
        raise InvalidInput("Største antall kan ikke være mindre enn minste antall.")
    rule = CompositionRule(
        body=body,
        label=clean(label),
        min_count=min_count,
        max_count=max_count,
        side=side,
        appointed_by=appointed_by,
        organisation=organisation,
        area=area,
        role=role,
        sort_order=len(body.composition_rules),
    )
    session.add(rule)
    session.flush()
    return rule


def add_membership(
    session: Session,
    body: Body,
    person: Person,
    role: Role,
    *,
    term_from: date,
    term_to: date | None = None,
    rights: Rights | None = None,
    organisation: Organisation | None = None,
    area: Area | None = None,
    appointed_by: Side | None = None,
    represents_text: str = "",
    deputy_for: Membership | None = None,
) -> Membership:
    role = Role(role)
    if term_to is not None and term_to < term_from:
        raise InvalidInput("Perioden kan ikke slutte før den begynner.")
    if deputy_for is not None:
        if role != Role.DEPUTY:
            raise InvalidInput("Bare et varamedlem kan stå for et annet medlem.")
        if deputy_for.body_id != body.id:
            raise InvalidInput("Varamedlemmet må stå for et medlem i samme organ.")
        if deputy_for.role in (Role.DEPUTY, Role.OBSERVER, Role.SECRETARY):
            raise InvalidInput("En vara kan bare stå for et medlem med stemmerett.")
    membership = Membership(
        body=body,
        person=person,
        role=role,
        rights=Rights(rights) if rights else DEFAULT_RIGHTS[role],
        organisation=organisation if organisation is not None else person.organisation,
        area=area,
        appointed_by=appointed_by,
        represents_text=clean(represents_text),
        term_from=term_from,
        term_to=term_to,
        deputy_for=deputy_for,
    )
    session.add(membership)
    session.flush()
    return membership


def end_membership(session: Session, membership_id: int, on: date) -> Membership:
    """End a term. The membership stays in the register as history."""
    membership = get_or_fail(session, Membership, membership_id)
    if on < membership.term_from:
        raise InvalidInput("En periode kan ikke slutte før den begynte.")
    membership.term_to = on
    session.flush()
    return membership


def set_setting(session: Session, key: str, text_value: str) -> Setting:
    """Store a text setting in the database file (created or replaced)."""
    key = require(key, "Navnet på innstillingen")
    setting = session.get(Setting, key)
    if setting is None:
        setting = Setting(key=key)
        session.add(setting)
    setting.text_value = clean(text_value)
    session.flush()
    return setting
