"""Build the large synthetic database: ten years of a busy secretariat.

    python benchmarks/generate.py [--out benchmarks/data/large.sqlite] [--years 10] [--force]

10 bodies, about 600 meetings, 12,000 agenda items, 500 people, with attendance,
proposals, conclusions, votes, follow-ups and attachments. Everything is written
through the same services the app uses, one transaction per body-year, so the
file looks like one the app itself would have produced. Deterministic (seeded).
"""

from __future__ import annotations

import argparse
import random
import sys
import time
from datetime import date, datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from hfdesk.db import open_database  # noqa: E402
from hfdesk.models import (  # noqa: E402
    AttendanceStatus,
    Body,
    CaseType,
    ConclusionKind,
    Language,
    MeetingStatus,
    NoConsensusOutcome,
    Role,
    Side,
    VoteChoice,
)
from hfdesk.services import attachments, live, meetings, register  # noqa: E402
from hfdesk.services.rights import voters_at_item  # noqa: E402

DEFAULT_OUT = ROOT / "benchmarks" / "data" / "large.sqlite"
LARGE_30Y = ROOT / "benchmarks" / "data" / "large-30y.sqlite"  # run.py's history: --years 30
BODIES = [
    ("Partnarskapsmøte (syntetisk)", "PM", 1, 2),
    ("Strategisk samarbeidsutval (syntetisk)", "SSU", 2, 6),
    ("Områdeutval A", "OU-A", 3, 7),
    ("Områdeutval B", "OU-B", 3, 7),
    ("Områdeutval C", "OU-C", 3, 7),
    ("Områdeutval D", "OU-D", 3, 7),
    ("Fagleg utval 1", "FU1", 4, 6),
    ("Fagleg utval 2", "FU2", 4, 6),
    ("Fagleg utval 3", "FU3", 4, 6),
    ("Fagleg utval 4", "FU4", 4, 6),
]  # 60 meetings a year
ITEMS_PER_MEETING = 20  # including the three standard items
WORDS = (
    "samhandling pasientforløp utskriving heimeteneste legevakt rus psykisk helse barn unge eldre "
    "kronikarar digital heimeoppfølging kompetanse rekruttering tenesteavtale beredskap akuttmedisin "
    "fastlege kommuneoverlege brukarmedverknad rehabilitering habilitering ernæring legemiddel "
    "samarbeid kvalitet avvik plan strategi evaluering oppfølging økonomi bemanning"
).split()


def sentence(rng: random.Random, n: int) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(n)).capitalize() + "."


