"""Attendance (oppmøte) in one year as an Excel workbook: one sheet per body.

Each sheet holds the body's name, a line saying how many meetings were held, a legend of
the codes and colours, and a person × meeting matrix:

* columns: Navn, Rolle, Part, Representerer, then one column per meeting of the body
  that year that was held (status held or minutes approved; planned and cancelled
  meetings are left out), headed by its date, then Møter, Møtt and Oppmøte;
* rows: everyone who held a member's or an observer's seat in the body at some time in
  the year (not the secretary's seat: the secretary takes the minutes), members first
  (leader, deputy leader, members), then observers, each group by side (party) in the
  roster's order and by family name; then the deputies (varamedlemmer) who stood in
  for someone that year, so their attendance is visible too;
* cells, for a person who held a seat on the meeting day:
  - ``M`` møtt: present (also when arriving late or leaving early);
  - ``V`` vara møtte: absent, and the deputy attended in this seat (the member's vote
    was cast: the seat was filled);
  - ``F`` forfall: reported absent, no deputy came;
  - ``U`` ikke møtt, uten forfall: absent without notice, no deputy came;
  - ``?`` ikke registrert: the meeting was held but this person's attendance was never
    registered;
  - blank: the person did not hold a seat on that day (before or after the term).
  In a deputy's own row ``M`` marks the meetings where the deputy attended standing in
  for a member (the member's row shows ``V`` on the same day); a deputy is not expected
  at every meeting, so the deputy rows have no rate. The same holds for a member's
  cell on a day before or after the seat when the person came as a deputy.
* Møter: the meetings held while the person held a seat; Møtt: of those, the ones the
  person attended (``M``); Oppmøte = Møtt / Møter, a percentage (blank when Møter is 0).

The first sheet, "Oversikt", gives the rate per body and side (kommune, sykehus, bruker,
fastlege, ...) over the member and observer seats: how many seat-meetings, how many
``M``, ``V``, ``F``, ``U`` and ``?``, the rate of attendance in person and the rate with
deputies counted (the seat filled), a total per body, a link to the body's sheet, and
two lines explaining the rates. The rows of user representatives (brukerrepresentanter)
and GPs (fastleger) are highlighted, as every body must include them (domain.md §2); a
row's side is the side of the person's latest seat in the year, while the overview counts
each meeting under the side of the seat held that day.

Language: a body's sheet is in the body's written standard (`Body.language`: "Namn",
"Ikkje registrert", "Brukarrepresentant" in nynorsk); the overview and the workbook's
properties in the helsefellesskap's (`services.settings.partnership_language`). The
words are in `words.py`.

Formatted like the roster export (styled, frozen header row and name columns, fitted
column widths, every header shown whole). One table per sheet, so the row repeated at the
top of each printed page is that table's header and a sheet's title stays with its table;
landscape A4, fitted to one page wide while that stays readable, else across pages with
the name column repeated (`xlsx.setup_print`). Every cell goes through
`xlsx.Sheet.append`, so no user text becomes a formula. The data comes from four
statements whatever the number of bodies and people.
Written atomically.
"""

from __future__ import annotations

import functools
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.orm import Session
from xlsxwriter.utility import xl_col_to_name

from ..errors import InvalidInput, NotFound
from ..models import (
    AttendanceStatus,
    Capacity,
    MeetingStatus,
    Role,
    Side,
)
from ..models.tables import (
    ATTENDANCES,
    BODIES,
    MEETINGS,
    MEMBERSHIPS,
    ORGANISATIONS,
    PEOPLE,
    as_stored,
    members_by_value,
)
from ..services.settings import partnership_language, partnership_name
from ..sorting import norwegian_key, sql_key
from . import words
from .xlsx import (
    DATE_FORMAT,
    HEADER,
    LINK,
    MAX_WIDTH,
    MIN_WIDTH,
    SUBTITLE,
    TITLE,
    CellStyle,
    Sheet,
    Styled,
    fill,
    header_width,
    new_workbook,
    save,
    setup_print,
    sheet_title,
    wrap_height,
    write_table,
)

