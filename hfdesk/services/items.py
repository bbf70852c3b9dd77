"""The rules every case (agenda item) follows, wherever it is added or edited.

Shared by `meetings.py` (planning meetings, adding cases, the numbering) and `agenda.py`
(ordering and editing an agenda): the exemption and its legal bases, the time a case may
take, its priority groups and type, when an agenda may change, the way back to the
backlog, and the standard items with their fixed titles. None of them commits."""

from __future__ import annotations

from sqlalchemy.orm import Session

from ..errors import InvalidInput
from ..models import (
    AgendaItem,
    Attachment,
    CaseType,
    ItemPriorityGroup,
    Meeting,
    MeetingStatus,
    StandardItem,
    new_case_for,
)
from .common import clean

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

# The title of an approval item that approves its own meeting's minutes at the meeting's end,
# by the body's written standard and its kind of minutes (services/approval.py adds it).
OWN_MINUTES_TITLES: dict[str, dict[str, str]] = {
    "nn": {"referat": "Godkjenning av referat frå dette møtet", "protokoll": "Godkjenning av protokoll frå dette møtet"},
    "nb": {"referat": "Godkjenning av referat fra dette møtet", "protokoll": "Godkjenning av protokoll fra dette møtet"},
}

# Common legal bases for exempting a case from public access (offentleglova), for the
# agenda builder's choice list; the user may also type another.
COMMON_LEGAL_BASES: tuple[str, ...] = (
    "offl. § 13 jf. fvl. § 13 første ledd nr. 1",
    "offl. § 13 jf. fvl. § 13 første ledd nr. 2",
    "offl. § 13 jf. hpl. § 21",
    "offl. § 14",
    "offl. § 15",
    "offl. § 23 første ledd",
    "offl. § 24",
    "offl. § 25",
    "offl. § 26",
)

# Meetings whose numbers are provisional. A meeting cancelled after its notice keeps the
# numbers the notice gave (they were published); one cancelled before has none.
PROVISIONAL = (MeetingStatus.PLANNED,)


def add_standard(session: Session, meeting: Meeting, kind: StandardItem, lang: str) -> AgendaItem:
    """A standard item at the end of the meeting's agenda, titled in the body's written standard."""
    title = STANDARD_TITLES[kind][lang]
    item = AgendaItem(
        body_id=meeting.body_id,
        case=new_case_for(title),
        standard=kind,
        case_type=CaseType.DECISION if kind != StandardItem.OTHER_BUSINESS else CaseType.INFORMATION,
        title=title,
        duration_minutes=5 if kind != StandardItem.OTHER_BUSINESS else 10,
        position=len(meeting.items),
    )
    session.add(item)
    meeting.items.append(item)
    session.flush()
    return item


def approves_own_meeting(item: AgendaItem) -> bool:
    """An approval item that approves the minutes of its own meeting: it closes the agenda."""
    return (
        item.standard == StandardItem.APPROVE_MINUTES
        and item.approves_meeting is not None
        and item.approves_meeting is item.meeting
    )


def check_exemption(exempt: bool, basis: str | None) -> None:
    if exempt and not clean(basis):
        raise InvalidInput("item.exempt_needs_basis")


def priority_groups(groups: list[int] | tuple[int, ...]) -> list[int]:
    """The priority groups (1–4), each once, in order."""
    try:
        values = sorted({int(g) for g in groups})
    except (TypeError, ValueError):
        raise InvalidInput("item.priority_groups") from None
    if any(g not in (1, 2, 3, 4) for g in values):
        raise InvalidInput("item.priority_groups")
    return values


def check_duration(minutes: int) -> None:
    if not isinstance(minutes, int) or isinstance(minutes, bool):
        raise InvalidInput("item.minutes_whole")
    if minutes < 0:
        raise InvalidInput("item.minutes_negative")
    if minutes > 24 * 60:
        raise InvalidInput("item.minutes_too_many")


def case_type(value: CaseType | str) -> CaseType:
    try:
        return CaseType(value)
    except ValueError:
        raise InvalidInput("item.bad_kind") from None


def require_open(meeting: Meeting) -> None:
    """Nothing of a meeting changes once its minutes are approved (they are locked) or it is
    cancelled (it is history): the one check every write to a meeting makes."""
    if meeting.status == MeetingStatus.MINUTES_APPROVED:
        raise InvalidInput("meeting.minutes_locked")
    if meeting.status == MeetingStatus.CANCELLED:
        raise InvalidInput("meeting.cancelled")


def require_editable_agenda(meeting: Meeting, *, allow_held: bool = False) -> None:
    """Approved minutes are locked and a cancelled meeting is history; a held meeting's
    agenda is fixed, except for cases raised under Eventuelt (`allow_held`)."""
    require_open(meeting)
    if meeting.status == MeetingStatus.HELD and not allow_held:
        raise InvalidInput("meeting.held_agenda_fixed")


def to_backlog(item: AgendaItem) -> None:
    """Take a case off its meeting, unnumbered (the caller closes up the agenda)."""
    item.meeting_id = None
    item.meeting = None
    item.number_year = item.number_seq = None
    item.position = 0


def waiting_treatment(session: Session, item: AgendaItem, body_id: int) -> AgendaItem:
    """A new treatment of `item`'s case waiting in body `body_id`'s backlog (no meeting, no number):
    the item's title, background, proposed decision, type, priority groups, responsible, who put it
    forward, time and exemption, and a copy of its attachments (each file is kept with its item).

    The one copy of a treatment: a case deferred or sent back waits again in its own body
    (`live.sync_next_treatment`), a case sent on waits in other bodies (`agenda.send_to_bodies`)."""
    waiting = AgendaItem(
        case_id=item.case_id,
        body_id=body_id,
        meeting_id=None,
        position=0,
        case_type=item.case_type,
        title=item.title,
        responsible=item.responsible,
        responsible_person_id=item.responsible_person_id,
        put_forward_by=item.put_forward_by,
        put_forward_by_person_id=item.put_forward_by_person_id,
        background=item.background,
        proposed_decision=item.proposed_decision,
        exempt=item.exempt,
        exemption_basis=item.exemption_basis,
        duration_minutes=item.duration_minutes,
    )
    session.add(waiting)
    waiting.priority_groups = [ItemPriorityGroup(group=g.group) for g in item.priority_groups]
    waiting.attachments = [
        Attachment(
            position=a.position,
            filename=a.filename,
            title=a.title,
            mime_type=a.mime_type,
            size=a.size,
            sha256=a.sha256,
            content=a.content,
            added_at=a.added_at,
        )
        for a in item.attachments
    ]
    session.flush()
    return waiting
