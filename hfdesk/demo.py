"""The demo database: Helsefellesskapet i Bergensområdet, with invented people.

`build_demo(path)` writes a new hfdesk file holding the four-level structure of
the Bergen helsefellesskap (domain.md §2, seeds 001/003): the 4 OU areas and
18 municipalities, the hospitals, KS, the unions, user committees, the GPs and
the secretariat; every body with its composition rules as data; members,
deputies and observers; about a year of meetings around `today`, past ones held
with attendance, proposals, conclusions of every kind, protocol entries, votes,
disqualifications and follow-ups, upcoming ones with their agendas.

Everything is written through hfdesk.services, the same functions the UI calls,
so the demo also exercises the rules. The people are invented: common Norwegian
first and family names put together at random, with addresses at the fictional
domain eksempel.no. The output depends only on `today` (and SEED).

Composition rules are read with this convention: a rule without a role counts
the voting seats (leader, deputy leader, member); deputies, observers and the
secretary count only for rules that name their role.

Two composition breaches are deliberate, so a composition checker has
something to find (see DELIBERATE_BREACHES and the comments where they are made).
"""

from __future__ import annotations

import contextlib
import os
import random
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from .dates import medium_date
from .db import Database, open_database
from .errors import DatabaseMissing, DatabaseReadOnly, FileExists
from .models import (
    AgendaItem,
    Area,
    AttendanceStatus,
    Body,
    Capacity,
    CaseType,
    ConclusionKind,
    DisqualificationGround,
    FollowUp,
    Language,
    Meeting,
    MeetingStatus,
    Membership,
    MinutesKind,
    NoConsensusOutcome,
    Organisation,
    Person,
    QuorumRule,
    Role,
    Side,
    StandardItem,
    VoteChoice,
)
from .services import live, meetings, register
from .services.rights import voters_at_item

SEED = 2022
PARTNERSHIP_NAME = "Helsefellesskapet i Bergensområdet"
EXEMPTION_BASIS = "offl. § 13 jf. fvl. § 13"

# The composition breaches built in on purpose (a checker should report both).
DELIBERATE_BREACHES = (
    "Områdeutval Nordhordland: perioden til brukarrepresentanten oppnemnd av kommunane "
    "gjekk ut for 30 dagar sidan, og ingen ny er oppnemnd.",
    "Områdeutval Voss: har ingen fastlege.",
)

# ---------------------------------------------------------------------------
# The register
# ---------------------------------------------------------------------------

AREAS: dict[str, list[str]] = {
    "Bergen": ["Bergen kommune"],
    "Bergensregionen": [
        "Askøy kommune",
        "Austevoll kommune",
        "Bjørnafjorden kommune",
        "Samnanger kommune",
        "Øygarden kommune",
    ],
    "Nordhordland": [
        "Alver kommune",
        "Austrheim kommune",
        "Fedje kommune",
        "Gulen kommune",
        "Masfjorden kommune",
        "Modalen kommune",
        "Osterøy kommune",
    ],
    "Voss": ["Eidfjord kommune", "Kvam herad", "Ulvik herad", "Vaksdal kommune", "Voss herad"],
}

# key -> (name, short name, side)
ORGANISATIONS: dict[str, tuple[str, str, Side]] = {
    "hb": ("Helse Bergen HF", "Helse Bergen", Side.HOSPITAL),
    "hds": ("Haraldsplass Diakonale Sykehus", "HDS", Side.HOSPITAL),
    "olaviken": ("NKS Olaviken alderspsykiatriske sykehus", "Olaviken", Side.HOSPITAL),
    "solli": ("Solli DPS", "Solli DPS", Side.HOSPITAL),
    "betanien": ("Betanien sykehus", "Betanien", Side.HOSPITAL),
    "bjorkeli": ("Voss DPS NKS Bjørkeli", "Bjørkeli", Side.HOSPITAL),
    "ks": ("KS Vestland", "KS", Side.KS),
    "fagforbundet": ("Fagforbundet Vestland", "Fagforbundet", Side.UNION),
    "nsf": ("Norsk Sykepleierforbund Vestland", "NSF", Side.UNION),
    "delta": ("Delta Vestland", "Delta", Side.UNION),
    "bu_hb": ("Brukarutvalet i Helse Bergen", "BU Helse Bergen", Side.USER),
    "bu_hds": ("Brukarutvalet ved Haraldsplass Diakonale Sykehus", "BU HDS", Side.USER),
    "rfn_bergen": (
        "Rådet for personer med funksjonsnedsettelse i Bergen kommune",
        "RPF Bergen",
        Side.USER,
    ),
    "rfn_alver": ("Råd for personar med funksjonsnedsetjing i Alver kommune", "RPF Alver", Side.USER),
    "eldre_askoy": ("Eldrerådet i Askøy kommune", "Eldrerådet Askøy", Side.USER),
    "eldre_voss": ("Eldrerådet i Voss herad", "Eldrerådet Voss", Side.USER),
    "ffo": ("FFO Vestland", "FFO", Side.USER),
    "gp": ("Fastlegane i Bergensområdet", "Fastlegane", Side.GP),
    "sse": ("Samarbeidssekretariatet (SSE)", "SSE", Side.SECRETARIAT),
}

GIVEN_NAMES = (
    "Kari Ingrid Solveig Marit Astrid Sigrid Randi Liv Gunhild Ragnhild Torunn Hilde Synnøve Brita "
    "Eli Turid Åse Gro Anne Silje Marte Ingunn Kjersti Berit Helga Oddny Margun Sissel Vigdis "
    "Ola Nils Lars Knut Sverre Jon Magnus Eirik Torstein Arne Bjørn Geir Olav Stein Trond Rune "
    "Håkon Jostein Leiv Sindre Anders Per Odd Asbjørn Vidar Terje Øystein Kjell Sigmund Ivar Audun"
).split()
FAMILY_NAMES = (
    "Haugland Tveit Instebø Mjelde Hope Nesse Sandvik Fosse Rong Eide Brekke Vik Hjelle Skeie "
    "Tysse Lygre Hauge Kvamme Hatlestad Dale Berge Nordanger Sæbø Vikøyr Lunde Myklebust Hovland "
    "Gjerstad Torsvik Helle Mæland Ulvatn Solheim Steine Øvretveit Hamre Lønning Njåstad Raknes "
    "Fjeldstad Kalvatn Eikeland Midtbø Herland Haugstad Liland Skjelde Seim Bolstad Ådland "
    "Revheim Flatekval Litlabø Gjerde Hesthamar Lekven Vågenes Kleppe Tangen Ones"
).split()

_ASCII = str.maketrans({"æ": "ae", "ø": "o", "å": "aa", "é": "e", " ": "-"})


def _slug(text: str) -> str:
    return text.lower().translate(_ASCII)


@dataclass(frozen=True)
class _BodySpec:
    key: str
    name: str
    short_name: str
    level: int
    parent: str | None
    area: str | None
    language: Language
    quorum: QuorumRule
    place: str
    weekday: int  # 0 = Monday
    start: time
    minutes: int
    description: str
    video_link: str = ""