HELD = (MeetingStatus.HELD, MeetingStatus.MINUTES_APPROVED)
MEMBER_ROLES = (Role.LEADER, Role.DEPUTY_LEADER, Role.MEMBER)

PRESENT, DEPUTY_CAME, REPORTED_ABSENT, ABSENT, UNKNOWN = "M", "V", "F", "U", "?"
# The codes and what they mean (the words' keys in words.SHEET_WORDS).
CODES: tuple[tuple[str, str], ...] = (
    (PRESENT, "code_present"),
    (DEPUTY_CAME, "code_deputy_came"),
    (REPORTED_ABSENT, "code_reported_absent"),
    (ABSENT, "code_absent"),
    (UNKNOWN, "code_unknown"),
    ("", "code_blank"),
)
OVERVIEW_SHEET = "Oversikt"  # the same word in both written standards
PERCENT_FORMAT = "0 %"
DATE_WIDTH = 11
REPRESENTS_WIDTH = 40
REPRESENTS_COLUMN = 4  # 1-based: Navn, Rolle, Part, Representerer

# Highlighted rows: user representatives and GPs (light green, light yellow); the legend's word.
HIGHLIGHT: dict[Side, tuple[str, str]] = {
    Side.USER: ("E2EFDA", "user_representative"),
    Side.GP: ("FFF2CC", "gp"),
}
_SIDE_ORDER = {side: i for i, side in enumerate(Side)}
_ROLE_ORDER = {role: i for i, role in enumerate(Role)}
_CENTER = {"align": "center", "valign": "vcenter"}
_SMALL = {"font_size": 9, "font_color": "#404040"}
_SMALL_TEXT = CellStyle(**_SMALL)
_HEADER_CENTRE = HEADER.but(**_CENTER)
_HEADER_DATE = HEADER.but(**_CENTER, num_format=DATE_FORMAT)
LEGEND_ROWS = 2  # under the title and subtitle: the codes, the colours


def export_attendance(session: Session, year: int, out: Path | str, *, body_id: int | None = None) -> Path:
    """Write the attendance of `year` for every body (or only `body_id`) to `out` (.xlsx).

    Raises InvalidInput for a year out of range, NotFound for an unknown body,
    FileInUse / CannotWrite when the target cannot be replaced (it is then left as it was)."""
    out = Path(out)
    if not 1900 <= year <= 9998:  # the year after it must exist too
        raise InvalidInput("attendance.bad_year", year=year, example=date.today().year)
    data = _read(session, year, body_id)

    owner_name = partnership_name(session)
    lang = partnership_language(session)  # the overview's and the workbook's
    said = words.SHEET_WORDS[lang]
    if body_id is not None:
        doc_title = said["attendance_of"].format(year=year, name=data.bodies[0].name)
    elif owner_name:
        doc_title = said["attendance_of"].format(year=year, name=owner_name)
    else:
        doc_title = said["attendance"].format(year=year)
    with new_workbook(
        title=doc_title,
        subject=said["attendance_subject"].format(year=year),
        keywords=said["attendance_keywords"],
    ) as wb:  # a failed export leaves no half-written sheet behind
        taken: set[str] = {OVERVIEW_SHEET.lower()}
        overview = wb.create_sheet(OVERVIEW_SHEET)  # first, written once the bodies are counted
        summaries: list[tuple[_Body, str, list[_Row]]] = []
        for body in data.bodies:
            ws = wb.create_sheet(
                sheet_title(body.short_name or body.name, taken, fallback=f"Organ {body.id}")
            )
            rows = _rows(body, data)
            _write_sheet(ws, body, year, data.meetings[body.id], rows)
            summaries.append((body, ws.title, rows))
        _write_overview(overview, year, lang, summaries)
        save(wb, out)
    return out


# --- reading ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Body:
    id: int
    name: str
    short_name: str
    language: str = "nb"  # 'nb' or 'nn': the written standard of the body's sheet


@dataclass(slots=True)
class _Meeting:
    id: int
    day: date


@dataclass(slots=True)
class _Seat:
    id: int
    person_id: int
    given: str
    family: str
    role: Role
    term_from: date
    term_to: date | None
    side: Side | None
    represents: str

    def covers(self, day: date) -> bool:
        return self.term_from <= day and (self.term_to is None or self.term_to >= day)


