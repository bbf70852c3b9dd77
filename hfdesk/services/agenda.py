"""The agenda of a meeting: put cases in order, edit them, take them off again.

The standard items keep fixed places (approval of the notice and of the minutes first,
Eventuelt last); before the notice the numbers follow the order, after it they never
change. Functions take ids and never commit. Creating meetings, adding cases and the
numbering itself live in `meetings.py`, the rules every case follows in `items.py`."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm import Session

from ..errors import InvalidInput
from ..models import (
    AgendaItem,
    Body,
    Case,
    Conclusion,
    ConclusionKind,
    CaseType,
    ItemPriorityGroup,
    Meeting,
    MeetingStatus,
    NoConsensusOutcome,
    Person,
    StandardItem,
)
from . import items, meeting_record
from .attachments import AttachmentRow, list_attachments
from .common import clean, get_or_fail, require
from .items import STANDARD_TITLES
from .meeting_record import TreatmentRecord
from .meetings import renumber
from .versions import check_version, flush

_OPENING = (StandardItem.APPROVE_NOTICE, StandardItem.APPROVE_MINUTES)


def _ordered(meeting: Meeting) -> list[AgendaItem]:
    return sorted(meeting.items, key=lambda i: (i.position, i.id))


def _check_standard_places(order: list[AgendaItem]) -> None:
    """Approval of the notice, then of the minutes, open the agenda; Eventuelt closes it
    (only cases raised under Eventuelt come after it); an item approving the meeting's own
    minutes comes last of all."""
    closing = [i for i in order if items.approves_own_meeting(i)]
    if closing and order[-1] is not closing[0]:
        raise InvalidInput("agenda.last_item", title=closing[0].title)
    order = [i for i in order if i not in closing]
    opening = sorted((i for i in order if i.standard in _OPENING), key=lambda i: _OPENING.index(i.standard))
    if order[: len(opening)] != opening:
        if len(opening) == 1:
            raise InvalidInput("agenda.first_item", title=opening[0].title)
        raise InvalidInput("agenda.opening_items_first", first=opening[0].title, second=opening[1].title)
    other = next((i for i in order if i.standard == StandardItem.OTHER_BUSINESS), None)
    if other is not None:
        at = order.index(other)
        if any(not i.not_on_agenda for i in order[at + 1 :]) or any(i.not_on_agenda for i in order[:at]):
            raise InvalidInput("agenda.last_item", title=other.title)


def _apply_order(session: Session, meeting: Meeting, order: list[AgendaItem]) -> list[AgendaItem]:
    _check_standard_places(order)
    for pos, item in enumerate(order):
        item.position = pos
    meeting.items = order
    session.flush()
    if meeting.status in items.PROVISIONAL:
        renumber(session, meeting.body_id, meeting.starts_at.year)
    return order


def reorder_items(session: Session, meeting_id: int, item_ids_in_order: list[int]) -> list[AgendaItem]:
    """Put a meeting's agenda in the given order (drag and drop): every item exactly once.

    Before the notice the provisional numbers follow the new order; after it the numbers
    stay as the notice gave them (the meeting may still treat the cases in another order).
    """
    meeting = get_or_fail(session, Meeting, meeting_id)
    items.require_editable_agenda(meeting)
    by_id = {i.id: i for i in meeting.items}
    ids = list(item_ids_in_order)
    if len(ids) != len(set(ids)) or set(ids) != set(by_id):
        raise InvalidInput("agenda.changed_meanwhile")
    return _apply_order(session, meeting, [by_id[i] for i in ids])


def move_item(session: Session, item_id: int, delta: int) -> AgendaItem:
    """Move a case `delta` places down (positive) or up (negative) its agenda (keyboard).

    The standard items keep their places; a case cannot pass them. Moving past either end
    of the agenda leaves the case where it is.
    """
    item = get_or_fail(session, AgendaItem, item_id)
    meeting = item.meeting
    if meeting is None:
        raise InvalidInput("item.not_on_agenda")
    items.require_editable_agenda(meeting)
    if item.standard is not None:
        raise InvalidInput("agenda.fixed_place", title=item.title)
    order = _ordered(meeting)
    at = order.index(item)
    to = max(0, min(len(order) - 1, at + delta))
    if to == at:
        return item
    order.insert(to, order.pop(at))
    _apply_order(session, meeting, order)
    return item


_EDITABLE = (
    "title",
    "case_type",
    "responsible",
    "responsible_person_id",
    "put_forward_by",
    "put_forward_by_person_id",
    "background",
    "proposed_decision",
    "priority_groups",
    "exempt",
    "exemption_basis",
    "duration_minutes",
)


def update_item(session: Session, item_id: int, *, expected_version: int | None = None, **fields: object) -> AgendaItem:
    """Change a case's fields (those in _EDITABLE), with the same rules as add_item.

    A case in the backlog or on a planned, noticed or held meeting may be edited; the
    approved minutes are locked and a cancelled meeting is history. Numbers never change
    here. A proposed decision already put forward as the agenda's proposal changes with it.
    """
    unknown = set(fields) - set(_EDITABLE)
    if unknown:
        raise TypeError(f"update_item: unknown fields {sorted(unknown)}")
    item = get_or_fail(session, AgendaItem, item_id)
    check_version(item, expected_version, fields)
    if item.meeting is not None:
        items.require_open(item.meeting)

    values: dict[str, object] = {}
    if "title" in fields:
        values["title"] = require(fields["title"], "field.item_title")  # type: ignore[arg-type]
    if "case_type" in fields:
        values["case_type"] = items.case_type(fields["case_type"])  # type: ignore[arg-type]
    for name in ("responsible", "put_forward_by", "background", "proposed_decision"):
        if name in fields:
            values[name] = clean(fields[name])  # type: ignore[arg-type]
    for name in ("responsible_person_id", "put_forward_by_person_id"):
        if name in fields:
            person_id = fields[name]
            if person_id is not None:
                get_or_fail(session, Person, person_id)  # type: ignore[arg-type]
            values[name] = person_id
    if "duration_minutes" in fields:
        items.check_duration(fields["duration_minutes"])  # type: ignore[arg-type]
        values["duration_minutes"] = fields["duration_minutes"]
    exempt = bool(fields.get("exempt", item.exempt))
    basis = clean(fields.get("exemption_basis", item.exemption_basis))  # type: ignore[arg-type]
    items.check_exemption(exempt, basis)
    values["exempt"], values["exemption_basis"] = exempt, basis if exempt else ""
    groups = items.priority_groups(fields["priority_groups"]) if "priority_groups" in fields else None  # type: ignore[arg-type]

    old_proposed = item.proposed_decision
    for name, value in values.items():
        setattr(item, name, value)
    if "title" in values and [t.id for t in item.case.treatments] == [item.id]:
        item.case.title = item.title  # a case treated once is titled like its one treatment
    if groups is not None:
        have = {g.group for g in item.priority_groups}
        item.priority_groups = [g for g in item.priority_groups if g.group in groups] + [
            ItemPriorityGroup(group=g) for g in groups if g not in have
        ]
    if "proposed_decision" in values and item.proposed_decision != old_proposed and item.proposed_decision:
        for proposal in item.proposals:
            if proposal.from_agenda and proposal.text == old_proposed:
                proposal.text = item.proposed_decision
    flush(session, item, fields)
    return item


def remove_item(session: Session, item_id: int) -> AgendaItem:
    """Take a case off its agenda and back to the body's backlog (a case is never deleted).

    Only before the notice: after it the case has a final number. A standard item is not
    a case: removing it takes it away (add_standard_item puts it back).
    """
    item = get_or_fail(session, AgendaItem, item_id)
    meeting = item.meeting
    if meeting is None:
        raise InvalidInput("item.not_on_agenda")
    items.require_editable_agenda(meeting)
    if meeting.status != MeetingStatus.PLANNED:
        raise InvalidInput("agenda.number_final", number=item.number_label)
    order = [i for i in _ordered(meeting) if i.id != item.id]
    if item.standard is not None:
        case = item.case
        session.delete(item)
        session.flush()
        session.expire(meeting, ["items"])
        session.expire(case, ["treatments"])
        if not case.treatments:  # its case was made for it (items.add_standard) and goes with it
            session.delete(case)
            session.flush()
    else:
        items.to_backlog(item)
        meeting.items = order
    for pos, other in enumerate(order):
        other.position = pos
    session.flush()
    renumber(session, meeting.body_id, meeting.starts_at.year)
    return item


def add_standard_item(session: Session, meeting_id: int, kind: StandardItem) -> AgendaItem:
    """Put a standard item (back) on a planned meeting's agenda, in its fixed place."""
    meeting = get_or_fail(session, Meeting, meeting_id)
    kind = StandardItem(kind)
    if meeting.status != MeetingStatus.PLANNED:
        items.require_editable_agenda(meeting)
        raise InvalidInput("agenda.standard_items_fixed")
    if any(i.standard == kind for i in meeting.items):
        raise InvalidInput("agenda.already_on_agenda", title=STANDARD_TITLES[kind][meeting.body.language.value])
    item = items.add_standard(session, meeting, kind, meeting.body.language.value)
    order = [i for i in _ordered(meeting) if i is not item]
    if kind == StandardItem.OTHER_BUSINESS:
        closing = [i for i in order if items.approves_own_meeting(i)]  # approval of this meeting's minutes
        order = [i for i in order if i not in closing] + [item] + closing
    else:
        at = 0
        while at < len(order) and order[at].standard in _OPENING and (
            _OPENING.index(order[at].standard) < _OPENING.index(kind)  # type: ignore[arg-type]
        ):
            at += 1
        order.insert(at, item)
    _apply_order(session, meeting, order)
    return item