def build(out: Path, years: int, seed: int = 2026) -> None:
    rng = random.Random(seed)
    out.parent.mkdir(parents=True, exist_ok=True)
    db = open_database(out)
    first_year = date.today().year - years + 1
    with db.transaction() as s:
        areas = [register.create_area(s, f"Område {c}", i) for i, c in enumerate("ABCD")]
        orgs = [
            register.create_organisation(s, f"Kommune {i:02d}", Side.MUNICIPAL, area_id=areas[i % 4].id)
            for i in range(18)
        ]
        orgs += [register.create_organisation(s, f"Sjukehus {i}", Side.HOSPITAL) for i in range(6)]
        orgs += [
            register.create_organisation(s, name, side)
            for name, side in (
                ("Brukarutval (syntetisk)", Side.USER),
                ("Fastlegar (syntetisk)", Side.GP),
                ("KS (syntetisk)", Side.KS),
                ("Fagforeiningar (syntetisk)", Side.UNION),
                ("Sekretariat (syntetisk)", Side.SECRETARIAT),
            )
        ]
        people = [
            register.create_person(
                s,
                f"Person{i:03d}",
                f"Syntetisk{i:03d}",
                organisation_id=orgs[i % len(orgs)].id,
                email=f"p{i:03d}@eksempel.no",
                phone=f"4{i:07d}",
            )
            for i in range(500)
        ]
        bodies = []
        parent = None
        for i, (name, short, level, _) in enumerate(BODIES):
            body = register.create_body(
                s, name, level, short_name=short, parent_id=parent.id if level > 1 else None,
                language=Language.NYNORSK if i % 3 else Language.BOKMAAL, sort_order=i,
            )
            if level <= 2:
                parent = body
            bodies.append(body)
        term = date(first_year, 1, 1)
        for b_index, body in enumerate(bodies):
            pool = people[b_index * 45 : b_index * 45 + 45]
            members = []
            for j, person in enumerate(pool[:24]):
                role = Role.LEADER if j == 0 else Role.DEPUTY_LEADER if j == 1 else Role.MEMBER
                members.append(register.add_membership(s, body.id, person.id, role, term_from=term))
            for j, person in enumerate(pool[24:36]):
                register.add_membership(
                    s, body.id, person.id, Role.DEPUTY, term_from=term, deputy_for_id=members[j].id
                )
            for person in pool[36:44]:
                register.add_membership(s, body.id, person.id, Role.OBSERVER, term_from=term)
            register.add_membership(s, body.id, pool[44].id, Role.SECRETARY, term_from=term)
    body_ids = [b.id for b in bodies]

    today = datetime.now()
    n_items = 0
    for year in range(first_year, first_year + years):
        for b_index, body_id in enumerate(body_ids):
            per_year = BODIES[b_index][3]
            with db.transaction() as s:
                body = s.get(Body, body_id)
                for k in range(per_year):
                    start = datetime(year, 1 + k * 12 // per_year, 5 + b_index * 2, 9, 0)
                    meeting = meetings.create_meeting(s, body, start, place=f"Møterom {b_index + 1}")
                    for n in range(ITEMS_PER_MEETING - 3):
                        item = meetings.add_item(
                            s,
                            meeting_id=meeting.id,
                            title=sentence(rng, 5)[:-1],
                            case_type=rng.choice(list(CaseType)),
                            responsible=f"Person{rng.randrange(500):03d}",
                            background=" ".join(sentence(rng, 14) for _ in range(4)),
                            proposed_decision=sentence(rng, 18),
                            priority_groups=rng.sample([1, 2, 3, 4], rng.randrange(3)),
                            exempt=n == 16 and k % 2 == 0,
                            exemption_basis="offl. § 13 jf. fvl. § 13" if n == 16 and k % 2 == 0 else "",
                            duration_minutes=rng.choice([10, 15, 20, 30]),
                        )
                        if n % 10 == 0:
                            payload = (sentence(rng, 400) * 2).encode()
                            attachments.add_attachment(s, item, f"vedlegg-{item.id}.txt", payload)
                    n_items += len(meeting.items)
                    if start < today:
                        _hold(s, rng, meeting)
    db.close()
    print(f"{out}: {len(body_ids)} bodies, {n_items} items, {out.stat().st_size / 1e6:.1f} MB")


def _hold(s, rng: random.Random, meeting) -> None:
    meetings.send_notice(s, meeting, at=meeting.starts_at - timedelta(days=10))
    attendances = live.prepare_attendance(s, meeting)
    for attendance in attendances:
        status = AttendanceStatus.PRESENT if rng.random() > 0.15 else AttendanceStatus.REPORTED_ABSENT
        attendance.status = status
    s.flush()
    for item in meeting.items:
        live.ensure_agenda_proposal(s, item)
        roll = rng.random()
        if roll < 0.05:
            voters = voters_at_item(s, item)
            choices = {v.person_id: rng.choice([VoteChoice.FOR, VoteChoice.FOR, VoteChoice.AGAINST]) for v in voters}
            live.record_vote(s, item, choices, decision_text=item.proposed_decision)
        elif roll < 0.1:
            c = live.conclude(s, item, ConclusionKind.CONSENSUS_WITH_PROTOCOL, decision_text=item.proposed_decision)
            live.add_protocol_entry(s, c, sentence(rng, 20), behind_text="kommunane")
        elif roll < 0.12:
            live.conclude(s, item, ConclusionKind.NO_CONSENSUS, no_consensus_outcome=NoConsensusOutcome.TO_PARTIES)
        elif roll < 0.15:
            live.conclude(s, item, ConclusionKind.DEFERRED)
        elif item.case_type == CaseType.INFORMATION:
            live.conclude(s, item, ConclusionKind.NOTED, decision_text="Saka vert teken til orientering.")
        else:
            live.conclude(s, item, ConclusionKind.CONSENSUS, decision_text=item.proposed_decision)
        if rng.random() < 0.1:
            live.add_follow_up(
                s, body=meeting.body, item=item, what=sentence(rng, 8), responsible_text="SSE",
                due_on=meeting.starts_at.date() + timedelta(days=60),
            )
    meetings.change_status(s, meeting, MeetingStatus.HELD)


def ensure(out: Path = DEFAULT_OUT, years: int = 10) -> Path:
    """Build the database unless a complete one is already there."""
    if not out.exists():
        tmp = out.with_name(out.name + ".building")
        if tmp.exists():
            tmp.unlink()
        build(tmp, years)
        tmp.rename(out)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    parser.add_argument("--years", type=int, default=10)
    parser.add_argument("--force", action="store_true", help="rebuild even if the file exists")
    args = parser.parse_args()
    if args.force and args.out.exists():
        args.out.unlink()
    t0 = time.perf_counter()
    ensure(args.out, args.years)
    print(f"ready in {time.perf_counter() - t0:.1f} s")


if __name__ == "__main__":
    main()