@dataclass(slots=True)  # thousands per export: not frozen, which is twice as slow to build
class _Attended:
    person_id: int
    status: AttendanceStatus
    capacity: Capacity
    deputy_for_id: int | None
    given: str
    family: str
    side: Side | None
    represents: str


@dataclass
class _Data:
    bodies: list[_Body]
    meetings: dict[int, list[_Meeting]]  # body id -> its held meetings, in date order
    seats: dict[int, list[_Seat]]  # body id -> seats of the year (deputies' too, not the secretary's)
    attended: dict[int, dict[int, _Attended]]  # meeting id -> person id -> attendance


def _read(session: Session, year: int, body_id: int | None) -> _Data:
    return read_period(session, date(year, 1, 1), date(year, 12, 31), body_id)


def read_period(session: Session, first: date, last: date, body_id: int | None = None) -> _Data:
    """The bodies, their meetings held from `first` to `last` (both included), the seats held
    then and the attendance at those meetings: what the year's workbook, the year report
    (services.year_review) and the attendance per person read. Four statements, built once
    (`_period_statements`) on the tables' Core columns: plain rows, no ORM."""
    bodies_stmt, meetings_stmt, seats_stmt, attended_stmt = _period_statements(body_id is not None)

    # 1. the bodies (a body dissolved before the period began has nothing to show)
    bodies = [
        _Body(i, n, s or "", words.language(lang))
        for i, n, s, lang in session.execute(bodies_stmt, {"body_id": body_id, "first": first})
    ]
    if body_id is not None and not bodies:
        raise NotFound("body.not_found_id", body_id=body_id)
    if not bodies:
        raise InvalidInput("attendance.no_bodies")
    ids = [b.id for b in bodies]

    # 2. the meetings held in the period
    meetings: dict[int, list[_Meeting]] = {b.id: [] for b in bodies}
    from_at = datetime.combine(first, datetime.min.time())
    until_at = datetime.combine(last, datetime.min.time()) + timedelta(days=1)
    for mid, bid, starts in session.execute(meetings_stmt, {"ids": ids, "from_at": from_at, "until_at": until_at}):
        meetings[bid].append(_Meeting(mid, starts.date()))

    # The enum columns come as their stored text (see models.tables.as_stored).
    role_of, side_of = members_by_value(Role), members_by_value(Side)
    status_of, capacity_of = members_by_value(AttendanceStatus), members_by_value(Capacity)

    # 3. the seats held at some time in the period
    seats: dict[int, list[_Seat]] = {b.id: [] for b in bodies}
    for mid, bid, pid, given, family, role, t_from, t_to, side, represents in session.execute(
        seats_stmt, {"ids": ids, "first": first, "last": last}
    ):
        seats[bid].append(
            _Seat(mid, pid, given, family, role_of[role], t_from, t_to, side_of.get(side), represents)
        )

    # 4. the attendance at those meetings
    attended: dict[int, dict[int, _Attended]] = {m.id: {} for ms in meetings.values() for m in ms}
    if attended:
        for meeting_id, pid, status, capacity, deputy_for_id, given, family, side, represents in session.execute(
            attended_stmt, {"meeting_ids": list(attended)}
        ):
            attended[meeting_id][pid] = _Attended(
                pid, status_of[status], capacity_of[capacity], deputy_for_id, given, family, side_of.get(side), represents
            )
    return _Data(bodies, meetings, seats, attended)