# --- the case editor: one case's fields (a new case is meetings.add_item) -----------------------


@dataclass(frozen=True)
class CasePlace:
    """Where a case belongs: a meeting's agenda, or the body's backlog (no meeting)."""

    body_id: int
    body_name: str
    body_short_name: str
    meeting_id: int | None = None
    meeting_starts_at: datetime | None = None
    meeting_status: MeetingStatus | None = None

    @property
    def locked(self) -> bool:
        """Approved minutes are locked and a cancelled meeting is history: its cases stay as they are."""
        return self.meeting_status in (MeetingStatus.MINUTES_APPROVED, MeetingStatus.CANCELLED)


def case_place(session: Session, *, meeting_id: int | None = None, body_id: int | None = None) -> CasePlace:
    """The meeting (and its body) or the body a new case would go to."""
    if meeting_id is not None:
        meeting = get_or_fail(session, Meeting, meeting_id)
        return _place(meeting.body, meeting)
    if body_id is not None:
        return _place(get_or_fail(session, Body, body_id), None)
    raise InvalidInput("item.needs_meeting_or_body")


def _place(body: Body, meeting: Meeting | None) -> CasePlace:
    return CasePlace(
        body_id=body.id,
        body_name=body.name,
        body_short_name=body.short_name or "",
        meeting_id=meeting.id if meeting is not None else None,
        meeting_starts_at=meeting.starts_at if meeting is not None else None,
        meeting_status=meeting.status if meeting is not None else None,
    )


