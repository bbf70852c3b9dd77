"""The composition check speaks the reader's language: every breach is a message code whose
text and pieces (roles, sides, "oppnevnt av", area, position, dates) exist in bokmål, nynorsk
and English, rendered where it is shown. The composition tests run every breach they make
through `assert_speaks_every_language` (an autouse fixture calling `check_every_breach`); this file does the demo's and
every combination of the word tables."""

from __future__ import annotations

import dataclasses
import re
from datetime import date
from itertools import product

import pytest

from hfdesk.messages import LANGUAGES, Text, set_language
from hfdesk.models import Role, Side
from hfdesk.services import composition
from hfdesk.services.composition import Breach, check_all

from tests.test_language import BOKMAAL_ONLY, NOT_IN_NYNORSK, NYNORSK_ONLY, _offending

# The word scans: nynorsk has no bokmål, bokmål no nynorsk, English no Norwegian (as
# tests/test_errors.py asks of the catalogue's English).
_NORWEGIAN = ("ikke", "ikkje", "og", "er", "fra", "frå", "har", "mangler", "manglar", "regel", "minst")


def _data(value: object) -> list[str]:
    """The names a breach carries from the register (people, organisations, labels, areas,
    positions): they keep their own spelling whatever the language, so the scans skip them."""
    if isinstance(value, str):
        return [value]
    if isinstance(value, Text):
        return [s for v in value.params.values() for s in _data(v)]
    if isinstance(value, tuple | list):
        return [s for v in value for s in _data(v)]
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return [s for f in dataclasses.fields(value) for s in _data(getattr(value, f.name))]
    return []


def _words_of(text: str, data: list[str]) -> str:
    for name in sorted((d for d in data if d.strip()), key=len, reverse=True):
        text = text.replace(name, " ")
    return text


def assert_speaks_every_language(breaches: list[Breach]) -> None:
    """Each breach is a message code and renders in bokmål, nynorsk and English with every
    placeholder filled, each in its own written standard."""
    for breach in breaches:
        assert breach.code in composition.CODES, breach
        assert isinstance(breach.text, Text) and breach.text.code.startswith("composition."), breach
        data = _data(breach.text)
        rendered = {lang: breach.render(lang) for lang in LANGUAGES}
        for lang, text in rendered.items():
            assert text and "\n" not in text, (lang, breach)
            assert not re.search(r"[{}]|Phrase\(|Text\(|composition\.", _words_of(text, data)), (lang, text)
        assert len(set(rendered.values())) == 3, rendered  # three languages, not one copied
        assert not _offending(_words_of(rendered["nn"], data), "nn", BOKMAAL_ONLY + NOT_IN_NYNORSK), rendered["nn"]
        assert not _offending(_words_of(rendered["nb"], data), "nb", NYNORSK_ONLY), rendered["nb"]
        english = _words_of(rendered["en"], data).lower()
        assert not [w for w in _NORWEGIAN if re.search(rf"(?<![\w-]){w}(?![\w-])", english)], rendered["en"]