BODIES: tuple[_BodySpec, ...] = (
    _BodySpec(
        "psm", "Partnarskapsmøte", "PSM", 1, None, None, Language.NYNORSK, QuorumRule.NONE,
        "Haukeland universitetssjukehus, Auditoriet i Sentralblokka", 3, time(9, 30), 360,
        "Peikar ut overordna retning for samarbeidet i helsefellesskapet. Politisk og administrativ "
        "toppleiing i dei 18 kommunane og i sjukehusa. Vertskap og møteleiing vekslar mellom kommunane "
        "og sjukehusa. Observatørar med tale- og forslagsrett: leiar og nestleiar i SSU, leiarane i "
        "områdeutvala, 1 fastlege, 1 kommuneoverlege, 2 brukarrepresentantar, KS og hovudsamanslutningane.",
    ),
    _BodySpec(
        "ssu", "Strategisk samarbeidsutval", "SSU", 2, "psm", None, Language.NYNORSK, QuorumRule.HALF,
        "Haukeland universitetssjukehus, møterom Ulriken", 1, time(9, 0), 180,
        "Utviklar strategiar og handlingsplanar, handsamar saker og tek løpande avgjerder. 1 kommunal "
        "representant per område (Bergen inntil 2, minst éin kommunedirektør), 4 frå "
        "spesialisthelsetenesta, 2 brukarrepresentantar. Observatørar: KS, hovudsamanslutningane, "
        "fastlege, kommuneoverlege og sekretariatet.",
    ),
    _BodySpec(
        "ou_bergen", "Områdeutval Bergen", "OU Bergen", 3, "ssu", "Bergen", Language.BOKMAAL,
        QuorumRule.HALF, "Bergen rådhus, møterom Fløyen", 2, time(12, 30), 180,
        "Områdeutvalget for Bergen. Bergen kommune kan være representert med inntil 6 representanter. "
        "Bergen kommune skriver bokmål, så utvalgets dokumenter er på bokmål.",
    ),
    _BodySpec(
        "ou_bergensregionen", "Områdeutval Bergensregionen", "OU Bergensregionen", 3, "ssu",
        "Bergensregionen", Language.NYNORSK, QuorumRule.HALF, "Askøy rådhus, Kleppestø", 3,
        time(12, 0), 180,
        "Områdeutvalet for Askøy, Austevoll, Bjørnafjorden, Samnanger og Øygarden.",
    ),
    _BodySpec(
        "ou_nordhordland", "Områdeutval Nordhordland", "OU Nordhordland", 3, "ssu", "Nordhordland",
        Language.NYNORSK, QuorumRule.HALF, "Alver rådhus, Knarvik", 1, time(12, 0), 180,
        "Områdeutvalet for Alver, Austrheim, Fedje, Gulen, Masfjorden, Modalen og Osterøy.",
    ),
    _BodySpec(
        "ou_voss", "Områdeutval Voss", "OU Voss", 3, "ssu", "Voss", Language.NYNORSK, QuorumRule.HALF,
        "Voss sjukehus, møterom Lønahorgi", 2, time(10, 0), 180,
        "Områdeutvalet for Eidfjord, Kvam, Ulvik, Vaksdal og Voss.",
    ),
    _BodySpec(
        "mfu", "Medisinskfagleg utval", "MFU", 4, "ssu", None, Language.NYNORSK, QuorumRule.NONE,
        "Videomøte", 3, time(14, 0), 120,
        "Fagleg samarbeidsutval for medisinskfaglege prosedyrar og tenestemodellar. Rådgjevande.",
        video_link="https://video.eksempel.no/mfu",
    ),
    _BodySpec(
        "akutt", "Felles underutval for akuttmedisin og beredskap", "FUAB", 4, "ssu", None,
        Language.NYNORSK, QuorumRule.NONE, "Bergen legevakt, møterom 2", 0, time(13, 0), 150,
        "Fagleg samarbeidsutval for den akuttmedisinske kjeda og helseberedskap. Rådgjevande.",
    ),
)

# ---------------------------------------------------------------------------
# Cases (saker): topics with their texts in nynorsk and, where a bokmål body
# uses them, in bokmål. Placeholders: {year}, {prev}, {next}, {year3}.
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class _Text:
    title: str
    background: str
    x: str = ""  # what the parties are recommended to do, completing "… tilrår partane å {x}."


@dataclass(frozen=True)
class _Topic:
    case_type: CaseType
    groups: tuple[int, ...]
    minutes: int
    resp: str  # sse | hb | arbeidsgruppe | mun
    nn: _Text
    nb: _Text | None = None
    by: str | None = None  # seat key of who put the case forward


