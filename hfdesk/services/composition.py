"""The composition check: is each body composed as its rules say (domain.md §2)?

This is the one place the composition rules are interpreted. The screens, the roster
export and ``hfdesk check --json`` all call :func:`check_body` or :func:`check_all`.

Everything is judged on one day, ``on`` (today unless given). A membership is
*current* on that day when ``term_from <= on`` and ``term_to`` is empty or ``>= on``.
A body dissolved on or before ``on`` has no breaches.

Counting (what a :class:`~hfdesk.models.CompositionRule` counts)
    * A rule **without a role** counts the *voting seats*: current memberships with the
      role leader, deputy leader or member. A rule with the role **member** counts the
      same (the leader and the deputy leader are members too, domain.md §3).
    * Deputies, observers and secretaries are counted **only** by a rule that names
      their role (e.g. "Fastlege (observatør)": side GP, role observer). A rule naming
      the leader (or deputy leader) counts only leaders (or deputy leaders).
    * Every filter a rule sets must match: ``side`` is the side of the membership's
      organisation (a membership without one matches no side); ``appointed_by`` the
      membership's; ``organisation`` the membership's; ``area`` matches the membership's
      own area *or* its organisation's area.
    * ``position`` (when set) must be contained in the holder's title (Person.title, the
      stilling), compared without regard to case: "kommunedirektør" counts a
      "Kommunedirektør" and not a "kommunaldirektør".
    * ``min_count`` not met gives ``missing_seat``; ``max_count`` exceeded gives
      ``cap_exceeded``.
    * **Outside the caps**: the seats a rule with ``outside_caps`` counts are left out when
      *another* rule's maximum is checked, and out of matching representation. So OU Bergen's
      "Kommuneoverlege, 1, outside the caps" (position kommuneoverlege) keeps the
      kommuneoverlege from Bergen kommune's cap of six. Minimums still count every holder.

Body-level rules (columns on Body, edited on the composition page)
    * ``leader_sides_differ``: the current leader and deputy leader come from different sides.
    * ``shared_deputies``: the deputies are one shared list; a deputy standing for no named
      member is then no breach.
    * ``deputy_same_side`` (on by default): a deputy stands in only for a member of the same
      side (the side of the membership's organisation; a deputy or member without one is not
      judged). The meeting refuses others (rights.deputy_may_stand_in); the check reports a
      deputy registered for a member of another side.
    * ``matching_representation``: as many voting seats from the municipal side as from the
      hospital side (seats counted by an outside-the-caps rule left out).
    * The national rules ("brukarar og fastlegar på alle nivå"): :func:`add_national_rules`
      gives a body ordinary rules for at least one GP and the two user representatives (one
      appointed by each side); register.create_body adds them to every new body.

Codes (stable: scripts rely on them)
    ``missing_seat``
        A rule's minimum is not met.
    ``cap_exceeded``
        A rule's maximum is exceeded; the message names the holders.
    ``leader_wrong_side``
        The rules name the side of the leader or deputy leader (a rule with role leader
        or deputy leader, a side and min ≥ 1) and a current holder of that role comes
        from another side. Reported *instead of* ``missing_seat`` for that rule, once per
        wrong-side holder.
    ``term_ended``
        A seat whose holder's term ended and to which nobody has been appointed since.
        Precisely: memberships of a body are grouped by the seat they hold:

        * leader, deputy leader, secretary: the role is the seat;
        * a deputy: standing for the same member;
        * a seat appointed by a side (user representatives): role, ``appointed_by``, area
          and the side of the organisation (another user organisation may take it over);
        * otherwise: role, area and organisation.

        Within a group, each membership that began later succeeds one earlier holder whose
        term ended (oldest first; a renewal of the same person counts). A membership with
        ``term_to < on`` left without a successor is reported when it ended within the
        body's term length (``term_years`` before ``on``; older ones are plain history).
        An ended deputy whose member is not current is not reported (that member's own
        seat is).
    ``deputy_without_member``
        A current deputy who stands for nobody, or for a membership that is not current
        on ``on`` (ended or not yet begun), or not a voting seat of the same body.
    ``no_leader``
        The body has current voting members, no current leader, and no rule that asks
        for a leader (such a rule reports ``missing_seat`` instead).
    ``leader_sides_same``
        The body has ``leader_sides_differ`` and its leader and deputy leader come from the
        same side.
    ``deputy_other_side``
        The body has ``deputy_same_side`` and a current deputy stands for a member of another
        side.
    ``representation_unequal``
        The body has ``matching_representation`` and the municipal and hospital sides hold
        different numbers of voting seats.

Messages are one line naming people, organisations and numbers. A breach carries a message
code (``composition.*`` in hfdesk/messages.py) and its parameters, not finished text: the
edge renders it in the reader's language (:meth:`Breach.render`; ``Breach.message`` is the
current message language). The pieces (what seats a rule counts, a role, a side, a date) are
Phrases built per language from the word tables below.

The check reads everything in a fixed number of statements (bodies, rules,
memberships with people and organisations, areas), whatever the number of bodies
and members.
"""

