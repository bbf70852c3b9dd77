"""Bodies made and changed by hand (issue 18, point 3): create_body and update_body check every
field with a message the user can act on, and a new body starts with the national rules
(issue 18, point 5: at least one GP and a user representative appointed by each side)."""

from __future__ import annotations

from datetime import date

import pytest

from hfdesk.errors import InvalidInput
from hfdesk.models import Body, CompositionRule, Language, MajorityRule, MinutesKind, QuorumRule, Role, Side
from hfdesk.services import composition, register


@pytest.fixture
def tree(db):
    """Partnarskapsmøte (1) > SSU (2) > Fagleg utval (4), and an area."""
    with db.transaction() as s:
        area = register.create_area(s, "Voss")
        top = register.create_body(s, "Partnarskapsmøte", 1)
        ssu = register.create_body(s, "Strategisk samarbeidsutval", 2, short_name="SSU", parent_id=top.id)
        mfu = register.create_body(s, "Medisinskfagleg utval", 4, parent_id=ssu.id)
        return {"area": area.id, "top": top.id, "ssu": ssu.id, "mfu": mfu.id}


def test_create_body_keeps_every_field(db, tree):
    with db.transaction() as s:
        body_id = register.create_body(
            s, "  Områdeutval Voss ", 3, short_name=" OU Voss ", parent_id=tree["ssu"], area_id=tree["area"],
            language=Language.BOKMAAL, quorum_rule=QuorumRule.FIXED, quorum_count=5,
            majority_rule=MajorityRule.TWO_THIRDS, minutes_kind=MinutesKind.PROTOKOLL,
            std_approve_notice=False, std_approve_minutes=True, std_other_business=False,
            default_place=" Voss rådhus ", default_duration_minutes=150, term_years=2,
            description="Samarbeid i Voss-området.", minutes_signatories=2, case_number_pattern="YYYY/N",
        ).id
    with db.session() as s:
        b = s.get(Body, body_id)
        assert (b.name, b.short_name, b.level, b.parent_id, b.area_id) == (
            "Områdeutval Voss", "OU Voss", 3, tree["ssu"], tree["area"]
        )
        assert (b.language, b.quorum_rule, b.quorum_count, b.majority_rule, b.minutes_kind) == (
            Language.BOKMAAL, QuorumRule.FIXED, 5, MajorityRule.TWO_THIRDS, MinutesKind.PROTOKOLL
        )
        assert (b.std_approve_notice, b.std_approve_minutes, b.std_other_business) == (False, True, False)
        assert (b.default_place, b.default_duration_minutes, b.term_years) == ("Voss rådhus", 150, 2)
        assert (b.description, b.minutes_signatories, b.case_number_pattern) == (
            "Samarbeid i Voss-området.", 2, "YYYY/N"
        )


BAD_NEW_BODY = [
    ({"name": "  "}, "Navnet på organet må fylles ut."),
    ({"name": "STRATEGISK samarbeidsutval"}, "Det finnes allerede et organ med navnet «Strategisk samarbeidsutval»."),
    ({"name": "x" * 201}, "Navnet på organet kan være høyst 200 tegn."),
    ({"short_name": "x" * 41}, "Kortnavnet kan være høyst 40 tegn."),
    ({"default_place": "x" * 201}, "Standard møtested kan være høyst 200 tegn."),
    ({"level": 5}, "Nivået må være 1, 2, 3 eller 4."),
    ({"level": 0}, "Nivået må være 1, 2, 3 eller 4."),
    ({"level": 2, "parent_id": "ssu"}, "Et underordnet organ må ligge på et lavere nivå enn organet over."),
    ({"quorum_rule": QuorumRule.FIXED}, "Et fast antall for vedtaksførhet må oppgis når regelen er «fast antall»."),
    ({"quorum_count": 3}, "Et fast antall for vedtaksførhet må oppgis når regelen er «fast antall»."),
    ({"quorum_rule": QuorumRule.FIXED, "quorum_count": 0}, "Antallet for vedtaksførhet må være større enn null."),
    ({"quorum_rule": QuorumRule.FIXED, "quorum_count": 1000}, "Antallet for vedtaksførhet kan være høyst 999."),
    ({"default_duration_minutes": 0}, "Møtelengden må være større enn null."),
    ({"default_duration_minutes": 13 * 60}, "Et møte kan som standard vare høyst 12 timer."),
    ({"term_years": 0}, "Perioden må være minst ett år."),
    ({"term_years": 11}, "En periode kan være høyst 10 år."),
    ({"minutes_signatories": 6}, "Antall underskrivere (justering) må være fra 0 til 5."),
    ({"case_number_pattern": "sak-N"}, "«sak-N» er ikke et format for saksnummer."),
]


@pytest.mark.parametrize(("fields", "message"), BAD_NEW_BODY)
def test_create_body_refuses_with_a_message_and_makes_nothing(db, tree, fields, message):
    fields = {k: tree[v] if k == "parent_id" else v for k, v in fields.items()}
    name = fields.pop("name", "Nytt utval")
    level = fields.pop("level", 4)
    with pytest.raises(InvalidInput) as exc, db.transaction() as s:
        register.create_body(s, name, level, **fields)
    assert str(exc.value).startswith(message)
    with db.session() as s:
        assert s.query(Body).count() == 3


