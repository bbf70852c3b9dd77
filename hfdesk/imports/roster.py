"""A roster (medlemsliste) from Excel: read and preview it, then import it all or nothing.

Two steps, so the import wizard can show what will happen before anything is written:

``read_roster(path, column_map=None, progress=None) -> RosterPreview``
    Vets the file (`safety.check_xlsx`), reads every visible sheet, finds the header row
    below title rows and merged cells, recognises bokmål and nynorsk headers (every header
    and word the roster export writes, in both written standards, among them), normalises
    each row and reports every problem with sheet and Excel row number. Columns it does
    not recognise are listed per sheet; the user maps them with ``column_map``
    (``{sheet name: {column number (A = 1): field key}}``, field keys in `FIELDS`;
    the key ``""`` ignores a column), or afterwards with ``remap_columns(preview,
    column_map)``, which works on the rows already read. Writes nothing and touches no
    database, so it may run in a worker thread: ``progress(done, total)`` is called as
    rows are read, and raising `ReadCancelled` in it stops the reading.

``import_roster(session, preview, body_id=None, dry_run=False) -> ImportResult``
    Resolves bodies, organisations, areas, people and deputies against the register,
    reports every problem, and writes only when there is none, through the register
    services, inside a SAVEPOINT (rolled back for a dry run). The caller owns the
    transaction.

Decisions (the import's contract):

* Files: an .xlsx workbook, or a .csv saved from Excel (one sheet named after the file;
  semicolons, commas or tabs, whichever the first lines hold most of, or Excel's "sep=;"
  line; encoding by its byte order mark, else UTF-8 when valid, else Windows-1252).
* Sheets: with ``body_id`` every roster sheet goes to that body; otherwise a sheet goes
  to the body its name names, else the one the file's name names (`body_key`: name or
  short name, bokmål or nynorsk word forms, "OU …" for "Områdeutval …", a period such as
  "2024-2025" and words such as "Medlemar" left out; also the first 31 characters, Excel's
  limit); so "Medlemar" and "Observatørar" in "Områdeutvalg Nordhordland.xlsx" both go to
  Områdeutval Nordhordland. When none fits, the error names the candidate bodies with their
  ids (for ``--body``). The exporter's "Oversikt" and "Avvik"
  sheets, and sheets without a recognised header, are skipped. Hidden sheets (hidden or
  very hidden, which Excel never shows) are not read at all, and said so: the preview's
  ``hidden`` and ``notes`` (one Norwegian line per sheet, for the wizard and the CLI).
* Size: at most ``MAX_ROWS`` non-empty rows in all sheets together, counted as they are
  read; the sheets and the zip are bounded before anything is parsed (`safety`).
* People: a row with an e-mail address matches the existing person with that address
  (case-insensitive) and nobody else; no match makes a new person. A row without an
  e-mail matches by exact full name (case- and space-insensitive): first a person from
  the same file, then exactly one person in the register; two or more people of that
  name is an error that asks for the e-mail. Matched people are not changed, except that
  one without a position gets the row's "Stilling".
* Organisations ("Representerer") match by name, then short name (case-insensitive);
  a missing one is created with the side in "Part", and is an error when "Part" is
  blank or unknown. An existing organisation keeps its side. Areas ("Område") match by
  name and are created when missing; an area that is the organisation's own is not
  stored on the seat again (the exporter falls back to it).
* Role: blank is "Medlem", or "Varamedlem" when "Vara for" is filled in. A role word may
  say the kind of seat (`role_word`: "Brukarrepresentant" is a member for the user side,
  stored as the seat's ``appointed_by``; "Observatør (fastlege)", "Observatør med
  tale- og forslagsrett") and whom a deputy stands in for ("Vara for NAME", "Varamedlem
  for NAME", "pva NAME"; "1. vara" is a deputy for no one in particular). An unknown word
  is an error listing the known ones; the user's own words (``role_words``, kept in the
  database by `import_roster` in the setting ``roster_import.role_words``) are known too.
  A new organisation without "Part" takes the seat's side. "Stilling" is the person's
  position (``Person.title``). Comments and numbering columns are left out. Rights: blank
  takes the role word's rights, else the role's default.
* One person twice (`Duplicate`): the same e-mail with the name spelt differently, or
  without e-mail the same name once "aa" is read as "å", is an error on the second row
  naming the first, until the user says they are one person (``same_people``); names
  match people in the register with "aa" read as "å" too. "Periode fra" blank is the day of the import (``today``).
* "Vara for" names a leader, deputy leader or member of the same body, from the same
  file or already registered; when several match, the one whose term overlaps the
  deputy's is taken, and if that is still ambiguous it is an error.
* A membership identical to a registered one (same body, person, role and start of
  term) is not added again, so importing the same file twice adds nothing.
* All or nothing: any error anywhere and nothing is written; the counts are then zero.
  A full disk half-way (SQLite's "database or disk is full") raises `CannotWrite` with
  the one line every full disk gets (`errors.DISK_FULL`); nothing is written then either.
"""

from __future__ import annotations

import io
import re
import warnings
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Session

from ..errors import DISK_FULL, BadFile, CannotWrite, HfdeskError, InvalidInput, describe
from ..messages import Text, render
from ..models import DEFAULT_RIGHTS, Area, Body, Membership, Organisation, Person, Rights, Role, Side
from ..services import register
from ..services.register import person_key, split_name
from ..services.common import get_or_fail, is_email
from ..exports import words as sheet_words
from . import safety
from .safety import ReadCancelled

# --- the fields a column can hold -------------------------------------------------

FIELDS: dict[str, str] = {
    "name": "Navn",
    "role": "Rolle",
    "rights": "Rettigheter",
    "represents": "Representerer",
    "organisation": "Organisasjon",
    "side": "Part",
    "area": "Område",
    "email": "E-post",
    "phone": "Telefon",
    "term_from": "Periode fra",
    "term_to": "Periode til",
    "deputy_for": "Vara for",
    "title": "Stilling",
}
IGNORE = ""  # a column_map value that leaves a column out

SKIPPED_SHEETS = frozenset({"oversikt", "avvik"})  # written by the exporter beside the rosters
HEADER_SCAN_ROWS = 20
MAX_COLUMNS = 60
MAX_ROWS = 10_000  # non-empty rows in all sheets together, and the last row number read in a sheet
PROGRESS_EVERY = 250  # rows between two calls of read_roster's progress callback
HIDDEN_STATES = frozenset({"hidden", "veryHidden"})  # openpyxl's sheet_state for sheets Excel does not show

MSG_HIDDEN_SHEET = "roster.hidden_sheet"
MSG_ONLY_HIDDEN = "roster.only_hidden"
MSG_TOO_MANY_ROWS = "roster.too_many_rows"
MSG_ROW_TOO_FAR = "roster.row_too_far"
# Every row the sheets hold counts here, empty or blank ones too (Excel writes rows that only
# carry formatting, and a hostile file can pad every sheet with blank rows up to MAX_ROWS):
# the parsing is bounded across all sheets, not only the rows kept.
MAX_ROWS_PARSED = 5 * MAX_ROWS
MSG_TOO_MANY_ROWS_PARSED = "roster.too_many_rows_parsed"


def _key(text: str) -> str:
    """Compare words ignoring case, spaces and punctuation: 'E-post ' -> 'epost'."""
    return re.sub(r"[\W_]+", "", text.casefold())


def _aliases(table: dict[str, tuple[str, ...]]) -> dict[str, str]:
    return {_key(word): value for value, words in table.items() for word in words}


