"""Who changed what: the change log of meetings, their agenda and the register (issue 22, point 5).

Recording. One session listener (`record_flush`, registered once by `hfdesk.services`, on
SQLAlchemy's ``after_flush``) writes one `ChangeLog` row per inserted, updated or deleted
object of the tracked kinds (`TRACKED`) per flush, in the same transaction as the change: a
change rolled back leaves no history, and a history row never stands without its change.
It costs one multi-row INSERT per flush; the meeting and body an object belongs to are
found in the session's identity map (the services loaded them), and only what is not there
is read, with at most one query per kind per flush.

Who: the database role on PostgreSQL (``SELECT current_user``), the operating-system account
on SQLite (`_actor`); read once per session. When: UTC, timezone-aware.

No contact details: `fields` names every changed field, with the old and new values only for
the fields in `VALUE_FIELDS` (titles, places, times, statuses, numbers: nothing about a
person). A person's fields and the free texts that may name people are listed by name only.

Bulk writes record one entry instead of thousands: `recording_off(session)` stops the
per-object recording for a block, and `record_event` writes the one entry that stands for it
(the meeting JSON import writes "imported", the demo builder "created").

Reading. `meeting_history(session, meeting_id)` and `body_history(session, body_id)` give
frozen `HistoryEntry` rows, oldest first, with the change in words in the user's language
(`describe`), e.g. "ola endret tittel på sak 3/26 fra «X» til «Y»".

Taking a meeting along. `export_entries` gives the meeting's entries as JSON-ready dicts for the
internal meeting JSON; `import_entries` adds those the database does not have yet (by the
entry's own uuid), so history made on a laptop comes back with the meeting.
"""

from __future__ import annotations

import enum
import uuid as uuidlib
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import date, datetime, timezone
from typing import Any
from zoneinfo import ZoneInfo

import sqlalchemy as sa
from sqlalchemy.orm import Session, attributes

from ..errors import BadFile
from ..messages import quoted_value, render
from ..models import (
    AgendaItem,
    Area,
    Attendance,
    AttendanceStatus,
    Body,
    Capacity,
    Case,
    CaseType,
    ChangeAction,
    ChangeLog,
    CompositionRule,
    Conclusion,
    ConclusionKind,
    Disqualification,
    FollowUp,
    FollowUpStatus,
    Meeting,
    MeetingStatus,
    Membership,
    Organisation,
    Person,
    Proposal,
    ProposalFate,
    ProtocolEntry,
    Vote,
    VoteChoice,
    VoteRound,
)
from .actor import current_actor

TIMEZONE = ZoneInfo("Europe/Oslo")

# The kinds recorded: meetings, their agenda and the register.
TRACKED: tuple[type, ...] = (
    Meeting, AgendaItem, Case, Conclusion, Proposal, VoteRound, Vote, ProtocolEntry, Attendance, FollowUp,
    Disqualification, Body, CompositionRule, Person, Organisation, Area, Membership,
)  # fmt: skip
_TRACKED = frozenset(TRACKED)

# The fields whose old and new values are kept: none of them can hold a contact detail or a
# person's name. Every other changed field is kept by its name only.
VALUE_FIELDS: dict[type, frozenset[str]] = {
    Meeting: frozenset({
        "title", "starts_at", "ends_at", "place", "video_link", "status", "notice_sent_at", "approved_on",
        "archive_reference",
    }),
    AgendaItem: frozenset({
        "title", "position", "number_year", "number_seq", "standard", "case_type", "exempt", "exemption_basis",
        "duration_minutes", "not_on_agenda", "meeting_id",
    }),
    Case: frozenset({"title", "reference"}),
    Conclusion: frozenset({"kind", "no_consensus_outcome", "adopted", "without_quorum"}),
    Proposal: frozenset({"position", "fate", "from_agenda"}),
    VoteRound: frozenset({"position", "adopted"}),
    Vote: frozenset({"choice"}),
    ProtocolEntry: frozenset({"position"}),
    Attendance: frozenset({"status", "capacity"}),
    FollowUp: frozenset({"status", "due_on", "done_on"}),
    Disqualification: frozenset({"ground", "decided_by_body"}),
    Body: frozenset({
        "name", "short_name", "level", "language", "quorum_rule", "quorum_count", "majority_rule", "minutes_kind",
        "std_approve_notice", "std_approve_minutes", "std_other_business", "default_place",
        "default_duration_minutes", "term_years", "sort_order", "dissolved_on", "case_number_pattern",
        "minutes_signatories", "leader_sides_differ", "shared_deputies", "deputy_same_side",
        "matching_representation",
    }),
    CompositionRule: frozenset({
        "label", "side", "appointed_by", "role", "min_count", "max_count", "sort_order", "position", "outside_caps",
    }),
    Organisation: frozenset({"name", "short_name", "side"}),
    Area: frozenset({"name", "sort_order"}),
    Membership: frozenset({"role", "rights", "appointed_by", "term_from", "term_to"}),
    Person: frozenset(),  # a person's fields: names only, never values
}

