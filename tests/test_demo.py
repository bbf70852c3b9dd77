"""The demo database (hfdesk.demo): the Bergen structure, a year of meetings, and
every kind of thing a secretary records, built through the services."""

from __future__ import annotations

import hashlib
import io
import itertools
import sqlite3
from collections import defaultdict
from datetime import date
from pathlib import Path

import docx
import pytest
import sqlalchemy as sa
from sqlalchemy.orm import Session

from hfdesk.db import head_revision, open_database
from hfdesk.demo import DELIBERATE_BREACHES, EXEMPTION_BASIS, build_demo
from hfdesk.errors import DatabaseMissing, FileExists
from hfdesk.models import (
    AgendaItem,
    Area,
    Attachment,
    Attendance,
    AttendanceStatus,
    Body,
    Capacity,
    CaseType,
    CompositionRule,
    Conclusion,
    ConclusionKind,
    Disqualification,
    FollowUp,
    FollowUpStatus,
    Language,
    Meeting,
    MeetingStatus,
    Membership,
    Organisation,
    Person,
    Proposal,
    ProtocolEntry,
    Rights,
    Role,
    Side,
    StandardItem,
    Vote,
    VoteChoice,
)
from hfdesk.services.composition import check_all
from hfdesk.services.live import is_flagged_other_business_decision, vote_tally
from hfdesk.services.rights import present_at, rights_at_item, vote_adopted, voters_at_item

AREAS = {
    "Bergen": {"Bergen"},
    "Bergensregionen": {"Askøy", "Austevoll", "Bjørnafjorden", "Samnanger", "Øygarden"},
    "Nordhordland": {"Alver", "Austrheim", "Fedje", "Gulen", "Masfjorden", "Modalen", "Osterøy"},
    "Voss": {"Eidfjord", "Kvam", "Ulvik", "Vaksdal", "Voss"},
}
HOSPITALS = {
    "Helse Bergen HF",
    "Haraldsplass Diakonale Sykehus",
    "NKS Olaviken alderspsykiatriske sykehus",
    "Solli DPS",
    "Betanien sykehus",
    "Voss DPS NKS Bjørkeli",
}
OU_NAMES = {f"Områdeutval {area}": area for area in AREAS}
HELD = (MeetingStatus.HELD, MeetingStatus.MINUTES_APPROVED)
SEAT_ROLES = (Role.LEADER, Role.DEPUTY_LEADER, Role.MEMBER)


@pytest.fixture
def session(demo_db):
    with demo_db.session() as s:
        yield s


def _bodies(session: Session) -> dict[str, Body]:
    return {b.name: b for b in session.scalars(sa.select(Body))}


def _held_meetings(session: Session) -> list[Meeting]:
    return list(
        session.scalars(sa.select(Meeting).where(Meeting.status.in_(HELD)).order_by(Meeting.starts_at))
    )


def _items_of_held(session: Session) -> list[AgendaItem]:
    return [i for m in _held_meetings(session) for i in m.items]


def _attendance(item: AgendaItem, person_id: int) -> Attendance | None:
    assert item.meeting is not None
    return next((a for a in item.meeting.attendances if a.person_id == person_id), None)


# -- the file ---------------------------------------------------------------


def test_demo_file_is_a_current_hfdesk_database(demo_file: Path) -> None:
    assert demo_file.is_file()
    con = sqlite3.connect(demo_file.resolve().as_uri() + "?mode=ro", uri=True)
    try:
        assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == head_revision()
        assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        con.execute("PRAGMA foreign_keys=ON")
        assert con.execute("PRAGMA foreign_key_check").fetchall() == []
        assert con.execute("SELECT count(*) FROM meetings").fetchone()[0] > 20
    finally:
        con.close()
    assert not demo_file.with_name(demo_file.name + "-journal").exists()


def test_demo_opens_and_names_the_helsefellesskap(demo_db) -> None:
    from hfdesk.models import Setting
    from hfdesk.services.register import SETTING_PARTNERSHIP_NAME

    with demo_db.session() as s:
        setting = s.get(Setting, SETTING_PARTNERSHIP_NAME)
        assert setting is not None
        assert setting.text_value == "Helsefellesskapet i Bergensområdet"


