"""The composition check (services/composition.py) and the register edits it depends on:
composition rules, bodies and memberships changed through the services."""

from __future__ import annotations

from datetime import date

import pytest
import sqlalchemy as sa

from hfdesk.errors import InvalidInput, NotFound
from hfdesk.models import CompositionRule, QuorumRule, Rights, Role, Side
from hfdesk.services import register
from hfdesk.services.composition import CODES, Breach, check_all, check_body
from tests.test_composition_language import check_every_breach

TODAY = date(2026, 6, 1)
T0 = date(2024, 1, 1)
T1 = date(2027, 12, 31)


def _codes(breaches: list[Breach]) -> list[str]:
    return [b.code for b in breaches]


@pytest.fixture
def ou(db):
    """A small, correctly composed områdeutval; returns ids by key."""
    ids: dict[str, int] = {}
    with db.transaction() as s:
        bergen = register.create_area(s, "Bergen")
        voss = register.create_area(s, "Voss")
        orgs = {
            "bergen": register.create_organisation(s, "Bergen kommune", Side.MUNICIPAL, area_id=bergen.id),
            "voss": register.create_organisation(s, "Voss herad", Side.MUNICIPAL, area_id=voss.id),
            "hb": register.create_organisation(s, "Helse Bergen HF", Side.HOSPITAL),
            "rpf": register.create_organisation(s, "Rådet for personer med funksjonsnedsettelse", Side.USER),
            "bu": register.create_organisation(s, "Brukarutvalet i Helse Bergen", Side.USER),
            "gp": register.create_organisation(s, "Fastlegane", Side.GP),
            "sse": register.create_organisation(s, "Samarbeidssekretariatet", Side.SECRETARIAT),
        }
        ids.update({f"org_{k}": o.id for k, o in orgs.items()})
        ids["area_bergen"], ids["area_voss"] = bergen.id, voss.id
        body = register.create_body(s, "Områdeutval Test", 3, short_name="OU Test", national_rules=False)
        ids["body"] = body.id

        def seat(key: str, given: str, org: str, role: Role, **kw):
            person = register.create_person(s, given, "Testesen", organisation_id=orgs[org].id)
            m = register.add_membership(s, body.id, person.id, role, term_from=T0, term_to=T1, **kw)
            ids[key] = m.id
            return m

        seat("leader", "Liv", "voss", Role.LEADER)
        seat("deputy_leader", "Nils", "hb", Role.DEPUTY_LEADER)
        b1 = seat("bergen1", "Berit", "bergen", Role.MEMBER)
        seat("bergen2", "Bjørn", "bergen", Role.MEMBER)
        seat("vara_bergen1", "Vidar", "bergen", Role.DEPUTY, deputy_for_id=b1.id)
        seat("user_m", "Unni", "rpf", Role.MEMBER, appointed_by=Side.MUNICIPAL)
        seat("user_h", "Ulf", "bu", Role.MEMBER, appointed_by=Side.HOSPITAL)
        seat("gp", "Gro", "gp", Role.MEMBER)
        seat("obs_sse", "Ola", "sse", Role.OBSERVER)
        seat("sec", "Siri", "sse", Role.SECRETARY)

        def rule(key: str, label: str, lo: int, hi: int | None, **kw):
            ids[f"rule_{key}"] = register.add_composition_rule(
                s, body.id, label=label, min_count=lo, max_count=hi, **kw
            ).id

        rule("leader", "Leiar frå kommunane", 1, 1, side=Side.MUNICIPAL, role=Role.LEADER)
        rule(
            "deputy_leader",
            "Nestleiar frå spesialisthelsetenesta",
            1,
            1,
            side=Side.HOSPITAL,
            role=Role.DEPUTY_LEADER,
        )
        rule("bergen", "Bergen kommune: høgst 2", 0, 2, organisation_id=orgs["bergen"].id)
        rule(
            "user_m",
            "Brukarrepresentant oppnemnd av kommunane",
            1,
            1,
            side=Side.USER,
            appointed_by=Side.MUNICIPAL,
        )
        rule(
            "user_h",
            "Brukarrepresentant oppnemnd av spesialisthelsetenesta",
            1,
            1,
            side=Side.USER,
            appointed_by=Side.HOSPITAL,
        )
        rule("gp", "Fastlege", 1, None, side=Side.GP)
        rule("voss", "Voss: minst 1", 1, None, side=Side.MUNICIPAL, area_id=voss.id)
        rule("sse", "Sekretariatet (observatør)", 1, 1, side=Side.SECRETARIAT, role=Role.OBSERVER)
    return ids