# Fields that change as the secretary moves about, not as the record changes: not history.
IGNORED: dict[type, frozenset[str]] = {
    Meeting: frozenset({"current_item_id", "calendar_sequence"}),
}

# Every row's own bookkeeping (its id, and the version, who and when of models.base.Versioned):
# the entry itself says who and when.
_BOOKKEEPING = frozenset({"id", "version", "changed_by", "changed_at"})

_TABLE: sa.Table = ChangeLog.__table__  # type: ignore[assignment]
_OFF = "hfdesk_history_off"


# --- who and when ------------------------------------------------------------------------------


def _actor(session: Session) -> str:
    """Who is changing things (services.actor: the database role on PostgreSQL, the
    operating-system account on SQLite)."""
    return current_actor(session)


def _now() -> datetime:
    return datetime.now(timezone.utc)


# --- recording ---------------------------------------------------------------------------------


@contextmanager
def recording_off(session: Session) -> Iterator[None]:
    """No per-object history inside the block (a bulk write records one entry: `record_event`)."""
    session.info[_OFF] = session.info.get(_OFF, 0) + 1
    try:
        yield
    finally:
        session.info[_OFF] -= 1


def record_event(session: Session, action: ChangeAction, meeting: Meeting, *, label: str = "") -> None:
    """One entry standing for a bulk write of a whole meeting (an import, the demo's meetings)."""
    session.flush()
    session.connection().execute(
        _TABLE.insert(),
        [_row(session, action, "meetings", meeting.id, meeting.uuid, meeting.id, meeting.uuid, meeting.body_id,
              label or meeting.title, [])],
    )


def record_created(session: Session) -> int:
    """One "created" entry per body and per meeting in the database (the demo builder writes its
    thousands of rows with `recording_off` and then this); the number of entries."""
    session.flush()
    rows = [
        _row(session, ChangeAction.CREATE, "bodies", id_, None, None, None, id_, name, [])
        for id_, name in session.execute(sa.select(Body.id, Body.name).order_by(Body.id))
    ]
    rows += [
        _row(session, ChangeAction.CREATE, "meetings", id_, uuid, id_, uuid, body_id, title, [])
        for id_, uuid, body_id, title in session.execute(
            sa.select(Meeting.id, Meeting.uuid, Meeting.body_id, Meeting.title).order_by(Meeting.starts_at, Meeting.id)
        )
    ]
    if rows:
        session.connection().execute(_TABLE.insert(), rows)
    return len(rows)


def _row(
    session: Session, action: ChangeAction, entity: str, entity_id: int | None, entity_uuid: str | None,
    meeting_id: int | None, meeting_uuid: str | None, body_id: int | None, label: str, fields: list[dict[str, Any]],
) -> dict[str, Any]:
    return {
        "uuid": str(uuidlib.uuid4()), "at": _now(), "actor": _actor(session), "action": action, "entity": entity,
        "entity_id": entity_id, "entity_uuid": entity_uuid, "meeting_id": meeting_id, "meeting_uuid": meeting_uuid,
        "body_id": body_id, "label": label[:300], "fields": fields,
    }


def _json_value(value: Any) -> Any:
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    if value is None or isinstance(value, (bool, int, float, str)):
        return value
    return str(value)