from __future__ import annotations

import functools
from collections import defaultdict
from dataclasses import dataclass
from datetime import date

import sqlalchemy as sa
from sqlalchemy.orm import Session

from ..dates import medium_date
from ..errors import NotFound
from ..messages import Phrase, Text
from ..models import Body, CompositionRule, Language, Role, Side
from ..models.tables import AREAS, BODIES, COMPOSITION_RULES, MEMBERSHIPS, ORGANISATIONS, PEOPLE
from ..sorting import sql_key

CODES = (
    "missing_seat",
    "cap_exceeded",
    "leader_wrong_side",
    "term_ended",
    "deputy_without_member",
    "no_leader",
    "leader_sides_same",
    "deputy_other_side",
    "representation_unequal",
)

VOTING_ROLES = frozenset({Role.LEADER, Role.DEPUTY_LEADER, Role.MEMBER})


@dataclass(frozen=True)
class Breach:
    """One breach: its code (CODES) and its message, a code from hfdesk/messages.py with its
    parameters, rendered where it is shown in the reader's language (a plain str, as a test may
    give, is shown as it is)."""

    body_id: int
    code: str
    text: Text | str
    rule_id: int | None = None
    membership_id: int | None = None

    def render(self, language: str | None = None) -> str:
        """The message in `language` ('nb', 'nn' or 'en'; default: the current message language)."""
        return self.text.render(language) if isinstance(self.text, Text) else self.text

    @property
    def message(self) -> str:
        """The message in the current message language (the edge's: messages.set_language)."""
        return self.render()


# -- what is loaded ----------------------------------------------------------------


@dataclass(frozen=True)
class _Seat:
    id: int
    body_id: int
    role: Role
    person: str
    organisation_id: int | None
    organisation: str
    side: Side | None
    area_id: int | None
    org_area_id: int | None
    appointed_by: Side | None
    term_from: date
    term_to: date | None
    deputy_for_id: int | None
    title: str = ""

    def current(self, on: date) -> bool:
        return self.term_from <= on and (self.term_to is None or self.term_to >= on)

    @property
    def who(self) -> str:
        return f"{self.person} ({self.organisation})" if self.organisation else self.person


@dataclass(frozen=True)
class _Rule:
    id: int
    body_id: int
    label: str
    side: Side | None
    appointed_by: Side | None
    organisation_id: int | None
    organisation: str
    area_id: int | None
    role: Role | None
    min_count: int
    max_count: int | None
    position: str = ""
    outside_caps: bool = False


@dataclass(frozen=True)
class _Body:
    id: int
    name: str
    term_years: int
    dissolved_on: date | None
    leader_sides_differ: bool = False
    shared_deputies: bool = False
    deputy_same_side: bool = True
    matching_representation: bool = False


# -- the words of the messages, per language ----------------------------------------
#
# A breach is a message code (hfdesk/messages.py) whose pieces (what seats a rule counts,
# who holds them, a date) are Phrases: built in the reader's language when the message is
# shown, from the tables below (singular and plural; bokmål, nynorsk, English).