@functools.cache
def _period_statements(one_body: bool) -> tuple[sa.Select, ...]:
    """`read_period`'s four statements (the bodies, the meetings, the seats, the attendance),
    their values bound as parameters: built once, as building them cost a fifth of reading a
    year."""
    b, m, ms, p, o, a = BODIES.c, MEETINGS.c, MEMBERSHIPS.c, PEOPLE.c, ORGANISATIONS.c, ATTENDANCES.c
    bodies = sa.select(b.id, b.name, b.short_name, b.language).order_by(b.level, b.sort_order, sql_key(b.name))
    if one_body:
        bodies = bodies.where(b.id == sa.bindparam("body_id"))
    else:
        bodies = bodies.where(sa.or_(b.dissolved_on.is_(None), b.dissolved_on >= sa.bindparam("first")))
    meetings = (
        sa.select(m.id, m.body_id, m.starts_at)
        .where(
            m.body_id.in_(sa.bindparam("ids", expanding=True)),
            m.status.in_(HELD),
            m.starts_at >= sa.bindparam("from_at"),
            m.starts_at < sa.bindparam("until_at"),
        )
        .order_by(m.starts_at, m.id)
    )
    seats = (
        sa.select(
            ms.id,
            ms.body_id,
            ms.person_id,
            p.given_name,
            p.family_name,
            as_stored(ms.role),
            ms.term_from,
            ms.term_to,
            as_stored(o.side),
            sa.func.coalesce(sa.func.nullif(ms.represents_text, ""), o.name, ""),
        )
        .select_from(MEMBERSHIPS)
        .join(PEOPLE, p.id == ms.person_id)
        .outerjoin(ORGANISATIONS, o.id == ms.organisation_id)
        .where(
            ms.body_id.in_(sa.bindparam("ids", expanding=True)),
            ms.role != Role.SECRETARY,
            ms.term_from <= sa.bindparam("last"),
            sa.or_(ms.term_to.is_(None), ms.term_to >= sa.bindparam("first")),
        )
        .order_by(ms.term_from, ms.id)
    )
    seat = MEMBERSHIPS.alias("seat")
    seat_org = ORGANISATIONS.alias("seat_org")
    own_org = ORGANISATIONS.alias("own_org")
    attended = (
        sa.select(
            a.meeting_id,
            a.person_id,
            as_stored(a.status),
            as_stored(a.capacity),
            a.deputy_for_id,
            p.given_name,
            p.family_name,
            as_stored(sa.func.coalesce(seat_org.c.side, own_org.c.side)),
            sa.func.coalesce(sa.func.nullif(seat.c.represents_text, ""), seat_org.c.name, own_org.c.name, ""),
        )
        .select_from(ATTENDANCES)
        .join(PEOPLE, p.id == a.person_id)
        .outerjoin(seat, seat.c.id == a.membership_id)
        .outerjoin(seat_org, seat_org.c.id == seat.c.organisation_id)
        .outerjoin(own_org, own_org.c.id == p.organisation_id)
        .where(a.meeting_id.in_(sa.bindparam("meeting_ids", expanding=True)))
    )
    return bodies, meetings, seats, attended


# --- the rows ----------------------------------------------------------------------------------------


@dataclass
class _Row:
    person_id: int
    name: str
    sort_key: tuple[object, ...]
    role: Role
    side: Side | None
    represents: str
    cells: list[str] = field(default_factory=list)
    seat_cells: list[tuple[str, Side | None]] = field(default_factory=list)  # (code, the seat's side)
    seat_meetings: list[int] = field(default_factory=list)  # the meeting of each of seat_cells
    expected: int = 0  # meetings held while the person held a seat
    attended: int = 0  # of those, attended in person

    @property
    def is_deputy_row(self) -> bool:
        return self.role == Role.DEPUTY

    @property
    def rate(self) -> float | None:
        return self.attended / self.expected if self.expected else None