def _changes(obj: Any) -> list[dict[str, Any]]:
    """The changed columns of `obj` in this flush, with values where VALUE_FIELDS allows."""
    cls = type(obj)
    allowed = VALUE_FIELDS.get(cls, frozenset())
    ignored = IGNORED.get(cls, frozenset())
    state = sa.inspect(obj)
    out: list[dict[str, Any]] = []
    for prop in state.mapper.column_attrs:
        key = prop.key
        if key in ignored or key in _BOOKKEEPING:
            continue
        history = attributes.get_history(obj, key, passive=attributes.PASSIVE_NO_INITIALIZE)
        if not history.has_changes():
            continue
        old = history.deleted[0] if history.deleted else None
        new = history.added[0] if history.added else None
        if old == new:
            continue
        if key in allowed:
            out.append({"field": key, "old": _json_value(old), "new": _json_value(new)})
        else:
            out.append({"field": key})
    return out


class _Where:
    """The meeting and body of the objects of one flush, from the identity map where they are,
    else read at most once per kind."""

    def __init__(
        self, session: Session, objects: Iterable[Any], gone_meetings: set[int], gone_bodies: set[int],
        more_meetings: set[int] = frozenset(),  # type: ignore[assignment]
    ):
        self.session = session
        self.gone_meetings, self.gone_bodies = gone_meetings, gone_bodies
        self.conclusions: dict[int, int] = {}  # conclusion id -> item id
        self.items: dict[int, tuple[int | None, int, str]] = {}  # item id -> (meeting id, body id, label)
        self.meetings: dict[int, tuple[str, int]] = {}  # meeting id -> (uuid, body id)
        objects = list(objects)
        for obj in objects:
            self._know(obj)
        self._read(objects, more_meetings)

    def _know(self, obj: Any) -> None:
        if isinstance(obj, Conclusion) and obj.id is not None:
            self.conclusions[obj.id] = obj.item_id
        elif isinstance(obj, AgendaItem) and obj.id is not None:
            self.items[obj.id] = (obj.meeting_id, obj.body_id, _item_label(obj))
        elif isinstance(obj, Meeting) and obj.id is not None:
            self.meetings[obj.id] = (obj.uuid, obj.body_id)

    def _cached(self, cls: type, id_: int | None) -> bool:
        if id_ is None:
            return True
        obj = self.session.identity_map.get(self.session.identity_key(cls, id_))
        if obj is not None:
            self._know(obj)
            return True
        return False

    def _read(self, objects: list[Any], more_meetings: set[int]) -> None:
        s = self.session
        want = {o.conclusion_id for o in objects if isinstance(o, (ProtocolEntry, VoteRound, Vote))}
        want = {c for c in want if c not in self.conclusions and not self._cached(Conclusion, c)}
        if want:
            self.conclusions.update(
                (c, i) for c, i in s.execute(sa.select(Conclusion.id, Conclusion.item_id).where(Conclusion.id.in_(want)))
            )
        items = {o.item_id for o in objects if isinstance(o, (Conclusion, Proposal, Disqualification, FollowUp))}
        items |= set(self.conclusions.values())
        items = {i for i in items if i is not None and i not in self.items and not self._cached(AgendaItem, i)}
        if items:
            for item in s.scalars(sa.select(AgendaItem).where(AgendaItem.id.in_(items))):
                self._know(item)
        meetings = {o.meeting_id for o in objects if isinstance(o, (Attendance, AgendaItem))}
        meetings |= {m for m, _b, _l in self.items.values()} | more_meetings
        meetings = {m for m in meetings if m is not None and m not in self.meetings and not self._cached(Meeting, m)}
        if meetings:
            self.meetings.update(
                (i, (u, b)) for i, u, b in s.execute(sa.select(Meeting.id, Meeting.uuid, Meeting.body_id).where(Meeting.id.in_(meetings)))
            )

    def item(self, item_id: int | None) -> tuple[int | None, str | None, int | None, str]:
        """(meeting id, meeting uuid, body id, the item's label) of an item."""
        if item_id is None or item_id not in self.items:
            return None, None, None, ""
        meeting_id, body_id, label = self.items[item_id]
        uuid, _body = self.meetings.get(meeting_id, (None, body_id)) if meeting_id is not None else (None, body_id)
        return meeting_id, uuid, body_id, label

    def of(self, obj: Any) -> tuple[int | None, str | None, int | None, str]:
        """(meeting id, meeting uuid, body id, label) of a tracked object."""
        if isinstance(obj, Meeting):
            return obj.id, obj.uuid, obj.body_id, obj.title or ""
        if isinstance(obj, AgendaItem):
            m, u, _b, label = self.item(obj.id)
            return m, u, obj.body_id, label or _item_label(obj)
        if isinstance(obj, (Conclusion, Proposal, Disqualification)):
            return self.item(obj.item_id)
        if isinstance(obj, FollowUp):
            m, u, _b, label = self.item(obj.item_id)
            return m, u, obj.body_id, label
        if isinstance(obj, (ProtocolEntry, VoteRound, Vote)):
            return self.item(self.conclusions.get(obj.conclusion_id))
        if isinstance(obj, Attendance):
            uuid, body_id = self.meetings.get(obj.meeting_id, (None, None))
            return obj.meeting_id, uuid, body_id, ""
        if isinstance(obj, Case):
            return None, None, None, obj.title or ""
        if isinstance(obj, Body):
            return None, None, obj.id, obj.name or ""
        if isinstance(obj, CompositionRule):
            return None, None, obj.body_id, obj.label or ""
        if isinstance(obj, Membership):
            return None, None, obj.body_id, ""
        if isinstance(obj, (Organisation, Area)):
            return None, None, None, obj.name or ""
        return None, None, None, ""  # a person: nothing of them is kept but the field names


