"""A shared database on PostgreSQL (issue 22): opening one, its errors, what differs from a file.

The [postgresql] runs use the session's throw-away cluster (tests/pg.py, conftest's pg_*
fixtures) and skip where PostgreSQL is not installed."""

from __future__ import annotations

import sqlalchemy as sa

from hfdesk.db import open_database
from hfdesk.models import DatabaseIdentity
from hfdesk.services.register import create_area


def test_a_database_on_either_engine_keeps_what_is_written_and_has_an_identity(db, engine_kind):
    with db.transaction() as session:
        create_area(session, "Nordhordland")
    with db.session() as session:
        assert session.scalar(sa.text("SELECT name FROM areas")) == "Nordhordland"
        assert session.scalar(sa.select(sa.func.count()).select_from(DatabaseIdentity)) == 1
    assert db.is_shared == (engine_kind == "postgresql")
    assert db.kind == engine_kind
    if engine_kind == "postgresql":
        assert db.path is None
        assert db.url is not None and db.url.startswith("postgresql://")
    else:
        assert db.url is None and db.path is not None


def test_an_empty_server_database_is_migrated_to_head_on_open(pg_empty_url):
    from hfdesk.db import current_revision
    from hfdesk.migrations import HEAD_REVISION

    database = open_database(pg_empty_url)
    try:
        assert current_revision(database.engine) == HEAD_REVISION
        with database.session() as session:
            assert session.scalar(sa.select(sa.func.count()).select_from(DatabaseIdentity)) == 1
    finally:
        database.close()
