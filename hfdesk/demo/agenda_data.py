"""How the demo's meetings go: the fixed phrases of each written standard, how each
body's decisions read, the meeting plans of every body and the cases waiting in the backlog."""

from __future__ import annotations

from dataclasses import dataclass

from ..models import CaseType, ConclusionKind, NoConsensusOutcome

EXEMPTION_BASIS = "offl. § 13 jf. fvl. § 13"

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
        M(
            -60,
            (
                C("barn_unge"),
                C("kad"),
                C("avvik", kind=K.WITHDRAWN, decision="Saka vart trekt. Sekretariatet legg henne fram att "
                  "når kommunane har gått gjennom avviksrutinane sine."),
            ),
        ),
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