def _item_label(item: AgendaItem) -> str:
    """An item as the history names it: its number as the body writes it, else its title."""
    if item.number_seq is not None and item.number_year is not None:
        body = item.__dict__.get("body")  # not loaded here: the canonical form, no query
        if body is not None:
            return item.number_in(body.case_number_pattern)
        return item.number_in(None)
    return item.title or ""


def record_flush(session: Session, _flush_context: object) -> None:
    """The after_flush listener: one ChangeLog row per tracked object inserted, updated or deleted."""
    if session.info.get(_OFF):
        return
    new = [o for o in session.new if type(o) in _TRACKED]
    deleted = [o for o in session.deleted if type(o) in _TRACKED]
    dirty = [o for o in session.dirty if type(o) in _TRACKED and o not in session.deleted]
    if not (new or deleted or dirty):
        return
    updates = [(o, c) for o in dirty if (c := _changes(o))]
    if not (new or deleted or updates):
        return
    gone_meetings = {o.id for o in deleted if isinstance(o, Meeting)}
    gone_bodies = {o.id for o in deleted if isinstance(o, Body)}
    # A case taken off its agenda (to the backlog) belongs to the history of the meeting it left.
    left: dict[int, int] = {
        id(o): f["old"]
        for o, c in updates
        if isinstance(o, AgendaItem) and o.meeting_id is None
        for f in c
        if f["field"] == "meeting_id" and isinstance(f.get("old"), int)
    }
    where = _Where(session, [*new, *deleted, *(o for o, _c in updates)], gone_meetings, gone_bodies, set(left.values()))
    rows: list[dict[str, Any]] = []
    plan: list[tuple[Any, ChangeAction, list[dict[str, Any]]]] = [(o, ChangeAction.INSERT, []) for o in new]
    plan += [(o, ChangeAction.UPDATE, c) for o, c in updates]
    plan += [(o, ChangeAction.DELETE, []) for o in deleted]
    for obj, action, fields in plan:
        meeting_id, meeting_uuid, body_id, label = where.of(obj)
        if id(obj) in left:
            meeting_id = left[id(obj)]
            meeting_uuid = where.meetings.get(meeting_id, (None, None))[0]
        if meeting_id in gone_meetings:
            meeting_id = None  # the row is gone: the entry keeps its uuid
        if body_id in gone_bodies:
            body_id = None
        if isinstance(obj, (Person, Attendance, Vote, Membership, Disqualification)) and action != ChangeAction.UPDATE:
            fields = []
        rows.append(_row(
            session, action, type(obj).__tablename__, obj.id, getattr(obj, "uuid", None), meeting_id, meeting_uuid,
            body_id, label, fields,
        ))
    session.connection().execute(_TABLE.insert(), rows)


# --- reading -----------------------------------------------------------------------------------


