"""Bokmål reads as bokmål and nynorsk as nynorsk, in the interface, the core's messages and
the documents (issue 17, point 11).

The word choices, one term per concept and written standard (follow them in new texts):

* minutes approved: bokmål "godkjent" (referat and protokoll); nynorsk "eit referat er
  godkjent", "ein protokoll er godkjend", from `words.approved_word`, the one place that
  knows it (the interface speaks of referat: "godkjent");
* the passive: bokmål "blir" (documents: the s-passive, "godkjennes"); nynorsk "vert",
  past "vart", never "blir", "bli", "blitt", "blei" (as the demo's nynorsk minutes write);
* priority group 1: "barn og unge" in both, as the seeds write it (not "born og unge",
  "barn og ungdom");
* the level-1 body: "Partnerskapsmøte" (bokmål), "Partnarskapsmøte" (nynorsk);
* forvaltningsloven § 6: "første ledd", "andre ledd" in both (not "annet ledd", "2. ledd");
* a meeting's status: Planlagt, Innkalling sendt (nn: send, as "innkallinga er send"),
  Gjennomført, Referat godkjent, Avlyst;
* medlem is neuter: nynorsk "medlemet", "medlemer" (bokmål "medlemmet", "medlemmer").

Nynorsk participles agree with their noun: møtet er planlagt / halde / avlyst (neuter),
saka er utsett / teken opp (feminine), innkallinga er send, fila vert ikkje rørd, filene
vert ikkje rørde.
"""

from __future__ import annotations

import re
from pathlib import Path

import docx
import pytest

from hfdesk.demo.agenda_data import NOTES_MORE, PHRASES
from hfdesk.exports.minutes import export_minutes
from hfdesk.exports.words import (
    CASE_TYPES,
    RIGHTS,
    ROLES,
    SIDES,
    WORDS,
    approved_word,
    minutes_words,
)
from hfdesk.messages import MESSAGES, render
from hfdesk.models import Meeting, MeetingStatus, MinutesKind
from hfdesk.services import meetings, register
from hfdesk.services.items import STANDARD_TITLES

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
GUIDE = ROOT / "docs" / "brukerveiledning.md"


# --- the agreement ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("kind", "lang", "approved", "not_approved"),
    [
        (MinutesKind.REFERAT, "nn", "godkjent", "ikkje godkjent"),
        (MinutesKind.PROTOKOLL, "nn", "godkjend", "ikkje godkjend"),
        (MinutesKind.REFERAT, "nb", "godkjent", "ikke godkjent"),
        (MinutesKind.PROTOKOLL, "nb", "godkjent", "ikke godkjent"),
    ],
)
def test_approved_agrees_with_the_kind_of_minutes(kind, lang, approved, not_approved) -> None:
    assert approved_word(kind, lang) == approved
    assert approved_word(kind.value, lang, negated=True) == not_approved
    words = minutes_words(lang, kind)
    assert words["approved"] == f"{approved.capitalize()}."
    assert words["draft_status"] == f"Utkast, {not_approved}"
    assert not any("{approved}" in w or "{Approved}" in w or "{not_approved}" in w for w in words.values())


def _approval_lines(database, meeting_id: int, out: Path) -> tuple[str, str, list[str]]:
    """The minutes' title, the status in their head and their paragraphs (the approval
    line closing them among them)."""
    with database.session() as s:
        export_minutes(s, meeting_id, out)
    document = docx.Document(str(out))
    head = {row.cells[0].text: row.cells[1].text for row in document.tables[0].rows}
    return document.core_properties.title, head["Status:"], [p.text for p in document.paragraphs]


def _approved_in_item(session, lang: str) -> Meeting:
    return next(
        m
        for m in session.query(Meeting).order_by(Meeting.starts_at)
        if m.status == MeetingStatus.MINUTES_APPROVED
        and m.approved_in_item_id is not None
        and m.body.language.value == lang
    )


