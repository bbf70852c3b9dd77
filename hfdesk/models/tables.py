"""Tables as Core objects: the register's, for the reads on the way to a usable window; and
the rows a meeting record reads many of.

A statement on the models' attributes (``Body.name``) makes SQLAlchemy configure every mapper
first: about 50 ms, once per start, which the first page's reads would otherwise spend before
the window is usable. The register's first reads (bodies, composition, members, rules) use
these tables' columns instead (the same columns, types and SQL); the window configures the
mappers when it is idle after its first paint (`hfdesk.db.configure_models`), and any ORM use
before that configures them itself.

The meeting record (`services.meeting_record`) reads an item's proposals, votes, protocol
entries and the like as plain rows: they become frozen records at once, and an ORM object for
each would cost more than reading it.

A statement of thousands of rows may read an enum column as the text it is stored as
(`as_stored`) and look the member up itself (`members_by_value`): SQLAlchemy turns each value
into its member with two calls into Python: about a sixth of reading a year's attendance.
"""

from __future__ import annotations

import enum
import functools
from typing import Any, TypeVar

import sqlalchemy as sa
from sqlalchemy import Table

from .meetings import (
    Attachment,
    Attendance,
    Disqualification,
    FollowUp,
    GuestItem,
    ItemPriorityGroup,
    Meeting,
    MinutesSignature,
    Proposal,
    ProtocolEntry,
    ProtocolEntrySupporter,
    Vote,
    VoteRound,
)
from .register import Area, Body, CompositionRule, Membership, Organisation, Person, Setting
from .room import ItemTiming


_E = TypeVar("_E", bound=enum.Enum)


def as_stored(column: sa.ColumnElement[Any]) -> sa.ColumnElement[str]:
    """`column` (an enum column, or an expression of them) read as the text it is stored as."""
    return sa.type_coerce(column, sa.String)


@functools.cache
def members_by_value(enum_cls: type[_E]) -> dict[str, _E]:
    """The members of `enum_cls` by their stored value: what `as_stored` text turns into."""
    return {member.value: member for member in enum_cls}


def _table(model: type) -> Table:
    table = getattr(model, "__table__")  # noqa: B009  (a model class: mypy knows no __table__ on `type`)
    assert isinstance(table, Table)
    return table


AREAS = _table(Area)
BODIES = _table(Body)
COMPOSITION_RULES = _table(CompositionRule)
MEMBERSHIPS = _table(Membership)
ORGANISATIONS = _table(Organisation)
PEOPLE = _table(Person)
SETTINGS = _table(Setting)

ATTACHMENTS = _table(Attachment)
ATTENDANCES = _table(Attendance)
DISQUALIFICATIONS = _table(Disqualification)
FOLLOW_UPS = _table(FollowUp)
GUEST_ITEMS = _table(GuestItem)
ITEM_PRIORITY_GROUPS = _table(ItemPriorityGroup)
ITEM_TIMINGS = _table(ItemTiming)
MEETINGS = _table(Meeting)
MINUTES_SIGNATURES = _table(MinutesSignature)
PROPOSALS = _table(Proposal)
PROTOCOL_ENTRIES = _table(ProtocolEntry)
PROTOCOL_ENTRY_SUPPORTERS = _table(ProtocolEntrySupporter)
VOTES = _table(Vote)
VOTE_ROUNDS = _table(VoteRound)
