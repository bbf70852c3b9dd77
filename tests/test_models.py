"""The ORM round-trips every table, and the database itself refuses bad rows."""

from __future__ import annotations

import uuid
from datetime import date, datetime

import pytest
import sqlalchemy as sa

from hfdesk.models import (
    AgendaItem,
    Attachment,
    Attendance,
    AttendanceStatus,
    Base,
    Body,
    Capacity,
    Case,
    CaseType,
    CompositionRule,
    Conclusion,
    ConclusionKind,
    Disqualification,
    DisqualificationGround,
    FollowUp,
    GuestItem,
    ItemPriorityGroup,
    ItemTiming,
    Language,
    Meeting,
    MeetingStatusChange,
    Membership,
    MinutesSignature,
    Organisation,
    Person,
    Proposal,
    ProposalFate,
    ProtocolEntry,
    ProtocolEntrySupporter,
    Rights,
    Role,
    Setting,
    Side,
    SpeakerEntry,
    Vote,
    VoteChoice,
    VoteRound,
)
from hfdesk.models.checkouts import MeetingCheckout, MeetingCopyOrigin
from hfdesk.models.register import Area


def build_everything(session) -> dict[str, int]:
    """One row (at least) in every table, related the way the domain relates them."""
    area = Area(name="Nordhordland")
    alver = Organisation(name="Alver kommune", side=Side.MUNICIPAL, area=area)
    hb = Organisation(name="Helse Bergen HF", side=Side.HOSPITAL, short_name="HB")
    ola = Person(given_name="Ola", family_name="Ærlig-Øvrebø", organisation=alver, email="ola@eksempel.no")
    kari = Person(given_name="Kari", family_name="Nordmann", organisation=hb)
    vara = Person(given_name="Åse", family_name="Vara", organisation=alver)
    ssu = Body(name="Strategisk samarbeidsutval", short_name="SSU", level=2, language=Language.NYNORSK)
    ou = Body(name="Områdeutval Nordhordland", short_name="OU NH", level=3, parent=ssu, area=area)
    rule = CompositionRule(body=ssu, label="Bergen maks 2", organisation=alver, max_count=2)
    m_ola = Membership(body=ssu, person=ola, role=Role.LEADER, rights=Rights.VOTE, organisation=alver,
                       area=area, term_from=date(2024, 1, 1), term_to=date(2027, 12, 31))
    m_kari = Membership(body=ssu, person=kari, role=Role.OBSERVER, rights=Rights.SPEAK_PROPOSE,
                        organisation=hb, term_from=date(2024, 1, 1))
    m_vara = Membership(body=ssu, person=vara, role=Role.DEPUTY, rights=Rights.VOTE, organisation=alver,
                        term_from=date(2024, 1, 1), deputy_for=m_ola, appointed_by=Side.MUNICIPAL)
    meeting = Meeting(body=ssu, starts_at=datetime(2025, 3, 4, 10), ends_at=datetime(2025, 3, 4, 14),
                      place="Haukeland", chair=ola, minute_taker=kari)
    case = Case(title="Utskrivingsklare pasientar", reference="2025/1234")
    item = AgendaItem(body_id=0, meeting=meeting, case=case, title="Utskrivingsklare pasientar", case_type=CaseType.DECISION,
                      number_year=2025, number_seq=7, exempt=True, exemption_basis="offl. § 13 jf. fvl. § 13",
                      proposed_decision="SSU tilrår partane å …", position=1)
    item.body = ssu
    item.priority_groups = [ItemPriorityGroup(group=3), ItemPriorityGroup(group=4)]
    payload = "vedlegg æøå".encode()
    item.attachments = [Attachment(filename="plan.pdf", size=len(payload), sha256="0" * 64, content=payload)]
    attendance_vara = Attendance(meeting=meeting, person=vara, membership=m_vara, capacity=Capacity.DEPUTY,
                                 status=AttendanceStatus.PRESENT, deputy_for=m_ola, from_item=item)
    attendance_kari = Attendance(meeting=meeting, person=kari, membership=m_kari, capacity=Capacity.GUEST,
                                 status=AttendanceStatus.PRESENT)
    session.add_all([area, alver, hb, ola, kari, vara, ssu, ou, rule, m_ola, m_kari, m_vara, meeting, item,
                     attendance_vara, attendance_kari])
    session.flush()
    attendance_kari.guest_items = [GuestItem(item_id=item.id)]
    dq = Disqualification(item=item, person=ola, ground=DisqualificationGround.FVL6_SECOND, ground_text="nær slekt")
    proposal = Proposal(item=item, text="Framlegg frå observatør", put_forward_by=kari)
    amendment = Proposal(item=item, text="Tillegg", put_forward_by=vara, amends=proposal, position=1,
                         fate=ProposalFate.FELL)
    conclusion = Conclusion(item=item, kind=ConclusionKind.VOTE, decision_text="Vedteke", adopted=True,
                            voted_proposal=proposal)
    # the amendment first, then the proposal as amended (or not)
    first = VoteRound(position=1, proposal=amendment, adopted=False)
    final = VoteRound(position=2, proposal=proposal, adopted=True)
    conclusion.vote_rounds = [final, first]
    conclusion.votes = [Vote(person=vara, choice=VoteChoice.AGAINST, round=first),
                        Vote(person=vara, choice=VoteChoice.FOR, round=final)]
    entry = ProtocolEntry(conclusion=conclusion, text="Kommunane meiner …", behind_text="kommunane")
    entry.supporters = [ProtocolEntrySupporter(person=vara)]
    follow = FollowUp(body=ssu, item=item, what="Lage plan", responsible_text="SSE", due_on=date(2025, 6, 1))
    change = MeetingStatusChange(meeting=meeting, from_status="planned", to_status="notice_sent", reason="")
    setting = Setting(key="community_name", text_value="Helsefellesskapet i Bergensområdet", blob_value=b"\x89PNG")
    signature = MinutesSignature(meeting=meeting, person=ola, position=1, signed_on=date(2025, 3, 5))
    session.add_all([signature, dq, proposal, amendment, conclusion, entry, follow, change, setting])
    session.flush()
    speaker = SpeakerEntry(item_id=item.id, person=vara, requested_at=datetime(2025, 3, 4, 10, 5),
                           started_at=datetime(2025, 3, 4, 10, 6))
    session.add(speaker)
    session.flush()
    session.add_all([SpeakerEntry(item_id=item.id, person=kari, parent_id=speaker.id,
                                  requested_at=datetime(2025, 3, 4, 10, 7)),
                     ItemTiming(item_id=item.id, started_at=datetime(2025, 3, 4, 10, 0),
                                ended_at=datetime(2025, 3, 4, 10, 30), seconds=1800)])
    session.flush()
    # last: a meeting taken along is read-only on the shared side (revision 0009): the shared side's checkout and the copy's origin
    taken = datetime(2025, 3, 1, 9, 12)
    session.add_all([
        MeetingCheckout(meeting_id=meeting.id, holder="ola", holder_host="PC-123", taken_at=taken, token=str(uuid.uuid4())),
        MeetingCopyOrigin(meeting_id=meeting.id, shared_database_id="a" * 32, shared_location="/delt/hfdesk.sqlite",
                          token=str(uuid.uuid4()), holder="ola", holder_host="PC-123", taken_at=taken),
    ])
    session.flush()
    return {"meeting": meeting.id, "item": item.id, "ssu": ssu.id}