def _check(db, ids, on: date = TODAY) -> list[Breach]:
    with db.session() as s:
        return check_body(s, ids["body"], on)


def _add_person_seat(db, ids, given: str, org: str, role: Role, **kw) -> int:
    with db.transaction() as s:
        person = register.create_person(s, given, "Testesen", organisation_id=ids[f"org_{org}"])
        kw.setdefault("term_from", T0)
        kw.setdefault("term_to", T1)
        return register.add_membership(s, ids["body"], person.id, role, **kw).id


# -- a clean body ---------------------------------------------------------------------


def test_a_correctly_composed_body_has_no_breaches(db, ou):
    assert _check(db, ou) == []
    with db.session() as s:
        assert check_all(s, TODAY) == {ou["body"]: []}


def test_check_all_lists_every_body_and_an_unknown_body_is_a_known_error(db, ou):
    with db.transaction() as s:
        empty = register.create_body(s, "Tomt utval", 4, national_rules=False).id
    with db.session() as s:
        result = check_all(s, TODAY)
        assert set(result) == {ou["body"], empty}
        assert result[empty] == []  # no rules, no members: nothing to break
        with pytest.raises(NotFound, match="Organet med id 999"):
            check_body(s, 999, TODAY)


def test_before_the_term_began_every_required_seat_is_missing(db, ou):
    breaches = _check(db, ou, date(2023, 6, 1))
    assert set(_codes(breaches)) == {"missing_seat"}
    assert {b.rule_id for b in breaches} == {
        ou[k]
        for k in (
            "rule_leader",
            "rule_deputy_leader",
            "rule_user_m",
            "rule_user_h",
            "rule_gp",
            "rule_voss",
            "rule_sse",
        )
    }


def test_a_dissolved_body_has_no_breaches(db, ou):
    with db.transaction() as s:
        register.update_body(s, ou["body"], dissolved_on=date(2026, 1, 1))
    with db.transaction() as s:
        register.end_membership(s, ou["gp"], date(2025, 12, 31))
    assert _check(db, ou) == []
    assert _codes(_check(db, ou, date(2025, 12, 31))) == []


# -- each code ----------------------------------------------------------------------


def test_missing_seat_names_what_is_missing_and_the_rule(db, ou):
    with db.transaction() as s:
        register.add_composition_rule(
            s, ou["body"], label="KS (observatør)", min_count=1, max_count=1, side=Side.KS, role=Role.OBSERVER
        )
        register.add_composition_rule(
            s, ou["body"], label="Spesialisthelsetenesta", min_count=3, side=Side.HOSPITAL
        )
    breaches = _check(db, ou)
    assert _codes(breaches) == ["missing_seat", "missing_seat"]
    assert [b.message for b in breaches] == [
        "Mangler 1 representant fra KS som observatør (regel: «KS (observatør)», minst 1, har 0)",
        "Mangler 2 representanter fra spesialisthelsetjenesten (regel: «Spesialisthelsetenesta», minst 3, har 1)",
    ]


def test_a_user_representative_whose_term_ended_leaves_a_missing_seat_and_an_ended_term(db, ou):
    with db.transaction() as s:
        register.end_membership(s, ou["user_m"], date(2026, 5, 1))
    breaches = _check(db, ou)
    assert [(b.code, b.rule_id, b.membership_id) for b in breaches] == [
        ("missing_seat", ou["rule_user_m"], None),
        ("term_ended", None, ou["user_m"]),
    ]
    assert breaches[0].message == (
        "Mangler 1 brukerrepresentant oppnevnt av kommunene "
        "(regel: «Brukarrepresentant oppnemnd av kommunane», minst 1, har 0)"
    )
    assert breaches[1].message == (
        "Perioden til Unni Testesen (Rådet for personer med funksjonsnedsettelse) som medlem gikk ut "
        "1. mai 2026, og ingen etterfølger er oppnevnt"
    )
    # A year earlier the seat was filled.
    assert _check(db, ou, date(2025, 6, 1)) == []


