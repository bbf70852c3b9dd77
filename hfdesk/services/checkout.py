"""Taking a meeting along: a copy on a laptop for a meeting room with no network (issue 22, point 4).

The shared database (PostgreSQL, or any hfdesk database several people use) stays the record; the
laptop gets a separate SQLite file with the register and the one meeting, and the shared meeting is
read-only for everyone while it is away.

``take_meeting(shared, meeting_id, target) -> TakenMeeting``
    Writes the new SQLite file at `target` (an existing file is refused): made at the newest schema by
    `open_database` under a temporary name beside the target, filled table by table with the same
    primary keys and uuids, then renamed into place. It holds every register table (areas,
    organisations, people, bodies, composition rules, memberships, settings: `REGISTER_TABLES`), the
    meeting with everything under it (agenda items, their cases, attachments, priority groups,
    disqualifications, proposals, conclusions, vote rounds, votes, protocol entries, attendance,
    signatures, status changes, follow-ups: `MEETING_TABLES`) and, as bare rows, what the meeting
    points to outside itself (the meeting an approval item approves, the item and meeting its own
    minutes were approved in, the body's meeting before it), so the meeting JSON written on the
    laptop names them the same way.
    No other meeting's agenda or record goes along. The copy has its own database identity and
    records in ``meeting_copy_origin`` which shared database (identity and location: a file path, or
    a server URL without a password) and which checkout (token) it came from. In the same
    transaction the shared database gets a ``meeting_checkouts`` row (holder, computer, time,
    token); a meeting already taken along by someone is refused, naming who and since when.

The guard (`_refuse_writes_to_taken_meetings`, a ``before_flush`` listener on every session)
    finds the meeting of every new, changed or deleted row of a meeting or its agenda and refuses
    the flush when that meeting is taken along (``checkout.meeting_taken``: "Møtet er tatt med av ola
    (PC-123) siden 7. desember kl. 09:12"). It applies to everyone on the shared database, the holder
    too: the holder writes on the laptop's copy, where the meeting is not checked out.

``hand_back(shared, laptop_file) -> HandedBack``
    Exports the meeting from the copy as the internal meeting JSON (`hfdesk.exports.meeting_json`)
    and, in one transaction on the shared database, releases the checkout (its token must be the
    copy's) and imports the document with ``replace=True`` (`hfdesk.imports.meeting`). Then the copy
    is removed, with its journal and its backups (it holds exempt content). A copy whose checkout was
    taken over is refused (`HandBackRefused`), nothing written.

``take_over(shared, meeting_id, reason)``
    A colleague takes the meeting over when the laptop does not come back: the reason is required;
    the checkout row records who had it (and on which computer), when it was taken over, by whom and
    why, and gets a new token. From then on the meeting is writable on the shared database again (the
    row stays as the record, and the Meetings page shows it); the old copy can no longer be handed
    back over it. Taking the meeting along again replaces the row.

``compare_with_shared(shared, laptop_file) -> list[Difference]`` and ``import_anyway(...)``
    What a refused copy still holds: every difference between the copy's meeting and the shared
    one, field by field (the meeting's head, each attendance, each item with its proposals,
    conclusion, votes, protocol entries, follow-ups), both sides' values. Nothing is lost either way:
    `import_anyway` first writes the shared meeting as it is now to an internal JSON file beside the
    laptop file (``<copy>.delt-<time>.json``, which `hfdesk import meeting --replace` can bring back),
    then imports the copy's version over the shared meeting in one transaction and removes the copy.
    The JSON keeps the server's version, with its exempt content, until the user deletes it.

Who: `_actor(session)` is the operating-system account on SQLite and the database role
(``current_user``) on PostgreSQL; the computer is the host name.
"""

from __future__ import annotations

import json
import os
import secrets
import socket
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.orm import Session

from ..errors import CannotWrite, FileExists, InvalidInput, NotFound
from ..messages import Phrase, Text
from ..models import (
    AgendaItem,
    Attachment,
    Attendance,
    Base,
    Conclusion,
    DatabaseIdentity,
    Disqualification,
    FollowUp,
    GuestItem,
    ItemPriorityGroup,
    Meeting,
    MeetingCheckout,
    MeetingCopyOrigin,
    MeetingStatus,
    MeetingStatusChange,
    MinutesSignature,
    Proposal,
    ProtocolEntry,
    ProtocolEntrySupporter,
    Vote,
    VoteRound,
)
from .actor import current_actor