@pytest.mark.parametrize(("fields", "message"), BAD_NEW_BODY)
def test_update_body_refuses_as_create_and_changes_nothing(db, tree, fields, message):
    fields = {k: tree[v] if k == "parent_id" else v for k, v in fields.items()}
    if "name" in fields and fields["name"].startswith("STRATEGISK"):
        fields["name"] = "partnarskapsmøte"
        message = "Det finnes allerede et organ med navnet «Partnarskapsmøte»."
    with pytest.raises(InvalidInput) as exc, db.transaction() as s:
        register.update_body(s, tree["mfu"], **fields)
    assert str(exc.value).startswith(message)
    with db.session() as s:
        b = s.get(Body, tree["mfu"])
        assert (b.name, b.level, b.parent_id, b.quorum_rule, b.term_years) == (
            "Medisinskfagleg utval", 4, tree["ssu"], QuorumRule.HALF, 4
        )


def test_a_body_cannot_go_under_itself_or_a_body_below_it(db, tree):
    for parent, level in (("top", 1), ("ssu", 1), ("mfu", 1)):
        with pytest.raises(InvalidInput) as exc, db.transaction() as s:
            register.update_body(s, tree["top"], parent_id=tree[parent], level=level)
        assert str(exc.value) == "Et organ kan ikke ligge under seg selv."
    with pytest.raises(InvalidInput) as exc, db.transaction() as s:
        register.update_body(s, tree["ssu"], level=4)
    assert str(exc.value) == "Organet må ligge på et høyere nivå enn organene under det."
    with pytest.raises(InvalidInput, match="finnes ikke"), db.transaction() as s:
        register.update_body(s, tree["mfu"], parent_id=9999)


def test_the_messages_come_in_the_users_language(db, tree):
    from hfdesk import messages

    with pytest.raises(InvalidInput) as exc, db.transaction() as s:
        register.update_body(s, tree["mfu"], term_years=12)
    assert exc.value.render("nn") == "Ein periode kan vere høgst 10 år."
    assert exc.value.render("en") == "A term can be at most 10 years."
    assert messages.render("body.under_itself", "nn") == "Eit organ kan ikkje liggje under seg sjølv."


def test_update_body_moves_a_body_and_keeps_what_it_is_not_told(db, tree):
    with db.transaction() as s:
        register.update_body(
            s, tree["mfu"], parent_id=tree["top"], level=3, quorum_rule=QuorumRule.FIXED, quorum_count=4,
            std_other_business=False, term_years=10, default_duration_minutes=12 * 60,
        )
    with db.transaction() as s:
        register.update_body(s, tree["mfu"], quorum_rule=QuorumRule.NONE)
    with db.session() as s:
        b = s.get(Body, tree["mfu"])
        assert (b.parent_id, b.level, b.quorum_rule, b.quorum_count) == (tree["top"], 3, QuorumRule.NONE, None)
        assert (b.std_other_business, b.std_approve_notice, b.term_years, b.name) == (
            False, True, 10, "Medisinskfagleg utval"
        )


def test_a_new_fagleg_utval_without_gp_or_user_representatives_shows_the_breaches(db, tree):
    with db.transaction() as s:
        body = register.create_body(s, "Fagleg utval for rus og psykisk helse", 4, parent_id=tree["ssu"])
        body_id = body.id
        hospital = register.create_organisation(s, "Helse Bergen HF", Side.HOSPITAL)
        person = register.create_person(s, "Ola", "Lege", organisation_id=hospital.id)
        register.add_membership(s, body_id, person.id, Role.LEADER, term_from=date(2025, 1, 1))
    with db.session() as s:
        rules = s.query(CompositionRule).filter_by(body_id=body_id).order_by(CompositionRule.sort_order).all()
        assert [(r.label, r.side, r.appointed_by, r.min_count, r.max_count, r.role) for r in rules] == [
            ("Fastlege (minst 1)", Side.GP, None, 1, None, None),
            ("Brukarrepresentant oppnemnd av kommunane", Side.USER, Side.MUNICIPAL, 1, None, None),
            ("Brukarrepresentant oppnemnd av spesialisthelsetenesta", Side.USER, Side.HOSPITAL, 1, None, None),
        ]
        breaches = composition.check_body(s, body_id, on=date(2025, 6, 1))
    assert [b.code for b in breaches] == ["missing_seat"] * 3
    text = " ".join(b.message for b in breaches)
    assert "fastlege" in text and "oppnevnt av kommunene" in text and "oppnevnt av spesialisthelsetjenesten" in text

    # A GP and a user representative from each side fill the rules.
    with db.transaction() as s:
        gp_office = register.create_organisation(s, "Legekontoret", Side.GP)
        users = register.create_organisation(s, "Brukarrådet", Side.USER)
        for given, org, by in (("Gro", gp_office.id, None), ("Brit", users.id, Side.MUNICIPAL),
                               ("Bjørn", users.id, Side.HOSPITAL)):
            p = register.create_person(s, given, "Hansen", organisation_id=org)
            register.add_membership(s, body_id, p.id, Role.MEMBER, term_from=date(2025, 1, 1), appointed_by=by)
    with db.session() as s:
        assert composition.check_body(s, body_id, on=date(2025, 6, 1)) == []


def test_the_national_rules_are_in_bokmaal_for_a_bokmaal_body(db, tree):
    with db.transaction() as s:
        body = register.create_body(s, "Fagutvalg", 4, language=Language.BOKMAAL)
        labels = [r.label for r in sorted(body.composition_rules, key=lambda r: (r.sort_order, r.id))]
    assert labels == [
        "Fastlege (minst 1)",
        "Brukerrepresentant oppnevnt av kommunene",
        "Brukerrepresentant oppnevnt av spesialisthelsetjenesten",
    ]