def test_cap_exceeded_names_the_organisation_the_numbers_and_the_holders(db, ou):
    _add_person_seat(db, ou, "Bodil", "bergen", Role.MEMBER)
    breaches = _check(db, ou)
    assert _codes(breaches) == ["cap_exceeded"]
    assert breaches[0].rule_id == ou["rule_bergen"]
    assert breaches[0].message == (
        "Bergen kommune har 3 plasser (Berit Testesen (Bergen kommune), Bjørn Testesen (Bergen kommune) og "
        "Bodil Testesen (Bergen kommune)); høyst 2 er tillatt (regel: «Bergen kommune: høgst 2»)"
    )


def test_cap_of_a_side_rule(db, ou):
    _add_person_seat(db, ou, "Ulla", "rpf", Role.MEMBER, appointed_by=Side.MUNICIPAL)
    (breach,) = _check(db, ou)
    assert breach.code == "cap_exceeded" and breach.rule_id == ou["rule_user_m"]
    assert breach.message.startswith("Det er 2 brukerrepresentanter oppnevnt av kommunene (")
    assert "Ulla Testesen" in breach.message and "høyst 1 er tillatt" in breach.message


def test_leader_from_the_wrong_side_is_reported_instead_of_a_missing_leader(db, ou):
    with db.transaction() as s:
        register.update_membership(s, ou["leader"], organisation_id=ou["org_hb"])
    breaches = _check(db, ou)
    # The Voss area rule now lacks its one municipal seat too (the leader was it).
    assert _codes(breaches) == ["leader_wrong_side", "missing_seat"]
    wrong = breaches[0]
    assert (wrong.rule_id, wrong.membership_id) == (ou["rule_leader"], ou["leader"])
    assert wrong.message == (
        "Lederen Liv Testesen (Helse Bergen HF) kommer fra spesialisthelsetjenesten, men reglene sier "
        "leder fra kommunene (regel: «Leiar frå kommunane»)"
    )
    assert breaches[1].rule_id == ou["rule_voss"]


def test_deputy_leader_from_the_wrong_side(db, ou):
    with db.transaction() as s:
        register.update_membership(s, ou["deputy_leader"], organisation_id=ou["org_voss"])
    breaches = _check(db, ou)
    assert _codes(breaches) == ["leader_wrong_side"]
    assert breaches[0].message.startswith("Nestlederen Nils Testesen (Voss herad) kommer fra kommunene")


def test_no_leader_at_all_is_a_missing_seat(db, ou):
    with db.transaction() as s:
        register.update_membership(s, ou["leader"], role=Role.MEMBER)
    breaches = _check(db, ou)
    assert [(b.code, b.rule_id) for b in breaches] == [("missing_seat", ou["rule_leader"])]
    assert (
        breaches[0].message == "Mangler 1 leder fra kommunene (regel: «Leiar frå kommunane», minst 1, har 0)"
    )


def test_no_leader_when_no_rule_asks_for_one(db, ou):
    with db.transaction() as s:
        register.delete_composition_rule(s, ou["rule_leader"])
        register.update_membership(s, ou["leader"], role=Role.MEMBER)
    breaches = _check(db, ou)
    assert [(b.code, b.message) for b in breaches] == [("no_leader", "Områdeutval Test har ingen leder")]


def test_term_ended_is_not_reported_when_a_successor_holds_the_seat(db, ou):
    with db.transaction() as s:
        register.end_membership(s, ou["gp"], date(2026, 3, 31))
    assert _codes(_check(db, ou)) == ["missing_seat", "term_ended"]
    _add_person_seat(db, ou, "Guri", "gp", Role.MEMBER, term_from=date(2026, 4, 1))
    assert _check(db, ou) == []