TOPICS: dict[str, _Topic] = {
    "arsmelding": _Topic(
        CaseType.INFORMATION, (1, 2, 3, 4), 15, "sse",
        _Text(
            "Årsmelding for Helsefellesskapet i Bergensområdet {prev}",
            "Sekretariatet legg fram årsmeldinga for {prev}. Meldinga gjer greie for aktiviteten i "
            "utvala, kor stor del av sakene som galdt dei fire prioriterte pasientgruppene, og status "
            "for tenesteavtalane.",
        ),
    ),
    "skropelege": _Topic(
        CaseType.DECISION, (3, 4), 30, "arbeidsgruppe",
        _Text(
            "Felles handlingsplan for skrøpelege eldre",
            "Arbeidsgruppa for skrøpelege eldre har laga utkast til felles handlingsplan. Planen "
            "prioriterer tidleg kartlegging med felles verktøy, faste kontaktpersonar i kommunane og "
            "betre informasjonsflyt ved innlegging og utskriving. Utkastet har vore på innspelsrunde i "
            "alle fire områdeutvala.",
            "slutte seg til felles handlingsplan for skrøpelege eldre og innarbeide tiltaka i eigne planar",
        ),
        _Text(
            "Felles handlingsplan for skrøpelige eldre",
            "Arbeidsgruppen for skrøpelige eldre har laget utkast til felles handlingsplan. Planen "
            "prioriterer tidlig kartlegging med felles verktøy, faste kontaktpersoner i kommunen og "
            "bedre informasjonsflyt ved innleggelse og utskrivning. Utkastet er på innspillsrunde i "
            "alle fire områdeutvalgene.",
            "slutte seg til felles handlingsplan for skrøpelige eldre og innarbeide tiltakene i egne planer",
        ),
    ),
    "utskrivingsklare": _Topic(
        CaseType.DISCUSSION, (3, 4), 30, "hb",
        _Text(
            "Utskrivingsklare pasientar – status og tiltak",
            "Talet på liggjedøgn for utskrivingsklare pasientar har auka det siste året. Helse Bergen "
            "og kommunane legg fram tal per kommune og drøftar tiltak for raskare og tryggare "
            "overføring, mellom anna felles dagleg tavlemøte og betre bruk av elektroniske meldingar.",
            "ta i bruk felles tavlemøte for utskrivingsklare pasientar og rapportere tal kvar månad",
        ),
        _Text(
            "Utskrivningsklare pasienter – status og tiltak",
            "Antall liggedøgn for utskrivningsklare pasienter har økt det siste året. Helse Bergen og "
            "kommunen legger frem tall og drøfter tiltak for raskere og tryggere overføring, blant "
            "annet felles daglig tavlemøte og bedre bruk av elektroniske meldinger.",
            "ta i bruk felles tavlemøte for utskrivningsklare pasienter og rapportere tall hver måned",
        ),
    ),
    "heimeoppfolging": _Topic(
        CaseType.DECISION, (4,), 25, "hb",
        _Text(
            "Digital heimeoppfølging – vidare drift etter prosjektperioden",
            "Prosjektet med digital heimeoppfølging av pasientar med KOLS, hjartesvikt og diabetes vert "
            "avslutta ved årsskiftet. Evalueringa viser færre innleggingar og høg nøgdsemd. Saka gjeld "
            "korleis drifta skal halde fram, og korleis kostnadene skal fordelast mellom partane.",
            "vidareføre digital heimeoppfølging som fast teneste og fordele kostnadene etter innbyggjartal",
        ),
        _Text(
            "Digital hjemmeoppfølging – status",
            "Prosjektet med digital hjemmeoppfølging av pasienter med kols, hjertesvikt og diabetes "
            "avsluttes ved årsskiftet. Evalueringen viser færre innleggelser og høy tilfredshet. "
            "Nettverket for hjemmeoppfølging i Bergen orienterer om erfaringene.",
            "videreføre digital hjemmeoppfølging som fast tjeneste",
        ),
    ),
    "tenesteavtale2": _Topic(
        CaseType.DECISION, (1, 2, 3, 4), 30, "sse",
        _Text(
            "Tenesteavtale 2 – revisjon",
            "Tenesteavtale 2 gjeld samarbeid om tilbod til pasientar med behov for koordinerte "
            "tenester. Ei partssamansett arbeidsgruppe har revidert avtalen i tråd med nasjonale "
            "føringar for helsefellesskap og tilrår mellom anna tydelegare ansvar for koordinator og "
            "individuell plan.",
            "godkjenne revidert tenesteavtale 2 og sende han til handsaming i kommunestyra og i styra "
            "i føretaka",
        ),
    ),
    "barn_unge": _Topic(
        CaseType.DECISION, (1, 2), 30, "arbeidsgruppe",
        _Text(
            "Samhandling om barn og unge med psykiske vanskar – felles forløp",
            "Barne- og ungdomspsykiatrisk klinikk og kommunane har utarbeidd eit felles forløp for barn "
            "og unge med psykiske vanskar og rusproblem. Forløpet skildrar tilvising, felles "
            "vurderingsmøte, og kven som følgjer opp barnet og familien etter utskriving.",
            "ta i bruk felles forløp for barn og unge med psykiske vanskar og rusproblem innan "
            "utgangen av året",
        ),
        _Text(
            "Samhandling om barn og unge med psykiske vansker – felles forløp",
            "Barne- og ungdomspsykiatrisk klinikk og kommunen har utarbeidet et felles forløp for barn "
            "og unge med psykiske vansker og rusproblemer. Forløpet beskriver henvisning, felles "
            "vurderingsmøte, og hvem som følger opp barnet og familien etter utskrivning.",
            "ta i bruk felles forløp for barn og unge med psykiske vansker og rusproblemer innen "
            "utgangen av året",
        ),
    ),
    "rus": _Topic(
        CaseType.INFORMATION, (2,), 20, "hb",
        _Text(
            "Pakkeforløp psykisk helse og rus – erfaringar frå kommunane",
            "Kommunane og Helse Bergen orienterer om erfaringane med pakkeforløp for psykisk helse og "
            "rus, mellom anna forløpskoordinator, brukarinvolvering og bruk av felles sjekklister.",
        ),
        _Text(
            "Pakkeforløp psykisk helse og rus – erfaringer fra kommunen",
            "Kommunen og Helse Bergen orienterer om erfaringene med pakkeforløp for psykisk helse og "
            "rus, blant annet forløpskoordinator, brukerinvolvering og bruk av felles sjekklister.",
        ),
    ),
    "kompetanse": _Topic(
        CaseType.DISCUSSION, (), 40, "sse",
        _Text(
            "Rekruttering og kompetansedeling – oppfølging av Helsepersonellkommisjonen",
            "NOU 2023: 4 «Tid for handling» viser at tilgangen på helsepersonell vil vere den største "
            "utfordringa fram mot 2040. Saka legg opp til drøfting av felles tiltak i helsefellesskapet: "
            "hospitering, felles kompetanseplanar og delte stillingar mellom kommune og sjukehus.",
            "utarbeide ein felles plan for kompetansedeling og hospitering mellom kommunane og sjukehusa",
        ),
    ),
    "budsjett_sse": _Topic(
        CaseType.DECISION, (), 15, "sse",
        _Text(
            "Budsjett for Samarbeidssekretariatet {next}",
            "Sekretariatet legg fram forslag til budsjett for {next}. Kostnadene vert som før delte likt "
            "mellom kommunane og Helse Bergen, og delen til kommunane vert fordelt etter innbyggjartal.",
            "godkjenne budsjettet for Samarbeidssekretariatet for {next}",
        ),
    ),
    "evaluering": _Topic(
        CaseType.DISCUSSION, (1, 2, 3, 4), 30, "sse",
        _Text(
            "Evaluering av helsefellesskapet – arbeidet med dei prioriterte pasientgruppene",
            "Sekretariatet har gått gjennom sakene i utvala det siste året og merkt dei med dei fire "
            "prioriterte pasientgruppene. Gjennomgangen viser at skrøpelege eldre og personar med fleire "
            "kroniske lidingar er godt dekte, medan barn og unge har fått mindre merksemd.",
            "gje barn og unge høgare prioritet i arbeidsplanen for komande år",
        ),
        _Text(
            "Evaluering av helsefellesskapet – arbeidet med de prioriterte pasientgruppene",
            "Sekretariatet har gått gjennom sakene i utvalgene det siste året og merket dem med de fire "
            "prioriterte pasientgruppene. Gjennomgangen viser at skrøpelige eldre og personer med flere "
            "kroniske lidelser er godt dekket, mens barn og unge har fått mindre oppmerksomhet.",
            "gi barn og unge høyere prioritet i arbeidsplanen for kommende år",
        ),
    ),
    "avvik": _Topic(
        CaseType.INFORMATION, (), 15, "sse",
        _Text(
            "Avvik i samhandlinga – rapport for førre kvartal",
            "Oversikt over avvik melde mellom kommunane og sjukehusa førre kvartal. Dei fleste gjeld "
            "manglande eller forseinka epikrise og legemiddelliste ved utskriving.",
        ),
    ),
    "legemiddel": _Topic(
        CaseType.DECISION, (3, 4), 25, "hb",
        _Text(
            "Legemiddelsamstemming ved innlegging og utskriving – felles prosedyre",
            "Feil i legemiddellister ved overgangar er ein kjend risiko for pasientane. Utvalet har laga "
            "forslag til felles prosedyre for legemiddelsamstemming, der fastlegen, sjukehuset og "
            "heimetenesta har kvar sine faste oppgåver.",
            "innføre felles prosedyre for legemiddelsamstemming ved innlegging og utskriving",
        ),
        _Text(
            "Legemiddelsamstemming ved innleggelse og utskrivning – felles prosedyre",
            "Feil i legemiddellister ved overganger er en kjent risiko for pasientene. Medisinskfaglig "
            "utvalg har laget forslag til felles prosedyre for legemiddelsamstemming, der fastlegen, "
            "sykehuset og hjemmetjenesten har hver sine faste oppgaver.",
            "innføre felles prosedyre for legemiddelsamstemming ved innleggelse og utskrivning",
        ),
    ),
    "pasientjournal": _Topic(
        CaseType.INFORMATION, (), 15, "hb",
        _Text(
            "Pasientens journalverktøy og kjernejournal – status",
            "Helse Bergen orienterer om status for nytt journalverktøy, deling av dokument gjennom "
            "kjernejournal og kva det tyder for samhandlinga med kommunane og fastlegane.",
        ),
    ),
    "palliasjon": _Topic(
        CaseType.DECISION, (3, 4), 25, "arbeidsgruppe",
        _Text(
            "Palliativt forløp i heimen – felles prosedyre",
            "Arbeidsgruppa for palliasjon har revidert prosedyren for palliative pasientar som ønskjer å "
            "døy heime. Prosedyren omtalar ansvar for symptomlindring, tilgang på legemiddel og kontakt "
            "med palliativt team.",
            "godkjenne revidert prosedyre for palliativt forløp i heimen",
        ),
    ),
    "demens": _Topic(
        CaseType.DECISION, (3,), 25, "arbeidsgruppe",
        _Text(
            "Demensforløp – revidert felles prosedyre",
            "Prosedyren for utgreiing og oppfølging av personar med demens er revidert. Endringane "
            "gjeld rolla til demensteama i kommunane og tilvising til alderspsykiatrisk poliklinikk.",
            "ta i bruk revidert felles prosedyre for demensforløp",
        ),
        _Text(
            "Demensforløp – revidert felles prosedyre",
            "Prosedyren for utredning og oppfølging av personer med demens er revidert. Endringene "
            "gjelder rollen til demensteamene i kommunen og henvisning til alderspsykiatrisk poliklinikk.",
            "ta i bruk revidert felles prosedyre for demensforløp",
        ),
    ),
    "fastlege": _Topic(
        CaseType.DISCUSSION, (), 30, "mun",
        _Text(
            "Fastlegane si rolle i helsefellesskapet – innspel frå fastlegerepresentantane",
            "Fastlegerepresentantane ønskjer ei drøfting av korleis fastlegane kan medverke meir i "
            "utvala, mellom anna møtetidspunkt, kompensasjon for tapt inntekt og korleis sakene vert "
            "førebudde.",
            "leggje møta til tidspunkt som gjer det mogleg for fastlegar å delta, og kompensere tapt inntekt",
        ),
        _Text(
            "Fastlegenes rolle i helsefellesskapet – innspill fra fastlegerepresentantene",
            "Fastlegerepresentantene ønsker en drøfting av hvordan fastlegene kan medvirke mer i "
            "utvalgene, blant annet møtetidspunkt, kompensasjon for tapt inntekt og hvordan sakene "
            "forberedes.",
            "legge møtene til tidspunkt som gjør det mulig for fastleger å delta, og kompensere tapt inntekt",
        ),
        by="gp",
    ),
    "brukaropplaering": _Topic(
        CaseType.DECISION, (), 20, "sse",
        _Text(
            "Brukarmedverknad i helsefellesskapet – opplæring av brukarrepresentantar",
            "Brukarrepresentantane har meldt inn saka. Dei peikar på at nye representantar treng "
            "opplæring i saksgang og roller, og at sakene bør sendast ut tidlegare slik at dei kan "
            "drøftast med baklandet.",
            "etablere eit felles opplæringsprogram for brukarrepresentantar og sende ut saksdokumenta "
            "minst to veker før møta",
        ),
        by="user_h",
    ),
    "transport": _Topic(
        CaseType.DISCUSSION, (3, 4), 20, "hb",
        _Text(
            "Pasientreiser og ventetid ved utskriving – erfaringar frå brukarane",
            "Brukarrepresentantane har meldt inn saka etter fleire tilbakemeldingar om lang ventetid på "
            "transport heim etter utskriving, særleg for eldre pasientar frå distriktskommunane.",
            "sjå utskrivingstidspunkt og pasientreiser i samanheng og rapportere ventetider kvart halvår",
        ),
        _Text(
            "Pasientreiser og ventetid ved utskrivning – erfaringer fra brukerne",
            "Brukerrepresentantene har meldt inn saken etter flere tilbakemeldinger om lang ventetid på "
            "transport hjem etter utskrivning, særlig for eldre pasienter.",
            "se utskrivningstidspunkt og pasientreiser i sammenheng og rapportere ventetider hvert halvår",
        ),
        by="user_m",
    ),
    "kad": _Topic(
        CaseType.DISCUSSION, (3, 4), 25, "mun",
        _Text(
            "Kommunale akutte døgnplassar (KAD) – bruk og kvalitet",
            "Beleggsprosenten på dei kommunale akutte døgnplassane varierer mykje mellom kommunane. "
            "Saka legg fram tal for bruken og drøftar felles kriterium for innlegging.",
            "utarbeide felles kriterium for innlegging i kommunale akutte døgnplassar",
        ),
        _Text(
            "Kommunale akutte døgnplasser (KAD) – bruk og kvalitet",
            "Beleggsprosenten på de kommunale akutte døgnplassene varierer gjennom året. Saken legger "
            "frem tall for bruken og drøfter felles kriterier for innleggelse.",
            "utarbeide felles kriterier for innleggelse i kommunale akutte døgnplasser",
        ),
    ),
    "samhandlingsmidlar": _Topic(
        CaseType.DECISION, (1, 2, 3, 4), 30, "sse",
        _Text(
            "Fordeling av samhandlingsmidlar {year}",
            "Helsefellesskapet har 4,2 millionar kroner til samhandlingsprosjekt i {year}. Sekretariatet "
            "foreslår at midlane vert fordelte etter søknad til prosjekt som gjeld dei prioriterte "
            "pasientgruppene. Nokre kommunar ønskjer i staden ei fast fordeling per område.",
            "fordele samhandlingsmidlane for {year} etter søknad, med vekt på dei fire prioriterte "
            "pasientgruppene",
        ),
    ),
    "hoyring": _Topic(
        CaseType.DECISION, (), 30, "sse",
        _Text(
            "Høyring: NOU 2023: 8 Fellesskapets sykehus – felles høyringsinnspel",
            "Sjukehusutvalet foreslår mellom anna at helsefellesskapa skal få eit tydelegare mandat og "
            "felles planleggingsansvar. Sekretariatet har laga utkast til felles høyringsinnspel frå "
            "helsefellesskapet.",
            "sende felles høyringsinnspel i tråd med utkastet frå sekretariatet",
        ),
    ),
    "klage": _Topic(
        CaseType.DECISION, (2,), 20, "sse",
        _Text(
            "Klage på samhandlinga i ei enkeltsak",
            "Saka gjeld ein klage frå pårørande på samhandlinga mellom sjukehuset og kommunen i ei "
            "konkret pasientsak. Saksutgreiinga inneheld opplysningar om personlege tilhøve og er "
            "unnateken offentlegheit.",
            "be Helse Bergen og den aktuelle kommunen gå gjennom saka saman og melde tilbake til SSU",
        ),
    ),
    "legevakt_voss": _Topic(
        CaseType.DECISION, (), 25, "mun",
        _Text(
            "Interkommunal legevakt på Voss – avtale om lokale på Voss sjukehus",
            "Voss interkommunale legevakt held til i lokale på Voss sjukehus. Avtalen om leige og "
            "samarbeid med akuttmottaket går ut ved årsskiftet, og partane har forhandla fram eit "
            "utkast til ny avtale for fire år.",
            "slutte seg til utkastet til ny avtale om legevakta i lokala på Voss sjukehus",
        ),
    ),
    "ambulanse": _Topic(
        CaseType.DISCUSSION, (), 25, "hb",
        _Text(
            "Samarbeid mellom ambulansetenesta og legevakta i distrikta",
            "Ambulanseavdelinga i Helse Bergen og legevaktene drøftar korleis felles utrykking, bruk av "
            "video og lokale beredskapsplanar kan gje betre akuttmedisinske tenester i distrikta.",
            "prøve ut felles utrykkingsrutinar mellom ambulanse og legevakt",
        ),
    ),
    "beredskapsplan": _Topic(
        CaseType.DECISION, (), 30, "hb",
        _Text(
            "Felles plan for helseberedskap – revisjon",
            "Den felles planen for helseberedskap mellom kommunane og Helse Bergen er revidert etter "
            "erfaringane frå pandemien og frå fjorårets øving. Planen gjer greie for varsling, "
            "samordning og felles bruk av beredskapslager.",
            "godkjenne revidert felles plan for helseberedskap",
        ),
    ),
    "beredskapsovelse": _Topic(
        CaseType.INFORMATION, (), 20, "hb",
        _Text(
            "Evaluering av regional beredskapsøving {year}",
            "Helse Bergen orienterer om funna frå den regionale beredskapsøvinga, særleg sambandet "
            "mellom AMK, legevaktene og dei kommunale kriseleiingane.",
        ),
    ),
    "status_hf": _Topic(
        CaseType.INFORMATION, (1, 2, 3, 4), 45, "sse",
        _Text(
            "Helsefellesskapet i Bergensområdet – kvar står vi?",
            "Leiaren i SSU og leiarane i områdeutvala gjer greie for arbeidet det siste året og "
            "reflekterer over eiga rolle i helsefellesskapet.",
        ),
    ),
    "partnarar": _Topic(
        CaseType.DISCUSSION, (), 60, "sse",
        _Text(
            "Frå partar til partnarar – felles planlegging i helsefellesskapet",
            "Lova krev at samarbeidsavtalen skildrar korleis kommunane og helseføretaket planlegg og "
            "utviklar tenestene saman. Partnarskapsmøtet vert invitert til å drøfte kva partane bør "
            "planleggje i fellesskap.",
            "utarbeide ein felles planprosess for tenester til pasientar med behov frå begge nivå",
        ),
    ),
    "retning": _Topic(
        CaseType.DECISION, (1, 2, 3, 4), 30, "sse",
        _Text(
            "Retning for helsefellesskapet {year}–{year3}",
            "SSU legg fram forslag til overordna retning for dei neste fire åra: felles planlegging, dei "
            "fire prioriterte pasientgruppene og berekraftige tenester gjennom kompetansedeling.",
            "slutte seg til forslaget til overordna retning for helsefellesskapet {year}–{year3}",
        ),
    ),
    "arsplan": _Topic(
        CaseType.DECISION, (), 15, "sse",
        _Text(
            "Årsplan og møteplan for {next}",
            "Sekretariatet legg fram forslag til årsplan og møteplan for {next}. Planen følgjer årshjulet "
            "for helsefellesskapet.",
            "godkjenne årsplan og møteplan for {next}",
        ),
        _Text(
            "Årsplan og møteplan for {next}",
            "Sekretariatet legger frem forslag til årsplan og møteplan for {next}. Planen følger "
            "årshjulet for helsefellesskapet.",
            "godkjenne årsplan og møteplan for {next}",
        ),
    ),
    "influensa": _Topic(
        CaseType.DECISION, (3, 4), 10, "mun",
        _Text(
            "Felles informasjon om influensavaksinering av tilsette",
            "Kommuneoverlegen tok opp trongen for felles informasjon til tilsette om "
            "influensavaksinering før sesongen.",
            "sende ut felles informasjon om influensavaksinering til tilsette i kommunen og sjukehusa",
        ),
        _Text(
            "Felles informasjon om influensavaksinering av ansatte",
            "Kommuneoverlegen tok opp behovet for felles informasjon til ansatte om "
            "influensavaksinering før sesongen.",
            "sende ut felles informasjon om influensavaksinering til ansatte i kommunen og sykehusene",
        ),
        by="kol",
    ),
}

