"""How a body writes its case numbers ("Sak 12/25", "Sak 2025/12", "Sak 01-21"): the one place.

A body's pattern (``bodies.case_number_pattern``) is built from three parts in either order:

* the number: ``N`` (plain, 12), ``NN`` or ``NNN`` (zero-padded to two or three digits: 01, 012);
* the year: ``YY`` (25) or ``YYYY`` (2025);
* one separator between them: ``/``, ``-`` or ``.``.

"N/YY" (12/25, the default), "YYYY/N" (2025/12), "NN-YY" (01-21). The tokens are stored, never
shown: the body form offers examples (`offered_patterns`). A number wider than its padding is
written in full (1234 with "NN" is 1234).

    check_pattern(text) -> str                      the pattern in its stored form, or HfdeskError
    format_number(pattern, seq, year) -> str        (12, 2025) -> "2025/12" for "YYYY/N"
    parse_number(pattern, text) -> (seq, year) | None   what a user typed, loosely

Numbers are sorted by (year, seq), never by the label. The meeting file (`hfdesk-meeting` JSON)
keeps the body-independent form `CANONICAL` ("12/25") beside the body's label.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

from ..errors import InvalidInput

DEFAULT_PATTERN = "N/YY"
#: The body-independent form of a number: the meeting file's `number` ("12/25").
CANONICAL = "N/YY"
SEPARATORS = ("/", "-", ".")

#: The patterns the body form offers, the usual one first.
OFFERED_PATTERNS = (
    "N/YY",
    "NN/YY",
    "NNN/YY",
    "N/YYYY",
    "YYYY/N",
    "YYYY/NN",
    "YYYY/NNN",
    "N-YY",
    "NN-YY",
    "NNN-YY",
    "N-YYYY",
    "YYYY-N",
)

_PATTERN = re.compile(r"^(?:(N{1,3})([/.\-])(Y{4}|Y{2})|(Y{4}|Y{2})([/.\-])(N{1,3}))$")
# What a user types: two groups of digits with a separator ("12/25", "2025 / 12", "sak 01-21").
_TYPED = re.compile(r"^\s*(?:sak\s+)?(\d{1,4})\s*([/.\-])\s*(\d{1,4})\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class Pattern:
    """A parsed pattern: the number's padding (1: plain), the year's digits, the separator, the order."""

    width: int
    year_digits: int
    separator: str
    year_first: bool

    def format(self, seq: int, year: int) -> str:
        number = f"{seq:0{self.width}d}"
        year_text = f"{year % 100:02d}" if self.year_digits == 2 else f"{year:04d}"
        parts = (year_text, number) if self.year_first else (number, year_text)
        return self.separator.join(parts)


@lru_cache(maxsize=64)
def _parse(pattern: str) -> Pattern | None:
    m = _PATTERN.match(pattern.strip().upper())
    if m is None:
        return None
    if m.group(1) is not None:
        return Pattern(len(m.group(1)), len(m.group(3)), m.group(2), year_first=False)
    return Pattern(len(m.group(6)), len(m.group(4)), m.group(5), year_first=True)


def check_pattern(text: str | None) -> str:
    """The pattern as it is stored ("n/yy" -> "N/YY"), or InvalidInput for anything else."""
    if text is None or _parse(text) is None:
        raise InvalidInput("body.bad_case_number_pattern", pattern=text or "")
    return text.strip().upper()


def is_valid(text: str | None) -> bool:
    return text is not None and _parse(text) is not None


def pattern_of(text: str | None) -> Pattern:
    """The parsed pattern; the default for an empty or unknown one (a file edited by hand), so
    no screen or document fails on it."""
    return (_parse(text) if text else None) or _DEFAULT


_DEFAULT = Pattern(1, 2, "/", year_first=False)


def format_number(pattern: str | None, seq: int | None, year: int | None) -> str:
    """The number as the body writes it: (12, 2025) is "12/25" for "N/YY", "2025/12" for
    "YYYY/N", "12-25" for "NN-YY". "" for an unnumbered item (either part None)."""
    if seq is None or year is None:
        return ""
    return pattern_of(pattern).format(seq, year)


def canonical(seq: int | None, year: int | None) -> str:
    """The body-independent form ("12/25"), "" when unnumbered: the meeting file's `number`."""
    return format_number(CANONICAL, seq, year)


def full_year(short_year: int, reference_year: int) -> int:
    """A two-digit year in the century that puts it at most a year after `reference_year`
    (in 2026: 26 and 27 are 2026 and 2027, 28 is 1928, 99 is 1999)."""
    year = reference_year - reference_year % 100 + short_year
    return year - 100 if year > reference_year + 1 else year


def parse_number(pattern: str | None, text: str, *, reference_year: int | None = None) -> tuple[int, int] | None:
    """(seq, year) of a case number as a user types it for a body with `pattern`, else None.

    Loose: any padding ("1-21" and "01-21"), a two- or four-digit year ("12/25", "12/2025"),
    "/", "-" or the body's own separator, spaces around it, a leading "sak". A four-digit group
    is the year wherever it stands ("2025/12" is 12 of 2025 for every body); otherwise the
    body's order decides ("25/12" is 12 of 2025 for a year-first body, 25 of 2012 for the
    others). A two-digit year falls in the century that puts it at most a year after
    `reference_year` (default: this year).
    """
    m = _TYPED.match(text or "")
    if m is None:
        return None
    shape = pattern_of(pattern)
    first, separator, second = m.group(1), m.group(2), m.group(3)
    if separator not in ("/", "-", shape.separator):
        return None
    if len(first) == 4 and len(second) < 4:
        year_text, seq_text = first, second
    elif len(second) == 4 and len(first) < 4:
        seq_text, year_text = first, second
    elif shape.year_first:
        year_text, seq_text = first, second
    else:
        seq_text, year_text = first, second
    if len(year_text) not in (2, 4):
        return None
    seq = int(seq_text)
    if seq <= 0:
        return None
    year = int(year_text)
    if len(year_text) == 2:
        year = full_year(year, reference_year if reference_year is not None else date.today().year)
    return seq, year


def looks_like_number(text: str) -> bool:
    """Two groups of digits with a separator: worth trying `parse_number` on."""
    return _TYPED.match(text or "") is not None


def offered_patterns(year: int | None = None) -> list[tuple[str, str]]:
    """(pattern, example) for the body form: examples, not tokens ("3/25, 12/25", "2025/3,
    2025/12", "03-25, 12-25"): two numbers, so the padding shows. `year`: this year by default."""
    year = year if year is not None else date.today().year
    return [(p, example(p, year)) for p in OFFERED_PATTERNS]


def example(pattern: str, year: int | None = None) -> str:
    """How the pattern writes case 3 and case 12 of `year`: "3/25, 12/25"."""
    year = year if year is not None else date.today().year
    return f"{format_number(pattern, 3, year)}, {format_number(pattern, 12, year)}"
