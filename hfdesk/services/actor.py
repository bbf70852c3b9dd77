"""Who is changing the database: the operating-system account on SQLite, the database role on
PostgreSQL. Every row two people can edit (models.base.Versioned) is stamped with it, and the time,
on each flush that changes it, so a colleague's screen can say who changed it and when.

    current_actor(session) -> "ola"
"""

from __future__ import annotations

import getpass
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy import event
from sqlalchemy.orm import Session

from ..models.base import Versioned

_ACTOR = "hfdesk_actor"  # the session's actor, asked once per session (Session.info)


def current_actor(session: Session) -> str:
    """The account that makes this session's changes: `SELECT current_user` on PostgreSQL, the
    operating system's user name elsewhere ('' when the system cannot tell)."""
    actor = session.info.get(_ACTOR)
    if actor is None:
        if session.get_bind().dialect.name == "postgresql":
            actor = str(session.connection().execute(sa.text("SELECT current_user")).scalar_one())
        else:
            try:
                actor = getpass.getuser()
            except Exception:  # no user name in the environment nor in the password database
                actor = ""
        session.info[_ACTOR] = actor
    return str(actor)


@event.listens_for(Session, "before_flush")
def _stamp(session: Session, _flush_context: Any, _instances: Any) -> None:
    """Every versioned row this flush inserts or changes: who and when."""
    rows = [obj for obj in session.new if isinstance(obj, Versioned)]
    rows += [
        obj for obj in session.dirty
        if isinstance(obj, Versioned) and session.is_modified(obj, include_collections=False)
    ]
    if not rows:
        return
    actor, now = current_actor(session)[:100], datetime.now()
    for obj in rows:
        obj.changed_by = actor
        obj.changed_at = now