def test_refuses_to_overwrite_an_existing_file(tmp_path: Path, demo_copy: Path) -> None:
    for existing in (demo_copy, tmp_path / "notes.txt", tmp_path / "empty.sqlite"):
        if not existing.exists():
            existing.write_bytes(b"" if existing.suffix == ".sqlite" else b"Viktige notat\n")
        before = existing.read_bytes()
        mtime = existing.stat().st_mtime_ns
        with pytest.raises(FileExists) as info:
            build_demo(existing)
        message = str(info.value)
        assert existing.name in message and "finnes allerede" in message and "\n" not in message
        assert existing.read_bytes() == before
        assert existing.stat().st_mtime_ns == mtime
    assert not (tmp_path / "backups").exists()


def test_missing_folder_is_a_known_error_and_leaves_nothing(tmp_path: Path) -> None:
    target = tmp_path / "finst-ikkje" / "demo.sqlite"
    with pytest.raises(DatabaseMissing):
        build_demo(target)
    assert not target.parent.exists()


def test_same_day_gives_the_same_demo(demo_file: Path, tmp_path: Path) -> None:
    """Deterministic: built again for the same day, the content is the same (timestamps of
    when the rows were written aside)."""
    again = tmp_path / "again.sqlite"
    build_demo(again, today=date.today())

    def fingerprint(path: Path) -> dict[str, list[tuple]]:
        queries = {
            "people": "SELECT id, given_name, family_name, title, email, organisation_id FROM people",
            "memberships": "SELECT id, body_id, person_id, role, rights, organisation_id, area_id, "
            "appointed_by, term_from, term_to, deputy_for_id FROM memberships",
            "meetings": "SELECT id, body_id, starts_at, ends_at, place, status, approved_on, "
            "approved_in_item_id, notice_sent_at FROM meetings",
            "items": "SELECT id, meeting_id, position, number_year, number_seq, title, case_type, "
            "proposed_decision, notes, exempt, not_on_agenda FROM agenda_items",
            "attendances": "SELECT meeting_id, person_id, capacity, status, deputy_for_id, from_item_id, "
            "until_item_id FROM attendances",
            "conclusions": "SELECT item_id, kind, decision_text, adopted, concluded_at FROM conclusions",
            "votes": "SELECT conclusion_id, person_id, choice FROM votes",
            "follow_ups": "SELECT item_id, what, due_on, status, done_on FROM follow_ups",
            # The sha256 says the documents themselves are the same, byte for byte.
            "attachments": "SELECT item_id, position, filename, title, mime_type, size, sha256 FROM attachments",
        }
        con = sqlite3.connect(path)
        try:
            return {k: sorted(con.execute(q).fetchall(), key=repr) for k, q in queries.items()}
        finally:
            con.close()

    fingerprints = fingerprint(again), fingerprint(demo_file)
    assert fingerprints[0]["attachments"]
    assert fingerprints[0] == fingerprints[1]


# -- the register -------------------------------------------------------------


def test_eighteen_municipalities_in_four_areas(session: Session) -> None:
    areas = {a.name: a for a in session.scalars(sa.select(Area))}
    assert set(areas) == set(AREAS)
    municipalities = session.scalars(
        sa.select(Organisation).where(Organisation.side == Side.MUNICIPAL)
    ).all()
    assert len(municipalities) == 18
    by_area: dict[str, set[str]] = defaultdict(set)
    for org in municipalities:
        assert org.area is not None, org.name
        by_area[org.area.name].add(org.short_name or "")
    assert by_area == AREAS


def test_parties_of_every_side(session: Session) -> None:
    sides: dict[Side, set[str]] = defaultdict(set)
    for org in session.scalars(sa.select(Organisation)):
        sides[org.side].add(org.name)
    assert sides[Side.HOSPITAL] == HOSPITALS
    assert sides[Side.KS] and sides[Side.UNION] and sides[Side.GP]
    assert "Brukarutvalet i Helse Bergen" in sides[Side.USER]
    assert any("funksjonsned" in name for name in sides[Side.USER])
    assert sides[Side.SECRETARIAT] == {"Samarbeidssekretariatet (SSE)"}