def _rows(body: _Body, data: _Data) -> list[_Row]:
    meetings = data.meetings[body.id]
    seats = data.seats[body.id]
    by_person: dict[int, list[_Seat]] = defaultdict(list)
    for s in seats:
        if s.role != Role.DEPUTY:
            by_person[s.person_id].append(s)

    rows: list[_Row] = []
    for pid, own in by_person.items():
        latest = own[-1]  # seats come in term order: the latest decides the row's role and side
        group = 0 if latest.role in MEMBER_ROLES else 1
        rows.append(
            _Row(
                pid,
                f"{latest.given} {latest.family}".strip(),
                (
                    group,
                    _side_order(latest.side),
                    _ROLE_ORDER[latest.role],
                    norwegian_key(latest.family),
                    norwegian_key(latest.given),
                    pid,
                ),
                latest.role,
                latest.side,
                latest.represents,
            )
        )
    # Deputies who stood in for someone this year, and were no member or observer.
    deputy_seats = {s.person_id: s for s in seats if s.role == Role.DEPUTY}
    stood_in: dict[int, _Attended] = {}
    for m in meetings:
        for a in data.attended[m.id].values():
            if _stood_in(a) and a.person_id not in by_person:
                stood_in.setdefault(a.person_id, a)
    for pid, a in stood_in.items():
        seat = deputy_seats.get(pid)
        side = seat.side if seat is not None else a.side
        represents = seat.represents if seat is not None else a.represents
        rows.append(
            _Row(
                pid,
                f"{a.given} {a.family}".strip(),
                (2, _side_order(side), 0, norwegian_key(a.family), norwegian_key(a.given), pid),
                Role.DEPUTY,
                side,
                represents,
            )
        )
    rows.sort(key=lambda r: r.sort_key)

    # Per meeting: the seats a deputy filled (standing in for their holder).
    filled = {m.id: {a.deputy_for_id for a in data.attended[m.id].values() if _stood_in(a)} for m in meetings}
    attended = data.attended
    for row in rows:
        own = by_person.get(row.person_id, [])
        own_ids = {s.id for s in own}
        only = own[0] if len(own) == 1 else None  # most people hold one seat in a year
        for m in meetings:
            present = attended[m.id]
            if only is not None:
                seat = only if only.covers(m.day) else None
            else:
                seat = next((s for s in reversed(own) if s.covers(m.day)), None)
            mine = present.get(row.person_id)
            if seat is None:
                row.cells.append(PRESENT if mine is not None and _stood_in(mine) else "")
                continue
            if mine is not None and mine.status == AttendanceStatus.PRESENT:
                code = PRESENT
            elif not own_ids.isdisjoint(filled[m.id]):
                code = DEPUTY_CAME
            elif mine is not None and mine.status == AttendanceStatus.REPORTED_ABSENT:
                code = REPORTED_ABSENT
            elif mine is not None and mine.status == AttendanceStatus.ABSENT:
                code = ABSENT
            else:
                code = UNKNOWN
            row.cells.append(code)
            row.seat_cells.append((code, seat.side))
            row.seat_meetings.append(m.id)
            row.expected += 1
            row.attended += code == PRESENT
    return rows


@dataclass(frozen=True)
class SeatMark:
    """One member's or observer's seat at one held meeting, as the workbook marks it (M, V,
    F, U or ?) under the side of the seat held that day."""

    body_id: int
    meeting_id: int
    side: Side | None
    code: str


def seat_marks(session: Session, first: date, last: date, body_id: int | None = None) -> list[SeatMark]:
    """Every seat at every meeting held from `first` to `last`, marked as in the attendance
    workbook: the one reading behind its rates and the year report's."""
    data = read_period(session, first, last, body_id)
    return [
        SeatMark(body.id, meeting_id, side, code)
        for body in data.bodies
        for row in _rows(body, data)
        for (code, side), meeting_id in zip(row.seat_cells, row.seat_meetings)
    ]


def _stood_in(a: _Attended) -> bool:
    return (
        a.capacity == Capacity.DEPUTY and a.deputy_for_id is not None and a.status == AttendanceStatus.PRESENT
    )


def _side_order(side: Side | None) -> int:
    return _SIDE_ORDER[side] if side is not None else len(_SIDE_ORDER)


# --- writing -----------------------------------------------------------------------------------------


