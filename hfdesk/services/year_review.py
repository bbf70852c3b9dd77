"""The year in review (årsmelding): what the helsefellesskap's bodies did in one year, counted
once here for both the Word report and the workbook (hfdesk.exports.year).

Per body, and for the helsefellesskap as a whole (the sum of its bodies):

* meetings: every meeting in the year's plan (starting that year, whatever its status), held
  (held or minutes approved), cancelled, and not yet held (planned or notice sent);
* attendance per side over the member and observer seats of the held meetings, marked as the
  attendance workbook marks them (`hfdesk.exports.attendance.seat_marks`: one reading of who
  came); user representatives and GPs are sides of their own, so they are shown apart;
  also per meeting, for the chart of the year;
* cases: the agenda items of the held meetings that are no standard item (approval of the
  notice, of the minutes, Eventuelt), cases raised under Eventuelt included; per priority group
  (a case tagged with two groups counts under both; untagged cases are counted apart) and per
  case type;
* conclusions of those cases by kind, and the share reached by consensus (consensus, with or
  without a protocol entry) of the cases the body decided on (consensus, vote, no consensus;
  deferred cases and cases taken as information are no decision);
* cases treated in more than one body (`Case.treatments` in at least two bodies, one of them
  at a meeting held in the year), each with its treatments and how it ended: the conclusion of
  its latest treatment at a held meeting;
* follow-ups of the body that came from the year's meetings (or, with no item, were registered
  that year): done, open, overdue (open past the due date on `today`).
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

import sqlalchemy as sa
from sqlalchemy.orm import Session

from ..errors import InvalidInput, NotFound
from ..models import (
    AgendaItem,
    Body,
    CaseType,
    Conclusion,
    ConclusionKind,
    FollowUp,
    FollowUpStatus,
    ItemPriorityGroup,
    Meeting,
    MeetingStatus,
    PriorityGroup,
    Side,
)
from ..sorting import sql_key
from .settings import partnership_language, partnership_name

HELD = (MeetingStatus.HELD, MeetingStatus.MINUTES_APPROVED)
NOT_YET = (MeetingStatus.PLANNED, MeetingStatus.NOTICE_SENT)
CONSENSUS_KINDS = (ConclusionKind.CONSENSUS, ConclusionKind.CONSENSUS_WITH_PROTOCOL)
DECIDED_KINDS = (*CONSENSUS_KINDS, ConclusionKind.VOTE, ConclusionKind.NO_CONSENSUS)
SIDES_SHOWN_APART = (Side.USER, Side.GP)  # on every level (domain.md §2)
CODES = ("M", "V", "F", "U", "?")  # present, deputy came, reported absent, absent, not registered


@dataclass(frozen=True)
class SideAttendance:
    side: Side | None
    expected: int  # seat-meetings
    present: int  # M
    deputy_came: int  # V
    reported_absent: int  # F
    absent: int  # U
    unknown: int  # ?

    @property
    def rate(self) -> float | None:
        return self.present / self.expected if self.expected else None

    @property
    def filled_rate(self) -> float | None:
        return (self.present + self.deputy_came) / self.expected if self.expected else None


@dataclass(frozen=True)
class MeetingAttendance:
    meeting_id: int
    day: date
    body_id: int
    body_short: str
    by_side: tuple[tuple[Side | None, int, int], ...]  # side, seats, present

    def rate(self, side: Side | None) -> float | None:
        for s, expected, present in self.by_side:
            if s == side:
                return present / expected if expected else None
        return None


@dataclass(frozen=True)
class FollowUpCounts:
    done: int
    open: int  # not done and not overdue
    overdue: int

    @property
    def total(self) -> int:
        return self.done + self.open + self.overdue


@dataclass(frozen=True)
class BodyYear:
    body_id: int | None  # None: the helsefellesskap as a whole
    name: str
    short_name: str
    planned: int
    held: int
    cancelled: int
    not_yet: int
    attendance: tuple[SideAttendance, ...]  # per side, in the sides' order
    cases: int
    priority_groups: tuple[tuple[PriorityGroup, int], ...]
    untagged: int  # cases with no priority group
    case_types: tuple[tuple[CaseType, int], ...]
    conclusions: tuple[tuple[ConclusionKind, int], ...]
    follow_ups: FollowUpCounts

    @property
    def tagged(self) -> int:
        return self.cases - self.untagged

    @property
    def decided(self) -> int:
        return sum(n for kind, n in self.conclusions if kind in DECIDED_KINDS)

    @property
    def by_consensus(self) -> int:
        return sum(n for kind, n in self.conclusions if kind in CONSENSUS_KINDS)

    @property
    def consensus_share(self) -> float | None:
        return self.by_consensus / self.decided if self.decided else None

    @property
    def concluded(self) -> int:
        return sum(n for _kind, n in self.conclusions)

    def side(self, side: Side | None) -> SideAttendance | None:
        return next((a for a in self.attendance if a.side == side), None)

    @property
    def total_attendance(self) -> SideAttendance:
        return _sum_sides(None, self.attendance)


@dataclass(frozen=True)
class Treatment:
    body_id: int
    body_name: str
    day: date | None  # None: not on a meeting's agenda yet
    held: bool
    conclusion: ConclusionKind | None


@dataclass(frozen=True)
class MultiBodyCase:
    case_id: int
    title: str
    treatments: tuple[Treatment, ...]  # in date order

    @property
    def bodies(self) -> tuple[str, ...]:
        seen: dict[str, None] = {}
        for t in self.treatments:
            seen.setdefault(t.body_name, None)
        return tuple(seen)

    @property
    def ended(self) -> ConclusionKind | None:
        """The conclusion of the latest treatment at a held meeting (None: none concluded)."""
        held = [t for t in self.treatments if t.held and t.conclusion is not None]
        return held[-1].conclusion if held else None


@dataclass(frozen=True)
class YearReview:
    year: int
    partnership: str
    language: str  # 'nb' or 'nn': the helsefellesskap's written standard
    today: date
    whole: BodyYear  # the helsefellesskap, or the one body chosen
    bodies: tuple[BodyYear, ...]
    meetings: tuple[MeetingAttendance, ...]  # the held meetings, in date order
    multi_body_cases: tuple[MultiBodyCase, ...]
    one_body: bool = False

    @property
    def sides(self) -> tuple[Side | None, ...]:
        return tuple(a.side for a in self.whole.attendance)

    @property
    def months(self) -> tuple[tuple[int, MeetingAttendance], ...]:
        """The held meetings pooled per month (those with a meeting): month, seats and present
        per side over that month's meetings (`meeting_id` and `day` of its first meeting)."""
        pooled: dict[int, list[MeetingAttendance]] = defaultdict(list)
        for m in self.meetings:
            pooled[m.day.month].append(m)
        out = []
        for month, ms in sorted(pooled.items()):
            sums: dict[Side | None, list[int]] = defaultdict(lambda: [0, 0])
            for m in ms:
                for side, expected, present in m.by_side:
                    sums[side][0] += expected
                    sums[side][1] += present
            by_side = tuple((side, e, p) for side, (e, p) in sorted(sums.items(), key=lambda kv: _side_order(kv[0])))
            out.append((month, MeetingAttendance(ms[0].meeting_id, ms[0].day, ms[0].body_id, "", by_side)))
        return tuple(out)

    @property
    def ended_counts(self) -> tuple[tuple[ConclusionKind | None, int], ...]:
        counts = Counter(c.ended for c in self.multi_body_cases)
        order: list[ConclusionKind | None] = [*ConclusionKind, None]
        return tuple((kind, counts[kind]) for kind in order if counts[kind])


