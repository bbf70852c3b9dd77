"""The demo's cases (saker): each topic with its texts in nynorsk and, where a bokmål
body uses it, in bokmål. Placeholders: {year}, {prev}, {next}, {year3}."""

from __future__ import annotations

from dataclasses import dataclass

from ..models import CaseType


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