if TYPE_CHECKING:
    from ..db import Database

__all__ = [
    "CheckoutInfo",
    "Difference",
    "HandBackRefused",
    "HandedBack",
    "MeetingTaken",
    "TakenMeeting",
    "checkouts",
    "compare_with_shared",
    "copy_origin",
    "hand_back",
    "import_anyway",
    "take_meeting",
    "take_over",
]

#: Copied whole to the laptop.
REGISTER_TABLES = ("areas", "organisations", "people", "bodies", "composition_rules", "memberships", "settings")
#: Copied for the one meeting (and the bare rows it points to).
MEETING_TABLES = (
    "meetings", "minutes_signatures", "meeting_status_changes", "cases", "agenda_items",
    "agenda_item_priority_groups", "attachments", "attendances", "attendance_guest_items", "disqualifications",
    "proposals", "conclusions", "protocol_entries", "protocol_entry_supporters", "vote_rounds", "votes",
    "follow_ups", "change_log", "speaker_entries", "item_timings",
)
#: Never copied: the copy has its own identity, and the checkout bookkeeping is the shared side's.
NOT_COPIED = ("database_identity", "meeting_checkouts", "meeting_copy_origin")


class MeetingTaken(InvalidInput):
    """A write to a meeting that is taken along, or a second taking along."""


class HandBackRefused(InvalidInput):
    """The copy's checkout was taken over (or released): it cannot be handed back over the shared meeting."""


@dataclass(frozen=True)
class TakenMeeting:
    path: Path
    meeting_id: int
    token: str
    holder: str
    holder_host: str
    taken_at: datetime


@dataclass(frozen=True)
class HandedBack:
    meeting_id: int
    items: int
    removed: tuple[Path, ...]


@dataclass(frozen=True)
class CheckoutInfo:
    """What the Meetings page shows of a checkout."""

    meeting_id: int
    holder: str
    holder_host: str
    taken_at: datetime
    taken_over_from: str | None
    taken_over_reason: str | None
    taken_over_at: datetime | None

    @property
    def id(self) -> int:
        return self.meeting_id

    @property
    def read_only(self) -> bool:
        """Taken along (not taken over): nobody writes it on the shared database."""
        return self.taken_over_at is None

    def describe(self) -> Text:
        if self.taken_over_at is None:
            return Text("checkout.status_taken", holder=self.holder, host=self.holder_host, since=since(self.taken_at))
        return Text(
            "checkout.status_taken_over", holder=self.holder, previous=self.taken_over_from or "?",
            since=since(self.taken_over_at), reason=self.taken_over_reason or "",
        )


@dataclass(frozen=True)
class Difference:
    """One field that differs: where (the meeting, an item, an attendance), which field (the meeting
    JSON's name for it) and both values as text ("" for none)."""

    where: str
    field: str
    laptop: str
    shared: str


# --- who and when ------------------------------------------------------------------------------------


def _actor(session: Session) -> str:
    """Who writes (services.actor: the database role on PostgreSQL, the operating-system account on SQLite)."""
    return current_actor(session) or "?"


def _host() -> str:
    return socket.gethostname() or "?"


def _now(at: datetime | None) -> datetime:
    return (at or datetime.now()).replace(microsecond=0)


def _since(language: str, *, at: datetime) -> str:
    from .. import dates

    return dates.day_and_time(at, language)


def since(at: datetime) -> Phrase:
    """'7. desember kl. 09:12' in the message's language."""
    return Phrase(_since, at=at)


def _location(db: Database) -> str:
    """Where the shared database is: its file, or its server URL without a password."""
    return db.location


# --- reading the state -------------------------------------------------------------------------------


def checkouts(session: Session, meeting_ids: Iterable[int] | None = None) -> dict[int, CheckoutInfo]:
    """The checkouts (taken along or taken over) of these meetings (every one), by meeting id."""
    query = sa.select(MeetingCheckout)
    if meeting_ids is not None:
        query = query.where(MeetingCheckout.meeting_id.in_(list(meeting_ids)))
    return {
        row.meeting_id: CheckoutInfo(
            row.meeting_id, row.holder, row.holder_host, row.taken_at, row.taken_over_from,
            row.taken_over_reason, row.taken_over_at,
        )
        for row in session.scalars(query)
    }