def year_review(session: Session, year: int, *, body_id: int | None = None, today: date | None = None) -> YearReview:
    """Count the year `year` for every body (or only `body_id`).

    Raises InvalidInput for a year out of range or a year without meetings, NotFound for an
    unknown body."""
    if not 1900 <= year <= 9998:
        raise InvalidInput("attendance.bad_year", year=year, example=date.today().year)
    today = today or date.today()
    start, end = datetime(year, 1, 1), datetime(year + 1, 1, 1)

    stmt = sa.select(Body.id, Body.name, Body.short_name).order_by(Body.level, Body.sort_order, sql_key(Body.name))
    if body_id is not None:
        stmt = stmt.where(Body.id == body_id)
    bodies = [(i, n, s or "") for i, n, s in session.execute(stmt)]
    if body_id is not None and not bodies:
        raise NotFound("body.not_found_id", body_id=body_id)
    ids = [b[0] for b in bodies]

    # Meetings of the year per body and status.
    statuses: dict[int, Counter[MeetingStatus]] = defaultdict(Counter)
    for bid, status, n in session.execute(
        sa.select(Meeting.body_id, Meeting.status, sa.func.count())
        .where(Meeting.body_id.in_(ids), Meeting.starts_at >= start, Meeting.starts_at < end)
        .group_by(Meeting.body_id, Meeting.status)
    ):
        statuses[bid][status] = n
    if not any(statuses.values()):
        if body_id is not None:
            raise InvalidInput("year_review.no_meetings_body", year=year, body=bodies[0][1])
        raise InvalidInput("year_review.no_meetings", year=year)
    bodies = [b for b in bodies if statuses.get(b[0]) or body_id is not None]
    ids = [b[0] for b in bodies]
    short = {i: s or n for i, n, s in bodies}

    # Attendance: the attendance workbook's marks (one reading of who came).
    from ..exports.attendance import seat_marks  # the reading lives with the attendance workbook

    marks = seat_marks(session, date(year, 1, 1), date(year, 12, 31), body_id)
    by_body_side: dict[int, dict[Side | None, Counter[str]]] = defaultdict(lambda: defaultdict(Counter))
    by_meeting_side: dict[int, dict[Side | None, Counter[str]]] = defaultdict(lambda: defaultdict(Counter))
    for mark in marks:
        by_body_side[mark.body_id][mark.side][mark.code] += 1
        by_meeting_side[mark.meeting_id][mark.side][mark.code] += 1

    held_meetings = session.execute(
        sa.select(Meeting.id, Meeting.body_id, Meeting.starts_at)
        .where(Meeting.body_id.in_(ids), Meeting.status.in_(HELD), Meeting.starts_at >= start, Meeting.starts_at < end)
        .order_by(Meeting.starts_at, Meeting.id)
    ).all()
    meetings = tuple(
        MeetingAttendance(
            mid,
            starts.date(),
            bid,
            short[bid],
            tuple(
                (side, sum(c.values()), c["M"])
                for side, c in sorted(by_meeting_side[mid].items(), key=lambda kv: _side_order(kv[0]))
            ),
        )
        for mid, bid, starts in held_meetings
    )

    # Cases: the non-standard items of the held meetings.
    item_rows = session.execute(
        sa.select(AgendaItem.id, AgendaItem.body_id, AgendaItem.case_type, Conclusion.kind)
        .join(Meeting, Meeting.id == AgendaItem.meeting_id)
        .outerjoin(Conclusion, Conclusion.item_id == AgendaItem.id)
        .where(
            Meeting.body_id.in_(ids),
            Meeting.status.in_(HELD),
            Meeting.starts_at >= start,
            Meeting.starts_at < end,
            AgendaItem.standard.is_(None),
        )
    ).all()
    item_ids = [r[0] for r in item_rows]
    groups: dict[int, set[int]] = defaultdict(set)
    for chunk in _chunks(item_ids):
        for item_id, group in session.execute(
            sa.select(ItemPriorityGroup.item_id, ItemPriorityGroup.group).where(ItemPriorityGroup.item_id.in_(chunk))
        ):
            groups[item_id].add(group)

    # Follow-ups from the year's meetings (or registered that year without an item).
    follow = session.execute(
        sa.select(FollowUp.body_id, FollowUp.status, FollowUp.due_on)
        .outerjoin(AgendaItem, AgendaItem.id == FollowUp.item_id)
        .outerjoin(Meeting, Meeting.id == AgendaItem.meeting_id)
        .where(
            FollowUp.body_id.in_(ids),
            sa.or_(
                sa.and_(Meeting.starts_at >= start, Meeting.starts_at < end),
                sa.and_(Meeting.id.is_(None), FollowUp.created_at >= start, FollowUp.created_at < end),
            ),
        )
    ).all()

    per_body: list[BodyYear] = []
    for bid, name, short_name in bodies:
        items = [r for r in item_rows if r[1] == bid]
        per_body.append(
            _body_year(
                bid,
                name,
                short_name,
                statuses[bid],
                by_body_side[bid],
                items,
                groups,
                [(s, d) for b, s, d in follow if b == bid],
                today,
            )
        )
    owner = partnership_name(session)
    lang = partnership_language(session)
    if body_id is not None:
        whole = per_body[0]
    else:
        all_sides: dict[Side | None, Counter[str]] = defaultdict(Counter)
        for sides in by_body_side.values():
            for side, c in sides.items():
                all_sides[side].update(c)
        all_statuses: Counter[MeetingStatus] = Counter()
        for counted in statuses.values():
            all_statuses.update(counted)
        whole = _body_year(
            None, owner, owner, all_statuses, all_sides, item_rows, groups, [(s, d) for _b, s, d in follow], today
        )
    return YearReview(
        year,
        owner,
        lang,
        today,
        whole,
        tuple(per_body),
        meetings,
        _multi_body_cases(session, start, end, body_id),
        one_body=body_id is not None,
    )