@dataclass(frozen=True)
class CaseDetail:
    """Everything the case editor shows of one case, read in one short session."""

    id: int
    place: CasePlace
    number: str  # "12/25", or "" when unnumbered
    standard: StandardItem | None
    case_type: CaseType
    title: str
    responsible: str
    responsible_person_id: int | None
    put_forward_by: str
    put_forward_by_person_id: int | None
    background: str
    proposed_decision: str
    priority_groups: tuple[int, ...]
    exempt: bool
    exemption_basis: str
    duration_minutes: int
    not_on_agenda: bool
    attachments: tuple[AttachmentRow, ...]
    # "Tidlegare handsaming": the case's treatments in earlier meetings, oldest first (`earlier_treatments`)
    earlier: tuple[TreatmentRecord, ...] = ()
    # The case's whole path: every treatment in every body, this one included (`case_path`)
    path: tuple[CaseStep, ...] = ()
    # The item's row version (revision 0007): the editor saves with it (update_item's expected_version)
    version: int | None = None

    @property
    def locked(self) -> bool:
        return self.place.locked


def case_detail(session: Session, item_id: int) -> CaseDetail:
    """One case as the case editor shows it, with its attachments (not their content)."""
    item = get_or_fail(session, AgendaItem, item_id)
    return CaseDetail(
        id=item.id,
        place=_place(item.body, item.meeting),
        number=item.number_label,
        standard=item.standard,
        case_type=item.case_type,
        title=item.title,
        responsible=item.responsible,
        responsible_person_id=item.responsible_person_id,
        put_forward_by=item.put_forward_by,
        put_forward_by_person_id=item.put_forward_by_person_id,
        background=item.background,
        proposed_decision=item.proposed_decision,
        priority_groups=tuple(sorted(g.group for g in item.priority_groups)),
        exempt=item.exempt,
        exemption_basis=item.exemption_basis,
        duration_minutes=item.duration_minutes,
        not_on_agenda=item.not_on_agenda,
        attachments=tuple(list_attachments(session, item.id)),
        earlier=earlier_treatments(session, item.id),
        path=case_path(session, item.id),
        version=item.version,
    )


def earlier_treatments(session: Session, item_id: int) -> tuple[TreatmentRecord, ...]:
    """The earlier treatments of item `item_id`'s case (body, meeting date, number, how it ended
    and the decision text), oldest first: a case deferred or sent back comes back as the same
    case (`live.sync_next_treatment`), and this is its history. Empty for a case treated once."""
    item = get_or_fail(session, AgendaItem, item_id)
    return meeting_record.earlier_treatments(session, [item]).get(item.id, ())


# --- a case across bodies: its path, and sending it on ---------------------------------------


