"""Norwegian dates and times: the one place hfdesk turns dates into text.

Month and weekday names come from the CLDR data in Babel, for bokmål ("nb") and
nynorsk ("nn"), never from hand-made lists. Qt-free, so the screens, the
documents and the command line all render dates the same way. The screens in
English ("en") get English names in the British order ("Tuesday 14 March 2023");
documents are always bokmål or nynorsk.

    >>> long_date(date(2023, 3, 14))
    'tirsdag 14. mars 2023'
    >>> long_date(date(2023, 3, 14), "nn")
    'tysdag 14. mars 2023'
    >>> short_date(date(2023, 3, 14))
    '14.03.2023'
    >>> clock(time(10, 0))
    '10:00'
"""

from __future__ import annotations

from datetime import date, datetime, time

LANGUAGES = ("nb", "nn", "en")
DEFAULT_LANGUAGE = "nb"

LONG_FORMAT = "EEEE d. MMMM y"  # tirsdag 14. mars 2023
MEDIUM_FORMAT = "d. MMMM y"  # 14. mars 2023
WEEKDAY_FORMAT = "EEE d. MMM y"  # tir. 14. mars 2023
MONTH_FORMAT = "MMMM y"  # mars 2023
_NORWEGIAN = (LONG_FORMAT, MEDIUM_FORMAT, WEEKDAY_FORMAT, MONTH_FORMAT)
#: long, medium, weekday and month formats, and the word before a clock time, per language
_FORMATS = {
    "nb": (*_NORWEGIAN, "kl."),
    "nn": (*_NORWEGIAN, "kl."),
    "en": ("EEEE d MMMM y", "d MMMM y", "EEE d MMM y", "MMMM y", "at"),
}


def _format(value: date, format: str, locale: str) -> str:
    """Babel's `format_date`; Babel (and its CLDR data) is imported when a date is first
    written out in words, not with the module: the window's start shows none."""
    from babel.dates import format_date as babel_format_date

    return babel_format_date(value, format=format, locale=locale)


def _lang(lang: str | None) -> str:
    return lang if lang in LANGUAGES else DEFAULT_LANGUAGE


def _day(value: date | datetime) -> date:
    return value.date() if isinstance(value, datetime) else value


def long_date(value: date | datetime | None, lang: str | None = DEFAULT_LANGUAGE) -> str:
    """'tirsdag 14. mars 2023' (nb) / 'tysdag 14. mars 2023' (nn); '' for None."""
    if value is None:
        return ""
    lang = _lang(lang)
    return _format(_day(value), format=_FORMATS[lang][0], locale=lang)


def medium_date(value: date | datetime | None, lang: str | None = DEFAULT_LANGUAGE) -> str:
    """'14. mars 2023'; '' for None."""
    if value is None:
        return ""
    lang = _lang(lang)
    return _format(_day(value), format=_FORMATS[lang][1], locale=lang)


def weekday_date(value: date | datetime | None, lang: str | None = DEFAULT_LANGUAGE) -> str:
    """'tir. 14. mars 2023', for narrow columns; '' for None."""
    if value is None:
        return ""
    lang = _lang(lang)
    return _format(_day(value), format=_FORMATS[lang][2], locale=lang)


def month_year(value: date | datetime | None, lang: str | None = DEFAULT_LANGUAGE) -> str:
    """'mars 2023'; '' for None."""
    if value is None:
        return ""
    lang = _lang(lang)
    return _format(_day(value), format=_FORMATS[lang][3], locale=lang)


def month_abbreviation(month: int, lang: str | None = DEFAULT_LANGUAGE) -> str:
    """'jan.', 'feb.' … for month 1–12, as a column heading (standalone form)."""
    from babel.dates import get_month_names

    return get_month_names("abbreviated", context="stand-alone", locale=_lang(lang))[month]


def short_date(value: date | datetime | None) -> str:
    """'14.03.2023', the numeric form used in both written standards; '' for None."""
    if value is None:
        return ""
    day = _day(value)
    return f"{day.day:02d}.{day.month:02d}.{day.year:04d}"


def clock(value: time | datetime | None) -> str:
    """'10:00' (24-hour clock); '' for None."""
    if value is None:
        return ""
    return f"{value.hour:02d}:{value.minute:02d}"


def clock_range(start: time | datetime | None, end: time | datetime | None) -> str:
    """'10:00–13:00' with an en dash; only the start when there is no end."""
    if start is None:
        return ""
    if end is None:
        return clock(start)
    return f"{clock(start)}–{clock(end)}"


def meeting_when(start: datetime, end: datetime | None = None, lang: str | None = DEFAULT_LANGUAGE) -> str:
    """'tirsdag 14. mars 2023 kl. 10:00–13:00' ('kl.' in both written standards)."""
    at = _FORMATS[_lang(lang)][4]
    if end is not None and end.date() != start.date():
        return f"{long_date(start, lang)} {at} {clock(start)} – {long_date(end, lang)} {at} {clock(end)}"
    return f"{long_date(start, lang)} {at} {clock_range(start, end)}"


def day_and_time(value: datetime, lang: str | None = DEFAULT_LANGUAGE) -> str:
    """'7. desember kl. 09:12' (nb, nn) / '7 December at 09:12' (en): a moment this year or near it."""
    lang = _lang(lang)
    day = _format(value.date(), format="d. MMMM" if lang != "en" else "d MMMM", locale=lang)
    return f"{day} {_FORMATS[lang][4]} {clock(value)}"
