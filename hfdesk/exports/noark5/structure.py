"""The element order of Noark 5 v5.0 (arkivstruktur.xsd), as one table, and a writer that
follows it. A type that extends another (moetemappe extends mappe, moeteregistrering extends
registrering) has its base's elements first, then its own: `ORDER` is written so, and
`tests/test_noark5.py` checks it against the official schema. Values are given as a dict;
`element()` writes them in the table's order and refuses a name the type does not have."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Union
from xml.etree import ElementTree as ET

N5 = "http://www.arkivverket.no/standarder/noark5/arkivstruktur"
N5_LOG = "http://www.arkivverket.no/standarder/noark5/endringslogg"
ADDML = "http://www.arkivverket.no/standarder/addml"
XSI = "http://www.w3.org/2001/XMLSchema-instance"

_MAPPE = (
    "systemID", "mappeID", "tittel", "offentligTittel", "beskrivelse", "noekkelord", "dokumentmedium",
    "oppbevaringssted", "opprettetDato", "opprettetAv", "avsluttetDato", "avsluttetAv", "referanseArkivdel",
    "virksomhetsspesifikkeMetadata", "part", "kryssreferanse", "merknad", "kassasjon", "skjerming", "gradering",
    "mappe", "registrering",
)
_REGISTRERING = (
    "systemID", "opprettetDato", "opprettetAv", "arkivertDato", "arkivertAv", "referanseArkivdel", "part",
    "kassasjon", "skjerming", "gradering", "dokumentbeskrivelse", "registreringsID", "tittel", "offentligTittel",
    "beskrivelse", "noekkelord", "forfatter", "dokumentmedium", "oppbevaringssted", "virksomhetsspesifikkeMetadata",
    "merknad", "kryssreferanse", "korrespondansepart",
)
ORDER: dict[str, tuple[str, ...]] = {
    "arkiv": (
        "systemID", "tittel", "beskrivelse", "arkivstatus", "dokumentmedium", "oppbevaringssted", "opprettetDato",
        "opprettetAv", "avsluttetDato", "avsluttetAv", "arkivskaper", "arkiv", "arkivdel",
    ),
    "arkivskaper": ("arkivskaperID", "arkivskaperNavn", "beskrivelse"),
    "arkivdel": (
        "systemID", "tittel", "beskrivelse", "arkivdelstatus", "dokumentmedium", "oppbevaringssted", "opprettetDato",
        "opprettetAv", "avsluttetDato", "avsluttetAv", "arkivperiodeStartDato", "arkivperiodeSluttDato",
        "referanseForloeper", "referanseArvtaker", "kassasjon", "utfoertKassasjon", "sletting", "skjerming",
        "gradering", "klassifikasjonssystem", "mappe", "registrering",
    ),
    "mappe": _MAPPE,
    "moetemappe": _MAPPE + (
        "moetenummer", "utvalg", "moetedato", "moetested", "referanseForrigeMoete", "referanseNesteMoete",
        "moetedeltaker",
    ),
    "moetedeltaker": ("moetedeltakerNavn", "moetedeltakerFunksjon"),
    "registrering": _REGISTRERING,
    "moeteregistrering": _REGISTRERING + (
        "moeteregistreringstype", "moetesakstype", "moeteregistreringsstatus", "administrativEnhet",
        "saksbehandler", "referanseTilMoeteregistrering", "referanseFraMoeteregistrering",
    ),
    "merknad": ("merknadstekst", "merknadstype", "merknadsdato", "merknadRegistrertAv"),
    "skjerming": (
        "tilgangsrestriksjon", "skjermingshjemmel", "skjermingMetadata", "skjermingDokument", "skjermingsvarighet",
        "skjermingOpphoererDato",
    ),
    "dokumentbeskrivelse": (
        "systemID", "dokumenttype", "dokumentstatus", "tittel", "beskrivelse", "forfatter", "opprettetDato",
        "opprettetAv", "dokumentmedium", "oppbevaringssted", "referanseArkivdel", "tilknyttetRegistreringSom",
        "dokumentnummer", "tilknyttetDato", "tilknyttetAv", "part", "merknad", "kassasjon", "utfoertKassasjon",
        "sletting", "skjerming", "gradering", "elektroniskSignatur", "dokumentobjekt",
    ),
    "dokumentobjekt": (
        "systemID", "versjonsnummer", "variantformat", "format", "formatDetaljer", "opprettetDato", "opprettetAv",
        "referanseDokumentfil", "sjekksum", "sjekksumAlgoritme", "filstoerrelse", "elektroniskSignatur",
        "konvertering",
    ),
}  # fmt: skip

# A value: text, a child element (a Node), or several of either.
Value = Union[str, int, "Node", Sequence[Union[str, "Node"]], None]


class Node:
    """An element of schema type `kind` (a key of ORDER) with its values by element name."""

    def __init__(self, kind: str, values: Mapping[str, Value], *, xsi_type: bool = False) -> None:
        unknown = set(values) - set(ORDER[kind])
        if unknown:
            raise ValueError(f"{kind} has no element {sorted(unknown)}")
        self.kind = kind
        self.values = values
        self.xsi_type = xsi_type

    def write(self, parent: ET.Element, tag: str, ns: str = N5) -> ET.Element:
        element = ET.SubElement(parent, f"{{{ns}}}{tag}")
        if self.xsi_type:
            element.set(f"{{{XSI}}}type", self.kind)
        self.fill(element, ns)
        return element

    def fill(self, element: ET.Element, ns: str = N5) -> None:
        for name in ORDER[self.kind]:  # the schema's order, whatever order the values came in
            value = self.values.get(name)
            for one in _many(value):
                if isinstance(one, Node):
                    one.write(element, name, ns)
                else:
                    ET.SubElement(element, f"{{{ns}}}{name}").text = str(one)


def _many(value: Value) -> list[str | Node]:
    if value is None or value == "":
        return []
    if isinstance(value, (str, int, Node)):
        return [value if isinstance(value, (str, Node)) else str(value)]
    return [v for v in value if v not in (None, "")]