def copy_origin(session: Session) -> MeetingCopyOrigin | None:
    """Where this database was taken from, when it is a laptop's copy of a meeting; else None."""
    return session.scalar(sa.select(MeetingCopyOrigin).limit(1))


def _taken_error(row: MeetingCheckout) -> MeetingTaken:
    return MeetingTaken("checkout.meeting_taken", holder=row.holder, host=row.holder_host, since=since(row.taken_at))


# --- the guard ------------------------------------------------------------------------------------------

#: Each row of a meeting or its agenda, by what it hangs on: the column, the relationship, and the kind.
_PARENT: dict[type, tuple[str, str | None, str]] = {
    **{cls: ("meeting_id", "meeting", "meeting") for cls in (AgendaItem, Attendance, MinutesSignature, MeetingStatusChange)},
    **{cls: ("item_id", "item", "item") for cls in (
        Attachment, ItemPriorityGroup, Disqualification, Proposal, Conclusion, FollowUp)},
    **{cls: ("conclusion_id", "conclusion", "conclusion") for cls in (ProtocolEntry, VoteRound, Vote)},
    ProtocolEntrySupporter: ("entry_id", None, "entry"),
    GuestItem: ("attendance_id", None, "attendance"),
}
_KIND_OF = {Meeting: "meeting", AgendaItem: "item", Conclusion: "conclusion", ProtocolEntry: "entry",
            Attendance: "attendance"}


def _collect(obj: object, found: dict[str, set[int]], depth: int = 0) -> None:
    """Add the ids `obj` hangs on (now and before this flush's change) to `found`, by kind; a
    parent that is new itself is followed up to the meeting."""
    state = sa.inspect(obj)
    if isinstance(obj, Meeting):
        if state.identity is not None:
            found["meeting"].add(state.identity[0])
        return
    parent = _PARENT.get(type(obj))
    if parent is None or depth > 6:
        return
    column, relation, kind = parent
    history = state.attrs[column].history
    found[kind] |= {v for v in (*history.added, *history.unchanged, *history.deleted) if isinstance(v, int)}
    target = state.dict.get(relation) if relation is not None else None
    if target is not None:
        target_state = sa.inspect(target)
        if target_state.identity is not None:
            found[_KIND_OF[type(target)]].add(target_state.identity[0])
        else:
            _collect(target, found, depth + 1)


def _meetings_touched(session: Session) -> set[int]:
    found: dict[str, set[int]] = {k: set() for k in ("meeting", "item", "conclusion", "entry", "attendance")}
    for obj in (*session.new, *session.dirty, *session.deleted):
        _collect(obj, found)
    meetings, items, conclusions = found["meeting"], found["item"], found["conclusion"]
    if found["entry"]:
        conclusions |= set(
            session.scalars(sa.select(ProtocolEntry.conclusion_id).where(ProtocolEntry.id.in_(found["entry"])))
        )
    if conclusions:
        items |= set(session.scalars(sa.select(Conclusion.item_id).where(Conclusion.id.in_(conclusions))))
    if items:
        meetings |= {
            m for m in session.scalars(sa.select(AgendaItem.meeting_id).where(AgendaItem.id.in_(items))) if m is not None
        }
    if found["attendance"]:
        meetings |= set(session.scalars(sa.select(Attendance.meeting_id).where(Attendance.id.in_(found["attendance"]))))
    return meetings


def _refuse_writes_to_taken_meetings(session: Session, _context: object, _instances: object) -> None:
    if not (session.new or session.dirty or session.deleted):
        return
    meetings = _meetings_touched(session)
    if not meetings:
        return
    row = session.scalar(
        sa.select(MeetingCheckout)
        .where(MeetingCheckout.meeting_id.in_(meetings), MeetingCheckout.taken_over_at.is_(None))
        .limit(1)
    )
    if row is not None:
        raise _taken_error(row)


if not event.contains(Session, "before_flush", _refuse_writes_to_taken_meetings):
    event.listen(Session, "before_flush", _refuse_writes_to_taken_meetings)


# --- taking a meeting along -------------------------------------------------------------------------


