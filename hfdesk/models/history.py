"""Who changed what (revision 0008): one row per changed object per flush, written by
`hfdesk.services.history` in the same transaction as the change.

A row names the object by its table (`entity`), its id in this database and, where the object
has one, its `uuid` (meetings and everything recorded in them), so the history of a meeting
taken along to another database and brought back (the meeting JSON keeps the UUIDs) still
names the same objects. `meeting_id` / `meeting_uuid` and `body_id` say whose history it is.

It holds no contact details: `fields` lists the names of the fields that changed, with the
old and new values only for fields that can hold no personal data (a case's title, a
meeting's place, a status); a person's fields, and free texts that may name people, are
listed by name only. So removing a person's contact details from the register removes them
everywhere.

`at` is the time in UTC. The rest of the schema keeps Oslo wall-clock times, stored naive
(`Meeting.starts_at`); a history written on a laptop and on a server must order the same
wherever it was written, so this column is UTC, stored naive on both engines (no time-zone
column type: SQLite has none) and read back timezone-aware (`UTCDateTime`).
"""

from __future__ import annotations

import enum
from datetime import datetime, timezone
from typing import Any, Optional

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base, enum_column, uuid_column


class UTCDateTime(sa.types.TypeDecorator[datetime]):
    """A moment in UTC: stored as a naive UTC timestamp, read back with tzinfo=UTC.

    An aware value is converted to UTC before it is stored; a naive one is refused (it would
    be ambiguous: the rest of the schema keeps naive local times)."""

    impl = sa.DateTime
    cache_ok = True

    def process_bind_param(self, value: Optional[datetime], dialect: sa.Dialect) -> Optional[datetime]:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("a change_log time must be timezone-aware")
        return value.astimezone(timezone.utc).replace(tzinfo=None)

    def process_result_value(self, value: Optional[datetime], dialect: sa.Dialect) -> Optional[datetime]:
        return value.replace(tzinfo=timezone.utc) if value is not None else None


class ChangeAction(enum.StrEnum):
    INSERT = "insert"
    UPDATE = "update"
    DELETE = "delete"
    IMPORT = "import"  # a meeting written by the meeting JSON import (one entry for the whole import)
    CREATE = "create"  # made in bulk (the demo builder): one entry for a whole meeting


class ChangeLog(Base):
    """One change of one object, by whom and when (see the module docstring)."""

    __tablename__ = "change_log"

    id: Mapped[int] = mapped_column(primary_key=True)
    uuid: Mapped[str] = uuid_column()  # the entry's own: an import adds the entries it does not have
    at: Mapped[datetime] = mapped_column(UTCDateTime(), index=True)
    actor: Mapped[str] = mapped_column(sa.String(200), default="")
    action: Mapped[ChangeAction] = mapped_column(enum_column(ChangeAction, "action"))
    entity: Mapped[str] = mapped_column(sa.String(40))  # the table: "agenda_items", "people", ...
    entity_id: Mapped[Optional[int]]  # the row's id in the database the change was made in
    entity_uuid: Mapped[Optional[str]] = mapped_column(sa.String(36), index=True)
    meeting_id: Mapped[Optional[int]] = mapped_column(
        sa.ForeignKey("meetings.id", ondelete="SET NULL"), index=True
    )
    meeting_uuid: Mapped[Optional[str]] = mapped_column(sa.String(36), index=True)
    body_id: Mapped[Optional[int]] = mapped_column(sa.ForeignKey("bodies.id", ondelete="SET NULL"), index=True)
    # What the object was called when it changed, for an object with no personal data in its name
    # (a case's title, a body's name); "" for a person, an attendance, a vote, a membership.
    label: Mapped[str] = mapped_column(sa.String(300), default="")
    # [{"field": "title", "old": "X", "new": "Y"}, {"field": "phone"}, ...]
    fields: Mapped[list[dict[str, Any]]] = mapped_column(sa.JSON, default=list)