@dataclass(frozen=True)
class HistoryEntry:
    id: int  # the entry's row in change_log
    at: datetime  # timezone-aware, UTC
    actor: str
    action: ChangeAction
    entity: str
    entity_uuid: str | None
    fields: tuple[str, ...]  # the names of the fields that changed
    text: str  # the change in words, in the language asked for

    @property
    def local_time(self) -> datetime:
        """When, on the clock in Norway."""
        return self.at.astimezone(TIMEZONE)


def meeting_history(session: Session, meeting_id: int, language: str | None = None) -> tuple[HistoryEntry, ...]:
    """Everything recorded about a meeting and its agenda, oldest first; the words in `language`
    ('nb', 'nn', 'en'; default the current one)."""
    uuid = session.scalar(sa.select(Meeting.uuid).where(Meeting.id == meeting_id))
    where = ChangeLog.meeting_id == meeting_id
    if uuid is not None:
        where = sa.or_(where, ChangeLog.meeting_uuid == uuid)
    return _entries(session, where, language)


def body_history(session: Session, body_id: int, language: str | None = None) -> tuple[HistoryEntry, ...]:
    """Everything recorded about a body: the body, its composition rules and seats, its meetings
    and their agendas, oldest first."""
    return _entries(session, ChangeLog.body_id == body_id, language)


def _entries(session: Session, where: sa.ColumnElement[bool], language: str | None) -> tuple[HistoryEntry, ...]:
    rows = list(session.scalars(sa.select(ChangeLog).where(where).order_by(ChangeLog.at, ChangeLog.id)))
    names = _Names(session, rows)
    return tuple(
        HistoryEntry(
            id=row.id, at=row.at, actor=row.actor, action=row.action, entity=row.entity, entity_uuid=row.entity_uuid,
            fields=tuple(str(f.get("field", "")) for f in row.fields or ()), text=describe(row, names.of(row), language),
        )
        for row in rows
    )


class _Names:
    """What each entry's object is called now, read once per kind: an item's number, the person of
    an attendance or seat (the register's name, never kept in the log)."""

    def __init__(self, session: Session, rows: list[ChangeLog]) -> None:
        def ids(entity: str) -> set[int]:
            return {r.entity_id for r in rows if r.entity == entity and r.entity_id is not None}

        def uuids(entity: str) -> set[str]:
            return {r.entity_uuid for r in rows if r.entity == entity and r.entity_uuid is not None}

        self.items: dict[str, str] = {}
        wanted = uuids("agenda_items")
        if wanted:
            for item, pattern in session.execute(
                sa.select(AgendaItem, Body.case_number_pattern).join(Body, Body.id == AgendaItem.body_id)
                .where(AgendaItem.uuid.in_(wanted))
            ):
                self.items[item.uuid] = item.number_in(pattern) if item.is_numbered else item.title
        self.people: dict[tuple[str, object], str] = {}
        person = sa.func.trim(Person.given_name + " " + Person.family_name)
        wanted = uuids("attendances")
        if wanted:
            for u, name in session.execute(
                sa.select(Attendance.uuid, person).join(Person, Person.id == Attendance.person_id).where(Attendance.uuid.in_(wanted))
            ):
                self.people[("attendances", u)] = name
        for entity, stmt in (
            ("memberships", sa.select(Membership.id, person).join(Person, Person.id == Membership.person_id).where(Membership.id.in_(ids("memberships")))),
            ("people", sa.select(Person.id, person).where(Person.id.in_(ids("people")))),
        ):
            if ids(entity):
                for i, name in session.execute(stmt):
                    self.people[(entity, i)] = name

    def of(self, row: ChangeLog) -> str:
        if row.entity == "agenda_items":
            return self.items.get(row.entity_uuid or "", row.label)
        if row.entity == "attendances":
            return self.people.get(("attendances", row.entity_uuid), "")
        if row.entity in ("memberships", "people"):
            return self.people.get((row.entity, row.entity_id), "")
        return row.label