def _selections(meeting_id: int, approved_in_item: int | None, approves: set[int]) -> dict[str, Any]:
    """The WHERE clause of each meeting table for the copy of meeting `meeting_id`."""
    t = Base.metadata.tables
    items = t["agenda_items"]
    own_items = sa.select(items.c.id).where(items.c.meeting_id == meeting_id)
    all_items = [items.c.meeting_id == meeting_id]
    if approved_in_item is not None:
        all_items.append(items.c.id == approved_in_item)
    conclusions = t["conclusions"]
    own_conclusions = sa.select(conclusions.c.id).where(conclusions.c.item_id.in_(own_items))
    attendances = t["attendances"]
    entries = t["protocol_entries"]
    return {
        "meetings": t["meetings"].c.id.in_({meeting_id, *approves}),
        "minutes_signatures": t["minutes_signatures"].c.meeting_id == meeting_id,
        "meeting_status_changes": t["meeting_status_changes"].c.meeting_id == meeting_id,
        "cases": t["cases"].c.id.in_(sa.select(items.c.case_id).where(sa.or_(*all_items))),
        "agenda_items": sa.or_(*all_items),
        "agenda_item_priority_groups": t["agenda_item_priority_groups"].c.item_id.in_(own_items),
        "attachments": t["attachments"].c.item_id.in_(own_items),
        "attendances": attendances.c.meeting_id == meeting_id,
        "attendance_guest_items": t["attendance_guest_items"].c.attendance_id.in_(
            sa.select(attendances.c.id).where(attendances.c.meeting_id == meeting_id)
        ),
        "disqualifications": t["disqualifications"].c.item_id.in_(own_items),
        "proposals": t["proposals"].c.item_id.in_(own_items),
        "conclusions": conclusions.c.item_id.in_(own_items),
        "protocol_entries": entries.c.conclusion_id.in_(own_conclusions),
        "protocol_entry_supporters": t["protocol_entry_supporters"].c.entry_id.in_(
            sa.select(entries.c.id).where(entries.c.conclusion_id.in_(own_conclusions))
        ),
        "vote_rounds": t["vote_rounds"].c.conclusion_id.in_(own_conclusions),
        "votes": t["votes"].c.conclusion_id.in_(own_conclusions),
        "follow_ups": t["follow_ups"].c.item_id.in_(own_items),
        # the meeting's history goes along, and what is recorded on the laptop comes back with the meeting's JSON
        "change_log": t["change_log"].c.meeting_id == meeting_id,
        # the speakers list and the items' clock (revision 0010)
        "speaker_entries": t["speaker_entries"].c.item_id.in_(own_items),
        "item_timings": t["item_timings"].c.item_id.in_(own_items),
    }


def _copy_tables(source: sa.Connection, target: sa.Connection, meeting_id: int) -> None:
    meetings, items = Base.metadata.tables["meetings"], Base.metadata.tables["agenda_items"]
    head = source.execute(
        sa.select(meetings.c.approved_in_item_id, meetings.c.body_id, meetings.c.starts_at).where(meetings.c.id == meeting_id)
    ).one()
    approved_in_item = head.approved_in_item_id
    # the body's meeting before this one, whose minutes an approval item approves unless it names
    # another (`meeting_record.load._previous_meeting`): the same rule on the laptop needs its row
    previous = source.scalar(
        sa.select(meetings.c.id)
        .where(
            meetings.c.body_id == head.body_id,
            meetings.c.starts_at < head.starts_at,
            meetings.c.status != MeetingStatus.CANCELLED,
        )
        .order_by(meetings.c.starts_at.desc(), meetings.c.id.desc())
        .limit(1)
    )
    # the other meetings the copy names: those its approval items approve, the one its minutes were approved in
    approves = {
        m for m in source.scalars(
            sa.select(items.c.approves_meeting_id).where(items.c.meeting_id == meeting_id)
        ) if m is not None and m != meeting_id
    }
    if previous is not None:
        approves.add(previous)
    if approved_in_item is not None:
        approves |= {m for m in source.scalars(sa.select(items.c.meeting_id).where(items.c.id == approved_in_item))
                     if m is not None}
    where = _selections(meeting_id, approved_in_item, approves)
    copied_items = set(source.scalars(sa.select(items.c.id).where(where["agenda_items"])))
    copied_meetings = {meeting_id, *approves}
    # the file is checked for foreign keys at commit, so rows that point at each other go in any order
    target.exec_driver_sql("PRAGMA defer_foreign_keys=ON")
    for table in Base.metadata.sorted_tables:
        if table.name in NOT_COPIED:
            continue
        query = sa.select(table)
        if table.name in MEETING_TABLES:
            query = query.where(where[table.name])
        elif table.name not in REGISTER_TABLES:
            raise AssertionError(f"table {table.name} is neither register nor meeting: say how it goes along")
        for part in source.execute(query).mappings().partitions(500):
            rows = [dict(row) for row in part]
            for row in rows:
                if table.name == "meetings" and row["id"] != meeting_id:  # a bare row: no pointers into its agenda
                    for column in ("approved_in_item_id", "current_item_id"):
                        if row[column] not in copied_items:
                            row[column] = None
                elif table.name == "agenda_items" and row["approves_meeting_id"] not in copied_meetings:
                    row["approves_meeting_id"] = None
            target.execute(sa.insert(table), rows)


