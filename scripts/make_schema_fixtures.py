"""Build the database fixtures of each released schema: tests/fixtures/schema-<revision>.db.

    python scripts/make_schema_fixtures.py [--force] [--revision 0001]

A fixture is a file as the hfdesk release with that schema left it, for
tests/test_migrations.py to upgrade to head and check that every row survives. Nothing
is checked out of version control: each file is made by running the migrations up to
that revision on an empty file (Alembic, as hfdesk does when it opens a file) and then
inserting representative rows with plain SQL, in that revision's own columns:

* 1,200 people with Norwegian names (æ, ø, å, and a few from further away), 1,100
  memberships in six bodies on four levels, deputies standing for members, ended terms;
* organisations of every side, areas, composition rules, settings (text and a blob);
* 24 meetings in every status, each with its standard items and cases (numbered per body
  and year), a backlog, exempt cases, priority groups, a small attachment;
* for the held meetings: attendance (present, absent, a deputy standing in, a guest for
  one case), a disqualification, proposals, conclusions of every kind, votes, protocol
  entries with supporters, follow-ups open and done; minutes approved in a later meeting.

The rows are the same for every revision (the released schemas differ only in the
search index of 0002, which its triggers fill, and the database identity of 0003, whose
random id and time are set to fixed ones here). They are made from a fixed seed, so
running the script again gives the same rows; the files are ``.db`` because ``*.sqlite``
is ignored by git. A new release with a new schema adds its revision to RELEASED,
runs this script (existing fixtures are kept; ``--force`` rebuilds them), and commits the
new file. Never rebuild the fixture of an older release after its migration changed:
the point is to keep what that release really wrote.
"""

from __future__ import annotations

import argparse
import hashlib
import random
import sqlite3
import sys
from datetime import datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

RELEASED = ("0001", "0002", "0003", "0004", "0005", "0006")
FIXTURES = ROOT / "tests" / "fixtures"
SEED = 20261123

GIVEN = ("Åse", "Øystein", "Kari", "Ola", "Bjørn", "Sølvi", "Håkon", "Ærlend", "Gro", "Tor", "Ingrid", "Åsmund",
         "Sigrid", "Eirik", "Marit", "Jørgen", "Ragnhild", "Per Øyvind", "Anne-Lise", "Mohammed", "Aleksandra",
         "Nguyễn", "Siv", "Lars", "Brita")
FAMILY = ("Ødegård", "Hæreid", "Aasen", "Bø", "Sæbø", "Myklebust", "Løvås", "Kvåle", "Hansen", "Nilsen",
          "Skår", "Fjære", "Øvrebø", "Tveit", "Brække", "Haugland", "Lunde", "Søreide", "Åkre", "Ali",
          "Kowalska", "Trần", "Dahl", "Vik", "Røyrvik")
TITLES = ("", "Kommunalsjef", "Fastlege", "Rådgjevar", "Seksjonsleiar", "Brukarrepresentant", "Klinikkdirektør")
MUNICIPALITIES = ("Alver", "Askøy", "Austevoll", "Austrheim", "Bergen", "Bjørnafjorden", "Eidfjord", "Fedje",
                  "Masfjorden", "Modalen", "Osterøy", "Samnanger", "Tysnes", "Ulvik", "Vaksdal", "Voss",
                  "Øygarden", "Kvam")
AREAS = ("Nordhordland", "Vest", "Bergen", "Voss, Hardanger og Kvam")
SIDES = ("municipal", "hospital", "user", "gp", "ks", "union", "secretariat", "other")
ROLES = ("leader", "deputy_leader", "member", "deputy", "observer", "secretary")
RIGHTS = {"leader": "vote", "deputy_leader": "vote", "member": "vote", "deputy": "vote", "observer": "speak_propose",
          "secretary": "none"}