def test_every_body_at_its_level_under_its_parent(session: Session) -> None:
    bodies = _bodies(session)
    psm, ssu = bodies["Partnarskapsmøte"], bodies["Strategisk samarbeidsutval"]
    assert (psm.level, psm.parent) == (1, None)
    assert (ssu.level, ssu.parent, ssu.short_name) == (2, psm, "SSU")
    for name, area in OU_NAMES.items():
        ou = bodies[name]
        assert (ou.level, ou.parent) == (3, ssu)
        assert ou.area is not None and ou.area.name == area
    faglege = [b for b in bodies.values() if b.level == 4]
    assert {"Medisinskfagleg utval", "Felles underutval for akuttmedisin og beredskap"} <= {
        b.name for b in faglege
    }
    assert all(b.parent == ssu for b in faglege)
    assert len(bodies) == 2 + 4 + len(faglege)
    for body in bodies.values():
        assert body.default_place, body.name
        expected = Language.BOKMAAL if body.name == "Områdeutval Bergen" else Language.NYNORSK
        assert body.language == expected, body.name


def test_composition_rules_follow_the_seeds(session: Session) -> None:
    bodies = _bodies(session)
    for body in bodies.values():
        assert len(body.composition_rules) >= 4, body.name
    ssu = bodies["Strategisk samarbeidsutval"]
    bergen_cap = [r for r in ssu.composition_rules if r.area is not None and r.area.name == "Bergen"]
    assert [(r.side, r.min_count, r.max_count) for r in bergen_cap] == [(Side.MUNICIPAL, 1, 2)]
    helse_bergen = [
        r for r in ssu.composition_rules if r.organisation and r.organisation.name == "Helse Bergen HF"
    ]
    assert [(r.min_count, r.max_count) for r in helse_bergen] == [(2, 2)]
    assert any(r.role == Role.LEADER and r.side == Side.MUNICIPAL for r in ssu.composition_rules)
    assert any(r.role == Role.DEPUTY_LEADER and r.side == Side.HOSPITAL for r in ssu.composition_rules)
    assert {r.appointed_by for r in ssu.composition_rules if r.side == Side.USER} == {
        Side.MUNICIPAL,
        Side.HOSPITAL,
    }
    ou_bergen = bodies["Områdeutval Bergen"]
    assert any(
        r.organisation is not None and r.organisation.name == "Bergen kommune" and r.max_count == 6
        for r in ou_bergen.composition_rules
    )
    for name in OU_NAMES:
        assert any(r.side == Side.GP and r.min_count >= 1 for r in bodies[name].composition_rules), name
    # Issue 18: at least one kommunedirektør in SSU; a kommuneoverlege in each OU, outside Bergen's
    # cap; the partnarskapsmøte's leader and deputy leader from different sides.
    assert any(r.position == "kommunedirektør" and r.min_count == 1 for r in ssu.composition_rules)
    for name in OU_NAMES:
        assert [(r.position, r.outside_caps, r.min_count, r.max_count) for r in bodies[name].composition_rules
                if r.position] == [("kommuneoverlege", True, 1, 1)], name
    assert [b.name for b in bodies.values() if b.leader_sides_differ] == ["Partnarskapsmøte"]
    assert all(b.deputy_same_side and not b.shared_deputies for b in bodies.values())


def test_members_deputies_observers_and_a_secretary_in_every_body(session: Session) -> None:
    today = date.today()
    for body in _bodies(session).values():
        current = [m for m in body.memberships if m.is_current(today)]
        roles = defaultdict(list)
        for m in current:
            roles[m.role].append(m)
        assert len(roles[Role.LEADER]) == 1 and len(roles[Role.DEPUTY_LEADER]) == 1, body.name
        assert len(roles[Role.MEMBER]) >= 4, body.name
        assert len(roles[Role.SECRETARY]) == 1, body.name
        assert roles[Role.SECRETARY][0].side == Side.SECRETARIAT
        assert roles[Role.SECRETARY][0].rights == Rights.NONE
        assert any(m.side == Side.USER for m in current), body.name
        for deputy in roles[Role.DEPUTY]:
            principal = deputy.deputy_for
            assert principal is not None and principal.body_id == body.id
            assert principal.role in SEAT_ROLES
        for observer in roles[Role.OBSERVER]:
            assert observer.rights == Rights.SPEAK_PROPOSE
    bodies = _bodies(session)
    for name in [n for n, b in bodies.items() if b.level >= 2]:  # every body that has deputies at all
        body = bodies[name]
        assert any(m.role == Role.DEPUTY and m.deputy_for_id for m in body.memberships), name
        assert any(m.role == Role.OBSERVER for m in body.memberships), name
    psm_observers = [m for m in bodies["Partnarskapsmøte"].memberships if m.role == Role.OBSERVER]
    assert {Side.GP, Side.USER, Side.KS, Side.UNION, Side.MUNICIPAL, Side.HOSPITAL} <= {
        m.side for m in psm_observers
    }


