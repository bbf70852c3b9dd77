"""The statements the loader runs, each built once when first used: not at import (naming a
relationship sets up every mapper, which the start leaves until the window is idle), and not at
every read (building a statement with its loader options and working out its cache key cost
more than running it on SQLite: issue 16's open-a-meeting figure)."""

from __future__ import annotations

import functools
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import aliased, joinedload

from ...models import AgendaItem, Meeting, MeetingStatus, Person, SpeakerEntry
from ...models import tables
from ...models.register import term_covers


@functools.cache
def meeting() -> sa.Select[Meeting]:
    return (
        sa.select(Meeting)
        .where(Meeting.id == sa.bindparam("meeting_id"))
        .options(
            joinedload(Meeting.body),
            joinedload(Meeting.chair).joinedload(Person.organisation),
            joinedload(Meeting.minute_taker).joinedload(Person.organisation),
        )
    )


@functools.cache
def speakers() -> sa.Select[SpeakerEntry]:
    return (
        sa.select(SpeakerEntry)
        .where(SpeakerEntry.item_id.in_(sa.bindparam("item_ids", expanding=True)))
        .options(joinedload(SpeakerEntry.person).joinedload(Person.organisation))
        .order_by(SpeakerEntry.position, SpeakerEntry.id)
    )


@functools.cache
def agenda() -> sa.Select[AgendaItem, bool]:
    """The meeting's agenda items with their case, conclusion and people, and whether each
    item's case was treated on another meeting too (read below, only when it was)."""
    other = aliased(AgendaItem)
    came_before = sa.exists().where(
        other.case_id == AgendaItem.case_id, other.id != AgendaItem.id, other.meeting_id.is_not(None)
    )
    return (
        sa.select(AgendaItem, came_before)
        .where(AgendaItem.meeting_id == sa.bindparam("meeting_id"))
        .order_by(AgendaItem.position, AgendaItem.id)
        .options(
            joinedload(AgendaItem.case),
            joinedload(AgendaItem.approves_meeting),
            joinedload(AgendaItem.conclusion),
            joinedload(AgendaItem.responsible_person).joinedload(Person.organisation),
            joinedload(AgendaItem.put_forward_by_person).joinedload(Person.organisation),
        )
    )


def _with_person(
    rows: sa.FromClause, person_id: sa.ColumnElement[Any], prefix: str = "p"
) -> tuple[sa.FromClause, list[Any]]:
    """`rows` joined to the person `person_id` names (None when it names none) and their
    organisation (one flat join: SQLite reads a nested one in full), and the person's columns
    labelled `prefix`_id, `prefix`_given_name ... (read by the loader's `person_in`)."""
    person, organisation = tables.PEOPLE.alias(), tables.ORGANISATIONS.alias()
    joined = rows.outerjoin(person, person.c.id == person_id).outerjoin(
        organisation, organisation.c.id == person.c.organisation_id
    )
    columns = [
        person.c.id.label(f"{prefix}_id"),
        person.c.given_name.label(f"{prefix}_given_name"),
        person.c.family_name.label(f"{prefix}_family_name"),
        person.c.title.label(f"{prefix}_title"),
        person.c.email.label(f"{prefix}_email"),
        person.c.phone.label(f"{prefix}_phone"),
        organisation.c.name.label(f"{prefix}_organisation"),
    ]
    return joined, columns


@functools.cache
def attendance_rows() -> sa.Select[Any]:
    """The meeting's attendances as plain rows: the person (``p_``), the seat attended in (its
    role, rights, what it represents, the organisation it is held for) and, for a deputy, the
    seat stood in (its rights, and its holder: ``d_``)."""
    a = tables.ATTENDANCES
    seat, seat_organisation = tables.MEMBERSHIPS.alias("seat"), tables.ORGANISATIONS.alias("seat_organisation")
    principal_seat = tables.MEMBERSHIPS.alias("principal_seat")
    joined, person = _with_person(a, a.c.person_id)
    joined = joined.outerjoin(seat, seat.c.id == a.c.membership_id).outerjoin(
        seat_organisation, seat_organisation.c.id == seat.c.organisation_id
    )
    joined = joined.outerjoin(principal_seat, principal_seat.c.id == a.c.deputy_for_id)
    joined, principal = _with_person(joined, principal_seat.c.person_id, "d")
    return (
        sa.select(
            a.c.id, a.c.uuid, a.c.person_id, a.c.capacity, a.c.status, a.c.membership_id, a.c.deputy_for_id,
            a.c.from_item_id, a.c.until_item_id, a.c.note, *person,
            seat.c.role.label("seat_role"), seat.c.rights.label("seat_rights"),
            seat.c.represents_text.label("seat_represents"), seat_organisation.c.name.label("seat_organisation"),
            principal_seat.c.rights.label("principal_rights"), *principal,
        )
        .select_from(joined)
        .where(a.c.meeting_id == sa.bindparam("meeting_id"))
    )  # fmt: skip


@functools.cache
def seat_rows() -> sa.Select[Any]:
    """The body's seats on a day as plain rows: the seat, what it represents and the organisation
    it is held for, and its holder (``p_``)."""
    m = tables.MEMBERSHIPS
    organisation = tables.ORGANISATIONS.alias("seat_organisation")
    joined, person = _with_person(m, m.c.person_id)
    joined = joined.outerjoin(organisation, organisation.c.id == m.c.organisation_id)
    return (
        sa.select(m.c.id, m.c.role, m.c.rights, m.c.represents_text, organisation.c.name.label("seat_organisation"), *person)
        .select_from(joined)
        .where(m.c.body_id == sa.bindparam("body_id"), term_covers(m.c, sa.bindparam("day", type_=sa.Date)))
    )