def test_every_table_round_trips(db):
    with db.transaction() as session:
        ids = build_everything(session)
    for table in Base.metadata.sorted_tables:
        with db.session() as session:
            assert session.execute(sa.select(sa.func.count()).select_from(table)).scalar() >= 1, table.name
    with db.session() as session:
        item = session.get(AgendaItem, ids["item"])
        assert item.number_label == "7/25"
        assert [g.group for g in item.priority_groups] == [3, 4]
        assert item.attachments[0].content.decode() == "vedlegg æøå"
        assert item.meeting.body.short_name == "SSU"
        assert item.conclusion.votes[0].choice is VoteChoice.AGAINST
        rounds = item.conclusion.vote_rounds
        assert [(r.position, r.proposal.text, r.adopted) for r in rounds] == [(1, "Tillegg", False),
                                                                           (2, "Framlegg frå observatør", True)]
        assert [(v.choice, v.conclusion is item.conclusion) for v in rounds[1].votes] == [(VoteChoice.FOR, True)]
        assert [p.fate for p in item.proposals] == [ProposalFate.PENDING, ProposalFate.FELL]
        assert (item.case.title, item.case.reference) == ("Utskrivingsklare pasientar", "2025/1234")
        assert item.case.treatments == [item]
        assert item.conclusion.protocol_entries[0].supporters[0].person.given_name == "Åse"
        assert item.proposals[1].amends.text == "Framlegg frå observatør"
        assert item.disqualifications[0].ground is DisqualificationGround.FVL6_SECOND
        meeting = session.get(Meeting, ids["meeting"])
        deputy = next(a for a in meeting.attendances if a.capacity is Capacity.DEPUTY)
        assert deputy.deputy_for.person.family_name == "Ærlig-Øvrebø"
        assert deputy.from_item_id == item.id
        ssu = session.get(Body, ids["ssu"])
        assert [c.name for c in ssu.children] == ["Områdeutval Nordhordland"]
        assert ssu.composition_rules[0].max_count == 2
        assert session.get(Setting, "community_name").blob_value == b"\x89PNG"


