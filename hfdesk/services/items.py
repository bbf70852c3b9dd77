"""The rules every case (agenda item) follows, wherever it is added or edited.

Shared by `meetings.py` (planning meetings, adding cases, the numbering) and `agenda.py`
(ordering and editing an agenda): the exemption and its legal bases, the time a case may
take, its priority groups and type, when an agenda may change, the way back to the
backlog, and the standard items with their fixed titles. None of them commits."""

from __future__ import annotations

from sqlalchemy.orm import Session

from ..errors import InvalidInput
from ..models import AgendaItem, CaseType, Meeting, MeetingStatus, StandardItem, new_case_for
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


def require_editable_agenda(meeting: Meeting, *, allow_held: bool = False) -> None:
    """Approved minutes are locked and a cancelled meeting is history; a held meeting's
    agenda is fixed, except for cases raised under Eventuelt (`allow_held`)."""
    if meeting.status == MeetingStatus.MINUTES_APPROVED:
        raise InvalidInput("meeting.minutes_locked")
    if meeting.status == MeetingStatus.CANCELLED:
        raise InvalidInput("meeting.cancelled")
    if meeting.status == MeetingStatus.HELD and not allow_held:
        raise InvalidInput("meeting.held_agenda_fixed")


def to_backlog(item: AgendaItem) -> None:
    """Take a case off its meeting, unnumbered (the caller closes up the agenda)."""
    item.meeting_id = None
    item.meeting = None
    item.number_year = item.number_seq = None
    item.position = 0
