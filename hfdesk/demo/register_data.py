"""The demo's register as data: the OU areas and their municipalities, the other
organisations, the names people are made from, and the bodies.

Each body's seats and composition rules are made in bodies.py.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import time

from ..models import Language, QuorumRule, Side

PARTNERSHIP_NAME = "Helsefellesskapet i Bergensområdet"

# The composition breaches built in on purpose (a checker should report both).
DELIBERATE_BREACHES = (
    "Områdeutval Nordhordland: perioden til brukarrepresentanten oppnemnd av kommunane "
    "gjekk ut for 30 dagar sidan, og ingen ny er oppnemnd.",
    "Områdeutval Voss: har ingen fastlege.",
)

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
