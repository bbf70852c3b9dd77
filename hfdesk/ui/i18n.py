"""The interface language: bokmål, nynorsk or English.

The source texts are English. Bokmål, nynorsk and English catalogues are shipped
complete (English for its plural forms: "%n member(s)" → "1 member", "2 members").
Compiled catalogues live in resources/translations/hfdesk_<lang>.qm and are rebuilt
with `python scripts/update_translations.py`.

Which language: the one the user chose in Settings (kept in the per-user settings file,
`hfdesk.services.settings`, which the command line reads too), else the one the system
suggests (`language_for_locales`, in `hfdesk.messages`):

* nynorsk when the system names nynorsk anywhere (Windows has no nynorsk interface,
  so a nynorsk user's Windows shows bokmål menus and has nynorsk only as the regional
  format: the regional format counts as much as the display language);
* bokmål when it names Norwegian in any other way (nb, no, or the territory Norway,
  e.g. an English Windows with Norwegian regional settings on a municipal laptop),
  and when it names nothing at all (the C locale);
* English only when the system is clearly not Norwegian (e.g. en-US throughout).

The language is read once at start; a change in Settings applies after a restart.
Messages from the core (`hfdesk.messages`: known errors) are rendered in the same language.
Documents do not follow the interface: each body chooses its own målform.
"""

from __future__ import annotations

from collections.abc import Iterable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from .. import messages
from ..messages import language_for_locales  # noqa: F401 - Qt-free, with the messages; used from here
from ..paths import resource

DEFAULT_LANGUAGE = messages.DEFAULT_LANGUAGE
LANGUAGES = messages.LANGUAGES

# Each language named in itself, as language pickers do (not translated).
LANGUAGE_NAMES = {
    "nb": "Norsk (bokmål)",
    "nn": "Norsk (nynorsk)",
    "en": "English",
}

_LOCALES = {
    "nb": (QLocale.Language.NorwegianBokmal, QLocale.Country.Norway),
    "nn": (QLocale.Language.NorwegianNynorsk, QLocale.Country.Norway),
    # Norwegian users with an English interface: day.month.year and a 24-hour clock.
    "en": (QLocale.Language.English, QLocale.Country.UnitedKingdom),
}

_current_language = DEFAULT_LANGUAGE


def translation_file(language: str = DEFAULT_LANGUAGE) -> Path:
    return resource("translations", f"hfdesk_{language}.qm")


def current_language() -> str:
    """The interface language, 'nb', 'nn' or 'en'; dates on screen follow it."""
    return _current_language


def system_language() -> str:
    """The language the operating system suggests (language_for_locales on its locales)."""
    system = QLocale.system()
    return language_for_locales([system.name(), *system.uiLanguages()])


def resolve_language(chosen: str | None) -> str:
    """The user's choice when it is one hfdesk has, else the system's suggestion."""
    return chosen if chosen in LANGUAGES else system_language()


def load_translator(language: str = DEFAULT_LANGUAGE) -> QTranslator | None:
    """A translator with hfdesk's catalogue for `language`, or None when there is none."""
    path = translation_file(language)
    translator = QTranslator()
    if not path.is_file() or not translator.load(str(path)):
        return None
    return translator


def load_qt_translator(language: str) -> QTranslator | None:
    """Qt's own catalogue (qtbase_<language>.qm) for the texts of Qt's dialogs and context
    menus hfdesk does not translate itself; None where Qt ships none (there is no
    bokmål one; hfdesk's catalogues carry the Qt texts hfdesk shows, see labels.py)."""
    if language == "en":
        return None
    folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    translator = QTranslator()
    if not folder or not translator.load(f"qtbase_{language}", folder):
        return None
    return translator


def install_translators(app: QCoreApplication, language: str = DEFAULT_LANGUAGE) -> list[QTranslator]:
    """Install the catalogues for `language` on `app` and set the matching default locale.

    Qt's own catalogue first, hfdesk's last (the last installed is asked first, so
    hfdesk's words win). Returns the installed translators; the caller keeps them alive
    (and may remove them again with `remove_translators`).
    """
    global _current_language
    if language not in LANGUAGES:
        language = DEFAULT_LANGUAGE
    installed: list[QTranslator] = []
    translator = load_translator(language)
    if translator is not None:
        qt_translator = load_qt_translator(language)
        for each in (qt_translator, translator):
            if each is not None:
                each.setParent(app)
                app.installTranslator(each)
                installed.append(each)
        _current_language = language
    messages.set_language(_current_language)  # the core's messages in the interface language
    lang, country = _LOCALES.get(_current_language, _LOCALES[DEFAULT_LANGUAGE])
    QLocale.setDefault(QLocale(lang, country))
    return installed


def remove_translators(app: QCoreApplication, translators: Iterable[QTranslator]) -> None:
    for translator in translators:
        app.removeTranslator(translator)


def language_state() -> tuple[str, QLocale]:
    """The current interface language and default locale, to put back with restore_language_state."""
    return _current_language, QLocale()


def restore_language_state(state: tuple[str, QLocale]) -> None:
    global _current_language
    _current_language, locale = state
    messages.set_language(_current_language)
    QLocale.setDefault(locale)


def switch_language(
    app: QCoreApplication, installed: list[QTranslator], language: str
) -> list[QTranslator]:
    """Replace the installed catalogues with those for `language` (widgets built from now
    on, and those that retranslate on QEvent.LanguageChange, show the new language)."""
    remove_translators(app, installed)
    return install_translators(app, language)
