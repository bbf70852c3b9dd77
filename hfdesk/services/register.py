"""Writes to the register: areas, organisations, people, bodies, rules, memberships."""

from __future__ import annotations

from datetime import date
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from ..errors import InvalidInput
from ..messages import Text
from ..models import (
    DEFAULT_RIGHTS,
    Area,
    Body,
    CompositionRule,
    Language,
    MajorityRule,
    Membership,
    MinutesKind,
    Organisation,
    Person,
    QuorumRule,
    Rights,
    Role,
    Setting,
    Side,
)
from . import case_numbers, composition
from .common import clean, get_or_fail, get_optional, is_email, require
from .versions import check_version, flush
from .rights import may_have_deputy

# Keys of the settings kept in the database file.
SETTING_PARTNERSHIP_NAME = "partnership_name"  # e.g. "Helsefellesskapet i Bergensområdet"


def create_area(session: Session, name: str, sort_order: int = 0) -> Area:
    area = Area(name=require(name, "field.area_name"), sort_order=sort_order)
    session.add(area)
    session.flush()
    return area


def create_organisation(
    session: Session,
    name: str,
    side: Side,
    *,
    short_name: str | None = None,
    area_id: int | None = None,
) -> Organisation:
    name = require(name, "field.organisation_name")
    _refuse_taken_organisation_name(session, name)
    org = Organisation(
        name=name,
        side=Side(side),
        short_name=clean(short_name) or None,
        area=get_optional(session, Area, area_id),
    )
    session.add(org)
    session.flush()
    return org


def _refuse_taken_organisation_name(session: Session, name: str, except_id: int | None = None) -> None:
    """Organisation names are unique, compared without regard to case (as body names)."""
    wanted = name.casefold()
    for id_, existing in session.execute(sa.select(Organisation.id, Organisation.name)):
        if id_ != except_id and existing.casefold() == wanted:
            raise InvalidInput("organisation.name_taken", existing=existing)


def update_organisation(
    session: Session,
    organisation_id: int,
    *,
    name: str,
    side: Side,
    short_name: str | None = None,
    area_id: int | None = None,
    expected_version: int | None = None,
) -> Organisation:
    """Correct an organisation: a name (unique), its side, a short name and its area (None clears).

    The memberships that represent it follow, since they point at the organisation.
    """
    org = get_or_fail(session, Organisation, organisation_id)
    check_version(org, expected_version, ("name", "side", "short_name", "area_id"))
    name = require(name, "field.organisation_name")
    _refuse_taken_organisation_name(session, name, except_id=org.id)
    try:
        side = Side(side)
    except ValueError:
        raise InvalidInput("organisation.choose_side") from None
    org.name = name
    org.side = side
    org.short_name = clean(short_name) or None
    org.area = get_optional(session, Area, area_id)
    flush(session, org, ("name", "side", "short_name", "area_id"))
    return org


def split_name(text: str) -> tuple[str, str]:
    """A full name as given and family name: 'Kari Nordmann' -> ('Kari', 'Nordmann'),
    'Nordmann, Kari' -> ('Kari', 'Nordmann'); without a comma the last word is the family name."""
    text = " ".join(text.split())
    if "," in text:
        family, given = (part.strip() for part in text.split(",", 1))
        return given, family
    if " " in text:
        given, family = text.rsplit(" ", 1)
        return given, family
    return text, ""


def person_key(person: Person) -> str:
    """What two spellings of one person's full name have in common (case and spaces aside):
    the key the imports match a name without an e-mail address by."""
    return name_key(person.full_name)


def name_key(full_name: str) -> str:
    return " ".join(full_name.split()).casefold()


def _person_fields(given_name: str, family_name: str, email: str) -> tuple[str, str, str]:
    """The checks a person passes on create and update: a name, and an e-mail address that can be one."""
    given, family = clean(given_name), clean(family_name)
    if not given and not family:
        raise InvalidInput("person.needs_name")
    email = clean(email)
    if email and not is_email(email):
        shown = " ".join(email.split())  # one line, whatever was typed or pasted
        raise InvalidInput("person.bad_email", email=shown)
    return given, family, email