def test_a_user_representative_from_another_organisation_of_the_same_side_is_a_successor(db, ou):
    with db.transaction() as s:
        register.end_membership(s, ou["user_h"], date(2026, 3, 31))
    _add_person_seat(
        db, ou, "Ulrik", "rpf", Role.MEMBER, appointed_by=Side.HOSPITAL, term_from=date(2026, 4, 1)
    )
    assert _check(db, ou) == []


def test_a_new_leader_from_another_municipality_is_a_successor(db, ou):
    with db.transaction() as s:
        register.end_membership(s, ou["leader"], date(2026, 3, 31))
    _add_person_seat(db, ou, "Lise", "voss", Role.LEADER, term_from=date(2026, 4, 1))
    assert _check(db, ou) == []


def test_term_ended_longer_ago_than_a_term_is_history(db, ou):
    with db.transaction() as s:
        register.end_membership(s, ou["gp"], date(2026, 3, 31))

    def ended(on: date) -> list[int | None]:
        return [b.membership_id for b in _check(db, ou, on) if b.code == "term_ended"]

    assert ou["gp"] in ended(date(2030, 3, 31))  # term_years is 4
    assert ou["gp"] not in ended(date(2030, 4, 1))


def test_successors_are_matched_one_to_one_and_along_a_chain(db, ou):
    # Both Bergen members leave; one successor fills one of the two seats.
    with db.transaction() as s:
        register.end_membership(s, ou["bergen1"], date(2026, 1, 31))
        register.end_membership(s, ou["bergen2"], date(2026, 1, 31))
        register.update_membership(s, ou["vara_bergen1"], deputy_for_id=None)
        register.end_membership(s, ou["vara_bergen1"], date(2026, 1, 31))
    _add_person_seat(
        db, ou, "Bodil", "bergen", Role.MEMBER, term_from=date(2026, 2, 1), term_to=date(2026, 3, 31)
    )
    assert [b.membership_id for b in _check(db, ou, date(2026, 3, 1)) if b.code == "term_ended"] == [
        ou["bergen2"]
    ]
    # Bodil's own term ended too: the chain now ends in Bodil, who has no successor.
    later = [b.membership_id for b in _check(db, ou, date(2026, 5, 1)) if b.code == "term_ended"]
    assert ou["bergen1"] not in later and ou["bergen2"] in later and len(later) == 2
    _add_person_seat(db, ou, "Bente", "bergen", Role.MEMBER, term_from=date(2026, 4, 1))
    _add_person_seat(db, ou, "Brit", "bergen", Role.MEMBER, term_from=date(2026, 4, 1))
    assert _check(db, ou, date(2026, 5, 1)) == []


def test_an_ended_deputy_of_a_current_member_without_a_new_deputy(db, ou):
    with db.transaction() as s:
        register.end_membership(s, ou["vara_bergen1"], date(2026, 2, 1))
    breaches = _check(db, ou)
    assert [(b.code, b.membership_id) for b in breaches] == [("term_ended", ou["vara_bergen1"])]
    assert breaches[0].message == (
        "Perioden til Vidar Testesen (Bergen kommune) som varamedlem gikk ut 1. februar 2026, "
        "og ingen etterfølger er oppnevnt"
    )
    _add_person_seat(
        db, ou, "Vera", "bergen", Role.DEPUTY, deputy_for_id=ou["bergen1"], term_from=date(2026, 2, 2)
    )
    assert _check(db, ou) == []


def test_deputy_whose_member_left(db, ou):
    with db.transaction() as s:
        register.end_membership(s, ou["bergen1"], date(2026, 4, 30))
    breaches = _check(db, ou)
    assert [(b.code, b.membership_id) for b in breaches] == [
        ("term_ended", ou["bergen1"]),
        ("deputy_without_member", ou["vara_bergen1"]),
    ]
    assert breaches[1].message == (
        "Varamedlem Vidar Testesen (Bergen kommune) står som vara for Berit Testesen (Bergen kommune), "
        "men perioden til Berit Testesen gikk ut 30. april 2026"
    )


