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

Under the matrix a small table gives the rate per side (kommune, sykehus, bruker,
fastlege, ...) over the member and observer seats: how many seat-meetings, how many
``M``, ``V``, ``F``, ``U`` and ``?``, the rate of attendance in person and the rate with
deputies counted (the seat filled), and two lines explaining the rates. The rows of
user representatives (brukerrepresentanter) and GPs (fastleger) are highlighted, as
every body must include them (domain.md §2); a row's side is the side of the person's
latest seat in the year, while the side table counts each meeting under the side of the
seat held that day.

Formatted like the roster export (styled, frozen header row and name columns, fitted
column widths, landscape print fitted to one page wide with the header row on every
page). Every cell goes through `xlsx.Sheet.append`, so no user text becomes a formula.
The data comes from four statements whatever the number of bodies and people.
Written atomically.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.orm import Session, aliased
from xlsxwriter.utility import xl_col_to_name

from ..errors import InvalidInput, NotFound
from ..models import (
    Attendance,
    AttendanceStatus,
    Body,
    Capacity,
    Meeting,
    MeetingStatus,
    Membership,
    Organisation,
    Person,
    Role,
    Side,
)
from ..services.settings import partnership_name
from ..sorting import norwegian_key, sql_key
from . import labels
from .xlsx import (
    DATE_FORMAT,
    HEADER,
    MAX_WIDTH,
    MIN_WIDTH,
    SUBTITLE,
    TITLE,
    CellStyle,
    Sheet,
    Styled,
    fill,
    new_workbook,
    save,
    setup_print,
    sheet_title,
)

HELD = (MeetingStatus.HELD, MeetingStatus.MINUTES_APPROVED)
MEMBER_ROLES = (Role.LEADER, Role.DEPUTY_LEADER, Role.MEMBER)

PRESENT, DEPUTY_CAME, REPORTED_ABSENT, ABSENT, UNKNOWN = "M", "V", "F", "U", "?"
CODES: tuple[tuple[str, str], ...] = (
    (PRESENT, "møtt"),
    (DEPUTY_CAME, "vara møtte i stedet"),
    (REPORTED_ABSENT, "forfall"),
    (ABSENT, "ikke møtt, uten forfall"),
    (UNKNOWN, "ikke registrert"),
    ("", "tom rute: ikke medlem på møtedagen"),
)
PERSON_COLUMNS = ("Navn", "Rolle", "Part", "Representerer")
TOTAL_COLUMNS = ("Møter", "Møtt", "Oppmøte")
SIDE_COLUMNS = (
    "Part",
    "Møter i alt",
    "Møtt",
    "Vara møtte",
    "Forfall",
    "Uten forfall",
    "Ikke registrert",
    "Oppmøte",
    "Med vara",
)
PERCENT_FORMAT = "0 %"
DATE_WIDTH = 11
REPRESENTS_WIDTH = 40

# Highlighted rows: user representatives and GPs (light green, light yellow).
HIGHLIGHT: dict[Side, tuple[str, str]] = {
    Side.USER: ("E2EFDA", "Brukerrepresentant"),
    Side.GP: ("FFF2CC", "Fastlege"),
}
_SIDE_ORDER = {side: i for i, side in enumerate(Side)}
_ROLE_ORDER = {role: i for i, role in enumerate(Role)}
_CENTER = {"align": "center", "valign": "vcenter"}
_SMALL = {"font_size": 9, "font_color": "#404040"}
_SMALL_TEXT = CellStyle(**_SMALL)
_HEADER_CENTRE = HEADER.but(**_CENTER)
_HEADER_DATE = HEADER.but(**_CENTER, num_format=DATE_FORMAT)
_HEADER_WRAP = HEADER.but(**_CENTER, text_wrap=True)
LEGEND_ROWS = 2  # under the title and subtitle: the codes, the colours
NOTES = (
    (
        "Oppmøte: møtt delt på møtene i perioden personen hadde plassen. Med vara: også møtene der "
        "varamedlemmet møtte i stedet."
    ),
    "Varamedlemmer: M der de møtte for et medlem. De kalles inn bare ved forfall og har derfor ingen prosent.",
)