def test_every_object_of_the_record_has_a_stable_uuid(db):
    with db.transaction() as session:
        build_everything(session)
    tables = [t.name for t in Base.metadata.sorted_tables if "uuid" in t.c]
    assert sorted(tables) == sorted(["meetings", "cases", "agenda_items", "proposals", "attendances", "conclusions",
                                     "vote_rounds", "votes", "protocol_entries", "follow_ups",
                                     "change_log"])  # a history entry keeps its uuid when it goes along and back
    with db.session() as session:
        for table in tables:
            values = session.execute(sa.text(f"SELECT uuid FROM {table}")).scalars().all()
            assert values and all(str(uuid.UUID(v)) == v for v in values), table
            assert len(set(values)) == len(values), table
        item = session.scalars(sa.select(AgendaItem)).first()
        kept = item.uuid
    with db.transaction() as session:  # an edit keeps it (the meeting handed back first: it is away)
        session.execute(sa.delete(MeetingCheckout))
        session.scalars(sa.select(AgendaItem)).first().title = "Nytt namn"
    with db.session() as session:
        assert session.scalars(sa.select(AgendaItem)).first().uuid == kept


def test_a_case_is_treated_in_several_meetings_and_bodies(db):
    with db.transaction() as session:
        build_everything(session)
        first = session.scalars(sa.select(AgendaItem)).first()
        other = Body(name="Områdeutval Vest", short_name="OU Vest", level=3, language=Language.NYNORSK)
        again = AgendaItem(body=other, case=first.case, title="Utskrivingsklare pasientar, oppfølging",
                           case_type=CaseType.DISCUSSION)
        session.add(again)
        session.flush()
        case_id = first.case_id
    with db.session() as session:
        case = session.get(Case, case_id)
        assert [(t.body.short_name, t.meeting is not None) for t in case.treatments] == [("SSU", True),
                                                                                      ("OU Vest", False)]


BAD_ROWS = [
    # (what, SQL) — each must be refused by SQLite itself
    ("unknown side", "INSERT INTO organisations (name, side, notes) VALUES ('X', 'martian', '')"),
    ("level out of range", "INSERT INTO bodies (name, short_name, level, language, quorum_rule, majority_rule,"
     " minutes_kind, std_approve_notice, std_approve_minutes, std_other_business, default_place,"
     " default_duration_minutes, term_years, description, sort_order) VALUES ('B', '', 7, 'nn', 'half',"
     " 'simple', 'referat', 1, 1, 1, '', 180, 4, '', 0)"),
    ("language not nb/nn", "UPDATE bodies SET language = 'en'"),
    ("fixed quorum without a count", "UPDATE bodies SET quorum_rule = 'fixed'"),
    ("term ends before it starts", "UPDATE memberships SET term_to = '2000-01-01'"),
    ("a member standing in for someone", "UPDATE memberships SET deputy_for_id = 1 WHERE role = 'observer'"),
    ("meeting ends before it starts", "UPDATE meetings SET ends_at = '2000-01-01 00:00:00.000000'"),
    ("exempt without legal basis", "UPDATE agenda_items SET exemption_basis = ''"),
    ("duplicate case number", "INSERT INTO agenda_items (uuid, case_id, body_id, meeting_id, position, number_year,"
     " number_seq, case_type, title, responsible, put_forward_by, background, proposed_decision, exempt,"
     " exemption_basis, duration_minutes, notes, not_on_agenda, created_at) SELECT 'dup', case_id, body_id,"
     " meeting_id, 9, 2025, 7, 'decision', 'Dup', '', '', '', '', 0, '', 5, '', 0, created_at FROM agenda_items"),
    ("an item without a case", "UPDATE agenda_items SET case_id = NULL"),
    ("a case deleted under its treatments", "DELETE FROM cases"),
    ("a case without a title", "UPDATE cases SET title = ' '"),
    ("a uuid twice", "INSERT INTO cases (uuid, title, reference, created_at) SELECT uuid, 'Kopi', '', created_at"
     " FROM cases"),
    ("a row without a uuid", "UPDATE meetings SET uuid = NULL"),
    ("unknown fate", "UPDATE proposals SET fate = 'lost'"),
    ("vote round 0", "UPDATE vote_rounds SET position = 0"),
    ("a vote without a round", "UPDATE votes SET round_id = NULL"),
    ("priority group 5", "INSERT INTO agenda_item_priority_groups (item_id, \"group\") SELECT id, 5 FROM agenda_items"),
    ("two votes by one person in a round", "INSERT INTO votes (uuid, conclusion_id, round_id, person_id, choice)"
     " SELECT 'dup' || id, conclusion_id, round_id, person_id, 'for' FROM votes"),
    ("no-consensus without outcome", "UPDATE conclusions SET kind = 'no_consensus', adopted = NULL"),
    ("attachment size lies", "UPDATE attachments SET size = 1"),
    ("done follow-up without date", "UPDATE follow_ups SET status = 'done'"),
    ("orphan attendance", "INSERT INTO attendances (meeting_id, person_id, capacity, status, note) VALUES (999, 1,"
     " 'member', 'present', '')"),
]


@pytest.mark.parametrize("what,sql", BAD_ROWS, ids=[w for w, _ in BAD_ROWS])
def test_database_refuses_bad_rows(db, what, sql):
    with db.transaction() as session:
        build_everything(session)
    with pytest.raises(sa.exc.IntegrityError):
        with db.transaction() as session:
            session.execute(sa.text(sql))