def create_person(
    session: Session,
    given_name: str,
    family_name: str,
    *,
    organisation_id: int | None = None,
    title: str = "",
    email: str = "",
    phone: str = "",
) -> Person:
    given, family, email = _person_fields(given_name, family_name, email)
    person = Person(
        given_name=given,
        family_name=family,
        organisation=get_optional(session, Organisation, organisation_id),
        title=clean(title),
        email=email,
        phone=clean(phone),
    )
    session.add(person)
    session.flush()
    return person


def update_person(
    session: Session,
    person_id: int,
    *,
    given_name: str,
    family_name: str,
    title: str = "",
    email: str = "",
    phone: str = "",
    expected_version: int | None = None,
) -> Person:
    """Correct a person's name and contact details, validated as create_person.

    The organisation is changed with move_person (the seats held keep whom they represent).
    """
    person = get_or_fail(session, Person, person_id)
    check_version(person, expected_version, _PERSON_FIELDS)
    given, family, email = _person_fields(given_name, family_name, email)
    person.given_name, person.family_name = given, family
    person.title = clean(title)
    person.email = email
    person.phone = clean(phone)
    flush(session, person, _PERSON_FIELDS)
    return person


_PERSON_FIELDS = ("given_name", "family_name", "title", "email", "phone", "organisation_id")


def move_person(session: Session, person_id: int, organisation_id: int | None) -> Person:
    """A person changes employer; existing memberships keep whom they represented."""
    person = get_or_fail(session, Person, person_id)
    person.organisation = get_optional(session, Organisation, organisation_id)
    session.flush()
    return person


# What a body may be set to (the columns' limits, and what a user could mean).
BODY_LEVELS = (1, 2, 3, 4)
MAX_TERM_YEARS = 10
MAX_DURATION_MINUTES = 12 * 60
MAX_QUORUM_COUNT = 999
_BODY_TEXT_LIMITS = {"name": (200, Text("field.body_name")), "short_name": (40, Text("field.body_short_name")),
                     "default_place": (200, Text("field.body_default_place"))}


def create_body(
    session: Session,
    name: str,
    level: int,
    *,
    short_name: str = "",
    parent_id: int | None = None,
    area_id: int | None = None,
    language: Language = Language.NYNORSK,
    quorum_rule: QuorumRule = QuorumRule.HALF,
    quorum_count: int | None = None,
    majority_rule: MajorityRule = MajorityRule.SIMPLE,
    minutes_kind: MinutesKind = MinutesKind.REFERAT,
    std_approve_notice: bool = True,
    std_approve_minutes: bool = True,
    std_other_business: bool = True,
    default_place: str = "",
    default_duration_minutes: int = 180,
    term_years: int = 4,
    description: str = "",
    sort_order: int = 0,
    minutes_signatories: int = 0,
    case_number_pattern: str = case_numbers.DEFAULT_PATTERN,
    national_rules: bool = True,
    minutes_list_speakers: bool = False,
    minutes_item_times: bool = False,
) -> Body:
    """A new body, validated as update_body (see _checked_body). With `national_rules` (the
    default) it starts with the national composition rules (composition.add_national_rules: a GP
    and two user representatives); a template or the demo brings its own and passes False."""
    values = {
        "name": name, "short_name": short_name, "level": level, "parent_id": parent_id, "area_id": area_id,
        "language": language, "quorum_rule": quorum_rule, "quorum_count": quorum_count,
        "majority_rule": majority_rule, "minutes_kind": minutes_kind,
        "std_approve_notice": std_approve_notice, "std_approve_minutes": std_approve_minutes,
        "std_other_business": std_other_business, "default_place": default_place,
        "default_duration_minutes": default_duration_minutes, "term_years": term_years,
        "description": description, "sort_order": sort_order, "dissolved_on": None,
        "minutes_signatories": minutes_signatories, "case_number_pattern": case_number_pattern,
        "minutes_list_speakers": minutes_list_speakers, "minutes_item_times": minutes_item_times,
    }
    body = Body(**_checked_body(session, None, values))
    session.add(body)
    session.flush()
    if national_rules:
        composition.add_national_rules(session, body)
    return body


def new_body_defaults(session: Session, body: Body) -> None:
    """A body made by hand comes last among the bodies of its level (the tree's order), not
    first. (Its national composition rules come with create_body.)"""
    others = sa.select(sa.func.max(Body.sort_order)).where(Body.id != body.id)
    body.sort_order = (session.scalar(others) or 0) + 1