def take_meeting(shared: Database, meeting_id: int, target: Path | str, *, at: datetime | None = None) -> TakenMeeting:
    """Copy the register and meeting `meeting_id` to a new SQLite file `target` and mark the
    meeting taken along on `shared`, in one step (see the module docstring)."""
    from ..db import open_database
    from ..dbcheck import note_opened
    from ..fileio import refuse_database_target, sync_folder

    target = Path(target)
    if target.exists():
        raise FileExists("file.exists", name=target.name)
    if not target.parent.is_dir():
        raise CannotWrite("file.folder_missing", parent=target.parent)
    refuse_database_target(target)
    at = _now(at)
    temp = target.with_name(f".{target.name}.{secrets.token_hex(4)}.tmp")
    renamed = False
    try:
        with shared.transaction() as session:
            if session.get(Meeting, meeting_id) is None:
                raise NotFound("meeting.not_found_id", meeting_id=meeting_id)
            existing = session.scalar(sa.select(MeetingCheckout).where(MeetingCheckout.meeting_id == meeting_id))
            if existing is not None:
                if existing.taken_over_at is None:
                    raise MeetingTaken(
                        "checkout.already_taken", holder=existing.holder, host=existing.holder_host,
                        since=since(existing.taken_at),
                    )
                session.delete(existing)  # the record of a take-over gives way to the new checkout
                session.flush()
            holder, host, token = _actor(session), _host(), str(uuid.uuid4())
            session.add(MeetingCheckout(meeting_id=meeting_id, holder=holder, holder_host=host, taken_at=at, token=token))
            session.flush()
            identity = session.scalar(sa.select(DatabaseIdentity.id)) or ""
            copy = open_database(temp)
            try:
                with copy.transaction() as laptop:
                    _copy_tables(session.connection(), laptop.connection(), meeting_id)
                    laptop.add(MeetingCopyOrigin(
                        meeting_id=meeting_id, shared_database_id=identity, shared_location=_location(shared),
                        token=token, holder=holder, holder_host=host, taken_at=at,
                    ))
            finally:
                copy.close()
                note_opened(temp)  # forgets the temporary name's "closed cleanly" record
            if target.exists():
                raise FileExists("file.exists", name=target.name)
            os.replace(temp, target)
            renamed = True
            sync_folder(target.parent)
    except BaseException:
        for path in (temp, _journal(temp), *((target,) if renamed else ())):
            _remove_quietly(path)
        raise
    return TakenMeeting(target, meeting_id, token, holder, host, at)


def _journal(path: Path) -> Path:
    return path.with_name(path.name + "-journal")


def _remove_quietly(path: Path) -> bool:
    try:
        path.unlink()
        return True
    except FileNotFoundError:
        return False
    except OSError:
        return False


# --- handing back -------------------------------------------------------------------------------------


@dataclass(frozen=True)
class _Copy:
    meeting_id: int
    token: str
    shared_database_id: str
    shared_location: str
    document: dict[str, Any]


def read_copy(laptop_file: Path | str) -> _Copy:
    """The copy's origin and its meeting as the internal meeting JSON document."""
    from ..db import open_database
    from ..exports.meeting_json import meeting_document

    laptop_file = Path(laptop_file)
    copy = open_database(laptop_file, create=False)
    try:
        with copy.session() as session:
            origin = copy_origin(session)
            if origin is None:
                raise InvalidInput("checkout.not_a_copy", name=laptop_file.name)
            document = meeting_document(session, origin.meeting_id, internal=True)
            return _Copy(origin.meeting_id, origin.token, origin.shared_database_id, origin.shared_location, document)
    finally:
        copy.close()


