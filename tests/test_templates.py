"""Structure templates (services/templates.py): a new helsefellesskap starts in minutes."""

from __future__ import annotations

from datetime import date

import pytest
import sqlalchemy as sa

from hfdesk.errors import InvalidInput
from hfdesk.models import Area, Body, CompositionRule, Language, Organisation, Role, Side
from hfdesk.services import register
from hfdesk.services.composition import check_all
from hfdesk.services.templates import TEMPLATES, create_structure


def _tree(s) -> dict[str, tuple[int, str | None]]:
    return {b.name: (b.level, b.parent.name if b.parent else None) for b in s.scalars(sa.select(Body))}


def _rules(s, name: str) -> list[CompositionRule]:
    body = s.scalars(sa.select(Body).where(Body.name == name)).one()
    return list(body.composition_rules)


def test_templates_have_norwegian_names_and_descriptions():
    assert {"national", "bergen"} <= set(TEMPLATES)
    for template in TEMPLATES.values():
        assert template.name and template.description
    assert "tre nivåer" in TEMPLATES["national"].name
    assert "fire nivåer" in TEMPLATES["bergen"].name


def test_national_template_makes_three_levels_with_rules_and_no_organisations(db):
    with db.transaction() as s:
        bodies = create_structure(s, "national")
        assert [b.level for b in bodies] == [1, 2, 3]
    with db.session() as s:
        assert _tree(s) == {
            "Partnarskapsmøte": (1, None),
            "Strategisk samarbeidsutval": (2, "Partnarskapsmøte"),
            "Fagleg samarbeidsutval": (3, "Strategisk samarbeidsutval"),
        }
        assert s.scalar(sa.select(sa.func.count(Organisation.id))) == 0
        assert all(b.language == Language.NYNORSK for b in s.scalars(sa.select(Body)))
        ssu = {
            (r.side, r.appointed_by, r.role, r.min_count, r.max_count)
            for r in _rules(s, "Strategisk samarbeidsutval")
        }
        assert {
            (Side.USER, Side.MUNICIPAL, None, 1, 1),
            (Side.USER, Side.HOSPITAL, None, 1, 1),
            (Side.GP, None, None, 1, None),
            (Side.MUNICIPAL, None, Role.LEADER, 1, 1),
            (Side.HOSPITAL, None, Role.DEPUTY_LEADER, 1, 1),
        } <= ssu
        for name in ("Partnarskapsmøte", "Fagleg samarbeidsutval"):
            rules = _rules(s, name)
            assert any(r.side == Side.GP and r.min_count >= 1 for r in rules), name
            assert any(r.side == Side.USER and r.min_count >= 1 for r in rules), name
            assert all(r.label for r in rules)


def test_bokmaal_names_and_labels(db):
    with db.transaction() as s:
        create_structure(s, "national", language="nb")
    with db.session() as s:
        assert set(_tree(s)) == {"Partnerskapsmøte", "Strategisk samarbeidsutvalg", "Faglig samarbeidsutvalg"}
        labels = {r.label for r in _rules(s, "Strategisk samarbeidsutvalg")}
        assert "Brukerrepresentant oppnevnt av kommunene" in labels and "Leder fra kommunene" in labels
        assert all(b.language == Language.BOKMAAL for b in s.scalars(sa.select(Body)))


def test_bergen_template_makes_four_levels_areas_municipalities_and_organisation_rules(db):
    with db.transaction() as s:
        create_structure(s, "bergen")
    with db.session() as s:
        ous = {f"Områdeutval {a}" for a in ("Bergen", "Bergensregionen", "Nordhordland", "Voss")}
        tree = _tree(s)
        assert tree["Partnarskapsmøte"] == (1, None)
        assert tree["Strategisk samarbeidsutval"] == (2, "Partnarskapsmøte")
        assert {
            n for n, (lvl, parent) in tree.items() if lvl == 3 and parent == "Strategisk samarbeidsutval"
        } == ous
        assert {n for n, (lvl, _) in tree.items() if lvl == 4} == {
            "Medisinskfagleg utval",
            "Felles underutval for akuttmedisin og beredskap",
        }
        areas = {a.name: a for a in s.scalars(sa.select(Area))}
        assert set(areas) == {"Bergen", "Bergensregionen", "Nordhordland", "Voss"}
        municipal = s.scalars(sa.select(Organisation).where(Organisation.side == Side.MUNICIPAL)).all()
        assert len(municipal) == 18 and all(o.area is not None for o in municipal)
        assert len(areas["Nordhordland"].organisations) == 7
        hospitals = {
            o.name for o in s.scalars(sa.select(Organisation).where(Organisation.side == Side.HOSPITAL))
        }
        assert {"Helse Bergen HF", "Haraldsplass Diakonale Sykehus"} <= hospitals and len(hospitals) == 6
        ou_bergen = s.scalars(sa.select(Body).where(Body.name == "Områdeutval Bergen")).one()
        assert ou_bergen.area is not None and ou_bergen.area.name == "Bergen"
        bergen_cap = [r for r in ou_bergen.composition_rules if r.organisation is not None]
        assert [(r.organisation.name, r.min_count, r.max_count) for r in bergen_cap] == [
            ("Bergen kommune", 1, 6)
        ]
        ssu = _rules(s, "Strategisk samarbeidsutval")
        assert any(r.area is not None and r.area.name == "Bergen" and r.max_count == 2 for r in ssu)
        assert any(
            r.organisation is not None and r.organisation.name == "Helse Bergen HF" and r.min_count == 2
            for r in ssu
        )
        for name in ous:
            rules = _rules(s, name)
            assert any(r.role == Role.LEADER and r.side == Side.MUNICIPAL for r in rules)
            assert any(r.role == Role.DEPUTY_LEADER and r.side == Side.HOSPITAL for r in rules)
            assert any(r.side == Side.GP and r.min_count >= 1 for r in rules)
            assert sum(r.side == Side.USER for r in rules) == 2
        nordhordland = _rules(s, "Områdeutval Nordhordland")
        assert sum(r.organisation is not None for r in nordhordland) == 7