HEADERS = _aliases({
    "name": ("Navn", "Namn", "Fullt navn", "Fullt namn"),
    "role": ("Rolle", "Funksjon", "Verv"),
    "rights": ("Rettigheter", "Rettar", "Rettigheiter", "Rettighet", "Rettigheit", "Rett"),
    "represents": ("Representerer", "Representerar"),
    "organisation": ("Organisasjon", "Verksemd", "Virksomhet", "Arbeidsgiver", "Arbeidsgjevar"),
    "side": ("Part", "Side"),
    "area": ("Område", "Omrade", "Områdeutval", "Områdeutvalg"),
    "email": ("E-post", "Epost", "E-mail", "Email", "E-postadresse", "Mail"),
    "phone": ("Telefon", "Tlf", "Tlf.", "Mobil", "Mobiltelefon", "Telefonnummer"),
    "term_from": ("Periode fra", "Periode frå", "Fra", "Frå", "Fom", "F.o.m.", "Fra dato", "Frå dato"),
    "term_to": ("Periode til", "Til", "Tom", "T.o.m.", "Til dato"),
    "deputy_for": ("Vara for", "Varamedlem for", "Vara til", "Varamedlem til"),
    "title": ("Stilling", "Tittel", "Stillingstittel", "Stilling/tittel", "Stilling / tittel"),
})

# Columns a hand-made list often has that hold nothing to import: left out without asking.
IGNORED_HEADERS = frozenset(map(_key, (
    "Kommentar", "Kommentarer", "Kommentarar", "Merknad", "Merknader", "Merknadar", "Notat", "Notater",
    "Notat/kommentar", "Nr", "Nr.", "Nummer", "Løpenummer",
)))  # fmt: skip

ROLES = _aliases({
    Role.LEADER: ("Leder", "Leiar", "Møteleder", "Møteleiar", "Leader"),
    Role.DEPUTY_LEADER: ("Nestleder", "Nestleiar", "Deputy leader"),
    Role.MEMBER: ("Medlem", "Member"),
    Role.DEPUTY: ("Varamedlem", "Vara", "Deputy", "Deputy member"),
    Role.OBSERVER: ("Observatør", "Observator", "Observer"),
    Role.SECRETARY: ("Sekretær", "Sekretariat", "Referent", "Secretary"),
})

RIGHTS = _aliases({
    Rights.VOTE: ("Stemmerett", "Røysterett", "Vote"),
    Rights.SPEAK_PROPOSE: (
        "Tale- og forslagsrett", "Tale og forslagsrett", "Tale- og framleggsrett",
        "Tale og framleggsrett", "Forslagsrett",
    ),
    Rights.SPEAK: ("Talerett",),
    Rights.NONE: ("Ingen", "Ingen rettigheter", "Ingen rettar", "-"),
})

SIDES = _aliases({
    Side.MUNICIPAL: ("Kommune", "Kommunal", "Kommunen", "Kommunene", "Kommunane", "Kommunar"),
    Side.HOSPITAL: (
        "Sykehus", "Sjukehus", "Helseforetak", "Helseføretak", "Spesialisthelsetjenesten",
        "Spesialisthelsetenesta", "Sykehusene", "Sjukehusa",
    ),
    Side.USER: ("Bruker", "Brukar", "Brukere", "Brukarar", "Brukerrepresentant", "Brukarrepresentant"),
    Side.GP: ("Fastlege", "Fastleger", "Fastlegar", "Fastlegane"),
    Side.KS: ("KS",),
    Side.UNION: (
        "Arbeidstaker", "Arbeidstakar", "Arbeidstakere", "Arbeidstakarar", "Fagforening",
        "Fagforeining", "Hovedsammenslutning", "Hovudsamanslutning", "Hovedsammenslutningene",
        "Hovudsamanslutningane", "Tillitsvalgt", "Tillitsvald",
    ),
    Side.SECRETARIAT: ("Sekretariat", "Sekretariatet"),
    Side.OTHER: ("Annet", "Anna", "Andre"),
})

# What the exporter writes, in both written standards (exports/words.py), is always read back,
# whatever the wording there becomes: its headers by position, its role, rights and side words.
_EXPORTED_FIELDS = (
    "name", "role", "rights", "represents", "organisation", "side", "area",
    "email", "phone", "term_from", "term_to", "deputy_for",
)  # fmt: skip
for _lang in sheet_words.LANGUAGES:
    HEADERS.update(zip(map(_key, sheet_words.ROSTER_COLUMNS[_lang]), _EXPORTED_FIELDS, strict=True))
    ROLES.update({_key(text): role for role, text in sheet_words.ROLES[_lang].items()})
    RIGHTS.update({_key(text): rights for rights, text in sheet_words.SHEET_RIGHTS[_lang].items() if text})
    SIDES.update({_key(text): side for side, text in sheet_words.SHEET_SIDES[_lang].items() if text})

VOTING_ROLES = (Role.LEADER, Role.DEPUTY_LEADER, Role.MEMBER)


# --- role words: what a "Rolle" cell says about the seat ------------------------------


@dataclass(frozen=True)
class RoleWord:
    """What a role word means: the role, and where the word says so, the rights and the
    side that holds the seat (``Membership.appointed_by``): "Brukarrepresentant" is a
    member for the user side, "Observatør (fastlege)" an observer for the GPs."""

    role: Role
    rights: Rights | None = None
    side: Side | None = None

    def as_json(self) -> dict[str, str | None]:
        return {
            "role": self.role.value,
            "rights": self.rights.value if self.rights else None,
            "side": self.side.value if self.side else None,
        }

    @classmethod
    def from_json(cls, data: Any) -> RoleWord | None:
        """A stored meaning, or None for anything that is not one (a setting edited by hand)."""
        try:
            return cls(
                Role(data["role"]),
                Rights(data["rights"]) if data.get("rights") else None,
                Side(data["side"]) if data.get("side") else None,
            )
        except (KeyError, TypeError, ValueError, AttributeError):
            return None


ROLE_WORDS: dict[str, RoleWord] = {key: RoleWord(role) for key, role in ROLES.items()}  # type: ignore[arg-type]
_SEAT_WORDS: dict[RoleWord, tuple[str, ...]] = {
    RoleWord(Role.MEMBER, None, Side.USER): (
        "Brukarrepresentant", "Brukerrepresentant", "Brukar", "Bruker", "Representant for brukarane",
        "Representant for brukerne",
    ),
    RoleWord(Role.MEMBER, None, Side.GP): ("Fastlege", "Fastlegerepresentant", "Representant for fastlegane",
                                           "Representant for fastlegene"),
    RoleWord(Role.MEMBER, None, Side.MUNICIPAL): ("Kommuneoverlege", "Kommunerepresentant"),
    RoleWord(Role.MEMBER, None, Side.HOSPITAL): ("Sjukehusrepresentant", "Sykehusrepresentant"),
    RoleWord(Role.MEMBER, None, Side.KS): ("KS-representant", "Representant for KS"),
    RoleWord(Role.MEMBER, None, Side.UNION): (
        "Tilsett representant", "Tilsettrepresentant", "Ansatt representant", "Ansattrepresentant",
        "Tillitsvald", "Tillitsvalgt", "Representant for hovudsamanslutningane",
        "Representant for hovedsammenslutningene", "Arbeidstakarrepresentant", "Arbeidstakerrepresentant",
    ),
    RoleWord(Role.OBSERVER, Rights.SPEAK_PROPOSE): ("Observatør med tale- og forslagsrett",),
}  # fmt: skip
ROLE_WORDS.update({_key(word): meaning for meaning, words in _SEAT_WORDS.items() for word in words})

