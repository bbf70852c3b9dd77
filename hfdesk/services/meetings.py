"""Meetings and agendas: plan, add items, number them, send the notice, change status."""

from __future__ import annotations

from datetime import datetime, timedelta

import sqlalchemy as sa
from sqlalchemy.orm import Session

from ..errors import InvalidInput
from ..models import (
    AgendaItem,
    Body,
    CaseType,
    ItemPriorityGroup,
    Meeting,
    MeetingStatus,
    MeetingStatusChange,
    Person,
    StandardItem,
)
from .common import clean, get_or_fail, require

# Fixed titles of the standard items, in each written standard.
STANDARD_TITLES: dict[StandardItem, dict[str, str]] = {
    StandardItem.APPROVE_NOTICE: {
        "nn": "Godkjenning av innkalling og sakliste",
        "nb": "Godkjenning av innkalling og saksliste",
    },
    StandardItem.APPROVE_MINUTES: {
        "nn": "Godkjenning av referat frå førre møte",
        "nb": "Godkjenning av referat fra forrige møte",
    },
    StandardItem.OTHER_BUSINESS: {"nn": "Eventuelt", "nb": "Eventuelt"},
}

STATUS_NAMES: dict[MeetingStatus, str] = {
    MeetingStatus.PLANNED: "planlagt",
    MeetingStatus.NOTICE_SENT: "innkalling sendt",
    MeetingStatus.HELD: "gjennomført",
    MeetingStatus.MINUTES_APPROVED: "referat godkjent",
    MeetingStatus.CANCELLED: "avlyst",
}

# Which statuses may follow which; reopening approved minutes needs a reason.
_ALLOWED: dict[MeetingStatus, set[MeetingStatus]] = {
    MeetingStatus.PLANNED: {MeetingStatus.NOTICE_SENT, MeetingStatus.CANCELLED},
    MeetingStatus.NOTICE_SENT: {MeetingStatus.HELD, MeetingStatus.CANCELLED, MeetingStatus.PLANNED},
    MeetingStatus.HELD: {MeetingStatus.MINUTES_APPROVED},
    MeetingStatus.MINUTES_APPROVED: {MeetingStatus.HELD},
    MeetingStatus.CANCELLED: {MeetingStatus.PLANNED},
}


def create_meeting(
    session: Session,
    body: Body,
    starts_at: datetime,
    *,
    ends_at: datetime | None = None,
    place: str | None = None,
    video_link: str = "",
    title: str = "",
    chair: Person | None = None,
    minute_taker: Person | None = None,
    with_standard_items: bool = True,
) -> Meeting:
    ends_at = ends_at or starts_at + timedelta(minutes=body.default_duration_minutes)
    if ends_at <= starts_at:
        raise InvalidInput("Møtet må slutte etter at det begynner.")
    meeting = Meeting(
        body=body,
        starts_at=starts_at,
        ends_at=ends_at,
        place=clean(place) if place is not None else body.default_place,
        video_link=clean(video_link),
        title=clean(title),
        chair=chair,
        minute_taker=minute_taker,
        status=MeetingStatus.PLANNED,
    )
    session.add(meeting)
    session.flush()
    if with_standard_items:
        lang = body.language.value
        if body.std_approve_notice:
            _add_standard(session, meeting, StandardItem.APPROVE_NOTICE, lang)
        if body.std_approve_minutes:
            _add_standard(session, meeting, StandardItem.APPROVE_MINUTES, lang)
        if body.std_other_business:
            _add_standard(session, meeting, StandardItem.OTHER_BUSINESS, lang)
        renumber(session, body.id, starts_at.year)
    return meeting


def _add_standard(session: Session, meeting: Meeting, kind: StandardItem, lang: str) -> AgendaItem:
    item = AgendaItem(
        body_id=meeting.body_id,
        standard=kind,
        case_type=CaseType.DECISION if kind != StandardItem.OTHER_BUSINESS else CaseType.INFORMATION,
        title=STANDARD_TITLES[kind][lang],
        duration_minutes=5 if kind != StandardItem.OTHER_BUSINESS else 10,
        position=len(meeting.items),
    )
    session.add(item)
    meeting.items.append(item)
    session.flush()
    return item