@dataclass(frozen=True)
class CaseStep:
    """One treatment of a case on its path through the bodies: where, when, its number there and
    how it ended (the summary, `words.case_path_summary`, counts these)."""

    item_id: int
    body_id: int
    body_name: str
    body_short_name: str
    body_level: int
    meeting_id: int | None  # None: waiting in the body's backlog
    meeting_starts_at: datetime | None
    meeting_status: MeetingStatus | None
    number: str  # as that body writes it, "" when unnumbered
    kind: ConclusionKind | None  # None: not concluded (yet)
    no_consensus_outcome: NoConsensusOutcome | None
    adopted: bool | None  # a vote's outcome
    decision_text: str
    current: bool = False  # the treatment the path was asked for

    @property
    def body_label(self) -> str:
        return self.body_short_name or self.body_name

    @property
    def decided(self) -> bool:
        """Ended in a decision: consensus (with or without a protocol entry) or an adopted vote."""
        return self.kind in (ConclusionKind.CONSENSUS, ConclusionKind.CONSENSUS_WITH_PROTOCOL) or (
            self.kind == ConclusionKind.VOTE and bool(self.adopted)
        )


def case_path(session: Session, item_id: int) -> tuple[CaseStep, ...]:
    """Every treatment of item `item_id`'s case in every body, the item's own marked `current`:
    those on a meeting by the meeting's time, then those waiting in a backlog. One statement."""
    item = get_or_fail(session, AgendaItem, item_id)
    return case_steps(session, item.case_id, current=item.id)


def case_steps(session: Session, case_id: int, *, current: int | None = None) -> tuple[CaseStep, ...]:
    """The treatments of case `case_id` in path order (see `case_path`)."""
    rows = session.execute(
        sa.select(AgendaItem, Body.name, Body.short_name, Body.level, Body.case_number_pattern,
                  Meeting.starts_at, Meeting.status, Conclusion.kind, Conclusion.no_consensus_outcome,
                  Conclusion.adopted, Conclusion.decision_text)
        .join(Body, Body.id == AgendaItem.body_id)
        .outerjoin(Meeting, Meeting.id == AgendaItem.meeting_id)
        .outerjoin(Conclusion, Conclusion.item_id == AgendaItem.id)
        .where(AgendaItem.case_id == case_id)
        .order_by(Meeting.starts_at.is_(None), Meeting.starts_at, AgendaItem.id)
    ).all()
    return tuple(
        CaseStep(
            item_id=t.id,
            body_id=t.body_id,
            body_name=name,
            body_short_name=short or "",
            body_level=level,
            meeting_id=t.meeting_id,
            meeting_starts_at=starts,
            meeting_status=status,
            number=t.number_in(pattern),
            kind=kind,
            no_consensus_outcome=outcome,
            adopted=adopted,
            decision_text=decision or "",
            current=t.id == current,
        )
        for t, name, short, level, pattern, starts, status, kind, outcome, adopted, decision in rows
    )


def send_to_bodies(session: Session, item_id: int, body_ids: list[int] | tuple[int, ...]) -> list[AgendaItem]:
    """Send a case on from an agenda to other bodies ("send til områdeutvala"): each body gets a
    treatment of the same case waiting in its backlog, a copy of this one (`items.waiting_treatment`:
    title, background, proposed decision, type, priority groups, exemption, attachments).

    All or nothing: a body that is dissolved, or already has a treatment of the case waiting, is
    refused, naming it, and no body gets one. Returns the new treatments in the order of `body_ids`."""
    item = get_or_fail(session, AgendaItem, item_id)
    if item.standard is not None:
        raise InvalidInput("case.send_standard_item", title=item.title)
    wanted = list(dict.fromkeys(int(b) for b in body_ids))
    if not wanted:
        raise InvalidInput("case.send_choose_body")
    bodies = [get_or_fail(session, Body, b) for b in wanted]
    waiting_in = {t.body_id for t in item.case.treatments if t.meeting_id is None}
    for body in bodies:
        if body.dissolved_on is not None:
            raise InvalidInput("case.send_body_dissolved", body=body.name)
        if body.id in waiting_in:
            raise InvalidInput("case.already_waiting_in", body=body.name)
    sent = [items.waiting_treatment(session, item, body.id) for body in bodies]
    session.expire(item.case, ["treatments"])
    return sent


def join_case(session: Session, item_id: int, case_id: int) -> Case:
    """Make item `item_id`'s case part of case `case_id`: its treatments become treatments of
    that case, and the case left without treatments goes (the demo links its topics with this)."""
    item = get_or_fail(session, AgendaItem, item_id)
    target = get_or_fail(session, Case, case_id)
    old = item.case
    if old.id == target.id:
        return target
    for treatment in list(old.treatments):
        treatment.case = target
    session.flush()
    session.expire(old, ["treatments"])
    session.expire(target, ["treatments"])
    session.delete(old)
    session.flush()
    return target