#: The words the "unknown role word" message lists (the user's own words are added to them).
KNOWN_ROLE_WORDS = (
    "Leiar/Leder", "Nestleiar/Nestleder", "Medlem", "Varamedlem", "Vara for NAMN/NAVN", "1. vara",
    "Observatør", "Observatør (fastlege)", "Observatør med tale- og forslagsrett", "Sekretær",
    "Brukarrepresentant/Brukerrepresentant", "Fastlege", "Kommuneoverlege",
    "Tilsett representant/Ansatt representant",
)

KNOWN_RIGHTS_WORDS = "Stemmerett/Røysterett, Tale- og forslagsrett, Talerett, Ingen"
KNOWN_SIDE_WORDS = (
    "Kommune, Sykehus/Sjukehus, Bruker/Brukar, Fastlege, KS, Arbeidstaker/Arbeidstakar, Sekretariat, Annet/Anna"
)

_DEPUTY = re.compile(
    r"(?:\d+\s*\.?\s*)?(?:personleg\s+|personlig\s+)?(?:vara(?:medlem|representant)?|p\.?\s*v\.?\s*a\.?)(?=[\s:\-–\d]|$)"
    r"(?:\s*\d+)?(?:\s*(?:for|til)\b)?\s*[:\-–]?\s*(?P<name>.*)",
    re.IGNORECASE,
)
_QUALIFIED = re.compile(r"(?P<base>[^()]+?)\s*\((?P<what>[^()]+)\)")
_WITH = re.compile(r"(?P<base>.+?)\s+med\s+(?P<what>.+)", re.IGNORECASE)


def role_word(text: str, own_words: dict[str, RoleWord] | None = None) -> tuple[RoleWord | None, str]:
    """The meaning of a role cell and the name of the member a deputy stands for ('' for none).

    "Varamedlem", "1. vara" -> a deputy; "Vara for Siri Ådnanes", "Varamedlem for …",
    "pva …" -> a deputy for that member; "Observatør (fastlege)" -> an observer for the GPs;
    "Observatør med talerett" -> an observer who may only speak. The user's own words
    (`own_words`, keyed by `_key`) come first. (None, '') for a word it does not know."""
    own = own_words or {}
    key = _key(text)
    for table in (own, ROLE_WORDS):
        if key in table:
            return table[key], ""
    m = _DEPUTY.fullmatch(text.strip())
    if m:
        return RoleWord(Role.DEPUTY), " ".join(m.group("name").split()).strip(" .,;:")
    m = _QUALIFIED.fullmatch(text.strip()) or _WITH.fullmatch(text.strip())
    if m:
        base = own.get(_key(m.group("base"))) or ROLE_WORDS.get(_key(m.group("base")))
        what = _key(m.group("what"))
        if base is not None:
            rights = RIGHTS.get(what)
            side = SIDES.get(what) or getattr(ROLE_WORDS.get(what), "side", None)
            if rights is not None:
                return RoleWord(base.role, rights, base.side), ""  # type: ignore[arg-type]
            if side is not None:
                return RoleWord(base.role, base.rights, side), ""  # type: ignore[arg-type]
    return None, ""


def stored_role_words(stored: dict[str, Any]) -> dict[str, RoleWord]:
    """The user's role words as kept in the database (`settings.roster_role_words`): as
    written -> meaning; anything that is not a meaning is passed over."""
    words: dict[str, RoleWord] = {}
    for text, data in stored.items():
        meaning = RoleWord.from_json(data)
        if meaning is not None and _key(str(text)):
            words[str(text)] = meaning
    return words
_MAX_LEN = {"name": 240, "organisation": 200, "represents": 200, "area": 120, "email": 254, "phone": 40, "title": 200}


# --- what read_roster returns -------------------------------------------------------


@dataclass(frozen=True)
class RowError:
    sheet: str
    row: int  # 1-based Excel row number
    message: str

    def as_json(self) -> dict[str, Any]:
        return {"sheet": self.sheet, "row": self.row, "message": self.message}


@dataclass
class RosterRow:
    """One person's seat as read from a sheet, normalised. Blank fields are '' or None."""

    sheet: str
    row: int
    name: str = ""
    given_name: str = ""
    family_name: str = ""
    role: Role | None = None
    rights: Rights | None = None
    organisation: str = ""
    represents: str = ""  # whom the seat speaks for, when that is not the organisation itself
    side: Side | None = None
    appointed_by: Side | None = None  # the side holding the seat, as the role word says ("Brukarrepresentant")
    role_text: str = ""  # the role cell as written
    area: str = ""
    email: str = ""
    phone: str = ""
    title: str = ""
    term_from: date | None = None
    term_to: date | None = None
    deputy_for: str = ""
    settled: bool = False  # the second row of a `Duplicate` the user has said is one person
    errors: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors


@dataclass
class SheetPreview:
    name: str
    header_row: int  # 1-based Excel row number of the header
    headers: dict[int, str]  # column number (A = 1) -> header text as written
    mapping: dict[int, str]  # column number -> field key, detected and then column_map
    unknown_columns: dict[int, str]  # column number -> header text, mapped to no field
    rows: list[RosterRow]
    errors: list[RowError]  # the sheet's own problems and every row's

    @staticmethod
    def column_letter(column: int) -> str:
        from openpyxl.utils import get_column_letter

        return get_column_letter(column)


@dataclass(frozen=True)
class SheetNote:
    """A sheet left out for a reason the user should hear about (in the preview and the CLI's report)."""

    sheet: str
    message: str

    def as_json(self) -> dict[str, Any]:
        return {"sheet": self.sheet, "message": self.message}


_Grid = list[tuple[int, tuple[Any, ...]]]  # (Excel row number, cell values)


@dataclass(frozen=True)
class Duplicate:
    """Two rows that look like one person: the same e-mail address with the name spelt
    differently ("Gunnar Ås" / "Gunnar Aas"), or, without an address, the same name once
    "aa" is read as "å". An error until the user says they are one person (``key``)."""

    first: RosterRow
    second: RosterRow

    @property
    def key(self) -> str:
        return self.first.email or fold_name(_name_key(self.first.name))


@dataclass
class RosterPreview:
    path: Path
    sheets: list[SheetPreview]
    skipped: list[str]  # names of sheets that are not rosters
    hidden: list[str] = field(default_factory=list)  # hidden or very hidden in Excel: not read
    # Every visible sheet's non-empty rows as read, so columns can be mapped again without
    # reading the file again (`remap_columns`).
    grids: list[tuple[str, _Grid]] = field(default_factory=list, repr=False, compare=False)
    # What the preview was read with (`remap_columns` keeps them unless told otherwise).
    column_map: dict[str, dict[int, str]] = field(default_factory=dict)
    role_words: dict[str, RoleWord] = field(default_factory=dict)  # the user's words, as written
    same_people: frozenset[str] = frozenset()  # `Duplicate.key`s the user says are one person
    # Role words not understood: as written -> the rows (sheet, row) that use them.
    unknown_roles: dict[str, list[tuple[str, int]]] = field(default_factory=dict)
    duplicates: list[Duplicate] = field(default_factory=list)  # one person twice, not yet settled

    @property
    def notes(self) -> list[SheetNote]:
        """One line per sheet left out without being read (today: the hidden ones)."""
        return [SheetNote(name, render(MSG_HIDDEN_SHEET, sheet=name)) for name in self.hidden]

    @property
    def errors(self) -> list[RowError]:
        return [error for sheet in self.sheets for error in sheet.errors]

    @property
    def rows(self) -> list[RosterRow]:
        return [row for sheet in self.sheets for row in sheet.rows]