@pytest.mark.parametrize(
    ("lang", "referat", "protokoll", "draft", "protokoll_draft"),
    [
        ("nn", "Godkjent i møte", "Godkjend i møte", "Dette er eit utkast.", "ikkje godkjend"),
        ("nb", "Godkjent i møte", "Godkjent i møte", "Dette er et utkast.", "ikke godkjent"),
    ],
)
def test_the_minutes_say_approved_as_the_kind_of_minutes_wants(
    demo_db, tmp_path: Path, lang, referat, protokoll, draft, protokoll_draft
) -> None:
    with demo_db.session() as s:
        meeting = _approved_in_item(s, lang)
        meeting_id, body_id = meeting.id, meeting.body_id
        assert meeting.body.minutes_kind == MinutesKind.REFERAT
    title, status, paragraphs = _approval_lines(demo_db, meeting_id, tmp_path / "referat.docx")
    assert title.startswith("Referat fr")
    assert status.startswith(f"{referat} ") and status in paragraphs

    with demo_db.transaction() as s:
        register.update_body(s, body_id, minutes_kind=MinutesKind.PROTOKOLL)
    title, status, paragraphs = _approval_lines(demo_db, meeting_id, tmp_path / "protokoll.docx")
    assert title.startswith("Protokoll fr")
    assert status.startswith(f"{protokoll} ") and status in paragraphs

    with demo_db.transaction() as s:
        meetings.change_status(s, s.get(Meeting, meeting_id), MeetingStatus.HELD, reason="Retting")
    title, status, paragraphs = _approval_lines(demo_db, meeting_id, tmp_path / "utkast.docx")
    assert title.startswith("Utkast til protokoll fr")
    assert status == f"Utkast, {protokoll_draft}"
    assert f"{draft} Protokollen er {protokoll_draft}." in paragraphs


# --- the status of a meeting -------------------------------------------------------------------


def test_a_planned_meeting_is_planlagt_in_nynorsk(qapp) -> None:
    from hfdesk.ui import labels
    from hfdesk.ui.i18n import load_translator

    translator = load_translator("nn")
    assert translator is not None
    qapp.installTranslator(translator)
    try:
        assert labels.meeting_status(MeetingStatus.PLANNED) == "Planlagt"
        assert labels.meeting_status(MeetingStatus.NOTICE_SENT) == "Innkalling send"
        assert labels.meeting_status(MeetingStatus.MINUTES_APPROVED) == "Referat godkjent"
        assert labels.meeting_status(MeetingStatus.CANCELLED) == "Avlyst"
    finally:
        qapp.removeTranslator(translator)
    assert render("meeting.status.planned", "nn") == "planlagt"
    assert render("meeting.status.minutes_approved", "nn") == "referat godkjent"


# --- nynorsk is nynorsk, bokmål is bokmål ------------------------------------------------------

# Word forms that give a text away as the other written standard, matched as whole words,
# case-insensitively (a mnemonic's "&" and a placeholder's braces split no word).
NYNORSK_ONLY = (
    "ikkje", "frå", "eit", "kva", "korleis", "kvifor", "kven", "kvar", "kvart", "vere", "medlemmar",
    "medlemer", "medlemene", "heile", "vart", "vert", "vedteke", "godkjend", "berre", "noko", "nokon",
    "inga", "namn", "namnet", "sjå", "fleire", "kjem", "høyrer", "finst", "manglar", "gong", "attende",
    "framlegg", "framlegget", "utan", "enno", "framleis", "tidlegare", "seinare", "førre", "saka",
    "saklista", "sakliste", "handsaming", "offentleg", "offentlegheit", "unnateke", "utval", "utvalet",
    "dei", "eg", "ho", "meir", "mykje", "òg", "røysterett", "samrøystes", "avrøysting", "møtestad",
    "møteleiar", "leiar", "nestleiar", "sjukehus", "opne", "opna", "medan", "stades", "fråvær",
    "brukar", "brukarar", "brukarrepresentant", "brukarutvalet", "kommunane", "partane",
)  # fmt: skip
BOKMAAL_ONLY = (
    "ikke", "fra", "et", "hva", "hvordan", "hvorfor", "hvem", "hvor", "hvis", "hver", "hvert", "være",
    "medlemmer", "medlemmene", "medlemmet", "hele", "ble", "vedtatt", "bare", "noe", "noen", "navn",
    "flere", "kommer", "finnes", "mangler", "uten", "ennå", "fortsatt", "tidligere", "senere",
    "forrige", "saken", "sakslisten", "saksliste", "behandling", "offentlig", "offentlighet",
    "unntatt", "utvalg", "utvalget", "hun", "jeg", "mye", "også", "dem", "deres", "mens", "sted",
    "stede", "fravær", "leder", "nestleder", "velg", "åpne", "åpnes", "enstemmig", "avstemning",
    "stemmerett", "gjøre", "lagres", "sykehus", "videre", "mer", "bruker", "brukere", "kommunene",
    "partene", "følges",
)  # fmt: skip
NOT_IN_NYNORSK = (
    "blir", "bli", "blitt", "blei",  # nynorsk passives take vert (past vart)
    "planlagd",  # a møte is neuter: planlagt
    "medlemen",  # so is a medlem: medlemet
    "godkjend",  # the interface speaks of referat (neuter); a protokoll's godkjend is approved_word's
)  # fmt: skip