def add_item(
    session: Session,
    meeting: Meeting | None,
    *,
    body: Body | None = None,
    title: str,
    case_type: CaseType = CaseType.DECISION,
    responsible: str = "",
    responsible_person: Person | None = None,
    put_forward_by: str = "",
    put_forward_by_person: Person | None = None,
    background: str = "",
    proposed_decision: str = "",
    priority_groups: list[int] | tuple[int, ...] = (),
    exempt: bool = False,
    exemption_basis: str = "",
    duration_minutes: int = 15,
    not_on_agenda: bool = False,
) -> AgendaItem:
    """Add a case to a meeting's agenda (before Eventuelt), or to the body's backlog when meeting is None."""
    if meeting is None and body is None:
        raise InvalidInput("En sak må høre til et møte eller et organ.")
    if meeting is not None:
        _require_editable_agenda(meeting, allow_held=not_on_agenda)
        body = meeting.body
    assert body is not None
    if exempt and not clean(exemption_basis):
        raise InvalidInput("En sak som er unntatt offentlighet, må ha hjemmel.")
    groups = sorted(set(priority_groups))
    if any(g not in (1, 2, 3, 4) for g in groups):
        raise InvalidInput("Prioriterte grupper er 1 til 4.")
    if duration_minutes < 0:
        raise InvalidInput("Tidsbruken kan ikke være negativ.")
    item = AgendaItem(
        body_id=body.id,
        title=require(title, "Tittelen på saken"),
        case_type=CaseType(case_type),
        responsible=clean(responsible),
        responsible_person=responsible_person,
        put_forward_by=clean(put_forward_by),
        put_forward_by_person=put_forward_by_person,
        background=clean(background),
        proposed_decision=clean(proposed_decision),
        exempt=exempt,
        exemption_basis=clean(exemption_basis) if exempt else "",
        duration_minutes=duration_minutes,
        not_on_agenda=not_on_agenda,
        priority_groups=[ItemPriorityGroup(group=g) for g in groups],
    )
    session.add(item)
    if meeting is not None:
        _insert_in_agenda(session, meeting, item, not_on_agenda=not_on_agenda)
    session.flush()
    return item


def _insert_in_agenda(session: Session, meeting: Meeting, item: AgendaItem, *, not_on_agenda: bool) -> None:
    items = list(meeting.items)
    # New cases go before Eventuelt, and open cases before exempt ones; a case raised
    # under Eventuelt goes last.
    index = len(items)
    if not not_on_agenda:
        for i, other in enumerate(items):
            if other.standard == StandardItem.OTHER_BUSINESS or (other.exempt and not item.exempt):
                index = i
                break
    items.insert(index, item)
    meeting.items = items
    for pos, it in enumerate(items):
        it.position = pos
    session.flush()
    if meeting.status == MeetingStatus.PLANNED:
        renumber(session, meeting.body_id, meeting.starts_at.year)
    else:
        _number_new_item(session, item, meeting)


_PROVISIONAL = (MeetingStatus.PLANNED, MeetingStatus.CANCELLED)


def _number_new_item(session: Session, item: AgendaItem, meeting: Meeting) -> None:
    """After the notice, numbers never change: a late item takes the year's next free number.

    Only final numbers (of meetings whose notice has gone out) are taken; the
    provisional numbers of later planned meetings move up to make room, so the
    year's numbering stays gapless and in meeting order.
    """
    year = meeting.starts_at.year
    highest = session.scalar(
        sa.select(sa.func.max(AgendaItem.number_seq))
        .join(Meeting, Meeting.id == AgendaItem.meeting_id)
        .where(
            AgendaItem.body_id == meeting.body_id,
            AgendaItem.number_year == year,
            AgendaItem.id != item.id,
            Meeting.status.not_in(_PROVISIONAL),
        )
    )
    provisional = session.scalars(
        sa.select(AgendaItem)
        .join(Meeting, Meeting.id == AgendaItem.meeting_id)
        .where(
            AgendaItem.body_id == meeting.body_id,
            AgendaItem.number_year == year,
            Meeting.status.in_(_PROVISIONAL),
        )
    ).all()
    for other in provisional:
        other.number_year = None
        other.number_seq = None
    session.flush()
    item.number_year = year
    item.number_seq = (highest or 0) + 1
    session.flush()
    if provisional:
        renumber(session, meeting.body_id, year)


def _require_editable_agenda(meeting: Meeting, *, allow_held: bool = False) -> None:
    if meeting.status == MeetingStatus.MINUTES_APPROVED:
        raise InvalidInput("Referatet er godkjent og låst. Åpne møtet igjen for å endre det.")
    if meeting.status == MeetingStatus.CANCELLED:
        raise InvalidInput("Møtet er avlyst.")
    if meeting.status == MeetingStatus.HELD and not allow_held:
        raise InvalidInput("Møtet er holdt; sakslisten kan ikke endres.")


