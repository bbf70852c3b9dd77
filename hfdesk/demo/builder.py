"""The whole build: the register, then one transaction per body with its meetings
(past ones held, the first upcoming one with its notice sent) and the papers attached
to their cases, then the backlog."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, timedelta

from sqlalchemy.orm import Session

from ..dates import medium_date
from ..db import Database
from ..models import (
    AgendaItem,
    AttendanceStatus,
    Body,
    Capacity,
    CaseType,
    ConclusionKind,
    DisqualificationGround,
    Meeting,
    MeetingStatus,
    Membership,
    Person,
    Role,
    Side,
    StandardItem,
    VoteChoice,
)
from ..services import agenda, history, live, meetings, register
from ..services.attachments import add_attachment
from ..services.rights import voters_at_item
from . import documents
from .agenda_data import BACKLOG, EXEMPTION_BASIS, NOTES_MORE, PHRASES, PLANS, RECOMMENDS, SUBJECT, C, M
from .bodies import _BodiesBuilder
from .register_data import AREAS, BODIES, PARTNERSHIP_NAME, _BodySpec
from .topics import TOPICS, _Text, _Topic


def _meeting_day(today: date, offset: int, weekday: int) -> date:
    """`today + offset`, kept out of the summer and Christmas holidays and moved to the
    body's weekday: past meetings move earlier, upcoming ones later, so past stays past."""
    day = today + timedelta(days=offset)
    step = timedelta(days=-1 if offset < 0 else 1)
    for _ in range(400):
        summer = date(day.year, 6, 24) <= day <= date(day.year, 8, 10)
        christmas = day >= date(day.year, 12, 18) or day <= date(day.year, 1, 6)
        if not summer and not christmas and day.weekday() == weekday:
            return day
        day += step
    raise AssertionError("no meeting day found")  # pragma: no cover


@dataclass
class _Held:
    """What a body transaction needs to remember between meetings."""

    follow_ups: list[tuple[int, date]] = field(default_factory=list)  # (follow-up id, done on)


def _coming_back(plans: tuple[M, ...]) -> dict[tuple[int, str], int]:
    """Where a body's deferred or sent-back cases come back: (plan index, topic) of the meeting that
    did not finish the case -> the index of the next plan with the same topic."""
    out: dict[tuple[int, str], int] = {}
    for index, plan in enumerate(plans):
        for case in plan.cases:
            if not live.comes_back(case.kind, case.outcome):
                continue
            later = next((j for j in range(index + 1, len(plans))
                          if any(c.topic == case.topic for c in plans[j].cases)), None)
            if later is not None:
                out[(index, case.topic)] = later
    return out