def _write_sheet(ws: Sheet, body: _Body, year: int, meetings: list[_Meeting], rows: list[_Row]) -> None:
    """The body's person × meeting matrix, in the body's written standard: the only table on
    its sheet, so the header row repeated on each printed page is its own."""
    lang = body.language
    said = words.SHEET_WORDS[lang]
    person_columns = words.ATTENDANCE_PERSON_COLUMNS[lang]
    total_columns = words.ATTENDANCE_TOTAL_COLUMNS[lang]
    title = body.name
    if meetings:
        count = said["one_meeting"] if len(meetings) == 1 else said["meetings"].format(count=len(meetings))
        subtitle = said["held_in_year"].format(year=year, count=count)
    else:
        subtitle = said["none_held_in_year"].format(year=year)
    header_row = LEGEND_ROWS + 4
    first_date_col = len(person_columns) + 1
    total_col = first_date_col + len(meetings)
    ncols = total_col + len(total_columns) - 1
    last_person_row = max(header_row + len(rows), header_row + 1)

    widths = [max(MIN_WIDTH, header_width(h)) for h in person_columns]
    person_texts = [_person_texts(row, lang) for row in rows]  # made once: for the widths, then the cells
    for own in person_texts:
        for col, text in enumerate(own):
            if len(text) > widths[col]:
                widths[col] = len(text)
    for col, (header, width) in enumerate(zip(person_columns, widths), 1):
        cap = REPRESENTS_WIDTH if col == REPRESENTS_COLUMN else MAX_WIDTH
        ws.set_width(col, max(min(width, cap), header_width(header)) + 2)
    for col in range(first_date_col, total_col):
        ws.set_width(col, DATE_WIDTH + 2)
    for col, name in enumerate(total_columns, total_col):
        ws.set_width(col, max(MIN_WIDTH, header_width(name)) + 2)
    ws.autofilter(f"A{header_row}:{xl_col_to_name(ncols - 1)}{last_person_row}")
    ws.freeze(f"{xl_col_to_name(first_date_col - 1)}{header_row + 1}")
    setup_print(
        ws,
        header_row=header_row,
        title=said["attendance_of"].format(year=year, name=title),
        notes=(subtitle, _codes(lang)),  # in the page header, when the title rows are not printed
        title_columns=1,  # the name, beside every page of a matrix too wide for one
        page_of=said["page_of"],
    )

    ws.append([Styled(title, TITLE)])
    ws.append([Styled(subtitle, SUBTITLE)])
    _write_legend(ws, lang)
    ws.append([])
    ws.append(
        [
            *(Styled(name, HEADER) for name in person_columns),
            *(Styled(m.day, _HEADER_DATE) for m in meetings),
            *(Styled(name, _HEADER_CENTRE) for name in total_columns),
        ]
    )
    for row, own_texts in zip(rows, person_texts):
        look = _ROW_LOOKS.get(row.side, _PLAIN_ROW) if row.side is not None else _PLAIN_ROW
        texts: list[object] = list(own_texts)
        wrapped: list[tuple[str, float]] = []
        for col, text in enumerate(own_texts, 1):
            if len(text) > ws.widths[col] - 2:  # wraps in its cell, not cut off by the next one
                texts[col - 1] = Styled(text, look.wrapped)
                wrapped.append((text, ws.widths[col]))
        height = wrap_height(wrapped)
        if height is not None:
            ws.set_height(ws.rows_written + 1, height)
        cells: list[object] = [*texts, *(code or None for code in row.cells)]
        if not row.is_deputy_row:
            cells += [row.expected, row.attended]
        else:
            cells += [None, sum(c == PRESENT for c in row.cells)]
        cells.append(row.rate)
        ws.append(cells, styles=look.styles(len(meetings)))
    if not rows:
        ws.append([])  # the filter's range has a row under the header, even an empty one


def _person_texts(row: _Row, lang: str) -> tuple[str, str, str, str]:
    return (
        row.name,
        words.ROLES[lang][row.role],
        words.SHEET_SIDES[lang][row.side] if row.side else "",
        row.represents,
    )


class _Looks:
    """The looks of one matrix row's cells: plain, or highlighted with `fill` (a highlighted
    row is coloured edge to edge)."""

    def __init__(self, colour: str | None) -> None:
        background = {**(fill(colour) if colour is not None else {}), "valign": "vcenter"}
        self.plain = CellStyle(**background)  # a row grown for wrapped text keeps one middle line
        self.centre = CellStyle(**background, align="center")
        self.percent = CellStyle(**background, num_format=PERCENT_FORMAT)
        self.wrapped = CellStyle(**background, text_wrap=True)  # text longer than its column
        self._styles: dict[int, tuple[CellStyle | None, ...]] = {}

    def styles(self, meetings: int) -> tuple[CellStyle | None, ...]:
        """The look of each column of a row with `meetings` meeting columns."""
        found = self._styles.get(meetings)
        if found is None:
            persons = (self.plain,) * REPRESENTS_COLUMN
            found = self._styles[meetings] = (
                *persons,
                *(self.centre,) * meetings,
                self.plain,
                self.plain,
                self.percent,
            )
        return found


