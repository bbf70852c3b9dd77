"""The messages hfdesk's core gives a user, in bokmål, nynorsk and English (Qt-free).

A known error (`hfdesk.errors.HfdeskError`) carries a stable code from MESSAGES and its
parameters, not finished text; the edge renders it in the user's language: the desktop
app in its interface language, the command line in the language chosen in the app's
settings, else the system's (`hfdesk.services.settings.message_language`).

    Text(code, **params)            a message not yet rendered; str() gives the current language
    Phrase(make, **params)          a parameter made per language by make(language, **params)
    Text.render(language)           the message in 'nb', 'nn' or 'en'
    render(code, language, **params)
    set_language(language)          what str() renders in (the edge sets it; default bokmål)
    language_for_locales(names)     the language the system's locale names suggest
    quoted_value(value)             a value read from a file, as a parameter (one line, cut short)

A parameter may itself be a Text (a record's name, a meeting's status) or a known error: it
is rendered in the same language. Other parameters (names, file names, numbers) are shown as they are.
Every code has all three templates with the same placeholders (tests/test_errors.py), and
every error raised in the core names a code that is here.
"""

from __future__ import annotations

import os
import string
import sys
from collections.abc import Callable, Iterable, Mapping

DEFAULT_LANGUAGE = "nb"
LANGUAGES = ("nb", "nn", "en")

_language = DEFAULT_LANGUAGE


def current_language() -> str:
    """The language str(Text) and str(error) render in: 'nb', 'nn' or 'en'."""
    return _language


def set_language(language: str) -> str:
    """Render messages in `language` from now on (an unknown one gives bokmål); returns
    the language that was in use, to put back."""
    global _language
    before = _language
    _language = language if language in LANGUAGES else DEFAULT_LANGUAGE
    return before


class Text:
    """A message from the catalogue with its parameters, rendered when it is shown."""

    __slots__ = ("code", "params")

    def __init__(self, code: str, /, **params: object) -> None:
        self.code = code
        self.params = params

    def render(self, language: str | None = None) -> str:
        return render(self.code, language, **self.params)

    def __str__(self) -> str:
        return self.render()

    def __repr__(self) -> str:
        return f"Text({self.code!r}, **{self.params!r})"

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Text) and (self.code, self.params) == (other.code, other.params)

    def __hash__(self) -> int:
        return hash(self.code)


class Phrase(Text):
    """A parameter built in each language by a function, ``make(language, **params)``, from
    small word tables (a noun phrase with its grammar: singular or plural, bokmål or nynorsk
    forms): it is rendered like a Text, in the language of the message it fills."""

    __slots__ = ("make",)

    def __init__(self, make: Callable[..., str], /, **params: object) -> None:
        super().__init__(f"{make.__module__}.{make.__qualname__}", **params)
        self.make = make

    def render(self, language: str | None = None) -> str:
        language = language if language in LANGUAGES else _language
        return self.make(language, **{key: _shown(value, language) for key, value in self.params.items()})

    def __repr__(self) -> str:
        return f"Phrase({self.code}, **{self.params!r})"


def template(code: str, language: str | None = None) -> str | None:
    """The template for `code` in `language` (bokmål where that one is missing), or None
    for a code the catalogue does not have."""
    templates = MESSAGES.get(code)
    if templates is None:
        return None
    return templates.get(language or _language) or templates[DEFAULT_LANGUAGE]


def render(code: str, language: str | None = None, /, **params: object) -> str:
    """The message `code` in `language` (default: the current one) with `params` filled in.
    A code the catalogue does not have is shown as it is (a test keeps them out)."""
    language = language if language in LANGUAGES else _language
    text = template(code, language)
    if text is None:
        return code
    values = {key: _shown(value, language) for key, value in params.items()}
    try:
        return text.format_map(values)
    except (KeyError, IndexError, ValueError):  # a parameter missing: still one readable line
        return text


def _shown(value: object, language: str) -> object:
    """A parameter as the message shows it: a Text, or a known error (which carries one), in
    the message's language; anything else as it is."""
    text = value if isinstance(value, Text) else getattr(value, "text", None)
    return text.render(language) if isinstance(text, Text) else value