STATUSES = ("planned", "notice_sent", "held", "minutes_approved", "cancelled")
KINDS = ("consensus", "consensus_with_protocol", "vote", "no_consensus", "deferred", "noted")
STANDARD = (("approve_notice", "Godkjenning av innkalling og sakliste", "decision"),
            ("approve_minutes", "Godkjenning av referat frå førre møte", "decision"),
            ("other_business", "Eventuelt", "information"))
TOPICS = ("Utskrivingsklare pasientar", "Felles legevakt", "Kvardagsrehabilitering for skrøpelege eldre",
          "Barn og unge si psykiske helse", "Digital heimeoppfølging", "Rekruttering av fastlegar",
          "Tenesteavtale 3 – «innlegging»", "Beredskap og smittevern", "Ernæring i heimetenesta",
          "Samhandling om rus og psykisk helse", "Ventetid på sjukeheim", "Pakkeforløp heim for pasientar med kreft")


def _ts(value: datetime) -> str:
    return value.strftime("%Y-%m-%d %H:%M:%S.%f")


class _Writer:
    def __init__(self, con: sqlite3.Connection) -> None:
        self.con = con

    def insert(self, table: str, **values: object) -> int:
        columns = ", ".join(f'"{c}"' for c in values)
        marks = ", ".join("?" for _ in values)
        cursor = self.con.execute(f'INSERT INTO "{table}" ({columns}) VALUES ({marks})', tuple(values.values()))
        return int(cursor.lastrowid or 0)