def test_people_are_invented(session: Session) -> None:
    people = session.scalars(sa.select(Person)).all()
    assert len(people) > 100
    assert all(p.email.endswith(".eksempel.no") for p in people)
    names = [(p.given_name, p.family_name) for p in people]
    assert len(names) == len(set(names))
    titles = {p.title for p in people}
    expected = {"kommunedirektør", "fastlege", "kommuneoverlege", "brukarrepresentant", "rådgjevar i SSE"}
    assert expected <= titles


# DELIBERATE_BREACHES as the checker reports them: the ended Nordhordland term leaves both a
# missing seat and an ended term without a successor.
EXPECTED_BREACHES = {
    ("Områdeutval Nordhordland", "missing_seat", "Brukarrepresentant oppnemnd av kommunane"),
    ("Områdeutval Nordhordland", "term_ended", "brukarrepresentant: user/municipal"),
    ("Områdeutval Voss", "missing_seat", "Fastlege"),
}


def _breaches(session: Session, on: date) -> set[tuple[str, str, str]]:
    """The composition checker's findings as (body, code, rule label or person)."""
    bodies = {b.id: b for b in session.scalars(sa.select(Body))}
    found = set()
    for body_id, breaches in check_all(session, on).items():
        for breach in breaches:
            if breach.rule_id is not None:
                what = session.get(CompositionRule, breach.rule_id).label
            else:
                membership = session.get(Membership, breach.membership_id)
                what = f"{membership.person.title}: {membership.side}/{membership.appointed_by}"
            found.add((bodies[body_id].name, breach.code, what))
    return found


def test_the_deliberate_composition_breaches_and_no_others(session: Session) -> None:
    today = date.today()
    assert _breaches(session, today) == EXPECTED_BREACHES
    assert len(DELIBERATE_BREACHES) == 2
    result = {session.get(Body, k).name: v for k, v in check_all(session, today).items()}
    assert len(result) == 8
    nordhordland = result["Områdeutval Nordhordland"]
    assert nordhordland[0].message == (
        "Mangler 1 brukerrepresentant oppnevnt av kommunene "
        "(regel: «Brukarrepresentant oppnemnd av kommunane», minst 1, har 0)"
    )
    assert nordhordland[1].message.startswith("Perioden til ")
    assert "(Råd for personar med funksjonsnedsetjing i Alver kommune) som medlem gikk ut" in nordhordland[1].message
    assert [b.message for b in result["Områdeutval Voss"]] == ["Mangler 1 fastlege (regel: «Fastlege», minst 1, har 0)"]
    # The Nordhordland seat is empty because a term ended: the ended membership is kept as history.
    ended = [m for m in _bodies(session)["Områdeutval Nordhordland"].memberships
             if m.term_to is not None and m.term_to < today]
    assert [(m.side, m.appointed_by) for m in ended] == [(Side.USER, Side.MUNICIPAL)]
    assert nordhordland[1].membership_id == ended[0].id
    # SSU changed a Helse Bergen representative half a year ago: a successor, so no ended term.
    assert result["Strategisk samarbeidsutval"] == []
    # 200 days ago the user representative was still in the seat; OU Voss already lacked a GP.
    assert _breaches(session, date.fromordinal(today.toordinal() - 200)) == {
        ("Områdeutval Voss", "missing_seat", "Fastlege"),
    }


# -- meetings and agendas -----------------------------------------------------


