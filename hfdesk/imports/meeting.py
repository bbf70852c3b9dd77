"""A meeting from its JSON (the documented "hfdesk-meeting" format) back into a database.

``read_meeting_file(path) -> dict``
    Reads and checks the file: at most `MAX_BYTES`, UTF-8 JSON, ``format`` "hfdesk-meeting",
    a ``version`` this hfdesk reads (every version ever written: now 1), the internal version
    (a public file has withheld what a meeting record needs). A bad file is `BadFile`.

``import_meeting(session, document, body_id=None, replace=False) -> MeetingImport``
    Writes the meeting in the caller's transaction, all or nothing (any refusal raises before
    the caller commits):

* the body: ``body_id``, else the body whose name or short name is the file's (case-insensitive);
* people: by e-mail (the internal file's ``people`` list), then by full name (one person of
  that name; several is a refusal that names them); a person not found is created and said
  so in the report;
* the meeting and every object under it carry the file's UUIDs (a file written before
  UUIDs gets new ones). A meeting whose UUID is already in the database is refused unless
  ``replace``; a replace is refused when the minutes are approved, and otherwise updates the
  meeting's rows in place by UUID (adds what is new, removes what is gone), so the ids that
  approvals, follow-ups and cases point to stay the same;
* the agenda keeps the file's case numbers: a number taken by another item of the body in
  that year is refused, naming the case; an item's case is found by its UUID (a case
  treated before, in this or another body) or made;
* attendance, per-item presence (from, until, guest items), disqualifications, proposals
  (with their fate), conclusions with their vote rounds and votes, protocol entries and
  follow-ups. A vote by someone not present is refused.
"""

from __future__ import annotations

import base64
import hashlib
import json
import uuid as uuidlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any, TypeVar

import sqlalchemy as sa
from sqlalchemy.orm import Session

from ..buglog import log_refusal
from ..errors import BadFile, InvalidInput
from ..messages import Text, quoted_value
from ..models import (
    AgendaItem,
    Attachment,
    Attendance,
    AttendanceStatus,
    Body,
    Capacity,
    Case,
    CaseType,
    ChangeAction,
    Conclusion,
    ConclusionKind,
    Disqualification,
    DisqualificationGround,
    FollowUp,
    FollowUpStatus,
    GuestItem,
    ItemPriorityGroup,
    Meeting,
    MeetingStatus,
    Membership,
    MinutesSignature,
    NoConsensusOutcome,
    Person,
    Proposal,
    ProposalFate,
    ProtocolEntry,
    ProtocolEntrySupporter,
    Role,
    StandardItem,
    Vote,
    VoteChoice,
    VoteRound,
)
from ..services import history
from ..services.case_numbers import canonical, full_year
from ..services.meetings import calendar_changed, calendar_state
from ..services.register import name_key, person_key, split_name
from ..services.rights import VOTING_ROLES

FORMAT = "hfdesk-meeting"
VERSIONS = (1,)  # every version of the format ever written
MAX_BYTES = 1024 * 1024 * 1024  # the internal file carries the attachments


@dataclass
class MeetingImport:
    """What an import did, for the `--json` report."""

    meeting_id: int
    meeting_uuid: str
    body_id: int
    replaced: bool
    items: int
    people_created: list[dict[str, Any]] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        return {
            "meeting_id": self.meeting_id,
            "meeting_uuid": self.meeting_uuid,
            "body_id": self.body_id,
            "replaced": self.replaced,
            "items": self.items,
            "people_created": self.people_created,
            "notes": self.notes,
        }


# --- reading ---------------------------------------------------------------------------------------