_ROLE_NOUN: dict[str, dict[Role, tuple[str, str]]] = {
    "nb": {
        Role.LEADER: ("leder", "ledere"),
        Role.DEPUTY_LEADER: ("nestleder", "nestledere"),
        Role.MEMBER: ("medlem", "medlemmer"),
        Role.DEPUTY: ("varamedlem", "varamedlemmer"),
        Role.OBSERVER: ("observatør", "observatører"),
        Role.SECRETARY: ("sekretær", "sekretærer"),
    },
    "nn": {
        Role.LEADER: ("leiar", "leiarar"),
        Role.DEPUTY_LEADER: ("nestleiar", "nestleiarar"),
        Role.MEMBER: ("medlem", "medlemer"),
        Role.DEPUTY: ("varamedlem", "varamedlemer"),
        Role.OBSERVER: ("observatør", "observatørar"),
        Role.SECRETARY: ("sekretær", "sekretærar"),
    },
    "en": {
        Role.LEADER: ("leader", "leaders"),
        Role.DEPUTY_LEADER: ("deputy leader", "deputy leaders"),
        Role.MEMBER: ("member", "members"),
        Role.DEPUTY: ("deputy", "deputies"),
        Role.OBSERVER: ("observer", "observers"),
        Role.SECRETARY: ("secretary", "secretaries"),
    },
}
# "Lederen Kari Nordmann (Alver kommune) kommer fra …" (the roles a rule may name the side of)
_ROLE_THE: dict[str, dict[Role, str]] = {
    "nb": {Role.LEADER: "Lederen", Role.DEPUTY_LEADER: "Nestlederen"},
    "nn": {Role.LEADER: "Leiaren", Role.DEPUTY_LEADER: "Nestleiaren"},
    "en": {Role.LEADER: "The leader", Role.DEPUTY_LEADER: "The deputy leader"},
}
# "… reglene sier leder fra kommunene", "… the rules ask for a leader from the municipalities"
_ROLE_ONE: dict[str, str] = {"nb": "{}", "nn": "{}", "en": "a {}"}
_ROLE_AS: dict[str, dict[Role, str]] = {
    "nb": {
        Role.LEADER: "som leder",
        Role.DEPUTY_LEADER: "som nestleder",
        Role.MEMBER: "som medlem",
        Role.DEPUTY: "som varamedlem",
        Role.OBSERVER: "som observatør",
        Role.SECRETARY: "som sekretær",
    },
    "nn": {
        Role.LEADER: "som leiar",
        Role.DEPUTY_LEADER: "som nestleiar",
        Role.MEMBER: "som medlem",
        Role.DEPUTY: "som varamedlem",
        Role.OBSERVER: "som observatør",
        Role.SECRETARY: "som sekretær",
    },
    "en": {
        Role.LEADER: "as leader",
        Role.DEPUTY_LEADER: "as deputy leader",
        Role.MEMBER: "as member",
        Role.DEPUTY: "as deputy",
        Role.OBSERVER: "as observer",
        Role.SECRETARY: "as secretary",
    },
}
_SIDE_NOUN: dict[str, dict[Side, tuple[str, str]]] = {
    "nb": {
        Side.MUNICIPAL: ("kommunal representant", "kommunale representanter"),
        Side.HOSPITAL: (
            "representant fra spesialisthelsetjenesten",
            "representanter fra spesialisthelsetjenesten",
        ),
        Side.USER: ("brukerrepresentant", "brukerrepresentanter"),
        Side.GP: ("fastlege", "fastleger"),
        Side.KS: ("representant fra KS", "representanter fra KS"),
        Side.UNION: ("representant fra hovedsammenslutningene", "representanter fra hovedsammenslutningene"),
        Side.SECRETARIAT: ("representant fra sekretariatet", "representanter fra sekretariatet"),
        Side.OTHER: ("representant fra en annen part", "representanter fra andre parter"),
    },
    "nn": {
        Side.MUNICIPAL: ("kommunal representant", "kommunale representantar"),
        Side.HOSPITAL: (
            "representant frå spesialisthelsetenesta",
            "representantar frå spesialisthelsetenesta",
        ),
        Side.USER: ("brukarrepresentant", "brukarrepresentantar"),
        Side.GP: ("fastlege", "fastlegar"),
        Side.KS: ("representant frå KS", "representantar frå KS"),
        Side.UNION: ("representant frå hovudsamanslutningane", "representantar frå hovudsamanslutningane"),
        Side.SECRETARIAT: ("representant frå sekretariatet", "representantar frå sekretariatet"),
        Side.OTHER: ("representant frå ein annan part", "representantar frå andre partar"),
    },
    "en": {
        Side.MUNICIPAL: ("municipal representative", "municipal representatives"),
        Side.HOSPITAL: ("hospital representative", "hospital representatives"),
        Side.USER: ("user representative", "user representatives"),
        Side.GP: ("GP", "GPs"),
        Side.KS: ("representative of KS", "representatives of KS"),
        Side.UNION: ("representative of the unions", "representatives of the unions"),
        Side.SECRETARIAT: ("representative of the secretariat", "representatives of the secretariat"),
        Side.OTHER: ("representative of another party", "representatives of other parties"),
    },
}
# "fra kommunene", "oppnevnt av kommunene"
_SIDE_WHO: dict[str, dict[Side, str]] = {
    "nb": {
        Side.MUNICIPAL: "kommunene",
        Side.HOSPITAL: "spesialisthelsetjenesten",
        Side.USER: "brukerne",
        Side.GP: "fastlegene",
        Side.KS: "KS",
        Side.UNION: "hovedsammenslutningene",
        Side.SECRETARIAT: "sekretariatet",
        Side.OTHER: "en annen part",
    },
    "nn": {
        Side.MUNICIPAL: "kommunane",
        Side.HOSPITAL: "spesialisthelsetenesta",
        Side.USER: "brukarane",
        Side.GP: "fastlegane",
        Side.KS: "KS",
        Side.UNION: "hovudsamanslutningane",
        Side.SECRETARIAT: "sekretariatet",
        Side.OTHER: "ein annan part",
    },
    "en": {
        Side.MUNICIPAL: "the municipalities",
        Side.HOSPITAL: "the hospitals",
        Side.USER: "the users",
        Side.GP: "the GPs",
        Side.KS: "KS",
        Side.UNION: "the unions",
        Side.SECRETARIAT: "the secretariat",
        Side.OTHER: "another party",
    },
}
# The pieces of a noun phrase for the seats a rule counts ({} is filled in).
_PIECES: dict[str, dict[str, str]] = {
    "nb": {
        "from": "fra {}", "appointed_by": "oppnevnt av {}", "appointed_by_many": "oppnevnt av {}", "area": "for området {}",
        "position": "med stillingen «{}»", "and": " og ",
    },
    "nn": {
        "from": "frå {}", "appointed_by": "oppnemnd av {}", "appointed_by_many": "oppnemnde av {}", "area": "for området {}",
        "position": "med stillinga «{}»", "and": " og ",
    },
    "en": {
        "from": "from {}", "appointed_by": "appointed by {}", "appointed_by_many": "appointed by {}", "area": "for the area {}",
        "position": "with the position “{}”", "and": " and ",
    },
}  # fmt: skip
_REPRESENTATIVE: dict[str, tuple[str, str]] = {
    "nb": ("representant", "representanter"),
    "nn": ("representant", "representantar"),
    "en": ("representative", "representatives"),
}
_SEATS: dict[str, tuple[str, str]] = {
    "nb": ("plass", "plasser"),
    "nn": ("plass", "plassar"),
    "en": ("seat", "seats"),
}


