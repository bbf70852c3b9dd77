"""The fixed words of hfdesk's meeting documents, in bokmål ("nb") and nynorsk ("nn").

Qt-free. A body chooses the written standard (målform) of its documents
(`Body.language`), so every word a notice, a calendar invitation or the minutes
print comes from `WORDS[lang]`; both dictionaries hold the same keys (a test
checks). Word pairs follow domain.md §5 (saksliste / sakliste, forslag til
vedtak / framlegg til vedtak, unntatt offentlighet / unnateke offentlegheit, ...).
Dates are not words: they come from `hfdesk.dates`.
"""

from __future__ import annotations

from ..models import CaseType, Language, Rights, Role

WORDS: dict[str, dict[str, str]] = {
    "nb": {
        # the notice (innkalling)
        "notice": "Innkalling",
        "notice_title": "Innkalling til møte i {body}",
        "time": "Tid",
        "place": "Møtested",
        "video": "Videomøte",
        "video_link": "Videolenke",
        "chair": "Møteleder",
        "secretariat": "Sekretariatet",
        "contact": "Kontakt",
        "absence": "Forfall meldes snarest til sekretariatet, som kaller inn vara.",
        "agenda": "Saksliste",
        "case": "Sak",
        "title": "Tittel",
        "type": "Type",
        "responsible": "Ansvarlig",
        "clock": "Tid",
        "invited": "Innkalt",
        "name": "Navn",
        "role": "Rolle",
        "represents": "Representerer",
        "cases": "Sakene",
        "case_type": "Sakstype",
        "case_responsible": "Saksansvarlig",
        "put_forward_by": "Innmeldt av",
        "background": "Bakgrunn",
        "proposal": "Forslag til vedtak",
        "attachments": "Vedlegg",
        "exempt": "Unntatt offentlighet",
        "no_items": "Sakslisten er tom.",
        "public_version": "Offentlig versjon: innholdet i saker som er unntatt offentlighet, er utelatt.",
        "regards": "Med hilsen",
        # the calendar invitation
        "meeting_of": "Møte i {body}",
    },
    "nn": {
        "notice": "Innkalling",
        "notice_title": "Innkalling til møte i {body}",
        "time": "Tid",
        "place": "Møtestad",
        "video": "Videomøte",
        "video_link": "Videolenkje",
        "chair": "Møteleiar",
        "secretariat": "Sekretariatet",
        "contact": "Kontakt",
        "absence": "Forfall skal meldast snarast til sekretariatet, som kallar inn vara.",
        "agenda": "Sakliste",
        "case": "Sak",
        "title": "Tittel",
        "type": "Type",
        "responsible": "Ansvarleg",
        "clock": "Tid",
        "invited": "Innkalla",
        "name": "Namn",
        "role": "Rolle",
        "represents": "Representerer",
        "cases": "Sakene",
        "case_type": "Sakstype",
        "case_responsible": "Saksansvarleg",
        "put_forward_by": "Innmeldt av",
        "background": "Bakgrunn",
        "proposal": "Framlegg til vedtak",
        "attachments": "Vedlegg",
        "exempt": "Unnateke offentlegheit",
        "no_items": "Saklista er tom.",
        "public_version": "Offentleg versjon: innhaldet i saker som er unnatekne offentlegheit, er utelate.",
        "regards": "Med helsing",
        "meeting_of": "Møte i {body}",
    },
}

CASE_TYPES: dict[str, dict[CaseType, str]] = {
    "nb": {
        CaseType.DECISION: "Vedtakssak",
        CaseType.DISCUSSION: "Drøftingssak",
        CaseType.INFORMATION: "Orienteringssak",
    },
    "nn": {
        CaseType.DECISION: "Vedtakssak",
        CaseType.DISCUSSION: "Drøftingssak",
        CaseType.INFORMATION: "Orienteringssak",
    },
}

ROLES: dict[str, dict[Role, str]] = {
    "nb": {
        Role.LEADER: "Leder",
        Role.DEPUTY_LEADER: "Nestleder",
        Role.MEMBER: "Medlem",
        Role.DEPUTY: "Varamedlem",
        Role.OBSERVER: "Observatør",
        Role.SECRETARY: "Sekretær",
    },
    "nn": {
        Role.LEADER: "Leiar",
        Role.DEPUTY_LEADER: "Nestleiar",
        Role.MEMBER: "Medlem",
        Role.DEPUTY: "Varamedlem",
        Role.OBSERVER: "Observatør",
        Role.SECRETARY: "Sekretær",
    },
}

RIGHTS: dict[str, dict[Rights, str]] = {
    "nb": {
        Rights.VOTE: "stemmerett",
        Rights.SPEAK_PROPOSE: "tale- og forslagsrett",
        Rights.SPEAK: "talerett",
        Rights.NONE: "",
    },
    "nn": {
        Rights.VOTE: "røysterett",
        Rights.SPEAK_PROPOSE: "tale- og forslagsrett",  # as the seeds (nynorsk) write it
        Rights.SPEAK: "talerett",
        Rights.NONE: "",
    },
}

LANGUAGES = ("nb", "nn")


def language(value: str | Language | None, default: Language | str = Language.NYNORSK) -> str:
    """'nb' or 'nn' for a language given as a code or a `Language` (None: the default)."""
    code = str(value if value is not None else default)
    if code not in LANGUAGES:
        from ..errors import InvalidInput

        raise InvalidInput(f"Ukjent målform «{code}». Velg nb (bokmål) eller nn (nynorsk).")
    return code