@dataclass
class ImportResult:
    people_added: int = 0
    people_matched: int = 0
    memberships_added: int = 0
    errors: list[RowError] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.errors

    def as_json(self) -> dict[str, Any]:
        return {
            "people_added": self.people_added,
            "people_matched": self.people_matched,
            "memberships_added": self.memberships_added,
            "errors": [error.as_json() for error in self.errors],
        }


# --- normalising cell values --------------------------------------------------------


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "Ja" if value else "Nei"
    if isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    if isinstance(value, datetime):
        return value.strftime("%d.%m.%Y")
    if isinstance(value, date):
        return value.strftime("%d.%m.%Y")
    return " ".join(str(value).split())


def parse_date(value: Any) -> date | None:
    """A date cell, or text as dd.mm.yyyy, d.m.yy or yyyy-mm-dd. Raises ValueError."""
    if value is None:
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = _text(value)
    if not text:
        return None
    m = re.fullmatch(r"(\d{1,2})\.\s*(\d{1,2})\.\s*(\d{2}|\d{4})", text)
    if m:
        day, month, year = (int(g) for g in m.groups())
        if len(m.group(3)) == 2:
            year += 2000 if year < 70 else 1900
        return date(year, month, day)
    m = re.fullmatch(r"(\d{4})-(\d{1,2})-(\d{1,2})(?:[ T]\d{1,2}:\d{2}(?::\d{2})?)?", text)
    if m:
        year, month, day = (int(g) for g in m.groups())
        return date(year, month, day)
    raise ValueError(text)


def format_phone(value: Any) -> str:
    """'12345678' -> '12 34 56 78'; '+4712345678' or '004712345678' -> '+47 12 34 56 78'.

    Other numbers (foreign, extensions) are kept as written. Raises ValueError for text
    that is no phone number.
    """
    text = _text(value)
    if not text:
        return ""
    compact = re.sub(r"[\s\-().]", "", text)
    m = re.fullmatch(r"(?:(\+47|0047))?(\d{8})", compact)
    if m:
        digits = m.group(2)
        local = " ".join(digits[i : i + 2] for i in range(0, 8, 2))
        return f"+47 {local}" if m.group(1) else local
    if re.fullmatch(r"\+?\d{3,15}", compact):
        return text
    raise ValueError(text)


def _name_key(text: str) -> str:
    given, family = split_name(text)
    return f"{given} {family}".strip().casefold()


def fold_name(key: str) -> str:
    """A name key with "aa" read as "å", as Norwegian name lists do (`hfdesk.sorting`):
    "gunnar aas" and "gunnar ås" agree."""
    return key.replace("aa", "å")


# --- reading ------------------------------------------------------------------------

Progress = Callable[[int, int], object]
"""``progress(done, total)`` while a workbook is read: rows read so far out of the rows
the sheets declare (``total`` 0 while that is not known). Called from the thread that
reads; raise `ReadCancelled` in it to stop reading (read_roster then raises it)."""


def _load_grids(path: Path, progress: Progress | None = None) -> tuple[list[tuple[str, _Grid]], list[str]]:
    """Every visible worksheet's non-empty rows, parsed by openpyxl read-only (the file is
    vetted), and the names of the hidden sheets, which are not read.

    The work is bounded by what is read: at most MAX_ROWS non-empty rows in all sheets
    together, and no row numbered past MAX_ROWS in any sheet (the zip's sizes, entries and
    sheets are bounded before, by `safety.check_xlsx`).
    """
    import openpyxl

    report = progress or (lambda _done, _total: None)
    grids: list[tuple[str, _Grid]] = []
    hidden: list[str] = []
    with safety.parsing(path.name), warnings.catch_warnings():
        warnings.simplefilter("ignore")  # openpyxl warns about styles and extensions it skips
        report(0, 0)
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=True, keep_links=False)
        try:
            visible = []
            for sheet in workbook.worksheets:
                if sheet.sheet_state in HIDDEN_STATES:
                    hidden.append(str(sheet.title))
                else:
                    visible.append(sheet)
            # The rows each sheet declares (its <dimension>), for the progress bar only.
            sizes = [min(sheet.max_row or 0, MAX_ROWS + 1) for sheet in visible]
            total = sum(sizes) if all(sizes) else 0
            done = 0
            rows_kept = rows_parsed = 0
            report(done, total)
            for sheet, size in zip(visible, sizes, strict=True):
                grid: _Grid = []
                rows = sheet.iter_rows(max_col=MAX_COLUMNS, max_row=MAX_ROWS + 1, values_only=True)
                for number, values in enumerate(rows, start=1):
                    rows_parsed += 1
                    if rows_parsed > MAX_ROWS_PARSED:
                        raise BadFile(MSG_TOO_MANY_ROWS_PARSED, name=path.name, limit=_thousands(MAX_ROWS_PARSED))
                    if number % PROGRESS_EVERY == 0:
                        report(min(done + number, total) if total else done + number, total)
                    if values.count(None) == len(values) or not any(_text(v) for v in values):
                        continue
                    if number > MAX_ROWS:
                        raise BadFile(MSG_ROW_TOO_FAR, sheet=sheet.title, limit=MAX_ROWS)
                    rows_kept += 1
                    if rows_kept > MAX_ROWS:
                        raise BadFile(MSG_TOO_MANY_ROWS, name=path.name, limit=_thousands(MAX_ROWS), sheet=sheet.title)
                    grid.append((number, tuple(values)))
                done += size if total else (grid[-1][0] if grid else 0)
                report(min(done, total) if total else done, total)
                grids.append((str(sheet.title), grid))
        finally:
            workbook.close()
    return grids, hidden


CSV_SUFFIXES = frozenset({".csv"})
MAX_CSV_BYTES = 20 * 1024 * 1024
_BOMS = ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))


def decode_csv(data: bytes) -> str:
    """A CSV file's text: by its byte order mark (Excel's "CSV UTF-8"), else UTF-8 when it
    is valid UTF-8, else Windows-1252 (Excel's plain "CSV" on a Norwegian Windows)."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):
            return data.decode(encoding, errors="replace")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


def _is_binary(path: Path) -> bool:
    """A ".csv" that is a workbook (a zip, or an old Excel file) renamed: read, or refused, as one."""
    try:
        with path.open("rb") as file:
            head = file.read(8)
    except OSError:
        return False
    return head.startswith(b"PK\x03\x04") or head == b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"


def _load_csv(path: Path, progress: Progress | None = None) -> list[tuple[str, _Grid]]:
    """A CSV file as one sheet named after the file: semicolons (Norwegian Excel), commas or
    tabs, whichever the first lines hold most of; Excel's "sep=;" first line is obeyed."""
    import csv

    report = progress or (lambda _done, _total: None)
    try:
        size = path.stat().st_size
        if size > MAX_CSV_BYTES:
            raise BadFile("roster.csv_too_big", name=path.name, limit=MAX_CSV_BYTES // (1024 * 1024))
        data = path.read_bytes()
    except FileNotFoundError:
        raise BadFile("workbook.not_found", name=path.name) from None
    except PermissionError:
        raise BadFile("file.no_read_access", name=path.name) from None
    except IsADirectoryError:
        raise BadFile("workbook.not_found", name=path.name) from None
    if b"\x00" in data and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise BadFile("roster.csv_not_text", name=path.name)
    text = decode_csv(data)
    lines = text.splitlines()
    delimiter = ""
    if lines and re.fullmatch(r"\s*sep=.\s*", lines[0], re.IGNORECASE):
        delimiter = lines[0].strip()[4]
        text = text.split("\n", 1)[1] if "\n" in text else ""
    if not delimiter:
        head = "\n".join(lines[:20])
        delimiter = max(";\t,", key=head.count)
    grid: _Grid = []
    report(0, 0)
    for number, values in enumerate(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter), start=1):
        values = values[:MAX_COLUMNS]
        if number % PROGRESS_EVERY == 0:
            report(number, 0)
        if not any(_text(v) for v in values):
            continue
        if len(grid) >= MAX_ROWS or number > MAX_ROWS:
            raise BadFile(MSG_ROW_TOO_FAR, sheet=path.stem, limit=MAX_ROWS)
        grid.append((number, tuple(v if v.strip() else None for v in values)))
    report(len(grid), len(grid))
    return [(path.stem[:31] or "CSV", grid)]