def shared_location(laptop_file: Path | str) -> str:
    """Where the shared database of a laptop's copy is (a file path or a URL without password)."""
    return read_copy(laptop_file).shared_location


def _check_database(session: Session, copy: _Copy) -> None:
    identity = session.scalar(sa.select(DatabaseIdentity.id))
    if copy.shared_database_id and identity != copy.shared_database_id:
        raise InvalidInput("checkout.other_database", location=copy.shared_location)


def _refusal(row: MeetingCheckout | None) -> HandBackRefused:
    if row is None or row.taken_over_at is None:
        return HandBackRefused("checkout.released")
    return HandBackRefused(
        "checkout.taken_over", holder=row.holder, previous=row.taken_over_from or "?",
        since=since(row.taken_over_at), reason=row.taken_over_reason or "",
    )


def hand_back(shared: Database, laptop_file: Path | str) -> HandedBack:
    """Write the copy's meeting back over the shared one and release the checkout, in one
    transaction; then remove the copy. HandBackRefused when the checkout is not the copy's."""
    from ..imports.meeting import import_meeting

    laptop_file = Path(laptop_file)
    copy = read_copy(laptop_file)
    with shared.transaction() as session:
        _check_database(session, copy)
        row = session.scalar(sa.select(MeetingCheckout).where(MeetingCheckout.meeting_id == copy.meeting_id))
        if row is None or row.token != copy.token:
            raise _refusal(row)
        session.delete(row)
        session.flush()  # released first: the guard lets the import write the meeting
        meeting = session.get(Meeting, copy.meeting_id)
        result = import_meeting(
            session, copy.document, body_id=meeting.body_id if meeting is not None else None, replace=True
        )
    return HandedBack(result.meeting_id, result.items, remove_copy(laptop_file))


def remove_copy(laptop_file: Path | str) -> tuple[Path, ...]:
    """Remove a laptop's copy with its journal and its backups (it holds exempt content)."""
    from ..backup import list_backups
    from ..paths import backup_dir_for

    laptop_file = Path(laptop_file)
    folder = backup_dir_for(laptop_file)
    backups = [b.path for b in list_backups(folder, database=laptop_file)] if folder.is_dir() else []
    removed = [p for p in (laptop_file, _journal(laptop_file), *backups) if _remove_quietly(p)]
    try:
        folder.rmdir()  # only when nothing else is in it
    except OSError:
        pass
    return tuple(removed)


# --- taking over ------------------------------------------------------------------------------------------


def take_over(shared: Database, meeting_id: int, reason: str, *, at: datetime | None = None) -> CheckoutInfo:
    """The colleague takes meeting `meeting_id` over from whoever took it along (see the module docstring)."""
    with shared.transaction() as session:
        return take_over_in(session, meeting_id, reason, at=at)


def take_over_in(session: Session, meeting_id: int, reason: str, *, at: datetime | None = None) -> CheckoutInfo:
    """`take_over` in the caller's transaction (the reason dialog's)."""
    reason = (reason or "").strip()
    if not reason:
        raise InvalidInput("checkout.reason_required")
    at = _now(at)
    row = session.scalar(sa.select(MeetingCheckout).where(MeetingCheckout.meeting_id == meeting_id))
    if row is None or row.taken_over_at is not None:
        raise InvalidInput("checkout.not_taken")
    row.taken_over_from, row.taken_over_from_host = row.holder, row.holder_host
    row.holder, row.holder_host = _actor(session), _host()
    row.taken_over_at, row.taken_over_reason = at, reason
    row.taken_at = at
    row.token = str(uuid.uuid4())
    session.flush()
    return checkouts(session, [meeting_id])[meeting_id]


# --- what a refused copy holds ----------------------------------------------------------------------------

_LEFT_OUT = {"generator", "people"}


