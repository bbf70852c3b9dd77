"""Composition rules that can say what the seeds say (issue 18, points 4-6): a seat by position,
seats left out of other rules' caps, leader and deputy leader from different sides, a shared list
of deputies, deputies kept to their side (in the check and in the meeting), matching
representation, and the national rules every new body starts with."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from hfdesk.errors import InvalidInput
from hfdesk.messages import render, set_language
from hfdesk.models import AttendanceStatus, Body, Capacity, Membership, Role, Side
from hfdesk.services import composition, live, meeting_view, meetings, register
from hfdesk.services.composition import check_body
from tests.test_composition_language import check_every_breach

T0 = date(2024, 1, 1)
TODAY = date(2026, 3, 1)


def _codes(breaches) -> list[str]:
    return sorted(b.code for b in breaches)


@pytest.fixture
def utval(db):
    """A body without rules, a municipality, a hospital and a way to seat people in it."""
    with db.transaction() as s:
        body = register.create_body(s, "Prøveutval", 3, language="nb", national_rules=False)
        ids = {
            "body": body.id,
            "alver": register.create_organisation(s, "Alver kommune", Side.MUNICIPAL).id,
            "bergen": register.create_organisation(s, "Bergen kommune", Side.MUNICIPAL).id,
            "hb": register.create_organisation(s, "Helse Bergen HF", Side.HOSPITAL).id,
        }
    return ids


def _seat(db, ids, given, org, role=Role.MEMBER, title="", deputy_for=None) -> int:
    with db.transaction() as s:
        person = register.create_person(s, given, "Testesen", organisation_id=ids[org], title=title)
        return register.add_membership(s, ids["body"], person.id, role, term_from=T0, deputy_for_id=deputy_for).id


def _rule(db, ids, **fields) -> int:
    with db.transaction() as s:
        return register.add_composition_rule(s, ids["body"], **fields).id


def _flags(db, ids, **flags) -> None:
    with db.transaction() as s:
        composition.set_body_rules(s, ids["body"], **flags)


def _check(db, ids):
    with db.session() as s:
        return check_body(s, ids["body"], TODAY)


# -- a seat by position ------------------------------------------------------------------


def test_a_position_rule_counts_only_holders_whose_title_names_the_position(db, utval):
    _seat(db, utval, "Leiar", "alver", Role.LEADER, title="kommunalsjef for helse")
    _seat(db, utval, "Bergen", "bergen", title="Kommunaldirektør for helse og omsorg")
    rule = _rule(db, utval, label="Minst én kommunedirektør", min_count=1, side=Side.MUNICIPAL,
                 position=" kommunedirektør ")
    breaches = _check(db, utval)
    assert _codes(breaches) == ["missing_seat"]
    assert breaches[0].rule_id == rule
    assert "med stillingen «kommunedirektør»" in breaches[0].message
    # The title is compared without regard to case, anywhere in the title.
    _seat(db, utval, "Øygarden", "alver", title="Kommunedirektør i Øygarden")
    assert _check(db, utval) == []


def test_a_rule_outside_the_caps_keeps_its_seats_from_another_rules_maximum(db, utval):
    _seat(db, utval, "Leiar", "bergen", Role.LEADER, title="etatsdirektør")
    _seat(db, utval, "To", "bergen", title="etatsdirektør")
    kol = _seat(db, utval, "Kol", "bergen", title="Kommuneoverlege")
    cap = _rule(db, utval, label="Bergen kommune: inntil 2", min_count=1, max_count=2,
                organisation_id=utval["bergen"])
    kol_rule = _rule(db, utval, label="Kommuneoverlege", min_count=1, max_count=1, side=Side.MUNICIPAL,
                     position="kommuneoverlege")
    breaches = _check(db, utval)
    assert [(b.code, b.rule_id) for b in breaches] == [("cap_exceeded", cap)]
    assert "Kol Testesen" in breaches[0].message
    with db.transaction() as s:
        rule = register.update_composition_rule(s, kol_rule, outside_caps=True)
        assert rule.outside_caps is True
    assert _check(db, utval) == []
    # The minimum still counts the kommuneoverlege; the maximum of the rule itself too.
    with db.transaction() as s:
        register.update_composition_rule(s, cap, min_count=3, max_count=3)
    assert _check(db, utval) == []
    _seat(db, utval, "Kol2", "bergen", title="kommuneoverlege")
    assert [(b.code, b.rule_id) for b in _check(db, utval)] == [("cap_exceeded", kol_rule)]
    assert kol not in [b.membership_id for b in _check(db, utval)]


# -- body-level rules -----------------------------------------------------------------------


def test_leader_and_deputy_leader_from_different_sides(db, utval):
    _seat(db, utval, "Leiar", "alver", Role.LEADER)
    deputy = _seat(db, utval, "Nestleiar", "bergen", Role.DEPUTY_LEADER)
    assert _check(db, utval) == []  # the rule is off
    _flags(db, utval, leader_sides_differ=True)
    breaches = _check(db, utval)
    assert [(b.code, b.membership_id) for b in breaches] == [("leader_sides_same", deputy)]
    assert breaches[0].message == (
        "Leder Leiar Testesen (Alver kommune) og nestleder Nestleiar Testesen (Bergen kommune) kommer fra "
        "samme side; organet skal ha leder og nestleder fra hver sin side"
    )
    with db.transaction() as s:
        register.update_membership(s, deputy, organisation_id=utval["hb"])
    assert _check(db, utval) == []


def test_a_shared_list_of_deputies_is_no_breach_where_the_body_keeps_one(db, utval):
    _seat(db, utval, "Leiar", "alver", Role.LEADER)
    pool = _seat(db, utval, "Pool", "alver", Role.DEPUTY)
    assert [(b.code, b.membership_id) for b in _check(db, utval)] == [("deputy_without_member", pool)]
    _flags(db, utval, shared_deputies=True)
    assert _check(db, utval) == []
    # A deputy naming a member whose term is over is still reported.
    with db.transaction() as s:
        gone = register.end_membership(s, _seat(db, utval, "Gone", "alver"), date(2025, 1, 1)).id
        register.update_membership(s, pool, deputy_for_id=gone)
    assert "deputy_without_member" in _codes(_check(db, utval))


def test_a_deputy_for_a_member_of_another_side_is_reported_unless_the_body_allows_it(db, utval):
    leader = _seat(db, utval, "Leiar", "hb", Role.LEADER)
    vara = _seat(db, utval, "Vara", "alver", Role.DEPUTY, deputy_for=leader)
    breaches = _check(db, utval)
    assert [(b.code, b.membership_id) for b in breaches] == [("deputy_other_side", vara)]
    assert "Vara Testesen (Alver kommune)" in breaches[0].message
    assert "Leiar Testesen (Helse Bergen HF)" in breaches[0].message
    _flags(db, utval, deputy_same_side=False)
    assert _check(db, utval) == []
    _flags(db, utval, deputy_same_side=True)
    with db.transaction() as s:
        register.update_membership(s, vara, organisation_id=utval["hb"])
    assert _check(db, utval) == []


def test_matching_representation_counts_voting_seats_of_both_sides(db, utval):
    _seat(db, utval, "Leiar", "alver", Role.LEADER)
    _seat(db, utval, "Bergen", "bergen")
    _seat(db, utval, "Kol", "bergen", title="kommuneoverlege")
    _seat(db, utval, "Nestleiar", "hb", Role.DEPUTY_LEADER)
    _seat(db, utval, "Observatør", "hb", Role.OBSERVER)  # no voting seat: not counted
    assert _check(db, utval) == []
    _flags(db, utval, matching_representation=True)
    breaches = _check(db, utval)
    assert _codes(breaches) == ["representation_unequal"]
    assert breaches[0].message == (
        "Kommunene har 3 plasser med stemmerett og spesialisthelsetjenesten 1; organet skal ha like mange fra "
        "hver side"
    )
    # The kommuneoverlege outside the caps is left out; one more from the hospitals makes it even.
    _rule(db, utval, label="Kommuneoverlege", min_count=1, max_count=1, position="kommuneoverlege",
          outside_caps=True)
    _seat(db, utval, "Sjukehus", "hb")
    assert _check(db, utval) == []


def test_unequal_representation_says_one_seat_in_the_singular(db, utval):
    _seat(db, utval, "Leiar", "alver", Role.LEADER)
    _seat(db, utval, "Nestleiar", "hb", Role.DEPUTY_LEADER)
    _seat(db, utval, "Sjukehus", "hb")
    _flags(db, utval, matching_representation=True)
    breaches = _check(db, utval)
    assert breaches[0].message.startswith("Kommunene har 1 plass med stemmerett og spesialisthelsetjenesten 2;")


def test_body_rules_are_read_and_saved_by_id(db, utval):
    with db.session() as s:
        assert composition.body_rules(s, utval["body"]) == {
            "leader_sides_differ": False, "shared_deputies": False, "deputy_same_side": True,
            "matching_representation": False,
        }
    _flags(db, utval, shared_deputies=True, deputy_same_side=False)
    with db.session() as s:
        assert composition.body_rules(s, utval["body"])["shared_deputies"] is True
        assert s.get(Body, utval["body"]).deputy_same_side is False
    with pytest.raises(TypeError), db.transaction() as s:
        composition.set_body_rules(s, utval["body"], quorum=True)


def test_new_breach_messages_follow_the_message_language(db, utval):
    _seat(db, utval, "Leiar", "alver", Role.LEADER)
    _seat(db, utval, "Nestleiar", "bergen", Role.DEPUTY_LEADER)
    _flags(db, utval, leader_sides_differ=True)
    before = set_language("nn")
    try:
        assert _check(db, utval)[0].message.startswith("Leiar Leiar Testesen (Alver kommune) og nestleiar")
        set_language("en")
        assert "from different sides" in _check(db, utval)[0].message
        set_language("nn")
        pool = _seat(db, utval, "Pool", "alver", Role.DEPUTY)
        assert [b.message for b in _check(db, utval) if b.membership_id == pool] == [
            "Varamedlem Pool Testesen (Alver kommune) står ikkje som vara for noko medlem"
        ]
    finally:
        set_language(before)


# -- the national rules ------------------------------------------------------------------------


def test_a_new_fagleg_utval_starts_with_the_national_rules(db):
    with db.transaction() as s:
        kommune = register.create_organisation(s, "Askøy kommune", Side.MUNICIPAL)
        body = register.create_body(s, "Felles underutval for rus", 4)
        person = register.create_person(s, "Kari", "Nordmann", organisation_id=kommune.id)
        register.add_membership(s, body.id, person.id, Role.LEADER, term_from=T0)
        body_id = body.id
    with db.session() as s:
        breaches = check_body(s, body_id, TODAY)
    assert _codes(breaches) == ["missing_seat"] * 3
    messages = " | ".join(b.message for b in breaches)
    assert "Mangler 1 fastlege (regel: «Fastlege (minst 1)»" in messages
    assert "Mangler 1 brukerrepresentant oppnevnt av kommunene (regel: «Brukarrepresentant oppnemnd av kommunane»" in messages
    assert "Mangler 1 brukerrepresentant oppnevnt av spesialisthelsetjenesten" in messages
    # Adding them again adds nothing; the secretary may change or delete them like any rule.
    with db.transaction() as s:
        assert composition.add_national_rules(s, body_id) == []
        rules = s.get(Body, body_id).composition_rules
        assert [(r.side, r.appointed_by, r.min_count, r.max_count, r.role) for r in rules] == [
            (Side.GP, None, 1, None, None),
            (Side.USER, Side.MUNICIPAL, 1, None, None),
            (Side.USER, Side.HOSPITAL, 1, None, None),
        ]


def test_national_rules_follow_the_written_standard_and_can_be_left_out(db):
    with db.transaction() as s:
        nb = register.create_body(s, "Faglig utvalg", 4, language="nb")
        assert [r.label for r in nb.composition_rules] == [
            "Fastlege (minst 1)", "Brukerrepresentant oppnevnt av kommunene",
            "Brukerrepresentant oppnevnt av spesialisthelsetjenesten",
        ]
        bare = register.create_body(s, "Arbeidsgruppe", 4, national_rules=False)
        assert bare.composition_rules == []


# -- point 6: a deputy stands in only for a member of the same side --------------------------


@pytest.fixture
def meeting(db):
    """A body with a hospital leader, a municipal member and two pool deputies, one of each side."""
    with db.transaction() as s:
        alver = register.create_organisation(s, "Alver kommune", Side.MUNICIPAL)
        hb = register.create_organisation(s, "Helse Bergen HF", Side.HOSPITAL)
        body = register.create_body(s, "Områdeutval Prøve", 3, language="nb")
        ids = {"body": body.id}
        for key, org, role in (("leiar", hb, Role.LEADER), ("alver", alver, Role.MEMBER),
                               ("pool_alver", alver, Role.DEPUTY), ("pool_hb", hb, Role.DEPUTY)):
            person = register.create_person(s, key.capitalize(), "Testesen", organisation_id=org.id)
            ids[key] = register.add_membership(s, body.id, person.id, role, term_from=T0).id
        m = meetings.create_meeting(s, body, datetime(2026, 3, 3, 10))
        meetings.add_item(s, meeting_id=m.id, title="Sak A")
        meetings.send_notice(s, m)
        live.start_meeting_mode(s, m.id)
        ids["meeting"] = m.id
    return ids


def test_a_deputy_from_another_side_may_not_carry_a_members_vote(db, meeting):
    with pytest.raises(InvalidInput) as exc, db.transaction() as s:
        live.stand_in(s, meeting["meeting"], meeting["pool_alver"], meeting["leiar"])
    assert str(exc.value) == render("deputy.other_side", "nb", name="Pool_alver Testesen", member="Leiar Testesen")
    assert "samme side" in str(exc.value)
    with db.session() as s:
        offered = meeting_view.deputy_candidates(s, meeting["meeting"], meeting["leiar"])
        assert [c.membership_id for c in offered] == [meeting["pool_hb"]]
        offered = meeting_view.deputy_candidates(s, meeting["meeting"], meeting["alver"])
        assert [c.membership_id for c in offered] == [meeting["pool_alver"]]
    with db.transaction() as s:
        attendance = live.stand_in(s, meeting["meeting"], meeting["pool_hb"], meeting["leiar"])
        assert attendance.deputy_for_id == meeting["leiar"]


def test_set_attendance_refuses_the_other_side_too_and_a_body_may_allow_it(db, meeting):
    with db.session() as s:
        person_id = s.get(Membership, meeting["pool_alver"]).person_id
    with pytest.raises(InvalidInput, match="samme side"), db.transaction() as s:
        live.set_attendance(s, meeting["meeting"], person_id, AttendanceStatus.PRESENT,
                            capacity=Capacity.DEPUTY, membership=meeting["pool_alver"],
                            deputy_for=meeting["leiar"])
    with db.transaction() as s:
        composition.set_body_rules(s, meeting["body"], deputy_same_side=False)
    with db.session() as s:
        offered = meeting_view.deputy_candidates(s, meeting["meeting"], meeting["leiar"])
        assert {c.membership_id for c in offered} == {meeting["pool_alver"], meeting["pool_hb"]}
    with db.transaction() as s:
        attendance = live.stand_in(s, meeting["meeting"], meeting["pool_alver"], meeting["leiar"])
        assert attendance.deputy_for_id == meeting["leiar"]


# -- the Bergen template says what the seeds say ---------------------------------------------------


def test_the_bergen_template_expresses_the_seeds(db):
    from hfdesk.services import templates

    with db.transaction() as s:
        bodies = {b.short_name: b for b in templates.create_structure(s, "bergen", language="nb")}
        ssu, psm = bodies["SSU"], bodies["PSM"]
        assert [(r.label, r.side, r.min_count) for r in ssu.composition_rules if r.position] == [
            ("Minst én kommunedirektør", Side.MUNICIPAL, 1)
        ]
        assert psm.leader_sides_differ and not ssu.leader_sides_differ
        for key in ("OU Bergen", "OU Bergensregionen", "OU Nordhordland", "OU Voss"):
            rules = [(r.position, r.outside_caps, r.min_count, r.max_count) for r in bodies[key].composition_rules
                     if r.position]
            assert rules == [("kommuneoverlege", True, 1, 1)], key
        # Templates bring their own rules: no national rules twice over.
        fagleg = bodies["MFU"]
        assert sum(1 for r in fagleg.composition_rules if r.side == Side.GP) == 1


@pytest.fixture(autouse=True)
def _every_breach_speaks_every_language(monkeypatch):
    """Every breach these tests make renders in bokmål, nynorsk and English
    (tests/test_composition_language.py)."""
    check_every_breach(monkeypatch)