def schedule_item(session: Session, item_id: int, meeting_id: int) -> AgendaItem:
    """Move a case from the backlog onto a meeting's agenda in one step."""
    item = get_or_fail(session, AgendaItem, item_id)
    meeting = get_or_fail(session, Meeting, meeting_id)
    if item.meeting_id is not None:
        raise InvalidInput("Saken står allerede på en saksliste.")
    if item.body_id != meeting.body_id:
        raise InvalidInput("Saken er meldt inn til et annet organ.")
    _require_editable_agenda(meeting)
    _insert_in_agenda(session, meeting, item, not_on_agenda=False)
    return item


def renumber(session: Session, body_id: int, year: int) -> None:
    """Give provisional numbers 'NN/YY' in meeting and agenda order for a body's year.

    Items of meetings whose notice has gone out keep their numbers for good; the
    provisional ones fill in around them.
    """
    start, end = datetime(year, 1, 1), datetime(year + 1, 1, 1)
    meetings = session.scalars(
        sa.select(Meeting)
        .where(Meeting.body_id == body_id, Meeting.starts_at >= start, Meeting.starts_at < end)
        .order_by(Meeting.starts_at, Meeting.id)
    ).all()
    provisional = [m for m in meetings if m.status in (MeetingStatus.PLANNED, MeetingStatus.CANCELLED)]
    if not provisional:
        return
    for meeting in provisional:
        for item in meeting.items:
            item.number_year = None
            item.number_seq = None
    session.flush()
    taken = set(
        session.scalars(
            sa.select(AgendaItem.number_seq).where(
                AgendaItem.body_id == body_id,
                AgendaItem.number_year == year,
                AgendaItem.number_seq.is_not(None),
            )
        )
    )
    counter = 1
    for meeting in meetings:
        if meeting.status == MeetingStatus.CANCELLED:
            continue
        if meeting in provisional:
            for item in sorted(meeting.items, key=lambda i: i.position):
                while counter in taken:
                    counter += 1
                item.number_year = year
                item.number_seq = counter
                taken.add(counter)
                counter += 1
        else:
            fixed = [i.number_seq for i in meeting.items if i.number_seq is not None]
            if fixed:
                counter = max(counter, max(fixed) + 1)
    session.flush()


def change_status(
    session: Session, meeting: Meeting, to: MeetingStatus, *, reason: str = "", at: datetime | None = None
) -> Meeting:
    to = MeetingStatus(to)
    if to not in _ALLOWED[meeting.status]:
        raise InvalidInput(f"Et møte kan ikke gå fra «{STATUS_NAMES[meeting.status]}» til «{STATUS_NAMES[to]}».")
    if meeting.status == MeetingStatus.MINUTES_APPROVED and not clean(reason):
        raise InvalidInput("Oppgi hvorfor det godkjente referatet åpnes igjen.")
    if to == MeetingStatus.CANCELLED and not clean(reason):
        reason = "Avlyst"
    previous = meeting.status
    meeting.status = to
    session.add(
        MeetingStatusChange(
            meeting=meeting, from_status=previous, to_status=to, reason=clean(reason), changed_at=at or datetime.now()
        )
    )
    if to == MeetingStatus.NOTICE_SENT:
        meeting.notice_sent_at = at or datetime.now()
    if to == MeetingStatus.CANCELLED:
        meeting.cancelled_reason = clean(reason)
        for item in list(meeting.items):
            item.number_year = item.number_seq = None
    session.flush()
    if previous in (MeetingStatus.PLANNED, MeetingStatus.CANCELLED) or to in (
        MeetingStatus.PLANNED,
        MeetingStatus.CANCELLED,
    ):
        renumber(session, meeting.body_id, meeting.starts_at.year)
    return meeting


def send_notice(session: Session, meeting: Meeting, at: datetime | None = None) -> Meeting:
    """Mark the notice as sent: from now on the agenda's numbers are final."""
    return change_status(session, meeting, MeetingStatus.NOTICE_SENT, at=at)


def approve_minutes(
    session: Session, meeting: Meeting, *, in_item: AgendaItem | None = None, on: datetime | None = None
) -> Meeting:
    """Approve the minutes, in a later meeting's item or by circulation; they are locked after."""
    on = on or datetime.now()
    change_status(session, meeting, MeetingStatus.MINUTES_APPROVED, at=on)
    meeting.approved_on = on.date()
    meeting.approved_in_item_id = in_item.id if in_item is not None else None
    session.flush()
    return meeting
