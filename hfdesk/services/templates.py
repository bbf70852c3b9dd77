"""Structure templates: a helsefellesskap's bodies and their composition rules in one step.

Each of the 19 helsefellesskap organises itself a little differently (domain.md §2), so a
template only gives a start: the bodies with their parent links and default composition
rules, all ordinary data the secretary edits afterwards.

* ``"national"``: the national three-level model (partnarskapsmøte, strategisk
  samarbeidsutval, a fagleg samarbeidsutval as the third level). Creates no organisations.
* ``"bergen"``: Helsefellesskapet i Bergensområdet's four-level model: partnarskapsmøte,
  SSU, the four områdeutval and two faglege samarbeidsutval. Creates the four areas, the 18
  municipalities and the six hospitals when they are missing (reusing those with the same
  name), so the organisation rules (Bergen at most 2 in SSU, up to 6 in OU Bergen) can name
  them.

Rule counting follows :mod:`hfdesk.services.composition`: a rule without a role counts
voting seats; observer rules name the observer role.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import sqlalchemy as sa
from sqlalchemy.orm import Session

from ..errors import InvalidInput
from ..models import Area, Body, Language, Organisation, QuorumRule, Role, Side
from . import composition, register


@dataclass(frozen=True)
class RuleTemplate:
    label_nn: str
    label_nb: str
    min_count: int = 0
    max_count: int | None = None
    side: Side | None = None
    appointed_by: Side | None = None
    role: Role | None = None
    organisation: str | None = None  # an organisation's name
    area: str | None = None  # an area's name
    position: str = ""  # text the holder's title contains (composition rules' position)
    outside_caps: bool = False  # the seats counted here are left out of the other rules' maximum


@dataclass(frozen=True)
class BodyTemplate:
    key: str
    name_nn: str
    name_nb: str
    short_name: str
    level: int
    parent: str | None = None  # key of the parent body in the same template
    area: str | None = None
    quorum: QuorumRule = QuorumRule.HALF
    description_nn: str = ""
    description_nb: str = ""
    rules: tuple[RuleTemplate, ...] = ()
    leader_sides_differ: bool = False  # the chair and the deputy chair from different sides


@dataclass(frozen=True)
class StructureTemplate:
    key: str
    name: str  # shown in the UI (bokmål)
    description: str
    bodies: tuple[BodyTemplate, ...]
    areas: dict[str, tuple[str, ...]] = field(default_factory=dict)  # area -> its municipalities
    hospitals: tuple[str, ...] = ()


# -- rule building blocks --------------------------------------------------------


def _user_reps(observer: bool = False) -> tuple[RuleTemplate, ...]:
    role = Role.OBSERVER if observer else None
    suffix = " (observatør)" if observer else ""
    return (
        RuleTemplate(
            "Brukarrepresentant oppnemnd av kommunane" + suffix,
            "Brukerrepresentant oppnevnt av kommunene" + suffix,
            1,
            1,
            side=Side.USER,
            appointed_by=Side.MUNICIPAL,
            role=role,
        ),
        RuleTemplate(
            "Brukarrepresentant oppnemnd av spesialisthelsetenesta" + suffix,
            "Brukerrepresentant oppnevnt av spesialisthelsetjenesten" + suffix,
            1,
            1,
            side=Side.USER,
            appointed_by=Side.HOSPITAL,
            role=role,
        ),
    )


_LEADER_MUNICIPAL = RuleTemplate(
    "Leiar frå kommunane", "Leder fra kommunene", 1, 1, side=Side.MUNICIPAL, role=Role.LEADER
)
_DEPUTY_LEADER_HOSPITAL = RuleTemplate(
    "Nestleiar frå spesialisthelsetenesta",
    "Nestleder fra spesialisthelsetjenesten",
    1,
    1,
    side=Side.HOSPITAL,
    role=Role.DEPUTY_LEADER,
)
_GP = RuleTemplate("Fastlege (minst 1)", "Fastlege (minst 1)", 1, None, side=Side.GP)
_GP_OBSERVER = RuleTemplate(
    "Fastlege (observatør)", "Fastlege (observatør)", 1, 1, side=Side.GP, role=Role.OBSERVER
)
_KS_OBSERVER = RuleTemplate("KS (observatør)", "KS (observatør)", 1, 1, side=Side.KS, role=Role.OBSERVER)
_UNION_OBSERVER = RuleTemplate(
    "Hovudsamanslutningane (observatør)",
    "Hovedsammenslutningene (observatør)",
    1,
    1,
    side=Side.UNION,
    role=Role.OBSERVER,
)


# One kommuneoverlege in each OU, not counted against a municipality's cap (Bergen's six).
_KOMMUNEOVERLEGE = RuleTemplate(
    "Kommuneoverlege (ikkje rekna med i taka)",
    "Kommuneoverlege (ikke regnet med i takene)",
    1,
    1,
    side=Side.MUNICIPAL,
    position="kommuneoverlege",
    outside_caps=True,
)


def _municipal(n: int = 1, hi: int | None = None) -> RuleTemplate:
    return RuleTemplate("Kommunane", "Kommunene", n, hi, side=Side.MUNICIPAL)


def _hospital(n: int = 1, hi: int | None = None) -> RuleTemplate:
    return RuleTemplate("Spesialisthelsetenesta", "Spesialisthelsetjenesten", n, hi, side=Side.HOSPITAL)


# -- the national model ------------------------------------------------------------

_NATIONAL = StructureTemplate(
    key="national",
    name="Nasjonal modell (tre nivåer)",
    description=(
        "Helsefellesskapets tre nivåer etter avtalen mellom regjeringen og KS: partnerskapsmøte, "
        "strategisk samarbeidsutvalg og et faglig samarbeidsutvalg. Brukere og fastleger på alle nivåer; "
        "leder fra kommunene og nestleder fra spesialisthelsetjenesten der ikke annet er valgt. "
        "Lager ingen organisasjoner."
    ),
    bodies=(
        BodyTemplate(
            "psm",
            "Partnarskapsmøte",
            "Partnerskapsmøte",
            "PSM",
            1,
            quorum=QuorumRule.NONE,
            leader_sides_differ=True,
            description_nn="Politisk og administrativ toppleiing i kommunane og helseføretaket. Peikar ut "
            "overordna retning for samarbeidet. Møtest minst éin gong i året.",
            description_nb="Politisk og administrativ toppledelse i kommunene og helseforetaket. Peker ut "
            "overordnet retning for samarbeidet. Møtes minst én gang i året.",
            rules=(
                _municipal(),
                _hospital(),
                RuleTemplate(
                    "Møteleiar (vekslar mellom partane)",
                    "Møteleder (veksler mellom partene)",
                    1,
                    1,
                    role=Role.LEADER,
                ),
                _GP_OBSERVER,
                *_user_reps(observer=True),
            ),
        ),
        BodyTemplate(
            "ssu",
            "Strategisk samarbeidsutval",
            "Strategisk samarbeidsutvalg",
            "SSU",
            2,
            parent="psm",
            description_nn="Utviklar strategiar og handlingsplanar og tek løpande avgjerder.",
            description_nb="Utvikler strategier og handlingsplaner og tar løpende avgjørelser.",
            rules=(
                _municipal(),
                _hospital(),
                *_user_reps(),
                _GP,
                _LEADER_MUNICIPAL,
                _DEPUTY_LEADER_HOSPITAL,
            ),
        ),
        BodyTemplate(
            "fsu",
            "Fagleg samarbeidsutval",
            "Faglig samarbeidsutvalg",
            "FSU",
            3,
            parent="ssu",
            quorum=QuorumRule.NONE,
            description_nn="Fagleg samarbeidsutval eller arbeidsgruppe. Rådgjevande.",
            description_nb="Faglig samarbeidsutvalg eller arbeidsgruppe. Rådgivende.",
            rules=(
                _municipal(),
                _hospital(),
                _GP,
                RuleTemplate(
                    "Brukarrepresentant (minst 1)", "Brukerrepresentant (minst 1)", 1, None, side=Side.USER
                ),
                _LEADER_MUNICIPAL,
                _DEPUTY_LEADER_HOSPITAL,
            ),
        ),
    ),
)


# -- the Bergen model --------------------------------------------------------------

_BERGEN_AREAS: dict[str, tuple[str, ...]] = {
    "Bergen": ("Bergen kommune",),
    "Bergensregionen": (
        "Askøy kommune",
        "Austevoll kommune",
        "Bjørnafjorden kommune",
        "Samnanger kommune",
        "Øygarden kommune",
    ),
    "Nordhordland": (
        "Alver kommune",
        "Austrheim kommune",
        "Fedje kommune",
        "Gulen kommune",
        "Masfjorden kommune",
        "Modalen kommune",
        "Osterøy kommune",
    ),
    "Voss": ("Eidfjord kommune", "Kvam herad", "Ulvik herad", "Vaksdal kommune", "Voss herad"),
}
_BERGEN_HOSPITALS = (
    "Helse Bergen HF",
    "Haraldsplass Diakonale Sykehus",
    "NKS Olaviken alderspsykiatriske sykehus",
    "Solli DPS",
    "Betanien sykehus",
    "Voss DPS NKS Bjørkeli",
)
_N_MUNICIPALITIES = sum(len(v) for v in _BERGEN_AREAS.values())


def _ou(area: str) -> BodyTemplate:
    if area == "Bergen":
        municipal: tuple[RuleTemplate, ...] = (
            RuleTemplate(
                "Bergen kommune: inntil 6 representantar",
                "Bergen kommune: inntil 6 representanter",
                1,
                6,
                organisation="Bergen kommune",
            ),
        )
    else:
        municipal = tuple(
            RuleTemplate(f"{m}: 1 representant", f"{m}: 1 representant", 1, None, organisation=m)
            for m in _BERGEN_AREAS[area]
        )
    name_nn = f"Områdeutval {area}"
    return BodyTemplate(
        f"ou_{area.lower()}",
        name_nn,
        f"Områdeutvalg {area}",
        f"OU {area}",
        3,
        parent="ssu",
        area=area,
        description_nn=f"Områdeutvalet for {', '.join(m.rsplit(' ', 1)[0] for m in _BERGEN_AREAS[area])}. "
        "1 medlem per kommune, tilsvarande frå sjukehusa, fastlege, kommuneoverlege, "
        "2 brukarrepresentantar og hovudsamanslutningane. 4-årig periode.",
        description_nb=f"Områdeutvalget for {', '.join(m.rsplit(' ', 1)[0] for m in _BERGEN_AREAS[area])}. "
        "1 medlem per kommune, tilsvarende fra sykehusene, fastlege, kommuneoverlege, "
        "2 brukerrepresentanter og hovedsammenslutningene. 4-årig periode.",
        rules=(
            *municipal,
            _KOMMUNEOVERLEGE,
            RuleTemplate("Spesialisthelsetenesta", "Spesialisthelsetjenesten", 2, None, side=Side.HOSPITAL),
            RuleTemplate("Fastlege", "Fastlege", 1, 1, side=Side.GP),
            *_user_reps(),
            RuleTemplate("Hovudsamanslutningane", "Hovedsammenslutningene", 1, 1, side=Side.UNION),
            _LEADER_MUNICIPAL,
            _DEPUTY_LEADER_HOSPITAL,
            RuleTemplate(
                "Samarbeidssekretariatet (observatørar)",
                "Samarbeidssekretariatet (observatører)",
                2,
                2,
                side=Side.SECRETARIAT,
                role=Role.OBSERVER,
            ),
        ),
    )


def _fagleg(key: str, name_nn: str, name_nb: str, short: str, what_nn: str, what_nb: str) -> BodyTemplate:
    return BodyTemplate(
        key,
        name_nn,
        name_nb,
        short,
        4,
        parent="ssu",
        quorum=QuorumRule.NONE,
        description_nn=f"Fagleg samarbeidsutval for {what_nn}. Rådgjevande.",
        description_nb=f"Faglig samarbeidsutvalg for {what_nb}. Rådgivende.",
        rules=(
            RuleTemplate("Kommunane", "Kommunene", 2, None, side=Side.MUNICIPAL),
            RuleTemplate("Spesialisthelsetenesta", "Spesialisthelsetjenesten", 2, None, side=Side.HOSPITAL),
            _GP,
            RuleTemplate(
                "Brukarrepresentant (minst 1)", "Brukerrepresentant (minst 1)", 1, None, side=Side.USER
            ),
        ),
    )


_BERGEN = StructureTemplate(
    key="bergen",
    name="Bergensmodellen (fire nivåer)",
    description=(
        "Helsefellesskapet i Bergensområdet: partnerskapsmøte, strategisk samarbeidsutvalg, fire "
        "områdeutvalg (Bergen, Bergensregionen, Nordhordland, Voss) og faglige samarbeidsutvalg. "
        "Lager de fire områdene, de 18 kommunene og sykehusene hvis de mangler."
    ),
    areas=_BERGEN_AREAS,
    hospitals=_BERGEN_HOSPITALS,
    bodies=(
        BodyTemplate(
            "psm",
            "Partnarskapsmøte",
            "Partnerskapsmøte",
            "PSM",
            1,
            quorum=QuorumRule.NONE,
            leader_sides_differ=True,
            description_nn="Politisk og administrativ toppleiing i dei 18 kommunane og i sjukehusa. Vertskap "
            "og møteleiing vekslar mellom kommunane og sjukehusa.",
            description_nb="Politisk og administrativ toppledelse i de 18 kommunene og i sykehusene. Vertskap "
            "og møteledelse veksler mellom kommunene og sykehusene.",
            rules=(
                RuleTemplate(
                    "Kommunane: politisk og administrativ leiing (2 per kommune)",
                    "Kommunene: politisk og administrativ ledelse (2 per kommune)",
                    2 * _N_MUNICIPALITIES,
                    2 * _N_MUNICIPALITIES,
                    side=Side.MUNICIPAL,
                ),
                RuleTemplate(
                    "Spesialisthelsetenesta: leiinga i sjukehusa",
                    "Spesialisthelsetjenesten: ledelsen i sykehusene",
                    len(_BERGEN_HOSPITALS),
                    None,
                    side=Side.HOSPITAL,
                ),
                RuleTemplate(
                    "Møteleiar (vekslar mellom kommunane og sjukehusa)",
                    "Møteleder (veksler mellom kommunene og sykehusene)",
                    1,
                    1,
                    role=Role.LEADER,
                ),
                _GP_OBSERVER,
                *_user_reps(observer=True),
                _KS_OBSERVER,
                _UNION_OBSERVER,
            ),
        ),
        BodyTemplate(
            "ssu",
            "Strategisk samarbeidsutval",
            "Strategisk samarbeidsutvalg",
            "SSU",
            2,
            parent="psm",
            description_nn="1 kommunal representant per område (Bergen inntil 2), 4 frå "
            "spesialisthelsetenesta, 2 brukarrepresentantar. Observatørar: KS, hovudsamanslutningane, "
            "fastlege, kommuneoverlege og sekretariatet.",
            description_nb="1 kommunal representant per område (Bergen inntil 2), 4 fra "
            "spesialisthelsetjenesten, 2 brukerrepresentanter. Observatører: KS, hovedsammenslutningene, "
            "fastlege, kommuneoverlege og sekretariatet.",
            rules=(
                RuleTemplate(
                    "Bergen: 1–2 kommunale representantar",
                    "Bergen: 1–2 kommunale representanter",
                    1,
                    2,
                    side=Side.MUNICIPAL,
                    area="Bergen",
                ),
                *(
                    RuleTemplate(
                        f"{a}: 1 kommunal representant",
                        f"{a}: 1 kommunal representant",
                        1,
                        1,
                        side=Side.MUNICIPAL,
                        area=a,
                    )
                    for a in ("Bergensregionen", "Nordhordland", "Voss")
                ),
                RuleTemplate(
                    "Minst éin kommunedirektør",
                    "Minst én kommunedirektør",
                    1,
                    None,
                    side=Side.MUNICIPAL,
                    position="kommunedirektør",
                ),
                RuleTemplate("Helse Bergen HF", "Helse Bergen HF", 2, 2, organisation="Helse Bergen HF"),
                RuleTemplate(
                    "Haraldsplass Diakonale Sykehus",
                    "Haraldsplass Diakonale Sykehus",
                    1,
                    1,
                    organisation="Haraldsplass Diakonale Sykehus",
                ),
                RuleTemplate(
                    "Spesialisthelsetenesta i alt (Helse Bergen 2, HDS 1, annan privat ideell 1)",
                    "Spesialisthelsetjenesten i alt (Helse Bergen 2, HDS 1, annet privat ideelt 1)",
                    4,
                    4,
                    side=Side.HOSPITAL,
                ),
                *_user_reps(),
                _LEADER_MUNICIPAL,
                _DEPUTY_LEADER_HOSPITAL,
                _GP_OBSERVER,
                _KS_OBSERVER,
                _UNION_OBSERVER,
                RuleTemplate(
                    "Samarbeidssekretariatet (observatør)",
                    "Samarbeidssekretariatet (observatør)",
                    1,
                    None,
                    side=Side.SECRETARIAT,
                    role=Role.OBSERVER,
                ),
            ),
        ),
        *(_ou(area) for area in _BERGEN_AREAS),
        _fagleg(
            "mfu",
            "Medisinskfagleg utval",
            "Medisinskfaglig utvalg",
            "MFU",
            "medisinskfaglege prosedyrar og tenestemodellar",
            "medisinskfaglige prosedyrer og tjenestemodeller",
        ),
        _fagleg(
            "akutt",
            "Felles underutval for akuttmedisin og beredskap",
            "Felles underutvalg for akuttmedisin og beredskap",
            "FUAB",
            "den akuttmedisinske kjeda og helseberedskap",
            "den akuttmedisinske kjeden og helseberedskap",
        ),
    ),
)

TEMPLATES: dict[str, StructureTemplate] = {t.key: t for t in (_NATIONAL, _BERGEN)}


# -- creating a structure ------------------------------------------------------------


def _areas_and_organisations(
    session: Session, template: StructureTemplate
) -> tuple[dict[str, Area], dict[str, Organisation]]:
    areas = {a.name: a for a in session.scalars(sa.select(Area))}
    orgs = {o.name: o for o in session.scalars(sa.select(Organisation))}
    next_order = max((a.sort_order for a in areas.values()), default=-1) + 1
    for area_name, municipalities in template.areas.items():
        area = areas.get(area_name)
        if area is None:
            area = areas[area_name] = register.create_area(session, area_name, sort_order=next_order)
            next_order += 1
        for name in municipalities:
            if name not in orgs:
                orgs[name] = register.create_organisation(
                    session, name, Side.MUNICIPAL, short_name=name.rsplit(" ", 1)[0], area_id=area.id
                )
    for name in template.hospitals:
        if name not in orgs:
            orgs[name] = register.create_organisation(session, name, Side.HOSPITAL)
    return areas, orgs


def create_structure(session: Session, key: str, *, language: str = "nn") -> list[Body]:
    """Create a template's bodies (with parents and default composition rules) in the caller's
    transaction. Names, descriptions and rule labels follow `language` ("nn" or "nb"), which is
    also the bodies' written standard. Refused, with nothing created, when a body of the same
    name already exists."""
    template = TEMPLATES.get(key)
    if template is None:
        raise InvalidInput("structure.unknown_template", key=key, choices=', '.join(TEMPLATES))
    try:
        lang = Language(language)
    except ValueError:
        raise InvalidInput("structure.unknown_language", language=language) from None
    nn = lang == Language.NYNORSK

    def name_of(spec: BodyTemplate) -> str:
        return spec.name_nn if nn else spec.name_nb

    existing = {n.casefold(): n for n in session.scalars(sa.select(Body.name))}
    taken = [existing[name_of(b).casefold()] for b in template.bodies if name_of(b).casefold() in existing]
    if taken:
        listed = ", ".join(f"«{n}»" for n in taken)
        raise InvalidInput("structure.names_taken", name=template.name, listed=listed)

    areas, orgs = _areas_and_organisations(session, template)
    first_order = (session.scalar(sa.select(sa.func.max(Body.sort_order))) or 0) + 1
    created: dict[str, Body] = {}
    for i, spec in enumerate(template.bodies):
        body = register.create_body(
            session,
            name_of(spec),
            spec.level,
            short_name=spec.short_name,
            parent_id=created[spec.parent].id if spec.parent else None,
            area_id=areas[spec.area].id if spec.area else None,
            language=lang,
            quorum_rule=spec.quorum,
            description=spec.description_nn if nn else spec.description_nb,
            sort_order=first_order + i,
            national_rules=False,  # the rules come with the template
        )
        created[spec.key] = body
        for rule in spec.rules:
            register.add_composition_rule(
                session,
                body.id,
                label=rule.label_nn if nn else rule.label_nb,
                min_count=rule.min_count,
                max_count=rule.max_count,
                side=rule.side,
                appointed_by=rule.appointed_by,
                role=rule.role,
                organisation_id=orgs[rule.organisation].id if rule.organisation else None,
                area_id=areas[rule.area].id if rule.area else None,
                position=rule.position,
                outside_caps=rule.outside_caps,
            )
        if spec.leader_sides_differ:
            composition.set_body_rules(session, body.id, leader_sides_differ=True)
    return list(created.values())
