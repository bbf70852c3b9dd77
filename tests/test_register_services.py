"""Correcting people and organisations in the register: update_person and update_organisation."""

from __future__ import annotations

from datetime import date

import pytest

from hfdesk.errors import InvalidInput, NotFound
from hfdesk.models import Organisation, Person, Role, Side
from hfdesk.services import register


@pytest.fixture
def reg(db):
    """Two municipalities in an area, a hospital, and a person with a seat in SSU."""
    with db.transaction() as s:
        area = register.create_area(s, "Nordhordland")
        alver = register.create_organisation(s, "Alver kommune", Side.MUNICIPAL, area_id=area.id)
        osteroy = register.create_organisation(s, "Osterøy kommune", Side.MUNICIPAL, area_id=area.id)
        hf = register.create_organisation(s, "Helse Bergen HF", Side.HOSPITAL, short_name="Helse Bergen")
        kari = register.create_person(
            s, "Kari", "Nordmann", organisation_id=alver.id, title="kommunedirektør",
            email="kari@alver.kommune.no", phone="56 37 50 00",
        )
        ssu = register.create_body(s, "Strategisk samarbeidsutval", 2, short_name="SSU")
        seat = register.add_membership(s, ssu.id, kari.id, Role.MEMBER, term_from=date(2024, 1, 1))
        return {
            "area": area.id, "alver": alver.id, "osteroy": osteroy.id, "hf": hf.id,
            "kari": kari.id, "seat": seat.id,
        }


def test_update_person_changes_name_and_contact_details(db, reg):
    with db.transaction() as s:
        register.update_person(
            s, reg["kari"], given_name="  Kari Anne ", family_name="Nordmann", title="kommunalsjef",
            email=" kari.anne@alver.kommune.no ", phone="",
        )
    with db.session() as s:
        person = s.get(Person, reg["kari"])
        assert (person.given_name, person.family_name) == ("Kari Anne", "Nordmann")
        assert person.title == "kommunalsjef"
        assert person.email == "kari.anne@alver.kommune.no"
        assert person.phone == ""
        # The organisation and the seat are left alone.
        assert person.organisation_id == reg["alver"]
        assert [m.id for m in person.memberships] == [reg["seat"]]


@pytest.mark.parametrize(
    ("fields", "message"),
    [
        ({"given_name": " ", "family_name": ""}, "Personen må ha et navn."),
        ({"email": "kari alver.no"}, "«kari alver.no» er ikke en gyldig e-postadresse."),
        ({"email": "kari@alver .no"}, "«kari@alver .no» er ikke en gyldig e-postadresse."),
        # issue 15: a pasted line break would put a second line into every calendar file
        ({"email": "kari@alver.no\nBcc: alle@alver.no"}, "«kari@alver.no Bcc: alle@alver.no» er ikke en gyldig e-postadresse."),
        ({"email": "kari@alver\t.no"}, "«kari@alver .no» er ikke en gyldig e-postadresse."),
        ({"email": "kari@@alver.no"}, "«kari@@alver.no» er ikke en gyldig e-postadresse."),
    ],
)
def test_update_person_refuses_what_create_person_refuses(db, reg, fields, message):
    values = {"given_name": "Kari", "family_name": "Nordmann", "email": "kari@alver.kommune.no"} | fields
    with pytest.raises(InvalidInput) as caught, db.transaction() as s:
        register.update_person(s, reg["kari"], **values)
    assert str(caught.value) == message
    with pytest.raises(InvalidInput), db.transaction() as s:
        register.create_person(s, **values)
    with db.session() as s:
        person = s.get(Person, reg["kari"])
        assert (person.given_name, person.email) == ("Kari", "kari@alver.kommune.no")


def test_update_person_unknown_id(db, reg):
    with pytest.raises(NotFound, match="Personen med id 999 finnes ikke"), db.transaction() as s:
        register.update_person(s, 999, given_name="A", family_name="B")


def test_update_organisation_changes_every_field(db, reg):
    with db.transaction() as s:
        register.update_organisation(
            s, reg["hf"], name=" Helse Bergen HF, Haukeland ", side=Side.HOSPITAL, short_name=" HUS ",
            area_id=reg["area"],
        )
        register.update_organisation(
            s, reg["alver"], name="Alver kommune", side=Side.MUNICIPAL, short_name="", area_id=None,
        )
    with db.session() as s:
        hf = s.get(Organisation, reg["hf"])
        assert (hf.name, hf.short_name, hf.side, hf.area_id) == (
            "Helse Bergen HF, Haukeland", "HUS", Side.HOSPITAL, reg["area"],
        )
        alver = s.get(Organisation, reg["alver"])
        assert (alver.short_name, alver.area_id) == (None, None)
        # The person and their seat still point at the renamed organisation.
        assert s.get(Person, reg["kari"]).organisation.name == "Alver kommune"


