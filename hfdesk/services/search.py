"""Finding a case by the words in it, across all bodies and years (SQLite FTS5, or
PostgreSQL's text search on a shared database).

The index `case_search` (migration 0002) holds each case's title, background,
proposed decision and decision, kept in step by triggers. Searching is a fixed number of
statements whatever the number of hits (how many cases hold the words, the hits, then their
cases' other treatments: a case is treated in several bodies and years, and a hit names where
else), fast enough to run on every keystroke.

Ranking does not grow with the history: words found in more than RANKED_AT_MOST cases are
too common to tell the cases apart (bm25 gives a word in most cases next to no weight), so those
cases come registered last first (by row id: ordering them by meeting date would cost what
ranking did; a meeting imported today counts as registered today), and the result says so
(`CaseSearch.newest_first`). Ranking every case holding a common word took 46 ms in thirty
years of minutes against 19 in ten; counting to 2,001 and taking the newest 50 take 2.3 and
1.2 ms (what is left growing is FTS5 reading the whole list of cases of a word typed as a
prefix). One more word, or a rarer one, brings the ranking back.

A case number typed among the words ("12/25", "2025/12", "01-21") is read with each body's
pattern (services.case_numbers) and finds the cases with that number directly, before the
cases whose text holds the words.

What the user types is never passed to FTS5 as query syntax: it is cut into words,
each word is quoted and searched as a prefix ("utskriv" finds "utskrivingsklare"),
and all words must occur. Quotes, stars, brackets, AND/OR/NOT and column filters in
the text are therefore plain characters, never an error.

On PostgreSQL (migration 0002's ``case_search`` table: a tsvector of each word stemmed by the
``norwegian`` configuration and as written by ``simple``, GIN-indexed) the same words go to
the server, never the raw text: ``websearch_to_tsquery('norwegian', …)`` of the words (their
stems), or ``to_tsquery('simple', 'w1:* & w2:*')`` built from the same word splitting (every
word as a prefix, exactly as on the file); a case matches when it holds every word either way.
The best matches come first by ``ts_rank`` (title, decision, proposed decision, background,
in that weight), the snippet is ``ts_headline`` with the same HIT_START/HIT_END markers.
What differs from the file (the user guide says so): the server finds every case the file
finds, and also the other forms of a whole word typed: "vedtaket" finds "vedtak" and
"vedtakene", which the file finds only when they begin with what was typed.
"""

from __future__ import annotations

import html
import re
from dataclasses import dataclass, replace
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm import Session

from ..migrations import SEARCH_TABLE
from ..models import AgendaItem, Body, Meeting, MeetingStatus, StandardItem
from .case_numbers import format_number, parse_number

# The matched words in a snippet are wrapped in these (characters no one types).
HIT_START = "\x02"
HIT_END = "\x03"
ELLIPSIS = "…"

# Words the unicode61 tokenizer sees: letters and digits; everything else separates.
# (`\w` also matches "_", which unicode61 treats as a separator: strip it.)
_WORD = re.compile(r"[^\W_]+")
_MAX_WORDS = 12
_SNIPPET_TOKENS = 14
# Words found in more cases than this are too common to rank: the cases registered last come first.
RANKED_AT_MOST = 2000


@dataclass(frozen=True)
class Treatment:
    """Another treatment of a hit's case: the body, the meeting's time (None: waiting), its number."""

    item_id: int
    body_id: int
    body_label: str  # the short name, else the name
    meeting_starts_at: datetime | None
    number: str

    @property
    def label(self) -> str:
        """ "SSU 12/26"; without a number the body alone."""
        return f"{self.body_label} {self.number}" if self.number else self.body_label