def _body_year(
    body_id: int | None,
    name: str,
    short_name: str,
    statuses: Counter[MeetingStatus],
    sides: dict[Side | None, Counter[str]],
    items: Iterable[tuple[int, int, CaseType, ConclusionKind | None]],
    groups: dict[int, set[int]],
    follow: list[tuple[FollowUpStatus, date | None]],
    today: date,
) -> BodyYear:
    items = list(items)
    group_count: Counter[int] = Counter(g for item_id, *_ in items for g in groups.get(item_id, ()))
    types = Counter(t for _i, _b, t, _k in items)
    kinds = Counter(k for _i, _b, _t, k in items if k is not None)
    done = sum(1 for s, _d in follow if s == FollowUpStatus.DONE)
    overdue = sum(1 for s, d in follow if s != FollowUpStatus.DONE and d is not None and d < today)
    return BodyYear(
        body_id=body_id,
        name=name,
        short_name=short_name,
        planned=sum(statuses.values()),
        held=sum(statuses[s] for s in HELD),
        cancelled=statuses[MeetingStatus.CANCELLED],
        not_yet=sum(statuses[s] for s in NOT_YET),
        attendance=tuple(
            _side(side, c) for side, c in sorted(sides.items(), key=lambda kv: _side_order(kv[0]))
        ),
        cases=len(items),
        priority_groups=tuple((g, group_count[g.value]) for g in PriorityGroup),
        untagged=sum(1 for item_id, *_ in items if not groups.get(item_id)),
        case_types=tuple((t, types[t]) for t in CaseType),
        conclusions=tuple((k, kinds[k]) for k in ConclusionKind),
        follow_ups=FollowUpCounts(done, len(follow) - done - overdue, overdue),
    )