def _shown(value: Any, key: str) -> str:
    if value is None:
        return ""
    if key == "content" and isinstance(value, str):
        return str(Text("checkout.content_bytes", size=len(value) * 3 // 4))
    if isinstance(value, str):
        return value
    return json.dumps(value, ensure_ascii=False, sort_keys=True)


def _label(kind: str, data: dict[str, Any]) -> str:
    if kind == "items":
        return str(Text("checkout.where_item", number=data.get("number") or "–", title=data.get("title") or ""))
    if kind == "attendance":
        person = data.get("person") or {}
        return str(Text("checkout.where_attendance", name=person.get("name") or "?"))
    name = data.get("text") or data.get("filename") or data.get("title") or (data.get("person") or {}).get("name")
    return f"{kind} «{str(name)[:60]}»" if name else kind


def _diff(where: str, laptop: Any, shared: Any, key: str, out: list[Difference]) -> None:
    if isinstance(laptop, dict) and isinstance(shared, dict):
        for k in sorted(set(laptop) | set(shared)):
            if k in _LEFT_OUT:
                continue
            _diff(where, laptop.get(k), shared.get(k), k, out)
        return
    if (
        isinstance(laptop, list) and isinstance(shared, list)
        and all(isinstance(v, dict) and "uuid" in v for v in (*laptop, *shared))
        and (laptop or shared)
    ):
        on_laptop = {v["uuid"]: v for v in laptop}
        on_shared = {v["uuid"]: v for v in shared}
        for uid in [*on_laptop, *(u for u in on_shared if u not in on_laptop)]:
            a, b = on_laptop.get(uid), on_shared.get(uid)
            label = _label(key, a if a is not None else b)  # type: ignore[arg-type]
            inner = label if key in ("items", "attendance") else f"{where}: {label}"
            if a is None or b is None:
                out.append(Difference(inner, "", str(Text("checkout.present")) if a else str(Text("checkout.absent")),
                                      str(Text("checkout.present")) if b else str(Text("checkout.absent"))))
            else:
                _diff(inner, a, b, key, out)
        return
    if laptop != shared:
        out.append(Difference(where, key, _shown(laptop, key), _shown(shared, key)))


def compare_documents(laptop: dict[str, Any], shared: dict[str, Any]) -> list[Difference]:
    """Every difference between two internal meeting JSON documents of the same meeting."""
    out: list[Difference] = []
    meeting = str(Text("checkout.where_meeting"))
    _diff(meeting, laptop.get("meeting"), shared.get("meeting"), "meeting", out)
    for key in sorted((set(laptop) | set(shared)) - {"meeting", "format", "version", *_LEFT_OUT}):
        _diff(meeting, laptop.get(key), shared.get(key), key, out)
    return out


def compare_with_shared(shared: Database, laptop_file: Path | str) -> list[Difference]:
    """Every difference between the copy's meeting and the shared one, field by field."""
    from ..exports.meeting_json import meeting_document

    copy = read_copy(laptop_file)
    with shared.session() as session:
        _check_database(session, copy)
        now = meeting_document(session, copy.meeting_id, internal=True)
    return compare_documents(copy.document, now)


def import_anyway(shared: Database, laptop_file: Path | str, *, at: datetime | None = None) -> tuple[Path, HandedBack]:
    """Import a refused copy's meeting over the shared one anyway: the shared meeting as it is now
    first goes to an internal JSON file beside the copy (returned), then the copy's version is
    imported in one transaction and the copy removed. Refused while someone has the meeting
    taken along (the guard names who)."""
    from ..exports.meeting_json import meeting_document
    from ..fileio import write_atomically
    from ..imports.meeting import import_meeting

    laptop_file = Path(laptop_file)
    copy = read_copy(laptop_file)
    at = _now(at)
    saved = laptop_file.with_name(f"{laptop_file.stem}.delt-{at:%Y%m%d-%H%M%S}.json")
    with shared.transaction() as session:
        _check_database(session, copy)
        row = session.scalar(sa.select(MeetingCheckout).where(MeetingCheckout.meeting_id == copy.meeting_id))
        if row is not None and row.taken_over_at is None and row.token != copy.token:
            raise _taken_error(row)
        if row is not None and row.token == copy.token:
            session.delete(row)  # it is the copy's own checkout after all: released as by hand_back
            session.flush()
        now = meeting_document(session, copy.meeting_id, internal=True)
        data = (json.dumps(now, ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode("utf-8")
        write_atomically(saved, lambda fh: fh.write(data))
        meeting = session.get(Meeting, copy.meeting_id)
        result = import_meeting(
            session, copy.document, body_id=meeting.body_id if meeting is not None else None, replace=True
        )
    return saved, HandedBack(result.meeting_id, result.items, remove_copy(laptop_file))