@dataclass(frozen=True)
class CaseHit:
    item_id: int
    meeting_id: int | None  # None: the case waits in the body's backlog
    body_id: int
    body_name: str
    body_short_name: str
    meeting_starts_at: datetime | None
    meeting_status: MeetingStatus | None
    number: str  # as the body writes it ("12/25", "2025/12"), or "" for an unnumbered case
    title: str
    standard: StandardItem | None
    exempt: bool
    #: A piece of the best-matching text, the matched words between HIT_START and HIT_END
    #: (the number itself when the case was found by its number alone).
    snippet: str
    number_year: int | None = None
    number_seq: int | None = None
    case_id: int = 0
    #: The case's other treatments, in any body and year, oldest first: "SSU 12/26",
    #: "OU Voss 4/26", "OU Bergen (ventar)" ... (`other_treatments`)
    elsewhere: tuple[Treatment, ...] = ()

    @property
    def number_key(self) -> tuple[int, int]:
        """For sorting by number: (year, seq); an unnumbered case first."""
        return (self.number_year or 0, self.number_seq or 0)

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


def _tsquery_words(text: str) -> list[str]:
    """The words typed, for PostgreSQL (the same splitting as `match_expression`)."""
    return _WORD.findall(text or "")[:_MAX_WORDS]


def _on_postgresql(session: Session) -> bool:
    return session.get_bind().dialect.name == "postgresql"


@dataclass(frozen=True)
class CaseSearch:
    """What a search found: the hits, best first, and whether the words were in so many cases
    (more than RANKED_AT_MOST) that they were shown registered last first instead."""

    hits: list[CaseHit]
    newest_first: bool = False


def search_cases(session: Session, text: str, limit: int = 50) -> list[CaseHit]:
    """The hits of `find_cases`."""
    return find_cases(session, text, limit).hits


def find_cases(session: Session, text: str, limit: int = 50) -> CaseSearch:
    """Cases whose title, background, proposed decision or decision hold every word typed.

    A case number typed as its body writes it, or loosely ("12/25", "2025/12", "1-21", "sak
    12/25"; services.case_numbers.parse_number, read with each body's pattern), finds the cases
    with that number first, newest meeting first; other words typed with it must then match
    their text. After them come the cases whose text holds every word typed (the number's
    digits included: "jf. sak 12/25"), the best matches first (bm25, the title weighing most),
    the newest meeting first among equals. Words in more than RANKED_AT_MOST cases (or
    `limit`, if more) are too common to rank: the cases registered last come first. A fixed
    number of statements whatever the hits, and no more ranking whatever the history.
    """
    if limit <= 0:
        return CaseSearch([])
    hits = _number_hits(session, text, limit)
    expression = match_expression(text)
    newest_first = False
    if expression and len(hits) < limit:
        seen = {h.item_id for h in hits}
        words, newest_first = _word_hits(session, expression, limit + len(seen), text)
        hits += [h for h in words if h.item_id not in seen]
    return CaseSearch(_with_other_treatments(session, hits[:limit]), newest_first)


def _with_other_treatments(session: Session, hits: list[CaseHit]) -> list[CaseHit]:
    """Each hit with its case's other treatments (a case is treated in several bodies and years:
    "Sak 12/26 i SSU, sak 4/26 i OU Voss"), in one statement for all hits."""
    case_ids = {h.case_id for h in hits}
    if not case_ids:
        return hits
    rows = session.execute(
        sa.select(AgendaItem.id, AgendaItem.case_id, AgendaItem.body_id, Body.short_name, Body.name,
                  Body.case_number_pattern, AgendaItem.number_seq, AgendaItem.number_year, Meeting.starts_at)
        .join(Body, Body.id == AgendaItem.body_id)
        .outerjoin(Meeting, Meeting.id == AgendaItem.meeting_id)
        .where(AgendaItem.case_id.in_(case_ids))
        .order_by(Meeting.starts_at.is_(None), Meeting.starts_at, AgendaItem.id)
    ).all()
    by_case: dict[int, list[Treatment]] = {}
    for item_id, case_id, body_id, short, name, pattern, seq, year, starts in rows:
        by_case.setdefault(case_id, []).append(
            Treatment(item_id, body_id, short or name, starts, format_number(pattern, seq, year))
        )
    return [
        replace(h, elsewhere=tuple(t for t in by_case.get(h.case_id, ()) if t.item_id != h.item_id))
        for h in hits
    ]


_COLUMNS = """a.id, a.meeting_id, b.id, b.name, b.short_name, m.starts_at, m.status,
               a.number_seq, a.number_year, a.title, a.standard, a.exempt, b.case_number_pattern, a.case_id"""
