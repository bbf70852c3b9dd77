"""Writes during and after a meeting: attendance, disqualification, proposals,
conclusions, protocol entries, votes and follow-ups."""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime

from sqlalchemy.orm import Session

from ..errors import InvalidInput
from ..models import (
    AgendaItem,
    Attendance,
    AttendanceStatus,
    Body,
    Capacity,
    Conclusion,
    ConclusionKind,
    Disqualification,
    DisqualificationGround,
    FollowUp,
    FollowUpStatus,
    GuestItem,
    Meeting,
    MeetingStatus,
    Membership,
    NoConsensusOutcome,
    Person,
    Proposal,
    ProtocolEntry,
    ProtocolEntrySupporter,
    Role,
    Vote,
    VoteChoice,
)
from .common import clean, get_or_fail, require
from .rights import disqualified_person_ids, quorum_at_item, rights_at_item, vote_adopted, voters_at_item

_CAPACITY_BY_ROLE = {
    Role.LEADER: Capacity.MEMBER,
    Role.DEPUTY_LEADER: Capacity.MEMBER,
    Role.MEMBER: Capacity.MEMBER,
    Role.DEPUTY: Capacity.DEPUTY,
    Role.OBSERVER: Capacity.OBSERVER,
    Role.SECRETARY: Capacity.SECRETARIAT,
}


def _require_open(meeting: Meeting) -> None:
    if meeting.status == MeetingStatus.MINUTES_APPROVED:
        raise InvalidInput("Referatet er godkjent og låst. Åpne møtet igjen for å endre det.")
    if meeting.status == MeetingStatus.CANCELLED:
        raise InvalidInput("Møtet er avlyst.")


def expected_memberships(meeting: Meeting) -> list[Membership]:
    """Members and observers whose term covers the meeting day (deputies are called in when needed)."""
    day = meeting.starts_at.date()
    return [
        m
        for m in meeting.body.memberships
        if m.is_current(day) and m.role != Role.DEPUTY
    ]


def prepare_attendance(session: Session, meeting: Meeting) -> list[Attendance]:
    """Put every expected member, observer and secretary on the attendance list once."""
    _require_open(meeting)
    known = {a.person_id for a in meeting.attendances}
    for membership in expected_memberships(meeting):
        if membership.person_id in known:
            continue
        meeting.attendances.append(
            Attendance(
                person=membership.person,
                membership=membership,
                capacity=_CAPACITY_BY_ROLE[membership.role],
                status=AttendanceStatus.EXPECTED,
            )
        )
        known.add(membership.person_id)
    session.flush()
    return list(meeting.attendances)


def set_attendance(
    session: Session,
    meeting: Meeting,
    person: Person,
    status: AttendanceStatus,
    *,
    capacity: Capacity | None = None,
    membership: Membership | None = None,
    deputy_for: Membership | None = None,
    from_item: AgendaItem | None = None,
    until_item: AgendaItem | None = None,
    guest_items: list[AgendaItem] | None = None,
    note: str = "",
) -> Attendance:
    """Register one person's attendance. A deputy standing in names the absent member's seat."""
    _require_open(meeting)
    attendance = next((a for a in meeting.attendances if a.person_id == person.id), None)
    if attendance is None:
        if membership is None:
            membership = next(
                (
                    m
                    for m in meeting.body.memberships
                    if m.person_id == person.id and m.is_current(meeting.starts_at.date())
                ),
                None,
            )
        if capacity is None:
            capacity = _CAPACITY_BY_ROLE[membership.role] if membership else Capacity.GUEST
        attendance = Attendance(person=person, membership=membership, capacity=capacity)
        meeting.attendances.append(attendance)
    elif capacity is not None:
        attendance.capacity = capacity
    if deputy_for is not None:
        if attendance.capacity != Capacity.DEPUTY:
            raise InvalidInput("Bare et varamedlem kan møte for et annet medlem.")
        absent = next((a for a in meeting.attendances if a.person_id == deputy_for.person_id), None)
        if absent is not None and absent.status == AttendanceStatus.PRESENT:
            raise InvalidInput(f"{deputy_for.person.full_name} er til stede; varamedlemmet kan ikke møte for vedkommende.")
        taken = next(
            (a for a in meeting.attendances if a.deputy_for_id == deputy_for.id and a is not attendance), None
        )
        if taken is not None:
            raise InvalidInput(f"{taken.person.full_name} møter alt for {deputy_for.person.full_name}.")
    for it in (from_item, until_item, *(guest_items or [])):
        if it is not None and it.meeting_id != meeting.id:
            raise InvalidInput("Saken hører ikke til dette møtet.")
    if from_item is not None and until_item is not None and until_item.position < from_item.position:
        raise InvalidInput("Man kan ikke gå før man har kommet.")
    attendance.status = AttendanceStatus(status)
    attendance.deputy_for = deputy_for
    attendance.from_item = from_item
    attendance.until_item = until_item
    if guest_items is not None:
        attendance.guest_items = [GuestItem(item_id=i.id) for i in guest_items]
    attendance.note = clean(note)
    session.flush()
    return attendance


