"""Meetings: plan, copy, move and cancel them; add cases and number them; the backlog and
the year's plan; send the notice, change status; the calendar invitation's SEQUENCE. Ordering, editing and removing cases on
an agenda is in `agenda.py`; the rules every case follows (exemption, time, priority
groups, the standard items) in `items.py`.

Functions a window calls take ids; none of them commits (the caller's transaction does).
Numbering: per body and year in meeting and agenda order, written in the body's pattern
(services.case_numbers: "Sak 12/25", "Sak 2025/12"). The numbers of a
planned meeting are provisional and follow every change; the notice makes them final,
and from then on they never change, not even when the meeting is cancelled."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

import sqlalchemy as sa
from sqlalchemy.orm import Session

from ..dates import clock, short_date
from ..errors import InvalidInput
from ..messages import Text
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
    new_case_for,
)
from ..sorting import sql_key
from . import items
from .common import clean, get_optional, get_or_fail, require
from .versions import check_version, flush
from .queries import MeetingRow, list_meetings

STATUS_NAMES: dict[MeetingStatus, str] = {
    MeetingStatus.PLANNED: "planlagt",
    MeetingStatus.NOTICE_SENT: "innkalling sendt",
    MeetingStatus.HELD: "gjennomført",
    MeetingStatus.MINUTES_APPROVED: "referat godkjent",
    MeetingStatus.CANCELLED: "avlyst",
}


def _status(status: MeetingStatus) -> Text:
    """A status as a message quotes it, in the reader's language (STATUS_NAMES: bokmål)."""
    return Text(f"meeting.status.{status.value}")

# Which statuses may follow which; reopening approved minutes needs a reason.
_ALLOWED: dict[MeetingStatus, set[MeetingStatus]] = {
    MeetingStatus.PLANNED: {MeetingStatus.NOTICE_SENT, MeetingStatus.CANCELLED},
    MeetingStatus.NOTICE_SENT: {MeetingStatus.HELD, MeetingStatus.CANCELLED},
    MeetingStatus.HELD: {MeetingStatus.MINUTES_APPROVED},
    MeetingStatus.MINUTES_APPROVED: {MeetingStatus.HELD},
    MeetingStatus.CANCELLED: {MeetingStatus.PLANNED},
}


# --- the calendar invitation's SEQUENCE ----------------------------------------------------

CalendarState = tuple[datetime, datetime, str, str, bool]


def calendar_state(meeting: Meeting) -> CalendarState:
    """What a calendar entry of the meeting says that a calendar must replace when it changes:
    the start, the end, the place, the video link and whether the meeting is cancelled.
    Title, notes, chair and agenda are not in it (`exports/ics.py` writes the entry)."""
    return (
        meeting.starts_at,
        meeting.ends_at,
        meeting.place or "",
        meeting.video_link or "",
        meeting.status == MeetingStatus.CANCELLED,
    )


def calendar_changed(meeting: Meeting, before: CalendarState) -> bool:
    """The one rule for the invitation's SEQUENCE (RFC 5546): raise it by one, in the caller's
    transaction, when `calendar_state(meeting)` is no longer `before` (taken before the
    change), so a calendar that has the entry takes the new file as the newer version (a
    REQUEST moves the entry instead of adding a second one, a CANCEL removes it, and a
    REQUEST after a CANCEL brings it back). Every write that can change the state takes
    `before` first and calls this once at the end, so one user action raises it once.
    Returns whether it was raised."""
    if calendar_state(meeting) == before:
        return False
    meeting.calendar_sequence = (meeting.calendar_sequence or 0) + 1
    return True


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
        raise InvalidInput("meeting.ends_before_start")
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
            items.add_standard(session, meeting, StandardItem.APPROVE_NOTICE, lang)
        if body.std_approve_minutes:
            items.add_standard(session, meeting, StandardItem.APPROVE_MINUTES, lang)
        if body.std_other_business:
            items.add_standard(session, meeting, StandardItem.OTHER_BUSINESS, lang)
        renumber(session, body.id, starts_at.year)
    return meeting