def _check_signatories(count: object) -> None:
    """Justering: 0 (approval in a meeting or by circulation) to 5 named signatories."""
    if not isinstance(count, int) or isinstance(count, bool) or not 0 <= count <= 5:
        raise InvalidInput("body.signatories_range")


def _refuse_taken_body_name(session: Session, name: str, except_id: int | None = None) -> None:
    """Body names are unique, compared without regard to case (there are only a few bodies)."""
    wanted = name.casefold()
    for id_, existing in session.execute(sa.select(Body.id, Body.name)):
        if id_ != except_id and existing.casefold() == wanted:
            raise InvalidInput("body.name_taken", existing=existing)


def _is_count(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _checked_body(session: Session, body: Body | None, values: dict[str, Any]) -> dict[str, Any]:
    """Every field a body will have, checked and cleaned (`body` None: a new one).

    A name, unique without regard to case; texts within their columns; level 1–4, below its
    parent's and above its children's; no parent loop (not under itself or a body under it);
    a known area; a fixed quorum count exactly when the rule is «fast antall», 1–999; a default
    meeting length of 1 minute to 12 hours; a term of 1–10 years; 0–5 signatories; a case
    number pattern services.case_numbers knows.
    """
    values = dict(values)
    values["name"] = require(values["name"], "field.body_name")
    for key in ("short_name", "default_place", "description"):
        values[key] = clean(values[key])
    for key, (most, what) in _BODY_TEXT_LIMITS.items():
        if len(values[key]) > most:
            raise InvalidInput("body.text_too_long", what=what, most=most)
    _refuse_taken_body_name(session, values["name"], except_id=body.id if body is not None else None)
    level = values["level"]
    if not _is_count(level) or level not in BODY_LEVELS:
        raise InvalidInput("body.bad_level")
    if values["parent_id"] is not None:
        parent = get_or_fail(session, Body, values["parent_id"])
        ancestor: Body | None = parent
        while body is not None and ancestor is not None:
            if ancestor.id == body.id:
                raise InvalidInput("body.under_itself")
            ancestor = ancestor.parent
        if parent.level >= level:
            raise InvalidInput("body.level_below_parent")
    if body is not None and any(child.level <= level for child in body.children):
        raise InvalidInput("body.level_above_children")
    if values["area_id"] is not None:
        get_or_fail(session, Area, values["area_id"])
    values["case_number_pattern"] = case_numbers.check_pattern(values["case_number_pattern"])
    for key, enum_cls in (("language", Language), ("quorum_rule", QuorumRule),
                          ("majority_rule", MajorityRule), ("minutes_kind", MinutesKind)):
        values[key] = enum_cls(values[key])
    quorum_count = values["quorum_count"]
    if (values["quorum_rule"] == QuorumRule.FIXED) != (quorum_count is not None):
        raise InvalidInput("body.fixed_quorum_count")
    if quorum_count is not None:
        if not _is_count(quorum_count) or quorum_count <= 0:
            raise InvalidInput("body.quorum_positive")
        if quorum_count > MAX_QUORUM_COUNT:
            raise InvalidInput("body.quorum_too_large", most=MAX_QUORUM_COUNT)
    duration = values["default_duration_minutes"]
    if not _is_count(duration) or duration <= 0:
        raise InvalidInput("body.duration_positive")
    if duration > MAX_DURATION_MINUTES:
        raise InvalidInput("body.duration_too_long", hours=MAX_DURATION_MINUTES // 60)
    term = values["term_years"]
    if not _is_count(term) or term <= 0:
        raise InvalidInput("body.term_positive")
    if term > MAX_TERM_YEARS:
        raise InvalidInput("body.term_too_long", most=MAX_TERM_YEARS)
    _check_signatories(values["minutes_signatories"])
    for key in ("std_approve_notice", "std_approve_minutes", "std_other_business"):
        values[key] = bool(values[key])
    for key in ("minutes_list_speakers", "minutes_item_times"):
        if key in values:
            values[key] = bool(values[key])
    return values


def update_body(session: Session, body_id: int, *, expected_version: int | None = None, **fields: Any) -> Body:
    """Change a body's settings. Keyword names are Body's columns (``parent_id``, ``area_id`` as ids).

    Validated as create_body (_checked_body): the body as it will be, its other fields
    unchanged. A rule other than «fast antall» without a count clears the count. A new case
    number pattern rewrites every number the body shows, past meetings included (the numbers
    stay; only how they are written changes).
    """
    unknown = set(fields) - _BODY_FIELDS
    if unknown:
        raise TypeError(f"update_body: unknown fields {sorted(unknown)}")
    body = get_or_fail(session, Body, body_id)
    check_version(body, expected_version, fields)
    if "quorum_rule" in fields and "quorum_count" not in fields and fields["quorum_rule"] != QuorumRule.FIXED:
        fields["quorum_count"] = None
    values = {key: getattr(body, key) for key in _BODY_FIELDS}
    values.update(fields)
    checked = _checked_body(session, body, values)
    for key in fields:
        setattr(body, key, checked[key])
    flush(session, body, fields)
    return body


_BODY_FIELDS = frozenset({
    "name", "short_name", "level", "parent_id", "area_id", "language", "quorum_rule", "quorum_count",
    "majority_rule", "minutes_kind", "std_approve_notice", "std_approve_minutes", "std_other_business",
    "default_place", "default_duration_minutes", "term_years", "description", "sort_order", "dissolved_on",
    "minutes_signatories",
    "case_number_pattern",
    "minutes_list_speakers", "minutes_item_times",  # revision 0010
})

_RULE_FIELDS = frozenset({
    "label", "min_count", "max_count", "side", "appointed_by", "organisation_id", "area_id", "role",
    "sort_order", "position", "outside_caps",
})


def _validate_rule_counts(label: str, min_count: int, max_count: int | None) -> None:
    if not label:
        raise InvalidInput("rule.needs_label")
    if min_count < 0:
        raise InvalidInput("rule.min_negative")
    if max_count is not None and max_count < min_count:
        raise InvalidInput("rule.max_below_min")


def add_composition_rule(
    session: Session,
    body_id: int,
    *,
    label: str,
    min_count: int = 0,
    max_count: int | None = None,
    side: Side | None = None,
    appointed_by: Side | None = None,
    organisation_id: int | None = None,
    area_id: int | None = None,
    role: Role | None = None,
    position: str = "",
    outside_caps: bool = False,
) -> CompositionRule:
    """Add a rule to a body; `organisation_id`, `area_id` and `position` (text the holder's title
    contains) narrow whom it counts; with `outside_caps` the seats it counts are left out of the
    other rules' maximum (services.composition)."""
    body = get_or_fail(session, Body, body_id)
    organisation = get_optional(session, Organisation, organisation_id)
    area = get_optional(session, Area, area_id)
    label = clean(label)
    _validate_rule_counts(label, min_count, max_count)
    rule = CompositionRule(
        body=body,
        label=label,
        min_count=min_count,
        max_count=max_count,
        side=Side(side) if side else None,
        appointed_by=Side(appointed_by) if appointed_by else None,
        organisation=organisation,
        area=area,
        role=Role(role) if role else None,
        position=clean(position),
        outside_caps=bool(outside_caps),
        sort_order=len(body.composition_rules),
    )
    session.add(rule)
    session.flush()
    return rule


def update_composition_rule(
    session: Session, rule_id: int, *, expected_version: int | None = None, **fields: Any
) -> CompositionRule:
    """Change a rule. Keywords: label, min_count, max_count, side, appointed_by, organisation_id,
    area_id, role, sort_order, position, outside_caps; None clears a filter (or the maximum)."""
    unknown = set(fields) - _RULE_FIELDS
    if unknown:
        raise TypeError(f"update_composition_rule: unknown fields {sorted(unknown)}")
    rule = get_or_fail(session, CompositionRule, rule_id)
    check_version(rule, expected_version, fields)
    if "label" in fields:
        fields["label"] = clean(fields["label"])
    if "position" in fields:
        fields["position"] = clean(fields["position"] or "")
    if "outside_caps" in fields:
        fields["outside_caps"] = bool(fields["outside_caps"])
    if fields.get("min_count", 0) is None:
        fields["min_count"] = 0
    _validate_rule_counts(
        fields.get("label", rule.label), fields.get("min_count", rule.min_count),
        fields.get("max_count", rule.max_count),
    )
    for key in ("side", "appointed_by"):
        if fields.get(key) is not None:
            fields[key] = Side(fields[key])
    if fields.get("role") is not None:
        fields["role"] = Role(fields["role"])
    if fields.get("organisation_id") is not None:
        get_or_fail(session, Organisation, fields["organisation_id"])
    if fields.get("area_id") is not None:
        get_or_fail(session, Area, fields["area_id"])
    for key, value in fields.items():
        setattr(rule, key, value)
    flush(session, rule, fields)
    session.expire(rule, ["organisation", "area"])
    return rule


def delete_composition_rule(session: Session, rule_id: int) -> None:
    """Remove a rule. Rules are configuration, not history, so nothing is kept."""
    rule = get_or_fail(session, CompositionRule, rule_id)
    body = rule.body
    body.composition_rules.remove(rule)
    session.flush()


def add_membership(
    session: Session,
    body_id: int,
    person_id: int,
    role: Role,
    *,
    term_from: date,
    term_to: date | None = None,
    rights: Rights | None = None,
    organisation_id: int | None = None,
    area_id: int | None = None,
    appointed_by: Side | None = None,
    represents_text: str = "",
    deputy_for_id: int | None = None,
) -> Membership:
    """A seat in a body. Without `organisation_id` it represents the person's organisation;
    `deputy_for_id` is the membership a deputy stands for."""
    body = get_or_fail(session, Body, body_id)
    person = get_or_fail(session, Person, person_id)
    organisation = get_optional(session, Organisation, organisation_id)
    area = get_optional(session, Area, area_id)
    deputy_for = get_optional(session, Membership, deputy_for_id)
    role = Role(role)
    _check_term(term_from, term_to)
    _check_deputy_for(body.id, role, deputy_for)
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


def _check_term(term_from: date, term_to: date | None) -> None:
    if term_to is not None and term_to < term_from:
        raise InvalidInput("membership.ends_before_start")


def _check_deputy_for(body_id: int, role: Role, deputy_for: Membership | None, self_id: int | None = None) -> None:
    """A deputy stands for a member of the same body with the vote; only deputies stand for someone."""
    if deputy_for is None:
        return
    if role != Role.DEPUTY:
        raise InvalidInput("membership.only_deputy_for")
    if self_id is not None and deputy_for.id == self_id:
        raise InvalidInput("membership.deputy_for_self")
    if deputy_for.body_id != body_id:
        raise InvalidInput("membership.deputy_same_body")
    if not may_have_deputy(deputy_for.role):
        raise InvalidInput("membership.deputy_for_voter")


class _Keep:
    """Marks an argument left out of update_membership (None is a value there: it clears)."""

    def __repr__(self) -> str:
        return "KEEP"


KEEP: Any = _Keep()


def update_membership(
    session: Session,
    membership_id: int,
    *,
    role: Role | None = KEEP,
    rights: Rights | None = KEEP,
    organisation_id: int | None = KEEP,
    area_id: int | None = KEEP,
    appointed_by: Side | None = KEEP,
    represents_text: str | None = KEEP,
    term_from: date | None = KEEP,
    term_to: date | None = KEEP,
    deputy_for_id: int | None = KEEP,
    expected_version: int | None = None,
) -> Membership:
    """Correct a membership, validated as add_membership.

    An argument left out keeps its value. For the fields that may be empty (organisation_id,
    area_id, appointed_by, term_to, deputy_for_id) None clears them; for the others (role,
    rights, represents_text, term_from) None keeps the value, so a form may pass every field.
    A new role without new rights gets that role's usual rights. A member with deputies
    standing for them cannot be given a role without the vote. Ending a term is end_membership.
    """
    m = get_or_fail(session, Membership, membership_id)
    check_version(m, expected_version, _MEMBERSHIP_FIELDS)
    new_role = m.role if role is KEEP or role is None else Role(role)
    new_from = m.term_from if term_from is KEEP or term_from is None else term_from
    new_to = m.term_to if term_to is KEEP else term_to
    _check_term(new_from, new_to)
    if deputy_for_id is KEEP:
        deputy_for = m.deputy_for
    else:
        deputy_for = get_optional(session, Membership, deputy_for_id)
    _check_deputy_for(m.body_id, new_role, deputy_for, self_id=m.id)
    if new_role != m.role and not may_have_deputy(new_role) and m.deputies:
        names = ", ".join(d.person.full_name for d in m.deputies)
        raise InvalidInput("membership.has_deputies", person=m.person.full_name, names=names)
    if rights is not KEEP and rights is not None:
        m.rights = Rights(rights)
    elif new_role != m.role:
        m.rights = DEFAULT_RIGHTS[new_role]
    m.role = new_role
    m.term_from, m.term_to = new_from, new_to
    m.deputy_for = deputy_for
    if organisation_id is not KEEP:
        m.organisation = get_optional(session, Organisation, organisation_id)
    if area_id is not KEEP:
        m.area = get_optional(session, Area, area_id)
    if appointed_by is not KEEP:
        m.appointed_by = Side(appointed_by) if appointed_by is not None else None
    if represents_text is not KEEP and represents_text is not None:
        m.represents_text = clean(represents_text)
    flush(session, m, _MEMBERSHIP_FIELDS)
    return m


_MEMBERSHIP_FIELDS = ("role", "rights", "organisation_id", "area_id", "appointed_by", "represents_text",
                      "term_from", "term_to", "deputy_for_id")


def end_membership(session: Session, membership_id: int, on: date) -> Membership:
    """End a term. The membership stays in the register as history."""
    membership = get_or_fail(session, Membership, membership_id)
    if on < membership.term_from:
        raise InvalidInput("membership.ended_before_start")
    membership.term_to = on
    session.flush()
    return membership


def set_setting(session: Session, key: str, text_value: str) -> Setting:
    """Store a text setting in the database file (created or replaced)."""
    key = require(key, "field.setting_name")
    setting = session.get(Setting, key)
    if setting is None:
        setting = Setting(key=key)
        session.add(setting)
    setting.text_value = clean(text_value)
    session.flush()
    return setting


# --- personvern: a person's contact details, once they no longer sit in any body --------------


def seats_held(session: Session, person_id: int, on: date | None = None) -> list[str]:
    """The bodies the person sits in on `on` (default today) or will sit in: every membership
    whose term has not ended. Names in Norwegian order, each once."""
    from ..sorting import norwegian_key

    on = on or date.today()
    names = session.scalars(
        sa.select(Body.name)
        .join(Membership, Membership.body_id == Body.id)
        .where(Membership.person_id == person_id, sa.or_(Membership.term_to.is_(None), Membership.term_to >= on))
        .distinct()
    )
    return sorted(names, key=norwegian_key)


def remove_contact_details(session: Session, person_id: int, *, on: date | None = None) -> Person:
    """Personvern: clear the e-mail address, the phone number and the notes of a person who no
    longer sits in any body (no membership current on `on`, default today, or starting later).

    The name, the job title and the organisation stay, and so does every reference to the
    person (memberships, attendance, votes, proposals, protocol entries, follow-ups): approved
    minutes and the archive need them, and the minutes print the name and the title. Refused
    (`person.still_sits`) for someone who still sits in, or is appointed to, a body.

    The old values are overwritten in the file itself, not just unlinked: SQLite's
    ``secure_delete`` is on while the row is rewritten, so no copy is left in the file's free
    space. Backups made before keep them until retention removes them (`hfdesk.backup`). On a
    shared database (PostgreSQL) the server's VACUUM does that, not hfdesk.
    """
    person = get_or_fail(session, Person, person_id)
    bodies = seats_held(session, person.id, on)
    if bodies:
        raise InvalidInput("person.still_sits", name=person.full_name, bodies=", ".join(bodies))
    connection = session.connection()
    if connection.dialect.name != "sqlite":
        # A shared database (PostgreSQL): the old row version stays in the table's pages until
        # the server's VACUUM reuses them; that, and the server's backups, are the server's
        # business (hfdesk.pgdb).
        person.email = ""
        person.phone = ""
        person.notes = ""
        session.flush()
        return person
    previous = connection.exec_driver_sql("PRAGMA secure_delete").scalar()
    connection.exec_driver_sql("PRAGMA secure_delete = ON")
    try:
        person.email = ""
        person.phone = ""
        person.notes = ""
        session.flush()
    finally:
        connection.exec_driver_sql(f"PRAGMA secure_delete = {1 if previous else 0}")
    return person