def test_running_a_template_twice_is_refused_and_creates_nothing(db):
    with db.transaction() as s:
        create_structure(s, "bergen")
    with db.session() as s:
        before = (
            s.scalar(sa.select(sa.func.count(Body.id))),
            s.scalar(sa.select(sa.func.count(CompositionRule.id))),
        )
    for key in ("bergen", "national"):
        with pytest.raises(InvalidInput) as exc, db.transaction() as s:
            create_structure(s, key)
        assert "finnes allerede organ med navnet «Partnarskapsmøte»" in str(exc.value)
    with db.session() as s:
        after = (
            s.scalar(sa.select(sa.func.count(Body.id))),
            s.scalar(sa.select(sa.func.count(CompositionRule.id))),
        )
    assert after == before


def test_unknown_template_or_language_is_a_known_error(db):
    with pytest.raises(InvalidInput, match="Ukjent mal «oslo»"), db.transaction() as s:
        create_structure(s, "oslo")
    with pytest.raises(InvalidInput, match="Ukjent målform"), db.transaction() as s:
        create_structure(s, "national", language="en")


def test_bergen_template_reuses_existing_areas_and_organisations(db):
    with db.transaction() as s:
        voss = register.create_area(s, "Voss")
        register.create_organisation(s, "Voss herad", Side.MUNICIPAL, area_id=voss.id)
        register.create_organisation(s, "Helse Bergen HF", Side.HOSPITAL)
        create_structure(s, "bergen")
    with db.session() as s:
        assert s.scalar(sa.select(sa.func.count(Area.id))) == 4
        assert s.scalar(sa.select(sa.func.count(Organisation.id))) == 18 + 6


def test_bergen_template_on_an_empty_database_reports_missing_seats_everywhere(db):
    with db.transaction() as s:
        create_structure(s, "bergen")
    with db.session() as s:
        names = {b.id: b.name for b in s.scalars(sa.select(Body))}
        result = check_all(s, date(2026, 6, 1))
    assert set(result) == set(names)
    for body_id, breaches in result.items():
        assert breaches, names[body_id]
        assert {b.code for b in breaches} == {"missing_seat"}, names[body_id]
    ssu = next(v for k, v in result.items() if names[k] == "Strategisk samarbeidsutval")
    messages = [b.message for b in ssu]
    assert (
        "Mangler 2 representanter fra Helse Bergen HF (regel: «Helse Bergen HF», minst 2, har 0)" in messages
    )
    assert (
        "Mangler 1 brukerrepresentant oppnevnt av kommunene (regel: «Brukarrepresentant oppnemnd av kommunane», "
        "minst 1, har 0)" in messages
    )
    assert "Mangler 1 leder fra kommunene (regel: «Leiar frå kommunane», minst 1, har 0)" in messages


def test_a_filled_national_ssu_is_clean(db):
    """The template's rules can be met: fill the SSU and the check is silent for it."""
    t0 = date(2026, 1, 1)
    with db.transaction() as s:
        bodies = {b.short_name: b for b in create_structure(s, "national")}
        ssu = bodies["SSU"]
        orgs = {
            side: register.create_organisation(s, f"Org {side.value}", side)
            for side in (Side.MUNICIPAL, Side.HOSPITAL, Side.USER, Side.GP)
        }
        for i, (role, side, appointed) in enumerate(
            (
                (Role.LEADER, Side.MUNICIPAL, None),
                (Role.DEPUTY_LEADER, Side.HOSPITAL, None),
                (Role.MEMBER, Side.USER, Side.MUNICIPAL),
                (Role.MEMBER, Side.USER, Side.HOSPITAL),
                (Role.MEMBER, Side.GP, None),
            )
        ):
            person = register.create_person(s, f"P{i}", "Testesen", organisation_id=orgs[side].id)
            register.add_membership(s, ssu.id, person.id, role, term_from=t0, appointed_by=appointed)
        ssu_id = ssu.id
    with db.session() as s:
        assert check_all(s, date(2026, 6, 1))[ssu_id] == []