def _seats_word(language: str, n: int) -> str:
    return _SEATS[language][0 if n == 1 else 1]


def _seat_count(language: str, n: int) -> str:
    """'1 plass', '3 plasser'."""
    return f"{n} {_seats_word(language, n)}"


def _names(language: str, who: tuple[str, ...]) -> str:
    """'A, B og C' ('A, B and C')."""
    return who[0] if len(who) == 1 else ", ".join(who[:-1]) + _PIECES[language]["and"] + who[-1]


def _date(language: str, day: date) -> str:
    return medium_date(day, language)


def _role_the(language: str, role: Role) -> str:
    return _ROLE_THE[language][role]


def _role_one(language: str, role: Role) -> str:
    return _ROLE_ONE[language].format(_ROLE_NOUN[language][role][0])


def _role_as(language: str, role: Role) -> str:
    return _ROLE_AS[language][role]


def _side_who(language: str, side: Side) -> str:
    return _SIDE_WHO[language][side]


def _describe(language: str, rule: _Rule, n: int, area: str) -> str:
    """A noun phrase for the seats a rule counts: 'brukerrepresentant oppnevnt av kommunene'."""
    form = 0 if n == 1 else 1
    pieces = _PIECES[language]
    if rule.side is not None and rule.role in (Role.LEADER, Role.DEPUTY_LEADER):
        noun = f"{_ROLE_NOUN[language][rule.role][form]} {pieces['from'].format(_SIDE_WHO[language][rule.side])}"
    elif rule.side is not None:
        noun = _SIDE_NOUN[language][rule.side][form]
    elif rule.role is not None:
        noun = _ROLE_NOUN[language][rule.role][form]
    else:
        noun = _REPRESENTATIVE[language][form]
    parts = [noun]
    if rule.appointed_by is not None:
        parts.append(pieces["appointed_by" if n == 1 else "appointed_by_many"].format(_SIDE_WHO[language][rule.appointed_by]))
    if rule.organisation_id is not None:
        parts.append(pieces["from"].format(rule.organisation))
    if rule.area_id is not None:
        parts.append(pieces["area"].format(area))
    if rule.position.strip():
        parts.append(pieces["position"].format(rule.position.strip()))
    if rule.side is not None and rule.role not in (None, Role.MEMBER, Role.LEADER, Role.DEPUTY_LEADER):
        parts.append(_ROLE_AS[language][rule.role])
    return " ".join(parts)


