"""The fixed words of hfdesk's meeting documents, in bokmål ("nb") and nynorsk ("nn").

Qt-free. A body chooses the written standard (målform) of its documents
(`Body.language`), so every word a notice, a calendar invitation or the minutes
print comes from `WORDS[lang]`; both dictionaries hold the same keys (a test
checks). Word pairs follow domain.md §5 (saksliste / sakliste, forslag til
vedtak / framlegg til vedtak, unntatt offentlighet / unnateke offentlegheit, ...).
Dates are not words: they come from `hfdesk.dates`. Words with placeholders ("{body}",
"{name}", ...) are filled in with `str.format` by the export that prints them.

Nynorsk participles agree with their noun: eit referat er godkjent (neuter), ein protokoll
er godkjend (masculine); bokmål says godkjent of both. So the words saying whether the
minutes are approved hold "{approved}", "{Approved}" (starting a sentence) or
"{not_approved}", and `minutes_words(lang, kind)` fills them from `approved_word`, the one
place that knows the agreement. Word choices (one term per concept): see
tests/test_language.py.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import TYPE_CHECKING

from ..dates import medium_date
from ..models import CaseType, ConclusionKind, Language, MinutesKind, NoConsensusOutcome, Rights, Role, Side

if TYPE_CHECKING:
    from ..services.agenda import CaseStep
    from ..services.meeting_record import ItemRecord, TreatmentRecord

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
        "absence": "Meld forfall snarest til sekretariatet og kall inn varamedlemmet ditt.",
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
        "exemption_basis": "Hjemmel",
        "no_items": "Sakslisten er tom.",
        "public_version": "Offentlig versjon: innholdet i saker som er unntatt offentlighet, er utelatt.",
        "regards": "Med hilsen",
        # the notice's letter head, draft and approval item (issue 17)
        "to": "Til",
        "to_members": "Medlemmene i {body}",
        "copy": "Kopi",
        "copy_deputies": "Varamedlemmer: {names}",
        "issued": "Dato",
        "draft_not_sent": "Utkast, ikke sendt ut",
        "our_ref": "Vår ref.",
        "notice_draft_line": "Utkast: innkallingen er ikke sendt ut.",
        "contains_exempt": "Inneholder opplysninger som er unntatt offentlighet",
        "minutes_to_approve": "{kind} fra møtet {date}",
        "approve_own_minutes": "Møtet godkjenner {kind_definite} fra dette møtet ved møtets slutt.",
        "approves_minutes": "Gjelder {kind_definite} fra møtet {date}, som ligger ved.",
        # the calendar invitation
        "meeting_of": "Møte i {body}",
        "meeting_cancelled": "Møtet er avlyst.",
        # the minutes (referat / protokoll)
        "referat": "Referat",
        "protokoll": "Protokoll",
        "referat_definite": "referatet",
        "protokoll_definite": "protokollen",
        "minutes_title": "{kind} fra {meeting}",
        "draft_title": "Utkast til {kind} fra {meeting}",
        "meeting_in": "møte i {body}",
        "draft": "Utkast",
        "draft_status": "Utkast, {not_approved}",
        "draft_line": "Dette er et utkast. {kind} er {not_approved}.",
        "public_short": "Offentlig versjon",
        "status": "Status",
        "minute_taker": "Referent",
        "attendance": "Oppmøte",
        "voters_present": "Til stede med stemmerett: {present} av {seats}.",
        "note": "Merknad",
        "position": "Stilling",
        "members_present": "Medlemmer til stede",
        "deputies_present": "Varamedlemmer",
        "observers_present": "Observatører med tale- og forslagsrett",
        "guests_present": "Gjester på sak",
        "secretariat_present": "Fra sekretariatet",
        "forfall": "Forfall",
        "absent_no_notice": "Fravær uten forfall",
        "unregistered": "Oppmøte ikke registrert",
        "deputy_for": "Vara for {name}",
        "deputy_not_standing_in": "Varamedlem, møtte ikke for noe medlem",
        "stood_in_by": "{name} møtte som vara",
        "deputy_for_item": "Vara for {name}, sak {number}",
        "item_deputy_here": "{deputy} møtte som varamedlem for {member} i denne saken.",
        "arrived_from": "Møtte fra sak {number}",
        "left_after": "Gikk etter sak {number}",
        "arrived_here": "Møtte fra denne saken: {names}.",
        "left_here": "Gikk etter denne saken: {names}.",
        "guests_here": "Gjest i saken: {names}.",
        "spoke": "Ordet hadde: {names}.",
        "reply": "replikk",
        "treated_at": "Sak {number} ble behandlet kl. {times}.",
        "treated_at_unnumbered": "Saken ble behandlet kl. {times}.",
        "outcome": "Konklusjon",
        "decision": "Vedtak",
        "treatment": "Behandling",
        "proposals_in_meeting": "Forslag i møtet",
        "proposal_by": "Forslag fra {who}",
        "amendment_by": "Endringsforslag fra {who} til {target}",
        "the_proposal": "forslaget til vedtak",
        "proposal_from": "forslaget fra {who}",
        "amendment_from": "endringsforslaget fra {who}",
        "set_against": "{proposal}, satt opp mot {others},",
        "observer_short": "observatør",
        "consensus": "Enstemmig vedtatt.",
        "consensus_protocol": "Enstemmig vedtatt, med protokolltilførsel.",
        "consensus_protocols": "Enstemmig vedtatt, med protokolltilførsler.",
        "vote": "Avstemning",
        "vote_adopted": "{proposal} ble vedtatt med {votes_for} mot {votes_against}.",
        "vote_rejected": "{proposal} falt med {votes_for} mot {votes_against}.",
        "vote_none": "{proposal}: ingen stemmer er registrert.",
        "vote_abstained": "{count} avsto.",
        "vote_abstained_many": "Det var {count} som avsto.",
        "voted_against": "Stemte mot: {names}.",
        "vote_one": "stemme",
        "vote_many": "stemmer",
        "votes_missing": "({count} {votes} mangler)",
        "vote_round": "Avstemning {n}",
        "proposal_adopted": "{proposal} ble vedtatt.",
        "proposal_fell": "{proposal} falt.",
        "proposal_withdrawn": "{proposal} ble trukket.",
        "abstained_names": "Avsto: {names}.",
        "and": "og",
        "no_consensus_returned": "Ikke enighet. Saken går tilbake for videre arbeid.",
        "no_consensus_to_parties": "Ikke enighet. Saken sendes til partene for avgjørelse.",
        "deferred": "Saken ble utsatt.",
        "noted": "Tatt til orientering.",
        "not_concluded": "Saken ble ikke behandlet.",
        "without_quorum": "Møtet var ikke vedtaksført da saken ble avgjort.",
        "not_on_agenda": "Saken sto ikke på sakslisten og ble tatt opp under Eventuelt.",
        "not_on_agenda_short": "Ikke på sakslisten, tatt opp under Eventuelt",
        "not_on_agenda_decision": "Vedtak i en sak som ikke sto på sakslisten.",
        "protocol_entry": "Protokolltilførsel",
        "protocol_entry_from": "Protokolltilførsel fra {who}",
        "disqualification": "Inhabilitet",
        "disqualified_by_body": "{name} ble erklært inhabil etter {ground} og gikk fra under behandlingen av saken.",
        "disqualified_self": "{name} var inhabil etter {ground} og gikk fra under behandlingen av saken.",
        "disqualified_other": "{name} ble erklært inhabil og gikk fra under behandlingen av saken.",
        "disqualified_other_self": "{name} var inhabil og gikk fra under behandlingen av saken.",
        "ground": "Grunnlag",
        "fvl6_first": "forvaltningsloven § 6 første ledd",
        "fvl6_second": "forvaltningsloven § 6 andre ledd",
        "follow_ups": "Oppfølging",
        "follow_up_when": "Når",
        "follow_up_what": "Hva",
        "follow_up_who": "Ansvar",
        "deadline": "Frist",
        "outcome_consensus": "Enstemmig",
        "outcome_protocol": "Enstemmig, med protokolltilførsel",
        "outcome_vote_adopted": "Avstemning: vedtatt, {votes_for} mot {votes_against}",
        "outcome_vote_rejected": "Avstemning: falt, {votes_for} mot {votes_against}",
        "outcome_vote_none": "Avstemning: ingen stemmer registrert",
        "outcome_returned": "Ikke enighet: tilbake",
        "outcome_to_parties": "Ikke enighet: til partene",
        "outcome_deferred": "Utsatt",
        "outcome_noted": "Tatt til orientering",
        "withdrawn": "Saken ble trukket.",
        "outcome_withdrawn": "Trukket",
        "earlier_deferred": "Saken ble utsatt i {where}.",
        "earlier_returned": "Saken ble sendt tilbake i {where}.",
        "earlier_to_parties": "Saken ble sendt til partene i {where}.",
        "earlier_withdrawn": "Saken ble trukket fra sakslisten i {where}.",
        "earlier_treated": "Saken ble behandlet i {where}.",
        "earlier_on_agenda": "Saken sto på sakslisten i {where}.",
        "earlier_where": "møte {date}",
        "earlier_where_other": "møte i {body} {date}",
        "earlier_case": "{where}, sak {number}",
        "approved_in": "{Approved} i møte {date}, sak {number}.",
        "approved_in_other": "{Approved} i møte i {body} {date}, sak {number}.",
        "approved_by_circulation": "{Approved} ved sirkulasjon {date}.",
        "approved": "{Approved}.",
        "approved_in_own": "{Approved} i møtet, sak {number}.",
        "approved_by_referat": "Referatet er {approved} av {names}.",
        "approved_by_protokoll": "Protokollen er {approved} av {names}.",
        "signature": "Underskrift",
        "place_and_date": "Sted og dato",
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
        "absence": "Meld forfall snarast til sekretariatet og kall inn varamedlemmet ditt.",
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
        "exemption_basis": "Heimel",
        "no_items": "Saklista er tom.",
        "public_version": "Offentleg versjon: innhaldet i saker som er unnatekne offentlegheit, er utelate.",
        "regards": "Med helsing",
        "to": "Til",
        "to_members": "Medlemene i {body}",
        "copy": "Kopi",
        "copy_deputies": "Varamedlemer: {names}",
        "issued": "Dato",
        "draft_not_sent": "Utkast, ikkje sendt ut",
        "our_ref": "Vår ref.",
        "notice_draft_line": "Utkast: innkallinga er ikkje send ut.",
        "contains_exempt": "Inneheld opplysningar som er unnatekne offentlegheit",
        "minutes_to_approve": "{kind} frå møtet {date}",
        "approve_own_minutes": "Møtet godkjenner {kind_definite} frå dette møtet når møtet sluttar.",
        "approves_minutes": "Gjeld {kind_definite} frå møtet {date}, som ligg ved.",
        "meeting_of": "Møte i {body}",
        "meeting_cancelled": "Møtet er avlyst.",
        "referat": "Referat",
        "protokoll": "Protokoll",
        "referat_definite": "referatet",
        "protokoll_definite": "protokollen",
        "minutes_title": "{kind} frå {meeting}",
        "draft_title": "Utkast til {kind} frå {meeting}",
        "meeting_in": "møte i {body}",
        "draft": "Utkast",
        "draft_status": "Utkast, {not_approved}",
        "draft_line": "Dette er eit utkast. {kind} er {not_approved}.",
        "public_short": "Offentleg versjon",
        "status": "Status",
        "minute_taker": "Referent",
        "attendance": "Oppmøte",
        "voters_present": "Til stades med røysterett: {present} av {seats}.",
        "note": "Merknad",
        "position": "Stilling",
        "members_present": "Medlemer til stades",
        "deputies_present": "Varamedlemer",
        "observers_present": "Observatørar med tale- og forslagsrett",
        "guests_present": "Gjester på sak",
        "secretariat_present": "Frå sekretariatet",
        "forfall": "Forfall",
        "absent_no_notice": "Fråvær utan forfall",
        "unregistered": "Oppmøte ikkje registrert",
        "deputy_for": "Vara for {name}",
        "deputy_not_standing_in": "Varamedlem, møtte ikkje for noko medlem",
        "stood_in_by": "{name} møtte som vara",
        "deputy_for_item": "Vara for {name}, sak {number}",
        "item_deputy_here": "{deputy} møtte som varamedlem for {member} i denne saka.",
        "arrived_from": "Møtte frå sak {number}",
        "left_after": "Gjekk etter sak {number}",
        "arrived_here": "Møtte frå denne saka: {names}.",
        "left_here": "Gjekk etter denne saka: {names}.",
        "guests_here": "Gjest i saka: {names}.",
        "spoke": "Ordet hadde: {names}.",
        "reply": "replikk",
        "treated_at": "Sak {number} vart handsama kl. {times}.",
        "treated_at_unnumbered": "Saka vart handsama kl. {times}.",
        "outcome": "Konklusjon",
        "decision": "Vedtak",
        "treatment": "Handsaming",
        "proposals_in_meeting": "Framlegg i møtet",
        "proposal_by": "Framlegg frå {who}",
        "amendment_by": "Endringsframlegg frå {who} til {target}",
        "the_proposal": "framlegget til vedtak",
        "proposal_from": "framlegget frå {who}",
        "amendment_from": "endringsframlegget frå {who}",
        "set_against": "{proposal}, sett opp mot {others},",
        "observer_short": "observatør",
        "consensus": "Samrøystes vedteke.",
        "consensus_protocol": "Samrøystes vedteke, med protokolltilførsel.",
        "consensus_protocols": "Samrøystes vedteke, med protokolltilførslar.",
        "vote": "Avrøysting",
        "vote_adopted": "{proposal} vart vedteke med {votes_for} mot {votes_against}.",
        "vote_rejected": "{proposal} fall med {votes_for} mot {votes_against}.",
        "vote_none": "{proposal}: ingen røyster er registrerte.",
        "vote_abstained": "{count} avstod.",
        "vote_abstained_many": "Det var {count} som avstod.",
        "voted_against": "Røysta mot: {names}.",
        "vote_one": "røyst",
        "vote_many": "røyster",
        "votes_missing": "({count} {votes} manglar)",
        "vote_round": "Avrøysting {n}",
        "proposal_adopted": "{proposal} vart vedteke.",
        "proposal_fell": "{proposal} fall.",
        "proposal_withdrawn": "{proposal} vart trekt.",
        "abstained_names": "Avstod: {names}.",
        "and": "og",
        "no_consensus_returned": "Ikkje semje. Saka går attende for vidare arbeid.",
        "no_consensus_to_parties": "Ikkje semje. Saka vert send til partane for avgjerd.",
        "deferred": "Saka vart utsett.",
        "noted": "Teke til orientering.",
        "not_concluded": "Saka vart ikkje handsama.",
        "without_quorum": "Møtet var ikkje vedtaksført då saka vart avgjord.",
        "not_on_agenda": "Saka stod ikkje på saklista og vart teken opp under Eventuelt.",
        "not_on_agenda_short": "Ikkje på saklista, teken opp under Eventuelt",
        "not_on_agenda_decision": "Vedtak i ei sak som ikkje stod på saklista.",
        "protocol_entry": "Protokolltilførsel",
        "protocol_entry_from": "Protokolltilførsel frå {who}",
        "disqualification": "Inhabilitet",
        "disqualified_by_body": "{name} vart erklært inhabil etter {ground} og gjekk frå under handsaminga av saka.",
        "disqualified_self": "{name} var inhabil etter {ground} og gjekk frå under handsaminga av saka.",
        "disqualified_other": "{name} vart erklært inhabil og gjekk frå under handsaminga av saka.",
        "disqualified_other_self": "{name} var inhabil og gjekk frå under handsaminga av saka.",
        "ground": "Grunnlag",
        "fvl6_first": "forvaltningslova § 6 første ledd",
        "fvl6_second": "forvaltningslova § 6 andre ledd",
        "follow_ups": "Oppfølging",
        "follow_up_when": "Når",
        "follow_up_what": "Kva",
        "follow_up_who": "Ansvar",
        "deadline": "Frist",
        "outcome_consensus": "Samrøystes",
        "outcome_protocol": "Samrøystes, med protokolltilførsel",
        "outcome_vote_adopted": "Avrøysting: vedteke, {votes_for} mot {votes_against}",
        "outcome_vote_rejected": "Avrøysting: fall, {votes_for} mot {votes_against}",
        "outcome_vote_none": "Avrøysting: ingen røyster registrerte",
        "outcome_returned": "Ikkje semje: attende",
        "outcome_to_parties": "Ikkje semje: til partane",
        "outcome_deferred": "Utsett",
        "outcome_noted": "Teke til orientering",
        "withdrawn": "Saka vart trekt.",
        "outcome_withdrawn": "Trekt",
        "earlier_deferred": "Saka vart utsett i {where}.",
        "earlier_returned": "Saka vart send attende i {where}.",
        "earlier_to_parties": "Saka vart send til partane i {where}.",
        "earlier_withdrawn": "Saka vart trekt frå saklista i {where}.",
        "earlier_treated": "Saka vart handsama i {where}.",
        "earlier_on_agenda": "Saka stod på saklista i {where}.",
        "earlier_where": "møte {date}",
        "earlier_where_other": "møte i {body} {date}",
        "earlier_case": "{where}, sak {number}",
        "approved_in": "{Approved} i møte {date}, sak {number}.",
        "approved_in_other": "{Approved} i møte i {body} {date}, sak {number}.",
        "approved_by_circulation": "{Approved} ved sirkulasjon {date}.",
        "approved": "{Approved}.",
        "approved_in_own": "{Approved} i møtet, sak {number}.",
        "approved_by_referat": "Referatet er {approved} av {names}.",
        "approved_by_protokoll": "Protokollen er {approved} av {names}.",
        "signature": "Underskrift",
        "place_and_date": "Stad og dato",
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

# What a seat represents when it names no organisation: the party (side) it speaks for.
SIDES: dict[str, dict[Side, str]] = {
    "nb": {
        Side.MUNICIPAL: "Kommunene",
        Side.HOSPITAL: "Spesialisthelsetjenesten",
        Side.USER: "Brukerne",
        Side.GP: "Fastlegene",
        Side.KS: "KS",
        Side.UNION: "Hovedsammenslutningene",
        Side.SECRETARIAT: "Sekretariatet",
        Side.OTHER: "",
    },
    "nn": {
        Side.MUNICIPAL: "Kommunane",
        Side.HOSPITAL: "Spesialisthelsetenesta",
        Side.USER: "Brukarane",
        Side.GP: "Fastlegane",
        Side.KS: "KS",
        Side.UNION: "Hovudsamanslutningane",
        Side.SECRETARIAT: "Sekretariatet",
        Side.OTHER: "",
    },
}

LANGUAGES = ("nb", "nn")


def language(value: str | Language | None, default: Language | str = Language.NYNORSK) -> str:
    """'nb' or 'nn' for a language given as a code or a `Language` (None: the default)."""
    code = str(value if value is not None else default)
    if code not in LANGUAGES:
        from ..errors import InvalidInput

        raise InvalidInput("document.unknown_language", code=code)
    return code


def item_kind(item: ItemRecord, lang: str) -> str:
    """An item's kind in a document's agenda: its case type, nothing for Eventuelt (its own kind,
    whatever case type it was stored with) or for an item the public view withheld."""
    from ..models import StandardItem

    if item.withheld or item.standard == StandardItem.OTHER_BUSINESS:
        return ""
    return CASE_TYPES[lang][item.case_type]


# "godkjent" / "godkjend": the participle agreeing with the kind of minutes (see the docstring).
_APPROVED: dict[str, dict[MinutesKind, str]] = {
    "nb": {MinutesKind.REFERAT: "godkjent", MinutesKind.PROTOKOLL: "godkjent"},
    "nn": {MinutesKind.REFERAT: "godkjent", MinutesKind.PROTOKOLL: "godkjend"},  # eit referat, ein protokoll
}
_NOT = {"nb": "ikke", "nn": "ikkje"}


def approved_word(kind: MinutesKind | str, lang: str, negated: bool = False) -> str:
    """'godkjent' or, for a nynorsk protokoll, 'godkjend' (with negated: 'ikkje godkjend' ...)."""
    word = _APPROVED[lang][MinutesKind(kind)]
    return f"{_NOT[lang]} {word}" if negated else word


def minutes_words(lang: str, kind: MinutesKind | str) -> dict[str, str]:
    """WORDS[lang] for the minutes of a body that keeps `kind` (referat or protokoll): the
    words about approval agree with it ("Godkjend i møte …" of a nynorsk protokoll)."""
    word = approved_word(kind, lang)
    agreeing = {
        "{approved}": word,
        "{Approved}": word[:1].upper() + word[1:],
        "{not_approved}": approved_word(kind, lang, negated=True),
    }
    words = {}
    for key, text in WORDS[lang].items():
        for placeholder, value in agreeing.items():
            text = text.replace(placeholder, value)
        words[key] = text
    return words


def item_title(item: ItemRecord, lang: str) -> str:
    """An item's title in a document: a standard item keeps its standard wording in the other
    written standard; an item the public view withheld is only "Unntatt offentlighet"."""
    from ..services.items import OWN_MINUTES_TITLES, STANDARD_TITLES

    if item.withheld:
        return WORDS[lang]["exempt"]
    if item.approves is not None and item.approves.own:  # approval of the meeting's own minutes
        for kind, title in OWN_MINUTES_TITLES["nb"].items():
            if item.title in (title, OWN_MINUTES_TITLES["nn"][kind]):
                return OWN_MINUTES_TITLES[lang][kind]
    if item.standard is not None:
        titles = STANDARD_TITLES.get(item.standard, {})
        if item.title in titles.values():
            return titles.get(lang, item.title)
    return item.title


# --- spreadsheets: the roster and attendance workbooks (issue 17, points 12 and 14) -------------
# A body's sheet speaks the body's written standard (`Body.language`); the overview sheets,
# the breaches sheet and the workbook's properties speak the helsefellesskap's
# (`services.settings.partnership_language`). Both languages hold the same keys (a test
# checks). The roster importer (`imports.roster`) reads every header below back, in both forms.

SHEET_WORDS: dict[str, dict[str, str]] = {
    "nb": {
        # the roster (medlemsliste)
        "roster": "Medlemsliste",
        "roster_of": "Medlemsliste – {name}",
        "roster_subject": "Medlemmer, varamedlemmer og observatører per {date}",
        "roster_keywords": "medlemsliste; organ; helsefellesskap",
        "bodies_on": "Organer per {date}",
        "members_on": "Medlemmer per {date}",
        "breaches_title": "Avvik fra reglene for sammensetning",
        "breaches_on": "Per {date}: {count} avvik",
        "no_breaches_on": "Per {date}: ingen avvik",
        # the attendance workbook (oppmøte)
        "attendance": "Oppmøte {year}",
        "attendance_of": "Oppmøte {year} – {name}",
        "attendance_subject": "Oppmøte i organenes møter i {year}",
        "attendance_keywords": "oppmøte; forfall; organ; helsefellesskap",
        "one_meeting": "1 møte",
        "meetings": "{count} møter",
        "held_in_year": "Oppmøte i {year}: {count} gjennomført. Avlyste og planlagte møter er ikke med.",
        "none_held_in_year": "Ingen gjennomførte møter i {year}.",
        "code_present": "møtt",
        "code_deputy_came": "vara møtte i stedet",
        "code_reported_absent": "forfall",
        "code_absent": "ikke møtt, uten forfall",
        "code_unknown": "ikke registrert",
        "code_blank": "tom rute: ikke medlem på møtedagen",
        "user_representative": "Brukerrepresentant",
        "gp": "Fastlege",
        "per_side_title": "Oppmøte {year} per organ og part",
        "per_side_subtitle": (
            "Medlemmenes og observatørenes plasser i møtene som ble gjennomført i {year}, per organ og part."
        ),
        "rate_note": (
            "Oppmøte: møtt delt på møtene i perioden personen hadde plassen. Med vara: også møtene der "
            "varamedlemmet møtte i stedet."
        ),
        "deputy_note": (
            "Varamedlemmer: M der de møtte for et medlem. De kalles inn bare ved forfall og har derfor ingen prosent."
        ),
        "no_side": "Ingen part",
        "total": "I alt",
        "page_of": "Side {page} av {pages}",
    },
    "nn": {
        "roster": "Medlemsliste",
        "roster_of": "Medlemsliste – {name}",
        "roster_subject": "Medlemmar, varamedlemmar og observatørar per {date}",
        "roster_keywords": "medlemsliste; organ; helsefellesskap",
        "bodies_on": "Organ per {date}",
        "members_on": "Medlemmar per {date}",
        "breaches_title": "Avvik frå reglane for samansetjing",
        "breaches_on": "Per {date}: {count} avvik",
        "no_breaches_on": "Per {date}: ingen avvik",
        "attendance": "Oppmøte {year}",
        "attendance_of": "Oppmøte {year} – {name}",
        "attendance_subject": "Oppmøte på møta i organa i {year}",
        "attendance_keywords": "oppmøte; forfall; organ; helsefellesskap",
        "one_meeting": "1 møte",
        "meetings": "{count} møte",
        "held_in_year": "Oppmøte i {year}: {count} gjennomført. Avlyste og planlagde møte er ikkje med.",
        "none_held_in_year": "Ingen gjennomførte møte i {year}.",
        "code_present": "møtt",
        "code_deputy_came": "vara møtte i staden",
        "code_reported_absent": "forfall",
        "code_absent": "ikkje møtt, utan forfall",
        "code_unknown": "ikkje registrert",
        "code_blank": "tom rute: ikkje medlem på møtedagen",
        "user_representative": "Brukarrepresentant",
        "gp": "Fastlege",
        "per_side_title": "Oppmøte {year} per organ og part",
        "per_side_subtitle": (
            "Plassane til medlemmar og observatørar i møta som vart gjennomførte i {year}, per organ og part."
        ),
        "rate_note": (
            "Oppmøte: møtt delt på møta i perioden personen hadde plassen. Med vara: også møta der vara "
            "møtte i staden."
        ),
        "deputy_note": (
            "Varamedlemmar: M der dei møtte som vara. Dei vert kalla inn berre ved forfall og har difor ingen prosent."
        ),
        "no_side": "Ingen part",
        "total": "I alt",
        "page_of": "Side {page} av {pages}",
    },
}

# The roster's member columns, in order (the importer reads both forms back).
ROSTER_COLUMNS: dict[str, tuple[str, ...]] = {
    "nb": (
        "Navn", "Rolle", "Rettigheter", "Representerer", "Organisasjon", "Part", "Område",
        "E-post", "Telefon", "Periode fra", "Periode til", "Vara for",
    ),
    "nn": (
        "Namn", "Rolle", "Rettar", "Representerer", "Organisasjon", "Part", "Område",
        "E-post", "Telefon", "Periode frå", "Periode til", "Vara for",
    ),
}  # fmt: skip

ROSTER_OVERVIEW_COLUMNS: dict[str, tuple[str, ...]] = {
    "nb": ("Organ", "Kortnavn", "Nivå", "Målform", "Medlemmer", "Varamedlemmer", "Observatører", "Avvik", "Ark"),
    "nn": ("Organ", "Kortnamn", "Nivå", "Målform", "Medlemmar", "Varamedlemmar", "Observatørar", "Avvik", "Ark"),
}

BREACH_COLUMNS: dict[str, tuple[str, ...]] = {
    "nb": ("Organ", "Kode", "Beskrivelse"),
    "nn": ("Organ", "Kode", "Skildring"),
}

# The attendance matrix: the person columns before the meetings, the totals after them.
ATTENDANCE_PERSON_COLUMNS: dict[str, tuple[str, ...]] = {
    "nb": ("Navn", "Rolle", "Part", "Representerer"),
    "nn": ("Namn", "Rolle", "Part", "Representerer"),
}
ATTENDANCE_TOTAL_COLUMNS: dict[str, tuple[str, ...]] = {
    "nb": ("Møter", "Møtt", "Oppmøte"),
    "nn": ("Møte", "Møtt", "Oppmøte"),
}
# The attendance overview: per body and side.
ATTENDANCE_SIDE_COLUMNS: dict[str, tuple[str, ...]] = {
    "nb": (
        "Organ", "Part", "Møter i alt", "Møtt", "Vara møtte", "Forfall", "Uten forfall", "Ikke registrert",
        "Oppmøte", "Med vara", "Ark",
    ),
    "nn": (
        "Organ", "Part", "Møte i alt", "Møtt", "Vara møtte", "Forfall", "Utan forfall", "Ikkje registrert",
        "Oppmøte", "Med vara", "Ark",
    ),
}  # fmt: skip

# Stored values as a sheet shows them (capitalised, as a cell of their own).
SHEET_RIGHTS: dict[str, dict[Rights, str]] = {
    "nb": {
        Rights.VOTE: "Stemmerett",
        Rights.SPEAK_PROPOSE: "Tale- og forslagsrett",
        Rights.SPEAK: "Talerett",
        Rights.NONE: "Ingen",
    },
    "nn": {
        Rights.VOTE: "Røysterett",
        Rights.SPEAK_PROPOSE: "Tale- og forslagsrett",
        Rights.SPEAK: "Talerett",
        Rights.NONE: "Ingen",
    },
}
SHEET_SIDES: dict[str, dict[Side, str]] = {
    "nb": {
        Side.MUNICIPAL: "Kommune",
        Side.HOSPITAL: "Sykehus",
        Side.USER: "Bruker",
        Side.GP: "Fastlege",
        Side.KS: "KS",
        Side.UNION: "Arbeidstaker",
        Side.SECRETARIAT: "Sekretariat",
        Side.OTHER: "Annet",
    },
    "nn": {
        Side.MUNICIPAL: "Kommune",
        Side.HOSPITAL: "Sjukehus",
        Side.USER: "Brukar",
        Side.GP: "Fastlege",
        Side.KS: "KS",
        Side.UNION: "Arbeidstakar",
        Side.SECRETARIAT: "Sekretariat",
        Side.OTHER: "Anna",
    },
}
SHEET_LANGUAGES: dict[str, dict[Language, str]] = {
    "nb": {Language.BOKMAAL: "Bokmål", Language.NYNORSK: "Nynorsk"},
    "nn": {Language.BOKMAAL: "Bokmål", Language.NYNORSK: "Nynorsk"},
}


# Numbers a sentence may start with, in words (a sentence never starts with a digit):
# "Éin avstod." / "Én avsto.", "To avstod.". By gender: masculine, feminine, neuter.
_ONE = {
    "nb": {"m": "én", "f": "ei", "n": "ett"},
    "nn": {"m": "éin", "f": "ei", "n": "eitt"},
}
_TWO_TO_TWELVE = ("to", "tre", "fire", "fem", "seks", "sju", "åtte", "ni", "ti", "elleve", "tolv")


def number_word(n: int, lang: str, gender: str = "m") -> str:
    """`n` in words for 1 to 12 ("éin", "eitt", "to", ... "tolv"; `gender` "m", "f" or "n"), else
    in digits: a text that would start a sentence with a number above twelve is rephrased by its
    caller ("Det var 13 som avstod.")."""
    if n == 1:
        return _ONE[lang][gender]
    if 2 <= n <= 12:
        return _TWO_TO_TWELVE[n - 2]
    return str(n)


def meeting_named(body: str, lang: str, day: date | datetime) -> str:
    """The meeting as the minutes' title names it: a body whose name is a meeting
    ("Partnarskapsmøte", "Toppleiarmøte") in its definite form with the day, as the seeds write
    "Partnerskapsmøtet" ("Partnarskapsmøtet 14. mai 2026"); any other body "møte i <name>"
    ("møte i Strategisk samarbeidsutval"), never "møte i Partnarskapsmøte"."""
    from ..dates import medium_date

    words = body.split()
    for n, word in enumerate(words):
        folded = word.casefold()
        if folded.endswith("møte") or folded.endswith("møtet"):
            if folded.endswith("møte"):
                words[n] = f"{word}t"
            return f"{' '.join(words)} {medium_date(day, lang)}"
    return WORDS[lang]["meeting_in"].format(body=body)


# --- innsyn: the workbook of everything kept about one person (exports.person_data) -----------
# In the helsefellesskap's written standard (`services.settings.partnership_language`).

PERSON_DATA_WORDS: dict[str, dict[str, str]] = {
    "nb": {
        "title": "Personopplysninger – {name}",
        "subject": "Det hfdesk har lagret om {name} per {date}",
        "keywords": "innsyn; personopplysninger; helsefellesskap",
        "fields_subtitle": "Det hfdesk har lagret om {name} per {date}",
        "fields_note": "Vedlegg til saker er dokumenter i saken og er ikke med her.",
        "seats_subtitle": "Alle verv i organene, også de som er avsluttet",
        "attendance_subtitle": "Alle møter personen er ført opp på",
        "mentions_subtitle": "Der møtene og sakslistene nevner personen",
        "mentions_note": "Saker unntatt offentlighet er merket med hjemmelen.",
        "given_name": "Fornavn",
        "family_name": "Etternavn",
        "job_title": "Stilling",
        "organisation": "Organisasjon",
        "email": "E-post",
        "phone": "Telefon",
        "notes": "Merknader",
        "signed_on": "Signert {date}",
        "due_on": "frist {date}",
        "page_of": "Side {page} av {pages}",
    },
    "nn": {
        "title": "Personopplysningar – {name}",
        "subject": "Det hfdesk har lagra om {name} per {date}",
        "keywords": "innsyn; personopplysningar; helsefellesskap",
        "fields_subtitle": "Det hfdesk har lagra om {name} per {date}",
        "fields_note": "Vedlegg til saker er dokument i saka og er ikkje med her.",
        "seats_subtitle": "Alle verv i organa, også dei som er avslutta",
        "attendance_subtitle": "Alle møte personen er ført opp på",
        "mentions_subtitle": "Der møta og saklistene nemner personen",
        "mentions_note": "Saker som er unnatekne offentlegheit, er merkte med heimelen.",
        "given_name": "Førenamn",
        "family_name": "Etternamn",
        "job_title": "Stilling",
        "organisation": "Organisasjon",
        "email": "E-post",
        "phone": "Telefon",
        "notes": "Merknader",
        "signed_on": "Signert {date}",
        "due_on": "frist {date}",
        "page_of": "Side {page} av {pages}",
    },
}
PERSON_DATA_SHEETS: dict[str, tuple[str, str, str, str]] = {
    "nb": ("Personopplysninger", "Verv", "Oppmøte", "Nevnt i"),
    "nn": ("Personopplysningar", "Verv", "Oppmøte", "Nemnt i"),
}
PERSON_FIELD_COLUMNS: dict[str, tuple[str, ...]] = {
    "nb": ("Opplysning", "Verdi"),
    "nn": ("Opplysning", "Verdi"),
}
PERSON_SEAT_COLUMNS: dict[str, tuple[str, ...]] = {
    "nb": ("Organ", "Rolle", "Rettigheter", "Representerer", "Periode fra", "Periode til", "Vara for"),
    "nn": ("Organ", "Rolle", "Rettar", "Representerer", "Periode frå", "Periode til", "Vara for"),
}
PERSON_ATTENDANCE_COLUMNS: dict[str, tuple[str, ...]] = {
    "nb": ("Dato", "Organ", "Møte", "Møtestatus", "Oppmøte", "Deltok som", "Vara for", "Merknad"),
    "nn": ("Dato", "Organ", "Møte", "Møtestatus", "Oppmøte", "Deltok som", "Vara for", "Merknad"),
}
PERSON_MENTION_COLUMNS: dict[str, tuple[str, ...]] = {
    "nb": ("Dato", "Organ", "Sak", "Tittel", "Nevnt som", "Innhold", "Unntatt offentlighet"),
    "nn": ("Dato", "Organ", "Sak", "Tittel", "Nemnt som", "Innhald", "Unnateke offentlegheit"),
}
# Stored values as the innsyn workbook shows them.
PERSON_MENTION_KINDS: dict[str, dict[str, str]] = {
    "nb": {
        "chair": "Møteleder",
        "minute_taker": "Referent",
        "signatory": "Underskriver (justering)",
        "responsible": "Saksansvarlig",
        "put_forward": "Meldte inn saken",
        "disqualified": "Inhabil",
        "proposal": "Forslag",
        "protocol_entry": "Protokolltilførsel",
        "vote": "Stemme",
        "follow_up": "Ansvarlig for oppfølging",
    },
    "nn": {
        "chair": "Møteleiar",
        "minute_taker": "Referent",
        "signatory": "Underskrivar (justering)",
        "responsible": "Saksansvarleg",
        "put_forward": "Melde inn saka",
        "disqualified": "Inhabil",
        "proposal": "Framlegg",
        "protocol_entry": "Protokolltilførsel",
        "vote": "Røyst",
        "follow_up": "Ansvarleg for oppfølging",
    },
}
PERSON_ATTENDANCE_STATUS: dict[str, dict[str, str]] = {
    "nb": {"expected": "Ikke registrert", "present": "Møtt", "reported_absent": "Forfall",
           "absent": "Ikke møtt, uten forfall"},
    "nn": {"expected": "Ikkje registrert", "present": "Møtt", "reported_absent": "Forfall",
           "absent": "Ikkje møtt, utan forfall"},
}  # fmt: skip
PERSON_CAPACITY: dict[str, dict[str, str]] = {
    "nb": {"member": "Medlem", "deputy": "Varamedlem", "observer": "Observatør", "guest": "Gjest på sak",
           "secretariat": "Sekretariat"},
    "nn": {"member": "Medlem", "deputy": "Varamedlem", "observer": "Observatør", "guest": "Gjest på sak",
           "secretariat": "Sekretariat"},
}  # fmt: skip
PERSON_MEETING_STATUS: dict[str, dict[str, str]] = {
    "nb": {"planned": "Planlagt", "notice_sent": "Innkalling sendt", "held": "Gjennomført",
           "minutes_approved": "Referat godkjent", "cancelled": "Avlyst"},
    "nn": {"planned": "Planlagt", "notice_sent": "Innkalling send", "held": "Gjennomført",
           "minutes_approved": "Referat godkjent", "cancelled": "Avlyst"},
}  # fmt: skip
PERSON_VOTE_CHOICES: dict[str, dict[str, str]] = {
    "nb": {"for": "For", "against": "Mot", "abstain": "Avsto"},
    "nn": {"for": "For", "against": "Mot", "abstain": "Avstod"},
}
PERSON_GROUNDS: dict[str, dict[str, str]] = {
    "nb": {"fvl6_first": "Forvaltningsloven § 6 første ledd", "fvl6_second": "Forvaltningsloven § 6 andre ledd",
           "other": "Annen grunn"},
    "nn": {"fvl6_first": "Forvaltningslova § 6 første ledd", "fvl6_second": "Forvaltningslova § 6 andre ledd",
           "other": "Anna grunn"},
}  # fmt: skip
PERSON_FOLLOW_UP_STATUS: dict[str, dict[str, str]] = {
    "nb": {"open": "åpen", "done": "utført"},
    "nn": {"open": "open", "done": "utført"},
}
# E-mail drafts (exports/mail.py): the notice to a deputy called in for a member's forfall.
MAIL_WORDS: dict[str, dict[str, str]] = {
    "nb": {
        "notice_file": "Innkalling",
        "deputy_subject": "Innkalling som varamedlem: {body} {date}",
        "deputy_body": (
            "Hei {given}!\n\n"
            "{member} har meldt forfall, og du er innkalt som varamedlem til møte i {body} {when}{place}.\n\n"
            "Innkallingen med sakslisten og sakspapirene ligger vedlagt. Gi beskjed til sekretariatet "
            "snarest hvis du ikke kan møte.\n\n"
            "Med vennlig hilsen\n{secretary}\n"
        ),
        "notice_subject": "Innkalling til møte i {body} {date}",
        "minutes_subject": "{kind} fra møte i {body} {date}",
        "notice_body": (
            "Til medlemmene i {body}\n\n"
            "Her er innkallingen til møte i {body} {when}{place}. Sakslisten og sakspapirene ligger vedlagt, "
            "og kalenderinvitasjonen følger med.\n\n"
            "Meld forfall til sekretariatet snarest, så kaller vi inn varamedlem.\n\n"
            "{exempt}"
            "Med vennlig hilsen\n{secretary}\n"
        ),
        "minutes_body": (
            "Til medlemmene i {body}\n\n"
            "Vedlagt er {kind_definite} fra møtet i {body} {when}.\n\n"
            "{exempt}"
            "Med vennlig hilsen\n{secretary}\n"
        ),
        "exempt_by_other_means": (
            "Sakspapirene til {cases} er unntatt offentlighet (taushetsplikt) og sendes ikke på e-post; "
            "de deles ut på annen måte.\n\n"
        ),
        "case_list": "sak {numbers}",
    },
    "nn": {
        "notice_file": "Innkalling",
        "deputy_subject": "Innkalling som varamedlem: {body} {date}",
        "deputy_body": (
            "Hei {given}!\n\n"
            "{member} har meldt forfall, og du er kalla inn som varamedlem til møte i {body} {when}{place}.\n\n"
            "Innkallinga med saklista og sakspapira ligg ved. Gje melding til sekretariatet "
            "snarast dersom du ikkje kan møte.\n\n"
            "Med venleg helsing\n{secretary}\n"
        ),
        "notice_subject": "Innkalling til møte i {body} {date}",
        "minutes_subject": "{kind} frå møte i {body} {date}",
        "notice_body": (
            "Til medlemene i {body}\n\n"
            "Her er innkallinga til møte i {body} {when}{place}. Saklista og sakspapira ligg ved, "
            "og kalenderinnbydinga følgjer med.\n\n"
            "Meld forfall til sekretariatet snarast, så kallar vi inn varamedlem.\n\n"
            "{exempt}"
            "Med venleg helsing\n{secretary}\n"
        ),
        "minutes_body": (
            "Til medlemene i {body}\n\n"
            "Vedlagt er {kind_definite} frå møtet i {body} {when}.\n\n"
            "{exempt}"
            "Med venleg helsing\n{secretary}\n"
        ),
        "exempt_by_other_means": (
            "Sakspapira til {cases} er unnatekne offentlegheit (teieplikt) og vert ikkje sende på e-post; "
            "dei vert delte ut på anna vis.\n\n"
        ),
        "case_list": "sak {numbers}",
    },
}


def earlier_treatment_line(treatment: TreatmentRecord, lang: str, body_id: int | None = None) -> str:
    """One earlier treatment of a case as the minutes and the notice name it: "Saka vart utsett i
    møte 12. mars 2026, sak 7/26." (nn), "Saken ble sendt tilbake i møte i SSU 3. mai 2026, sak 4/26."
    (nb, a treatment in another body than `body_id`, by its short name)."""
    w = WORDS[lang]
    when = medium_date(treatment.meeting_starts_at, lang)
    if body_id is None or treatment.body_id == body_id:
        where = w["earlier_where"].format(date=when)
    else:
        where = w["earlier_where_other"].format(body=treatment.body_short_name or treatment.body_name, date=when)
    if treatment.number:
        where = w["earlier_case"].format(where=where, number=treatment.number)
    kind = treatment.kind
    if kind == ConclusionKind.DEFERRED:
        key = "earlier_deferred"
    elif kind == ConclusionKind.NO_CONSENSUS:
        key = "earlier_to_parties" if treatment.no_consensus_outcome == NoConsensusOutcome.TO_PARTIES else "earlier_returned"
    elif kind == ConclusionKind.WITHDRAWN:
        key = "earlier_withdrawn"
    elif kind is None:
        key = "earlier_on_agenda"
    else:
        key = "earlier_treated"
    return w[key].format(where=where)


# --- a case's path through the bodies (the case editor; services.agenda.case_path) -----------

# The bodies of a level, in the plural ("Vedteke i 3 av 4 områdeutval"); the levels of domain.md §2.
LEVEL_BODIES: dict[str, dict[int, str]] = {
    "nb": {1: "partnerskapsmøter", 2: "strategiske samarbeidsutvalg", 3: "områdeutvalg", 4: "faglige samarbeidsutvalg"},
    "nn": {1: "partnarskapsmøte", 2: "strategiske samarbeidsutval", 3: "områdeutval", 4: "faglege samarbeidsutval"},
}  # fmt: skip
PATH_WORDS: dict[str, dict[str, str]] = {
    "nb": {"decided_in": "Vedtatt i {done} av {of} {bodies}", "noted_in": "Tatt til orientering i {done} av {of} {bodies}",
           "pending_in": "Til behandling i {of} {bodies}", "pending": "{body}: til behandling",
           "deferred": "{body}: utsatt", "returned": "{body}: sendt tilbake", "to_parties": "{body}: sendt til partene",
           "withdrawn": "{body}: trukket", "noted": "{body}: tatt til orientering", "decided": "{body}: vedtatt",
           "fell": "{body}: forslaget falt", "waiting": "venter på sakslisten", "level": "organer på nivå {level}"},
    "nn": {"decided_in": "Vedteke i {done} av {of} {bodies}", "noted_in": "Teke til orientering i {done} av {of} {bodies}",
           "pending_in": "Til handsaming i {of} {bodies}", "pending": "{body}: til handsaming",
           "deferred": "{body}: utsett", "returned": "{body}: send tilbake", "to_parties": "{body}: send til partane",
           "withdrawn": "{body}: trekt", "noted": "{body}: teke til orientering", "decided": "{body}: vedteke",
           "fell": "{body}: framlegget fall", "waiting": "ventar på saklista", "level": "organ på nivå {level}"},
}  # fmt: skip
_SUMMARY_TEXT = 90


def decision_gist(text: str, limit: int = _SUMMARY_TEXT) -> str:
    """The decision's first sentence, cut at a word with "…" when it is long ("SSU tilrår partane …")."""
    text = " ".join(text.split())
    end = text.find(". ")
    if end >= 0:
        text = text[: end + 1]
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0].rstrip(",;:") + " …"