def add_item(
    session: Session,
    *,
    meeting_id: int | None = None,
    body_id: int | None = None,
    title: str,
    case_type: CaseType | str = CaseType.DECISION,
    responsible: str = "",
    responsible_person_id: int | None = None,
    put_forward_by: str = "",
    put_forward_by_person_id: int | None = None,
    background: str = "",
    proposed_decision: str = "",
    priority_groups: list[int] | tuple[int, ...] = (),
    exempt: bool = False,
    exemption_basis: str = "",
    duration_minutes: int = 15,
    not_on_agenda: bool = False,
) -> AgendaItem:
    """A new case on a meeting's agenda (before Eventuelt, numbered) or, without a meeting, in
    the body's backlog. With `not_on_agenda` it is a case raised under Eventuelt of a meeting
    under way or held: it goes last and takes the year's next number."""
    meeting = get_optional(session, Meeting, meeting_id)
    body = get_optional(session, Body, body_id)
    if meeting is not None and body is not None and meeting.body_id != body.id:
        raise InvalidInput("item.meeting_of_other_body")
    responsible_person, put_forward_by_person = (
        get_optional(session, Person, person_id)
        for person_id in (responsible_person_id, put_forward_by_person_id)
    )
    if meeting is not None:
        items.require_editable_agenda(meeting, allow_held=not_on_agenda)
        body = meeting.body
    if body is None:
        raise InvalidInput("item.needs_meeting_or_body")
    items.check_exemption(exempt, exemption_basis)
    groups = items.priority_groups(priority_groups)
    items.check_duration(duration_minutes)
    title = require(title, "field.item_title")
    item = AgendaItem(
        body_id=body.id,
        case=new_case_for(title),  # a new case; this item is its first treatment
        title=title,
        case_type=items.case_type(case_type),
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
    order = list(meeting.items)
    # New cases go before Eventuelt, and open cases before exempt ones; a case raised
    # under Eventuelt goes last.
    # An item approving this meeting's own minutes stays last of all.
    index = len(order) - 1 if order and items.approves_own_meeting(order[-1]) else len(order)
    if not not_on_agenda:
        for i, other in enumerate(order[:index]):
            if other.standard == StandardItem.OTHER_BUSINESS or (other.exempt and not item.exempt):
                index = i
                break
    order.insert(index, item)
    meeting.items = order
    for pos, it in enumerate(order):
        it.position = pos
    session.flush()
    if meeting.status == MeetingStatus.PLANNED:
        renumber(session, meeting.body_id, meeting.starts_at.year)
    else:
        _number_new_item(session, item, meeting)
        _closing_numbers_in_order(session, order, index)


def _closing_numbers_in_order(session: Session, order: list[AgendaItem], index: int) -> None:
    """Keep the agenda's numbers rising after a case added behind the notice (issue 19, point 10).

    The new case (at `index`) took the year's next number but stands before Eventuelt, the cases
    raised under it and the item approving this meeting's own minutes. Those closing items have
    no case papers of their own (the cases raised under Eventuelt were not in the notice at all),
    so they share their numbers with the new case in agenda order: the new case takes Eventuelt's
    number, Eventuelt the next, and so on. The numbers of the cases the notice sent out never change."""
    item = order[index]
    closing = [
        i
        for i in order[index + 1 :]
        if i.number_seq is not None
        and i.number_year == item.number_year
        and (i.standard == StandardItem.OTHER_BUSINESS or i.not_on_agenda or items.approves_own_meeting(i))
    ]
    if not closing or item.number_seq is None:
        return
    sharing = [item, *closing]
    numbers = sorted(i.number_seq for i in sharing if i.number_seq is not None)
    if [i.number_seq for i in sharing] == numbers:
        return
    year = item.number_year
    for i in sharing:  # one at a time would meet the (body, year, number) constraint
        i.number_year = i.number_seq = None
    session.flush()
    for i, seq in zip(sharing, numbers, strict=True):
        i.number_year, i.number_seq = year, seq
    session.flush()


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
            Meeting.status.not_in(items.PROVISIONAL),
        )
    )
    provisional = session.scalars(
        sa.select(AgendaItem)
        .join(Meeting, Meeting.id == AgendaItem.meeting_id)
        .where(
            AgendaItem.body_id == meeting.body_id,
            AgendaItem.number_year == year,
            Meeting.status.in_(items.PROVISIONAL),
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


def schedule_item(session: Session, item_id: int, meeting_id: int) -> AgendaItem:
    """Move a case from the backlog onto a meeting's agenda in one step."""
    item = get_or_fail(session, AgendaItem, item_id)
    meeting = get_or_fail(session, Meeting, meeting_id)
    if item.meeting_id is not None:
        raise InvalidInput("item.already_on_agenda")
    if item.body_id != meeting.body_id:
        raise InvalidInput("item.other_body")
    items.require_editable_agenda(meeting)
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
    provisional = [m for m in meetings if m.status in items.PROVISIONAL]
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
        raise InvalidInput("meeting.status_change", old=_status(meeting.status), new=_status(to))
    if meeting.status == MeetingStatus.MINUTES_APPROVED and not clean(reason):
        raise InvalidInput("meeting.reopen_reason")
    if meeting.status == MeetingStatus.CANCELLED and meeting.notice_sent_at is not None:
        # Its numbers were published with the notice and stay with it for good.
        raise InvalidInput("meeting.cancelled_after_notice")
    if to == MeetingStatus.HELD and meeting.status == MeetingStatus.NOTICE_SENT:
        now = at or datetime.now()
        if now.tzinfo is not None:
            now = now.astimezone().replace(tzinfo=None)  # meetings keep local clock time
        if now < meeting.starts_at:  # it cannot have taken place before it began
            raise InvalidInput(
                "meeting.held_before_start", starts=f"{short_date(meeting.starts_at)} {clock(meeting.starts_at)}"
            )
    if to == MeetingStatus.CANCELLED and not clean(reason):
        reason = "Avlyst"
    before = calendar_state(meeting)
    previous = meeting.status
    meeting.status = to
    calendar_changed(meeting, before)  # a cancellation, or the meeting back after one
    session.add(
        MeetingStatusChange(
            meeting=meeting, from_status=previous, to_status=to, reason=clean(reason), changed_at=at or datetime.now()
        )
    )
    if to == MeetingStatus.NOTICE_SENT:
        meeting.notice_sent_at = at or datetime.now()
    if to == MeetingStatus.CANCELLED:
        meeting.cancelled_reason = clean(reason)
        if previous in items.PROVISIONAL:
            # Provisional numbers go back to the year's pool; numbers a notice gave out stay.
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
    """Approve the minutes, in a later meeting's item, in the meeting's own closing approval item
    (`approval.add_own_approval_item`), or by circulation; they are locked after."""
    on = on or datetime.now()
    if in_item is not None and in_item.meeting is meeting:
        if not items.approves_own_meeting(in_item):
            raise InvalidInput("meeting.approve_in_own_item")
    elif in_item is not None:
        later = in_item.meeting
        if (
            in_item.standard != StandardItem.APPROVE_MINUTES
            or later is None
            or later.body_id != meeting.body_id
            or later.starts_at <= meeting.starts_at
            or items.approves_own_meeting(in_item)
        ):
            raise InvalidInput("meeting.approve_in_later_meeting")
        if later.status not in APPROVING_STATUSES:
            raise InvalidInput("meeting.approve_in_unheld_meeting")
    change_status(session, meeting, MeetingStatus.MINUTES_APPROVED, at=on)
    meeting.approved_on = on.date()
    meeting.approved_in_item_id = in_item.id if in_item is not None else None
    session.flush()
    return meeting


# --- the meeting plan ------------------------------------------------------------------

def copy_meeting(
    session: Session, meeting_id: int, starts_at: datetime, *, with_items: bool = False
) -> Meeting:
    """A new planned meeting of the same body at a new time, like the source in everything else.

    Same title, place, video link, chair, minute-taker and length. The agenda starts as a
    new meeting's does: the standard items the body's settings ask for now (not copies of
    the source's, whose titles and places may have been edited).

    With `with_items`, each case of the source (not its standard items, nor cases raised
    under Eventuelt) is copied as a new, provisional case: type, title, responsible, put
    forward by, background, proposed decision, priority groups, exemption and time. What
    happened to it in the source (proposals, conclusion, notes) and its attachments are
    not copied, and the source's cases are left where they are. This is also how the
    cases of a meeting cancelled after its notice are carried over to a new date.
    """
    source = get_or_fail(session, Meeting, meeting_id)
    if source.body.dissolved_on is not None and starts_at.date() > source.body.dissolved_on:
        raise InvalidInput("meeting.body_dissolved", body=source.body.name)
    meeting = create_meeting(
        session,
        source.body,
        starts_at,
        ends_at=starts_at + (source.ends_at - source.starts_at),
        place=source.place,
        video_link=source.video_link,
        title=source.title,
        chair=source.chair,
        minute_taker=source.minute_taker,
    )
    if with_items:
        for item in sorted(source.items, key=lambda i: i.position):
            if item.standard is not None or item.not_on_agenda:
                continue
            add_item(
                session,
                meeting_id=meeting.id,
                title=item.title,
                case_type=item.case_type,
                responsible=item.responsible,
                responsible_person_id=item.responsible_person_id,
                put_forward_by=item.put_forward_by,
                put_forward_by_person_id=item.put_forward_by_person_id,
                background=item.background,
                proposed_decision=item.proposed_decision,
                priority_groups=[g.group for g in item.priority_groups],
                exempt=item.exempt,
                exemption_basis=item.exemption_basis,
                duration_minutes=item.duration_minutes,
            )
    return meeting


def move_meeting(
    session: Session, meeting_id: int, starts_at: datetime, ends_at: datetime | None = None
) -> Meeting:
    """Move a meeting to a new time, keeping its length unless `ends_at` is given.

    A planned meeting may move anywhere: the provisional numbers of both years affected
    are given again in the new meeting order. Once the notice is sent the numbers are
    final, so the meeting may move within its year only (send a new notice after). Held,
    approved and cancelled meetings stay where they were.
    """
    meeting = get_or_fail(session, Meeting, meeting_id)
    before = calendar_state(meeting)
    _move(session, meeting, starts_at, ends_at)
    calendar_changed(meeting, before)
    session.flush()
    return meeting


def _move(session: Session, meeting: Meeting, starts_at: datetime, ends_at: datetime | None) -> None:
    """`move_meeting` without the calendar's sequence (its caller raises that once)."""
    if meeting.status in (MeetingStatus.HELD, MeetingStatus.MINUTES_APPROVED):
        raise InvalidInput("meeting.held_cannot_move")
    if meeting.status == MeetingStatus.CANCELLED:
        raise InvalidInput("meeting.cancelled_restore_first")
    ends_at = ends_at or starts_at + (meeting.ends_at - meeting.starts_at)
    if ends_at <= starts_at:
        raise InvalidInput("meeting.ends_before_start")
    old_year, new_year = meeting.starts_at.year, starts_at.year
    if meeting.status != MeetingStatus.PLANNED and new_year != old_year:
        raise InvalidInput("meeting.move_same_year", year=old_year)
    dissolved = meeting.body.dissolved_on
    if dissolved is not None and starts_at.date() > dissolved:
        raise InvalidInput("meeting.body_dissolved", body=meeting.body.name)
    if meeting.status == MeetingStatus.PLANNED:
        # The numbers will be given again; clear them first so the old year's count does not
        # see them (and the new year's unique numbers cannot collide).
        for item in meeting.items:
            item.number_year = item.number_seq = None
        session.flush()
    meeting.starts_at, meeting.ends_at = starts_at, ends_at
    session.flush()
    if meeting.status == MeetingStatus.PLANNED:
        renumber(session, meeting.body_id, old_year)
        if new_year != old_year:
            renumber(session, meeting.body_id, new_year)


def cancel_meeting(session: Session, meeting_id: int, reason: str, *, at: datetime | None = None) -> Meeting:
    """Cancel a meeting, with the reason shown in the plan.

    Before the notice, its cases go back to the body's backlog (unnumbered, ready for
    another meeting) and the year's provisional numbers close up; the standard items stay
    on the cancelled meeting. After the notice, the numbers it gave out are final: the
    cases stay on the cancelled meeting with their numbers, and no other case gets them.
    `copy_meeting(..., with_items=True)` carries them to a new date as new cases.
    """
    meeting = get_or_fail(session, Meeting, meeting_id)
    reason = require(reason, "field.cancel_reason")
    was_planned = meeting.status == MeetingStatus.PLANNED
    change_status(session, meeting, MeetingStatus.CANCELLED, reason=reason, at=at)
    if was_planned:
        remaining = []
        for item in sorted(meeting.items, key=lambda i: i.position):
            if item.standard is None:
                items.to_backlog(item)
            else:
                remaining.append(item)
        meeting.items = remaining
        for pos, item in enumerate(remaining):
            item.position = pos
        session.flush()
    return meeting


# --- the plan, as the meeting screen edits it (ids in, one transaction per call) --------------


def plan_meeting(
    session: Session,
    body_id: int,
    starts_at: datetime,
    *,
    ends_at: datetime | None = None,
    place: str | None = None,
    video_link: str = "",
    title: str = "",
    chair_id: int | None = None,
    minute_taker_id: int | None = None,
    with_standard_items: bool = True,
) -> Meeting:
    """A new planned meeting of a body, with the standard items its settings ask for."""
    body = get_or_fail(session, Body, body_id)
    if body.dissolved_on is not None and starts_at.date() > body.dissolved_on:
        raise InvalidInput("meeting.body_dissolved", body=body.name)
    return create_meeting(
        session,
        body,
        starts_at,
        ends_at=ends_at,
        place=place,
        video_link=video_link,
        title=title,
        chair=get_optional(session, Person, chair_id),
        minute_taker=get_optional(session, Person, minute_taker_id),
        with_standard_items=with_standard_items,
    )


def update_meeting(
    session: Session,
    meeting_id: int,
    *,
    starts_at: datetime,
    ends_at: datetime,
    place: str,
    video_link: str,
    title: str,
    chair_id: int | None,
    minute_taker_id: int | None,
    expected_version: int | None = None,
) -> Meeting:
    """Change a meeting's details; a new time follows `move_meeting`'s rules. A new time, place
    or video link raises the calendar invitation's sequence by one; the rest does not."""
    meeting = get_or_fail(session, Meeting, meeting_id)
    check_version(meeting, expected_version, MEETING_FIELDS)
    items.require_open(meeting)
    if ends_at <= starts_at:
        raise InvalidInput("meeting.ends_before_start")
    for person_id in (chair_id, minute_taker_id):
        if person_id is not None:
            get_or_fail(session, Person, person_id)
    before = calendar_state(meeting)
    if (starts_at, ends_at) != (meeting.starts_at, meeting.ends_at):
        _move(session, meeting, starts_at, ends_at)
    meeting.place = clean(place)
    meeting.video_link = clean(video_link)
    meeting.title = clean(title)
    meeting.chair_id = chair_id
    meeting.minute_taker_id = minute_taker_id
    calendar_changed(meeting, before)  # once, however many of time, place and link changed
    flush(session, meeting, MEETING_FIELDS)
    return meeting


#: What update_meeting changes (the fields a colleague's change is shown for).
MEETING_FIELDS = ("starts_at", "ends_at", "place", "video_link", "title", "chair_id", "minute_taker_id")


def mark_notice_sent(session: Session, meeting_id: int, at: datetime | None = None) -> Meeting:
    """The notice has gone out: the agenda's numbers are final from now on."""
    meeting = get_or_fail(session, Meeting, meeting_id)
    if meeting.status != MeetingStatus.PLANNED:
        raise InvalidInput("meeting.notice_not_for_status", status=_status(meeting.status))
    return send_notice(session, meeting, at=at)


def mark_meeting_held(session: Session, meeting_id: int, at: datetime | None = None) -> Meeting:
    """The meeting has taken place (its notice must have gone out first)."""
    meeting = get_or_fail(session, Meeting, meeting_id)
    if meeting.status == MeetingStatus.PLANNED:
        raise InvalidInput("meeting.notice_not_sent")
    return change_status(session, meeting, MeetingStatus.HELD, at=at)


def restore_meeting(session: Session, meeting_id: int) -> Meeting:
    """Undo a cancellation made before the notice: the meeting is planned again (its cases
    went back to the backlog when it was cancelled and stay there)."""
    meeting = get_or_fail(session, Meeting, meeting_id)
    if meeting.status != MeetingStatus.CANCELLED:
        raise InvalidInput("meeting.not_cancelled")
    change_status(session, meeting, MeetingStatus.PLANNED)
    meeting.cancelled_reason = ""
    session.flush()
    return meeting


@dataclass(frozen=True)
class ApprovalChoice:
    """Where the minutes of a meeting may be approved: a later meeting's approval item, or the
    meeting's own closing one (`own`)."""

    item_id: int
    meeting_id: int
    starts_at: datetime
    number: str
    own: bool = False


# A later meeting approves minutes only once it has been held: a planned meeting may never take
# place, and a cancelled one approved nothing.
APPROVING_STATUSES = (MeetingStatus.HELD, MeetingStatus.MINUTES_APPROVED)


def approval_choices(session: Session, meeting_id: int) -> list[ApprovalChoice]:
    """The meeting's own closing approval item, if it has one, then the 'Godkjenning av referat'
    items of the body's later meetings that have been held, nearest first."""
    meeting = get_or_fail(session, Meeting, meeting_id)
    own = [
        ApprovalChoice(item.id, meeting.id, meeting.starts_at, item.number_label, own=True)
        for item in meeting.items
        if items.approves_own_meeting(item)
    ]
    rows = session.execute(
        sa.select(AgendaItem, Meeting.id, Meeting.starts_at)  # the meeting's id: the item's is optional
        .join(Meeting, Meeting.id == AgendaItem.meeting_id)
        .where(
            Meeting.body_id == meeting.body_id,
            Meeting.starts_at > meeting.starts_at,
            Meeting.status.in_(APPROVING_STATUSES),
            AgendaItem.standard == StandardItem.APPROVE_MINUTES,
            # not a later meeting's approval of its own minutes
            sa.or_(AgendaItem.approves_meeting_id.is_(None), AgendaItem.approves_meeting_id != Meeting.id),
        )
        .order_by(Meeting.starts_at, Meeting.id)
    ).all()
    pattern = meeting.body.case_number_pattern
    return own + [
        ApprovalChoice(item.id, later_id, starts, item.number_in(pattern)) for item, later_id, starts in rows
    ]


def approve_meeting_minutes(
    session: Session, meeting_id: int, *, item_id: int | None = None, on: datetime | None = None
) -> Meeting:
    """Approve the minutes in a later meeting's approval item, or by circulation (item_id None)."""
    meeting = get_or_fail(session, Meeting, meeting_id)
    if meeting.status != MeetingStatus.HELD:
        raise InvalidInput("meeting.approve_only_held")
    item = get_optional(session, AgendaItem, item_id)
    if on is None and item is not None and item.meeting is not None:
        on = min(item.meeting.starts_at, datetime.now())
    return approve_minutes(session, meeting, in_item=item, on=on)


def reopen_minutes(session: Session, meeting_id: int, reason: str) -> Meeting:
    """Unlock approved minutes for a correction; the reason is recorded in the status history.
    Signatories (justering) keep their names and must sign again."""
    meeting = get_or_fail(session, Meeting, meeting_id)
    if meeting.status != MeetingStatus.MINUTES_APPROVED:
        raise InvalidInput("meeting.minutes_not_approved")
    reason = require(reason, "field.reopen_reason")
    change_status(session, meeting, MeetingStatus.HELD, reason=reason)
    meeting.approved_on = None
    meeting.approved_in_item_id = None
    for signature in meeting.signatures:
        signature.signed_on = None
    session.flush()
    return meeting


@dataclass(frozen=True)
class MeetingDetail:
    """A meeting as its form shows it."""

    id: int
    body_id: int
    body_name: str
    status: MeetingStatus
    starts_at: datetime
    ends_at: datetime
    place: str
    video_link: str
    title: str
    chair_id: int | None
    minute_taker_id: int | None
    notice_sent_at: datetime | None
    approved_on: date | None
    history: tuple[tuple[datetime, MeetingStatus, MeetingStatus, str], ...]
    archive_reference: str = ""
    #: The meeting row's version (revision 0007): the form saves with it (update_meeting's expected_version).
    version: int | None = None


def meeting_detail(session: Session, meeting_id: int) -> MeetingDetail:
    meeting = get_or_fail(session, Meeting, meeting_id)
    changes = session.execute(
        sa.select(
            MeetingStatusChange.changed_at,
            MeetingStatusChange.from_status,
            MeetingStatusChange.to_status,
            MeetingStatusChange.reason,
        )
        .where(MeetingStatusChange.meeting_id == meeting_id)
        .order_by(MeetingStatusChange.changed_at, MeetingStatusChange.id)
    ).all()
    return MeetingDetail(
        meeting.id,
        meeting.body_id,
        meeting.body.name,
        meeting.status,
        meeting.starts_at,
        meeting.ends_at,
        meeting.place,
        meeting.video_link,
        meeting.title,
        meeting.chair_id,
        meeting.minute_taker_id,
        meeting.notice_sent_at,
        meeting.approved_on,
        tuple((at, frm, to, reason or "") for at, frm, to, reason in changes),
        meeting.archive_reference or "",
        meeting.version,
    )


def set_archive_reference(session: Session, meeting_id: int, reference: str) -> Meeting:
    """The archive's reference for the meeting's documents ("Vår ref." on the notice, e.g.
    "2026/1234"); empty for none. Any status: the archive may give it after the meeting."""
    meeting = get_or_fail(session, Meeting, meeting_id)
    reference = clean(reference)
    if len(reference) > 100:
        raise InvalidInput("meeting.archive_reference_too_long", limit=100)
    meeting.archive_reference = reference
    session.flush()
    return meeting


# --- reading: the year's plan and the backlog ------------------------------------------------


@dataclass(frozen=True)
class BodyYearPlan:
    """One body's meetings in a year, for the plan of all bodies at a glance."""

    body_id: int
    body_name: str
    body_short_name: str
    meetings: tuple[MeetingRow, ...]


def year_plan(session: Session, year: int) -> list[BodyYearPlan]:
    """Every body that exists in the year, in register order, with its meetings that year
    (cancelled ones included, with their reason). Two statements."""
    by_body: dict[int, list[MeetingRow]] = {}
    for row in list_meetings(session, year=year):
        by_body.setdefault(row.body_id, []).append(row)
    bodies = session.execute(
        sa.select(Body.id, Body.name, Body.short_name, Body.dissolved_on).order_by(
            Body.level, Body.sort_order, sql_key(Body.name)
        )
    ).all()
    return [
        BodyYearPlan(body_id, name, short or "", tuple(by_body.get(body_id, ())))
        for body_id, name, short, dissolved in bodies
        if body_id in by_body or dissolved is None or dissolved.year >= year
    ]


@dataclass(frozen=True)
class BacklogRow:
    """A case proposed for a body and not yet on an agenda."""

    id: int
    body_id: int
    body_name: str
    body_short_name: str
    title: str
    case_type: CaseType
    put_forward_by: str
    created_at: datetime
    exempt: bool


def backlog(session: Session, body_id: int | None = None) -> list[BacklogRow]:
    """The cases waiting for an agenda, per body (register order), oldest first. One statement."""
    stmt = (
        sa.select(
            AgendaItem.id,
            Body.id,
            Body.name,
            Body.short_name,
            AgendaItem.title,
            AgendaItem.case_type,
            AgendaItem.put_forward_by,
            Person.given_name,
            Person.family_name,
            AgendaItem.created_at,
            AgendaItem.exempt,
        )
        .join(Body, Body.id == AgendaItem.body_id)
        .outerjoin(Person, Person.id == AgendaItem.put_forward_by_person_id)
        .where(AgendaItem.meeting_id.is_(None))
        .order_by(Body.level, Body.sort_order, sql_key(Body.name), AgendaItem.created_at, AgendaItem.id)
    )
    if body_id is not None:
        stmt = stmt.where(AgendaItem.body_id == body_id)
    return [
        BacklogRow(
            item_id, b_id, name, short or "", title, case_type,
            by or f"{given or ''} {family or ''}".strip(), created, exempt,
        )
        for item_id, b_id, name, short, title, case_type, by, given, family, created, exempt in session.execute(stmt)
    ]
