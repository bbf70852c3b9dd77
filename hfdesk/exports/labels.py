"""The Norwegian (bokmål) words documents use for stored values.

Qt-free: exports run from the command line as well as from the app. The screens
have their own, translatable labels in `hfdesk/ui/labels.py`.
"""

from __future__ import annotations

from ..models import Language, Rights, Role, Side

ROLES: dict[Role, str] = {
    Role.LEADER: "Leder",
    Role.DEPUTY_LEADER: "Nestleder",
    Role.MEMBER: "Medlem",
    Role.DEPUTY: "Varamedlem",
    Role.OBSERVER: "Observatør",
    Role.SECRETARY: "Sekretær",
}

RIGHTS: dict[Rights, str] = {
    Rights.VOTE: "Stemmerett",
    Rights.SPEAK_PROPOSE: "Tale- og forslagsrett",
    Rights.SPEAK: "Talerett",
    Rights.NONE: "Ingen",
}

SIDES: dict[Side, str] = {
    Side.MUNICIPAL: "Kommune",
    Side.HOSPITAL: "Sykehus",
    Side.USER: "Bruker",
    Side.GP: "Fastlege",
    Side.KS: "KS",
    Side.UNION: "Arbeidstaker",
    Side.SECRETARIAT: "Sekretariat",
    Side.OTHER: "Annet",
}

LANGUAGES: dict[Language, str] = {
    Language.BOKMAAL: "Bokmål",
    Language.NYNORSK: "Nynorsk",
}

# The roster's member columns, in order. The roster importer reads these headers back.
ROSTER_COLUMNS: tuple[str, ...] = (
    "Navn",
    "Rolle",
    "Rettigheter",
    "Representerer",
    "Organisasjon",
    "Part",
    "Område",
    "E-post",
    "Telefon",
    "Periode fra",
    "Periode til",
    "Vara for",
)

OVERVIEW_COLUMNS: tuple[str, ...] = (
    "Organ",
    "Kortnavn",
    "Nivå",
    "Målform",
    "Medlemmer",
    "Varamedlemmer",
    "Observatører",
    "Avvik",
    "Ark",
)

BREACH_COLUMNS: tuple[str, ...] = ("Organ", "Kode", "Beskrivelse")