def case_step_outcome(step: CaseStep, lang: str) -> str:
    """How one treatment ended, short: "SSU: utsett", "OU Voss: vedteke", "FUAB: til handsaming"."""
    w = PATH_WORDS[lang]
    body = step.body_label
    kind = step.kind
    if kind is None:
        return w["pending"].format(body=body)
    if kind == ConclusionKind.NO_CONSENSUS:
        key = "to_parties" if step.no_consensus_outcome == NoConsensusOutcome.TO_PARTIES else "returned"
    elif kind == ConclusionKind.VOTE:
        key = "decided" if step.adopted else "fell"
    else:
        key = {ConclusionKind.DEFERRED: "deferred", ConclusionKind.WITHDRAWN: "withdrawn",
               ConclusionKind.NOTED: "noted"}.get(kind, "decided")
    return w[key].format(body=body)


def case_path_summary(steps: tuple[CaseStep, ...] | list[CaseStep], lang: str) -> str:
    """A case's path in one line: the treatments counted per body level, each body by its last
    treatment on a meeting ("Vedteke i 3 av 4 områdeutval; SSU tilrår partane å …"). A level with
    one body says what that body concluded: the decision's first sentence (led by the body's name
    unless it names itself), else the conclusion ("SSU: utsett"). Levels in the order the case
    reached them. "" for a case treated once."""
    if len(steps) < 2:
        return ""
    w = PATH_WORDS[lang]
    last: dict[int, CaseStep] = {}  # body -> its last treatment on a meeting (or its waiting one)
    for step in steps:
        if step.body_id not in last or step.meeting_id is not None:
            last[step.body_id] = step
    levels: dict[int, list[CaseStep]] = {}
    for step in steps:  # path order: the level first reached first
        levels.setdefault(step.body_level, [])
    for step in last.values():
        levels[step.body_level].append(step)
    parts = []
    for level, bodies in levels.items():
        if len(bodies) == 1:
            step = bodies[0]
            if step.meeting_id is None:
                parts.append(f"{step.body_label}: {w['waiting']}")
            elif step.decided and step.decision_text.strip():
                text = decision_gist(step.decision_text)
                named = text.casefold().startswith(step.body_label.casefold())
                parts.append(text if named else f"{step.body_label}: {text}")
            else:
                parts.append(case_step_outcome(step, lang))
            continue
        noun = LEVEL_BODIES[lang].get(level) or w["level"].format(level=level)
        decided = sum(1 for s in bodies if s.decided)
        noted = sum(1 for s in bodies if s.kind == ConclusionKind.NOTED)
        if decided:
            parts.append(w["decided_in"].format(done=decided, of=len(bodies), bodies=noun))
        elif noted:
            parts.append(w["noted_in"].format(done=noted, of=len(bodies), bodies=noun))
        else:
            parts.append(w["pending_in"].format(of=len(bodies), bodies=noun))
    return "; ".join(parts)


