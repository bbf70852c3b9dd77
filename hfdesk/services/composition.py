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

Messages are one line naming people, organisations and numbers: the older codes in plain
bokmål; the newer ones (``composition.*`` in hfdesk/messages.py) in the message language.

The check reads everything in a fixed number of statements (bodies, rules,
memberships with people and organisations, areas), whatever the number of bodies
and members.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

import sqlalchemy as sa
from sqlalchemy.orm import Session

from ..dates import medium_date
from ..errors import NotFound
from ..messages import Text, current_language, render
from ..models import Area, Body, CompositionRule, Language, Membership, Organisation, Person, Role, Side
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
    body_id: int
    code: str
    message: str
    rule_id: int | None = None
    membership_id: int | None = None


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


# -- Norwegian words (bokmål) ------------------------------------------------------

_ROLE_NOUN: dict[Role, tuple[str, str]] = {
    Role.LEADER: ("leder", "ledere"),
    Role.DEPUTY_LEADER: ("nestleder", "nestledere"),
    Role.MEMBER: ("medlem", "medlemmer"),
    Role.DEPUTY: ("varamedlem", "varamedlemmer"),
    Role.OBSERVER: ("observatør", "observatører"),
    Role.SECRETARY: ("sekretær", "sekretærer"),
}
_ROLE_AS: dict[Role, str] = {
    Role.LEADER: "som leder",
    Role.DEPUTY_LEADER: "som nestleder",
    Role.MEMBER: "som medlem",
    Role.DEPUTY: "som varamedlem",
    Role.OBSERVER: "som observatør",
    Role.SECRETARY: "som sekretær",
}
_SIDE_NOUN: dict[Side, tuple[str, str]] = {
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
}
# "fra kommunene", "oppnevnt av kommunene"
_SIDE_WHO: dict[Side, str] = {
    Side.MUNICIPAL: "kommunene",
    Side.HOSPITAL: "spesialisthelsetjenesten",
    Side.USER: "brukerne",
    Side.GP: "fastlegene",
    Side.KS: "KS",
    Side.UNION: "hovedsammenslutningene",
    Side.SECRETARIAT: "sekretariatet",
    Side.OTHER: "en annen part",
}


def _seats_word(n: int) -> str:
    return "plass" if n == 1 else "plasser"


def _names(seats: list[_Seat]) -> str:
    who = [s.who for s in seats]
    return who[0] if len(who) == 1 else ", ".join(who[:-1]) + " og " + who[-1]


def _describe(rule: _Rule, n: int, area_names: dict[int, str]) -> str:
    """A noun phrase for the seats a rule counts: '1 brukerrepresentant oppnevnt av kommunene'."""
    form = 0 if n == 1 else 1
    if rule.side is not None and rule.role in (Role.LEADER, Role.DEPUTY_LEADER):
        noun = f"{_ROLE_NOUN[rule.role][form]} fra {_SIDE_WHO[rule.side]}"
    elif rule.side is not None:
        noun = _SIDE_NOUN[rule.side][form]
    elif rule.role is not None:
        noun = _ROLE_NOUN[rule.role][form]
    else:
        noun = ("representant", "representanter")[form]
    parts = [noun]
    if rule.appointed_by is not None:
        parts.append(f"oppnevnt av {_SIDE_WHO[rule.appointed_by]}")
    if rule.organisation_id is not None:
        parts.append(f"fra {rule.organisation}")
    if rule.area_id is not None:
        parts.append(f"for området {area_names.get(rule.area_id, '?')}")
    if rule.position.strip():
        parts.append(f"med stillingen «{rule.position.strip()}»")
    if rule.side is not None and rule.role not in (None, Role.MEMBER, Role.LEADER, Role.DEPUTY_LEADER):
        parts.append(_ROLE_AS[rule.role])
    return " ".join(parts)


# -- loading ------------------------------------------------------------------------


