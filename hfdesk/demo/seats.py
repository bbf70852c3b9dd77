"""The builder's base: what it keeps between transactions, and the helpers that make
people, seats (memberships with their deputies) and composition rules."""

from __future__ import annotations

import random
from datetime import date, datetime, time
from typing import Any

from sqlalchemy.orm import Session

from ..models import Area, Body, Membership, Organisation, Person, Role, Side
from ..services import register
from .register_data import AREAS, FAMILY_NAMES, GIVEN_NAMES, _slug

SEED = 2022


class _SeatsBuilder:
    def __init__(self, today: date) -> None:
        self.today = today
        self.now = datetime.combine(today, time(8, 0))
        self.rng = random.Random(SEED)
        self.term_from = date(today.year - 2, 1, 1)
        self.term_to = date(today.year + 1, 12, 31)
        self.used_names: set[tuple[str, str]] = set()
        # ids kept across transactions
        self.body_ids: dict[str, int] = {}
        self.seat_ids: dict[str, dict[str, int]] = {}
        self.org_ids: dict[str, int] = {}  # municipality short name or ORGANISATIONS key -> id
        # objects of the register transaction
        self.areas: dict[str, Area] = {}
        self.people: dict[str, Person] = {}
        self.bodies: dict[str, Body] = {}

    def _name(self) -> tuple[str, str]:
        while True:
            name = (self.rng.choice(GIVEN_NAMES), self.rng.choice(FAMILY_NAMES))
            if name not in self.used_names:
                self.used_names.add(name)
                return name

    def _org(self, s: Session, key: str) -> Organisation:
        organisation = s.get(Organisation, self.org_ids[key])
        assert organisation is not None
        return organisation

    def _person(self, s: Session, org: str, title: str, key: str | None = None) -> Person:
        given, family = self._name()
        organisation = self._org(s, org)
        domain = _slug(organisation.short_name or organisation.name)
        person = register.create_person(
            s,
            given,
            family,
            organisation_id=organisation.id,
            title=title,
            email=f"{_slug(given)}.{_slug(family)}@{domain}.eksempel.no",
        )
        if key is not None:
            assert key not in self.people, key
            self.people[key] = person
        return person

    def _people(self, s: Session) -> None:
        """The people who hold more than one seat, by key; one-seat people are made with their seat."""
        p = self._person
        for municipalities in AREAS.values():
            for name in municipalities:
                m = name.rsplit(" ", 1)[0]
                if m == "Bergen":
                    p(s, m, "byrådsleder", "ordf:Bergen")
                    p(s, m, "kommunaldirektør for helse og omsorg", "kdir:Bergen")
                else:
                    p(s, m, "ordførar", f"ordf:{m}")
                    p(s, m, "kommunedirektør", f"kdir:{m}")
                    p(s, m, "kommunalsjef for helse og omsorg", f"ksjef:{m}")
        p(s, "Bergen", "etatsdirektør, Etat for sykehjem", "etat:1")
        p(s, "Bergen", "etatsdirektør, Etat for hjemmebaserte tjenester", "etat:2")
        p(s, "Bergen", "etatsdirektør, Etat for psykisk helse og rusarbeid", "etat:3")
        p(s, "Bergen", "direktør, Bergen legevakt", "etat:4")
        for m in ("Bergen", "Askøy", "Alver", "Voss", "Kvam"):
            p(s, m, "kommuneoverlege", f"kol:{m}")
        for key, org, title in (
            ("hb:adm", "hb", "administrerande direktør"),
            ("hb:styre", "hb", "styreleiar"),
            ("hb:viseadm", "hb", "viseadministrerande direktør"),
            ("hb:fag", "hb", "fagdirektør"),
            ("hb:samh", "hb", "samhandlingssjef"),
            ("hb:psyk", "hb", "klinikkdirektør, Psykisk helsevern for vaksne"),
            ("hb:med", "hb", "avdelingssjef, Medisinsk avdeling"),
            ("hb:geri", "hb", "avdelingssjef, Avdeling for geriatri"),
            ("hb:voss", "hb", "sjukehusdirektør, Voss sjukehus"),
            ("hb:akutt", "hb", "avdelingsleiar, Akuttmedisinsk avdeling"),
            ("hds:adm", "hds", "administrerande direktør"),
            ("hds:fag", "hds", "fagdirektør"),
            ("hds:klinikk", "hds", "klinikkleiar, Medisinsk klinikk"),
            ("olaviken:dir", "olaviken", "direktør"),
            ("olaviken:avd", "olaviken", "avdelingsleiar"),
            ("solli:dir", "solli", "direktør"),
            ("solli:avd", "solli", "avdelingsleiar, poliklinikk"),
            ("betanien:dir", "betanien", "direktør"),
            ("bjorkeli:dir", "bjorkeli", "direktør"),
            ("sse:leiar", "sse", "leiar for Samarbeidssekretariatet"),
            ("sse:r1", "sse", "rådgjevar i SSE"),
            ("sse:r2", "sse", "rådgjevar i SSE"),
            ("sse:r3", "sse", "rådgjevar i SSE"),
            ("sse:r4", "sse", "rådgjevar i SSE"),
        ):
            p(s, org, title, key)

    def _seat(
        self,
        s: Session,
        body: str,
        key: str,
        role: Role,
        person: Person | str,
        *,
        area: str | None = None,
        appointed_by: Side | None = None,
        represents: str = "",
        term_from: date | None = None,
        term_to: date | None = None,
        deputy: Person | str | None = None,
    ) -> Membership:
        if isinstance(person, str):
            person = self.people[person]
        membership = register.add_membership(
            s,
            self.bodies[body].id,
            person.id,
            role,
            term_from=term_from or self.term_from,
            term_to=term_to if term_to is not None else self.term_to,
            area_id=self.areas[area].id if area else None,
            appointed_by=appointed_by,
            represents_text=represents,
        )
        assert key not in self.seat_ids[body], (body, key)
        self.seat_ids[body][key] = membership.id
        if deputy is not None:
            if isinstance(deputy, str):
                deputy = self.people[deputy]
            vara = register.add_membership(
                s,
                self.bodies[body].id,
                deputy.id,
                Role.DEPUTY,
                term_from=membership.term_from,
                term_to=membership.term_to,
                area_id=membership.area_id,
                appointed_by=appointed_by,
                represents_text=represents,
                deputy_for_id=membership.id,
            )
            self.seat_ids[body][f"vara:{key}"] = vara.id
        return membership

    def _rule(self, s: Session, body: str, label: str, lo: int, hi: int | None, **filters: Any) -> None:
        if "organisation" in filters:
            filters["organisation_id"] = self.org_ids[filters.pop("organisation")]
        if "area" in filters:
            filters["area_id"] = self.areas[filters.pop("area")].id
        register.add_composition_rule(
            s, self.bodies[body].id, label=label, min_count=lo, max_count=hi, **filters
        )

    def _user_reps(self, s: Session, body: str, mun_org: str, hosp_org: str, *, varas: bool = True,
                   mun_term_to: date | None = None) -> None:
        user_title = "brukerrepresentant" if body == "ou_bergen" else "brukarrepresentant"
        self._seat(
            s, body, "user_m", Role.MEMBER, self._person(s, mun_org, user_title),
            appointed_by=Side.MUNICIPAL, term_to=mun_term_to,
            deputy=self._person(s, mun_org, user_title) if varas and mun_term_to is None else None,
        )
        self._seat(
            s, body, "user_h", Role.MEMBER, self._person(s, hosp_org, user_title),
            appointed_by=Side.HOSPITAL,
            deputy=self._person(s, hosp_org, user_title) if varas else None,
        )

    def _secretary(self, s: Session, body: str, person: str) -> None:
        self._seat(s, body, "sec", Role.SECRETARY, person)
