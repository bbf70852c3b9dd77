"""Loading the interface language.

The source texts are English; bokmål is shipped complete and is the default.
Compiled catalogues live in resources/translations/hfdesk_<lang>.qm and are
rebuilt with `python scripts/update_translations.py`.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from ..paths import resource

DEFAULT_LANGUAGE = "nb"

_LOCALES = {
    "nb": (QLocale.Language.NorwegianBokmal, QLocale.Country.Norway),
    "nn": (QLocale.Language.NorwegianNynorsk, QLocale.Country.Norway),
}

_current_language = DEFAULT_LANGUAGE


def translation_file(language: str = DEFAULT_LANGUAGE) -> Path:
    return resource("translations", f"hfdesk_{language}.qm")


def current_language() -> str:
    """The interface language, 'nb' or 'nn'; dates on screen follow it."""
    return _current_language


def load_translator(language: str = DEFAULT_LANGUAGE) -> QTranslator | None:
    """A translator with hfdesk's catalogue for `language`, or None when there is none."""
    path = translation_file(language)
    translator = QTranslator()
    if not path.is_file() or not translator.load(str(path)):
        return None
    return translator


def install_translators(app: QCoreApplication, language: str = DEFAULT_LANGUAGE) -> list[QTranslator]:
    """Install hfdesk's catalogue on `app` and make Norwegian the default locale.

    Returns the installed translators; the caller keeps them alive (and may
    remove them again with `app.removeTranslator`).
    """
    global _current_language
    installed: list[QTranslator] = []
    translator = load_translator(language)
    if translator is not None:
        translator.setParent(app)
        app.installTranslator(translator)
        installed.append(translator)
        _current_language = language
    lang, country = _LOCALES.get(_current_language, _LOCALES[DEFAULT_LANGUAGE])
    QLocale.setDefault(QLocale(lang, country))
    return installed