def test_deputy_for_nobody_and_for_a_member_not_yet_begun(db, ou):
    with db.transaction() as s:
        register.update_membership(s, ou["vara_bergen1"], deputy_for_id=None)
    (breach,) = _check(db, ou)
    assert (breach.code, breach.message) == (
        "deputy_without_member",
        "Varamedlem Vidar Testesen (Bergen kommune) står ikke som vara for noe medlem",
    )
    with db.transaction() as s:
        register.update_membership(s, ou["vara_bergen1"], deputy_for_id=ou["bergen2"])
        register.update_membership(s, ou["bergen2"], term_from=date(2026, 9, 1))
    breaches = _check(db, ou)
    assert "deputy_without_member" in _codes(breaches)
    assert any("begynner først 1. september 2026" in b.message for b in breaches)


def test_every_code_is_listed():
    assert set(CODES) == {
        "missing_seat",
        "cap_exceeded",
        "term_ended",
        "deputy_without_member",
        "leader_wrong_side",
        "no_leader",
        "leader_sides_same",
        "deputy_other_side",
        "representation_unequal",
    }


# -- counting semantics -------------------------------------------------------------


def test_a_rule_without_a_role_counts_voting_seats_only(db, ou):
    with db.transaction() as s:
        # The SSE has an observer and a secretary, neither a voting seat.
        register.add_composition_rule(
            s, ou["body"], label="Sekretariatet", min_count=1, side=Side.SECRETARIAT
        )
        # Bergen kommune: two members and a deputy; the deputy does not count.
        register.add_composition_rule(
            s, ou["body"], label="Bergen kommune: 3", min_count=3, organisation_id=ou["org_bergen"]
        )
    breaches = _check(db, ou)
    assert [b.message.split(" (regel")[0] for b in breaches] == [
        "Mangler 1 representant fra sekretariatet",
        "Mangler 1 representant fra Bergen kommune",
    ]


def test_a_rule_naming_a_role_counts_that_role_and_member_includes_the_leaders(db, ou):
    with db.transaction() as s:
        register.add_composition_rule(s, ou["body"], label="Varamedlemmer", min_count=2, role=Role.DEPUTY)
        register.add_composition_rule(
            s, ou["body"], label="Sekretær", min_count=1, max_count=1, role=Role.SECRETARY
        )
        # Voting seats: leader, deputy leader, 2 Bergen, 2 user reps, GP = 7.
        register.add_composition_rule(s, ou["body"], label="Medlemmer", min_count=8, role=Role.MEMBER)
    breaches = _check(db, ou)
    assert [b.message for b in breaches] == [
        "Mangler 1 varamedlem (regel: «Varamedlemmer», minst 2, har 1)",
        "Mangler 1 medlem (regel: «Medlemmer», minst 8, har 7)",
    ]


def test_area_matches_the_membership_area_or_its_organisations_area(db, ou):
    with db.transaction() as s:
        register.add_composition_rule(
            s, ou["body"], label="Voss: høgst 1", max_count=1, side=Side.MUNICIPAL, area_id=ou["area_voss"]
        )
    assert _check(db, ou) == []
    # A Bergen municipal member who speaks for the Voss area counts for Voss.
    with db.transaction() as s:
        register.update_membership(s, ou["bergen2"], area_id=ou["area_voss"])
    (breach,) = _check(db, ou)
    assert breach.code == "cap_exceeded"
    assert breach.message.startswith("Det er 2 kommunale representanter for området Voss (Liv Testesen")


def test_ended_memberships_do_not_count(db, ou):
    _add_person_seat(db, ou, "Bodil", "bergen", Role.MEMBER, term_to=date(2026, 1, 31))
    # Today Bodil no longer counts (no cap exceeded); her seat is simply not refilled.
    assert _codes(_check(db, ou)) == ["term_ended"]
    assert _codes(_check(db, ou, date(2026, 1, 15))) == ["cap_exceeded"]


# -- a fixed number of statements ----------------------------------------------------