_SNIPPET = f"snippet({SEARCH_TABLE}, -1, :hit_start, :hit_end, :ellipsis, {_SNIPPET_TOKENS})"
_SNIPPET_PARAMS = {"hit_start": HIT_START, "hit_end": HIT_END, "ellipsis": ELLIPSIS}
# The index's rows with their case, body and meeting (word hits, and number hits with words).
_INDEX_JOINS = f"""FROM {SEARCH_TABLE} AS f
        JOIN agenda_items AS a ON a.id = f.rowid
        JOIN bodies AS b ON b.id = a.body_id
        LEFT JOIN meetings AS m ON m.id = a.meeting_id"""


# PostgreSQL: the query from the words (`_pg_params`), the index's rows, the headline.
_PG_QUERY = """(websearch_to_tsquery('norwegian', :words) || to_tsquery('simple', :prefixes))"""
_PG_SNIPPET = (
    "ts_headline('simple', concat_ws(' ', f.title, f.decision, f.proposed_decision, f.background), "
    f"{_PG_QUERY}, :headline)"
)
_PG_INDEX_JOINS = """FROM case_search AS f
        JOIN agenda_items AS a ON a.id = f.item_id
        JOIN bodies AS b ON b.id = a.body_id
        LEFT JOIN meetings AS m ON m.id = a.meeting_id"""


def _pg_params(text: str) -> dict[str, object]:
    words = _tsquery_words(text)
    return {
        # letters and digits only: nothing in them is query syntax
        "words": " ".join(words),
        "prefixes": " & ".join(f"{w}:*" for w in words),
        "headline": (
            f'StartSel="{HIT_START}", StopSel="{HIT_END}", MaxWords={_SNIPPET_TOKENS}, MinWords=5, '
            f'ShortWord=0, MaxFragments=1, FragmentDelimiter="{ELLIPSIS}"'
        ),
    }


# How many cases hold the words, counted no further than one past RANKED_AT_MOST.
_MATCHES = sa.text(
    f"SELECT count(*) FROM (SELECT 1 FROM {SEARCH_TABLE} WHERE {SEARCH_TABLE} MATCH :expression "
    "LIMIT :enough)"
)
_PG_MATCHES = sa.text(
    f"SELECT count(*) FROM (SELECT 1 FROM case_search AS f WHERE f.document @@ {_PG_QUERY} LIMIT :enough) AS m"
)
_RANKED = f"bm25({SEARCH_TABLE}, 10.0, 1.0, 2.0, 3.0), m.starts_at DESC, a.position"
_PG_RANKED = f"ts_rank(f.document, {_PG_QUERY}) DESC, m.starts_at DESC NULLS LAST, a.position"
# Too common to rank: the index hands its matches newest first by key and stops at the limit.
_NEWEST, _PG_NEWEST = "f.rowid DESC", "f.item_id DESC"


def _word_hits_sql(order: str, postgresql: bool) -> sa.TextClause:
    if postgresql:
        return sa.text(
            f"SELECT {_COLUMNS}, {_PG_SNIPPET} {_PG_INDEX_JOINS} WHERE f.document @@ {_PG_QUERY} "
            f"ORDER BY {order} LIMIT :limit"
        )
    return sa.text(
        f"SELECT {_COLUMNS}, {_SNIPPET} {_INDEX_JOINS} WHERE {SEARCH_TABLE} MATCH :expression "
        f"ORDER BY {order} LIMIT :limit"
    )


# (postgresql, newest first) -> the statement
_WORD_HITS = {
    (False, False): _word_hits_sql(_RANKED, False),
    (False, True): _word_hits_sql(_NEWEST, False),
    (True, False): _word_hits_sql(_PG_RANKED, True),
    (True, True): _word_hits_sql(_PG_NEWEST, True),
}