def test_held_and_upcoming_meetings_in_every_body(session: Session) -> None:
    today = date.today()
    for body in _bodies(session).values():
        meetings = sorted(body.meetings, key=lambda m: m.starts_at)
        past = [m for m in meetings if m.starts_at.date() < today and m.status != MeetingStatus.CANCELLED]
        upcoming = [m for m in meetings if m.starts_at.date() >= today]
        assert past and upcoming, body.name
        assert all(m.status in HELD for m in past), body.name
        # Older minutes are approved in the next meeting (or by circulation); the last awaits approval
        # unless it was circulated.
        for older, newer in itertools.pairwise(past):
            assert older.status == MeetingStatus.MINUTES_APPROVED, body.name
            item = session.get(AgendaItem, older.approved_in_item_id)
            assert item is not None and item.meeting == newer
            assert item.standard == StandardItem.APPROVE_MINUTES
            assert item.conclusion is not None and item.conclusion.kind == ConclusionKind.CONSENSUS
        last = past[-1]
        assert last.status == MeetingStatus.HELD or (
            last.approved_on is not None and last.approved_in_item_id is None
        )
        assert upcoming[0].status == MeetingStatus.NOTICE_SENT, body.name
        assert all(m.status == MeetingStatus.PLANNED for m in upcoming[1:]), body.name
        for meeting in meetings:
            assert meeting.chair is not None and meeting.minute_taker is not None
            if meeting.status != MeetingStatus.CANCELLED:
                assert any(i.standard is None for i in meeting.items), (body.name, meeting.starts_at)
    counts = {b.short_name: len(b.meetings) for b in _bodies(session).values()}
    assert counts["SSU"] >= 5 and counts["PSM"] >= 2
    assert all(counts[f"OU {area}"] >= 5 for area in AREAS)
    assert session.scalar(
        sa.select(sa.func.count(Meeting.id)).where(Meeting.status == MeetingStatus.CANCELLED)
    ) >= 1


def test_agendas_are_full(session: Session) -> None:
    cases = session.scalars(
        sa.select(AgendaItem).where(AgendaItem.standard.is_(None), AgendaItem.meeting_id.is_not(None))
    ).all()
    assert len(cases) > 60
    assert {c.case_type for c in cases} == set(CaseType)
    for case in cases:
        assert case.background and case.proposed_decision and case.responsible and case.put_forward_by
        assert case.duration_minutes > 0
    assert sum(1 for c in cases if c.priority_groups) > len(cases) / 2
    assert any(c.proposed_decision.startswith("SSU tilrår partane å") for c in cases)
    user_put_forward = [
        c
        for c in cases
        if c.put_forward_by_person is not None
        and any(m.side == Side.USER for m in c.put_forward_by_person.memberships)
    ]
    assert len(user_put_forward) >= 3
    for meeting in session.scalars(sa.select(Meeting).where(Meeting.status != MeetingStatus.CANCELLED)):
        kinds = [i.standard for i in meeting.items]
        assert kinds[:2] == [StandardItem.APPROVE_NOTICE, StandardItem.APPROVE_MINUTES]
        assert StandardItem.OTHER_BUSINESS in kinds


def test_bokmaal_body_writes_bokmaal(session: Session) -> None:
    ou_bergen = _bodies(session)["Områdeutval Bergen"]
    titles = [i.title for m in ou_bergen.meetings for i in m.items]
    assert "Godkjenning av innkalling og saksliste" in titles
    assert "Felles handlingsplan for skrøpelige eldre" in titles
    assert not any("skrøpelege" in t or "sakliste" in t for t in titles)


def test_numbers_per_body_and_year_are_gapless_and_in_order(session: Session) -> None:
    rows = session.execute(
        sa.select(AgendaItem.body_id, AgendaItem.number_year, AgendaItem.number_seq, Meeting.starts_at)
        .join(Meeting, Meeting.id == AgendaItem.meeting_id)
        .where(AgendaItem.number_seq.is_not(None))
        .order_by(Meeting.starts_at, AgendaItem.position)
    ).all()
    seqs: dict[tuple[int, int], list[int]] = defaultdict(list)
    for body_id, year, seq, starts_at in rows:
        assert year == starts_at.year
        seqs[(body_id, year)].append(seq)
    assert seqs
    for key, numbers in seqs.items():
        assert numbers == list(range(1, len(numbers) + 1)), key