def _seats(rule: _Rule, n: int, area_names: dict[int, str]) -> Phrase:
    """What `n` seats of `rule` are, in the reader's language."""
    area = area_names.get(rule.area_id, "?") if rule.area_id is not None else ""
    return Phrase(_describe, rule=rule, n=n, area=area)


def _rule_name(rule: _Rule) -> str | Text:
    return rule.label or Text("composition.rule_unnamed")


# -- loading ------------------------------------------------------------------------


@functools.cache
def _load_statements(one_body: bool) -> tuple[sa.Select, ...]:
    """`_load`'s statements (bodies, rules, seats, area names), the body bound as a parameter:
    built once (building them cost as much as running them for a small register)."""
    # The register's first read at start: Core columns, not the models' attributes (`models.tables`).
    b, r, m, p, o = BODIES.c, COMPOSITION_RULES.c, MEMBERSHIPS.c, PEOPLE.c, ORGANISATIONS.c
    body_stmt = sa.select(
        b.id, b.name, b.term_years, b.dissolved_on, b.leader_sides_differ,
        b.shared_deputies, b.deputy_same_side, b.matching_representation,
    ).order_by(
        b.level, b.sort_order, sql_key(b.name)
    )
    rule_stmt = (
        sa.select(
            r.id, r.body_id, r.label, r.side, r.appointed_by, r.organisation_id, o.name, r.area_id, r.role,
            r.min_count, r.max_count, r.position, r.outside_caps,
        )
        .select_from(COMPOSITION_RULES)
        .outerjoin(ORGANISATIONS, o.id == r.organisation_id)
        .order_by(r.body_id, r.sort_order, r.id)
    )
    seat_stmt = (
        sa.select(
            m.id,
            m.body_id,
            m.role,
            p.given_name,
            p.family_name,
            m.organisation_id,
            o.name,
            o.side,
            m.area_id,
            o.area_id,
            m.appointed_by,
            m.term_from,
            m.term_to,
            m.deputy_for_id,
            p.title,
        )
        .select_from(MEMBERSHIPS)
        .join(PEOPLE, p.id == m.person_id)
        .outerjoin(ORGANISATIONS, o.id == m.organisation_id)
        .order_by(m.body_id, m.id)
    )
    if one_body:
        body_stmt = body_stmt.where(b.id == sa.bindparam("body_id"))
        rule_stmt = rule_stmt.where(r.body_id == sa.bindparam("body_id"))
        seat_stmt = seat_stmt.where(m.body_id == sa.bindparam("body_id"))
    area_stmt = sa.select(AREAS.c.id, AREAS.c.name)
    return body_stmt, rule_stmt, seat_stmt, area_stmt


def _load(
    session: Session, body_id: int | None
) -> tuple[list[_Body], dict[int, list[_Rule]], dict[int, list[_Seat]], dict[int, str]]:
    body_stmt, rule_stmt, seat_stmt, area_stmt = _load_statements(body_id is not None)
    params = {"body_id": body_id}
    bodies = [_Body(*row) for row in session.execute(body_stmt, params)]
    if body_id is not None and not bodies:
        raise NotFound("body.not_found_id", body_id=body_id)
    rules: dict[int, list[_Rule]] = defaultdict(list)
    for (
        rule_id, rule_body_id, label, side, appointed_by, organisation_id, org_name, area_id, role,
        min_count, max_count, position, outside_caps,
    ) in session.execute(rule_stmt, params):
        rules[rule_body_id].append(
            _Rule(
                rule_id,
                rule_body_id,
                label,
                side,
                appointed_by,
                organisation_id,
                org_name or "",
                area_id,
                role,
                min_count,
                max_count,
                position or "",
                bool(outside_caps),
            )
        )
    seats: dict[int, list[_Seat]] = defaultdict(list)
    for (
        mid,
        bid,
        role,
        given,
        family,
        org_id,
        org_name,
        side,
        area_id,
        org_area_id,
        appointed_by,
        term_from,
        term_to,
        deputy_for_id,
        title,
    ) in session.execute(seat_stmt, params):
        seats[bid].append(
            _Seat(
                mid,
                bid,
                role,
                f"{given} {family}".strip(),
                org_id,
                org_name or "",
                side,
                area_id,
                org_area_id,
                appointed_by,
                term_from,
                term_to,
                deputy_for_id,
                title or "",
            )
        )
    area_names: dict[int, str] = {id_: name for id_, name in session.execute(area_stmt)}
    return bodies, rules, seats, area_names


# -- the rules ----------------------------------------------------------------------