def _side(side: Side | None, c: Counter[str]) -> SideAttendance:
    return SideAttendance(side, sum(c[code] for code in CODES), c["M"], c["V"], c["F"], c["U"], c["?"])


def _sum_sides(side: Side | None, parts: Iterable[SideAttendance]) -> SideAttendance:
    parts = list(parts)
    return SideAttendance(
        side,
        sum(p.expected for p in parts),
        sum(p.present for p in parts),
        sum(p.deputy_came for p in parts),
        sum(p.reported_absent for p in parts),
        sum(p.absent for p in parts),
        sum(p.unknown for p in parts),
    )


_SIDE_ORDER = {side: i for i, side in enumerate(Side)}


def _side_order(side: Side | None) -> int:
    return _SIDE_ORDER[side] if side is not None else len(_SIDE_ORDER)


def _chunks(values: list[int], size: int = 500) -> Iterable[list[int]]:
    for i in range(0, len(values), size):
        yield values[i : i + size]


def _multi_body_cases(session: Session, start: datetime, end: datetime, body_id: int | None) -> tuple[MultiBodyCase, ...]:
    """Cases treated in at least two bodies, one treatment at a meeting held in the year (and,
    with `body_id`, one in that body)."""
    in_year = (
        sa.select(AgendaItem.case_id)
        .join(Meeting, Meeting.id == AgendaItem.meeting_id)
        .where(Meeting.status.in_(HELD), Meeting.starts_at >= start, Meeting.starts_at < end, AgendaItem.standard.is_(None))
    )
    if body_id is not None:
        in_year = in_year.where(AgendaItem.body_id == body_id)
    several = (
        sa.select(AgendaItem.case_id)
        .where(AgendaItem.case_id.in_(in_year), AgendaItem.standard.is_(None))
        .group_by(AgendaItem.case_id)
        .having(sa.func.count(sa.distinct(AgendaItem.body_id)) >= 2)
    )
    from ..models import Case

    rows = session.execute(
        sa.select(Case.id, Case.title, AgendaItem.body_id, Body.name, Meeting.starts_at, Meeting.status, Conclusion.kind)
        .join(AgendaItem, AgendaItem.case_id == Case.id)
        .join(Body, Body.id == AgendaItem.body_id)
        .outerjoin(Meeting, Meeting.id == AgendaItem.meeting_id)
        .outerjoin(Conclusion, Conclusion.item_id == AgendaItem.id)
        .where(Case.id.in_(several), AgendaItem.standard.is_(None))
        .order_by(Case.id, sa.func.coalesce(Meeting.starts_at, datetime.max), AgendaItem.id)
    ).all()
    cases: dict[int, tuple[str, list[Treatment]]] = {}
    for cid, title, bid, bname, starts, status, kind in rows:
        entry = cases.setdefault(cid, (title, []))
        entry[1].append(
            Treatment(bid, bname, starts.date() if starts else None, status in HELD if status else False, kind)
        )
    found = [MultiBodyCase(cid, title, tuple(ts)) for cid, (title, ts) in cases.items()]
    found.sort(key=lambda c: (c.treatments[0].day or date.max, c.case_id))
    return tuple(found)