def _thousands(number: int) -> str:
    return f"{number:,}".replace(",", " ")


def _find_header(grid: _Grid) -> int | None:
    """Index into grid of the row with the most known headers (ties: the fuller row, then the first)."""
    best: tuple[int, int] | None = None
    best_index: int | None = None
    for index, (number, values) in enumerate(grid):
        if number > HEADER_SCAN_ROWS:
            break
        texts = [_text(v) for v in values]
        known = len({HEADERS[_key(t)] for t in texts if _key(t) in HEADERS})
        score = (known, sum(1 for t in texts if t))
        if known and (best is None or score > best):
            best, best_index = score, index
    return best_index


def read_roster(
    path: Path | str,
    *,
    column_map: dict[str, dict[int, str]] | None = None,
    progress: Progress | None = None,
    role_words: dict[str, RoleWord] | None = None,
    same_people: frozenset[str] | set[str] = frozenset(),
) -> RosterPreview:
    """Read a roster workbook into a preview. Raises BadFile for a file that is no roster.

    Hidden sheets (hidden or very hidden in Excel, which never shows them) are not read:
    they are named in the preview's ``hidden`` and ``notes``. `progress`, if given, is
    called as the rows are read; raising `ReadCancelled` in it stops the reading (it is
    raised on, and nothing has been written). Touches no database, so it may run in a
    thread of its own.
    """
    path = Path(path)
    _check_column_map(column_map or {})
    if path.suffix.casefold() in CSV_SUFFIXES and not _is_binary(path):
        grids, hidden = _load_csv(path, progress), list[str]()
    else:
        safety.check_xlsx(path)
        grids, hidden = _load_grids(path, progress)
    if not any(grid for _, grid in grids):
        if hidden:
            raise BadFile(MSG_ONLY_HIDDEN, name=path.name, sheets=", ".join(f"«{h}»" for h in hidden))
        raise BadFile("roster.workbook_empty")
    return _preview(path, grids, hidden, column_map or {}, role_words or {}, frozenset(same_people))


def remap_columns(
    preview: RosterPreview,
    column_map: dict[str, dict[int, str]] | None = None,
    *,
    role_words: dict[str, RoleWord] | None = None,
    same_people: frozenset[str] | set[str] | None = None,
) -> RosterPreview:
    """The same workbook read again from the rows already read (the file is not opened
    again) with another `column_map` (see `read_roster`), other role words of the user's
    own (as written -> meaning) or other duplicates settled as one person (`Duplicate.key`).
    What is not given stays as the preview had it."""
    column_map = preview.column_map if column_map is None else column_map
    _check_column_map(column_map)
    return _preview(
        preview.path,
        preview.grids,
        preview.hidden,
        column_map,
        preview.role_words if role_words is None else role_words,
        preview.same_people if same_people is None else frozenset(same_people),
    )


def _check_column_map(column_map: dict[str, dict[int, str]]) -> None:
    for sheet_name, mapping in column_map.items():
        for column, key in mapping.items():
            if key not in FIELDS and key != IGNORE:
                raise InvalidInput("roster.unknown_field", key=key)
            if not isinstance(column, int) or column < 1:
                raise InvalidInput("roster.no_such_column", column=column, sheet=sheet_name)


def _preview(
    path: Path,
    grids: list[tuple[str, _Grid]],
    hidden: list[str],
    column_map: dict[str, dict[int, str]],
    role_words: dict[str, RoleWord] | None = None,
    same_people: frozenset[str] = frozenset(),
) -> RosterPreview:
    role_words = dict(role_words or {})
    own = {_key(text): meaning for text, meaning in role_words.items()}
    known = ", ".join([*KNOWN_ROLE_WORDS, *(f"«{text}»" for text in role_words)])
    sheets: list[SheetPreview] = []
    skipped: list[str] = []
    for name, grid in grids:
        user_map = column_map.get(name)
        if not grid or (name.strip().casefold() in SKIPPED_SHEETS and user_map is None):
            skipped.append(name)
            continue
        found = _find_header(grid)
        if found is None and user_map is None:
            skipped.append(name)
            continue
        header_index = found if found is not None else 0
        sheets.append(_read_sheet(name, grid, header_index, user_map or {}, own, known))
    if not sheets:
        hidden_text = (
            Text("roster.hidden_not_read", sheets=", ".join(f"«{h}»" for h in hidden)) if hidden else ""
        )
        raise BadFile("roster.no_roster_found", name=path.name, hidden=hidden_text)
    unknown_roles: dict[str, list[tuple[str, int]]] = {}
    for sheet in sheets:
        for row in sheet.rows:
            if row.role is None and row.role_text:
                unknown_roles.setdefault(row.role_text, []).append((row.sheet, row.row))
    duplicates = _duplicates(sheets, same_people)
    return RosterPreview(
        path=path,
        sheets=sheets,
        skipped=skipped,
        hidden=list(hidden),
        grids=grids,
        column_map=column_map,
        role_words=role_words,
        same_people=same_people,
        unknown_roles=unknown_roles,
        duplicates=duplicates,
    )


def _duplicates(sheets: list[SheetPreview], same_people: frozenset[str]) -> list[Duplicate]:
    """One person on two rows, spelt two ways (see `Duplicate`): each becomes an error on the
    second row naming both, unless the user has said they are one person."""
    by_email: dict[str, RosterRow] = {}
    by_name: dict[str, RosterRow] = {}
    found: list[Duplicate] = []
    for sheet in sheets:
        for row in sheet.rows:
            if not row.name:
                continue
            key = _name_key(row.name)
            folded = fold_name(key)
            first = by_email.get(row.email) if row.email else None
            if first is None and (other := by_name.get(folded)) is not None:
                if not row.email or not other.email or other.email == row.email:
                    first = other
            if row.email:
                by_email.setdefault(row.email, row)
            by_name.setdefault(folded, row)
            if first is None or _name_key(first.name) == key:
                continue
            duplicate = Duplicate(first, row)
            if duplicate.key in same_people:
                row.settled = True
                continue
            found.append(duplicate)
            message = render(
                "roster.same_person_twice",
                name=row.name,
                other=first.name,
                other_row=first.row,
                other_sheet=first.sheet,
                email=row.email or first.email or "–",
            )
            sheet.errors.append(RowError(sheet.name, row.row, message))
            row.errors.append(message)
    return found