def _counted_by(rule: _Rule, seat: _Seat) -> bool:
    if rule.role is None or rule.role == Role.MEMBER:
        if seat.role not in VOTING_ROLES:
            return False
    elif seat.role != rule.role:
        return False
    if rule.side is not None and seat.side != rule.side:
        return False
    if rule.appointed_by is not None and seat.appointed_by != rule.appointed_by:
        return False
    if rule.organisation_id is not None and seat.organisation_id != rule.organisation_id:
        return False
    position = rule.position.strip().casefold()
    if position and position not in seat.title.casefold():
        return False
    return rule.area_id is None or rule.area_id in (seat.area_id, seat.org_area_id)


def _outside_caps(rules: list[_Rule], current: list[_Seat], but: _Rule | None = None) -> set[int]:
    """The seats an outside-the-caps rule (other than `but`) counts: no other maximum counts them."""
    return {
        s.id for r in rules if r.outside_caps and r is not but for s in current if _counted_by(r, s)
    }


def _names_leader_side(rule: _Rule) -> bool:
    return rule.role in (Role.LEADER, Role.DEPUTY_LEADER) and rule.side is not None and rule.min_count >= 1


def _check_rules(
    body: _Body, rules: list[_Rule], current: list[_Seat], areas: dict[int, str]
) -> list[Breach]:
    out: list[Breach] = []
    for rule in rules:
        holders = [s for s in current if _counted_by(rule, s)]
        count = len(holders)
        if rule.max_count is not None and count > rule.max_count:
            left_out = _outside_caps(rules, current, but=rule)
            capped = [s for s in holders if s.id not in left_out]
        else:
            capped = holders
        label = _rule_name(rule)
        if _names_leader_side(rule):
            wrong = [s for s in current if s.role == rule.role and s.side != rule.side]
            if wrong:
                assert rule.role is not None and rule.side is not None
                for seat in wrong:
                    said: dict[str, object] = {
                        "holder": Phrase(_role_the, role=rule.role),
                        "who": seat.who,
                        "role": Phrase(_role_one, role=rule.role),
                        "rule_side": Phrase(_side_who, side=rule.side),
                        "rule": label,
                    }
                    if seat.side:
                        text = Text("composition.leader_wrong_side", side=Phrase(_side_who, side=seat.side), **said)
                    else:
                        text = Text("composition.leader_no_side", **said)
                    out.append(
                        Breach(body.id, "leader_wrong_side", text, rule_id=rule.id, membership_id=seat.id)
                    )
                continue
        if count < rule.min_count:
            lacking = rule.min_count - count
            out.append(
                Breach(
                    body.id,
                    "missing_seat",
                    Text(
                        "composition.missing_seat",
                        lacking=lacking,
                        seats=_seats(rule, lacking, areas),
                        rule=label,
                        min=rule.min_count,
                        count=count,
                    ),
                    rule_id=rule.id,
                )
            )
        elif rule.max_count is not None and len(capped) > rule.max_count:
            holders, count = capped, len(capped)
            said = {
                "count": count,
                "names": Phrase(_names, who=tuple(s.who for s in holders)),
                "max": rule.max_count,
                "rule": label,
            }
            if (
                rule.organisation_id is not None and rule.side is None and rule.role is None
                and rule.area_id is None and rule.appointed_by is None
            ):  # "Bergen kommune har 7 plasser"
                text = Text(
                    "composition.organisation_too_many",
                    organisation=rule.organisation,
                    seats=Phrase(_seats_word, n=count),
                    **said,
                )
            else:  # "Det er 2 brukerrepresentanter oppnevnt av kommunene"
                text = Text("composition.too_many", seats=_seats(rule, count, areas), **said)
            out.append(Breach(body.id, "cap_exceeded", text, rule_id=rule.id))
    return out


def _seat_key(seat: _Seat) -> tuple[object, ...]:
    """Which seat a membership holds, for finding a successor (see the module docstring)."""
    if seat.role in (Role.LEADER, Role.DEPUTY_LEADER, Role.SECRETARY):
        return (seat.role,)
    if seat.role == Role.DEPUTY:
        return (seat.role, seat.deputy_for_id)
    if seat.appointed_by is not None:
        return (seat.role, seat.appointed_by, seat.area_id, seat.side)
    return (seat.role, None, seat.area_id, seat.organisation_id)


def _years_before(on: date, years: int) -> date:
    try:
        return on.replace(year=on.year - years)
    except ValueError:  # 29 February
        return on.replace(year=on.year - years, day=28)