def _word_hits(session: Session, expression: str, limit: int, text: str = "") -> tuple[list[CaseHit], bool]:
    """The best `limit` cases holding the words, and whether they were too common to rank
    (in more than RANKED_AT_MOST cases, or `limit` if more): then the newest come first."""
    postgresql = _on_postgresql(session)
    if postgresql:
        params: dict[str, object] = _pg_params(text)
    else:
        params = {"expression": expression, **_SNIPPET_PARAMS}
    at_most = max(RANKED_AT_MOST, limit)
    found = session.execute(_PG_MATCHES if postgresql else _MATCHES, {**params, "enough": at_most + 1}).scalar()
    if not found:
        return [], False
    newest_first = found > at_most
    rows = session.execute(_WORD_HITS[postgresql, newest_first], {**params, "limit": limit}).all()
    return [_hit(row) for row in rows], newest_first


# A case number among the words: two groups of digits and a separator ("12/25", "2025 / 12").
_NUMBER = re.compile(r"(?<![\w/.\-])\d{1,4}\s*[/.\-]\s*\d{1,4}(?![\w/.\-])")
# Words that only say "case" beside a number: "sak 12/25" looks for the number alone.
_CASE_WORDS = frozenset({"sak", "saka", "saken", "item", "case"})


def _number_hits(session: Session, text: str, limit: int) -> list[CaseHit]:
    """The cases with the number typed (read with each body's pattern), other words typed matching."""
    found = _NUMBER.search(text or "")
    if found is None:
        return []
    wanted: dict[tuple[int, int], list[int]] = {}  # (seq, year) -> the bodies that read it so
    for body_id, pattern in session.execute(sa.select(Body.id, Body.case_number_pattern)):
        number = parse_number(pattern, found.group())
        if number is not None:
            wanted.setdefault(number, []).append(int(body_id))
    if not wanted:
        return []
    params: dict[str, object] = {"limit": limit}
    conditions = []
    for n, ((seq, year), body_ids) in enumerate(sorted(wanted.items())):
        conditions.append(
            f"(a.number_seq = :seq{n} AND a.number_year = :year{n} "
            f"AND a.body_id IN ({', '.join(str(i) for i in body_ids)}))"
        )
        params[f"seq{n}"], params[f"year{n}"] = seq, year
    rest = " ".join(w for w in _WORD.findall(text[: found.start()] + " " + text[found.end():])
                    if w.casefold() not in _CASE_WORDS)
    expression = match_expression(rest)
    if expression and _on_postgresql(session):
        sql = sa.text(
            f"""
            SELECT {_COLUMNS}, {_PG_SNIPPET}
            {_PG_INDEX_JOINS}
            WHERE f.document @@ {_PG_QUERY} AND ({" OR ".join(conditions)})
            ORDER BY m.starts_at DESC NULLS LAST, b.sort_order, a.id
            LIMIT :limit
            """
        )
        params.update(_pg_params(rest))
    elif expression:
        sql = sa.text(
            f"""
            SELECT {_COLUMNS}, {_SNIPPET}
            {_INDEX_JOINS}
            WHERE {SEARCH_TABLE} MATCH :expression AND ({" OR ".join(conditions)})
            ORDER BY m.starts_at DESC, b.sort_order, a.id
            LIMIT :limit
            """
        )
        params.update(expression=expression, **_SNIPPET_PARAMS)
    else:
        sql = sa.text(
            f"""
            SELECT {_COLUMNS}, NULL
            FROM agenda_items AS a
            JOIN bodies AS b ON b.id = a.body_id
            LEFT JOIN meetings AS m ON m.id = a.meeting_id
            WHERE {" OR ".join(conditions)}
            ORDER BY m.starts_at DESC{" NULLS LAST" if _on_postgresql(session) else ""}, b.sort_order, a.id
            LIMIT :limit
            """
        )
    return [_hit(row, number_matched=not expression) for row in session.execute(sql, params).all()]


def _hit(row: sa.Row, *, number_matched: bool = False) -> CaseHit:
    (item_id, meeting_id, body_id, body_name, short, starts, status, seq, year, title, standard, exempt, pattern,
     case_id, snip) = row
    if isinstance(starts, str):  # raw SQL: SQLite hands back the stored text
        starts = datetime.fromisoformat(starts)
    number = format_number(pattern, seq, year)
    if number_matched:  # the number is what matched: it is the matching text
        snip = f"{HIT_START}{number}{HIT_END}"
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
        number_year=year,
        number_seq=seq,
        case_id=case_id,
    )
