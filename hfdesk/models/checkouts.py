"""A meeting taken along to a laptop (`hfdesk.services.checkout`), revision 0009.

* ``meeting_checkouts``, on the shared database: the meeting is taken along by `holder` on the
  computer `holder_host` since `taken_at`; `token` is the one the laptop's copy carries. A
  colleague who takes the meeting over (the laptop never came back) records who had it, when and
  why (`taken_over_from`, `taken_over_at`, `taken_over_reason`) and gets a new token: the old copy
  can then no longer be handed back over the shared meeting.
* ``meeting_copy_origin``, on the laptop's copy: which shared database (its database identity and
  where it is: a file path or a server URL without a password) and which checkout (token) the copy
  was taken from. One row.
"""

from __future__ import annotations

from datetime import datetime
from typing import Optional

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from .base import Base


class MeetingCheckout(Base):
    __tablename__ = "meeting_checkouts"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(sa.ForeignKey("meetings.id", ondelete="CASCADE"), unique=True)
    holder: Mapped[str] = mapped_column(sa.String(200))
    holder_host: Mapped[str] = mapped_column(sa.String(200), default="")
    taken_at: Mapped[datetime]
    token: Mapped[str] = mapped_column(sa.String(36))
    taken_over_from: Mapped[Optional[str]] = mapped_column(sa.String(200))
    taken_over_from_host: Mapped[Optional[str]] = mapped_column(sa.String(200))
    taken_over_reason: Mapped[Optional[str]] = mapped_column(sa.Text)
    taken_over_at: Mapped[Optional[datetime]]


class MeetingCopyOrigin(Base):
    __tablename__ = "meeting_copy_origin"

    id: Mapped[int] = mapped_column(primary_key=True)
    meeting_id: Mapped[int] = mapped_column(sa.ForeignKey("meetings.id", ondelete="CASCADE"), unique=True)
    shared_database_id: Mapped[str] = mapped_column(sa.String(32))
    shared_location: Mapped[str] = mapped_column(sa.Text)
    token: Mapped[str] = mapped_column(sa.String(36))
    holder: Mapped[str] = mapped_column(sa.String(200))
    holder_host: Mapped[str] = mapped_column(sa.String(200), default="")
    taken_at: Mapped[datetime]