def read_meeting_file(path: Path | str) -> dict[str, Any]:
    """The checked document of a meeting JSON file (see the module docstring)."""
    path = Path(path)
    name = path.name
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise BadFile("meeting_file.too_large", name=name, megabytes=size // (1024 * 1024))
        raw = path.read_bytes()
    except FileNotFoundError:
        raise BadFile("meeting_file.missing", name=name) from None
    except IsADirectoryError:
        raise BadFile("meeting_file.is_folder", name=name) from None
    except OSError as exc:
        raise BadFile("meeting_file.unreadable", name=name, reason=exc.strerror or exc) from None
    try:
        document = json.loads(raw.decode("utf-8-sig"))
    except (UnicodeDecodeError, json.JSONDecodeError, RecursionError):
        raise BadFile("meeting_file.not_json", name=name) from None
    return check_document(document, name)


def check_document(document: Any, name: str | Text = Text("meeting_file.this_file")) -> dict[str, Any]:
    if not isinstance(document, dict) or document.get("format") != FORMAT:
        raise BadFile("meeting_file.wrong_format", name=name, format=FORMAT)
    version = document.get("version")
    if type(version) is not int or version not in VERSIONS:
        raise BadFile("meeting_file.unknown_version", name=name, version=repr(version))
    if document.get("internal") is not True:
        raise BadFile("meeting_file.public", name=name)
    for key, kind in (("body", dict), ("meeting", dict), ("attendance", list), ("items", list)):
        if not isinstance(document.get(key), kind):
            raise BadFile("meeting_file.missing_part", name=name, key=key)
    return document


# --- writing ---------------------------------------------------------------------------------------


def import_meeting(
    session: Session, document: dict[str, Any], *, body_id: int | None = None, replace: bool = False
) -> MeetingImport:
    """Write `document` (checked by `check_document`) into the database; see the module docstring.
    A value the file has wrong is `BadFile` with a code of its own that names it (the key, the
    value, the case or the person), so the whole line is in the user's language."""
    document = check_document(document)
    importer = _Import(session, document, body_id, replace)
    try:
        # rows are flushed where the next step needs their ids; the change log gets the file's
        # entries and one "imported" entry, not one per row written (services.history)
        with session.no_autoflush, history.recording_off(session):
            return importer.run()
    except KeyError as exc:  # a key the file lacks (a value of the wrong kind is named where it is read)
        log_refusal(exc, where="import meeting")
        key = exc.args[0] if exc.args and isinstance(exc.args[0], str) else None
        if key is None:
            raise BadFile("meeting_file.bad_value", part=importer.part) from None
        raise BadFile("meeting_file.missing_key", key=key, part=importer.part) from None
    except (TypeError, ValueError, AttributeError, OverflowError) as exc:
        # the wrong kind of thing where the reading did not look (a list where an object belongs):
        # Python's own words would be English, so the line names the part of the file instead
        log_refusal(exc, where="import meeting")
        raise BadFile("meeting_file.bad_value", part=importer.part) from None
    except sa.exc.IntegrityError:
        raise BadFile("meeting_file.inconsistent") from None


_T = TypeVar("_T")


def _read(key: str, convert: Callable[[Any], _T], value: Any) -> _T:
    """`convert(value)`; a value of the file that does not convert is BadFile naming its key and value."""
    try:
        return convert(value)
    except (TypeError, ValueError, OverflowError):  # binascii.Error is a ValueError
        raise BadFile("meeting_file.bad_field", key=key, value=quoted_value(value)) from None


def _int(value: Any, key: str) -> int:
    return _read(key, int, value)


def _enum(kind: Callable[[Any], _T], value: Any, key: str) -> _T:
    return _read(key, kind, value)


def _sequence(head: dict[str, Any]) -> int:
    """The meeting's calendar SEQUENCE in the file; 0 in a file written before it was there."""
    value = head.get("calendar_sequence", 0)
    if isinstance(value, bool) or not isinstance(value, int) or value < 0:
        raise BadFile("meeting_file.not_whole_number", key="calendar_sequence", value=quoted_value(value))
    return value


def _uuid(data: dict[str, Any]) -> str:
    value = data.get("uuid")
    if value is None:
        return str(uuidlib.uuid4())
    return _read("uuid", lambda v: str(uuidlib.UUID(str(v))), value)


def _time(value: str | None, key: str) -> datetime | None:
    if value is None:
        return None
    return _read(key, lambda v: datetime.fromisoformat(v).replace(tzinfo=None), value)


def _date(value: str | None, key: str) -> date | None:
    return _read(key, date.fromisoformat, value) if value is not None else None


def _text(data: dict[str, Any], key: str) -> str:
    value = data.get(key, "")
    if value is None:
        return ""
    if not isinstance(value, str):
        raise BadFile("meeting_file.not_text", key=key, value=quoted_value(value))
    return value


def _item_label(raw: dict[str, Any], item_uuid: str) -> str:
    """An item of the file as a message names it: its number, else its title, else its uuid."""
    number, title = raw.get("number"), raw.get("title")
    if isinstance(number, str) and number.strip():
        return quoted_value(number)
    if isinstance(title, str) and title.strip():
        return f"«{quoted_value(title)}»"
    return item_uuid


class _Import:
    def __init__(self, session: Session, document: dict[str, Any], body_id: int | None, replace: bool) -> None:
        self.session = session
        self.doc = document
        self.body_id = body_id
        self.replace = replace
        self.part = "body"  # the part of the file being read (a message names it when nothing nearer is known)
        self.people_created: list[dict[str, Any]] = []
        self.notes: list[str] = []
        self.people: dict[int, Person] = {}
        self.emails: dict[int, str] = {}

    # --- who and where -------------------------------------------------------------------------

    def _body(self, body_id: int | None) -> Body:
        if body_id is not None:
            body = self.session.get(Body, body_id)
            if body is None:
                raise InvalidInput("meeting_import.body_not_found_id", body_id=body_id)
            return body
        wanted = self.doc["body"]
        names = {str(wanted.get(k) or "").strip().casefold() for k in ("name", "short_name")} - {""}
        found = [
            b
            for b in self.session.scalars(sa.select(Body))
            if b.name.strip().casefold() in names or (b.short_name or "").strip().casefold() in names
        ]
        if len(found) != 1:
            label = wanted.get("name") or wanted.get("short_name") or "?"
            if not found:
                raise InvalidInput("meeting_import.unknown_body", label=label)
            raise InvalidInput("meeting_import.several_bodies", label=label)
        return found[0]

    def person(self, ref: dict[str, Any] | None, where: str) -> Person | None:
        """The person `ref` (the file's {"id", "name"}) names, found or made; `where` is the key it
        is under in the file, for a message."""
        if ref is None:
            return None
        if not isinstance(ref, dict):
            raise BadFile("meeting_file.not_object", key=where)
        key = _int(ref["id"], "id")
        if key in self.people:
            return self.people[key]
        name = str(ref["name"]).strip()
        if not name:
            raise BadFile("meeting_file.person_without_name", key=where)
        email = self.emails.get(key, "")
        found: Person | None = None
        if email:
            found = self.session.scalar(sa.select(Person).where(sa.func.lower(Person.email) == email.lower()).limit(1))
        if found is None:
            words = name.split()
            wanted = name_key(name)
            # the family name is some tail of the full name ("Kari Berg Hansen": "Hansen" or "Berg Hansen")
            tails = [" ".join(words[i:]).lower() for i in range(len(words))]
            matches = [
                p
                for p in self.session.scalars(sa.select(Person).where(sa.func.lower(Person.family_name).in_(tails)))
                if person_key(p) == wanted
            ]
            if len(matches) > 1:
                raise InvalidInput("meeting_import.several_people", name=name)
            found = matches[0] if matches else None
        if found is None:
            given, family = split_name(name)
            found = Person(given_name=given, family_name=family, email=email)
            self.session.add(found)
            self.session.flush()
            self.people_created.append({"id": found.id, "name": found.full_name})
        self.people[key] = found
        return found

    def someone(self, ref: dict[str, Any], where: str) -> Person:
        found = self.person(ref, where)
        if found is None:
            raise BadFile("meeting_file.person_missing", key=where)
        return found

    # --- the meeting -----------------------------------------------------------------------------

    def run(self) -> MeetingImport:
        self.body = self._body(self.body_id)
        self.part = "people"
        self.emails = {
            _int(p["id"], "id"): str(p.get("email") or "").strip()
            for p in self.doc.get("people", [])
            if isinstance(p, dict) and "id" in p
        }
        self.part = "meeting"
        head = self.doc["meeting"]
        meeting_uuid = _uuid(head)
        meeting = self.session.scalar(sa.select(Meeting).where(Meeting.uuid == meeting_uuid))
        replaced = meeting is not None
        if meeting is not None:
            if not self.replace:
                raise InvalidInput("meeting_import.exists", meeting_id=meeting.id)
            if meeting.status == MeetingStatus.MINUTES_APPROVED:
                raise InvalidInput("meeting_import.approved", meeting_id=meeting.id)
            if meeting.body_id != self.body.id:
                raise InvalidInput("meeting_import.other_body", meeting_id=meeting.id)
        starts_at, ends_at = _time(head["starts_at"], "starts_at"), _time(head["ends_at"], "ends_at")
        if starts_at is None or ends_at is None or ends_at <= starts_at:
            raise InvalidInput("meeting_import.ends_before_start")
        if meeting is None:
            meeting = Meeting(uuid=meeting_uuid, body_id=self.body.id, starts_at=starts_at, ends_at=ends_at)
            self.session.add(meeting)
            before = None
        else:
            before = calendar_state(meeting)
        meeting.title = _text(head, "title")
        meeting.starts_at, meeting.ends_at = starts_at, ends_at
        meeting.place = _text(head, "place")
        meeting.video_link = _text(head, "video_link")
        meeting.archive_reference = _text(head, "archive_reference")[:100]
        meeting.status = _enum(MeetingStatus, head["status"], "status")
        # The calendar entry's UID is the meeting's uuid, which the file carries, so its SEQUENCE
        # goes with it; a replace that moves the meeting, changes its place or cancels it is a
        # newer entry than the one already sent from this database (unless the file says more).
        if before is not None:
            calendar_changed(meeting, before)
        meeting.calendar_sequence = max(meeting.calendar_sequence or 0, _sequence(head))
        meeting.cancelled_reason = _text(head, "cancelled_reason")
        meeting.chair = self.person(head.get("chair"), "chair")
        meeting.minute_taker = self.person(head.get("minute_taker"), "minute_taker")
        meeting.notice_sent_at = _time(head.get("notice_sent_at"), "notice_sent_at")
        self.session.flush()
        self.meeting = meeting

        self.items_by_number: dict[str, AgendaItem] = {}
        self.part = "items"
        items = self._items(meeting, self.doc["items"])
        self.part = "approval"
        self._approval(meeting, head.get("approval"))  # after the items: it may be one of them
        self.part = "attendance"
        attendances = self._attendance(meeting, self.doc["attendance"])
        self.part = "signatures"
        self._signatures(meeting, head.get("signatures", []))
        self.session.flush()
        self.part = "items"
        for item, data in items:
            self._item_content(item, data, attendances)
        self.session.flush()
        self.part = "history"
        history.import_entries(self.session, meeting, self.doc.get("history"))
        history.record_event(self.session, ChangeAction.IMPORT, meeting)
        return MeetingImport(
            meeting_id=meeting.id,
            meeting_uuid=meeting.uuid,
            body_id=self.body.id,
            replaced=replaced,
            items=len(items),
            people_created=self.people_created,
            notes=self.notes,
        )

    def _approval(self, meeting: Meeting, approval: dict[str, Any] | None) -> None:
        meeting.approved_on = None
        meeting.approved_in_item_id = None
        if approval is None:
            return
        meeting.approved_on = _date(approval.get("approved_on"), "approved_on")
        other_uuid, number = approval.get("meeting_uuid"), approval.get("item_number")
        if approval.get("by_circulation") or not number:
            return
        other = (
            self.session.scalar(sa.select(Meeting).where(Meeting.uuid == str(other_uuid))) if other_uuid else None
        )
        item = None
        if other is not None:
            item = next((i for i in other.items if canonical(i.number_seq, i.number_year) == number), None)
        if item is None:
            self.notes.append(str(Text("meeting_import.approving_meeting_missing", number=number)))
            return
        meeting.approved_in_item_id = item.id

    def _signatures(self, meeting: Meeting, data: list[Any]) -> None:
        """Justering: the named signatories in order, with the day each signed (or null)."""
        existing = {s.person_id: s for s in meeting.signatures}
        kept: list[MinutesSignature] = []
        in_order = sorted(data, key=lambda r: _int(r.get("position", 0), "position"))
        for position, raw in enumerate(in_order, start=1):
            person = self.someone(raw["person"], "person")
            if any(s.person is person for s in kept):
                raise BadFile("meeting_file.duplicate_signer", name=person.full_name)
            signature = existing.pop(person.id, None) or MinutesSignature(person=person)
            signature.position = position
            signature.signed_on = _date(raw.get("signed_on"), "signed_on")
            kept.append(signature)
        meeting.signatures = kept

    # --- the agenda -------------------------------------------------------------------------------

    def _items(self, meeting: Meeting, data: list[Any]) -> list[tuple[AgendaItem, dict[str, Any]]]:
        existing = {i.uuid: i for i in meeting.items}
        out: list[tuple[AgendaItem, dict[str, Any]]] = []
        seen: set[str] = set()
        for position, raw in enumerate(data):
            if not isinstance(raw, dict):
                raise BadFile("meeting_file.not_object", key="items")
            if raw.get("exempt") and "title" not in raw:
                raise BadFile("meeting_file.public_stub")
            item_uuid = _uuid(raw)
            if item_uuid in seen:
                raise BadFile("meeting_file.duplicate_item", item=_item_label(raw, item_uuid))
            seen.add(item_uuid)
            item = existing.get(item_uuid)
            if item is None:
                item = AgendaItem(uuid=item_uuid, body_id=self.body.id, meeting=meeting)
                self.session.add(item)
            item.position = position
            item.case = self._case(raw.get("case"), _text(raw, "title"))
            item.standard = _enum(StandardItem, raw["standard"], "standard") if raw.get("standard") else None
            item.case_type = _enum(CaseType, raw["type"], "type")
            item.title = _text(raw, "title")
            item.responsible = _text(raw, "responsible")
            item.responsible_person = self.person(raw.get("responsible_person"), "responsible_person")
            if item.responsible_person is not None and item.responsible == item.responsible_person.full_name:
                item.responsible = ""
            item.put_forward_by = _text(raw, "put_forward_by")
            item.put_forward_by_person = self.person(raw.get("put_forward_by_person"), "put_forward_by_person")
            item.background = _text(raw, "background")
            item.proposed_decision = _text(raw, "proposed_decision")
            item.exempt = bool(raw.get("exempt"))
            item.exemption_basis = _text(raw, "exemption_basis")
            item.duration_minutes = _int(raw.get("duration_minutes", 15), "duration_minutes")
            item.notes = _text(raw, "notes")
            item.not_on_agenda = bool(raw.get("not_on_agenda"))
            item.priority_groups = [
                ItemPriorityGroup(group=_int(g, "priority_groups")) for g in raw.get("priority_groups", [])
            ]
            item.approves_meeting = self._approves(meeting, raw.get("approves"))
            item.number_year, item.number_seq = None, None
            out.append((item, raw))
        for gone in set(existing) - seen:
            self.session.delete(existing[gone])
        self.session.flush()  # the numbers are given after the old ones are cleared
        for item, raw in out:
            number = raw.get("number")
            if number:
                item.number_year, item.number_seq = self._number(str(number), item)
                self.items_by_number[str(number)] = item
        return out

    def _approves(self, meeting: Meeting, data: dict[str, Any] | None) -> Meeting | None:
        """The meeting an approval item approves: its own, or one found by UUID (else none: the
        body's previous meeting)."""
        if data is None:
            return None
        if data.get("own_meeting"):
            return meeting
        wanted = data.get("meeting_uuid")
        return self.session.scalar(sa.select(Meeting).where(Meeting.uuid == str(wanted))) if wanted else None

    def _case(self, data: dict[str, Any] | None, title: str) -> Case:
        if data is not None and data.get("uuid"):
            case = self.session.scalar(sa.select(Case).where(Case.uuid == _uuid(data)))
            if case is not None:
                return case
            return Case(uuid=_uuid(data), title=_text(data, "title") or title, reference=_text(data, "reference"))
        return Case(title=title)

    def _number(self, number: str, item: AgendaItem) -> tuple[int, int]:
        seq_text, _, year_text = number.partition("/")
        try:
            seq, short_year = int(seq_text), int(year_text)
        except ValueError:
            seq, short_year = 0, -1
        if seq <= 0 or not 0 <= short_year <= 99:
            raise BadFile("meeting_file.bad_case_number", number=quoted_value(number))
        year = full_year(short_year, self.meeting.starts_at.year)
        taken = self.session.scalar(
            sa.select(AgendaItem).where(
                AgendaItem.body_id == self.body.id,
                AgendaItem.number_year == year,
                AgendaItem.number_seq == seq,
                AgendaItem.id != item.id,
            )
        )
        if taken is not None:
            raise InvalidInput(
                "meeting_import.number_taken",
                number=taken.number_in(self.body.case_number_pattern),
                body=self.body.short_name or self.body.name,
                title=taken.title,
            )
        return year, seq

    def item_by_number(self, number: str | None) -> AgendaItem | None:
        if number is None:
            return None
        item = self.items_by_number.get(str(number))
        if item is None:
            raise BadFile("meeting_file.item_not_on_agenda", number=quoted_value(number))
        return item

    # --- attendance --------------------------------------------------------------------------------

    def _attendance(self, meeting: Meeting, data: list[Any]) -> dict[int, Attendance]:
        existing = {a.uuid: a for a in meeting.attendances}
        day = meeting.starts_at.date()
        seats = [
            m
            for m in self.session.scalars(sa.select(Membership).where(Membership.body_id == self.body.id))
            if m.is_current(day)
        ]
        seen: set[str] = set()
        by_person: dict[int, Attendance] = {}
        for raw in data:
            person = self.someone(raw["person"], "person")
            if person.id in by_person:
                raise BadFile("meeting_file.duplicate_attendee", name=person.full_name)
            attendance_uuid = _uuid(raw)
            seen.add(attendance_uuid)
            a = existing.get(attendance_uuid)
            if a is None:
                a = Attendance(uuid=attendance_uuid, meeting=meeting, person=person)
                self.session.add(a)
            a.person = person
            a.capacity = _enum(Capacity, raw["capacity"], "capacity")
            a.status = _enum(AttendanceStatus, raw["status"], "status")
            a.membership = _seat_of(seats, person, a.capacity)
            deputy_for = self.person(raw.get("deputy_for"), "deputy_for")
            a.deputy_for = (
                _seat_of(seats, deputy_for, Capacity.MEMBER) if deputy_for is not None and a.capacity == Capacity.DEPUTY else None
            )
            a.from_item = self.item_by_number(raw.get("from_item"))
            a.until_item = self.item_by_number(raw.get("until_item"))
            guest_items = [self.item_by_number(n) for n in raw.get("guest_items", [])]
            a.guest_items = [GuestItem(item_id=i.id) for i in guest_items if i is not None]
            a.note = _text(raw, "note")
            by_person[person.id] = a
        for gone in set(existing) - seen:
            self.session.delete(existing[gone])
        return by_person

    # --- what happened at each item -------------------------------------------------------------------

    def _item_content(self, item: AgendaItem, raw: dict[str, Any], attendances: dict[int, Attendance]) -> None:
        item.disqualifications = [
            Disqualification(
                person=self.someone(d["person"], "person"),
                ground=_enum(DisqualificationGround, d["ground"], "ground"),
                ground_text=_text(d, "ground_text"),
                decided_by_body=bool(d.get("decided_by_body", True)),
            )
            for d in raw.get("disqualifications", [])
        ]
        self._attachments(item, raw.get("attachments", []))
        proposals = self._proposals(item, raw.get("proposals", []))
        self._conclusion(item, raw.get("conclusion"), proposals, attendances)
        self._follow_ups(item, raw.get("follow_ups", []))

    def _attachments(self, item: AgendaItem, data: list[Any]) -> None:
        """The item's attachments: kept where the same file is attached already, else from the
        file's bytes (checked against their SHA-256), else from the same file attached elsewhere
        in the database; one that cannot be found is left out and said so."""
        existing = {(a.sha256, a.filename): a for a in item.attachments}
        kept: list[Attachment] = []
        for position, raw in enumerate(data):
            sha256, filename = str(raw["sha256"]), _text(raw, "filename")
            a = existing.pop((sha256, filename), None)
            if a is None:
                content = _attachment_content(self.session, raw)
                if content is None:
                    self.notes.append(
                        str(
                            Text(
                                "meeting_import.attachment_missing",
                                filename=filename,
                                item=item.number_label or item.title,
                            )
                        )
                    )
                    continue
                a = Attachment(filename=filename, size=len(content), sha256=sha256, content=content)
            a.position = position
            a.title = _text(raw, "title")
            a.mime_type = _text(raw, "mime_type") or "application/octet-stream"
            kept.append(a)
        item.attachments = kept

    def _proposals(self, item: AgendaItem, data: list[Any]) -> dict[int, Proposal]:
        existing = {p.uuid: p for p in item.proposals}
        by_file_id: dict[int, Proposal] = {}
        kept: list[Proposal] = []
        for position, raw in enumerate(data):
            proposal_uuid = _uuid(raw)
            p = existing.pop(proposal_uuid, None) or Proposal(uuid=proposal_uuid)
            p.position = position
            p.text = _text(raw, "text")
            p.from_agenda = bool(raw.get("from_agenda"))
            p.put_forward_by = self.person(raw.get("put_forward_by"), "put_forward_by")
            p.put_forward_by_text = _text(raw, "put_forward_by_text")
            p.fate = _enum(ProposalFate, raw.get("fate", ProposalFate.PENDING.value), "fate")
            by_file_id[_int(raw["id"], "id")] = p
            kept.append(p)
        item.proposals = kept
        for p, raw in zip(kept, data):
            amends = raw.get("amends")
            p.amends = None
            if amends is not None:
                p.amends = by_file_id.get(_int(amends, "amends"))
                if p.amends is None:  # a proposal the item does not have
                    raise BadFile("meeting_file.bad_field", key="amends", value=quoted_value(amends))
        self.session.flush()
        return by_file_id

    def _conclusion(
        self,
        item: AgendaItem,
        data: dict[str, Any] | None,
        proposals: dict[int, Proposal],
        attendances: dict[int, Attendance],
    ) -> None:
        if data is None:
            item.conclusion = None
            return
        c = item.conclusion
        conclusion_uuid = _uuid(data)
        if c is None or c.uuid != conclusion_uuid:
            c = Conclusion(uuid=conclusion_uuid, kind=_enum(ConclusionKind, data["kind"], "kind"))
            item.conclusion = c
        c.kind = _enum(ConclusionKind, data["kind"], "kind")
        c.decision_text = _text(data, "decision_text")
        outcome = data.get("no_consensus_outcome")
        c.no_consensus_outcome = _enum(NoConsensusOutcome, outcome, "no_consensus_outcome") if outcome else None
        c.without_quorum = bool(data.get("without_quorum"))
        concluded_at = _time(data.get("concluded_at"), "concluded_at")
        if concluded_at is not None:
            c.concluded_at = concluded_at
        rounds = data.get("vote_rounds")
        if rounds is None:  # written before vote rounds: the one vote is the one round
            vote = data.get("vote")
            rounds = [] if vote is None else [{**vote, "position": 1}]
        c.voted_proposal = None
        c.adopted = None
        existing_rounds = {r.uuid: r for r in c.vote_rounds}
        kept_rounds: list[VoteRound] = []
        for position, raw in enumerate(rounds, start=1):
            round_uuid = _uuid(raw)
            r = existing_rounds.pop(round_uuid, None) or VoteRound(uuid=round_uuid)
            r.position = _int(raw.get("position", position), "position")
            proposal_id = raw.get("proposal_id")
            r.proposal = proposals.get(_int(proposal_id, "proposal_id")) if proposal_id is not None else None
            r.adopted = raw.get("adopted")
            existing_votes = {v.uuid: v for v in r.votes}
            kept_votes: list[Vote] = []
            for v in raw.get("votes", []):
                person = self.someone(v["person"], "person")
                attendance = attendances.get(person.id)
                if attendance is None or attendance.status != AttendanceStatus.PRESENT:
                    raise InvalidInput(
                        "meeting_import.vote_by_absent", name=person.full_name, item=item.number_label or item.title
                    )
                vote_uuid = _uuid(v)
                vote = existing_votes.pop(vote_uuid, None) or Vote(uuid=vote_uuid)
                vote.person = person
                vote.choice = _enum(VoteChoice, v["choice"], "choice")
                vote.conclusion = c
                kept_votes.append(vote)
            r.votes = kept_votes
            kept_rounds.append(r)
        c.vote_rounds = kept_rounds
        if kept_rounds:
            last = kept_rounds[-1]
            c.voted_proposal, c.adopted = last.proposal, last.adopted
        existing_entries = {e.uuid: e for e in c.protocol_entries}
        entries: list[ProtocolEntry] = []
        for position, raw in enumerate(data.get("protocol_entries", [])):
            entry_uuid = _uuid(raw)
            e = existing_entries.pop(entry_uuid, None) or ProtocolEntry(uuid=entry_uuid)
            e.position = position
            e.text = _text(raw, "text")
            e.behind_text = _text(raw, "behind")
            e.supporters = [
                ProtocolEntrySupporter(person=self.someone(s, "supporters")) for s in raw.get("supporters", [])
            ]
            entries.append(e)
        c.protocol_entries = entries

    def _follow_ups(self, item: AgendaItem, data: list[Any]) -> None:
        existing = {f.uuid: f for f in item.follow_ups}
        kept: list[FollowUp] = []
        for raw in data:
            follow_up_uuid = _uuid(raw)
            f = existing.pop(follow_up_uuid, None) or FollowUp(uuid=follow_up_uuid, body_id=self.body.id)
            f.what = _text(raw, "what")
            f.responsible_person = self.person(raw.get("responsible_person"), "responsible_person")
            f.responsible_text = _text(raw, "responsible_text")
            f.due_on = _date(raw.get("due_on"), "due_on")
            f.status = _enum(FollowUpStatus, raw["status"], "status")
            f.done_on = _date(raw.get("done_on"), "done_on")
            kept.append(f)
        for gone in existing.values():
            self.session.delete(gone)
        item.follow_ups = kept


def _attachment_content(session: Session, raw: dict[str, Any]) -> bytes | None:
    encoded = raw.get("content_base64")
    if encoded is not None:
        content = _read("content_base64", lambda v: base64.b64decode(str(v), validate=True), encoded)
        if hashlib.sha256(content).hexdigest() != raw["sha256"]:
            raise BadFile("meeting_file.attachment_checksum", filename=quoted_value(raw.get("filename") or ""))
        return content
    found = session.scalar(sa.select(Attachment.content).where(Attachment.sha256 == str(raw["sha256"])).limit(1))
    return bytes(found) if found is not None else None


def _seat_of(seats: Iterable[Membership], person: Person | None, capacity: Capacity) -> Membership | None:
    """The person's seat in the body on the meeting day that fits the capacity they attend in."""
    if person is None:
        return None
    roles = {
        Capacity.MEMBER: VOTING_ROLES,
        Capacity.DEPUTY: (Role.DEPUTY,),
        Capacity.OBSERVER: (Role.OBSERVER,),
        Capacity.SECRETARIAT: (Role.SECRETARY,),
    }.get(capacity, ())
    return next((m for m in seats if m.person_id == person.id and m.role in roles), None)
