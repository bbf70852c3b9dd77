"""Eight secretaries on one shared database at once (issue 22, point 6).

Eight processes, each on its own connection to the test cluster's PostgreSQL (tests/pg.py),
do a fixed number of operations: each edits its own meeting (no one else touches it), and all
of them edit the title of the same case, each time on the version it has just read, as an
editor saves what its screen showed. Afterwards the database is read back:

* every write that was acknowledged is there: each meeting holds its worker's last place, the
  case's version counts exactly the acknowledged title edits (none lost, none twice), its title
  is the last one acknowledged, and each acknowledged title is in the case's history;
* every conflict a worker was shown matches a real concurrent edit (saves go through
  `Database.write`, as the app's do: a transaction the server aborted for a colleague's at the
  same moment is run again, and only a real change of the same row remains a conflict): no conflict at all on a
  meeting only one worker edits, and for the shared case a refusal on version v means another
  worker's save based on that same v was acknowledged (it moved the case on first).

The counts are fixed; nothing is timed.
"""

from __future__ import annotations

import multiprocessing
import random

import pytest
import sqlalchemy as sa

WORKERS = 8
OPERATIONS = 10


def _server_reason(exc: BaseException) -> str:
    """'server: ' and what the server said of the aborted transaction (its reason code tells a
    false conflict of SERIALIZABLE's page locks from a real one), for the test's message."""
    cause: BaseException | None = exc
    while cause is not None and not hasattr(cause, "sqlstate"):
        cause = cause.__cause__ or cause.__context__
    return "server: " + (" ".join(str(cause).split()) if cause is not None else "?")


def _work(url: str, worker: int, meeting_id: int, item_id: int, results: multiprocessing.Queue) -> None:
    """One secretary: OPERATIONS edits of the own meeting and of the shared case."""
    from hfdesk.db import open_database
    from hfdesk.errors import ChangedByColleague
    from hfdesk.models import AgendaItem, Meeting
    from hfdesk.pgdb import ServerConflict
    from hfdesk.services import agenda, meetings

    rng = random.Random(worker)
    acknowledged: list[tuple[str, int, str]] = []  # (what, the version it was based on, the value)
    refused: list[tuple[str, int, str, int | None]] = []  # (what, version seen, kind, version then)
    failures: list[str] = []
    database = open_database(url)
    try:
        for n in range(OPERATIONS):
            with database.session() as s:
                meeting = s.get(Meeting, meeting_id)
                assert meeting is not None
                seen = meeting.version
                details = {
                    "starts_at": meeting.starts_at, "ends_at": meeting.ends_at, "video_link": meeting.video_link,
                    "title": meeting.title, "chair_id": meeting.chair_id, "minute_taker_id": meeting.minute_taker_id,
                }
            place = f"Møterom {worker}.{n}"
            try:
                database.write(  # as the app saves (ui.ops): run again when the server aborted it
                    lambda s: meetings.update_meeting(s, meeting_id, place=place, expected_version=seen, **details)
                )
                acknowledged.append(("meeting", seen, place))
            except ChangedByColleague as exc:
                refused.append(("meeting", seen, "colleague", exc.version))
            except ServerConflict as exc:
                refused.append(("meeting", seen, _server_reason(exc), None))

            with database.session() as s:
                item = s.get(AgendaItem, item_id)
                assert item is not None
                seen = item.version
            if rng.random() < 0.5:
                # a moment of typing between reading and saving, as an editor has
                import time

                time.sleep(rng.random() / 50)
            title = f"Felles sak, skrevet av {worker} ({n})"
            try:
                database.write(lambda s: agenda.update_item(s, item_id, title=title, expected_version=seen))
                acknowledged.append(("item", seen, title))
            except ChangedByColleague as exc:
                refused.append(("item", seen, "colleague", exc.version))
            except ServerConflict as exc:
                refused.append(("item", seen, _server_reason(exc), None))
    except Exception as exc:  # reported to the test, which fails on it
        failures.append(f"{type(exc).__name__}: {exc}")
    finally:
        database.close()
    results.put((worker, acknowledged, refused, failures))