def _check_terms(body: _Body, seats: list[_Seat], on: date) -> list[Breach]:
    by_id = {s.id: s for s in seats}
    horizon = _years_before(on, max(body.term_years, 1))
    groups: dict[tuple[object, ...], list[_Seat]] = defaultdict(list)
    for seat in seats:
        groups[_seat_key(seat)].append(seat)
    unsucceeded: list[_Seat] = []
    for group in groups.values():
        group.sort(key=lambda x: (x.term_from, x.id))
        used: set[int] = set()
        for seat in group:
            if seat.term_to is None or seat.term_to >= on:
                continue
            # Each later membership of the same seat succeeds one earlier holder, oldest first,
            # so a chain A -> B -> C leaves nothing, and two seats of a kind need two successors.
            successor = next(
                (c for c in group if c.id not in used and c.id != seat.id and c.term_from > seat.term_from),
                None,
            )
            if successor is not None:
                used.add(successor.id)
            elif seat.term_to >= horizon:
                unsucceeded.append(seat)
    out: list[Breach] = []
    for seat in sorted(unsucceeded, key=lambda x: x.id):
        if seat.role == Role.DEPUTY:
            principal = by_id.get(seat.deputy_for_id) if seat.deputy_for_id else None
            if principal is None or not principal.current(on):
                continue
        assert seat.term_to is not None
        out.append(
            Breach(
                body.id,
                "term_ended",
                Text(
                    "composition.term_ended",
                    who=seat.who,
                    role=Phrase(_role_as, role=seat.role),
                    date=Phrase(_date, day=seat.term_to),
                ),
                membership_id=seat.id,
            )
        )
    return out


def _check_deputies(body: _Body, seats: list[_Seat], on: date) -> list[Breach]:
    out: list[Breach] = []
    by_id = {s.id: s for s in seats}
    for seat in seats:
        if seat.role != Role.DEPUTY or not seat.current(on):
            continue
        principal = by_id.get(seat.deputy_for_id) if seat.deputy_for_id else None
        if seat.deputy_for_id is None and body.shared_deputies:
            continue  # on the body's shared list: may stand in for any member (of the same side)
        if seat.deputy_for_id is None:
            why = Text("composition.deputy_for_nobody", deputy=seat.who)
        elif principal is None:
            why = Text("composition.deputy_for_other_body", deputy=seat.who)
        elif principal.role not in VOTING_ROLES:
            why = Text("composition.deputy_for_no_seat", deputy=seat.who, member=principal.who)
        elif principal.term_to is not None and principal.term_to < on:
            why = Text("composition.deputy_member_ended", deputy=seat.who, member=principal.who,
                       person=principal.person, date=Phrase(_date, day=principal.term_to))
        elif principal.term_from > on:
            why = Text("composition.deputy_member_not_begun", deputy=seat.who, member=principal.who,
                       person=principal.person, date=Phrase(_date, day=principal.term_from))
        else:
            if body.deputy_same_side and _other_side(seat, principal):
                out.append(Breach(
                    body.id, "deputy_other_side",
                    Text("composition.deputy_other_side", deputy=seat.who, member=principal.who),
                    membership_id=seat.id,
                ))
            continue
        out.append(Breach(body.id, "deputy_without_member", why, membership_id=seat.id))
    return out


def _other_side(a: _Seat, b: _Seat) -> bool:
    """Whether two seats are of different sides (a seat without a side is not judged)."""
    return a.side is not None and b.side is not None and a.side != b.side


def _check_body_rules(body: _Body, rules: list[_Rule], current: list[_Seat]) -> list[Breach]:
    out: list[Breach] = []
    if body.leader_sides_differ:
        leaders = [s for s in current if s.role == Role.LEADER]
        for deputy in (s for s in current if s.role == Role.DEPUTY_LEADER):
            for leader in leaders:
                if leader.side is not None and leader.side == deputy.side:
                    out.append(Breach(
                        body.id, "leader_sides_same",
                        Text("composition.leader_sides_same", leader=leader.who, deputy=deputy.who),
                        membership_id=deputy.id,
                    ))
    if body.matching_representation:
        left_out = _outside_caps(rules, current)
        voting = [s for s in current if s.role in VOTING_ROLES and s.id not in left_out]
        municipal = sum(1 for s in voting if s.side == Side.MUNICIPAL)
        hospital = sum(1 for s in voting if s.side == Side.HOSPITAL)
        if municipal != hospital:
            out.append(Breach(
                body.id, "representation_unequal",
                Text(
                    "composition.representation_unequal",
                    municipal=Phrase(_seat_count, n=municipal), hospital=hospital,
                ),
            ))
    return out