def insert_rows(con: sqlite3.Connection, revision: str) -> None:
    """The representative rows, with plain SQL (the same for every released revision)."""
    rng = random.Random(SEED)
    w = _Writer(con)
    if revision >= "0003":  # the row its migration made, with a random id: a fixed one, so the file can be made again
        con.execute("UPDATE database_identity SET id = ?, created_at = ?",
                    (hashlib.sha256(f"{SEED}".encode()).hexdigest()[:32], _ts(datetime(2026, 12, 6, 13, 0))))
    areas = [w.insert("areas", name=name, sort_order=i) for i, name in enumerate(AREAS)]
    w.insert("settings", key="partnership_name", text_value="Helsefellesskapet i Bergensområdet", blob_value=None)
    w.insert("settings", key="logo", text_value="", blob_value=bytes(range(256)) * 4)

    def body(name: str, short: str, level: int, parent: int | None, area: int | None = None, **extra: object) -> int:
        values = dict(name=name, short_name=short, level=level, parent_id=parent, area_id=area, language="nn",
                      quorum_rule="half", quorum_count=None, majority_rule="simple", minutes_kind="referat",
                      std_approve_notice=1, std_approve_minutes=1, std_other_business=1,
                      default_place="Haukeland universitetssjukehus, møterom «Fjæra»", default_duration_minutes=120,
                      term_years=2, description="Oppretta ved avtale; sjå tenesteavtalen § 3.", sort_order=level,
                      dissolved_on=None)
        values.update(extra)
        return w.insert("bodies", **values)

    pm = body("Partnarskapsmøtet", "PSM", 1, None, language="nb", minutes_kind="protokoll")
    ssu = body("Strategisk samarbeidsutval", "SSU", 2, pm, majority_rule="two_thirds")
    ou_vest = body("Områdeutval Vest", "OU Vest", 3, ssu, areas[1])
    ou_voss = body("Områdeutval Voss, Hardanger og Kvam", "OU Voss", 3, ssu, areas[3], quorum_rule="fixed",
                   quorum_count=3)
    fu = body("Fagleg samarbeidsutval for barn og unge", "FSU Barn", 4, ssu, quorum_rule="none", language="nb")
    old = body("Arbeidsgruppe for legevakt (nedlagt)", "AG Legevakt", 4, ssu, dissolved_on="2024-06-30")
    bodies = [pm, ssu, ou_vest, ou_voss, fu, old]

    orgs: list[tuple[int, str]] = []
    for i, name in enumerate(MUNICIPALITIES):
        orgs.append((w.insert("organisations", name=f"{name} kommune", short_name=name, side="municipal",
                              area_id=areas[i % len(areas)], notes=""), "municipal"))
    for name, short, side in (("Helse Bergen HF", "Helse Bergen", "hospital"),
                              ("Haraldsplass Diakonale Sykehus", "HDS", "hospital"),
                              ("Brukarutvalet i Helse Bergen", "BU", "user"), ("Fastlegane i Bergen", None, "gp"),
                              ("KS Vestland", "KS", "ks"), ("Fagforbundet", None, "union"),
                              ("Sekretariatet for helsefellesskapet", "Sekr.", "secretariat"),
                              ("Statsforvaltaren i Vestland", "SFV", "other")):
        orgs.append((w.insert("organisations", name=name, short_name=short, side=side, area_id=None,
                              notes="Merknad med «hermeteikn» og æøå"), side))
    for b in bodies:
        for j, side in enumerate(("municipal", "hospital", "user")):
            w.insert("composition_rules", body_id=b, label=f"Representantar for {side}", side=side,
                     appointed_by=side, organisation_id=None, area_id=None, role=None, min_count=1 + j,
                     max_count=None if j == 2 else 3 + j, sort_order=j)
        w.insert("composition_rules", body_id=b, label="Leiar frå sjukehuset", side="hospital", appointed_by=None,
                 organisation_id=orgs[len(MUNICIPALITIES)][0], area_id=None, role="leader", min_count=1,
                 max_count=1, sort_order=9)

    people = []
    for i in range(1200):
        given, family = rng.choice(GIVEN), rng.choice(FAMILY)
        email = "" if i % 7 == 0 else f"{given.split()[0].lower()}.{family.lower()}{i}@eksempel.no"
        phone = "" if i % 5 == 0 else f"{rng.randint(40, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)} {rng.randint(10, 99)}"
        org, _ = rng.choice(orgs)
        people.append(w.insert("people", given_name=given, family_name=family, title=rng.choice(TITLES), email=email,
                               phone=phone, organisation_id=None if i % 11 == 0 else org,
                               notes="" if i % 3 else "Ønskjer innkalling på papir."))

    members: dict[int, list[int]] = {b: [] for b in bodies}
    seats: dict[int, list[tuple[int, int, str]]] = {b: [] for b in bodies}  # (membership id, person id, role)
    created = datetime(2023, 1, 2, 8, 0)
    for i in range(1100):
        b = bodies[i % len(bodies)]
        person = people[i]
        voting = [s for s in seats[b] if s[2] in ("leader", "deputy_leader", "member")]
        if not seats[b]:
            role = "leader"
        elif len(seats[b]) == 1:
            role = "deputy_leader"
        else:
            role = rng.choice(("member", "member", "member", "deputy", "observer", "secretary"))
        deputy_for = rng.choice(voting)[0] if role == "deputy" and voting else None
        org, side = rng.choice(orgs)
        ended = i % 9 == 0
        mid = w.insert("memberships", body_id=b, person_id=person, role=role, rights=RIGHTS[role], organisation_id=org,
                       area_id=areas[i % 4] if i % 4 == 0 else None, appointed_by=side if i % 2 else None,
                       represents_text="Kommunane i Nordhordland" if i % 13 == 0 else "",
                       term_from="2023-01-01", term_to="2024-12-31" if ended else ("2026-12-31" if i % 2 else None),
                       deputy_for_id=deputy_for, notes="", created_at=_ts(created + timedelta(minutes=i)))
        seats[b].append((mid, person, role))
        if role in ("leader", "deputy_leader", "member") and not ended:
            members[b].append(mid)

    proposal_count = 0
    seq: dict[tuple[int, int], int] = {}
    meeting_ids: list[tuple[int, int, str, list[int]]] = []  # (meeting, body, status, item ids)
    for k in range(24):
        b = bodies[k % 5]
        status = STATUSES[k % 5]
        starts = datetime(2024 + k // 12, 1 + k % 12, 10 + k % 15, 9 + k % 4, 30 if k % 2 else 0)
        seat_people = [p for _, p, r in seats[b] if r in ("leader", "secretary")]
        meeting = w.insert("meetings", body_id=b, title="" if k % 3 else f"Ekstraordinært møte {k}",
                           starts_at=_ts(starts), ends_at=_ts(starts + timedelta(hours=2)),
                           place="Kommunehuset på Straume" if k % 2 else "Teams", video_link="" if k % 2 else
                           "https://teams.eksempel.no/møte/" + str(k), chair_id=seat_people[0] if seat_people else None,
                           minute_taker_id=seat_people[-1] if seat_people else None, status=status,
                           notice_sent_at=None if status in ("planned",) else _ts(starts - timedelta(days=14)),
                           cancelled_reason="For få påmelde" if status == "cancelled" else "", approved_on=None,
                           approved_in_item_id=None, current_item_id=None, notes="")
        if status != "planned":
            w.insert("meeting_status_changes", meeting_id=meeting, from_status="planned", to_status="notice_sent",
                     changed_at=_ts(starts - timedelta(days=14)), reason="")
        items = []
        numbered = status != "cancelled"
        for pos in range(6):
            standard = STANDARD[0] if pos == 0 else STANDARD[1] if pos == 1 else STANDARD[2] if pos == 5 else None
            key = (b, starts.year)
            if numbered:
                seq[key] = seq.get(key, 0) + 1
            exempt = pos == 4 and k % 4 == 0
            items.append(w.insert(
                "agenda_items", body_id=b, meeting_id=meeting, position=pos,
                number_year=starts.year if numbered else None, number_seq=seq[key] if numbered else None,
                standard=standard[0] if standard else None,
                case_type=standard[2] if standard else rng.choice(("decision", "discussion", "information")),
                title=standard[1] if standard else f"{rng.choice(TOPICS)} ({k}.{pos})",
                responsible="Sekretariatet" if pos % 2 else "", responsible_person_id=None,
                put_forward_by="Brukarutvalet" if pos == 3 else "", put_forward_by_person_id=people[k] if pos == 2 else None,
                background="Bakgrunn: samhandlinga mellom kommunane og sjukehuset om «utskrivingsklare» pasientar. " * (1 + pos),
                proposed_decision="" if standard else "Utvalet sluttar seg til tilrådinga.",
                exempt=1 if exempt else 0, exemption_basis="Offl. § 13, jf. fvl. § 13" if exempt else "",
                duration_minutes=15 + 5 * pos, notes="", not_on_agenda=0,
                created_at=_ts(starts - timedelta(days=30, minutes=pos))))
            if not standard and pos % 2 == 0:
                w.insert("agenda_item_priority_groups", item_id=items[-1], group=1 + k % 4)
        w.insert("attachments", item_id=items[2], position=0, filename=f"Saksframlegg {k} – æøå.docx",
                 title="Saksframlegg", mime_type="application/vnd.openxmlformats-officedocument.wordprocessingml.document",
                 size=64, sha256=hashlib.sha256(bytes(range(64))).hexdigest(), content=bytes(range(64)),
                 added_at=_ts(starts - timedelta(days=20)))
        meeting_ids.append((meeting, b, status, items))

        if status not in ("held", "minutes_approved"):
            continue
        present = members[b][: max(1, len(members[b]) - 2)]
        attendance_ids = []
        for j, mid in enumerate(members[b]):
            person = next(p for m, p, _ in seats[b] if m == mid)
            attendance_ids.append(w.insert(
                "attendances", meeting_id=meeting, person_id=person, membership_id=mid, capacity="member",
                status="present" if mid in present else "reported_absent", deputy_for_id=None,
                from_item_id=items[3] if j == 1 else None, until_item_id=None, note="Kom seint" if j == 1 else ""))
        deputies = [(m, p) for m, p, r in seats[b] if r == "deputy"]
        absent = [m for m in members[b] if m not in present]
        if deputies and absent:
            w.insert("attendances", meeting_id=meeting, person_id=deputies[0][1], membership_id=deputies[0][0],
                     capacity="deputy", status="present", deputy_for_id=absent[0], from_item_id=None,
                     until_item_id=None, note="")
        guest = w.insert("attendances", meeting_id=meeting, person_id=people[1100 + k], membership_id=None,
                         capacity="guest", status="present", deputy_for_id=None, from_item_id=None,
                         until_item_id=None, note="Innleiar i sak")
        w.insert("attendance_guest_items", attendance_id=guest, item_id=items[2])
        present_people = [next(p for m, p, _ in seats[b] if m == mid) for mid in present]
        w.insert("disqualifications", item_id=items[3], person_id=present_people[0], ground="fvl6_second" if k % 2 else "other",
                 ground_text="Nær slekt av søkjaren" if k % 2 == 0 else "", decided_by_body=1)
        for pos, item in enumerate(items[2:5], start=2):
            proposal_count += 1
            first = w.insert("proposals", item_id=item, position=0, text="Utvalet sluttar seg til tilrådinga.",
                             from_agenda=1, put_forward_by_id=None, put_forward_by_text="")
            second = w.insert("proposals", item_id=item, position=1, text="Saka vert sendt tilbake for utgreiing.",
                              from_agenda=0, put_forward_by_id=present_people[-1], put_forward_by_text="",
                              amends_id=first)
            kind = KINDS[(k + pos) % len(KINDS)]
            conclusion = w.insert(
                "conclusions", item_id=item, kind=kind,
                decision_text="" if kind in ("deferred",) else f"Vedtak i sak {k}.{pos}: tilrådinga vert følgd.",
                no_consensus_outcome=("returned" if k % 2 else "to_parties") if kind == "no_consensus" else None,
                voted_proposal_id=second if kind == "vote" else None,
                adopted=(1 if k % 3 else 0) if kind == "vote" else None, without_quorum=1 if k % 7 == 0 else 0,
                concluded_at=_ts(starts + timedelta(minutes=20 * pos)))
            if kind == "vote":
                for j, person in enumerate(present_people):
                    w.insert("votes", conclusion_id=conclusion, person_id=person,
                             choice=("for", "against", "abstain")[j % 3])
            if kind == "consensus_with_protocol":
                entry = w.insert("protocol_entries", conclusion_id=conclusion, position=0,
                                 text="Brukarrepresentantane ønskjer å få protokollert at «tida er knapp».",
                                 behind_text="Brukarrepresentantane")
                for person in present_people[:2]:
                    w.insert("protocol_entry_supporters", entry_id=entry, person_id=person)
        w.insert("follow_ups", item_id=items[2], body_id=b, what="Sekretariatet lagar eit notat om ventetider.",
                 responsible_person_id=present_people[0], responsible_text="", due_on=str(starts.date() + timedelta(days=60)),
                 status="done" if k % 2 else "open", done_on=str(starts.date() + timedelta(days=50)) if k % 2 else None,
                 created_at=_ts(starts + timedelta(hours=1)))
    # minutes of a held meeting approved in a later meeting of the same body
    for meeting, b, status, _ in meeting_ids:
        if status == "minutes_approved":
            later = next((m for m in meeting_ids if m[1] == b and m[0] > meeting), None)
            if later is not None:
                con.execute("UPDATE meetings SET approved_on = '2026-01-15', approved_in_item_id = ? WHERE id = ?",
                            (later[3][1], meeting))
    for n in range(8):  # the backlog: cases waiting for a meeting, unnumbered
        w.insert("agenda_items", body_id=bodies[n % 5], meeting_id=None, position=0, number_year=None, number_seq=None,
                 standard=None, case_type="discussion", title=f"Venteliste: {TOPICS[n]}", responsible="",
                 responsible_person_id=people[n], put_forward_by="", put_forward_by_person_id=None,
                 background="Meldt inn av ein kommune.", proposed_decision="", exempt=0, exemption_basis="",
                 duration_minutes=20, notes="", not_on_agenda=0, created_at=_ts(datetime(2025, 5, 1 + n, 12, 0)))
        w.insert("follow_ups", item_id=None, body_id=bodies[n % 5], what=f"Oppfølging utan sak {n}",
                 responsible_person_id=None, responsible_text="Kommuneoverlegen", due_on=None, status="open",
                 done_on=None, created_at=_ts(datetime(2025, 6, 1 + n, 12, 0)))


def _upgrade_with_fixed_uuids(path: Path, revision: str) -> None:
    """Upgrade the file at `path` to `revision` as the release did when it opened an older file,
    with uuid4 drawn from the seed, so the file can be made again row for row."""
    import uuid
    from unittest import mock

    import sqlalchemy as sa
    from alembic import command

    from hfdesk.db import alembic_config

    rng = random.Random(SEED + int(revision))
    engine = sa.create_engine(sa.engine.URL.create("sqlite", database=str(path)))
    cfg = alembic_config()
    try:
        with mock.patch.object(uuid, "uuid4", lambda: uuid.UUID(int=rng.getrandbits(128), version=4)):
            with engine.connect() as connection:
                cfg.attributes["connection"] = connection
                command.upgrade(cfg, revision)
                connection.commit()
    finally:
        engine.dispose()


def insert_rows_0004(con: sqlite3.Connection) -> None:
    """What only revision 0004 could hold: archive references on cases, a second vote round with
    its votes, a withdrawn proposal."""
    rng = random.Random(SEED + 4)
    w = _Writer(con)
    cases = [row[0] for row in con.execute("SELECT id FROM cases ORDER BY id")]
    for n, case_id in enumerate(cases[::7]):
        con.execute("UPDATE cases SET reference = ? WHERE id = ?", (f"2025/{1000 + n}", case_id))
    first = con.execute("SELECT r.id, r.conclusion_id, r.proposal_id FROM vote_rounds AS r ORDER BY r.id").fetchall()
    for round_id, conclusion_id, proposal_id in first[:3]:
        second = w.insert("vote_rounds", uuid=str(uuid_from(rng)), conclusion_id=conclusion_id, position=2,
                          proposal_id=proposal_id, adopted=1)
        for person_id, choice in con.execute("SELECT person_id, choice FROM votes WHERE round_id = ? ORDER BY id",
                                             (round_id,)).fetchall():
            w.insert("votes", uuid=str(uuid_from(rng)), conclusion_id=conclusion_id, round_id=second,
                     person_id=person_id, choice=choice)
    pending = con.execute("SELECT id FROM proposals WHERE fate = 'pending' ORDER BY id LIMIT 1").fetchone()
    if pending:
        con.execute("UPDATE proposals SET fate = 'withdrawn' WHERE id = ?", pending)


def insert_rows_0005(con: sqlite3.Connection) -> None:
    """What only revision 0005 could hold: archive references and a calendar sequence on meetings,
    bodies writing their numbers in other patterns and approving minutes by signatories
    (justering, with the signatories named and one signed), the composition flags and a rule's
    position, a meeting approving its own minutes at its end."""
    w = _Writer(con)
    meetings = con.execute("SELECT id, body_id, status FROM meetings ORDER BY id").fetchall()
    for n, (meeting_id, _body, _status) in enumerate(meetings[::3]):
        con.execute("UPDATE meetings SET archive_reference = ?, calendar_sequence = ? WHERE id = ?",
                    (f"2026/{2000 + n}-{n + 1}", n % 3, meeting_id))
    bodies = [row[0] for row in con.execute("SELECT id FROM bodies ORDER BY id")]
    for body_id, pattern in zip(bodies, ("YYYY/N", "NN-YY", "N/YY", "YYYY/N")):
        con.execute("UPDATE bodies SET case_number_pattern = ? WHERE id = ?", (pattern, body_id))
    con.execute("UPDATE bodies SET minutes_signatories = 2, leader_sides_differ = 1, shared_deputies = 1, "
                "matching_representation = 1 WHERE id = ?", (bodies[2],))
    con.execute("UPDATE composition_rules SET position = 'kommunedirektør', outside_caps = 1 "
                "WHERE id = (SELECT min(id) FROM composition_rules)")
    for meeting_id, body_id, status in meetings:
        if body_id != bodies[2] or status not in ("held", "minutes_approved"):
            continue
        people = [row[0] for row in con.execute(
            "SELECT person_id FROM attendances WHERE meeting_id = ? AND capacity = 'member' ORDER BY id LIMIT 2",
            (meeting_id,))]
        for position, person_id in enumerate(people, start=1):
            w.insert("minutes_signatures", meeting_id=meeting_id, person_id=person_id, position=position,
                     signed_on="2026-02-01" if status == "minutes_approved" else None)
    own = con.execute("SELECT i.id, i.meeting_id FROM agenda_items AS i JOIN meetings AS m ON m.id = i.meeting_id "
                      "WHERE i.standard = 'approve_minutes' AND m.status = 'held' ORDER BY i.id LIMIT 1").fetchone()
    if own:
        con.execute("UPDATE agenda_items SET approves_meeting_id = ? WHERE id = ?", (own[1], own[0]))


def uuid_from(rng: random.Random) -> object:
    import uuid

    return uuid.UUID(int=rng.getrandbits(128), version=4)


def build(revision: str, path: Path) -> Path:
    """Run the migrations up to `revision` on a new file at `path` and insert the rows.

    From 0004 on, the file is the previous revision's, upgraded by that release's migration
    (as a user's file was) and given rows only the new revision can hold."""
    import sqlalchemy as sa
    from alembic import command

    from hfdesk.db import alembic_config

    if revision >= "0004":
        previous = RELEASED[RELEASED.index(revision) - 1]
        build(previous, path)
        _upgrade_with_fixed_uuids(path, revision)
        con = sqlite3.connect(path)
        try:
            con.execute("PRAGMA foreign_keys=ON")
            with con:
                if revision == "0004":
                    insert_rows_0004(con)
                if revision == "0005":
                    insert_rows_0005(con)
            if con.execute("PRAGMA foreign_key_check").fetchall() or con.execute(
                "PRAGMA integrity_check"
            ).fetchone()[0] != "ok":
                raise SystemExit(f"{path.name}: the rows break the schema")
            con.execute("VACUUM")
        finally:
            con.close()
        return path
    if path.exists():
        path.unlink()
    engine = sa.create_engine(sa.engine.URL.create("sqlite", database=str(path)))
    cfg = alembic_config()
    with engine.connect() as connection:
        cfg.attributes["connection"] = connection
        command.upgrade(cfg, revision)
        connection.commit()
    engine.dispose()
    con = sqlite3.connect(path)
    try:
        con.execute("PRAGMA foreign_keys=ON")
        with con:
            insert_rows(con, revision)
        problems = con.execute("PRAGMA foreign_key_check").fetchall()
        if problems or con.execute("PRAGMA integrity_check").fetchone()[0] != "ok":
            raise SystemExit(f"{path.name}: the rows break the schema: {problems[:5]}")
        con.execute("VACUUM")
    finally:
        con.close()
    return path


def fixture_path(revision: str) -> Path:
    return FIXTURES / f"schema-{revision}.db"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--force", action="store_true", help="rebuild fixtures that exist")
    parser.add_argument("--revision", action="append", help="only this revision (repeatable)")
    args = parser.parse_args(argv)
    FIXTURES.mkdir(parents=True, exist_ok=True)
    for revision in args.revision or RELEASED:
        path = fixture_path(revision)
        if path.exists() and not args.force:
            print(f"{path.relative_to(ROOT)} exists (kept; --force rebuilds it)")
            continue
        build(revision, path)
        print(f"{path.relative_to(ROOT)}: {path.stat().st_size // 1024} kB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
