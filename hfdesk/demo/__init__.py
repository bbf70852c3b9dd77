"""The demo database: Helsefellesskapet i Bergensområdet, with invented people.

`build_demo(path)` writes a new hfdesk file holding the four-level structure of
the Bergen helsefellesskap (domain.md §2, seeds 001/003): the 4 OU areas and
18 municipalities, the hospitals, KS, the unions, user committees, the GPs and
the secretariat; every body with its composition rules as data; members,
deputies and observers; about a year of meetings around `today`, past ones held
with attendance, proposals, conclusions of every kind, protocol entries, votes,
disqualifications and follow-ups, upcoming ones with their agendas; a share of
the cases carry their papers (a saksframlegg, and for a decision case the draft),
small Word documents made on the fly.

Everything is written through hfdesk.services, the same functions the UI calls,
so the demo also exercises the rules. The people are invented: common Norwegian
first and family names put together at random, with addresses at the fictional
domain eksempel.no. The output depends only on `today` (and SEED).

Composition rules are read with this convention: a rule without a role counts
the voting seats (leader, deputy leader, member); deputies, observers and the
secretary count only for rules that name their role.

Two composition breaches are deliberate, so a composition checker has
something to find (see DELIBERATE_BREACHES and the comments where they are made).

The package, by responsibility: register_data.py (areas, organisations, names,
bodies), topics.py (the cases' texts), agenda_data.py (phrases, meeting plans,
backlog), documents.py (the attachments' Word documents), and the builder in three
layers: seats.py (people, seats, rules), bodies.py (each body's seats and rules),
builder.py (meetings, attachments, backlog).
"""

from __future__ import annotations

import contextlib
from datetime import date
from pathlib import Path

import sqlalchemy as sa
from sqlalchemy.orm import Session

from ..db import create_private_file, open_database
from ..errors import FileExists
from ..pgdb import is_url
from .agenda_data import EXEMPTION_BASIS
from .builder import _Builder
from .register_data import DELIBERATE_BREACHES, PARTNERSHIP_NAME
from .seats import SEED

__all__ = ["DELIBERATE_BREACHES", "EXEMPTION_BASIS", "PARTNERSHIP_NAME", "SEED", "build_demo"]


def build_demo(path: Path | str, today: date | None = None) -> None:
    """Write the demo database to a new file at `path`. Refuses to overwrite anything.

    `path` may be a ``postgresql://`` URL: the demo goes into that shared database, which must
    be empty (a known error otherwise, nothing written)."""
    today = today or date.today()
    if is_url(path):
        _build_shared_demo(str(path), today)
        return
    path = Path(path)
    _create_new_file(path)
    try:
        db = open_database(path)
        try:
            _Builder(today).build(db)
        finally:
            db.close()
    except BaseException:
        # The file is ours and half-written: do not leave it behind.
        for leftover in (path, path.with_name(path.name + "-journal")):
            with contextlib.suppress(OSError):
                leftover.unlink()
        raise


def _build_shared_demo(url: str, today: date) -> None:
    from ..pgdb import SharedDatabaseError

    db = open_database(url)
    try:
        with db.session() as session:
            if not database_is_empty(session):
                raise SharedDatabaseError("database.server_not_empty", database=db.label)
        _Builder(today).build(db)
    finally:
        db.close()


def database_is_empty(session: Session) -> bool:
    """Whether the database holds no record yet (no body, person, organisation, area, meeting
    or case): only then may the demo go into it."""
    from ..models import Area, Body, Case, Meeting, Organisation, Person

    return all(
        session.scalar(sa.select(model.id).limit(1)) is None
        for model in (Body, Person, Organisation, Area, Meeting, Case)
    )


def _create_new_file(path: Path) -> None:
    """Create `path` empty and private, failing if anything is already there (a symlink too)."""
    if path.exists() or path.is_symlink():
        raise FileExists("file.exists", name=path.name)
    create_private_file(path)