def quoted_value(value: object, limit: int = 80) -> str:
    """A value read from a file as a message quotes it (a parameter): a text as it is,
    anything else as JSON; on one line, cut short at `limit` characters."""
    if not isinstance(value, str):
        import json

        try:
            value = json.dumps(value, ensure_ascii=False, default=repr)
        except (TypeError, ValueError, RecursionError):
            value = repr(value)
    text = " ".join(value.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


def placeholders(text: str) -> set[str]:
    """The named fields of a template ('{name}' and the like)."""
    return {field for _, field, _, _ in string.Formatter().parse(text) if field}


# --- the system's language (Qt-free: the command line has no Qt) -----------------------------


def language_for_locales(names: Iterable[str]) -> str:
    """The language for the system's locale names (regional format and display languages,
    in any order: 'nn_NO', 'nb-NO', 'en-US', 'C', ...):

    * nynorsk when the system names nynorsk anywhere (Windows has no nynorsk interface,
      so a nynorsk user's Windows shows bokmål menus and has nynorsk only as the regional
      format: the regional format counts as much as the display language);
    * bokmål when it names Norwegian in any other way (nb, no, or the territory Norway,
      e.g. an English Windows with Norwegian regional settings on a municipal laptop),
      and when it names nothing at all (the C locale);
    * English only when the system is clearly not Norwegian (e.g. en-US throughout).
    """
    norwegian = False
    anything = False
    for raw in names:
        name = raw.replace("-", "_").split(".")[0].split("@")[0].strip()
        if not name or name in ("C", "POSIX"):
            continue
        anything = True
        parts = name.split("_")
        language = parts[0].lower()
        territories = {part.upper() for part in parts[1:]}
        if language == "nn":
            return "nn"
        if language in ("nb", "no") or "NO" in territories:
            norwegian = True
    if norwegian or not anything:
        return DEFAULT_LANGUAGE
    return "en"


def system_locale_names(environ: Mapping[str, str] | None = None) -> list[str]:
    """The locale names the system gives a program without Qt: on Windows the user's
    display language and regional format, elsewhere $LANGUAGE, $LC_ALL, $LC_MESSAGES and
    $LANG."""
    environ = os.environ if environ is None else environ
    names: list[str] = []
    if sys.platform == "win32":  # pragma: no cover - Windows only
        names.extend(_windows_locale_names())
    for variable in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG"):
        value = environ.get(variable, "")
        names.extend(part for part in value.split(":") if part)
    return names


def _windows_locale_names() -> list[str]:  # pragma: no cover - Windows only
    import ctypes
    import locale

    names = []
    try:
        kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
        for lcid in (kernel32.GetUserDefaultUILanguage(), kernel32.GetUserDefaultLCID()):
            name = locale.windows_locale.get(int(lcid))
            if name:
                names.append(name)
    except (AttributeError, OSError):
        pass
    return names


def system_language() -> str:
    """The language the system's locale suggests (language_for_locales), bokmål by default."""
    return language_for_locales(system_locale_names())


# --- the catalogue -----------------------------------------------------------------------------
#
# code -> {"nb": ..., "nn": ..., "en": ...}. The bokmål text is the one hfdesk always had;
# codes are stable (tests and logs may name them), the texts may be improved freely.

MESSAGES: dict[str, dict[str, str]] = {
    "database.missing": {
        "nb": "Databasefilen «{path}» finnes ikke.",
        "nn": "Databasefila «{path}» finst ikkje.",
        "en": "The database file «{path}» does not exist.",
    },
    "database.is_folder": {
        "nb": "«{path}» er en mappe, ikke en databasefil.",
        "nn": "«{path}» er ei mappe, ikkje ei databasefil.",
        "en": "«{path}» is a folder, not a database file.",
    },
    "database.damaged": {
        "nb": "«{name}» er skadet og kan ikke åpnes. Filen er ikke endret; gjenopprett den fra en sikkerhetskopi.",
        "nn": "«{name}» er skadd og kan ikkje opnast. Fila er ikkje endra; gjenopprett ho frå ein tryggingskopi.",
        "en": "«{name}» is damaged and cannot be opened. The file has not been changed; restore it from a backup.",
    },
    "database.damaged_found": {
        "nb": "Kontrollen av «{name}» etter oppstart fant skader i filen. Den brukes ikke videre og er ikke slettet; gjenopprett den fra en sikkerhetskopi eller åpne en annen fil.",
        "nn": "Kontrollen av «{name}» etter oppstart fann skadar i fila. Ho vert ikkje brukt vidare og er ikkje sletta; gjenopprett ho frå ein tryggingskopi eller opna ei anna fil.",
        "en": "The check of «{name}» after start found damage in the file. It is no longer used and has not been deleted; restore it from a backup or open another file.",
    },
    "database.empty_file": {
        "nb": "«{name}» er tom og er ikke en hfdesk-database.",
        "nn": "«{name}» er tom og er ikkje ein hfdesk-database.",
        "en": "«{name}» is empty and is not an hfdesk database.",
    },
    "database.not_sqlite": {
        "nb": "«{name}» er ikke en hfdesk-database (filen er ikke en SQLite-database).",
        "nn": "«{name}» er ikkje ein hfdesk-database (fila er ikkje ein SQLite-database).",
        "en": "«{name}» is not an hfdesk database (the file is not an SQLite database).",
    },
    "database.newer": {
        "nb": "«{name}» er laget med en nyere versjon av hfdesk. Oppdater hfdesk for å åpne filen; filen er ikke endret.",
        "nn": "«{name}» er laga med ein nyare versjon av hfdesk. Oppdater hfdesk for å opne fila; fila er ikkje endra.",
        "en": "«{name}» was made with a newer version of hfdesk. Update hfdesk to open the file; the file has not been changed.",
    },
    "database.changed_outside": {
        "nb": "«{name}» er endret utenfor hfdesk og blir ikke åpnet ({shown}). Filen er ikke endret; gjenopprett den fra en sikkerhetskopi.",
        "nn": "«{name}» er endra utanfor hfdesk og vert ikkje opna ({shown}). Fila er ikkje endra; gjenopprett ho frå ein tryggingskopi.",
        "en": "«{name}» has been changed outside hfdesk and will not be opened ({shown}). The file has not been changed; restore it from a backup.",
    },
    "database.folder_missing": {
        "nb": "Mappen «{parent}» finnes ikke.",
        "nn": "Mappa «{parent}» finst ikkje.",
        "en": "The folder «{parent}» does not exist.",
    },
    "database.parts_missing": {
        "nb": "«{name}» mangler deler hfdesk trenger (skadet, eller endret av et annet program). Filen er ikke endret; gjenopprett den fra en sikkerhetskopi.",
        "nn": "«{name}» manglar delar hfdesk treng (skadd, eller endra av eit anna program). Fila er ikkje endra; gjenopprett ho frå ein tryggingskopi.",
        "en": "«{name}» lacks parts hfdesk needs (damaged, or changed by another program). The file has not been changed; restore it from a backup.",
    },
    "database.unreadable_values": {
        "nb": "«{name}» inneholder verdier hfdesk ikke kan lese (for eksempel en ugyldig dato), trolig skadet eller endret av et annet program. Filen er ikke endret; gjenopprett den fra en sikkerhetskopi.",
        "nn": "«{name}» inneheld verdiar hfdesk ikkje kan lese (til dømes ein ugyldig dato), truleg skadd eller endra av eit anna program. Fila er ikkje endra; gjenopprett ho frå ein tryggingskopi.",
        "en": "«{name}» holds values hfdesk cannot read (an invalid date, for example), probably damaged or changed by another program. The file has not been changed; restore it from a backup.",
    },
    "file.exists": {
        "nb": "Filen «{name}» finnes allerede; velg et nytt filnavn.",
        "nn": "Fila «{name}» finst allereie; vel eit nytt filnamn.",
        "en": "The file «{name}» already exists; choose a new file name.",
    },
    "database.cannot_create": {
        "nb": "Kan ikke lage «{name}» i «{parent}»: {reason}.",
        "nn": "Kan ikkje lage «{name}» i «{parent}»: {reason}.",
        "en": "Cannot create «{name}» in «{parent}»: {reason}.",
    },
    "database.folder_read_only": {
        "nb": "mappen er skrivebeskyttet",
        "nn": "mappa er skriveverna",
        "en": "the folder is read-only",
    },
    "database.in_use_retry": {
        "nb": "«{name}» er i bruk av et annet program. Prøv igjen om litt.",
        "nn": "«{name}» er i bruk av eit anna program. Prøv igjen om litt.",
        "en": "«{name}» is in use by another program. Try again in a moment.",
    },
    "database.in_use": {
        "nb": "«{name}» er i bruk av et annet program.",
        "nn": "«{name}» er i bruk av eit anna program.",
        "en": "«{name}» is in use by another program.",
    },
    "database.interrupted_read_only": {
        "nb": "«{name}» ble avbrutt midt i en lagring og må rettes opp, men filen eller mappen er skrivebeskyttet. Kopier filen til en mappe du kan skrive i.",
        "nn": "«{name}» vart avbroten midt i ei lagring og må rettast opp, men fila eller mappa er skriveverna. Kopier fila til ei mappe du kan skrive i.",
        "en": "«{name}» was interrupted in the middle of a save and must be repaired, but the file or its folder is read-only. Copy the file to a folder you can write to.",
    },
    "database.no_access": {
        "nb": "«{name}» kan ikke åpnes: du mangler tilgang til filen eller mappen.",
        "nn": "«{name}» kan ikkje opnast: du manglar tilgang til fila eller mappa.",
        "en": "«{name}» cannot be opened: you do not have access to the file or its folder.",
    },
    "database.older": {
        "nb": "«{name}» er laget med en eldre versjon av hfdesk og må oppgraderes. Åpne den i hfdesk først.",
        "nn": "«{name}» er laga med ein eldre versjon av hfdesk og må oppgraderast. Opne han i hfdesk først.",
        "en": "«{name}» was made with an older version of hfdesk and must be upgraded. Open it in hfdesk first.",
    },
    "database.read_only_location": {
        "nb": "«{name}» kan ikke skrives til (skrivebeskyttet fil eller mappe). Du kan åpne den skrivebeskyttet for å lese, eller kopiere filen til en mappe du kan skrive i.",
        "nn": "«{name}» kan ikkje skrivast til (skriveverna fil eller mappe). Du kan opne han skriveverna for å lese, eller kopiere fila til ei mappe du kan skrive i.",
        "en": "«{name}» cannot be written to (a read-only file or folder). You can open it read-only to read it, or copy the file to a folder you can write to.",
    },
    "database.foreign_sqlite": {
        "nb": "«{name}» er en SQLite-database, men ikke fra hfdesk.",
        "nn": "«{name}» er ein SQLite-database, men ikkje frå hfdesk.",
        "en": "«{name}» is an SQLite database, but not one from hfdesk.",
    },
    # --- a shared database on a PostgreSQL server (hfdesk.pgdb) ---
    "database.server_bad_url": {
        "nb": "«{url}» er ikke en gyldig adresse til en delt database. Skriv den slik: postgresql://bruker@tjener/database",
        "nn": "«{url}» er ikkje ei gyldig adresse til ein delt database. Skriv ho slik: postgresql://brukar@tenar/database",
        "en": "«{url}» is not a valid address of a shared database. Write it like this: postgresql://user@server/database",
    },
    "database.server_unreachable": {
        "nb": "Fikk ikke kontakt med databasetjeneren {server}. Sjekk nettverket og adressen, eller spør IT om tjeneren kjører.",
        "nn": "Fekk ikkje kontakt med databasetenaren {server}. Sjekk nettverket og adressa, eller spør IT om tenaren køyrer.",
        "en": "Could not reach the database server {server}. Check the network and the address, or ask IT whether the server is running.",
    },
    "database.server_password": {
        "nb": "Databasetjeneren {server} godtok ikke passordet for brukeren «{user}».",
        "nn": "Databasetenaren {server} godtok ikkje passordet for brukaren «{user}».",
        "en": "The database server {server} did not accept the password for the user «{user}».",
    },
    "database.server_password_needed": {
        "nb": "Databasetjeneren {server} vil ha passord for brukeren «{user}», og det står ikke i PostgreSQL-passordfilen (pgpass).",
        "nn": "Databasetenaren {server} vil ha passord for brukaren «{user}», og det står ikkje i PostgreSQL-passordfila (pgpass).",
        "en": "The database server {server} wants a password for the user «{user}», and the PostgreSQL password file (pgpass) has none.",
    },
    "database.server_refused": {
        "nb": "Databasetjeneren {server} slipper ikke inn brukeren «{user}» til databasen «{database}». Be IT om tilgang.",
        "nn": "Databasetenaren {server} slepper ikkje inn brukaren «{user}» til databasen «{database}». Be IT om tilgang.",
        "en": "The database server {server} does not let the user «{user}» into the database «{database}». Ask IT for access.",
    },
    "database.server_tls": {
        "nb": "Den krypterte forbindelsen (TLS) til databasetjeneren {server} kunne ikke settes opp. Sjekk sslmode og sertifikatet.",
        "nn": "Den krypterte sambandet (TLS) til databasetenaren {server} kunne ikkje setjast opp. Sjekk sslmode og sertifikatet.",
        "en": "The encrypted connection (TLS) to the database server {server} could not be set up. Check sslmode and the certificate.",
    },
    "database.server_no_database": {
        "nb": "Databasen «{database}» finnes ikke på tjeneren {server}.",
        "nn": "Databasen «{database}» finst ikkje på tenaren {server}.",
        "en": "The database «{database}» does not exist on the server {server}.",
    },
    "database.server_no_permission": {
        "nb": "Brukeren «{user}» har ikke rettigheter til dette i databasen «{database}». Be IT om tilgang.",
        "nn": "Brukaren «{user}» har ikkje rettar til dette i databasen «{database}». Be IT om tilgang.",
        "en": "The user «{user}» has no permission for this in the database «{database}». Ask IT for access.",
    },
    "database.server_gone": {
        "nb": "Forbindelsen til databasetjeneren ble brutt. Det siste du gjorde er kanskje ikke lagret; koble til igjen og sjekk.",
        "nn": "Sambandet til databasetenaren vart broten. Det siste du gjorde er kanskje ikkje lagra; kople til att og sjekk.",
        "en": "The connection to the database server was lost. The last thing you did may not have been saved; connect again and check.",
    },
    "database.server_conflict": {
        "nb": "En kollega lagret i det samme øyeblikket, så dette ble ikke lagret. Prøv igjen.",
        "nn": "Ein kollega lagra i same augneblinken, så dette vart ikkje lagra. Prøv igjen.",
        "en": "A colleague saved at the same moment, so this was not saved. Try again.",
    },
    "database.server_busy": {
        "nb": "En kollegas lagring har holdt den delte databasen «{database}» i mer enn {seconds} sekunder, så dette ble ikke lagret. Prøv igjen om litt.",
        "nn": "Ein kollega si lagring har halde den delte databasen «{database}» i meir enn {seconds} sekund, så dette vart ikkje lagra. Prøv igjen om litt.",
        "en": "A colleague's save has held the shared database «{database}» for more than {seconds} seconds, so this was not saved. Try again in a moment.",
    },
    "database.server_newer": {
        "nb": "Databasen «{database}» er laget med en nyere versjon av hfdesk. Oppdater hfdesk; databasen er ikke endret.",
        "nn": "Databasen «{database}» er laga med ein nyare versjon av hfdesk. Oppdater hfdesk; databasen er ikkje endra.",
        "en": "The database «{database}» was made with a newer version of hfdesk. Update hfdesk; the database has not been changed.",
    },
    "database.server_not_hfdesk": {
        "nb": "Databasen «{database}» har allerede tabeller, men er ikke en hfdesk-database. Den er ikke endret.",
        "nn": "Databasen «{database}» har allereie tabellar, men er ikkje ein hfdesk-database. Han er ikkje endra.",
        "en": "The database «{database}» already has tables but is not an hfdesk database. It has not been changed.",
    },
    "database.server_not_empty": {
        "nb": "Databasen «{database}» har allerede innhold. Eksempeldataene legges bare i en tom database.",
        "nn": "Databasen «{database}» har allereie innhald. Eksempeldata vert berre lagde i ein tom database.",
        "en": "The database «{database}» already has content. The demo data goes only into an empty database.",
    },
    "backup.shared_database": {
        "nb": "En delt database tas ikke sikkerhetskopi av i hfdesk: det er databasetjenerens sak (pg_dump). Spør IT hvordan den sikkerhetskopieres.",
        "nn": "Ein delt database vert ikkje tryggingskopiert i hfdesk: det er databasetenaren si sak (pg_dump). Spør IT korleis han vert tryggingskopiert.",
        "en": "hfdesk does not back up a shared database: that is the database server's business (pg_dump). Ask IT how it is backed up.",
    },
    "backup.failed_because": {
        "nb": "{what} {cause}",
        "nn": "{what} {cause}",
        "en": "{what} {cause}",
    },
    "file.exists_no_overwrite": {
        "nb": "«{name}» finnes allerede. hfdesk skriver ikke over filer; velg et nytt filnavn.",
        "nn": "«{name}» finst allereie. hfdesk skriv ikkje over filer; vel eit nytt filnamn.",
        "en": "«{name}» already exists. hfdesk does not overwrite files; choose a new file name.",
    },
    "file.folder_missing": {
        "nb": "Mappen «{parent}» finnes ikke. Velg en annen mappe.",
        "nn": "Mappa «{parent}» finst ikkje. Vel ei anna mappe.",
        "en": "The folder «{parent}» does not exist. Choose another folder.",
    },
    "backup.missing": {
        "nb": "Sikkerhetskopien «{name}» finnes ikke.",
        "nn": "Tryggingskopien «{name}» finst ikkje.",
        "en": "The backup «{name}» does not exist.",
    },
    "backup.not_a_backup": {
        "nb": "«{name}» er ikke en sikkerhetskopi av en hfdesk-database.",
        "nn": "«{name}» er ikkje ein tryggingskopi av ein hfdesk-database.",
        "en": "«{name}» is not a backup of an hfdesk database.",
    },
    "backup.damaged_problem": {
        "nb": "Sikkerhetskopien «{name}» er skadet ({problem}).",
        "nn": "Tryggingskopien «{name}» er skadd ({problem}).",
        "en": "The backup «{name}» is damaged ({problem}).",
    },
    "backup.same_file": {
        "nb": "Sikkerhetskopien og databasen er samme fil.",
        "nn": "Tryggingskopien og databasen er same fil.",
        "en": "The backup and the database are the same file.",
    },
    "backup.other_database": {
        "nb": "«{name}» er en sikkerhetskopi av en annen database enn «{database}» og blir ikke gjenopprettet over den.",
        "nn": "«{name}» er ein tryggingskopi av ein annan database enn «{database}» og vert ikkje gjenoppretta over han.",
        "en": "«{name}» is a backup of a database other than «{database}» and will not be restored over it.",
    },
    "backup.cannot_make_folder": {
        "nb": "Kan ikke lage mappen for sikkerhetskopier «{folder}».",
        "nn": "Kan ikkje lage mappa for tryggingskopiar «{folder}».",
        "en": "Cannot create the backups folder «{folder}».",
    },
    "backup.not_made_reason": {
        "nb": "Sikkerhetskopien ble ikke laget: {reason}",
        "nn": "Tryggingskopien vart ikkje laga: {reason}",
        "en": "The backup was not made: {reason}",
    },
    "backup.not_faultless": {
        "nb": "Sikkerhetskopien ble ikke feilfri og er ikke tatt vare på. Databasen kan være skadet ({problem}).",
        "nn": "Tryggingskopien vart ikkje feilfri og er ikkje teken vare på. Databasen kan vere skadd ({problem}).",
        "en": "The backup did not come out intact and has not been kept. The database may be damaged ({problem}).",
    },
    "backup.copy_not_faultless": {
        "nb": "Kopien av «{name}» ble ikke feilfri; databasen kan være skadet ({problem}).",
        "nn": "Kopien av «{name}» vart ikkje feilfri; databasen kan vere skadd ({problem}).",
        "en": "The copy of «{name}» did not come out intact; the database may be damaged ({problem}).",
    },
    "backup.damaged": {
        "nb": "Sikkerhetskopien «{name}» er skadet.",
        "nn": "Tryggingskopien «{name}» er skadd.",
        "en": "The backup «{name}» is damaged.",
    },
    "backup.damaged_unreadable": {
        "nb": "Sikkerhetskopien «{name}» er skadet og kan ikke leses.",
        "nn": "Tryggingskopien «{name}» er skadd og kan ikkje lesast.",
        "en": "The backup «{name}» is damaged and cannot be read.",
    },
    "backup.restore_copy_not_faultless": {
        "nb": "Kopien av sikkerhetskopien ble ikke feilfri ({problem}).",
        "nn": "Kopien av tryggingskopien vart ikkje feilfri ({problem}).",
        "en": "The copy of the backup did not come out intact ({problem}).",
    },
    "backup.database_in_use": {
        "nb": "«{name}» er i bruk (åpen i hfdesk eller et annet program). Lukk den og prøv igjen.",
        "nn": "«{name}» er i bruk (open i hfdesk eller eit anna program). Lukk han og prøv igjen.",
        "en": "«{name}» is in use (open in hfdesk or another program). Close it and try again.",
    },
    "backup.not_made_of": {
        "nb": "Sikkerhetskopien av «{name}» ble ikke laget.",
        "nn": "Tryggingskopien av «{name}» vart ikkje laga.",
        "en": "The backup of «{name}» was not made.",
    },
    "backup.not_made": {
        "nb": "Sikkerhetskopien ble ikke laget.",
        "nn": "Tryggingskopien vart ikkje laga.",
        "en": "The backup was not made.",
    },
    "backup.not_made_named": {
        "nb": "Sikkerhetskopien «{name}» ble ikke laget.",
        "nn": "Tryggingskopien «{name}» vart ikkje laga.",
        "en": "The backup «{name}» was not made.",
    },
    "file.exists_short": {
        "nb": "«{name}» finnes allerede; velg et nytt filnavn.",
        "nn": "«{name}» finst allereie; vel eit nytt filnamn.",
        "en": "«{name}» already exists; choose a new file name.",
    },
    "backup.restore_not_done": {
        "nb": "Gjenopprettingen ble ikke gjort.",
        "nn": "Gjenopprettinga vart ikkje gjord.",
        "en": "The restore was not done.",
    },
    "backup.cannot_keep_before_restore": {
        "nb": "Kan ikke ta vare på «{name}» før gjenopprettingen, så den er ikke gjort.",
        "nn": "Kan ikkje ta vare på «{name}» før gjenopprettinga, så ho er ikkje gjord.",
        "en": "Cannot keep «{name}» before the restore, so the restore has not been done.",
    },
    "file.cannot_make_temporary": {
        "nb": "Kan ikke lage en midlertidig fil i «{parent}».",
        "nn": "Kan ikkje lage ei mellombels fil i «{parent}».",
        "en": "Cannot create a temporary file in «{parent}».",
    },
    "file.cannot_save": {
        "nb": "Kan ikke lagre «{name}»: {reason}.",
        "nn": "Kan ikkje lagre «{name}»: {reason}.",
        "en": "Cannot save «{name}»: {reason}.",
    },
    "file.is_a_database": {
        "nb": "«{name}» er en database (for eksempel en hfdesk-fil eller en sikkerhetskopi) og blir ikke overskrevet. Velg et annet filnavn for dokumentet.",
        "nn": "«{name}» er ein database (til dømes ei hfdesk-fil eller ein tryggingskopi) og vert ikkje skriven over. Vel eit anna filnamn for dokumentet.",
        "en": "«{name}» is a database (an hfdesk file or a backup, for example) and will not be overwritten. Choose another file name for the document.",
    },
    "file.is_a_folder": {
        "nb": "«{name}» er en mappe. Velg et annet filnavn.",
        "nn": "«{name}» er ei mappe. Vel eit anna filnamn.",
        "en": "«{name}» is a folder. Choose another file name.",
    },
    "file.disk_full": {
        "nb": "Det er ikke nok plass på disken til å lagre «{name}». Frigjør plass og prøv igjen.",
        "nn": "Det er ikkje nok plass på disken til å lagre «{name}». Frigjer plass og prøv igjen.",
        "en": "There is not enough space on the disk to save «{name}». Free some space and try again.",
    },
    "file.folder_read_only": {
        "nb": "«{folder}» er skrivebeskyttet. Lagre «{name}» i en annen mappe.",
        "nn": "«{folder}» er skriveverna. Lagre «{name}» i ei anna mappe.",
        "en": "«{folder}» is read-only. Save «{name}» in another folder.",
    },
    "file.in_use": {
        "nb": "«{name}» er åpen i et annet program (for eksempel Excel). Lukk filen og prøv igjen.",
        "nn": "«{name}» er open i eit anna program (til dømes Excel). Lukk fila og prøv igjen.",
        "en": "«{name}» is open in another program (Excel, for example). Close the file and try again.",
    },
    "file.is_open_database": {
        "nb": "«{name}» er databasen som er åpen i hfdesk. Velg et annet filnavn for dokumentet.",
        "nn": "«{name}» er databasen som er open i hfdesk. Vel eit anna filnamn for dokumentet.",
        "en": "«{name}» is the database open in hfdesk. Choose another file name for the document.",
    },
    "file.belongs_to_open_database": {
        "nb": "«{name}» hører til databasen som er åpen i hfdesk. Velg et annet filnavn for dokumentet.",
        "nn": "«{name}» høyrer til databasen som er open i hfdesk. Vel eit anna filnamn for dokumentet.",
        "en": "«{name}» belongs to the database open in hfdesk. Choose another file name for the document.",
    },
    "file.in_backups_folder": {
        "nb": "«{name}» ligger i mappen med sikkerhetskopier av databasen. Lagre dokumentet i en annen mappe.",
        "nn": "«{name}» ligg i mappa med tryggingskopiar av databasen. Lagre dokumentet i ei anna mappe.",
        "en": "«{name}» is in the folder with the database's backups. Save the document in another folder.",
    },
    "file.no_access_folder": {
        "nb": "Du har ikke tilgang til å lagre filer i «{folder}». Velg en annen mappe.",
        "nn": "Du har ikkje tilgang til å lagre filer i «{folder}». Vel ei anna mappe.",
        "en": "You do not have permission to save files in «{folder}». Choose another folder.",
    },
    "file.read_only": {
        "nb": "«{name}» er skrivebeskyttet. Lagre under et annet navn.",
        "nn": "«{name}» er skriveverna. Lagre under eit anna namn.",
        "en": "«{name}» is read-only. Save it under another name.",
    },
    "error.disk_full": {
        "nb": "Disken er full. Frigjør plass og prøv igjen; det som var lagret før, er i behold.",
        "nn": "Disken er full. Frigjer plass og prøv igjen; det som var lagra før, er i behald.",
        "en": "The disk is full. Free some space and try again; what was saved before is kept.",
    },
    "error.no_access": {
        "nb": "Du har ikke tilgang til filen eller mappen. Velg en annen mappe, eller be IT om tilgang.",
        "nn": "Du har ikkje tilgang til fila eller mappa. Vel ei anna mappe, eller be IT om tilgang.",
        "en": "You do not have access to the file or folder. Choose another folder, or ask IT for access.",
    },
    "error.file_in_use": {
        "nb": "Filen er åpen i et annet program. Lukk den der og prøv igjen.",
        "nn": "Fila er open i eit anna program. Lukk ho der og prøv igjen.",
        "en": "The file is open in another program. Close it there and try again.",
    },
    "error.read_only": {
        "nb": "Filen eller mappen er skrivebeskyttet. Velg en mappe du kan skrive i.",
        "nn": "Fila eller mappa er skriveverna. Vel ei mappe du kan skrive i.",
        "en": "The file or folder is read-only. Choose a folder you can write to.",
    },
    "error.database_locked": {
        "nb": "Databasen er i bruk av et annet program (eller et annet hfdesk-vindu). Vent litt og prøv igjen.",
        "nn": "Databasen er i bruk av eit anna program (eller eit anna hfdesk-vindauge). Vent litt og prøv igjen.",
        "en": "The database is in use by another program (or another hfdesk window). Wait a moment and try again.",
    },
    "error.not_a_database": {
        "nb": "Filen er ikke en hfdesk-database, eller den er skadet.",
        "nn": "Fila er ikkje ein hfdesk-database, eller ho er skadd.",
        "en": "The file is not an hfdesk database, or it is damaged.",
    },
    "error.database_damaged": {
        "nb": "Databasen er skadet. Gjenopprett den fra en sikkerhetskopi.",
        "nn": "Databasen er skadd. Gjenopprett han frå ein tryggingskopi.",
        "en": "The database is damaged. Restore it from a backup.",
    },
    "error.disk_error": {
        "nb": "Disken svarte ikke som den skulle (lese- eller skrivefeil). Sjekk at disken er tilkoblet, og prøv igjen.",
        "nn": "Disken svara ikkje som han skulle (lese- eller skrivefeil). Sjekk at disken er kopla til, og prøv igjen.",
        "en": "The disk did not respond as it should (a read or write error). Check that the disk is connected, and try again.",
    },
    "error.cannot_open": {
        "nb": "Databasefilen kan ikke åpnes: mappen finnes ikke, eller du mangler tilgang til den.",
        "nn": "Databasefila kan ikkje opnast: mappa finst ikkje, eller du manglar tilgang til ho.",
        "en": "The database file cannot be opened: the folder does not exist, or you do not have access to it.",
    },
    "error.not_found": {
        "nb": "Filen eller mappen finnes ikke (lenger).",
        "nn": "Fila eller mappa finst ikkje (lenger).",
        "en": "The file or folder does not exist (any more).",
    },
    "error.network_gone": {
        "nb": "Nettverksstasjonen svarer ikke. Sjekk forbindelsen, eller bruk en lokal mappe.",
        "nn": "Nettverksstasjonen svarar ikkje. Sjekk sambandet, eller bruk ei lokal mappe.",
        "en": "The network drive is not responding. Check the connection, or use a local folder.",
    },
    "error.name_too_long": {
        "nb": "Filnavnet eller mappestien er for lang. Velg et kortere navn eller en annen mappe.",
        "nn": "Filnamnet eller mappestien er for lang. Vel eit kortare namn eller ei anna mappe.",
        "en": "The file name or folder path is too long. Choose a shorter name or another folder.",
    },
    "error.out_of_memory": {
        "nb": "Maskinen har ikke nok ledig minne. Lukk andre programmer og prøv igjen.",
        "nn": "Maskina har ikkje nok ledig minne. Lukk andre program og prøv igjen.",
        "en": "The computer does not have enough free memory. Close other programs and try again.",
    },
    "error.unexpected": {
        "nb": "Det oppstod en uventet feil i hfdesk. Detaljene er skrevet til feilloggen.",
        "nn": "Det oppstod ein uventa feil i hfdesk. Detaljane er skrivne til feilloggen.",
        "en": "An unexpected error occurred in hfdesk. The details have been written to the error log.",
    },
    "cli.unexpected": {
        "nb": "uventet feil ({kind}: {detail}).",
        "nn": "uventa feil ({kind}: {detail}).",
        "en": "unexpected error ({kind}: {detail}).",
    },
    "cli.check_body": {
        "nb": "{body}: {count} avvik",
        "nn": "{body}: {count} avvik",
        "en": "{body}: breaches: {count}",
    },
    "cli.check_body_fine": {
        "nb": "{body}: ingen avvik",
        "nn": "{body}: ingen avvik",
        "en": "{body}: no breaches",
    },
    "cli.temp_copy_left": {
        "nb": "merk: en midlertidig kopi av databasen ble ikke slettet: {folder}",
        "nn": "merk: ein mellombels kopi av databasen vart ikkje sletta: {folder}",
        "en": "note: a temporary copy of the database was not deleted: {folder}",
    },
    "cli.check_server": {
        "nb": "Delt database {url}: svarer, versjon {revision} av databasestrukturen.",
        "nn": "Delt database {url}: svarar, versjon {revision} av databasestrukturen.",
        "en": "Shared database {url}: answers, database structure version {revision}.",
    },
    "cli.demo_needs_target": {
        "nb": "Oppgi en ny fil for demodatabasen, eller en tom delt database med --db postgresql://…",
        "nn": "Oppgje ei ny fil for demodatabasen, eller ein tom delt database med --db postgresql://…",
        "en": "Give a new file for the demo database, or an empty shared database with --db postgresql://…",
    },
    "cli.demo_written": {
        "nb": "Demodatabasen er laget: {path}",
        "nn": "Demodatabasen er laga: {path}",
        "en": "The demo database has been made: {path}",
    },
    "cli.roster_written": {
        "nb": "Medlemslisten er skrevet til {path}",
        "nn": "Medlemslista er skriven til {path}",
        "en": "The roster has been written to {path}",
    },
    "cli.notice_written": {
        "nb": "Innkallingen er skrevet til {path}",
        "nn": "Innkallinga er skriven til {path}",
        "en": "The notice has been written to {path}",
    },
    "cli.minutes_written": {
        "nb": "Referatet er skrevet til {path}",
        "nn": "Referatet er skrive til {path}",
        "en": "The minutes have been written to {path}",
    },
    "cli.public_minutes_written": {
        "nb": "Den offentlige versjonen av referatet er skrevet til {path}",
        "nn": "Den offentlege versjonen av referatet er skriven til {path}",
        "en": "The public version of the minutes has been written to {path}",
    },
    "cli.meeting_written": {
        "nb": "Møtet er skrevet til {path}",
        "nn": "Møtet er skrive til {path}",
        "en": "The meeting has been written to {path}",
    },
    "cli.internal_meeting_written": {
        "nb": "Den interne versjonen av møtet er skrevet til {path}",
        "nn": "Den interne versjonen av møtet er skriven til {path}",
        "en": "The internal version of the meeting has been written to {path}",
    },
    "cli.attendance_written": {
        "nb": "Oppmøtelisten for {year} er skrevet til {path}",
        "nn": "Oppmøtelista for {year} er skriven til {path}",
        "en": "The attendance for {year} has been written to {path}",
    },
    "cli.year_written": {
        "nb": "Årsmeldingen for {year} er skrevet til {path}",
        "nn": "Årsmeldinga for {year} er skriven til {path}",
        "en": "The year report for {year} has been written to {path}",
    },
    "cli.follow_ups_written": {
        "nb": "Oppfølgingslisten ({count} punkter) er skrevet til {path}",
        "nn": "Oppfølgingslista ({count} punkt) er skriven til {path}",
        "en": "The follow-up list ({count} items) has been written to {path}",
    },
    "cli.attendance_person_written": {
        "nb": "Oppmøtet per person ({count} personer) er skrevet til {path}",
        "nn": "Oppmøtet per person ({count} personar) er skrive til {path}",
        "en": "The attendance per person ({count} people) has been written to {path}",
    },
    "cli.person_written": {
        "nb": "Personopplysningene er skrevet til {path}",
        "nn": "Personopplysningane er skrivne til {path}",
        "en": "The personal data has been written to {path}",
    },
    "cli.ics_cancel_written": {
        "nb": "Avlysningen (kalender) er skrevet til {path}",
        "nn": "Avlysinga (kalender) er skriven til {path}",
        "en": "The cancellation (calendar) has been written to {path}",
    },
    "cli.ics_entry_written": {
        "nb": "Kalenderoppføringen er skrevet til {path}; uten e-postadresse til sekretariatet er den ikke en invitasjon",
        "nn": "Kalenderoppføringa er skriven til {path}; utan e-postadresse til sekretariatet er ho ikkje ei innbyding",
        "en": "The calendar entry has been written to {path}; without the secretariat’s e-mail address it is not an invitation",
    },
    "cli.mail_written": {
        "nb": (
            "E-posten er skrevet til {path} (til {to} mottakere, kopi til {cc}); åpne den i e-postprogrammet og send den"
        ),
        "nn": (
            "E-posten er skriven til {path} (til {to} mottakarar, kopi til {cc}); opne han i e-postprogrammet og send han"
        ),
        "en": (
            "The e-mail has been written to {path} (to {to} recipients, copy to {cc}); open it in your mail program and send it"
        ),
    },
    "cli.mail_without_address": {
        "nb": "Uten e-postadresse, ikke med: {names}",
        "nn": "Utan e-postadresse, ikkje med: {names}",
        "en": "No e-mail address, not included: {names}",
    },
    "cli.mail_guests": {
        "nb": "Gjester på sak er ikke med (send dem sakspapirene til sine saker): {names}",
        "nn": "Gjester på sak er ikkje med (send dei sakspapira til sakene sine): {names}",
        "en": "Guests for single items are not included (send them their items' papers): {names}",
    },
    "cli.mail_exempt_left_out": {
        "nb": "Sakspapirene til saker unntatt offentlighet er ikke lagt ved: {numbers}",
        "nn": "Sakspapira til saker unnatekne offentlegheit er ikkje lagde ved: {numbers}",
        "en": "The papers of exempt items are not attached: {numbers}",
    },
    "cli.ics_written": {
        "nb": "Kalenderinvitasjonen er skrevet til {path}",
        "nn": "Kalenderinnbydinga er skriven til {path}",
        "en": "The calendar invitation has been written to {path}",
    },
    "cli.roster_imported": {
        "nb": "Personer lagt til: {added}, kjente personer: {matched}, medlemskap lagt til: {memberships}",
        "nn": "Personar lagde til: {added}, kjende personar: {matched}, medlemskap lagde til: {memberships}",
        "en": "People added: {added}, known people: {matched}, memberships added: {memberships}",
    },
    "cli.roster_checked": {
        "nb": "Personer ville blitt lagt til: {added}, kjente personer: {matched}, medlemskap ville blitt lagt til: {memberships}",
        "nn": "Personar som ville vorte lagde til: {added}, kjende personar: {matched}, medlemskap som ville vorte lagde til: {memberships}",
        "en": "People that would be added: {added}, known people: {matched}, memberships that would be added: {memberships}",
    },
    "cli.import_row_error": {
        "nb": "{sheet}, rad {row}: {message}",
        "nn": "{sheet}, rad {row}: {message}",
        "en": "{sheet}, row {row}: {message}",
    },
    "cli.import_refused": {
        "nb": "{count} feil i «{file}»; ingenting er importert.",
        "nn": "{count} feil i «{file}»; ingenting er importert.",
        "en": "{count} errors in “{file}”; nothing has been imported.",
    },
    "cli.meeting_imported": {
        "nb": "Møtet er lest inn (id {id}, {items} saker).",
        "nn": "Møtet er lese inn (id {id}, {items} saker).",
        "en": "The meeting has been imported (id {id}, {items} items).",
    },
    "cli.meeting_replaced": {
        "nb": "Møtet er erstattet (id {id}, {items} saker).",
        "nn": "Møtet er erstatta (id {id}, {items} saker).",
        "en": "The meeting has been replaced (id {id}, {items} items).",
    },
    "cli.new_person": {
        "nb": "Ny person: {name} (id {id})",
        "nn": "Ny person: {name} (id {id})",
        "en": "New person: {name} (id {id})",
    },
    "cli.backup_written": {
        "nb": "Sikkerhetskopien er skrevet til {path}",
        "nn": "Tryggingskopien er skriven til {path}",
        "en": "The backup has been written to {path}",
    },
    "cli.details_logged": {
        "nb": "Detaljer er lagret i {log}.",
        "nn": "Detaljar er lagra i {log}.",
        "en": "Details have been saved in {log}.",
    },
    "attendance.bad_year": {
        "nb": "Året {year} er ugyldig. Oppgi et årstall, for eksempel {example}.",
        "nn": "Året {year} er ugyldig. Oppgi eit årstal, til dømes {example}.",
        "en": "The year {year} is not valid. Give a year, for example {example}.",
    },
    "body.not_found_id": {
        "nb": "Organet med id {body_id} finnes ikke.",
        "nn": "Organet med id {body_id} finst ikkje.",
        "en": "The body with id {body_id} does not exist.",
    },
    "year_review.bad_format": {
        "nb": "«{path}»: årsmeldingen kan skrives til Word (.docx) eller Excel (.xlsx).",
        "nn": "«{path}»: årsmeldinga kan skrivast til Word (.docx) eller Excel (.xlsx).",
        "en": "«{path}»: the year report can be written to Word (.docx) or Excel (.xlsx).",
    },
    "follow_ups.bad_status": {
        "nb": "Ukjent status «{status}» for oppfølging; velg blant {choices}.",
        "nn": "Ukjend status «{status}» for oppfølging; vel blant {choices}.",
        "en": "Unknown follow-up status «{status}»; choose among {choices}.",
    },
    "year_review.no_meetings": {
        "nb": "Det er ingen møter i {year}, så det er ingenting å lage årsmelding av.",
        "nn": "Det er ingen møte i {year}, så det er ingenting å lage årsmelding av.",
        "en": "There are no meetings in {year}, so there is nothing to report on.",
    },
    "year_review.no_meetings_body": {
        "nb": "{body} har ingen møter i {year}, så det er ingenting å lage årsmelding av.",
        "nn": "{body} har ingen møte i {year}, så det er ingenting å lage årsmelding av.",
        "en": "{body} has no meetings in {year}, so there is nothing to report on.",
    },
    "attendance_person.bad_period": {
        "nb": "Perioden {start} til {end} er ugyldig: første dag må komme før eller være lik siste dag.",
        "nn": "Perioden {start} til {end} er ugyldig: første dag må kome før eller vere lik siste dag.",
        "en": "The period {start} to {end} is not valid: the first day must come before or be the last day.",
    },
    "attendance.no_bodies": {
        "nb": "Det finnes ingen organer å lage oppmøteliste for.",
        "nn": "Det finst ingen organ å lage oppmøteliste for.",
        "en": "There are no bodies to make an attendance list for.",
    },
    "template.unreadable": {
        "nb": "Word-malen «{name}» kan ikke leses: {reason}.",
        "nn": "Word-malen «{name}» kan ikkje lesast: {reason}.",
        "en": "The Word template «{name}» cannot be read: {reason}.",
    },
    "meeting.not_found_id": {
        "nb": "Møtet med id {meeting_id} finnes ikke.",
        "nn": "Møtet med id {meeting_id} finst ikkje.",
        "en": "The meeting with id {meeting_id} does not exist.",
    },
    "minutes.meeting_cancelled": {
        "nb": "Møtet er avlyst, så det er ikke noe referat å lage.",
        "nn": "Møtet er avlyst, så det er ikkje noko referat å lage.",
        "en": "The meeting is cancelled, so there are no minutes to make.",
    },
    "notice.meeting_cancelled": {
        "nb": "Møtet er avlyst, så det er ingen innkalling å lage.",
        "nn": "Møtet er avlyst, så det er inga innkalling å lage.",
        "en": "The meeting is cancelled, so there is no notice to make.",
    },
    "document.unknown_language": {
        "nb": "Ukjent målform «{code}». Velg nb (bokmål) eller nn (nynorsk).",
        "nn": "Ukjend målform «{code}». Vel nb (bokmål) eller nn (nynorsk).",
        "en": "Unknown written standard «{code}». Choose nb (bokmål) or nn (nynorsk).",
    },
    "template.missing": {
        "nb": "Finner ikke Word-malen «{name}». Velg malen på nytt, eller bruk standardmalen.",
        "nn": "Finn ikkje Word-malen «{name}». Vel malen på nytt, eller bruk standardmalen.",
        "en": "Cannot find the Word template «{name}». Choose the template again, or use the standard template.",
    },
    "template.setting_missing": {
        "nb": "Finner ikke Word-malen «{name}» som er valgt i innstillingene. Velg malen på nytt, eller velg standardmalen.",
        "nn": "Finn ikkje Word-malen «{name}» som er vald i innstillingane. Vel malen på nytt, eller vel standardmalen.",
        "en": "Cannot find the Word template «{name}» chosen in the settings. Choose the template again, or choose the standard template.",
    },
    "template.not_word": {
        "nb": "«{name}» er ikke en Word-mal. Velg en fil av typen .docx eller .dotx.",
        "nn": "«{name}» er ikkje ein Word-mal. Vel ei fil av typen .docx eller .dotx.",
        "en": "«{name}» is not a Word template. Choose a file of type .docx or .dotx.",
    },
    "template.old_or_locked": {
        "nb": "Word-malen «{name}» er i det gamle .doc-formatet eller passordbeskyttet. Lagre den som .docx eller .dotx i Word og velg den på nytt.",
        "nn": "Word-malen «{name}» er i det gamle .doc-formatet eller passordverna. Lagre han som .docx eller .dotx i Word og vel han på nytt.",
        "en": "The Word template «{name}» is in the old .doc format or protected by a password. Save it as .docx or .dotx in Word and choose it again.",
    },
    "template.macros": {
        "nb": "Word-malen «{name}» inneholder makroer. Lagre den som .dotx eller .docx uten makroer.",
        "nn": "Word-malen «{name}» inneheld makroar. Lagre han som .dotx eller .docx utan makroar.",
        "en": "The Word template «{name}» contains macros. Save it as .dotx or .docx without macros.",
    },
    "template.damaged": {
        "nb": "Word-malen «{name}» er skadet og kan ikke brukes. Velg en annen mal.",
        "nn": "Word-malen «{name}» er skadd og kan ikkje brukast. Vel ein annan mal.",
        "en": "The Word template «{name}» is damaged and cannot be used. Choose another template.",
    },
    "template.unsafe": {
        "nb": "Word-malen «{name}» inneholder XML-definisjoner som Word aldri lager, og blir ikke brukt.",
        "nn": "Word-malen «{name}» inneheld XML-definisjonar som Word aldri lagar, og vert ikkje brukt.",
        "en": "The Word template «{name}» contains XML definitions that Word never makes, and will not be used.",
    },
    "template.too_big": {
        "nb": "Word-malen «{name}» er for stor eller ser ut til å være en zip-bombe, og blir ikke brukt.",
        "nn": "Word-malen «{name}» er for stor eller ser ut til å vere ei zip-bombe, og vert ikkje brukt.",
        "en": "The Word template «{name}» is too big or looks like a zip bomb, and will not be used.",
    },
    "template.too_big_to_keep": {
        "nb": "Word-malen «{name}» er større enn 10 MB og kan ikke lagres i databasen. Lagre malen uten store bilder eller innebygde skrifter, og velg den på nytt.",
        "nn": "Word-malen «{name}» er større enn 10 MB og kan ikkje lagrast i databasen. Lagre malen utan store bilete eller innebygde skrifter, og vel han på nytt.",
        "en": "The Word template «{name}» is larger than 10 MB and cannot be kept in the database. Save the template without large pictures or embedded fonts, and choose it again.",
    },
    "template.unusable": {
        "nb": "Dokumentet kunne ikke lages med Word-malen «{name}». Velg en annen mal, eller bruk standardmalen.",
        "nn": "Dokumentet kunne ikkje lagast med Word-malen «{name}». Vel ein annan mal, eller bruk standardmalen.",
        "en": "The document could not be made with the Word template «{name}». Choose another template, or use the standard template.",
    },
    "template.too_many_headers": {
        "nb": "Word-malen «{name}» har {count} topp- og bunntekster (høyst {limit}) og blir ikke brukt. Fjern overflødige inndelingsskift i Word, lagre malen og velg den på nytt.",
        "nn": "Word-malen «{name}» har {count} topp- og botntekstar (høgst {limit}) og vert ikkje brukt. Fjern overflødige bolkskift i Word, lagre malen og vel han på nytt.",
        "en": "The Word template «{name}» has {count} headers and footers (at most {limit}) and will not be used. Remove unneeded section breaks in Word, save the template and choose it again.",
    },
    "template.external": {
        "nb": "Word-malen «{name}» kan ikke brukes: den henter innhold utenfra ({found}). Fjern koblingen i Word, lagre malen og velg den på nytt.",
        "nn": "Word-malen «{name}» kan ikkje brukast: han hentar innhald utanfrå ({found}). Fjern koplinga i Word, lagre malen og vel han på nytt.",
        "en": "The Word template «{name}» cannot be used: it fetches content from outside ({found}). Remove the link in Word, save the template and choose it again.",
    },
    "logo.empty": {
        "nb": "Logofilen «{name}» er tom.",
        "nn": "Logofila «{name}» er tom.",
        "en": "The logo file «{name}» is empty.",
    },
    "logo.too_big": {
        "nb": "Logoen «{name}» er større enn 2 MB. Lagre den mindre (for eksempel 600 piksler bred) og velg den på nytt.",
        "nn": "Logoen «{name}» er større enn 2 MB. Lagre han mindre (til dømes 600 pikslar brei) og vel han på nytt.",
        "en": "The logo «{name}» is larger than 2 MB. Save it smaller (600 pixels wide, for example) and choose it again.",
    },
    "logo.not_image": {
        "nb": "«{name}» er ikke et PNG- eller JPEG-bilde. Velg logoen som .png eller .jpg.",
        "nn": "«{name}» er ikkje eit PNG- eller JPEG-bilete. Vel logoen som .png eller .jpg.",
        "en": "«{name}» is not a PNG or JPEG image. Choose the logo as .png or .jpg.",
    },
    "logo.unreadable": {
        "nb": "Logofilen «{name}» kan ikke leses: {reason}",
        "nn": "Logofila «{name}» kan ikkje lesast: {reason}",
        "en": "The logo file «{name}» cannot be read: {reason}",
    },
    "roster.workbook_empty": {
        "nb": "Arbeidsboken er tom.",
        "nn": "Arbeidsboka er tom.",
        "en": "The workbook is empty.",
    },
    "roster.no_roster_found": {
        "nb": "Fant ingen medlemsliste i «{name}»: ingen ark har kolonneoverskrifter som Navn, Rolle, Representerer og E-post.{hidden}",
        "nn": "Fann inga medlemsliste i «{name}»: ingen ark har kolonneoverskrifter som Navn, Rolle, Representerer og E-post.{hidden}",
        "en": "Found no membership list in «{name}»: no sheet has column headings such as Navn, Rolle, Representerer and E-post.{hidden}",
    },
    "roster.hidden_not_read": {
        "nb": " Skjulte ark er ikke lest: {sheets}.",
        "nn": " Skjulte ark er ikkje lesne: {sheets}.",
        "en": " Hidden sheets have not been read: {sheets}.",
    },
    "roster.unknown_field": {
        "nb": "«{key}» er ikke et felt i medlemslisten.",
        "nn": "«{key}» er ikkje eit felt i medlemslista.",
        "en": "«{key}» is not a field of the membership list.",
    },
    "roster.no_such_column": {
        "nb": "Kolonne {column} i arket «{sheet}» finnes ikke.",
        "nn": "Kolonne {column} i arket «{sheet}» finst ikkje.",
        "en": "Column {column} in the sheet «{sheet}» does not exist.",
    },
    "roster.hidden_sheet": {
        "nb": "Arket «{sheet}» er skjult i Excel og er ikke lest inn.",
        "nn": "Arket «{sheet}» er skjult i Excel og er ikkje lese inn.",
        "en": "The sheet «{sheet}» is hidden in Excel and has not been read.",
    },
    "roster.only_hidden": {
        "nb": "Arbeidsboken «{name}» har bare skjulte ark med innhold ({sheets}). hfdesk leser ikke skjulte ark: vis arket i Excel (høyreklikk på en arkfane, Vis) og prøv igjen.",
        "nn": "Arbeidsboka «{name}» har berre skjulte ark med innhald ({sheets}). hfdesk les ikkje skjulte ark: vis arket i Excel (høgreklikk på ei arkfane, Vis) og prøv igjen.",
        "en": "The workbook «{name}» has only hidden sheets with content ({sheets}). hfdesk does not read hidden sheets: show the sheet in Excel (right-click a sheet tab, Unhide) and try again.",
    },
    "roster.too_many_rows": {
        "nb": "Arbeidsboken «{name}» har for mange rader (mer enn {limit} til sammen i alle ark; grensen ble nådd i arket «{sheet}»). Del listen opp i flere arbeidsbøker.",
        "nn": "Arbeidsboka «{name}» har for mange rader (meir enn {limit} til saman i alle ark; grensa vart nådd i arket «{sheet}»). Del lista opp i fleire arbeidsbøker.",
        "en": "The workbook «{name}» has too many rows (more than {limit} in all sheets together; the limit was reached in the sheet «{sheet}»). Split the list into several workbooks.",
    },
    "roster.row_too_far": {
        "nb": "Arket «{sheet}» har for mange rader (mer enn {limit}).",
        "nn": "Arket «{sheet}» har for mange rader (meir enn {limit}).",
        "en": "The sheet «{sheet}» has too many rows (more than {limit}).",
    },
    "roster.too_many_rows_parsed": {
        "nb": "Arbeidsboken «{name}» har for mange rader til å leses inn (over {limit} rader i alle ark til sammen, tomme rader medregnet). Slett tomme rader og ark, eller del listen opp i flere arbeidsbøker.",
        "nn": "Arbeidsboka «{name}» har for mange rader til å lesast inn (over {limit} rader i alle ark til saman, tomme rader medrekna). Slett tomme rader og ark, eller del lista opp i fleire arbeidsbøker.",
        "en": "The workbook «{name}» has too many rows to be read (over {limit} rows in all sheets together, empty rows included). Delete empty rows and sheets, or split the list into several workbooks.",
    },
    "roster.csv_too_big": {
        "nb": "CSV-filen «{name}» er for stor til å leses inn (over {limit} MB).",
        "nn": "CSV-fila «{name}» er for stor til å lesast inn (over {limit} MB).",
        "en": "The CSV file «{name}» is too big to be read (over {limit} MB).",
    },
    "roster.csv_not_text": {
        "nb": "«{name}» er ikke en CSV-fil: den inneholder binære data. Lagre listen fra Excel som CSV (semikolondelt) eller som arbeidsbok (.xlsx).",
        "nn": "«{name}» er ikkje ei CSV-fil: ho inneheld binære data. Lagra lista frå Excel som CSV (semikolondelt) eller som arbeidsbok (.xlsx).",
        "en": "«{name}» is not a CSV file: it holds binary data. Save the list from Excel as CSV (semicolon-separated) or as a workbook (.xlsx).",
    },
    "roster.unknown_role": {
        "nb": "Ukjent rolle «{word}». Ord hfdesk kjenner: {known}. Skriv et av dem, eller koble ordet til en rolle i importveiviseren (det huskes til neste gang).",
        "nn": "Ukjend rolle «{word}». Ord hfdesk kjenner: {known}. Skriv eitt av dei, eller kople ordet til ei rolle i importvegvisaren (det vert hugsa til neste gong).",
        "en": "Unknown role «{word}». Words hfdesk knows: {known}. Write one of them, or map the word to a role in the import wizard (it is remembered for next time).",
    },
    "roster.unknown_rights": {
        "nb": "Ukjente rettigheter «{word}». Bruk en av disse: {known}.",
        "nn": "Ukjende rettar «{word}». Bruk ein av desse: {known}.",
        "en": "Unknown rights «{word}». Use one of: {known}.",
    },
    "roster.unknown_side": {
        "nb": "Ukjent part «{word}». Bruk en av disse: {known}.",
        "nn": "Ukjend part «{word}». Bruk ein av desse: {known}.",
        "en": "Unknown side «{word}». Use one of: {known}.",
    },
    "roster.only_deputy_for": {
        "nb": "Bare et varamedlem kan være vara for et annet medlem.",
        "nn": "Berre eit varamedlem kan vere vara for eit anna medlem.",
        "en": "Only a deputy can stand in for another member.",
    },
    "roster.same_person_twice": {
        "nb": "«{name}» og «{other}» (rad {other_row} i arket «{other_sheet}») ser ut til å være samme person (e-post {email}), skrevet på to måter. Rett arket, eller si i importveiviseren at det er samme person.",
        "nn": "«{name}» og «{other}» (rad {other_row} i arket «{other_sheet}») ser ut til å vere same person (e-post {email}), skrive på to måtar. Rett arket, eller sei i importvegvisaren at det er same person.",
        "en": "«{name}» and «{other}» (row {other_row} in the sheet «{other_sheet}») look like the same person (e-mail {email}) spelt two ways. Correct the sheet, or tell the import wizard they are the same person.",
    },
    "roster.body_ambiguous": {
        "nb": "«{sheet}» passer til flere organ: {candidates}. Velg organet listen gjelder (--body ID).",
        "nn": "«{sheet}» passar til fleire organ: {candidates}. Vel organet lista gjeld (--body ID).",
        "en": "«{sheet}» fits several bodies: {candidates}. Choose the body the list is for (--body ID).",
    },
    "roster.body_not_found": {
        "nb": "Fant ikke hvilket organ arket «{sheet}» gjelder: verken arknavnet eller filnavnet «{file}» er navnet eller kortnavnet til et organ. Velg organet (--body ID): {candidates}.",
        "nn": "Fann ikkje kva organ arket «{sheet}» gjeld: verken arknamnet eller filnamnet «{file}» er namnet eller kortnamnet til eit organ. Vel organet (--body ID): {candidates}.",
        "en": "Could not tell which body the sheet «{sheet}» is for: neither the sheet's name nor the file name «{file}» is a body's name or short name. Choose the body (--body ID): {candidates}.",
    },
    "roster.organisation_needs_side": {
        "nb": "Organisasjonen «{organisation}» finnes ikke i registeret. Fyll inn kolonnen Part (Kommune, Sykehus, Bruker, …) så den kan opprettes.",
        "nn": "Organisasjonen «{organisation}» finst ikkje i registeret. Fyll inn kolonnen Part (Kommune, Sjukehus, Brukar, …) så han kan opprettast.",
        "en": "The organisation «{organisation}» is not in the register. Fill in the column Part (Kommune, Sykehus, Bruker, …) so it can be created.",
    },
    "roster.name_twice_in_file": {
        "nb": "Flere personer i filen heter «{name}». Fyll inn e-post for å skille dem.",
        "nn": "Fleire personar i fila heiter «{name}». Fyll inn e-post for å skilje dei.",
        "en": "Several people in the file are called «{name}». Fill in e-mail addresses to tell them apart.",
    },
    "roster.name_twice_in_register": {
        "nb": "Flere personer i registeret heter «{name}». Fyll inn e-post for å skille dem.",
        "nn": "Fleire personar i registeret heiter «{name}». Fyll inn e-post for å skilje dei.",
        "en": "Several people in the register are called «{name}». Fill in the e-mail address to tell them apart.",
    },
    "roster.term_ends_before_today": {
        "nb": "Perioden slutter før den begynner (tom «Periode fra» betyr i dag).",
        "nn": "Perioden sluttar før han byrjar (tom «Periode frå» tyder i dag).",
        "en": "The term ends before it begins (an empty «Periode fra» means today).",
    },
    "roster.row_repeats": {
        "nb": "Raden gjentar rad {other_row} i arket «{other_sheet}».",
        "nn": "Rada gjentek rad {other_row} i arket «{other_sheet}».",
        "en": "The row repeats row {other_row} in the sheet «{other_sheet}».",
    },
    "roster.deputy_for_ambiguous": {
        "nb": "Flere medlemmer i {body} heter «{name}»; kan ikke avgjøre hvem varamedlemmet er vara for.",
        "nn": "Fleire medlemmar i {body} heiter «{name}»; kan ikkje avgjere kven varamedlemmet er vara for.",
        "en": "Several members of {body} are called «{name}»; cannot tell whom the deputy stands in for.",
    },
    "roster.deputy_for_missing": {
        "nb": "{deputy} er vara for «{name}», men «{name}» er ikke leder, nestleder eller medlem i {body}, verken i filen eller i registeret.",
        "nn": "{deputy} er vara for «{name}», men «{name}» er ikkje leiar, nestleiar eller medlem i {body}, verken i fila eller i registeret.",
        "en": "{deputy} stands in for «{name}», but «{name}» is not a leader, deputy leader or member of {body}, neither in the file nor in the register.",
    },
    "workbook.not_found": {
        "nb": "Finner ikke filen «{name}».",
        "nn": "Finn ikkje fila «{name}».",
        "en": "Cannot find the file «{name}».",
    },
    "file.no_read_access": {
        "nb": "Du har ikke tilgang til å lese «{name}».",
        "nn": "Du har ikkje tilgang til å lese «{name}».",
        "en": "You do not have permission to read «{name}».",
    },
    "workbook.sheet_full": {
        "nb": "Arket «{sheet}» har ikke plass til flere rader: Excel tar høyst {limit} rader i et ark. "
        "Ta ut mindre om gangen, for eksempel en kortere periode.",
        "nn": "Arket «{sheet}» har ikkje plass til fleire rader: Excel tek høgst {limit} rader i eit ark. "
        "Ta ut mindre om gongen, til dømes ein kortare periode.",
        "en": "The sheet «{sheet}» has no room for more rows: Excel takes at most {limit} rows in a sheet. "
        "Export less at a time, a shorter period for example.",
    },
    "workbook.too_many_columns": {
        "nb": "Arket «{sheet}» ville fått {count} kolonner, men Excel tar høyst {limit}. Ta ut mindre om gangen.",
        "nn": "Arket «{sheet}» ville fått {count} kolonnar, men Excel tek høgst {limit}. Ta ut mindre om gongen.",
        "en": "The sheet «{sheet}» would get {count} columns, but Excel takes at most {limit}. Export less at a time.",
    },
    "workbook.not_xlsx": {
        "nb": "«{name}» er ikke en Excel-arbeidsbok (.xlsx).",
        "nn": "«{name}» er ikkje ei Excel-arbeidsbok (.xlsx).",
        "en": "«{name}» is not an Excel workbook (.xlsx).",
    },
    "workbook.bomb": {
        "nb": "Filen ser ut til å være skadet eller laget for å lure programmet (zip-bombe).",
        "nn": "Fila ser ut til å vere skadd eller laga for å lure programmet (zip-bombe).",
        "en": "The file looks damaged or made to trick the program (a zip bomb).",
    },
    "workbook.too_big": {
        "nb": "Arbeidsboken «{name}» er for stor til å leses inn (over {limit} MB utpakket).",
        "nn": "Arbeidsboka «{name}» er for stor til å lesast inn (over {limit} MB utpakka).",
        "en": "The workbook «{name}» is too big to be read (over {limit} MB unpacked).",
    },
    "workbook.entities": {
        "nb": "Filen inneholder XML-definisjoner som Excel aldri lager (mulig «billion laughs»-angrep) og blir ikke lest.",
        "nn": "Fila inneheld XML-definisjonar som Excel aldri lagar (mogleg «billion laughs»-åtak) og vert ikkje lesen.",
        "en": "The file contains XML definitions that Excel never makes (a possible «billion laughs» attack) and will not be read.",
    },
    "workbook.encrypted": {
        "nb": "Arbeidsboken «{name}» er passordbeskyttet. Fjern passordet i Excel og prøv igjen.",
        "nn": "Arbeidsboka «{name}» er passordverna. Fjern passordet i Excel og prøv igjen.",
        "en": "The workbook «{name}» is protected by a password. Remove the password in Excel and try again.",
    },
    "workbook.damaged": {
        "nb": "Arbeidsboken «{name}» er skadet og kan ikke leses.",
        "nn": "Arbeidsboka «{name}» er skadd og kan ikkje lesast.",
        "en": "The workbook «{name}» is damaged and cannot be read.",
    },
    "workbook.old_format": {
        "nb": "«{name}» er i et eldre Excel-format (.xls) eller et annet Office-format. Åpne den i Excel, lagre den som Excel-arbeidsbok (.xlsx) og prøv igjen.",
        "nn": "«{name}» er i eit eldre Excel-format (.xls) eller eit anna Office-format. Opne ho i Excel, lagre ho som Excel-arbeidsbok (.xlsx) og prøv igjen.",
        "en": "«{name}» is in an older Excel format (.xls) or another Office format. Open it in Excel, save it as an Excel workbook (.xlsx) and try again.",
    },
    "workbook.xlsb": {
        "nb": "«{name}» er en binær Excel-arbeidsbok (.xlsb). Lagre den som Excel-arbeidsbok (.xlsx) og prøv igjen.",
        "nn": "«{name}» er ei binær Excel-arbeidsbok (.xlsb). Lagre ho som Excel-arbeidsbok (.xlsx) og prøv igjen.",
        "en": "«{name}» is a binary Excel workbook (.xlsb). Save it as an Excel workbook (.xlsx) and try again.",
    },
    "workbook.ods": {
        "nb": "«{name}» er et OpenDocument-regneark (.ods). Lagre det som Excel-arbeidsbok (.xlsx) og prøv igjen.",
        "nn": "«{name}» er eit OpenDocument-rekneark (.ods). Lagre det som Excel-arbeidsbok (.xlsx) og prøv igjen.",
        "en": "«{name}» is an OpenDocument spreadsheet (.ods). Save it as an Excel workbook (.xlsx) and try again.",
    },
    "workbook.too_many_sheets": {
        "nb": "Arbeidsboken «{name}» har for mange ark (mer enn {limit}). Del den opp i flere arbeidsbøker.",
        "nn": "Arbeidsboka «{name}» har for mange ark (meir enn {limit}). Del ho opp i fleire arbeidsbøker.",
        "en": "The workbook «{name}» has too many sheets (more than {limit}). Split it into several workbooks.",
    },
    "workbook.shared_sheets": {
        "nb": "Arbeidsboken «{name}» er skadet eller laget for å lure programmet: flere ark viser til det samme innholdet i filen, noe Excel aldri lager.",
        "nn": "Arbeidsboka «{name}» er skadd eller laga for å lure programmet: fleire ark viser til det same innhaldet i fila, noko Excel aldri lagar.",
        "en": "The workbook «{name}» is damaged or made to trick the program: several sheets refer to the same content in the file, which Excel never makes.",
    },
    "workbook.no_defusedxml": {
        "nb": "Programmet mangler beskyttelsen mot farlige XML-filer (defusedxml) og leser derfor ikke Excel-filer. Installer hfdesk på nytt.",
        "nn": "Programmet manglar vernet mot farlege XML-filer (defusedxml) og les difor ikkje Excel-filer. Installer hfdesk på nytt.",
        "en": "The program lacks its protection against dangerous XML files (defusedxml) and so does not read Excel files. Install hfdesk again.",
    },
    "record.not_found": {
        "nb": "{what} med id {id} finnes ikke.",
        "nn": "{what} med id {id} finst ikkje.",
        "en": "{what} with id {id} does not exist.",
    },
    "field.required": {
        "nb": "{what} må fylles ut.",
        "nn": "{what} må fyllast ut.",
        "en": "{what} must be filled in.",
    },
    "what.area": {
        "nb": "Området",
        "nn": "Området",
        "en": "The area",
    },
    "what.organisation": {
        "nb": "Organisasjonen",
        "nn": "Organisasjonen",
        "en": "The organisation",
    },
    "what.person": {
        "nb": "Personen",
        "nn": "Personen",
        "en": "The person",
    },
    "what.body": {
        "nb": "Organet",
        "nn": "Organet",
        "en": "The body",
    },
    "what.membership": {
        "nb": "Medlemskapet",
        "nn": "Medlemskapet",
        "en": "The membership",
    },
    "what.composition_rule": {
        "nb": "Sammensetningsregelen",
        "nn": "Samansetjingsregelen",
        "en": "The composition rule",
    },
    "what.meeting": {
        "nb": "Møtet",
        "nn": "Møtet",
        "en": "The meeting",
    },
    "what.agenda_item": {
        "nb": "Saken",
        "nn": "Saka",
        "en": "The case",
    },
    "what.attendance": {
        "nb": "Oppmøteregistreringen",
        "nn": "Oppmøteregistreringa",
        "en": "The attendance record",
    },
    "what.proposal": {
        "nb": "Forslaget",
        "nn": "Framlegget",
        "en": "The proposal",
    },
    "what.conclusion": {
        "nb": "Konklusjonen",
        "nn": "Konklusjonen",
        "en": "The conclusion",
    },
    "what.follow_up": {
        "nb": "Oppfølgingen",
        "nn": "Oppfølginga",
        "en": "The follow-up",
    },
    "what.protocol_entry": {
        "nb": "Protokolltilførselen",
        "nn": "Protokolltilførselen",
        "en": "The protocol entry",
    },
    "what.disqualification": {
        "nb": "Inhabilitetsregistreringen",
        "nn": "Inhabilitetsregistreringa",
        "en": "The disqualification record",
    },
    # who changed what (hfdesk.services.history, issue 22)
    "history.someone": {
        "nb": "noen",
        "nn": "nokon",
        "en": "someone",
    },
    "history.insert": {
        "nb": "{who} la til {what}",
        "nn": "{who} la til {what}",
        "en": "{who} added {what}",
    },
    "history.delete": {
        "nb": "{who} slettet {what}",
        "nn": "{who} sletta {what}",
        "en": "{who} deleted {what}",
    },
    "history.created": {
        "nb": "{who} opprettet {what}",
        "nn": "{who} oppretta {what}",
        "en": "{who} created {what}",
    },
    "history.imported": {
        "nb": "{who} importerte møtet fra en fil",
        "nn": "{who} importerte møtet frå ei fil",
        "en": "{who} imported the meeting from a file",
    },
    "history.changed_value": {
        "nb": "{who} endret {field} på {what} fra «{old}» til «{new}»",
        "nn": "{who} endra {field} på {what} frå «{old}» til «{new}»",
        "en": "{who} changed the {field} of {what} from “{old}” to “{new}”",
    },
    "history.changed": {
        "nb": "{who} endret {fields} på {what}",
        "nn": "{who} endra {fields} på {what}",
        "en": "{who} changed {fields} of {what}",
    },
    "history.value": {
        "nb": "{field} fra «{old}» til «{new}»",
        "nn": "{field} frå «{old}» til «{new}»",
        "en": "{field} from “{old}” to “{new}”",
    },
    "history.and": {
        "nb": "og",
        "nn": "og",
        "en": "and",
    },
    "history.value.attendance_status.expected": {
        "nb": "forventet",
        "nn": "venta",
        "en": "expected",
    },
    "history.value.attendance_status.present": {
        "nb": "til stede",
        "nn": "til stades",
        "en": "present",
    },
    "history.value.attendance_status.reported_absent": {
        "nb": "meldt forfall",
        "nn": "meldt forfall",
        "en": "reported absent",
    },
    "history.value.attendance_status.absent": {
        "nb": "fraværende",
        "nn": "fråverande",
        "en": "absent",
    },
    "history.value.capacity.member": {
        "nb": "medlem",
        "nn": "medlem",
        "en": "member",
    },
    "history.value.capacity.deputy": {
        "nb": "varamedlem",
        "nn": "varamedlem",
        "en": "deputy",
    },
    "history.value.capacity.observer": {
        "nb": "observatør",
        "nn": "observatør",
        "en": "observer",
    },
    "history.value.capacity.guest": {
        "nb": "gjest",
        "nn": "gjest",
        "en": "guest",
    },
    "history.value.capacity.secretariat": {
        "nb": "sekretariat",
        "nn": "sekretariat",
        "en": "secretariat",
    },
    "history.value.choice.for": {
        "nb": "for",
        "nn": "for",
        "en": "for",
    },
    "history.value.choice.against": {
        "nb": "mot",
        "nn": "mot",
        "en": "against",
    },
    "history.value.choice.abstain": {
        "nb": "avstår",
        "nn": "avstår",
        "en": "abstains",
    },
    "history.value.fate.pending": {
        "nb": "ikke avgjort",
        "nn": "ikkje avgjort",
        "en": "pending",
    },
    "history.value.fate.adopted": {
        "nb": "vedtatt",
        "nn": "vedteke",
        "en": "adopted",
    },
    "history.value.fate.fell": {
        "nb": "falt",
        "nn": "fall",
        "en": "fell",
    },
    "history.value.fate.withdrawn": {
        "nb": "trukket",
        "nn": "trekt",
        "en": "withdrawn",
    },
    "history.value.follow_up_status.open": {
        "nb": "åpen",
        "nn": "open",
        "en": "open",
    },
    "history.value.follow_up_status.done": {
        "nb": "utført",
        "nn": "utført",
        "en": "done",
    },
    "history.value.case_type.decision": {
        "nb": "vedtakssak",
        "nn": "vedtakssak",
        "en": "decision",
    },
    "history.value.case_type.discussion": {
        "nb": "drøftingssak",
        "nn": "drøftingssak",
        "en": "discussion",
    },
    "history.value.case_type.information": {
        "nb": "orienteringssak",
        "nn": "orienteringssak",
        "en": "information",
    },
    "history.value.kind.consensus": {
        "nb": "enstemmig",
        "nn": "samrøystes",
        "en": "consensus",
    },
    "history.value.kind.consensus_with_protocol": {
        "nb": "enstemmig med protokolltilførsel",
        "nn": "samrøystes med protokolltilførsel",
        "en": "consensus with a protocol entry",
    },
    "history.value.kind.vote": {
        "nb": "avstemning",
        "nn": "avrøysting",
        "en": "vote",
    },
    "history.value.kind.no_consensus": {
        "nb": "ikke enighet",
        "nn": "ikkje semje",
        "en": "no consensus",
    },
    "history.value.kind.deferred": {
        "nb": "utsatt",
        "nn": "utsett",
        "en": "deferred",
    },
    "history.value.kind.noted": {
        "nb": "tatt til orientering",
        "nn": "teke til orientering",
        "en": "noted",
    },
    "history.value.kind.withdrawn": {
        "nb": "trukket",
        "nn": "trekt",
        "en": "withdrawn",
    },
    "history.off_agenda": {
        "nb": "{who} tok {what} av sakslisten",
        "nn": "{who} tok {what} av saklista",
        "en": "{who} took {what} off the agenda",
    },
    "history.on_agenda": {
        "nb": "{who} satte {what} på sakslisten",
        "nn": "{who} sette {what} på saklista",
        "en": "{who} put {what} on the agenda",
    },
    "history.other_meeting": {
        "nb": "{who} flyttet {what} til et annet møte",
        "nn": "{who} flytta {what} til eit anna møte",
        "en": "{who} moved {what} to another meeting",
    },
    "history.entity.other": {
        "nb": "{name}",
        "nn": "{name}",
        "en": "{name}",
    },
    "history.entity.other.plain": {
        "nb": "et objekt",
        "nn": "eit objekt",
        "en": "an object",
    },
    "history.entity.meetings": {
        "nb": "møtet «{name}»",
        "nn": "møtet «{name}»",
        "en": "the meeting “{name}”",
    },
    "history.entity.meetings.plain": {
        "nb": "møtet",
        "nn": "møtet",
        "en": "the meeting",
    },
    "history.entity.agenda_items": {
        "nb": "sak {name}",
        "nn": "sak {name}",
        "en": "case {name}",
    },
    "history.entity.agenda_items.plain": {
        "nb": "en sak",
        "nn": "ei sak",
        "en": "a case",
    },
    "history.entity.cases": {
        "nb": "saken «{name}»",
        "nn": "saka «{name}»",
        "en": "the case “{name}”",
    },
    "history.entity.cases.plain": {
        "nb": "en sak",
        "nn": "ei sak",
        "en": "a case",
    },
    "history.entity.attendances": {
        "nb": "oppmøtet til {name}",
        "nn": "oppmøtet til {name}",
        "en": "the attendance of {name}",
    },
    "history.entity.attendances.plain": {
        "nb": "et oppmøte",
        "nn": "eit oppmøte",
        "en": "an attendance",
    },
    "history.entity.proposals": {
        "nb": "et forslag i sak {name}",
        "nn": "eit framlegg i sak {name}",
        "en": "a proposal in case {name}",
    },
    "history.entity.proposals.plain": {
        "nb": "et forslag",
        "nn": "eit framlegg",
        "en": "a proposal",
    },
    "history.entity.conclusions": {
        "nb": "konklusjonen i sak {name}",
        "nn": "konklusjonen i sak {name}",
        "en": "the conclusion of case {name}",
    },
    "history.entity.conclusions.plain": {
        "nb": "en konklusjon",
        "nn": "ein konklusjon",
        "en": "a conclusion",
    },
    "history.entity.vote_rounds": {
        "nb": "en avstemningsrunde i sak {name}",
        "nn": "ein røysterunde i sak {name}",
        "en": "a round of voting in case {name}",
    },
    "history.entity.vote_rounds.plain": {
        "nb": "en avstemningsrunde",
        "nn": "ein røysterunde",
        "en": "a round of voting",
    },
    "history.entity.votes": {
        "nb": "en stemme i sak {name}",
        "nn": "ei røyst i sak {name}",
        "en": "a vote in case {name}",
    },
    "history.entity.votes.plain": {
        "nb": "en stemme",
        "nn": "ei røyst",
        "en": "a vote",
    },
    "history.entity.protocol_entries": {
        "nb": "en protokolltilførsel i sak {name}",
        "nn": "ein protokolltilførsel i sak {name}",
        "en": "a protocol entry in case {name}",
    },
    "history.entity.protocol_entries.plain": {
        "nb": "en protokolltilførsel",
        "nn": "ein protokolltilførsel",
        "en": "a protocol entry",
    },
    "history.entity.follow_ups": {
        "nb": "en oppfølging i sak {name}",
        "nn": "ei oppfølging i sak {name}",
        "en": "a follow-up of case {name}",
    },
    "history.entity.follow_ups.plain": {
        "nb": "en oppfølging",
        "nn": "ei oppfølging",
        "en": "a follow-up",
    },
    "history.entity.disqualifications": {
        "nb": "en inhabilitet i sak {name}",
        "nn": "ein inhabilitet i sak {name}",
        "en": "a disqualification in case {name}",
    },
    "history.entity.disqualifications.plain": {
        "nb": "en inhabilitet",
        "nn": "ein inhabilitet",
        "en": "a disqualification",
    },
    "history.entity.bodies": {
        "nb": "organet «{name}»",
        "nn": "organet «{name}»",
        "en": "the body “{name}”",
    },
    "history.entity.bodies.plain": {
        "nb": "organet",
        "nn": "organet",
        "en": "the body",
    },
    "history.entity.composition_rules": {
        "nb": "sammensetningsregelen «{name}»",
        "nn": "samansetjingsregelen «{name}»",
        "en": "the composition rule “{name}”",
    },
    "history.entity.composition_rules.plain": {
        "nb": "en sammensetningsregel",
        "nn": "ein samansetjingsregel",
        "en": "a composition rule",
    },
    "history.entity.memberships": {
        "nb": "medlemskapet til {name}",
        "nn": "medlemskapet til {name}",
        "en": "the seat of {name}",
    },
    "history.entity.memberships.plain": {
        "nb": "et medlemskap",
        "nn": "eit medlemskap",
        "en": "a seat",
    },
    "history.entity.people": {
        "nb": "personen {name}",
        "nn": "personen {name}",
        "en": "the person {name}",
    },
    "history.entity.people.plain": {
        "nb": "en person",
        "nn": "ein person",
        "en": "a person",
    },
    "history.entity.organisations": {
        "nb": "organisasjonen «{name}»",
        "nn": "organisasjonen «{name}»",
        "en": "the organisation “{name}”",
    },
    "history.entity.organisations.plain": {
        "nb": "en organisasjon",
        "nn": "ein organisasjon",
        "en": "an organisation",
    },
    "history.entity.areas": {
        "nb": "området «{name}»",
        "nn": "området «{name}»",
        "en": "the area “{name}”",
    },
    "history.entity.areas.plain": {
        "nb": "et område",
        "nn": "eit område",
        "en": "an area",
    },
    "history.field.title": {
        "nb": "tittel",
        "nn": "tittel",
        "en": "title",
    },
    "history.field.starts_at": {
        "nb": "start",
        "nn": "start",
        "en": "start",
    },
    "history.field.ends_at": {
        "nb": "slutt",
        "nn": "slutt",
        "en": "end",
    },
    "history.field.place": {
        "nb": "møtested",
        "nn": "møtestad",
        "en": "place",
    },
    "history.field.video_link": {
        "nb": "videolenke",
        "nn": "videolenkje",
        "en": "video link",
    },
    "history.field.status": {
        "nb": "status",
        "nn": "status",
        "en": "status",
    },
    "history.field.notice_sent_at": {
        "nb": "innkalling sendt",
        "nn": "innkalling sendt",
        "en": "notice sent",
    },
    "history.field.approved_on": {
        "nb": "godkjent dato",
        "nn": "godkjent dato",
        "en": "approval date",
    },
    "history.field.archive_reference": {
        "nb": "arkivreferanse",
        "nn": "arkivreferanse",
        "en": "archive reference",
    },
    "history.field.notes": {
        "nb": "notater",
        "nn": "notat",
        "en": "notes",
    },
    "history.field.chair_id": {
        "nb": "møteleder",
        "nn": "møteleiar",
        "en": "chair",
    },
    "history.field.minute_taker_id": {
        "nb": "referent",
        "nn": "referent",
        "en": "minute-taker",
    },
    "history.field.position": {
        "nb": "plassering",
        "nn": "plassering",
        "en": "position",
    },
    "history.field.number_seq": {
        "nb": "saksnummer",
        "nn": "saksnummer",
        "en": "case number",
    },
    "history.field.number_year": {
        "nb": "saksår",
        "nn": "saksår",
        "en": "case year",
    },
    "history.field.case_type": {
        "nb": "sakstype",
        "nn": "sakstype",
        "en": "case type",
    },
    "history.field.background": {
        "nb": "saksutredning",
        "nn": "saksutgreiing",
        "en": "background",
    },
    "history.field.proposed_decision": {
        "nb": "forslag til vedtak",
        "nn": "framlegg til vedtak",
        "en": "proposed decision",
    },
    "history.field.exempt": {
        "nb": "unntatt offentlighet",
        "nn": "unnateke offentlegheit",
        "en": "exempt from public access",
    },
    "history.field.exemption_basis": {
        "nb": "hjemmel",
        "nn": "heimel",
        "en": "legal basis",
    },
    "history.field.duration_minutes": {
        "nb": "varighet",
        "nn": "varigheit",
        "en": "duration",
    },
    "history.field.responsible": {
        "nb": "saksansvarlig",
        "nn": "saksansvarleg",
        "en": "responsible",
    },
    "history.field.put_forward_by": {
        "nb": "innmeldt av",
        "nn": "innmeldt av",
        "en": "put forward by",
    },
    "history.field.meeting_id": {
        "nb": "møte",
        "nn": "møte",
        "en": "meeting",
    },
    "history.field.text": {
        "nb": "tekst",
        "nn": "tekst",
        "en": "text",
    },
    "history.field.fate": {
        "nb": "utfall",
        "nn": "utfall",
        "en": "outcome",
    },
    "history.field.kind": {
        "nb": "konklusjon",
        "nn": "konklusjon",
        "en": "conclusion",
    },
    "history.field.decision_text": {
        "nb": "vedtak",
        "nn": "vedtak",
        "en": "decision",
    },
    "history.field.choice": {
        "nb": "stemme",
        "nn": "røyst",
        "en": "vote",
    },
    "history.field.capacity": {
        "nb": "deltar som",
        "nn": "deltek som",
        "en": "capacity",
    },
    "history.field.note": {
        "nb": "merknad",
        "nn": "merknad",
        "en": "note",
    },
    "history.field.what": {
        "nb": "hva",
        "nn": "kva",
        "en": "what",
    },
    "history.field.due_on": {
        "nb": "frist",
        "nn": "frist",
        "en": "due date",
    },
    "history.field.done_on": {
        "nb": "utført dato",
        "nn": "utført dato",
        "en": "done on",
    },
    "history.field.email": {
        "nb": "e-post",
        "nn": "e-post",
        "en": "e-mail",
    },
    "history.field.phone": {
        "nb": "telefon",
        "nn": "telefon",
        "en": "phone",
    },
    "history.field.given_name": {
        "nb": "fornavn",
        "nn": "førenamn",
        "en": "given name",
    },
    "history.field.family_name": {
        "nb": "etternavn",
        "nn": "etternamn",
        "en": "family name",
    },
    "history.field.name": {
        "nb": "navn",
        "nn": "namn",
        "en": "name",
    },
    "history.field.short_name": {
        "nb": "kortnavn",
        "nn": "kortnamn",
        "en": "short name",
    },
    "history.field.reference": {
        "nb": "arkivsaksnummer",
        "nn": "arkivsaksnummer",
        "en": "archive case number",
    },
    "history.field.term_from": {
        "nb": "periode fra",
        "nn": "periode frå",
        "en": "term from",
    },
    "history.field.term_to": {
        "nb": "periode til",
        "nn": "periode til",
        "en": "term to",
    },
    "history.field.role": {
        "nb": "rolle",
        "nn": "rolle",
        "en": "role",
    },
    "history.field.rights": {
        "nb": "rettigheter",
        "nn": "rettar",
        "en": "rights",
    },
    "history.field.organisation_id": {
        "nb": "organisasjon",
        "nn": "organisasjon",
        "en": "organisation",
    },
    "history.field.adopted": {
        "nb": "vedtatt",
        "nn": "vedteke",
        "en": "adopted",
    },
    "field.organisation_name": {
        "nb": "Navnet på organisasjonen",
        "nn": "Namnet på organisasjonen",
        "en": "The organisation's name",
    },
    "field.follow_up_what": {
        "nb": "Hva som skal følges opp",
        "nn": "Kva som skal følgjast opp",
        "en": "What is to be followed up",
    },
    "field.item_title": {
        "nb": "Tittelen på saken",
        "nn": "Tittelen på saka",
        "en": "The case's title",
    },
    "field.reopen_reason": {
        "nb": "Grunnen til at referatet åpnes igjen",
        "nn": "Grunnen til at referatet vert opna att",
        "en": "The reason the minutes are reopened",
    },
    "field.cancel_reason": {
        "nb": "Grunnen til at møtet avlyses",
        "nn": "Grunnen til at møtet vert avlyst",
        "en": "The reason the meeting is cancelled",
    },
    "field.body_name": {
        "nb": "Navnet på organet",
        "nn": "Namnet på organet",
        "en": "The body's name",
    },
    "field.area_name": {
        "nb": "Navnet på området",
        "nn": "Namnet på området",
        "en": "The area's name",
    },
    "field.setting_name": {
        "nb": "Navnet på innstillingen",
        "nn": "Namnet på innstillinga",
        "en": "The setting's name",
    },
    "meeting.status.planned": {
        "nb": "planlagt",
        "nn": "planlagt",
        "en": "planned",
    },
    "meeting.status.notice_sent": {
        "nb": "innkalling sendt",
        "nn": "innkalling send",
        "en": "notice sent",
    },
    "meeting.status.held": {
        "nb": "gjennomført",
        "nn": "gjennomført",
        "en": "held",
    },
    "meeting.status.minutes_approved": {
        "nb": "referat godkjent",
        "nn": "referat godkjent",
        "en": "minutes approved",
    },
    "meeting.status.cancelled": {
        "nb": "avlyst",
        "nn": "avlyst",
        "en": "cancelled",
    },
    "item.needs_meeting_or_body": {
        "nb": "En sak må høre til et møte eller et organ.",
        "nn": "Ei sak må høyre til eit møte eller eit organ.",
        "en": "A case must belong to a meeting or a body.",
    },
    "agenda.opening_items_first": {
        "nb": "«{first}» og «{second}» står alltid først på sakslisten, i den rekkefølgen.",
        "nn": "«{first}» og «{second}» står alltid først på saklista, i den rekkjefølgja.",
        "en": "«{first}» and «{second}» always come first on the agenda, in that order.",
    },
    "agenda.changed_meanwhile": {
        "nb": "Sakslisten er endret i mellomtiden. Last den inn på nytt og prøv igjen.",
        "nn": "Saklista er endra i mellomtida. Last ho inn på nytt og prøv igjen.",
        "en": "The agenda has been changed in the meantime. Load it again and try again.",
    },
    "case.send_choose_body": {
        "nb": "Velg minst ett organ å sende saken til.",
        "nn": "Vel minst eitt organ å sende saka til.",
        "en": "Choose at least one body to send the case to.",
    },
    "case.send_standard_item": {
        "nb": "«{title}» er ikke en sak som kan sendes videre.",
        "nn": "«{title}» er ikkje ei sak som kan sendast vidare.",
        "en": "“{title}” is not a case that can be sent on.",
    },
    "case.send_body_dissolved": {
        "nb": "{body} er lagt ned og kan ikke få saker.",
        "nn": "{body} er lagd ned og kan ikkje få saker.",
        "en": "{body} has been dissolved and cannot be sent cases.",
    },
    "case.already_waiting_in": {
        "nb": "Saken venter allerede på behandling i {body}. Ingen saker ble sendt.",
        "nn": "Saka ventar alt på handsaming i {body}. Ingen saker vart sende.",
        "en": "The case is already waiting in {body}. No case was sent.",
    },
    "item.not_on_agenda": {
        "nb": "Saken står ikke på en saksliste.",
        "nn": "Saka står ikkje på ei sakliste.",
        "en": "The case is not on an agenda.",
    },
    "agenda.fixed_place": {
        "nb": "«{title}» har fast plass på sakslisten.",
        "nn": "«{title}» har fast plass på saklista.",
        "en": "«{title}» has a fixed place on the agenda.",
    },
    "agenda.number_final": {
        "nb": "Innkallingen er sendt, og sak {number} har fått sitt endelige nummer. Saken kan ikke tas av sakslisten nå, men den kan trekkes i møtet.",
        "nn": "Innkallinga er send, og sak {number} har fått det endelege nummeret sitt. Saka kan ikkje takast av saklista no, men ho kan trekkjast i møtet.",
        "en": "The notice has been sent, and case {number} has its final number. The case cannot be taken off the agenda now, but it can be withdrawn in the meeting.",
    },
    "agenda.standard_items_fixed": {
        "nb": "Innkallingen er sendt; standardsakene kan ikke endres nå.",
        "nn": "Innkallinga er send; standardsakene kan ikkje endrast no.",
        "en": "The notice has been sent; the standard cases cannot be changed now.",
    },
    "agenda.already_on_agenda": {
        "nb": "«{title}» står allerede på sakslisten.",
        "nn": "«{title}» står allereie på saklista.",
        "en": "«{title}» is already on the agenda.",
    },
    "item.meeting_of_other_body": {
        "nb": "Møtet hører til et annet organ enn saken.",
        "nn": "Møtet høyrer til eit anna organ enn saka.",
        "en": "The meeting belongs to a different body than the case.",
    },
    "agenda.first_item": {
        "nb": "«{title}» står alltid først på sakslisten.",
        "nn": "«{title}» står alltid først på saklista.",
        "en": "«{title}» always comes first on the agenda.",
    },
    "agenda.last_item": {
        "nb": "«{title}» står alltid sist på sakslisten.",
        "nn": "«{title}» står alltid sist på saklista.",
        "en": "«{title}» always comes last on the agenda.",
    },
    "meeting.minutes_locked": {
        "nb": "Referatet er godkjent og låst. Åpne møtet igjen for å endre det.",
        "nn": "Referatet er godkjent og låst. Opne møtet att for å endre det.",
        "en": "The minutes are approved and locked. Reopen the meeting to change them.",
    },
    "meeting.cancelled": {
        "nb": "Møtet er avlyst.",
        "nn": "Møtet er avlyst.",
        "en": "The meeting is cancelled.",
    },
    "attachment.not_found": {
        "nb": "Vedlegget med id {attachment_id} finnes ikke.",
        "nn": "Vedlegget med id {attachment_id} finst ikkje.",
        "en": "The attachment with id {attachment_id} does not exist.",
    },
    "attachment.needs_name": {
        "nb": "Vedlegget må ha et filnavn.",
        "nn": "Vedlegget må ha eit filnamn.",
        "en": "The attachment must have a file name.",
    },
    "attachment.too_big": {
        "nb": "«{name}» er større enn 200 MB og kan ikke legges ved.",
        "nn": "«{name}» er større enn 200 MB og kan ikkje leggjast ved.",
        "en": "«{name}» is larger than 200 MB and cannot be attached.",
    },
    "attachment.minutes_locked": {
        "nb": "Referatet er godkjent og låst. Åpne møtet igjen for å endre vedleggene.",
        "nn": "Referatet er godkjent og låst. Opne møtet att for å endre vedlegga.",
        "en": "The minutes are approved and locked. Reopen the meeting to change the attachments.",
    },
    "attachment.meeting_cancelled": {
        "nb": "Møtet er avlyst; vedleggene kan ikke endres.",
        "nn": "Møtet er avlyst; vedlegga kan ikkje endrast.",
        "en": "The meeting is cancelled; the attachments cannot be changed.",
    },
    "attachment.is_folder": {
        "nb": "«{name}» er en mappe, ikke en fil.",
        "nn": "«{name}» er ei mappe, ikkje ei fil.",
        "en": "«{name}» is a folder, not a file.",
    },
    "attachment.not_found_file": {
        "nb": "Finner ikke «{name}». Filen kan være flyttet eller slettet.",
        "nn": "Finn ikkje «{name}». Fila kan vere flytta eller sletta.",
        "en": "Cannot find «{name}». The file may have been moved or deleted.",
    },
    "attachment.unreadable": {
        "nb": "Kan ikke lese «{name}». Filen kan være i bruk eller skadet.",
        "nn": "Kan ikkje lese «{name}». Fila kan vere i bruk eller skadd.",
        "en": "Cannot read «{name}». The file may be in use or damaged.",
    },
    "item.not_on_meeting": {
        "nb": "Saken står ikke på noe møte.",
        "nn": "Saka står ikkje på noko møte.",
        "en": "The case is not on any meeting.",
    },
    "item.not_in_meeting": {
        "nb": "Saken hører ikke til dette møtet.",
        "nn": "Saka høyrer ikkje til dette møtet.",
        "en": "The case does not belong to this meeting.",
    },
    "attendance.leave_before_arrive": {
        "nb": "Man kan ikke gå før man har kommet.",
        "nn": "Ein kan ikkje gå før ein har kome.",
        "en": "Nobody can leave before they have arrived.",
    },
    "attendance.no_seat": {
        "nb": "{person} har ingen medlemsplass i organet.",
        "nn": "{person} har ingen medlemsplass i organet.",
        "en": "{person} has no seat in the body.",
    },
    "attendance.guest_needs_item": {
        "nb": "{person} er gjest og må ha minst én sak.",
        "nn": "{person} er gjest og må ha minst éi sak.",
        "en": "{person} is a guest and must have at least one case.",
    },
    "attendance.not_member": {
        "nb": "{person} er ikke medlem av organet som holder møtet.",
        "nn": "{person} er ikkje medlem av organet som held møtet.",
        "en": "{person} is not a member of the body holding the meeting.",
    },
    "attendance.members_from_list": {
        "nb": "Medlemmer, varamedlemmer og observatører kommer fra organets liste.",
        "nn": "Medlemer, varamedlemer og observatørar kjem frå lista til organet.",
        "en": "Members, deputies and observers come from the body's list.",
    },
    "attendance.guest_choose_item": {
        "nb": "Velg minst én sak gjesten er med på.",
        "nn": "Vel minst éi sak gjesten er med på.",
        "en": "Choose at least one case the guest takes part in.",
    },
    "attendance.already_listed": {
        "nb": "{person} står alt på listen.",
        "nn": "{person} står alt på lista.",
        "en": "{person} is already on the list.",
    },
    "attendance.on_body_list": {
        "nb": "{person} står på organets liste; registrer forfall eller fravær i stedet.",
        "nn": "{person} står på lista til organet; registrer forfall eller fråvær i staden.",
        "en": "{person} is on the body's list; record a reported absence or an absence instead.",
    },
    "disqualification.write_basis": {
        "nb": "Skriv grunnlaget for inhabiliteten.",
        "nn": "Skriv grunnlaget for inhabiliteten.",
        "en": "Write the grounds for the disqualification.",
    },
    "attendance.not_present": {
        "nb": "{person} står ikke på oppmøtelisten for møtet.",
        "nn": "{person} står ikkje på oppmøtelista for møtet.",
        "en": "{person} is not on the meeting's attendance list.",
    },
    "disqualification.already": {
        "nb": "{person} er alt registrert som inhabil i denne saken.",
        "nn": "{person} er alt registrert som inhabil i denne saka.",
        "en": "{person} is already recorded as disqualified in this case.",
    },
    "proposal.who": {
        "nb": "Oppgi hvem som fremmet forslaget.",
        "nn": "Oppgi kven som sette fram framlegget.",
        "en": "Give who put the proposal forward.",
    },
    "proposal.amendment_same_item": {
        "nb": "Et endringsforslag må gjelde et forslag i samme sak.",
        "nn": "Eit endringsframlegg må gjelde eit framlegg i same sak.",
        "en": "An amendment must concern a proposal in the same case.",
    },
    "proposal.agenda_proposal_fixed": {
        "nb": "Forslaget til vedtak fra sakslisten kan ikke fjernes.",
        "nn": "Framlegget til vedtak frå saklista kan ikkje fjernast.",
        "en": "The proposed decision from the agenda cannot be removed.",
    },
    "conclusion.choose_where": {
        "nb": "Velg om saken går tilbake eller til partene.",
        "nn": "Vel om saka går attende eller til partane.",
        "en": "Choose whether the case goes back or to the parties.",
    },
    "conclusion.withdraw_before_notice": {
        "nb": "Saken kan trekkes først når innkallingen er sendt. Før det tar du den av sakslisten.",
        "nn": "Saka kan trekkjast først når innkallinga er send. Før det tek du ho av saklista.",
        "en": "A case can be withdrawn only once the notice has been sent. Before that, take it off the agenda.",
    },
    "conclusion.choose_first": {
        "nb": "Velg først hvordan saken ble avsluttet.",
        "nn": "Vel først korleis saka vart avslutta.",
        "en": "First choose how the case was concluded.",
    },
    "conclusion.not_no_consensus": {
        "nb": "Saken er ikke avsluttet uten konsensus.",
        "nn": "Saka er ikkje avslutta utan konsensus.",
        "en": "The case was not concluded without consensus.",
    },
    "vote.proposal_other_item": {
        "nb": "Forslaget det ble stemt over, hører til en annen sak.",
        "nn": "Framlegget det vart røysta over, høyrer til ei anna sak.",
        "en": "The proposal voted on belongs to another case.",
    },
    "vote.only_voters": {
        "nb": "Bare de med stemmerett som er til stede i saken, kan stemme.",
        "nn": "Berre dei med røysterett som er til stades i saka, kan røyste.",
        "en": "Only those with a vote who are present for the case can vote.",
    },
    "vote.missing": {
        "nb": "{count} med stemmerett mangler stemme (for, mot eller avstår).",
        "nn": "{count} med røysterett manglar røyst (for, mot eller avstår).",
        "en": "{count} with a vote have not voted (for, against or abstaining).",
    },
    "vote.not_by_vote": {
        "nb": "Saken er ikke avgjort ved avstemning.",
        "nn": "Saka er ikkje avgjord ved avrøysting.",
        "en": "The case was not decided by a vote.",
    },
    "vote.no_right": {
        "nb": "{person} har ikke stemmerett i denne saken.",
        "nn": "{person} har ikkje røysterett i denne saka.",
        "en": "{person} has no vote in this case.",
    },
    "protocol.needs_consensus": {
        "nb": "En protokolltilførsel hører til en konklusjon med konsensus eller avstemning.",
        "nn": "Ein protokolltilførsel høyrer til ein konklusjon med konsensus eller avrøysting.",
        "en": "A protocol entry belongs to a conclusion by consensus or by a vote.",
    },
    "vote.proposal_withdrawn": {
        "nb": "Forslaget er trukket og kan ikke settes under avstemning.",
        "nn": "Framlegget er trekt og kan ikkje setjast under avrøysting.",
        "en": "The proposal was withdrawn and cannot be put to the vote.",
    },
    "vote.proposal_already_voted": {
        "nb": "Det er allerede stemt over dette forslaget i en annen avstemning.",
        "nn": "Det er alt røysta over dette framlegget i ei anna avrøysting.",
        "en": "This proposal has already been voted on in another round.",
    },
    "vote.only_round": {
        "nb": "Den første avstemningen kan ikke fjernes; velg en annen konklusjon i stedet.",
        "nn": "Den første avrøystinga kan ikkje fjernast; vel ein annan konklusjon i staden.",
        "en": "The first round cannot be removed; choose another conclusion instead.",
    },
    "vote.round_has_votes": {
        "nb": "Den siste avstemningen har {count} stemmer registrert.",
        "nn": "Den siste avrøystinga har {count} røyster registrerte.",
        "en": "The last round has {count} votes recorded.",
    },
    "proposal.already_voted": {
        "nb": "Forslaget er allerede stemt over og kan ikke trekkes.",
        "nn": "Det er alt røysta over framlegget, så det kan ikkje trekkjast.",
        "en": "The proposal has already been voted on and cannot be withdrawn.",
    },
    "protocol.needs_people": {
        "nb": "En protokolltilførsel må ha noen som står bak.",
        "nn": "Ein protokolltilførsel må ha nokon som står bak.",
        "en": "A protocol entry must have someone behind it.",
    },
    "protocol.not_present": {
        "nb": "{names} står ikke på oppmøtelisten for møtet.",
        "nn": "{names} står ikkje på oppmøtelista for møtet.",
        "en": "Not on the meeting's attendance list: {names}.",
    },
    "follow_up.who": {
        "nb": "Oppgi hvem som har ansvaret for oppfølgingen.",
        "nn": "Oppgi kven som har ansvaret for oppfølginga.",
        "en": "Give who is responsible for the follow-up.",
    },
    "attendance.member_present": {
        "nb": "{member} er til stede; {deputy} kan ikke møte for vedkommende i de samme sakene.",
        "nn": "{member} er til stades; {deputy} kan ikkje møte for vedkomande i dei same sakene.",
        "en": "{member} is present; {deputy} cannot stand in for them in the same cases.",
    },
    "attendance.already_standing_in": {
        "nb": "{deputy} møter alt for {member}.",
        "nn": "{deputy} møter alt for {member}.",
        "en": "{deputy} already stands in for {member}.",
    },
    "attendance.deputy_standing_in": {
        "nb": "{deputy} møter for {member}. Registrer først når {deputy} gikk, eller ta vedkommende ut av listen.",
        "nn": "{deputy} møter for {member}. Registrer først når {deputy} gjekk, eller ta vedkomande ut av lista.",
        "en": "{deputy} stands in for {member}. First record when {deputy} left, or take them off the list.",
    },
    "attendance.only_deputy_stands_in": {
        "nb": "Bare et varamedlem kan møte for et annet medlem.",
        "nn": "Berre eit varamedlem kan møte for eit anna medlem.",
        "en": "Only a deputy can stand in for another member.",
    },
    "attendance.listed_not_deputy": {
        "nb": "{deputy} står alt på listen, men ikke som varamedlem.",
        "nn": "{deputy} står alt på lista, men ikkje som varamedlem.",
        "en": "{deputy} is already on the list, but not as a deputy.",
    },
    "attendance.guest_name": {
        "nb": "Skriv navnet på personen, eller velg en fra registeret.",
        "nn": "Skriv namnet på personen, eller vel ein frå registeret.",
        "en": "Write the person's name, or choose one from the register.",
    },
    "disqualification.choose_basis": {
        "nb": "Velg grunnlaget for inhabiliteten.",
        "nn": "Vel grunnlaget for inhabiliteten.",
        "en": "Choose the grounds for the disqualification.",
    },
    "proposal.no_right": {
        "nb": "{person} har ikke forslagsrett i denne saken.",
        "nn": "{person} har ikkje forslagsrett i denne saka.",
        "en": "{person} has no right to make proposals in this case.",
    },
    "conclusion.choose": {
        "nb": "Velg hvordan saken ble avsluttet.",
        "nn": "Vel korleis saka vart avslutta.",
        "en": "Choose how the case was concluded.",
    },
    "follow_up.needs_body_or_item": {
        "nb": "En oppfølging må høre til et organ eller en sak.",
        "nn": "Ei oppfølging må høyre til eit organ eller ei sak.",
        "en": "A follow-up must belong to a body or a case.",
    },
    "deputy.not_deputy": {
        "nb": "{name} er ikke varamedlem i organet.",
        "nn": "{name} er ikkje varamedlem i organet.",
        "en": "{name} is not a deputy in the body.",
    },
    "deputy.other_body": {
        "nb": "{name} er varamedlem i et annet organ enn {member}.",
        "nn": "{name} er varamedlem i eit anna organ enn {member}.",
        "en": "{name} is a deputy in another body than {member}.",
    },
    "deputy.not_current": {
        "nb": "{name} er ikke varamedlem på møtedagen (perioden gjelder ikke da).",
        "nn": "{name} er ikkje varamedlem på møtedagen (perioden gjeld ikkje då).",
        "en": "{name} is not a deputy on the day of the meeting (the term does not cover it).",
    },
    "deputy.no_seat": {
        "nb": "{member} har ingen medlemsplass på møtedagen som et varamedlem kan møte i.",
        "nn": "{member} har ingen medlemsplass på møtedagen som eit varamedlem kan møte i.",
        "en": "{member} has no seat on the day of the meeting for a deputy to stand in.",
    },
    "deputy.personal_other": {
        "nb": "{name} er personlig varamedlem for {principal}, ikke for {member}.",
        "nn": "{name} er personleg varamedlem for {principal}, ikkje for {member}.",
        "en": "{name} is the personal deputy of {principal}, not of {member}.",
    },
    "deputy.another_member": {
        "nb": "et annet medlem",
        "nn": "eit anna medlem",
        "en": "another member",
    },
    "deputy.other_side": {
        "nb": "{name} kommer fra en annen side enn {member}; i dette organet kan et varamedlem bare møte for et medlem fra samme side.",
        "nn": "{name} kjem frå ei anna side enn {member}; i dette organet kan eit varamedlem berre møte for eit medlem frå same side.",
        "en": "{name} comes from another side than {member}; in this body a deputy may stand in only for a member of the same side.",
    },
    "composition.deputy_for_nobody": {
        "nb": "Varamedlem {deputy} står ikke som vara for noe medlem",
        "nn": "Varamedlem {deputy} står ikkje som vara for noko medlem",
        "en": "Deputy {deputy} stands for no member",
    },
    "composition.deputy_for_other_body": {
        "nb": "Varamedlem {deputy} står som vara for et medlem i et annet organ",
        "nn": "Varamedlem {deputy} står som vara for eit medlem i eit anna organ",
        "en": "Deputy {deputy} stands for a member of another body",
    },
    "composition.deputy_for_no_seat": {
        "nb": "Varamedlem {deputy} står som vara for {member}, som ikke har en medlemsplass",
        "nn": "Varamedlem {deputy} står som vara for {member}, som ikkje har ein medlemsplass",
        "en": "Deputy {deputy} stands for {member}, who holds no member's seat",
    },
    "composition.deputy_member_ended": {
        "nb": "Varamedlem {deputy} står som vara for {member}, men perioden til {person} gikk ut {date}",
        "nn": "Varamedlem {deputy} står som vara for {member}, men perioden til {person} gjekk ut {date}",
        "en": "Deputy {deputy} stands for {member}, but the term of {person} ended on {date}",
    },
    "composition.deputy_member_not_begun": {
        "nb": "Varamedlem {deputy} står som vara for {member}, men perioden til {person} begynner først {date}",
        "nn": "Varamedlem {deputy} står som vara for {member}, men perioden til {person} byrjar først {date}",
        "en": "Deputy {deputy} stands for {member}, but the term of {person} begins only on {date}",
    },
    "composition.deputy_other_side": {
        "nb": "Varamedlem {deputy} står som vara for {member}, som kommer fra en annen side; i dette organet møter et varamedlem bare for et medlem fra samme side",
        "nn": "Varamedlem {deputy} står som vara for {member}, som kjem frå ei anna side; i dette organet møter eit varamedlem berre for eit medlem frå same side",
        "en": "Deputy {deputy} stands for {member}, who comes from another side; in this body a deputy stands in only for a member of the same side",
    },
    "composition.leader_sides_same": {
        "nb": "Leder {leader} og nestleder {deputy} kommer fra samme side; organet skal ha leder og nestleder fra hver sin side",
        "nn": "Leiar {leader} og nestleiar {deputy} kjem frå same side; organet skal ha leiar og nestleiar frå kvar si side",
        "en": "Leader {leader} and deputy leader {deputy} come from the same side; the body is to have its leader and deputy leader from different sides",
    },
    "composition.representation_unequal": {
        "nb": "Kommunene har {municipal} med stemmerett og spesialisthelsetjenesten {hospital}; organet skal ha like mange fra hver side",
        "nn": "Kommunane har {municipal} med røysterett og spesialisthelsetenesta {hospital}; organet skal ha like mange frå kvar side",
        "en": "The municipalities hold {municipal} with the vote, the hospitals {hospital}; the body is to have as many from each side",
    },
    "composition.missing_seat": {
        "nb": "Mangler {lacking} {seats} (regel: «{rule}», minst {min}, har {count})",
        "nn": "Manglar {lacking} {seats} (regel: «{rule}», minst {min}, har {count})",
        "en": "Missing {lacking} {seats} (rule: “{rule}”, at least {min}, has {count})",
    },
    "composition.too_many": {
        "nb": "Det er {count} {seats} ({names}); høyst {max} er tillatt (regel: «{rule}»)",
        "nn": "Det er {count} {seats} ({names}); høgst {max} er tillate (regel: «{rule}»)",
        "en": "There are {count} {seats} ({names}); at most {max} allowed (rule: “{rule}”)",
    },
    "composition.organisation_too_many": {
        "nb": "{organisation} har {count} {seats} ({names}); høyst {max} er tillatt (regel: «{rule}»)",
        "nn": "{organisation} har {count} {seats} ({names}); høgst {max} er tillate (regel: «{rule}»)",
        "en": "{organisation} holds {count} {seats} ({names}); at most {max} allowed (rule: “{rule}”)",
    },
    "composition.leader_wrong_side": {
        "nb": "{holder} {who} kommer fra {side}, men reglene sier {role} fra {rule_side} (regel: «{rule}»)",
        "nn": "{holder} {who} kjem frå {side}, men reglane seier {role} frå {rule_side} (regel: «{rule}»)",
        "en": "{holder} {who} comes from {side}, but the rules ask for {role} from {rule_side} (rule: “{rule}”)",
    },
    "composition.leader_no_side": {
        "nb": "{holder} {who} representerer ingen organisasjon, men reglene sier {role} fra {rule_side} (regel: «{rule}»)",
        "nn": "{holder} {who} representerer ingen organisasjon, men reglane seier {role} frå {rule_side} (regel: «{rule}»)",
        "en": "{holder} {who} represents no organisation, but the rules ask for {role} from {rule_side} (rule: “{rule}”)",
    },
    "composition.term_ended": {
        "nb": "Perioden til {who} {role} gikk ut {date}, og ingen etterfølger er oppnevnt",
        "nn": "Perioden til {who} {role} gjekk ut {date}, og ingen etterfølgjar er oppnemnd",
        "en": "The term of {who} {role} ended on {date}, and no successor has been appointed",
    },
    "composition.no_leader": {
        "nb": "{body} har ingen leder",
        "nn": "{body} har ingen leiar",
        "en": "{body} has no leader",
    },
    "composition.rule_unnamed": {
        "nb": "uten navn",
        "nn": "utan namn",
        "en": "unnamed",
    },
    "meeting.ends_before_start": {
        "nb": "Møtet må slutte etter at det begynner.",
        "nn": "Møtet må slutte etter at det byrjar.",
        "en": "The meeting must end after it starts.",
    },
    "item.exempt_needs_basis": {
        "nb": "En sak som er unntatt offentlighet, må ha hjemmel.",
        "nn": "Ei sak som er unnateken offentlegheit, må ha heimel.",
        "en": "A case exempt from public access must have a legal basis.",
    },
    "item.priority_groups": {
        "nb": "Prioriterte grupper er 1 til 4.",
        "nn": "Prioriterte grupper er 1 til 4.",
        "en": "Priority groups are 1 to 4.",
    },
    "item.minutes_whole": {
        "nb": "Tidsbruken må være et helt antall minutter.",
        "nn": "Tidsbruken må vere eit heilt tal minutt.",
        "en": "The time used must be a whole number of minutes.",
    },
    "item.minutes_negative": {
        "nb": "Tidsbruken kan ikke være negativ.",
        "nn": "Tidsbruken kan ikkje vere negativ.",
        "en": "The time used cannot be negative.",
    },
    "item.minutes_too_many": {
        "nb": "Tidsbruken kan ikke være mer enn et døgn.",
        "nn": "Tidsbruken kan ikkje vere meir enn eit døgn.",
        "en": "The time used cannot be more than a day.",
    },
    "meeting.held_agenda_fixed": {
        "nb": "Møtet er holdt; sakslisten kan ikke endres.",
        "nn": "Møtet er halde; saklista kan ikkje endrast.",
        "en": "The meeting has been held; the agenda cannot be changed.",
    },
    "item.already_on_agenda": {
        "nb": "Saken står allerede på en saksliste.",
        "nn": "Saka står allereie på ei sakliste.",
        "en": "The case is already on an agenda.",
    },
    "item.other_body": {
        "nb": "Saken er meldt inn til et annet organ.",
        "nn": "Saka er meldt inn til eit anna organ.",
        "en": "The case has been put forward to another body.",
    },
    "meeting.status_change": {
        "nb": "Et møte kan ikke gå fra «{old}» til «{new}».",
        "nn": "Eit møte kan ikkje gå frå «{old}» til «{new}».",
        "en": "A meeting cannot go from «{old}» to «{new}».",
    },
    "meeting.reopen_reason": {
        "nb": "Oppgi hvorfor det godkjente referatet åpnes igjen.",
        "nn": "Oppgi kvifor det godkjende referatet vert opna att.",
        "en": "Give the reason the approved minutes are reopened.",
    },
    "meeting.cancelled_after_notice": {
        "nb": "Møtet ble avlyst etter at innkallingen var sendt, og saksnumrene er endelige. Kopier møtet til en ny dato i stedet.",
        "nn": "Møtet vart avlyst etter at innkallinga var send, og saksnumra er endelege. Kopier møtet til ein ny dato i staden.",
        "en": "The meeting was cancelled after the notice was sent, and the case numbers are final. Copy the meeting to a new date instead.",
    },
    "meeting.body_dissolved": {
        "nb": "{body} er nedlagt og kan ikke ha møter etter at det ble nedlagt.",
        "nn": "{body} er nedlagt og kan ikkje ha møte etter at det vart nedlagt.",
        "en": "{body} has been dissolved and cannot have meetings after it was dissolved.",
    },
    "meeting.held_cannot_move": {
        "nb": "Møtet er holdt og kan ikke flyttes.",
        "nn": "Møtet er halde og kan ikkje flyttast.",
        "en": "The meeting has been held and cannot be moved.",
    },
    "meeting.cancelled_restore_first": {
        "nb": "Møtet er avlyst. Gjenopprett det før du flytter det.",
        "nn": "Møtet er avlyst. Gjenopprett det før du flyttar det.",
        "en": "The meeting is cancelled. Restore it before you move it.",
    },
    "meeting.move_same_year": {
        "nb": "Innkallingen er sendt, og saksnumrene er endelige for {year}. Møtet kan bare flyttes innenfor samme år; avlys det og kopier det til en ny dato i stedet.",
        "nn": "Innkallinga er send, og saksnumra er endelege for {year}. Møtet kan berre flyttast innanfor same år; avlys det og kopier det til ein ny dato i staden.",
        "en": "The notice has been sent, and the case numbers are final for {year}. The meeting can only be moved within the same year; cancel it and copy it to a new date instead.",
    },
    "meeting.notice_not_for_status": {
        "nb": "Innkallingen kan ikke sendes for et møte som er «{status}».",
        "nn": "Innkallinga kan ikkje sendast for eit møte som er «{status}».",
        "en": "The notice cannot be sent for a meeting that is «{status}».",
    },
    "meeting.notice_not_sent": {
        "nb": "Innkallingen er ikke sendt. Marker den som sendt før møtet holdes.",
        "nn": "Innkallinga er ikkje send. Merk ho som send før møtet vert halde.",
        "en": "The notice has not been sent. Mark it as sent before the meeting is held.",
    },
    "meeting.not_cancelled": {
        "nb": "Møtet er ikke avlyst.",
        "nn": "Møtet er ikkje avlyst.",
        "en": "The meeting is not cancelled.",
    },
    "meeting.approve_only_held": {
        "nb": "Bare referatet fra et møte som er holdt, kan godkjennes.",
        "nn": "Berre referatet frå eit møte som er halde, kan godkjennast.",
        "en": "Only the minutes of a meeting that has been held can be approved.",
    },
    "meeting.minutes_not_approved": {
        "nb": "Referatet er ikke godkjent.",
        "nn": "Referatet er ikkje godkjent.",
        "en": "The minutes are not approved.",
    },
    "item.bad_kind": {
        "nb": "Sakstypen må være vedtakssak, drøftingssak eller orienteringssak.",
        "nn": "Sakstypen må vere vedtakssak, drøftingssak eller orienteringssak.",
        "en": "The case type must be decision, discussion or information.",
    },
    "meeting.archive_reference_too_long": {
        "nb": "Arkivreferansen kan være på høyst {limit} tegn.",
        "nn": "Arkivreferansen kan vere på høgst {limit} teikn.",
        "en": "The archive reference can be at most {limit} characters long.",
    },
    "meeting.approve_in_later_meeting": {
        "nb": "Referatet godkjennes i saken «Godkjenning av referat» i et senere møte i samme organ.",
        "nn": "Referatet vert godkjent i saka «Godkjenning av referat» i eit seinare møte i same organ.",
        "en": "The minutes are approved in the case «Approval of the Minutes» at a later meeting of the same body.",
    },
    "meeting.approve_in_own_item": {
        "nb": "I sitt eget møte godkjennes referatet i saken «Godkjenning av referat fra dette møtet», sist på sakslisten.",
        "nn": "I sitt eige møte vert referatet godkjent i saka «Godkjenning av referat frå dette møtet», sist på saklista.",
        "en": "At its own meeting the minutes are approved in the item «Approval of the Minutes of This Meeting», last on the agenda.",
    },
    "signing.body_has_none": {
        "nb": "{body} godkjenner ikke referatet ved underskrift (justering). Velg antall underskrivere i organets innstillinger.",
        "nn": "{body} godkjenner ikkje referatet ved underskrift (justering). Vel talet på underskrivarar i innstillingane til organet.",
        "en": "{body} does not have its minutes approved by signatories. Set the number of signatories in the body's settings.",
    },
    "signing.too_many": {
        "nb": "{body} har {count} underskrivere; du valgte {chosen}.",
        "nn": "{body} har {count} underskrivarar; du valde {chosen}.",
        "en": "{body} has {count} signatories; you chose {chosen}.",
    },
    "signing.twice": {
        "nb": "{name} er valgt to ganger.",
        "nn": "{name} er vald to gonger.",
        "en": "{name} is chosen twice.",
    },
    "signing.not_present": {
        "nb": "{name} var ikke til stede som medlem eller varamedlem i møtet og kan ikke godkjenne referatet.",
        "nn": "{name} var ikkje til stades som medlem eller varamedlem i møtet og kan ikkje godkjenne referatet.",
        "en": "{name} was not present at the meeting as a member or deputy and cannot approve the minutes.",
    },
    "signing.not_signatory": {
        "nb": "{name} er ikke valgt til å godkjenne referatet.",
        "nn": "{name} er ikkje vald til å godkjenne referatet.",
        "en": "{name} has not been chosen to approve the minutes.",
    },
    "signing.only_held": {
        "nb": "Referatet kan underskrives først når møtet er holdt.",
        "nn": "Referatet kan skrivast under først når møtet er halde.",
        "en": "The minutes can be signed only once the meeting has been held.",
    },
    "signing.before_meeting": {
        "nb": "Referatet kan ikke være underskrevet før møtet ({date}).",
        "nn": "Referatet kan ikkje vere skrive under før møtet ({date}).",
        "en": "The minutes cannot have been signed before the meeting ({date}).",
    },
    "signing.in_future": {
        "nb": "Datoen for underskriften kan ikke være frem i tid.",
        "nn": "Datoen for underskrifta kan ikkje vere fram i tid.",
        "en": "The signing date cannot be in the future.",
    },
    "body.signatories_range": {
        "nb": "Antall underskrivere (justering) må være fra 0 til 5.",
        "nn": "Talet på underskrivarar (justering) må vere frå 0 til 5.",
        "en": "The number of signatories must be from 0 to 5.",
    },
    "person.needs_name": {
        "nb": "Personen må ha et navn.",
        "nn": "Personen må ha eit namn.",
        "en": "The person must have a name.",
    },
    "person.bad_email": {
        "nb": "«{email}» er ikke en gyldig e-postadresse.",
        "nn": "«{email}» er ikkje ei gyldig e-postadresse.",
        "en": "«{email}» is not a valid e-mail address.",
    },
    "person.still_sits": {
        "nb": "{name} sitter i {bodies}. Avslutt vervene først; kontaktopplysningene kan fjernes når personen ikke sitter i noe organ.",
        "nn": "{name} sit i {bodies}. Avslutt verva først; kontaktopplysningane kan fjernast når personen ikkje sit i noko organ.",
        "en": "{name} sits in {bodies}. End the memberships first; the contact details can be removed once the person sits in no body.",
    },
    "body.bad_case_number_pattern": {
        "nb": "«{pattern}» er ikke et format for saksnummer. Velg et av formatene i listen, for eksempel 12/25, 2025/12 eller 01-25.",
        "nn": "«{pattern}» er ikkje eit format for saksnummer. Vel eit av formata i lista, til dømes 12/25, 2025/12 eller 01-25.",
        "en": "«{pattern}» is not a case number format. Choose one of the formats in the list, for example 12/25, 2025/12 or 01-25.",
    },
    "body.bad_level": {
        "nb": "Nivået må være 1, 2, 3 eller 4.",
        "nn": "Nivået må vere 1, 2, 3 eller 4.",
        "en": "The level must be 1, 2, 3 or 4.",
    },
    "body.level_below_parent": {
        "nb": "Et underordnet organ må ligge på et lavere nivå enn organet over.",
        "nn": "Eit underordna organ må liggje på eit lågare nivå enn organet over.",
        "en": "A subordinate body must be at a lower level than the body above it.",
    },
    "body.fixed_quorum_count": {
        "nb": "Et fast antall for vedtaksførhet må oppgis når regelen er «fast antall».",
        "nn": "Eit fast tal for vedtaksførleik må oppgjevast når regelen er «fast tal».",
        "en": "A fixed number for the quorum must be given when the rule is «fixed number».",
    },
    "body.level_above_children": {
        "nb": "Organet må ligge på et høyere nivå enn organene under det.",
        "nn": "Organet må liggje på eit høgare nivå enn organa under det.",
        "en": "The body must be at a higher level than the bodies under it.",
    },
    "body.quorum_positive": {
        "nb": "Antallet for vedtaksførhet må være større enn null.",
        "nn": "Talet for vedtaksførleik må vere større enn null.",
        "en": "The quorum number must be greater than zero.",
    },
    "body.duration_positive": {
        "nb": "Møtelengden må være større enn null.",
        "nn": "Møtelengda må vere større enn null.",
        "en": "The meeting length must be greater than zero.",
    },
    "body.term_positive": {
        "nb": "Perioden må være minst ett år.",
        "nn": "Perioden må vere minst eitt år.",
        "en": "The term must be at least one year.",
    },
    "rule.needs_label": {
        "nb": "Regelen må ha en beskrivelse.",
        "nn": "Regelen må ha ei skildring.",
        "en": "The rule must have a description.",
    },
    "rule.min_negative": {
        "nb": "Minste antall kan ikke være negativt.",
        "nn": "Minste tal kan ikkje vere negativt.",
        "en": "The minimum number cannot be negative.",
    },
    "rule.max_below_min": {
        "nb": "Største antall kan ikke være mindre enn minste antall.",
        "nn": "Største tal kan ikkje vere mindre enn minste tal.",
        "en": "The maximum number cannot be less than the minimum.",
    },
    "membership.ends_before_start": {
        "nb": "Perioden kan ikke slutte før den begynner.",
        "nn": "Perioden kan ikkje slutte før han byrjar.",
        "en": "The term cannot end before it begins.",
    },
    "membership.only_deputy_for": {
        "nb": "Bare et varamedlem kan stå for et annet medlem.",
        "nn": "Berre eit varamedlem kan stå for eit anna medlem.",
        "en": "Only a deputy can be the deputy of another member.",
    },
    "membership.deputy_for_self": {
        "nb": "Et varamedlem kan ikke stå for seg selv.",
        "nn": "Eit varamedlem kan ikkje stå for seg sjølv.",
        "en": "A deputy cannot be their own deputy.",
    },
    "membership.deputy_same_body": {
        "nb": "Varamedlemmet må stå for et medlem i samme organ.",
        "nn": "Varamedlemet må stå for eit medlem i same organ.",
        "en": "The deputy must be for a member of the same body.",
    },
    "membership.deputy_for_voter": {
        "nb": "En vara kan bare stå for et medlem med stemmerett.",
        "nn": "Ein vara kan berre stå for eit medlem med røysterett.",
        "en": "A deputy can only be for a member with a vote.",
    },
    "membership.has_deputies": {
        "nb": "{person} har varamedlem ({names}); knytt varamedlemmet til et annet medlem først.",
        "nn": "{person} har varamedlem ({names}); knyt varamedlemet til eit anna medlem først.",
        "en": "{person} has a deputy ({names}); link the deputy to another member first.",
    },
    "membership.ended_before_start": {
        "nb": "En periode kan ikke slutte før den begynte.",
        "nn": "Ein periode kan ikkje slutte før han byrja.",
        "en": "A term cannot end before it began.",
    },
    "organisation.name_taken": {
        "nb": "Det finnes allerede en organisasjon med navnet «{existing}».",
        "nn": "Det finst allereie ein organisasjon med namnet «{existing}».",
        "en": "There is already an organisation named «{existing}».",
    },
    "organisation.choose_side": {
        "nb": "Velg hvilken side organisasjonen hører til.",
        "nn": "Vel kva side organisasjonen høyrer til.",
        "en": "Choose which side the organisation belongs to.",
    },
    "body.name_taken": {
        "nb": "Det finnes allerede et organ med navnet «{existing}».",
        "nn": "Det finst allereie eit organ med namnet «{existing}».",
        "en": "There is already a body named «{existing}».",
    },
    "body.under_itself": {
        "nb": "Et organ kan ikke ligge under seg selv.",
        "nn": "Eit organ kan ikkje liggje under seg sjølv.",
        "en": "A body cannot be placed under itself.",
    },
    "body.term_too_long": {
        "nb": "En periode kan være høyst {most} år.",
        "nn": "Ein periode kan vere høgst {most} år.",
        "en": "A term can be at most {most} years.",
    },
    "body.duration_too_long": {
        "nb": "Et møte kan som standard vare høyst {hours} timer.",
        "nn": "Eit møte kan som standard vare høgst {hours} timar.",
        "en": "A meeting can by default last at most {hours} hours.",
    },
    "body.text_too_long": {
        "nb": "{what} kan være høyst {most} tegn.",
        "nn": "{what} kan vere høgst {most} teikn.",
        "en": "{what} can be at most {most} characters.",
    },
    "body.quorum_too_large": {
        "nb": "Antallet for vedtaksførhet kan være høyst {most}.",
        "nn": "Talet for vedtaksførleik kan vere høgst {most}.",
        "en": "The quorum number can be at most {most}.",
    },
    "field.body_short_name": {
        "nb": "Kortnavnet",
        "nn": "Kortnamnet",
        "en": "The short name",
    },
    "field.body_default_place": {
        "nb": "Standard møtested",
        "nn": "Standard møtestad",
        "en": "The default place",
    },
    "structure.unknown_template": {
        "nb": "Ukjent mal «{key}». Velg en av: {choices}.",
        "nn": "Ukjend mal «{key}». Vel ein av: {choices}.",
        "en": "Unknown template «{key}». Choose one of: {choices}.",
    },
    "structure.names_taken": {
        "nb": "Malen «{name}» er ikke brukt: det finnes allerede organ med navnet {listed}.",
        "nn": "Malen «{name}» er ikkje brukt: det finst allereie organ med namnet {listed}.",
        "en": "The template «{name}» was not used: there are already bodies named {listed}.",
    },
    "structure.unknown_language": {
        "nb": "Ukjent målform «{language}»: bruk «nb» (bokmål) eller «nn» (nynorsk).",
        "nn": "Ukjend målform «{language}»: bruk «nb» (bokmål) eller «nn» (nynorsk).",
        "en": "Unknown written standard «{language}»: use «nb» (bokmål) or «nn» (nynorsk).",
    },
    "ui.choose_person": {
        "nb": "Velg en person.",
        "nn": "Vel ein person.",
        "en": "Choose a person.",
    },
    "meeting_file.too_large": {
        "nb": "«{name}» er for stor til å være et møte ({megabytes} MB).",
        "nn": "«{name}» er for stor til å vere eit møte ({megabytes} MB).",
        "en": "«{name}» is too large to be a meeting ({megabytes} MB).",
    },
    "meeting_file.missing": {
        "nb": "Filen «{name}» finnes ikke.",
        "nn": "Fila «{name}» finst ikkje.",
        "en": "The file «{name}» does not exist.",
    },
    "meeting_file.is_folder": {
        "nb": "«{name}» er en mappe, ikke en fil.",
        "nn": "«{name}» er ei mappe, ikkje ei fil.",
        "en": "«{name}» is a folder, not a file.",
    },
    "meeting_file.unreadable": {
        "nb": "Filen «{name}» kan ikke leses ({reason}).",
        "nn": "Fila «{name}» kan ikkje lesast ({reason}).",
        "en": "The file «{name}» cannot be read ({reason}).",
    },
    "meeting_file.not_json": {
        "nb": "«{name}» er ikke en JSON-fil.",
        "nn": "«{name}» er ikkje ei JSON-fil.",
        "en": "«{name}» is not a JSON file.",
    },
    "meeting_file.wrong_format": {
        "nb": "«{name}» er ikke et møte i formatet {format}.",
        "nn": "«{name}» er ikkje eit møte i formatet {format}.",
        "en": "«{name}» is not a meeting in the {format} format.",
    },
    "meeting_file.unknown_version": {
        "nb": "«{name}» har versjon {version} av møteformatet, som denne versjonen av hfdesk ikke kan lese.",
        "nn": "«{name}» har versjon {version} av møteformatet, som denne versjonen av hfdesk ikkje kan lese.",
        "en": "«{name}» has version {version} of the meeting format, which this version of hfdesk cannot read.",
    },
    "meeting_file.public": {
        "nb": "«{name}» er den offentlige versjonen av møtet, der unntatte saker og merknader mangler. "
        "Eksporter med --internal og les inn den filen.",
        "nn": "«{name}» er den offentlege versjonen av møtet, der unnatekne saker og merknader manglar. "
        "Eksporter med --internal og les inn den fila.",
        "en": "«{name}» is the public version of the meeting, without exempt cases and notes. "
        "Export with --internal and read in that file.",
    },
    "meeting_file.missing_part": {
        "nb": "«{name}» mangler «{key}» eller har feil type der.",
        "nn": "«{name}» manglar «{key}» eller har feil type der.",
        "en": "«{name}» lacks «{key}» or has the wrong type there.",
    },
    "meeting_file.bad_value": {
        "nb": "Møtefilen har en verdi under «{part}» som ikke kan leses (feil type, for eksempel en liste der det "
        "skal stå et objekt).",
        "nn": "Møtefila har ein verdi under «{part}» som ikkje kan lesast (feil type, til dømes ei liste der det "
        "skal stå eit objekt).",
        "en": "The meeting file has a value under «{part}» that cannot be read (the wrong type, a list where an "
        "object belongs, for example).",
    },
    "meeting_file.bad_field": {
        "nb": "Møtefilen har en verdi som ikke kan leses: «{key}» er «{value}».",
        "nn": "Møtefila har ein verdi som ikkje kan lesast: «{key}» er «{value}».",
        "en": "The meeting file has a value that cannot be read: «{key}» is «{value}».",
    },
    "meeting_file.missing_key": {
        "nb": "Møtefilen mangler «{key}» under «{part}».",
        "nn": "Møtefila manglar «{key}» under «{part}».",
        "en": "The meeting file lacks «{key}» under «{part}».",
    },
    "meeting_file.not_whole_number": {
        "nb": "«{key}» i møtefilen skal være et heltall fra 0, men er «{value}».",
        "nn": "«{key}» i møtefila skal vere eit heiltal frå 0, men er «{value}».",
        "en": "«{key}» in the meeting file must be a whole number from 0, but is «{value}».",
    },
    "meeting_file.not_text": {
        "nb": "«{key}» i møtefilen skal være tekst, men er «{value}».",
        "nn": "«{key}» i møtefila skal vere tekst, men er «{value}».",
        "en": "«{key}» in the meeting file must be text, but is «{value}».",
    },
    "meeting_file.not_object": {
        "nb": "Møtefilen har noe under «{key}» som ikke er et objekt.",
        "nn": "Møtefila har noko under «{key}» som ikkje er eit objekt.",
        "en": "The meeting file has something under «{key}» that is not an object.",
    },
    "meeting_file.not_list": {
        "nb": "«{key}» i møtefilen skal være en liste.",
        "nn": "«{key}» i møtefila skal vere ei liste.",
        "en": "«{key}» in the meeting file must be a list.",
    },
    "meeting_file.person_without_name": {
        "nb": "Møtefilen har en person uten navn under «{key}».",
        "nn": "Møtefila har ein person utan namn under «{key}».",
        "en": "The meeting file has a person without a name under «{key}».",
    },
    "meeting_file.person_missing": {
        "nb": "Møtefilen mangler en person under «{key}».",
        "nn": "Møtefila manglar ein person under «{key}».",
        "en": "The meeting file lacks a person under «{key}».",
    },
    "meeting_file.duplicate_item": {
        "nb": "Saken {item} står to ganger i møtefilen.",
        "nn": "Saka {item} står to gonger i møtefila.",
        "en": "The case {item} appears twice in the meeting file.",
    },
    "meeting_file.duplicate_signer": {
        "nb": "{name} står to ganger blant underskriverne i møtefilen.",
        "nn": "{name} står to gonger blant underskrivarane i møtefila.",
        "en": "{name} appears twice among the signatories in the meeting file.",
    },
    "meeting_file.duplicate_attendee": {
        "nb": "{name} står to ganger på oppmøtelisten i møtefilen.",
        "nn": "{name} står to gonger på oppmøtelista i møtefila.",
        "en": "{name} appears twice in the attendance list of the meeting file.",
    },
    "meeting_file.bad_case_number": {
        "nb": "Saksnummeret «{number}» i møtefilen er ikke gyldig (det skal se slik ut: 12/26).",
        "nn": "Saksnummeret «{number}» i møtefila er ikkje gyldig (det skal sjå slik ut: 12/26).",
        "en": "The case number «{number}» in the meeting file is not valid (it should look like 12/26).",
    },
    "meeting_file.item_not_on_agenda": {
        "nb": "Møtefilen viser til sak {number}, som ikke står på sakslisten.",
        "nn": "Møtefila viser til sak {number}, som ikkje står på sakslista.",
        "en": "The meeting file refers to case {number}, which is not on the agenda.",
    },
    "meeting_file.attachment_checksum": {
        "nb": "Vedlegget «{filename}» i møtefilen stemmer ikke med sin SHA-256-sjekksum; filen kan være skadet.",
        "nn": "Vedlegget «{filename}» i møtefila stemmer ikkje med SHA-256-sjekksummen sin; fila kan vere skadd.",
        "en": "The attachment «{filename}» in the meeting file does not match its SHA-256 checksum; the file may be "
        "damaged.",
    },
    "meeting_file.history_no_time_zone": {
        "nb": "Tidspunktet «{value}» under «history» i møtefilen mangler tidssone («at» skal ha en).",
        "nn": "Tidspunktet «{value}» under «history» i møtefila manglar tidssone («at» skal ha ei).",
        "en": "The time «{value}» under «history» in the meeting file has no time zone («at» needs one).",
    },
    "meeting_file.history_bad_fields": {
        "nb": "«fields» under «history» i møtefilen er ikke en liste over felt.",
        "nn": "«fields» under «history» i møtefila er ikkje ei liste over felt.",
        "en": "«fields» under «history» in the meeting file is not a list of fields.",
    },
    "meeting_file.this_file": {
        "nb": "møtefilen",
        "nn": "møtefila",
        "en": "the meeting file",
    },
    "meeting_file.inconsistent": {
        "nb": "Møtefilen har verdier som ikke henger sammen (for eksempel en tom tittel).",
        "nn": "Møtefila har verdiar som ikkje heng saman (til dømes ein tom tittel).",
        "en": "The meeting file has values that do not fit together (an empty title, for example).",
    },
    "meeting_file.public_stub": {
        "nb": "Møtefilen har en unntatt sak uten innhold (en offentlig versjon). Eksporter med --internal.",
        "nn": "Møtefila har ei unnateken sak utan innhald (ein offentleg versjon). Eksporter med --internal.",
        "en": "The meeting file has an exempt case without content (a public version). Export with --internal.",
    },
    "meeting_import.body_not_found_id": {
        "nb": "Organet med id {body_id} finnes ikke.",
        "nn": "Organet med id {body_id} finst ikkje.",
        "en": "The body with id {body_id} does not exist.",
    },
    "meeting_import.unknown_body": {
        "nb": "Organet «{label}» finnes ikke i databasen. Velg organ med --body.",
        "nn": "Organet «{label}» finst ikkje i databasen. Vel organ med --body.",
        "en": "The body «{label}» is not in the database. Choose a body with --body.",
    },
    "meeting_import.several_bodies": {
        "nb": "Flere organ passer til «{label}». Velg organ med --body.",
        "nn": "Fleire organ passar til «{label}». Vel organ med --body.",
        "en": "Several bodies match «{label}». Choose a body with --body.",
    },
    "meeting_import.several_people": {
        "nb": "Det finnes flere personer som heter «{name}» i databasen; møtefilen sier ikke hvem det er.",
        "nn": "Det finst fleire personar som heiter «{name}» i databasen; møtefila seier ikkje kven det er.",
        "en": "There are several people named «{name}» in the database; the meeting file does not say which.",
    },
    "meeting_import.exists": {
        "nb": "Møtet finnes allerede i databasen (id {meeting_id}). Bruk --replace for å erstatte det.",
        "nn": "Møtet finst alt i databasen (id {meeting_id}). Bruk --replace for å byte det ut.",
        "en": "The meeting is already in the database (id {meeting_id}). Use --replace to replace it.",
    },
    "meeting_import.approved": {
        "nb": "Møtet (id {meeting_id}) har godkjent referat og kan ikke erstattes. Gjenåpne referatet først.",
        "nn": "Møtet (id {meeting_id}) har godkjent referat og kan ikkje bytast ut. Opne referatet att først.",
        "en": "The meeting (id {meeting_id}) has approved minutes and cannot be replaced. Reopen the minutes first.",
    },
    "meeting_import.other_body": {
        "nb": "Møtet (id {meeting_id}) hører til et annet organ enn det filen leses inn i.",
        "nn": "Møtet (id {meeting_id}) høyrer til eit anna organ enn det fila vert lesen inn i.",
        "en": "The meeting (id {meeting_id}) belongs to another body than the one the file is read into.",
    },
    "meeting_import.ends_before_start": {
        "nb": "Møtet i filen slutter ikke etter at det begynner.",
        "nn": "Møtet i fila sluttar ikkje etter at det byrjar.",
        "en": "The meeting in the file does not end after it starts.",
    },
    "meeting_import.number_taken": {
        "nb": "Saksnummeret {number} er alt brukt i {body} («{title}»); ingenting er lest inn.",
        "nn": "Saksnummeret {number} er alt brukt i {body} («{title}»); ingenting er lese inn.",
        "en": "Case number {number} is already used in {body} («{title}»); nothing was read in.",
    },
    "meeting_import.vote_by_absent": {
        "nb": "{name} har stemt i sak {item}, men var ikke til stede på møtet; ingenting er lest inn.",
        "nn": "{name} har røysta i sak {item}, men var ikkje til stades på møtet; ingenting er lese inn.",
        "en": "{name} voted on case {item} but was not present at the meeting; nothing was read in.",
    },
    "meeting_import.approving_meeting_missing": {
        "nb": "Referatet ble godkjent i sak {number} i et møte som ikke finnes i databasen; godkjenningsdatoen er tatt med.",
        "nn": "Referatet vart godkjent i sak {number} i eit møte som ikkje finst i databasen; godkjenningsdatoen er teken med.",
        "en": "The minutes were approved under case {number} in a meeting not in the database; the approval date is kept.",
    },
    "meeting_import.attachment_missing": {
        "nb": "Vedlegget «{filename}» i sak {item} er ikke med i filen og finnes ikke i databasen; det er utelatt.",
        "nn": "Vedlegget «{filename}» i sak {item} er ikkje med i fila og finst ikkje i databasen; det er utelate.",
        "en": "The attachment «{filename}» of case {item} is neither in the file nor in the database; it is left out.",
    },
    "disqualification.not_at_item": {
        "nb": "{person} er ikke til stede ved sak {item} og kan ikke erklæres inhabil der.",
        "nn": "{person} er ikkje til stades ved sak {item} og kan ikkje erklærast inhabil der.",
        "en": "{person} is not present at case {item} and cannot be declared disqualified there.",
    },
    "disqualification.would_be_absent": {
        "nb": "{person} er inhabil i sak {item} og må da være til stede ved den saken; fjern inhabiliteten først.",
        "nn": "{person} er inhabil i sak {item} og må då vere til stades ved den saka; fjern inhabiliteten først.",
        "en": "{person} is disqualified in case {item} and so must be present at it; remove the disqualification first.",
    },
    "protocol.not_at_item": {
        "nb": "Ikke til stede ved sak {item}: {names}. Bare de som er til stede, kan stå bak en protokolltilførsel.",
        "nn": "Ikkje til stades ved sak {item}: {names}. Berre dei som er til stades, kan stå bak ein protokolltilførsel.",
        "en": "Not present at case {item}: {names}. Only those present can stand behind a protocol entry.",
    },
    "protocol.would_be_absent": {
        "nb": "{person} står bak en protokolltilførsel i sak {item} og må da være til stede ved den saken.",
        "nn": "{person} står bak ein protokolltilførsel i sak {item} og må då vere til stades ved den saka.",
        "en": "{person} stands behind a protocol entry in case {item} and so must be present at it.",
    },
    "meeting.approve_in_unheld_meeting": {
        "nb": "Referatet kan bare godkjennes i et møte som er holdt (eller i slutten av samme møte), ikke i et planlagt eller avlyst møte.",
        "nn": "Referatet kan berre godkjennast i eit møte som er halde (eller i slutten av same møte), ikkje i eit planlagt eller avlyst møte.",
        "en": "Minutes can only be approved in a meeting that has been held (or at the end of the same meeting), not in a planned or cancelled one.",
    },
    "meeting.held_before_start": {
        "nb": "Møtet begynner {starts}; det kan ikke merkes som holdt før det har begynt.",
        "nn": "Møtet tek til {starts}; det kan ikkje merkast som halde før det har teke til.",
        "en": "The meeting starts {starts}; it cannot be marked as held before it has started.",
    },
    "pdf.no_converter": {
        "nb": "«{name}» kan ikke lages som PDF/A: verken LibreOffice eller Microsoft Word er installert på denne maskinen. Installer LibreOffice, eller lagre som Word-dokument (.docx).",
        "nn": "«{name}» kan ikkje lagast som PDF/A: verken LibreOffice eller Microsoft Word er installert på denne maskina. Installer LibreOffice, eller lagre som Word-dokument (.docx).",
        "en": "«{name}» cannot be made as PDF/A: neither LibreOffice nor Microsoft Word is installed on this computer. Install LibreOffice, or save as a Word document (.docx).",
    },
    "pdf.no_converter_word_written": {
        "nb": "«{name}» kan ikke lages som PDF/A: verken LibreOffice eller Microsoft Word er installert på denne maskinen. Word-dokumentet er skrevet til {word} i stedet.",
        "nn": "«{name}» kan ikkje lagast som PDF/A: verken LibreOffice eller Microsoft Word er installert på denne maskina. Word-dokumentet er skrive til {word} i staden.",
        "en": "«{name}» cannot be made as PDF/A: neither LibreOffice nor Microsoft Word is installed on this computer. The Word document has been written to {word} instead.",
    },
    "pdf.conversion_failed": {
        "nb": "{program} klarte ikke å lage PDF-en ({detail}). Prøv igjen, eller lagre som Word-dokument (.docx).",
        "nn": "{program} klarte ikkje å lage PDF-en ({detail}). Prøv igjen, eller lagre som Word-dokument (.docx).",
        "en": "{program} could not make the PDF ({detail}). Try again, or save as a Word document (.docx).",
    },
    "pdf.timeout": {
        "nb": "{program} ble ikke ferdig med PDF-en på {seconds} sekunder og ble stoppet. Prøv igjen, eller lagre som Word-dokument (.docx).",
        "nn": "{program} vart ikkje ferdig med PDF-en på {seconds} sekund og vart stoppa. Prøv igjen, eller lagre som Word-dokument (.docx).",
        "en": "{program} did not finish the PDF within {seconds} seconds and was stopped. Try again, or save as a Word document (.docx).",
    },
    "pdf.not_pdfa": {
        "nb": "{program} laget en PDF som ikke er PDF/A (for gammel versjon?). Oppdater {program}, eller lagre som Word-dokument (.docx).",
        "nn": "{program} laga ein PDF som ikkje er PDF/A (for gammal versjon?). Oppdater {program}, eller lagre som Word-dokument (.docx).",
        "en": "{program} made a PDF that is not PDF/A (too old a version?). Update {program}, or save as a Word document (.docx).",
    },
    "item_deputy.not_disqualified": {
        "nb": "{member} er ikke inhabil i sak {item}; et varamedlem kan bare kalles inn for en sak der medlemet er inhabil.",
        "nn": "{member} er ikkje inhabil i sak {item}; eit varamedlem kan berre kallast inn for ei sak der medlemet er inhabil.",
        "en": "{member} is not disqualified in case {item}; a deputy can only be called in for a case where the member is disqualified.",
    },
    "item_deputy.no_seat": {
        "nb": "{member} møter ikke som medlem med stemmerett; det er ikke noe sete et varamedlem kan møte i.",
        "nn": "{member} møter ikkje som medlem med røysterett; det er ikkje noko sete eit varamedlem kan møte i.",
        "en": "{member} does not attend as a voting member; there is no seat a deputy can take.",
    },
    "item_deputy.already_listed": {
        "nb": "{deputy} står allerede på oppmøtelisten til dette møtet og kan ikke kalles inn for én sak.",
        "nn": "{deputy} står allereie på oppmøtelista til dette møtet og kan ikkje kallast inn for éi sak.",
        "en": "{deputy} is already on this meeting's attendance list and cannot be called in for one case.",
    },
    "absence.not_member": {
        "nb": "{person} har ikke noe sete i {body} på møtedagen og kan ikke melde forfall.",
        "nn": "{person} har ikkje noko sete i {body} på møtedagen og kan ikkje melde forfall.",
        "en": "{person} has no seat in {body} on the day of the meeting and cannot report absence.",
    },
    "absence.no_deputy": {
        "nb": "Ingen varamedlemmer kan kalles inn for {member}: alle som kan møte for vedkommende, har meldt forfall eller er kalt inn for andre. Meld forfallet uten varamedlem.",
        "nn": "Ingen varamedlemer kan kallast inn for {member}: alle som kan møte for vedkomande, har meldt forfall eller er kalla inn for andre. Meld forfallet utan varamedlem.",
        "en": "No deputy can be called in for {member}: everyone who may stand in for them has reported absence or is called in for someone else. Report the absence without a deputy.",
    },
    "absence.deputy_busy": {
        "nb": "{deputy} står allerede på oppmøtelisten (har meldt forfall eller er kalt inn for et annet medlem).",
        "nn": "{deputy} står allereie på oppmøtelista (har meldt forfall eller er kalla inn for eit anna medlem).",
        "en": "{deputy} is already on the attendance list (has reported absence or is called in for another member).",
    },
    "absence.not_reported": {
        "nb": "{person} har ikke meldt forfall til dette møtet.",
        "nn": "{person} har ikkje meldt forfall til dette møtet.",
        "en": "{person} has not reported absence for this meeting.",
    },
    "mail.no_address": {
        "nb": "{person} har ingen e-postadresse i registeret; legg den inn først.",
        "nn": "{person} har inga e-postadresse i registeret; legg ho inn først.",
        "en": "{person} has no e-mail address in the register; add it first.",
    },
    "mail.not_called_in": {
        "nb": "{person} er ikke kalt inn som varamedlem til dette møtet.",
        "nn": "{person} er ikkje kalla inn som varamedlem til dette møtet.",
        "en": "{person} is not called in as a deputy to this meeting.",
    },
    "mail.unknown_kind": {
        "nb": "Ukjent slag e-post «{kind}»; velg blant {kinds}.",
        "nn": "Ukjend slag e-post «{kind}»; vel mellom {kinds}.",
        "en": "Unknown kind of e-mail «{kind}»; choose from {kinds}.",
    },
    "mail.public_and_exempt": {
        "nb": "Den offentlige versjonen tar aldri med saker unntatt offentlighet; velg den ene eller den andre.",
        "nn": "Den offentlege versjonen tek aldri med saker unnatekne offentlegheit; vel den eine eller den andre.",
        "en": "The public version never carries exempt items; choose one or the other.",
    },
    "mail.no_minutes": {
        "nb": "Møtet er ikke holdt ennå, så det har ikke noe referat å sende.",
        "nn": "Møtet er ikkje halde enno, så det har ikkje noko referat å sende.",
        "en": "The meeting has not been held yet, so it has no minutes to send.",
    },
    "mail.no_recipients": {
        "nb": "Ingen av medlemmene, observatørene eller varamedlemmene i {body} har e-postadresse i registeret.",
        "nn": "Ingen av medlemene, observatørane eller varamedlemene i {body} har e-postadresse i registeret.",
        "en": "None of the members, observers or deputies of {body} has an e-mail address in the register.",
    },
    # --- Noark 5 export (issue 21) ---
    "noark5.not_approved": {
        "nb": "Møte {meeting_id} kan ikke avleveres til arkivet før protokollen er godkjent.",
        "nn": "Møte {meeting_id} kan ikkje avleverast til arkivet før protokollen er godkjent.",
        "en": "Meeting {meeting_id} cannot be delivered to the archive before its minutes are approved.",
    },
    "noark5.no_converter": {
        "nb": "Arkivuttrekket kan ikke lages: dokumentene må være PDF/A, og verken LibreOffice eller Microsoft Word er installert på denne maskinen. Installer LibreOffice.",
        "nn": "Arkivuttrekket kan ikkje lagast: dokumenta må vere PDF/A, og verken LibreOffice eller Microsoft Word er installert på denne maskina. Installer LibreOffice.",
        "en": "The archive export cannot be made: the documents must be PDF/A, and neither LibreOffice nor Microsoft Word is installed on this computer. Install LibreOffice.",
    },
    "noark5.missing_settings": {
        "nb": "Arkivuttrekket trenger disse arkivinnstillingene, som ikke er fylt ut (Innstillinger ▸ Arkiv): {names}.",
        "nn": "Arkivuttrekket treng desse arkivinnstillingane, som ikkje er fylte ut (Innstillingar ▸ Arkiv): {names}.",
        "en": "The archive export needs these archive settings, which are not filled in (Settings ▸ Archive): {names}.",
    },
    "noark5.out_not_empty": {
        "nb": "Mappen «{path}» finnes og er ikke tom. Velg en ny eller tom mappe for arkivuttrekket.",
        "nn": "Mappa «{path}» finst og er ikkje tom. Vel ei ny eller tom mappe for arkivuttrekket.",
        "en": "The folder «{path}» exists and is not empty. Choose a new or empty folder for the archive export.",
    },
    "noark5.kept_as_is": {
        "nb": "Vedlegget «{name}» er ikke PDF/A og kunne ikke gjøres om; det er lagt ved som det er ({format}).",
        "nn": "Vedlegget «{name}» er ikkje PDF/A og kunne ikkje gjerast om; det er lagt ved som det er ({format}).",
        "en": "The attachment «{name}» is not PDF/A and could not be converted; it is included as it is ({format}).",
    },
    "setting.archive.administrative_unit": {
        "nb": "administrativ enhet",
        "nn": "administrativ eining",
        "en": "administrative unit",
    },
    "setting.archive.case_officer": {
        "nb": "saksbehandler",
        "nn": "saksbehandlar",
        "en": "case officer",
    },
    "setting.archive.archived_by": {
        "nb": "arkivert av",
        "nn": "arkivert av",
        "en": "archived by",
    },
    "setting.archive.creator_name": {
        "nb": "arkivskaperens navn",
        "nn": "arkivskaparen sitt namn",
        "en": "archive creator's name",
    },
    "setting.archive.creator_id": {
        "nb": "arkivskaperens ID (organisasjonsnummer)",
        "nn": "arkivskaparen sin ID (organisasjonsnummer)",
        "en": "archive creator's ID (organisation number)",
    },
    "cli.noark5_written": {
        "nb": "Arkivuttrekket (Noark 5) med {count} dokumenter er skrevet til {path}",
        "nn": "Arkivuttrekket (Noark 5) med {count} dokument er skrive til {path}",
        "en": "The archive export (Noark 5) with {count} documents has been written to {path}",
    },
    "cli.noark5_warning": {
        "nb": "Merk: {text}",
        "nn": "Merk: {text}",
        "en": "Note: {text}",
    },
    # --- a colleague changed the same thing first (hfdesk.services.versions) ---
    "conflict.changed": {
        "nb": "{who} endret {what} {when}, etter at du åpnet {it}.",
        "nn": "{who} endra {what} {when}, etter at du opna {it}.",
        "en": "{who} changed {what} {when}, after you opened {it}.",
    },
    "conflict.changed_by_someone": {
        "nb": "Noen andre endret {what} etter at du åpnet {it}.",
        "nn": "Nokon andre endra {what} etter at du opna {it}.",
        "en": "Someone else changed {what} after you opened {it}.",
    },
    "conflict.concurrent": {
        "nb": "Noen andre lagret en endring av det samme i samme øyeblikk. Ditt ble ikke lagret; prøv igjen.",
        "nn": "Nokon andre lagra ei endring av det same i same augeblink. Ditt vart ikkje lagra; prøv igjen.",
        "en": "Someone else saved a change to the same thing at the same moment. Yours was not saved; try again.",
    },
    # --- a meeting taken along (hfdesk.services.checkout) ---
    "checkout.meeting_taken": {
        "nb": "Møtet er tatt med av {holder} ({host}) siden {since}. Det kan ikke endres her før det er levert tilbake eller tatt over.",
        "nn": "Møtet er teke med av {holder} ({host}) sidan {since}. Det kan ikkje endrast her før det er levert tilbake eller teke over.",
        "en": "The meeting has been taken along by {holder} ({host}) since {since}. It cannot be changed here until it is handed back or taken over.",
    },
    "checkout.already_taken": {
        "nb": "Møtet er allerede tatt med av {holder} ({host}) siden {since}.",
        "nn": "Møtet er allereie teke med av {holder} ({host}) sidan {since}.",
        "en": "The meeting has already been taken along by {holder} ({host}) since {since}.",
    },
    "checkout.status_taken": {
        "nb": "Tatt med av {holder} ({host}) siden {since}: skrivebeskyttet her",
        "nn": "Teke med av {holder} ({host}) sidan {since}: skriveverna her",
        "en": "Taken along by {holder} ({host}) since {since}: read-only here",
    },
    "checkout.status_taken_over": {
        "nb": "Tatt over av {holder} fra {previous} {since}: {reason}",
        "nn": "Teke over av {holder} frå {previous} {since}: {reason}",
        "en": "Taken over by {holder} from {previous} on {since}: {reason}",
    },
    "checkout.taken_over": {
        "nb": "Møtet ble tatt over av {holder} fra {previous} {since} ({reason}). Kopien kan ikke leveres tilbake over det; se forskjellene og importer den likevel om du vil.",
        "nn": "Møtet vart teke over av {holder} frå {previous} {since} ({reason}). Kopien kan ikkje leverast tilbake over det; sjå skilnadene og importer han likevel om du vil.",
        "en": "The meeting was taken over by {holder} from {previous} on {since} ({reason}). The copy cannot be handed back over it; see the differences and import it anyway if you want.",
    },
    "checkout.released": {
        "nb": "Møtet er ikke lenger tatt med på denne kopien. Kopien kan ikke leveres tilbake over det; se forskjellene og importer den likevel om du vil.",
        "nn": "Møtet er ikkje lenger teke med på denne kopien. Kopien kan ikkje leverast tilbake over det; sjå skilnadene og importer han likevel om du vil.",
        "en": "The meeting is no longer taken along on this copy. The copy cannot be handed back over it; see the differences and import it anyway if you want.",
    },
    "checkout.not_a_copy": {
        "nb": "«{name}» er ikke en kopi av et møte som er tatt med.",
        "nn": "«{name}» er ikkje ein kopi av eit møte som er teke med.",
        "en": "«{name}» is not a copy of a meeting taken along.",
    },
    "checkout.other_database": {
        "nb": "Kopien ble tatt fra en annen database ({location}). Åpne den og lever tilbake der.",
        "nn": "Kopien vart teken frå ein annan database ({location}). Opne han og lever tilbake der.",
        "en": "The copy was taken from another database ({location}). Open that one and hand it back there.",
    },
    "checkout.reason_required": {
        "nb": "Skriv hvorfor du tar over møtet.",
        "nn": "Skriv kvifor du tek over møtet.",
        "en": "Write why you take the meeting over.",
    },
    "checkout.not_taken": {
        "nb": "Møtet er ikke tatt med av noen; det er ingenting å ta over.",
        "nn": "Møtet er ikkje teke med av nokon; det er ingenting å ta over.",
        "en": "Nobody has taken the meeting along; there is nothing to take over.",
    },
    "checkout.where_meeting": {
        "nb": "Møtet",
        "nn": "Møtet",
        "en": "The meeting",
    },
    "checkout.where_item": {
        "nb": "Sak {number} {title}",
        "nn": "Sak {number} {title}",
        "en": "Item {number} {title}",
    },
    "checkout.where_attendance": {
        "nb": "Oppmøte: {name}",
        "nn": "Oppmøte: {name}",
        "en": "Attendance: {name}",
    },
    "checkout.present": {
        "nb": "finnes",
        "nn": "finst",
        "en": "present",
    },
    "checkout.absent": {
        "nb": "mangler",
        "nn": "manglar",
        "en": "missing",
    },
    "checkout.content_bytes": {
        "nb": "innhold, om lag {size} byte",
        "nn": "innhald, om lag {size} byte",
        "en": "content, about {size} bytes",
    },
    "speakers.not_found": {
        "nb": "Innlegget (id {id}) står ikke lenger på talerlisten.",
        "nn": "Innlegget (id {id}) står ikkje lenger på talarlista.",
        "en": "The entry (id {id}) is no longer on the speakers list.",
    },
    "speakers.not_present": {
        "nb": "{name} er ikke til stede ved sak {item} og kan ikke settes på talerlisten.",
        "nn": "{name} er ikkje til stades ved sak {item} og kan ikkje setjast på talarlista.",
        "en": "{name} is not present at case {item} and cannot be put on the speakers list.",
    },
    "speakers.may_not_speak": {
        "nb": "{name} har ikke talerett ved sak {item}.",
        "nn": "{name} har ikkje talerett ved sak {item}.",
        "en": "{name} has no right to speak at case {item}.",
    },
    "speakers.nobody_to_answer": {
        "nb": "Ingen har hatt ordet ennå: en replikk må svare på et innlegg.",
        "nn": "Ingen har hatt ordet enno: ein replikk må svare på eit innlegg.",
        "en": "Nobody has spoken yet: a reply must answer a speaker.",
    },
}