def _check(
    body: _Body, rules: list[_Rule], seats: list[_Seat], areas: dict[int, str], on: date
) -> list[Breach]:
    if body.dissolved_on is not None and body.dissolved_on <= on:
        return []
    current = [s for s in seats if s.current(on)]
    out = _check_rules(body, rules, current, areas)
    out += _check_terms(body, seats, on)
    out += _check_deputies(body, seats, on)
    out += _check_body_rules(body, rules, current)
    leader_rule = any(r.role == Role.LEADER and r.min_count >= 1 for r in rules)
    if (
        not leader_rule
        and any(s.role in VOTING_ROLES for s in current)
        and not any(s.role == Role.LEADER for s in current)
    ):
        out.append(Breach(body.id, "no_leader", Text("composition.no_leader", body=body.name)))
    return out


# -- the API ------------------------------------------------------------------------


def check_body(session: Session, body_id: int, on: date | None = None) -> list[Breach]:
    """Every breach of one body's composition on `on` (today by default)."""
    on = on or date.today()
    bodies, rules, seats, areas = _load(session, body_id)
    body = bodies[0]
    return _check(body, rules.get(body.id, []), seats.get(body.id, []), areas, on)


def check_all(session: Session, on: date | None = None) -> dict[int, list[Breach]]:
    """Every body's breaches, by body id (every body is a key; an empty list when it is fine).

    Keys come in register order (level, sort order, name).
    """
    on = on or date.today()
    bodies, rules, seats, areas = _load(session, None)
    return {b.id: _check(b, rules.get(b.id, []), seats.get(b.id, []), areas, on) for b in bodies}


# -- the national rules and the body-level flags ---------------------------------------

# "Brukarar og fastlegar på alle nivå" (domain.md §2): (side, appointed by, nynorsk, bokmål).
_NATIONAL_RULES: tuple[tuple[Side, Side | None, str, str], ...] = (
    (Side.GP, None, "Fastlege (minst 1)", "Fastlege (minst 1)"),
    (Side.USER, Side.MUNICIPAL, "Brukarrepresentant oppnemnd av kommunane",
     "Brukerrepresentant oppnevnt av kommunene"),
    (Side.USER, Side.HOSPITAL, "Brukarrepresentant oppnemnd av spesialisthelsetenesta",
     "Brukerrepresentant oppnevnt av spesialisthelsetjenesten"),
)

BODY_FLAGS = ("leader_sides_differ", "shared_deputies", "deputy_same_side", "matching_representation")
_BODY_FLAGS_STATEMENT = sa.select(*(BODIES.c[f] for f in BODY_FLAGS)).where(
    BODIES.c.id == sa.bindparam("body_id")
)  # built once: read on every switch of body


def add_national_rules(session: Session, body: Body | int) -> list[CompositionRule]:
    """Give `body` the national rules, in the caller's transaction: at least one GP, and a user
    representative appointed by the municipalities and one appointed by the hospitals (voting
    seats; the secretary may change them like any rule). A rule the body already has (same side,
    appointed by, no role, organisation or area) is not added twice. Labels follow the body's
    written standard. Returns the rules added."""
    from . import register  # register calls this module from create_body

    if isinstance(body, int):
        found = session.get(Body, body)
        if found is None:
            raise NotFound("body.not_found_id", body_id=body)
        body = found
    nn = body.language == Language.NYNORSK
    have = {
        (r.side, r.appointed_by)
        for r in body.composition_rules
        if r.role is None and r.organisation_id is None and r.area_id is None and not r.position
    }
    added = []
    for side, appointed_by, label_nn, label_nb in _NATIONAL_RULES:
        if (side, appointed_by) in have:
            continue
        added.append(register.add_composition_rule(
            session, body.id, label=label_nn if nn else label_nb, min_count=1, side=side, appointed_by=appointed_by,
        ))
    return added


def set_body_rules(session: Session, body_id: int, **flags: bool) -> Body:
    """Set a body's body-level composition rules (keywords from BODY_FLAGS), in the caller's
    transaction."""
    unknown = set(flags) - set(BODY_FLAGS)
    if unknown:
        raise TypeError(f"set_body_rules: unknown flags {sorted(unknown)}")
    body = session.get(Body, body_id)
    if body is None:
        raise NotFound("body.not_found_id", body_id=body_id)
    for key, value in flags.items():
        setattr(body, key, bool(value))
    session.flush()
    return body


def body_rules(session: Session, body_id: int) -> dict[str, bool]:
    """A body's body-level composition rules, by name (BODY_FLAGS)."""
    row = session.execute(_BODY_FLAGS_STATEMENT, {"body_id": body_id}).first()
    if row is None:
        raise NotFound("body.not_found_id", body_id=body_id)
    return dict(zip(BODY_FLAGS, (bool(v) for v in row)))