# The words of the history (hfdesk.messages): each kind of object, named ("sak 3/26") and plain
# ("en sak"), and each field; tests/test_errors.py checks that every code is in the catalogue.
ENTITY_CODES: dict[str, tuple[str, str]] = {
    table: (f"history.entity.{table}", f"history.entity.{table}.plain")
    for table in (str(getattr(cls, "__tablename__")) for cls in TRACKED)
}
UNKNOWN_ENTITY = ("history.entity.other", "history.entity.other.plain")  # from a file of a newer hfdesk
FIELD_CODES: dict[str, str] = {
    name: f"history.field.{name}"
    for name in (
        "title", "starts_at", "ends_at", "place", "video_link", "status", "notice_sent_at", "approved_on",
        "archive_reference", "notes", "chair_id", "minute_taker_id", "position", "number_seq", "number_year",
        "case_type", "background", "proposed_decision", "exempt", "exemption_basis", "duration_minutes",
        "responsible", "put_forward_by", "meeting_id", "text", "fate", "kind", "decision_text", "choice", "capacity",
        "note", "what", "due_on", "done_on", "email", "phone", "given_name", "family_name", "name", "short_name",
        "reference", "term_from", "term_to", "role", "rights", "organisation_id", "adopted",
    )
}
STATUS_CODES: dict[str, str] = {status.value: f"meeting.status.{status.value}" for status in MeetingStatus}
# The words of stored enumeration values, by (table, field): "til stede" for "present".
VALUE_CODES: dict[tuple[str, str], dict[str, str]] = {
    key: {member.value: f"history.value.{group}.{member.value}" for member in enum_cls}
    for key, group, enum_cls in (
        (("meetings", "status"), "", MeetingStatus),
        (("attendances", "status"), "attendance_status", AttendanceStatus),
        (("attendances", "capacity"), "capacity", Capacity),
        (("votes", "choice"), "choice", VoteChoice),
        (("proposals", "fate"), "fate", ProposalFate),
        (("follow_ups", "status"), "follow_up_status", FollowUpStatus),
        (("agenda_items", "case_type"), "case_type", CaseType),
        (("conclusions", "kind"), "kind", ConclusionKind),
    )
    if group
}
VALUE_CODES[("meetings", "status")] = STATUS_CODES


def _field_word(name: str, language: str | None) -> str:
    code = FIELD_CODES.get(name)
    if code is None:  # a field without a word of its own: its name, readable
        return name.removesuffix("_id").replace("_", " ")
    return render(code, language)


def _value(value: Any, field: object = "", entity: str = "", language: str | None = None) -> str:
    if isinstance(value, str):
        code = VALUE_CODES.get((entity, str(field)), {}).get(value)
        if code is not None:
            return render(code, language)
    if value is None or value == "":
        return "–"
    if isinstance(value, bool):
        return "✓" if value else "–"
    return str(value)


def describe(row: ChangeLog, name: str, language: str | None = None) -> str:
    """The entry in words: 'ola endret tittel på sak 3/26 fra «X» til «Y»'."""
    who = row.actor or render("history.someone", language)
    code = ENTITY_CODES.get(row.entity, UNKNOWN_ENTITY)[0 if name else 1]
    what = render(code, language, name=name)
    if row.action == ChangeAction.IMPORT:
        return render("history.imported", language, who=who)
    if row.action == ChangeAction.CREATE:
        return render("history.created", language, who=who, what=what)
    if row.action == ChangeAction.INSERT:
        return render("history.insert", language, who=who, what=what)
    if row.action == ChangeAction.DELETE:
        return render("history.delete", language, who=who, what=what)
    fields = list(row.fields or ())
    moved = next((f for f in fields if f.get("field") == "meeting_id"), None)
    if row.entity == "agenda_items" and moved is not None:
        if moved.get("new") is None:
            return render("history.off_agenda", language, who=who, what=what)
        if moved.get("old") is None:
            return render("history.on_agenda", language, who=who, what=what)
        return render("history.other_meeting", language, who=who, what=what)
    if len(fields) == 1 and "old" in fields[0]:
        f = fields[0]
        return render(
            "history.changed_value", language, who=who, field=_field_word(str(f["field"]), language), what=what,
            old=_value(f.get("old"), f["field"], row.entity, language),
            new=_value(f.get("new"), f["field"], row.entity, language),
        )
    parts = [
        render("history.value", language, field=_field_word(str(f["field"]), language),
               old=_value(f.get("old"), f["field"], row.entity, language),
               new=_value(f.get("new"), f["field"], row.entity, language))
        if "old" in f else _field_word(str(f["field"]), language)
        for f in fields
    ]
    joined = parts[0] if len(parts) == 1 else f"{', '.join(parts[:-1])} {render('history.and', language)} {parts[-1]}"
    return render("history.changed", language, who=who, fields=joined, what=what)