@pytest.fixture
def shared(pg_databases, pg_demo_template):
    """The demo on the test cluster, its URL, eight meetings still open to edits and one case of a ninth."""
    from hfdesk.db import open_database
    from hfdesk.models import AgendaItem, Meeting, MeetingStatus

    url = pg_databases.new(pg_demo_template)
    database = open_database(url)
    try:
        with database.session() as s:
            planned = s.scalars(
                sa.select(Meeting.id)
                .where(Meeting.status.in_([MeetingStatus.PLANNED, MeetingStatus.NOTICE_SENT, MeetingStatus.HELD]))
                .order_by(Meeting.starts_at)
            ).all()
            assert len(planned) > WORKERS, "the demo has fewer open meetings than workers"
            own, shared_meeting = planned[:WORKERS], planned[WORKERS]
            item_id = s.scalar(
                sa.select(AgendaItem.id)
                .where(AgendaItem.meeting_id == shared_meeting, AgendaItem.standard.is_(None))
                .order_by(AgendaItem.position)
                .limit(1)
            )
            assert item_id is not None
            start_version = s.get(AgendaItem, item_id).version
    finally:
        database.close()
    return url, list(own), item_id, start_version


def test_eight_secretaries_at_once_lose_nothing_and_see_only_real_conflicts(shared):
    from hfdesk.db import open_database
    from hfdesk.models import AgendaItem, ChangeLog, Meeting

    url, own, item_id, start_version = shared
    context = multiprocessing.get_context("spawn")  # a clean interpreter each: no inherited connection
    results: multiprocessing.Queue = context.Queue()
    processes = [
        context.Process(target=_work, args=(url, worker, own[worker], item_id, results)) for worker in range(WORKERS)
    ]
    for process in processes:
        process.start()
    reports = [results.get(timeout=600) for _ in processes]
    for process in processes:
        process.join(timeout=60)
        assert process.exitcode == 0

    assert [failures for _, _, _, failures in reports if failures] == []
    item_acks = [(worker, seen, title) for worker, acks, _, _ in reports for what, seen, title in acks if what == "item"]
    item_refusals = [(worker, seen, kind) for worker, _, refused, _ in reports for what, seen, kind, _ in refused
                     if what == "item"]
    # every operation ended one way or the other
    assert len(item_acks) + len(item_refusals) == WORKERS * OPERATIONS
    # nobody else edits a worker's own meeting: any refusal there would be a conflict that never was
    assert [(worker, r) for worker, _, refused, _ in reports for r in refused if r[0] == "meeting"] == []

    database = open_database(url)
    try:
        with database.session() as s:
            for worker, acks, _, _ in reports:
                places = [value for what, _, value in acks if what == "meeting"]
                assert len(places) == OPERATIONS
                assert s.get(Meeting, own[worker]).place == places[-1]
            item = s.get(AgendaItem, item_id)
            # each acknowledged edit moved the case on by one version, and none was based on a
            # version another acknowledged edit was also based on (that would be a lost update)
            based_on = sorted(seen for _, seen, _ in item_acks)
            assert based_on == list(range(start_version, start_version + len(item_acks)))
            assert item.version == start_version + len(item_acks)
            last = max(item_acks, key=lambda ack: ack[1])
            assert item.title == last[2]
            # the history has every acknowledged title
            logged = {
                field.get("new")
                for entry in s.scalars(sa.select(ChangeLog).where(ChangeLog.entity == "agenda_items",
                                                                  ChangeLog.entity_id == item_id))
                for field in entry.fields
                if field.get("field") == "title"
            }
            assert {title for _, _, title in item_acks} <= logged
    finally:
        database.close()
    # every refusal matches a real edit: another worker's acknowledged save on the version seen
    acknowledged_on = {seen: worker for worker, seen, _ in item_acks}
    for worker, seen, kind in item_refusals:
        assert seen in acknowledged_on, (worker, seen, kind)
        assert acknowledged_on[seen] != worker, (worker, seen, kind)
    # the case was contended for real: more than one worker got a save in
    assert len({worker for worker, _, _ in item_acks}) > 1