def export_attendance(session: Session, year: int, out: Path | str, *, body_id: int | None = None) -> Path:
    """Write the attendance of `year` for every body (or only `body_id`) to `out` (.xlsx).

    Raises InvalidInput for a year out of range, NotFound for an unknown body,
    FileInUse / CannotWrite when the target cannot be replaced (it is then left as it was)."""
    out = Path(out)
    if not 1900 <= year <= 9998:  # the year after it must exist too
        raise InvalidInput("attendance.bad_year", year=year, example=date.today().year)
    data = _read(session, year, body_id)

    owner_name = partnership_name(session)
    if body_id is not None:
        doc_title = f"Oppmøte {year} – {data.bodies[0].name}"
    else:
        doc_title = f"Oppmøte {year} – {owner_name}" if owner_name else f"Oppmøte {year}"
    with new_workbook(
        title=doc_title,
        subject=f"Oppmøte i organenes møter i {year}",
        keywords="oppmøte; forfall; organ; helsefellesskap",
    ) as wb:  # a failed export leaves no half-written sheet behind
        taken: set[str] = set()
        for body in data.bodies:
            ws = wb.create_sheet(
                sheet_title(body.short_name or body.name, taken, fallback=f"Organ {body.id}")
            )
            _write_sheet(ws, body, year, data.meetings[body.id], _rows(body, data))
        save(wb, out)
    return out


# --- reading ---------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Body:
    id: int
    name: str
    short_name: str


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
    first, last = date(year, 1, 1), date(year, 12, 31)

    # 1. the bodies
    stmt = sa.select(Body.id, Body.name, Body.short_name).order_by(
        Body.level, Body.sort_order, sql_key(Body.name)
    )
    if body_id is not None:
        stmt = stmt.where(Body.id == body_id)
    else:  # a body dissolved before the year began has nothing to show
        stmt = stmt.where(sa.or_(Body.dissolved_on.is_(None), Body.dissolved_on >= first))
    bodies = [_Body(i, n, s or "") for i, n, s in session.execute(stmt)]
    if body_id is not None and not bodies:
        raise NotFound("body.not_found_id", body_id=body_id)
    if not bodies:
        raise InvalidInput("attendance.no_bodies")
    ids = [b.id for b in bodies]

    # 2. the meetings held that year
    meetings: dict[int, list[_Meeting]] = {b.id: [] for b in bodies}
    for mid, bid, starts in session.execute(
        sa.select(Meeting.id, Meeting.body_id, Meeting.starts_at)
        .where(
            Meeting.body_id.in_(ids),
            Meeting.status.in_(HELD),
            Meeting.starts_at >= datetime(year, 1, 1),
            Meeting.starts_at < datetime(year + 1, 1, 1),
        )
        .order_by(Meeting.starts_at, Meeting.id)
    ):
        meetings[bid].append(_Meeting(mid, starts.date()))

    # 3. the seats held at some time in the year
    seats: dict[int, list[_Seat]] = {b.id: [] for b in bodies}
    for row in session.execute(
        sa.select(
            Membership.id,
            Membership.body_id,
            Membership.person_id,
            Person.given_name,
            Person.family_name,
            Membership.role,
            Membership.term_from,
            Membership.term_to,
            Organisation.side,
            sa.func.coalesce(sa.func.nullif(Membership.represents_text, ""), Organisation.name, ""),
        )
        .join(Person, Person.id == Membership.person_id)
        .outerjoin(Organisation, Organisation.id == Membership.organisation_id)
        .where(
            Membership.body_id.in_(ids),
            Membership.role != Role.SECRETARY,
            Membership.term_from <= last,
            sa.or_(Membership.term_to.is_(None), Membership.term_to >= first),
        )
        .order_by(Membership.term_from, Membership.id)
    ):
        mid, bid, pid, given, family, role, t_from, t_to, side, represents = row
        seats[bid].append(_Seat(mid, pid, given, family, role, t_from, t_to, side, represents))

    # 4. the attendance at those meetings
    attended: dict[int, dict[int, _Attended]] = {m.id: {} for ms in meetings.values() for m in ms}
    if attended:
        seat = aliased(Membership)
        seat_org = aliased(Organisation)
        own_org = aliased(Organisation)
        for row in session.execute(
            sa.select(
                Attendance.meeting_id,
                Attendance.person_id,
                Attendance.status,
                Attendance.capacity,
                Attendance.deputy_for_id,
                Person.given_name,
                Person.family_name,
                sa.func.coalesce(seat_org.side, own_org.side),
                sa.func.coalesce(sa.func.nullif(seat.represents_text, ""), seat_org.name, own_org.name, ""),
            )
            .join(Person, Person.id == Attendance.person_id)
            .outerjoin(seat, seat.id == Attendance.membership_id)
            .outerjoin(seat_org, seat_org.id == seat.organisation_id)
            .outerjoin(own_org, own_org.id == Person.organisation_id)
            .where(Attendance.meeting_id.in_(list(attended)))
        ):
            meeting_id, pid, status, capacity, deputy_for_id, given, family, side, represents = row
            attended[meeting_id][pid] = _Attended(
                pid, status, capacity, deputy_for_id, given, family, side, represents
            )
    return _Data(bodies, meetings, seats, attended)


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
    for row in rows:
        own = by_person.get(row.person_id, [])
        own_ids = {s.id for s in own}
        for m in meetings:
            present = data.attended[m.id]
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
            row.expected += 1
            row.attended += code == PRESENT
    return rows