# Fixed phrases in each written standard.
PHRASES: dict[str, dict[str, str]] = {
    "nn": {
        "approve_notice": "Innkalling og sakliste vert godkjende.",
        "approve_minutes": "Referatet frå møtet {date} vert godkjent.",
        "approve_minutes_first": "Referatet frå førre møte vert godkjent.",
        "eventuelt_none": "Ingen saker vart tekne opp under eventuelt.",
        "eventuelt_one": "Éi sak som ikkje stod på saklista, vart teken opp under eventuelt (sjå neste sak).",
        "noted": "Saka vert teken til orientering.",
        "discuss_proposal": "{subj} drøftar saka og gjev innspel til det vidare arbeidet.",
        "discussed": "{subj} drøfta saka. Innspela frå møtet vert tekne med i det vidare arbeidet.",
        "deferred": "Saka vert utsett til neste møte.",
        "user": "brukarrepresentant",
        "gp": "fastlege",
        "resp_sse": "Samarbeidssekretariatet (SSE)",
        "resp_hb": "Helse Bergen HF",
        "resp_arbeidsgruppe": "Partssamansett arbeidsgruppe",
        "resp_mun": "Kommunane",
        "notes_intro": "Saka vart innleidd av {who}.",
    },
    "nb": {
        "approve_notice": "Innkalling og saksliste godkjennes.",
        "approve_minutes": "Referatet fra møtet {date} godkjennes.",
        "approve_minutes_first": "Referatet fra forrige møte godkjennes.",
        "eventuelt_none": "Ingen saker ble tatt opp under eventuelt.",
        "eventuelt_one": "Én sak som ikke sto på sakslisten, ble tatt opp under eventuelt (se neste sak).",
        "noted": "Saken tas til orientering.",
        "discuss_proposal": "{subj} drøfter saken og gir innspill til det videre arbeidet.",
        "discussed": "{subj} drøftet saken. Innspillene fra møtet tas med i det videre arbeidet.",
        "deferred": "Saken utsettes til neste møte.",
        "user": "brukerrepresentant",
        "gp": "fastlege",
        "resp_sse": "Samarbeidssekretariatet (SSE)",
        "resp_hb": "Helse Bergen HF",
        "resp_arbeidsgruppe": "Partssammensatt arbeidsgruppe",
        "resp_mun": "Bergen kommune",
        "notes_intro": "Saken ble innledet av {who}.",
    },
}

