"""The register transaction: areas, organisations and bodies, and each body's seats and
composition rules, written as the seeds describe them (domain.md §2)."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy.orm import Session

from ..models import MinutesKind, Person, Role, Side
from ..services import composition, register
from .register_data import AREAS, BODIES, ORGANISATIONS, _slug
from .seats import _SeatsBuilder


class _BodiesBuilder(_SeatsBuilder):
    # -- register ----------------------------------------------------------

    def _register(self, s: Session) -> None:
        for i, (area_name, municipalities) in enumerate(AREAS.items()):
            area = register.create_area(s, area_name, sort_order=i)
            self.areas[area_name] = area
            for name in municipalities:
                short = name.rsplit(" ", 1)[0]
                org = register.create_organisation(s, name, Side.MUNICIPAL, short_name=short, area_id=area.id)
                self.org_ids[short] = org.id
        for key, (name, short, side) in ORGANISATIONS.items():
            self.org_ids[key] = register.create_organisation(s, name, side, short_name=short).id
        self._people(s)
        for spec in BODIES:
            body = register.create_body(
                s,
                spec.name,
                spec.level,
                short_name=spec.short_name,
                parent_id=self.bodies[spec.parent].id if spec.parent else None,
                area_id=self.areas[spec.area].id if spec.area else None,
                language=spec.language,
                quorum_rule=spec.quorum,
                minutes_kind=MinutesKind.REFERAT,
                default_place=spec.place,
                description=spec.description,
                sort_order=len(self.bodies),
                national_rules=False,  # the rules come with the demo
            )
            self.bodies[spec.key] = body
            self.body_ids[spec.key] = body.id
            self.seat_ids[spec.key] = {}
        self._psm(s)
        self._ssu(s)
        self._ou_bergen(s)
        self._ou_bergensregionen(s)
        self._ou_nordhordland(s)
        self._ou_voss(s)
        self._mfu(s)
        self._akutt(s)

    # Partnarskapsmøte ---------------------------------------------------

    def _psm(self, s: Session) -> None:
        b = "psm"
        for municipalities in AREAS.values():
            for name in municipalities:
                m = name.rsplit(" ", 1)[0]
                # Hosting and chairing alternate; this term Alver chairs, the hospitals hold the deputy.
                self._seat(s, b, f"ordf_{m}", Role.LEADER if m == "Alver" else Role.MEMBER, f"ordf:{m}")
                self._seat(s, b, f"kdir_{m}", Role.MEMBER, f"kdir:{m}")
        self._seat(s, b, "deputy_leader", Role.DEPUTY_LEADER, "hb:styre")
        for key in ("hb:adm", "hds:adm", "olaviken:dir", "solli:dir", "betanien:dir", "bjorkeli:dir"):
            self._seat(s, b, key.replace(":", "_"), Role.MEMBER, key)
        for key, person in (
            ("obs_ssu_leader", "ksjef:Alver"),
            ("obs_ssu_deputy", "hb:viseadm"),
            ("obs_ou_bergen", "etat:2"),
            ("obs_ou_bergensregionen", "ksjef:Askøy"),
            ("obs_ou_nordhordland", "ksjef:Osterøy"),
            ("obs_ou_voss", "ksjef:Voss"),
            ("obs_kol", "kol:Askøy"),
        ):
            self._seat(s, b, key, Role.OBSERVER, person)
        self._seat(s, b, "obs_gp", Role.OBSERVER, self._person(s, "gp", "fastlege"))
        self._seat(s, b, "obs_user_m", Role.OBSERVER, self._person(s, "ffo", "brukarrepresentant"),
                   appointed_by=Side.MUNICIPAL)
        self._seat(s, b, "obs_user_h", Role.OBSERVER, self._person(s, "bu_hb", "brukarrepresentant"),
                   appointed_by=Side.HOSPITAL)
        self._seat(s, b, "obs_ks", Role.OBSERVER, self._person(s, "ks", "regiondirektør"))
        self._seat(s, b, "obs_union", Role.OBSERVER, self._person(s, "fagforbundet", "hovudtillitsvald"))
        self._secretary(s, b, "sse:leiar")

        self._rule(s, b, "Kommunane: politisk og administrativ leiing (2 per kommune)", 36, 36,
                   side=Side.MUNICIPAL)
        self._rule(s, b, "Spesialisthelsetenesta: leiinga i sjukehusa", 6, None, side=Side.HOSPITAL)
        self._rule(s, b, "Møteleiar (vekslar mellom kommunane og sjukehusa)", 1, 1, role=Role.LEADER)
        self._rule(s, b, "Fastlege (observatør)", 1, 1, side=Side.GP, role=Role.OBSERVER)
        self._rule(s, b, "Brukarrepresentant oppnemnd av kommunane (observatør)", 1, 1,
                   side=Side.USER, appointed_by=Side.MUNICIPAL, role=Role.OBSERVER)
        self._rule(s, b, "Brukarrepresentant oppnemnd av spesialisthelsetenesta (observatør)", 1, 1,
                   side=Side.USER, appointed_by=Side.HOSPITAL, role=Role.OBSERVER)
        self._rule(s, b, "KS (observatør)", 1, 1, side=Side.KS, role=Role.OBSERVER)
        self._rule(s, b, "Hovudsamanslutningane (observatør)", 1, 1, side=Side.UNION, role=Role.OBSERVER)
        # The chair alternates between the municipalities and the hospitals; the deputy is from the other side.
        composition.set_body_rules(s, self.bodies[b].id, leader_sides_differ=True)

    # SSU ------------------------------------------------------------------

    def _ssu(self, s: Session) -> None:
        b = "ssu"
        seat = self._seat
        seat(s, b, "leader", Role.LEADER, "ksjef:Alver", area="Nordhordland",
             represents="Kommunane i Nordhordland", deputy="ksjef:Masfjorden")
        seat(s, b, "mun_bergen1", Role.MEMBER, "kdir:Bergen", area="Bergen", deputy="etat:3")
        seat(s, b, "mun_bergen2", Role.MEMBER, "etat:1", area="Bergen", deputy="etat:4")
        seat(s, b, "mun_bergensregionen", Role.MEMBER, "kdir:Øygarden", area="Bergensregionen",
             represents="Kommunane i Bergensregionen", deputy="ksjef:Askøy")
        seat(s, b, "mun_voss", Role.MEMBER, "ksjef:Voss", area="Voss",
             represents="Kommunane i Vossområdet", deputy="ksjef:Kvam")
        seat(s, b, "deputy_leader", Role.DEPUTY_LEADER, "hb:viseadm", deputy="hb:fag")
        # Helse Bergen changed its second representative half a year ago: the ended seat stays as history.
        change = self.today - timedelta(days=190)
        seat(s, b, "hb_klinikk_old", Role.MEMBER, self._person(s, "hb", "klinikkdirektør, Medisinsk klinikk"),
             term_to=change)
        seat(s, b, "hb_klinikk", Role.MEMBER, self._person(s, "hb", "klinikkdirektør, Medisinsk klinikk"),
             term_from=change + timedelta(days=1))
        seat(s, b, "hds", Role.MEMBER, "hds:fag", deputy="hds:klinikk")
        seat(s, b, "private", Role.MEMBER, "betanien:dir", represents="Dei private ideelle sjukehusa",
             deputy="solli:dir")
        self._user_reps(s, b, "rfn_alver", "bu_hb")
        seat(s, b, "obs_ks", Role.OBSERVER, self._person(s, "ks", "rådgjevar"))
        seat(s, b, "obs_union", Role.OBSERVER, self._person(s, "nsf", "hovudtillitsvald"))
        seat(s, b, "obs_gp", Role.OBSERVER, self._person(s, "gp", "fastlege"))
        seat(s, b, "obs_kol", Role.OBSERVER, "kol:Bergen")
        seat(s, b, "obs_sse", Role.OBSERVER, "sse:leiar")
        self._secretary(s, b, "sse:r1")

        self._rule(s, b, "Bergen: 1–2 kommunale representantar", 1, 2, side=Side.MUNICIPAL, area="Bergen")
        for area in ("Bergensregionen", "Nordhordland", "Voss"):
            self._rule(s, b, f"{area}: 1 kommunal representant", 1, 1, side=Side.MUNICIPAL, area=area)
        self._rule(s, b, "Minst éin kommunedirektør", 1, None, side=Side.MUNICIPAL, position="kommunedirektør")
        self._rule(s, b, "Helse Bergen HF", 2, 2, organisation="hb")
        self._rule(s, b, "Haraldsplass Diakonale Sykehus", 1, 1, organisation="hds")
        self._rule(s, b, "Spesialisthelsetenesta i alt (Helse Bergen 2, HDS 1, annan privat ideell 1)", 4, 4,
                   side=Side.HOSPITAL)
        self._rule(s, b, "Brukarrepresentant oppnemnd av kommunane", 1, 1, side=Side.USER,
                   appointed_by=Side.MUNICIPAL)
        self._rule(s, b, "Brukarrepresentant oppnemnd av spesialisthelsetenesta", 1, 1, side=Side.USER,
                   appointed_by=Side.HOSPITAL)
        self._rule(s, b, "Leiar frå kommunane", 1, 1, side=Side.MUNICIPAL, role=Role.LEADER)
        self._rule(s, b, "Nestleiar frå spesialisthelsetenesta", 1, 1, side=Side.HOSPITAL,
                   role=Role.DEPUTY_LEADER)
        self._rule(s, b, "Fastlege (observatør)", 1, 1, side=Side.GP, role=Role.OBSERVER)
        self._rule(s, b, "KS (observatør)", 1, 1, side=Side.KS, role=Role.OBSERVER)
        self._rule(s, b, "Hovudsamanslutningane (observatør)", 1, 1, side=Side.UNION, role=Role.OBSERVER)
        self._rule(s, b, "Samarbeidssekretariatet (observatør)", 1, None, side=Side.SECRETARIAT,
                   role=Role.OBSERVER)

    # The four områdeutval ----------------------------------------------

    def _ou_rules(self, s: Session, body: str, area: str, *, bergen: bool = False) -> None:
        for name in AREAS[area]:
            m = name.rsplit(" ", 1)[0]
            if bergen:
                self._rule(s, body, "Bergen kommune: inntil 6 representanter", 1, 6, organisation=m)
            else:
                self._rule(s, body, f"{name}: 1 representant", 1, None, organisation=m)
        # One kommuneoverlege in each OU, not counted against Bergen's six.
        self._rule(s, body, "Kommuneoverlege (ikke regnet med i takene)" if bergen else
                   "Kommuneoverlege (ikkje rekna med i taka)", 1, 1, side=Side.MUNICIPAL,
                   position="kommuneoverlege", outside_caps=True)
        lbl = (
            {"hosp": "Spesialisthelsetjenesten", "gp": "Fastlege", "um": "Brukerrepresentant oppnevnt av "
             "kommunen", "uh": "Brukerrepresentant oppnevnt av spesialisthelsetjenesten", "union":
             "Hovedsammenslutningene", "leader": "Leder fra kommunen", "deputy": "Nestleder fra "
             "spesialisthelsetjenesten", "sse": "Samarbeidssekretariatet (observatører)", "pko":
             "Praksiskonsulent/samhandlingslege (observatør)"}
            if bergen
            else {"hosp": "Spesialisthelsetenesta", "gp": "Fastlege", "um": "Brukarrepresentant oppnemnd av "
                  "kommunane", "uh": "Brukarrepresentant oppnemnd av spesialisthelsetenesta", "union":
                  "Hovudsamanslutningane", "leader": "Leiar frå kommunane", "deputy": "Nestleiar frå "
                  "spesialisthelsetenesta", "sse": "Samarbeidssekretariatet (observatørar)", "pko":
                  "Praksiskonsulent/samhandlingslege (observatør)"}
        )
        self._rule(s, body, lbl["hosp"], 2, None, side=Side.HOSPITAL)
        self._rule(s, body, lbl["gp"], 1, 1, side=Side.GP)
        self._rule(s, body, lbl["um"], 1, 1, side=Side.USER, appointed_by=Side.MUNICIPAL)
        self._rule(s, body, lbl["uh"], 1, 1, side=Side.USER, appointed_by=Side.HOSPITAL)
        self._rule(s, body, lbl["union"], 1, 1, side=Side.UNION)
        self._rule(s, body, lbl["leader"], 1, 1, side=Side.MUNICIPAL, role=Role.LEADER)
        self._rule(s, body, lbl["deputy"], 1, 1, side=Side.HOSPITAL, role=Role.DEPUTY_LEADER)
        self._rule(s, body, lbl["sse"], 2, 2, side=Side.SECRETARIAT, role=Role.OBSERVER)
        self._rule(s, body, lbl["pko"], 0, 1, side=Side.HOSPITAL, role=Role.OBSERVER)

    def _ou_common(self, s: Session, body: str, *, union: str, sse_obs: str, sec: str) -> None:
        self._seat(s, body, "union", Role.MEMBER, self._person(s, union, "hovudtillitsvald"))
        self._seat(s, body, "obs_sse", Role.OBSERVER, "sse:leiar")
        self._seat(s, body, "obs_sse2", Role.OBSERVER, sse_obs)
        self._seat(s, body, "obs_pko", Role.OBSERVER, self._person(s, "hb", "praksiskonsulent (PKO)"))
        self._secretary(s, body, sec)

    def _maybe_vara(self, s: Session, org: str, title: str) -> Person | None:
        return self._person(s, org, title) if self.rng.random() < 0.6 else None

    def _ou_bergen(self, s: Session) -> None:
        b = "ou_bergen"
        self._seat(s, b, "leader", Role.LEADER, "etat:2", area="Bergen",
                   deputy=self._person(s, "Bergen", "avdelingsdirektør, hjemmebaserte tjenester"))
        for i in (1, 3, 4):
            self._seat(s, b, f"mun_bergen{i}", Role.MEMBER, f"etat:{i}", area="Bergen",
                       deputy=self._maybe_vara(s, "Bergen", "avdelingsdirektør"))
        self._seat(s, b, "kol", Role.MEMBER, "kol:Bergen", area="Bergen")
        self._seat(s, b, "deputy_leader", Role.DEPUTY_LEADER, "hb:samh",
                   deputy=self._person(s, "hb", "rådgjevar, Samhandlingsavdelinga"))
        self._seat(s, b, "hb_psyk", Role.MEMBER, "hb:psyk")
        self._seat(s, b, "hds", Role.MEMBER, "hds:klinikk")
        self._seat(s, b, "gp", Role.MEMBER, self._person(s, "gp", "fastlege"),
                   represents="Fastlegene i Bergen")
        self._user_reps(s, b, "rfn_bergen", "bu_hds")
        self._ou_common(s, b, union="fagforbundet", sse_obs="sse:r2", sec="sse:r3")
        self._ou_rules(s, b, "Bergen", bergen=True)

    def _ou_municipal(self, s: Session, body: str, area: str, leader: str) -> None:
        for name in AREAS[area]:
            m = name.rsplit(" ", 1)[0]
            key = "leader" if m == leader else f"mun_{_slug(m)}"
            self._seat(s, body, key, Role.LEADER if m == leader else Role.MEMBER, f"ksjef:{m}", area=area,
                       deputy=self._maybe_vara(s, m, "einingsleiar, helse og omsorg"))

    def _ou_bergensregionen(self, s: Session) -> None:
        b = "ou_bergensregionen"
        self._ou_municipal(s, b, "Bergensregionen", "Askøy")
        self._seat(s, b, "kol", Role.MEMBER, "kol:Askøy", area="Bergensregionen")
        self._seat(s, b, "deputy_leader", Role.DEPUTY_LEADER, "hb:med",
                   deputy=self._person(s, "hb", "seksjonsleiar, Medisinsk avdeling"))
        self._seat(s, b, "solli", Role.MEMBER, "solli:avd")
        self._seat(s, b, "gp", Role.MEMBER, self._person(s, "gp", "fastlege"),
                   represents="Fastlegane i Bergensregionen")
        self._user_reps(s, b, "eldre_askoy", "bu_hb")
        self._ou_common(s, b, union="nsf", sse_obs="sse:r3", sec="sse:r2")
        self._ou_rules(s, b, "Bergensregionen")

    def _ou_nordhordland(self, s: Session) -> None:
        b = "ou_nordhordland"
        self._ou_municipal(s, b, "Nordhordland", "Osterøy")
        self._seat(s, b, "kol", Role.MEMBER, "kol:Alver", area="Nordhordland")
        self._seat(s, b, "deputy_leader", Role.DEPUTY_LEADER, "hb:geri",
                   deputy=self._person(s, "hb", "overlege, Avdeling for geriatri"))
        self._seat(s, b, "olaviken", Role.MEMBER, "olaviken:avd")
        self._seat(s, b, "gp", Role.MEMBER, self._person(s, "gp", "fastlege"),
                   represents="Fastlegane i Nordhordland")
        # DELIBERATE BREACH 1: the term of the user representative appointed by the
        # municipalities ended 30 days ago and no successor has been appointed, so the
        # rule "Brukarrepresentant oppnemnd av kommunane, 1" is not met today.
        self._user_reps(s, b, "rfn_alver", "bu_hb", mun_term_to=self.today - timedelta(days=30))
        self._ou_common(s, b, union="delta", sse_obs="sse:r4", sec="sse:r1")
        self._ou_rules(s, b, "Nordhordland")

    def _ou_voss(self, s: Session) -> None:
        b = "ou_voss"
        self._ou_municipal(s, b, "Voss", "Voss")
        self._seat(s, b, "kol", Role.MEMBER, "kol:Voss", area="Voss")
        self._seat(s, b, "deputy_leader", Role.DEPUTY_LEADER, "hb:voss",
                   deputy=self._person(s, "hb", "avdelingssjef, Voss sjukehus"))
        self._seat(s, b, "bjorkeli", Role.MEMBER, "bjorkeli:dir")
        # DELIBERATE BREACH 2: OU Voss has no GP. The rule "Fastlege, 1" is kept, the seat is empty.
        self._user_reps(s, b, "eldre_voss", "bu_hb")
        self._ou_common(s, b, union="fagforbundet", sse_obs="sse:r2", sec="sse:r4")
        self._ou_rules(s, b, "Voss")

    # Faglege samarbeidsutval --------------------------------------------

    def _fagleg_rules(self, s: Session, body: str) -> None:
        self._rule(s, body, "Kommunane", 2, None, side=Side.MUNICIPAL)
        self._rule(s, body, "Spesialisthelsetenesta", 2, None, side=Side.HOSPITAL)
        self._rule(s, body, "Fastlege (minst 1)", 1, None, side=Side.GP)
        self._rule(s, body, "Brukarrepresentant (minst 1)", 1, None, side=Side.USER)

    def _mfu(self, s: Session) -> None:
        b = "mfu"
        # Faglege utval follow SSU's principles: deputies for the leaders, observers beside the members.
        self._seat(s, b, "leader", Role.LEADER, "kol:Alver",
                   deputy=self._person(s, "Alver", "kommunelege"))
        self._seat(s, b, "deputy_leader", Role.DEPUTY_LEADER, "hb:fag",
                   deputy=self._person(s, "hb", "fagdirektør, stab"))
        self._seat(s, b, "obs_ks", Role.OBSERVER, self._person(s, "ks", "rådgjevar"))
        self._seat(s, b, "hds", Role.MEMBER, self._person(s, "hds", "medisinsk direktør"))
        self._seat(s, b, "kol_kvam", Role.MEMBER, "kol:Kvam")
        self._seat(s, b, "hb_geri", Role.MEMBER, self._person(s, "hb", "overlege, Avdeling for geriatri"))
        self._seat(s, b, "gp1", Role.MEMBER, self._person(s, "gp", "fastlege"))
        self._seat(s, b, "gp2", Role.MEMBER, self._person(s, "gp", "fastlege"))
        self._user_reps(s, b, "ffo", "bu_hb", varas=False)
        self._secretary(s, b, "sse:r3")
        self._fagleg_rules(s, b)

    def _akutt(self, s: Session) -> None:
        b = "akutt"
        self._seat(s, b, "leader", Role.LEADER, "hb:akutt",
                   deputy=self._person(s, "hb", "seksjonsleiar, Akuttmottaket"))
        self._seat(s, b, "deputy_leader", Role.DEPUTY_LEADER, "etat:4", area="Bergen",
                   deputy=self._person(s, "Bergen", "beredskapssjef"))
        self._seat(s, b, "obs_sse", Role.OBSERVER, "sse:leiar")
        self._seat(s, b, "hb_amk", Role.MEMBER, self._person(s, "hb", "seksjonsleiar, AMK Bergen"))
        self._seat(s, b, "askoy", Role.MEMBER, self._person(s, "Askøy", "beredskapskoordinator"))
        self._seat(s, b, "kol_voss", Role.MEMBER, "kol:Voss")
        self._seat(s, b, "gp", Role.MEMBER, self._person(s, "gp", "fastlege og legevaktlege"))
        self._user_reps(s, b, "eldre_askoy", "bu_hb", varas=False)
        self._secretary(s, b, "sse:r4")
        self._fagleg_rules(s, b)