class _Builder(_BodiesBuilder):
    def __init__(self, today: date) -> None:
        super().__init__(today)
        self.cases_on_agendas = 0  # so far, for every third one to get papers
        # The cases each topic made, by the topic's title in its year: one topic treated in several
        # bodies is one case (`_link_cases`).
        self.topic_items: dict[str, list[int]] = {}

    # -- the whole build -------------------------------------------------

    def build(self, db: Database) -> None:
        # The change log (services.history) gets one "created" entry per body and meeting, not
        # one per row the builder writes (thousands, a third of the file and of the time).
        with db.transaction() as s, history.recording_off(s):
            register.set_setting(s, register.SETTING_PARTNERSHIP_NAME, PARTNERSHIP_NAME)
            self._register(s)
        for spec in BODIES:
            with db.transaction() as s, history.recording_off(s):
                self._meetings(s, spec)
        with db.transaction() as s, history.recording_off(s):
            self._backlog(s)
        with db.transaction() as s, history.recording_off(s):
            self._link_cases(s)
            history.record_created(s)

    # -- meetings ---------------------------------------------------------

    def _meetings(self, s: Session, spec: _BodySpec) -> None:
        body = s.get(Body, self.body_ids[spec.key])
        assert body is not None
        seats = {k: s.get(Membership, v) for k, v in self.seat_ids[spec.key].items()}
        chair = seats["leader"].person if "leader" in seats else None
        if chair is None:
            chair = next(m.person for m in seats.values() if m.role == Role.LEADER)
        secretary = seats["sec"].person
        lang = spec.language.value
        planned: list[tuple[M, Meeting]] = []
        cases: dict[int, C] = {}  # agenda item id -> the case it was made from
        # A case deferred or sent back comes back as the same case: its later appearance in the
        # plans is not added as a new case but is the waiting treatment its conclusion made,
        # put on that meeting once the earlier one is held.
        comes_back_in = _coming_back(PLANS[spec.key])  # (plan index, topic) -> plan index it returns in
        returning = {(later, topic) for (_earlier, topic), later in comes_back_in.items()}
        for index, plan in enumerate(PLANS[spec.key]):
            day = _meeting_day(self.today, plan.offset, spec.weekday)
            starts = datetime.combine(day, spec.start)
            meeting = meetings.create_meeting(
                s,
                body,
                starts,
                ends_at=starts + timedelta(minutes=spec.minutes),
                video_link=spec.video_link,
                chair=chair,
                minute_taker=secretary,
                title=f"Partnarskapsmøte {day.year}" if spec.key == "psm" else "",
            )
            for case in plan.cases:
                if (index, case.topic) in returning:
                    continue
                item = self._add_case(s, spec, seats, meeting, case, lang)
                cases[item.id] = case
                topic = self._fmt(TOPICS[case.topic].nn.title, day.year)
                if "kvartal" in topic:  # a quarterly report is a new case each quarter
                    topic += f" ({day.year} K{(day.month - 1) // 3 + 1})"
                self.topic_items.setdefault(topic, []).append(item.id)
            planned.append((plan, meeting))

        held = _Held()
        previous: Meeting | None = None
        for index, (plan, meeting) in enumerate(planned):
            if meeting.starts_at.date() >= self.today:
                continue
            if plan.cancelled:
                meetings.cancel_meeting(
                    s, meeting.id, plan.cancelled, at=meeting.starts_at - timedelta(days=10)
                )
                continue
            meetings.send_notice(s, meeting, at=meeting.starts_at - timedelta(days=14))
            self._hold(s, spec, seats, meeting, plan, cases, previous, held, lang)
            for item in list(meeting.items):
                later = comes_back_in.get((index, cases[item.id].topic)) if item.id in cases else None
                waiting = live.next_treatment(item) if later is not None else None
                if later is not None and waiting is not None and waiting.meeting_id is None:
                    later_plan, later_meeting = planned[later]
                    meetings.schedule_item(s, waiting.id, later_meeting.id)
                    cases[waiting.id] = next(c for c in later_plan.cases if c.topic == cases[item.id].topic)
            if plan.circulation is not None:
                meetings.approve_minutes(
                    s, meeting, on=meeting.starts_at + timedelta(days=plan.circulation)
                )
            previous = meeting
        upcoming = [m for p, m in planned if m.starts_at.date() >= self.today and not p.cancelled]
        if upcoming:
            first = upcoming[0]
            meetings.send_notice(s, first, at=min(first.starts_at - timedelta(days=14), self.now))
        for follow_up_id, on in held.follow_ups:
            live.complete_follow_up(s, follow_up_id, on)
        self._attach(s, planned)

    def _fmt(self, text: str, year: int) -> str:
        return text.format(year=year, prev=year - 1, next=year + 1, year3=year + 3)

    def _text(self, topic: _Topic, lang: str) -> _Text:
        text = topic.nb if lang == "nb" else topic.nn
        assert text is not None, "a bokmål body uses a topic without bokmål text"
        return text

    def _person_label(self, membership: Membership, lang: str) -> str:
        side = membership.side
        if side == Side.USER:
            label = PHRASES[lang]["user"]
        elif side == Side.GP:
            label = PHRASES[lang]["gp"]
        else:
            label = membership.person.title
        return f"{membership.person.full_name}, {label}"

    def _proposed(self, spec: _BodySpec, case_type: CaseType, text: _Text, lang: str, year: int) -> str:
        if case_type == CaseType.INFORMATION or not text.x:
            return PHRASES[lang]["noted"]
        if case_type == CaseType.DISCUSSION:
            return PHRASES[lang]["discuss_proposal"].format(subj=SUBJECT[spec.key])
        return self._fmt(RECOMMENDS[spec.key].format(x=text.x), year)

    def _responsible(self, spec: _BodySpec, seats: dict[str, Membership], topic: _Topic, lang: str
                     ) -> tuple[str, Person | None]:
        text = PHRASES[lang][f"resp_{topic.resp}"]
        if topic.resp == "sse":
            return text, seats["sec"].person
        if topic.resp == "hb":
            hb = next((m for k, m in seats.items() if not k.startswith("vara:") and m.role != Role.OBSERVER
                       and m.organisation is not None and m.organisation.short_name == "Helse Bergen"), None)
            return text, hb.person if hb else None
        if topic.resp == "mun":
            mun = next((m for k, m in seats.items() if not k.startswith("vara:") and m.role != Role.OBSERVER
                        and m.side == Side.MUNICIPAL), None)
            return text, mun.person if mun else None
        return text, None

    def _add_case(self, s: Session, spec: _BodySpec, seats: dict[str, Membership], meeting: Meeting | None,
                  case: C, lang: str, *, not_on_agenda: bool = False, body: Body | None = None) -> AgendaItem:
        topic = TOPICS[case.topic]
        text = self._text(topic, lang)
        year = (meeting.starts_at if meeting is not None else self.now).year
        case_type = case.case_type or topic.case_type
        responsible, responsible_person = self._responsible(spec, seats, topic, lang)
        by_key = case.by or topic.by
        if by_key is not None:
            by_membership = seats[by_key]
            put_forward, put_forward_person = self._person_label(by_membership, lang), by_membership.person
        else:
            put_forward, put_forward_person = responsible, None
        return meetings.add_item(
            s,
            meeting_id=meeting.id if meeting is not None else None,
            body_id=body.id if body is not None else None,
            title=self._fmt(text.title, year),
            case_type=case_type,
            responsible=responsible,
            responsible_person_id=responsible_person.id if responsible_person is not None else None,
            put_forward_by=put_forward,
            put_forward_by_person_id=put_forward_person.id if put_forward_person is not None else None,
            background=self._fmt(text.background, year),
            proposed_decision=self._proposed(spec, case_type, text, lang, year),
            priority_groups=topic.groups,
            exempt=case.exempt,
            exemption_basis=EXEMPTION_BASIS if case.exempt else "",
            duration_minutes=topic.minutes,
            not_on_agenda=not_on_agenda,
        )

    # -- holding a meeting ------------------------------------------------

    def _hold(self, s: Session, spec: _BodySpec, seats: dict[str, Membership], meeting: Meeting, plan: M,
              cases: dict[int, C], previous: Meeting | None, held: _Held, lang: str) -> None:
        phrases = PHRASES[lang]
        items = sorted(meeting.items, key=lambda i: i.position)
        actors: set[int] = set()
        for case in plan.cases + ((plan.eventuelt,) if plan.eventuelt else ()):
            keys: list[str] = [p[0] for p in case.proposals]
            keys += [k for entry in case.protocol for k in entry[1]]
            if case.vote:
                keys += list(case.vote[0]) + list(case.vote[1])
            if case.disqualify:
                keys.append(case.disqualify[0])
            keys += [f.who for f in case.follow_ups if not f.who.startswith("text:")]
            by = case.by or TOPICS[case.topic].by
            if by:
                keys.append(by)
            actors |= {seats[k].person_id for k in keys}
        self._attendance(s, spec, seats, meeting, items, plan, actors, cases)

        clock = meeting.starts_at
        approves: tuple[Meeting, AgendaItem, datetime] | None = None
        for item in items:
            at = clock + timedelta(minutes=item.duration_minutes)
            clock = at
            if item.standard == StandardItem.APPROVE_NOTICE:
                live.conclude(s, item, ConclusionKind.CONSENSUS, decision_text=phrases["approve_notice"],
                              at=at)
            elif item.standard == StandardItem.APPROVE_MINUTES:
                if previous is not None and previous.status == MeetingStatus.HELD:
                    when = medium_date(previous.starts_at, lang)
                    live.conclude(s, item, ConclusionKind.CONSENSUS,
                                  decision_text=phrases["approve_minutes"].format(date=when), at=at)
                    approves = (previous, item, at)  # once this meeting is held (a later meeting approves then)
                else:
                    live.conclude(s, item, ConclusionKind.CONSENSUS,
                                  decision_text=phrases["approve_minutes_first"], at=at)
            elif item.standard == StandardItem.OTHER_BUSINESS:
                key = "eventuelt_one" if plan.eventuelt else "eventuelt_none"
                live.conclude(s, item, ConclusionKind.NOTED, decision_text=phrases[key], at=at)
                if plan.eventuelt is not None:
                    extra = self._add_case(s, spec, seats, meeting, plan.eventuelt, lang, not_on_agenda=True)
                    clock = at + timedelta(minutes=extra.duration_minutes)
                    self._conclude_case(s, spec, seats, meeting, extra, plan.eventuelt, clock, held, lang)
            else:
                self._conclude_case(s, spec, seats, meeting, item, cases[item.id], at, held, lang)
        live.mark_held(s, meeting, at=meeting.ends_at)
        if approves is not None:
            meetings.approve_minutes(s, approves[0], in_item=approves[1], on=approves[2])

    def _attendance(self, s: Session, spec: _BodySpec, seats: dict[str, Membership], meeting: Meeting,
                    items: list[AgendaItem], plan: M, actors: set[int], cases: dict[int, C]) -> None:
        rng = self.rng
        live.prepare_attendance(s, meeting)
        day = meeting.starts_at.date()
        attendances = sorted(meeting.attendances, key=lambda a: a.person_id)
        voting = [a for a in attendances if a.capacity == Capacity.MEMBER]
        deputies = {
            m.deputy_for_id: m
            for m in meeting.body.memberships
            if m.role == Role.DEPUTY and m.is_current(day)
        }
        candidates = [
            a for a in voting
            if a.person_id not in actors and a.membership is not None
            and a.membership.role == Role.MEMBER
        ]
        rng.shuffle(candidates)
        with_deputy = [a for a in candidates if a.membership_id in deputies]
        without_deputy = [a for a in candidates if a.membership_id not in deputies]
        absent: list = []  # type: ignore[type-arg]
        # Forfall with a deputy standing in: at least one where a deputy exists.
        for a in with_deputy[: rng.choice((1, 1, 2))]:
            absent.append(a)
        # Top leaders are busy: a handful give forfall in the partnarskapsmøte, none has a deputy.
        n_plain = rng.randint(4, 7) if spec.key == "psm" else rng.choice((0, 0, 1))
        for a in without_deputy[:n_plain]:
            absent.append(a)
        for a in absent:
            live.set_attendance(s, meeting, a.person, AttendanceStatus.REPORTED_ABSENT)
            deputy = deputies.get(a.membership_id)
            if deputy is not None:
                live.set_attendance(s, meeting, deputy.person, AttendanceStatus.PRESENT,
                                    deputy_for=a.membership)
        rest = [a for a in candidates if a not in absent]
        case_items = [i for i in items if i.standard is None]
        comes_late = plan.late if plan.late is not None else rng.random() < 0.5
        leaves_early = plan.early if plan.early is not None else rng.random() < 0.4
        late = rest.pop() if comes_late and rest and len(case_items) >= 2 else None
        early = rest.pop() if leaves_early and rest and len(case_items) >= 2 else None
        for a in attendances:
            if a in absent:
                continue
            if a is late:
                live.set_attendance(s, meeting, a.person, AttendanceStatus.PRESENT, from_item=case_items[1])
            elif a is early:
                live.set_attendance(s, meeting, a.person, AttendanceStatus.PRESENT, until_item=case_items[-2])
            elif a.capacity == Capacity.OBSERVER and a.person_id not in actors and rng.random() < 0.1:
                # Observers have no deputies; now and then one does not come, mostly with notice.
                status = AttendanceStatus.ABSENT if rng.random() < 0.3 else AttendanceStatus.REPORTED_ABSENT
                live.set_attendance(s, meeting, a.person, status)
            else:
                live.set_attendance(s, meeting, a.person, AttendanceStatus.PRESENT)
        for item in case_items:
            case = cases[item.id]
            if case.guest:
                # A guest "på sak" from the municipality (the first of the body's area).
                municipality = AREAS[spec.area or "Bergen"][0].rsplit(" ", 1)[0]
                guest = self._person(s, municipality, case.guest)
                live.set_attendance(s, meeting, guest, AttendanceStatus.PRESENT, capacity=Capacity.GUEST,
                                    guest_items=[item])

    def _conclude_case(self, s: Session, spec: _BodySpec, seats: dict[str, Membership], meeting: Meeting,
                       item: AgendaItem, case: C, at: datetime, held: _Held, lang: str) -> None:
        phrases = PHRASES[lang]
        presenter = item.responsible_person or item.put_forward_by_person
        who = f"{presenter.full_name} ({presenter.title})" if presenter else item.responsible
        notes = [phrases["notes_intro"].format(who=who)]
        notes.append(self.rng.choice(NOTES_MORE[lang]))
        if case.kind != ConclusionKind.WITHDRAWN:  # a withdrawn case was not discussed
            live.set_item_notes(s, item, " ".join(notes))
        if case.disqualify is not None:
            key, ground = case.disqualify
            live.disqualify(s, item, seats[key].person, DisqualificationGround.FVL6_FIRST, ground_text=ground)
        agenda_proposal = live.ensure_agenda_proposal(s, item)
        for key, text, amends in case.proposals:
            live.add_proposal(s, item, text, by=seats[key].person, amends=agenda_proposal if amends else None)
        kind = case.kind or {
            CaseType.DECISION: ConclusionKind.CONSENSUS,
            CaseType.DISCUSSION: ConclusionKind.CONSENSUS,
            CaseType.INFORMATION: ConclusionKind.NOTED,
        }[item.case_type]
        decision = case.decision
        if not decision:
            if kind == ConclusionKind.NOTED:
                decision = phrases["noted"]
            elif kind == ConclusionKind.DEFERRED:
                decision = phrases["deferred"]
            elif item.case_type == CaseType.DISCUSSION:
                decision = phrases["discussed"].format(subj=SUBJECT[spec.key])
            else:
                decision = item.proposed_decision
                # Amendments put forward in the meeting are adopted with the proposal.
                for _key, text, amends in case.proposals:
                    if amends:
                        decision += " " + text.split(":", 1)[-1].strip()
        if kind == ConclusionKind.VOTE:
            assert case.vote is not None
            against = {seats[k].person_id for k in case.vote[0]}
            abstain = {seats[k].person_id for k in case.vote[1]}
            choices = {
                a.person_id: VoteChoice.AGAINST if a.person_id in against
                else VoteChoice.ABSTAIN if a.person_id in abstain
                else VoteChoice.FOR
                for a in voters_at_item(s, item)
            }
            assert against <= set(choices), "those voting against must be present"
            conclusion = live.record_vote(s, item, choices, proposal=agenda_proposal, decision_text=decision,
                                          at=at)
        else:
            conclusion = live.conclude(s, item, kind, decision_text=decision,
                                       no_consensus_outcome=case.outcome, at=at)
        for text, supporters, behind in case.protocol:
            live.add_protocol_entry(s, conclusion, text, supporters=[seats[k].person for k in supporters],
                                    behind_text=behind)
        day = meeting.starts_at.date()
        for f in case.follow_ups:
            person = None if f.who.startswith("text:") else seats[f.who].person
            follow_up = live.add_follow_up(
                s,
                body=meeting.body,
                item=item,
                what=f.what,
                responsible_person=person,
                responsible_text=f.who[5:] if f.who.startswith("text:") else "",
                due_on=(self.today if f.from_today else day) + timedelta(days=f.due),
            )
            if f.done_after is not None:
                held.follow_ups.append((follow_up.id, min(day + timedelta(days=f.done_after), self.today)))

    # -- attachments ------------------------------------------------------

    def _attach(self, s: Session, planned: list[tuple[M, Meeting]]) -> None:
        """Papers for every third case on an agenda, and for every case of an upcoming meeting
        whose notice has gone out: a saksframlegg, and for a decision case the draft it is
        about. Written for the notice, so dated then (or today, if that is earlier). Cases
        raised under Eventuelt have none. Added once the numbers are final."""
        for _plan, meeting in planned:
            noticed_upcoming = meeting.notice_sent_at is not None and meeting.starts_at.date() >= self.today
            when = min(meeting.starts_at - timedelta(days=14), self.now)
            for item in sorted(meeting.items, key=lambda i: i.position):
                if item.standard is not None or item.not_on_agenda:
                    continue
                self.cases_on_agendas += 1
                if not noticed_upcoming and self.cases_on_agendas % 3:
                    continue
                papers = [documents.saksframlegg(item, when)]
                if item.case_type == CaseType.DECISION:
                    papers.append(documents.draft(item, when))
                for filename, title, content in papers:
                    add_attachment(s, item, filename, content, title=title, mime_type=documents.DOCX_MIME_TYPE)

    # -- cases across bodies -----------------------------------------------

    def _link_cases(self, s: Session) -> None:
        """A topic treated in several bodies is one case (sent from SSU to the OUs, or from an OU
        up to SSU): its treatments keep their meetings, dates and numbers, and the case is the one
        its first treatment made, titled as there."""
        for item_ids in self.topic_items.values():
            if len(item_ids) < 2:
                continue
            items = [s.get(AgendaItem, i) for i in item_ids]
            first = min((i for i in items if i is not None),
                        key=lambda i: (i.meeting.starts_at if i.meeting is not None else datetime.max, i.id))
            for item in items:
                if item is not None and item.case_id != first.case_id:
                    agenda.join_case(s, item.id, first.case_id)

    # -- backlog ------------------------------------------------------------

    def _backlog(self, s: Session) -> None:
        for body_key, title, case_type, groups, by, background in BACKLOG:
            body = s.get(Body, self.body_ids[body_key])
            assert body is not None
            person = None
            label = PHRASES[body.language.value]["resp_sse"]
            if by is not None:
                membership = s.get(Membership, self.seat_ids[body_key][by])
                assert membership is not None
                person = membership.person
                label = self._person_label(membership, body.language.value)
            meetings.add_item(
                s,
                body_id=body.id,
                title=title,
                case_type=case_type,
                background=background,
                put_forward_by=label,
                put_forward_by_person_id=person.id if person is not None else None,
                priority_groups=groups,
            )