_PLAIN_ROW = _Looks(None)
_ROW_LOOKS = {side: _Looks(colour) for side, (colour, _) in HIGHLIGHT.items()}
_LEGEND_LOOKS = {
    side: CellStyle(**_SMALL, **fill(colour), **_CENTER) for side, (colour, _) in HIGHLIGHT.items()
}
_BOLD_TEXT = CellStyle(bold=True)
_PERCENT = CellStyle(num_format=PERCENT_FORMAT)
_BOLD_PERCENT = CellStyle(bold=True, num_format=PERCENT_FORMAT)
_SHEET_LINK = LINK.but(indent=1)  # not run into the percentage beside it
_BOLD_LINK = _SHEET_LINK.but(bold=True)


def _write_legend(ws: Sheet, lang: str) -> None:
    """Two lines under the title: what the codes mean, and the colours (cells in the colour)."""
    said = words.SHEET_WORDS[lang]
    ws.append([Styled(_codes(lang), _SMALL_TEXT)])
    ws.append([Styled(said[meaning], _LEGEND_LOOKS[side]) for side, (_, meaning) in HIGHLIGHT.items()])


def _codes(lang: str) -> str:
    """"M = møtt; V = vara møtte i staden; …; tom rute: …." in written standard `lang`."""
    said = words.SHEET_WORDS[lang]
    return "; ".join(f"{code} = {said[meaning]}" if code else said[meaning] for code, meaning in CODES) + "."


def _write_overview(ws: Sheet, year: int, lang: str, bodies: list[tuple[_Body, str, list[_Row]]]) -> None:
    """The first sheet: the rate per body and side over the member and observer seats, with a
    total per body and a link to its sheet, in the helsefellesskap's written standard. One
    table, the two lines explaining the rates above it."""
    said = words.SHEET_WORDS[lang]
    table: list[list[object]] = []
    for body, sheet, rows in bodies:
        counts: dict[Side | None, Counter[str]] = defaultdict(Counter)
        for row in rows:
            for code, side in row.seat_cells:
                counts[side][code] += 1
        link = "'" + sheet.replace("'", "''") + "'!A1"
        total: Counter[str] = Counter()
        for side in sorted(counts, key=_side_order):
            total.update(counts[side])
            label = words.SHEET_SIDES[lang][side] if side is not None else said["no_side"]
            table.append(_side_row(body.name, label, counts[side], Styled(sheet, _SHEET_LINK, link=link), bold=False))
        table.append(_side_row(body.name, said["total"], total, Styled(sheet, _BOLD_LINK, link=link), bold=True))
    write_table(
        ws,
        table_name="Oppmote_per_part",
        headers=words.ATTENDANCE_SIDE_COLUMNS[lang],
        rows=table,
        title=said["per_side_title"].format(year=year),
        subtitle=said["per_side_subtitle"].format(year=year),
        notes=(said["rate_note"], said["deputy_note"]),
        page_of=said["page_of"],
        wrap_headers=True,  # "Ikkje registrert" over two lines: the counts need narrow columns
    )


def _side_row(body: str, label: str, c: Counter[str], sheet: Styled, *, bold: bool) -> list[object]:
    expected = sum(c[code] for code in (PRESENT, DEPUTY_CAME, REPORTED_ABSENT, ABSENT, UNKNOWN))
    values: list[object] = [
        body,
        label,
        expected,
        c[PRESENT],
        c[DEPUTY_CAME],
        c[REPORTED_ABSENT],
        c[ABSENT],
        c[UNKNOWN],
    ]
    cells: list[object] = [Styled(v, _BOLD_TEXT) for v in values] if bold else values
    percent = _BOLD_PERCENT if bold else _PERCENT
    for share in (c[PRESENT], c[PRESENT] + c[DEPUTY_CAME]):
        cells.append(Styled(share / expected if expected else None, percent))
    cells.append(sheet)
    return cells