NOTES_MORE: dict[str, tuple[str, ...]] = {
    "nn": (
        "Medlemene delte erfaringar frå eigne tenester, og fleire peika på at tiltaka må sjåast i "
        "samanheng med dei prioriterte pasientgruppene.",
        "Det vart spurt etter tal for kvar kommune, og sekretariatet tek dette med i det vidare arbeidet.",
        "Brukarrepresentantane la vekt på at pasientar og pårørande må få vite kven som har ansvaret.",
        "Fleire understreka at distriktskommunane har andre føresetnader enn dei store kommunane.",
        "Fastlegerepresentanten peika på at tiltaka må vere kjende for fastlegane før dei vert sette i verk.",
    ),
    "nb": (
        "Medlemmene delte erfaringer fra egne tjenester, og flere pekte på at tiltakene må ses i "
        "sammenheng med de prioriterte pasientgruppene.",
        "Det ble etterspurt tall per bydel, og sekretariatet tar dette med i det videre arbeidet.",
        "Brukerrepresentantene la vekt på at pasienter og pårørende må vite hvem som har ansvaret.",
        "Fastlegerepresentanten pekte på at tiltakene må være kjent for fastlegene før de settes i verk.",
    ),
}

# How each body's decisions read: subject and "recommends … to …".
SUBJECT = {
    "psm": "Partnarskapsmøtet",
    "ssu": "SSU",
    "ou_bergen": "Områdeutvalget",
    "ou_bergensregionen": "Områdeutvalet",
    "ou_nordhordland": "Områdeutvalet",
    "ou_voss": "Områdeutvalet",
    "mfu": "Medisinskfagleg utval",
    "akutt": "Underutvalet",
}
RECOMMENDS = {
    "psm": "Partnarskapsmøtet tilrår partane å {x}.",
    "ssu": "SSU tilrår partane å {x}.",
    "ou_bergen": "Områdeutvalget anbefaler partene i området å {x}.",
    "ou_bergensregionen": "Områdeutvalet tilrår partane i området å {x}.",
    "ou_nordhordland": "Områdeutvalet tilrår partane i området å {x}.",
    "ou_voss": "Områdeutvalet tilrår partane i området å {x}.",
    "mfu": "Medisinskfagleg utval tilrår SSU å {x}.",
    "akutt": "Underutvalet tilrår SSU å {x}.",
}

# ---------------------------------------------------------------------------
# The meeting plans
# ---------------------------------------------------------------------------


@dataclass(frozen=True)
class F:
    """A follow-up: `who` is a seat key or 'text:…'; due `due` days after the meeting
    (or after today when `from_today`); done `done_after` days after the meeting, or open."""

    what: str
    who: str
    due: int
    from_today: bool = False
    done_after: int | None = None


@dataclass(frozen=True)
class C:
    """A case on an agenda and, for a held meeting, how it went."""

    topic: str
    case_type: CaseType | None = None
    kind: ConclusionKind | None = None  # None: by case type
    decision: str = ""
    outcome: NoConsensusOutcome | None = None
    vote: tuple[tuple[str, ...], tuple[str, ...]] | None = None  # (against, abstain) seat keys
    proposals: tuple[tuple[str, str, bool], ...] = ()  # (seat, text, amends the agenda's proposal)
    protocol: tuple[tuple[str, tuple[str, ...], str], ...] = ()  # (text, supporter seats, behind)
    disqualify: tuple[str, str] | None = None  # (seat, ground text)
    guest: str = ""  # title of a guest "på sak"
    follow_ups: tuple[F, ...] = ()
    exempt: bool = False
    by: str | None = None  # overrides the topic's "put forward by"


@dataclass(frozen=True)
class M:
    offset: int  # days from today (moved to the body's weekday and out of the holidays)
    cases: tuple[C, ...] = ()
    eventuelt: C | None = None  # a case raised under Eventuelt that was not on the agenda
    cancelled: str = ""
    circulation: int | None = None  # minutes approved by circulation this many days after
    late: bool | None = None  # someone arrives late (None: by chance)
    early: bool | None = None  # someone leaves early (None: by chance)


DEC, DIS, INF = CaseType.DECISION, CaseType.DISCUSSION, CaseType.INFORMATION
K = ConclusionKind

PLANS: dict[str, tuple[M, ...]] = {
    "psm": (
        M(
            -190,
            (
                C("status_hf"),
                C("partnarar"),
                C("kompetanse", decision="Partnarskapsmøtet ber SSU utarbeide ein felles plan for "
                  "kompetansedeling og hospitering mellom kommunane og sjukehusa."),
                C("retning", follow_ups=(F("SSU konkretiserer retninga i ein handlingsplan for "
                                           "helsefellesskapet.", "text:SSU", 120, from_today=True),)),
            ),
            circulation=21,
        ),
        M(60, (C("arsmelding"), C("evaluering"), C("skropelege", case_type=INF))),
    ),
    "ssu": (
        M(
            -320,
            (
                C("arsmelding"),
                C("skropelege", follow_ups=(F("Sekretariatet sender handlingsplanen til handsaming hos "
                                              "partane.", "sec", 30, done_after=21),)),
                C("utskrivingsklare"),
            ),
        ),
        M(
            -230,
            (
                C(
                    "samhandlingsmidlar",
                    kind=K.VOTE,
                    vote=(("mun_voss", "mun_bergensregionen"), ("user_m",)),
                    proposals=(
                        ("mun_voss", "Samhandlingsmidlane vert fordelte med ein fast del per område og "
                         "resten etter søknad.", False),
                        ("obs_ks", "Tillegg: Fordelingsmodellen vert evaluert etter eitt år.", True),
                    ),
                    follow_ups=(F("Sekretariatet lyser ut samhandlingsmidlane og legg fram tildelinga.",
                                  "sec", 60, done_after=55),),
                ),
                C("brukaropplaering"),
                C("heimeoppfolging", follow_ups=(F("Helse Bergen og kommunane avklarar finansieringa av "
                                                   "vidare drift.", "deputy_leader", 120),)),
            ),
            late=True,
            early=True,
        ),
        M(
            -140,
            (
                C(
                    "tenesteavtale2",
                    kind=K.CONSENSUS_WITH_PROTOCOL,
                    protocol=(
                        ("Kommunane i Vossområdet tek atterhald om at ressursbehovet for "
                         "koordinatorfunksjonen vert avklart før avtalen vert sett i verk.",
                         ("mun_voss",), "Kommunane i Vossområdet"),
                        ("Brukarrepresentantane understrekar at individuell plan må vere tilgjengeleg "
                         "for pasienten digitalt.", ("user_m", "user_h"), "Brukarrepresentantane"),
                    ),
                ),
                C("evaluering"),
                C("klage", exempt=True),
            ),
        ),
        M(
            -55,
            (
                C("barn_unge", follow_ups=(F("Arbeidsgruppa legg fram plan for innføring av forløpet.",
                                             "text:Arbeidsgruppa for barn og unge", 60, from_today=True),)),
                C(
                    "hoyring",
                    kind=K.NO_CONSENSUS,
                    outcome=NoConsensusOutcome.RETURNED,
                    proposals=(("hds", "Helsefellesskapet sender ikkje felles innspel; partane sender "
                                "kvar sine høyringssvar.", False),),
                    decision="SSU kom ikkje til semje om eit felles høyringsinnspel. Saka går attende til "
                    "sekretariatet, som legg fram eit nytt utkast.",
                ),
                C("kompetanse"),
            ),
        ),
        M(20, (C("budsjett_sse"), C("kad"), C("transport"))),
        M(110, (C("arsplan"), C("avvik"))),
    ),
    "ou_bergen": (
        M(-330, (C("utskrivingsklare"), C("skropelege"))),
        M(-250, (C("barn_unge"), C("rus"))),
        M(-170, (C("demens"), C("heimeoppfolging", case_type=INF, guest="leder for Nettverk for "
                                 "hjemmeoppfølging i Bergen kommune"))),
        M(
            -90,
            (
                C("kad"),
                C("transport", kind=K.DEFERRED, decision="Saken utsettes til neste møte. Helse Bergen "
                  "legger da frem tall for ventetid på pasientreiser."),
            ),
            eventuelt=C("influensa", follow_ups=(F("Kommuneoverlegen sender ut felles informasjon om "
                                                   "influensavaksinering.", "kol", 14, done_after=10),)),
        ),
        M(-20, (C("transport"), C("fastlege"))),
        M(35, (C("legemiddel"), C("evaluering"))),
        M(110, (C("arsplan"),)),
    ),
    "ou_bergensregionen": (
        M(-300, (C("skropelege"), C("avvik"))),
        M(
            -200,
            (
                C(
                    "heimeoppfolging",
                    kind=K.NO_CONSENSUS,
                    outcome=NoConsensusOutcome.TO_PARTIES,
                    decision="Områdeutvalet kom ikkje til semje om kostnadsfordelinga. Saka vert send til "
                    "partane for avgjerd.",
                ),
                C("rus"),
            ),
        ),
        M(-110, (C("barn_unge"), C("brukaropplaering"), C("kompetanse"))),
        M(
            -35,
            (
                C("kad"),
                C(
                    "utskrivingsklare",
                    case_type=DEC,
                    proposals=(("obs_pko", "Tillegg: Praksiskonsulentane vert trekte med i arbeidet med "
                                "felles tavlemøte.", True),),
                    follow_ups=(F("Helse Bergen rapporterer tal for utskrivingsklare pasientar per kommune "
                                  "kvar månad.", "deputy_leader", 30, from_today=True),),
                ),
            ),
        ),
        M(28, (C("demens"), C("transport"))),
        M(120, (C("arsplan"),)),
    ),
    "ou_nordhordland": (
        M(
            -310,
            (
                C("skropelege", proposals=(("mun_gulen", "Tillegg: Distriktskommunane får tilbod om "
                                            "rettleiing i bruk av kartleggingsverktøyet.", True),)),
                C("utskrivingsklare"),
            ),
        ),
        M(-215, (C("rus"), C("ambulanse"))),
        M(
            -125,
            (
                C(
                    "barn_unge",
                    kind=K.DEFERRED,
                    decision="Saka vert utsett til neste møte. Kommunane vil drøfte forløpet med "
                    "skulehelsetenesta først.",
                    follow_ups=(F("Kommunane drøftar forløpet med skulehelsetenesta og melder tilbake til "
                                  "sekretariatet.", "leader", 40),),
                ),
                C("kompetanse"),
            ),
        ),
        M(-45, (C("barn_unge"), C("fastlege"))),
        M(14, (C("transport", by="user_h"), C("heimeoppfolging"))),
        M(100, (C("arsplan"),)),
    ),
    "ou_voss": (
        M(-290, (C("skropelege"), C("ambulanse"))),
        M(
            -180,
            (
                C(
                    "legevakt_voss",
                    disqualify=("mun_vaksdal", "Kommunalsjefen er styremedlem i Voss interkommunale "
                                "legevakt IKS, som er part i avtalen (fvl. § 6 første ledd bokstav e)."),
                ),
                C("utskrivingsklare"),
            ),
        ),
        M(-100, cancelled="Avlyst: for få saker. Sakene vert handsama i neste møte."),
        M(-60, (C("barn_unge"), C("kad"), C("avvik"))),
        M(42, (C("heimeoppfolging"), C("transport"))),
        M(130, (C("arsplan"),)),
    ),
    "mfu": (
        M(
            -240,
            (
                C("legemiddel", follow_ups=(F("Prosedyren vert lagd ut i det felles prosedyrebiblioteket.",
                                              "sec", 21, done_after=14),)),
                C(
                    "palliasjon",
                    kind=K.CONSENSUS_WITH_PROTOCOL,
                    protocol=(
                        ("Fastlegerepresentantane peikar på at prosedyren krev at fastlegen er tilgjengeleg "
                         "på dagtid, og ber om at dette vert følgt opp i avtalane med fastlegane.",
                         ("gp1", "gp2"), "Fastlegerepresentantane"),
                    ),
                ),
            ),
        ),
        M(-75, (C("demens"), C("pasientjournal"))),
        M(60, (C("transport"), C("kad"))),
    ),
    "akutt": (
        M(
            -260,
            (
                C("beredskapsplan", follow_ups=(F("Planen vert send til kommunane og Helse Bergen for "
                                                  "formell handsaming.", "sec", 30, done_after=28),)),
                C("beredskapsovelse"),
            ),
        ),
        M(-95, (C("ambulanse"), C("avvik"))),
        M(70, (C("kad"), C("pasientjournal"))),
    ),
}