# --- taken along: the meeting JSON ---------------------------------------------------------------


def export_entries(session: Session, meeting_id: int) -> list[dict[str, Any]]:
    """The meeting's entries as the internal meeting JSON carries them (oldest first)."""
    uuid = session.scalar(sa.select(Meeting.uuid).where(Meeting.id == meeting_id))
    where = ChangeLog.meeting_id == meeting_id
    if uuid is not None:
        where = sa.or_(where, ChangeLog.meeting_uuid == uuid)
    rows = session.scalars(sa.select(ChangeLog).where(where).order_by(ChangeLog.at, ChangeLog.id))
    return [
        {
            "uuid": r.uuid, "at": r.at.isoformat(), "actor": r.actor, "action": r.action.value, "entity": r.entity,
            "entity_uuid": r.entity_uuid, "label": r.label, "fields": list(r.fields or ()),
        }
        for r in rows
    ]


def _file_value(key: str, convert: Any, value: Any) -> Any:
    """`convert(value)` for a value of the meeting file's history; one that does not convert is
    BadFile naming its key and value (the message is the meeting import's)."""
    try:
        return convert(value)
    except (TypeError, ValueError, OverflowError):
        raise BadFile("meeting_file.bad_field", key=key, value=quoted_value(value)) from None


def _file_uuid(key: str, value: Any) -> str:
    return _file_value(key, lambda v: str(uuidlib.UUID(str(v))), value)


def import_entries(session: Session, meeting: Meeting, entries: Any) -> int:
    """Add the file's entries the database does not have (by their uuid) to `meeting`'s history;
    the number added. A file without history (written before it was there) adds none. An entry
    the file has wrong is BadFile with the meeting file's codes (a missing key is the caller's
    KeyError: the meeting import names it)."""
    if entries is None:
        return 0
    if not isinstance(entries, list):
        raise BadFile("meeting_file.not_list", key="history")
    parsed: dict[str, dict[str, Any]] = {}
    for raw in entries:
        if not isinstance(raw, dict):
            raise BadFile("meeting_file.not_object", key="history")
        # an entry without a uuid (a file edited by hand, or one whose uuids were cleared to make a
        # new meeting of it) gets a new one, as every other object of the file does
        entry_uuid = _file_uuid("uuid", raw["uuid"]) if raw.get("uuid") is not None else str(uuidlib.uuid4())
        at = _file_value("at", lambda v: datetime.fromisoformat(str(v)), raw["at"])
        if at.tzinfo is None:
            raise BadFile("meeting_file.history_no_time_zone", value=quoted_value(raw["at"]))
        fields = raw.get("fields") or []
        if not isinstance(fields, list) or not all(isinstance(f, dict) and isinstance(f.get("field"), str) for f in fields):
            raise BadFile("meeting_file.history_bad_fields")
        entity_uuid = raw.get("entity_uuid")
        parsed[entry_uuid] = {
            "uuid": entry_uuid, "at": at, "actor": str(raw.get("actor") or "")[:200],
            "action": _file_value("action", ChangeAction, raw["action"]), "entity": str(raw["entity"])[:40],
            "entity_id": None,
            "entity_uuid": _file_uuid("entity_uuid", entity_uuid) if entity_uuid is not None else None,
            "meeting_id": meeting.id, "meeting_uuid": meeting.uuid, "body_id": meeting.body_id,
            "label": str(raw.get("label") or "")[:300],
            "fields": [{k: _json_value(v) for k, v in f.items() if k in ("field", "old", "new")} for f in fields],
        }
    if not parsed:
        return 0
    have = set(session.scalars(sa.select(ChangeLog.uuid).where(ChangeLog.uuid.in_(parsed))))
    rows = [row for key, row in parsed.items() if key not in have]
    if rows:
        session.connection().execute(_TABLE.insert(), rows)
    return len(rows)


__all__ = [
    "HistoryEntry", "TRACKED", "VALUE_FIELDS", "body_history", "describe", "export_entries",
    "import_entries", "meeting_history", "record_created", "record_event", "record_flush", "recording_off",
]