def _load(
    session: Session, body_id: int | None
) -> tuple[list[_Body], dict[int, list[_Rule]], dict[int, list[_Seat]], dict[int, str]]:
    body_stmt = sa.select(
        Body.id, Body.name, Body.term_years, Body.dissolved_on, Body.leader_sides_differ,
        Body.shared_deputies, Body.deputy_same_side, Body.matching_representation,
    ).order_by(
        Body.level, Body.sort_order, sql_key(Body.name)
    )
    rule_stmt = (
        sa.select(CompositionRule, Organisation.name)
        .outerjoin(Organisation, Organisation.id == CompositionRule.organisation_id)
        .order_by(CompositionRule.body_id, CompositionRule.sort_order, CompositionRule.id)
    )
    seat_stmt = (
        sa.select(
            Membership.id,
            Membership.body_id,
            Membership.role,
            Person.given_name,
            Person.family_name,
            Membership.organisation_id,
            Organisation.name,
            Organisation.side,
            Membership.area_id,
            Organisation.area_id,
            Membership.appointed_by,
            Membership.term_from,
            Membership.term_to,
            Membership.deputy_for_id,
            Person.title,
        )
        .join(Person, Person.id == Membership.person_id)
        .outerjoin(Organisation, Organisation.id == Membership.organisation_id)
        .order_by(Membership.body_id, Membership.id)
    )
    if body_id is not None:
        body_stmt = body_stmt.where(Body.id == body_id)
        rule_stmt = rule_stmt.where(CompositionRule.body_id == body_id)
        seat_stmt = seat_stmt.where(Membership.body_id == body_id)

    bodies = [_Body(*row) for row in session.execute(body_stmt)]
    if body_id is not None and not bodies:
        raise NotFound("body.not_found_id", body_id=body_id)
    rules: dict[int, list[_Rule]] = defaultdict(list)
    for r, org_name in session.execute(rule_stmt):
        rules[r.body_id].append(
            _Rule(
                r.id,
                r.body_id,
                r.label,
                r.side,
                r.appointed_by,
                r.organisation_id,
                org_name or "",
                r.area_id,
                r.role,
                r.min_count,
                r.max_count,
                r.position or "",
                bool(r.outside_caps),
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
    ) in session.execute(seat_stmt):
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
    area_names: dict[int, str] = {id_: name for id_, name in session.execute(sa.select(Area.id, Area.name))}
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
        label = rule.label or "uten navn"
        if _names_leader_side(rule):
            wrong = [s for s in current if s.role == rule.role and s.side != rule.side]
            if wrong:
                assert rule.role is not None and rule.side is not None
                title = _ROLE_NOUN[rule.role][0].capitalize() + "en"
                for seat in wrong:
                    from_ = (
                        f"kommer fra {_SIDE_WHO[seat.side]}"
                        if seat.side
                        else "representerer ingen organisasjon"
                    )
                    out.append(
                        Breach(
                            body.id,
                            "leader_wrong_side",
                            f"{title} {seat.who} {from_}, men reglene sier "
                            f"{_ROLE_NOUN[rule.role][0]} fra {_SIDE_WHO[rule.side]} (regel: «{label}»)",
                            rule_id=rule.id,
                            membership_id=seat.id,
                        )
                    )
                continue
        if count < rule.min_count:
            lacking = rule.min_count - count
            out.append(
                Breach(
                    body.id,
                    "missing_seat",
                    f"Mangler {lacking} {_describe(rule, lacking, areas)} "
                    f"(regel: «{label}», minst {rule.min_count}, har {count})",
                    rule_id=rule.id,
                )
            )
        elif rule.max_count is not None and len(capped) > rule.max_count:
            holders, count = capped, len(capped)
            if rule.organisation_id is not None and rule.side is None and rule.role is None:
                subject = f"{rule.organisation} har {count} {_seats_word(count)}"
                if rule.area_id is not None or rule.appointed_by is not None:
                    subject = f"Det er {count} {_describe(rule, count, areas)}"
            else:
                subject = f"Det er {count} {_describe(rule, count, areas)}"
            out.append(
                Breach(
                    body.id,
                    "cap_exceeded",
                    f"{subject} ({_names(holders)}); høyst {rule.max_count} er tillatt (regel: «{label}»)",
                    rule_id=rule.id,
                )
            )
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
                f"Perioden til {seat.who} {_ROLE_AS[seat.role]} gikk ut {medium_date(seat.term_to, 'nb')}, "
                "og ingen etterfølger er oppnevnt",
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
        lang = current_language()
        if seat.deputy_for_id is None:
            why = Text("composition.deputy_for_nobody", deputy=seat.who)
        elif principal is None:
            why = Text("composition.deputy_for_other_body", deputy=seat.who)
        elif principal.role not in VOTING_ROLES:
            why = Text("composition.deputy_for_no_seat", deputy=seat.who, member=principal.who)
        elif principal.term_to is not None and principal.term_to < on:
            why = Text("composition.deputy_member_ended", deputy=seat.who, member=principal.who,
                       person=principal.person, date=medium_date(principal.term_to, lang))
        elif principal.term_from > on:
            why = Text("composition.deputy_member_not_begun", deputy=seat.who, member=principal.who,
                       person=principal.person, date=medium_date(principal.term_from, lang))
        else:
            if body.deputy_same_side and _other_side(seat, principal):
                out.append(Breach(
                    body.id, "deputy_other_side",
                    render("composition.deputy_other_side", deputy=seat.who, member=principal.who),
                    membership_id=seat.id,
                ))
            continue
        out.append(Breach(body.id, "deputy_without_member", why.render(lang), membership_id=seat.id))
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
                        render("composition.leader_sides_same", leader=leader.who, deputy=deputy.who),
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
                render("composition.representation_unequal", municipal=municipal, hospital=hospital),
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
        out.append(Breach(body.id, "no_leader", f"{body.name} har ingen leder"))
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
    row = session.execute(sa.select(*(getattr(Body, f) for f in BODY_FLAGS)).where(Body.id == body_id)).first()
    if row is None:
        raise NotFound("body.not_found_id", body_id=body_id)
    return dict(zip(BODY_FLAGS, (bool(v) for v in row)))