def _read_sheet(
    name: str,
    grid: _Grid,
    header_index: int,
    user_map: dict[int, str],
    own_words: dict[str, RoleWord],
    known_words: str = "",
) -> SheetPreview:
    header_row, header_values = grid[header_index]
    headers: dict[int, str] = {}
    mapping: dict[int, str] = {}
    unknown: dict[int, str] = {}
    for column, value in enumerate(header_values, start=1):
        text = _text(value)
        if not text:
            continue
        headers[column] = text
        if _key(text) in IGNORED_HEADERS:
            continue  # a comments or numbering column: shown as left out, never asked about
        key = HEADERS.get(_key(text))
        if key is not None and key not in mapping.values():
            mapping[column] = key
        else:
            unknown[column] = text
    for column, key in user_map.items():
        unknown.pop(column, None)
        if key == IGNORE:
            mapping.pop(column, None)
        else:
            mapping[column] = key

    errors: list[RowError] = []
    by_field: dict[str, list[int]] = defaultdict(list)
    for column, key in sorted(mapping.items()):
        by_field[key].append(column)
    for key, columns in by_field.items():
        if len(columns) > 1:
            letters = " og ".join(SheetPreview.column_letter(c) for c in columns)
            errors.append(RowError(name, header_row, f"Feltet «{FIELDS[key]}» er koblet til flere kolonner ({letters})."))
    if "name" not in by_field:
        errors.append(RowError(name, header_row, "Fant ingen kolonne med navn. Koble en kolonne til «Navn»."))

    rows: list[RosterRow] = []
    if not errors:
        for number, values in grid[header_index + 1 :]:
            cells = {key: values[column - 1] for column, key in mapping.items() if column - 1 < len(values)}
            if not any(_text(v) for v in cells.values()):
                continue
            row = _read_row(name, number, cells, own_words, known_words)
            rows.append(row)
            errors.extend(RowError(name, number, message) for message in row.errors)
    return SheetPreview(name, header_row, headers, mapping, unknown, rows, errors)


def _read_row(
    sheet: str,
    number: int,
    cells: dict[str, Any],
    own_words: dict[str, RoleWord] | None = None,
    known_words: str = "",
) -> RosterRow:
    row = RosterRow(sheet=sheet, row=number)
    err = row.errors.append

    def text(key: str) -> str:
        value = _text(cells.get(key))
        limit = _MAX_LEN.get(key)
        if limit and len(value) > limit:
            err(f"{FIELDS[key]}: teksten er for lang (mer enn {limit} tegn).")
            return value[:limit]
        return value

    row.name = text("name")
    if row.name:
        row.given_name, row.family_name = split_name(row.name)
        if len(row.given_name) > 120 or len(row.family_name) > 120:
            err("Navn: fornavn og etternavn kan ha høyst 120 tegn hver.")
    else:
        err("Navn mangler.")
    row.deputy_for = text("deputy_for")

    role_text = row.role_text = text("role")
    meaning: RoleWord | None = None
    if role_text:
        meaning, deputy_for = role_word(role_text, own_words)
        if meaning is None:
            err(render("roster.unknown_role", word=role_text, known=known_words or ", ".join(KNOWN_ROLE_WORDS)))
        else:
            row.role = meaning.role
            row.appointed_by = meaning.side
            row.deputy_for = row.deputy_for or deputy_for
    else:
        row.role = Role.DEPUTY if row.deputy_for else Role.MEMBER

    rights_text = text("rights")
    if rights_text:
        row.rights = RIGHTS.get(_key(rights_text))  # type: ignore[assignment]
        if row.rights is None:
            err(render("roster.unknown_rights", word=rights_text, known=KNOWN_RIGHTS_WORDS))
    elif meaning is not None and meaning.rights is not None:
        row.rights = meaning.rights
    elif row.role is not None:
        row.rights = DEFAULT_RIGHTS[row.role]

    # "Representerer" alone (most hand-made lists) names the organisation. Beside an
    # "Organisasjon" column (hfdesk's own export) it is what the seat speaks for, e.g.
    # "Kommunane i Nordhordland", kept only where it differs from the organisation.
    row.organisation = text("organisation")
    represents = text("represents")
    if not row.organisation:
        row.organisation = represents
    elif represents.casefold() != row.organisation.casefold():
        row.represents = represents
    side_text = text("side")
    if side_text:
        row.side = SIDES.get(_key(side_text))  # type: ignore[assignment]
        if row.side is None:
            err(render("roster.unknown_side", word=side_text, known=KNOWN_SIDE_WORDS))
    row.area = text("area")
    row.title = text("title")

    email = text("email").casefold()
    email = email.removeprefix("mailto:")
    if email and not is_email(email):  # the register's own rule (services.common)
        err(f"«{email}» er ikke en gyldig e-postadresse.")
    row.email = email

    try:
        row.phone = format_phone(cells.get("phone"))
    except ValueError as error:
        err(f"«{error}» er ikke et telefonnummer.")
    if len(row.phone) > _MAX_LEN["phone"]:
        err("Telefon: teksten er for lang.")

    for key in ("term_from", "term_to"):
        try:
            setattr(row, key, parse_date(cells.get(key)))
        except (ValueError, OverflowError):
            err(f"{FIELDS[key]}: «{_text(cells.get(key))}» er ikke en dato (skriv f.eks. 31.12.2025).")
    if row.term_from and row.term_to and row.term_to < row.term_from:
        err("Perioden slutter før den begynner.")

    if row.deputy_for and row.role is not None and row.role != Role.DEPUTY:
        err(render("roster.only_deputy_for"))
    return row


# --- importing ----------------------------------------------------------------------


@dataclass
class _NewPerson:
    given_name: str
    family_name: str
    email: str
    phone: str
    title: str
    organisation: Any  # Organisation | _NewOrg | None
    key: str


@dataclass
class _NewOrg:
    name: str
    side: Side


@dataclass
class _NewArea:
    name: str


@dataclass
class _Seat:
    row: RosterRow
    body: Body
    person: Person | _NewPerson
    organisation: Organisation | _NewOrg | None
    area: Area | _NewArea | None
    term_from: date
    existing: Membership | None = None  # an identical membership already registered
    deputy_for: Membership | _Seat | None = None


def _overlaps(a_from: date, a_to: date | None, b_from: date, b_to: date | None) -> bool:
    return (b_to is None or a_from <= b_to) and (a_to is None or b_from <= a_to)


# --- which body a sheet or file names -----------------------------------------------

# Bokmål -> nynorsk, word endings first: "Områdeutvalg" and "Områdeutval" are one body.
_TO_NYNORSK = (
    ("utvalget", "utvalet"), ("utvalg", "utval"), ("partnerskap", "partnarskap"), ("leder", "leiar"),
    ("ledelse", "leiing"), ("tjenesten", "tenesta"), ("tjeneste", "teneste"), ("ligt", "leg"), ("lige", "lege"),
    ("lig", "leg"), ("felleskap", "fellesskap"),
)  # fmt: skip
# Words a sheet or file name adds to the body's name: a period, or what the list holds.
_LIST_WORDS = frozenset({
    "medlemmer", "medlemar", "medlemmar", "medlem", "medlemsliste", "medlemsoversikt", "medlemsliste",
    "deltakarar", "deltakere", "deltakarliste", "deltakerliste", "observatørar", "observatører",
    "observatorar", "observatorer", "observatør", "varamedlemmer", "varamedlemar", "vara", "liste",
    "oversikt", "periode", "perioden", "roster", "samansetjing", "sammensetning", "og", "i", "for", "av",
})  # fmt: skip
_PERIOD = re.compile(r"\b(?:19|20)\d{2}(?:\s*[-–/]\s*(?:(?:19|20)?\d{2}))?\b")


def body_key(text: str) -> str:
    """What a body's name, short name, sheet name or file name comes down to for matching:
    folded case, "aa" as "å", nynorsk word forms, no period ("SSU 2024-2025" -> "ssu"), no
    words like "medlemar", no punctuation."""
    text = _PERIOD.sub(" ", text.casefold().replace("_", " ")).replace("aa", "å")
    words = []
    for word in re.findall(r"\w+", text):
        if word in _LIST_WORDS or word.isdigit():
            continue
        for bokmaal, nynorsk in _TO_NYNORSK:
            if word.endswith(bokmaal):
                word = word[: -len(bokmaal)] + nynorsk
                break
        words.append(word)
    if words and words[0] == "ou":  # "OU Nordhordland"
        words[0] = "områdeutval"
    return " ".join(words)