def disqualify(
    session: Session,
    item: AgendaItem,
    person: Person,
    ground: DisqualificationGround,
    *,
    ground_text: str = "",
    decided_by_body: bool = True,
) -> Disqualification:
    if item.meeting is not None:
        _require_open(item.meeting)
    ground = DisqualificationGround(ground)
    if ground == DisqualificationGround.OTHER and not clean(ground_text):
        raise InvalidInput("Skriv grunnlaget for inhabiliteten.")
    dq = Disqualification(
        item=item, person=person, ground=ground, ground_text=clean(ground_text), decided_by_body=decided_by_body
    )
    session.add(dq)
    session.flush()
    return dq


def add_proposal(
    session: Session,
    item: AgendaItem,
    text: str,
    *,
    by: Person | None = None,
    by_text: str = "",
    amends: Proposal | None = None,
    from_agenda: bool = False,
) -> Proposal:
    if item.meeting is not None:
        _require_open(item.meeting)
    if by is not None and item.meeting is not None and not from_agenda:
        dq = disqualified_person_ids(session, item.id)
        attendance = next((a for a in item.meeting.attendances if a.person_id == by.id), None)
        if attendance is None or not rights_at_item(attendance, item, dq).may_propose:
            raise InvalidInput(f"{by.full_name} har ikke forslagsrett i denne saken.")
    if amends is not None and amends.item_id != item.id:
        raise InvalidInput("Et endringsforslag må gjelde et forslag i samme sak.")
    proposal = Proposal(
        item=item,
        text=require(text, "Forslaget"),
        put_forward_by=by,
        put_forward_by_text=clean(by_text),
        amends=amends,
        from_agenda=from_agenda,
        position=len(item.proposals),
    )
    session.add(proposal)
    session.flush()
    return proposal


def ensure_agenda_proposal(session: Session, item: AgendaItem) -> Proposal | None:
    """The agenda's proposed decision is a proposal from the start."""
    existing = next((p for p in item.proposals if p.from_agenda), None)
    if existing is not None or not item.proposed_decision:
        return existing
    return add_proposal(session, item, item.proposed_decision, from_agenda=True)


def conclude(
    session: Session,
    item: AgendaItem,
    kind: ConclusionKind,
    *,
    decision_text: str = "",
    no_consensus_outcome: NoConsensusOutcome | None = None,
    at: datetime | None = None,
) -> Conclusion:
    """Record (or replace) how an item ended. Quorum is checked and marked, never enforced silently."""
    if item.meeting is None:
        raise InvalidInput("Saken står ikke på noe møte.")
    _require_open(item.meeting)
    kind = ConclusionKind(kind)
    if kind == ConclusionKind.NO_CONSENSUS and no_consensus_outcome is None:
        raise InvalidInput("Velg om saken går tilbake eller til partene.")
    conclusion = item.conclusion
    if conclusion is None:
        conclusion = Conclusion(item=item, kind=kind)
        session.add(conclusion)
    conclusion.kind = kind
    conclusion.decision_text = clean(decision_text)
    conclusion.no_consensus_outcome = no_consensus_outcome if kind == ConclusionKind.NO_CONSENSUS else None
    conclusion.adopted = None
    conclusion.concluded_at = at or datetime.now()
    if kind != ConclusionKind.VOTE:
        conclusion.votes = []
        conclusion.voted_proposal = None
    if kind != ConclusionKind.CONSENSUS_WITH_PROTOCOL:
        conclusion.protocol_entries = []
    decides = kind in (ConclusionKind.CONSENSUS, ConclusionKind.CONSENSUS_WITH_PROTOCOL, ConclusionKind.VOTE)
    conclusion.without_quorum = decides and not quorum_at_item(session, item).met
    session.flush()
    return conclusion


