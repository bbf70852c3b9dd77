"""What happens in the room while an item is treated (revision 0010): the speakers list
(talarliste), each speaker's replies (replikkar) under them, and the time each item actually
took (its first start and last end, and the seconds it was the current item)."""

from __future__ import annotations

from datetime import datetime
from typing import Optional

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column, relationship

from .base import Base
from .register import Person


class SpeakerEntry(Base):
    """One request for the floor at an item. A reply (replikk) names the speaker it answers in
    `parent_id`; it is heard right after that speaker, before the next one on the main list.
    `position` orders the main list, and the replies under one speaker among themselves."""

    __tablename__ = "speaker_entries"

    id: Mapped[int] = mapped_column(primary_key=True)
    item_id: Mapped[int] = mapped_column(sa.ForeignKey("agenda_items.id", ondelete="CASCADE"), index=True)
    person_id: Mapped[int] = mapped_column(sa.ForeignKey("people.id", ondelete="RESTRICT"))
    parent_id: Mapped[Optional[int]] = mapped_column(sa.ForeignKey("speaker_entries.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(default=0)
    requested_at: Mapped[datetime]
    started_at: Mapped[Optional[datetime]]
    ended_at: Mapped[Optional[datetime]]

    person: Mapped[Person] = relationship()


class ItemTiming(Base):
    """The time an item of a meeting was actually treated: the first time meeting mode moved to
    it, the last time it left it, and the seconds it was the current item in all (re-entering
    an item adds to its time)."""

    __tablename__ = "item_timings"

    item_id: Mapped[int] = mapped_column(sa.ForeignKey("agenda_items.id", ondelete="CASCADE"), primary_key=True)
    started_at: Mapped[datetime]
    ended_at: Mapped[Optional[datetime]]
    entered_at: Mapped[Optional[datetime]]  # while it is the current item: since when
    seconds: Mapped[int] = mapped_column(default=0, server_default="0")