# Cases waiting in a body's backlog: (body, title, case type, groups, put forward by seat, background).
BACKLOG: tuple[tuple[str, str, CaseType, tuple[int, ...], str | None, str], ...] = (
    ("ssu", "Felles strategi for velferdsteknologi", DEC, (3, 4), None,
     "Kommunane og Helse Bergen har kvar sine planar for velferdsteknologi. Sekretariatet greier ut om "
     "ein felles strategi kan gje betre samanheng for pasientane."),
    ("ssu", "Tenester til personar med utviklingshemming – behov for felles forløp", DIS, (4,), "user_m",
     "Brukarrepresentantane melder at personar med utviklingshemming manglar eit samanhengande forløp "
     "mellom habilitering i sjukehuset og tenestene i kommunane."),
    ("ssu", "Helsefellesskapet og Nasjonal helse- og samhandlingsplan", INF, (1, 2, 3, 4), None,
     "Orientering om kva den nye nasjonale planen tyder for arbeidet i helsefellesskapet."),
    ("ou_nordhordland", "Jordmortenesta i distriktskommunane", DIS, (1,), "user_h",
     "Fleire små kommunar har vanskar med å rekruttere jordmor. Saka gjeld samarbeid om følgjeteneste og "
     "svangerskapsomsorg."),
    ("ou_bergen", "Samarbeid om rusakutt og legevakt", DIS, (2,), None,
     "Rusakutt og Bergen legevakt ønsker å drøfte ansvarsdeling for pasienter med rusforgiftning."),
    ("mfu", "Felles retningslinje for tilvising til geriatrisk poliklinikk", DEC, (3, 4), "gp1",
     "Fastlegane ønskjer tydelegare kriterium for tilvising til geriatrisk poliklinikk og kva "
     "utgreiing som bør vere gjort før tilvising."),
)

# ---------------------------------------------------------------------------
# Building
# ---------------------------------------------------------------------------


def build_demo(path: Path, today: date | None = None) -> None:
    """Write the demo database to a new file at `path`. Refuses to overwrite anything."""
    path = Path(path)
    today = today or date.today()
    _create_new_file(path)
    try:
        db = open_database(path)
        try:
            _Builder(today).build(db)
        finally:
            db.close()
    except BaseException:
        # The file is ours and half-written: do not leave it behind.
        for leftover in (path, path.with_name(path.name + "-journal")):
            with contextlib.suppress(OSError):
                leftover.unlink()
        raise


def _create_new_file(path: Path) -> None:
    """Create `path` empty and private, failing if anything is already there."""
    if path.exists() or path.is_symlink():
        raise FileExists(f"Filen «{path.name}» finnes allerede; velg et nytt filnavn.")
    if not path.parent.is_dir():
        raise DatabaseMissing(f"Mappen «{path.parent}» finnes ikke.")
    try:
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o600)
    except FileExistsError as exc:
        raise FileExists(f"Filen «{path.name}» finnes allerede; velg et nytt filnavn.") from exc
    except PermissionError as exc:
        raise DatabaseReadOnly(
            f"Kan ikke lage «{path.name}» i «{path.parent}»: mappen er skrivebeskyttet."
        ) from exc
    os.close(fd)


def _meeting_day(today: date, offset: int, weekday: int) -> date:
    """`today + offset`, kept out of the summer and Christmas holidays and moved to the
    body's weekday: past meetings move earlier, upcoming ones later, so past stays past."""
    day = today + timedelta(days=offset)
    step = timedelta(days=-1 if offset < 0 else 1)
    for _ in range(400):
        summer = date(day.year, 6, 24) <= day <= date(day.year, 8, 10)
        christmas = day >= date(day.year, 12, 18) or day <= date(day.year, 1, 6)
        if not summer and not christmas and day.weekday() == weekday:
            return day
        day += step
    raise AssertionError("no meeting day found")  # pragma: no cover


@dataclass
class _Held:
    """What a body transaction needs to remember between meetings."""

    follow_ups: list[tuple[int, date]] = field(default_factory=list)  # (follow-up id, done on)