def add_protocol_entry(
    session: Session,
    conclusion: Conclusion,
    text: str,
    *,
    supporters: list[Person] = (),  # type: ignore[assignment]
    behind_text: str = "",
) -> ProtocolEntry:
    """Enter a member's or a party's statement in the minutes of a consensus."""
    _require_open(conclusion.item.meeting)  # type: ignore[arg-type]
    if conclusion.kind not in (ConclusionKind.CONSENSUS, ConclusionKind.CONSENSUS_WITH_PROTOCOL):
        raise InvalidInput("En protokolltilførsel hører til en konklusjon med konsensus.")
    conclusion.kind = ConclusionKind.CONSENSUS_WITH_PROTOCOL
    if not supporters and not clean(behind_text):
        raise InvalidInput("En protokolltilførsel må ha noen som står bak.")
    entry = ProtocolEntry(
        conclusion=conclusion,
        text=require(text, "Protokolltilførselen"),
        behind_text=clean(behind_text),
        position=len(conclusion.protocol_entries),
        supporters=[ProtocolEntrySupporter(person=p) for p in supporters],
    )
    session.add(entry)
    session.flush()
    return entry


def record_vote(
    session: Session,
    item: AgendaItem,
    choices: dict[int, VoteChoice],
    *,
    proposal: Proposal | None = None,
    decision_text: str = "",
    at: datetime | None = None,
) -> Conclusion:
    """Record an avrøysting: one choice per voting participant present, the tally computed from them."""
    voters = {a.person_id for a in voters_at_item(session, item)}
    strangers = set(choices) - voters
    if strangers:
        raise InvalidInput("Bare de med stemmerett som er til stede i saken, kan stemme.")
    missing = voters - set(choices)
    if missing:
        raise InvalidInput(f"{len(missing)} med stemmerett mangler stemme (for, mot eller avstår).")
    conclusion = conclude(session, item, ConclusionKind.VOTE, decision_text=decision_text, at=at)
    conclusion.voted_proposal = proposal
    conclusion.votes = [Vote(person_id=pid, choice=VoteChoice(c)) for pid, c in choices.items()]
    tally = Counter(VoteChoice(c) for c in choices.values())
    conclusion.adopted = vote_adopted(item.meeting.body.majority_rule, tally[VoteChoice.FOR], tally[VoteChoice.AGAINST])  # type: ignore[union-attr]
    session.flush()
    return conclusion


def vote_tally(conclusion: Conclusion) -> dict[VoteChoice, int]:
    tally = Counter(v.choice for v in conclusion.votes)
    return {c: tally.get(c, 0) for c in VoteChoice}


def is_flagged_other_business_decision(item: AgendaItem) -> bool:
    """A decision under Eventuelt on a case that was not on the agenda must be flagged."""
    return bool(
        item.not_on_agenda
        and item.conclusion is not None
        and item.conclusion.kind
        in (ConclusionKind.CONSENSUS, ConclusionKind.CONSENSUS_WITH_PROTOCOL, ConclusionKind.VOTE)
    )


def add_follow_up(
    session: Session,
    *,
    body: Body,
    what: str,
    item: AgendaItem | None = None,
    responsible_person: Person | None = None,
    responsible_text: str = "",
    due_on: date | None = None,
) -> FollowUp:
    if responsible_person is None and not clean(responsible_text):
        raise InvalidInput("Oppgi hvem som har ansvaret for oppfølgingen.")
    follow_up = FollowUp(
        body=body,
        item=item,
        what=require(what, "Hva som skal følges opp"),
        responsible_person=responsible_person,
        responsible_text=clean(responsible_text),
        due_on=due_on,
    )
    session.add(follow_up)
    session.flush()
    return follow_up


def complete_follow_up(session: Session, follow_up_id: int, on: date) -> FollowUp:
    """Mark a follow-up as done on a date."""
    follow_up = get_or_fail(session, FollowUp, follow_up_id)
    follow_up.status = FollowUpStatus.DONE
    follow_up.done_on = on
    session.flush()
    return follow_up


def set_item_notes(session: Session, item: AgendaItem, text: str) -> AgendaItem:
    """The discussion notes (handsaming) written for an item in the meeting, for the minutes."""
    if item.meeting is not None:
        _require_open(item.meeting)
    item.notes = clean(text)
    session.flush()
    return item


def mark_held(session: Session, meeting: Meeting, at: datetime | None = None) -> Meeting:
    from .meetings import change_status

    return change_status(session, meeting, MeetingStatus.HELD, at=at)