def test_backlog_cases(session: Session) -> None:
    backlog = session.scalars(sa.select(AgendaItem).where(AgendaItem.meeting_id.is_(None))).all()
    assert len({i.body_id for i in backlog}) >= 2
    assert all(not i.is_numbered for i in backlog)
    assert any(i.put_forward_by_person is not None for i in backlog)


# -- what happened in the held meetings --------------------------------------


def test_every_held_item_is_concluded_and_every_attendee_registered(session: Session) -> None:
    for meeting in _held_meetings(session):
        assert all(i.conclusion is not None for i in meeting.items), meeting.starts_at
        assert all(a.status != AttendanceStatus.EXPECTED for a in meeting.attendances)
        assert any(a.capacity == Capacity.SECRETARIAT for a in meeting.attendances)
    assert session.scalar(sa.select(sa.func.count(Conclusion.id)).where(Conclusion.without_quorum)) == 0


def test_each_conclusion_kind_at_least_once(session: Session) -> None:
    kinds = set(session.scalars(sa.select(Conclusion.kind)))
    assert kinds == set(ConclusionKind)
    no_consensus = session.scalars(
        sa.select(Conclusion).where(Conclusion.kind == ConclusionKind.NO_CONSENSUS)
    ).all()
    assert all(c.no_consensus_outcome is not None and c.decision_text for c in no_consensus)
    assert len({c.no_consensus_outcome for c in no_consensus}) == 2


def test_a_vote_with_someone_against(session: Session) -> None:
    votes = session.scalars(sa.select(Conclusion).where(Conclusion.kind == ConclusionKind.VOTE)).all()
    assert votes
    conclusion = votes[0]
    tally = vote_tally(conclusion)
    assert tally[VoteChoice.AGAINST] >= 1 and tally[VoteChoice.FOR] > tally[VoteChoice.AGAINST]
    majority = conclusion.item.meeting.body.majority_rule
    assert conclusion.adopted == vote_adopted(majority, tally[VoteChoice.FOR], tally[VoteChoice.AGAINST])
    voters = {a.person_id for a in voters_at_item(session, conclusion.item)}
    assert {v.person_id for v in conclusion.votes} == voters
    assert conclusion.voted_proposal is not None and conclusion.voted_proposal.from_agenda


def test_protocol_entries_name_who_stands_behind(session: Session) -> None:
    entries = session.scalars(sa.select(ProtocolEntry)).all()
    assert entries
    for entry in entries:
        assert entry.conclusion.kind == ConclusionKind.CONSENSUS_WITH_PROTOCOL
        assert entry.behind_text and entry.supporters
        for supporter in entry.supporters:
            attendance = _attendance(entry.conclusion.item, supporter.person_id)
            assert attendance is not None and present_at(attendance, entry.conclusion.item)


def test_a_disqualified_member_neither_votes_nor_counts(session: Session) -> None:
    dqs = session.scalars(sa.select(Disqualification)).all()
    assert dqs
    for dq in dqs:
        assert dq.ground_text
        attendance = _attendance(dq.item, dq.person_id)
        assert attendance is not None and attendance.capacity == Capacity.MEMBER
        assert present_at(attendance, dq.item)
        rights = rights_at_item(attendance, dq.item, {dq.person_id})
        assert rights.disqualified and not rights.may_vote and not rights.counts_for_quorum
        assert dq.person_id not in {a.person_id for a in voters_at_item(session, dq.item)}


def test_a_deputy_stands_in_for_a_member_with_forfall(session: Session) -> None:
    standing_in = session.scalars(
        sa.select(Attendance).where(Attendance.deputy_for_id.is_not(None))
    ).all()
    assert standing_in
    for attendance in standing_in:
        assert attendance.capacity == Capacity.DEPUTY and attendance.status == AttendanceStatus.PRESENT
        assert attendance.membership is not None and attendance.membership.role == Role.DEPUTY
        member = attendance.deputy_for.person_id
        absent = next(a for a in attendance.meeting.attendances if a.person_id == member)
        assert absent.status == AttendanceStatus.REPORTED_ABSENT
    attendance = standing_in[0]
    case = next(i for i in attendance.meeting.items if i.standard is None)
    assert attendance.person_id in {a.person_id for a in voters_at_item(session, case)}


