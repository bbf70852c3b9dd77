"""The register's writes as the forms hand them to `Ops.write`: ids and plain values in, an id out.

The services take ORM objects where a form only knows ids; these functions look the
ids up (an unknown id is a known error) and call the service, which checks the rules.
No rule lives here. Each runs inside the one transaction Ops opened for the user's action.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date

from sqlalchemy.orm import Session

from ..errors import InvalidInput
from ..models import Area, Body, Membership, Organisation, Person, Rights, Role, Side
from ..services import register
from ..services.common import get_or_fail


def _optional(session: Session, cls: type, id_: int | None):
    return get_or_fail(session, cls, id_) if id_ is not None else None


@dataclass(frozen=True)
class PersonForm:
    given_name: str
    family_name: str
    title: str = ""
    email: str = ""
    phone: str = ""
    organisation_id: int | None = None


def create_person(session: Session, form: PersonForm) -> int:
    person = register.create_person(
        session,
        form.given_name,
        form.family_name,
        organisation=_optional(session, Organisation, form.organisation_id),
        title=form.title,
        email=form.email,
        phone=form.phone,
    )
    return person.id


def update_person(session: Session, person_id: int, form: PersonForm) -> int:
    """Correct the person; a new organisation in the form is a move (the seats keep theirs)."""
    person = register.update_person(
        session,
        person_id,
        given_name=form.given_name,
        family_name=form.family_name,
        title=form.title,
        email=form.email,
        phone=form.phone,
    )
    if person.organisation_id != form.organisation_id:
        register.move_person(session, person_id, form.organisation_id)
    return person_id


def move_person(session: Session, person_id: int, organisation_id: int | None) -> int:
    return register.move_person(session, person_id, organisation_id).id


@dataclass(frozen=True)
class OrganisationForm:
    name: str
    side: Side
    short_name: str = ""
    area_id: int | None = None


def create_organisation(session: Session, form: OrganisationForm) -> int:
    org = register.create_organisation(
        session,
        form.name,
        form.side,
        short_name=form.short_name,
        area=_optional(session, Area, form.area_id),
    )
    return org.id


def update_organisation(session: Session, organisation_id: int, form: OrganisationForm) -> int:
    register.update_organisation(
        session,
        organisation_id,
        name=form.name,
        side=form.side,
        short_name=form.short_name,
        area_id=form.area_id,
    )
    return organisation_id


@dataclass(frozen=True)
class MembershipForm:
    role: Role
    rights: Rights
    term_from: date
    term_to: date | None = None
    organisation_id: int | None = None
    area_id: int | None = None
    appointed_by: Side | None = None
    represents_text: str = ""
    deputy_for_id: int | None = None


def add_membership(
    session: Session,
    body_id: int,
    form: MembershipForm,
    *,
    person_id: int | None = None,
    new_person: PersonForm | None = None,
) -> int:
    """A new seat for an existing person, or for a person created in the same transaction."""
    body = get_or_fail(session, Body, body_id)
    if new_person is not None:
        person = get_or_fail(session, Person, create_person(session, new_person))
    else:
        person = get_or_fail(session, Person, person_id) if person_id is not None else None
        if person is None:
            raise InvalidInput("ui.choose_person")
    membership = register.add_membership(
        session,
        body,
        person,
        form.role,
        term_from=form.term_from,
        term_to=form.term_to,
        rights=form.rights,
        organisation=_optional(session, Organisation, form.organisation_id),
        area=_optional(session, Area, form.area_id),
        appointed_by=form.appointed_by,
        represents_text=form.represents_text,
        deputy_for=_optional(session, Membership, form.deputy_for_id),
    )
    return membership.id


def update_membership(session: Session, membership_id: int, form: MembershipForm) -> int:
    register.update_membership(
        session,
        membership_id,
        role=form.role,
        rights=form.rights,
        term_from=form.term_from,
        term_to=form.term_to,
        organisation_id=form.organisation_id,
        area_id=form.area_id,
        appointed_by=form.appointed_by,
        represents_text=form.represents_text,
        deputy_for_id=form.deputy_for_id,
    )
    return membership_id


def end_membership(session: Session, membership_id: int, on: date) -> int:
    return register.end_membership(session, membership_id, on).id


@dataclass(frozen=True)
class RuleForm:
    label: str
    min_count: int = 0
    max_count: int | None = None
    side: Side | None = None
    appointed_by: Side | None = None
    organisation_id: int | None = None
    area_id: int | None = None
    role: Role | None = None


def add_rule(session: Session, body_id: int, form: RuleForm) -> int:
    return register.add_composition_rule(session, get_or_fail(session, Body, body_id), **asdict(form)).id


def update_rule(session: Session, rule_id: int, form: RuleForm) -> int:
    register.update_composition_rule(session, rule_id, **asdict(form))
    return rule_id


def delete_rule(session: Session, rule_id: int) -> int:
    register.delete_composition_rule(session, rule_id)
    return rule_id