def _of_items(table: sa.Table) -> sa.ColumnElement[bool]:
    return table.c.item_id.in_(sa.bindparam("item_ids", expanding=True))


@functools.cache
def item_parts(attachment_content: bool) -> dict[str, sa.Select[Any]]:
    """The rows of the items' collections, one statement each, as plain rows (`models.tables`)."""
    proposals, proposer = _with_person(tables.PROPOSALS, tables.PROPOSALS.c.put_forward_by_id)
    disqualified, disqualified_person = _with_person(tables.DISQUALIFICATIONS, tables.DISQUALIFICATIONS.c.person_id)
    follow_ups, responsible = _with_person(tables.FOLLOW_UPS, tables.FOLLOW_UPS.c.responsible_person_id)
    a = tables.ATTACHMENTS
    return {
        "proposals": sa.select(tables.PROPOSALS, *proposer)
        .select_from(proposals)
        .where(_of_items(tables.PROPOSALS))
        .order_by(tables.PROPOSALS.c.position, tables.PROPOSALS.c.id),
        "disqualifications": sa.select(tables.DISQUALIFICATIONS, *disqualified_person)
        .select_from(disqualified)
        .where(_of_items(tables.DISQUALIFICATIONS)),
        "follow_ups": sa.select(tables.FOLLOW_UPS, *responsible)
        .select_from(follow_ups)
        .where(_of_items(tables.FOLLOW_UPS))
        .order_by(tables.FOLLOW_UPS.c.id),
        "priority_groups": sa.select(tables.ITEM_PRIORITY_GROUPS.c.item_id, tables.ITEM_PRIORITY_GROUPS.c.group)
        .where(_of_items(tables.ITEM_PRIORITY_GROUPS))
        .order_by(tables.ITEM_PRIORITY_GROUPS.c.group),
        "attachments": sa.select(
            a.c.item_id, a.c.filename, a.c.title, a.c.mime_type, a.c.size, a.c.sha256,
            a.c.content if attachment_content else sa.null().label("content"),
        )
        .where(_of_items(a))
        .order_by(a.c.position, a.c.id),
        "timings": sa.select(tables.ITEM_TIMINGS.c.item_id, tables.ITEM_TIMINGS.c.started_at, tables.ITEM_TIMINGS.c.ended_at)
        .where(_of_items(tables.ITEM_TIMINGS)),
    }  # fmt: skip


@functools.cache
def conclusion_parts() -> dict[str, sa.Select[Any]]:
    """The conclusions' vote rounds with their votes, and protocol entries with their
    supporters: a round without votes or an entry without supporters is one row, its vote's
    or supporter's columns None."""
    r, v, e, sup = tables.VOTE_ROUNDS, tables.VOTES, tables.PROTOCOL_ENTRIES, tables.PROTOCOL_ENTRY_SUPPORTERS
    votes, voter = _with_person(r.outerjoin(v, v.c.round_id == r.c.id), v.c.person_id)
    entries, supporter = _with_person(e.outerjoin(sup, sup.c.entry_id == e.c.id), sup.c.person_id)
    of_conclusions: sa.BindParameter[list[int]] = sa.bindparam("conclusion_ids", expanding=True)
    return {
        "rounds": sa.select(
            r.c.conclusion_id, r.c.id, r.c.position, r.c.proposal_id, r.c.adopted, r.c.uuid,
            v.c.choice, v.c.uuid.label("vote_uuid"), *voter,
        )
        .select_from(votes)
        .where(r.c.conclusion_id.in_(of_conclusions))
        .order_by(r.c.position, r.c.id, v.c.id),
        "entries": sa.select(
            e.c.conclusion_id, e.c.id, e.c.position, e.c.text, e.c.behind_text, e.c.uuid, *supporter
        )
        .select_from(entries)
        .where(e.c.conclusion_id.in_(of_conclusions))
        .order_by(e.c.position, e.c.id),
    }  # fmt: skip


@functools.cache
def meeting_parts() -> dict[str, sa.Select[Any]]:
    """The meeting's minutes signatories, and which items each guest attends."""
    signatures, signer = _with_person(tables.MINUTES_SIGNATURES, tables.MINUTES_SIGNATURES.c.person_id)
    g, att = tables.GUEST_ITEMS, tables.ATTENDANCES
    meeting: sa.BindParameter[int] = sa.bindparam("meeting_id")
    return {
        "signatures": sa.select(tables.MINUTES_SIGNATURES, *signer)
        .select_from(signatures)
        .where(tables.MINUTES_SIGNATURES.c.meeting_id == meeting)
        .order_by(tables.MINUTES_SIGNATURES.c.position, tables.MINUTES_SIGNATURES.c.id),
        "guests": sa.select(g.c.attendance_id, g.c.item_id)
        .select_from(g.join(att, att.c.id == g.c.attendance_id))
        .where(att.c.meeting_id == meeting),
    }


@functools.cache
def previous() -> sa.Select[Meeting]:
    return (
        sa.select(Meeting)
        .where(
            Meeting.body_id == sa.bindparam("body_id"),
            Meeting.starts_at < sa.bindparam("starts_at"),
            Meeting.status != MeetingStatus.CANCELLED,
        )
        .order_by(Meeting.starts_at.desc(), Meeting.id.desc())
        .limit(1)
    )