def _body_keys(body: Body) -> set[str]:
    keys = {body_key(body.name), body_key(body.name[:31])}
    if body.short_name:
        keys.add(body_key(body.short_name))
    inside = re.search(r"\(([^()]+)\)", body.name)  # "Strategisk samarbeidsutval (SSU)"
    if inside:
        keys.add(body_key(inside.group(1)))
        keys.add(body_key(body.name[: inside.start()]))
    return keys - {""}


def bodies_named(bodies: list[Body], text: str) -> list[Body]:
    """The bodies `text` (a sheet's or file's name) names; see `body_key`."""
    wanted = body_key(text)
    if not wanted:
        return []
    return [body for body in bodies if wanted in _body_keys(body)]


def _near(bodies: list[Body], text: str) -> list[Body]:
    """Bodies sharing a word with `text`: the candidates a message names."""
    words = set(body_key(text).split()) - {"utval", "møte"}
    return [b for b in bodies if words & {w for k in _body_keys(b) for w in k.split()}]


def _candidates(bodies: list[Body]) -> str:
    from ..sorting import norwegian_key

    shown = sorted(bodies, key=lambda b: norwegian_key(b.name))[:12]
    text = ", ".join(f"{b.id} «{b.name}»" for b in shown)
    return text + (", …" if len(bodies) > len(shown) else "")


class _Planner:
    """Works out every write and every error without writing anything."""

    def __init__(self, session: Session, preview: RosterPreview, body_id: int | None, today: date) -> None:
        self.s = session
        self.preview = preview
        self.today = today
        self.errors: list[RowError] = list(preview.errors)
        self.body = get_or_fail(session, Body, body_id) if body_id is not None else None
        self.bodies = list(session.scalars(sa.select(Body)))
        orgs = list(session.scalars(sa.select(Organisation).order_by(Organisation.id)))
        self.orgs: dict[str, Organisation | _NewOrg] = {}
        for org in orgs:  # short names first, so a full name wins over someone's short name
            if org.short_name:
                self.orgs.setdefault(org.short_name.casefold(), org)
        for org in orgs:
            self.orgs[org.name.casefold()] = org
        self.new_orgs: list[_NewOrg] = []
        self.areas: dict[str, Area | _NewArea] = {
            a.name.casefold(): a for a in session.scalars(sa.select(Area))
        }
        self.new_areas: list[_NewArea] = []
        self.people_by_email: dict[str, Person | _NewPerson] = {}
        for person in session.scalars(sa.select(Person).where(Person.email != "").order_by(Person.id)):
            self.people_by_email.setdefault(person.email.casefold(), person)
        self._people_by_name: dict[str, list[Person]] | None = None
        self.new_people: list[_NewPerson] = []
        self.new_by_name: dict[str, list[_NewPerson]] = defaultdict(list)
        self.matched: dict[int, Person] = {}
        self.titles: dict[int, str] = {}  # registered people without a position -> the file's
        self.seats: list[_Seat] = []

    def error(self, row: RosterRow, message: str) -> None:
        self.errors.append(RowError(row.sheet, row.row, message))

    def people_by_name(self, key: str) -> list[Person]:
        if self._people_by_name is None:
            self._people_by_name = defaultdict(list)
            for person in self.s.scalars(sa.select(Person).order_by(Person.id)):
                self._people_by_name[fold_name(person_key(person))].append(person)
        return self._people_by_name.get(key, [])

    # bodies ---------------------------------------------------------------
    def body_for(self, sheet: SheetPreview) -> Body | None:
        """The body a sheet goes to: the one named by the sheet, else by the file (in either
        written standard, by name or short name, with a period such as "2024-2025" left out)."""
        if self.body is not None:
            return self.body
        file_name = self.preview.path.stem
        for wanted in (sheet.name, file_name):
            found = bodies_named(self.bodies, wanted)
            if len(found) == 1:
                return found[0]
            if found:
                self.errors.append(RowError(sheet.name, sheet.header_row, render(
                    "roster.body_ambiguous", sheet=wanted, candidates=_candidates(found)
                )))
                return None
        candidates = _candidates(_near(self.bodies, f"{sheet.name} {file_name}") or self.bodies)
        self.errors.append(RowError(sheet.name, sheet.header_row, render(
            "roster.body_not_found", sheet=sheet.name, file=self.preview.path.name, candidates=candidates or "–"
        )))
        return None

    # organisations and areas ---------------------------------------------
    def organisation_for(self, row: RosterRow) -> Organisation | _NewOrg | None | bool:
        if not row.organisation:
            return None
        org = self.orgs.get(row.organisation.casefold())
        if org is not None:
            return org
        side = row.side or row.appointed_by
        if side is None:
            self.error(row, render("roster.organisation_needs_side", organisation=row.organisation))
            return False
        new = _NewOrg(row.organisation, side)
        self.orgs[row.organisation.casefold()] = new
        self.new_orgs.append(new)
        return new

    def area_for(self, row: RosterRow, organisation: Any) -> Area | _NewArea | None:
        """The seat's area; None when it is the organisation's own (as the exporter falls back)."""
        if not row.area:
            return None
        own = organisation.area if isinstance(organisation, Organisation) else None
        if own is not None and own.name.casefold() == row.area.casefold():
            return None
        area = self.areas.get(row.area.casefold())
        if area is None:
            area = _NewArea(row.area)
            self.areas[row.area.casefold()] = area
            self.new_areas.append(area)
        return area

    # people ----------------------------------------------------------------
    def person_for(self, row: RosterRow, organisation: Organisation | _NewOrg | None) -> Person | _NewPerson | None:
        name_key = fold_name(f"{row.given_name} {row.family_name}".strip().casefold())
        if row.email:
            person = self.people_by_email.get(row.email)
            if person is None:
                person = self._new_person(row, organisation, name_key)
                self.people_by_email[row.email] = person
            return person
        in_file = self.new_by_name.get(name_key, [])
        if len(in_file) == 1:
            return in_file[0]
        if len(in_file) > 1:
            self.error(row, render("roster.name_twice_in_file", name=row.name))
            return None
        registered = self.people_by_name(name_key)
        if len(registered) == 1:
            return registered[0]
        if len(registered) > 1:
            self.error(row, render("roster.name_twice_in_register", name=row.name))
            return None
        return self._new_person(row, organisation, name_key)

    def _new_person(self, row: RosterRow, organisation: Any, name_key: str) -> _NewPerson:
        person = _NewPerson(
            row.given_name, row.family_name, row.email, row.phone, row.title, organisation, name_key
        )
        self.new_people.append(person)
        self.new_by_name[name_key].append(person)
        return person

    # the plan --------------------------------------------------------------
    def plan(self) -> None:
        planned: list[tuple[RosterRow, Body, Organisation | _NewOrg | None, Area | _NewArea | None]] = []
        for sheet in self.preview.sheets:
            body = self.body_for(sheet)
            for row in sheet.rows:
                if not row.ok or body is None:
                    continue
                organisation = self.organisation_for(row)
                if organisation is False:
                    continue
                planned.append((row, body, organisation, self.area_for(row, organisation)))  # type: ignore[arg-type]
        # Rows with an e-mail first, so a row without one can find that person by name.
        planned.sort(key=lambda p: not p[0].email)
        seen: dict[tuple[int, int, str, date], RosterRow] = {}
        for row, body, organisation, area in planned:
            person = self.person_for(row, organisation)
            if person is None:
                continue
            assert row.role is not None
            seat = _Seat(row, body, person, organisation, area, row.term_from or self.today)
            if seat.row.term_to is not None and seat.row.term_to < seat.term_from:
                self.error(row, render("roster.term_ends_before_today"))
                continue
            same = (body.id, id(person), row.role.value, seat.term_from)
            if same in seen:
                first = seen[same]
                if row.settled:
                    continue  # the user said it is the same person: the first row's seat stands
                self.error(row, render("roster.row_repeats", other_row=first.row, other_sheet=first.sheet))
                continue
            seen[same] = row
            if isinstance(person, Person):
                self.matched[person.id] = person
                if row.title and not person.title:
                    self.titles.setdefault(person.id, row.title)
                seat.existing = self.s.scalar(
                    sa.select(Membership).where(
                        Membership.body_id == body.id,
                        Membership.person_id == person.id,
                        Membership.role == row.role,
                        Membership.term_from == seat.term_from,
                    ).limit(1)
                )
            self.seats.append(seat)
        for seat in self.seats:
            if seat.row.deputy_for:
                seat.deputy_for = self.member_for(seat)

    def member_for(self, deputy: _Seat) -> Membership | _Seat | None:
        wanted = fold_name(_name_key(deputy.row.deputy_for))
        candidates: list[tuple[date, date | None, Membership | _Seat]] = []
        existing_ids: set[int] = set()
        for seat in self.seats:
            if seat.body.id != deputy.body.id or seat.row.role not in VOTING_ROLES:
                continue
            person = seat.person
            key = fold_name(person_key(person)) if isinstance(person, Person) else person.key
            if key == wanted:
                target: Membership | _Seat = seat.existing or seat
                if seat.existing is not None:
                    existing_ids.add(seat.existing.id)
                candidates.append((seat.term_from, seat.row.term_to, target))
        for membership in self.s.scalars(
            sa.select(Membership).where(
                Membership.body_id == deputy.body.id, Membership.role.in_(VOTING_ROLES)
            )
        ):
            if membership.id not in existing_ids and fold_name(person_key(membership.person)) == wanted:
                candidates.append((membership.term_from, membership.term_to, membership))
        if len(candidates) > 1:
            overlapping = [
                c for c in candidates if _overlaps(c[0], c[1], deputy.term_from, deputy.row.term_to)
            ]
            candidates = overlapping or candidates
        if len(candidates) == 1:
            return candidates[0][2]
        if candidates:
            message = render("roster.deputy_for_ambiguous", name=deputy.row.deputy_for, body=deputy.body.name)
        else:
            message = render(
                "roster.deputy_for_missing", deputy=deputy.row.name, name=deputy.row.deputy_for, body=deputy.body.name
            )
        self.error(deputy.row, message)
        return None