def test_late_arrival_and_early_leave(session: Session) -> None:
    late = session.scalars(sa.select(Attendance).where(Attendance.from_item_id.is_not(None))).all()
    early = session.scalars(sa.select(Attendance).where(Attendance.until_item_id.is_not(None))).all()
    assert late and early
    for attendance in late:
        items = attendance.meeting.items
        assert not present_at(attendance, items[0])
        assert present_at(attendance, attendance.from_item)
    for attendance in early:
        items = attendance.meeting.items
        assert present_at(attendance, attendance.until_item)
        assert not present_at(attendance, items[-1])


def test_a_guest_paa_sak_only_for_the_named_item(session: Session) -> None:
    guests = session.scalars(sa.select(Attendance).where(Attendance.capacity == Capacity.GUEST)).all()
    assert guests
    for guest in guests:
        named = {g.item_id for g in guest.guest_items}
        assert named
        for item in guest.meeting.items:
            rights = rights_at_item(guest, item, set())
            assert rights.present == (item.id in named)
            assert not rights.may_vote and not rights.may_propose


def test_an_exempt_item_with_its_basis_in_a_held_meeting(session: Session) -> None:
    exempt = [i for i in _items_of_held(session) if i.exempt]
    assert exempt
    for item in exempt:
        assert item.exemption_basis == EXEMPTION_BASIS == "offl. § 13 jf. fvl. § 13"
        cases = [i for i in item.meeting.items if i.standard is None and not i.not_on_agenda]
        assert cases[-1] is item  # exempt cases go last


def test_a_case_not_on_the_agenda_decided_under_eventuelt(session: Session) -> None:
    raised = [i for i in _items_of_held(session) if i.not_on_agenda]
    assert raised
    assert any(is_flagged_other_business_decision(i) and i.conclusion.decision_text for i in raised)
    for item in raised:
        items = item.meeting.items
        assert items.index(item) > next(
            n for n, i in enumerate(items) if i.standard == StandardItem.OTHER_BUSINESS
        )


def test_follow_ups_open_done_and_overdue(session: Session) -> None:
    today = date.today()
    follow_ups = session.scalars(sa.select(FollowUp)).all()
    done = [f for f in follow_ups if f.status == FollowUpStatus.DONE]
    open_ = [f for f in follow_ups if f.status == FollowUpStatus.OPEN]
    overdue = [f for f in open_ if f.due_on is not None and f.due_on < today]
    assert done and overdue and any(f.due_on and f.due_on >= today for f in open_)
    assert all(f.done_on is not None and f.done_on <= today for f in done)
    assert all(f.responsible_person is not None or f.responsible_text for f in follow_ups)
    assert all(f.item is not None and f.item.conclusion is not None for f in follow_ups)


def test_proposals_by_members_and_by_an_observer(session: Session) -> None:
    proposals = session.scalars(sa.select(Proposal).where(Proposal.from_agenda.is_(False))).all()
    capacities = set()
    for proposal in proposals:
        assert proposal.put_forward_by is not None
        attendance = _attendance(proposal.item, proposal.put_forward_by_id)
        assert attendance is not None
        assert rights_at_item(attendance, proposal.item, set()).may_propose
        capacities.add(attendance.capacity)
    assert {Capacity.MEMBER, Capacity.OBSERVER} <= capacities


def test_observers_never_vote(session: Session) -> None:
    observers_seen = 0
    for item in _items_of_held(session):
        voters = voters_at_item(session, item)
        assert voters or item.meeting.body.quorum_rule.value == "none"
        assert all(a.capacity in (Capacity.MEMBER, Capacity.DEPUTY) for a in voters)
        for attendance in item.meeting.attendances:
            if attendance.capacity == Capacity.OBSERVER and present_at(attendance, item):
                rights = rights_at_item(attendance, item, set())
                assert rights.may_propose and rights.may_speak and not rights.may_vote
                observers_seen += 1
    assert observers_seen > 50
    for vote in session.scalars(sa.select(Vote)):
        attendance = _attendance(vote.conclusion.item, vote.person_id)
        assert attendance is not None and attendance.capacity != Capacity.OBSERVER


# -- attachments (vedlegg) ----------------------------------------------------

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"