def _add_bodies(db, start: int, n: int) -> None:
    with db.transaction() as s:
        org = register.create_organisation(s, f"Kommune {start}", Side.MUNICIPAL)
        for i in range(start, start + n):
            body = register.create_body(s, f"Utval {i}", 4, national_rules=False)
            register.add_composition_rule(s, body.id, label="Leiar", min_count=1, role=Role.LEADER)
            register.add_composition_rule(s, body.id, label="Fastlege", min_count=1, side=Side.GP)
            for j in range(5):
                person = register.create_person(s, f"P{i}", f"N{j}", organisation_id=org.id)
                m = register.add_membership(
                    s, body.id, person.id, Role.LEADER if j == 0 else Role.MEMBER, term_from=T0
                )
                register.add_membership(s, body.id, person.id, Role.DEPUTY, term_from=T0, deputy_for_id=m.id)


def _statements(db, fn) -> int:
    count = 0

    def listener(*_args) -> None:
        nonlocal count
        count += 1

    sa.event.listen(db.engine, "before_cursor_execute", listener)
    try:
        with db.session() as s:
            fn(s)
    finally:
        sa.event.remove(db.engine, "before_cursor_execute", listener)
    return count


def test_statement_count_does_not_grow_with_bodies_and_members(db):
    _add_bodies(db, 0, 2)
    few = _statements(db, lambda s: check_all(s, TODAY))
    one_few = _statements(db, lambda s: check_body(s, 1, TODAY))
    _add_bodies(db, 100, 20)
    many = _statements(db, lambda s: check_all(s, TODAY))
    with db.session() as s:
        result = check_all(s, TODAY)
    assert len(result) == 22
    assert all(_codes(b) == ["missing_seat"] for b in result.values())  # no GP anywhere
    assert many == few <= 5
    assert _statements(db, lambda s: check_body(s, 1, TODAY)) == one_few <= 5


# -- editing rules, bodies and seats through the services ------------------------------


def test_rules_are_edited_and_deleted_with_messages_in_bokmaal(db, ou):
    with db.transaction() as s:
        rule = register.update_composition_rule(
            s, ou["rule_gp"], min_count=2, max_count=3, label=" Fastlegar "
        )
        assert (rule.label, rule.min_count, rule.max_count) == ("Fastlegar", 2, 3)
    assert _codes(_check(db, ou)) == ["missing_seat"]
    for fields, message in (
        ({"min_count": -1}, "Minste antall kan ikke være negativt."),
        ({"max_count": 1}, "Største antall kan ikke være mindre enn minste antall."),
        ({"label": "  "}, "Regelen må ha en beskrivelse."),
        ({"organisation_id": 999}, "Organisasjonen med id 999 finnes ikke."),
    ):
        with pytest.raises(InvalidInput) as exc, db.transaction() as s:
            register.update_composition_rule(s, ou["rule_gp"], **fields)
        assert str(exc.value) == message
    with pytest.raises(InvalidInput, match="må ha en beskrivelse"), db.transaction() as s:
        register.add_composition_rule(s, ou["body"], label="", min_count=1)
    with db.transaction() as s:
        register.update_composition_rule(s, ou["rule_gp"], side=Side.USER, max_count=None)
        register.delete_composition_rule(s, ou["rule_bergen"])
    with db.session() as s:
        rules = s.scalars(sa.select(CompositionRule).where(CompositionRule.body_id == ou["body"])).all()
        assert ou["rule_bergen"] not in {r.id for r in rules}
        gp = s.get(CompositionRule, ou["rule_gp"])
        assert (gp.side, gp.max_count) == (Side.USER, None)
    assert _check(db, ou) == []  # 2 user representatives meet "at least 2 from the user side"
    with pytest.raises(NotFound), db.transaction() as s:
        register.delete_composition_rule(s, 999)


def test_rules_added_by_id_as_the_screens_do(db, ou):
    with db.transaction() as s:
        rule = register.add_composition_rule(
            s,
            ou["body"],
            label="Voss herad",
            min_count=1,
            organisation_id=ou["org_voss"],
            area_id=ou["area_voss"],
        )
        assert rule.organisation.name == "Voss herad" and rule.area.name == "Voss"
    assert _check(db, ou) == []