def _stood_in(a: _Attended) -> bool:
    return (
        a.capacity == Capacity.DEPUTY and a.deputy_for_id is not None and a.status == AttendanceStatus.PRESENT
    )


def _side_order(side: Side | None) -> int:
    return _SIDE_ORDER[side] if side is not None else len(_SIDE_ORDER)


# --- writing -----------------------------------------------------------------------------------------


def _write_sheet(ws: Sheet, body: _Body, year: int, meetings: list[_Meeting], rows: list[_Row]) -> None:
    title = body.name
    if meetings:
        count = "1 møte" if len(meetings) == 1 else f"{len(meetings)} møter"
        subtitle = f"Oppmøte i {year}: {count} gjennomført. Avlyste og planlagte møter er ikke med."
    else:
        subtitle = f"Ingen gjennomførte møter i {year}."
    header_row = LEGEND_ROWS + 4
    first_date_col = len(PERSON_COLUMNS) + 1
    total_col = first_date_col + len(meetings)
    ncols = total_col + len(TOTAL_COLUMNS) - 1
    last_person_row = max(header_row + len(rows), header_row + 1)

    widths = [max(MIN_WIDTH, len(h) + 3) for h in PERSON_COLUMNS]
    for row in rows:
        for col, text in enumerate(_person_texts(row)):
            widths[col] = max(widths[col], len(text))
    for col, width in enumerate(widths, 1):
        cap = REPRESENTS_WIDTH if PERSON_COLUMNS[col - 1] == "Representerer" else MAX_WIDTH
        ws.set_width(col, min(width, cap) + 2)
    for col in range(first_date_col, total_col):
        ws.set_width(col, DATE_WIDTH + 2)
    for col, name in enumerate(TOTAL_COLUMNS, total_col):
        ws.set_width(col, max(MIN_WIDTH, len(name) + 3) + 2)
    ws.autofilter(f"A{header_row}:{xl_col_to_name(ncols - 1)}{last_person_row}")
    ws.freeze(f"{xl_col_to_name(first_date_col - 1)}{header_row + 1}")
    setup_print(ws, header_row=header_row, title=f"Oppmøte {year} – {title}")

    ws.append([Styled(title, TITLE)])
    ws.append([Styled(subtitle, SUBTITLE)])
    _write_legend(ws)
    ws.append([])
    ws.append(
        [
            *(Styled(name, HEADER) for name in PERSON_COLUMNS),
            *(Styled(m.day, _HEADER_DATE) for m in meetings),
            *(Styled(name, _HEADER_CENTRE) for name in TOTAL_COLUMNS),
        ]
    )
    for row in rows:
        look = _ROW_LOOKS.get(row.side, _PLAIN_ROW) if row.side is not None else _PLAIN_ROW
        cells: list[object] = [*_person_texts(row), *(code or None for code in row.cells)]
        if not row.is_deputy_row:
            cells += [row.expected, row.attended]
        else:
            cells += [None, sum(c == PRESENT for c in row.cells)]
        cells.append(row.rate)
        ws.append(cells, styles=look.styles(len(meetings)))
    if not rows:
        ws.append([])  # the filter's range has a row under the header, even an empty one
    ws.append([])
    _write_side_table(ws, rows)