# --- the year in review (årsmelding; hfdesk.exports.year) and the lists beside it -------------

# The four priority groups (domain.md §1), keyed by PriorityGroup's value.
PRIORITY_GROUPS: dict[str, dict[int, str]] = {
    "nb": {1: "Barn og unge", 2: "Personer med alvorlige psykiske lidelser og rusproblemer",
           3: "Skrøpelige eldre", 4: "Personer med flere kroniske lidelser"},
    "nn": {1: "Barn og unge", 2: "Personar med alvorlege psykiske lidingar og rusproblem",
           3: "Skrøpelege eldre", 4: "Personar med fleire kroniske lidingar"},
}  # fmt: skip
PRIORITY_GROUPS_SHORT: dict[str, dict[int, str]] = {  # chart labels
    "nb": {1: "Barn og unge", 2: "Psykisk helse og rus", 3: "Skrøpelige eldre", 4: "Flere kroniske lidelser"},
    "nn": {1: "Barn og unge", 2: "Psykisk helse og rus", 3: "Skrøpelege eldre", 4: "Fleire kroniske lidingar"},
}  # fmt: skip
# Conclusion kinds, keyed by ConclusionKind's value.
CONCLUSION_KINDS: dict[str, dict[str, str]] = {
    "nb": {"consensus": "Enstemmig", "consensus_with_protocol": "Enstemmig med protokolltilførsel",
           "vote": "Avstemning", "no_consensus": "Ikke enighet", "deferred": "Utsatt",
           "noted": "Tatt til orientering", "withdrawn": "Trukket"},
    "nn": {"consensus": "Samrøystes", "consensus_with_protocol": "Samrøystes med protokolltilførsel",
           "vote": "Avrøysting", "no_consensus": "Ikkje semje", "deferred": "Utsett",
           "noted": "Teke til orientering", "withdrawn": "Trekt"},
}  # fmt: skip
YEAR_WORDS: dict[str, dict[str, str]] = {
    "nb": {
        "title": "Årsmelding {year}", "subject": "Årsmelding for {year}: møter, oppmøte, saker, konklusjoner og oppfølging",
        "keywords": "årsmelding; helsefellesskap; oppmøte; prioriterte grupper",
        "whole": "Hele helsefellesskapet", "made": "Laget {day} med hfdesk.",
        "meetings": "Møter", "meetings_intro": "Møter i møteplanen for {year}, per organ.",
        "body": "Organ", "planned": "I møteplanen", "held": "Holdt", "cancelled": "Avlyst", "not_yet": "Ikke holdt ennå",
        "attendance": "Oppmøte", "side": "Part", "seats": "Plasser", "present": "Møtt", "deputy_came": "Vara møtte",
        "reported_absent": "Forfall", "absent": "Ikke møtt", "unknown": "Ikke registrert", "rate": "Oppmøte",
        "filled_rate": "Med vara", "no_side": "Uten part", "total": "Totalt",
        "attendance_intro": "Oppmøte på medlems- og observatørplassene i de holdte møtene. Oppmøte: møtt selv; med vara: plassen var fylt. Brukerrepresentanter og fastleger skal være med på alle nivå og vises for seg.",
        "apart": "Brukerrepresentanter og fastleger",
        "attendance_chart": "Oppmøte per part gjennom året", "meeting": "Møte", "date": "Dato",
        "attendance_chart_note": "Oppmøtet i alle organenes møter i hver måned (møtt selv). Per møte: se arbeidsboken.",
        "cases": "Saker", "cases_intro": "{cases} saker ble behandlet i de holdte møtene; {tagged} av dem ({share}) gjelder minst én prioritert gruppe. En sak som gjelder to grupper, telles under begge.",
        "priority_group": "Prioritert gruppe", "count": "Antall", "share": "Andel", "untagged": "Ingen prioritert gruppe",
        "groups_chart": "Saker per prioritert gruppe", "case_type": "Sakstype",
        "conclusions": "Konklusjoner", "conclusion": "Konklusjon",
        "conclusions_intro": "{consensus} av {decided} avgjorte saker ({share}) endte i enighet (enstemmig, med eller uten protokolltilførsel). Utsatte saker og saker tatt til orientering er ingen avgjørelse.",
        "conclusions_none": "Ingen saker ble avgjort.", "conclusions_chart": "Konklusjoner etter type",
        "consensus_share": "Andel enighet",
        "several": "Saker i flere organer", "several_intro": "Saker behandlet i mer enn ett organ, minst én gang i et møte i {year}, og hvordan de endte (konklusjonen i siste behandling).",
        "several_none": "Ingen saker ble behandlet i mer enn ett organ.", "case": "Sak", "bodies": "Organer",
        "treatments": "Behandlinger", "first": "Første behandling", "last": "Siste behandling", "ended": "Endte", "not_concluded": "Ikke avsluttet", "how_ended": "Slik endte de",
        "follow_ups": "Oppfølging", "follow_ups_intro": "Oppfølgingspunkter fra årets møter, status {day}.",
        "done": "Utført", "open": "Åpen", "overdue": "Forfalt",
        "per_body": "Per organ", "no_held": "Ingen møter ble holdt.", "no_seat": "ingen plass i organet", "sheet_overview": "Oversikt",
        "sheet_attendance": "Oppmøte", "sheet_per_meeting": "Oppmøte per møte", "sheet_groups": "Prioriterte grupper",
        "sheet_types": "Sakstyper", "sheet_conclusions": "Konklusjoner", "sheet_several": "Saker i flere organer",
        "sheet_follow_ups": "Oppfølging", "meetings_chart": "Møter per organ",
        "follow_ups_title": "Oppfølging", "follow_ups_subtitle": "{count} oppfølgingspunkter, {which}, per {day}",
        "fu_all": "alle", "fu_open": "åpne", "fu_done": "utførte", "fu_overdue": "forfalte",
        "fu_what": "Hva", "fu_who": "Ansvar", "fu_due": "Frist", "fu_status": "Status", "fu_done_on": "Utført",
        "fu_meeting": "Møte", "fu_item": "Sak",
        "person_title": "Oppmøte per person {start}–{end}", "person_subject": "Møtte per person: grunnlag for møtegodtgjørelse",
        "person_subtitle": "Møter holdt fra {start} til {end}; hver person med de møtene personen møtte (ikke sekretariatet).",
        "person_sheet": "Per person", "meetings_sheet": "Møter", "name": "Navn", "attended": "Møtt",
        "capacity": "Som", "represents": "Representerer",
    },
    "nn": {
        "title": "Årsmelding {year}", "subject": "Årsmelding for {year}: møte, oppmøte, saker, konklusjonar og oppfølging",
        "keywords": "årsmelding; helsefellesskap; oppmøte; prioriterte grupper",
        "whole": "Heile helsefellesskapet", "made": "Laga {day} med hfdesk.",
        "meetings": "Møte", "meetings_intro": "Møte i møteplanen for {year}, per organ.",
        "body": "Organ", "planned": "I møteplanen", "held": "Haldne", "cancelled": "Avlyste", "not_yet": "Ikkje haldne enno",
        "attendance": "Oppmøte", "side": "Part", "seats": "Plassar", "present": "Møtt", "deputy_came": "Vara møtte",
        "reported_absent": "Forfall", "absent": "Ikkje møtt", "unknown": "Ikkje registrert", "rate": "Oppmøte",
        "filled_rate": "Med vara", "no_side": "Utan part", "total": "Totalt",
        "attendance_intro": "Oppmøte på medlems- og observatørplassane i dei haldne møta. Oppmøte: møtt sjølv; med vara: plassen var fylt. Brukarrepresentantar og fastlegar skal vere med på alle nivå og er viste for seg.",
        "apart": "Brukarrepresentantar og fastlegar",
        "attendance_chart": "Oppmøte per part gjennom året", "meeting": "Møte", "date": "Dato",
        "attendance_chart_note": "Oppmøtet i alle organa sine møte i kvar månad (møtt sjølv). Per møte: sjå arbeidsboka.",
        "cases": "Saker", "cases_intro": "{cases} saker vart handsama i dei haldne møta; {tagged} av dei ({share}) gjeld minst éi prioritert gruppe. Ei sak som gjeld to grupper, vert talt under begge.",
        "priority_group": "Prioritert gruppe", "count": "Tal", "share": "Del", "untagged": "Inga prioritert gruppe",
        "groups_chart": "Saker per prioritert gruppe", "case_type": "Sakstype",
        "conclusions": "Konklusjonar", "conclusion": "Konklusjon",
        "conclusions_intro": "{consensus} av {decided} avgjorde saker ({share}) enda i semje (samrøystes, med eller utan protokolltilførsel). Utsette saker og saker tekne til orientering er inga avgjerd.",
        "conclusions_none": "Ingen saker vart avgjorde.", "conclusions_chart": "Konklusjonar etter type",
        "consensus_share": "Del semje",
        "several": "Saker i fleire organ", "several_intro": "Saker handsama i meir enn eitt organ, minst éin gong i eit møte i {year}, og korleis dei enda (konklusjonen i siste handsaming).",
        "several_none": "Ingen saker vart handsama i meir enn eitt organ.", "case": "Sak", "bodies": "Organ",
        "treatments": "Handsamingar", "first": "Første handsaming", "last": "Siste handsaming", "ended": "Enda", "not_concluded": "Ikkje avslutta", "how_ended": "Slik enda dei",
        "follow_ups": "Oppfølging", "follow_ups_intro": "Oppfølgingspunkt frå møta i år, status {day}.",
        "done": "Utført", "open": "Open", "overdue": "Forfalle",
        "per_body": "Per organ", "no_held": "Ingen møte vart haldne.", "no_seat": "inga plass i organet", "sheet_overview": "Oversikt",
        "sheet_attendance": "Oppmøte", "sheet_per_meeting": "Oppmøte per møte", "sheet_groups": "Prioriterte grupper",
        "sheet_types": "Sakstypar", "sheet_conclusions": "Konklusjonar", "sheet_several": "Saker i fleire organ",
        "sheet_follow_ups": "Oppfølging", "meetings_chart": "Møte per organ",
        "follow_ups_title": "Oppfølging", "follow_ups_subtitle": "{count} oppfølgingspunkt, {which}, per {day}",
        "fu_all": "alle", "fu_open": "opne", "fu_done": "utførte", "fu_overdue": "forfalne",
        "fu_what": "Kva", "fu_who": "Ansvar", "fu_due": "Frist", "fu_status": "Status", "fu_done_on": "Utført",
        "fu_meeting": "Møte", "fu_item": "Sak",
        "person_title": "Oppmøte per person {start}–{end}", "person_subject": "Møtt per person: grunnlag for møtegodtgjersle",
        "person_subtitle": "Møte haldne frå {start} til {end}; kvar person med dei møta personen møtte (ikkje sekretariatet).",
        "person_sheet": "Per person", "meetings_sheet": "Møte", "name": "Namn", "attended": "Møtt",
        "capacity": "Som", "represents": "Representerer",
    },
}  # fmt: skip