def test_update_body_validates(db, ou):
    with db.transaction() as s:
        top = register.create_body(s, "Partnarskapsmøte", 1).id
        register.update_body(
            s,
            ou["body"],
            parent_id=top,
            name="Områdeutval Prøve",
            quorum_rule=QuorumRule.FIXED,
            quorum_count=3,
        )
    for fields, message in (
        ({"name": "partnarskapsmøte"}, "Det finnes allerede et organ med navnet «Partnarskapsmøte»."),
        ({"name": " "}, "Navnet på organet må fylles ut."),
        ({"level": 1}, "Et underordnet organ må ligge på et lavere nivå enn organet over."),
        ({"quorum_count": None}, "Et fast antall for vedtaksførhet må oppgis når regelen er «fast antall»."),
        ({"term_years": 0}, "Perioden må være minst ett år."),
    ):
        with pytest.raises(InvalidInput) as exc, db.transaction() as s:
            register.update_body(s, ou["body"], **fields)
        assert str(exc.value) == message
    with pytest.raises(InvalidInput, match="under seg selv"), db.transaction() as s:
        register.update_body(s, top, parent_id=ou["body"], level=4)
    with pytest.raises(InvalidInput, match="høyere nivå enn organene under"), db.transaction() as s:
        register.update_body(s, top, level=3)
    with db.transaction() as s:
        body = register.update_body(s, ou["body"], quorum_rule=QuorumRule.HALF)
        assert body.quorum_count is None and body.name == "Områdeutval Prøve" and body.parent_id == top


def test_update_membership_validates_as_add_membership(db, ou):
    for fields, message in (
        ({"deputy_for_id": ou["bergen2"]}, "Bare et varamedlem kan stå for et annet medlem."),
        ({"term_to": date(2023, 1, 1)}, "Perioden kan ikke slutte før den begynner."),
    ):
        with pytest.raises(InvalidInput) as exc, db.transaction() as s:
            register.update_membership(s, ou["bergen1"], **fields)
        assert str(exc.value) == message
    with pytest.raises(InvalidInput, match="bare stå for et medlem med stemmerett"), db.transaction() as s:
        register.update_membership(s, ou["vara_bergen1"], deputy_for_id=ou["obs_sse"])
    with pytest.raises(InvalidInput, match="ikke stå for seg selv"), db.transaction() as s:
        register.update_membership(s, ou["vara_bergen1"], deputy_for_id=ou["vara_bergen1"])
    with pytest.raises(InvalidInput, match="har varamedlem \\(Vidar Testesen\\)"), db.transaction() as s:
        register.update_membership(s, ou["bergen1"], role=Role.OBSERVER)
    with pytest.raises(InvalidInput, match="Bare et varamedlem"), db.transaction() as s:
        register.update_membership(s, ou["vara_bergen1"], role=Role.MEMBER)
    with db.transaction() as s:
        other = register.create_body(s, "Anna utval", 4)
        person = register.create_person(s, "Olga", "Annan")
        elsewhere = register.add_membership(s, other.id, person.id, Role.MEMBER, term_from=T0).id
    with pytest.raises(InvalidInput, match="samme organ"), db.transaction() as s:
        register.update_membership(s, ou["vara_bergen1"], deputy_for_id=elsewhere)
    with db.transaction() as s:
        m = register.update_membership(
            s, ou["obs_sse"], role=Role.MEMBER, term_to=None, represents_text=" SSE "
        )
        assert (m.role, m.rights, m.term_to, m.represents_text) == (Role.MEMBER, Rights.VOTE, None, "SSE")
        m = register.update_membership(s, ou["gp"], rights=Rights.SPEAK_PROPOSE, role=None, term_from=None)
        assert (m.role, m.rights, m.term_from) == (Role.MEMBER, Rights.SPEAK_PROPOSE, T0)
        m = register.update_membership(s, ou["vara_bergen1"], deputy_for_id=ou["bergen2"], appointed_by=None)
        assert m.deputy_for_id == ou["bergen2"]


@pytest.fixture(autouse=True)
def _every_breach_speaks_every_language(monkeypatch):
    """Every breach these tests make renders in bokmål, nynorsk and English
    (tests/test_composition_language.py)."""
    check_every_breach(monkeypatch)
