"""Approval of the minutes by named signatories (justering), and approval at the meeting's end.

A body may have its minutes approved by people it names in the meeting (`Body.minutes_signatories`,
0–5; usually two members): "Protokollen er godkjend av Kari Nordmann og Ola Hansen". They are
chosen among those who attended as members or deputies (`set_signatories`), and each signs on
a day (`sign_minutes`); when the last of them has signed, the minutes are approved
(MINUTES_APPROVED, approved on the day of the last signature) and locked. Reopening the minutes
(`meetings.reopen_minutes`) keeps the names and clears the dates: they sign again.

A meeting may also approve its own minutes at its end, in an item after every case
(`add_own_approval_item`: "Godkjenning av protokoll frå dette møtet", as Møre og Romsdal's
overordna samhandlingsutval did in its sak 2014/21). Concluding that item in meeting mode does
not approve anything by itself: the secretary approves the minutes in that item through the same
step as any approval (`meetings.approve_meeting_minutes(session, meeting_id, item_id=...)`), once
the meeting is marked held. Approval in a later meeting or by circulation is in `meetings.py`.

Functions take ids and never commit (the caller's transaction does).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time

from sqlalchemy.orm import Session

from ..dates import short_date
from ..errors import InvalidInput
from ..models import (
    AgendaItem,
    AttendanceStatus,
    Body,
    Capacity,
    CaseType,
    Meeting,
    MeetingStatus,
    MinutesSignature,
    Person,
    StandardItem,
    new_case_for,
)
from . import items
from .common import get_or_fail
from .meetings import _insert_in_agenda, change_status

SIGNING_CAPACITIES = (Capacity.MEMBER, Capacity.DEPUTY)
MAX_SIGNATORIES = 5


# --- reading: what the approval dialog shows ------------------------------------------------------


@dataclass(frozen=True)
class SignatoryRow:
    person_id: int
    name: str
    signed_on: date | None


@dataclass(frozen=True)
class Signing:
    """A meeting's justering as the approval dialog shows it."""

    meeting_id: int
    status: MeetingStatus
    required: int  # the body's number of signatories (0: no justering)
    choices: tuple[tuple[int, str], ...]  # (person id, name) of those who may sign, by name
    signatories: tuple[SignatoryRow, ...]  # in order

    @property
    def complete(self) -> bool:
        return bool(self.signatories) and len(self.signatories) >= self.required and all(
            s.signed_on is not None for s in self.signatories
        )


def signing(session: Session, meeting_id: int) -> Signing:
    meeting = get_or_fail(session, Meeting, meeting_id)
    choices = sorted(
        ((a.person_id, a.person.full_name) for a in _signers(meeting)),
        key=lambda pair: (pair[1].casefold(), pair[0]),
    )
    return Signing(
        meeting.id,
        meeting.status,
        meeting.body.minutes_signatories or 0,
        tuple(choices),
        tuple(SignatoryRow(s.person_id, s.person.full_name, s.signed_on) for s in _ordered(meeting)),
    )


def body_signatories(session: Session, body_id: int) -> int:
    """The body's number of signatories (justering), for its settings form (0: none)."""
    return get_or_fail(session, Body, body_id).minutes_signatories or 0


def _signers(meeting: Meeting) -> list:
    """Those who may sign: present at the meeting as a member or deputy (not guests, observers
    or the secretariat)."""
    return [
        a
        for a in meeting.attendances
        if a.status == AttendanceStatus.PRESENT and a.capacity in SIGNING_CAPACITIES
    ]


def _ordered(meeting: Meeting) -> list[MinutesSignature]:
    return sorted(meeting.signatures, key=lambda s: (s.position, s.id or 0))


# --- writing ---------------------------------------------------------------------------------------