def import_roster(
    session: Session,
    preview: RosterPreview,
    *,
    body_id: int | None = None,
    dry_run: bool = False,
    today: date | None = None,
) -> ImportResult:
    """Import a previewed roster all or nothing; see the module docstring for the rules.

    Returns the counts, or zero counts and every error (then nothing is written). With
    ``dry_run`` the counts are what an import would give, and nothing is written. Raises
    CannotWrite (``errors.DISK_FULL``) when the disk fills up half-way: nothing is written.
    """
    from ..services import settings

    stored = settings.roster_role_words(session)
    if preview.unknown_roles and stored:  # words mapped in an earlier import
        preview = remap_columns(preview, role_words={**stored_role_words(stored), **preview.role_words})
    planner = _Planner(session, preview, body_id, today or date.today())
    planner.plan()
    if planner.errors:
        return ImportResult(errors=_sorted(planner.errors))

    savepoint = session.begin_nested()
    current: _Seat | None = None
    try:
        areas = {id(a): register.create_area(session, a.name) for a in planner.new_areas}
        orgs = {id(o): register.create_organisation(session, o.name, o.side) for o in planner.new_orgs}

        def made(value: Any) -> int | None:
            """The id of a registered record, or of the one written here for a new one (None for none)."""
            if isinstance(value, _NewArea):
                value = areas[id(value)]
            elif isinstance(value, _NewOrg):
                value = orgs[id(value)]
            elif isinstance(value, _NewPerson):
                value = people[id(value)]
            elif isinstance(value, _Seat):
                value = written[id(value)]
            return value.id if value is not None else None

        people: dict[int, Person] = {}
        for new in planner.new_people:
            people[id(new)] = register.create_person(
                session,
                new.given_name,
                new.family_name,
                organisation_id=made(new.organisation),
                title=new.title,
                email=new.email,
                phone=new.phone,
            )
        for known_id, title in planner.titles.items():
            known = planner.matched[known_id]
            register.update_person(
                session, known_id, given_name=known.given_name, family_name=known.family_name,
                title=title, email=known.email, phone=known.phone,
            )  # fmt: skip
        written: dict[int, Membership] = {}
        added = 0
        # In file order, members before deputies so a deputy can point at a seat made here.
        order = {id(row): i for i, row in enumerate(preview.rows)}
        for current in sorted(planner.seats, key=lambda seat: (seat.row.role == Role.DEPUTY, order[id(seat.row)])):
            if current.existing is not None:
                continue
            person_id = made(current.person)
            assert person_id is not None
            membership = register.add_membership(
                session,
                current.body.id,
                person_id,
                current.row.role,  # type: ignore[arg-type]
                term_from=current.term_from,
                term_to=current.row.term_to,
                rights=current.row.rights,
                organisation_id=made(current.organisation),
                area_id=made(current.area),
                represents_text=current.row.represents,
                appointed_by=current.row.appointed_by,
                deputy_for_id=made(current.deputy_for),
            )
            written[id(current)] = membership
            added += 1
        new_words = {
            text: meaning.as_json() for text, meaning in preview.role_words.items() if stored.get(text) != meaning.as_json()
        }
        if new_words:  # the user's own words, kept for the next import (and undone with it)
            settings.set_roster_role_words(session, {**stored, **new_words})
        session.flush()  # every write reaches SQLite here, inside the savepoint
    except HfdeskError as error:
        savepoint.rollback()
        where = current.row if current is not None else None
        return ImportResult(
            errors=[RowError(where.sheet if where else "", where.row if where else 0, str(error))]
        )
    except BaseException as error:
        if describe(error).code == DISK_FULL:
            # SQLite has rolled the whole transaction back and the savepoint is gone: rolling
            # back to it fails with "no such savepoint", which would hide the full disk.
            _roll_back_after_disk_full(savepoint)
            raise CannotWrite(DISK_FULL) from error
        savepoint.rollback()
        raise
    if dry_run:
        savepoint.rollback()
    else:
        savepoint.commit()
    return ImportResult(
        people_added=len(planner.new_people),
        people_matched=len(planner.matched),
        memberships_added=added,
    )


def _roll_back_after_disk_full(savepoint: Any) -> None:
    """Roll the savepoint back if SQLite still has it; after SQLITE_FULL it usually has not."""
    try:
        savepoint.rollback()
    except sa.exc.SQLAlchemyError:
        pass  # "no such savepoint": SQLite undid the writes itself


def _sorted(errors: list[RowError]) -> list[RowError]:
    order: dict[str, int] = {}
    for error in errors:
        order.setdefault(error.sheet, len(order))
    unique = list(dict.fromkeys(errors))
    return sorted(unique, key=lambda e: (order[e.sheet], e.row))


__all__ = [
    "FIELDS",
    "IGNORE",
    "ImportResult",
    "Progress",
    "ReadCancelled",
    "RosterPreview",
    "RosterRow",
    "RowError",
    "SheetNote",
    "SheetPreview",
    "format_phone",
    "import_roster",
    "parse_date",
    "read_roster",
    "remap_columns",
    "split_name",
]