class _Builder:
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

    # -- the whole build -------------------------------------------------

    def build(self, db: Database) -> None:
        with db.transaction() as s:
            register.set_setting(s, register.SETTING_PARTNERSHIP_NAME, PARTNERSHIP_NAME)
            self._register(s)
        for spec in BODIES:
            with db.transaction() as s:
                self._meetings(s, spec)
        with db.transaction() as s:
            self._backlog(s)

    # -- register ----------------------------------------------------------

    def _register(self, s: Session) -> None:
        for i, (area_name, municipalities) in enumerate(AREAS.items()):
            area = register.create_area(s, area_name, sort_order=i)
            self.areas[area_name] = area
            for name in municipalities:
                short = name.rsplit(" ", 1)[0]
                org = register.create_organisation(s, name, Side.MUNICIPAL, short_name=short, area=area)
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
                parent=self.bodies[spec.parent] if spec.parent else None,
                area=self.areas[spec.area] if spec.area else None,
                language=spec.language,
                quorum_rule=spec.quorum,
                minutes_kind=MinutesKind.REFERAT,
                default_place=spec.place,
                description=spec.description,
                sort_order=len(self.bodies),
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
            organisation=organisation,
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
            self.bodies[body],
            person,
            role,
            term_from=term_from or self.term_from,
            term_to=term_to if term_to is not None else self.term_to,
            area=self.areas[area] if area else None,
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
                self.bodies[body],
                deputy,
                Role.DEPUTY,
                term_from=membership.term_from,
                term_to=membership.term_to,
                area=membership.area,
                appointed_by=appointed_by,
                represents_text=represents,
                deputy_for=membership,
            )
            self.seat_ids[body][f"vara:{key}"] = vara.id
        return membership

    def _rule(self, s: Session, body: str, label: str, lo: int, hi: int | None, **filters: Any) -> None:
        if "organisation" in filters:
            filters["organisation"] = self._org(s, filters["organisation"])
        if "area" in filters and isinstance(filters["area"], str):
            filters["area"] = self.areas[filters["area"]]
        register.add_composition_rule(
            s, self.bodies[body], label=label, min_count=lo, max_count=hi, **filters
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
        self._seat(s, b, "leader", Role.LEADER, "kol:Alver")
        self._seat(s, b, "deputy_leader", Role.DEPUTY_LEADER, "hb:fag")
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
        self._seat(s, b, "leader", Role.LEADER, "hb:akutt")
        self._seat(s, b, "deputy_leader", Role.DEPUTY_LEADER, "etat:4", area="Bergen")
        self._seat(s, b, "hb_amk", Role.MEMBER, self._person(s, "hb", "seksjonsleiar, AMK Bergen"))
        self._seat(s, b, "askoy", Role.MEMBER, self._person(s, "Askøy", "beredskapskoordinator"))
        self._seat(s, b, "kol_voss", Role.MEMBER, "kol:Voss")
        self._seat(s, b, "gp", Role.MEMBER, self._person(s, "gp", "fastlege og legevaktlege"))
        self._user_reps(s, b, "eldre_askoy", "bu_hb", varas=False)
        self._secretary(s, b, "sse:r4")
        self._fagleg_rules(s, b)

    # -- meetings ---------------------------------------------------------

    def _meetings(self, s: Session, spec: _BodySpec) -> None:
        body = s.get(Body, self.body_ids[spec.key])
        assert body is not None
        seats = {k: s.get(Membership, v) for k, v in self.seat_ids[spec.key].items()}
        chair = seats["leader"].person if "leader" in seats else None
        if chair is None:
            chair = next(m.person for m in seats.values() if m.role == Role.LEADER)
        secretary = seats["sec"].person
        lang = spec.language.value
        planned: list[tuple[M, Meeting]] = []
        cases: dict[int, C] = {}  # agenda item id -> the case it was made from
        for plan in PLANS[spec.key]:
            day = _meeting_day(self.today, plan.offset, spec.weekday)
            starts = datetime.combine(day, spec.start)
            meeting = meetings.create_meeting(
                s,
                body,
                starts,
                ends_at=starts + timedelta(minutes=spec.minutes),
                video_link=spec.video_link,
                chair=chair,
                minute_taker=secretary,
                title=f"Partnarskapsmøte {day.year}" if spec.key == "psm" else "",
            )
            for case in plan.cases:
                cases[self._add_case(s, spec, seats, meeting, case, lang).id] = case
            planned.append((plan, meeting))

        held = _Held()
        previous: Meeting | None = None
        for plan, meeting in planned:
            if meeting.starts_at.date() >= self.today:
                continue
            if plan.cancelled:
                meetings.change_status(
                    s, meeting, MeetingStatus.CANCELLED, reason=plan.cancelled,
                    at=meeting.starts_at - timedelta(days=10),
                )
                continue
            meetings.send_notice(s, meeting, at=meeting.starts_at - timedelta(days=14))
            self._hold(s, spec, seats, meeting, plan, cases, previous, held, lang)
            if plan.circulation is not None:
                meetings.approve_minutes(
                    s, meeting, on=meeting.starts_at + timedelta(days=plan.circulation)
                )
            previous = meeting
        upcoming = [m for p, m in planned if m.starts_at.date() >= self.today and not p.cancelled]
        if upcoming:
            first = upcoming[0]
            meetings.send_notice(s, first, at=min(first.starts_at - timedelta(days=14), self.now))
        for follow_up_id, on in held.follow_ups:
            follow_up = s.get(FollowUp, follow_up_id)
            assert follow_up is not None
            live.complete_follow_up(s, follow_up, on)

    def _fmt(self, text: str, year: int) -> str:
        return text.format(year=year, prev=year - 1, next=year + 1, year3=year + 3)

    def _text(self, topic: _Topic, lang: str) -> _Text:
        text = topic.nb if lang == "nb" else topic.nn
        assert text is not None, "a bokmål body uses a topic without bokmål text"
        return text

    def _person_label(self, membership: Membership, lang: str) -> str:
        side = membership.side
        if side == Side.USER:
            label = PHRASES[lang]["user"]
        elif side == Side.GP:
            label = PHRASES[lang]["gp"]
        else:
            label = membership.person.title
        return f"{membership.person.full_name}, {label}"

    def _proposed(self, spec: _BodySpec, case_type: CaseType, text: _Text, lang: str, year: int) -> str:
        if case_type == CaseType.INFORMATION or not text.x:
            return PHRASES[lang]["noted"]
        if case_type == CaseType.DISCUSSION:
            return PHRASES[lang]["discuss_proposal"].format(subj=SUBJECT[spec.key])
        return self._fmt(RECOMMENDS[spec.key].format(x=text.x), year)

    def _responsible(self, spec: _BodySpec, seats: dict[str, Membership], topic: _Topic, lang: str
                     ) -> tuple[str, Person | None]:
        text = PHRASES[lang][f"resp_{topic.resp}"]
        if topic.resp == "sse":
            return text, seats["sec"].person
        if topic.resp == "hb":
            hb = next((m for k, m in seats.items() if not k.startswith("vara:") and m.role != Role.OBSERVER
                       and m.organisation is not None and m.organisation.short_name == "Helse Bergen"), None)
            return text, hb.person if hb else None
        if topic.resp == "mun":
            mun = next((m for k, m in seats.items() if not k.startswith("vara:") and m.role != Role.OBSERVER
                        and m.side == Side.MUNICIPAL), None)
            return text, mun.person if mun else None
        return text, None

    def _add_case(self, s: Session, spec: _BodySpec, seats: dict[str, Membership], meeting: Meeting | None,
                  case: C, lang: str, *, not_on_agenda: bool = False, body: Body | None = None) -> AgendaItem:
        topic = TOPICS[case.topic]
        text = self._text(topic, lang)
        year = (meeting.starts_at if meeting is not None else self.now).year
        case_type = case.case_type or topic.case_type
        responsible, responsible_person = self._responsible(spec, seats, topic, lang)
        by_key = case.by or topic.by
        if by_key is not None:
            by_membership = seats[by_key]
            put_forward, put_forward_person = self._person_label(by_membership, lang), by_membership.person
        else:
            put_forward, put_forward_person = responsible, None
        return meetings.add_item(
            s,
            meeting,
            body=body,
            title=self._fmt(text.title, year),
            case_type=case_type,
            responsible=responsible,
            responsible_person=responsible_person,
            put_forward_by=put_forward,
            put_forward_by_person=put_forward_person,
            background=self._fmt(text.background, year),
            proposed_decision=self._proposed(spec, case_type, text, lang, year),
            priority_groups=topic.groups,
            exempt=case.exempt,
            exemption_basis=EXEMPTION_BASIS if case.exempt else "",
            duration_minutes=topic.minutes,
            not_on_agenda=not_on_agenda,
        )

    # -- holding a meeting ------------------------------------------------

    def _hold(self, s: Session, spec: _BodySpec, seats: dict[str, Membership], meeting: Meeting, plan: M,
              cases: dict[int, C], previous: Meeting | None, held: _Held, lang: str) -> None:
        phrases = PHRASES[lang]
        items = sorted(meeting.items, key=lambda i: i.position)
        actors: set[int] = set()
        for case in plan.cases + ((plan.eventuelt,) if plan.eventuelt else ()):
            keys: list[str] = [p[0] for p in case.proposals]
            keys += [k for entry in case.protocol for k in entry[1]]
            if case.vote:
                keys += list(case.vote[0]) + list(case.vote[1])
            if case.disqualify:
                keys.append(case.disqualify[0])
            keys += [f.who for f in case.follow_ups if not f.who.startswith("text:")]
            by = case.by or TOPICS[case.topic].by
            if by:
                keys.append(by)
            actors |= {seats[k].person_id for k in keys}
        self._attendance(s, spec, seats, meeting, items, plan, actors, cases)

        clock = meeting.starts_at
        for item in items:
            at = clock + timedelta(minutes=item.duration_minutes)
            clock = at
            if item.standard == StandardItem.APPROVE_NOTICE:
                live.conclude(s, item, ConclusionKind.CONSENSUS, decision_text=phrases["approve_notice"],
                              at=at)
            elif item.standard == StandardItem.APPROVE_MINUTES:
                if previous is not None and previous.status == MeetingStatus.HELD:
                    when = medium_date(previous.starts_at, lang)
                    live.conclude(s, item, ConclusionKind.CONSENSUS,
                                  decision_text=phrases["approve_minutes"].format(date=when), at=at)
                    meetings.approve_minutes(s, previous, in_item=item, on=at)
                else:
                    live.conclude(s, item, ConclusionKind.CONSENSUS,
                                  decision_text=phrases["approve_minutes_first"], at=at)
            elif item.standard == StandardItem.OTHER_BUSINESS:
                key = "eventuelt_one" if plan.eventuelt else "eventuelt_none"
                live.conclude(s, item, ConclusionKind.NOTED, decision_text=phrases[key], at=at)
                if plan.eventuelt is not None:
                    extra = self._add_case(s, spec, seats, meeting, plan.eventuelt, lang, not_on_agenda=True)
                    clock = at + timedelta(minutes=extra.duration_minutes)
                    self._conclude_case(s, spec, seats, meeting, extra, plan.eventuelt, clock, held, lang)
            else:
                self._conclude_case(s, spec, seats, meeting, item, cases[item.id], at, held, lang)
        live.mark_held(s, meeting, at=meeting.ends_at)

    def _attendance(self, s: Session, spec: _BodySpec, seats: dict[str, Membership], meeting: Meeting,
                    items: list[AgendaItem], plan: M, actors: set[int], cases: dict[int, C]) -> None:
        rng = self.rng
        live.prepare_attendance(s, meeting)
        day = meeting.starts_at.date()
        attendances = sorted(meeting.attendances, key=lambda a: a.person_id)
        voting = [a for a in attendances if a.capacity == Capacity.MEMBER]
        deputies = {
            m.deputy_for_id: m
            for m in meeting.body.memberships
            if m.role == Role.DEPUTY and m.is_current(day)
        }
        candidates = [
            a for a in voting
            if a.person_id not in actors and a.membership is not None
            and a.membership.role == Role.MEMBER
        ]
        rng.shuffle(candidates)
        with_deputy = [a for a in candidates if a.membership_id in deputies]
        without_deputy = [a for a in candidates if a.membership_id not in deputies]
        absent: list = []  # type: ignore[type-arg]
        # Forfall with a deputy standing in: at least one where a deputy exists.
        for a in with_deputy[: rng.choice((1, 1, 2))]:
            absent.append(a)
        # Top leaders are busy: a handful give forfall in the partnarskapsmøte, none has a deputy.
        n_plain = rng.randint(4, 7) if spec.key == "psm" else rng.choice((0, 0, 1))
        for a in without_deputy[:n_plain]:
            absent.append(a)
        for a in absent:
            live.set_attendance(s, meeting, a.person, AttendanceStatus.REPORTED_ABSENT)
            deputy = deputies.get(a.membership_id)
            if deputy is not None:
                live.set_attendance(s, meeting, deputy.person, AttendanceStatus.PRESENT,
                                    deputy_for=a.membership)
        rest = [a for a in candidates if a not in absent]
        case_items = [i for i in items if i.standard is None]
        comes_late = plan.late if plan.late is not None else rng.random() < 0.5
        leaves_early = plan.early if plan.early is not None else rng.random() < 0.4
        late = rest.pop() if comes_late and rest and len(case_items) >= 2 else None
        early = rest.pop() if leaves_early and rest and len(case_items) >= 2 else None
        for a in attendances:
            if a in absent:
                continue
            if a is late:
                live.set_attendance(s, meeting, a.person, AttendanceStatus.PRESENT, from_item=case_items[1])
            elif a is early:
                live.set_attendance(s, meeting, a.person, AttendanceStatus.PRESENT, until_item=case_items[-2])
            elif a.capacity == Capacity.OBSERVER and a.person_id not in actors and rng.random() < 0.1:
                # Observers have no deputies; now and then one does not come, mostly with notice.
                status = AttendanceStatus.ABSENT if rng.random() < 0.3 else AttendanceStatus.REPORTED_ABSENT
                live.set_attendance(s, meeting, a.person, status)
            else:
                live.set_attendance(s, meeting, a.person, AttendanceStatus.PRESENT)
        for item in case_items:
            case = cases[item.id]
            if case.guest:
                # A guest "på sak" from the municipality (the first of the body's area).
                municipality = AREAS[spec.area or "Bergen"][0].rsplit(" ", 1)[0]
                guest = self._person(s, municipality, case.guest)
                live.set_attendance(s, meeting, guest, AttendanceStatus.PRESENT, capacity=Capacity.GUEST,
                                    guest_items=[item])

    def _conclude_case(self, s: Session, spec: _BodySpec, seats: dict[str, Membership], meeting: Meeting,
                       item: AgendaItem, case: C, at: datetime, held: _Held, lang: str) -> None:
        phrases = PHRASES[lang]
        presenter = item.responsible_person or item.put_forward_by_person
        who = f"{presenter.full_name} ({presenter.title})" if presenter else item.responsible
        notes = [phrases["notes_intro"].format(who=who)]
        notes.append(self.rng.choice(NOTES_MORE[lang]))
        live.set_item_notes(s, item, " ".join(notes))
        if case.disqualify is not None:
            key, ground = case.disqualify
            live.disqualify(s, item, seats[key].person, DisqualificationGround.FVL6_FIRST, ground_text=ground)
        agenda_proposal = live.ensure_agenda_proposal(s, item)
        for key, text, amends in case.proposals:
            live.add_proposal(s, item, text, by=seats[key].person, amends=agenda_proposal if amends else None)
        kind = case.kind or {
            CaseType.DECISION: ConclusionKind.CONSENSUS,
            CaseType.DISCUSSION: ConclusionKind.CONSENSUS,
            CaseType.INFORMATION: ConclusionKind.NOTED,
        }[item.case_type]
        decision = case.decision
        if not decision:
            if kind == ConclusionKind.NOTED:
                decision = phrases["noted"]
            elif kind == ConclusionKind.DEFERRED:
                decision = phrases["deferred"]
            elif item.case_type == CaseType.DISCUSSION:
                decision = phrases["discussed"].format(subj=SUBJECT[spec.key])
            else:
                decision = item.proposed_decision
                # Amendments put forward in the meeting are adopted with the proposal.
                for _key, text, amends in case.proposals:
                    if amends:
                        decision += " " + text.split(":", 1)[-1].strip()
        if kind == ConclusionKind.VOTE:
            assert case.vote is not None
            against = {seats[k].person_id for k in case.vote[0]}
            abstain = {seats[k].person_id for k in case.vote[1]}
            choices = {
                a.person_id: VoteChoice.AGAINST if a.person_id in against
                else VoteChoice.ABSTAIN if a.person_id in abstain
                else VoteChoice.FOR
                for a in voters_at_item(s, item)
            }
            assert against <= set(choices), "those voting against must be present"
            conclusion = live.record_vote(s, item, choices, proposal=agenda_proposal, decision_text=decision,
                                          at=at)
        else:
            conclusion = live.conclude(s, item, kind, decision_text=decision,
                                       no_consensus_outcome=case.outcome, at=at)
        for text, supporters, behind in case.protocol:
            live.add_protocol_entry(s, conclusion, text, supporters=[seats[k].person for k in supporters],
                                    behind_text=behind)
        day = meeting.starts_at.date()
        for f in case.follow_ups:
            person = None if f.who.startswith("text:") else seats[f.who].person
            follow_up = live.add_follow_up(
                s,
                body=meeting.body,
                item=item,
                what=f.what,
                responsible_person=person,
                responsible_text=f.who[5:] if f.who.startswith("text:") else "",
                due_on=(self.today if f.from_today else day) + timedelta(days=f.due),
            )
            if f.done_after is not None:
                held.follow_ups.append((follow_up.id, min(day + timedelta(days=f.done_after), self.today)))

    # -- backlog ------------------------------------------------------------

    def _backlog(self, s: Session) -> None:
        for body_key, title, case_type, groups, by, background in BACKLOG:
            body = s.get(Body, self.body_ids[body_key])
            assert body is not None
            person = None
            label = PHRASES[body.language.value]["resp_sse"]
            if by is not None:
                membership = s.get(Membership, self.seat_ids[body_key][by])
                assert membership is not None
                person = membership.person
                label = self._person_label(membership, body.language.value)
            meetings.add_item(
                s,
                None,
                body=body,
                title=title,
                case_type=case_type,
                background=background,
                put_forward_by=label,
                put_forward_by_person=person,
                priority_groups=groups,
            )