def test_update_organisation_may_keep_its_own_name_in_another_case(db, reg):
    with db.transaction() as s:
        register.update_organisation(s, reg["alver"], name="ALVER KOMMUNE", side=Side.MUNICIPAL)
    with db.session() as s:
        assert s.get(Organisation, reg["alver"]).name == "ALVER KOMMUNE"


@pytest.mark.parametrize(
    ("name", "message"),
    [
        ("   ", "Navnet på organisasjonen må fylles ut."),
        ("Alver kommune", "Det finnes allerede en organisasjon med navnet «Alver kommune»."),
        ("alver KOMMUNE", "Det finnes allerede en organisasjon med navnet «Alver kommune»."),
    ],
)
def test_update_organisation_needs_a_name_no_other_has(db, reg, name, message):
    with pytest.raises(InvalidInput) as caught, db.transaction() as s:
        register.update_organisation(s, reg["osteroy"], name=name, side=Side.MUNICIPAL, area_id=reg["area"])
    assert str(caught.value) == message
    with db.session() as s:
        assert s.get(Organisation, reg["osteroy"]).name == "Osterøy kommune"


def test_create_organisation_refuses_a_taken_name_too(db, reg):
    taken = "allerede en organisasjon med navnet «Helse Bergen HF»"
    with pytest.raises(InvalidInput, match=taken), db.transaction() as s:
        register.create_organisation(s, "helse bergen hf", Side.HOSPITAL)


def test_update_organisation_unknown_area_or_organisation(db, reg):
    with pytest.raises(NotFound, match="Området med id 999"), db.transaction() as s:
        register.update_organisation(s, reg["alver"], name="Alver kommune", side=Side.MUNICIPAL, area_id=999)
    with pytest.raises(NotFound, match="Organisasjonen med id 999"), db.transaction() as s:
        register.update_organisation(s, 999, name="Ny", side=Side.OTHER)
    with db.session() as s:
        assert s.get(Organisation, reg["alver"]).area_id == reg["area"]


def test_list_bodies_counts_each_kind_of_seat(db, reg):
    from hfdesk.services import queries

    with db.transaction() as s:
        ssu = s.get(Person, reg["kari"]).memberships[0].body
        lead = s.get(Person, reg["kari"]).memberships[0]
        for given, role in (("Vara", Role.DEPUTY), ("Obs", Role.OBSERVER), ("Sek", Role.SECRETARY),
                            ("Leiar", Role.LEADER)):
            person = register.create_person(s, given, "Testesen")
            register.add_membership(
                s, ssu.id, person.id, role, term_from=date(2024, 1, 1),
                deputy_for_id=lead.id if role == Role.DEPUTY else None,
            )
        gone = register.create_person(s, "Tidlegare", "Medlem")
        register.add_membership(
            s, ssu.id, gone.id, Role.MEMBER, term_from=date(2020, 1, 1), term_to=date(2023, 12, 31)
        )
    with db.session() as s:
        (row,) = queries.list_bodies(s, on=date(2025, 6, 1))
    # Members proper (leader + member), one observer, one deputy; the secretary and a past term are not counted.
    assert (row.voting_count, row.observer_count, row.deputy_count) == (2, 1, 1)
    assert row.member_count == 4


@pytest.mark.parametrize("role", list(Role))
def test_a_deputy_stands_only_for_a_seat_that_may_have_one(db, role):
    """Issue 16, point 10: who may have a deputy is decided once (rights.may_have_deputy); the
    register refuses a deputy for any other seat, and the seat form offers only those."""
    from hfdesk.services.rights import may_have_deputy

    with db.transaction() as s:
        body = register.create_body(s, "Områdeutval Voss", 3, short_name="OU Voss")
        holder = register.create_person(s, "Ola", "Vik")
        seat = register.add_membership(s, body.id, holder.id, role, term_from=date(2026, 1, 1))
        seat_id, body_id = seat.id, body.id
    accepted = True
    try:
        with db.transaction() as s:
            deputy = register.create_person(s, "Siv", "Dale")
            register.add_membership(s, body_id, deputy.id, Role.DEPUTY, term_from=date(2026, 1, 1),
                                    deputy_for_id=seat_id)
    except InvalidInput:
        accepted = False
    assert accepted == may_have_deputy(role)
    assert accepted == (role in (Role.LEADER, Role.DEPUTY_LEADER, Role.MEMBER))
