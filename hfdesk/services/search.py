"""Finding a case by the words in it, across all bodies and years (SQLite FTS5).

The index `case_search` (migration 0002) holds each case's title, background,
proposed decision and decision, kept in step by triggers. Searching is one
statement whatever the number of hits, fast enough to run on every keystroke.

What the user types is never passed to FTS5 as query syntax: it is cut into words,
each word is quoted and searched as a prefix ("utskriv" finds "utskrivingsklare"),
and all words must occur. Quotes, stars, brackets, AND/OR/NOT and column filters in
the text are therefore plain characters, never an error.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm import Session

from ..migrations import SEARCH_TABLE
from ..models import MeetingStatus, StandardItem

# The matched words in a snippet are wrapped in these (characters no one types).
HIT_START = "\x02"
HIT_END = "\x03"
ELLIPSIS = "…"

# Words the unicode61 tokenizer sees: letters and digits; everything else separates.
# (`\w` also matches "_", which unicode61 treats as a separator: strip it.)
_WORD = re.compile(r"[^\W_]+")
_MAX_WORDS = 12
_SNIPPET_TOKENS = 14


@dataclass(frozen=True)
class CaseHit:
    item_id: int
    meeting_id: int | None  # None: the case waits in the body's backlog
    body_id: int
    body_name: str
    body_short_name: str
    meeting_starts_at: datetime | None
    meeting_status: MeetingStatus | None
    number: str  # "12/25", or "" for an unnumbered case
    title: str
    standard: StandardItem | None
    exempt: bool
    #: A piece of the best-matching text, the matched words between HIT_START and HIT_END.
    snippet: str

    @property
    def snippet_text(self) -> str:
        """The snippet without the hit markers."""
        return self.snippet.replace(HIT_START, "").replace(HIT_END, "")

    def snippet_html(self, start: str = "<b>", end: str = "</b>") -> str:
        """The snippet as escaped HTML with the matched words wrapped in `start`/`end`."""
        return html.escape(self.snippet).replace(HIT_START, start).replace(HIT_END, end)


def match_expression(text: str) -> str:
    """An FTS5 MATCH expression for what the user typed: every word, as a prefix.

    Returns "" when the text holds no word (nothing to search for).
    """
    words = _WORD.findall(text or "")[:_MAX_WORDS]
    # A word is letters and digits only, so it needs no escaping inside the quotes.
    return " ".join(f'"{w}"*' for w in words)


def search_cases(session: Session, text: str, limit: int = 50) -> list[CaseHit]:
    """Cases whose title, background, proposed decision or decision hold every word typed.

    The best matches first (bm25, the title weighing most), the newest meeting first
    among equals. One statement.
    """
    expression = match_expression(text)
    if not expression or limit <= 0:
        return []
    sql = sa.text(
        f"""
        SELECT a.id, a.meeting_id, b.id, b.name, b.short_name, m.starts_at, m.status,
               a.number_seq, a.number_year, a.title, a.standard, a.exempt,
               snippet({SEARCH_TABLE}, -1, :hit_start, :hit_end, :ellipsis, {_SNIPPET_TOKENS})
        FROM {SEARCH_TABLE} AS f
        JOIN agenda_items AS a ON a.id = f.rowid
        JOIN bodies AS b ON b.id = a.body_id
        LEFT JOIN meetings AS m ON m.id = a.meeting_id
        WHERE {SEARCH_TABLE} MATCH :expression
        ORDER BY bm25({SEARCH_TABLE}, 10.0, 1.0, 2.0, 3.0), m.starts_at DESC, a.position
        LIMIT :limit
        """
    )
    rows = session.execute(
        sql,
        {"expression": expression, "hit_start": HIT_START, "hit_end": HIT_END, "ellipsis": ELLIPSIS, "limit": limit},
    ).all()
    return [_hit(row) for row in rows]


def _hit(row: sa.Row) -> CaseHit:
    (item_id, meeting_id, body_id, body_name, short, starts, status, seq, year, title, standard, exempt, snip) = row
    if isinstance(starts, str):  # raw SQL: SQLite hands back the stored text
        starts = datetime.fromisoformat(starts)
    number = f"{seq}/{year % 100:02d}" if seq is not None and year is not None else ""
    return CaseHit(
        item_id=item_id,
        meeting_id=meeting_id,
        body_id=body_id,
        body_name=body_name,
        body_short_name=short or "",
        meeting_starts_at=starts,
        meeting_status=MeetingStatus(status) if status else None,
        number=number,
        title=title,
        standard=StandardItem(standard) if standard else None,
        exempt=bool(exempt),
        snippet=snip or "",
    )