# Names that keep their own spelling whatever the text around them. Kept short on purpose.
ALLOWED = {
    # the column headers of a bokmål roster workbook, quoted as the user's file has them
    # and the roster import's help, which lists both forms of each header ("Navn/Namn")
    "nn": ("Navn, Rolle, Representerer", "Periode fra", "Navn/Namn", "Periode fra/Periode frå"),
    # Helse Bergen's user committee, Brukarutvalet (i Helse Bergen), named as it names itself
    "nb": ("Brukarutvalet", "Navn/Namn", "Periode fra/Periode frå", "Rettigheter/Rettar"),
}


def _ts_texts(lang: str) -> list[tuple[str, str]]:
    import xml.etree.ElementTree as ET

    found = []
    for context in ET.parse(TRANSLATIONS / f"hfdesk_{lang}.ts").getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            source = message.findtext("source", "")
            for text in message.find("translation").itertext():
                if text.strip():
                    found.append((f"catalogue {name}: {source}", text))
    return found


def texts(lang: str) -> list[tuple[str, str]]:
    """(where, text) of every fixed text hfdesk shows or prints in `lang`."""
    found = _ts_texts(lang)
    found += [(f"messages {code}", templates[lang]) for code, templates in MESSAGES.items()]
    found += [(f"words {key}", text) for key, text in WORDS[lang].items()]
    for table in (CASE_TYPES, ROLES, RIGHTS, SIDES):
        found += [(f"words {key}", text) for key, text in table[lang].items()]
    found += [(f"standard item {kind}", titles[lang]) for kind, titles in STANDARD_TITLES.items()]
    found += [(f"demo {key}", text) for key, text in PHRASES[lang].items()]
    found += [("demo notes", text) for text in NOTES_MORE[lang]]
    assert len(found) > 1000
    return found


def _offending(text: str, lang: str, words: tuple[str, ...]) -> list[str]:
    for allowed in ALLOWED[lang]:
        text = text.replace(allowed, "")
    text = re.sub(r"\{\w+\}", " ", text.replace("&", ""))
    return [w for w in words if re.search(rf"(?<![\w-]){re.escape(w)}(?![\w-])", text, re.IGNORECASE)]


def _offenders(lang: str, words: tuple[str, ...]) -> dict[str, tuple[str, list[str]]]:
    return {where: (text, found) for where, text in texts(lang) if (found := _offending(text, lang, words))}


def test_bokmaal_has_no_nynorsk_words() -> None:
    offenders = _offenders("nb", NYNORSK_ONLY)
    assert not offenders, offenders


def test_nynorsk_has_no_bokmaal_words() -> None:
    offenders = _offenders("nn", BOKMAAL_ONLY + NOT_IN_NYNORSK)
    assert not offenders, offenders


def test_the_scan_finds_what_it_looks_for() -> None:
    assert _offending("Saka er ikkje godkjend", "nb", NYNORSK_ONLY) == ["ikkje", "godkjend", "saka"]
    assert _offending("Filen blir ikke lagret", "nn", BOKMAAL_ONLY + NOT_IN_NYNORSK) == ["ikke", "blir"]
    assert _offending("kolonnar som Navn, Rolle, Representerer og Periode fra", "nn", BOKMAAL_ONLY) == []
    assert _offending("f.eks. Brukarutvalet", "nb", NYNORSK_ONLY) == []
    assert _offending("f.eks. brukarutvalet i kommunen", "nb", NYNORSK_ONLY) == ["brukarutvalet"]
    assert _offending("Fra&mlegg frå {name}", "nn", BOKMAAL_ONLY) == []


# --- one term per concept -----------------------------------------------------------------------

TERMS = {
    # concept: (the term, its variants no text may use)
    "priority group 1": ("barn og unge", ("born og unge", "barn og ungdom")),
    "fvl. § 6 second paragraph": ("andre ledd", ("annet ledd", "annan ledd", "2. ledd")),
}


@pytest.mark.parametrize("lang", ["nb", "nn"])
def test_one_term_per_concept(lang) -> None:
    everything = [*texts(lang)]
    if lang == "nb":
        everything.append(("docs/brukerveiledning.md", GUIDE.read_text(encoding="utf-8")))
    partnership = {
        "nb": ("Partnerskapsmøte", "Partnarskapsmøte"),
        "nn": ("Partnarskapsmøte", "Partnerskapsmøte"),
    }
    wrong = {variant: term for term, variants in TERMS.values() for variant in variants}
    wrong[partnership[lang][1]] = partnership[lang][0]
    offenders = {
        where: (variant, wrong[variant])
        for where, text in everything
        for variant in wrong
        if variant.lower() in text.lower()
    }
    assert not offenders, offenders
    joined = "\n".join(text for _, text in everything).lower()
    assert "barn og unge" in joined and "andre ledd" in joined
    assert partnership[lang][0].lower() in joined
