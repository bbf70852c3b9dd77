"""The register's forms as the dialogs fill them, and their writes as the dialogs hand them
to `Ops.write`: a form's ids and plain values in, an id out.

The services take the same ids and check the rules (an unknown id is a known error there);
nothing is looked up and no rule lives here. Each runs inside the one transaction Ops
opened for the user's action.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date

from sqlalchemy.orm import Session

from ..errors import InvalidInput
from ..models import Language, MajorityRule, MinutesKind, QuorumRule, Rights, Role, Side
from ..services import composition, register


@dataclass(frozen=True)
class PersonForm:
    given_name: str
    family_name: str
    title: str = ""
    email: str = ""
    phone: str = ""
    organisation_id: int | None = None


def create_person(session: Session, form: PersonForm) -> int:
    return register.create_person(session, **asdict(form)).id


def update_person(session: Session, person_id: int, form: PersonForm, *, expected_version: int | None = None) -> int:
    """Correct the person; a new organisation in the form is a move (the seats keep theirs).
    `expected_version`: the person's version the form was filled from (services.versions)."""
    fields = asdict(form)
    organisation_id = fields.pop("organisation_id")
    person = register.update_person(session, person_id, **fields, expected_version=expected_version)
    if person.organisation_id != organisation_id:
        register.move_person(session, person_id, organisation_id)
    return person_id


def move_person(session: Session, person_id: int, organisation_id: int | None) -> int:
    return register.move_person(session, person_id, organisation_id).id


@dataclass(frozen=True)
class BodyForm:
    """Every setting the body form edits (the columns of Body that a secretary sets)."""

    name: str
    short_name: str
    language: Language
    case_number_pattern: str
    minutes_signatories: int = 0
    level: int = 4
    parent_id: int | None = None
    area_id: int | None = None
    quorum_rule: QuorumRule = QuorumRule.HALF
    quorum_count: int | None = None
    majority_rule: MajorityRule = MajorityRule.SIMPLE
    minutes_kind: MinutesKind = MinutesKind.REFERAT
    std_approve_notice: bool = True
    std_approve_minutes: bool = True
    std_other_business: bool = True
    default_place: str = ""
    default_duration_minutes: int = 180
    term_years: int = 4
    description: str = ""
    minutes_list_speakers: bool = False  # the minutes say who spoke at each item
    minutes_item_times: bool = False  # the minutes say when each item was treated


def create_body(session: Session, form: BodyForm) -> int:
    """A new body, with what every body made by hand starts with (the national rules)."""
    fields = asdict(form)
    body = register.create_body(session, fields.pop("name"), fields.pop("level"), **fields)
    register.new_body_defaults(session, body)
    return body.id


def update_body(session: Session, body_id: int, form: BodyForm, *, expected_version: int | None = None) -> int:
    return register.update_body(session, body_id, **asdict(form), expected_version=expected_version).id


@dataclass(frozen=True)
class OrganisationForm:
    name: str
    side: Side
    short_name: str = ""
    area_id: int | None = None


def create_organisation(session: Session, form: OrganisationForm) -> int:
    return register.create_organisation(session, **asdict(form)).id


def update_organisation(
    session: Session, organisation_id: int, form: OrganisationForm, *, expected_version: int | None = None
) -> int:
    return register.update_organisation(session, organisation_id, **asdict(form), expected_version=expected_version).id


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
    if new_person is not None:
        person_id = create_person(session, new_person)
    elif person_id is None:
        raise InvalidInput("ui.choose_person")
    return register.add_membership(session, body_id, person_id, **asdict(form)).id


def update_membership(
    session: Session, membership_id: int, form: MembershipForm, *, expected_version: int | None = None
) -> int:
    return register.update_membership(session, membership_id, **asdict(form), expected_version=expected_version).id


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
    position: str = ""
    outside_caps: bool = False


def add_rule(session: Session, body_id: int, form: RuleForm) -> int:
    return register.add_composition_rule(session, body_id, **asdict(form)).id


def update_rule(session: Session, rule_id: int, form: RuleForm, *, expected_version: int | None = None) -> int:
    return register.update_composition_rule(session, rule_id, **asdict(form), expected_version=expected_version).id


def set_body_rules(session: Session, body_id: int, flags: dict[str, bool]) -> int:
    """The body-level composition rules (composition.BODY_FLAGS) shown on the composition page."""
    return composition.set_body_rules(session, body_id, **flags).id


def delete_rule(session: Session, rule_id: int) -> int:
    register.delete_composition_rule(session, rule_id)
    return rule_id