def check_every_breach(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make every composition check in a test run its breaches through the language check
    (the composition tests call this from an autouse fixture)."""
    check = composition._check

    def checked(*args, **kwargs):
        found = check(*args, **kwargs)
        assert_speaks_every_language(found)
        return found

    monkeypatch.setattr(composition, "_check", checked)


# --- the demo --------------------------------------------------------------------------------


def test_the_demos_breaches_speak_every_language(demo_db) -> None:
    with demo_db.session() as session:
        found = [b for breaches in check_all(session).values() for b in breaches]
    assert {b.code for b in found} >= {"missing_seat", "term_ended"}
    assert_speaks_every_language(found)
    missing = next(b for b in found if b.code == "missing_seat" and "kommun" in b.render("nb"))
    assert missing.render("nn") == (
        "Manglar 1 brukarrepresentant oppnemnd av kommunane "
        "(regel: «Brukarrepresentant oppnemnd av kommunane», minst 1, har 0)"
    )
    assert missing.render("en") == (
        "Missing 1 user representative appointed by the municipalities "
        "(rule: “Brukarrepresentant oppnemnd av kommunane”, at least 1, has 0)"
    )


def test_the_message_follows_the_language_it_is_shown_in(demo_db) -> None:
    """A breach found in one language is shown in another when the reader switches."""
    with demo_db.session() as session:
        found = [b for breaches in check_all(session).values() for b in breaches]
    ended = next(b for b in found if b.code == "term_ended")
    before = set_language("nn")
    try:
        assert ended.message == ended.render("nn") and " gjekk ut " in ended.message
        assert "etterfølgjar er oppnemnd" in ended.message
        set_language("en")
        assert ended.message == ended.render("en") and " ended on " in ended.message
    finally:
        set_language(before)
    assert ended.message == ended.render("nb") and " gikk ut " in ended.message


# --- every word of the tables ----------------------------------------------------------------

ON = date(2026, 6, 1)
_BODY = composition._Body(1, "Områdeutval Test", 4, None, True, False, True, True)


def _rule(side, role, appointed_by, label="Regel", **more) -> composition._Rule:
    fields: dict = {"organisation_id": None, "organisation": "", "area_id": None, "max_count": None, "position": ""}
    fields.update(more)
    return composition._Rule(
        id=1, body_id=1, label=label, side=side, appointed_by=appointed_by, role=role, min_count=2, **fields
    )


def _seat(id_, role, side, term_to=None, deputy_for=None, organisation="Alver kommune") -> composition._Seat:
    return composition._Seat(
        id_, 1, role, f"Person {id_}", 5 if side else None, organisation if side else "", side, None, None, None,
        date(2020, 1, 1), term_to, deputy_for, "",
    )


SIDES = [None, *Side]
ROLES = [None, *Role]


@pytest.mark.parametrize("side", SIDES, ids=str)
def test_every_rule_is_described_in_every_language(side) -> None:
    """A missing seat and a cap for every side, role and appointing side, with and without an
    organisation, area and position."""
    found: list[Breach] = []
    for role, appointed_by, extra in product(ROLES, SIDES, ({}, {"organisation_id": 5, "organisation": "Voss herad",
                                                             "area_id": 3, "position": "kommunedirektør"})):
        rule = _rule(side, role, appointed_by, **extra)
        found += composition._check(_BODY, [rule], [], {3: "Voss"}, ON)
        capped = dataclasses.replace(rule, min_count=0, max_count=0)
        held = [dataclasses.replace(_seat(10, Role.MEMBER, side or Side.MUNICIPAL), role=role or Role.MEMBER,
                                    appointed_by=appointed_by, organisation_id=5, org_area_id=3,
                                    title="Kommunedirektør", side=side)]
        held.append(dataclasses.replace(held[0], id=11, person="Person 11"))
        found += [b for b in composition._check(_BODY, [capped], held, {3: "Voss"}, ON) if b.code == "cap_exceeded"]
    assert {b.code for b in found} == {"missing_seat", "cap_exceeded"}
    assert_speaks_every_language(found)


def test_unnamed_rules_organisation_caps_wrong_sides_and_ended_terms_in_every_language() -> None:
    found: list[Breach] = []
    unnamed = _rule(None, None, None, label="", organisation_id=5, organisation="Bergen kommune", max_count=1)
    unnamed = dataclasses.replace(unnamed, min_count=0)
    seats = [dataclasses.replace(_seat(i, Role.MEMBER, Side.MUNICIPAL), organisation_id=5) for i in (1, 2, 3)]
    found += composition._check(_BODY, [unnamed], seats, {}, ON)
    found += composition._check(_BODY, [dataclasses.replace(unnamed, min_count=5, max_count=None)], seats, {}, ON)
    assert any("uten navn" in b.render("nb") and "utan namn" in b.render("nn") for b in found)
    for role, wanted, held in product((Role.LEADER, Role.DEPUTY_LEADER), Side, SIDES):
        if held == wanted:
            continue
        rule = dataclasses.replace(_rule(wanted, role, None), min_count=1)
        found += composition._check(_BODY, [rule], [_seat(1, role, held)], {}, ON)
    for role, side in product(Role, SIDES):
        found += composition._check(_BODY, [], [_seat(1, role, side, term_to=date(2026, 1, 31))], {}, ON)
    # a deputy for nobody, another side, a member who ended or has not begun; one side only
    member = _seat(1, Role.MEMBER, Side.MUNICIPAL, term_to=date(2026, 1, 31))
    later = dataclasses.replace(_seat(2, Role.MEMBER, Side.HOSPITAL, organisation="Helse Bergen HF"),
                                term_from=date(2026, 9, 1))
    leader = _seat(3, Role.LEADER, Side.HOSPITAL, organisation="Helse Bergen HF")
    deputy_leader = _seat(4, Role.DEPUTY_LEADER, Side.HOSPITAL, organisation="Helse Bergen HF")
    seats = [member, later, leader, deputy_leader,
             _seat(5, Role.DEPUTY, Side.MUNICIPAL), _seat(6, Role.DEPUTY, Side.MUNICIPAL, deputy_for=1),
             _seat(7, Role.DEPUTY, Side.MUNICIPAL, deputy_for=2), _seat(8, Role.DEPUTY, Side.MUNICIPAL, deputy_for=3),
             _seat(9, Role.DEPUTY, Side.MUNICIPAL, deputy_for=99), _seat(10, Role.DEPUTY, Side.MUNICIPAL, deputy_for=5)]
    found += composition._check(_BODY, [], seats, {}, ON)
    found += composition._check(_BODY, [], [_seat(1, Role.MEMBER, Side.MUNICIPAL)], {}, ON)  # no leader
    assert {b.code for b in found} == set(composition.CODES)
    assert_speaks_every_language(found)