def _person_texts(row: _Row) -> tuple[str, str, str, str]:
    return (row.name, labels.ROLES[row.role], labels.SIDES[row.side] if row.side else "", row.represents)


class _Looks:
    """The looks of one matrix row's cells: plain, or highlighted with `fill` (a highlighted
    row is coloured edge to edge)."""

    def __init__(self, colour: str | None) -> None:
        background = fill(colour) if colour is not None else {}
        self.plain = CellStyle(**background) if colour is not None else None
        self.centre = CellStyle(**background, **_CENTER)
        self.percent = CellStyle(**background, num_format=PERCENT_FORMAT)
        self._styles: dict[int, tuple[CellStyle | None, ...]] = {}

    def styles(self, meetings: int) -> tuple[CellStyle | None, ...]:
        """The look of each column of a row with `meetings` meeting columns."""
        found = self._styles.get(meetings)
        if found is None:
            persons = (self.plain,) * len(PERSON_COLUMNS)
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
_HEADING = CellStyle(bold=True, font_size=12)


def _write_legend(ws: Sheet) -> None:
    """Two lines under the title: what the codes mean, and the colours (cells in the colour)."""
    codes = "; ".join(f"{code} = {meaning}" if code else meaning for code, meaning in CODES)
    ws.append([Styled(codes + ".", _SMALL_TEXT)])
    ws.append([Styled(meaning, _LEGEND_LOOKS[side]) for side, (_, meaning) in HIGHLIGHT.items()])


def _write_side_table(ws: Sheet, rows: list[_Row]) -> None:
    """The rate per side under the matrix, and what the rates mean."""
    counts: dict[Side | None, Counter[str]] = defaultdict(Counter)
    for row in rows:
        for code, side in row.seat_cells:
            counts[side][code] += 1
    ws.append([Styled("Oppmøte per part", _HEADING)])
    # The matrix decides the column widths: let a long heading wrap.
    ws.append([Styled(name, HEADER if col == 0 else _HEADER_WRAP) for col, name in enumerate(SIDE_COLUMNS)])
    total: Counter[str] = Counter()
    for side in sorted(counts, key=_side_order):
        total.update(counts[side])
        ws.append(
            _side_row(labels.SIDES[side] if side is not None else "Ingen part", counts[side], bold=False)
        )
    ws.append(_side_row("I alt", total, bold=True))
    for note in NOTES:
        ws.append([Styled(note, _SMALL_TEXT)])


def _side_row(label: str, c: Counter[str], *, bold: bool) -> list[object]:
    expected = sum(c[code] for code in (PRESENT, DEPUTY_CAME, REPORTED_ABSENT, ABSENT, UNKNOWN))
    values: list[object] = [
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
    return cells