def _docx_text(content: bytes) -> str:
    return "\n".join(p.text for p in docx.Document(io.BytesIO(content)).paragraphs)


def test_papers_for_a_share_of_the_cases_and_every_case_of_a_noticed_meeting(session: Session) -> None:
    today = date.today()
    cases = session.scalars(
        sa.select(AgendaItem).where(
            AgendaItem.standard.is_(None), AgendaItem.meeting_id.is_not(None), AgendaItem.not_on_agenda.is_(False)
        )
    ).all()
    with_papers = [c for c in cases if c.attachments]
    assert len(cases) / 4 < len(with_papers) < len(cases) * 2 / 3
    assert any(c.meeting.status in HELD for c in with_papers)
    noticed = [
        c for c in cases if c.meeting.notice_sent_at is not None and c.meeting.starts_at.date() >= today
    ]
    assert noticed and all(c.attachments for c in noticed)
    for case in with_papers:
        # A saksframlegg first; a decision case also has the draft it is about.
        titles = [a.title for a in case.attachments]
        assert titles[0] == "Saksframlegg"
        assert len(titles) == (2 if case.case_type == CaseType.DECISION else 1), case.title
        assert [a.position for a in case.attachments] == list(range(len(titles)))
    # No papers for the standard items, for cases raised under Eventuelt, or in the backlog.
    for attachment in session.scalars(sa.select(Attachment)):
        item = attachment.item
        assert item.standard is None and not item.not_on_agenda and item.meeting_id is not None


def test_attachments_are_small_word_documents_about_their_case(session: Session) -> None:
    attachments = session.scalars(sa.select(Attachment)).all()
    assert attachments
    for attachment in attachments:
        item, content = attachment.item, attachment.content
        assert attachment.size == len(content) < 16 * 1024
        assert attachment.sha256 == hashlib.sha256(content).hexdigest()
        assert attachment.mime_type == DOCX and attachment.filename.endswith(".docx")
        assert item.body.short_name in attachment.filename
        text = _docx_text(content)
        assert item.title in text and item.background in text and item.proposed_decision in text
        properties = docx.Document(io.BytesIO(content)).core_properties
        assert properties.created == properties.modified
        assert properties.created.date() <= min(item.meeting.starts_at.date(), date.today())
        # The case number once it is final, that is once the notice has gone out.
        if item.meeting.notice_sent_at is not None:
            assert item.number_label.replace("/", "-") in attachment.filename
            assert attachment.title != "Saksframlegg" or item.number_label in text
        else:
            assert " sak " not in attachment.filename
    assert any(a.item.meeting.notice_sent_at is None for a in attachments)


def test_papers_are_written_in_the_body_s_language(session: Session) -> None:
    proposals = defaultdict(set)
    for attachment in session.scalars(sa.select(Attachment).where(Attachment.title == "Saksframlegg")):
        text = _docx_text(attachment.content)
        proposals[attachment.item.body.language].add(
            "Forslag til vedtak" in text and "Framlegg til vedtak" not in text
        )
    assert proposals == {Language.BOKMAAL: {True}, Language.NYNORSK: {False}}


# -- other days -----------------------------------------------------------------


@pytest.mark.slow
@pytest.mark.parametrize("today", [date(2027, 1, 3), date(2026, 7, 20), date(2028, 12, 20)])
def test_any_day_gives_past_and_upcoming_meetings(tmp_path: Path, today: date) -> None:
    path = tmp_path / "demo.sqlite"
    build_demo(path, today=today)
    database = open_database(path)
    try:
        with database.session() as s:
            for body in s.scalars(sa.select(Body)):
                starts = [m.starts_at.date() for m in body.meetings if m.status in HELD]
                assert starts and max(starts) < today, body.name
                assert any(m.starts_at.date() >= today for m in body.meetings), body.name
                assert all(m.starts_at.month != 7 for m in body.meetings), body.name
            assert set(s.scalars(sa.select(Conclusion.kind))) == set(ConclusionKind)
            for column in (Attendance.deputy_for_id, Attendance.from_item_id, Attendance.until_item_id):
                assert s.scalar(sa.select(sa.func.count(Attendance.id)).where(column.is_not(None))), column
            assert _breaches(s, today) == EXPECTED_BREACHES
    finally:
        database.close()