def set_signatories(session: Session, meeting_id: int, person_ids: list[int] | tuple[int, ...]) -> list[MinutesSignature]:
    """Name the people who approve the minutes, in order: present members or deputies, at most the
    body's number. Someone named again keeps the day they signed; someone left out is removed.
    Naming approves nothing: a signature does (`sign_minutes`)."""
    meeting = get_or_fail(session, Meeting, meeting_id)
    items.require_open(meeting)
    body = meeting.body
    allowed = body.minutes_signatories or 0
    if allowed == 0:
        raise InvalidInput("signing.body_has_none", body=body.short_name or body.name)
    ids = [int(i) for i in person_ids]
    signers = {a.person_id: a.person for a in _signers(meeting)}
    for n, person_id in enumerate(ids):
        if person_id in ids[:n]:
            raise InvalidInput("signing.twice", name=_name(meeting, person_id))
    if len(ids) > allowed:
        raise InvalidInput("signing.too_many", body=body.short_name or body.name, count=allowed, chosen=len(ids))
    for person_id in ids:
        if person_id not in signers:
            raise InvalidInput("signing.not_present", name=_name(meeting, person_id))
    existing = {s.person_id: s for s in meeting.signatures}
    kept: list[MinutesSignature] = []
    for position, person_id in enumerate(ids, start=1):
        signature = existing.pop(person_id, None) or MinutesSignature(person=signers[person_id])
        signature.position = position
        kept.append(signature)
    meeting.signatures = kept
    session.flush()
    return kept


def sign_minutes(session: Session, meeting_id: int, person_id: int, on: date | None) -> MinutesSignature:
    """Record the day a named signatory signed the minutes (None: not signed after all). When every
    signatory the body asks for has signed, the minutes are approved on the last day."""
    meeting = get_or_fail(session, Meeting, meeting_id)
    if meeting.status == MeetingStatus.MINUTES_APPROVED:
        raise InvalidInput("meeting.minutes_locked")
    if meeting.status != MeetingStatus.HELD:
        raise InvalidInput("signing.only_held")
    signature = next((s for s in meeting.signatures if s.person_id == person_id), None)
    if signature is None:
        raise InvalidInput("signing.not_signatory", name=_name(meeting, person_id))
    if on is not None:
        on = on.date() if isinstance(on, datetime) else on
        if on < meeting.starts_at.date():
            raise InvalidInput("signing.before_meeting", date=short_date(meeting.starts_at))
        if on > date.today():
            raise InvalidInput("signing.in_future")
    signature.signed_on = on
    session.flush()
    _approve_when_signed(session, meeting)
    return signature


def _approve_when_signed(session: Session, meeting: Meeting) -> None:
    signatures = meeting.signatures
    if (
        meeting.status != MeetingStatus.HELD
        or not signatures
        or len(signatures) < (meeting.body.minutes_signatories or 0)
        or any(s.signed_on is None for s in signatures)
    ):
        return
    last = max(s.signed_on for s in signatures if s.signed_on is not None)
    change_status(session, meeting, MeetingStatus.MINUTES_APPROVED, at=datetime.combine(last, time(12)))
    meeting.approved_on = last
    meeting.approved_in_item_id = None
    session.flush()


def add_own_approval_item(session: Session, meeting_id: int) -> AgendaItem:
    """The item in which the meeting approves its own minutes, last on its agenda: "Godkjenning av
    referat frå dette møtet" (a protokoll body: "protokoll"), in the body's written standard.
    Before the notice it is numbered with the rest; after it, it takes the year's next number."""
    meeting = get_or_fail(session, Meeting, meeting_id)
    items.require_editable_agenda(meeting)
    body = meeting.body
    title = items.OWN_MINUTES_TITLES[body.language.value][body.minutes_kind.value]
    existing = next((i for i in meeting.items if items.approves_own_meeting(i)), None)
    if existing is not None:
        raise InvalidInput("agenda.already_on_agenda", title=existing.title)
    item = AgendaItem(
        body_id=meeting.body_id,
        case=new_case_for(title),
        standard=StandardItem.APPROVE_MINUTES,
        case_type=CaseType.DECISION,
        title=title,
        duration_minutes=5,
        approves_meeting=meeting,
    )
    session.add(item)
    _insert_in_agenda(session, meeting, item, not_on_agenda=True)  # last of all, as such a case goes
    return item


def _name(meeting: Meeting, person_id: int) -> str:
    session = Session.object_session(meeting)
    person = session.get(Person, person_id) if session is not None else None
    return person.full_name if person is not None else f"#{person_id}"
